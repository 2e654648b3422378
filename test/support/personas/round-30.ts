import type { Persona } from "../persona-driver.js";

/**
 * The thirtieth held-out round, written without reading the interviewer and never run or
 * tuned on before its first unseen run (bench/results/personas-unseen-round-30.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons inline and on lines, after dashes on lines and inline,
 * numbered, in brackets, or told in long sentences. Eight write in English, each in their
 * own English and their own register, none of them used before: Nunavut English from
 * Iqaluit, in short plain sentences ("Ullaakkut", "out on the land", "store food at the
 * Northern", "Ajurnarmat, that's how it goes", "on the Ski-Doo", "up past Amadjuak",
 * "that's the wildlife office, not us", "that's the co-op, don't put it", "Qujannamiik",
 * "Taima"), Lakota reservation English from Porcupine on Pine Ridge, a line or two at a
 * time ("Hau", "enit", "People was mad, aye", "tiny tots", "day money", "gotta", "leave
 * that off", "its own thing", "don't put it in", "Pilamaya, cuz", "Toksa"), Ozark English
 * from Stone County, Arkansas, at length ("howdy", "out from Mountain View a ways",
 * "right at 1,100 folks", "my kin", "about wore plumb out", "I like to died", "We ain't
 * a-going to", "Folks is good about it", "don't fool with that", "I ain't a-fixin' to do
 * that in this", "honey", "Y'all"), Wigan English, terse ("Areet", "Our Kyle says he'll
 * do us a computer thing", "me tax return", "Accountant mithers me", "Tek the phone off",
 * "nowt to do wi' this", "leave it", "That'd be gradely", "Ta, cock"), Crucian English
 * from Frederiksted, St Croix, rambling ("Wha' happenin'", "Freedom City", "I does run",
 * "bo, ah tellin' yuh", "book we", "it cyan go out", "wid nobody child", "fo' true",
 * "leave dat out", "we don't need dat in here", "Tank yuh, bo"), formal Naga English from
 * near Kohima ("Dzükou is very famous now, no?", "the kitchen floor itself", "It was very
 * much tension for us", "simply cannot take more", "it is not our matter", "kindly do not
 * include", "Thank you so much, God bless"), the English of Brampton's Punjabi community
 * ("Sat Sri Akal ji", "bro", "yaar", "the uncles send good morning pictures", "how Papa
 * ji always did it", "full day wasted", "don't put it", "separate business", "not our
 * thing", "Thank you ji") and Saskatchewan prairie English from out by Rosetown ("the
 * home place", "a heck of a look", "eh", "it's gotta give bushels", "nobody phones me at
 * supper", "leave 'er out", "holy", "a whole other can of worms", "that's 'er"). One
 * writes in Maltese (never used before as a language, though Maltese English was, in
 * Latin letters with ħ, ġ, ż and għ, as a Kirkop band club's secretary types it, with the
 * English words Maltese people really use: "website", "Excel", "laptop", "email",
 * "party", "engagements", "seniors", "juniors", "cash", "cheque", "Revolut", "account",
 * "bbukkjajna", "jibbukkjaw", "ħallih barra", "la ddaħħalhux"), and one in Marathi
 * (Devanagari, never used before, as a Sadashiv Peth mandal's secretary types it, with
 * "ॲप", "मोबाईल", "ऑनलाईन", "नेट", "कॅश", "UPI", "QR कोड", "SMS", "PAN", "डेकोरेशन",
 * "मीटिंग", "ते यात नको", "टाकू नका"). What varies is the kind of software, the domain
 * and the length of the answers: web apps for a Pine Ridge community powwow's
 * registration and contest ($20 for adults in contest, tiny tots free with $10 day money,
 * registration closed at the Friday grand entry, 10 points a grand entry and out after
 * missing two, five judges with the high and the low thrown out, $1,000, $700, $500 and
 * $300 for the first four, a drum of at least 5 singers and $200 a session for it, a W-9
 * from $600, checks on Sunday night), a Frederiksted mocko jumbie troupe's bookings ($150
 * an hour a jumbie with two jumbies and an hour at the least, a drummer at $100 an hour
 * on every booking, children under 16 never out after 9, stilts checked every 30 days or
 * kept in, no stilts in the rain, a 50% deposit lost inside 48 hours, $300 more on St
 * Thomas, the jumbies paid $75 an hour and the children $40), the Dzükou Valley rest
 * house's beds, rooms and tents (entry Rs 50 for Indians and Rs 200 for foreigners, a
 * dormitory bed Rs 100, a private room Rs 1,000, a tent Rs 300, the ILP number or the
 * passport number, a plastic deposit of Rs 100 given back at the gate, 200 visitors a
 * night at most, a guide at Rs 800 a day for more than 10, no campfires, a booking unpaid
 * after 24 hours cancelled, the month's account for the village councils) and a Kirkop
 * band club's subscriptions and hall hire (€30 a year for seniors and €10 for juniors
 * under 16 by the 31st of March, an email in March to whoever has not paid, a member
 * lapsed after two years unpaid, the hall at €120 for members and €200 for others with a
 * €50 deposit, 120 people at most and closed by midnight, no hire in the festa week, paid
 * in full a week before, the year's account for the general meeting); phone apps for an
 * Iqaluit country food program's hunters on the land with no signal and its freezer
 * helpers (a caribou at $300, a ringed seal at $100 and char at $4 a pound, no caribou
 * without its tag number, gas of up to 20 gallons taken off the pay, elders first, two
 * bags a week a household, anything a year in the freezer thrown out, a report every 3
 * months for the Government of Nunavut) and a Pune Ganeshotsav mandal's donation
 * collectors over mobile data (a numbered receipt of at least ₹51 sent by SMS, cash or
 * UPI to the mandal's QR code, every shop's amount fixed by the committee, the cash
 * handed over the same night and never more than ₹5,000 with a volunteer, a PAN number
 * from ₹10,000, a photo of every bill, the accounts for the Charity Commissioner and by
 * area for the members); a Go command-line tool for a Wigan window cleaner's round (every
 * 4 or 8 weeks, today's round in street order, paid cash or by bank transfer, a card
 * through the door and the clean owed, a house owing two cleans off the round, a
 * rained-off day moved to the next, April to April for the tax return), with commands and
 * flags; a service without screens that a Brampton trucking company's drivers' app and
 * accountant's software call (60 cents a mile for company drivers and 85% for
 * owner-operators, no US load without a FAST card, no border without the PAPS or PARS
 * number, detention after 2 free hours at $75 an hour with $25 to the driver, a reefer's
 * temperature and a photo of its display, a fuel advance of at most $500 off the pay,
 * statements every two weeks, no invoice without the POD); a program on an Ozark cemetery
 * association's Windows laptop (sections and rows of lots of 8 graves, a lot at $400 and
 * a grave at $100 sold only to the families and the community, no grave opened without
 * the deed, the burial permit number and 48 hours' notice to the sexton, $350 a grave and
 * $100 more on a Sunday, no burials on Decoration Day, a marker within a year and no
 * curbing, the mower at $75 a mowing, letters three weeks before Decoration Day, the
 * annual meeting's report); and a Kotlin library built with Gradle that works out what a
 * load of grain pays at a Saskatchewan elevator (net weight gross minus tare, the dockage
 * percent off, wheat over 14.5% moisture tough with drying at $12 a tonne, $5 a tonne for
 * every half a percent of protein over or under 13.5, a 0.5% check-off, bushels at 36.744
 * a tonne for wheat and 44.092 for canola, to the cent, every line separately). The
 * cemetery secretary and the jumbie leader answer at length, the window cleaner in a few
 * short lines, the powwow secretary a line or two at a time, the food program's
 * coordinator in short plain sentences, the others in between. Relations said plainly
 * ("Every harvest is from one hunter", "Every dancer is in one category, you can't dance
 * two", "Every lot belongs to the one family", "every grave is in one lot", "Each clean's
 * one customer", "Every booking for one client", "Each booking belongs to one trekker",
 * "Every load has one driver and one broker", "Kull kiri huwa ta' klijent wieħed",
 * "प्रत्येक पावती एकाच देणगीदाराची असते"); background in a clipboard on the freezer door
 * and the local radio, paper forms and a calculator in the tab booth, a shoebox of index
 * cards and a worn-out plat book, a round book in the van, a composition book and
 * Facebook Messenger, a long notebook at the gate and WhatsApp, a whiteboard and a
 * WhatsApp group, a calculator on the back of the ticket, a ktieb kbir and the
 * treasurer's Excel, printed पावती पुस्तकं and the treasurer's डायरी; technology named as
 * Windows, Go, Laravel with MySQL, Python with FastAPI and PostgreSQL, Kotlin with
 * Gradle, and none at all by four of them; "no" said as "that's the wildlife office, not
 * us", "that's the co-op, don't put it", "leave that off", "its own thing too, they got
 * their own people, don't put it in", "don't fool with that", "I ain't a-fixin' to do
 * that in this", "nowt to do wi' this", "leave it", "leave dat out", "dat is a different
 * ting, we don't need dat in here", "it is not our matter", "kindly do not include",
 * "don't put it", "separate business", "not our thing", "leave 'er out", "a whole other
 * can of worms, not in this", "ħallih barra", "m'għandniex x'naqsmu magħha, la
 * ddaħħalhux", "ते यात नको", "ते पण टाकू नका"; while rules keep their "no" ("No tag, we
 * can't take it", "you're not in the contest", "We don't open a grave without the
 * family's deed", "There's no burials on Decoration Day", "we don't allow no curbing",
 * "they're off the round till they've paid", "no jumbie dance without de drum", "it cyan
 * go out", "Campfires are not allowed anywhere in the valley", "No FAST card, no US
 * load", "no invoice goes to the broker till the POD is uploaded", "is-sala ma
 * nikruhiex", "त्यापेक्षा कमी पावती फाडायची नाही", "जबरदस्ती नाही"). The powwow secretary
 * takes the tribe off the dancers and adds their contest number, the cemetery secretary
 * moves the contact person from the lots to the families, the window cleaner takes the
 * phone off the customers and adds notes, and the band club's secretary takes the address
 * off the members and adds their date of birth, each after "Change something" at "Your
 * data"; the food program's coordinator adds a helper to the households, the jumbie
 * leader drops the payments, the rest house's secretary renames the trekkers visitors (so
 * the bookings are not expected to name what they point to) and the mandal's secretary
 * moves the area from the volunteers to the givers and adds the PAN number to them, each
 * at the review. The score compares Maltese in Latin letters without its dots and bars (ħ
 * as h, ġ as g, ż as z) and Marathi by its letters in Latin script, so their expected
 * words are in the forms the person used (as "imħallas", "okkażjoni", "data tat-twelid",
 * "पावत्या", "बिलाचा फोटो", "भागानुसार"), and the excluded words of all ten were checked
 * not to read like anything they want.
 */
