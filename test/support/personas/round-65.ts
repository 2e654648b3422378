import type { Persona } from "../persona-driver.js";

/**
 * The sixty-fifth round: ten more people nobody has met, written blind, without reading the
 * interviewer or anything that reads these files, and before any spec was made from what
 * they say. What each of them expects was set down from their own words, the way a careful
 * listener would take them, so the round can be held out or tuned on like the rest.
 *
 * As before, ordinary people telling an idea the ordinary way, made neither easy nor hard:
 * answers from a lower-case fragment to several paragraphs, records told in sentences
 * ("Every visitor has …", "Every booking has …", "Every grazier's got …", "Every field's got
 * …"), spread over sentences ("Customers, we'd need …", "For the orders it's …", "For the
 * catches, …"), after colons inline ("Farmers: name, member number, …. Deliveries: …", "Te
 * mau ta'ata ho'o mai: i'oa, niuniu, …", and in lower case "lines: name, leader. traps: …"),
 * after colons on lines ("Customers: name, phone, email, city", "Clients: nombre, telefono,
 * …"), in brackets inline and in lower case ("trucks (number, size, driver), customers
 * (…)"), with what a value may be in brackets ("kind (doc200, possum or cat)", "caught
 * (rat, possum, cat, hedgehog or nothing)", "huru (A, B e C)", "tipo (restaurant, refuchio u
 * casa)"), and none at all from the library, whose rules come numbered. Eight write in
 * English, each in the English of a place no round has used (every round-*.ts, index.ts and
 * held-out.ts was searched, their doc comments and every `who`: the Scots Englishes of
 * Glasgow, Leith, Wester Ross, Huntly and Hawick were used, no English of Galloway was, nor
 * "Galloway", "Glenkens", "New Galloway", "Dalry", "Castle Douglas", "Kirroughtree", "dark
 * sky" or "stargazing", "observatory" only as Montserrat's; the London Multicultural English
 * of Peckham and the Suffolk English of Southwold were used, no English of Kent was, nor
 * "Kent", "Kentish", "Romney", "Brookland", "Lydd", "Tenterden", "graziers" or "knacker",
 * "Looker" only as a finance team's tool; the Himachali English of Kotkhai and the Ladakhi
 * English of Rumbak were used and Shimla and McLeod Ganj appear, no English of Uttarakhand
 * was, nor "Uttarakhand", "Garhwal", "Landour", "Mussoorie", "Char Dukan", "Kempty" or
 * "peanut butter", "doon" only as the Scots for down; the Niuean English of Tamakautoga, the
 * Tuvaluan English of Funafuti, the Marshallese English of Majuro and the Kiribati English
 * of Abaiang were used, no English of Nauru was, nor "Nauru", "Meneng", "Anibare", "Buada",
 * "Topside", "Ekamawir" or "Tubwa"; the Northern Ontario English of Sudbury and the Ottawa
 * Valley English of a snowmobile club were used, no English of Manitoulin was, nor
 * "Manitoulin", "Haweater", "Meldrum Bay", "Gore Bay", "Little Current", "Chi-Cheemaun" or
 * "Expositor"; the Malaysian Englishes of Penang and Kuching and the Sabahan English of
 * Kundasang were used, no English of the Cameron Highlands was, nor "Cameron Highlands",
 * "Brinchang", "Tanah Rata", "Kea Farm", "Selayang" or "Simpang Pulai", "kopitiam" only in
 * Penang; the Namibian English of Windhoek and the South African English of Umhlanga were
 * used and Afrikaans was written at Stilbaai, no English of the Karoo was, nor "Karoo",
 * "Prince Albert", "Swartberg", "Tannie", "Oom" or "ostrich", "dorp" only inside Lelydorp;
 * the Southland English of Gore, the West Coast English of Greymouth and the Chatham Islands
 * English of Waitangi were used, no English of Stewart Island was, nor "Stewart Island",
 * "Rakiura", "Halfmoon Bay", "Foveaux", "tokoeka" or "DOC200", "Oban" only inside Mogobane
 * and "Bluff" only in Oak Bluffs): the Galloway English of the Glenkens, in long paragraphs
 * ("Hullo there from Galloway", "the Glenkens", "the byre", "wee", "aye", "dinnae",
 * "greetin'", "the Galloway News", "awfy", "that's his ain affair, no ours", "leave that
 * oot", "cheerio the now"), the Kentish English of Romney Marsh, in long paragraphs ("Morning", "a looker",
 * "the Marsh", "up the country", "the graziers", "the dykes", "tegs", "on tack", "they was",
 * "ent", "along of", "twigged", "the Kentish Express", "that's his business, not mine",
 * "leave that out", "mind how you go"), the Nauruan English of Meneng, in lower-case
 * fragments ("ekamawir omo", "the plant", "topside", "the buada road", "dry tanks", "payday
 * fortnight", "thats my uncles thing not ours", "nah leave that", "tubwa kor"), the
 * Manitoulin English of Meldrum Bay, in between ("a Haweater", "the Island", "off-Islanders",
 * "the Chi-Cheemaun", "the swing bridge", "the Expositor", "eh", "that's his own thing, not
 * ours", "leave that off"), the hill English of Landour, in short plain sentences ("Namaste
 * ji", "the season", "the plains", "Doon", "the rains", "That is my brother-in-law's
 * business, not ours", "Kindly leave it", "Dhanyavaad"), the Malaysian English of Brinchang,
 * in short plain sentences ("the centre", "the lorry", "Selayang", "KL", "kopitiam", "pasar",
 * "That one is my uncle's business, not ours", "No need to put", "lah"), the Stewart Island
 * English of Oban, in terse lower-case fragments ("kia ora", "the island", "the hall", "the
 * south sea", "tokoeka", "heaps", "her thing, not the groups", "nah thats the hunters",
 * "sweet as", "cheers"), and the Karoo English of Prince Albert, in between ("Môre", "my pa",
 * "my ma", "Oom Koos", "Tannie Marie", "the dorp", "the Swartberg", "nè", "ja", "lekker",
 * "that's her own thing, nothing to do with the library", "leave them out", "Dankie,
 * totsiens"). One writes in Aragonese (never used before: Spanish was written as Mexican
 * Spanish and Galician, Asturian, Basque, Catalan and Occitan were written, Aragonese never,
 * nor "Aragon", "Chistau", "Sobrarbe", "Uesca", "forno", "pastillos", "refuchio", "agüelo",
 * "chirmán" or "Bienplegaus"; as a Plan baker types it, in between, in the standard spelling
 * with the Spanish words the valley mixes in: "Bienplegaus", "o mío agüelo", "o forno", "a
 * furgoneta", "os lugars d'a val", "os refuchios", "o mío chirmán", "Qué vergüenya!",
 * "l'ordinador", "sin clau", "ixo no ye cosa nuestra", "deixatz-lo", "Grazias, y dica
 * luego"), and one in Tahitian (never used before: te reo Māori and Hawaiian were written and
 * the Englishes of Niue, Aitutaki and Pitcairn were used, Tahitian never, "Tahitians" only as
 * those who came to Pitcairn with the Bounty men, nor "Taha'a", "Haamene", "Uturoa",
 * "Raiatea", "Papeete", "Porinetia", "Ia ora na", "Māuruuru", "poe" or "monoi"; as a Haamene
 * pearl farmer types it, in between, with the French words the islands mix in: "Ia ora na
 * 'outou", "tō'u pāpā rū'au", "tō'u tungane", "te tairoto", "te mau rātere", "commande",
 * "site internet", "certificat", "colis", "virement", "Ha'ama roa!", "roro uira", "e 'ere
 * terā i tā mātou 'ohipa", "vaiiho terā", "Māuruuru roa, nānā").
 *
 * What varies is the kind of software, the trade and the length of the answers: web apps
 * for a Glenkens couple's stargazing evenings (the end of September to the end of March,
 * never the week either side of the full moon, one evening at eight, sixteen at most round
 * two telescopes, £18 and £9, nobody under 8, bookings shut at four, a cloudy night called
 * off by five with the booking moved or the money back, red torches only past the gate), a
 * Landour family's peanut butter, cheddar and jams (their own kitchen only, ₹350, ₹600 and
 * ₹250, cheese never sent, ₹100 courier and free over ₹1,500, Mondays only in the rains, 50
 * jars and 20 days ahead for Diwali and companies, no preservatives, nothing over three
 * months) and a Haamene family's black pearls (their own farm only, harvested in May and
 * November, nothing under 0.8 mm of nacre, 20,000, 12,000 and 6,000 XPF, a certificate with
 * every pearl, posted from Uturoa on Tuesdays and Thursdays, 1,500 and 4,000 XPF postage,
 * over 100,000 XPF paid first, 14 days to send one back); phone apps for a Meneng family's
 * water trucks (filled at the plant from 7 to 3, $60 and $35 a load, dry tanks first, no
 * Sundays, 8 loads a truck a day, cash or payday fortnight, one load a house a week when the
 * plant rations, nothing topside but the Buada road) and a Meldrum Bay fish tug (their own
 * licence only, May to October or till the quota's caught, $14, $12 and $7 a pound, two
 * days out of the water at most, restaurants by Wednesday with 20 pounds and paying monthly,
 * the dock Friday and Saturday mornings, nobody out in a wind over 25 knots, the Island
 * only and nothing over the swing bridge), the second working without signal; programs on
 * one computer for a Romney Marsh looker (March to November with the tegs away on tack,
 * £7 a ewe paid half and half, every sheep counted every day, six ewes to the acre, never
 * two graziers' sheep in one field, sheep moved only on the grazier's word, the grazier
 * rung and the knacker called the same day, every lamb marked within a week) and a Plan
 * bakery's round of the valley (bread every day but Monday, orders by eight the evening
 * before, 1.20, 3.50 and 1.50 euros, the van to San Chuan and Chistén on Tuesdays,
 * Thursdays and Saturdays, 20 loaves and monthly paying for restaurants and huts, villagers
 * paying on the doorstep, no van when snow shuts the road, Aragon flour and no frozen
 * dough, no bread sold a day old); a service without screens, in Python with Django and
 * MySQL, for a Brinchang growers' association (members only, at the centre by 2 pm, grade B
 * at half and rejects unpaid, prices set every morning from Selayang, the Selayang lorry
 * nightly at 8 and the Singapore one Mondays and Thursdays, Singapore orders 3 days ahead
 * and a tonne at least, 5% for the centre, farmers paid fortnightly by transfer, the pasar
 * when a landslide shuts the road); a TypeScript library for a Prince Albert co-op's lamb
 * pay (the cold mass times the week's price, R5 and R12 off the poorer classes, nothing
 * paid past 24 kg, R30 for the truck and R2.50 levy off, condemned carcasses paying nothing,
 * rounded to the rand); and a command-line tool in Python with SQLite for Stewart Island's
 * trapping group (every trap every 2 weeks and every 4 in winter, rebaited every check,
 * private land only with the owner's ok, possum traps 70 cm up for the tokoeka, cat traps
 * within 24 hours, the training before going out alone, nothing within 50 m of the school),
 * with commands and flags. The Meneng son and the Oban developer answer in lower-case
 * fragments, the second tersely, the Glenkens postie and the Romney looker in long
 * paragraphs, the Landour shopkeeper and the Brinchang developer in short plain sentences,
 * the others in between.
 *
 * Each tells the story of the day it went wrong, with the people in it: a walking club and
 * a school minibus for the one clear Saturday and a teacher greetin' in the car, two hundred
 * of one grazier's ewes a fortnight in another's field and the pair of them fallen out at
 * Ashford market, 300 Diwali jars sold from under a Gurgaon company to weekend tourists, a
 * funeral of 300 with no water, the Legion's fish fry out of whitefish by six o'clock,
 * 200 loaves for a camping restaurant sold in the square, two tonnes of cabbage gone before
 * the Singapore lorry came at 3 am, Oom Koos paid on last month's price and standing up in
 * the church hall, a cat five days in an unchecked trap, thirty pearls promised to a
 * Papeete jeweller and sold at a guesthouse; and each says who will build it (a
 * granddaughter at the college in Dumfries, a grandson at Canterbury, a son doing B.Tech in
 * Doon, a cousin at USP in Suva, a daughter at Cambrian in Sudbury, a niece in Uesca and a
 * sister's son at the university in Puna'auia, while the Brinchang, Prince Albert and Oban
 * developers build it themselves). Who may see what is said in their own words at
 * "Accounts" (visitors, customers and buyers without an account, a neighbour who sees the
 * names and numbers, a shop boy and a mother who see the orders to pack but not the money,
 * a father and son and a husband and wife who see everything, API keys for a weighing
 * tablet, a buyers' page and an office computer) or left unsaid by the Python tool and the
 * TypeScript library; the two desktop programs are picked at "Kind" in the person's own
 * words, one of them in Aragonese.
 *
 * Relations said plainly ("One booking's for one evening, and an evening has lots of
 * bookings till the sixteen places are gone", "A field's only got the one grazier's sheep in
 * it at a time, but a grazier's got lots of fields", "One order is for one customer. One
 * customer has many orders", "1 load is 1 truck to 1 house, a house gets lots of loads", "An
 * order's for one customer, and a customer orders all season", "One delivery is from one
 * farmer. One farmer sends many deliveries", "1 trap is on 1 line, 1 line has heaps of
 * traps", "Hō'ē noa ta'ata ho'o mai nō te commande tāta'itahi", "Una comanda ye d'un solo
 * client"); allowed values in the lists and sentences themselves (paid or not, clear or
 * cloudy, sent or not, paid y/n, restaurant or not, Selayang or Singapore, landowner ok y/n,
 * trained y/n, rebaited y/n, 'aufauhia 'aore ra 'aita, tonohia 'aore ra 'aita, pagau u no)
 * and in brackets (a trap's kind and a check's catch, a pearl's huru, a client's tipo);
 * background in a diary by the phone, in a counting book and on the calendar, in a register
 * and on WhatsApp, on a whiteboard, in a notebook in the fish shed, in a ledger
 * and WhatsApp groups, on a calculator and the abattoir's slips, on paper sheets and a
 * spreadsheet, in a puta and on Messenger, in a libreta; technology named as Python with
 * Django and MySQL, TypeScript, and Python with SQLite, and none at all by seven of them;
 * "no" said as "that's his ain affair, no ours", "leave that oot", "that's his business, not
 * mine", "leave that out", "That is my brother-in-law's business, not ours", "Kindly leave
 * it", "thats my uncles thing not ours", "nah leave that", "that's his own thing, not ours",
 * "leave that off", "That one is my uncle's business, not ours", "No need to put", "that's
 * her own thing, nothing to do with the library", "leave them out", "her thing, not the
 * groups", "nah thats the hunters", "e 'ere terā i tā mātou 'ohipa", "vaiiho terā", "ixo no
 * ye cosa nuestra", "deixatz-lo"; while rules keep their "no" ("No evenings in the week
 * either side of the full moon", "Nobody under 8", "no white torches", "No field ever has two
 * graziers' sheep in it", "Cheese we never send", "No preservatives", "no deliveries
 * sunday", "nothing topside", "Nothing gets sold more than two days out of the water",
 * "nothing goes over the swing bridge", "Rejects are not paid", "No cash", "no lorry goes",
 * "A condemned carcass pays nothing", "no traps within 50 m of the school", "'Aita mātou e
 * ho'o", "no emplegamos masa conchelada", "a furgoneta no va").
 *
 * The Glenkens postie takes the address off the visitors and puts needs the ramp on the
 * bookings, the Meneng son takes the driver off the trucks and puts dry tank y/n on the
 * loads, and the Meldrum Bay fisher's wife puts an email on the customers and takes where
 * the nets were off the catches, each after "Change something" at "Your data"; the Romney
 * looker puts a note on the counts, the Oban developer puts gps on the traps, the Prince
 * Albert developer takes the R4 for Karoo Lamb out of the library and the Plan baker puts
 * the hour (hora) on the orders (comandas), each at the review. The Romney and Plan
 * programs and the Meldrum Bay app are meant to work without the internet, the first
 * because the internet on the Marsh comes and goes with the wind, the second because it
 * comes and goes in the valley, the third because there is no signal at the dock half the
 * time; the Oban tool lives on one laptop in the hall, and the Brinchang service answers a
 * weighing tablet, a buyers' order page and an office computer. Aragonese and Tahitian,
 * both in Latin letters, are compared by their own words, apostrophes and macrons and all,
 * so their expected words are in the forms the person used (as "os restaurants y os
 * refuchios han de comandar 20 panes a lo menos", "'aita mātou e ho'o i te poe mai te peu e
 * iti a'e te pārau i te 0,8 mm"); every expected feature was checked to be in one line the
 * person said, and the excluded words of all ten were checked not to read like anything
 * they want (not "stars" or "telescope" for the brother's trails and the field, but "bikes"
 * and "camping"; not "sheep" or "Marsh" for the brother's lakes and the graziers' fleeces,
 * but "fishing lakes" and "wool"; not "peanut butter" for the brother-in-law's trips and
 * the stall next door, but "taxi" and "momos"; not "water" or "truck" for the uncle's round
 * and the tanks nobody wants emptied, but "rubbish" and "septic"; not "fish" for the
 * brother's trips and the winter, but "charters" and "ice huts"; not "farm" or "vegetables"
 * for the uncle's pickers and the estates, but "strawberry" and "tea estates"; not "lamb" or
 * "farm" for the mother's guests and the birds, but "guest farm" and "ostriches", and "Karoo
 * Lamb" once taken out; not "traps" or "kiwi" for the mother's evenings and the hunters'
 * animals, but "tours" and "deer"; not "poe" for the brother's guests and the women's oil,
 * but "pension" and "monoi"; not "pan" for the brother's house and the sausage, but "casa
 * rural" and "longaniza").
 */
