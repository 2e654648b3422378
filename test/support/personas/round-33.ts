import type { Persona } from "../persona-driver.js";

/**
 * The thirty-third held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-33.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * to several paragraphs, records listed after colons inline and on lines, after dashes on
 * lines and inline, numbered, in brackets on lines and inline, or told in long sentences
 * ("every team have a name, a captain …", "We keep the committees: …"). Eight write in
 * English, each in their own English and their own register, none of them used before:
 * Caymanian English from West Bay ("Eh-eh", "hoss", "put in dem results demself", "else
 * dey cyan play", "ya know", "a'ready", "every district like to brag", "leave it out", "we
 * ain't in dat", "dat's everyting"), the New Zealand English of Southland from out of
 * Gore, a few lower-case words at a time ("contractor out of gore", "baleage", "catch up
 * when theyre back in range", "bloke", "hard case", "the missus", "leave that be", "theyd
 * walk", "nah thats it. chur"), the English of Kano with its Hausa words ("Assalamu
 * alaikum", "I read computer science at BUK", "Baba's big rajista", "wallahi we have
 * suffered", "that is not our own, leave them", "Insha Allah it will be smooth", "Na gode
 * sosai"), South Sudanese English from Gudele in Juba with its Juba Arabic words ("Salam
 * my brother", "khalas, the count is gone", "Juba is building too much now", "Me I see
 * everything", "not ours also", "Tamam", "kweis", "shokran"), Somerset English from round
 * Taunton ("Alright my lover", "Us have got 24 sides", "for thirty year", "write I a
 * little program", "whatever that be", "the pins only gets stood back up", "the side what
 * asked loses it", "rings I the result", "the cup committee do that theirselves", "another
 * lot altogether"), the English of Kolkata with its Bangla words, at great length
 * ("Nomoshkar", "na?", "Now what to tell you", "Ekdom chaos", "one year ahead itself",
 * "Pujo", "the Thakur", "so much tension", "another line altogether", "nothing to do with
 * us"), iTaukei Fijian English from Bouma on Taveuni ("Bula vinaka", "isa", "sega", "the
 * carrier", "Io, it's set", "vinaka vakalevu") and the English of the Mississippi Delta
 * ("how y'all doing", "I'm fixing to", "a mess of fish belly up by sunrise", "Them fish
 * ain't gonna eat anyhow", "Lord have mercy", "leave it plumb out", "Preciate y'all"). One
 * writes in Gujarati (Gujarati script, never used before, as an Ahmedabad kite wholesaler
 * types it, with the English words Gujaratis really mix in: "એપ", "ઓર્ડર", "WhatsApp",
 * "UPI", "GST", "એડવાન્સ", "ડિલિવરી", "ટેમ્પો", "ટ્રાન્સપોર્ટ", "સ્ટોક", "લોગિન", "એ ના
 * નાખતા"), and one in Irish (never used before, the Irish of Conamara typed with its
 * fadas: "muid", "a chuile", "sa gcoláiste", "anuraidh", "ná cuir isteach iad", "níl baint
 * aige leis seo"). What varies is the kind of software, the domain and the length of the
 * answers: web apps for a West Bay dominoes league (CI$150 a team for the season before
 * the first Thursday, 6 players in 3 pairs, every pair a set against every pair and first
 * to 6 games, a point a set and a bonus point for a six love, the most six loves, a team
 * not there by 8:30 losing the match, one team a season, the results the same night, level
 * teams by games), a brick site at Gudele (moulders paid $6 a thousand every Saturday, 7
 * days drying, a kiln of 30,000 burning 3 days and 3 nights and cooling 5, the broken at
 * half price, $70 a thousand, full payment before loading, moulding from November to
 * April, the bricks ready to sell) and an Irish summer college in An Cheathrú Rua (€1,150
 * a course, a €200 deposit and the rest before 1 May, students from 12 to 17, up to 8 in a
 * house, never boys and girls in the same house, Irish only and home after three warnings,
 * a list for every bean an tí); phone apps for a Southland silage contractor's drivers on
 * farms with no coverage (wrapped bales $14, the tractors $150 an hour and the harvester
 * $420, the farmer's ok first, greased every 10 hours, the hours for each farm and each
 * driver), a Taveuni dalo cooperative's collecting up in the hills without signal (Tausala
 * only, grade A over 1 kg, grade B from 500 g and under 500 g rejected, $2.20 and $1.40 a
 * kilo, at the wharf by 4 o'clock Tuesday, the Biosecurity farm number first, the farmers
 * paid on Friday) and an Ahmedabad kite wholesaler's retailers over the net (by the kodi
 * of 20, a pavlo ₹80, an addhiyo ₹120, a poniyo ₹180, at least 5 kodi, 50% advance by UPI,
 * free delivery over ₹5,000 in Ahmedabad, no new order after 10 January, the karigars ₹30
 * a kodi every Saturday, the stock of every size); a Go command-line tool for a Taunton
 * pub skittles league (£60 a side, home and away, 12 a side with 3 hands of 3 balls, the
 * pins stood up only when all nine are floored, 2 points a win and 1 each for a draw, the
 * floorers, a match put off once and played inside 14 days, averages from 6 matches), with
 * commands and flags; a service without screens, in Python with Django and PostgreSQL,
 * that a customer app and the tablet of the Kofar Mata dyers' association call (a wrapper
 * ₦4,500, dark ₦7,000, a tied pattern ₦1,500 more, half before dyeing, ready in 3 days and
 * dark in 7, natural indigo only, every pit one family's and recharged every 14 days, the
 * association's 10%, every family's month); a program on a Kumartuli idol studio's Windows
 * computer (8 feet ₹60,000, 10 feet ₹85,000, daker saaj ₹15,000 more, 30% advance and full
 * payment before the Thakur leaves, the stage of every idol and the eyes on Mahalaya, a
 * head karigar to every idol, the karigars paid weekly, the delivery between Panchami and
 * Shashthi and never two committees in the same hour); and a C# library that a Delta
 * catfish farm's night riders' phone app and office dashboard both call (two readings
 * projected to the oxygen at dawn, the aerators under 3 ppm and the tractor aerator under
 * 2, no feed under 50 degrees, 1% of the body weight to 70 and 3% over, at most 120 pounds
 * an acre, no feed after a morning under 3). The Southland contractor answers a few
 * lower-case words at a time, the Kolkata idol maker's son at great length, the others in
 * between. Relations said plainly ("Every player belong to one team, and every set belong
 * to one match", "each job is one paddock", "Every pit belongs to one family, and every
 * order is dyed in one pit", "Every moulding is for one moulder", "every score is one
 * player in one match", "Every idol is for one committee", "Every collection is from one
 * farmer", "દરેક ઓર્ડર એક વેપારીનો", "Tá chuile scoláire ar chúrsa amháin agus i dteach
 * amháin"); allowed values in brackets (the cloth, the colour and the way of paying, the
 * style and the saaj); background in a copybook, a notebook on the dash, a rajista, chalk
 * on the wall of the store, a typewriter and a photocopied notebook, a diary, a carbon
 * receipt book, a legal pad, WhatsApp and a ચોપડો, an Excel spreadsheet and forms in the
 * post; technology named as Python with Django and PostgreSQL, Go, Windows, Android and
 * C#, and none at all by five of them; "no" said as "leave it out", "we ain't in dat",
 * "leave that be", "no gps on the boys either", "that is not our own, leave them", "don't
 * add it", "don't put it", "not ours also", "keep it out", "another lot altogether",
 * "another line altogether, keep it out", "nothing to do with us", "not for us, sega",
 * "y'all pass it the numbers", "leave it plumb out", "એ ના નાખતા", "વેચતા જ નથી", "ná cuir
 * isteach iad", "níl baint aige leis seo"; while rules keep their "no" ("else dey cyan
 * play", "no jumping from team to team", "no job starts without the farmers ok", "No cloth
 * goes into the pit without the half payment", "no chemical dye at all", "No money, no
 * loading", "In the rains, no moulding", "No farm number, no collection", "Don't feed
 * under 50 degrees", "never more than 120 pounds an acre", "10 જાન્યુઆરી પછી નવો ઓર્ડર
 * નહીં", "Ní bhíonn buachaillí agus cailíní sa teach céanna", "ní thugtar aon airgead ar
 * ais"). The dominoes secretary takes the phone off the players and adds their district,
 * the silage contractor takes the licence class off the drivers and adds their hourly
 * rate, and the kite wholesaler adds the transport to the retailers and takes the village
 * off the karigars, each after "Change something" at "Your data"; the brick site's owner
 * adds the truck number to the orders, the idol maker's son takes the village off the
 * karigars, the dalo cooperative's manager drops the collectors and the college's
 * secretary renames the families (Teaghlaigh) houses (Tithe), each at the review. The
 * score compares Gujarati by its letters in Latin script, so its expected words are in the
 * forms the person used (as "પાવલો ₹80", "ઓછામાં ઓછા 5 કોડી", "કોડી દીઠ ₹30", "દર
 * શનિવારે"), and Irish in the forms the person wrote, mutations and all (as "8 scoláire",
 * "trí rabhadh abhaile", "liosta bean tí", said after "chuig", where bean keeps its first
 * letter); every expected feature was checked to be in one sentence the person said, and
 * the excluded words of all ten were checked not to read like anything they want.
 */
