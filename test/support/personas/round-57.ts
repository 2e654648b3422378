import type { Persona } from "../persona-driver.js";

/**
 * The fifty-seventh round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records told in sentences ("Every farmer have
 * …", "Jeder Rieder hett …"), spread over sentences ("For every parish committee we need
 * …", "For every tourada, …", "The bulls have …", "What we need to keep is the pickers,
 * …"), after colons inline ("Nests: number, part of the island. Visits: …"), after colons
 * on lines ("Ndị ahịa: aha, nọmba ekwentị, …"), after dashes on lines ("- customers - name,
 * phone, wilaya, address", "- Buyers: name, phone, market or maquis"), in brackets inline
 * in lower case ("anglers (name, phone, email, licence number)"), with what a value may be
 * in brackets ("method (fly, spinner or worm)", "the state (ready, resting or hurt)", "the
 * grade (first or second)"), and none at all from the library, whose rules come numbered.
 * Eight write in English, each in their own English and their own register, none of them
 * used before (every round-*.ts, index.ts and held-out.ts was searched, their doc comments
 * and every `who`: Icelandic was written for a glacier research station and the Faroese of
 * Nólsoy and the Finnish English of Oulu used, no English of Iceland was, nor "Ísafjörður",
 * "Westfjords", "Ísafjarðardjúp", "æðardúnn", "Góðan daginn", "Jæja", "þetta reddast" or
 * "Kærar þakkir", "eider" only inside a German "leider" and "Takk" only in the Faroese
 * "Takk fyri"; Moroccan Darija was written and the Tunisian English of Sfax used, no
 * English of Algeria was, nor "Algeria", "Tolga", "Biskra", "Deglet Nour", "ghaba",
 * "wesh", "sahbi", "bezzaf", "hchouma", "ma3lich", "wilaya", "Yalidine", "BaridiMob",
 * "3ami" or "hamdoulah"; Portuguese was written in Peniche and the Azorean
 * Portuguese-American English of Fall River used, with its sopas and its crown, no
 * English of the Azores themselves was, nor "Terceira", "Angra", "tourada", "ganadaria",
 * "pastores", "foguete", "Sanjoaninas", "Nossa Senhora", "bullring" or "Beijinhos",
 * "Olá" only in Peniche and "obrigada" only at Fall River and in a Tetum "Obrigada
 * barak"; the Englishes of Dublin, Cork, Kerry, Limerick, Waterford, Wexford, Cavan,
 * Donegal and Dundalk were used, no English of Mayo was, nor "Ballina", "Foxford",
 * "Castlebar", "the Moy", "grilse", "the oul lad", "ah sure", "Lough Conn" or "Mayo for
 * Sam", "Mayo" only in the Palo de Mayo and the "Mayo Ya" of Bluefields and as a Lusaka
 * "mayo"; the Englishes of St Lucia, St Vincent, Grenada, Antigua, St Kitts, Montserrat
 * and Anguilla were used, no English of Dominica was, nor "Grand Bay", "Roseau", "Sa ka
 * fèt", "papayo", "bad bad", "bay leaf", "bay oil" or "before Maria",
 * "Dominica" only inside "Dominican-American" and "sa ka" only across Finnish, Tagalog,
 * Cebuano, Hiligaynon and Tetum words; the Acadian English of Cap-Pelé, the Lunenburg
 * County, Cape Breton and PEI Englishes and the Maine English of Bowdoinham were used, no
 * English of Grand Manan was, nor "Grand Manan", "Dark Harbour", "Blacks Harbour", "Seal
 * Cove", "North Head", "dulse", "dulsers", "holdfast", "weir" or "you're a dear", "from
 * away" only in Maine and Lunenburg; the Goldfields English of Kalgoorlie-Boulder, the
 * Territory English of the Top End and the South Australian English of Salisbury were
 * used, no English of the Gascoyne was, nor "Carnarvon", "Gascoyne", "Fremantle",
 * "sandgroper", "capsicums", "Fair Work", "88 days" or "no dramas", "freo" only inside
 * "freon"; Wolof was written and the Cameroonian, Gambian, Liberian and Ghanaian Englishes
 * used, no English of Côte d'Ivoire was, nor "Ivorian", "Abidjan", "Adjamé", "Yopougon",
 * "attiéké", "magnan", "gbaka",
 * "maquis", "gbê", "On dit quoi", "alloco", "placali" or "Dieu merci", "Dabou" only inside
 * Curaçao's "Bandabou"): the Icelandic English of Ísafjörður, in short plain sentences
 * ("Góðan daginn", "the Westfjords", "æðardúnn", "the down inspector", "þetta reddast",
 * "That is his business, not ours", "leave them out", "Kærar þakkir"), the Algerian English
 * of Tolga, in lower-case fragments ("wesh sahbi", "my baba", "the ghaba", "the wilayas",
 * "hchouma bezzaf", "ma3lich", "my 3ami", "thats his thing not ours", "skip it",
 * "hamdoulah"), the Azorean English of Terceira, in long paragraphs ("Boa tarde", "the
 * ganadaria", "the tourada à corda", "the pastores", "the foguete", "the Câmara", "the
 * Sanjoaninas", "Ai, Nossa Senhora", "the committee's business, not ours", "please leave it
 * out", "beijinhos"), the Mayo English of Ballina, in between ("the oul lad", "the Moy",
 * "the grilse", "a right row", "ah sure", "not our bother at all", "leave that out
 * altogether", "Mayo for Sam"), the Dominican English of Grand Bay, in between ("Sa ka
 * fèt?", "the still", "the co-op", "before Maria", "papayo", "bad bad", "we does do it",
 * "that is she own business", "don't put it", "Thank you, eh"), the Grand Manan English of
 * Dark Harbour, in long paragraphs ("the boat", "over on the mainland", "the dulsers",
 * "what they've got coming to them", "that's the herring, not ours", "not us", "you're a
 * dear"), the Western Australian English of Carnarvon, in lower-case fragments ("hey",
 * "sandgroper", "freo", "the gascoyne", "mum n dad", "the award", "no dramas", "thats dads
 * thing not the library's", "leave it", "cheers"), and the Ivorian English of Dabou, in
 * short plain sentences ("On dit quoi!", "the magnan", "the gbaka", "the maquis", "Adjamé",
 * "Gbê", "It is not our affair", "We don't make it", "Dieu merci"). One writes in Low German
 * (never used before: German and West Frisian were written and the Low German-coloured
 * Mennonite English of southern Manitoba used, Low German itself never, nor
 * "Dithmarschen", "Wöhrden", "Ringrieden", "Ringrieder", "Galgen", "Lanz", "Törns",
 * "Stechen", "Impfpass", "Peerd", "Liddmaat", "Schriftföhrersch", "Kladde" or "tschüüß",
 * "Moin" only inside "Des Moines" and "König" only as a battleship; as the secretary of a
 * Dithmarschen ring riders' club types it, in between, in the spelling Holstein Platt is
 * written in, with the words a Dithmarschen village really uses: "Moin", "uns Vereen",
 * "Ringrieden", "de Rieders", "de Galgen", "de Lanz", "Törns", "König", "Kronprinz",
 * "Stechen", "Impfpass", "Peerd", "Klock", "Kladde", "Zettels", "Laptop", "Passwoort", "dor
 * hebbt wi nix mit to doon", "dat bruukt wi nich", "Veelen Dank un tschüüß"), and one in
 * Igbo (never used before: Nigerian Igbo English was used at Amawbia, Yoruba written in
 * Ibadan and Hausa in Zaria, Igbo itself never, nor "Owerri", "Mbaise", "FUTO", "Ndeewo",
 * "mmanụ nkwụ", "jerikan", "Nkwọ", "ihere", "ọ bụghị ọrụ anyị", "etinyela ya" or "Daalụ";
 * as a computer science student in Owerri types it, in between, in the standard spelling
 * with its dotted letters, with the English words Owerri really mixes in: "Ndeewo", "nne
 * m", "mmanụ nkwụ", "jerikan", "website", "account", "ọda", "transfer", "driver", "dye",
 * "WhatsApp", "Nkwọ", "ihere", "ọ bụghị ọrụ anyị", "etinyela ya", "Daalụ nke ukwuu").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Terceira ganadaria's touradas à corda (May 1 to October 15, four bulls of half an
 * hour on the rope with a foguete at each start and end, always at 6:30 in the afternoon,
 * eight pastores, a bull once a week at most and never under four years, 2,000 euros and
 * 2,600 in the Sanjoaninas week, half on booking and the rest before the first foguete,
 * no Câmara licence no bulls, a sick bull changed and a tourada never cancelled), a
 * Ballina family's beats on the Moy (February 1 to September 30, the state licence checked
 * by the bailiff, four beats and two rods a beat, €40 and €60 in the grilse months, fly
 * only on beats 1 and 2, one salmon a day kept and tagged, 8 to 9 and no night fishing,
 * kids under 16 free with a paying adult, a flood over the mark on Foxford bridge another
 * day and no money back) and a Mbaise family's palm oil (February to May, ₦48,000 a
 * 25-litre jerikan, two at the least, ₦45,000 from ten, paid by transfer before it goes,
 * the transport the customer's, nothing mixed into the oil, nothing older than six months,
 * nothing sent on Nkwọ market day); phone apps for a Grand Bay bay leaf co-op's still (a
 * tree cut once in six months, leaves to the still the day they are cut, members only,
 * EC$0.45 a pound less 5 cents for the still, Monday to Friday and 600 pounds a load,
 * paid every two weeks, numbered and sealed drums with a sample to the exporter, no
 * cutting under a hurricane warning) and a Dark Harbour family's dulse (May to October on
 * the daylight low tides, cut by hand with the holdfast left, $1.50 a pound wet, a day in
 * the sun or the drying shed, five pounds wet to one dry, $6, $20 and $150 for 10 pounds to
 * the stores, Canada Post to Canada and the States and nothing overseas, pickers paid
 * every second Friday), the first working offline; programs on one computer for a Dabou
 * women's cooperative's attiéké (fresh cassava from around Dabou, two days with the
 * magnan, a 25 kilo sack at 12,500 francs and a 1 kilo packet at 600, orders 3 days ahead,
 * half by mobile money, the 5 o'clock gbaka to Adjamé at the buyer's cost, nothing older
 * than 2 days, 420 francs a kilo to every woman on Saturdays) and a Wöhrden ring riders'
 * club's Ringrieden (members only at 15 euros, 24 Törns a rider, the ring smaller every 8
 * Törns, the most rings König and the second Kronprinz, a Stechen with the smallest ring
 * on a tie, children under 14 on ponies with the big ring, no rider without a helmet, no
 * horse without its Impfpass, 9 o'clock sharp); a service without screens, in NestJS with
 * PostgreSQL, for a Tolga family's Deglet Nour dates (October to December and then the cold
 * room, branchée, extra and first choice at 1,200, 900 and 600 DA a kilo, boxes of 1, 5 and
 * 10 kg, Yalidine to all the wilayas but the far south, 15% less from 200 kg paid first by
 * CCP or BaridiMob, the lot and the harvest date on every box, Ramadan orders closed 10
 * days before, nothing older than 8 months, nothing out on Friday); a C# library for a
 * Carnarvon plantation's pickers' pay (the award's hourly rate passed in, 25% casual
 * loading, $2.40 a bucket of tomatoes and $3 of capsicums, bananas hourly only, piece rate
 * never under the hourly for the hours, time and a half after 10 hours, 15% tax for
 * working holiday visas, rounded to the cent); and a command-line tool in Go with SQLite
 * for an Ísafjarðardjúp family's eider down (end of May to the middle of July, two visits
 * a nest with half the down and hay the first time, never all the down under a sitting
 * duck, 60 nests to a kilo, cleaned in Ísafjörður, no inspector's stamp no sale, 1,600
 * euros a kilo and half a kilo at least, paid before it is sent, nobody on the island from
 * May 15 to July 20), with commands and flags. The Tolga developer and the Carnarvon
 * developer answer in lower-case fragments, the Terceira nurse and the Dark Harbour dulse
 * picker's daughter in long paragraphs, the Ísafjörður developer and the Dabou treasurer
 * in short plain sentences, the others in between.
 *
 * Relations said plainly ("One visit is one nest on one day. One order is one buyer and
 * one batch", "1 order is 1 customer n 1 lot, a lot has many orders", "One tourada is for
 * one parish and has four bulls, and one bull runs in many touradas", "one booking is one
 * angler on one beat on one day", "One weighing is one farmer on one day, and one farmer
 * have plenty weighings", "One picking is one picker on one tide, and one order is for one
 * customer", "One order is for one buyer. One weighing is for one woman", "En Rieder riedt
 * an den Dag blots een Peerd", "Otu ọda bụ nke otu onye ahịa"); allowed values in the
 * lists and sentences themselves (first or second, paid y/n, sent y/n, delivered y/n, half
 * paid or not, all paid or not, kept or released, paid or not, sent or not, mailed or not,
 * half paid or not, arrived or not, Liddmaat ja oder nee, Impfpass ja oder nee, Ring ja
 * oder nee, akwụọla ma ọ bụ akwụbeghị, ezipụla ma ọ bụ ezipụbeghị) and in brackets (a
 * bull's state, a catch's method, a drum's grade); background in a notebook and on
 * Messenger, in Facebook messages and a notebook, in a little agenda and phone calls, in a
 * diary and an envelope, on scale slips and in a ledger, on Facebook and in a shoebox, in a
 * spreadsheet off paper timesheets, in a register and on WhatsApp, in a Kladde and on
 * Zettels, in an akwụkwọ and on WhatsApp; technology named as Go with SQLite, NestJS with
 * PostgreSQL and C#, and none at all by seven of them; "no" said as "That is the farm, not
 * the down, leave them out", "That is his business, not ours", "thats his thing not ours",
 * "skip it", "the committee's business, not ours", "please leave it out", "not our bother
 * at all", "leave that out altogether", "that is she own business", "don't put it", "that's
 * the herring, not ours, leave it out", "not us", "thats dads thing not the library's",
 * "the app does that, leave it", "It is not our affair", "We don't make it", "dor hebbt wi
 * nix mit to doon", "dat bruukt wi nich", "ọ bụghị ọrụ anyị", "etinyela ya"; while rules
 * keep their "no" ("We never take all the down", "no stamp no sale", "nothing else", "we
 * dont deliver", "we dont sell", "nothing goes out on friday", "no exceptions", "never runs
 * in the street", "does not bring the bulls", "never cancels", "no fishing outside that",
 * "never more", "no night fishing", "no money back", "no cutting", "doesn't pick for us
 * again", "we don't mail overseas", "never piece rate", "can never come to less", "not
 * less", "We do not sell attiéké older than 2 days", "Keen Rieder ahn Helm", "ahn Impfpass
 * keen Peerd op'n Platz", "riedt nich mit", "anyị anaghị agwakọ", "anyị anaghị ezipụ").
 *
 * The Terceira nurse takes the email off the committees and puts the number of the Câmara
 * licence on the touradas, the Grand Bay secretary takes the village off the farmers and
 * puts the load number on the weighings, and the Owerri student takes the state (steeti)
 * off the customers (ndị ahịa) and puts the driver's name and phone (aha driver, nọmba
 * ekwentị driver) on the orders (ọda), each after "Change something" at "Your data"; the
 * Ísafjörður developer puts rain or dry on the visits, the Ballina man puts the tag number
 * on the catches, the Carnarvon developer takes the super out of the library and the
 * Wöhrden secretary puts the entry fee paid (Startgeld betahlt ja oder nee) on the riders
 * (Rieders), each at the review. Low German and Igbo, both in Latin letters, are compared
 * by their own words, umlauts and dots and all, so their expected words are in the forms
 * the person used (as "Kinner ünner 14 riedt in en egen Klass mit Ponys", "otu jerikan lita
 * iri abụọ na ise bụ ₦48,000"); every expected feature was checked to be in one sentence
 * the person said, and the excluded words of all ten were checked not to read like
 * anything they want (not "down" or "island" for the uncle's sheep and the cousin's
 * tourists, when the island's down is the whole trade, but "sheep" and "boat trips"; not
 * "dates" or "palms" for the uncle's syrup and the aunt's baskets, but "syrup" and
 * "baskets"; not "bulls" for the fights in the ring in Angra, when bulls are the whole
 * trade, but "bullring" and "tascas"; not "salmon" or "boats" for the aunt's rooms and the
 * lake, but "B&B" and "Lough Conn"; not "bay" or "leaves" for the cousin's soap and the
 * dry leaves, when bay leaves are the whole trade, but "soap" and "cooking"; not "herring"
 * or "boats" for the weir and the whale watching, but "weir" and "whale"; not "pay" or
 * "visa" for the caravans and the form, when the working holiday visa is a rule, but
 * "caravans" and "88 days"; not "fish" or "cassava" for the women selling alloco and fried
 * fish and for the placali, when cassava is the whole trade, but "alloco" and "placali";
 * not "Ring" for the evening in the tent and the children's raffle, but "Festzelt" and
 * "Tombola"; not "nkwụ" for the uncle's kernels and palm wine, when palm oil is the whole
 * trade, but "akụ nkwụ" and "mmanya").
 */
