import type { Persona } from "../persona-driver.js";

/**
 * The forty-sixth round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines, in brackets inline, or told in sentences ("For every
 * family we keep …", "Every booking has …", "Owners have …"). Eight write in English,
 * each in their own English and their own register, none of them used before (every
 * round-*.ts and held-out.ts was searched, their doc comments and every `who`: the Belfast
 * English of the Ormeau Road, the Northern Irish English of Portadown and the Ulster Scots
 * of mid-Antrim were used, the English of Derry was not; the Australian of a surf club,
 * the bush English of Central Queensland, the Aboriginal English of Fitzroy Crossing and
 * the Lebanese-, Greek- and Italian-Australian Englishes were used, no English of Tasmania
 * was; the Newfoundland English of Bay Roberts and the Cape Breton and PEI Englishes were
 * used, the English of Labrador was not; the Kuwaiti, Bahraini, Qatari and Omani Englishes
 * and the Englishes of Amman, Beirut and Cairo were used and Saudi Arabic was written, the
 * English of the Emirates was not; the Balinese English of Gianyar was used and Javanese
 * was written with its Indonesian, the Jaksel English of South Jakarta was not; the
 * Pakistani English of Lahore and the English of Bradford's Pakistani community were used
 * and Urdu was written, the English of Karachi was not; the village English of the
 * Yukon-Kuskokwim Delta in Alaska was used, the English of the Yukon Territory was not,
 * nor "Whitehorse", "cheechako" or "bannock"; the Minnesotan English of Mille Lacs and the
 * Vietnamese-American English of Little Saigon were used, the Hmong-American English of
 * St. Paul was not, and "Hmong" was found nowhere): the Derry English of Creggan, in long
 * paragraphs ("Bout ye", "mammies", "wains", "my cub", "wile", "affronted", "dead easy",
 * "so it does", "houl on", "catch yourself on", "stall the ball", "away on", "Naw",
 * "Cheers, good luck"), the Jaksel English of Kemang, in lower-case fragments with its
 * Indonesian ("hai", "gue", "basically", "which is", "ribet banget", "literally",
 * "jujurly", "malu banget", "my cowok", "wajib", "hangus", "gak usah masukin", "skip aja,
 * not our thing", "makasih ya, see u"), the English of Karachi, in between ("Assalam o
 * Alaikum", "yaar", "full scene", "aunty", "chalo", "bilkul", "theek hai, set hai", "bhai",
 * "that is not our department bhai", "leave it yaar", "JazakAllah", "Allah Hafiz"), the
 * Tasmanian English of the Meander Valley, in lower-case fragments ("heaps", "lonnie",
 * "spewin", "utas", "righto", "mainlanders", "not our bag", "yeah nah dont bother with
 * that", "cheers, catch ya"), the Hmong-American English of Frogtown, in long paragraphs
 * ("Nyob zoo", "my niam", "the camp in Thailand", "Hmongtown", "the U", "tsis ua li cas,
 * we don't need it in there", "Ua tsaug ntau"), the Labrador English of Happy
 * Valley-Goose Bay, in short plain sentences ("Aksunai", "the Big Land", "some mad",
 * "b'y", "the island", "got to", "don't matter", "that's her business, b'y", "don't bother
 * with that one", "Nakummek"), the English of Al Ain, in short plain sentences ("Salam
 * alaikum", "wallah", "khalas", "the majlis", "the hurr and the shaheen", "the qanas",
 * "yalla", "inshallah", "mob shughlna", "leave it", "Tislam", "Ma'a salama"), and the
 * Yukon English of Whitehorse, in between ("a real sourdough", "from Outside",
 * "cheechakos", "plug in my truck", "-35", "breakup", "not our circus", "don't bother,
 * eh", "stay warm"). One writes in Sorani Kurdish (never used before: Persian, Urdu, Pashto
 * and Arabic were written in the Arabic script, Sorani and its letters ڕ, ڵ, ۆ, ێ and ە
 * never, nor "Kurd", "Erbil" or "هەولێر"; as a developer in Erbil types it, with the
 * English words Kurds really mix in: "پرۆگرامەر", "ئۆکشن", "لایبرەری", "تێلیگرام", "بۆت",
 * "ئێکسڵ", "کۆنتەینەر", "تاوینگ", "سێدان", "جیپ", "پیکاپ", "سی سی", "کۆمیشن", "پاکێج",
 * "کاری ئێمە نییە", "ئەوە تێی مەخەن", "زۆر سوپاس، خوات لەگەڵ"), and one in Corsican (never
 * used before: Italian and French were written, Corsican and its "chj" and "ghj" never,
 * nor "Corsica" or "Corse"; as a miller in the Castagniccia types it, in short plain
 * sentences, with the French words Corsicans really mix in: "logiciel", "l'ordi",
 * "internet", "SMS", "chèque", "Colissimo", "AOP", "mot de passe", "Bonghjornu", "ùn hè
 * micca affare nostru", "ùn la mettite", "À ringraziavvi").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Creggan school uniform exchange (a blazer £5, a jumper £2, shirts and blouses 50p,
 * trousers and skirts £2 and a PE kit £3, free to families on free school meals without
 * proof, everything washed, ironed and checked and the holed or stained to the textile
 * bank, orders from the 1st of July to the 15th of August, no more than 2 of each thing a
 * child in the August rush, collection Saturdays 10 till 1 paid then in cash or card, back
 * on the shelves after 2 weeks, donations Tuesday and Thursday evenings 6 till 8, no shoes
 * or underwear, a text when packed), a Kemang reformer pilates studio (five classes a
 * weekday and two a day at weekends, 8 to a class, packs of 1, 5 and 10 at 350k, 1.5jt and
 * 2.8jt valid 1 and 2 months, an intro class first at 500k, 7 days ahead at most, the
 * credit lost on a cancel under 12 hours or 10 minutes late, a waitlist filled until 2
 * hours before, grip socks at 85k, QRIS or BCA transfer, a WhatsApp reminder at 8pm the
 * night before) and Karachi school vans (Rs 8,000, 10,000 and 12,000 a month by area, Rs
 * 1,500 off a second child, due by the 10th with a Rs 500 fine, half in June and July to
 * keep the seat, 12 children to a Hiace, picked up from 6:15 and at school by 7:30, dropped
 * at 1:30 and 12:30 on Friday, Rs 1,000 off after more than 3 days missed, two weeks'
 * notice, a child handed only to the people on the form, a message 10 minutes away); phone
 * apps for a Deloraine truffle farm (June to the end of August, every find with the tree,
 * the dog, the grams and the grade, $3, $2 and $1.20 a gram, cleaned the same day, sold
 * within 7 days, 50 grams at least to restaurants, express post Monday to Wednesday for
 * $25, hunts on Saturdays at 11am for $120 and children under 12 free, 12 at most, no
 * refund but another Saturday when called off, a tasting after) and a Frogtown seamstress's
 * Hmong New Year outfits (orders July 1st to September 30th, $250, $450 and $300 and $80
 * more for the hat and coin sash, Hmong Leng and Hmong Der, a 50% deposit by Venmo or
 * cash, measured in person, 40 a season, $50 for a change once cut and the deposit kept,
 * $100 for a rush, all picked up by the Sunday before Thanksgiving, one free fitting);
 * programs on an offline computer for a Goose Bay bakeapple buyer (the 1st to the 25th of
 * August, $70 a gallon ripe and cleaned and $40 hard, no wet or mushy berries, paid the
 * same day, under 16 only with a parent, the shed open 4 to 9, frozen within 2 hours,
 * tubs at $110 to stores and $120 at the door, $25 a tub by air cargo to St. John's,
 * Christmas orders by the 1st of November) and a Castagniccia chestnut mill (chestnuts
 * from November to January, milled Mondays and Thursdays, 20 kilos at least, none damp,
 * €1.50 a kilo, ready in a week with an SMS, the AOP number on every bag, flour at €18 a
 * kilo and €10 the 500 grams, Colissimo €12 and free from 5 kilos, cash, cheque or card,
 * the kilos by farmer for the AOP syndicate); a service without screens, in Django with
 * PostgreSQL, for an Al Ain falcon moulting centre that an iPhone app and a vet's iPad
 * call (April 1 to September 30, 1,500 dirhams a month for a saker or peregrine and 2,000
 * for a gyr or hybrid, 3 months at least, the passport and ring checked and a 250 dirham
 * vet check on arrival, the sick to the falcon hospital, 60 rooms of one falcon, a month
 * ahead by card or transfer, nobody's falcon out unpaid, visits Friday and Saturday 4 to
 * 8 pm, a photo and the weight every Thursday); a Python library for an Erbil car
 * importer's landed costs (the auction fee in three brackets, towing $400 or $700,
 * shipping $1,600 or $2,100 to Mersin, $850 by truck to Erbil, customs 15% or 25% by
 * engine size at Ibrahim Khalil, nothing older than 5 years, a $500 commission, the
 * day's dollar rate, dinars rounded up to the thousand, every line); and a command-line
 * tool in Go with SQLite for Whitehorse aurora tours (August 20 to April 15, picked up at
 * 9 pm and back by 2 am, $150 and $75 for children under 12, $800 private for up to 4, 14
 * a night, parka, boots and mitts $40, nobody out below -40 with a full refund, a second
 * night free without aurora, a full refund 48 hours ahead and 50% after, hot chocolate
 * and bannock, the season's guests and nights), with commands and flags. The Kemang
 * studio owner and the Deloraine truffle grower answer in lower-case fragments, the
 * Creggan mother and the Frogtown seamstress in long paragraphs, the Goose Bay buyer, the
 * Al Ain developer and the Castagniccia miller in short plain sentences, the others in
 * between.
 *
 * Relations said plainly ("Every order is for one child, and every child belongs to one
 * family", "every booking itu 1 member + 1 class", "every child goes in one van, every
 * payment is for one child", "every order is one customer's", "Every outfit is for one
 * customer", "Every picking is from one picker", "Every stay is one falcon in one room.
 * Every falcon has one owner", "Every booking is for one night, and every rental is for
 * one booking", "Ogni macinatura hè d'un paisanu solu"); allowed values in brackets (a
 * booking's status, a falcon's kind) and in the lists and sentences themselves (ripe or
 * hard, posted or picked up, restaurant or not, girl, woman or man, Leng or Der, shipped or
 * picked up, out or not, Colissimo o micca); background in a jotter and a Facebook group,
 * a Google Form and a spreadsheet, a khata and a WhatsApp group, a pocket diary and an
 * Excel sheet, a spiral notebook and a cookie tin, a scribbler and a shoebox, voice notes
 * and a ledger, a wall calendar and a binder, کاغەز and ئێکسڵ, a quadernu and a
 * calendariu; technology named as Laravel with MySQL, Django with PostgreSQL, Go with
 * SQLite and Python, and none at all by six of them; "no" said as "stall the ball there,
 * that's theirs, not ours", "away on, don't be putting that in at all", "gak usah
 * masukin", "skip aja, not our thing", "that is not our department bhai", "leave it yaar",
 * "not our bag", "yeah nah dont bother with that", "that's her business, tsis ua li cas,
 * we don't need it in there", "that's for the young people, not us", "that's her business,
 * b'y", "don't bother with that one", "mob shughlna", "leave it, not for this system",
 * "not our circus", "don't bother, eh", "کاری ئێمە نییە", "ئەوە تێی مەخەن", "ùn hè micca
 * affare nostru", "ùn la mettite"; while rules keep their "no" ("We don't take shoes or
 * underwear", "gak boleh masuk", "not one more", "no refund", "no measurements over the
 * phone", "we won't take them", "No falcon leaves", "Below -40 we don't go out",
 * "ناهێنرێت", "Ùn macinemu micca").
 *
 * The Creggan mother takes the year off the children and puts the colour on the items,
 * the Frogtown seamstress takes who sent them off the customers and puts the fitting date
 * on the outfits, and the Goose Bay buyer takes the community off the pickers and puts the
 * freezer on the tubs, each after "Change something" at "Your data"; the Kemang studio
 * owner renames the bookings reservations, the Karachi van owner takes the class off the
 * children, the Al Ain developer puts the name on the falcons and the Castagniccia miller
 * puts the lot number (numeru di lottu) on the millings, each at the review. Sorani and
 * Corsican are compared by their own letters, so their expected words are in the forms
 * the person used (as "مەرسینەوە تا هەولێر تریلە 850 دۆلار", "macinemu solu luni ghjovi");
 * every expected feature was checked to be in one sentence the person said, and the
 * excluded words of all ten were checked not to read like anything they want (not "bag"
 * for the credit union's school bag appeal, when donations come in a bag, but "credit
 * union"; not "truffle" for the truffle oil, when the truffles are the farm, but "oil";
 * not "falcon" for the falcon auction, when the falcons are records, but "auction"; not
 * "trips" for the dog sledding trips, when the tours are trips, but "dog sledding"; not
 * "castagna" for the chestnut fair, when the chestnuts are milled, but "fiera"; not
 * "Hiace" for the Hiace on rent, when the vans are Hiaces, but "weddings").
 */
