import type { Persona } from "../persona-driver.js";

/**
 * The fiftieth round: people never seen before, written to be held out (or tuned on, with
 * another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records told in sentences ("Every client got
 * …", "Ibri klanti abi …"), after dashes on lines, after colons on lines and inline, and in
 * brackets inline. Eight write in English, each in their own English and their own
 * register, none of them used before (every round-*.ts, index.ts and held-out.ts was
 * searched, their doc comments and every `who`: the Atlanta English of a Georgia State
 * student ("finna", "on god", "fr", "ion"), the Mississippi Delta English of Greenville, the
 * Ozark English of Stone County and the Southern English of Huntsville were used, no
 * English of Memphis was, nor "Memphis", "Tennessee", "Whitehaven", "Orange Mound",
 * "Frayser", "mane", "junt" or "Grizz"; the Ottawa Valley English of a snowmobile club, the
 * Toronto slang of Scarborough, the Chiac of Moncton and the Englishes of Cape Breton,
 * Lunenburg County and Prince Edward Island were used and Newfoundland and Labrador were
 * named, no English of Northern Ontario was, nor "Sudbury", "Nickel City", "Superstack",
 * "Wanapitei", "Hanmer", "pickerel", "skidoo", "two-four", "mononc'" or "holy jeez"; the
 * Englishes of Cork, Kerry, Limerick, Finglas, Waterford, the Rosses, Derry, Belfast and the
 * Ulster Scots of mid-Antrim were used and Galway and Kilkenny were named, no English of
 * Cavan was, nor "Cavan", "Belturbet", "Breffni", "bucketing", "divil", "mighty", "craic",
 * "amn't" or any angling at all; the Englishes of Bengaluru, Chennai, Mumbai, Kolkata,
 * Coorg, Thrissur, Darbhanga and India's North East were used and a Dal Lake houseboat in
 * Srinagar was written, no English of Himachal was, nor "Himachal", "Shimla", "Kotkhai",
 * "pahadi", "Royal Delicious", "Azadpur", "Parwanoo", "aadhti", "pittu", "HPMC", "bilty" or
 * "Namaste ji"; the Englishes of Jamaica, Trinidad, Tobago, Barbados, Guyana, Belize, St
 * Vincent, Grenada, St Lucia, St Kitts, Antigua, Montserrat, Anguilla, the Bahamas, Cayman,
 * St Croix, Bermuda and the Turks and Caicos were used, no English of St. Maarten was, nor
 * "Maarten", "Philipsburg", "Simpson Bay", "St Peters", "Marigot", "Anse Marcel", "ah
 * swear", "real vexed" or any yacht provisioning, and "St. Martin" only as a Louisiana
 * parish; the Ugandan English of Mukono, the Kenyan Englishes of Kericho and Kisumu, the
 * Tanzanian English of Arusha, the South Sudanese English of Juba and the Ethiopian English
 * of Hawassa were used, no English of northern Uganda was, nor "Gulu", "Acholi", "Amuru",
 * "Omoro", "Itye nining", "moo yaa", "Apwoyo" or "sincerely speaking"; the Aboriginal
 * English of Fitzroy Crossing, the Territory English of Humpty Doo, the bush English of
 * Central Queensland, the Tasmanian English of the Meander Valley, the Italian-Australian
 * English of Griffith, the Goldfields English of Kalgoorlie and the English of Thursday
 * Island were used and Adelaide was named only as a market for mangoes, no English of South
 * Australia was, nor "Salisbury", "stobie pole", "fritz", "heaps good", "deadset", "Farmers
 * Union" or "Crows"; the Welsh Englishes of west Wales and of Splott in Cardiff and one with
 * "butt" and "Tidy job" were used and Welsh itself was written, no English of Anglesey was,
 * nor "Anglesey", "Ynys Môn", "Holy Island", "Rhoscolyn", "Trearddur", "panad", "Nain",
 * "Taid", "chwarae teg", "ych a fi" or "hwyl"): the Memphis English of Whitehaven, in long
 * paragraphs ("Orange Mound", "Whitehaven", "Elvis Presley", "mane", "we stay booked",
 * "that junt", "people will try you", "their own selves", "that ain't us", "I'm not no beauty
 * supply", "go Grizz"), the Northern Ontario English of Sudbury, in between ("the Nickel
 * City", "Big Nickel", "Superstack", "mononc'", "tante", "camp", "a two-four",
 * "pickerel", "the skidoo", "holy jeez", "bud", "that's hers, not ours", "Merci"), the Cavan
 * English of Belturbet, in between ("the Breffni county", "a crowd in Dublin", "my da",
 * "the craic is mighty", "bucketing", "divil a bit", "amn't I", "wee", "that's none of our
 * business", "Up Cavan"), the Himachali English of Kotkhai, in short plain sentences
 * ("Namaste ji", "pahadi people", "Royal Delicious", "the aadhti", "Azadpur mandi",
 * "Pittu", "HPMC", "the bilty", "upper blocks", "Nepali labour", "don't add it", "Keep it
 * aside"), the St. Maarten English of the Dutch side, in lower-case fragments ("st peters",
 * "the dutch side", "the french side", "the lagoon", "real vexed", "ah swear", "dat is not
 * we business", "leave it out boy", "thx boy"), the Acholi English of Gulu, in long
 * paragraphs ("Itye nining", "chairperson", "moo yaa", "sincerely speaking", "the solar",
 * "mobile money", "that one is separate", "Apwoyo matek"), the South Australian English of
 * Salisbury, in lower-case fragments ("the northern suburbs", "uni sa", "deadset", "heaps
 * good", "fritz n sauce sangas", "a farmers union", "stobie pole", "thats his, not ours",
 * "nah not doing that", "go crows"), and the English of Anglesey, in between ("Ynys Môn",
 * "Holy Island", "Welsh is my first language", "ych a fi", "chwarae teg", "Nain and Taid",
 * "a panad", "Lovely", "Hwyl fawr"). One writes in Tetum (never used before: Portuguese was
 * written as Brazilian and European and Indonesian beside English and in Jogja's mix, Tetum
 * never, nor "Tetum", "Timor-Leste", "Díli", "Ermera", "Letefoho", "Bondia", "ha'u",
 * "la'ós" or "Obrigada barak", "timor" only inside "Baltimore" and "dili" only as a
 * Cebuano word; as the secretary of a coffee cooperative in Letefoho types it, in short
 * plain sentences, with the Portuguese and Indonesian words Timorese really mix in:
 * "munisípiu", "sekretária", "kooperativa", "membru", "agrikultór", "kompañia", "agora",
 * "depois", "informátika", "komputador", "programa", "eletrisidade", "internet", "kafé
 * pergaminu", "Segunda", "Kuarta", "Sesta", "Kinta-feira", "minimu", "tonelada", "kamiaun",
 * "banku", "fundu", "kuota", "karung", "timbangan", "kwitansi", "ne'e la'ós ami-nia
 * servisu", "keta tau ida ne'e", "Obrigada barak"), and one in Sranan (never used before:
 * Dutch was written, and Papiamentu and West Frisian with their Dutch words, Sranan never,
 * nor "Sranan", "Suriname", "Paramaribo", "Lelydorp", "Wanica", "Fa waka", "Grantangi",
 * "bakabana", "moksi alesi" or "Keti Koti", "odi" only inside other words; as a cook in
 * Lelydorp types it, in between, with the Dutch and English words Surinamese really mix in:
 * "bestelling", "aanbetaling", "overmaken", "contant", "ophalen", "bezorgen", "minimaal",
 * "maximaal", "schrift", "neef", "informatica", "website", "account", "cancel", "dati a no wi
 * afersi", "libi dati, no poti en", "Grantangi, tan bun").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Whitehaven braiding shop (Tuesday through Saturday, the first appointment at 7 and
 * the last starting at 2, knotless at $250, $200 and $160 and boho $50 more, stitch braids
 * $120, kids 12 and under $80 and none under 5, the hair included, a $30 deposit on Cash App
 * off the price, hair washed or $25, $20 late at 15 minutes and the appointment and deposit
 * lost at 30, the deposit moved on 48 hours' notice, one person along, loose braids fixed
 * free in 7 days, 2 clients a braider a day), a coasteering company on Holy Island (Easter
 * to the end of October at 10 and 2 moving with the tide, £55 and £45, nobody under 8, a
 * parent or a signed form under 18, 25 metres of swimming, 8 to a guide and 4 at least,
 * height, weight and shoe size for the wetsuit, Porth Dafarch or a cancel on a big swell
 * or a westerly over force 5, money back 7 days ahead and half after, 10% off for 10, nobody
 * in after a drink) and a Lelydorp cook's pom orders (5 days ahead and a month for Keti Koti
 * and Owru Yari, pom at SRD 900 and SRD 2.000, moksi alesi SRD 600, bakabana SRD 250 for 10,
 * 50% down by transfer or cash, fetched or brought at SRD 150 and SRD 250, 8 big trays a
 * day, never on Sunday, no deposit back in the last 3 days, SRD 100 for a tray not
 * returned), the last in Django with PostgreSQL; phone apps for a Kotkhai apple orchard (15
 * August to 15 October, mornings till 12 and never in rain, six grades with Pittu to HPMC at
 * ₹12 a kg, 24 kg a box at most, every box stamped, Azadpur every evening at ₹100 a box,
 * the aadhti's 6% and 15 days to pay, labour at ₹600 a day and packing ₹15 a box) and a
 * Salisbury skip bin hire (2 to 8 cubic metres at $220 to $520 for 7 days and $15 a day
 * after, Monday to Saturday 7 to 3, a tonne or two and $120 a tonne over, no asbestos,
 * paint or tyres, $80 for an overfilled bin, a council permit and never by a stobie pole,
 * card on booking, a photo at drop and pick up, four councils and $30 more elsewhere);
 * programs on an office computer with no internet to rely on for a Gulu shea butter group
 * (nuts from April to August, 10 cracked from every sack, UGX 2,000 a kilo weighed before
 * the seller, cash to UGX 200,000 and mobile money above, every batch's nuts and butter,
 * UGX 7,000 a processing day, jars at UGX 8,000 and UGX 15,000, 20 kg jerrycans at UGX 18,000
 * a kilo from 5, half before and half before the bus, a batch number and a best before date
 * 12 months on, 30% of the profit kept and 70% shared by days worked) and a Letefoho coffee
 * cooperative (May to August on Monday, Wednesday and Friday 8 to 4, red cherry at $0.50
 * and dry parchment at $2.20 a kilo, weighed before the member, nothing wet or dirty, cash
 * the same day, members only with a $5 yearly fee, 5 cents a kilo to the fund, every sack
 * named, a tonne at least to Díli on Thursday's truck, 30 days for the company to pay); a
 * service without screens, in C# with ASP.NET Core and SQL Server, for a Simpson Bay yacht
 * provisioner that a website and a shoppers' app call (November to May, 48 hours ahead or
 * $75 rush, $250 at least, shelf price plus 15%, the French side $50 more, new boats paying
 * by card first, the chef messaged about a missing item and the closest picked after an
 * hour, fish ordered before 8, wine and liquor by the case 2 days more, coolers back or
 * $40, 4 deliveries a shopper a day); a Python library on PyPI for a Belturbet angling
 * club's match and festival results (pegs in sections of 10, kilos and grams to the gram,
 * only keepnet fish and no pike or trout, 100 grams off a dead fish, the heaviest winning and
 * a level place shared with its money split, €300, €200 and €100 and €50 a section, no
 * section for the top 3, section points from 1 with a dry net at the number of pegs and the
 * better points on a tie, teams of 4 on the lowest points and then the heavier weight, the
 * best 4 of 5 festival days); and a command-line tool in TypeScript with SQLite for a Lake
 * Wanapitei ice hut rental (out on 12 inches of good ice and off the last weekend of March,
 * 8 day huts at $150 and 4 sleepers at $280 a night with 2 nights on weekends, a 20 pound
 * tank and $30 for another, the skidoo at $20 a person, half up front by e-transfer and back
 * 7 days out or on bad ice, licences and the Outdoors Card number, 4 pickerel a guy and $2 a
 * fish cleaned, the ice at every hut once a week), with commands and flags. The St. Maarten
 * developer and the Salisbury skip bin woman answer in lower-case fragments, the Whitehaven
 * braider and the Gulu chairperson in long paragraphs, the Kotkhai grower and the Letefoho
 * secretary in short plain sentences, the others in between.
 *
 * Relations said plainly ("Every appointment is one client with one braider", "every
 * booking is one customer and one hut", "Every box is from one block. Every lot goes to one
 * aadhti", "every order is one yacht's, every order got many items", "every nut buying is
 * from one seller, and every sale is to one buyer", "every hire is one bin for one
 * customer", "Every booking is for one session, and a booking has a few people in it",
 * "Sosa ida-idak husi membru ida", "Ibri bestelling de fu wan klanti"); allowed values in
 * the lists and sentences themselves (been here before or not, deposit paid or not, cash or
 * card, day or sleeper, heater ok y/n, days or nights, hail net or not, sent or not, card or
 * wire, rush y/n, substitute ok y/n, member or not, cash or mobile money, jars or jerrycans,
 * paid or not, damaged y/n, can swim 25 metres yes or no, kuota selu ona ka seidauk, fuan
 * mean ka pergaminu, ophalen noso bezorgen, pai kaba noso no, kon baka noso no) and once in
 * brackets (what a pom order is); background in a paper appointment book and sticky notes,
 * on a calendar and in a coffee can, on the back of the weigh slips with a calculator, in a
 * register and on the bilty, on WhatsApp and a clipboard, in exercise books and a metal box,
 * in a google sheet and a text every morning, on Facebook Messenger and a chalkboard, in a
 * livru boot and kwitansi, in a schrift and WhatsApp; technology named as TypeScript with
 * SQLite, Python on PyPI, C# with ASP.NET Core and SQL Server, and Django with PostgreSQL,
 * and none at all by six of them; "no" said as "that ain't us", "don't put that in there",
 * "that's hers, not ours", "leave that out, bud", "that's none of our business", "leave
 * them out of it", "don't add it", "Keep it aside", "dat is not we business", "leave it out
 * boy", "that one is separate, we do not want it here", "leave it out", "thats his, not
 * ours", "nah not doing that", "that's Dylan's, not ours", "leave that out", "ne'e la'ós
 * ami-nia servisu", "keta tau ida ne'e", "dati a no wi afersi", "libi dati, no poti en";
 * while rules keep their "no" ("under 5 we don't braid", "nobody goes out", "nobody drives a
 * truck out on the lake", "pike and trout don't count at all", "never in rain", "Pittu does
 * not go in boxes", "we do not buy that sack", "no sundays", "nobody under 8", "you're not
 * going in", "ami la sosa", "mi no e wroko").
 *
 * The Whitehaven braider takes the Instagram off the clients and puts the hair color on
 * the appointments, the Kotkhai grower takes the picker off the pickings and puts the colour
 * on the boxes, and the Lelydorp cook takes the address (adres) off the customers (klanti)
 * and puts the pickup time (yuru fu ophalen) on the orders (bestelling), each after "Change
 * something" at "Your data"; the Sudbury developer puts the licence plate on the bookings,
 * the St. Maarten developer puts the allergies on the yachts, the Gulu chairperson puts the
 * batch number on the sales and the Anglesey coasteering woman puts an emergency contact on
 * the people, each at the review. Tetum and Sranan are compared by their own words, so
 * their expected words are in the forms the person used (as "kafé fuan mean $0.50 kada kilu
 * kafé pergaminu maran $2.20 kada kilu", "50% aanbetaling overmaken noso contant tra afu te
 * yu kon teki"); every expected feature was checked to be in one sentence the person said,
 * and the excluded words of all ten were checked not to read like anything they want (not
 * "hair" for the hair she won't sell, when the hair is included in every price, but "beauty
 * supply"; not "fish" for the Legion's fish fry, when cleaning fish is a rule, but "Legion";
 * not "bait" for the tackle shop, but "maggots"; not "orchard" for the brother's cherry
 * orchard, but "cherry"; not "yachts" for the crew placement for the yachts, but "crew
 * placement"; not "soap" in the buyers' trade, which she calls body creams, and "soap" only
 * for the members' liquid soap; not "beach" for the kayak hire on the beach, but "kayak";
 * not "kafé" for the roasted coffee, but "tunu"; not "friyari" for the birthday cakes, but
 * "taart").
 */
