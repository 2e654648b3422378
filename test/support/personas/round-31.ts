import type { Persona } from "../persona-driver.js";

/**
 * The thirty-first held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-31.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons inline and on lines, after dashes on lines and inline,
 * numbered, in brackets, or told in long sentences. Eight write in English, each in their
 * own English and their own register, none of them used before: Tristan da Cunha English
 * from the Settlement, in plain short paragraphs ("I's Marlene", "I works", "when it a
 * fishing day", "what the island live off", "us sits two days adding it up", "another
 * boat catch", "if the sea put up in the night", "us goes round by the eastings or the
 * westings", "the soft ones what is changing their shell", "every man account", "that's
 * our own business", "Cheers now"), Bhutanese English from Paro by way of Thimphu
 * ("Kuzuzangpo la", "I am from Paro actually", "our national game, no?", "shouting at the
 * scorer itself", "I will explain how we score la", "Suppose we got 5", "kindly don't
 * include", "Kadrinchey la"), Grenadian English from Grand Anse ("Wha' happenin'", "we
 * does carry", "is real confusion, oui", "everybody quarrelling on de jetty", "de trip
 * eh going", "till it fix", "leave dat out", "we eh want dat in here", "Tank yuh, boss,
 * one love"), formal Eswatini English from Manzini with a little siSwati ("Sawubona",
 * "where is my kombi", "eish", "Let me explain how the rank works", "first come, first
 * loaded", "another association entirely", "kindly leave it out", "Ngiyabonga
 * kakhulu"), Cook Islands English from Aitutaki ("Kia orana", "the motu", "46 papa'a on
 * the jetty", "so shame", "it's a mess eh", "Raro", "ika mata", "my aunty does those,
 * don't put it", "Meitaki ma'ata", "Aere ra"), Oakland English from Deep East, a line or
 * two at a time ("Whats good", "the Town", "hella messy", "lol", "No pay no play", "on my
 * mama", "aint", "you out the league", "people be asking", "Period", "hit everybody up",
 * "leave it", "Appreciate you bro"), Montreal English from Verdun with its French words
 * ("Déménagement J&M", "a complete gong show", "the Plateau", "NDG", "the guys text me
 * from the dep", "the outside staircases", "Interac e-transfer", "a 3 and a half, a 4 and
 * a half", "anyways", "leave that out", "not us", "Merci, bonne journée") and Ottawa
 * Valley English from up the line from Cobden ("in the Valley", "a good few farms", "holy
 * jumpin'", "he come down the lane", "she's gotta run right on the laptop", "if he ain't
 * signed", "youse", "which sections he done", "half of them's in Ottawa", "leave 'er
 * out", "Thanks a million, eh"). One writes in Yoruba (never used before, typed without
 * tone marks or underdots as most people type it on a phone, as an Ibadan woman types it,
 * with the English words Ibadan people really use: "website", "account", "transfer",
 * "receipt", "upload", "order", "tailor", "dispatch rider", "WhatsApp group", "invitation
 * card", "e ma fi si", "ko si ninu e"), and one in Sinhala (Sinhala script, never used
 * before, as a Kurunegala chemistry tuition master types it, with the English words Sri
 * Lankans really mix in: "ඇප් එක", "ෆෝන්", "ක්ලාස්", "ෆීස්", "QR", "SMS", "ටියුට්", "පේපර්
 * ක්ලාස්", "රෑන්ක් ලිස්ට්", "ඔන්ලයින්", "free card", "ඕක දාන්න එපා"). What varies is the kind
 * of software, the domain and the length of the answers: web apps for a Grand Anse water
 * taxi association (every booking to the next boat in the turn, US$10 a person to town
 * and US$30 for the sculpture snorkel with 4 people at the least, never more passengers
 * than the licence, a life jacket for every passenger, nothing out on a small craft
 * warning, a boat with its licence or insurance run out off the turn, EC$150 a month dues
 * and off the turn two months behind, the cruise ship days, the month's trips for every
 * boat), an Aitutaki lagoon cruise (40 people at the most, $150 an adult, $75 for children
 * 5 to 12 and under 5 free, paid by card when booking, the flight number of the
 * day-trippers from Raro and the boat waiting for a late flight, the pickup list by
 * resort at 9, vegetarian and allergies for the lunch, nothing over 25 knots with the
 * money back, a full refund up to 24 hours before, no skipper without his maritime ticket
 * in date), a Verdun moving company's Moving Day ($140 an hour for two movers and $180
 * for three, 3 hours minimum from June 30 to July 2, 30 minutes' travel, $25 a floor over
 * the first, a piano $200 more and no pianos on July 1st, a $150 deposit by Interac lost
 * inside 7 days, 3 moves a truck on July 1st, a text two days before, the borough's
 * parking sign ticked off) and an Ibadan family's aso-ebi for a mother's seventieth
 * (aso-oke with gele ₦35,000, ankara ₦12,000 and the men's cloth with fila ₦30,000, paid
 * only by transfer to the family account with the receipt uploaded, nothing collected
 * before it is paid in full, no orders after November 20, only 150 aso-oke, a dispatch
 * rider to Lagos or Abuja for ₦3,500 more, an invitation card with a table number,
 * every Saturday the money in and who is owing); phone apps for Tristan da Cunha's
 * crawfish fishermen out in the boats with no signal anywhere on the island (two men and
 * the radio in every boat, back in Calshot Harbour by 4 o'clock, every net counted, under
 * 70 mm and the soft ones put back, £6 a kilo at the factory, a third to the boat and the
 * rest split equal, the season's quota left, every fishing day's catch by area for the
 * Fisheries Department, the money into every man's account at the Treasury at the end of
 * the month) and a Kurunegala chemistry class over mobile data (රු. 2,500 a month by the
 * 10th or no entry, a QR card scanned at the door, an SMS to the parents after two weeks
 * away, the monthly tute only for those who paid, a paper class at රු. 300 with marks and
 * a rank list, free cards, no more than 350 in the hall); a TypeScript command-line tool
 * for an East Oakland summer basketball league ($250 a team before its first game, 10 on
 * a roster, 18 and up, nobody on two teams, a forfeit 20-0 fifteen minutes after tip and
 * out after two, standings by wins and point differential, the top 4 to the playoffs,
 * every player's points a game, two techs and the next game sat out), with commands and
 * flags; a service without screens that a Manzini kombi rank's marshals' app, MTN MoMo
 * and the owners' SMS go through (loading in the order they arrive, leaving only with
 * all 15 seats full, E30 a day rank fee by MoMo before the queue, no kombi without a road
 * permit and certificate of fitness and no driver without a PDP, the Ministry's fares,
 * an SMS to the owner at every departure, E200 a month and no loading two months behind,
 * the month's departures by route for the Municipal Council); a program on an Ottawa
 * Valley snowmobile club's Windows laptop at a clubhouse without internet (every
 * landowner's agreement signed by December 1st or the section closed, every grooming
 * run's hours and litres of fuel, no operator without training in the last 3 years, the
 * groomer serviced every 100 hours, open, limited or closed for the OFSC trail guide,
 * the kilometres groomed for the AGM); and a Python library that scores a Bhutanese
 * archery match (a karey 2 points, a bull's eye 3, an arrow's length 1, both teams
 * scoring in one end cut to the difference, a game at exactly 25, the best of three, an
 * arrow from over the line not counted, every archer's kareys for the best archer, every
 * end and the running totals). The Oakland organiser answers a line or two at a time, the
 * Tristan clerk in plain short paragraphs, the snowmobile secretary and the mover at
 * length, the others in between. Relations said plainly ("Every catch is from one boat
 * on one fishing day", "Every booking for one boat", "Every departure is for one kombi,
 * and every kombi belongs to one owner", "Every booking is for one cruise", "Every game
 * got one home team and one away team", "Every move is for one customer", "Every grooming
 * run is the one groomer and the one operator", "Order kookan je ti alejo kan", "හැම
 * ගෙවීමක්ම එක ළමයෙක්ගේ"); background in a blackboard in the factory and an old exercise
 * book, a paper sheet at the range, a copybook and a WhatsApp group, a hard-cover book at
 * the marshals' table, Facebook messages and a diary at the counter, a group chat and a
 * Notes app, a paper agenda and Kijiji messages, a binder and a calendar on the clubhouse
 * wall, a WhatsApp group and an iwe kekere, රිසිට් පොත් and a රෙජිස්ටර්; technology named
 * as Android, Python, Django with PostgreSQL, TypeScript, Windows, and none at all by
 * five of them; "no" said as "that's our own business", "don't put that", "nothing to do
 * with the factory", "kindly don't include", "not in this", "leave dat out", "we eh want
 * dat in here", "another association entirely", "kindly leave it out", "not ours", "don't
 * put it", "leave it", "leave that out", "not us", "don't put that in", "leave 'er out",
 * "e ma fi si", "ko si ninu e", "ඕක දාන්න එපා", "ඒක වෙනම බිස්නස් එකක්"; while rules keep
 * their "no" ("no boat go out without", "no fishing that day", "does not count at all",
 * "no jumping", "nobody going out", "nobody may jump the queue", "it may not load", "not
 * one more", "no paying on the jetty", "No pay no play", "we don't take pianos on July
 * 1st at all", "no sleds on it, period", "a ko ta aso ni gbese", "a ko ni gba order
 * kankan mo", "ඇතුල් වෙන්න දෙන්නේ නෑ", "ගන්න දෙන්න එපා"). The basketball organiser
 * takes the phone off the teams and adds their instagram, the mover takes the language
 * off the customers and adds the apartment's size to the moves, the snowmobile secretary
 * drops the volunteer hours and adds an email to the landowners, and the aso-ebi
 * coordinator takes the town off the guests and adds an address to the orders, each
 * after "Change something" at "Your data"; the water taxi secretary adds the life jackets
 * to the boats, the kombi secretary takes the ID number off the owners and adds their
 * MoMo number, the cruise owner renames the cruises trips (so the bookings are not
 * expected to name what they point to) and the tuition master adds the free card to the
 * students, each at the review. The score compares Yoruba in Latin letters without tone
 * marks and Sinhala by its letters in Latin script, so their expected words are in the
 * forms the person used (as "owo ni kikun", "kaadi ipe", "nomba tabili", "ෆීස් රු.
 * 2,500", "හෝල් 350කට", "දෙමව්පියන්ගේ ෆෝන් නම්බර්"), and the excluded words of all ten were
 * checked not to read like anything they want.
 */