export const FIFTY_SEVENTH_ROUND: readonly Persona[] = [
  {
    id: "isafjordur-eider-down",
    who: "A developer in Ísafjörður, in the Westfjords of Iceland, working from home for a company in Reykjavík, whose uncle has a farm on a small island in Ísafjarðardjúp where the family collects the down (æðardúnn) from the nests of the wild eider ducks every summer and sells it cleaned to buyers in Japan and Germany, in the Icelandic English of Ísafjörður, in short plain sentences ('Góðan daginn', 'the Westfjords', 'the big fjord', 'æðardúnn', 'the down inspector', 'the cleaning station', 'þetta reddast', 'That is his business, not ours', 'leave them out', 'Kærar þakkir'): a Go command-line tool with SQLite on his uncle's old laptop in the kitchen, one file and no internet, down collected only from the end of May to the middle of July while the ducks sit, every nest visited twice with half the down taken and dry hay put under the eggs the first time and the rest taken after the ducklings leave, never all the down under a sitting duck, about 60 nests to a kilo of clean down, the raw down dried in the barn and cleaned at the cleaning station in Ísafjörður, every bag checked by the down inspector and given a stamp number and no stamp no sale, 1,600 euros a kilo, half a kilo at the least, paid before it is sent with the shipping the buyer's, nobody on the island but the family from May 15 to July 20; records after colons inline with first or second, paid y/n and sent y/n in them, a visit one nest on one day and an order one buyer from one batch; a notebook and Messenger today; his uncle's sheep 'That is the farm, not the down, leave them out', his cousin's boat trips for tourists \"That is his business, not ours\"; rain or dry put on the visits at the review; commands and flags; Go and SQLite",
    says: {
      overview:
        "Góðan daginn. My name is Birkir Hálfdánarson. I live in Ísafjörður, in the Westfjords of Iceland. I am a developer and I work from home for a company in Reykjavík. My uncle Siggi has a farm on a small island in Ísafjarðardjúp, the big fjord. Every summer our family collects eider down, æðardúnn, from the nests of the wild eider ducks. We clean it and sell it to buyers in Japan and Germany. Now my uncle writes everything in a notebook, and the buyers write to him on Messenger. Last year he sold the same 5 kilos two times, to a buyer in Tokyo and a buyer in Munich. The man in Munich waited until October and got nothing. My uncle said þetta reddast, it will work out. It did not work out. So I will make a command-line tool for his laptop.",
      more: "Only my uncle uses it, on his old laptop in the kitchen. One file, no internet. On the island there is no internet anyway.",
      walkthrough:
        "These are the rules.\nWe collect down only from the end of May to the middle of July, when the ducks sit on the eggs.\nEvery nest is visited two times: the first time we take half of the down and put dry hay under the eggs, the second time is after the ducklings leave and we take the rest.\nWe never take all the down while the duck is sitting.\nAbout 60 nests give one kilo of clean down.\nThe raw down dries in the barn and then goes to the cleaning station in Ísafjörður.\nEvery bag of clean down is checked by the down inspector and gets a stamp number, no stamp no sale.\nWe sell clean down by the kilo, 1,600 euros a kilo.\nThe smallest order is half a kilo.\nThe buyer pays before we send, and the buyer pays the shipping.\nNobody walks on the island from May 15 to July 20, only the family, the ducks must be left alone.",
      things:
        "Nests: number, part of the island. Visits: nest, date, grams of down, first or second. Batches: number, raw kilos, clean kilos, stamp number. Buyers: name, country, email. Orders: buyer, batch, kilos, paid y/n, sent y/n. One visit is one nest on one day. One order is one buyer and one batch, a batch can have many orders.",
      commands:
        "Something like this: dunn nest --number 112 --part north, dunn visit --nest 112 --grams 9 --first, dunn visit --nest 112 --grams 7 --second, dunn batch --raw 12.4, dunn clean --batch 7 --kilos 3.1, dunn stamp --batch 7 --number 2025-114, dunn sell --buyer 3 --batch 7 --kilos 2, dunn paid --order 12, dunn sent --order 12, dunn stock (the clean down that is not sold). My uncle will learn it.",
      extras: [
        "My uncle has 40 sheep too. That is the farm, not the down, leave them out. My cousin takes tourists on boat trips to the island in August. That is his business, not ours.",
        "That is all. Kærar þakkir.",
      ],
      tech: "Go, with cobra for the commands, and SQLite. One binary on his laptop.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Go",
    },
    atReview: [
      "Good. One thing: put rain or dry on the visits. Wet down weighs more, my uncle wants to see it.",
      "Now it is good. Kærar þakkir.",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "collect down only from the end of May to the middle of July",
        "every nest visited two times first time take half of the down put dry hay under the eggs second time after the ducklings leave take the rest",
        "never take all the down while the duck is sitting",
        "about 60 nests give one kilo of clean down",
        "raw down dries in the barn goes to the cleaning station in Ísafjörður",
        "every bag of clean down checked by the down inspector stamp number no stamp no sale",
        "sell clean down by the kilo 1,600 euros a kilo",
        "smallest order is half a kilo",
        "buyer pays before we send buyer pays the shipping",
        "nobody walks on the island from May 15 to July 20 only the family",
      ],
      tables: [
        { name: "nests", fields: ["number", "part of the island"] },
        { name: "visits", fields: ["nest", "date", "grams of down", "first or second", "rain or dry"] },
        { name: "batches", fields: ["number", "raw kilos", "clean kilos", "stamp number"] },
        { name: "buyers", fields: ["name", "country", "email"] },
        { name: "orders", fields: ["buyer", "batch", "kilos", "paid y/n", "sent y/n"] },
      ],
      excluded: ["sheep", "boat trips"],
      background: ["notebook", "Messenger"],
      stack: ["Go", "SQLite"],
      commands: [
        "nest",
        "visit",
        "batch",
        "clean",
        "stamp",
        "sell",
        "paid",
        "sent",
        "stock",
        "--number",
        "--part",
        "--nest",
        "--grams",
        "--first",
        "--second",
        "--raw",
        "--batch",
        "--kilos",
        "--buyer",
        "--order",
      ],
    },
  },
  {
    id: "tolga-deglet-nour-api",
    who: "A backend developer in Algiers working remote for a company in Lyon, whose father (his baba) has a palm grove (the ghaba) of about 300 palms in Tolga, near Biskra, where the Deglet Nour dates come from, selling boxes of dates all over Algeria, in the Algerian English of Tolga, in lower-case fragments ('wesh sahbi', 'my baba', 'the ghaba', 'deglet nour', 'no discussion', 'hchouma bezzaf', 'the wilayas', 'cash on delivery is normal', 'ma3lich', 'my 3ami', 'thats his thing not ours', 'skip it', 'hamdoulah'): a service without screens, in NestJS with PostgreSQL, that the family's website, a tablet in the packing room and a small app for the shops buying wholesale call, with API keys and him and his father as admins and customers ordering with a name and a phone, the harvest from October to December and the dates sold from the cold room after it until they are finished, three grades, branchée on the stalk at 1,200 DA a kilo, extra at 900 and first choice at 600, boxes of 1, 5 and 10 kg and nothing else, Yalidine to all the wilayas with the delivery the customer's and cash on delivery, nothing to the far south (Tamanrasset, Illizi, Djanet), shops from 200 kg paying 15% less and first, by CCP or BaridiMob before loading, the lot number and the harvest date on every box's label, Ramadan orders closed 10 days before, no dates older than 8 months, nothing out on Friday with the packing room closed; records after dashes on lines with paid y/n and delivered y/n in them, an order one customer and one lot and a lot with many orders; Facebook messages and his father's notebook today; his uncle's date syrup and date paste at the souk 'thats his thing not ours', his aunt's palm-leaf baskets 'skip it'; NestJS and PostgreSQL",
    says: {
      overview:
        "wesh sahbi. yacine here, from tolga, near biskra. backend dev, i live in algiers n work remote for a company in lyon. my baba has a ghaba in tolga, like 300 palms, deglet nour, the best dates in the world no discussion. we sell boxes all over algeria. rn its facebook messages n my baba's notebook, n last ramadan he sold the same 200 kg of branchée twice, to a shop in constantine n a guy in setif. the setif guy drove 4 hours n went back w nothing 3 days before ramadan. hchouma bezzaf. so im building an api",
      more: "just the api. our website (ppl order there), a tablet in the packing room for my cousin, n a small app for the shops that buy wholesale call it. my baba n me are admin",
      walkthrough:
        "ok the rules, my baba is strict\n- harvest is october to december, after that we sell from the cold room till its finished\n- 3 grades: branchée (still on the stalk) 1,200 DA a kilo, extra 900 DA, first choice 600 DA\n- boxes of 1 kg, 5 kg n 10 kg, nothing else\n- delivery by yalidine to all the wilayas, the customer pays the delivery, cash on delivery is normal\n- the far south, tamanrasset, illizi, djanet, we dont deliver, too far n the dates suffer\n- shops buying 200 kg or more pay 15% less, but they pay first by CCP or baridimob before loading\n- every box has the lot number n the harvest date on the label\n- for ramadan the orders close 10 days before, after that ma3lich\n- dates older than 8 months we dont sell\n- nothing goes out on friday, the packing room is closed",
      things:
        "- customers - name, phone, wilaya, address\n- lots - number, grade, harvest date, kilos\n- orders - customer, lot, box size, how many boxes, paid y/n, delivered y/n\n1 order is 1 customer n 1 lot, a lot has many orders",
      extras: [
        "my 3ami sells date syrup n date paste at the souk, thats his thing not ours. n my aunt makes baskets from the palm leaves, skip it",
        "thats it. hamdoulah, thanks sahbi",
      ],
      tech: "nestjs n postgres, same as at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the website, the packing room tablet n the shops app get api keys. my baba n me are admin. customers order w name n phone, no password",
      Technology: "I have preferences",
      "Back end": "NestJS",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "harvest is october to december after that sell from the cold room",
        "branchée 1,200 DA a kilo extra 900 DA first choice 600 DA",
        "boxes of 1 kg 5 kg n 10 kg",
        "delivery by yalidine to all the wilayas customer pays the delivery cash on delivery",
        "far south tamanrasset illizi djanet we dont deliver",
        "shops 200 kg or more pay 15% less pay first by CCP or baridimob before loading",
        "every box has the lot number n the harvest date on the label",
        "ramadan orders close 10 days before",
        "dates older than 8 months we dont sell",
        "nothing goes out on friday",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "wilaya", "address"] },
        { name: "lots", fields: ["number", "grade", "harvest date", "kilos"] },
        {
          name: "orders",
          fields: ["customer", "lot", "box size", "how many boxes", "paid y/n", "delivered y/n"],
        },
      ],
      excluded: ["syrup", "baskets"],
      background: ["facebook", "notebook"],
      stack: ["NestJS", "PostgreSQL"],
    },
  },
  {
    id: "terceira-tourada-bulls",
    who: "A nurse at the hospital in Angra do Heroísmo whose father has a ganadaria, a herd of bulls, in the hills of Terceira in the Azores, and takes four of them to the touradas à corda, the street bullfights where the bull runs on a long rope held by the pastores and nobody hurts him, that the parishes of the island hold at their festas from May to October, in the Azorean English of Terceira, in long paragraphs ('Boa tarde', 'the ganadaria', 'the tourada à corda', 'the pastores', 'the foguete', 'the Câmara', 'the Sanjoaninas', 'the Americans from the Base', 'Ai, Nossa Senhora', \"the committee's business, not ours\", 'please leave it out', 'beijinhos'): a website where every parish's festa committee logs in, books and sees its touradas and what it owes, she and her father see everything and the money and the pastores the touradas they work, the season from May 1 to October 15 and the bulls in the pasture outside it, four bulls a tourada each running about half an hour on the rope with a foguete (rocket) at every start and end, always at 6:30 in the afternoon, eight pastores in the white shirt and the black hat, a bull running once a week at most and never under four years old, 2,000 euros a tourada and 2,600 in the week of the Sanjoaninas, half on booking and the rest on the day before the first foguete, the committee's insurance and Câmara licence and no bulls without the licence, a bull the vet finds unwell changed for another and a tourada never cancelled; records spread over sentences ('For every parish committee we need …', 'For every tourada, …', 'The bulls have …') with half paid or not and all paid or not in them and a bull's state in brackets, a tourada one parish's with four bulls and a bull in many touradas; a little agenda in her father's shirt pocket and phone calls today; the festa's food stalls (tascas) \"the committee's business, not ours\", the bullring in Angra 'please leave it out'; the email taken off the committees and the number of the Câmara licence put on the touradas after 'Change something' at 'Your data'",
    says: {
      overview:
        "Boa tarde! My name is Sónia Meneses, I am a nurse at the hospital in Angra do Heroísmo, on Terceira, in the Azores. My father has a ganadaria, a herd of bulls for the tourada à corda, which is our bullfight in the street, where the bull runs with a long rope on his neck, the pastores hold the rope, the young men of the parish run in front of him, and nobody hurts the bull. Every parish on the island has its festa in the summer and almost every festa wants a tourada, so from May to October my father has touradas nearly every day, and the committees call him on the phone and he writes everything in a little agenda he keeps in his shirt pocket. Last August he gave the same Sunday to two parishes, Porto Judeu and Feteira, and when the bulls arrived in Porto Judeu the people in Feteira were already waiting in the street with the rockets ready, and the Feteira committee had to tell everybody there was no tourada. Ai, Nossa Senhora, my father did not sleep for a week, and the whole island was still talking about it at the Sanjoaninas. My son Rui studies informatics at the university in Ponta Delgada, and he will make a website for us.",
      more: "Every parish committee should log in, book a day and see their touradas and what they still owe, because the committees change every year and the new people never know anything. My father and I see everything and the money. The pastores log in and see the touradas where they work, the day, the parish and the street.",
      walkthrough:
        "So, I will tell you how my father does it. It is a bit long, but the tourada has its rules and the people here are very serious about them.\n\nThe season goes from the 1st of May to the 15th of October, and outside that the bulls stay in the pasture, no exceptions, not even for the Americans from the Base.\n\nEvery tourada is four bulls, one after the other, and every bull runs about half an hour on the rope, with a foguete, a rocket, at the start and at the end of every bull.\n\nA tourada always starts at 6:30 in the afternoon, because before that it is too hot for the bulls and after dark nobody can see them.\n\nEvery tourada needs eight pastores, in the white shirt and the black hat, four at each end of the rope, and my father never goes with less.\n\nA bull runs at most once a week, because he needs to rest, and a bull under four years old never runs in the street.\n\nA tourada costs 2,000 euros, and in the week of the Sanjoaninas, in June, it is 2,600, because every parish wants one then.\n\nThe committee pays half when it books, and the rest on the day, before the first foguete.\n\nThe committee must have the insurance and the licence from the Câmara, and without the licence my father does not bring the bulls.\n\nIf the vet says a bull is not well, my father changes it for another bull, but he never cancels a tourada.",
      things:
        "For every parish committee we need the parish, the president, the phone and the email. For every tourada, the parish, the date, the street, the four bulls, half paid or not and all paid or not. The bulls have a number, a name, the year they were born and the state (ready, resting or hurt). And the pastores have a name and a phone. One tourada is for one parish and has four bulls, and one bull runs in many touradas.",
      thingsChange:
        "Two things, please. Take the email off the committees, they never read it, the phone is enough. And put the number of the Câmara licence on the touradas, because my father always has to ask for it at the last minute.",
      extras: [
        "The tascas, the food stalls in the street at the festa, are the committee's business, not ours. And people ask if our bulls go to the bullring in Angra, no, those are the fights with the horses and the cavaleiros, that is another world, please leave it out.",
        "That is all. Thank you so much, beijinhos!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "My father and I see everything and the money. Every parish committee logs in and sees its touradas and what it owes. The pastores log in and see the touradas where they work.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "season from the 1st of May to the 15th of October",
        "every tourada is four bulls every bull runs about half an hour on the rope foguete at the start and at the end",
        "tourada always starts at 6:30 in the afternoon",
        "every tourada needs eight pastores",
        "bull runs at most once a week bull under four years old never runs in the street",
        "tourada costs 2,000 euros week of the Sanjoaninas 2,600",
        "committee pays half when it books rest on the day before the first foguete",
        "insurance and the licence from the Câmara without the licence does not bring the bulls",
        "vet says a bull is not well changes it for another bull never cancels a tourada",
      ],
      tables: [
        { name: "committees", fields: ["parish", "president", "phone"] },
        {
          name: "touradas",
          fields: [
            "parish",
            "date",
            "street",
            "bulls",
            "half paid or not",
            "all paid or not",
            "number of the Câmara licence",
          ],
        },
        { name: "bulls", fields: ["number", "name", "year they were born", "state"] },
        { name: "pastores", fields: ["name", "phone"] },
      ],
      excluded: ["tascas", "bullring"],
      background: ["agenda", "phone"],
    },
  },
  {
    id: "ballina-moy-salmon",
    who: "A man in Ballina, County Mayo, who does IT for the county council in Castlebar and whose father has the fishing on a stretch of the River Moy below Foxford, four beats let by the day to salmon anglers from all over Ireland and England and a good few Germans and French, in the Mayo English of Ballina, in between ('the oul lad', 'the Moy', 'the grilse', 'a crowd from Dublin', 'a right row on the bank', 'ah sure', 'myself and the oul lad', 'loads of catches', 'not our bother at all', 'leave that out altogether', 'Mayo for Sam'): a website where anglers make an account, book, pay and put in their catches, he and his father see everything and the money and the bailiff sees who is on which beat that day and their licences, the season from February 1 to September 30, the state salmon licence for every angler checked by the bailiff on the bank, four beats and two rods a beat a day, €40 a rod a day and €60 in June and July when the grilse are running, fly only on beats 1 and 2 and spinning and worm on 3 and 4, one salmon a day kept and tagged and the rest back in the river, fishing from 8 in the morning to 9 at night and no night fishing, kids under 16 free with a paying adult, no fishing with the river in flood over the mark on Foxford bridge and another day instead with no money back; records in brackets inline in lower case with paid y/n and kept or released in them and the method (fly, spinner or worm) in brackets, a booking one angler on one beat on one day and an angler with many catches; a diary on the kitchen table and an envelope in the dresser today; his aunt's B&B for the anglers 'not our bother at all', boats on Lough Conn 'leave that out altogether'; the tag number put on the catches at the review",
    says: {
      overview:
        "Hello there. Declan Walsh here, from Ballina in County Mayo, the salmon capital of Ireland, or so the sign on the bridge says. I do IT for the county council over in Castlebar. The oul lad has the fishing on a stretch of the Moy below Foxford, four beats, and he lets them by the day to salmon anglers from all over Ireland and England and a good few Germans and French. Right now it's all phone calls and a diary on the kitchen table, and the money goes in an envelope in the dresser. Last June, in the best week of the grilse, he gave beat 2 to two different parties for the same day, a crowd from Dublin and two Germans who'd driven over from Rosslare, and there was a right row on the bank. The Germans put it up on some forum and we had cancellations after it. So I'm making him a website, ah sure it's time.",
      more: "Anglers should book and pay on the website, and they'd want an account, because the same lads come back every year and they have to put in their catches. Myself and the oul lad see everything and the money. The bailiff logs in as well, to see who's on which beat that day and to check their licences.",
      walkthrough:
        "Right, the rules, and the oul lad is very particular about them.\nThe season is from the 1st of February to the 30th of September, no fishing outside that.\nEvery angler needs the state salmon licence, and the bailiff checks it on the bank.\nThere's four beats and two rods a beat a day, never more.\nA rod is €40 a day, and €60 in June and July when the grilse are running.\nFly only on beats 1 and 2, spinning and worm are allowed on beats 3 and 4.\nAn angler can keep one salmon a day and it has to be tagged, the rest go back in the river.\nFishing is from 8 in the morning to 9 at night, no night fishing.\nKids under 16 fish free with a paying adult.\nIf the river's in flood over the mark on Foxford bridge there's no fishing, and they get another day instead, no money back.",
      things:
        "anglers (name, phone, email, licence number), bookings (angler, date, beat, rods, paid y/n), catches (angler, date, beat, weight, method (fly, spinner or worm), kept or released). one booking is one angler on one beat on one day, and an angler can have loads of catches",
      extras: [
        "My aunt does the B&B for the anglers, that's her own thing, not our bother at all. And people ask about boats on Lough Conn, that's the lads out the road, leave that out altogether.",
        "That's it now. Mayo for Sam!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Anglers make an account and see their bookings and their catches. Myself and the oul lad see everything and the money. The bailiff logs in and sees who's on which beat that day and their licences.",
    },
    atReview: [
      "That's looking good. One thing, put the tag number on the catches, the bailiff has to see it for every fish kept.",
      "That's the job now, thanks.",
    ],
    expect: {
      kind: "web app",
      features: [
        "season from the 1st of February to the 30th of September",
        "every angler needs the state salmon licence bailiff checks it on the bank",
        "four beats two rods a beat a day",
        "rod is €40 a day €60 in June and July",
        "fly only on beats 1 and 2 spinning and worm on beats 3 and 4",
        "keep one salmon a day tagged rest go back in the river",
        "fishing from 8 in the morning to 9 at night no night fishing",
        "kids under 16 fish free with a paying adult",
        "flood over the mark on Foxford bridge no fishing another day no money back",
      ],
      tables: [
        { name: "anglers", fields: ["name", "phone", "email", "licence number"] },
        { name: "bookings", fields: ["angler", "date", "beat", "rods", "paid y/n"] },
        {
          name: "catches",
          fields: ["angler", "date", "beat", "weight", "method", "kept or released", "tag number"],
        },
      ],
      excluded: ["B&B", "Lough Conn"],
      background: ["diary", "envelope"],
    },
  },
  {
    id: "grand-bay-bay-oil",
    who: "The secretary of a small bay leaf growers' co-op at Grand Bay, in the south of Dominica, about 40 farmers who cut the leaves of their bay trees and bring them to the co-op's still, where the bay oil is distilled and sold in drums to an exporter in Roseau, fewer farmers since Hurricane Maria, in the Dominican English of Grand Bay, in between ('Sa ka fèt?', 'the still', 'the co-op', 'the scale man', 'before Maria', 'papayo', 'bad bad', 'we does do it', 'that is she own business', \"don't put it\", 'Thank you, eh'): a phone app that works without signal up by the still and sends later, for her, the treasurer and the scale man, she and the treasurer seeing everything and the money and the scale man putting in the weights, the farmers not using it, the same tree cut only once in six months, the leaves at the still the day they are cut, only members selling to the still, EC$0.45 a pound of leaves less 5 cents the co-op keeps for the still, the wood and the repairs, the still running Monday to Friday with 600 pounds of leaves a load for about 3 hours, the farmers paid every two weeks on the Friday, every drum numbered and sealed and a sample to the exporter before he pays, no cutting and the still closed under a hurricane warning; records told in sentences ('Every farmer have …', 'Every weighing have …', 'Every drum have …') with paid or not and sent or not in them and a drum's grade (first or second) in brackets, a weighing one farmer on one day and a farmer with many weighings; scale slips and a big ledger today; her cousin's bay leaf soap for the tourists 'that is she own business', dry leaves for cooking \"we don't do that, don't put it\"; the village taken off the farmers and the load number put on the weighings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Sa ka fèt? My name is Marcia Joseph and I from Grand Bay, in the south of Dominica. I am the secretary of our bay leaf co-op. We have about 40 farmers, they cut the leaves from their bay trees and bring them to the co-op still, we distil the bay oil and we sell it in drums to an exporter in Roseau. Before Maria we had more farmers, but the hurricane break down plenty trees and some people never come back to it. Right now the scale man write the weight on a slip, and I copy it in a big ledger, and when the slips get wet or get lost, papayo, is confusion. Last year two farmers get pay for the same 300 pounds of leaves and another farmer get nothing for his, and he come and make a big noise in front the still. My nephew studying computers at the State College in Roseau, he go make a app for our phones.",
      more: "The app is for me, the treasurer and the scale man, on our phones. The treasurer and me see everything and the money. The scale man put in the weights. Up by the still the signal bad bad, so it have to work without signal and send after.",
      walkthrough:
        "This is how we does do it:\nA farmer could cut the same tree only one time in six months, so the tree could grow back.\nThe leaves must reach the still the same day they cut, old leaves give less oil.\nOnly members could sell leaves to the still.\nThe leaves weigh in pounds at the still, and the farmer get EC$0.45 a pound, less 5 cents the co-op keep for the still, the wood and the repairs.\nThe still run Monday to Friday, one load is 600 pounds of leaves and it take about 3 hours.\nThe farmers get pay every two weeks, on the Friday.\nThe oil go in drums, every drum have a number and a seal, and a sample go to the exporter before he pay.\nWhen a hurricane warning out, no cutting and the still close.",
      things:
        "Every farmer have a name, a phone, a village and a member number. Every weighing have the farmer, the date, the pounds and paid or not. Every drum have a number, the kilos of oil, the grade (first or second) and sent or not. One weighing is one farmer on one day, and one farmer have plenty weighings.",
      thingsChange:
        "Two things. Take out the village, everybody from Grand Bay side anyway. And put the load number on the weighings, so we know which load the leaves went in.",
      extras: [
        "My cousin make bay leaf soap for the tourists, that is she own business, not the co-op. And people does ask we to sell dry leaves for cooking, we don't do that, don't put it.",
        "Okay, is all. Thank you, eh.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "The treasurer and me see everything and the money. The scale man put in the weights. The farmers don't use the app.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "cut the same tree only one time in six months",
        "leaves must reach the still the same day they cut",
        "only members could sell leaves to the still",
        "EC$0.45 a pound less 5 cents the co-op keep for the still",
        "still run Monday to Friday one load is 600 pounds of leaves about 3 hours",
        "farmers get pay every two weeks on the Friday",
        "every drum have a number and a seal sample go to the exporter before he pay",
        "hurricane warning no cutting the still close",
      ],
      tables: [
        { name: "farmers", fields: ["name", "phone", "member number"] },
        { name: "weighings", fields: ["farmer", "date", "pounds", "paid or not", "load number"] },
        { name: "drums", fields: ["number", "kilos of oil", "grade", "sent or not"] },
      ],
      excluded: ["soap", "cooking"],
      background: ["slip", "ledger"],
    },
  },
  {
    id: "dark-harbour-dulse",
    who: "A woman on Grand Manan, the island at the mouth of the Bay of Fundy in New Brunswick, whose family has picked dulse at Dark Harbour for four generations, the pickers (dulsers) cutting the red seaweed off the rocks at low tide and the family drying it in the sun and selling it by the bag on the island, by mail across Canada and the States and to stores on the mainland, in the Grand Manan English of Dark Harbour, in long paragraphs ('the boat from Blacks Harbour', 'over on the mainland', 'Mom', 'the dulsers', 'about as bad as it sounds', 'what they've got coming to them', 'bear with me', \"that's the herring, not ours\", 'not us', \"you're a dear\"): a phone app, with good internet up at the house where the weighing and packing are done, for her mother, her, her brother and the pickers, her mother and she seeing everything and the money, her brother the orders to pack and mail and the pickers their own pounds and pay, picking only from May to the end of October on the low tides in daylight, the dulse cut by hand with the holdfast left on the rock and anybody pulling it up by the root not picking for them again, the wet dulse weighed right away at $1.50 a pound wet, a day drying in the sun on the rocks or the nets and into the drying shed in fog or rain, five pounds wet to about one dry, a quarter pound $6, a pound $20 and 10 pound boxes for the stores at $150, Canada Post anywhere in Canada and the States with the postage the customer's and nothing overseas, the pickers paid every second Friday by e-transfer or cash; records in sentences about what they keep ('What we need to keep is the pickers, with …') with paid or not and mailed or not in them, a picking one picker on one tide and an order one customer's; orders on the phone and Facebook and slips in a shoebox today; her brother-in-law's herring weir \"that's the herring, not ours, leave it out\", whale watching 'not us'",
    says: {
      overview:
        "Hello there. I'm Roberta Ingalls, and I live on Grand Manan, the island out at the mouth of the Bay of Fundy, about an hour and a half on the boat from Blacks Harbour. My family has picked dulse at Dark Harbour for four generations. Dulse is a red seaweed, and we pick it off the rocks at low tide, dry it in the sun on the rocks and on nets, and sell it by the bag, here on the island, by mail all over Canada and the States, and to a few stores over on the mainland. Right now the orders come by phone and on Facebook, and Mom writes them on the back of whatever is handy and keeps them in a shoebox, and we pay the pickers out of the same shoebox, which is about as bad as it sounds. Last summer a store in Saint John ordered 50 pounds for the fall and a health food store in Fredericton ordered 40, and Mom had them both down for the same dry dulse, so Fredericton got half of what they ordered, and the owner told everybody who came in that the Grand Manan people couldn't count. My daughter is taking computer science up at UNB and she's going to make us an app for our phones.",
      more: "It's for Mom, me and my brother, and the pickers. Mom and I see everything and the money. My brother does the weighing and the packing, so he needs the orders. The dulsers should see their own pounds and what they've got coming to them, because every payday somebody is sure they picked more than we wrote down. We do the weighing and the packing up at the house and the internet is good there now, so it can need a connection.",
      walkthrough:
        "I'll go through how we do it, and bear with me, dulse has its own ways.\n\nWe only pick from May to the end of October, on the low tides in daylight, and the tide table decides the day, not us.\n\nEvery picker cuts the dulse by hand and leaves the holdfast on the rock, so it grows back for the next tide, and anybody who pulls it up by the root doesn't pick for us again.\n\nThe pickers bring the wet dulse up to the house and it's weighed right away, and they get $1.50 a pound wet.\n\nIt dries one day in the sun on the rocks or on the nets, and if it's foggy or it rains it goes in the drying shed, because wet dulse spoils overnight.\n\nFive pounds of wet dulse comes down to about one pound dry.\n\nWe sell it dry in bags, a quarter pound for $6 and a pound for $20, and to the stores in 10 pound boxes at $150 a box.\n\nWe mail by Canada Post anywhere in Canada and the States, the customer pays the postage, and we don't mail overseas, it's a food and the customs won't have it.\n\nThe pickers get paid every second Friday, by e-transfer or cash, whichever they like.",
      things:
        "What we need to keep is the pickers, with their name and phone, and the tides, with the date and the time of the low water. Then the pickings, which are the picker, the tide and the pounds of wet dulse. The customers have a name, a phone and an address, and the orders have the customer, how many quarter pound bags, how many pound bags, how many boxes, paid or not and mailed or not. One picking is one picker on one tide, and one order is for one customer.",
      extras: [
        "My brother-in-law has a herring weir off Seal Cove, that's the herring, not ours, leave it out. And people keep asking if we do whale watching, no, that's the boats down at North Head, not us.",
        "That's everything, I think. Thanks for your time, you're a dear.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "Mom and I see everything and the money. My brother sees the orders to pack and mail. The pickers log in and see their own pounds and their pay. Customers don't use the app.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "only pick from May to the end of October on the low tides in daylight",
        "cuts the dulse by hand leaves the holdfast on the rock pulls it up by the root doesn't pick for us again",
        "wet dulse weighed right away $1.50 a pound wet",
        "dries one day in the sun on the rocks or on the nets foggy or rains goes in the drying shed",
        "five pounds of wet dulse about one pound dry",
        "quarter pound for $6 pound for $20 stores 10 pound boxes at $150 a box",
        "mail by Canada Post anywhere in Canada and the States customer pays the postage don't mail overseas",
        "pickers paid every second Friday by e-transfer or cash",
      ],
      tables: [
        { name: "pickers", fields: ["name", "phone"] },
        { name: "tides", fields: ["date", "time of the low water"] },
        { name: "pickings", fields: ["picker", "tide", "pounds of wet dulse"] },
        { name: "customers", fields: ["name", "phone", "address"] },
        {
          name: "orders",
          fields: ["customer", "quarter pound bags", "pound bags", "boxes", "paid or not", "mailed or not"],
        },
      ],
      excluded: ["weir", "whale"],
      background: ["shoebox", "Facebook"],
    },
  },
  {
    id: "carnarvon-picker-pay",
    who: "A developer in Fremantle whose mum and dad have a plantation on the Gascoyne River at Carnarvon, in the north-west of Western Australia, growing bananas, tomatoes and capsicums with about 25 pickers a season, mostly backpackers and a few locals, in the Western Australian English of Carnarvon, in lower-case fragments ('hey', 'sandgroper', 'freo', 'the gascoyne', 'mum n dad', 'bout 25 pickers', 'the award', 'fair work', 'back pay the lot', 'no dramas', \"thats dads thing not the library's\", 'leave it', 'cheers'): a C# library on NuGet for the little .NET app the pickers clock on with and his mum's payroll, keeping nothing, given the picker, the hours, the buckets and the rates and giving back the pay and the breakdown for the payslip, the hourly rate passed in because it changes every July 1 when the award goes up, 25% casual loading on top, tomatoes and capsicums piece rate at $2.40 and $3 a bucket, bananas hourly only and never piece rate, piece rate never coming to less than the hourly rate with loading for the hours worked, time and a half after 10 hours in a day, 15% tax for working holiday visa pickers and no tax done by the library for anybody else, everything rounded to the cent, the gross, the tax and a line for every day for the payslip; a spreadsheet his mum does on Sunday nights off paper timesheets and bucket counts today; the caravans out the back \"thats dads thing not the library's\", the 88 days form for the second year visa 'the app does that, leave it'; the super taken out at the review; C#",
    says: {
      overview:
        "hey. josh here, sandgroper, dev in freo. mum n dad have a plantation on the gascoyne at carnarvon, bananas, tomatoes n capsicums, bout 25 pickers every season, mostly backpackers n a few locals. rn the pay is a spreadsheet mum does sunday nights off the paper timesheets n the bucket counts. last season two french backpackers got paid under the award for 3 weeks, the piece rate came out less than the hourly n nobody picked it up, they went to fair work n mum had to back pay the lot plus a letter. worst month of her life. so im writing a library that does the pay right, no dramas",
      more: "keeps nothing. you give it the picker, the hours, the buckets n the rates, it gives back the pay n the breakdown for the payslip. it goes in the little app the pickers clock on with n in mums payroll, both .net",
      walkthrough:
        "ok the rules\n1. the hourly rate comes in from outside, it changes every july 1 when the award goes up\n2. casuals get 25% casual loading on top of the hourly rate\n3. tomatoes n capsicums are piece rate, $2.40 a bucket for tomatoes n $3 a bucket for capsicums\n4. bananas are hourly only, never piece rate\n5. piece rate can never come to less than the hourly rate with loading for the hours worked, if it does they get the hourly\n6. after 10 hours in a day the extra hours are time n a half\n7. working holiday visa pickers get 15% tax taken out, for everybody else the library doesnt do tax, mums payroll does\n8. super is 11.5% on top, shown separate, not out of their pay\n9. everything rounded to the cent\n10. gives back the gross, the tax, the super n a line for every day for the payslip",
      extras: [
        "the caravans out the back, $120 a week, thats dads thing not the library's. n the 88 days form for their second year visa, the app does that, leave it",
        "thats it. cheers",
      ],
      tech: "c#, a nuget package. the clock on app n mums payroll are both .net",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "C#",
    },
    atReview: [
      "looks good. one thing, take the super out, mums accountant says the payroll does the super, not the library",
      "sweet, thats it. cheers",
    ],
    expect: {
      kind: "library",
      features: [
        "hourly rate comes in from outside changes every july 1 when the award goes up",
        "casuals get 25% casual loading on top of the hourly rate",
        "tomatoes n capsicums piece rate $2.40 a bucket for tomatoes $3 a bucket for capsicums",
        "bananas are hourly only never piece rate",
        "piece rate never less than the hourly rate with loading for the hours worked",
        "after 10 hours in a day extra hours time n a half",
        "working holiday visa pickers 15% tax everybody else the library doesnt do tax",
        "everything rounded to the cent",
        "gross the tax n a line for every day for the payslip",
      ],
      tables: [],
      excluded: ["caravans", "88 days", "super"],
      background: ["spreadsheet", "timesheets"],
      stack: ["C#"],
    },
  },
  {
    id: "dabou-attieke-cooperative",
    who: "The treasurer of a women's cooperative in Dabou, west of Abidjan in Côte d'Ivoire, 30 women who make attiéké, the fermented and steamed cassava, and sell it in sacks and small packets to the maquis (the open-air restaurants) and the market women of Abidjan, in the Ivorian English of Dabou, in short plain sentences ('On dit quoi!', 'attiéké', 'the magnan', 'the gbaka', 'the maquis', 'Adjamé', 'Yopougon', 'Gbê', 'a big shame for the cooperative', 'It is not our affair', \"We don't make it\", 'Dieu merci'): a program on the computer in the cooperative's office with no password and no internet, for her and the secretary, the cassava bought only from farmers around Dabou and fresh, peeled the same day, two days fermenting with the magnan and not less, a 25 kilo sack at 12,500 francs and a 1 kilo packet at 600, orders 3 days ahead at least, half paid on ordering by mobile money and the rest when the attiéké arrives, the gbaka to Adjamé at 5 in the morning with the transport the buyer's, no attiéké older than 2 days sold, every woman's attiéké weighed at the cooperative and paid at 420 francs a kilo every Saturday; records after dashes on lines with half paid or not and arrived or not in them, an order one buyer's and a weighing one woman's; a big register and WhatsApp today; the women selling alloco and fried fish 'It is not our affair', placali \"We don't make it\"",
    says: {
      overview:
        "On dit quoi! My name is Adjoua Koffi. I live in Dabou, in Côte d'Ivoire, not far from Abidjan. I am the treasurer of our women's cooperative. We are 30 women. We make attiéké, from cassava. We sell it to the maquis and to the market women in Abidjan. Now the orders come by phone and by WhatsApp. The secretary writes them in a big register. Last December, before the holidays, we promised 40 sacks to a woman in Adjamé and 40 sacks to a maquis in Yopougon. We had only 50 sacks. The woman in Adjamé waited at the gbaka station all morning. She told the whole market. Gbê, it was a big shame for the cooperative. My son studies computer science in Abidjan. He will make a program for our computer.",
      more: "The program is for the computer in our office at the cooperative. Only me and the secretary use it. No password. The electricity cuts sometimes and the internet is weak. It must work without internet.",
      walkthrough:
        "These are our rules.\nWe buy the cassava only from farmers around Dabou, and it must be fresh, peeled the same day.\nThe cassava ferments with the magnan two days, not less.\nOne sack of attiéké is 25 kilos, it costs 12,500 francs.\nA small packet is 1 kilo, it costs 600 francs.\nThe orders come at least 3 days before, because of the fermenting.\nThe buyer pays half when she orders, by mobile money, and the rest when the attiéké arrives.\nThe gbaka to Adjamé leaves at 5 in the morning, and the buyer pays the transport.\nWe do not sell attiéké older than 2 days.\nEvery woman brings her attiéké to the cooperative to be weighed, and she is paid 420 francs a kilo every Saturday.",
      things:
        "- Buyers: name, phone, market or maquis\n- Women: name, phone, quarter\n- Orders: buyer, date, sacks, packets, half paid or not, arrived or not\n- Weighings: woman, date, kilos\nOne order is for one buyer. One weighing is for one woman.",
      extras: [
        "The women who sell alloco and fried fish near the market want to join us. It is not our affair. Some people ask for placali. We don't make it.",
        "That is all. Thank you very much. Dieu merci.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No password. Only me and the secretary use the computer in the office.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "buy the cassava only from farmers around Dabou fresh peeled the same day",
        "cassava ferments with the magnan two days not less",
        "one sack of attiéké is 25 kilos 12,500 francs",
        "small packet is 1 kilo 600 francs",
        "orders at least 3 days before",
        "buyer pays half when she orders by mobile money rest when the attiéké arrives",
        "gbaka to Adjamé leaves at 5 in the morning buyer pays the transport",
        "do not sell attiéké older than 2 days",
        "every woman attiéké weighed paid 420 francs a kilo every Saturday",
      ],
      tables: [
        { name: "buyers", fields: ["name", "phone", "market or maquis"] },
        { name: "women", fields: ["name", "phone", "quarter"] },
        {
          name: "orders",
          fields: ["buyer", "date", "sacks", "packets", "half paid or not", "arrived or not"],
        },
        { name: "weighings", fields: ["woman", "date", "kilos"] },
      ],
      excluded: ["alloco", "placali"],
      background: ["register", "WhatsApp"],
    },
  },
  {
    id: "wohrden-ringrieden",
    who: "The secretary (Schriftföhrersch) of a ring riders' club (Ringriedervereen) in Wöhrden, in Dithmarschen on the North Sea coast of Schleswig-Holstein, about 40 riders who once a year gallop under a gallows (Galgen) and spear a hanging ring with a lance (Lanz), the rider with the most rings crowned king, in Low German (never used before: German and West Frisian were written and the Low German-coloured Mennonite English of southern Manitoba used, Low German itself never; as she types it, in between, in the spelling Holstein Platt is written in, with the words a Dithmarschen village really uses: 'Moin', 'uns Vereen', 'Ringrieden', 'de Rieders', 'de Galgen', 'de Lanz', 'Törns', 'König', 'Kronprinz', 'Stechen', 'Impfpass', 'Peerd', 'Klock', 'Kladde', 'Zettels', 'Laptop', 'Passwoort', 'dor hebbt wi nix mit to doon', 'dat bruukt wi nich', 'Veelen Dank un tschüüß'): a program on the club's laptop with no password and no internet on the showground, for her and the treasurer, every rider a member of the club and 15 euros entry fee, 24 rounds (Törns) a rider under the gallows, the ring smaller after every 8 rounds, the most rings king and the second crown prince, a tie decided in a ride-off (Stechen) with the smallest ring, children under 14 in their own class on ponies with the ring left big, no rider without a helmet, no horse on the showground without its vaccination passport (Impfpass), the riding starting at 9 o'clock and a latecomer not riding; records told in sentences ('Jeder Rieder hett …', 'Jedes Peerd hett …', 'Bi jeden Törn schrievt wi …') with Liddmaat ja oder nee, Impfpass ja oder nee and Ring ja oder nee in them, a rider on one horse that day and a horse ridden by two riders; a notebook (Kladde) and slips of paper (Zettels) today; the beer tent (Festzelt) and the evening ball 'dor hebbt wi nix mit to doon', the children's raffle (Tombola) of the Landfrauen 'dat bruukt wi nich'; entry fee paid (Startgeld betahlt ja oder nee) put on the riders (Rieders) at the review",
    says: {
      overview:
        "Moin! Ik bün Antje Thießen ut Wöhrden in Dithmarschen un ik bün Schriftföhrersch vun uns Ringriedervereen. Eenmal in't Johr, an'n tweeten Sünndag in'n Juli, hebbt wi uns Ringrieden mit so 40 Rieders. De Rieders jaagt in'n Galopp ünner en Galgen dör un steekt mit de Lanz na en lütten Ring, de dor hangt, un wer de mehrsten Ringen hett, warrt König. Bit nu schrievt wi allens in en Kladde un op Zettels. Verleden Johr hett de Kassenwart de Ringen vun twee Rieders vertuuscht, un de verkehrte Rieder is König worrn. Dat hett dat ganze Dörp mitkregen, dat weer en grote Blamage för'n Vereen. Mien Enkel Jannik studeert Informatik in Kiel, un he will uns en Programm för den Laptop vun'n Vereen maken.",
      more: "Dat Programm is blots för den Laptop vun'n Vereen. Den bruukt blots ik un de Kassenwart. Keen Passwoort. Op'n Festplatz gifft dat keen Internet, also mutt dat ahn Internet gahn.",
      walkthrough:
        "Uns Regeln sünd so:\nJeder Rieder mutt Liddmaat in'n Vereen ween, un dat Startgeld is 15 Euro.\nJeder Rieder hett 24 Törns, dat heet he riedt 24 Mal ünner den Galgen dör.\nNa jeed 8 Törns warrt de Ring lütter.\nWer de mehrsten Ringen hett, is König, de tweete is Kronprinz.\nHebbt twee Rieders gliek veel Ringen, gifft dat en Stechen mit den lüttsten Ring.\nKinner ünner 14 riedt in en egen Klass mit Ponys, un de Ring blifft groot.\nKeen Rieder ahn Helm.\nJedes Peerd mutt en Impfpass hebben, ahn Impfpass keen Peerd op'n Platz.\nDat Ringrieden fangt Klock 9 an, wer to laat kummt, riedt nich mit.",
      things:
        "Jeder Rieder hett en Naam, en Adress, en Telefonnummer, sien Peerd un Liddmaat ja oder nee. Jedes Peerd hett en Naam un Impfpass ja oder nee. Bi jeden Törn schrievt wi den Rieder, de Nummer vun'n Törn un Ring ja oder nee op. En Rieder riedt an den Dag blots een Peerd, aver en Peerd kann vun twee Rieders reden warrn.",
      extras: [
        "Dat Festzelt un de Ball an'n Avend, dat maakt de Gastwirt, dor hebbt wi nix mit to doon. Un de Tombola för de Kinner maakt de Landfrauen, dat bruukt wi nich.",
        "Dat weer't. Veelen Dank un tschüüß!",
      ],
    },
    picks: {
      Kind: ["Something else", "En Programm för den Laptop vun'n Vereen, ahn Internet"],
      Accounts: "Keen Passwoort. Blots ik un de Kassenwart bruukt den Laptop.",
    },
    atReview: [
      "Dat süht goot ut. Noch wat: maakt bi de Rieders noch Startgeld betahlt ja oder nee rin, denn weet de Kassenwart, wer noch nich betahlt hett.",
      "So is dat goot. Veelen Dank!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "jeder Rieder mutt Liddmaat in'n Vereen ween Startgeld is 15 Euro",
        "jeder Rieder hett 24 Törns",
        "na jeed 8 Törns warrt de Ring lütter",
        "wer de mehrsten Ringen hett is König de tweete is Kronprinz",
        "twee Rieders gliek veel Ringen Stechen mit den lüttsten Ring",
        "Kinner ünner 14 riedt in en egen Klass mit Ponys",
        "keen Rieder ahn Helm",
        "ahn Impfpass keen Peerd op'n Platz",
        "Ringrieden fangt Klock 9 an wer to laat kummt riedt nich mit",
      ],
      tables: [
        {
          name: "Rieders",
          fields: [
            "Naam",
            "Adress",
            "Telefonnummer",
            "Peerd",
            "Liddmaat ja oder nee",
            "Startgeld betahlt ja oder nee",
          ],
        },
        { name: "Peerd", fields: ["Naam", "Impfpass ja oder nee"] },
        { name: "Törns", fields: ["Rieder", "Nummer vun'n Törn", "Ring ja oder nee"] },
      ],
      excluded: ["Festzelt", "Tombola"],
      background: ["Kladde", "Zettels"],
    },
  },
  {
    id: "mbaise-mmanu-nkwu",
    who: "A computer science student at FUTO in Owerri whose mother has a small palm oil mill in Mbaise, Imo State, processing the fruit of the village's oil palms and selling the oil in 25-litre jerrycans to traders in Lagos, Abuja and Port Harcourt, in Igbo (never used before: Nigerian Igbo English was used at Amawbia, Yoruba written in Ibadan and Hausa in Zaria, Igbo itself never; as he types it, in between, in the standard spelling with its dotted letters, with the English words Owerri really mixes in: 'Ndeewo', 'nne m', 'mmanụ nkwụ', 'jerikan', 'website', 'account', 'ọda', 'transfer', 'driver', 'dye', 'WhatsApp', 'Nkwọ', 'ihere', 'ọ bụghị ọrụ anyị', 'etinyela ya', 'Daalụ nke ukwuu'): a website where customers order and pay without an account, he and his mother see everything and the money and his mother's brother, who takes the oil to the motor park, the orders to send, the oil made only from February to May when the palm fruit is ripe, a 25-litre jerikan at ₦48,000, two jerikans at the least, ₦45,000 each from ten, everything paid by transfer before the oil is sent, the transport the customer's, nothing ever mixed into the oil, no dye and no water, no oil older than six months, nothing sent on Nkwọ market day when they sell at the village market; records after colons on lines with akwụọla ma ọ bụ akwụbeghị and ezipụla ma ọ bụ ezipụbeghị in them, an order one customer's and a customer with many orders; phone calls, WhatsApp and his mother's book (akwụkwọ) today; his uncle's palm kernels (akụ nkwụ) 'ọ bụghị ọrụ anyị', palm wine (mmanya nkwụ) 'etinyela ya'; the state (steeti) taken off the customers (ndị ahịa) and the driver's name and phone (aha driver, nọmba ekwentị driver) put on the orders (ọda) after 'Change something' at 'Your data'",
    says: {
      overview:
        "Ndeewo! Aha m bụ Chinedu Okeke. Abụ m nwa akwụkwọ na FUTO, n'Owerri, a na m amụ computer science. Nne m nwere ebe a na-esi mmanụ nkwụ na Mbaise, n'Imo Steeti. Ndị ahịa si Lagos, Abuja na Port Harcourt na-azụ mmanụ anyị na jerikan. Ugbu a, ndị ahịa na-akpọ nne m n'ekwentị ma ọ bụ na-ede na WhatsApp, nne m na-edekwa ihe niile n'akwụkwọ. N'afọ gara aga, nne m rere otu jerikan iri abụọ ugboro abụọ, nye otu nwanyị na Lagos na nye otu nwoke na Abuja. Nwoke Abuja ahụ zitere driver ya, driver ahụ lọghachiri na-enweghị ihe ọ bụla. Ihere mere anyị nke ukwuu. Ya mere, a ga m emere nne m website.",
      more: "Ndị ahịa ga-enye ọda ma kwụọ ụgwọ na website, na-enweghị account. Mụ na nne m ga-ahụ ihe niile na ego. Uchenna, nwanne nne m, na-ebu mmanụ gaa n'ọgbọ ụgbọala, ọ ga-ahụ ọda ndị a ga-ezipụ.",
      walkthrough:
        "Iwu anyị bụ ndị a:\nAnyị na-esi mmanụ naanị site n'ọnwa Febụwarị ruo n'ọnwa Mee, mgbe nkwụ chara.\nOtu jerikan lita iri abụọ na ise bụ ₦48,000.\nOpekata mpe, onye ọ bụla ga-azụ jerikan abụọ.\nOnye zụrụ jerikan iri ma ọ bụ karịa na-akwụ ₦45,000 otu.\nOnye ahịa ga-akwụ ụgwọ niile site na transfer tupu anyị ezipụ mmanụ.\nOnye ahịa na-akwụ ụgwọ ụgbọala.\nAnyị anaghị agwakọ mmanụ anyị na ihe ọ bụla, ọ bụghị dye, ọ bụghị mmiri.\nAnyị anaghị ere mmanụ karịrị ọnwa isii.\nN'ụbọchị Nkwọ, anyị na-ere n'ahịa obodo, ya mere anyị anaghị ezipụ mmanụ n'ụbọchị ahụ.",
      things:
        "Ndị ahịa: aha, nọmba ekwentị, steeti, adreesị\nỌda: onye ahịa, ụbọchị, ole jerikan, akwụọla ma ọ bụ akwụbeghị, ezipụla ma ọ bụ ezipụbeghị\nMmanụ: ụbọchị e siri ya, ole jerikan fọdụrụ\nOtu ọda bụ nke otu onye ahịa, mana otu onye ahịa nwere ike inwe ọtụtụ ọda.",
      thingsChange:
        "Ihe abụọ. Wepụ steeti n'ebe ndị ahịa nọ, adreesị nwere ya. Tinye aha driver na nọmba ekwentị driver n'ọda, n'ihi na ndị ahịa na-ajụ ya mgbe niile.",
      extras: [
        "Nwanne nna m na-ere akụ nkwụ, ọ bụghị ọrụ anyị. Ndị mmadụ na-ajụkwa maka mmanya nkwụ, anyị anaghị ere ya, etinyela ya.",
        "Ọ zuola. Daalụ nke ukwuu!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Mụ na nne m na-ahụ ihe niile na ego. Uchenna na-ahụ ọda ndị a ga-ezipụ. Ndị ahịa na-enye ọda na-enweghị account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "esi mmanụ naanị site n'ọnwa Febụwarị ruo n'ọnwa Mee",
        "otu jerikan lita iri abụọ na ise bụ ₦48,000",
        "opekata mpe onye ọ bụla ga-azụ jerikan abụọ",
        "jerikan iri ma ọ bụ karịa na-akwụ ₦45,000 otu",
        "akwụ ụgwọ niile site na transfer tupu anyị ezipụ mmanụ",
        "onye ahịa na-akwụ ụgwọ ụgbọala",
        "anaghị agwakọ mmanụ anyị na ihe ọ bụla",
        "anaghị ere mmanụ karịrị ọnwa isii",
        "ụbọchị Nkwọ anaghị ezipụ mmanụ",
      ],
      tables: [
        { name: "ndị ahịa", fields: ["aha", "nọmba ekwentị", "adreesị"] },
        {
          name: "ọda",
          fields: [
            "onye ahịa",
            "ụbọchị",
            "ole jerikan",
            "akwụọla ma ọ bụ akwụbeghị",
            "ezipụla ma ọ bụ ezipụbeghị",
            "aha driver",
            "nọmba ekwentị driver",
          ],
        },
        { name: "mmanụ", fields: ["ụbọchị e siri ya", "ole jerikan fọdụrụ"] },
      ],
      excluded: ["akụ nkwụ", "mmanya"],
      background: ["akwụkwọ", "WhatsApp"],
    },
  },
];
