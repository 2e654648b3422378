import type { Persona } from "../persona-driver.js";

/**
 * The thirty-sixth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-36.json):
 * what each person expects was written before any spec was made from their words.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * line to several paragraphs, records listed after colons inline and on lines, after
 * dashes on lines and inline, in brackets on lines and inline, or told in sentences ("For
 * the customers I'd want the name …", "For every house we keep the house name …", "Every
 * booking has …"). Eight write in English, each in their own English and their own
 * register, none of them used before: Donegal English from the Rosses, in long paragraphs
 * ("How's it going", "near thirty year", "a brave few", "their messages", "I'm not joking
 * you", "wile hard", "the young cub", "sure look", "don't be needing", "I'm not getting
 * into that at all", "go raibh maith agat, slán"), the Hawick English of the Scottish
 * Borders ("Eh'm", "oo", "the toon", "a guid few hunder", "afore", "tae", "nae hat nae
 * ride", "the polis", "that yin", "leave them oot", "dinnae put it in", "that's us"),
 * Kittitian English from Cayon, a line at a time ("Good day", "me and me two nephew", "ah
 * true", "de galvanize", "we turn up by a lady", "we nah paint", "leff it out", "no sah",
 * "Bless up"), Seychellois English with its Kreol from Praslin ("Bonzour, ki mannyer?",
 * "ayo", "bon, alor", "the Ministry people", "sa i pa nou zafer", "pa bezwen", "mersi
 * bokou"), Brunei English with its Brunei Malay from Bandar Seri Begawan
 * ("Assalamualaikum", "kitani Bruneians", "bah", "teruk", "inda", "ani", "inda payah",
 * "bukan urusan kami", "awu", "Terima kasih banyak"), Ladakhi English from Rumbak in Hemis
 * National Park ("Jullay", "my abi-le", "my achay", "what to do", "so sad", "we always say
 * like that", "not our work"), the Ilocano-coloured Philippine English of Vigan
 * ("Naimbag nga aldaw", "my Apong Lakay", "the cocheros", "the manongs", "kasla", "wen",
 * "haan, not included", "Agyamanak unay") and Marshallese English from Majuro, in short
 * plain sentences ("Iakwe", "the outer islands", "the field trip ship", "the iroij", "the
 * alap", "Jaab", "Aet", "Kommol tata"). One writes in Odia (Odia script, never used
 * before, as a master weaver in Barpali types it, with the English words western Odisha's
 * weavers really mix in: "ୱେବସାଇଟ", "ଅର୍ଡର", "କଟନ", "ଡିଜାଇନ", "ଆଡଭାନ୍ସ", "ଡେଲିଭରି",
 * "ମୋବାଇଲ", "ଟ୍ୟାଗ", "ଲଗଇନ", "GST", "UPI", "ପକାନ୍ତୁ ନାହିଁ", "ଦରକାର ନାହିଁ"), and one in
 * Malagasy (never used before, as it is written in the SAVA region, with the French words
 * Malagasy really use: "Manao ahoana", "kaoperativa", "application", "finday", "réseau",
 * "exportateur", "kahie", "compte", "CIN", "dina", "aza ampidirina", "tsy raharahanay",
 * "Misaotra betsaka"). What varies is the kind of software, the domain and the length of
 * the answers: web apps for the ride-outs before the Hawick Common Riding (£15 a ride-out
 * or £50 the season, a riding hat with the kitemark, nobody under 14 on the 22 miles of
 * the Mosspaul, a horse's passport number and a flu jag in the last 12 months, at most 250
 * horses on the Mosspaul, entries closing at 6 o'clock the Wednesday before, the rider's
 * own insurance or the day cover for £10, the marshals' list by entry number), the
 * homestays of Rumbak (the guests given to the houses in turn, ₹1,800 a person a night,
 * ₹100 of every night to the village fund for the snow leopard, 6 guests to a house and a
 * bigger group made two bookings, June to September and from December to March only the
 * snow leopard groups a month ahead, a 50% advance kept when they cancel less than 7 days
 * before) and a Barpali master weaver's Sambalpuri sarees (₹1,500 a cotton saree and
 * ₹4,000 a silk one to the weaver, back in 15 days or 30, ₹200 off for a stain or a
 * mistake in the bandha, the weavers paid every Saturday, 10 sarees at least to a shop's
 * order with a 30% advance, 5% GST, a number tag on every saree, a warning under 20 kilos
 * of yarn); phone apps for a mobile shop round the townlands of the Rosses with no signal
 * up the mountain road (every townland its day, orders the day before by 8, bread and milk
 * always on the van, €150 on the slate and nothing more till something is paid, the slate
 * paid at the end of the month, the pensioners 10% off on a Thursday, €2 extra more than 3
 * miles off the route, a gas cylinder €38 or €50 without the empty, a list for the cash
 * and carry every Monday), a roof painter in St Kitts (EC$1.50 a square foot for two
 * coats, new galvanize EC$6, the rust primer EC$0.50 more, half down first, no painting
 * when the forecast says rain, the scaffold EC$300 for two storeys, a roof that peels
 * inside 2 years done again free, all work stopped for a storm warning, one roof a day a
 * crew) and a vanilla growers' cooperative near Sambava with no network in the fields (no
 * vanilla picked before 15 June, every pod marked with its owner's mark, two guards every
 * night in turn and 10,000 Ariary under the dina for one who doesn't come, every harvest
 * weighed, green vanilla never sold below 50,000 Ariary a kilo, 5% to the cooperative, the
 * members paid every Saturday); a Python command-line tool for the supercargo of a field
 * trip ship buying copra in the outer islands (first grade 45 cents a pound and second
 * grade 30, over 10% moisture second grade and over 20% not bought, 2 pounds off every bag
 * for the sack, 10% to the iroij and 10% to the alap, cash on the ship and the rest owed
 * and paid in Majuro when it runs out, a report for Tobolar at the end of the trip), with
 * commands and flags; a service without screens, in Go with PostgreSQL, that the customer
 * and rider apps of three nasi katok shops call (B$2 a pack and the special B$3, delivery
 * B$3 in Brunei-Muara and B$6 to Tutong, free from B$20, none to Belait and Temburong, no
 * orders on Friday from 12 to 2, the nearest shop, 4 orders a trip, an order untaken for
 * 10 minutes offered to the next rider, cash or transfer, B$2 a delivery to the rider every
 * Thursday); a Java program on a Praslin shop's Windows computer for its coco de mer nuts
 * (none sold without the government tag number and the certificate number, a whole nut SCR
 * 6,000, a half SCR 3,500, SCR 500 more polished, SCR 8,000 over 15 kilos, 3 months drying,
 * the export permit SCR 1,000, euros at the rate of the day, a report to the Ministry every
 * month); and a Kotlin library that the Vigan tourism office's website and the cocheros'
 * dispatcher app both use for the kalesa fares (₱300 the first hour of the city tour and
 * ₱150 every 30 minutes after, two kalesas and two fares for more than 4, ₱30 a passenger
 * in the poblacion and children under 7 free, 20% more after 6, no tour over 3 hours, 20%
 * off for senior citizens and PWD, ₱10 a trip to the association, to the nearest 5 pesos).
 * The Kittitian roof painter and the Marshallese supercargo answer in short sentences, the
 * Donegal van man in long paragraphs, the others in between. Relations said plainly
 * ("Every order's for the one customer, and every customer's in the one townland", "Every
 * entry is the yin rider on the yin horse for the yin ride-out", "Every job is one roof,
 * and every roof belong to one customer", "Every sale is one nut to one customer, and every
 * nut comes from one grower", "Every order is from one shop to one customer, and one rider
 * brings it", "Every booking comes from one agency and goes to one house", "Every buy is
 * one seller on one trip", "ପ୍ରତ୍ୟେକ ଶାଢ଼ୀ ଜଣେ ବୁଣାକାରଙ୍କର, ଆଉ ପ୍ରତ୍ୟେକ ଅର୍ଡର ଗୋଟିଏ
 * ଦୋକାନର", "Ny fiotazana tsirairay dia an'ny mpikambana iray ary avy amin'ny tanimboly
 * iray"); allowed values in brackets (the storey and the rust of a roof, a nut polished
 * or not and the currency, how an order is paid and its status, whether the guard came)
 * and in sentences (whole or half, cotton or silk, a horse's colour); background in a
 * copybook on the dashboard, paper forms and a spreadsheet, an exercise book and WhatsApp,
 * a big cahier, WhatsApp and a whiteboard, a diary, a tarpaulin at the plaza, a clipboard,
 * a ଖାତା and a kahie; technology named as Go with PostgreSQL, Java on Windows, Kotlin and
 * Python, and none at all by six of them; "no" said as "I'm not getting into that at all",
 * "leave them out", "leave them oot", "dinnae put it in", "leff it out", "no sah, we nah
 * touch dat", "sa i pa nou zafer", "pa bezwen", "inda payah", "bukan urusan kami", "not our
 * work", "we don't want them in it", "haan, not included", "not in the library", "Jaab,
 * not for this program", "not ours", "ପକାନ୍ତୁ ନାହିଁ", "ଦରକାର ନାହିଁ", "aza ampidirina",
 * "tsy raharahanay"; while rules keep their "no" ("they get nothing more on the slate",
 * "nae hat nae ride", "naebody under 14 on that yin", "nae jag nae ride", "we nah paint",
 * "no nut is sold without them", "We inda deliver to Belait and Temburong", "the advance is
 * not returned", "A tour cannot be more than 3 hours", "Jaab, we don't buy it", "Tsy misy
 * mioty lavanila alohan'ny 15 Jona", "Tsy amidy ambanin'ny 50.000 Ariary"). The van man
 * takes the directions off the customers and puts the Eircode on, the master weaver adds
 * the UPI number to the weavers and the vanilla cooperative's president adds the CIN to
 * the members, each after "Change something" at "Your data"; the Hawick entries secretary
 * puts the colour on the horses, the Praslin shop drops the customers ("take away the
 * customers, pa bezwen"), the Rumbak secretary renames the bookings (Groups) and the
 * supercargo takes the island off the sellers, each at the review. The score compares
 * Odia by its letters in Latin script, where any-ascii drops the inherent vowel ("ଧାନ" is
 * "dhan", "ମଜୁରି" is "mjuri"), so its expected words are in the forms the person used or
 * the stems those forms begin with (as "ଦିନ" of "ଦିନରେ", the 10 of "10ଟି"), typed without
 * the zero-width joiner and non-joiner, and Malagasy with its accent taken off ("tanàna"
 * as "tanana"); every expected feature was checked to be in one sentence the person said,
 * and the excluded words of all ten were checked not to read like anything they want.
 */
