import type { Persona } from "../persona-driver.js";

/**
 * The sixty-fourth round: ten more people nobody has met, written blind, without reading the
 * interviewer or anything that reads these files, and before any spec was made from what
 * they say. What each of them expects was set down from their own words, the way a careful
 * listener would take them, so the round can be held out or tuned on like the rest.
 *
 * As before, ordinary people telling an idea the ordinary way, made neither easy nor hard:
 * answers from a lower-case fragment to several paragraphs, records told in sentences
 * ("Every buyer got …", "Every customer have got …", "Motsamaisi mongwe le mongwe o na le
 * …", "Leeto lengwe le lengwe le na le …"), spread over sentences ("There's the swimmers,
 * each with …", "Then there's the entries, that's …", "And the sponsors, …, that's …"),
 * after colons inline ("Pickers: name, village, …. Collections: …", and in lower case
 * "donkeys: name, age, …", "dams: number, size, …"), after colons on lines ("Dagiti
 * gumatang: nagan, …"), after dashes on lines ("- customers - name, island, …"), and none
 * at all from the library, whose rules come numbered. Eight write in English, each in the
 * English of a place no round has used (every round-*.ts, index.ts and held-out.ts was
 * searched, their doc comments and every `who`: the Norfolk Island English of the
 * lighterage and the Lord Howe English were used, no English of Pitcairn was, nor
 * "Pitcairn", "Adamstown", "Bounty", "Hill of Difficulty", "Taro Ground", "longboat",
 * "Public Work" or "Miscellany"; the Cardiff English of Splott, the English of Anglesey and
 * a Valleys English were used, no English of Pembrokeshire was, nor "Pembrokeshire",
 * "Tenby", "Saundersfoot", "Caldey", "Goscar", "Landsker", "De Valence" or "Boxing Day";
 * the coastal Kenyan English of Mombasa was used, with its "Jambo" and "Ahsante sana", no
 * English of Lamu was, nor "Lamu", "Shela", "Manda", "fundis" or "wacha"; the Potteries
 * English of Burslem, the Englishes of Somerset and Bristol and a Valleys English with its
 * "butt" were used, no English of the Forest of Dean was, nor "Forest of Dean",
 * "Cinderford", "Ruspidge", "Soudley", "St Briavels", "free miner", "gale" or "Forester";
 * the Malayali English of Thrissur and the Andaman English of Port Blair were used, no
 * English of Lakshadweep was, nor "Lakshadweep", "Agatti", "Kavaratti", "Ramzan" or "tuna
 * pickle"; the Ladakhi English of Rumbak, the Himachali English of Kotkhai and the Monpa
 * English of Tawang were used, no English of Spiti was, nor "Spiti", "Kibber", "Julley",
 * "chharma" or "sea buckthorn", "kaza" only as a Ladino house; the South Australian English
 * of Salisbury and the Englishes of Lord Howe and Norfolk Island were used, no English of
 * Kangaroo Island was, nor "Kangaroo Island", "Kingscote", "Parndana", "Sealink", "marron"
 * or "yabbies"; the Potteries English of Burslem and the Yorkshire Englishes of Barnsley
 * and the Dales were used, no English of Derbyshire or the Peak was, nor "Derbyshire",
 * "Castleton", "Hope Valley", "Mam Tor", "Treak Cliff" or "Blue John"): the Pitcairn
 * English of Adamstown, in long paragraphs ("Whutta way you", "the Edge", "the Landing",
 * "the Hill of Difficulty", "the longboat", "the Miscellany", "Public Work", "that's his
 * business, not ours", "leave that out", "goodbye from Pitcairn"), the South Pembrokeshire
 * English of Tenby, in long paragraphs ("Hiya", "below the Landsker", "the North Beach",
 * "Goscar Rock", "the De Valence", "the Observer", "there's lovely", "now in a minute",
 * "that's their committee's lookout", "leave that out", "bye now, love"), the
 * Swahili-coloured English of Lamu, in lower-case fragments ("salaam", "baba", "the
 * jetty", "fundis", "jumaa", "pole pole", "thats his not ours", "wacha hiyo, leave it",
 * "asante, kwaheri"), the Forest of Dean English of Cinderford, in between ("Ow bist, old
 * butt?", "Oi be", "our Darren", "her'll", "a gale", "the level", "dussn't", "the
 * Forester", "that's his business, not the pit's", "leave that out", "Thee look after
 * theeself"), the Jeseri-coloured English of Agatti, in short plain sentences ("Assalamu
 * alaikum", "the unit", "the ship", "the mainland", "our island people", "Ramzan", "That
 * is his business, not the group's", "No need to put that"), the Spiti English of Kaza, in
 * short plain sentences ("Julley from Spiti", "chharma", "the collection points", "the bus
 * roof", "That is his business, not the cooperative's", "We do not take tourists"), the
 * Kangaroo Island English of Parndana, in terse lower-case fragments ("g'day", "ki", "the
 * sealink", "the mainland", "the fires", "heaps", "the nbn", "her thing, not the cli",
 * "nah leave it", "cheers"), and the Peak English of Castleton, in between ("Ey up", "me
 * dad", "it were", "owt", "nowt", "summat", "that's her own thing, nowt to do with the
 * library", "leave them out", "Cheers, see thee"). One writes in Setswana (never used
 * before: the formal Botswana English of Kanye was used, with its "Dumela" and "Ke a
 * leboga", Setswana itself never, nor "Maun", "Okavango", "mokoro", "mekoro", "bajanala",
 * "Moremi" or "Dumelang"; as a Maun polers' trust secretary types it, in between, in the
 * standard spelling: "Dumelang", "batsamaisi ba mekoro", "bajanala", "di-lodge", "mo
 * lotshitshing", "Ke ne ka tlhabiwa ke ditlhong thata!", "dikhomputara", "neteweke", "ga
 * se tiro ya rona", "tlogelang seo", "Ke a leboga thata, pula!"), and one in Ilocano (never
 * used before: Tagalog, Cebuano and Hiligaynon were written and the Ilocano-coloured
 * English of Vigan was used, with its "Naimbag nga aldaw" and "Agyamanak unay", Ilocano
 * itself never, nor "Naguilian", "La Union", "burnay", "samak", "bagnet", "kaanakak" or
 * "Dios ti agngina", "basi" only as a Chichewa word; as a Naguilian basi maker types it, in
 * between, with the English and Spanish-borne words the Ilocos mixes in: "Naimbag a
 * bigatyo amin", "ni lelongko", "ti katas ti unas", "ukis ti samak", "balikbayan",
 * "agtext", "Nakababain unay!", "ti kaanakak", "saan a trabahomi dayta", "baybay-anyo
 * dayta", "Dios ti agngina").
 *
 * What varies is the kind of software, the trade and the length of the answers: web apps
 * for a Pitcairn family's honey (their own hives and no bees or honey ever brought in,
 * NZ$15 and NZ$25 a jar, the supply ship four times a year and nothing by air, orders shut
 * two weeks before, 12 jars an order, NZ$20 and NZ$35 postage, nothing to Australia, a
 * ship's honey never sold again on a cruise ship, orders waiting when the longboat can't go
 * out), Tenby's Boxing Day swim (the North Beach at eleven, £15 and £5 and every penny to
 * charity, 800 in the water, nobody under 8 and under-16s with a grown-up, entries shut on
 * the 20th, numbers and medals at the De Valence, no wetsuits for the fancy dress prize, no
 * money back after the 20th, the swim off in a rough sea) and a Naguilian family's basi
 * (made January to April, four months in the burnay, ₱250 and ₱900, 24 bottles and half
 * first for stores, the courier on Tuesdays and Fridays, nothing abroad, to minors or in a
 * typhoon); phone apps for a Lamu family's donkeys (6 to 6 and nothing from 12 to 2, Friday
 * prayers, 2 bags of cement a trip, a sick donkey resting till the clinic says, KSh 200,
 * 300 and 800, Shela at low tide, fundis on Thursdays and guesthouses at the month's end,
 * 15 trips a donkey a day) and a Maun polers' trust (April to October, two tourists a
 * mokoro, licensed polers in turn, P450 and P1,200, 20% to the trust, paid on Fridays,
 * back before sunset, nothing in wind or heavy rain), the second working without network;
 * programs on one computer for a Forest of Dean free mine's house coal (£14 a bag and £420
 * a ton, the Forest only and nothing sold on, free within five miles, in turn, ten bags a
 * house a month in winter, 10% for pensioners, two men underground or nobody, nothing in a
 * flooded week) and an Agatti women's group's tuna pickle (fresh tuna the same day, none in
 * the monsoon, ₹150, ₹280 and ₹600, no colour or preservative, glass only, six months at
 * most, Kochi shops paying first, the ship's cargo booked three days ahead, members paid by
 * their days); a service without screens, in Node.js with Express and PostgreSQL, for a
 * Kaza women's cooperative's sea buckthorn (15 September to 31 October, members only,
 * picked by hand and nothing on cut branches, ₹60 and ₹30 a kilo, 40 kg a picker a day, at
 * the unit within 24 hours, paid on the 5th by bank transfer, a point shut when snow closes
 * its road); a C# library for a Castleton workshop's Blue John prices (the weight times the
 * vein's price a gram, stabilised 30% less, £25 and £120 settings, nothing over 500 grams,
 * VAT, rounded up to the next £5); and a command-line tool in Rust with SQLite for a
 * Kangaroo Island marron farm (live only, purged three days, three grades and under 100 g
 * back in the dam, $55, $70 and $90, Monday noon for the Wednesday Sealink, 5 kg and 14
 * days for restaurants, 40 kg a week to the mainland, nothing over at 35 degrees), with
 * commands and flags. The Lamu son and the Parndana developer answer in lower-case
 * fragments, the second tersely, the Pitcairn beekeeper and the Tenby secretary in long
 * paragraphs, the Agatti secretary and the Kaza developer in short plain sentences, the
 * others in between.
 *
 * Each tells the story of the day it went wrong, with the people in it: sixty jars sold on
 * a cruise ship and a letter to the Miscellany, three hundred swimmers held back on the
 * sand and a crying Father Christmas in the Observer, a family an hour on the jetty in the
 * sun, forty bags sold on at a car boot while three pensioners went cold, 120 jars sold at
 * the airport from under a Kochi shop's 200, thirty pickers paid from memory off wet slips,
 * two restaurants promised the same large marron, twin bowls sold for £180 and £260 to two
 * sisters, one poler booked by two lodges and four Germans on the bank, thirty bottles
 * promised to a San Fernando store and sold to a balikbayan; and each says who will build
 * it (a nephew in Auckland, a son-in-law in Cardiff, a friend at Pwani in Kilifi, a
 * granddaughter at the college in Cinderford, a son studying in Kochi, a sister's child at
 * the University of Botswana and a nephew studying IT in Baguio, while the Kaza, Parndana
 * and Castleton developers build it themselves). Who may see what is said in their own
 * words at "Accounts" (buyers and swimmers without an account, a packer who sees the next
 * ship's orders but not the money, hall volunteers who see names and numbers, a father who
 * sees only the day's sending, a chairperson who sees everything, API keys for a weighing
 * app, a website and an office computer) or left unsaid by the Rust tool and the C#
 * library; the two desktop programs are picked at "Kind" in the person's own words.
 *
 * Relations said plainly ("One order goes on one ship, and a buyer can order for every
 * ship", "One entry's one swimmer for one year", "1 trip is 1 donkey n 1 boy, 1 donkey
 * does lots of trips a day", "One order's for one customer, and a customer orders all
 * winter long", "One order is from one customer. One customer gives many orders", "One
 * collection is from one picker", "1 order is 1 customer 1 grade", "Leeto lengwe le
 * tsamaisiwa ke motsamaisi a le mongwe", "Ti maysa nga order ket para iti maysa laeng a
 * gumatang"); allowed values in the lists and sentences themselves (paid or not, fancy
 * dress or not, clinic ok y/n, fundi or guesthouse or tourist, paid y/n, pensioner or not,
 * delivered or not, shop or person, paid yes or no, sent yes or no, restaurant or farm
 * gate, duetswe kgotsa nnyaa, tienda wenno tao, nabayadan wenno saan, naipatulod wenno
 * saan); background in a notebook and on the fridge, on paper forms and a spreadsheet, in
 * chalk on a store door, on a calendar and in a pocket book, in a school notebook and a
 * cash box, on paper slips and in a diary, in an exercise book and texts, in a price book,
 * in a buka, in a notebook; technology named as Node.js with Express and PostgreSQL, C#,
 * and Rust with SQLite, and none at all by seven of them; "no" said as "that's his
 * business, not ours", "leave that out", "that's their committee's lookout", "thats his
 * not ours", "wacha hiyo, leave it", "that's his business, not the pit's", "That is his
 * business, not the group's", "No need to put that", "That is his business, not the
 * cooperative's", "We do not take tourists", "her thing, not the cli", "nah leave it",
 * "that's her own thing, nowt to do with the library", "leave them out", "ga se tiro ya
 * rona", "tlogelang seo", "saan a trabahomi dayta", "baybay-anyo dayta"; while rules keep
 * their "no" ("no bees and no honey ever come onto the island", "nothing goes by air",
 * "We don't send to Australia", "nobody sells them jars on a cruise ship neither", "Nobody
 * under 8 goes in", "no entering on the beach", "no wetsuits", "No money back after the
 * 20th", "no work friday", "nobody buys to sell it on", "nowhere outside the Forest", "Two
 * men underground or nobody", "No colour and no preservative", "not plastic", "we do not
 * sell", "we do not buy", "No cash", "never dead or frozen", "nothing goes over", "the
 * library won't price", "Ga re tsamaye bosigo", "Saanmi nga ilako", "Saankami nga
 * agipatulod").
 *
 * The Pitcairn beekeeper takes the country off the buyers and puts a message on the orders,
 * the Tenby secretary takes the phone off the swimmers and puts an emergency contact on the
 * entries, and the Lamu son takes the age off the donkeys and puts the time on the trips,
 * each after "Change something" at "Your data"; the Forest of Dean miner puts the stove on
 * the customers, the Parndana developer puts the water temp on the harvests, the Castleton
 * developer takes the 40% for other shops out of the library and the Naguilian maker puts
 * the basi's year (tawen ti basi) on the orders, each at the review. The Forest of Dean and
 * Agatti programs and the Maun app are meant to work without the internet, the first
 * because the signal doesn't reach the woods, the second because the island's internet is
 * slow and goes, the third because there is no network at Boro where the mekoro start; the
 * Parndana tool lives on one laptop in a shed, and the Kaza service answers a weighing app,
 * a website and an office computer. Setswana and Ilocano, both in Latin letters, are
 * compared by their own words, so their expected words are in the forms the person used
 * (as "mokoro mongwe le mongwe o tsaya bajanala ba babedi fela le motsamaisi", "saanmi nga
 * ilako ti basi a saan pay a nagyan iti burnay iti uppat a bulan"); every expected feature
 * was checked to be in one line the person said, and the excluded words of all ten were
 * checked not to read like anything they want (not "honey" or "ship" for the brother's
 * work and the Bureau's, but "carvings" and "stamps"; not "swim" or "beach" for the next
 * town's swim and the shirts, but "Saundersfoot" and "hoodies"; not "donkey" or "trips" for
 * the uncle's boat and the children's fun, but "dhow" and "rides"; not "coal" or "Forest"
 * for the brother's logs and the curious, but "firewood" and "visitors"; not "tuna" or
 * "lagoon" for the husband's catch and the sweets, but "octopus" and "halwa"; not "berries"
 * or "picking" for the cousin's guests and the visitors, but "homestay" and "tourists"; not
 * "marron" or "farm" for the mother's guests and the small crayfish, but "cabin" and
 * "yabbies"; not "Blue John" or "shop" for the mother's teas and the other stones, but
 * "café" and "fossils", and "wholesale" once taken out; not "mokoro" or "bajanala" for the
 * uncle's planes and the women's baskets, but "difofane" and "diroto"; not "basi" for the
 * cousin's pork and the vinegar, but "bagnet" and "sukang").
 */
