import type { Persona } from "../persona-driver.js";

/**
 * The sixty-third round: ten more people nobody has met, written blind, without reading the
 * interviewer or anything that reads these files, and before any spec was made from what
 * they say. What each of them expects was set down from their own words, the way a careful
 * listener would take them, so the round can be held out or tuned on like the rest.
 *
 * As before, ordinary people telling an idea the ordinary way, made neither easy nor hard:
 * answers from a lower-case fragment to several paragraphs, records told in sentences
 * ("Every boat have …", "Every reservation have …", "Kei ia kaihoko …", "Kei ia ota …"),
 * spread over sentences ("There's the trains, each with …", "Then there's the bookings,
 * that's …", "And the private hires, that's …"), after colons inline ("Customers: name,
 * phone, email, city. Orders: …", and in lower case "members: name, phone, household, …"),
 * after colons on lines ("Customers: name, phone, town, …", "Pratikoù: anv, pellgomz, …",
 * and in lower case "diggers: name, licence no, phone"), in brackets inline ("Pipers (name,
 * address, phone, email), sets (…)"), with what a value may be in brackets ("pitch (F, G or
 * D)", "seurt (preti, stal pe den)"), and none at all from the library, whose rules come
 * numbered. Eight write in English, each in the English of a place no round has used (every
 * round-*.ts, index.ts and held-out.ts was searched, their doc comments and every `who`: the
 * Guernsey English of Lihou, the Jersey English of St Martin and the Sark English of the
 * Island were used, no English of Alderney was, nor "Alderney", "Braye", "Aurigny",
 * "Mannez", "Burhou" or "Ridunian"; the Geordie of Ashington, the English of Sunderland and
 * the Teesside English of Grangetown were used, "Northumberland" only as a crime novel's
 * coast and "Cheviot" only as a part of Cincinnati, no English of Coquetdale was, nor
 * "Rothbury", "Coquet", "smallpipes", "Morpeth" or "blackwood"; the Crucian English of
 * Frederiksted, the Caymanian English of West Bay and the Islander English of Provo were
 * used, no English of the British Virgin Islands was, nor "Anegada", "Tortola", "Setting
 * Point", "Loblolly", "Cow Wreck" or "BVI"; the Alaskan Englishes of Kodiak and Sitka and an
 * English of British Columbia were used, no English of Haida Gwaii was, nor "Haida",
 * "Masset", "Skidegate", "Tow Hill", "North Beach", "Prince Rupert", "razor clam" or "PSP";
 * the Ghanaian Englishes of a Kumasi susu collector and of Tamale were used, no English of
 * Cape Coast was, nor "Cape Coast", "Fante", "kenkey", "Takoradi", "Akwaaba", "Medaase",
 * "dumsor", "chop bar" or "trotro"; Indian Englishes from Mumbai to Pondicherry and Coorg
 * were used and a Coimbatore pawnbroker, no English of the Nilgiris was, nor "Ooty",
 * "Nilgiris", "Coonoor", "Badaga" or "Charing Cross"; the Dominican-American English of
 * upper Manhattan and the Dominican English of Grand Bay were used, no English of Samaná
 * was, nor "Samaná", "Las Galeras", "Santo Domingo", "La Churcha", "motoconcho", "guagua",
 * "colmado" or "coconut oil"; the Yukon English of Whitehorse was used and Yellowknife,
 * Iqaluit and "mahsi cho" appear, no English of Inuvik was, nor "Inuvik", "Dempster",
 * "Aklavik", "Tuktoyaktuk", "Muskrat", "quana" or "midnight sun"): the Alderney English of
 * St Anne, in long paragraphs ("Good morning to you from Alderney", "up in town", "down at
 * Braye", "the Admiralty", "the breakwater", "the Journal", "Victoria Street", "that's his
 * pigeon, not ours", "do leave that out", "cheerio for now"), the BVI English of Anegada, in
 * long paragraphs ("Good afternoon, darling", "the flat one", "we does grill", "Setting
 * Point", "the pots", "on 16", "that is he business, not mine", "leave that out", "come see
 * we on Anegada"), the Haida Gwaii English of Old Massett, in lower-case fragments
 * ("auntie", "north beach", "tow hill", "the plant", "psp", "the hall", "thats his thing not
 * ours", "skip that", "haw'aa"), the Fante-coloured Ghanaian English of Cape Coast, in short
 * plain sentences ("akwaaba", "the compound", "chop bars", "Kotokuraba", "dumsor", "Ei!",
 * "It pains me", "That one is his business, not ours", "please leave it", "Medaase"), the
 * Northumbrian English of Coquetdale, in between ("Aa've", "the hoose", "wor Michael", "wor
 * lass", "gan", "divvent", "nowt", "the Duke's Piper", "the Morpeth Gathering", "mind",
 * "Champion", "leave them oot", "Cheers, ta-ra"), the Nilgiris English of Ooty, in short
 * plain sentences ("Good morning from the Nilgiris", "the season", "the plains", "Charing
 * Cross", "from my side", "That is my uncle's business only, not ours", "kindly don't add
 * it"), the Beaufort Delta English of Inuvik, in terse lower-case fragments ("hi", "the
 * arena", "the delta", "the dempster", "northmart", "the town's, not the greenhouse's
 * thing", "skip that", "quana"), and the Samaná English of the Americans of Samaná, in
 * between ("Evening", "my grandmother them", "the Churcha", "colmado", "that's my cousin
 * business, ain't nothing to do with this library", "leave that out", "God bless"). One
 * writes in Breton (never used before: French was written, and Occitan, Breton never, nor
 * "Breizh", "Bretagne", "Plougastel", "sivi", "Demat", "Trugarez", "Kenavo", "Landerne",
 * "Elorn" or "krampouezh", "Breton" only in Cape Breton and "Brittany" only as a girl's
 * name and a tide service's coast; as a Plougastell strawberry grower types it, in between,
 * in the standard spelling with its mutations: "Demat deoc'h", "ma zad-kozh", "ma c'hoar",
 * "en tiez-gwer", "er parkeier", "ar pratikoù", "ur c'harned", "er skiber", "Ur vezh!",
 * "urzhiataer", "poellad", "ger-tremen", "n'eo ket hon afer", "lezomp an dra-se",
 * "Trugarez vras, kenavo"), and one in te reo Māori (never used before: the Kiwi Māori
 * English near Ōpōtiki was used, with its "Kia ora koe", "tōku ingoa" and "Ngā mihi nui",
 * te reo itself never, nor "kūmara", "Ruawai", "Kaipara", "Whangārei", "Wairoa",
 * "tangihanga", "hāngī", "taupānga" or "rorohiko", "marae" only near Ōpōtiki; as a Ruawai
 * grower types it, in between, with its macrons: "Kia ora koutou", "ngā whakatupuranga",
 * "tōku tungāne", "ngā marae", "ngā tangihanga", "Auē, te whakamā!", "taupānga",
 * "ipurangi", "ehara tērā i tā mātou mahi", "waiho tērā", "Heoi anō tāku").
 *
 * What varies is the kind of software, the trade and the length of the answers: web apps
 * for Alderney's volunteer railway (weekends and bank holidays from Easter to September and
 * every day in Alderney Week, three trains an afternoon, £6 and £3 and under 5 free, 80
 * seats, a passed-out driver and a guard or no train, dogs free on a lead, pushchairs in the
 * guard's van, bookings shut an hour before, the money back 24 hours out, the whole train
 * £150 a month ahead), an Anegada family's lobster dinners (November to July, lobster by
 * four o'clock, $60 and $75, fish $35 and chicken $28, children half, one sitting of 60,
 * half down for parties over 12, only their own pots, no lobster with eggs, no lobster in a
 * rough sea) and a Rothbury maker's Northumbrian smallpipes (made to order, a £300 deposit,
 * the list in order, ten sets a year, £1,400, £2,900 and £3,900, F, G or D, no ivory, never
 * posted, the deposit back only before the set is started); phone apps for an Old Massett
 * razor clam buying station (licensed diggers, two hours either side of low water, nothing
 * when the beach is shut for PSP, nothing under 90 mm, $2.50 and $1 a pound, 150 pounds a
 * digger a tide, the plant within 4 hours, paid on Fridays) and a Ruawai whānau's kūmara
 * (harvested February to May, cured two weeks, $40 and $25 a box, 10% off for marae at a
 * tangihanga, 20 boxes for shops, Whangārei on Wednesdays, no broken kūmara sold), the first
 * working without signal; programs on one computer for a Cape Coast compound's kenkey
 * (cooked three days a week, ordered by 2 o'clock the day before, GH₵ 5 and GH₵ 10, 100
 * balls for chop bars, traders paying first, delivered only in Cape Coast, plantain leaves
 * and never polythene, nothing older than 3 days) and a Plougastell family's strawberries
 * (April to July, picked before ten and sold the same day, 5 and 9 euros, restaurants
 * ordering by six the evening before and paying at the month's end, only their own, no
 * chemicals, the Brest market on Wednesdays and Saturdays); a service without screens, in
 * Ruby on Rails with PostgreSQL, for an Ooty family's home-made chocolates (only their own,
 * three boxes, nothing over 10 days old, nothing shipped to the plains from April to June,
 * ₹120 a parcel and free over ₹2,000, parcels Monday to Thursday, 50 boxes and 15 days for
 * weddings, sugar-free to order); a PHP library for a Samaná coconut mill's farmer pay (the
 * price a hundred passed in, green coconuts refused, bad ones counted out, the truck taken
 * off, rounded to 5 pesos); and a command-line tool in Go with SQLite for Inuvik's
 * community greenhouse (June 1 to September 15, residents only, a plot a household, $60 and
 * $90 and elders free, 10 volunteer hours or $50, the waitlist in order, unplanted plots
 * gone on June 21, compost only, no cannabis), with commands and flags. The Old Massett
 * niece and the Inuvik developer answer in lower-case fragments, typos left in ("herd",
 * "showd"), the second tersely, the Alderney secretary and the Anegada cook in long
 * paragraphs, the Cape Coast and Ooty people in short plain sentences, the others in
 * between.
 *
 * Each tells the story of the day it went wrong, with the people in it: the yacht rally and
 * the ramblers on one platform and a letter to the Journal, a catamaran on the radio and a
 * party on the daughter's phone for the same lobsters, a digger paid twice off wet receipts,
 * 400 balls of kenkey sold twice before a trader's 5 o'clock vehicle, two pipers each sure
 * they were next, 40 boxes melting two days at a courier in the May heat, one plot given to
 * two households, old Mister Jones paid twice for the same 2,000 coconuts, a hundred kilos
 * promised twice for a wedding morning, thirty boxes sold out from under a tangihanga; and
 * each says who will build it (a grandson at Exeter, a grandson at the community college in
 * Tortola, a cousin in Vancouver, a niece at UCC, a granddaughter at Newcastle, a nephew in
 * Brest and a nephew at the whare wānanga in Tāmaki Makaurau, while the Ooty, Inuvik and
 * Samaná developers build it themselves). Who may see what is said in their own words at
 * "Accounts" (visitors, boats and pipers without an account, a kitchen that sees tonight's
 * count but not the money, drivers and guards who see their own turns, a wife who does the
 * books, API keys for a website, a counter tablet and a courier) or left unsaid by the Go
 * tool and the PHP library; the two desktop programs are picked at "Kind" in the person's
 * own words, one of them in Breton.
 *
 * Relations said plainly ("One booking's for one train, and a train has lots of bookings
 * till the seats are gone", "One reservation is one boat for one night", "1 buy is 1 digger
 * on 1 tide, 1 tide has lots of buys", "One order is for one customer. One customer has many
 * orders", "One set's for one piper, and a piper can have more than one set on the list", "1
 * plot has 1 member a season", "Un urzhiad a zo evit ur pratik hepken", "Kotahi te kaihoko
 * o ia ota"); allowed values in the lists and sentences themselves (paid or not, driver or
 * guard, deposit paid or not, ready or not, open y/n, paid y/n, chop bar or trader, delivery
 * yes or no, paid yes or no, shipped or not, elder y/n, small or big, planted y/n, paeet pe
 * get, kaset pe get, marae āe/kāo, kua utua āe/kāo) and in brackets (a set's pitch, a
 * pratik's seurt); background in a hardback ledger and on an answerphone, on the radio and
 * in an exercise book, on a clipboard and in a receipt book, in an exercise book and on
 * WhatsApp, in a school jotter and a shoebox, in a long notebook and on WhatsApp, on a paper
 * list and a spreadsheet, in a copybook with a calculator, in a karned, in a pukapuka;
 * technology named as Ruby on Rails with PostgreSQL, PHP, and Go with SQLite, and none at
 * all by seven of them; "no" said as "that's his pigeon, not ours", "do leave that out",
 * "that is he business, not mine", "leave that out", "thats his thing not ours", "skip
 * that", "That one is his business, not ours", "please leave it", "nowt to do with the
 * workshop", "leave them oot", "That is my uncle's business only, not ours", "kindly don't
 * add it", "not the greenhouse's thing", "ain't nothing to do with this library", "n'eo ket
 * hon afer", "lezomp an dra-se", "ehara tērā i tā mātou mahi", "waiho tērā"; while rules
 * keep their "no" ("No train goes without", "not on the seats", "we don't buy lobster from
 * nobody", "never go on the grill", "there ain't no lobster", "no digging no buying", "we
 * dont buy them", "never polythene", "we don't sell", "nae jumping the queue", "nowt else",
 * "Nae ivory", "we divvent post them", "No factory chocolate", "we do not ship to the
 * plains", "the library refuse them", "don't get paid", "no chemicals", "no cannabis",
 * "morse sivi eus Spagn", "Ne lakaomp produ kimiek ebet", "Kāore mātou e hoko atu").
 *
 * The Alderney secretary takes the date they were passed out off the volunteers and puts dog
 * or not on the bookings, the Anegada cook takes the captain name off the boats and puts
 * allergies on the reservations, and the Old Massett niece takes the phone off the diggers
 * and puts the bin no on the buys, each after "Change something" at "Your data"; the
 * Rothbury pipe maker puts the wood on the sets, the Inuvik developer puts what they did on
 * the hours, the Samaná developer takes the bonus out of the library and the Ruawai grower
 * puts the momo kūmara on the ota, each at the review. The Cape Coast and Plougastell
 * programs and the Old Massett app are meant to work without the internet, the first because
 * the light goes off and data is dear, the second because the line in the shed comes and
 * goes, the third because there is no signal on the beach; the Inuvik tool lives on one
 * laptop in an old arena, and the Ooty service answers a website, a counter tablet and a
 * courier. Breton and Māori, both in Latin letters, are compared by their own words,
 * apostrophes, mutations and macrons and all, so their expected words are in the forms the
 * person used (as "ne werzhomp nemet hor sivi hon-unan morse sivi eus Spagn", "kāore mātou e
 * hoko atu i ngā kūmara kua pakaru"); every expected feature was checked to be in one line
 * the person said, and the excluded words of all ten were checked not to read like anything
 * they want (not "boat" or "island" for the brother-in-law's trips and the station table,
 * but "gannets" and "souvenirs"; not "lobster" or "fish" for the brother's flats and the
 * beach rides, when fish is on the menu, but "bonefishing" and "taxi"; not "clams" or
 * "beach" for the uncle's guests and the carving, but "lodge" and "argillite"; not
 * "kenkey" or "fish" for the brother's trade and the Castle visitors, but "smoked fish" and
 * "tours"; not "pipes" for the daughter's Tuesday nights and the Scotch ones, when pipes are
 * the trade, but "lessons" and "Highland"; not "chocolate" or "tea" for the uncle's
 * holidays and the counter's oil, but "cottages" and "eucalyptus"; not "plots" or "veg"
 * for the town's Saturdays and the boxes, but "farmers market" and "veg boxes"; not
 * "coconut" for the cousin's bikes and the church sale, when coconuts are the trade, but
 * "motoconcho" and "candy", and "bonus" once taken out; not "sivi" for the brother's
 * crêpes and the commune's feast, but "krampouezhti" and "Gouel"; not "kūmara" for the
 * cousin's Saturdays and the potatoes, but "hāngī" and "rīwai").
 */
