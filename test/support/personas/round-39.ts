import type { Persona } from "../persona-driver.js";

/**
 * The thirty-ninth round, held out: written without reading the interviewer and before
 * any spec was made from these people's words, and never run or tuned on before its first
 * unseen run. What each person expects was written from what they said, as a fair human
 * reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines and inline, in brackets on lines and inline, or told in
 * sentences ("For every float I keep …", "For each guest we keep …"). Eight write in
 * English, each in their own English and their own register, none of them used before:
 * Montserrat English from the office of a sand pit in the Belham Valley ("Good marnin",
 * "ah does run", "ahwe", "de Belham does run", "dem", "de Observatory", "one time", "ah
 * tell yuh how it go", "dat a next business, leave dat out", "we nuh in dat", "Tank yuh,
 * and God bless"), the English of Tangier Island in the Chesapeake Bay, at length
 * ("forty-some year", "out to the shanty", "I'll tell ye", "peelers", "fixing to shed",
 * "a-going", "holler", "he ain't a soft no more", "throwed out and wrote down", "that's a
 * different thing altogether, leave that be", "that ain't none of ourn", "Thank ye
 * kindly"), I-Kiribati English from Abaiang, in short plain sentences ("Mauri", "the
 * solar", "the company in Betio", "on the ship", "It kills the battery", "it is not our
 * part", "no need to put", "Sorry for my English", "Ko rabwa"), the Woodland Cree reserve
 * English of the Lac La Ronge country in northern Saskatchewan, in lower-case fragments ("tansi", "rn",
 * "n", "my moshum", "my kokum", "neee", "heats up in the bags", "thats the band's business
 * side not us", "nah leave that", "ekosi", "kinanaskomitin"), the Pidgin-coloured English
 * of Warri ("How far", "I be developer", "Oga Tega", "as in ehn", "na serious wahala", "my
 * guy", "make I explain", "the customer don debit", "catch am", "na their own palava, no
 * put am", "we no dey give loan at all", "Abeg", "Thank you well well"), the
 * Greek-Australian English of Oakleigh in Melbourne ("Yia sou", "po po", "my papou", "yiayia",
 * "I reckon", "Ela", "go mental", "the lot", "the church committee's thing, nah,
 * leave it", "don't put it in", "thanks heaps"), the English of Srinagar, formal and plain
 * ("Assalam-o-alaikum Janab", "Myself", "from my grandfather's time", "the Dal", "Ghat
 * number 9", "full rush", "what to say", "the shikara wallahs", "Chillai Kalan", "the
 * bukhari", "not our concern", "please don't add", "Khuda Hafiz") and the Parsi English
 * of Bombay, in long paragraphs ("Sahebji", "dikra", "arre", "my Mamaiji", "the agiary",
 * "the dasturji", "the baj", "ekdum", "What to tell you", "mutton pulao", "that is the
 * dasturji's department, not ours", "don't put that faltu thing", "Chalo, bye"). One
 * writes in Scottish Gaelic (never used before, the Gaelic of Lewis as the clerk of a
 * township's common grazings types it, with the English words Lewis crofters really mix
 * in: "computing", "program", "laptop", "souming", "Python", "SQLite", "chan eil
 * gnothach aig a' chomataidh ris sin", "chan eil sinn ga iarraidh ann", "Mòran taing"),
 * and one in Faroese (never used before, as a woman who serves heimablídni at her own
 * table in Nólsoy types it, with the Danish and English words Faroese people really mix
 * in: "Hey", "heimablídni", "Facebook", "Messenger", "Excel-fílu", "heimasíðu", "MobilePay",
 * "konto", "okkara mál", "lat tað vera", "Takk fyri").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a sand pit in Montserrat's Belham Valley (every truck weighed empty and full and
 * none out with more than 30 tons, the trucks in the valley only from 6 to 6 and only at
 * hazard level 2 or under, every truck out at once with a message to the drivers at
 * level 3, no truck in after heavy rain till the supervisor says it is clear, a royalty
 * of EC$5 a ton, the sand EC$40 a ton to the barges and no barge loaded before it pays,
 * EC$60 a load to the drivers, a report to the Ministry every month), the green wild rice
 * bought at a band's rice plant by La Ronge ($1.75 a pound, rice in the day it is picked
 * or the next morning before 10, a licence number for every harvester and rice only off a
 * lake on his lease, 5% dockage for sticks and weeds, paid every Friday by cheque or
 * e-transfer, 40,000 pounds a day at most, 50 pounds done free for the elders), a Saturday
 * Greek school in Oakleigh (children 5 to 15, $480 a year or $120 a term and $380 for the
 * second and third child, Saturdays 9 to 12:30, 18 children a class at most, every
 * teacher's Working With Children Check watched before it runs out, an email to the
 * parents after 3 Saturdays missed in a row, the 25th of March parade with a $40 uniform
 * and a permission form) and the heimablídni of a Nólsoy family (695 kr. a person and
 * children under 12 half, 4 guests at least and 16 at most, booked 48 hours before and
 * paid by card or MobilePay, the money back when cancelled 72 hours before, every day but
 * Sunday in summer and only Friday and Saturday in winter, dinner at 18.30 to catch the
 * last boat to Tórshavn); phone apps for a soft crab shanty on Tangier Island (rank
 * peelers 75 cents and green 50, no peeler under 3 and a quarter inches, every float
 * fished every 4 hours day and night, a soft out of the water within 2 hours of shedding,
 * paper shells $4 a dozen, whales $60 a dozen down to mediums $24, the mail boat to
 * Crisfield at 8 with a list of every box, every dead crab written down, the buyer paying
 * every Friday) and a houseboat on the Dal in Srinagar (Deluxe ₹6,000 and Super Deluxe
 * ₹8,000 a night for two with breakfast and dinner, ₹1,500 an extra person and children
 * under 5 free, 30% advance, no refund within 7 days, check-in 12 and check-out 11, the
 * shikara from Ghat number 9 free till 10 at night, Form C within 24 hours for foreign
 * guests, ₹500 a night for the bukhari in Chillai Kalan); a program on a solar
 * technician's laptop on Abaiang with no internet ($10 a month a house before the 10th,
 * the fuse out after 2 months unpaid and $5 to put it back, every system checked every 3
 * months, the battery changed every 5 years at the company's cost, no TV and no freezer
 * on the solar, 20% kept by the technician and the rest sent to Betio on the ship with the
 * list of who paid); a command-line tool in Python with SQLite for a Lewis township's
 * common grazings (every croft its souming, a cow counted as 5 sheep, the sheep counted at
 * the fank every July, £3 a sheep a year to the committee, no tup on the hill before the
 * 20th of November, £20 from a crofter who misses the fank, a report to the Crofting
 * Commission every year), with commands and flags; a service without screens, in Laravel
 * with PostgreSQL, that a Warri POS agents' app and their owner's dashboard call (₦100
 * for every ₦5,000 withdrawn and ₦50 a transfer, 40% of the charges to the agent and 60%
 * to the owner settled every Sunday night, ₦500,000 of withdrawals a day at most for an
 * agent, an ID shown above ₦50,000, a failed transaction reversed within 24 hours, no
 * transaction after 9 at night, the cash an agent starts with every morning, every
 * Moniepoint notification caught); and a Kotlin library for the Parsi calendar that an
 * Android app and a youth group's website both use (12 mahs of 30 days and the 5 Gatha
 * days with no leap year, a date's roj, mah and YZ year, 1 Farvardin 1395 YZ on 15 August
 * 2025, the Kadmi calendar a month ahead and the Fasli with Navroz on the 21st of March
 * and a leap day, a varsi on the same roj and mah every year, the Muktad the last 10 days,
 * a parab where roj and mah share a name, Bahman mahino). The rice plant's office worker
 * answers in lower-case fragments, the solar technician and the houseboat owner in short
 * plain sentences, the crab shanty man and the Parsi developer in long paragraphs, the
 * others in between.
 *
 * Relations said plainly ("Every load is one truck wid one driver", "Every soft comes out
 * of one float, and every one of them goes to one buyer", "Every payment is for one house,
 * and every check is for one house", "every delivery is one harvester off one lake", "One
 * terminal na for one agent, and every transaction come from one terminal", "Every kid is
 * in one family and one class", "Each booking is for one guest in one room", "Buinidh gach
 * cunntas agus gach pàigheadh do aon chroit", "Hvør bílegging er hjá einum gesti til ein
 * døgurða"); allowed values in brackets (a terminal's provider, a transaction's type and
 * status) and in sentences (rank or green, present or not); background in a copybook by
 * the weighbridge, grease pencil on a shanty wall and a spiral notebook, an exercise book,
 * a clipboard and scale tickets, a big notebook, a folder and a spreadsheet, a diary, the
 * agiary's calendar behind the kitchen door, a seann leabhar-cunntais and an Excel-fíla
 * fed from Messenger; technology named as Laravel with PostgreSQL, Kotlin, Python with
 * SQLite, and none at all by seven of them; "no" said as "dat a next business, leave dat
 * out", "we nuh in dat", "that's a different thing altogether, leave that be", "that ain't
 * none of ourn", "it is not our part", "no need to put", "thats the band's business side
 * not us", "nah leave that", "na their own palava, no put am", "we no dey give loan at
 * all", "the church committee's thing, nah, leave it", "don't put it in", "not our
 * concern", "please don't add", "that is the dasturji's department, not ours", "don't put
 * that faltu thing", "chan eil gnothach aig a' chomataidh ris sin", "chan eil sinn ga
 * iarraidh ann", "tað er ikki okkara mál", "lat tað vera"; while rules keep their "no" ("no
 * truck leave wid more than 30 ton", "No peeler under 3 and a quarter inches", "No TV and
 * no freezer on the solar", "after that no more till tomorrow", "After 10 no shikara", "no
 * leap year at all", "Chan fhaod reithe a dhol dhan mhonadh ro 20 Samhain", "Seinni fáa
 * tey einki aftur").
 *
 * The crab shanty man takes the town off the buyers and puts the time a crab shed on the
 * softs, the rice plant's office worker moves the lakes from the harvesters to a harvester
 * on each lake, and the houseboat owner takes the city off the guests and puts the agent
 * on the bookings, each after "Change something" at "Your data"; the sand pit's office
 * manager puts the captain's phone on the barges, the solar technician takes the phone off
 * the houses, the Warri developer adds the NIN to the agents, the Greek school's
 * coordinator renames the roll (Attendance) and the Nólsoy woman puts allergies on the
 * bookings ("set ovurviðkvæmi á bíleggingarnar"), each at the review. Gaelic and Faroese
 * are written in Latin letters, so their expected words are in the forms the person used
 * (as "barrachd chaorach souming", "reithe 20 Samhain", "børn undir 12 hálvan prís", "72
 * tímar pengarnar aftur"), compared with their accents taken off; every expected feature
 * was checked to be in one sentence the person said, and the excluded words of all ten
 * were checked not to read like anything they want (not "mòna" for the peat, whose letters
 * begin "monadh", the hill the sheep are on, and not "online" for the rice plant's gift
 * shop, a word any website's features might use).
 */
