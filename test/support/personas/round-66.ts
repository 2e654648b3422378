import type { Persona } from "../persona-driver.js";

/**
 * The sixty-sixth round: ten more people nobody has met, written blind, without reading the
 * interviewer or anything that reads these files, and before any spec was made from what they
 * say. What each of them expects was set down from their own words, the way a careful listener
 * would take them, so the round can be held out or tuned on like the rest.
 *
 * As before, ordinary people telling an idea the ordinary way, made neither easy nor hard:
 * answers from a lower-case fragment to several paragraphs, records told in sentences ("E
 * jeder Kunde het …", "E jedi Bstellung het …", and in lower case "customers got …, orders got
 * …"), spread over sentences ("There's the customers, with …", "Then the orders, that's …",
 * "And the cattle, each one with …"), after colons inline ("Customers: name, phone, …. Orders:
 * …", and in lower case "workers: name, phone, …. shifts: …"), after colons on lines
 * ("Batches: number, perry or cider, …", "Loads: truck, farmer, …", "Deng order: customer,
 * petsa, …"), in brackets inline ("Customers (name, island, phone), orders (…)"), with what a
 * value may be in brackets ("which area (kampong, settlement, poon saan, drumsite)", "job
 * (saw, tongs, loader)"), and none at all from the library, whose rules come numbered. Eight
 * write in English, each in the English of a place no round has used (every round-*.ts,
 * index.ts and held-out.ts was searched, their doc comments and every `who`: the Englishes of
 * Cork, Dublin, Donegal, Kerry, Mayo, Wexford and Cavan were used and Galway and Kilkenny
 * named, no English of Clare was, nor "Burren", "Kilfenora", "Ennistymon", "Lisdoonvarna",
 * "winterage" or "Clare FM", "Carron" only as a glen in Wester Ross; the Forest of Dean
 * English of Cinderford, the Englishes of Somerset, Bristol and the Potteries and a Black
 * Country English were used, no English of Herefordshire was, nor "Hereford", "Ledbury", "Much
 * Marcle", "Bromyard", "perry", "wassail" or "Blakeney Red"; the Englishes of Saba, St.
 * Maarten, St Kitts, Anguilla and Montserrat were used, no English of St Eustatius was, nor
 * "Statia", "Oranjestad", "the Quill", "Upper Town" or "goat water"; the Pohnpeian English of
 * Kolonia, the Chuukese English of Weno, the Marshallese English of Majuro and the Guam
 * English of Yigo were used, "sakau" only at a Pohnpei party, no English of Kosrae was, nor
 * "Kosrae", "Utwe", "Tofol", "Lotu wo", "Kulo ma lulap" or "tangerines"; the Malaysian
 * Englishes of Penang, Kuching, Kundasang and Brinchang and the Englishes of Norfolk Island,
 * Lord Howe and Kangaroo Island were used, no English of Christmas Island was, nor "Christmas
 * Island", "Flying Fish Cove", "Poon Saan", "Drumsite", "nasi lemak", "kuih", "buka puasa" or
 * "red crabs"; the Nigerian Englishes of Lagos, Calabar and Kano were used and Yoruba written
 * in Ibadan and Igbo in Owerri, no English of Benue was, nor "Makurdi", "Benue", "Zaki Biam",
 * "M sugh u", "Mile 12" or "Katsina-Ala", "garri" only as an excluded word; the English of
 * Chennai, the Indian English of Coimbatore and the Tamil-coloured English of Jaffna were used
 * and Tamil written in Velachery, no English of Chettinad was, nor "Chettinad", "Karaikudi",
 * "Athangudi", "Madurai", "chithappa" or "Pongal"; the Vermont English of Franklin County, the
 * English of Bowdoinham in Maine and the Polish-American English of Buffalo were used, no
 * English of the Adirondacks was, nor "Adirondack", "Saranac", "Lake Flower", "the dacks" or
 * "ice palace"): the Clare English of the Burren, in long paragraphs ("Hello and God bless
 * from the Burren", "himself", "the winterage", "below in Ennis", "fierce", "I'm after", "UL",
 * "that's Seán's own business entirely", "leave that out altogether", "mind yourselves"), the
 * Herefordshire English of the Marcle country, in long paragraphs ("How be you?", "ar", "our
 * Sue", "the Marcle Ridge", "the big lot down the road", "the tump by the church", "the
 * Hereford Times", "that's our Jan's affair, nothing to do with the perry", "don't bother with
 * that", "Be seeing you, then"), the Statian English of Upper Town, in between ("Good day,
 * good day", "the Quill", "the terminal", "Holland", "I does cook", "must could", "he
 * business, not mine", "leave that one", "God bless, darling"), the Kosraean English of Utwe,
 * in short plain sentences ("Lotu wo", "the hopper", "off island", "the agriculture office",
 * "Sunday is for church", "That is his business, not ours", "No need for that", "Kulo ma
 * lulap"), the Christmas Island English of the Kampong, in lower-case fragments ("selamat
 * pagi", "mak", "the kampong", "the settlement", "the mine", "crib room", "hari raya", "thats
 * his thing not ours", "nah leave that", "terima kasih, cheers"), the Tiv-coloured English of
 * Makurdi, in short plain sentences ("M sugh u", "the Food Basket of the Nation", "my people",
 * "serious shouting", "That one is his own business, not the association's", "We don't deal in
 * that", "God bless"), the Chettinad English of Karaikudi, in short plain sentences
 * ("Vanakkam", "my native", "my appa", "my chithappa", "one lakh", "That is their business,
 * not the library's", "We don't touch that"), and the Adirondack English of Saranac Lake, in
 * terse lower-case fragments ("hey", "the dacks", "ipw", "the enterprise", "camp", "the
 * committees thing not ours", "nope", "later"). One writes in Alsatian (never used before:
 * German was written in Stuttgart and Swiss German, Luxembourgish and Frisian were written,
 * Alsatian never, nor "Alsace", "Elsass", "Bredele", "Sélestat", "Schlettstàdt", "Strossburi",
 * "Christkindelsmärik", "Winstub", "Kougelhopf" or "Salü"; as an Ebersheim baker types it, in
 * between, in an everyday spelling with the French words Alsace mixes in: "Salü binander",
 * "min Grossvadder", "d'Bäckerei", "de Christkindelsmärik", "de Maire", "Supermarché",
 * "d'DNA", "Ich hab mich so gschämt!", "e Site internet", "unseri apprentie", "Colis", "des
 * isch nit unseri Sach", "lon des ewäg", "Merci vielmols, àdje!"), and one in Kapampangan
 * (never used before: Tagalog, Cebuano, Hiligaynon and Ilocano were written, Kapampangan
 * never, nor "Pampanga", "Bacolor", "parul", "lahar", "Angeles", "Holy Angel", "makalela",
 * "tocino" or "belen", "guagua" only as a Dominican bus; as a Bacolor lantern maker types it,
 * in between, with the English and Tagalog words Pampanga really mixes in: "Mayap a abak pu
 * kekayu ngan", "ing apu ku", "capiz", "rotor", "mag-text", "notebook", "Makalela!", "ing anak
 * ning kapatad ku", "programa", "ita ali negosyu mi", "pabayan yu ne ita", "Dakal a salamat
 * pu!").
 *
 * What varies is the kind of software, the trade and the length of the answers: web apps for a
 * Burren farm's beef boxes (their own cattle only, a winter on the winterage before any
 * killing, four killings a year, €85 and €160, thirty boxes a killing, a €40 deposit, Clare
 * and Galway for €10 and nothing posted, orders shut the Sunday before, nothing off the farm
 * and the deposits back when the herd is locked up for TB), a Statia cook's Friday plates
 * (five till the food finish, orders by Thursday noon, $15, $18 and $1.50, only penned and
 * tagged goats, no conch July to September, $3 delivery, 40 plates and half a week ahead for
 * parties, nothing off the island on the plane, cash, card or transfer) and an Ebersheim
 * bakery's Bredele (1 November to 15 December, 18 and 34 euros, butter only, France and
 * Germany only at 9 euros a parcel, nothing posted after the 15th, collection till the 23rd,
 * ten boxes an order, paid on ordering, nothing in a postal strike); phone apps for a Utwe
 * family's tangerines (their own trees, October to January, nothing on Sunday, $25, $35, $40
 * and $45 a 20 pound box, the hopper booked the day before, the agriculture office's paper,
 * nothing to Hawaii or the States, off island paying first) and a Kampong mother's breakfasts
 * (orders by 8 pm, 6 to 8 am, $8, $1.50 and six kuih at least, $3 beyond the settlement, no
 * delivery on roads shut for the crabs, halal only, buka puasa boxes in Ramadan, no nasi lemak
 * when the ship is late), the first working without signal; programs on one computer for a
 * Much Marcle perry and cider barn (their own fruit, pressing September to December, six
 * months in the barrel and no apple in the perry, 7,000 litres a year at most, £70, £22 and
 * £4.50, Thursdays within 15 miles, 30 days for pubs, nobody under 18, a batch label on every
 * box) and a Bacolor lantern workshop (August to December, ₱1,500, ₱8,000 and ₱60,000, the 8
 * foot ones ordered before September is out, 50% and 50%, capiz and steel only, the 8 foot
 * ones installed only in Pampanga and never sent abroad, nothing put up in a typhoon); a
 * service without screens, in PHP with Laravel and MySQL, for a Zaki Biam yam sellers'
 * association (Mondays and Thursdays, members only, every tuber counted at the gate, 2,000 a
 * truck, ₦2,500, ₦1,500 and ₦800 a tuber, the full truck paid before it leaves, a ₦25,000
 * levy, farmers paid the same day by transfer, nothing on the road after 4 pm); a Java library
 * for an Athangudi tile yard's prices (the area times 2.25 rounded up, 5% for breakage, each
 * design's price from outside, borders at 1.5 times, nothing under 100 square feet, ₹6,000 for
 * a mould, GST at 18%, rounded to the rupee); and a command-line tool in Go with SQLite for
 * Saranac Lake's ice palace workers (12 inches of ice measured every morning, 2 ft by 4 ft
 * blocks, nobody under 18 on the saw, the waiver first, nothing below -20, 3 hour shifts and
 * two a day, a pin at 20 hours, no cutting after the Friday before carnival), with commands
 * and flags. The Kampong son and the Saranac developer answer in lower-case fragments, the
 * second tersely, the Burren farmer and the Marcle cider maker in long paragraphs, the Utwe
 * grower, the Makurdi and the Karaikudi developers in short plain sentences, the others in
 * between.
 *
 * Each tells the story of the day it went wrong, with the people in it: twelve families
 * without their Christmas beef and a woman from Lisdoonvarna on Clare FM, a wedding run dry at
 * nine and the bride's mother in the Hereford Times, the Commissioner's people eating
 * sandwiches on Statia Day, thirty boxes promised to a Kolonia store and sold at the airport
 * and the pastor rung, the mosque sixty kuih short after hari raya, two Mile 12 buyers paid up
 * for one truck, one design quoted ₹1.6 lakh and ₹2.1 lakh to two architects in one office, a
 * new man through nine inches of ice by the pumphouse, forty boxes for the old people's party
 * sold at the Christmas market and the mayor buying supermarket biscuits, an 8 foot parul
 * promised to the church of Guagua and sold to a mall in Angeles; and each says who will build
 * it (a daughter at UL, a grandson at the college in Hereford, a grandson studying in
 * Rotterdam, a nephew at the College of Micronesia, a school friend at Curtin in Perth, a
 * granddaughter studying in Strasbourg and a nephew at Holy Angel in Angeles, while the
 * Makurdi, Karaikudi and Saranac developers build it themselves). Who may see what is said in
 * their own words at "Accounts" (customers without an account, a butcher who sees the boxes
 * for each killing, a nephew who sees the evening's deliveries and an apprentice who sees what
 * to pack but none of them the money, a husband and wife and a mother and son who see
 * everything, API keys for a gate app, a website and an office computer) or left unsaid by the
 * Go tool and the Java library; the two desktop programs are picked at "Kind" in the person's
 * own words, one of them in Kapampangan.
 *
 * Relations said plainly ("One order's for one killing, and a customer can order every
 * killing", "One order's for one customer, and the pubs have an order most weeks", "One order
 * is for one customer, and plenty customers order every Friday", "One order is for one
 * customer. One customer can order many times", "1 order is 1 customer, customers order
 * heaps", "One load is from one farmer into one truck. One truck carries loads from many
 * farmers", "1 shift is 1 worker, a worker does a ton of shifts", "E Bstellung isch vun eim
 * Kunde", "Ing metung a order para ya mu king metung a customer"); allowed values in the lists
 * and sentences themselves (deposit paid or not, collected or delivered, pub or gate, perry or
 * cider, paid or not, delivered or not, pick up or deliver, sent or not, pick up y/n, paid
 * y/n, extra sambal y/n, waiver y/n, abhole oder schicke, bezahlt oder nit, bale o simbaan o
 * mall, bayad na o ali pa) and in brackets (a customer's area and a shift's job); background
 * in a diary on the dresser and on Facebook, on a blackboard and in a day book, in a copybook
 * and on WhatsApp, in a notebook and on a calendar, on a whiteboard, in receipt books, in a
 * rate notebook, on a clipboard and a Google sheet, in a Heft, in a notebook; technology named
 * as PHP with Laravel and MySQL, Java, and Go with SQLite, and none at all by seven of them;
 * "no" said as "that's Seán's own business entirely", "leave that out altogether", "that's our
 * Jan's affair, nothing to do with the perry", "don't bother with that", "he business, not
 * mine", "leave that one", "That is his business, not ours", "No need for that", "thats his
 * thing not ours", "nah leave that", "That one is his own business, not the association's",
 * "We don't deal in that", "That is their business, not the library's", "We don't touch that",
 * "the committees thing not ours", "nope", "des isch nit unseri Sach", "lon des ewäg", "ita
 * ali negosyu mi", "pabayan yu ne ita"; while rules keep their "no" ("we never buy in an
 * animal", "we don't post beef anywhere", "no animal leaves the farm", "We never buy in apples
 * nor pears", "never any apple goes in the perry", "Nothing sold to anybody under 18", "no
 * roaming goat ever go in my pot", "No conch from July to September", "I don't send no food
 * off the island", "No picking and no selling on Sunday", "We do not send to Hawaii or the
 * States", "no pork in mak's kitchen ever", "ramadan no breakfast orders", "No credit", "No
 * cash in the market", "No truck leaves", "the library will not price", "nobody under 18 on
 * the saw", "no cutting below -20", "nie mit Margarine", "schicke mir nix meh", "e kami
 * gagamit plastic", "E mi ipadala").
 *
 * The Burren farmer takes the email off the customers and puts a note on the orders, the
 * Statia cook takes the weight off the goats and puts the time on the orders, and the Kampong
 * son takes the phone off the customers and puts extra sambal y/n on the orders, each after
 * "Change something" at "Your data"; the Marcle cider maker puts the pear on the batches, the
 * Karaikudi developer takes the transport out of the library, the Saranac developer puts the
 * spot on the ice checks and the Bacolor lantern maker puts the colour of the capiz (kule ning
 * capiz) on the orders, each at the review. The Marcle and Bacolor programs and the Utwe app
 * are meant to work without the internet, the first because the signal doesn't reach under the
 * Marcle Ridge, the second because there is no internet in the workshop, the third because
 * there is no signal at the farm in the hills; the Saranac tool lives on one laptop in the
 * warming shack, and the Makurdi service answers a gate app, a website and an office computer.
 * Alsatian and Kapampangan, both in Latin letters, are compared by their own words,
 * apostrophes and accents and all, so their expected words are in the forms the person used
 * (as "mir schicke numme in Frankrich un in Ditschland", "e mi ipadala ing parul a 8 feet king
 * aliwang bansa"); every expected feature was checked to be in one line the person said, and
 * the excluded words of all ten were checked not to read like anything they want (not "beef"
 * or "cattle" for the brother's tourists and the sheep nobody keeps, but "walks" and "lamb";
 * not "perry" or "orchard" for the sister's guests and the village's night, but "cottages" and
 * "wassail"; not "goat" or "Bay" for the brother's wrecks and the old glass, but "diving" and
 * "beads"; not "tangerines" or "Lelu" for the brother's tourists and the other fruit, but
 * "ruins" and "breadfruit"; not "crab" for the uncle's boat and the tourists' season, but
 * "charters" and "tours"; not "yam" or "farmers" for the uncle's shop and the planting, but
 * "garri" and "seed"; not "tiles" for the mother's family's guests and the old floors, but
 * "homestay" and "antique", and "transport" once taken out; not "ice" or "carnival" for the
 * committee's day and the derby, but "parade" and "fishing"; not "Bredele" for the
 * brother-in-law's wine room and the cake, but "Winstub" and "Kougelhopf"; not "parul" for the
 * sister's meat and the nativity scenes, but "tocino" and "belen").
 */
