import type { Persona } from "../persona-driver.js";

/**
 * The sixty-second round: ten more people nobody has met, written blind, without reading
 * the interviewer or anything that reads these files, and before any spec was made from
 * what they say. What each of them expects was set down from their own words, the way a
 * careful listener would take them, so the round can be held out or tuned on like the rest.
 *
 * As before, ordinary people telling an idea the ordinary way, made neither easy nor hard:
 * answers from a lower-case fragment to several paragraphs, records told in sentences
 * ("Every family has …", "Every entry in the book has …", "Each moped's got …"), spread
 * over sentences ("There's the horses, each with …", "Then there's the carriages …", "And
 * the bookings, that's …"), after colons inline in lower case ("households: name, phone,
 * address, …. lockers: …"), after colons on lines ("Drivers: name, phone, van plate, …",
 * "Nā kauoha: mea kūʻai, lā, …"), after dashes on lines ("- batches - number, date, …"), in
 * brackets inline ("ij client (nòm, adrëssa, …)", and in lower case "members (name,
 * barangay, boat, phone)"), with what a value may be in brackets ("sòrt (pastissarìa o
 * privà)", "size (small, big or scripture)"), and none at all from the library, whose rules
 * come numbered. Eight write in English, each in the English of a place no round has used
 * (every round-*.ts, index.ts and held-out.ts was searched, their doc comments and every
 * `who`: the Guernsey English of Lihou and the Jersey English of St Martin were used, no
 * English of Sark was, nor "Sark", "La Coupée", "Harbour Hill", "toast rack",
 * "Seigneurie", "the Avenue" or "Perrée"; the Boston English of Quincy, the Maine English
 * of Bowdoinham, the Portuguese-American English of Fall River and the Verdean-American
 * English of Brockton were used and Cape Cod named, no English of Martha's Vineyard was,
 * nor "Vineyard", "Oak Bluffs", "Edgartown", "Chilmark", "Woods Hole" or "wash-ashores",
 * "up-island" only on Vancouver Island; the St. Maarten English of the Dutch side, the
 * Caymanian English of West Bay, the Crucian English of Frederiksted and the Islander
 * English of Provo were used, no English of Saba was, nor "Saba", "Windwardside", "Fort
 * Bay", "Winair", "Mount Scenery" or "Island Governor", "the Bottom" only as the bottom of
 * something; the Acadian English of Cap-Pelé, the Newfoundland English of Bay Roberts, the
 * Grand Manan English of Dark Harbour and the Englishes of Cape Breton, PEI and Labrador
 * were used, no English of the Magdalen Islands was, nor "Magdalens", "Entry Island",
 * "Grindstone", "Cap-aux-Meules" or "Dawson", "entry" only as an entry in something; the
 * Ilocano-coloured English of Vigan and the Cebuano-coloured English of Lapu-Lapu were used
 * and Tagalog, Cebuano and Hiligaynon written, no English of Batanes was, nor "Batanes",
 * "Basco", "Mahatao", "dibang", "Ivatan", "vakul", "kapayvanuvanuwa", "kapian" or "Dios
 * mamajes", "tricycle" nowhere; the Alaskan English of Kodiak was used, no English of Sitka
 * was, nor "Sitka", "PFD", "cold storage" or "coho", "lockers" only in a Splott snooker
 * hall, a Noryangjin study cafe and a Lachine storage yard; the Ladakhi English of Rumbak,
 * the Himachali English of Kotkhai and the Englishes of Sikkim and of McLeod Ganj's
 * Tibetans were used, no English of Arunachal was, nor "Arunachal", "Tawang", "Monpa",
 * "Mukto", "shugu", "gompa" or "Losar", "Sela" only as a Tongan girl's name; the Tanzanian
 * English of Arusha was used, with its "Habari", no English of Moshi was, nor "Moshi",
 * "Kilimanjaro", "Marangu", "Machame", "Lemosho", "Uhuru" or "Lyimo", "porters" only in a
 * Dzükou rest house's exclusions and by the kilo on Kinabalu): the Sark English of the
 * Island, in long paragraphs ("Hello there, and good afternoon from Sark", "the Island", "the toast rack", "Harbour Hill", "the Guernsey boat", "La
 * Coupée", "the Avenue", "the Guernsey Press", "that's his lookout and nothing to do with
 * the carriages", "please don't put that in", "Thanks ever so, bye now"), the Martha's
 * Vineyard English of Oak Bluffs, in long paragraphs ("OB", "the Steamship dock",
 * "wash-ashores", "down-island", "up-island", "the selectmen", "wicked embarrassing",
 * "that's Bobby's business, nothing to do with mine", "leave that off", "take it easy"),
 * the Saban English of Windwardside, in between ("good day from Saba", "the Road", "the
 * Bottom", "Fort Bay", "Winair", "the Island Governor", "Imagine.", "that's his business,
 * not the association's", "we don't do that", "have a blessed day"), the Magdalen Islands
 * English of Entry Island, in between ("Hello from Entry", "on the book", "Grindstone",
 * "the Thursday boat", "a blow", "that's some good", "that's Gordon's affair, not the
 * store's", "leave that out of it", "Thanks very much, dear"), the Ivatan-coloured
 * Philippine English of Batanes, in lower-case fragments ("kapian ka pa nu dios", "dibang",
 * "the racks", "the kapayvanuvanuwa", "ate lorna", "pasalubong stores", "thats his not
 * ours", "skip that", "dios mamajes"), the Alaskan English of Sitka, in terse lower-case
 * fragments ("hey", "auntie", "subsistence", "coho", "pfd letter", "ship outside", "her
 * thing not the api's", "skip that"), the Monpa English of Tawang, in short plain
 * sentences ("Good morning from Tawang", "the gompas", "the lamas", "Losar", "Sela Pass",
 * "That is my aunty's work, not ours", "We do not do woodblock printing"), and the
 * Chagga-coloured Tanzanian English of Moshi, in short plain sentences ("Good morning from
 * Moshi", "the mountain", "the gate", "the crew", "the summit night", "That is my cousin's
 * business, not for this library", "please leave it out", "Asante sana"). One writes in
 * Piedmontese (never used before: Italian was written, and Neapolitan, Sicilian, Corsican,
 * Friulian, Sardinian, Venetian and Ligurian, Piedmontese never, nor "Piedmontese",
 * "Cortemilia", "nissòle", "Tonda Gentila", "giandojòt", "pastissarìe", "Bondì", "Cerea",
 * "Mersì" or "lassoma perde", "Turin" only as Torino in Neapolitan and "langa" only in
 * Chichewa; as a Cortemilia hazelnut grower types it, in between, in the spelling the
 * Piedmontese write their language in: "Bondì a tuti", "l'Auta Langa", "le nissòle", "mè
 * nòno", "mè fieul", "mia nòra", "tostà", "con la scòrsa", "le pastissarìe", "ël corié",
 * "Che vërgògna!", "col lì a l'é sò afé, nen ël nòstr", "lassoma perde", "Mersì tant,
 * cerea"), and one in Hawaiian (never used before: the Hawai'i local English of O'ahu was
 * used, with its Pidgin and its "Mahalo plenty", Hawaiian itself never, nor "Waipiʻo",
 * "Hāmākua", "Honokaʻa", "paʻi ʻai", "hale wili", "kamepiula", "polokalamu" or "ʻōlelo
 * huna", "poi" only as Italian, "kalo" only as Indonesian and "Kainoa" only as a paddler's
 * name; as a Waipiʻo taro farmer types it, in between, with its ʻokina and kahakō and the
 * words a poi mill really uses: "Aloha mai kākou", "nā loʻi", "ka hale wili poi", "ka paʻi
 * ʻai", "ka pāʻina", "ka huli", "ke kahawai", "Auē ka hilahila!", "kamepiula", "ʻōlelo
 * huna", "pūnaewele", "ʻaʻole ia kā mākou hana", "waiho ʻia kēlā", "Mahalo nui loa, a hui
 * hou").
 *
 * What varies is the kind of software, the trade and the length of the answers: web apps
 * for a Sark family's carriage tours (Easter to September and only when the Guernsey boat
 * runs, £25 and £12 and babies free, eight and two horses a carriage, four hours a horse
 * and a day off in three, everybody walking over La Coupée, no dogs, the last tour at half
 * past three, everything back two days out or when the boat's off, nothing out over force
 * 7), an Oak Bluffs moped rental (Memorial Day to Columbus Day, 18 and a license, $85 and
 * $55, helmets, nobody riding double, a $200 deposit, $25 an hour late, down-island only,
 * a test ride round the lot, nothing rented in morning rain) and a Cortemilia family's
 * hazelnuts (sold from October till they run out, only their own, 22 and 9 euros a kilo,
 * 10 kilos and 30 days for pastry shops, toasted to order, shipped on Mondays and free
 * over 5 kilos, nothing shipped in summer or abroad); phone apps for Saba's taxi drivers
 * (every flight and ferry met, turns in the line, the government's fares, $5 more after
 * 10, nine in a van, cash only, a week at the back for two missed turns) and a Mahatao
 * association's dried flying fish (March to May after the blessing, rained-on fish not
 * sold, ₱250 a pack, 20 packs and GCash first for Manila, plane cargo twice a week,
 * fishermen paid on Saturday), the second working without signal; programs on one
 * computer for Entry Island's store book ($500 a family, fishermen settling after lobster
 * season, freight by Wednesday noon for the Thursday boat, bread and milk rationed when the
 * boat can't cross) and a Waipiʻo family's poi (made Wednesday and Thursday, $10 and $14 a
 * pound, ordered by Monday, parties fifty pounds and two weeks ahead, no huli sold, no poi
 * when the stream closes the road); a service without screens, in Elixir with Phoenix and
 * Postgres, for a Sitka community freezer (households only, two lockers, $35 and $55, three
 * months ahead, nothing commercial, the door code 6 to 10, emptied at 90 days behind); a
 * TypeScript library for a Moshi outfit's mountain crew pay (days at least by route, 20 kg
 * a porter, 3 porters a climber, guides and cooks by group, the day rates, rounded to the
 * thousand shillings); and a command-line tool in Python with SQLite for a Mukto family's
 * handmade paper (bark in the cold months and from one side, no bleach, three sizes, 25%
 * off for gompas, shops outside Arunachal paying first, 100 sheets a bundle), with commands
 * and flags. The Sitka developer and the Batanes daughter answer in lower-case fragments,
 * the first tersely, the Sark and Vineyard people in long paragraphs, the Moshi and Tawang
 * developers in short plain sentences, the others in between.
 *
 * Relations said plainly ("One booking's for one tour, and a tour can have a few bookings
 * till the carriage is full", "One rental is one customer on one moped for one day", "One
 * trip is one driver meeting one arrival, and one arrival has many trips", "A family has
 * lots of entries in the book", "1 order is for 1 buyer, 1 buyer has many orders", "1
 * locker has 1 household at a time", "One order is for one buyer and one batch", "Un órdin
 * a l'é d'un client sol", "Hoʻokahi mea kūʻai o kēlā me kēia kauoha"); allowed values in
 * the lists and sentences themselves (paid or not, in the shop or not, full day or half,
 * deposit back or not, paid this month or not, flight or ferry, fisherman or not, come in
 * or not, manila or local, paid y/n, sent y/n, small or big, pfd letter y/n, gompa or not,
 * pagà sì o nò, spedì sì o nò, pāʻina a i ʻole ʻaʻole) and in brackets (a customer's sòrt,
 * a batch's size); background in a red diary and a tack room, on carbon forms and in a
 * spiral notebook, on a paper on the wall, in a black book and on slips of paper, in a
 * record book and on messenger, in a binder and a coffee can, in a register, in a notebook
 * with a calculator, on a kitchen calendari and WhatsApp, in a puke; technology named as
 * Elixir with Phoenix and Postgres, TypeScript, and Python with SQLite, and none at all by
 * seven of them; "no" said as "that's his lookout and nothing to do with the carriages",
 * "please don't put that in", "that's Bobby's business, nothing to do with mine", "leave
 * that off", "that's his business, not the association's", "we don't do that", "that's
 * Gordon's affair, not the store's", "leave that out of it", "thats his not ours", "skip
 * that", "her thing not the api's", "That is my aunty's work, not ours", "We do not do
 * woodblock printing", "That is my cousin's business, not for this library", "please leave
 * it out", "col lì a l'é sò afé, nen ël nòstr", "lassoma perde", "ʻaʻole ia kā mākou hana",
 * "waiho ʻia kēlā"; while rules keep their "no" ("Nobody rides over La Coupée", "No dogs in
 * the carriages", "don't go out at all", "no passengers, ever", "no going up-island", "we
 * don't rent", "No cards", "they r not sold", "we dont sell fresh dibang off the island",
 * "No cigarettes and no beer", "no commercial catch, no bait", "nobody in after", "No
 * chemicals and no bleach", "the library refuses", "mai nissòle ëd fòra", "i spedoma nen",
 * "ʻAʻole mākou e kūʻai aku i ka huli", "ʻaʻohe poi ia pule").
 *
 * The Sark woman takes the age off the horses and puts which boat on the bookings, the
 * Vineyard man takes the email off the customers and puts where they're staying on the
 * rentals, and the Batanes daughter takes the barangay off the members and puts the waybill
 * no on the orders, each after "Change something" at "Your data"; the Entry Island
 * storekeeper puts what they bought on the entries, the Tawang developer puts the
 * thickness on the batches, the Moshi developer takes the summit night money out of the
 * library and the Waipiʻo farmer puts poi hou a i ʻole ʻawaʻawa on the orders (kauoha),
 * each at the review. The Entry Island and Waipiʻo programs and the Batanes app are meant
 * to work without the internet, the first two because the line over from Grindstone and the
 * one down the valley come and go, the third because the port has no signal in a typhoon;
 * the Tawang tool lives on one laptop in a workshop, and the Sitka service answers a keypad
 * on a freezer door. Piedmontese and Hawaiian, both in Latin letters, are compared by their
 * own words, accents, ʻokina and kahakō and all, so their expected words are in the forms
 * the person used (as "i tostoma mach su órdin mai pì che tre di prima dë spedì", "ʻaʻole
 * mākou e kūʻai aku i ka huli"); every expected feature was checked to be in one line the
 * person said, and the excluded words of all ten were checked not to read like anything
 * they want (not "carriage" or "horse" for the bike hire and the hotels' luggage, but
 * "bikes" and "luggage"; not "moped" or "rent" for the cousin's Jeeps and the bicycles,
 * but "Jeeps" and "bicycles"; not "taxi" or "tour" for the cousin's cars and the mountain
 * walks, when an island tour is a fare, but "car rental" and "hiking"; not "store" or
 * "boat" for the brother's gas tanks and Canada Post's counter, but "propane" and "post
 * office"; not "fish" or "tourists" for the uncle's rides and the grandmother's weaving,
 * when tourists are buyers, but "tricycle" and "vakul"; not "locker" or "fish" for the
 * aunt's market stall and the shipping boxes, but "smoked salmon" and "fish boxes"; not
 * "paper" or "shop" for the aunt's carving and the printing, but "masks" and "woodblock";
 * not "climb" or "crew" for the cousin's holidays and the aunt's rooms, but "Zanzibar" and
 * "hotel", and "summit" once taken out; not "nissòle" or "pastissarìe" for the
 * sister-in-law's farm stay and the cakes, but "agriturismo" and "torta"; not "poi" or
 * "kalo" for the aunt's stand and the valley trips, but "lei" and "huakaʻi").
 */
