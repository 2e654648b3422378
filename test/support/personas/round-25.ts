import type { Persona } from "../persona-driver.js";

/**
 * The twenty-fifth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-25.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes on lines, in parentheses or told in long
 * sentences with asides. Eight write in English, each in their own English and their own
 * register, from a retired civil servant's formal prose to a teenager's lower-case chat:
 * Cockney from the Mile End Road ("Alright mate", "thirty-one year", "me son", "some
 * herbert", "have a butcher's", "it ain't half", "of a Thursday", "give 'em a bell", "me
 * brother-in-law's game, leave it well out", "don't want that on there neither", "mind
 * how you go"), Maine English from Bowdoinham ("the dump", "right out straight", "a fella
 * from away", "the camp people", "their company", "apiece", "ayuh", "deah", "you have a
 * good one"), formal Botswana English from near Kanye ("Dumela", "Allow me to introduce
 * myself", "the cattle post", "small stock", "the kraal", "Permit me to explain", "I must
 * stress", "cell number", "I would ask that they be kept out of this system entirely",
 * "it has no place here", "Ke a leboga"), Cumbrian from Caldbeck (lower-case, "o t", "aa
 * do", "yan", "nae signal up t fell", "owd un", "different do, nowt to do wi us", "nay.
 * ta"), New York English from the Bronx, teenager-casual ("yo", "lowkey", "rn",
 * "deadass", "mad drama", "tryna", "fr", "bro", "nah thats the treasurer, keep it out",
 * "appreciate u"), Chicago English from the South Side ("how you doing", "over by Fulton
 * Market", "some jagoff", "you guys", "real picky", "period", "gotta", "Go Sox"),
 * Potteries English from Burslem ("Ey up me duck", "a potbank", "a paintress",
 * "twenty-two year", "she weren't best pleased", "our Dean", "conna", "dunna", "Ta ever
 * so") and Papua New Guinea English coloured by Tok Pisin ("Moning tru", "the boys",
 * "wantoks", "olsem", "plenti times", "Bikpela trouble", "em tasol", "em payroll system",
 * "Tenkyu tru"). One writes in Slovenian (never used before, as a Kamnik volunteer fire
 * brigade's commander types it, with the words Slovenes really use: "PGD", "Excel
 * tabela", "laptop", "mail", "servis", "inšpekcija", "na pomoč"), and one in Kazakh
 * (Cyrillic with ә, қ, ң, ө, ұ, ү and і, never used before, as a Talgar yurt hire owner
 * types it, with the Russian and English words Kazakhs really mix in: "онлайн", "сайт",
 * "бронь", "предоплата", "доставка", "клиент", "бригада", "Kaspi", "WhatsApp",
 * "Instagram", "Excel"). What varies is the kind of software, the domain and the length
 * of the answers: web apps for a Knowledge school's students (the Blue Book's 320 runs,
 * call-overs marked out of ten, a run known only when called over clean twice,
 * appearances with their stage, examiner and points, no first appearance before all 320
 * runs, no more than one mock a week, who hasn't been in for three weeks), a Maine
 * town's transfer station stickers and fees (a sticker for every plate, ten dollars a
 * year and five for a second vehicle, no sticker without the registration or the tax
 * bill, bulky waste by the item, no more than one demolition load a day from one vehicle,
 * haulers' permits, the month's money with cash and checks separate, who hasn't
 * renewed), a Botswana borehole syndicate's levies and engine (P15 a head of cattle and
 * P5 of small stock, head counts declared every quarter, no watering more than two months
 * in arrears, not more than three herds a day, the engine log and a warning below 200
 * litres of diesel, three Committee members for a repair above P2,000, a statement for
 * the AGM), a Slovenian volunteer fire brigade's members, medical checks, courses,
 * interventions, drills and equipment (zdravniški pregledi valid three years, nobody on
 * an intervention without one, nobody under 16 ever, at least 20 hours of drills a year,
 * jeklenke pressure-tested every 5 years, a report for the občni zbor) and a Talgar yurt
 * hire's bookings (киіз үй priced by its қанат, no booking without a 50 percent
 * prepayment, only her crew putting a yurt up, delivery by the kilometre and nothing past
 * 150 km, a wet yurt dried at least a day, tears and stains photographed, how many times
 * each was hired); a phone app for a Caldbeck sheepdog trial's scores on the fell without
 * signal (outrun, lift, fetch, drive, shed and pen out of 100, 15 minutes, no dog twice
 * in one class, a tie to the best outrun, a results board); a Java command-line tool that
 * pairs a Bronx high school chess club's Swiss tournament (by rating, then by score, no
 * rematches, no white 3 times in a row, no second bye, board numbers, Buchholz, Elo),
 * with commands and flags; a service without screens that a West Loop valet company's
 * runner app, text line and host stand tablets call (four photos before the car moves, no
 * lot more than three blocks away, no keys off the hook without the ticket scanned,
 * nobody under 21 driving, validations, each night's cars, money and wait); a program on
 * a Burslem china restorer's iMac (job numbers and photographs, no work before the quote
 * is signed, clean, bond, fill, paint and glaze, no repair hidden, a letter after 90
 * days, cost against quote); and a C# library on a NuGet feed that works out a Papua New
 * Guinea mine's fly-in fly-out rosters (14 on 14 off and the like, swings on the Tuesday
 * and Friday charter, no shift over 12 hours, 10 hours' rest, no more than 28 days on
 * site, 24 hours off from days to nights, every broken rule with its reason, who is on
 * site on a public holiday). The sheepdog trial's secretary answers in a few lower-case
 * words each time, the transfer station's clerk in long paragraphs, the others in
 * between. Relations said plainly ("every call-over is one student on one run", "every
 * vehicle belongs to one household", "each head count, payment and watering day belongs
 * to one member", "every dog's yan handler's", "every game is in one tournament", "every
 * ticket is one car at one restaurant", "every piece belongs to one customer", "vsak
 * pregled pripada enemu članu", "әр бронь бір киіз үйге және бір клиентке тиесілі");
 * background in a big ledger and a wall chart with drawing pins, a three-ring binder and
 * a shoebox of carbon slips, a hardcover counter book and minutes in longhand, a card
 * that goes to mush in the rain, a whiteboard and a Google Sheet, paper claim tickets and
 * a pegboard in a lockbox, a day book and Post-it notes, an Excel sheet for every
 * supervisor, an Excel tabela and a zvezek, a дәптер, WhatsApp and Excel; technology
 * named as Android, Java, Java with Spring Boot and Postgres, an iMac and Electron, C#
 * and NuGet; "no" said as "leave it well out", "don't want that on there neither",
 * "leave that out entirely", "it's not our job and I don't want it in there", "I would
 * ask that they be kept out of this system entirely", "it has no place here", "leave
 * em", "nowt to do wi us", "keep it out", "dont add that", "keep tips out of it", "that's
 * a garage thing, leave it out", "nowt to do with this, leave it out", "dunna put them on
 * there", "em payroll system, leave it out", "not for this library", "tukaj ne rabimo",
 * "pustite to ven", "оны қоспаңыз", "бұл жерге керек емес"; while rules keep their "no"
 * ("nobody gets marked as knowing a run till", "no sticker gets sold unless", "no
 * member's cattle may be watered while", "no dog runs twice in yan class", "nobody plays
 * the same person twice", "nobody under 21 drives a customer's car", "no work starts
 * till they've signed the quote", "no man can do more than 28 days on site", "mladi
 * gasilci pod 16 let nikoli ne gredo na intervencijo", "предоплатасыз бронь
 * жасамаймыз"). The Knowledge school's owner takes the phone off the students and adds
 * the moped reg after "Change something" at "Your data"; the valet company's owner adds a
 * damage note to every ticket at the review. The score compares Slovenian without its č,
 * š and ž and Kazakh by its letters in Latin script, so their expected words are written
 * in the forms the person used (or the stem those forms begin with, as "veselic",
 * "članarin" and "әншілер"), and the excluded words of all ten were checked not to read
 * like anything they want.
 */
