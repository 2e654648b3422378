import type { Persona } from "../persona-driver.js";

/**
 * The fifty-third round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records told in sentences ("Every guest has
 * …", "Every diver has …"), after colons inline ("Farmers: name, phone, village, …"), after
 * colons on lines ("tinnies: name, hp, seats", "किसान: नाम, गांव, मोबाइल नंबर"), after
 * dashes on lines ("- gers - number, size …", "- Clienti: nomme, cugnomme, …") and in
 * brackets inline ("Drivers (name, phone, tuk-tuk number, licence number)"). Eight write in
 * English, each in their own English and their own register, none of them used before
 * (every round-*.ts, index.ts and held-out.ts was searched, their doc comments and every
 * `who`: the ranch English of Montana's Hi-Line, the Utah English of Lehi, the Hispano
 * English of northern New Mexico and the Minnesotan English of Mille Lacs were used, no
 * English of Wyoming was, nor "Wyoming", "Shoshone", "Washakie", "Big Horn", "Game and
 * Fish", "outfitter", "pack string", "drop camp", "tack room" or "hoo boy", "Cody" only as
 * a nephew in Cajun country and "elk" only inside other words ("elkarte", "elke", "Elk
 * lid", "Selkie", "Telkomsel"); the Thai English of Phuket and the English of Yangon were
 * used and Khmer was written in Kampot, no English of Cambodia was, nor "Siem Reap", "Angkor", "Banteay Srei", "remork",
 * "Psar Chas", "Chum reap suor" or "Orkun", "Phnom Penh" only in the Khmer; the Englishes of
 * Pohnpei, Majuro, Guam, Abaiang and Kainantu were used, no English of Chuuk was, nor
 * "Chuuk", "Weno", "Ran annim", "Kinisou chapur", "Fujikawa" or "Shinkoku", "Truk" only
 * inside a Lithuanian "truko"; Mongolian was written in Jinst sum in Bayankhongor, no
 * English of Mongolia was, nor "Ulaanbaatar", "Bayanzurkh", "Naadam", "Tsagaan Sar",
 * "Zaisan", "QPay", "Khan Bank", "Sain baina uu" or "Bayarlalaa", "khana" only inside
 * "makhana"; Portuguese was written in Peniche and in a Brazilian condominium, Guarani was
 * written and the Azorean Portuguese-American English of Fall River was used, no English of
 * Brazil was, nor "Manaus", "Parintins", "recreio", "camarote", "marinha", "Zona Franca",
 * "boi-bumbá" or "valeu"; Finnish was written for a music school's instrument loans, no
 * English of Finland was, nor "Oulu", "Nallikari", "pilkki", "ahven", "hauki", "munkki",
 * "kiitos" or "no niin", "Nokia" only as a small phone and "Moi" only as French ("Moi
 * c'est …"); the Aboriginal English of Fitzroy Crossing, the Territory English of Humpty
 * Doo, the bush English of Central Queensland, the English of Thursday Island and the
 * Broken Hill English of the far west were used, no English of Far North Queensland was,
 * nor "Cooktown", "Endeavour", "tinnie", "salties", "grey nomads" or "fishos", "barra" only
 * inside a Maltese "ħallih barra" and a Gaelic "barrachd"; Moroccan Darija and Arabic were
 * written and the Englishes of the Gulf, Amman, Beirut and Cairo were used, no English of
 * Tunisia was, nor "Tunisia", "Sfax", "Agareb", "maasra", "3aslema", "barcha", "ya3tik
 * essa7a", "khouya", "Chemlali", "D17", "millimes" or "grignons"): the Wyoming English of
 * the Big Horn Basin, in long paragraphs ("the South Fork", "the Big Horn Basin", "dudes",
 * "the high country", "a pack string", "Game and Fish", "the draw", "a fella", "hoo boy",
 * "a tough deal", "pretty western", "that's Rusty's deal, not ours", "we got out of that", "happy
 * trails"), the Cambodian English of Siem Reap, in between ("Chum reap suor", "remork",
 * "Psar Chas", "the Old Market", "the small circuit", "the big circuit", "Very shame for our
 * group", "riel", "ABA QR", "that is the boat people", "Orkun chraen"), the Chuukese English
 * of Weno, in short plain sentences ("Ran annim", "the lagoon", "the Japanese wrecks", "the
 * wrecks are graves", "the hotel computer", "That is not us", "Please do not put them",
 * "Kinisou chapur"), the Mongolian English of Ulaanbaatar, in short plain sentences ("Sain
 * baina uu", "gers", "khana", "Tsagaan Sar", "Naadam", "Zaisan", "QPay", "Khan Bank", "This
 * is his business, not ours", "We do not do it", "Bayarlalaa"), the Brazilian English of
 * Manaus, in lower-case fragments ("oi", "the zona franca", "a recreio", "rn", "a caderno",
 * "pix", "the marinha", "camarote", "the boi-bumbá", "my uncle's thing, not ours", "skip
 * it", "valeu"), the Finnish English of Oulu, in between ("Moi", "since the Nokia days",
 * "pilkki", "ahven", "hauki", "made", "the sea ice", "Not nice", "because this is Finland",
 * "munkki", "No niin", "Kiitos, moi moi"), the Far North Queensland English of Cooktown, in
 * lower-case fragments ("the shire", "tinnies", "grey nomads", "fishos chasing barra",
 * "salties", "the wet", "heaps", "the servo", "not us", "nah we dont do those", "cheers"),
 * and the Tunisian English of Sfax, in long paragraphs ("3aslema", "la maasra", "à façon",
 * "khouya", "barcha", "lampante", "millimes", "D17", "the grignons", "in Sfax people don't
 * forget", "nothing to do with the press", "don't put it", "Ya3tik essa7a"). One writes in
 * Neapolitan (never used before: Italian, Sicilian and Corsican were written and the
 * Italian-Australian English of Griffith used, Neapolitan never, nor "Napule", "Napoli",
 * "puteca", "presepio", "pastore", "burdello" or "assaje", "pasture" only as the grazing on
 * the Hi-Line and "cchiù" only in the Sicilian; as a maker of crib figures in San Gregorio
 * Armeno types it, in between, with its apostrophes and the Italian and English words Naples
 * really mixes in: "Uè", "puteca", "pasture", "presepio", "quaderno", "WhatsApp", "sito",
 * "account", "acconto", "PayPal", "bonifico", "corriere", "spedizione", "informatica",
 * "nun è rrobba nosta", "nun 'e mettite", "Grazie assaje"), and one in Bhojpuri (never used
 * before: Hindi was written in Devanagari in Lucknow, Maithili-coloured English was used in
 * Darbhanga and Nepali was written, Bhojpuri never, nor "बक्सर", "बलिया", "बीघा", "कंबाइन",
 * "हार्वेस्टर", "भूसा", "जुताई", "पर्ची", "PhonePe" or "प्रणाम", "Pranam" only in the Latin
 * letters of Darbhanga; in Devanagari as a combine harvester owner near Buxar types it, in
 * short plain sentences, with the English and Hindi words Bihar really mixes in:
 * "प्रणाम", "कंबाइन हार्वेस्टर", "बीघा", "बुकिंग", "रजिस्टर", "पर्ची", "एडवांस", "PhonePe",
 * "डीजल", "रसीद", "कंप्यूटर साइंस", "प्रोग्राम", "मुंशी जी", "ऊ उनकर काम ह, हमनी के ना",
 * "ऊ मत डालीं", "बहुत-बहुत धन्यवाद").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Wyoming outfitter's pack trips and elk hunts (July 1 to August 25 at $2,850 a
 * person, 4 to 8 guests and kids 10 or older, September 15 to October 31 at $7,900 a hunter
 * two to a guide or $10,500 one-on-one, a licensed guide for every nonresident by Wyoming
 * law, the Game and Fish draw the hunters' own and the deposit back less $250 when they
 * don't draw, 50% down and the rest 60 days out, 3% on a card, 90 days to cancel, no dogs),
 * a Sfax olive press's turns (November 15 to the end of February in three shifts, 500 kilos
 * a turn and the small farmers together on Friday, 48 hours from picking, crates or sacks
 * and never plastic bags, a ticket at the weighbridge, 180 millimes a kilo in cash or by
 * D17, containers at 3 dinars, the grignons kept, the yield on 100 kilos), the second in
 * Django with PostgreSQL, and a San Gregorio Armeno workshop's crib figures (orders for
 * Christmas until October 31, 120 and 180 euro by height, 250 euro with your own face from
 * two photos, 30% down by PayPal or transfer, six weeks' work, 15 euro to ship in Italy and
 * 40 in Europe and nothing beyond, faces never changed or returned, the stamp under the
 * feet); phone apps for a Siem Reap tuk-tuk group ($18, $22 and $30 a circuit, $5 more for
 * sunrise and a 4:30 pickup, 4 people a tuk-tuk, the Angkor Pass the tourists' own, jobs by
 * turn, $2 a tour to the group, the licence and the group number, cash, riel or ABA QR,
 * $28 to the new airport) and an Ulaanbaatar ger rental (₮180,000, ₮260,000 and ₮380,000 a
 * day by khana, 2 days at least, 1.5 times in Naadam week, ₮40,000 more for the stove and
 * felt from October to April, set up free in the city and ₮2,500 a km outside, half by
 * QPay or Khan Bank, no smoking and no fire but the stove, burns and tears paid), the
 * second working offline; programs on an office computer for a Weno wreck dive shop ($185
 * for two tanks, a card for everyone and an advanced card inside the wrecks, the $50 state
 * permit, 8 to 3, 6 divers and a guide a boat, nothing taken, 24 hours before a flight, 40
 * meters, $35 gear, 4% on a card) and a Buxar combine harvester's bookings (April 1 to May
 * 10 and November 1 to December 15, ₹1,800 and ₹2,200 a bigha, 5 bighas at least or joined
 * with a neighbour, ₹2,000 advance in cash or PhonePe, no cutting in a wet field and the
 * advance kept, their diesel and the farmer's food for the driver, Buxar and Ballia only, a
 * receipt for every cutting); a service without screens, in NestJS with PostgreSQL, for a
 * Manaus river boat's tickets that a website, a WhatsApp bot and a tablet at the port call
 * (Wednesday and Saturday at noon, R$ 180 a hammock and R$ 650 a camarote, under 5 free,
 * meals in the price, 20 kg free and R$ 3 a kg after, 220 on board, pix or cash within 24
 * hours, double and no refunds in festival week, 80% back 48 hours out); a C# library for
 * an Oulu ice fishing club's pilkki results (3 hours, perch, pike and burbot by the gram,
 * pike under 40 cm back, 30 minutes to the weighing, three classes with youth under 16,
 * ties on the biggest fish and then the first to the weighing, the biggest perch, 20, 18,
 * 16 and one less down to 1 for the winter cup, kilos with three decimals and a comma); and
 * a command-line tool in Python with SQLite for a Cooktown tinnie hire (7 till 5 and $30 a
 * half hour late, under 6 hp and no licence, $110 and $180 with fuel, a $200 bond, 4 a
 * boat, life jackets under 12, not past the river mouth, no swimming and no fish cleaned at
 * the water, shut for the wet, the day before to cancel), with commands and flags. The
 * Manaus developer and the Cooktown IT man answer in lower-case fragments, the Wyoming
 * outfitter's wife and the Sfax engineer in long paragraphs, the Weno dive shop owner, the
 * Ulaanbaatar ger woman and the Buxar harvester owner in short plain sentences, the others
 * in between.
 *
 * Relations said plainly ("Every booking is one guest on one trip", "One tour has one
 * driver, and one hotel sends many tours", "One trip is one boat. One trip has many divers",
 * "One booking can have many gers", "every ticket is 1 passenger on 1 trip", "every hire is
 * 1 tinnie n 1 hirer", "Every pressing is for one farmer and one turn", "Ogne ordine è 'e
 * 'nu cliente sulo", "एक बुकिंग एक किसान के होला"); allowed values in the lists and
 * sentences themselves (resident or nonresident, pack trip or hunt, deposit paid or not,
 * balance paid or not, sunrise or not, paid or not, company or family, half paid or not, all
 * paid or not, permit paid or not, rental gear or not, hammock or camarote, paid y/n, pix or
 * cash, half or full day, bond taken y/n, back late y/n, cash or D17, cu 'a faccia o no,
 * acconto pavato o no, spedito o no, एडवांस मिलल कि ना, पूरा पैसा मिलल कि ना) and in
 * brackets (a ger's size in khana, Benino and the washerwoman as figures' names); background
 * on a desk calendar and in a coffee can, in a small book and on Telegram, in a logbook and
 * emails, in a notebook and on paper notes, in a caderno and on an aunt's phone, on paper
 * forms and a calculator, in a diary and a biscuit tin, in a cahier and on a list on the
 * door, in a quaderno and on WhatsApp, in a रजिस्टर and on पर्ची; technology named as
 * Django with PostgreSQL, NestJS with PostgreSQL, C# and Python with SQLite, and none at all
 * by six of them; "no" said as "that's Rusty's deal, not ours", "we got out of that", "that
 * is his business, not our group", "that is the boat people, we do not do it", "That is not
 * us", "Please do not put them", "This is his business, not ours", "We do not do it", "my
 * uncle's thing, not ours", "we dont have one, skip it", "nothing for the library", "leave
 * those out", "not us", "nah we dont do those", "nothing to do with the press", "we don't
 * make soap, don't put it", "nun è rrobba nosta", "nun 'e mettite", "ऊ उनकर काम ह, हमनी के
 * ना", "ऊ मत डालीं"; while rules keep their "no" ("no exceptions", "we don't do it for
 * them", "no dogs on any trip", "not more", "Nobody takes anything from the wrecks", "No
 * diving in the last 24 hours", "No smoking inside the ger, and no fire except the stove",
 * "not 1 more", "no refunds", "doesn't count", "later catches don't count", "no boat licence
 * needed", "nobody goes past the river mouth", "no swimming", "we don't take them", "never
 * in plastic bags", "nun se piglia cchiù niente", "fora d'Europa nun spedimmo", "nun se
 * cagnano e nun se restituiscono", "मशीन ना चली", "एडवांस ना कटी", "बाहर ना जाई").
 *
 * The Wyoming outfitter's wife takes the email off the guides and puts drew a license or
 * not on the bookings, the Sfax engineer takes the CIN number off the farmers and puts the
 * variety on the turns, and the San Gregorio Armeno figure maker takes the email off the
 * customers (clienti) and puts the photos (foto) on the orders (ordine), each after "Change
 * something" at "Your data"; the Weno dive shop owner puts the emergency contact on the
 * divers, the Oulu developer takes the entry fees out of the results, the Cooktown IT man
 * puts how many ppl on the hires and the Buxar harvester owner puts the driver's mobile
 * number (ड्राइवर के मोबाइल नंबर) on the machines (मशीन), each at the review. Neapolitan is
 * compared by its own words, apostrophes and all, and Bhojpuri, as Hindi was, by its
 * letters in Latin script, so their expected words are in the forms the person used (as
 * "spedizione 15 euro in Italia 40 euro in Europa fora d'Europa nun spedimmo", "गेहूं के
 * कटाई ₹1,800 बीघा धान के ₹2,200 बीघा"); every expected feature was checked to be in one
 * sentence the person said, and the excluded words of all ten were checked not to read
 * like anything they want (not "camp" for the drop camps, when every trip has a camp, but
 * "drop camps"; not "tourists" for the brother-in-law's rentals, when tourists ride every
 * tour, but "motorbikes"; not "boat" alone for the floating village, but "floating
 * village"; not "hotel" for the cousin's hotel, when emails are answered on the hotel
 * computer, but "hotel rooms"; not "ger" for the brother's painted beds, but "furniture";
 * not "boat" or "deck" for the uncle's freight, but "cargo"; not "ice" for the coffee and
 * munkki sales on the ice, when the competition is on the sea ice, but "munkki"; not "fish"
 * or "river" for the servo's tackle, but "bait"; not "oil" for the uncle's bottles, when oil
 * is the whole trade, but "export"; not "presepio" for the lights, but "lampadine"; not
 * "मशीन" for the straw, when the machines are the whole trade, but "भूसा").
 */
