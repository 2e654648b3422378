import type { Persona } from "../persona-driver.js";

/**
 * The sixty-ninth round: ten more people nobody has met, written blind, without reading the
 * interviewer or anything that reads these files, and before any spec was made from what they
 * say. What each of them expects was set down from their own words, the way a careful listener
 * would take them, so the round can be held out or tuned on like the rest.
 *
 * As before, ordinary people telling an idea the ordinary way, made neither easy nor hard:
 * answers from a lower-case fragment to several paragraphs, records told in sentences ("Every
 * chippy's got …", "Every order's got …", "Jede Kunde hät …", "Jedes Kostüm hät …"), spread
 * over sentences ("There's the customers, with …", "Then the orders, that's …", "And the
 * cuttings, that's …"), after colons inline ("Climbers: name, age, …. Crew: …", and in lower
 * case "blocks: number, acres, …. harvests: …"), after colons on lines ("Members: name, phone,
 * …", "Renners: naam, club, …"), in brackets inline ("Customers (name, email, address, lodge or
 * not), orders (…)", and in lower case "lines (number, block, …), harvests (…)"), with what a
 * value may be in brackets ("variety (a4, 741, 344, 816)", "categorie (nieuweling, junior of
 * elite)"), and none at all from the library, whose rules come numbered. Eight write in
 * English, each in the English of a place no round has used (every round-*.ts, index.ts and
 * held-out.ts was searched, their doc comments and every `who`: the Englishes of Cork, Dublin,
 * Donegal, Kerry, Mayo, Wexford, Cavan, Clare, Fermanagh and Sligo were used, no English of
 * Offaly or the Midlands was, nor "Offaly", "Tullamore", "Mullingar", "Athlone", "Bord na
 * Móna", "Midlands 103" or "footed", "turf" only as the coal and turf a Dungloe van shop leaves
 * to another man's lorry and "Midlands" only as Beeston's East Midlands; the English of Hull,
 * the Lincolnshire English of the Fens, the Yorkshire English of Barnsley, the Teesside English
 * of Grangetown and the Mackem English of Sunderland were used, no English of Grimsby was, nor
 * "Grimsby", "Cleethorpes", "Blundell Park", "Mariners", "Louth", "chippy" or "shown up"; the
 * Newfoundland English of Bay Roberts, a Cape Breton English, the Lunenburg County English and
 * the English of Prince Edward Island were used, and in New Brunswick the Chiac-mixed English
 * of Cap-Pelé and the Grand Manan English of Dark Harbour, no English of the Miramichi was, nor
 * "Miramichi", "Doaktown", "Boiestown", "Green Machine" or "barbless", "UNB" only as a Grand
 * Manan daughter's university and "Fredericton" only as where a health food store ordered her
 * family's dulse, "the Leader" only as the Barossa's paper; the Southland English of Gore, the
 * West Coast English of Greymouth, the Chatham Islands English of Waitangi, the Stewart Island
 * English of Oban, the East Coast English of Tokomaru Bay and the Central Otago English of
 * Roxburgh were used, no English of Marlborough was, nor "Marlborough", "Havelock", "Pelorus",
 * "greenshell", "biotoxin", "deckies" or "Ninety Mile"; the Cebuano-coloured English of
 * Lapu-Lapu, the Ilocano-coloured English of Vigan and the Ivatan-coloured English of Batanes
 * were used and Tagalog, Cebuano, Hiligaynon, Ilocano and Kapampangan were written, "Mindanao"
 * only as where a balikbayan box costs more, no English of Mindanao was, nor "Davao",
 * "Kapatagan", "Digos", "Lanang", "DENR" or "Daghang salamat", "Maayong buntag" only in
 * Lapu-Lapu; the Tanzanian English of Arusha and the Chagga-coloured English of Moshi were
 * used, no English of the Southern Highlands was, nor "Mbeya", "Uyole", "Tukuyu", "bodaboda",
 * "Aiseee", "Habari za" or "Asanteni"; the Grenadian English of Grand Anse, the Vincentian
 * English of Kingstown and the Englishes of St Lucia, Antigua, St Kitts, Montserrat, Anguilla
 * and Saba were used, no English of Carriacou was, nor "Carriacou", "Hillsborough", "yachties"
 * or "schooner", "Windward" only inside Saba's "Windwardside"; the bush English of Central
 * Queensland and the Far North Queensland English of Cooktown were used, no English of the Wide
 * Bay was, nor "Bundaberg", "Gin Gin", "Wide Bay", "macadamia" or "dehusk"): the Offaly English
 * of the Midlands, in long paragraphs ("How's the form", "myself and my husband", "the mart",
 * "God help us", "landed in the yard", "perished", "gave out stink", "Midlands 103", "the
 * Tullamore Tribune", "I didn't know where to put myself", "does us grand", "a different thing
 * altogether, nothing to do with us", "leave that out entirely", "Right so, good luck"), the
 * Grimsby English of the fish dock, in between ("Alright", "me and me dad", "he come off the
 * trawlers", "chippies", "nowt", "it were", "I were that shown up", "Blundell Park", "the
 * Grimsby Telegraph", "our Jordan", "folk", "that's his thing, nowt to do with us", "don't
 * bother putting that on", "Champion", "Ta-ra"), the Miramichi English of Doaktown, in long
 * paragraphs ("Hi there", "up the Southwest", "the sports", "the Legion", "went and sold", "the
 * Miramichi Leader", "some embarrassed", "the Co-op", "a scribbler", "that's Ronnie's own
 * thing, we've no part in it", "don't bother with that at all", "Take care now, dear"), the
 * Marlborough English of the Sounds, in lower-case fragments ("hey", "top of the pelorus", "the
 * sounds", "the barge", "the deckies", "mpi", "the wharf", "lol", "thats her thing not ours",
 * "nah, we just farm em", "chur"), the Davao English of Mindanao with its Bisaya and Tagalog,
 * in short plain sentences ("Maayong buntag", "my papa", "kuya Ben", "Holy Week", "the jump-off
 * point", "the DENR", "That is his own sideline, not for the association", "We don't do
 * transport", "Daghang salamat, and ingat"), the Tanzanian English of Mbeya, in between
 * ("Habari za asubuhi", "the Uyole stand", "bodaboda", "M-Pesa", "the treasurer had eaten the
 * money", "Mbeya FM", "Aiseee", "That one is his private business, not the SACCO's", "We are
 * not going into insurance", "Asanteni sana"), the Carriacou English of Windward, in short
 * plain sentences ("Good day", "from Windward", "the yachties", "town", "the regatta", "rob
 * him", "I was so shame", "That is his thing. Nothing to do with the library", "We don't do
 * T-shirts", "Thanks, and bless"), and the Bundaberg English of the Wide Bay, in terse
 * lower-case fragments ("gday", "bundy", "qld", "nut in shell", "knocked back", "the shed pc",
 * "auntys gig not ours", "nah", "sweet", "hooroo"). One writes in Flemish (never used before:
 * Dutch was written for a daycare and West Frisian in Eastermar, and the Dutch English of
 * Rotterdam was used, Flemish never, nor "Flemish", "Vlaams", "Kempen", "Grobbendonk", "Lier",
 * "kermiskoers", "Gazet van Antwerpen", "paswoord", "Amai" or "Salukes", "Geel" only as a
 * Somali camel; as a retired cycling club secretary in Grobbendonk types it, in between, in the
 * everyday Flemish of the Kempen: "Goeiendag allemaal", "ons lokaal", "den toog", "ne gast uit
 * Lier", "door mekaar", "de Gazet van Antwerpen", "Amai, ik heb mij nog nooit zo geschaamd!",
 * "mijne kleinzoon", "paswoord", "den baas van 't café", "ons Mieke", "da's haar zaak, nie de
 * onze", "laat da maar weg", "Salukes, en merci!"), and one in Kölsch (never used before:
 * German was written in Stuttgart and Bavarian, Swiss German, Alsatian, Luxembourgish, Low
 * German and Swabian were written, Kölsch never, nor "Kölsch", "Köln", "Kölle", "Cologne",
 * "Ehrenfeld", "Fastelovend", "Dreigestirn", "Kamelle", "Alaaf", "Veedel", "Funkemariechen",
 * "Düsseldorf" or "jescheniert"; as an Ehrenfeld costume hirer types it, in between, in an
 * everyday spelling: "Joode Morje zosamme", "Ihrefeld", "et Marlene", "ming Oma",
 * "Fastelovend", "Wieverfastelovend", "et Dreigestirn", "em Veedel", "em Express", "ich han
 * mich esu jescheniert!", "en Websigg", "et Gabi", "dat es sing Saach, nit uns", "loht dat
 * fott", "Maht et joot, un Kölle Alaaf!").
 *
 * What varies is the kind of software, the trade and the length of the answers: web apps for a
 * Tullamore family's turf (their own bog only and never bought in, cut from mid April to the
 * end of June and never on the protected bogs, footed and dried and nothing out before August,
 * €180 a trailer load and €6 a bag with twenty bags at least, 200 loads a year, thirty
 * kilometres free and €2 a kilometre beyond, paid when tipped, €20 off for anybody over 70,
 * nothing out in a wet summer), a Doaktown fly shop's salmon flies (tied by hand in the shop
 * and never bought from away, barbless hooks, $4 and $5 with ten per cent off a dozen, two
 * weeks over six dozen, $12 in Canada and $20 to the States and nowhere else, the first of
 * June's orders in by the first of May, paid by card, the lodges first in the spring) and an
 * Ehrenfeld costume hire (the carnival week or a weekend, reservations from the eleventh of the
 * eleventh, 45 and 25 euros and children half, a 50 euro deposit, paid on reserving, a reserved
 * costume nobody else's, looked over and washed every time, the Veedel's Dreigestirn free, 10
 * euros a day late); phone apps for a Pelorus Sound mussel farm's barge (no harvest in an MPI
 * closure, 90mm and up, a tag on every harvest, at the factory in 12 hours, reseeded in 4
 * weeks, nothing over 25 knots, 10 hours on the water, floats checked every 3 months) and a
 * Mbeya bodaboda SACCO (TSh 2,000 a day by M-Pesa, TSh 50,000 to join with a licence, two
 * helmets, one passenger, nothing from the stand after 11, loans at three times the savings
 * over six months at 10%, TSh 5,000 for a missed meeting, the profit shared by savings), the
 * first working without signal; programs on one computer for a Grimsby fish merchant's chippies
 * (the market at seven and nowhere else, cod and haddock from Iceland, Norway and the Faroes
 * with the MSC label, filleted the day it's bought and two days off the market at most, by the
 * stone at the week's price, £3 more skinless, orders by four, free over 10 stone and £15
 * under, nothing on a Sunday, accounts paid on Fridays and cash on the van for three months)
 * and a Grobbendonk cycling club's village races (signing on at the bar from one till half an
 * hour before the start, no licence no race, 8 and 5 euros, 120 riders, a number nobody else's,
 * no helmet no start, a marshal at every crossroads, prize money in cash after the race down to
 * fifteenth, 10 euros a prime); a service without screens, in Java with Spring Boot and
 * PostgreSQL, for a Kapatagan guides and porters association on Mt. Apo (a permit for every
 * climber, 150 a day, a guide for every 7, 15 kilos a porter, PHP 1,000, PHP 700 and PHP 600,
 * under 18 with a parent, every climber's garbage brought down, nothing when the DENR closes
 * the mountain, paid by GCash the day they come down); a Kotlin library for a Windward family's
 * model boat prices (by the inch, part of an inch a whole one, EC$25, EC$35 and EC$18, no price
 * under 12 or over 48 inches, EC$40 for a name, 10% off at ten boats, VAT at 15%, rounded up to
 * the dollar); and a command-line tool in TypeScript with SQLite for a Gin Gin family's
 * macadamias (March to August every 3 weeks, dehusked in 24 hours, dried to 10% in the silos,
 * no harvest in 14 days of spraying, 5 tonnes a consignment, a sample bag on every one, paid on
 * kernel recovery, every block pruned every 2 years), with commands and flags. The Pelorus
 * skipper and the Bundaberg developer answer in lower-case fragments, the second tersely, the
 * Tullamore turf seller and the Doaktown fly tier in long paragraphs, the Davao and Carriacou
 * developers in short plain sentences, the others in between.
 *
 * Each tells the story of the day it went wrong, with the people in it: two trailer loads for
 * the day centre sold to a man from Mullingar with cash in his hand and the old people in their
 * coats in the Tullamore Tribune, forty stone of haddock for a Cleethorpes chippy on Good
 * Friday loaded on the Louth van and the queue in the Grimsby Telegraph, thirty dozen Green
 * Machines for a lodge's opening day sold to a bus from Maine and the owner's letter in the
 * Miramichi Leader, a line harvested the day after an MPI closure and twenty tonnes recalled
 * into the Marlborough Express, two groups of thirty given one guide and a Manila group a night
 * in the fog and on the news, two riders' M-Pesa missing from the treasurer's notebook and a
 * fight at the stand on Mbeya FM, one charter company quoted EC$300 and EC$450 for the same
 * boats and the yachties' Facebook group, a silo sent at 14% and an 8 tonne consignment knocked
 * back, two riders with number 47 and the wrong winner in the Gazet van Antwerpen, the Veedel's
 * Jungfrau costume hired to a Düsseldorf stag party and the Jungfrau in a tracksuit in the
 * Express; and each says who will build it (a daughter at TUS in Athlone, a son at the Grimsby
 * Institute, a niece at UNB in Fredericton, a cousin at NMIT in Nelson, a son at MUST in Mbeya,
 * a grandson at Thomas More in Geel and a brother's son at the TH in Cologne, while the Davao,
 * Carriacou and Bundaberg developers build it themselves). Who may see what is said in their
 * own words at "Accounts" (customers without an account, a lad who drives the lorry and sees
 * the day's deliveries, a girl who packs and sees what's to go out and a shop help who sees
 * what's picked up and comes back but none of them the money, a woman and her dad with their
 * own passwords, a secretary and a treasurer with theirs and the café's landlord kept out, a
 * skipper, his dad and two deckhands who see everything with no money in it, a chairman, a
 * secretary and a treasurer who see everything, API keys for a tourism office laptop, a booking
 * page and the guides' phones) or left unsaid by the TypeScript tool and the Kotlin library;
 * the two desktop programs are picked at "Kind" in the person's own words, one of them in
 * Flemish.
 *
 * Relations said plainly ("An order's for the one customer, and most of the customers order
 * every year", "An order's for the one chippy, and the big chippies order every day but
 * Sunday", "One order's for the one customer, and the lodges order every spring", "1 harvest is
 * 1 line, a line gets harvested like every 18 months", "One climb has one guide. One guide has
 * many climbs in a month", "One loan is for one member, but one member pays many
 * contributions", "1 consignment is 1 silo, a block gets harvested like 8 times a season", "Een
 * inschrijving is van één renner", "En Reservierung es för ei Kostüm"); allowed values in the
 * lists and sentences themselves (paid or not, on account or cash, skin on or skinless, lodge
 * or not, shipped or not, guide or porter, paid back or not, sample y/n, betaald of nie, Kind
 * oder Erwachsene, bezahlt oder nit, Pfand zeröck oder nit) and in brackets (a block's variety
 * and a rider's categorie); background in a notebook in the tractor and the diary in the
 * kitchen, in the order pad and on the whiteboard, in a scribbler by the till, on a whiteboard
 * in the shed, on paper at the tourism office and in a group chat, in a big notebook, in an old
 * copybook, in a diary in the shed and a group chat, on a paper on the bar and in Excel, in a
 * thick book on the counter (e dick Boch); technology named as Java with Spring Boot and
 * PostgreSQL, Kotlin, and TypeScript with SQLite, and none at all by seven of them; "no" said
 * as "a different thing altogether, nothing to do with us", "leave that out entirely", "that's
 * his thing, nowt to do with us", "don't bother putting that on", "that's Ronnie's own thing,
 * we've no part in it", "don't bother with that at all", "thats her thing not ours", "nah, we
 * just farm em", "That is his own sideline, not for the association", "We don't do transport",
 * "That one is his private business, not the SACCO's", "We are not going into insurance", "That
 * is his thing. Nothing to do with the library", "We don't do T-shirts", "auntys gig not ours",
 * "nah, nut in shell only", "da's haar zaak, nie de onze", "laat da maar weg", "dat es sing
 * Saach, nit uns", "loht dat fott"; while rules keep their "no" ("we never buy it in from
 * anyone", "never on the protected bogs", "nothing is delivered before the first of August",
 * "nothing goes out till it does", "nowhere else", "nowt goes out that's more than two days off
 * the market", "Nowt goes out on a Sunday", "we never buy in flies from away", "no harvest when
 * mpi has the area closed", "no work on the water over 25 knots", "No group goes up without a
 * guide", "No climbing when the DENR closes the mountain", "never two or three", "No riding
 * from the Uyole stand after 11", "the library will not give a price", "no harvest within 14
 * days of spraying", "Geen licentie, geen koers", "Zonder helm vertrekt er niemand", "nit
 * vörher", "jeiht an keine andere").
 *
 * The Tullamore turf seller takes the Eircode off the customers and puts delivered or not on
 * the orders, the Mbeya chairman takes the date joined off the members and puts the balance on
 * the loans, and the Ehrenfeld costume hirer takes the e-mail off the customers (Kunde) and
 * puts where it hangs in the storeroom (wo et em Lager hängk) on the costumes, each after
 * "Change something" at "Your data"; the Grimsby fish merchant puts the price a stone on the
 * orders, the Carriacou developer takes the gift box out of the library, the Bundaberg
 * developer puts the price per kg on the consignments and the Grobbendonk secretary puts the
 * prize money (prijzengeld) on the entries, each at the review. The Pelorus app is meant to
 * work without signal down the Sound and catch up back at the wharf, the Mbeya app has a good
 * network in town, the Grimsby program lives on the office computer on the dock with a password
 * each and the Grobbendonk program on the café's computer with a password each; the Bundaberg
 * tool lives on one computer in the shed, and the Davao service answers the tourism office's
 * laptop, the association's booking page and the guides' phones. Flemish and Kölsch, both in
 * Latin letters, are compared by their own words, apostrophes, accents and all, so their
 * expected words are in the forms the person used (as "geen licentie geen koers", "e reserveet
 * Kostüm jeiht an keine andere"); every expected feature was checked to be in one line the
 * person said, and the excluded words of all ten were checked not to read like anything they
 * want (not "turf" or "bog" for the brother-in-law's contracting and the other fuel, but
 * "silage" and "coal"; not "fish" or "haddock" for the brother's trips and the other cure, but
 * "angling" and "smoked"; not "flies" or "river" for the brother's trade and the tackle, but
 * "guiding" and "rods"; not "mussels" or "lines" for the mother's business and the visitors,
 * but "cafe" and "tours"; not "climbers" or "guides" for the uncle's stall and the vans, but
 * "souvenirs" and "transport"; not "bodaboda" or "loans" for the brother's shop and the cover,
 * but "spare parts" and "insurance"; not "boats" for the cousin's catch and the clothes, but
 * "lobster" and "T-shirts", and "gift box" once taken out; not "macadamias" or "nut" for the
 * aunt's guests and the kitchen, but "cabins" and "oil"; not "koers" or "renners" for the
 * daughter's stall and the winter races, but "wafelkraam" and "veldrit"; not "Kostüm" for the
 * brother's sweets and the face paint, but "Kamelle" and "schminke").
 */
