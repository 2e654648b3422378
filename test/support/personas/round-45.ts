import type { Persona } from "../persona-driver.js";

/**
 * The forty-fifth round, written to be tuned on while the forty-fourth round stays held
 * out: written without reading the interviewer and before any spec was made from these
 * people's words. What each person expects was written from what they said, as a fair
 * human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines, in brackets inline, or told in sentences ("For every
 * member we keep …", "Every sap run has …", "Ҳар мошин рақам … дорад"). Eight write in
 * English, each in their own English and their own register, none of them used before
 * (every round-*.ts and held-out.ts was searched, their doc comments and every `who`: the
 * Dublin English of Finglas, the Cork English of the road bowlers, the Kerry English of
 * Iveragh and the Donegal English of the Rosses were used and the Irish of Conamara was
 * written, the city English of Limerick was not; the Cockney of the Mile End Road and the
 * London Multicultural English of Peckham were used, the Estuary English of Essex was not;
 * Maine English, the Boston English of Quincy and the Rhode Island English of Warwick were
 * used, the English of Vermont was not; Marshallese English, the Guam English with its
 * Chamorro and I-Kiribati English were used, no English of the Federated States of
 * Micronesia was; the Australian of a surf club, the Aboriginal English of Fitzroy
 * Crossing, the Torres Strait Islander English of Thursday Island, the Lebanese-Australian
 * English of Bankstown and the Greek-Australian English of Oakleigh were used, the bush
 * English of Central Queensland was not; the Chicano English of Boyle Heights, the Hispano
 * English of Chimayó and the Texan English of the Hill Country were used, the Tejano
 * English of the Rio Grande Valley was not; the Englishes of Bengaluru, Hyderabad, Mumbai,
 * Kolkata and Chennai and the English of Brampton's Punjabi community were used and
 * Punjabi was written, the English of Delhi was not; the English of Beirut, the Egyptian
 * English of Cairo and the Kuwaiti, Bahraini, Qatari and Omani Englishes were used and
 * Saudi Arabic was written, the English of Jordan was not): the Limerick English of
 * Southill, in long paragraphs ("Howya", "tis", "a sham from the next road", "a gowl",
 * "giving out", "I'm not able for it", "in my press", "fierce", "I'm after", "God love
 * them", "nothing to do with us at all", "leave that out of it altogether", "Thanks a
 * million, mind yourself"), the Estuary English of Basildon, in lower-case fragments
 * ("alright babe", "my old man", "well busy", "proper", "geezer", "some mug", "pants",
 * "wivout", "fing", "not my game", "dont want nuffink to do wiv that", "cheers babe,
 * laters"), the Vermont English of Franklin County, in between ("jeezum crow", "wicked
 * upset", "sugaring season", "Town Meeting Day", "mud season", "flatlanders", "over to St.
 * Albans", "that's her thing", "leave it out", "take 'er easy"), the Pohnpeian English of
 * Kolonia, in short plain sentences ("Kaselehlie maing", "the municipality", "COM-FSM",
 * "the kamadipw", "the nahs", "that is not ours", "menlau, don't put it", "Kalahngan
 * maing"), the bush English of Central Queensland, in short plain sentences ("G'day", "the
 * missus", "bloke", "fella", "ropeable", "reckon", "fair dinkum", "Righto", "arvo", "not
 * our problem", "don't worry about that, mate", "Cheers mate, hooroo"), the Tejano English
 * of Pharr, in long paragraphs ("my amá", "my tías", "bien big", "ay, no", "pues",
 * "verdad", "fixing to", "Nochebuena", "la pulga", "that's her own thing", "ni modo, leave
 * it out", "Órale", "feliz Navidad"), the English of Delhi, in between ("mamaji", "here
 * only", "arre", "kitna lagega", "jugaad", "full scene", "yaar", "pakka", "bas", "CA
 * uncle's department, not for this library", "don't add that yaar, full confusion will be
 * there", "Thank you ji") and the English of Amman, in lower-case fragments with its
 * Arabizi ("marhaba", "my 3ammi", "wallah", "ya zalameh", "tayyeb", "3adi", "ma ilna
 * da3weh", "skip it", "yislamo, ma3 el salameh"). One writes in Tajik (never used before:
 * Persian was written once in the Persian script and Russian, Kazakh and Kyrgyz in
 * Cyrillic, Tajik and its Cyrillic with ӣ, ӯ, ҳ, қ, ғ, ҷ never; as a man who runs shared
 * jeeps between Dushanbe and Khorog types it, with the Russian words Tajiks really mix in:
 * "брон", "приложение", "программист", "аванс", "багаж", "Ленд Крузер", "блокпост",
 * "логин", "SMS", "Алиф", "Душанбе Сити", "кори мо нест", "инро наандозед", "Ташаккури
 * калон, Худо ҳофиз"), and one in Pashto (never used before: Urdu and Persian were written
 * in the Arabic script and the Pakistani English of Lahore was used, Pashto and its
 * letters ټ, ډ, ړ, ښ, ږ, ځ, څ, ې, ۍ never; as the owner of a truck art workshop in
 * Peshawar types it, with the English words Pashtuns really mix in: "ټرک آرټ", "ورکشاپ",
 * "بکنګ", "اډوانس", "ویب سایټ", "کمپیوټر", "ډیزاین", "البم", "پارکنګ", "کېنسل", "ایزي
 * پیسه", "جاز کیش", "SMS", "لاګ ان", "دا زموږ کار نه دی", "دا پکې مه اچوئ", "ډېره مننه،
 * خدای پامان").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Southill Christmas hamper club (€5 to join and not given back, a small hamper €5 a
 * week, a medium €10 and a large €15, 47 weeks from the first Monday in January to the
 * last Friday in November, paid Monday evenings 6 till 8 in cash or by transfer with the
 * member number, out when more than 4 weeks behind on the 1st of November, the money back
 * in full before the 1st of October and a voucher after, the order at the cash and carry
 * by the 15th of November, the hampers out on the second Saturday of December 10 till 2,
 * nobody collecting another's without a note, a text every Friday), a Pharr family's
 * Christmas tamales (orders from the 1st of November to the 15th of December, by the dozen
 * only at $18, $18, $15 and $16, no half dozens, half paid by Zelle or Cash App, 150 dozen
 * a day in the parish hall kitchen, picked up the 20th to the 24th 10 to 6 and until 12 on
 * Christmas Eve, delivered in Pharr, McAllen and San Juan for $10 from 4 dozen, the half
 * lost when not picked up, a text the day before) and a Peshawar truck art workshop (three
 * bays, a Bedford 6 lakh and 20 days, a Hino 8 lakh and 25 days, a Mazda 3 lakh and 12
 * days, paint only 1 lakh 50 thousand and 7 days, 30 percent advance not given back on a
 * cancel, cash, EasyPaisa or JazzCash, shut on Friday, the design from the album, 1,000
 * rupees a day parking after 7 days, an SMS when ready); phone apps for a Clermont
 * campdraft (the Open, Novice, Maiden, Ladies and Juvenile at $110, $80, $60, $70 and $30
 * a horse, the Juvenile under 16, 3 horses a rider at most in the Open, entries closed
 * Wednesday 6 pm and none on the day, no refund without a vet certificate, 26 for the
 * camp, 70 for the course and 4 for the horse work, 40 seconds on the course, the top 20
 * to the Sunday final, $20 a night camping and $15 a horse for the yards, a current ACA
 * membership) and shared jeeps between Dushanbe and Khorog (off at 5 in the morning from
 * both ends, 7 seats with 1 in front, 700 and 600 somoni, children to 5 free on the lap,
 * 20 kilos free and 5 somoni a kilo more, a 200 somoni advance by Alif or Dushanbe City
 * given back a day before, a new day or all the money back when the road is shut, only by
 * Kulob from December to April, an SMS the day before with the car, driver and phone);
 * programs on an offline computer for a Basildon shoe repair and key cutting kiosk (Monday
 * to Saturday 9 till half 5 and Sunday half 10 till half 4, men's heels £14 and ladies'
 * £9, full soles £35 and £28, a ticket number for every repair, half up front over £20, 3
 * days and heels the same day before 12, keys £5 and £12 and no car keys, watch batteries
 * £6, the charity shop after 90 days, a text when ready, the day's takings) and a Kolonia
 * DJ and sound system hire (5 hours for $300 and $50 an hour more, $25 more for Sokehs and
 * U and $40 for Kitti and Madolenihmw, the generator $75, a $100 deposit given back 2
 * weeks before, the rest before setting up, two sets and two parties a night, never on
 * Sunday, the music stopped at midnight, lights $40, a call the day before); a service
 * without screens, in NestJS with Postgres, that an Amman hammam's app and front desk
 * tablet call (women Saturday to Thursday 10 to 3, men 4 to 12 and Friday from 2, 90
 * minute slots of 12, packages at 20, 30 and 40 JD, 10% off for 5 or more, no children
 * under 12, 3 hours to 14 days ahead, a 5 JD deposit by CliQ back only 6 hours before,
 * women therapists for women and men for men, the places given back 15 minutes late, an
 * SMS 2 hours before); a TypeScript library for a Lajpat Nagar property dealer's deal
 * costs (stamp duty 6%, 4% or 5% on the higher of the deal value and the circle rate
 * value, the circle rates of categories A to H, registration 1% and ₹100 pasting fee, 1%
 * brokerage with 18% GST, rounded up to the rupee, lakhs and crores, every line); and a
 * command-line tool in Rust with SQLite for a Fairfield sugarhouse (Town Meeting Day to
 * the middle of April, sap gallons and sugar percent every day, boiled within 24 hours,
 * the rule of 86, drawn off at 66.9 brix, four grades, 40-gallon barrels to the packer at
 * $2.75 a pound, Very Dark Strong only in barrels, jugs from $14 to $60, $55 a gallon from
 * 6, the season's totals), with commands and flags. The Basildon kiosk owner and the Amman
 * developer answer in lower-case fragments, the Southill organiser and the Pharr tamale
 * maker in long paragraphs, the Kolonia DJ and the Clermont secretary in short plain
 * sentences, the others in between.
 *
 * Relations said plainly ("Every payment is for one member, and every member has the one
 * hamper", "every ticket is one customer's", "Every barrel comes from one boil", "Every
 * booking is for one customer and one set", "Every entry is one horse and one rider, and
 * every run is for one entry", "Every order is for one customer", "every booking is 1 slot
 * n 1 customer", "Ҳар брон барои як мусофир дар як мошин аст", "هر بکنګ د یو ټرک دی، او هر
 * ټرک د یو مالک دی"); allowed values in brackets (a party's kind, a booking's package, the
 * work on a truck, a seat in front or behind) and in the lists and sentences themselves
 * (cash or transfer, keys or batteries, cash or card, delivery or pick-up, women or men,
 * the four grades of syrup, the five events of a draft); background in a hardback copybook
 * and a Roses tin, a pink ticket book and a notepad, a pocket notebook and a calendar, a
 * notebook and Facebook Messenger, a clipboard and phone calls, a legal pad and text
 * messages, a calculator and jugaad, a paper register, a дафтар and a کاپي; technology
 * named as Rust with SQLite, TypeScript, NestJS with Postgres, and none at all by seven of
 * them; "no" said as "nothing to do with us at all", "leave that out of it altogether",
 * "not my game", "dont want nuffink to do wiv that", "that's her thing", "leave it out",
 * "that is not ours", "menlau, don't put it", "not our problem", "don't worry about that,
 * mate", "that's her own thing", "ni modo, leave it out", "not for this library", "don't
 * add that yaar", "ma ilna da3weh", "skip it", "кори мо нест", "инро наандозед", "دا زموږ
 * کار نه دی", "دا پکې مه اچوئ"; while rules keep their "no" ("you don't get it back",
 * "nobody collects", "car keys we dont do", "we never put it in jugs", "We do not play on
 * Sunday", "no entries on the day", "No refund unless", "We don't sell half dozens", "no
 * kids under 12", "Баъд аз он не", "اډوانس بېرته نه ورکوو").
 *
 * The Southill organiser takes the address off the members and puts collected on them, the
 * Pharr tamale maker takes the email off the customers and puts the pick-up time on the
 * orders, and the Khorog jeep owner takes the passport (шиноснома) off the passengers and
 * puts the luggage (багаж) on the bookings, each after "Change something" at "Your data";
 * the Basildon kiosk owner renames the sales counter sales, the Kolonia DJ puts the
 * generator on the bookings and the Peshawar workshop owner takes the city (ښار) off the
 * owners, each at the review. Tajik and Pashto are compared by their own letters, so their
 * expected words are in the forms the person used (as "ҷойи пеш 700 сомонӣ", "аванси 200
 * сомонӣ", "بیډفورډ 6 لکه روپۍ 20 ورځې", "اډوانس بېرته نه ورکوو"); every expected feature
 * was checked to be in one sentence the person said, and the excluded words of all ten
 * were checked not to read like anything they want (not "maple" for the maple creemees,
 * when the syrup is maple, but "creemee"; not "bookings" or "hotel" for the hotel deals of
 * the tour companies, when the bookings are records, but "tour companies"; not "camp" for
 * the camp oven cook-off, when the camp work is scored, but "cook-off"; not "ټرک" for the
 * truck parts, when the trucks are records, but "پرزې").
 */
