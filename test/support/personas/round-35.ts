import type { Persona } from "../persona-driver.js";

/**
 * The thirty-fifth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-35.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * to several paragraphs, records listed after colons inline and on lines, after dashes on
 * lines and inline, in brackets on lines and inline, or told in sentences ("Each outfit
 * has a number on the tag …", "For the divers I need the name …"). Eight write in
 * English, each in their own English and their own register, none of them used before:
 * Dublin English from Finglas ("Howya", "me ma", "at the minute", "absolutely mental",
 * "the northside", "yer one", "I'm not being funny but", "fair play to her", "what I'm
 * after", "her own gaff", "would yiz ever", "deadly", "sound"), the English of Hull from
 * Bransholme ("me and me mate", "me mam", "our kid", "it's a joke", "summat", "nowt",
 * "down the tenfoots", "them flats", "ta-ra"), St Lucian English with its Kwéyòl from
 * Fond Gens Libre ("Bonjou", "we does take", "wi fout", "pure confusion", "eh bien", "is
 * so it does go", "you will reach down in the dark", "a next company", "pa ni anything to
 * do with us", "tjenbé wèd", "mèsi anpil"), the English of Shillong with its Khasi words
 * ("Khublei", "Bah", "Kong", "my kñi", "no?", "what to do", "before Christmas itself",
 * "over jadoh and sha", "Khublei shibun"), Torres Strait Islander English with its
 * Yumplatok from Thursday Island ("Ey bala", "TI", "mipla", "olgeta", "true God", "she go
 * back", "this how it go", "mina good", "finish", "esso", "yawo"), Navajo English from
 * Many Farms in short plain sentences ("Yá'át'ééh", "our elders", "my shimásání", "way
 * out", "over by Lukachukai", "dooda", "ahéhee'"), the English of Prince Edward Island
 * from up west ("How's she going", "the Island", "some greasy", "over on the mainland",
 * "a scribbler", "my boy", "I'd say", "holler at me", "never mind that") and Sarawak
 * English with its Sarawak Malay from Kuching ("kamek", "kitak", "mun", "sik sama", "from
 * small already", "the same one", "lah", "sikda kena mengena", "sik payah", "terima
 * kasih"). One writes in Telugu (Telugu script, never used before, as a shrimp farmer near
 * Bhimavaram types it, with the English words Godavari farmers really mix in: "యాప్",
 * "సూపర్వైజర్", "ఫీడ్", "ట్రే", "ఏరేటర్లు", "శాంపిల్", "కౌంట్", "వాటర్ టెస్ట్", "ఎక్స్పోర్ట్
 * కంపెనీ", "గోడౌన్", "లాగిన్", "పెట్టకండి", "వద్దు"), and one in Papiamentu (never used
 * before, as it is written on Curaçao, typed with its accents: "Bon dia", "kas di
 * kunuku", "fiesta di aña", "batisá", "bo por imaginá", "ta asina e ta bai", "ta lei",
 * "laga nan afó", "esei no ta nos asuntu", "djis kita", "masha danki"). What varies is the
 * kind of software, the domain and the length of the answers: web apps for a Finglas
 * Communion dress and suit hire (a dress €85, a suit €55, the veil and gloves €15, a €30
 * deposit, fittings on Saturday mornings one every 20 minutes, up to 3 dresses tried on,
 * bookings open on the 1st of January, collected the Thursday before and back by the
 * Tuesday after or €10 a day, never a dress to two children the same weekend, €250 for a
 * dress ruined in the washing machine), the guided climbs of Gros Piton (US$60 a climber
 * and EC$40 for Lucians with their ID card, nobody starting after 1 o'clock, one guide for
 * every 6 climbers, no children under 10, at most 80 climbers a day, the money back when
 * the rain closes the trail, the guides in turn and US$20 to a guide for each climber) and
 * two kunuku houses in Bandabou rented for parties (Naf 450 a day and Naf 1.100 a weekend,
 * at most 80 people, a Naf 200 deposit and the rest a week before, a Naf 300 guarantee for
 * damage, the music down at 11 at night, no child under 12 in the pool without an adult,
 * the cleaning Naf 75); phone apps for a wheelie bin washing round in east Hull (£4 a bin
 * or £10 a month, washed only on the day the council empties them, a bin not out not
 * charged, brown bins from March to November, direct debit or cash, nobody owing two
 * months washed, tomorrow's streets in the order of the wagons), a crayfish buyer on
 * Thursday Island and his nephew's mother boat out on the reefs with no coverage (live
 * $65 a kilo and tails $80, no tail under 115 mm, no cray with eggs, nothing bought in
 * October and November, no buy without the TIB licence number, every buy weighed with
 * its reef, the divers paid every Friday, the kilos for each reef to AFMA every Monday)
 * and a Bhimavaram shrimp farm's ponds (feed four times a day, the next feed 10% less when
 * the tray has feed left, a water test every morning with the pH between 7.5 and 8.5,
 * every aerator on under 4 of oxygen, a sample for the count every 10 days, the harvest at
 * count 40, no antibiotics, a warning under 20 bags of feed); a Rust command-line tool for
 * a seed potato grower near Kensington (over 2% virus dropped to table stock, Certified
 * $18 a hundredweight, Foundation $24 and table stock $9, a load 500 hundredweight, no
 * load without the CFIA certificate number, 6% off for shrink, a holler over 7 degrees in
 * the warehouse, what every bin shipped at the end of the season), with commands and
 * flags; a service without screens, in Node.js with Express and MongoDB, that a passenger
 * app and the Police Bazaar counter's tablet call for the shared Sumos to Guwahati (₹350 a
 * seat and ₹400 the front seat, ₹600 to the airport, every hour from 6 full or not, a seat
 * held 15 minutes for the UPI payment, 80% back up to 2 hours before, ₹50 each extra bag,
 * the counter's ₹30 a seat and the rest to the driver every evening, one round trip a day
 * a driver, a full refund when a landslide closes the road); a program on a Many Farms
 * chapter house's Windows computer, in C#, for the elders' firewood (elders 65 and over,
 * one load a month from October to April, split and stacked, no electricity and no gas
 * first, the drivers' license and insurance form, a Forestry permit of 20 cords, no
 * hauling in the mud, a report at the end of every month); and a Dart package that a
 * Kuching bird's nest trader's Flutter app and dashboard both use (cup nests Grade A
 * RM3,800 a kg, corner nests Grade B RM2,900, broken pieces RM1,500, red nests double,
 * heavy feather 20% off, 1% off the weight for every 1% of moisture over 15, no lot below
 * 500 gram, no lot without the DVS registration number, to the nearest ringgit). The
 * Navajo chapter coordinator and the bin round lad answer in short sentences, the Finglas
 * hire woman and the seed potato grower in paragraphs, the others in between. Relations
 * said plainly ("Every booking is the one child and the one outfit", "Every wash is one
 * customer's and every customer's on one street", "Every booking is on one climb, and
 * every climb has one guide", "Every trip is one Sumo, and every booking is one seat in one
 * trip", "Every buy is one diver off one reef", "Every load goes to one elder and one
 * driver hauls it", "Every load's out of one bin and goes to one buyer", "ప్రతి ఫీడింగ్,
 * ప్రతి టెస్ట్, ప్రతి పట్టుబడి ఒక చెరువుది", "Kada reservashon ta pa un kas i di un kliente
 * so"); allowed values in brackets (the bins, the plan and how a customer pays, the
 * destination, the tray, the pool and the type of reservation) and in sentences (the type
 * and the colours of an outfit, electricity and gas yes or no); background in a big
 * hardback, a spreadsheet printed every morning, a big ledger, a khata, a clipboard, a
 * binder, a scribbler, a laminated card and a calculator, a పుస్తకం and an agenda with
 * WhatsApp; technology named as Node.js with Express and MongoDB, C# on Windows, Rust and
 * Dart with Flutter, and none at all by six of them; "no" said as "leave them out", "don't
 * be putting that in", "leave it", "don't want that on there either", "pa ni anything to
 * do with us", "leave that", "don't put", "not ours at all", "not in this one", "leave
 * that out", "Dooda", "not this one", "never mind that", "leave that right out", "sikda
 * kena mengena", "sik payah put", "పెట్టకండి", "వద్దు", "laga nan afó", "esei no ta nos
 * asuntu"; while rules keep their "no" ("A dress never goes out to two children", "you can't
 * wash a full bin", "nobody starts up after 1 o'clock", "A driver cannot do more than one
 * round trip a day", "no licence, no buy", "there's no more hauling till the next permit",
 * "No load goes out without the CFIA certificate number", "sik buy", "యాంటీబయాటిక్స్ అసలు
 * వాడకూడదు", "no por drenta e piscina sin un grandi"). The bin round lad takes the phone
 * off the customers and adds a gate code, and the shrimp farmer adds the supervisor to the
 * feedings, each after "Change something" at "Your data"; the Finglas hire woman adds the
 * height to the children, asked as "Would yiz ever put the height on", the Gros Piton
 * secretary renames the bookings (Reservations), the cray buyer drops the payments, said
 * as "That payments one, no need that one", the chapter coordinator takes the census
 * number off the elders and the kunuku owner takes the email off the clients ("Djis kita
 * e email"), each at the review. The score compares Telugu by its letters in Latin script,
 * so its expected words are in the forms the person used (as "ట్రే 10%", "ఆక్సిజన్ 4
 * ఏరేటర్లు", "కౌంట్ 40 పట్టుబడి", the 40 of "40కి"), typed without the zero-width
 * non-joiner, which the score reads as a space, and Papiamentu with its accents taken off
 * (as "máksimo 80 persona", "resto un siman promé", "músika 11'or"); every expected
 * feature was checked to be in one sentence the person said, and the excluded words of all
 * ten were checked not to read like anything they want.
 */