export const FIFTY_THIRD_ROUND: readonly Persona[] = [
  {
    id: "cody-south-fork-outfitter",
    who: "A woman on a ranch up the South Fork of the Shoshone, forty miles west of Cody in the Big Horn Basin of Wyoming, whose husband is a licensed outfitter like his father, taking dudes on summer pack trips into the Washakie Wilderness and elk hunters into the high country in the fall with a pack string of horses and mules, in the Wyoming English of the Big Horn Basin, in long paragraphs ('the South Fork', 'the Big Horn Basin', 'dudes', 'the high country', 'a pack string', 'Game and Fish', 'the draw', 'a fella', 'hoo boy', 'a tough deal', 'pretty western', \"that's Rusty's deal, not ours\", 'we got out of that', 'happy trails'): a website where guests and hunters see the open dates, book and pay the deposit without an account, she and her husband see everything and the guides the trips they go on, summer pack trips of five days from July 1 to August 25 at $2,850 a person, 4 guests at the least and 8 at the most and kids 10 or older, elk hunts of seven days from September 15 to October 31 at $7,900 a hunter two to a guide or $10,500 one-on-one, a licensed guide with every nonresident hunting in the wilderness by Wyoming law, hunters putting in for the Game and Fish draw themselves and the deposit back less $250 when they don't draw, 50% down and the rest 60 days before the trip by check or card with 3% on a card, the deposit back less $250 on a cancel 90 days out and kept after unless the spot is filled, no dogs on any trip; records told in sentences ('Every guest has …') with resident or nonresident, pack trip or hunt, deposit paid or not and balance paid or not in them, every booking one guest on one trip; a desk calendar in the tack room and a coffee can of checks today; her brother-in-law's taxidermy shop \"that's Rusty's deal, not ours\", drop camps 'we got out of that'; the email taken off the guides and drew a license or not put on the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Well, hi there. I'm Marcy Lundgren, and my husband Curt and I have a little outfit on our place up the South Fork of the Shoshone, about forty miles west of Cody, here in the Big Horn Basin. Curt's a licensed outfitter like his dad was before him, and we take dudes on summer pack trips into the Washakie Wilderness and take elk hunters up into the high country in the fall, with a pack string of about thirty head of horses and mules. Right now every trip goes on a big desk calendar hanging in the tack room, and the deposit checks sit in a coffee can on top of the fridge until somebody drives them to the bank in Cody. Last fall we held a spot in the October hunt all summer for a fella from Pennsylvania, turned away two other hunters for it, and hoo boy, come September he calls to tell us he never drew his license and he'd known since June. That's a tough deal for a little outfit like ours. Our daughter writes software for a company down in Denver, and she says she'll build us a website so folks can book themselves.",
      more: "Folks ought to be able to see which dates are open, book and pay their deposit right there on the website without making an account, most of them only come out once. Curt and I see everything, the money too. The guides just need to see the trips they're going on and who's coming, so they can get the stock shod and the camp packed.",
      walkthrough:
        "All right, here's how it works, and bear with me, it's pretty western.\n\nThe summer pack trips run from July 1 to August 25, five days each, and a pack trip is $2,850 a person with the horses, the meals and the tents all in.\n\nA pack trip takes 4 guests at the least and 8 at the most, and kids have to be 10 or older, that trail over the pass is no place for little ones.\n\nThe elk hunts run from September 15 to October 31, seven days each, and a hunt is $7,900 a hunter when one guide has two hunters, or $10,500 if you want a guide to yourself, one-on-one.\n\nBy Wyoming law every nonresident hunting in the wilderness has to be with a licensed guide, so every nonresident hunter goes out with one of our guides, no exceptions.\n\nHunters put in for the Game and Fish draw themselves, we don't do it for them, and if they don't draw we send the deposit back less $250.\n\nEverybody pays 50% down when they book and the rest 60 days before the trip, by check or by card, and there's 3% on top if it's a card.\n\nIf somebody cancels 90 days out or more they get the deposit back less $250, and after that we keep it unless we fill the spot.\n\nAnd no dogs on any trip, I don't care how good your dog is, a grizzly doesn't know that.",
      things:
        "Every guest has a name, a phone number, an email, a home state and resident or nonresident. Every guide has a name, a guide license number, a phone number and an email. Every trip has the kind, pack trip or hunt, the start date, the camp and the guide. Every booking has the guest, the trip, deposit paid or not and balance paid or not. Every booking is one guest on one trip, and a trip has lots of bookings.",
      thingsChange:
        "Two things. Take the email off the guides, they're up in the hills all season with no signal and Curt just calls them on the radio. And put drew a license or not on the bookings, for the hunters.",
      extras: [
        "My brother-in-law Rusty has the taxidermy shop in town, and folks are always asking us about getting their bull mounted, that's Rusty's deal, not ours. And we used to do drop camps, where we pack you in and leave you, but we got out of that years ago, so leave it out.",
        "That's all I've got. Thanks a bunch, and happy trails.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Curt and I see everything, the money too. The guides log in and see the trips they're going on. Guests and hunters book without an account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "summer pack trips July 1 to August 25 five days $2,850 a person",
        "4 guests at the least 8 at the most kids 10 or older",
        "elk hunts September 15 to October 31 seven days $7,900 a hunter one guide has two hunters $10,500 one-on-one",
        "every nonresident hunting in the wilderness licensed guide",
        "hunters put in for the Game and Fish draw themselves don't draw deposit back less $250",
        "50% down when they book rest 60 days before the trip check or card 3% on top",
        "cancels 90 days out deposit back less $250 after that we keep it unless we fill the spot",
        "no dogs on any trip",
      ],
      tables: [
        {
          name: "guests",
          fields: ["name", "phone number", "email", "home state", "resident or nonresident"],
        },
        { name: "guides", fields: ["name", "guide license number", "phone number"] },
        { name: "trips", fields: ["kind", "start date", "camp", "guide"] },
        {
          name: "bookings",
          fields: ["guest", "trip", "deposit paid or not", "balance paid or not", "drew a license or not"],
        },
      ],
      excluded: ["taxidermy", "drop camps"],
      background: ["desk calendar", "coffee can"],
    },
  },
  {
    id: "siem-reap-tuk-tuk-group",
    who: "A former tuk-tuk driver in Siem Reap who now leads a group of 24 drivers at Psar Chas, the Old Market, taking the tourists the hotels and guesthouses send to the Angkor temples, in the Cambodian English of Siem Reap, in between ('Chum reap suor', 'remork', 'Psar Chas', 'the Old Market', 'the small circuit', 'the big circuit', 'Very shame for our group', 'riel', 'ABA QR', 'that is the boat people', 'Orkun chraen'): a phone app, with a good signal in town and at the temples, for him to see all the tours and the money and the drivers their next job in turn and their own tours, the hotels calling him as before, the small circuit $18, the big circuit $22 and Banteay Srei $30 a tuk-tuk, sunrise at Angkor Wat $5 more with a 4:30 pickup, 4 people a tuk-tuk, the tourists buying the Angkor Pass themselves, the jobs by turn with the longest waiting first and a driver who says no sent to the end, $2 from every tour to the group, a driving licence and the group number on every tuk-tuk, cash in dollars or riel or ABA QR after the tour, $28 to the new airport; records in brackets inline with sunrise or not and paid or not in them, one driver a tour and many tours from one hotel; a small book in his pocket and Telegram today; his brother-in-law's motorbike rental 'his business, not our group', the boat to the floating village 'that is the boat people, we do not do it'",
    says: {
      overview:
        "Chum reap suor. My name is Chea Sokha, I am from Siem Reap, in Cambodia. Fifteen years I drive a tuk-tuk, we call it remork, and now I am the leader of our tuk-tuk group at Psar Chas, the Old Market. We have 24 drivers. The hotels and the guesthouses call me when their tourists want to go to Angkor, and I give the job to the drivers. Now I write everything in a small book in my pocket, and I send the jobs to the drivers on Telegram. Last year in high season I gave the same sunrise tour to two drivers. Both came to the hotel at 4:30 in the morning and they argued in front of the hotel, and the tourists took a video. Very shame for our group. My daughter studies IT in Phnom Penh, she will make an app for our phones.",
      more: "The app is for us, on our phones. I see all the tours and the money. The drivers see the next job when it is their turn, and their own tours. The hotels do not use the app, they call me like before. The signal in town and at the temples is good.",
      walkthrough:
        "Our rules are like this:\nThe small circuit is $18, the big circuit is $22, and Banteay Srei is $30, for the whole tuk-tuk, not for each person.\nSunrise at Angkor Wat is $5 more, and we pick up at the hotel at 4:30.\nOne tuk-tuk takes 4 people, not more.\nThe tourists buy the Angkor Pass themselves at the ticket office, we only take them there.\nThe jobs go by turn: the driver who waited the longest gets the next job, and if he says no, he goes to the end.\nFrom every tour the driver gives $2 to the group, for when a driver is sick or his tuk-tuk is broken.\nEvery driver must have his driving licence and the group number on his tuk-tuk.\nThe tourists pay after the tour, cash in dollars or riel, or ABA QR.\nTo the new airport is $28.",
      things:
        "Drivers (name, phone, tuk-tuk number, licence number). Hotels (name, person to call, phone). Tours (date, hotel, tourist name, how many people, circuit, sunrise or not, driver, paid or not). One tour has one driver, and one hotel sends many tours.",
      extras: [
        "My brother-in-law rents motorbikes to the tourists, that is his business, not our group. And the boat to the floating village, that is the boat people, we do not do it.",
        "That is all. Orkun chraen.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "I see all the tours and the money. The drivers log in and see their next job and their own tours. The hotels do not log in, they call me.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "small circuit $18 big circuit $22 Banteay Srei $30 whole tuk-tuk",
        "sunrise at Angkor Wat $5 more pick up at the hotel at 4:30",
        "one tuk-tuk takes 4 people",
        "tourists buy the Angkor Pass themselves we only take them there",
        "jobs go by turn driver who waited the longest gets the next job says no goes to the end",
        "every tour driver gives $2 to the group",
        "driving licence and the group number on his tuk-tuk",
        "pay after the tour cash in dollars or riel or ABA QR",
        "new airport $28",
      ],
      tables: [
        { name: "drivers", fields: ["name", "phone", "tuk-tuk number", "licence number"] },
        { name: "hotels", fields: ["name", "person to call", "phone"] },
        {
          name: "tours",
          fields: [
            "date",
            "hotel",
            "tourist name",
            "how many people",
            "circuit",
            "sunrise or not",
            "driver",
            "paid or not",
          ],
        },
      ],
      excluded: ["motorbikes", "floating village"],
      background: ["small book", "Telegram"],
    },
  },
  {
    id: "weno-wreck-dives",
    who: "A man on Weno, Chuuk, in the Federated States of Micronesia, whose family has a small dive shop by the dock taking divers from America, Japan, Europe and Australia to the Japanese wrecks from the war in the lagoon, in the Chuukese English of Weno, in short plain sentences ('Ran annim', 'the lagoon', 'the Japanese wrecks', 'the wrecks are graves', 'the hotel computer', 'That is not us', 'Please do not put them', 'Kinisou chapur'): a program on the office computer, because the internet is slow and dear, with no passwords, for him and his wife, a two-tank dive $185 a person with the boat, tanks, weights and lunch on an island, a certification card for every diver and an advanced card to go inside the wrecks, the Chuuk State wreck permit $50 for a month, the boat out at 8 and back by 3, 6 divers and one guide a boat, nothing taken from the wrecks by law, no diving in the last 24 hours before a flight, 40 meters the deepest, rental gear $35 a day, cash in US dollars or a card at 4% more; records told in sentences ('Every diver has …') with permit paid or not and rental gear or not in them, one boat a trip and many divers on a trip; a big logbook on the counter and emails on the hotel computer today; his cousin's hotel rooms 'That is not us', the snorkel trips to the islands 'Please do not put them'; the emergency contact put on the divers at the review",
    says: {
      overview:
        "Ran annim. My name is Sabino Esiel. I live on Weno, in Chuuk, in the Federated States of Micronesia. My family has a small dive shop by the dock. We take divers to the Japanese wrecks from the war, in the lagoon. The divers come from America, Japan, Europe and Australia. Now we write everything in a big logbook on the counter. The divers send emails and I answer them on the hotel computer. Last year we had two groups for the same boat on the same day. One group waited on the dock for two hours. They were very angry and wrote bad reviews. My nephew studied computers in Guam. He will make a program for our office computer.",
      more: "The program is only for the office computer. The internet in Chuuk is slow and it costs a lot. Only me and my wife use it.",
      walkthrough:
        "These are our rules.\nA two-tank dive is $185 a person, with the boat, the tanks, the weights and lunch on an island.\nEvery diver must show a certification card, and only divers with an advanced card go inside the wrecks.\nEvery diver pays the Chuuk State wreck permit, $50, good for one month.\nThe boat leaves the dock at 8 and comes back by 3.\nOne boat takes 6 divers at most, with one guide.\nNobody takes anything from the wrecks, not even a bottle. It is the law, and the wrecks are graves.\nNo diving in the last 24 hours before the flight.\nThe deepest dive is 40 meters.\nRental gear is $35 a day.\nDivers pay cash in US dollars or by card, and the card is 4% more.",
      things:
        "Every diver has a name, a country, a cert card number, a cert level and a flight date. Every boat has a name, a captain and seats. Every trip has the date, the boat, the guide and the wrecks. Every booking has the diver, the trip, permit paid or not and rental gear or not. One trip is one boat. One trip has many divers.",
      extras: [
        "The hotel rooms are my cousin's hotel. That is not us. We stopped the snorkel trips to the islands. Please do not put them.",
        "That is all. Kinisou chapur.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords. Only me and my wife use the office computer.",
    },
    atReview: [
      "It is good. One more thing. Please add the emergency contact to the divers, a name and a phone.",
      "That is all. Kinisou chapur.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "two-tank dive $185 a person boat tanks weights lunch on an island",
        "every diver certification card only advanced card go inside the wrecks",
        "Chuuk State wreck permit $50 good for one month",
        "boat leaves the dock at 8 comes back by 3",
        "one boat 6 divers at most one guide",
        "nobody takes anything from the wrecks",
        "no diving in the last 24 hours before the flight",
        "deepest dive 40 meters",
        "rental gear $35 a day",
        "cash in US dollars or by card card is 4% more",
      ],
      tables: [
        {
          name: "divers",
          fields: ["name", "country", "cert card number", "cert level", "flight date", "emergency contact"],
        },
        { name: "boats", fields: ["name", "captain", "seats"] },
        { name: "trips", fields: ["date", "boat", "guide", "wrecks"] },
        { name: "bookings", fields: ["diver", "trip", "permit paid or not", "rental gear or not"] },
      ],
      excluded: ["hotel rooms", "snorkel"],
      background: ["logbook", "emails"],
    },
  },
  {
    id: "ulaanbaatar-ger-rental",
    who: "A woman in Bayanzurkh district, Ulaanbaatar, whose family rents out 14 gers with a crew who set them up, for company parties in summer, weddings, Tsagaan Sar and tourist camps that are full, in the Mongolian English of Ulaanbaatar, in short plain sentences ('Sain baina uu', 'gers', 'khana', 'Tsagaan Sar', 'Naadam', 'Zaisan', 'QPay', 'Khan Bank', 'This is his business, not ours', 'We do not do it', 'Bayarlalaa'): a phone app that works without network outside the city and sends later, for her and her husband to see everything and the money and the crew leader the jobs of each day, the customers calling, a ger of 4 khana ₮180,000 a day, 6 khana ₮260,000 and 8 khana ₮380,000, 2 days the smallest rent, 1.5 times in Naadam week from July 10 to 16, a stove and a second layer of felt for ₮40,000 more a day from October to April, the crew of 4 setting up and taking down free inside Ulaanbaatar, the truck ₮2,500 a km there and back outside the city, half by QPay or Khan Bank transfer when booking and the rest on the setup day, no smoking inside and no fire but the stove, burned or torn felt or canvas repaired at the customer's cost; records after dashes on lines with the size in brackets and half paid or not and all paid or not in them, every booking one customer's with many gers; a notebook and paper notes on the truck dashboard today; her brother's painted ger furniture 'This is his business, not ours', horse riding 'We do not do it'",
    says: {
      overview:
        "Sain baina uu. My name is Enkhjargal, people call me Enkhee. I live in Ulaanbaatar, in Bayanzurkh district. My family rents gers, our Mongolian felt tents, and our crew sets them up. We have 14 gers. Companies rent them for summer parties, families for weddings and Tsagaan Sar, and tourist camps when they are full. Now my husband writes everything in a notebook, and paper notes on the truck dashboard. Last Naadam we promised the same big ger to two companies. One company waited at Zaisan all morning with no ger. They did not pay and they did not come back. My son studies computer science at the university. He will make an app for our phones.",
      more: "The app is for us, on our phones. My husband and I see everything and the money. Our crew leader Tuvshin sees the jobs of each day. The customers do not use it, they call. Outside the city there is often no signal, so it must work without network and send later.",
      walkthrough:
        "These are our rules:\n- A ger of 4 khana, the walls, is ₮180,000 a day, 6 khana is ₮260,000 and 8 khana is ₮380,000.\n- The smallest rent is 2 days.\n- In Naadam week, July 10 to 16, all prices are 1.5 times.\n- From October to April the ger has a stove and a second layer of felt, ₮40,000 more a day.\n- Our crew of 4 sets up and takes down the ger, and inside Ulaanbaatar this is free.\n- Outside the city the truck is ₮2,500 a km, there and back.\n- The customer pays half by QPay or Khan Bank transfer when booking, and the rest on the setup day.\n- No smoking inside the ger, and no fire except the stove.\n- If the felt or the canvas is burned or torn, the customer pays the repair.",
      things:
        "- gers - number, size (4, 6 or 8 khana), door colour, condition\n- customers - name, phone, company or family\n- bookings - customer, gers, start date, days, place, km from the city, half paid or not, all paid or not\n- crew - name, phone\nOne booking is for one customer. One booking can have many gers.",
      extras: [
        "My brother sells ger furniture, the painted beds and tables. This is his business, not ours. Tourists ask us for horse riding. We do not do it.",
        "That is all. Bayarlalaa.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "My husband and I see everything and the money. Tuvshin the crew leader logs in and sees the jobs of the day. Customers do not log in.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "4 khana ₮180,000 a day 6 khana ₮260,000 8 khana ₮380,000",
        "smallest rent is 2 days",
        "Naadam week July 10 to 16 prices 1.5 times",
        "October to April stove second layer of felt ₮40,000 more a day",
        "crew of 4 sets up and takes down inside Ulaanbaatar free",
        "outside the city truck ₮2,500 a km there and back",
        "half by QPay or Khan Bank transfer when booking rest on the setup day",
        "no smoking inside the ger no fire except the stove",
        "felt or canvas burned or torn customer pays the repair",
      ],
      tables: [
        { name: "gers", fields: ["number", "size", "door colour", "condition"] },
        { name: "customers", fields: ["name", "phone", "company or family"] },
        {
          name: "bookings",
          fields: [
            "customer",
            "gers",
            "start date",
            "days",
            "place",
            "km from the city",
            "half paid or not",
            "all paid or not",
          ],
        },
        { name: "crew", fields: ["name", "phone"] },
      ],
      excluded: ["furniture", "horse riding"],
      background: ["notebook", "paper notes"],
    },
  },
  {
    id: "manaus-parintins-boat-tickets-api",
    who: "A backend developer at a company in the Zona Franca of Manaus whose family runs a recreio, a big wooden river boat with hammocks, from Manaus down the Amazon to Parintins, in the Brazilian English of Manaus, in lower-case fragments ('oi', 'the zona franca', 'a recreio', 'rn', 'a caderno', 'pix', 'the marinha', 'camarote', 'the boi-bumbá', \"my uncle's thing, not ours\", 'skip it', 'valeu'): a service without screens, in NestJS with PostgreSQL, that a website, a WhatsApp bot and a tablet checking tickets at the port call, with API keys and his aunt as the admin, the boat out of Manaus on Wednesday and Saturday at noon and back from Parintins on Monday and Thursday at 18h, a hammock space R$ 180 and a camarote for 2 R$ 650 with your own hammock, kids under 5 free in the parent's hammock, lunch and dinner in the price, 20 kg of bags free and R$ 3 a kg after, 220 on board at most by the marinha's number, pix when booking or cash at the port office and a booking not paid in 24 hours cancelled, everything double and no refunds in festival week at the end of June, 80% back on a cancel 48 hours before; records after dashes on lines with hammock or camarote, paid y/n and pix or cash in them, every ticket one passenger on one trip and every trip one boat; a caderno at the port office and pix to his aunt's phone today; his uncle's cargo on the lower deck \"my uncle's thing, not ours\", a speedboat 'we dont have one, skip it'; NestJS and PostgreSQL",
    says: {
      overview:
        "oi! rafa here, from manaus. im a backend dev at a company in the zona franca. my family has a recreio, one of the big wooden river boats w hammocks, doing manaus to parintins on the amazon, about 20h downriver. rn the tickets r sold at a little office at the port, the guy writes the names in a caderno n ppl pay cash or pix to my aunt's phone. last june, festival time, we sold like 40 hammock spaces more than the boat can take, the marinha came n we had to leave ppl on the dock. total mess. so im building an api",
      more: "just the api. a website n a whatsapp bot call it, n a tablet at the port checks the tickets when ppl board. im doing all 3",
      walkthrough:
        "ok the rules\n- boat leaves manaus wed n sat at noon, comes back from parintins mon n thu at 18h\n- a hammock space is r$ 180, a camarote (cabin for 2) is r$ 650, u bring ur own hammock\n- kids under 5 go free in the parent's hammock\n- lunch n dinner on board r in the price\n- 20 kg of bags free, after that r$ 3 a kg\n- max 220 ppl on board, thats the marinha's number, not 1 more\n- pay by pix when u book or cash at the port office, not paid in 24h n the booking is cancelled\n- festival week in parintins (end of june, the boi-bumbá) everything is double n no refunds\n- cancel 48h before n u get 80% back",
      things:
        "- boats: name, capacity, captain\n- trips: boat, date, from, to\n- passengers: name, cpf, phone\n- tickets: trip, passenger, hammock or camarote, kg of bags, paid y/n, pix or cash\nevery ticket is 1 passenger on 1 trip. every trip is 1 boat",
      extras: [
        "the cargo on the lower deck is my uncle's thing, not ours. n ppl ask for a speedboat to parintins, we dont have one, skip it",
        "thats it. valeu!",
      ],
      tech: "nestjs n postgresql, its what i use at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the website, the bot n the tablet get api keys. my aunt is the admin. passengers dont log in, they get a ticket code",
      Technology: "I have preferences",
      "Back end": "NestJS",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "leaves manaus wed n sat at noon back from parintins mon n thu at 18h",
        "hammock space r$ 180 camarote r$ 650 bring ur own hammock",
        "kids under 5 free in the parent's hammock",
        "lunch n dinner in the price",
        "20 kg of bags free r$ 3 a kg",
        "max 220 ppl on board",
        "pix when u book or cash at the port office not paid in 24h cancelled",
        "festival week end of june double no refunds",
        "cancel 48h before 80% back",
      ],
      tables: [
        { name: "boats", fields: ["name", "capacity", "captain"] },
        { name: "trips", fields: ["boat", "date", "from", "to"] },
        { name: "passengers", fields: ["name", "cpf", "phone"] },
        {
          name: "tickets",
          fields: ["trip", "passenger", "hammock or camarote", "kg of bags", "paid y/n", "pix or cash"],
        },
      ],
      excluded: ["cargo", "speedboat"],
      background: ["caderno", "aunt's phone"],
      stack: ["NestJS", "PostgreSQL"],
    },
  },
  {
    id: "oulu-pilkki-results",
    who: "A developer in Oulu, at a software company like half of Oulu since the Nokia days, who is the secretary of an ice fishing club holding a pilkki competition every March on the sea ice off Nallikari for about 150 people, in the Finnish English of Oulu, in between ('Moi', 'since the Nokia days', 'pilkki', 'ahven', 'hauki', 'made', 'the sea ice', 'Not nice', 'because this is Finland', 'munkki', 'No niin', 'Kiitos, moi moi'): a C# library for the results app on the club laptop, nothing kept, given the competitors and the weighed catches, a competition of 3 hours from 10 to 13, perch, pike and burbot all counting by weight in grams, a pike under 40 cm going back and not counting, catches at the weighing within 30 minutes of the end and later ones not counting, three classes of men, women and youth under 16 on the competition day, the heaviest total catch winning every class, a tie going to the biggest single fish and then to the first at the weighing, a separate prize for the biggest perch of the day, 20, 18 and 16 points and one less a place down to 1 for the winter cup, weights in kilos with three decimals and a comma; paper forms and a calculator in a tent on the ice today; the sauna after 'nothing for the library', the coffee and munkki sales 'leave those out'; the entry fees of €15 and €10 more for non-members taken out at the review; C#",
    says: {
      overview:
        "Moi. I'm Jussi Heikkinen from Oulu. I'm a developer, I work at a software company here, like half of Oulu since the Nokia days. I'm also the secretary of our ice fishing club, and every March we hold a pilkki competition on the sea ice off Nallikari, with about 150 people fishing. Right now the results are done on paper forms and a calculator in a tent on the ice, and it takes forever, people stand in the wind waiting. Last year we gave the youth prize to a boy who was already 16, and the right girl went home with nothing. Not nice. So I'm writing a small library that does the results properly.",
      more: "It doesn't keep anything. You give it the competitors and the weighed catches, and it gives back the results. It goes into our results app on the club laptop, and the other clubs around here want it too.",
      walkthrough:
        "It goes like this.\nThe competition is 3 hours, from 10 to 13.\nPerch (ahven), pike (hauki) and burbot (made) all count, by weight in grams.\nA pike under 40 cm goes back in the hole and doesn't count.\nThe catch must be at the weighing within 30 minutes after the end, later catches don't count.\nThere are three classes: men, women, and youth under 16 on the competition day.\nIn every class the heaviest total catch wins.\nIf two have the same weight, the one with the biggest single fish is ahead, and if that's the same too, the one who came to the weighing first.\nThere is a separate prize for the biggest perch of the day.\nFor the winter cup the first gets 20 points, the second 18, the third 16, and then one point less for each place down to 1.\nNon-members pay €10 more than the €15 entry fee, and the library adds that up per person.\nWeights are shown in kilos with three decimals, with a comma, like 2,345 kg, because this is Finland.",
      extras: [
        "The sauna after the competition is the club's own thing, nothing for the library. And the coffee and munkki sales on the ice, no, leave those out.",
        "No niin, that's all. Kiitos, moi moi.",
      ],
      tech: "C#. Our results app on the club laptop is .NET, so a NuGet package.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "C#",
    },
    atReview: [
      "Looks good. One thing: take out the entry fees, the €15 and the €10, our treasurer does that in Excel anyway.",
      "That's it. Kiitos!",
    ],
    expect: {
      kind: "library",
      features: [
        "competition is 3 hours from 10 to 13",
        "perch pike burbot all count by weight in grams",
        "pike under 40 cm goes back doesn't count",
        "at the weighing within 30 minutes after the end later catches don't count",
        "three classes men women youth under 16 on the competition day",
        "every class heaviest total catch wins",
        "same weight biggest single fish ahead came to the weighing first",
        "separate prize biggest perch of the day",
        "winter cup first 20 points second 18 third 16 one point less for each place down to 1",
        "kilos with three decimals with a comma",
      ],
      tables: [],
      excluded: ["entry fee", "sauna", "munkki"],
      background: ["paper forms", "calculator"],
      stack: ["C#"],
    },
  },
  {
    id: "cooktown-tinnie-hire",
    who: "A man in Cooktown, Far North Queensland, who does IT for the shire, whose mum and dad hire out six tinnies on the Endeavour River, mostly to grey nomads and fishos chasing barra, in the Far North Queensland English of Cooktown, in lower-case fragments ('the shire', 'tinnies', 'grey nomads', 'fishos chasing barra', 'rn', 'salties', 'the wet', 'heaps', 'the servo', 'not us', 'nah we dont do those', 'cheers'): a Python command-line tool with SQLite on his mum's laptop at the shed, one file and no server since the net drops out, boats out 7 till 5 and $30 every half hour late, every tinnie under 6 hp so no boat licence needed, a half day $110 and a full day $180 with the fuel in, a $200 bond on a card back when the boat's back with no damage, 4 people a tinnie at most, kids under 12 in a life jacket the whole time by law, nobody past the river mouth, no swimming and no fish cleaned at the water's edge for the salties, shut for the wet from December to March, all back on a cancel the day before; records after colons on lines with half or full day, bond taken y/n and back late y/n in them, every hire one tinnie and one hirer; a diary on the counter at the shed and a biscuit tin for the bonds today; bait and tackle 'the servo next door, not us', croc tours 'nah we dont do those'; how many ppl put on the hires at the review; commands and flags; Python and SQLite",
    says: {
      overview:
        "hey. brodie here, cooktown, far north queensland. i do IT for the shire. mum n dad hire out tinnies on the endeavour river, 6 little tinnies, mostly to grey nomads n fishos chasing barra. rn its a diary on the counter at the shed n a biscuit tin for the bonds. last june dad hired the same tinnie to 2 blokes for the same morning n one of em sat on the ramp for 3 hrs, not happy. so im making a command line thing for mums laptop",
      more: "just mum on the laptop at the shed. one sqlite file, no server, the net out here drops out heaps",
      walkthrough:
        "ok rules\n- boats out 7 till 5, back by 5 or its $30 every half hr late\n- all our tinnies r under 6 hp so no boat licence needed\n- half day $110, full day $180, fuel in the price\n- $200 bond on a card, back when the boat's back w no damage\n- 4 ppl max a tinnie\n- kids under 12 wear a life jacket the whole time, thats the law\n- nobody goes past the river mouth, no going out to sea\n- salties in the river so no swimming, n nobody cleans fish at the waters edge\n- we shut for the wet, december to march\n- cancel the day before n u get it all back",
      things:
        "tinnies: name, hp, seats\nhirers: name, phone, licence or id number\nhires: tinnie, hirer, date, half or full day, bond taken y/n, back late y/n\nevery hire is 1 tinnie n 1 hirer",
      commands:
        "like: tinnie hire --boat 3 --hirer 41 --date 2025-07-12 --full, tinnie hire --boat 2 --hirer 7 --date 2025-07-12 --half, tinnie back --hire 88 --late 2 (half hrs late), tinnie bond --hire 88 --refund, tinnie today, tinnie free --date 2025-07-12 (which tinnies r free), tinnie shut --from 2025-12-01 --to 2026-03-31, tinnie report --month 2025-07. mum types em",
      extras: [
        "bait n tackle is the servo next door, not us. n ppl ask for croc tours, nah we dont do those",
        "thats it. cheers",
      ],
      tech: "python, typer for the commands n sqlite. one file on mums laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: [
      "looks good. 1 thing, put how many ppl on the hires, for the life jackets",
      "yeah thats it. cheers",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "boats out 7 till 5 $30 every half hr late",
        "under 6 hp no boat licence needed",
        "half day $110 full day $180 fuel in the price",
        "$200 bond on a card back when the boat's back w no damage",
        "4 ppl max a tinnie",
        "kids under 12 wear a life jacket the whole time",
        "nobody goes past the river mouth",
        "no swimming nobody cleans fish at the waters edge",
        "shut for the wet december to march",
        "cancel the day before get it all back",
      ],
      tables: [
        { name: "tinnies", fields: ["name", "hp", "seats"] },
        { name: "hirers", fields: ["name", "phone", "licence or id number"] },
        {
          name: "hires",
          fields: [
            "tinnie",
            "hirer",
            "date",
            "half or full day",
            "bond taken y/n",
            "back late y/n",
            "how many ppl",
          ],
        },
      ],
      excluded: ["bait", "croc tours"],
      background: ["diary", "biscuit tin"],
      stack: ["Python", "SQLite"],
      commands: [
        "hire",
        "back",
        "bond",
        "today",
        "free",
        "shut",
        "report",
        "--boat",
        "--hirer",
        "--date",
        "--full",
        "--half",
        "--hire",
        "--late",
        "--refund",
        "--from",
        "--to",
        "--month",
      ],
    },
  },
  {
    id: "agareb-olive-press-turns",
    who: "A young computer engineer from Agareb, twenty kilometres from Sfax, whose father has had an olive press since 1998 where the farmers around bring their olives, mostly Chemlali, every winter to be pressed à façon, in the Tunisian English of Sfax, in long paragraphs ('3aslema', 'la maasra', 'à façon', 'khouya', 'barcha', 'lampante', 'millimes', 'D17', 'the grignons', \"in Sfax people don't forget\", 'nothing to do with the press', \"don't put it\", 'Ya3tik essa7a'): a website where the farmers log in to book a turn and see their oil and what they owe, he and his father see everything and the money and the weighbridge man the day's turns and the kilos, the season from November 15 to the end of February in three shifts of 6 to 14, 14 to 22 and 22 to 6, a turn 500 kilos at least and smaller farmers together in the small farmers' turn on Friday with the oil shared by the kilos, olives pressed at most 48 hours after picking or not taken, plastic crates or jute sacks and never plastic bags, every trailer weighed with a ticket, 180 millimes a kilo in cash or by D17 when the oil is taken, the farmer's own containers or theirs at 3 dinars, the grignons kept with the press as the custom, every farmer told his yield in litres from 100 kilos; records after colons inline with paid or not and cash or D17 in them, every pressing one farmer's on one turn; a big cahier and a list on the door of the press today; his uncle's bottled oil for export 'nothing to do with the press', soap \"we don't make soap, don't put it\"; the CIN number taken off the farmers and the variety put on the turns after 'Change something' at 'Your data'; Django and PostgreSQL",
    says: {
      overview:
        "3aslema! I'm Wael Trabelsi, from Agareb, about twenty kilometres from Sfax, in the south of Tunisia where the olive trees go on forever. My father has had an olive press, la maasra as we say, since 1998, and every winter the farmers from all around bring us their olives, mostly Chemlali, to press à façon, which means they pay us for the pressing and they take their own oil home. Right now my father writes everything in a big cahier and puts the turns on a list on the door of the press, and the farmers call him at any hour, even at 2 in the night, khouya, he doesn't sleep from November to February. Last January two farmers came with their tractors for the same turn on the same night, both of them sure my father had promised it to them, and the one who waited went home with his olives heating in the trailer for two days, and in Sfax people don't forget a thing like that. I finished computer engineering at ENIS two years ago and now I work in Sfax, so I told my father I will make a website, inchallah before the next season.",
      more: "The farmers should see the free turns, book a turn and see their oil and what they owe on the website, with a login, because most of them come back every year. My father and I see everything, and the money. Hamadi at the weighbridge sees the turns of the day and puts in the kilos.",
      walkthrough:
        "Okay, so this is how la maasra works, and in Sfax everybody knows the rules by heart, but a website needs them written, no?\n\nThe season starts on November 15 and finishes at the end of February, and we work day and night in three shifts, 6 to 14, 14 to 22 and 22 to 6.\n\nA farmer books a turn for his olives, and one turn is at least 500 kilos, because below that the machine is not worth cleaning. Farmers with less than 500 kilos go together in the small farmers' turn on Friday, and the oil is shared by the kilos each one brought.\n\nThe olives must be pressed at most 48 hours after they are picked, after that they heat and the oil becomes lampante, and we don't take them.\n\nOlives come in plastic crates or in jute sacks, never in plastic bags, barcha farmers still try.\n\nEvery trailer is weighed at the weighbridge when it comes in, and the farmer gets a ticket with the kilos.\n\nThe pressing is 180 millimes a kilo of olives, and the farmer pays it in cash or by D17 when he takes his oil.\n\nThe farmer brings his own containers for the oil, and if he forgets we sell him ours at 3 dinars each.\n\nThe grignons, what is left after the pressing, stay with us, that is the custom here and it is in the price.\n\nAnd we tell every farmer his yield, how many litres of oil from 100 kilos of olives, because that is the first thing they ask, before they even say bonsoir.",
      things:
        "Farmers: name, phone, village, CIN number. Turns: date, shift, farmer, kilos booked. Pressings: farmer, turn, kilos weighed, litres of oil, yield, containers sold, paid or not, cash or D17. Every pressing is for one farmer and one turn, and a turn has one farmer, only the small farmers' turn on Friday has many.",
      thingsChange:
        "Two changes, khouya. Take the CIN number off the farmers, nobody wants to give it on a website. And put the variety on the turns, Chemlali or Chetoui, because we press them separately.",
      extras: [
        "My uncle bottles oil for export to France and Canada, that is his company, nothing to do with the press. And people ask if we make soap, no, we don't make soap, don't put it.",
        "That's all. Ya3tik essa7a, and thank you barcha!",
      ],
      tech: "My friend from ENIS says Django with PostgreSQL, he uses it at his job, and I know Python a bit.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "My father and I see everything and the money. Hamadi at the weighbridge sees the turns of the day and puts in the kilos. The farmers log in and see their turns, their oil and what they owe.",
      "Your data": ["Change something", "Looks right"],
      Technology: "I have preferences",
      "Front end": "Django templates",
      "Back end": "Django",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "web app",
      features: [
        "season November 15 end of February three shifts 6 to 14 14 to 22 22 to 6",
        "one turn is at least 500 kilos",
        "less than 500 kilos small farmers' turn on Friday oil shared by the kilos",
        "pressed at most 48 hours after they are picked we don't take them",
        "plastic crates or jute sacks never in plastic bags",
        "every trailer weighed at the weighbridge ticket with the kilos",
        "180 millimes a kilo cash or by D17 when he takes his oil",
        "own containers we sell him ours at 3 dinars each",
        "grignons stay with us in the price",
        "yield how many litres of oil from 100 kilos",
      ],
      tables: [
        { name: "farmers", fields: ["name", "phone", "village"] },
        { name: "turns", fields: ["date", "shift", "farmer", "kilos booked", "variety"] },
        {
          name: "pressings",
          fields: [
            "farmer",
            "turn",
            "kilos weighed",
            "litres of oil",
            "yield",
            "containers sold",
            "paid or not",
            "cash or D17",
          ],
        },
      ],
      excluded: ["export", "soap"],
      background: ["cahier", "list on the door"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "san-gregorio-armeno-pastori",
    who: "A man with a workshop (puteca) in San Gregorio Armeno, the street of the cribs in the old centre of Naples, who makes terracotta crib figures (pasture) painted and dressed by hand as his father and grandfather did, and figures with a customer's own face from photos, in Neapolitan (never used before: Italian, Sicilian and Corsican were written and the Italian-Australian English of Griffith used, Neapolitan never; with its apostrophes, as he types it, in between, with the Italian and English words Naples really mixes in: 'Uè', 'puteca', 'pasture', 'presepio', 'quaderno', 'WhatsApp', 'sito', 'account', 'acconto', 'PayPal', 'bonifico', 'corriere', 'spedizione', 'informatica', 'nun è rrobba nosta', \"nun 'e mettite\", 'Grazie assaje'): a website where customers see the figures, order and pay the deposit without an account, he and his wife see everything and the money and the shop boy the orders to ship, orders for Christmas taken until October 31 and nothing after, a figure of 30 cm 120 euro and of 40 cm 180 euro, a figure with your own face 250 euro from two photos, one from the front and one from the side, 30% down by PayPal or bank transfer, the rest before shipping or on collection at the shop, six weeks to make a figure, the courier 15 euro in Italy and 40 in Europe and nothing sent beyond Europe, figures with a face never changed or returned, the workshop's stamp under every figure's feet; records after dashes on lines with the figures' names in brackets and cu 'a faccia o no, acconto pavato o no and spedito o no in them, every order one customer's; a quaderno and WhatsApp today; the lights and little pumps his brother-in-law sells across the street 'nun è rrobba nosta', the little houses and cork mountains \"nun 'e mettite\"; the email taken off the customers (clienti) and the photos (foto) put on the orders (ordine) after 'Change something' at 'Your data'",
    says: {
      overview:
        "Uè, buongiorno! Io so' Salvatore Capuano e tengo 'na puteca a San Gregorio Armeno, dint' ô centro storico 'e Napule, 'a via d' 'e presepe. Facimmo 'e pasture p' 'o presepio, 'e terracotta, pittate e vestute a mano, comme faceva papà mio e primma 'e isso 'o nonno. Mo 'e ordine arrivano 'ncopp' a WhatsApp, pe' telefono e a voce dint' 'a puteca, e io m' 'e scrivo 'ncopp' a 'nu quaderno. L'anno passato aggio fatto 'nu pastore cu 'a faccia 'e 'nu signore 'e Milano e l'aggio spedito a 'n'ata famiglia a Torino, e 'o signore 'e Milano ha aspettato fino â Befana. Che burdello! Mio nipote Gennaro studia informatica â Federico II e dice ca 'o sito c' 'o fa isso.",
      more: "'E clienti hann' 'a vedé 'e pasture 'ncopp' ô sito, ordinà e pavà l'acconto senza fà l'account. Io e mia mugliera Nunzia vedimmo tutto, pure 'e sorde. 'O guaglione d' 'a puteca, Peppe, vede sulo ll'ordine ca s'hann' 'a spedì.",
      walkthrough:
        "Accussì facimmo:\nP' 'o Natale pigliammo ordine fino ô 31 d'ottobre, doppo nun se piglia cchiù niente pe' Natale.\n'Nu pastore 'e 30 centimetre costa 120 euro, chillo 'e 40 centimetre 180 euro.\n'O pastore cu 'a faccia vosta costa 250 euro, e ce vonno doje foto, una 'e faccia e una 'e lato.\nQuanno ordinate pavate 'o 30% d'acconto, cu PayPal o cu 'o bonifico.\n'O riesto s'ha da pavà primma ca spedimmo, o quanno venite a piglià 'o pastore â puteca.\nPe' fà 'nu pastore ce vonno seje semmane.\n'A spedizione cu 'o corriere costa 15 euro in Italia e 40 euro in Europa, fora d'Europa nun spedimmo.\n'E pasture cu 'a faccia nun se cagnano e nun se restituiscono.\nOgne pastore tene 'o timbro d' 'a puteca sotto 'e piede.",
      things:
        "- Clienti: nomme, cugnomme, telefono, email, indirizzo\n- Pasture: nomme (comme Benino, 'a lavannara o 'o pastore d' 'a meraviglia), altezza, prezzo, cu 'a faccia o no\n- Ordine: cliente, pasture, data, acconto pavato o no, spedito o no\nOgne ordine è 'e 'nu cliente sulo, e 'nu cliente po' fà assaje ordine.",
      thingsChange:
        "Doje cose. Levate ll'email d' 'e clienti, 'e vicchiarielle nun 'a teneno. E mettite 'e foto 'ncopp' a ll'ordine, pe' 'e pasture cu 'a faccia.",
      extras: [
        "'E lampadine e 'e pompette p' 'e funtanelle d' 'o presepio 'e venne mio cainato, 'a puteca 'e rimpetto, nun è rrobba nosta. E 'e casarelle e 'e muntagne 'e sughero nun 'e facimmo, nuje facimmo sulo pasture, nun 'e mettite.",
        "Basta accussì. Grazie assaje, e forza Napoli!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Io e Nunzia vedimmo tutto, pure 'e sorde. Peppe trase e vede sulo ll'ordine ca s'hann' 'a spedì. 'E clienti ordinano senza account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "ordine fino ô 31 d'ottobre doppo nun se piglia cchiù niente pe' Natale",
        "pastore 'e 30 centimetre 120 euro chillo 'e 40 centimetre 180 euro",
        "pastore cu 'a faccia vosta 250 euro doje foto una 'e faccia e una 'e lato",
        "30% d'acconto cu PayPal o cu 'o bonifico",
        "riesto primma ca spedimmo o quanno venite a piglià",
        "pe' fà 'nu pastore ce vonno seje semmane",
        "spedizione 15 euro in Italia 40 euro in Europa fora d'Europa nun spedimmo",
        "pasture cu 'a faccia nun se cagnano e nun se restituiscono",
        "timbro d' 'a puteca sotto 'e piede",
      ],
      tables: [
        { name: "clienti", fields: ["nomme", "cugnomme", "telefono", "indirizzo"] },
        { name: "pasture", fields: ["nomme", "altezza", "prezzo", "cu 'a faccia o no"] },
        {
          name: "ordine",
          fields: ["cliente", "pasture", "data", "acconto pavato o no", "spedito o no", "foto"],
        },
      ],
      excluded: ["lampadine", "casarelle"],
      background: ["quaderno", "WhatsApp"],
    },
  },
  {
    id: "buxar-harvester-bookings",
    who: "A man in a village in Buxar district, Bihar, on the Ganga across from Ballia, who with two combine harvesters cuts the wheat in April and the paddy in November for the farmers around, in Bhojpuri (never used before: Hindi was written in Devanagari, Maithili-coloured English was used in Darbhanga and Nepali was written, Bhojpuri never; in Devanagari as he types it, in short plain sentences, with the English and Hindi words Bihar really mixes in: 'प्रणाम', 'कंबाइन हार्वेस्टर', 'बीघा', 'बुकिंग', 'रजिस्टर', 'पर्ची', 'एडवांस', 'PhonePe', 'डीजल', 'रसीद', 'कंप्यूटर साइंस', 'प्रोग्राम', 'मुंशी जी', 'ऊ उनकर काम ह, हमनी के ना', 'ऊ मत डालीं', 'बहुत-बहुत धन्यवाद'): a program on the one computer at the shop, where the power and the internet come and go, with no password, for him and his clerk, the wheat cut from April 1 to May 10 and the paddy from November 1 to December 15, ₹1,800 a bigha for wheat and ₹2,200 for paddy, 5 bighas at least and a smaller field joined with another farmer of the village, ₹2,000 advance when booking in cash or PhonePe and the rest on the day of cutting, no machine in a wet field or in the rain with the date moved and the advance not cut, the diesel theirs and the driver's food from the farmer's house, the machines never outside Buxar and Ballia districts, a receipt for every cutting; records after colons on lines with एडवांस मिलल कि ना and पूरा पैसा मिलल कि ना in them, every booking one farmer's with one machine; a thick register (रजिस्टर) and slips (पर्ची) in the drivers' hands today; his brother's straw (भूसा) machine 'ऊ उनकर काम ह, हमनी के ना', ploughing (जुताई) 'ऊ मत डालीं'; the driver's mobile number (ड्राइवर के मोबाइल नंबर) put on the machines (मशीन) at the review",
    says: {
      overview:
        "प्रणाम। हमार नाम रामाशंकर सिंह ह, हम बक्सर जिला के एगो गांव में रहेनी। हमनी के लगे दूगो कंबाइन हार्वेस्टर बा। गेहूं आ धान के कटाई में आसपास के किसान लोग हमनी के मशीन बोलावेला। अभी सब बुकिंग एगो मोटा रजिस्टर में लिखाला, आ ड्राइवर के हाथ में पर्ची दिहल जाला। पिछला साल एके दिन दू गांव में एके मशीन के बुकिंग हो गइल। एगो किसान दिन भर खेत पर इंतजार कइलें, फेर सांझ के पानी पड़ गइल आ उनकर गेहूं भींज गइल। बड़ा बदनामी भइल। हमार बेटा पटना में कंप्यूटर साइंस पढ़त बा, ऊ दोकान के कंप्यूटर खातिर एगो प्रोग्राम बनाई।",
      more: "प्रोग्राम दोकान के एगो कंप्यूटर पर चली। गांव में बिजली आवत-जात रहेला, इंटरनेट भी। खाली हम आ हमार मुंशी जी एकरा के चलाइब।",
      walkthrough:
        "हमनी के नियम ई बा:\nगेहूं के कटाई 1 अप्रैल से 10 मई तक चलेला, आ धान के कटाई 1 नवंबर से 15 दिसंबर तक।\nगेहूं के कटाई ₹1,800 बीघा लागेला, धान के ₹2,200 बीघा।\nकम से कम 5 बीघा के बुकिंग होला, ओसे कम होखे त गांव के दोसर किसान के साथे मिला के बुक होला।\nबुकिंग के समय ₹2,000 एडवांस लागेला, नकद भा PhonePe से।\nबाकी पैसा कटाई के दिने देवे के बा, नकद भा PhonePe से।\nखेत गीला होखे भा पानी पड़त होखे त मशीन ना चली, तारीख आगे बढ़ी आ एडवांस ना कटी।\nडीजल हमार, बाकिर ड्राइवर के खाना किसान के घर से।\nमशीन बक्सर आ बलिया जिला के बाहर ना जाई।\nहर कटाई के रसीद किसान के मिलेला।",
      things:
        "किसान: नाम, गांव, मोबाइल नंबर\nमशीन: नंबर, ड्राइवर के नाम\nबुकिंग: किसान, मशीन, तारीख, फसल, बीघा, एडवांस मिलल कि ना, पूरा पैसा मिलल कि ना\nएक बुकिंग एक किसान के होला, आ हर बुकिंग में एगो मशीन जाला।",
      extras: [
        "हमार भाई भूसा बनावे वाला मशीन चलावेला, ऊ उनकर काम ह, हमनी के ना। लोग जुताई खातिर भी पूछेला, ऊ मत डालीं।",
        "बस एतने बा। बहुत-बहुत धन्यवाद।",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "कवनो पासवर्ड ना चाहीं। खाली हम आ मुंशी जी कंप्यूटर चलाइब।",
    },
    atReview: [
      "ठीक बा। एगो बात: मशीन में ड्राइवर के मोबाइल नंबर भी जोड़ दीं, ड्राइवर बदलत रहेला।",
      "बस, अब ठीक बा। धन्यवाद।",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "गेहूं के कटाई 1 अप्रैल से 10 मई तक धान के कटाई 1 नवंबर से 15 दिसंबर तक",
        "गेहूं के कटाई ₹1,800 बीघा धान के ₹2,200 बीघा",
        "कम से कम 5 बीघा ओसे कम होखे त दोसर किसान के साथे मिला के",
        "₹2,000 एडवांस नकद भा PhonePe",
        "बाकी पैसा कटाई के दिने",
        "खेत गीला होखे भा पानी पड़त होखे त मशीन ना चली तारीख आगे बढ़ी एडवांस ना कटी",
        "डीजल हमार ड्राइवर के खाना किसान के घर से",
        "बक्सर आ बलिया जिला के बाहर ना जाई",
        "हर कटाई के रसीद",
      ],
      tables: [
        { name: "किसान", fields: ["नाम", "गांव", "मोबाइल नंबर"] },
        { name: "मशीन", fields: ["नंबर", "ड्राइवर के नाम", "ड्राइवर के मोबाइल नंबर"] },
        {
          name: "बुकिंग",
          fields: ["किसान", "मशीन", "तारीख", "फसल", "बीघा", "एडवांस मिलल कि ना", "पूरा पैसा मिलल कि ना"],
        },
      ],
      excluded: ["भूसा", "जुताई"],
      background: ["रजिस्टर", "पर्ची"],
    },
  },
];
