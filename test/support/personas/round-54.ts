import type { Persona } from "../persona-driver.js";

/**
 * The fifty-fourth round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records told in sentences ("Every customer has
 * …", "Each booking has …", "Ang kada kliyente may …"), after colons inline ("Houses:
 * address, owner, …"), after colons on lines ("customers: name, address, …", "Las familhas:
 * nom, telefòn, …"), after dashes on lines ("- owners - name, phone, area", "- divers: name,
 * phone, member since") and in brackets inline ("Shops (name, shop number, …)"), and none at
 * all from the library. Eight write in English, each in their own English and their own
 * register, none of them used before (every round-*.ts, index.ts and held-out.ts was
 * searched, their doc comments and every `who`: the Englishes of the Bronx, Philadelphia,
 * Boston and Pittsburgh were used, Italian was written and the Italian-Australian English
 * of Griffith used, no Italian-American English was and no English of Staten Island, nor
 * "Staten Island", "Brooklyn", "Verrazzano", "Great Kills", "Todt Hill", "gavone",
 * "madone", "fuhgeddaboudit" or "gabagool"; the Sri Lankan English of Kandy and the English
 * of Chennai were used and Sinhala was written, no English of Jaffna was, nor "Jaffna",
 * "Kopay", "Nallur", "kovil", "palmyra", "odiyal", "toddy" or "jaggery", "Vanakkam" only in
 * Chennai; the Englishes of the Gulf, Amman, Beirut and Cairo were used and Sorani was
 * written in Erbil, no English of Iraq was, nor "Iraqi", "Basra", "Shatt", "al-Khasib",
 * "Barhi", "Shlonak", "wiyak", "date palm" or "pollen"; German and Swiss German were
 * written, no English of Austria was, nor "Austria", "Tyrolean", "Tirol", "Innsbruck",
 * "Schwaz", "Servus", "Griaß", "Pfiat", "Schützen", "Schießstand", "Ehrenscheibe", "Teiler"
 * or "Musikkapelle"; Serbian, Macedonian, Croatian and Slovenian were written, no English of
 * Bosnia was, nor "Bosnian", "Mostar", "Stari Most", "Mostari", "Neretva", "Bosna" or
 * "zdravo", "bolan" only inside a Malagasy word and "hvala" only in the Slovenian; the
 * Anglo-Argentine English of Hurlingham was used and Quechua was written in Cusco, no
 * English of Chile was, nor "Chilean", "Valparaíso", "Valpo", "cerro", "porteño", "cachai",
 * "al tiro", "fome", "lucas", "Webpay", "bengalas", "carabineros" or "Año Nuevo"; Gujarati
 * was written in Ahmedabad and Hindi in Lucknow and the Englishes of Hyderabad and Chennai
 * were used, no English of Rajasthan was, nor "Rajasthani", "Jodhpur", "Jaipur",
 * "Marwari", "Khamma", "hukum", "baraat", "turban", "leheriya", "bandhej", "panchranga",
 * "sarpech", "dulha", "panchang" or "Ram Ram", "safa" only inside "safari"; Turkish was
 * written for an İzmir accountant's office, no English of Turkey was, nor "Turkish
 * English", "Kemeraltı", "Konak", "çay", "esnaf", "veresiye", "kolay gelsin", "sahlep",
 * "simit", "Milli Piyango", "Merhaba" or "lira"): the Italian-American English of Staten
 * Island, in lower-case fragments ("how ya doin", "the island", "the city", "over the
 * bridge", "my pop", "my ma", "the pork store", "a gavone", "madone", "the whole nine
 * yards", "thats his thing, not ours", "fuhgeddaboudit", "god bless"), the Tamil-coloured
 * Sri Lankan English of Jaffna, in long paragraphs ("Vanakkam", "our people abroad",
 * "aiyo", "itself", "no?", "what to do", "akka", "a counter book", "Jaffna people will not
 * forget", "please don't put it", "Nandri"), the Iraqi English of Basra, in short plain
 * sentences ("Shlonak", "the Shatt al-Arab", "wallah", "voice messages", "This is his work,
 * not ours", "We do not do it", "Allah wiyak"), the Tyrolean English of Schwaz, in between
 * ("Servus", "the Schützenkompanie", "the Schießstand", "the Schützenheim", "beleidigt",
 * "eh", "halt", "leave that away", "passt", "Pfiat enk"), the Bosnian English of Mostar, in
 * lower-case fragments ("zdravo", "stari most", "the neretva", "bolan", "ba", "rn", "not
 * us", "skip that", "hvala puno, poz"), the Chilean English of Valparaíso, in long
 * paragraphs ("the cerro", "the plan", "po", "cachai", "lucas", "qué vergüenza", "bacán",
 * "no más", "not the junta's", "no po", "chao, besitos"), the Rajasthani English of
 * Jodhpur, in short plain sentences ("Khamma Ghani hukum", "the Blue City", "Ghanta Ghar",
 * "the saava", "the baraat", "very insult for us", "that is his line, not ours", "no need
 * to put", "Ram Ram sa"), and the Turkish English of Izmir, in between ("Merhaba", "the
 * esnaf", "yani", "çok ayıp", "abi", "veresiye", "not ours", "never, don't put it", "kolay
 * gelsin"). One writes in Occitan (never used before: French, Catalan, Corsican and
 * Neapolitan were written, Occitan never, nor "Occitan", "Provençal", "Gascon", "Rouergue",
 * "Rodés", "Segalar", "Tolosa", "fornada", "fogassa", "fornièr" or "Mercé", "Adiu" only
 * inside "stadium"; in the Languedocien of Rouergue in its classical spelling, as a retired
 * schoolmistress of the Ségala types it, in between, with the words a French village really
 * uses: "Adiu", "regenta", "forn comunal", "fornada", "fogassas", "quasèrn", "calendièr",
 * "ordenador", "internet", "prefectura", "èuros", "sòcis", "es pas nòstre afar", "metètz pas
 * aquò", "Mercé plan"), and one in Hiligaynon (never used before: Tagalog and Cebuano were
 * written and the Ilocano-coloured English of Vigan and the Cebuano-coloured English of
 * Lapu-Lapu were used, Hiligaynon never, nor "Hiligaynon", "Ilonggo", "Iloilo", "Bacolod",
 * "Mandurriao", "Molo", "nitso", "lapida", "mausoleo" or "padasal", "Undas" only inside
 * "Kundasang" and "Jaro" only inside a Somali word; as a woman in Jaro who with her husband
 * cleans and paints tombs before All Saints types it, in between, with the English and
 * Spanish-borne words Iloilo really mixes in: "Maayong adlaw", "nitso", "sementeryo",
 * "Undas", "OFW", "abroad", "Messenger", "text", "notebook", "website", "GCash", "padala",
 * "advance", "repair", "mausoleo", "indi na amon trabaho", "indi pag-ibutang", "Salamat
 * gid").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Kopay palmyra craft society's orders from home and abroad (6 weeks ahead for a
 * function, colours from the sample card, Rs. 350, Rs. 1,200 and Rs. 4,500, 10% less over
 * 100 pieces, EMS post only, no new orders in the Nallur festival, 60% to the weaver), the
 * New Year's Eve terraces of Cerro Alegre (21:00 to 2:00, places counted in November, 60
 * and 35 lucas, 50% by Webpay, no glass and no fireworks of your own, all back before
 * December 1, 15% to the junta, in before the carabineros close the streets) and a Jaro
 * family's tomb painting before Undas (orders September 1 to October 20, ₱1,500, ₱2,500
 * and ₱6,000, ₱800 for broken cement, white when no colour is chosen, half by GCash or
 * padala, photos before and after, three tombs a worker a day), the second in Ruby on Rails
 * with PostgreSQL; phone apps for palm climbers in Abu al-Khasib (pollination March 1 to
 * April 15 at 3,000 dinars a palm, harvest August 15 to October 31 at 5,000, bunches down
 * on a rope, no climbing in wind, rain or dust, double over 15 meters, 10% to the leader),
 * working without signal, and a Kemeraltı tea stove (15, 50 and 40 lira, prices up in
 * January and July, tabs paid on Saturday, no tea after two unpaid weeks, 30 lira a broken
 * glass, 12 glasses a tray, Kemeraltı only); programs on one computer for a Jodhpur safa
 * shop's wedding bookings (none from July to November, ₹150 and ₹350 a safa, the venue
 * from 20 safas, 25 safas an hour a tier, ₹2,000 advance, ₹600 a lost safa, the dulha's
 * safa free from 50) and a Ségala village's communal bread oven (the first Saturday from
 * April to October, four batches from 9, 12 loaves or 6 fouaces a batch, 8 and 15 euros,
 * the families' own dough, no children under 12 near the oven, called off when the
 * prefecture bans fires); a service without screens, in C# with ASP.NET Core and
 * PostgreSQL, for the Mostar bridge divers (May 1 to September 30, a jump at 30 EUR or 60
 * KM, divers in turn, tourists from 16 with a waiver and 2 training jumps, 20% to the club,
 * 1 EUR as 2 KM); a Kotlin library for a Tyrolean Dorfschießen's results (10 shots in
 * tenths after 3 practice shots, three classes with the seniors rested, ties on tens, teams
 * of 4 with the best 3, the Ehrenscheibe on the smallest Teiler, one decimal with a comma);
 * and a command-line tool in Go with SQLite for a Staten Island Christmas lights business
 * (installs November 1 to December 15, $4 a foot and $450 at the least, 50% down by Zelle
 * or check, 2 stories at most, no roofs in snow or ice, Brooklyn $75 more), with commands
 * and flags. The Staten Island IT man and the Mostar developer answer in lower-case
 * fragments, the Jaffna secretary and the Cerro Alegre secretary in long paragraphs, the
 * Basra climber and the Jodhpur safa man in short plain sentences, the others in between.
 *
 * Relations said plainly ("every job is one house for one customer", "One order is for one
 * customer, and one order can have many items", "One job is one climber in one orchard on
 * one day", "every collection is 1 diver n 1 jump", "Every booking is for one house and one
 * group of visitors", "One booking is for one family and one wedding", "every order goes
 * with one boy", "ang kada order para sa isa lang ka nitso", "Una fornada es d'una sola
 * familha"); allowed values in the lists and sentences themselves (deposit paid y/n,
 * balance paid y/n, advance paid or not, sent or not, pollination or harvest, paid or not,
 * eur or KM, waiver signed y/n, training passed y/n, full or partial view, 50% paid or not,
 * rest paid or not, own or rented or new, advance taken or not, delivered or not, cash or
 * card, bulak kag kandila ukon wala, advance nabayaran ukon wala, tapos ukon wala, sòcia o
 * pas, anullat o pas, pans o fogassas, pagat o pas) and in brackets (the kinds of palm, a
 * tomb's size); background in index cards and a shoebox, a counter book and Viber, voice
 * messages and cigarette boxes, paper strips and an old Excel, a sheet on the wall and an
 * envelope, Instagram and a Google Sheet, a red bahi and the panchang, cardboard in a
 * drawer, a notebook and Messenger, a quasèrn and a calendièr; technology named as Go with
 * SQLite, Kotlin, C# with ASP.NET Core and PostgreSQL and Ruby on Rails with PostgreSQL, and
 * none at all by six of them; "no" said as "thats his thing, not ours", "we don't do
 * indoor", "that is separate, please don't put it", "we are not selling food, no", "This is
 * his work, not ours", "We do not do it", "leave that away", "that has nothing to do with
 * the results", "not us", "skip that", "their own thing, not the junta's, don't put it", "no
 * po", "that is his line, not ours", "No, we don't do, no need to put", "not ours", "never,
 * don't put it", "indi na amon trabaho", "indi pag-ibutang", "es pas nòstre afar", "metètz
 * pas aquò"; while rules keep their "no" ("nothin after the 15th", "nothin higher than 2
 * stories", "nobody goes on a roof", "we cannot match the colour of a saree", "we take no new
 * orders", "we never throw them", "No climbing", "Nobody under 18 climbs", "they don't
 * count", "not before", "no jumps", "no tourist jumps", "not one hour more", "we never put
 * more people than that", "No glass bottles", "nobody sits on the edge of the roofs",
 * "nobody gets in", "no saava", "no wedding bookings", "no more tea until it pays", "no
 * veresiye", "wala na ginatugutan", "pas mai", "nosautres fasèm pas lo pan", "s'apròchan pas
 * del forn").
 *
 * The Jaffna secretary takes the country off the customers and puts the parcel weight on
 * the orders, the Cerro Alegre secretary takes the bathroom yes or no off the houses and
 * puts the arrival time on the bookings, and the Jaro tomb painter takes the country
 * (pungsod) off the clients (kliyente) and puts their Facebook name (Facebook nga ngalan) on
 * them, each after "Change something" at "Your data"; the Staten Island IT man puts the gate
 * code on the customers, the Basra climber puts the tall palms on the jobs, the Schwaz
 * developer takes the draw on the Glücksscheibe out of the results and the Jodhpur safa man
 * puts the baraat time on the bookings, each at the review. Occitan and Hiligaynon, both in
 * Latin letters, are compared by their own words, accents and all, so their expected words
 * are in the forms the person used (as "una fornada per una sola familha 12 pans o 6 fogassas
 * pas mai", "gamay nga nitso ₱1,500 dako nga nitso ₱2,500 mausoleo ₱6,000"); every
 * expected feature was checked to be in one sentence the person said, and the excluded
 * words of all ten were checked not to read like anything they want (not "lights" or
 * "trees" for the cousin's inflatables, when lights and trees are the whole job, but
 * "inflatables"; not "palmyra" for the tappers, when palmyra leaves are the whole craft, but
 * "toddy"; not "palms" for the cousin's offshoots or the dead ones, when palms are the whole
 * trade, but "offshoots" and "dead palms"; not "shooting" for the beer tent, but "beer
 * tent"; not "jump" or "bridge" for the rafting and the photographer, but "rafting" and
 * "photos"; not "terraces" or "rooms" for the owners' lodging, when a bathroom is in the
 * records, but "overnight"; not "safa" or "wedding" for the cousin's suits and the groom's
 * horse, but "sherwani" and "horse"; not "tea" for the simit and the lottery tickets, but
 * "simit" and "lottery"; not "Undas" or "pamilya" for the catering and the prayer leader,
 * but "catering" and "padasal"; not "forn" or "fèsta" for the fête's meal, but "repais").
 */
