import type { Persona } from "../persona-driver.js";

/**
 * The sixty-seventh round: ten more people nobody has met, written blind, without reading the
 * interviewer or anything that reads these files, and before any spec was made from what they
 * say. What each of them expects was set down from their own words, the way a careful listener
 * would take them, so the round can be held out or tuned on like the rest.
 *
 * As before, ordinary people telling an idea the ordinary way, made neither easy nor hard:
 * answers from a lower-case fragment to several paragraphs, records told in sentences ("Every
 * customer's got …", "Every order's got …", "Ogni cliènt al gh'à …", "Ogni ordine al gh'à …"),
 * spread over sentences ("There's the boats, each one with …", "Then the customers, that's …",
 * "And the bookings, with …"), after colons inline ("Customers: name, phone, email, address.
 * Orders: …", "Weavers: name, village, …. Exporters: …", and in lower case "cages: number, row,
 * …. harvests: …"), after colons on lines ("Customers: name, phone, village", "Pigs: tag
 * number, born, …", "Vatengi: zita, nhamba yefoni, …"), in brackets inline and in lower case
 * ("customers (name, phone, where), orders (…)"), with what a value may be in brackets ("guta
 * (Nyanga, Mutare kana Harare)", "munda (A, B kana C)", "size (seed, mid, market)", "type
 * (restaurant, wholesale, walk-up)"), and none at all from the library, whose rules come
 * numbered. Eight write in English, each in the English of a place no round has used (every
 * round-*.ts, index.ts and held-out.ts was searched, their doc comments and every `who`: the
 * South Australian Englishes of Salisbury and Kangaroo Island were used, "fritz" and "stobie
 * pole" only as Salisbury's, no English of the Barossa was, nor "Barossa", "Nuriootpa",
 * "Tanunda", "Angaston", "Silesia", "mettwurst", "lachsschinken" or "Schützenfest"; the Dorset
 * English of Portland, the Isle of Wight English of Bembridge and the Portsmouth English of
 * Southsea were used, no English of Hampshire or the New Forest was, nor "New Forest",
 * "Hampshire", "Burley", "Ringwood", "Lymington", "Brockenhurst", "Verderers", "agister",
 * "commoner", "weaner" or "Purkiss", "pannage" only inside a Rwandan garage's "dépannage"; the
 * Conch English of Key West and the Miami English of Hialeah were used, "Florida" only as where
 * Dale's sister lives, no English of the Panhandle was, nor "Wewahitchka", "Wewa",
 * "Apalachicola", "Chipola", "Port St. Joe", "Panama City", "tupelo" or "airboat"; the Southland
 * English of Gore, the West Coast English of Greymouth, the Chatham Islands English of Waitangi
 * and the Stewart Island English of Oban were used, te reo Māori was written in Ruawai and the Kiwi
 * Māori English of Ōpōtiki used, "hāngī" and "marae" only there, no English of the East Coast was,
 * nor "Tairāwhiti", "Tokomaru", "Ruatoria", "Waipiro", "Ngāti Porou", "Gisborne", "rēwena" or
 * "kuia"; the Fante-coloured English of Cape Coast, the Dagbani-coloured English of Tamale and
 * the Ghanaian English of a Kumasi susu collector were used, no English of the Upper East was,
 * nor "Bolgatanga", "Bolga", "Frafra", "Sumbrungu", "Sirigu", "Akolgo" or "elephant grass"; the
 * Ulster Scots English of mid-Antrim, the Belfast English of the Ormeau Road, the Derry English of Creggan
 * and the Cavan English of Belturbet were used, no English of Fermanagh was, nor "Fermanagh",
 * "Lough Erne", "Enniskillen", "Belleek", "Devenish", "Shannon-Erne" or "Impartial Reporter",
 * "Kesh" only inside "Pembrokeshire"; Gujarati was written in Ahmedabad and the British Gujarati
 * English of Leicester and the Rajasthani English of Jodhpur were used, no English of Kutch
 * was, nor "Kutch", "Kachchh", "Bhuj", "Ajrakh", "Ajrakhpur", "Dhamadka", "Khatri", "mashru" or
 * "bandhani", "block print" only as Tawang's woodblock printing; the English of Tangier Island
 * in the Chesapeake and the Baltimore English of Dundalk were used, oysters only at a Baynes
 * Sound farm and a Rhode Island fish market, no English of Virginia's Eastern Shore was, nor
 * "Chincoteague", "Assateague", "Ocean City", "pony penning", "come-here", "vdh" or "Wallops",
 * "Come here once" only in Sheboygan County and "been here" only in "been here before or
 * not"): the Barossa English of Nuriootpa, in between ("G'day", "the Valley", "Opa", "the
 * Schützenfest", "the Leader", "heaps", "reckon", "that's his gig, not ours", "leave it out",
 * "Cheers, ta"), the New Forest English of Burley, in long paragraphs ("Morning", "the Forest",
 * "commoning", "our Maureen", "the Verderers", "the agister", "I tell 'ee", "blow me", "the
 * Queen's Head", "that's his lookout, nothing to do with the pork", "leave that be", "Cheerio
 * then"), the Panhandle English of Wewahitchka, in between ("Hey y'all", "Wewa", "Daddy",
 * "Granddaddy", "fixin' to", "don't" for doesn't, "Lord have mercy", "the Star", "that's Uncle
 * Ray's business, not ours", "y'all leave that off", "Y'all have a blessed day"), the East Coast
 * English of Tokomaru Bay, in lower-case fragments ("kia ora", "up the coast", "the bug",
 * "nans", "the marae", "the kuia", "the wharf", "lol", "thats his mahi not ours", "nah we dont
 * do that", "ngā mihi, chur"), the Frafra-coloured Ghanaian English of Bolgatanga, in short
 * plain sentences ("Good morning oo", "Bolga", "the coop", "the shed", "market day", "mobile
 * money", "That one is his own business, not the coop's", "We don't do that one", "God
 * bless"), the Fermanagh English of Kesh, in long paragraphs ("Hiya", "the lough", "wee", "so
 * it is", "thon", "a brave while", "mortified", "the Impartial Reporter", "that's Alan's own
 * affair, so it is", "leave that well out", "Cheerio now"), the Kutchi English of Bhuj, in
 * short plain sentences ("Salaam", "my abba", "my chacha", "after the earthquake", "They
 * talked", "That is his business. The library has nothing to do with it", "We don't do
 * bandhani", "Shukriya"), and the Eastern Shore English of Chincoteague, in terse lower-case
 * fragments ("hey", "been-here not a come-here", "the bay", "vdh", "pony penning", "the
 * channel", "his thing not ours", "nope", "later"). One writes in Lombard (never used before:
 * Italian was written and Piedmontese, Ligurian, Venetian, Friulian and Romansh were written,
 * Lombard never, nor "Lombard", "Lombardy", "Bergamo", "Bèrghem", "Branzi", "Brembana", "Formai
 * de Mut", "alpeggio", "strachitunt", "Taleggio", "töcc", "sólcc" or "L'Eco di Bergamo"; as a
 * Branzi cheesemaker types it, in between, in an everyday spelling with the Italian words the
 * valley mixes in: "Ciao a töcc", "ol mé nóno", "ü s-cèt", "i àche", "l'alpeggio", "la casera",
 * "i todèsch", "Che figüra!", "ü sito internet", "i sólcc", "chèl lé l'è mia afare nòst",
 * "lassì stà", "Gràssie tante, stì bé!"), and one in Shona (never used before: the Zimbabwean
 * English of Bulawayo was used with its ZiG and EcoCash, and isiZulu, Setswana and Chichewa
 * were written, Shona never, "Shona" only as a Broughty Ferry swimmer's name, nor "Mutare",
 * "Manicaland", "maapuro", "Mhoroi", "Ndatenda", "Ndakanyara" or "Africa University", "Nyanga"
 * only inside an isiZulu "kwenyanga" and "Mbare" only inside "koumbare"; as a Nyanga apple
 * grower types it, in between, with the English words Zimbabwe mixes in: "Mhoroi mose",
 * "sekuru vangu", "muramu wangu", "WhatsApp", "supermarket", "maneja", "Ndakanyara chaizvo!",
 * "app", "network", "EcoCash", "iro ibhizinesi rake, kwete redu", "siyai izvozvo", "Ndatenda
 * zvikuru, sarai zvakanaka!").
 *
 * What varies is the kind of software, the trade and the length of the answers: web apps for a
 * Nuriootpa butcher's mettwurst (Valley pork and beef only, seven days over red gum sawdust and
 * no liquid smoke, $32 and $58 a kilo, $18 a box by express, no posting from December to
 * February, Wednesday for Saturday, a kilo at least by post, Christmas shut on the 10th, paid
 * by card), a Wewa family's tupelo honey (their own hives only, April and May, never heated nor
 * mixed, wildflower when the lab says so, $18, $45 and $10, $12 in the lower 48 and nothing
 * overseas, twelve jars a week, nothing shipped in a Gulf hurricane, card on the website) and a
 * Branzi family's Formai de Mut (their own cows' milk only, the alpeggio from June to
 * September, 45 days of ageing, 160, 85 and 20 euros, Italy only at 12 euros and nothing in
 * July and August, four wheels an order, paid at once, nothing posted when snow shuts the
 * road); phone apps for a Tokomaru Bay whānau's rēwena (Thursdays and Saturdays, orders by 7
 * pm, $8 and $2 and six fried bread at least, 60 loaves a bake, no bread on a day the bug is
 * off, $4 drop offs and nothing past Ruatoria, pick up after 10, no orders in a tangi week,
 * paid on getting it) and a Nyanga family's apples (their own orchard only, January to April,
 * no spraying 14 days before picking, $8, $10 and $12 a box, 20 boxes for shops, the Harare
 * lorry on Thursdays, nothing on Sunday, EcoCash or cash and no credit, no deliveries when rain
 * shuts the road), the first working without signal; programs on one computer for a Burley
 * commoner's pannage pork (pigs born on the holding only, the Verderers' season of sixty days
 * at least, ringed, marked and paid for with the agister, killing in December and January, £190,
 * £100 and £6, twenty halves a year, a £50 deposit, Ringwood on a Wednesday and never posted,
 * thirty days on the acorns or it's sausages) and a Kesh boat hire (mid March to the end of
 * October, a week or a short break, £1,100, £650, £1,450, £850 and £120, a £250 deposit and the
 * rest eight weeks ahead, the hour's training, a skipper of 21, nothing out over force 6, never
 * down the Shannon-Erne, back by ten); a service without screens, in Python with Flask and
 * PostgreSQL, for a Sumbrungu basket cooperative (members only, market day every third day,
 * every basket checked, GH₵60, GH₵120 and GH₵200, 100 baskets at least, half and half, 10% for
 * the shed, mobile money in 2 days, no basket from a child under 15); a C# library for an
 * Ajrakhpur workshop's prices (by the full metre, ₹650, ₹1,400 and ₹1,800, no price for
 * polyester, 40% for both sides, 5 metres at least, 10% off at 100, GST at 5%, rounded to ten
 * rupees); and a command-line tool in Rust with SQLite for a Chincoteague oyster lease (no
 * harvest while the bay is closed, 3 inches and up, a tag on every bag, on ice in 2 hours from
 * May to September, cages flipped every 2 weeks, 100 a bag at $70 and $1 each, tags kept 90
 * days, no harvest in pony penning week), with commands and flags. The Tokomaru baker and the
 * Chincoteague developer answer in lower-case fragments, the second tersely, the Burley
 * commoner and the Kesh boat hirer in long paragraphs, the Bolgatanga and Bhuj developers in
 * short plain sentences, the others in between.
 *
 * Each tells the story of the day it went wrong, with the people in it: forty kilos for the
 * Lutheran school's Schützenfest stall sold to a winery tour's bus and the empty stall in the
 * Leader, the vicar's half pig for the old folks' Christmas dinner sold at Ringwood market and
 * turkey roll from the Co-op, 200 jars for an Apalachicola store's Seafood Festival sold at the
 * Tupelo Festival and told at church, forty loaves for a hui at the marae and twenty-five sold
 * to the surfers at the wharf, 400 large baskets for a Dutch buyer with 120 failed and the
 * container gone short, a Dublin family on the jetty with three wee ones and thon cruiser let to
 * German fishermen, one cloth quoted ₹78,000 and ₹96,000 to a Mumbai shop and a Delhi designer
 * who are friends, twenty bags sold the morning after three inches of rain shut the bay, thirty
 * wheels for a Milan shop half sold to a German coach, 200 Easter boxes for a Mutare
 * supermarket sold to a trader from Mbare; and each says who will build it (a niece at
 * Flinders, a grandson at Brockenhurst College, a nephew at Gulf Coast State College in Panama
 * City, a nephew at EIT in Gisborne, a daughter at the South West College in Enniskillen, a
 * granddaughter studying in Bergamo and a grandchild at Africa University in Mutare, while the
 * Bolgatanga, Bhuj and Chincoteague developers build it themselves). Who may see what is said
 * in their own words at "Accounts" (customers without an account, a girl in the shop who sees
 * the orders to pack, a cousin who sees what to ship and a lad in the dairy who sees what to
 * send but none of them the money, a husband and wife, an aunty and cousins and a mother and
 * son who see everything, API keys for a website, a shed tablet and an office computer) or left
 * unsaid by the Rust tool and the C# library; the two desktop programs are picked at "Kind" in
 * the person's own words.
 *
 * Relations said plainly ("One order's for one customer, and heaps of customers order every
 * Christmas", "One order's for one customer, and most of our customers have an order every
 * winter", "One order is for one customer, and a lot of them order every year", "1 order is 1
 * customer, the kuia order every week", "One order is for one exporter. One exporter can have
 * many orders", "A booking's for the one boat, and a boat has bookings all summer long", "1 sale
 * is 1 buyer, restaurants buy every week", "Ü ordine l'è de ü cliènt sul", "Odha imwe
 * ndeyemutengi mumwe chete"); allowed values in the lists and sentences themselves (posted or
 * picked up, paid or not, half or quarter, deposit paid or not, collected or not, shipped or
 * picked up, pick up or drop off, half paid or full paid, passed or failed, cruiser or day
 * boat, week or short break or day, trained or not, paid y/n, spedìt o ritiràt, pagàt o mia, de
 * l'alpeggio o de la stala, chitoro kana munhu, akabhadhara kana kwete, akaendeswa kana kwete)
 * and in brackets (a cage's size and a buyer's type, a customer's guta and a picking's munda);
 * background in an exercise book under the counter, in an order book by the phone, on the
 * calendar on the fridge, on the back of the power bill, in the secretary's notebook, on a wall
 * planner, in a diary, in a notebook on the boat and a spreadsheet, in a quadèrno and on
 * WhatsApp; technology named as Python with Flask and PostgreSQL, C#, and Rust with SQLite, and
 * none at all by seven of them; "no" said as "that's his gig, not ours", "leave it out",
 * "that's his lookout, nothing to do with the pork", "leave that be", "that's Uncle Ray's
 * business, not ours", "y'all leave that off", "thats his mahi not ours", "nah we dont do
 * that", "That one is his own business, not the coop's", "We don't do that one", "that's Alan's
 * own affair, so it is", "leave that well out", "That is his business. The library has nothing
 * to do with it", "We don't do bandhani", "his thing not ours", "nope", "chèl lé l'è mia afare
 * nòst", "lassì stà", "iro ibhizinesi rake, kwete redu", "siyai izvozvo"; while rules keep
 * their "no" ("no liquid smoke, ever", "No posting from December to February", "we never buy in
 * a weaner", "we don't post pork", "it's not sold as pannage pork", "We never heat it and we
 * never mix it", "nothing overseas", "we don't ship till the roads are clear", "theres no
 * rēwena that day", "nothing past ruatoria", "no orders that week", "No basket from a child
 * under 15", "Nobody takes a cruiser out", "they don't go down the Shannon-Erne Waterway", "the
 * library will not give a price", "no harvest when the bay is closed", "no harvest pony penning
 * week", "mai lat comprà", "al se vend mia", "m'spedés mia", "Hatipfapfaidzi", "Hatitengesi
 * paSvondo", "hapana chikwereti", "hatiendesi maodha").
 *
 * The Nuriootpa butcher takes the postcode off the customers and puts the address on the
 * orders, the Wewa beekeeper's daughter takes the queen's age off the hives and puts a tracking
 * number on the orders, and the Tokomaru baker takes who baked off the bakes and puts sliced
 * y/n on the orders, each after "Change something" at "Your data"; the Kesh boat hirer puts the
 * engine hours on the boats, the Bhuj developer takes the rush orders out of the library, the
 * Chincoteague developer puts the water temp on the harvests and the Branzi cheesemaker puts
 * the weight (ol pés) on the wheels (forme), each at the review. The Burley program keeps off
 * the internet because the commoner wants nothing on it and orders by the phone as always, the
 * Kesh program lives on the office computer at the jetty, and the Tokomaru app is meant to
 * work without signal up the coast and catch up back at the bay; the Chincoteague tool lives on
 * one laptop in the shed, and the Bolgatanga service answers the coop's website, a tablet at
 * the shed and an office computer. Lombard and Shona, both in Latin letters, are compared by
 * their own words, accents and apostrophes and all, so their expected words are in the forms
 * the person used (as "m'spedés domà in Italia 12 euro ol pach", "hatitengesi paSvondo"); every
 * expected feature was checked to be in one line the person said, and the excluded words of
 * all ten were checked not to read like anything they want (not "mettwurst" or "smokehouse" for
 * the brother's wines and the game, but "cellar door" and "kangaroo"; not "pigs" or "Forest"
 * for the brother's herd and the weddings, but "ponies" and "hog roast"; not "honey" or "river"
 * for the uncle's tours and the wax, but "airboat" and "candles"; not "bread" or "coast" for the
 * uncle's rides and the seafood, but "treks" and "crayfish"; not "baskets" or "market" for the
 * uncle's shop and the other straw work, but "shea" and "hats"; not "boats" or "lough" for the
 * brother-in-law's shop and the island trips, but "tackle" and "waterbus"; not "cloth" or
 * "Ajrakh" for the cousin's sales and the other craft, but "tourists" and "bandhani", and
 * "rush" once taken out; not "oysters" or "bay" for the uncle's trips and the other shellfish,
 * but "kayak" and "clams"; not "formài" for the brother's guests and the other valley's cheese,
 * but "agriturismo" and "strachitunt"; not "maapuro" for the brother's fish and the drink, but
 * "trout" and "juice").
 */