export const FIFTIETH_ROUND: Persona[] = [
  {
    id: "whitehaven-braiding-shop",
    who: "A woman from Memphis who grew up in Orange Mound and has had a braiding shop in Whitehaven off Elvis Presley Boulevard for about eight years with three other braiders, in the Memphis English of Whitehaven, in long paragraphs ('Orange Mound', 'Whitehaven', 'Elvis Presley', 'mane', 'we stay booked', 'that junt', 'people will try you', 'their own selves', \"that ain't us\", \"I'm not no beauty supply\", 'go Grizz'): a website where clients pick the style, the size, a braider and a day and pay the deposit without an account, she sees everything and the braiders see their own appointments, open Tuesday through Saturday with the first appointment at 7 in the morning and the last starting at 2 and closed Sunday and Monday, small knotless $250, medium $200 and large $160 with boho $50 more, stitch braids $120 for 6 to 8, kids 12 and under $80 and nobody under 5, the hair included and the same price with your own, a $30 deposit on Cash App that comes off the price and the rest cash or card, hair washed, blow-dried and detangled or $25, a $20 late fee at 15 minutes and the appointment and the deposit lost at 30, the deposit moved on a cancel or move 48 hours before and lost under, one person along and no kids unless they are being braided, a loose braid fixed free in the first 7 days, 2 clients a braider a day; records told in sentences ('Every client got …') with been here before or not, deposit paid or not and cash or card in them, every appointment one client with one braider; a paper appointment book and sticky notes on her mirror today; her cousin's lashes in the back room \"that ain't us\", selling hair \"I'm not no beauty supply, don't put that in there\"; the Instagram taken off the clients and the hair color put on the appointments after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hey, how you doing. My name is LaToya Hardaway, I'm from Memphis, grew up in Orange Mound, and I got a braiding shop in Whitehaven, right off Elvis Presley Boulevard, going on eight years now. It's me and three other braiders, and mane, we stay booked, especially before Easter and back to school. Right now everything is in a paper appointment book at the front and on sticky notes on my mirror, and the deposits come in on Cash App. Last Easter I had two clients booked for small knotless at 8 in the morning with the same girl, Brittany, and one of them drove all the way up from Olive Branch, and both of them sitting in my shop looking at me. I had to do one of them myself and I was there till midnight. My niece Jada is doing computer science at the University of Memphis, and she say she can make us a website for that junt, so people can book their own selves.",
      more: "Clients should go on the website, pick the style and the size, pick a braider and a day, and pay the deposit right there. Me, I see everything. The girls see their own appointments on their phone so they know who coming in the morning.",
      walkthrough:
        "Okay so here's how we do it, and I'm strict, because people will try you.\n\nWe open Tuesday through Saturday, the first appointment is 7 in the morning and the last one start at 2 in the afternoon, and Sunday and Monday we closed.\n\nSmall knotless is $250, medium knotless is $200 and large knotless is $160, and if you want it boho with the curls it's $50 more.\n\nStitch braids are $120 for 6 to 8 braids.\n\nKids 12 and under are $80 for their braids, and under 5 we don't braid, they can't sit that long.\n\nThe hair is included in the price, and if you bring your own hair that's fine, but it's the same price.\n\nTo book you pay a $30 deposit on Cash App and it comes off your price, and the rest you pay cash or card when you done.\n\nCome with your hair washed, blow-dried and detangled, and if you come with it not done it's $25 and we do it.\n\nIf you 15 minutes late it's a $20 late fee, and if you 30 minutes late you lose your appointment and your deposit, I don't care what the traffic was like on Elvis Presley.\n\nIf you cancel or move your appointment 48 hours before, your deposit move with you, and less than that you lose it.\n\nBring one person with you, that's it, and no kids unless they getting braided too.\n\nIf a braid come loose in the first 7 days, come back and we fix it for free.\n\nEvery braider do 2 clients a day, no more, because small knotless take like 7 hours.",
      things:
        "Every client got a name, a phone, her Instagram, and if she been here before or not. Every braider got a name, the days she work and the styles she do. Every appointment got the client, the braider, the style, the size, the date, the time, deposit paid or not, and cash or card. Every appointment is one client with one braider, and a client can have a lot of appointments.",
      thingsChange:
        "Two things. Take the Instagram off the clients, I don't need that in there. And put the hair color on the appointments, like 1B or 30 or 613, so we got the right hair out before she come.",
      extras: [
        "My cousin Tasha do lashes in the back room, that's her own thing, that ain't us. And people always asking me can they buy hair, I'm not no beauty supply, don't put that in there.",
        "That's it. Thank you, baby, and go Grizz.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me, I see everything, the money too. The girls log in and see only their own appointments. Clients don't make an account, they just put their name and phone and pay the deposit.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "open Tuesday through Saturday first appointment 7 in the morning last one start at 2",
        "small knotless $250 medium knotless $200 large knotless $160 boho $50 more",
        "stitch braids $120 for 6 to 8 braids",
        "kids 12 and under $80 under 5 we don't braid",
        "hair is included in the price bring your own hair same price",
        "$30 deposit on Cash App comes off your price rest cash or card",
        "hair washed blow-dried and detangled not done $25",
        "15 minutes late $20 late fee 30 minutes late lose your appointment and your deposit",
        "cancel or move 48 hours before deposit move with you",
        "one person with you no kids unless they getting braided",
        "braid come loose first 7 days fix it for free",
        "every braider 2 clients a day",
      ],
      tables: [
        { name: "clients", fields: ["name", "phone", "been here before or not"] },
        { name: "braiders", fields: ["name", "days she work", "styles she do"] },
        {
          name: "appointments",
          fields: [
            "client",
            "braider",
            "style",
            "size",
            "date",
            "time",
            "deposit paid or not",
            "cash or card",
            "hair color",
          ],
        },
      ],
      excluded: ["lashes", "beauty supply"],
      background: ["appointment book", "sticky notes"],
    },
  },
  {
    id: "wanapitei-ice-huts",
    who: "A developer in Sudbury who grew up in Hanmer and makes software for the mines, whose uncle (his mononc' Réjean) rents out ice fishing huts on Lake Wanapitei every winter from his camp, in the Northern Ontario English of Sudbury, in between ('the Nickel City', 'Big Nickel', 'Superstack', \"mononc'\", 'tante', 'camp', 'a two-four', 'pickerel', 'the skidoo', 'holy jeez', 'bud', \"that's hers, not ours\", 'Merci'): a TypeScript command-line tool with SQLite on the laptop at the camp, where the internet is a Rocket Hub, the huts out once there are 12 inches of good ice and off the last weekend of March, nobody out and the money back when the ice is under 12 inches, 12 huts of which 8 day huts and 4 sleepers, a day hut $150 a day for up to 4 from 7 in the morning to 6 at night, a sleeper $280 a night for up to 4 in at 4 and out by 11 with 2 nights at least on weekends, a propane heater with one 20 pound tank and $30 an extra tank, out to the huts on the skidoo at $20 a person there and back and no truck on the lake, half up front by e-transfer and the rest on arrival, the half back on a cancel 7 days before and not after unless they cancel for the ice, a licence for everybody fishing 18 to 64 with the Outdoors Card number written down, the pickerel limit 4 a guy a day and fish cleaned at $2 a fish, the ice at every hut checked once a week and the inches written down; records after dashes on lines with day or sleeper, heater ok y/n and days or nights in them, every booking one customer and one hut; a big calendar on the wall at the camp and a coffee can today; Ginette's bait shop at the landing \"that's hers, not ours\", the Legion's fish fry 'leave that out, bud'; the licence plate put on the bookings at the review; commands and flags; TypeScript and SQLite",
    says: {
      overview:
        "Hey there. I'm Marc Lalonde, born and raised in Hanmer, so Sudbury, the Nickel City, Big Nickel, Superstack, all that. I'm a developer at a company that makes software for the mines. My mononc' Réjean has a camp on Lake Wanapitei, and every winter he rents out ice fishing huts to guys from town and guys from down south. Right now the bookings are on a big calendar on the wall at the camp and the cash goes in a coffee can. Last February he had two groups in the same sleeper hut on the Saturday, and one bunch drove up from Barrie with a two-four and a pile of pickerel rigs and ended up sleeping in their truck, holy jeez. So I'm writing him a command-line thing for his laptop at the camp.",
      more: "It's just mononc' and my tante Lise on the laptop at the camp. The internet out there is a Rocket Hub and it's not great, so everything stays in one file on the laptop.",
      walkthrough:
        "Okay, here's how he does it.\nThe huts go out once there's 12 inches of good ice, usually early January, and they all come off the last weekend of March because the MNR wants them off by the 31st.\nIf the ice is under 12 inches nobody goes out, we cancel and give the money back.\nThere's 12 huts, 8 day huts and 4 sleeper huts.\nA day hut is $150 a day for up to 4 guys, 7 in the morning to 6 at night.\nA sleeper hut is $280 a night for up to 4, in at 4 and out by 11 the next morning, and it's 2 nights minimum on the weekends.\nEvery hut has a propane heater with one 20 pound tank, and an extra tank is $30.\nMononc' takes them out to the huts on the skidoo for $20 a person there and back, nobody drives a truck out on the lake.\nHalf is paid up front by e-transfer, and the rest when they show up.\nCancel 7 days before and you get your half back, after that you don't, unless we cancel for the ice.\nEverybody fishing who's 18 to 64 needs their licence, and we write down their Outdoors Card number.\nThe pickerel limit is 4 a guy a day, and cleaning fish is $2 a fish.\nHe checks the ice at every hut once a week and writes down the inches.",
      things:
        "- huts - number, day or sleeper, spot on the lake, heater ok y/n\n- customers - name, phone, outdoors card number\n- bookings - customer, hut, date, days or nights, how many guys, deposit, paid\n- ice checks - hut, date, inches\nevery booking is one customer and one hut",
      commands:
        "something like: huts book --hut 3 --customer 57 --date 2026-01-24 --nights 2, huts book --hut 9 --customer 12 --date 2026-02-07 --days 1 --guys 4, huts pay --booking 201 --amount 280, huts cancel --booking 201 --ice (when we cancel for the ice, full refund), huts ice --hut 3 --inches 16, huts customer add --name denis --phone 705-555-0134 --card 708158123456789, huts today (who's out today), huts report --season 2026. Mononc' types them, I fix it when I'm up on the weekend.",
      extras: [
        "Ginette's bait shop at the landing sells the minnows and the pop, that's hers, not ours. And the Legion's fish fry on Fridays, mononc' cooks there, but leave that out, bud.",
        "That's it, bud. Merci.",
      ],
      tech: "TypeScript on Node, with commander for the commands, and SQLite, one file on the laptop.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    atReview: [
      "Looks good. One thing, put the licence plate on the bookings, so we know whose truck is parked at the landing.",
      "That's her. Merci, bud.",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "huts go out 12 inches of good ice come off the last weekend of March",
        "ice under 12 inches nobody goes out cancel give the money back",
        "12 huts 8 day huts 4 sleeper huts",
        "day hut $150 a day up to 4 guys 7 in the morning to 6 at night",
        "sleeper hut $280 a night up to 4 in at 4 out by 11 2 nights minimum on the weekends",
        "propane heater 20 pound tank extra tank $30",
        "skidoo $20 a person there and back",
        "half paid up front by e-transfer rest when they show up",
        "cancel 7 days before half back unless we cancel for the ice",
        "18 to 64 needs their licence Outdoors Card number",
        "pickerel limit 4 a guy a day cleaning fish $2 a fish",
        "checks the ice at every hut once a week writes down the inches",
      ],
      tables: [
        { name: "huts", fields: ["number", "day or sleeper", "spot on the lake", "heater ok y/n"] },
        { name: "customers", fields: ["name", "phone", "outdoors card number"] },
        {
          name: "bookings",
          fields: [
            "customer",
            "hut",
            "date",
            "days or nights",
            "how many guys",
            "deposit",
            "paid",
            "licence plate",
          ],
        },
        { name: "ice checks", fields: ["hut", "date", "inches"] },
      ],
      excluded: ["bait shop", "Legion"],
      background: ["calendar", "coffee can"],
      stack: ["TypeScript", "SQLite"],
      commands: [
        "book",
        "pay",
        "cancel",
        "ice",
        "customer",
        "today",
        "report",
        "--hut",
        "--customer",
        "--date",
        "--nights",
        "--days",
        "--guys",
        "--booking",
        "--amount",
        "--ice",
        "--inches",
        "--name",
        "--phone",
        "--card",
        "--season",
      ],
    },
  },
  {
    id: "belturbet-angling-results",
    who: "A developer from Belturbet in County Cavan who works from home for a Dublin company, whose father is secretary of the local angling club that runs coarse matches every summer weekend and a five-day festival on the Erne every May for anglers from England and the North, in the Cavan English of Belturbet, in between ('the Breffni county', 'a crowd in Dublin', 'my da', 'the craic is mighty', 'bucketing', 'divil a bit', \"amn't I\", 'wee', \"that's none of our business\", 'leave them out of it', 'Up Cavan'): a Python library on PyPI for his father's results program and the club's website, nothing kept, given the draw and the weights, every angler drawing a peg and the pegs in sections of 10 lettered A, B and on, weights in kilos and grams and the results to the gram, only fish in the keepnet counting and no pike or trout, 100 grams off for every dead fish, the heaviest weight winning and anglers level sharing the place and splitting its money evenly, €300, €200 and €100 to the top 3 and €50 to every section winner, an angler in the top 3 not winning his section as well, section points 1 for the heaviest, 2 for the next and on down, a dry net getting as many points as there are pegs in the section, two level in a section both getting the better points, teams of 4 on the lowest total of points and then the heavier total weight, the best 4 days of the 5 counting in the festival, every angler's place, weight, section and points given back; a calculator and the back of the weigh slips today; the accommodation the anglers sort with the B&Bs \"that's none of our business\", his uncle's maggots and groundbait 'leave them out of it'; Python",
    says: {
      overview:
        "Hiya. I'm Ciarán Brady, from Belturbet in County Cavan, the Breffni county, there's a lake everywhere you look. I work from home as a developer for a crowd in Dublin. My da is secretary of the angling club here, and we run coarse matches every weekend in the summer and a five-day festival on the Erne every May, with anglers over from England and down from the North, and the craic is mighty even when it's bucketing. Da does the results with a calculator on the back of the weigh slips in the function room of the hotel, with forty lads stood round him waiting on their money. Last May he added up a section wrong on the Thursday, and a fella from Leeds went home thinking he'd won €50 that he hadn't, and divil a bit of peace Da got for a month after. So I'm writing a wee library that does the results right, for Da's results program and for the club's website.",
      more: "It doesn't keep anything, amn't I only doing the sums. You give it the draw and the weights and it gives you back the results.",
      walkthrough:
        "Right, here's how a match works.\nEvery angler draws a peg, and the pegs are in sections of 10, so pegs 1 to 10 are A, 11 to 20 are B, and on like that.\nThe fish are weighed in kilos and grams, and the results go to the gram.\nOnly fish in the keepnet count, and pike and trout don't count at all, they go straight back.\nEvery dead fish in the net is 100 grams off the weight.\nThe heaviest weight wins the match, and if two are level they share the place and split the money for those places evenly.\nThe top 3 get €300, €200 and €100, and every section winner gets €50.\nAn angler that's in the top 3 can't win his section as well, the section goes to the next man in it.\nFor the teams, in every section the heaviest gets 1 point, the next gets 2, and on down.\nA dry net gets the same points as there are pegs in the section.\nTwo level in a section both get the better points.\nA team is 4 anglers, the lowest total of points wins, and if that's level the heavier total weight wins.\nIn the festival it's 5 days, and the best 4 days' weights count for the overall.\nIt has to give back every angler's place, weight, section and points.",
      extras: [
        "The accommodation, the anglers sort that out themselves with the B&Bs, that's none of our business. And the maggots and the groundbait, my uncle sells those in the tackle shop, leave them out of it.",
        "Sound, that's the lot. Up Cavan.",
      ],
      tech: "Python, on PyPI. Da's results program on the laptop is Python, and the club website is Django, so Python does the both of them.",
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
        "every angler draws a peg sections of 10 pegs 1 to 10 are A 11 to 20 are B",
        "weighed in kilos and grams results go to the gram",
        "only fish in the keepnet count pike and trout don't count",
        "every dead fish 100 grams off the weight",
        "heaviest weight wins two are level share the place split the money evenly",
        "top 3 €300 €200 €100 every section winner €50",
        "top 3 can't win his section section goes to the next man",
        "every section heaviest 1 point next 2",
        "dry net same points as there are pegs in the section",
        "two level in a section both get the better points",
        "team is 4 anglers lowest total of points wins heavier total weight wins",
        "festival 5 days best 4 days' weights count",
        "every angler's place weight section and points",
      ],
      tables: [],
      excluded: ["accommodation", "maggots"],
      background: ["calculator", "weigh slips"],
      stack: ["Python"],
    },
  },
  {
    id: "kotkhai-apple-orchard",
    who: "A man in Kotkhai, Shimla district, Himachal Pradesh, whose family has an apple orchard of about 1,200 trees, mostly Royal Delicious with some Gala and Red Gold, sending the boxes to the aadhtis in Azadpur mandi and Parwanoo, in the Himachali English of Kotkhai, in short plain sentences ('Namaste ji', 'pahadi people', 'Royal Delicious', 'the aadhti', 'Azadpur mandi', 'Pittu', 'HPMC', 'the bilty', 'upper blocks', 'Nepali labour', \"don't add it\", 'Keep it aside'): a phone app for him, his wife and the munshi that works with no network in the upper blocks and sends from the house, picking from 15 August to 15 October with the upper blocks last, picking only in the morning till 12 and never in rain, grading into Extra Large, Large, Medium, Small, Extra Small and Pittu, Pittu not boxed but sent to HPMC for juice at ₹12 a kg, every box weighed and not more than 24 kg in one box, the grade, the variety and the orchard name stamped on every box, the trucks to Azadpur every evening at ₹100 a box freight, the aadhti's 6% commission, the aadhti paying within 15 days or getting no more boxes, Nepali labour ₹600 a day with food, packing ₹15 a box; records after colons on lines with hail net or not and sent or not in them, every box from one block and every lot to one aadhti; a long register and the truck bilty today; his brother's cherry orchard in Baghi \"That is his own, don't add it\", a homestay for tourists his wife wants 'Keep it aside'; the picker taken off the pickings and the colour put on the boxes after 'Change something' at 'Your data'",
    says: {
      overview:
        "Namaste ji. I am Rakesh Chauhan from Kotkhai, in Shimla district, Himachal. We are pahadi people. Our family has an apple orchard of about 1,200 trees. Mostly Royal Delicious, some Gala and Red Gold. We send our boxes to the aadhti in Azadpur mandi, Delhi, and some to Parwanoo. Now everything is written in one long register and on the truck bilty. Last season 60 boxes of Large went with the Medium mark. The aadhti paid the Medium rate. We lost almost ₹40,000. My daughter is doing B.Tech at Waknaghat. She will make an app for our phones.",
      more: "In the orchard the network is weak. In the upper blocks there is no network at all. So the app must work without network and send from the house in the evening.",
      walkthrough:
        "These are our rules.\nPicking is from 15 August to 15 October, the upper blocks last.\nWe pick only in the morning till 12 o'clock, and never in rain.\nApples are graded Extra Large, Large, Medium, Small, Extra Small and Pittu.\nPittu does not go in boxes, it goes to HPMC for juice at ₹12 a kg.\nEvery box is weighed, and not more than 24 kg goes in one box.\nEvery box gets the grade, the variety and our orchard name stamped on it.\nThe trucks go to Azadpur every evening, and freight is ₹100 a box.\nThe aadhti takes 6% commission.\nThe aadhti must pay within 15 days, otherwise no more boxes go to him.\nNepali labour gets ₹600 a day with food.\nPacking is ₹15 a box for the packers.",
      things:
        "Blocks: name, variety, trees, hail net or not.\nPickings: block, date, crates, picker.\nBoxes: grade, variety, kg, block, date packed, sent or not.\nLots: truck number, date, mandi, aadhti, boxes, freight.\nAadhtis: name, mandi, phone.\nWorkers: name, phone, days worked, paid.\nEvery box is from one block. Every lot goes to one aadhti.",
      thingsChange:
        "Two changes. Remove the picker from pickings. Add colour to the boxes, the aadhti always asks how much colour.",
      extras: [
        "My brother has a cherry orchard in Baghi. That is his own, don't add it. My wife wants a homestay for tourists one day. Keep it aside.",
        "That is all ji. Thank you.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Me and my wife see everything. The munshi enters the pickings and the boxes. Aadhtis do not log in, we call them.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "picking from 15 August to 15 October upper blocks last",
        "pick only in the morning till 12 o'clock never in rain",
        "graded Extra Large Large Medium Small Extra Small and Pittu",
        "Pittu does not go in boxes HPMC for juice ₹12 a kg",
        "every box is weighed not more than 24 kg in one box",
        "every box grade variety orchard name stamped",
        "trucks go to Azadpur every evening freight ₹100 a box",
        "aadhti takes 6% commission",
        "aadhti must pay within 15 days otherwise no more boxes",
        "Nepali labour ₹600 a day with food",
        "packing ₹15 a box",
      ],
      tables: [
        { name: "blocks", fields: ["name", "variety", "trees", "hail net or not"] },
        { name: "pickings", fields: ["block", "date", "crates"] },
        {
          name: "boxes",
          fields: ["grade", "variety", "kg", "block", "date packed", "sent or not", "colour"],
        },
        { name: "lots", fields: ["truck number", "date", "mandi", "aadhti", "boxes", "freight"] },
        { name: "aadhtis", fields: ["name", "mandi", "phone"] },
        { name: "workers", fields: ["name", "phone", "days worked", "paid"] },
      ],
      excluded: ["cherry", "homestay"],
      background: ["register", "bilty"],
    },
  },
  {
    id: "simpson-bay-yacht-provisioning",
    who: "A backend developer at a bank in Philipsburg, born and raised in St Peters on the Dutch side of St. Maarten, whose aunt provisions the big yachts in the Simpson Bay lagoon with four shoppers going round the supermarkets and bringing the groceries to the dock, in the St. Maarten English of the Dutch side, in lower-case fragments ('st peters', 'the dutch side', 'the french side', 'the lagoon', 'real vexed', 'ah swear', 'dat is not we business', 'leave it out boy', 'thx boy'): a service without screens, in C# with ASP.NET Core and SQL Server, that a friend's website for the chefs and the shoppers' app call, the season November to May and the rest of the year by appointment only, orders 48 hours before they are needed and $75 rush under 48 hours, $250 at least, the shelf price plus 15%, the docks on the Dutch side free and the French side (Marigot, Anse Marcel) $50 more, new boats paying by card before the shopping and known boats on delivery by card or wire, the chef messaged when something is not there and the closest picked after an hour without an answer, fresh fish ordered before 8 in the morning, wine and liquor by the case only from the duty free supplier and 2 days more, cold things in their coolers and $40 for a cooler not back, 4 deliveries a shopper a day at most; records in brackets inline with card or wire, rush y/n and substitute ok y/n in them, every order one yacht's with many items and going with one shopper; WhatsApp and a clipboard today; his aunt's crew placement 'dat is not we business', laundry 'leave it out boy'; the allergies put on the yachts at the review; C#, ASP.NET Core and SQL Server",
    says: {
      overview:
        "hi. im devon, backend dev at a bank in philipsburg, born n raised in st peters on the dutch side. my auntie marcia does yacht provisioning outta simpson bay, the big yachts in the lagoon send her their grocery lists n her 4 shoppers go round the supermarkets n bring it all to the dock. rn the chefs send their lists on whatsapp n she prints them n ticks them off on a clipboard. last season a 50 metre yacht got another boat's whole order, 3 coolers of fish n $2,000 of wine, n the chef was real vexed, ah swear she nearly lost the boat. so im building the backend, my friend shaquille does the website n the shoppers app",
      more: "just the api. the website where the chefs order n the shoppers app both call it. auntie n me are admin n see everything",
      walkthrough:
        "ok so\n- season is november to may, the rest of the year by appointment only\n- orders 48 hrs before they need it, under 48 hrs is $75 rush\n- min order $250\n- we charge the shelf price + 15%\n- docks on the dutch side free, french side (marigot, anse marcel) $50 more\n- new boats pay by card before we shop, boats we know pay on delivery by card or wire\n- if something not there we message the chef, no answer in 1 hr we pick the closest\n- fresh fish orders in before 8 in the morning\n- wine n liquor by the case only, from the duty free supplier, 2 days more\n- cold stuff goes in our coolers, coolers come back or its $40 each\n- max 4 deliveries a shopper a day",
      things:
        "yachts (name, length, captain, chef, phone, email, marina), orders (yacht, date needed, dock, shopper, total, paid, card or wire, rush y/n), items (order, item, how many, substitute ok y/n), shoppers (name, phone, van). every order is one yacht's, every order got many items, every order goes w one shopper",
      extras: [
        "auntie also does crew placement for the yachts, dat is not we business here. n laundry, ppl always asking, leave it out boy",
        "thats it",
      ],
      tech: "c# asp.net core + sql server, same as at the bank",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the website n the shoppers app get api keys. chefs log in w their email + a password n see only their boat. auntie n me are admin",
      Technology: "I have preferences",
      "Back end": "C# with ASP.NET Core",
      Database: "SQL Server",
    },
    atReview: [
      "ok nice. one thing, put allergies on the yachts, the chefs always tell us n we cant forget",
      "ok dats it. thx boy",
    ],
    expect: {
      kind: "api service",
      features: [
        "season november to may rest of the year by appointment only",
        "orders 48 hrs before under 48 hrs $75 rush",
        "min order $250",
        "shelf price + 15%",
        "dutch side free french side $50 more",
        "new boats pay by card before we shop boats we know pay on delivery by card or wire",
        "not there message the chef no answer in 1 hr pick the closest",
        "fresh fish orders before 8 in the morning",
        "wine n liquor by the case only duty free supplier 2 days more",
        "cold stuff in our coolers coolers come back or $40 each",
        "max 4 deliveries a shopper a day",
      ],
      tables: [
        {
          name: "yachts",
          fields: ["name", "length", "captain", "chef", "phone", "email", "marina", "allergies"],
        },
        {
          name: "orders",
          fields: ["yacht", "date needed", "dock", "shopper", "total", "paid", "card or wire", "rush y/n"],
        },
        { name: "items", fields: ["order", "item", "how many", "substitute ok y/n"] },
        { name: "shoppers", fields: ["name", "phone", "van"] },
      ],
      excluded: ["crew placement", "laundry"],
      background: ["whatsapp", "clipboard"],
      stack: ["C#", "ASP.NET Core", "SQL Server"],
    },
  },
  {
    id: "gulu-shea-butter-group",
    who: "A woman in Gulu, in the Acholi sub-region of northern Uganda, chairperson of a group of 45 women who buy shea nuts from the women in the villages around Gulu, Amuru and Omoro, make shea butter (moo yaa) and sell it in jars in Gulu market and in jerrycans to companies in Kampala that make body creams, in the Acholi English of Gulu, in long paragraphs ('Itye nining', 'chairperson', 'moo yaa', 'sincerely speaking', 'the solar', 'mobile money', 'that one is separate', 'Apwoyo matek'): a program on the laptop in the group's office, which has no internet and runs on the solar, for the treasurer and the secretary to enter everything and her to see everything, nuts bought from April to August, only dry nuts with 10 cracked from every sack and the sack refused when more than 2 are rotten or black inside, UGX 2,000 a kilo of good nuts with every sack weighed in front of the seller, cash up to UGX 200,000 and mobile money above, every batch written with the kilos of nuts in and the kilos of butter out, UGX 7,000 a day for the members who work a processing day, jars of 250 grams at UGX 8,000 and 500 grams at UGX 15,000 in Gulu market, the Kampala companies buying 20 kg jerrycans at UGX 18,000 a kilo with 5 jerrycans the smallest order, half paid before they start and half before the bus with the bus paid by the buyer, a batch number and a best before date 12 months after the batch on every jar and jerrycan, 30% of the year's profit kept by the group and 70% shared to the members by the days each one worked; records after colons inline in one paragraph with member or not, cash or mobile money, jars or jerrycans and paid or not in them, every nut buying from one seller and every sale to one buyer; exercise books and a metal box today; the tree planting project with an NGO 'that one is separate, we do not want it here', the liquid soap some members make 'leave it out'; the batch number put on the sales at the review",
    says: {
      overview:
        "Itye nining. My name is Grace Akello, and I am the chairperson of Kica Women Shea Group in Gulu, here in Acholi. We are 45 women. We buy shea nuts from the women in the villages around Gulu, Amuru and Omoro, we roast them and pound them and make moo yaa, which is shea butter, and we sell it in jars in Gulu market and in jerrycans to the companies in Kampala that make body creams. Sincerely speaking, the records are our biggest problem. Now everything is written in exercise books, one for buying and one for selling, and the money is kept in a metal box in the office. Last year one company in Kampala paid for 200 kg, but we sent them 300 kg, and nobody noticed until the end of the year when the box was short. My son Okello finished computer science at Gulu University, and he is going to make us a program for the laptop in our office.",
      more: "The program is for the laptop in the office. We have no internet there and the power is from the solar, so it must work on the laptop alone. The treasurer and the secretary will enter everything, and I will see everything.",
      walkthrough:
        "Let me explain how we do it.\n\nWe buy the nuts from April to August, when they are falling.\n\nWe buy only dry nuts, and from every sack we crack 10 nuts, and if more than 2 are rotten or black inside, we do not buy that sack.\n\nA kilo of good nuts is UGX 2,000, and we weigh every sack in front of the seller.\n\nWe pay cash up to UGX 200,000, and above that we send it on mobile money.\n\nEvery batch of butter is written with the kilos of nuts that went in and the kilos of butter that came out.\n\nThe members who work on a processing day get UGX 7,000 for the day.\n\nIn Gulu market a jar of 250 grams is UGX 8,000 and a jar of 500 grams is UGX 15,000.\n\nThe companies in Kampala buy in jerrycans of 20 kg at UGX 18,000 a kilo, and the smallest order is 5 jerrycans.\n\nThey pay half before we start and the other half before we put it on the bus, and they pay the bus themselves.\n\nEvery jar and every jerrycan has the batch number and a best before date 12 months after the batch.\n\nAt the end of the year, 30% of the profit stays in the group and 70% is shared to the members by the days each one worked.",
      things:
        "Members: name, village, phone. Sellers: name, village, member or not. Nut buying: seller, date, kg, amount, cash or mobile money. Batches: batch number, date, kg of nuts, kg of butter, who worked. Sales: buyer, date, jars or jerrycans, kg, amount, paid or not. Buyers: name, town, phone. Every nut buying is from one seller, and every sale is to one buyer.",
      extras: [
        "The tree planting project we are doing with an NGO, that one is separate, we do not want it here. And the liquid soap that some members make at home, leave it out.",
        "That is all for now. Apwoyo matek.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts:
        "No passwords. Only the treasurer, the secretary and me use the laptop in the office. They enter everything and I see everything.",
    },
    atReview: [
      "Thank you very much, it is good. Only one thing: put the batch number on the sales, the companies in Kampala ask for it.",
      "Now it is fine. Apwoyo matek, God bless you.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "buy the nuts from April to August",
        "only dry nuts crack 10 nuts more than 2 rotten or black inside do not buy that sack",
        "kilo of good nuts UGX 2,000 weigh every sack in front of the seller",
        "cash up to UGX 200,000 above that mobile money",
        "every batch kilos of nuts went in kilos of butter came out",
        "members who work on a processing day UGX 7,000 for the day",
        "jar of 250 grams UGX 8,000 jar of 500 grams UGX 15,000",
        "jerrycans of 20 kg UGX 18,000 a kilo smallest order 5 jerrycans",
        "half before we start other half before the bus pay the bus themselves",
        "every jar and every jerrycan batch number best before date 12 months",
        "end of the year 30% of the profit stays in the group 70% shared by the days each one worked",
      ],
      tables: [
        { name: "members", fields: ["name", "village", "phone"] },
        { name: "sellers", fields: ["name", "village", "member or not"] },
        { name: "nut buying", fields: ["seller", "date", "kg", "amount", "cash or mobile money"] },
        { name: "batches", fields: ["batch number", "date", "kg of nuts", "kg of butter", "who worked"] },
        {
          name: "sales",
          fields: ["buyer", "date", "jars or jerrycans", "kg", "amount", "paid or not", "batch number"],
        },
        { name: "buyers", fields: ["name", "town", "phone"] },
      ],
      excluded: ["tree planting", "soap"],
      background: ["exercise books", "metal box"],
    },
  },
  {
    id: "salisbury-skip-bins",
    who: "A woman in Salisbury in the northern suburbs of Adelaide who with her husband runs a skip bin hire with 2 trucks and about 60 bins, in the South Australian English of Salisbury, in lower-case fragments ('the northern suburbs', 'uni sa', 'deadset', 'heaps good', 'fritz n sauce sangas', 'a farmers union', 'stobie pole', 'thats his, not ours', 'nah not doing that', 'go crows'): a phone app for her in the office and the 2 drivers, bins of 2, 4, 6 and 8 cubic metres at $220, $320, $420 and $520 for 7 days and $15 a day after, drops and pick ups Monday to Saturday 7 to 3 and no Sundays, 1 tonne in the 2 and 4 metre bins and 2 tonnes in the 6 and 8 metre bins and $120 a tonne over, no asbestos, paint or tyres and $20 a tyre found, filled to the top and no higher and an overfilled bin left till it is fixed with $80 for the trip back, a council permit for a bin on the road and never next to a stobie pole, paid by card when booked, a photo at the drop and at the pick up, Salisbury, Playford, Tea Tree Gully and Port Adelaide Enfield served and $30 more anywhere else; records after dashes on lines with damaged y/n in them, every hire one bin for one customer; a google sheet and a text every morning today; her brother-in-law's rubbish removal 'thats his, not ours', portaloos 'nah not doing that'",
    says: {
      overview:
        "hiya, kylie here. me n my husband steve run a skip bin hire outta salisbury, northern suburbs of adelaide, 2 trucks n about 60 bins. rn the bookings r in a google sheet my sister in law set up n the drivers get a text every morning. last easter steve dropped a 6 metre bin in the wrong driveway in parafield gardens, the lady came home n found a strangers whole reno in her bin, deadset. our son does it at uni sa, hes making us an app, heaps good",
      more: "me in the office on my phone n steve n jayden the 2 drivers on theirs. signals fine everywhere round here. steve lives on fritz n sauce sangas n a farmers union in the truck so his fingers r always greasy, big buttons pls lol",
      walkthrough:
        "ok so\nbins r 2, 4, 6 n 8 cubic metres, $220, $320, $420 n $520\nthats for 7 days, after that its $15 a day\ndrops n pick ups mon to sat 7 to 3, no sundays\n2 n 4 metre bins take 1 tonne, 6 n 8 metre take 2 tonne, over that its $120 a tonne\nno asbestos, no paint, no tyres, any tyre we find is $20 each\nfill it to the top n no higher, overfilled we dont pick up till they fix it n thats $80 for the trip back\nif the bin goes on the road they need a council permit, n never next to a stobie pole\nthey pay by card when they book\nthe driver takes a photo when he drops it n when he picks it up\nwe do salisbury, playford, tea tree gully n port adelaide enfield, anywhere else is $30 more",
      things:
        "- customers - name, phone, address, council\n- bins - number, size, where it is, damaged y/n\n- hires - customer, bin, drop date, pick up date, extra days, paid\n- dump runs - bin, date, transfer station, tonnes\nevery hire is one bin for one customer",
      extras: [
        "steves brother does rubbish removal with his trailer, thats his, not ours. n ppl ask us for portaloos for parties, nah not doing that",
        "thats all. go crows",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "me n steve see everything. the 2 drivers log in n see their drops n pick ups for the day. customers dont log in, they ring me",
    },
    expect: {
      kind: "mobile app",
      features: [
        "bins 2 4 6 n 8 cubic metres $220 $320 $420 n $520",
        "7 days after that $15 a day",
        "drops n pick ups mon to sat 7 to 3 no sundays",
        "2 n 4 metre 1 tonne 6 n 8 metre 2 tonne over that $120 a tonne",
        "no asbestos no paint no tyres $20 each",
        "overfilled we dont pick up $80 for the trip back",
        "council permit never next to a stobie pole",
        "pay by card when they book",
        "photo when he drops it n when he picks it up",
        "salisbury playford tea tree gully n port adelaide enfield anywhere else $30 more",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "address", "council"] },
        { name: "bins", fields: ["number", "size", "where it is", "damaged y/n"] },
        { name: "hires", fields: ["customer", "bin", "drop date", "pick up date", "extra days", "paid"] },
        { name: "dump runs", fields: ["bin", "date", "transfer station", "tonnes"] },
      ],
      excluded: ["rubbish removal", "portaloos"],
      background: ["google sheet", "text every morning"],
    },
  },
  {
    id: "rhoscolyn-coasteering",
    who: "A woman from Trearddur Bay on Holy Island, Anglesey, Welsh her first language, who with her partner runs a coasteering company out of Rhoscolyn from Easter to the end of October, in the English of Anglesey, in between ('Ynys Môn', 'Holy Island', 'Welsh is my first language', 'ych a fi', 'chwarae teg', 'Nain and Taid', 'a panad', \"that's Dylan's, not ours\", 'leave that out', 'Lovely', 'Hwyl fawr'): a website where people book and pay without an account, she and her partner see everything and the guides see their sessions and who is coming with the wetsuit sizes, sessions at 10 and at 2 from Easter to the end of October moving with the tide, £55 for adults and £45 for under 16s and nobody under 8, under 18s with a parent or a form signed by one, everybody able to swim 25 metres, 8 people to a guide at most and at least 4 for a session or it is moved, everybody's height, weight and shoe size for the wetsuit with the helmet and buoyancy aid included, a swell over 1.5 metres or a westerly over force 5 meaning Porth Dafarch or a cancel with the money back or another day, all back on a cancel 7 days before, half after and nothing on the day, 10% off for groups of 10 or more, nobody in who has had a drink and no refund for that; records in brackets inline with can swim 25 metres yes or no in them, every booking for one session with a few people in it; Facebook Messenger and a chalkboard in the van today; Dylan's kayak hire on the beach \"that's Dylan's, not ours\", Nain and Taid's campsite 'leave that out'; an emergency contact put on the people at the review",
    says: {
      overview:
        "Hiya. Elin Hughes, from Trearddur Bay on Holy Island, Ynys Môn. Welsh is my first language, so bear with me. Me and my partner Gethin run a coasteering company out of Rhoscolyn, climbing and jumping and swimming round the cliffs in wetsuits, from Easter to the end of October. Right now the bookings come in on Facebook Messenger and the phone, and we keep it all on a chalkboard in the van. Last August we moved a hen do of 12 to Porth Dafarch because of the swell, and nobody told them, so they were stood on the beach at Rhoscolyn in their sashes for an hour, ych a fi. My cousin's boy is doing computing at Bangor and he's building us a website, chwarae teg to him.",
      more: "People should book and pay on the website. Me and Gethin see everything, and the guides see their sessions and who's coming, with the wetsuit sizes, on their phones.",
      walkthrough:
        "Right, this is how it works.\nWe run from Easter to the end of October, sessions at 10 and at 2, but the times can move with the tide.\nIt's £55 for adults and £45 for under 16s, and nobody under 8.\nUnder 18s come with a parent or bring a form signed by one.\nEverybody has to be able to swim 25 metres.\nIt's 8 people to a guide at most, and a session needs at least 4 or we move it.\nWe need everybody's height, weight and shoe size for the wetsuit, and the helmet and the buoyancy aid come with it.\nIf the swell is over 1.5 metres or the wind is over force 5 from the west, we go to Porth Dafarch or we cancel, and then it's your money back or another day.\nIf you cancel 7 days before you get it all back, after that it's half, and on the day nothing.\nGroups of 10 or more get 10% off.\nIf you've had a drink you're not going in, and there's no refund for that.\nAfter every session there's a panad on us, Nain's idea.",
      things:
        "Sessions (date, time, beach, guide, places left). Bookings (name, phone, email, how many, paid). People (booking, name, age, height, weight, shoe size, can swim 25 metres yes or no). Guides (name, phone, qualification). Every booking is for one session, and a booking has a few people in it.",
      extras: [
        "The kayak hire on the beach at Rhoscolyn, that's Dylan's, not ours. And Nain and Taid's campsite in the field behind, leave that out.",
        "That's it. Hwyl fawr.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Gethin see everything. The guides log in and see their own sessions and who's coming. People booking don't make an account, they just book and pay.",
    },
    atReview: [
      "Lovely. One thing, put an emergency contact on the people, we need it for the under 16s.",
      "That's it now. Hwyl fawr.",
    ],
    expect: {
      kind: "web app",
      features: [
        "Easter to the end of October sessions at 10 and at 2 times can move with the tide",
        "£55 for adults £45 for under 16s nobody under 8",
        "under 18s parent or form signed",
        "able to swim 25 metres",
        "8 people to a guide at most session needs at least 4",
        "height weight and shoe size for the wetsuit helmet and buoyancy aid",
        "swell over 1.5 metres wind over force 5 Porth Dafarch or cancel money back or another day",
        "cancel 7 days before all back after that half on the day nothing",
        "groups of 10 or more 10% off",
        "had a drink not going in no refund",
      ],
      tables: [
        { name: "sessions", fields: ["date", "time", "beach", "guide", "places left"] },
        { name: "bookings", fields: ["name", "phone", "email", "how many", "paid"] },
        {
          name: "people",
          fields: [
            "booking",
            "name",
            "age",
            "height",
            "weight",
            "shoe size",
            "can swim 25 metres yes or no",
            "emergency contact",
          ],
        },
        { name: "guides", fields: ["name", "phone", "qualification"] },
      ],
      excluded: ["kayak", "campsite"],
      background: ["Facebook Messenger", "chalkboard"],
    },
  },
  {
    id: "letefoho-coffee-cooperative",
    who: "A woman in Letefoho, Ermera, Timor-Leste, secretary of a coffee cooperative of 120 farmer members that buys their coffee and sells the parchment to companies in Díli, in Tetum (never used before: Portuguese and Indonesian were written, Tetum never; as she types it, in short plain sentences, with the Portuguese and Indonesian words Timorese really mix in: 'munisípiu', 'sekretária', 'kooperativa', 'membru', 'agrikultór', 'kompañia', 'agora', 'depois', 'informátika', 'komputador', 'programa', 'eletrisidade', 'internet', 'kafé pergaminu', 'Segunda', 'Kuarta', 'Sesta', 'Kinta-feira', 'minimu', 'tonelada', 'kamiaun', 'banku', 'fundu', 'kuota', 'karung', 'timbangan', 'kwitansi', \"ne'e la'ós ami-nia servisu\", \"keta tau ida ne'e\", 'Obrigada barak'): a program on the cooperative's computer, where the power often goes and the internet is poor, coffee bought from May to August on Monday, Wednesday and Friday from 8 in the morning to 4 in the afternoon, red cherry (kafé fuan mean) $0.50 a kilo and dry parchment (kafé pergaminu maran) $2.20 a kilo, weighed on the scale (timbangan) in front of the member, nothing wet or dirty bought, cash the same day, coffee bought from members only, a $5 membership fee (kuota) every year, 5 cents of every kilo kept for the cooperative's fund, every sack with the member's name and the date, parchment sold to companies in Díli a tonne at least, the truck to Díli leaving on Thursday, the company paying by bank within 30 days; records after colons on lines with kuota selu ona ka seidauk, fuan mean ka pergaminu and selu ona ka seidauk in them, every buying from one member and every sack one member's; a big book (livru boot) and receipts (kwitansi) today; another cooperative's roasted coffee (kafé tunu) at the market in Gleno \"ne'e la'ós ami-nia servisu\", the tourists visiting the coffee gardens (turista) \"keta tau ida ne'e\"",
    says: {
      overview:
        "Bondia. Ha'u-nia naran Joana da Costa Soares. Ha'u hela iha Letefoho, munisípiu Ermera, Timor-Leste. Ha'u sekretária ba kooperativa kafé ida. Ami iha membru 120, sira hotu agrikultór kafé. Ami sosa kafé husi membru sira, depois ami fa'an ba kompañia sira iha Díli. Agora ami hakerek buat hotu iha livru boot ida no iha kwitansi. Tinan kotuk ami selu dala rua ba membru ida ba karung kafé 8. Ami lakon osan $400. Ha'u-nia oan-mane estuda informátika iha UNTL. Nia sei halo programa ida ba komputador kooperativa nian.",
      more: "Iha Letefoho eletrisidade mate beibeik, no internet la di'ak. Programa tenke la'o iha komputador de'it, la presiza internet.",
      walkthrough:
        "Ami-nia regra mak ne'e.\nAmi sosa kafé husi fulan-Maiu to'o fulan-Agostu.\nAmi sosa iha Segunda, Kuarta no Sesta, husi tuku 8 dadeer to'o tuku 4 lokraik.\nKafé fuan mean $0.50 kada kilu, kafé pergaminu maran $2.20 kada kilu.\nAmi tetu kafé ho timbangan iha membru nia oin.\nKafé bokon ka foer, ami la sosa.\nAmi selu osan kontadu iha loron ne'e kedas.\nAmi sosa kafé husi membru de'it, ema seluk la bele.\nMembru ida-idak selu kuota $5 kada tinan.\nKooperativa hola $0.05 husi kada kilu ba fundu kooperativa nian.\nKarung ida-idak iha membru nia naran no loron.\nAmi fa'an pergaminu ba kompañia iha Díli, minimu tonelada 1.\nKamiaun ba Díli sai Kinta-feira.\nKompañia selu liuhusi banku iha loron 30 nia laran.",
      things:
        "Membru sira: naran, suku, aldeia, telefone, kuota selu ona ka seidauk.\nSosa: membru, loron, kilu, fuan mean ka pergaminu, presu, selu ona.\nKarung sira: numeru, membru, kilu, loron.\nFa'an: kompañia, loron, tonelada, presu, selu ona ka seidauk.\nSosa ida-idak husi membru ida. Karung ida-idak husi membru ida.",
      extras: [
        "Kooperativa seluk iha Gleno fa'an kafé tunu iha merkadu, ne'e la'ós ami-nia servisu. Turista sira ne'ebé mai vizita to'os kafé, keta tau ida ne'e.",
        "Ne'e de'it. Obrigada barak.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "La presiza password. Ha'u, tezoureiru no ha'u-nia oan-mane de'it mak uza komputador.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "sosa kafé husi fulan-Maiu to'o fulan-Agostu",
        "Segunda Kuarta no Sesta tuku 8 dadeer to'o tuku 4 lokraik",
        "kafé fuan mean $0.50 kada kilu kafé pergaminu maran $2.20 kada kilu",
        "tetu kafé ho timbangan iha membru nia oin",
        "kafé bokon ka foer ami la sosa",
        "selu osan kontadu iha loron ne'e kedas",
        "sosa kafé husi membru de'it",
        "membru selu kuota $5 kada tinan",
        "kooperativa hola $0.05 kada kilu ba fundu",
        "karung ida-idak membru nia naran no loron",
        "fa'an pergaminu ba kompañia iha Díli minimu tonelada 1",
        "kamiaun ba Díli Kinta-feira",
        "kompañia selu liuhusi banku loron 30",
      ],
      tables: [
        { name: "membru sira", fields: ["naran", "suku", "aldeia", "telefone", "kuota selu ona ka seidauk"] },
        { name: "sosa", fields: ["membru", "loron", "kilu", "fuan mean ka pergaminu", "presu", "selu ona"] },
        { name: "karung sira", fields: ["numeru", "membru", "kilu", "loron"] },
        { name: "fa'an", fields: ["kompañia", "loron", "tonelada", "presu", "selu ona ka seidauk"] },
      ],
      excluded: ["tunu", "turista"],
      background: ["livru boot", "kwitansi"],
    },
  },
  {
    id: "lelydorp-pom-orders",
    who: "A woman in Lelydorp, Wanica, Suriname, who for twelve years has cooked pom and other party food for birthdays, weddings, Keti Koti and Owru Yari, in Sranan (never used before: Dutch was written, and Papiamentu and West Frisian with their Dutch words, Sranan never; as she types it, in between, with the Dutch and English words Surinamese really mix in: 'bestelling', 'aanbetaling', 'overmaken', 'contant', 'ophalen', 'bezorgen', 'minimaal', 'maximaal', 'schrift', 'neef', 'informatica', 'website', 'account', 'cancel', 'dati a no wi afersi', 'libi dati, no poti en', 'Grantangi, tan bun'): a website where customers order and pay the deposit without an account and she and her sister see every order, orders at least 5 days ahead and a month ahead for Keti Koti and Owru Yari, a small tray of pom for 10 people SRD 900 and a big one for 25 SRD 2.000, moksi alesi SRD 600 a tray for 10, bakabana SRD 250 for 10 pieces, 50% down by transfer (overmaken) or cash (contant) and the other half when the food is fetched, fetched at her house in Lelydorp or brought at SRD 150 in Wanica and SRD 250 to Paramaribo and Commewijne, 8 big trays of pom a day at most, no work on Sunday, no deposit back on a cancel in the last 3 days, SRD 100 for every tray not brought back; records told in sentences ('Ibri klanti abi …') with what the order is in brackets and ophalen noso bezorgen, pai kaba noso no and kon baka noso no in them, every order one customer's; a schrift and WhatsApp today; her sister's cakes (taart) 'dati a no wi afersi', the chairs and tents for hire (tenten) 'libi dati, no poti en'; the address (adres) taken off the customers (klanti) and the pickup time (yuru fu ophalen) put on the orders (bestelling) after 'Change something' at 'Your data'; Django and PostgreSQL",
    says: {
      overview:
        "Odi, fa waka? Mi nen na Ingrid Pinas, mi e libi na Lelydorp, na Wanica. Sensi twarfu yari mi e bori pom nanga tra nyanyan gi friyari, trow, Keti Koti nanga Owru Yari. Noyaso ala bestelling skrifi na ini wan schrift, nanga furu WhatsApp. Na Owru Yari di pasa mi bori wan bigi bak pom gi wan famiri na Commewijne, ma a bestelling ben de fu wan tra famiri na Paramaribo. Tu famiri ben e bari na mi tapu. Mi neef e studeer informatica na Adek, en a o meki wan website gi mi.",
      more: "Den klanti musu bestel nanga pai a aanbetaling na tapu a website. Mi nanga mi sisa Sandra e si ala bestelling.",
      walkthrough:
        "Disi na fa mi e wroko:\nBestelling mus kon minimaal 5 dei bifo.\nGi Keti Koti nanga Owru Yari, a bestelling mus kon wan mun bifo.\nWan pikin bak pom gi 10 sma na SRD 900, wan bigi bak gi 25 sma na SRD 2.000.\nMoksi alesi na SRD 600 gi wan bak fu 10 sma.\nBakabana na SRD 250 gi 10 pisi.\nYu e pai 50% aanbetaling nanga overmaken noso contant, a tra afu te yu kon teki a nyanyan.\nOphalen na mi oso na Lelydorp, noso bezorgen: SRD 150 na Wanica, SRD 250 na Paramaribo nanga Commewijne.\nMi e bori maximaal 8 bigi bak pom ibri dei.\nSonde mi no e wroko, mi e go na kerki.\nEfu yu cancel ini den lasti 3 dei, yu no e kisi a aanbetaling baka.\nDen bak mus kon baka, noso yu e pai SRD 100 gi ibri bak.",
      things:
        "Ibri klanti abi wan nen, wan telefon nomru nanga wan adres. Ibri bestelling abi a klanti, a dei, san den wani (pom, moksi alesi noso bakabana), omeni sma, ophalen noso bezorgen, a aanbetaling nanga pai kaba noso no. Ibri bak abi wan nomru nanga kon baka noso no. Ibri bestelling de fu wan klanti, en wan klanti kan abi furu bestelling.",
      thingsChange:
        "Tu sani. Puru a adres fu den klanti, mi e aksi en te den bestel. Poti a yuru fu ophalen na den bestelling.",
      extras: [
        "Mi sisa e seri taart gi friyari, dati a no wi afersi. Den stoel nanga tenten fu huur, libi dati, no poti en.",
        "Dati na ala. Grantangi, tan bun.",
      ],
      tech: "Mi neef e wroko nanga Django nanga PostgreSQL.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Mi nanga mi sisa Sandra e si ala sani. Den klanti e bestel sondro account, nanga den nen nanga telefon nomru.",
      "Your data": ["Change something", "Looks right"],
      Technology: "I have preferences",
      "Back end": "Django",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "web app",
      features: [
        "bestelling minimaal 5 dei bifo",
        "Keti Koti nanga Owru Yari wan mun bifo",
        "pikin bak pom 10 sma SRD 900 bigi bak 25 sma SRD 2.000",
        "moksi alesi SRD 600 wan bak fu 10 sma",
        "bakabana SRD 250 gi 10 pisi",
        "50% aanbetaling overmaken noso contant tra afu te yu kon teki",
        "ophalen na Lelydorp noso bezorgen SRD 150 na Wanica SRD 250 na Paramaribo nanga Commewijne",
        "maximaal 8 bigi bak pom ibri dei",
        "Sonde mi no e wroko",
        "cancel ini den lasti 3 dei no e kisi a aanbetaling baka",
        "bak mus kon baka SRD 100 gi ibri bak",
      ],
      tables: [
        { name: "klanti", fields: ["nen", "telefon nomru"] },
        {
          name: "bestelling",
          fields: [
            "klanti",
            "dei",
            "san den wani",
            "omeni sma",
            "ophalen noso bezorgen",
            "aanbetaling",
            "pai kaba noso no",
            "yuru fu ophalen",
          ],
        },
        { name: "bak", fields: ["nomru", "kon baka noso no"] },
      ],
      excluded: ["taart", "tenten"],
      background: ["schrift", "WhatsApp"],
      stack: ["Django", "PostgreSQL"],
    },
  },
];