export const THIRTY_SIXTH_ROUND: readonly Persona[] = [
  {
    id: "dungloe-mobile-shop",
    who: "A man who runs a mobile shop, a van, round the townlands of the Rosses out of Dungloe that his father ran before him, in Donegal English, in long paragraphs ('How's it going', 'near thirty year', 'a brave few', 'their messages', 'I'm not joking you', 'wile hard', 'the young cub', 'sure look', 'don't be needing', 'go raibh maith agat, slán'): a phone app for him and the young lad who does the Saturdays that keeps everything up the mountain road where there's no signal and sends it on back in Dungloe, every townland its own day, orders rung or texted the day before by 8 in the evening, bread and milk always on the van, up to €150 on the slate and nothing more on it till something is paid off, the slate paid at the end of the month, the pensioners 10% off on a Thursday, €2 extra for houses more than 3 miles off the route, a gas cylinder €38 and €50 without the empty back, a list for the cash and carry in Letterkenny every Monday night; records told in sentences ('For the customers I'd want …', 'Every order has …'), every order for one customer and every customer in one townland; a copybook on the dashboard today; the coal and the turf 'I'm not getting into that at all', the newspapers 'leave them out'; the directions taken off the customers and the Eircode put on after 'Change something' at 'Your data'",
    says: {
      overview:
        "How's it going. Packie Gallagher's the name, I run a mobile shop, a van like, round the Rosses out of Dungloe, and I'm at it near thirty year now, my father had the van before me. I go round the townlands, Annagry, Kincasslagh, Burtonport, Cruit, Meenmore, Keadue, up the mountain road, and there's a brave few old people out there that wouldn't see another soul from one week to the next only me coming with their messages. They ring me or text me what they want and I bring it the next time I'm round. At the minute it's all wrote in a copybook on the dashboard, and the slate, them that pays me at the end of the month, is in the back of the same copybook, and I'm not joking you, it's wile hard to read by the end of the month with the tea spilt on it. Last winter a woman in Keadue went two weeks without her messages because the page was tore out. So what I'm wanting is an app on the phone, for me and the young cub Ciarán that does the Saturdays.",
      more: "There's no signal at all up the mountain road and only the odd bar out on Cruit, so it'll have to keep everything on the phone and send it on when I'm back in Dungloe. Sure look, that's the Rosses for you.",
      walkthrough:
        "Right. Every townland has its own day. Monday's Annagry and Kincasslagh, Tuesday's Burtonport and Cruit, Wednesday's Meenmore and the mountain road, Thursday's Keadue, and Saturday the young cub does a second run for them that wants it.\n\nThey ring or text their order the day before, by 8 o'clock in the evening, or it waits for the next time I'm round.\n\nBread and milk is always on the van anyway, they don't have to order that, the rest they do.\n\nAnybody can run up to €150 on the slate, and once they're over it they get nothing more on the slate till they pay something off it.\n\nThe slate's paid at the end of the month, cash mostly, some of them does it by transfer now, fair play to them.\n\nThe pensioners get 10% off everything on a Thursday, that's the way my father done it and I'm keeping it.\n\nHouses more than 3 miles off the route pay €2 extra, the diesel's wile dear.\n\nA gas cylinder is €38, and they have to give me back the empty one or it's €50.\n\nAnd every Monday night I want a list of what to get in the cash and carry in Letterkenny, out of all the orders for the week.",
      things:
        "For the customers I'd want the name, the townland, the phone and directions to the house, for half of them has no name on the gate. Each townland has the name and the day I go. Every order has the customer, the date, the messages they want, the total, and is it paid or on the slate. And for the payments off the slate, the customer, the date and the amount. Every order's for the one customer, and every customer's in the one townland.",
      thingsChange:
        "Take the directions off the customers and put the Eircode on instead, the young cub's lost without the Eircode, he puts it in the maps on the phone.",
      extras: [
        "The coal and the turf, that's Mickey Bonner's lorry, I'm not getting into that at all. And the newspapers, the Democrat and the rest, the newsagent in Dungloe does them, leave them out.",
        "No, that's the lot. Go raibh maith agat, slán.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Just me and the young cub Ciarán that does the Saturdays. The customers don't be needing nothing, they ring me.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "townland own day",
        "order day before 8",
        "bread milk always van",
        "€150 slate",
        "slate end of month",
        "pensioners 10% Thursday",
        "3 miles €2 extra",
        "gas cylinder €38",
        "empty €50",
        "Monday list cash and carry Letterkenny",
      ],
      tables: [
        { name: "customers", fields: ["name", "townland", "phone", "Eircode"] },
        { name: "townlands", fields: ["name", "day"] },
        { name: "orders", fields: ["customer", "date", "total"] },
        { name: "payments", fields: ["customer", "date", "amount"] },
      ],
      excluded: ["turf", "newspaper"],
      background: ["copybook"],
    },
  },
  {
    id: "hawick-ride-out-entries",
    who: "The entries secretary for the horse side of the Common Riding in Hawick, in the Hawick English of the Scottish Borders ('Eh'm', 'oo', 'the toon', 'a guid few hunder', 'Teris', 'afore', 'tae', 'theirsels', 'nae hat nae ride', 'the polis', 'that yin', 'whit they'll allow', 'leave them oot', 'dinnae put it in', 'that's us'): a website where the riders enter the ride-outs and pay, and the committee and the marshals see the lot, a ride-out £15 or £50 for the whole season, a riding hat with the kitemark, nobody under 14 on the 22 miles of the Mosspaul, every horse's passport number and a flu jag in the last 12 months, at most 250 horses on the Mosspaul, entries closing at 6 o'clock the Wednesday before, the rider's own insurance or the day cover for £10, the marshals' list in order of entry number on the morning; records in brackets inline, every entry one rider on one horse for one ride-out; paper forms at the saddler's and a spreadsheet today; the dinners and the Ball 'leave them oot', the horse box parking 'dinnae put it in'; the colour put on the horses at the review",
    says: {
      overview:
        "Aye, hullo. Eh'm Graeme Elliot, Eh do the entries for the horse side o' the Common Riding here in Hawick. Every year in the weeks afore the Common Riding in June there's the ride-outs, the Cornet an' his mounted followers ride oot tae the places roond the toon, Bonchester, Denholm, Mosspaul, Lilliesleaf, an' oo get a guid few hunder riders, Teris an' folk fae a' ower the Borders. At the minute the entries come in on paper forms tae the saddler's on the High Street an' Eh type them intae a spreadsheet at night, an' last year twa riders turned up wi' the same horse's passport an' the marshals were tearin' their hair oot. So Eh'm efter a website where the riders enter an' pay theirsels, an' oo see the lot.",
      walkthrough:
        "Right, here's how it works.\n\nA ride-out is £15 tae enter, or £50 for the whole season o' ride-outs.\n\nEvery rider has tae wear a riding hat wi' the kitemark, nae hat nae ride, the marshals check at the start.\n\nThe Mosspaul ride is 22 mile there an' back, so naebody under 14 on that yin.\n\nEvery horse needs its passport number an' a flu jag in the last 12 month, nae jag nae ride.\n\nNae mair than 250 horses on the Mosspaul, the polis shut the A7 for us an' that's whit they'll allow.\n\nEntries close at 6 o'clock on the Wednesday afore each ride-out.\n\nEvery rider needs their ain insurance, or they can take oor day cover for £10.\n\nAn' on the morning o' the ride-out the marshals need a list o' the riders an' horses in order o' their entry number.",
      things:
        "Riders (name, address, phone, date of birth, insurance), Horses (name, passport number, flu jag date, owner), Ride-outs (name, date, miles), Entries (rider, horse, ride-out, entry number, paid). Every entry is the yin rider on the yin horse for the yin ride-out.",
      extras: [
        "The dinners an' the Ball, the tickets for them go through the Common Riding office, leave them oot. An' the parking for the horse boxes, the farmer at the Haugh does that himsel', dinnae put it in.",
        "Naw, that's us. Cheers.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me an' the committee see everything. The riders make an account tae enter an' pay. The marshals log in on the morning tae see their list.",
    },
    atReview: [
      "Aye, that's grand. Yin thing Eh forgot: put the colour on the horses, bay, grey, chestnut, whitever, the marshals ken the horses by their colour mair than their name. That's us, cheers.",
    ],
    expect: {
      kind: "web app",
      features: [
        "ride-out £15",
        "£50 whole season",
        "riding hat kitemark",
        "Mosspaul under 14",
        "passport number flu jag 12 month",
        "250 horses Mosspaul",
        "entries close 6 o'clock Wednesday",
        "insurance day cover £10",
        "marshals list entry number",
      ],
      tables: [
        { name: "riders", fields: ["name", "address", "phone", "date of birth", "insurance"] },
        { name: "horses", fields: ["name", "passport number", "flu jag date", "owner", "colour"] },
        { name: "ride-outs", fields: ["name", "date", "miles"] },
        { name: "entries", fields: ["rider", "horse", "ride-out", "entry number", "paid"] },
      ],
      excluded: ["dinner", "parking"],
      background: ["spreadsheet"],
    },
  },
  {
    id: "cayon-roof-painting",
    who: "A man from Cayon who paints roofs and changes galvanize all over St Kitts with his two nephews, in Kittitian English, a line at a time ('Good day', 'me and me two nephew', 'ah true', 'de galvanize', 'we turn up by a lady', 'she done get somebody else', 'we nah paint', 'no sah', 'leff it out', 'Bless up'): a phone app for the three of them for the quotes and the jobs, painting EC$1.50 a square foot for two coats, new galvanize EC$6 a square foot, the rust primer EC$0.50 a square foot more, half down before starting and the rest at the end, no painting when the forecast says rain, the scaffold EC$300 extra for two storeys, a roof that peels inside 2 years done again free, all work stopped for a storm warning in the hurricane season, one roof a day for a crew; records after colons inline with the storey and the rust in brackets, every job one roof and every roof one customer's; an exercise book and WhatsApp today; the gutters 'leff it out', solar panels 'no sah, we nah touch dat'",
    says: {
      overview:
        "Good day. Me name Delroy Liburd, from Cayon. Me and me two nephew paint roof and change galvanize all over St Kitts, Basseterre, Sandy Point, right round to Molineux. Right now all de quote and de job write in a exercise book and on WhatsApp. Ah true, last month we turn up by a lady in Keys with de paint and she done get somebody else. Me want a app on de phone fuh de quotes and de jobs.",
      more: "Digicel and Flow good all over de island. No problem wid signal.",
      walkthrough:
        "Ok.\n\nPaint is EC$1.50 a square foot, dat is two coat.\n\nChange de galvanize is EC$6 a square foot.\n\nWhere de roof rusty, rust primer first, EC$0.50 a square foot more.\n\nHalf down before we start, de rest when we finish.\n\nIf de forecast say rain dat day, we nah paint.\n\nTwo storey house need de scaffold, EC$300 extra.\n\nIf de paint peel inside 2 years, we come back and do it free.\n\nHurricane season, June to November, when a storm warning out we stop all work.\n\nOne crew, one roof a day, no more.",
      things:
        "Customers: name, phone, village, directions. Roofs: customer, square feet, storey (one or two), colour, rusty (yes or no). Jobs: roof, date, crew, paint or galvanize, price, deposit, paid. Crews: name, phone. Every job is one roof, and every roof belong to one customer.",
      extras: [
        "De gutter dem, me cousin do dat, leff it out. And solar panel, no sah, we nah touch dat.",
        "Dat is all. Bless up.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "Me and me two nephew. De customers nah need no account.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "paint EC$1.50 a square foot",
        "galvanize EC$6 a square foot",
        "rust primer EC$0.50",
        "half down before start",
        "forecast rain paint",
        "two storey scaffold EC$300",
        "peel 2 years free",
        "storm warning stop all work",
        "one crew one roof a day",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "village", "directions"] },
        { name: "roofs", fields: ["customer", "square feet", "storey", "colour", "rusty"] },
        { name: "jobs", fields: ["roof", "date", "crew", "price", "deposit", "paid"] },
        { name: "crews", fields: ["name", "phone"] },
      ],
      excluded: ["gutter", "solar"],
      background: ["exercise book", "WhatsApp"],
    },
  },
  {
    id: "praslin-coco-de-mer",
    who: "A woman with a small shop at Baie Sainte Anne on Praslin that sells coco de mer nuts with their papers, in Seychellois English with its Kreol ('Bonzour, ki mannyer?', 'ayo', 'bon, alor', 'the Ministry people', 'sa i pa nou zafer', 'pa bezwen', 'mersi bokou'): a program in Java on the shop's Windows computer because the internet on Praslin is dear and cuts in the rain, every nut with the government tag number and the certificate number and none sold without them, a whole nut SCR 6,000, a half SCR 3,500, SCR 500 more polished, SCR 8,000 for a nut over 15 kilos, every nut bought dried 3 months before it is sold, the export permit SCR 1,000 on top for a tourist taking one out, rupees or euros at the Central Bank's rate of the day, a report of the nuts sold with their tag numbers to the Ministry at the end of every month; records after dashes on lines with polished and the currency in brackets, every sale one nut to one customer and every nut from one grower; a big cahier today; the Vallée de Mai guides 'sa i pa nou zafer', her sister's pareos 'pa bezwen'; Java; the customers dropped at the review",
    says: {
      overview:
        "Bonzour, ki mannyer? I am Marie-Claire Hoareau, I have a small shop at Baie Sainte Anne on Praslin where we sell coco de mer, the real nuts, with all the papers. My husband's family have some trees on their land, and we buy also from the other growers around Praslin. Now everything is written in a big cahier, and ayo, last year a German man came back to the shop because the certificate with his nut had the number of another nut, and the Ministry people were not happy at all. My son Kevin did Java at the university at Anse Royale, he says he can make a program for the computer in the shop.",
      more: "The internet on Praslin is expensive and it cuts when it rains, so the program must work on the shop computer itself. It is Windows.",
      walkthrough:
        "Bon, alor, it goes like this.\n\nEvery nut has the government tag number and the certificate number, and no nut is sold without them.\n\nA whole nut is SCR 6,000, and a half, the empty shell cut in two, is SCR 3,500.\n\nA polished one is SCR 500 more.\n\nA big nut over 15 kilos is SCR 8,000.\n\nWhen we buy a nut from a grower it must dry 3 months before we can sell it.\n\nA tourist who takes a nut out of Seychelles needs the export permit, that is SCR 1,000 on top, and we fill the form for him.\n\nThey can pay in rupees or in euros, at the rate of the day from the Central Bank.\n\nAt the end of every month I send the Ministry a report of all the nuts sold, with their tag numbers.",
      things:
        "Nuts - tag number, certificate number, grower, weight, whole or half, polished (yes or no), date bought\nGrowers - name, district, phone\nCustomers - name, country, passport number\nSales - nut, customer, date, price, currency (rupees or euros), export permit number\nEvery sale is one nut to one customer, and every nut comes from one grower.",
      extras: [
        "The guides for the Vallée de Mai, that is the SIF, sa i pa nou zafer. And the pareos and T-shirts my sister sells next door, pa bezwen.",
        "That is all. Mersi bokou!",
      ],
      tech: "Java, Kevin says. On the Windows computer in the shop.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No login. Only me and my husband at the counter use that computer.",
      Technology: "I have preferences",
    },
    atReview: [
      "It is nice. Only, take away the customers, pa bezwen, we don't keep the tourists' names, the export permit number on the sale is enough. Mersi bokou!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "nut tag number certificate number",
        "whole nut SCR 6,000",
        "half SCR 3,500",
        "polished SCR 500",
        "over 15 kilos SCR 8,000",
        "dry 3 months",
        "export permit SCR 1,000",
        "euros rate of the day",
        "end of every month Ministry report",
      ],
      tables: [
        {
          name: "nuts",
          fields: ["tag number", "certificate number", "grower", "weight", "polished", "date bought"],
        },
        { name: "growers", fields: ["name", "district", "phone"] },
        { name: "sales", fields: ["nut", "date", "price", "currency", "export permit number"] },
      ],
      excluded: ["Vallée", "pareo"],
      background: ["cahier"],
      stack: ["Java"],
    },
  },
  {
    id: "gadong-nasi-katok-delivery",
    who: "A developer in Bandar Seri Begawan whose family has three nasi katok shops in Gadong, Kiulap and Sengkurong, in Brunei English with its Brunei Malay ('Assalamualaikum', 'kitani Bruneians', 'bah', 'teruk', 'inda got screens', 'inda deliver', 'ani what I use', 'inda payah', 'bukan urusan kami', 'awu', 'Terima kasih banyak'): a service without screens, in Go with PostgreSQL, that his friend's customer app and riders' app call, a nasi katok B$2 a pack and the special B$3, delivery B$3 anywhere in Brunei-Muara and B$6 to Tutong, free from B$20, no delivery to Belait and Temburong, no orders on Friday from 12 to 2 for the Friday prayers, every order to the shop nearest the customer, at most 4 orders a trip for a rider, an order no rider takes in 10 minutes offered to the next, cash on delivery or a bank transfer, B$2 to the rider for every delivery paid every Thursday; records after colons on lines with how it's paid and the status in brackets, every order from one shop to one customer brought by one rider; WhatsApp and a whiteboard today; the catering 'inda payah', the frozen packs for the supermarkets 'bukan urusan kami'; Go and PostgreSQL",
    says: {
      overview:
        "Assalamualaikum. I'm Haziq, a developer here in Bandar Seri Begawan. My family got three nasi katok shops, in Gadong, Kiulap and Sengkurong. Nasi katok is the small pack of rice with fried chicken and sambal, kitani Bruneians eat it any time, even 2 in the morning. Now the orders come by WhatsApp and the cashier writes them on a whiteboard, and bah, Friday night it is teruk, orders lost, two riders going to the same house. My friend is making the customer app and the riders' app, and I will make the service behind that both of them call. Inda got screens from my side.",
      walkthrough:
        "Bah, like this.\n\nA nasi katok is B$2 a pack, and the special with egg and extra sambal is B$3.\n\nDelivery is B$3 anywhere in Brunei-Muara, and B$6 to Tutong.\n\nOrders of B$20 and above, the delivery is free.\n\nWe inda deliver to Belait and Temburong, too far.\n\nEvery Friday from 12 to 2 the shops close for Friday prayers, so no orders in that time.\n\nThe order goes to the shop nearest to the customer.\n\nA rider takes 4 orders at the most in one trip.\n\nIf no rider accepts an order in 10 minutes, it goes to the next rider.\n\nCustomers pay cash on delivery or bank transfer, BIBD or Baiduri.\n\nEvery rider gets B$2 for every delivery, paid every Thursday.",
      things:
        "Shops: name, area, phone, opening hours\nRiders: name, phone, IC number, motorbike plate\nCustomers: name, phone, address, area\nOrders: customer, shop, rider, packs, special packs, delivery fee, total, paid by (cash or transfer), status (new, cooking, on the way, delivered)\nEvery order is from one shop to one customer, and one rider brings it.",
      extras: [
        "The catering for weddings and tahlil, that is my auntie's side, inda payah. And the frozen packs we sell to the supermarkets, that one bukan urusan kami.",
        "Awu, that's all. Terima kasih banyak!",
      ],
      tech: "Go, with PostgreSQL. Ani what I use at work, so I stay with Go.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "Nobody logs in to it. The customer app and the riders' app each have their own key.",
      Technology: "I have preferences",
      "Back end": "Go",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "nasi katok B$2 a pack",
        "special B$3",
        "delivery B$3 Brunei-Muara",
        "B$6 Tutong",
        "B$20 delivery free",
        "deliver Belait Temburong",
        "Friday 12 to 2 prayers",
        "shop nearest customer",
        "4 orders one trip",
        "10 minutes next rider",
        "cash on delivery bank transfer",
        "rider B$2 every delivery Thursday",
      ],
      tables: [
        { name: "shops", fields: ["name", "area", "phone", "opening hours"] },
        { name: "riders", fields: ["name", "phone", "IC number", "motorbike plate"] },
        { name: "customers", fields: ["name", "phone", "address", "area"] },
        {
          name: "orders",
          fields: [
            "customer",
            "shop",
            "rider",
            "packs",
            "special packs",
            "delivery fee",
            "total",
            "paid by",
            "status",
          ],
        },
      ],
      excluded: ["catering", "frozen"],
      background: ["WhatsApp", "whiteboard"],
      stack: ["Go", "PostgreSQL"],
    },
  },
  {
    id: "rumbak-homestay-turns",
    who: "The secretary of the homestay committee in Rumbak inside Hemis National Park, in Ladakhi English ('Jullay', 'my abi-le', 'my achay', 'what to do', 'so sad', 'the snow leopard people', 'we always say like that', 'not our work'): a website where the travel agencies in Leh book groups for the village's twelve houses and the committee sees everything, the guests given to the houses in turn, ₹1,800 a person a night with dinner, breakfast and packed lunch, ₹100 of every night to the village fund for the snow leopard, no more than 6 guests to a house and a bigger group made two bookings, guests from June to September and from December to March only the snow leopard groups booked a month before, a 50% advance and the rest in cash in the village, the advance not returned when they cancel less than 7 days before, what every house got at the end of the season; records told in sentences ('For every house we keep …', 'Every booking has …'), every booking from one agency to one house; a diary and the phone today; the ponies and horsemen 'not our work', the taxis 'we don't want them in it'; the bookings renamed groups at the review",
    says: {
      overview:
        "Jullay! My name is Tsering Dolma, I am the secretary of the homestay committee in Rumbak village, inside Hemis National Park. We are 12 houses that keep guests, trekkers in summer and in winter the snow leopard people with their big cameras. The rule in our village is that the guests go to every house in turn, but now the agencies in Leh call me on the phone and I write it in my diary, and last season two groups went to my achay's house the same week and my abi-le's neighbour got nobody for three weeks. She was so sad, what to do. So we want a website where the agencies in Leh book, and we see everything.",
      walkthrough:
        "It is like this.\n\nThe guests go to the houses in turn, the house next in the turn gets the next group.\n\nIt is ₹1,800 a person a night, with dinner, breakfast and packed lunch.\n\nFrom every night ₹100 goes to the village fund for the snow leopard.\n\nOne house can take 6 guests only, so a group of more than 6 becomes two bookings, each one for one house.\n\nIn summer we take guests from June to September.\n\nIn winter, December to March, only the snow leopard groups come, and they must book one month before.\n\nThe agency pays 50% advance when booking, and the rest cash in the village.\n\nIf they cancel less than 7 days before, the advance is not returned.\n\nAt the end of the season every house should see how much it got.",
      things:
        "For every house we keep the house name, the owner, the phone, and how many guests it can take. For the agencies, the agency name, the person, the phone and the email. Every booking has the agency, the group leader's name, how many guests, the arrival date, how many nights, the advance and the house. Every booking comes from one agency and goes to one house.",
      extras: [
        "The ponies and the horsemen for the trek, that is the pony union, not our work. And the taxis from Leh to Zingchen, the taxi union has its own rate, we don't want them in it.",
        "That is all. Jullay, thank you so much!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and two other committee members see everything. The agencies in Leh make an account to book and see their own bookings. The houses don't need login, I phone them.",
    },
    atReview: [
      "Everything is nice, thank you. Only one thing, where it is written 'Bookings', please write 'Groups', we always say like that, a group is coming. Jullay!",
    ],
    expect: {
      kind: "web app",
      features: [
        "houses in turn",
        "₹1,800 a person a night",
        "₹100 village fund snow leopard",
        "6 guests house",
        "group more than 6 two",
        "June to September",
        "December to March snow leopard one month before",
        "50% advance",
        "cancel 7 days advance not returned",
        "end of season every house",
      ],
      tables: [
        { name: "houses", fields: ["name", "owner", "phone", "guests"] },
        { name: "agencies", fields: ["name", "person", "phone", "email"] },
        {
          name: "groups",
          fields: ["agency", "group leader", "guests", "arrival date", "nights", "advance", "house"],
        },
      ],
      excluded: ["pony", "taxi"],
      background: ["diary"],
    },
  },
  {
    id: "vigan-kalesa-fares",
    who: "A developer at a small IT company in Vigan whose Apong Lakay and uncle drive kalesas in the heritage village, in the Ilocano-coloured Philippine English of Vigan ('Naimbag nga aldaw', 'my Apong Lakay', 'the cocheros', 'the manongs', 'kasla we are all scammers', 'wen', 'haan, not included', 'Agyamanak unay'): a Kotlin library in the company's GitHub Packages that the tourism office's booking website and the association's Android app for the dispatcher both use, nothing kept, the city tour ₱300 the first hour and ₱150 every 30 minutes after, 4 passengers a kalesa and two kalesas and two fares for more, a ride inside the poblacion ₱30 a passenger with children under 7 free, 20% more after 6 in the evening, no tour longer than 3 hours, 20% off for senior citizens and PWD, ₱10 of every trip to the association and the rest to the cochero, rounded to the nearest 5 pesos; a tarpaulin at Plaza Burgos today; the tricycles 'haan, not included', the horses' feed and the vet 'not in the library'; Kotlin",
    says: {
      overview:
        "Naimbag nga aldaw! I'm Jericho Rabago, a developer at a small IT company here in Vigan. My Apong Lakay and my uncle are cocheros, they drive kalesa in the heritage village, Calle Crisologo and around the plaza. The cocheros' association and the city tourism office are making a booking website and an Android app for the dispatcher at Plaza Burgos, and they asked me to make the fare computation as one library that both will use, so the fare is always the same. Now the fare is only on a tarpaulin at the plaza and some of the manongs just say a price, then the tourists complain on Facebook, kasla we are all scammers.",
      more: "It will not keep anything, wen. The website and the app give it the trip, it gives back the fare and the shares, that's all.",
      walkthrough:
        "Ok, here.\n\nThe city tour is ₱300 for the first hour, then ₱150 for every 30 minutes after.\n\nOne kalesa is 4 passengers only, so if they are more than 4 that's two kalesas, two fares.\n\nA ride inside the poblacion, point to point, is ₱30 a passenger, and children under 7 are free.\n\nAfter 6 in the evening it is 20% more, the horse is tired already.\n\nA tour cannot be more than 3 hours, the horse needs to rest, so the library should say no.\n\nSenior citizens and PWD get 20% discount, that's the law.\n\nFrom every trip ₱10 goes to the association, the rest to the cochero.\n\nRound the fare to the nearest 5 pesos, nobody uses the small coins anymore.",
      extras: [
        "The tricycles, that's the TODA with their own fare, haan, not included. And the horses' feed and the vet, the city veterinary office handles that, not in the library.",
        "That's all. Agyamanak unay!",
      ],
      tech: "Kotlin. The Android app is Kotlin and the website's backend is Kotlin with Ktor also, so a Kotlin library in our GitHub Packages, both can add it.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Kotlin",
    },
    expect: {
      kind: "library",
      features: [
        "city tour ₱300 first hour",
        "₱150 every 30 minutes",
        "more than 4 two kalesas",
        "poblacion ₱30 a passenger",
        "children under 7 free",
        "after 6 20% more",
        "tour more than 3 hours",
        "senior PWD 20% discount",
        "₱10 association",
        "nearest 5 pesos",
      ],
      tables: [],
      excluded: ["tricycle", "feed"],
      background: ["tarpaulin"],
      stack: ["Kotlin"],
    },
  },
  {
    id: "majuro-copra-field-trip",
    who: "The supercargo on a government field trip ship out of Majuro, in Marshallese English, in short plain sentences ('Iakwe', 'the outer islands', 'the field trip ship', 'my niece', 'the iroij', 'the alap', 'Jaab', 'Aet', 'Kommol tata'): a Python command-line tool his niece writes for his laptop on the ship, with no internet at sea, first grade copra 45 cents a pound and second grade 30 cents, over 10% moisture second grade and over 20% wet copra not bought, every bag weighed on the ship's scale with 2 pounds off for the sack, 10% of every buy to the iroij and 10% to the alap and the rest to the worker, cash paid on the ship and the rest owed and paid in Majuro when the cash runs out, a report for Tobolar of the pounds from every atoll and the cash paid at the end of the trip; records in brackets on lines, every buy one seller on one trip; a clipboard and a big copra book today; the passengers and their tickets 'Jaab, not for this program', the women's handicrafts 'not ours'; commands and flags; Python; the island taken off the sellers at the review",
    says: {
      overview:
        "Iakwe. My name is Alson Riklon. I am the supercargo on the field trip ship from Majuro. We go to the outer islands. Ailuk, Likiep, Wotje, Maloelap. Every trip we buy copra from the families for Tobolar. Now I write every buy on a clipboard and in a big copra book. When we come back to Majuro, the cash and the book do not match. Last trip I was short $600. My niece Joanne studied computers at CMI. She will write a program for my laptop.",
      more: "There is no internet on the ship. Only the laptop.",
      walkthrough:
        "First grade copra is 45 cents a pound.\n\nSecond grade is 30 cents a pound.\n\nOver 10% moisture is second grade.\n\nOver 20% it is wet copra. Jaab, we don't buy it.\n\nEvery bag is weighed on the ship's scale. 2 pounds off every bag for the sack.\n\nFrom every buy, 10% goes to the iroij and 10% to the alap. The rest is for the worker who made the copra.\n\nWe pay cash on the ship.\n\nWhen the cash on the ship runs out, the rest is written as owed and paid in Majuro.\n\nAt the end of the trip I give Tobolar a report. The pounds from every atoll and the cash paid.",
      commands:
        'Joanne says it goes like this: copra trip start --number 4 --ship "Lomor" --cash 20000, copra seller add --name "Neibo Lakmej" --atoll Ailuk --alap "Lanej Jibas" --iroij "Lejolan", copra buy --seller 12 --bags 6 --pounds 540 --moisture 8, copra owed, copra report --trip 4. I only type what she writes.',
      things:
        "Trips (number, ship, date leaving, cash at start)\nSellers (name, atoll, island, alap, iroij)\nBuys (trip, seller, date, bags, pounds, moisture, grade, amount, owed)\nEvery buy is one seller on one trip.",
      extras: [
        "The passengers and their tickets, that is the ship office in Majuro. Jaab, not for this program. And the handicrafts, the baskets and fans the women send to Majuro, not ours.",
        "That is all. Kommol tata.",
      ],
      tech: "Aet, Python. Joanne says Python. The laptop is old but it works.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: ["It is good. Only take the island off the sellers. The atoll is enough. Kommol tata."],
    expect: {
      kind: "command-line tool",
      features: [
        "first grade 45 cents a pound",
        "second grade 30 cents",
        "over 10% moisture second grade",
        "over 20% wet copra",
        "2 pounds off every bag",
        "10% iroij",
        "10% alap",
        "pay cash ship",
        "cash runs out owed Majuro",
        "end of trip report Tobolar",
      ],
      tables: [
        { name: "trips", fields: ["number", "ship", "date", "cash"] },
        { name: "sellers", fields: ["name", "atoll", "alap", "iroij"] },
        {
          name: "buys",
          fields: ["trip", "seller", "date", "bags", "pounds", "moisture", "grade", "amount"],
        },
      ],
      excluded: ["passenger", "handicraft"],
      background: ["clipboard"],
      stack: ["Python"],
      commands: [
        "trip start",
        "seller add",
        "buy",
        "owed",
        "report",
        "--number",
        "--ship",
        "--cash",
        "--name",
        "--atoll",
        "--alap",
        "--iroij",
        "--seller",
        "--bags",
        "--pounds",
        "--moisture",
        "--trip",
      ],
    },
  },
  {
    id: "barpali-sambalpuri-bandha",
    who: "A master weaver (mahajan) in Barpali, Bargarh district, whose family has made Sambalpuri bandha sarees for three generations, in Odia (Odia script, never used before, as he types it, with the English words western Odisha's weavers really mix in: 'ୱେବସାଇଟ', 'ଅର୍ଡର', 'କଟନ', 'ଡିଜାଇନ', 'ଆଡଭାନ୍ସ', 'ଡେଲିଭରି', 'ମୋବାଇଲ', 'ଟ୍ୟାଗ', 'ଲଗଇନ', 'GST', 'UPI', 'ପକାନ୍ତୁ ନାହିଁ', 'ଦରକାର ନାହିଁ'): a website where the shops in Bhubaneswar, Cuttack and Sambalpur order sarees and he and his munshi see everything, a weaver's wage ₹1,500 for a cotton saree and ₹4,000 for a silk (pata) one, a cotton saree back 15 days after the yarn is taken and a silk one in 30, ₹200 cut from the wage for a stain or a mistake in the bandha, the weavers paid every Saturday, a shop's order 10 sarees at the least with a 30% advance and the rest at delivery, 5% GST on the sale, a number tag on every saree to find it by, a warning when the yarn in the godown falls below 20 kilos; records after colons on lines with cotton or silk in a sentence, every saree one weaver's and every order one shop's; a ଖାତା today; his brother's paddy 'ପକାନ୍ତୁ ନାହିଁ', tussar sarees 'ଦରକାର ନାହିଁ'; the UPI number added to the weavers after 'Change something' at 'Your data'",
    says: {
      overview:
        "ନମସ୍କାର! ମୋ ନାଁ ସୁଦର୍ଶନ ମେହେର, ଘର ବରଗଡ଼ ଜିଲ୍ଲାର ବରପାଲି। ଆମେ ତିନି ପିଢ଼ି ହେଲା ସମ୍ବଲପୁରୀ ବନ୍ଧ ଶାଢ଼ୀର କାମ କରୁଛୁ। ମୁଁ ଆଖପାଖ ଗାଁର 40 ଜଣ ବୁଣାକାରଙ୍କୁ ସୂତା ଦିଏ, ସେମାନେ ଘରେ ନିଜ ତନ୍ତରେ ଶାଢ଼ୀ ବୁଣି ଆଣନ୍ତି, ମୁଁ ମଜୁରି ଦିଏ ଆଉ ଶାଢ଼ୀ ଭୁବନେଶ୍ୱର, କଟକ, ସମ୍ବଲପୁରର ଦୋକାନକୁ ବିକେ। ଏବେ ସବୁ ହିସାବ ଗୋଟିଏ ଖାତାରେ ଲେଖାହୁଏ, ଆଉ ଗଲା ଦଶହରାରେ ଗୋଟିଏ ଶାଢ଼ୀ ପାଇଁ ଦୁଇଟା ଦୋକାନକୁ କଥା ଦେଇଦେଲି, ବହୁତ ଲାଜ ଲାଗିଲା। ସେଥିପାଇଁ ଗୋଟିଏ ୱେବସାଇଟ ଦରକାର, ଦୋକାନମାନେ ସେଥିରେ ଅର୍ଡର ଦେବେ ଆଉ ମୁଁ ସବୁ ଦେଖିପାରିବି।",
      walkthrough:
        "କଟନ ଶାଢ଼ୀ ପାଇଁ ବୁଣାକାରଙ୍କୁ 1500 ଟଙ୍କା ମଜୁରି, ପାଟ ଶାଢ଼ୀ ପାଇଁ 4000 ଟଙ୍କା।\n\nସୂତା ନେବା ପରେ କଟନ ଶାଢ଼ୀ 15 ଦିନରେ, ପାଟ ଶାଢ଼ୀ 30 ଦିନରେ ଫେରାଇବାକୁ ହେବ।\n\nଶାଢ଼ୀରେ ଦାଗ କି ବନ୍ଧରେ ଭୁଲ ଥିଲେ ମଜୁରିରୁ 200 ଟଙ୍କା କଟିବ।\n\nପ୍ରତି ଶନିବାର ବୁଣାକାରଙ୍କୁ ମଜୁରି ଦିଆଯାଏ।\n\nଦୋକାନର ଅର୍ଡର ଅତି କମରେ 10ଟି ଶାଢ଼ୀ, ଅର୍ଡର ବେଳେ 30% ଆଡଭାନ୍ସ, ବାକି ଡେଲିଭରି ବେଳେ।\n\nବିକ୍ରି ଉପରେ 5% GST ଲାଗିବ।\n\nପ୍ରତ୍ୟେକ ଶାଢ଼ୀରେ ଗୋଟିଏ ନମ୍ବର ଟ୍ୟାଗ ଲାଗିବ, ସେଇ ନମ୍ବରରେ ଶାଢ଼ୀ ଖୋଜିହେବ।\n\nଗୋଦାମରେ ସୂତା 20 କିଲୋରୁ କମ ହେଲେ ମୋତେ ଜଣାଇବ।",
      things:
        "ବୁଣାକାର: ନାମ, ଗାଁ, ମୋବାଇଲ, ତନ୍ତ ସଂଖ୍ୟା\nଶାଢ଼ୀ: ନମ୍ବର, ଡିଜାଇନ, କଟନ ନା ପାଟ, ବୁଣାକାର, ସୂତା ଦେବା ତାରିଖ, ଫେରିବା ତାରିଖ, ମଜୁରି\nଦୋକାନ: ନାମ, ସହର, ମୋବାଇଲ, GST ନମ୍ବର\nଅର୍ଡର: ଦୋକାନ, ତାରିଖ, ଶାଢ଼ୀ ସଂଖ୍ୟା, ଆଡଭାନ୍ସ, ଡେଲିଭରି ତାରିଖ\nପ୍ରତ୍ୟେକ ଶାଢ଼ୀ ଜଣେ ବୁଣାକାରଙ୍କର, ଆଉ ପ୍ରତ୍ୟେକ ଅର୍ଡର ଗୋଟିଏ ଦୋକାନର।",
      thingsChange: "ବୁଣାକାରଙ୍କ ପାଇଁ UPI ନମ୍ବର ମଧ୍ୟ ରଖନ୍ତୁ, ଏବେ ମଜୁରି UPI ରେ ଦେଉଛି।",
      extras: ["ମୋ ଭାଇର ଧାନ ଚାଷ ଅଛି, ସେଇଟା ଏଥିରେ ପକାନ୍ତୁ ନାହିଁ। ଆଉ ଟସର ଶାଢ଼ୀ ଆମେ କରୁନାହୁଁ, ତାହା ଦରକାର ନାହିଁ।", "ବାସ୍, ଏତିକି। ବହୁତ ଧନ୍ୟବାଦ!"],
    },
    picks: {
      Kind: "Web app",
      Accounts: "ମୁଁ ଆଉ ମୋ ମୁନସି ସବୁ ଦେଖିବୁ। ଦୋକାନମାନେ ଲଗଇନ କରି ଅର୍ଡର ଦେବେ ଆଉ ନିଜ ଅର୍ଡର ଦେଖିବେ। ବୁଣାକାରଙ୍କୁ ଲଗଇନ ଦରକାର ନାହିଁ।",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "କଟନ 1500 ମଜୁରି",
        "ପାଟ 4000",
        "କଟନ 15 ଦିନ",
        "ପାଟ 30 ଦିନ",
        "ଦାଗ ମଜୁରି 200",
        "ଶନିବାର ମଜୁରି",
        "ଅର୍ଡର 10 ଶାଢ଼ୀ",
        "30% ଆଡଭାନ୍ସ",
        "5% GST",
        "ନମ୍ବର ଟ୍ୟାଗ",
        "ସୂତା 20 କିଲୋ",
      ],
      tables: [
        { name: "ବୁଣାକାର", fields: ["ନାମ", "ଗାଁ", "ମୋବାଇଲ", "ତନ୍ତ", "UPI"] },
        { name: "ଶାଢ଼ୀ", fields: ["ନମ୍ବର", "ଡିଜାଇନ", "ବୁଣାକାର", "ମଜୁରି"] },
        { name: "ଦୋକାନ", fields: ["ନାମ", "ସହର", "ମୋବାଇଲ", "GST ନମ୍ବର"] },
        { name: "ଅର୍ଡର", fields: ["ଦୋକାନ", "ତାରିଖ", "ଆଡଭାନ୍ସ"] },
      ],
      excluded: ["ଧାନ", "ଟସର"],
      background: ["ଖାତା"],
    },
  },
  {
    id: "sambava-lavanila-kaoperativa",
    who: "The president of a vanilla growers' cooperative at Farahalana near Sambava, in Malagasy (never used before, as it is written in the SAVA region, with the French words Malagasy really use: 'Manao ahoana', 'kaoperativa', 'application', 'finday', 'réseau', 'exportateur', 'kahie', 'compte', 'CIN', 'dina', 'aza ampidirina', 'tsy raharahanay', 'Misaotra betsaka'): a phone app for him and the secretary that keeps everything out in the fields and at the guard posts where there is no network and sends it back in the village, no vanilla picked before 15 June, the date the state set, every pod marked with its owner's mark before the harvest, two guards every night with every member in turn and 10,000 Ariary under the dina from one who doesn't come, every harvest weighed with the member and the plot, green vanilla never sold below 50,000 Ariary a kilo, 5% of every sale to the cooperative's fund, the members paid every Saturday; records after dashes inline with whether the guard came in brackets, every harvest one member's from one plot; a kahie today; the cloves and coffee 'aza ampidirina', the curing 'tsy raharahanay'; the CIN added to the members after 'Change something' at 'Your data'",
    says: {
      overview:
        "Manao ahoana! Izaho no Hery Razafindrabe, filohan'ny kaoperativa mpamboly lavanila ao Farahalana, akaikin'i Sambava. Mpikambana 35 izahay. Isan-taona dia misy mpangalatra lavanila maitso any an-tsaha, ka misy fiambenana isan'alina. Ankehitriny dia soratana anaty kahie daholo ny zava-drehetra, ary tamin'ny taon-dasa dia very ilay kahie, ka tsy fantatra intsony hoe iza no niambina sy firy kilao no notazan'ny tsirairay. Mila application amin'ny finday izahay.",
      more: "Tsy misy réseau any an-tsaha sy any amin'ny toerana iambenana. Tsy maintsy tehirizin'ny application ao amin'ny finday ny zava-drehetra, dia alefany rehefa tonga eto an-tanàna izahay.",
      walkthrough:
        "Toy izao ny fandehany.\n\nTsy misy mioty lavanila alohan'ny 15 Jona, io no daty navoakan'ny fanjakana.\n\nAsiana ny marika an'ny tompony ny voan-davanila rehetra alohan'ny hiotazana azy.\n\nMpiambina roa isan'alina, mifandimby ny mpikambana rehetra.\n\nIzay tsy tonga amin'ny andron'ny fiambenany dia mandoa 10.000 Ariary, araka ny dina.\n\nLanjaina ny fiotazana tsirairay, miaraka amin'ny anaran'ny mpikambana sy ny tanimboly.\n\nTsy amidy ambanin'ny 50.000 Ariary ny kilaon'ny lavanila maitso.\n\nNy 5% amin'ny varotra rehetra dia mankany amin'ny tahirim-bolan'ny kaoperativa.\n\nIsaky ny Asabotsy no andoavana ny volan'ny mpikambana.",
      things:
        "Mpikambana - anarana, tanàna, finday, marika. Tanimboly - tompony, toerana, isan'ny fototra. Fiotazana - mpikambana, tanimboly, daty, kilao. Fiambenana - daty, mpiambina voalohany, mpiambina faharoa, tonga (eny na tsia). Varotra - daty, exportateur, kilao, vidiny isaky ny kilao. Ny fiotazana tsirairay dia an'ny mpikambana iray ary avy amin'ny tanimboly iray.",
      thingsChange: "Ampio ny CIN amin'ny mpikambana, takian'ny exportateur izany.",
      extras: [
        "Ny jirofo sy ny kafe dia raharaha hafa, aza ampidirina. Ary ny fanamainana lavanila, ny exportateur no manao izany, tsy raharahanay.",
        "Izay ihany. Misaotra betsaka!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Izaho sy ny sekretera no mahita ny zava-drehetra. Ny mpiambina sy ny mpikambana hafa tsy mila compte.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "lavanila 15 Jona",
        "marika tompony",
        "mpiambina roa isan'alina",
        "10.000 Ariary dina",
        "lanjaina fiotazana",
        "50.000 Ariary lavanila maitso",
        "5% kaoperativa",
        "Asabotsy mpikambana",
      ],
      tables: [
        { name: "mpikambana", fields: ["anarana", "tanàna", "finday", "marika", "CIN"] },
        { name: "tanimboly", fields: ["tompony", "toerana"] },
        { name: "fiotazana", fields: ["mpikambana", "tanimboly", "daty", "kilao"] },
        { name: "fiambenana", fields: ["daty", "tonga"] },
        { name: "varotra", fields: ["daty", "exportateur", "kilao"] },
      ],
      excluded: ["jirofo", "fanamainana"],
      background: ["kahie"],
    },
  },
];
