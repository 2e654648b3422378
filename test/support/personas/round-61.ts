import type { Persona } from "../persona-driver.js";

/**
 * The sixty-first round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records told in sentences ("Every customer
 * has …", "Every order has …", "A count has …", "A slaughter has …", "Ògni cliente o l'à
 * …", "Ògni ordine o l'à …"), spread over sentences ("First off there's the weekends, each
 * one with …", "Then the people that come, we want …", "And the bookings, that's …"),
 * after colons inline in lower case ("climbers: name, email, phone, lodge. climbs: …"),
 * after colons on lines ("Runners: name, country, …", "ভুটভুটী: নাম, নম্বৰ, …"), after
 * dashes on lines ("- rooms - name, small or big, …"), in brackets inline in lower case
 * ("customers (name, whatsapp, address), items (name, price), …"), with what a value may
 * be in brackets ("the season (spring or fall)", "collect day (23 or 24)", "o tipo (bitêga
 * ò pesto)", "ক'ৰ পৰা (নিমাতী বা কমলাবাৰী)"), and none at all from the library, whose rules
 * come numbered. Eight write in English, each in their own English and their own
 * register, none of them used before (every round-*.ts, index.ts and held-out.ts was
 * searched, their doc comments and every `who`: Basque was written, with its "Kaixo" and
 * "Eskerrik asko", no Basque-American English was, nor "Boise", "Basque Block", "Basque
 * Center", "Jaialdi", "Oinkari", "Bizkaia", "Mountain Home", "Treasure Valley", "Nampa",
 * "Elko", "Boise State", "Egun on", "aitite", "Agur", "hanging weight", "cut sheet" or "Big
 * Chief", "Kuna" only inside Swahili and Somali words, "amama" only inside a Tok Pisin
 * "papamama", "caterers" and "spit" only elsewhere and "wool" only in other people's
 * trades and exclusions; the Englishes of Somerset, Bristol, Cornwall, Scilly
 * and the Isle of Wight were used, no English of Dorset was, nor "Dorset", "Portland",
 * "Portlander", "kimberlin", "Tophill", "Underhill", "Chesil", "Weymouth", "Dorchester",
 * "Whitbed", "quarrymen", "Tout Quarry", "R-word", "underground mutton", "banker" as a
 * bench, "goggles", "dust mask", "garden wall", "Attwooll" or "Filofax", "dreckly" and
 * "proper job" only elsewhere and "the bill" only as a bill to pay; Finnish was written
 * and the Finnish English of Oulu used, with its "No niin" and "Kiitos, moi moi", and the
 * Northern Ontario English of Sudbury, with its "camp", no Finnish-Canadian English was,
 * nor "Thunder Bay", "the Lakehead", "Sleeping Giant", "Bay Street", "Hoito", "Finlandia",
 * "Port Arthur", "Kenora", "Confederation College", "löyly", "kiuas", "vihta", "pulla",
 * "mojakka", "sisu", "Mummu", "Vaari" or "hei hei", "sauna" only as what others left out
 * or did after a race, "massage" only in other people's trades and exclusions and
 * "curling" only at a Huntly rink; the Kenyan Englishes of Kericho, Kisumu and Mombasa were used and
 * Swahili was mixed with English in Nairobi, no English of Iten or the Kerio Valley was,
 * nor "Iten", "Kalenjin", "Kerio", "Kamariny", "murram", "mursik", "ugali", "Chamgei",
 * "Kongoi", "Home of Champions", "Eldoret", "fartlek", "pacemaker", "steeplechase",
 * "Jepkosgei" or "Maasai Mara", "safari" only in Arusha, "M-Pesa" and "exercise book" only
 * elsewhere and "guest book" only as a guest who books; the Malaysian Englishes of Penang,
 * Mukah and Kundasang were used and Malay was written in Skudai, no English of Melaka was,
 * nor "Melaka", "Malacca", "Kristang", "Eurasian", "Portuguese Settlement", "Ujong Pasir",
 * "curry debal", "devil curry", "sugee", "pang susi", "branyo", "bong dia", "mutu merseh",
 * "DuitNow", "adoi", "Fernandis" or "midnight mass", "lah" only in other Malaysian,
 * Singaporean and Bruneian Englishes and inside other words, "San Pedro" only for Belize's
 * hotels, "festa" only for other people's parish feasts, "sambal" only in Brunei and "555"
 * only inside phone numbers; a dozen
 * Australian Englishes from Broome to Tasmania were used, Alice Springs the last, no
 * English of Lord Howe Island was, nor "Lord Howe", "Gower", "Lidgbird", "Ned's Beach",
 * "woodhen", "Kentia", "Port Macquarie" or "glass-bottom", "little island" only for Lihou,
 * "g'day" and "reckons" only elsewhere and "snorkel" only in other people's trips; Norwegian was
 * written and the Norwegian English of Lofoten used, no English of the Sámi was, nor
 * "Sámi", "Saami", "Karasjok", "Tromsø", "Finnmark", "Porsanger", "siida", "vidda",
 * "reindeer", "earmark", "snowscooter", "slaughterhouse", "wolverine", "duodji", "gákti",
 * "lavvu", "joik", "Bures", "Giitu", "Hætta" or "sleigh", "shoebox" only as other people's
 * background; the Arabic Englishes of Amman, Aleppo, Beirut, Cairo, Basra and the Gulf
 * were used and Arabic was written, no Palestinian English was, nor "Bethlehem", "Beit
 * Sahour", "Palestinian", "Manger Square", "Star Street", "olive wood", "nativity",
 * "mother-of-pearl", "jiddo", "Ahlan", "Qumsieh" or "back of the invoice", "marhaba" only
 * in Amman, Aleppo and Arabizi, "ya3ni" only in Arabizi, "engraving" only as somebody
 * else's trade, "pilgrims" only at a Portomarín hostel and "sitti" only inside "sitting"): the
 * Basque-American English of Boise, in long paragraphs ("Egun on", "my aitite", "my
 * amama", "the Basque Block", "the outfit", "the herders", "Jaialdi", "cut sheets",
 * "hanging weight", "that's my brother's end of it, not the lambs'", "we're not caterers,
 * cross that off", "Agur, and thank you"), the Dorset English of Portland, in between
 * ("Alright?", "the Island", "us Portlanders", "kimberlins", "Tophill", "the Bill", "the
 * R-word", "underground mutton", "a banker", "our Darren", "that's our
 * Darren's lookout, not ours", "don't you go putting that in", "Cheers then"), the
 * Finnish-Canadian English of Thunder Bay, in long paragraphs ("Hi there from the
 * Lakehead", "my Mummu and Vaari", "Bay Street", "the kiuas", "löyly", "a vihta", "pulla",
 * "sisu", "the Hoito", "camps", "SOW-na, not SAW-na", "that's my cousin's business,
 * nothing to do with the sauna", "we don't do massage, so you can forget that one",
 * "Thanks a bunch, hei hei"), the Kalenjin-coloured Kenyan English of Iten, in short plain
 * sentences ("Chamgei", "the Home of Champions", "Kamariny", "murram roads", "mursik",
 * "ugali", "the pacemakers", "That is my uncle's business, not the camp's", "We don't sell
 * shoes", "Kongoi, thank you"), the Kristang-coloured Malaysian English of Melaka's
 * Portuguese Settlement, in lower-case fragments ("bong dia", "the settlement", "my
 * mummy", "curry debal", "sugee cake", "pang susi", "adoi", "full already", "thats my
 * uncle's thing not ours", "skip that one", "mutu merseh"), the Australian English of Lord
 * Howe Island, in terse lower-case fragments ("hey", "the island", "gower", "little
 * island", "woodhens", "the lodges", "mums thing not the api's", "skip those"), the Sámi
 * English of Karasjok, in short plain sentences ("Bures", "the siida", "the vidda", "the
 * coast", "the calf marking", "our earmark", "the snowscooter", "the Agriculture Agency",
 * "the State Administrator", "That is my aunt's work, not ours", "We do not do tourism",
 * "Giitu"), and the Palestinian English of Bethlehem, in between ("Ahlan", "Beit Sahour",
 * "Star Street", "Manger Square", "ya'ni", "my sitti", "the pilgrims", "church shops",
 * "that's my uncle's workshop, not for this library", "the shipping company does that,
 * leave it", "peace from Bethlehem"). One writes in Ligurian (never used before: Italian
 * was written, and Neapolitan, Sicilian, Corsican, Friulian, Sardinian and Venetian,
 * Ligurian never, nor "Ligurian", "Genoese", "Zeneize", "Zena", "Prà", "baxaicò", "pesto",
 * "messé", "madonnâ", "bitêga", "vergheugna", "roba nòstra", "lascemmo stâ", "ancheu",
 * "mortâ" or "Graçie", "basil" only inside other words, "Genova" only as a Lofoten
 * stockfish buyer's town and "quaderno" only in Neapolitan; as a Prà grower's daughter
 * types it, in between, in the spelling Genoese people type their own language in, with
 * the words a basil grower of Prà really uses: "Bongiorno a tutti", "Zena", "o baxaicò",
 * "e serre", "e fasce", "mæ poæ", "mæ fræ", "o mæ messé", "e bitêghe", "quelli do pesto",
 * "mazzetti", "co-e reixe", "o quaderno", "Che vergheugna!", "computer", "password",
 * "internet", "no l'é roba nòstra", "lascemmo stâ", "Graçie, ciao"), and one in Assamese
 * (Assamese script, never used before: Bengali was written and the Assamese English of
 * Jorhat used, with its "Namaskar", Assamese itself never, its letter ৰ in no file, nor
 * "Majuli", "Kamalabari", "Nimati", "Brahmaputra", "bhutbhuti", "dolphin", "ভুটভুটী",
 * "মাজুলী", "নমস্কাৰ", "মুখা" or "ডলফিন", "ধন্যবাদ" only in Bengali; as a Kamalabari ferry
 * owner types it, in between, with the words Majuli really uses and the English ones
 * Assamese people write in Assamese letters: "নমস্কাৰ", "ভুটভুটী", "ঘাট", "ৰাস",
 * "ব্ৰহ্মপুত্ৰ", "বানপানী", "বিপদসীমা", "কুঁৱলী", "লাইফ জেকেট", "টিকট", "বুক", "এপ",
 * "নেটৱৰ্ক", "খাতা", "কি লাজ!", "এইটো আমাৰ কাম নহয়", "এইটো নিদিব", "বহুত ধন্যবাদ").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Boise family's lambs (spring and fall only, a whole or a half at $9.50 a pound
 * hanging weight, $100 and $50 deposits, orders closed on March 1 and September 1, a cut
 * sheet on every order, pickup on the Basque Block and nothing shipped, two whole lambs a
 * family, no hormones), a Portland mason's stone carving weekends (9 till 4 from April to
 * October, eight on a course, nobody under 16, £240 with the stone and the tools, goggles
 * and a dust mask, no power tools for beginners, carvings never posted, £30 kept on an
 * early cancel, the yard shut over 40 mile an hour) and an Iten training camp for runners
 * from abroad (a week at least, $45 and $30 a day with meals, group runs at 6 but on
 * Sunday, five easy days for the altitude, a pacemaker in front and behind, nobody alone
 * on the murram after dark, no alcohol, $30 from Eldoret, half down and half back 30 days
 * out); phone apps for a Melaka family's Kristang Christmas food (orders from the 1st to
 * the 18th of December, collected on the 23rd or 24th and never delivered, priced by the
 * pot, the cake and the ten, half down by DuitNow, 40 pots a year, never less spicy) and a
 * Majuli family's ferries (7 to 3 and nothing after dark, 60 people, 4 cars and 15
 * motorbikes a boat, ₹30, ₹100 and ₹1,200, cars booked the day before, life jackets, no
 * crossing over the danger mark or in fog), the second working without signal; programs
 * on one computer for a Thunder Bay public sauna (rooms by the hour and a half at $32 and
 * $65, nobody under 12 without a parent, nobody who's been drinking, towels and vihtas,
 * fifteen minutes to clean, the room gone at 15 minutes late, nothing paid ahead) and a
 * Prà family's basil (cut before ten, sold to the shops with the roots, no chemical ever,
 * ordered by six for the morning, the pesto makers paying at the end of the month, nothing
 * to anyone two months unpaid); a service without screens, in Go with Postgres, for Mount
 * Gower climbs on Lord Howe Island (a licensed guide, 20 a day, three days a week from
 * Little Island, $220, no climb after rain, turned back at the ropes without a refund); a
 * Ruby library for a Bethlehem workshop's olive-wood prices (the price list passed in,
 * nativity sets by the figure, 20% off for church shops from 50 pieces, shipping by the
 * kilo and zone, nothing over a metre shipped, rounded up to the dollar); and a
 * command-line tool in Rust with SQLite for a Karasjok family's reindeer (the calf marking
 * in July, the count reported by 1 April, 400 animals at most, the slaughter from
 * September to December paid by the kilo, predator losses reported within 7 days), with
 * commands and flags. The Lord Howe developer and the Melaka daughter answer in lower-case
 * fragments, the first tersely, the Boise woman and the Thunder Bay sauna keeper in long
 * paragraphs, the Iten camp manager and the Karasjok developer in short plain sentences,
 * the others in between.
 *
 * Relations said plainly ("One order is for one customer, and a customer can order every
 * season", "One booking's one person on one weekend, and a weekend's got up to eight
 * bookings", "One booking is for one runner. One room has many bookings", "One booking is
 * one customer in one room, and a room has lots of bookings every day", "1 order is 1 item
 * for 1 customer, 1 customer can have many orders", "1 booking is 1 climber on 1 climb, 1
 * climb has many bookings", "One slaughter is one trip to the slaughterhouse. One year has
 * many slaughters", "Un ordine o l'é de un cliente solo, ma un cliente o fa tanti ordini",
 * "এখন টিকট এটা যাত্ৰাৰ, আৰু এটা যাত্ৰাত বহুত টিকট"); allowed values in the lists and
 * sentences themselves (whole or half, deposit paid or not, picked up or not, paid or not,
 * single or shared, airport pickup yes or no, half paid yes or no, all paid yes or no,
 * small or big, regular or not, came or not, deposit paid y/n, collected y/n, paid y/n,
 * cancelled y/n, calf or adult, reported yes or no, portòu sci ò no, pagòu sci ò no, মানুহ
 * নে বাইক নে গাড়ী, টকা দিছে নে নাই) and in brackets (a lamb order's season, the collect
 * day, a Prà customer's tipo, where a ferry trip leaves from); background on a Big Chief
 * tablet and in checks in the mail, on Facebook and in a Filofax, in a guest book and on
 * WhatsApp, in a ledger at the counter, in a 555 book and on whatsapp, on the phone and in
 * a diary on the fridge, in a notebook and a plastic folder, on the back of the invoice,
 * in a quaderno, in a খাতা; technology named as Go with Postgres, Ruby and Rust with
 * SQLite, and none at all by seven of them; "no" said as "that's my brother's end of it,
 * not the lambs'", "we're not caterers, cross that off", "that's our Darren's lookout, not
 * ours", "don't you go putting that in", "That is my uncle's business, not the camp's",
 * "We don't sell shoes", "that's my cousin's business, nothing to do with the sauna", "we
 * don't do massage, so you can forget that one", "thats my uncle's thing not ours", "skip
 * that one", "mums thing not the api's", "skip those", "That is my aunt's work, not ours",
 * "We do not do tourism", "that's my uncle's workshop, not for this library", "the
 * shipping company does that, leave it", "no l'é roba nòstra", "lascemmo stâ", "এইটো আমাৰ
 * কাম নহয়", "এইটো নিদিব"; while rules keep their "no" ("no single cuts", "we don't ship",
 * "No goggles, no chisel", "we don't post them", "Nobody runs alone", "doesn't get in",
 * "nobody pays ahead", "cannot make less spicy", "theres no climb", "no refund", "are not
 * shipped", "Nisciun trattamento chimico, mai", "কোনো ভুটভুটী নচলে", "ভাড়া নালাগে").
 *
 * The Boise woman takes the town off the customers and puts who's picking up on the
 * orders, the Iten camp manager takes the best time off the pacemakers and puts the flight
 * number on the bookings, and the Melaka daughter takes the address off the customers and
 * puts a remark on the orders, each after "Change something" at "Your data"; the Thunder
 * Bay sauna keeper puts how many people on the bookings, the Karasjok developer puts who
 * found it on the losses, the Bethlehem developer takes the engraving out of the library
 * and the Majuli ferry owner puts the phone number (ফোন নম্বৰ) on the tickets (টিকট), each
 * at the review. Ligurian, in Latin letters, is compared by its own words, accents and
 * hyphens and all, and Assamese by its letters in Latin script, so their expected words
 * are in the forms the person used (as "chi no paga da doî meixi no ghe demmo ciù ninte",
 * "কুঁৱলী থাকিলেও ভুটভুটী নচলে"); every expected feature was checked to be in one line the
 * person said, and the excluded words of all ten were checked not to read like anything
 * they want (not "lamb" or "sheep" for the wool and the spit roasts, when lambs are the
 * whole trade, but "wool" and "spit"; not "stone" or "weekend" for the brother's cliffs
 * and the garden walls, when the stone is in the price, but "climbing" and "garden wall";
 * not "room" or "sauna" for the cousin's stoves and the massage, but "stoves" and
 * "massage"; not "runners" or "airport" for the uncle's safaris and the shoes, but
 * "safari" and "shoes"; not "pot" or "christmas" for the uncle's boats and the weddings,
 * but "boats" and "wedding"; not "climb" or "island" for the mother's lagoon trips and the
 * charters, but "glass-bottom" and "fishing"; not "reindeer" or "herd" for the aunt's
 * handicraft and the tourists' rides, but "duodji" and "sleigh"; not "wood" or "shipping"
 * for the uncle's shell work and the papers, when shipping is a rule, but
 * "mother-of-pearl" and "customs", and "engraving" once taken out; not "baxaicò" or
 * "pesto" for the sister's courses and the little pots, when the pesto makers are
 * customers, but "corsi" and "vasetti"; not "ভুটভুটী" or "নাও" for the uncle's masks and
 * the dolphin trips, but "মুখা" and "ডলফিন").
 */
