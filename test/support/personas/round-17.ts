import type { Persona } from "../persona-driver.js";

/**
 * The seventeenth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-17.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes, in parentheses or told in sentences. Eight
 * write in English, each in their own country's English: Scottish ("wee", "folk", "nae
 * need", "I'm no wanting"), Canadian ("minor hockey", "arena", "e-transfers"), South
 * African ("load-shedding", "cellphone", "Ag"), Singaporean ("now got three apps", "if
 * can", "maybe next time lah"), Irish ("grand", "next nor near it", "thanks a million"),
 * Kenyan ("that one is not for this app", "let it not touch"), Australian (lower-case,
 * "nah") and Welsh ("no call for", "diolch"). One writes in Russian (never used before,
 * only Ukrainian in Cyrillic), typed in Novosibirsk with the loanwords Russians really
 * use ("онлайн-запись", "слоты", "СМС", "Excel-таблица", "WhatsApp", "1С"), and one in
 * Bengali (Bengali script, never used before, as a Dhaka tailor types it, with "অর্ডার",
 * "ডেলিভারি", "ট্রায়াল", "অ্যাডভান্স", "SMS"). What varies is the kind of software, the domain and the length of the answers:
 * web apps for a minor hockey association's officials on their games, a Novosibirsk tyre
 * fitter's bookings by slot and the tyre sets kept in storage (шиномонтаж, хранение), a
 * boarding cattery's bookings with vaccination certificates, and a piano tuner's pianos
 * coming due and their visits; phone apps for a Kericho tea factory's leaf clerks weighing
 * growers' green leaf at buying centres out of network, and a Mirpur tailor's
 * measurements and orders (মাপ, অর্ডার); a Python command-line tool that turns an
 * orienteering event's SportIdent download into results, with commands and flags; a
 * service without screens that a citrus packhouse's cold-room probes and forklift
 * scanners post to, which texts the foreman on shift and answers the exporter's system;
 * a Windows program for an auctioneer's clerk at on-site clearance sales without
 * internet; and a TypeScript package that works out Singapore CPF contributions. The
 * cattery owner answers in a few lower-case words each time, the auctioneer in long
 * paragraphs, the others in between. Relations said plainly ("each game is at one arena",
 * "each probe hangs in one room", "a pallet is in one room at a time", "every lot belongs
 * to one vendor and is in one sale", "each grower belongs to one buying centre", "cat
 * belongs to one owner", "each piano belongs to one customer", "у каждой машины один
 * владелец", "প্রতিটা অর্ডার একজন কাস্টমারের"); background in an old Windows program
 * and a spreadsheet in a car park, a giant Excel sheet and a group text, a clipboard
 * round the cold rooms, copy-pasted code in three apps, a duplicate book and a calculator
 * in the back of the van, a register book and handwritten slips, an Excel-таблица and a
 * тетрадка, a মাপের খাতা and a carbon copy (কার্বন কপি), a paper diary and Facebook
 * messages, a big diary and a box of record cards; technology named as Python, Node.js,
 * PostgreSQL and Clickatell, TypeScript and Jest, Windows, Android and Africa's Talking,
 * PHP, MySQL and SMS.ru, Android; "no" said as "there's nae need for", "I'm no wanting it
 * to", "a hard pass", "we're not going there either", "that's not our department", "Ag,
 * and don't build", "no need", "also don't want inside, maybe next time lah", "we'll
 * steer clear of", "I wouldn't want it next nor near it", "let it not touch those", "that
 * one is not for this app", "сюда не надо", "обойдёмся без них", "লাগবে না", "রাখার
 * দরকার নাই", "no grooming", "nah to", "there's no call for", "nothing about … either".
 * The hockey association's referee-in-chief takes a field off and adds one after "Change
 * something" at "Your data"; the piano tuner adds the room's humidity to the visits at
 * the review. The score compares Russian and Bengali by their letters in Latin script,
 * so their expected words are written in the forms the person used.
 */