export const THIRTY_NINTH_ROUND: readonly Persona[] = [
  {
    id: "belham-valley-sand",
    who: "The office manager of a sand pit in the Belham Valley in Montserrat, in Montserrat English ('Good marnin', 'ah does run', 'ahwe', 'de Belham does run', 'dem', 'de Observatory', 'one time', 'ah tell yuh how it go', 'dat a next business, leave dat out', 'we nuh in dat', 'Tank yuh, and God bless'): a website for the office where she and the boss see everything and the weighbridge man puts in the loads, every truck weighed empty and full and none leaving with more than 30 tons, the trucks in the valley only from 6 in the morning to 6 in the evening and only when the Observatory says hazard level 2 or under, every truck out at once with a message to every driver at level 3, no truck in after heavy rain till the supervisor says it is clear, a royalty of EC$5 a ton to the Government, the sand EC$40 a ton to the barges and no barge loaded before it pays, EC$60 a load to the drivers, a report to the Ministry at the end of every month; records after colons inline, every load one truck with one driver; a copybook by the weighbridge today; the block factory 'dat a next business, leave dat out', the tours into Plymouth 'we nuh in dat'; the captain's phone put on the barges at the review",
    says: {
      overview:
        "Good marnin. Ah name Shirley Meade, ah does run de office fuh a sand pit in de Belham Valley, here in Montserrat. Since de volcano bury Plymouth, all dat sand and stone does come down de Belham, and ahwe dig it out and sell it to de barges dat come from Antigua, St Kitts and Guadeloupe. Right now everyting write in a copybook by de weighbridge, and last month a barge captain swear he get 20 ton less than he pay fuh, and ah couldn't find de tickets nowhere. De boss want a website fuh de office.",
      walkthrough:
        "Ah tell yuh how it go.\n\nEvery truck weigh on de weighbridge empty and full, and no truck leave wid more than 30 ton, de police does stop dem on de road.\n\nDe trucks only go in de valley from 6 in de morning to 6 in de evening.\n\nDem only go in when de Observatory say de hazard level is 2 or under. If it go up to 3, every truck must come out de valley one time and every driver must get a message.\n\nWhen heavy rain fall, de Belham does run wid mud from de mountain, so no truck go in till de supervisor say it clear.\n\nGovernment take a royalty of EC$5 a ton.\n\nWe sell de sand to de barges at EC$40 a ton, and no barge load before it pay.\n\nDe drivers get EC$60 a load.\n\nEnd of every month ah does send a report to de Ministry wid how much ton come out.",
      things:
        "Trucks: plate number, owner, empty weight. Drivers: name, phone, licence. Loads: truck, driver, date, time, full weight, tons, ticket number. Barges: name, island, captain, date, tons, paid. Every load is one truck wid one driver.",
      extras: [
        "De block factory, dat a next business, leave dat out. And de tours into Plymouth fuh de visitors, we nuh in dat.",
        "Dat is all. Tank yuh, and God bless.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and de boss see everyting. De weighbridge man put in de loads. De drivers just get de message, dem nuh need to log in.",
    },
    atReview: [
      "It look good. Only one ting, put de captain phone on de barges, ahwe does have to call dem when de weather turn. Tank yuh.",
    ],
    expect: {
      kind: "web app",
      features: [
        "weighbridge empty full",
        "more than 30 ton",
        "valley 6 morning 6 evening",
        "hazard level 2",
        "level 3 truck out message driver",
        "heavy rain supervisor clear",
        "royalty EC$5 a ton",
        "barges EC$40 a ton",
        "barge load before pay",
        "drivers EC$60 a load",
        "report Ministry month",
      ],
      tables: [
        { name: "trucks", fields: ["plate number", "owner", "empty weight"] },
        { name: "drivers", fields: ["name", "phone", "licence"] },
        {
          name: "loads",
          fields: ["truck", "driver", "date", "time", "full weight", "tons", "ticket number"],
        },
        { name: "barges", fields: ["name", "island", "captain", "date", "tons", "paid", "phone"] },
      ],
      excluded: ["block", "tour"],
      background: ["copybook"],
    },
  },
  {
    id: "tangier-soft-crab-shanty",
    who: "A waterman on Tangier Island in the Chesapeake Bay who runs a soft crab shanty in the harbor with his wife, in the English of Tangier Island, at length ('forty-some year', 'out to the shanty', 'I'll tell ye', 'peelers', 'fixing to shed', 'a-going', 'holler', 'he ain't a soft no more', 'throwed out and wrote down', 'that's a different thing altogether, leave that be', 'that ain't none of ourn', 'Thank ye kindly'): a phone app for him, his wife and their grandson that keeps going when the signal comes and goes at the shanty and catches up after, rank peelers bought at 75 cents apiece and green ones at 50 cents, no peeler under 3 and a quarter inches, every float fished every 4 hours day and night with a holler to whoever is on when one is due, a soft out of the water within 2 hours of shedding, paper shells to the picking house at $4 a dozen, the softs graded and sold by the dozen from whales at $60 to mediums at $24, the boxes on the mail boat to Crisfield at 8 in the morning with a list of what is in every box for the buyer, every dead crab written down, the buyer paying every Friday; records told in sentences ('For every float I keep …', 'For the peelers I buy I keep …'), every soft out of one float and to one buyer; grease pencil on the shanty wall and a spiral notebook today; the hard crabs by the bushel 'that's a different thing altogether, leave that be', the tourists on the tour boat 'that ain't none of ourn'; the town taken off the buyers and the time a crab shed put on the softs after 'Change something' at 'Your data'",
    says: {
      overview:
        "Well, hello. My name's Carroll Pruitt, I'm from Tangier Island, right out in the middle of the Chesapeake Bay, and I been a waterman forty-some year like my daddy and his daddy before him. Me and my wife Glenda run a soft crab shanty out in the harbor off the Main Ridge. I'll tell ye how it is, a soft crab is just a hard crab that's shed his shell, and you got to catch him right then. Right now we keep it all in grease pencil on the shanty wall and in a spiral notebook Glenda has, and last summer the buyer over in Crisfield said we sent him 34 dozen when we shipped him 40, and I couldn't prove nothing. Our grandson Tyler says he can fix us up an app on the phone, for me, Glenda and him.",
      more: "The signal's good on the island most days, but out to the shanty in a blow it comes and goes, so it's got to keep a-going and catch up after.",
      walkthrough:
        "I'll tell ye how it goes.\n\nI buy peelers off the boys that fish peeler pots. A rank peeler, one that's fixing to shed in a day or two, I pay 75 cents apiece, and a green one 50 cents.\n\nNo peeler under 3 and a quarter inches, that's the law in Virginia, and the Marine Police'll write you up if they find one in your floats.\n\nEvery float has got to be fished every 4 hours, day and night, and the phone ought to holler at whoever's on when a float's due.\n\nA soft has got to come out of the water inside of 2 hours of shedding, else he goes paper shell and he ain't a soft no more. The paper shells go to the picking house at $4 a dozen.\n\nThe softs get graded by size and sold by the dozen: whales $60, jumbos $48, primes $36, hotels $30 and mediums $24.\n\nThey get packed in the boxes and go over on the mail boat to Crisfield at 8 in the morning, and the buyer's got to get a list of what's in every box.\n\nEvery dead crab gets throwed out and wrote down, so I know what I lost.\n\nThe buyer pays every Friday, and I want to see what he owes me for the week.",
      things:
        "For every float I keep the number and how many crabs is in it. For the peelers I buy I keep the boat they come off of, the day, how many, rank or green, and what I paid. For the softs I keep the day, the float, the grade, how many dozen and the buyer. For the buyers I keep the name, the town and the phone. Every soft comes out of one float, and every one of them goes to one buyer.",
      thingsChange:
        "Take the town off the buyers, they're all in Crisfield anyhow. And put the time he shed on the softs, so I can see he come out inside of the 2 hours.",
      extras: [
        "The hard crabs I sell by the bushel over to the mainland, that's a different thing altogether, leave that be. And the tourists that come over on the tour boat for crab cakes, that ain't none of ourn.",
        "That's all I got. Thank ye kindly, and come see us.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Me, Glenda and Tyler. The buyers don't need to get on it.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "rank peeler 75 cents",
        "green 50 cents",
        "peeler under 3 and a quarter inches",
        "float fished every 4 hours",
        "out of the water 2 hours shedding",
        "paper shells $4 a dozen",
        "whales $60",
        "mediums $24",
        "mail boat Crisfield 8",
        "list every box",
        "dead crab",
        "buyer pays every Friday",
      ],
      tables: [
        { name: "floats", fields: ["number", "crabs"] },
        { name: "peelers", fields: ["boat", "day", "how many", "rank", "paid"] },
        { name: "softs", fields: ["day", "float", "grade", "dozen", "buyer", "time"] },
        { name: "buyers", fields: ["name", "phone"] },
      ],
      excluded: ["bushel", "tourist"],
      background: ["grease pencil", "notebook"],
    },
  },
  {
    id: "abaiang-solar-fees",
    who: "The solar technician for the island of Abaiang in Kiribati, in I-Kiribati English, in short plain sentences ('Mauri', 'the solar', 'the company in Betio', 'on the ship', 'It kills the battery', 'it is not our part', 'no need to put', 'Sorry for my English', 'Ko rabwa'): a program on the laptop the company gave him, charged from the solar, because there is no internet at his house, 180 houses with a panel, a battery and three lights, $10 a month a house before the 10th, the fuse taken out after 2 months unpaid and $5 more to put it back, every system checked every 3 months (the panel, the battery and the lights), the battery changed every 5 years at the company's cost, no TV and no freezer on the solar or the fuse comes out, 20% of the money kept by him and the rest sent to the company in Betio on the ship with the list of who paid; records in brackets on lines, every payment and every check for one house; an exercise book that got wet today; the street lights 'it is not our part', phone credit 'no need to put'; the phone taken off the houses at the review",
    says: {
      overview:
        "Mauri. My name is Ioane Tekanene. I am the solar technician for the island of Abaiang. The solar company in Betio puts the solar on the houses, one panel, one battery and three lights. There are 180 houses with solar on Abaiang. Every month I go to the villages on my motorbike and take the money. Now I write it in an exercise book. Last year the rain came in my house and the book was wet, and I could not read who paid. Sorry for my English.",
      more: "There is no internet in my house. The company gave me a laptop, I charge it from the solar. The program must work on the laptop only.",
      walkthrough:
        "Every house pays $10 a month, before the 10th.\nIf a house does not pay for 2 months, I take out the fuse. To put it back they pay $5 more.\nI check every system every 3 months, the panel, the battery and the lights.\nThe battery is changed every 5 years. The company pays for it, not the house.\nNo TV and no freezer on the solar. It kills the battery. If I find it, I take out the fuse.\nI keep 20% of the money. The rest goes to the company in Betio on the ship, with the list of who paid.",
      things:
        "Houses (owner, village, system number, phone)\nPayments (house, month, amount, date paid)\nChecks (house, date, panel, battery, lights, notes)\nEvery payment is for one house, and every check is for one house.",
      extras: [
        "The street lights on the road, that is the island council, it is not our part. And phone credit, people ask me, but no need to put.",
        "That is all. Ko rabwa.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No login. Only me on the laptop, and my wife when I go to the other villages.",
    },
    atReview: ["It is good. Only take out the phone from the houses. Many houses have no phone. Ko rabwa."],
    expect: {
      kind: "desktop app",
      features: [
        "$10 a month before the 10th",
        "2 months take out fuse",
        "put back $5",
        "check every 3 months panel battery lights",
        "battery 5 years company pays",
        "no TV freezer",
        "keep 20%",
        "Betio ship list who paid",
      ],
      tables: [
        { name: "houses", fields: ["owner", "village", "system number"] },
        { name: "payments", fields: ["house", "month", "amount", "date paid"] },
        { name: "checks", fields: ["house", "date", "panel", "battery", "lights", "notes"] },
      ],
      excluded: ["street", "credit"],
      background: ["exercise book"],
    },
  },
  {
    id: "la-ronge-wild-rice",
    who: "A young woman in the office of a band's wild rice plant by La Ronge in northern Saskatchewan, in the Woodland Cree reserve English of the Lac La Ronge country, in lower-case fragments ('tansi', 'rn', 'n', 'my moshum', 'my kokum', 'neee', 'heats up in the bags', 'thats the band's business side not us', 'nah leave that', 'ekosi', 'kinanaskomitin'): a website for her and the two scale guys, green rice bought at $1.75 a pound, rice in the day it is picked or the next morning before 10 or it is not taken, a licence number for every harvester, rice only off a lake on the harvester's lease, 5% dockage for sticks and weeds, paid every Friday by cheque or e-transfer, 40,000 pounds a day at most and no more till the next day, 50 pounds done free for the elders; records after dashes inline, every delivery one harvester off one lake; a clipboard and scale tickets today; the finished rice in the gift shop and online 'thats the band's business side not us', the blueberries 'nah leave that'; the lakes taken off the harvesters and a harvester put on every lake after 'Change something' at 'Your data'",
    says: {
      overview:
        "tansi. im dakota, i work in the office at the band's wild rice plant by la ronge. harvesters bring green rice in off the lakes all fall n we buy it by the pound. rn its all on a clipboard n scale tickets, last yr my moshum came in for his cheque n we couldnt find half his tickets neee. my kokum was so mad lol. want a website for the office",
      walkthrough:
        "$1.75 a pound for green rice\nhas to come in the day its picked, or next morning before 10. after that it heats up in the bags n we dont take it\nevery harvester needs his licence number\nrice has to come off a lake on his lease or we cant buy it\n5% dockage for sticks n weeds\npaid every friday, cheque or e-transfer\nplant does 40,000 pounds a day, after that no more till tomorrow\nelders get 50 pounds done free for home, thats how its always been",
      things:
        "harvesters - name, phone, licence number, lakes. lakes - name, lease number. deliveries - harvester, lake, date, pounds, dockage, paid. every delivery is one harvester off one lake",
      thingsChange: "take lakes off the harvesters. put the harvester on the lakes, one lease is one guy",
      extras: [
        "the finished rice we sell in the gift shop n online thats the band's business side not us. blueberries in the fall nah leave that",
        "ekosi. kinanaskomitin",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "me n the 2 scale guys. harvesters dont need it they get a slip",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "$1.75 a pound green rice",
        "day picked next morning before 10",
        "harvester licence number",
        "lake lease",
        "5% dockage sticks weeds",
        "paid friday cheque e-transfer",
        "40,000 pounds a day",
        "elders 50 pounds free",
      ],
      tables: [
        { name: "harvesters", fields: ["name", "phone", "licence number"] },
        { name: "lakes", fields: ["name", "lease number", "harvester"] },
        { name: "deliveries", fields: ["harvester", "lake", "date", "pounds", "dockage", "paid"] },
      ],
      excluded: ["gift", "blueberries"],
      background: ["clipboard", "scale tickets"],
    },
  },
  {
    id: "effurun-pos-agents",
    who: "A developer in Effurun, Warri, whose uncle has 15 POS agents on the streets of Warri, in the Pidgin-coloured English of Warri ('How far', 'I be developer', 'Oga Tega', 'as in ehn', 'na serious wahala', 'my guy', 'make I explain', 'the customer don debit', 'catch am', 'na their own palava, no put am', 'we no dey give loan at all', 'Abeg', 'Thank you well well'): a service without screens, in Laravel with PostgreSQL, that his friend's agents' app and his uncle's dashboard call, ₦100 for every ₦5,000 withdrawn and ₦50 flat for a transfer, 40% of the charges to the agent and 60% to his uncle settled every Sunday night, no more than ₦500,000 of withdrawals a day for one agent, an ID shown and snapped for any withdrawal above ₦50,000, a failed transaction the customer was debited for reversed within 24 hours with no charge, agents from 7 in the morning to 9 at night and every transaction refused after 9, the cash every agent starts with put in every morning, every Moniepoint notification caught and recorded; records after colons on lines with a terminal's provider and a transaction's type and status in brackets, every terminal one agent's and every transaction from one terminal; his uncle's big notebook and a phone call every night today; the betting some agents do 'na their own palava, no put am', loans 'we no dey give loan at all'; Laravel with PostgreSQL; the NIN added to the agents at the review",
    says: {
      overview:
        "How far! My name is Ejiro Okpako, I be developer for Effurun, Warri. My uncle, everybody dey call am Oga Tega, get 15 POS agents for Warri, for Airport Road, Okumagba, Jakpa, everywhere. Each agent sit down for one spot with umbrella and the POS machine, and people come withdraw, transfer, buy airtime. Right now my uncle dey write everything for one big notebook and call all of them every night, and as in ehn, last month one agent talk say the machine fail and the money no reach, and nobody fit prove anything, na serious wahala. My guy Ovie dey build the agents' app and the dashboard for my uncle. Me, I go build the service wey both of them go call. No screen for my side.",
      walkthrough:
        "Ok, make I explain.\n\nFor withdrawal, the charge is ₦100 for every ₦5,000. Transfer is ₦50 flat.\n\nThe agent keeps 40% of the charges and my uncle takes 60%. We settle every Sunday night.\n\nOne agent cannot do more than ₦500,000 of withdrawals in a day.\n\nAny withdrawal above ₦50,000, the customer must show ID and the agent must snap it.\n\nIf a transaction fail and the customer don debit, it must reverse within 24 hours, no charge.\n\nAgents work from 7 in the morning to 9 at night. After 9, the service must refuse any transaction from that agent, because of security.\n\nEvery morning each agent must put the cash he start with.\n\nMoniepoint go send notification for every transaction on the terminal, the service must catch am and record it.",
      things:
        "Agents: name, phone, spot, guarantor\nTerminals: serial number, agent, provider (Moniepoint, OPay)\nTransactions: terminal, type (withdrawal, transfer, deposit, airtime), amount, charge, status (successful, failed, reversed), time\nSettlements: agent, week, agent share, uncle share\nOne terminal na for one agent, and every transaction come from one terminal.",
      extras: [
        "Some agents dey do betting for the side, na their own palava, no put am. And loan, we no dey give loan at all.",
        "That's all. Thank you well well!",
      ],
      tech: "Laravel with PostgreSQL. Na wetin I sabi.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "Nobody go login direct. The agents' app and my uncle dashboard go get their own key.",
      Technology: "I have preferences",
      "Back end": "PHP with Laravel",
      Database: "PostgreSQL",
    },
    atReview: ["E good. Abeg add NIN for the agents, CBN don talk say every agent must get am. Thank you."],
    expect: {
      kind: "api service",
      features: [
        "withdrawal ₦100 every ₦5,000",
        "transfer ₦50",
        "agent 40% uncle 60%",
        "settle Sunday night",
        "₦500,000 in a day",
        "above ₦50,000 ID",
        "reverse 24 hours",
        "after 9 refuse",
        "morning cash start",
        "Moniepoint notification",
      ],
      tables: [
        { name: "agents", fields: ["name", "phone", "spot", "guarantor", "NIN"] },
        { name: "terminals", fields: ["serial number", "agent", "provider"] },
        { name: "transactions", fields: ["terminal", "type", "amount", "charge", "status", "time"] },
        { name: "settlements", fields: ["agent", "week", "agent share", "uncle share"] },
      ],
      excluded: ["betting", "loan"],
      background: ["notebook"],
      stack: ["Laravel", "PostgreSQL"],
    },
  },
  {
    id: "oakleigh-greek-school",
    who: "The coordinator of the Saturday Greek school at a church in Oakleigh, Melbourne, in the Greek-Australian English of Oakleigh ('Yia sou', 'po po', 'my papou', 'yiayia', 'I reckon', 'Ela', 'go mental', 'the lot', 'the church committee's thing, nah, leave it', 'don't put it in', 'thanks heaps'): a website where the parents enrol and pay, the teachers mark the roll and she and the principal see the lot, children from 5 to 15, $480 a year or $120 a term and $380 for the second and third child in a family, Saturdays 9 to 12:30, no more than 18 children in a class, every teacher's Working With Children Check with a warning before it runs out, an email to the parents when a child misses 3 Saturdays in a row, the 25th of March parade in the city with a $40 uniform and a permission form; records after dashes on lines, every child in one family and one class; a big folder and a spreadsheet on her laptop today; the Greek dancing group 'the church committee's thing, nah, leave it', the canteen 'don't put it in'; the roll renamed Attendance at the review",
    says: {
      overview:
        "Yia sou! I'm Voula Stamatakis, I run the Saturday Greek school at our church in Oakleigh. The school's been going since the seventies, my papou was on the first committee, and I've been doing it since my youngest started, so eleven years now, po po. We've got about 140 kids, five classes, six teachers. Everything's in a big folder and a spreadsheet on my laptop, and I reckon half the parents don't know if they've paid. Last year a kid sat in the wrong class for a whole term because his form got lost, his yiayia was not happy. So we want a website, the parents enrol and pay, the teachers mark the roll, and me and the principal see the lot.",
      walkthrough:
        "Ela, ok so.\n\nKids from 5 to 15.\n\nFees are $480 a year a kid, or $120 a term if they'd rather. The second and third kid in the same family is $380.\n\nWe're on Saturdays, 9 to 12:30, school terms only.\n\nNo more than 18 kids in a class, otherwise the teachers go mental.\n\nEvery teacher needs a Working With Children Check, and it has to tell me before it runs out, that's the law here.\n\nIf a kid misses 3 Saturdays in a row, the parents get an email.\n\nOn the 25th of March the kids march in the parade in the city, the uniform's $40 and the parents have to sign a permission form.",
      things:
        "- Families - surname, parent's name, mobile, email\n- Kids - first name, family, date of birth, class\n- Classes - name, teacher, room\n- Teachers - name, mobile, WWCC number, WWCC expiry\n- Payments - family, term, amount\n- Roll - kid, Saturday, present or not\nEvery kid is in one family and one class.",
      extras: [
        "The Greek dancing group's the church committee's thing, nah, leave it. And the canteen, the mums run that on the day, don't put it in.",
        "That's it, thanks heaps! Yia sou.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the principal see everything. The teachers log in to mark the roll for their class. The parents log in to enrol their kids and pay.",
    },
    atReview: [
      "Looks great. Just one thing, where it says Roll can you put Attendance, the young teachers don't know what a roll is. Thanks heaps.",
    ],
    expect: {
      kind: "web app",
      features: [
        "kids 5 to 15",
        "$480 a year",
        "$120 a term",
        "second third kid $380",
        "Saturdays 9 to 12:30",
        "18 kids a class",
        "Working With Children Check runs out",
        "3 Saturdays in a row email",
        "25th of March parade uniform $40",
        "permission form",
      ],
      tables: [
        { name: "families", fields: ["surname", "parent's name", "mobile", "email"] },
        { name: "kids", fields: ["first name", "family", "date of birth", "class"] },
        { name: "classes", fields: ["name", "teacher", "room"] },
        { name: "teachers", fields: ["name", "mobile", "WWCC number", "WWCC expiry"] },
        { name: "payments", fields: ["family", "term", "amount"] },
        { name: "attendance", fields: ["kid", "Saturday", "present"] },
      ],
      excluded: ["dancing", "canteen"],
      background: ["folder", "spreadsheet"],
    },
  },
  {
    id: "dal-lake-houseboat",
    who: "A man whose family has a houseboat on the Dal near Ghat number 9 in Srinagar, in the English of Srinagar, formal and plain ('Assalam-o-alaikum Janab', 'Myself', 'from my grandfather's time', 'the Dal', 'full rush', 'what to say', 'the shikara wallahs', 'Chillai Kalan', 'the bukhari', 'not our concern', 'please don't add', 'Khuda Hafiz'): a phone app for him and his two sons that works when the internet is stopped and sends when it comes back, a Deluxe room ₹6,000 and a Super Deluxe ₹8,000 a night for two persons with breakfast and dinner, ₹1,500 a night an extra person and children under 5 free, 30% advance by UPI or bank transfer to confirm, no refund when cancelled within 7 days of arrival, check-in at 12 noon and check-out at 11, the shikara from Ghat number 9 free for guests till 10 at night and none after, Form C within 24 hours of arrival for foreign guests with a reminder, the bukhari ₹500 a night extra in Chillai Kalan from the 21st of December to the 31st of January; records told in sentences ('For each guest we keep …'), every booking one guest in one room; a diary today; the shikara rides for sightseeing 'not our concern', the shawls the traders bring 'please don't add'; the city taken off the guests and the agent put on the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Assalam-o-alaikum Janab. Myself Mohammad Yousuf Mir. We have a houseboat on the Dal Lake near Ghat number 9, Srinagar, from my grandfather's time. Three bedrooms, walnut wood carving, everything. I and my two sons run it. Bookings come on phone, through agents in Delhi and Mumbai, and now on Instagram also. Everything is in a diary, and last season two families came for the same room on the same night in June. Full rush, Janab, what to say, I had to put one family in my brother's houseboat. My elder son says make an app on the phone for us.",
      more: "Sometimes the internet is stopped here for some days, so it should work without the net also and send when it comes back.",
      walkthrough:
        "I will tell you how we do.\n\nDeluxe room is ₹6,000 a night and Super Deluxe is ₹8,000 a night, for two persons with breakfast and dinner.\n\nAn extra person is ₹1,500 a night, and children under 5 are free.\n\nTo confirm a booking the guest pays 30% advance by UPI or bank transfer. If he cancels within 7 days of arrival there is no refund.\n\nCheck-in is 12 noon and check-out is 11 in the morning.\n\nThe shikara from Ghat number 9 to the houseboat and back is free for our guests, till 10 at night. After 10 no shikara.\n\nFor foreign guests we must fill Form C within 24 hours of arrival, it is the law, so the app must remind us.\n\nIn Chillai Kalan, from 21st December to 31st January, the bukhari in the room is ₹500 a night extra.",
      things:
        "For each guest we keep the name, phone, city, ID proof and nationality. For each room we keep the name, beds and rate. For each booking we keep the guest, the room, arrival date, departure date, persons, advance and whether Form C is done. Each booking is for one guest in one room.",
      thingsChange:
        "Please remove the city from the guests, it is of no use. And add the agent in the bookings, many guests come through agents in Delhi and we must know who sent them.",
      extras: [
        "The shikara rides for sightseeing, the floating market and all that, that is the shikara wallahs' own business, not our concern. And the shawls and papier-mâché the traders bring to the boat, please don't add.",
        "That is all, Janab. Khuda Hafiz.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Only me and my two sons. Guests don't need anything.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "Deluxe ₹6,000 a night",
        "Super Deluxe ₹8,000",
        "extra person ₹1,500",
        "children under 5 free",
        "30% advance UPI bank transfer",
        "cancels 7 days no refund",
        "check-in 12 check-out 11",
        "shikara Ghat number 9 free till 10",
        "Form C 24 hours",
        "Chillai Kalan bukhari ₹500",
      ],
      tables: [
        { name: "guests", fields: ["name", "phone", "ID proof", "nationality"] },
        { name: "rooms", fields: ["name", "beds", "rate"] },
        {
          name: "bookings",
          fields: [
            "guest",
            "room",
            "arrival date",
            "departure date",
            "persons",
            "advance",
            "Form C",
            "agent",
          ],
        },
      ],
      excluded: ["sightseeing", "shawl"],
      background: ["diary"],
    },
  },
  {
    id: "cusrow-baug-parsi-calendar",
    who: "A developer who lives in Cusrow Baug in Colaba with his mother and his grandmother, in the Parsi English of Bombay, in long paragraphs ('Sahebji', 'dikra', 'arre', 'my Mamaiji', 'the agiary', 'the dasturji', 'the baj', 'ekdum', 'What to tell you', 'mutton pulao', 'that is the dasturji's department, not ours', 'don't put that faltu thing', 'Chalo, bye'): a Kotlin library on Maven Central that his Android app and a Parsi youth group's Ktor website both use, nothing kept, the Shenshai year of 12 mahs of 30 days with a name for every roj and the 5 Gatha days after the 12th mah, 365 days and no leap year at all, any English date given back as its roj, its mah and its YZ year, counted from 1 Farvardin 1395 YZ on 15 August 2025, the Kadmi calendar one month ahead, the Fasli with Navroz fixed on the 21st of March and a leap day, a varsi on the same roj and mah every year given back as that year's English date, the Muktad the last 10 days of the year, a parab where the roj and the mah have the same name, and whether a date is in Bahman mahino; his grandmother's agiary calendar behind the kitchen door today; the prayer timings 'that is the dasturji's department, not ours', the Hindu tithis 'don't put that faltu thing'; Kotlin",
    says: {
      overview:
        "Sahebji! I'm Zubin Contractor, I'm a developer, and I live in Cusrow Baug in Colaba with my mamma and my Mamaiji. Arre, every Parsi house has the same problem, dikra. Which roj is it today, when is Mamaiji's brother's varsi this year, is it Bahman mahino yet or can we have the mutton pulao on Sunday. Till now Mamaiji looks at the calendar the agiary gives, the one with the Zarathushtra picture, hanging behind the kitchen door, and every year somebody reads it wrong and half the family lands up at the agiary on the wrong day for the baj. What to tell you. So I'm making a small Parsi calendar app for Android, and the Parsi youth group wants the same thing on their website. I want one library that both use, so the dates are ekdum the same everywhere.",
      more: "It keeps nothing, no database, nothing. You give it a date, it gives you the roj and the mah, and you give it a roj and a mah, it gives you the date.",
      walkthrough:
        "Okay, so listen. Our Shenshai year has 12 mahs of 30 days each, and every day, the roj, has its own name, Hormazd, Bahman, Ardibehesht, all 30 of them, and after the 12th mah there are the 5 Gatha days. 365 days, and no leap year at all, that is why our Navroz keeps slipping, one day every four years, it is in August now and in my Mamaiji's time it was in September.\n\nSo the library must take any English date and give back the roj, the mah and the year in YZ. To start it off, 1 Farvardin 1395 YZ was 15 August 2025, Navroz, you can count from there. The Iranis follow the Kadmi calendar, which is exactly one month ahead of ours, so it should give that also. And the Fasli people have Navroz fixed on 21st March with a leap day, that also please, otherwise they will say we forgot them.\n\nA varsi, the death anniversary, falls on the same roj and mah every year, so the English date changes every year. Give it the roj, the mah and the year, and it gives back the English date. The Muktad are the last 10 days of the year, the last 5 days of Aspandad mah and the 5 Gatha days, and the library should say if a date is in the Muktad.\n\nWhen the roj and the mah have the same name it is a parab, like Avan roj of Avan mah or Adar roj of Adar mah, so say that also. And it must tell if a date falls in Bahman mahino, because in Bahman many families don't eat meat, and my Mamaiji will kill me if the app says mutton on the wrong day.",
      extras: [
        "The prayer timings, the gehs, everybody asks for that, but that is the dasturji's department, not ours. And one fellow in the group wants the Hindu tithis also, don't put that faltu thing.",
        "That's all, Sahebji. Chalo, bye!",
      ],
      tech: "Kotlin. The Android app is Kotlin and the youth group's website backend is Kotlin with Ktor, so one Kotlin library, we will put it on Maven Central.",
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
        "12 mahs 30 days",
        "5 Gatha days",
        "no leap year",
        "English date roj mah YZ",
        "1 Farvardin 1395 YZ 15 August 2025",
        "Kadmi one month ahead",
        "Fasli 21st March leap day",
        "varsi same roj mah every year",
        "Muktad last 10 days",
        "parab roj mah same name",
        "Bahman mahino",
      ],
      tables: [],
      excluded: ["prayer", "Hindu"],
      background: ["agiary"],
      stack: ["Kotlin"],
    },
  },
  {
    id: "siabost-common-grazings",
    who: "The clerk of the common grazings committee of the township of Siabost in Lewis, in Scottish Gaelic (never used before, the Gaelic of Lewis as he types it, with the English words Lewis crofters really mix in: 'computing', 'program', 'laptop', 'souming', 'Python', 'SQLite', 'chan eil gnothach aig a' chomataidh ris sin', 'chan eil sinn ga iarraidh ann', 'Mòran taing'): a Python command-line tool with SQLite that his daughter writes for his own laptop, 24 crofts with their sheep together on the hill, every croft its souming and no crofter putting more sheep on the hill than his souming, a cow counted as 5 sheep, the sheep counted at the fank every July at the clipping, £3 a sheep a year to the committee for the fences and the fank, no tup on the hill before the 20th of November, £20 from a crofter who does not come to the fank for the clipping, a report to the Crofting Commission every year; records in brackets inline, every count and every payment for one croft; an old account book and bits of paper in the kitchen today; the peat cutting 'chan eil gnothach aig a' chomataidh ris sin', the cèilidh in the hall 'chan eil sinn ga iarraidh ann'; commands and flags; Python and SQLite",
    says: {
      overview:
        "Halò. Is mise Coinneach MacÌomhair, agus 's e mise clàrc comataidh ionaltraidh a' bhaile againn ann an Siabost, ann an Leòdhas. Tha 24 croitean sa bhaile, agus tha na caoraich aca uile air a' mhonadh còmhla. Aig an àm seo tha a h-uile càil ann an seann leabhar-cunntais agus ann am pìosan pàipeir sa chidsin, agus an-uiridh bha argamaid mhòr aig an fhaing mu cò mheud caora a bh' aig cuideigin air a' mhonadh. Tha an nighean agam, Ceitidh, a' dèanamh computing aig a' cholaiste ann an Steòrnabhagh, agus tha i ag ràdh gun dèan i program beag dhomh air an laptop.",
      more: "Chan eil an t-eadar-lìon ro mhath aig an taigh, agus 's ann air an laptop agam fhìn a bhios e.",
      walkthrough:
        "Seo mar a tha e ag obair.\n\nTha souming aig a h-uile croit, mar as trice 15 no 20 caoraich. Chan fhaod croitear barrachd chaorach a chur air a' mhonadh na an souming aige.\n\nTha mart a' cunntadh mar 5 caoraich san souming.\n\nBidh sinn a' cunntadh nan caorach aig an fhaing a h-uile Iuchar, nuair a bhios an rùsgadh ann.\n\nPàighidh gach croitear £3 airson gach caora gach bliadhna don chomataidh, airson nam feansaichean agus na faing.\n\nChan fhaod reithe a dhol dhan mhonadh ro 20 Samhain.\n\nCroitear nach tig dhan fhaing airson an rùsgaidh, pàighidh e £20.\n\nAgus a h-uile bliadhna feumaidh mi aithisg a chur gu Coimisean na Croitearachd.",
      commands:
        "Tha Ceitidh ag ràdh gum bi e mar seo: grazings croft add --number 7 --crofter \"Dòmhnall MacLeòid\" --souming 20, grazings count --croft 7 --sheep 18 --cows 1 --date 2025-07-12, grazings fank --date 2025-07-12 --absent 3,9, grazings fees --year 2025, grazings report --year 2025. Chan eil mise ach a' taipeadh na dh'iarras i.",
      things:
        "Croitean (àireamh, croitear, fòn, souming), cunntasan (croit, ceann-latha, caoraich, crodh), pàighidhean (croit, bliadhna, suim, ceann-latha). Buinidh gach cunntas agus gach pàigheadh do aon chroit.",
      extras: [
        "Gearradh na mòine, chan eil gnothach aig a' chomataidh ris sin. Agus an cèilidh san talla, chan eil sinn ga iarraidh ann.",
        "Sin agad e. Mòran taing!",
      ],
      tech: "Python, tha Ceitidh ag ràdh, le SQLite.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "barrachd chaorach souming",
        "mart 5 caoraich",
        "caorach fhaing Iuchar",
        "£3 caora bliadhna",
        "reithe 20 Samhain",
        "fhaing £20",
        "aithisg Coimisean na Croitearachd",
      ],
      tables: [
        { name: "croitean", fields: ["àireamh", "croitear", "fòn", "souming"] },
        { name: "cunntasan", fields: ["croit", "ceann-latha", "caoraich", "crodh"] },
        { name: "pàighidhean", fields: ["croit", "bliadhna", "suim", "ceann-latha"] },
      ],
      excluded: ["mòine", "cèilidh"],
      background: ["leabhar-cunntais"],
      stack: ["Python", "SQLite"],
      commands: [
        "croft add",
        "count",
        "fank",
        "fees",
        "report",
        "--number",
        "--crofter",
        "--souming",
        "--croft",
        "--sheep",
        "--cows",
        "--date",
        "--absent",
        "--year",
      ],
    },
  },
  {
    id: "nolsoy-heimablidni",
    who: "A woman in Nólsoy in the Faroe Islands who serves heimablídni, dinner for visitors at her own table, with her husband, in Faroese (never used before, as she types it, with the Danish and English words Faroese people really mix in: 'Hey', 'heimablídni', 'Facebook', 'Messenger', 'Excel-fílu', 'heimasíðu', 'MobilePay', 'konto', 'tað er ikki okkara mál', 'lat tað vera', 'Takk fyri'): a website where the guests book and pay themselves, the dinner 695 kr. a person and children under 12 half price, cooked only for 4 guests or more and room for 16 at most at the table, booked 48 hours before at the latest, paid by card or MobilePay when booking, the money back when cancelled 72 hours before or more and nothing back later, dinner every day but Sunday from June to August and only on Friday and Saturday in winter, dinner at 18.30 so the guests catch the last boat to Tórshavn; records after colons on lines, every booking one guest's for one dinner; Facebook, Messenger, e-mail and an Excel-fíla today; the bird trips and puffin tours 'tað er ikki okkara mál', the jumpers her mother knits 'lat tað vera'; allergies put on the bookings at the review",
    says: {
      overview:
        "Hey! Eg eiti Rannvá og búgvi í Nólsoy saman við manninum, Jákupi. Vit hava heimablídni, tað vil siga at ferðafólk koma heim til okkara og eta døgurða við borðið hjá okkum: skerpikjøt, ræstan fisk, lambasteik og rabarbugraut til eftirmat. Nú koma bíleggingarnar á Facebook, í Messenger, á teldupostinum og onkuntíð umvegis telefon, og eg skrivi tað í eina Excel-fílu. Í fjør summar komu 22 fólk ein dagin, tá vit bara høvdu pláss fyri 16, tí tvær bíleggingar vóru ikki komnar í Excel. Vit vilja hava eina heimasíðu, har fólk kunnu bíleggja og gjalda sjálv.",
      walkthrough:
        "Soleiðis er tað:\n\nDøgurðin kostar 695 kr. fyri persónin. Børn undir 12 ár gjalda hálvan prís.\n\nVit kóka bara, um tað eru í minsta lagi 4 gestir, og vit hava pláss fyri í mesta lagi 16 við borðið.\n\nFólk mugu bíleggja í seinasta lagi 48 tímar frammanundan.\n\nTey gjalda, tá ið tey bíleggja, við korti ella MobilePay.\n\nAvlýsa tey 72 tímar frammanundan ella meira, fáa tey pengarnar aftur. Seinni fáa tey einki aftur.\n\nUm summarið, frá juni til august, hava vit døgurða hvønn dag uttan sunnudag. Um veturin bert fríggjadag og leygardag.\n\nDøgurðin byrjar kl. 18.30, so gestirnir røkka seinasta bátin til Havnar.",
      things:
        "Gestir: navn, teldupostur, telefon, land\nBíleggingar: gestur, døgurði, vaksin, børn, goldið\nDøgurðar: dagur, klokkan, pláss\nHvør bílegging er hjá einum gesti til ein døgurða.",
      extras: [
        "Fuglaferðir og lundatúrar út á oynna, tað er ikki okkara mál. Og troyggjurnar, sum mamma mín bindur, lat tað vera.",
        "Tað var alt. Takk fyri!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Bert eg og Jákup. Gestirnir bíleggja uttan konto.",
    },
    atReview: [
      "Tað sær gott út. Eitt eg gloymdi: set ovurviðkvæmi á bíleggingarnar, tí vit mugu vita, um onkur ikki tolir fisk ella nøtur. Takk fyri!",
    ],
    expect: {
      kind: "web app",
      features: [
        "695 kr. persónin",
        "børn undir 12 hálvan prís",
        "minsta lagi 4 gestir",
        "mesta lagi 16",
        "48 tímar frammanundan",
        "korti MobilePay",
        "72 tímar pengarnar aftur",
        "summarið hvønn dag uttan sunnudag",
        "veturin fríggjadag leygardag",
        "18.30 seinasta bátin",
      ],
      tables: [
        { name: "gestir", fields: ["navn", "teldupostur", "telefon", "land"] },
        {
          name: "bíleggingar",
          fields: ["gestur", "døgurði", "vaksin", "børn", "goldið", "ovurviðkvæmi"],
        },
        { name: "døgurðar", fields: ["dagur", "klokkan", "pláss"] },
      ],
      excluded: ["fuglaferðir", "troyggjur"],
      background: ["Excel", "Messenger"],
    },
  },
];