export const SIXTY_THIRD_ROUND: readonly Persona[] = [
  {
    id: "alderney-railway-society",
    who: "A retired man in St Anne, on Alderney, the northernmost of the Channel Islands, secretary of the volunteer society that runs the island's little railway, laid by the Admiralty in the 1840s for the breakwater stone, from Braye Road out to Mannez Quarry by the lighthouse in two old London Underground carriages, in the Alderney English of St Anne, in long paragraphs ('Good morning to you from Alderney', 'up in town', 'down at Braye', 'the Admiralty', 'the breakwater', 'the Journal', 'Victoria Street', \"that's his pigeon, not ours\", 'do leave that out', 'cheerio for now'): a website where visitors see which trains have seats, book and pay without an account, he and the treasurer see everything and the money and the drivers and guards sign up for their turns and see their own, trains on Saturdays, Sundays and bank holidays from Easter to the end of September and every day in Alderney Week, three an afternoon from Braye Road at half past two, half past three and half past four, £6 return a grown-up, £3 a child from 5 to 15 and under 5 free, 80 seats a train and not one more, no train without a passed-out driver and a guard and the train cancelled with the money back when no guard has signed up by the Thursday, dogs on a lead free but not on the seats, pushchairs folded in the guard's van, bookings shut an hour before with spare seats sold on the platform, the money back on a cancel 24 hours before and not after unless the society cancels, the whole train hired for a wedding or a party at £150 a month ahead with a £50 deposit; records spread over sentences ('There's the trains, each with …', 'Then there's the bookings, that's …', 'There's the volunteers, each with …', 'And the private hires, that's …') with paid or not, driver or guard and deposit paid or not in them, a booking for one train and a train with lots of bookings till the seats are gone; a hardback ledger in the booking hut and the answerphone at his house today; his brother-in-law's boat trips to see the gannets \"that's his pigeon, not ours\", a volunteer's table of souvenirs at the station 'do leave that out'; the date they were passed out taken off the volunteers and dog or not put on the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Good morning to you from Alderney. I'm Roger Le Cocq, and I've lived up in St Anne all my life, bar twenty-two years in the Navy, and these days I'm secretary of the railway society, which is a grand title for a retired chap with a clipboard. We've the only working railway in the Channel Islands, I'll have you know, two miles of it, laid by the Admiralty in the 1840s to carry the stone down for the breakwater, and we run it with volunteers from Braye Road out to Mannez Quarry by the lighthouse, in a pair of old London Underground carriages that the grandchildren think are hilarious. Right now the bookings go in a hardback ledger in the booking hut, people leave messages on the answerphone at my house, and Colin, our treasurer, takes bookings by email, and there's the rub. Last August, in Alderney Week, Colin took forty off the yacht rally down at Braye by email for the half past two, while I'd sold the very same seats on the phone to a party of ramblers staying up in town. We had a hundred and twenty people on the platform for a train of eighty, forty of them stood in Braye Road in the drizzle, and one of them wrote to the Journal about 'amateurs playing trains'. On an island of two thousand souls I couldn't buy a pint in Victoria Street for a month without somebody whistling at me. My grandson Oliver is doing computing at Exeter, and he says he'll knock us up a website, so here we are.",
      more: "Visitors ought to be able to see which trains have seats, book and pay on the website without making an account, most of them are only here for the weekend, off the Aurigny from Guernsey or Southampton. Colin and I see everything, and the money. And our drivers and guards should be able to sign up for their turns, and see their own turns, without ringing me at teatime.",
      walkthrough:
        "Right. Most of this is the society's rule book, and some of it is plain common sense, which the rule book rather assumes.\n\nThe trains run on Saturdays, Sundays and bank holidays from Easter to the end of September, and every day in Alderney Week.\n\nThree trains an afternoon, leaving Braye Road at half past two, half past three and half past four, and it's about twenty-five minutes out to Mannez Quarry and back.\n\nIt's £6 return for a grown-up and £3 for a child from 5 to 15, and under 5 goes free.\n\nThere are 80 seats on a train, two carriages of forty, and not one more, the inspector is very particular.\n\nNo train goes without a passed-out driver and a guard. If we've no guard signed up by the Thursday, the train's cancelled and everybody gets their money back.\n\nDogs on a lead travel free, but not on the seats.\n\nPushchairs get folded and go in the guard's van.\n\nBookings close an hour before the train, and any spare seats are sold on the platform, cash.\n\nCancel 24 hours before and you get your money back, after that you don't, unless we cancel the train.\n\nYou can hire the whole train for a wedding or a party for £150, booked at least a month ahead, with a £50 deposit.",
      things:
        "Let me think. There's the trains, each with the date, the time, who's driving and who's guard. Then there's the bookings, that's the name, an email, a phone, which train, how many grown-ups, how many children and paid or not. There's the volunteers, each with a name, a phone, driver or guard, and the date they were passed out. And the private hires, that's the name, the date, what it's for and deposit paid or not. One booking's for one train, and a train has lots of bookings till the seats are gone.",
      thingsChange:
        "Hang on, a couple of things. Take the date they were passed out off the volunteers, the inspector keeps that in his own book and won't have it anywhere else. And put dog or not on the bookings, so the guard knows to keep a bit of space by the door.",
      extras: [
        "My brother-in-law takes people round in his boat to see the gannets on Les Étacs, that's his pigeon, not ours. And Margaret's little table of souvenirs and postcards at Braye Road, that's her own affair, do leave that out.",
        "Well, that's the lot. Thank you kindly, cheerio for now.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Visitors book and pay without an account. Colin and I see everything and the money. The drivers and guards sign up for their turns and see their own.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "trains run on Saturdays Sundays and bank holidays from Easter to the end of September every day in Alderney Week",
        "three trains an afternoon leaving Braye Road at half past two half past three and half past four",
        "£6 return for a grown-up £3 for a child from 5 to 15 under 5 goes free",
        "80 seats on a train",
        "no train goes without a passed-out driver and a guard",
        "no guard signed up by the Thursday the train's cancelled everybody gets their money back",
        "dogs on a lead travel free not on the seats",
        "pushchairs get folded and go in the guard's van",
        "bookings close an hour before the train spare seats are sold on the platform",
        "cancel 24 hours before money back after that you don't unless we cancel the train",
        "hire the whole train for a wedding or a party for £150 at least a month ahead £50 deposit",
      ],
      tables: [
        { name: "trains", fields: ["date", "time", "who's driving", "who's guard"] },
        {
          name: "bookings",
          fields: [
            "name",
            "email",
            "phone",
            "train",
            "how many grown-ups",
            "how many children",
            "paid or not",
            "dog or not",
          ],
        },
        { name: "volunteers", fields: ["name", "phone", "driver or guard"] },
        { name: "private hires", fields: ["name", "date", "what it's for", "deposit paid or not"] },
      ],
      excluded: ["gannets", "souvenirs"],
      background: ["ledger", "answerphone"],
    },
  },
  {
    id: "anegada-lobster-dinners",
    who: "A woman on Anegada, the flat coral island of the British Virgin Islands, who with her husband has a beach restaurant at Setting Point grilling lobster from his own pots on the reef for the yachts anchored in the bay and the people off the ferry from Tortola, in the BVI English of Anegada, in long paragraphs ('Good afternoon, darling', 'the flat one', 'we does grill', 'Setting Point', 'the pots', 'the reef', 'on 16', 'Well!', 'that is he business, not mine', 'leave that out', 'come see we on Anegada'): a website where boat crews reserve and pay from their phones on the mooring without an account, she and her daughter see everything and the money and the kitchen sees tonight's reservations but not the money, dinner every night from November to the end of July and shut August to October for the hurricane season, lobster ordered by four o'clock because it comes in live from the pots, a lobster dinner $60 regular and $75 big, fish $35 and chicken $28 with peas and rice and johnny cake, children under 10 half, one sitting at half past six for 60 people at most on the sand, parties over 12 paying half when they book, only lobster from her husband's own pots and none bought, no lobster carrying eggs ever grilled, no lobster when the sea is too rough for the pots and fish, chicken or the money back; records told in sentences ('Every boat have …', 'Every reservation have …', 'And every day Elroy catch have …') with paid or not in them, a reservation one boat for one night and a boat coming back every night it's anchored; the VHF radio and an exercise book by the stove today; her brother's bonefishing on the flats \"that is he business, not mine\", the taxis to the beaches 'leave that out'; the captain name taken off the boats and allergies put on the reservations after 'Change something' at 'Your data'",
    says: {
      overview:
        "Good afternoon, darling. My name is Loretta Vanterpool, and I born and raise right here on Anegada, the flat one, the only one in the Virgin Islands that ain't a mountain, is all coral and sand and reef. Me and my husband Elroy have a little restaurant on the beach at Setting Point, and every night we does grill lobster for the boats that anchor in the bay, the charter boats, the sailboats, and the people that come over on the ferry from Tortola. Elroy have his pots out on the reef, and the lobster come out the sea in the afternoon and go on the grill the same night, that is the whole secret. Right now the boats does call me on the VHF radio, on 16, and I write them in a exercise book by the stove, and my daughter Shanice take some on her phone, and there is the trouble. Last March a big catamaran with fourteen people call on the radio and I put them down, and the same afternoon Shanice take a group of twelve on her phone, and Elroy only bring in enough for the one of them. Twelve people sit down on my sand and I had to tell them is chicken or nothing, and one of them put it all over the sailing forums that Anegada lobster is a lie. Well! Thirty years we cooking lobster. My grandson is doing computers at the community college in Tortola, and he say he will make us a website.",
      more: "The boats should reserve and pay on the website from their phones, right there on the mooring, without making no account, they only here one or two nights. Me and Shanice see everything and the money. The kitchen, that's my sister Pearl and her boy, they see tonight's reservations, how many lobster, how many fish, but not the money.",
      walkthrough:
        "All right, let me tell you how we does run it, and some of it is Elroy rules, not mine, so don't blame me.\n\nWe open for dinner every night from November to the end of July, and we close August to October for the hurricane season.\n\nLobster have to be ordered by four o'clock, because Elroy bring them in live from the pots and they go straight on the grill.\n\nA lobster dinner is $60 for a regular one and $75 for a big one, fish is $35 and chicken $28, and all of them come with the peas and rice and the johnny cake.\n\nChildren under 10 pay half.\n\nDinner start at half past six, one sitting only, and we seat 60 people at the most on the sand.\n\nA party of more than 12 pay half when they book.\n\nWe only cook lobster from Elroy own pots, we don't buy lobster from nobody.\n\nA lobster carrying eggs never go on the grill, it go straight back in the sea, that is the law and that is right.\n\nIf the sea too rough for Elroy to go out to the pots, there ain't no lobster that night, and we call the boats to say fish or chicken, or they get their money back.",
      things:
        "Let me see. Every boat have the boat name, the captain name, a phone number and where they moored. Every reservation have the boat, the date, how many people, how many lobster, how many fish, how many chicken and paid or not. And every day Elroy catch have the date, how many lobster and how many pounds. One reservation is one boat for one night, and a boat could come back every night they anchored here.",
      thingsChange:
        "Wait, two things. Take the captain name off the boats, is the boat name we does know, the captains change every week. And put allergies on the reservations, a lady from Canada near dead last month from the shellfish and nobody tell me.",
      extras: [
        "My brother Dalton take people bonefishing on the flats, that is he business, not mine. And the taxi that carry people to Loblolly and Cow Wreck, is the taxi men business, leave that out.",
        "That's all from me, darling. Take care, and come see we on Anegada.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Boats reserve and pay without an account. Me and Shanice see everything and the money. The kitchen see tonight's reservations, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "open for dinner every night from November to the end of July close August to October",
        "lobster have to be ordered by four o'clock",
        "lobster dinner is $60 for a regular one $75 for a big one fish is $35 chicken $28",
        "children under 10 pay half",
        "dinner start at half past six one sitting only 60 people at the most",
        "party of more than 12 pay half when they book",
        "only cook lobster from Elroy own pots",
        "lobster carrying eggs never go on the grill",
        "sea too rough no lobster that night fish or chicken money back",
      ],
      tables: [
        { name: "boats", fields: ["boat name", "phone number", "where they moored"] },
        {
          name: "reservations",
          fields: [
            "boat",
            "date",
            "how many people",
            "how many lobster",
            "how many fish",
            "how many chicken",
            "paid or not",
            "allergies",
          ],
        },
        { name: "catch", fields: ["date", "how many lobster", "how many pounds"] },
      ],
      excluded: ["bonefishing", "taxi"],
      background: ["radio", "exercise book"],
    },
  },
  {
    id: "masset-razor-clams",
    who: "A young woman in Old Massett, on Haida Gwaii off the north coast of British Columbia, whose auntie runs a razor clam buying station at North Beach below Tow Hill, buying the diggers' clams at low tide by the pound and trucking them to the plant in Masset, in the Haida Gwaii English of Old Massett, in lower-case fragments ('hi', 'auntie', 'north beach', 'tow hill', 'the plant', 'psp', 'the hall', 'lol', \"thats his thing not ours\", 'skip that', \"haw'aa\"): a phone app that works with no signal on the beach and sends back in town, for her and her auntie, both seeing everything and the money and the diggers not using it, only diggers with a licence card from the council, digging only on the low tide from 2 hours before low to 2 hours after, no digging and no buying when the beach is shut for PSP, clams under 90 mm left on the beach, $2.50 a pound and $1 for broken clams, 150 pounds a digger a tide at most, the clams on ice and at the plant within 4 hours, the diggers paid every Friday in cash or by e-transfer; records after colons on lines in lower case with open y/n and paid y/n in them, a buy one digger on one tide and a tide with lots of buys; a clipboard and a receipt book in the truck today; her uncle's fishing lodge \"thats his thing not ours\", argillite carvings 'skip that'; the phone taken off the diggers and the bin no put on the buys after 'Change something' at 'Your data'",
    says: {
      overview:
        "hi. kayla, from old massett on haida gwaii. my auntie runs a razor clam buying station out at north beach by tow hill, the diggers bring their clams to her truck at low tide n she buys by the pound n trucks them to the plant in masset. rn its a clipboard n a receipt book in the truck. last summer she paid one digger twice for the same 80 lbs bc the receipts got wet n she couldnt read them, n then we came up short at the plant. whole village herd about it at the hall. so my cousin in vancouver is gonna make an app",
      more: "just me n auntie on our phones, we both see everything n the money. diggers dont use it. theres no signal on north beach at all so it has to work offline n send when we get back to town",
      walkthrough:
        "rules\n- only diggers w a licence card from the council\n- digging only on the low tide, beach opens 2 hrs before low n closes 2 hrs after\n- beach closed for psp = no digging no buying, the test comes back every week\n- clams under 90 mm stay on the beach, we dont buy them\n- $2.50 a lb, broken clams $1 a lb\n- max 150 lbs a digger a tide\n- clams on ice n at the plant in masset within 4 hrs\n- diggers get paid every friday, cash or e-transfer",
      things:
        "diggers: name, licence no, phone\ntides: date, low tide time, open y/n\nbuys: digger, tide, lbs, broken lbs, paid y/n\n1 buy is 1 digger on 1 tide, 1 tide has lots of buys",
      thingsChange:
        "oh wait change 2. take phone off the diggers, everybody knows everybody lol. n put the bin no on the buys, the plant always asks which bin",
      extras: [
        "my uncles got a fishing lodge up the inlet for the sport fishermen, thats his thing not ours. n ppl ask if auntie sells argillite carvings too, she doesnt, skip that",
        "ok thats it. haw'aa",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "just me n auntie, we both see everything n the money. the diggers dont use it",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "only diggers w a licence card from the council",
        "digging only on the low tide beach opens 2 hrs before low closes 2 hrs after",
        "beach closed for psp no digging no buying",
        "clams under 90 mm stay on the beach we dont buy them",
        "$2.50 a lb broken clams $1 a lb",
        "max 150 lbs a digger a tide",
        "clams on ice at the plant in masset within 4 hrs",
        "diggers get paid every friday cash or e-transfer",
      ],
      tables: [
        { name: "diggers", fields: ["name", "licence no"] },
        { name: "tides", fields: ["date", "low tide time", "open y/n"] },
        { name: "buys", fields: ["digger", "tide", "lbs", "broken lbs", "paid y/n", "bin no"] },
      ],
      excluded: ["lodge", "argillite"],
      background: ["clipboard", "receipt book"],
    },
  },
  {
    id: "cape-coast-kenkey",
    who: "A woman in Cape Coast, Ghana, near Kotokuraba market, who with her two sisters makes Fante kenkey in the family compound the way their grandmother taught them, wrapped in dried plantain leaves, selling to chop bars in Cape Coast and Takoradi and to traders who carry it to Accra, in the Fante-coloured Ghanaian English of Cape Coast, in short plain sentences ('akwaaba', 'the compound', 'chop bars', 'Kotokuraba', 'UCC', 'dumsor', 'Ei!', 'It pains me', 'That one is his business, not ours', 'please leave it', 'Medaase'): a program on the laptop in the small room by the kitchen with no password and no internet needed, for her and her niece, kenkey cooked on Monday, Wednesday and Friday only, orders in by 2 o'clock the day before, a small ball GH₵ 5 and a big one GH₵ 10, chop bars taking 100 balls at least and paying every Saturday, traders paying before the kenkey leaves the compound, deliveries only inside Cape Coast at GH₵ 20 a trip, wrapped only in dry plantain leaves and never polythene, nothing older than 3 days sold; records after colons on lines with chop bar or trader, delivery yes or no and paid yes or no in them, an order one customer's and a customer with many orders; an exercise book and WhatsApp today; her brother's smoked fish at the market 'That one is his business, not ours', tourists from the Castle wanting to watch the cooking 'please leave it'",
    says: {
      overview:
        "Good afternoon, and akwaaba. My name is Efua Mensah. I live in Cape Coast, near Kotokuraba market. My sisters Araba and Esi and I make Fante kenkey in our family compound. We do it the way our grandmother taught us, wrapped in dry plantain leaves. We sell to chop bars here in Cape Coast and in Takoradi. Some traders also carry it to Accra. Now all the orders are in an exercise book and on WhatsApp, and my sister and I both write in it. In December, before Christmas, we promised 400 balls to a chop bar in Takoradi. The same 400 went to a trader from Accra for the same Friday. The trader came with his vehicle at 5 in the morning and the kenkey was gone. Ei! He shouted in the whole compound. Now he tells everybody at the station that the Cape Coast women cannot be trusted. It pains me. My niece Adwoa is doing computer science at UCC, and she says she will make us a program for the laptop.",
      more: "Only me and Adwoa will use it, on the laptop in the small room by the kitchen. No password, please. The light goes off all the time, dumsor, and the data is expensive. So it should work without internet.",
      walkthrough:
        "This is how we do it.\nWe cook kenkey on Monday, Wednesday and Friday only.\nOrders must come the day before, by 2 o'clock, because the dough must be ready for the wrapping.\nA small ball is GH₵ 5 and a big ball is GH₵ 10.\nChop bars take 100 balls at least.\nChop bars pay every Saturday. Traders pay before the kenkey leaves the compound.\nWe deliver only inside Cape Coast, GH₵ 20 a trip. Takoradi chop bars and the traders come for it themselves.\nWe wrap in dry plantain leaves only, never polythene.\nKenkey older than 3 days, we don't sell it.",
      things:
        "Customers: name, phone, town, chop bar or trader\nOrders: customer, cooking day, small balls, big balls, delivery yes or no, paid yes or no\nCorn: date, bags, farmer, price a bag\nOne order is for one customer. One customer has many orders.",
      extras: [
        "My brother Kwesi smokes fish at the beach and sells it in the market. That one is his business, not ours. And the tourists who come for the Castle want to watch us cook, like tours. Please leave it.",
        "That is all. Medaase, thank you.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program for the laptop, works without internet"],
      Accounts: "No password. Only me and Adwoa on the laptop.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "cook kenkey on Monday Wednesday and Friday only",
        "orders must come the day before by 2 o'clock",
        "small ball is GH₵ 5 big ball is GH₵ 10",
        "chop bars take 100 balls at least",
        "chop bars pay every Saturday",
        "traders pay before the kenkey leaves the compound",
        "deliver only inside Cape Coast GH₵ 20 a trip",
        "wrap in dry plantain leaves only never polythene",
        "kenkey older than 3 days we don't sell it",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "town", "chop bar or trader"] },
        {
          name: "orders",
          fields: [
            "customer",
            "cooking day",
            "small balls",
            "big balls",
            "delivery yes or no",
            "paid yes or no",
          ],
        },
        { name: "corn", fields: ["date", "bags", "farmer", "price a bag"] },
      ],
      excluded: ["smoked fish", "tours"],
      background: ["exercise book", "WhatsApp"],
    },
  },
  {
    id: "rothbury-smallpipes",
    who: "A man in Rothbury, up Coquetdale in Northumberland, who has made Northumbrian smallpipes in the workshop behind his house for thirty-odd years and now works with his son, selling to pipers in Britain, Germany, America and Japan off a waiting list near two years long, in the Northumbrian English of Coquetdale, in between ('Aa've', 'the hoose', 'wor Michael', 'wor lass', 'gan', 'divvent', 'nowt', 'the Duke's Piper', 'the Morpeth Gathering', 'mind', 'Champion', 'leave them oot', 'Cheers, ta-ra'): a website where pipers join the list and pay the deposit without an account and get a link to see their place, he and his son see everything and his wife sees the money, every set made to order with a £300 deposit, the list in order with no jumping the queue, ten sets a year at most, a half set £1,400, a seven-key set £2,900 and a fourteen-key set £3,900, made in F, G or D and nothing else, the rest paid when the set is ready and before it leaves the workshop, no ivory and no tortoiseshell ever, every set fetched from Rothbury and never posted, the deposit back on dropping off the list before the set is started and not after; records in brackets inline with deposit paid or not and ready or not in them and the pitch (F, G or D) in brackets, a set one piper's and a piper with more than one set on the list; a school jotter on the bench and a shoebox of letters today; his daughter's lessons on the pipes 'nowt to do with the workshop', Highland pipes 'leave them oot'; the wood put on the sets at the review",
    says: {
      overview:
        "Hello there. Alan Charlton, from Rothbury, up Coquetdale in Northumberland. Aa've made Northumbrian smallpipes in the workshop at the back of the hoose for thirty-odd year, and now wor Michael works alongside us. They're the little bellows pipes, not the big Scotch ones, ye blow them with your elbow, not your gob. Folk come from all ower for them, Germany, America, Japan even, and there's a waiting list near enough two year long. Right now the list is in a school jotter on the bench, the letters are in a shoebox, and the deposits gan in whichever tin's nearest. Two year back Aa had the same place on the list promised to two fellers, one from Hexham and one from Hamburg, and both of them thought they were next. The Hamburg lad flew ower to fetch his set and it wasn't even started. It went roond the Morpeth Gathering like wildfire, and Aa divvent think Aa've lived it doon yet. Wor granddaughter Jodie's doing computing at Newcastle and she says she'll make us a website.",
      more: "Pipers should be able to put their name on the list and pay the deposit on the website, nae account, and get a link to see where they are on the list. Me and wor Michael see everything. Wor lass Sandra does the books, so she sees the money.",
      walkthrough:
        "Right, this is how we gan on.\nEvery set is made to order. Ye gan on the waiting list with a £300 deposit.\nThe list goes in order, first come first served, nae jumping the queue, not even for the Duke's Piper.\nWe make ten sets a year, nae more, it's just the two of us.\nA half set is £1,400, a seven-key set £2,900 and a fourteen-key set £3,900.\nWe make them in F, G or D, nowt else.\nThe rest is paid when the set's ready, before it leaves the workshop.\nNae ivory and nae tortoiseshell, ever, not even off an old set somebody sends us.\nYe come to Rothbury and fetch your set yourself, we divvent post them, Aa want to see ye set it gannin.\nDrop off the list before we start your set and ye get the deposit back. Once it's started, ye divvent.",
      things:
        "Pipers (name, address, phone, email), sets (piper, kind, pitch (F, G or D), place on the list, deposit paid or not, ready or not), repairs (piper, what's wrong, date in, date out). One set's for one piper, and a piper can have more than one set on the list.",
      extras: [
        "Wor Kirsty gives lessons on the pipes on a Tuesday night in the village hall, that's her own thing, nowt to do with the workshop. And folk ask us for Highland pipes, we divvent make them, leave them oot.",
        "That's us done. Cheers, ta-ra.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Pipers join the list and pay the deposit without an account, with a link to see their place. Me and Michael see everything. Sandra sees the money.",
    },
    atReview: [
      "Champion, that. Just the one thing, mind: put the wood on the sets, blackwood or boxwood, folk always ask.",
      "That's it now. Cheers, ta-ra.",
    ],
    expect: {
      kind: "web app",
      features: [
        "every set is made to order waiting list with a £300 deposit",
        "list goes in order first come first served nae jumping the queue",
        "ten sets a year nae more",
        "half set is £1,400 seven-key set £2,900 fourteen-key set £3,900",
        "we make them in F G or D nowt else",
        "rest is paid when the set's ready before it leaves the workshop",
        "nae ivory and nae tortoiseshell ever",
        "come to Rothbury and fetch your set yourself we divvent post them",
        "drop off the list before we start your set deposit back",
      ],
      tables: [
        { name: "pipers", fields: ["name", "address", "phone", "email"] },
        {
          name: "sets",
          fields: [
            "piper",
            "kind",
            "pitch",
            "place on the list",
            "deposit paid or not",
            "ready or not",
            "wood",
          ],
        },
        { name: "repairs", fields: ["piper", "what's wrong", "date in", "date out"] },
      ],
      excluded: ["lessons", "Highland"],
      background: ["jotter", "shoebox"],
    },
  },
  {
    id: "ooty-chocolate-api",
    who: "A developer in Ooty, in the Nilgiris, a Badaga working from home for a software company in Bengaluru, whose mother and aunt make home-made chocolates in their kitchen and sell them at a small shop near Charing Cross to tourists and on their website to people in the plains, in the Nilgiris English of Ooty, in short plain sentences ('Good morning from the Nilgiris', 'the season', 'the plains', 'Charing Cross', 'from my side', \"That is my uncle's business only, not ours\", \"kindly don't add it\"): a service without screens, in Ruby on Rails with PostgreSQL, that the website, the billing tablet at the counter and the courier's system call with keys, him and his mother as admins and customers ordering with a name, a phone and an email and no password, only their own chocolates from their own kitchen and no factory chocolate, boxes of 100 g at ₹200, 250 g at ₹450 and 500 g at ₹850, made fresh every morning and nothing older than 10 days sold, nothing shipped to the plains from April to June with only counter sales, shipping only inside India by courier at ₹120 a parcel and free above ₹2,000, parcels sent Monday to Thursday only, wedding and company orders 50 boxes at least, 15 days ahead with 50% advance, sugar-free only to order; records after colons inline with paid or not and shipped or not in them, an order one customer's and a customer with many orders; a long notebook and WhatsApp today; his uncle's holiday cottages in Coonoor \"That is my uncle's business only, not ours\", the tea and eucalyptus oil at the counter \"kindly don't add it\"; Ruby on Rails and PostgreSQL",
    says: {
      overview:
        "Good morning from the Nilgiris. My name is Prakash Gowder. I am Badaga, from a village near Ooty. I work from home for a software company in Bengaluru. My mother and my aunt make home-made chocolates in our kitchen. They have a small shop near Charing Cross in Ooty. Tourists buy at the counter. People from the plains order on our website. Now the orders come on WhatsApp and by mail, and my mother writes them in a long notebook. Last May, in the season, she sent 40 boxes to a wedding in Chennai. The courier kept them two days in the heat. Everything melted. The family posted the photos in every group. My mother cried that night. So I am building a small service for the orders.",
      more: "Only the API, no screens from my side. The website, the billing tablet at the counter and the courier's system call it, each with a key. My mother and I are admins. Customers order with name, phone and email, no password.",
      walkthrough:
        "Our rules:\n1. Only our own chocolates, made in our kitchen. No factory chocolate.\n2. Boxes of 100 g for ₹200, 250 g for ₹450, 500 g for ₹850.\n3. Made fresh every morning. Nothing older than 10 days is sold.\n4. From April to June we do not ship to the plains. The chocolate melts on the way. Only counter sales.\n5. We ship only inside India, by courier, ₹120 a parcel, free above ₹2,000.\n6. Parcels go Monday to Thursday only. On a Friday the parcel sits in a warehouse all weekend.\n7. Wedding and company orders are 50 boxes at least, 15 days ahead, with 50% advance.\n8. Sugar-free chocolates are made only to order.",
      things:
        "Customers: name, phone, email, city. Orders: customer, boxes, total, paid or not, shipped or not, docket number. Batches: date, flavour, kilos, best before. One order is for one customer. One customer has many orders.",
      extras: [
        "My uncle has holiday cottages in Coonoor. That is my uncle's business only, not ours. And the tea and eucalyptus oil my mother keeps at the counter, kindly don't add it.",
        "That's all from my side. Thank you.",
      ],
      tech: "Ruby on Rails in API mode, with PostgreSQL. I use Rails in my job.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The website, the counter tablet and the courier get API keys. My mother and I are admins. Customers order with name, phone and email, no password.",
      Technology: "I have preferences",
      "Back end": "Ruby on Rails",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "only our own chocolates made in our kitchen no factory chocolate",
        "boxes of 100 g for ₹200 250 g for ₹450 500 g for ₹850",
        "made fresh every morning nothing older than 10 days is sold",
        "from April to June we do not ship to the plains",
        "ship only inside India by courier ₹120 a parcel free above ₹2,000",
        "parcels go Monday to Thursday only",
        "wedding and company orders are 50 boxes at least 15 days ahead with 50% advance",
        "sugar-free chocolates are made only to order",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "email", "city"] },
        {
          name: "orders",
          fields: ["customer", "boxes", "total", "paid or not", "shipped or not", "docket number"],
        },
        { name: "batches", fields: ["date", "flavour", "kilos", "best before"] },
      ],
      excluded: ["cottages", "eucalyptus"],
      background: ["notebook", "WhatsApp"],
      stack: ["Ruby on Rails", "PostgreSQL"],
    },
  },
  {
    id: "inuvik-greenhouse-cli",
    who: "A developer in Inuvik, in the Mackenzie Delta of the Northwest Territories, working remote for a company in Calgary, on the board of the community greenhouse in the old hockey arena where about 70 households rent plots for the short summer, in the Beaufort Delta English of Inuvik, in terse lower-case fragments ('hi', 'the arena', 'the delta', 'the dempster', 'northmart', 'elders', \"the town's, not the greenhouse's thing\", 'skip that', 'quana'): a Go command-line tool with SQLite on the greenhouse laptop, one binary, for him and the other board members, plots open June 1 and everything out by September 15, Inuvik residents only, one plot a household, a small plot $60 a season and a big one $90 and elders 65 and over free, 10 volunteer hours a season from every member or $50 more, the waitlist in order, a plot not planted by June 21 going to the next on the waitlist, no chemicals and compost only, no cannabis by board rule even though it's legal; records after colons inline in lower case with elder y/n, small or big and planted y/n in them, a plot with one member a season; a paper list on the door and a spreadsheet today; the Saturday farmers market \"the town's, not the greenhouse's thing\", selling veg boxes 'skip that'; what they did put on the hours at the review; commands and flags; Go and SQLite",
    says: {
      overview:
        "hi. marcus, dev in inuvik nwt, up in the delta, remote for a co in calgary. im on the board of the community greenhouse, its in the old hockey arena, 70ish plots, ppl grow veg all summer w the 24 hr daylight. rn its a paper list on the door n a spreadsheet on the old laptop. last june we gave plot 31 to 2 households, one planted potatoes, the other showd up w a flat of seedlings up the dempster from whitehorse n it was full. gossip at northmart for a week. so a cli",
      more: "just me n the other board ppl, on the greenhouse laptop. one binary, the wifi in the arena is off half the time",
      walkthrough:
        "rules\n- plots open june 1, everything out by sept 15\n- inuvik residents only\n- 1 plot a household\n- small plot $60 a season, big $90, elders 65+ free\n- 10 volunteer hrs a season each member (watering, compost), or $50 more\n- waitlist goes in order\n- plot not planted by june 21 goes to the next on the waitlist\n- no chemicals, compost only\n- no cannabis, board rule, even tho its legal",
      things:
        "members: name, phone, household, elder y/n. plots: number, small or big, member, planted y/n. hours: member, date, hours. payments: member, amount, date. waitlist: member, date signed up. 1 plot has 1 member a season, 1 member gets 1 plot",
      commands:
        "like: plots join --name 'mary k' --phone 8675551234 --elder, plots assign --plot 31 --member 12, plots planted --plot 31, plots hours --member 12 --hours 3 --date 2026-06-14, plots pay --member 12 --amount 60, plots wait --member 40 (puts them on the waitlist), plots waitlist, plots free (plots nobody has), plots owing (who hasnt paid or done their hrs), plots reclaim --date 2026-06-21 (unplanted plots go to the waitlist)",
      extras: [
        "the farmers market on saturdays is the town's, not the greenhouse's thing. ppl ask us to sell veg boxes, skip that",
        "thats it. quana",
      ],
      tech: "go, w sqlite. one binary on the greenhouse laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Go",
    },
    atReview: [
      "looks good. 1 thing, put what they did on the hours, watering or compost or whatever",
      "good now. quana",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "plots open june 1 everything out by sept 15",
        "inuvik residents only",
        "1 plot a household",
        "small plot $60 a season big $90 elders 65+ free",
        "10 volunteer hrs a season each member or $50 more",
        "waitlist goes in order",
        "plot not planted by june 21 goes to the next on the waitlist",
        "no chemicals compost only",
        "no cannabis",
      ],
      tables: [
        { name: "members", fields: ["name", "phone", "household", "elder y/n"] },
        { name: "plots", fields: ["number", "small or big", "member", "planted y/n"] },
        { name: "hours", fields: ["member", "date", "hours", "what they did"] },
        { name: "payments", fields: ["member", "amount", "date"] },
        { name: "waitlist", fields: ["member", "date signed up"] },
      ],
      excluded: ["farmers market", "veg boxes"],
      background: ["paper list", "spreadsheet"],
      stack: ["Go", "SQLite"],
      commands: [
        "join",
        "assign",
        "planted",
        "hours",
        "pay",
        "wait",
        "waitlist",
        "free",
        "owing",
        "reclaim",
        "--name",
        "--phone",
        "--elder",
        "--plot",
        "--member",
        "--hours",
        "--date",
        "--amount",
      ],
    },
  },
  {
    id: "samana-coconut-pay",
    who: "A developer in Santo Domingo from Samaná, one of the English-speaking Americans of Samaná descended from the free Black families who came from Philadelphia in 1824, whose uncle has a small coconut oil mill outside Samaná town buying dry coconuts from farmers all round the peninsula, in the Samaná English, in between ('Evening', 'what they call we here', 'my grandmother them', 'the Churcha', 'colmado', 'motoconchos', 'the malecón', \"that's my cousin business, ain't nothing to do with this library\", 'leave that out', 'God bless'): a PHP library, a Composer package, for the uncle's Laravel app by the scale and his WordPress site, keeping nothing, given the farmer, the coconuts, the bad ones, where they came from and whether the truck fetched them and giving back the pay, the price for a hundred dry coconuts passed in and changed every month, green coconuts refused, cracked or rotten ones counted out and not paid, RD$ 300 off when the mill's truck fetches them and RD$ 500 from Las Galeras or El Limón, everything rounded to the nearest 5 pesos, giving back the coconuts counted, the ones counted out and the pay; the uncle's copybook and the calculator on his cellphone today; his cousin's motoconchos \"that's my cousin business, ain't nothing to do with this library\", the aunties' coconut candy for the church sale 'leave that out'; the 5% bonus for 1,000 coconuts taken out at the review; PHP",
    says: {
      overview:
        "Evening. I'm Nathaniel Shepherd, a developer in Santo Domingo, but I'm from Samaná, from the Americans, that's what they call we here, the families that come over from Philadelphia in 1824. My grandmother them still talk the English at the house and sing it at the Churcha on Sunday. My uncle Ezekiel got a little coconut oil mill outside Samaná town. He buy the dry coconuts from the farmers all round the peninsula, from Las Galeras to El Limón, and make the oil. Right now he count the pay for every farmer in a copybook with the calculator on his cellphone, and every time it come out different. In March he paid old Mister Jones twice for the same 2,000 coconuts and came up short for three other farmers. One of them told the whole colmado, and for a month people was saying my uncle a thief. So I'm writing a library for the farmers' pay.",
      more: "It don't keep nothing. You give it the farmer, how many coconuts, how many was bad, where they come from and if the truck went for them, and it give you back the pay. It go in my uncle little Laravel app on the computer by the scale, and on his WordPress site so the farmers can check.",
      walkthrough:
        "My uncle rules, in order:\n1. The price for a hundred dry coconuts come in from outside, my uncle change it every month.\n2. Only dry coconuts. Green coconuts, the library refuse them.\n3. Cracked or rotten coconuts don't get paid, they counted out.\n4. A farmer that bring 1,000 coconuts or more in one delivery get a bonus of 5%.\n5. If the mill truck go to fetch them, RD$ 300 come off for the trip, and RD$ 500 from Las Galeras or El Limón.\n6. Everything rounded to the nearest 5 pesos.\n7. It give back the coconuts counted, the coconuts counted out and the pay.",
      extras: [
        "My cousin run the motoconchos by the malecón, that's my cousin business, ain't nothing to do with this library. And the aunties make coconut candy for the sale at the Churcha, leave that out.",
        "That's all I got. God bless.",
      ],
      tech: "PHP, a Composer package. The app by the scale is Laravel and the site is WordPress.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "PHP",
    },
    atReview: [
      "It look good. One thing, take out the bonus for 1,000 coconuts, my uncle stopped it in January, the money ain't there.",
      "Now it's right. God bless.",
    ],
    expect: {
      kind: "library",
      features: [
        "price for a hundred dry coconuts come in from outside",
        "only dry coconuts green coconuts the library refuse them",
        "cracked or rotten coconuts don't get paid they counted out",
        "mill truck go to fetch them RD$ 300 come off RD$ 500 from Las Galeras or El Limón",
        "everything rounded to the nearest 5 pesos",
        "give back the coconuts counted the coconuts counted out and the pay",
      ],
      tables: [],
      excluded: ["motoconcho", "candy", "bonus"],
      background: ["copybook", "calculator"],
      stack: ["PHP"],
    },
  },
  {
    id: "ruawai-kumara",
    who: "A woman in Ruawai, on the Kaipara Harbour in Northland, whose whānau has grown kūmara on the river flats by the Wairoa for three generations, selling boxes to whānau, to marae for hui and tangihanga and to shops in Whangārei, in te reo Māori (never used before: the Kiwi Māori English near Ōpōtiki was used, te reo itself never; as she types it, in between, with its macrons: 'Kia ora koutou', 'ngā whakatupuranga', 'tōku tungāne', 'tō māua whaea', 'ngā marae', 'ngā tangihanga', 'Auē, te whakamā!', 'pūtaiao rorohiko', 'taupānga', 'ipurangi', 'ehara tērā i tā mātou mahi', 'waiho tērā', 'Heoi anō tāku'): a phone app with signal in town, for her and her brother, both seeing everything and the money and the customers not using it, kūmara harvested from February (Huitanguru) to May (Haratua), cured two weeks before they're sold, $40 a 10 kg box and $25 a 5 kg box, 10% off for marae at a tangihanga, shops ordering 20 boxes at least and paying at the month's end and everybody else paying at pickup, deliveries to Whangārei on Wednesdays only, no broken kūmara sold and those given to the pigs; records told in sentences ('Kei ia kaihoko …', 'Kei ia ota …', 'Kei ia māra …') with marae āe/kāo and kua utua āe/kāo in them, an order (ota) one customer's and a customer with many; a book (pukapuka) and the phone today; her cousin's hāngī sold on Saturdays 'ehara tērā i tā mātou mahi', potatoes (rīwai) 'waiho tērā'; the kind of kūmara (momo kūmara) put on the orders (ota) at the review",
    says: {
      overview:
        "Kia ora koutou! Ko Aroha Tipene tōku ingoa, nō Ruawai ahau, i te taha o te moana o Kaipara. E toru ngā whakatupuranga o tōku whānau e whakatipu kūmara ana i ngā whenua papatahi i te taha o te awa o Wairoa. Ināianei, ko tōku tungāne ko Hemi, ko tō māua whaea, ko au ngā kaimahi. Ka hokona atu ā mātou kūmara ki ngā whānau, ki ngā marae mō ngā hui me ngā tangihanga, ki ngā toa hoki i Whangārei. I tēnei wā, ka waea mai te tangata ki a Māmā, ā, ka tuhia e ia ngā ota katoa ki tētahi pukapuka. I te marama o Poutūterangi, i oati ia i ngā pouaka e toru tekau ki tētahi marae mō tētahi tangihanga, engari kua hokona kē aua pouaka ki tētahi toa i Whangārei. I te taenga mai o te whānau o te marae, kāore he kūmara. Auē, te whakamā! Kei te ako tāku irāmutu a Tama i te pūtaiao rorohiko ki te whare wānanga i Tāmaki Makaurau, ā, ka hangaia e ia he taupānga mō ā māua waea.",
      more: "Mā māua ko Hemi anake te taupānga, i ā māua waea. Ka kite māua i ngā mea katoa, me ngā moni hoki. Kāore ngā kaihoko e whakamahi i te taupānga. He pai te waea i Ruawai, nō reira kāore he raru mehemea ka hiahia ia ki te ipurangi.",
      walkthrough:
        "Anei ā mātou tikanga:\nKa hauhakea ngā kūmara mai i Huitanguru ki Haratua.\nKa whakamarokehia ngā kūmara mō ngā wiki e rua i mua i te hoko.\nHe $40 te pouaka 10 kg, he $25 te pouaka 5 kg.\nMō ngā tangihanga, ka heke te utu mā ngā marae, 10%.\nMe ota ngā toa kia 20 pouaka neke atu.\nKa utu ngā toa i te mutunga o te marama, ka utu ērā atu i te wā e tiki ai.\nKa tukuna e mātou ki Whangārei i ngā Rāapa anake.\nKāore mātou e hoko atu i ngā kūmara kua pakaru, ka hoatu ki ngā poaka.",
      things:
        "Kei ia kaihoko tōna ingoa, tōna nama waea me tōna tāone. Kei ia ota te kaihoko, te rā, te maha o ngā pouaka, marae āe/kāo, me kua utua āe/kāo. Kei ia māra tōna ingoa, te rā whakatō me te rā hauhake. Kotahi te kaihoko o ia ota, ā, he maha ngā ota a tētahi kaihoko.",
      extras: [
        "Ka hoko atu tōku whanaunga i te hāngī i ngā Rāhoroi, engari ehara tērā i tā mātou mahi. Ā, he maha ngā tāngata e pātai ana mō te rīwai, kāore mātou e whakatipu rīwai, waiho tērā.",
        "Heoi anō tāku. Ngā mihi, ka kite!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "Ko māua ko Hemi anake, ka kite māua i ngā mea katoa me ngā moni. Kāore ngā kaihoko e whakamahi.",
    },
    atReview: [
      "Ka pai rawa. Kotahi anō: tāpirihia te momo kūmara ki ngā ota, te kūmara whero, te kōura, te mā rānei, nā te mea ka pātai ngā toa.",
      "Ka pai ināianei. Tēnā rawa atu koe!",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "ka hauhakea ngā kūmara mai i Huitanguru ki Haratua",
        "ka whakamarokehia ngā kūmara mō ngā wiki e rua i mua i te hoko",
        "$40 te pouaka 10 kg $25 te pouaka 5 kg",
        "mō ngā tangihanga ka heke te utu mā ngā marae 10%",
        "me ota ngā toa kia 20 pouaka neke atu",
        "ka utu ngā toa i te mutunga o te marama ka utu ērā atu i te wā e tiki ai",
        "ka tukuna e mātou ki Whangārei i ngā Rāapa anake",
        "kāore mātou e hoko atu i ngā kūmara kua pakaru",
      ],
      tables: [
        { name: "kaihoko", fields: ["ingoa", "nama waea", "tāone"] },
        {
          name: "ota",
          fields: ["kaihoko", "rā", "maha o ngā pouaka", "marae āe/kāo", "kua utua āe/kāo", "momo kūmara"],
        },
        { name: "māra", fields: ["ingoa", "rā whakatō", "rā hauhake"] },
      ],
      excluded: ["hāngī", "rīwai"],
      background: ["pukapuka"],
    },
  },
  {
    id: "plougastel-sivi",
    who: "A man in Plougastel-Daoulas, across the Elorn from Brest, whose family has grown strawberries (sivi) in greenhouses and in the fields above the sea since his grandfather, selling them at the Brest market and to shops and restaurants (pretioù), in Breton (never used before: French was written, and Occitan, Breton never; as he types it, in between, in the standard spelling with its mutations: 'Demat deoc'h', 'ma zad-kozh', 'ma c'hoar', 'en tiez-gwer', 'er parkeier', 'ar pratikoù', 'ur c'harned', 'er skiber', 'Ur vezh!', 'urzhiataer', 'poellad', 'ger-tremen', \"n'eo ket hon afer\", 'lezomp an dra-se', 'Trugarez vras, kenavo'): a program on the computer in the shed (skiber) with no password and no internet needed, for him and his sister, strawberries sold from April to July, picked in the morning before ten and sold the same day and never the next, 5 euros a 500 g box and 9 euros a kilo, restaurants and shops ordering by six the evening before, restaurants paying at the end of the month and everybody else straight away, only their own strawberries and never any from Spain, no chemicals on them ever, the Brest market on Wednesdays and Saturdays; records after colons on lines with paeet pe get and kaset pe get in them and a pratik's seurt (preti, stal pe den) in brackets, an order (urzhiad) one customer's and a customer with many; a notebook (karned) and the phone today; his brother's crêperie (krampouezhti) \"n'eo ket hon afer\", the commune's strawberry festival (Gouel ar Sivi) 'lezomp an dra-se'",
    says: {
      overview:
        "Demat deoc'h! Yann Kerbrat eo ma anv, hag eus Plougastell ez on, e-tal Brest, en tu all d'an Elorn. Sivi a reomp er familh abaoe amzer ma zad-kozh, en tiez-gwer hag er parkeier a-us d'ar mor. Bremañ e labouromp ma c'hoar Soazig, ma mab Tangi ha me. Gwerzhañ a reomp hor sivi er marc'had e Brest, d'ar stalioù ha d'ar pretioù. Bremañ ar pratikoù a bellgomz din pe a gas SMS din, ha me a skriv pep tra en ur c'harned. E miz Mae tremenet em boa prometet kant kilo d'ur preti e Brest ha d'ur stal e Landerne evit ar memes mintin, ha n'hon doa nemet hanter-kant. Ar c'heginer eus Brest n'en doa ket a sivi evit un eured, hag en deus lavaret d'an holl er marc'had ne oamp ket tud a fiziañs. Ur vezh! Ma niz a studi an urzhiataerezh e Brest, hag ober a raio ur poellad evidomp.",
      more: "Ar poellad a vo evit an urzhiataer er skiber hepken. Ma c'hoar ha me hepken a implijo anezhañ. Ger-tremen ebet. An internet a ya hag a zeu er skiber, neuze e rank mont en-dro hep an internet ivez.",
      walkthrough:
        "Setu hor reolennoù:\nAr sivi a vez gwerzhet eus miz Ebrel betek miz Gouere.\nAr sivi a vez kutuilhet diouzh ar mintin, a-raok dek eur.\nGwerzhet e vezont en deiz ma vezont kutuilhet, morse an deiz war-lerc'h.\nUr voestad 500 g a goust 5 euro, ur c'hilo a goust 9 euro.\nAr pretioù hag ar stalioù a rank urzhiañ a-raok c'hwec'h eur d'an abardaez evit an deiz war-lerc'h.\nAr pretioù a bae e fin ar miz, an dud all a bae diouzhtu.\nNe werzhomp nemet hor sivi hon-unan, morse sivi eus Spagn.\nNe lakaomp produ kimiek ebet war ar sivi, morse.\nEr marc'had e Brest ez eomp d'ar Merc'her ha d'ar Sadorn.",
      things:
        "Pratikoù: anv, pellgomz, chomlec'h, seurt (preti, stal pe den)\nUrzhiadoù: pratik, deiziad, kilo, boestadoù, paeet pe get, kaset pe get\nTiez-gwer: niverenn, seurt sivi, deiziad plantañ\nUn urzhiad a zo evit ur pratik hepken, hag ur pratik en deus meur a urzhiad.",
      extras: [
        "Ma breur en deus ur c'hrampouezhti e bourk Plougastell, met n'eo ket hon afer. Ha Gouel ar Sivi, an ti-kêr a ra anezhañ, lezomp an dra-se.",
        "Setu, echu eo. Trugarez vras, kenavo!",
      ],
    },
    picks: {
      Kind: ["Something else", "Ur poellad evit an urzhiataer er skiber, hep an internet"],
      Accounts: "Ger-tremen ebet. Ma c'hoar ha me hepken war an urzhiataer er skiber.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "ar sivi a vez gwerzhet eus miz Ebrel betek miz Gouere",
        "ar sivi a vez kutuilhet diouzh ar mintin a-raok dek eur",
        "gwerzhet e vezont en deiz ma vezont kutuilhet morse an deiz war-lerc'h",
        "ur voestad 500 g a goust 5 euro ur c'hilo a goust 9 euro",
        "ar pretioù hag ar stalioù a rank urzhiañ a-raok c'hwec'h eur d'an abardaez",
        "ar pretioù a bae e fin ar miz an dud all a bae diouzhtu",
        "ne werzhomp nemet hor sivi hon-unan morse sivi eus Spagn",
        "ne lakaomp produ kimiek ebet war ar sivi",
        "er marc'had e Brest ez eomp d'ar Merc'her ha d'ar Sadorn",
      ],
      tables: [
        { name: "pratikoù", fields: ["anv", "pellgomz", "chomlec'h", "seurt"] },
        {
          name: "urzhiadoù",
          fields: ["pratik", "deiziad", "kilo", "boestadoù", "paeet pe get", "kaset pe get"],
        },
        { name: "tiez-gwer", fields: ["niverenn", "seurt sivi", "deiziad plantañ"] },
      ],
      excluded: ["krampouezhti", "Gouel"],
      background: ["karned"],
    },
  },
];