export const FIFTY_FOURTH_ROUND: readonly Persona[] = [
  {
    id: "staten-island-christmas-lights",
    who: "A young man from Great Kills, Staten Island, who does IT for a hospital in the city, whose pop and uncle hang Christmas lights on houses all over the island and over the bridge in Brooklyn and whose ma does the bookings, in the Italian-American English of Staten Island, in lower-case fragments ('how ya doin', 'the island', 'the city', 'over the bridge', 'my pop', 'my ma', 'the pork store', 'a gavone', 'madone', 'the whole nine yards', \"thats his thing, not ours\", 'fuhgeddaboudit', 'god bless'): a Go command-line tool with SQLite on his ma's laptop, one file and nothing online, installs from November 1 to December 15 and nothing after, takedowns from January 2 to January 31, $4 a foot of roofline and $450 at the least a house, trees and bushes wrapped at $60 each, the lights theirs and rented for the season, 50% down when booking and the rest when the lights are up by Zelle or check, nothing higher than 2 stories for the insurance, a crew of 2 guys and 4 houses a day at most, nobody on a roof in snow or ice and the job moved to the next open day, a section out fixed free in 48 hours, Staten Island and Brooklyn only with Brooklyn $75 more for the Verrazzano toll and parking; records after colons on lines with deposit paid y/n and balance paid y/n in them, every job one house for one customer and a crew with many jobs; index cards in a shoebox and the pork store's calendar on the fridge today; his cousin Vinny's inflatables \"thats his thing, not ours\", decorating inside \"fuhgeddaboudit, we don't do indoor\"; the gate code put on the customers at the review; commands and flags; Go and SQLite",
    says: {
      overview:
        "hey how ya doin. anthony here, great kills, staten island. i do IT for a hospital in the city. my pop n my uncle sal got a christmas lights business, they hang lights on houses all over the island n over the bridge in brooklyn, rooflines, trees, the whole nine yards. my ma does the bookings, she's got index cards in a shoebox n the calendar from the pork store on the fridge. last year they forgot a takedown up in todt hill, the lady's lights still up on valentine's day, she's on the phone callin my pop a gavone in front of the whole block. madone. so im makin my ma a command line thing for her laptop, honestly she's sharper than me",
      more: "just my ma on her laptop at the kitchen table. one sqlite file, nothin online, she don't trust the cloud",
      walkthrough:
        "ok so how it works\n- installs from november 1 to december 15, nothin after the 15th, we're booked solid anyway\n- takedowns from january 2 to january 31\n- $4 a foot of roofline, $450 minimum a house\n- trees n bushes wrapped $60 each\n- the lights are ours, rented for the season, we take em back at the takedown\n- 50% deposit when ya book, the rest when the lights are up, zelle or check\n- nothin higher than 2 stories, the insurance won't cover it\n- a crew is 2 guys n does 4 houses a day max\n- snow or ice nobody goes on a roof, the job moves to the next open day\n- a section goes out we fix it in 48 hours free\n- staten island n brooklyn only, brooklyn is $75 more for the verrazzano toll n parking",
      things:
        "customers: name, address, phone, how many stories\njobs: customer, install date, takedown date, feet of roofline, trees, crew, deposit paid y/n, balance paid y/n\ncrews: name, guys, van\nevery job is one house for one customer. a crew does a lotta jobs",
      commands:
        "like: lights book --customer 12 --install 2025-11-08 --feet 140 --trees 3, lights crew --job 55 --crew 2, lights up --job 55 (lights are up, balance is due), lights paid --job 55 --deposit, lights paid --job 55 --balance, lights takedown --job 55 --date 2026-01-10, lights today, lights week --crew 1, lights snow --date 2025-12-03 (moves that day's jobs), lights owed (who still owes us). my ma'll type em, trust me",
      extras: [
        "my cousin vinny does the inflatables, the blow-up santas n snowmen, thats his thing, not ours. n ppl ask us to do the inside, the tree in the livin room, fuhgeddaboudit, we don't do indoor",
        "thats it. merry christmas, god bless",
      ],
      tech: "go, cobra for the commands n sqlite. one file on her laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Go",
    },
    atReview: [
      "lookin good. one thing, put the gate code on the customers, half of todt hill got gates",
      "thats it, perfect. god bless",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "installs from november 1 to december 15 nothin after the 15th",
        "takedowns from january 2 to january 31",
        "$4 a foot of roofline $450 minimum a house",
        "trees n bushes wrapped $60 each",
        "lights are ours rented for the season take em back at the takedown",
        "50% deposit when ya book rest when the lights are up zelle or check",
        "nothin higher than 2 stories",
        "crew is 2 guys 4 houses a day max",
        "snow or ice nobody goes on a roof next open day",
        "section goes out fix it in 48 hours free",
        "staten island n brooklyn only brooklyn $75 more",
      ],
      tables: [
        { name: "customers", fields: ["name", "address", "phone", "how many stories", "gate code"] },
        {
          name: "jobs",
          fields: [
            "customer",
            "install date",
            "takedown date",
            "feet of roofline",
            "trees",
            "crew",
            "deposit paid y/n",
            "balance paid y/n",
          ],
        },
        { name: "crews", fields: ["name", "guys", "van"] },
      ],
      excluded: ["inflatables", "indoor"],
      background: ["index cards", "shoebox"],
      stack: ["Go", "SQLite"],
      commands: [
        "book",
        "crew",
        "up",
        "paid",
        "takedown",
        "today",
        "week",
        "snow",
        "owed",
        "--customer",
        "--install",
        "--feet",
        "--trees",
        "--job",
        "--crew",
        "--deposit",
        "--balance",
        "--date",
      ],
    },
  },
  {
    id: "jaffna-palmyra-crafts",
    who: "The secretary of a women's palmyra craft society in Kopay, Jaffna, 38 women, many widowed in the war or with husbands working abroad, who weave baskets, boxes, mats, fans and hats from palmyra leaves and sell them at a small shop on the Nallur kovil road and to Tamils abroad in Toronto, London, Zurich and Paris, in the Tamil-coloured Sri Lankan English of Jaffna, in long paragraphs ('Vanakkam', 'our people abroad', 'aiyo', 'itself', 'no?', 'what to do', 'akka', 'a counter book', 'Jaffna people will not forget', \"please don't put it\", 'Nandri'): a website where customers at home and abroad see the items, order and pay without an account, she and the treasurer see everything and the money and the four weaving group leaders the orders of their group, orders for big functions 6 weeks ahead at least for the leaves to be cut, dried and dyed, natural, red, green and purple from the sample card only, a small box Rs. 350, a basket Rs. 1,200 and a mat Rs. 4,500, 10% less over 100 pieces, half in advance and the rest before sending abroad or at the shop, EMS post only for abroad with the postage and customs the customer's, no new orders in the 25 days of the Nallur festival in August, the society's tag with the weaver's name on every piece, 60% to the weaver and 40% to the society; records told in sentences ('Every customer has …') with advance paid or not and sent or not in them, one customer an order and many items an order; a counter book and Viber today; the men's toddy tapping cooperative \"that is separate, please don't put it\", odiyal flour and palmyra jaggery 'we are not selling food, no'; the country taken off the customers and the parcel weight put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Vanakkam. I am Tharshini Sivakumar from Kopay, in Jaffna. I am the secretary of our women's palmyra craft society, we are 38 women, most of us lost our husbands in the war time or the husbands are working abroad, and we weave baskets, boxes, mats, fans and hats from the palmyra leaves, the way our grandmothers did. We sell in our small shop on the Nallur kovil road and to our people abroad, in Toronto, London, Zurich and Paris, who order for weddings, for poojas and for return gifts. Now everything is written in a counter book and the orders come on Viber and on the phone at all hours because of the time difference, aiyo, one akka in Toronto called me at two in the night itself. Last year a family in Toronto ordered 150 small boxes as return gifts for their daughter's puberty ceremony, and we sent them to another family in London who had ordered mats, and the Toronto function was done without the boxes. Jaffna people will not forget such things, no? My son Kajan finished IT at the University of Jaffna, and he is making a website for the society.",
      more: "The customers, here and abroad, must be able to see our items, order and pay on the website without making an account. I and our treasurer see everything, the money also. Each of our four weaving groups has a leader, and the leader logs in and sees only the orders given to her group.",
      walkthrough:
        "I will tell you how we are doing it, it is a bit long, please bear with me.\n\nFor big functions, weddings and ceremonies, the order must come at least 6 weeks before, because the leaves must be cut, dried in the sun and dyed, and that cannot be hurried.\n\nThe colours are natural, red, green and purple, and the customer chooses from our sample card only, we cannot match the colour of a saree, people are asking that also.\n\nA small box is Rs. 350, a basket is Rs. 1,200 and a mat is Rs. 4,500, and for the other items the price is in our list.\n\nWhen an order is more than 100 pieces, we give 10% less.\n\nThe customer pays half as advance when ordering, and the rest before we send it abroad, or at the shop when collecting here.\n\nFor abroad we send by EMS post only, and the postage and the customs there are paid by the customer, we are not taking that on us.\n\nDuring the Nallur festival, the 25 days in August, we take no new orders, all the women are at the kovil, what to do.\n\nEvery piece has the society's tag with the name of the woman who weaved it, our people abroad like to know that.\n\nFrom every piece, 60% goes to the weaver and 40% stays with the society for the leaves, the dye and the shop.",
      things:
        "Every customer has a name, a country, a phone number and an address. Every item has a name, a size, a colour and a price. Every order has the customer, the items and how many of each, the function date, the weaving group, advance paid or not and sent or not. Every weaver has a name, a village and a group. One order is for one customer, and one order can have many items.",
      thingsChange:
        "Two small changes. Remove the country from the customers, the address is already having it. And put the parcel weight on the orders, for the postage.",
      extras: [
        "The palmyra toddy tapping is the men's cooperative, that is separate, please don't put it. And people are asking for odiyal flour and palmyra jaggery, but we are not selling food, no.",
        "That is all. Nandri, thank you very much.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "I and the treasurer see everything and the money. The four group leaders log in and see the orders of their group. Customers order without an account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "big functions at least 6 weeks before leaves must be cut dried in the sun and dyed",
        "colours natural red green purple from our sample card only",
        "small box Rs. 350 basket Rs. 1,200 mat Rs. 4,500",
        "more than 100 pieces 10% less",
        "half as advance rest before we send it abroad or at the shop",
        "abroad by EMS post only postage and customs paid by the customer",
        "Nallur festival 25 days in August no new orders",
        "every piece society's tag with the name of the woman who weaved it",
        "60% goes to the weaver 40% stays with the society",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone number", "address"] },
        { name: "items", fields: ["name", "size", "colour", "price"] },
        {
          name: "orders",
          fields: [
            "customer",
            "items",
            "how many",
            "function date",
            "weaving group",
            "advance paid or not",
            "sent or not",
            "parcel weight",
          ],
        },
        { name: "weavers", fields: ["name", "village", "group"] },
      ],
      excluded: ["toddy", "jaggery"],
      background: ["counter book", "Viber"],
    },
  },
  {
    id: "abu-al-khasib-palm-climbers",
    who: "A man in Abu al-Khasib, south of Basra on the Shatt al-Arab, who leads a crew of 9 palm climbers pollinating the date palms in spring and cutting the dates in autumn for the orchard owners, in the Iraqi English of Basra, in short plain sentences ('Shlonak', 'the Shatt al-Arab', 'wallah', 'voice messages', 'This is his work, not ours', 'We do not do it', 'Allah wiyak'): a phone app that works without signal in the orchards and sends later, for him to see everything and the money and the climbers their own jobs and what they earned, the owners calling him as before, pollination from March 1 to April 15 at 3,000 dinars a palm and 1,000 more when the crew brings the pollen, harvest from August 15 to October 31 at 5,000 dinars a palm, the bunches let down on a rope and never thrown, 30 palms a climber a day in pollination and 15 in harvest, no climbing in strong wind, rain or a dust storm, nobody under 18, a palm over 15 meters double, the car 25,000 dinars a day outside Abu al-Khasib and Basra city, cash from the owner at the end of the day with 10% to him and the rest to the climber by his palms; records after dashes on lines with the kinds of palm in brackets and pollination or harvest and paid or not in them, one owner an orchard and every job one climber in one orchard on one day; voice messages and the backs of cigarette boxes today; his cousin's palm offshoots 'This is his work, not ours', cutting down dead palms 'We do not do it'; the tall palms put on the jobs at the review",
    says: {
      overview:
        "Shlonak. My name is Haider Jabbar. I am from Abu al-Khasib, south of Basra, on the Shatt al-Arab. I lead a crew of 9 palm climbers. We climb the date palms for the orchard owners. In spring we pollinate the palms, and in autumn we cut the dates. Now the owners call me or send voice messages on WhatsApp. I write the jobs on the back of cigarette boxes. Last March I sent two climbers to the same orchard, and a big orchard waited three days. The pollen time passed, and the owner lost half his dates. He was very angry, and wallah he was right. My nephew studies computer science at the University of Basra. He will make an app for our phones.",
      more: "The app is for us, on our phones. I see everything and the money. The climbers see their own jobs and what they earned. In the orchards the signal is weak, so it must work without signal and send later. The owners do not use the app. They call me like before.",
      walkthrough:
        "These are our rules:\nPollination is from March 1 to April 15.\nPollinating one palm is 3,000 dinars, and if we bring the pollen, it is 1,000 dinars more a palm.\nHarvest is from August 15 to October 31, and cutting one palm is 5,000 dinars.\nThe bunches come down on a rope, we never throw them.\nOne climber does 30 palms a day at most in pollination, and 15 palms in harvest.\nNo climbing in strong wind, rain or dust storm.\nNobody under 18 climbs.\nA palm taller than 15 meters is double price.\nOutside Abu al-Khasib and Basra city, the car is 25,000 dinars a day.\nThe owner pays cash at the end of the day, I take 10% and the rest goes to the climber by his palms.",
      things:
        "- owners - name, phone, area\n- orchards - owner, place, number of palms, kinds (Barhi, Sayer, Hallawi)\n- climbers - name, phone, age\n- jobs - orchard, date, pollination or harvest, climber, palms done, paid or not\nOne orchard is for one owner. One job is one climber in one orchard on one day.",
      extras: [
        "My cousin sells palm offshoots to the new farms. This is his work, not ours. Some people ask us to cut down dead palms. We do not do it.",
        "That is all. Allah wiyak.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "I see everything and the money. The climbers log in and see their own jobs and what they earned. The owners do not log in.",
    },
    atReview: [
      "Good. One thing please. Add the tall palms to the jobs, how many are over 15 meters, for the double price.",
      "That is all. Thank you, Allah wiyak.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "pollination from March 1 to April 15",
        "pollinating one palm 3,000 dinars bring the pollen 1,000 dinars more a palm",
        "harvest from August 15 to October 31 cutting one palm 5,000 dinars",
        "bunches come down on a rope never throw them",
        "30 palms a day at most in pollination 15 palms in harvest",
        "no climbing in strong wind rain or dust storm",
        "nobody under 18 climbs",
        "palm taller than 15 meters double price",
        "outside Abu al-Khasib and Basra city car 25,000 dinars a day",
        "owner pays cash at the end of the day I take 10% rest goes to the climber by his palms",
      ],
      tables: [
        { name: "owners", fields: ["name", "phone", "area"] },
        { name: "orchards", fields: ["owner", "place", "number of palms", "kinds"] },
        { name: "climbers", fields: ["name", "phone", "age"] },
        {
          name: "jobs",
          fields: [
            "orchard",
            "date",
            "pollination or harvest",
            "climber",
            "palms done",
            "paid or not",
            "tall palms",
          ],
        },
      ],
      excluded: ["offshoots", "dead palms"],
      background: ["voice messages", "cigarette boxes"],
    },
  },
  {
    id: "schwaz-dorfschiessen-results",
    who: "A developer from Schwaz in the Lower Inn Valley of Tyrol who works in Innsbruck and has been in his village's Schützenkompanie since he was 14, doing the results of its Dorfschießen every October, about 200 shooters with air rifles at 10 meters, in the Tyrolean English of Austria, in between ('Servus', 'the Schützenkompanie', 'the Schießstand', 'the Schützenheim', 'beleidigt', 'eh', 'halt', 'leave that away', 'passt', 'Pfiat enk'): a Kotlin library for the results program on the Schützenheim laptop, nothing kept, given the shooters and their shots, 3 practice shots that don't count and 10 that do, every shot in tenths from 0.0 to 10.9 and the total of the 10, youth under 18 on the day, the general class and seniors from 60 shooting rested and never mixed with the others, ties to the more tens and then the better best single shot, a team 4 shooters of one company or club with the best 3 counting, the Ehrenscheibe to the smallest Teiler in hundredths of a millimetre and a tie to the earlier shot, a medal for the first three of every class, one decimal with a comma; paper strips from the electronic targets and an old Excel today; the beer tent and the Jause \"the Musikkapelle's thing, leave that away\", the marching 'nothing to do with the results'; the draw on the Glücksscheibe taken out at the review; Kotlin",
    says: {
      overview:
        "Servus! I'm Florian Ebner from Schwaz in Tirol, in the Lower Inn Valley. I work as a developer in Innsbruck, and I'm in our village's Schützenkompanie since I was 14. Every October we make the Dorfschießen in our Schießstand, about 200 shooters from the companies and shooting clubs around, with air rifles on 10 meters. Until now the electronic targets print every shooter's shots on a paper strip, and two of us type them into an old Excel on the laptop in the Schützenheim, and that takes until midnight. Last year somebody sorted one column wrong and we gave the Ehrenscheibe to the wrong man, and the real winner, the Obmann from the next village, was very beleidigt, he still greets me only halfway. So I write a small library that makes the results right.",
      more: "It keeps nothing. You give it the shooters and their shots, and it gives back the rankings. It goes into a small results program on the Schützenheim laptop, and the other companies of the Bezirk want to use it too, so it has to be clean.",
      walkthrough:
        "So, the Dorfschießen goes like this, it's eh not complicated, but it must be exact.\nEvery shooter shoots 3 practice shots first, they don't count, and then 10 shots that count.\nEvery shot is scored in tenths, from 0.0 up to 10.9, and the result is the total of the 10 shots, so the best is 109.0.\nThere are three classes: youth under 18 on the day of the shooting, the general class, and seniors from 60, and the seniors shoot rested, so they are never mixed with the others.\nIf two have the same total, the one with more tens is ahead, and if that is also the same, the one with the better best single shot.\nA team is 4 shooters from the same company or club, and the best 3 results count.\nOn the Ehrenscheibe every shooter has one shot, and the smallest Teiler wins, that is the distance from the middle in hundredths of a millimetre, and with the same Teiler the one who shot earlier wins.\nThe first three of every class get a medal.\nOn the Glücksscheibe every shooter also has one shot, and from all shots over 9.0 the library draws one winner for the Speck.\nAll results are written with one decimal and a comma, like 98,7, we are in Austria halt.",
      extras: [
        "The beer tent and the Jause after the shooting, that is the Musikkapelle's thing, leave that away. And the marching with the Kompanie, that has nothing to do with the results.",
        "Passt, that's all. Pfiat enk!",
      ],
      tech: "Kotlin. The results program is Kotlin on the JVM, so a jar is perfect for us.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Kotlin",
    },
    atReview: [
      "Looks good. One thing: take the Glücksscheibe out again, our Oberschützenmeister says a draw is not shooting, we make it with a hat like always.",
      "Passt so. Danke, pfiat enk!",
    ],
    expect: {
      kind: "library",
      features: [
        "3 practice shots first they don't count then 10 shots that count",
        "every shot scored in tenths from 0.0 up to 10.9 total of the 10 shots",
        "three classes youth under 18 general class seniors from 60",
        "seniors shoot rested never mixed with the others",
        "same total more tens ahead better best single shot",
        "team 4 shooters same company or club best 3 results count",
        "Ehrenscheibe one shot smallest Teiler wins same Teiler shot earlier wins",
        "first three of every class get a medal",
        "one decimal and a comma",
      ],
      tables: [],
      excluded: ["Glücksscheibe", "beer tent", "marching"],
      background: ["paper strip", "Excel"],
      stack: ["Kotlin"],
    },
  },
  {
    id: "mostar-bridge-divers-api",
    who: "A backend developer in Mostar working remote for a company in Munich, whose uncle is in the bridge divers' club that jumps from the Old Bridge, Stari Most, 21 meters into the Neretva when the tourists' collection is in, and trains tourists to jump themselves, in the Bosnian English of Mostar, in lower-case fragments ('zdravo', 'stari most', 'the neretva', 'bolan', 'ba', 'rn', 'not us', 'skip that', 'hvala puno, poz'): a service without screens, in C# with ASP.NET Core and PostgreSQL, that the club website, a tablet in the club office on the bridge and the divers' phone app call, with API keys and him and his uncle as admins and tourists booking with a name and an email, the season May 1 to September 30 every day 10 to 19h, a jump when the collection reaches 30 EUR or 60 KM, the divers in turn with the one who jumped longest ago next, 6 jumps a diver a day at most, no jumps when the Neretva is high or the wind over 40 km/h, jumping yourself from 16 with the waiver signed, 2 training jumps from the platform first, 50 EUR to jump yourself and 25 EUR when the training isn't passed, 20% of every collection to the club and the rest to the diver, 1 EUR counted as 2 KM, no tourist jumps in the week of the competition on the last Sunday of July; records after dashes on lines with eur or KM, waiver signed y/n, training passed y/n and paid y/n in them, every collection one diver and one jump and every booking one jumper; a sheet on the wall of the club and an envelope today; rafting on the Neretva 'the guys in konjic, not us', photos of the jump 'skip that'; ASP.NET Core and PostgreSQL",
    says: {
      overview:
        "zdravo! adnan here, from mostar. backend dev, i work remote for a company in munich. my uncle is in the bridge divers club, the guys who jump from the old bridge, stari most, 21 meters down into the neretva. tourists stand on the bridge, the divers collect money n when its enough one of them jumps. the club also trains tourists who want to jump themselves. rn its a sheet on the wall of the club n the cash in an envelope, n the bookings come on whatsapp, instagram, everywhere ba. last august 2 tourists booked the jump for the same hour w one instructor, one guy waited 3h on the bridge in 38 degrees n left us 1 star. bolan, what a mess. so im building an api",
      more: "just the api. the club website calls it (tourists book their jump there), a tablet in the club office on the bridge n the divers app on their phones. my uncle n me are admin",
      walkthrough:
        "ok rules\n- season is may 1 to september 30, every day 10 to 19h\n- a diver jumps when the collection gets to 30 EUR or 60 KM, not before\n- divers go in turn, who jumped longest ago goes next\n- max 6 jumps a diver a day\n- no jumps when the neretva is high or the wind is over 40 km/h\n- to jump yourself u must be 16 or older n sign the waiver\n- first 2 training jumps from the platform, then the bridge\n- jumping yourself is 50 EUR, if u dont pass the training its 25 EUR\n- the club keeps 20% of every collection, the rest goes to the diver\n- we count 1 EUR as 2 KM, simple\n- the week of the competition (last sunday of july) no tourist jumps, we train",
      things:
        "- divers: name, phone, member since\n- collections: date, time, diver, amount, eur or KM\n- jumpers: name, country, age, email, waiver signed y/n\n- bookings: jumper, date, hour, instructor, training passed y/n, paid y/n\nevery collection is 1 diver n 1 jump. every booking is 1 jumper",
      extras: [
        "rafting on the neretva is the guys in konjic, not us. n the photos of ur jump, the photographer on the bridge sells those, skip that",
        "thats it. hvala puno, poz",
      ],
      tech: "asp.net core n postgres, same as at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the website, the tablet n the divers app get api keys. uncle n me are admin. tourists book w name n email, no password",
      Technology: "I have preferences",
      "Back end": "C# with ASP.NET Core",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "season may 1 to september 30 every day 10 to 19h",
        "diver jumps when the collection gets to 30 EUR or 60 KM",
        "divers go in turn who jumped longest ago goes next",
        "max 6 jumps a diver a day",
        "no jumps neretva is high wind over 40 km/h",
        "jump yourself 16 or older sign the waiver",
        "2 training jumps from the platform then the bridge",
        "jumping yourself 50 EUR dont pass the training 25 EUR",
        "club keeps 20% of every collection rest goes to the diver",
        "1 EUR as 2 KM",
        "week of the competition last sunday of july no tourist jumps",
      ],
      tables: [
        { name: "divers", fields: ["name", "phone", "member since"] },
        { name: "collections", fields: ["date", "time", "diver", "amount", "eur or KM"] },
        { name: "jumpers", fields: ["name", "country", "age", "email", "waiver signed y/n"] },
        {
          name: "bookings",
          fields: ["jumper", "date", "hour", "instructor", "training passed y/n", "paid y/n"],
        },
      ],
      excluded: ["rafting", "photos"],
      background: ["sheet on the wall", "envelope"],
      stack: ["ASP.NET Core", "PostgreSQL"],
    },
  },
  {
    id: "valparaiso-new-year-terraces",
    who: "The secretary of the neighbours' association (junta de vecinos) of Cerro Alegre in Valparaíso, where about thirty houses rent their terraces, balconies and roofs to visitors for the New Year's Eve fireworks over the bay, the Año Nuevo en el Mar, in the Chilean English of Valparaíso, in long paragraphs ('the cerro', 'the plan', 'po', 'cachai', 'lucas', 'qué vergüenza', 'bacán', 'no más', \"not the junta's\", 'no po', 'chao, besitos'): a website where visitors see the places left, book and pay half by Webpay without an account, she and the treasurer see everything and the money and every owner the bookings of his terrace, only New Year's Eve from 21:00 on December 31 to 2:00 on January 1, every terrace's places counted once in November with an engineer and never more, 60 lucas a person with a full view of the sea and 35 with a partial one, half for kids under 12 and babies under 2 free, 50% by Webpay and the rest in cash at the door before 22:00, no glass bottles, no fireworks of your own and nobody on the edge of a roof, all back on a cancel before December 1 and nothing after, 15% to the junta and the rest to the owner by transfer on January 5, visitors in before 22:30 because the carabineros close the streets at 23:00; records after colons inline with full or partial view, 50% paid or not and rest paid or not in them, every booking one house and one group and a house with many bookings; Instagram messages and a Google Sheet today; owners letting people stay overnight \"their own thing, not the junta's, don't put it\", the New Year's dinner 'no po'; the bathroom yes or no taken off the houses and the arrival time put on the bookings after 'Change something' at 'Your data'; Ruby on Rails and PostgreSQL",
    says: {
      overview:
        "Hola! I'm Carolina Fuentes, but everybody in the cerro calls me la Caro. I live in Cerro Alegre, in Valparaíso, and I am the secretary of our junta de vecinos, the neighbours' association. Every New Year's Eve we have the Año Nuevo en el Mar, the biggest fireworks in Chile, from barges all along the bay, and people come from Santiago and from everywhere to see them, so about thirty houses in our cerro rent their terraces, balconies and roofs to visitors for that one night, and the junta organizes it and keeps a part for the neighbourhood. Right now the visitors write to each house on Instagram, and I keep a list in a Google Sheet that everybody changes, so you can imagine, po. Last year two families from Santiago arrived at Don Lucho's terrace for the same places, fourteen people on a terrace for eight, and the fireworks started with everybody fighting, qué vergüenza, the whole cerro was talking about it until March. My nephew Matías studies computer engineering at the Santa María, here in Valpo, and he says he will make us a website, bacán, cachai?",
      more: "The visitors should see which terraces still have places, book and pay half on the website with Webpay, without making an account, because they come once a year, no más. I and the treasurer, Don Hernán, see everything, also the money. Every owner of a house logs in and sees the bookings of his own terrace, nothing else.",
      walkthrough:
        "Okay, so this is how we do it, and it's harder than it looks, po.\n\nWe rent the terraces only for New Year's Eve, from 21:00 on December 31 until 2:00 on January 1, not one hour more, because the next day everybody is dead.\n\nIn November the junta counts the places of every terrace, once, with an engineer who is a neighbour, and we never put more people than that, not one.\n\nA place on a terrace with a full view of the sea is 60 lucas a person, that is 60,000 pesos, and with a partial view it's 35 lucas.\n\nKids under 12 pay half, and babies under 2 are free, on the lap of the mother.\n\nThey pay 50% with Webpay when they book, and the rest in cash at the door, before 22:00.\n\nNo glass bottles on the terraces, only plastic cups, no fireworks of your own, not even bengalas, and nobody sits on the edge of the roofs, never.\n\nIf they cancel before December 1 they get everything back, after that nothing, because the place is gone.\n\nThe junta keeps 15% for the neighbourhood, for the stairs and the lights of the cerro, and the owner gets the rest by transfer on January 5.\n\nAnd the visitors have to arrive before 22:30, because at 23:00 the carabineros close the streets up to the cerro and nobody gets in, and I mean nobody, not even my mother.",
      things:
        "Houses: address, owner, phone, places, full or partial view, bathroom yes or no. Visitors: name, email, phone, how many adults, how many kids. Bookings: house, visitor, adults, kids, 50% paid or not, rest paid or not. Every booking is for one house and one group of visitors, and a house has many bookings.",
      thingsChange:
        "Two things, po. Take the bathroom yes or no off the houses, we checked in November and all of them have one now. And put the arrival time on the bookings, so we see who is coming late.",
      extras: [
        "Some owners also rent rooms so people can stay overnight after the fireworks, that is their own thing, not the junta's, don't put it. And people ask us to sell the New Year's dinner, no po, the dinner is for the restaurants in the plan.",
        "That's all. Thank you so much, chao, besitos!",
      ],
      tech: "My nephew says Ruby on Rails with PostgreSQL, it's what they use in the company where he does his práctica.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Don Hernán and I see everything, also the money. Every owner logs in and sees the bookings of his terrace. The visitors book without an account.",
      "Your data": ["Change something", "Looks right"],
      Technology: "I have preferences",
      "Front end": "Rails views",
      "Back end": "Ruby on Rails",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "web app",
      features: [
        "only for New Year's Eve from 21:00 on December 31 until 2:00 on January 1",
        "junta counts the places of every terrace never put more people than that",
        "full view of the sea 60 lucas a person partial view 35 lucas",
        "kids under 12 pay half babies under 2 free",
        "50% with Webpay rest in cash at the door before 22:00",
        "no glass bottles no fireworks of your own nobody sits on the edge of the roofs",
        "cancel before December 1 everything back after that nothing",
        "junta keeps 15% owner gets the rest by transfer on January 5",
        "arrive before 22:30 at 23:00 the carabineros close the streets",
      ],
      tables: [
        { name: "houses", fields: ["address", "owner", "phone", "places", "full or partial view"] },
        { name: "visitors", fields: ["name", "email", "phone", "how many adults", "how many kids"] },
        {
          name: "bookings",
          fields: [
            "house",
            "visitor",
            "adults",
            "kids",
            "50% paid or not",
            "rest paid or not",
            "arrival time",
          ],
        },
      ],
      excluded: ["overnight", "dinner"],
      background: ["Instagram", "Google Sheet"],
      stack: ["Ruby on Rails", "PostgreSQL"],
    },
  },
  {
    id: "jodhpur-safa-bookings",
    who: "A man with a safa (turban) shop near Ghanta Ghar in the old city of Jodhpur, his grandfather's, whose tiers go to weddings to tie safas for every man in the baraat and who rents and sells safas, in the Rajasthani English of Jodhpur, in short plain sentences ('Khamma Ghani hukum', 'the Blue City', 'Ghanta Ghar', 'the saava', 'the baraat', 'very insult for us', 'that is his line, not ours', 'no need to put', 'Ram Ram sa'): a program on the shop computer with no password, for him and his nephew, no wedding bookings from July to November when there are no saava and only shop sale, ₹150 to tie a man's own safa and ₹350 for a rented safa with tying, new safas ₹800 leheriya, ₹1,200 bandhej and ₹1,500 panchranga, the tiers at the venue for 20 safas or more and fewer at the shop, 25 safas an hour a tier and tiers sent by the count, ₹2,000 advance and the rest on the day in cash or UPI, rented safas back the next day and ₹600 for one lost or stained, ₹1,500 for the car outside the city, the dulha's safa with a sarpech free from 50 safas; records told in sentences ('Each booking has …') with own or rented or new and advance taken or not in them, a booking one family's wedding with many tiers; a long red bahi and the panchang today; his cousin's sherwanis and jodhpuri suits 'that is his line, not ours', the horse for the dulha \"No, we don't do, no need to put\"; the baraat time put on the bookings at the review",
    says: {
      overview:
        "Khamma Ghani hukum. My name is Mahaveer Singh, from Jodhpur, the Blue City. Our safa shop is near Ghanta Ghar, in the old city, from my grandfather's time. We tie safas for weddings. In the baraat all the men wear safa, same colour, and our tiers go to the venue and tie for everybody. We also rent safas and sell new ones. My father sees the saava dates in the panchang and writes all bookings in a long red bahi. Last saava we took two baraats on the same evening, 40 safas each, and we had only 3 tiers. The groom's uncle stood at the gate one hour without safa. Very insult for us, hukum. My nephew Rohit did BCA, he will make a program for the shop computer.",
      more: "Program is for the shop computer only. Only me and my nephew will use it, no password needed. Internet is there but we don't need it.",
      walkthrough:
        "Our rules, hukum:\nFrom July to November there are no saava, so we take no wedding bookings, only shop sale.\nTying one safa is ₹150 when the man has his own safa, and a rented safa with tying is ₹350.\nA new safa is ₹800 for leheriya, ₹1,200 for bandhej and ₹1,500 for panchranga.\nWe go to the venue for 20 safas or more, for less than 20 they come to the shop.\nOne tier ties 25 safas in one hour, so we send the tiers by the count.\nAdvance is ₹2,000 at booking, and the rest on the day, cash or UPI.\nRented safas come back the next day, and a lost or stained safa is ₹600.\nOutside Jodhpur city the car is ₹1,500.\nFor 50 safas or more, the dulha's safa with sarpech is free.",
      things:
        "Each customer has family name, phone and mohalla. Each booking has customer, wedding date, venue, how many safas, own or rented or new, colour, advance taken or not, and tiers. Each tier has name and phone. One booking is for one family and one wedding, and one booking can have many tiers.",
      extras: [
        "Sherwani and jodhpuri suits, my cousin sells, that is his line, not ours. People ask for the horse for the dulha. No, we don't do, no need to put.",
        "That's all hukum. Ram Ram sa.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No password. Only me and my nephew use the shop computer.",
    },
    atReview: [
      "Very good. One thing more hukum, put the baraat time also in bookings, tiers must reach before the baraat starts.",
      "Now it is perfect. Ram Ram sa.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "July to November no saava no wedding bookings only shop sale",
        "tying one safa ₹150 own safa rented safa with tying ₹350",
        "new safa ₹800 leheriya ₹1,200 bandhej ₹1,500 panchranga",
        "venue for 20 safas or more less than 20 come to the shop",
        "one tier ties 25 safas in one hour send the tiers by the count",
        "advance ₹2,000 at booking rest on the day cash or UPI",
        "rented safas come back the next day lost or stained safa ₹600",
        "outside Jodhpur city the car is ₹1,500",
        "50 safas or more dulha's safa with sarpech free",
      ],
      tables: [
        { name: "customers", fields: ["family name", "phone", "mohalla"] },
        {
          name: "bookings",
          fields: [
            "customer",
            "wedding date",
            "venue",
            "how many safas",
            "own or rented or new",
            "colour",
            "advance taken or not",
            "tiers",
            "baraat time",
          ],
        },
        { name: "tiers", fields: ["name", "phone"] },
      ],
      excluded: ["sherwani", "horse"],
      background: ["red bahi", "panchang"],
    },
  },
  {
    id: "kemeralti-tea-stove",
    who: "A computer engineering student in Izmir whose father has had a tea stove (çay ocağı) in Kemeraltı, the old bazaar, since 1994, carrying tea on trays with two boys to about 60 shops who drink on credit and pay at the end of the week, in the Turkish English of Izmir, in between ('Merhaba', 'the esnaf', 'yani', 'çok ayıp', 'abi', 'veresiye', 'not ours', \"never, don't put it\", 'kolay gelsin'): a phone app, with a good signal in the bazaar, for her father to see everything and the money and the boys the waiting orders and their own trays, the shops calling or pressing their tea button as before, open 7:00 to 19:00 Monday to Saturday, a tea 15 lira, a Turkish coffee 50 and a sahlep 40 in winter, prices up every January and July with the minimum wage, every shop's tab paid on Saturday in cash or by card, no tea to a shop two weeks unpaid until it pays, 30 lira for a broken glass, trays collected 30 minutes after, 12 glasses a tray at most, a new shop paying every day for its first month, only shops in Kemeraltı and not the offices in Konak; records in brackets inline with delivered or not and cash or card in them, a shop with many orders and every order with one boy; pieces of cardboard in a drawer today; the simit seller \"Cemal abi's business, not ours\", lottery tickets with the tea \"never, don't put it\"",
    says: {
      overview:
        "Merhaba! I'm Elif Doğan, I study computer engineering at Dokuz Eylül in Izmir. My father Hasan has a tea stove, a çay ocağı, in Kemeraltı, the old bazaar, since 1994. Every day he and two boys carry tea on trays to about 60 shops, the esnaf call him on the phone or push the tea button in their shop and a bell rings at the ocak. Everybody drinks on credit and pays at the end of the week. Now my father writes every glass on a piece of cardboard for every shop, and he keeps the cardboards in a drawer, so yani, you can imagine. Last winter one jeweller said he paid 1,800 lira and my father said he didn't, and they didn't talk for one month, in Kemeraltı, çok ayıp. So I will make an app for our phones.",
      more: "The app is for my father and the two boys, on their phones. My father sees everything and the money, the boys see the orders waiting and the trays they took. The shops don't use the app, they call or push the button like before. In the bazaar the signal is good.",
      walkthrough:
        "Okay, these are my father's rules, he says them like a law.\nThe ocak is open from 7:00 to 19:00, Monday to Saturday, on Sunday Kemeraltı is closed anyway.\nA tea is 15 lira, a Turkish coffee is 50 lira, and in winter a sahlep is 40 lira.\nThe prices go up every January and July, when the minimum wage goes up, otherwise we cannot live.\nEvery shop pays its tab on Saturday, in cash or by card.\nIf a shop doesn't pay for two weeks, no more tea until it pays, my father says after two weeks no veresiye.\nA broken glass is 30 lira for the shop.\nThe boys collect the trays and the glasses 30 minutes after they bring them.\nOne tray carries 12 glasses at most, more and the boys drop it.\nA new shop pays every day for the first month, after that every Saturday like the others.\nWe only serve the shops in Kemeraltı, not the offices in Konak, they are too far for a tray.",
      things:
        "Shops (name, shop number, street, owner, phone), boys (name, phone), orders (shop, time, teas, coffees, sahleps, boy, delivered or not), payments (shop, date, amount, cash or card). One shop has many orders, and every order goes with one boy.",
      extras: [
        "The simit seller in front of the han is Cemal abi's business, not ours. And the old man who sells Milli Piyango lottery tickets wants my father to sell them with the tea, never, don't put it.",
        "That's all. Thank you very much, kolay gelsin!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "My father sees everything and the money. The two boys log in and see the waiting orders and their trays. The shops don't log in.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "open from 7:00 to 19:00 Monday to Saturday",
        "tea 15 lira Turkish coffee 50 lira in winter sahlep 40 lira",
        "prices go up every January and July when the minimum wage goes up",
        "every shop pays its tab on Saturday in cash or by card",
        "doesn't pay for two weeks no more tea until it pays",
        "broken glass 30 lira for the shop",
        "boys collect the trays and the glasses 30 minutes after",
        "one tray 12 glasses at most",
        "new shop pays every day for the first month",
        "only the shops in Kemeraltı not the offices in Konak",
      ],
      tables: [
        { name: "shops", fields: ["name", "shop number", "street", "owner", "phone"] },
        { name: "boys", fields: ["name", "phone"] },
        { name: "orders", fields: ["shop", "time", "teas", "coffees", "sahleps", "boy", "delivered or not"] },
        { name: "payments", fields: ["shop", "date", "amount", "cash or card"] },
      ],
      excluded: ["simit", "lottery"],
      background: ["cardboard", "drawer"],
    },
  },
  {
    id: "jaro-undas-nitso",
    who: "A woman in Jaro, Iloilo City, who with her husband and eight workers cleans, repairs and paints tombs (nitso) in the cemeteries of Iloilo before Undas, All Saints and All Souls, mostly for OFWs and families abroad who cannot come home, in Hiligaynon (never used before: Tagalog and Cebuano were written and the Ilocano-coloured English of Vigan and the Cebuano-coloured English of Lapu-Lapu were used, Hiligaynon never; as she types it, in between, with the English and Spanish-borne words Iloilo really mixes in: 'Maayong adlaw', 'nitso', 'sementeryo', 'Undas', 'OFW', 'abroad', 'Messenger', 'text', 'notebook', 'website', 'GCash', 'padala', 'advance', 'repair', 'mausoleo', 'indi na amon trabaho', 'indi pag-ibutang', 'Salamat gid'): a website where clients at home and abroad order, pick the paint colour and pay the advance without an account, she and her husband see everything and the money and the workers their jobs of the day, orders from September 1 to October 20 only, all work done before October 30 because no work is allowed in the cemeteries from October 31, a small tomb ₱1,500, a big one ₱2,500 and a mausoleum ₱6,000, ₱800 more for cracked or broken cement, the client's colour or white, flowers and candles ₱500 more, half in advance by GCash or remittance (padala) and the rest after the photos, before and after photos of every tomb sent to the client, the name on the headstone (lapida) and the number or place of the tomb from the client, three small tombs a worker a day at most, Jaro, Molo, La Paz and Mandurriao only and ₱300 more outside the city; records told in sentences ('Ang kada kliyente may …') with the size in brackets and bulak kag kandila ukon wala, advance nabayaran ukon wala and tapos ukon wala in them, a client with many tombs and every order for one tomb; a notebook and Messenger today; catering for the families 'indi na amon trabaho', the prayer leader (padasal) 'indi pag-ibutang'; the country (pungsod) taken off the clients (kliyente) and the Facebook name (Facebook nga ngalan) put on them after 'Change something' at 'Your data'",
    says: {
      overview:
        "Maayong adlaw! Ako si Marites Villanueva, taga-Jaro, Iloilo City. Ang pamilya namon nagalimpyo, nagarepair kag nagapintura sang mga nitso sa mga sementeryo diri sa Iloilo antes mag-Undas. Kami ang nagahimo sini, ako, ang bana ko, kag walo ka trabahador. Madamo sang amon kliyente mga OFW kag mga pamilya nga yara sa abroad, indi sila makapauli, gani kami ang ila ginasugo. Subong, ang mga order naga-abot sa Messenger kag sa text, kag ginasulat ko lang sa isa ka notebook. Sang nagligad nga tuig, ginpinturahan namon sang asul ang sala nga nitso, nitso sang iban nga pamilya! Naakig gid ang tag-iya, kag ginpinturahan namon liwat sang puti nga wala bayad. Kahuya gid. Ang anak ko nga si Kevin nagatuon sang IT sa Central Philippine University, kag himuan niya kami sang website.",
      more: "Ang mga kliyente, bisan yara sila sa abroad, maka-order sa website, makapili sang kolor kag makabayad sang advance, indi na kinahanglan mag-account. Ako kag ang bana ko makita ang tanan, pati ang kwarta. Ang mga trabahador mag-login kag makita lang nila ang ila trabaho sa amo nga adlaw.",
      walkthrough:
        "Amo ini ang amon mga rules:\nNagabaton kami sang order halin Setyembre 1 tubtub Oktubre 20 lang.\nTanan nga trabaho kinahanglan tapos antes sang Oktubre 30, kay halin Oktubre 31 wala na ginatugutan ang trabaho sa sementeryo.\nAng limpyo kag pintura sang gamay nga nitso ₱1,500, ang dako nga nitso ₱2,500, kag ang mausoleo ₱6,000.\nKon may buka ukon guba nga semento, dugang nga ₱800 para sa repair.\nAng kliyente ang mapili sang kolor sang pintura, kag kon wala siya mapili, puti ang amon gamiton.\nAng bulak kag kandila dugang nga ₱500.\nKatunga nga advance paagi sa GCash ukon padala, kag ang kulang human nila makita ang litrato.\nKada nitso may litrato antes kag human, kag ginapadala namon sa kliyente.\nKinahanglan ihatag sang kliyente ang ngalan nga nakasulat sa lapida kag ang numero ukon lugar sang nitso, para indi na kami masayop liwat.\nIsa ka trabahador, tatlo lang ka gamay nga nitso sa isa ka adlaw.\nJaro, Molo, La Paz kag Mandurriao lang kami, kag sa gwa sang siyudad dugang nga ₱300 para sa pamasahe.",
      things:
        "Ang kada kliyente may ngalan, numero sang cellphone, kag pungsod. Ang kada nitso may ngalan sang patay, sementeryo, lugar ukon numero, kag kadakuon (gamay, dako, ukon mausoleo). Ang kada order may kliyente, nitso, kolor sang pintura, bulak kag kandila ukon wala, trabahador, advance nabayaran ukon wala, kag tapos ukon wala. Ang kada trabahador may ngalan kag numero sang cellphone. Ang isa ka kliyente mahimo may madamo nga nitso, kag ang kada order para sa isa lang ka nitso.",
      thingsChange:
        "Duha ka butang. Kuhaa ang pungsod sa kliyente, indi namon na ginagamit. Kag idugang ang Facebook nga ngalan sang kliyente, kay sa Messenger kami nagasabat sa ila.",
      extras: [
        "Ang catering para sa mga pamilya sa Undas, indi na amon trabaho. Kag ang padasal, ang manang sa simbahan ang nagahimo sina, indi pag-ibutang.",
        "Amo lang na. Salamat gid!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Ako kag ang bana ko makita ang tanan kag ang kwarta. Ang mga trabahador mag-login kag makita lang ang ila trabaho sa amo nga adlaw. Ang mga kliyente maka-order nga wala account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "order halin Setyembre 1 tubtub Oktubre 20 lang",
        "trabaho tapos antes sang Oktubre 30 halin Oktubre 31 wala na ginatugutan",
        "gamay nga nitso ₱1,500 dako nga nitso ₱2,500 mausoleo ₱6,000",
        "buka ukon guba nga semento dugang nga ₱800",
        "kliyente ang mapili sang kolor wala siya mapili puti",
        "bulak kag kandila dugang nga ₱500",
        "katunga nga advance GCash ukon padala kulang human nila makita ang litrato",
        "kada nitso may litrato antes kag human",
        "ngalan nga nakasulat sa lapida numero ukon lugar sang nitso",
        "isa ka trabahador tatlo lang ka gamay nga nitso sa isa ka adlaw",
        "Jaro Molo La Paz kag Mandurriao lang gwa sang siyudad dugang nga ₱300",
      ],
      tables: [
        { name: "kliyente", fields: ["ngalan", "numero sang cellphone", "Facebook nga ngalan"] },
        { name: "nitso", fields: ["ngalan sang patay", "sementeryo", "lugar ukon numero", "kadakuon"] },
        {
          name: "order",
          fields: [
            "kliyente",
            "nitso",
            "kolor sang pintura",
            "bulak kag kandila ukon wala",
            "trabahador",
            "advance nabayaran ukon wala",
            "tapos ukon wala",
          ],
        },
        { name: "trabahador", fields: ["ngalan", "numero sang cellphone"] },
      ],
      excluded: ["catering", "padasal"],
      background: ["notebook", "Messenger"],
    },
  },
  {
    id: "segalar-forn-comunal",
    who: "A retired schoolmistress in a village of the Ségala near Rodez, in Rouergue, treasurer of the association that restored the village's communal bread oven and fires it for the families, in Occitan (never used before: French, Catalan, Corsican and Neapolitan were written, Occitan never; in the Languedocien of Rouergue in its classical spelling, as she types it, in between, with the words a French village really uses: 'Adiu', 'regenta', 'forn comunal', 'fornada', 'fogassas', 'quasèrn', 'calendièr', 'ordenador', 'internet', 'prefectura', 'èuros', 'sòcis', 'es pas nòstre afar', 'metètz pas aquò', 'Mercé plan'): a program on the association's laptop in the village hall, where the internet hardly comes, with no password, for her and the president, the oven fired the first Saturday of every month from April to October and for the village fête in August, heated from 6 in the morning with the batches from 9, four batches a Saturday at 9, 10:30, noon and 13:30, one batch one family's with 12 loaves or 6 fouaces at most, 8 euros a batch for members and 15 for the others, 10 euros a year a family to join, every family bringing its dough ready and the association never making bread, a batch cancelled under 3 days ahead paid anyway, no children under 12 near the oven, only a baker of the association putting the bread in and taking it out, the Saturday called off with the money back when the prefecture bans fires in a summer drought; records after colons on lines with sòcia o pas, anullat o pas, pans o fogassas and pagat o pas in them, a batch one family's and four batches a Saturday; a school exercise book (quasèrn) and a calendar on the oven door (calendièr) today; the fête's meal (repais) 'es pas nòstre afar', pizzas 'metètz pas aquò'",
    says: {
      overview:
        "Adiu a totes! Me sonan Mirelha Costas, soi regenta a la retirada e demòri dins un vilatjòt del Segalar, pas luènh de Rodés, en Roergue. Soi la tresorièra de l'associacion «Los Amics del Forn». Fa dètz ans, avèm restaurat lo forn comunal del vilatge, e ara lo caufam cada mes e las familhas venon i cuèire lor pan e lors fogassas. Uèi tot es escrich dins un quasèrn d'escòla, e i a un calendièr penjat a la pòrta del forn. Lo mes passat, doas familhas èran inscrichas per la meteissa fornada, e la que veniá de Vilafranca amb sa pasta se'n tornèt amb la pasta crusa. Quina vergonha! Mon felen Pau estúdia l'informatica a Tolosa e nos farà un programa per l'ordenador de l'associacion.",
      more: "Lo programa serà sonque sus l'ordenador de l'associacion, a la sala de las fèstas. L'internet i passa pas gaire, alara cal que foncione sens internet. Sonque ieu e lo president, Joan-Pèire, l'utilizarem.",
      walkthrough:
        "Vaquí cossí fasèm:\nLo forn es caufat lo primièr dissabte de cada mes, d'abril fins a octobre, e tanben per la fèsta del vilatge en agost.\nLo forn se caufa a partir de 6 oras del matin, e las fornadas començan a 9 oras.\nCada dissabte i a quatre fornadas: a 9 oras, a 10 oras e mièja, a miègjorn e a 13 oras e mièja.\nUna fornada es per una sola familha, e dins una fornada i caben 12 pans o 6 fogassas, pas mai.\nUna fornada còsta 8 èuros pels sòcis e 15 èuros pels autres.\nLa cotisacion a l'associacion es de 10 èuros per an e per familha.\nCada familha pòrta sa pasta ja prèsta, nosautres fasèm pas lo pan.\nQuand una familha anulla mens de 3 jorns abans, paga la fornada parièr.\nLos enfants de mens de 12 ans s'apròchan pas del forn.\nEs totjorn un fornièr de l'associacion qu'enforna e que desenforna, jamai las familhas.\nQuand la prefectura defend los fuòcs en estiu per la secada, lo dissabte es anullat e tornam los sòus a las familhas.",
      things:
        "Las familhas: nom, telefòn, vilatge, sòcia o pas.\nLos dissabtes: data, fornièr, anullat o pas.\nLas fornadas: dissabte, ora, familha, pans o fogassas, quantes, pagat o pas.\nUna fornada es d'una sola familha, e cada dissabte a quatre fornadas.",
      extras: [
        "Lo repais de la fèsta, es lo comitat de las fèstas que lo fa, es pas nòstre afar. E de monde nos demandan de cuèire de pizzas dins lo forn: non, metètz pas aquò.",
        "Es tot. Mercé plan, e a lèu!",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Cap de mot de passa. Sonque ieu e Joan-Pèire utilizam l'ordenador de la sala.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "primièr dissabte de cada mes d'abril fins a octobre fèsta del vilatge en agost",
        "caufa a partir de 6 oras del matin fornadas començan a 9 oras",
        "quatre fornadas a 9 oras a 10 oras e mièja a miègjorn a 13 oras e mièja",
        "una fornada per una sola familha 12 pans o 6 fogassas pas mai",
        "fornada 8 èuros pels sòcis 15 èuros pels autres",
        "cotisacion 10 èuros per an e per familha",
        "cada familha pòrta sa pasta nosautres fasèm pas lo pan",
        "anulla mens de 3 jorns abans paga la fornada parièr",
        "enfants de mens de 12 ans s'apròchan pas del forn",
        "totjorn un fornièr de l'associacion qu'enforna e que desenforna",
        "prefectura defend los fuòcs dissabte es anullat tornam los sòus",
      ],
      tables: [
        { name: "familhas", fields: ["nom", "telefòn", "vilatge", "sòcia o pas"] },
        { name: "dissabtes", fields: ["data", "fornièr", "anullat o pas"] },
        {
          name: "fornadas",
          fields: ["dissabte", "ora", "familha", "pans o fogassas", "quantes", "pagat o pas"],
        },
      ],
      excluded: ["repais", "pizzas"],
      background: ["quasèrn", "calendièr"],
    },
  },
];