export const FORTY_SIXTH_ROUND: Persona[] = [
  {
    id: "creggan-uniform-exchange",
    who: "A mother in Creggan, Derry, who with three other mothers has run the pre-loved school uniform exchange out of St Mary's parish hall for six years, in the Derry English of Creggan, in long paragraphs ('Bout ye', 'mammies', 'wains', 'my cub', 'wile', 'affronted', 'dead easy', 'so it does', 'houl on', 'catch yourself on', 'stall the ball', 'away on', 'Naw', 'Cheers, good luck'): a website, easy on a phone, where the parents order what their child needs and the volunteers see every order, a blazer £5, a jumper £2, shirts and blouses 50p, trousers and skirts £2 and a PE kit £3, families on free school meals getting the lot free by ticking a box with no proof asked, everything washed, ironed and checked before it goes up and anything with a hole or a stain to the textile bank, orders open from the 1st of July to the 15th of August, no more than 2 of each thing per child in the August rush, collection Saturdays 10 till 1 in the hall and paid then in cash or card, back on the shelves when not collected in 2 weeks, donations dropped off Tuesday and Thursday evenings 6 till 8 with the school and the size on the bag, no shoes or underwear taken, a text when an order is packed and ready; records told in sentences ('For every family we keep …'), every order one child's and every child one family's; a jotter and a Facebook group today; the credit union's school bag appeal 'stall the ball there, that's theirs, not ours', the summer scheme 'away on, don't be putting that in at all'; the year taken off the children and the colour put on the items after 'Change something' at 'Your data'",
    says: {
      overview:
        "Bout ye. I'm Siobhan McLaughlin from Creggan in Derry, and me and three other mammies run the uniform exchange out of St Mary's parish hall, six years now. People give us the uniforms their wains have grown out of, we wash them and sort them, and other families get them for next to nothing, because a blazer new in the shop is forty pound and there's families round here with five wains at school. Right now it's all in a jotter and a Facebook group, and it's wile. Last August a woman came the whole way over from the Waterside for a blazer for her cub that I'd promised her in the Facebook group, and it was gone to somebody else because her message got buried under two hundred others, and she stood in the hall and cried, and I was that affronted I could have crawled under the table. My nephew's doing software at Magee and he says he'll build us a website where the parents order what they need and we see it all in the one place.",
      more: "Most of the mammies would only ever look at it on the phone, so it has to be dead easy on the phone, so it does, and I want them able to see what's there in their child's size before they come down, instead of ringing me at all hours of the night.",
      walkthrough:
        "Right, houl on till I tell you how it works.\n\nWe do the uniforms for the primary schools and the secondary schools in the city, everything with the crest on it and the plain stuff as well.\n\nA blazer is £5, a jumper is £2, shirts and blouses are 50p, trousers and skirts are £2 and a PE kit is £3, and that's only to cover the washing powder and the hall, nobody's making a penny out of it.\n\nAny family on free school meals gets the lot free, they just tick the box and we don't ask for proof, catch yourself on, we're not the Social.\n\nEverything that comes in is washed and ironed and checked before it goes up on the website, and anything with a hole or a stain that won't shift goes to the textile bank at the leisure centre.\n\nOrders open on the 1st of July and close on the 15th of August, because we need the last two weeks before the schools go back to get them all packed.\n\nIn the August rush it's no more than 2 of each thing per child, so there's enough to go round, and after the schools go back they can have what they like.\n\nCollection is Saturdays 10 till 1 in St Mary's parish hall, and you pay when you collect, cash or card on the wee machine.\n\nIf you don't collect in 2 weeks it goes back on the shelves for somebody else, sorry, but that's the way of it.\n\nDonations get dropped off on Tuesday and Thursday evenings 6 till 8, in a bag with the school and the size wrote on it.\n\nWe don't take shoes or underwear, ever, don't even ask.\n\nAnd when an order is packed and ready the parent gets a text to say come on down.",
      things:
        "For every family we keep the name, the phone, the address and whether they're on free school meals. Every child has a name, the school and the year they're in. Every item has the school, what it is, the size, the price and whether it's in stock. And an order has the child, the items, the total, packed and collected. Every order is for one child, and every child belongs to one family.",
      thingsChange:
        "Two wee things. Take the year off the children, it's no use to us, a big P7 could be in a first year's size. And put the colour on the items, because half the schools have the same jumper in a different colour, the maroon and the navy and the bottle green.",
      extras: [
        "The school bag appeal the credit union runs in August, stall the ball there, that's theirs, not ours. And the summer scheme for the wains, away on, don't be putting that in at all.",
        "Naw, that's it. Cheers, good luck.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the other three mammies see everything and mark the orders packed and collected. The parents sign up with their phone number and only see their own orders.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "blazer £5 jumper £2 shirts and blouses 50p trousers and skirts £2 PE kit £3",
        "free school meals gets the lot free tick the box",
        "washed ironed checked before it goes up on the website",
        "hole or a stain textile bank",
        "orders open 1st of July close 15th of August",
        "August rush no more than 2 of each thing per child",
        "collection Saturdays 10 till 1 St Mary's parish hall pay when you collect cash or card",
        "don't collect in 2 weeks goes back on the shelves",
        "donations Tuesday and Thursday evenings 6 till 8",
        "don't take shoes or underwear",
        "order packed and ready parent gets a text",
      ],
      tables: [
        { name: "families", fields: ["name", "phone", "address", "free school meals"] },
        { name: "children", fields: ["name", "school"] },
        { name: "items", fields: ["school", "what it is", "size", "price", "in stock", "colour"] },
        { name: "orders", fields: ["child", "items", "total", "packed", "collected"] },
      ],
      excluded: ["credit union", "summer scheme"],
      background: ["jotter", "Facebook group"],
    },
  },
  {
    id: "kemang-reformer-pilates",
    who: "A woman who co-owns a reformer pilates studio in Kemang, South Jakarta, eight reformers, in the Jaksel English of South Jakarta, in lower-case fragments with its Indonesian ('hai', 'gue', 'basically', 'which is', 'ribet banget', 'literally', 'jujurly', 'malu banget', 'my cowok', 'wajib', 'hangus', 'gak usah masukin', 'skip aja, not our thing', 'makasih ya, see u'): a website, in Laravel with MySQL because her boyfriend builds in it, where members buy packs and book classes and the owners see everything, classes Monday to Friday at 7, 9, 12, 5 and 7 and Saturday and Sunday at 8 and 10, 8 to a class, 1 class 350k, 5 classes 1.5jt valid 1 month and 10 classes 2.8jt valid 2 months, a private intro class first for 500k, booked 7 days ahead at most, the credit lost on a cancel under 12 hours before and no entry more than 10 minutes late, a waitlist moved in automatically until 2 hours before, grip socks required and sold at 85k, paid by QRIS or BCA transfer, a WhatsApp reminder at 8pm the night before; records after colons on lines with a booking's status in brackets, every booking one member and one class; a Google Form and a spreadsheet today; the merch 'gak usah masukin', the smoothie bar next door 'skip aja, not our thing'; the bookings renamed reservations at the review; Laravel and MySQL",
    says: {
      overview:
        "hai! gue nadia, co-owner of a reformer pilates studio in kemang, 8 reformers. basically rn booking pake google form n a spreadsheet, which is ribet banget. last month 11 orang dateng buat class yg cuma 8 reformer, literally 3 ppl had to sit n watch, one of them my bestie's boss, jujurly malu banget. my cowok is a laravel dev so he's building us a website",
      more: "members harus bisa beli pack n book class sendiri dari hp, we just see everything",
      walkthrough:
        "ok so\nclasses mon-fri 7am 9am 12pm 5pm 7pm, sat-sun 8am 10am\nmax 8 per class, 8 reformer literally\npacks: 1 class 350k, 5 classes 1.5jt valid 1 month, 10 classes 2.8jt valid 2 months\nfirst timer wajib intro class dulu, private 1 on 1, 500k\nbooking max 7 days ahead\ncancel min 12 hours before, lewat dari itu credit hangus\nlate more than 10 min gak boleh masuk, credit hangus juga\nclass full = waitlist, auto masuk kalo ada yg cancel sampe 2 hours before class\ngrip socks wajib, kalo gak punya beli di studio 85k\nbayar pake qris or transfer bca\nreminder via whatsapp the night before at 8pm",
      things:
        "members: name, phone, ig, credits left, pack expiry\nclasses: date, time, instructor, spots left\nbookings: member, class, status (booked, waitlist, cancelled)\ninstructors: name, phone\nevery booking itu 1 member + 1 class",
      extras: [
        "merch kita, tote bag n tumbler, that's my partner's side thing, gak usah masukin. smoothie bar sebelah juga skip aja, not our thing",
        "that's all! makasih ya, see u",
      ],
      tech: "laravel + mysql, cowok gue udah pake itu di kantornya",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "gue n partner gue see everything. instructors cuma liat class mereka. members login pake email + password",
      Technology: "I have preferences",
      "Back end": "Laravel",
      Database: "MySQL",
    },
    atReview: [
      "ok love it. one thing, rename bookings jadi reservations ya, biar sama kayak di ig kita",
      "udah, perfect, go!",
    ],
    expect: {
      kind: "web app",
      features: [
        "mon-fri 7am 9am 12pm 5pm 7pm sat-sun 8am 10am",
        "max 8 per class",
        "1 class 350k 5 classes 1.5jt valid 1 month 10 classes 2.8jt valid 2 months",
        "first timer wajib intro class private 1 on 1 500k",
        "booking max 7 days ahead",
        "cancel min 12 hours before credit hangus",
        "late more than 10 min gak boleh masuk",
        "class full waitlist auto masuk sampe 2 hours before class",
        "grip socks wajib beli di studio 85k",
        "bayar pake qris or transfer bca",
        "reminder via whatsapp the night before at 8pm",
      ],
      tables: [
        { name: "members", fields: ["name", "phone", "ig", "credits left", "pack expiry"] },
        { name: "classes", fields: ["date", "time", "instructor", "spots left"] },
        { name: "reservations", fields: ["member", "class", "status"] },
        { name: "instructors", fields: ["name", "phone"] },
      ],
      excluded: ["merch", "smoothie"],
      background: ["google form", "spreadsheet"],
      stack: ["Laravel", "MySQL"],
    },
  },
  {
    id: "gulshan-school-vans",
    who: "A man in Gulshan-e-Iqbal, Karachi, who with his son runs eight school vans on pick and drop for about 90 children, in the English of Karachi, in between ('Assalam o Alaikum', 'yaar', 'full scene', 'aunty', 'chalo', 'bilkul', 'theek hai, set hai', 'bhai', 'that is not our department bhai', 'leave it yaar', 'JazakAllah', 'Allah Hafiz'): a website where the parents see their child's van, the driver's number and the fee due and he and his son put the payments, Rs 8,000 a month for Gulshan and Johar, Rs 10,000 for PECHS and Bahadurabad and Rs 12,000 for DHA and Clifton, Rs 1,500 off a second child from the same house, due by the 10th with a Rs 500 fine after, half fee in June and July to keep the seat, 12 children at most in a Hiace, picked up from 6:15 and at school by 7:30, dropped at 1:30 and at 12:30 on Friday, Rs 1,000 off the next month when more than 3 days are missed for strikes or rain, two weeks' notice to leave or one month's fee, a child handed only to the people written on the form, a message when the van is 10 minutes away; records after dashes on lines, every child in one van and every payment one child's; a khata and a WhatsApp group today; his wife's evening tuition centre 'that is not our department bhai', the Hiace on rent for weddings 'leave it yaar'; the class taken off the children at the review",
    says: {
      overview:
        "Assalam o Alaikum. I am Imran Qureshi from Gulshan-e-Iqbal, Karachi. Me and my son Faraz run eight school vans, pick and drop for about 90 children to schools in Gulshan, PECHS and DHA. Right now the fees are in a khata and everything else is on a WhatsApp group with the parents, 300 messages a day yaar. In March one aunty paid Faraz in cash and I also took her fee, she paid two times for the same month, and then another father said he paid and it was nowhere in the khata, full scene outside the school gate. Faraz is doing BS computer science at FAST, he says he will make one website for us.",
      more: "The parents should see their child's van, the driver's number and what fee is due, and me and Faraz should put the payments. Most parents will open it on the phone only.",
      walkthrough:
        "Chalo, I will tell you the rules.\nThe monthly fee depends on the area: Gulshan and Johar Rs 8,000, PECHS and Bahadurabad Rs 10,000, DHA and Clifton Rs 12,000.\nIf a second child from the same house comes, Rs 1,500 off for the second one.\nFee is due by the 10th of every month, after that Rs 500 fine.\nIn June and July is summer vacation, they pay half fee to keep the seat, otherwise the seat is gone.\nEach van is a Hiace, 12 children max, not one more, the traffic police are very strict now.\nMorning pick-up starts from 6:15 and the children are at school by 7:30.\nDrop is after school at 1:30, on Friday at 12:30.\nIf the van misses more than 3 days in a month because of strikes or rain, Rs 1,000 off next month.\nTo leave, two weeks notice, otherwise they pay one month's fee.\nThe driver hands the child only to the people written on the form, no one else, bilkul.\nParents get a message when the van is 10 minutes away.",
      things:
        "- parents - name, phone, address, area\n- children - name, school, class, parent, van\n- vans - number plate, driver, driver phone\n- payments - child, month, amount, fine, paid on\nevery child goes in one van, every payment is for one child",
      extras: [
        "The evening tuition centre my wife runs, that is not our department bhai, keep it separate. And the Hiace on rent for weddings on the weekend, leave it yaar.",
        "That's all. Allah Hafiz.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Faraz see everything and put the payments. Parents log in with their phone number and see only their own children. Drivers don't need any login.",
    },
    atReview: [
      "Theek hai, set hai. Just one thing bhai, take the class off the children, the school is enough for us.",
      "Bas, done. JazakAllah, Allah Hafiz.",
    ],
    expect: {
      kind: "web app",
      features: [
        "Gulshan and Johar Rs 8,000 PECHS and Bahadurabad Rs 10,000 DHA and Clifton Rs 12,000",
        "second child same house Rs 1,500 off",
        "fee due by the 10th Rs 500 fine",
        "June and July half fee to keep the seat",
        "Hiace 12 children max",
        "pick-up from 6:15 at school by 7:30",
        "drop 1:30 Friday 12:30",
        "misses more than 3 days strikes or rain Rs 1,000 off next month",
        "two weeks notice otherwise one month's fee",
        "driver hands the child only to the people written on the form",
        "message when the van is 10 minutes away",
      ],
      tables: [
        { name: "parents", fields: ["name", "phone", "address", "area"] },
        { name: "children", fields: ["name", "school", "parent", "van"] },
        { name: "vans", fields: ["number plate", "driver", "driver phone"] },
        { name: "payments", fields: ["child", "month", "amount", "fine", "paid on"] },
      ],
      excluded: ["tuition", "weddings"],
      background: ["khata", "WhatsApp group"],
    },
  },
  {
    id: "deloraine-truffle-farm",
    who: "A woman who with her husband has a truffle farm of about 1,200 oaks and hazels outside Deloraine in northern Tasmania, in the Tasmanian English of the Meander Valley, in lower-case fragments ('heaps', 'lonnie', 'spewin', 'utas', 'righto', 'mainlanders', 'not our bag', 'yeah nah dont bother with that', 'cheers, catch ya'): a phone app for the two of them that works with no signal down in the trufferie and sends back up at the shed, the season June to the end of August, every find put in with the tree number, the dog, the grams and the grade, grade a $3 a gram, grade b $2 a gram and pieces $1.20 a gram, weighed and cleaned in the shed the same day, sold within 7 days of digging, restaurants 50 grams an order at least, express post to the mainlanders Monday to Wednesday only for $25, truffle hunts on Saturdays at 11am for $120 an adult with children under 12 free and 12 people at most, hunts booked and paid online with no refund but another Saturday when called off for the weather, a tasting in the shed after every hunt; records told in fragments ('every find has …', 'customers are …'), every order one customer's; a pocket diary and an Excel sheet today; her sister's truffle oil and salt 'not our bag', the cellar door next door 'yeah nah dont bother with that'",
    says: {
      overview:
        "hi, bec here. me n my husband got a truffle farm outside deloraine, bout 1200 oaks n hazels, black perigord truffles. rn its all in a pocket diary n a big excel sheet on the home computer n heaps of it never gets from one to the other. last july a chef in melbourne paid for 200 grams n we sent it to a restaurant in lonnie instead, he was spewin. my nephew does computing at utas so hes building us a phone app",
      more: "no signal down in the trufferie, none, so it has to work on the phone out there n send when were back up at the shed",
      walkthrough:
        "righto\nseason is june to end of august, when theyre ripe\nwe go out with the dogs, every find gets the tree number, the dog, the grams n the grade\ngrade a $3 a gram, grade b $2 a gram, pieces n bits $1.20 a gram\neverythings weighed n cleaned in the shed the same day\nsold within 7 days of digging, after that its no good\nrestaurants min 50 grams an order\nmainlanders get it express post, mon to wed only so it dont sit in a depot over the weekend, $25 postage\ntruffle hunts for tourists saturdays 11am, $120 adults, kids under 12 free, max 12 people\nhunts booked n paid online, no refund, but if we cancel for weather they pick another saturday\nevery hunt ends with a tasting in the shed",
      things:
        "every find has the tree number, the dog, the date, the grams n the grade. orders have the customer, grams, grade, posted or picked up, paid. customers are name, phone, restaurant or not. hunts got the date, how many adults, how many kids, paid. every order is one customer's",
      extras: [
        "the truffle oil n the salt my sister makes, thats her side, not our bag. n the cellar door next door with the wine, yeah nah dont bother with that",
        "thats it. cheers, catch ya",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "me n my husband on our phones. the chefs n the hunt people dont log in, they just get a link to book n pay",
    },
    expect: {
      kind: "mobile app",
      features: [
        "season june to end of august",
        "every find tree number dog grams grade",
        "grade a $3 a gram grade b $2 a gram pieces n bits $1.20 a gram",
        "weighed n cleaned in the shed the same day",
        "sold within 7 days of digging",
        "restaurants min 50 grams an order",
        "express post mon to wed only $25 postage",
        "truffle hunts saturdays 11am $120 adults kids under 12 free max 12 people",
        "hunts booked n paid online no refund",
        "cancel for weather pick another saturday",
        "every hunt ends with a tasting in the shed",
      ],
      tables: [
        { name: "finds", fields: ["tree number", "dog", "date", "grams", "grade"] },
        { name: "orders", fields: ["customer", "grams", "grade", "posted or picked up", "paid"] },
        { name: "customers", fields: ["name", "phone", "restaurant or not"] },
        { name: "hunts", fields: ["date", "how many adults", "how many kids", "paid"] },
      ],
      excluded: ["oil", "wine"],
      background: ["pocket diary", "excel sheet"],
    },
  },
  {
    id: "frogtown-hmong-new-year-outfits",
    who: "A woman in Frogtown, St. Paul, who with her mother sews Hmong New Year outfits for about forty families every fall, in the Hmong-American English of St. Paul, in long paragraphs ('Nyob zoo', 'my niam', 'the camp in Thailand', 'Hmongtown', 'the U', 'honestly', 'tsis ua li cas, we don't need it in there', 'Ua tsaug ntau'): a phone app for her and her mother to look up orders and measurements anywhere, orders taken July 1st to September 30th because New Year in St. Paul is Thanksgiving weekend, a girl's outfit for a child under 12 $250, a women's full outfit $450 and a men's outfit $300, the hat and the coin sash $80 extra, both Hmong Leng and Hmong Der styles, a 50% deposit by Venmo or cash and the rest at pick-up, measurements only in person, no more than 40 outfits a season, changes $50 once the fabric is cut and the deposit not given back after, rush orders in the last 2 weeks $100 more when there is room, all pick-ups by the Sunday before Thanksgiving, a text to come try it on and one free fitting; records told in sentences ('For every customer we write down …') with girl, woman or man and Leng or Der told in them, every outfit one customer's; a spiral notebook and a cookie tin today; her aunt's silver necklaces at Hmongtown Marketplace \"that's her business, tsis ua li cas\", the ball toss at New Year \"that's for the young people, not us\"; who sent them taken off the customers and the fitting date put on the outfits after 'Change something' at 'Your data'",
    says: {
      overview:
        "Nyob zoo! My name is Mai Nou Vang and I live in Frogtown in St. Paul. Me and my niam sew Hmong New Year outfits, the full ones with the pleated skirt, the sash, the apron and the hat, and every fall we have like forty families waiting on us. My mom has been sewing since the camp in Thailand and I do the measurements and the money side. Right now all the orders are in a spiral notebook and the measurements are on little scraps of paper in a cookie tin, and last year we lost a girl's measurements and had to guess, and her skirt came out way too short the week before New Year, and her mom was so upset she cried in our kitchen, and honestly so did my niam. My cousin is in computer science at the U and she says she can make us an app for our phones.",
      more: "It's really just for me and my mom on our phones, so we can look up an order or a measurement anywhere, at the fabric store, at Hmongtown, at church, and know what's due when.",
      walkthrough:
        "Okay, so this is how it works with us.\n\nWe take orders from July 1st to September 30th, because Hmong New Year in St. Paul is Thanksgiving weekend and after September we just can't finish in time.\n\nA girl's outfit for a child under 12 is $250, a women's full outfit is $450 and a men's outfit is $300, and the hat and the coin sash are $80 extra.\n\nWe sew both Hmong Leng and Hmong Der styles, and the customer tells us which one, because the skirts and the collars are different.\n\nThey pay a 50% deposit by Venmo or cash when they order, and the rest when they pick up.\n\nWe take the measurements in person at my mom's house, no measurements over the phone, because people always give us the wrong numbers.\n\nWe can do no more than 40 outfits a season, it's only the two of us and my mom's eyes are not what they used to be.\n\nOnce the fabric is cut, any changes cost $50, and the deposit doesn't come back after that either.\n\nIf there's still room, rush orders in the last 2 weeks are $100 more.\n\nAll the pick-ups have to be done by the Sunday before Thanksgiving.\n\nAnd when an outfit is ready we send them a text to come try it on, and they get one free fitting.",
      things:
        "For every customer we write down the name, the phone and who sent them to us. For every outfit, the customer, who it's for, girl, woman or man, Leng or Der, the measurements, the colors, the deposit, the due date and if it's ready. Every outfit is for one customer, but one customer can order for the whole family.",
      thingsChange:
        "Two things. Take off who sent them to us, we don't really need that. And put the fitting date on the outfits, so I know when they're coming to try it on.",
      extras: [
        "The silver necklaces my aunt sells at Hmongtown Marketplace, that's her business, tsis ua li cas, we don't need it in there. And the ball toss at New Year, no, that's for the young people, not us.",
        "That's it. Ua tsaug ntau!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Accounts: "Just me and my niam on our phones. The customers don't log in, we text them.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "orders from July 1st to September 30th",
        "girl's outfit child under 12 $250",
        "women's full outfit $450 men's outfit $300",
        "hat and the coin sash $80 extra",
        "both Hmong Leng and Hmong Der styles",
        "50% deposit by Venmo or cash rest when they pick up",
        "measurements in person no measurements over the phone",
        "no more than 40 outfits a season",
        "fabric is cut changes cost $50 deposit doesn't come back",
        "rush orders last 2 weeks $100 more",
        "pick-ups done by the Sunday before Thanksgiving",
        "outfit is ready text to come try it on one free fitting",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone"] },
        {
          name: "outfits",
          fields: [
            "customer",
            "who it's for",
            "girl, woman or man",
            "Leng or Der",
            "measurements",
            "colors",
            "deposit",
            "due date",
            "ready",
            "fitting date",
          ],
        },
      ],
      excluded: ["necklaces", "ball toss"],
      background: ["spiral notebook", "cookie tin"],
    },
  },
  {
    id: "goose-bay-bakeapple-buyer",
    who: "A man in Happy Valley-Goose Bay who buys bakeapples (cloudberries) off pickers from all over Labrador every August and sells them frozen by the gallon all winter, in the Labrador English of Happy Valley-Goose Bay, in short plain sentences ('Aksunai', 'the Big Land', 'some mad', \"b'y\", 'the island', 'got to', \"don't matter\", \"that's her business, b'y\", \"don't bother with that one\", 'Nakummek'): a program on the computer in his shed on the Mud Lake road, with no internet out there, bought from the 1st of August till the 25th, $70 a gallon for ripe bakeapples cleaned with no leaves and no stems and $40 a gallon for the hard red ones, no wet or mushy berries taken, pickers paid cash or e-transfer the same day, pickers under 16 selling only with a parent there, the shed open 4 to 9 in the evening, everything in the freezer within 2 hours, 1 gallon tubs at $110 a gallon to stores and $120 at the door, $25 a tub more by air cargo to St. John's, Christmas orders booked by the 1st of November; records after colons on lines with ripe or hard and shipped or picked up in them, every picking one picker's; a scribbler and a shoebox of receipts today; his wife's partridgeberries \"that's her business, b'y\", the jam for the craft fair \"don't bother with that one\"; the community taken off the pickers and the freezer put on the tubs after 'Change something' at 'Your data'",
    says: {
      overview:
        "Aksunai. I'm Gerald Blake from Happy Valley-Goose Bay. Every August I buy bakeapples off pickers from all over the Big Land. Some years it's 900 gallons. I freeze them and sell them by the gallon all winter. Right now it's all in a scribbler and a shoebox of receipts. Last winter I sold the same 10 gallons twice. One lot was for a fella in Cartwright and one for a store in Labrador City. The fella in Cartwright was some mad, b'y. My daughter does computers at the college. She's going to make me a program for the computer in the shed.",
      more: "There's no internet out at the shed on the Mud Lake road. So it got to work on the computer with no internet.",
      walkthrough:
        "Here's how it goes.\nI buy from the 1st of August till the 25th, or till the berries are done.\nI pay $70 a gallon for ripe bakeapples, cleaned, no leaves, no stems.\nThe hard ones, the red ones, are $40 a gallon.\nBerries that are wet or mushy, we won't take them.\nPickers get paid cash or e-transfer the same day.\nPickers under 16 only sell with a parent there.\nThe shed is open 4 to 9 in the evening.\nEverything goes in the freezer within 2 hours.\nI sell in 1 gallon tubs, $110 a gallon to stores and $120 at the door.\nTo the island it goes air cargo to St. John's, $25 a tub extra.\nChristmas orders got to be booked by the 1st of November.",
      things:
        "Pickers: name, phone, community.\nPickings: picker, date, gallons, ripe or hard, paid.\nTubs: tub number, date froze, gallons, sold.\nOrders: who, phone, tubs, shipped or picked up, paid.\nEvery picking is from one picker. Every order has one tub or more.",
      thingsChange:
        "Take the community off the pickers, don't matter where they're from. Put the freezer on the tubs. I got three freezers and I need to know which one.",
      extras: [
        "The partridgeberries the wife does in the fall, that's her business, b'y. And the jam for the craft fair, don't bother with that one.",
        "That's all. Nakummek.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords. Just me and my daughter on the one computer.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "buy from the 1st of August till the 25th",
        "$70 a gallon ripe bakeapples cleaned no leaves no stems",
        "hard ones red ones $40 a gallon",
        "wet or mushy we won't take them",
        "pickers paid cash or e-transfer the same day",
        "pickers under 16 only sell with a parent",
        "shed open 4 to 9 in the evening",
        "freezer within 2 hours",
        "1 gallon tubs $110 a gallon to stores $120 at the door",
        "air cargo to St. John's $25 a tub extra",
        "Christmas orders booked by the 1st of November",
      ],
      tables: [
        { name: "pickers", fields: ["name", "phone"] },
        { name: "pickings", fields: ["picker", "date", "gallons", "ripe or hard", "paid"] },
        { name: "tubs", fields: ["tub number", "date froze", "gallons", "sold", "freezer"] },
        { name: "orders", fields: ["who", "phone", "tubs", "shipped or picked up", "paid"] },
      ],
      excluded: ["partridgeberries", "jam"],
      background: ["scribbler", "shoebox"],
    },
  },
  {
    id: "al-ain-falcon-moulting",
    who: "A backend developer in Al Ain whose father keeps a moulting centre where owners leave their falcons for the summer, 60 air-conditioned rooms, in the English of Al Ain, in short plain sentences ('Salam alaikum', 'wallah', 'khalas', 'the majlis', 'the hurr and the shaheen', 'the qanas', 'yalla', 'inshallah', 'mob shughlna', 'leave it', 'Tislam', \"Ma'a salama\"): a service without screens, in Django with PostgreSQL, that his friend's iPhone app for the owners and the vet's iPad call, the moult season from April 1 to September 30, a saker or a peregrine 1,500 dirhams a month and a gyr or a gyr hybrid 2,000, 3 months at least, the falcon passport and the ring number checked on arrival, a vet check on arrival for 250 dirhams, a sick falcon sent to the falcon hospital, 60 rooms with one falcon in each, paid one month in advance by card or bank transfer, no falcon leaving before everything is paid, visits Friday and Saturday 4 to 8 pm, a photo of the falcon and its weight to the owner every Thursday; records told in sentences ('Owners have …') with a falcon's kind in brackets, every stay one falcon in one room and every falcon one owner's; voice notes and a ledger in the majlis today; his uncle's hunting trips to Pakistan 'mob shughlna', the falcon auction in winter 'leave it, not for this system'; the name put on the falcons at the review; Django and PostgreSQL",
    says: {
      overview:
        "Salam alaikum. My name is Saeed Al Dhaheri. I am a backend developer in Al Ain. My father has a falcon moulting centre, 60 rooms with AC. After the qanas season, in summer, the falcons change their feathers. The owners leave them with us for the hot months. Now everything is voice notes and a big ledger in the majlis. Last year two owners came for the same hurr. Same colour, same size, wallah. The ring number was written wrong in the ledger. Khalas, I am making a proper system.",
      more: "I only do the API. My friend makes the iPhone app for the owners. The vet has an iPad in the clinic room. Both call my API, inshallah.",
      walkthrough:
        "Yalla, these are the rules.\nThe moult season is from April 1 to September 30.\nA saker or a peregrine is 1,500 dirhams a month.\nA gyr or a gyr hybrid is 2,000 dirhams a month, they need more cold.\nMinimum 3 months.\nOn arrival we check the falcon passport and the ring number.\nThe vet check on arrival is 250 dirhams.\nIf a falcon is sick, it goes to the falcon hospital, not to us.\nWe have 60 rooms, one falcon in each room.\nPayment is one month in advance by card or bank transfer.\nNo falcon leaves before everything is paid.\nOwners can visit Friday and Saturday from 4 to 8 pm.\nEvery Thursday the owner gets a photo of his falcon and its weight.",
      things:
        "Owners have a name, a phone and the emirate. Falcons have a ring number, a passport number, the owner, the kind (saker, peregrine, gyr or hybrid) and the weight. A stay has the falcon, the room, the start, the end, the monthly price and paid. Rooms have a number and the AC unit. Every stay is one falcon in one room. Every falcon has one owner.",
      extras: [
        "The hunting trips to Pakistan are my uncle's, mob shughlna. The falcon auction in the winter, leave it, not for this system.",
        "That is all. Ma'a salama.",
      ],
      tech: "Django REST framework with PostgreSQL.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "The iPhone app and the vet's iPad get API keys. The owners log in in the app with UAE PASS.",
      Technology: "I have preferences",
      "Back end": "Python with Django",
      Database: "PostgreSQL",
    },
    atReview: [
      "It is good. One thing. Add the falcon's name to the falcons. The owners always call them by name.",
      "Khalas, that is all. Tislam.",
    ],
    expect: {
      kind: "api service",
      features: [
        "moult season April 1 to September 30",
        "saker or a peregrine 1,500 dirhams a month",
        "gyr or a gyr hybrid 2,000 dirhams a month",
        "minimum 3 months",
        "on arrival check the falcon passport and the ring number",
        "vet check on arrival 250 dirhams",
        "falcon is sick goes to the falcon hospital",
        "60 rooms one falcon in each room",
        "one month in advance by card or bank transfer",
        "no falcon leaves before everything is paid",
        "visit Friday and Saturday 4 to 8 pm",
        "every Thursday photo of his falcon and its weight",
      ],
      tables: [
        { name: "owners", fields: ["name", "phone", "emirate"] },
        { name: "falcons", fields: ["ring number", "passport number", "owner", "kind", "weight", "name"] },
        { name: "stays", fields: ["falcon", "room", "start", "end", "monthly price", "paid"] },
        { name: "rooms", fields: ["number", "AC unit"] },
      ],
      excluded: ["hunting", "auction"],
      background: ["voice notes", "ledger"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "whitehorse-aurora-tours",
    who: "A developer in Whitehorse whose mother runs aurora viewing tours out of a log cabin on the Fish Lake road, in the Yukon English of Whitehorse, in between ('a real sourdough', 'from Outside', 'cheechakos', 'plug in my truck', '-35', 'breakup', 'not our circus', \"don't bother, eh\", 'stay warm'): a Go command-line tool with SQLite on the laptop in the cabin, where the satellite internet is flaky, the season August 20 to April 15, picked up at the downtown hotels at 9 pm and back by 2 am, $150 a person and $75 for kids under 12, a private tour for up to 4 people $800, 14 guests a night at most for the seats in the two vans, parka, boots and mitts $40 for the night, nobody out below -40 and a full refund, a second night free within 3 nights when there is no aurora, a full refund on a cancel 48 hours ahead and 50% after, hot chocolate and bannock included, the season's guests, nights out and nights with aurora at the end; records told in sentences ('Every booking has …'), every booking for one night and every rental for one booking; a wall calendar and a binder by the phone today; his uncle's dog sledding trips 'not our circus', the gold panning day trips \"don't bother, eh\"; commands and flags; Go and SQLite",
    says: {
      overview:
        "Hey, I'm Jess Lindgren, I'm a developer in Whitehorse. My mom runs aurora viewing tours out of a log cabin on the Fish Lake road, she's a real sourdough, thirty winters up here. Right now the bookings are on a wall calendar and in a binder by the phone, and when it's -35 and the vans won't start nobody can figure out who's coming. Last February she had 9 guests from Outside booked into a van with 7 seats, and I had to plug in my truck at 9 at night and drive the rest out myself. So I'm making her a command-line tool. She's fine in a terminal, she did the payroll at the mine for years.",
      more: "It runs on the laptop in the cabin. The satellite internet out there is flaky, so everything's in one file on the laptop. And by breakup the season's done anyway.",
      walkthrough:
        "OK, here's how the tours go.\nThe season runs August 20 to April 15, the rest of the year it's not dark enough.\nPick-up is at the downtown hotels at 9 pm and we're back by 2 am.\nIt's $150 a person, kids under 12 are $75.\nA private tour for up to 4 people is $800.\nMax 14 guests a night, that's the seats in the two vans.\nParka, boots and mitts are $40 for the night, most cheechakos need them.\nBelow -40 we don't go out and they get a full refund.\nIf there's no aurora they get a second night free within 3 nights.\nCancel 48 hours ahead and it's a full refund, after that 50%.\nHot chocolate and bannock are included.\nAt the end of the season Mom wants the guests, the nights we went out and the nights the aurora showed.",
      commands:
        "something like: aurora book --name Tanaka --guests 3 --kids 1 --date 2025-01-14 --hotel Edgewater, aurora book --private --date 2025-01-15, aurora rent --booking 42 --parkas 2 --boots 2 --mitts 2, aurora cancel --booking 42, aurora night --date 2025-01-14 --out yes --seen no --kp 2, aurora rebook --booking 42 --date 2025-01-16, aurora report --season 2024. Mom types, I fix it when I'm up on the weekend.",
      things:
        "Every booking has the name, the phone, the date, the guests, the kids, the hotel and paid. Every night has the date, the temperature, out or not, aurora seen or not and the KP. A rental has the booking, the parkas, the boots and the mitts. Every booking is for one night, and every rental is for one booking.",
      extras: [
        "The dog sledding trips are my uncle's, that's not our circus. And the gold panning day trips the hotels keep asking about, don't bother, eh.",
        "That's it. Thanks, stay warm.",
      ],
      tech: "Go, with cobra for the commands, and SQLite, one file on the laptop.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Go",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "season August 20 to April 15",
        "pick-up downtown hotels 9 pm back by 2 am",
        "$150 a person kids under 12 $75",
        "private tour up to 4 people $800",
        "max 14 guests a night",
        "parka boots and mitts $40 for the night",
        "below -40 don't go out full refund",
        "no aurora second night free within 3 nights",
        "cancel 48 hours ahead full refund after that 50%",
        "hot chocolate and bannock included",
        "end of the season guests nights we went out nights the aurora showed",
      ],
      tables: [
        { name: "bookings", fields: ["name", "phone", "date", "guests", "kids", "hotel", "paid"] },
        { name: "nights", fields: ["date", "temperature", "out or not", "aurora seen or not", "KP"] },
        { name: "rentals", fields: ["booking", "parkas", "boots", "mitts"] },
      ],
      excluded: ["dog sledding", "gold panning"],
      background: ["wall calendar", "binder"],
      stack: ["Go", "SQLite"],
      commands: [
        "book",
        "rent",
        "cancel",
        "night",
        "rebook",
        "report",
        "--name",
        "--guests",
        "--kids",
        "--date",
        "--hotel",
        "--private",
        "--booking",
        "--parkas",
        "--boots",
        "--mitts",
        "--out",
        "--seen",
        "--kp",
        "--season",
      ],
    },
  },
  {
    id: "erbil-car-import-costs",
    who: "A developer in Erbil whose brother has been buying used cars at American auctions and bringing them to Erbil for eight years, in Sorani Kurdish (never used before: Persian, Urdu, Pashto and Arabic were written in the Arabic script, Sorani and its letters ڕ, ڵ, ۆ, ێ and ە never; as he types it, in between, with the English words Kurds really mix in: 'پرۆگرامەر', 'ئۆکشن', 'لایبرەری', 'تێلیگرام', 'بۆت', 'ئێکسڵ', 'کۆنتەینەر', 'تاوینگ', 'سێدان', 'جیپ', 'پیکاپ', 'سی سی', 'کۆمیشن', 'پاکێج', 'کاری ئێمە نییە', 'ئەوە تێی مەخەن', 'زۆر سوپاس، خوات لەگەڵ'): a Python library on PyPI for the brother's Django website and Telegram bot, nothing kept, given the auction price, the year, the engine's cc, the kind of car and the day's dollar rate, the auction fee $600 up to $5,000, $900 from $5,000 to $15,000 and 6% above $15,000, towing to the port $400 from the east and $700 from California, shipping in a container to Mersin $1,600 for a sedan and $2,100 for a jeep or pickup, $850 by truck from Mersin to Erbil, customs at Ibrahim Khalil 15% of the auction price under 3,000 cc and 25% from 3,000 cc, no car older than 5 years (an error), the brother's commission always $500, the dollar rate given by the user every day, the total in dollars and in dinars with the dinars rounded up to a whole thousand, every line in the result; paper (کاغەز) and Excel (ئێکسڵ) today; car insurance (بیمە) 'کاری ئێمە نییە', selling in instalments (قیست) 'ئەوە تێی مەخەن'; Python",
    says: {
      overview:
        "سڵاو. ناوم ئاراسە، پرۆگرامەرم لە هەولێر. براکەم شێروان 8 ساڵە ئۆتۆمبێلی بەکارهاتوو لە ئۆکشنەکانی ئەمریکا دەکڕێت و دەیهێنێتە هەولێر. هەر کڕیارێک یەکەم شت دەپرسێت: تا دەگاتە هەولێر بە گشتی چەندی تێدەچێت؟ ئێستا براکەم هەموو شتێک لەسەر کاغەز و لە ئێکسڵ حساب دەکات. مانگی ڕابردوو بە کڕیارێکی گوت 2,000 دۆلار کەمتر، چونکە گومرگی لەبیر کرد، کێشەیەکی گەورە بوو. بۆیە لایبرەرییەک دەنووسم کە هەموو تێچووەکان بە دروستی حساب بکات، بۆ ماڵپەڕەکەمان و بۆ بۆتی تێلیگرامەکەمان.",
      more: "هیچ شتێک هەڵناگرێت. نرخی ئۆکشن، ساڵی دروستکردن، سی سی ی مەکینە، جۆری ئۆتۆمبێل و نرخی دۆلار دەدەین، ئەویش هەموو تێچووەکان یەک بە یەک دەداتەوە.",
      walkthrough:
        "یاساکان یەک بە یەک دەڵێم.\nکرێی ئۆکشن: تا 5,000 دۆلار 600 دۆلار، لە 5,000 تا 15,000 دۆلار 900 دۆلار، سەرووی 15,000 دۆلار 6%ی نرخەکە.\nتاوینگ لە ئەمریکا تا بەندەر: لە ڕۆژهەڵات 400 دۆلار، لە کالیفۆرنیا 700 دۆلار.\nشەحن بە کۆنتەینەر تا مەرسین: سێدان 1,600 دۆلار، جیپ و پیکاپ 2,100 دۆلار.\nلە مەرسینەوە تا هەولێر بە تریلە 850 دۆلار.\nگومرگ لە ئیبراهیم خەلیل 15%ی نرخی ئۆکشنە بۆ مەکینەی کەمتر لە 3,000 سی سی، و 25% بۆ 3,000 سی سی و زیاتر.\nئۆتۆمبێلی لە 5 ساڵ کۆنتر ناهێنرێت، لایبرەرییەکە دەبێت هەڵە بداتەوە.\nکۆمیشنی براکەم 500 دۆلارە، هەمیشە هەمان نرخ.\nنرخی دۆلار هەموو ڕۆژێک دەگۆڕێت، بەکارهێنەر خۆی دەیدات، بۆ نموونە 1,480 دینار بۆ یەک دۆلار.\nکۆی گشتی بە دۆلار و بە دینار، دینارەکە بەرەو سەرەوە بۆ هەزارێکی تەواو.\nئەنجامەکە دەبێت هەموو هێڵێکی تێدا بێت: ئۆکشن، کرێی ئۆکشن، تاوینگ، شەحن، تریلە، گومرگ، کۆمیشن و کۆی گشتی.",
      extras: [
        "بیمەی ئۆتۆمبێل کاری ئێمە نییە. فرۆشتن بە قیستیش، ئەوە تێی مەخەن، براکەم تەنها بە نەقد دەفرۆشێت.",
        "ئەوەندە. زۆر سوپاس، خوات لەگەڵ.",
      ],
      tech: "Python، وەک پاکێجێک لە PyPI، چونکە ماڵپەڕەکەمان Django یە و بۆتەکەش بە Python نووسراوە.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Python",
    },
    expect: {
      kind: "library",
      features: [
        "کرێی ئۆکشن تا 5,000 دۆلار 600 دۆلار 15,000 دۆلار 900 دۆلار سەرووی 15,000 دۆلار 6%",
        "تاوینگ ڕۆژهەڵات 400 دۆلار کالیفۆرنیا 700 دۆلار",
        "کۆنتەینەر مەرسین سێدان 1,600 دۆلار جیپ پیکاپ 2,100 دۆلار",
        "مەرسینەوە تا هەولێر تریلە 850 دۆلار",
        "گومرگ ئیبراهیم خەلیل 15% کەمتر 3,000 سی سی 25%",
        "5 ساڵ کۆنتر ناهێنرێت هەڵە",
        "کۆمیشنی براکەم 500 دۆلارە",
        "نرخی دۆلار بەکارهێنەر خۆی دەیدات",
        "دۆلار دینار هەزارێکی تەواو",
        "هەموو هێڵێکی ئۆکشن کرێی ئۆکشن تاوینگ شەحن تریلە گومرگ کۆمیشن کۆی گشتی",
      ],
      tables: [],
      excluded: ["بیمە", "قیست"],
      background: ["کاغەز", "ئێکسڵ"],
      stack: ["Python"],
    },
  },
  {
    id: "castagniccia-chestnut-mill",
    who: "A man who runs his family's chestnut mill in the Castagniccia near Piedicroce, in Corsican (never used before: Italian and French were written, Corsican and its 'chj' and 'ghj' never; as he types it, in short plain sentences, with the French words Corsicans really mix in: 'logiciel', \"l'ordi\", 'internet', 'SMS', 'chèque', 'Colissimo', 'AOP', 'mot de passe', 'Bonghjornu', 'ùn hè micca affare nostru', 'ùn la mettite', 'À ringraziavvi'): a program on the mill's computer, without internet because it works badly in the village, dried chestnuts brought by the farmers from November to January, milling only on Mondays and Thursdays, 20 kilos at least a farmer, the chestnuts dry and clean and damp ones never milled, €1.50 a kilo of chestnuts for the milling, the flour ready a week later with an SMS to the farmer, the farmer's AOP number written on every bag, the mill's own flour sold at €18 a kilo and €10 the 500 grams, Colissimo to the mainland €12 more and free from 5 kilos, paid in cash, by cheque or by card, the kilos by farmer for the AOP syndicate at the end of the season; records in brackets inline, every milling one farmer's; a notebook (quadernu) and the post office calendar (calendariu) today; his wife's canistrelli 'ùn hè micca affare nostru', the chestnut fair (fiera) in Bocognano 'ùn la mettite'; the lot number (numeru di lottu) put on the millings at the review",
    says: {
      overview:
        "Bonghjornu. Mi chjamu Ghjuvan Petru Santucci. Aghju u mulinu di a famiglia in Castagniccia, vicinu à Piedicroce. Macinemu e castagne secche è femu a farina castagnina. Avà scrivu tuttu in un quadernu è nant'à u calendariu di a Posta. L'annu scorsu aghju datu a farina d'un paisanu à un antru. Eranu dui sacchi di 40 chilò. U paisanu era arrabbiatu assai. U mo figliolu face l'informatica in Corti. Mi face un logiciel per l'ordi di u mulinu.",
      more: "In paese internet ùn marchja bè. U logiciel deve marchjà nant'à l'ordi senza internet.",
      walkthrough:
        "Eccu cumu femu.\nI paisani portanu e castagne secche da nuvembre à ghjennaghju.\nMacinemu solu u luni è u ghjovi.\nCi vole un minimu di 20 chilò per paisanu.\nE castagne devenu esse secche è pulite.\nÙn macinemu micca e castagne umide.\nA macinatura costa 1,50 € u chilò di castagne.\nA farina hè pronta una settimana dopu, è u paisanu riceve un SMS.\nNant'à ogni sacchettu scrivimu u numeru AOP di u paisanu.\nVindemu dinù a nostra farina: 1 chilò 18 €, 500 grammi 10 €.\nPer u cuntinente, Colissimo 12 € di più, gratisi da 5 chilò.\nSi paga in contanti, in chèque o cù a carta.\nÀ a fine di a stagione, u sindacatu AOP vole i chilò per paisanu.",
      things:
        "I paisani (nome, telefonu, paese, numeru AOP). E macinature (paisanu, data, chilò di castagne, chilò di farina, prezzu, pagatu). E vendite (data, cliente, sacchettu di 1 chilò o di 500 grammi, quantità, Colissimo o micca, prezzu). Ogni macinatura hè d'un paisanu solu.",
      extras: [
        "I canistrelli di a mo moglia, ùn hè micca affare nostru. È a fiera di a castagna in Bocognano, ùn la mettite.",
        "Basta cusì. À ringraziavvi.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Nisun mot de passe. Simu solu eiu è a mo figliola nant'à l'ordi.",
    },
    atReview: [
      "Va bè. Una cosa: mettite dinù u numeru di lottu nant'à e macinature, per l'AOP.",
      "Hè tuttu. À ringraziavvi, bona sera.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "castagne secche nuvembre ghjennaghju",
        "macinemu solu luni ghjovi",
        "minimu 20 chilò per paisanu",
        "ùn macinemu micca castagne umide",
        "macinatura costa 1,50 € chilò",
        "farina pronta una settimana dopu SMS",
        "ogni sacchettu numeru AOP",
        "1 chilò 18 € 500 grammi 10 €",
        "Colissimo 12 € gratisi da 5 chilò",
        "contanti chèque carta",
        "fine di a stagione sindacatu AOP chilò per paisanu",
      ],
      tables: [
        { name: "paisani", fields: ["nome", "telefonu", "paese", "numeru AOP"] },
        {
          name: "macinature",
          fields: [
            "paisanu",
            "data",
            "chilò di castagne",
            "chilò di farina",
            "prezzu",
            "pagatu",
            "numeru di lottu",
          ],
        },
        {
          name: "vendite",
          fields: ["data", "cliente", "sacchettu", "quantità", "Colissimo o micca", "prezzu"],
        },
      ],
      excluded: ["canistrelli", "fiera"],
      background: ["quadernu", "calendariu"],
    },
  },
];
