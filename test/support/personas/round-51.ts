import type { Persona } from "../persona-driver.js";

/**
 * The fifty-first round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records told in sentences ("Every customer has
 * …", "Cada quesu tien …"), after colons inline ("The stalls: the name, the road …"), after
 * colons on lines, after dashes on lines and in brackets inline. Eight write in English,
 * each in their own English and their own register, none of them used before (every
 * round-*.ts, index.ts and held-out.ts was searched, their doc comments and every `who`:
 * the Englishes of Cork, Kerry, Limerick, Finglas, Waterford, Cavan, the Rosses, Derry,
 * Belfast and the Ulster Scots of mid-Antrim were used and Galway and Kilkenny were named,
 * no English of Wexford was, nor "Wexford", "Enniscorthy", "Oilgate", "Camolin", "Model
 * County", "Yellabellies" or "Kehoe", "sham" only inside "shamianas" and "so shame"; the
 * Englishes of the Isle of Wight, Cockney, Bristolian, Somerset, Cornish, the Estuary
 * English of Basildon, Brummie, the Black Country and the Potteries were used and
 * Southampton was named, no English of Portsmouth was, nor "Pompey", "Southsea", "Fratton",
 * "Portsea", "Gosport", "Gunwharf", "dinlo", "squinny", "Play up" or "fancy dress", "mush"
 * only as a card gone to mush in the rain, and "costume hire" only as an auntie's business
 * left out of a dance competition; the Englishes of Fiji, Samoa, Tonga, Aitutaki, Norfolk
 * Island, the Solomons, Port Vila, Kainantu, Abaiang, Majuro, Pohnpei, Guam and the
 * Chathams were used, no English of Niue was, nor "Niue", "Alofi", "Tamakautoga",
 * "Fakaalofa", "Fakaaue" or "Koe kia"; the Creole Englishes of Bluefields, San Andrés,
 * Cahuita, Roatán and Belize were used, no English of Bocas del Toro was, nor "Bocas",
 * "Bastimentos", "Old Bank", "Carenero", "Changuinola", "Guari" or "Yappy", "Panama" only as
 * where an Essequibo rice mill ships; the Gullah-leaning English of Mount Pleasant, New
 * Orleans Yat, the Englishes of Tangier Island, Ocracoke, Hialeah, the Lumbee and the Texan
 * English of the Hill Country were used, no English of Key West was, nor "Key West",
 * "Conch Republic", "Stock Island", "Mallory", "Duval", "bubba", "snowbirds" or "one human
 * family", "conch" only as a shellfish a Belize co-op won't take in season; the Englishes of
 * Newfoundland, Cape Breton, Lunenburg County, Prince Edward Island, Tancook, the Chiac of
 * Moncton and Cap-Pelé, Verdun in Montreal, the Ottawa Valley, Sudbury, southern Manitoba,
 * Rosetown, Ponoka, La Ronge, Baynes Sound, Whitehorse, Goose Bay and Iqaluit were used, no
 * English of the Gaspé was, nor "Gaspé", "Douglastown", "Sandy Beach", "Forillon" or "the
 * caisse", "canners" only inside "scanners"; the Englishes of the Cape Flats, Durban's
 * Indian community, Soweto, Jabavu, Nquthu and an isiXhosa-coloured English were used, and
 * Afrikaans and isiZulu were written, no English of Limpopo was, nor "Limpopo",
 * "Thohoyandou", "Vhembe", "Univen", "Venda" (only inside an Albanian "vendas"), "Ndaa",
 * "Ndo livhuwa", "mashonzha" or "mopane"; the Englishes of Bengaluru, Chennai, Mumbai,
 * Kolkata, Hyderabad, Pune, Coorg, Thrissur, Aldona, Darbhanga, Raipur, Moga, Shillong,
 * Aizawl, Imphal, Jorhat, Barpali, Kundapura, Sikkim, Ladakh and Himachal were used and a
 * Dal Lake houseboat was written, no English of the Andaman Islands was, nor "Andaman",
 * "Port Blair", "Junglighat", "Jirkatang", "Rangat", "Mayabunder", "Diglipur", "Jarawa",
 * "Middle Strait" or "local born"): the Wexford English of Enniscorthy, in between ("the
 * Model County", "me da", "me mam", "sham", "I'm after finishing", "the young ones", "sure
 * look", "pelting", "that's me uncle's, not ours", "don't be putting that in", "Up the
 * Yellabellies"), the Portsmouth English of Southsea, in long paragraphs ("Pompey",
 * "Fratton", "Albert Road", "over the water in Gosport", "a right squinny", "a proper
 * dinlo", "mush", "a nipper's costume", "the Dockyard", "nothing to do with us", "we don't
 * touch that", "play up Pompey"), the Niuean English of Tamakautoga, in short plain
 * sentences ("Fakaalofa lahi atu", "the Rock of Polynesia", "Alofi wharf", "the crane",
 * "the Friday sale", "AUT", "that is Brendon's business, not the club", "Leave the coconut
 * crab out", "Fakaaue lahi", "Koe kia"), the Creole English of Old Bank on Bastimentos, in
 * between ("mi name", "pon", "di hostel dem", "likkle", "fi", "haffi", "where dem deh", "a
 * fi she business", "no put it een", "no sah, mi nuh do dat", "lancha", "Yappy", "sistemas",
 * "tank yu"), the Conch English of Key West, in lower-case fragments ("conch", "old town",
 * "stock island", "every bubba in town", "freshwater conchs n snowbirds", "the square", "the
 * cat guy", "not my circus", "nah skip it", "one human family"), the Gaspé English of
 * Douglastown, in between ("down on the Coast", "one of the English families", "the old
 * man", "some hard", "the boys", "the helpers", "canners and markets", "the caisse",
 * "Forillon", "that's the accountant's end, leave that be", "we don't bother with that",
 * "bye now"), the Venda English of Thohoyandou, in short plain sentences ("Ndaa",
 * "Vhembe", "Univen", "mashonzha", "the harvesters", "the Gauteng traders", "a counter
 * book", "voice notes", "Eish", "EFT", "That one is not for us", "Let it stay outside",
 * "Ndo livhuwa"), and the Andaman English of Port Blair, in between ("Good morning ji",
 * "local born", "the mainland", "the ATR", "Aberdeen Bazaar", "the convoy at Jirkatang",
 * "what to do", "on the website itself", "no need of login", "only", "that is separate",
 * "no need to add"). One writes in Asturian (never used before: Spanish was written as
 * Mexican Spanish, and Galician, Basque and Catalan were written, Asturian never, nor
 * "Asturies", "Cabrales", "Sotres", "Xixón", "Uviéu", "Llanes", "perres", "semeya",
 * "llibreta" or "puxa"; as a cheesemaker in Sotres types it, in between, with the
 * Spanish-shaped words Asturians really use beside their own: "quesu", "cueva", "llote",
 * "númberu", "pidíu", "unviu", "de baldre", "mensaxería refrixerada", "tarxeta",
 * "tresferencia", "páxina web", "informática", "WhatsApp", "Denominación d'Orixe", "Guah",
 * "eso nun ye cosa nuesa", "dexa eso fuera", "puxa Asturies"), and one in Kinyarwanda
 * (never used before: formal Rwandan English was written in Nyagatare with "Murakoze
 * cyane" as its last words, Swahili was mixed with English in Nairobi and Lingala was
 * written, Kinyarwanda never, nor "Muraho", "Nitwa", "Gikondo", "Kicukiro", "imodoka",
 * "abakiriya", "ifishi", "indangamuntu" or "umukanishi"; as a garage owner in Gikondo types it, in short plain
 * sentences, with the French and English words Kigali really mixes in: "garage",
 * "réception", "informatique", "porogaramu", "plaque", "marque", "kilometrage", "essence",
 * "diagnostic", "pièces", "garantie", "MoMo", "cash", "banki", "fagitire ya EBM",
 * "parking", "password", "car wash", "dépannage", "ibyo ntibitureba", "ntimubishyiremo",
 * "Imana ibahe umugisha").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Southsea fancy dress hire (Friday to Monday by 5 for £25, £12 for a nipper and £40
 * for the big ones, a £30 deposit back when clean, £5 a day late, £20 for fake tan, red
 * wine or glitter, 3 months ahead and 6 weeks for Halloween and the Victorian Festival of
 * Christmas, tried on a week before, a licence or passport matching the booking, 10% off
 * for 8), a Port Blair bus company up the Andaman Trunk Road (4:30 for the 6 o'clock convoy
 * at Jirkatang, ₹300, ₹400 and ₹500 and ₹150 more for AC, 15 days ahead, 2 hours to pay a
 * phone booking by UPI, half fare for students, the first two rows for ladies and seniors,
 * one bag free and ₹100 a piece on the roof, 75% back 24 hours out, the reserve's rules
 * printed on every ticket) and a Sotres cheesemaker's Cabrales sold online (two months in
 * the cave, 90 €, 32 € and 17 €, chilled courier Monday to Wednesday, 9 € and free from
 * 80 €, nothing to the islands in July and August, card for people and 30 days for shops,
 * 4 big cheeses at least for a shop, the label and lot number, a photo in 48 hours and the
 * money back), the second in Next.js with PostgreSQL; phone apps for an Enniscorthy
 * strawberry grower's roadside stalls (end of May to mid-September, 10 to 7 every day,
 * picked that morning, €4, €7 for two and €20 for 6, 60 punnets and the van at 1 and 4, the
 * count at 7 matching, nothing sold the next day, shut at 3 when it's pelting, students 16
 * and over at €13 an hour) and an Old Bank baker's orders (Monday to Saturday, orders by
 * 4 for the morning, patties at $1.50, pan bon $4, Johnny cake 75 cents and coconut bread
 * $3, the 7 o'clock lancha, $2 delivery under $20, cash or Yappy and the hostels on
 * Friday, 10% off 50 patties, half price at the dock after 2), the second in Flutter;
 * programs on an office computer for a Niue fishing club's fish sales (the wharf crane 6 to
 * 6, no fishing on Sunday, weighed with the owner there, only wahoo, yellowfin and mahimahi,
 * NZ$14 and NZ$10 a kilo, NZ$2 a kilo to the club, NZ$25 for the crane off the owner's
 * money, on ice in 2 hours, paid on Friday) and a Gikondo garage's job cards (Monday to
 * Saturday 7:30 to 6, a card with the plate, kilometres and fuel, a 10,000 Frw diagnostic
 * taken off the repair, no work before the price is agreed, no warranty on the customer's
 * parts and 3 months on theirs, MoMo, cash or bank with an EBM invoice, companies at the
 * month's end, 2,000 Frw a day after 7 days, the car to the named person with an ID); a
 * service without screens, in Go with PostgreSQL, for a Thohoyandou mopane worm trader that
 * a WhatsApp bot and a dashboard call (two seasons, dry and clean worms only, R45 a kilo
 * cash, every harvester's name, village and ID number, 25 kg at R2,000 and 50 kg at R3,800,
 * 2 bags at least, half by EFT before loading, the Thursday truck to Gauteng, 500 g packets
 * at R60 on Saturday); a Kotlin library for a Gaspé lobster boat's crew shares (canners and
 * markets at their own weekly price, bait and fuel off the top but never the licence and
 * traps, half for the boat, a share for the captain and every helper and half for a
 * first-year, shares by days fished, to the cent with the cents to the boat, the working
 * line by line); and a command-line tool in Ruby with SQLite for the pitches of Key West's
 * sunset celebration (check in an hour before sunset, 12 performer spots and 30 vendor
 * tables, seniority then a draw, $10 and $15 a night or $200 a month, a business tax receipt
 * on file, fire acts insured at the water end, acoustic only, nobody pays when it's rained
 * out before 5, seniority lost after 3 missed in a row), with commands and flags. The Key
 * West IT man answers in lower-case fragments, the Southsea costume woman in long
 * paragraphs, the Niue treasurer, the Thohoyandou developer and the Gikondo garage owner
 * in short plain sentences, the others in between.
 *
 * Relations said plainly ("Every van run goes to one stall, and every stall has one count
 * a day", "A booking can have lots of costumes in it, and a costume can only be on one
 * booking at a time", "Every catch is from one boat", "Every order a fi one customer",
 * "every spot is one performer or vendor on one night", "Every buying is from one
 * harvester", "every booking is for one trip, and every trip is one bus", "Un pidíu ye d'un
 * cliente", "Ifishi imwe ni iy'imodoka imwe"); allowed values in the lists and sentences
 * themselves (ID seen or not, adult or kids, big one or not, deposit paid or not, back or
 * not, on ice in time yes or no, restaurant or hotel or local, paid or not, fire y/n, rained
 * out y/n, performer or vendor, paid y/n, AC or non-AC, up or down, student or not, UPI or
 * cash, tienda o particular, llistu o non, pagáu o non, salió o non, umuntu ku giti cye
 * cyangwa ikigo, yishyuwe cyangwa ntiyishyuwe) and in brackets (hostel or restaurant or
 * people, delivered or not, cash or Yappy, a cheese's size); background in a copybook in
 * the van and texts, in a big diary and raffle tickets pinned on the costumes, in a book at
 * the shed and a cash tin, in a school book and WhatsApp, on a clipboard and in a cigar
 * box, on a calculator and the back of the fuel bills, in a counter book and voice notes,
 * in a register and phone calls, in a llibreta and WhatsApp, in an ikayi and an isanduku;
 * technology named as Flutter, Ruby with SQLite, Kotlin, Go with PostgreSQL and Next.js
 * with PostgreSQL, and none at all by five of them; "no" said as "that's me uncle's, not
 * ours", "don't be putting that in either", "that's hers, nothing to do with us", "we
 * don't touch that, never have", "that is Brendon's business, not the club", "No. Leave
 * the coconut crab out", "dat a fi she business, no put it een", "no sah, mi nuh do dat",
 * "not my circus", "nah skip it", "that's the accountant's end, leave that be", "we don't
 * bother with that", "That one is not for us", "Let it stay outside", "that is the tourism
 * department's, not ours", "that is separate, no need to add", "eso nun ye cosa nuesa",
 * "non, dexa eso fuera", "ibyo ntibitureba", "ntimubishyiremo"; while rules keep their "no"
 * ("nothing from the day before, ever", "it's never sold the next day", "please don't wash
 * anything at home", "No fishing on Sunday", "no reef fish", "or we don't take it", "no
 * baking", "no amps", "nobody pays", "they never come off the top", "no sand", "no stopping,
 * no photos and no giving food to anybody", "after that nothing", "Nengún quesu se vende",
 * "nun unviamos a Canaries nin a Baleares", "Nta kazi dutangira", "nta garantie", "ku
 * cyumweru turafunga").
 *
 * The Enniscorthy grower's son takes the road off the stalls and puts the weather on the
 * counts, the Port Blair bus owner takes the conductor off the buses and puts the ID proof
 * on the bookings, and the Sotres cheesemaker takes the address (direición) off the
 * customers (clientes) and puts the delivery address (direición d'unviu) on the orders
 * (pidíos), each after "Change something" at "Your data"; the Southsea costume woman puts
 * the wig on the costumes, the Key West IT man renames the nights to sunsets, the Gaspé
 * developer takes the guarantee of $250 a day out of the shares, the Thohoyandou developer
 * takes the WhatsApp number off the traders and the Gikondo garage owner puts the fuel
 * (essence) on the job cards (amafishi), each at the review. Asturian and Kinyarwanda are
 * compared by their own words, so their expected words are in the forms the person used
 * (as "unviu val 9 € de baldre dende 80 €", "nta kazi dutangira umukiriya atemeye igiciro
 * kuri telefone"); every expected feature was checked to be in one sentence the person
 * said, and the excluded words of all ten were checked not to read like anything they
 * want (not "strawberries" for the uncle's pick-your-own, when strawberries are the whole
 * trade, but "pick-your-own"; not "party" for the sister's party shop, when hen dos and
 * parties are the customers, but "balloons"; not "fishing" for the tourists' charters, when
 * the club is a fishing club, but "charters"; not "fish" for the daughter's fried fish at
 * the dock, when leftovers are sold at the dock, but "fry fish"; not "conch" for the conch
 * train, when he calls himself a conch, but "trolley"; not "lobster" or "crab" alone for
 * the snow crab, but "snow crab"; not "mashonzha" for the sister's cooked ones, but "tuck
 * shop"; not "caves" or "boat" for the Baratang trip, but "limestone caves"; not "cueva"
 * for the cave visits, when every cheese cures in the cave, but "visites"; not "imodoka"
 * for the towing, but "dépannage").
 */