export const SIXTY_SIXTH_ROUND: readonly Persona[] = [
  {
    id: "burren-winterage-beef",
    who: "A woman near Carron, in the Burren in north County Clare, who with her husband keeps forty suckler cows and walks the cattle up onto the winterage, the high limestone ground where Burren cattle are wintered, and sells boxes of beef from their own animals straight from the farm, in the Clare English of the Burren, in long paragraphs ('Hello and God bless from the Burren', 'himself', 'the winterage', 'below in Ennis', 'fierce', \"I'm after\", 'UL', \"that's Seán's own business entirely\", 'leave that out altogether', 'mind yourselves'): a website where customers order and pay a deposit without an account, she and her husband see everything and the money and the butcher in Ennistymon who cuts and packs sees the boxes for each killing but not the money, only their own cattle born and reared on the farm and never an animal bought in, the cattle up on the winterage from the end of October to April and no animal killed that hasn't had a winter on the Burren, four killings a year in March, June, September and December with the boxes ready the Friday after, €85 for a 5 kilo box and €160 for a 10 kilo box, thirty boxes to a killing and first come first served, a €40 deposit with the order and the rest on collection, collected at the yard in Carron or delivered in Clare and Galway for €10 and never posted, orders shut the Sunday before the killing, no animal off the farm and every deposit back when the herd is locked up for TB; records spread over sentences ('There's the customers, with …', 'Then the orders, that's …', 'And the cattle, each one with …') with deposit paid or not and collected or delivered in them, an order for one killing and a customer ordering every killing; the diary on the dresser and Facebook messages today; her brother-in-law's guided walks \"that's Seán's own business entirely\", lamb 'leave that out altogether'; the email taken off the customers and a note put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hello and God bless from the Burren. I'm Bríd Linnane, and myself and himself, Martin, farm about eighty acres near Carron, right in the heart of the Burren in north Clare. We've forty suckler cows, and every October we walk the cattle up onto the winterage, that's the high limestone ground, and they stay up there the whole winter on the grass that grows between the rocks, and down they come again in April. It's the way it was always done here, and the beef is fierce good because of it, people say you can taste the herbs in it. We sell it ourselves, in boxes, straight from the farm. Right now people send me a message on Facebook or ring the house, and I write it all into the diary on the dresser, and that's where it all went wrong on us. Last Christmas we'd thirty boxes from the December killing and I'd the whole thirty promised, and didn't himself take another twelve orders outside Mass in Kilfenora without a word to me. Twelve families went without their beef for the Christmas, and a woman from Lisdoonvarna rang Clare FM about it, so the whole county heard. I'm after avoiding Ennis ever since. Our daughter Aoife is doing computer science up in UL, and she says she'll make us a proper website over the summer.",
      more: "Customers should be able to order and pay the deposit on the website without making any account, sure half of them only buy at Christmas. Martin and myself see everything, and the money. Pat the butcher below in Ennistymon cuts and packs the boxes, so he needs to see how many boxes there are for each killing, but not the money, that's between ourselves.",
      walkthrough:
        "Right so, this is how we do it, and some of it is the Burren's way and not only ours.\n\nWe only sell beef from our own cattle, born and reared on the farm, we never buy in an animal.\n\nThe cattle go up on the winterage at the end of October and come down in April, and we kill no animal that hasn't had a winter up on the Burren.\n\nWe kill four times a year, in March, June, September and December, and the boxes are ready the Friday after.\n\nA 5 kilo box is €85 and a 10 kilo box is €160.\n\nThere's thirty boxes to a killing and no more, first come first served.\n\nThere's a deposit of €40 when you order, and the rest when you collect.\n\nYou collect at the yard in Carron, or we deliver anywhere in Clare and Galway for €10, but we don't post beef anywhere, it's fresh.\n\nOrders close on the Sunday before the killing.\n\nIf the herd is locked up for TB, no animal leaves the farm, and everybody gets their deposit back.",
      things:
        "Let me see now. There's the customers, with their name, phone, email and address. Then the orders, that's the customer, which killing, how many 5 kilo boxes, how many 10 kilo boxes, deposit paid or not and collected or delivered. And the cattle, each one with its tag number, the breed, the date it was born and which killing it goes to. One order's for one killing, and a customer can order every killing if they like, we've a few who do.",
      thingsChange:
        "Oh, wait now, two things. Take the email off the customers, half of them around here haven't one at all. And put a note on the orders, there's always someone wanting more mince and no steaks or the like.",
      extras: [
        "Martin's brother Seán does guided walks on the Burren for the tourists, that's Seán's own business entirely, nothing to do with us. And people are forever asking us for lamb, we've no sheep at all, so leave that out altogether.",
        "That's everything now. Thanks a million, and mind yourselves.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Customers order and pay the deposit without an account. Martin and myself see everything and the money. Pat the butcher sees the boxes for each killing, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "only sell beef from our own cattle born and reared on the farm we never buy in an animal",
        "cattle go up on the winterage at the end of October come down in April kill no animal that hasn't had a winter up on the Burren",
        "kill four times a year in March June September and December boxes are ready the Friday after",
        "5 kilo box is €85 10 kilo box is €160",
        "thirty boxes to a killing first come first served",
        "deposit of €40 when you order the rest when you collect",
        "collect at the yard in Carron or we deliver anywhere in Clare and Galway for €10 we don't post beef anywhere",
        "orders close on the Sunday before the killing",
        "herd is locked up for TB no animal leaves the farm everybody gets their deposit back",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "address"] },
        {
          name: "orders",
          fields: [
            "customer",
            "which killing",
            "how many 5 kilo boxes",
            "how many 10 kilo boxes",
            "deposit paid or not",
            "collected or delivered",
            "note",
          ],
        },
        { name: "cattle", fields: ["tag number", "breed", "date it was born", "which killing"] },
      ],
      excluded: ["walks", "lamb"],
      background: ["diary", "Facebook"],
    },
  },
  {
    id: "marcle-perry-barn",
    who: "A man near Much Marcle, south of Ledbury in Herefordshire, whose family has made perry and cider in the stone barn from their own old orchards of perry pears and cider apples since his great-grandfather, selling bag-in-boxes and bottles at the farm gate and to pubs round Ledbury and Hereford, in the Herefordshire English of the Marcle country, in long paragraphs ('How be you?', 'ar', 'our Sue', 'the Marcle Ridge', 'the big lot down the road', 'the tump by the church', 'the Hereford Times', \"that's our Jan's affair, nothing to do with the perry\", \"don't bother with that\", 'Be seeing you, then'): a program on the old computer in the farm office with no password and no internet, for him and his wife, only fruit off their own trees and no apples or pears bought in, pressing from September to December, perry not sold till it has had six months in the barrel and never any apple in it, never more than 7,000 litres a year, a 20 litre box £70 to the pubs, a 5 litre box £22 at the gate and a bottle £4.50, delivery free within 15 miles on Thursdays only and fetched from further out, pubs paying within 30 days, nothing sold to anybody under 18, every box labelled with its batch number; records after colons on lines with pub or gate, perry or cider, paid or not and delivered or not in them, an order one customer's and a pub ordering most weeks; a blackboard in the barn and the day book today; his sister's holiday cottages \"that's our Jan's affair, nothing to do with the perry\", the village wassail \"don't bother with that\"; the pear put on the batches at the review",
    says: {
      overview:
        "How be you? Dennis Bayliss, I farm out past Much Marcle, south of Ledbury, under the Marcle Ridge. We've got forty acre of old orchard, perry pears and cider apples, and some of them pear trees was planted by my great-grandfather. We press the fruit in the old stone barn and make perry and cider, same as the family always has, not like the big lot down the road, mind, we're only small. We sell it in bag-in-boxes and bottles at the farm gate, and to the pubs round Ledbury and Hereford. Right now the orders go up on the blackboard in the barn, and Sue writes them in the day book when she remembers, and that's how we come unstuck. Last June there was twenty boxes of perry left, and Sue promised the lot to a wedding at a barn out Bromyard way, and I'd only gone and sold the same twenty to a pub in Ledbury. That wedding run dry at nine o'clock, and the bride's mother wrote to the Hereford Times about it. I had ribbing off everybody at the market for months after, ar. Our grandson Josh is doing computing at the college in Hereford, and he reckons he can make us a program for the old computer in the office.",
      more: "Only me and Sue, on the computer in the farm office. No password, there's nobody out here to pinch it. And no internet neither, the signal don't reach under the Ridge, you have to go up the tump by the church to get a bar on your phone.",
      walkthrough:
        "Ar, right, this is how we do it.\n\nOnly our own fruit, off our own trees. We never buy in apples nor pears.\n\nWe press from September to December, when the fruit's ready.\n\nPerry's not sold till it's had six months in the barrel, and there's never any apple goes in the perry.\n\nWe never make more than 7,000 litres a year, over that and you're paying duty like the big lot.\n\nA 20 litre box is £70 to the pubs, a 5 litre box is £22 at the gate, and a bottle's £4.50.\n\nWe deliver free within 15 miles on a Thursday and no other day, further than that they come and fetch it.\n\nPubs pay within 30 days.\n\nNothing sold to anybody under 18, and if they look young at the gate they show us something.\n\nEvery box gets a label with its batch number on, so we know where it come from.",
      things:
        "Customers: name, phone, address, pub or gate\nBatches: number, perry or cider, date pressed, litres\nOrders: customer, batch, 20 litre boxes, 5 litre boxes, bottles, paid or not, delivered or not\nOne order's for one customer, and the pubs have an order most weeks.",
      extras: [
        "Our Jan, my sister, does holiday cottages in the old hop kilns, that's our Jan's affair, nothing to do with the perry. And folk keep on at us to put on the wassail in January, that's the village's do, don't bother with that.",
        "That's the lot, I reckon. Be seeing you, then.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program on the computer in the farm office, no internet"],
      Accounts: "No password. Just me and Sue on the office computer.",
    },
    atReview: [
      "That's about it, ar. Just the one thing, put the pear on the batches, Blakeney Red or Thorn or whatever it is, the pubs always ask.",
      "That'll do nicely. Cheers.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "only our own fruit off our own trees we never buy in apples nor pears",
        "press from September to December",
        "perry's not sold till it's had six months in the barrel never any apple goes in the perry",
        "never make more than 7,000 litres a year",
        "20 litre box is £70 to the pubs 5 litre box is £22 at the gate bottle's £4.50",
        "deliver free within 15 miles on a Thursday further than that they come and fetch it",
        "pubs pay within 30 days",
        "nothing sold to anybody under 18",
        "every box gets a label with its batch number",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "address", "pub or gate"] },
        { name: "batches", fields: ["number", "perry or cider", "date pressed", "litres", "pear"] },
        {
          name: "orders",
          fields: [
            "customer",
            "batch",
            "20 litre boxes",
            "5 litre boxes",
            "bottles",
            "paid or not",
            "delivered or not",
          ],
        },
      ],
      excluded: ["cottages", "wassail"],
      background: ["blackboard", "day book"],
    },
  },
  {
    id: "statia-friday-plates",
    who: "A woman in Upper Town, Oranjestad, on St Eustatius (Statia) in the Dutch Caribbean, who cooks goat water, stew conch and johnny cakes in the kitchen beside her house and sells plates every Friday evening and for parties and funerals, in the Statian English of Upper Town, in between ('Good day, good day', 'Statia', 'the Quill', 'the terminal', 'Holland', 'I does cook', 'must could', 'he business, not mine', 'leave that one', 'God bless, darling'): a website where customers order without an account, she and her daughter see everything and the money and her nephew who delivers on his scooter sees the evening's deliveries but not the money, Friday plates only from five in the evening till the food finish, orders in by Thursday at twelve, goat water $15 a plate, stew conch $18 and johnny cake $1.50 each, goats bought only from keepers whose goats are penned and tagged and never a roaming goat, no conch from July to September, delivery $3 anywhere on the island or picked up at her kitchen, parties 40 plates at least with half the money a week before, no food sent off the island on the plane, cash, card or bank transfer; records after colons inline with pick up or deliver and paid or not in them, an order one customer's and plenty of customers ordering every Friday; a copybook and WhatsApp today; her brother's diving on the wrecks in the Bay 'he business, not mine', the old blue glass beads 'leave that one'; the weight taken off the goats and the time put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Good day, good day! My name is Carmen Lopes, and I born and raise right here in Upper Town, Statia, under the Quill. Every Friday evening I does cook goat water, stew conch and johnny cake in the kitchen beside my house, and people come from all over the island for a plate, the terminal workers, the teachers, the Dutch people from the government, everybody. I does cook for parties and funerals too. Right now people WhatsApp me or stop me in the road, and I write them in a copybook, and my sister Gloria does take orders too when I ain't there, and that is where the trouble come. Last Statia Day I had 80 plates promise for the lunch at the Government Guesthouse, and Gloria sell 40 of them same plates to the fellas from the terminal that morning. When the lunch come, half the people ain't get no food, and the Commissioner own people had to eat sandwich. By night the whole island did know. I ain't go in the supermarket for a week. My grandson Jeremy studying computers in Holland, in Rotterdam, and he say he will make me a website when he come home for summer.",
      more: "People must could order on the website without making no account, most of them only want a plate for Friday. Me and my daughter Shanice see everything, and the money. My nephew Kelvin does carry the deliveries on his scooter, so he must see the deliveries for the evening, but not the money.",
      walkthrough:
        "This is how I does run it.\nFriday plates only, from five in the evening till the food finish.\nOrders must reach me by Thursday twelve o'clock.\nGoat water is $15 a plate, stew conch is $18, and johnny cake is $1.50 each.\nI only buy goats from keepers who got their goats penned and tagged, no roaming goat ever go in my pot.\nNo conch from July to September, I does leave them to breed.\nDelivery is $3 anywhere on the island, or you pick up at my kitchen.\nFor parties, 40 plates at least, and half the money paid a week before.\nI don't send no food off the island on the plane, not even to St Maarten.\nPeople pay cash, card or bank transfer.",
      things:
        "Customers: name, phone, what part of the island. Orders: customer, which Friday, goat water plates, conch plates, johnny cakes, pick up or deliver, paid or not. Goats: tag number, keeper, weight. One order is for one customer, and plenty customers order every Friday.",
      thingsChange:
        "Wait, two things, darling. Take the weight off the goats, I don't weigh them, the keeper does. And put a time on the orders, for when they coming to pick up, so the food still hot.",
      extras: [
        "My brother does take tourists diving on the old wrecks in the Bay, that is he business, not mine. And people always asking me for them old blue glass beads from the Bay, leave that one, I don't deal in that.",
        "That's all, darling. God bless.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Customers order without an account. Me and Shanice see everything and the money. Kelvin see the deliveries for the evening, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "Friday plates only from five in the evening till the food finish",
        "orders must reach me by Thursday twelve o'clock",
        "goat water is $15 a plate stew conch is $18 johnny cake is $1.50 each",
        "only buy goats from keepers who got their goats penned and tagged no roaming goat",
        "no conch from July to September",
        "delivery is $3 anywhere on the island or you pick up at my kitchen",
        "for parties 40 plates at least half the money paid a week before",
        "don't send no food off the island on the plane",
        "pay cash card or bank transfer",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "what part of the island"] },
        {
          name: "orders",
          fields: [
            "customer",
            "which Friday",
            "goat water plates",
            "conch plates",
            "johnny cakes",
            "pick up or deliver",
            "paid or not",
            "time",
          ],
        },
        { name: "goats", fields: ["tag number", "keeper"] },
      ],
      excluded: ["diving", "beads"],
      background: ["copybook", "WhatsApp"],
    },
  },
  {
    id: "utwe-tangerine-boxes",
    who: "A woman in Utwe, on Kosrae in the Federated States of Micronesia, whose family grows the island's green-skinned tangerines on their land in the hills above the village and sells them on Kosrae and off island to Pohnpei, Majuro and Guam on the United island hopper, in the Kosraean English of Utwe, in short plain sentences ('Lotu wo', 'the hopper', 'off island', 'on island', 'the agriculture office', 'Sunday is for church', 'That is his business, not ours', 'No need for that', 'Kulo ma lulap'): a phone app for her and her husband that works without signal at the farm and sends everything when they come down to Tofol, both seeing everything and the money and the pickers and the customers not using it, tangerines only from their own trees, picked from October to January, no picking and no selling on Sunday, a box 20 pounds, $25 a box on Kosrae, $35 to Pohnpei, $40 to Majuro and $45 to Guam with the cargo in the price, the hopper cargo booked the day before the flight, the agriculture office's paper with every box going off island, nothing sent to Hawaii or the States, off island customers paying before the boxes go and people on Kosrae when they get them; records in brackets inline with paid or not and sent or not in them, an order one customer's and a customer ordering many times; a notebook and the calendar in the kitchen today; her husband's brother's trips to the Lelu ruins 'That is his business, not ours', breadfruit and bananas 'No need for that'",
    says: {
      overview:
        "Lotu wo. My name is Lerina Sigrah. I live in Utwe, on Kosrae. My family grows tangerines on our land in the hills above the village. Kosrae tangerines are green outside and very sweet inside. People in Pohnpei, Majuro and Guam like them very much. We sell on Kosrae, and we send boxes off island on the hopper. Now I write the orders in a notebook and on the calendar in the kitchen. My husband also takes orders, at church and at the store. Last December I promised 30 boxes to a store in Kolonia. My husband sold the same boxes to a man from Majuro at the airport. The store owner called our pastor. Everybody in church heard about it. I was very ashamed. My nephew studies at the College of Micronesia in Pohnpei. He will make an app for our phones.",
      more: "Only me and my husband will use it, on our phones. We both see everything and the money. The pickers and the customers do not use it. There is no signal at the farm. So the app must work without signal, and send everything when we come down to Tofol.",
      walkthrough:
        "These are our rules.\nWe sell tangerines only from our own trees.\nWe pick from October to January, when they are ready.\nNo picking and no selling on Sunday. Sunday is for church.\nOne box is 20 pounds.\nA box is $25 on Kosrae. To Pohnpei it is $35, to Majuro $40, to Guam $45. The cargo is inside the price.\nThe hopper cargo must be booked the day before the flight.\nEvery box going off island needs the paper from the agriculture office.\nWe do not send to Hawaii or the States. It is not allowed.\nOff island customers pay before we send. People on Kosrae pay when they get the tangerines.",
      things:
        "Customers (name, island, phone), orders (customer, boxes, flight date, paid or not, sent or not), pickings (date, boxes, who picked). One order is for one customer. One customer can order many times.",
      extras: [
        "My husband's brother takes tourists to the Lelu ruins. That is his business, not ours. People also ask us for breadfruit and bananas. No need for that, only tangerines.",
        "That is all. Kulo ma lulap.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Only me and my husband. We see everything and the money. The pickers and the customers do not use it.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "sell tangerines only from our own trees",
        "pick from October to January",
        "no picking and no selling on Sunday",
        "one box is 20 pounds",
        "box is $25 on Kosrae to Pohnpei it is $35 to Majuro $40 to Guam $45",
        "hopper cargo must be booked the day before the flight",
        "every box going off island needs the paper from the agriculture office",
        "we do not send to Hawaii or the States",
        "off island customers pay before we send people on Kosrae pay when they get the tangerines",
      ],
      tables: [
        { name: "customers", fields: ["name", "island", "phone"] },
        { name: "orders", fields: ["customer", "boxes", "flight date", "paid or not", "sent or not"] },
        { name: "pickings", fields: ["date", "boxes", "who picked"] },
      ],
      excluded: ["ruins", "breadfruit"],
      background: ["notebook", "calendar"],
    },
  },
  {
    id: "kampong-nasi-lemak-run",
    who: "A young man in the Kampong at Flying Fish Cove, on Christmas Island in the Indian Ocean, whose mother (mak) cooks nasi lemak and kuih in her kitchen every morning and he drives the orders round the island's settlements before work, in the Christmas Island English of the Kampong, in lower-case fragments ('selamat pagi', 'mak', 'the kampong', 'the settlement', 'poon saan', 'drumsite', 'the mine', 'crib room', 'hari raya', 'thats his thing not ours', 'nah leave that', 'terima kasih, cheers'): a phone app for him and his mother, both seeing everything and the money and the customers not using it, with signal fine in the settlements, orders by 8 pm the night before, deliveries 6 to 8 am only, nasi lemak $8 and kuih $1.50 each with six kuih an order at least, delivery free in the kampong and the settlement and $3 to poon saan and drumsite, no delivery on roads shut for the red crabs and the customer picking up at the house, halal only and no pork in his mother's kitchen ever, no breakfast orders in ramadan and only buka puasa boxes at $12, no nasi lemak when the ship is late and the coconut milk runs out, cash or bank transfer; records told in lower-case sentences ('customers got …', 'orders got …', 'kuih got …') with pick up y/n and paid y/n in them and a customer's area in brackets (kampong, settlement, poon saan, drumsite), an order one customer's and customers ordering heaps; a whiteboard in the kitchen today; his uncle's fishing charters 'thats his thing not ours', crab tours for tourists 'nah leave that'; the phone taken off the customers and extra sambal y/n put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "selamat pagi. im faiz, 24, from the kampong down at the cove, christmas island. my mak makes nasi lemak n kuih every morning n i drive them round the island before work, the settlement, poon saan, drumsite, the guys at the mine. rn people text her or catch her at the shop n she writes it on the whiteboard in the kitchen, then my little sis wipes it lol. last hari raya mak promised 200 kuih to the mosque for after prayers n my sis sold 60 of them to the mine crib room that morning. the mosque was short n every aunty in the kampong knew by lunch. so my mate from school whos at curtin in perth is making us an app",
      more: "just me n mak, on our phones. we both see everything n the money. customers dont use it, they just text. signal is fine in the settlements",
      walkthrough:
        "rules:\norders by 8pm the night before\ndeliveries 6 to 8am only\nnasi lemak $8, kuih $1.50 each, min 6 kuih an order\nfree delivery in the kampong n the settlement, $3 to poon saan n drumsite\nroads shut for the red crabs = no delivery there, customer picks up at our house\nhalal only, no pork in mak's kitchen ever\nramadan no breakfast orders, only buka puasa boxes $12\nif the ship is late n the coconut milk runs out, no nasi lemak till it comes\ncash or bank transfer",
      things:
        "customers got name, phone, which area (kampong, settlement, poon saan, drumsite). orders got customer, day, nasi lemak, kuih, pick up y/n, paid y/n. kuih got name n price. 1 order is 1 customer, customers order heaps, the mine guys every day",
      thingsChange:
        "oh wait 2 things. take the phone off customers, mak knows all the numbers anyway. n put extra sambal y/n on orders, the mine guys always want more",
      extras: [
        "my uncle does fishing charters for tourists, thats his thing not ours. n tourists ask if we do crab tours in crab season, nah leave that",
        "thats all. terima kasih, cheers",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "just me n mak, we both see everything n the money. customers dont use it",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "orders by 8pm the night before",
        "deliveries 6 to 8am only",
        "nasi lemak $8 kuih $1.50 each min 6 kuih an order",
        "free delivery in the kampong n the settlement $3 to poon saan n drumsite",
        "roads shut for the red crabs no delivery there customer picks up at our house",
        "halal only no pork in mak's kitchen ever",
        "ramadan no breakfast orders only buka puasa boxes $12",
        "ship is late n the coconut milk runs out no nasi lemak",
        "cash or bank transfer",
      ],
      tables: [
        { name: "customers", fields: ["name", "which area"] },
        {
          name: "orders",
          fields: ["customer", "day", "nasi lemak", "kuih", "pick up y/n", "paid y/n", "extra sambal y/n"],
        },
        { name: "kuih", fields: ["name", "price"] },
      ],
      excluded: ["charters", "tours"],
      background: ["whiteboard"],
    },
  },
  {
    id: "zaki-biam-yam-trucks-api",
    who: "A developer in Abuja from Makurdi, in Benue State, whose uncle is chairman of the yam sellers' association at the Zaki Biam yam market, where farmers bring their yams from the villages and the association loads them into trucks for buyers from Lagos, Port Harcourt, Onitsha and Abuja, in the Tiv-coloured English of Makurdi, in short plain sentences ('M sugh u', 'the Food Basket of the Nation', 'my people', 'Mile 12', 'serious shouting', \"That one is his own business, not the association's\", \"We don't deal in that\", 'God bless'): a service without screens, in PHP with Laravel and MySQL, that the gate app at Zaki Biam, the association's website where buyers book trucks and the office computer in Makurdi call with keys, him and his uncle's secretary as admins and the farmers never logging in but getting an SMS, trucks loading at Zaki Biam only on Mondays and Thursdays, only members of the association selling and showing their member card, every tuber counted at the gate before it enters a truck, 2,000 tubers a truck at most, big tubers ₦2,500 each, medium ₦1,500 and small ₦800, the buyer paying for the full truck before it leaves and no credit, a ₦25,000 levy for the association on every truck, the farmers paid the same day by bank transfer and no cash in the market, no truck leaving after 4 pm; records after colons on lines with paid or not in them, a load one farmer's into one truck and a truck carrying loads from many farmers; receipt books and the secretary's phone today; his uncle's garri and rice shop \"That one is his own business, not the association's\", seed yams for planting \"We don't deal in that\"; PHP, Laravel and MySQL",
    says: {
      overview:
        "M sugh u! Good day. My name is Tersoo Agber. I am a developer in Abuja, but I am from Makurdi, in Benue State, the Food Basket of the Nation. My uncle is the chairman of the yam sellers' association at Zaki Biam, one of the biggest yam markets in Nigeria. Farmers bring their yams from the villages, and the association loads them into trucks for buyers from Lagos, Port Harcourt, Onitsha and Abuja. Now everything is in receipt books and on the secretary's phone. Last December two buyers from Mile 12 market in Lagos paid for the same truck. One truck left, and the second buyer's money was already used to pay farmers. He came to the office in Makurdi with his boys and there was serious shouting. The matter even reached the radio. My uncle did not sleep for one week. So I am building a service for the association.",
      more: "It is only the API, no screens from me. The gate app at Zaki Biam, the association's website where buyers book trucks, and the office computer in Makurdi will call it, each one with its own key. My uncle's secretary and I are the admins. Farmers do not log in. They get an SMS when their yams enter a truck and when they are paid.",
      walkthrough:
        "These are the association's rules:\n1. Trucks load at Zaki Biam only on Mondays and Thursdays.\n2. Only members of the association can sell to the trucks. They show their member card.\n3. Every tuber is counted at the gate before it enters a truck.\n4. One truck carries 2,000 tubers at most.\n5. Big tubers are ₦2,500 each, medium ₦1,500, small ₦800.\n6. The buyer pays for the full truck before it leaves Zaki Biam. No credit.\n7. The association takes ₦25,000 levy on every truck.\n8. Farmers are paid the same day by bank transfer. No cash in the market.\n9. No truck leaves Zaki Biam after 4 pm. The road is not safe at night.",
      things:
        "Farmers: name, village, phone, member card number, bank account\nBuyers: name, market, phone\nTrucks: plate number, driver, driver phone, buyer, loading date, destination, paid or not\nLoads: truck, farmer, big tubers, medium tubers, small tubers\nOne load is from one farmer into one truck. One truck carries loads from many farmers.",
      extras: [
        "My uncle also sells garri and rice in his shop in Makurdi. That one is his own business, not the association's. And people ask us to sell seed yams to farmers for planting. We don't deal in that.",
        "That is all. Thank you, and God bless.",
      ],
      tech: "PHP with Laravel, and MySQL. That is what we use at my work in Abuja.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The gate app, the website and the office computer get API keys. The secretary and I are admins. Farmers do not log in, they get an SMS.",
      Technology: "I have preferences",
      "Back end": "PHP with Laravel",
      Database: "MySQL",
    },
    expect: {
      kind: "api service",
      features: [
        "trucks load at Zaki Biam only on Mondays and Thursdays",
        "only members of the association can sell to the trucks they show their member card",
        "every tuber is counted at the gate before it enters a truck",
        "one truck carries 2,000 tubers at most",
        "big tubers are ₦2,500 each medium ₦1,500 small ₦800",
        "buyer pays for the full truck before it leaves Zaki Biam no credit",
        "association takes ₦25,000 levy on every truck",
        "farmers are paid the same day by bank transfer",
        "no truck leaves Zaki Biam after 4 pm",
      ],
      tables: [
        { name: "farmers", fields: ["name", "village", "phone", "member card number", "bank account"] },
        { name: "buyers", fields: ["name", "market", "phone"] },
        {
          name: "trucks",
          fields: [
            "plate number",
            "driver",
            "driver phone",
            "buyer",
            "loading date",
            "destination",
            "paid or not",
          ],
        },
        { name: "loads", fields: ["truck", "farmer", "big tubers", "medium tubers", "small tubers"] },
      ],
      excluded: ["garri", "seed"],
      background: ["receipt books"],
      stack: ["PHP", "Laravel", "MySQL"],
    },
  },
  {
    id: "athangudi-tile-prices",
    who: "A developer in Madurai from Karaikudi, in the Chettinad country of Tamil Nadu, whose father and uncle make Athangudi tiles by hand in the family's yard in Athangudi village, cement and natural colours poured on glass in a mould and cured in water, for architects, hotels and people building houses, in the Chettinad English of Karaikudi, in short plain sentences ('Vanakkam', 'my native', 'my appa', 'my chithappa', 'one lakh', 'Pongal', \"That is their business, not the library's\", \"We don't touch that\"): a Java library, a Maven package, for the office billing program and the website's quote page, keeping nothing, given the area, the design, the design's price a tile, border or not and a new mould or not and giving back the tiles and the price, tiles needed the area in square feet times 2.25 rounded up, 5% more tiles for breakage, every design's price a tile passed in and changed every Pongal, border tiles 1.5 times the design's price, nothing under 100 square feet priced, ₹6,000 once for the mould of a customer's own design, GST at 18% on top, rounded to the nearest rupee, giving back the number of tiles, the price before GST, the GST and the total; his father's rate notebook today; his mother's family's heritage homestay \"That is their business, not the library's\", old tiles from the mansions for the antique shops \"We don't touch that\"; the transport at ₹45 a km beyond 50 km from Karaikudi taken out at the review; Java",
    says: {
      overview:
        "Vanakkam. My name is Arun Palaniappan. I am a Java developer in Madurai, but my native is Karaikudi, in Chettinad. My appa and my chithappa make Athangudi tiles by hand, in our yard in Athangudi village. We pour cement and natural colours on glass, in a mould, and cure the tiles in water. Each tile is made one by one. The old Chettinad mansions have these floors. Now architects and hotels also want them. Appa and chithappa give prices from appa's rate notebook and from their heads. Last year two architects in Chennai asked for the same design, same area. Appa quoted one ₹1.6 lakh. Chithappa quoted the other ₹2.1 lakh. Both architects sit in the same office. They compared. We lost both orders. Appa did not speak to chithappa for one month. So I am writing a library for the price.",
      more: "It keeps nothing. You give the area, the design, the price a tile for that design, border or not, and new mould or not. It gives back the tiles and the price. The billing program in our office uses it, and the quote page on our website also. Both will give the same price.",
      walkthrough:
        "Appa's rules, one by one:\n1. Tiles needed is the area in square feet times 2.25, because one 8 inch tile covers 0.44 square feet. Round up.\n2. Add 5% more tiles for breakage.\n3. Every design has its own price a tile. Appa changes it every Pongal, so it comes from outside.\n4. Border tiles are 1.5 times the design's price.\n5. Below 100 square feet, the library will not price. Appa does small jobs himself.\n6. If the customer wants their own design, ₹6,000 one time for the mould.\n7. Transport is ₹45 a km, beyond 50 km from Karaikudi.\n8. GST at 18% on top.\n9. Round to the nearest rupee.\n10. It gives back the number of tiles, the price before GST, the GST and the total.",
      extras: [
        "My amma's family runs a heritage homestay in one of the mansions. That is their business, not the library's. Some antique shops in Karaikudi ask us to sell old tiles taken out of the mansions. We don't touch that.",
        "That's all. Thank you.",
      ],
      tech: "Java, a Maven package. The billing program is Java and the website is Spring Boot.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Java",
    },
    atReview: [
      "Correct. One change: take out the transport, appa says now the customers arrange their own lorry.",
      "Now it is fine. Thank you.",
    ],
    expect: {
      kind: "library",
      features: [
        "tiles needed is the area in square feet times 2.25 round up",
        "add 5% more tiles for breakage",
        "every design has its own price a tile it comes from outside",
        "border tiles are 1.5 times the design's price",
        "below 100 square feet the library will not price",
        "own design ₹6,000 one time for the mould",
        "GST at 18% on top",
        "round to the nearest rupee",
        "gives back the number of tiles the price before GST the GST and the total",
      ],
      tables: [],
      excluded: ["homestay", "antique", "transport"],
      background: ["rate notebook"],
      stack: ["Java"],
    },
  },
  {
    id: "saranac-ice-palace-cli",
    who: "A developer who works remote from Saranac Lake, in the Adirondacks of upstate New York, and volunteers with the Ice Palace Workers (IPW), who every January cut blocks of ice out of Lake Flower and build the ice palace for the Winter Carnival, in the Adirondack English of Saranac Lake, in terse lower-case fragments ('hey', 'the dacks', 'ipw', 'lake flower', 'carnival', 'the enterprise', 'the village board', 'the committees thing not ours', 'nope', 'later'): a Go command-line tool with SQLite on the laptop in the warming shack by the lake, one binary, for the crew chiefs, nobody on the ice till it is 12 inches thick and measured every morning, blocks cut 2 ft by 4 ft, nobody under 18 on the saw, everybody signing the waiver before their first shift, no cutting below -20, shifts of 3 hours and 2 a day a person at most, the ipw pin at 20 hours, no cutting after the friday before carnival; records after colons inline in lower case with waiver y/n in them and a shift's job in brackets (saw, tongs, loader), a shift one worker's and a worker doing a ton of shifts; a clipboard in the shack and a google sheet today; the carnival parade and royalty 'the committees thing not ours', the ice fishing derby 'nope'; the spot put on the ice checks at the review; commands and flags; Go and SQLite",
    says: {
      overview:
        "hey. matt, dev, remote from saranac lake up in the dacks. i volunteer w ipw, the ice palace workers. every jan we cut blocks out of lake flower n build the ice palace for carnival. rn its a clipboard in the warming shack n a google sheet nobody updates. last yr the sheet said the morning ice check was done n it wasnt, new guy walked out on 9 inches by the pumphouse n went in to his waist. hes fine but the enterprise ran it n the village board was not happy. so a cli",
      more: "just the crew chiefs, on the shack laptop. one binary, wifi in the shack is a joke",
      walkthrough:
        "rules\n- nobody on the ice till its 12 in thick, measured every morning\n- blocks cut 2 ft x 4 ft\n- nobody under 18 on the saw\n- everybody signs the waiver before their first shift\n- no cutting below -20\n- shifts are 3 hrs, max 2 a day per person\n- 20 hrs gets you the ipw pin\n- no cutting after the friday before carnival",
      things:
        "workers: name, phone, age, waiver y/n. shifts: worker, date, start, job (saw, tongs, loader). ice checks: date, thickness, temp, who checked. blocks: date, count. 1 shift is 1 worker, a worker does a ton of shifts",
      commands:
        "like: palace worker --name 'deb l' --phone 5185550142 --age 34 --waiver, palace shift --worker 9 --start 7 --job saw, palace ice --thickness 13 --temp -8, palace blocks --count 140, palace today (whos on + last ice check), palace hours --worker 9, palace pins (who hit 20 hrs), palace cold (can we cut today)",
      extras: [
        "the parade n the carnival royalty are the committees thing not ours. ppl ask about the ice fishing derby too, nope",
        "thats it. later",
      ],
      tech: "go w sqlite. one binary on the shack laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Go",
    },
    atReview: [
      "looks good. 1 thing, put the spot on the ice checks, we check 3 spots on the lake",
      "perfect. later",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "nobody on the ice till its 12 in thick measured every morning",
        "blocks cut 2 ft x 4 ft",
        "nobody under 18 on the saw",
        "everybody signs the waiver before their first shift",
        "no cutting below -20",
        "shifts are 3 hrs max 2 a day per person",
        "20 hrs gets you the ipw pin",
        "no cutting after the friday before carnival",
      ],
      tables: [
        { name: "workers", fields: ["name", "phone", "age", "waiver y/n"] },
        { name: "shifts", fields: ["worker", "date", "start", "job"] },
        { name: "ice checks", fields: ["date", "thickness", "temp", "who checked", "spot"] },
        { name: "blocks", fields: ["date", "count"] },
      ],
      excluded: ["parade", "fishing"],
      background: ["clipboard", "google sheet"],
      stack: ["Go", "SQLite"],
      commands: [
        "worker",
        "shift",
        "ice",
        "blocks",
        "today",
        "hours",
        "pins",
        "cold",
        "--name",
        "--phone",
        "--age",
        "--waiver",
        "--worker",
        "--start",
        "--job",
        "--thickness",
        "--temp",
        "--count",
      ],
    },
  },
  {
    id: "ebersheim-bredele",
    who: "A woman in Ebersheim, near Sélestat in Alsace, whose family has had the village bakery since her grandfather and who every Advent bakes the Christmas biscuits (Bredele), Butterbredele, Spritzbredele, Anisbredele, Zimtstern and Schwowebredele, for the shop and by post, in Alsatian (never used before: German was written in Stuttgart and Swiss German, Luxembourgish and Frisian were written, Alsatian never; as she types it, in between, in an everyday spelling with the French words Alsace mixes in: 'Salü binander', 'min Grossvadder', \"d'Bäckerei\", 'de Christkindelsmärik', 'de Maire', 'Supermarché', \"d'DNA\", 'Ich hab mich so gschämt!', 'e Site internet', 'unseri apprentie', 'Colis', 'des isch nit unseri Sach', 'lon des ewäg', 'Merci vielmols, àdje!'): a website where customers order and pay without an account, she and her husband see everything and the money and the apprentice sees what to pack but not the money, orders only from the 1st of November to the 15th of December, a 500 gram box 18 euros and a 1 kilo box 34 euros, baked with butter only and never margarine, posted only in France and Germany at 9 euros a parcel, nothing posted after the 15th of December, collection at the bakery till the 23rd, ten boxes an order at most, paid straight away on ordering, nothing posted in a postal strike and the money given back; records told in sentences ('E jeder Kunde het …', 'E jedi Bstellung het …', 'Un e jeder Backtag het …') with abhole oder schicke and bezahlt oder nit in them, an order one customer's and a customer ordering again every year; a Heft today; her brother-in-law's Winstub next door 'des isch nit unseri Sach', Kougelhopf by post 'lon des ewäg'",
    says: {
      overview:
        "Salü binander! Ich bin d'Marie-Odile Schaeffer, vun Ebersheim, bi Schlettstàdt im Elsass. Mir han d'Bäckerei im Dorf sit minem Grossvadder. S'ganze Johr backe mir Brot, awer im Advent backe mir d'Bredele: Butterbredele, Spritzbredele, Anisbredele, Zimtstern, Schwowebredele, alles wie's d'Grossmamme gmacht het. D'Lit kaufe sie im Lade, un vieli bstelle sie per Poscht, bis nooch Paris un Stuttgart. Jetz schriib ich alli Bstellunge in e Heft, un de Jean-Paul, min Mann, nimmt au Bstellunge am Telefon. Letscht Johr hab ich vierzig Schachtle fer s'Seniorefescht vun de Gemeinde versproche, un de Jean-Paul het genau die glichi Schachtle am Christkindelsmärik in Schlettstàdt verkauft. De Maire het Bredele vum Supermarché kaufe müen, un s'isch in de DNA gstande. Ich hab mich so gschämt! Unseri Enkelin Camille studiert Informatik z'Strossburi, un sie macht uns e Site internet.",
      more: "D'Kunde sotte uf em Site bstelle un zahle könne, ohne e Konto ze mache. De Jean-Paul un ich sähn alles, au s'Geld. D'Léa, unseri apprentie, muess sähn was sie iipacke muess, awer nit s'Geld.",
      walkthrough:
        "So mache mir's:\nD'Bredele gibt's numme im Advent, Bstellunge vum 1. November bis zum 15. Dezember.\nE Schachtel vun 500 Gramm koscht 18 Euro, e Schachtel vun 1 Kilo koscht 34 Euro.\nMir backe numme mit Butter, nie mit Margarine.\nMir schicke numme in Frankrich un in Ditschland, 9 Euro fer de Colis.\nNooch em 15. Dezember schicke mir nix meh, sunscht kummt's nit vor Wihnachte aa.\nAbhole in de Bäckerei geht bis zum 23. Dezember.\nHechschtens 10 Schachtle in einere Bstellung.\nBezahlt wird glich bim Bstelle.\nWenn d'Poscht streikt, schicke mir nix, un d'Lit kriehe ihr Geld zruck.",
      things:
        "E jeder Kunde het e Name, e Adress, e Telefonnummer un e Email. E jedi Bstellung het de Kunde, wieviel Schachtle vun 500 Gramm, wieviel Schachtle vun 1 Kilo, abhole oder schicke, un bezahlt oder nit. Un e jeder Backtag het s'Datum, d'Sort un wieviel Kilo. E Bstellung isch vun eim Kunde, un e Kunde bstellt jedes Johr widder.",
      extras: [
        "Min Schwoger het e Winstub grad nebe dra, awer des isch nit unseri Sach. Un d'Lit froge als, ob mir au Kougelhopf per Poscht schicke, lon des ewäg, de Kougelhopf git's numme im Lade.",
        "Des isch alles. Merci vielmols, àdje!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "D'Kunde bstelle un zahle ohne Konto. De Jean-Paul un ich sähn alles un s'Geld. D'Léa sieht was sie iipacke muess, nit s'Geld.",
    },
    expect: {
      kind: "web app",
      features: [
        "d'Bredele gibt's numme im Advent Bstellunge vum 1. November bis zum 15. Dezember",
        "Schachtel vun 500 Gramm koscht 18 Euro Schachtel vun 1 Kilo koscht 34 Euro",
        "mir backe numme mit Butter nie mit Margarine",
        "mir schicke numme in Frankrich un in Ditschland 9 Euro fer de Colis",
        "nooch em 15. Dezember schicke mir nix meh",
        "abhole in de Bäckerei geht bis zum 23. Dezember",
        "hechschtens 10 Schachtle in einere Bstellung",
        "bezahlt wird glich bim Bstelle",
        "wenn d'Poscht streikt schicke mir nix d'Lit kriehe ihr Geld zruck",
      ],
      tables: [
        { name: "Kunde", fields: ["Name", "Adress", "Telefonnummer", "Email"] },
        {
          name: "Bstellung",
          fields: [
            "Kunde",
            "wieviel Schachtle vun 500 Gramm",
            "wieviel Schachtle vun 1 Kilo",
            "abhole oder schicke",
            "bezahlt oder nit",
          ],
        },
        { name: "Backtag", fields: ["Datum", "Sort", "wieviel Kilo"] },
      ],
      excluded: ["Winstub", "Kougelhopf"],
      background: ["Heft"],
    },
  },
  {
    id: "bacolor-parul-lanterns",
    who: "A man in Bacolor, Pampanga, in Central Luzon, the town half buried by the lahar from Pinatubo, whose family has made parul, the Kapampangan Christmas lanterns of capiz shell, steel and lights, since his grandfather's time, from 2 foot ones for houses to 8 foot ones with rotors for churches, malls and town halls, in Kapampangan (never used before: Tagalog, Cebuano, Hiligaynon and Ilocano were written, Kapampangan never; as he types it, in between, with the English and Tagalog words Pampanga really mixes in: 'Mayap a abak pu kekayu ngan', 'ing apu ku', 'capiz', 'rotor', 'ing pagawan', 'mag-text', 'notebook', 'Makalela!', 'ing anak ning kapatad ku', 'programa', 'computer', 'ita ali negosyu mi', 'pabayan yu ne ita', 'Dakal a salamat pu!'): a program on the workshop's computer with no password and no internet, for him and his wife, parul made from August to December, ₱1,500 for a 2 foot parul, ₱8,000 for a 4 foot one with lights and ₱60,000 for an 8 foot one with a rotor, the 8 foot ones ordered before September is out, 50% paid on ordering and the other 50% before the parul is handed over, capiz and steel only and never plastic, the 8 foot ones installed only in Pampanga and never sent abroad, nothing installed in a typhoon till it has passed; records after colons on lines with bale o simbaan o mall and bayad na o ali pa in them, an order one customer's and a customer with many orders; a notebook today; his sister's tocino 'ita ali negosyu mi', nativity scenes (belen) 'pabayan yu ne ita'; the colour of the capiz (kule ning capiz) put on the orders at the review",
    says: {
      overview:
        "Mayap a abak pu kekayu ngan! Aku i Arnel Quiambao, taga-Bacolor, Pampanga. Ing pamilya mi gagawa parul manibat pa king panaun ning apu ku. Ing parul ya ing Christmas lantern mi keng Pampanga, gawa ya king capiz, bakal ampong lights. Gagawa kami parul a 2 feet para kareng bale, ampo parul a 8 feet a atin rotor para kareng simbaan, mall ampong munisipyu. Ngeni, tatawag o mag-text la deng tau, at isusulat ku la ngan deng order king metung a notebook. Kanitang Disiembre, pengaku ku king simbaan ning Guagua ing metung a parul a 8 feet. Pero ing kapatad ku a i Jun, binenta na ing parul a ita king metung a mall keng Angeles. Kanitang dinatang la deng taga-simbaan, ala lang parul. Makalela! Ing anak ning kapatad ku a i Kevin, mag-aral yang IT king Holy Angel, at gawan na kami programa para king computer ning pagawan mi.",
      more: "Aku ampo ing asawa ku mu ing gamit king programa, king computer ning pagawan. Alang password. Ala kaming internet king pagawan, kaya kailangan gumana ya ing programa anggiang alang internet.",
      walkthrough:
        "Iti ing paralan mi:\nGagawa kami parul manibat Agostu anggang Disiembre.\nIng parul a 2 feet ₱1,500, ing parul a 4 feet a atin lights ₱8,000, ing parul a 8 feet a atin rotor ₱60,000.\nIng parul a 8 feet, kailangan i-order bayu lumabas ing Septiembre.\n50% ning bayad king pamag-order, ing aliwang 50% bayu mi ibie ing parul.\nCapiz ampong bakal mu ing gamit mi, e kami gagamit plastic.\nIng parul a 8 feet, ikabit mi mu keng Pampanga.\nE mi ipadala ing parul a 8 feet king aliwang bansa.\nNung atin bagyu, e mi ikabit ing parul anggang lumabas ya ing bagyu.",
      things:
        "Deng customer: lagyu, numeru ning cellphone, address, bale o simbaan o mall\nDeng order: customer, petsa, feet ning parul, petsa ning pamikabit, bayad na o ali pa\nDeng obrero: lagyu, bayad king aldo\nIng metung a order para ya mu king metung a customer, pero ing metung a customer dakal lang order.",
      extras: [
        "Ing kapatad kung babai magtinda yang tocino, pero ita ali negosyu mi. At dakal lang kutang nung gagawa kami belen, pabayan yu ne ita, parul mu ing gagawan mi.",
        "Ita na mu. Dakal a salamat pu!",
      ],
    },
    picks: {
      Kind: ["Something else", "Metung a programa para king computer ning pagawan, alang internet"],
      Accounts: "Alang password. Aku ampo ing asawa ku mu king computer ning pagawan.",
    },
    atReview: [
      "Mayap ya! Metung pa: isulat yu pa ing kule ning capiz kareng order, uling buri da deng simbaan ing sarili dang kule.",
      "Ayan, mayap na. Dakal a salamat!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "gagawa kami parul manibat Agostu anggang Disiembre",
        "parul a 2 feet ₱1,500 parul a 4 feet a atin lights ₱8,000 parul a 8 feet a atin rotor ₱60,000",
        "parul a 8 feet kailangan i-order bayu lumabas ing Septiembre",
        "50% ning bayad king pamag-order ing aliwang 50% bayu mi ibie ing parul",
        "capiz ampong bakal mu ing gamit mi e kami gagamit plastic",
        "parul a 8 feet ikabit mi mu keng Pampanga",
        "e mi ipadala ing parul a 8 feet king aliwang bansa",
        "nung atin bagyu e mi ikabit ing parul anggang lumabas ya ing bagyu",
      ],
      tables: [
        {
          name: "customer",
          fields: ["lagyu", "numeru ning cellphone", "address", "bale o simbaan o mall"],
        },
        {
          name: "order",
          fields: [
            "customer",
            "petsa",
            "feet ning parul",
            "petsa ning pamikabit",
            "bayad na o ali pa",
            "kule ning capiz",
          ],
        },
        { name: "obrero", fields: ["lagyu", "bayad king aldo"] },
      ],
      excluded: ["tocino", "belen"],
      background: ["notebook"],
    },
  },
];