export const THIRTY_THIRD_ROUND: readonly Persona[] = [
  {
    id: "west-bay-dominoes-league",
    who: "The secretary of a dominoes league in West Bay, Grand Cayman, in Caymanian English ('hoss', 'ya know', 'eh-eh', 'dem', 'cyan', 'a'ready', 'everyting'): a website for the league's Thursday nights where the captains put in their results and everybody sees the table, CI$150 a team for the season paid before the first Thursday, 6 players a team in 3 pairs, every pair playing a set against every pair of the other team and first to 6 games winning the set, a point for every set won, a bonus point for a six love (a set won 6 to 0) and a list of who has the most six loves, a team not there by 8:30 losing the match, a player playing for one team only all season, the home captain putting in the results the same night, the table by points and, when level, by games; records told in long sentences, every player belonging to one team and every set to one match; a copybook today; the Pirates Week tournament 'leave it out', the bars' drinks 'we ain't in dat'; the phone taken off the players and their district added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Good evening! My name is Delroy Ebanks, from West Bay, and I'm the secretary for the West Bay Domino League. We got 14 teams what play every Thursday night from September till April, at the bars and the community halls round West Bay and up to George Town. Right now the captains text me the scores Thursday night and I write dem in a copybook, then I make up the table by hand and stick it on the board at Pappy's. Eh-eh, last season I add up one team wrong and, hoss, I never hear the end of it till Christmas. So we want a website where the captains put in dem results demself and everybody could see the table.",
      walkthrough:
        "Ok so this is how it go. Every team pay CI$150 for the season, and it got to be paid before the first Thursday, else dey cyan play.\n\nEvery team got 6 players, dat's 3 pairs. On the night every pair play a set against every pair from the other team, so 9 sets. First to 6 games win the set. A team get one point for every set it win.\n\nIf a pair win a set 6 to 0, dat's a six love, and the team get a bonus point. And we keep a list of who get the most six loves for the season, cause nobody in Cayman ever forget a six love, ya know.\n\nPlay start 8 o'clock. If a team ain't there by 8:30, dey lose the match, all 9 sets go to the other team.\n\nA player could only play for one team the whole season, no jumping from team to team when one team doing good.\n\nThe home captain put in the results the same night, before he go home. The table go by points, and if two teams level on points, whoever win more games go on top.",
      things:
        "Well, every team have a name, a captain, dem home spot, dat's the bar or the hall where dey play, and if dey paid. Every player have a name, a phone number, a nickname, cause everybody here go by a nickname, ya know, nobody know Clifton Ebanks but everybody know Bush, and which team he play for. Then the matches, dat's the date, the home team, the away team, the home points and the away points. And the sets, dat's the match, the home pair, the away pair and how many games each side win. Every player belong to one team, and every set belong to one match.",
      thingsChange:
        "Take off the phone number from the players, the captains got dem numbers a'ready and people don't want dem number on no website. And put the district dey from, West Bay, George Town, Bodden Town, East End or North Side, cause every district like to brag.",
      extras: [
        "Now the Pirates Week tournament in November, the festival people run dat one, leave it out. And the drinks and the food at the bars, dat's the bar own business, we ain't in dat.",
        "No, dat's everyting. Thank you, hoss, take care now.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the president see everyting and could fix anyting. Every captain log in to put in the results for dem team. Everybody else just look at the table, dey don't need no login.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "CI$150 season",
        "6 players 3 pairs",
        "first to 6 games",
        "point every set",
        "six love bonus point",
        "most six loves",
        "8:30 lose the match",
        "only one team",
        "home captain same night",
        "level more games",
      ],
      tables: [
        { name: "teams", fields: ["name", "captain", "home spot", "paid"] },
        { name: "players", fields: ["name", "nickname", "team", "district"] },
        { name: "matches", fields: ["date", "home team", "away team", "home points", "away points"] },
        { name: "sets", fields: ["match", "home pair", "away pair"] },
      ],
      excluded: ["Pirates", "drinks"],
      background: ["copybook"],
    },
  },
  {
    id: "gore-silage-contractor",
    who: "A silage and baling contractor out of Gore, Southland, in Southland New Zealand English, a few lower-case words at a time ('the boys', 'bloke', 'hard case', 'the missus', 'leave that be', 'theyd walk', 'nah', 'chur'): a phone app for his drivers on farms with no coverage that catches up when they are back in range, every job with the farm, the paddock, the machine, the hours and the bales, wrapped bales at $14 a bale, the tractors at $150 an hour and the forage harvester at $420, no job started without the farmer's ok, every machine greased every 10 hours, on Friday the hours for each farm and each driver; records after dashes inline, every job one paddock's; a notebook on the dash today; the invoices in Xero 'leave that be', GPS on the boys 'no … either'; the licence class taken off the drivers and their hourly rate added after 'Change something' at 'Your data'",
    says: {
      overview:
        "contractor out of gore. silage, baleage, bit of cultivating. boys write it all in a notebook on the dash, half of it you cant read. want an app for them in the tractors",
      more: "half the farms got no coverage. got to work without it and catch up when theyre back in range",
      walkthrough:
        "each job the boys put in the farm, paddock, machine, hours and bales\nwrapped bales $14 a bale\ntractor hours $150 an hour, the forage harvester $420\nno job starts without the farmers ok. bloke cut the wrong paddock last year, hard case\nevery machine greased every 10 hours, app should tell them\nfriday i want the hours for each farm and each driver",
      things:
        "farms - name, farmer, phone, road. paddocks - farm, name, hectares. machines - name, type, hour meter. drivers - name, phone, licence class. jobs - farm, paddock, machine, driver, date, hours, bales. each job is one paddock",
      thingsChange: "drop the licence class. put their hourly rate on",
      extras: [
        "the missus does the invoices in xero, leave that be. no gps on the boys either, theyd walk",
        "nah thats it. chur",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "me and the boys. farmers dont need it",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "wrapped bales $14",
        "tractor $150 an hour",
        "harvester $420",
        "farmers ok",
        "greased every 10 hours",
        "hours each farm",
        "hours each driver",
      ],
      tables: [
        { name: "farms", fields: ["name", "farmer", "phone", "road"] },
        { name: "paddocks", fields: ["farm", "name", "hectares"] },
        { name: "machines", fields: ["name", "type", "hour meter"] },
        { name: "drivers", fields: ["name", "phone", "hourly rate"] },
        { name: "jobs", fields: ["farm", "paddock", "machine", "driver", "date", "hours", "bales"] },
      ],
      excluded: ["Xero", "GPS"],
      background: ["notebook"],
    },
  },
  {
    id: "kofar-mata-dye-pits",
    who: "A young developer whose father is a dyer at the Kofar Mata dye pits in Kano, in the English of Kano with its Hausa words ('Assalamu alaikum', 'Baba', 'wallahi', 'we have suffered', 'Insha Allah', 'is not our own', 'Na gode sosai'): a service without screens that his friend's customer app and the dyers' association's tablet call, a wrapper of 6 yards dyed once at ₦4,500, dark at ₦7,000 and a tied pattern ₦1,500 more, half paid before dyeing and the rest at collection, light and medium ready in 3 days and dark in 7, only natural indigo and no chemical dye, every pit one family's from father to son and recharged with indigo, ash and potash every 14 days with a reminder, the association's 10% of every order, every month what each family's pits made; records in brackets on lines with the cloth, colour and method in brackets inside, every order dyed in one pit; his father's rajista today; the embroiderers 'leave them', the tourist guides 'don't add it'; Python with Django and PostgreSQL",
    says: {
      overview:
        "Assalamu alaikum. My name is Abubakar Sani, I read computer science at BUK and I am a developer here in Kano. My father is one of the dyers at the Kofar Mata dye pits in the old city. The pits are more than 500 years old, the families have been dyeing with indigo there from father to son. Now everything is written in Baba's big rajista, and people bring cloth from everywhere, Abuja, Lagos, even Niger and Chad, and they want to order and pay from their phone. The association of the dyers asked me to do something. A friend of mine is making the app for the customers, and the association office has a tablet. What I will make is the service in the middle that both of them call. It has no screens of its own.",
      walkthrough:
        "Let me explain how it works. The customer brings his cloth or buys cloth from the association. A wrapper of 6 yards dyed once in the pit is ₦4,500. If he wants it dark, that is many dips, it is ₦7,000. If he wants a pattern tied on it, it is ₦1,500 more.\n\nThe customer pays half before dyeing, and the rest when he comes to collect. No cloth goes into the pit without the half payment, wallahi we have suffered with people who never came back.\n\nLight or medium colour is ready in 3 days. Dark takes 7 days because of the dips and the drying.\n\nOnly natural indigo is used in the pits, no chemical dye at all. That is the rule of the association, it is our name.\n\nEvery pit belongs to one family, it is handed from father to son. A pit must be recharged with indigo, ash and potash every 14 days, if not the colour becomes weak, so the service should remind the family when their pit is due.\n\nThe association takes 10% of every order. At the end of every month each family should see what their pits made, and the association its own.",
      things:
        "Customers (name, phone, town)\nFamilies (name, head of family, phone)\nPits (number, family, last recharged)\nOrders (customer, pit, cloth (wrapper, brocade or shadda), yards, colour (light, medium or dark), pattern, price, ready date)\nPayments (order, amount, method (cash or transfer), date)\nEvery pit belongs to one family, and every order is dyed in one pit.",
      extras: [
        "The embroidery people beside the pits, that is not our own, leave them. And the guides who take the tourists round to snap pictures, that is their own business, don't add it.",
        "That is all. Na gode sosai, thank you.",
      ],
      tech: "Python with Django, and PostgreSQL for the database. That is what I use, Insha Allah it will be smooth.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "Nobody logs in to it directly. The customers' app and the office tablet will each have its own key.",
      Technology: "I have preferences",
      "Back end": "Python with Django",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "wrapper ₦4,500",
        "dark ₦7,000",
        "pattern ₦1,500",
        "half before dyeing",
        "ready 3 days",
        "dark 7 days",
        "natural indigo",
        "recharged every 14 days",
        "association 10%",
        "every month each family",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "town"] },
        { name: "families", fields: ["name", "head of family", "phone"] },
        { name: "pits", fields: ["number", "family", "last recharged"] },
        {
          name: "orders",
          fields: ["customer", "pit", "cloth", "yards", "colour", "pattern", "price", "ready date"],
        },
        { name: "payments", fields: ["order", "amount", "method", "date"] },
      ],
      excluded: ["embroidery", "tourists"],
      background: ["rajista"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "gudele-brick-site",
    who: "The owner of a brick-making site at Gudele on the edge of Juba, in South Sudanese English with its Juba Arabic words ('my brother', 'khalas', 'Me I see everything', 'tamam', 'kweis', 'not ours also', 'shokran'): a website he sees from his phone in town and the foreman puts the counts in, the moulders paid $6 for every thousand bricks by the foreman's daily count every Saturday, the bricks drying 7 days in the sun, a kiln of around 30,000 bricks burning 3 days and 3 nights with firewood and cooling 5 days, the broken ones counted and sold at half price, $70 a thousand for good bricks, full payment before loading, moulding only in the dry season from November to April, the bricks ready to sell and what every kiln gave; numbered records, every moulding one moulder's and every order one customer's; chalk on the wall of the store today; his cousin's cement blocks 'don't put it', his uncle's sand and gravel 'not ours also'; the truck number added to the orders at the review",
    says: {
      overview:
        "Salam my brother. I am Deng Garang, I have a brick site in Gudele, near the Jebel. We make the red burnt bricks by hand, 20 moulders in the dry season. Juba is building too much now, everybody wants bricks. Today the foreman counts the bricks and writes with chalk on the wall of the store, and when the rain comes, khalas, the count is gone. And I am in town most days, I cannot see anything. I want a website, I see everything from my phone and the foreman puts the counts.",
      walkthrough:
        "This is how it works. The moulders are paid by the thousand, $6 for every thousand bricks they mould. The foreman counts for each moulder every day, and they are paid every Saturday.\n\nThe bricks dry in the sun 7 days before they go in the kiln. One kiln takes around 30,000 bricks, it burns 3 days and 3 nights with firewood, then it cools 5 days before we open it. When we open, we count the broken ones.\n\nWe sell by the thousand, $70 for a thousand good bricks. The broken ones we sell at half price, to people making a foundation.\n\nThe customer pays full before loading. No money, no loading, I learnt it the hard way.\n\nWe mould only in the dry season, November to April. In the rains, no moulding.\n\nI want to see how many bricks are ready to sell, and what every kiln gave.",
      things:
        "1. Moulders: name, phone, village\n2. Moulding: moulder, date, bricks\n3. Kilns: number, date lit, bricks inside, firewood, date opened, broken\n4. Customers: name, phone, place\n5. Orders: customer, bricks, price, paid, date loaded\nEvery moulding is for one moulder, and every order is for one customer.",
      extras: [
        "My cousin makes cement blocks next to us, that one is his business, don't put it. And the sand and gravel my uncle sells, not ours also.",
        "That is all, shokran my brother.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me I see everything. The foreman logs in on his phone to put the counts. The customers don't need it.",
    },
    atReview: [
      "Tamam, only one thing: add the truck number to the orders, the guard at the gate writes it when the truck goes out. After that it is kweis, shokran.",
    ],
    expect: {
      kind: "web app",
      features: [
        "moulders $6",
        "paid every Saturday",
        "dry 7 days",
        "30,000 bricks",
        "3 days 3 nights",
        "cools 5 days",
        "$70 a thousand",
        "broken half price",
        "full before loading",
        "November to April",
        "bricks ready to sell",
      ],
      tables: [
        { name: "moulders", fields: ["name", "phone", "village"] },
        { name: "moulding", fields: ["moulder", "date", "bricks"] },
        {
          name: "kilns",
          fields: ["number", "date lit", "bricks inside", "firewood", "date opened", "broken"],
        },
        { name: "customers", fields: ["name", "phone", "place"] },
        { name: "orders", fields: ["customer", "bricks", "price", "paid", "date loaded", "truck number"] },
      ],
      excluded: ["cement", "gravel"],
      background: ["chalk"],
    },
  },
  {
    id: "taunton-skittles-league",
    who: "The fixtures and results secretary of a pub skittles league round Taunton, in Somerset English ('Alright my lover', 'us have got', 'write I a little program', 'whatever that be', 'thirty year', 'the side what asked', 'theirselves', 'keep it out', 'another lot altogether'): a Go command-line tool his grandson writes for his laptop, £60 a side for the season at the AGM, every side playing every side home and away on Tuesday nights, 12 a side with 3 hands of 3 balls each and the pins stood back up only when all nine are floored, the highest total of pins winning with 2 points for the win and 1 each for a draw, a floorer (all nine with the first ball) put in the book, a match put off once and played inside 14 days or lost by the side that asked, averages in pins a hand for players with 6 matches or more, the table and the averages printed and a bit of text for the County Gazette; records after dashes on lines, every score one player's in one match; Mervyn's typewriter and a notebook photocopied at the library today; the knockout cup 'keep it out', the pubs' quiz league 'another lot altogether'; commands and flags; Go",
    says: {
      overview:
        "Alright my lover. Name's Roger Hembrow, I do the fixtures and results for the Taunton and District Skittles League, been at it since Mervyn packed up. Us have got 24 sides in two divisions, all in pubs round Taunton, Bishops Lydeard, Wiveliscombe, out that way. Mervyn did it all on his old typewriter for thirty year, and now I do it in a notebook and go down the library and photocopy the table for every pub. My grandson Jake says he'll write I a little program for the laptop, so I can type the results in and it spits the table out.",
      walkthrough:
        "Right. Every side pays £60 for the season, at the AGM in August. Season runs September to April, Tuesday nights, and everybody plays everybody home and away.\n\nA match is 12 a side. Every player throws 3 hands of 3 balls, and the pins only gets stood back up if you floor all nine. Add up all the pins for both sides, highest total wins. 2 points for the win, 1 each if 'tis a draw.\n\nIf a man floors all nine with his first ball, that's a floorer, and it goes in the book. There's a bottle of whisky at the dinner for whoever has the most.\n\nA match can be put off once, but it got to be played inside 14 days or the side what asked loses it.\n\nThe averages is pins per hand, and you only goes in the averages if you've played 6 matches or more, else some chap plays once, has a blinder and sits on top all season.\n\nThe home captain rings I the result by Wednesday dinner time. Then I want to put it in and print the table and the averages for the pubs, and a bit of text for the County Gazette.",
      commands:
        'Jake says it\'ll go something like this: skittles fixtures make --season 2025-26, skittles result add --home "Half Moon" --away "Crown" --date 2025-10-14, skittles score add --match 14 --player "Dave Coles" --pins 58, skittles floorer --match 14 --player "Dave Coles", skittles table --division 1, skittles averages --min-matches 6, skittles export --gazette. Don\'t ask I what it all means, he knows.',
      things:
        "- sides - name, pub, division, captain, phone number, paid\n- players - name, side\n- matches - date, home, away, home pins, away pins\n- scores - match, player, pins\n- floorers - match, player\nEvery player plays for the one side, and every score is one player in one match.",
      extras: [
        "The knockout cup, the cup committee do that theirselves, keep it out. And the quiz league some of the pubs do, that's another lot altogether.",
        "No, that's the lot. Cheers my lover.",
      ],
      tech: "Jake says Go, whatever that be. 'Tis only on my laptop, no internet wanted.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Go",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "£60 season",
        "12 a side",
        "3 hands of 3 balls",
        "floor all nine",
        "2 points for the win",
        "1 each draw",
        "home and away",
        "put off once 14 days",
        "averages 6 matches",
        "floorer first ball",
      ],
      tables: [
        { name: "sides", fields: ["name", "pub", "division", "captain", "phone number", "paid"] },
        { name: "players", fields: ["name", "side"] },
        { name: "matches", fields: ["date", "home", "away", "home pins", "away pins"] },
        { name: "scores", fields: ["match", "player", "pins"] },
        { name: "floorers", fields: ["match", "player"] },
      ],
      excluded: ["cup", "quiz"],
      background: ["typewriter", "photocopy"],
      stack: ["Go"],
      commands: [
        "fixtures make",
        "result add",
        "score add",
        "floorer",
        "table",
        "averages",
        "export",
        "--season",
        "--home",
        "--away",
        "--date",
        "--match",
        "--player",
        "--pins",
        "--division",
        "--min-matches",
        "--gazette",
      ],
    },
  },
  {
    id: "kumartuli-idol-orders",
    who: "The son of an idol maker in Kumartuli in north Kolkata, in the English of Kolkata with its Bangla words, at great length ('Nomoshkar', 'na?', 'what to tell you', 'Pujo', 'Thakur', 'para', 'Baba', 'ekdom', 'one year ahead itself', 'so much tension', 'another line altogether'): a program on the Windows computer in the studio where the net goes in the rains, Durga idols booked by the clubs and para committees, an 8 feet ek chala at ₹60,000 and a 10 feet at ₹85,000, daker saaj ₹15,000 more, 30% advance at booking and full payment before the Thakur leaves the studio, the stage of every idol from the kathamo on Rath Yatra to the eyes painted on Mahalaya, one head karigar for every idol, the karigars paid weekly every Sunday, the committees taking their Thakur between Panchami and Shashthi with a date and an hour each and never two committees in the same hour; records told as 'we keep the …', every idol for one committee; his father's diary today; the fibreglass idols for abroad 'keep it out', the pandal lighting 'nothing to do with us'; Windows; the village taken off the karigars at the review",
    says: {
      overview:
        "Nomoshkar! I am Subhankar Pal. My father is Gopal Pal, and our family has been making Durga Pratima in Kumartuli for four generations, from my great-grandfather's time. If you have ever come to Kolkata in Pujo time you have seen the lanes, na? Narrow, narrow lanes, clay everywhere, bamboo, half-made Thakurs under plastic sheets when it rains. Our studio makes around 35 to 40 Durga idols every year for the clubs and para committees in north Kolkata, Salt Lake, some in Howrah, and a few small ones for the bonedi bari, the old family houses that do Pujo at home.\n\nNow what to tell you, everything is in my father's diary. One page for each committee, the height, the price, how much advance they gave, and my father's memory for the rest, and he is 68 now. Last year two committees came on the same Shashthi morning at the same time with two trucks, in a lane where one rickshaw can hardly pass, and there was such a fight that the police had to come. And one club said they had paid ₹20,000 advance and in the diary it was ₹10,000, and the page was half torn. Ekdom chaos. So I have told Baba, we will put it all on the computer. I work in an IT company in Sector V, so I will make a program for the computer in our studio.",
      more: "The computer is in the office room of the studio. The net there is not reliable at all, in the rains especially it goes for days, so it should work on the computer itself, no internet needed. Only Baba and I will use it, my cousin also sometimes.",
      walkthrough:
        "See, the whole year goes like this. The bookings start after Poila Boishakh, and some committees book one year ahead itself. The price depends on the height and the style. An 8 feet ek chala, that is the whole family, Ma Durga, Lakshmi, Saraswati, Kartik, Ganesh and the Asur, all on one frame, is ₹60,000. A 10 feet ek chala is ₹85,000. If they want the figures on separate frames it is more, that we quote each time. And if they want daker saaj, the silver foil ornaments of the old style, that is ₹15,000 more. Otherwise it is sholar saaj, the normal shola pith work, which is included.\n\nAt booking the committee pays 30% advance. The rest they pay before the Thakur leaves the studio. Full payment before the Thakur leaves, that is the rule, Baba is very strict on that, otherwise after Pujo nobody can be found.\n\nThen the making. We start the kathamo, the bamboo and straw frame, on Rath Yatra day, that is auspicious. Then the first layer of clay, then the second layer, then the painting, then the saaj, and the eyes are painted last, on Mahalaya, the chokkhu daan. I want to see for every idol which stage it is in, because the committees keep calling, 'Dada, how far is our Thakur?', and Baba has to go and look himself every time.\n\nThe karigars, the artisans, come from Krishnanagar side for the season, from Rath Yatra to Pujo. The karigars are paid weekly, every Sunday. Every idol has one head karigar, and I want to see which karigar is on which idol.\n\nThen the delivery. The committees take their Thakur between Panchami and Shashthi. The lane is so narrow that only one truck can come at a time. So every committee must get a date and an hour, and no two committees in the same hour. That alone will save us so much tension.",
      things:
        "We keep the committees: the club's name, the para, the secretary's name and his phone number. For every idol we keep which committee it is for, the height in feet, the style (ek chala or separate frames), the saaj (daker or sholar), the price, the advance, the stage, the head karigar, and the delivery date and hour. For the karigars we keep their name, their village and the weekly wage. And the payments, with the idol, the amount, the date and the mode, cash or UPI. Every idol is for one committee, but one committee can take two, some take a small one for the club house also.",
      extras: [
        "The fibreglass idols that go to London and New Jersey, my uncle handles those separately, that is another line altogether, keep it out. And the pandal lighting, that is the Chandannagar people, nothing to do with us.",
        "No, that's all. Thank you so much, and if you ever come in Pujo, come to Kumartuli, I will show you our Thakur!",
      ],
      tech: "Windows, it is a Windows 10 desktop. Electricity is fine but the net is not, as I told.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No login needed. Only Baba and I, and sometimes my cousin, use that computer.",
      Technology: "I have preferences",
    },
    atReview: [
      "Everything looks nice. Only one thing, please remove the village from the karigars, it is not needed, all of them are from Krishnanagar side only. Otherwise perfect, go ahead.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "8 feet ₹60,000",
        "10 feet ₹85,000",
        "daker saaj ₹15,000",
        "30% advance",
        "full payment before Thakur leaves",
        "idol stage",
        "eyes on Mahalaya",
        "karigars paid weekly",
        "Panchami Shashthi",
        "two committees same hour",
      ],
      tables: [
        { name: "committees", fields: ["name", "para", "secretary", "phone number"] },
        {
          name: "idols",
          fields: [
            "committee",
            "height",
            "style",
            "saaj",
            "price",
            "advance",
            "stage",
            "head karigar",
            "delivery date",
          ],
        },
        { name: "karigars", fields: ["name", "weekly wage"] },
        { name: "payments", fields: ["idol", "amount", "date", "mode"] },
      ],
      excluded: ["fibreglass", "lighting"],
      background: ["diary"],
      stack: ["Windows"],
    },
  },
  {
    id: "taveuni-dalo-collection",
    who: "The manager of a village farmers' cooperative at Bouma on Taveuni, Fiji, in iTaukei Fijian English with its Fijian words ('Bula vinaka', 'isa', 'sega', 'io', 'it's set', 'the carrier', 'vinaka vakalevu'): a phone app for the collecting up at the farms where there is no signal that sends everything when they come down to Waiyevo, collected on Monday and Tuesday with the carrier, only the Tausala variety for export, every dalo graded at the farm (grade A over 1 kg and clean, grade B 500 g to 1 kg, under 500 g rejected and left with the farmer), grade A at $2.20 a kilo and grade B at $1.40, everything at the wharf by 4 o'clock Tuesday for the boat to Suva, no collection without the farm number from Biosecurity, the farmers paid on Friday by M-Paisa or cash after the exporter pays; records after colons inline, every collection from one farmer and in one shipment; a carbon receipt book today; the yaqona and the copra 'not for us, sega'; Android; the collectors dropped at the review",
    says: {
      overview:
        "Bula vinaka! My name is Mereoni Tuisawau, I am the manager for the Bouma Farmers Cooperative on Taveuni. Our farmers grow dalo, and we collect it from the farms and send it to the exporter in Suva, and from there it goes to New Zealand and Australia for our people over there. Now we write everything in a carbon receipt book, the white copy for the farmer and the pink one for us, and isa, by the time we reach the wharf the pink ones are all wet and we can't read them. I want an app on the phone for the collecting.",
      more: "Up at the farms there is no signal, sega. Only down at Waiyevo and at the wharf. So the app must keep everything and send it when we come down.",
      walkthrough:
        "We collect on Monday and Tuesday with the carrier. Only the Tausala variety goes for export, the other dalo the farmers take to the market themselves.\n\nAt the farm we grade every dalo. Grade A is over 1 kg and clean, no rot. Grade B is 500 g to 1 kg. Under 500 g is rejected, it stays with the farmer.\n\nGrade A we pay $2.20 a kilo, grade B $1.40 a kilo.\n\nEverything must be at the wharf by 4 o'clock Tuesday for the boat to Suva, after that it's too late, the dalo will spoil waiting.\n\nEvery farmer must have a farm number from Biosecurity before we take his dalo, because of the export papers. No farm number, no collection.\n\nThe exporter pays us, then on Friday we pay the farmers, by M-Paisa or cash.",
      things:
        "Farmers: name, village, phone, M-Paisa number, farm number. Collections: farmer, date, grade A kilos, grade B kilos, rejected kilos, collector. Shipments: date, boat, total kilos, exporter. Collectors: name, phone. Every collection is from one farmer, and every collection goes in one shipment.",
      extras: [
        "The yaqona the farmers sell to the buyers in Somosomo, and the copra for the mill, that is not for us, sega. Only dalo.",
        "That's all, vinaka vakalevu!",
      ],
      tech: "Android phones, the cheap ones from the Vodafone shop.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Only me and my cousin Jone, we do the collecting. The farmers don't need it.",
      Technology: "I have preferences",
    },
    atReview: [
      "Io, it's set. Only take out the collectors, it's only me and Jone, no need for a list. Vinaka.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "Tausala export",
        "grade A over 1 kg",
        "grade B 500",
        "under 500 rejected",
        "grade A $2.20 a kilo",
        "grade B $1.40",
        "wharf by 4 o'clock Tuesday",
        "farm number Biosecurity",
        "farmers Friday",
      ],
      tables: [
        { name: "farmers", fields: ["name", "village", "phone", "M-Paisa number", "farm number"] },
        {
          name: "collections",
          fields: ["farmer", "date", "grade A kilos", "grade B kilos", "rejected kilos"],
        },
        { name: "shipments", fields: ["date", "boat", "total kilos", "exporter"] },
      ],
      excluded: ["yaqona", "copra"],
      background: ["carbon"],
      stack: ["Android"],
    },
  },
  {
    id: "belzoni-catfish-oxygen",
    who: "A developer at a small farm software outfit in Greenville, Mississippi, who grew up on his daddy's catfish farm out from Belzoni, in Mississippi Delta English ('how y'all doing', 'I'm fixing to', 'a mess of fish', 'gonna', 'ain't', 'anyhow', 'Lord have mercy', 'leave it plumb out', 'Preciate y'all'): a C# library that the night riders' phone app and the farm office's web dashboard both call, nothing kept, the two readings at dusk and a couple of hours later projected in a straight line to the oxygen at dawn, the aerators on under 3 ppm and the tractor aerator too under 2, feeding by the water temperature in Fahrenheit, no feed under 50, up to 1% of the body weight from 50 to 70 and up to 3% over 70, never more than 120 pounds an acre a day, no feed the day the morning oxygen was under 3; a legal pad today; the weather off the internet 'y'all pass it the numbers', the plant's off-flavor checks 'leave it plumb out'; C#",
    says: {
      overview:
        "Hey, how y'all doing. I'm Wade Ellison, I write software for a little outfit in Greenville that does apps for the catfish farmers here in the Delta. I grew up on my daddy's catfish farm out from Belzoni, so I know the night work firsthand. We got a phone app the night riders carry around the ponds, and a dashboard on the web for the farm office, and right now they each got their own math for the oxygen, and they don't agree. I'm fixing to pull that out into one library they both call.",
      more: "It don't keep nothing, it's just the math. They hand it the readings and it hands back the answer.",
      walkthrough:
        "Here's how it goes. In the summer the oxygen in a pond drops all night, and if it gets too low before daylight you lose the whole pond, a mess of fish belly up by sunrise. So the night riders go round every pond with a meter and take a reading at dusk and another one a couple hours later.\n\nThe library takes them two readings and the times, draws a straight line through them and projects what the oxygen's gonna be at dawn.\n\nIf it projects under 3 ppm by dawn, it says turn the aerators on. If it projects under 2, it says bring the tractor aerator too, that's the emergency one that runs off the PTO.\n\nFeeding goes by the water temperature, in Fahrenheit. Don't feed under 50 degrees. From 50 to 70, feed up to 1% of the body weight of the fish in the pond. Over 70, up to 3%. And never more than 120 pounds an acre a day, no matter what, or you foul the water.\n\nAnd if the oxygen that morning was under 3, don't feed that pond that day. Them fish ain't gonna eat anyhow.\n\nRight now every night rider has got a legal pad and his own feel for it, and Lord have mercy, some of them feels are better than others.",
      extras: [
        "It ain't gonna go fetch the weather off the internet, y'all pass it the numbers. And the off-flavor checks the processing plant does before harvest, that's the plant's business, leave it plumb out.",
        "That's about it. Preciate y'all.",
      ],
      tech: "C#. The dashboard's on .NET and the phone app is .NET MAUI, so a C# library they can both reference is the ticket.",
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
        "two readings",
        "project oxygen dawn",
        "under 3 ppm aerators",
        "under 2 tractor aerator",
        "feed under 50",
        "1% body weight",
        "over 70 3%",
        "120 pounds an acre",
        "oxygen morning under 3",
      ],
      tables: [],
      excluded: ["weather", "flavor"],
      background: ["legal pad"],
      stack: ["C#"],
    },
  },
  {
    id: "raipur-patang-wholesale",
    who: "A kite wholesaler in Raipur, Ahmedabad, third generation, in Gujarati (Gujarati script, as he types it, with the English words Gujaratis really mix in: 'એપ', 'ઓર્ડર', 'WhatsApp', 'UPI', 'GST', 'એડવાન્સ', 'ડિલિવરી', 'ટેમ્પો', 'ટ્રાન્સપોર્ટ', 'સ્ટોક', 'લોગિન', 'ના નાખતા'): a phone app where the retailers from all over Gujarat order for Uttarayan and he and his munim see everything, kites sold by the kodi (20 kites), a pavlo at ₹80 a kodi, an addhiyo at ₹120 and a poniyo at ₹180, at least 5 kodi an order, 50% advance by UPI and the rest at delivery, delivery by tempo in Ahmedabad free over ₹5,000 and the freight paid by the retailer outside, no new order after 10 January, the karigars paid ₹30 a kodi every Saturday for what they bring, the stock of every size; records after colons on lines, every order one retailer's and every lot of goods one karigar's; WhatsApp and a chopdo (account book) today; his brother's manja and firki 'એ ના નાખતા', sky lanterns (ટુક્કલ) 'વેચતા જ નથી'; the retailers' transport added and the karigars' village taken off after 'Change something' at 'Your data'",
    says: {
      overview:
        "જય શ્રી કૃષ્ણ! મારું નામ હિતેશ પટેલ. રાયપુર, અમદાવાદમાં અમારી પતંગની હોલસેલની દુકાન છે, ત્રીજી પેઢી. ઉત્તરાયણ માટે આખું વર્ષ ખંભાત અને જમાલપુરના કારીગરો પાસે પતંગ બનાવડાવીએ અને આખા ગુજરાતના વેપારીઓને વેચીએ. હાલ ઓર્ડર WhatsApp પર આવે અને બધું ચોપડામાં લખીએ. ગયા વર્ષે ઉત્તરાયણ પહેલાંના અઠવાડિયામાં બે વેપારીના ઓર્ડર ભેગા થઈ ગયા અને રાજકોટવાળાનો માલ સુરત પહોંચી ગયો. એટલે મારે મોબાઈલમાં એક એપ જોઈએ છે.",
      more: "દુકાનમાં અને ગોડાઉનમાં નેટ બરાબર આવે છે, એટલે ઓનલાઈન ચાલે તો વાંધો નથી.",
      walkthrough:
        "પતંગ કોડીના હિસાબે વેચાય, એક કોડી એટલે 20 પતંગ. ભાવ સાઈઝ પ્રમાણે: પાવલો ₹80 કોડી, અડધિયો ₹120 કોડી, પોણિયો ₹180 કોડી.\n\nવેપારીએ ઓછામાં ઓછા 5 કોડીનો ઓર્ડર આપવો પડે.\n\nઓર્ડર વખતે 50% એડવાન્સ UPI થી, બાકીના ડિલિવરી વખતે.\n\nઅમદાવાદમાં ટેમ્પોથી ડિલિવરી, ₹5,000 ઉપરના ઓર્ડરમાં ફ્રી. બહારગામ માલ ટ્રાન્સપોર્ટમાં જાય, ભાડું વેપારી ભરે.\n\n10 જાન્યુઆરી પછી નવો ઓર્ડર નહીં, પછી પહોંચી ન વળાય.\n\nકારીગરોને કોડી દીઠ ₹30 મળે, દર શનિવારે હિસાબ થાય. કોણે કેટલી કોડી આપી એ લખવાનું.\n\nમારે દરેક સાઈઝનો સ્ટોક જોવો છે, કેટલી કોડી પડી છે.",
      things:
        "વેપારી: નામ, દુકાનનું નામ, ગામ, મોબાઈલ, GST નંબર\nકારીગર: નામ, મોબાઈલ, ગામ\nપતંગ: સાઈઝ, ભાવ, સ્ટોક\nઓર્ડર: વેપારી, પતંગ, કોડી, તારીખ, એડવાન્સ, ડિલિવરી\nમાલ: કારીગર, પતંગ, કોડી, તારીખ\nદરેક ઓર્ડર એક વેપારીનો, અને દરેક માલ એક કારીગરનો.",
      thingsChange:
        "વેપારીમાં ટ્રાન્સપોર્ટ પણ ઉમેરો, બહારગામનો માલ કઈ ટ્રાન્સપોર્ટમાં મોકલવો એ ખબર પડે. અને કારીગરમાંથી ગામ કાઢી નાખો, એની જરૂર નથી.",
      extras: [
        "માંજો ને ફિરકી તો બાજુમાં મારા ભાઈની દુકાન છે, એ એનો ધંધો, એ ના નાખતા. ને ટુક્કલ તો અમે વેચતા જ નથી.",
        "બસ, આટલું જ. આભાર!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "હું અને મુનીમજી બધું જોઈએ. વેપારીઓ લોગિન કરીને ઓર્ડર મૂકે ને પોતાના ઓર્ડર જુએ.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "પાવલો ₹80",
        "અડધિયો ₹120",
        "પોણિયો ₹180",
        "ઓછામાં ઓછા 5 કોડી",
        "50% એડવાન્સ",
        "₹5,000 ઉપર ફ્રી",
        "10 જાન્યુઆરી પછી",
        "કોડી દીઠ ₹30",
        "દર શનિવારે",
        "સાઈઝ સ્ટોક",
      ],
      tables: [
        { name: "વેપારી", fields: ["નામ", "દુકાનનું નામ", "ગામ", "મોબાઈલ", "GST નંબર", "ટ્રાન્સપોર્ટ"] },
        { name: "કારીગર", fields: ["નામ", "મોબાઈલ"] },
        { name: "પતંગ", fields: ["સાઈઝ", "ભાવ", "સ્ટોક"] },
        { name: "ઓર્ડર", fields: ["વેપારી", "પતંગ", "કોડી", "તારીખ", "એડવાન્સ", "ડિલિવરી"] },
        { name: "માલ", fields: ["કારીગર", "પતંગ", "કોડી", "તારીખ"] },
      ],
      excluded: ["માંજો", "ટુક્કલ"],
      background: ["WhatsApp", "ચોપડા"],
    },
  },
  {
    id: "ceathru-rua-colaiste-samhraidh",
    who: "The secretary of an Irish summer college (coláiste samhraidh) in An Cheathrú Rua, Conamara, in Irish as it is spoken in Conamara (never used before, typed with its fadas: 'muid', 'a chuile', 'sa gCeathrú Rua', 'sa gcoláiste', 'anuraidh', 'ná cuir isteach iad', 'níl baint aige leis seo', 'go raibh míle maith agat'): a website where the parents register their children and pay and the college sees everything, three courses of three weeks every summer, €1,150 a course with a deposit of €200 at registering and the rest before 1 May, the students between 12 and 17, up to 8 students in a house as the beds allow and never boys and girls in the same house, Irish only in the college and sent home after three warnings for speaking English with no money back, a list for every bean an tí of her students and their allergies; records in brackets inline, every student on one course and in one house; an Excel spreadsheet and forms in the post today; the buses from Dublin and Cork 'ná cuir isteach iad', the college's sweet shop 'níl baint aige leis seo'; the families (teaghlaigh) renamed houses (tithe) at the review",
    says: {
      overview:
        "Dia dhuit! Is mise Máirín Ní Fhlatharta, is mé an rúnaí i gColáiste na Mara, coláiste samhraidh sa gCeathrú Rua. Tagann thart ar 600 scoláire chugainn a chuile shamhradh as chuile cheard den tír le Gaeilge a fhoghlaim, agus fanann siad le mná tí ar fud an pharóiste. Faoi láthair tá chuile rud i scarbhileog Excel agus ar pháipéar, agus cuireann na tuismitheoirí an fhoirm isteach sa bpost. Anuraidh cuireadh beirt chailíní chuig teach a raibh buachaillí ann cheana féin, agus bhí an oíche sin uafásach. Ba mhaith linn suíomh gréasáin ina gcláraíonn na tuismitheoirí a gcuid páistí agus ina bhfeiceann muide chuile rud.",
      walkthrough:
        "Seo mar a oibríonn sé. Tá trí chúrsa againn chuile shamhradh, trí seachtaine an ceann, i mí an Mheithimh, i mí Iúil agus i mí Lúnasa. Tá an cúrsa €1,150. Íocann na tuismitheoirí éarlais €200 nuair a chláraíonn siad, agus an chuid eile roimh an 1 Bealtaine.\n\nCaithfidh an scoláire a bheith idir 12 agus 17 bliain d'aois.\n\nTá suas le 8 scoláire i chuile theach, ag brath ar líon na leapacha atá ag bean an tí. Ní bhíonn buachaillí agus cailíní sa teach céanna, riamh.\n\nGaeilge amháin a labhraítear sa gcoláiste. Má chloistear scoláire ag labhairt Béarla, faigheann sé rabhadh. Trí rabhadh agus cuirtear abhaile é, agus ní thugtar aon airgead ar ais.\n\nRanganna ar maidin, spórt san iarnóin agus céilí san oíche. Ba mhaith liom liosta a chur chuig bean an tí le chuile scoláire atá aici agus na hailléirgí atá orthu.",
      things:
        "Cúrsaí (ainm, dáta tosaigh, dáta críochnaithe, praghas), Scoláirí (ainm, dáta breithe, fón tuismitheora, ailléirgí, scoil, cúrsa, teach), Teaghlaigh (bean an tí, seoladh, fón, leapacha, buachaillí nó cailíní), Rabhaidh (scoláire, dáta, múinteoir). Tá chuile scoláire ar chúrsa amháin agus i dteach amháin.",
      extras: [
        "Na busanna ó Bhaile Átha Cliath agus ó Chorcaigh, déanann comhlacht eile iad sin, ná cuir isteach iad. Agus siopa milseán an choláiste, níl baint aige leis seo.",
        "Sin é. Go raibh míle maith agat!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Mise agus an stiúrthóir, feiceann muid chuile rud. Logálann na tuismitheoirí isteach le páiste a chlárú agus le híoc. Níl cuntas ag teastáil ó na mná tí.",
    },
    atReview: [
      "Rud amháin: athraigh an t-ainm 'Teaghlaigh' go 'Tithe', sin a thugann muid orthu. Seachas sin tá sé go hiontach, go raibh maith agat.",
    ],
    expect: {
      kind: "web app",
      features: [
        "cúrsa €1,150",
        "éarlais €200",
        "1 Bealtaine",
        "12 17 bliain",
        "8 scoláire",
        "buachaillí cailíní",
        "Gaeilge amháin",
        "trí rabhadh abhaile",
        "liosta bean tí",
      ],
      tables: [
        { name: "cúrsaí", fields: ["ainm", "dáta tosaigh", "dáta críochnaithe", "praghas"] },
        {
          name: "scoláirí",
          fields: ["ainm", "dáta breithe", "fón tuismitheora", "ailléirgí", "scoil", "cúrsa", "teach"],
        },
        { name: "tithe", fields: ["bean an tí", "seoladh", "fón", "leapacha"] },
        { name: "rabhaidh", fields: ["scoláire", "dáta", "múinteoir"] },
      ],
      excluded: ["busanna", "milseán"],
      background: ["Excel"],
    },
  },
];
