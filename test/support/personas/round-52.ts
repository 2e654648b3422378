import type { Persona } from "../persona-driver.js";

/**
 * The fifty-second round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records told in sentences ("Every customer has
 * …", "Һәр клиентның … бар"), after colons inline ("The visitors: name, email, phone …"),
 * after colons on lines, after dashes on lines and in brackets inline. Eight write in
 * English, each in their own English and their own register, none of them used before
 * (every round-*.ts, index.ts and held-out.ts was searched, their doc comments and every
 * `who`: the Scots Englishes of Glasgow, Leith, Wester Ross, Huntly, Broughty Ferry,
 * Hawick, Shetland and Stromness were used and the Gaelic of Lewis was written, no English
 * of Fife was, nor "Fife", "Cupar", "Ceres", "Bow Butts", "stooshie", "caber" or
 * "Bannockburn", "masel'" only in the Ulster Scots of mid-Antrim and "heavies" only inside
 * "heaviest"; the Englishes of the north at Whitehorse, Iqaluit, Goose Bay and La Ronge and
 * of Sudbury and the Gaspé were used, no English of the Northwest Territories was, nor
 * "Yellowknife", "Great Slave", "float plane", "freeze-up" or "mahsi", "breakup" only as
 * the end of a Whitehorse aurora season; the Aboriginal English of Fitzroy Crossing, the
 * Territory English of Humpty Doo, the bush English of Central Queensland, the Tasmanian
 * English of the Meander Valley and the Englishes of Griffith, Kalgoorlie, Thursday Island,
 * Bankstown, Oakleigh and Salisbury were used, no English of the far west of New South
 * Wales was, nor "Broken Hill", "Silver City", "SA time", "Menindee", "Wilcannia", "road
 * train" or "went crook"; the Ghanaian English of a Kumasi susu collector was used, no
 * English of northern Ghana was, nor "Dagbani", "Dasiba", "Choggu", "Daboya", "Damba",
 * "fugu", "batakari", "smock" or "Naawuni", "Tamale" only inside "tamales"; Japanese was
 * written in its own script and Hawai'i's local English with Pidgin was used, no English of
 * Japan was, nor "Okinawa", "Yomitan", "Haisai", "Uchinanchu", "awamori", "shitsugi" or
 * "Nifee deebiru", "kusu" only inside "kusukela" and "okusun"; Spanish was written as
 * Mexican Spanish, Guarani was written in Itauguá and the English of camp on West Falkland
 * was used, no English of Argentina was, nor "Argentina", "Hurlingham", "General
 * Rodríguez", "quilombo", "remis", "petisero" or "chukka", "asado" only inside a Galician
 * "pasado" and "che" only as a Guarani "Che", an Italian "che" and the end of "Thuk-je-che";
 * the Englishes of the Bronx, Baltimore, Chicago's South Side, Atlanta, Memphis, East
 * Oakland and Detroit's east side were used, no English of Washington, DC was, nor
 * "Congress Heights", "the DMV",
 * "go-go", "moe", "bamma", "mumbo sauce" or "Chocolate City", "DC" only as a Walmart
 * distribution centre in Mississauga; Dutch was written in Utrecht, West Frisian,
 * Papiamentu, Sranan and Afrikaans were written and the Pennsylvania Dutch English of
 * Lancaster County was used, no English of the Netherlands was, nor "Rotterdam",
 * "Kralingen", "korfball", "KNKV", "Clubactie" or "doei", "Hoi" only in a Swiss German "Hoi
 * zäme" and a brogue's "hoi toide"): the Yellowknife English of Old Town, in lower-case
 * fragments ("yk", "old town", "the bay", "down south", "breakup", "freeze-up", "the dock
 * shack", "the odd mine crew", "rn", "not us", "nah we quit those", "mahsi cho"), the
 * Anglo-Argentine English of Hurlingham, in long paragraphs ("one of the Anglo-Argentines",
 * "tea at five", "the camp", "a real quilombo", "che", "the remis", "the head petisero",
 * "chukkas", "the asado", "it's the insurance", "nothing to do with us", "we don't do
 * rooms", "Un beso"), the Okinawan English of Yomitan, in short plain sentences ("Haisai",
 * "Uchinanchu", "kusu", "kame", "shitsugi", "the mainland", "please do not put it", "We do
 * not do tours", "Nifee deebiru"), the Dagbani-coloured English of Tamale, in long
 * paragraphs ("Dasiba", "the Northern Region", "fugu", "batakari", "the chiefs", "Damba",
 * "so you can imagine", "MoMo", "the VIP bus", "UDS", "it is not our work", "please leave
 * the hats", "Naawuni ni ti a alibarika"), the DC English of Congress Heights, in lower-case
 * fragments ("wassup", "southeast", "the dmv", "crankin", "moe", "unc", "subbin", "stay wit
 * us", "thats his thing not ours", "thats a dub", "dont mute dc"), the Fife English of
 * Cupar, in between ("the Kingdom o Fife", "fae hame", "the heavies", "masel", "an awfy
 * stooshie", "wrang", "gien", "disnae", "oot", "baith", "ower", "no oors", "leave it oot"),
 * the Broken Hill English of the far west, in between ("G'day", "born and bred", "the
 * Silver City", "the Hill", "SA time", "the station blokes", "the waters", "went crook", "a
 * road train", "another mob altogether", "leave them out", "Ta, see ya"), and the Dutch
 * English of Rotterdam, in between ("Hoi", "Kralingen", "the canteen", "the KNKV", "it's
 * Rotterdam, no nonsense", "very embarrassing", "they do enough already", "that's for the
 * board, not for us", "we skip that", "doei"). One writes in Tatar (never used before:
 * Russian, Kazakh, Kyrgyz, Tajik, Belarusian, Bulgarian, Macedonian and Serbian were
 * written in Cyrillic and Uzbek in Latin letters, Tatar never, nor "Tatar", "Исәнмесез",
 * "мунча", "себерке", "Лаеш" or "рәхмәт", "казан" only inside a Belarusian "паказанні"; in
 * Cyrillic with its ә, ө, ү, җ, ң and һ, as a woman with two village bathhouses on the Kama
 * types it, in between, with the Russian words Tatars really mix in: "мунча", "мунчачы",
 * "Кама буе", "КФУ", "информатика", "сайт", "заказ", "аккаунт", "задаток", "СБП", "карта",
 * "акчалата", "сум", "себерке", "квадроцикл", "массаж", "анысы безнең эш түгел", "моны
 * кертмәгез", "юк, кирәкми", "Зур рәхмәт"), and one in Hausa (never used before: the English
 * of Kano with its Hausa words was used, "Na gode sosai" its last words, Yoruba was written
 * and Nigerian Igbo English used, Hausa itself never, nor "Zariya", "Sunana", "raguna",
 * "Babbar Sallah", "kwamfuta" or "Mun gode"; as a ram seller in Tudun Wada, Zaria types it,
 * in short plain sentences, without the hooked letters as most phones type it, with the
 * English words Zaria really mixes in: "Sunana", "raguna", "rago", "Babbar Sallah",
 * "Karamar Sallah", "oda", "transfer", "POS", "tsabar kudi", "rasiti", "kwamfuta",
 * "program", "ofis", "NEPA", "internet", "password", "computer science", "ABU",
 * "akawunta", "wannan ba namu ba ne", "kar ku saka", "Mun gode").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for polo days at an estancia near General Rodríguez (October to April and never on a
 * Monday, US$ 220 a person with the lesson, two chukkas, the asado and the wine, half for
 * 12 to 16 and nobody under 12 on a horse, 2 to 8 a group, weight and riding asked and
 * nobody over 100 kilos, a US$ 90 remis, 30% by card and the rest on the day, a rained-off
 * day moved or all the money back, the 30% back 7 days ahead, their helmets on everyone), a
 * Kralingen korfball club's duties (4 bar shifts a season from 16 and a parent's below, 2
 * hours on a Saturday, a club referee for every youth home match, 4 players a car and 3
 * drives a family, swaps arranged yourself, €25 for a missed duty, no bar shifts for
 * trainers and the board, an email 3 days ahead, the schedule 2 weeks before the first
 * match) and two village bathhouses on the Kama (10 to midnight and shut on Monday, 2 hours
 * at least, 2,500 and 1,500 roubles an hour and 500 more at the weekend, a 1,000 rouble
 * deposit by card or SBP, 24 hours to cancel, brooms at 300 and 400, children under 14 with
 * adults, no alcohol and nobody drunk), the first in Laravel with MySQL; phone apps for a
 * Yellowknife float plane dock (breakup to freeze-up, every passenger and bag weighed, 5
 * people or 1,200 lb and 9 or 2,000 lb, $1,450 and $2,100 an hour both ways, half by
 * e-transfer, the pilot's weather call and nobody paying on a no-go, weathered-out pickup
 * days on them, no gas, propane or bear spray in the cabin, 72 hours to cancel) and a
 * Tamale smock group (three weeks ahead and six before Damba and Independence Day, GH₵ 250,
 * GH₵ 650 and GH₵ 1,500, half by MoMo first, colours fixed once the weaving starts, one
 * weaver and one sewer a smock, GH₵ 12 a yard and GH₵ 120 a smock, the VIP bus at the
 * customer's cost, a month to collect), the second in React Native; programs on an office
 * computer for a Yomitan awamori distillery's kusu jars (its own awamori in its own jars,
 * ¥38,000, ¥55,000 and ¥160,000, ¥6,000 a year every April, 3 years before a jar goes home,
 * shitsugi every November at ¥2,000, the owner or a letter and ID, a call and a letter
 * after 2 years unpaid, pick up only) and a Zaria ram seller's Sallah orders (from the
 * Small Sallah to a month before the Big, a number on every ear, ₦180,000, ₦300,000 and
 * ₦450,000, ₦50,000 first, all paid two weeks before, a receipt for every payment, a
 * smaller ram or the money less ₦10,000, no sick ram and the vet before delivery, free in
 * Zaria and ₦5,000 to Kaduna, delivered from three days before); a service without
 * screens, in Rust with SQLite, for a Broken Hill goat depot that a musterers' phone app
 * and an office dashboard call (Monday to Friday 7 till 3 on SA time, no PIC no goats, an
 * NLIS tag on every goat, no kids under 12 kilos, nannies heavy in kid or crook goats,
 * $3.80, $3.20 and $3.40 a kilo, $1.50 a head off, 3 days on water and hay, 900 head on the
 * Thursday road train to Charlton, EFT within 7 days); a Python library for the Ceres
 * Highland Games' heavy events (five events, the best of three throws in feet and inches,
 * fouls, the bar from 10 foot up 6 inches with three goes, the caber by the clock or by its
 * degrees, 10 down to 1 point for the first eight, ties taking the higher place, the
 * champion on points with the caber breaking a tie, everything written out); and a
 * command-line tool in TypeScript with SQLite for a Congress Heights go-go band's gigs
 * (half the fee down, no Sunday gigs before 4, 4 hours and $300 an hour over, $250 and $100
 * off the top, 20% to the leader and the rest even, a sub on the cut of who he subs for, 14
 * days to cancel, 2 gigs a night 2 hours apart, Cash App by the next day), with commands
 * and flags. The Yellowknife dock woman and the Congress Heights IT man answer in
 * lower-case fragments, the Hurlingham estancia woman and the Tamale smock maker in long
 * paragraphs, the Yomitan distiller's son and the Zaria ram seller in short plain
 * sentences, the others in between.
 *
 * Relations said plainly ("every trip is 1 plane n 1 pilot", "Every booking is for one
 * day, and a booking can have several visitors in it", "One owner can have many jars",
 * "One customer can have many orders, and every order is for one smock", "every gig is at
 * one venue", "Every load is from one musterer and goes in one pen", "Every member plays in
 * one team", "Бер язылу бер клиентныкы", "Kowane oda na mai saye daya ne"); allowed values
 * in the lists and sentences themselves (weather go or no-go, rained off or not, the remis
 * or not, quiet or not, shitsugi yes or no, half paid or not, collected or not, deposit
 * paid y/n, sub y/n, paid y/n, home or away, bar or referee or driving, done or not,
 * задаток түләнгәнме-юкмы, an kai ko ba a kai ba) and in brackets (the jars' kame, a ram's
 * size karami, matsakaici ko babba); background on a whiteboard and in a binder, in a paper
 * diary and emails, in a ledger and faxes, in an exercise book and on a piece of paper tied
 * on the strips, in a composition book and a group text, on scoresheets, a calculator and
 * a blackboard, in a spiral notebook and a spreadsheet, in an Excel list and WhatsApp
 * groups, in a дәфтәр and on a календарь, in a littafi and an akwati; technology named as
 * Laravel with MySQL, React Native, Rust with SQLite, Python and TypeScript with SQLite,
 * and none at all by five of them; "no" said as "not us", "nah we quit those", "that's his
 * business, nothing to do with us", "we don't do rooms", "please do not put it", "We do not
 * do tours", "it is not our work", "please leave the hats", "thats his thing not ours",
 * "thats a dub", "that's their business, no oors", "leave it oot", "another mob
 * altogether, not ours", "leave them out", "that's for the board, not for us", "we skip
 * that", "анысы безнең эш түгел", "моны кертмәгез", "юк, кирәкми", "wannan ba namu ba ne",
 * "kar ku saka yanka"; while rules keep their "no" ("no guessing", "nobody pays", "no gas,
 * propane or bear spray in the cabin", "never on a Monday", "nobody under 12 gets on a
 * horse", "nobody over 100 kilos rides", "no exceptions", "Nobody can take a jar home
 * before 3 years", "We do not send jars", "we do not start the weaving", "cannot be
 * changed", "the half is not returned", "no gigs on sunday before 4", "no more than 2
 * gigs", "disnae count", "naebody else gets any", "No PIC number, no goats", "We don't take
 * kids under 12 kilos", "don't do bar shifts", "исерткеч эчемлекләр ярамый", "исерек
 * кешене кертмибез", "Ba ma sayar da rago mara lafiya").
 *
 * The Hurlingham estancia woman takes the country off the visitors and puts the hotel on
 * the bookings, the Kralingen secretary takes the training day off the teams and puts
 * swapped with on the duties, and the bathhouse woman takes the email (электрон почтасы)
 * off the customers (клиентлар) and puts the car number (машина номеры) on the bookings
 * (язылулар), each after "Change something" at "Your data"; the Yellowknife dock woman puts
 * the pickup date on the trips, the Yomitan distiller's son puts the opening date on the
 * jars, the Cupar developer takes the £50 bonus for a games record out of the results and
 * the Zaria ram seller puts the weight (nauyi) on the rams (raguna), each at the review.
 * Tatar is compared, as Kazakh and Kyrgyz were, by its letters in Latin script, and Hausa,
 * typed without its hooked letters, by its own words, so their expected words are in the
 * forms the person used (as "зур мунча 10 кешегә кадәр сәгате 2500 сум", "gama biya mako
 * biyu kafin Sallah"); every expected feature was checked to be in one sentence the person
 * said, and the excluded words of all ten were checked not to read like anything they
 * want (not "horses" for the brother-in-law's horse sales, when horses are the whole day,
 * but "horse sales"; not "shop" alone for the souvenir shop, but "souvenir"; not "flights"
 * for the scenic flights, when every trip is a flight, but "scenic"; not "smock" for the
 * sister-in-law's smock hats, but "hats"; not "band" for the band t-shirts, but
 * "t-shirts"; not "games" or "Highland" for the dancing, but "dancing"; not "goats" or
 * "chiller" for the roo shooters, but "kangaroos"; not "board" for the sponsors' boards,
 * when board members are in a rule, but "sponsors"; not "мунча" for the quad bikes, but
 * "квадроцикл"; not "rago" for the slaughtering, but "yanka").
 */