export const THIRTY_FIFTH_ROUND: readonly Persona[] = [
  {
    id: "finglas-communion-hire",
    who: "A woman who runs a First Holy Communion dress and suit hire from a small shop in Finglas village that her ma started, in Dublin English ('Howya', 'me ma', 'at the minute', 'absolutely mental', 'the northside', 'young ones', 'yer one', 'I'm not being funny but', 'fair play to her', 'what I'm after', 'wrecking the place', 'her own gaff', 'would yiz ever', 'deadly', 'sound'): a website where the parents book a fitting and pick the dress or the suit and she sees the lot, a dress €85 to hire, a suit €55 and the veil and gloves €15 on top, a €30 deposit when the fitting is booked and the rest at collection, fittings on Saturday mornings from 10 till 1 one every 20 minutes with one child at a time, up to 3 dresses tried on, bookings opening on the 1st of January and not before, collection the Thursday before the Communion and back by the Tuesday after or €10 a day, never a dress out to two children the same weekend because of the dry cleaners in between, a dress ruined in the washing machine paid at the full €250; records told as 'each X has', every booking one child and one outfit; a big hardback and a calendar on the wall today; the christening gowns 'leave them out', the Communion hair and spray tans 'don't be putting that in'; the height added to the children at the review, asked as 'would yiz ever'",
    says: {
      overview:
        "Howya. I'm Tracey Byrne, I've a small shop on the Main Street in Finglas village and we hire out First Holy Communion dresses and suits. Me ma started it in 1994 and I took it over off her when she retired. From January to May it's absolutely mental, every mammy on the northside wants to be in on the same three Saturdays. At the minute it's all wrote in a big hardback and on a calendar on the wall behind the till, and I'm not being funny but last May I had two young ones booked into the same dress for the same weekend. Yer one's ma nearly took the door off the hinges, and fair play to her, I would've too. So what I'm after is a website where the mammies and daddies book a fitting and pick the dress or the suit themselves, and I can see the lot.",
      walkthrough:
        "Right, so. A dress is €85 to hire and a suit is €55, and the veil and gloves are €15 on top if they want them, most of them do.\n\nThey pay a €30 deposit when they book the fitting, and the rest when they collect.\n\nFittings are Saturday mornings from 10 till 1, one every 20 minutes, and only the one child at a time cos the shop is the size of a box room. They can try on up to 3 dresses at the fitting, after that they're only wrecking the place.\n\nBookings open on the 1st of January for that year's Communions, and not a day before, or I'd have the mammies of babies in on top of me.\n\nThey collect the Thursday before the Communion and it has to be back by the Tuesday after, or it's €10 a day after that.\n\nA dress never goes out to two children on the same weekend, even if one's Saturday and one's Sunday, cos every dress goes to the dry cleaners in between, and that's included in the price.\n\nAnd they're not to wash it themselves. If it comes back ruined from the washing machine, they pay the full price of the dress, which is €250.",
      things:
        "We call them all outfits, the dresses and the suits together. Each outfit has a number on the tag, the type, dress or suit, the size, the style and the colour, white or ivory for the dresses and navy or grey for the suits. Each child has their name, the parent's name, a phone, the school and the date of the Communion. And each booking has the child, the outfit, the fitting time, the deposit, the collection date and returned, yes or no. Every booking is the one child and the one outfit.",
      extras: [
        "Oh, the christening gowns, me sister Lisa does them out of her own gaff in Ballymun, nothing to do with me, leave them out. And me cousin Nicole does the Communion hair and the spray tans in the back room, that's her own business, don't be putting that in.",
        "No, that's it, you're a star. Thanks a million.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Deirdre who does the Saturdays see everything. The mammies and daddies make an account to book the fitting and see their own booking.",
    },
    atReview: [
      "Ah that's deadly. Would yiz ever put the height on the children as well, it's the height that decides the dress more than the age. Sound, thanks a million.",
    ],
    expect: {
      kind: "web app",
      features: [
        "dress €85",
        "suit €55",
        "veil gloves €15",
        "€30 deposit",
        "fittings every 20 minutes",
        "try on 3 dresses",
        "open 1st of January",
        "collect Thursday before",
        "Tuesday after €10 a day",
        "dress same weekend",
        "ruined €250",
      ],
      tables: [
        { name: "outfits", fields: ["number", "type", "size", "style", "colour"] },
        { name: "children", fields: ["name", "parent", "phone", "school", "communion date", "height"] },
        {
          name: "bookings",
          fields: ["child", "outfit", "fitting time", "deposit", "collection date", "returned"],
        },
      ],
      excluded: ["christening", "hair"],
      background: ["hardback"],
    },
  },
  {
    id: "hull-wheelie-bin-round",
    who: "A lad who runs a wheelie bin washing round out of a van in east Hull with his mate, in Hull English ('me and me mate', 'me mam', 'I'm not being funny', 'it's a joke', 'nowt', 'summat', 'our kid', 'down the tenfoots', 'them flats', 'ta-ra'): a phone app for the two of them in the van, £4 a bin a wash or £10 a month for every bin once a month, bins washed only on the day the council has emptied them, a bin not out or still full marked not done and not charged, brown bins only from March to November, direct debit or cash on the doorstep and who owes shown, nobody owing two months washed till they pay, a list every night of tomorrow's streets in the order the wagons go; records after colons inline, every wash one customer's and every customer on one street; a spreadsheet his mam prints today; the bin stores at the tower blocks 'leave it', patios and drives 'don't want that on there'; the phone taken off the customers and a gate code added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Alright. I'm Jordan Walker, me and me mate Dean run a wheelie bin cleaning round out of a van, all over east Hull, Bransholme, Sutton, out to Hedon. About 600 customers now, and our kid comes out with us Saturdays. We wash the bins the day the council empties them, so we're following the bin wagons round all day. At the minute it's all on a spreadsheet me mam done on her laptop and she prints it every morning, and I'm not being funny, it's a joke, half the time we turn up and they've cancelled or moved house and nobody's told us. Want an app on our phones so we know who's on today and who's paid.",
      more: "Signal's fine everywhere round Hull, it's just got to be on our phones in the van.",
      walkthrough:
        "It's £4 a bin a wash, or £10 a month and we do all your bins once a month.\n\nWe only wash on the day the council's emptied it, cos you can't wash a full bin.\n\nIf the bin's not out, or it's still got summat in, we mark it not done and they're not charged.\n\nBrown bins only get done March to November, cos the council don't take garden waste in winter.\n\nCustomers pay by direct debit or cash on the doorstep, and we want to see who owes.\n\nAnyone owing for 2 months, we stop doing theirs till they pay up.\n\nEvery night we want a list of tomorrow's streets in order, going the same way as the wagons, some of them you go down the tenfoots for the back gates.",
      things:
        "Customers: name, address, street, phone, bins (black, blue, brown), plan (per wash or monthly), pays by (direct debit or cash). Streets: name, area, bin day. Washes: customer, date, bins done, not out, price. Payments: customer, date, amount. Every wash is one customer's and every customer's on one street.",
      thingsChange:
        "Take phone off the customers, we never ring nobody. And put a gate code on, some of them flats have got a gate with a code.",
      extras: [
        "We don't do the bin stores at the tower blocks, that's a contract firm, leave it. And people always ask us to do their patios and drives, we don't, don't want that on there either.",
        "Nah that's it pal. Ta-ra.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "Just me and Dean. Customers don't need nowt.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "£4 a bin",
        "£10 a month",
        "day the council",
        "not out not charged",
        "brown bins March to November",
        "direct debit cash",
        "2 months stop",
        "tomorrow streets order",
      ],
      tables: [
        {
          name: "customers",
          fields: ["name", "address", "street", "bins", "plan", "pays by", "gate code"],
        },
        { name: "streets", fields: ["name", "area", "bin day"] },
        { name: "washes", fields: ["customer", "date", "bins done", "not out", "price"] },
        { name: "payments", fields: ["customer", "date", "amount"] },
      ],
      excluded: ["tower", "patio"],
      background: ["spreadsheet"],
    },
  },
  {
    id: "gros-piton-climbs",
    who: "The secretary of the tour guides' association at Fond Gens Libre under Gros Piton, in St Lucian English with its Kwéyòl ('Bonjou', 'we does take', 'wi fout', 'pure confusion', 'eh bien', 'is so it does go', 'you will reach down in the dark', 'it too steep', 'a next company', 'pa ni anything to do with us', 'tjenbé wèd', 'mèsi anpil'): a website where visitors book a guided climb of Gros Piton and pay, the guides see their climbs and the association sees everything, US$60 a climber for the guide and the trail fee and EC$40 for Lucians with their ID card, climbs from 7 in the morning and nobody starting after 1 o'clock, one guide for every 6 climbers, no children under 10, not more than 80 climbers on the mountain in a day, the money back or the day moved when the rain closes the trail, the guides going in turn, every guide US$20 for each climber he takes up paid at the end of the week; records in brackets inline, every booking on one climb and every climb with one guide; a big ledger in the trail office today; the sulphur springs 'pa ni anything to do with us', the zipline 'leave that'; the bookings renamed reservations at the review",
    says: {
      overview:
        "Bonjou! My name is Marcella Joseph, I am the secretary for the Gros Piton tour guides association, down in Fond Gens Libre, right under the mountain by Soufrière. We does take visitors up Gros Piton every day, is about four hours up and down, and our guides know every stone on that trail. Right now the hotels does call me on the phone and I write everything in a big ledger in the trail office, and wi fout, on a cruise ship day is pure confusion, last Easter we had sixty people at the bottom and only five guides. So we want a website where the visitors book the climb and pay before they come, and we see everything.",
      walkthrough:
        "Eh bien, is so it does go.\n\nA climber pays US$60 for the guide and the trail fee, and Lucians with their ID card pay EC$40.\n\nWe start from 7 in the morning, and nobody starts up after 1 o'clock, because you will reach down in the dark.\n\nWe give one guide for every 6 climbers, never more.\n\nChildren under 10 cannot climb, it too steep.\n\nNot more than 80 climbers on the mountain in one day, the forestry people say so.\n\nWhen the rain heavy and the trail closed, everybody booked for that day get their money back or they move the day.\n\nThe guides go in turn, the one who come down first is the next to go up.\n\nEvery guide get US$20 for each climber he take up, paid at the end of the week.",
      things:
        "Climbers (name, country, email, phone), Guides (name, phone, badge number), Climbs (date, start time, guide), Bookings (climber, climb, how many people, amount paid). Every booking is on one climb, and every climb has one guide with not more than 6 people.",
      extras: [
        "The sulphur springs and the drive-in volcano, that is the Soufrière Foundation business, pa ni anything to do with us. And the zipline in the rainforest is a next company, leave that.",
        "That is all. Tjenbé wèd, and mèsi anpil!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the president see everything. The guides log in to see their climbs. The visitors don't need no account, they just book and pay.",
    },
    atReview: [
      "Everything nice. Only one thing, where you put 'Bookings', put 'Reservations' instead, is so the hotels does call it. Mèsi!",
    ],
    expect: {
      kind: "web app",
      features: [
        "US$60 trail fee",
        "EC$40 ID card",
        "start after 1",
        "one guide for every 6 climbers",
        "children under 10",
        "80 climbers day",
        "trail closed money back",
        "guides turn",
        "US$20 each climber",
      ],
      tables: [
        { name: "climbers", fields: ["name", "country", "email", "phone"] },
        { name: "guides", fields: ["name", "phone", "badge number"] },
        { name: "climbs", fields: ["date", "start time", "guide"] },
        { name: "reservations", fields: ["climber", "climb", "people", "amount paid"] },
      ],
      excluded: ["sulphur", "zipline"],
      background: ["ledger"],
    },
  },
  {
    id: "shillong-sumo-seats",
    who: "A developer in Shillong whose maternal uncle (his kñi) runs a counter at Police Bazaar for the shared Tata Sumos to Guwahati, in the English of Shillong with its Khasi words ('Khublei', 'Bah', 'Kong', 'my kñi', 'no?', 'what to do', 'itself', 'ya', 'over jadoh and sha', 'not ours at all', 'Khublei shibun'): a service without screens that a passenger app and the counter's tablet call, ₹350 a seat to Guwahati and ₹400 the front seat, ₹600 to the airport, 10 seats a Sumo leaving every hour from 6 in the morning till 4 full or not, a seat held 15 minutes for the UPI payment, cancelling up to 2 hours before for 80% back, one bag on the roof free and ₹50 each extra bag, the counter's ₹30 a seat and the rest to the driver every evening, one round trip a day a driver, every trip cancelled with a full refund when a landslide closes the road; records after colons on lines, every trip one Sumo and every booking one seat in one trip; a khata and cash today; the drivers' sightseeing trips 'don't put', the night buses 'not ours at all'; Node.js with Express and MongoDB",
    says: {
      overview:
        "Khublei! I'm Bah Wanphrang Lyngdoh, I work as a developer here in Shillong, Laitumkhrah side. My kñi, my mother's brother, runs a Sumo counter at Police Bazaar, the shared Tata Sumos that go down to Guwahati and the airport, fourteen Sumos are with his counter. Now what happens, the counter boy writes the names in a khata and takes cash, and on Saturdays and before Christmas itself people are fighting for the seats, no? Two weeks back two aunties both had the front seat written in their names, what to do. My friend Kong Ibadahun is making a booking app for the passengers and there will be a tablet at the counter, and I will make the service behind that both of them call. No screens from my side.",
      walkthrough:
        "Ok so like this.\n\nTo Guwahati it is ₹350 a seat, and the front seat is ₹400, everybody wants the front seat.\n\nTo the airport at Borjhar it is ₹600 a seat.\n\nA Sumo has 10 seats, and it leaves every hour from 6 in the morning till 4 in the evening, full or not full.\n\nWhen somebody picks a seat it is held for 15 minutes, if they don't pay by UPI in that time it goes back.\n\nThey can cancel up to 2 hours before and get 80% back, after that nothing.\n\nOne bag goes on the roof free, each extra bag is ₹50.\n\nThe counter takes ₹30 a seat, and the driver gets the rest every evening.\n\nA driver cannot do more than one round trip a day, the road is long and in the rain it is dangerous.\n\nIf there is a landslide and the road is closed, all the trips for that day are cancelled and everybody gets a full refund.",
      things:
        "Drivers: name, phone, licence number\nSumos: number plate, driver, seats\nTrips: sumo, date, departure time, destination (Guwahati or airport)\nBookings: trip, passenger name, phone, seat number, bags, amount, UPI reference\nEvery trip is one Sumo, and every booking is one seat in one trip.",
      extras: [
        "The sightseeing trips to Cherrapunji and Dawki that some drivers do on Sundays, that is their own, don't put. And the night buses to Siliguri are from the bus syndicate, not ours at all.",
        "That's all, ya. Khublei shibun!",
      ],
      tech: "Node.js with Express, and MongoDB. That is what I know best, I learnt it over jadoh and sha in college.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No one logs in to it. The passenger app and the counter tablet will each have their own key.",
      Technology: "I have preferences",
      "Back end": "Node.js with Express",
      Database: "MongoDB",
    },
    expect: {
      kind: "api service",
      features: [
        "Guwahati ₹350 a seat",
        "front seat ₹400",
        "airport ₹600",
        "every hour from 6",
        "held 15 minutes",
        "cancel 2 hours before 80%",
        "extra bag ₹50",
        "counter ₹30 a seat",
        "driver every evening",
        "one round trip a day",
        "landslide full refund",
      ],
      tables: [
        { name: "drivers", fields: ["name", "phone", "licence number"] },
        { name: "sumos", fields: ["number plate", "driver", "seats"] },
        { name: "trips", fields: ["sumo", "date", "departure time", "destination"] },
        {
          name: "bookings",
          fields: ["trip", "passenger name", "phone", "seat number", "bags", "amount", "UPI reference"],
        },
      ],
      excluded: ["sightseeing", "bus"],
      background: ["khata"],
      stack: ["Express", "MongoDB"],
    },
  },
  {
    id: "thursday-island-cray-buying",
    who: "A crayfish buyer on Thursday Island with a freezer on TI and his nephew on a mother boat out on the reefs, in Torres Strait Islander English with its Yumplatok ('Ey bala', 'how you going', 'TI', 'mipla', 'olgeta', 'true God', 'she go back', 'this how it go', 'mina good', 'no need that one', 'finish', 'esso', 'yawo'): a phone app for the two of them that works out on the reef with no coverage and sends when the boat comes back in close, live crays $65 a kilo and tails $80, no tail under 115 mm, no cray with eggs, no buying in October and November, no buy without the diver's TIB licence number, every buy weighed with the reef it came off, the divers paid every Friday, the kilos for each reef sent to AFMA every Monday; records told in sentences, every buy one diver off one reef; a clipboard on the freezer and his nephew's own book today; the bêche-de-mer 'not in this one', trochus 'leave that out'; the payments taken out at the review, said as 'that payments one, no need that one'",
    says: {
      overview:
        "Ey bala, how you going. I'm Kapua Nona from TI, Thursday Island. Mipla buy crays off the divers, tropical rock lobster, the boys free dive and hookah out on the reefs and bring them in live or as tails, and I sell to the exporters down south. My nephew Ned runs the mother boat out on the reef two weeks at a time and buys off the dinghies out there, and I buy at the freezer on TI. Right now it's all on a clipboard on the freezer door and Ned got his own book on the boat, and true God, when he come in with his book and my clipboard, olgeta numbers don't match. Last season one diver got paid twice for the same crays. So I want an app for me and Ned.",
      more: "Out on the reef there's no coverage, nothing. Ned's phone only gets signal when he come back in close to TI. So it got to work out there and send it all when he come back.",
      walkthrough:
        "This how it go.\n\nLive crays are $65 a kilo and tails are $80 a kilo.\n\nA tail got to be 115 mm at least, anything under that goes back in the water, mipla don't buy it.\n\nNo cray with eggs under her, she go back too.\n\nNo buying at all in October and November, that's the closed season.\n\nEvery diver got to have his TIB licence number, no licence, no buy.\n\nEach buy, we weigh it and write the reef it come off.\n\nI pay the divers every Friday, into the bank, or cash for the old fellas.\n\nAnd every Monday I send AFMA the kilos for each reef from the week before.",
      things:
        "For the divers I need the name, the island they from, the phone, the bank account and the TIB licence number. For the reefs, the name and the area number. Every buy got the diver, the reef, the date, who bought it, me or Ned, live or tails, the kilos and the price. And the payments got the diver, the date, the amount and bank or cash. Every buy is one diver off one reef.",
      extras: [
        "Bêche-de-mer, the sea cucumber, that's my uncle on Badu, he do that, not in this one. And the trochus shell, no, leave that out.",
        "That's it bala. Esso, yawo!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Only me and Ned. The divers don't need it.",
    },
    atReview: [
      "Looks mina good. That payments one, no need that one, bala, I pay from the bank and the buys already tell me what I owe. Finish. Esso.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "live $65 a kilo",
        "tails $80 a kilo",
        "tail 115 mm",
        "cray eggs",
        "October November closed season",
        "TIB licence number",
        "weigh reef",
        "divers every Friday",
        "Monday AFMA kilos each reef",
      ],
      tables: [
        { name: "divers", fields: ["name", "island", "phone", "bank account", "TIB licence number"] },
        { name: "reefs", fields: ["name", "area number"] },
        { name: "buys", fields: ["diver", "reef", "date", "kilos", "price"] },
      ],
      excluded: ["cucumber", "trochus"],
      background: ["clipboard"],
    },
  },
  {
    id: "many-farms-firewood",
    who: "The community services coordinator at the chapter house in Many Farms on the Navajo Nation, in Navajo (Diné) English, in short plain sentences ('Yá'át'ééh', 'our elders', 'my shimásání', 'way out', 'haul firewood', 'up on the mountain, over by Lukachukai', 'dooda', 'ahéhee''): a program on the chapter house's Windows computer because the internet goes out when the wind blows, firewood for elders 65 and over and anybody disabled, one load a month from October to April, a load a full pickup bed split and stacked by the house, the ones with no electricity and no gas first, volunteer drivers with a driver's license and the chapter's insurance form signed, the wood from a Forestry permit of 20 cords and no hauling when it is used up, no hauling in snow and mud with the loads moved to the next week, a report to the chapter officials at the end of every month; records after dashes on lines, every load to one elder hauled by one driver; a binder at the front desk today; the coal 'dooda', the hay for the sheep 'not this one'; C# on Windows; the census number taken off the elders at the review",
    says: {
      overview:
        "Yá'át'ééh. My name is Delphine Begay. I work at the Many Farms Chapter house, community services. Every winter we haul firewood to our elders. A lot of them live way out, no electricity, no gas, just the wood stove. Right now we have a sign-up in a binder at the front desk and I call the drivers myself. Last January my shimásání's neighbor never got a load for five weeks because her page fell behind the copier. She was burning pallets. So I want a program on the chapter computer to keep track.",
      more: "The internet goes out a lot here at the chapter house. When the wind blows, it's gone. So it has to work right there on the computer.",
      walkthrough:
        "Elders 65 and over can sign up, and anybody disabled.\n\nEach elder gets one load a month, October to April.\n\nA load is one full pickup bed, split and stacked by the house.\n\nThe ones with no electricity and no gas go first.\n\nThe drivers are volunteers. They need a driver's license and the chapter's insurance form signed before they haul.\n\nThe wood comes from the Forestry permit up on the mountain, over by Lukachukai. Each permit is 20 cords, and when it's used up there's no more hauling till the next permit.\n\nWhen it snows and the roads are mud there's no hauling that week, the loads go to the next week.\n\nEnd of every month I give the chapter officials a report, how many loads to how many elders.",
      things:
        "Elders - name, census number, phone, directions to the home site, age, electricity yes or no, gas yes or no\nDrivers - name, phone, truck, license number\nPermits - permit number, cords, date\nLoads - elder, driver, permit, date\nEvery load goes to one elder and one driver hauls it.",
      extras: [
        "The coal from the mine, that's a Navajo Nation program, we don't do the coal. Dooda. And the hay for the sheep is the livestock program, not this one.",
        "That's all. Ahéhee'.",
      ],
      tech: "It's a Windows computer. My nephew Tyler is going to make it, he knows C#.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No login. Just me and Loretta at the front desk use that computer.",
      Technology: "I have preferences",
    },
    atReview: [
      "Take out the census number on the elders. Some of them don't like to give it, they get worried. The name is enough. Ahéhee'.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "elders 65 and over",
        "one load a month October to April",
        "split stacked",
        "electricity gas first",
        "license insurance form",
        "permit 20 cords",
        "mud next week",
        "report end of every month",
      ],
      tables: [
        { name: "elders", fields: ["name", "phone", "directions", "age", "electricity", "gas"] },
        { name: "drivers", fields: ["name", "phone", "truck", "license number"] },
        { name: "permits", fields: ["permit number", "cords", "date"] },
        { name: "loads", fields: ["elder", "driver", "permit", "date"] },
      ],
      excluded: ["coal", "hay"],
      background: ["binder"],
      stack: ["C#"],
    },
  },
  {
    id: "kensington-seed-potatoes",
    who: "A seed potato grower up west outside Kensington, Prince Edward Island, in PEI English ('How's she going', 'up west', 'the Island', 'some greasy', 'over on the mainland', 'a scribbler', 'my boy', 'I'd say', 'holler at me', 'never mind that', 'leave that right out'): a Rust command-line tool his son writes for the old laptop in the warehouse office, every bin with its variety, generation and field, a lab sample from every bin and anything over 2% virus dropped to table stock, Certified $18 a hundredweight, Foundation $24 and table stock $9, a load 500 hundredweight, no load out without the CFIA certificate number, 6% off the bins' weight for the winter's shrink, the warehouse temperature put in every morning and a holler over 7 degrees, at the end of the season what every bin shipped and what's left; records in brackets on lines, every load out of one bin to one buyer; a scribbler on a nail by the door today; the chip plant contract 'never mind that', the barley 'leave that right out'; commands and flags; Rust",
    says: {
      overview:
        "How's she going. Wayne MacArthur, I grow seed potatoes up west, outside Kensington, my grandfather started it in the forties. We keep the seed in the warehouse over the winter in bins and ship it out in the spring to growers over on the mainland and down in the States. Best seed on the Island, I'd say. Right now it's all in a scribbler hung on a nail by the door, and the scribbler's some greasy by March. Last spring I shipped a load of Russets out of the wrong bin, the one that tested high, and the buyer in Maine sent the whole load back. So my boy Connor, he's home from UPEI doing the computers, he says he'll write me a program for the old laptop in the warehouse office.",
      walkthrough:
        "Okay. Every bin has the variety, the generation, that's Foundation or Certified, and the field it come out of.\n\nEvery bin gets a sample sent to the lab, and if the virus comes back over 2% it's dropped to table stock, it can't go as seed.\n\nCertified is $18 a hundredweight and Foundation is $24, table stock is $9.\n\nA load is 500 hundredweight, a full trailer.\n\nNo load goes out without the CFIA certificate number on it.\n\nThe bins shrink over the winter, I take 6% off the weight in the spring.\n\nI put the warehouse temperature in every morning, and if it's over 7 degrees it should holler at me.\n\nAnd at the end of the season I want what every bin shipped and what's left in it.",
      commands:
        'Connor says it goes like this: spud bin add --bin 12 --variety Russet --gen certified --cwt 3400 --field back40, spud test --bin 12 --virus 1.4, spud temp 5.5, spud ship --bin 12 --buyer "Aroostook Seed" --cwt 500 --cert PE-2291, spud season. I just type what he wrote on the card for me.',
      things:
        "Bins (number, variety, generation, field, hundredweight)\nBuyers (name, place, phone)\nLoads (bin, buyer, date, hundredweight, certificate number, price)\nTests (bin, date, virus)\nReadings (date, degrees)\nEvery load's out of one bin and goes to one buyer.",
      extras: [
        "The table potatoes for the chip plant in New Annan, that's my brother's contract, never mind that. And the barley we rotate in, leave that right out.",
        "No, that's her. Thanks a lot.",
      ],
      tech: "Rust, Connor says. It's just on the laptop, there's no internet out in the warehouse anyway.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Rust",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "over 2% table stock",
        "Certified $18 a hundredweight",
        "Foundation $24",
        "table stock $9",
        "load 500 hundredweight",
        "CFIA certificate number",
        "shrink 6%",
        "temperature 7 degrees",
        "end of season bin shipped",
      ],
      tables: [
        { name: "bins", fields: ["number", "variety", "generation", "field", "hundredweight"] },
        { name: "buyers", fields: ["name", "place", "phone"] },
        {
          name: "loads",
          fields: ["bin", "buyer", "date", "hundredweight", "certificate number", "price"],
        },
        { name: "tests", fields: ["bin", "date", "virus"] },
        { name: "readings", fields: ["date", "degrees"] },
      ],
      excluded: ["chip", "barley"],
      background: ["scribbler"],
      stack: ["Rust"],
      commands: [
        "bin add",
        "test",
        "temp",
        "ship",
        "season",
        "--bin",
        "--variety",
        "--gen",
        "--cwt",
        "--field",
        "--virus",
        "--buyer",
        "--cert",
      ],
    },
  },
  {
    id: "kuching-swiftlet-nest-grading",
    who: "A developer at a bird's nest trading company in Kuching whose family keeps swiftlet houses in Mukah, in Sarawak English with its Sarawak Malay ('kamek', 'kitak', 'sik', 'sik sama', 'mun', 'lah', 'from small already', 'the same one', 'sikda kena mengena', 'sik payah', 'terima kasih'): a Dart package in the company's private Git repo that the buyers' Flutter app and the plant's Flutter dashboard both use, nothing kept, cup nests Grade A at RM3,800 a kg, corner nests Grade B at RM2,900 and broken pieces RM1,500, red nests double the Grade A price, heavy feather 20% off and light feather no cut, under 15% moisture with 1% off the weight for every 1% over, no lot below 500 gram, a lot without the swiftlet house's DVS registration number rejected, everything to the nearest ringgit; a laminated price card and a calculator today; the cleaning of the nests 'sikda kena mengena', the bird call speakers 'sik payah'; Dart",
    says: {
      overview:
        "Hi, kamek Aiman, I'm a developer at a bird's nest trading company here in Kuching, Padungan side. My family got swiftlet houses in Mukah, so kamek know this business from small already. Our buyers go round the swiftlet houses in Mukah, Sibu and Bintulu and buy the raw nests by weight, then the nests go to our plant in Kuching. Now the buyers use a laminated card with the prices and a calculator, and sometimes the price they give the house owner and the price the plant works out sik sama, then the owner angry lah. We got a Flutter app for the buyers and a Flutter dashboard in the plant, so kamek want one Dart package that both use for the grade and the price, so the number is always the same one.",
      more: "It doesn't keep anything. The app and the dashboard give it the nests and it gives back the grade and the price, that's all. Both keep their own data.",
      walkthrough:
        "Ok, mun kitak buy raw nests, it goes like this.\n\nCup nests, the full bowl shape, are Grade A at RM3,800 a kg.\n\nCorner nests are Grade B at RM2,900 a kg, and broken pieces are RM1,500 a kg.\n\nRed nests, the real red ones, are double the Grade A price.\n\nHeavy feather nests get 20% off the price, light feather no cut.\n\nThe nests must be under 15% moisture, and for every 1% over 15, take 1% off the weight.\n\nA lot below 500 gram, sik buy, too small.\n\nEvery lot must have the DVS registration number of the swiftlet house, without it reject the lot.\n\nRound everything to the nearest ringgit.",
      extras: [
        "The cleaning of the nests, the ladies picking out the feathers with tweezers in the plant, sikda kena mengena with this package. And the bird call speakers for the swiftlet houses, sik payah put.",
        "That's all lah. Terima kasih!",
      ],
      tech: "Dart. Both the buyers' app and the plant dashboard are Flutter, so a Dart package in our private Git repo, both can add it.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Dart",
    },
    expect: {
      kind: "library",
      features: [
        "cup Grade A RM3,800",
        "corner Grade B RM2,900",
        "broken RM1,500",
        "red double Grade A",
        "heavy feather 20% off",
        "15% moisture 1% off the weight",
        "lot 500 gram",
        "DVS registration number",
        "nearest ringgit",
      ],
      tables: [],
      excluded: ["cleaning", "speaker"],
      background: ["laminated card"],
      stack: ["Dart"],
    },
  },
  {
    id: "bhimavaram-royyala-cheruvulu",
    who: "A shrimp farmer at Veeravasaram near Bhimavaram with 12 vannamei ponds, in Telugu (Telugu script, never used before, as he types it, with the English words Godavari farmers really mix in: 'యాప్', 'ఫోన్', 'సూపర్వైజర్', 'ఫీడ్', 'ట్రే', 'ఏరేటర్లు', 'శాంపిల్', 'కౌంట్', 'వాటర్ టెస్ట్', 'ఎక్స్పోర్ట్ కంపెనీ', 'గోడౌన్', 'లాగిన్', 'పెట్టకండి', 'వద్దు'): a phone app where his two supervisors put in the feeding and the water tests at the ponds over Jio and he sees it at once, feed four times a day, the tray checked two hours after and the next feed 10% less when feed is left in the tray, a water test every morning with the pH between 7.5 and 8.5, every aerator on and a message to him when the oxygen falls below 4, a sample for the count every 10 days, the harvest at count 40, no antibiotics ever, a warning when the feed bags in the godown fall below 20; records after colons on lines, every feeding, test and harvest one pond's; a book the supervisor writes today; his brother's chicken farm 'పెట్టకండి', the hatchery accounts 'వద్దు'; the supervisor added to the feedings after 'Change something' at 'Your data'",
    says: {
      overview:
        "నమస్కారం అండీ! నా పేరు శ్రీనివాస రాజు, మాది భీమవరం దగ్గర వీరవాసరం. మాకు 12 రొయ్యల చెరువులు ఉన్నాయి, వనామీ వేస్తాం. ఇద్దరు సూపర్వైజర్లు, నలుగురు పనివాళ్ళు ఉన్నారు. ఇప్పుడు ఫీడ్ ఎంత వేశారో, వాటర్ టెస్ట్ లో ఏం వచ్చిందో అంతా సూపర్వైజర్ ఒక పుస్తకంలో రాస్తాడు, నేను సాయంత్రం వచ్చి చూస్తాను. పోయిన పంటలో 4వ నంబర్ చెరువులో ఆక్సిజన్ పడిపోయింది, వాడు పుస్తకంలో రాశాడు కానీ నాకు ఫోన్ చెయ్యలేదు, రెండు టన్నుల రొయ్యలు చచ్చిపోయాయి. అందుకే ఫోన్లో ఒక యాప్ కావాలి, వాళ్ళు ఎంటర్ చేసింది నాకు వెంటనే కనిపించాలి.",
      more: "చెరువుల దగ్గర Jio సిగ్నల్ బాగానే వస్తుంది, నెట్ ప్రాబ్లం లేదు.",
      walkthrough:
        "రోజుకి నాలుగు సార్లు ఫీడ్ వేస్తాం, ఉదయం 6కి, 10కి, మధ్యాహ్నం 2కి, సాయంత్రం 6కి.\n\nఫీడ్ వేసిన రెండు గంటలకి ట్రే చూడాలి, ట్రేలో ఫీడ్ మిగిలితే తర్వాత ఫీడ్ 10% తగ్గించాలి.\n\nప్రతి రోజు ఉదయం వాటర్ టెస్ట్ చేయాలి, pH 7.5 నుంచి 8.5 మధ్యలో ఉండాలి.\n\nఆక్సిజన్ 4 కంటే తగ్గితే వెంటనే ఏరేటర్లు అన్నీ వెయ్యాలి, నా ఫోన్కి మెసేజ్ రావాలి.\n\nప్రతి 10 రోజులకి ఒకసారి శాంపిల్ పట్టి కౌంట్ చూడాలి.\n\nకౌంట్ 40కి వచ్చాక పట్టుబడి చేస్తాం, ఎక్స్పోర్ట్ కంపెనీకి అమ్ముతాం.\n\nయాంటీబయాటిక్స్ అసలు వాడకూడదు, కంపెనీ వాళ్ళు టెస్ట్ చేసి లోడ్ వెనక్కి పంపేస్తారు.\n\nగోడౌన్లో ఫీడ్ బస్తాలు 20 కంటే తక్కువ ఉంటే నాకు తెలియాలి.",
      things:
        "చెరువులు: నంబర్, ఎకరాలు, సీడ్ వేసిన తేదీ, సీడ్ కౌంట్\nఫీడింగ్: చెరువు, తేదీ, టైం, కిలోలు, ట్రే (ఖాళీ లేదా మిగిలింది)\nవాటర్ టెస్ట్: చెరువు, తేదీ, pH, ఆక్సిజన్, ఉప్పు\nపట్టుబడి: చెరువు, తేదీ, కౌంట్, టన్నులు, రేటు, కంపెనీ\nప్రతి ఫీడింగ్, ప్రతి టెస్ట్, ప్రతి పట్టుబడి ఒక చెరువుది.",
      thingsChange: "ఫీడింగ్ లో సూపర్వైజర్ పేరు కూడా పెట్టండి, ఎవరు వేశారో నాకు తెలియాలి.",
      extras: [
        "పక్కనే మా అన్నయ్య కోళ్ళ ఫారం ఉంది, అది దీంట్లో పెట్టకండి. హేచరీ నుంచి సీడ్ కొనే లెక్కలు కూడా వద్దు, అవి ఏజెంట్ చూసుకుంటాడు.",
        "అంతే అండీ. చాలా థాంక్స్!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "నేను అన్నీ చూస్తాను. ఇద్దరు సూపర్వైజర్లు ఫీడింగ్, వాటర్ టెస్ట్ ఎంటర్ చేస్తారు. పనివాళ్ళకి లాగిన్ అక్కర్లేదు.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "నాలుగు సార్లు ఫీడ్",
        "ట్రే 10%",
        "ఉదయం వాటర్ టెస్ట్",
        "pH 7.5 8.5",
        "ఆక్సిజన్ 4 ఏరేటర్లు",
        "10 శాంపిల్ కౌంట్",
        "కౌంట్ 40 పట్టుబడి",
        "యాంటీబయాటిక్స్",
        "ఫీడ్ బస్తాలు 20",
      ],
      tables: [
        { name: "చెరువులు", fields: ["నంబర్", "ఎకరాలు", "సీడ్ కౌంట్"] },
        { name: "ఫీడింగ్", fields: ["చెరువు", "తేదీ", "టైం", "కిలోలు", "ట్రే", "సూపర్వైజర్"] },
        { name: "వాటర్ టెస్ట్", fields: ["చెరువు", "తేదీ", "pH", "ఆక్సిజన్", "ఉప్పు"] },
        { name: "పట్టుబడి", fields: ["చెరువు", "తేదీ", "కౌంట్", "టన్నులు", "రేటు", "కంపెనీ"] },
      ],
      excluded: ["కోళ్ళ", "హేచరీ"],
      background: ["పుస్తకం"],
    },
  },
  {
    id: "bandabou-kunuku-fiesta",
    who: "A man from Soto who rents out his two kunuku houses in Bandabou for parties, in Papiamentu as it is written on Curaçao (never used before, typed with its accents, with the words Curaçaoans really use: 'Bon dia', 'kas di kunuku', 'fiesta di aña', 'batisá', 'bo por imaginá', 'ta asina e ta bai', 'ta lei', 'laga nan afó', 'esei no ta nos asuntu', 'djis kita', 'masha danki'): a website where people see the free days, book a house and pay the deposit and he and his wife see everything, Naf 450 a party day from 10 in the morning till 11 at night and Naf 1.100 a whole weekend from Friday to Sunday, at most 80 people in one house and 40 in the other, a Naf 200 deposit at booking and the rest a week before, a Naf 300 guarantee for damage given back after the house is checked, the music down at 11 at night by law, no child under 12 in the pool without an adult, the cleaning Naf 75 extra or done by the guests; records after dashes inline with the type in brackets, every reservation for one house and one client; WhatsApp and an agenda today; his cousin's tent and chairs 'laga nan afó', the catering 'esei no ta nos asuntu'; the email taken off the clients at the review",
    says: {
      overview:
        "Bon dia! Mi nòmber ta Ronchi Martina. Mi tin dos kas di kunuku na Bandabou, banda di Soto, ku mi ta hür pa fiesta: fiesta di aña, batisá, graduashon, fiesta di famia. Awor tur kos ta bai via WhatsApp i mi ta skirbi e reservashonnan den un agenda, i e aña akí mi a hür Kunuku Shon Pe dos biaha pa mesun djasabra. Dos famia a yega ku nan wea di sòpi, bo por imaginá! Mi ke un website kaminda hende por mira ki dia ta liber, reservá i paga e deposito, i ami ta mira tur kos.",
      walkthrough:
        "Ta asina e ta bai.\n\nUn dia di fiesta ta Naf 450, for di 10'or di mainta te 11'or di anochi.\n\nUn weekend kompleto, di djabièrnè te djadumingu, ta Naf 1.100.\n\nKunuku Shon Pe ta tuma máksimo 80 persona, i Kunuku Mi Dushi máksimo 40.\n\nNan ta paga un deposito di Naf 200 ora nan reservá, i e resto un siman promé ku e fiesta.\n\nRiba esei un garantia di Naf 300 pa daño, ku nos ta duna bèk despues ku nos a chèk e kas.\n\nE músika mester baha 11'or di anochi, ta lei.\n\nMucha bou di 12 aña no por drenta e piscina sin un grandi serka.\n\nLimpiesa ta Naf 75 ekstra, òf nan mes ta limpia.",
      things:
        "Kasnan - nòmber, máksimo persona, piscina (si òf nò). Klientenan - nòmber, telefòn, email, adrès. Reservashonnan - kas, kliente, fecha, tipo (dia òf weekend), kantidat di persona, deposito, resto pagá, garantia bèk. Kada reservashon ta pa un kas i di un kliente so.",
      extras: [
        "E karpa i e stulnan ku mi primu ta hür, esei ta su negoshi, laga nan afó. I katering tampoko, esei no ta nos asuntu.",
        "Esei ta tur. Masha danki!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Ami i mi kasá ta mira tur kos. E klientenan ta traha un account pa reservá i mira nan reservashon.",
    },
    atReview: [
      "Tur kos ta bon. Djis kita e email for di e klientenan, hopi di nan no tin email, telefòn ta basta. Masha danki!",
    ],
    expect: {
      kind: "web app",
      features: [
        "dia Naf 450",
        "weekend Naf 1.100",
        "máksimo 80 persona",
        "deposito Naf 200",
        "resto un siman promé",
        "garantia Naf 300",
        "músika 11'or",
        "mucha 12 aña piscina",
        "limpiesa Naf 75",
      ],
      tables: [
        { name: "kasnan", fields: ["nòmber", "máksimo persona", "piscina"] },
        { name: "klientenan", fields: ["nòmber", "telefòn", "adrès"] },
        {
          name: "reservashonnan",
          fields: ["kas", "kliente", "fecha", "tipo", "persona", "deposito", "garantia"],
        },
      ],
      excluded: ["karpa", "katering"],
      background: ["agenda"],
    },
  },
];
