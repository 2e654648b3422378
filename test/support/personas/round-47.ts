import type { Persona } from "../persona-driver.js";

/**
 * The forty-seventh round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons on lines and
 * inline, after dashes on lines, in brackets inline, or told in sentences ("Every
 * household has …", "For every rider we keep …", "For every kota on the menu we keep …",
 * "Bi de Verchäuf bruuchts …"). Eight write in English, each in their own English and
 * their own register, none of them used before (every round-*.ts and held-out.ts was
 * searched, their doc comments and every `who`: the Lumbee English of Robeson County, the
 * Lakota reservation English of Porcupine, the Navajo English of Many Farms and the
 * Woodland Cree reserve English of the La Ronge country were used, no English of Oklahoma
 * was, nor "Cherokee", "Tahlequah", "osiyo" or "wado"; the Aboriginal English of Fitzroy
 * Crossing, the Torres Strait Islander English of Thursday Island, the bush English of
 * Central Queensland and the Tasmanian English of the Meander Valley were used, no English
 * of the Northern Territory was, nor "Top End", "Humpty Doo", "troppo" or "build-up"; the
 * Ladakhi English of Rumbak, the English of Sikkim, the English of Kathmandu and the
 * Bhutanese English of Paro were used, no English of the Tibetans in exile was, and
 * "Tibet", "Dharamsala", "McLeod" and "Tashi" were found nowhere; the South African
 * English of a Joburg developer, the Kaaps of Tafelsig, the Durban Indian English, the
 * Xhosa-coloured English and isiZulu were used, the English of Soweto was not, nor
 * "Jabavu", "stokvel", "SnapScan" or "haibo"; the Detroit English of the east side and the
 * Englishes of Kuwait, Bahrain, Qatar, Oman, Al Ain, Amman, Beirut and Cairo were used, no
 * Yemeni English and no Arab-American English was, nor "Yemen", "Hamtramck", "Dearborn"
 * or "party store"; the Boston English of Quincy and the Azorean Portuguese-American
 * English of Fall River were used, the Cape Verdean-American English of Brockton was not,
 * nor "Cape Verde", "Kriolu", "Brockton" or "mantenha"; the Saskatchewan prairie English
 * of Rosetown, the Mennonite English of southern Manitoba and the Yukon English of
 * Whitehorse were used and Fort Mac was named once as a place out west, no English of
 * Alberta was, nor "Alberta", "Ponoka", "Stampede" or "Timmies"; the Englishes of
 * Bengaluru, Chennai, Mumbai and Thrissur, the Hyderabadi, Goan and Anglo-Indian Englishes
 * and Kannada were used, no English of Coorg was, nor "Kodagu", "Kodava" or "Ainmane", and
 * "okka" only inside Maltese, Faroese and Burmese words): the Cherokee English of
 * northeastern Oklahoma, in long paragraphs ("Osiyo", "the Nation", "my elisi", "a
 * ways", "fixing to", "might could", "y'all", "honey", "anyhow", "leave that be", "that's
 * a whole nother thing", "Wado, y'all", "Donadagohvi"), the Territory English of the Top
 * End, in lower-case fragments ("rn", "the build-up", "the wet", "troppo", "mango madness",
 * "filthy", "smoko", "arvo", "righto", "wrecks em", "not my problem", "yeah nah dont
 * bother", "no worries, cheers"), the English of the Tibetans of McLeod Ganj, in short
 * plain sentences ("Tashi delek", "Dhasa", "injis", "new arrivals", "la", "His
 * Holiness", "please don't put", "Thuk-je-che", "Kale phe"), the English of Soweto, in
 * between ("Eita", "ekasi", "Ma", "mara", "yoh", "eish", "load shedding", "the gents",
 * "haibo", "learners", "fetch", "hayi, leave it out", "sharp sharp", "ngiyabonga"), the
 * Yemeni-American English of Hamtramck, in lower-case fragments ("salam", "wallah",
 * "habibti", "lol", "my boy", "yalla", "the party store", "back home", "inshallah", "not
 * our thing", "nah leave it", "khalas", "jazakallah khair"), the Cape Verdean-American
 * English of Brockton, in long paragraphs ("Oi, mantenha", "na terra", "Kriolu", "sabi",
 * "wicked", "txeu", "nha mai", "Good Sam", "Route 24", "MassHealth", "that's his business,
 * not ours", "leave that out", "Obrigadu"), the Alberta English of Ponoka, in between
 * ("the patch", "the Stampede", "a double-double from Timmies", "eh", "cowboy up", "the
 * Lions Club's deal", "leave that out, hey", "That'll do 'er"), and the Kodava English of
 * Coorg, in short plain sentences ("okka", "Ainmane", "kupya", "the boys", "sharp at 8",
 * "no question", "kindly", "that is not our show", "kindly keep it out", "Thank you,
 * carry on"). One writes in Swiss German (never used before: German was written in
 * Standard German, a Stuttgart software house's among them, and Luxembourgish once; Swiss
 * German and its "nöd", "Chind", "Hoi zäme" and "Franke" never, "isch" only inside German
 * and Luxembourgish words and "chli" only inside a Slovak one, nor "Zürich", "Winterthur"
 * or "TWINT"; as a developer from the Tösstal types it, in the Zürich dialect, in between,
 * with the English and French words Swiss people really mix in: "Softwareentwickler",
 * "Tool", "Terminal", "Laptop", "File", "Internet", "TWINT", "Billett", "Abo", "GV",
 * "Kassier", "merci vielmal", "das isch nöd üses Bier", "lönd das wäg", "adieu
 * mitenand"), and one in Sicilian (never used before: Italian and Corsican were written,
 * Sicilian and its "ggh" and "cchiù" never, nor "Sicily", "Palermo" or "Palermu"; as a
 * puppeteer in Ballarò types it, in short plain sentences, with the Italian and English
 * words Palermitans really mix in: "teatrinu", "biglietteria", "computer", "internet",
 * "programma", "informatica", "agenda", "WhatsApp", "POS", "password", "Salutamu",
 * "camurria", "amunì", "chissu nun è affari nostru", "lassatilu fora", "Grazzi assai").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Park Hill heirloom seed share (requests from the first Monday in February to March
 * 31st, Cherokee citizens only with their citizenship number and one request a household,
 * up to 3 kinds a year, corn 50 seeds, beans 25 and squash 10 to a packet, picked up free
 * Tuesdays and Thursdays 9 to 3 or mailed for $5 and free to elders 60 and up, mailed
 * within 2 weeks, an extra kind for seed brought back by November 30th, no tobacco seed
 * under 18, a planting card in every packet), a McLeod Ganj conversation class (Monday to
 * Friday 4 to 5 pm, volunteers 18 or older staying 2 weeks at least, 8 a day for 8 tables,
 * up to 5 students to a volunteer, new arrivals seated first, no photos of students online,
 * a certificate after 40 times, 2 days missed untold and off the list, no class on 10 March
 * and 6 July) and a Jabavu kota spot (Tuesday to Sunday 10 to 9, the basic R25, with
 * russian and cheese R40 and the full house R65, extra chips R15, delivery in Jabavu, Dube
 * and Orlando West R10 and free over R150, no delivery orders after 8:30, ready in 15
 * minutes with a message, 10 kotas or more a day before with half paid, cash, card or
 * SnapScan, change up to R100, learners in uniform R20 from 2 to 4), in Node.js with
 * Express and PostgreSQL; phone apps for a Humpty Doo mango farm (end of September to end
 * of November, picking 6 to 11, every mango desapped, 7 kilo trays of 12 to 20 count,
 * seconds to the juice factory at $6, 120 trays a pallet, trucks south Monday, Wednesday
 * and Friday, the coolroom at 13 degrees, the block and the picking date on every tray,
 * the farm gate Saturdays 8 to 12 at $25, pickers $30 an hour signed off every arvo) and a
 * Brockton medical rides company (Monday to Saturday 5 to 7 and never Sundays, standing
 * dialysis rides every week, picked up an hour before, 10 minutes' wait, wheelchairs only
 * in the 2 lift vans, the PT-1 form before a MassHealth ride, $40 one way in Brockton and
 * $3 a mile outside, $20 on a late private cancel, one companion free, the rider's
 * signature on the driver's phone); programs on an offline computer for a Napoklu family
 * hockey festival (registration 1 January to 15 March, one team an okka at Rs 3,000,
 * players born into the okka and a married daughter for one okka only, 11 to 18 players,
 * 20 April to 18 May sharp at 8 on 3 grounds, halves of 20 minutes and 35 in the final, a
 * knockout with 5 penalty strokes and sudden death, a red card out for the next match, the
 * board by 7 pm, the cup and Rs 1 lakh) and a Ballarò puppet theatre (shows Friday,
 * Saturday and Sunday at 17:30, €10 and €6 under 12, 60 seats and not one more, schools
 * Tuesday to Thursday at 10 with 25 children at least at €5 and the teachers free, a
 * Saturday 11 o'clock show in English for tourists at €12, booked by phone or WhatsApp and
 * paid at the door, no-shows paying first next time, 15 minutes of photos with the pupi,
 * closed in August); a service without screens, in Spring Boot with MySQL, for a Hamtramck
 * henna artist that a Flutter app and a studio iPad call (bridal $300, a trial 2 weeks
 * before at $60, henna night guests $25 a hand with 10 at least, a simple design $15, the
 * night before Eid in 15 minute slots 6 pm to 2 am at $20, girls under 12 half price, a $50
 * Zelle deposit kept under 7 days, travel free within 15 miles and $1 a mile after,
 * natural henna only, an aftercare text an hour after); a TypeScript library for a central
 * Alberta rodeo association's payouts (the $15 office fee out of the purse, 1 to 5 places
 * paid by the number of entries at set percentages, low time or high score, 5 seconds a
 * knocked barrel, nothing for a no time, ties splitting their places' money, the team
 * roping cheque halved, cents rounded down with the leftover to first, fees back when
 * nobody places, every place in the result); and a command-line tool in Rust with SQLite
 * for a Tösstal village ski lift (only on 30 centimetres of snow, Wednesday afternoons and
 * weekends, night skiing on Friday at 12 francs, day, half-day and season tickets for
 * adults, children and families, children under 6 free, cash or TWINT, no refund on a
 * season ticket for want of snow, a free day for a shift at the lift, the takings by day
 * and the season tickets sold for the AGM), with commands and flags. The Humpty Doo grower
 * and the Hamtramck developer answer in lower-case fragments, the Park Hill seed keeper and
 * the Brockton rides owner in long paragraphs, the McLeod Ganj teacher, the Napoklu major
 * and the Ballarò puppeteer in short plain sentences, the others in between.
 *
 * Relations said plainly ("Every request is from one household, and every return is from
 * one household too", "every tray comes off one block, every pallet goes to one market",
 * "Every class day has many volunteers and many students", "Every order is for one
 * customer, and every delivery goes with one driver", "every booking is one client, every
 * payment is for one booking", "Every ride is one rider and one driver", "Every player
 * belongs to one okka. Every match is between two okkas", "Jede Verchauf ghört zu eim
 * Tag", "Ogni prenotazioni è pi un spittaculu sulu"); allowed values in brackets (a seed's
 * kind, a mango block's variety, a student's level, a henna booking's place and kind, a
 * ticket and a season ticket's kind) and in the lists and sentences themselves
 * (backpacker or local, Jabavu, Dube or Orlando West, delivery or fetch, zelle or cash,
 * MassHealth or private, lift or no lift, born or married in, offe oder nöd, bar oder
 * TWINT, talianu o ingrisi); background on a sign-up sheet and an answering machine, a
 * whiteboard and an exercise book, an attendance book and a Gmail account, WhatsApp and
 * till slips, Instagram DMs and a paper planner, a dry-erase board and a group text, a
 * calculator and the rule book, a ledger book and chart paper, a Kassebuech and Zettel, an
 * agenda and a calannariu; technology named as Node.js with Express and PostgreSQL, Spring
 * Boot with MySQL, TypeScript, and Rust with SQLite, and none at all by six of them; "no"
 * said as "leave that be", "that's a whole nother thing, don't put that in there", "not
 * my problem", "yeah nah dont bother", "please don't put", "that's his thing, not ours",
 * "hayi, leave it out", "not our thing", "nah leave it", "that's his business, not ours",
 * "leave that out, we're medical", "that's the Lions Club's deal, not ours", "leave that
 * out, hey", "that is not our show", "kindly keep it out", "das isch nöd üses Bier",
 * "lönd das wäg", "chissu nun è affari nostru", "lassatilu fora"; while rules keep their
 * "no" ("We don't give tobacco seed to anybody under 18", "We never put photos of students
 * online", "no R200 notes at the door", "she never does black henna", "never on Sundays",
 * "no form, no ride", "A no time or a no score gets nothing", "gits fürs Abo kei Gäld
 * zrugg", "nun ni vinnemu unu cchiù", "i maestri nun paganu").
 *
 * The Park Hill seed keeper takes the phone off the households and puts the year it was
 * grown on the seeds, the Brockton rides owner takes the license expiry off the drivers and
 * puts the companion on the rides, and the Ballarò puppeteer takes the phone (telefonu) off
 * the schools and puts the language (lingua) on the shows, each after "Change something"
 * at "Your data"; the McLeod Ganj teacher renames the class days classes, the Hamtramck
 * developer puts the address on the bookings, the Napoklu major takes the age off the
 * players and the Tösstal developer puts the phone number (Telefonnummere) on the season
 * tickets, each at the review. Swiss German and Sicilian are compared by their own words,
 * so their expected words are in the forms the person used (as "Chind under 6 fahred
 * gratis", "scoli minimu 25 picciriddi 5 euro l'unu maestri nun paganu"); every expected
 * feature was checked to be in one sentence the person said, and the excluded words of all
 * ten were checked not to read like anything they want (not "class" for the momo cooking
 * class, when the classes are the thing, but "cooking"; not "studio" for the abayas sold
 * at the studio, when the henna is done there, but "abayas"; not "Cape Verde" for the
 * barrels shipped to Cape Verde, when the riders are Cape Verdean elders, but "barrels";
 * not "Familie" for the Brunner family's ski school, when family season tickets are sold,
 * but "Skischuel"; not "Kodava" for the Kodava takk drama, when every okka is Kodava, but
 * "drama"; not "fruit" for the bananas, when the mangoes are fruit, but "bananas"; not
 * "shop" for the stokvel the aunties run from the shop, but "stokvel").
 */
