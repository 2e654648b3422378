import type { Persona } from "../persona-driver.js";

/**
 * The seventieth round: ten more people nobody has met, written blind, without reading the
 * interviewer or anything that reads these files, and before any spec was made from what they
 * say. What each of them expects was set down from their own words, the way a careful listener
 * would take them, so the round can be held out or tuned on like the rest.
 *
 * As before, ordinary people telling an idea the ordinary way, made neither easy nor hard:
 * answers from a lower-case fragment to several paragraphs, records told in sentences ("Every
 * customer got …", "Every function got …", "Cada alumna tiene …", "Cada clase tiene …"), spread
 * over sentences ("First off the customers, we'd need …", "Then for every order it's …", "Also,
 * da sind die Parzellen, mit …", "Denn die Pächter, mit …"), after colons inline ("Boats: name,
 * licence number, …. Skippers: …", and in lower case "trucks: unit, plate, …. loads: …"), after
 * colons on lines ("Schools: name, address, colour, resumption date"), in brackets inline
 * ("Guests (name, country, phone, email), bookings (…)", and in lower case "mills (number,
 * pasture, …), checks (…)"), with what a value may be in brackets ("what kind (jhandi, puja or
 * wedding)"), and none at all from the library, whose rules come numbered. Eight write in
 * English, each in the English of a place no round has used (every round-*.ts, index.ts and
 * held-out.ts was searched, their doc comments and every `who`: the Cornish Englishes were used
 * with "proper job" and "dreckly", the Bristolian English with "Alright my lover", "where it's
 * to" and "gert lush", and Exeter named only as where a Scilly flower grower's cousin's boy and
 * a grandson study, no English of Devon was, nor "Devon", "Dartmoor", "Widecombe", "Bovey",
 * "Paignton", "clotted", "dimpsey", "mazed", "teasy", "my bird" or the "Mid-Devon Advertiser",
 * "grockle" only in the Isle of Wight's list of words not found and "Plymouth" only as
 * Montserrat's; the Guyanese English of an Essequibo Coast rice mill was used with "abee", "de
 * tractor and trailer dem" and "does write", and "lef dat out" was said in a Creole English
 * before, no English of Berbice was, nor "Berbice", "Corentyne", "Rose Hall", "Port Mourant",
 * "Albion", "Skeldon", "Canje", "seven curry", "jhandi", "katahar", "water lily", "Phagwah",
 * "Kaieteur", "shame bad" or "Tek care", "mandir" only as a temple trust's donations and "puja"
 * only in a chowki puja; the Zambian Englishes of a Lusaka fintech and of Kitwe on the
 * Copperbelt were used, with "Mwapoleni mukwai", kwacha and Airtel, no English of Livingstone
 * was, nor "Livingstone", "Victoria Falls", "Mosi-oa-Tunya", "Zambezi", "Mukuni", "Mwabuka",
 * "Twalumba", the "Zambia Daily Mail" or "TripAdvisor"; Marathi was written in Sadashiv Peth in
 * Pune and Indian Englishes from Mumbai to Pondicherry and Coorg were used, mangoes only on a
 * Humpty Doo farm, by a Goan tree and at an Adelaide market, no English of the Konkan was, nor
 * "Ratnagiri", "Konkan", "Pawas", "hapus", "Alphonso", "Vashi", "APMC", "GI tag", "MIDC",
 * "aaji", "aamras" or "peti"; the Minnesota English of Mille Lacs was used with its fish houses,
 * "uff da" and "you betcha", the Alberta English of Ponoka with "the patch", no English of North
 * Dakota was, nor "North Dakota", "Watford City", "Williston", "Bakken", "frost law", "swd" or
 * "produced water"; the Nigerian Englishes of Calabar, Warri and Makurdi were used and Lagos,
 * Abuja and Kaduna named, no English of Jos or the Plateau was, nor "Terminus", "Bukuru",
 * "Rayfield", "UniJos", "resumption", "mufti", "pinafore" or "stay blessed", "Jos" only as a
 * Grobbendonk secretary's name and "the Plateau" only as Montreal's; the Nebraska English of a
 * Platte River farm at Gibbon, with its sandhill cranes, and the ranch English of Montana's
 * Hi-Line, with its calving, were used, no English of the Sandhills was, nor "Sandhills",
 * "Cherry County", "Valentine", "Thedford", "windmill", "sucker rod", "leathers" or "Chadron";
 * the English of Amman was used with a Turkish bath on Jabal Amman, and "Marhaba" and "Ahlan"
 * elsewhere, no English of the south of Jordan was, nor "Wadi Rum", "Bedouin", "zarb", "Aqaba",
 * "Jordan Pass", "Jordan Times" or "Ma'an"): the Devon English of Dartmoor, in long paragraphs
 * ("Morning all", "me and my husband", "the moor", "down Bovey", "down the pub", "bless him",
 * "that teasy", "I was mazed with Rob", "from first light till dimpsey", "the Mid-Devon
 * Advertiser", "our Ellie", "she reckons", "that's her business, nothing to do with the dairy",
 * "leave that off altogether", "Bye for now, my bird"), the Berbice English of the Corentyne, in
 * between ("Marning", "me and me daughter", "does cook", "pon", "fuh", "tek", "mek", "nah",
 * "from since December", "Me shame bad, bai", "mandir", "Kaieteur News", "dat is he own
 * business, not we own", "nah put dat in", "Tek care and God bless"), the Zambian English of
 * Livingstone, in long paragraphs ("Mwabuka buti", "ba Mwiinga", "the tourist capital",
 * "Mosi-oa-Tunya, the smoke that thunders", "the marine police", "the Zambia Daily Mail", "My
 * uncle was so embarrassed", "that one is her own business, not the association's", "we don't
 * do rafting", "Twalumba, and God bless"), the Konkan English of Ratnagiri, in short plain
 * sentences ("my aaji-ajoba's time", "baba", "kaka", "hapus", "the APMC market at Vashi", "the
 * GI tag", "one lakh", "a word given is a word given", "That is kaka's own thing. The library
 * has nothing to do with it", "We don't make aamras"), the North Dakota English of the Bakken,
 * in terse lower-case fragments ("hey", "watford city nd", "the bakken", "the shop", "frost
 * law", "cr 16", "swd", "the williston herald", "thats moms, not ours", "nope", "later"), the
 * Plateau English of Jos, in between ("Mrs.", "Terminus market", "Bukuru", "resumption",
 * "Rayfield", "the same wine colour", "resumed in mufti", "the PTA meeting", "UniJos", "when
 * there is no light", "that one is her own business, not the shop's", "we don't do embroidery,
 * leave it out", "stay blessed"), the Sandhills English of Cherry County, in lower-case
 * fragments ("hey", "the sandhills", "pairs", "driving mills", "a broke sucker rod", "lol",
 * "after church", "chadron state", "moms thing not the ranch's", "nope", "bye"), and the
 * Jordanian English of Wadi Rum, in short plain sentences ("welcome from Wadi Rum", "the Rum
 * village", "Bedouin", "zarb", "the visitor centre", "the protected area", "JD", "the Jordan
 * Pass", "the Jordan Times", "It was bad for the name of my family", "That is his business, not
 * the camp's", "We don't do balloons", "you are welcome in Wadi Rum anytime"). One writes in
 * Andalusian Spanish (never used before: Spanish was written only as Mexican Spanish, and
 * Galician, Asturian, Basque, Catalan, Aragonese and Ladino were written, Andalusian never, nor
 * "Andalusian", "Sevilla", "Seville", "Triana", "sevillanas", "bulerías", "alegrías",
 * "flamenco", "Ozú", "illo", "apuntás", "adelantao", "pagao", the "Diario de Sevilla" or "olé",
 * "feria" only among the Spanish words in the Quechua of Cusco; as a Triana dance teacher types
 * it, in between, with the dropped letters Sevillanos really write: "¡Buenas a tos!", "de toa
 * la vida", "mi madre, que en gloria esté", "niñas chicas", "pa", "to", "ná", "apuntás",
 * "adelantao", "pagao", "Ozú, qué vergüenza más grande, illo", "el Diario de Sevilla", "mi
 * cuñada", "eso es cosa suya, no de la academia", "quita eso", "Un besito, y olé"), and one in
 * Berlinerisch (never used before: German was written in Stuttgart and Bavarian, Swiss German,
 * Alsatian, Luxembourgish, Low German, Swabian and Kölsch were written, Berlinerisch never, nor
 * "Berlin", "Pankow", "Kleingarten", "Laube", "Laubenpieper", "Parzelle", "Späti", "B.Z.",
 * "HTW", "BVG", "Ick", "jetze", "allet", "druff", "zwee", "ooch", "jut", "Jemüse" or "Tach",
 * "dit" only in Afrikaans; as a Pankow allotment chairman types it, in between, in an everyday
 * spelling: "Tach zusamm'", "Ick bin", "jetze", "allet", "'n Ordner", "zwee", "druff",
 * "jegeben", "denn", "die B.Z.", "Laubenpieper", "Dit war mir so peinlich", "ham wa", "keens",
 * "ooch", "Jemüse", "is nich", "keen Rasenmäher", "Keene Ausnahmen", "dit is seine Sache, nich
 * unsre", "dit lasst ma schön weg", "Macht's jut", "schönen Jruß aus Pankow").
 *
 * What varies is the kind of software, the trade and the length of the answers: web apps for a
 * Widecombe farm's clotted cream (their own cows' milk only and never bought in, scalded every
 * morning and potted the next, £4.50, £8 and a £16 cream tea box, posted Monday to Wednesday
 * only in a cool box at £9.95, the mainland only, orders by twelve, nothing posted over 28
 * degrees, tea rooms on account paying monthly), a Wadi Rum family's desert camp (pick up only
 * at the visitor centre, jeep tours at JD 25, JD 40 and JD 60, a night at JD 35 with zarb, the
 * protected area's JD 5 free with the Jordan Pass, a 30% deposit, six in a jeep, only on the
 * tracks, no driving after dark, no drones, the deposit back 48 hours ahead) and a Triana
 * flamenco school (Monday to Thursday from five to ten, fourteen a class, girls from four and in
 * the girls' classes to twelve, 40 and 70 euros a month, 25 euros enrolment in September, paid
 * before the fifth or no class, their own shoes and skirt, no classes in Holy Week or Feria week,
 * a June show with family tickets at 8 euros); phone apps for a Rose Hall family's seven curry
 * (all vegetarian for prayers, Friday to Sunday and one function a day, 100 to 800 plates at
 * GY$700 and GY$200 a dhal puri, half on booking and the rest the day before, two weeks' notice
 * and a month for weddings, cooking from four with food by eleven, Canje to Skeldon and GY$10,000
 * for the van beyond) and a Cherry County ranch's windmills (every tank every 2 days and every
 * day over 95, no cattle without a working mill or a backup tank, float and overflow every
 * time, every mill greased every spring, leathers every 3 years, a dry tank fixed or water
 * hauled the same day, every gate shut), the second working without signal; programs on one
 * computer for a Jos tailor's school uniforms (measured at the schools in August, ready two
 * weeks before resumption, ₦3,500, ₦4,000 and ₦5,000 and ₦500 more from 13 years, half at
 * measuring and the balance on collecting and nothing collected without it, only the school's
 * approved colour, every child measured every year, alterations free for two weeks) and a Pankow
 * allotment colony (the Laube 24 square metres at most, a third fruit and vegetables, the hedge
 * 1.25 metres, nobody living there, quiet from 1 to 3 and no mower on Sundays, the rent 40 cents
 * a square metre by the 31st of March, water at 2.50 euros a cubic metre read in October, 6
 * hours' communal work or 15 euros an hour, free plots by the waiting list and no exceptions); a
 * service without screens, in PHP with Laravel and MySQL, for a Livingstone boat operators'
 * association's sunset cruises (licensed boats and skippers, never one guest over the licence, a
 * life jacket on everybody, 16:30 to 18:30 and nobody on the water after dark, nobody past the
 * red marker above the Falls, USD 60 and children half and under 5 free, the USD 10 park fee,
 * 10% commission for the lodges paying monthly and walk-ins paying at the jetty, money back when
 * a storm cancels); a Python library for a Ratnagiri family's hapus prices (per full dozen by
 * the weight of one mango at ₹900, ₹1,200 and ₹1,500, no price under 200 grams, without the GI
 * tag number or outside 15 March to 31 May, two dozen a box at ₹200 to Mumbai and Pune and ₹400
 * to Bengaluru and no other city, 5% off at 10 dozen, no GST, rounded to 10 rupees); and a
 * command-line tool in Go with SQLite for a Watford City water hauling outfit (11 hours driving
 * and 14 on duty, no loaded truck on a county road under frost law unless it's on the ok list,
 * 80,000 lbs and 120 barrels, a ticket on every load, produced water only to licensed SWD
 * wells, every truck inspected every 12 months, a spill called in within 24 hours, no driving
 * when the county says no travel), with commands and flags. The Cherry County ranch girl and the
 * Watford City developer answer in lower-case fragments, the second tersely, the Widecombe dairy
 * and the Livingstone developer in long paragraphs, the Ratnagiri developer and the Wadi Rum
 * camp in short plain sentences, the others in between.
 *
 * Each tells the story of the day it went wrong, with the people in it: the WI's forty big tubs
 * for the Widecombe Fair tea tent sold to a coach of Americans and squirty cream on the front of
 * the Mid-Devon Advertiser, a Port Mourant wedding and a 300-plate jhandi in Albion on the same
 * Phagwah Sunday and the jhandi in Kaieteur News, two lodges' thirty guests each on the Mama
 * Zambezi, twenty put off at the jetty and TripAdvisor and the Zambia Daily Mail, a cousin's
 * Excel price list with the grades in the wrong rows and 80 dozen of the biggest hapus sold at
 * the smallest price, a loaded truck on county road 16 under frost law and an $8,000 fine in the
 * Williston Herald, St. Michael's pinafores packed for a Rayfield school and the girls resuming
 * in mufti on Facebook, a broken sucker rod and a tank dry three days in a hundred-degree week,
 * eighteen Italians' tents given to an Amman school trip and the Jordan Times, twenty-two girls
 * for a room of fourteen and the Diario de Sevilla, plot 47 given to a deputy's brother-in-law
 * past the waiting list and "Laubenpieper-Filz in Pankow" in the B.Z.; and each says who will
 * build it (a daughter at South Devon College in Paignton, a nephew at the University of Guyana
 * in Tain, a nephew at UniJos, a cousin at Chadron State, a cousin at Al-Hussein Bin Talal
 * University in Ma'an, a nephew at the Universidad de Sevilla and a grandson at the HTW, while
 * the Livingstone, Ratnagiri and Watford City developers build it themselves). Who may see what
 * is said in their own words at "Accounts" (customers, guests and pupils without an account, a
 * girl who packs and sees what's to be posted and collected, a son who drives the van and sees
 * where and when, drivers who see the day's tours and a teacher who sees her class lists but
 * none of them the money, a father, a daughter and a son who see everything with no money in
 * it, a woman and her husband and a chairman and a treasurer each with their own password, API
 * keys for the lodges' booking systems, the association website and the jetty tablet) or left
 * unsaid by the Go tool and the Python library; the two desktop programs are picked at "Kind"
 * in the person's own words, one of them in Berlinerisch.
 *
 * Relations said plainly ("An order's for the one customer, and some of the tea rooms order
 * twice a week all summer", "One function is fuh one customer, and some customer does book we
 * every year fuh de same jhandi", "One booking is for one cruise, and one cruise has many
 * bookings, from many lodges", "1 load is 1 truck, a truck does like 8 loads a day", "One order
 * is for one child, and one school can have three hundred children", "1 check is 1 mill, a mill
 * gets like 40 checks a summer", "One booking is for one guest, but one guest can book for many
 * people", "Una alumna va a una clase o a dos", "Eene Parzelle hat eenen Pächter"); allowed
 * values in the lists and sentences themselves (tea room or not, posted or collected, paid or
 * not, restricted y/n, paid half or full, collected or not, fixed y/n, deposit paid or not, niña
 * o mayor, pagao o no) and in brackets (a function's kind); background in the order book on the
 * dairy windowsill and on a chalkboard, in an exercise book and on the calendar on the kitchen
 * wall, on a paper list at the jetty and WhatsApp, in baba's diary, on paper tickets and a
 * whiteboard in the shop, in a measurement book and papers pinned on the wall, in a notebook on
 * the dash and a map on the kitchen wall, in a notebook and WhatsApp, in a libreta and WhatsApp,
 * in an Ordner and a Heft; technology named as PHP with Laravel and MySQL, Python, and Go with
 * SQLite, and none at all by seven of them; "no" said as "that's her business, nothing to do
 * with the dairy", "leave that off altogether", "dat is he own business, not we own", "nah put
 * dat in", "that one is her own business, not the association's", "we don't do rafting", "That
 * is kaka's own thing. The library has nothing to do with it", "We don't make aamras", "thats
 * moms, not ours", "nope, produced water only", "that one is her own business, not the shop's",
 * "we don't do embroidery, leave it out", "moms thing not the ranch's", "nope", "That is his
 * business, not the camp's", "We don't do balloons", "eso es cosa suya, no de la academia",
 * "quita eso", "dit is seine Sache, nich unsre", "dit lasst ma schön weg"; while rules keep
 * their "no" ("we never buy milk in", "nothing to the islands or the Highlands", "we don't post
 * at all", "no meat, no fish, no egg", "never two", "never one more", "no boat is on the water
 * after dark", "No boat goes past the red marker", "the library will not give a price", "no
 * price", "No GST", "never anywhere else", "no driving when the county says no travel", "Nobody
 * collects a uniform without paying the balance", "no other shade", "no cattle go in a pasture
 * without a working mill", "no exceptions", "never off the track", "No drones", "no se entra en
 * clase", "no hay clase", "aquí no se presta ná", "Wohnen in der Laube is nich", "keen
 * Rasenmäher", "Keene Ausnahmen").
 *
 * The Widecombe dairy takes the phone number off the customers and puts a use by date on the
 * scaldings, the Rose Hall cook moves where they live off the customers and puts the address on
 * the functions, and the Triana teacher takes the date of birth (fecha de nacimiento) off the
 * pupils and puts the level (nivel) on the classes, each after "Change something" at "Your
 * data"; the Ratnagiri developer takes the wooden peti out of the library, the Watford City
 * developer puts the trailer number on the loads, the Jos tailor renames the orders jobs and the
 * Pankow chairman puts whether the Laube has electricity (ob die Laube Strom hat) on the plots,
 * each at the review. The Cherry County app is meant to work without signal in the pastures and
 * catch up back at the house, the Rose Hall app has good signal on the coast, the Jos program
 * lives on the shop computer with a password each and runs on the laptop's battery when there
 * is no light, and the Pankow program on the clubhouse computer with a password each; the
 * Watford City tool lives on one computer in the shop, and the Livingstone service answers the
 * lodges' booking systems, the association website and the jetty tablet. Andalusian Spanish and
 * Berlinerisch, both in Latin letters, are compared by their own words, accents, apostrophes
 * and all, so their expected words are in the forms the person used (as "el mes se paga por
 * adelantao", "een Drittel vom Garten muss Obst und Jemüse sein"); every expected feature was
 * checked to be in one line the person said, and the excluded words of all ten were checked not
 * to read like anything they want (not "cream" for the sister's lets and the frozen kind, but
 * "cottages" and "ice cream"; not "curry" or "function" for the cousin's rental and the birthday
 * baking, but "tent" and "cake"; not "boat" or "cruise" for the cousin's stall and the river's
 * other trade, but "carvings" and "rafting"; not "hapus" or "mango" for the uncle's factory and
 * the pulp, but "cashew" and "aamras", and "peti" once taken out; not "water" or "hauling" for
 * the mother's rooms and the frac water, but "hotel" and "fresh water"; not "uniform" for the
 * sister's cloth and the names sewn on, but "lace" and "embroidery"; not "mill" or "cattle" for
 * the mother's shop and the hunters, but "quilt" and "hunting"; not "jeep" or "camp" for the
 * cousin's animals and the flights, but "camel" and "balloon"; not "baile" or "clases" for the
 * sister-in-law's shop and the guitar, but "trajes" and "guitarra"; not "Parzelle" or "Laube"
 * for the brother-in-law's shop and the bees, but "Späti" and "Bienen").
 */