export const SIXTY_FIRST_ROUND: Persona[] = [
  {
    id: "boise-basque-lambs",
    who: "A woman in Boise, Idaho, granddaughter of a sheepherder who came over from Bizkaia in 1912, whose brother and nephew run the family's sheep outfit out past Mountain Home and sell spring lambs for Easter and fall lambs in October, mostly to Basque families around the Treasure Valley, in the Basque-American English of Boise, in long paragraphs ('Egun on', 'my aitite', 'my amama', 'the Basque Block', 'the outfit', 'the herders', 'Jaialdi', 'cut sheets', 'hanging weight', \"that's my brother's end of it, not the lambs'\", \"we're not caterers, cross that off\", 'Agur, and thank you'): a website where customers order and pay a deposit without an account, she and her nephew see everything and the money and the butcher shop in Kuna sees the week's cut sheets, lambs sold twice a year only, spring lambs for Easter and fall lambs in October, a whole or a half lamb and no single cuts, $9.50 a pound hanging weight with the cutting and wrapping in it, a $100 deposit on a whole lamb and $50 on a half with the rest at pickup, spring orders closed on March 1 and fall orders on September 1, a cut sheet on every order, pickup on the Basque Block on the Saturday before Easter and the first Saturday of October and nothing shipped, two whole lambs a family at most, grass-fed on the range and never any hormones, the deposit kept on a cancel after the orders close; records told in sentences ('Every customer has …', 'Every order has …', 'And every pickup day has …') with whole or half, deposit paid or not and picked up or not in them and the season (spring or fall) in brackets, an order one customer's and a customer ordering every season; a Big Chief tablet by the phone and checks in the mail today; the wool \"that's my brother's end of it, not the lambs'\", a lamb on a spit for people's picnics \"we're not caterers, cross that off\"; the town taken off the customers and who's picking up put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Egun on! I'm Maite Goicoechea, and I live in Boise, three blocks from the Basque Block, in the house my amama bought in 1946. My aitite came over from Bizkaia in 1912 to herd sheep in the desert out past Mountain Home, and he was a herder for eleven years before he had a band of his own. My brother Joe still runs the outfit out there, with his boy Mikel, and twice a year we sell lambs, spring lambs for Easter and fall lambs in October, mostly to Basque families around the Treasure Valley who want a lamb for the table the way their amamas did it, and more and more to folks who just want good lamb. Right now I take the orders on the phone and write them on a Big Chief tablet by the phone, and people mail me checks for the deposit, and if that tablet ever goes missing we're sunk. The week before Easter last year I'd promised three of the same lambs twice, and a family from Nampa drove all the way up to the Basque Block on the Saturday for their Easter lamb and there wasn't one for them. Their amama didn't speak to me the whole of Jaialdi that summer, and in our community that's worse than a lawsuit. Mikel does computers at Boise State and he says he'll build us a website, so here we are.",
      more: "Customers should be able to order their lamb and pay the deposit on the website without making an account, because half of my customers are in their eighties and they'd sooner call me than make up a password. Mikel and I see everything, and the money. And the butcher shop in Kuna that cuts and wraps for us should be able to see the cut sheets for the week, so Dale isn't calling me at supper to ask whether the Etcheverrys wanted their leg whole or in steaks.",
      walkthrough:
        "Well, I'll tell you how we do it, and you'll have to bear with me, some of these rules are my brother's and he doesn't bend on them.\n\nWe sell lambs twice a year only, spring lambs for Easter and fall lambs in October, because that's when the lambs are ready, and the rest of the year there's nothing to sell.\n\nIt's a whole lamb or a half lamb, and no single cuts, we can't be left with forty necks and no legs.\n\nThe price is $9.50 a pound hanging weight, and the cutting and the wrapping are in that price.\n\nWhen you order you pay a deposit, $100 on a whole lamb and $50 on a half, and the rest when you pick it up.\n\nThe orders for spring close on March 1, and the orders for fall close on September 1, because Joe has to know how many to keep back from the sale.\n\nEvery order has a cut sheet, so the butcher knows how you want it: chops, the leg whole or in steaks, the shoulder as a roast or stew meat, and whether you want ground.\n\nPickup is on the Basque Block, on the Saturday before Easter and on the first Saturday of October, and we don't ship, not anywhere, not even to my cousins in Elko.\n\nNobody gets more than two whole lambs, so there's enough for the families who've bought from us for forty years.\n\nOur lambs are grass-fed out on the range and never get hormones, not ever, Joe would sooner sell the outfit.\n\nIf you cancel after the orders close, the deposit stays with us, because by then your lamb's been kept back for you.",
      things:
        "Every customer has a name, a phone number, an email and the town they live in. Every order has the customer, the season (spring or fall), whole or half, the cut sheet, the hanging weight, deposit paid or not and picked up or not. And every pickup day has the date and how many lambs Joe is bringing in. One order is for one customer, and a customer can order every season, some of ours have ordered every Easter since Carter was president.",
      thingsChange:
        "Oh, hold on, two things. Take the town off the customers, I don't know why I said that, I never use it. And put who's picking up on the orders, because half the time it's a son-in-law I've never laid eyes on and I want to know who to hand the lamb to.",
      extras: [
        "The wool goes to the wool pool every spring after shearing, that's my brother's end of it, not the lambs'. And people are always asking if we'll roast a lamb on a spit for their picnic or their reunion, we're not caterers, cross that off.",
        "That's everything I can think of. Agur, and thank you.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Customers order and pay the deposit without an account. Mikel and I see everything and the money. The butcher shop in Kuna sees the week's cut sheets.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "sell lambs twice a year only spring lambs for Easter fall lambs in October",
        "a whole lamb or a half lamb no single cuts",
        "$9.50 a pound hanging weight cutting and wrapping are in that price",
        "deposit $100 on a whole lamb $50 on a half rest when you pick it up",
        "orders for spring close on March 1 orders for fall close on September 1",
        "every order has a cut sheet",
        "pickup is on the Basque Block Saturday before Easter first Saturday of October we don't ship",
        "nobody gets more than two whole lambs",
        "grass-fed never get hormones",
        "cancel after the orders close the deposit stays with us",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone number", "email"] },
        {
          name: "orders",
          fields: [
            "customer",
            "season",
            "whole or half",
            "cut sheet",
            "hanging weight",
            "deposit paid or not",
            "picked up or not",
            "who's picking up",
          ],
        },
        { name: "pickup days", fields: ["date", "how many lambs"] },
      ],
      excluded: ["wool", "spit"],
      background: ["Big Chief tablet"],
    },
  },
  {
    id: "portland-stone-carving",
    who: "A banker mason on the Isle of Portland, at the bottom of Dorset, whose grandad and father were quarrymen on Tophill and who runs weekend stone carving courses in his yard for visitors, in the Dorset English of Portland, in between ('Alright?', 'the Island', 'us Portlanders', 'kimberlins', 'Tophill', 'the Bill', 'the R-word', 'underground mutton', 'a banker', 'our Darren', \"that's our Darren's lookout, not ours\", \"don't you go putting that in\", 'Cheers then'): a website where people see which weekends have places, book and pay without an account, he and his wife see everything and the money and the other tutor sees who's on his weekend, courses at weekends only, Saturday and Sunday from 9 till 4, from April to October, eight people a course at the most with one banker each, nobody under 16 and under 18 only with a mum or dad on the course, £240 the weekend with the stone and the tools and not the lunch, goggles and a dust mask for everybody cutting, a mallet and chisels only for beginners and no power tools, the carving taken home on the Sunday and never posted, the money back less £30 on a cancel more than four weeks before and another weekend but no money after, the yard shut over 40 mile an hour and another weekend given; records spread over sentences ('First off there's the weekends, each one with …', 'Then the people that come, we want …', 'And the bookings, that's …') with paid or not in them, a booking one person on one weekend and a weekend with up to eight bookings; the phone, Facebook and his wife's Filofax today; his brother's climbing on the cliffs down the Bill \"that's our Darren's lookout, not ours\", selling stone for garden walls \"don't you go putting that in\"",
    says: {
      overview:
        "Alright? Gary Attwooll, from Portland, the Island, right down the bottom of Dorset. My grandad and my dad were quarrymen up Tophill, and I've been a banker mason thirty-odd year, that's a mason who works the stone on a bench, a banker, not a bloke in a suit. These days, weekends, I teach kimberlins to carve Portland stone in my yard, that's what us Portlanders call anybody not from the Island, no offence meant. Mind, this is Portland, so nobody says the R-word, underground mutton we call them, don't ask. Right now the bookings come in on the phone and on Facebook and Tracy writes them in her Filofax. Back in September she put a family from Leeds on a weekend that was already full, and I had twelve people stood in my yard and eight bankers. Three of them drove home without touching a chisel, and they gave us one star and a right earful on top. My daughter Jade does websites over Weymouth and she says she'll sort us one out.",
      more: "People want to see which weekends have got places, book and pay on the website, no account, most of them only come the once. Me and Tracy see everything, and the money. And Phil, who teaches the weekends when I'm away, wants to see who's on his.",
      walkthrough:
        "Right, here's how it goes.\nCourses are weekends only, Saturday and Sunday, 9 till 4, from April to October. In the winter the yard's too cold and the stone's wet through.\nEight people on a course at the most, there's only eight bankers.\nNobody under 16, and under 18 they come with a mum or dad on the course.\nIt's £240 for the weekend, the stone and the tools are in that, lunch isn't.\nEverybody wears goggles and a dust mask when they're cutting. No goggles, no chisel.\nBeginners get a mallet and chisels only, no power tools. The grinder's for me and Phil.\nYou take your carving home with you on the Sunday, we don't post them, they weigh a ton.\nCancel more than four weeks before and you get your money back less £30. After that you can have another weekend but no money back.\nIf the wind's over 40 mile an hour we shut the yard, we're right up on Tophill and the sheets go flying, and you get another weekend.",
      things:
        "First off there's the weekends, each one with its dates, who's teaching it, me or Phil, and how many places are left. Then the people that come, we want their name, their email, their phone and their age if they're under 18. And the bookings, that's the person, the weekend, paid or not and what they want to carve, a letter, an ammonite, a little owl, whatever takes their fancy. One booking's one person on one weekend, and a weekend's got up to eight bookings.",
      extras: [
        "Our Darren, my brother, takes folk climbing on the cliffs down the Bill, that's our Darren's lookout, not ours. And people are forever on at me to sell them a bit of stone for their garden wall, we don't sell stone, don't you go putting that in.",
        "That's me done. Cheers then.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "People book and pay without an account. Me and Tracy see everything and the money. Phil sees who's on his weekend.",
    },
    expect: {
      kind: "web app",
      features: [
        "weekends only Saturday and Sunday 9 till 4 from April to October",
        "eight people on a course at the most",
        "nobody under 16 under 18 they come with a mum or dad",
        "£240 for the weekend stone and the tools are in that lunch isn't",
        "everybody wears goggles and a dust mask when they're cutting",
        "beginners get a mallet and chisels only no power tools",
        "take your carving home on the Sunday we don't post them",
        "cancel more than four weeks before money back less £30 after that another weekend no money back",
        "wind's over 40 mile an hour we shut the yard another weekend",
      ],
      tables: [
        { name: "weekends", fields: ["dates", "who's teaching", "how many places are left"] },
        { name: "people", fields: ["name", "email", "phone", "age"] },
        { name: "bookings", fields: ["person", "weekend", "paid or not", "what they want to carve"] },
      ],
      excluded: ["climbing", "garden wall"],
      background: ["Facebook", "Filofax"],
    },
  },
  {
    id: "iten-running-camp",
    who: "A former steeplechaser in Iten, on the edge of the Kerio Valley in Elgeyo-Marakwet, who with her husband runs a small training camp for runners from abroad, with rooms for 14, at 2,400 metres, in the Kalenjin-coloured Kenyan English of Iten, in short plain sentences ('Chamgei', 'the Home of Champions', 'Kamariny', 'murram roads', 'mursik', 'ugali', 'the pacemakers', \"That is my uncle's business, not the camp's\", \"We don't sell shoes\", 'Kongoi, thank you'): a website where runners book and pay half without an account, she and her husband see everything and the money and the pacemakers see the runners for each day's run, one week at least, a single room $45 a day and a shared room $30 with all meals, group runs from the gate at 6 in the morning every day but Sunday, the track at Kamariny on Tuesday, the long run on Thursday and fartlek on Saturday, every new runner easy for the first five days, a pacemaker in front and one behind on every group run, nobody running alone on the murram roads after dark, no alcohol in the camp, quiet from half past nine at night, the pickup from Eldoret airport $30 each way, half paid by bank transfer on booking and the rest in cash on arrival, half back on a cancel 30 days before and nothing after; records after colons on lines with single or shared, airport pickup yes or no, half paid yes or no and all paid yes or no in them, a booking one runner's and a room with many bookings; a guest book and WhatsApp today; her uncle's safaris to the Maasai Mara \"That is my uncle's business, not the camp's\", running shoes \"We don't sell shoes\"; the best time taken off the pacemakers and the flight number put on the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Chamgei! My name is Nancy Jepkosgei. I live in Iten, the Home of Champions. I ran the steeplechase for Kenya before. Now my husband Kiprop and I have a training camp. Runners come from Europe, America and Japan. They train with us at 2,400 metres. They eat ugali and drink mursik like us. We have rooms for 14 runners. Now I write the bookings in the guest book. The runners send WhatsApp messages. In January I gave the same room to two runners from Germany. One arrived at midnight from Eldoret. He slept on the sofa for three nights. He wrote about it on a running forum. Many runners read it. My nephew studies IT in Eldoret. He will make a website for us.",
      more: "Runners book on the website and pay half. They don't need an account. My husband and I see everything and the money. Our pacemakers are local athletes. They should see which runners are in each day's run.",
      walkthrough:
        "These are our rules.\nRunners stay one week at least. Most stay four weeks.\nA single room is $45 a day. A shared room is $30 a day. All meals are included.\nGroup runs leave the gate at 6 in the morning. Every day except Sunday.\nTuesday is the track at Kamariny. Thursday is the long run. Saturday is fartlek.\nThe first five days every new runner runs easy. It is the altitude.\nEvery group run has one pacemaker in front and one behind.\nNobody runs alone on the murram roads after dark.\nNo alcohol in the camp.\nQuiet from half past nine at night.\nPickup from Eldoret airport is $30 each way.\nHalf is paid by bank transfer when booking. The rest in cash on arrival.\nIf a runner cancels 30 days before, half is returned. After that, nothing.",
      things:
        "Runners: name, country, email, phone, best time\nRooms: number, single or shared, price a day\nBookings: runner, room, arrival date, departure date, airport pickup yes or no, half paid yes or no, all paid yes or no\nPacemakers: name, phone, best time\nOne booking is for one runner. One room has many bookings.",
      thingsChange:
        "Two things. Remove the best time from the pacemakers. We know them all. And add the flight number to the bookings. For the airport pickup.",
      extras: [
        "My uncle takes runners on safari to the Maasai Mara after the camp. That is my uncle's business, not the camp's. Some runners ask to buy running shoes from us. We don't sell shoes.",
        "That is all. Kongoi, thank you.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Runners book and pay half without an account. My husband and I see everything and the money. The pacemakers see the runners for each day's run.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "runners stay one week at least",
        "single room is $45 a day shared room is $30 a day all meals are included",
        "group runs leave the gate at 6 in the morning every day except Sunday",
        "Tuesday is the track at Kamariny Thursday is the long run Saturday is fartlek",
        "first five days every new runner runs easy",
        "every group run has one pacemaker in front and one behind",
        "nobody runs alone on the murram roads after dark",
        "no alcohol in the camp",
        "quiet from half past nine at night",
        "pickup from Eldoret airport is $30 each way",
        "half is paid by bank transfer when booking rest in cash on arrival",
        "cancels 30 days before half is returned after that nothing",
      ],
      tables: [
        { name: "runners", fields: ["name", "country", "email", "phone", "best time"] },
        { name: "rooms", fields: ["number", "single or shared", "price a day"] },
        {
          name: "bookings",
          fields: [
            "runner",
            "room",
            "arrival date",
            "departure date",
            "airport pickup yes or no",
            "half paid yes or no",
            "all paid yes or no",
            "flight number",
          ],
        },
        { name: "pacemakers", fields: ["name", "phone"] },
      ],
      excluded: ["safari", "shoes"],
      background: ["guest book", "WhatsApp"],
    },
  },
  {
    id: "thunder-bay-sauna",
    who: "A woman in Thunder Bay, on the north shore of Lake Superior, whose Finnish grandparents opened a public sauna on Bay Street in 1959 that she runs now with her son, with four small private sauna rooms and one big one let by the hour and a half, in the Finnish-Canadian English of Thunder Bay, in long paragraphs ('Hi there from the Lakehead', 'my Mummu and Vaari', 'Bay Street', 'the kiuas', 'löyly', 'a vihta', 'pulla', 'sisu', 'the Hoito', 'camps', 'SOW-na, not SAW-na', \"that's my cousin's business, nothing to do with the sauna\", \"we don't do massage, so you can forget that one\", 'Thanks a bunch, hei hei'): a program on the counter computer with no password and no internet needed, for her and her son, open every day from 3 in the afternoon to 11 at night and from noon on Saturday and Sunday, the rooms let by the hour and a half, a small room for one or two at $32 and the big room for up to six at $65, nobody under 12 without a parent and nobody under 16 on their own, no alcohol and nobody who's been drinking let in, a shower before the sauna, towels $2 and a birch vihta $8, fifteen minutes between bookings to clean, the room given to the next person when somebody's more than 15 minutes late, paid at the counter in cash or debit and nothing paid ahead; records after dashes on lines with small or big, regular or not, paid or not and came or not in them, a booking one customer's in one room and a room with lots of bookings; a big ledger at the counter and the phone today; her cousin's sauna stoves for people's camps \"that's my cousin's business, nothing to do with the sauna\", massage \"we don't do massage, so you can forget that one\"; how many people put on the bookings at the review",
    says: {
      overview:
        "Hi there from the Lakehead! I'm Karen Niemi, and I run the sauna on Bay Street in Thunder Bay that my Mummu and Vaari opened in 1959, when half the street still spoke Finnish and you could get your pulla and your sauna and your news from the old country all inside two blocks. We've got five private sauna rooms, four little ones and one big one, each with its own kiuas and its own shower, and people rent them by the hour and a half, the old Finns after work, the university kids on a Friday night, the hockey teams after a game, and the folks who come down off the Sleeping Giant trails half frozen in February. Right now the bookings go in a big ledger at the counter, people phone or just walk in, and my son Eric and I write them in pencil and rub them out. Last February, on the coldest night of the year, we had the big room written in twice, once for a curling team from Kenora and once for a birthday party, and there were eleven people in their parkas in my lobby and one room. Eric gave the birthday girl a little room and a free vihta, but the curlers put it on Facebook and I heard about it at the Hoito the next morning over my pancakes. And by the way it's SOW-na, not SAW-na, my Mummu would turn in her grave. Eric took computer programming at Confederation College and he says he'll make us a proper program for the counter computer.",
      more: "It's just for the computer at the counter, me and Eric, nobody else touches it. No password, it's behind the counter and the till's right there anyhow. We've got the internet, but it's the old line in the building and it goes out whenever it likes, so I'd rather it didn't need it at all.",
      walkthrough:
        "Okay, so here's how we run things, and most of it my Mummu set down in 1959 and we've just never seen a reason to change it, that's the sisu in us, or the stubbornness, my husband says.\n\nWe're open every day from 3 in the afternoon to 11 at night, and on Saturday and Sunday we open at noon.\n\nThe rooms go by the hour and a half, that's long enough for three good rounds of löyly and a cool-down, and nobody needs longer.\n\nA small room, for one or two people, is $32, and the big room, for up to six, is $65.\n\nNobody under 12 comes in without a parent, and nobody under 16 comes in on their own, the heat is serious and kids don't know when to get out.\n\nNo alcohol, not in the rooms and not in the lobby, and anybody who's been drinking doesn't get in, that's how people pass out in a sauna.\n\nEverybody showers before they go in, it's a sauna, not a swamp.\n\nTowels are $2, and a birch vihta is $8, fresh in the summer and out of the freezer in the winter.\n\nThere's fifteen minutes between bookings so we can clean the room and wipe the benches down.\n\nIf you're more than 15 minutes late, the room goes to the next person waiting, because there's always somebody waiting on a Friday.\n\nYou pay at the counter, cash or debit, and nobody pays ahead, we've never done it that way.",
      things:
        "Let's see.\n- rooms - name, small or big, how many people it takes\n- customers - name, phone, regular or not\n- bookings - room, customer, date, start time, towels, vihtas, paid or not, came or not\nOne booking is one customer in one room, and a room has lots of bookings every day.",
      extras: [
        "My cousin Pete builds and sells sauna stoves for people's camps up the shore, that's my cousin's business, nothing to do with the sauna. And people ask us about massage all the time, we don't do massage, so you can forget that one.",
        "That's about it. Thanks a bunch, hei hei!",
      ],
    },
    picks: {
      Kind: ["Something else", "A program for the counter computer, no internet needed"],
      Accounts: "No password. Just me and Eric on the counter computer.",
    },
    atReview: [
      "That looks real good. Just one thing, put how many people on the bookings, the fire inspector asks and the big room can't go over six.",
      "That's it now. Thanks a bunch!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "open every day from 3 in the afternoon to 11 at night Saturday and Sunday we open at noon",
        "rooms go by the hour and a half",
        "small room for one or two people is $32 big room for up to six is $65",
        "nobody under 12 without a parent nobody under 16 on their own",
        "no alcohol anybody who's been drinking doesn't get in",
        "everybody showers before they go in",
        "towels are $2 birch vihta is $8",
        "fifteen minutes between bookings to clean the room",
        "more than 15 minutes late the room goes to the next person",
        "pay at the counter cash or debit nobody pays ahead",
      ],
      tables: [
        { name: "rooms", fields: ["name", "small or big", "how many people it takes"] },
        { name: "customers", fields: ["name", "phone", "regular or not"] },
        {
          name: "bookings",
          fields: [
            "room",
            "customer",
            "date",
            "start time",
            "towels",
            "vihtas",
            "paid or not",
            "came or not",
            "how many people",
          ],
        },
      ],
      excluded: ["stoves", "massage"],
      background: ["ledger"],
    },
  },
  {
    id: "melaka-christmas-orders",
    who: "A young woman in the Portuguese Settlement in Melaka whose mummy cooks Kristang Eurasian food for Christmas, curry debal, sugee cake and pang susi, for families all over Melaka and from KL and Singapore who come down to collect, in the Kristang-coloured Malaysian English of the Portuguese Settlement, in lower-case fragments ('bong dia', 'the settlement', 'my mummy', 'curry debal', 'sugee cake', 'pang susi', 'adoi', 'full already', 'duitnow', \"thats my uncle's thing not ours\", 'skip that one', 'mutu merseh'): a phone app with signal at the house for her and her sister, both seeing everything and the money and the customers and her mummy not using it, orders only from 1 to 18 december, collection on the 23rd or 24th at the house before 8 at night and no delivery, curry debal rm120 a small pot and rm220 a big one, sugee cake rm90 whole and rm50 half, pang susi rm35 for 10, a 50% deposit by duitnow when ordering and the balance on collecting, 40 pots of curry debal a year at most because her mummy cooks every pot herself on the wood fire, never less spicy and the recipe never changed, the deposit kept when an order isn't collected by the 24th at 8; records in brackets inline in lower case with deposit paid y/n and collected y/n in them and the collect day (23 or 24) in brackets, an order one item for one customer and a customer with many orders; a 555 book and whatsapp today; her uncle's boats for the festa san pedro in june \"thats my uncle's thing not ours\", catering people's weddings 'skip that one'; the address taken off the customers and a remark put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "bong dia! im sharon fernandis, from the portuguese settlement in melaka. my mummy cooks kristang food for christmas, curry debal, sugee cake, pang susi, ppl order from all over melaka n some come down from kl n singapore to collect. rn my sister writes the orders in a 555 book n the rest is whatsapp. last christmas eve 2 families came for the same big pot of curry debal, my mummy only cooked 1. adoi. one aunty cried in our porch n the other aunty told the whole parish after midnight mass. so my cousin who does IT in kl is making an app for our phones",
      more: "only me n my sister use it, on our phones, both can see everything n the money. customers dont use it, they just whatsapp us. my mummy dont do apps lol. got signal at the house so can need internet",
      walkthrough:
        "ok our rules\n- orders only from 1 dec to 18 dec, after that full already\n- collect on 23 or 24 dec at the house in the settlement, before 8pm. no delivery\n- curry debal small pot rm120, big pot rm220\n- sugee cake whole rm90, half rm50\n- pang susi rm35 for 10\n- 50% deposit by duitnow when u order, balance when u collect\n- max 40 pots of curry debal a year, my mummy cooks every pot herself on the wood fire\n- cannot make less spicy, we dont change the recipe\n- not collected by 24th 8pm, deposit not returned",
      things:
        "customers (name, whatsapp, address), items (name, price), orders (customer, item, how many, collect day (23 or 24), deposit paid y/n, collected y/n). 1 order is 1 item for 1 customer, 1 customer can have many orders",
      thingsChange:
        "2 things. take out address from the customers, everybody collects anyway. n put a remark on the orders, ppl always ask for extra sambal or say they bring their own pot",
      extras: [
        "my uncle does the boats for the festa san pedro in june, thats my uncle's thing not ours. n ppl ask us to cater their weddings, skip that one",
        "thats all. mutu merseh!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "only me n my sister, both see everything n the money. customers n my mummy dont use the app",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "orders only from 1 dec to 18 dec",
        "collect on 23 or 24 dec at the house before 8pm no delivery",
        "curry debal small pot rm120 big pot rm220",
        "sugee cake whole rm90 half rm50",
        "pang susi rm35 for 10",
        "50% deposit by duitnow when u order balance when u collect",
        "max 40 pots of curry debal a year",
        "cannot make less spicy dont change the recipe",
        "not collected by 24th 8pm deposit not returned",
      ],
      tables: [
        { name: "customers", fields: ["name", "whatsapp"] },
        { name: "items", fields: ["name", "price"] },
        {
          name: "orders",
          fields: [
            "customer",
            "item",
            "how many",
            "collect day",
            "deposit paid y/n",
            "collected y/n",
            "remark",
          ],
        },
      ],
      excluded: ["boats", "wedding"],
      background: ["555 book", "whatsapp"],
    },
  },
  {
    id: "lord-howe-gower-api",
    who: "A developer on Lord Howe Island, 600 kilometres off the New South Wales coast, working remote for a bank in Sydney, whose dad is one of the licensed guides who take visitors up Mount Gower, in the Australian English of Lord Howe Island, in terse lower-case fragments ('hey', 'the island', 'gower', 'little island', 'woodhens', 'the lodges', \"mums thing not the api's\", 'skip those'): a service without screens, in Go with Postgres, that the lodges' booking pages and his dad's phone call with API keys, him and his dad as admins and climbers booking with a name and an email and no password, the climb only with a licensed guide and nobody up alone, 20 climbers a day at most, climbs on Monday, Thursday and Saturday leaving Little Island at 7:30 and back about 4, nobody under 12 and under 18 only with a parent, $220 a climber and lunch not in it, no climb after rain in the last 24 hours and another day or the money back, the guide turning anybody back at the ropes with no refund, bookings closed at 6 the night before, a full refund 48 hours ahead and nothing after; records after colons inline in lower case with paid y/n and cancelled y/n in them, a booking one climber on one climb and a climb with many bookings; the phone and a diary on the fridge today; his mum's glass-bottom boat trips on the lagoon \"mums thing not the api's\", fishing charters 'skip those'; Go and Postgres",
    says: {
      overview:
        "hey. sam, dev on lord howe, remote for a bank in sydney. dad's one of the licensed guides for gower, takes ppl up past the woodhens 3 days a week. rn its the phone n a diary on the fridge, n the lodges ring him. easter he had 26 booked for 20 spots, 2 lodges booked the same ppl twice plus a few extra. had to send 6 home from little island at 7am n they flew out the next day. not great on an island of 400. so an api",
      more: "api only, no screens. the lodges booking pages n dads phone call it, each w a key. me n dad r admins. climbers give a name n email, no password",
      walkthrough:
        "rules\n1. gower only w a licensed guide, nobody goes up alone\n2. max 20 climbers a day\n3. climbs mon, thu n sat, leave little island 7:30, back about 4\n4. no one under 12, under 18 only w a parent\n5. $220 a climber, lunch not incl\n6. rain in the last 24 hrs n theres no climb, another day or money back\n7. guide can turn anyone back at the ropes, no refund\n8. bookings close 6pm the night before\n9. cancel 48 hrs before full refund, after that nothing",
      things:
        "climbers: name, email, phone, lodge. climbs: date, guide, spots left. bookings: climber, climb, paid y/n, cancelled y/n. guides: name, licence number, phone. 1 booking is 1 climber on 1 climb, 1 climb has many bookings",
      extras: [
        "mums glass-bottom boat trips on the lagoon, mums thing not the api's. fishing charters, skip those",
        "thats it",
      ],
      tech: "go, n postgres. thats what i use at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the lodges booking pages n dads phone get api keys. me n dad r admins. climbers book w name n email, no password",
      Technology: "I have preferences",
      "Back end": "Go",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "gower only w a licensed guide nobody goes up alone",
        "max 20 climbers a day",
        "climbs mon thu n sat leave little island 7:30 back about 4",
        "no one under 12 under 18 only w a parent",
        "$220 a climber lunch not incl",
        "rain in the last 24 hrs no climb another day or money back",
        "guide can turn anyone back at the ropes no refund",
        "bookings close 6pm the night before",
        "cancel 48 hrs before full refund after that nothing",
      ],
      tables: [
        { name: "climbers", fields: ["name", "email", "phone", "lodge"] },
        { name: "climbs", fields: ["date", "guide", "spots left"] },
        { name: "bookings", fields: ["climber", "climb", "paid y/n", "cancelled y/n"] },
        { name: "guides", fields: ["name", "licence number", "phone"] },
      ],
      excluded: ["glass-bottom", "fishing"],
      background: ["diary"],
      stack: ["Go", "Postgres"],
    },
  },
  {
    id: "karasjok-reindeer-cli",
    who: "A developer in Tromsø whose parents and sister herd reindeer in a siida from Karasjok, with winter pastures on the Finnmark plateau (the vidda) and summer pastures on the coast by the Porsangerfjord, in the Sámi English of Karasjok, in short plain sentences ('Bures', 'the siida', 'the vidda', 'the coast', 'the calf marking', 'our earmark', 'the snowscooter', 'the Agriculture Agency', 'the State Administrator', \"That is my aunt's work, not ours\", 'We do not do tourism', 'Giitu'): a Rust command-line tool with SQLite on the laptop his father keeps in the cabin, one file and no internet, for his father and sister, the calf marking in July in the corral on the coast with every calf given the family's earmark that day, the spring count in the report to the Agriculture Agency by 1 April, 400 animals at most in the family's winter herd and the rest slaughtered, the slaughter from September to December at the slaughterhouse in Karasjok with calves and old animals first and young females kept, the slaughterhouse paying by the kilo of carcass weight with calves and adults at different prices, a loss to a predator reported to the State Administrator within 7 days with a photo and the GPS position, the herd to the coast in April and back to the vidda in October, nobody out with the snowscooter on the vidda alone; records told in sentences ('A count has …', 'A marking has …', 'A slaughter has …', 'A loss has …') with calf or adult and reported yes or no in them, a slaughter one trip to the slaughterhouse and a year with many slaughters; a notebook in his father's inside pocket and a plastic folder of slaughterhouse slips today; his aunt's duodji \"That is my aunt's work, not ours\", sleigh rides for tourists 'We do not do tourism'; who found it put on the losses at the review; commands and flags; Rust and SQLite",
    says: {
      overview:
        "Bures! My name is Niillas Hætta. I am a developer in Tromsø. My parents and my sister herd reindeer in a siida from Karasjok. In winter the herd is on the vidda, the Finnmark plateau. In summer it is on the coast by the Porsangerfjord. Now my father writes everything in a notebook in his inside pocket. The slips from the slaughterhouse are in a plastic folder. Last spring the numbers in the report to the Agriculture Agency were wrong. He counted some calves two times. On paper the herd was over the limit. There was a meeting in the siida about it. It was very uncomfortable for my father. So I will make a command-line tool for his laptop.",
      more: "Only my father and my sister use it. On the laptop in the cabin. One file, no internet. On the vidda there is no signal in many places, and in January it is minus 40.",
      walkthrough:
        "These are the rules.\nThe calf marking is in July, in the corral on the coast. Every calf gets our earmark that day.\nThe spring count goes in the report to the Agriculture Agency by 1 April.\nOur family can have at most 400 animals in the winter herd. The rest must be slaughtered.\nWe slaughter from September to December, at the slaughterhouse in Karasjok.\nCalves and old animals go first. Young females we keep.\nThe slaughterhouse pays by the kilo of carcass weight. Calves and adults have different prices.\nA loss to a predator is reported to the State Administrator within 7 days, with a photo and the GPS position.\nThe herd goes to the coast in April and back to the vidda in October.\nNobody drives the snowscooter on the vidda alone. We go two together.",
      things:
        "A count has the date, how many adults and how many calves. A marking has the year, the place and how many calves got our earmark. A slaughter has the date, how many animals, calf or adult, the kilos and the price a kilo. A loss has the date, the predator, calf or adult, the photo, the GPS position and reported yes or no. One slaughter is one trip to the slaughterhouse. One year has many slaughters.",
      commands:
        "Like this: herd count --date 2026-03-28 --adults 372 --calves 96, herd mark --year 2026 --place Porsanger --calves 141, herd slaughter --date 2026-10-12 --animals 18 --kind calf --kilos 396 --price 98, herd loss --date 2026-02-09 --predator wolverine --kind adult --photo IMG_4410.jpg --gps 69.47,25.52, herd reported --loss 7, herd limit (how many over 400), herd report --year 2026 (the numbers for the Agriculture Agency), herd money --year 2026 (kilos and money from the slaughterhouse). My sister will learn it first. Then she will teach my father.",
      extras: [
        "My aunt makes duodji, knives and gákti, and sells them in Karasjok. That is my aunt's work, not ours. Tourists ask for sleigh rides with the reindeer. We do not do tourism.",
        "That is all. Giitu.",
      ],
      tech: "Rust, with clap for the commands, and SQLite. One binary for my father's laptop.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Rust",
    },
    atReview: [
      "It is good. One thing. Please put who found it on the losses. The State Administrator asks for it.",
      "Now it is good. Giitu.",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "calf marking is in July in the corral on the coast every calf gets our earmark that day",
        "spring count goes in the report to the Agriculture Agency by 1 April",
        "at most 400 animals in the winter herd the rest must be slaughtered",
        "slaughter from September to December at the slaughterhouse in Karasjok",
        "calves and old animals go first young females we keep",
        "slaughterhouse pays by the kilo of carcass weight calves and adults have different prices",
        "loss to a predator reported to the State Administrator within 7 days with a photo and the GPS position",
        "herd goes to the coast in April back to the vidda in October",
        "nobody drives the snowscooter on the vidda alone",
      ],
      tables: [
        { name: "counts", fields: ["date", "how many adults", "how many calves"] },
        { name: "markings", fields: ["year", "place", "how many calves"] },
        {
          name: "slaughters",
          fields: ["date", "how many animals", "calf or adult", "kilos", "price a kilo"],
        },
        {
          name: "losses",
          fields: [
            "date",
            "predator",
            "calf or adult",
            "photo",
            "GPS position",
            "reported yes or no",
            "who found it",
          ],
        },
      ],
      excluded: ["duodji", "sleigh"],
      background: ["notebook", "plastic folder"],
      stack: ["Rust", "SQLite"],
      commands: [
        "count",
        "mark",
        "slaughter",
        "loss",
        "reported",
        "limit",
        "report",
        "money",
        "--date",
        "--adults",
        "--calves",
        "--year",
        "--place",
        "--animals",
        "--kind",
        "--kilos",
        "--price",
        "--predator",
        "--photo",
        "--gps",
        "--loss",
      ],
    },
  },
  {
    id: "bethlehem-olive-wood-prices",
    who: "A developer in Beit Sahour, next to Bethlehem, whose family has carved olive wood since his great-grandfather, with a workshop behind the house and a shop on Star Street selling nativity sets, crosses, rosaries and statues to pilgrims, to church shops abroad and online, in the Palestinian English of Bethlehem, in between ('Ahlan', 'Beit Sahour', 'Star Street', 'Manger Square', \"ya'ni\", 'my sitti', 'the pilgrims', 'church shops', \"that's my uncle's workshop, not for this library\", 'the shipping company does that, leave it', 'peace from Bethlehem'): a Ruby library for the family's Rails web shop and the small Rails app at the shop counter, keeping nothing, given the pieces of an order, the customer and the country and giving back the total, the shipping and a line for every piece, the prices passed in from the price list changed every January, a nativity set priced for 12 figures and $8 for every figure more, engraving a name or a date $5 a piece and 30 letters at most, 20% off for church shops ordering 50 pieces or more and nothing off for people, shipping by the kilo at $12 to Europe, $18 to America and $22 anywhere else with $25 at least, pieces over one metre tall not shipped and only picked up at the workshop, a 30% deposit first on a shop's order over $2,000, everything rounded up to the dollar; his father's sums on the back of the invoice with the calculator on his phone today; his uncle's mother-of-pearl \"that's my uncle's workshop, not for this library\", the customs papers 'the shipping company does that, leave it'; the engraving taken out at the review; Ruby",
    says: {
      overview:
        "Ahlan! I'm George Qumsieh, a developer in Beit Sahour, right next to Bethlehem. My family has carved olive wood since my great-grandfather, we have the workshop behind the house and a shop on Star Street, five minutes from Manger Square. We sell nativity sets, crosses, rosaries and statues to the pilgrims, to church shops in Europe and America, and online. Ya'ni, the prices are the problem. My father works every order out on the back of the invoice with the calculator on his phone, and every time it comes out a little different. Before Christmas he quoted a parish shop in Ohio for 200 pieces and forgot the shipping, about $900, and we paid it ourselves. My sitti still talks about it. So I'm writing a library that does the price, the same everywhere.",
      more: "It keeps nothing. You give it the pieces in the order, who the customer is, a church shop or a person, and the country, and it gives back the total, the shipping and a line for every piece. It goes in our web shop, which is Rails, and in the little Rails app we use at the shop counter, so the same price comes out in both places.",
      walkthrough:
        "These are my father's rules, he's had them in his head for thirty years:\n1. The prices come in from outside, per piece, from the price list, it changes every January.\n2. A nativity set is priced for 12 figures, and every figure more is $8.\n3. Engraving a name or a date is $5 a piece, 30 letters at most.\n4. Church shops that order 50 pieces or more get 20% off. People get nothing off.\n5. Shipping is by the kilo: $12 a kilo to Europe, $18 to America, $22 anywhere else, and $25 at least.\n6. Pieces over one metre tall are not shipped, only picked up at the workshop.\n7. A shop's order over $2,000 pays a 30% deposit first.\n8. Everything is rounded up to the dollar.\n9. It gives back the total, the shipping and a line for every piece.",
      extras: [
        "My uncle does mother-of-pearl in his own workshop, that's my uncle's workshop, not for this library. And the customs papers for the big orders, the shipping company does that, leave it.",
        "That's all. Thanks, and peace from Bethlehem!",
      ],
      tech: "Ruby, a gem. The web shop is Rails, and the shop counter uses a small Rails app too.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Ruby",
    },
    atReview: [
      "Looks good. One thing, take the engraving out, the laser machine broke in March and my father won't buy another one.",
      "Perfect, that's it. Thanks!",
    ],
    expect: {
      kind: "library",
      features: [
        "prices come in from outside per piece from the price list",
        "nativity set is priced for 12 figures every figure more is $8",
        "church shops that order 50 pieces or more get 20% off people get nothing off",
        "shipping by the kilo $12 to Europe $18 to America $22 anywhere else $25 at least",
        "pieces over one metre tall are not shipped only picked up at the workshop",
        "shop's order over $2,000 pays a 30% deposit first",
        "everything is rounded up to the dollar",
        "gives back the total the shipping and a line for every piece",
      ],
      tables: [],
      excluded: ["mother-of-pearl", "customs", "engraving"],
      background: ["back of the invoice", "calculator"],
      stack: ["Ruby"],
    },
  },
  {
    id: "pra-baxaico",
    who: "A woman in Prà, in the west of Genoa, whose family has grown Genoese basil (baxaicò) in greenhouses on the terraces above the sea since her grandfather (messé), selling it in bunches with the roots to the shops of Genoa and by the kilo of leaves to the pesto makers, in Ligurian (Genoese; never used before: Italian was written, and Neapolitan, Sicilian, Corsican, Friulian, Sardinian and Venetian, Ligurian never; as she types it, in between, in the spelling Genoese people type their own language in, with the words a basil grower of Prà really uses: 'Bongiorno a tutti', 'Zena', 'o baxaicò', 'e serre', 'e fasce', 'mæ poæ', 'mæ fræ', 'o mæ messé', 'e bitêghe', 'quelli do pesto', 'mazzetti', 'co-e reixe', 'o quaderno', 'Che vergheugna!', 'computer', 'password', 'internet', \"no l'é roba nòstra\", 'lascemmo stâ', 'Graçie, ciao'): a program on the computer in the greenhouse office with no password and the internet that comes and goes, for her and her brother, the basil cut only in the morning before ten, sold to the shops only in bunches with the roots, the leaves never bigger than a thumbnail, no chemical treatment ever, orders by six in the evening for the next morning, the shops served by the van before eight and the pesto makers collecting it themselves before nine, the shops paying every week and the pesto makers at the end of the month, nothing more to a customer two months unpaid; records told in sentences ('Ògni cliente o l'à …', 'Ògni ordine o l'à …', 'Ògni serra a l'à …') with portòu sci ò no and pagòu sci ò no in them and the customer's tipo (bitêga ò pesto) in brackets, an order one customer's and a customer with many orders; a notebook (quaderno) and the phone today; her sister's pesto courses with the mortar for tourists (corsi) \"no l'é roba nòstra\", little pots of basil for the supermarkets (vasetti) 'lascemmo stâ'",
    says: {
      overview:
        "Bongiorno a tutti! Mi son a Paola Bruzzone, de Prà, in ponente de Zena. A mæ famiggia a coltiva o baxaicò inte serre in sce e fasce de Prà, da-o tempo do mæ messé. Ancheu ghe semmo mæ poæ, mæ fræ Luca e mi. O baxaicò o vendemmo in mazzetti co-e reixe a-e bitêghe de Zena, e a-o chilo de feuggie a quelli che fan o pesto. Oua i clienti ciamman mæ poæ a-o telefono e lê o scrive tutto in sce 'n quaderno. A maggio o l'à promisso trenta chili de feuggie a doî de quelli do pesto pe-a mæxima mattin, e n'aveivimo quinze. Un o l'é restòu sensa, e o l'à dito a tutto o mercato che semmo di imbroggioin. Che vergheugna! Mæ nevo o studia informatica a l'universcitæ e o ne fa un programma pe-o computer.",
      more: "O programma o l'é solo pe-o computer de l'ofiçio, in sciâ serra. O dêuviemmo solo mi e mæ fræ. Nisciunn-a password. Internet inte l'ofiçio o va e o ven, coscì o deve andâ anche sensa.",
      walkthrough:
        "E nòstre regole son queste:\nO baxaicò se taggia solo a-a mattin, primma de dexe oe, quande l'é ancon fresco.\nA-e bitêghe o vendemmo solo in mazzetti co-e reixe.\nE feuggie no devan mai ëse ciù grande de l'ónghia do dïo grosso.\nNisciun trattamento chimico, mai.\nI ordini se fan entro e sëi de seia pe-a mattin dòppo.\nA-e bitêghe ghe-o portemmo co-o furgon primma de eutto oe, quelli do pesto o vegnan a piggiâ lô primma de neuve.\nE bitêghe pagan ògni settimann-a, quelli do pesto a fin de meise.\nChi no paga da doî meixi, no ghe demmo ciù ninte.",
      things:
        "Ògni cliente o l'à un nomme, un telefono, l'indirisso e o tipo (bitêga ò pesto). Ògni ordine o l'à o cliente, o giorno, quanti mazzetti, quanti chili de feuggie, portòu sci ò no e pagòu sci ò no. Ògni serra a l'à un numero, o giorno da semenn-a e o giorno do taggio. Un ordine o l'é de un cliente solo, ma un cliente o fa tanti ordini.",
      extras: [
        "Mæ sœ a fa i corsi do pesto co-o mortâ pe-i turisti, ma quello no l'é roba nòstra. E i supermercati ne domandan i vasetti de baxaicò, ma noiâtri no-i femmo, lascemmo stâ.",
        "L'é tutto. Graçie, ciao!",
      ],
    },
    picks: {
      Kind: ["Something else", "Un programma pe-o computer de l'ofiçio, anche sensa internet"],
      Accounts: "Nisciunn-a password. O computer o dêuviemmo solo mi e mæ fræ.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "o baxaicò se taggia solo a-a mattin primma de dexe oe",
        "a-e bitêghe o vendemmo solo in mazzetti co-e reixe",
        "e feuggie no devan mai ëse ciù grande de l'ónghia do dïo grosso",
        "nisciun trattamento chimico mai",
        "i ordini se fan entro e sëi de seia pe-a mattin dòppo",
        "a-e bitêghe ghe-o portemmo co-o furgon primma de eutto oe quelli do pesto o vegnan a piggiâ primma de neuve",
        "e bitêghe pagan ògni settimann-a quelli do pesto a fin de meise",
        "chi no paga da doî meixi no ghe demmo ciù ninte",
      ],
      tables: [
        { name: "clienti", fields: ["nomme", "telefono", "indirisso", "tipo"] },
        {
          name: "ordini",
          fields: [
            "cliente",
            "giorno",
            "quanti mazzetti",
            "quanti chili de feuggie",
            "portòu sci ò no",
            "pagòu sci ò no",
          ],
        },
        { name: "serre", fields: ["numero", "giorno da semenn-a", "giorno do taggio"] },
      ],
      excluded: ["corsi", "vasetti"],
      background: ["quaderno"],
    },
  },
  {
    id: "majuli-bhutbhuti",
    who: "A man in Kamalabari, on Majuli, the river island in the Brahmaputra, whose family has two motor ferry boats (ভুটভুটী) crossing between Kamalabari ghat and Nimati ghat on the Jorhat side with passengers, motorbikes and cars, in Assamese (Assamese script, never used before: Bengali was written and the Assamese English of Jorhat used, Assamese itself never; as he types it, in between, with the words Majuli really uses and the English ones Assamese people write in Assamese letters: 'নমস্কাৰ', 'ভুটভুটী', 'ঘাট', 'ৰাস', 'ব্ৰহ্মপুত্ৰ', 'বানপানী', 'বিপদসীমা', 'কুঁৱলী', 'লাইফ জেকেট', 'টিকট', 'বুক', 'এপ', 'নেটৱৰ্ক', 'খাতা', 'কি লাজ!', 'এইটো আমাৰ কাম নহয়', 'এইটো নিদিব', 'বহুত ধন্যবাদ'): a phone app that works without signal on the river and sends later at the ghat, for him, his younger brother and the ticket man on each boat, he and his brother seeing everything and the money and the ticket men only selling tickets, ferries from 7 in the morning to 3 in the afternoon and none after dark, 60 people, 4 cars and 15 motorbikes a boat at most, ₹30 a person, ₹100 a motorbike and ₹1,200 a car, children under 5 free, cars booked the day before, a life jacket for everybody, no ferry when the Brahmaputra is over the danger mark in the floods nor in fog; records after colons on lines with মানুহ নে বাইক নে গাড়ী and টকা দিছে নে নাই in them and where a trip leaves from (নিমাতী বা কমলাবাৰী) in brackets, a ticket one trip's and a trip with many tickets; a notebook (খাতা) at the ghat today; his uncle's satra masks for tourists (মুখা) 'এইটো আমাৰ কাম নহয়', river dolphin trips (ডলফিন) 'এইটো নিদিব'; the phone number (ফোন নম্বৰ) put on the tickets (টিকট) at the review",
    says: {
      overview:
        "নমস্কাৰ! মোৰ নাম বিজয় পেগু, মই মাজুলীৰ কমলাবাৰীত থাকোঁ। আমাৰ পৰিয়ালৰ দুখন ভুটভুটী আছে, কমলাবাৰী ঘাটৰ পৰা যোৰহাটৰ ফালৰ নিমাতী ঘাটলৈ ব্ৰহ্মপুত্ৰ পাৰ কৰোঁ। মানুহ, বাইক আৰু গাড়ী লৈ যাওঁ। এতিয়া ঘাটত টিকট কটা মানুহজনে এখন খাতাত সকলো লিখে, আৰু গাড়ীৰ বুকিং মোৰ ফোনত আহে। যোৱা ৰাসৰ সময়ত একেখন ভুটভুটীত ছখন গাড়ী বুক কৰিলোঁ, কিন্তু চাৰিখনৰ বাহিৰে ঠাই নাই। দুটা পৰিয়াল গোটেই দিনটো নিমাতী ঘাটত বহি থাকিল, সৰু ল'ৰা-ছোৱালীৰে সৈতে। কি লাজ! মোৰ ভতিজাই গুৱাহাটীত কম্পিউটাৰ পঢ়ে, সি আমাৰ বাবে এটা এপ বনাব।",
      more: "এপটো মোৰ, মোৰ ভাইটিৰ আৰু প্ৰতিখন ভুটভুটীৰ টিকট কটা মানুহজনৰ বাবে। মই আৰু মোৰ ভাইটিয়ে সকলো চাব পাৰিব, টকা-পইচাও। টিকট কটা মানুহে কেৱল টিকট কাটিব। নদীৰ মাজত নেটৱৰ্ক নাথাকে, গতিকে নেটৱৰ্ক নোহোৱাকৈও চলিব লাগিব, পিছত ঘাটত আহি পঠিয়াব।",
      walkthrough:
        "আমাৰ নিয়ম এইবোৰ:\nভুটভুটী পুৱা 7 বজাৰ পৰা আবেলি 3 বজালৈকে চলে, আন্ধাৰ হোৱাৰ পিছত কোনো ভুটভুটী নচলে।\nএখন ভুটভুটীত 60 জনতকৈ বেছি মানুহ, 4 খনতকৈ বেছি গাড়ী আৰু 15 খনতকৈ বেছি বাইক নলওঁ।\nমানুহ এজনৰ ভাড়া 30 টকা, বাইকৰ 100 টকা, গাড়ীৰ 1200 টকা।\n5 বছৰৰ তলৰ ল'ৰা-ছোৱালীৰ ভাড়া নালাগে।\nগাড়ী আগদিনাই বুক কৰিব লাগে।\nসকলোৱে লাইফ জেকেট পিন্ধিব লাগিব।\nবানপানীৰ সময়ত ব্ৰহ্মপুত্ৰৰ পানী বিপদসীমাৰ ওপৰত থাকিলে ভুটভুটী নচলে।\nকুঁৱলী থাকিলেও ভুটভুটী নচলে।",
      things:
        "ভুটভুটী: নাম, নম্বৰ, কিমান মানুহ, কিমান গাড়ী\nযাত্ৰা: ভুটভুটী, তাৰিখ, সময়, ক'ৰ পৰা (নিমাতী বা কমলাবাৰী)\nটিকট: যাত্ৰা, মানুহ নে বাইক নে গাড়ী, গাড়ীৰ নম্বৰ, ভাড়া, টকা দিছে নে নাই\nএখন টিকট এটা যাত্ৰাৰ, আৰু এটা যাত্ৰাত বহুত টিকট।",
      extras: [
        "মোৰ খুড়াই সত্ৰৰ মুখা বনাই পৰ্যটকক বিক্ৰী কৰে, এইটো আমাৰ কাম নহয়। আৰু পৰ্যটকে ডলফিন চাবলৈ নাৱেৰে যাব বিচাৰে, আমি সেইটো নকৰোঁ, এইটো নিদিব।",
        "এয়াই সকলো। বহুত ধন্যবাদ!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "মই আৰু মোৰ ভাইটিয়ে সকলো চাম, টকা-পইচাও। টিকট কটা মানুহে কেৱল টিকট কাটিব।",
    },
    atReview: [
      "বৰ ভাল হৈছে। এটা কথা: টিকটত ফোন নম্বৰটোও দিব, গাড়ী বুক কৰা মানুহক আমি ফোন কৰিব লাগে।",
      "এতিয়া ঠিক আছে। বহুত ধন্যবাদ!",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "ভুটভুটী পুৱা 7 বজাৰ পৰা আবেলি 3 বজালৈকে চলে আন্ধাৰ হোৱাৰ পিছত কোনো ভুটভুটী নচলে",
        "এখন ভুটভুটীত 60 জনতকৈ বেছি মানুহ 4 খনতকৈ বেছি গাড়ী 15 খনতকৈ বেছি বাইক নলওঁ",
        "মানুহ এজনৰ ভাড়া 30 টকা বাইকৰ 100 টকা গাড়ীৰ 1200 টকা",
        "5 বছৰৰ তলৰ ল'ৰা-ছোৱালীৰ ভাড়া নালাগে",
        "গাড়ী আগদিনাই বুক কৰিব লাগে",
        "সকলোৱে লাইফ জেকেট পিন্ধিব লাগিব",
        "ব্ৰহ্মপুত্ৰৰ পানী বিপদসীমাৰ ওপৰত থাকিলে ভুটভুটী নচলে",
        "কুঁৱলী থাকিলেও ভুটভুটী নচলে",
      ],
      tables: [
        { name: "ভুটভুটী", fields: ["নাম", "নম্বৰ", "কিমান মানুহ", "কিমান গাড়ী"] },
        { name: "যাত্ৰা", fields: ["ভুটভুটী", "তাৰিখ", "সময়", "ক'ৰ পৰা"] },
        {
          name: "টিকট",
          fields: ["যাত্ৰা", "মানুহ নে বাইক নে গাড়ী", "গাড়ীৰ নম্বৰ", "ভাড়া", "টকা দিছে নে নাই", "ফোন নম্বৰ"],
        },
      ],
      excluded: ["মুখা", "ডলফিন"],
      background: ["খাতা"],
    },
  },
];
