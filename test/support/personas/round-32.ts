import type { Persona } from "../persona-driver.js";

/**
 * The thirty-second held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-32.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons inline and on lines, after dashes on lines and inline,
 * numbered, in brackets, or told in long sentences. Eight write in English, each in their
 * own English and their own register, none of them used before: the village English of
 * the Yukon-Kuskokwim Delta from Bethel, Alaska, a line or two at a time in lower case
 * ("waqaa", "the 200", "no signal out on the river", "or you dont run", "vet looks at
 * it", "the club other thing", "leave it", "not that either", "quyana"), St Helena
 * (Saint) English from up country, in plain short paragraphs ("I's Shirley", "I does the
 * books", "the old Green Tipped Bourbon what come out in 1733", "the ledger get wet",
 * "the green ones ent paid", "before it go in the store", "down Jamestown", "a old Dell
 * what come out on the ship", "that's hers, don't put that in", "leave it out"), formal
 * Basotho English from Semonkong with a little Sesotho ("Lumela", "We are kindly
 * requesting", "It is like this", "by word of mouth", "it may not go out", "is not part
 * of this", "please leave them aside", "Kea leboha", "Khotso"), Cork English, at great
 * length ("Howya", "I've the two sides of it, like", "I'm not being biased at all, boy",
 * "we'd a junior A quarter-final", "stop me if I'm going on", "I don't care whose cousin
 * he is", "there'd be murder", "sure half of them are under 18", "God no, leave that well
 * out", "nothing to do with us either", "you're a star"), Guam English from Yigo with its
 * Chamorro words ("Håfa adai", "ai adai", "you know", "the fiesta plates, kelaguen, red
 * rice", "the inspectors come around", "don't include it", "not ours", "Si Yu'os
 * ma'åse'"), Bay Islands English from Oak Ridge on Roatán ("I does help run", "Ya'll
 * know", "dem eating up all the little reef fish", "mon", "anyting come in after 4 ent
 * counted", "a CSV fi send", "dat is dem own ting, leave dat off", "not we"), Vanuatu
 * English from Freswota in Port Vila with its Bislama ("Halo", "Mi Jimmy", "one nakamal
 * long Freswota", "the money no stret", "Olsem", "pikinini", "no tudei kava", "no need
 * put it", "hem i bisnis blong hem", "Nomo", "Tangkyu tumas") and the English of Mumbai
 * from Dadar ("Sachin Medge this side", "in the heads of the dabbawalas only", "ekdum
 * perfect", "boss", "what to do", "the fees are the same only", "it breaks in the local",
 * "we don't need it also", "separate business, don't mix it in this", "all the best").
 * One writes in Somali (never used before, in Latin letters as a Hargeisa developer types
 * it on his phone, with the English words Somalis really use: "app", "website",
 * "software", "library", "package", "repo", "server", "internet", "mobile", "ha ku
 * darin", "kuma jiraan"), and one in Khmer (Khmer script, never used before, as a Kampot
 * pepper grower types it, with the English words Cambodians really mix in: "website",
 * "order", "Telegram", "ABA KHQR", "GI", "login", "homestay", "មិនបាច់ដាក់ទេ"). What
 * varies is the kind of software, the domain and the length of the answers: web apps for
 * a pony trekking centre at Semonkong (a day trek to the falls at M450 and an overnight
 * trek at M1,200 with the village fee of M50 paid to the chief, a deposit of 50%, one
 * guide for every 4 trekkers, nobody over 95 kg, children under 10 only with the guide
 * leading, the ponies taken in turn from the owners, a pony resting the day after an
 * overnight trek, no overnight treks when the river is in flood), the Cork county
 * championships of road bowling (€20 entry paid before the draw, one grade only, nobody
 * under 16 in the adult grades, the draw at random inside every grade, no score on a road
 * without the County Council's road closure permit and the Gardaí told a week before, two
 * stewards and first aid, the fewest shots winning and the bowl furthest past the line
 * when level, the results up the same evening), the Wednesday night market at Chamorro
 * Village in Hagåtña ($30 a night and $15 more for power, paid online by card by Monday
 * or the stall to the waiting list, a regular's same stall every week lost after two
 * Wednesdays missed, no food vendor without a sanitary permit, nobody set up before 4
 * o'clock, the map of who is in which stall) and a Kampot pepper farm's orders from
 * Phnom Penh shops (black pepper $20, red $35 and white $40 a kilo, at least 1 kilo, paid
 * by ABA KHQR before anything is sent, $2 a parcel on the Virak Buntham bus and free over
 * 5 kilos, red pepper only from February to May and closed when the stock is out, every
 * parcel's GI number, the month's kilos by type for the association); phone apps for the
 * checkpoint volunteers of a Bethel sled dog race in villages with no signal on the river
 * (a $300 entry, 12 dogs at the start and 6 at least at the finish, time in, time out and
 * dogs at every checkpoint, a dropped dog staying at the checkpoint, a 4 hour rest at
 * Tuluksak, nobody under 18 in the 200, the purse split to the top 5) and a Port Vila
 * nakamal over Digicel data (a small shell 100 vatu and a big shell 200, no kava after 11
 * o'clock and none to anyone under 18, only noble kava bought by the kilo from the
 * islands, credit up to 1,000 vatu, every night's shells, cash and kilos); a Python
 * command-line tool for a Roatán lionfish derby (teams of up to 4 divers at $50, every
 * diver with his Marine Park licence, pole spears only, fish turned in by 4 o'clock,
 * every fish measured in millimetres, prizes for the most, the biggest and the smallest,
 * a CSV for the Marine Park), with commands and flags; a service without screens, in
 * Node.js with Express and MongoDB, that a Dadar dabbawala group's customer app and
 * dabbawala app call (₹1,200 a month a dabba by UPI before the 5th and no pickup from the
 * 10th, picked up by 9:30, at the office by 12:30, a code of stations, building and floor
 * on every dabba, no service on Sundays and public holidays, leave told by 8 am, no
 * glass, every dabbawala's route in the morning); a program on a St Helena coffee
 * estate's Windows computer (pickers paid 80p a kilo of red cherry every Friday, the
 * cherry pulped the same day and 3 weeks on the drying tables, the moisture under 12%,
 * green bean to the exporter at £40 a kilo and roast coffee in 250 g bags at £15, the
 * season's kilos for every picker and field); and a Python library that works out zakat
 * for a Hargeisa mosque's committee (2.5% from the nisab of 85 grams of gold held a hijri
 * year with debts taken off, goats and sheep from 40, cattle from 30, camels from 5, to
 * the cent, every kind and the total). The Bethel volunteer answers a line or two at a
 * time, the St Helena bookkeeper in plain short paragraphs, the road bowling secretary at
 * great length, the others in between. Relations said plainly ("every check in is one
 * musher at one checkpoint", "Every picking is one picker in one field", "Every pony
 * belongs to one owner, and every trek has one guide", "Every bowler belongs to one
 * club", "Every booking is one vendor in one stall on one Wednesday", "every fish belong
 * to one team", "Every credit belong to one customer", "Every dabba belongs to one
 * customer, and every delivery is for one dabba", "order នីមួយៗជារបស់អតិថិជនម្នាក់");
 * allowed values in brackets (the kind of trek, the grades, the vendors' type, the
 * prizes, the noble varieties); background in clipboards and the VHF, a hardback ledger
 * and a calculator, a big diary at reception and word of mouth, a notebook in a coat
 * pocket and the Echo, a binder, a whiteboard at the dock and an exercise book, a
 * notebook and a calculator, a father's khata, a sheikh's warqad, Telegram and a សៀវភៅ;
 * technology named as Android, Windows, Python, Node.js with Express and MongoDB, and
 * none at all by five of them; "no" said as "leave it", "not that either", "that's hers,
 * don't put that in", "leave it out", "is not part of this", "please leave them aside",
 * "God no, leave that well out", "nothing to do with us either", "don't include it",
 * "not ours", "leave dat off", "not we", "no need put it", "hem i bisnis blong hem",
 * "separate business, don't mix it in this", "waa arrin kale, ha ku darin", "library-gan
 * kuma jiraan", "មិនបាច់ដាក់ទេ", "មិនមែនក្នុង website នេះទេ"; while rules keep their "no"
 * ("or you dont run", "no musher under 18 in the 200", "cant go back on the team", "The
 * green ones ent paid", "Nobody heavier than 95 kg may ride", "it may not go out", "there
 * are no overnight treks", "he's not in it", "Nobody under 16 goes into the adult
 * grades", "No score goes ahead on a road without the permit", "No food vendor sets up
 * without it", "nobody sets up before 4 o'clock", "no licence, no diving in the derby",
 * "no spear guns", "no kava after 11 o'clock", "No kava for pikinini (kids) under 18",
 * "no tudei kava", "no more shell until he pay", "from the 10th no pickup", "no cut in the
 * fees", "No glass bottles in the dabba", "sako kuma waajibto", "មិនទាន់បង់ មិនផ្ញើទេ"). The St
 * Helena bookkeeper takes the phone off the pickers and adds their bank account, the road
 * bowling secretary takes the phone off the bowlers and adds an email to the clubs, the
 * night market clerk takes the email off the vendors and adds their Facebook page and
 * village, and the derby organiser takes the age off the divers and adds their shirt
 * size, each after "Change something" at "Your data"; the trekking officer adds the
 * riding experience to the trekkers, the nakamal owner drops the staff, the dabba
 * service's developer takes the Aadhaar number off the customers and the pepper grower
 * renames the shipments parcels (កញ្ចប់), each at the review. The score compares Somali in
 * its Latin letters (the apostrophe of "lo'" dropped) and Khmer by its letters in Latin
 * script, split into words by the dictionary as Khmer is written without spaces between
 * words, so their expected words are in the forms the person used (as "nisaab 2.5%", "85
 * garaam dahab", "deynta laga jaro", "ម្រេចខ្មៅ $20", "យ៉ាងតិច 1 គីឡូ", "លេខ GI"), and the
 * excluded words of all ten were checked not to read like anything they want.
 */