export const SIXTY_NINTH_ROUND: readonly Persona[] = [
  {
    id: "tullamore-turf-loads",
    who: "A woman outside Tullamore, in County Offaly in the Irish Midlands, whose husband's family have had a bit of bog out the Clara road since his grandfather's time, where they cut turf with the machine every summer and sell it in trailer loads and bags to people round Tullamore who still keep a turf fire, in the Offaly English of the Midlands, in long paragraphs (\"How's the form\", 'myself and my husband', 'the mart', 'God help us', 'landed in the yard', 'perished', 'gave out stink', 'Midlands 103', 'the Tullamore Tribune', \"I didn't know where to put myself\", 'does us grand', 'a different thing altogether, nothing to do with us', 'leave that out entirely', 'Right so, good luck'): a website where customers order without signing up, she and her husband see everything and the money and the young lad who drives the lorry sees the day's deliveries but not the money, turf only off their own bog and never bought in, cutting only from the middle of April to the end of June and never on the protected bogs, the turf spread, footed and dried on the bank and nothing delivered before the first of August, €180 a trailer load and €6 a bag with 20 bags the least delivered, 200 trailer loads a year first come first served, delivered within 30 kilometres of Tullamore and €2 a kilometre beyond, paid when it's tipped in the yard by cash or card, €20 off a trailer load for anybody over 70, nothing out in a wet summer till the turf dries and everybody kept in the order they booked; records spread over sentences (\"There's the customers, with …\", \"Then the orders, that's …\", \"And the cuttings, that's …\") with paid or not in them, an order one customer's and most customers ordering every year; a notebook in the tractor and the diary in the kitchen today; her brother-in-law's silage 'a different thing altogether, nothing to do with us', coal and briquettes 'leave that out entirely'; the Eircode taken off the customers and delivered or not put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "How's the form. Martina Egan here, from outside Tullamore in County Offaly, right in the middle of the country. Myself and my husband Noel have a bit of bog out the Clara road that's been in his family since his grandfather's time, and we cut the turf with the machine every summer and sell it, trailer loads and bags, to people all round Tullamore that still like a turf fire, and there's more of them than you'd think. At the minute people ring the house or stop Noel at the mart, and he writes it in a notebook he keeps in the tractor, and I write it in the diary in the kitchen, and God help us if the two of them don't agree. Last October the day centre in the town had two trailer loads ordered since the summer, paid for and all, for the old people for the winter, and Noel only went and sold the same turf to a fella from Mullingar that landed in the yard with cash in his hand. The day centre was perished for a week before we'd more dried, the manager gave out stink on Midlands 103, and then it was in the Tullamore Tribune, a picture of the old people in their coats at the tables. I didn't know where to put myself at Mass. Our daughter Aoife's doing software at TUS in Athlone, and she says she'll do us a website where people can order for themselves.",
      more: "People should be able to order on the website without signing up to anything, sure half of them would never remember a password. Myself and Noel see everything, and the money. Ciarán, the young lad that drives the lorry, needs to see the day's deliveries and where he's going, but not the money.",
      walkthrough:
        "Right, this is how it goes.\n\nWe only sell turf off our own bog, we never buy it in from anyone, you wouldn't know what you'd be getting.\n\nThe cutting is from the middle of April to the end of June and no other time, and never on the protected bogs, Clara Bog is a nature reserve and the rangers would be down on top of us.\n\nThe turf is spread and footed and left on the bank till it's dry, and nothing is delivered before the first of August.\n\nA trailer load is €180, and a bag is €6, with 20 bags the least we'll deliver.\n\nThere's only 200 trailer loads in a year, and it's first come first served.\n\nWe deliver within 30 kilometres of Tullamore, and anything further is €2 a kilometre on top.\n\nYou pay when it's tipped in the yard, cash or card.\n\nAnybody over 70 gets €20 off a trailer load.\n\nIf it's a wet summer and the turf won't dry, nothing goes out till it does, and everybody's kept in the order they booked.",
      things:
        "Let me think now. There's the customers, with their name, their phone, their address and their Eircode. Then the orders, that's the customer, how many trailer loads, how many bags, the day they want it and paid or not. And the cuttings, that's the date, which bank, and how many loads came off it. An order's for the one customer, and most of the customers order every year, the same as their mothers before them.",
      thingsChange:
        "Hold on, two things. Take the Eircode off the customers, the address does us grand. And put delivered or not on the orders, so Ciarán can tick them off as he goes.",
      extras: [
        "My brother-in-law Paddy does the silage with the same tractor in the summer, but that's a different thing altogether, nothing to do with us. And people are forever asking do we sell coal and briquettes, we don't, so leave that out entirely.",
        "That's the lot. Right so, good luck.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "People order on the website without signing up. Myself and Noel see everything and the money. Ciarán sees the day's deliveries, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "only sell turf off our own bog we never buy it in from anyone",
        "cutting is from the middle of April to the end of June never on the protected bogs",
        "turf is spread and footed and left on the bank till it's dry nothing is delivered before the first of August",
        "trailer load is €180 bag is €6 20 bags the least we'll deliver",
        "only 200 trailer loads in a year first come first served",
        "deliver within 30 kilometres of Tullamore anything further is €2 a kilometre on top",
        "pay when it's tipped in the yard cash or card",
        "anybody over 70 gets €20 off a trailer load",
        "wet summer and the turf won't dry nothing goes out till it does everybody's kept in the order they booked",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "address"] },
        {
          name: "orders",
          fields: [
            "customer",
            "how many trailer loads",
            "how many bags",
            "day they want it",
            "paid or not",
            "delivered or not",
          ],
        },
        { name: "cuttings", fields: ["date", "which bank", "how many loads came off it"] },
      ],
      excluded: ["silage", "coal"],
      background: ["notebook", "diary"],
    },
  },
  {
    id: "grimsby-chippy-fish",
    who: "A woman on the fish dock in Grimsby, in North East Lincolnshire on the Humber, who with her dad runs the fish merchant's her grandad started when he came off the trawlers in 1971, buying cod and haddock on the fish market every morning, filleting it and taking it out in the vans to about sixty fish and chip shops in Grimsby, Cleethorpes, Lincolnshire and Yorkshire, in the Grimsby English of the fish dock, in between ('Alright', 'me and me dad', 'he come off the trawlers', 'chippies', 'nowt', 'it were', 'I were that shown up', 'Blundell Park', 'the Grimsby Telegraph', 'our Jordan', 'folk', \"that's his thing, nowt to do with us\", \"don't bother putting that on\", 'Champion', 'Ta-ra'): a program on the computer in the office on the dock, she and her dad each with their own password and the filleters and drivers not using it, the chippies ringing as always, buying only on the fish market at seven off the auction, only cod and haddock from Iceland, Norway and the Faroes with the MSC label, filleted the day it's bought and nothing out more than two days off the market, sold by the stone at a price for the week put on the board every Monday, skinless £3 a stone more, orders in by four for the next morning, free delivery over 10 stone and £15 under, nothing out on a Sunday, chippies on account paying every Friday and new ones cash on the van for their first three months; records told in sentences (\"Every chippy's got …\", \"Every order's got …\", \"And every van's got …\") with on account or cash, skin on or skinless and paid or not in them, an order one chippy's and the big chippies ordering every day but Sunday; the order pad and the whiteboard in the office today; her brother's sea angling trips \"that's his thing, nowt to do with us\", smoked haddock \"don't bother putting that on\"; the price a stone put on the orders at the review",
    says: {
      overview:
        "Alright. I'm Kelly Harrison, and me and me dad run the fish merchant's on the dock in Grimsby that me grandad started when he come off the trawlers in 1971. We buy on the fish market every morning, fillet it ourselves, and take it out in the vans to about sixty chippies, Grimsby, Cleethorpes, all over Lincolnshire and up into Yorkshire. Right now the orders come in on the phone, me dad writes them in the order pad, I put them up on the whiteboard, and the lads load the vans off the whiteboard. Last Good Friday, which is the biggest day of the year for a chippy, the big chippy on the front at Cleethorpes had 40 stone of haddock ordered, and young Liam loaded it on the Louth van by mistake. They had a queue right down the road and nowt to fry, and they had to shut at dinner. It were all over Facebook and then in the Grimsby Telegraph, with a picture of the queue. I were that shown up I couldn't show me face at Blundell Park for a month. Our Jordan's doing computing at the Grimsby Institute, and he says he'll make us a program for the office computer.",
      more: "It's me and me dad on the office computer, our own passwords. The lads on the filleting and the drivers don't use it, I print them a sheet every morning. And the chippies don't go on it, they ring us same as they always have.",
      walkthrough:
        "Right, this is how it goes.\nWe buy on the fish market every morning at seven, off the auction, nowhere else.\nOnly cod and haddock from Iceland, Norway and the Faroes, and it's all got to have the MSC label.\nEverything's filleted the same day it's bought, and nowt goes out that's more than two days off the market.\nChippies buy by the stone, and the price for the week goes up on the board every Monday.\nSkin on or skinless, skinless is £3 a stone more.\nOrders in by four for the next morning.\nDelivery's free over 10 stone, under that it's £15.\nNowt goes out on a Sunday.\nChippies on account pay every Friday, new ones pay cash on the van till they've been with us three months.",
      things:
        "Every chippy's got a name, an address, a phone number and on account or cash. Every order's got the chippy, the day, stones of haddock, stones of cod, skin on or skinless, and paid or not. And every van's got the reg, who drives it and which round. An order's for the one chippy, and the big chippies order every day but Sunday.",
      extras: [
        "Me brother Shane does sea angling trips out of the marina, that's his thing, nowt to do with us. And folk keep asking if we do smoked haddock, we don't, so don't bother putting that on.",
        "That's it, love. Ta-ra.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program on the computer in the office on the dock"],
      Accounts: "Me and me dad, our own passwords. The lads and the drivers don't use it.",
    },
    atReview: [
      "That looks right. One thing, put the price a stone on the orders, what it were that week, so I can see what they paid when they ring up moaning.",
      "Champion. Ta-ra.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "buy on the fish market every morning at seven off the auction nowhere else",
        "only cod and haddock from Iceland Norway and the Faroes it's all got to have the MSC label",
        "everything's filleted the same day it's bought nowt goes out that's more than two days off the market",
        "chippies buy by the stone the price for the week goes up on the board every Monday",
        "skin on or skinless skinless is £3 a stone more",
        "orders in by four for the next morning",
        "delivery's free over 10 stone under that it's £15",
        "nowt goes out on a Sunday",
        "chippies on account pay every Friday new ones pay cash on the van till they've been with us three months",
      ],
      tables: [
        { name: "chippies", fields: ["name", "address", "phone number", "on account or cash"] },
        {
          name: "orders",
          fields: [
            "chippy",
            "day",
            "stones of haddock",
            "stones of cod",
            "skin on or skinless",
            "paid or not",
            "price a stone",
          ],
        },
        { name: "vans", fields: ["reg", "who drives it", "which round"] },
      ],
      excluded: ["angling", "smoked"],
      background: ["order pad", "whiteboard"],
    },
  },
  {
    id: "miramichi-salmon-flies",
    who: "A woman in Doaktown, up the Southwest Miramichi in New Brunswick, whose father started tying Atlantic salmon flies in the back of the house in 1978 and who now has the fly shop on Main Street with her husband, every fly tied by hand in the shop for the lodges, the guides and the sports who come to fish the river, in the Miramichi English of Doaktown, in long paragraphs ('Hi there', 'up the Southwest', 'myself and my husband', 'the sports', 'the Legion', 'went and sold', 'the Miramichi Leader', 'some embarrassed', 'the Co-op', 'a scribbler', 'folks', \"that's Ronnie's own thing, we've no part in it\", \"don't bother with that at all\", 'Take care now, dear'): a website where customers order and pay without an account, she and her husband see everything and the money and the girl who packs sees what's to go out but not the money, every fly tied by hand in the shop and never bought in from away, everything on barbless hooks, $4 for a Green Machine or a Butt and $5 for a Bomber with ten per cent off a dozen of the one fly, two weeks for anything over six dozen, shipped in Canada for $12 and to the States for $20 and nowhere else, orders for the first of June in by the first of May, paid by card on ordering, the lodges' orders tied first in the spring; records in brackets inline ('Customers (name, email, address, lodge or not), orders (…), and flies (…)') with lodge or not, paid or not and shipped or not in them, an order one customer's and the lodges ordering every spring; a scribbler by the till today; her brother's guiding \"that's Ronnie's own thing, we've no part in it\", rods and waders \"don't bother with that at all\"",
    says: {
      overview:
        "Hi there. I'm Carol Underhill, from Doaktown, up the Southwest Miramichi in New Brunswick. My father started tying salmon flies in the back of the house in 1978, and now myself and my husband Wayne have the fly shop on Main Street, and we still tie every fly right here. The Miramichi's the best salmon river going, and the sports come from all over, Ontario, the States, even Europe, and the lodges and the guides all buy from us. Right now the orders come in on the phone and by email and Facebook, and Mom writes them in a scribbler by the till, and Wayne takes orders at the Legion too and forgets to tell anybody. Last spring one of the big lodges down river had 30 dozen Green Machines ordered for opening day, paid and all, and Wayne's cousin Gerald, who helps out Saturdays, went and sold the whole lot to a bus of fellas up from Maine the week before. The lodge's sports were stood on the river opening morning with nothing to fish, and the owner wrote a letter to the Miramichi Leader about it, and they read it out on the radio too. I was some embarrassed, I didn't want to show my face at the Co-op. My niece Brooke is doing computer science at UNB in Fredericton, and she says she'll make us a website where folks can order for themselves.",
      more: "Folks should be able to order and pay on the website without making an account, a lot of them only order the once before their trip. Wayne and I see everything, and the money. Tammy, the girl who packs the orders, needs to see what's to go out, but not the money.",
      walkthrough:
        "Well, this is how we do it.\n\nEvery fly is tied by hand right here in the shop, we never buy in flies from away.\n\nEverything's tied on barbless hooks, that's the way the river's going and we agree with it.\n\nA Green Machine or a Butt is $4, a Bomber is $5, and a dozen of the one fly is ten per cent off.\n\nAnything over six dozen takes two weeks, we tie it to order.\n\nWe ship anywhere in Canada for $12 and to the States for $20, and nowhere else.\n\nOrders for the first of June have to be in by the first of May, or we can't promise them.\n\nEverybody pays with a card when they order.\n\nIn the spring the lodges' orders get tied first, before anybody else's, they've been with us forty years.",
      things:
        "Okay. Customers (name, email, address, lodge or not), orders (customer, which fly, hook size, how many dozen, paid or not, shipped or not), and flies (name, price, how many are in the drawer). One order's for the one customer, and the lodges order every spring, like clockwork.",
      extras: [
        "My brother Ronnie takes sports out guiding from his camp up at Boiestown, that's Ronnie's own thing, we've no part in it. And people are forever asking do we sell rods and waders, we don't, so don't bother with that at all.",
        "That's about it. Take care now, dear.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Folks order and pay without an account. Wayne and I see everything and the money. Tammy sees what's to go out, not the money.",
    },
    expect: {
      kind: "web app",
      features: [
        "every fly is tied by hand right here in the shop we never buy in flies from away",
        "everything's tied on barbless hooks",
        "Green Machine or a Butt is $4 Bomber is $5 a dozen of the one fly is ten per cent off",
        "anything over six dozen takes two weeks we tie it to order",
        "ship anywhere in Canada for $12 to the States for $20 nowhere else",
        "orders for the first of June have to be in by the first of May",
        "everybody pays with a card when they order",
        "in the spring the lodges' orders get tied first before anybody else's",
      ],
      tables: [
        { name: "customers", fields: ["name", "email", "address", "lodge or not"] },
        {
          name: "orders",
          fields: ["customer", "which fly", "hook size", "how many dozen", "paid or not", "shipped or not"],
        },
        { name: "flies", fields: ["name", "price", "how many are in the drawer"] },
      ],
      excluded: ["guiding", "rods"],
      background: ["scribbler"],
    },
  },
  {
    id: "pelorus-sound-mussel-lines",
    who: "A young man in Havelock, at the top of Pelorus Sound in Marlborough, whose dad has a greenshell mussel farm of 38 lines out in the Sounds and sells to the factory in Havelock, and who skippers the barge, in the Marlborough English of the Sounds, in lower-case fragments ('hey', 'top of the pelorus', 'the sounds', 'the barge', 'the deckies', 'mpi', 'the wharf', 'the marlborough express', 'lol', 'thats her thing not ours', 'nah, we just farm em', 'chur'): a phone app for him, his dad and the two deckhands, all seeing everything with no money in it because the factory pays his dad, working without signal down the Sound and catching up back at the wharf, no harvest while MPI has the area closed, a line harvested only when the sample is 90mm and up, a tag with the farm, line, date and time on every harvest, at the factory within 12 hours of coming off the line, a line reseeded within 4 weeks with spat from Ninety Mile Beach, no work on the water over 25 knots, 10 hours a day on the water at most, floats and backbone checked every 3 months; records in brackets inline in lower case, a harvest one line's and a line harvested about every 18 months; a whiteboard in the shed and his dad's head today; his mum's cafe on the main road 'thats her thing not ours', boat tours out to the farm 'nah, we just farm em'",
    says: {
      overview:
        "hey. josh, 27, havelock, top of the pelorus. dads got a mussel farm out in the sounds, 38 lines, greenshell, sells to the factory in havelock. i skipper the barge. rn its all on a whiteboard in the shed n dads head lol. last march dad harvested line 14 the day after mpi closed the bay for biotoxins, didnt check the site. 20 tonne recalled from the factory, whole sounds heard about it n it was in the marlborough express. my cousins doing IT at NMIT in nelson, hes making an app",
      more: "me, dad n the 2 deckies, on our phones on the barge. we all see everything, theres no money in it, factory pays dad. zero signal down the sound so it has to work offline n catch up back at the wharf",
      walkthrough:
        "rules:\nno harvest when mpi has the area closed, no exceptions\nonly harvest a line when the sample is 90mm n up\nevery harvest gets a tag w farm, line, date n time, factory wont take it without\nat the factory within 12 hrs of coming off the line\nline gets reseeded within 4 wks of harvest, spat from 90 mile beach\nno work on the water over 25 knots\nmax 10 hrs a day on the water for the crew\nfloats n backbone checked every 3 months",
      things:
        "lines (number, block, length, seeded, spat batch), harvests (line, date, time, tonnes, tag no), closures (area, from, to). 1 harvest is 1 line, a line gets harvested like every 18 months",
      extras: [
        "mums got the cafe on the main rd, thats her thing not ours. ppl ask about boat tours out to the farm too, nah, we just farm em",
        "thats it. chur",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "me, dad n the 2 deckies. we all see everything, theres no money in it",
    },
    expect: {
      kind: "mobile app",
      features: [
        "no harvest when mpi has the area closed no exceptions",
        "only harvest a line when the sample is 90mm n up",
        "every harvest gets a tag w farm line date n time",
        "at the factory within 12 hrs of coming off the line",
        "line gets reseeded within 4 wks of harvest spat from 90 mile beach",
        "no work on the water over 25 knots",
        "max 10 hrs a day on the water for the crew",
        "floats n backbone checked every 3 months",
      ],
      tables: [
        { name: "lines", fields: ["number", "block", "length", "seeded", "spat batch"] },
        { name: "harvests", fields: ["line", "date", "time", "tonnes", "tag no"] },
        { name: "closures", fields: ["area", "from", "to"] },
      ],
      excluded: ["cafe", "tours"],
      background: ["whiteboard"],
    },
  },
  {
    id: "davao-mt-apo-climbs-api",
    who: "A developer in Davao City, in Mindanao, whose father is president of the guides and porters association at Kapatagan, at the foot of Mt. Apo, the highest mountain in the Philippines, which gives climbers from Manila, Cebu and abroad their guides and porters, in the Davao English of Mindanao with its Bisaya and Tagalog, in short plain sentences ('Maayong buntag', 'my papa', 'kuya Ben', 'Holy Week', 'the jump-off point', 'the DENR', 'GCash', 'That is his own sideline, not for the association', \"We don't do transport\", 'Daghang salamat, and ingat'): a service without screens, in Java with Spring Boot and PostgreSQL, that the tourism office laptop, the association's booking page and the guides' phones call with keys, him and the association secretary as admins and the climbers never logging in but getting an SMS, every climber registered at the tourism office in Kapatagan with a permit before the climb, 150 climbers a day at most on the Kapatagan trail, one guide for every 7 climbers and no group up without a guide, 15 kilos at most for a porter, PHP 1,000 environmental fee a climber, PHP 700 a day for a guide and PHP 600 for a porter, climbers below 18 with a parent, every climber bringing down all his garbage checked at the tourism office, no climbing when the DENR closes the mountain for rain or fire, guides and porters paid by GCash the day they come down; records after colons inline with guide or porter and paid or not in them, a climb with one guide and a guide with many climbs a month; paper at the tourism office and a group chat today; his uncle's coffee and souvenirs at the jump-off point 'That is his own sideline, not for the association', the climbers' vans from Davao City \"We don't do transport\"; Java, Spring Boot and PostgreSQL",
    says: {
      overview:
        "Maayong buntag. My name is Jerome Alcantara. I am a developer in Davao City. My papa is the president of the guides and porters association in Kapatagan, at the foot of Mt. Apo. It is the highest mountain in the Philippines. Climbers come from Manila, Cebu and abroad, and the association gives them guides and porters. Now everything is on paper at the tourism office and in a group chat. Last Holy Week there were too many climbers. Two groups of 30 were given the same guide, kuya Ben. One group from Manila went ahead alone and got lost in the fog near the summit. They stayed one night on the mountain. The rescue team went up for them. It was on the news, and the DENR closed the trail for one month. The guides had no income. So I am building a service for the association.",
      more: "It is only the API. No screens from me. The laptop at the tourism office, the booking page of the association and the guides' phones will call it, each one with its own key. The association secretary and I are the admins. Climbers do not log in. They get an SMS with their permit number and the name of their guide.",
      walkthrough:
        "The association rules:\n1. Every climber registers at the tourism office in Kapatagan and gets a permit before the climb.\n2. Maximum 150 climbers a day on the Kapatagan trail.\n3. One guide for every 7 climbers. No group goes up without a guide.\n4. A porter carries 15 kilos at most.\n5. The environmental fee is PHP 1,000 a climber. A guide is PHP 700 a day, a porter PHP 600 a day.\n6. Climbers below 18 must climb with a parent.\n7. Every climber brings down all his garbage. It is checked at the tourism office.\n8. No climbing when the DENR closes the mountain for rain or for fire.\n9. Guides and porters are paid by GCash on the day they come down.",
      things:
        "Climbers: name, age, phone, emergency contact, permit number. Crew: name, phone, guide or porter. Climbs: date up, date down, group name, number of climbers, guide. Payments: crew, climb, days, amount, paid or not. One climb has one guide. One guide has many climbs in a month.",
      extras: [
        "My uncle sells coffee and souvenirs at the jump-off point. That is his own sideline, not for the association. Some climbers ask us to arrange their van from Davao City also. We don't do transport.",
        "That is all. Daghang salamat, and ingat.",
      ],
      tech: "Java with Spring Boot, and PostgreSQL. That is what we use at my work in Lanang.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The tourism office laptop, the booking page and the guides' phones get API keys. The secretary and I are admins. Climbers do not log in, they get an SMS.",
      Technology: "I have preferences",
      "Back end": "Java with Spring Boot",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "every climber registers at the tourism office in Kapatagan gets a permit before the climb",
        "maximum 150 climbers a day on the Kapatagan trail",
        "one guide for every 7 climbers no group goes up without a guide",
        "porter carries 15 kilos at most",
        "environmental fee is PHP 1,000 a climber guide is PHP 700 a day porter PHP 600 a day",
        "climbers below 18 must climb with a parent",
        "every climber brings down all his garbage it is checked at the tourism office",
        "no climbing when the DENR closes the mountain for rain or for fire",
        "guides and porters are paid by GCash on the day they come down",
      ],
      tables: [
        { name: "climbers", fields: ["name", "age", "phone", "emergency contact", "permit number"] },
        { name: "crew", fields: ["name", "phone", "guide or porter"] },
        { name: "climbs", fields: ["date up", "date down", "group name", "number of climbers", "guide"] },
        { name: "payments", fields: ["crew", "climb", "days", "amount", "paid or not"] },
      ],
      excluded: ["souvenirs", "transport"],
      background: ["paper", "group chat"],
      stack: ["Java", "Spring Boot", "PostgreSQL"],
    },
  },
  {
    id: "mbeya-bodaboda-sacco",
    who: "The chairman of a savings and credit cooperative (SACCO) of 64 bodaboda riders, the motorcycle taxis, at the Uyole stand in Mbeya, on the road to Tukuyu in the Southern Highlands of Tanzania, in the Tanzanian English of Mbeya, in between ('Habari za asubuhi', 'the Uyole stand', 'bodaboda', 'M-Pesa', 'the treasurer had eaten the money', 'Mbeya FM', 'Aiseee', 'MUST', \"That one is his private business, not the SACCO's\", 'We are not going into insurance', 'Asanteni sana'): a phone app for him, the secretary and the treasurer, all three seeing everything and the money and the riders not using it but getting an SMS, with a good network in town, TSh 2,000 a day from every member by M-Pesa, TSh 50,000 to join with a driving licence and his own bodaboda or the owner's letter, a helmet for the rider and a second for the passenger, one passenger only, no riding from the stand after 11 at night, loans up to three times a member's savings paid back in six months with 10% interest, TSh 5,000 for missing the meeting on the last Sunday of the month, the year's profit shared by what each saved; records after colons on lines with paid back or not in them, a loan one member's and a member paying many contributions; a big notebook today; his brother's spare parts shop \"That one is his private business, not the SACCO's\", motorbike insurance 'We are not going into insurance'; the date joined taken off the members and the balance put on the loans after 'Change something' at 'Your data'",
    says: {
      overview:
        "Habari za asubuhi! My name is Joseph Mwakalinga, and I am the chairman of the Uyole Bodaboda SACCO in Mbeya, in the Southern Highlands of Tanzania. We are 64 riders at the Uyole stand, on the road to Tukuyu. Every day the members put money in the SACCO, and when someone needs a new tyre or school fees for his child, the SACCO gives him a loan. Now the treasurer writes everything in a big notebook, and the riders send money by M-Pesa, and some give cash at the stand. Last December two riders had paid every single day by M-Pesa, but the notebook did not show it, so at the end of the year they got no share of the profit. They said the treasurer had eaten the money. There was a big fight at the stand, the traffic police came, and it was on Mbeya FM the next morning. Aiseee, it was a big shame for the SACCO. My son Baraka studies computer science at MUST, the university here in Mbeya, and he will make us an app.",
      more: "Only three of us will use it: me, the secretary and the treasurer, on our phones. All three see everything, the money also. The riders do not use the app, they get an SMS when their money comes in. The network is good here in town.",
      walkthrough:
        "Our SACCO rules:\nEvery member pays TSh 2,000 every day by M-Pesa to the SACCO number.\nA new member pays TSh 50,000 to join, and he must have a driving licence and his own bodaboda or a letter from the owner.\nEvery rider wears a helmet and carries a second helmet for the passenger.\nOne passenger only, never two or three.\nNo riding from the Uyole stand after 11 at night.\nA member can borrow up to three times his savings, and pays it back in six months with 10% interest.\nA member who misses the meeting on the last Sunday of the month pays TSh 5,000.\nAt the end of the year the profit is shared by how much each member saved.",
      things:
        "Members: name, phone, licence number, plate number, date joined\nContributions: member, date, amount, M-Pesa reference\nLoans: member, amount, date, paid back or not\nOne loan is for one member, but one member pays many contributions.",
      thingsChange:
        "Ah, wait, two changes. Remove the date joined from the members, we don't need it. And add the balance to the loans, to see what is still owed.",
      extras: [
        "My brother Daudi has a spare parts shop near the stand. That one is his private business, not the SACCO's. And some members want us to sell motorbike insurance also. We are not going into insurance.",
        "That is all. Asanteni sana!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "Only me, the secretary and the treasurer. We see everything and the money. Riders do not use the app, they get an SMS.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "every member pays TSh 2,000 every day by M-Pesa to the SACCO number",
        "new member pays TSh 50,000 to join must have a driving licence his own bodaboda or a letter from the owner",
        "every rider wears a helmet carries a second helmet for the passenger",
        "one passenger only never two or three",
        "no riding from the Uyole stand after 11 at night",
        "member can borrow up to three times his savings pays it back in six months with 10% interest",
        "member who misses the meeting on the last Sunday of the month pays TSh 5,000",
        "at the end of the year the profit is shared by how much each member saved",
      ],
      tables: [
        { name: "members", fields: ["name", "phone", "licence number", "plate number"] },
        { name: "contributions", fields: ["member", "date", "amount", "M-Pesa reference"] },
        { name: "loans", fields: ["member", "amount", "date", "paid back or not", "balance"] },
      ],
      excluded: ["spare parts", "insurance"],
      background: ["notebook"],
    },
  },
  {
    id: "carriacou-model-boat-prices",
    who: "An Android developer in St George's, Grenada, from Windward on Carriacou, where his grandfather built the big wooden sloops on the beach and his father and uncle now make model boats by hand, sloops, schooners and fishing boats, sold in their shop in Windward, to the hotel gift shops in Grenada and to the yachties, in the Carriacou English of Windward, in short plain sentences ('Good day', 'from Windward', 'the yachties', 'town', 'the regatta', 'rob him', 'I was so shame', 'That is his thing. Nothing to do with the library', \"We don't do T-shirts\", 'Thanks, and bless'): a Kotlin library for the shop's Android app and the website, keeping nothing, given the kind of boat, the hull's length in inches, the name to paint, the gift box and how many boats and giving back the price, priced by the hull's length with part of an inch counted as a full inch, EC$25 an inch for a sloop, EC$35 for a schooner and EC$18 for a fishing boat, no price under 12 or over 48 inches, EC$40 for a name painted on the hull, 10% off the boats at ten boats or more, VAT at 15% added at the end, rounded up to the next dollar, giving back the boat price, the name, the VAT and the total; an old copybook and his father's and uncle's heads today; his cousin's lobster for the yachts 'That is his thing. Nothing to do with the library', T-shirts \"We don't do T-shirts\"; the gift box at EC$30 taken out at the review; Kotlin",
    says: {
      overview:
        "Good day. My name is Kendall McLawrence. I am an Android developer in St George's, but I am from Windward, Carriacou. My grandfather built the big wooden sloops on the beach in Windward. Now my father and my uncle make model boats by hand. Sloops, schooners and the little fishing boats, just like the real ones. They sell them in the shop in Windward, to the hotel gift shops in Grenada and to the yachties. Now my father and my uncle give prices from an old copybook and from their heads. Last regatta a charter company in town asked both of them for 20 models. My father said EC$300 a boat. My uncle said EC$450 a boat to the same boss, on WhatsApp. The boss thought we were trying to rob him. He put it in the yachties' group on Facebook. The whole of Windward was talking. I was so shame. So I am writing one library for the price.",
      more: "It keeps nothing. You give the kind of boat, the length of the hull in inches, the name to paint, the gift box and how many boats. It gives back the price. Our Android app for the shop uses it, and the website also.",
      walkthrough:
        "The rules:\n1. The price goes by the length of the hull in inches. Part of an inch counts as a full inch.\n2. A sloop is EC$25 an inch, a schooner EC$35 an inch, a fishing boat EC$18 an inch.\n3. Only boats from 12 to 48 inches. Shorter or longer, the library will not give a price.\n4. A name painted on the hull is EC$40 a boat.\n5. A gift box is EC$30.\n6. Ten boats or more in one order, 10% off the boats.\n7. VAT is 15%, added at the end.\n8. Round up to the next dollar.\n9. It gives back the boat price, the name, the gift box, the VAT and the total.",
      extras: [
        "My cousin catches lobster and sells it to the yachts. That is his thing. Nothing to do with the library. Some people ask if we sell T-shirts with the boats on them. We don't do T-shirts.",
        "That is all. Thanks, and bless.",
      ],
      tech: "Kotlin, a library for our Android app. The website is Kotlin also, with Ktor.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Kotlin",
    },
    atReview: [
      "Correct. One change: take out the gift box. The hotels wrap the boats themselves now.",
      "Now it is correct. Thanks.",
    ],
    expect: {
      kind: "library",
      features: [
        "price goes by the length of the hull in inches part of an inch counts as a full inch",
        "sloop is EC$25 an inch schooner EC$35 an inch fishing boat EC$18 an inch",
        "only boats from 12 to 48 inches shorter or longer the library will not give a price",
        "name painted on the hull is EC$40 a boat",
        "ten boats or more in one order 10% off the boats",
        "VAT is 15% added at the end",
        "round up to the next dollar",
        "gives back the boat price the name the VAT and the total",
      ],
      tables: [],
      excluded: ["lobster", "T-shirts", "gift box"],
      background: ["copybook"],
      stack: ["Kotlin"],
    },
  },
  {
    id: "bundaberg-macadamia-cli",
    who: "A developer who works remote from Bundaberg, on the Wide Bay coast of Queensland, whose dad and uncle grow macadamias on 120 acres out past Gin Gin and sell nut in shell to the processor in Bundaberg, in the Bundaberg English of the Wide Bay, in terse lower-case fragments ('gday', 'bundy', 'qld', 'nut in shell', 'knocked back', 'the shed pc', 'auntys gig not ours', 'nah', 'sweet', 'hooroo'): a TypeScript command-line tool with SQLite on the shed computer, one database file backed up to a USB stick, for him, his dad and his uncle, harvest from March to August with the nuts swept up off the ground every 3 weeks, dehusked within 24 hours of harvest, dried in the silos to 10% moisture or under before delivery, no harvest within 14 days of spraying, 5 tonnes a consignment at least, a sample bag with the block, silo and date on every consignment, the processor paying on the kernel recovery from the sample, every block pruned every 2 years; records after colons inline in lower case with sample y/n in them and a block's variety in brackets (a4, 741, 344, 816), a consignment one silo's and a block harvested about 8 times a season; a diary in the shed and a group chat today; his aunt's farm stay cabins 'auntys gig not ours', macadamia oil and chocolate-coated nuts 'nah, nut in shell only'; the price per kg put on the consignments at the review; commands and flags; TypeScript and SQLite",
    says: {
      overview:
        "gday. jack, dev, remote from bundy, qld. dad n my uncle grow macadamias out past gin gin, 120 acres, sell nut in shell to the processor in bundy. rn its a diary in the shed n a group chat. last season uncle sent silo 3 at 14% moisture, diary said it was dried, it wasnt. whole 8 tonne consignment knocked back, bout 40k gone n the processor put us on notice. so a cli",
      more: "just me, dad n my uncle on the shed pc. one db file, i back it up to a usb",
      walkthrough:
        "rules\n- harvest march to aug, nuts swept up off the ground every 3 wks\n- dehusk within 24 hrs of harvest or they sweat\n- dry in the silos to 10% moisture or under before delivery\n- no harvest within 14 days of spraying\n- min 5 tonne a consignment\n- every consignment gets a sample bag w block, silo, date\n- processor pays on kernel recovery from the sample\n- prune every block every 2 yrs",
      things:
        "blocks: number, acres, variety (a4, 741, 344, 816), last pruned. harvests: block, date, tonnes, silo. silos: number, moisture, date in. consignments: silo, date, tonnes, ticket no, sample y/n. 1 consignment is 1 silo, a block gets harvested like 8 times a season",
      commands:
        "like: mac block --acres 12 --variety a4, mac harvest --block 4 --tonnes 3.2 --silo 2, mac spray --block 4 (no harvest on it for 14 days), mac dry --silo 2 --moisture 11.5, mac ready (silos at 10 or under), mac send --silo 2 --tonnes 8 --ticket 5521 (says no if moisture over 10 or under 5 tonne), mac prune (blocks due), mac season (tonnes by block)",
      extras: [
        "my aunt does farm stay cabins on the back block, auntys gig not ours. ppl ask about oil n choc coated nuts too, nah, nut in shell only",
        "thats it. hooroo",
      ],
      tech: "typescript n sqlite, runs on node on the shed pc",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    atReview: [
      "ok. 1 thing, put price per kg on consignments, processor changes it every yr",
      "sweet. hooroo",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "harvest march to aug nuts swept up off the ground every 3 wks",
        "dehusk within 24 hrs of harvest",
        "dry in the silos to 10% moisture or under before delivery",
        "no harvest within 14 days of spraying",
        "min 5 tonne a consignment",
        "every consignment gets a sample bag w block silo date",
        "processor pays on kernel recovery from the sample",
        "prune every block every 2 yrs",
      ],
      tables: [
        { name: "blocks", fields: ["number", "acres", "variety", "last pruned"] },
        { name: "harvests", fields: ["block", "date", "tonnes", "silo"] },
        { name: "silos", fields: ["number", "moisture", "date in"] },
        {
          name: "consignments",
          fields: ["silo", "date", "tonnes", "ticket no", "sample y/n", "price per kg"],
        },
      ],
      excluded: ["cabins", "oil"],
      background: ["diary", "group chat"],
      stack: ["TypeScript", "SQLite"],
      commands: [
        "block",
        "harvest",
        "spray",
        "dry",
        "ready",
        "send",
        "prune",
        "season",
        "--acres",
        "--variety",
        "--block",
        "--tonnes",
        "--silo",
        "--moisture",
        "--ticket",
      ],
    },
  },
  {
    id: "grobbendonk-kermiskoers",
    who: "A retired man in Grobbendonk, in the Kempen of the province of Antwerp, for thirty years secretary of the cycling club (wielerclub) De Netezonen, which puts on six road races for amateurs a year from April to September, the kermiskoers at the village fair in August the biggest, with the riders signing on at the bar of the club's café, in Flemish (never used before: Dutch was written for a daycare and West Frisian in Eastermar, Flemish never; as he types it, in between, in the everyday Flemish of the Kempen: 'Goeiendag allemaal', 'ons lokaal', 'den toog', 'ne gast uit Lier', 'door mekaar', 'de Gazet van Antwerpen', 'Amai, ik heb mij nog nooit zo geschaamd!', 'mijne kleinzoon', 'paswoord', \"den baas van 't café\", 'ons Mieke', \"da's haar zaak, nie de onze\", 'laat da maar weg', 'Salukes, en merci!'): a program on the café's computer without internet, for him and the club's treasurer each with their own password and the café's landlord kept out, signing on at the bar from one o'clock till half an hour before the start, no licence no race, 8 euros to sign on and 5 for the under-17s (nieuwelingen) and juniors, 120 riders a race at most, a race number that's nobody else's in that race, nobody starting without a helmet, a marshal with a yellow flag at every crossroads, the prize money paid in cash in the café after the race with 150 euros for the winner and something down to fifteenth, 10 euros a prime; records after colons on lines with betaald of nie in them and a rider's categorie in brackets (nieuweling, junior of elite), an entry one rider's and a rider riding ten races a season; a paper on the bar and Excel today; his daughter's waffle stall at the finish \"da's haar zaak, nie de onze\", a cyclocross in winter (veldrit) 'laat da maar weg'; the prize money (prijzengeld) put on the entries at the review",
    says: {
      overview:
        "Goeiendag allemaal! Ik ben Jos Verheyen uit Grobbendonk, in de Kempen, en ik ben al dertig jaar secretaris van wielerclub De Netezonen. Wij richten elk jaar zes koersen in, van april tot september, en de kermiskoers in augustus is de grootste, dan staat heel het dorp langs de kant. Nu schrijven de renners in op een papier op den toog van ons lokaal, café De Zwaan, en ik tik da 's avonds allemaal over in Excel. Vorig jaar op de kermiskoers hadden twee renners hetzelfde rugnummer, 47, omdat ik de papieren van twee koersen door mekaar had gestoken. Ne gast uit Lier die eigenlijk tiende was, is als winnaar uitgeroepen, en de echte winnaar, ne jongen van hier, kreeg niks. Zijn vader heeft in 't café staan roepen tot sluitingstijd, en de maandag stond het in de Gazet van Antwerpen. Amai, ik heb mij nog nooit zo geschaamd! Mijne kleinzoon Wout studeert toegepaste informatica aan de Thomas More in Geel, en die gaat een programma maken voor de computer in 't café.",
      more: "Alleen ik en onze penningmeester, de Rita, werken ermee, op de computer in 't café. Elk ons eigen paswoord, want den baas van 't café moet daar nie aan kunnen. Internet hebben we nie nodig, de renners schrijven toch in aan den toog.",
      walkthrough:
        "Zo gaat da bij ons:\nInschrijven is aan den toog van De Zwaan, vanaf een uur, en een half uur voor de start is 't gedaan.\nGeen licentie, geen koers: elke renner toont zijn licentie bij 't inschrijven.\nInschrijven kost 8 euro, de nieuwelingen en de juniors betalen 5 euro.\nMaximum 120 renners per koers, wie te laat is, is te laat.\nElke renner krijgt een rugnummer, en da nummer is in die koers van niemand anders.\nZonder helm vertrekt er niemand.\nAan elk kruispunt op 't parcours staat ne seingever met een gele vlag, anders geeft de gemeente geen toestemming.\nHet prijzengeld wordt na de koers cash uitbetaald in 't café: de eerste krijgt 150 euro, en tot de vijftiende krijgt iedereen iets.\nEen premie onderweg is 10 euro, en die wordt ook na de koers betaald.",
      things:
        "Renners: naam, club, licentienummer, categorie (nieuweling, junior of elite)\nKoersen: datum, plaats, categorie, aantal ronden\nInschrijvingen: renner, koers, rugnummer, betaald of nie, plaats in de uitslag\nEen inschrijving is van één renner, en ne renner rijdt er wel tien op een seizoen.",
      extras: [
        "Ons Mieke, mijn dochter, staat met haar wafelkraam aan de finish, da's haar zaak, nie de onze. En de mensen vragen altijd of we in de winter ook een veldrit inrichten, laat da maar weg, da doen we nie.",
        "Da's alles. Salukes, en merci!",
      ],
    },
    picks: {
      Kind: ["Something else", "Een programma voor de computer in 't café, zonder internet"],
      Accounts: "Ik en de Rita, elk met ons eigen paswoord. Den baas van 't café nie.",
    },
    atReview: [
      "Bijna goed. Nog één ding: zet bij de inschrijvingen ook het prijzengeld, da moet de Rita weten voor de kas.",
      "Nu is 't goed. Merci!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "inschrijven is aan den toog van De Zwaan vanaf een uur een half uur voor de start is 't gedaan",
        "geen licentie geen koers elke renner toont zijn licentie bij 't inschrijven",
        "inschrijven kost 8 euro de nieuwelingen en de juniors betalen 5 euro",
        "maximum 120 renners per koers",
        "elke renner krijgt een rugnummer da nummer is in die koers van niemand anders",
        "zonder helm vertrekt er niemand",
        "aan elk kruispunt op 't parcours staat ne seingever met een gele vlag",
        "prijzengeld wordt na de koers cash uitbetaald in 't café de eerste krijgt 150 euro tot de vijftiende krijgt iedereen iets",
        "een premie onderweg is 10 euro die wordt ook na de koers betaald",
      ],
      tables: [
        { name: "renners", fields: ["naam", "club", "licentienummer", "categorie"] },
        { name: "koersen", fields: ["datum", "plaats", "categorie", "aantal ronden"] },
        {
          name: "inschrijvingen",
          fields: ["renner", "koers", "rugnummer", "betaald of nie", "plaats in de uitslag", "prijzengeld"],
        },
      ],
      excluded: ["wafelkraam", "veldrit"],
      background: ["papier", "Excel"],
    },
  },
  {
    id: "ehrenfeld-fastelovend-kostueme",
    who: "A woman in Ehrenfeld, in Cologne, whose grandmother opened a carnival costume hire on the Venloer Straße in 1961 and who runs it now with her husband, over 2,000 costumes from clowns to Funkemariechen, hired out for Fastelovend and for weekends the rest of the year, in Kölsch (never used before: German was written in Stuttgart and Bavarian, Swiss German, Alsatian, Luxembourgish, Low German and Swabian were written, Kölsch never; as she types it, in between, in an everyday spelling: 'Joode Morje zosamme', 'Ihrefeld', 'et Marlene', 'ming Oma', 'Fastelovend', 'Wieverfastelovend', 'et Dreigestirn', 'em Veedel', 'em Express', 'ich han mich esu jescheniert!', 'en Websigg', 'et Gabi', \"dat es sing Saach, nit uns\", 'loht dat fott', 'Maht et joot, un Kölle Alaaf!'): a website where customers reserve and pay without an account, she and her husband see everything and the money and the shop help sees what's picked up and comes back but not the money, a costume hired for the whole week from Weiberfastnacht (Wieverfastelovend) to Ash Wednesday or for a weekend the rest of the year, carnival reservations only from the eleventh of the eleventh, 45 euros a week and 25 a weekend with children's costumes half, a 50 euro deposit back when the costume comes back whole, paid on reserving by card or transfer, a reserved costume going to nobody else even for a day, every costume looked over and washed before it goes out again, the Veedel's Dreigestirn getting theirs free as in her grandmother's day, 10 euros a day for a costume brought back late; records told in sentences ('Jede Kunde hät …', 'Jedes Kostüm hät …', 'Un jede Reservierung hät …') with Kind oder Erwachsene, bezahlt oder nit and Pfand zeröck oder nit in them, a reservation for one costume and a costume going out ten times a season; a thick book on the counter (e dick Boch) today; her brother's Kamelle wholesale \"dat es sing Saach, nit uns\", face painting (schminke) 'loht dat fott'; the e-mail taken off the customers (Kunde) and where it hangs in the storeroom (wo et em Lager hängk) put on the costumes after 'Change something' at 'Your data'",
    says: {
      overview:
        "Joode Morje zosamme! Ich ben et Marlene Schmitz us Ihrefeld. Ming Oma hät 1961 op d'r Venloer Stroß ene Kostümverleih opjemaht, un hück maache mer dat, minge Mann, d'r Pitter, un ich. Mer han üvver 2000 Kostüme, vum Clown bes zom Funkemariechen, un för Fastelovend kumme de Lück us janz Kölle. Bes jetz schriev ich alles en e dick Boch op d'r Thek, un d'r Pitter nimmp och Reservierunge aan, am Telefon un en d'r Weetschaff, un säht mer nix. Letzte Session hatt dat Dreigestirn vun unsem Veedel sing Kostüme för Wieverfastelovend bei uns reserveet, d'r Prinz, d'r Bur un de Jungfrau. Un d'r Pitter hät dat Jungfrau-Kostüm am Daach vörher an ene Junggesellenabschied us Düsseldorf usjeliehe. De Jungfrau stundt em Veedel em Trainingsaanzog. Dat wor am nächste Daach em Express, met Foto. Wat e Theater, ich han mich esu jescheniert! Dä Jung vun mingem Broder studeet Informatik an d'r TH Kölle, un dä mäht uns jetz en Websigg.",
      more: "De Kunde solle op d'r Websigg e Kostüm reserveere un bezahle künne, ohne Konto, de meiste kumme nur eimol em Johr. D'r Pitter un ich sinn alles, och et Jeld. Uns Aushilfe, et Gabi, muss sinn, wat hück avjehollt weed un wat widderkütt, ävver nit et Jeld.",
      walkthrough:
        "Esu jeiht dat bei uns:\nE Kostüm weed för de janze Woch vun Wieverfastelovend bes Äschermettwoch usjeliehe, oder em Rest vum Johr för e Wochenengk.\nFör Fastelovend kann mer eets vum Elfte em Elfte aan reserveere, nit vörher.\nDe Woch koss 45 Euro, e Wochenengk 25 Euro, Kinderkostüme de Hälfte.\nPfand sin 50 Euro, die jitt et zeröck, wann et Kostüm heil widderkütt.\nBezahlt weed beim Reserveere, met Kaat oder Övverweisung.\nE reserveet Kostüm jeiht an keine andere, och nit för ene Daach.\nJedes Kostüm weed nohm Zeröckbränge nohjeluurt un jewäsche, eh et widder erusjeiht.\nDat Dreigestirn vun unsem Veedel kritt sing Kostüme ömesöns, dat wor ald bei minger Oma esu.\nWä e Kostüm ze spät zeröckbrängk, bezahlt 10 Euro för jede Daach.",
      things:
        "Jede Kunde hät ene Name, en Telefonnummer un en E-Mail. Jedes Kostüm hät en Nummer, wat et es, de Jröße un Kind oder Erwachsene. Un jede Reservierung hät d'r Kunde, et Kostüm, vun wann bes wann, bezahlt oder nit un Pfand zeröck oder nit. En Reservierung es för ei Kostüm, un e Kostüm jeiht en ener Session zehnmol erus.",
      thingsChange:
        "Waat ens, zwei Saache. Maht de E-Mail vun de Kunde fott, die liss eh keiner. Un schrievt bei de Kostüme dobei, wo et em Lager hängk, söns fingk et Gabi nix.",
      extras: [
        "Minge Broder Hein hät ene Jroßhandel för Kamelle, dä verkäuf de Vereine Kamelle för d'r Zoch, dat es sing Saach, nit uns. Un de Lück froge immer, ov mer och schminke, dat dun mer nit, loht dat fott.",
        "Dat wor et. Maht et joot, un Kölle Alaaf!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "De Kunde reserveere un bezahle ohne Konto. D'r Pitter un ich sinn alles un et Jeld. Et Gabi süht, wat avjehollt weed un widderkütt, ävver nit et Jeld.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "e Kostüm weed för de janze Woch vun Wieverfastelovend bes Äschermettwoch usjeliehe oder em Rest vum Johr för e Wochenengk",
        "för Fastelovend kann mer eets vum Elfte em Elfte aan reserveere nit vörher",
        "de Woch koss 45 Euro e Wochenengk 25 Euro Kinderkostüme de Hälfte",
        "Pfand sin 50 Euro die jitt et zeröck wann et Kostüm heil widderkütt",
        "bezahlt weed beim Reserveere met Kaat oder Övverweisung",
        "e reserveet Kostüm jeiht an keine andere",
        "jedes Kostüm weed nohm Zeröckbränge nohjeluurt un jewäsche eh et widder erusjeiht",
        "dat Dreigestirn vun unsem Veedel kritt sing Kostüme ömesöns",
        "wä e Kostüm ze spät zeröckbrängk bezahlt 10 Euro för jede Daach",
      ],
      tables: [
        { name: "Kunde", fields: ["Name", "Telefonnummer"] },
        {
          name: "Kostüm",
          fields: ["Nummer", "wat et es", "Jröße", "Kind oder Erwachsene", "wo et em Lager hängk"],
        },
        {
          name: "Reservierung",
          fields: ["Kunde", "Kostüm", "vun wann bes wann", "bezahlt oder nit", "Pfand zeröck oder nit"],
        },
      ],
      excluded: ["Kamelle", "schminke"],
      background: ["Boch"],
    },
  },
];