export const FORTY_FIFTH_ROUND: Persona[] = [
  {
    id: "southill-hamper-club",
    who: "A woman who has run the Christmas hamper club out of the community centre in Southill, Limerick, for eleven years, about 120 families, in the Limerick English of Southill, in long paragraphs ('Howya', 'tis', 'a sham from the next road', 'a gowl', 'giving out', \"I'm not able for it\", 'in my press', 'fierce', \"I'm after\", 'God love them', 'nothing to do with us at all', 'leave that out of it altogether', 'Thanks a million, mind yourself'): a website, easy on a phone, where the members see what they have paid and she and her sister take the payments, €5 to join in January and not given back, a small hamper €5 a week, a medium €10 and a large €15, paid every week from the first Monday in January to the last Friday in November (47 weeks), Monday evenings 6 till 8 in the community centre in cash or by bank transfer with the member number as the reference, out when more than 4 weeks behind on the 1st of November with the money back less the €5, the money back in full before the 1st of October and a voucher after, the order at the cash and carry by the 15th of November, the hampers given out on the second Saturday of December between 10 and 2 in the hall, nobody collecting someone else's hamper without a note, a text every Friday with what is paid and what is left; records told in sentences ('For every member we keep …') with cash or transfer told in them, every payment one member's; a hardback copybook and a Roses tin today; the Vincent de Paul raffle 'nothing to do with us at all', the Santa for the kids 'leave that out of it altogether'; the address taken off the members and collected put on them after 'Change something' at 'Your data'",
    says: {
      overview:
        "Howya. I'm Bernie Hayes from Southill in Limerick and I run the Christmas hamper club out of the community centre, eleven years now, about 120 families in it. Everyone pays in a bit every week from January and at Christmas they get a hamper with the dinner and the sweets and all the bits, so they're not killed with the cost all in the one go in December. Right now tis all written in a hardback copybook and the cash goes into a Roses tin in my press till I lodge it, and I'm telling you I'm not able for it anymore. Last Christmas a woman swore blind she paid six weeks I had no record of, and then a sham from the next road, a right gowl, was giving out to me outside the shop in front of half the estate, and the copybook had a cup of tea spilled all over November. My young lad is doing computers in TUS and he says he'll make us a website where people can see what they've paid.",
      more: "Half of them would only have the phone, so it has to be easy on the phone, and I'd want them able to look at their own payments any hour of the day instead of knocking on my door at eleven o'clock at night asking how much they're after paying, God love them.",
      walkthrough:
        "Right so, this is how it goes.\n\nIt costs €5 to join and you join in January, and the €5 is for the texts and the bags and you don't get it back.\n\nThere's three sizes: a small hamper is €5 a week, a medium is €10 a week and a large is €15 a week.\n\nYou pay every week from the first Monday in January to the last Friday in November, that's 47 weeks.\n\nPayments are Monday evenings from 6 till 8 in the community centre, in cash, or by bank transfer with your member number as the reference, and nothing else, because I can't be matching up names.\n\nIf you're more than 4 weeks behind on the 1st of November you're out, and you get back what you paid less the €5.\n\nIf you want to leave you get your money back in full before the 1st of October, and after that it's a voucher for the shop, because I'm after ordering by then.\n\nI order from the cash and carry by the 15th of November, so I need the numbers for every size by then.\n\nThe hampers are given out on the second Saturday of December between 10 and 2 in the community centre hall.\n\nNobody collects someone else's hamper without a note from them, I had a fierce row over that one year.\n\nAnd every Friday everyone gets a text with what they've paid so far and what's left.",
      things:
        "For every member we keep the name, the phone, the address, the member number and the hamper size. For every payment, the member, the date, the amount and cash or transfer. For every hamper, the size, the weekly amount and what goes in it. Every payment is for one member, and every member has the one hamper.",
      thingsChange:
        "Ah, two things. Take the address off the members, sure they all collect, I never bring them out. And put collected on the members as well, yes or no, so on the day I can tick them off as they come in the door.",
      extras: [
        "The raffle the Vincent de Paul do at the hand-out, that's nothing to do with us at all. And the Santa for the kids, leave that out of it altogether, that's the residents' association.",
        "No, that's it. Thanks a million, mind yourself.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Myself and my sister Josie see everything and take the payments. The members log in with their member number and their phone and see their own payments, nothing else.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "€5 to join January don't get it back",
        "small hamper €5 a week medium €10 a week large €15 a week",
        "every week first Monday in January last Friday in November 47 weeks",
        "Monday evenings 6 till 8 community centre cash bank transfer member number reference",
        "more than 4 weeks behind 1st of November you're out",
        "leave money back in full before the 1st of October after that a voucher",
        "cash and carry by the 15th of November",
        "second Saturday of December between 10 and 2 community centre hall",
        "nobody collects someone else's hamper without a note",
        "every Friday text what they've paid what's left",
      ],
      tables: [
        { name: "members", fields: ["name", "phone", "member number", "hamper size", "collected"] },
        { name: "payments", fields: ["member", "date", "amount", "cash or transfer"] },
        { name: "hampers", fields: ["size", "weekly amount", "what goes in it"] },
      ],
      excluded: ["raffle", "Santa"],
      background: ["hardback copybook", "Roses tin"],
    },
  },
  {
    id: "basildon-shoe-repair-kiosk",
    who: "A man who has the shoe repair and key cutting kiosk in the Eastgate Centre in Basildon that his father opened in 1986, in the Estuary English of Basildon, in lower-case fragments ('alright babe', 'my old man', 'well busy', 'proper', 'geezer', 'some mug', 'pants', 'wivout', 'fing', 'not my game', 'dont want nuffink to do wiv that', 'cheers babe, laters'): a program on the computer on the counter, off the internet because the centre's wifi drops every five minutes, open Monday to Saturday 9 till half 5 and Sunday half 10 till half 4, men's heels £14 and ladies' heels £9, full soles £35 in leather and £28 in rubber, a ticket number for every repair with the pink half kept by the customer, half paid up front on anything over £20, ready in 3 days and heels the same day when in before 12, keys £5 standard and £12 security and no car keys, watch batteries £6 fitted, anything not collected in 90 days to the charity shop, a text when it is ready, the takings in cash and card at the end of the day; records after dashes on lines with keys or batteries and cash or card told in them, every ticket one customer's; a pink ticket book and a notepad by the till today; his brother-in-law's engraving 'not my game', the phone screens next door 'dont want nuffink to do wiv that'; the sales renamed counter sales at the review",
    says: {
      overview:
        "alright babe. dean marsh, i got the shoe repair n key cutting kiosk in the eastgate centre in basildon, my old man opened it in 86. rn its a pink ticket book n a notepad by the till n on a saturday its well busy. last month i give some geezer the wrong pair of boots back, his was proper good leather n he walked off wiv some mug's cheap ones, cost me £180 to sort. so my nephew's doing me a program for the computer on the counter",
      more: "the wifi in the centre is pants, drops every 5 mins, so it wants to work on the computer wivout the internet",
      walkthrough:
        "right so\nopen monday to saturday 9 till half 5, sunday half 10 till half 4\nmens heels £14, ladies heels £9\nfull soles £35 leather, £28 rubber\nevery repair gets a ticket number, they keep the pink half\nanything over £20 they pay half up front\nready in 3 days, heels same day if its in before 12\nkeys £5 standard, £12 for the security ones, car keys we dont do\nwatch batteries £6 fitted\nnot collected in 90 days n it goes to the charity shop, its wrote on the ticket\ntext em when its ready\nend of the day i want the takings, cash n card",
      things:
        "- customers - name, phone\n- tickets - ticket number, customer, what it is, the job, price, paid up front, ready, collected\n- sales - keys or batteries, price, cash or card\nevery ticket is one customer's",
      extras: [
        "the engraving, thats my brother in law's stall by the escalator, not my game. n the phone screens next door, dont want nuffink to do wiv that",
        "thats it. cheers babe, laters",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "no passwords babe, its me n my sister tracey on the till, thats it",
    },
    atReview: [
      "yeah sorted. one fing babe, call the sales the counter sales, so i dont mix em up wiv the tickets. cheers",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "monday to saturday 9 till half 5 sunday half 10 till half 4",
        "mens heels £14 ladies heels £9",
        "full soles £35 leather £28 rubber",
        "every repair ticket number pink half",
        "over £20 pay half up front",
        "ready in 3 days heels same day before 12",
        "keys £5 standard £12 security",
        "car keys we dont do",
        "watch batteries £6 fitted",
        "not collected in 90 days charity shop",
        "text em when its ready",
        "end of the day takings cash n card",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone"] },
        {
          name: "tickets",
          fields: [
            "ticket number",
            "customer",
            "what it is",
            "job",
            "price",
            "paid up front",
            "ready",
            "collected",
          ],
        },
        { name: "counter sales", fields: ["keys or batteries", "price", "cash or card"] },
      ],
      excluded: ["engraving", "screens"],
      background: ["ticket book", "notepad"],
    },
  },
  {
    id: "fairfield-sugarhouse-cli",
    who: "A software developer in Burlington whose father has a sugarbush of about 3,000 taps on tubing and a sugarhouse in Fairfield, Franklin County, Vermont, in the Vermont English of Franklin County, in between ('jeezum crow', 'wicked upset', 'sugaring season', 'Town Meeting Day', 'mud season', 'flatlanders', 'over to St. Albans', \"that's her thing\", 'leave it out', \"take 'er easy\"): a Rust command-line tool with SQLite on the old laptop in the sugarhouse with no internet, the season from Town Meeting Day in early March to the middle of April, the sap collected every day it runs with the gallons and the sugar percent, boiled within 24 hours or dumped, the sap for a gallon of syrup by the rule of 86, drawn off at 66.9 brix, every batch graded Golden Delicate, Amber Rich, Dark Robust or Very Dark Strong, most in 40-gallon barrels to the packer in St. Albans at $2.75 a pound, Very Dark Strong only in barrels, jugs at the farmstand at $14 a pint, $22 a quart, $36 a half gallon and $60 a gallon, $55 a gallon from 6 gallons, the season's totals by grade with the barrels and what the packer paid; records told in sentences ('Every sap run has …'), every barrel from one boil; a pocket notebook and a calendar in the kitchen today; his sister's maple creemees \"that's her thing\", the pancake breakfast of Open House Weekend 'leave it out'; commands and flags; Rust and SQLite",
    says: {
      overview:
        "Hey, I'm Katie Gingras. I do software in Burlington, but my dad has the sugarbush up in Fairfield, about 3,000 taps on tubing, and makes maple syrup, and I go home every weekend in sugaring season. Right now he writes everything in a pocket notebook and then on the calendar in the kitchen, and come mud season nobody knows what we made. Last year he sold four barrels to the packer and one came back off flavor, and he couldn't tell which boil it came from, jeezum crow, he was wicked upset. So I'm making him a command-line tool. He's fine in a terminal, he used to fix the computers at the school.",
      more: "It runs on the old laptop in the sugarhouse, there's no internet up there, so it's all one file on the laptop.",
      walkthrough:
        "Okay, here's how sugaring goes.\nThe season is when the sap runs, usually from Town Meeting Day in early March to the middle of April, when it freezes at night and gets above 40 in the day.\nWe collect the sap every day it runs, from the tanks at the bottom of each bush, and write down the gallons and the sugar percent.\nSap has to be boiled within 24 hours or it goes sour and we dump it.\nHow much sap you need for a gallon of syrup is the rule of 86: 86 divided by the sugar percent, so at 2% it's 43 gallons.\nWe draw off at 66.9 brix, that's Vermont law, a little heavier than the federal.\nEvery batch gets graded: Golden Delicate, Amber Rich, Dark Robust or Very Dark Strong.\nMost of it goes in 40-gallon barrels to the packer, paid by the pound, and this year it's $2.75 a pound, Dad trucks them over to St. Albans himself.\nVery Dark Strong only goes in barrels, we never put it in jugs.\nThe rest we sell in jugs at the farmstand: a pint $14, a quart $22, a half gallon $36 and a gallon $60.\nAnybody buying 6 gallons or more gets them at $55 a gallon, the flatlanders love that.\nAt the end of the season Dad wants the totals: gallons of syrup by grade, the barrels and what the packer paid.",
      commands:
        "something like: sugar sap --bush north --gallons 1200 --sugar 2.1, sugar boil --date 2025-03-14 --sap 3800 --syrup 88 --grade amber, sugar barrel --boil 12 --pounds 540 --packer, sugar sell --size quart --qty 6 --grade amber, sugar price --size gallon --amount 60, sugar report --season 2025. Dad types, I fix it on the weekend.",
      things:
        "Every sap run has the date, the bush, the gallons and the sugar percent. A boil has the date, the gallons of sap, the gallons of syrup and the grade. A barrel has the barrel number, the boil, the grade, the pounds and who bought it. Sales are the date, the size, the grade, how many and the price. Every barrel comes from one boil.",
      extras: [
        "The maple creemees at the farmstand are my sister's, that's her thing. And the pancake breakfast on Open House Weekend, Mom runs that, leave it out.",
        "That's it. Thanks, take 'er easy.",
      ],
      tech: "Rust, with clap for the commands, and SQLite, one file on the laptop.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Rust",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "Town Meeting Day early March middle of April",
        "collect sap every day gallons sugar percent",
        "boiled within 24 hours sour dump it",
        "rule of 86 divided by the sugar percent",
        "draw off at 66.9 brix",
        "Golden Delicate Amber Rich Dark Robust Very Dark Strong",
        "40-gallon barrels packer by the pound $2.75",
        "Very Dark Strong only goes in barrels",
        "pint $14 quart $22 half gallon $36 gallon $60",
        "6 gallons or more $55 a gallon",
        "end of the season totals gallons by grade barrels packer paid",
      ],
      tables: [
        { name: "sap runs", fields: ["date", "bush", "gallons", "sugar percent"] },
        { name: "boils", fields: ["date", "gallons of sap", "gallons of syrup", "grade"] },
        { name: "barrels", fields: ["barrel number", "boil", "grade", "pounds", "who bought it"] },
        { name: "sales", fields: ["date", "size", "grade", "how many", "price"] },
      ],
      excluded: ["creemee", "pancake"],
      background: ["pocket notebook", "calendar"],
      stack: ["Rust", "SQLite"],
      commands: [
        "sap",
        "boil",
        "barrel",
        "sell",
        "price",
        "report",
        "--bush",
        "--gallons",
        "--sugar",
        "--date",
        "--sap",
        "--syrup",
        "--grade",
        "--boil",
        "--pounds",
        "--packer",
        "--size",
        "--qty",
        "--amount",
        "--season",
      ],
    },
  },
  {
    id: "kolonia-sound-system-hire",
    who: "A man in Kolonia, Pohnpei, who with his cousins hires out a DJ and two sound systems for graduations, first birthdays, weddings and church fundraisers, in the Pohnpeian English of Kolonia, in short plain sentences ('Kaselehlie maing', 'the municipality', 'COM-FSM', 'the kamadipw', 'the nahs', 'that is not ours', \"menlau, don't put it\", 'Kalahngan maing'): a program on their laptop, off the internet because the internet is slow and dear, a party of 5 hours with the DJ and the sound system for $300 and every extra hour $50, Kolonia and Nett free, Sokehs and U $25 more and Kitti and Madolenihmw $40 more, the generator $75 more where there is no power, a $100 deposit to hold the night given back when cancelled 2 weeks before and not after, the rest paid on the night before setting up, two sets and so only two parties a night, never on Sunday, the music stopped at 12 midnight by the municipality rule, lights $40 more, a call to the family the day before; records after colons inline with a party's kind in brackets, every booking for one customer and one set; a notebook and Facebook Messenger today; the sakau 'that is not ours', his uncle's tents and chairs \"menlau, don't put it\"; the generator put on the bookings at the review",
    says: {
      overview:
        "Kaselehlie maing. My name is Kelvin Panuelo. I am from Kolonia, Pohnpei. My cousins and I have a DJ and sound system business. We play for graduations, first birthdays, weddings and church fundraisers. Now everything is in a notebook and on Facebook Messenger. In May two families booked us for the same night in Kitti. We went to one only. The other family was very angry, they told the whole municipality. My cousin studied computer at COM-FSM. He will make a program on our laptop.",
      more: "The internet here is slow and expensive. So the program must work on the laptop without internet.",
      walkthrough:
        "I will tell you how we work.\nA party is 5 hours with the DJ and the sound system, $300.\nEvery extra hour is $50.\nKolonia and Nett are free to go.\nSokehs and U are $25 more.\nKitti and Madolenihmw are $40 more.\nIf there is no power at the place, we bring the generator, $75 more.\nThe family pays $100 deposit to hold the night.\nIf they cancel 2 weeks before, we give back the deposit. After that, no.\nThe rest is paid on the night, before we set up.\nWe have two sets, so only two parties in one night.\nWe do not play on Sunday. Sunday is for church.\nThe music must stop at 12 midnight. That is the municipality rule.\nLights are $40 more.\nOne day before the party, we call the family to check the place and the time. Sometimes the kamadipw moves to the nahs.",
      things:
        "Customers: name, phone, village. Bookings: customer, date, place, what party (graduation, birthday, wedding or fundraiser), hours, deposit, paid. Sets: set number, what speakers. Every booking is for one customer and one set.",
      extras: [
        "The sakau at the party, the family buys it, that is not ours. And the tents and chairs, my uncle rents those, menlau, don't put it.",
        "That is all. Kalahngan maing.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No password. Only me and my cousin use the laptop.",
    },
    atReview: [
      "It is good. Menlau, put also the generator on the bookings, yes or no, so we remember to bring it. Kalahngan.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "party is 5 hours DJ sound system $300",
        "every extra hour $50",
        "Sokehs and U $25 more",
        "Kitti and Madolenihmw $40 more",
        "no power generator $75 more",
        "$100 deposit to hold the night",
        "cancel 2 weeks before give back the deposit",
        "rest is paid on the night before we set up",
        "two sets only two parties in one night",
        "do not play on Sunday",
        "music must stop at 12 midnight",
        "lights $40 more",
        "one day before call the family check the place and the time",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "village"] },
        {
          name: "bookings",
          fields: ["customer", "date", "place", "what party", "hours", "deposit", "paid", "generator"],
        },
        { name: "sets", fields: ["set number", "what speakers"] },
      ],
      excluded: ["sakau", "tents"],
      background: ["notebook", "Facebook Messenger"],
    },
  },
  {
    id: "clermont-campdraft",
    who: "The secretary of the campdraft committee at Clermont in Central Queensland, two days at the showgrounds every July and about 400 runs, in the bush English of Central Queensland, in short plain sentences (\"G'day\", 'the missus', 'bloke', 'fella', 'ropeable', 'reckon', 'fair dinkum', 'Righto', 'arvo', 'not our problem', \"don't worry about that, mate\", 'Cheers mate, hooroo'): a phone app for him and the judges that works with no signal at the showgrounds and sends when back in town, the Open, Novice, Maiden, Ladies and Juvenile at $110, $80, $60, $70 and $30 a horse, the Juvenile for riders under 16, no more than 3 horses a rider in the Open, entries closed Wednesday 6 pm before the draft and none on the day, no refund without a vet certificate, every run out of 100 with 26 for the camp work, 70 for the course and 4 for the horse work, 40 seconds on the course, the top 20 of the first round to the final on Sunday arvo, $20 a night camping and $15 a horse for the yards, a current ACA membership for every rider, the results up after every event; records in brackets inline, every entry one horse and one rider and every run for one entry; Facebook messages, phone calls and a clipboard today; the Lions Club bar 'not our problem', the camp oven cook-off \"don't worry about that, mate\"",
    says: {
      overview:
        "G'day. Shane Kelly, secretary of the Clermont campdraft committee. We run the big draft out at the showgrounds every July. Two days, about 400 runs. Entries come in on Facebook messages and phone calls and I write them on a clipboard. Last year I had one bloke's horse down twice in the Open and another fella's not at all. He'd driven 6 hours with the float. He was ropeable. The missus's nephew does apps in Brisbane. He reckons he can make one for the phone.",
      more: "There's no signal out at the showgrounds, fair dinkum, none. So it's gotta work on the phone with no signal and send it all when we're back in town.",
      walkthrough:
        "Righto, here's how it goes.\nThe events are the Open, the Novice, the Maiden, the Ladies and the Juvenile.\nEntries are $110 a horse in the Open, $80 in the Novice, $60 in the Maiden, $70 in the Ladies and $30 in the Juvenile.\nThe Juvenile is for riders under 16.\nA rider can't put more than 3 horses in the Open.\nEntries close Wednesday at 6 pm before the draft, no entries on the day.\nNo refund unless there's a vet certificate for the horse.\nEvery run gets a score out of 100: 26 for the camp work, 70 for the course and 4 for the horse work.\nThe course has 40 seconds.\nThe top 20 scores in the first round go through to the final on Sunday arvo.\nGround fees are $20 a night for camping and $15 a horse for the yards.\nEvery rider needs a current ACA membership.\nThe results go up after every event so everyone can see them on the phone.",
      things:
        "Riders (name, phone, membership number, age), horses (name, owner, brand), entries (rider, horse, event, paid), runs (entry, round, camp score, course score, horse work score, total). Every entry is one horse and one rider, and every run is for one entry.",
      extras: [
        "The bar's the Lions Club, not our problem. And the camp oven cook-off Saturday night, don't worry about that, mate.",
        "That's it. Cheers mate, hooroo.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Me and the two judges put the entries and the scores in. The riders just look at the draw and the results, no logins for them.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "Open Novice Maiden Ladies Juvenile",
        "$110 a horse in the Open $80 Novice $60 Maiden $70 Ladies $30 Juvenile",
        "Juvenile riders under 16",
        "can't put more than 3 horses in the Open",
        "entries close Wednesday 6 pm no entries on the day",
        "no refund unless vet certificate",
        "score out of 100 26 camp work 70 course 4 horse work",
        "course has 40 seconds",
        "top 20 scores first round final on Sunday",
        "$20 a night camping $15 a horse yards",
        "every rider current ACA membership",
        "results go up after every event",
      ],
      tables: [
        { name: "riders", fields: ["name", "phone", "membership number", "age"] },
        { name: "horses", fields: ["name", "owner", "brand"] },
        { name: "entries", fields: ["rider", "horse", "event", "paid"] },
        {
          name: "runs",
          fields: ["entry", "round", "camp score", "course score", "horse work score", "total"],
        },
      ],
      excluded: ["Lions", "cook-off"],
      background: ["clipboard", "phone calls"],
    },
  },
  {
    id: "pharr-christmas-tamales",
    who: "A woman in Pharr, in the Rio Grande Valley of Texas, who makes and sells tamales every Christmas with her mother and her aunts, about 500 dozen last year, in the Tejano English of Pharr, in long paragraphs ('my amá', 'my tías', 'bien big', 'ay, no', 'pues', 'verdad', 'fixing to', 'Nochebuena', 'la pulga', \"that's her own thing\", 'ni modo, leave it out', 'Órale', 'feliz Navidad'): a website, good on a phone and on her mother's tablet, where people order and pay half, orders from November 1st to December 15th, by the dozen only, pork in red chile $18, chicken in green $18, bean and jalapeño $15 and sweet with raisins and pineapple $16, no half dozens, half paid by Zelle or Cash App and the rest in cash at the pick-up, 150 dozen a day in the parish hall kitchen and another day when a day is full, pick-up December 20th to 24th from 10 to 6 at her mother's house and only until 12 on Christmas Eve, delivery inside Pharr, McAllen and San Juan for $10 from 4 dozen, the half lost when not picked up by the 24th at 12, a text the day before with the time; records told in sentences ('For every customer we need …') with delivery or pick-up told in them, every order one customer's; a legal pad, text messages and Facebook today; her aunt's buñuelos at the flea market \"that's her own thing\", the Sunday menudo 'ni modo, leave it out'; the email taken off the customers and the pick-up time put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hi! My name is Yesenia Garza and I'm from Pharr, down in the Valley. Every Christmas my amá, my tías and me make tamales to sell, we've been doing it like fifteen years, and it's gotten bien big, like 500 dozen last year. Right now I take the orders on a legal pad and from text messages and Facebook, and ay, no, last year was a mess. A lady came on Nochebuena for 6 dozen of pork and we had nothing for her, her order was on a page that got torn off the legal pad, and she was crying in my amá's driveway, and pues I was crying too. My son is at UTRGV for computer science and he says he can make us a website where people order and pay their half.",
      more: "Most of our customers are going to order from their phones, verdad, so it has to work good on the phone, and my amá wants to see the orders on her tablet in the kitchen.",
      walkthrough:
        "Okay so this is how we do it.\n\nWe take orders from November 1st to December 15th, and after the 15th we don't take any more orders because we're already fixing to make them.\n\nWe sell them by the dozen only. Pork in red chile is $18 a dozen and chicken in green is $18. Bean and jalapeño is $15 and the sweet ones with raisins and pineapple are $16. We don't sell half dozens, I don't care who asks.\n\nWhen they order they pay half by Zelle or Cash App, and the rest in cash when they pick up.\n\nWe rent the kitchen at the parish hall and we can only make 150 dozen a day in there, so when a day is full, it's full, they have to pick another day.\n\nPick-up is from December 20th to December 24th at my amá's house, from 10 to 6, except Christmas Eve, that day it's only until 12 because we have our own family too.\n\nIf they want us to bring them, we deliver inside Pharr, McAllen and San Juan for $10, only orders of 4 dozen or more.\n\nIf somebody doesn't come for their order by the 24th at 12, they lose the half they paid, because the tamales go to the church.\n\nAnd the day before their pick-up they get a text with the time. Órale, that's it.",
      things:
        "For every customer we need the name, the phone and the email. For every order, the customer, the pick-up day, how many dozen of each kind, the deposit, paid or not, and delivery or pick-up. And the kinds, the name and the price a dozen. Every order is for one customer.",
      thingsChange:
        "Ay, two things. Take the email off the customers, nobody here checks their email, pues. And put the pick-up time on the orders, not just the day, because my amá wants to know who's coming at what time.",
      extras: [
        "The buñuelos my tía Chela sells at la pulga, that's her own thing. And the menudo on Sundays, no, ni modo, leave it out.",
        "That's all, gracias, and feliz Navidad!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and my amá see all the orders. The customers just put their name and phone when they order, they don't need a password.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "orders from November 1st to December 15th",
        "by the dozen only",
        "pork in red chile $18 a dozen chicken in green $18",
        "bean and jalapeño $15 sweet ones raisins pineapple $16",
        "don't sell half dozens",
        "pay half by Zelle or Cash App rest in cash when they pick up",
        "150 dozen a day when a day is full",
        "pick-up December 20th to December 24th 10 to 6",
        "Christmas Eve only until 12",
        "deliver inside Pharr McAllen San Juan $10 4 dozen or more",
        "doesn't come by the 24th at 12 lose the half they paid",
        "day before pick-up text with the time",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone"] },
        {
          name: "orders",
          fields: [
            "customer",
            "pick-up day",
            "how many dozen of each kind",
            "deposit",
            "paid",
            "delivery or pick-up",
            "pick-up time",
          ],
        },
        { name: "kinds", fields: ["name", "price a dozen"] },
      ],
      excluded: ["buñuelos", "menudo"],
      background: ["legal pad", "text messages"],
    },
  },
  {
    id: "lajpat-nagar-stamp-duty",
    who: "A full stack developer in Lajpat Nagar whose mother's brother has been a property dealer there for thirty years, in the English of Delhi, in between ('mamaji', 'here only', 'arre', 'kitna lagega', 'jugaad', 'full scene', 'yaar', 'pakka', 'bas', \"CA uncle's department, not for this library\", \"don't add that yaar, full confusion will be there\", 'Thank you ji'): a TypeScript library on npm for his uncle's Next.js website and Node WhatsApp bot, nothing kept, given the deal value, the area in square metres, the colony category and who is buying, stamp duty in Delhi 6% for a man, 4% for a woman and 5% for a man and woman jointly on the higher of the deal value and the circle rate value, the circle rate value as the area times the circle rate of the category, A ₹7,74,000 to H ₹23,280 a square metre, registration 1% of the same value and ₹100 pasting fee, the uncle's brokerage 1% of the deal value from the buyer with 18% GST on it, every amount rounded up to the next rupee for the e-stamp paper, amounts in lakhs and crores, every line in the result; a calculator, a printed circle rate list and jugaad today; the home loan part \"CA uncle's department, not for this library\", rent agreements \"don't add that yaar\"; TypeScript",
    says: {
      overview:
        "Hi, I am Rohit Malhotra, full stack developer from Lajpat Nagar, Delhi. My mamaji is a property dealer here only, thirty years in the market, and every client asks him first thing, arre bhaiya kitna lagega total, stamp duty, registration, everything. Right now he does it on a calculator with a circle rate list printed from the government site and a lot of jugaad, and last month he told one client ₹2 lakh less stamp duty than the actual, full scene happened at the sub-registrar office. So I am making one library that calculates it properly, pakka, for his website and his WhatsApp bot both.",
      more: "It keeps nothing yaar. We give the deal value, the area in square metres, the colony category and who is buying, it gives back every charge line by line.",
      walkthrough:
        "Okay, rules, I will tell one by one.\nStamp duty in Delhi is 6% if the buyer is a man, 4% if it is a woman and 5% if it is a man and woman jointly.\nStamp duty is on the higher of the deal value and the circle rate value.\nCircle rate value is the area in square metres into the circle rate of the colony category.\nCircle rates per square metre are: A ₹7,74,000, B ₹2,45,520, C ₹1,59,840, D ₹1,27,680, E ₹70,080, F ₹56,640, G ₹46,200 and H ₹23,280.\nRegistration fee is 1% of the same value plus ₹100 pasting fee.\nMamaji's brokerage is 1% of the deal value, from the buyer, and on the brokerage 18% GST.\nEvery amount is rounded up to the next rupee, because the e-stamp paper doesn't take paise.\nAll amounts are shown in Indian style, lakhs and crores, like ₹12,34,567.\nAnd the result must have every line: circle rate value, stamp duty, registration, pasting fee, brokerage, GST and the total.",
      extras: [
        "The home loan part, EMI and all, that is CA uncle's department, not for this library. And rent agreements, don't add that yaar, full confusion will be there.",
        "Bas, that's all. Thank you ji.",
      ],
      tech: "TypeScript, as an npm package, because mamaji's website is Next.js and the WhatsApp bot is Node.",
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
        "6% man 4% woman 5% man and woman jointly",
        "higher of the deal value and the circle rate value",
        "area in square metres into the circle rate of the colony category",
        "A ₹7,74,000 B ₹2,45,520 C ₹1,59,840 D ₹1,27,680 E ₹70,080 F ₹56,640 G ₹46,200 H ₹23,280",
        "registration fee 1% plus ₹100 pasting fee",
        "brokerage 1% of the deal value buyer 18% GST",
        "rounded up to the next rupee e-stamp paper",
        "Indian style lakhs and crores",
        "every line circle rate value stamp duty registration pasting fee brokerage GST total",
      ],
      tables: [],
      excluded: ["loan", "rent agreement"],
      background: ["calculator", "jugaad"],
      stack: ["TypeScript"],
    },
  },
  {
    id: "amman-hammam-api",
    who: "A backend developer in Abdali whose uncle has had a Turkish bath on Jabal Amman since 2009, in the English of Amman, in lower-case fragments with its Arabizi ('marhaba', 'my 3ammi', 'wallah', 'ya zalameh', 'tayyeb', '3adi', 'ma ilna da3weh', 'skip it', 'yislamo, ma3 el salameh'): a service without screens, in NestJS with Postgres, that his cousin's Flutter app and the front desk tablet call, women Saturday to Thursday 10 to 3, men Saturday to Thursday 4 to 12 at night and Friday from 2 after the prayer, slots of 90 minutes with 12 people at most because of the steam room, the basic package (steam, scrub, bath) 20 JD, with massage 30 JD and the royal (60 minute massage and a face mask) 40 JD, 10% off for groups of 5 or more, no children under 12, booked 3 hours ahead at least and 14 days at most, a 5 JD deposit by CliQ and the rest at the desk in cash or card, the deposit back only on a cancel 6 hours before, women therapists for the women and men for the men, the places given back to the slot 15 minutes late, an SMS 2 hours before; records after colons on lines with women or men and a booking's package in brackets, every booking for one slot and one customer; phone calls and a paper register at the front desk today; the café's argileh 'ma ilna da3weh', the tour companies' hotel deals 'skip it'; NestJS and Postgres",
    says: {
      overview:
        "marhaba. im laith, backend dev in abdali. my 3ammi has a turkish bath on jabal amman since 2009, steam, scrub, massage, the whole thing. rn bookings r phone calls n a paper register at the front desk, wallah its a mess. last friday 20 ppl showed up for a slot w 12 places, ya zalameh the guys waited 2 hours. my cousin is doing the flutter app n im doing the api",
      more: "no screens from me, just the api. the app n the front desk tablet call it, 3adi",
      walkthrough:
        "tayyeb so\nwomen: saturday to thursday 10 to 3\nmen: saturday to thursday 4 to 12 at night, friday from 2 after the prayer\nslots r 90 min, max 12 ppl in a slot, the steam room dont take more\npackages: basic (steam, scrub, bath) 20 jd, with massage 30 jd, royal (60 min massage n a face mask) 40 jd\ngroups of 5 or more 10% off\nno kids under 12\nbook at least 3 hours before n max 14 days ahead\n5 jd deposit by cliq when u book, the rest at the desk cash or card\ncancel 6 hours before n the deposit comes back, after that its gone\nwomen therapists for the women, men for the men, always\nif they r 15 min late the places go back to the slot\nsms 2 hours before the slot",
      things:
        "slots: date, start, women or men, places left\ncustomers: name, phone, women or men\nbookings: customer, slot, package (basic, massage or royal), how many ppl, deposit, paid\ntherapists: name, women or men\nevery booking is 1 slot n 1 customer",
      extras: [
        "the café upstairs w the argileh is my other uncle's, ma ilna da3weh. n the hotel deals w the tour companies, 3ammi does those on the phone, skip it",
        "thats it. yislamo, ma3 el salameh",
      ],
      tech: "nestjs w postgres, typeorm for the db",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the flutter app n the desk tablet get api keys. customers sign in in the app w their phone number + an otp by sms",
      Technology: "I have preferences",
      "Back end": "NestJS",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "women saturday to thursday 10 to 3",
        "men saturday to thursday 4 to 12 friday from 2 after the prayer",
        "slots 90 min max 12 ppl",
        "basic steam scrub bath 20 jd",
        "with massage 30 jd royal 40 jd",
        "groups of 5 or more 10% off",
        "no kids under 12",
        "at least 3 hours before max 14 days ahead",
        "5 jd deposit by cliq rest at the desk cash or card",
        "cancel 6 hours before deposit comes back after that its gone",
        "women therapists for the women men for the men",
        "15 min late places go back to the slot",
        "sms 2 hours before the slot",
      ],
      tables: [
        { name: "slots", fields: ["date", "start", "women or men", "places left"] },
        { name: "customers", fields: ["name", "phone", "women or men"] },
        { name: "bookings", fields: ["customer", "slot", "package", "how many ppl", "deposit", "paid"] },
        { name: "therapists", fields: ["name", "women or men"] },
      ],
      excluded: ["argileh", "tour companies"],
      background: ["phone calls", "paper register"],
      stack: ["NestJS", "Postgres"],
    },
  },
  {
    id: "dushanbe-khorog-jeeps",
    who: "A man from Khorog who with his brother runs six Land Cruisers carrying passengers between Dushanbe and Khorog, in Tajik (never used before: Persian was written once in the Persian script and Russian, Kazakh and Kyrgyz in Cyrillic, Tajik and its Cyrillic with ӣ, ӯ, ҳ, қ, ғ, ҷ never; as he types it, in between, with the Russian words Tajiks really mix in: 'брон', 'приложение', 'программист', 'аванс', 'багаж', 'Ленд Крузер', 'блокпост', 'логин', 'SMS', 'Алиф', 'Душанбе Сити', 'кори мо нест', 'инро наандозед', 'Ташаккури калон, Худо ҳофиз'): a phone app for him, his brother and the drivers that works without internet on the road through Darvoz and Vanj and sends later, off every day at 5 in the morning from Dushanbe and from Khorog, 7 seats with 1 in front and 6 behind, the front seat 700 somoni and a back seat 600, children to 5 free on the mother's lap, 20 kilos of luggage free and 5 somoni a kilo more, a 200 somoni advance by Alif or Dushanbe City, the advance given back on a cancel a day before and not after, a new day or all the money back when the road is shut by snow or a mudflow, only by the Kulob road from December to April when the Sagirdasht pass is shut, an SMS the day before with the car's number, the driver's name and his phone; records told in sentences ('Ҳар мошин рақам … дорад') with a seat in front or behind in brackets, every booking one passenger's in one car; a notebook (дафтар) today; his uncle's minibuses (маршрутка) to Kulob 'кори мо нест', the hotel (меҳмонхона) in Khorog 'инро наандозед'; the passport (шиноснома) taken off the passengers and the luggage (багаж) put on the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Ассалому алайкум. Номи ман Фаррух, аз Хоруғ. Ман ва бародарам 6 то мошини Ленд Крузер дорем, одамонро аз Душанбе ба Хоруғ ва аз Хоруғ ба Душанбе мебарем. Ҳоло ҳамаи брон дар як дафтар аст, одамон ба телефони ман занг мезананд. Моҳи гузашта дар як мошин 9 нафарро навиштем, вале ҷой ҳамагӣ 7 то аст. Ду нафар дар Душанбе монданд, хеле шарм доштам. Писари холаам дар Душанбе программист аст, мегӯяд барои телефон як приложение месозад.",
      more: "Дар роҳ, дар Дарвоз ва Ванҷ, интернет нест. Бояд дар телефон бе интернет кор кунад ва баъд фиристад.",
      walkthrough:
        "Ман як-як мегӯям.\nМошинҳо ҳар рӯз соати 5-и саҳар аз Душанбе ва аз Хоруғ мебароянд.\nРоҳ 14-16 соат аст.\nДар ҳар мошин 7 ҷой ҳаст: 1 ҷой дар пеш ва 6 ҷой дар қафо.\nҶойи пеш 700 сомонӣ, ҷойи қафо 600 сомонӣ.\nКӯдакони то 5 сола дар зонуи модар бепул.\nҲар нафар 20 кило багаж бепул, зиёдаш ҳар кило 5 сомонӣ.\nБрон бо аванси 200 сомонӣ тавассути Алиф ё Душанбе Сити.\nАгар мусофир як рӯз пеш бекор кунад, авансро бармегардонем. Баъд аз он не.\nАгар роҳ аз барф ё сел баста шавад, сафарро ба рӯзи дигар мегузаронем ё пулро пурра бармегардонем.\nАз декабр то апрел ағбаи Сағирдашт баста аст, танҳо аз роҳи Кӯлоб меравем.\nЯк рӯз пеш ба мусофир SMS меравад: рақами мошин, номи ронанда ва телефонаш.",
      things:
        "Ҳар мошин рақам, ронанда ва телефони ронанда дорад. Барои ҳар мусофир ном, телефон ва шиносномаро менависем. Ҳар брон: мусофир, мошин, сана, аз куҷо, ҷой (пеш ё қафо), аванс, пардохт шуд ё не. Ҳар брон барои як мусофир дар як мошин аст.",
      thingsChange:
        "Ду чиз. Аз мусофир шиносномаро гиред, лозим нест, дар блокпост худашон нишон медиҳанд. Ва ба брон багажро илова кунед, чанд кило.",
      extras: [
        "Маршруткаҳо то Кӯлоб аз амакам ҳастанд, кори мо нест. Ва меҳмонхона дар Хоруғ, инро наандозед.",
        "Ҳамин. Ташаккури калон, Худо ҳофиз.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Ман ва бародарам ҳамаашро мебинем. Ронандаҳо танҳо мусофирони мошини худро мебинанд. Мусофирон ба логин эҳтиёҷ надоранд.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "соати 5-и саҳар аз Душанбе ва аз Хоруғ",
        "7 ҷой 1 ҷой дар пеш 6 ҷой дар қафо",
        "ҷойи пеш 700 сомонӣ ҷойи қафо 600 сомонӣ",
        "кӯдакони то 5 сола бепул",
        "20 кило багаж бепул ҳар кило 5 сомонӣ",
        "аванси 200 сомонӣ Алиф ё Душанбе Сити",
        "як рӯз пеш бекор кунад авансро бармегардонем",
        "роҳ баста шавад рӯзи дигар пулро пурра бармегардонем",
        "декабр то апрел танҳо аз роҳи Кӯлоб",
        "як рӯз пеш SMS рақами мошин номи ронанда",
      ],
      tables: [
        { name: "мошин", fields: ["рақам", "ронанда", "телефони ронанда"] },
        { name: "мусофир", fields: ["ном", "телефон"] },
        {
          name: "брон",
          fields: ["мусофир", "мошин", "сана", "аз куҷо", "ҷой", "аванс", "пардохт шуд", "багаж"],
        },
      ],
      excluded: ["маршрутка", "меҳмонхона"],
      background: ["дафтар"],
    },
  },
  {
    id: "peshawar-truck-art",
    who: "A man who runs the truck art workshop on the Ring Road in Peshawar that his father set up in 1985, in Pashto (never used before: Urdu and Persian were written in the Arabic script and the Pakistani English of Lahore was used, Pashto and its letters ټ, ډ, ړ, ښ, ږ, ځ, څ, ې, ۍ never; as he types it, in between, with the English words Pashtuns really mix in: 'ټرک آرټ', 'ورکشاپ', 'بکنګ', 'اډوانس', 'ویب سایټ', 'کمپیوټر', 'ډیزاین', 'البم', 'پارکنګ', 'کېنسل', 'ایزي پیسه', 'جاز کیش', 'SMS', 'لاګ ان', 'دا زموږ کار نه دی', 'دا پکې مه اچوئ', 'ډېره مننه، خدای پامان'): a website where truck owners see the free days and book, and he and his brother see everything, three bays and so three trucks at a time, the whole work on a Bedford 6 lakh rupees and 20 days, a Hino 8 lakh and 25 days, a Mazda 3 lakh and 12 days, paint only 1 lakh 50 thousand and 7 days, 30 percent advance on booking and the rest when the truck leaves, the advance not given back on a cancel, cash, EasyPaisa or JazzCash, shut on Friday, the design chosen from the workshop's album and the poetry and name the owner's choice, 1,000 rupees a day parking when the truck is not taken within 7 days of being ready, an SMS when it is ready; records in brackets inline with the work (whole work or paint only) in them, every booking for one truck and every truck one owner's; a copybook (کاپي) today; his cousin's rickshaw decoration 'دا زموږ کار نه دی', selling truck parts 'دا پکې مه اچوئ'; the city (ښار) taken off the owners at the review",
    says: {
      overview:
        "السلام علیکم. زما نوم ګل زمان دی، په پېښور کې په رنګ روډ باندې د ټرک آرټ ورکشاپ لرم. زما پلار دا ورکشاپ په 1985 کې جوړ کړی و. اوس ټول بکنګ په یوه کاپي کې لیکم، مالکان او ډرایوران ټیلیفون کوي. تېره میاشت مې دوه ټرکونه د یوې ورځې لپاره بک کړل، خو ځای مو یوازې د یو لپاره و. یو مالک له چارسدې راغلی و او دوه ورځې یې انتظار وکړ، ډېر خفه شو. زما وراره په پېښور پوهنتون کې کمپیوټر وایي، هغه وایي چې د ورکشاپ لپاره ویب سایټ جوړوي.",
      more: "مالکان باید په ویب سایټ کې خالي ورځې وګوري او هلته بکنګ وکړي. زه او زما ورور ټول بکنګونه ګورو.",
      walkthrough:
        "زه یو یو خبره درته وایم.\nپه ورکشاپ کې درې ځایونه دي، په یو وخت کې یوازې درې ټرکونه.\nد بیډفورډ ټول کار 6 لکه روپۍ دی او 20 ورځې وخت نیسي.\nد هینو ټول کار 8 لکه روپۍ دی او 25 ورځې وخت نیسي.\nد مزدا ټول کار 3 لکه روپۍ دی او 12 ورځې وخت نیسي.\nیوازې رنګ 1 لک 50 زره روپۍ دی او 7 ورځې وخت نیسي.\nد بکنګ پر وخت 30 فیصده اډوانس ورکول کېږي، پاتې پیسې کله چې ټرک له ورکشاپه ځي.\nکه مالک بکنګ کېنسل کړي، اډوانس بېرته نه ورکوو.\nپیسې نغدې، ایزي پیسه یا جاز کیش کې اخلو.\nد جمعې ورځ ورکشاپ بند وي.\nمالک ډیزاین زموږ له البم څخه خوښوي، خو شعر او نوم د مالک خپله خوښه ده.\nکه ټرک تیار شي او مالک یې په 7 ورځو کې بېرته نه بیايي، هره ورځ 1000 روپۍ پارکنګ اخلو.\nکله چې ټرک تیار شي، مالک ته SMS ځي.",
      things:
        "مالکان (نوم، ټیلیفون، ښار)، ټرکونه (نمبر پلیټ، ماډل، مالک)، بکنګونه (ټرک، د راتلو نېټه، د تللو نېټه، کار (ټول کار یا یوازې رنګ)، بیه، اډوانس، پاتې پیسې)، کاریګر (نوم، ټیلیفون، کار). هر بکنګ د یو ټرک دی، او هر ټرک د یو مالک دی.",
      extras: [
        "د رکشو سینګار زما د تره زوی کوي، دا زموږ کار نه دی. او د ټرک پرزې خرڅول، دا پکې مه اچوئ.",
        "همدومره. ډېره مننه، خدای پامان.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "زه او زما ورور ټول ګورو. مالکان په ټیلیفون نمبر لاګ ان کوي او خپل بکنګ ګوري. کاریګرو ته لاګ ان نه دی پکار.",
    },
    atReview: ["ټول ښه دي. یوازې له مالکانو څخه ښار لرې کړئ، اړتیا ورته نشته. ډېره مننه."],
    expect: {
      kind: "web app",
      features: [
        "درې ځایونه یوازې درې ټرکونه",
        "بیډفورډ 6 لکه روپۍ 20 ورځې",
        "هینو 8 لکه روپۍ 25 ورځې",
        "مزدا 3 لکه روپۍ 12 ورځې",
        "یوازې رنګ 1 لک 50 زره روپۍ 7 ورځې",
        "30 فیصده اډوانس پاتې پیسې ټرک له ورکشاپه ځي",
        "کېنسل اډوانس بېرته نه ورکوو",
        "نغدې ایزي پیسه جاز کیش",
        "د جمعې ورځ ورکشاپ بند",
        "ډیزاین البم شعر او نوم د مالک",
        "7 ورځو هره ورځ 1000 روپۍ پارکنګ",
        "ټرک تیار شي SMS",
      ],
      tables: [
        { name: "مالکان", fields: ["نوم", "ټیلیفون"] },
        { name: "ټرکونه", fields: ["نمبر پلیټ", "ماډل", "مالک"] },
        {
          name: "بکنګونه",
          fields: ["ټرک", "د راتلو نېټه", "د تللو نېټه", "کار", "بیه", "اډوانس", "پاتې پیسې"],
        },
        { name: "کاریګر", fields: ["نوم", "ټیلیفون", "کار"] },
      ],
      excluded: ["رکشو", "پرزې"],
      background: ["کاپي"],
    },
  },
];