export const SEVENTEENTH_ROUND: readonly Persona[] = [
  {
    id: "orienteering-results",
    who: "A Highland orienteering club's volunteer results officer in Scottish English: a Python command-line tool that reads the SportIdent download CSV and the planner's IOF XML courses, checks each runner's punches against their course, names the control of a mispunch, prints results for each course sorted by time, splits for each control, an HTML page and a CSV for the rankings, nothing kept between events; an old Windows program only one person can work and a spreadsheet in the car park today; 'there's nae need for', 'I'm no wanting it to', commands and flags",
    says: {
      overview:
        "I do the results for a wee orienteering club in the Highlands, Strathspey Orienteers. We put on about fifteen local events a year, forest runs mostly, anything from 40 to 200 folk. Everybody carries a SportIdent dibber and punches it at each control, and at the finish we download the dibbers onto the club laptop, which gives us a CSV of every card with the time of each punch. Turning that into results is the bother. We've an old Windows program that only Morag really knows how to work, and when she's away I end up doing it by hand in a spreadsheet in the car park with the midges at me. I'd like a wee command-line tool that takes the download CSV and the courses and gives me the results.",
      walkthrough:
        "Before the event the planner exports the courses from Purple Pen as an IOF XML file, that's each course (White, Yellow, Orange, Light Green, Blue, Brown) with its controls in order. Each runner runs the one course, they pick it at registration and it's in the CSV with their card. After the download I run the tool on the CSV with that courses file. For each runner it checks their punches against their course, in the right order, and if a control is missing or out of order that's a mispunch, and it tells me which control. Then it prints the results for each course sorted by time, with mispunches and retirals at the bottom. I also want splits for each control, so folk can see where they lost time. At the end it should write an HTML page I can put on the club website, and a CSV for the rankings in the format British Orienteering wants.",
      commands:
        "check DOWNLOAD --courses courses.xml just lists the mispunches, so I can have a word with folk before they go home. results DOWNLOAD --courses courses.xml prints the results, with --html results.html to write the web page and --csv ranking.csv for the rankings file. splits DOWNLOAD --courses courses.xml --runner 2087431 shows one runner's splits by their dibber number, and without --runner it does the lot.",
      extras: [
        "There's nae need for it to do entries or the entry fees, SiEntries handles all that before the day. And I'm no wanting it to keep anything between events, every event starts fresh from its own files.",
        "Naw, that's it.",
      ],
      tech: "Python, please. It's on the club laptop already and two of us can read it. The laptop's Windows, mind.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "No",
      Technology: "I have preferences",
      Language: "Python",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "courses IOF XML",
        "checks punches against their course",
        "mispunch which control",
        "results for each course sorted by time",
        "retirals at the bottom",
        "splits for each control",
        "HTML page",
        "CSV for the rankings",
      ],
      tables: [],
      excluded: ["entries", "fee"],
      background: ["spreadsheet"],
      stack: ["Python"],
      commands: ["check", "results", "splits", "--courses", "--html", "--csv", "--runner"],
    },
  },
  {
    id: "minor-hockey-officials",
    who: "A minor hockey association's referee-in-chief in Ontario: the league's schedule imported, officials put in their availability, a referee and two linesmen assigned to each game from those with the right certification level for the division, a warning when someone is already at another arena at the same time, an email with their games to accept or decline, games still missing officials on Friday; each game is at one arena, each assignment is one official on one game; a giant Excel sheet and a group text today; 'a hard pass', 'we're not going there either', jersey size taken off and a game number added after 'Change something'",
    says: {
      overview:
        "I'm the referee-in-chief for Lakeshore Minor Hockey in Barrie, Ontario. We've got about 70 teams from U9 up to U18 and around 90 registered officials, a lot of them teenagers in their first couple of seasons. Every weekend there are 60 to 80 games across four arenas, and every game needs a referee and two linesmen, or two refs for the little ones. Right now I do all of it in a giant Excel sheet and send out the assignments in a group text, and then half my Thursday night goes on kids texting me back that they can't make it. I want a web app where I assign officials to games and they confirm.",
      walkthrough:
        "Every Sunday the league sends out the next week's schedule as a CSV, so first I import the schedule. Officials put in their availability for the week, like 'Saturday 8 to 2, not Sunday'. Then I go through the games and assign a referee and two linesmen to each game. The app should only offer me officials with the right certification level for the division, Level 2 or higher for U15 and up, and warn me if somebody is already on a game at another arena at the same time. Each official gets an email with their games and has to accept or decline. Declined games come back to me, and on Friday I want a list of the games still missing officials so I can start phoning around.",
      things:
        "Officials: name, email, phone, certification level, date of birth (we don't put a 14-year-old on a U18 game) and jersey size, because we hand out the striped jerseys at the start of the season. Arenas: name and address. Games: date, start time, arena, division, home team and away team, and each game is at one arena. Assignments: each one is one official on one game, as referee or linesman, and whether they've accepted or declined. Availability: the official, the date, and the hours they're free that day.",
      thingsChange:
        "Take the jersey size off the officials, the association hands out the kit now, not me. And the games need the league's game number, that's what's printed on the game sheet and what everybody quotes when there's a problem.",
      extras: [
        "Paying the officials is the treasurer's job, she e-transfers them off the game sheets every two weeks, so paying refs is a hard pass for this. Standings and scores, we're not going there either, the league has its own site for that.",
        "Nope, that's everything.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Roles and permissions",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "import the schedule",
        "availability for the week",
        "assign a referee and two linesmen to each game",
        "right certification level for the division",
        "another arena at the same time",
        "email with their games",
        "accept or decline",
        "games still missing officials",
      ],
      tables: [
        { name: "officials", fields: ["name", "email", "phone", "certification level", "date of birth"] },
        { name: "arenas", fields: ["name", "address"] },
        {
          name: "games",
          fields: ["date", "start time", "arena", "division", "home team", "away team", "game number"],
        },
        { name: "assignments", fields: ["official", "game"] },
        { name: "availability", fields: ["official", "date"] },
      ],
      excluded: ["jersey", "pay", "standings", "score"],
      background: ["Excel", "group text"],
    },
  },
  {
    id: "citrus-cold-rooms",
    who: "A Western Cape citrus packhouse's technical manager in South African English: a service without screens that wireless probes in the cold rooms post readings to every 5 minutes (late in a batch after load-shedding, each with its own time), forklift handhelds post pallets scanned into and out of rooms, an SMS to the foreman on shift when a room stays above its set point for more than 15 minutes and when it is back down, the exporter's system asks for a pallet's temperature history and days below its protocol temperature; each probe hangs in one room, a pallet is in one room at a time; a foreman's clipboard today; 'that's not our department', 'Ag, and don't build', Node.js, PostgreSQL and Clickatell",
    says: {
      overview:
        "I'm the technical manager at a citrus packhouse outside Citrusdal in the Western Cape. We pack about two million cartons a season for export, and once the pallets are built they go into one of our eight cold rooms until the container truck takes them down to the port in Cape Town. For the US and China the fruit has to go through cold sterilisation, which means the pulp has to stay below a set temperature for a set number of days, and the exporter and the inspectors want the proof per pallet. At the moment a foreman walks round with a clipboard every two hours and writes down the room temperatures, and we've got a few loggers we download with a cable. It's not good enough. We've put wireless probes in every room, and now we need a service in the middle that takes in their readings, knows which pallet is in which room, and shouts when a room goes warm.",
      walkthrough:
        "Nobody sits and looks at this thing, it's machines talking to it. Every probe sends a reading every 5 minutes with its serial number, the time and the temperature. With load-shedding the Wi-Fi drops out now and then, so the probes keep their readings and send them late in a batch, and the service must take each reading with its own time, not the time it arrived. The forklift drivers scan the pallet barcode with their handhelds when they put a pallet into a room and again when they take it out, and the handheld posts that to the service. If a room stays above its set point for more than 15 minutes, the service sends an SMS to the foreman on shift, and another one when it's back down. Before loading, the exporter's system asks the service for the temperature history of a pallet, and for how many days each pallet has been below its protocol temperature, so they know when it's ready to ship.",
      things:
        "There are the cold rooms, each with a number and its set point. Each probe hangs in one room and has a serial number. The readings are just the probe, the time and the temperature. A pallet has its pallet number, the grower, the variety, the number of cartons and the market it's going to. The markets each have a name and their protocol temperature, and how many days it must be held. A pallet is in one room at a time, so the pallet movements are the pallet, the room, the time in and the time out. And the foremen: name, cellphone number and whether they're on the day or the night shift.",
      extras: [
        "The grading on the line and the workers' wages, that's not our department, the line software and payroll look after those. Ag, and don't build any screens for the foremen either, the group's IT people made a dashboard that will just call this later.",
        "No, that's the lot.",
      ],
      tech: "Thabo, our IT guy, does everything in Node.js, so Node.js please, with PostgreSQL. And the group already has a Clickatell account for SMSes, so use that.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No people log in. The probes, the handhelds and the exporter's system each get their own key.",
      Technology: "I have preferences",
      "Back end": "Node.js, Thabo knows it",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "reading every 5 minutes",
        "late in a batch",
        "scan the pallet barcode",
        "above its set point for more than 15 minutes",
        "SMS to the foreman on shift",
        "back down",
        "temperature history of a pallet",
        "days below protocol temperature",
      ],
      tables: [
        { name: "cold rooms", fields: ["number", "set point"] },
        { name: "probes", fields: ["serial number", "room"] },
        { name: "readings", fields: ["probe", "time", "temperature"] },
        { name: "pallets", fields: ["pallet number", "grower", "variety", "cartons", "market"] },
        { name: "markets", fields: ["name", "protocol temperature"] },
        { name: "pallet movements", fields: ["pallet", "room", "time in", "time out"] },
        { name: "foremen", fields: ["name", "cellphone number", "shift"] },
      ],
      excluded: ["grading", "wage"],
      background: ["clipboard"],
      stack: ["Node.js", "PostgreSQL", "Clickatell"],
    },
  },
  {
    id: "cpf-contributions",
    who: "A Singapore HR software company's developer in Singaporean English: a TypeScript package that works out one employee's CPF contribution for one month from the ordinary and additional wage, date of birth and residency status, the employer and employee share, the right age band, the OW ceiling and the annual AW ceiling, wages below $50 and the phased employee share, the CPF Board's rounding, rates kept by year for past months, the rate tables' examples as tests, nothing stored; copy-pasted CPF code in three apps today; 'no need', 'also don't want inside, maybe next time lah', TypeScript and Jest",
    says: {
      overview:
        "I'm a developer at a small HR software company in Singapore, we do payroll and claims for about 300 SMEs, mostly F&B and retail. Now got three apps that calculate CPF: the payroll web app, the mobile app for part-timers and an old reporting job, and each one has its own copy-paste of the CPF code. Every January the rates or the wage ceiling change, and sure got one app somebody forgot to update, then the customers call us. I want to make one small TypeScript package that all three apps use, that calculates the CPF contribution for one employee for one month.",
      walkthrough:
        "The app passes in the month, the employee's date of birth, the residency status (Singapore citizen, or PR in first year, second year, or third year onwards), the ordinary wage for the month and the additional wage, like bonus, if got. The package gives back the employer share and the employee share, and the total. It must use the right age band for that month, because the rates for older workers are different and they step up every year now. Ordinary wage above the OW ceiling is not counted, and the additional wage has the annual AW ceiling, so the app also passes in the ordinary wages already paid that year. Wages below $50 got no CPF at all, and between $500 and $750 the employee share is phased in, must handle those also. Rounding must follow the CPF Board rules exactly: the total rounded to the nearest dollar, the employee share rounded down to the dollar, the employer pays the rest. And the rates must be kept by year inside the package, so when we recalculate a past month it uses that year's rates, not today's. Every example in the CPF Board's rate tables should be a test case.",
      extras: [
        "Generating the CPF submission file for the CPF Board portal, no need, the payroll app does that already. The self-help group funds like CDAC, MBMF and SINDA also don't want inside, maybe next time lah.",
        "No more already, thanks.",
      ],
      tech: "TypeScript, we publish it to our private npm registry. Tests in Jest, because all our other repos use Jest. No dependencies if can.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    expect: {
      kind: "library",
      features: [
        "employer share and the employee share",
        "residency status",
        "right age band for that month",
        "OW ceiling",
        "annual AW ceiling",
        "wages below $50",
        "employee share phased in",
        "total rounded to the nearest dollar",
        "employee share rounded down",
        "recalculate a past month",
        "example rate tables test case",
      ],
      tables: [],
      excluded: ["submission", "CDAC", "MBMF", "SINDA"],
      background: ["copy-paste"],
      stack: ["TypeScript", "Jest"],
    },
  },
  {
    id: "clearance-auction-clerk",
    who: "A Kilkenny auctioneer in long paragraphs: a program on the Windows laptop for on-site house-contents and machinery clearance sales with no internet, the catalogue of lots printed, bidders registered at the door with the next bidder number, the hammer price and bidder number typed in as each lot is knocked down, a lot marked passed, a warning for a bidder number never registered, a buyer's invoice with the buyer's premium and the VAT on the premium, a vendor's statement with the commission taken off, the sale copied onto the office computer; every lot belongs to one vendor and is in one sale, a bidder number is only good for the one sale; a duplicate book and a calculator in the back of the van today; 'we'll steer clear of', 'I wouldn't want it next nor near it'",
    says: {
      overview:
        "I'm an auctioneer in Thomastown, Co. Kilkenny, and along with the property side we do on-site clearance auctions: house contents when an old farmhouse or a big house is being cleared out, and farm machinery dispersal sales when a farmer is retiring. We'd do maybe thirty of them a year. The sale is held on the premises, in the yard, in a shed or in a marquee on the lawn, and nine times out of ten there's no internet worth talking about and sometimes barely a phone signal, so whatever we use has to run on the laptop with no connection at all.\n\nAt the moment the clerking is all paper. The clerk sits beside me with a duplicate book and writes down each lot as it's knocked down, the price and the bidder's number, and at the end of the day we're totting it up with a calculator in the back of the van while a queue of people waits to pay and take their stuff home. Mistakes happen, a lot gets written against the wrong number, and then a week later a vendor is on to us asking why his statement doesn't match what he heard on the day. I'd like a program on the laptop that does the catalogue, registers the bidders, records the sale as it happens, and does the invoices and the vendors' statements at the end.",
      walkthrough:
        "In the week before the sale, my assistant goes out to the place and lists every lot: the lot number, a description like 'Victorian mahogany chest of drawers' or 'Massey Ferguson 135, 1972, goes well', which vendor owns it, our estimate, and the reserve if the vendor wants one. Most sales have the one vendor, but the machinery sales often have a few neighbours putting in bits as well, so it matters who owns what. From that the program should print the catalogue, with the lots in order, which we hand out on the day and pin up in the local mart and the post office beforehand.\n\nOn the morning people register at the door before they can bid: name, address, phone and some ID, and the program gives them the next bidder number, which we write on a card for them. Then during the sale, as I knock down each lot, the clerk types in the hammer price and the bidder number and moves on to the next. If a lot doesn't sell, or doesn't reach the reserve, she marks it passed and we might put it up again at the end. It has to be quick, I can sell a lot every thirty seconds when it's going well, and it should warn her straight away if she types a bidder number that was never registered.\n\nWhen a buyer comes to the desk to settle up, the program should print their invoice: every lot they bought with the hammer price, the buyer's premium of 10 per cent on top, and the VAT on the premium. And after the sale we send each vendor a statement of their lots, what each one made, our commission taken off, and the amount we'll be paying them. Back in the office I'd want to copy the whole sale over onto the office computer; a file on a USB key would be grand.",
      things:
        "So there's the sale itself, which is the date, the place and whether it's contents or machinery. Vendors have a name, an address, a phone number and the commission rate we agreed with them, usually 15 per cent on contents and less on machinery. Every lot belongs to one vendor and is in one sale, with its lot number, description, estimate and reserve, and then on the day the hammer price and the buyer. Bidders have their bidder number, name, address and phone and the ID they showed us, and a bidder number is only good for the one sale, next week it starts from 1 again.",
      extras: [
        "I'll say it now so it's clear: there's to be no online bidding or streaming the sale on the internet. Some of the bigger houses do it, but we'll steer clear of all that. And delivery, I wouldn't want it next nor near it, buyers take their own stuff away or make their own arrangements with a haulier.",
        "No, I think that's the whole of it. Thanks a million.",
      ],
      tech: "It's a Windows laptop, that's as much as I know. Whatever it's written in, it has to install on that and run without the internet.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No accounts",
      Sharing: "No, it's personal",
      Technology: "I have preferences",
    },
    expect: {
      kind: "desktop app",
      features: [
        "print the catalogue",
        "next bidder number",
        "hammer price and the bidder number",
        "marks it passed",
        "bidder number that was never registered",
        "buyer's premium",
        "VAT on the premium",
        "statement commission taken off",
        "copy the whole sale onto the office computer",
      ],
      tables: [
        { name: "sales", fields: ["date", "place"] },
        { name: "vendors", fields: ["name", "address", "phone", "commission rate"] },
        {
          name: "lots",
          fields: [
            "sale",
            "vendor",
            "lot number",
            "description",
            "estimate",
            "reserve",
            "hammer price",
            "buyer",
          ],
        },
        { name: "bidders", fields: ["sale", "bidder number", "name", "address", "phone"] },
      ],
      excluded: ["streaming", "delivery", "haulier"],
      background: ["duplicate book", "calculator"],
      stack: ["Windows"],
    },
  },
  {
    id: "tea-leaf-clerks",
    who: "A Kericho tea factory's field services manager in Kenyan English: leaf clerks at buying centres find a grower by grower number or name, enter the kgs and the rejected kgs with the reason, the grower gets an SMS with today's kgs and the month's total, the lorry registration and kgs loaded with the driver signing on the phone, kgs weighed at each centre against kgs received at the factory, working without network; records after dashes on lines, each grower belongs to one buying centre; a register book and handwritten slips today; 'let it not touch those', 'that one is not for this app', Android and Africa's Talking",
    says: {
      overview:
        "I am the field services manager at Kiptagich Tea Factory in Kericho. We buy green leaf from about 6,500 smallholder growers through 38 buying centres, those small sheds by the road where the growers bring their leaf in the morning. At each centre there is a leaf clerk who weighs the leaf, and right now he writes everything in a big register book and gives the grower a handwritten slip. Then the books come to the factory and our data clerks type them, and by the time the growers see their monthly kilos there are so many complaints. We want a mobile app for the leaf clerks to record the weighing at the centre, so that the grower gets an SMS immediately.",
      walkthrough:
        "The grower comes with the leaf. The clerk enters the grower number, or searches by name, and the app shows the grower's name so he can confirm it is the right person. He puts the leaf on the scale and enters the kgs. If some of the leaf is coarse or wet, he rejects that part and enters the rejected kgs and the reason. When he saves, the grower gets an SMS with the kgs for today and the total for the month so far. Around midday the lorry comes; the clerk records the lorry registration and the total kgs loaded, and the driver signs on the phone. At the factory the weighbridge clerk enters the kgs received for that lorry, and we want a report showing for each centre the kgs weighed at the centre against the kgs received at the factory, so we can see where leaf is getting lost. Many centres are up in the hills with no network, so the app must work without network and send everything when the clerk gets network again.",
      things:
        "- growers: grower number, name, ID number, phone number, buying centre\n- buying centres: name, route, clerk\n- weighings: grower, date, kgs, rejected kgs, reason\n- lorry collections: buying centre, date, lorry registration, kgs loaded, kgs received\nEach grower belongs to one buying centre, and each centre has one clerk.",
      extras: [
        "Payments to the growers and the bonus at the end of the year, let it not touch those, finance has its own system at head office. Also the fertiliser we give growers on credit, that one is not for this app.",
        "That is all. Thank you.",
      ],
      tech: "The clerks have Android phones that the company gave them. For the SMS we already use Africa's Talking, so use that one.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "The clerks log in, and us at the factory. Growers don't log in, they only get SMS.",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    expect: {
      kind: "mobile app",
      features: [
        "grower number or searches by name",
        "rejected kgs and the reason",
        "SMS with the kgs for today",
        "total for the month",
        "lorry registration kgs loaded",
        "driver signs on the phone",
        "weighed at the centre against received at the factory",
      ],
      tables: [
        { name: "growers", fields: ["grower number", "name", "id number", "phone number", "buying centre"] },
        { name: "buying centres", fields: ["name", "route", "clerk"] },
        { name: "weighings", fields: ["grower", "date", "kgs", "rejected kgs", "reason"] },
        {
          name: "lorry collections",
          fields: ["buying centre", "date", "lorry registration", "kgs loaded", "kgs received"],
        },
      ],
      excluded: ["payment", "bonus", "fertiliser"],
      background: ["register book", "handwritten"],
      stack: ["Android", "Africa's Talking"],
    },
  },
  {
    id: "shinomontazh-hranenie",
    who: "A Novosibirsk tyre fitter with tyre storage in Russian (Cyrillic): an online booking for the seasonal tyre change by free slots with an SMS reminder a day before, a day's schedule by bay for the admin who also books callers, tyre sets taken into storage with a printed sticker with the set's number and the cell they lie in, where a booking client's wheels are, free cells and whose storage is paid until when; records after colons on lines, each car has one owner, one set lies in one cell; an Excel table and a notebook (тетрадка) today; 'сюда не надо', 'обойдёмся без них', PHP, MySQL and SMS.ru",
    says: {
      overview:
        "Здравствуйте. У нас шиномонтаж с сезонным хранением шин в Новосибирске, на Левом берегу: три поста и склад примерно на четыреста комплектов. Основная работа — переобувка. В конце апреля и в мае все едут на летнюю резину, в октябре, как только выпадет первый снег, — на зимнюю, и в эти недели у ворот очередь, а телефон не замолкает. Сейчас люди записываются по телефону и в WhatsApp, админ ведёт запись в Excel-таблице, а шины на хранении записаны в тетрадке. Бывает, что двух клиентов записали на одно время на один пост, или человек приезжает за своими колёсами, а мы полчаса ищем их по складу. Хотим веб-приложение: онлайн-запись на переобувку и нормальный учёт шин на хранении.",
      walkthrough:
        "Клиент заходит на сайт, выбирает услугу (переобувка, ремонт прокола, балансировка), видит свободные слоты и записывается: имя, телефон, госномер машины. За день до записи ему приходит СМС-напоминание. Админ видит расписание по постам на весь день и может сам записать того, кто позвонил по телефону. Когда клиент оставляет шины у нас, мастер заводит комплект: сезон, размер, бренд, сколько штук, на дисках или нет, в какую ячейку положили, и печатает наклейку с номером комплекта, её клеим на каждое колесо. Когда клиент записался на переобувку, админ сразу видит, где лежат его колёса, и их заранее достают со склада. И ещё хочу в любой момент видеть, сколько ячеек свободно и у кого хранение оплачено до какого числа, чтобы обзванивать должников.",
      things:
        "Клиенты: имя, телефон\nМашины: владелец, госномер, марка, модель. У каждой машины один владелец, но у клиента бывает две-три машины\nКомплекты шин: машина, сезон (лето, зима, шипы), размер, бренд, количество, на дисках или нет, ячейка, хранение оплачено до\nЯчейки: номер, стеллаж. В одной ячейке лежит один комплект\nЗаписи: клиент, машина, пост, дата и время, услуга",
      extras: [
        "Продажу шин и дисков сюда не надо, это всё ведётся в 1С. Бонусы и скидки тоже — обойдёмся без них.",
        "Нет, больше ничего. Спасибо.",
      ],
      tech: "Сайт у нас крутится на хостинге с PHP и MySQL, знакомый программист пишет на PHP, так что давайте на PHP и MySQL. СМС отправляем через SMS.ru, аккаунт там уже есть.",
    },
    picks: {
      Kind: "Web app",
      Accounts: "Клиенты без регистрации, в систему заходят только админ и мастера",
      Technology: "I have preferences",
      "Back end": "PHP",
      Database: "MySQL",
    },
    expect: {
      kind: "web app",
      features: [
        "онлайн-запись на переобувку",
        "свободные слоты",
        "СМС-напоминание за день",
        "расписание по постам",
        "кто позвонил",
        "наклейку с номером комплекта",
        "где лежат колёса",
        "ячеек свободно",
        "хранение оплачено до",
      ],
      tables: [
        { name: "клиенты", fields: ["имя", "телефон"] },
        { name: "машины", fields: ["владелец", "госномер", "марка", "модель"] },
        {
          name: "комплекты шин",
          fields: ["машина", "сезон", "размер", "бренд", "количество", "ячейка", "хранение оплачено до"],
        },
        { name: "ячейки", fields: ["номер", "стеллаж"] },
        { name: "записи", fields: ["клиент", "машина", "пост", "дата", "услуга"] },
      ],
      excluded: ["продаж", "бонус", "скидк"],
      background: ["тетрадк", "Excel"],
      stack: ["PHP", "MySQL", "SMS.ru"],
    },
  },
  {
    id: "dorjir-order",
    who: "A Mirpur tailor in Bengali (Bengali script): the manager finds a customer by mobile number and the previous measurements come up, an order with garment, cloth, price, advance, trial date and delivery date, an order number and an SMS, the karigar it was given to, today's deliveries and the late ones each morning, an SMS when it is ready, the balance taken at delivery; records in parentheses, every order is one customer's and in one karigar's hands; a measurement book (মাপের খাতা) and carbon-copy receipts today; 'লাগবে না', 'রাখার দরকার নাই', Android",
    says: {
      overview:
        "আসসালামু আলাইকুম। মিরপুর ১০ নম্বরে আমার একটা টেইলার্সের দোকান আছে, নাম নিউ রূপসা টেইলার্স। আমরা ছেলেদের শার্ট, প্যান্ট, পাঞ্জাবি আর মেয়েদের সালোয়ার কামিজ, ব্লাউজ বানাই। আমি ছাড়া দোকানে পাঁচজন কারিগর কাজ করে, আর একজন ম্যানেজার কাউন্টারে বসে। এখন কাস্টমারের মাপ একটা বড় মাপের খাতায় লিখে রাখি, আর অর্ডার নিলে হাতে লেখা রসিদ দেই, যার কার্বন কপি আমাদের কাছে থাকে। ঈদের আগে দিনে পঞ্চাশ-ষাটটা অর্ডার আসে, তখন খাতা ঘেঁটে পুরানো মাপ খুঁজে পাওয়া যায় না, কোন অর্ডার কোন কারিগরের কাছে আছে কেউ জানে না, আর ডেলিভারির দিন কাস্টমার এসে বসে থাকে। তাই একটা মোবাইল অ্যাপ চাই, যেখানে মাপ, অর্ডার আর ডেলিভারি সব এক জায়গায় থাকবে।",
      walkthrough:
        "কাস্টমার দোকানে আসলে ম্যানেজার প্রথমে মোবাইল নম্বর দিয়ে খুঁজবে। পুরানো কাস্টমার হলে তার আগের মাপ সাথে সাথে চলে আসবে, দরকার হলে একটু বদলে নিবে। নতুন কাস্টমার হলে নাম আর মোবাইল নম্বর লিখে আমি মাপ নিবো। তারপর অর্ডার: কোন পোশাক, কয়টা, কাপড় কাস্টমারের নাকি দোকানের, দাম কত, অ্যাডভান্স কত দিল, ট্রায়ালের তারিখ আর ডেলিভারির তারিখ। অর্ডার সেভ করলে একটা অর্ডার নম্বর হবে আর কাস্টমারের মোবাইলে SMS যাবে। তারপর আমি বসাবো অর্ডারটা কোন কারিগরকে দিলাম। প্রতিদিন সকালে দেখতে চাই আজকে কোন কোন অর্ডারের ডেলিভারি, আর কোনগুলো দেরি হয়ে গেছে। জামা রেডি হলে SMS যাবে যে এসে নিয়ে যেতে পারেন। ডেলিভারির সময় বাকি টাকা নিয়ে অর্ডারটা বন্ধ করবো।",
      things:
        "কাস্টমার (নাম, মোবাইল নম্বর, ঠিকানা)। মাপ (কাস্টমার, পোশাক, লম্বা, বুক, কোমর, কাঁধ, হাতা, গলা) — একজন কাস্টমারের প্রতিটা পোশাকের আলাদা মাপ থাকে, শার্টের মাপ আর পাঞ্জাবির মাপ এক না। অর্ডার (অর্ডার নম্বর, কাস্টমার, পোশাক, কয়টা, কাপড় কার, দাম, অ্যাডভান্স, ট্রায়ালের তারিখ, ডেলিভারির তারিখ, কারিগর, অবস্থা)। প্রতিটা অর্ডার একজন কাস্টমারের, আর একজন কারিগরের হাতে থাকে। কারিগর (নাম, মোবাইল নম্বর)।",
      extras: [
        "কাপড় বিক্রির হিসাব এখানে লাগবে না, ওটা আলাদা খাতায় চলে। কারিগরদের বেতনের হিসাবও এই অ্যাপে রাখার দরকার নাই।",
        "না, আর কিছু না। ধন্যবাদ ভাই।",
      ],
      tech: "দোকানে আমার আর ম্যানেজারের দুইজনেরই Android ফোন, তাই Android-এ চললেই হবে।",
    },
    picks: {
      Kind: "Mobile app",
      Accounts: "শুধু আমি আর ম্যানেজার লগইন করবো, কাস্টমার বা কারিগর না।",
      Technology: "I have preferences",
      "App tech": "Android-এ চললেই হবে",
    },
    expect: {
      kind: "mobile app",
      features: [
        "মোবাইল নম্বর দিয়ে খুঁজবে",
        "আগের মাপ",
        "অর্ডার নম্বর",
        "কারিগরকে দিলাম",
        "আজকে ডেলিভারি",
        "দেরি হয়ে গেছে",
        "রেডি হলে SMS",
        "বাকি টাকা",
      ],
      tables: [
        { name: "কাস্টমার", fields: ["নাম", "মোবাইল নম্বর", "ঠিকানা"] },
        { name: "মাপ", fields: ["কাস্টমার", "পোশাক", "লম্বা", "বুক", "কোমর", "কাঁধ", "হাতা", "গলা"] },
        {
          name: "অর্ডার",
          fields: [
            "অর্ডার নম্বর",
            "কাস্টমার",
            "পোশাক",
            "দাম",
            "অ্যাডভান্স",
            "ট্রায়ালের তারিখ",
            "ডেলিভারির তারিখ",
            "কারিগর",
            "অবস্থা",
          ],
        },
        { name: "কারিগর", fields: ["নাম", "মোবাইল নম্বর"] },
      ],
      excluded: ["বিক্রি", "বেতন"],
      background: ["খাতা", "কার্বন কপি"],
      stack: ["Android"],
    },
  },
  {
    id: "cattery-bookings",
    who: "A boarding cattery owner near Ballarat in a few lower-case words a time: owners book dates and a pen online and add their cats, she approves or declines, owners upload the vax cert which must be in date for the whole stay, each morning a list of who's in with feeding and meds, ticking fed, litter and meds; records after dashes on lines, a cat belongs to one owner; a paper diary and Facebook messages today; 'no grooming', 'nah to'",
    says: {
      overview: "booking site for our cattery. 24 pens, just out of ballarat",
      more: "owners book online, i confirm. me and my daughter run it. atm its a paper diary + facebook messages",
      walkthrough:
        "owner picks dates + pen, adds their cats. i approve or decline. they upload vax cert, has to be in date for the whole stay. each morning a list of whos in w feeding + meds. we tick fed, litter, meds done",
      things:
        "owners - name, phone, email, vet\ncats - name, owner, breed, age, food, meds, vax due\npens - number, single or family\nbookings - owner, pen, cats, in date, out date\ncat belongs to one owner",
      extras: ["no grooming. nah to payments, they pay at pickup", "nope"],
    },
    picks: {
      Kind: "Web app",
      Accounts: "owners log in, me n my daughter are admin",
    },
    expect: {
      kind: "web app",
      features: [
        "book online",
        "approve or decline",
        "upload vax cert",
        "in date for the whole stay",
        "each morning feeding meds",
        "tick fed litter",
      ],
      tables: [
        { name: "owners", fields: ["name", "phone", "email", "vet"] },
        { name: "cats", fields: ["name", "owner", "breed", "age", "food", "meds", "vax due"] },
        { name: "pens", fields: ["number"] },
        { name: "bookings", fields: ["owner", "pen", "in date", "out date"] },
      ],
      excluded: ["grooming", "payment"],
      background: ["paper diary", "facebook"],
    },
  },
  {
    id: "piano-tuner-rounds",
    who: "A west Wales piano tuner in Welsh English: each piano with its own tuning interval, a list each month of pianos coming due grouped by area, the piano's history on his phone, the visit written up (work done from tuning, pitch raise, repair or regulation, the pitch left at, the price, notes), the next due date worked out from the interval; records in parentheses, each piano belongs to one customer; a big diary and a box of record cards today; 'there's no call for that here', 'nothing about selling either', the room's humidity added to the visits at the review",
    says: {
      overview:
        "I'm a piano tuner and technician based in Llandeilo, and I look after about 600 pianos across Carmarthenshire and Ceredigion: people's homes, a lot of chapels, a few schools, and the odd concert grand at the arts centre in Aberystwyth. Everything's in a big diary and a box of record cards, one card per piano, with every visit written on the back. The cards are falling apart, and the bigger problem is I only find out a piano's due when the customer rings, so half my regulars go two or three years between tunings. I'd like a simple web app that keeps the pianos and their history and tells me who's due.",
      walkthrough:
        "Each piano has its own tuning interval, twelve months for most homes, six for the schools and for the chapels with a choir. At the start of each month I want a list of the pianos coming due, grouped by area, because I plan my rounds by valley, all the Teifi valley ones one week and the Tywi valley ones the next. I'd ring or email them and fix a date, and then on the day I'd open the piano on my phone, see its history, and write up the visit: the date, the work done (tuning, pitch raise, repair or regulation), the pitch I left it at, because some of the old ones I leave a bit flat at 435 rather than 440, what I charged, and notes like 'sticking key on middle C'. The next due date should then work itself out from the interval.",
      things:
        "Customers (name, address, postcode, area, phone, email) and their pianos (make, model, serial number, year, which room it's in, tuning interval). Each piano belongs to one customer, though a chapel can have two or three. And visits (piano, date, work done, pitch, price, notes).",
      extras: [
        "Piano removals I pass on to a firm in Llanelli, so there's no call for that here. And I stopped selling pianos years ago, so nothing about selling either.",
        "No, that's it now, diolch.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Just me, one login",
    },
    atReview: [
      "Oh, there's one thing, sorry. I need to write down the humidity in the room at every visit, chapels are terrible for damp and it tells me a lot. Could that go on the visits, please?",
    ],
    expect: {
      kind: "web app",
      features: [
        "own tuning interval",
        "pianos coming due",
        "grouped by area",
        "see its history",
        "write up the visit",
        "tuning pitch raise repair regulation",
        "next due date from the interval",
      ],
      tables: [
        { name: "customers", fields: ["name", "address", "postcode", "area", "phone", "email"] },
        {
          name: "pianos",
          fields: ["customer", "make", "model", "serial number", "year", "room", "tuning interval"],
        },
        { name: "visits", fields: ["piano", "date", "work done", "pitch", "price", "notes", "humidity"] },
      ],
      excluded: ["removal", "selling"],
      background: ["record card", "diary"],
    },
  },
];
