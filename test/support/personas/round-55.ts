import type { Persona } from "../persona-driver.js";

/**
 * The fifty-fifth round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records told in sentences ("Every buyer has
 * …", "Membala aliyense ali ndi …"), in lower case ("each lot has …"), spread over several
 * sentences ("For each koi we need …", "For each buyer, …", "Then the azukari, …"), after
 * colons inline ("Customers: name, mobile, city, …"), after colons on lines ("buyers: name,
 * phone, city"), after dashes on lines ("- farmers - name, phone, village, permit number",
 * "- Nu nyéwa: nami, nomer WA, …") and in brackets inline ("Clients (name, phone, shop or
 * company, address)"), and none at all from the library, whose rules come numbered. Eight
 * write in English, each in their own English and their own register, none of them used
 * before (every round-*.ts, index.ts and held-out.ts was searched, their doc comments and
 * every `who`: the Englishes of Hong Kong, Taipei and Penang's Chinese were used, no English
 * of Macau was, nor "Macau", "Macao", "Cotai", "Taipa", "Coloane", "Fai Chi Kei", "Red
 * Market", "kwoon", "lai see", "cai cheng", "Kung Hei", "Guan Gong", "MPay" or "pataca",
 * "sifu" only inside a Zulu word and "aiya" only inside "bhaiya"; Georgian was written in
 * Mkhedruli for a Tbilisi bath house, no English of Georgia was, nor "Imereti", "Shrosha",
 * "Kutaisi", "Kakheti", "qvevri", "mekvevre", "Gamarjoba", "Vaime", "madloba", "chacha" or
 * "masterclass", "lari" only inside a Haitian "lari a"; Kazakh was written for an Almaty
 * yurt rental and Kyrgyz for kymyz on the Suusamyr jailoo, no English of Kazakhstan was,
 * nor "Shymkent", "Maktaaral", "Turkistan", "Astana", "Karaganda", "torpeda", "melon",
 * "Salemetsiz", "uyat" or "Rakhmet", "Kaspi" and "tenge" only in Almaty; Greek was written
 * for an island ferry and the Englishes of Oakleigh's Greek-Australians and of a Greek
 * Cypriot dairy used, no English of Crete was, nor "Cretan", "Heraklion", "Archanes",
 * "kazani", "strofylia", "tsikoudia", "raki", "protoraki", "telonio", "tetradio", "thios",
 * "kafeneio" or "horio", "Crete" only inside "concrete" and "Efcharisto" and "kafenio" only
 * at the Cypriot dairy; Mexican Spanish was
 * written ("la neta", "ahorita") and the Chicano and Tejano Englishes used, no English of
 * Oaxaca was, nor "Oaxaca", "Matatlán", "palenque", "mezcal", "tahona", "espadín",
 * "tobalá", "tepeztate", "OXXO", "ley seca", "qué oso", "CDMX", "Monterrey", "comedor" or
 * "hijuelos", "neta" only in the Mexican Spanish and "SPEI" only inside a German
 * "Speichern"; Japanese was written in its own script and the Okinawan English of Yomitan
 * used, no English of Japan's main islands was, nor "Niigata", "Ojiya", "Nagaoka",
 * "nishikigoi", "Kohaku", "Sanke", "Gosanke", "azukari" or "yoroshiku", "tosai" only inside
 * an Irish "tosaigh"; Portuguese was written in Peniche and the Brazilian English of Manaus
 * used, no English of Mozambique was, nor "Mozambique", "Nampula", "Monapo", "machamba",
 * "metical", "e-Mola", "Tudo bem", "we are together", "cashew" or "KOR" as a word, "caju"
 * only inside "Cajun"; Persian was written in the Arabic script for a Tehran hiking group,
 * no English of Iran was, nor "Kashan", "Qamsar", "golab", "Golabgiri", "Mohammadi",
 * "toman", "Pishtaz", "attari", "khaste nabashid", "Isfahan" or "rosewater"): the
 * Cantonese-coloured English of Macau, in between ("la", "ah", "aiya", "CNY", "the kwoon",
 * "the sifu", "lai see", "cai cheng", "lost so much face", "MOP", "separate la, don't put
 * it", "Kung Hei Fat Choi"), the Georgian English of Imereti, in short plain sentences
 * ("Gamarjoba", "mekvevre", "Vaime", "a big shame for us", "lari", "This is his business,
 * not ours", "Didi madloba"), the Kazakh English of Shymkent, in short plain sentences
 * ("Salemetsiz be", "torpeda melons", "Uyat", "big shame for my father", "Kaspi", "This is
 * his business, not ours", "We do not make it", "Rakhmet, sau bolynyz"), the Cretan English
 * of Heraklion, in lower-case fragments ("kalimera", "my thios", "the kazani",
 * "strofylia", "a tetradio", "the kafeneio", "the horio", "re", "the telonio", "not us",
 * "geia sou"), the Oaxacan English of a Matatlán family, in lower-case fragments ("qué
 * onda", "my jefe", "the palenque", "the tahona", "neta qué oso", "ppl", "my tía", "skip
 * that", "gracias, saludos"), the Japanese English of Ojiya, in long polite paragraphs
 * ("nice to meet you", "three generations", "azukari", "very embarrassing for our family",
 * "I am sorry", "please do not put it", "yoroshiku onegaishimasu"), the Mozambican English
 * of Nampula, in between and numbered ("Tudo bem?", "the campaign", "machambas", "pá",
 * "meticais", "another department, don't put it", "Obrigado, we are together!"), and the
 * Iranian English of Kashan, in long paragraphs ("Salam", "Golabgiri", "dear", "toman",
 * "Post Pishtaz", "an attari", "this is his business, not ours", "khaste nabashid"). One
 * writes in Sundanese (never used before: Indonesian was written for a Bandung waste bank
 * and Javanese in Yogyakarta, and the Englishes of South Jakarta and Bali were used,
 * Sundanese never, nor "Sundanese" ("Sunda" only inside "Sunday"), "Sampurasun",
 * "Padasuka", "angklung", "kacapi", "pun bapa", "sanés", "ulah", "Unpad", "Cimahi" or
 * "hatur nuhun", "QRIS" only in a Jakarta studio; as a Padasuka woman whose family makes
 * and rents angklung types it, in between, polite (lemes), with the Indonesian and English
 * words West Java really mixes in: "Sampurasun", "pun bapa", "buku tulis", "WA", "set",
 * "DP", "transfer", "QRIS", "tenda", "pelatih", "sound system", "sanés urusan urang",
 * "ulah dilebetkeun", "Hatur nuhun pisan"), and one in Chichewa (never used before: the
 * Malawian English of Zomba was used with "Muli bwanji" and "Zikomo kwambiri", Chichewa
 * never, nor "Chichewa", "Nyanja", "Dedza", "Kaphuka", "Tigwirane", "tonde", "mlangizi",
 * "katemera", "chindapusa", "nkhuku", "mkaka", "Lachiwiri", "Mzuzu" or "Moni nonse",
 * "mbuzi" only inside a Zulu "izimbuzi"; as the secretary of a Dedza women's group types it,
 * in between, with the English words a Malawian village really uses: "Moni nonse",
 * "mlembi", "gulu", "kabuku", "pulogalamu", "foni", "netiweki", "membala", "MK", "si
 * zathu, musaziike", "sitichita zimenezo", "Zikomo kwambiri").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Fai Chi Kei kung fu association's lion dance (2 lions and 8 performers for about 20
 * minutes, MOP 3,800 and MOP 1,200 a lion more, MOP 8,800 on the high poles, 30% more in the
 * first 15 days of the new year, the lai see the association's, 50% by MPay, MOP 500 more for
 * Taipa, Coloane and Cotai, nothing after 10pm, never funerals, firecrackers only on the
 * shop's own permit), an Ojiya breeder's young koi kept in mud ponds (tosai in April and
 * May, the ponds May to October, 30,000 yen a koi a season, all paid before the pond, a dead
 * koi replaced and no money back, a certificate with the seal, two weeks' quarantine and air
 * cargo, nothing shipped December to March, only the Gosanke) and a Qamsar family's
 * rosewater and morning visits (May to mid-June before the sun is hot, 15 kilos of petals
 * to 20 litres, single and double at 180,000 and 350,000 toman a litre, Post Pishtaz and
 * nothing abroad, 6 to 10 in the morning, 150,000 toman and 25 people at most, 3 days to
 * cancel); phone apps for a Maktaaral melon farm's truck loadings (July 10 to September 30,
 * 150 and 70 tenge a kilo, 1 tonne at least, every truck weighed empty and full, 50% by
 * Kaspi, loading 5 to 11, loaders 5,000 tenge a tonne, only ripe melons, no delivery and no
 * loading in rain) and a Dedza women's group's goats passed on (two female kids to the next
 * woman, at 6 months, a buck a month an area, vaccination every 6 months, a dead goat's
 * numbered ear in two days, MK 20,000 for selling early, MK 500 a month, Tuesday meetings,
 * maize eaten paid by the owner), the second working offline; programs on one computer for
 * a Shrosha qvevri master (April to October, 100 to 3,000 litres, 3 and 2.5 lari a litre,
 * beeswax in the price, 2 months a qvevri and 15 a season, three firings, 30% advance, free
 * in Imereti and 1 lari a kilometre elsewhere, 150 lari to pack for abroad, a new one for a
 * leak in the first year) and a Padasuka angklung rental (sets of 30 or 60 at Rp 1.500.000
 * and Rp 2.500.000 a day, a trainer at Rp 750.000, a week ahead, 50% by transfer or QRIS,
 * back by noon the next day, Rp 150.000 an angklung broken or lost, Rp 300.000 outside the
 * city, no tent no rental, two sets a day); a service without screens, in Laravel with
 * MySQL, for a Matatlán palenque's mezcal (three agaves, every lot certified by the CRM,
 * $650, $1,400 and $1,800 a bottle, 18 and over with the ID at the door, Mexico only, 10%
 * off 12 bottles for restaurants, OXXO unpaid in 48h cancelled, tastings Tuesday to Sunday
 * at $250 and 12 people, nothing sold on ley seca days, the lot number on every label); a
 * TypeScript library for a Nampula cashew processor's raw nut price (the Monday base price,
 * KOR from 48 pounds at 2% a pound and under 44 rejected, moisture over 10% off the weight
 * and over 14% rejected, a metical off over 210 nuts a kilo, stones and sand off first, the
 * price rounded down); and a command-line tool in Rust with SQLite for an Archanes kazani
 * (November 1 to December 15, the customs permit, 2 days a farmer, 5 batches of 130 kg a day
 * from 7 to 11, 15 euro a batch and 10 for the wood, litres and degrees for the customs book,
 * the protoraki to the farmer, cash the same day, never on Sunday), with commands and flags.
 * The Heraklion engineer and the Matatlán developer answer in lower-case fragments, the
 * Ojiya daughter and the Kashan teacher in long paragraphs, the Shrosha student and the
 * Shymkent programmer in short plain sentences, the others in between.
 *
 * Relations said plainly ("One booking is for one client, and one booking has many
 * performers", "One order is for one buyer, and it can have many qvevri", "One loading is
 * one buyer and one truck", "every booking is 1 farmer on 1 day", "every order is 1
 * customer n 1 lot", "one koi is only for one buyer", "One order is for one customer, and
 * one morning has many visits", "Hiji sewaan kanggo hiji nu nyéwa", "Mbuzi imodzi ili ndi
 * mwini mmodzi"); allowed values in the lists and sentences themselves (high poles or not,
 * deposit paid or not, balance paid or not, lion or music, advance paid or not, fired or
 * not, taken or not, melons or watermelons, rest paid or not, paid y/n, own wood y/n,
 * certified y/n, shipped y/n, dealer or hobbyist, paid or not, posted or not, sareng pelatih
 * atanapi henteu, DP tos dibayar atanapi teu acan, tos dipulangkeun atanapi teu acan,
 * yaikazi kapena tonde), brackets holding only what a word means ("the high poles (the
 * jong)", "the telonio (customs)", "ley seca days (elections)"); background on a wall
 * calendar and WeChat, in an old notebook and on Facebook Messenger, in a school notebook, in
 * a tetradio and phone calls, in an Excel and on Facebook, in a paper ledger and by fax, with
 * a calculator and a receipt book, in a notebook and on Instagram, in a buku tulis and on WA,
 * in a kabuku; technology named as Rust with SQLite, Laravel with MySQL and TypeScript, and
 * none at all by seven of them; "no" said as "separate la, don't put it", "we don't have a
 * dragon, need too many people, no", "This is his business, not ours", "No, my father has no
 * time for this", "We do not make it", "not us", "thats the farmer's own thing", "the food is
 * hers not ours", "nope skip that", "we do not sell food, please do not put it", "it is not
 * our work", "another department, don't put it", "the app does that, not the library", "this
 * is his business, not ours", "we don't have rooms, please don't put it", "sanés urusan
 * urang", "henteu, ulah dilebetkeun", "si zathu, musaziike", "ayi, sitichita zimenezo";
 * while rules keep their "no" ("No shows after 10pm", "We don't do funerals, never", "we
 * don't bring them", "bigger he does not make", "not more", "less we do not sell from the
 * field", "We do not deliver", "no loading", "no permit no kazani", "no kazani on sunday", "no
 * certificate no sale", "never abroad", "we dont sell anything", "we do not accept payment
 * after", "we do not give money back", "we do not ship any koi", "we don't buy", "We cannot
 * send abroad", "after that no", "urang henteu nyéwakeun", "Palibe kugulitsa mbuzi").
 *
 * The Maktaaral melon farmer's son takes the phone off the trucks and puts the loaders on
 * the loadings, the Ojiya daughter takes the video off the koi and puts the harvest size on
 * the azukari, the Kashan teacher puts the postal code on the customers and takes paid or
 * not off the visits, and the Dedza secretary takes the village (mudzi) off the members
 * (membala) and puts the date of the last vaccination (tsiku la katemera womaliza) on the
 * goats (mbuzi), each after "Change something" at "Your data"; the Heraklion engineer puts
 * own wood y/n on the bookings, the Macau daughter puts the lai see amount on the bookings,
 * the Nampula developer takes the association's 0.50 meticais out of the price and the
 * Padasuka woman puts the trainer's name (nami pelatih) on the rentals (sewaan), each at the
 * review. Sundanese and Chichewa, both in Latin letters, are compared by their own words,
 * accents and all, so their expected words are in the forms the person used (as "set 30
 * angklung Rp 1.500.000 sadinten set 60 angklung Rp 2.500.000 sadinten", "palibe kugulitsa
 * mbuzi usanapereke ana awiri chindapusa ndi MK 20,000"); every expected feature was checked
 * to be in one sentence the person said, and the excluded words of all ten were checked not
 * to read like anything they want (not "bottles" for the cousin's tourist raki, when the
 * raki is the whole trade, but "labels"; not "kung fu" for the sifu's classes, when the
 * troupe is a kung fu association, but "classes"; not "wine" for the uncle's bottles, when
 * qvevri are made for wine, but "chacha"; not "melons" for the uncle's seeds, but "seeds" and
 * "dried melon"; not "agave" for the baby plants, when agave is on every lot, but
 * "hijuelos"; not "koi" or "ponds" for the feed and the cousin's pond building, but "food"
 * and "gardens"; not "roses" for the uncle's herbal shop, when rose petals are the whole
 * trade, but "attari"; not "angklung" for the kacapi suling across the road, but "kacapi";
 * not "mbuzi" for the men's chickens and the milk, but "nkhuku" and "mkaka").
 */