export const SIXTY_SECOND_ROUND: readonly Persona[] = [
  {
    id: "sark-carriage-tours",
    who: "A woman on Sark, the little Channel Island with no cars, whose family has driven horse-drawn carriages for visitors since 1960, four carriages and nine horses meeting the day boats from Guernsey at the top of Harbour Hill, in the Sark English of the Island, in long paragraphs ('Hello there, and good afternoon from Sark', 'the Island', 'the toast rack', 'Harbour Hill', 'the Guernsey boat', 'La Coupée', 'the Seigneurie gardens', 'the Avenue', 'the Guernsey Press', \"that's his lookout and nothing to do with the carriages\", \"please don't put that in\", 'Thanks ever so, bye now'): a website where visitors see which tours have seats, book and pay without an account, she and her husband see everything and the money and the two drivers see their own tours for the day on their phones, tours from Easter to the end of September and only on days the boat runs from Guernsey, an hour and a half round the Island from the top of Harbour Hill, £25 a grown-up, £12 a child under 12 and babies on a lap free, eight people and two horses a carriage, no horse working more than four hours a day and every horse a day off in three, everybody getting down and walking across La Coupée with the carriage going over empty, no dogs in the carriages, the last tour at half past three for the half past five boat, the whole lot paid on booking with everything back on a cancel two days before and nothing after unless the boat's cancelled, no carriages out over force 7 and the money back; records spread over sentences ('There's the horses, each with …', 'Then there's the carriages, each with …', 'There's the tours, that's …', 'And the bookings, that's …') with paid or not in them, a booking for one tour and a tour with a few bookings till the carriage is full; a big red diary at the stables and the phone in the tack room today; her brother-in-law's bike hire \"that's his lookout and nothing to do with the carriages\", the tractors bringing the hotels' luggage up from the harbour \"please don't put that in\"; the age taken off the horses and which boat (morning or afternoon) put on the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hello there, and good afternoon from Sark. I'm Jenny Perrée, and I was born here on the Island, same as my dad and his dad before him, and there's not so many of us left who can say that. There are no cars on Sark, not a one: you walk, or you cycle, or you go up Harbour Hill on the toast rack behind a tractor, and for the rest of it the horses take you. My family have had carriages since 1960, we've four now and nine horses, and we take the day visitors off the Guernsey boat round the Island, out past the Seigneurie gardens and down to La Coupée and back. At the moment it all goes in a big red diary up at the stables and on the phone in the tack room, except my husband Mark takes bookings on his mobile when he's out driving, and that's half the trouble. Last June we had a coach party of twenty off the morning boat booked into two carriages, and Mark had taken a party of six on his phone for the same carriage at the same time and never said a word to me. Six people in their good clothes stood at the top of Harbour Hill in the drizzle for an hour, and one of them wrote to the Guernsey Press about us, and on an island of five hundred people you never hear the end of a thing like that. My niece Chloe is doing computing at university in Southampton, and she says she'll make us a website, so I said go on then, love.",
      more: "Visitors ought to be able to see which tours have still got seats, and book and pay on the website without making an account, because they're only here the one day and nobody wants another password for that. Mark and I see everything, and the money. And our two drivers, Tom and young Ellie, should see their own tours for the day on their phones, so they know who they're meeting off which boat without coming to find me in the yard.",
      walkthrough:
        "Right, here's how we go about it. Some of these are the horses' rules more than mine, so don't go blaming me.\n\nWe run tours from Easter to the end of September, and only on days the boat's running from Guernsey, because without the boat there's nobody here to take.\n\nA tour is an hour and a half round the Island, and the carriages wait at the top of Harbour Hill for every boat.\n\nIt's £25 for a grown-up and £12 for a child under 12, and babies on a lap go free.\n\nEight people in a carriage at the most, and every carriage goes out with two horses.\n\nNo horse works more than four hours in a day, and every horse has one day off in three, I don't care how busy August gets.\n\nNobody rides over La Coupée in a carriage. Everybody gets down and walks across, and the carriage goes over empty, there's a three hundred foot drop either side.\n\nNo dogs in the carriages, they upset the horses something terrible.\n\nThe last tour goes at half past three, so people are back down the hill for the half past five boat.\n\nYou pay the whole lot when you book. Cancel two days before and you get it all back, after that you don't, unless the boat's cancelled, and then everybody gets their money back whatever.\n\nIf the wind's over force 7 the carriages don't go out at all, the horses won't stand it on the cliff roads, and you get your money back.",
      things:
        "Let me see. There's the horses, each with their name, their age and which days they've worked this week. Then there's the carriages, each with a name, we call them after my aunties, and how many seats it's got. There's the tours, that's the date, the time, which carriage, which two horses and who's driving. And the bookings, that's the person's name, their email, their phone, the tour, how many grown-ups, how many children and paid or not. One booking's for one tour, and a tour can have a few bookings till the carriage is full.",
      thingsChange:
        "Oh, wait a minute, I've thought of a couple. Take the age off the horses, I know how old they are, bless them. And put which boat they're coming on, the morning or the afternoon, on the bookings, so the carriage is stood at the top of the hill when they come up.",
      extras: [
        "My brother-in-law hires out bikes from a shed on the Avenue, that's his lookout and nothing to do with the carriages. And the tractors that bring the hotels' luggage up from the harbour, that's the shipping people's job, please don't put that in.",
        "Well, that's me finished. Thanks ever so, bye now.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Visitors book and pay without an account. Mark and I see everything and the money. Tom and Ellie see their own tours for the day on their phones.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "tours from Easter to the end of September only on days the boat's running from Guernsey",
        "tour is an hour and a half round the Island carriages wait at the top of Harbour Hill",
        "£25 for a grown-up £12 for a child under 12 babies on a lap go free",
        "eight people in a carriage at the most two horses",
        "no horse works more than four hours in a day every horse has one day off in three",
        "nobody rides over La Coupée in a carriage everybody gets down and walks across",
        "no dogs in the carriages",
        "last tour goes at half past three",
        "pay the whole lot when you book cancel two days before get it all back boat's cancelled everybody gets their money back",
        "wind's over force 7 the carriages don't go out money back",
      ],
      tables: [
        { name: "horses", fields: ["name", "which days they've worked this week"] },
        { name: "carriages", fields: ["name", "how many seats"] },
        { name: "tours", fields: ["date", "time", "carriage", "horses", "who's driving"] },
        {
          name: "bookings",
          fields: [
            "name",
            "email",
            "phone",
            "tour",
            "how many grown-ups",
            "how many children",
            "paid or not",
            "which boat",
          ],
        },
      ],
      excluded: ["bikes", "luggage"],
      background: ["red diary", "tack room"],
    },
  },
  {
    id: "vineyard-moped-rentals",
    who: "A man in Oak Bluffs, on Martha's Vineyard, whose father started renting mopeds out of a garage a block up from the Steamship dock in 1978 and who runs it now with his wife, twenty-two mopeds and two college kids every summer, in the Martha's Vineyard English of Oak Bluffs, in long paragraphs ('OB', 'the Steamship dock', 'the boat from Woods Hole', 'wash-ashores', 'down-island', 'up-island', 'the selectmen', 'wicked embarrassing', \"that's Bobby's business, nothing to do with mine\", 'leave that off', 'take it easy'): a website where people reserve and pay without signing up, he and his wife see everything and the money and the college kids see the day's rentals but not the money, open from Memorial Day to Columbus Day from eight to six and shut the rest of the year, renters 18 or over with a valid driver's license looked at every time, $85 the day and $55 the half day, a helmet on everybody and free with the moped, one person to a moped and no passengers ever, a $200 deposit on the card back when the moped comes back without a scratch, the moped back by six and $25 an hour late, mopeds staying down-island in Oak Bluffs, Vineyard Haven and Edgartown and never up-island, a ten-minute test ride round the lot first with the money back for anyone who can't handle it, nothing rented when it rains in the morning and the money back; records told in sentences ('Each moped's got …', 'Each customer's got …', 'And each rental's got …') with in the shop or not, full day or half, paid or not and deposit back or not in them, a rental one customer on one moped for one day and a customer renting as many days as they're here; paper forms with a carbon, a spiral notebook by the register, the phone and his email today; his cousin's Jeep rentals \"that's Bobby's business, nothing to do with mine\", bicycles 'leave that off'; the email taken off the customers and where they're staying put on the rentals after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hi there. Dennis Athearn, born and raised on the Vineyard, in Oak Bluffs, OB to anybody who lives here, and my family's been on this island since before anybody thought to write it down. My father started renting mopeds out of a garage a block up from the Steamship dock in 1978, and I've run it since he passed, me and my wife Linda, twenty-two mopeds and a couple of college kids every summer. People come off the boat from Woods Hole, they want to get to Edgartown and the beach, and they don't want to stand around waiting on the bus. Right now every rental goes on a paper form with a carbon, the reservations are in a spiral notebook by the register, and then there's the phone, and my email, which I don't check near as much as I ought to. Fourth of July weekend last year I had twenty-two mopeds and twenty-nine reservations, because Linda took some over the phone and I took some by email and neither one of us looked at the other one's. Seven people standing in my lot in their flip-flops, and one of them had come over on the seven o'clock boat with his kids just for that, and he put it all over the island Facebook group that we're a bunch of crooks. Wicked embarrassing, in a town this size, I couldn't go in the post office for a week. My granddaughter Kayla's at UMass doing computer science, and she says she can build us a website where people reserve and pay.",
      more: "People should reserve and pay on the website without signing up for anything, most of them are day-trippers, or wash-ashores here for the week, they're not coming back till next summer if they come back at all. Linda and I see everything, and the money. The college kids check the mopeds out and back in at the lot, so they need to see the day's rentals, but not the money, they don't need to know what we take in.",
      walkthrough:
        "All right, here's the deal, and fair warning, a lot of this comes from the town, because OB's had it in for the moped shops for thirty years and the selectmen would shut us down tomorrow if they could find a way.\n\nWe're open from Memorial Day to Columbus Day, eight in the morning till six at night, and the rest of the year we're shut.\n\nYou've got to be 18 or over with a valid driver's license, and we look at it, every time, no exceptions, not even for somebody's nephew.\n\nIt's $85 for the day and $55 for a half day, that's eight to one or one to six.\n\nEverybody wears a helmet, that's state law, and the helmet's free with the moped.\n\nOne person to a moped, no passengers, ever, not even a little one on your lap.\n\nThere's a $200 deposit on your card, and you get it back when the moped comes back without a scratch on it.\n\nThe moped's back by six, and it's $25 for every hour you're late.\n\nMopeds stay down-island, that's Oak Bluffs, Vineyard Haven and Edgartown, and no going up-island, the roads out to Chilmark are narrow and twisty and the landscaping trucks don't slow down for anybody.\n\nBefore you go out you do a ten-minute test ride round the lot with one of us watching, and if you can't handle it you get your money back and you take the bus.\n\nIf it's raining in the morning we don't rent, and anybody with a reservation gets their money back.",
      things:
        "Each moped's got a number, the plate, the color, and in the shop or not, because there's always two or three in the shop by August. Each customer's got a name, a phone, an email and their license number. And each rental's got the customer, the moped, the date, full day or half, paid or not and deposit back or not. One rental is one customer on one moped for one day, and a customer can rent as many days as they're here.",
      thingsChange:
        "Actually, a couple of changes. Take the email off the customers, we never write to anybody. And put where they're staying on the rentals, the hotel or the house, because when a moped doesn't come back by six that's the first place I call.",
      extras: [
        "My cousin Bobby rents out Jeeps over in Vineyard Haven, that's Bobby's business, nothing to do with mine. And people are always asking if we rent bicycles too, we don't, so leave that off.",
        "That about covers it. Thanks a lot, take it easy.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "People reserve and pay without signing up. Linda and I see everything and the money. The college kids see the day's rentals, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "open from Memorial Day to Columbus Day eight in the morning till six at night",
        "18 or over with a valid driver's license we look at it every time",
        "$85 for the day $55 for a half day",
        "everybody wears a helmet helmet's free with the moped",
        "one person to a moped no passengers ever",
        "$200 deposit on your card back when the moped comes back without a scratch",
        "moped's back by six $25 for every hour you're late",
        "mopeds stay down-island no going up-island",
        "ten-minute test ride round the lot",
        "raining in the morning we don't rent money back",
      ],
      tables: [
        { name: "mopeds", fields: ["number", "plate", "color", "in the shop or not"] },
        { name: "customers", fields: ["name", "phone", "license number"] },
        {
          name: "rentals",
          fields: [
            "customer",
            "moped",
            "date",
            "full day or half",
            "paid or not",
            "deposit back or not",
            "where they're staying",
          ],
        },
      ],
      excluded: ["Jeeps", "bicycles"],
      background: ["paper form", "spiral notebook"],
    },
  },
  {
    id: "saba-taxi-line",
    who: "A woman in Windwardside, on Saba in the Dutch Caribbean, five square miles with one road and the shortest commercial runway in the world, who is secretary of the island's association of eleven taxi drivers and drives a van herself, in the Saban English of Windwardside, in between ('good day from Saba', 'the Road', 'the Bottom', 'Fort Bay', 'Winair', 'the Island Governor', 'Imagine.', \"that's his business, not the association's\", \"we don't do that\", 'have a blessed day'): a phone app with signal all over the island for the drivers and her, every driver seeing the line and which flight or ferry he meets and putting in his trips, she seeing everything and the association money and the visitors not using it, every Winair flight and every ferry met and nobody left without a taxi, the drivers in turns with the first in the line taking the first fare and going to the back, the island government's fixed fares of $12 and $18 a person from the airport to Windwardside and the Bottom and $10 and $15 from Fort Bay to the Bottom and Windwardside, an island tour $60 for up to 4 people, $5 more a person after 10 at night, nine people in a van at the most, a hotel calling for a pickup an hour before at least, cash only in US dollars and no cards, a driver missing his turn twice in a month at the back of the line for a week; records after colons on lines with paid this month or not and flight or ferry in them, a trip one driver meeting one arrival and an arrival with many trips; a paper on the wall at the airport and phone calls today; her cousin's car rental \"that's his business, not the association's\", hiking up Mount Scenery \"we don't do that\"",
    says: {
      overview:
        "Hi, good day from Saba. I'm Glenda Hassell, born up in Windwardside, and I live there still. Saba is five square miles, one road they call the Road, and the airport with the shortest runway in the world, and everybody who comes has to get up the hill some way, so that's us, the taxi drivers. There's eleven of us in the association and I'm the secretary, and I drive too, a blue van. Every Winair flight from St. Maarten and every ferry at Fort Bay, we meet it, and we go in turns, whoever is first in the line takes the first people. Right now the line is a paper on the wall at the airport and we call one another on the phone, and it doesn't work. In January three of us went down to Fort Bay for the same ferry and nobody went to the airport, and a family with a baby sat out in the sun one whole hour with their bags. The lady wrote to the Island Governor, and they read it out on the radio. Imagine. My son-in-law works with computers in Curaçao and he says he will make us an app for the phone.",
      more: "The app is for the drivers, on their phones. Every driver sees the line and which flight or ferry he's meeting, and he puts in his trips. I see everything, and the association money, every driver pays twenty dollars a month. The visitors don't use it, they just find us at the airport, or the hotel calls. We have signal all over the island, so it can need the internet.",
      walkthrough:
        "Okay, the rules. Most we agreed in the meeting, and the fares are from the island government, not us.\nWe meet every Winair flight and every ferry. Nobody leaves the plane or the boat with no taxi.\nWe go in turns. Whoever is first in the line takes the first fare, and then goes to the back.\nThe fares are fixed. From the airport to Windwardside is $12 a person and to the Bottom is $18. From Fort Bay to the Bottom is $10 and to Windwardside $15.\nAn island tour is $60 for up to 4 people, about two hours.\nAfter 10 at night it's $5 more a person.\nNine people in a van at the most.\nA hotel has to call for a pickup one hour before at least.\nCash only, US dollars. No cards.\nA driver who misses his turn two times in one month goes to the back of the line for a week.",
      things:
        "Drivers: name, phone, van plate, paid this month or not\nArrivals: date, time, flight or ferry, how many people\nTrips: driver, arrival, from, to, how many people, fare\nOne trip is one driver meeting one arrival, and one arrival has many trips.",
      extras: [
        "My cousin has the car rental in Windwardside, that's his business, not the association's. And people ask us to take them hiking up Mount Scenery, we don't do that, the trail shop does it.",
        "That's what I have. Thank you, and have a blessed day.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "The drivers see the line and put in their trips. I see everything and the association money. The visitors don't use it.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "meet every Winair flight and every ferry",
        "go in turns whoever is first in the line takes the first fare then goes to the back",
        "airport to Windwardside is $12 a person to the Bottom is $18 Fort Bay to the Bottom is $10 to Windwardside $15",
        "island tour is $60 for up to 4 people",
        "after 10 at night it's $5 more a person",
        "nine people in a van at the most",
        "hotel has to call for a pickup one hour before at least",
        "cash only US dollars no cards",
        "driver who misses his turn two times in one month goes to the back of the line for a week",
      ],
      tables: [
        { name: "drivers", fields: ["name", "phone", "van plate", "paid this month or not"] },
        { name: "arrivals", fields: ["date", "time", "flight or ferry", "how many people"] },
        { name: "trips", fields: ["driver", "arrival", "from", "to", "how many people", "fare"] },
      ],
      excluded: ["car rental", "hiking"],
      background: ["paper on the wall"],
    },
  },
  {
    id: "entry-island-store-book",
    who: "A woman on Entry Island, the small English-speaking island off the Magdalen Islands in the Gulf of St. Lawrence, about eighty people, who keeps the island's only store, groceries and hardware, that her father and his mother kept before her, with most families buying on the book till the lobster money comes, in the Magdalen Islands English of Entry, in between ('Hello from Entry', 'the Islands', 'on the book', 'Grindstone', 'the Thursday boat', 'a blow', \"that's some good\", \"that's Gordon's affair, not the store's\", 'leave that out of it', 'Thanks very much, dear'): a program on the computer behind the counter with no password and no internet needed, for her and her daughter, open Monday to Saturday from eight to six and closed Sundays, only people living on Entry buying on the book and summer people paying cash or card, a $500 limit on the book for every family and cash till they're back under it, the fishermen settling up after the lobster season closes in July and everybody else paying the book at the end of every month, freight from Grindstone ordered by Wednesday noon for the Thursday boat, bread and milk two each a family when the boat can't cross for weather, no cigarettes and no beer to anybody under 18; records told in sentences ('Every family has …', 'Every entry in the book has …', 'And every freight order has …') with fisherman or not, paid or not and come in or not in them, a family with lots of entries and an entry only ever one family's; a big black book under the counter and slips of paper on a nail today; her brother's propane tanks \"that's Gordon's affair, not the store's\", Canada Post's counter in the corner 'leave that out of it'; what they bought put on the entries at the review",
    says: {
      overview:
        "Hello from Entry. I'm Marilyn Dickson, and I keep the store on Entry Island, that's the little island out in the bay off the Magdalens, the one place on the Islands where everybody's English, about eighty of us left now. The store was my father's, and his mother's before him, groceries and hardware and a bit of everything, and most folks here buy on the book and pay when they can, because the fishermen don't see real money till the lobster's done. Right now the book is just that, a big black book under the counter with a page for every family, and the freight I order from Grindstone is on slips of paper on a nail by the till. Last fall my cousin Doreen minded the store for a week and she wrote a month of the Clarkes' groceries on the Chenells' page, and when the bills went out, well. The Chenells wouldn't set foot in the store till June, and on Entry you can't not talk to people, there's nowhere else to go. My nephew's doing computer science at Dawson, in Montreal, and he says he'll make me a program for the computer behind the counter.",
      more: "It's only me and my daughter Tanya at the counter, nobody else touches it. No password, the store's the store, everybody knows everybody. The internet comes over from Grindstone and it goes every time there's a blow, so it has to work without it.",
      walkthrough:
        "Well, here's how I go, most of it's how Dad did it.\nThe store's open Monday to Saturday, eight to six, and closed Sundays, same as it's always been on Entry.\nOnly people who live on Entry can buy on the book. Summer people pay cash or card.\nEvery family's got a limit on the book, $500, and when you're over it, it's cash till you're back under.\nThe fishermen settle up after the lobster season closes in July. Everybody else pays the book at the end of every month.\nFreight from Grindstone has to be ordered by Wednesday noon, and it comes over on the Thursday boat.\nIf the boat can't cross for weather, bread and milk are two each a family till it comes.\nNo cigarettes and no beer to anybody under 18, I don't care whose grandson he is.",
      things:
        "Every family has a name, a phone, fisherman or not and their limit. Every entry in the book has the family, the date, the amount and paid or not. And every freight order has the family, what it is, the store in Grindstone it comes from, the boat day and come in or not. A family has lots of entries in the book, and an entry is only ever for one family.",
      extras: [
        "My brother Gordon brings the propane tanks over in his own boat, that's Gordon's affair, not the store's. And the post office in the corner belongs to Canada Post, I only work it, so leave that out of it.",
        "That's the lot. Thanks very much, dear.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program for the computer behind the counter, works without internet"],
      Accounts: "No password. Just me and Tanya at the counter.",
    },
    atReview: [
      "That's some good. One thing, put what they bought on the entries, not only the amount, or I get people telling me they never had that.",
      "Now that's right. Thanks, dear.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "open Monday to Saturday eight to six closed Sundays",
        "only people who live on Entry can buy on the book summer people pay cash or card",
        "limit on the book $500 over it it's cash till you're back under",
        "fishermen settle up after the lobster season closes in July everybody else pays the book at the end of every month",
        "freight from Grindstone ordered by Wednesday noon comes over on the Thursday boat",
        "boat can't cross for weather bread and milk are two each a family",
        "no cigarettes and no beer to anybody under 18",
      ],
      tables: [
        { name: "families", fields: ["name", "phone", "fisherman or not", "limit"] },
        { name: "entries", fields: ["family", "date", "amount", "paid or not", "what they bought"] },
        {
          name: "freight orders",
          fields: ["family", "what it is", "store in Grindstone", "boat day", "come in or not"],
        },
      ],
      excluded: ["propane", "post office"],
      background: ["black book", "slips of paper"],
    },
  },
  {
    id: "batanes-dibang",
    who: "A young woman in Mahatao, in Batanes at the very top of the Philippines, whose papa fishes with an association of fishermen who catch flying fish (dibang) in the season while the wives split, salt and dry them on racks by the sea, selling the dried fish to tourists on the island and to pasalubong stores in Manila, in the Ivatan-coloured Philippine English of Batanes, in lower-case fragments ('kapian ka pa nu dios', 'dibang', 'the racks', 'the kapayvanuvanuwa', 'ate lorna', 'pasalubong stores', 'basco', 'thats his not ours', 'skip that', 'dios mamajes'): a phone app that works without signal at the port and in a typhoon and sends later, for her and the association's treasurer, both seeing everything and the money and the fishermen and the wives not using it, dibang only from March to May after the kapayvanuvanuwa blessing of the boats and the sea, the fish split, salted and dried two days on the racks and never sold when rain got them, packs of 10 pieces at ₱250, Manila stores taking 20 packs at least and paying first by GCash before anything is sent, plane cargo from Basco every Tuesday and Friday and waiting when typhoon stops the flight, the fishermen paid ₱12 a piece every Saturday, no fresh dibang sold off the island; records in brackets inline in lower case with paid y/n, sent y/n and manila or local in them, an order for one buyer and a buyer with many orders; a record book and messenger today; her tito's tricycle tours 'thats his not ours', her lola's vakul for tourists' photos 'skip that'; the barangay taken off the members and the waybill no put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "kapian ka pa nu dios! im mae valiente, from mahatao in batanes, the very top of the philippines, closer to taiwan than to manila. my papa n the other fishermen in our association catch dibang, flying fish, in the season, n the wives split n salt n dry them on racks by the sea. we sell the dried dibang to tourists here n to pasalubong stores in manila. rn our treasurer writes everything in a record book n the manila orders come on messenger. last may 2 stores in manila paid for the same 40 packs n we only had 40. one store got nothing n she posted it w a photo of our racks, all the tourists saw it. so shameful for the association. my cousin in manila does IT n he will make an app for our phones",
      more: "only me n our treasurer ate lorna will use it, on our phones, we both see everything n the money. the fishermen n the wives dont use it. signal is bad down at the port in mahatao n gone in a typhoon, so it has to work w no signal n send later",
      walkthrough:
        "rules\n- dibang only from march to may, after the kapayvanuvanuwa, the blessing of the boats n the sea\n- split, salted n dried 2 days on the racks, if rain got them they r not sold\n- packs of 10 pieces, ₱250 a pack\n- manila stores take 20 packs at least\n- manila stores pay first by gcash before we send\n- we send by plane cargo from basco every tue n fri, if no flight bc of typhoon it waits\n- fishermen get ₱12 a piece every saturday\n- we dont sell fresh dibang off the island",
      things:
        "members (name, barangay, boat, phone), catches (member, date, how many pieces, paid y/n), buyers (name, store, phone, manila or local), orders (buyer, how many packs, paid y/n, sent y/n). 1 order is for 1 buyer, 1 buyer has many orders",
      thingsChange:
        "oh change 2. remove barangay from the members, everybody is from mahatao anyway. n put the waybill no on the orders, the manila stores always ask for it",
      extras: [
        "my tito does tricycle tours around the island for the tourists, thats his not ours. n my lola weaves vakul for tourists to wear in their photos, skip that",
        "ok thats everything. dios mamajes!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "only me n ate lorna our treasurer, we both see everything n the money. the fishermen n the wives dont use it",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "dibang only from march to may after the kapayvanuvanuwa",
        "dried 2 days on the racks if rain got them they r not sold",
        "packs of 10 pieces ₱250 a pack",
        "manila stores take 20 packs at least",
        "manila stores pay first by gcash before we send",
        "send by plane cargo from basco every tue n fri if no flight it waits",
        "fishermen get ₱12 a piece every saturday",
        "dont sell fresh dibang off the island",
      ],
      tables: [
        { name: "members", fields: ["name", "boat", "phone"] },
        { name: "catches", fields: ["member", "date", "how many pieces", "paid y/n"] },
        { name: "buyers", fields: ["name", "store", "phone", "manila or local"] },
        { name: "orders", fields: ["buyer", "how many packs", "paid y/n", "sent y/n", "waybill no"] },
      ],
      excluded: ["tricycle", "vakul"],
      background: ["record book", "messenger"],
    },
  },
  {
    id: "sitka-freezer-lockers-api",
    who: "A developer in Sitka, in Southeast Alaska, working remote for a company in Seattle, whose aunt runs the community freezer, 120 rented lockers in an old cannery building by the harbor where families keep their subsistence fish and deer meat through the winter, in the Alaskan English of Sitka, in terse lower-case fragments ('hey', 'auntie', 'subsistence', 'coho', 'pfd letter', 'ship outside', \"her thing not the api's\", 'skip that'): a service without screens, in Elixir with Phoenix and Postgres, that the keypad on the freezer door, his aunt's website and her office PC call with API keys, him and his aunt as admins and households signing up with a name and a phone and no password, lockers for Sitka households only with a utility bill or a PFD letter shown, two lockers a household at most, a small locker $35 a month and a big one $55, three months paid ahead, subsistence and personal use only with no commercial catch and no bait, everything wrapped and labeled with the household name and the date, the door code working from 6 am to 10 pm and nobody in after, the code stopped at 60 days behind and the locker emptied after 90, nobody opening a locker after a power cut till it's back under 0; records after colons inline in lower case with pfd letter y/n and small or big in them, a locker one household's at a time and a household with up to two; a binder and a coffee can of keys today; his aunt's smoked salmon at the Saturday market \"her thing not the api's\", space for fish boxes to ship outside 'skip that'; Elixir, Phoenix and Postgres",
    says: {
      overview:
        "hey. nate, dev in sitka, remote for an outfit in seattle. my auntie runs the community freezer, 120 lockers in an old cannery bldg by the harbor, families keep their subsistence fish n deer meat in there thru the winter. rn its a binder n a coffee can full of keys. last fall she rented locker 47 to 2 families, one put 30 coho in it, the other came in w a whole deer n found it full. half the harbor heard about it by dinner. hence the api",
      more: "no ui, just the api. the keypad on the door, aunties website n her office pc call it, a key each. auntie n me are the admins. households sign up w name n phone, no password",
      walkthrough:
        "the rules\n1. sitka households only, show a utility bill or ur pfd letter\n2. max 2 lockers a household\n3. small locker $35 a month, big $55\n4. pay 3 months ahead\n5. subsistence n personal use only, no commercial catch, no bait\n6. everything wrapped n labeled w the household name n the date\n7. door code works 6am to 10pm, nobody in after\n8. 60 days behind n the code stops working, after 90 the locker gets emptied\n9. power goes out, the generator kicks in n nobody opens a locker till its back under 0",
      things:
        "households: name, phone, address, pfd letter y/n. lockers: number, small or big, household, paid until. visits: locker, household, date, time in. payments: household, amount, date, months. 1 locker has 1 household at a time, 1 household can have 2 lockers",
      extras: [
        "aunties smoked salmon at the saturday market, her thing not the api's. ppl want to rent space for fish boxes to ship outside, skip that",
        "thats all from me",
      ],
      tech: "elixir n phoenix, w postgres. my day job is elixir",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the door keypad, aunties website n her office pc get api keys. auntie n me are the admins. households sign up w name n phone, no password",
      Technology: "I have preferences",
      "Back end": "Phoenix",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "sitka households only show a utility bill or ur pfd letter",
        "max 2 lockers a household",
        "small locker $35 a month big $55",
        "pay 3 months ahead",
        "subsistence n personal use only no commercial catch no bait",
        "everything wrapped n labeled w the household name n the date",
        "door code works 6am to 10pm nobody in after",
        "60 days behind the code stops working after 90 the locker gets emptied",
        "power goes out nobody opens a locker till its back under 0",
      ],
      tables: [
        { name: "households", fields: ["name", "phone", "address", "pfd letter y/n"] },
        { name: "lockers", fields: ["number", "small or big", "household", "paid until"] },
        { name: "visits", fields: ["locker", "household", "date", "time in"] },
        { name: "payments", fields: ["household", "amount", "date", "months"] },
      ],
      excluded: ["smoked salmon", "fish boxes"],
      background: ["binder", "coffee can"],
      stack: ["Elixir", "Phoenix", "Postgres"],
    },
  },
  {
    id: "tawang-shugu-paper-cli",
    who: "A developer in Guwahati, a Monpa from Tawang in Arunachal Pradesh, whose uncle and aunts make Mon shugu, the handmade paper of the Monpa, from the bark of the shugu sheng bush in Mukto village, selling it to the gompas for scriptures and to tourists at a shop in Tawang town, in the Monpa English of Tawang, in short plain sentences ('Good morning from Tawang', 'the gompas', 'the lamas', 'Losar', 'Sela Pass', \"That is my aunty's work, not ours\", 'We do not do woodblock printing', 'Thank you very much'): a Python command-line tool with SQLite on his uncle's laptop in the workshop, one file and no internet, for his uncle and his cousin, the bark cut only from November to February and only from one side of the bush so it lives, no chemicals and no bleach and only ash water for the boiling, the sheets dried two days on the frames in the sun, three sizes, small, big and the long scripture size, at ₹20, ₹40 and ₹60 a sheet, 25% less for gompas who order before Losar, a shop outside Arunachal paying first, 100 sheets and the batch number on every bundle; records after dashes on lines with gompa or not, paid y/n and sent y/n in them and the size (small, big or scripture) in brackets, an order one buyer and one batch and a batch with many orders; a register today; his aunt's wooden masks for tourists \"That is my aunty's work, not ours\", printing prayer flags with woodblocks 'We do not do woodblock printing'; the thickness put on the batches at the review; commands and flags; Python and SQLite",
    says: {
      overview:
        "Good morning from Tawang. My name is Pema Wangchu. I am Monpa, from Tawang in Arunachal Pradesh. I work as a developer in Guwahati. My uncle and my aunties make Mon shugu, our handmade paper, in Mukto village. It is made from the bark of the shugu sheng bush. The gompas buy it for the scriptures. Tourists buy it in the shop in Tawang town. Now my uncle writes the bark, the sheets and the orders in a register. Last year before Losar he promised 3,000 sheets to the big gompa. Then he gave 800 of the same sheets to a shop from Guwahati. The lamas waited three weeks for the paper. My uncle was very ashamed in front of the monks. That is why I am building a command-line tool for the laptop in his workshop.",
      more: "My uncle and my cousin Dorjee are the only users. It runs on the old laptop in the workshop, everything in one file, with no internet needed. In winter the road over Sela Pass closes many days, and the network also goes.",
      walkthrough:
        "Here are our rules.\nThe bark is cut only from November to February, in the cold months.\nWe take the bark only from one side of the bush, so the bush lives.\nNo chemicals and no bleach. Only ash water for the boiling.\nThe sheets dry on the frames in the sun, two days.\nWe make three sizes: small, big and the long size for scriptures.\nSmall sheets are ₹20, big ₹40, scripture size ₹60.\nGompas get 25% less, and they order before Losar.\nA shop outside Arunachal pays first, before we send.\nEvery bundle has 100 sheets and the batch number on it.",
      things:
        "- bark cuts - date, kilos, which forest\n- batches - number, date, size (small, big or scripture), how many sheets\n- buyers - name, place, phone, gompa or not\n- orders - buyer, batch, sheets, paid y/n, sent y/n\nOne order is for one buyer and one batch. One batch has many orders.",
      commands:
        "For example: shugu bark --date 2026-01-12 --kilos 40 --forest mukto, shugu batch --date 2026-02-03 --size scripture --sheets 600, shugu buyer --name 'Tawang Gompa' --place Tawang --gompa, shugu order --buyer 4 --batch 9 --sheets 500, shugu paid --order 17, shugu send --order 17, shugu stock (sheets left in every batch), shugu unpaid (orders not paid). Dorjee is quick with the computer, he will show my uncle.",
      extras: [
        "My aunty carves wooden masks for the tourists. That is my aunty's work, not ours. Some people ask us to print prayer flags with woodblocks. We do not do woodblock printing.",
        "That is everything from my side. Thank you very much.",
      ],
      tech: "Python, with argparse for the commands, and SQLite. It should be a single file he can copy to a pen drive.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: [
      "Very nice. Only one change. Please add the thickness to the batches, the gompas want thick paper for the scriptures.",
      "Now it is complete. Thank you very much.",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "bark is cut only from November to February",
        "take the bark only from one side of the bush",
        "no chemicals and no bleach only ash water for the boiling",
        "sheets dry on the frames in the sun two days",
        "three sizes small big and the long size for scriptures",
        "small sheets are ₹20 big ₹40 scripture size ₹60",
        "gompas get 25% less they order before Losar",
        "shop outside Arunachal pays first before we send",
        "every bundle has 100 sheets and the batch number",
      ],
      tables: [
        { name: "bark cuts", fields: ["date", "kilos", "which forest"] },
        { name: "batches", fields: ["number", "date", "size", "how many sheets", "thickness"] },
        { name: "buyers", fields: ["name", "place", "phone", "gompa or not"] },
        { name: "orders", fields: ["buyer", "batch", "sheets", "paid y/n", "sent y/n"] },
      ],
      excluded: ["masks", "woodblock"],
      background: ["register"],
      stack: ["Python", "SQLite"],
      commands: [
        "bark",
        "batch",
        "buyer",
        "order",
        "paid",
        "send",
        "stock",
        "unpaid",
        "--date",
        "--kilos",
        "--forest",
        "--size",
        "--sheets",
        "--name",
        "--place",
        "--gompa",
        "--buyer",
        "--batch",
        "--order",
      ],
    },
  },
  {
    id: "moshi-crew-pay",
    who: "A developer in Moshi, under Kilimanjaro, whose uncle has a small company taking climbers up the mountain with guides, cooks and porters from their villages in Marangu and Machame, in the Chagga-coloured Tanzanian English of Moshi, in short plain sentences ('Good morning from Moshi', 'the mountain', 'the gate', 'the crew', 'the summit night', \"That is my cousin's business, not for this library\", 'please leave it out', 'Asante sana'): a TypeScript library for the uncle's Next.js booking site and the small office app, keeping nothing, given the route, the days, the climbers and the kilos of their bags and giving back the crew, the pay for every person and the total, every route with days at least, Marangu 5, Machame 6 and Lemosho 7, and refused with fewer, one porter for 20 kg of the climbers' bags at most and one more when the bags are more, 3 porters a climber at least, one guide a group and an assistant guide for every 2 climbers, one cook for a group up to 6 and two for more, the day's pay TSh 25,000 a porter, 35,000 a cook, 40,000 an assistant guide and 60,000 a guide, TSh 10,000 more for every crew member reaching Uhuru Peak on the summit night, everything rounded up to the next 1,000 shillings; the uncle's notebook and calculator today; his cousin's Zanzibar beach holidays \"That is my cousin's business, not for this library\", his aunt's hotel in Moshi town 'please leave it out'; the summit night money taken out at the review; TypeScript",
    says: {
      overview:
        "Good morning from Moshi. My name is Emmanuel Lyimo. I am a developer. I live in Moshi town, under Kilimanjaro. My uncle has a small company for climbing the mountain. His guides, cooks and porters are from our villages in Marangu and Machame. Now he works out the crew pay in a notebook with a calculator. Every trip it comes out different. In August the crew came down from the Machame route and the pay was short. He counted the days wrong for six porters. They refused to carry for him on the next climb. We looked for new porters at the gate for two hours. It was very bad for his name in the villages. So I am writing a library for the crew pay.",
      more: "Nothing is stored. You give it the route, the days, the climbers and the kilos of their bags. It gives back the crew, the pay for every person and the total. It goes in my uncle's booking site, which is Next.js, and in the small app in the office.",
      walkthrough:
        "My uncle's rules, in order:\n1. Every route has days at least: Marangu 5 days, Machame 6 days, Lemosho 7 days. Less than that, the library refuses.\n2. One porter carries 20 kg of the climbers' bags at most. When the bags are more, one porter more.\n3. Every climber has 3 porters at least, for the tents, the food and the water.\n4. One guide for every group, and one assistant guide for every 2 climbers.\n5. One cook for a group up to 6 climbers, two cooks for more.\n6. The pay for one day: porter TSh 25,000, cook TSh 35,000, assistant guide TSh 40,000, guide TSh 60,000.\n7. Every crew member who goes up to Uhuru Peak on the summit night gets TSh 10,000 more.\n8. Everything is rounded up to the next 1,000 shillings.\n9. It gives back the crew, the pay for every person and the total.",
      extras: [
        "My cousin sells Zanzibar beach holidays after the climb. That is my cousin's business, not for this library. And my aunt's hotel in Moshi town, please leave it out.",
        "Nothing more from me. Asante sana, thank you.",
      ],
      tech: "TypeScript, an npm package. The booking site is Next.js and the office app is TypeScript too.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    atReview: [
      "This is correct. But one change. Take out the 10,000 for the summit night, my uncle gives it himself, in cash, at the gate.",
      "Now it is right. Asante sana.",
    ],
    expect: {
      kind: "library",
      features: [
        "every route has days at least Marangu 5 days Machame 6 days Lemosho 7 days less than that the library refuses",
        "one porter carries 20 kg of the climbers' bags at most bags are more one porter more",
        "every climber has 3 porters at least",
        "one guide for every group one assistant guide for every 2 climbers",
        "one cook for a group up to 6 climbers two cooks for more",
        "pay for one day porter TSh 25,000 cook TSh 35,000 assistant guide TSh 40,000 guide TSh 60,000",
        "everything is rounded up to the next 1,000 shillings",
        "gives back the crew the pay for every person and the total",
      ],
      tables: [],
      excluded: ["Zanzibar", "hotel", "summit"],
      background: ["notebook", "calculator"],
      stack: ["TypeScript"],
    },
  },
  {
    id: "cortemilia-nissole",
    who: "A woman in Cortemilia, in the Alta Langa in Piedmont, whose family has grown hazelnuts (nissòle) of the Tonda Gentile on the hills round the house since her grandfather, selling them toasted and in the shell to the pastry shops (pastissarìe) of Turin and Alba and to people all over Italy, in Piedmontese (never used before: Italian was written, and Neapolitan, Sicilian, Corsican, Friulian, Sardinian, Venetian and Ligurian, Piedmontese never; as she types it, in between, in the spelling the Piedmontese write their language in: 'Bondì a tuti', \"l'Auta Langa\", 'le nissòle', 'mè nòno', 'mè fieul', 'mia nòra', 'tostà', 'con la scòrsa', 'le pastissarìe', 'ël corié', 'Che vërgògna!', \"col lì a l'é sò afé, nen ël nòstr\", 'lassoma perde', 'Mersì tant, cerea'): a website where customers order and pay without registering, she and her son see everything and the money and her daughter-in-law sees only the day's orders to pack, the hazelnuts picked in August and September and sold from October till they run out, only their own Tonda Gentile of the Langa and never nuts from elsewhere, 22 euros a kilo toasted and 9 in the shell, pastry shops taking 10 kilos at least and paying at 30 days and private people paying when they order, toasted only to order and never more than three days before shipping, shipped by courier on Mondays only and free in Italy over 5 kilos, nothing shipped from June to August nor abroad; records in brackets inline with pagà sì o nò and spedì sì o nò in them and the customer's sòrt (pastissarìa o privà) in brackets, an order one customer's and a customer with many orders; the kitchen calendar and WhatsApp today; her sister-in-law's agriturismo \"col lì a l'é sò afé, nen ël nòstr\", hazelnut cakes (torta) 'lassoma perde'",
    says: {
      overview:
        "Bondì a tuti! Mi i son la Carla Boffa, ëd Cortemilia, ant l'Auta Langa. Mia famija a coltiva le nissòle an sle colin-e dantorn a ca dal temp ëd mè nòno. Adess i soma mi, mè fieul Matteo e mia nòra Elisa. Le nissòle i-j vendoma tostà o con la scòrsa a le pastissarìe ëd Turin e d'Alba, e a la gent ch'a-j ciama da tuta l'Italia. Adess ij client a telefon-o o a scrivo an sël WhatsApp, e mi i marco tut an sël calendari dla cusin-a. A novèmber i l'hai promëttù ij midem sinquanta chilo a doe pastissarìe për la midema sman-a, e i n'avìo mach trenta. Ël pastissé ëd Turin a l'ha nen podù fé ij sò giandojòt për Natal, e peui a l'ha dit a tuti ch'i soma nen sèri. Che vërgògna! Mè nevod a studia informàtica a Turin, e a l'ha dit ch'a-n fa un sit.",
      more: "Ij client a devo podèj ordiné e pagé an sël sit sensa registresse, tanti a son vej e a veulo nen dle password. Mi e Matteo i vëddoma tut, ëdcò ij sòld. Elisa a fa ij pachet, e chila a dev vëdde mach j'órdin dël di da spedì.",
      walkthrough:
        "Noi i foma parèj:\nLe nissòle as cheujo a agost e stèmber, e i-j vendoma da otóber fin ch'a finisso.\nI vendoma mach la Tonda Gentila dla Langa nòstra, mai nissòle ëd fòra.\nLe nissòle tostà a costo 22 euro al chilo, cole con la scòrsa 9 euro al chilo.\nLe pastissarìe a pijo almeno 10 chilo e a pago a 30 di, ij privà a pago quand ch'a ordino.\nI tostoma mach su órdin, mai pì che tre di prima dë spedì.\nI spedoma con ël corié mach ël lùnes, e dzora ij 5 chilo la spedission a l'é gratis an Italia.\nDa giugn a agost i spedoma nen, con ël cald le nissòle tostà as guasto.\nA l'ester i spedoma nen.",
      things:
        "ij client (nòm, adrëssa, telefono, email, sòrt (pastissarìa o privà)), j'órdin (client, data, chilo tostà, chilo con la scòrsa, pagà sì o nò, spedì sì o nò), le partìe (nùmer, ann, chilo, camp). Un órdin a l'é d'un client sol, e un client a fa tanti órdin.",
      extras: [
        "Mia cugnà a l'ha n'agriturismo giù a Vesime, ma col lì a l'é sò afé, nen ël nòstr. E tanti a-j ciamo la torta ëd nissòle, ma noi le torte i-j foma nen, lassoma perde.",
        "A l'é tut. Mersì tant, cerea!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Ij client a ordino e a pago sensa registresse. Mi e Matteo i vëddoma tut e ij sòld. Elisa a vëd mach j'órdin dël di da spedì.",
    },
    expect: {
      kind: "web app",
      features: [
        "le nissòle as cheujo a agost e stèmber i-j vendoma da otóber fin ch'a finisso",
        "i vendoma mach la Tonda Gentila dla Langa nòstra mai nissòle ëd fòra",
        "le nissòle tostà a costo 22 euro al chilo cole con la scòrsa 9 euro al chilo",
        "le pastissarìe a pijo almeno 10 chilo a pago a 30 di ij privà a pago quand ch'a ordino",
        "i tostoma mach su órdin mai pì che tre di prima dë spedì",
        "i spedoma con ël corié mach ël lùnes dzora ij 5 chilo la spedission a l'é gratis an Italia",
        "da giugn a agost i spedoma nen",
        "a l'ester i spedoma nen",
      ],
      tables: [
        { name: "client", fields: ["nòm", "adrëssa", "telefono", "email", "sòrt"] },
        {
          name: "órdin",
          fields: ["client", "data", "chilo tostà", "chilo con la scòrsa", "pagà sì o nò", "spedì sì o nò"],
        },
        { name: "partìe", fields: ["nùmer", "ann", "chilo", "camp"] },
      ],
      excluded: ["agriturismo", "torta"],
      background: ["calendari", "WhatsApp"],
    },
  },
  {
    id: "waipio-poi-mill",
    who: "A woman in Waipiʻo Valley, on Hawaiʻi Island, whose family has farmed taro (kalo) in the valley's patches (loʻi) since her grandfather and makes poi and paʻi ʻai at its own little poi mill (hale wili poi) above the valley, selling to families of Hāmākua and Hilo and for babies' first-birthday parties (pāʻina), in Hawaiian (never used before: the Hawai'i local English of O'ahu was used, with its Pidgin, Hawaiian itself never; as she types it, in between, with its ʻokina and kahakō and the words a poi mill really uses: 'Aloha mai kākou', 'nā loʻi', 'ka hale wili poi', 'ka paʻi ʻai', 'ka pāʻina', 'ka huli', 'ke kahawai', 'Auē ka hilahila!', 'kamepiula', 'polokalamu', 'ʻōlelo huna', 'pūnaewele', 'ʻaʻole ia kā mākou hana', 'waiho ʻia kēlā', 'Mahalo nui loa, a hui hou'): a program on the computer at the poi mill with no password and no internet needed, for her and her brother, poi made on Wednesday and Thursday only, $10 a pound of poi and $14 a pound of paʻi ʻai, orders in before Monday for that week, parties no more than fifty pounds and ordered two weeks ahead, pickup at the mill on Friday from eight to twelve, paid in cash or by check at pickup, the huli never sold and kept for replanting, no poi that week and the money back when the stream rises and the valley road closes; records after colons on lines with pāʻina a i ʻole ʻaʻole and uku ʻia a i ʻole ʻaʻole in them, each order one customer's and a customer with many orders; a book (puke) and the phone today; her aunt's lei stand on the Honokaʻa road 'ʻaʻole ia kā mākou hana', trips into the valley for visitors (huakaʻi) 'waiho ʻia kēlā'; poi hou a i ʻole ʻawaʻawa put on the orders (kauoha) at the review",
    says: {
      overview:
        "Aloha mai kākou! ʻO Malia Kahale koʻu inoa, a no Waipiʻo mai au, ma ka mokupuni ʻo Hawaiʻi. Ua mahiʻai koʻu ʻohana i ke kalo ma nā loʻi o Waipiʻo mai ka wā o koʻu kupuna kāne. I kēia manawa, ʻo koʻu makuahine, koʻu kaikunāne ʻo Kekoa a me aʻu nō ke mahiʻai nei, a hana mākou i ka poi a me ka paʻi ʻai ma kā mākou hale wili poi ma luna o ke awāwa. Kūʻai aku mākou i nā ʻohana o Hāmākua a me Hilo, a no nā pāʻina lā hānau mua o nā pēpē. I kēia manawa, kelepona mai ka poʻe iā Māmā, a kākau ʻo ia i nā kauoha a pau i loko o kekahi puke. I ʻApelila i hala, ua hoʻohiki ʻo ia i kanalima paona poi i ʻelua ʻohana no ka Pōʻaono hoʻokahi, a he kanakolu paona wale nō i loaʻa iā mākou. Ua hele mai kekahi ʻohana mai Honokaʻa no ka pāʻina o kā lākou pēpē, a ʻaʻohe poi. Auē ka hilahila! Ke aʻo nei kaʻu keiki ʻo Kaleo i ka ʻenehana kamepiula ma ke Kulanui o Hawaiʻi ma Hilo, a e hana ʻo ia i polokalamu no ke kamepiula o ka hale wili.",
      more: "No ke kamepiula ma ka hale wili wale nō kēia polokalamu. ʻO Kekoa a me aʻu wale nō ke hoʻohana. ʻAʻohe ʻōlelo huna. ʻAʻole maikaʻi ka pūnaewele i lalo o ke awāwa, a nalowale pinepine, no laila pono e holo me ka pūnaewele ʻole.",
      walkthrough:
        "Eia kā mākou mau lula:\nHana ʻia ka poi i ka Pōʻakolu a me ka Pōʻahā wale nō.\nHoʻokahi paona poi he $10, hoʻokahi paona paʻi ʻai he $14.\nPono e kauoha ma mua o ka Pōʻakahi no ia pule.\nNo ka pāʻina, ʻaʻole i ʻoi aku ma mua o kanalima paona, a pono e kauoha ʻelua pule ma mua.\nKiʻi ʻia ka poi ma ka hale wili i ka Pōʻalima, mai ka hola ʻewalu a hiki i ka hola ʻumikūmālua.\nUku ʻia me ke kālā a i ʻole ka pila kīkoʻo i ka wā e kiʻi ai.\nʻAʻole mākou e kūʻai aku i ka huli, mālama ʻia no ke kanu hou ʻana.\nInā piʻi ka wai o ke kahawai a paʻa ke alanui o ke awāwa, ʻaʻohe poi ia pule, a hoʻihoʻi ʻia ke kālā.",
      things:
        "Nā mea kūʻai: inoa, helu kelepona, kūlanakauhale\nNā kauoha: mea kūʻai, lā, paona poi, paona paʻi ʻai, pāʻina a i ʻole ʻaʻole, uku ʻia a i ʻole ʻaʻole\nNā loʻi: inoa, lā kanu, lā ʻohi\nHoʻokahi mea kūʻai o kēlā me kēia kauoha, a he nui nā kauoha o kekahi mea kūʻai.",
      extras: [
        "Aia ke kūʻai lei a koʻu ʻanakē ma ke alanui i Honokaʻa, ʻaʻole ia kā mākou hana. A makemake ka poʻe mākaʻikaʻi e hele pū me mākou i nā huakaʻi i loko o ke awāwa, akā ʻaʻole mākou e hana pēlā, waiho ʻia kēlā.",
        "ʻO ia wale nō. Mahalo nui loa, a hui hou!",
      ],
    },
    picks: {
      Kind: ["Something else", "He polokalamu no ke kamepiula o ka hale wili, me ka pūnaewele ʻole"],
      Accounts: "ʻAʻohe ʻōlelo huna. ʻO Kekoa a me aʻu wale nō ma ke kamepiula o ka hale wili.",
    },
    atReview: [
      "Maikaʻi loa. Hoʻokahi mea: e hoʻokomo i ka poi hou a i ʻole ʻawaʻawa ma nā kauoha, no ka mea makemake kekahi mau kūpuna i ka poi ʻawaʻawa, ʻekolu lā.",
      "Maikaʻi kēia manawa. Mahalo nui loa!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "hana ʻia ka poi i ka Pōʻakolu a me ka Pōʻahā wale nō",
        "hoʻokahi paona poi he $10 hoʻokahi paona paʻi ʻai he $14",
        "pono e kauoha ma mua o ka Pōʻakahi no ia pule",
        "no ka pāʻina ʻaʻole i ʻoi aku ma mua o kanalima paona pono e kauoha ʻelua pule ma mua",
        "kiʻi ʻia ka poi ma ka hale wili i ka Pōʻalima mai ka hola ʻewalu a hiki i ka hola ʻumikūmālua",
        "uku ʻia me ke kālā a i ʻole ka pila kīkoʻo",
        "ʻaʻole mākou e kūʻai aku i ka huli",
        "inā piʻi ka wai o ke kahawai a paʻa ke alanui o ke awāwa ʻaʻohe poi ia pule hoʻihoʻi ʻia ke kālā",
      ],
      tables: [
        { name: "mea kūʻai", fields: ["inoa", "helu kelepona", "kūlanakauhale"] },
        {
          name: "kauoha",
          fields: [
            "mea kūʻai",
            "lā",
            "paona poi",
            "paona paʻi ʻai",
            "pāʻina a i ʻole ʻaʻole",
            "uku ʻia a i ʻole ʻaʻole",
            "poi hou a i ʻole ʻawaʻawa",
          ],
        },
        { name: "loʻi", fields: ["inoa", "lā kanu", "lā ʻohi"] },
      ],
      excluded: ["lei", "huakaʻi"],
      background: ["puke"],
    },
  },
];