export const TWENTY_FIFTH_ROUND: readonly Persona[] = [
  {
    id: "knowledge-school-runs",
    who: "A retired black cab driver who runs a Knowledge school above a caff on the Mile End Road, in Cockney: a website where every student's runs of the Blue Book's 320 are ticked off, each call-over marked out of ten and a run known only when called over clean twice, every appearance at TfL with the date, the stage, the examiner and the points, no first appearance till all 320 runs are done, mock appearances on a Thursday at £15 with no more than one a week, a list every month of who hasn't been in for three weeks; records in brackets, every call-over one student on one run; a big ledger and a wall chart with drawing pins today; the cab rental 'me brother-in-law's game, leave it well out', the books and maps 'don't want that on there neither'; the phone taken off the students and the moped reg added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Alright mate. Name's Terry Dobbs, I drove a black cab for thirty-one year and now me and me son Lee run a little Knowledge school above a caff on the Mile End Road. The lads and girls doing the Knowledge come in of an evening to call over their runs with a partner, and we keep an eye on how they're getting on. Right now it's all in a big ledger on the counter and a wall chart with drawing pins, and half the time some herbert's knocked the pins out and nobody knows who's up to what. I want a proper website for it, where I can have a butcher's at any student and see where he's at.",
      walkthrough:
        "The Blue Book's got 320 runs, from one point to another, Manor House to Gibson Square and that, and every student's got to learn the lot, the run and everything a quarter mile round each end. When a student's done a run on his moped he ticks it off, and when he calls it over to one of us or to his partner we give him a mark out of ten. Nobody gets marked as knowing a run till he's called it over clean twice.\n\nThen there's the appearances up at TfL, that's the exam, one to one with an examiner, and it ain't half a nerve-wracker. I want every appearance wrote down with the date, the stage, the examiner and the points, and they go from 56s to 28s to 21s as they get better. No student goes up for his first appearance till he's done all 320 runs, that's my rule, I ain't having 'em go up half cooked.\n\nWe do mock appearances of a Thursday, £15 a go, and a student can't have more than one mock a week, otherwise they don't learn the runs, they just learn me. And every month I want a list of who ain't been in for three weeks, cos the ones that drift off never come back unless I give 'em a bell.",
      things:
        "Students (name, phone, email, badge number if they've got one, start date, stage). Runs (number, from, to, book). Call-overs (student, run, date, mark, who heard it). Appearances (student, date, stage, examiner, points). Mocks (student, date, paid). Every call-over is one student on one run, and a student's gonna have hundreds of 'em.",
      thingsChange:
        "Take the phone off the students, the email'll do. And put the moped reg on, so I know whose moped's blocking the door.",
      extras: [
        "The cab rental, renting 'em a cab once they've got their badge, that's me brother-in-law's game, leave it well out. And the books and the maps we flog, don't want that on there neither, Lee does all that on eBay.",
        "Nah, sorted. Cheers mate, mind how you go.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Me and Lee log in, and the students an' all, so they can see their own marks.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "320 runs",
        "mark out of ten",
        "called it over clean twice",
        "appearance date stage examiner points",
        "first appearance all 320 runs",
        "one mock a week",
        "list three weeks",
      ],
      tables: [
        { name: "students", fields: ["name", "email", "badge number", "start date", "stage", "moped reg"] },
        { name: "runs", fields: ["number", "from", "to", "book"] },
        { name: "call-overs", fields: ["student", "run", "date", "mark"] },
        { name: "appearances", fields: ["student", "date", "stage", "examiner", "points"] },
        { name: "mocks", fields: ["student", "date", "paid"] },
      ],
      excluded: ["rental", "maps"],
      background: ["ledger", "wall chart"],
    },
  },
  {
    id: "transfer-station-stickers",
    who: "A Maine town's deputy clerk who also works the booth at the transfer station, in long paragraphs of Maine English: a website for the town office and the booth, a dump sticker for every vehicle by its plate, April to March, ten dollars a year for residents and five for a second vehicle, no sticker sold without the registration with a town address or the tax bill, a plate looked up at the booth, bulky waste fees (couches, mattresses, tires, anything with freon), no more than one demolition load a day from the same vehicle, commercial haulers with their own permit, each month's stickers and money with cash and checks separate, a list every March of who has not renewed; records told in long sentences with asides, every vehicle belonging to one household; a three-ring binder and a shoebox of slips today; the swap shop 'leave that out entirely', the tonnage report for the state 'not our job and I don't want it in there'",
    says: {
      overview:
        "Hi there. This is Darlene Pinkham, I'm the deputy clerk for the Town of Bowdoinham and two days a week I also work the booth up at the transfer station, which everybody in town still calls the dump no matter how many times the selectmen ask them not to. We're a town of about three thousand, more in the summer when the camp people come up, and every car that comes through the gate is supposed to have a dump sticker on the windshield. Right now the stickers are sold out of the town office off a paper list in a three-ring binder, the fees for the couches and mattresses and all that get wrote on a carbon slip in the booth, and at the end of the month I sit down with the binder and a shoebox full of slips and try to make it all add up for the selectmen, which, I'll be honest with you, it usually doesn't. Last summer we were right out straight and a fella from away drove through for six weeks on a sticker he peeled off his brother-in-law's truck before anybody caught on. So what I'm after is a website for the town office and the booth, so the stickers and the fees are all in one place and I'm not chasing paper.",
      walkthrough:
        "So the stickers first. Every sticker goes with one vehicle, by the plate, and it has a number printed on it, and they run from the first of April to the end of March, ten dollars a year for residents and five for a second vehicle in the same household. You have to live in town or own property in town to get one, so the camp owners down on the river can have one because they pay taxes here, but their company can't, and no sticker gets sold unless we see the registration with a Bowdoinham address or the tax bill. Up at the booth I'd like to look up a plate and see if it's got a good sticker for this year, because half of them are so faded from the sun you can't read the year anymore, ayuh.\n\nThen there's the stuff that costs extra, what the state calls bulky waste. A couch or a chair is twenty dollars, a mattress or a box spring is twenty-five, tires are four dollars apiece and eight if they're still on the rim, and anything with freon in it, a fridge or an air conditioner, is fifteen because a fella has to come and take the freon out. The attendant writes up a slip with the plate, the items and what they paid, cash or check, we don't do cards up there and I don't see us starting. Demolition debris, like when somebody guts a bathroom, is sixty dollars a pickup load, and we don't take more than one load a day from the same vehicle, otherwise we'd have every contractor in Sagadahoc County using us for free.\n\nThe commercial haulers, there's three or four small outfits that do curbside pickup for the old folks who can't drive anymore, they need their own hauler permit, a hundred and fifty a year, and no hauler comes through the gate without it, I don't care what it says on the side of the truck. And at the end of each month I need what came in, how many stickers sold and how much money from the bulky waste, with cash and checks separate so I can hand it over to the treasurer. Then every March I want a list of who had a sticker last year and hasn't renewed yet, so I can put a reminder in the town newsletter, because otherwise the first week of April the line at the booth goes right back to the road.",
      things:
        "Well, you've got the households, and that's the name, the road they're on, and whether they're year-round or camp people, which matters more than you'd think. Every vehicle belongs to one household, and a vehicle has the plate, the make, the color, the sticker number for that year and whether it's the first vehicle or the second. Then there's the slips, and every slip is one trip through the gate by one vehicle, with the date, the items, the amount and cash or check. And the haulers, with the company name, the owner, the phone, the truck plate and the date they paid their permit, which I'd keep as their own thing, because they're not a household, they're a business, if that makes any sense at all.",
      extras: [
        "Oh, the swap shop, where folks leave stuff that's still good for somebody else, that's run by the Friends of the Swap Shop and they don't want us in their business, so leave that out entirely. And the tonnage report for the state, the company that hauls our containers does that for us, it's not our job and I don't want it in there.",
        "No, I think that's everything, deah. Thanks a lot, you have a good one.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the town clerk log in at the office, and whoever's on in the booth. Folks in town don't need to log in for anything.",
    },
    expect: {
      kind: "web app",
      features: [
        "ten dollars a year residents",
        "registration Bowdoinham address tax bill",
        "look up a plate",
        "mattress twenty-five",
        "freon fifteen",
        "one load a day same vehicle",
        "hauler permit",
        "cash and checks separate",
        "list every March renewed",
      ],
      tables: [
        { name: "households", fields: ["name", "road", "year-round"] },
        { name: "vehicles", fields: ["household", "plate", "make", "color", "sticker number"] },
        { name: "slips", fields: ["vehicle", "date", "items", "amount"] },
        { name: "haulers", fields: ["company name", "owner", "phone", "truck plate"] },
      ],
      excluded: ["swap", "tonnage"],
      background: ["three-ring binder", "shoebox"],
    },
  },
  {
    id: "borehole-syndicate",
    who: "A retired Deputy Permanent Secretary who chairs a borehole syndicate at a cattle post near Kanye, in very formal Botswana English: a website for the eleven families who share one borehole, a monthly levy of P15 per head of cattle and P5 per head of small stock, head counts declared every quarter and verified at the kraal, no member's cattle watered while his levy is more than two months in arrears, watering days on a roster with not more than three herds a day, the engine operator's daily hours, diesel and water meter reading and a warning when the diesel falls below 200 litres, repairs above P2,000 approved by three Committee members, payments by Orange Money, bank transfer or cash with a receipt number, a statement for every member before the AGM; records after dashes on lines, every head count, payment and watering day belonging to one member; a hardcover counter book and minutes in longhand today; vaccinations and veterinary matters 'kept out of this system entirely', sales to the BMC 'it has no place here'",
    says: {
      overview:
        "Dumela. Allow me to introduce myself: I am Gaolathe Sebego, a retired Deputy Permanent Secretary, and since my retirement I have had the honour of serving as Chairman of the Mogobane Borehole Syndicate, near Kanye. Eleven families share one borehole at our cattle post, with a diesel engine, a reservoir and two troughs, and each family contributes towards the diesel, the repairs and the wages of the man who operates the engine. At present the Treasurer records the contributions in a hardcover counter book and the minutes are kept in longhand, and I regret to say that disputes have arisen as to who has paid and whose cattle have been drinking. It is my considered view that a website, which members may consult from Gaborone as well as from the cattle post, would restore order.",
      walkthrough:
        "Permit me to explain the arrangement. Each member pays a monthly levy of P15 per head of cattle watered at the borehole, and a further P5 per head of small stock, that is to say goats and sheep. The head count of each member is declared at the start of every quarter and verified by the Secretary at the kraal. No member's cattle may be watered while his levy is more than two months in arrears; I must stress that this is the constitution of the Syndicate and not a matter of my personal discretion.\n\nWatering is done on a roster, so that the troughs are not overwhelmed: each member is allocated watering days, and not more than three herds may come to the troughs on the same day. The engine operator records every day the hours the engine ran, the litres of diesel used and the reading of the water meter, and I should like the system to warn the Committee when the diesel in the tank falls below 200 litres.\n\nRepairs to the engine or the pump are paid from the Syndicate's fund, and any repair above P2,000 requires the approval of at least three Committee members before the money is spent. Members pay by Orange Money, by bank transfer or in cash to the Treasurer, and each payment must carry a receipt number. Finally, before each Annual General Meeting, I require a statement for every member showing what was due, what was paid and what remains outstanding.",
      things:
        "The records I envisage are as follows:\n- Members – name, village, cell number, brand, date joined\n- Head counts – member, quarter, cattle, small stock\n- Payments – member, date, amount, method, receipt number\n- Engine log – date, hours run, diesel litres, meter reading, operator\n- Repairs – date, description, cost, approved by\n- Watering days – member, day of the week\nEach head count, payment and watering day belongs to one member, and a member may of course have many of each.",
      extras: [
        "I should add that the vaccinations and all veterinary matters are the responsibility of the Department of Veterinary Services, and I would ask that they be kept out of this system entirely. Likewise, the sale of any member's cattle to the BMC is his private affair; it has no place here.",
        "No, I believe I have covered the matter fully. Ke a leboga, and I thank you for your patience.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The Chairman, the Treasurer and the Secretary shall log in to make entries. Ordinary members ought to be able to view their own statement, with a password.",
    },
    expect: {
      kind: "web app",
      features: [
        "levy P15 per head of cattle",
        "head count declared every quarter",
        "more than two months in arrears",
        "not more than three herds same day",
        "hours engine ran litres diesel water meter",
        "diesel below 200 litres",
        "three Committee members",
        "Orange Money receipt number",
        "statement every member outstanding",
      ],
      tables: [
        { name: "members", fields: ["name", "village", "cell number", "brand", "date joined"] },
        { name: "head counts", fields: ["member", "quarter", "cattle", "small stock"] },
        { name: "payments", fields: ["member", "date", "amount", "method", "receipt number"] },
        {
          name: "engine log",
          fields: ["date", "hours run", "diesel litres", "meter reading", "operator"],
        },
        { name: "repairs", fields: ["date", "description", "cost", "approved by"] },
        { name: "watering days", fields: ["member", "day of the week"] },
      ],
      excluded: ["vaccination", "veterinary", "BMC"],
      background: ["counter book", "longhand"],
    },
  },
  {
    id: "sheepdog-trial-scores",
    who: "A Caldbeck fell farmer who is secretary of the August sheepdog trial, in a few lower-case words a time, in Cumbrian: a phone app for the scores out on the fell without signal, each run's outrun, lift, fetch, drive, shed and pen, 100 points with the judge taking points off, 15 minutes and time up, no dog running twice in one class, open and novice classes, a tie won by the best outrun, a results board at the end; records after colons on lines, every dog with one handler; a card that goes to mush in the rain today; the entry fees 'wife does em, leave em', the hound trail 'different do, nowt to do wi us'; Android",
    says: {
      overview: "secretary o t sheepdog trial. caldbeck, august. aa do t scores",
      more: "judge shouts points, aa write em on a card. rains, card's mush. want it on t phone. nae signal up t fell mind",
      walkthrough:
        "each run: outrun, lift, fetch, drive, shed, pen. 100 points, judge takes off. 15 minutes then time up. no dog runs twice in yan class. open class and novice. novice is dogs that never won an open. tie, best outrun wins. results board at t end",
      things:
        "handlers: name, farm, phone\ndogs: name, handler, sex, novice\nruns: dog, class, order, points, time\nclasses: name, judge\nevery dog's yan handler's",
      extras: [
        "entry fees, wife does em, leave em. hound trail after, different do, nowt to do wi us",
        "nay. ta",
      ],
      tech: "Android. me lad's owd un",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "just me. judges dont",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    expect: {
      kind: "mobile app",
      features: [
        "outrun lift fetch drive shed pen",
        "100 points judge takes off",
        "15 minutes time up",
        "dog runs twice",
        "novice never won an open",
        "best outrun wins",
        "results board",
      ],
      tables: [
        { name: "handlers", fields: ["name", "farm", "phone"] },
        { name: "dogs", fields: ["name", "handler", "sex", "novice"] },
        { name: "runs", fields: ["dog", "class", "order", "points", "time"] },
        { name: "classes", fields: ["name", "judge"] },
      ],
      excluded: ["fee", "hound"],
      background: ["card"],
      stack: ["Android"],
    },
  },
  {
    id: "chess-club-swiss",
    who: "A Bronx high school junior, teenager-casual in New York English: a Java command-line tool that pairs the chess club's Friday Swiss tournament, round 1 by rating split in half, then the same score, nobody playing the same person twice, no one white 3 times in a row, a bye for the lowest player on an odd number but nobody getting a bye twice, pairings printed with board numbers, standings with tiebreaks (Buchholz first), ratings updated with simple Elo; records after colons inline, every game in one tournament with one white and one black player; a whiteboard and a Google Sheet today; the snack money and club dues 'keep it out', online chess like Lichess 'dont add that'; commands and flags; Java",
    says: {
      overview:
        "yo. im jaylen, junior at a high school in the bronx and im lowkey the tech guy for our chess club. we run a tournament every friday after school in the library, like 30 kids, swiss style, 5 rounds. rn mr okafor does the pairings on a whiteboard and a google sheet and deadass it takes him 10 min every round while everybody just sitting there. last week two kids played each other twice and it was mad drama. so im tryna make a command line thing in Java that does it",
      walkthrough:
        "ok so every player got a rating. round 1 you sort by rating, split in half, top half plays bottom half. after that you pair people with the same score, and nobody plays the same person twice, thats the main rule fr. colors gotta alternate, no one gets white 3 times in a row. if theres an odd number the lowest player gets a bye and thats 1 point, but nobody gets a bye twice. win is 1, draw is half, loss is 0. after every round it prints the pairings with board numbers so mr okafor can just read it out. at the end standings with tiebreaks, buchholz first. and after the tournament the ratings update, just simple elo with k 32",
      commands:
        "chess init <name> to start a tournament. chess add <name> --rating 1200 for a player. chess pair --round 2 makes the pairings. chess result --board 3 --score 1-0 puts a result in. chess standings. chess withdraw <name> if somebody leaves early. chess export --out results.csv. thats it",
      things:
        "players: name, grade, rating, active. games: round, board, white, black, result. tournaments: name, date, rounds. every game is in one tournament and got one white and one black player",
      extras: [
        "the snack money and the club dues nah thats the treasurer, keep it out. and online chess like lichess no, we play on real boards bro, dont add that",
        "nah thats it. appreciate u",
      ],
      tech: "Java bc thats what we do in AP CSA. just save it to a json file, no server",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Java",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "sort by rating split in half",
        "same score",
        "nobody plays the same person twice",
        "white 3 times in a row",
        "bye twice",
        "pairings with board numbers",
        "standings tiebreaks buchholz",
        "ratings update elo",
      ],
      tables: [
        { name: "players", fields: ["name", "grade", "rating", "active"] },
        { name: "games", fields: ["round", "board", "white", "black", "result"] },
        { name: "tournaments", fields: ["name", "date", "rounds"] },
      ],
      excluded: ["snack", "dues", "lichess"],
      background: ["whiteboard", "google sheet"],
      stack: ["Java"],
      commands: [
        "init",
        "add",
        "pair",
        "result",
        "standings",
        "withdraw",
        "export",
        "--rating",
        "--round",
        "--board",
        "--score",
        "--out",
      ],
    },
  },
  {
    id: "valet-parking-api",
    who: "A South Side man who runs a valet company for eight West Loop restaurants, in Chicago English: a service without screens that the runners' phone app, a text line for customers and the host stands' tablets call, a ticket opened with the plate, make, color and restaurant and four photos before the car moves, a text to the customer with the number, no car parked in a lot more than three blocks from the restaurant, no keys off the hook unless the runner scans the ticket, nobody under 21 driving a customer's car, $18 a car and $25 on Bulls and Hawks nights, restaurants that validate $5 off, each night's cars, money and wait by stand; records in sentences, every ticket one car at one restaurant; paper claim tickets and a pegboard in a lockbox today; tips 'keep tips out of it', monthly parking 'that's a garage thing, leave it out'; Java with Spring Boot and Postgres; a damage note on every ticket added at the review",
    says: {
      overview:
        "Hey, how you doing. Dan Wojcik, I got a valet company, we do the parking for eight restaurants in the West Loop, mostly on Randolph and over by Fulton Market, plus weddings and stuff on the weekends. Right now it's paper claim tickets and the keys on a pegboard in a lockbox at each stand, and when a customer wants his car back he hands the stub to the kid at the stand who runs for it. Problem is, people lose the stubs, a kid grabs the wrong keys, and last month some jagoff said we put a dent in his Range Rover and we had no pictures, nothing. My cousin's kid is building an app for the runners' phones, there's gonna be a text line for customers, and a tablet at every host stand. What I need from you guys is the part in the middle that all of them talk to, no screens.",
      walkthrough:
        "Car pulls up, the runner opens a ticket on his phone with the plate, the make and color and which restaurant, and he takes four photos, front, back and both sides, before he drives it anywhere. The ticket gets a number and the customer gets a text with it. The runner parks it in one of our lots, puts in which lot and which spot, and the keys go on the hook with that ticket number. No car gets parked in a lot more than three blocks from the restaurant, the restaurants are real picky about that.\n\nWhen the customer's done eating he texts the number back, or the host hits the button on the tablet, and the car goes on the list for the runners, first come first served. No keys come off the hook unless the runner scans the ticket, that's how we stop grabbing the wrong car. And nobody under 21 drives a customer's car, period, the insurance won't cover it, so the system has to know every runner's birthday.\n\nIt's $18 a car, $25 on nights the Bulls or the Hawks are home at the United Center. Some restaurants validate, $5 off, so it's gotta know which ones. Customers pay the runner by card or cash. End of the night I need for every stand how many cars, how much money, card and cash, and how long people waited for their car on average.",
      things:
        "You got the restaurants, that's the name, the address and whether they validate. The lots, with a name, an address, how many spots and how far from which restaurant. The runners, name, phone, birthday and which stand tonight. Then the tickets, that's the main thing: number, plate, make, color, restaurant, lot, spot, runner, photos, time in, time out, price and paid. Every ticket is one car at one restaurant, and a runner does a whole bunch of tickets a night.",
      extras: [
        "Tips, no, that's between the customer and the kid, keep tips out of it. Monthly parking we don't do, that's a garage thing, leave it out.",
        "Nah, that's it. Go Sox.",
      ],
      tech: "My cousin's kid says Java with Spring Boot and Postgres, he does that at his day job downtown.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "No logins for people. The runner app, the text line and the tablets each get their own key.",
      Technology: "I have preferences",
      "Back end": "Java with Spring Boot",
      Database: "Postgres",
    },
    atReview: [
      "One thing, put a damage note on every ticket too, the runner writes down any scratches or dents he sees before he parks it, so we got it in writing with the photos. That's it, thanks.",
    ],
    expect: {
      kind: "api service",
      features: [
        "four photos front back both sides",
        "customer gets a text",
        "lot more than three blocks",
        "keys off the hook scans the ticket",
        "under 21 birthday",
        "$18 a car",
        "validate $5 off",
        "waited car average",
        "damage note scratches dents",
      ],
      tables: [
        { name: "restaurants", fields: ["name", "address", "validate"] },
        { name: "lots", fields: ["name", "address", "spots"] },
        { name: "runners", fields: ["name", "phone", "birthday"] },
        {
          name: "tickets",
          fields: [
            "number",
            "plate",
            "make",
            "color",
            "restaurant",
            "lot",
            "spot",
            "runner",
            "photos",
            "time in",
            "time out",
            "price",
            "paid",
            "damage note",
          ],
        },
      ],
      excluded: ["tips", "monthly"],
      background: ["pegboard"],
      stack: ["Spring Boot", "Postgres"],
    },
  },
  {
    id: "china-restoration-workshop",
    who: "A Burslem china restorer, once a paintress at Doulton's, in Potteries English: a program on the old iMac in her workshop, every piece given a job number and photographed before it is touched, a quote at £35 an hour plus materials and no work started till the quote is signed, the stages (clean, old repair off, bond, fill, paint, glaze) and which stage every piece is at, no repair hidden and a sheet saying what was done with every piece, a letter for anything not collected in 90 days, what each job really cost against what was quoted; records told in long sentences with asides, every piece belonging to one customer; a day book and Post-it notes today; her evening class 'nowt to do with this, leave it out', valuations 'dunna put them on there'; Electron",
    says: {
      overview:
        "Ey up me duck. I'm Pauline Barlow and I've got a little china restoration workshop in an old potbank in Burslem. I mend broken pottery, figurines, vases, teapots, all sorts, for folk who want their nan's things put right. I was a paintress at Doulton's for twenty-two year before it shut, so I know me way round a piece. At the minute I write everything in a day book and stick Post-it notes on the pieces, and last month a Post-it fell off and I gave a woman the wrong Beswick horse back, she weren't best pleased. Our Dean's good with computers and he says he could make a program for the computer in the workshop.",
      walkthrough:
        "Somebody brings in a piece, a Doulton lady with her hand off, a Moorcroft vase with a chip, their nan's teapot in four bits, and I give it a job number and photograph it before I touch it. I look it over and give them a quote, £35 an hour plus materials, and no work starts till they've signed the quote, because I've been caught out before, duck. Then it goes through the stages, clean it, take off any old repair, bond it, fill it, paint it and glaze it, and I want to see which stage every piece is at, because there's forty on the shelves at any one time and I conna keep it all in me head.\n\nI never hide a repair: every piece goes back with a sheet saying what was done, so nobody can pass it off as perfect later on. Anything not collected in 90 days gets a letter, I've got pieces up there from 2019 and I dunna know whose half of them are.",
      things:
        "Well, there's the customers, obviously, their name, phone and address, and I like to put how they heard of me, because I want to know if it's the antiques fair or word of mouth. Every piece belongs to one customer, mind, some customers bring in a whole tea service, so one customer can have a dozen pieces, and a piece has its job number, what it is, the maker, the damage, the before photos, the after photos, the quote and the date it came in. Then each piece goes through its stages, and for every stage I'd put the date, the hours I spent on it and the materials I used, the epoxy and the paints and that, so at the end I can see what a job's really cost me against what I quoted.",
      extras: [
        "I do an evening class at the college on a Wednesday, teaching restoration, that's nowt to do with this, leave it out. And folk always want valuations for their insurance, I dunna do them, that's for the auction house, so dunna put them on there.",
        "No, that's the lot, duck. Ta ever so.",
      ],
      tech: "It's the old iMac in the workshop. Our Dean says he'd do it in Electron, whatever that is when it's at home. It dunna want the internet, the Wi-Fi in this old potbank's useless.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords, it's only me on it.",
      Technology: "I have preferences",
    },
    expect: {
      kind: "desktop app",
      features: [
        "job number photograph",
        "£35 an hour plus materials",
        "signed the quote",
        "clean old repair bond fill paint glaze",
        "which stage every piece",
        "sheet saying what was done",
        "collected 90 days letter",
        "cost against quoted",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "address"] },
        {
          name: "pieces",
          fields: ["customer", "job number", "maker", "damage", "before photos", "after photos", "quote"],
        },
        { name: "stages", fields: ["piece", "date", "hours", "materials"] },
      ],
      excluded: ["class", "valuation"],
      background: ["day book", "Post-it"],
      stack: ["iMac", "Electron"],
    },
  },
  {
    id: "fifo-roster-library",
    who: "A Port Moresby developer at a mining contractor, in Papua New Guinea English coloured by Tok Pisin: a C# library on the company's NuGet feed that the roster app and the HR system both use, roster patterns of 14 on 14 off, 21 on 21 off or 28 on 14 off, every day on site and off for the year from the first day, swings starting only on the Tuesday and Friday charter, the fly-in day counted as a work day, no shift longer than 12 hours, at least 10 hours rest between shifts, nobody more than 28 days on site in one go, 24 hours off when a crew goes from day to night shift, every broken rule back with the worker, the date and the reason, who is on site on each public holiday, each man's days on site in the year; an Excel sheet for every supervisor today; the pay and overtime 'em payroll system, leave it out', the camp rooms 'not for this library'; C# and NuGet",
    says: {
      overview:
        "Moning tru. My name is Joseph Kuman, I'm a developer in the IT section of a mining contractor in Port Moresby. We fly our workers in and out to a gold mine up in Enga, the boys do their swing on site and then fly home to their wantoks. The roster is all in Excel olsem, every supervisor got his own sheet and his own way, and plenti times a man is rostered on when he should be off, or two charters booked for one crew. Bikpela trouble. I want one C# library that works out the roster, and the roster app and the HR system both use it, em tasol.",
      walkthrough:
        "Each worker is on a roster pattern, like 14 on 14 off, 21 on 21 off, or 28 on 14 off for the expats. You give the library the pattern and the first day and it gives you every day on site and every day off for the whole year. The charter from Port Moresby only goes Tuesday and Friday, so a swing can only start on those days, and the library must move it to the next charter day. The day you fly in counts as a work day, the day you fly out does not count.\n\nSome rules for fatigue. A shift is not longer than 12 hours. Between two shifts there must be at least 10 hours rest, not less. No man can do more than 28 days on site in one go, even if the supervisor begs him. When a crew changes from day shift to night shift in the middle of the swing, they must get 24 hours off in between. The library must check a roster and give back every broken rule, with the worker, the date and the reason.\n\nAlso the public holidays, like Independence Day on 16 September, the library must give a list of who is on site on each public holiday, so the supervisors know. And it must count how many days each man was on site in the year.",
      extras: [
        "The pay and the overtime, em payroll system, leave it out. The camp rooms, which man sleeps in which room, that is the camp boss job, not for this library.",
        "No, em tasol. Tenkyu tru.",
      ],
      tech: "C# on .NET 8, and put it on our NuGet feed so the roster app and the HR system can both install it.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "C#",
    },
    expect: {
      kind: "library",
      features: [
        "roster pattern 14 on 14 off",
        "charter Tuesday Friday",
        "fly in counts as a work day",
        "shift not longer than 12 hours",
        "10 hours rest",
        "more than 28 days on site",
        "day shift night shift 24 hours off",
        "broken rule worker date reason",
        "on site each public holiday",
      ],
      tables: [],
      excluded: ["payroll", "overtime", "room"],
      background: ["Excel"],
      stack: ["C#", "NuGet"],
    },
  },
  {
    id: "pgd-gasilci-vrhpolje",
    who: "The commander of a volunteer fire brigade (PGD) near Kamnik in Slovenian: a web app for the brigade's members, their medical checks valid three years with an e-mail warning a month before one runs out, nobody on an intervention without a valid check, nobody with breathing apparatus without the course, young firefighters under 16 never on interventions, every intervention with what happened, who went, the vehicle and the hours, drills with at least 20 hours a year for every operative firefighter, equipment with its service dates (breathing apparatus every year, cylinders a pressure test every 5 years), a report for the annual general meeting; records after dashes on lines, every medical check belonging to one member; an Excel table on the secretary's laptop and an exercise book in the fire station today; the fire brigade's summer party 'tukaj ne rabimo', the membership fee 'pustite to ven'",
    says: {
      overview:
        "Pozdravljeni! Sem Matej Kranjc, poveljnik PGD Vrhpolje pri Kamniku. Imamo 64 članov, od tega 28 operativnih gasilcev, dve vozili in gasilski dom. Zdaj imamo vse v eni Excel tabeli, ki jo ima tajnik na svojem laptopu, pa v zvezku v gasilskem domu, in ko pride inšpekcija ali pa zveza vpraša, kdo ima veljaven zdravniški pregled, iščemo pol dneva. Rad bi spletno aplikacijo, kjer bi videli člane, vaje, intervencije in opremo na enem mestu.",
      walkthrough:
        "Vsak operativni gasilec mora imeti veljaven zdravniški pregled, ki velja tri leta. Nihče ne gre na intervencijo brez veljavnega pregleda, zato hočem, da aplikacija mesec prej pošlje opozorilo na mail, komu pregled poteče. Z dihalnim aparatom ne sme delati nihče, ki nima opravljenega tečaja za nosilca dihalnega aparata. Mladi gasilci pod 16 let nikoli ne gredo na intervencijo, samo na vaje in tekmovanja.\n\nPo vsaki intervenciji vpišemo, kdaj je bila, kaj se je zgodilo, kdo je šel zraven, katero vozilo in koliko ur. Pri vajah enako, datum, tema in kdo je prišel, ker mora vsak operativni gasilec imeti vsaj 20 ur vaj na leto. Oprema ima svoje roke: dihalni aparati gredo na servis vsako leto, jeklenke na tlačni preizkus vsakih 5 let, gasilni aparati pa vsako leto. Na koncu leta rabim poročilo za občni zbor: koliko intervencij, koliko ur in kdo je imel premalo vaj.",
      things:
        "Člani – ime, priimek, datum rojstva, telefon, mail, čin, operativni ali ne\nZdravniški pregledi – član, datum, velja do\nTečaji – član, tečaj, datum\nIntervencije – datum, vrsta, naslov, vozilo, ure\nVaje – datum, tema, ure\nOprema – naziv, serijska številka, zadnji servis, naslednji servis\nVsak pregled pripada enemu članu, na eno intervencijo pa gre več članov.",
      extras: [
        "Gasilske veselice tukaj ne rabimo, to organizira odbor posebej. Članarino pa pobira blagajničarka v svoji knjigi, pustite to ven.",
        "Ne, to je vse. Hvala lepa in na pomoč!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Poveljnik, tajnik in orodjar se prijavimo z geslom. Ostali člani vidijo samo svoje podatke.",
    },
    expect: {
      kind: "web app",
      features: [
        "zdravniški pregled tri leta",
        "opozorilo mesec prej",
        "intervencijo brez veljavnega pregleda",
        "dihalnim aparatom tečaja",
        "pod 16 let intervencijo",
        "20 ur vaj",
        "jeklenke tlačni preizkus",
        "poročilo za občni zbor",
      ],
      tables: [
        { name: "člani", fields: ["ime", "priimek", "datum rojstva", "telefon", "mail", "čin"] },
        { name: "zdravniški pregledi", fields: ["član", "datum", "velja do"] },
        { name: "tečaji", fields: ["član", "tečaj", "datum"] },
        { name: "intervencije", fields: ["datum", "vrsta", "naslov", "vozilo", "ure"] },
        { name: "vaje", fields: ["datum", "tema", "ure"] },
        { name: "oprema", fields: ["naziv", "serijska številka", "zadnji servis", "naslednji servis"] },
      ],
      excluded: ["veselic", "članarin"],
      background: ["Excel", "zvezku"],
    },
  },
  {
    id: "kiiz-uy-talgar",
    who: "A Talgar yurt hire owner in Kazakh (Cyrillic with ә, қ, ң, ө, ұ, ү, і): a website where customers book one of nine yurts (киіз үй) online for weddings, Nauryz and festivals, priced a day by its size in wall sections (6, 8 or 12 қанат), a booking confirmed only after a 50% prepayment by Kaspi and none without it, only her own crew putting a yurt up, delivery free in Almaty and 300 tenge a kilometre outside, nothing taken further than 150 km, a yurt left in the rain dried at least a day and not hired out the next, tears and stains written down and photographed when it comes back, how many times each yurt was hired and the money at the month's end; records after colons on lines, every booking for one yurt and one customer; a дәптер, WhatsApp and Excel today; the food 'оны қоспаңыз', the MC and singers 'керек емес'",
    says: {
      overview:
        "Сәлеметсіз бе! Менің атым Айгерім Сәрсенова, Талғарда киіз үй жалға беретін шағын бизнесім бар. Бізде 9 киіз үй бар, тойларға, Наурызға, корпоративтерге, фестивальдерге жалға береміз. Қазір бәрі дәптерде және WhatsApp-та, клиенттер Instagram-нан жазады, мен Excel-ге түсіремін, өткен айда бір киіз үйді бір күнге екі клиентке беріп қоя жаздадық. Клиент өзі онлайн бронь жасайтын сайт керек, ал біз қай киіз үй қайда екенін көріп отырайық.",
      walkthrough:
        "Киіз үйлер қанатымен бөлінеді: 6 қанат, 8 қанат және 12 қанат. Бағасы тәулігіне: 6 қанат 60 000 теңге, 8 қанат 90 000 теңге, 12 қанат 150 000 теңге. Клиент сайттан күнді, киіз үйді және мекенжайды таңдайды. Бронь тек 50% предоплатадан кейін расталады, Kaspi арқылы аударады, предоплатасыз бронь жасамаймыз.\n\nКиіз үйді тек біздің бригада тігеді, клиенттің өзі тігуге болмайды. Бригада тойдың алдындағы күні барып тігеді, тойдан кейін жинап әкеледі. Алматы ішінде доставка тегін, қаладан тыс әр километрге 300 теңге, ал 150 км-ден алыс жерге апармаймыз. Жаңбыр астында қалған киіз үй кемінде бір күн кептіріледі, сондықтан келесі күні ешкімге берілмейді. Қайтып келгенде бригадир киізді тексеріп, жыртылған не дақ болса, жазып, суретке түсіреді. Айдың соңында әр киіз үй неше рет жалға берілді және қанша ақша түсті, соны көргім келеді.",
      things:
        "Киіз үйлер: аты, қанат саны, түсі, бағасы\nКлиенттер: аты-жөні, телефон, Instagram\nБроньдар: клиент, киіз үй, күні, мекенжай, қашықтық, предоплата, қалған сома\nБригадалар: бригадир, телефон, көлік нөмірі\nӘр бронь бір киіз үйге және бір клиентке тиесілі, бір киіз үйдің көп броньы болады.",
      extras: [
        "Тамақ, дастарқан мәселесімен айналыспаймыз, оны қоспаңыз. Тамада мен әншілерді агенттік шешеді, бұл жерге керек емес.",
        "Жоқ, осы ғана. Рақмет сізге!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Мен және менеджер кіреміз, бригадирлер телефоннан өз тапсырмаларын көреді. Клиенттер аккаунтсыз бронь жасайды.",
    },
    expect: {
      kind: "web app",
      features: [
        "6 қанат 60 000 теңге",
        "предоплатасыз бронь",
        "бригада тігеді",
        "доставка тегін 300 теңге",
        "150 км апармаймыз",
        "кемінде бір күн кептіріледі",
        "жыртылған дақ суретке",
        "неше рет жалға берілді",
      ],
      tables: [
        { name: "киіз үйлер", fields: ["аты", "қанат саны", "түсі", "бағасы"] },
        { name: "клиенттер", fields: ["аты-жөні", "телефон", "Instagram"] },
        {
          name: "броньдар",
          fields: ["клиент", "киіз үй", "күні", "мекенжай", "қашықтық", "предоплата"],
        },
        { name: "бригадалар", fields: ["бригадир", "телефон", "көлік нөмірі"] },
      ],
      excluded: ["тамақ", "тамада", "әншілер"],
      background: ["дәптер"],
    },
  },
];