export const THIRTY_SECOND_ROUND: readonly Persona[] = [
  {
    id: "bethel-sled-dog-checkpoints",
    who: "A volunteer with the mushers' club in Bethel, Alaska, in the village English of the Yukon-Kuskokwim Delta with its Yup'ik words, a line or two at a time in lower case: a phone app for the checkpoint volunteers in the villages up the river where there is no signal, everything sent when the phones are back in Bethel, a $300 entry paid before the mushers' meeting, 12 dogs at the most at the start and 6 at least at the finish, every musher's time in, time out and dogs at every checkpoint, a dropped dog staying at the checkpoint for the vet and never going back on the team, a 4 hour rest at Tuluksak for everybody, nobody under 18 in the 200 race, the purse split to the top 5; records after colons on lines, every check in one musher's at one checkpoint; clipboards and the VHF today; the bingo 'leave it', the raffle 'not that either'; Android",
    says: {
      overview:
        "waqaa. im Nora, i help the mushers club here in bethel with our race, the 200. want a app on the phones for the checkpoint people",
      more: "no signal out on the river, only in bethel. right now its clipboards at the checkpoints and they call the times on the vhf, half the time nobody hear. phones got to keep it and send when they come back to town",
      walkthrough:
        "entry is $300, paid before the mushers meeting or you dont run\nstart with 12 dogs, no more. got to finish with 6 at least\nevery checkpoint they put time in, time out and how many dogs\ndog dropped at a checkpoint stays there, vet looks at it. cant go back on the team\neverybody takes 4 hour rest at tuluksak\nno musher under 18 in the 200. kids run the 30 mile on sunday\nfirst one back in bethel wins. purse split to top 5",
      things:
        "mushers: name, village, bib number, paid\ndogs: name, musher, microchip\ncheckpoints: name, miles from bethel\ncheck ins: musher, checkpoint, time in, time out, dogs\ndropped dogs: dog, checkpoint, vet note\nevery check in is one musher at one checkpoint",
      extras: [
        "the bingo for the purse money is the club other thing. leave it. the raffle not that either",
        "no thats all. quyana",
      ],
      tech: "club phones are Android",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "me and the checkpoint people. mushers dont need it",
      Technology: "I have preferences",
    },
    expect: {
      kind: "mobile app",
      features: [
        "$300 entry",
        "12 dogs",
        "finish 6",
        "time in time out",
        "dropped dog stays",
        "4 hour rest tuluksak",
        "under 18",
        "purse top 5",
      ],
      tables: [
        { name: "mushers", fields: ["name", "village", "bib number", "paid"] },
        { name: "dogs", fields: ["name", "musher", "microchip"] },
        { name: "checkpoints", fields: ["name", "miles"] },
        { name: "check ins", fields: ["musher", "checkpoint", "time in", "time out", "dogs"] },
        { name: "dropped dogs", fields: ["dog", "checkpoint", "vet note"] },
      ],
      excluded: ["bingo", "raffle"],
      background: ["clipboard", "VHF"],
      stack: ["Android"],
    },
  },
  {
    id: "st-helena-coffee-estate",
    who: "The bookkeeper of a small coffee estate at Rosemary Plain on St Helena, in St Helena (Saint) English, in plain short paragraphs: a program on the office's Windows computer because the internet is dear and goes off, the pickers paid 80p a kilo for the red cherry only and paid every Friday, every picking weighed in the shed under the picker and the field, the cherry pulped the same day and 3 weeks on the drying tables, every batch with its own number and the moisture under 12% before it goes in the store, the green bean sold to the exporter at £40 a kilo and the roast coffee in 250 g bags at £15 in the shop in Jamestown and at the airport, the season's kilos for every picker and every field; records told in long sentences, every picking one picker's in one field; a hardback ledger and a calculator today; her sister's guesthouse 'that's hers, don't put that in', the honey 'leave it out'; Windows; the phone taken off the pickers and their bank account added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hello there. I's Shirley Thomas, I does the books for a little coffee estate up at Rosemary Plain, here on St Helena. We got near 3,000 trees, the old Green Tipped Bourbon what come out in 1733. Everything we does is wrote down in a hardback ledger and added up on a calculator, and last year the ledger get wet in the shed and half the season gone. The boss want a program on the computer in the office.",
      more: "The internet here still dear and it go off when it like, so it got to work on the computer by itself, not on the internet.",
      walkthrough:
        "The pickers comes in the season, March to about July. They only picks the red cherry. Every picking get weighed on the scale in the shed and wrote under the picker name and which field. We pays 80p a kilo for the red cherry. The green ones ent paid, they got to sort them out. The pickers gets paid every Friday.\n\nThe cherry got to be pulped the same day he pick, else it spoil. Then the beans goes on the drying tables for 3 weeks. Every batch get its own number. The moisture got to be under 12% before it go in the store, we tests it.\n\nMost of the green bean go to the exporter in England, £40 a kilo. The rest we roasts and sells in 250 g bags at £15, in the shop down Jamestown and at the airport.\n\nEnd of the season the boss want to see the kilos for every picker and every field.",
      things:
        "There's the pickers, that's their name and their phone. There's the fields, every field got a name and how many trees. Every picking is one picker in one field, with the date and the kilos of red cherry. Then the batches, that's the batch number, the date it were pulped, the kilos and the moisture. And the sales, that's the batch, who buy it, the kilos and the price.",
      thingsChange:
        "Take off the phone from the pickers, half of them ent got one. Put their bank account on, the Bank of St Helena, we pays them in the bank now, not in cash.",
      extras: [
        "My sister run a guesthouse up there by the estate, that's hers, don't put that in. And the honey from the bees, that's the boss's other thing, leave it out.",
        "No, that's all. Thank you, take care now.",
      ],
      tech: "The computer in the office is Windows, a old Dell what come out on the ship.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords, only me and the boss uses it.",
      Technology: "I have preferences",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "80p a kilo",
        "paid every Friday",
        "pulped same day",
        "drying tables 3 weeks",
        "moisture under 12%",
        "exporter £40 a kilo",
        "250 g bags £15",
        "kilos every picker field",
      ],
      tables: [
        { name: "pickers", fields: ["name", "bank account"] },
        { name: "fields", fields: ["name", "trees"] },
        { name: "pickings", fields: ["picker", "field", "date", "kilos"] },
        { name: "batches", fields: ["batch number", "kilos", "moisture"] },
        { name: "sales", fields: ["batch", "kilos", "price"] },
      ],
      excluded: ["guesthouse", "honey"],
      background: ["ledger", "calculator"],
      stack: ["Windows"],
    },
  },
  {
    id: "semonkong-pony-treks",
    who: "The bookings officer of a community pony trekking centre at Semonkong in the Maloti mountains of Lesotho, in formal Basotho English with a little Sesotho: a website where visitors book and pay a deposit and the centre sees everything, a day trek to the Maletsunyane Falls at M450 a person and an overnight trek at M1,200 with a night in a village hut and the village fee of M50 a person paid to the chief, a 50% deposit when booking, one guide for every 4 trekkers, nobody heavier than 95 kg, children under 10 riding only with the guide leading the pony, the ponies taken in turn from the owners of the horse owners' association, a pony that did an overnight trek resting the next day, the owner paid M150 a day and the guide M200, no overnight treks when the river is in flood; numbered records with the kind of trek in brackets, every pony one owner's and every trek with one guide; a big diary at reception and word of mouth today; the craft shop 'is not part of this', the lodge rooms 'please leave them aside'; the riding experience added to the trekkers at the review",
    says: {
      overview:
        "Lumela. My name is 'Mamello Mokoena and I am the bookings officer at the Semonkong pony trekking centre, in the Maloti mountains of Lesotho. The ponies belong to the families of the village, who are organised in a horse owners' association, and our guides are young men from the village. Visitors come to ride to the Maletsunyane Falls and to sleep in the villages in the mountains. At present the bookings come by email and WhatsApp, I write them in a big diary at reception, and the owners are told by word of mouth. In December two groups arrived for the same ponies, and some owners were very unhappy that they had not been called for a long time. We are kindly requesting a website where the visitors book, and where we can see everything.",
      walkthrough:
        "It is like this. There are two kinds of trek. A day trek to the falls is M450 a person. An overnight trek is M1,200 a person, the group sleeps in a village hut (a rondavel) and comes back the next day. For the overnight trek the village fee of M50 a person is paid to the chief.\n\nWhen booking, the visitor pays a deposit of 50%, and the rest on arrival.\n\nFor safety there must be one guide for every 4 trekkers. Nobody heavier than 95 kg may ride, our ponies are small. Children under 10 may ride only with the guide leading the pony.\n\nThe ponies must be taken in turn from the owners in the association, so that every family gets its income. A pony that has done an overnight trek must rest the next day, it may not go out. The owner is paid M150 a day for a pony and the guide M200 a day.\n\nWhen the Maletsunyane river is in flood there are no overnight treks. We cancel them and the visitors choose another date.",
      things:
        "1. Trekkers: name, email, phone, country, weight, age\n2. Treks: date, kind (day or overnight), guide, number of trekkers\n3. Ponies: name, owner, colour, last trek\n4. Owners: name, village, M-Pesa number\n5. Guides: name, phone, languages\nEvery pony belongs to one owner, and every trek has one guide. A trekker books one trek.",
      extras: [
        "The craft shop at the centre, where the ladies sell the Basotho blankets and the mohair, is not part of this. And the lodge rooms have their own booking system already, please leave them aside.",
        "That is all. Kea leboha, thank you very much. Khotso.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Myself and the centre manager will see everything, and the guides will log in to see their treks. The visitors book without an account.",
    },
    atReview: [
      "Before I approve, kindly add the riding experience to the trekkers (none, some or experienced), so that the guide can choose a quiet pony for a beginner. That is all, thank you.",
    ],
    expect: {
      kind: "web app",
      features: [
        "day trek M450",
        "overnight M1,200",
        "village fee M50 chief",
        "deposit 50%",
        "one guide every 4 trekkers",
        "95 kg",
        "under 10 guide leading",
        "turn owners",
        "rest next day",
        "flood overnight",
      ],
      tables: [
        {
          name: "trekkers",
          fields: ["name", "email", "phone", "country", "weight", "age", "riding experience"],
        },
        { name: "treks", fields: ["date", "kind", "guide"] },
        { name: "ponies", fields: ["name", "owner", "colour", "last trek"] },
        { name: "owners", fields: ["name", "village", "M-Pesa number"] },
        { name: "guides", fields: ["name", "phone", "languages"] },
      ],
      excluded: ["craft", "rooms"],
      background: ["diary", "word of mouth"],
    },
  },
  {
    id: "cork-road-bowling",
    who: "The secretary of the Cork county board of road bowling, a bowler himself with Carrignavar, in Cork English, at great length: a website for the county championships where the clubs enter their bowlers, the draw is made, the roads are sorted and the results go up, €20 entry paid before the draw on the 1st of May or the bowler not in it, one grade only for every bowler (under 12 to senior), nobody under 16 in the adult grades, the draw made at random inside every grade, no score on a road without the County Council's road closure permit and the Gardaí told a week before, two stewards at least and first aid at every score, the fewest shots to the line winning and, when level, the bowl furthest past the line, the results up on the website the same evening; records told in long sentences, every bowler belonging to one club; a notebook in his coat pocket and ringing the Echo today; the betting at the side of the road 'God no, leave that well out', the dance after the finals 'nothing to do with us either'; the phone taken off the bowlers and an email added to the clubs after 'Change something' at 'Your data'",
    says: {
      overview:
        "Howya! Denis O'Callaghan here. I'm the secretary of the Cork county board for the road bowling, and I bowl meself with Carrignavar since I was a young lad, so I've the two sides of it, like. Now for anyone that doesn't know, road bowling is the finest game in the world, and I'm not being biased at all, boy. Two bowlers, an iron bowl of 28 ounces, a stretch of country road, and whoever gets to the finish line in the fewest shots wins. We call a match a score. There's a score nearly every Sunday somewhere in the county from Easter to September, Ballincollig, Whites Cross, the Dublin Hill, out west in Drimoleague, all over.\n\nThe trouble is the organising. At the minute the whole county championship is in a notebook in my coat pocket, and the results go out by me ringing the Echo of a Sunday evening. Last year I lost the notebook. I'll say no more about that, only that I found it in the washing machine after, and in the meantime we'd a junior A quarter-final that two different lads thought they were playing in. The lads on the board want a website for the championships, where the clubs enter their bowlers, the draw is done, the roads are sorted and the results go up.",
      walkthrough:
        "Right so, here's how it goes, and stop me if I'm going on. Every bowler in the county championship pays €20 entry, and it has to be paid before the draw on the 1st of May. If it's not paid by the draw, he's not in it, simple as that, and I don't care whose cousin he is.\n\nThere's grades, and a bowler enters one grade only (under 12, under 14, under 16, under 18, junior B, junior A, intermediate and senior). Nobody under 16 goes into the adult grades, junior B and up, that's a safety thing, the bowl is a lump of iron, like. The draw is knockout, and the website should do the draw at random inside each grade, so nobody can say the secretary fixed it. They'd say it anyway, but still.\n\nNow the roads. Every score is on a public road, so it needs a road closure permit from the County Council, and the Gardaí have to be told a week before. No score goes ahead on a road without the permit, that's it, the insurance is gone otherwise. And every score has to have two stewards at least and someone with first aid, because there's cars and there's crowds and there's a lump of iron flying down the road at sixty mile an hour.\n\nThe scoring itself is simple enough. Fewest shots to the line wins. If the two of them are level in shots at the finish, whoever's bowl went furthest past the line wins it. The winner goes through to the next round, and the finals are at the end of August. And I'd want the results up on the website the same evening, the shots and who won and by how much, so the lads aren't ringing me at eleven o'clock at night. They do, you know. My wife has views on it.",
      things:
        "Well there's the bowlers, that's their name, their club, their date of birth, the grade they're in and their phone. Then the clubs, the name of the club, the parish it's in and the secretary. Every bowler belongs to one club, and he can't bowl for two in the one year, there'd be murder. Then the roads, that's the name we call the road by, the townland, the length of the course and the date of the permit. Then the entries, that's the bowler, the year, the grade and whether he's paid. And the scores, that's the matches, like: the date, the road, the grade, the two bowlers, the shots each of them took, the winner and the margin, a bowl of odds or whatever it was.",
      thingsChange:
        "Ah, take the phone off the bowlers, sure half of them are under 18 and you'd be ringing their mothers. Put an email on the clubs instead, for the secretary, and that's who we'll deal with. The rest is grand.",
      extras: [
        "Now, the betting. There's money changes hands at the side of the road at every score, always was, and the website is to have nothing to do with it, God no, leave that well out. And the dance in the hall after the finals, that's the GAA club's night, nothing to do with us either.",
        "No, I think you have the lot. Good luck so, you're a star.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Meself, the chairman and the PRO on the board see everything, and every club secretary logs in to enter his own bowlers. The public only looks at the draw and the results, no account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "€20 before draw",
        "one grade only",
        "under 16 adult grades",
        "draw random grade",
        "road closure permit County Council",
        "Gardaí week before",
        "two stewards first aid",
        "fewest shots",
        "level furthest past line",
        "results same evening",
      ],
      tables: [
        { name: "bowlers", fields: ["name", "club", "date of birth", "grade"] },
        { name: "clubs", fields: ["name", "parish", "secretary", "email"] },
        { name: "roads", fields: ["name", "townland", "length", "permit date"] },
        { name: "entries", fields: ["bowler", "year", "grade", "paid"] },
        { name: "scores", fields: ["date", "road", "grade", "shots", "winner", "margin"] },
      ],
      excluded: ["betting", "dance"],
      background: ["notebook", "Echo"],
    },
  },
  {
    id: "hagatna-night-market",
    who: "A clerk in the office of the Wednesday night market at Chamorro Village in Hagåtña, Guam, in Guam English with its Chamorro words: a website where the vendors book their stall and pay and the office sees who is where, a stall $30 a night and $15 more with power, paid online by card by Monday 5 o'clock or the stall going to the next on the waiting list, the regulars with the same stall every week and losing it after two Wednesdays missed without telling the office, no food vendor set up without a valid DPHSS sanitary permit, nobody set up before 4 o'clock, a map every Wednesday of which vendor is in which stall; records after dashes on lines with the vendors' type in brackets, every booking one vendor in one stall on one Wednesday; a binder today; the cultural dancers 'don't include it', the parking 'not ours'; the email taken off the vendors and their Facebook page and village added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Håfa adai! I'm Tina Cruz, from Yigo, I work in the office for the Wednesday night market at Chamorro Village in Hagåtña. Every Wednesday we get like 80 vendors, the fiesta plates, kelaguen, red rice, the BBQ, the crafts, the kids selling lemonade, and the locals and the tourists come from all over. Right now the stall map is in a binder and the vendors come pay at the office, and ai adai, last month we gave the same stall to two BBQ guys and they almost fought right there in front of the tourists, you know. So we want a website where the vendors book their stall and pay, and the office sees who's where.",
      walkthrough:
        "So how it works. A stall is $30 a night, and if you need power it's $15 more. The vendors pay online with card, and it has to be paid by Monday 5 o'clock. If not, the stall goes to the next one on the waiting list.\n\nSome vendors are regulars, they get the same stall every week. But if a regular misses two Wednesdays without telling the office, they lose the regular stall, it's only fair for the ones waiting.\n\nFood vendors have to have their sanitary permit from Public Health, DPHSS, and it has to be valid. No food vendor sets up without it, the inspectors come around. And nobody sets up before 4 o'clock, the day shops are still open.\n\nEvery Wednesday I need a map, which vendor is in which stall, for the security guys and for the vendors looking for their spot.",
      things:
        "- Vendors - name, business name, phone, email, type (food, crafts, produce or other), sanitary permit expiry\n- Stalls - number, row, power (yes or no)\n- Bookings - vendor, stall, date, paid, power\n- Waiting list - vendor, date added, type\nEvery booking is one vendor in one stall on one Wednesday.",
      thingsChange:
        "Take off the email from the vendors, nobody checks email here, everybody is on Messenger. Put their Facebook page instead. And put the village they're from, like Yigo, Dededo, Inalåhan, the customers like to know.",
      extras: [
        "The cultural dancers and the show on the stage, Guam Visitors Bureau runs that, don't include it. And the parking, that's the mayor's office, not ours.",
        "That's all, Si Yu'os ma'åse'! Thank you!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the market manager see everything. The vendors log in to book and pay. The public don't need nothing.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "$30 a night",
        "power $15",
        "pay online card",
        "paid by Monday",
        "waiting list",
        "regular same stall every week",
        "two Wednesdays regular stall",
        "sanitary permit",
        "before 4 o'clock",
        "map vendor stall",
      ],
      tables: [
        {
          name: "vendors",
          fields: [
            "name",
            "business name",
            "phone",
            "type",
            "sanitary permit expiry",
            "Facebook page",
            "village",
          ],
        },
        { name: "stalls", fields: ["number", "row", "power"] },
        { name: "bookings", fields: ["vendor", "stall", "date", "paid", "power"] },
        { name: "waiting list", fields: ["vendor", "type"] },
      ],
      excluded: ["dancers", "parking"],
      background: ["binder"],
    },
  },
  {
    id: "roatan-lionfish-derby",
    who: "A woman from Oak Ridge who helps run the lionfish derby for the dive shops on Roatán, in Bay Islands English: a Python command-line tool her nephew writes for the laptop at the weigh station on the dock where the internet is not reliable, teams of up to 4 divers paying $50 to enter, every diver with his lionfish licence from the Marine Park, pole spears only and no spear guns, the fish turned in at the weigh station by 4 o'clock and anything after not counted, every fish measured in millimetres, prizes for the most fish, the biggest and the smallest, the results printed and a CSV for the Marine Park; records after colons on lines with the prizes in brackets, every fish one team's; a whiteboard at the dock and an exercise book today; the church ladies' cook-off 'leave dat off', the party at the bar 'not we'; commands and flags; Python; the age taken off the divers and their shirt size added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Good day. My name is Kendra Bodden, I'm from Oak Ridge on Roatán, and I does help run the lionfish derby for the dive shops on the island. Ya'll know the lionfish, dem eating up all the little reef fish, so every year we have a derby, the teams go out and spear all dey can, and we pays prizes. Right now is a whiteboard at the dock and a exercise book, and last year two teams count the same cooler of fish, mon, it was a big mess.",
      more: "My nephew Jevaun work at a dive shop in West End and he know Python. He say he could make a little program for the laptop, that we run at the weigh station on the dock, cause the internet on the dock not reliable at all.",
      walkthrough:
        "Teams is up to 4 divers, and every team pay $50 to enter. Every diver got to have his lionfish licence from the Marine Park, no licence, no diving in the derby.\n\nThey only allowed pole spears, no spear guns, dat is the Marine Park rule.\n\nThe fish got to be turned in at the weigh station by 4 o'clock. Anyting come in after 4 ent counted, I don't care if you was stuck behind a cruise ship.\n\nWe measures every fish in millimetres, from the nose to the tail. Then the prizes: most fish, biggest fish and smallest fish, and every prize got its money. At the end I want the results to print out, and a CSV fi send to the Marine Park for dem research.",
      commands:
        'Jevaun say it would go like dis: derby team add "Reef Raiders" --captain Shelby --boat "Miss Dora". derby diver add "Kenroy Jackson" --team 2 --licence RMP-0456. derby fish add --team 2 --length 345. derby checkin --team 2 --time 15:48. derby results. derby results --prize biggest. derby export --csv results.csv.',
      things:
        "Teams: name, captain, boat, paid\nDivers: name, team, licence number, age\nFish: team, length, time turned in\nPrizes: name (most, biggest or smallest), amount, winning team\nEvery diver is on one team, and every fish belong to one team.",
      thingsChange:
        "Take the age off the divers, we don't need dat. Put the shirt size, cause every diver get a derby t-shirt.",
      extras: [
        "After, the church ladies does a cook-off with the lionfish, dat is dem own ting, leave dat off. And the party at the bar in West End, not we.",
        "No, dat's all. Thank you, take care.",
      ],
      tech: "Python, dat is what Jevaun know. It just run on the laptop.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "command-line tool",
      features: [
        "up to 4 divers",
        "$50 to enter",
        "licence Marine Park",
        "pole spears",
        "turned in by 4 o'clock",
        "fish millimetres",
        "most biggest smallest",
        "CSV Marine Park",
      ],
      tables: [
        { name: "teams", fields: ["name", "captain", "boat", "paid"] },
        { name: "divers", fields: ["name", "team", "licence number", "shirt size"] },
        { name: "fish", fields: ["team", "length", "time"] },
        { name: "prizes", fields: ["name", "amount", "winning team"] },
      ],
      excluded: ["cook-off", "party"],
      background: ["whiteboard", "exercise book"],
      stack: ["Python"],
      commands: [
        "team add",
        "diver add",
        "fish add",
        "checkin",
        "results",
        "export",
        "--captain",
        "--boat",
        "--team",
        "--licence",
        "--length",
        "--time",
        "--prize",
        "--csv",
      ],
    },
  },
  {
    id: "port-vila-nakamal",
    who: "The owner of a kava bar (nakamal) at Freswota in Port Vila, in Vanuatu English with its Bislama: a phone app over Digicel data for him, his brother and the boys who serve, a small shell 100 vatu and a big shell 200 vatu with every shell put in the app, no kava sold after 11 o'clock by the Municipal licence and none to anyone under 18, the kava root bought dry by the kilo from the islands with the island and the variety, only noble kava and no tudei kava by the Kava Act, credit for the regulars up to 1,000 vatu and no more shells until they pay, every night's shells, cash and kilos used; records after dashes inline with the noble varieties in brackets, every credit one customer's; a notebook and a calculator today; beer 'no need put it', his wife's lap lap 'hem i bisnis blong hem'; the staff dropped at the review",
    says: {
      overview:
        "Halo! Mi Jimmy Kalsakau, I run one nakamal long Freswota, Port Vila, we sell kava every night. Plenty man come after work. Now everything is in one notebook and I add up with calculator, and the boys who serve the shells, sometimes the money no stret (not right) with the shells. So I want one app long phone, for me and the boys.",
      more: "Digicel data is good here long Vila, so it can be online, no problem.",
      walkthrough:
        "Olsem (like this): small shell is 100 vatu, big shell is 200 vatu. The boys put every shell they sell in the app, small or big.\n\nWe open 5 o'clock and we stop selling at 11, the Municipal licence say no kava after 11 o'clock. No kava for pikinini (kids) under 18, never.\n\nWe buy the kava root from the islands, Pentecost, Tanna, Maewo, by the kilo, dry. Every bag got the island, the variety and how many kilo. Only noble kava, no tudei kava, the Kava Act say so, so the app must only take the noble ones (Borogu, Melomelo, Palarasul).\n\nSome regular man drink on credit. Credit up to 1,000 vatu only, after that no more shell until he pay.\n\nEvery night I want to see how many shells, how much cash and how many kilo we use.",
      things:
        "Kava bags - island, variety, kilos, price, date. Customers - name, phone. Credit - customer, date, amount, paid. Nights - date, small shells, big shells, cash, kilos used. Staff - name, phone, pay. Every credit belong to one customer.",
      extras: [
        "We no sell beer, no beer at all, no need put it. And the lap lap my wife sell long door, hem i bisnis blong hem (that's her own business).",
        "No, that's all. Tangkyu tumas!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "Me and my brother see everything. The boys who serve log in on their phone to put the shells.",
    },
    atReview: [
      "Wait, take out the staff. I pay the boys from my hand every night, no need put them inside. Nomo (that's all), tangkyu.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "small shell 100 vatu",
        "big shell 200 vatu",
        "after 11",
        "under 18",
        "noble kava",
        "island variety kilo",
        "credit 1,000 vatu",
        "every night shells cash",
      ],
      tables: [
        { name: "kava bags", fields: ["island", "variety", "kilos", "price", "date"] },
        { name: "customers", fields: ["name", "phone"] },
        { name: "credit", fields: ["customer", "date", "amount", "paid"] },
        { name: "nights", fields: ["date", "small shells", "big shells", "cash", "kilos used"] },
      ],
      excluded: ["beer", "lap lap"],
      background: ["notebook", "calculator"],
    },
  },
  {
    id: "dadar-dabba-service",
    who: "A software developer in Powai whose father leads a group of dabbawalas at Dadar, in the English of Mumbai: a service without screens that his friend's customer app and the dabbawalas' simple phone app call, ₹1,200 a month a dabba paid by UPI before the 5th and no pickup from the 10th when unpaid, the dabba picked up from home by 9:30, at the office by 12:30 and back home empty by 6, a code on every dabba of the pickup station, the dabbawala's number, the delivery station, the building and the floor made by the service when a customer joins, no service on Sundays and public holidays and no cut in the fees for them, a customer's leave told by 8 am and no pickup that day, no glass in the dabba, every dabbawala's route in order every morning, a monthly statement for every customer; records in brackets with the train line's values after, every dabba one customer's and every delivery for one dabba; his father's khata today; his uncle's kitchen and the wedding catering 'separate business, don't mix it in this'; Node.js with Express and MongoDB; the Aadhaar number taken off the customers at the review",
    says: {
      overview:
        "Hi, Sachin Medge this side. My father is a mukadam, a group leader, of the dabbawalas at Dadar, and I work in IT in Powai. Our group carries around 600 dabbas every day, from the homes in Dadar, Parel and Lalbaug to the offices at Churchgate, Fort and Nariman Point. Till now everything is in my father's khata and in the heads of the dabbawalas only, and it works, boss, ekdum perfect, but the new customers want an app, they want to pay by UPI and see where their dabba is. My friend is making the customer app, and one simple app for the dabbawalas. I want to make the service in the middle which both apps call. No screens of its own.",
      walkthrough:
        "See, it is like this. A customer pays ₹1,200 a month per dabba, by UPI, before the 5th. If it is not paid by the 10th, from the 10th no pickup, what to do.\n\nThe dabba is picked up from the home by 9:30, it reaches the office by 12:30, and the empty dabba is back home by 6 in the evening. Every dabba has a code painted on the lid: the pickup station, the dabbawala's number, the delivery station, the building and the floor. The service should make this code when a new customer joins.\n\nNo service on Sundays and public holidays, and no cut in the fees for those days, that is how it is always. If the customer is on leave, he tells by 8 am and that day no pickup, but the fees are the same only.\n\nNo glass bottles in the dabba, it breaks in the local. The customer must agree to this when he joins.\n\nEvery morning every dabbawala should get his route, the list of pickups in order. And every month the customer gets a statement of his deliveries and his payment.",
      things:
        "Customers (name, mobile, Aadhaar number, home address, home station, office address, office station)\nDabbawalas (name, mobile, number, line, station), the line is Western, Central or Harbour\nDabbas (code, customer, dabbawala)\nDeliveries (dabba, date, picked up, delivered, returned)\nPayments (customer, month, amount, UPI reference)\nEvery dabba belongs to one customer, and every delivery is for one dabba.",
      extras: [
        "My uncle runs a kitchen which cooks food for bachelors, and the catering for weddings also, that is separate business, don't mix it in this.",
        "That's it, boss. Thank you, all the best!",
      ],
      tech: "Node.js with Express, and MongoDB for the database. I use these at work only.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "Nobody logs in to this. The customer app and the dabbawala app will each have their own key.",
      Technology: "I have preferences",
      "Back end": "Node.js with Express",
      Database: "MongoDB",
    },
    atReview: [
      "One change before you finalise: remove the Aadhaar number from the customers. My father says people will not give it, and we don't need it also. Rest is fine.",
    ],
    expect: {
      kind: "api service",
      features: [
        "₹1,200 a month",
        "UPI before the 5th",
        "10th no pickup",
        "home by 9:30",
        "office by 12:30",
        "code station building floor",
        "Sundays public holidays",
        "leave by 8 am",
        "no glass",
        "route every dabbawala",
      ],
      tables: [
        {
          name: "customers",
          fields: ["name", "mobile", "home address", "home station", "office address", "office station"],
        },
        { name: "dabbawalas", fields: ["name", "mobile", "number", "line", "station"] },
        { name: "dabbas", fields: ["code", "customer", "dabbawala"] },
        { name: "deliveries", fields: ["dabba", "date", "picked up", "delivered", "returned"] },
        { name: "payments", fields: ["customer", "month", "amount", "UPI reference"] },
      ],
      excluded: ["kitchen", "catering"],
      background: ["khata"],
      stack: ["Node.js", "Express", "MongoDB"],
    },
  },
  {
    id: "hargeisa-zakat-library",
    who: "A developer at a small software company in Hargeisa, in Somali typed on his phone in Latin letters, with the English words Somalis really use ('app', 'website', 'software', 'library', 'package', 'repo', 'server', 'internet', 'mobile'): a Python library that the app and the website he made for a mosque's zakat committee both call, so that both work out zakat the same way, money (cash, the bank and the mobile money, with trade goods) added up and the debts taken off, 2.5% when it reaches the nisab of 85 grams of gold held a full hijri year and no zakat under it, the gold price given by the caller and nothing fetched from the internet, goats and sheep one from 40 to 120, two from 121 to 200, three from 201 to 399 and then one in every hundred, cattle a one-year calf at 30 and a two-year at 40, camels one goat from 5 to 9, two from 10 to 14, three from 15 to 19, four from 20 to 24 and a one-year she-camel from 25 to 35, money in dollars to the cent, every kind's zakat separately and the total; the sheikh's sums on paper (warqad) today; zakat al-fitr 'waa arrin kale, ha ku darin', paying through Zaad 'library-gan kuma jiraan'; Python",
    says: {
      overview:
        "Asc, magacaygu waa Cabdiraxmaan Axmed, waxaan ka shaqeeyaa shirkad yar oo software ah oo Hargeysa ku taal. Waxaan u samaynay app iyo website guddiga sakada ee masjid weyn oo magaalada ku yaal, si dadku ugu xisaabiyaan sakadooda. Dhibaatadu waxay tahay labaduba xisaab gaar ah ayay sameeyaan, bishii hore isla nin app-ku wuxuu ku yiri $0, website-kuna wuxuu ku yiri $340. Hadda sheekha masjidka gacanta ayuu ku xisaabiyaa, warqad ayuu ku qoraa. Waxaan doonayaa library keliya oo xisaabta samaysa, app-ka iyo website-kuba ay isticmaalaan. Waxba ma kaydinayso, xisaab keliya.",
      walkthrough:
        "Sidan ayay u shaqaynaysaa. Lacagta: lacagta caddaanka ah, lacagta bangiga, lacagta mobile-ka iyo alaabta ganacsiga ayaa la isku daraa, deynta laga jaro. Haddii ay gaarto nisaabka oo sanad hijri ah oo dhan la haystay, waxaa laga bixiyaa 2.5%. Haddii aysan gaarin nisaabka, sako kuma waajibto.\n\nNisaabku waa qiimaha 85 garaam oo dahab ah. Qiimaha garaamka dahabka annaga ayaa siinayna library-ga, isagu internet-ka kama soo qaadanayo. Dahabka uu qofku haysto: haddii uu gaaro 85 garaam, 2.5% ayaa laga bixiyaa.\n\nXoolaha sakadoodu waa xoolo. Ariga: 40 ilaa 120 waa hal neef, 121 ilaa 200 waa laba neef, 201 ilaa 399 waa saddex neef, kadibna boqolkiiba hal neef. Ka yar 40 sako ma leh.\nLo'da: 30 lo' waa tabiic (weyl hal sano jir ah), 40 lo' waa musinnah (laba sano jir).\nGeela: 5 ilaa 9 geel waa hal neef ari, 10 ilaa 14 waa laba ari, 15 ilaa 19 waa saddex ari, 20 ilaa 24 waa afar ari, 25 ilaa 35 waa bint makhaad (qaalin hal sano jir ah), wixii ka sareeyana sida shaxda fiqhiga ay tahay.\n\nLacagta waxaa lagu xisaabiyaa doolar, ilaa senti. Library-gu waa inuu soo celiyaa nooc kasta sakadiisa si gaar ah iyo wadarta guud.",
      extras: [
        "Sakada fidriga waa arrin kale, ha ku darin. Lacag bixinta, Zaad iyo wixii la mid ah, library-gan kuma jiraan, app-ka ayaa qabanaya.",
        "Waa intaas. Mahadsanid!",
      ],
      tech: "Python. Server-keenna waa Python, package ahaan ayaan ugu ridi doonnaa repo-ga shirkadda.",
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
        "nisaab 2.5%",
        "85 garaam dahab",
        "sanad hijri",
        "deynta laga jaro",
        "ari 40 ilaa 120",
        "201 ilaa 399 saddex",
        "30 lo' tabiic",
        "geel 5 ilaa 9",
        "25 ilaa 35 bint makhaad",
        "nooc kasta wadarta",
      ],
      tables: [],
      excluded: ["fidriga", "Zaad"],
      background: ["warqad"],
      stack: ["Python"],
    },
  },
  {
    id: "kampot-pepper-orders",
    who: "A woman with a small pepper farm in Kampot, in Khmer (Khmer script, as she types it, with the English words Cambodians really mix in: 'website', 'order', 'Telegram', 'ABA KHQR', 'GI', 'login', 'homestay'): a website where the shops in Phnom Penh put their orders and pay and she sees every order, black pepper $20, red pepper $35 and white pepper $40 a kilo, at least 1 kilo an order, paid by ABA KHQR before anything is sent and nothing sent unpaid, sent on the Virak Buntham bus at $2 a parcel and free over 5 kilos, red pepper only from February to May and the website closing the orders when the stock is out, every parcel's GI number from the Kampot pepper association written down, at the end of the month the kilos sold of every type for the association; records after colons on lines, every order one customer's; Telegram and a notebook (សៀវភៅ) today; the Kampot durian and salt 'មិនបាច់ដាក់ទេ', the homestay 'មិនមែនក្នុង website នេះទេ'; the shipments (ការផ្ញើ) renamed parcels (កញ្ចប់) at the review",
    says: {
      overview:
        "ជំរាបសួរ! ខ្ញុំឈ្មោះ ស្រីពៅ មានចំការម្រេចតូចមួយនៅកំពត។ យើងលក់ម្រេចខ្មៅ ម្រេចក្រហម និងម្រេចស ឲ្យហាងនៅភ្នំពេញ និងភ្ញៀវទេសចរដែលមកលេងចំការ។ ឥឡូវនេះ ហាងផ្ញើ order មកតាម Telegram ហើយខ្ញុំកត់ក្នុងសៀវភៅ។ ខែមុន ខ្ញុំផ្ញើម្រេចក្រហម 3 គីឡូ ទៅហាងខុស ហើយហាងមួយទៀតរង់ចាំមួយសប្តាហ៍។ ខ្ញុំចង់បាន website មួយ ដែលហាងអាចដាក់ order និងបង់លុយបាន ហើយខ្ញុំមើលឃើញ order ទាំងអស់។",
      walkthrough:
        "តម្លៃ៖ ម្រេចខ្មៅ $20 មួយគីឡូ ម្រេចក្រហម $35 មួយគីឡូ ម្រេចស $40 មួយគីឡូ។ ហាងត្រូវកុម្ម៉ង់យ៉ាងតិច 1 គីឡូ។\n\nហាងត្រូវបង់លុយតាម ABA KHQR មុនពេលយើងផ្ញើ។ មិនទាន់បង់ មិនផ្ញើទេ។\n\nយើងផ្ញើតាមឡានក្រុងវីរៈប៊ុនថាំ ទៅភ្នំពេញ ថ្លៃផ្ញើ $2 មួយកញ្ចប់។ បើកុម្ម៉ង់លើស 5 គីឡូ ផ្ញើឥតគិតថ្លៃ។\n\nម្រេចក្រហមមានតែខែកុម្ភៈដល់ខែឧសភា ពេលប្រមូលផល។ ពេលអស់ស្តុក website ត្រូវបិទ មិនឲ្យកុម្ម៉ង់ទៀត។\n\nកញ្ចប់នីមួយៗមានលេខ GI ពីសមាគមម្រេចកំពត ត្រូវកត់លេខនោះគ្រប់កញ្ចប់។ ចុងខែ ខ្ញុំត្រូវរាយការណ៍ទៅសមាគម ថាលក់ម្រេចបានប៉ុន្មានគីឡូ តាមប្រភេទនីមួយៗ។",
      things:
        "អតិថិជន៖ ឈ្មោះ, ឈ្មោះហាង, លេខទូរស័ព្ទ, អាសយដ្ឋាន\nប្រភេទម្រេច៖ ឈ្មោះ, តម្លៃ, ស្តុក\norder៖ អតិថិជន, ប្រភេទម្រេច, គីឡូ, ថ្ងៃ, បង់លុយ\nការផ្ញើ៖ order, ឡានក្រុង, លេខ GI, ថ្ងៃផ្ញើ\norder នីមួយៗជារបស់អតិថិជនម្នាក់។",
      extras: [
        "ទុរេនកំពត និងអំបិលកំពត មិនបាច់ដាក់ទេ នោះជារបស់បងប្រុសខ្ញុំ។ ហើយ homestay នៅចំការ មិនមែនក្នុង website នេះទេ។",
        "អស់ហើយ។ អរគុណច្រើន!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "ខ្ញុំ និងប្តីខ្ញុំ មើលឃើញទាំងអស់។ ហាងនីមួយៗ login ដើម្បីដាក់ order។",
    },
    atReview: ["សុំប្តូរឈ្មោះ ការផ្ញើ ទៅជា កញ្ចប់ វិញ ព្រោះយើងហៅថាកញ្ចប់។ ក្រៅពីនេះ ល្អហើយ។ អរគុណ!"],
    expect: {
      kind: "web app",
      features: [
        "ម្រេចខ្មៅ $20",
        "ម្រេចក្រហម $35",
        "ម្រេចស $40",
        "យ៉ាងតិច 1 គីឡូ",
        "ABA KHQR",
        "វីរៈប៊ុនថាំ $2",
        "លើស 5 គីឡូ",
        "ខែកុម្ភៈដល់ខែឧសភា",
        "លេខ GI",
        "គីឡូ ប្រភេទ សមាគម",
      ],
      tables: [
        { name: "អតិថិជន", fields: ["ឈ្មោះ", "ឈ្មោះហាង", "លេខទូរស័ព្ទ", "អាសយដ្ឋាន"] },
        { name: "ប្រភេទម្រេច", fields: ["ឈ្មោះ", "តម្លៃ", "ស្តុក"] },
        { name: "order", fields: ["អតិថិជន", "ប្រភេទម្រេច", "គីឡូ", "ថ្ងៃ", "បង់លុយ"] },
        { name: "កញ្ចប់", fields: ["order", "ឡានក្រុង", "លេខ GI", "ថ្ងៃផ្ញើ"] },
      ],
      excluded: ["ទុរេន", "homestay"],
      background: ["Telegram", "សៀវភៅ"],
    },
  },
];