export const THIRTY_FIRST_ROUND: readonly Persona[] = [
  {
    id: "tristan-crawfish-days",
    who: "A clerk in the fishing factory office in the Settlement on Tristan da Cunha, in Tristan da Cunha English, in plain short paragraphs: a phone app for the skippers out in the boats, with no phone signal anywhere on the island and everything sent when the phones are back on the factory wifi, no boat out without two men and its radio, every boat back in Calshot Harbour by 4 o'clock and the factory told of any that is not, the crawfish in every net counted with those under 70 mm and the soft ones put back, every boat's catch weighed at the factory and paid £6 a kilo, a third to the boat and the rest split equal between the men in it, the season's quota caught and left, every fishing day's catch by area for the Fisheries Department, the money paid at the end of the month into every man's account at the Treasury; records told in long sentences, every catch one boat's on one fishing day; a blackboard in the factory and her father's exercise book today; the potato patches 'that's our own business, don't put that', the stamps 'the post office, nothing to do with the factory'; Android",
    says: {
      overview:
        "Hello. I's Marlene Glass, I works in the office at the fishing factory down by the harbour, here in the Settlement on Tristan. When it a fishing day near all the men on the island goes out in the boats for crawfish, that's what the island live off. Right now the catch get chalked up on the blackboard in the factory, and my father keep every boat in his old exercise book, and come the end of the month us sits two days adding it up. Last season one boat got paid for another boat catch and there was a proper row in the village. The Administrator say we should have it on the phones now.",
      more: "There ain't no phone signal on the island, none at all, only the wifi in the Settlement and at the factory. Out round the island in the boats there's nothing, so the app got to keep it all on the phone and send it when the men come back in to the factory.",
      walkthrough:
        "The factory call a fishing day when the sea is down. If the sea put up in the night, no fishing that day. Every boat got to have two men in it and the radio, no boat go out without. Us goes round by the eastings or the westings, depending on the wind, and every boat got to be back in Calshot Harbour by 4 o'clock. If a boat ain't back by 4, the app should tell the factory straight away.\n\nOut there the men pull the nets and the skipper put in how many crawfish in every net. Anything under 70 mm go back in the sea, and the soft ones what is changing their shell go back too. He put in the count and where they was, Sandy Point, Stony Beach, Big Point and them places.\n\nWhen they come in, the factory weigh every boat catch. We pays £6 a kilo. A third go to the boat, for the owner, and the rest split equal between the men what was in it.\n\nThe island got a quota for the season, so the app got to show how much of the quota is caught and how much is left. Every fishing day I got to send the catch by area to the Fisheries Department. And at the end of the month the money go into every man account at the Treasury.",
      things:
        "Well there's the fishermen, that's their name and their Treasury account number. Then the boats, every boat got its name, the owner and the date the radio was last checked. Then the fishing days, that's the date and what the sea was like. Every catch is from one boat on one fishing day, and it got the area, how many nets, how many crawfish, how many put back and the weight from the factory. Then the crews, that's who was out in the boat that day, the boat, the fishing day and the fisherman. And the payments, that's the fisherman, the month and the amount.",
      extras: [
        "The potato patches, that's our own business, every family do their own, don't put that. And the stamps, that's the post office, nothing to do with the factory.",
        "No, that's all. Cheers now.",
      ],
      tech: "The phones is all Android, the Administration buy them in Cape Town and they come out on the ship.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Me and the factory manager, and the skippers logs in on their own phone. The Fisheries people don't need it, I sends them the report.",
      Technology: "I have preferences",
    },
    expect: {
      kind: "mobile app",
      features: [
        "two men radio",
        "back by 4 o'clock",
        "crawfish every net",
        "under 70 mm back",
        "soft back",
        "£6 a kilo",
        "third boat",
        "split equal men",
        "quota left",
        "Fisheries Department area",
        "end of the month Treasury",
      ],
      tables: [
        { name: "fishermen", fields: ["name", "Treasury account number"] },
        { name: "boats", fields: ["name", "owner", "radio"] },
        { name: "fishing days", fields: ["date", "sea"] },
        {
          name: "catches",
          fields: ["boat", "fishing day", "area", "nets", "crawfish", "put back", "weight"],
        },
        { name: "crews", fields: ["boat", "fishing day", "fisherman"] },
        { name: "payments", fields: ["fisherman", "month", "amount"] },
      ],
      excluded: ["potato", "stamp"],
      background: ["blackboard", "exercise book"],
      stack: ["Android"],
    },
  },
  {
    id: "paro-archery-scores",
    who: "A developer at a small IT company in Thimphu who grew up in Paro, in Bhutanese English: a Python library that the archery tournament's phone app and the big LED scoreboard at the range both call to score a traditional archery match, two teams shooting two arrows each an end from one target to the other, a karey anywhere on the target 2 points, the bull's eye 3 and an arrow stuck in the ground within one arrow's length of the target 1, an arrow shot from over the line not counted, both teams scoring in the same end cutting each other so only the difference goes to the team that scored more, a game won at exactly 25 and an end that takes a team past 25 not counted for it, the match the best of three games, every archer's kareys counted for the best archer award, every end's points and the running totals given back separately; the scorer's paper sheet and the app's and the scoreboard's own sums today; khuru 'kindly don't include', the team registration 'not in this'; Python",
    says: {
      overview:
        "Kuzuzangpo la! I am Sonam Tshering, working as developer in a small IT company in Thimphu, but I am from Paro actually. Archery is our national game, no? Every weekend there is some tournament. Before, the scorer was keeping one paper sheet and calling the score on the mic. Now for the big tournament we have made one phone app for the public to follow the score, and the range also has one big LED scoreboard. Problem is both are doing their own calculation la, and in the final last month the app was showing one team winning and the scoreboard was showing the other team. People were shouting at the scorer itself. So I want to make one library which does only the scoring, and both the app and the scoreboard will call it. No saving, nothing, only the calculation.",
      walkthrough:
        "I will explain how we score la. Two teams, and the targets are at two ends, around 145 metres. Each archer shoots two arrows in one end, then everybody walks to the other side and shoots back. You give the library every arrow: which team, which archer, and where it landed.\n\nIf the arrow hits the target anywhere, that is karey, 2 points. If it hits the bull's eye, 3 points. If it does not hit but it is stuck in the ground within one arrow's length of the target, 1 point. An arrow shot from over the line does not count at all, the judge will say.\n\nThen if both teams scored in the same end, they cut each other. Only the difference goes to the team which scored more. Suppose we got 5 and they got 3, we get 2 and they get 0.\n\nOne game finishes when a team reaches exactly 25. If a team is on 23 and in one end they make 5, that end is not counted for them, they have to get exactly. The match is best of three games.\n\nAlso the library must count the kareys of every archer, because the archer with most kareys in the whole tournament gets the best archer award. And it must give back every end's points and the running totals separately, so the scoreboard can show end by end.",
      extras: [
        "Khuru, the darts, is a different game, kindly don't include. And the team registration and the entry, the organising committee is doing in their own way, not in this.",
        "That's all la. Kadrinchey la!",
      ],
      tech: "Python. The scoreboard is run by one Raspberry Pi with Python, and our app's server is also Python, so make it one Python package, we will put it in our company's own package index.",
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
        "karey 2 points",
        "bull's eye 3 points",
        "arrow's length 1 point",
        "over the line not count",
        "cut difference",
        "exactly 25",
        "best of three games",
        "kareys every archer best archer",
        "every end running totals",
      ],
      tables: [],
      excluded: ["khuru", "registration"],
      background: ["paper sheet"],
      stack: ["Python"],
    },
  },
  {
    id: "grand-anse-water-taxis",
    who: "The secretary of the water taxi association on Grand Anse beach in Grenada, in Grenadian English: a website where visitors, the hotels and the cruise ship tour desks book the water taxis to town and the snorkel trips to the underwater sculptures, and the captains see their trips, every booking given to the next boat in the turn, US$10 a person to town and US$30 a person for the sculptures with 4 people at the least, never more passengers on a boat than its licence, a life jacket for every passenger, nothing going out on a small craft warning with the bookings moved and the people told, a boat with its licence or insurance run out off the turn, EC$150 a month dues and a boat two months behind off the turn too, the cruise ship days with how many passengers, how many trips every boat did in the month; records after colons on lines, every booking for one boat; a copybook and a WhatsApp group today; the captains' fishing charters 'leave dat out', the spice and jewellery ladies on the beach 'we eh want dat in here'; the life jackets added to the boats at the review",
    says: {
      overview:
        "Wha' happenin'. Me name is Kervin Charles and I is secretary for de water taxi association on Grand Anse beach. We have fourteen boats, and we does carry people from de beach to town, St George's, and we does take dem out to snorkel by de underwater sculptures in Molinere Bay. Right now everyting in a copybook and on a WhatsApp group, and is real confusion, oui. Cruise ship day, de tour desk does call three captains for de same people and everybody quarrelling on de jetty. So we want a website where de visitors and de hotels and de cruise ship desks could book, and de captains could see where dey going.",
      walkthrough:
        "We does work by turn. Every boat have a turn on de beach, and every booking must go to de next boat in de turn, no jumping, dat is how it always was.\n\nTo town is US$10 a person. De snorkel trip to de sculptures is US$30 a person and you need 4 people at de least, or de trip eh going. Every boat have a licence for how many passengers it could carry, and de website must never put more dan dat on a boat. Every passenger must have a life jacket, de Coast Guard does check.\n\nWhen de Met Office put out a small craft warning, nobody going out, so de bookings for dat day have to move to another day and de people must get a message.\n\nIf a boat licence or insurance run out, dat boat off de turn till it fix. Every boat does pay de association EC$150 a month dues, and if a boat two months behind, it off de turn too.\n\nDe cruise ship days, we need to see which ship in port and how many passengers, so we know to have all de boats on de beach. And end of de month I want to see how many trips every boat do.",
      things:
        "Boats: name, registration, captain, how many passengers, licence expiry, insurance expiry\nCaptains: name, phone, licence number\nBookings: name, phone, hotel or ship, date, time, trip, how many people, boat, paid\nTrips: name, price\nDues: boat, month, amount, paid\nCruise ships: name, date, passengers\nEvery booking for one boat, but one boat does do plenty bookings in a day.",
      extras: [
        "Some of de captains does take out fishing charters on dey own, leave dat out. And de ladies selling spice and jewellery on de beach, dat is dey own business, we eh want dat in here.",
        "No, dat is all. Tank yuh, boss, one love.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and de president see everyting, de captains log in to see dey trips. Visitors and hotels just book, no account.",
    },
    atReview: [
      "Hold on, one more ting before ah say yes. Put how many life jacket on every boat, so we know if de boat have enough for de passengers. Dat is all, tank yuh.",
    ],
    expect: {
      kind: "web app",
      features: [
        "next boat turn",
        "US$10 a person",
        "US$30 sculptures",
        "4 people",
        "licence passengers",
        "life jacket every passenger",
        "small craft warning",
        "insurance off the turn",
        "EC$150 a month dues",
        "two months behind",
        "cruise ship passengers",
        "trips every boat month",
      ],
      tables: [
        {
          name: "boats",
          fields: [
            "name",
            "registration",
            "captain",
            "passengers",
            "licence expiry",
            "insurance expiry",
            "life jackets",
          ],
        },
        { name: "captains", fields: ["name", "phone", "licence number"] },
        {
          name: "bookings",
          fields: ["name", "phone", "date", "time", "trip", "people", "boat", "paid"],
        },
        { name: "trips", fields: ["name", "price"] },
        { name: "dues", fields: ["boat", "month", "amount", "paid"] },
        { name: "cruise ships", fields: ["name", "date", "passengers"] },
      ],
      excluded: ["fishing", "spice", "jewellery"],
      background: ["copybook", "WhatsApp"],
    },
  },
  {
    id: "manzini-kombi-rank",
    who: "The secretary of a kombi owners' association at the Manzini bus rank, in Eswatini English, formal with a little siSwati: a service without screens that the rank marshals' phone app, the MTN MoMo payments and the owners' SMS all go through, every route with its own queue and the kombis loading in the order they arrive, a kombi leaving only when all 15 seats are full, a rank fee of E30 a day paid by MoMo before it may join the queue, no kombi in the queue without a valid road permit and certificate of fitness and no driver without a valid PDP, the fares fixed by the Ministry for every route and updated by the secretary, an SMS to the owner at every departure with the time and the passengers, E200 a month a kombi to the association and a kombi two months behind not loading, every month's departures by route for the Municipal Council; numbered records, every departure for one kombi and every kombi one owner's; a hard-cover book at the marshals' table today; the cross-border kombis to Johannesburg 'another association entirely', the members' funeral scheme 'kindly leave it out'; Django with PostgreSQL; the ID number taken off the owners and their MoMo number added at the review",
    says: {
      overview:
        "Sawubona. My name is Sibusiso Dlamini, I am the secretary of the Manzini Kombi Owners Association. We have 212 kombis operating from the Manzini bus rank, to Mbabane, Matsapha, Siteki, Big Bend and the other routes. At present the marshals write every kombi in a hard-cover book at their table, and the owners phone them the whole day asking where is my kombi. There is a lot of fighting on the rank about who came first, eish, last month the police had to come. A young man in Mbabane is making a phone app for the marshals. What we need is the service in the middle, which the app, the MoMo payments and the SMS will all go through. It does not need its own screens.",
      walkthrough:
        "Let me explain how the rank works. Every route has its own queue. The kombis load in the order they arrive on the rank, first come, first loaded, and nobody may jump the queue. A kombi leaves only when it is full, all 15 seats.\n\nEvery kombi pays a rank fee of E30 per day, by MTN MoMo, and it cannot join the queue before it has paid. No kombi may join the queue without a valid road permit and a valid certificate of fitness, and the driver must have a valid PDP, the professional driving permit. The marshals' app must refuse them.\n\nThe fares are fixed by the Ministry of Public Works and Transport for every route, for example Manzini to Mbabane is E22. When the Ministry changes the fares, the secretary must be able to update them.\n\nWhen a kombi departs, the marshal records it, and the owner must receive an SMS with the time it left and the number of passengers. Many owners are not on the rank, some are working in Mbabane.\n\nEach owner also pays E200 per month per kombi to the association. If a kombi is two months behind, it may not load until it is paid up. At the end of every month we must give the Municipal Council the number of departures on every route.",
      things:
        "1. Owners: name, ID number, phone\n2. Kombis: registration number, owner, route, road permit expiry, certificate of fitness expiry\n3. Drivers: name, phone, PDP number, PDP expiry, kombi\n4. Routes: name, fare\n5. Rank fees: kombi, date, amount, MoMo reference\n6. Departures: kombi, driver, route, time, passengers\n7. Association fees: kombi, month, amount\nEvery departure is for one kombi, and every kombi belongs to one owner.",
      extras: [
        "The cross-border kombis to Johannesburg are another association entirely, they have their own rank. And our members' funeral scheme, kindly leave it out, the insurance company runs it.",
        "That is all. Ngiyabonga kakhulu.",
      ],
      tech: "The young man in Mbabane says Django with PostgreSQL, he knows it well.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No people log in. The marshals' app, MTN MoMo and the SMS company will each have their own key.",
      Technology: "I have preferences",
      "Back end": "Python with Django",
      Database: "PostgreSQL",
    },
    atReview: [
      "Before I approve, kindly remove the ID number from the owners, we do not need it. And add their MoMo number, because it is often not the same number as the phone they call with. Thank you.",
    ],
    expect: {
      kind: "api service",
      features: [
        "order they arrive",
        "15 seats full",
        "rank fee E30 MoMo",
        "road permit certificate of fitness",
        "driver PDP",
        "fares Ministry route",
        "SMS owner passengers",
        "E200 per month",
        "two months behind",
        "Municipal Council departures route",
      ],
      tables: [
        { name: "owners", fields: ["name", "phone", "MoMo number"] },
        {
          name: "kombis",
          fields: [
            "registration number",
            "owner",
            "route",
            "road permit expiry",
            "certificate of fitness expiry",
          ],
        },
        { name: "drivers", fields: ["name", "phone", "PDP number", "PDP expiry", "kombi"] },
        { name: "routes", fields: ["name", "fare"] },
        { name: "rank fees", fields: ["kombi", "date", "amount", "MoMo reference"] },
        { name: "departures", fields: ["kombi", "driver", "route", "time", "passengers"] },
        { name: "association fees", fields: ["kombi", "month", "amount"] },
      ],
      excluded: ["cross-border", "funeral"],
      background: ["hard-cover book"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "aitutaki-lagoon-cruise",
    who: "The owner of a one-boat lagoon cruise on Aitutaki in the Cook Islands, in Cook Islands English: a website where visitors on the island and the day-trippers flying up from Rarotonga book and pay, and her crew see who is coming, 40 people on the boat and not one more, $150 an adult, $75 for children 5 to 12 and under 5 free, paid in full by card when booking, the day-trippers' flight number and the boat waiting for a late flight, the pickup list from the resorts at 9, vegetarian and allergies on every booking for the lunch on the motu, no cruise over 25 knots of wind with everyone's money back and an email, a full refund up to 24 hours before and nothing after, no skipper without his maritime ticket in date; records after dashes on lines, every booking for one cruise; Facebook messages and a diary at the counter today; the kayak hire 'my cousin's, not ours', the weddings on the motu 'my aunty does those, don't put it'; the cruises renamed trips at the review",
    says: {
      overview:
        "Kia orana! I'm Tereapii Tangaroa, I run a lagoon cruise here on Aitutaki with my husband, one boat, the Vaka Moana. We take people round the lagoon, snorkelling at the giant clams, lunch on one of the motu, then over to One Foot Island for their passport stamp. Now the bookings all come on Facebook messages and the phone and I write them in a diary at the counter, and it's a mess eh. Last month we had 46 papa'a on the jetty for 40 seats, we had to send six of them back to the resort, so shame. I want a website where people book and pay, and my crew can see who's coming.",
      walkthrough:
        "The boat takes 40 people, not one more, it's in our survey. The cruise is $150 for adults, $75 for the kids 5 to 12, and under 5 are free. They pay the whole lot by card when they book, no paying on the jetty.\n\nLots of our people are day-trippers from Raro, they come up on the morning Air Raro flight with the tour company, so their booking has the flight number, and if the flight's late the boat waits for them. For the people staying on the island we pick them up from the resorts at 9, so the crew needs the pickup list, which resort and how many.\n\nWe cook the lunch on the motu, ika mata and barbecue fish, so every booking should say if they're vegetarian or got allergies.\n\nIf the wind is over 25 knots we don't go, it's not safe in the lagoon, so the cruise is cancelled, everybody gets their money back and gets an email. If they cancel themselves it's a full refund up to 24 hours before, after that nothing back. And the skipper must have his maritime ticket in date, the Ministry checks, so the website shouldn't let me put a skipper on without it.",
      things:
        "- Cruises - date, boat, skipper, seats\n- Bookings - name, email, phone, resort, adults, children, flight number, vegetarian, allergies, paid\n- Boats - name, seats, survey date\n- Crew - name, phone, job, maritime ticket expiry\nEvery booking is for one cruise.",
      extras: [
        "The kayak hire on the beach is my cousin's, not ours. And the weddings on the motu, my aunty does those, don't put it.",
        "No that's it. Meitaki ma'ata! Aere ra.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and my husband run it, and the crew log in to see the list. The visitors just book, they don't need an account.",
    },
    atReview: [
      "Oh one more thing before I say yes. Can you call the cruises 'trips' instead, that's what everyone here says, we're 'going on the trip'. That's all.",
    ],
    expect: {
      kind: "web app",
      features: [
        "40 people",
        "$150 adults",
        "$75 5 to 12",
        "under 5 free",
        "card when they book",
        "flight number",
        "flight late boat waits",
        "pickup list resort",
        "vegetarian allergies",
        "25 knots",
        "full refund 24 hours",
        "skipper maritime ticket",
      ],
      tables: [
        { name: "trips", fields: ["date", "boat", "skipper", "seats"] },
        {
          name: "bookings",
          fields: [
            "name",
            "email",
            "phone",
            "resort",
            "adults",
            "children",
            "flight number",
            "vegetarian",
            "allergies",
            "paid",
          ],
        },
        { name: "boats", fields: ["name", "seats", "survey date"] },
        { name: "crew", fields: ["name", "phone", "job", "maritime ticket expiry"] },
      ],
      excluded: ["kayak", "wedding"],
      background: ["Facebook", "diary"],
    },
  },
  {
    id: "east-oakland-summer-league",
    who: "The guy who runs a summer basketball league at a rec center in East Oakland, in Oakland English, a line or two at a time: a TypeScript command-line tool his little cousin writes for his laptop, $250 a team paid before its first game, 10 players at the most on a roster, 18 and up, nobody on two teams, a team not there 15 minutes after tip losing by forfeit 20-0 and out of the league after two forfeits with no refund, the standings by wins with point differential to break a tie, the top 4 to the playoffs, every player's points every game, two techs in a game and the next game sat out; records after dashes inline, every game with one home team and one away team; a group chat and his Notes app today; the DJ and the food trucks at the finals and the merch 'leave it'; commands and flags; TypeScript; the phone taken off the teams and their instagram added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Whats good. Dre Jackson, I run the summer league at the rec center out in Deep East, the Town. 12 teams, games every Saturday June to August.",
      more: "Right now its all in a group chat and my Notes app and its hella messy. Last year two teams both said they won the same game lol. My lil cousin codes, he said he'd make me a command thing for my laptop.",
      walkthrough:
        "Every team pays $250 before they first game. No pay no play.\n10 players max on a roster. Gotta be 18 and up. Nobody on two teams, on my mama that started a fight last summer.\nIf a team aint there 15 minutes after tip its a forfeit, 20-0 for the other team. Two forfeits and you out the league, no refund.\nStandings go by wins. Tie, then point differential.\nTop 4 make the playoffs.\nI wanna keep everybody points every game, people be asking who the top scorer is.\nTwo techs in a game, you sit the next game. Period.",
      commands:
        'My cousin said like: league team add "Deep East Hoopers" --captain Dre --division open. league player add "Marcus Bell" --team 3 --jersey 23. league game add --date 2025-06-14 --court 1 --home 3 --away 7. league score 14 --home 62 --away 58. league forfeit 14 --team 7. league stats 14 --player 23 --points 18 --techs 1. league standings --division open. league fees --unpaid. league playoffs.',
      things:
        "Teams - name, captain, phone, division, paid. Players - name, team, jersey number, age. Games - date, court, home team, away team, home score, away score, forfeit. Stats - player, game, points, fouls, techs. Every game got one home team and one away team.",
      thingsChange:
        "Take the phone off teams, nobody pick up anyway. Put they instagram on there, thats how I hit everybody up.",
      extras: [
        "The DJ and the food trucks at the finals, thats my homegirl's thing, leave it. Merch too, leave it.",
        "Nah thats it. Appreciate you bro.",
      ],
      tech: "My cousin says TypeScript, he runs it with Node. Just a file on the laptop, the gym wifi be trippin half the time.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "TypeScript",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "command-line tool",
      features: [
        "$250 before first game",
        "10 players roster",
        "18 and up",
        "two teams",
        "15 minutes forfeit 20-0",
        "two forfeits refund",
        "standings wins point differential",
        "top 4 playoffs",
        "points every game",
        "two techs next game",
      ],
      tables: [
        { name: "teams", fields: ["name", "captain", "division", "paid", "instagram"] },
        { name: "players", fields: ["name", "team", "jersey number", "age"] },
        {
          name: "games",
          fields: ["date", "court", "home team", "away team", "home score", "away score", "forfeit"],
        },
        { name: "stats", fields: ["player", "game", "points", "fouls", "techs"] },
      ],
      excluded: ["DJ", "merch", "food truck"],
      background: ["group chat", "Notes app"],
      stack: ["TypeScript"],
      commands: [
        "team add",
        "player add",
        "game add",
        "score",
        "forfeit",
        "stats",
        "standings",
        "fees",
        "playoffs",
        "--captain",
        "--division",
        "--team",
        "--jersey",
        "--date",
        "--court",
        "--home",
        "--away",
        "--player",
        "--points",
        "--techs",
        "--unpaid",
      ],
    },
  },
  {
    id: "verdun-moving-day",
    who: "The co-owner of a four-truck moving company in Verdun, Montreal, in Montreal English with its French words, at length: a website where people book their move and send the deposit and the movers see their day, $140 an hour for two movers and a truck and $180 for three, 3 hours minimum from June 30 to July 2, 30 minutes' travel charged on every move, $25 a floor for every floor over the first at either end, a piano $200 extra and no pianos at all on July 1st, a $150 deposit by Interac e-transfer to hold the date and lost when cancelled less than 7 days before, no more than 3 moves a truck on July 1st, a text two days before, the borough's reserved parking sign ticked off on every move; records in brackets on lines, every move for one customer; a paper agenda and Kijiji messages today; storage 'leave that out', the cleaning after 'not us'; the language taken off the customers and the apartment size added to the moves after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hi! I'm Jessica Bélanger-Smith, my husband and me have a small moving company in Verdun, Déménagement J&M, four trucks. July 1st is Moving Day here in Montreal, half the city moves the same day, it's a complete gong show. Right now I have everything in my paper agenda, and the bookings come by phone, by text, by Kijiji messages, everything, and the guys text me from the dep at 7 in the morning asking where they're going. Last July 1st we booked the same truck in the Plateau and in NDG at 8 in the morning, and the customer in NDG waited on the sidewalk with his whole apartment till 2. Never again. I want a website where people book their move and the guys can see their day.",
      walkthrough:
        "Our rates are $140 an hour for two movers and a truck, and $180 an hour for three. From June 30 to July 2 it's 3 hours minimum, no exceptions. We charge 30 minutes travel on every move, for the truck to come from the yard.\n\nStairs, you know Montreal, the outside staircases. It's $25 a floor for every floor over the first, at the pickup and at the delivery. A piano is $200 extra, and we don't take pianos on July 1st at all, too risky with the heat and the rush.\n\nTo hold the date they send a $150 deposit by Interac e-transfer. If they cancel less than 7 days before, they lose it. On July 1st a truck does 3 moves max, not more, the website has to stop there. Two days before the move the customer gets a text to remind them. And the customer has to get the reserved parking sign from the borough, so I need to tick that off on every move, otherwise we're parked on Wellington with the flashers on and a ticket.",
      things:
        "Customers (name, phone, email, French or English)\nMoves (customer, date, start time, from address, to address, pickup floor, delivery floor, piano, parking sign, deposit paid)\nTrucks (number, size, plate)\nMovers (name, phone, can drive the truck)\nCrews (move, truck, movers)\nEvery move is for one customer, but some people move every year, honestly.",
      thingsChange:
        "Take the French or English off the customers, we do both anyways. And put the size of the apartment on the moves, a 3 and a half, a 4 and a half, that's how I know how long it's going to take.",
      extras: [
        "We don't do storage, my brother-in-law has storage lockers out in Lachine, leave that out. And the cleaning after, that's between them and the landlord, not us.",
        "No, that's it! Merci, bonne journée!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and my husband see everything, and the guys log in to see their moves. Customers just book, no account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "two movers $140",
        "three $180",
        "3 hours minimum June 30 July 2",
        "30 minutes travel",
        "$25 a floor",
        "piano $200",
        "pianos July 1st",
        "$150 deposit Interac",
        "cancel 7 days",
        "3 moves a truck",
        "text two days before",
        "parking sign",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "email"] },
        {
          name: "moves",
          fields: [
            "customer",
            "date",
            "start time",
            "from address",
            "to address",
            "pickup floor",
            "delivery floor",
            "piano",
            "parking sign",
            "deposit",
            "apartment size",
          ],
        },
        { name: "trucks", fields: ["number", "size", "plate"] },
        { name: "movers", fields: ["name", "phone"] },
        { name: "crews", fields: ["move", "truck"] },
      ],
      excluded: ["storage", "cleaning"],
      background: ["agenda", "Kijiji"],
    },
  },
  {
    id: "cobden-snowmobile-trails",
    who: "The secretary of a snowmobile club up the line from Cobden in the Ottawa Valley, in Ottawa Valley English, at length: a program on the club's Windows laptop at a clubhouse with no internet since the Xplornet quit, every landowner the trail crosses signing an agreement every year by December 1st or that section staying closed and a list in November of who hasn't, every grooming run's date, groomer, operator, hours, litres of fuel and sections, nobody on the groomer without operator training in the last 3 years, the groomer serviced every 100 hours and the program saying when it is coming up, every section open, limited or closed for the OFSC trail guide, the year's kilometres groomed, hours and fuel for the AGM; records after colons inline, every grooming run one groomer and one operator; a binder and a calendar on the clubhouse wall today; the trail permits 'the OFSC sells them, don't put that in', the poker run 'the Lions' thing, leave 'er out'; Windows; the volunteer hours taken out and an email added to the landowners after 'Change something' at 'Your data'",
    says: {
      overview:
        "Well hello there. Bev McHugh, I'm secretary for the Cobden and District Snowmobile Club, up the line from Cobden there, in the Valley. We got about 140 km of trail, goes through the bush and across a good few farms. Everything's in a binder and on the calendar on the clubhouse wall, and holy jumpin' it's a mess. Last winter we had the groomer out on a section where Murray Kelly never signed his paper, and he come down the lane ready to fight, and I don't blame him one bit. I want a program on the laptop at the clubhouse. There's no internet out there since the Xplornet quit on us, so she's gotta run right on the laptop.",
      walkthrough:
        "First thing is the landowners. Every landowner the trail crosses has gotta sign an agreement every year, by December 1st. If he ain't signed, that section stays closed, no sleds on it, period. Come November the program's gotta show me who hasn't signed yet.\n\nThen the grooming. Every time the groomer goes out, the operator writes down the date, which groomer, who drove, the hours, the litres of fuel and which sections he done. Nobody drives the groomer unless he's had his operator training in the last 3 years, that's the OFSC's rule, and the insurance won't cover youse otherwise. The groomer gets serviced every 100 hours, so the program oughta tell me when she's coming up.\n\nEvery section is open, limited or closed, and I gotta put that on the OFSC trail guide, so I want the list right in front of me. And at the AGM in April I gotta give the kilometres groomed, the hours and the fuel for the year. Oh and the volunteer hours, the district wants them too.",
      things:
        "Landowners: name, phone, lot, concession, section, agreement signed. Sections: name, km, status. Groomers: name, year, hours. Operators: name, phone, training date. Grooming runs: date, groomer, operator, hours, fuel, sections. Volunteer hours: name, date, hours, what they done. Every grooming run is the one groomer and the one operator.",
      thingsChange:
        "Ah, take the volunteer hours right out, the district's got their own paper form for that anyhow. And put an email on the landowners, half of them's in Ottawa and they'd sooner get it by email.",
      extras: [
        "The trail permits, the OFSC sells them online, don't put that in. And the poker run in February, that's the Lions' thing, leave 'er out.",
        "No, I think that's the works. Thanks a million, eh.",
      ],
      tech: "It's a Windows laptop, a Lenovo the Legion give us when they got new ones.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts:
        "No passwords, it's just me and the president on it, and the operators put in their runs on it when they come in.",
      Technology: "I have preferences",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "agreement December 1st",
        "signed section closed",
        "November signed",
        "hours litres fuel",
        "training last 3 years",
        "serviced every 100 hours",
        "open limited closed",
        "OFSC trail guide",
        "AGM kilometres groomed",
      ],
      tables: [
        {
          name: "landowners",
          fields: ["name", "phone", "lot", "concession", "section", "agreement signed", "email"],
        },
        { name: "sections", fields: ["name", "km", "status"] },
        { name: "groomers", fields: ["name", "year", "hours"] },
        { name: "operators", fields: ["name", "phone", "training date"] },
        { name: "grooming runs", fields: ["date", "groomer", "operator", "hours", "fuel", "sections"] },
      ],
      excluded: ["permit", "poker run"],
      background: ["binder", "calendar"],
      stack: ["Windows"],
    },
  },
  {
    id: "ibadan-aso-ebi",
    who: "A woman in Bodija, Ibadan, coordinating the aso-ebi for her mother's 70th birthday and thanksgiving, in Yoruba typed without tone marks as most people type it on a phone, with the English words Ibadan people really use ('website', 'account', 'transfer', 'receipt', 'upload', 'order', 'tailor', 'dispatch rider', 'WhatsApp group', 'invitation card'): a website where the guests choose their aso-ebi and pay, and the family sees who has paid and who has collected, aso-oke with gele ₦35,000, ankara alone ₦12,000 and the men's cloth with fila ₦30,000, paid only by transfer into the family account with the receipt uploaded, nobody collecting before paying in full, no orders after November 20 because of the tailors, only 150 aso-oke and the website saying when they are finished, pickup at Mama's house in Bodija or a dispatch rider to Lagos or Abuja for ₦3,500 more, an invitation card (kaadi ipe) with a table number for everyone who buys, every Saturday the money in and who is owing; records after colons on lines, every order one guest's; a WhatsApp group and a small notebook (iwe kekere) today; the food and the caterers 'e ma fi si', the MC and the drummers 'ko si ninu e'; the town taken off the guests and the address added to the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "E kaaro o! Oruko mi ni Adebimpe Ogunleye, mo n gbe ni Bodija, Ibadan. Mama wa yoo se ojo ibi odun aadorin (70th birthday) ati thanksgiving ni December 14, emi ni mo si n bojuto aso-ebi. Nigba isinku Baba wa ni odun meta seyin, aso-ebi daru mo wa loju patapata: awon kan san owo sinu account mi, awon kan san fun aburo mi, awon kan gba aso lai sanwo, a o si mo eni to san ati eni ti ko san titi di oni. Gbogbo e wa ninu WhatsApp group ati iwe kekere kan. Mi o fe ki iru e sele mo. Mo fe website ti awon alejo yoo ti yan aso-ebi won ti won yoo si sanwo, ki ebi si le ri eni to ti san ati eni to ti gba aso.",
      walkthrough:
        "Orisi aso meta lo wa. Aso-oke pelu gele fun awon obinrin je ₦35,000. Ankara nikan je ₦12,000, fun awon to fe nkan ti ko won ju. Ti awon okunrin, aso pelu fila, je ₦30,000.\n\nOwo sisan: transfer nikan ni, sinu account ebi, ki i se account enikeni. Leyin ti won ba transfer tan, won gbodo upload receipt won sori website. Enikeni ko ni gba aso titi ti o fi san owo ni kikun, a ko ta aso ni gbese.\n\nA ko ni gba order kankan mo leyin November 20, nitori awon tailor nilo akoko lati ran aso. Aso-oke 150 pere la ra, ti o ba ti tan, website gbodo so pe o ti tan.\n\nAwon to wa ni Ibadan le wa gba aso won ni ile Mama ni Bodija. Awon to wa ni Lagos tabi Abuja, a maa fi dispatch rider ran an si won, won a si san ₦3,500 kun un.\n\nGbogbo eni to ba ra aso-ebi yoo gba kaadi ipe (invitation card) pelu nomba tabili won ni ibi ayeye, ki won le jokoo pelu ebi. Ni gbogbo Satide, mo fe ri iye owo to ti wole ati awon to je gbese.",
      things:
        "Alejo: oruko, nomba foonu, ilu, egbe\nOrisi aso: oruko, owo, iye to wa\nOrder: alejo, orisi aso, iye, owo lapapo, gbigba tabi dispatch\nOwo sisan: order, ojo, iye owo, receipt\nKaadi ipe: alejo, nomba tabili\nOrder kookan je ti alejo kan, sugbon alejo kan le se ju order kan lo, fun ara re ati fun iyawo re.",
      thingsChange:
        "E yo ilu kuro lara alejo, ko wulo fun wa. E fi adiresi kun order, ki dispatch rider le mo ibi ti yoo gbe aso lo.",
      extras: [
        "Ounje ati awon caterer, egbon mi lo n se iyen, e ma fi si. MC ati awon onilu naa, Uncle Tunde lo n bojuto won, ko si ninu e.",
        "Rara, o to be. E se gan ni o! Olorun a bukun fun yin.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Emi, aburo mi ati egbon mi nikan la maa log in. Awon alejo ko nilo account, won kan maa se order ni.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "aso-oke gele ₦35,000",
        "ankara ₦12,000",
        "fila ₦30,000",
        "transfer account ebi",
        "upload receipt",
        "owo ni kikun",
        "November 20",
        "aso-oke 150 tan",
        "dispatch rider ₦3,500",
        "kaadi ipe nomba tabili",
        "Satide owo gbese",
      ],
      tables: [
        { name: "alejo", fields: ["oruko", "nomba foonu", "egbe"] },
        { name: "orisi aso", fields: ["oruko", "owo", "iye to wa"] },
        { name: "order", fields: ["alejo", "orisi aso", "iye", "owo lapapo", "adiresi"] },
        { name: "owo sisan", fields: ["order", "ojo", "iye owo", "receipt"] },
        { name: "kaadi ipe", fields: ["alejo", "nomba tabili"] },
      ],
      excluded: ["ounje", "caterer", "MC", "onilu"],
      background: ["WhatsApp", "iwe kekere"],
    },
  },
  {
    id: "kurunegala-chemistry-class",
    who: "A chemistry tuition master ('Sir') with A/L classes in a hall in Kurunegala, in Sinhala (Sinhala script, as he types it, with the English words Sri Lankans really mix in: 'ඇප් එක', 'ෆෝන්', 'ක්ලාස්', 'ෆීස්', 'QR', 'SMS', 'ටියුට්', 'පේපර් ක්ලාස්', 'රෑන්ක් ලිස්ට්', 'ඔන්ලයින්', 'free card'): a phone app over mobile data for the students, their parents and the two office akkas, the class fee රු. 2,500 a month paid before the 10th or no entry to the class, a QR card scanned at the door for attendance, an SMS to the parents when a student has missed two weeks, the monthly tute only for those who have paid and the office seeing who has taken it, the paper class at රු. 300 a paper with the marks and the rank list in the app, free cards for students who cannot pay with their attendance and marks kept like everyone else's, no more than 350 in the hall for a class; numbered records in brackets, every payment one student's; receipt books and a register today; the Zoom recordings 'ඕක දාන්න එපා', his brother-in-law's bookshop 'ඒක වෙනම බිස්නස් එකක්'; the free card added to the students at the review",
    says: {
      overview:
        "ආයුබෝවන්! මම චමින්ද බණ්ඩාර, කුරුණෑගල A/L කෙමිස්ට්‍රි ක්ලාස් කරන සර්. අපේ හෝල් එකේ බැච් දෙකක් තියෙනවා, 2025 A/L බැච් එකයි 2026 බැච් එකයි, ළමයි 600ක් විතර. දැනට ෆීස් ගන්නේ රිසිට් පොත්වලින්, පැමිණීම ලියන්නේ රෙජිස්ටර් එකක. ගිය මාසේ ඔෆිස් එකේ රිසිට් පොතක් නැති වුණා, කවුද ෆීස් ගෙව්වේ කියලා හොයාගන්න බැරුව ලොකු ප්‍රශ්නයක් වුණා, දෙමව්පියෝ කෝල් කරලා බැන්නා. ඒ නිසා ළමයින්ටයි, දෙමව්පියන්ටයි, ඔෆිස් එකේ අක්කලා දෙන්නාටයි ෆෝන් එකෙන් පාවිච්චි කරන්න ඇප් එකක් ඕනේ. කුරුණෑගල ඕනම තැනක ඩේටා තියෙනවා, ඒ නිසා ඔන්ලයින් වුණාට කමක් නෑ.",
      walkthrough:
        "ක්ලාස් ෆීස් මාසෙට රු. 2,500යි. මාසෙ 10 වෙනිදාට කලින් ගෙවන්න ඕනේ, නැත්නම් ඒ ළමයාට ක්ලාස් එකට ඇතුල් වෙන්න දෙන්නේ නෑ. හැම ළමයෙකුටම QR කාඩ් එකක් තියෙනවා, දොර ළඟදී ඒක ස්කෑන් කරලා පැමිණීම දාන්න ඕනේ. ළමයෙක් සති දෙකක් ක්ලාස් ආවේ නැත්නම් දෙමව්පියන්ට SMS එකක් යන්න ඕනේ.\n\nහැම මාසෙම ටියුට් එකක් දෙනවා, ඒත් ෆීස් ගෙවපු අයට විතරයි. කවුද ටියුට් එක අරගෙන තියෙන්නේ කියලා ඔෆිස් එකට ඇප් එකෙන් බලන්න පුළුවන් වෙන්න ඕනේ.\n\nපේපර් ක්ලාස් එක වෙනම, පේපර් එකකට රු. 300යි. ලකුණු ඇප් එකට දාන්න ඕනේ, රෑන්ක් ලිස්ට් එකත් එක්කම, ළමයින්ටයි දෙමව්පියන්ටයි බලන්න.\n\nගෙවන්න බැරි ළමයින්ට අපි free card දෙනවා, ඒ අයට ෆීස් නෑ, ඒත් පැමිණීමයි ලකුණුයි අනිත් අයට වගේම දාන්න ඕනේ. ෆයර් ඩිපාට්මන්ට් එකෙන් කිව්වා හෝල් එකට ළමයි 350කට වඩා දාන්න බෑ කියලා, ඒ නිසා එක ක්ලාස් එකකට ළමයි 350කට වඩා ගන්න දෙන්න එපා.",
      things:
        "1. ළමයි (නම, ඉන්ඩෙක්ස් නම්බර් එක, ෆෝන් නම්බර් එක, දෙමව්පියන්ගේ ෆෝන් නම්බර් එක, ඉස්කෝලේ, බැච් එක)\n2. ගෙවීම් (ළමයා, මාසය, මුදල, දිනය)\n3. පැමිණීම (ළමයා, දිනය, ක්ලාස් එක)\n4. පේපර් (පේපර් නම්බර් එක, දිනය)\n5. ලකුණු (ළමයා, පේපර් එක, ලකුණු)\nහැම ගෙවීමක්ම එක ළමයෙක්ගේ, ඒත් එක ළමයෙක් මාසෙන් මාසෙට ගොඩක් ගෙවීම් කරනවා.",
      extras: [
        "Zoom රෙකෝඩින්ස් අපි විකුණන්නේ නෑ, ඕක දාන්න එපා. හෝල් එක ළඟ පොත් කඩේ මගේ මස්සිනාගේ, ඒක වෙනම බිස්නස් එකක්.",
        "නෑ, එච්චරයි. බොහොම ස්තූතියි!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "මමයි, ඔෆිස් එකේ අක්කලා දෙන්නයි, හැම ළමයෙක්ම, දෙමව්පියොත් ලොග් වෙනවා.",
    },
    atReview: [
      "තව එක දෙයක්: ළමයින්ට free card එක තියෙනවද නැද්ද කියලා ළමයින්ගේ විස්තරවලට දාන්න, එතකොට ඔෆිස් එකෙන් ඒ ළමයින්ගෙන් ෆීස් ඉල්ලන්නේ නෑ. එච්චරයි, ස්තූතියි.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "ෆීස් රු. 2,500",
        "10 වෙනිදා",
        "QR කාඩ් පැමිණීම",
        "සති දෙකක් SMS",
        "ටියුට් ෆීස් ගෙවපු",
        "පේපර් රු. 300",
        "ලකුණු රෑන්ක් ලිස්ට්",
        "free card",
        "හෝල් 350කට",
      ],
      tables: [
        {
          name: "ළමයි",
          fields: ["නම", "ඉන්ඩෙක්ස් නම්බර්", "ෆෝන් නම්බර්", "දෙමව්පියන්ගේ ෆෝන් නම්බර්", "ඉස්කෝලේ", "බැච්", "free card"],
        },
        { name: "ගෙවීම්", fields: ["ළමයා", "මාසය", "මුදල", "දිනය"] },
        { name: "පැමිණීම", fields: ["ළමයා", "දිනය", "ක්ලාස්"] },
        { name: "පේපර්", fields: ["පේපර් නම්බර්", "දිනය"] },
        { name: "ලකුණු", fields: ["ළමයා", "පේපර්", "ලකුණු"] },
      ],
      excluded: ["Zoom", "පොත් කඩේ"],
      background: ["රිසිට් පොත්", "රෙජිස්ටර්"],
    },
  },
];