export const SIXTY_FOURTH_ROUND: readonly Persona[] = [
  {
    id: "pitcairn-honey-orders",
    who: "A woman in Adamstown, on Pitcairn Island in the South Pacific, descended from the Bounty mutineers and the Tahitians who came with them, one of about forty people left on the island, who with her husband keeps some sixty hives along the Edge and down Taro Ground and sells the honey overseas, in the Pitcairn English of Adamstown, in long paragraphs ('Whutta way you', 'the Edge', 'the Landing', 'the Hill of Difficulty', 'the longboat', 'ship day', 'the Miscellany', 'Public Work', \"that's his business, not ours\", 'leave that out', 'goodbye from Pitcairn'): a website where buyers overseas order and pay without an account, she and her husband see everything and the money and her cousin who packs sees the orders for the next ship but not the money, only honey from their own hives on Pitcairn and no bees or honey ever brought onto the island, NZ$15 a 250 g jar and NZ$25 a 500 g jar, everything on the supply ship from New Zealand four times a year and nothing by air, orders for a ship shut two weeks before it comes, 12 jars an order at most, postage NZ$20 to New Zealand and NZ$35 anywhere else paid with the order, nothing sent to Australia, orders shut for a ship when its honey is spoken for and none of that honey sold on a cruise ship, the orders waiting for the next ship with the money back for anyone who asks when the sea is too rough for the longboat; records told in sentences ('Every buyer got …', 'Every order got …', 'And every harvest got …') with paid or not in them, an order on one ship and a buyer ordering for every ship; a notebook and a list on the fridge today; her brother's carvings for the cruise ships \"that's his business, not ours\", the island stamps 'leave that out'; the country taken off the buyers and a message put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Whutta way you! That's how we say hello on Pitcairn. I'm Heather Young, and I was born right here in Adamstown, same as my mother and her mother, all the way back to the Bounty, and there's only about forty of us left on the island now. Me and my husband Len keep bees, sixty-odd hives along the Edge and down Taro Ground, and Pitcairn honey is about the cleanest honey in the world, because our bees never had none of the diseases the bees everywhere else got. We sell it overseas, to New Zealand and England and America, and it all go out on the supply ship from New Zealand, four times a year, because there ain't no airstrip and the ship is the only way on or off. Right now the orders come by email, some to me and some to Len, and I write them in a notebook and put the list for every ship up on the fridge, and there's the trouble. Last year a cruise ship come the week before the supply ship, and Len went out in the longboat and sold sixty jars on board, the very same jars I had on the fridge list for the supply ship. Forty people overseas got nothing but a sorry, and a lady in England wrote to the Miscellany, that's our island newsletter, that Pitcairn honey is a swindle. With forty people on the island, you hear about that at every Public Work for a year. My nephew Jarrod is doing computing at the university in Auckland, and he say he'll make us a website.",
      more: "Buyers ought to order and pay on the website without making no account, most of them only order the once. Len and me see everything, and the money. My cousin Tania does the packing in the shed, so she should see the orders for the next ship, but not the money, that's between me and Len.",
      walkthrough:
        "All right, here's how we go, and some of it is the Island's law and not ours.\n\nWe only sell honey from our own hives on Pitcairn, and no bees and no honey ever come onto the island from anywhere, that's the law, it keeps our bees clean.\n\nThe honey is NZ$15 for a 250 g jar and NZ$25 for a 500 g jar.\n\nEverything goes on the supply ship from New Zealand, four times a year, and nothing goes by air, there's no airstrip.\n\nOrders for a ship close two weeks before the ship come, so Tania has time to pack it all and we get the boxes down the Hill of Difficulty to the Landing for the longboat.\n\nNo more than 12 jars in one order, so everybody gets some.\n\nPostage is NZ$20 to New Zealand and NZ$35 anywhere else, paid with the order.\n\nWe don't send to Australia, they won't let our honey in.\n\nWhen the honey for a ship is all spoken for, the website stops taking orders for that ship, and nobody sells them jars on a cruise ship neither.\n\nIf the sea is too rough for the longboat on ship day and the ship goes without our boxes, the orders wait for the next ship, and anybody who wants their money back gets it.",
      things:
        "Let me think. Every buyer got a name, an email, the address and the country. Every order got the buyer, which ship, how many small jars, how many big jars and paid or not. And every harvest got the date, which hives and how many kilo. One order goes on one ship, and a buyer can order for every ship if they want.",
      thingsChange:
        "Oh, wait, two things. Take the country off the buyers, it's right there in the address anyhow. And put a message on the orders, plenty of people send the honey for a birthday or Christmas and want a little card in the box.",
      extras: [
        "My brother Steve's carvings, the wooden sharks and turtles and the little Bounty models, he sells them on the cruise ships, that's his business, not ours. And the island stamps, the Philatelic Bureau looks after them, leave that out.",
        "That's all from me. Thank you, and goodbye from Pitcairn.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Buyers order and pay without an account. Len and me see everything and the money. Tania sees the orders for the next ship, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "only sell honey from our own hives on Pitcairn no bees and no honey ever come onto the island",
        "NZ$15 for a 250 g jar NZ$25 for a 500 g jar",
        "everything goes on the supply ship from New Zealand four times a year nothing goes by air",
        "orders for a ship close two weeks before the ship come",
        "no more than 12 jars in one order",
        "postage is NZ$20 to New Zealand NZ$35 anywhere else paid with the order",
        "we don't send to Australia",
        "honey for a ship is all spoken for the website stops taking orders for that ship",
        "sea is too rough for the longboat the orders wait for the next ship money back",
      ],
      tables: [
        { name: "buyers", fields: ["name", "email", "address"] },
        {
          name: "orders",
          fields: [
            "buyer",
            "which ship",
            "how many small jars",
            "how many big jars",
            "paid or not",
            "message",
          ],
        },
        { name: "harvests", fields: ["date", "which hives", "how many kilo"] },
      ],
      excluded: ["carvings", "stamps"],
      background: ["notebook", "fridge"],
    },
  },
  {
    id: "tenby-boxing-day-swim",
    who: "A retired teacher in Tenby, in south Pembrokeshire below the Landsker, secretary of the committee that runs the town's Boxing Day swim off the North Beach for charity, in the South Pembrokeshire English of Tenby, in long paragraphs ('Hiya', 'below the Landsker', 'the North Beach', 'Goscar Rock', 'the De Valence', 'the Observer', \"there's lovely\", 'now in a minute', 'tidy', \"that's their committee's lookout\", 'leave that out', 'bye now, love'): a website where swimmers enter and pay without an account, she and the treasurer see everything and the money and the volunteers at the hall see the names and numbers but not the money, the swim on Boxing Day off the North Beach at eleven sharp, £15 a grown-up and £5 a child with every penny after the costs to the year's charity, 800 swimmers at most, nobody under 8 and under-16s only with a grown-up who has entered, entries shut on the 20th of December and none taken on the beach, numbers and medals collected at the De Valence on Christmas Eve or between nine and ten on the morning, a prize for the best fancy dress with no wetsuits for it, no money back after the 20th, the swim off when the coastguard says the sea is too rough with the medal kept and the money staying with the charity; records spread over sentences ('There's the swimmers, each with …', 'Then there's the entries, that's …', 'And the sponsors, …, that's …') with fancy dress or not and paid or not in them, an entry one swimmer for one year and a swimmer coming back every year; paper forms in the shops and a spreadsheet today; the New Year's Day swim at Saundersfoot \"that's their committee's lookout\", T-shirts and hoodies 'leave that out'; the phone taken off the swimmers and an emergency contact put on the entries after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hiya, and good afternoon from Tenby. I'm Glenys Thomas, Tenby born and bred, down here below the Landsker where we've always talked English, and I taught at the junior school for thirty-four years, so half the town still calls me Miss. These days I'm secretary of the Boxing Day swim, which is a grand name for a lot of people in Santa hats running into the sea off the North Beach by Goscar Rock at eleven o'clock on Boxing Day, and there's lovely it is, mind, the whole town comes down to watch, and every penny goes to charity. Right now people fill in paper forms we leave in the shops, and Dai, our treasurer, puts them in a spreadsheet, and some of them email me, and some of them just turn up, and that's where it all went wrong. Year before last we had eleven hundred people on the North Beach for a swim the lifeguards will only have eight hundred in. We had to hold three hundred back on the sand, and some of them had driven down from Birmingham in fancy dress, and the Observer had a photo on the front page of a Father Christmas crying on the slipway. I didn't go in the Co-op for a fortnight. My son-in-law Rhys does websites up in Cardiff, and he says he'll do us one now in a minute, which in Tenby means before Easter if we're lucky.",
      more: "People ought to be able to enter and pay on the website without making an account, half of them only come the once. Me and Dai see everything, and the money. The volunteers handing out the numbers in the De Valence need to see the names and the numbers, but not the money, that's only tidy.",
      walkthrough:
        "Right, here's how it goes, and most of this is the lifeguards' rules, not mine, so don't you go blaming me.\n\nThe swim is on Boxing Day, off the North Beach, at eleven o'clock sharp, rain or shine.\n\nIt's £15 for a grown-up and £5 for a child, and every penny after the costs goes to the charity we pick for the year, the lifeboat this year.\n\nThere's eight hundred swimmers at the most, the lifeguards won't have one more in the water.\n\nNobody under 8 goes in, and anybody under 16 goes in with a grown-up who's entered too.\n\nEntries close on the 20th of December, and there's no entering on the beach on the day.\n\nEverybody collects their number and their medal in the De Valence on Christmas Eve, or on the morning between nine and ten.\n\nThere's a prize for the best fancy dress, but no wetsuits for the fancy dress prize, that's cheating.\n\nNo money back after the 20th, it's gone to the charity by then.\n\nIf the coastguard says the sea's too rough, the swim's off, but you keep your medal and the money stays with the charity.",
      things:
        "Let me see now. There's the swimmers, each with a name, their age, an email, a phone, and who they're going in with if they're under 16. Then there's the entries, that's the swimmer, the year, their number, fancy dress or not and paid or not. And the sponsors, the businesses in town who put money in, that's the name, how much and paid or not. One entry's one swimmer for one year, and a swimmer can come back every year, we've got a few who've done forty.",
      thingsChange:
        "Oh, hang on, two things. Take the phone off the swimmers, we only ever email them. And put an emergency contact on the entries, the lifeguards want a name and a number for every single one in the water.",
      extras: [
        "The New Year's Day swim over in Saundersfoot, that's their committee's lookout, nothing to do with us. And people are always on at me for T-shirts and hoodies, we don't do them, so leave that out.",
        "That's me done now. Thanks a lot, bye now, love.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Swimmers enter and pay without an account. Dai and me see everything and the money. The volunteers at the De Valence see the names and numbers, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "swim is on Boxing Day off the North Beach at eleven o'clock sharp",
        "£15 for a grown-up £5 for a child every penny after the costs goes to the charity",
        "eight hundred swimmers at the most",
        "nobody under 8 goes in under 16 goes in with a grown-up who's entered too",
        "entries close on the 20th of December no entering on the beach on the day",
        "collects their number and their medal in the De Valence on Christmas Eve or on the morning between nine and ten",
        "prize for the best fancy dress no wetsuits for the fancy dress prize",
        "no money back after the 20th",
        "coastguard says the sea's too rough the swim's off keep your medal the money stays with the charity",
      ],
      tables: [
        { name: "swimmers", fields: ["name", "age", "email", "who they're going in with"] },
        {
          name: "entries",
          fields: ["swimmer", "year", "number", "fancy dress or not", "paid or not", "emergency contact"],
        },
        { name: "sponsors", fields: ["name", "how much", "paid or not"] },
      ],
      excluded: ["Saundersfoot", "hoodies"],
      background: ["paper forms", "spreadsheet"],
    },
  },
  {
    id: "lamu-donkey-loads",
    who: "A young man in Lamu Old Town, on the Kenyan coast, whose father has fourteen donkeys and six boys who lead them, carrying cement, sand and coral blocks for the builders (fundis) and visitors' luggage from the jetty up the narrow lanes where there are no cars, in the Swahili-coloured English of Lamu, in lower-case fragments ('salaam', 'baba', 'the seafront', 'the jetty', 'fundis', 'shela', 'manda', 'jumaa', 'pole pole', 'thats his not ours', 'wacha hiyo, leave it', 'asante, kwaheri'): a phone app for him and his father, both seeing everything and the money and the boys and the customers not using it, with good network in town, donkeys working 6 am to 6 pm with nothing from 12 to 2 for the heat, no work on Friday from 12 to 2 for the prayers, 2 bags of cement, 4 buckets of sand or 2 suitcases a donkey a trip at most, a sick or lame donkey not working till the donkey clinic says ok, KSh 200 a trip for cement and sand inside the old town and KSh 300 for luggage from the jetty, KSh 800 to Shela along the beach at low tide only, the fundis paying every Thursday, the guesthouses at the end of the month and tourists cash on the spot, 15 trips a donkey a day at most; records after colons inline in lower case with clinic ok y/n, fundi or guesthouse or tourist and paid y/n in them, a trip one donkey with one boy and a donkey with lots of trips a day; chalk on the store door today; his uncle's sunset dhow trips 'thats his not ours', donkey rides for children on the seafront 'wacha hiyo'; the age taken off the donkeys and the time put on the trips after 'Change something' at 'Your data'",
    says: {
      overview:
        "salaam. im ali, 23, from lamu old town. no cars here, only donkeys lol. my baba has 14 donkeys n 6 boys who lead them, they carry cement, sand n coral blocks for the fundis building houses, n tourists bags from the jetty up to the guesthouses. rn baba writes the trips in chalk on the store door n wipes it every week, n the guesthouses just call him. last august 2 guesthouses booked the same donkeys for the same boat from manda airport. a family waited on the jetty 1 hour in the sun w their bags, the guesthouse lady stopped calling us n told everybody on the seafront. so my friend at pwani uni in kilifi is making an app",
      more: "only me n baba, on our phones. we both see everything n the money. the boys n the customers dont use it. network is good in town",
      walkthrough:
        "rules\n- donkeys work 6am to 6pm, nothing 12 to 2, the heat\n- no work friday 12 to 2, its jumaa prayers\n- max 2 bags cement a donkey a trip, or 4 buckets of sand, or 2 suitcases\n- sick or lame donkey dont work till the clinic says ok (the donkey clinic by the seafront)\n- inside the old town ksh 200 a trip for cement n sand, ksh 300 for luggage from the jetty\n- to shela ksh 800 a trip, along the beach at low tide only\n- fundis pay every thursday, guesthouses end of the month, tourists cash on the spot\n- each donkey max 15 trips a day, pole pole",
      things:
        "donkeys: name, age, clinic ok y/n. boys: name, phone. customers: name, phone, fundi or guesthouse or tourist. trips: donkey, boy, customer, load, from, to, paid y/n. 1 trip is 1 donkey n 1 boy, 1 donkey does lots of trips a day",
      thingsChange:
        "oh wait 2 things. take age off the donkeys, baba knows them all. n put the time on the trips, for the 12 to 2 rule",
      extras: [
        "my uncle does sunset dhow trips for the tourists, thats his not ours. n ppl ask for donkey rides for their kids on the seafront, wacha hiyo, leave it",
        "thats all. asante, kwaheri",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "only me n baba, we both see everything n the money. the boys n the customers dont use it",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "donkeys work 6am to 6pm nothing 12 to 2",
        "no work friday 12 to 2",
        "max 2 bags cement a donkey a trip or 4 buckets of sand or 2 suitcases",
        "sick or lame donkey dont work till the clinic says ok",
        "inside the old town ksh 200 a trip for cement n sand ksh 300 for luggage from the jetty",
        "to shela ksh 800 a trip at low tide only",
        "fundis pay every thursday guesthouses end of the month tourists cash on the spot",
        "each donkey max 15 trips a day",
      ],
      tables: [
        { name: "donkeys", fields: ["name", "clinic ok y/n"] },
        { name: "boys", fields: ["name", "phone"] },
        { name: "customers", fields: ["name", "phone", "fundi or guesthouse or tourist"] },
        { name: "trips", fields: ["donkey", "boy", "customer", "load", "from", "to", "paid y/n", "time"] },
      ],
      excluded: ["dhow", "rides"],
      background: ["chalk"],
    },
  },
  {
    id: "cinderford-free-mine-coal",
    who: "A free miner in Ruspidge, at the bottom of Cinderford in the Forest of Dean, born in the Hundred of St Briavels and a year and a day underground like his father and grandfather, who with his son works a small gale, a level into the hillside in the woods past Soudley, bringing out house coal for people's stoves and Rayburns round the Forest, in the Forest of Dean English of Cinderford, in between ('Ow bist, old butt?', 'Oi be', 'our Darren', \"her'll\", 'the Forest', 'a gale', 'the level', \"dussn't\", 'the Forester', \"the Miners' Arms\", \"that's his business, not the pit's\", 'leave that out', 'Thee look after theeself'): a program on the old computer in the cabin at the pit with no password and no internet, for him and his son, house coal only in 25 kilo bags at £14 or loose at £420 a ton, sold only to people in the Forest and never to anyone selling it on, delivered free within five miles of the pit and £20 further and never outside the Forest, orders in turn, ten bags a house a month at most from November to February, 10% off for pensioners from November to March, paid on delivery in cash or by bank transfer, two men underground or nobody, the level shut and the orders waiting in a wet week; records told in sentences ('Every customer have got …', 'Every order have got …', 'And every shift underground, that's …') with pensioner or not, delivered or not and paid or not in them, an order one customer's and a customer ordering all winter; the calendar in the cabin and a pocket book today; his brother's firewood \"that's his business, not the pit's\", visitors down the level 'leave that out'; the stove put on the customers at the review",
    says: {
      overview:
        "Ow bist, old butt? Keith Morgan, from Ruspidge, down the bottom of Cinderford. Oi be a free miner, born in the Hundred of St Briavels and worked a year and a day underground, same as me father and his father afore him, and that's what gives thee the right to a gale in the Forest. Me and our Darren work a little gale in the woods past Soudley, a level straight into the hill, and we bring out house coal for folk's stoves and Rayburns all round the Forest. Right now the orders be on the calendar in the cabin, or in the pocket book in me coat, or wherever whoever answered the phone wrote 'em. Last winter a fella from Gloucester had forty bags off our Darren, and it turned out he were selling 'em on at the car boot, and old Mrs Baldwin up our road and two other pensioners went three weeks in the snow with nothing in the grate. It were in the Forester, and Oi couldn't show me face in the Miners' Arms for a month. Our granddaughter Chloe's doing computing at the college in Cinderford, and her says her'll make us a program for the old computer in the cabin.",
      more: "Just me and our Darren, on the computer in the cabin at the pit. No password, there's nowt on it worth pinching. And there's no internet up there in the woods, the signal dussn't reach past the road.",
      walkthrough:
        "Right, this is how we go on.\nHouse coal only, in 25 kilo bags, £14 a bag, or loose by the ton, £420 a ton, tipped off the lorry.\nWe only sell to folk in the Forest, and nobody buys to sell it on.\nDelivered free within five mile of the pit, £20 further than that, and nowhere outside the Forest.\nOrders go in turn, first come first served.\nFrom November to February it's ten bags a house a month and no more, so everybody gets some.\nPensioners get 10% off, November to March.\nPaid on delivery, cash or bank transfer.\nTwo men underground or nobody, so no coal comes out on a day there's only one of us.\nIf the level's flooded in a wet week we don't go in, and the orders wait.",
      things:
        "Every customer have got a name, an address, a phone and pensioner or not. Every order have got the customer, the date, how many bags, how many tons loose, delivered or not and paid or not. And every shift underground, that's the date, who went down and how many bags come out. One order's for one customer, and a customer orders all winter long.",
      extras: [
        "Our Gary cuts logs and sells firewood off the back of his truck, that's his business, not the pit's. And folk are always wanting to come down the level for a look, like they do at the big show mines, we don't have visitors, leave that out.",
        "That's the lot. Thee look after theeself, butt.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program for the old computer in the cabin at the pit, no internet"],
      Accounts: "No password. Just me and our Darren on the computer in the cabin.",
    },
    atReview: [
      "That's proper, that is. Just the one thing: put the stove on the customers, a Rayburn or a woodburner or an open grate, 'cause the big lumps won't go in the little stoves.",
      "That's it now. Cheers, butt.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "house coal only in 25 kilo bags £14 a bag loose by the ton £420 a ton",
        "only sell to folk in the Forest nobody buys to sell it on",
        "delivered free within five mile of the pit £20 further than that nowhere outside the Forest",
        "orders go in turn first come first served",
        "from November to February ten bags a house a month",
        "pensioners get 10% off November to March",
        "paid on delivery cash or bank transfer",
        "two men underground or nobody",
        "level's flooded in a wet week we don't go in the orders wait",
      ],
      tables: [
        { name: "customers", fields: ["name", "address", "phone", "pensioner or not", "stove"] },
        {
          name: "orders",
          fields: [
            "customer",
            "date",
            "how many bags",
            "how many tons loose",
            "delivered or not",
            "paid or not",
          ],
        },
        { name: "shifts", fields: ["date", "who went down", "how many bags"] },
      ],
      excluded: ["firewood", "visitors"],
      background: ["calendar", "pocket book"],
    },
  },
  {
    id: "agatti-tuna-pickle",
    who: "A woman in Agatti, in the Lakshadweep islands off Kerala, secretary of a self-help group of twelve women who make tuna pickle and mas, the smoked and dried tuna, from the skipjack the island's boats bring in, selling to shops in Kavaratti and Kochi and to island people working on the mainland, in the Jeseri-coloured English of Agatti, in short plain sentences ('Assalamu alaikum', 'the unit', 'the ship', 'the mainland', 'our island people', 'Ramzan', 'the panchayat member', \"That is his business, not the group's\", 'No need to put that'): a program on the computer in the group's unit with no password and no internet needed, for her and the treasurer, pickle made only from fresh tuna the day the boat comes, no pickle from June to September when the boats stay in for the monsoon, ₹150 a 250 g jar, ₹280 a 500 g jar and ₹600 a kilo of mas, no colour and no preservative, glass jars only and no plastic, nothing older than 6 months sold, shops in Kochi paying before anything is sent and island people when they take it, Kochi orders on the ship with the cargo booked 3 days before it sails, every member paid for her days of work at the end of the month; records after dashes on lines with shop or person, paid yes or no and sent yes or no in them, an order one customer's and a customer with many orders; a school notebook and a cash box today; her husband's octopus from the lagoon \"That is his business, not the group's\", the members' coconut halwa for weddings 'No need to put that'",
    says: {
      overview:
        "Assalamu alaikum. My name is Sajida Beevi. I live in Agatti, in Lakshadweep. I am the secretary of our women's self-help group. We are twelve women. We make tuna pickle and mas, the dried tuna, from the fish the boats bring in. We sell to shops in Kavaratti and in Kochi. Also to our island people working on the mainland. Now I write the orders in my daughter's old school notebook. The money is in a small cash box. Last Ramzan I promised 200 jars to a shop in Kochi. Our treasurer sold 120 of the same jars to visitors at the airport. The ship went with 80 jars only. The shop owner phoned our panchayat member. It was very shameful for the group. My son is studying computer science in Kochi. He will make a program for the computer in our unit.",
      more: "Only me and our treasurer Fathima will use it, on the computer in the unit. No password. The internet in Agatti is slow and it goes many times. So it must work without internet.",
      walkthrough:
        "This is our way.\nWe make pickle only from fresh tuna, the same day the boat comes.\nFrom June to September the boats do not go out, it is monsoon. We make no pickle then.\nA 250 g jar is ₹150. A 500 g jar is ₹280. Mas is ₹600 a kilo.\nNo colour and no preservative. Only chilli, vinegar, garlic and coconut oil.\nGlass jars only, not plastic.\nPickle older than 6 months, we do not sell.\nShops in Kochi pay first, before we send. Our island people pay when they take it.\nOrders for Kochi go on the ship. The cargo must be booked 3 days before the ship sails.\nEvery member is paid for her days of work, at the end of every month.",
      things:
        "- customers - name, island, phone, shop or person\n- orders - customer, 250 g jars, 500 g jars, mas kilos, paid yes or no, sent yes or no\n- batches - date, kilos of tuna, jars made\n- members - name, days worked\nOne order is from one customer. One customer gives many orders.",
      extras: [
        "My husband catches octopus in the lagoon and sells it. That is his business, not the group's. Some members make coconut halwa at home for weddings. No need to put that.",
        "That is all. Thank you very much.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program for the computer in our unit, works without internet"],
      Accounts: "No password. Only me and Fathima on the computer in the unit.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "make pickle only from fresh tuna the same day the boat comes",
        "from June to September the boats do not go out we make no pickle then",
        "250 g jar is ₹150 500 g jar is ₹280 mas is ₹600 a kilo",
        "no colour and no preservative",
        "glass jars only not plastic",
        "pickle older than 6 months we do not sell",
        "shops in Kochi pay first before we send our island people pay when they take it",
        "orders for Kochi go on the ship cargo must be booked 3 days before the ship sails",
        "every member is paid for her days of work at the end of every month",
      ],
      tables: [
        { name: "customers", fields: ["name", "island", "phone", "shop or person"] },
        {
          name: "orders",
          fields: ["customer", "250 g jars", "500 g jars", "mas kilos", "paid yes or no", "sent yes or no"],
        },
        { name: "batches", fields: ["date", "kilos of tuna", "jars made"] },
        { name: "members", fields: ["name", "days worked"] },
      ],
      excluded: ["octopus", "halwa"],
      background: ["school notebook", "cash box"],
    },
  },
  {
    id: "kaza-seabuckthorn-api",
    who: "A developer in Chandigarh from Kibber village above Kaza, in the Spiti valley of Himachal Pradesh, whose aunt is secretary of the women's cooperative in Kaza that buys sea buckthorn berries (chharma) picked by hand from the wild bushes along the Spiti river and makes juice and jam in a small unit, in the Spiti English of Kaza, in short plain sentences ('Julley from Spiti', 'chharma', 'the unit', 'the collection points', 'the bus roof', 'the road', \"That is his business, not the cooperative's\", 'We do not take tourists'): a service without screens, in Node.js with Express and PostgreSQL, that the weighing app at six collection points, the cooperative's website and the office computer call with keys, him and his aunt as admins and the pickers never logging in but getting an SMS, berries bought only from 15 September to 31 October, only from members of the cooperative showing the member card, only berries picked by hand and none on cut branches, ₹60 a kilo clean and ₹30 with leaves and thorns, 40 kg a picker a day at most, the berries at the unit in Kaza within 24 hours of picking, the pickers paid on the 5th of every month by bank transfer only, a collection point shut when snow closes the road to its village; records after colons inline with paid or not in them, a collection one picker's and a picker with many collections; paper slips carried on the bus and a diary today; his cousin's homestay in Kibber \"That is his business, not the cooperative's\", tourists coming picking 'We do not take tourists'; Node.js, Express and PostgreSQL",
    says: {
      overview:
        "Julley from Spiti. My name is Tenzin Chhering. I am from Kibber village, above Kaza. I work as a developer in Chandigarh. My aunt is the secretary of the women's cooperative in Kaza. In autumn the women pick chharma, the sea buckthorn berries, from the wild bushes by the Spiti river. The cooperative buys the berries and makes juice and jam in a small unit in Kaza. Now every collection point writes paper slips. The slips come to Kaza on the bus, and my aunt adds them in a diary. Last October the slips from three villages got wet on the bus roof. My aunt paid thirty women from memory. Some got double, some got nothing. The women came to the office and shouted. My aunt cried that night. So I am building a service for the cooperative.",
      more: "Only the API, no screens from me. The weighing app at the six collection points, the cooperative's website and the office computer call it, each with its own key. My aunt and I are admins. The pickers do not log in. They get an SMS after every weighing.",
      walkthrough:
        "Our rules:\n1. We buy berries only from 15 September to 31 October.\n2. Only members of the cooperative can sell. They show the member card.\n3. Only berries picked by hand from the bushes. Berries on cut branches, we do not buy. Cutting kills the bush.\n4. Clean berries are ₹60 a kilo. Berries with leaves and thorns are ₹30 a kilo.\n5. One picker sells 40 kg a day at most.\n6. The berries must reach the unit in Kaza within 24 hours of picking.\n7. Pickers are paid on the 5th of every month, by bank transfer only. No cash.\n8. When snow closes the road to a village, that collection point closes.",
      things:
        "Pickers: name, village, phone, member card number, bank account. Collections: picker, date, collection point, kilos clean, kilos with leaves. Payments: picker, month, amount, paid or not. One collection is from one picker. One picker gives many collections.",
      extras: [
        "My cousin runs a homestay in Kibber. That is his business, not the cooperative's. Some tourists ask to come picking berries with the women. We do not take tourists.",
        "That is all. Julley, thank you.",
      ],
      tech: "Node.js with Express, and PostgreSQL. I use Node in my job.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The weighing app, the website and the office computer get API keys. My aunt and I are admins. Pickers do not log in, they get an SMS.",
      Technology: "I have preferences",
      "Back end": "Express",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "buy berries only from 15 September to 31 October",
        "only members of the cooperative can sell they show the member card",
        "only berries picked by hand berries on cut branches we do not buy",
        "clean berries are ₹60 a kilo berries with leaves and thorns are ₹30 a kilo",
        "one picker sells 40 kg a day at most",
        "berries must reach the unit in Kaza within 24 hours of picking",
        "pickers are paid on the 5th of every month by bank transfer only",
        "snow closes the road to a village that collection point closes",
      ],
      tables: [
        { name: "pickers", fields: ["name", "village", "phone", "member card number", "bank account"] },
        {
          name: "collections",
          fields: ["picker", "date", "collection point", "kilos clean", "kilos with leaves"],
        },
        { name: "payments", fields: ["picker", "month", "amount", "paid or not"] },
      ],
      excluded: ["homestay", "tourists"],
      background: ["paper slips", "diary"],
      stack: ["Node.js", "Express", "PostgreSQL"],
    },
  },
  {
    id: "parndana-marron-cli",
    who: "A developer in Adelaide who grew up on Kangaroo Island, whose mum and dad farm marron, the big freshwater crayfish, in six dams out past Parndana, rebuilt after the 2019–20 fires, selling them live to restaurants in Adelaide over on the Sealink and at the farm gate, in the Kangaroo Island English of Parndana, in terse lower-case fragments (\"g'day\", 'ki', 'the sealink', 'the mainland', 'the fires', 'heaps', 'the nbn', 'her thing, not the cli', 'nah leave it', 'cheers'): a Rust command-line tool with SQLite on the shed laptop, one binary, for his mum and dad, marron sold live only and never dead or frozen, purged 3 days in the tanks before sale, graded small 100–150 g, medium 150–250 g and large over 250 g with anything under 100 g back in the dam, $55, $70 and $90 a kilo, restaurants ordering by Monday noon for the Wednesday Sealink truck, 5 kg at least an order for restaurants paying in 14 days and the farm gate cash or card on the spot, 40 kg a week to the mainland at most, nothing going over when Adelaide is forecast 35 or more; records after colons inline in lower case with restaurant or farm gate and paid y/n in them, an order one customer's in one grade and a customer with heaps of orders; an exercise book in the shed and texts on his dad's phone today; his mum's farm stay cabin 'her thing, not the cli', yabbies 'nah leave it'; the water temp put on the harvests at the review; commands and flags; Rust and SQLite",
    says: {
      overview:
        "g'day. sam, dev in adelaide, grew up on ki. mum n dad farm marron in 6 dams out past parndana, rebuilt the lot after the fires. they sell them live to restaurants in adelaide, over on the sealink, n at the farm gate. rn its an exercise book in the shed n texts on dads phone. last xmas 2 restaurants (one at glenelg, one up in the hills) both got promised 10 kg of large n there was 12 in the tanks. one got 2 kg n told half the chefs in town. so a cli for the shed laptop",
      more: "just mum n dad on the shed laptop. one binary, the nbn out there is a joke",
      walkthrough:
        "rules\n- live marron only, never dead or frozen\n- purged 3 days in the tanks before sale\n- graded: small 100-150 g, medium 150-250 g, large 250 g+. under 100 g goes back in the dam\n- small $55/kg, medium $70, large $90\n- restaurants order by monday 12, goes over on wednesdays sealink truck\n- restaurants min 5 kg an order, pay in 14 days. farm gate cash or card on the spot\n- max 40 kg a week goes to the mainland, thats what the boxes hold\n- nothing goes over if adelaide is forecast 35+, they cook in the truck",
      things:
        "dams: number, size, date stocked. harvests: dam, date, kg small, kg medium, kg large. customers: name, phone, restaurant or farm gate. orders: customer, grade, kg, ferry date, paid y/n. 1 order is 1 customer 1 grade, a customer has heaps of orders",
      commands:
        "like: marron harvest --dam 3 --small 4.2 --medium 6 --large 1.5, marron customer --name 'the jetty' --phone 0412345678 --restaurant, marron order --customer 7 --grade large --kg 5 --ferry 2026-03-11, marron paid --order 22, marron ferry --date 2026-03-11 (whats going over that wednesday), marron stock (kg in the tanks by grade), marron unpaid, marron week (kg booked for the mainland this week)",
      extras: [
        "mums farm stay cabin is her thing, not the cli. ppl ask if we sell yabbies, nah leave it",
        "thats it. cheers",
      ],
      tech: "rust w sqlite. one binary on the shed laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Rust",
    },
    atReview: [
      "looks good. 1 thing, put the water temp on the harvests, dad checks it every time",
      "sweet. cheers",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "live marron only never dead or frozen",
        "purged 3 days in the tanks before sale",
        "small 100-150 g medium 150-250 g large 250 g+ under 100 g goes back in the dam",
        "small $55/kg medium $70 large $90",
        "restaurants order by monday 12 goes over on wednesdays sealink truck",
        "restaurants min 5 kg an order pay in 14 days farm gate cash or card on the spot",
        "max 40 kg a week goes to the mainland",
        "nothing goes over if adelaide is forecast 35+",
      ],
      tables: [
        { name: "dams", fields: ["number", "size", "date stocked"] },
        { name: "harvests", fields: ["dam", "date", "kg small", "kg medium", "kg large", "water temp"] },
        { name: "customers", fields: ["name", "phone", "restaurant or farm gate"] },
        { name: "orders", fields: ["customer", "grade", "kg", "ferry date", "paid y/n"] },
      ],
      excluded: ["cabin", "yabbies"],
      background: ["exercise book", "texts"],
      stack: ["Rust", "SQLite"],
      commands: [
        "harvest",
        "customer",
        "order",
        "paid",
        "ferry",
        "stock",
        "unpaid",
        "week",
        "--dam",
        "--small",
        "--medium",
        "--large",
        "--name",
        "--phone",
        "--restaurant",
        "--customer",
        "--grade",
        "--kg",
        "--ferry",
        "--order",
        "--date",
      ],
    },
  },
  {
    id: "castleton-blue-john-prices",
    who: "A developer in Sheffield, born and bred in Castleton, up the Hope Valley in the Derbyshire Peak, whose dad and uncle cut and polish Blue John, the banded fluorspar found only under Treak Cliff, in the workshop behind the family's shop, as his granddad did, in the Peak English of Castleton, in between ('Ey up', 'me dad', 'me uncle', 'it were', 'the Hope Valley', 'Mam Tor', 'owt', 'nowt', 'summat', \"that's her own thing, nowt to do with the library\", 'leave them out', 'Cheers, see thee'): a C# library, a NuGet package, for the shop's till program and the website, keeping nothing, given a piece's weight, vein, stabilised or natural and setting and giving back the price, the price the finished stone's weight in grams times its vein's price a gram, every vein's price a gram passed in and changed every year, stabilised stone 30% less than natural, a silver setting £25 and a 9 carat gold one £120 on top, nothing over 500 grams priced, VAT at 20% on top, everything rounded up to the next £5, giving back the price before VAT, the VAT and the total; his dad's old price book today; his mum's café on the corner \"that's her own thing, nowt to do with the library\", the fossils and crystals sold at the front 'leave them out'; the 40% for other shops buying wholesale taken out at the review; C#",
    says: {
      overview:
        "Ey up. Liam Eyre, I'm a developer in Sheffield, but I'm Castleton born and bred, up the Hope Valley under Mam Tor. Me dad and me uncle cut and polish Blue John in the workshop behind our shop, same as me granddad did. It's a fluorspar with purple and yellow bands in it, and it's only found under Treak Cliff, nowhere else on earth, so every bit of it's precious. They make rings, pendants, little bowls and the odd vase. Right now they price everything out of me dad's old price book and their heads, and it comes out different depending who's behind the counter. Last August a woman from Stockport bought a little bowl off me dad on the Saturday for £180, and on the Monday her sister paid £260 for the twin of it off me uncle. Then the pair of 'em came in together on the Tuesday. It were all over the village Facebook page, and me dad wouldn't go in the pub for a fortnight. So I'm writing a library for the prices.",
      more: "It doesn't keep owt. You give it the piece, the weight, the vein, stabilised or natural and the setting, and it gives you the price. It goes in the till program in the shop and on the website, so they both say the same.",
      walkthrough:
        "Me dad's rules, in order:\n1. The price is the weight of the finished stone in grams, times the price a gram for its vein.\n2. Every vein has its own price a gram, and me dad changes them every year, so they come in from outside.\n3. Stone that's been stabilised with resin is 30% less than natural stone.\n4. A silver setting is £25 on top, and a 9 carat gold setting is £120.\n5. Anything over 500 grams, the library won't price, me dad does them by hand.\n6. Other shops buying wholesale get 40% off, before the VAT.\n7. VAT at 20% goes on top.\n8. Everything's rounded up to the next £5.\n9. It gives back the price before VAT, the VAT and the total.",
      extras: [
        "Me mam runs the café on the corner, that's her own thing, nowt to do with the library. And the fossils and crystals from all over that me uncle sells at the front of the shop, leave them out, this is only for Blue John.",
        "That's summat like it. Cheers, see thee.",
      ],
      tech: "C#, a NuGet package. The till program's C# and the website's ASP.NET.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "C#",
    },
    atReview: [
      "That's right. One thing though, take out the 40% for other shops, me dad's stopped selling wholesale, they were putting his bowls in their windows at double.",
      "Sorted. Cheers, see thee.",
    ],
    expect: {
      kind: "library",
      features: [
        "price is the weight of the finished stone in grams times the price a gram for its vein",
        "every vein has its own price a gram they come in from outside",
        "stabilised with resin is 30% less than natural stone",
        "silver setting is £25 on top 9 carat gold setting is £120",
        "anything over 500 grams the library won't price",
        "VAT at 20% goes on top",
        "rounded up to the next £5",
        "gives back the price before VAT the VAT and the total",
      ],
      tables: [],
      excluded: ["café", "fossils", "wholesale"],
      background: ["price book"],
      stack: ["C#"],
    },
  },
  {
    id: "maun-mekoro-polers",
    who: "A man in Maun, on the edge of the Okavango Delta in Botswana, secretary of his village's trust of mokoro polers (batsamaisi ba mekoro), thirty men who pole tourists (bajanala) through the Delta's channels in mekoro for the lodges of Maun, in Setswana (never used before: the formal Botswana English of Kanye was used, with its 'Dumela' and 'Ke a leboga', Setswana itself never; as he types it, in between, in the standard spelling: 'Dumelang', 'batsamaisi ba mekoro', 'bajanala', 'di-lodge', 'mo lotshitshing', 'Ke ne ka tlhabiwa ke ditlhong thata!', 'dikhomputara', 'neteweke', 'ga se tiro ya rona', 'tlogelang seo', 'Ke a leboga thata, pula!'): a phone app for him and the trust's chairperson that works without network at Boro where the mekoro start and sends everything back in Maun, both seeing everything and the money and the polers and the lodges not using it, trips from April (Moranang) to October (Diphalane) when the water is high, two tourists and the poler in a mokoro and no more, every poler licensed, the polers taking trips in turn from the list and going to the back, P450 a tourist for a day trip and P1,200 for three days, 20% of the money to the trust and the rest to the poler, the polers paid every Friday (Labotlhano), no trips at night and every mokoro back before sunset, no trips in strong wind or heavy rain and the tourists' money given back; records told in sentences ('Motsamaisi mongwe le mongwe o na le …', 'Leeto lengwe le lengwe le na le …', 'Lodge nngwe le nngwe e na le …') with duetswe kgotsa nnyaa in them, a trip poled by one poler and a poler with many trips; a big book (buka) and the phone today; his uncle's scenic flights over the Delta (difofane) 'ga se tiro ya rona', the women's baskets (diroto) 'tlogelang seo'",
    says: {
      overview:
        "Dumelang! Leina la me ke Tumelo Moremi, ke tswa kwa Maun, mo lotshitshing lwa Okavango Delta. Ke mokwaledi wa trust ya batsamaisi ba mekoro ya motse wa rona. Re batsamaisi ba le masome a mararo. Re isa bajanala mo Delta ka mekoro, re ba bontsha diphologolo, dinonyane le metsi. Gompieno re dirisa buka e kgolo le mogala fela: di-lodge tsa Maun di a re leletsa kgotsa di re romelela WhatsApp, mme ke kwala sengwe le sengwe. Ka Phatwe ngogola, di-lodge tse pedi di ne tsa bukela motsamaisi a le mongwe ka letsatsi le le lengwe. Bajanala ba le bane ba ba tswang kwa Jeremane ba ne ba emela mo lotshitshing diura tse pedi, mme lodge e ne ya kwala ka rona mo Facebook. Ke ne ka tlhabiwa ke ditlhong thata! Ngwana wa kgaitsadiake, Kagiso, o ithuta dikhomputara kwa Yunibesithi ya Botswana, mme o tla re direla app ya mogala.",
      more: "App e tla dirisiwa ke nna le modulasetulo wa trust fela, mo diphoning tsa rona. Re bona sengwe le sengwe, le madi. Batsamaisi le di-lodge ga ba dirise app. Kwa Boro, kwa mekoro e simololang teng, ga go na neteweke, ka jalo app e tshwanetse go dira le fa go se na inthanete, mme e romele sengwe le sengwe fa re boela kwa Maun.",
      walkthrough:
        "Melao ya rona ke e:\nMaeto a mekoro a simolola ka Moranang go fitlha ka Diphalane, fa metsi a tletse.\nMokoro mongwe le mongwe o tsaya bajanala ba babedi fela, le motsamaisi.\nMotsamaisi mongwe le mongwe o tshwanetse go nna le laesense.\nBatsamaisi ba tsamaya ka tatelano: yo o leng pele mo lenaaneng o tsaya leeto la ntlha, mme a boele kwa morago.\nLeeto la letsatsi le le lengwe ke P450 ka mojanala, la malatsi a mararo ke P1,200.\nTrust e tsaya 20% ya madi, motsamaisi o tsaya a a setseng.\nBatsamaisi ba duelwa ka Labotlhano mongwe le mongwe.\nGa re tsamaye bosigo, mekoro yotlhe e boa pele ga letsatsi le phirima.\nFa phefo e le kgolo kgotsa pula e na thata, ga re tsamaye, mme bajanala ba busediwa madi a bone.",
      things:
        "Motsamaisi mongwe le mongwe o na le leina, nomore ya mogala, nomore ya laesense le mokoro wa gagwe. Leeto lengwe le lengwe le na le letsatsi, motsamaisi, lodge, bajanala ba le kae, malatsi a le kae, le gore le duetswe kgotsa nnyaa. Lodge nngwe le nngwe e na le leina, motho wa go bua le ene le nomore ya mogala. Leeto lengwe le tsamaisiwa ke motsamaisi a le mongwe, mme motsamaisi a le mongwe o tsamaisa maeto a mantsi.",
      extras: [
        "Rrangwane o na le difofane tse dinnye tsa go fofisa bajanala godimo ga Delta, mme seo ga se tiro ya rona. Gape bajanala ba batla go reka diroto tsa bomme, tlogelang seo.",
        "Ke gone fela. Ke a leboga thata, pula!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Ke nna le modulasetulo fela, re bona sengwe le sengwe le madi. Batsamaisi le di-lodge ga ba dirise app.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "maeto a mekoro a simolola ka Moranang go fitlha ka Diphalane",
        "mokoro mongwe le mongwe o tsaya bajanala ba babedi fela le motsamaisi",
        "motsamaisi mongwe le mongwe o tshwanetse go nna le laesense",
        "batsamaisi ba tsamaya ka tatelano yo o leng pele mo lenaaneng o tsaya leeto la ntlha",
        "leeto la letsatsi le le lengwe ke P450 ka mojanala la malatsi a mararo ke P1,200",
        "trust e tsaya 20% ya madi motsamaisi o tsaya a a setseng",
        "batsamaisi ba duelwa ka Labotlhano mongwe le mongwe",
        "ga re tsamaye bosigo mekoro yotlhe e boa pele ga letsatsi le phirima",
        "fa phefo e le kgolo kgotsa pula e na thata ga re tsamaye bajanala ba busediwa madi",
      ],
      tables: [
        { name: "batsamaisi", fields: ["leina", "nomore ya mogala", "nomore ya laesense", "mokoro"] },
        {
          name: "maeto",
          fields: [
            "letsatsi",
            "motsamaisi",
            "lodge",
            "bajanala ba le kae",
            "malatsi a le kae",
            "duetswe kgotsa nnyaa",
          ],
        },
        { name: "lodge", fields: ["leina", "motho wa go bua le ene", "nomore ya mogala"] },
      ],
      excluded: ["difofane", "diroto"],
      background: ["buka"],
    },
  },
  {
    id: "naguilian-basi",
    who: "A woman in Naguilian, La Union, in the Ilocos, whose family has made basi, the Ilocano sugarcane wine fermented in earthen jars (burnay) with samak bark, since her grandfather's time, selling bottles and gallons to stores in La Union, buyers in Manila and balikbayans, in Ilocano (never used before: Tagalog, Cebuano and Hiligaynon were written and the Ilocano-coloured English of Vigan was used, with its 'Naimbag nga aldaw' and 'Agyamanak unay', Ilocano itself never; as she types it, in between, with the English and Spanish-borne words the Ilocos really mixes in: 'Naimbag a bigatyo amin', 'ni lelongko', 'ti katas ti unas', 'burnay', 'ukis ti samak', 'balikbayan', 'agtext', 'Messenger', 'notebook', 'website', 'courier', 'Nakababain unay!', 'ti kaanakak', 'saan a trabahomi dayta', 'baybay-anyo dayta', 'Dios ti agngina'): a website where buyers order and pay without an account, she and her brother see everything and the money and their father only the day's orders to send, basi made from January to April in the cane harvest, nothing sold that has not been four months in the burnay, ₱250 a bottle and ₱900 a gallon, stores ordering 24 bottles at least, stores paying half before sending and half on arrival, sent by courier on Tuesdays and Fridays only, nothing sent outside the Philippines, nothing sold to anyone under 18, nothing sent in a typhoon till it passes; records after colons on lines with tienda wenno tao, nabayadan wenno saan and naipatulod wenno saan in them, an order one buyer's and a buyer with many orders; a notebook today; her cousin's bagnet and empanada at the plaza 'saan a trabahomi dayta', sugarcane vinegar (sukang Iloko) 'baybay-anyo dayta'; the basi's year (tawen ti basi) put on the orders at the review",
    says: {
      overview:
        "Naimbag a bigatyo amin! Siak ni Rosalinda Dumlao, taga-Naguilian, La Union. Ti pamiliak ket agar-aramid iti basi manipud pay idi panawen ni lelongko. Ti basi ket arak a naggapu iti katas ti unas. Ikabilmi iti burnay a kadua ti ukis ti samak, ket agbalin a basi. Ita, siak, ti kabsatko a ni Ernesto ken ni Tatang ti agtrabtrabaho. Ilakomi ti basi kadagiti tienda ditoy La Union, kadagiti gumatang idiay Manila, ken kadagiti balikbayan. Ita, agtext wenno ag-Messenger dagiti tattao, ket isuratko amin dagiti order iti maysa a notebook. Idi Disiembre, inkarik ti 30 a botelia iti maysa a tienda idiay San Fernando, ngem inlako met ni Ernesto dagidiay met laeng a botelia iti maysa a balikbayan. Idi immay ti makinkukua ti tienda, awan ti basi. Nakababain unay! Ti kaanakak a ni Jomar ket agad-adal iti IT idiay Baguio, ket aramidennanto ti maysa a website para kadakami.",
      more: "Dagiti gumatang ket agorder ken agbayad iti website uray awan ti accountda. Siak ken ni Ernesto ti makakita iti amin, agraman ti kuarta. Ni Tatang ket makitana laeng dagiti order a maipatulod iti dayta nga aldaw.",
      walkthrough:
        "Kastoy ti wagasmi:\nAgaramidkami iti basi manipud Enero agingga Abril, iti panagapit ti unas.\nSaanmi nga ilako ti basi a saan pay a nagyan iti burnay iti uppat a bulan.\nTi maysa a botelia ket ₱250, ti maysa a galon ket ₱900.\nDagiti tienda ket agorder iti saan a basbassit ngem 24 a botelia.\nAgbayad dagiti tienda iti kagudua sakbay nga ipatulodmi, ket ti kagudua no dumteng.\nIpatulodmi babaen ti courier iti Martes ken Biernes laeng.\nSaankami nga agipatulod iti ruar ti Pilipinas.\nSaankami nga aglako kadagiti agtawen iti baba ti 18.\nNo adda bagyo, saankami nga agipatulod agingga a lumabas.",
      things:
        "Dagiti gumatang: nagan, numero ti telepono, address, tienda wenno tao\nDagiti order: gumatang, petsa, botelia, galon, nabayadan wenno saan, naipatulod wenno saan\nDagiti burnay: numero, petsa a nangrugian, litro\nTi maysa nga order ket para iti maysa laeng a gumatang, ket ti maysa a gumatang ket adu ti orderna.",
      extras: [
        "Ti kasinsinko ket aglako iti bagnet ken empanada idiay plasa, ngem saan a trabahomi dayta. Ket adu ti agdamdamag no aglakokami iti sukang Iloko, baybay-anyo dayta.",
        "Dayta laeng. Dios ti agngina!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Dagiti gumatang ket agorder ken agbayad uray awan ti account. Siak ken ni Ernesto ti makakita iti amin ken ti kuarta. Ni Tatang ket dagiti order laeng a maipatulod iti dayta nga aldaw.",
    },
    atReview: [
      "Nasayaat! Maysa pay: ikabilyo ti tawen ti basi kadagiti order, ta adda dagiti gumatang a kayatda ti nabayag a basi.",
      "Nasayaaten. Agyamanak!",
    ],
    expect: {
      kind: "web app",
      features: [
        "agaramidkami iti basi manipud Enero agingga Abril",
        "saanmi nga ilako ti basi a saan pay a nagyan iti burnay iti uppat a bulan",
        "maysa a botelia ket ₱250 maysa a galon ket ₱900",
        "dagiti tienda ket agorder iti saan a basbassit ngem 24 a botelia",
        "agbayad dagiti tienda iti kagudua sakbay nga ipatulodmi kagudua no dumteng",
        "ipatulodmi babaen ti courier iti Martes ken Biernes laeng",
        "saankami nga agipatulod iti ruar ti Pilipinas",
        "saankami nga aglako kadagiti agtawen iti baba ti 18",
        "no adda bagyo saankami nga agipatulod agingga a lumabas",
      ],
      tables: [
        { name: "gumatang", fields: ["nagan", "numero ti telepono", "address", "tienda wenno tao"] },
        {
          name: "order",
          fields: [
            "gumatang",
            "petsa",
            "botelia",
            "galon",
            "nabayadan wenno saan",
            "naipatulod wenno saan",
            "tawen ti basi",
          ],
        },
        { name: "burnay", fields: ["numero", "petsa a nangrugian", "litro"] },
      ],
      excluded: ["bagnet", "sukang"],
      background: ["notebook"],
    },
  },
];