export const FIFTY_FIRST_ROUND: readonly Persona[] = [
  {
    id: "enniscorthy-strawberry-stalls",
    who: "A lad from outside Enniscorthy in County Wexford, just finished computer science in Carlow, whose father grows strawberries under tunnels and sells them every summer from eleven stalls along the N11 and the N30 with students from round about on every stall, in the Wexford English of Enniscorthy, in between ('the Model County', 'me da', 'me mam', 'sham', \"I'm after finishing\", 'the young ones', 'sure look', 'grand', 'pelting', \"that's me uncle's, not ours\", \"don't be putting that in\", 'Up the Yellabellies'): a phone app that can need a signal, for him and his father to see everything, the van driver to see his runs and the students to see their own stall, the season from the end of May to the middle of September, the stalls open 10 to 7 every day with Sundays as well, only strawberries picked that morning, a punnet €4, two €7 and a box of 6 €20, 60 punnets to start every stall with the van topping up at 1 and at 4, the punnets left, the cash and the card counted at 7 and matching, what's left at 7 back to the farm and never sold the next day, the stalls shut at 3 when it's pelting, students 16 or over at €13 an hour; records after colons inline (the stalls: the name, the road, the spot and who's on it), every van run to one stall and one count a stall a day; a copybook in the van and texts today; his uncle's pick-your-own \"that's me uncle's, not ours\", his mother's jam \"don't be putting that in either\"; the road taken off the stalls and the weather put on the counts after 'Change something' at 'Your data'",
    says: {
      overview:
        "Well. I'm Darragh Kehoe, from just outside Enniscorthy, County Wexford, the Model County, home of the strawberries. Me da grows strawberries, about twelve acres under tunnels, and every summer we sell them out of eleven stalls along the side of the road, on the N11 and the N30, with students from round about on every stall. Right now me da keeps the whole thing in a copybook in the van, and the young ones on the stalls text him when they're running low. Last July he got a text from the stall at Oilgate saying they were out, and he sent Seánie with 40 punnets to the stall at Camolin instead, and the Oilgate stall was sat there empty on the hottest Saturday of the year with the cars pulling in and pulling out again. I'm after finishing computer science in Carlow, so I said I'd make an app for the phones.",
      more: "Me and me da see everything on our phones, Seánie sees what the van has to bring where, and the young ones on the stalls put in what they sold and what's left. The signal is grand along the main roads, sure look, it can just work online.",
      walkthrough:
        "Right, here's how it goes.\nThe season is from the end of May to the middle of September, or whenever the strawberries are done.\nThe stalls are open 10 to 7, every day, Sundays as well, sure that's the busiest day.\nWe only sell strawberries that were picked that morning, nothing from the day before, ever.\nA punnet is €4, two punnets are €7, and a box of 6 punnets is €20.\nEvery stall starts the day with 60 punnets, and the van goes round topping them up at 1 and at 4.\nAt 7 the young one on the stall counts the punnets left and the cash and the card, and it has to match what went out.\nWhatever's left at 7 comes back to the farm, it's never sold the next day.\nWhen it's pelting the stalls close at 3, there's no one stopping in the rain anyway.\nThe young ones on the stalls have to be 16 or over, and they're paid €13 an hour.",
      things:
        "The stalls: the name, the road, the spot and who's on it. The students: name, phone, age and hours. The van runs: the stall, the time and how many punnets. The counts at 7: the stall, the date, the punnets left, the cash and the card. Every van run goes to one stall, and every stall has one count a day.",
      thingsChange:
        "Two things, sham. Take the road off the stalls, the name says it, Oilgate or Camolin or wherever. And put the weather on the counts, sunny or dull or pelting, so me da can see what the rain does to us.",
      extras: [
        "Me uncle does pick-your-own in the field behind the house, that's me uncle's, not ours. And me mam makes jam out of the soft ones, don't be putting that in either, she'd kill me.",
        "That's it. Up the Yellabellies.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "Me and me da see everything. Seánie in the van sees his runs. The young ones on the stalls log in and see only their own stall.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "end of May to the middle of September",
        "open 10 to 7 every day Sundays as well",
        "only sell strawberries picked that morning",
        "punnet €4 two punnets €7 box of 6 punnets €20",
        "every stall starts the day with 60 punnets van topping them up at 1 and at 4",
        "at 7 counts the punnets left cash and card has to match",
        "left at 7 comes back to the farm never sold the next day",
        "pelting the stalls close at 3",
        "16 or over paid €13 an hour",
      ],
      tables: [
        { name: "stalls", fields: ["name", "spot", "who's on it"] },
        { name: "students", fields: ["name", "phone", "age", "hours"] },
        { name: "van runs", fields: ["stall", "time", "how many punnets"] },
        { name: "counts", fields: ["stall", "date", "punnets left", "cash", "card", "weather"] },
      ],
      excluded: ["pick-your-own", "jam"],
      background: ["copybook", "texts"],
    },
  },
  {
    id: "southsea-fancy-dress-hire",
    who: "A woman born in Fratton who has had a fancy dress hire shop on Albert Road in Southsea for twenty-two years, about 2,000 costumes, with her daughter and a Saturday girl, in the Portsmouth English of Southsea, in long paragraphs ('Pompey', 'Fratton', 'Albert Road', 'over the water in Gosport', 'a right squinny', 'a proper dinlo', 'mush', \"a nipper's costume\", 'the Dockyard', 'the uni', 'nothing to do with us', \"we don't touch that\", 'play up Pompey'): a website where people see what's free, book and pay the deposit without signing up, she and her daughter see everything and the Saturday girl the day's pick-ups and returns, costumes out on a Friday and back on the Monday by 5 (three nights), £25 an adult costume, £12 a nipper's and £40 the big ones, a £30 deposit cash or card back when clean and in one piece, £5 a day late, £20 cleaning for fake tan, red wine or glitter and nothing washed at home, booked up to 3 months ahead and at least 6 weeks ahead for Halloween and the Victorian Festival of Christmas at the Dockyard, tried on in the shop at least a week before, a driving licence or passport with the name matching the booking, 10% off for a group of 8 or more; records told in sentences ('Every costume has …') with ID seen or not, adult or kids, big one or not, deposit paid or not and back or not in them, a booking with lots of costumes and a costume on one booking at a time; a big diary on the counter and raffle tickets pinned on the costumes today; her sister's party shop next door with the balloons 'nothing to do with us', face painting at kids' parties \"we don't touch that\"; the wig (yes or no) put on the costumes at the review",
    says: {
      overview:
        "Hello, my love. I'm Tracey Wells, born and bred in Fratton, Pompey through and through, and for twenty-two years I've had a fancy dress hire shop on Albert Road in Southsea. We've got about 2,000 costumes upstairs and down, everything from Victorian dresses and sailors to Elvis and Shrek and a full-size banana, and we do a lot of hen dos and stag dos and the students from the uni and the Victorian Festival of Christmas at the Dockyard every November. Right now every booking goes in a big diary on the counter and the costume gets a raffle ticket pinned on it with the name, and my daughter Jade says it's like something out of the ark. Last December I had two hen dos booked for the same six Victorian maids' outfits on the same Saturday, one lot from Fratton and one lot from over the water in Gosport, and the Gosport girls turned up to find the Fratton girls had already gone off in them, and the bride stood in my shop and had a right squinny, and I felt like a proper dinlo, I can tell you. My grandson's doing computing at the uni, bless him, and he says he'll build us a website so people can see what's free and book it themselves.",
      more: "People should be able to look at the costumes on the website, see what's free on their date, book it and pay the deposit, without signing up for anything, because nobody wants another password, do they. Me and Jade see everything, the money as well. The Saturday girl, Kayleigh, just needs to see who's picking up and who's bringing back that day.",
      walkthrough:
        "Right, so here's how we do it, and I've heard every excuse going, believe me.\n\nCostumes go out on a Friday and come back on the Monday by 5 o'clock, that's one hire, and if you want it in the week it's the same, three nights.\n\nAn adult costume is £25, a nipper's costume is £12, and the big ones, the inflatables and the full animal suits and the Victorian ballgowns, are £40.\n\nOn top of that there's a £30 deposit, cash or card, and you get that back when the costume comes back clean and in one piece.\n\nIf it comes back late it's £5 a day, and I don't care if your car broke down on the M27.\n\nIf it comes back with fake tan or red wine or glitter all over it, that's £20 for the cleaning, and please don't wash anything at home, mush, we've had wigs come back out of the washing machine looking like a drowned cat, we do all the cleaning here.\n\nYou can book up to 3 months ahead, and for Halloween and the Victorian Festival of Christmas at the Dockyard you need to book at least 6 weeks ahead, because everything goes.\n\nEverybody has to try their costume on in the shop at least a week before, so we can sort the size, I'm not having people squeezing into things on the night and splitting the seams.\n\nWhen you pick up we need to see a driving licence or a passport, and the name has to match the booking.\n\nAnd a group of 8 or more, your hen dos and your stag dos and the rugby club, gets 10% off.",
      things:
        "Every customer has a name, a phone number, an email and ID seen or not. Every costume has a number, a name, like Victorian maid or Elvis, a size, adult or kids, and big one or not. Every booking has the customer, the costumes, the pick-up date, the return date, deposit paid or not, and back or not. A booking can have lots of costumes in it, and a costume can only be on one booking at a time, obviously.",
      extras: [
        "My sister Michelle has the party shop next door, the balloons and the banners and the paper plates, that's hers, nothing to do with us. And people are always asking if we'll send someone to do face painting at the kids' parties, we don't touch that, never have.",
        "No, that's the lot, my love. Thanks ever so much, and play up Pompey!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Jade see everything, the money as well. Kayleigh, the Saturday girl, sees who's picking up and bringing back that day. Customers don't sign up, they just book with their name and phone and pay the deposit.",
    },
    atReview: [
      "Oh that's lovely, that is. One thing, put the wig on the costumes, yes or no, because half of them come with a wig and half the time the wig doesn't come back.",
      "That's it now, my love. Ta-ra.",
    ],
    expect: {
      kind: "web app",
      features: [
        "go out on a Friday come back on the Monday by 5 o'clock three nights",
        "adult costume £25 nipper's costume £12 big ones £40",
        "£30 deposit cash or card back when the costume comes back clean",
        "late £5 a day",
        "fake tan or red wine or glitter £20 for the cleaning",
        "book up to 3 months ahead Halloween and the Victorian Festival of Christmas at least 6 weeks ahead",
        "try their costume on in the shop at least a week before",
        "driving licence or a passport name has to match the booking",
        "group of 8 or more 10% off",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone number", "email", "ID seen or not"] },
        {
          name: "costumes",
          fields: ["number", "name", "size", "adult or kids", "big one or not", "wig yes or no"],
        },
        {
          name: "bookings",
          fields: [
            "customer",
            "costumes",
            "pick-up date",
            "return date",
            "deposit paid or not",
            "back or not",
          ],
        },
      ],
      excluded: ["balloons", "face painting"],
      background: ["diary", "raffle ticket"],
    },
  },
  {
    id: "tamakautoga-fishing-club-sales",
    who: "A man in Tamakautoga on Niue, treasurer of a fishing club of 22 members with small boats whose fish the club sells for them to the restaurants, the hotel and the local people, in the Niuean English of Tamakautoga, in short plain sentences ('Fakaalofa lahi atu', 'the Rock of Polynesia', 'Alofi wharf', 'the crane', 'the Friday sale', 'AUT', \"that is Brendon's business, not the club\", 'Leave the coconut crab out', 'Fakaaue lahi', 'Koe kia'): a program on the laptop at the club shed by Alofi wharf, where the internet is slow and costs a lot, the boats lifted in and out by the crane at the wharf from 6 in the morning to 6 at night, no fishing on Sunday, every fish weighed at the club shed with the boat owner there, only wahoo, yellowfin tuna and mahimahi and no reef fish because of the fish poisoning, NZ$14 a kilo from the restaurants and the hotel and NZ$10 from local people at the Friday sale, NZ$2 of every kilo kept by the club and the rest to the boat owner, the crane NZ$25 for in and out paid by the club and taken off the owner's money, fish on ice within 2 hours of catching or not taken, the owners paid every Friday after the sale; records after dashes on lines with on ice in time yes or no, restaurant or hotel or local and paid or not in them, every boat with one owner, every catch from one boat and every sale to one buyer; a book at the shed and a cash tin today; Brendon's game fishing charters for tourists \"that is Brendon's business, not the club\", the coconut crab 'No. Leave the coconut crab out'",
    says: {
      overview:
        "Fakaalofa lahi atu. My name is Mose Talagi. I live in Tamakautoga, on Niue, the Rock of Polynesia. I am the treasurer of our fishing club. We have 22 members with small boats. The members go fishing and the club sells the fish for them. We sell to the restaurants, the hotel and the local people. Now we write everything in a book at the shed, and the money goes in a cash tin. Last year we paid one boat twice for the same 40 kilos of wahoo. Another boat got nothing for two weeks. My nephew came back from Auckland. He studied computers at AUT. He will make a program for the laptop at the shed.",
      more: "The program is only for the laptop at the club shed by Alofi wharf. The internet here is slow and it costs a lot. So it must work without the internet. Me and the secretary use it.",
      walkthrough:
        "This is how we do it.\nThe crane lifts the boats in and out at the wharf, from 6 in the morning to 6 at night.\nNo fishing on Sunday, Sunday is for church.\nEvery fish is weighed at the club shed, with the boat owner there.\nWe only sell wahoo, yellowfin tuna and mahimahi, no reef fish, because of the fish poisoning.\nThe restaurants and the hotel pay NZ$14 a kilo, and local people pay NZ$10 a kilo at the Friday sale.\nThe club keeps NZ$2 of every kilo, and the rest goes to the boat owner.\nThe crane is NZ$25 for in and out, the club pays it and takes it off the owner's money.\nThe fish must be on ice within 2 hours of catching, or we don't take it.\nThe boat owners are paid every Friday after the sale.",
      things:
        "- members - name, village, phone\n- boats - name, length, owner\n- catches - boat, date, fish, kilos, on ice in time yes or no\n- sales - buyer, date, kilos, price a kilo, paid or not\n- buyers - name, restaurant or hotel or local\nEvery boat has one owner. Every catch is from one boat. Every sale is to one buyer.",
      extras: [
        "The game fishing charters for the tourists, that is Brendon's business, not the club. And the coconut crab, people always ask us. No. Leave the coconut crab out.",
        "That is all. Fakaaue lahi. Koe kia.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords. Only me and the secretary use the laptop at the shed.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "crane lifts the boats in and out 6 in the morning to 6 at night",
        "no fishing on Sunday",
        "every fish weighed at the club shed with the boat owner there",
        "only sell wahoo yellowfin tuna and mahimahi no reef fish",
        "restaurants and the hotel NZ$14 a kilo local people NZ$10 a kilo at the Friday sale",
        "club keeps NZ$2 of every kilo rest goes to the boat owner",
        "crane NZ$25 for in and out takes it off the owner's money",
        "on ice within 2 hours of catching or we don't take it",
        "boat owners paid every Friday after the sale",
      ],
      tables: [
        { name: "members", fields: ["name", "village", "phone"] },
        { name: "boats", fields: ["name", "length", "owner"] },
        { name: "catches", fields: ["boat", "date", "fish", "kilos", "on ice in time yes or no"] },
        { name: "sales", fields: ["buyer", "date", "kilos", "price a kilo", "paid or not"] },
        { name: "buyers", fields: ["name", "restaurant or hotel or local"] },
      ],
      excluded: ["charters", "coconut crab"],
      background: ["book at the shed", "cash tin"],
    },
  },
  {
    id: "old-bank-pan-bon-orders",
    who: "A woman born in Old Bank on Bastimentos, Bocas del Toro, Panama, who for twenty years has baked pan bon, patties, Johnny cake and coconut bread for the hostels, the small restaurants in Bocas town and the people, with her daughter carrying the orders over on the lancha, in the Creole English of Old Bank, in between ('mi name', 'pon', 'di hostel dem', 'likkle', 'fi', 'haffi', 'where dem deh', 'lancha', 'Yappy', 'sistemas', 'a fi she business', 'no put it een', 'no sah, mi nuh do dat', 'tank yu'): a phone app for her and her daughter that works without signal in Old Bank and sends when it catches signal again, baking Monday to Saturday and no baking on Sunday, orders in by 4 in the evening for the next morning, a patty $1.50, pan bon $4 the loaf, Johnny cake 75 cents and coconut bread $3, the orders carried to Bocas town on the 7 o'clock lancha, $2 delivery under $20 and free over, cash or Yappy on delivery and the hostels every Friday, 10% off 50 patties or more, what's left at 2 sold at the dock at half price; records in brackets inline with hostel or restaurant or people, delivered or not, cash or Yappy and paid or not in them, every order one customer's; a school book and WhatsApp today; her daughter's fry fish at the dock 'dat a fi she business, no put it een', cooking for weddings 'no sah, mi nuh do dat'; Flutter",
    says: {
      overview:
        "Good morning. Mi name Glenda Livingston, born an' raise in Old Bank, pon Bastimentos, in Bocas del Toro. Twenty year now mi bake pan bon, patty, Johnny cake an' coconut bread, an' mi sell to di hostel dem, di likkle restaurant dem in Bocas town, an' to di people dem. Everyting come in pon WhatsApp, mi write it in a school book, an' mi daughter Keisha carry it over pon di lancha every morning. Las' Carnaval mi bake 200 patty fi one hostel in Bocas town, but di order was fi one hostel over in Carenero, an' nobody pay mi fi dem patty. Mi grandson Kevin study sistemas in Changuinola, an' him say him wi' mek wi a app fi di phone.",
      more: "Mi an' Keisha use it pon di phone. Di signal a Old Bank no good at all, so it haffi work widout signal an' sen' everyting when it catch signal again.",
      walkthrough:
        "Dis a how wi do it:\nWi bake Monday to Saturday, Sunday mi go a church, no baking.\nOrder haffi come in by 4 o'clock in di evening fi di next morning.\nPatty a $1.50, pan bon a $4 di loaf, Johnny cake 75 cents an' coconut bread $3.\nKeisha carry di orders over to Bocas town pon di 7 o'clock lancha.\nDelivery a $2 if di order under $20, over $20 it free.\nDem pay cash or Yappy when dem get it, an' di hostel dem pay every Friday.\nWho tek 50 patty or more get 10% off.\nWhatever lef' at 2 o'clock wi sell at di dock fi half price.",
      things:
        "Customers (name, phone, where dem deh, hostel or restaurant or people). Orders (customer, day, wha' dem want, how many, delivered or not, cash or Yappy, paid or not). Bakes (day, wha' wi bake, how many, how many lef'). Every order a fi one customer, an' one customer can have plenty order.",
      extras: [
        "Keisha sell fry fish at di dock pon Saturday, dat a fi she business, no put it een. An' people always a ask mi fi cook fi dem wedding, no sah, mi nuh do dat.",
        "Dat a all. God bless, an' tank yu.",
      ],
      tech: "Kevin say him wi' do it in Flutter.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Only mi an' Keisha. Di customer dem no log in, dem sen' WhatsApp.",
      Technology: "I have preferences",
      "App tech": "Flutter",
    },
    expect: {
      kind: "mobile app",
      features: [
        "bake Monday to Saturday Sunday no baking",
        "order by 4 o'clock in di evening fi di next morning",
        "patty $1.50 pan bon $4 di loaf Johnny cake 75 cents coconut bread $3",
        "carry di orders over to Bocas town pon di 7 o'clock lancha",
        "delivery $2 under $20 over $20 free",
        "cash or Yappy di hostel dem pay every Friday",
        "50 patty or more 10% off",
        "lef' at 2 o'clock sell at di dock half price",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "where dem deh", "hostel or restaurant or people"] },
        {
          name: "orders",
          fields: [
            "customer",
            "day",
            "wha' dem want",
            "how many",
            "delivered or not",
            "cash or Yappy",
            "paid or not",
          ],
        },
        { name: "bakes", fields: ["day", "wha' wi bake", "how many", "how many lef'"] },
      ],
      excluded: ["fry fish", "wedding"],
      background: ["school book", "WhatsApp"],
      stack: ["Flutter"],
    },
  },
  {
    id: "key-west-sunset-pitches",
    who: "A Conch born and raised in Old Town Key West who works in IT at the hospital on Stock Island, whose mother has run the pitches for the nightly sunset celebration at the square, performers and vendors, for years, in the Conch English of Key West, in lower-case fragments ('conch', 'old town', 'stock island', 'every bubba in town', 'freshwater conchs n snowbirds', 'the square', 'the cat guy', 'rn', 'ppl', 'not my circus', 'nah skip it', 'one human family'): a Ruby command-line tool with SQLite on his mother's laptop, one file and no server, everybody checking in an hour before sunset, 12 performer spots and 30 vendor tables, performers picking by seniority (years at the square) and newcomers drawing for what's left, $10 a night for performers, $15 for vendors or a $200 month pass, a city business tax receipt on file and not expired, fire acts insured and only on the 4 spots at the water end, no amps and acoustic only, nobody paying when it's rained out before 5, seniority lost for the month after missing 3 in a row without calling; records after colons on lines with fire y/n, rained out y/n, performer or vendor and paid y/n in them, every spot one performer or vendor on one night; a clipboard and a cigar box today; the trolley tours and conch train tickets 'not my circus', a charity raffle 'nah skip it'; the nights renamed sunsets at the review; commands and flags; Ruby and SQLite",
    says: {
      overview:
        "hey. tony here, conch, born n raised in old town key west. i do IT at the hospital on stock island. my mom runs the spots for the sunset celebration at the square every night, performers n vendors, shes known every bubba in town for 40 yrs. rn its a clipboard n a cigar box for the cash. last feb she gave the same spot to the cat guy n a fire juggler, total chaos. so im making her a command line thing for her laptop",
      more: "just mom on her laptop. wifi at the square is trash so one file on the laptop, no server",
      walkthrough:
        "ok rules\n- every1 checks in w mom an hour before sunset\n- 12 performer spots n 30 vendor tables\n- performers pick spots by seniority, years at the square. new ppl, freshwater conchs n snowbirds, draw for whats left\n- $10 a night performers, $15 vendors, or a month pass $200\n- everybody needs a city business tax receipt on file n it cant be expired\n- fire acts need insurance n only go on the 4 spots at the water end\n- no amps, acoustic only\n- rained out before 5 nobody pays\n- miss 3 in a row without calling mom n u lose ur seniority for the month",
      things:
        "performers: name, act, phone, years at the square, tax receipt expiry, fire y/n\nvendors: name, what they sell, phone, tax receipt expiry\nnights: date, sunset time, rained out y/n\nspots: date, spot number, performer or vendor, paid y/n\nevery spot is one performer or vendor on one night",
      commands:
        "like this: sunset checkin --performer 14, sunset checkin --vendor 3, sunset draw --date 2025-02-14 (seniority first then the draw), sunset pay --performer 14 --amount 50, sunset pass --vendor 3 --month 2025-03, sunset rainout --date 2025-02-14, sunset expiring (whose tax receipt runs out this month), sunset report --month 2025-02. mom types em, i fix stuff on my days off",
      extras: [
        "ppl always ask her abt the trolley tours n conch train tickets, not my circus. n some vendors want a raffle for charity, nah skip it",
        "thats it. one human family lol",
      ],
      tech: "ruby, thor for the commands, sqlite. one file on moms laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Ruby",
    },
    atReview: [
      "looks good. one thing, call the nights sunsets, mom always says whats on for sunset tonite",
      "ya thats it. thx",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "checks in an hour before sunset",
        "12 performer spots n 30 vendor tables",
        "performers pick spots by seniority new ppl draw for whats left",
        "$10 a night performers $15 vendors month pass $200",
        "city business tax receipt on file cant be expired",
        "fire acts need insurance 4 spots at the water end",
        "no amps acoustic only",
        "rained out before 5 nobody pays",
        "miss 3 in a row without calling lose ur seniority for the month",
      ],
      tables: [
        {
          name: "performers",
          fields: ["name", "act", "phone", "years at the square", "tax receipt expiry", "fire y/n"],
        },
        { name: "vendors", fields: ["name", "what they sell", "phone", "tax receipt expiry"] },
        { name: "sunsets", fields: ["date", "sunset time", "rained out y/n"] },
        { name: "spots", fields: ["date", "spot number", "performer or vendor", "paid y/n"] },
      ],
      excluded: ["trolley", "raffle"],
      background: ["clipboard", "cigar box"],
      stack: ["Ruby", "SQLite"],
      commands: [
        "checkin",
        "draw",
        "pay",
        "pass",
        "rainout",
        "expiring",
        "report",
        "--performer",
        "--vendor",
        "--date",
        "--amount",
        "--month",
      ],
    },
  },
  {
    id: "douglastown-lobster-crew-shares",
    who: "A developer from one of the English families of Douglastown on the Gaspé coast who works from home for a Montreal company, whose father fishes lobster out of Sandy Beach every spring with two helpers, in the Gaspé English of Douglastown, in between ('down on the Coast', 'one of the English families', 'the old man', 'some hard', 'the boys', 'the helpers', 'canners and markets', 'the caisse', 'Forillon', \"that's the accountant's end, leave that be\", \"we don't bother with that\", 'bye now'): a Kotlin library for the Android app he is making his father, nothing kept, given the trips and the crew, every trip with the pounds of canners and of markets each at its own price that can change every week, bait and fuel off the top before anything is split, the licence and the traps the old man's own and never off the top, what's left split half for the boat and half for the crew, the crew's half in shares with 1 for the captain, 1 for every helper and half for a first-year helper, a helper who misses days getting his share by the days he fished out of the days the boat fished, everything rounded to the cent with the cents left over to the boat, every man's amount given back with the working line by line; a calculator and the back of the fuel bills today; the Employment Insurance \"that's the accountant's end, leave that be\", snow crab \"we don't bother with that\"; the guarantee of $250 a day fished taken out at the review; Kotlin",
    says: {
      overview:
        "Hi there. I'm Shane Patterson, from Douglastown, down on the Coast, in the Gaspé. We're one of the English families here, there's not many of us left, most of the young ones went up to Montreal or off to Ontario. I'm a developer, I work from home for a company in Montreal. The old man fishes lobster out of Sandy Beach every spring, him and two helpers, the same as my grandfather did before they put the park in at Forillon. The buyer pays the old man into his account at the caisse, and at the end of the season he works out the helpers' shares with a calculator on the back of the fuel bills. Last year he was out by almost $900 on one of the boys, and that's some hard on a small crew when you're all cousins. So I'm writing a little library that does the shares right.",
      more: "It doesn't keep anything. You give it the trips and the crew and it gives you back everybody's share. It goes in the app I'm making the old man for his phone, and my cousin wants it for his boat too.",
      walkthrough:
        "Okay, here's how the shares go.\nEvery trip has the pounds of canners and the pounds of markets, and each has its own price, and the price can change every week.\nBait and fuel come off the top, before anything gets split.\nThe licence and the traps are the old man's own, they never come off the top.\nWhat's left is split in half, half for the boat and half for the crew.\nThe crew's half goes in shares, the captain gets 1 share, every helper gets 1 share, and a first-year helper gets half a share.\nA helper that misses days gets his share by the days he fished out of the days the boat fished.\nEvery helper is guaranteed at least $250 a day fished, and if his share comes out less the boat's half makes it up.\nEverything is rounded to the cent, and any cents left over go to the boat.\nIt has to give back every man's amount with the working line by line, so nobody's arguing on the wharf.",
      extras: [
        "The Employment Insurance stuff, the stamps and the weeks, that's the accountant's end, leave that be. And snow crab, the old man don't fish crab, we don't bother with that.",
        "That's about it. Thanks a lot, bye now.",
      ],
      tech: "Kotlin. The app for his phone is Android, in Kotlin, so a Kotlin library I can drop right in.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Kotlin",
    },
    atReview: [
      "Looks right. Only thing, take out the guarantee, the $250 a day. The old man says he's not doing that no more, the share is the share.",
      "That's her now. Bye now.",
    ],
    expect: {
      kind: "library",
      features: [
        "pounds of canners pounds of markets each has its own price price can change every week",
        "bait and fuel come off the top",
        "licence and the traps never come off the top",
        "split in half half for the boat half for the crew",
        "captain 1 share every helper 1 share first-year helper half a share",
        "misses days share by the days he fished out of the days the boat fished",
        "rounded to the cent cents left over go to the boat",
        "every man's amount working line by line",
      ],
      tables: [],
      excluded: ["guarantee", "Employment Insurance", "snow crab"],
      background: ["calculator", "fuel bills"],
      stack: ["Kotlin"],
    },
  },
  {
    id: "thohoyandou-mashonzha-orders-api",
    who: "A developer in Thohoyandou, Vhembe, Limpopo, who studied computer science at Univen, whose mother has bought dried mopane worms (mashonzha) from the harvesters in the villages for twenty years and sold them in bags to traders from Gauteng, in the Venda English of Thohoyandou, in short plain sentences ('Ndaa', 'Vhembe', 'Univen', 'mashonzha', 'the harvesters', 'the traders from Gauteng', 'a counter book', 'voice notes', 'Eish', 'EFT', 'That one is not for us', 'Let it stay outside', 'Ndo livhuwa'): a service without screens, in Go with PostgreSQL, that a WhatsApp bot for the traders and a small dashboard for his mother call, buying in two seasons, December to January and April to May, only dry worms with the insides squeezed out and no sand, the harvesters paid R45 a kilo cash on the spot, every harvester's name, village and ID number, bags of 25 kg at R2,000 and 50 kg at R3,800 for the traders, 2 bags the smallest order, half by EFT before loading and the rest on loading, the truck to Gauteng on Thursday, 500 g packets at R60 at the Thohoyandou market on Saturday; records after colons on lines with paid half and paid all in them, every buying from one harvester and every order from one trader; a counter book and WhatsApp voice notes today; his aunt's marula beer 'That one is not for us', his sister's tuck shop selling them cooked with pap 'Let it stay outside'; the WhatsApp number taken off the traders at the review; Go and PostgreSQL",
    says: {
      overview:
        "Ndaa. My name is Mpho Ramabulana. I am a developer in Thohoyandou, in Vhembe, Limpopo. I studied computer science at Univen. My mother buys and sells mashonzha, the dried mopane worms. She is doing it for twenty years now. She buys from the harvesters in the villages. She sells bags to the traders who come from Gauteng. Now she writes everything in a counter book. The traders send their orders as voice notes on WhatsApp. Last April two traders paid for the same 10 bags. There was only one lot of bags. Eish, it was a big fight at the yard. So I am building a service for her.",
      more: "It is just the service. A WhatsApp bot for the traders calls it. A small dashboard for my mother calls it too. I am making both.",
      walkthrough:
        "These are the rules.\nWe buy in two seasons, December to January and April to May.\nWe buy only dry worms, with the insides squeezed out and no sand.\nWe pay the harvesters R45 a kilo, cash, on the spot.\nEvery harvester gives her name, her village and her ID number.\nWe sell to the traders in bags of 25 kg at R2,000 and 50 kg at R3,800.\nThe smallest order is 2 bags.\nTraders pay half by EFT before loading and the rest on loading.\nThe truck to Gauteng leaves on Thursday.\nOn Saturday we sell 500 g packets at the Thohoyandou market for R60.",
      things:
        "Harvesters: name, village, ID number, phone.\nBuying: harvester, date, kg, amount.\nTraders: name, town, phone, WhatsApp number.\nOrders: trader, date, bags of 25 kg, bags of 50 kg, paid half, paid all.\nEvery buying is from one harvester. Every order is from one trader.",
      extras: [
        "My aunt makes marula beer in February. That one is not for us. My sister's tuck shop sells mashonzha cooked with pap. Let it stay outside.",
        "That is all. Ndo livhuwa.",
      ],
      tech: "Go, with PostgreSQL. That is what I use at work.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The WhatsApp bot and the dashboard get API keys. My mother is the admin. Traders do not log in, the bot knows them by their phone number.",
      Technology: "I have preferences",
      "Back end": "Go",
      Database: "PostgreSQL",
    },
    atReview: [
      "It is fine. One thing: remove the WhatsApp number from the traders, it is the same as the phone.",
      "That is all. Ndo livhuwa.",
    ],
    expect: {
      kind: "api service",
      features: [
        "two seasons December to January and April to May",
        "only dry worms insides squeezed out no sand",
        "harvesters R45 a kilo cash on the spot",
        "every harvester name village and ID number",
        "bags of 25 kg at R2,000 and 50 kg at R3,800",
        "smallest order is 2 bags",
        "half by EFT before loading rest on loading",
        "truck to Gauteng leaves on Thursday",
        "500 g packets Thohoyandou market R60",
      ],
      tables: [
        { name: "harvesters", fields: ["name", "village", "ID number", "phone"] },
        { name: "buying", fields: ["harvester", "date", "kg", "amount"] },
        { name: "traders", fields: ["name", "town", "phone"] },
        {
          name: "orders",
          fields: ["trader", "date", "bags of 25 kg", "bags of 50 kg", "paid half", "paid all"],
        },
      ],
      excluded: ["marula", "tuck shop"],
      background: ["counter book", "voice notes"],
      stack: ["Go", "PostgreSQL"],
    },
  },
  {
    id: "port-blair-atr-bus-seats",
    who: "A man in Junglighat, Port Blair, 'local born', whose family runs four private buses from Port Blair to Rangat, Mayabunder and Diglipur up the Andaman Trunk Road through the Jarawa reserve, in the Andaman English of Port Blair, in between ('Good morning ji', 'local born', 'the mainland', 'the ATR', 'Aberdeen Bazaar', 'the convoy at Jirkatang', 'what to do', 'on the website itself', 'no need of login', 'only', \"that is the tourism department's, not ours\", 'that is separate, no need to add'): a website where passengers see the free seats, book and pay without a login, he and his brother see everything and the conductors see their trip's passengers, the buses leaving Port Blair at 4:30 in the morning for the 6 o'clock convoy at Jirkatang, ₹300 to Rangat, ₹400 to Mayabunder and ₹500 to Diglipur with ₹150 more for the AC bus, seats booked up to 15 days before only, a phone booking paid by UPI within 2 hours or the seat released, half fare for students with a college ID, the first two rows for ladies and senior citizens, one bag free and big luggage on the roof at ₹100 a piece, 75% back on a cancel 24 hours before and nothing after, no stopping, no photos and no food given to anybody inside the reserve, printed on every ticket; records in brackets inline with AC or non-AC, up or down, student or not and UPI or cash in them, every booking for one trip and every trip one bus; a register at the counter in Aberdeen Bazaar and phone calls today; the Baratang limestone caves boat \"that is the tourism department's, not ours\", his brother's cargo truck 'that is separate, no need to add'; the conductor taken off the buses and the ID proof put on the bookings after 'Change something' at 'Your data'; Next.js and PostgreSQL",
    says: {
      overview:
        "Good morning ji. I am Subhash Mondal, local born, from Junglighat in Port Blair. My grandfather came as a settler in the 1950s. We are running four private buses from Port Blair to Rangat, Mayabunder and Diglipur, on the ATR, through the Jarawa reserve. Now all bookings are in a register at our counter in Aberdeen Bazaar, and phone calls the whole day. Last Durga Puja the same seats we gave to two families, and one family had come from the mainland only for the Puja, they were standing on the road at 4:30 in the morning with small children. What to do, we put them on the floor of the bus till Rangat. My cousin is working in Bengaluru in one IT company, he will make a website for us.",
      more: "Passengers should see the free seats, book and pay on the website itself. Me and my brother see everything. The conductors see the passenger list of their trip on the phone. Passengers no need of login, only name and phone.",
      walkthrough:
        "Our rules are like this:\nBuses leave Port Blair at 4:30 in the morning to catch the 6 o'clock convoy at Jirkatang.\nPort Blair to Rangat is ₹300, to Mayabunder ₹400, to Diglipur ₹500, and the AC bus is ₹150 more.\nSeats can be booked up to 15 days before only.\nPhone booking must be paid by UPI within 2 hours, otherwise the seat is released.\nStudents with college ID get half fare.\nThe first two rows are for ladies and senior citizens.\nOne bag is free, big luggage goes on the roof at ₹100 a piece.\nCancel 24 hours before and 75% comes back, after that nothing.\nInside the Jarawa reserve there is no stopping, no photos and no giving food to anybody, and every ticket must print this.",
      things:
        "Buses (number, AC or non-AC, driver, conductor, seats). Trips (bus, date, up or down). Bookings (trip, name, phone, from, to, seat number, student or not, UPI or cash, paid). Every booking is for one trip, and every trip is one bus.",
      thingsChange:
        "Two changes ji. Remove the conductor from the buses, the conductors keep changing. And add ID proof in the bookings, the police at Jirkatang check post sometimes ask.",
      extras: [
        "People ask for the boat to the Baratang limestone caves, that is the tourism department's, not ours. And my brother's cargo truck to Diglipur, that is separate, no need to add.",
        "That's all ji. Thank you.",
      ],
      tech: "My cousin says Next.js with PostgreSQL, he is using that only in his company.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and my brother see everything. The conductors log in and see only their trip's passenger list. Passengers book without login, only name and phone.",
      "Your data": ["Change something", "Looks right"],
      Technology: "I have preferences",
      "Front end": "Next.js",
      "Back end": "Next.js as well, its API routes",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "web app",
      features: [
        "leave Port Blair at 4:30 in the morning 6 o'clock convoy at Jirkatang",
        "Rangat ₹300 Mayabunder ₹400 Diglipur ₹500 AC bus ₹150 more",
        "booked up to 15 days before",
        "phone booking paid by UPI within 2 hours otherwise the seat is released",
        "students with college ID half fare",
        "first two rows for ladies and senior citizens",
        "one bag free big luggage on the roof ₹100 a piece",
        "cancel 24 hours before 75% comes back after that nothing",
        "no stopping no photos no giving food every ticket must print this",
      ],
      tables: [
        { name: "buses", fields: ["number", "AC or non-AC", "driver", "seats"] },
        { name: "trips", fields: ["bus", "date", "up or down"] },
        {
          name: "bookings",
          fields: [
            "trip",
            "name",
            "phone",
            "from",
            "to",
            "seat number",
            "student or not",
            "UPI or cash",
            "paid",
            "ID proof",
          ],
        },
      ],
      excluded: ["limestone caves", "cargo truck"],
      background: ["register", "phone calls"],
      stack: ["Next.js", "PostgreSQL"],
    },
  },
  {
    id: "sotres-cabrales-quesos",
    who: "A woman in Sotres, Cabrales, in the Picos de Europa, whose family has made Cabrales cheese for three generations from their own cows' milk and the neighbours' goats' and sheep's and cured it in a cave above the village, selling to shops in Oviedo, Gijón and Madrid and to people who ring, in Asturian (never used before: Spanish was written as Mexican Spanish, and Galician, Basque and Catalan, Asturian never; as she types it, in between, with the Spanish-shaped words Asturians really use beside their own: 'quesu', 'cueva', 'llote', 'númberu', 'pidíu', 'unviu', 'de baldre', 'mensaxería refrixerada', 'tarxeta', 'tresferencia', 'páxina web', 'informática', 'WhatsApp', \"Denominación d'Orixe\", 'Guah', 'eso nun ye cosa nuesa', 'dexa eso fuera', 'puxa Asturies'): a website where people see the cheeses, order and pay without an account, the shops log in and pay at 30 days and she and her husband see everything, no cheese sold before two months in the cave, the 3 kilo cheese 90 €, the 1 kilo 32 € and a half kilo wedge 17 €, sent only Monday to Wednesday by chilled courier so none spends the weekend in a warehouse, delivery 9 € and free from 80 €, nothing sent to the Canaries or the Balearics in July and August, people paying by card when they order and shops by transfer at 30 days, shops ordering at least 4 cheeses of 3 kilos, every cheese with the designation of origin label and the lot number, a photo within 48 hours of a cheese arriving bad and the money back; records told in sentences ('Cada quesu tien …') with the size in brackets and llistu o non, tienda o particular, pagáu o non and salió o non in them, every order one customer's; a llibreta and WhatsApp today; her brother-in-law's cider in Llanes 'eso nun ye cosa nuesa', visits to the cave 'non, dexa eso fuera'; the address (direición) taken off the customers (clientes) and the delivery address (direición d'unviu) put on the orders (pidíos) after 'Change something' at 'Your data'",
    says: {
      overview:
        "¡Bones! Soi Marisa Díaz, de Sotres, en Cabrales, nos Picos d'Europa. La mio familia fai quesu de Cabrales dende hai tres xeneraciones, cola lleche de les nueses vaques y la de les cabres y les oveyes de los vecinos, y el quesu cúrase nuna cueva enriba'l pueblu. Agora vendemos a delles tiendes d'Uviéu, de Xixón y de Madrid, y a xente que nos llama per teléfonu, y tolo apunto nuna llibreta y nel WhatsApp. L'agostu pasáu unviamos un quesu de tres kilos a una señora de Barcelona que yera pa una tienda de Madrid, y col calor llegó fechu un desastre. ¡Guah, qué disgustu! El mio fíu Iyán ta estudiando informática en Xixón y diz que nos fai una páxina web.",
      more: "La xente tien que poder ver los quesos, pidir y pagar na web ensin facer cuenta. Les tiendes sí tienen cuenta, porque paguen a 30 díes. Yo y el mio home, Pepe, vemos too.",
      walkthrough:
        "Mira, asina ye como trabayamos:\nNengún quesu se vende enantes de tar dos meses na cueva.\nEl quesu de 3 kilos val 90 €, el de 1 kilu 32 €, y la cuña de mediu kilu 17 €.\nUnviamos namás de llunes a miércoles, per mensaxería refrixerada, pa que nengún quesu pase la fin de selmana nun almacén.\nL'unviu val 9 € y ye de baldre dende 80 €.\nEn xunetu y agostu nun unviamos a Canaries nin a Baleares, pol calor.\nLa xente paga cola tarxeta al pidir, y les tiendes paguen per tresferencia a 30 díes.\nLes tiendes pidin polo menos 4 quesos de 3 kilos.\nCada quesu lleva la etiqueta de la Denominación d'Orixe y el númberu de llote.\nSi un quesu llega malu, mándennos una semeya en 48 hores y devolvemos les perres.",
      things:
        "Cada quesu tien un númberu de llote, el tamañu (3 kilos, 1 kilu o cuña), la fecha qu'entró na cueva y si ta llistu o non. Cada cliente tien nome, teléfonu, corréu, direición y si ye tienda o particular. Cada pidíu tien el cliente, la fecha, los quesos, l'unviu, si ta pagáu o non y si salió o non. Un pidíu ye d'un cliente, y un cliente pue tener munchos pidíos.",
      thingsChange:
        "Dos coses. Quíta-yos la direición a los clientes, pídola en cada pidíu porque cambia muncho. Y pon-yos a los pidíos la direición d'unviu.",
      extras: [
        "El mio cuñáu fai sidra en Llanes, eso nun ye cosa nuesa. Y tolos años hai xente que quier facer visites a la cueva, pero non, dexa eso fuera.",
        "Y yá ta. Munches gracies, ¡y puxa Asturies!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Yo y Pepe vemos too. Les tiendes entren col so corréu y una contraseña y ven namás los sos pidíos. La xente normal pide ensin cuenta.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "nengún quesu se vende enantes de tar dos meses na cueva",
        "quesu de 3 kilos val 90 € 1 kilu 32 € cuña de mediu kilu 17 €",
        "unviamos namás de llunes a miércoles per mensaxería refrixerada",
        "unviu val 9 € de baldre dende 80 €",
        "xunetu y agostu nun unviamos a Canaries nin a Baleares",
        "xente paga cola tarxeta tiendes per tresferencia a 30 díes",
        "tiendes pidin polo menos 4 quesos de 3 kilos",
        "etiqueta de la Denominación d'Orixe númberu de llote",
        "quesu llega malu semeya en 48 hores devolvemos les perres",
      ],
      tables: [
        { name: "quesos", fields: ["númberu de llote", "tamañu", "fecha qu'entró na cueva", "llistu o non"] },
        { name: "clientes", fields: ["nome", "teléfonu", "corréu", "tienda o particular"] },
        {
          name: "pidíos",
          fields: ["cliente", "fecha", "quesos", "unviu", "pagáu o non", "salió o non", "direición d'unviu"],
        },
      ],
      excluded: ["sidra", "visites"],
      background: ["llibreta", "WhatsApp"],
    },
  },
  {
    id: "gikondo-garage-job-cards",
    who: "A man in Gikondo, Kicukiro, Kigali, who has run a car repair garage with six mechanics for ten years, for private owners and companies, in Kinyarwanda (never used before: formal Rwandan English was written in Nyagatare, Swahili was mixed with English and Lingala was written, Kinyarwanda never; as he types it, in short plain sentences, with the French and English words Kigali really mixes in: 'garage', 'réception', 'informatique', 'porogaramu', 'plaque', 'marque', 'kilometrage', 'essence', 'diagnostic', 'pièces', 'garantie', 'MoMo', 'cash', 'banki', 'fagitire ya EBM', 'parking', 'password', 'car wash', 'dépannage', 'ibyo ntibitureba', 'ntimubishyiremo', 'Imana ibahe umugisha'): a program on the one computer at reception, where the internet comes and goes, open Monday to Saturday from 7:30 in the morning to 6 in the evening and shut on Sunday, every car coming in given a job card (ifishi) with the plate, the kilometres and the fuel in it, a 10,000 Frw diagnostic taken off the price when the car is repaired there, no work started before the customer agrees the price on the phone, no warranty on the customer's own parts and 3 months on theirs, MoMo, cash or bank with an EBM invoice for every customer, companies paying at the end of the month, 2,000 Frw a day parking for a finished car not fetched after 7 days, the car handed only to the person written on the card showing the national ID (indangamuntu); records after dashes on lines with umuntu ku giti cye cyangwa ikigo and yishyuwe cyangwa ntiyishyuwe in them, every car one customer's and every job card one car's; a big notebook (ikayi) at reception and a cash box (isanduku) today; his cousin's car wash behind the garage 'ibyo ntibitureba', towing (dépannage) 'ntimubishyiremo'; the fuel (essence) put on the job cards (amafishi) at the review",
    says: {
      overview:
        "Muraho neza! Nitwa Emmanuel Niyonsenga. Mfite garage i Gikondo, mu Karere ka Kicukiro, i Kigali. Tumaze imyaka icumi dukora, dufite abakanishi batandatu. Dukora imodoka z'abantu ku giti cyabo n'iz'ibigo. Ubu ibintu byose tubyandika mu ikayi nini kuri réception, amafaranga tukayabika mu isanduku. Umwaka ushize twahaye umushoferi imodoka itari iye. Hari RAV4 ebyiri z'umukara, ajyana itari yo. Byaduteye ibibazo byinshi. Umuhungu wanjye yize informatique muri Kaminuza y'u Rwanda. Azadukorera porogaramu kuri mudasobwa ya réception.",
      more: "Porogaramu izakora kuri mudasobwa imwe ya réception. Internet iragenda ikagaruka, ntidushaka ko akazi gahagarara. Jyewe n'umucungamari tubona byose. Umukobwa wa réception yandika imodoka zinjira n'izisohoka.",
      walkthrough:
        "Dore uko dukora:\nDukora kuva kuwa mbere kugeza kuwa gatandatu, saa moya n'igice za mu gitondo kugeza saa kumi n'ebyiri z'umugoroba, ku cyumweru turafunga.\nImodoka yose yinjiye ihabwa ifishi, tukandikaho plaque, kilometrage na essence irimo.\nIsuzuma (diagnostic) ni 10,000 Frw, ariko iyo imodoka ikorewe hano, ayo mafaranga akurwa ku giciro.\nNta kazi dutangira umukiriya atemeye igiciro kuri telefone.\nUmukiriya ashobora kuzana pièces ze ariko nta garantie, pièces zacu zo zifite garantie y'amezi 3.\nKwishyura ni MoMo, cash cyangwa banki, kandi buri mukiriya ahabwa fagitire ya EBM.\nIbigo byishyura ku mpera z'ukwezi.\nImodoka yarangiye ikamara iminsi irenga 7 itaratwarwa, yishyura parking ya 2,000 Frw ku munsi.\nImodoka tuyiha gusa umuntu wanditse ku ifishi, yerekanye indangamuntu.",
      things:
        "- Abakiriya: amazina, telefone, umuntu ku giti cye cyangwa ikigo\n- Imodoka: plaque, marque, umwaka, nyirayo\n- Amafishi: imodoka, itariki yinjiriyeho, kilometrage, ikibazo, umukanishi, igiciro, yishyuwe cyangwa ntiyishyuwe\n- Abakanishi: amazina, telefone\nImodoka imwe ni iy'umukiriya umwe. Ifishi imwe ni iy'imodoka imwe.",
      extras: [
        "Car wash iri inyuma ya garage ni iya mubyara wanjye, ibyo ntibitureba. Dépannage, gukurura imodoka zapfuye mu muhanda, ntimubishyiremo.",
        "Ni ibyo gusa. Murakoze, Imana ibahe umugisha.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Nta password. Jyewe, umucungamari n'umukobwa wa réception ni twe dukoresha mudasobwa.",
    },
    atReview: [
      "Ni byiza. Ikintu kimwe: mwongere essence irimo ku mafishi, turibagirwa kuyandika.",
      "Ni byo rwose. Murakoze.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "kuwa mbere kugeza kuwa gatandatu saa moya n'igice kugeza saa kumi n'ebyiri ku cyumweru turafunga",
        "imodoka yose yinjiye ihabwa ifishi plaque kilometrage na essence irimo",
        "isuzuma 10,000 Frw imodoka ikorewe hano ayo mafaranga akurwa ku giciro",
        "nta kazi dutangira umukiriya atemeye igiciro kuri telefone",
        "pièces ze nta garantie pièces zacu garantie y'amezi 3",
        "MoMo cash cyangwa banki fagitire ya EBM",
        "ibigo byishyura ku mpera z'ukwezi",
        "iminsi irenga 7 itaratwarwa parking ya 2,000 Frw ku munsi",
        "tuyiha gusa umuntu wanditse ku ifishi yerekanye indangamuntu",
      ],
      tables: [
        { name: "abakiriya", fields: ["amazina", "telefone", "umuntu ku giti cye cyangwa ikigo"] },
        { name: "imodoka", fields: ["plaque", "marque", "umwaka", "nyirayo"] },
        {
          name: "amafishi",
          fields: [
            "imodoka",
            "itariki yinjiriyeho",
            "kilometrage",
            "ikibazo",
            "umukanishi",
            "igiciro",
            "yishyuwe cyangwa ntiyishyuwe",
            "essence",
          ],
        },
        { name: "abakanishi", fields: ["amazina", "telefone"] },
      ],
      excluded: ["car wash", "dépannage"],
      background: ["ikayi", "isanduku"],
    },
  },
];