export const SIXTY_FIFTH_ROUND: readonly Persona[] = [
  {
    id: "glenkens-dark-sky-evenings",
    who: "A retired postie in the Glenkens, by New Galloway in the south-west of Scotland, who with his wife runs stargazing evenings in a wee observatory in the old byre on their bit of ground, on the edge of the Galloway Forest Dark Sky Park, with two telescopes and a warm room for the tea after, in the Galloway English of the Glenkens, in long paragraphs ('Hullo there from Galloway', 'the Glenkens', 'the byre', 'wee', 'aye', 'ken', 'dinnae', \"greetin'\", 'the Galloway News', 'awfy', \"that's his ain affair, no ours\", 'leave that oot', 'cheerio the now'): a website where visitors book and pay without an account, he and his wife see everything and the money and the neighbour who helps on the busy nights sees the names and how many are coming but not the money, evenings from the end of September to the end of March and none in the summer when it never gets properly dark, none in the week either side of the full moon, one evening a night at eight o'clock, sixteen at most with eight round each telescope, £18 a grown-up and £9 a child, nobody under 8, bookings shut at four in the afternoon, a cloudy night called off by five with the booking moved to another night or the money back, red torches only past the gate; records told in sentences ('Every visitor has …', 'Every booking has …', 'And every evening has …') with paid or not and clear or cloudy in them, a booking for one evening and an evening with lots of bookings till the places are gone; a diary by the phone today; his brother's bike hire on the forest trails \"that's his ain affair, no ours\", camping in the field 'leave that oot'; the address taken off the visitors and needs the ramp put on the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hullo there from Galloway. I'm Tam McCulloch, and I was the postie round the Glenkens for thirty-one year, New Galloway, Dalry, Balmaclellan and every farm in between, so there's no a dog in the district that doesnae ken me. When I retired, me and the wife, Jean, turned the old byre on our bit of ground into a wee observatory, because we're right on the edge of the Galloway Forest Dark Sky Park, and on a clear winter's night you can see the Milky Way from the back door like somebody's spilt the sugar. We've two telescopes, a good one and a better one, and a warm room wi' a stove for the tea and the biscuits after. Right now folk phone the house, or email Jean, or stop me in the street in Castle Douglas, and I write them in the diary by the phone, and aye, that's where it went wrang. Last February, on the one clear Saturday in a month, Jean had taken twelve off a walking club by email and I'd said yes on the phone to a minibus of ten from a school in Dumfries, and the byre holds sixteen. We'd six weans standing out in the yard in the frost and a teacher greetin' in the car, and the Galloway News had it under 'Stars in their eyes, but no seats'. I couldnae show my face at the Dalry show all summer. Our granddaughter Eilidh is doing computing at the college in Dumfries and she says she'll make us a website, so here we are.",
      more: "Folk ought to be able to book and pay on the website without making an account, most of them come the once, on their holidays. Me and Jean see everything, and the money. And Davie next door, that helps on the busy nights, he should see the names and how many's coming, but no the money, that's between me and Jean.",
      walkthrough:
        "Right, here's how we go, and most of it's the sky's rules, no mine, so dinnae blame me.\n\nWe only do evenings from the end of September to the end of March. In the summer it never gets properly dark here, you'd be looking at a grey sky till two in the morning.\n\nNo evenings in the week either side of the full moon, the moon washes out the whole sky.\n\nOne evening a night, starting at eight o'clock, and it's about two hours wi' the tea.\n\nSixteen people at the most, eight round each telescope, the byre'll no take more.\n\nIt's £18 for a grown-up and £9 for a child.\n\nNobody under 8, they cannae keep still at the eyepiece and they get awfy cold.\n\nBookings close at four o'clock in the afternoon of the evening.\n\nIf it's cloudy, I call it off by five o'clock, and folk can move their booking to another night or get their money back, whichever they like.\n\nPast the gate it's red torches only, no white torches and no phones wi' the screen up bright, it takes your eyes twenty minutes to get used to the dark.",
      things:
        "Let me see. Every visitor has a name, a phone, an email and an address. Every booking has the visitor, which evening, how many grown-ups, how many children and paid or not. And every evening has the date, clear or cloudy and who's helping. One booking's for one evening, and an evening has lots of bookings till the sixteen places are gone.",
      thingsChange:
        "Och, hang on, two things. Take the address off the visitors, what do I want wi' folk's addresses. And put on the bookings whether anybody needs the ramp, we've a ramp for a wheelchair into the byre and I like to have it down before they come.",
      extras: [
        "My brother Rab hires out bikes for the forest trails at Kirroughtree, that's his ain affair, no ours. And folk are aye asking can they camp in the field after, we dinnae do camping, so leave that oot.",
        "That's me, I think. Thanks very much, cheerio the now.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Visitors book and pay without an account. Jean and me see everything and the money. Davie sees the names and how many's coming, no the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "evenings from the end of September to the end of March",
        "no evenings in the week either side of the full moon",
        "one evening a night starting at eight o'clock",
        "sixteen people at the most eight round each telescope",
        "£18 for a grown-up £9 for a child",
        "nobody under 8",
        "bookings close at four o'clock in the afternoon",
        "cloudy I call it off by five o'clock move their booking to another night or get their money back",
        "past the gate it's red torches only",
      ],
      tables: [
        { name: "visitors", fields: ["name", "phone", "email"] },
        {
          name: "bookings",
          fields: [
            "visitor",
            "which evening",
            "how many grown-ups",
            "how many children",
            "paid or not",
            "needs the ramp",
          ],
        },
        { name: "evenings", fields: ["date", "clear or cloudy", "who's helping"] },
      ],
      excluded: ["bikes", "camping"],
      background: ["diary"],
    },
  },
  {
    id: "romney-marsh-looker",
    who: "A looker on Romney Marsh in Kent, born in Brookland, who like his father and grandfather looks after other men's sheep out on the Marsh for so much a head, walking the fields along the dykes and counting every ewe every day, some two and a half thousand ewes for five graziers who live up at Ashford and Tenterden, in the Kentish English of the Marsh, in long paragraphs ('Morning', 'a looker', 'the Marsh', 'up the country', 'the graziers', 'the dykes', 'tegs', 'on tack', 'they was', 'ent', 'along of', 'twigged', 'the Kentish Express', \"that's his business, not mine\", 'leave that out', 'mind how you go'): a program on the farmhouse computer with no password and no internet, for him and his son, the looking from the first of March to the end of November with the tegs away on tack over the winter, £7 a ewe a season paid half in March and half in September, every field walked and every sheep counted every day, no more than six ewes to the acre in the summer, never two graziers' sheep in one field, sheep moved only when the grazier says and written down the same day, a dead ewe rung through to the grazier the same day and the knacker called, every lamb given the grazier's mark within a week of being born; records told in sentences ('Every grazier's got …', 'Every field's got …', 'And every count's got …') with how many dead in them, a field holding one grazier's sheep at a time and a grazier with lots of fields; a counting book in the Land Rover and the calendar in the kitchen today; his brother's fishing lakes at Lydd \"that's his business, not mine\", the wool 'leave that out'; a note put on the counts at the review",
    says: {
      overview:
        "Morning. Dennis Godden, and I've lived on Romney Marsh all my life, born in Brookland, same as my dad and his dad, and we've all three of us been lookers. Up the country they won't know what that is, so I'll tell you: a looker looks after other men's sheep out on the Marsh. The farmers that own them, the graziers, they live up at Ashford or over at Tenterden, and they pay me so much a head, and I walk their fields along the dykes and count every ewe, every day, rain or shine, and there ent much shelter on the Marsh, I can tell you. I've got about two and a half thousand ewes for five graziers now, and my boy Lee works along of me. Right now it's all in my counting book in the Land Rover and on the calendar in the kitchen, and that's where it come unstuck. Last spring me and Lee both moved sheep the same Tuesday, and two hundred of Mr Hoad's ewes ended up in a field along of Mr Wraight's, and they was in there the best part of a fortnight before anybody twigged. Mr Wraight found out at Ashford market, in front of everybody, and the two of them ent spoken since. It got in the Kentish Express, and I had men I've known forty year asking me could I still count. My grandson Kieran's doing computing at Canterbury, and he says he'll make me a program for the computer in the farmhouse.",
      more: "Just me and Lee, on the computer in the farmhouse. No password, there's nothing on there anybody'd want. And the internet out on the Marsh is hopeless, it comes and goes with the wind, so it's got to work without it.",
      walkthrough:
        "Right, this is how lookering goes, and most of it's how my dad done it, and his dad.\n\nI look from the first of March, when the ewes come in for lambing, to the end of November. Over the winter the tegs go away on tack up the country, and the graziers sort that out theirselves.\n\nIt's £7 a ewe for the season, paid half in March and half in September.\n\nEvery field gets walked and every sheep gets counted every day, no excuses.\n\nNo more than six ewes to the acre in the summer, the grass won't stand it.\n\nNo field ever has two graziers' sheep in it at once, not for a day. That's the one that caught me out.\n\nSheep only get moved when the grazier says so, and it's written down the same day.\n\nA dead ewe, I ring the grazier the same day and call the knacker.\n\nEvery lamb gets the grazier's mark within a week of being born, so there's no arguing whose it is.",
      things:
        "Let's see. Every grazier's got a name, a phone and his mark. Every field's got a name, how many acres and whose sheep are in it. And every count's got the field, the date, how many ewes, how many lambs and how many dead. A field's only got the one grazier's sheep in it at a time, but a grazier's got lots of fields.",
      extras: [
        "My brother Terry's got the fishing lakes over at Lydd, that's his business, not mine. And the wool, the graziers sell that theirselves, so leave that out.",
        "That's me done. Mind how you go.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program on the computer in the farmhouse, no internet"],
      Accounts: "No password. Just me and Lee on the farmhouse computer.",
    },
    atReview: [
      "That's about right, that is. Just the one thing: put a note on the counts, for when there's a ewe lame or cast on her back, so the grazier can see it.",
      "That'll do nicely. Mind how you go.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "look from the first of March to the end of November",
        "£7 a ewe for the season paid half in March and half in September",
        "every field gets walked and every sheep gets counted every day",
        "no more than six ewes to the acre in the summer",
        "no field ever has two graziers' sheep in it at once",
        "sheep only get moved when the grazier says so written down the same day",
        "dead ewe I ring the grazier the same day and call the knacker",
        "every lamb gets the grazier's mark within a week of being born",
      ],
      tables: [
        { name: "graziers", fields: ["name", "phone", "mark"] },
        { name: "fields", fields: ["name", "how many acres", "whose sheep are in it"] },
        {
          name: "counts",
          fields: ["field", "date", "how many ewes", "how many lambs", "how many dead", "note"],
        },
      ],
      excluded: ["fishing lakes", "wool"],
      background: ["counting book", "calendar"],
    },
  },
  {
    id: "landour-peanut-butter",
    who: "A woman in Landour, above Mussoorie in the Garhwal hills of Uttarakhand, who with her husband keeps the small general store his grandfather opened near Char Dukan in 1952 and makes peanut butter, cheddar cheese and jams in the kitchen behind it, selling to tourists in the season and by courier to people in the plains, in the hill English of Landour, in short plain sentences ('Namaste ji', 'the season', 'the plains', 'Doon', 'the rains', 'B.Tech', \"That is my brother-in-law's business, not ours\", 'Kindly leave it', 'Dhanyavaad'): a website where customers order and pay without an account, she and her husband see everything and the money and the shop boy sees the orders to pack but not the money, only what they make in their own kitchen, peanut butter ₹350 for a 400 g jar, cheddar ₹600 for 500 g and jams ₹250 a jar, peanut butter and jams sent by courier anywhere in India and cheese never sent, courier ₹100 an order and free above ₹1,500, parcels only on Mondays in the rains in July and August, company and Diwali orders 50 jars at least, 20 days before and paid in full first, no preservatives in anything, nothing older than three months sold; records after colons on lines with paid or not and sent or not in them, an order one customer's and a customer with many orders; a register and WhatsApp today; her brother-in-law's taxi to Kempty Falls \"That is my brother-in-law's business, not ours\", the momos from the stall next door 'Kindly leave it'",
    says: {
      overview:
        "Namaste ji. My name is Kusum Rawat. I live in Landour, above Mussoorie. My husband's grandfather opened our small general store near Char Dukan in 1952. In the kitchen behind the shop we make peanut butter, cheddar cheese and jams. The peanut butter is the famous one. Tourists buy in the season. People from the plains order on WhatsApp. Now I write all the orders in a register. Last Diwali a company in Gurgaon ordered 300 jars of peanut butter for gifts. My husband sold the same jars to tourists on the weekend. The company got only 120 jars. They wrote bad reviews everywhere on Google. My husband did not eat properly for one week. Our son is doing B.Tech in Doon. He will make a website for us.",
      more: "Customers should order and pay on the website. No account, no password. My husband and I see everything and the money. Our shop boy Mohan packs the parcels. He sees the orders to pack, not the money.",
      walkthrough:
        "Our rules are like this:\nWe sell only what we make in our own kitchen. Peanut butter, cheddar cheese and jams.\nPeanut butter is ₹350 for a 400 g jar. Cheddar is ₹600 for 500 g. Jams are ₹250 a jar.\nPeanut butter and jams we send by courier anywhere in India. Cheese we never send, it spoils on the way.\nCourier is ₹100 an order. Above ₹1,500 it is free.\nIn the rains, July and August, the road has landslides. Parcels go only on Monday then.\nCompany and Diwali orders are 50 jars at least, 20 days before, full payment first.\nNo preservatives in anything.\nNothing older than three months is sold.",
      things:
        "Customers: name, phone, email, city\nOrders: customer, items, total, paid or not, sent or not\nBatches: date, what we made, jars, best before\nOne order is for one customer. One customer has many orders.",
      extras: [
        "My brother-in-law runs a taxi to Kempty Falls for the tourists. That is my brother-in-law's business, not ours. People also ask us for the momos from the stall next door. Kindly leave it.",
        "That is all. Dhanyavaad, ji.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Customers order and pay without an account. My husband and I see everything and the money. Mohan sees the orders to pack, not the money.",
    },
    expect: {
      kind: "web app",
      features: [
        "we sell only what we make in our own kitchen peanut butter cheddar cheese and jams",
        "peanut butter is ₹350 for a 400 g jar cheddar is ₹600 for 500 g jams are ₹250 a jar",
        "peanut butter and jams we send by courier anywhere in India cheese we never send",
        "courier is ₹100 an order above ₹1,500 it is free",
        "in the rains July and August parcels go only on Monday",
        "company and Diwali orders are 50 jars at least 20 days before full payment first",
        "no preservatives in anything",
        "nothing older than three months is sold",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "email", "city"] },
        { name: "orders", fields: ["customer", "items", "total", "paid or not", "sent or not"] },
        { name: "batches", fields: ["date", "what we made", "jars", "best before"] },
      ],
      excluded: ["taxi", "momos"],
      background: ["register", "WhatsApp"],
    },
  },
  {
    id: "nauru-water-trucks",
    who: "A young man in Meneng, on Nauru, whose father has two water trucks that fill at the desalination plant and fill people's house tanks round the island when the rain doesn't come, in the Nauruan English of Meneng, in lower-case fragments ('ekamawir omo', 'the plant', 'topside', 'the buada road', 'dry tanks', 'payday fortnight', 'govt workers', 'thats my uncles thing not ours', 'nah leave that', 'tubwa kor'): a phone app for him and his father, both seeing everything and the money and the drivers and the customers not using it, with network all round the island, the trucks filling only at the plant from 7 am to 3 pm, a full load of 5000 litres $60 and a half load $35, dry tanks first, no deliveries on Sunday for church, 8 loads a truck a day at most, paid cash when the water goes in or on payday fortnight for government workers, one load a house a week at most when the plant is rationing in a drought, nothing topside but along the Buada road; records in brackets inline in lower case with paid y/n in them, a load one truck to one house and a house with lots of loads; a whiteboard at the house today; his uncle's rubbish truck 'thats my uncles thing not ours', pumping out septic tanks 'nah leave that'; the driver taken off the trucks and dry tank y/n put on the loads after 'Change something' at 'Your data'",
    says: {
      overview:
        "ekamawir omo. im brandon, 22, from meneng on nauru. my dad has 2 water trucks. no rivers here n when the rain doesnt come everybodys tank runs dry, so dad fills at the desal plant n takes it round the island n fills ppls tanks. rn its a whiteboard at the house n ppl just call him or turn up. last dry season 2 families booked the same truck the same morning, one of them had a funeral w 300 ppl coming n no water. dad got blamed all over facebook, nauru is small, everybody knows everybody. my cousin doing IT at usp in suva is gonna make an app",
      more: "just me n dad on our phones. we both see everything n the money. the drivers n the customers dont use it. network is ok all round the island",
      walkthrough:
        "rules\n- trucks only fill at the plant, 7am to 3pm\n- full load 5000 litres $60, half load $35\n- dry tanks go first, ppl w no water at all\n- no deliveries sunday, church\n- max 8 loads a truck a day\n- pay cash when the water goes in, or payday fortnight for govt workers\n- when the plant is rationing in a drought max 1 load a house a week\n- nothing topside, road is too rough, only along the buada road",
      things:
        "trucks (number, size, driver), customers (name, district, phone, tank size), loads (truck, customer, date, litres, paid y/n). 1 load is 1 truck to 1 house, a house gets lots of loads",
      thingsChange:
        "oh wait 2 things. take the driver off the trucks, its always the same 2 boys. n put dry tank y/n on the loads, so we know who went first",
      extras: [
        "my uncle runs the rubbish truck, thats my uncles thing not ours. n ppl ask us to pump out septic tanks, nah leave that",
        "thats it. tubwa kor",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "just me n dad, we both see everything n the money. the drivers n customers dont use it",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "trucks only fill at the plant 7am to 3pm",
        "full load 5000 litres $60 half load $35",
        "dry tanks go first",
        "no deliveries sunday",
        "max 8 loads a truck a day",
        "pay cash when the water goes in or payday fortnight for govt workers",
        "plant is rationing in a drought max 1 load a house a week",
        "nothing topside only along the buada road",
      ],
      tables: [
        { name: "trucks", fields: ["number", "size"] },
        { name: "customers", fields: ["name", "district", "phone", "tank size"] },
        { name: "loads", fields: ["truck", "customer", "date", "litres", "paid y/n", "dry tank y/n"] },
      ],
      excluded: ["rubbish", "septic"],
      background: ["whiteboard"],
    },
  },
  {
    id: "manitoulin-whitefish-tug",
    who: "A woman in Meldrum Bay, at the west end of Manitoulin Island in Lake Huron, Ontario, a Haweater born and raised, whose husband fishes whitefish and lake trout from his tug on his own commercial licence as his father did, selling fillets off the dock and to restaurants round the Island, in the Manitoulin English of the west end, in between ('a Haweater', 'the Island', 'off-Islanders', 'the Chi-Cheemaun', 'the swing bridge', 'the Legion', 'the Expositor', 'eh', \"that's his own thing, not ours\", 'leave that off'): a phone app for her and her husband that works without signal at the dock and catches up after, both seeing everything and the money and the restaurants and the dock customers not using it, only whitefish and lake trout he catches himself off his own licence, the season May to the end of October and done when the year's quota is caught, whitefish fillets $14 a pound, trout fillets $12 and whole whitefish $7, nothing sold more than two days out of the water, restaurants ordering by Wednesday for Friday with 20 pounds at least and paying at the end of the month, the dock open Friday and Saturday nine to noon for cash or e-transfer, nobody out in a wind over 25 knots and the orders waiting, deliveries on the Island only for $15 and nothing over the swing bridge; records spread over sentences ('Customers, we'd need …', 'For the orders it's …', 'For the catches, …') with restaurant or not and paid or not in them, an order one customer's and a customer ordering all season; a notebook in the fish shed and his phone today; her brother's fishing charters \"that's his own thing, not ours\", ice huts in the winter 'leave that off'; an email put on the customers and where the nets were taken off the catches after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hi there. I'm Darlene Hore, and I'm a Haweater, that's what we call anybody born on the Island, born and raised right here in Meldrum Bay at the west end of Manitoulin. My husband Gord fishes whitefish and lake trout out of his tug on his own commercial licence, like his dad did before him, and I do the selling. We sell fillets off the dock and to the restaurants round the Island, from Gore Bay to Little Current. Right now the orders are in a notebook in the fish shed and on Gord's phone, and that's the trouble. Haweater Weekend last summer I'd promised a hundred pounds of whitefish to the Legion in Gore Bay for their fish fry, and Gord sold half of it off the dock to a bunch of off-Islanders who'd come over on the Chi-Cheemaun. The Legion ran out of fish by six o'clock with a lineup out the door, and it was in the Expositor the next week. Our daughter Kayla's taking computer programming at Cambrian in Sudbury, and she says she can make us an app.",
      more: "Just me and Gord, on our phones. We both see everything and the money. The restaurants and the people at the dock don't use it. There's no signal at the dock half the time, so it's got to work without and catch up after.",
      walkthrough:
        "Okay, here's how we do it.\nWe only sell whitefish and lake trout Gord catches himself, off his own licence.\nThe season's May to the end of October, and when the quota for the year's caught we're done, no matter what month it is.\nWhitefish fillets are $14 a pound, trout fillets $12 a pound, whole whitefish $7 a pound.\nNothing gets sold more than two days out of the water.\nRestaurants order by Wednesday for Friday, 20 pounds at least, and they pay at the end of the month.\nThe dock's open Friday and Saturday, nine to noon, cash or e-transfer.\nIf the wind's over 25 knots Gord doesn't go out, and the orders wait.\nWe deliver on the Island only, $15, nothing goes over the swing bridge.",
      things:
        "Customers, we'd need the name, the phone and restaurant or not. For the orders it's the customer, the day, pounds of whitefish, pounds of trout and paid or not. For the catches, the date, where the nets were, pounds of whitefish and pounds of trout. An order's for one customer, and a customer orders all season, eh.",
      thingsChange:
        "Oh, actually, change two things. Put an email on the customers, the restaurants all want their bills by email now. And take where the nets were off the catches, that's between Gord and the Ministry.",
      extras: [
        "My brother Wayne takes tourists out on fishing charters, that's his own thing, not ours. And people are always asking do we rent out ice huts in the winter, we don't, leave that off.",
        "That's about it. Thanks a bunch, eh.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Me and Gord see everything and the money. The restaurants and the dock customers don't use it.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "only sell whitefish and lake trout Gord catches himself off his own licence",
        "season's May to the end of October when the quota for the year's caught we're done",
        "whitefish fillets are $14 a pound trout fillets $12 a pound whole whitefish $7 a pound",
        "nothing gets sold more than two days out of the water",
        "restaurants order by Wednesday for Friday 20 pounds at least pay at the end of the month",
        "dock's open Friday and Saturday nine to noon cash or e-transfer",
        "wind's over 25 knots Gord doesn't go out the orders wait",
        "deliver on the Island only $15 nothing goes over the swing bridge",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "restaurant or not", "email"] },
        {
          name: "orders",
          fields: ["customer", "day", "pounds of whitefish", "pounds of trout", "paid or not"],
        },
        { name: "catches", fields: ["date", "pounds of whitefish", "pounds of trout"] },
      ],
      excluded: ["charters", "ice huts"],
      background: ["notebook"],
    },
  },
  {
    id: "brinchang-vegetable-api",
    who: "A developer in Kuala Lumpur from Brinchang, in the Cameron Highlands of Pahang, whose father is secretary of a growers' association of about sixty vegetable farmers who bring their cabbage, tomato, capsicum and lettuce to a collection centre at Kea Farm for the night lorry to the Selayang wholesale market and the lorry to Singapore, in the Malaysian English of the Highlands, in short plain sentences ('the centre', 'the lorry', 'Selayang', 'KL', 'kopitiam', 'pasar', \"That one is my uncle's business, not ours\", 'No need to put', 'lah'): a service without screens, in Python with Django and MySQL, that the weighing tablet at the centre, the buyers' order page and the office computer call with keys, him and his father as admins and the farmers never logging in but getting a WhatsApp message after every weighing, only members sending vegetables, vegetables at the centre by 2 pm for the same night's lorry, grade A at the day's price and grade B at half and rejects not paid, the price a kilo for each vegetable set every morning from the Selayang price, the Selayang lorry at 8 pm every night and the Singapore lorry Monday and Thursday only, Singapore orders 3 days before and one tonne at least, 5% of every sale kept for the centre, farmers paid every two weeks by bank transfer only, no lorry when a landslide closes the road and the vegetables sold at the pasar in Brinchang; records after colons inline with Selayang or Singapore and paid or not in them, a delivery one farmer's and a farmer with many deliveries; a big ledger and WhatsApp groups today; his uncle's strawberry farm for tourists \"That one is my uncle's business, not ours\", tours of the tea estates 'No need to put'; Python, Django and MySQL",
    says: {
      overview:
        "Hi. My name is Lim Wei Sheng. I am from Brinchang, in the Cameron Highlands. Now I work as a developer in KL. My father is secretary of a small growers' association. About 60 farmers, all vegetables. Cabbage, tomato, capsicum, lettuce. The farmers bring to our collection centre at Kea Farm. Every night a lorry goes down to the Selayang wholesale market. Twice a week a lorry goes to Singapore. Now everything is in a big ledger and in WhatsApp groups. Last Chinese New Year my father promised 2 tonnes of cabbage to a Singapore buyer. The same cabbage was sold to a Selayang wholesaler. The Singapore lorry came at 3 am and the cabbage was gone. The buyer stopped buying from us. Whole Brinchang was talking about it at the kopitiam. So I am building a service for the association.",
      more: "Only the API, no screens from me. The weighing tablet at the centre, the buyers' order page and the office computer call it, each with its own key. My father and I are admins. The farmers don't log in. They get a WhatsApp message after every weighing.",
      walkthrough:
        "Our rules:\nOnly members of the association can send vegetables. Each one has a member number.\nVegetables must reach the centre by 2 pm for the same night's lorry.\nGrade A gets the day's price. Grade B gets half. Rejects are not paid.\nThe price a kilo for each vegetable is set every morning, from the Selayang price.\nThe Selayang lorry leaves at 8 pm every night. The Singapore lorry goes Monday and Thursday only.\nSingapore orders must come 3 days before, one tonne at least.\nThe centre keeps 5% of every sale.\nFarmers are paid every two weeks, by bank transfer only. No cash.\nWhen a landslide closes the road, no lorry goes. The vegetables are sold at the pasar in Brinchang.",
      things:
        "Farmers: name, member number, phone, bank account. Deliveries: farmer, date, vegetable, grade, kilos. Buyers: name, phone, Selayang or Singapore. Orders: buyer, vegetable, kilos, lorry date, paid or not. One delivery is from one farmer. One farmer sends many deliveries.",
      extras: [
        "My uncle has a strawberry farm for tourists. That one is my uncle's business, not ours. Some people ask about tours of the tea estates. No need to put.",
        "That's all lah. Thank you.",
      ],
      tech: "Python, with Django and MySQL. I use Django at my work.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The weighing tablet, the buyers' order page and the office computer get API keys. My father and I are admins. Farmers don't log in, they get a WhatsApp message.",
      Technology: "I have preferences",
      "Back end": "Python with Django",
      Database: "MySQL",
    },
    expect: {
      kind: "api service",
      features: [
        "only members of the association can send vegetables",
        "vegetables must reach the centre by 2 pm for the same night's lorry",
        "grade A gets the day's price grade B gets half rejects are not paid",
        "price a kilo for each vegetable is set every morning from the Selayang price",
        "Selayang lorry leaves at 8 pm every night Singapore lorry goes Monday and Thursday only",
        "Singapore orders must come 3 days before one tonne at least",
        "centre keeps 5% of every sale",
        "farmers are paid every two weeks by bank transfer only",
        "landslide closes the road no lorry goes vegetables are sold at the pasar in Brinchang",
      ],
      tables: [
        { name: "farmers", fields: ["name", "member number", "phone", "bank account"] },
        { name: "deliveries", fields: ["farmer", "date", "vegetable", "grade", "kilos"] },
        { name: "buyers", fields: ["name", "phone", "Selayang or Singapore"] },
        { name: "orders", fields: ["buyer", "vegetable", "kilos", "lorry date", "paid or not"] },
      ],
      excluded: ["strawberry", "tea estates"],
      background: ["ledger", "WhatsApp"],
      stack: ["Python", "Django", "MySQL"],
    },
  },
  {
    id: "prince-albert-lamb-pay",
    who: "A developer in Cape Town who grew up on a sheep farm outside Prince Albert, in the Great Karoo under the Swartberg, whose father is chairman of the little co-op through which about twenty farmers round the dorp send their lambs together on one truck to the abattoir, in the Karoo English of Prince Albert, in between ('Môre', 'my pa', 'my ma', 'Oom Koos', 'Tannie Marie', 'the dorp', 'the Swartberg', 'nè', 'ja', 'lekker', \"that's her own thing, nothing to do with the library\", 'leave them out', 'Dankie, totsiens'): a TypeScript library, an npm package, for the co-op's website and the tablet at the weighbridge, keeping nothing, given a farmer's carcasses with their cold mass and class and giving back what he gets, the cold carcass mass in kilograms times the week's price a kilogram, the price for A2 and A3 passed in and set by the co-op every Monday, A1 and A4 R5 a kilogram less and A0, A5 and A6 R12 a kilogram less, anything over 24 kg paid as 24 kg, R30 a lamb off for the truck, the levy of R2.50 a carcass off, a condemned carcass paying nothing, everything rounded to the nearest rand, giving back the total, what came off and what the farmer gets; a calculator and the abattoir's slips at the co-op today; his ma's guest farm \"that's her own thing, nothing to do with the library\", Oom Koos's ostriches 'leave them out'; the R4 a kilogram extra for certified Karoo Lamb taken out at the review; TypeScript",
    says: {
      overview:
        "Môre. I'm Ruan Viljoen, a developer in Cape Town, but I grew up on a sheep farm outside Prince Albert, in the Great Karoo, right under the Swartberg. My pa is chairman of a little co-op, about twenty farmers round the dorp, and every few weeks they send their lambs together on one truck to the abattoir. The abattoir pays the co-op, and the co-op works out what each farmer gets, with a calculator and the abattoir's slips. Last year Tannie Marie in the co-op office worked out Oom Koos's lambs with last month's price, and he got R6,000 less than his neighbour for the same kind of lambs. Oom Koos stood up at the co-op meeting in the church hall and said the co-op was robbing the old people, and half the dorp believed him for a month. My pa didn't sleep. So I'm writing a library for the pay.",
      more: "It doesn't keep anything. You give it a farmer's carcasses, each one with the cold mass and the class, and it gives you back what he gets. It goes in the co-op's website and on the tablet at the weighbridge, so they both say the same, nè.",
      walkthrough:
        "My pa's rules, in order:\n1. A farmer gets the cold carcass mass in kilograms, times the price a kilogram for the week.\n2. The price a kilogram for A2 and A3 comes in from outside, the co-op sets it every Monday.\n3. A1 and A4 get R5 a kilogram less. A0, A5 and A6 get R12 a kilogram less.\n4. Lambs certified as Karoo Lamb get R4 a kilogram extra.\n5. Anything over 24 kg is paid as if it was 24 kg.\n6. The truck is R30 a lamb, that comes off.\n7. The levy is R2.50 a carcass, that comes off too.\n8. A condemned carcass pays nothing.\n9. Everything is rounded to the nearest rand.\n10. It gives back the total, what came off and what the farmer gets.",
      extras: [
        "My ma has a guest farm for the people who come over the pass, that's her own thing, nothing to do with the library. And the ostriches Oom Koos keeps, leave them out, this is only for lambs.",
        "Ja, that's it. Dankie, totsiens.",
      ],
      tech: "TypeScript, an npm package. The co-op's website is Next.js and the weighbridge tablet runs it in the browser.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    atReview: [
      "Lekker, that's right. One thing though, take out the R4 for Karoo Lamb, the co-op let the certification lapse this year.",
      "Now it's right. Totsiens.",
    ],
    expect: {
      kind: "library",
      features: [
        "farmer gets the cold carcass mass in kilograms times the price a kilogram for the week",
        "price a kilogram for A2 and A3 comes in from outside the co-op sets it every Monday",
        "A1 and A4 get R5 a kilogram less A0 A5 and A6 get R12 a kilogram less",
        "anything over 24 kg is paid as if it was 24 kg",
        "truck is R30 a lamb that comes off",
        "levy is R2.50 a carcass that comes off too",
        "condemned carcass pays nothing",
        "everything is rounded to the nearest rand",
        "gives back the total what came off and what the farmer gets",
      ],
      tables: [],
      excluded: ["guest farm", "ostriches", "Karoo Lamb"],
      background: ["calculator", "slips"],
      stack: ["TypeScript"],
    },
  },
  {
    id: "oban-trap-lines-cli",
    who: "A developer who works remote from Oban, on Stewart Island (Rakiura) across Foveaux Strait from Bluff, on the committee of the island's trapping group, forty-odd volunteers who check trap lines round Halfmoon Bay for rats, possums, feral cats and hedgehogs to keep the birds and the tokoeka (the island's kiwi) safe, in the Stewart Island English of Oban, in terse lower-case fragments ('kia ora', 'the island', 'the hall', 'the south sea', 'tokoeka', 'heaps', 'her thing, not the groups', 'nah thats the hunters', 'sweet as', 'cheers'): a Python command-line tool with SQLite on the hall laptop, one install, for the committee, every trap checked every 2 weeks and every 4 weeks in winter, rebaited every check, traps on private land only with the owner's ok, possum traps at least 70 cm up a tree for the tokoeka, cat traps checked within 24 hours, new volunteers trained before they go out alone, no traps within 50 m of the school; records after colons inline in lower case with landowner ok y/n, rebaited y/n and trained y/n in them and a trap's kind (doc200, possum or cat) and a check's catch (rat, possum, cat, hedgehog or nothing) in brackets, a trap on one line and a line with heaps of traps; paper sheets in a box at the hall and a spreadsheet today; his mum's kiwi spotting tours 'her thing, not the groups', deer 'nah thats the hunters'; gps put on the traps at the review; commands and flags; Python and SQLite",
    says: {
      overview:
        "kia ora. jack, dev, remote from oban on stewart island. on the committee of the trapping group, 40ish volunteers, we check trap lines round halfmoon bay for rats, possums, cats n hedgehogs. no stoats here thank god. rn its paper sheets in a box at the hall n a spreadsheet. last summer 2 lines had the same trap numbers n the sheets got mixed, a cat trap at horseshoe bay went 5 days unchecked w a cat in it. the spca heard, it was all round the south sea that night. so a cli",
      more: "just the committee, on the hall laptop. one install, the wifi at the hall is dodgy",
      walkthrough:
        "rules\n- every trap checked every 2 weeks, every 4 weeks in winter (june to aug)\n- rebait every check\n- traps on private land only w the owners ok\n- possum traps min 70cm up a tree, for the tokoeka\n- cat traps checked within 24 hrs, no exceptions\n- new volunteers do the training before they go out alone\n- no traps within 50 m of the school",
      things:
        "lines: name, leader. traps: number, line, kind (doc200, possum or cat), landowner ok y/n. checks: trap, date, volunteer, caught (rat, possum, cat, hedgehog or nothing), rebaited y/n. volunteers: name, phone, trained y/n. 1 trap is on 1 line, 1 line has heaps of traps",
      commands:
        "like: traps add --line 'horseshoe bay' --number 114 --kind cat --landowner, traps check --trap 114 --volunteer 6 --caught rat --rebait, traps volunteer --name 'jo b' --phone 0211234567 --trained, traps due (whats overdue for a check), traps cats (cat traps not checked in 24 hrs), traps line --name 'horseshoe bay' (catches on a line), traps month --month 2026-05 (catches by kind)",
      extras: [
        "mums kiwi spotting tours are her thing, not the groups. n ppl ask us to do the deer, nah thats the hunters",
        "thats it. cheers",
      ],
      tech: "python w sqlite. pip install on the hall laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: [
      "looks good. 1 thing, put gps on the traps, new volunteers cant find half of them",
      "sweet as. cheers",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "every trap checked every 2 weeks every 4 weeks in winter",
        "rebait every check",
        "traps on private land only w the owners ok",
        "possum traps min 70cm up a tree",
        "cat traps checked within 24 hrs",
        "new volunteers do the training before they go out alone",
        "no traps within 50 m of the school",
      ],
      tables: [
        { name: "lines", fields: ["name", "leader"] },
        { name: "traps", fields: ["number", "line", "kind", "landowner ok y/n", "gps"] },
        { name: "checks", fields: ["trap", "date", "volunteer", "caught", "rebaited y/n"] },
        { name: "volunteers", fields: ["name", "phone", "trained y/n"] },
      ],
      excluded: ["tours", "deer"],
      background: ["paper sheets", "spreadsheet"],
      stack: ["Python", "SQLite"],
      commands: [
        "add",
        "check",
        "volunteer",
        "due",
        "cats",
        "line",
        "month",
        "--line",
        "--number",
        "--kind",
        "--landowner",
        "--trap",
        "--volunteer",
        "--caught",
        "--rebait",
        "--name",
        "--phone",
        "--trained",
        "--month",
      ],
    },
  },
  {
    id: "haamene-poe-rava",
    who: "A woman in Haamene, on Taha'a in the Leeward Islands of French Polynesia, whose family has farmed black pearls (poe rava) in the lagoon (te tairoto) since her grandfather, selling them to tourists, to pearl shops in Papeete and to people in France, in Tahitian (never used before: te reo Māori and Hawaiian were written, Tahitian never; as she types it, in between, with the French words the islands mix in: \"Ia ora na 'outou\", \"tō'u pāpā rū'au\", \"tō'u tungane\", 'te tairoto', 'te mau rātere', 'commande', 'site internet', 'certificat', 'colis', 'virement', \"Ha'ama roa!\", 'roro uira', \"e 'ere terā i tā mātou 'ohipa\", 'vaiiho terā', 'Māuruuru roa, nānā'): a website where buyers order and pay without an account, she and her brother see everything and the money and their mother sees the orders to pack but not the money, only pearls from their own farm on Taha'a, harvested twice a year in May and November, no pearl sold with nacre (pārau) under 0.8 mm as the law says, grade A 20,000 XPF, grade B 12,000 XPF and grade C 6,000 XPF, every pearl with its certificate, parcels posted at Uturoa on Tuesdays and Thursdays only, postage 1,500 XPF in Polynesia and 4,000 XPF to France and elsewhere, orders over 100,000 XPF paid first by bank transfer, a pearl sent back within 14 days; records after colons inline with 'aufauhia 'aore ra 'aita and tonohia 'aore ra 'aita in them and a pearl's grade (huru) in brackets, an order one buyer's and a buyer with many orders; a book (puta) and Messenger today; her brother's guesthouse (pension) at Tapuamu \"e 'ere terā i tā mātou 'ohipa\", the women's monoi at the market 'vaiiho terā'",
    says: {
      overview:
        "Ia ora na 'outou! 'O Moana Teriitahi tō'u i'oa, nō Haamene mai au, i Taha'a. E fa'a'apu poe rava tō tō mātou 'utuafare i roto i te tairoto, mai te tau o tō'u pāpā rū'au. I teie nei, 'o vau, tō'u tungane 'o Heimana, e tō māua māmā te rave i te 'ohipa. E ho'o atu mātou i te poe i te mau rātere, i te mau fare poe i Pape'ete, e i te mau ta'ata i Farāni. I teie nei, e niuniu mai te ta'ata, e 'aore ra e pāpa'i mai nā roto i te Messenger, e e pāpa'i au i te mau commande i roto i te hō'ē puta. I te matahiti i ma'iri, 'ua fafau vau e 30 poe i te hō'ē fare poe i Pape'ete, 'āre'a 'o Heimana, 'ua ho'o 'ōna i te mau poe maita'i roa a'e i te mau rātere i te pension. I te taera'a mai o te fatu o te fare poe, 'aita e poe. Ha'ama roa! 'Ua parau 'ōna i te ta'ata ato'a i te mātete i Pape'ete. Te ha'api'i nei te tamaiti a tō'u tua'ana i te roro uira i te Université i Puna'auia, e nāna e hāmani i te hō'ē site internet nō mātou.",
      more: "E ho'o mai te ta'ata i te poe nā roto i te site internet, e e 'aufau i reira, 'aita e compte. 'O vau e 'o Heimana te hi'o i te mau mea ato'a, e te moni ato'a. Tō māua māmā, e hi'o 'ōna i te mau commande nō te fa'aineine i te mau colis, 'aita rā i te moni.",
      walkthrough:
        "Teie tā mātou mau ture:\nE ho'o noa mātou i te poe nō tō mātou iho fa'a'apu i Taha'a.\nE 'ohi mātou i te poe e piti taime i te matahiti, i Mē e i Novema.\n'Aita mātou e ho'o i te poe mai te peu e iti a'e te pārau i te 0,8 mm. E ture te reira.\nTe poe A, 20 000 XPF. Te poe B, 12 000 XPF. Te poe C, 6 000 XPF.\nE certificat tō te poe tāta'itahi.\nE tono mātou i te mau colis nā te fare rata i Uturoa, i te mahana piti e te mahana maha ana'e.\nTe tonora'a, 1 500 XPF i Porinetia, 4 000 XPF i Farāni e i te tahi atu mau fenua.\nTe mau commande hau atu i te 100 000 XPF, e 'aufau nā mua nā roto i te virement.\nE nehenehe e fa'aho'i mai i te poe i roto e 14 mahana.",
      things:
        "Te mau ta'ata ho'o mai: i'oa, niuniu, email, fenua. Te mau commande: ta'ata ho'o mai, mahana, poe, moni, 'aufauhia 'aore ra 'aita, tonohia 'aore ra 'aita. Te mau poe: nūmera, huru (A, B e C), pārau mm, 'ohira'a. Hō'ē noa ta'ata ho'o mai nō te commande tāta'itahi, e e rave rahi commande tā te hō'ē ta'ata.",
      extras: [
        "E pension tā tō'u tungane i Tapuamu nō te mau rātere, e 'ere terā i tā mātou 'ohipa. E te monoi tā te mau vahine e ho'o i te mātete, vaiiho terā.",
        "'Ua oti. Māuruuru roa, nānā!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "E ho'o mai e e 'aufau te ta'ata, 'aita e compte. 'O vau e 'o Heimana te hi'o i te mau mea ato'a e te moni. Tō māua māmā, te mau commande noa, 'aita i te moni.",
    },
    expect: {
      kind: "web app",
      features: [
        "e ho'o noa mātou i te poe nō tō mātou iho fa'a'apu i Taha'a",
        "e 'ohi mātou i te poe e piti taime i te matahiti i Mē e i Novema",
        "'aita mātou e ho'o i te poe mai te peu e iti a'e te pārau i te 0,8 mm",
        "te poe A 20 000 XPF te poe B 12 000 XPF te poe C 6 000 XPF",
        "e certificat tō te poe tāta'itahi",
        "e tono mātou i te mau colis nā te fare rata i Uturoa i te mahana piti e te mahana maha ana'e",
        "te tonora'a 1 500 XPF i Porinetia 4 000 XPF i Farāni",
        "te mau commande hau atu i te 100 000 XPF e 'aufau nā mua nā roto i te virement",
        "e nehenehe e fa'aho'i mai i te poe i roto e 14 mahana",
      ],
      tables: [
        { name: "ta'ata ho'o mai", fields: ["i'oa", "niuniu", "email", "fenua"] },
        {
          name: "commande",
          fields: [
            "ta'ata ho'o mai",
            "mahana",
            "poe",
            "moni",
            "'aufauhia 'aore ra 'aita",
            "tonohia 'aore ra 'aita",
          ],
        },
        { name: "poe", fields: ["nūmera", "huru", "pārau mm", "'ohira'a"] },
      ],
      excluded: ["pension", "monoi"],
      background: ["puta", "Messenger"],
    },
  },
  {
    id: "plan-chistau-forno",
    who: "A man in Plan, in the Val de Chistau in the Sobrarbe, in the Pyrenees of Aragon, whose family has had the village bakery (o forno) since his grandfather, baking bread, tortas and pastillos and taking them round the valley's villages, restaurants and mountain huts in a van, in Aragonese (never used before: Spanish, Galician, Asturian, Basque, Catalan and Occitan were written, Aragonese never; as he types it, in between, in the standard spelling with the Spanish words the valley mixes in: 'Bienplegaus', 'o mío agüelo', 'o forno', 'a furgoneta', \"os lugars d'a val\", 'os refuchios', 'o mío chirmán', 'Qué vergüenya!', \"l'ordinador\", 'sin clau', 'ixo no ye cosa nuestra', 'deixatz-lo', 'Grazias, y dica luego'): a program on the computer in the bakery with no password and no internet needed, for him and his wife, bread every day but Monday, orders in by eight in the evening the day before, a barra 1.20 euros, a big kilo loaf 3.50 euros and pastillos 1.50 euros each, the van to San Chuan and Chistén on Tuesdays, Thursdays and Saturdays, restaurants and mountain huts ordering 20 loaves at least and paying at the end of the month, the villagers paying when the bread comes, no van when snow shuts the road, only Aragon flour and no frozen dough, no bread sold the day after it was baked; records after colons on lines with pagau u no in them and a client's tipo in brackets (restaurant, refuchio u casa), an order one client's and a client with many orders; a libreta today; his brother's casa rural in San Chuan 'ixo no ye cosa nuestra', longaniza and ham 'deixatz-lo'; the hour (hora) put on the orders (comandas) at the review",
    says: {
      overview:
        "Bienplegaus! Me clamo Chusé Lafuente, y soi de Plan, en a Val de Chistau, en o Sobrarbe. En casa tenemos o forno d'o lugar dende o tiempo d'o mío agüelo. Femos pan, tortas y pastillos, y con a furgoneta lo levamos ta os lugars d'a val, ta os restaurants y ta os refuchios. Agora as comandas plegan por teléfono u por WhatsApp, y yo las escribo en una libreta. En as fiestas d'agosto pasadas prometié 200 panes ta o restaurant d'o camping de Chistén, pero o mío chirmán vendió ixe mesmo pan a os turistas en a plaza. Quan plegó a furgoneta, no i heba pan ta o restaurant, y o duenyo lo contó a tot o mundo en a val. Qué vergüenya! A mía sobrina estudia informatica en Uesca, y nos fará un programa ta l'ordinador d'o forno.",
      more: "O programa será nomás ta l'ordinador d'o forno, sin clau. Nomás yo y a mía muller lo emplegamos. En Plan l'internet va y viene, asinas que ha de funcionar sin internet.",
      walkthrough:
        "As nuestras reglas:\nFemos pan toz os días, fueras d'o luns.\nAs comandas han de plegar antes d'as ueito d'a tardi d'o día d'antes.\nA barra costa 1,20 euros, o pan gran de kilo 3,50 euros y os pastillos 1,50 euros cada uno.\nA furgoneta va ta San Chuan y Chistén os martz, chueves y sabados.\nOs restaurants y os refuchios han de comandar 20 panes a lo menos, y pagan a fin de mes.\nA chent d'os lugars paga quan recibe o pan.\nQuan a nieu zarra a carretera, a furgoneta no va.\nNomás emplegamos farina d'Aragón, y no emplegamos masa conchelada.\nO pan que no se vende en o día no se vende o día dimpués.",
      things:
        "Clients: nombre, telefono, lugar, tipo (restaurant, refuchio u casa)\nComandas: client, calendata, barras, panes grans, pastillos, pagau u no\nRutas: día, lugars, conductor\nUna comanda ye d'un solo client, y un client fa muitas comandas.",
      extras: [
        "O mío chirmán tiene una casa rural en San Chuan, pero ixo no ye cosa nuestra. Y bella chent nos demanda longaniza y chamón, no en vendemos, deixatz-lo.",
        "Ixo ye tot. Grazias, y dica luego!",
      ],
    },
    picks: {
      Kind: ["Something else", "Un programa ta l'ordinador d'o forno, sin internet"],
      Accounts: "Sin clau. Nomás yo y a mía muller en l'ordinador d'o forno.",
    },
    atReview: [
      "Ye bien. Una cosa mas: metetz a hora en as comandas, que os refuchios quieren o pan antes d'as nueu d'o maitín.",
      "Agora sí. Grazias!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "femos pan toz os días fueras d'o luns",
        "as comandas han de plegar antes d'as ueito d'a tardi d'o día d'antes",
        "a barra costa 1,20 euros o pan gran de kilo 3,50 euros os pastillos 1,50 euros cada uno",
        "a furgoneta va ta San Chuan y Chistén os martz chueves y sabados",
        "os restaurants y os refuchios han de comandar 20 panes a lo menos pagan a fin de mes",
        "a chent d'os lugars paga quan recibe o pan",
        "quan a nieu zarra a carretera a furgoneta no va",
        "nomás emplegamos farina d'Aragón no emplegamos masa conchelada",
        "o pan que no se vende en o día no se vende o día dimpués",
      ],
      tables: [
        { name: "clients", fields: ["nombre", "telefono", "lugar", "tipo"] },
        {
          name: "comandas",
          fields: ["client", "calendata", "barras", "panes grans", "pastillos", "pagau u no", "hora"],
        },
        { name: "rutas", fields: ["día", "lugars", "conductor"] },
      ],
      excluded: ["casa rural", "longaniza"],
      background: ["libreta"],
    },
  },
];