export const SEVENTIETH_ROUND: readonly Persona[] = [
  {
    id: "widecombe-clotted-cream",
    who: "A woman on a dairy farm just outside Widecombe-in-the-Moor, up on Dartmoor in Devon, whose husband's family have farmed there since his grandfather's time, milking forty-odd Jerseys and making clotted cream from their own milk in the farm dairy, scalded and left overnight, sold at the farm gate, to the tea rooms round the moor and by post all over the country, in the Devon English of Dartmoor, in long paragraphs ('Morning all', 'me and my husband', 'the moor', 'down Bovey', 'down the pub', 'bless him', 'that teasy', 'I was mazed with Rob', 'from first light till dimpsey', 'the Mid-Devon Advertiser', 'our Ellie', 'she reckons', \"that's her business, nothing to do with the dairy\", 'leave that off altogether', 'Bye for now, my bird'): a website where people order and pay without an account, she and her husband see everything and the money and the girl who packs sees what's to be posted and collected but not the money, cream made only from their own cows' milk and never from milk bought in, the milk scalded every morning, cooled overnight and potted the next day, a small tub £4.50 and a big tub £8 and a cream tea box of four scones, jam and a small tub £16, posting only Monday to Wednesday so nothing sits in a depot over the weekend, a cool box with ice packs next day at £9.95 a box, the mainland only and nothing to the islands or the Highlands, orders in by twelve in the post the next day, nothing posted over 28 degrees and the order held, the tea rooms on account paying at the end of the month and everybody else paying when they order; records spread over sentences ('First off the customers, we'd need …', 'Then for every order it's …', 'And the scaldings, for each one …') with tea room or not, posted or collected and paid or not in them, an order one customer's and some tea rooms ordering twice a week all summer; the order book on the dairy windowsill and a chalkboard today; her sister's holiday cottages \"that's her business, nothing to do with the dairy\", ice cream 'leave that off altogether'; the phone number taken off the customers and a use by date put on the scaldings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Morning all. Sue Hext here, and me and my husband Rob have got the farm just outside Widecombe-in-the-Moor, right up on Dartmoor in Devon, that's been in Rob's family since his grandfather's time. We milk forty-odd Jerseys, and we make clotted cream from our own milk in the dairy, the old way, scalded and left overnight till the crust comes up on it. We sell it at the farm gate, to the tea rooms round the moor, and by post all over the country, mostly to people who had a cream tea on their holidays and can't get it out of their heads. At the minute the orders come in on the phone and by email and on Facebook, and I write them in the order book on the dairy windowsill and chalk up what's to go on the chalkboard, and Rob takes orders at the gate and down the pub and writes them on whatever's to hand, the back of a feed bag once. Last September the WI had the tea tent at Widecombe Fair, same as every year, and they'd ordered forty big tubs off us back in the spring. The day before the Fair a great big coach of Americans pulled into the yard, and Rob, bless him, sold them the lot. The WI ladies were up at five on Fair day with four hundred scones and nothing to put on them, and in the end they sent down Bovey to the Co-op for squirty cream in a can. On Dartmoor! The chairman was that teasy she wrote to the Mid-Devon Advertiser, and they put it on the front page with a picture of the scones. I was mazed with Rob, I couldn't show my face in church till Christmas. Our Ellie's doing computing at South Devon College in Paignton, and she reckons she can do us a website where people order for themselves.",
      more: "People ought to be able to order and pay on the website without setting up an account, most of them only order once or twice a year. Me and Rob see everything, and the money, though Rob's out on the moor with the cattle from first light till dimpsey, so I doubt he'll look at it much. Jess, who helps in the dairy and does the packing, needs to see what's to be posted and what's being collected, but not the money.",
      walkthrough:
        "Well, this is how it goes.\n\nThe cream is only ever made from our own cows' milk, we never buy milk in, not even in the winter when half the cows are dry, we just make less.\n\nWe scald the milk in the dairy every morning, it's left to cool overnight, and it's potted first thing the next day.\n\nThere's a small tub at £4.50 and a big tub at £8, and the cream tea box, that's four scones, a jar of strawberry jam and a small tub, is £16.\n\nWe only post Monday to Wednesday, so nothing sits in a depot over the weekend going off.\n\nEverything goes in a cool box with ice packs, next day delivery, £9.95 a box however much is in it.\n\nWe only post to the mainland, nothing to the islands or the Highlands, it won't get there cold.\n\nOrders in by twelve o'clock go in the post the next day.\n\nIf the forecast's over 28 degrees we don't post at all, we ring the customer and hold it till it's cooler.\n\nThe tea rooms are on account and pay at the end of the month, everybody else pays on the website when they order.",
      things:
        "Right, let me think. First off the customers, we'd need their name, email, address, phone number and tea room or not. Then for every order it's the customer, the day it's wanted, how many small tubs, how many big tubs, how many cream tea boxes, posted or collected, and paid or not. And the scaldings, for each one the date, how many litres of milk went in and how many tubs came out. An order's for the one customer, and some of the tea rooms order twice a week all summer.",
      thingsChange:
        "Oh, hang on, two things. Take the phone number off the customers, I never ring anybody but the tea rooms and I know them by heart. And put a use by date on the scaldings, the Environmental Health like to see it.",
      extras: [
        "My sister Karen does holiday cottages in the old barns across the lane, but that's her business, nothing to do with the dairy. And people are forever asking do we do ice cream, we don't, so leave that off altogether.",
        "That's everything, I think. Bye for now, my bird.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "People order and pay on the website without an account. Me and Rob see everything and the money. Jess sees what's to be posted and collected, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "cream is only ever made from our own cows' milk we never buy milk in",
        "scald the milk in the dairy every morning left to cool overnight potted first thing the next day",
        "small tub at £4.50 big tub at £8 the cream tea box is £16",
        "only post Monday to Wednesday so nothing sits in a depot over the weekend",
        "cool box with ice packs next day delivery £9.95 a box",
        "only post to the mainland nothing to the islands or the Highlands",
        "orders in by twelve o'clock go in the post the next day",
        "forecast's over 28 degrees we don't post we ring the customer and hold it till it's cooler",
        "tea rooms are on account pay at the end of the month everybody else pays on the website when they order",
      ],
      tables: [
        { name: "customers", fields: ["name", "email", "address", "tea room or not"] },
        {
          name: "orders",
          fields: [
            "customer",
            "day it's wanted",
            "how many small tubs",
            "how many big tubs",
            "how many cream tea boxes",
            "posted or collected",
            "paid or not",
          ],
        },
        {
          name: "scaldings",
          fields: ["date", "how many litres of milk went in", "how many tubs came out", "use by date"],
        },
      ],
      excluded: ["cottages", "ice cream"],
      background: ["order book", "chalkboard"],
    },
  },
  {
    id: "berbice-seven-curry",
    who: "A woman in Rose Hall, on the Corentyne coast of Berbice in Guyana, who with her daughter and a few women from the village cooks seven curry (pumpkin, bhaji, katahar, eddo, baigan, channa and aloo, and dhal, with rice, served on water lily leaf) for jhandis, pujas and weddings all along the Corentyne, in the Berbice English of the Corentyne, in between ('Marning', 'me and me daughter', 'does cook', 'pon', 'fuh', 'tek', 'mek', 'nah', 'from since December', 'Me shame bad, bai', 'mandir', 'Kaieteur News', 'dat is he own business, not we own', 'nah put dat in', 'Tek care and God bless'): a phone app for her and her daughter, both seeing everything and the money, her son who drives the van with the pots seeing where the function is and what time but not the money, and the customers not using it, with good signal on the coast, everything vegetarian with no meat, fish or egg because it is for prayers, cooking only Friday to Sunday and one function a day, 100 plates at least and 800 at most, GY$700 a plate and GY$200 for each dhal puri, half paid on booking and the rest the day before, two weeks' notice and a month for weddings, cooking from four in the morning with the food ready by eleven, Canje to Skeldon and GY$10,000 more for the van anywhere else; records told in sentences ('Every customer got …', 'Every function got …', 'And every cook got …') with what kind in brackets (jhandi, puja or wedding) and paid or not in them, a function one customer's and some customers booking every year for the same jhandi; an exercise book and the calendar on the kitchen wall today; her cousin's tent and chair rental 'dat is he own business, not we own', birthday cakes 'nah put dat in'; where they live taken off the customers and the address put on the functions after 'Change something' at 'Your data'",
    says: {
      overview:
        "Marning. Me name is Savitri Persaud, from Rose Hall on de Corentyne, in Berbice. Me and me daughter Anjali does cook seven curry fuh functions, jhandi, puja, weddings, all over de Corentyne. Seven curry is pumpkin, bhaji, katahar, eddo, baigan, channa and aloo, and dhal, with rice, and we does serve it pon water lily leaf like how it suppose to be. Right now people does call me or send WhatsApp, and me write everything in a exercise book and pon de calendar on de kitchen wall. But me sister Kamla does tek bookings too and nah tell me nothing. Last Phagwah time we had a wedding in Port Mourant booked from since December, and Kamla went and tek a jhandi in Albion fuh de same Sunday, 300 people. We cook fuh de wedding. De jhandi family had de pandit and all de people sitting down waiting and no food reach. Dem put it on Facebook and den it reach Kaieteur News. Me shame bad, bai, me couldn't go to mandir fuh weeks. Me nephew Ravi studying IT at de University of Guyana campus in Tain, and he say he go mek a app fuh we phone.",
      more: "Only me and Anjali gon use de app, on we phone. We see everything, and de money. Me son Dev does drive de van with de pots, he must see where de function is and what time, but not de money. De customers nah use it, dem does just call. De signal good on de Corentyne.",
      walkthrough:
        "Dis is how we does do it:\nEverything is veg, no meat, no fish, no egg, because is fuh prayers.\nWe does only cook Friday, Saturday and Sunday.\nOne function a day, never two.\nA function must be 100 plates at least, and 800 plates is de most we could manage.\nA plate is GY$700, and dhal puri is GY$200 extra each.\nHalf de money paid when dem book, de rest de day before de function.\nBook two weeks before, weddings one month before.\nWe does start cook 4 o'clock in de morning and de food ready by 11.\nWe go from Canje to Skeldon, anywhere else is GY$10,000 extra fuh de van.",
      things:
        "Every customer got a name, a phone number and where dem live. Every function got de customer, de date, what kind (jhandi, puja or wedding), how much plates, how much dhal puri, and paid or not. And every cook got a name, a phone and what dem does cook. One function is fuh one customer, and some customer does book we every year fuh de same jhandi.",
      thingsChange:
        "Wait, one change. Tek out where dem live from de customer, and put de address pon de function, because de function nah always at dem house.",
      extras: [
        "Me cousin Rajesh does rent tent and chairs fuh functions, dat is he own business, not we own. And people does ask if we mek cake fuh birthday, we nah do cake, so nah put dat in.",
        "Dat is all. Tek care and God bless.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "Only me and Anjali, we see everything and de money. Dev see where de function is and what time, not de money. Customers nah use it.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "everything is veg no meat no fish no egg",
        "only cook Friday Saturday and Sunday",
        "one function a day never two",
        "function must be 100 plates at least 800 plates is de most",
        "plate is GY$700 dhal puri is GY$200 extra each",
        "half de money paid when dem book de rest de day before de function",
        "book two weeks before weddings one month before",
        "start cook 4 o'clock in de morning de food ready by 11",
        "from Canje to Skeldon anywhere else is GY$10,000 extra fuh de van",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone number"] },
        {
          name: "functions",
          fields: [
            "customer",
            "date",
            "what kind",
            "how much plates",
            "how much dhal puri",
            "paid or not",
            "address",
          ],
        },
        { name: "cooks", fields: ["name", "phone", "what dem does cook"] },
      ],
      excluded: ["tent", "cake"],
      background: ["exercise book", "calendar"],
    },
  },
  {
    id: "livingstone-sunset-cruises-api",
    who: "A developer at a bank in Livingstone, in the south of Zambia near the Victoria Falls (Mosi-oa-Tunya), whose uncle chairs the association of boat operators on the Zambezi riverfront, nine boats taking tourists from the lodges and hotels on sunset cruises above the Falls, in the Zambian English of Livingstone, in long paragraphs ('Mwabuka buti', 'ba Mwiinga', 'the tourist capital', 'Mosi-oa-Tunya, the smoke that thunders', 'the marine police', 'the Zambia Daily Mail', 'TripAdvisor', 'My uncle was so embarrassed', \"that one is her own business, not the association's\", \"we don't do rafting\", 'Twalumba, and God bless'): a service without screens, in PHP with Laravel and MySQL, that the lodges' booking systems, the association website and a tablet at the jetty call with their own keys, him and his uncle's secretary as admins and the guests never logging in but getting a WhatsApp message, every boat licensed by the council and every skipper with a skipper's licence, a boat carrying only the number on its licence and never one more, a life jacket on every guest and the children also, cruises from 16:30 to 18:30 and no boat on the water after dark, no boat past the red marker above the Falls, USD 60 an adult with children under 12 half and under 5 free, the USD 10 national park fee for every guest paid over to the park, lodges and hotels on 10% commission paying at the end of the month and walk-in guests paying at the jetty by card or Airtel Money, everybody's money back when a storm cancels the cruise; records after colons inline with paid or not in them, a booking one cruise's and a cruise with many bookings from many lodges; a paper list at the jetty and WhatsApp today; his cousin's wood carvings at the Mukuni craft market \"that one is her own business, not the association's\", rafting and bungee \"we don't do rafting\"; PHP, Laravel and MySQL",
    says: {
      overview:
        "Mwabuka buti! My name is Chipo Mwiinga, and I am a developer at one of the banks here in Livingstone, the tourist capital, just up the road from the Victoria Falls, which we call Mosi-oa-Tunya, the smoke that thunders. My uncle, ba Mwiinga, is the chairperson of the boat operators' association on the Zambezi riverfront, nine boats which take tourists from the lodges and hotels on sunset cruises above the Falls, with drinks and snacks and the hippos and elephants on the islands. Right now the lodges book on WhatsApp or by phone, and the clerk at the jetty writes the bookings on a paper list, and sometimes on two paper lists, which is where the problem started. Last August, which is our peak season, two lodges each booked 30 guests on the same boat, the Mama Zambezi, which only takes 40. The skipper did not want to leave anyone behind, so he loaded 60 people, and the marine police stopped the boat before it left the jetty and made 20 guests get off. They stood on the jetty in their nice clothes and watched the sunset without the boat. A tour operator from the UK wrote about it on TripAdvisor, and then it was in the Zambia Daily Mail, with the name of the boat. My uncle was so embarrassed, people at church were asking him about it for weeks. So I am building a service for the association, and the lodges will connect to it.",
      more: "It is only the API, I am not making any screens. The lodges' booking systems, the association website and a tablet at the jetty will call it, each one with its own key. My uncle's secretary and I are the admins. The guests never log in, they just get a WhatsApp message with the boat, the time and the name of the skipper.",
      walkthrough:
        "These are the association rules.\n\nEvery boat must have its licence from the council, and every skipper must have his skipper's licence.\n\nA boat carries only the number of guests on its licence, never one more, even if the lodge is shouting.\n\nEvery guest wears a life jacket on the boat, the children also.\n\nThe cruise is from 16:30 to 18:30, and no boat is on the water after dark.\n\nNo boat goes past the red marker above the Falls.\n\nAn adult is USD 60, a child under 12 is half, and under 5 is free.\n\nEvery guest pays the USD 10 national park fee, and we pay it over to the park.\n\nThe lodges and hotels get 10% commission and pay at the end of the month. Walk-in guests pay at the jetty, by card or Airtel Money.\n\nIf a storm cancels the cruise, everybody gets their money back.",
      things:
        "Boats: name, licence number, seats, owner. Skippers: name, phone, licence expiry. Cruises: boat, skipper, date. Bookings: cruise, lodge, guest name, adults, children, paid or not. One booking is for one cruise, and one cruise has many bookings, from many lodges.",
      extras: [
        "My cousin sells wood carvings at the Mukuni craft market by the Falls, that one is her own business, not the association's. And some guests ask us to book rafting and bungee for them also, but we don't do rafting, that is for the rafting companies.",
        "That is all from me. Twalumba, and God bless.",
      ],
      tech: "PHP with Laravel, and MySQL. That is what we use at the bank, and I know it well.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The lodges' booking systems, the association website and the jetty tablet get API keys. The secretary and I are admins. Guests do not log in, they get a WhatsApp message.",
      Technology: "I have preferences",
      "Back end": "PHP with Laravel",
      Database: "MySQL",
    },
    expect: {
      kind: "api service",
      features: [
        "every boat must have its licence from the council every skipper must have his skipper's licence",
        "boat carries only the number of guests on its licence never one more",
        "every guest wears a life jacket on the boat the children also",
        "cruise is from 16:30 to 18:30 no boat is on the water after dark",
        "no boat goes past the red marker above the Falls",
        "adult is USD 60 child under 12 is half under 5 is free",
        "every guest pays the USD 10 national park fee",
        "lodges and hotels get 10% commission pay at the end of the month",
        "walk-in guests pay at the jetty by card or Airtel Money",
        "storm cancels the cruise everybody gets their money back",
      ],
      tables: [
        { name: "boats", fields: ["name", "licence number", "seats", "owner"] },
        { name: "skippers", fields: ["name", "phone", "licence expiry"] },
        { name: "cruises", fields: ["boat", "skipper", "date"] },
        { name: "bookings", fields: ["cruise", "lodge", "guest name", "adults", "children", "paid or not"] },
      ],
      excluded: ["carvings", "rafting"],
      background: ["paper list", "WhatsApp"],
      stack: ["PHP", "Laravel", "MySQL"],
    },
  },
  {
    id: "ratnagiri-hapus-prices",
    who: "A Python developer in Ratnagiri, on the Konkan coast of Maharashtra, who works from home for a company in Bengaluru and whose family has hapus (Alphonso) orchards of about 900 trees at Pawas from his grandparents' time, sending boxes to families in Mumbai, Pune and Bengaluru and the rest to the APMC market at Vashi, in the Konkan English of Ratnagiri, in short plain sentences ('Hello', \"my aaji-ajoba's time\", 'baba', 'kaka', 'hapus', 'the APMC market at Vashi', 'the GI tag', 'one lakh', 'a word given is a word given', \"That is kaka's own thing. The library has nothing to do with it\", \"We don't make aamras\"): a Python library, a package for the family's Django website and the billing app at the packing shed, keeping nothing, given the weight grade, the dozens, the city, the date, the GI tag number and the box and giving back the price, priced per full dozen by the weight of one mango, ₹900 a dozen from 200 to 249 grams, ₹1,200 from 250 to 299 and ₹1,500 from 300 grams, no price below 200 grams, without the GI tag number or outside 15 March to 31 May, a box two dozen with delivery ₹200 a box to Mumbai and Pune and ₹400 to Bengaluru and no price for other cities, 5% off the mangoes at 10 dozen, no GST on fresh fruit, rounded to the nearest 10 rupees, giving back the dozens, the mango price, the delivery and the total; his father's diary today; his uncle's cashew processing unit \"That is kaka's own thing. The library has nothing to do with it\", aamras in tins \"We don't make aamras\"; the wooden peti at ₹150 a box taken out at the review; Python",
    says: {
      overview:
        "Hello. My name is Aniket Sawant. I am a Python developer. I work from home in Ratnagiri for a company in Bengaluru. My family has hapus orchards at Pawas, near Ratnagiri, from my aaji-ajoba's time. About 900 trees. Hapus is what you call Alphonso. We send boxes to families in Mumbai, Pune and Bengaluru. The rest goes to the APMC market at Vashi. Now baba gives the prices from his diary. Last season my cousin made the price list for our website in Excel. He typed the grades in the wrong rows. The biggest hapus showed the smallest price. In one night 80 dozen were booked like that. Baba sent all of them anyway. He said a word given is a word given. We lost almost one lakh. So I am writing one library for the price. The website and the shed will use the same rules.",
      more: "It keeps nothing. You give the weight grade, the dozens, the city, the date, the GI tag number and the box. It gives back the price. Our Django website uses it, and the billing app at the packing shed also.",
      walkthrough:
        "Baba's rules:\n1. The price is per dozen. Only full dozens.\n2. It goes by the weight of one mango. 200 to 249 grams is ₹900 a dozen, 250 to 299 grams ₹1,200, 300 grams and above ₹1,500.\n3. Below 200 grams, the library will not give a price. Those go to the local bazaar.\n4. Only hapus with the GI tag number. Without the GI tag number, no price.\n5. Only from 15 March to 31 May. Outside the season, no price.\n6. One box is two dozen. Delivery to Mumbai and Pune is ₹200 a box, to Bengaluru ₹400 a box. Other cities, no price.\n7. A wooden peti instead of the cardboard box is ₹150 a box extra.\n8. 10 dozen or more, 5% off the mangoes.\n9. No GST. Fresh fruit has no GST.\n10. Round to the nearest 10 rupees.\n11. It gives back the dozens, the mango price, the delivery, the peti and the total.",
      extras: [
        "My kaka has a cashew processing unit in the MIDC. That is kaka's own thing. The library has nothing to do with it. People also ask us for aamras in tins. We don't make aamras.",
        "That is all. Thank you.",
      ],
      tech: "Python, a package for our Django website and the billing app.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: [
      "Almost. One change: remove the wooden peti. Nobody took it last season.",
      "Now it is fine. Thank you.",
    ],
    expect: {
      kind: "library",
      features: [
        "price is per dozen only full dozens",
        "200 to 249 grams is ₹900 a dozen 250 to 299 grams ₹1,200 300 grams and above ₹1,500",
        "below 200 grams the library will not give a price",
        "only hapus with the GI tag number without the GI tag number no price",
        "only from 15 March to 31 May outside the season no price",
        "one box is two dozen delivery to Mumbai and Pune is ₹200 a box to Bengaluru ₹400 a box other cities no price",
        "10 dozen or more 5% off the mangoes",
        "no GST fresh fruit has no GST",
        "round to the nearest 10 rupees",
        "gives back the dozens the mango price the delivery and the total",
      ],
      tables: [],
      excluded: ["cashew", "aamras", "peti"],
      background: ["diary"],
      stack: ["Python"],
    },
  },
  {
    id: "watford-city-water-hauling-cli",
    who: "A developer who works remote from Watford City, in the Bakken oil country of western North Dakota, whose dad and uncle run a water hauling outfit of nine trucks hauling produced water off the well sites to the salt water disposal (SWD) wells, in the North Dakota English of the Bakken, in terse lower-case fragments ('hey', 'watford city nd', 'the bakken', 'the shop', 'frost law', 'cr 16', 'swd', 'the williston herald', 'thats moms, not ours', 'nope', 'later'): a Go command-line tool with SQLite on the shop computer, one database file, for him, his dad and his uncle, the drivers calling their tickets in, a driver at most 11 hours driving and 14 on duty and then 10 off, no loaded truck on county roads under the spring frost law unless the road is on the ok list, 80,000 lbs gross at most with a truck hauling 120 barrels full, a ticket with the well, SWD, barrels and time on every load, produced water only to licensed SWD wells and never anywhere else, every truck DOT inspected every 12 months, any spill called in to the state within 24 hours, no driving when the county says no travel; records after colons inline in lower case with restricted y/n in them, a load one truck's and a truck doing about 8 loads a day; paper tickets and a whiteboard in the shop today; his mother's hotel for the oil workers 'thats moms, not ours', hauling fresh water for fracs 'nope, produced water only'; the trailer number put on the loads at the review; commands and flags; Go and SQLite",
    says: {
      overview:
        "hey. tyler, dev, remote from watford city nd, middle of the bakken. dad n my uncle run a water hauling outfit, 9 trucks, haul produced water off well sites to the swd wells. rn its paper tickets n a whiteboard in the shop. last april one of our guys took cr 16 loaded w frost law on, whiteboard said it was open, it wasnt. county caught him, $8k fine, road broke up n the commissioners named us in the williston herald. so a cli",
      more: "just me, dad n my uncle on the shop pc. drivers dont touch it, they call in tickets. one db file",
      walkthrough:
        "rules\n- drivers max 11 hrs driving, 14 on duty, then 10 off\n- no loaded trucks on county roads under frost law unless its on the ok list\n- max 80k lbs gross, a truck hauls 120 bbl full\n- every load gets a ticket w well, swd, bbl, time\n- produced water only to licensed swd wells, never anywhere else\n- every truck dot inspected every 12 months\n- any spill gets called in to the state within 24 hrs\n- no driving when the county says no travel",
      things:
        "trucks: unit, plate, driver, last inspected. drivers: name, phone, hrs today. loads: truck, well, swd, bbl, ticket no, time. roads: name, restricted y/n, from, to. 1 load is 1 truck, a truck does like 8 loads a day",
      commands:
        "like: haul truck --unit 12 --plate 4521 --driver cody, haul load --unit 12 --well state-14-22 --swd 3 --bbl 120 --ticket 88231 (says no if the driver is over his hrs or the truck is overdue), haul hours --driver cody, haul road --name cr16 --restricted --from 3/1 --to 5/15, haul roads (whats restricted today), haul inspect --unit 12, haul due (trucks due in 30 days), haul month (bbl by well)",
      extras: [
        "moms got a hotel in town for the oil guys, thats moms, not ours. ppl ask bout hauling fresh water for fracs too, nope, produced water only",
        "thats it. later",
      ],
      tech: "go n sqlite, one binary on the shop pc",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Go",
    },
    atReview: ["ok. 1 thing, put trailer no on loads, we swap trailers", "good. later"],
    expect: {
      kind: "command-line tool",
      features: [
        "drivers max 11 hrs driving 14 on duty then 10 off",
        "no loaded trucks on county roads under frost law unless its on the ok list",
        "max 80k lbs gross a truck hauls 120 bbl full",
        "every load gets a ticket w well swd bbl time",
        "produced water only to licensed swd wells never anywhere else",
        "every truck dot inspected every 12 months",
        "any spill gets called in to the state within 24 hrs",
        "no driving when the county says no travel",
      ],
      tables: [
        { name: "trucks", fields: ["unit", "plate", "driver", "last inspected"] },
        { name: "drivers", fields: ["name", "phone", "hrs today"] },
        { name: "loads", fields: ["truck", "well", "swd", "bbl", "ticket no", "time", "trailer no"] },
        { name: "roads", fields: ["name", "restricted y/n", "from", "to"] },
      ],
      excluded: ["hotel", "fresh water"],
      background: ["paper tickets", "whiteboard"],
      stack: ["Go", "SQLite"],
      commands: [
        "truck",
        "load",
        "hours",
        "road",
        "roads",
        "inspect",
        "due",
        "month",
        "--unit",
        "--plate",
        "--driver",
        "--well",
        "--swd",
        "--bbl",
        "--ticket",
        "--name",
        "--restricted",
        "--from",
        "--to",
      ],
    },
  },
  {
    id: "jos-school-uniforms",
    who: "A tailor in Jos, Plateau State, in the middle belt of Nigeria, who with her husband has a tailoring shop near Terminus market sewing school uniforms for about twelve nursery, primary and secondary schools in Jos and Bukuru, measuring the children at the schools every August before resumption, in the Plateau English of Jos, in between ('Good morning', 'Mrs.', 'Terminus market', 'Bukuru', 'resumption', 'Rayfield', 'the same wine colour', 'resumed in mufti', 'the PTA meeting', 'It was a big embarrassment for us', 'UniJos', 'when there is no light', \"that one is her own business, not the shop's\", \"we don't do embroidery, leave it out\", 'stay blessed'): a program on the shop computer that works without internet and on the laptop's battery when there is no light, for her and her husband each with their own password and the apprentices not using it, the measuring at the school in August before resumption, the uniforms ready two weeks before resumption, ₦3,500 a shirt, ₦4,000 a skirt or shorts and ₦5,000 a pinafore and ₦500 more on each for children from 13 years, half paid at measuring and the balance on collecting, no uniform collected without the balance, sewn only in the colour the school approved, every child measured again every year, alterations free within two weeks of collecting; records after colons on lines with paid half or full and collected or not in them, an order one child's and a school with three hundred children; a measurement book and papers pinned on the wall today; her sister's lace and ankara for weddings \"that one is her own business, not the shop's\", children's names embroidered \"we don't do embroidery, leave it out\"; the orders renamed jobs at the review",
    says: {
      overview:
        "Good morning. I am Mrs. Ladi Pam, a tailor in Jos, Plateau State. My husband and I have a tailoring shop near Terminus market, and we sew school uniforms for about twelve schools in Jos and Bukuru, nursery, primary and secondary. Every August before resumption we go to the schools to measure the children, and then the shop is sewing day and night. Right now everything is in a measurement book and on papers pinned on the wall, and the apprentices pack the uniforms by looking at the papers. Last September one apprentice packed the St. Michael's pinafores in the bundle for a school in Rayfield, because the two schools use the same wine colour. The St. Michael's girls resumed in mufti, the principal announced it at the PTA meeting, and somebody put it on Facebook with the name of our shop. It was a big embarrassment for us. My nephew is studying computer science at UniJos, and he said he will make us a program for the shop computer.",
      more: "Only my husband and I will use it, on the computer in the shop, each of us with our own password. The apprentices will not use it. It must work without internet, and when there is no light we use the laptop on battery.",
      walkthrough:
        "This is how we work:\nWe take the measurements at the school in August, before resumption.\nThe uniforms are ready two weeks before resumption.\nA shirt is ₦3,500, a skirt or shorts ₦4,000, a pinafore ₦5,000.\nChildren from 13 years, ₦500 more for each one.\nParents pay half when we measure, and the balance when they collect.\nNobody collects a uniform without paying the balance.\nWe sew only in the colour the school approved, no other shade.\nEvery child is measured again every year, children grow.\nAlterations are free within two weeks of collecting.",
      things:
        "Schools: name, address, colour, resumption date\nChildren: name, school, class, age, chest, waist, length\nOrders: child, shirts, skirts or shorts, pinafores, paid half or full, collected or not\nOne order is for one child, and one school can have three hundred children.",
      extras: [
        "My sister sells lace and ankara for weddings at Terminus, that one is her own business, not the shop's. And some parents ask us to put the child's name on the shirt, but we don't do embroidery, leave it out.",
        "That is all. Thank you, and stay blessed.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program for the shop computer, it must work without internet"],
      Accounts: "Only me and my husband, each with our own password. The apprentices will not use it.",
    },
    atReview: [
      "It is good. Just one thing: change orders to jobs. In the shop we call them jobs.",
      "That is fine now. Thank you.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "take the measurements at the school in August before resumption",
        "uniforms are ready two weeks before resumption",
        "shirt is ₦3,500 skirt or shorts ₦4,000 pinafore ₦5,000",
        "children from 13 years ₦500 more for each one",
        "parents pay half when we measure the balance when they collect",
        "nobody collects a uniform without paying the balance",
        "sew only in the colour the school approved",
        "every child is measured again every year",
        "alterations are free within two weeks of collecting",
      ],
      tables: [
        { name: "schools", fields: ["name", "address", "colour", "resumption date"] },
        { name: "children", fields: ["name", "school", "class", "age", "chest", "waist", "length"] },
        {
          name: "jobs",
          fields: [
            "child",
            "shirts",
            "skirts or shorts",
            "pinafores",
            "paid half or full",
            "collected or not",
          ],
        },
      ],
      excluded: ["lace", "embroidery"],
      background: ["measurement book"],
    },
  },
  {
    id: "sandhills-windmill-checks",
    who: "A young woman on a cattle ranch in the Nebraska Sandhills, in Cherry County south of Valentine, where she, her dad and her brother run about 600 cow-calf pairs on 18,000 acres with 31 windmills pumping into stock tanks, in the Sandhills English of Cherry County, in lower-case fragments ('hey', 'the sandhills', 'pairs', 'driving mills', 'a broke sucker rod', 'lol', 'after church', 'chadron state', \"moms thing not the ranch's\", 'nope', 'bye'): a phone app for her, her dad and her brother, all seeing everything with no money in it, working without signal in the pastures and catching up back at the house, every tank checked every 2 days and every day over 95, no cattle in a pasture without a working mill or a backup tank, the float and overflow checked every time, every mill greased and oiled every spring, the leathers replaced every 3 years, a low or dry tank fixed or water hauled the same day, every gate shut behind you; records in brackets inline in lower case with fixed y/n in them, a check one mill's and a mill checked about 40 times a summer; a notebook on the dash and a map on the kitchen wall today; her mother's quilt shop in Thedford \"moms thing not the ranch's\", hunting on the place 'nope'",
    says: {
      overview:
        "hey. kaylee, 24, from the sandhills, cherry county, south of valentine. dad n my brother cody n me run about 600 pairs on 18,000 acres n theres 31 windmills w tanks. all summer its driving mills in the pickup. rn its a notebook on the dash n a map on the kitchen wall lol. last july it was over 100 for a week, dad thought cody checked the north mills n cody thought dad did. mill 17 had a broke sucker rod, tank was dry 3 days n we lost 2 calves. whole county heard about it after church. my cousins doing cs at chadron state, hes making us an app",
      more: "me, dad n cody, on our phones in the pickups. we all see everything, no money in it. no signal in most pastures so it has to work offline n catch up back at the house",
      walkthrough:
        "rules:\nevery tank gets checked every 2 days\nover 95 every tank gets checked every day\nno cattle go in a pasture without a working mill or a backup tank\nfloat n overflow checked every time\nevery mill greased n oiled every spring\nleathers replaced every 3 yrs\nif a tanks low or dry, fix it or haul water the same day\nshut every gate behind you, no exceptions",
      things:
        "mills (number, pasture, tank size, last greased, leathers done), checks (mill, date, who, water level, fixed y/n), pastures (name, acres, pairs in it). 1 check is 1 mill, a mill gets like 40 checks a summer",
      extras: [
        "moms got the quilt shop in thedford, moms thing not the ranch's. ppl ask if we do hunting on the place, nope",
        "thats it. bye",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "me, dad n cody. we all see everything, no money in it",
    },
    expect: {
      kind: "mobile app",
      features: [
        "every tank gets checked every 2 days",
        "over 95 every tank gets checked every day",
        "no cattle go in a pasture without a working mill or a backup tank",
        "float n overflow checked every time",
        "every mill greased n oiled every spring",
        "leathers replaced every 3 yrs",
        "tanks low or dry fix it or haul water the same day",
        "shut every gate behind you no exceptions",
      ],
      tables: [
        { name: "mills", fields: ["number", "pasture", "tank size", "last greased", "leathers done"] },
        { name: "checks", fields: ["mill", "date", "who", "water level", "fixed y/n"] },
        { name: "pastures", fields: ["name", "acres", "pairs in it"] },
      ],
      excluded: ["quilt", "hunting"],
      background: ["notebook", "map"],
    },
  },
  {
    id: "wadi-rum-desert-camp",
    who: "A young man from the Rum village in Wadi Rum, in the south of Jordan, whose family are Bedouin and whose father and uncles have a desert camp of 12 tents and 3 jeeps for guests who come for jeep tours, a night under the stars and zarb, the dinner cooked under the sand, in the Jordanian English of Wadi Rum, in short plain sentences ('welcome from Wadi Rum', 'the Rum village', 'my father and my uncles', 'Bedouin', 'zarb', 'the visitor centre', 'the protected area', 'JD', 'the Jordan Pass', 'the Jordan Times', 'It was bad for the name of my family', \"That is his business, not the camp's\", \"We don't do balloons\", 'you are welcome in Wadi Rum anytime'): a website where guests book and pay a deposit without an account, he and his father see everything and the money and the drivers see the day's tours but not the money, guests picked up only at the visitor centre, jeep tours of 2 hours at JD 25, 4 hours at JD 40 and a full day at JD 60 a person, a night in the camp JD 35 with zarb dinner and breakfast, the protected area's JD 5 entry free with the Jordan Pass, 30% deposit on booking and the rest in cash at the camp, 6 guests in a jeep at most, jeeps only on the tracks, no driving in the desert after dark, no drones, the deposit back when cancelled 48 hours before; records in brackets inline (\"Guests (name, country, phone, email), bookings (…), tents (…), jeeps (…)\") with deposit paid or not in them, a booking one guest's and a guest booking for many people; a notebook and WhatsApp today; his cousin's camel rides \"That is his business, not the camp's\", the hot air balloon \"We don't do balloons\"",
    says: {
      overview:
        "Hello, and welcome from Wadi Rum. My name is Awad Al-Zalabieh. I am from the Rum village, in the south of Jordan. My family are Bedouin. My father and my uncles have a camp in the desert with 12 tents and 3 jeeps. Guests come for jeep tours, for a night under the stars, and for zarb, our dinner cooked under the sand. Now the bookings come on WhatsApp, Booking and Instagram. I write them in a notebook. My uncle also takes guests at the visitor centre. He does not write anything. Last April a group of 18 Italians booked two nights and paid the deposit. The same day my uncle gave the tents to a school trip from Amman. The Italians came at sunset. There were no tents for them. They slept on mattresses in the big tent. Their guide wrote on TripAdvisor, and it was in the Jordan Times. It was bad for the name of my family. My cousin studies software engineering at Al-Hussein Bin Talal University in Ma'an. He will make us a website.",
      more: "Guests book on the website and pay the deposit. They do not need an account. My father and I see everything, and the money. Our drivers see the tours of the day, not the money.",
      walkthrough:
        "Our rules:\nWe pick up guests only at the visitor centre.\nA jeep tour of 2 hours is JD 25 a person, 4 hours JD 40, a full day JD 60.\nA night in the camp is JD 35 a person, with zarb dinner and breakfast.\nThe entry to the protected area is JD 5 a person, free with the Jordan Pass.\nGuests pay 30% deposit when they book, the rest in cash at the camp.\nMaximum 6 guests in one jeep.\nJeeps drive only on the tracks, never off the track.\nNo driving in the desert after dark.\nNo drones. The police take them at the visitor centre.\nCancel 48 hours before, the deposit comes back.",
      things:
        "Guests (name, country, phone, email), bookings (guest, date, tour, nights, people, deposit paid or not), tents (number, beds), jeeps (plate, driver, seats). One booking is for one guest, but one guest can book for many people.",
      extras: [
        "My cousin Salem has camels for camel rides. That is his business, not the camp's. Some guests ask for the hot air balloon. We don't do balloons.",
        "That is all. Thank you, you are welcome in Wadi Rum anytime.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Guests book and pay the deposit without an account. My father and I see everything and the money. The drivers see the tours of the day, not the money.",
    },
    expect: {
      kind: "web app",
      features: [
        "pick up guests only at the visitor centre",
        "jeep tour of 2 hours is JD 25 a person 4 hours JD 40 a full day JD 60",
        "night in the camp is JD 35 a person with zarb dinner and breakfast",
        "entry to the protected area is JD 5 a person free with the Jordan Pass",
        "guests pay 30% deposit when they book the rest in cash at the camp",
        "maximum 6 guests in one jeep",
        "jeeps drive only on the tracks never off the track",
        "no driving in the desert after dark",
        "no drones",
        "cancel 48 hours before the deposit comes back",
      ],
      tables: [
        { name: "guests", fields: ["name", "country", "phone", "email"] },
        { name: "bookings", fields: ["guest", "date", "tour", "nights", "people", "deposit paid or not"] },
        { name: "tents", fields: ["number", "beds"] },
        { name: "jeeps", fields: ["plate", "driver", "seats"] },
      ],
      excluded: ["camel", "balloon"],
      background: ["notebook", "WhatsApp"],
    },
  },
  {
    id: "triana-academia-flamenco",
    who: "A woman in Triana, in Seville, whose mother opened a flamenco dance school on the calle Pagés del Corro in 1979 and who runs it now with her sister, teaching sevillanas, rumba, alegrías and bulerías to little girls and to women, in Andalusian Spanish (never used before: Spanish was written only as Mexican Spanish, and Galician, Asturian, Basque, Catalan, Aragonese and Ladino were written, Andalusian never; as she types it, in between, with the dropped letters Sevillanos really write: '¡Buenas a tos!', 'de toa la vida', 'mi madre, que en gloria esté', 'niñas chicas', 'pa', 'to', 'ná', 'apuntás', 'adelantao', 'pagao', 'Ozú, qué vergüenza más grande, illo', 'el Diario de Sevilla', 'mi cuñada', 'eso es cosa suya, no de la academia', 'quita eso', 'Un besito, y olé'): a website where pupils or their mothers sign up and pay without an account, she and her sister see everything and the money and the other teacher sees her class lists but not the money, classes Monday to Thursday from five in the afternoon to ten at night, fourteen pupils a class at most, girls from four and the girls' classes up to twelve, 40 euros a month for one class a week and 70 for two, 25 euros enrolment once a year in September, the month paid in advance before the fifth and nobody in class unpaid, every pupil bringing her own shoes and skirt, no classes in Holy Week or Feria week, an end-of-year show in a theatre in June with family tickets at 8 euros; records told in sentences ('Cada alumna tiene …', 'Cada clase tiene …', 'Y cada pago tiene …') with niña o mayor and pagao o no in them, a pupil in one class or two and a class of up to fourteen; a notebook (libreta) and WhatsApp today; her sister-in-law's shop of flamenco dresses (trajes de flamenca) 'eso es cosa suya, no de la academia', guitar lessons (clases de guitarra) 'quita eso'; the date of birth (fecha de nacimiento) taken off the pupils and the level (nivel) put on the classes after 'Change something' at 'Your data'",
    says: {
      overview:
        "¡Buenas a tos! Soy Rocío Vargas, de Triana de toa la vida. Mi madre, que en gloria esté, abrió la academia de baile en la calle Pagés del Corro en el 79, y ahora la llevamos mi hermana Macarena y yo. Damos sevillanas, rumba, alegrías y bulerías, a niñas chicas y a mujeres, que aquí no hay edad pa bailar. Hasta ahora las alumnas se apuntan por WhatsApp o en la puerta, y yo lo apunto to en una libreta, pero mi hermana apunta en su móvil y no me dice ná. En septiembre Macarena apuntó a doce niñas en la clase de los martes a las seis, y yo tenía otras diez apuntás en la libreta pa la misma clase. Veintidós niñas pa una sala donde caben catorce. Las madres en la puerta peleándose, una lo subió a Instagram y salió hasta en el Diario de Sevilla. Ozú, qué vergüenza más grande, illo, no podía ni salir a por el pan. Mi sobrino Álvaro estudia informática en la Universidad de Sevilla y dice que nos hace una página web.",
      more: "Las alumnas, o sus madres, se tienen que poder apuntar y pagar en la web sin hacerse cuenta, que la mitad no se acuerda ni de la contraseña. Mi hermana y yo lo vemos to, y el dinero también. La Lola, la otra profesora, tiene que ver las listas de sus clases, pero el dinero no.",
      walkthrough:
        "Así lo hacemos:\nLas clases son de lunes a jueves, de cinco de la tarde a diez de la noche.\nMáximo catorce alumnas por clase, que la sala no da pa más.\nLas niñas desde los cuatro años, y hasta los doce van a las clases de niñas.\nUna clase a la semana son 40 € al mes, dos clases son 70 €.\nLa matrícula son 25 €, una vez al año, en septiembre.\nEl mes se paga por adelantao antes del día 5, y si no está pagao no se entra en clase.\nCada alumna trae sus zapatos y su falda, aquí no se presta ná.\nEn Semana Santa y en la semana de Feria no hay clase.\nEn junio hay festival de fin de curso en el teatro, y las entradas pa las familias son a 8 €.",
      things:
        "Cada alumna tiene nombre, fecha de nacimiento, teléfono de la madre y si es niña o mayor. Cada clase tiene el día, la hora, el baile y la profesora. Y cada pago tiene la alumna, el mes, cuánto y pagao o no. Una alumna va a una clase o a dos, y en una clase hay hasta catorce alumnas.",
      thingsChange:
        "Espera, dos cosas. Quita la fecha de nacimiento de las alumnas, que con saber si es niña o mayor basta. Y pon el nivel en las clases, principiante, medio o avanzado.",
      extras: [
        "Mi cuñada tiene una tienda de trajes de flamenca en la calle Castilla, eso es cosa suya, no de la academia. Y la gente pregunta mucho si damos clases de guitarra, no damos, así que quita eso.",
        "Y ya está. Un besito, y olé.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Las alumnas se apuntan y pagan sin cuenta. Mi hermana y yo lo vemos to y el dinero. La Lola ve las listas de sus clases, el dinero no.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "las clases son de lunes a jueves de cinco de la tarde a diez de la noche",
        "máximo catorce alumnas por clase",
        "las niñas desde los cuatro años hasta los doce van a las clases de niñas",
        "una clase a la semana son 40 € al mes dos clases son 70 €",
        "la matrícula son 25 € una vez al año en septiembre",
        "el mes se paga por adelantao antes del día 5 si no está pagao no se entra en clase",
        "cada alumna trae sus zapatos y su falda",
        "en Semana Santa y en la semana de Feria no hay clase",
        "en junio hay festival de fin de curso en el teatro las entradas pa las familias son a 8 €",
      ],
      tables: [
        { name: "alumnas", fields: ["nombre", "teléfono de la madre", "niña o mayor"] },
        { name: "clases", fields: ["día", "hora", "baile", "profesora", "nivel"] },
        { name: "pagos", fields: ["alumna", "mes", "cuánto", "pagao o no"] },
      ],
      excluded: ["trajes", "guitarra"],
      background: ["libreta", "WhatsApp"],
    },
  },
  {
    id: "pankow-kleingartenkolonie",
    who: "A retired bus driver in Pankow, in the north of Berlin, for twelve years chairman (Vorsitzender) of an allotment colony (Kleingartenkolonie) of 86 plots (Parzellen), each with its summerhouse (Laube), and its waiting list of over a hundred, in Berlinerisch (never used before: German was written in Stuttgart and Bavarian, Swiss German, Alsatian, Luxembourgish, Low German, Swabian and Kölsch were written, Berlinerisch never; as he types it, in between, in an everyday spelling: \"Tach zusamm'\", 'Ick bin', 'jetze', 'allet', \"'n Ordner\", 'zwee', 'druff', 'jegeben', 'denn', 'die B.Z.', 'Laubenpieper', 'Dit war mir so peinlich', 'ham wa', 'keens', 'ooch', 'Jemüse', 'is nich', 'keen Rasenmäher', 'Keene Ausnahmen', 'dit is seine Sache, nich unsre', 'dit lasst ma schön weg', \"Macht's jut\", 'schönen Jruß aus Pankow'): a program on the computer in the clubhouse (Vereinsheim) without internet, for him and the treasurer each with their own password and the plot holders (Pächter) not using it but getting their bills on paper, the summerhouse 24 square metres at most with its covered terrace, a third of the garden fruit and vegetables, the hedge 1.25 metres at most, nobody living in the summerhouse even in summer, quiet from 1 to 3 and no mower on Sundays, the rent 40 cents a square metre a year paid by the 31st of March, water by the meter at 2.50 euros a cubic metre read in October, 6 hours of communal work a year and 15 euros for each hour missed, free plots going by the waiting list with no exceptions, not even for family; records spread over sentences ('Also, da sind die Parzellen, mit …', 'Denn die Pächter, mit …', 'Und die Warteliste, mit …'), a plot one holder's and over a hundred on the waiting list; a folder in the clubhouse and meter readings in an exercise book (Heft) today; his brother-in-law's corner shop (Späti) 'dit is seine Sache, nich unsre', beehives (Bienenvölker) 'dit lasst ma schön weg'; whether the summerhouse has electricity (ob die Laube Strom hat) put on the plots at the review",
    says: {
      overview:
        "Tach zusamm'! Ick bin Manfred Kaczmarek, 71, früher Busfahrer bei der BVG, und seit zwölf Jahren Vorsitzender von der Kleingartenkolonie „Frohe Zukunft“ in Pankow, 86 Parzellen. Bis jetze läuft allet über Papier: die Warteliste is 'n Ordner im Vereinsheim, und die Wasseruhren schreib ick mit Kuli in 'n Heft. Vorletztes Jahr hat mein Stellvertreter die Parzelle 47 an seinen Schwager jegeben, einfach so, an der Warteliste vorbei, und 'ne Familie mit zwee Kindern stand da seit sechs Jahren druff. Die Mutter is zur B.Z. jegangen, und denn stand da „Laubenpieper-Filz in Pankow“, mit 'nem Foto von unserm Tor. Dit war mir so peinlich, ick wär am liebsten im Boden vasunken. Mein Enkel studiert Informatik an der HTW, und der macht uns jetze 'n Programm für'n Computer im Vereinsheim.",
      more: "Nur ick und unsre Kassiererin, die Renate, arbeiten damit, am Computer im Vereinsheim, jeder mit seinem eijenen Passwort. Die Pächter brauchen dit nich, die kriegen ihre Rechnung wie immer uff Papier. Internet ham wa im Vereinsheim keens, brauchen wa ooch nich.",
      walkthrough:
        "Also, so läuft dit bei uns:\nDie Laube darf höchstens 24 Quadratmeter haben, mit überdachter Terrasse.\nEen Drittel vom Garten muss Obst und Jemüse sein, dit is Gesetz.\nDie Hecke höchstens 1,25 Meter hoch.\nWohnen in der Laube is nich, ooch nich im Sommer.\nMittagsruhe is von 13 bis 15 Uhr, und sonntags keen Rasenmäher.\nDie Pacht is 40 Cent der Quadratmeter im Jahr, zu bezahlen bis 31. März.\nWasser jeht nach Zähler, 2,50 Euro der Kubikmeter, abjelesen wird im Oktober.\nJeder Pächter macht 6 Stunden Gemeinschaftsarbeit im Jahr, jede Stunde, die fehlt, kostet 15 Euro.\nFreie Parzellen jehn nach der Warteliste, wer zuerst druffsteht, kriegt zuerst. Keene Ausnahmen, ooch nich für Verwandte.",
      things:
        "Also, da sind die Parzellen, mit Nummer, Größe in Quadratmetern und Nummer vom Wasserzähler. Denn die Pächter, mit Name, Adresse, Telefon und welche Parzelle. Und die Warteliste, mit Name, Telefon und seit wann se druffstehn. Eene Parzelle hat eenen Pächter, und uff der Warteliste stehn über hundert Leute.",
      extras: [
        "Mein Schwager Dieter hat den Späti vorne an der Ecke, dit is seine Sache, nich unsre. Und die Leute fragen dauernd, ob wa ooch Bienenvölker uffstellen, nee, dit lasst ma schön weg.",
        "Dit wär's. Macht's jut, und schönen Jruß aus Pankow!",
      ],
    },
    picks: {
      Kind: ["Something else", "'N Programm für'n Computer im Vereinsheim, ohne Internet"],
      Accounts: "Ick und die Renate, jeder mit eijenem Passwort. Die Pächter nich.",
    },
    atReview: [
      "Fast jut. Eene Sache noch: schreibt bei den Parzellen dazu, ob die Laube Strom hat, dit will der Stromversorger jedes Jahr wissen.",
      "Jetze passt dit. Danke schön!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "die Laube darf höchstens 24 Quadratmeter haben mit überdachter Terrasse",
        "een Drittel vom Garten muss Obst und Jemüse sein",
        "die Hecke höchstens 1,25 Meter hoch",
        "wohnen in der Laube is nich ooch nich im Sommer",
        "Mittagsruhe is von 13 bis 15 Uhr sonntags keen Rasenmäher",
        "die Pacht is 40 Cent der Quadratmeter im Jahr zu bezahlen bis 31. März",
        "Wasser jeht nach Zähler 2,50 Euro der Kubikmeter abjelesen wird im Oktober",
        "jeder Pächter macht 6 Stunden Gemeinschaftsarbeit im Jahr jede Stunde die fehlt kostet 15 Euro",
        "freie Parzellen jehn nach der Warteliste wer zuerst druffsteht kriegt zuerst keene Ausnahmen",
      ],
      tables: [
        {
          name: "Parzellen",
          fields: ["Nummer", "Größe in Quadratmetern", "Nummer vom Wasserzähler", "ob die Laube Strom hat"],
        },
        { name: "Pächter", fields: ["Name", "Adresse", "Telefon", "welche Parzelle"] },
        { name: "Warteliste", fields: ["Name", "Telefon", "seit wann se druffstehn"] },
      ],
      excluded: ["Späti", "Bienen"],
      background: ["Ordner", "Heft"],
    },
  },
];