export const FIFTY_FIFTH_ROUND: readonly Persona[] = [
  {
    id: "archanes-kazani-raki",
    who: "A software engineer in Heraklion working from home for a company in Athens, whose uncle (thios) has a licensed kazani in Archanes where the farmers of the villages around bring the grape skins and pips left from their wine (strofylia) every autumn to have their tsikoudia distilled, in the Cretan English of Heraklion, in lower-case fragments ('kalimera', 'my thios', 'the kazani', 'strofylia', 'tsikoudia', 'a tetradio', 'the kafeneio', 'the horio', 're', 'the telonio', 'not us', 'geia sou'): a Rust command-line tool with SQLite on the uncle's old laptop in the kazani, one binary and nothing online, the season from November 1 to December 15 and nothing before or after, every farmer with his permit from the customs (telonio) for his days and no kazani without one, 2 days a farmer at most, the kazani from 7 in the morning to 11 at night with 5 batches (kazanies) a day of about 3 hours, 130 kg of strofylia a batch, 15 euro a batch and 10 more for the wood when the farmer brings none, the litres and degrees of every batch written for the customs book, the tax paid by the farmer himself, the first strong raki (protoraki) to the farmer and the weak tail back into the next batch, cash only the same day, no kazani on Sunday; records after dashes on lines with paid y/n in them, every booking one farmer on one day and a farmer with 2 bookings at most; a school notebook (tetradio) and phone calls today; his cousin's bottles with labels for the tourists 'not us', the kazanemata party with meze and the lyra \"thats the farmer's own thing\"; own wood y/n put on the bookings at the review; commands and flags; Rust and SQLite",
    says: {
      overview:
        "kalimera. manolis here, from heraklion. software engineer, i work from home for a company in athens. my thios giorgis has a licensed kazani in archanes, every autumn the farmers from the villages around bring their strofylia, the skins n pips left after the wine, n he makes their tsikoudia, what the tourists call raki. rn its all a tetradio n phone calls. last november he gave the same day to 2 farmers n both showed up at 7 in the morning with the pickup full of barrels, big fight outside the kafeneio, the whole horio was talking about it till christmas. so im making him a command line thing, he's better on the laptop than my father re",
      more: "just my thios on the old laptop in the kazani. one sqlite file, theres no internet up there anyway",
      walkthrough:
        "ok the rules\n- season is november 1 to december 15, nothing before, nothing after\n- every farmer needs his permit from the telonio (customs) for his days, no permit no kazani\n- max 2 days a farmer, the permit says how many\n- the kazani goes 7 in the morning to 11 at night, 5 kazanies a day, around 3 hours each\n- one kazania takes 130 kg of strofylia\n- 15 euro a kazania n 10 euro more for the wood if the farmer doesnt bring his own\n- every kazania we write the litres n the degrees for the telonio book\n- the tax the farmer pays to the telonio himself, not us\n- the protoraki, the first strong one, goes to the farmer, the weak tail goes back in the next kazania\n- cash only, paid the same day before he leaves\n- no kazani on sunday, thios goes to church n the fire stays cold",
      things:
        "- farmers - name, phone, village, permit number\n- bookings - farmer, date, kazanies, paid y/n\n- kazanies - booking, litres, degrees\nevery booking is 1 farmer on 1 day. a farmer can have 2 bookings max",
      commands:
        "something like: raki farmer --name 'stelios' --village 'kato archanes' --permit 4411/25, raki book --farmer 7 --date 2025-11-12 --kazanies 5, raki run --booking 31 --litres 38 --degrees 42 (one kazania done), raki paid --booking 31, raki day 2025-11-12, raki week, raki telonio --month 11 (the litres n degrees for the customs book), raki owed. he'll learn em, trust me",
      extras: [
        "ppl ask if we sell raki in bottles with labels for the tourists, my cousin in heraklion does that, not us. n the kazanemata party, the meze n the lyra n all, thats the farmer's own thing, we just run the kazani",
        "thats it. geia sou",
      ],
      tech: "rust, clap for the commands n sqlite. one binary on his laptop, he cant install nothing",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Rust",
    },
    atReview: ["nice. 1 thing, put own wood y/n on the bookings, for the 10 euro", "thats it. efcharisto re"],
    expect: {
      kind: "command-line tool",
      features: [
        "season is november 1 to december 15",
        "every farmer needs his permit from the telonio no permit no kazani",
        "max 2 days a farmer",
        "7 in the morning to 11 at night 5 kazanies a day around 3 hours each",
        "one kazania takes 130 kg of strofylia",
        "15 euro a kazania 10 euro more for the wood if the farmer doesnt bring his own",
        "every kazania write the litres n the degrees for the telonio book",
        "tax the farmer pays to the telonio himself",
        "protoraki goes to the farmer weak tail goes back in the next kazania",
        "cash only paid the same day",
        "no kazani on sunday",
      ],
      tables: [
        { name: "farmers", fields: ["name", "phone", "village", "permit number"] },
        { name: "bookings", fields: ["farmer", "date", "kazanies", "paid y/n", "own wood y/n"] },
        { name: "kazanies", fields: ["booking", "litres", "degrees"] },
      ],
      excluded: ["labels", "meze"],
      background: ["tetradio", "phone calls"],
      stack: ["Rust", "SQLite"],
      commands: [
        "farmer",
        "book",
        "run",
        "paid",
        "day",
        "week",
        "telonio",
        "owed",
        "--name",
        "--village",
        "--permit",
        "--farmer",
        "--date",
        "--kazanies",
        "--booking",
        "--litres",
        "--degrees",
        "--month",
      ],
    },
  },
  {
    id: "macau-lion-dance",
    who: "A young woman in Macau who works in IT at a casino hotel in Cotai and whose father is the sifu (master) of a small kung fu association in Fai Chi Kei that performs lion dance for shop openings, Chinese New Year, weddings and company annual dinners, in the Cantonese-coloured English of Macau, in between ('la', 'ah', 'aiya', 'CNY', 'the kwoon', 'the sifu', 'lai see', 'cai cheng', 'lost so much face', 'MOP', 'MPay', \"separate la, don't put it\", 'Kung Hei Fat Choi'): a website where shops and companies see the free times, book and pay the deposit without an account, she and her father see everything and the money and the performers (his students) only the shows they are in, a show 2 lions with the drum, cymbals and gong for about 20 minutes, 8 performers at the least for 2 lions, MOP 3,800 for 2 lions and MOP 1,200 for each more, MOP 8,800 on the high poles (jong) only where there is room, 30% more from day 1 to day 15 of Chinese New Year, the red packet (lai see) from the lettuce (cai cheng) the association's and apart from the price, 50% by MPay or bank transfer and the rest in cash on the day, MOP 500 more for Taipa, Coloane and the Cotai hotels, no shows after 10pm, never funerals, firecrackers only on the shop's own permit; records in brackets inline with high poles or not, deposit paid or not, balance paid or not and lion or music in them and the lions' characters in a sentence, every booking one client's with many performers; a wall calendar in the kwoon and WeChat today; the kung fu classes \"separate la, don't put it\", dragon dance 'no'; the lai see amount put on the bookings at the review",
    says: {
      overview:
        "Hello! I'm Carmen Ho, from Macau. I work in IT at one of the casino hotels in Cotai, but my father is the sifu of a small kung fu association in Fai Chi Kei, and our association does lion dance for shop openings, Chinese New Year, weddings and company annual dinners. Around CNY it's really crazy la. Now my father writes all the bookings on the big wall calendar in the kwoon, and people book by WeChat, WhatsApp, phone call, or they just walk in and tell him. Last CNY, on day 3, we promised the same hour to two shops near the Red Market, and one boss waited one hour with the lettuce and the lai see hanging outside his door, aiya, my father lost so much face. So I want to make a website for them.",
      more: "Shops and companies should see the free times, book and pay the deposit on the website, no need to make account. My father and me see everything and the money. The performers, they are our students, log in and see only the shows they are in, where and what time.",
      walkthrough:
        "Ok the rules, my father is very strict about these ah:\n- One show is 2 lions with the drum, cymbals and gong, around 20 minutes.\n- We need minimum 8 performers for 2 lions, 4 inside the lions and 4 for the music.\n- A normal show is MOP 3,800 for 2 lions, and every extra lion is MOP 1,200.\n- With the high poles (the jong) it's MOP 8,800, only where there is enough space, we go to see the place before.\n- From day 1 to day 15 of Chinese New Year everything is 30% more.\n- The lai see from the cai cheng, when the lion eats the lettuce, is for the association, separate from the price.\n- Deposit is 50% by MPay or bank transfer when booking, the rest cash on the day.\n- Taipa, Coloane and the Cotai hotels are MOP 500 more for the van.\n- No shows after 10pm, the neighbours will call the police because of the drum.\n- We don't do funerals, never, lion dance is for happy things.\n- Firecrackers only if the shop has the permit, we don't bring them.",
      things:
        "Clients (name, phone, shop or company, address), bookings (client, date, time, place, how many lions, high poles or not, deposit paid or not, balance paid or not), performers (name, phone, lion or music), lions (colour, character, condition). Our lions are red for Guan Gong, yellow for Liu Bei and black for Zhang Fei. One booking is for one client, and one booking has many performers.",
      extras: [
        "The kung fu classes are my father's thing with the students, separate la, don't put it. And people keep asking for dragon dance, we don't have a dragon, need too many people, no.",
        "That's all, thank you! Kung Hei Fat Choi early haha",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "My father and me see everything and the money. The performers log in and see the shows they are in. Clients book without account.",
    },
    atReview: [
      "Looks good! One more thing ah, put the lai see amount on the bookings, my father wants to see how much the lettuce gives.",
      "Ok perfect, thank you so much!",
    ],
    expect: {
      kind: "web app",
      features: [
        "one show is 2 lions with the drum cymbals and gong around 20 minutes",
        "minimum 8 performers for 2 lions",
        "normal show MOP 3,800 for 2 lions every extra lion MOP 1,200",
        "high poles MOP 8,800 only where there is enough space",
        "day 1 to day 15 of Chinese New Year everything is 30% more",
        "lai see from the cai cheng is for the association separate from the price",
        "deposit 50% by MPay or bank transfer rest cash on the day",
        "Taipa Coloane and the Cotai hotels MOP 500 more",
        "no shows after 10pm",
        "we don't do funerals",
        "firecrackers only if the shop has the permit we don't bring them",
      ],
      tables: [
        { name: "clients", fields: ["name", "phone", "shop or company", "address"] },
        {
          name: "bookings",
          fields: [
            "client",
            "date",
            "time",
            "place",
            "how many lions",
            "high poles or not",
            "deposit paid or not",
            "balance paid or not",
            "lai see amount",
          ],
        },
        { name: "performers", fields: ["name", "phone", "lion or music"] },
        { name: "lions", fields: ["colour", "character", "condition"] },
      ],
      excluded: ["classes", "dragon"],
      background: ["wall calendar", "WeChat"],
    },
  },
  {
    id: "shrosha-qvevri-master",
    who: "A computer science student in Kutaisi whose father is a qvevri master (mekvevre) in Shrosha, a village of potters in Imereti in the west of Georgia, making the big clay vessels Georgian wine is made in for wine makers from all over Georgia and a few abroad, in the Georgian English of Imereti, in short plain sentences ('Gamarjoba', 'qvevri', 'mekvevre', 'Kakheti', 'Vaime', 'a big shame for us', 'lari', 'This is his business, not ours', 'Didi madloba'): a program on the family's computer at home with no password and no internet, for her and her father, qvevri made only from April to October, from 100 to 3,000 litres and none bigger, 3 lari a litre up to 1,000 litres and 2.5 above, lined inside with hot beeswax in the price, 2 months a qvevri, 15 a season and not more, the kiln fired in July, August and October, 30% advance on ordering and the rest on taking the qvevri, free delivery in Imereti and 1 lari a kilometre in other regions, the buyer's own transport company for abroad with straw and a wooden frame at 150 lari, a new one free when one leaks in the first year; records told in sentences ('Every buyer has …') with advance paid or not, fired or not and taken or not in them, an order one buyer's with many qvevri and a firing with many qvevri; her father's head, an old notebook and Facebook Messenger today; her uncle's wine and chacha 'This is his business, not ours', a masterclass for tourists 'No, my father has no time for this'",
    says: {
      overview:
        "Gamarjoba! My name is Nino Kapanadze. I am from Shrosha, a village in Imereti, in the west of Georgia. My father Zurab is a qvevri master, mekvevre. He makes qvevri, the big clay vessels for Georgian wine. His father and his grandfather also made them. The buyers are wine makers from all Georgia and some from abroad. Now my father keeps everything in his head and in an old notebook. Buyers write to him on Facebook Messenger. Last year he promised the same 2,000 litre qvevri to two wine makers from Kakheti. Both came on the same day with a truck. Vaime, it was a big shame for us. I study computer science in Kutaisi. I will make a program for the computer in our house.",
      more: "Only my father and I will use it, on the computer at home. No password. The internet in Shrosha is weak, so it must work without internet.",
      walkthrough:
        "These are my father's rules.\nHe makes qvevri only from April to October, the clay needs warm weather.\nA qvevri is from 100 to 3,000 litres, bigger he does not make.\nUp to 1,000 litres it is 3 lari a litre, bigger is 2.5 lari a litre.\nEvery qvevri is lined inside with hot beeswax, this is in the price.\nOne qvevri needs 2 months, the walls go up little by little.\nHe makes 15 qvevri in one season, not more.\nThe kiln is fired 3 times a season, in July, August and October.\nThe buyer pays 30% advance when he orders, the rest when he takes the qvevri.\nIn Imereti we deliver free with our truck, in other regions it is 1 lari a kilometre.\nFor abroad the buyer sends his own transport company, and we pack the qvevri in straw and a wooden frame for 150 lari.\nIf a qvevri leaks in the first year, my father makes a new one free.",
      things:
        "Every buyer has a name, a phone, a village or city and a country. Every qvevri has the litres, the price and the firing. Every order has the buyer, the qvevri, advance paid or not, fired or not and taken or not. Every firing has the date and how many qvevri are inside. One order is for one buyer, and it can have many qvevri. One firing has many qvevri.",
      extras: [
        "My uncle makes wine and chacha and he wants to sell them with us. This is his business, not ours. Also tourists ask for a masterclass, to make a small qvevri themselves. No, my father has no time for this.",
        "That is all. Didi madloba, thank you very much!",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No password. Only my father and I use the computer at home.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "qvevri only from April to October",
        "from 100 to 3,000 litres bigger he does not make",
        "up to 1,000 litres 3 lari a litre bigger 2.5 lari a litre",
        "lined inside with hot beeswax in the price",
        "one qvevri needs 2 months",
        "15 qvevri in one season not more",
        "kiln fired 3 times a season July August October",
        "30% advance when he orders rest when he takes the qvevri",
        "Imereti deliver free other regions 1 lari a kilometre",
        "abroad buyer sends his own transport company straw and a wooden frame 150 lari",
        "leaks in the first year new one free",
      ],
      tables: [
        { name: "buyers", fields: ["name", "phone", "village or city", "country"] },
        { name: "qvevri", fields: ["litres", "price", "firing"] },
        {
          name: "orders",
          fields: ["buyer", "qvevri", "advance paid or not", "fired or not", "taken or not"],
        },
        { name: "firings", fields: ["date", "how many qvevri"] },
      ],
      excluded: ["chacha", "masterclass"],
      background: ["notebook", "Facebook Messenger"],
    },
  },
  {
    id: "maktaaral-melon-loadings",
    who: "A programmer at a bank in Shymkent whose family grows torpeda melons and watermelons in Maktaaral, in Turkistan region by the Uzbek border, and sells them by the truckload to buyers from Almaty, Astana and Karaganda, in the Kazakh English of Shymkent, in short plain sentences ('Salemetsiz be', 'torpeda melons', 'Uyat', 'big shame for my father', 'Kaspi', 'This is his business, not ours', 'We do not make it', 'Rakhmet, sau bolynyz'): a phone app, with good internet by the scale on the road, for him and his father to see everything and the money and his two brothers the day's loadings, the buyers calling his father as before, the season from July 10 to September 30, torpeda melons 150 tenge a kilo and watermelons 70 wholesale, 1 tonne at the least, every truck weighed empty and full on their scale, 50% by Kaspi before loading and the rest when the truck is full, loading only from 5 to 11 in the morning, loaders 5,000 tenge a tonne paid by the buyer in cash, only ripe melons picked when the tail is dry, no delivery and the buyer's own truck, no loading in rain; records after colons on lines with melons or watermelons, advance paid or not and rest paid or not in them, a loading one buyer and one truck and a buyer with many loadings; a school notebook today; his uncle's melon seeds 'This is his business, not ours', dried melon 'We do not make it'; the phone taken off the trucks and the loaders put on the loadings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Salemetsiz be. My name is Yerlan Sadykov. I live in Shymkent and I work as a programmer in a bank. My family has melon fields in Maktaaral, in Turkistan region, near the Uzbek border. We grow torpeda melons and watermelons. Buyers come with trucks from Almaty, Astana and Karaganda. Now the buyers call my father, and he writes everything in a school notebook. Last August he promised the same 20 tonnes to two buyers from Astana. Both trucks came on the same morning. One truck went back empty, 1,600 km. Uyat, it was big shame for my father. I will make an app for our phones.",
      more: "The app is for my father, me and my two brothers. My father and me see everything and the money. My brothers weigh and load the trucks, they see the loadings of the day. Our scale is by the road, the internet there is good. Buyers call my father like before, they do not use the app.",
      walkthrough:
        "Our rules:\nThe season is from July 10 to September 30.\nTorpeda melon is 150 tenge a kilo, watermelon is 70 tenge a kilo, this is wholesale.\nMinimum is 1 tonne, less we do not sell from the field.\nEvery truck is weighed empty and full on our scale.\nThe buyer pays 50% by Kaspi before loading, the rest when the truck is full.\nLoading is only from 5 to 11 in the morning, after that it is too hot.\nLoaders are 5,000 tenge a tonne, the buyer pays them in cash.\nWe pick only ripe melons, when the tail is dry.\nWe do not deliver, the buyer comes with his own truck.\nIf it rains, no loading, wet melons rot in the truck.",
      things:
        "buyers: name, phone, city\ntrucks: number, driver, phone\nloadings: buyer, truck, date, empty weight, full weight, melons or watermelons, advance paid or not, rest paid or not\nOne loading is one buyer and one truck. One buyer has many loadings.",
      thingsChange:
        "Two things. Take away phone from trucks, we call the buyer, not the driver. And put loaders on loadings, how many loaders, for the money.",
      extras: [
        "My uncle sells melon seeds to other farmers. This is his business, not ours. Some people ask for dried melon. We do not make it.",
        "That is all. Rakhmet, sau bolynyz.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "My father and me see everything and the money. My brothers log in and see the loadings of the day. Buyers do not use the app.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "season is from July 10 to September 30",
        "torpeda melon 150 tenge a kilo watermelon 70 tenge a kilo wholesale",
        "minimum is 1 tonne",
        "every truck weighed empty and full on our scale",
        "buyer pays 50% by Kaspi before loading rest when the truck is full",
        "loading only from 5 to 11 in the morning",
        "loaders 5,000 tenge a tonne buyer pays them in cash",
        "pick only ripe melons when the tail is dry",
        "we do not deliver buyer comes with his own truck",
        "if it rains no loading",
      ],
      tables: [
        { name: "buyers", fields: ["name", "phone", "city"] },
        { name: "trucks", fields: ["number", "driver"] },
        {
          name: "loadings",
          fields: [
            "buyer",
            "truck",
            "date",
            "empty weight",
            "full weight",
            "melons or watermelons",
            "advance paid or not",
            "rest paid or not",
            "loaders",
          ],
        },
      ],
      excluded: ["seeds", "dried melon"],
      background: ["school notebook"],
    },
  },
  {
    id: "matatlan-mezcal-api",
    who: "A backend developer in Oaxaca working remote for a company in Austin, whose father (his jefe) has a palenque in Santiago Matatlán making mezcal the old way, the agave hearts roasted in a pit and crushed under a stone wheel (tahona) pulled by a horse, selling bottles to people and restaurants all over Mexico and giving tastings at the palenque, in the Oaxacan English of Matatlán, in lower-case fragments ('qué onda', 'my jefe', 'the palenque', 'the tahona', 'rn', 'neta qué oso', 'ppl', 'my tía', 'nope skip that', 'gracias, saludos'): a service without screens, in Laravel with MySQL, that the palenque's website, a tablet at the palenque for the tastings and the distributor's app in Mexico City call, with API keys and him and his father as admins and customers buying with a name and an email, only espadín, tobalá and tepeztate, every lot certified by the CRM before a bottle is sold, 750 ml bottles at $650, $1,400 and $1,800 pesos, 18 and over only with the courier checking the ID, shipping inside Mexico only, 10% off for restaurants from 12 bottles, card, OXXO or SPEI and an OXXO order unpaid in 48h cancelled, tastings Tuesday to Sunday 10 to 16h at $250 a person and 12 people at most, nothing sold on ley seca days, the lot number on every label; records in lower case ('each lot has …') with certified y/n, paid y/n and shipped y/n in them, every order one customer and one lot; an Excel his sister keeps, Facebook and WhatsApp today; his aunt's comedor 'the food is hers not ours', baby agaves (hijuelos) 'nope skip that'; Laravel and MySQL",
    says: {
      overview:
        "qué onda. beto here, from oaxaca. backend dev, remote for a company in austin. my jefe has a palenque in santiago matatlán, 'the world capital of mezcal' lol. we do it the old way, the piñas roasted in the pit, crushed w the tahona n the horse, copper stills. we sell bottles to ppl n restaurants all over mexico n we do tastings at the palenque. rn orders come by facebook n whatsapp n my sister keeps an excel. last december we sold the same 40 bottles of tobalá twice, to a restaurant in cdmx n a guy in monterrey, n the monterrey guy got nothing for his posada, neta qué oso. so im building an api",
      more: "just the api. our website (ppl order there), a tablet at the palenque for the tastings n the distributor's app in cdmx call it. my jefe n me are admin",
      walkthrough:
        "ok rules\n- we only make espadín, tobalá n tepeztate\n- every lot gets certified by the CRM before we sell one bottle, no certificate no sale\n- bottles are 750 ml: espadín $650, tobalá $1,400, tepeztate $1,800 pesos\n- 18+ only, the courier checks the ID on delivery\n- we ship inside mexico only, never abroad\n- restaurants buying 12 bottles or more get 10% off\n- pay by card, OXXO or SPEI, if the OXXO isnt paid in 48h the order is cancelled\n- tastings at the palenque tuesday to sunday 10 to 16h, $250 a person, max 12 ppl\n- on ley seca days (elections) we dont sell anything, its the law\n- every bottle has the lot number on the label",
      things:
        "each lot has agave, date, litres, abv n certified y/n. each customer has name, email, phone n state. each order has customer, lot, bottles, paid y/n n shipped y/n. each tasting has date, hour, name, how many ppl n paid y/n. every order is 1 customer n 1 lot, a lot has lots of orders lol",
      extras: [
        "my tía has the comedor next to the palenque, the food is hers not ours. n ppl ask to buy hijuelos, the baby agaves, to plant their own, nope skip that",
        "thats it. gracias, saludos",
      ],
      tech: "laravel n mysql, same as at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the website, the tablet n the distributor's app get api keys. my jefe n me are admin. customers buy w name n email, no password",
      Technology: "I have preferences",
      "Back end": "Laravel",
      Database: "MySQL",
    },
    expect: {
      kind: "api service",
      features: [
        "only make espadín tobalá n tepeztate",
        "every lot certified by the CRM before we sell one bottle no certificate no sale",
        "750 ml espadín $650 tobalá $1,400 tepeztate $1,800",
        "18+ only courier checks the ID on delivery",
        "ship inside mexico only never abroad",
        "restaurants 12 bottles or more 10% off",
        "card OXXO or SPEI OXXO isnt paid in 48h order is cancelled",
        "tastings tuesday to sunday 10 to 16h $250 a person max 12 ppl",
        "ley seca days we dont sell anything",
        "every bottle has the lot number on the label",
      ],
      tables: [
        { name: "lots", fields: ["agave", "date", "litres", "abv", "certified y/n"] },
        { name: "customers", fields: ["name", "email", "phone", "state"] },
        { name: "orders", fields: ["customer", "lot", "bottles", "paid y/n", "shipped y/n"] },
        { name: "tastings", fields: ["date", "hour", "name", "how many ppl", "paid y/n"] },
      ],
      excluded: ["comedor", "hijuelos"],
      background: ["excel", "facebook"],
      stack: ["Laravel", "MySQL"],
    },
  },
  {
    id: "ojiya-nishikigoi-azukari",
    who: "A woman who works at an IT company in Nagaoka and whose family in Ojiya, Niigata, the birthplace of nishikigoi, has bred koi for three generations, selling young koi to dealers and hobbyists abroad and keeping them in the mountain mud ponds over the summer (azukari), in the Japanese English of Ojiya, in long polite paragraphs ('nice to meet you', 'three generations', 'azukari', 'very embarrassing for our family', 'It is a little long, I am sorry', 'please do not put it', 'it is not our work', 'yoroshiku onegaishimasu'): a website where buyers see the koi with photos, choose and pay, overseas dealers and hobbyists with an account to follow their koi for months and she and her father seeing everything and the money, tosai (one year old koi) sold in April and May, the mud pond season from May to October and the harvest in October, an azukari fee of 30,000 yen a koi a season, everything paid by bank transfer before the koi goes into the mud pond, a koi dead in the mud pond replaced by one of the same variety and size and no money back, a certificate with the variety, the size in centimetres and the family's seal, two weeks' quarantine and air cargo with the health certificate for overseas with the shipping the buyer's, no koi shipped from December to March in the deep snow, only Kohaku, Sanke and Showa bred; records spread over sentences ('For each koi we need …', 'For each buyer, …', 'Then the azukari, …') with dealer or hobbyist and paid or not in them, a buyer with many koi in azukari and a koi for one buyer only; her father's paper ledger and the dealers' faxes today; koi food 'please do not put it', building ponds in customers' gardens 'it is not our work'; the video taken off the koi and the harvest size put on the azukari after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hello, nice to meet you. My name is Yuki Igarashi, I am from Ojiya city in Niigata prefecture. Ojiya is the birthplace of nishikigoi, the colored carp, and my family is a koi breeder for three generations. Now my father is the breeder, and my grandfather still helps in the ponds every day, he is 82 years old. Many buyers come from abroad, from Germany, Netherlands, America, China and Thailand, and they buy our young koi in spring, and we keep them in our mud ponds in the mountains during the summer, this is called azukari. Now everything is in my father's paper ledger, and the dealers send the orders by fax and by email. Last year one Kohaku was written for two buyers, one in Germany and one in Netherlands, and my father had to call and apologize many times. It was very embarrassing for our family. I work at an IT company in Nagaoka, so I will make a website for them.",
      more: "Buyers should see the koi for sale with photos, choose, and pay on the website. Overseas dealers and hobbyists make an account, because they follow their koi for many months. My father and I see everything and the money. My grandfather does not use the computer, so please do not worry about him.",
      walkthrough:
        "I will explain our rules. It is a little long, I am sorry.\n\nWe sell tosai, the one year old koi, in April and May, after the snow melts and the ponds open.\n\nThe mud pond season is from May to October, and in October we harvest the koi from the mud ponds, the whole family and the neighbours help.\n\nThe azukari fee is 30,000 yen for one koi for one season, and the buyer pays it together with the price of the koi.\n\nThe buyer pays everything by bank transfer before the koi goes into the mud pond, we do not accept payment after.\n\nIf a koi dies in the mud pond, we send a photo and we give a koi of the same variety and size, but we do not give money back.\n\nEvery koi has a certificate with the variety, the size in centimeters and our seal.\n\nFor overseas, after the harvest the koi stay two weeks in quarantine, then they go by air cargo with the health certificate, and the shipping is paid by the buyer.\n\nFrom December to March there is very deep snow in Ojiya, so we do not ship any koi in this time.\n\nWe only breed Kohaku, Sanke and Showa, the Gosanke, because my father says this is what our family does best.",
      things:
        "For each koi we need a number, the variety, the size and the price, and also a photo and a video. For each buyer, the name, the country, the email, and dealer or hobbyist. Then the azukari, which koi, which buyer, which pond, and paid or not. The ponds have a name and a place. One buyer can have many koi in azukari, but one koi is only for one buyer.",
      thingsChange:
        "Two changes, please. Please remove the video from the koi, the photo is enough and the video is too heavy. And please add the harvest size to the azukari, because in October we measure every koi again.",
      extras: [
        "Some customers ask to buy koi food from us, but we do not sell food, please do not put it. And the pond building in customers' gardens is my cousin's company, it is not our work.",
        "That is all. Thank you very much, yoroshiku onegaishimasu.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Overseas dealers and hobbyists make an account and see their own koi. My father and I see everything and the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "tosai one year old koi in April and May",
        "mud pond season is from May to October in October we harvest",
        "azukari fee 30,000 yen for one koi for one season",
        "pays everything by bank transfer before the koi goes into the mud pond",
        "koi dies in the mud pond same variety and size do not give money back",
        "certificate with the variety the size in centimeters and our seal",
        "two weeks in quarantine air cargo with the health certificate shipping paid by the buyer",
        "December to March very deep snow do not ship any koi",
        "only breed Kohaku Sanke and Showa",
      ],
      tables: [
        { name: "koi", fields: ["number", "variety", "size", "price", "photo"] },
        { name: "buyers", fields: ["name", "country", "email", "dealer or hobbyist"] },
        { name: "azukari", fields: ["koi", "buyer", "pond", "paid or not", "harvest size"] },
        { name: "ponds", fields: ["name", "place"] },
      ],
      excluded: ["food", "gardens"],
      background: ["paper ledger", "fax"],
    },
  },
  {
    id: "nampula-cashew-kor",
    who: "A developer at a small cashew processing company in Nampula, in the north of Mozambique, whose buyers go out to the villages in the campaign from October to January to buy raw cashew nuts from the farmers' plots (machambas), in the Mozambican English of Nampula, in between and numbered ('Tudo bem?', 'the campaign', 'machambas', 'pá', 'meticais', 'another department, don't put it', 'the app does that, not the library', 'Obrigado, we are together!'): a TypeScript library for the buyers' React Native app and the office system on Node, keeping nothing, given the bag's weight and the sample's test and giving back the price and the breakdown for the receipt, the company's base price a kilo every Monday in meticais, the KOR the kernels in pounds from an 80 kg bag tested on a 1 kg sample with 48 pounds the base, 2% up for every pound above 48 and 2% down for every pound below, rejected under 44 pounds, moisture up to 10% normal and every percent above taking 1% off the weight, rejected over 14% moisture, 1 metical off a kilo above 210 nuts a kilo, stones, sand and the rest weighed and taken off the weight first, the final price rounded down to the whole metical; a calculator and a receipt book today; the export containers to Vietnam and India 'another department, don't put it', payment by M-Pesa or e-Mola 'the app does that, not the library'; the village farmers' association's 0.50 meticais a kilo taken out at the review; TypeScript",
    says: {
      overview:
        "Tudo bem? My name is Dércio Mussa, I'm a developer at a small cashew processing company in Nampula, in the north of Mozambique. In the campaign, from October to January, our buyers go to the villages and buy the raw cashew nuts from the farmers, from their machambas. The buyer tests a sample, calculates the price with a calculator and writes it in a receipt book, and there are many mistakes, pá. Last campaign one buyer in Monapo calculated the moisture wrong for a whole week, the farmers there were paid less, they said the company is stealing, and the community leader came to the factory with the farmers. It was very bad for us. We already have a React Native app for the buyers, and now I want the calculation in a separate library, so the app and the office system use the same numbers.",
      more: "The library keeps nothing. The app gives it the weight of the bag and the test of the sample, and the library gives back the price and the breakdown for the receipt. It goes in the React Native app of the buyers and in our office system, both in TypeScript.",
      walkthrough:
        "So, the rules of the calculation:\n1. The company sets the base price per kilo every Monday, in meticais, and the library receives it.\n2. The KOR is the kernels in pounds from one bag of 80 kg, tested from a sample of 1 kg, and the base is 48 pounds.\n3. For every pound above 48 the price goes up 2%, and for every pound below 48 it goes down 2%.\n4. Under 44 pounds we don't buy, the library must say rejected.\n5. Moisture up to 10% is normal, and above 10% every extra percent takes 1% off the weight.\n6. Above 14% moisture we don't buy, the farmer must dry the nuts in the sun again.\n7. The nut count is how many nuts in one kilo, and above 210 nuts per kilo we take 1 metical off every kilo.\n8. Stones, sand and other things are weighed and taken off the weight before everything.\n9. The final price is rounded down to the whole metical.\n10. The farmers' association of the village gets 0.50 meticais per kilo, shown apart on the receipt.",
      extras: [
        "The export, the containers to Vietnam and India, is another department, don't put it. And the payment by M-Pesa or e-Mola, the app does that, not the library.",
        "That's all. Obrigado, we are together!",
      ],
      tech: "TypeScript, an npm package in our private registry. The app is React Native and the office system is Node.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    atReview: [
      "It's good. One thing: take out the 0.50 meticais for the association, the director says the office pays them at the end of the campaign, not on the receipt.",
      "Now it's good. Obrigado, we are together!",
    ],
    expect: {
      kind: "library",
      features: [
        "base price per kilo every Monday in meticais",
        "KOR kernels in pounds from one bag of 80 kg sample of 1 kg base is 48 pounds",
        "every pound above 48 price goes up 2% every pound below 48 goes down 2%",
        "under 44 pounds we don't buy rejected",
        "above 10% every extra percent takes 1% off the weight",
        "above 14% moisture we don't buy",
        "above 210 nuts per kilo 1 metical off every kilo",
        "stones sand and other things taken off the weight",
        "final price rounded down to the whole metical",
      ],
      tables: [],
      excluded: ["export", "M-Pesa", "association"],
      background: ["calculator", "receipt book"],
      stack: ["TypeScript"],
    },
  },
  {
    id: "qamsar-rosewater",
    who: "An English teacher at a high school in Kashan whose family in Qamsar, in the mountains above Kashan where the Mohammadi roses grow, has a small traditional workshop distilling rosewater (golab) in copper pots every May, selling it all over Iran and taking visitors in the season (Golabgiri), in the Iranian English of Kashan, in long paragraphs ('Salam', 'Golabgiri', 'dear', 'toman', 'Post Pishtaz', 'an attari', 'this is his business, not ours', \"we don't have rooms, please don't put it\", 'khaste nabashid'): a website where people order rosewater and book a morning visit and pay by card without an account, she and her father see everything and the money and her two brothers the orders to post and the day's visits, roses picked from the beginning of May to the middle of June early before the sun is hot and distilled the same day, one copper pot 15 kilos of petals and 60 litres of water giving 20 litres after 4 hours on the fire, single and double rosewater with the double distilled twice, 180,000 toman a litre single and 350,000 double in one litre glass bottles only, Post Pishtaz to every city of Iran with the post the customer's, nothing sent abroad, visits only in the season from 6 to 10 in the morning, 150,000 toman a person with children under 7 free and 25 people a morning at most, paid online and the money back on a cancel 3 days ahead and not after; records after colons inline with paid or not and posted or not in them, an order one customer's and a morning with many visits; Instagram messages, the phone and a notebook today; her uncle's herbal shop (attari) in the bazaar 'this is his business, not ours', staying the night in Qamsar \"we don't have rooms, please don't put it\"; the postal code put on the customers and paid or not taken off the visits after 'Change something' at 'Your data'",
    says: {
      overview:
        "Salam! I am Maryam Rezaei, I teach English in a high school in Kashan, and my family lives in Qamsar, in the mountains near Kashan, where the Mohammadi roses grow. Every year in May we have Golabgiri, the rosewater making, and my family has a small traditional golab workshop with copper pots on the fire, like in my grandfather's time. We sell our rosewater to people from all over Iran, and many people come to Qamsar in the season to see the picking and the distilling. Now my father takes the orders on Instagram direct and on the phone and writes them in a notebook, and the visitors just come, so you can imagine how it is in the holidays. Last year a bus of 40 people from Isfahan arrived on the same morning as a family group that had booked by phone, and there was no place even to sit, and my father was so ashamed that he gave everybody rosewater for free, and we lost a lot. My cousin Reza studies software engineering in Tehran and he will make a website for us.",
      more: "People should order rosewater and book a visit on the website and pay by card, without making an account, because most of them come once a year. My father and I see everything and the money. My two brothers, who do the posting and take care of the visitors, log in and see the orders to post and the visits of the day.",
      walkthrough:
        "Let me explain our rules, dear, it is a bit long.\n\nThe roses are picked from the beginning of May to the middle of June, only early in the morning before the sun is hot, and we distill them the same day, never the next day.\n\nOne copper pot takes 15 kilos of petals and 60 litres of water, and it gives 20 litres of rosewater after 4 hours on the fire.\n\nWe sell single rosewater and double rosewater, and the double is distilled two times so it is stronger.\n\nOne litre of single is 180,000 toman and one litre of double is 350,000 toman, and we sell only in one litre glass bottles.\n\nWe post to all cities of Iran with Post Pishtaz, the customer pays the post, and the bottles go in boxes with paper so they don't break.\n\nWe cannot send abroad, people from abroad ask all the time but it is impossible for us with the customs and the bank, so no.\n\nVisits are only in the season, every morning from 6 to 10, because after 10 the picking is finished.\n\nA visit is 150,000 toman a person, children under 7 are free, and maximum 25 people in one morning because our yard is small.\n\nVisitors pay online when they book, and if they cancel 3 days before they get the money back, after that no.",
      things:
        "Customers: name, mobile, city, address. Orders: customer, litres of single, litres of double, paid or not, posted or not. Visits: name, mobile, date, adults, children, paid or not. One order is for one customer, and one morning has many visits.",
      thingsChange:
        "Two small things, please. Add the postal code to the customers, the post office always asks for it. And take paid or not off the visits, because visitors always pay online when they book, so it is always paid.",
      extras: [
        "My uncle has an attari, a herbal shop, in the Kashan bazaar, and he sells dried rose petals and herbs, this is his business, not ours. And people ask if they can stay the night with us in Qamsar, we don't have rooms, please don't put it.",
        "That is all. Thank you very much, khaste nabashid!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "My father and I see everything and the money. My two brothers log in and see the orders to post and the visits of the day. Customers and visitors don't need an account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "picked from the beginning of May to the middle of June early in the morning distill them the same day",
        "one copper pot 15 kilos of petals 60 litres of water 20 litres of rosewater after 4 hours",
        "single rosewater and double rosewater double is distilled two times",
        "one litre of single 180,000 toman one litre of double 350,000 toman",
        "post to all cities of Iran with Post Pishtaz customer pays the post",
        "we cannot send abroad",
        "visits only in the season every morning from 6 to 10",
        "visit 150,000 toman a person children under 7 free maximum 25 people",
        "pay online when they book cancel 3 days before money back",
      ],
      tables: [
        { name: "customers", fields: ["name", "mobile", "city", "address", "postal code"] },
        {
          name: "orders",
          fields: ["customer", "litres of single", "litres of double", "paid or not", "posted or not"],
        },
        { name: "visits", fields: ["name", "mobile", "date", "adults", "children"] },
      ],
      excluded: ["attari", "rooms"],
      background: ["Instagram", "notebook"],
    },
  },
  {
    id: "padasuka-angklung-sewaan",
    who: "A woman in Padasuka, Bandung, whose family has made angklung, the bamboo rattles of West Java, since her grandfather's time and rents sets of them to schools, offices, weddings and events, in Sundanese (never used before: Indonesian was written in Bandung and Javanese in Yogyakarta and the Englishes of South Jakarta and Bali were used, Sundanese never; as she types it, in between, polite (lemes), with the Indonesian and English words West Java really mixes in: 'Sampurasun', 'pun bapa', 'buku tulis', 'WA', 'set', 'DP', 'transfer', 'QRIS', 'tenda', 'pelatih', 'sound system', 'sanés urusan urang', 'ulah dilebetkeun', 'Hatur nuhun pisan'): a program on the workshop computer with no password and no internet, for her and her father, sets of 30 or 60 angklung, Rp 1.500.000 a day for 30 and Rp 2.500.000 for 60, a trainer (pelatih) Rp 750.000 more for two hours of practice, orders a week before the event at the latest, 50% down (DP) by transfer or QRIS on ordering and the rest on the day, the angklung back the next day by 12 noon at the latest, Rp 150.000 an angklung broken or lost, free delivery in the city of Bandung and Rp 300.000 outside it, no rental for an outdoor event without a tent because the bamboo must not get rained on, two sets a school or office a day at most; records after dashes on lines with sareng pelatih atanapi henteu, DP tos dibayar atanapi teu acan and tos dipulangkeun atanapi teu acan in them, a rental one renter's and a renter with many rentals; an exercise book (buku tulis) and WhatsApp (WA) today; the kacapi suling of Kang Dedi across the road 'sanés urusan urang', a sound system 'henteu, ulah dilebetkeun'; the trainer's name (nami pelatih) put on the rentals (sewaan) at the review",
    says: {
      overview:
        "Sampurasun! Nami abdi Euis Rahmawati, ti Padasuka, Bandung. Kulawarga abdi ngadamel angklung ti jaman aki, sareng ayeuna urang ogé nyéwakeun angklung kanggo sakola, kantor, kawinan sareng acara-acara. Ayeuna sadaya pesenan ditampi ku WA, teras dicatet ku pun bapa dina buku tulis. Taun kamari aya dua sakola nu nyéwa set angklung anu sami dina dinten anu sami, sareng hiji sakola di Cimahi teu kénging angklung pisan, padahal murid-muridna tos siap manggung. Isin pisan ka sakola éta. Putra abdi, Rizki, nuju kuliah informatika di Unpad, anjeunna badé ngadamel program kanggo komputer di bengkel.",
      more: "Programna ngan kanggo komputer di bengkel wungkul. Ngan abdi sareng pun bapa nu nganggo, teu peryogi sandi. Internét di dieu sok pareum, janten kedah tiasa tanpa internét.",
      walkthrough:
        "Aturanana kieu:\nAngklung disewakeun per set, hiji set 30 angklung atanapi 60 angklung.\nSet 30 angklung Rp 1.500.000 sadinten, set 60 angklung Rp 2.500.000 sadinten.\nUpami hoyong sareng pelatih, nambihan Rp 750.000 kanggo dua jam latihan.\nPesenan kedah paling telat saminggu sateuacan acara.\nDP 50% ku transfer atanapi QRIS waktos mesen, sésana dina dinten acara.\nAngklung kedah dipulangkeun énjingna, paling telat jam 12 siang.\nAngklung nu rusak atanapi leungit dibayar Rp 150.000 hiji.\nDianteurkeun gratis di Kota Bandung, di luar Kota Bandung nambihan Rp 300.000.\nAngklung teu kénging kahujanan, janten acara di luar kedah aya tenda, upami henteu aya tenda urang henteu nyéwakeun.\nHiji sakola atanapi kantor ngan kénging nyéwa dua set dina hiji dinten, sabab setna ngan saeutik.",
      things:
        "- Nu nyéwa: nami, nomer WA, sakola atanapi kantor, alamat\n- Set angklung: nomer set, sabaraha angklung, kaayaan\n- Sewaan: nu nyéwa, set, tanggal acara, tempat, sareng pelatih atanapi henteu, DP tos dibayar atanapi teu acan, tos dipulangkeun atanapi teu acan\nHiji sewaan kanggo hiji nu nyéwa, tapi hiji nu nyéwa tiasa nyéwa sababaraha kali.",
      extras: [
        "Kacapi suling mah sanés urusan urang, éta mah Kang Dedi di payun. Sareng sound system, seueur nu naroskeun, henteu, ulah dilebetkeun.",
        "Sakitu wé. Hatur nuhun pisan!",
      ],
    },
    picks: {
      Kind: ["Something else", "Program dina komputer di bengkel, tanpa internét"],
      Accounts: "Teu peryogi sandi. Ngan abdi sareng pun bapa nu nganggo komputer di bengkel.",
    },
    atReview: [
      "Saé pisan. Hiji deui, punten, tambihan nami pelatih dina sewaan, supados pelatihna terang kedah angkat ka mana.",
      "Tos cekap, hatur nuhun pisan!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "hiji set 30 angklung atanapi 60 angklung",
        "set 30 angklung Rp 1.500.000 sadinten set 60 angklung Rp 2.500.000 sadinten",
        "sareng pelatih nambihan Rp 750.000 kanggo dua jam latihan",
        "pesenan paling telat saminggu sateuacan acara",
        "DP 50% transfer atanapi QRIS sésana dina dinten acara",
        "dipulangkeun énjingna paling telat jam 12 siang",
        "rusak atanapi leungit dibayar Rp 150.000 hiji",
        "gratis di Kota Bandung di luar Kota Bandung nambihan Rp 300.000",
        "acara di luar kedah aya tenda henteu aya tenda urang henteu nyéwakeun",
        "ngan kénging nyéwa dua set dina hiji dinten",
      ],
      tables: [
        { name: "nu nyéwa", fields: ["nami", "nomer WA", "sakola atanapi kantor", "alamat"] },
        { name: "set angklung", fields: ["nomer set", "sabaraha angklung", "kaayaan"] },
        {
          name: "sewaan",
          fields: [
            "nu nyéwa",
            "set",
            "tanggal acara",
            "tempat",
            "sareng pelatih atanapi henteu",
            "DP tos dibayar atanapi teu acan",
            "tos dipulangkeun atanapi teu acan",
            "nami pelatih",
          ],
        },
      ],
      excluded: ["kacapi", "sound system"],
      background: ["buku tulis", "WA"],
    },
  },
  {
    id: "dedza-mbuzi-pass-on",
    who: "The secretary of a women's group in Kaphuka, in Dedza district of Malawi, 40 women who were given 20 does and two bucks by an organisation two years ago and pass the kids on from one woman to the next so that every woman has goats, in Chichewa (never used before: the Malawian English of Zomba was used with 'Muli bwanji' and 'Zikomo kwambiri', Chichewa never; as she types it, in between, with the English words a Malawian village really uses: 'Moni nonse', 'mlembi', 'gulu', 'kabuku', 'pulogalamu', 'foni', 'netiweki', 'membala', 'MK', 'si zathu, musaziike', 'sitichita zimenezo', 'Zikomo kwambiri'): a phone app that works without network in the village and sends later, for her and the chairwoman (wapampando) to see everything and the money and the livestock officer (mlangizi wa ziweto) the goats and the vaccinations, the first two female kids of every doe to the next woman on the list, the kids passed on at 6 months, a buck (tonde) a month in each area, a vaccination every 6 months by the livestock officer, a dead goat told to the secretary within two days with its numbered ear, no goat sold before two kids are passed on and MK 20,000 fine, MK 500 a month a woman for medicine, a meeting every Tuesday at 2 in the afternoon, the owner paying when a goat eats someone's maize; records told in sentences ('Membala aliyense ali ndi …') with yaikazi kapena tonde in them, a goat with one owner and a member with many goats; a little book (kabuku) today; the men's group's chickens (nkhuku) 'si zathu, musaziike', selling goat's milk (mkaka) 'ayi, sitichita zimenezo'; the village (mudzi) taken off the members (membala) and the date of the last vaccination (tsiku la katemera womaliza) put on the goats (mbuzi) after 'Change something' at 'Your data'",
    says: {
      overview:
        "Moni nonse! Dzina langa ndine Chikondi Phiri. Ndimakhala m'mudzi wa Kaphuka, m'boma la Dedza. Ndine mlembi wa gulu la amayi la Tigwirane Manja, ndipo tili amayi 40. Zaka ziwiri zapitazo bungwe lina linatipatsa mbuzi zazikazi 20 ndi atonde awiri, ndipo timapatsirana ana a mbuzi kuti mayi aliyense akhale ndi mbuzi. Panopa zonse zimalembedwa m'kabuku, ndipo kabukuko kali ndi ine ndekha. Chaka chatha mayi wina anagulitsa mbuzi yake asanapereke ana ake, ndipo mayi wotsatira analira pamsonkhano. Zinali zochititsa manyazi kwambiri. Mwana wanga Yamikani akuphunzira za makompyuta ku Mzuzu University, ndipo adzatipangira pulogalamu ya pa foni.",
      more: "Pulogalamuyi ndi ya ine, wapampando wathu ndi mlangizi wa ziweto, pa mafoni athu. Ine ndi wapampando timaona zonse ndi ndalama. Mlangizi amaona mbuzi ndi katemera basi. Kumudzi kuno kulibe netiweki, choncho iyenera kugwira ntchito popanda netiweki ndi kutumiza pambuyo pake.",
      walkthrough:
        "Malamulo athu ndi awa:\nMayi aliyense amene walandira mbuzi yaikazi amapereka ana aakazi awiri oyamba kwa mayi wotsatira pa mndandanda.\nAna a mbuzi amaperekedwa akakwanitsa miyezi 6.\nAtonde amasinthana, tonde mmodzi amakhala mwezi umodzi m'dera lililonse.\nMbuzi zonse zimalandira katemera miyezi 6 iliyonse kuchokera kwa mlangizi wa ziweto.\nMbuzi ikafa, mayi ayenera kuuza mlembi pasanathe masiku awiri, ndi kubweretsa khutu lokhala ndi nambala.\nPalibe kugulitsa mbuzi usanapereke ana awiri, ndipo ukagulitsa chindapusa ndi MK 20,000.\nMayi aliyense amapereka MK 500 mwezi uliwonse kuti tigule mankhwala.\nMsonkhano ndi Lachiwiri lililonse nthawi ya 2 koloko masana.\nMbuzi ikadya chimanga m'munda mwa munthu wina, mwini mbuzi amalipira.",
      things:
        "Membala aliyense ali ndi dzina, mudzi, nambala ya foni ndi nambala yake pa mndandanda. Mbuzi iliyonse ili ndi nambala ya khutu, yaikazi kapena tonde, tsiku lobadwa ndi mwini wake. Kupereka kulikonse kuli ndi mbuzi, wopereka, wolandira ndi tsiku. Mbuzi imodzi ili ndi mwini mmodzi, ndipo membala mmodzi akhoza kukhala ndi mbuzi zambiri.",
      thingsChange:
        "Zinthu ziwiri. Chotsani mudzi pa mamembala, tonse tili m'mudzi umodzi. Ndipo onjezani tsiku la katemera womaliza pa mbuzi iliyonse.",
      extras: [
        "Nkhuku ndi za gulu la abambo, si zathu, musaziike. Ndipo anthu ena amafunsa za kugulitsa mkaka wa mbuzi, ayi, sitichita zimenezo.",
        "Ndi zomwezo. Zikomo kwambiri!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Ine ndi wapampando timaona zonse ndi ndalama. Mlangizi wa ziweto amaona mbuzi ndi katemera basi. Amayi ena sagwiritsa ntchito pulogalamuyi.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "amapereka ana aakazi awiri oyamba kwa mayi wotsatira pa mndandanda",
        "ana a mbuzi amaperekedwa akakwanitsa miyezi 6",
        "tonde mmodzi amakhala mwezi umodzi m'dera lililonse",
        "katemera miyezi 6 iliyonse mlangizi wa ziweto",
        "mbuzi ikafa kuuza mlembi pasanathe masiku awiri khutu lokhala ndi nambala",
        "palibe kugulitsa mbuzi usanapereke ana awiri chindapusa ndi MK 20,000",
        "MK 500 mwezi uliwonse",
        "msonkhano ndi Lachiwiri lililonse 2 koloko masana",
        "mbuzi ikadya chimanga mwini mbuzi amalipira",
      ],
      tables: [
        { name: "membala", fields: ["dzina", "nambala ya foni", "nambala pa mndandanda"] },
        {
          name: "mbuzi",
          fields: [
            "nambala ya khutu",
            "yaikazi kapena tonde",
            "tsiku lobadwa",
            "mwini",
            "tsiku la katemera womaliza",
          ],
        },
        { name: "kupereka", fields: ["mbuzi", "wopereka", "wolandira", "tsiku"] },
      ],
      excluded: ["nkhuku", "mkaka"],
      background: ["kabuku"],
    },
  },
];