export const SIXTY_SEVENTH_ROUND: readonly Persona[] = [
  {
    id: "barossa-mettwurst-smokehouse",
    who: "A butcher in Nuriootpa, in the Barossa Valley of South Australia, whose great-great-grandfather came out from Silesia in 1847 and whose family smokes mettwurst and lachsschinken in the brick smokehouse behind the shop, sold over the counter and posted round Australia, in the Barossa English of Nuriootpa, in between (\"G'day\", 'the Valley', 'Opa', 'the Schützenfest', 'the Leader', 'heaps', 'reckon', \"that's his gig, not ours\", 'leave it out', 'Cheers, ta'): a website where customers order and pay without signing up, he and his wife see everything and the money and the girl in the shop sees the orders to pack but not the money, only pork and beef from farms in the Valley, every mettwurst seven days in the smokehouse over red gum sawdust and never liquid smoke, $32 a kilo for mettwurst and $58 for lachsschinken, posted anywhere in Australia at $18 a box by express only, no posting from December to February, orders by Wednesday for Saturday pick up, posted orders a kilo at least, Christmas orders closed on the 10th of December, paid by card on ordering; records told in sentences (\"Every customer's got …\", \"Every order's got …\", \"And every smoke's got …\") with posted or picked up and paid or not in them, an order one customer's and heaps of customers ordering every Christmas; an exercise book under the counter, the phone, Facebook and email today; his brother's cellar door \"that's his gig, not ours\", kangaroo 'leave it out'; the postcode taken off the customers and the address put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "G'day. Greg Wenzel here, I run the family butcher shop in Nuriootpa, up in the Barossa. My great-great-grandfather came out from Silesia in 1847, and we've been smoking mettwurst and lachsschinken in the same brick smokehouse out the back since the twenties, Opa's recipe, nobody's changed a thing. People drive up from Adelaide for it and we post it all over the country. Right now the orders come in on the phone, on Facebook and by email, and Kym, my wife, writes them in an exercise book under the counter. Last January we had forty kilos of mettwurst put aside for the Lutheran school's stall at the Schützenfest, and Dad, who still does Saturdays, sold the lot to a busload off a winery tour. The school had an empty stall all weekend and it was in the Leader the week after. Mum still brings it up at Sunday lunch. My niece Jess is doing IT at Flinders and she reckons she'll build us a website over the break.",
      more: "Customers should be able to order and pay on the website without signing up for anything, heaps of them only buy once a year. Kym and I see everything, and the money. Tegan in the shop needs to see the orders so she can pack them, but not the money.",
      walkthrough:
        "How we do it:\nOnly pork and beef from farms here in the Valley.\nEvery mettwurst hangs in the smokehouse 7 days over red gum sawdust, no liquid smoke, ever.\nMettwurst is $32 a kilo and lachsschinken is $58 a kilo.\nWe post anywhere in Australia, $18 a box, express only.\nNo posting from December to February, it's too hot, it's pick up only then.\nOrders in by Wednesday for pick up on Saturday.\nPosted orders are 1 kilo at least.\nChristmas orders close on the 10th of December.\nEverybody pays when they order, by card.",
      things:
        "Every customer's got a name, a phone, an email and a postcode. Every order's got the customer, kilos of mettwurst, kilos of lachsschinken, posted or picked up and paid or not. And every smoke's got the date in, the date out and how many kilos. One order's for one customer, and heaps of customers order every Christmas.",
      thingsChange:
        "Oh hang on, two things. Take the postcode off the customers, we don't need it. And put the address on the orders, for the ones we post.",
      extras: [
        "My brother Brett's got a cellar door down the road, that's his gig, not ours. And people ask if we do kangaroo, we don't, leave it out.",
        "That's it. Cheers, ta.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Customers order and pay without signing up. Kym and I see everything and the money. Tegan sees the orders to pack, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "only pork and beef from farms here in the Valley",
        "every mettwurst hangs in the smokehouse 7 days over red gum sawdust no liquid smoke",
        "mettwurst is $32 a kilo lachsschinken is $58 a kilo",
        "post anywhere in Australia $18 a box express only",
        "no posting from December to February pick up only",
        "orders in by Wednesday for pick up on Saturday",
        "posted orders are 1 kilo at least",
        "Christmas orders close on the 10th of December",
        "everybody pays when they order by card",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "email"] },
        {
          name: "orders",
          fields: [
            "customer",
            "kilos of mettwurst",
            "kilos of lachsschinken",
            "posted or picked up",
            "paid or not",
            "address",
          ],
        },
        { name: "smokes", fields: ["date in", "date out", "how many kilos"] },
      ],
      excluded: ["cellar door", "kangaroo"],
      background: ["exercise book"],
    },
  },
  {
    id: "new-forest-pannage-pork",
    who: "A commoner near Burley, in the New Forest in Hampshire, whose family has turned animals out on the Forest for longer than anybody remembers and who every autumn turns his pigs out for the pannage, to eat the acorns under the oaks, and sells the pork as half pigs, quarters and sausages off the farm, in the New Forest English of Burley, in long paragraphs ('Morning', 'the Forest', 'commoning', 'our Maureen', 'the Verderers', 'the agister', \"I tell 'ee\", 'blow me', \"the Queen's Head\", \"that's his lookout, nothing to do with the pork\", 'leave that be', 'Cheerio then'): a program on the kitchen computer with no password and nothing on the internet, for him and his wife, only pigs born and bred on the holding and never a weaner bought in, pigs on the Forest only in the pannage season the Verderers set, sixty days at the least, every pig ringed, marked and paid for with the agister before it goes out, killing in December and January only with the pork ready the Saturday after, £190 a half, £100 a quarter and £6 a pack of sausages, twenty halves a year and first come first served, a £50 deposit and the rest on collection, collected at the farm or at Ringwood market on a Wednesday and never posted, no pig with less than thirty days on the acorns sold as pannage pork; records after colons on lines with half or quarter, deposit paid or not and collected or not in them, an order one customer's and most customers ordering every winter; an order book by the phone today; his brother's ponies and the drift \"that's his lookout, nothing to do with the pork\", hog roasts for weddings 'leave that be'",
    says: {
      overview:
        "Morning. Colin Purkiss, and I'm a commoner in the New Forest, out Burley way. For them as don't know, that means our holding has the old rights to turn animals out on the Forest, and my family's been commoning here longer than anybody can remember, my grandfather and his father before him. Every autumn there's the pannage, when the pigs go out under the oaks to eat up the acorns, and the pork off a pannage pig is something else, I tell 'ee. We sell it ourselves, half pigs and quarters and sausages, off the farm. Right now folk ring the house or catch me at Ringwood market of a Wednesday, and our Maureen writes it all in the order book by the phone, and I write it on whatever's handy, and there's your trouble. Last Christmas the vicar had a half pig off us for the old folks' dinner at the village hall, ordered back in October and paid up, and blow me if I hadn't sold that very same half at the market the week before, it was in the book and I never looked. Forty old folk sat down to turkey roll out of the freezer at the Co-op, and the vicar made a little joke about it in his sermon, and it was all round the Forest by the Monday. I couldn't show my face in the Queen's Head for a month. Our grandson Kieran's doing computing at Brockenhurst College, and he reckons he can make us a proper program for the computer in the kitchen.",
      more: "Only me and Maureen will use it, on the computer in the kitchen. No password, there's nobody else going to touch it. And we don't want it on the internet, nor folk ordering off a website, they can ring us same as they always have.",
      walkthrough:
        "Right. Some of this is ours and some of it's the Forest's, set down by the Verderers, so there's no arguing with it.\n\nWe only sell pork off pigs born and bred on our own holding, we never buy in a weaner.\n\nThe pigs only go out on the Forest in the pannage season, when the Verderers say, which is sixty days at the least, mostly September into November.\n\nEvery pig that goes on the Forest has a ring in its nose and is marked and paid for with the agister before it goes out.\n\nWe kill in December and January only, after the pannage, and the pork's ready the Saturday after.\n\nA half pig is £190, a quarter is £100, and sausages are £6 a pack.\n\nThere's twenty halves a year and no more, that's all the pigs we've got, first come first served.\n\nIt's £50 deposit when you order, and the rest when you come for it.\n\nYou collect from the farm or from the market at Ringwood on a Wednesday, we don't post pork and we don't deliver.\n\nIf a pig's not had thirty days on the acorns, it's not sold as pannage pork, it goes for sausages.",
      things:
        "Customers: name, phone, village\nPigs: tag number, born, date out on the Forest, date killed\nOrders: customer, pig, half or quarter, packs of sausages, deposit paid or not, collected or not\nOne order's for one customer, and most of our customers have an order every winter.",
      extras: [
        "My brother Graham looks after the family's ponies and goes out on the drift, that's his lookout, nothing to do with the pork. And folk are forever asking will we do a hog roast for their wedding, we don't, so leave that be.",
        "That's the lot. Cheerio then.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program for the kitchen computer, nothing on the internet"],
      Accounts: "No password. Just me and Maureen on the kitchen computer.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "only sell pork off pigs born and bred on our own holding we never buy in a weaner",
        "pigs only go out on the Forest in the pannage season when the Verderers say sixty days at the least",
        "every pig that goes on the Forest has a ring in its nose is marked and paid for with the agister",
        "kill in December and January only after the pannage the pork's ready the Saturday after",
        "half pig is £190 quarter is £100 sausages are £6 a pack",
        "twenty halves a year and no more first come first served",
        "£50 deposit when you order the rest when you come for it",
        "collect from the farm or from the market at Ringwood on a Wednesday we don't post pork",
        "pig's not had thirty days on the acorns it's not sold as pannage pork",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "village"] },
        { name: "pigs", fields: ["tag number", "born", "date out on the Forest", "date killed"] },
        {
          name: "orders",
          fields: [
            "customer",
            "pig",
            "half or quarter",
            "packs of sausages",
            "deposit paid or not",
            "collected or not",
          ],
        },
      ],
      excluded: ["ponies", "hog roast"],
      background: ["order book"],
    },
  },
  {
    id: "wewa-tupelo-honey",
    who: "A woman in Wewahitchka (Wewa), in the Florida Panhandle, whose daddy keeps about 400 hives and every spring carries them by boat onto platforms in the river swamp along the Apalachicola and the Chipola by the white tupelo trees, selling tupelo and wildflower honey in jars, in the Panhandle English of Wewa, in between (\"Hey y'all\", 'Daddy', 'Granddaddy', \"fixin' to\", \"don't\" for doesn't, 'Lord have mercy', 'the Star', \"that's Uncle Ray's business, not ours\", \"y'all leave that off\", \"Y'all have a blessed day\"): a website where customers order and pay without an account, she and her daddy see everything and the money and the cousin who packs sees what to ship but not the money, honey only off their own hives, tupelo only what comes off in April and May while the white tupelo blooms, never heated and never mixed, sold as wildflower if the lab test doesn't say tupelo, $18 for a 1 lb jar of tupelo, $45 for a 3 lb jar and $10 a pound for wildflower, shipped anywhere in the lower 48 for $12 and nothing overseas, more than 12 jars going out the next week, no shipping while a hurricane is in the Gulf till the roads are clear, paid by card on the website; records after colons inline with shipped or picked up and paid or not in them, an order one customer's and a lot of customers ordering every year; the calendar on the fridge and Facebook today; her uncle's airboat tours \"that's Uncle Ray's business, not ours\", beeswax candles \"y'all leave that off\"; the queen's age taken off the hives and a tracking number put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hey y'all. I'm Tammy Whitfield from Wewahitchka, Wewa, up in the Florida Panhandle. My daddy keeps about 400 hives, and every spring we carry them out on the boat and set them on platforms in the swamp along the Apalachicola and the Chipola, right by the white tupelo trees, because real tupelo honey don't hardly come from anywhere else. Granddaddy started it. Right now folks call the house or message me on Facebook, and Mama writes it on the calendar on the fridge, and that's where it all went wrong. Last fall we had 200 jars promised to a store over in Apalachicola for the Seafood Festival, and my brother had already sold the same jars back in May at the Tupelo Festival to a man from Atlanta. The store lady told it at church and then it was in the Star. Lord have mercy. My nephew Caleb is at Gulf Coast State College in Panama City and he's fixin' to build us a website.",
      more: "Folks need to order and pay on the website without making an account. Me and Daddy see everything and the money. My cousin Dustin packs the boxes, so he needs to see what to ship, but not the money.",
      walkthrough:
        "This is how we do:\nWe only sell honey off our own hives.\nTupelo is only what we take off in April and May, when the white tupelo blooms.\nWe never heat it and we never mix it with any other honey.\nIf the lab test don't say tupelo, we sell it as wildflower.\nA 1 lb jar of tupelo is $18, a 3 lb jar is $45, and wildflower is $10 a pound.\nWe ship anywhere in the lower 48 for $12, nothing overseas.\nMore than 12 jars and it goes out the next week.\nIf there's a hurricane in the Gulf, we don't ship till the roads are clear.\nFolks pay with a card on the website.",
      things:
        "Customers: name, phone, email, address. Orders: customer, 1 lb jars, 3 lb jars, wildflower jars, shipped or picked up, paid or not. Hives: number, bee yard, queen's age. One order is for one customer, and a lot of them order every year.",
      thingsChange:
        "Wait, two things. Take the queen's age off the hives, Daddy don't keep up with that. And put a tracking number on the orders, folks are always calling asking where it's at.",
      extras: [
        "My Uncle Ray runs airboat tours on the river, that's Uncle Ray's business, not ours. And folks ask for beeswax candles all the time, y'all leave that off, we don't make them.",
        "That's all. Y'all have a blessed day.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Folks order and pay without an account. Me and Daddy see everything and the money. Dustin sees what to ship, not the money.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "only sell honey off our own hives",
        "tupelo is only what we take off in April and May when the white tupelo blooms",
        "never heat it never mix it with any other honey",
        "lab test don't say tupelo we sell it as wildflower",
        "1 lb jar of tupelo is $18 3 lb jar is $45 wildflower is $10 a pound",
        "ship anywhere in the lower 48 for $12 nothing overseas",
        "more than 12 jars it goes out the next week",
        "hurricane in the Gulf we don't ship till the roads are clear",
        "pay with a card on the website",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "email", "address"] },
        {
          name: "orders",
          fields: [
            "customer",
            "1 lb jars",
            "3 lb jars",
            "wildflower jars",
            "shipped or picked up",
            "paid or not",
            "tracking number",
          ],
        },
        { name: "hives", fields: ["number", "bee yard"] },
      ],
      excluded: ["airboat", "candles"],
      background: ["calendar"],
    },
  },
  {
    id: "tokomaru-bay-rewena",
    who: "A young woman at Tokomaru Bay, on the East Coast of the North Island (Tairāwhiti), Ngāti Porou, who with her aunty bakes rēwena, the Māori potato bread raised on a potato starter (the bug) kept going since her nan was a girl, and fried bread in the old kitchen behind her nan's house for people up and down the coast, in the East Coast English of Tokomaru Bay, in lower-case fragments ('kia ora', 'up the coast', 'the bug', 'nans', 'the marae', 'the kuia', 'the wharf', 'lol', 'thats his mahi not ours', 'nah we dont do that', 'ngā mihi, chur'): a phone app for her, her aunty and her cousin, all seeing everything and the money and the customers not using it, working without signal up the coast and catching up back at the bay, rēwena baked only on Thursdays and Saturdays, orders by 7 pm the day before, $8 a loaf and $2 a fried bread with six fried bread at least, 60 loaves a bake at most for the oven, the bug fed every day and no rēwena on a day it's off, drop offs to Tokomaru, Waipiro Bay and Ruatoria for $4 and nothing past Ruatoria, pick up at nan's any time after 10, no orders in a week with a tangi at the marae, paid on getting it by cash or bank transfer; records in brackets inline in lower case with pick up or drop off and paid or not in them, an order one customer's and the kuia ordering every week; the back of the power bill and Facebook messages today; her uncle's horse treks on the beach 'thats his mahi not ours', kina and crayfish 'nah we dont do that'; who baked taken off the bakes and sliced y/n put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "kia ora. im hine, 31, from tokomaru bay up the coast, ngāti porou. me n my aunty bake rēwena n fried bread out of the old kitchen behind nans house, the bug (the potato starter) has been going since nan was a girl. ppl up n down the coast order it, tokomaru, waipiro bay, ruatoria. rn they txt me or fb msg n i write it on the back of the power bill lol. last easter we had 40 loaves promised to the marae for a hui n my cousin sold 25 of them to the surfers at the wharf. the kuia were not happy, whole coast knew by sunday. my nephews doing IT at EIT in gisborne, hes making us an app",
      more: "just me, aunty n my cousin mere, on our phones. we all see everything n the money. customers dont use it, they just txt. no signal half the way up the coast so it has to work without it n catch up when we get back to the bay",
      walkthrough:
        "rules:\nrēwena baked thursdays n saturdays only\norders by 7pm the day before\nloaf $8, fried bread $2 each, min 6 fried bread\nmax 60 loaves a bake, thats all the oven fits\nthe bug gets fed every day, if its off theres no rēwena that day\ndrop offs tokomaru, waipiro bay n ruatoria $4, nothing past ruatoria\npick up at nans anytime after 10\ntangi at the marae = we bake for the marae, no orders that week\npay when u get it, cash or bank transfer",
      things:
        "customers (name, phone, where), orders (customer, day, loaves, fried bread, pick up or drop off, paid or not), bakes (day, loaves, who baked). 1 order is 1 customer, the kuia order every week",
      thingsChange:
        "oh wait 2 things. take who baked off bakes, its always me n aunty. n put sliced y/n on orders, the kuia want it sliced",
      extras: [
        "my uncle does horse treks on the beach for tourists, thats his mahi not ours. n ppl keep asking for kina n crayfish, nah we dont do that",
        "thats it. ngā mihi, chur",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "just me, aunty n mere. we all see everything n the money. customers dont use it",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "rēwena baked thursdays n saturdays only",
        "orders by 7pm the day before",
        "loaf $8 fried bread $2 each min 6 fried bread",
        "max 60 loaves a bake",
        "the bug gets fed every day if its off theres no rēwena that day",
        "drop offs tokomaru waipiro bay n ruatoria $4 nothing past ruatoria",
        "pick up at nans anytime after 10",
        "tangi at the marae we bake for the marae no orders that week",
        "pay when u get it cash or bank transfer",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "where"] },
        {
          name: "orders",
          fields: [
            "customer",
            "day",
            "loaves",
            "fried bread",
            "pick up or drop off",
            "paid or not",
            "sliced y/n",
          ],
        },
        { name: "bakes", fields: ["day", "loaves"] },
      ],
      excluded: ["treks", "crayfish"],
      background: ["power bill"],
    },
  },
  {
    id: "bolga-basket-coop-api",
    who: "A developer in Accra from Bolgatanga, in the Upper East of Ghana, whose mother weaves in a basket cooperative at Sumbrungu near Bolga, where the women weave Bolga baskets from elephant grass for exporters who sell them in shops in Europe and America, in the Frafra-coloured Ghanaian English of Bolgatanga, in short plain sentences ('Good morning oo', 'Bolga', 'the coop', 'the shed', 'market day', 'mobile money', \"That one is his own business, not the coop's\", \"We don't do that one\", 'God bless'): a service without screens, in Python with Flask and PostgreSQL, that the coop's website where exporters order, the tablet at the shed and the office computer call with keys, him and the coop secretary as admins and the weavers never logging in but getting an SMS, only members selling through the coop, baskets brought in only on Bolga market day every third day, every basket checked at the shed for holes, a tight handle and the right size, GH₵60, GH₵120 and GH₵200 to the weaver for small, medium and large, exporters ordering 100 baskets at least and paying half on ordering and half before the container leaves, 10% kept for the shed and the dyes, weavers paid by mobile money within 2 days, no basket from a child under 15; records after colons inline with half paid or full paid and passed or failed in them, an order one exporter's and an exporter with many orders; the secretary's big notebook and cash at the shed today; his uncle's shea butter \"That one is his own business, not the coop's\", straw hats \"We don't do that one\"; Python, Flask and PostgreSQL",
    says: {
      overview:
        "Good morning oo. My name is Atanga Akolgo. I am a developer in Accra, but I am from Bolgatanga, in the Upper East. My mother is a weaver in a basket cooperative at Sumbrungu, near Bolga. The women weave Bolga baskets from elephant grass, in many colours. Exporters buy them for shops in Europe and America. Now the secretary writes everything in a big notebook, and the weavers are paid in cash at the shed. Last year a buyer from the Netherlands ordered 400 large baskets for Christmas. The notebook said 400 were ready. But 120 of them had failed the check, with holes and loose handles. The container left short, and the buyer cancelled the next order. My mother cried that evening. So I am building a service for the coop.",
      more: "It is only the API, no screens from me. The coop's website where exporters order, the tablet at the shed and the office computer in Bolga will call it, each with its own key. The secretary and I are the admins. Weavers do not log in. They get an SMS when their basket passes the check and when they are paid.",
      walkthrough:
        "The coop's rules:\n1. Only members of the coop can sell baskets through it.\n2. Baskets come in only on Bolga market day, every third day.\n3. Every basket is checked at the shed: no holes, the handle tight, the size right. A failed basket goes back to the weaver.\n4. The coop pays the weaver GH₵60 for small, GH₵120 for medium and GH₵200 for large.\n5. Exporters order 100 baskets at least.\n6. Exporters pay half when they order and the other half before the container leaves.\n7. The coop keeps 10% of every sale for the shed and the dyes.\n8. Weavers are paid by mobile money within 2 days.\n9. No basket from a child under 15. The exporters check this.",
      things:
        "Weavers: name, village, phone, member number, mobile money number. Exporters: company, country, email. Orders: exporter, small baskets, medium baskets, large baskets, colours, half paid or full paid. Baskets: weaver, size, date, passed or failed, order. One order is for one exporter. One exporter can have many orders.",
      extras: [
        "My uncle sells shea butter in Bolga market. That one is his own business, not the coop's. Some people ask us to sell the straw hats also. We don't do that one.",
        "That is all. Thank you, and God bless.",
      ],
      tech: "Python with Flask, and PostgreSQL. That is what I use at my work in Accra.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "The website, the shed tablet and the office computer get API keys. The secretary and I are admins. Weavers do not log in, they get an SMS.",
      Technology: "I have preferences",
      "Back end": "Python with Flask",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "only members of the coop can sell baskets through it",
        "baskets come in only on Bolga market day every third day",
        "every basket is checked at the shed no holes the handle tight the size right",
        "coop pays the weaver GH₵60 for small GH₵120 for medium GH₵200 for large",
        "exporters order 100 baskets at least",
        "exporters pay half when they order the other half before the container leaves",
        "coop keeps 10% of every sale for the shed and the dyes",
        "weavers are paid by mobile money within 2 days",
        "no basket from a child under 15",
      ],
      tables: [
        {
          name: "weavers",
          fields: ["name", "village", "phone", "member number", "mobile money number"],
        },
        { name: "exporters", fields: ["company", "country", "email"] },
        {
          name: "orders",
          fields: [
            "exporter",
            "small baskets",
            "medium baskets",
            "large baskets",
            "colours",
            "half paid or full paid",
          ],
        },
        { name: "baskets", fields: ["weaver", "size", "date", "passed or failed", "order"] },
      ],
      excluded: ["shea", "hats"],
      background: ["notebook"],
      stack: ["Python", "Flask", "PostgreSQL"],
    },
  },
  {
    id: "lough-erne-cruiser-hire",
    who: "A woman near Kesh, on the shore of Lower Lough Erne in County Fermanagh, who with her husband runs the boat hire his father started in the seventies, six cabin cruisers and four day boats let to people from Belfast, Dublin, Germany and the Netherlands, in the Fermanagh English of Kesh, in long paragraphs ('Hiya', 'the lough', 'wee', 'so it is', 'thon', 'a brave while', 'mortified', 'the Impartial Reporter', \"that's Alan's own affair, so it is\", 'leave that well out', 'Cheerio now'): a program on the office computer at the jetty with no password, for her and her husband, the customers not using it, boats out from the middle of March to the end of October, cruisers by the week Saturday to Saturday or a short break Friday to Monday or Monday to Friday, £1,100 and £650 for a four-berth cruiser, £1,450 and £850 for a six-berth and £120 a day for a day boat, a £250 deposit and the rest eight weeks before, nobody out in a cruiser without the hour's training on the lough, a skipper 21 or over, day boats in and cruisers tied up when the wind is over force 6, the cruisers kept on the Erne and never down the Shannon-Erne Waterway, cruisers back by ten on the last morning; records spread over sentences (\"There's the boats, each one with …\", \"Then the customers, that's …\", \"And the bookings, with …\") with cruiser or day boat, week or short break or day, deposit paid or not and trained or not in them, a booking for one boat and a boat with bookings all summer; the wall planner in the office today; her brother-in-law's bait and tackle shop \"that's Alan's own affair, so it is\", the waterbus to Devenish 'leave that well out'; the engine hours put on the boats at the review",
    says: {
      overview:
        "Hiya. I'm Gillian Armstrong, and me and Trevor have a wee boat hire on the shore of Lower Lough Erne, just outside Kesh in County Fermanagh. We've six cabin cruisers and four day boats, and people come from all over, Belfast, Dublin, Germany, the Netherlands, to spend a week on the lough, going round the islands and up to Enniskillen and tying up wherever they like. Trevor's father started it with two boats in the seventies, so it's been going a brave while. Right now the bookings come in by phone and by email, and I write them on the big wall planner in the office at the jetty, and Trevor's brother Alan helps out on the boats and takes bookings too when he's about. Last July a family came up from Dublin with three wee ones for the week they'd booked back in January, paid and all, and didn't Alan have thon same cruiser let to four German fishermen since the Saturday. The children stood on the jetty crying, so they did, and the mother wrote to the Impartial Reporter, and it was in the paper the Thursday after with a photo of the empty jetty. I was mortified. Our Rebecca's doing computing at the South West College in Enniskillen and she says she'll make us a program for the office computer.",
      more: "It's just me and Trevor on the office computer at the jetty, no password, sure who'd be at it. The customers won't use it at all, they'll still ring or email and I'll put them in myself.",
      walkthrough:
        "Right, this is how it goes with us.\n\nThe boats only go out from the middle of March to the end of October, the lough's no place for a holiday in the winter.\n\nA cruiser's hired for a week, Saturday to Saturday, or a short break, Friday to Monday or Monday to Friday.\n\nA four-berth cruiser is £1,100 for the week and £650 for a short break, a six-berth is £1,450 and £850, and a day boat is £120 the day.\n\nThere's a £250 deposit when you book, and the rest eight weeks before you come.\n\nNobody takes a cruiser out without the hour's training on the lough with Trevor first, no matter how many boats they've had.\n\nWhoever's skipper has to be 21 or over.\n\nIf the wind's over force 6, the day boats don't go out at all and the cruisers stay tied up till it drops.\n\nThe cruisers stay on the Erne, they don't go down the Shannon-Erne Waterway, the insurance doesn't cover it.\n\nCruisers are back at the jetty by ten o'clock on the last morning, for the cleaning.",
      things:
        "Let me think. There's the boats, each one with its name, how many berths and cruiser or day boat. Then the customers, that's their name, phone, email and where they're from. And the bookings, with the customer, the boat, the start date, week or short break or day, deposit paid or not and trained or not. A booking's for the one boat, and a boat has bookings all summer long.",
      extras: [
        "Alan has a wee bait and tackle shop at the marina as well, that's Alan's own affair, so it is, nothing to do with the boats. And people are always asking us about the waterbus out to Devenish, that's not ours at all, leave that well out.",
        "That's us, I think. Cheerio now, and thanks.",
      ],
    },
    picks: {
      Kind: ["Something else", "A program for the office computer at the jetty"],
      Accounts: "No password. Just me and Trevor on the office computer.",
    },
    atReview: [
      "That's it, nearly. Would you put the engine hours on the boats, Trevor needs them for the servicing.",
      "Dead on, that's lovely. Thanks very much.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "boats only go out from the middle of March to the end of October",
        "cruiser's hired for a week Saturday to Saturday or a short break Friday to Monday or Monday to Friday",
        "four-berth cruiser is £1,100 for the week £650 for a short break six-berth is £1,450 and £850 day boat is £120 the day",
        "£250 deposit when you book the rest eight weeks before you come",
        "nobody takes a cruiser out without the hour's training on the lough",
        "whoever's skipper has to be 21 or over",
        "wind's over force 6 the day boats don't go out the cruisers stay tied up",
        "cruisers stay on the Erne they don't go down the Shannon-Erne Waterway",
        "cruisers are back at the jetty by ten o'clock on the last morning",
      ],
      tables: [
        { name: "boats", fields: ["name", "how many berths", "cruiser or day boat", "engine hours"] },
        { name: "customers", fields: ["name", "phone", "email", "where they're from"] },
        {
          name: "bookings",
          fields: [
            "customer",
            "boat",
            "start date",
            "week or short break or day",
            "deposit paid or not",
            "trained or not",
          ],
        },
      ],
      excluded: ["tackle", "waterbus"],
      background: ["wall planner"],
    },
  },
  {
    id: "ajrakhpur-print-prices",
    who: "A .NET developer in Bhuj, in Kutch in Gujarat, whose father and uncle print Ajrakh in the family workshop in Ajrakhpur, where the family moved from Dhamadka after the 2001 earthquake, cloth printed on both sides with carved wooden blocks in madder and indigo and sold by the metre to shops in Ahmedabad, Mumbai and Delhi and to designers, in the Kutchi English of Bhuj, in short plain sentences ('Salaam', 'my abba', 'my chacha', 'after the earthquake', 'They talked', \"That is his business. The library has nothing to do with it\", \"We don't do bandhani\", 'Shukriya'): a C# library, a NuGet package, for the workshop's billing program and the website's quote page, keeping nothing, given the cloth, the metres, one side or both sides and giving back the metres and the price, priced by the metre and rounded up to the full metre, cotton ₹650, modal silk ₹1,400 and mashru ₹1,800 a metre, only natural cloth and no price for polyester, 40% more for both sides, under 5 metres priced as 5, 10% off at 100 metres or more, GST at 5% on top, rounded to the nearest 10 rupees, giving back the metres, the price before GST, the GST and the total; his father's diary today; his cousin's scarves sold to the tourists who visit the workshop \"That is his business. The library has nothing to do with it\", bandhani \"We don't do bandhani\"; rush orders at 25% more taken out at the review; C#",
    says: {
      overview:
        "Salaam. My name is Irfan Khatri. I am a .NET developer in Bhuj, in Kutch. My abba and my chacha print Ajrakh in our workshop in Ajrakhpur. Our family came there from Dhamadka after the earthquake. Ajrakh is printed with wooden blocks on both sides of the cloth, in madder and indigo, and it is washed many times between the printings. Shops in Ahmedabad, Mumbai and Delhi buy it by the metre, and designers also. Now abba and chacha give prices from abba's diary and from their heads. Last Diwali a shop in Mumbai and a designer in Delhi asked for the same cloth, the same metres. Abba said ₹78,000 to one. Chacha said ₹96,000 to the other. The shop owner and the designer are friends. They talked. Both orders went. Abba and chacha did not sit together for two weeks. So I am writing one library for the price.",
      more: "It keeps nothing. You give the cloth, the metres, one side or both sides, and how many days the customer can wait. It gives back the metres and the price. Our billing program in the workshop uses it, and the quote page on our website also.",
      walkthrough:
        "The rules, from abba:\n1. Price is per metre, and metres are always rounded up to the full metre.\n2. Cotton is ₹650 a metre, modal silk ₹1,400 a metre, mashru ₹1,800 a metre.\n3. We print only on natural cloth. For polyester, the library will not give a price.\n4. Printed on both sides, that is true Ajrakh, add 40%.\n5. Less than 5 metres is priced as 5 metres.\n6. 100 metres or more, 10% off.\n7. Rush orders, needed in less than 30 days, add 25%.\n8. GST at 5% on top.\n9. Round to the nearest 10 rupees.\n10. It gives back the metres, the price before GST, the GST and the total.",
      extras: [
        "My chacha's son sells scarves to the tourists who come to see the workshop. That is his business. The library has nothing to do with it. Some shops ask us for bandhani also. We don't do bandhani, that is other families' work.",
        "That's all. Shukriya.",
      ],
      tech: "C#, a NuGet package. The billing program is a .NET desktop app and the website is ASP.NET Core.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "C#",
    },
    atReview: [
      "Correct. One change: take out the rush orders. Abba says no more rush, indigo takes its own time.",
      "Now it is correct. Shukriya.",
    ],
    expect: {
      kind: "library",
      features: [
        "price is per metre metres are always rounded up to the full metre",
        "cotton is ₹650 a metre modal silk ₹1,400 a metre mashru ₹1,800 a metre",
        "print only on natural cloth for polyester the library will not give a price",
        "printed on both sides add 40%",
        "less than 5 metres is priced as 5 metres",
        "100 metres or more 10% off",
        "GST at 5% on top",
        "round to the nearest 10 rupees",
        "gives back the metres the price before GST the GST and the total",
      ],
      tables: [],
      excluded: ["tourists", "bandhani", "rush"],
      background: ["diary"],
      stack: ["C#"],
    },
  },
  {
    id: "chincoteague-oyster-cli",
    who: "A developer who works remote from Chincoteague Island, on Virginia's Eastern Shore, whose dad has an oyster lease in Chincoteague Bay, cages on the bottom, selling to restaurants up to Ocean City and to walk-ups at the dock, in the Eastern Shore English of Chincoteague, in terse lower-case fragments ('hey', 'been-here not a come-here', 'the bay', 'vdh', 'ocean city', 'pony penning', 'the channel', 'his thing not ours', 'nope', 'later'): a Rust command-line tool with SQLite on the laptop in the shed, one binary, for him, his dad and his cousin, no harvest while the bay is closed and 2 inches of rain closing it 3 days, market oysters only at 3 inches and up, a tag on every bag with the date, time, lease and area, May to September on ice within 2 hours of harvest, cages flipped every 2 weeks, 100 oysters a bag at $70 to restaurants and $1 each to walk-ups, tags kept 90 days, no harvest in pony penning week; records after colons inline in lower case with paid y/n in them and a cage's size and a buyer's type in brackets (seed, mid, market; restaurant, wholesale, walk-up), a sale one buyer's and restaurants buying every week; a notebook on the boat and a spreadsheet nobody opens today; his uncle's kayak tours out to the ponies 'his thing not ours', clams 'nope'; the water temp put on the harvests at the review; commands and flags; Rust and SQLite",
    says: {
      overview:
        "hey. cody, dev, remote from chincoteague, been-here not a come-here lol. my dad has an oyster lease in chincoteague bay, cages on the bottom, sells to restaurants up to ocean city n walk-ups at the dock. rn its a notebook on the boat n a spreadsheet i set up that nobody opens. last aug we got 3 in of rain, bay got closed, dad didnt check n sold 20 bags the next morning. vdh pulled em from 3 restaurants in ocean city n we nearly lost the lease. so a cli",
      more: "just dad, me n my cousin, on the laptop in the shed. one binary, signal on the dock is garbage",
      walkthrough:
        "rules\n- no harvest when the bay is closed, 2 in of rain closes it 3 days\n- only market oysters, 3 in n up\n- every bag gets a tag w date, time, lease n area\n- may to sept, on ice within 2 hrs of harvest\n- cages flipped every 2 wks\n- 100 oysters a bag, $70 a bag to restaurants, $1 each walk-up\n- tags kept 90 days\n- no harvest pony penning week, the channels a zoo",
      things:
        "cages: number, row, seed date, size (seed, mid, market). harvests: date, time, cage, bags. buyers: name, phone, type (restaurant, wholesale, walk-up). sales: buyer, date, bags, paid y/n. 1 sale is 1 buyer, restaurants buy every week",
      commands:
        "like: salts cage --row 4 --size seed, salts flip --row 4, salts harvest --cage 112 --bags 6, salts tag --harvest 31 (prints the tag), salts sell --buyer 3 --bags 4, salts rain --inches 2.3 (closes harvest 3 days), salts due (cages not flipped in 2 wks), salts today (whats closed + whats due)",
      extras: [
        "my uncle does kayak tours out to see the ponies, his thing not ours. ppl ask about clams too, nope, oysters only",
        "thats it. later",
      ],
      tech: "rust w sqlite. one binary on the shed laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Rust",
    },
    atReview: ["looks right. 1 thing, put water temp on harvests, vdh wants it in summer", "good. later"],
    expect: {
      kind: "command-line tool",
      features: [
        "no harvest when the bay is closed 2 in of rain closes it 3 days",
        "only market oysters 3 in n up",
        "every bag gets a tag w date time lease n area",
        "may to sept on ice within 2 hrs of harvest",
        "cages flipped every 2 wks",
        "100 oysters a bag $70 a bag to restaurants $1 each walk-up",
        "tags kept 90 days",
        "no harvest pony penning week",
      ],
      tables: [
        { name: "cages", fields: ["number", "row", "seed date", "size"] },
        { name: "harvests", fields: ["date", "time", "cage", "bags", "water temp"] },
        { name: "buyers", fields: ["name", "phone", "type"] },
        { name: "sales", fields: ["buyer", "date", "bags", "paid y/n"] },
      ],
      excluded: ["kayak", "clams"],
      background: ["notebook", "spreadsheet"],
      stack: ["Rust", "SQLite"],
      commands: [
        "cage",
        "flip",
        "harvest",
        "tag",
        "sell",
        "rain",
        "due",
        "today",
        "--row",
        "--size",
        "--cage",
        "--bags",
        "--harvest",
        "--buyer",
        "--inches",
      ],
    },
  },
  {
    id: "branzi-formai-de-mut",
    who: "A woman in Branzi, in the upper Val Brembana above Bergamo in Lombardy, whose family has made Formai de Mut, the valley's mountain cheese, since her grandfather was a boy, in the village byre in winter and up at the summer pasture (l'alpeggio) from June to September, sold at the dairy (la casera) and by post, in Lombard (never used before: Italian was written and Piedmontese, Ligurian, Venetian, Friulian and Romansh were written, Lombard never; as she types it, in between, in an everyday spelling with the Italian words the valley mixes in: 'Ciao a töcc', 'ol mé nóno', 'ü s-cèt', 'i àche', \"l'alpeggio\", 'la casera', 'i todèsch', 'Che figüra!', 'ü sito internet', 'i sólcc', \"chèl lé l'è mia afare nòst\", 'lassì stà', 'Gràssie tante, stì bé!'): a website where customers order and pay without an account, she and her husband see everything and the money and the lad who works in the dairy sees what to send but not the money, only their own cows' milk and never bought milk, the cows up at the alpeggio from June to September and the alpeggio cheese made only up there, no cheese sold before 45 days of ageing, a whole wheel 160 euros, half 85 euros and a kilo piece 20 euros, posted only in Italy at 12 euros a parcel and nothing posted in July and August, four whole wheels an order at most, paid straight away by card or bank transfer, nothing posted when snow shuts the road; records told in sentences (\"Ogni cliènt al gh'à …\", \"Ogni ordine al gh'à …\", \"E ogni forma la gh'à …\") with spedìt o ritiràt, pagàt o mia and de l'alpeggio o de la stala in them, an order one customer's and a customer ordering again many times; a quadèrno today; her brother's agriturismo \"chèl lé l'è mia afare nòst\", strachitunt 'lassì stà'; the weight (ol pés) put on the wheels (forme) at the review",
    says: {
      overview:
        "Ciao a töcc! Mé só la Giuliana Pesenti, de Branzi, in alta Val Brembana, sura Bèrghem. La mé famèa la fà ol Formai de Mut de quando ol mé nóno l'era ü s-cèt. D'invèrno i àche i è in stala zó in paìs, e d'estàt i và sö a l'alpeggio, e lassö m'fà ol formài in baita. La gente la vé a compràl in casera, e tance i fà i ordini per telèfono, fina de Milà e de la Svìssera. Adèss scrie töt söl quadèrno, e ol mé òm, ol Giacomo, al ciapa i ordini anche lü, a la fera e al bar. L'an passàt gh'ìe promitìt trenta forme a ü negòsse de Milà per Nedàl, e ol Giacomo al n'à vendìt la metà a ü pullman de todèsch che i è passàcc de l'alpeggio. Ol negòsse l'è restàt sensa, e ol padrù al l'à dìcc a L'Eco di Bergamo. Che figüra! La mé neùda, la Martina, la stödia informatica a Bèrghem, e la ma fà ü sito internet.",
      more: "I clièncc i gh'à de pödì ordinà e pagà söl sito sensa fà ü account. Mé e ol Giacomo m'èd töt, anche i sólcc. Ol Luca, ol ragàs che 'l laura in casera, al gh'à de èd chèl che 'l gh'à de spedì, ma mia i sólcc.",
      walkthrough:
        "Ecco come m'fà nóter:\nOl Formai de Mut m'al fà domà col lat di nòste àche, mai lat comprà.\nDe giögn a setèmber i àche i è sö a l'alpeggio, e ol formài de l'alpeggio m'al fà domà lassö.\nOl formài al se vend mia prima de 45 dé de stagionadüra.\nÖna forma intréga la costa 160 euro, meza forma 85 euro, ü tòch de ü chilo 20 euro.\nM'spedés domà in Italia, 12 euro ol pach.\nDe löi e de agóst m'spedés mia, al fà tròp cald.\nAl màssim 4 forme intréghe per ordine.\nSe paga sübet, con la carta o col bonifico.\nSe la strada l'è sarada per la nef, m'spedés mia.",
      things:
        "Ogni cliènt al gh'à ol nòm, l'indirìs, ol telèfono e la mail. Ogni ordine al gh'à ol cliènt, quante forme intréghe, quante meze forme, quanti tòch, spedìt o ritiràt, e pagàt o mia. E ogni forma la gh'à ol nömer, la data che l'è stada facia, e de l'alpeggio o de la stala. Ü ordine l'è de ü cliènt sul, e ü cliènt al turna a ordinà tante ölte.",
      extras: [
        "Ol mé fradèl, ol Piero, al gh'à ü agriturismo sö la strada del Pass, ma chèl lé l'è mia afare nòst. E la gente la ma domanda se m'fà ol strachitunt, ma chèl lé i la fà in Val Taleggio, lassì stà.",
        "L'è töt. Gràssie tante, stì bé!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "I clièncc i ordina e i paga sensa account. Mé e ol Giacomo m'èd töt e i sólcc. Ol Luca al véd chèl de spedì, mia i sólcc.",
    },
    atReview: [
      "L'è bèl! Amò öna roba: metì ol pés sö i forme, che la gente la öl saì quant la pésa.",
      "Adèss l'è a pòst. Gràssie!",
    ],
    expect: {
      kind: "web app",
      features: [
        "ol Formai de Mut m'al fà domà col lat di nòste àche mai lat comprà",
        "de giögn a setèmber i àche i è sö a l'alpeggio ol formài de l'alpeggio m'al fà domà lassö",
        "ol formài al se vend mia prima de 45 dé de stagionadüra",
        "öna forma intréga la costa 160 euro meza forma 85 euro ü tòch de ü chilo 20 euro",
        "m'spedés domà in Italia 12 euro ol pach",
        "de löi e de agóst m'spedés mia",
        "al màssim 4 forme intréghe per ordine",
        "se paga sübet con la carta o col bonifico",
        "se la strada l'è sarada per la nef m'spedés mia",
      ],
      tables: [
        { name: "cliènt", fields: ["nòm", "indirìs", "telèfono", "mail"] },
        {
          name: "ordine",
          fields: [
            "cliènt",
            "quante forme intréghe",
            "quante meze forme",
            "quanti tòch",
            "spedìt o ritiràt",
            "pagàt o mia",
          ],
        },
        {
          name: "forma",
          fields: ["nömer", "data che l'è stada facia", "de l'alpeggio o de la stala", "pés"],
        },
      ],
      excluded: ["agriturismo", "strachitunt"],
      background: ["quadèrno"],
    },
  },
  {
    id: "nyanga-apple-boxes",
    who: "A woman in Nyanga, in the Eastern Highlands of Zimbabwe in Manicaland, whose family has had an apple orchard since her grandfather's time and sells 10 kg boxes of apples to people in Nyanga, to shops in Mutare and to buyers in Harare, in Shona (never used before: the Zimbabwean English of Bulawayo was used and isiZulu, Setswana and Chichewa were written, Shona never; as she types it, in between, with the English words Zimbabwe mixes in: 'Mhoroi mose', 'sekuru vangu', 'muramu wangu', 'WhatsApp', 'supermarket', 'maneja', 'Ndakanyara chaizvo!', 'app', 'network', 'EcoCash', 'iro ibhizinesi rake, kwete redu', 'siyai izvozvo', 'Ndatenda zvikuru, sarai zvakanaka!'): a phone app for her and her son, both seeing everything and the money and the customers not using it, with the network fine on the farm, apples only from their own orchard, picked from January (Ndira) to April (Kubvumbi), no spraying in the 14 days before picking, a 10 kg box $8 in Nyanga, $10 in Mutare and $12 in Harare, shops buying 20 boxes at least, the lorry to Harare only on Thursdays (China), no selling on Sunday, paid by EcoCash or cash and no credit, no deliveries when heavy rain shuts the road; records after colons on lines with a customer's town in brackets (Nyanga, Mutare kana Harare) and a picking's field in brackets (A, B kana C) and chitoro kana munhu, akabhadhara kana kwete and akaendeswa kana kwete in them, an order one customer's and a customer ordering many times; WhatsApp and a book today; her brother's trout pond 'iro ibhizinesi rake, kwete redu', apple juice 'siyai izvozvo'",
    says: {
      overview:
        "Mhoroi mose! Ndini Rumbidzai Mutasa, ndinogara kuNyanga, kumakomo eManicaland. Mhuri yedu ine munda wemaapuro kubva panguva yasekuru vangu. Tinotengesa mabhokisi emaapuro kuvanhu vekuNyanga, kuzvitoro zvekuMutare nekuvatengi vekuHarare. Parizvino vanhu vanondifonera kana kunditumira WhatsApp, ini ndonyora maodha mubhuku. Muramu wangu Tawanda anotorawo maodha kumusika. Gore rapera ndakavimbisa supermarket yekuMutare mabhokisi 200 eIsita, asi Tawanda akatengesa mabhokisi iwayo kumutengesi akabva kuMbare. Supermarket yakashaya maapuro paIsita, maneja akandifonera achipopota, uye chechi yose yakazviziva. Ndakanyara chaizvo! Muzukuru wangu Farai anodzidza IT kuAfrica University kuMutare, achatigadzirira app yemafoni.",
      more: "Ini nemwanakomana wangu Tatenda chete ndisu tichashandisa app iyi, pamafoni edu. Tese tinoona zvese, nemari yacho. Vatengi havashandisi app, vanongotifonera. Network iripo papurazi, saka hapana dambudziko.",
      walkthrough:
        "Mitemo yedu ndeiyi:\nTinotengesa maapuro emunda wedu chete.\nTinokohwa kubva muna Ndira kusvika muna Kubvumbi.\nHatipfapfaidzi mushonga mazuva 14 tisati takohwa.\nBhokisi re10 kg rinodhura $8 muNyanga, $10 kuMutare uye $12 kuHarare.\nZvitoro zvinotenga mabhokisi 20 zvishoma.\nRori rinoenda kuHarare neChina chete.\nHatitengesi paSvondo.\nMari inobhadharwa neEcoCash kana cash, hapana chikwereti.\nKana mvura yanaya zvakanyanya nzira ikavharika, hatiendesi maodha.",
      things:
        "Vatengi: zita, nhamba yefoni, guta (Nyanga, Mutare kana Harare), chitoro kana munhu\nMaodha: mutengi, zuva, mabhokisi, akabhadhara kana kwete, akaendeswa kana kwete\nKukohwa: zuva, munda (A, B kana C), mabhokisi\nOdha imwe ndeyemutengi mumwe chete, asi mutengi mumwe anoodha kakawanda.",
      extras: [
        "Hanzvadzi yangu ine dziva rehove dzetrout, asi iro ibhizinesi rake, kwete redu. Vanhu vanobvunzawo kana tichitengesa juice yemaapuro, siyai izvozvo, tinotengesa maapuro chete.",
        "Ndizvo zvese. Ndatenda zvikuru, sarai zvakanaka!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "Ini naTatenda chete. Tinoona zvese nemari. Vatengi havashandisi app.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "tinotengesa maapuro emunda wedu chete",
        "tinokohwa kubva muna Ndira kusvika muna Kubvumbi",
        "hatipfapfaidzi mushonga mazuva 14 tisati takohwa",
        "bhokisi re10 kg rinodhura $8 muNyanga $10 kuMutare $12 kuHarare",
        "zvitoro zvinotenga mabhokisi 20 zvishoma",
        "rori rinoenda kuHarare neChina chete",
        "hatitengesi paSvondo",
        "mari inobhadharwa neEcoCash kana cash hapana chikwereti",
        "kana mvura yanaya zvakanyanya nzira ikavharika hatiendesi maodha",
      ],
      tables: [
        { name: "vatengi", fields: ["zita", "nhamba yefoni", "guta", "chitoro kana munhu"] },
        {
          name: "maodha",
          fields: ["mutengi", "zuva", "mabhokisi", "akabhadhara kana kwete", "akaendeswa kana kwete"],
        },
        { name: "kukohwa", fields: ["zuva", "munda", "mabhokisi"] },
      ],
      excluded: ["trout", "juice"],
      background: ["WhatsApp"],
    },
  },
];