export const FORTY_SEVENTH_ROUND: Persona[] = [
  {
    id: "park-hill-heirloom-seed-share",
    who: "A woman who runs the heirloom seed share of a small Cherokee community organization out of the community building at Park Hill, south of Tahlequah, in the Cherokee English of northeastern Oklahoma, in long paragraphs ('Osiyo', 'the Nation', 'my elisi', 'a ways', 'fixing to', 'might could', \"y'all\", 'honey', 'anyhow', 'leave that be', \"that's a whole nother thing\", \"Wado, y'all\", 'Donadagohvi'): a website where Cherokee citizens ask for seeds and she and the office see every request, requests open from the first Monday in February to March 31st or till the seeds run out, only Cherokee citizens with their citizenship number and one request per household, up to 3 kinds of seeds a year, a packet of corn 50 seeds, beans 25 and squash 10, picked up free at the community building Tuesdays and Thursdays 9 to 3 or mailed for $5 postage and free to elders 60 and up, mailed within 2 weeks of the request, one extra kind the next year for seed brought back by November 30th, no tobacco seed to anybody under 18, a planting card in every packet; records told in sentences ('Every household has …') with a seed's kind in brackets, every request and every return one household's; a sign-up sheet and an answering machine today; the basket weaving class 'leave that be', the stickball team \"that's a whole nother thing\"; the phone taken off the households and the year it was grown put on the seeds after 'Change something' at 'Your data'",
    says: {
      overview:
        "Osiyo. My name is Darlene Sixkiller, and I work for a little Cherokee community organization out at Park Hill, south of Tahlequah, and for about five years now I've run our heirloom seed share out of the community building. We grow out the old Cherokee seeds, the White Eagle corn, the Trail of Tears beans, the candy roaster squash, the gourds, the kind my elisi grew behind her house, and we give them to Cherokee families all over the Nation so they get planted again and don't die out with the old folks. Right now it's a sign-up sheet on the table by the door and an answering machine in the office, and people call from everywhere and leave a message, and half the time I can't make out the name or the number. Last spring we ran out of White Eagle corn the very first morning, because some families had signed up three and four times under different names, and a lady who'd drove a ways from Stilwell with her grandbabies went home with nothing, and I just felt awful about it. My nephew is studying computers up at NSU, and he's fixing to build us a website.",
      more: "I want the people to put in their request on the website, from their phone or from the computer at the library, and me and Loretta in the office to see every request in one place and mark it when it goes out, instead of me sitting there with a stack of sticky notes trying to figure out who called twice. Then me and Loretta might could finally get caught up.",
      walkthrough:
        "Okay, let me tell y'all how it goes, because there's a few rules and folks don't always like them.\n\nRequests open the first Monday in February and close March 31st, or sooner if the seeds run out, because we need April to get them all out before planting time.\n\nIt's only for Cherokee citizens, so they have to put in their citizenship number, and it's one request per household, no matter how many are living in the house.\n\nEvery household can pick up to 3 kinds of seeds a year, so a family might take corn, beans and squash, or beans and two kinds of gourds, whatever they want to grow.\n\nA packet of corn is 50 seeds, beans are 25 seeds and squash is 10 seeds, and that's plenty for a family garden, believe me.\n\nThey can pick them up free at the community building on Tuesdays and Thursdays from 9 to 3, and if they want them mailed it's $5 for the postage, but elders 60 and up get theirs mailed free.\n\nEverything that gets mailed has to be mailed within 2 weeks of the request, because I don't want anybody's seed sitting in a box when it ought to be in the ground.\n\nIf a household brings seed back from what they grew by November 30th, they can pick one extra kind the next year, and that's how we keep the seed going, that's the whole idea.\n\nWe don't give tobacco seed to anybody under 18, I don't care who their grandpa is.\n\nAnd every packet goes out with a planting card that tells them when to plant it and how far apart, and to keep their corn a quarter mile from anybody else's corn so it don't cross.",
      things:
        "Every household has the name, the citizenship number, the address, the phone and whether there's an elder 60 and up. Every seed has the name, the kind (corn, beans, squash, gourd or tobacco), the packets left and who grew it out. A request has the household, the seeds, mailed or picked up, and the date it went out. And a seed return has the household, the seed, how many seeds and the date they brought it in. Every request is from one household, and every return is from one household too.",
      thingsChange:
        "Two things, honey. Take the phone off the households, if we need them we've got the address, and half those numbers get changed anyhow. And put the year it was grown on the seeds, because seed don't keep forever, corn's good three or four years and then it won't come up.",
      extras: [
        "The basket weaving class on Wednesday nights, that's the ladies' group and they keep their own list, leave that be. And the stickball team, no, that's a whole nother thing, don't put that in there.",
        "No, I believe that's all of it. Wado, y'all. Donadagohvi.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Loretta in the office see everything and mark them mailed or picked up. The people sign in with their citizenship number and their email and only see their own request.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "requests open the first Monday in February close March 31st",
        "only for Cherokee citizens citizenship number one request per household",
        "up to 3 kinds of seeds a year",
        "corn is 50 seeds beans are 25 seeds squash is 10 seeds",
        "pick them up free community building Tuesdays and Thursdays 9 to 3",
        "mailed $5 for the postage elders 60 and up mailed free",
        "mailed within 2 weeks of the request",
        "brings seed back by November 30th one extra kind the next year",
        "don't give tobacco seed to anybody under 18",
        "every packet planting card",
      ],
      tables: [
        { name: "households", fields: ["name", "citizenship number", "address", "elder"] },
        { name: "seeds", fields: ["name", "kind", "packets left", "who grew it out", "year it was grown"] },
        { name: "requests", fields: ["household", "seeds", "mailed or picked up", "date it went out"] },
        { name: "seed returns", fields: ["household", "seed", "how many seeds", "date"] },
      ],
      excluded: ["basket weaving", "stickball"],
      background: ["sign-up sheet", "answering machine"],
    },
  },
  {
    id: "humpty-doo-mango-farm",
    who: "A woman who with her husband grows about 3,000 mango trees and runs a packing shed at Humpty Doo outside Darwin, in the Territory English of the Top End, in lower-case fragments ('rn', 'the build-up', 'the wet', 'troppo', 'mango madness', 'filthy', 'smoko', 'arvo', 'righto', 'wrecks em', 'not my problem', 'yeah nah dont bother', 'no worries, cheers'): a phone app for her, her husband and the supervisors that works with no signal in the back blocks and sends back at the house, the season end of September to end of November, picking 6am to 11am only, every mango desapped in the tub before it goes in the crate, 7 kilo trays counted 12, 14, 16, 18 or 20, class 1 to the markets and seconds to the juice factory at $6 a tray, 120 trays to a pallet, trucks to Adelaide, Melbourne and Sydney Monday, Wednesday and Friday, the coolroom at 13 degrees, the block and the picking date on the end of every tray, the farm gate Saturdays 8 to 12 at $25 a tray of seconds by cash or card, pickers $30 an hour with the hours signed off by the supervisors every arvo; records after colons on lines with a block's variety in brackets and backpacker or local in them, every tray off one block and every pallet to one market; a whiteboard and an exercise book today; her brother-in-law's caravan park 'not my problem', the bananas by the creek 'yeah nah dont bother'",
    says: {
      overview:
        "hey, jodie here. me n my husband darren got about 3000 mango trees out at humpty doo, mostly kp, some r2e2 n calypso, plus the packing shed. rn the picking n packing all goes on a whiteboard in the shed n an exercise book n its chaos every build-up. last season 40 trays of r2e2 went to the adelaide markets with kp stickers on em, the agent was filthy. everyones a bit troppo by november, mango madness they call it. our son does it at cdu so hes making us an app",
      more: "no signal in the back blocks n half the shed, so it has to work on the phone with nothing n send when were back at the house for smoko",
      walkthrough:
        "righto\nseason is end of september to end of november, the build-up, before the wet\npick 6am to 11am, after that its too hot n the fruit cooks\nevery mango gets desapped in the tub before it goes in the crate, sap burn wrecks em\ntrays are 7 kilo, count 12 14 16 18 or 20 a tray\nclass 1 goes to the markets, seconds go to the juice factory at $6 a tray\n120 trays to a pallet\ntrucks go to adelaide melbourne n sydney mon wed fri\ncoolroom stays at 13 degrees, any colder n they get chill damage\nevery tray gets the block n the picking date on the end\nfarm gate saturdays 8 to 12, $25 a tray of seconds, cash or card\npickers are $30 an hour, supervisors sign off the hours every arvo",
      things:
        "blocks: number, variety (kp, r2e2 or calypso), trees\npickers: name, phone, backpacker or local\npickings: block, date, picker, crates\ntrays: block, picking date, count, class, pallet\npallets: number, truck day, market\nevery tray comes off one block, every pallet goes to one market",
      extras: [
        "the caravan park out the back is my brother in laws, not my problem. n the bananas down by the creek, yeah nah dont bother, we dont sell em",
        "thats it. no worries, cheers",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "me n darren see everything. the supervisors put in the pickings n the trays on their phones. pickers dont log in",
    },
    expect: {
      kind: "mobile app",
      features: [
        "season end of september to end of november",
        "pick 6am to 11am",
        "every mango desapped in the tub before it goes in the crate",
        "trays 7 kilo count 12 14 16 18 or 20 a tray",
        "class 1 markets seconds juice factory $6 a tray",
        "120 trays to a pallet",
        "trucks adelaide melbourne n sydney mon wed fri",
        "coolroom 13 degrees",
        "every tray block n the picking date on the end",
        "farm gate saturdays 8 to 12 $25 a tray of seconds cash or card",
        "pickers $30 an hour supervisors sign off the hours every arvo",
      ],
      tables: [
        { name: "blocks", fields: ["number", "variety", "trees"] },
        { name: "pickers", fields: ["name", "phone", "backpacker or local"] },
        { name: "pickings", fields: ["block", "date", "picker", "crates"] },
        { name: "trays", fields: ["block", "picking date", "count", "class", "pallet"] },
        { name: "pallets", fields: ["number", "truck day", "market"] },
      ],
      excluded: ["caravan park", "bananas"],
      background: ["whiteboard", "exercise book"],
    },
  },
  {
    id: "mcleod-ganj-conversation-class",
    who: "A Tibetan man in McLeod Ganj who with a friend runs a small English conversation class for Tibetan refugees off Jogiwara Road, with foreign volunteers every afternoon, in the English of the Tibetans of McLeod Ganj, in short plain sentences ('Tashi delek', 'Dhasa', 'injis', 'new arrivals', 'la', 'His Holiness', \"please don't put\", 'Thuk-je-che', 'Kale phe'): a website where the volunteers sign up and choose their days and the two of them see who comes each day, class Monday to Friday 4 to 5 pm, volunteers staying at least 2 weeks and 18 or older, 8 tables and at most 8 volunteers a day, one volunteer with up to 5 students, new arrivals from Tibet seated first, never a photo of a student online, a certificate for a student who comes 40 times, a volunteer missing 2 days without telling taken off the list, no class on 10 March and on 6 July; records after colons inline with a student's level in brackets, every class day with many volunteers and many students and every student one level; an attendance book and a Gmail account today; his cousin's momo cooking class and the trek to Triund \"please don't put\"; the class days renamed classes at the review",
    says: {
      overview:
        "Tashi delek. My name is Tenzin Dorjee. I live in McLeod Ganj, in Dhasa. My friend Lobsang and I run a small English conversation class for Tibetan refugees, off Jogiwara Road. Many students are new arrivals from Tibet. They want to practise English with injis. Foreign volunteers come every afternoon to talk with them. Now everything is in an attendance book at the door and a Gmail account. Last October 12 volunteers came on one day. The next day nobody came. 30 students waited one hour. A volunteer from Germany is a programmer. He will make a website for us.",
      more: "Volunteers should sign up on the website and choose their days. Lobsang and I see who is coming each day. Most volunteers use their phone.",
      walkthrough:
        "OK la, these are the rules.\nClass is Monday to Friday, 4 to 5 pm.\nVolunteers must stay at least 2 weeks.\nVolunteers must be 18 or older.\nWe have 8 tables, so at most 8 volunteers a day.\nOne volunteer sits with up to 5 students.\nNew arrivals from Tibet sit first.\nWe never put photos of students online.\nA student who comes 40 times gets a certificate.\nA volunteer who misses 2 days without telling us is taken off the list.\nThere is no class on 10 March and on 6 July, His Holiness's birthday.",
      things:
        "Volunteers: name, email, country, first day, last day. Students: name, place in Tibet, level (beginner, middle or good), number of classes. Class days: date, volunteers, students. Every class day has many volunteers and many students. Every student has one level.",
      extras: [
        "The momo cooking class is my cousin's. It is separate, please don't put. The trek to Triund also, please don't put.",
        "That is all. Thuk-je-che.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Lobsang and me see everything. Volunteers make an account with email and choose their days. Students do not log in.",
    },
    atReview: [
      "It is good. One thing la. Please call the class days just classes. Everybody says classes.",
      "OK, that is all. Thuk-je-che. Kale phe.",
    ],
    expect: {
      kind: "web app",
      features: [
        "Monday to Friday 4 to 5 pm",
        "volunteers must stay at least 2 weeks",
        "volunteers must be 18 or older",
        "8 tables at most 8 volunteers a day",
        "one volunteer up to 5 students",
        "new arrivals from Tibet sit first",
        "never put photos of students online",
        "student comes 40 times certificate",
        "misses 2 days without telling taken off the list",
        "no class on 10 March and on 6 July",
      ],
      tables: [
        { name: "volunteers", fields: ["name", "email", "country", "first day", "last day"] },
        { name: "students", fields: ["name", "place in Tibet", "level", "number of classes"] },
        { name: "classes", fields: ["date", "volunteers", "students"] },
      ],
      excluded: ["cooking", "Triund"],
      background: ["attendance book", "Gmail"],
    },
  },
  {
    id: "jabavu-kota-spot",
    who: "A young man in Jabavu, Soweto, whose mother has run a kota spot by the taxi rank for eleven years, in the English of Soweto, in between ('Eita', 'ekasi', 'Ma', 'mara', 'yoh', 'eish', 'load shedding', 'the gents', 'haibo', 'learners', 'fetch', 'hayi, leave it out', 'sharp sharp', 'ngiyabonga'): a website, light on data, where people order from their phones and his mother and the kitchen see every order on the tablet by the counter, open Tuesday to Sunday 10 in the morning to 9 at night and closed Monday, the basic kota with chips, polony and atchar R25, with russian and cheese R40 and the full house R65, extra chips R15, delivery only in Jabavu, Dube and Orlando West for R10 and free over R150, delivery orders stopping at 8:30, an order ready in 15 minutes with a message to the customer, 10 kotas or more ordered a day before with half paid first, cash, card on the machine or SnapScan, the delivery guy carrying change up to R100 and no R200 notes at the door, learners in school uniform getting the basic for R20 from 2 to 4 on school days; records told in sentences ('For every kota on the menu we keep …') with Jabavu, Dube or Orlando West and delivery or fetch in them, every order one customer's and every delivery with one driver; WhatsApp and till slips today; his uncle's car wash \"that's his thing, not ours\", the aunties' stokvel 'hayi, leave it out'; Node.js with Express and PostgreSQL",
    says: {
      overview:
        "Eita. I'm Sibusiso Nkosi from Jabavu in Soweto. My mom has a kota spot by the taxi rank, eleven years now, and ekasi everybody knows Ma's kotas, mara the system is a mess. Right now the orders come on WhatsApp, voice notes and all, and Ma writes them on the back of the till slips. On a Friday it's like 200 orders, yoh, and when load shedding hits the phone dies and we lose orders. Last month a whole order of 15 kotas for a funeral went to the wrong house in Dube and the family had nothing to eat after the burial, eish, Ma cried. My cousin is a developer in Braamfontein, he's going to build us a website.",
      more: "People must order from their phones, most of them are on data bundles, so it must be light. Ma and the gents in the kitchen see every order on the tablet by the counter.",
      walkthrough:
        "Okay so here's how Ma runs it.\nWe're open Tuesday to Sunday, 10 in the morning to 9 at night, Monday we're closed.\nThe basic kota with chips, polony and atchar is R25, with russian and cheese it's R40, and the full house with russian, vienna, cheese, egg and a beef patty is R65.\nExtra chips are R15.\nWe deliver only in Jabavu, Dube and Orlando West, it's R10, free if the order is over R150.\nDelivery orders stop at 8:30, after that you come fetch.\nAn order is ready in 15 minutes, and the customer gets a message when it's ready.\nFor 10 kotas or more, like for a funeral or a party, you order a day before and pay half first.\nYou pay cash, card on the machine or SnapScan.\nThe delivery guy only carries change for up to R100, so no R200 notes at the door.\nLearners in school uniform get the basic for R20, from 2 to 4 on school days.",
      things:
        "For every kota on the menu we keep the name, what's inside, the price and if it's finished for the day. A customer has a name, a number, the street and the section, Jabavu, Dube or Orlando West. An order has the customer, the kotas, the total, delivery or fetch, the driver, paid and ready. The drivers, the delivery gents, have a name and a number. Every order is for one customer, and every delivery goes with one driver.",
      extras: [
        "The car wash next door is my uncle's, that's his thing, not ours. And the stokvel the aunties run from the shop, hayi, leave it out.",
        "That's it. Sharp sharp, ngiyabonga.",
      ],
      tech: "My cousin does Node.js with Express and PostgreSQL, so that one.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Ma and me see everything and the money. The gents in the kitchen see the orders. The drivers see their deliveries. Customers just put their name and number, no password, haibo, they'll forget it.",
      Technology: "I have preferences",
      "Back end": "Node.js with Express",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "web app",
      features: [
        "open Tuesday to Sunday 10 in the morning to 9 at night Monday closed",
        "basic kota chips polony atchar R25 russian and cheese R40 full house R65",
        "extra chips R15",
        "deliver only in Jabavu Dube and Orlando West R10 free over R150",
        "delivery orders stop at 8:30",
        "ready in 15 minutes customer gets a message",
        "10 kotas or more order a day before pay half first",
        "cash card on the machine or SnapScan",
        "delivery guy change up to R100 no R200 notes",
        "learners in school uniform basic for R20 from 2 to 4 on school days",
      ],
      tables: [
        { name: "kotas", fields: ["name", "what's inside", "price", "finished"] },
        { name: "customers", fields: ["name", "number", "street", "section"] },
        {
          name: "orders",
          fields: ["customer", "kotas", "total", "delivery or fetch", "driver", "paid", "ready"],
        },
        { name: "drivers", fields: ["name", "number"] },
      ],
      excluded: ["car wash", "stokvel"],
      background: ["WhatsApp", "till slips"],
      stack: ["Node.js", "Express", "PostgreSQL"],
    },
  },
  {
    id: "hamtramck-henna-bookings-api",
    who: "A backend developer in Hamtramck whose sister does Yemeni henna for brides, henna nights and Eid out of a little studio on Joseph Campau, in the Yemeni-American English of Hamtramck, in lower-case fragments ('salam', 'wallah', 'habibti', 'lol', 'my boy', 'yalla', 'the party store', 'back home', 'inshallah', 'not our thing', 'nah leave it', 'khalas', 'jazakallah khair'): a service without screens, in Spring Boot with MySQL, that his friend's Flutter booking app and the iPad at the studio call, bridal henna hands to the elbows and feet to the ankles $300, a bridal trial 2 weeks before the wedding at $60, the henna night guests $25 a hand with 10 guests at least, a simple design at the studio $15 a hand, the night before Eid in 15 minute slots from 6pm to 2am at $20 a hand booked only in the app, girls under 12 half price, a $50 deposit by Zelle that stays with her on a cancel under 7 days, travel free within 15 miles and $1 a mile after, natural henna only and never black henna, a text with the aftercare an hour after and the paste off after 6 hours; records after dashes on lines with a booking's place and kind in brackets and zelle or cash in them, every booking one client's and every payment one booking's; Instagram DMs and a paper planner today; his mother's abayas from back home 'not our thing', the lash extensions in the back 'nah leave it'; the address put on the bookings at the review; Spring Boot and MySQL",
    says: {
      overview:
        "salam. im yousef, backend dev, from hamtramck. i work days at a supplier in warren, my dad still runs the party store on caniff. my sister amal does henna, the yemeni kind, for brides n the henna night before the wedding n for eid, out of a little studio on joseph campau. rn all her bookings are in instagram dms n a paper planner n wallah its a mess. last eid she had 2 brides booked the same night, one here n one out in dearborn heights, n amal's like habibti i only got two hands, she had to send her friend to one of them. the bride's mom still isnt talking to us lol. so im doing the backend, inshallah this fixes it",
      more: "just the api. my boy khaled is making the booking app in flutter, n the ipad at the studio calls it too. clients book in the app, amal sees her day on the ipad",
      walkthrough:
        "ok yalla\nbridal henna is hands to the elbows n feet to the ankles, $300\nbridal trial 2 weeks before the wedding, $60\nthe henna night the guests are $25 a hand, min 10 guests\nsimple design at the studio $15 a hand\nnight before eid its 15 min slots from 6pm to 2am, $20 a hand, only booked in the app\ngirls under 12 half price\n$50 deposit by zelle to book, cancel under 7 days n the deposit stays with her\nshe drives to the house free within 15 miles of the studio, $1 a mile after that\nnatural henna only, she never does black henna, its dangerous\n1 hour after, the client gets a text with the aftercare, paste off after 6 hours n no water",
      things:
        "- clients - name, phone\n- bookings - client, date, time, place (studio or house), kind (bridal, trial, henna night, simple or eid), hands, guests, deposit paid\n- payments - booking, amount, zelle or cash\n- designs - name, photo, price\nevery booking is one client, every payment is for one booking",
      extras: [
        "my mom sells abayas from back home at the studio too, thats her side, not our thing. n the lash extensions her friend does in the back, nah leave it",
        "thats all",
      ],
      tech: "spring boot with mysql, its what i use at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the flutter app n the ipad each get a key. clients log in in the app with their phone n a code",
      Technology: "I have preferences",
      "Back end": "Java with Spring Boot",
      Database: "MySQL",
    },
    atReview: [
      "looks good. one thing, put the address on the bookings, for when shes going to the house",
      "khalas thats it. jazakallah khair",
    ],
    expect: {
      kind: "api service",
      features: [
        "bridal henna hands to the elbows feet to the ankles $300",
        "bridal trial 2 weeks before the wedding $60",
        "henna night guests $25 a hand min 10 guests",
        "simple design at the studio $15 a hand",
        "night before eid 15 min slots from 6pm to 2am $20 a hand",
        "girls under 12 half price",
        "$50 deposit by zelle cancel under 7 days deposit stays with her",
        "free within 15 miles $1 a mile after",
        "natural henna only never does black henna",
        "1 hour after text with the aftercare paste off after 6 hours",
      ],
      tables: [
        { name: "clients", fields: ["name", "phone"] },
        {
          name: "bookings",
          fields: ["client", "date", "time", "place", "kind", "hands", "guests", "deposit paid", "address"],
        },
        { name: "payments", fields: ["booking", "amount", "zelle or cash"] },
        { name: "designs", fields: ["name", "photo", "price"] },
      ],
      excluded: ["abayas", "lash"],
      background: ["instagram dms", "paper planner"],
      stack: ["Spring Boot", "MySQL"],
    },
  },
  {
    id: "brockton-medical-rides",
    who: "A Cape Verdean woman in Brockton who with her husband runs a small medical transportation company, four vans and two of them with a wheelchair lift, in the Cape Verdean-American English of Brockton, in long paragraphs ('Oi, mantenha', 'na terra', 'Kriolu', 'sabi', 'wicked', 'txeu', 'nha mai', 'Good Sam', 'Route 24', 'MassHealth', \"that's his business, not ours\", 'leave that out', 'Obrigadu'): a phone app where the drivers see their rides and she and her husband put them in, rides Monday to Saturday from 5 in the morning to 7 at night and never on Sundays, the dialysis riders' standing rides Monday, Wednesday and Friday or Tuesday, Thursday and Saturday put in every week by themselves, everybody picked up 1 hour before the appointment, the driver waiting 10 minutes at the door and then calling the office, wheelchair riders only in the 2 vans with the lift, the PT-1 form from the doctor before a MassHealth rider's first ride, private riders $40 one way inside Brockton and $3 a mile outside, $20 when a private rider cancels less than 2 hours before, one companion riding free, the rider signing on the driver's phone at the end of every ride; records told in sentences ('For every rider we keep …') with MassHealth or private and lift or no lift in them, every ride one rider and one driver; a dry-erase board and a group text today; her uncle's barrels to Cape Verde \"that's his business, not ours\", the casino trips to Foxwoods 'leave that out'; the license expiry taken off the drivers and the companion put on the rides after 'Change something' at 'Your data'",
    says: {
      overview:
        "Oi, mantenha to everybody. My name is Ivone Barros, I live in Brockton, and my family came from Fogo when I was nine. Me and my husband Zé run a small medical transportation company, we have four vans, two of them with a wheelchair lift, and we take people to dialysis, to their doctors, to Good Sam and Signature and some all the way up to Boston Medical. A lot of our riders are Cape Verdean elders who don't speak much English, so they love that the drivers talk to them in Kriolu like na terra, it's sabi for them. Right now everything is on a big dry-erase board in the kitchen and a group text with the drivers, and it's wicked confusing, txeu messages all day long. Last month a driver went to pick up a lady for dialysis at her old address on Main Street, she moved in January, and she missed her treatment and ended up in the emergency, and I still feel sick about it, and nha mai said that's it, you need a system. My son is studying computer science at Bridgewater State and he says he can make an app for the drivers' phones.",
      more: "The drivers are on the road all day, so they need to see their rides on their phone, in order, with the address and the phone number, and me and Zé put the rides in from the office. The riders don't need the app, most of them don't even have a smartphone, I call them.",
      walkthrough:
        "Okay, so this is how we do it, and some of this is MassHealth rules and some of it is ours.\n\nWe do rides Monday to Saturday from 5 in the morning to 7 at night, and never on Sundays, Sunday is for church and for family.\n\nThe dialysis riders have standing rides, either Monday, Wednesday and Friday or Tuesday, Thursday and Saturday, and the app should put those in every week by itself so I'm not typing the same thing forty times.\n\nWe pick everybody up 1 hour before the appointment, because Route 24 in the morning you never know.\n\nThe driver waits 10 minutes at the door, and if nobody comes out he calls the office, he doesn't just leave.\n\nWheelchair riders only go in the 2 vans with the lift, never in the other ones.\n\nFor MassHealth riders we need the PT-1 form from the doctor before the first ride, no form, no ride.\n\nPrivate riders pay $40 one way inside Brockton and $3 a mile outside the city.\n\nIf a private rider cancels less than 2 hours before, it's $20, because the van already went out.\n\nOne companion can ride free with the rider, a daughter or a son or whoever.\n\nAnd at the end of every ride the rider signs on the driver's phone with their finger, that's our proof for MassHealth.",
      things:
        "For every rider we keep the name, the phone, the address, MassHealth or private, and if they use a wheelchair. Every driver has a name, a phone and the license expiry. Every van has the plate, and lift or no lift. And every ride has the rider, the date, the pickup time, the appointment time, where to, the driver, the van and if it's signed. Every ride is one rider and one driver, and a rider can have a lot of rides.",
      thingsChange:
        "Two things. Take the license expiry off the drivers, that's in their file in the office, the app doesn't need it. And put the companion on the rides, the name of who's coming with them, so the driver knows to expect two people.",
      extras: [
        "The barrels my uncle ships to Cape Verde from his garage, that's his business, not ours. And the casino trips to Foxwoods some people keep asking for, no, leave that out, we're medical.",
        "That's everything. Obrigadu, and God bless.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Accounts:
        "Me and Zé see everything and put in the rides. The drivers log in on their phones and only see their own rides. The riders don't log in, I call them.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "rides Monday to Saturday 5 in the morning to 7 at night never on Sundays",
        "dialysis riders standing rides Monday Wednesday and Friday or Tuesday Thursday and Saturday every week by itself",
        "pick everybody up 1 hour before the appointment",
        "driver waits 10 minutes at the door calls the office",
        "wheelchair riders only 2 vans with the lift",
        "MassHealth riders PT-1 form from the doctor before the first ride",
        "private riders $40 one way inside Brockton $3 a mile outside",
        "private rider cancels less than 2 hours before $20",
        "one companion ride free",
        "end of every ride rider signs on the driver's phone",
      ],
      tables: [
        { name: "riders", fields: ["name", "phone", "address", "MassHealth or private", "wheelchair"] },
        { name: "drivers", fields: ["name", "phone"] },
        { name: "vans", fields: ["plate", "lift or no lift"] },
        {
          name: "rides",
          fields: [
            "rider",
            "date",
            "pickup time",
            "appointment time",
            "where to",
            "driver",
            "van",
            "signed",
            "companion",
          ],
        },
      ],
      excluded: ["barrels", "casino"],
      background: ["dry-erase board", "group text"],
    },
  },
  {
    id: "ponoka-rodeo-payouts",
    who: "A developer in Ponoka, once in the oil patch, whose wife is the secretary of a central Alberta rodeo association with about 14 small-town rodeos a summer, in the Alberta English of Ponoka, in between ('the patch', 'the Stampede', 'a double-double from Timmies', 'eh', 'cowboy up', \"the Lions Club's deal\", 'leave that out, hey', \"That'll do 'er\"): a TypeScript library on npm for the association's website and his wife's phone app, nothing kept, given the event, the entry fee, the added money and the results, the entry fees and the added money making the purse with the $15 office fee per entry coming off first, 1 to 5 entries paying 1 place, 6 to 10 paying 2 at 60% and 40%, 11 to 15 paying 3 at 50, 30 and 20, 16 to 24 paying 4 at 40, 30, 20 and 10 and 25 and up paying 5 at 33, 27, 20, 13 and 7, the low time winning the timed events and the high score the rough stock, 5 seconds added for every knocked barrel, a no time or a no score getting nothing, ties splitting the money of the places they tie for evenly, the team roping cheque split in half between the two partners, everything rounded down to the cent with the leftover cents to first place, the entry fees back less the office fee and the added money back to the committee when nobody places, every place with the name, the time or score and the cheque in the result; a calculator and the rule book today; the beer gardens \"the Lions Club's deal, not ours\", the Saturday night cabaret 'leave that out, hey'; TypeScript",
    says: {
      overview:
        "Hey there. I'm Travis Olsen, I'm a developer in Ponoka, I worked in the patch for ten years before I switched over. My wife Kayla is the secretary for our rodeo association, we've got about 14 little rodeos every summer in towns around central Alberta, nothing like the Stampede, but they're busy. After every rodeo she sits at the kitchen table with a double-double from Timmies, a calculator and the rule book and works out the payouts for every event, and with the ties and the no-times it takes her till 2 in the morning. Last July she shorted a barrel racer $212 on a three-way tie for second, and the girl's dad phoned us every day for a week, eh. So I'm writing a library that does the math, for the association's website and the phone app she uses in the office trailer.",
      more: "It doesn't save anything. You give it the event, the entry fee, the added money and the results, and it hands back who gets what.",
      walkthrough:
        "Okay, here's the payout rules.\nThe entry fees and the added money make the purse, but the $15 office fee per entry comes off first and stays with the committee.\nHow many places pay depends on the entries: 1 to 5 entries pay 1 place, 6 to 10 pay 2 places at 60% and 40%, 11 to 15 pay 3 at 50, 30 and 20, 16 to 24 pay 4 at 40, 30, 20 and 10, and 25 and up pay 5 at 33, 27, 20, 13 and 7.\nIn the timed events the low time wins, in the rough stock the high score wins.\nIn barrel racing every knocked barrel is 5 seconds added.\nA no time or a no score gets nothing, cowboy up.\nTies split the money for the places they tie for, evenly.\nTeam roping is two guys to a team, and the team's cheque gets split in half between them.\nEverything rounds down to the cent, and the leftover cents go to first place.\nIf nobody places, everybody gets their entry fee back minus the office fee, and the added money goes back to the committee.\nThe result lists every place with the name, the time or score and the cheque.",
      extras: [
        "The beer gardens, that's the Lions Club's deal, not ours. And the cabaret Saturday night, leave that out, hey.",
        "That'll do 'er. Cheers.",
      ],
      tech: "TypeScript, published on npm. The website and her app are both TypeScript anyway.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    expect: {
      kind: "library",
      features: [
        "entry fees and the added money make the purse $15 office fee per entry comes off first",
        "1 to 5 entries pay 1 place 6 to 10 pay 2 places at 60% and 40%",
        "11 to 15 pay 3 at 50 30 and 20 16 to 24 pay 4 at 40 30 20 and 10 25 and up pay 5 at 33 27 20 13 and 7",
        "timed events low time wins rough stock high score wins",
        "barrel racing every knocked barrel 5 seconds added",
        "no time or a no score gets nothing",
        "ties split the money for the places they tie for evenly",
        "team roping team's cheque split in half",
        "rounds down to the cent leftover cents go to first place",
        "nobody places entry fee back minus the office fee added money goes back to the committee",
        "every place name time or score cheque",
      ],
      tables: [],
      excluded: ["beer gardens", "cabaret"],
      background: ["calculator", "rule book"],
      stack: ["TypeScript"],
    },
  },
  {
    id: "napoklu-kodava-hockey-festival",
    who: "A retired army major at Napoklu in Kodagu whose okka (family clan) is hosting this year's Kodava family hockey festival, in the Kodava English of Coorg, in short plain sentences ('okka', 'Ainmane', 'kupya', 'the boys', 'sharp at 8', 'no question', 'kindly', 'that is not our show', 'kindly keep it out', 'Thank you, carry on'): a program on the festival office's computer at the ground, with power cuts and no internet to speak of, registration from 1 January to 15 March, one team per okka at an entry fee of Rs 3,000, players born into the okka, a married daughter playing for her father's okka or her husband's okka and only one, at least 11 players and at most 18, matches from 20 April to 18 May sharp at 8 in the morning on 3 grounds, two halves of 20 minutes and two halves of 35 in the final, a knockout with a draw going to 5 penalty strokes each and then sudden death, a red card sitting out the next match, the results and the next day's fixtures on the board by 7 pm, the cup and Rs 1 lakh to the winners; records after colons on lines with born or married in told in them, every player one okka's and every match between two okkas; a ledger book and chart paper on the wall today; the pandi curry stalls 'that is not our show', the Kodava takk drama on the last night 'kindly keep it out'; the age taken off the players at the review",
    says: {
      overview:
        "Good morning. I am Machimanda Belliappa, retired Major, living at Napoklu in Kodagu. This year our okka is hosting the Kodava family hockey festival. Every Kodava family, every okka, sends one team. Last year there were 336 teams. Grandfathers, grandsons, daughters, all play. On the opening day everybody comes in kupya and Kodava sari. Now everything is in a big ledger book and on chart paper on the wall. Last year two matches were fixed on the same ground at the same time. Both okkas came with 200 supporters each. It was not pleasant. My grandson studies computer science in Mysore. He will make a program for the festival office.",
      more: "The office is a room at the ground. Power goes often, internet also. So it must work on the computer without internet.",
      walkthrough:
        "These are the rules.\nRegistration is from 1 January to 15 March.\nOne team per okka, entry fee Rs 3,000.\nPlayers must be born into the okka.\nA married daughter may play for her father's okka or her husband's okka, only one, and she must say which at registration.\nEvery okka needs at least 11 players and at most 18.\nMatches are from 20 April to 18 May, sharp at 8 in the morning, on 3 grounds.\nEach match is two halves of 20 minutes, the final is two halves of 35.\nIt is a knockout, a draw goes to 5 penalty strokes each, then sudden death.\nA player with a red card sits out the next match, no question.\nThe results and the next day's fixtures go up on the board by 7 pm.\nThe winners get the cup and Rs 1 lakh.",
      things:
        "Okkas: name, Ainmane village, captain, captain's phone, fee paid.\nPlayers: name, okka, born or married in, age, jersey number.\nMatches: date, ground, time, first okka, second okka, score, penalties, winner.\nEvery player belongs to one okka. Every match is between two okkas.",
      extras: [
        "The pandi curry stalls are run by the caterers, that is not our show. The Kodava takk drama on the last night also, kindly keep it out.",
        "Nothing more.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords. Only me, my grandson and the boys from the committee use the office computer.",
    },
    atReview: [
      "All in order. One thing. Kindly remove the age from the players. Grandfather and grandson play in the same team, age does not matter.",
      "That is all. Thank you, carry on.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "registration from 1 January to 15 March",
        "one team per okka entry fee Rs 3,000",
        "players must be born into the okka",
        "married daughter father's okka or her husband's okka only one",
        "at least 11 players and at most 18",
        "20 April to 18 May sharp at 8 in the morning on 3 grounds",
        "two halves of 20 minutes final two halves of 35",
        "knockout draw 5 penalty strokes each sudden death",
        "red card sits out the next match",
        "results next day's fixtures on the board by 7 pm",
        "winners cup Rs 1 lakh",
      ],
      tables: [
        { name: "okkas", fields: ["name", "Ainmane village", "captain", "captain's phone", "fee paid"] },
        { name: "players", fields: ["name", "okka", "born or married in", "jersey number"] },
        {
          name: "matches",
          fields: ["date", "ground", "time", "first okka", "second okka", "score", "penalties", "winner"],
        },
      ],
      excluded: ["pandi curry", "drama"],
      background: ["ledger book", "chart paper"],
    },
  },
  {
    id: "toesstal-dorfskilift",
    who: "A developer from the Tösstal in the Zürcher Oberland who is the treasurer (Kassier) of the club that runs the village's small T-bar lift with volunteers, in Swiss German (never used before: German was written in Standard German, Swiss German and its 'nöd', 'Chind' and 'Hoi zäme' never and 'isch' only inside German and Luxembourgish words; as he types it, in the Zürich dialect, in between, with the English and French words Swiss people really mix in: 'Softwareentwickler', 'Tool', 'Terminal', 'Laptop', 'File', 'Internet', 'TWINT', 'Billett', 'Abo', 'GV', 'Kassier', 'merci vielmal', 'das isch nöd üses Bier', 'lönd das wäg', 'adieu mitenand'): a Rust command-line tool with SQLite on the old laptop in the lift hut, where there is no internet, the lift running only on at least 30 centimetres of snow, open Wednesday 13 to 17 and Saturday and Sunday 9 to 16.30, night skiing on Friday 19 to 21.30 at 12 francs for everyone, a day ticket 28 francs for adults and 15 for children up to 16, a half-day ticket from 12.30 at 20 and 10, children under 6 free, the season ticket 160 for adults, 80 for children and 380 for a family, cash or TWINT, no money back on a season ticket when the lift doesn't run for want of snow, a free day for whoever does a shift at the lift, the takings by day and the season tickets sold for the committee at the AGM; records told in sentences ('Bi de Verchäuf bruuchts …') with the ticket's and the season ticket's kind in brackets and offe oder nöd and bar oder TWINT in them, every sale belonging to one day; a cash book (Kassebuech) and slips of paper (Zettel) on the hut wall today; the Brunner family's ski school (Skischuel) 'das isch nöd üses Bier', the little restaurant at the bottom station (Beizli) 'lönd das wäg'; the phone number (Telefonnummere) put on the season tickets at the review; commands and flags; Rust and SQLite",
    says: {
      overview:
        "Hoi zäme. Ich bi de Reto Keller, Softwareentwickler z'Winterthur und Kassier vom Skiliftverein bi üs im Tösstal. Mir händ en chliine Bügellift, 600 Meter, alles mit Freiwillige vom Dorf. Bis jetzt schriibed mir d'Iinahme i es Kassebuech und d'Abos uf Zettel, wo a de Wand i de Hütte hanged. Letscht Winter hät öpper en Zettel mit de halbe Familienabos verlore, und a de GV hät d'Kasse um 640 Franke nöd gstimmt. De Präsident isch fascht vom Stuehl gheit. Drum mach ich jetzt es Tool, wo mir im Terminal bruuched.",
      more: "Es lauft uf em alte Laptop i de Lifthütte. Det obe hämmer keis Internet, drum muess alles i eim File uf em Laptop sii. Wer Dienst hät, tippt d'Verchäuf ii, das chönd die meischte, mir sind es Dorf vo Ingenieur und Bure.",
      walkthrough:
        "Also, so lauft das bi üs.\nDe Lift lauft nur, wänn mindestens 30 Zentimeter Schnee hät.\nOffe isch am Mittwuch vo 13 bis 17 Uhr, am Samschtig und Sunntig vo 9 bis 16.30 Uhr.\nAm Fritig isch Nachtskifahre vo 19 bis 21.30 Uhr, 12 Franke für alli.\nE Tageskarte koschtet für Erwachseni 28 Franke, für Chind bis 16 Jahr 15 Franke.\nE Halbtageskarte ab 12.30 Uhr koschtet 20 Franke für Erwachseni und 10 Franke für Chind.\nChind under 6 fahred gratis.\nS'Saisonabo koschtet 160 Franke für Erwachseni, 80 für Chind und 380 für e Familie.\nMer zahlt bar oder mit TWINT.\nWänn de Lift wäge z'wenig Schnee nöd lauft, gits fürs Abo kei Gäld zrugg.\nWer e Schicht am Lift macht, fahrt dä Tag gratis.\nAm Änd vo de Saison wott de Vorstand für d'GV d'Iinahme pro Tag und wie vill Abos verchauft worde sind.",
      commands:
        "Öppe so: lift sell --ticket day --adults 2 --kids 1 --pay twint, lift sell --ticket half --adults 1 --pay cash, lift sell --ticket night --count 4, lift pass --name 'Familie Huber' --type family --pay twint, lift day --date 2025-01-18 --open yes --snow 45, lift shift --name 'Urs Keller' --date 2025-01-18, lift report --season 2024. D'Befehl uf Änglisch, das isch eifacher für mich.",
      things:
        "Bi de Verchäuf bruuchts s'Datum, s'Billett (Tageskarte, Halbtag oder Nacht), wie vill Erwachseni, wie vill Chind, de Betrag und bar oder TWINT. Bi de Abos de Name, d'Art (Erwachseni, Chind oder Familie), de Priis und öb zahlt. Bi de Täg s'Datum, offe oder nöd, de Schnee i Zentimeter und wer Schicht hät. Jede Verchauf ghört zu eim Tag.",
      extras: [
        "D'Skischuel vo de Familie Brunner am Lift, das isch nöd üses Bier. Und s'Beizli bi de Talstation macht de Turnverein, lönd das wäg.",
        "Susch nüt. Merci vielmal.",
      ],
      tech: "Rust, mit SQLite, eis File uf em Laptop i de Hütte.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Rust",
    },
    atReview: [
      "Passt. Nur no eis: tüend bi de Abos no d'Telefonnummere dezue, falls mer öpper mues aalüüte.",
      "Das wärs. Merci vielmal, adieu mitenand.",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "nur wänn mindestens 30 Zentimeter Schnee",
        "Mittwuch 13 bis 17 Uhr Samschtig und Sunntig 9 bis 16.30 Uhr",
        "Fritig Nachtskifahre 19 bis 21.30 Uhr 12 Franke für alli",
        "Tageskarte Erwachseni 28 Franke Chind bis 16 Jahr 15 Franke",
        "Halbtageskarte ab 12.30 Uhr 20 Franke Erwachseni 10 Franke Chind",
        "Chind under 6 fahred gratis",
        "Saisonabo 160 Franke Erwachseni 80 Chind 380 Familie",
        "bar oder mit TWINT",
        "z'wenig Schnee fürs Abo kei Gäld zrugg",
        "Schicht am Lift fahrt dä Tag gratis",
        "Änd vo de Saison GV Iinahme pro Tag wie vill Abos",
      ],
      tables: [
        {
          name: "Verchäuf",
          fields: ["Datum", "Billett", "Erwachseni", "Chind", "Betrag", "bar oder TWINT"],
        },
        { name: "Abos", fields: ["Name", "Art", "Priis", "zahlt", "Telefonnummere"] },
        { name: "Täg", fields: ["Datum", "offe oder nöd", "Schnee", "Schicht"] },
      ],
      excluded: ["Skischuel", "Beizli"],
      background: ["Kassebuech", "Zettel"],
      stack: ["Rust", "SQLite"],
      commands: [
        "sell",
        "pass",
        "day",
        "shift",
        "report",
        "--ticket",
        "--adults",
        "--kids",
        "--pay",
        "--count",
        "--name",
        "--type",
        "--date",
        "--open",
        "--snow",
        "--season",
      ],
    },
  },
  {
    id: "ballaro-opera-dei-pupi",
    who: "A puppeteer in the Ballarò quarter of Palermo who runs his grandfather's opera dei pupi theatre, 60 seats, in Sicilian (never used before: Italian and Corsican were written, Sicilian and its 'ggh' and 'cchiù' never; as he types it, in short plain sentences, with the Italian and English words Palermitans really mix in: 'teatrinu', 'biglietteria', 'computer', 'internet', 'programma', 'informatica', 'agenda', 'WhatsApp', 'POS', 'password', 'Salutamu', 'camurria', 'amunì', 'chissu nun è affari nostru', 'lassatilu fora', 'Grazzi assai'): a program on the computer at the ticket desk, without internet because the old walls keep it out, shows Friday, Saturday and Sunday at 17:30, tickets €10 for grown-ups and €6 for children under 12, 60 seats and not one more sold, schools in the morning on Tuesday, Wednesday and Thursday at 10 with 25 children at least at €5 each and the teachers free, a show for tourists on Saturday at 11 with the story explained in English at €12, booked by phone or WhatsApp and paid at the door in cash or by card, whoever books and neither comes nor calls paying first the next time, 15 minutes for photos with the puppets after the show, closed in August; records in brackets inline, every booking for one show; a diary (agenda) and a calendar by the door (calannariu) today; his sister's cannoli (cannola) 'chissu nun è affari nostru', the Festino of Santa Rosalia (Festinu) 'lassatilu fora'; the phone (telefonu) taken off the schools and the language (lingua) put on the shows after 'Change something' at 'Your data'",
    says: {
      overview:
        "Salutamu. Mi chiamu Turi Amoroso. Haiu un teatrinu di pupi a Ballarò, a Palermu. U teatrinu era di me nannu, poi di me patri. Facemu l'opira di i pupi: Orlandu, Rinardu, i paladini di Francia. Ora i prenotazioni arrivanu pi telefonu e pi WhatsApp, e iu i scrivu nta n'agenda e nto calannariu appizzatu a la porta. U misi passatu vinniru 25 picciriddi di na scola e 30 turisti todeschi a stissa ura. U teatrinu havi 60 posti. Chi camurria! Me figghiu Nicola studia informatica all'università. Mi fa un programma pu computer da biglietteria.",
      more: "Nto teatrinu internet nun c'è, i mura sunnu vecchi e spessi. U programma havi a funziunari nto computer senza internet.",
      walkthrough:
        "Amunì, vi dicu comu funziona.\nFacemu u spittaculu venniri, sabbatu e duminica a li 17:30.\nU bigliettu costa 10 euro pi i granni e 6 euro pi i picciriddi sutta i 12 anni.\nU teatrinu havi 60 posti, nun ni vinnemu unu cchiù.\nI scoli vennu a matina, marti, mercuri e jovi, a li 10.\nPi i scoli ci vonnu minimu 25 picciriddi, 5 euro l'unu, e i maestri nun paganu.\nU sabbatu a li 11 c'è u spittaculu pi i turisti, cu u cuntu spiegatu in ingrisi, 12 euro.\nSi prenota pi telefonu o pi WhatsApp, e si paga a la porta, cuntanti o POS.\nCu prenota, nun veni e nun chiama, a prossima vota paga prima.\nDopu u spittaculu ci sunnu 15 minuti pi fari i fotografii cu i pupi.\nAd agustu u teatrinu è chiusu.",
      things:
        "I spittaculi (data, ura, cuntu, posti libberi). I prenotazioni (nomu, telefonu, spittaculu, granni, picciriddi, pagatu). I scoli (nomu da scola, maestra, telefonu, data, picciriddi). Ogni prenotazioni è pi un spittaculu sulu.",
      thingsChange:
        "Dui cosi. Livati u telefonu de scoli, basta a maestra. E mittiti a lingua ne spittaculi, talianu o ingrisi.",
      extras: [
        "I cannola di me soru, chissu nun è affari nostru. E u Festinu di Santa Rosalia, quannu ni chiamanu, u fa me frati, lassatilu fora.",
        "Basta accussì. Grazzi assai, salutamu.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Nenti password. Semu sulu iu e me figghiu Nicola nto computer da biglietteria.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "spittaculu venniri sabbatu e duminica a li 17:30",
        "10 euro pi i granni 6 euro pi i picciriddi sutta i 12 anni",
        "60 posti nun ni vinnemu unu cchiù",
        "scoli a matina marti mercuri e jovi a li 10",
        "scoli minimu 25 picciriddi 5 euro l'unu maestri nun paganu",
        "sabbatu a li 11 spittaculu pi i turisti ingrisi 12 euro",
        "prenota pi telefonu o pi WhatsApp paga a la porta cuntanti o POS",
        "prenota nun veni nun chiama prossima vota paga prima",
        "dopu u spittaculu 15 minuti fotografii cu i pupi",
        "agustu teatrinu chiusu",
      ],
      tables: [
        { name: "spittaculi", fields: ["data", "ura", "cuntu", "posti libberi", "lingua"] },
        {
          name: "prenotazioni",
          fields: ["nomu", "telefonu", "spittaculu", "granni", "picciriddi", "pagatu"],
        },
        { name: "scoli", fields: ["nomu da scola", "maestra", "data", "picciriddi"] },
      ],
      excluded: ["cannola", "Festinu"],
      background: ["agenda", "calannariu"],
    },
  },
];