export const THIRTIETH_ROUND: readonly Persona[] = [
  {
    id: "iqaluit-country-food",
    who: "The coordinator of the country food program at the hunters and trappers organization (HTO) in Iqaluit, in Nunavut English, in short plain sentences: a phone app for the hunters out on the land where there is no signal and the two helpers at the community freezer, everything sent when the phones are back in town, a caribou bought at $300, a ringed seal at $100 and char at $4 a pound, no caribou taken in without its tag number from the HTO's quota, gas for the trip (up to 20 gallons) taken off what the hunter is paid, the food given out free with elders first and then families, two bags a week for a household, anything in the freezer more than a year thrown out and the app saying what is getting old, a report every 3 months for the Government of Nunavut of every animal and the pounds given out; records after colons on lines, every harvest from one hunter; a clipboard on the freezer door and the local radio today; the polar bear tags 'that's the wildlife office, not us', the carvings 'that's the co-op, don't put it'; a helper who picks up for an elder added to the households at the review",
    says: {
      overview:
        "Ullaakkut. I'm Looee Akavak, I work at the HTO here in Iqaluit, I'm the coordinator for the country food program. The hunters go out on the land and bring back caribou, seal, char, and we buy it from them and put it in the community freezer. Then we give it out free to the elders and to families that don't have a hunter. Store food at the Northern is so expensive, a little bag of apples is like $15, so country food is really important here. Right now it's a clipboard on the freezer door, and I go on the local radio to say when there's food. Last spring we ran out of char and nobody knew, and some elders got nothing for two weeks. Ajurnarmat, that's how it goes, but I don't want that again. I want an app on the phones for the hunters and for my two helpers at the freezer.",
      more: "Out on the land there's no signal at all. Sometimes they're gone a week on the Ski-Doo, up past Amadjuak for the caribou. So it has to work with no signal and send everything when they come back to town. The freezer is at the end of the road, no wifi there either.",
      walkthrough:
        "Out on the land the hunter puts in what he got, the date, what animal, how many, and where he got it. The phone keeps it till he's back in town.\n\nWhen he comes back he brings the meat to the freezer and we weigh it. We pay $300 for a caribou, $100 for a ringed seal, and char is $4 a pound. Caribou is only with a tag. The HTO gives out the tags because there's a quota now for Baffin caribou, so the tag number has to go in. No tag, we can't take it.\n\nBefore the trip we give the hunter gas, up to 20 gallons, and when he brings the food we take the gas off what we pay him.\n\nThen we give it out. Elders first, always, then families. A household gets two bags a week, no more, so there's enough for everybody. My helpers mark who took what when people come to the freezer. Anything in the freezer more than a year, we throw it out, so the app should tell us what's getting old. And every 3 months I send a report to the Government of Nunavut, how many of each animal we bought and how many pounds we gave out, because that's where the money comes from.",
      things:
        "Hunters: name, phone, HTO number\nHarvests: hunter, date, animal, how many, weight, place, tag number\nHouseholds: name, phone, how many people, elder\nPickups: household, date, what they took, bags\nGas: hunter, date, gallons\nEvery harvest is from one hunter. One hunter brings lots of harvests in a year.",
      extras: [
        "The polar bear tags, that's the wildlife office, not us. And the carvings, people always ask if we buy carvings, that's the co-op, don't put it.",
        "No, that's it. Qujannamiik!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Me and my two helpers log in, and the hunters log in on their own phones. The elders don't need it.",
    },
    atReview: [
      "One more thing. Put a helper on the households, the person who picks up for an elder, like a grandson or a niece, because lots of elders can't come to the freezer. That's all. Taima.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "caribou $300",
        "ringed seal $100",
        "char $4 a pound",
        "caribou tag number",
        "gas 20 gallons",
        "gas pay",
        "elders first",
        "two bags a week",
        "freezer more than a year",
        "every 3 months Government of Nunavut",
      ],
      tables: [
        { name: "hunters", fields: ["name", "phone", "HTO number"] },
        {
          name: "harvests",
          fields: ["hunter", "date", "animal", "weight", "place", "tag number"],
        },
        { name: "households", fields: ["name", "phone", "elder", "helper"] },
        { name: "pickups", fields: ["household", "date", "bags"] },
        { name: "gas", fields: ["hunter", "date", "gallons"] },
      ],
      excluded: ["polar", "carving"],
      background: ["clipboard", "radio"],
    },
  },
  {
    id: "porcupine-powwow-contest",
    who: "The secretary of a community powwow committee at Porcupine on the Pine Ridge Reservation, in Lakota reservation English, a line or two at a time: a website where dancers and drums register before the powwow and the tab booth puts in the judges' scores and the points, $20 for adults in contest, tiny tots free with $10 day money each, registration closed at the Friday grand entry, 10 points for every grand entry danced in regalia and a dancer out of the contest after missing two, five judges a category with the high and the low thrown out, $1,000, $700, $500 and $300 to the first four in the adult categories, a drum registered only with 5 singers at least and $200 a session for every registered drum, a W-9 from anyone winning $600 or more, checks on Sunday night; records after colons inline, every dancer in one category; paper forms and a calculator in the tab booth today; the vendors and the frybread stands 'leave that off', the hand games 'its own thing, don't put it in'; the tribe taken off the dancers and their contest number added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hau. Renee Long Soldier, I'm secretary for the powwow committee out here in Porcupine, on Pine Ridge. We need a website for our powwow, for the registration and the contest.",
      more: "Right now it's all paper forms, and me and my auntie in the tab booth with a calculator till 3 in the morning, enit. Last year two jingle girls got the same number and the payout got all messed up. People was mad, aye.",
      walkthrough:
        "Dancers register on the website before, or at the tab booth. Adults in contest pay $20.\nTiny tots are free, no contest, they all get $10 day money.\nRegistration closes at grand entry Friday night, 7 o'clock. After that you can still dance but you're not in the contest.\nThere's 4 sessions, Friday night, Saturday afternoon and night, Sunday afternoon, and a grand entry every session. Every grand entry you dance in your regalia is 10 points. Miss two grand entries, you're out the contest.\nFive judges every category. Throw out the high and the low, add up the rest.\nAdult categories pay $1,000, $700, $500 and $300 for the first four.\nDrums gotta have 5 singers at least to register. Every registered drum gets $200 a session.\nAnybody winning $600 or more gotta fill out a W-9, that's the IRS, not us.\nWe pay out by check Sunday night after the last song.",
      things:
        "Dancers: name, category, age, tribe, phone. Categories: name, ages. Drums: name, head singer, how many singers, phone. Judges: name, category. Scores: dancer, judge, session, score. Points: dancer, grand entry, points. Payouts: dancer, place, amount, W-9. Every dancer is in one category, you can't dance two.",
      thingsChange:
        "Take the tribe off, they come from all over, don't matter for this. Put their contest number on, the number they pin on their back.",
      extras: [
        "The vendors and the frybread stands, the committee does that on paper, leave that off. Hand games is its own thing too, they got their own people, don't put it in.",
        "Nah that's it. Pilamaya, cuz. Toksa.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me, my auntie and the arena director log in. Dancers and drums don't need no account, they just register.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "adults $20",
        "tiny tots $10 day money",
        "registration closes grand entry Friday",
        "grand entry 10 points",
        "miss two grand entries",
        "five judges high low",
        "$1,000 $700 $500 $300",
        "drums 5 singers",
        "$200 a session",
        "W-9 $600",
        "check Sunday night",
      ],
      tables: [
        { name: "dancers", fields: ["name", "category", "age", "phone", "contest number"] },
        { name: "categories", fields: ["name", "ages"] },
        { name: "drums", fields: ["name", "head singer", "singers", "phone"] },
        { name: "judges", fields: ["name", "category"] },
        { name: "scores", fields: ["dancer", "judge", "session", "score"] },
        { name: "points", fields: ["dancer", "grand entry", "points"] },
        { name: "payouts", fields: ["dancer", "place", "amount", "W-9"] },
      ],
      excluded: ["vendor", "frybread", "hand games"],
      background: ["paper forms", "calculator"],
    },
  },
  {
    id: "pleasant-grove-cemetery",
    who: "The secretary-treasurer of a country cemetery association out from Mountain View in Stone County, Arkansas, in Ozark English, at length: a program on the Windows laptop at her house with next to no internet, the cemetery in sections A through F and rows, every lot of 8 graves, a lot at $400 and a single grave at $100, sold only to families already buried there or folks living in the community, no grave opened without the family's deed and the funeral home's burial permit number, 48 hours' notice to the sexton, $350 to the sexton for a grave and $100 more on a Sunday, no burials on Decoration Day, a marker set within a year and no curbing, the mower paid $75 a mowing from April through October, a letter to every family with a lot three weeks before Decoration Day asking for donations, the year's money, lots sold and burials for the annual meeting; records told in long sentences, every grave in one lot and every lot one family's; index cards in a shoebox and a worn-out plat book today; the dinner on the grounds 'don't fool with that', the genealogy letters 'I ain't a-fixin' to do that in this'; Windows; the contact person moved from the lots to the families after 'Change something' at 'Your data'",
    says: {
      overview:
        "Well, howdy. I'm Wanda Sue Hensley, and I'm secretary-treasurer of the Pleasant Grove Cemetery Association, out from Mountain View a ways, up past the old Hensley place off the Sylamore road. It's a country cemetery, been there since before the War, and there's right at 1,100 folks buried in it, a good many of 'em my kin. Mama kept the records for forty years, and when she passed I got 'em, and what I got is a shoebox full of index cards and an old plat book that's about wore plumb out, with pencil marks where somebody moved somebody. Last fall the Bakers went to bury their daddy and the sexton got to digging and hit a vault that wasn't on no card. I like to died. So I'd like a program on my laptop to keep it all straight. We've not got the internet out here to speak of, just what my phone gets when I walk up on the ridge, so it'll have to run right there on the computer.",
      walkthrough:
        "Now the cemetery's laid out in sections, A through F, and each section's in rows, and every lot has 8 graves in it. A family buys a whole lot for $400, or a single grave for $100 if that's all they need. We sell only to families that's already got folks buried there or to people that live in the community, that's in our bylaws. We ain't a-going to have strangers from Little Rock buying up the hill.\n\nWhen somebody passes, the funeral home calls me. We don't open a grave without the family's deed to the lot and the burial permit number from the funeral home, and the sexton has to have 48 hours' notice, he's got a job too. We pay the sexton $350 to dig and close a grave, and $100 more if it's on a Sunday. There's no burials on Decoration Day, that's the second Sunday in May, there's too many folks out there with their flowers. Every grave has to have a marker set within a year, and we don't allow no curbing around a grave no more, the mower can't get around it.\n\nThe mowing's April through October, about every two weeks, and we pay the mower $75 a mowing. That money all comes from donations, so three weeks before Decoration Day I send a letter to every family that's got a lot, asking would they help. Folks is good about it mostly. Then at the annual meeting on Decoration Day I have to give the report, what come in, what we paid out for the mowing, how many lots we sold and how many we buried that year.",
      things:
        "Well, there's the families, that's the family name, their address and their phone. Then the lots, every lot has its section, its row and its number, the family that owns it, the date bought, the price and who the contact person is. Every lot belongs to the one family, but a big family like the Stones might have three or four lots. Then the graves, every grave is in one lot, and it's got its space number, the name of who's buried there, the date born and the date died, the date of burial, the funeral home, the permit number and whether the marker's set. Then the donations, that's the family, the date, the amount and whether it was cash or a check. And the mowings, the date and the mower.",
      thingsChange:
        "That contact person ought not to be on the lots, it ought to be on the families. It's the family I call, not the lot. Move it over, would you.",
      extras: [
        "Now the dinner on the grounds at Decoration Day, the ladies from the church do that, don't fool with that. And I get letters from all over wanting me to look up their great-great-granddaddy for their genealogy, and I'll help 'em when I can, but I ain't a-fixin' to do that in this.",
        "No, honey, I believe that's it. Y'all have been a big help. Thank you.",
      ],
      tech: "It's a Windows laptop, a little HP my grandson got me at the Walmart in Batesville.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords, it's just me on it, and the president looks over my shoulder now and again.",
      Technology: "I have preferences",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "8 graves lot",
        "lot $400",
        "single grave $100",
        "sell families community",
        "deed burial permit number",
        "48 hours notice sexton",
        "sexton $350",
        "$100 more Sunday",
        "burials Decoration Day",
        "marker within a year",
        "curbing",
        "mower $75",
        "letter three weeks Decoration Day",
        "annual meeting report",
      ],
      tables: [
        { name: "families", fields: ["family name", "address", "phone", "contact person"] },
        { name: "lots", fields: ["section", "row", "number", "family", "date bought", "price"] },
        {
          name: "graves",
          fields: [
            "lot",
            "space number",
            "name",
            "date of burial",
            "funeral home",
            "permit number",
            "marker",
          ],
        },
        { name: "donations", fields: ["family", "date", "amount"] },
        { name: "mowings", fields: ["date", "mower"] },
      ],
      excluded: ["dinner", "genealogy"],
      background: ["index cards", "shoebox"],
      stack: ["Windows"],
    },
  },
  {
    id: "wigan-window-round",
    who: "A window cleaner in Wigan with a round of about 400 houses, in Wigan (Lancashire) English, terse: a Go command-line tool his lad writes for the laptop in the van, every house done every 4 weeks or every 8, today's round printed in street order, a house marked done and paid cash or by bank transfer, a card through the door when nobody's in and the clean owed, a house owing for two cleans off the round till it has paid, a rained-off day's round moved to the next day, what he took in from April to April for his tax return; records after dashes inline, each clean one customer's; a round book in the van today; gutters and conservatory roofs 'nowt to do wi' this', the van and the diesel 'leave it'; commands and flags; Go; the phone taken off the customers and notes added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Areet. Gaz Unsworth, window cleaner, Wigan. Round of about 400 houses, Pemberton, Orrell, Beech Hill. Our Kyle says he'll do us a computer thing, the sort you type in. On the laptop in the van.",
      more: "It's all in a round book in the van. Book's falling apart. Half of 'em say they've paid, can't tell who has.",
      walkthrough:
        "Every house gets done every 4 weeks, some every 8. Want it to print today's round in street order, same order I go round.\n\nDone a house, I mark it done, paid cash or bank transfer. Nobody in, card through the door, they owe for it.\n\nOwe for two cleans, they're off the round till they've paid. Had a fella in Orrell owed me £60 last year. Not again.\n\nRained off, whole day's round goes to the next day.\n\nEnd of the year, April to April, what I took in, for me tax return. Accountant mithers me every January.",
      commands:
        "Our Kyle says: wc today for today's round. wc done 112 --paid cash, or --paid bank. wc done 112 --card when they're out. wc skip 112 --reason gate. wc owed, and wc owed --off for them that's off the round. wc rain moves today to tomorrow. wc add --street \"Gidlow Lane\" --number 14 --price 10 --weeks 4. wc year --tax 2024.",
      things:
        "Customers - name, house number, street, price, weeks, phone. Streets - name, order on the round. Cleans - customer, date, paid, cash or bank. Each clean's one customer.",
      thingsChange:
        "Tek the phone off customers, I don't ring nobody. Put notes on 'em. Dog, side gate, that sort.",
      extras: [
        "Gutters and conservatory roofs I do on the side, nowt to do wi' this. The van and the diesel, the missus does that, leave it.",
        "No. That'd be gradely. Ta, cock.",
      ],
      tech: "Kyle says Go. File on the laptop, no internet in the van.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Go",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "command-line tool",
      features: [
        "every 4 weeks",
        "today's round street order",
        "paid cash bank transfer",
        "card door owe",
        "owe two cleans",
        "rain next day",
        "April to April tax return",
      ],
      tables: [
        { name: "customers", fields: ["name", "house number", "street", "price", "weeks", "notes"] },
        { name: "streets", fields: ["name", "order"] },
        { name: "cleans", fields: ["customer", "date", "paid"] },
      ],
      excluded: ["gutter", "conservatory", "diesel"],
      background: ["round book"],
      stack: ["Go"],
      commands: [
        "today",
        "done",
        "skip",
        "owed",
        "rain",
        "add",
        "year",
        "--paid",
        "--card",
        "--reason",
        "--off",
        "--street",
        "--number",
        "--price",
        "--weeks",
        "--tax",
      ],
    },
  },
  {
    id: "frederiksted-mocko-jumbies",
    who: "The leader of a mocko jumbie troupe in Frederiksted, St Croix, in Crucian English, rambling: a website where hotels, cruise ship tours, weddings and parties book the jumbies and the performers see their gigs, $150 an hour a jumbie with two jumbies and one hour at the least, a drummer with every booking at $100 an hour, the children under 16 never out after 9 at night, every pair of stilts checked every 30 days or it can't go out, no jumbie up on stilts in the rain and the gig moved to another day, a 50% deposit and the rest before the gig, the deposit lost on a cancellation inside 48 hours, $300 more for a gig on St Thomas, the jumbies paid $75 an hour and the children $40 with what he owes each one at the month's end; numbered records after dashes, every booking for one client; a composition book and Facebook Messenger today; his auntie's costume sewing 'leave dat out', the summer stilt workshop 'a different ting, we don't need dat in here'; the payments dropped at the review",
    says: {
      overview:
        "Good day! Wha' happenin'. Me name is Akeem Petersen, born and raised in Freedom City, Frederiksted, and I does run a mocko jumbie troupe, the Westend Mocko Jumbies. We have eleven jumbies, six grown and five children, and we does dance on de stilts for de hotels, de cruise ship tours when dem ship come in, weddings, birthday party, Carnival, de Crucian Christmas Festival, everyting. Right now all de bookings in a composition book and on Facebook Messenger, and bo, ah tellin' yuh, it too much. Last Festival two hotels book we for de same Saturday night and ah only find out when de second one call to ask where we is. So ah want a website where people could book we, and de jumbies could see where dey going.",
      walkthrough:
        "So it go like dis. A jumbie is $150 an hour, and you have to book two jumbies at de least, and one hour at de least, cause one jumbie alone don't look right, dat is tradition too. Every booking have a drummer, no jumbie dance without de drum, and de drummer is $100 an hour.\n\nDe children in de troupe, under 16, dey don't go out after 9 o'clock at night, dey mother would kill me, so de website must know dat when it put dem on a booking. Every pair of stilts have to be checked every 30 days, de straps, de wood, everyting, and if a pair ain't checked in 30 days it cyan go out. Ah not taking chances wid nobody child.\n\nIf it raining, no jumbie going up on stilts, it too slippery, so we does move de gig to another day. Dem pay 50% deposit to book, and de rest before de gig. If dem cancel inside 48 hours, dem lose de deposit, fo' true. If de gig on St Thomas, is $300 more, fo' de ferry and everyting. And ah pay de jumbies $75 an hour and de children $40, so ah need to see what ah owe everybody at de end of de month.",
      things:
        "1. Clients - name, phone, email, hotel or company\n2. Bookings - client, date, time, place, hours, how many jumbies, deposit, paid\n3. Performers - name, phone, age, stilt height\n4. Stilts - pair number, height, last checked\n5. Lineups - booking, performer, stilts\n6. Payments - booking, date, amount, how dem pay\nEvery booking for one client, but de hotels does book we every week.",
      extras: [
        "My auntie does sew all de costumes, and she does sell dem to other troupe too, leave dat out. And de summer workshop where we teach de youth to walk on stilts, dat is a different ting, we don't need dat in here.",
        "No, dat is all. Tank yuh, bo, blessings!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and me wife see everyting, de jumbies and de drummers log in to see dey gigs. Clients don't need no account, dem just book.",
    },
    atReview: [
      "Hold on, one ting. Take out de payments, de deposit and de paid on de booking is enough, ah don't need a whole other list fo' dat. Dat is all.",
    ],
    expect: {
      kind: "web app",
      features: [
        "jumbie $150 an hour",
        "two jumbies one hour",
        "drummer $100 an hour",
        "under 16 after 9",
        "stilts checked 30 days",
        "rain stilts",
        "50% deposit",
        "cancel 48 hours deposit",
        "St Thomas $300",
        "$75 an hour",
        "children $40",
      ],
      tables: [
        { name: "clients", fields: ["name", "phone", "email"] },
        {
          name: "bookings",
          fields: ["client", "date", "time", "place", "hours", "deposit", "paid"],
        },
        { name: "performers", fields: ["name", "phone", "age", "stilt height"] },
        { name: "stilts", fields: ["pair number", "height", "last checked"] },
        { name: "lineups", fields: ["booking", "performer"] },
      ],
      excluded: ["sew", "workshop"],
      background: ["composition book", "Messenger"],
    },
  },
  {
    id: "dzukou-valley-rest-house",
    who: "The secretary of the village committee that runs the Dzükou Valley rest house for the southern Angami villages near Kohima, in Naga English, formal: a website where trekkers book a dormitory bed, a private room or a tent and pay before they come, and the gatekeepers check them at the start of the trail, entry Rs 50 for Indians and Rs 200 for foreigners, a dormitory bed Rs 100 a night, a private room Rs 1,000 and a tent Rs 300, the ILP number for Indians from outside Nagaland and the passport number for foreigners, a plastic deposit of Rs 100 a visitor given back at the gate when they bring their plastic down, no more than 200 visitors in the valley a night, a registered guide at Rs 800 a day for a group of more than 10, no campfires and that written on the booking, a booking not paid in 24 hours cancelled by itself, every month's visitors and money for the village councils; records in brackets, every booking belonging to one trekker, the group leader; a long notebook at the gate and WhatsApp to his own number today; the porters 'they arrange among themselves, it is not our matter', the taxis from Kohima 'kindly do not include'; Laravel with MySQL; the trekkers renamed visitors at the review",
    says: {
      overview:
        "Good afternoon. I am Kevizo Rutsa, secretary of the committee which looks after the Dzükou Valley rest house on behalf of the southern Angami villages, near Kohima. Dzükou is very famous now, no? Every weekend the young people come from Kohima and Dimapur, and tourists from all over India and outside also, especially in the lily season in June and July. At present the gatekeeper writes every visitor in a long notebook at the start of the trail, and the bookings come on WhatsApp to my own number. Last October so many people came for the long weekend that the dormitory was overflowing and people slept on the kitchen floor itself. It was very much tension for us. So we need a website where the trekkers can book and pay before they come, and the gatekeeper can check them.",
      walkthrough:
        "Let me explain the system. Every visitor pays an entry fee at the gate, Rs 50 for Indians and Rs 200 for foreigners. At the rest house a dormitory bed is Rs 100 per night, a private room is Rs 1,000, and a tent with two sleeping bags is Rs 300. Indians from outside Nagaland must give their ILP number, and foreigners their passport number, because the police ask us for the list.\n\nPlastic is a big problem in the valley. So every visitor pays a plastic deposit of Rs 100, and when they come down and show their plastic waste at the gate, the deposit is returned. Not more than 200 visitors can stay in the valley on one night, the place simply cannot take more than that, so the website must stop the bookings there. A group of more than 10 persons must take one of our registered guides, Rs 800 per day. Campfires are not allowed anywhere in the valley, because of the big fire some years back, and this should be written on the booking itself so nobody can say they did not know.\n\nIf a booking is not paid within 24 hours, it should be cancelled by itself and the place given to others. At the end of every month the committee must give the account to the village councils, how many visitors came and how much money.",
      things:
        "Trekkers (name, phone, home state, ILP number, passport number)\nBookings (trekker, date, nights, dormitory or room or tent, number of persons, paid)\nGuides (name, phone, village)\nGroups (leader, number of persons, guide)\nPlastic deposits (booking, amount, returned)\nEach booking belongs to one trekker, who is the group leader if it is a group.",
      extras: [
        "The porters who carry the rations and firewood up, they arrange among themselves with the trekkers, it is not our matter. And the taxis from Kohima to the starting point, kindly do not include.",
        "No, that will be all. Thank you so much, God bless.",
      ],
      tech: "Our IT boy in Kohima suggests Laravel with MySQL, he is using it for other sites.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Myself, the treasurer and the two gatekeepers will log in. The trekkers can book without any account.",
      Technology: "I have preferences",
      "Back end": "PHP with Laravel",
      Database: "MySQL",
    },
    atReview: [
      "Kindly change one thing before I approve. Please call the trekkers 'visitors' instead, because many people only come up for the day and do not trek at all. Otherwise it is fine. Thank you.",
    ],
    expect: {
      kind: "web app",
      features: [
        "entry Rs 50 Indians",
        "foreigners Rs 200",
        "dormitory Rs 100",
        "private room Rs 1,000",
        "tent Rs 300",
        "ILP number",
        "passport foreigners",
        "plastic deposit Rs 100 returned",
        "200 visitors night",
        "more than 10 guide Rs 800",
        "campfires",
        "24 hours cancelled",
        "village councils",
      ],
      tables: [
        {
          name: "visitors",
          fields: ["name", "phone", "home state", "ILP number", "passport number"],
        },
        { name: "bookings", fields: ["date", "nights", "paid"] },
        { name: "guides", fields: ["name", "phone", "village"] },
        { name: "groups", fields: ["leader", "guide"] },
        { name: "plastic deposits", fields: ["booking", "amount", "returned"] },
      ],
      excluded: ["porter", "taxi", "ration"],
      background: ["notebook", "WhatsApp"],
      stack: ["Laravel", "MySQL"],
    },
  },
  {
    id: "brampton-dispatch-service",
    who: "The dispatcher of his family's 25-truck company in Brampton, in the English of Brampton's Punjabi community: a service without screens that his cousin's drivers' app and the accountant's software call, loads from the brokers with the pickup, the delivery, the times, the miles and the rate, company drivers paid 60 cents a mile and owner-operators 85% of the load, no US load for a driver without a FAST card, no load to the border without its PAPS number going south or PARS coming back, detention after 2 free hours at $75 an hour with $25 of it to the driver, a reefer load's temperature and a photo of the reefer display at pickup, a fuel advance of no more than $500 a trip taken off the pay, pay statements every two weeks, no invoice to a broker until the POD is uploaded; records after dashes on lines, every load with one driver and one broker; a whiteboard and a WhatsApp group today; the shop's maintenance 'don't put it', his uncle's truck wash 'separate business', the ELD and the hours 'not our thing'; Python with FastAPI and PostgreSQL",
    says: {
      overview:
        "Sat Sri Akal ji! Gurpreet Sandhu here, everyone calls me Gary. I do dispatch for my dad's trucking company in Brampton, Sandhu Freight Lines, 25 trucks, mostly Toronto to Montreal and cross-border to Chicago and Detroit. Right now the whole dispatch is a whiteboard in the office and a WhatsApp group with the drivers, and bro, that WhatsApp group is chaos, the uncles send good morning pictures all day and the load info gets lost. Last month a driver went to the wrong Walmart DC in Mississauga, two hours detention, the broker was not happy, yaar. My cousin is making an app for the drivers, and our accountant wants the numbers too. What we need is the back end in the middle that both of them call. No screens, just the service.",
      walkthrough:
        "So a load comes from the broker, with the pickup, the delivery, the appointment times, the miles and the rate. I assign a driver and a truck. Company drivers get paid 60 cents a mile, owner-operators get 85% of the load rate, that's how Papa ji always did it.\n\nFor US loads the driver must have a FAST card. No FAST card, no US load, simple. And no load goes to the border without the PAPS number going south or the PARS number coming back, otherwise the driver sits at the Ambassador Bridge for hours, full day wasted.\n\nDetention: the first 2 hours at the shipper or the receiver are free, after that the broker pays $75 an hour, and the driver gets $25 of that. The driver marks in and out on the app. If it's a reefer load, the temperature is on the load, and at pickup the driver sends a photo of the reefer display, because if the product gets rejected we need proof.\n\nDrivers can take a fuel advance, no more than $500 a trip, and it comes off their pay. Pay statements go out every two weeks. And no invoice goes to the broker till the POD is uploaded, the signed bill of lading, because they won't pay without it.",
      things:
        "- Drivers - name, phone, licence number, FAST card, company or owner-op\n- Trucks - unit number, plate, year\n- Brokers - name, MC number, email, phone\n- Loads - broker, driver, truck, pickup, delivery, pickup time, delivery time, miles, rate, PAPS number, reefer temp, POD\n- Detentions - load, in time, out time, amount\n- Advances - driver, load, amount\nEvery load has one driver and one broker.",
      extras: [
        "The shop does the maintenance on the trucks, they have their own software, don't put it. The truck wash is my uncle's, separate business. And the ELD and the hours, that's the ELD company, not our thing.",
        "Nah that's it bro. Thank you ji!",
      ],
      tech: "My cousin says Python with FastAPI, and PostgreSQL.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No people log in to this. The drivers' app and the accountant's software each get their own key.",
      Technology: "I have preferences",
      "Back end": "Python with FastAPI",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "60 cents a mile",
        "owner-operators 85%",
        "FAST card US load",
        "PAPS PARS border",
        "detention 2 hours $75",
        "driver $25",
        "reefer temperature photo",
        "fuel advance $500",
        "pay statements two weeks",
        "invoice POD",
      ],
      tables: [
        { name: "drivers", fields: ["name", "phone", "licence number", "FAST card"] },
        { name: "trucks", fields: ["unit number", "plate", "year"] },
        { name: "brokers", fields: ["name", "MC number", "email", "phone"] },
        {
          name: "loads",
          fields: [
            "broker",
            "driver",
            "truck",
            "pickup",
            "delivery",
            "pickup time",
            "delivery time",
            "miles",
            "rate",
            "PAPS number",
            "reefer temp",
            "POD",
          ],
        },
        { name: "detentions", fields: ["load", "in time", "out time", "amount"] },
        { name: "advances", fields: ["driver", "load", "amount"] },
      ],
      excluded: ["maintenance", "wash", "ELD"],
      background: ["whiteboard", "WhatsApp"],
      stack: ["FastAPI", "PostgreSQL"],
    },
  },
  {
    id: "rosetown-grain-tickets",
    who: "A developer at a small farm software company in Saskatoon who grew up on a grain farm out by Rosetown, in Saskatchewan prairie English: a Kotlin library in the company's Maven repository, built with Gradle, that the farm app and the web dashboard both call to work out what a load of grain pays at the elevator, from the commodity, the gross and tare weights, the dockage, the moisture, the protein and the grade's price per tonne, the net weight the gross minus the tare in kilograms, the dockage percent taken off to a clean weight, wheat over 14.5% moisture tough with a drying charge of $12 a tonne, $5 a tonne more for every half a percent of protein over 13.5 and $5 less for every half under, the check-off at 0.5% of the value, bushels too at 36.744 a tonne for wheat and 44.092 for canola, money to the cent and weights to the kilogram, every line separately; her dad's calculator on the back of the ticket and the app's own sums today; the futures and hedging 'leave 'er out', crop insurance 'a whole other can of worms, not in this'; Kotlin and Gradle",
    says: {
      overview:
        "Hey there! I'm Jolene Wiebe, I'm a developer at a little farm software outfit in Saskatoon, and I grew up on the home place out by Rosetown, so I know grain tickets better than I'd like to. Every load a farmer hauls to the elevator comes back with a ticket and then a settlement, and nobody can ever figure out if they got paid right. My dad still does it on a calculator on the back of the ticket, and our app and our web dashboard each have their own sums that don't agree, which is a heck of a look for a farm software company, eh. So I want one library that works out what a load pays, and the app and the dashboard both use it. Just the math, nothing saved.",
      walkthrough:
        "You give it the commodity, the gross weight, the tare weight, the dockage, the moisture, the protein, and the price per tonne for the grade off the contract. Net weight is gross minus tare, in kilograms. Then the dockage is a percent of that, the weed seeds and the chaff and whatever else, and that comes off, so you're paid on the clean weight.\n\nFor wheat, anything over 14.5% moisture is tough, and there's a drying charge of $12 a tonne. Protein, the base is 13.5. For every half a percent over, it's $5 a tonne more, and for every half a percent under, it's $5 a tonne less. Then the check-off comes off, 0.5% of the value.\n\nDad still thinks in bushels, so it's gotta give bushels too, 36.744 bushels a tonne for wheat and 44.092 for canola. Money rounded to the cent, weights to the kilogram. And it has to give back every line separately, the dockage, the drying, the protein, the check-off, so the settlement shows each one and nobody phones me at supper.",
      extras: [
        "The futures and the hedging and all that, Dad does that with his broker in Regina, leave 'er out. And crop insurance, holy, that's a whole other can of worms, not in this.",
        "Nope, that's 'er. Thanks a bunch!",
      ],
      tech: "Kotlin. The app's Android and our back end's Kotlin too, so put it in our Maven repo and build it with Gradle.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Kotlin",
    },
    expect: {
      kind: "library",
      features: [
        "net gross minus tare",
        "dockage percent",
        "14.5% moisture tough",
        "drying $12 a tonne",
        "protein 13.5 $5 a tonne",
        "check-off 0.5%",
        "36.744 bushels wheat",
        "44.092 canola",
        "rounded to the cent",
        "every line separately",
      ],
      tables: [],
      excluded: ["futures", "hedging", "insurance"],
      background: ["calculator"],
      stack: ["Kotlin", "Gradle"],
    },
  },
  {
    id: "kirkop-kazin-tal-banda",
    who: "The secretary of the village band club in Ħal Kirkop, Malta, in Maltese: a website where the members pay their subscription and people book the club's hall for parties, and the committee sees everything, a subscription (abbonament) of €30 a year for seniors and €10 for juniors under 16, paid by the 31st of March with an email in March to whoever has not paid, a member who does not pay for two years no longer a member, the hall at €120 for members and €200 for others with a €50 deposit given back when there is no damage, at most 120 people and closed by midnight, no hire in the week of the festa, the hire paid in full a week before, the year's subscriptions and hall money for the general meeting; records after colons inline, every hire for one client; a big book and the treasurer's Excel today; the club's bar 'ħallih barra', the festa fireworks 'm'għandniex x'naqsmu magħha, la ddaħħalhux'; the address taken off the members and their date of birth added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Bonġu! Jien Josette Zammit, is-segretarja tal-każin tal-banda f'Ħal Kirkop. Għandna madwar 350 membru u sala kbira fuq il-każin li nikruha għall-festini, tqarbin, magħmudijiet, engagements u hekk. Bħalissa kollox miktub f'ktieb kbir, u t-teżorier iżomm Excel fuq il-laptop tiegħu, u qatt ma naqblu. Is-sena l-oħra bbukkjajna s-sala darbtejn għall-istess Sibt, tqarbina u party ta' għeluq is-snin, u kellna nċemplu lil waħda mill-familji nispjegawlha. Irrid website fejn il-membri jħallsu l-abbonament u n-nies jibbukkjaw is-sala, u aħna naraw kollox f'post wieħed.",
      walkthrough:
        "L-abbonament huwa €30 fis-sena għas-seniors u €10 għall-juniors taħt is-16-il sena, u għandu jitħallas sal-31 ta' Marzu. F'Marzu, min għadu ma ħallasx għandu jirċievi email ta' tfakkira. Jekk membru ma jħallasx għal sentejn, jieqaf ikun membru.\n\nIs-sala: għall-membri €120, għal min mhux membru €200, u €50 depożitu li jingħata lura jekk ma jkun hemm l-ebda ħsara. Is-sala tieħu massimu ta' 120 persuna, u trid tingħalaq sa nofsillejl, għax il-ġirien jilmentaw. Fil-ġimgħa tal-festa, l-aħħar ġimgħa t'Awwissu, is-sala ma nikruhiex, għax ikollna bżonnha aħna. Il-kiri jitħallas kollu ġimgħa qabel.\n\nFl-aħħar tas-sena irrid rendikont għal-laqgħa ġenerali: kemm daħal mill-abbonamenti u kemm daħal mill-kiri tas-sala.",
      things:
        "Membri: isem, kunjom, indirizz, telefon, email, tip (senior jew junior). Abbonamenti: membru, sena, ammont, imħallas. Klijenti: isem, telefon, membru jew le. Kiri: klijent, data, okkażjoni, numru ta' nies, prezz, depożitu. Ħlasijiet: kiri, data, ammont, cash, cheque jew Revolut. Kull kiri huwa ta' klijent wieħed, imma klijent jista' jikri aktar minn darba.",
      thingsChange:
        "Neħħi l-indirizz mill-membri, m'għandniex bżonnu, kollox bl-email. U żid id-data tat-twelid mal-membri, biex inkunu nafu meta junior isir senior.",
      extras: [
        "Il-bar tal-każin għandu l-kuntrattur tiegħu, ħallih barra. U n-nar tal-festa tagħmlu għaqda oħra għal kollox, m'għandniex x'naqsmu magħha, la ddaħħalhux.",
        "Le, hekk hu. Grazzi ħafna!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Jien, it-teżorier u l-president nidħlu. Il-membri u n-nies li jikru s-sala ma jeħtiġux account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "abbonament €30 seniors",
        "juniors €10",
        "31 ta' Marzu",
        "email Marzu",
        "sentejn membru",
        "membri €120",
        "mhux membru €200",
        "€50 depożitu",
        "120 persuna",
        "nofsillejl",
        "ġimgħa tal-festa",
        "kollu ġimgħa qabel",
        "rendikont laqgħa ġenerali",
      ],
      tables: [
        {
          name: "membri",
          fields: ["isem", "kunjom", "telefon", "email", "tip", "data tat-twelid"],
        },
        { name: "abbonamenti", fields: ["membru", "sena", "ammont", "imħallas"] },
        { name: "klijenti", fields: ["isem", "telefon"] },
        {
          name: "kiri",
          fields: ["klijent", "data", "okkażjoni", "numru ta' nies", "prezz", "depożitu"],
        },
        { name: "ħlasijiet", fields: ["kiri", "data", "ammont"] },
      ],
      excluded: ["bar", "nar"],
      background: ["ktieb", "Excel"],
    },
  },
  {
    id: "pune-ganeshotsav-vargani",
    who: "The secretary of a Ganeshotsav mandal in Sadashiv Peth, Pune, in Marathi (Devanagari, with the words Puneris really use: 'ॲप', 'मोबाईल', 'ऑनलाईन', 'नेट', 'कॅश', 'UPI', 'QR कोड', 'SMS', 'PAN', 'डेकोरेशन', 'मीटिंग'): a phone app over mobile data for the mandal's 30 volunteers (कार्यकर्ते) who collect the festival donations (वर्गणी) from houses and shops, a numbered receipt (पावती) of at least ₹51 sent to the giver by SMS, cash or UPI to the mandal's QR code, every shop's amount fixed beforehand by the committee, nobody forced, the cash handed to the treasurer the same night and never more than ₹5,000 of it with a volunteer, a PAN number for ₹10,000 or more, the expenses with a photo of every bill, the accounts for the Charity Commissioner's office and the members' meeting with the donations by area; numbered records, every receipt belonging to one giver; printed receipt books and the treasurer's diary today; the immersion procession 'ते यात नको', the blood donation camp 'ते पण टाकू नका'; the area moved from the volunteers to the givers and the PAN number added to the givers at the review",
    says: {
      overview:
        "नमस्कार! मी अमोल कुलकर्णी, सदाशिव पेठेतल्या जय भवानी मित्र मंडळाचा सचिव. आमचं मंडळ 1972 पासून गणेशोत्सव साजरा करतं. दर वर्षी ऑगस्टमध्ये आमचे 30 कार्यकर्ते घरोघरी आणि दुकानांमध्ये जाऊन वर्गणी गोळा करतात. सध्या सगळं छापील पावती पुस्तकांवर चालतं आणि खजिनदार एका डायरीत हिशोब लिहितो. मागच्या वर्षी दोन पावती पुस्तकं हरवली, कोणी किती वर्गणी दिली ते कळलंच नाही, आणि मीटिंगमध्ये मोठा वाद झाला. म्हणून कार्यकर्त्यांसाठी मोबाईलवर एक ॲप हवंय. पुण्यात सगळीकडे नेट असतं, त्यामुळे ते ऑनलाईनच चालेल.",
      walkthrough:
        "कार्यकर्ता घरी किंवा दुकानात गेला की ॲपमध्ये पावती फाडतो: देणगीदाराचं नाव, रक्कम, कॅश की UPI. कमीत कमी पावती ₹51 ची, त्यापेक्षा कमी पावती फाडायची नाही. प्रत्येक पावतीला नंबर असतो, आणि पावती लगेच देणगीदाराला SMS ने गेली पाहिजे. UPI ने दिले तर पैसे थेट मंडळाच्या खात्यात जातात, QR कोडवर.\n\nदुकानदारांची वर्गणी कमिटी आधीच ठरवते, प्रत्येक दुकानाची ठरलेली वर्गणी ॲपमध्ये दिसली पाहिजे. कोणी नाही म्हटलं तर जबरदस्ती नाही, पुढच्या घरी जायचं.\n\nकॅश गोळा केली असेल तर ती त्याच रात्री खजिनदाराकडे जमा करायची. कोणत्याही कार्यकर्त्याकडे ₹5,000 पेक्षा जास्त कॅश राहता कामा नये, तेवढी झाली की ॲपने सांगायला हवं. ₹10,000 किंवा त्यापेक्षा जास्त देणगी असेल तर देणगीदाराचा PAN नंबर घ्यायचा.\n\nखर्चसुद्धा ॲपमध्येच: मंडप, डेकोरेशन, आरतीचं साहित्य, आणि प्रत्येक बिलाचा फोटो. उत्सव संपला की धर्मादाय आयुक्त कार्यालयासाठी हिशोब लागतो, आणि सभासदांच्या सभेसाठी भागानुसार वर्गणी आणि एकूण खर्च.",
      things:
        "1. कार्यकर्ते: नाव, मोबाईल, भाग\n2. देणगीदार: नाव, पत्ता, मोबाईल, प्रकार (घर की दुकान), ठरलेली वर्गणी\n3. पावत्या: पावती नंबर, देणगीदार, रक्कम, कॅश की UPI, कार्यकर्ता, तारीख\n4. जमा: कार्यकर्ता, तारीख, रक्कम\n5. खर्च: तारीख, कशासाठी, रक्कम, बिलाचा फोटो\nप्रत्येक पावती एकाच देणगीदाराची असते, पण एक देणगीदार दोन-तीन पावत्या करू शकतो.",
      extras: [
        "विसर्जन मिरवणुकीचं नियोजन पोलिसांबरोबर वेगळं होतं, ते यात नको. आणि रक्तदान शिबिर आम्ही वेगळं घेतो, ते पण टाकू नका.",
        "नाही, एवढंच. खूप धन्यवाद! गणपती बाप्पा मोरया!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "मी, खजिनदार, अध्यक्ष आणि सगळे कार्यकर्ते लॉगिन करतील. देणगीदारांना अकाउंट नको.",
    },
    atReview: [
      "एक बदल करा: भाग कार्यकर्त्यांवरून काढून देणगीदारांवर टाका, कारण हिशोब भागानुसार लागतो, कार्यकर्ते कुठेही जातात. आणि देणगीदारांवर PAN नंबर पण टाका. बस, एवढंच.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "पावती ₹51",
        "पावती नंबर",
        "पावती SMS",
        "UPI QR",
        "ठरलेली वर्गणी",
        "त्याच रात्री जमा",
        "₹5,000 कॅश",
        "₹10,000 PAN",
        "बिलाचा फोटो",
        "धर्मादाय आयुक्त हिशोब",
        "भागानुसार वर्गणी",
      ],
      tables: [
        { name: "कार्यकर्ते", fields: ["नाव", "मोबाईल"] },
        {
          name: "देणगीदार",
          fields: ["नाव", "पत्ता", "मोबाईल", "प्रकार", "ठरलेली वर्गणी", "भाग", "PAN नंबर"],
        },
        {
          name: "पावत्या",
          fields: ["पावती नंबर", "देणगीदार", "रक्कम", "कार्यकर्ता", "तारीख"],
        },
        { name: "जमा", fields: ["कार्यकर्ता", "तारीख", "रक्कम"] },
        { name: "खर्च", fields: ["तारीख", "रक्कम", "बिलाचा फोटो"] },
      ],
      excluded: ["विसर्जन", "मिरवणूक", "रक्तदान"],
      background: ["पुस्तक", "डायरी"],
    },
  },
];