export const FIFTY_SECOND_ROUND: readonly Persona[] = [
  {
    id: "yellowknife-float-plane-dock",
    who: "A woman in Old Town, Yellowknife, who with her father, the chief pilot, runs a little float plane outfit off their dock on the bay with a Beaver and an Otter, flying fishermen, cabin people, prospectors and the odd mine crew out to the lakes, in the Yellowknife English of the Northwest Territories, in lower-case fragments ('yk', 'old town', 'the bay', 'down south', 'breakup', 'freeze-up', 'the dock shack', 'the odd mine crew', 'rn', 'not us', 'nah we quit those', 'mahsi cho'): a phone app on the dock, where the signal is fine, for her and her father to see everything and the pilots their own trips, the float season from breakup to freeze-up (mid June to early October), every passenger and every bag weighed on the dock scale, the Beaver 5 people or 1,200 lb and the Otter 9 people or 2,000 lb, $1,450 and $2,100 an hour both ways, half up front by e-transfer and the rest after landing, the pilot's weather call with nobody paying on a no-go, the extra days on them when the weather keeps them from a pickup, no gas, propane or bear spray in the cabin, the deposit back on a cancel 72 hours ahead; records after dashes on lines with weather go or no-go in them, every trip one plane and one pilot and every passenger on one trip; a whiteboard in the dock shack and a binder for the weights today; her cousin's airport shuttle 'not us', scenic flights over the city 'nah we quit those'; the pickup date put on the trips at the review",
    says: {
      overview:
        "hey. jolene here, old town in yk. me n my dad run a little float plane outfit off our dock on the bay, a beaver n an otter. we fly fishermen out to the lakes, cabin people, prospectors, the odd mine crew. rn its a whiteboard in the dock shack n a binder for the weights. last august we had 2 groups booked on the otter same morning, one from down south n one local, both standing on the dock w their coolers n their kids. dad was not happy. so im getting an app made",
      more: "just phones on the dock, signal's fine in town. me n dad see everything, the pilots see their own trips. customers dont log in, they call or email",
      walkthrough:
        "ok how it works\n- float season is breakup to freeze-up, mid june to early october\n- every passenger n every bag gets weighed on the dock scale, no guessing\n- beaver takes 5 people or 1,200 lb, otter 9 people or 2,000 lb, whichever comes first\n- beaver is $1,450 an hour, otter $2,100, both ways, the plane's gotta come home\n- half up front by e-transfer when u book, rest after u land\n- pilot makes the weather call, no-go n nobody pays, we rebook\n- cant get in for a pickup cuz of weather, the extra days are on us\n- no gas, propane or bear spray in the cabin, it goes in the float or stays on the dock\n- cancel 72 hrs ahead n the deposit comes back, after that its ours",
      things:
        "- planes - reg, type, seats, max load\n- pilots - name, phone\n- trips - plane, pilot, date, lake, weather go or no-go\n- passengers - name, weight, bags, trip\nevery trip is 1 plane n 1 pilot. every passenger is on 1 trip",
      extras: [
        "the airport shuttle is my cousin's, not us. n ppl ask for scenic flights over the city, nah we quit those",
        "thats it",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "me n dad see everything. the pilots log in n see their own trips. customers dont log in",
    },
    atReview: [
      "good. 1 thing, put the pickup date on the trips, for the guys we drop off n go back for",
      "thats it. mahsi cho",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "float season breakup to freeze-up mid june to early october",
        "every passenger n every bag weighed on the dock scale",
        "beaver 5 people or 1,200 lb otter 9 people or 2,000 lb",
        "beaver $1,450 an hour otter $2,100 both ways",
        "half up front by e-transfer rest after u land",
        "pilot makes the weather call no-go nobody pays we rebook",
        "cant get in for a pickup cuz of weather extra days are on us",
        "no gas propane or bear spray in the cabin goes in the float",
        "cancel 72 hrs ahead deposit comes back",
      ],
      tables: [
        { name: "planes", fields: ["reg", "type", "seats", "max load"] },
        { name: "pilots", fields: ["name", "phone"] },
        { name: "trips", fields: ["plane", "pilot", "date", "lake", "weather go or no-go", "pickup date"] },
        { name: "passengers", fields: ["name", "weight", "bags", "trip"] },
      ],
      excluded: ["shuttle", "scenic"],
      background: ["whiteboard", "binder"],
    },
  },
  {
    id: "general-rodriguez-polo-days",
    who: "A woman born in Hurlingham, one of the Anglo-Argentines, whose great-grandfather came out from Liverpool for the railways and who with her husband has a small polo estancia in the camp near General Rodríguez with about forty horses, doing polo days for visitors from October to April, in the Anglo-Argentine English of Hurlingham, in long paragraphs ('one of the Anglo-Argentines', 'tea at five', 'the camp', 'a real quilombo', 'che', 'the remis', 'the head petisero', 'chukkas', 'the asado', \"it's the insurance\", 'nothing to do with us', \"we don't do rooms\", 'Un beso'): a website where visitors see the free days, book and pay the deposit without an account, she and her husband see everything and the head groom the people coming each day, Tuesday to Sunday and never on a Monday, US$ 220 a person with the lesson, two chukkas, the asado and the wine, half for 12 to 16 and nobody under 12 on a horse, 2 to 8 in a group, everyone's weight and riding (none, some or a lot) and nobody over 100 kilos riding, a remis from the hotel at US$ 90 the car there and back, 30% by card when booking and the rest on the day in cash, dollars or pesos, a rained-off day moved or all the money back, the 30% back on a cancel 7 days ahead, one of their helmets on everyone; records after colons inline with rained off or not, the remis or not and quiet or not in them, every booking for one day with several visitors in it; a paper diary and emails today; her brother-in-law's horse sales to the States \"that's his business, nothing to do with us\", staying the night \"we don't do rooms\"; the country taken off the visitors and the hotel put on the bookings after 'Change something' at 'Your data'; Laravel and MySQL",
    says: {
      overview:
        "Hello there! I'm Fiona Maxwell, though everybody here calls me Fio. I was born in Hurlingham, my great-grandfather came out from Liverpool to work on the railways, and I went to an English school, so I'm one of the Anglo-Argentines, as they call us, tea at five on weekdays and an asado on Sundays. My husband Martín and I have a small polo estancia out in the camp near General Rodríguez, about an hour from Buenos Aires, with about forty horses, and from October to April we do polo days for visitors, mostly Americans and English and lately loads of Brazilians. Right now everything goes in a paper diary on the kitchen table and about a hundred emails, and honestly it's a real quilombo, che. Last March we had a group of six from Texas arrive in a remis at nine in the morning on a day I had already given to a group of eight from São Paulo, and I had fourteen people and not nearly enough quiet horses, and poor Martín practically played a chukka on foot. My son-in-law is a developer in Córdoba and he says he'll build us a proper website.",
      more: "The visitors should be able to see which days are free, book and pay the deposit on the website without making an account, nobody wants another password when they're on holiday. Martín and I see everything, the money too. Ramón, the head petisero, just needs to see how many people are coming each day and who they are, so he can have the right horses ready.",
      walkthrough:
        "Right, so this is how the polo days work, and I've been doing it long enough to have heard everything.\n\nWe do polo days from October to April, Tuesday to Sunday, never on a Monday, because the horses rest on Mondays and so does Martín.\n\nA day is US$ 220 a person, and that's the lesson, two chukkas, the asado and the wine, and children from 12 to 16 pay half, but nobody under 12 gets on a horse, I'm sorry, it's the insurance.\n\nA group can be two people at the very least and eight at the most, because we only have so many quiet horses.\n\nEverybody has to tell us their weight and how much they've ridden, none, some or a lot, so Ramón can give them the right horse, and nobody over 100 kilos rides, the horses come first.\n\nWe can send a remis to their hotel in Buenos Aires, and that's US$ 90 for the car, there and back.\n\nThey pay 30% by card when they book, and the rest on the day in cash, dollars or pesos.\n\nIf it rains the day is moved to another day or we give all the money back, whichever they like.\n\nIf they cancel 7 days before or more they get the 30% back, and after that we keep it.\n\nAnd everybody wears one of our helmets, no exceptions, I don't care how many times they've played in Texas.",
      things:
        "The visitors: name, email, phone, country, weight and how much they've ridden. The days: the date, how many places are left and rained off or not. The bookings: the day, how many people, the remis or not, the 30% paid and the rest paid. The horses: name, age and quiet or not. Every booking is for one day, and a booking can have several visitors in it.",
      thingsChange:
        "Two things, che. Take the country off the visitors, we never look at it. And put the hotel on the bookings, for the remis.",
      extras: [
        "My brother-in-law does the horse sales to the States, the polo ponies, that's his business, nothing to do with us, leave it out. And people always ask if they can stay the night, but we're an estancia, not a guest house, we don't do rooms.",
        "That's all, thank you ever so much. Un beso!",
      ],
      tech: "My son-in-law, Nico, says Laravel with MySQL, that's what he uses at work in Córdoba.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Martín and I see everything, the money too. Ramón logs in and sees the people coming each day. Visitors book without an account, just their name, email and phone.",
      "Your data": ["Change something", "Looks right"],
      Technology: "I have preferences",
      "Front end": "Laravel with Blade",
      "Back end": "Laravel",
      Database: "MySQL",
    },
    expect: {
      kind: "web app",
      features: [
        "October to April Tuesday to Sunday never on a Monday",
        "US$ 220 a person lesson two chukkas asado wine children 12 to 16 half nobody under 12",
        "two people at the very least eight at the most",
        "weight how much they've ridden none some or a lot nobody over 100 kilos",
        "remis to their hotel in Buenos Aires US$ 90 for the car there and back",
        "30% by card when they book rest on the day in cash dollars or pesos",
        "rains moved to another day or all the money back",
        "cancel 7 days before or more 30% back after that we keep it",
        "everybody wears one of our helmets no exceptions",
      ],
      tables: [
        { name: "visitors", fields: ["name", "email", "phone", "weight", "how much they've ridden"] },
        { name: "days", fields: ["date", "how many places are left", "rained off or not"] },
        {
          name: "bookings",
          fields: ["day", "how many people", "remis or not", "30% paid", "rest paid", "hotel"],
        },
        { name: "horses", fields: ["name", "age", "quiet or not"] },
      ],
      excluded: ["horse sales", "rooms"],
      background: ["paper diary", "hundred emails"],
      stack: ["Laravel", "MySQL"],
    },
  },
  {
    id: "yomitan-awamori-kusu-jars",
    who: "The son of a small awamori distillery in Yomitan, Okinawa, four generations old, who studied in Hawaii, in the Okinawan English of Yomitan, in short plain sentences ('Haisai', 'Uchinanchu', 'awamori', 'kusu', 'kame', 'shitsugi', 'the mainland', 'please do not put it', 'We do not do tours', 'Nifee deebiru'): a program on the office computer, with no login, for his mother and him, customers keeping their own awamori at the distillery to age into kusu (a jar bought when a baby is born and opened at the 20th birthday), only the distillery's own awamori in its own jars, a 3 liter jar ¥38,000, a 5 liter ¥55,000 and an 18 liter ¥160,000, keeping ¥6,000 a year a jar paid every April, no jar home before 3 years, shitsugi every November with younger awamori if the owner says yes at ¥2,000, the jar only to the owner or someone with the owner's letter, showing ID, a call and a letter after 2 years unpaid, nothing sent to the mainland and pick up only; records in brackets inline with shitsugi yes or no in them, an owner with many jars, every jar one owner's and every payment for one jar; a big ledger and faxes today; the souvenir shop 'please do not put it', distillery tours 'We do not do tours'; the opening date put on the jars at the review",
    says: {
      overview:
        "Haisai. My name is Kenta Higa. I am from Yomitan, in Okinawa. We are Uchinanchu, Okinawan people. My family has a small awamori distillery, four generations. I studied in Hawaii, so I can write English. Many customers keep their own awamori at our distillery to make kusu. Kusu is old awamori. Parents buy a jar when a baby is born, and they open it at the 20th birthday. Now my father writes everything in a big ledger. Some customers send a fax, some call. Last year we opened the wrong jar at a 20th birthday party. It was the jar of another family. My father was very sad. So I will make a program for the office computer.",
      more: "The program is only for the office computer. Only my mother and me use it. No login. The internet is fine, but we do not need it.",
      walkthrough:
        "These are our rules.\nWe keep only our own awamori, in our own jars (kame).\nA 3 liter jar is ¥38,000, a 5 liter jar is ¥55,000, and an 18 liter jar is ¥160,000, with the awamori inside.\nKeeping is ¥6,000 a year for each jar, paid every April.\nNobody can take a jar home before 3 years, because before 3 years it is not kusu.\nEvery November we do shitsugi, we add younger awamori to the old jar if the owner says yes, for ¥2,000 each time.\nOnly the owner, or a person with a letter from the owner, can take the jar, and they must show ID.\nIf the keeping is not paid for 2 years, we call and send a letter.\nWe do not send jars by post or by ship to the mainland, it is pick up only.",
      things:
        "Jars (number, size, date filled, owner, shitsugi yes or no). Owners (name, address, phone, the child's name, the child's birthday). Payments (jar, year, amount, date paid). One owner can have many jars. Every jar has one owner. Every payment is for one jar.",
      extras: [
        "We have a small souvenir shop for tourists, but the shop is separate, please do not put it. And some people ask for distillery tours. We do not do tours.",
        "Nothing more. Thank you.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No login. Only my mother and me use the office computer.",
    },
    atReview: [
      "It is good. One more thing, please add the opening date to the jars, like the 20th birthday, so we can make the jar ready.",
      "That is all. Nifee deebiru.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "only our own awamori in our own jars",
        "3 liter jar ¥38,000 5 liter jar ¥55,000 18 liter jar ¥160,000",
        "keeping ¥6,000 a year for each jar paid every April",
        "nobody can take a jar home before 3 years",
        "every November shitsugi younger awamori owner says yes ¥2,000 each time",
        "only the owner or a person with a letter from the owner can take the jar show ID",
        "keeping not paid for 2 years call and send a letter",
        "do not send jars by post or by ship to the mainland pick up only",
      ],
      tables: [
        {
          name: "jars",
          fields: ["number", "size", "date filled", "owner", "shitsugi yes or no", "opening date"],
        },
        { name: "owners", fields: ["name", "address", "phone", "child's name", "child's birthday"] },
        { name: "payments", fields: ["jar", "year", "amount", "date paid"] },
      ],
      excluded: ["souvenir", "tours"],
      background: ["ledger", "fax"],
    },
  },
  {
    id: "tamale-smock-orders",
    who: "A woman at Choggu in Tamale, in the Northern Region of Ghana, who leads a group of smock makers, weavers in Daboya who weave the narrow strips and sewers in Tamale who sew them into smocks (fugu, batakari) for people in Tamale, the chiefs and customers in Kumasi and Accra, in the Dagbani-coloured English of Tamale, in long paragraphs ('Dasiba', 'the Northern Region', 'fugu', 'batakari', 'the chiefs', 'Damba', 'so you can imagine', 'please', 'MoMo', 'the VIP bus', 'UDS', 'it is not our work', 'please leave the hats', 'Naawuni ni ti a alibarika'): a phone app that works without network in Daboya and sends later, in React Native, for her to see everything and the money, the weavers the orders they weave and the sewers the smocks they sew, orders taken three weeks at least before the day because the weaving alone takes two, orders closed six weeks before Damba and Independence Day, a child's smock GH₵ 250, a normal one GH₵ 650 and the full set with the trousers GH₵ 1,500, half by MoMo when ordering and the rest on collection with no weaving before the half, colours chosen from the samples and not changed once the weaving starts, one weaver and one sewer for every smock, weavers GH₵ 12 a yard of strip with about 30 yards to a normal smock, sewers GH₵ 120 a smock, the VIP bus to Kumasi and Accra at the customer's cost, a smock not collected a month after the day sold to somebody else with the half kept; records told in sentences ('Every customer has …') with half paid or not and collected or not in them, a customer with many orders and every order one smock; a big exercise book and a piece of paper tied on the strips today; kente 'it is not our work', her sister-in-law's smock hats 'please leave the hats'; React Native",
    says: {
      overview:
        "Dasiba. My name is Mariama Alhassan and I live at Choggu in Tamale, in the Northern Region of Ghana. I am the leader of a group of smock makers, we are nine women and six men. Our weavers are in Daboya, they weave the narrow strips on the looms, and we the sewers here in Tamale join the strips and sew the smocks, what some people call fugu and others call batakari. We sell to people here in Tamale, to the chiefs, and to people in Kumasi and Accra who want to wear a smock for Independence Day or a wedding or a funeral. Now we write all the orders in one big exercise book, and when the strips come from Daboya we tie a piece of paper with the customer's name on them. Last year before the Damba festival two customers came for the same blue and white smock on the same day, because the paper had fallen off, and one of them was a chief's son, so you can imagine. My nephew has finished computer science at UDS here in Tamale and he says he will make an app for our phones.",
      more: "The app is for us in the group, on our phones. I see everything and the money. The weavers in Daboya see the orders they are weaving, and the sewers see the smocks they are sewing. In Daboya the network is very poor, so it must work without network and send everything when the network comes. The customers do not use the app, they call me or they come to my shop at the central market.",
      walkthrough:
        "This is how we work, and please, we have been doing it like this for a long time.\n\nWe take an order at least three weeks before the day the person needs the smock, because the weaving alone takes about two weeks. Before Damba and before Independence Day we close the orders six weeks before, because everybody wants a smock at that time.\n\nThe small smock for a child is GH₵ 250, the normal smock is GH₵ 650, and the big smock with the trousers, the full set, is GH₵ 1,500.\n\nThe customer pays half by MoMo when ordering and the other half when collecting, and we do not start the weaving before the half is paid.\n\nThe customer chooses the colours of the strips from our samples, and once the weaving has started the colours cannot be changed.\n\nEvery smock is given to one weaver for the strips and one sewer to sew it, so that we know who to ask when something is wrong.\n\nThe weavers are paid GH₵ 12 for every yard of strip, and a normal smock takes about 30 yards. The sewers are paid GH₵ 120 for every smock.\n\nFor customers in Kumasi and Accra we send the smock on the VIP bus and they pay the bus themselves.\n\nIf a customer does not come for the smock one month after the day, we sell it to somebody else and the half is not returned.",
      things:
        "Every customer has a name, a phone number and a town. Every order has the customer, the size, the colours, the day it is needed, the weaver, the sewer, half paid or not and collected or not. Every weaver has a name, a phone number and the village. Every sewer has a name and a phone number. One customer can have many orders, and every order is for one smock.",
      extras: [
        "People sometimes ask us for kente, but kente is from Bonwire, it is not our work. And my sister-in-law sews the smock hats, please leave the hats, that one is her own business.",
        "That is all. Naawuni ni ti a alibarika, thank you.",
      ],
      tech: "My nephew says React Native, so that it works on all our phones, the Android ones and the one iPhone.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "I see everything and the money. The weavers log in and see the orders they are weaving, the sewers see the smocks they are sewing. The customers do not log in.",
      Technology: "I have preferences",
      "App tech": "React Native",
    },
    expect: {
      kind: "mobile app",
      features: [
        "order at least three weeks before the day weaving alone takes about two weeks",
        "before Damba and before Independence Day close the orders six weeks before",
        "small smock GH₵ 250 normal smock GH₵ 650 full set GH₵ 1,500",
        "half by MoMo when ordering other half when collecting do not start the weaving before the half is paid",
        "colours of the strips from our samples cannot be changed",
        "every smock one weaver one sewer",
        "weavers GH₵ 12 for every yard of strip normal smock about 30 yards",
        "sewers GH₵ 120 for every smock",
        "Kumasi and Accra VIP bus they pay the bus themselves",
        "does not come one month after the day sell it half is not returned",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone number", "town"] },
        {
          name: "orders",
          fields: [
            "customer",
            "size",
            "colours",
            "day it is needed",
            "weaver",
            "sewer",
            "half paid or not",
            "collected or not",
          ],
        },
        { name: "weavers", fields: ["name", "phone number", "village"] },
        { name: "sewers", fields: ["name", "phone number"] },
      ],
      excluded: ["kente", "hats"],
      background: ["exercise book", "piece of paper"],
      stack: ["React Native"],
    },
  },
  {
    id: "congress-heights-gogo-gigs",
    who: "A young man from Congress Heights in Southeast DC who does IT for a contractor downtown, whose uncle has led a go-go band since the 90s playing clubs, cookouts, weddings and block parties all over the DMV and whose aunt does the bookings, in the DC English of Congress Heights, in lower-case fragments ('wassup', 'southeast', 'the dmv', 'crankin', 'moe', 'unc', 'subbin', 'stay wit us', 'thats his thing not ours', 'thats a dub', 'dont mute dc'): a TypeScript command-line tool with SQLite on his aunt's laptop, one file and nothing online, half the fee as a deposit before a gig goes on the calendar, no gigs on Sunday before 4, 4 hours at most and $300 for every hour over, $250 for the sound man and $100 for the van off the top, 20% of what's left to his uncle for leading and the rest split even between everybody who played, a sub getting the cut of whoever he subs for, the deposit kept on a cancel under 14 days out, 2 gigs a night at most and 2 hours apart, everybody paid on Cash App by the next day; records after colons on lines with deposit paid y/n, sub y/n and paid y/n in them, every gig at one venue and every lineup spot one player on one gig; a composition book and a group text today; his cousin's band t-shirts and live CDs 'thats his thing not ours', his uncle's Instagram flyers 'thats a dub'; commands and flags; TypeScript and SQLite",
    says: {
      overview:
        "wassup. dre here, congress heights, southeast dc. i do IT for a contractor downtown. my uncle got a go-go band, been crankin since the 90s, clubs, cookouts, weddings, block parties all over the dmv. my aunt does the bookings, she got it all in a composition book n a group text w the band. last summer she booked em at a wedding in largo n a club in northeast the same saturday night n unc aint find out till that morning, moe it was a mess. so im makin her a command line thing for her laptop",
      more: "just my aunt on her laptop. one sqlite file, no server, she dont want nothin online",
      walkthrough:
        "ok how it go\n- every gig need half the fee as a deposit before it go on the calendar\n- no gigs on sunday before 4, church\n- 4 hrs max a gig, every hour over is $300\n- sound man get $250 off the top n the van $100\n- unc get 20% of whats left for leadin the band, the rest split even between everybody that played\n- a sub get the same cut as who he subbin for\n- cancel under 14 days out n the deposit stay wit us\n- no more than 2 gigs the same night n they gotta be 2 hrs apart\n- everybody get paid on cash app by the next day",
      things:
        "players: name, phone, what he play, cash app\nvenues: name, address, who to call, phone\ngigs: venue, date, start time, hours, fee, deposit paid y/n\nlineups: gig, player, sub y/n, paid y/n\nevery gig is at one venue. every lineup spot is one player on one gig",
      commands:
        'like: gogo book --venue "takoma station" --date 2025-06-14 --start 21:00 --hours 4 --fee 2500, gogo deposit --gig 12 --amount 1250, gogo lineup --gig 12 --player dre, gogo lineup --gig 12 --player tay --sub, gogo settle --gig 12 (takes the sound n the van off n splits the rest), gogo cancel --gig 12, gogo calendar --month 2025-06, gogo owed --player tay (what we owe him). auntie gon type em herself, she quick',
      extras: [
        "my cousin sell the band t-shirts n the live cds at the shows, thats his thing not ours. n unc want the instagram flyers in there too, thats a dub",
        "thats it. appreciate it moe. dont mute dc",
      ],
      tech: "typescript on node, commander for the commands n better-sqlite3. one file on her laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "half the fee as a deposit before it go on the calendar",
        "no gigs on sunday before 4",
        "4 hrs max every hour over $300",
        "sound man $250 off the top van $100",
        "unc 20% of whats left rest split even between everybody that played",
        "sub same cut as who he subbin for",
        "cancel under 14 days deposit stay wit us",
        "no more than 2 gigs the same night 2 hrs apart",
        "paid on cash app by the next day",
      ],
      tables: [
        { name: "players", fields: ["name", "phone", "what he play", "cash app"] },
        { name: "venues", fields: ["name", "address", "who to call", "phone"] },
        { name: "gigs", fields: ["venue", "date", "start time", "hours", "fee", "deposit paid y/n"] },
        { name: "lineups", fields: ["gig", "player", "sub y/n", "paid y/n"] },
      ],
      excluded: ["t-shirts", "instagram"],
      background: ["composition book", "group text"],
      stack: ["TypeScript", "SQLite"],
      commands: [
        "book",
        "deposit",
        "lineup",
        "settle",
        "cancel",
        "calendar",
        "owed",
        "--venue",
        "--date",
        "--start",
        "--hours",
        "--fee",
        "--gig",
        "--amount",
        "--player",
        "--sub",
        "--month",
      ],
    },
  },
  {
    id: "ceres-heavy-events-results",
    who: "A developer in Cupar, in the Kingdom of Fife, who works from home for a company in Dundee, throws in the heavy events himself and has done the heavy events results at the Ceres Highland Games on the last Saturday in June for a few years, in the Fife English of Cupar, in between ('the Kingdom o Fife', 'fae hame', 'the heavies', 'masel', 'an awfy stooshie', 'wrang', 'gien', 'disnae', 'oot', 'baith', 'ower', 'ain', 'no oors', 'leave it oot', 'Cheers'): a Python library for a little app in the judges' tent, with no signal at the Bow Butts, nothing kept, given the men and their throws and heights, five events (the stone, the hammer, the weight for distance, the weight over the bar and the caber), three throws with the best counting, measured in feet and inches, a foul over the trig or out of the sector a no-throw, the bar from 10 foot up 6 inches at a time with three goes a height and fewer misses ahead on the same height, a caber that turns scored off the clock with 12 o'clock perfect, one that doesn't by its degrees and always behind any that turned, 10, 8, 6, 5, 4, 3, 2 and 1 points for the first eight and none after, men level both getting the higher place's points, the champion on the most points with the caber breaking a tie, every man's place and points given back with the throws and heights written out; scoresheets, a calculator and a blackboard today; the Highland dancing \"that's their business, no oors\", the hill race 'leave it oot'; the £50 bonus for a games record taken out at the review; Python",
    says: {
      overview:
        "Aye, hello. I'm Euan Lumsden, fae Cupar, in the Kingdom o Fife. I'm a developer, I work fae hame for a company in Dundee. I throw in the heavies masel, and the last few year I've done the heavy events results at the Ceres Highland Games, the last Saturday in June up at the Bow Butts. Oldest free games in Scotland, they'll tell ye, since the men came hame fae Bannockburn. Right now the judges write every throw on scoresheets, somebody adds it aw up on a calculator in the tent and it goes up on a blackboard. Last year they had the wrang man as champion for near an hour, he'd been gien the points for somebody else's caber, and there was an awfy stooshie. So I'm writing a wee library that does it right.",
      more: "It disnae keep anything. Ye gie it the men and their throws and heights fae the day, and it gies ye back the places, the points and the champion. It goes in a wee app for the judges' tent, and a couple o the other games in Fife are efter it as weel.",
      walkthrough:
        "Right, here's how the heavies go at Ceres.\nThere's five events: the stone, the hammer, the weight for distance, the weight over the bar and the caber.\nFor the stone, the hammer and the weight for distance every man gets three throws and his best one counts, measured in feet and inches.\nA foul, over the trig or oot the sector, is a no-throw and disnae count.\nThe weight over the bar starts at 10 foot and goes up 6 inches at a time, three goes at every height, and if two men clear the same height the one wi fewer misses is ahead.\nA caber that turns is scored off the clock, 12 o'clock is perfect, then 11 or 1, then 10 or 2, and on like that.\nA caber that disnae turn is scored by how far up it got, in degrees, and it's aye behind any caber that turned.\nIn every event the first eight get points, 10, 8, 6, 5, 4, 3, 2 and 1, and naebody else gets any.\nIf two men are level in an event they baith get the points for the higher place.\nThe heavy events champion is the man wi the most points ower the five events, and if that's a tie it goes tae whoever did better at the caber.\nAny man that breaks a games record gets a £50 bonus on top o his prize money.\nIt's tae gie back every man's place and points in every event and the champion, wi aw the throws and heights written oot, so the judges can check it in the tent.",
      extras: [
        "The Highland dancing's got its ain judges and its ain board, that's their business, no oors. And the hill race is the running club's, leave it oot.",
        "That's me. Cheers.",
      ],
      tech: "Python. A wee package I can pip install on the laptop in the judges' tent, there's nae signal up at the Bow Butts.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: [
      "Aye, that's grand. Only thing, take oot the £50 for a games record, the committee's no paying it this year.",
      "That's it done. Cheers.",
    ],
    expect: {
      kind: "library",
      features: [
        "five events stone hammer weight for distance weight over the bar caber",
        "three throws best one counts measured in feet and inches",
        "foul over the trig oot the sector no-throw disnae count",
        "weight over the bar starts at 10 foot up 6 inches at a time three goes at every height fewer misses is ahead",
        "caber that turns scored off the clock 12 o'clock is perfect",
        "caber that disnae turn scored by how far up it got in degrees aye behind any caber that turned",
        "first eight get points 10 8 6 5 4 3 2 1",
        "level in an event baith get the points for the higher place",
        "champion most points ower the five events tie whoever did better at the caber",
        "every man's place and points throws and heights written oot",
      ],
      tables: [],
      excluded: ["bonus", "dancing", "hill race"],
      background: ["scoresheets", "blackboard"],
      stack: ["Python"],
    },
  },
  {
    id: "broken-hill-goat-depot-api",
    who: "A developer in Broken Hill, the Silver City, who works remote for a company in Adelaide, whose mother and father run a goat depot out on the Menindee Road, holding the rangeland goats the musterers and the station blokes trap on the waters and sending them on a road train to the abattoir at Charlton in Victoria, in the Broken Hill English of the far west of New South Wales, in between ('G'day', 'born and bred', 'the Silver City', 'the Hill', 'SA time', 'the musterers', 'the station blokes', 'the waters', 'went crook', 'a road train', 'another mob altogether', 'leave them out', 'Ta, see ya'): a service without screens, in Rust with Axum and SQLite, that a phone app for the musterers and a dashboard in the office call, goats taken Monday to Friday 7 till 3 on SA time, no goats without a PIC number, an NLIS ear tag on every goat at the depot, no kids under 12 kilos, nannies heavy in kid or crook goats, $3.80 a kilo live weight from 20 to 32 kilos, $3.20 under 20 and $3.40 over 32, $1.50 a head off for the tag and the hay, 3 days at least on water and hay before the truck, the Thursday road train to Charlton with 900 head at most, musterers paid by EFT within 7 days of their goats going on the truck; records after colons on lines with knocked back in them, every load from one musterer into one pen and a road train taking goats from lots of pens; a spiral notebook in the weigh shed and a spreadsheet on Sunday night today; the roo shooters' chiller next door 'another mob altogether, not ours', the station sheep 'leave them out'; Rust and SQLite",
    says: {
      overview:
        "G'day. I'm Jess Treloar, born and bred in Broken Hill, the Silver City, out in the far west of New South Wales. I'm a developer, I work remote for a company in Adelaide, which suits, since the Hill runs on SA time anyway. Mum and Dad run a goat depot out on the Menindee Road. The musterers and the station blokes trap the rangeland goats on the waters and truck them in to us, and we hold them and send them on a road train to the abattoir at Charlton in Victoria. Right now Dad writes every load in a spiral notebook in the weigh shed and Mum types it into a spreadsheet on Sunday night. Last winter a musterer from out Wilcannia way got paid twice for the same 180 head, and another bloke waited five weeks for his money and went crook at Dad, fair enough too. So I'm building them a service.",
      more: "It's just the service. The musterers get a little phone app that calls it, and Mum gets a dashboard in the office. I'm doing both of them.",
      walkthrough:
        "Here's how the depot runs.\nThe depot takes goats Monday to Friday, 7 till 3, on SA time like the rest of the Hill.\nNo PIC number, no goats, every load has to come with the musterer's or the station's PIC.\nEvery goat gets an NLIS ear tag at the depot before it goes anywhere.\nWe don't take kids under 12 kilos, nannies heavy in kid or crook goats, they go back with whoever brought them.\nGoats are paid by live weight, $3.80 a kilo from 20 to 32 kilos, $3.20 under 20 and $3.40 over 32.\n$1.50 a head comes off for the tag and the hay.\nEvery goat is held at least 3 days on water and hay before it goes on the truck.\nThe road train to Charlton goes on Thursday, 900 head at the most.\nMusterers get paid by EFT within 7 days of their goats going on the truck.",
      things:
        "musterers: name, PIC, phone, bank account\nloads: musterer, date, head, total kilos, knocked back\npens: number, head, date in\nroad trains: date, head, abattoir\nEvery load is from one musterer and goes in one pen. A road train takes goats from lots of pens.",
      extras: [
        "The roo shooters bring their kangaroos to the chiller next door, that's another mob altogether, not ours. And every drought somebody asks Dad to take their station sheep, leave them out.",
        "That's the lot. Ta, see ya.",
      ],
      tech: "Rust with Axum, and SQLite. It runs on the little box in the depot office, and Rust's what I write all day anyway.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The musterers' app and Mum's dashboard get API keys. Mum's the admin. The musterers log in with their phone number and only see their own loads.",
      Technology: "I have preferences",
      "Back end": "Rust",
      Database: "SQLite",
    },
    expect: {
      kind: "api service",
      features: [
        "Monday to Friday 7 till 3 on SA time",
        "no PIC number no goats every load musterer's or station's PIC",
        "every goat NLIS ear tag at the depot",
        "don't take kids under 12 kilos nannies heavy in kid or crook goats",
        "$3.80 a kilo from 20 to 32 kilos $3.20 under 20 $3.40 over 32",
        "$1.50 a head comes off for the tag and the hay",
        "held at least 3 days on water and hay before the truck",
        "road train to Charlton Thursday 900 head at the most",
        "paid by EFT within 7 days of their goats going on the truck",
      ],
      tables: [
        { name: "musterers", fields: ["name", "PIC", "phone", "bank account"] },
        { name: "loads", fields: ["musterer", "date", "head", "total kilos", "knocked back"] },
        { name: "pens", fields: ["number", "head", "date in"] },
        { name: "road trains", fields: ["date", "head", "abattoir"] },
      ],
      excluded: ["kangaroos", "sheep"],
      background: ["spiral notebook", "spreadsheet"],
      stack: ["Rust", "SQLite"],
    },
  },
  {
    id: "kralingen-korfball-duties",
    who: "A woman in Kralingen, Rotterdam, the volunteer secretary of a korfball club of about 240 members in 18 teams, in the Dutch English of Rotterdam, in between ('Hoi', 'Kralingen', 'the canteen', 'the KNKV', \"it's Rotterdam, no nonsense\", 'very embarrassing', 'they do enough already', \"that's for the board, not for us\", 'we skip that', 'doei'): a website where members and parents log in to see and swap their own duties, the coaches see their team's and she and the board see everything, 4 bar shifts a season for every member of 16 or older and a parent doing them for the younger ones, a bar shift 2 hours on a Saturday between 9:00 and 17:00, a referee from the club for every youth home match and the KNKV's for the seniors, parents driving to away matches with 4 players a car at most and every family driving 3 times a season at least, a swap arranged yourself and put in the website, €25 to the club for a missed duty not swapped, no bar shifts for trainers and board members, an email 3 days before a duty, the season's schedule ready 2 weeks before the first match; records after colons inline with home or away, bar or referee or driving and done or not in them, every member in one team and every duty one member's; an Excel list on the canteen wall and a WhatsApp group for every team today; the sponsors and the boards along the field \"that's for the board, not for us\", the Grote Clubactie lottery 'we skip that'; the training day taken off the teams and swapped with put on the duties after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hoi! I'm Sanne de Groot, I live in Kralingen, in Rotterdam. I'm the volunteer secretary of our korfball club, we have about 240 members and 18 teams, from the little ones of 5 up to the seniors. Every member, or a parent for the kids, has to do duties for the club: bar shifts in the canteen, refereeing the youth matches at home and driving to the away matches. Now it's an Excel list on the wall of the canteen and a WhatsApp group for every team, and it doesn't work. Last month nobody showed up for the bar on Saturday morning, two parents both thought the other one had it, so we opened an hour late and the visiting team had no coffee. Very embarrassing. My neighbour is a developer and he will make a website for us.",
      more: "Members and parents log in and see their own duties, and they can swap one. The coaches see the duties of their team. The board and I see everything.",
      walkthrough:
        "These are the rules, and we are quite strict about them, it's Rotterdam, no nonsense.\nEvery member of 16 or older does 4 bar shifts a season, and for members under 16 a parent does them.\nA bar shift is 2 hours on a Saturday, somewhere between 9:00 and 17:00.\nEvery youth home match needs a referee from our own club, the senior matches get one from the KNKV.\nFor away matches the parents drive, a car takes 4 players at most, and every family drives at least 3 times a season.\nYou can swap a duty with another member, but you arrange it yourself and you put it in the website.\nIf you miss a duty and you didn't swap, you pay €25 to the club.\nTrainers and board members don't do bar shifts, they do enough already.\nEverybody gets an email 3 days before their duty.\nThe schedule for the whole season is ready 2 weeks before the first match.",
      things:
        "Members: name, birth date, team, email, phone, and the parent's name for the kids. Teams: name, coach, training day. Matches: date, time, team, home or away, opponent. Duties: date, start time, bar or referee or driving, member, done or not. Every member plays in one team, and every duty is for one member.",
      thingsChange:
        "Two changes. Remove the training day from the teams, it changes every season anyway. And add swapped with to the duties, so we can see who really did it.",
      extras: [
        "The sponsors and the boards along the field, that's for the board, not for us. And the Grote Clubactie lottery, we skip that, the kids sell the tickets on paper.",
        "That's it. Thanks, doei!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Members and parents log in and see their own duties. The coaches see their team. The board and I see everything.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "every member of 16 or older 4 bar shifts a season under 16 a parent does them",
        "bar shift 2 hours on a Saturday between 9:00 and 17:00",
        "every youth home match referee from our own club senior matches KNKV",
        "away matches parents drive car 4 players at most every family at least 3 times a season",
        "swap a duty arrange it yourself put it in the website",
        "miss a duty didn't swap pay €25 to the club",
        "trainers and board members don't do bar shifts",
        "email 3 days before their duty",
        "schedule for the whole season ready 2 weeks before the first match",
      ],
      tables: [
        { name: "members", fields: ["name", "birth date", "team", "email", "phone", "parent's name"] },
        { name: "teams", fields: ["name", "coach"] },
        { name: "matches", fields: ["date", "time", "team", "home or away", "opponent"] },
        {
          name: "duties",
          fields: [
            "date",
            "start time",
            "bar or referee or driving",
            "member",
            "done or not",
            "swapped with",
          ],
        },
      ],
      excluded: ["sponsors", "Clubactie", "lottery"],
      background: ["Excel", "WhatsApp group"],
    },
  },
  {
    id: "laesh-muncha-bookings",
    who: "A woman in a village on the Kama in Laishevo district near Kazan who with her husband rents out two bathhouses (мунча), a big one and a small one, to people who come from Kazan, in Tatar (never used before: Russian, Kazakh, Kyrgyz, Tajik, Belarusian, Bulgarian, Macedonian and Serbian were written in Cyrillic and Uzbek in Latin letters, Tatar never; in Cyrillic with its ә, ө, ү, җ, ң and һ, as she types it, in between, with the Russian words Tatars really mix in: 'Исәнмесез', 'мунча', 'мунчачы', 'Кама буе', 'КФУ', 'информатика', 'сайт', 'заказ', 'аккаунт', 'задаток', 'СБП', 'карта', 'акчалата', 'сум', 'себерке', 'квадроцикл', 'массаж', 'анысы безнең эш түгел', 'моны кертмәгез', 'юк, кирәкми', 'Зур рәхмәт'): a website where people see the free hours, book and pay a deposit without an account, she and her husband see everything and the bath attendant the day's bookings, open every day from 10 in the morning to midnight and shut on Monday, 2 hours at least, the big bath for up to 10 people at 2,500 roubles an hour and the small for up to 4 at 1,500, 500 roubles more an hour on Friday, Saturday and Sunday, a 1,000 rouble deposit by card or the SBP when booking and the rest there in cash or by card, the deposit back on a cancel 24 hours ahead and not after, a birch broom 300 roubles and an oak broom 400, children under 14 only with adults, no alcohol and nobody drunk let in; records told in sentences ('Һәр клиентның … бар') with задаток түләнгәнме-юкмы in them, every booking one customer's; a thick notebook (дәфтәр) and a calendar (календарь) on the wall today; her husband's brother's quad bikes 'анысы безнең эш түгел', staying the night 'бездә кунакханә юк, моны кертмәгез', massage 'юк, кирәкми'; the email (электрон почтасы) taken off the customers (клиентлар) and the car number (машина номеры) put on the bookings (язылулар) after 'Change something' at 'Your data'",
    says: {
      overview:
        "Исәнмесез! Минем исемем Гөлнара Садыйкова. Без Лаеш районында, Кама буендагы бер авылда яшибез. Ирем белән ике мунча тотабыз: зур мунча һәм кечкенә мунча. Кешеләр Казаннан килә, ял көннәрендә бигрәк тә күп. Хәзер бөтен заказлар телефон аша килә, минем калын дәфтәр бар, шунда язам, стенада календарь тора. Узган кыш бер шимбә көнне зур мунчаны бер үк вакытка ике гаиләгә биреп куйдым. Берсе Казаннан бер сәгать юл килгән иде, ишек төбендә басып калды. Бик оят булды. Улым Казанда, КФУда информатика укый, ул безгә сайт ясарга вәгъдә итте.",
      more: "Клиентлар сайтта буш сәгатьләрне күреп, аккаунт ачмыйча гына язылырга һәм задаток түләргә тиеш. Без ирем белән барысын да күрәбез. Мунчачы Рөстәм абый көннең язылулар исемлеген генә күрә.",
      walkthrough:
        "Безнең тәртип болай:\nМунчалар көн саен иртәнге 10дан төнге 12гә кадәр эшли, дүшәмбе генә ял көне.\nМунча кимендә 2 сәгатькә алына.\nЗур мунча 10 кешегә кадәр, сәгате 2500 сум; кечкенә мунча 4 кешегә кадәр, сәгате 1500 сум.\nҖомга, шимбә һәм якшәмбе көннәрне сәгать бәясе 500 сумга кыйммәтрәк.\nЯзылганда 1000 сум задаток түлисез, картадан яки СБП аша.\nКалганын урында түлисез, акчалата яки карта белән.\nКилүгә 24 сәгать калганчы баш тартсагыз, задатокны кайтарабыз, аннан соң кайтармыйбыз.\nКаен себеркесе 300 сум, имән себеркесе 400 сум.\n14 яшькә кадәрге балалар олылар белән генә керә.\nМунчада исерткеч эчемлекләр ярамый, исерек кешене кертмибез.",
      things:
        "Һәр клиентның исеме, телефоны һәм электрон почтасы бар. Һәр мунчаның исеме, ничә кешелек булуы һәм сәгать бәясе бар. Һәр язылуның клиенты, мунчасы, көне, башлану вакыты, ничә сәгатькә, ничә кеше, задаток түләнгәнме-юкмы һәм себеркеләр бар. Бер язылу бер клиентныкы, ә бер клиентның күп язылулары булырга мөмкин.",
      thingsChange:
        "Ике үзгәреш. Клиентлардан электрон почтаны алып ташлагыз, аны беркем дә язмый. Ә язылуларда машина номеры да булсын, капкада кирәк.",
      extras: [
        "Иремнең энесе квадроцикллар прокатка бирә, анысы безнең эш түгел. Кешеләр төнгә калырга сорыйлар, ләкин бездә кунакханә юк, моны кертмәгез. Массаж турында да сорыйлар, юк, кирәкми.",
        "Шул гына. Зур рәхмәт!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Мин һәм ирем барысын да күрәбез. Рөстәм абый кереп, көннең язылуларын гына күрә. Клиентлар аккаунтсыз язылалар.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "көн саен иртәнге 10дан төнге 12гә кадәр эшли дүшәмбе генә ял көне",
        "кимендә 2 сәгатькә алына",
        "зур мунча 10 кешегә кадәр сәгате 2500 сум кечкенә мунча 4 кешегә кадәр сәгате 1500 сум",
        "җомга шимбә һәм якшәмбе сәгать бәясе 500 сумга кыйммәтрәк",
        "1000 сум задаток картадан яки СБП аша",
        "калганын урында акчалата яки карта белән",
        "24 сәгать калганчы баш тартсагыз задатокны кайтарабыз",
        "каен себеркесе 300 сум имән себеркесе 400 сум",
        "14 яшькә кадәрге балалар олылар белән генә",
        "исерткеч эчемлекләр ярамый исерек кешене кертмибез",
      ],
      tables: [
        { name: "клиентлар", fields: ["исеме", "телефоны"] },
        { name: "мунчалар", fields: ["исеме", "ничә кешелек", "сәгать бәясе"] },
        {
          name: "язылулар",
          fields: [
            "клиенты",
            "мунчасы",
            "көне",
            "башлану вакыты",
            "ничә сәгатькә",
            "ничә кеше",
            "задаток түләнгәнме-юкмы",
            "себеркеләр",
            "машина номеры",
          ],
        },
      ],
      excluded: ["квадроцикл", "кунакханә", "массаж"],
      background: ["дәфтәр", "календарь"],
    },
  },
  {
    id: "zariya-sallah-rams",
    who: "A man in Tudun Wada, Zaria, who has fattened rams for twelve years and sells them for the Big Sallah to buyers who pay little by little before it, in Hausa (never used before: the English of Kano with its Hausa words was used, Yoruba was written and Nigerian Igbo English used, Hausa itself never; as he types it, in short plain sentences, without the hooked letters, with the English words Zaria really mixes in: 'Sunana', 'raguna', 'rago', 'Babbar Sallah', 'Karamar Sallah', 'oda', 'transfer', 'POS', 'tsabar kudi', 'rasiti', 'kwamfuta', 'program', 'ofis', 'NEPA', 'internet', 'password', 'computer science', 'ABU', 'akawunta', 'wannan ba namu ba ne', 'kar ku saka', 'Mun gode'): a program on the one office computer, where the power and the internet come and go, orders taken from after the Small Sallah to a month before the Big Sallah, every ram with a number on its ear, a small ram ₦180,000, a middle one ₦300,000 and a big one ₦450,000, ₦50,000 at least first and the rest little by little, everything paid two weeks before Sallah, transfer, POS or cash with a receipt for every payment, a buyer who has not finished taking a smaller ram for what he paid or his money back less ₦10,000, no sick ram sold and the vet checking every ram before it goes, free delivery in Zaria and ₦5,000 to Kaduna, rams delivered from three days before Sallah; records after dashes on lines with the size in brackets and an kai ko ba a kai ba in them, every order one buyer's, every ram in one order only and every payment for one order; a big book (littafi) and a box (akwati) for the money today; his brother's cattle (shanu) 'wannan ba namu ba ne', slaughtering (yanka) for people 'kar ku saka yanka'; the weight (nauyi) put on the rams (raguna) at the review",
    says: {
      overview:
        "Assalamu alaikum. Sunana Aminu Lawal, ina zaune a Tudun Wada, Zariya. Shekara goma sha biyu ina kiwon raguna ina sayar da su don Babbar Sallah. Mutane suna biyan kudin rago kadan-kadan tun kafin Sallah. Yanzu komai ina rubutawa a babban littafi, kudin kuma a cikin akwati. Bara na sayar da rago daya ga mutane biyu. Dukkansu sun biya cikakken kudi. Wannan ya bata min suna sosai. Dana ya karanta computer science a ABU. Zai yi mana program a kwamfutar ofis.",
      more: "Program din zai zauna a kwamfuta daya a ofis. Wutar NEPA tana zuwa tana tafiya, internet ma haka. Ni da akawuntana ne kawai za mu yi amfani da shi.",
      walkthrough:
        "Ga yadda muke yi:\nMuna karbar oda daga bayan Karamar Sallah har zuwa wata daya kafin Babbar Sallah.\nKowane rago yana da lamba a kunnensa.\nKaramin rago ₦180,000 ne, matsakaici ₦300,000, babba kuma ₦450,000.\nMai saye yana biyan akalla ₦50,000 a farko, sannan ya biya sauran kadan-kadan.\nDole ne a gama biya mako biyu kafin Sallah.\nAna biya ta transfer, POS ko tsabar kudi, kuma kowane biya yana samun rasiti.\nIdan mutum bai gama biya ba, zai dauki karamin rago da kudin da ya biya, ko mu mayar masa da kudinsa amma mu cire ₦10,000.\nBa ma sayar da rago mara lafiya, likitan dabbobi yana duba kowane rago kafin mu kai shi.\nMuna kai rago cikin Zariya kyauta, zuwa Kaduna kuma ₦5,000.\nAna kai raguna daga kwana uku kafin Sallah.",
      things:
        "- Masu saye: suna, lambar waya, unguwa\n- Raguna: lamba, girma (karami, matsakaici ko babba), launi, farashi\n- Oda: mai saye, rago, an kai ko ba a kai ba\n- Biya: oda, kwanan wata, adadi, transfer ko POS ko tsabar kudi\nKowane oda na mai saye daya ne. Kowane rago yana cikin oda daya kawai. Kowane biya na oda daya ne.",
      extras: [
        "Dan uwana yana sayar da shanu a kasuwar Zariya, wannan ba namu ba ne. Wasu kuma suna so mu yanka musu rago ranar Sallah, a'a, kar ku saka yanka.",
        "Shi ke nan. Mun gode.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Babu password. Ni da akawuntana ne kawai muke amfani da kwamfutar.",
    },
    atReview: [
      "Yayi kyau. Abu daya: a saka nauyi a cikin raguna, mutane suna tambayar nauyin rago.",
      "Shi ke nan. Mun gode, Allah ya saka da alheri.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "karbar oda daga bayan Karamar Sallah har zuwa wata daya kafin Babbar Sallah",
        "kowane rago yana da lamba a kunnensa",
        "karamin rago ₦180,000 matsakaici ₦300,000 babba ₦450,000",
        "akalla ₦50,000 a farko sauran kadan-kadan",
        "gama biya mako biyu kafin Sallah",
        "transfer POS ko tsabar kudi kowane biya yana samun rasiti",
        "bai gama biya ba karamin rago mayar masa da kudinsa cire ₦10,000",
        "ba ma sayar da rago mara lafiya likitan dabbobi yana duba kowane rago",
        "cikin Zariya kyauta Kaduna ₦5,000",
        "kai raguna daga kwana uku kafin Sallah",
      ],
      tables: [
        { name: "masu saye", fields: ["suna", "lambar waya", "unguwa"] },
        { name: "raguna", fields: ["lamba", "girma", "launi", "farashi", "nauyi"] },
        { name: "oda", fields: ["mai saye", "rago", "an kai ko ba a kai ba"] },
        { name: "biya", fields: ["oda", "kwanan wata", "adadi", "transfer ko POS ko tsabar kudi"] },
      ],
      excluded: ["shanu", "yanka"],
      background: ["littafi", "akwati"],
    },
  },
];
