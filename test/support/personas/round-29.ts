import type { Persona } from "../persona-driver.js";

/**
 * The twenty-ninth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-29.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons inline and on lines, after dashes on lines and inline,
 * numbered, or told in long sentences. Eight write in English, each in their own English
 * and their own register, none of them used before: Cape Breton English from the
 * Margaree, at length ("Well hello, dear", "up the Margaree", "the Boston States", "buddy
 * from New Jersey", "I'm after telling Joan", "some slow", "a cull don't get shipped",
 * "oughtn't", "out west to Fort Mac", "don't be bothering with that in this", "a
 * different thing altogether", "Tapadh leat"), Vincentian English from Kingstown ("I does
 * run", "Is mostly", "ah tell yuh", "pure confusion", "nutten", "cyah", "who eh pay",
 * "she list", "fuh lessons", "limin'", "Lawd", "leave dat out", "we don't want dat in
 * here", "blessings"), Durban Indian South African English from Umhlanga ("Howzit", "the
 * larnie ones", "some ou", "I'm telling you", "né", "a bit of a mission", "ya", "what",
 * "one time", "now-now", "don't put that", "leave it one side", "Ja no", "Shot, thanks
 * hey"), East Midlands English from Beeston, terse ("Ay up", "takes us till gone eleven",
 * "me phone", "right mardy", "int", "our lass's nephew", "Tek", "bar the odd one",
 * "simple as", "nowt to do with it", "leave it out", "Ta-ra, duck"), Solomon Islands
 * English coloured by Pijin from Isabel ("Halo", "olketa lay eggs", "go kasem February",
 * "hem no good tumas", "she come back", "eggs no hatch", "hem nao", "nomoa", "lelebet
 * only", "one more samting", "Tagio tumas"), Chicano English from Boyle Heights, a line
 * or two at a time ("Whats up", "for reals", "my 'amá", "mijo", "simón", "nel", "my
 * sobrino", "my compadre", "leave it", "don't even trip", "Gracias, homie"), Utah English
 * from Lehi, rambling ("Hi!!", "ward activities", "oh my heck", "like, fair",
 * "literally", "what the flip", "don't put those in", "that doesn't go in", "you guys are
 * the best") and formal Rwandan English from Nyagatare ("We are now in the process of
 * digitalising", "Allow me to explain", "as the farmer chooses", "are not concerned by
 * this service", "managed by the sector, not us", "kindly", "Murakoze cyane"). One writes
 * in Haitian Creole (never used before, as a Delmas water shop's owner types it, with the
 * words Haitians really use: "galon", "depo", "goud", "moto", "chofè", "kach", "MonCash",
 * "WhatsApp", "Digicel", "Natcom", "aplikasyon", "kite l deyò", "pa mete sa ladan l"),
 * and one in Uzbek (never used before, in Latin letters with o' and g' typed with an
 * apostrophe as most people type them, as a Namangan wedding hall's manager types it,
 * with "to'yxona", "nahorgi osh", "avans", "so'm", "sayt", "Telegram", "SMS", "menyu",
 * "porsiya", "akkaunt", "buni qo'shmang", "kerak emas"). What varies is the kind of
 * software, the domain and the length of the answers: web apps for a Kingstown extra
 * lessons centre (EC$150 a month a subject and $120 a subject for three or more, 10% off
 * a second child, no more than 15 in a class and a waiting list, a $10 late fee after the
 * 5th and no class after the 15th until paid, attendance marked by the teacher, a message
 * to the parent after two classes missed in a row, the March mock marks to the parents),
 * a Boyle Heights mariachi's bookings (a serenata of five songs at $400, parties at $850
 * an hour and two hours at least on Saturdays, serenatas only on May 10 at $600, half by
 * Zelle to hold the date, $100 more past 25 miles, no deposit for a funeral, no musician
 * on two gigs at once, $120 a musician a gig, a text the day before with the address, the
 * songs the client wants), a Lehi bounce house rental (bounce houses at $150, combos at
 * $200 and water slides at $225, free delivery within 15 miles and $2 a mile after, a $50
 * deposit, no deliveries on Sundays, water slides May through September, $25 of sandbags
 * on concrete, no setup without the signed waiver or in wind over 15 miles an hour, a
 * two-hour window texted the day before, nothing out again until cleaned and sanitized)
 * and a Namangan wedding hall (two halls of 500 and 250 seats, an evening wedding at 150
 * 000 so'm a guest and a morning osh at 60 000, one wedding a hall an evening, the big
 * hall at weekends for 300 guests or more, a 30 percent advance and the rest 3 days
 * before, half the advance back more than a month ahead, no weddings in Ramadan, over at
 * 23:00, the kitchen's list 2 days before, an SMS a week before, the month's report by
 * hall); phone apps for a Solomon Islands community's turtle rangers on nesting beaches
 * with no network (two rangers a patrol and never one alone, a numbered stick, the eggs
 * and the GPS for every nest, a nest below the high tide mark moved within 12 hours,
 * turtles tagged and measured, every nest dug after 60 days, a dug nest or a killed
 * turtle reported with a photo, SBD$150 a night patrol, the month's report by beach and
 * species) and a Delmas water shop's moto deliveries over mobile data (a jug at 75
 * gourdes at the shop and 100 delivered, a 500 gourde deposit on the empty jug,
 * subscribers at 4 jugs a week for 1,400 a month, no more than 6 jugs a trip, no moto out
 * after 6 in the evening, delivered and paid in cash or MonCash marked by the driver,
 * every driver's money at night, no sale before a good chlorine test); a Python
 * command-line tool for a Beeston cycling club's Thursday ten-mile time trials
 * (one-minute intervals, a late rider timed from his start time, DNF, £3 entry and
 * juniors free, results fastest first, VTTA age standards as plus or minus, a handicap
 * from the season's bests, season points from 15 down to 1 and 5 for marshalling, an HTML
 * page for the club website), with commands and flags; a service without screens that a
 * Nyagatare dairy cooperative's USSD menu, collection centre tablets and SACCO call (milk
 * only from 6 to 9 and 16 to 18, milk under 26 on the lactometer or failing the alcohol
 * test rejected and never paid, 350 RWF a litre less 10 RWF from members, an SMS after
 * every delivery, payment on the 1st and the 16th by Mobile Money or the SACCO, an
 * advance of no more than 50 percent taken off at payment, the month's report for RAB); a
 * program on a Margaree Christmas tree farm's Windows laptop (cutting not before November
 * 1, every tree graded Premium, Number One or Number Two and culls never shipped, every
 * buyer's price by grade and height, a load full at about 850 trees, no load shipped
 * without its phytosanitary certificate number, half before the load leaves and the rest
 * within 30 days, an invoice for every load, nothing ordered after December 10th, wreath
 * makers paid $5 a wreath, the season by grade, height and buyer); and a TypeScript
 * library on a private npm registry that works out an Umhlanga managing agent's sectional
 * title levies (the admin levy by participation quota, the reserve fund at least 15% of
 * it or an error, sub-meter readings at the municipal rate and the common property water
 * by quota, a garage at R150 and a garden at R80, special levies over the trustees'
 * months, 2% a month on arrears after the 7th and not compounded, every unit to the cent
 * and the cents left over on the biggest quota, every line separately). The tree grower
 * and the bounce house woman answer at length, the timekeeper in a few short lines, the
 * mariachi leader a line or two at a time, the others in between. Relations said plainly
 * ("Every load goes to the one buyer", "Every child belong to one parent", "Each ride's
 * one rider in one event", "Each nest belong to one beach", "Every gig is for one
 * client", "Every booking is for one customer and one inflatable", "Each delivery belongs
 * to one farmer, and each farmer belongs to one collection centre", "Chak kòmand se pou
 * yon sèl kliyan", "Har bir buyurtma bitta mijozniki"); background in a scribbler in the
 * shop, a big register book and a WhatsApp group, an Excel sheet per complex, a clipboard
 * and two stopwatches, exercise books, a notebook and a phone, a paper calendar on the
 * fridge and Facebook messages, the collectors' notebooks, a kaye and WhatsApp, a daftar
 * and Telegram; technology named as Windows, TypeScript with npm, Python, Android, Rails
 * with Postgres, NestJS with PostgreSQL; "no" said as "don't be bothering with that in
 * this", "leave it out", "leave dat out", "we don't want dat in here", "don't put that",
 * "leave it one side", "nowt to do with it", "nomoa", "we don't need that in this app",
 * "leave it", "don't even trip, not in this", "don't put those in", "that doesn't go in",
 * "are not concerned by this service", "managed by the sector, not us", "kite l deyò",
 * "pa mete sa ladan l", "buni qo'shmang", "kerak emas"; while rules keep their "no" ("not
 * a day before", "a cull don't get shipped at all", "no orders taken after that date",
 * "No class could have more than 15 children", "never one ranger alone", "Funerals, no
 * deposit", "We don't deliver on Sundays, period", "the boys don't set it up", "no milk
 * is received", "it cannot exceed 50 percent", "nou pa vann ditou", "Ramazon oyida to'y
 * qabul qilmaymiz"). The tree grower takes the company off the buyers and adds the border
 * crossing to the loads, the timekeeper takes the club off the riders and adds their sex,
 * the mariachi leader takes the email off the clients and adds the parking to the gigs,
 * and the wedding hall's manager takes the passport number off the clients and adds the
 * groom's and bride's names to the bookings, each after "Change something" at "Your
 * data"; the lessons centre's owner adds the school to every child, the ranger
 * coordinator the turtle to every nest, the cooperative's manager the national ID number
 * to every farmer and the water shop's owner the moto's plate number to every driver,
 * each at the review. The score compares Haitian Creole and Uzbek as they are written, in
 * Latin letters without their accents and with the apostrophe of o' and g' read as a
 * break between words, so their expected words are in the forms the person used (as
 * "kòmand", "chofè", "to'lovlar", "avansning yarmi"), and the excluded words of all ten
 * were checked not to read like anything they want.
 */
export const TWENTY_NINTH_ROUND: readonly Persona[] = [
  {
    id: "margaree-christmas-trees",
    who: "A Christmas tree grower up the Margaree in Cape Breton, in Cape Breton English, at length: a program on the Windows laptop in the shop (satellite internet that goes out when it snows) for the wholesale trailer loads of balsam fir to the lots in the Boston States, cutting not before November 1, every tree graded Premium, Number One or Number Two and a cull never shipped, heights of 5 to 6, 6 to 7, 7 to 8 and 8 to 9 foot, every buyer's price for each grade and height, about 850 trees of 6 to 7 foot a trailer and a warning when a load is full, no load marked shipped without the CFIA phytosanitary certificate number, half paid before the load leaves and the rest within 30 days, an invoice printed for every load, the last load by December 10 and no orders after, the wreath makers paid $5 a wreath every Friday, the season's trees by grade, height and buyer; records told in long sentences, every load to one buyer; a scribbler in the shop today; the cut-your-own Saturdays with the hayride and the hot chocolate 'don't be bothering with that in this', the maple 'a different thing altogether, leave it out'; Windows; the company taken off the buyers and the border crossing added to the loads after 'Change something' at 'Your data'",
    says: {
      overview:
        "Well hello, dear. Wendell MacInnis here. We've a Christmas tree farm up the Margaree, on the old MacInnis place. My grandfather put the first balsam fir in back in the fifties when the farming went to pot, and we've about 90 acres in trees now. We ship wholesale, trailer loads down to the Boston States, Massachusetts and Connecticut and New Jersey, to the fellas who run the lots down there. Every fall it's the same racket. The tally of what's cut and baled is in a scribbler out in the shop, the orders are wrote on the calendar on the wall, and my sister Joan does the bills at her kitchen table at two in the morning. Last year buddy from New Jersey swore up and down he ordered 300 Number Ones and we sent him Twos, and there wasn't a thing in the scribbler to say who was right. I'm after telling Joan we can't go another year like that. What I'd like is a program on the computer in the shop. The internet up here is the satellite, some slow, and it goes out every time it snows, which is the whole of November, so it'd have to work right there on the computer.",
      walkthrough:
        "So the cutting starts the first of November, after a few good frosts to set the needles, and not a day before, or the trees drop everything before they're ever on the lot in Jersey. The crew goes through and cuts, and every tree gets graded, Premium, Number One or Number Two, by how full it is and how straight. Anything poorer than a Two is a cull, and a cull don't get shipped at all, it goes for brush. Then they're sorted by height, 5 to 6 foot, 6 to 7, 7 to 8 and 8 to 9, and baled up in the netting.\n\nEvery buyer has his price for each grade and each height, we settle it in the summer, and the program has to work out the load from that. A trailer takes about 850 trees if they're 6 to 7 foot, fewer if they're bigger, and I want it to tell me when a load's full, so we're not sending half a trailer down the road at what the trucking costs now. No load crosses into the States without the phytosanitary certificate from the CFIA, so the certificate number has to go on the load before it leaves the yard, and if it's not on there the program oughtn't let me mark it shipped.\n\nThe buyer pays half before the load leaves and the rest within 30 days, and there's an invoice printed for every load to go down with the trucker. The last load goes out by December 10th. After that they'd never get it sold in time, so no orders taken after that date, I don't care who's asking.\n\nThen there's the wreaths. Some of the women around here make wreaths in their kitchens and we pay them $5 a wreath, so I need to keep track of how many each one brought in every week, so Joan can pay them on the Friday. And when it's all over, the end of the season, I'd like to see how many trees of each grade and each height went to each buyer and what we got for them, so I know what to be planting.",
      things:
        "Well, there's the buyers, that's the name, the company, the town and the state, the phone and the email. Every load goes to the one buyer, but a buyer might take three or four loads in a season. A load has the buyer, the date it goes, the trucker, the trailer number, the certificate number and whether it's paid. Then every load has its tally, how many trees of each grade and each height went on it. There's the prices, that's the buyer, the grade, the height and the price. And the wreath makers, their name and their phone, and then the wreaths, the maker that made them, the date she brought them in and how many.",
      thingsChange:
        "Take the company off the buyers, half of them are just a fella with a lot out behind the Walmart. And put the border crossing on the loads, Houlton or Calais, the trucker needs to know which one the certificate's made out for.",
      extras: [
        "Now the Saturdays in December, when the families come out from Sydney and Inverness to cut their own and go on the hayride and have the hot chocolate, that's cash at the gate and Joan's girls look after it, don't be bothering with that in this. And the maple, we tap a few hundred trees in the spring, that's a different thing altogether, leave it out.",
        "No, dear, that's about the size of it. Tapadh leat, as the old people would say. Thanks now.",
      ],
      tech: "It's a Windows laptop, an old Dell my nephew set up for us before he went out west to Fort Mac.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords, it's only me and Joan on it.",
      Technology: "I have preferences",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "cutting first of November",
        "Premium Number One Number Two",
        "cull not shipped",
        "price grade height",
        "850 trees load full",
        "certificate number shipped",
        "half before the load leaves",
        "rest within 30 days",
        "invoice every load",
        "December 10th no orders",
        "$5 a wreath",
        "end of the season grade height buyer",
      ],
      tables: [
        { name: "buyers", fields: ["name", "town", "state", "phone", "email"] },
        {
          name: "loads",
          fields: [
            "buyer",
            "date",
            "trucker",
            "trailer number",
            "certificate number",
            "paid",
            "border crossing",
          ],
        },
        { name: "tallies", fields: ["load", "grade", "height"] },
        { name: "prices", fields: ["buyer", "grade", "height", "price"] },
        { name: "wreath makers", fields: ["name", "phone"] },
        { name: "wreaths", fields: ["maker", "date"] },
      ],
      excluded: ["hayride", "chocolate", "maple"],
      background: ["scribbler"],
      stack: ["Windows"],
    },
  },
  {
    id: "kingstown-lessons-centre",
    who: "A woman who runs an extra lessons centre in Kingstown, St Vincent, in Vincentian English: a website where parents register their children for CPEA and CSEC lessons and the teachers keep their classes, EC$150 a month a subject and $120 a subject for a child taking three or more, 10% off the second child of a family, no more than 15 children in a class and a waiting list when it is full, fees by the 5th with a $10 late fee after, a child not paid by the 15th kept out of class till it is paid and the teacher seeing that on her list, cash at the centre or a transfer put in by the office, every class's attendance marked by the teacher, a message to the parent when a child misses two classes in a row, the March mock exam marks sent to the parents; records after dashes on lines, every child belonging to one parent; a big register book and a WhatsApp group today; the lunches and snacks 'leave dat out', the graduation party 'we don't want dat in here'; the school added to every child at the review",
    says: {
      overview:
        "Good day! My name is Marcia Ballantyne and I does run a lessons centre in Kingstown, up by Paul's Avenue, Bright Minds Lessons. Is mostly children preparing for CPEA in Grade 6 and for CSEC in Form 4 and 5, evenings after school and Saturday morning. Right now everyting in one big register book and one WhatsApp group wid de parents, and ah tell yuh, dat WhatsApp group is pure confusion, people posting all kinda ting and nobody could find nutten. Ah cyah keep track who pay and who eh pay. Ah want a website where de parents register de children and pay, and me and de teachers could see everyting.",
      walkthrough:
        "De parent register de child on de site wid de subjects dey want. Each subject is EC$150 a month. If a child taking three subjects or more, every subject is $120 instead. If two children from de same family, de second one get 10% off. No class could have more than 15 children, when it full it full, de rest go on a waiting list.\n\nFees must pay by de 5th of de month. After de 5th is a $10 late fee. If by de 15th dey still eh pay, de child cyah come to class till it pay, and de teacher must see dat on she list. Parents does pay cash at de centre or a transfer to de bank, and de office put it in.\n\nEvery class de teacher mark who come and who eh come. If a child miss two classes in a row, de parent must get a message, because sometimes de child leave home fuh lessons and end up limin' by de bus terminal instead. Lawd. In March we does do mock exams, and de marks must go to de parents.",
      things:
        "- Parents: name, phone, email, address\n- Children: name, parent, grade or form, date of birth\n- Subjects: name, level, teacher, day, time\n- Registrations: child, subject, date started\n- Payments: parent, month, amount, cash or transfer\n- Attendance: child, subject, date, present\n- Mock marks: child, subject, mark\nEvery child belong to one parent, and one parent could have two, three children in here.",
      extras: [
        "De lunch and de snacks we does sell at de centre, leave dat out, dat is my sister own business. And de end of year graduation party, nah, we don't want dat in here.",
        "No, dat is all. Thank you, blessings!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Me and de three teachers log in, and de parents log in to register and see de marks.",
    },
    atReview: [
      "One more ting before ah forget: put de school on de children, which school dey going, Girls' High, Grammar School, Thomas Saunders and so, so we could talk to de school when a child falling behind. Dat is all, thank you.",
    ],
    expect: {
      kind: "web app",
      features: [
        "$150 a month subject",
        "three subjects $120",
        "second child 10% off",
        "15 children waiting list",
        "5th $10 late fee",
        "15th class",
        "teacher mark",
        "two classes in a row parent message",
        "mock exams marks parents",
      ],
      tables: [
        { name: "parents", fields: ["name", "phone", "email", "address"] },
        { name: "children", fields: ["name", "parent", "date of birth", "school"] },
        { name: "subjects", fields: ["name", "level", "teacher", "day", "time"] },
        { name: "registrations", fields: ["child", "subject"] },
        { name: "payments", fields: ["parent", "month", "amount"] },
        { name: "attendance", fields: ["child", "subject", "date", "present"] },
        { name: "mock marks", fields: ["child", "subject", "mark"] },
      ],
      excluded: ["lunch", "snack", "graduation"],
      background: ["register book"],
    },
  },
  {
    id: "umhlanga-levy-library",
    who: "A developer at a managing agent in Umhlanga that looks after about 120 sectional title complexes, in Durban Indian South African English: a TypeScript library on the company's private npm registry that the owners' portal and the trustees' app both call to work out the monthly levies, from the year's budget, each unit's participation quota, the water readings, the municipal bill and what is owing, the admin levy the budget over twelve months split by participation quota, the reserve fund at least 15% of the admin levy or an error, every unit's sub-meter reading at the municipal rate and the common property water left over split by quota, a garage at R150 and a garden at R80 a month only for the units that have them, special levies split by quota over the months the trustees say, interest of 2% a month on what is overdue after the 7th and not compounded, every unit rounded to the cent and the cents left over on the unit with the biggest quota, every line given back separately; an Excel sheet per complex today; the CSOS disputes and AGM minutes 'don't put that', the management commission 'leave it one side'; TypeScript and npm",
    says: {
      overview:
        "Howzit! Kreshen Naidoo here, I'm a developer at a managing agent in Umhlanga. We look after the levies for about 120 sectional title complexes, body corporates, from Chatsworth and Phoenix right up to the larnie ones in Ballito. Every month we work out the levies for every unit, and right now it's one big Excel per complex, each one with its own formulas some ou wrote in 2012, and then the owners' portal and the trustees' app each do their own sums also. Last month one complex's levies came out R3 short of the budget, and you won't believe, the chairman phoned me every day for a week, I'm telling you. So what I want is one library that works out the levies, and the portal and the app both use it. Just the calculation, hey, no screens, nothing saved.",
      walkthrough:
        "Ok so, you give it the complex's budget for the year, the units with their participation quota, the water readings, the municipal bill and what's owing. The admin levy is the budget over twelve months, split by participation quota, so a unit with 2.5% pays 2.5%. On top of that is the reserve fund, and that must be at least 15% of the admin levy. If the trustees put less, it must throw an error, otherwise the auditors catch us, né.\n\nWater is a bit of a mission. The eThekwini bill comes for the whole complex on one bulk meter. Each unit pays its own sub-meter reading times the municipal rate, and whatever's left over, the common property water, the garden taps and the pool and that, gets split by quota.\n\nExclusive use areas are fixed: a garage is R150 a month and a garden R80, only the units that have one. Special levies, when the trustees decide to fix the roof or whatever, get split by quota over however many months they say. Interest on arrears is 2% a month on whatever's overdue after the 7th, not compounded, ya.\n\nAnd the cents must come out exactly, what. Everything rounded to the cent per unit, and whatever cents are left over go on the unit with the biggest quota, so the total is exactly the budget, one time. And it must give back every line separately, admin, reserve, water, garage, garden, special levy, interest, so the statement can show each one.",
      extras: [
        "The CSOS disputes and the AGM minutes and all that, don't put that, that's the portfolio managers' side. And our own commission, the management fee, leave it one side, finance does that now-now in their own system.",
        "Ja no, that's it. Shot, thanks hey!",
      ],
      tech: "TypeScript. The portal is Next.js and the trustees' app is React Native, so put it on our private npm registry and both can install it. No dependencies if you can help it.",
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
        "admin levy twelve months participation quota",
        "reserve fund 15% error",
        "sub-meter reading municipal rate",
        "common property water",
        "garage R150 garden R80",
        "special levies months",
        "2% a month overdue after the 7th",
        "not compounded",
        "rounded to the cent",
        "cents left over biggest",
        "every line separately",
      ],
      tables: [],
      excluded: ["dispute", "minutes", "commission"],
      background: ["Excel"],
      stack: ["TypeScript", "npm"],
    },
  },
  {
    id: "trent-vale-time-trials",
    who: "The timekeeper of a cycling club in Beeston, Nottingham, in East Midlands English, terse: a Python command-line tool on the club laptop for the Thursday night ten-mile time trials from April to August, riders off at one-minute intervals, the ride time the finish time off the timing app take off the start time, a rider late to the line still timed from their start time, DNF when they pack, £3 entry and juniors under 18 free, results fastest first, every vet's ride against the VTTA standard for their age as plus or minus, a handicap of each rider's best this season take off the fastest best in the club and the ride time less the handicap, season points from 15 for first down to 1 for fifteenth and 5 for marshalling, an HTML page for the club website; records after colons inline, each ride one rider in one event; a clipboard and two stopwatches today; the club kit orders 'nowt to do with it', the club dinner 'leave it out'; commands and flags; Python; the club taken off the riders and their sex added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Ay up. Trev Hallam, timekeeper for Trent Vale Wheelers, Beeston. Club ten every Thursday night, April to August, out on the A60 past Bunny. Results done on a clipboard and two stopwatches, then I type them up at home. Takes us till gone eleven. Want a command-line thing for the club laptop.",
      walkthrough:
        "Riders go off at one-minute intervals. Start time off the start sheet, finish time off the timing app on me phone, ride time's the difference. Somebody late to the line still gets timed from their start time, their hard luck. DNF if they pack.\n\n£3 entry, juniors under 18 free.\n\nResults fastest first. Then the age standards: every vet's ride against the VTTA standard for their age, plus or minus, best on standard wins that. Handicap: your handicap's your best this season take off the fastest best in the club, ride time minus handicap, lowest wins. Season points, 15 for first down to 1 for fifteenth, and anybody marshalling gets 5. Some of 'em get right mardy if they int on it.\n\nThen it wants an HTML page for the club website. Simple as.",
      commands:
        "Our lass's nephew says: tt event add --date 2024-05-09 --course A60. tt start <file> --event 12 for the start sheet. tt finish <file> --event 12 reads the finish times off the app. tt results --event 12, and tt results --event 12 --html for the website. tt standards --event 12. tt handicap --event 12. tt points --season 2024.",
      things:
        "Riders: name, date of birth, club, junior. Events: date, course, distance. Rides: rider, event, start time, finish time, DNF. Marshals: rider, event. Courses: name, distance. Each ride's one rider in one event.",
      thingsChange:
        "Tek the club off riders, they're all ours bar the odd one. Put their sex on instead, standards int the same for the women.",
      extras: ["Club kit orders, nowt to do with it. Club dinner, leave it out.", "No. Ta-ra, duck."],
      tech: "He says Python. Keep it in a file on the laptop, no internet in the layby.",
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
        "one-minute intervals",
        "ride time finish start",
        "late start time",
        "DNF",
        "£3 entry juniors free",
        "fastest first",
        "VTTA standard age plus minus",
        "handicap best this season fastest",
        "points 15 first 1 fifteenth",
        "marshalling 5",
        "HTML page website",
      ],
      tables: [
        { name: "riders", fields: ["name", "date of birth", "junior", "sex"] },
        { name: "events", fields: ["date", "course", "distance"] },
        { name: "rides", fields: ["rider", "event", "start time", "finish time", "DNF"] },
        { name: "marshals", fields: ["rider", "event"] },
        { name: "courses", fields: ["name", "distance"] },
      ],
      excluded: ["kit", "dinner"],
      background: ["clipboard", "stopwatch"],
      stack: ["Python"],
      commands: [
        "event add",
        "start",
        "finish",
        "results",
        "standards",
        "handicap",
        "points",
        "--date",
        "--course",
        "--event",
        "--html",
        "--season",
      ],
    },
  },
  {
    id: "isabel-turtle-rangers",
    who: "The ranger coordinator of a community marine conservation area on Isabel, Solomon Islands, in Solomon Islands English coloured by Pijin: a phone app for the 14 rangers on the nesting beaches where there is no network, used offline and sent when the canoe reaches signal at Buala, two rangers on every night patrol and never one alone, every nest with a numbered stick, the eggs counted and the GPS from the phone, a nest below the high tide mark moved up the beach within 12 hours and marked moved, a turtle without a tag tagged on the flipper and her shell measured, a tagged one's tag number written, every nest dug after 60 days and the hatched and unhatched eggs counted, a dug nest or a killed turtle reported with a photo that the coordinator sees first when the phones sync, SBD$150 a ranger for each night patrol and the patrols each ranger did in the month, the monthly report for the Ministry and the NGO of nests by beach and species and how many hatched; records after dashes on lines, each nest belonging to one beach; exercise books today; the giant clam farm 'nomoa', the tourists 'we don't need that in this app'; Android; the turtle added to every nest at the review",
    says: {
      overview:
        "Halo! My name is Rosie Kolosa, I am the ranger coordinator for our community marine conservation area on Isabel, three villages together. We have 14 rangers and they patrol the nesting beaches for the hawksbill turtles, olketa lay eggs from October go kasem February. Before, plenty people dig the eggs and sell the shell, but now the chiefs and the community agree to protect them. The rangers write everything in exercise books, then the books get wet in the canoe or the pages lost, and when the NGO ask for the numbers we cannot give them properly, hem no good tumas. We want an app on the phone for the rangers. But at the beaches no network at all, only when the canoe reach Buala the phone get signal.",
      walkthrough:
        "Every night in the season two rangers go patrol one beach, never one ranger alone, it is dangerous at night. When they find a turtle laying, they count the eggs if they can, they put a stick with a number next to the nest, and the phone takes the GPS. If the nest is below the high tide mark, they must move the eggs up the beach the same night, before 12 hours, and the app must say that nest was moved.\n\nIf the turtle has no tag, they put a tag on the flipper and measure the shell, the length. If she already has a tag, they write the tag number, so we know she come back.\n\nAfter 60 days the rangers dig the nest and count how many hatched and how many eggs no hatch. If they find a nest dug or a turtle killed, they make a report with a photo, and I must see it first thing when the phones sync.\n\nEach ranger get SBD$150 for each night patrol, so at the end of the month I need how many patrols each ranger did. And every month the report for the Ministry and the NGO: how many nests on each beach, each species, and how many hatched. Hem nao.",
      things:
        "- Rangers: name, village, phone\n- Beaches: name, village\n- Patrols: date, beach, rangers\n- Nests: beach, stick number, date, species, eggs, GPS, moved\n- Turtles: tag number, species, shell length\n- Nest checks: nest, date, hatched, not hatched\n- Incidents: date, beach, what happened, photo\nEach nest belong to one beach, and one beach get plenty nests.",
      extras: [
        "The giant clam farm in the village is another project, nomoa. And the tourists who come to see the turtles, lelebet only, we don't need that in this app.",
        "No, that's all. Tagio tumas!",
      ],
      tech: "Android, all the rangers get Android phones from the NGO.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Me and the 14 rangers log in. The NGO only gets the report from me.",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    atReview: [
      "One more samting: put the turtle on the nest too, the tag number of the turtle who lay it, if we know her. Hem nao, tagio tumas.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "two rangers never alone",
        "count eggs stick number",
        "GPS nest",
        "below high tide move 12 hours",
        "tag flipper measure shell",
        "60 days hatched",
        "report photo",
        "SBD$150 night patrol",
        "patrols each ranger month",
        "nests each beach species hatched",
      ],
      tables: [
        { name: "rangers", fields: ["name", "village", "phone"] },
        { name: "beaches", fields: ["name", "village"] },
        { name: "patrols", fields: ["date", "beach"] },
        {
          name: "nests",
          fields: ["beach", "stick number", "date", "species", "eggs", "GPS", "moved", "turtle"],
        },
        { name: "turtles", fields: ["tag number", "species", "shell length"] },
        { name: "nest checks", fields: ["nest", "date", "hatched"] },
        { name: "incidents", fields: ["date", "beach", "photo"] },
      ],
      excluded: ["clam", "tourist"],
      background: ["exercise book"],
      stack: ["Android"],
    },
  },
  {
    id: "boyle-heights-mariachi",
    who: "The leader of a mariachi group that plays out of Mariachi Plaza in Boyle Heights, in Chicano English, a line or two at a time: a website where clients book the group and the musicians see their gigs, a serenata of five songs at $400, parties at $850 an hour with two hours at least on Saturdays, serenatas only on May 10 at $600, a 50% deposit by Zelle to hold the date, $100 more past 25 miles from the Plaza, no deposit for a funeral, no musician on two gigs at the same time, every musician $120 a gig, a text the day before with the address, the songs the client wants on the gig; records told in sentences, every gig for one client; a notebook and his phone today; the charro suits 'leave it', the CDs 'don't even trip'; Rails and Postgres; the email taken off the clients and the parking added to the gigs after 'Change something' at 'Your data'",
    says: {
      overview:
        "Whats up. Beto Villalobos. I got a mariachi, Mariachi Los Gallos de Boyle Heights, we play out of Mariachi Plaza. Need a website for the bookings, for reals.",
      more: "Right now it's a notebook and my phone. People call, people walk up to us at the Plaza. Last Mother's Day I had two serenatas at the same time across town, my 'amá was like mijo, what did you do.",
      walkthrough:
        "A serenata is five songs, $400.\nParties, quinceañeras, weddings, $850 an hour. Saturdays two hours minimum, that's our big day.\nMay 10 everybody wants us, so that day it's serenatas only, $600.\nThey pay 50% by Zelle to hold the date.\nMore than 25 miles from the Plaza it's $100 extra.\nFunerals, no deposit. That's respect, simón.\nSame musician can't be on two gigs at the same time, obviously.\nEvery musician gets $120 a gig, I gotta see what I owe each guy.\nDay before, the client gets a text with the address so nobody gets lost.\nAnd they tell us the songs they want, Las Mañanitas, El Rey, Hermoso Cariño, that goes on the gig.",
      things:
        "Clients got a name, phone and email. The gigs got the client, the date, the time, the address, what kind, how many hours, the price and the deposit. The musicians, name, instrument, phone. Then the lineup, that's the gig and the musician, who's playing what. And the songs, the gig and the song they want. Every gig is for one client, a client can book us every year, the same señora books us for her mom every May.",
      thingsChange:
        "Nel, take the email off the clients, nobody checks email. Put the parking on the gigs, where we leave the van, parking over here is the worst.",
      extras: [
        "The charro suits, my compadre rents those out, leave it. The CDs we sell at the Plaza, don't even trip, not in this.",
        "Nah that's it. Gracias, homie.",
      ],
      tech: "My sobrino does Rails at his job, so Rails and Postgres.",
    },
    picks: {
      Kind: "Web app",
      Accounts: "Me and the guys in the group log in. Clients just book.",
      Technology: "I have preferences",
      "Back end": "Ruby on Rails",
      Database: "Postgres",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "serenata five songs $400",
        "$850 an hour",
        "Saturdays two hours minimum",
        "May 10 serenatas $600",
        "50% Zelle",
        "25 miles $100",
        "funerals no deposit",
        "musician two gigs same time",
        "$120 a gig",
        "text day before address",
        "songs they want",
      ],
      tables: [
        { name: "clients", fields: ["name", "phone"] },
        {
          name: "gigs",
          fields: ["client", "date", "time", "address", "kind", "hours", "price", "deposit", "parking"],
        },
        { name: "musicians", fields: ["name", "instrument", "phone"] },
        { name: "lineups", fields: ["gig", "musician"] },
        { name: "songs", fields: ["gig", "song"] },
      ],
      excluded: ["suit", "CD"],
      background: ["notebook"],
      stack: ["Rails", "Postgres"],
    },
  },
  {
    id: "lehi-bounce-rentals",
    who: "A woman who runs a bounce house rental business with her husband out of their garage in Lehi, in Utah English, rambling: a website where people see what is free, book an inflatable for a date and pay the deposit, and the boys see their deliveries, bounce houses at $150 a day, combos at $200 and water slides at $225, delivery free within 15 miles of Lehi and $2 a mile after, a $50 deposit and the rest at delivery, no deliveries on Sundays, water slides only May through September, sandbags at $25 more on concrete or asphalt, no setup without the waiver signed online, no setup in wind over 15 miles an hour and a new day or everything back, a text the day before with a two-hour window, every unit marked cleaned and sanitized before it goes out again; records after colons on lines, every booking for one customer and one inflatable; a paper calendar on the fridge, texts and Facebook messages today; the cotton candy and snow cone machines 'don't put those in', the church trunk-or-treat 'that doesn't go in'",
    says: {
      overview:
        "Hi!! Okay so I'm Kaylee Christensen and my husband Tanner and I run Jump Jam Rentals out of our garage in Lehi. We do bounce houses and water slides for birthday parties and ward activities and stuff all over Utah County, like from Lehi down to Spanish Fork. It started as kind of a side thing and now, oh my heck, it's crazy, we have 14 inflatables and every Saturday in the summer we're booked solid. Right now everything is on a paper calendar on the fridge and in my texts and Facebook messages, and last June we double-booked the castle for two birthday parties on the same Saturday and I had to call one of the moms and tell her. She was so mad, like, fair, but I literally cried in the car. So I want a website where people can see what's free and book it and pay the deposit, and Tanner and the boys can see where they're driving.",
      walkthrough:
        "So you pick the inflatable and the date. Bounce houses are $150 for the day, the combos with the little slide built in are $200, and the big water slides are $225. Delivery is free within 15 miles of Lehi, and after that it's $2 a mile, because gas, you know? You pay a $50 deposit to hold it and the rest when we deliver. We don't deliver on Sundays, period, so Sunday just shouldn't even be able to be picked.\n\nThe water slides are only May through September, nobody wants to get wet in March up here, it's freezing. We set up on grass and we stake it. If it's concrete or asphalt we have to use sandbags, and that's $25 extra. Every customer has to sign the waiver online before we come, and if it's not signed the boys don't set it up, I don't care how cute the birthday kid is.\n\nIf the wind is over 15 miles an hour we can't set up, it's not safe, those things fly, seriously, what the flip. Then they can move it to another day or get the whole thing back, deposit and everything. The day before, they get a text with a two-hour window for when we're coming. And after every party the boys have to mark the unit cleaned and sanitized, and it can't go out again till it's marked, because some of those kids, oh my heck, you do not want to know what we find in there.",
      things:
        "Customers: name, phone, email, address\nInflatables: name, type, price, size\nBookings: customer, inflatable, date, party address, surface, deposit, waiver signed\nCleanings: inflatable, date, who cleaned it\nEvery booking is for one customer and one inflatable, if they want two it's two bookings.",
      extras: [
        "Oh and we used to do cotton candy and snow cone machines, but those were a nightmare, so don't put those in, we're done with them. And the trunk-or-treat at our church, we just donate a bounce house for that, so no, that doesn't go in.",
        "Nope, that's everything! Thanks a ton, you guys are the best!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Tanner log in and see everything, and the boys log in to see their deliveries and mark stuff cleaned. Customers don't need an account, they just book.",
    },
    expect: {
      kind: "web app",
      features: [
        "bounce houses $150",
        "combos $200",
        "water slides $225",
        "free within 15 miles",
        "$2 a mile",
        "$50 deposit",
        "deliver Sundays",
        "water slides May through September",
        "concrete asphalt sandbags $25",
        "waiver signed",
        "wind 15 miles an hour",
        "text two-hour window",
        "cleaned sanitized",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "email", "address"] },
        { name: "inflatables", fields: ["name", "type", "price", "size"] },
        {
          name: "bookings",
          fields: ["customer", "inflatable", "date", "party address", "surface", "deposit", "waiver signed"],
        },
        { name: "cleanings", fields: ["inflatable", "date"] },
      ],
      excluded: ["cotton", "cone", "trunk"],
      background: ["fridge", "Facebook"],
    },
  },
  {
    id: "nyagatare-milk-service",
    who: "The manager of a dairy cooperative with three milk collection centres in Nyagatare, in formal Rwandan English: a service without screens that the farmers' USSD menu, the collection centres' tablet application and the SACCO call, milk received only from 6 to 9 in the morning and 16 to 18 in the evening, every delivery measured in litres with the lactometer and the alcohol test, milk under 26 on the lactometer or failing the alcohol test rejected and recorded but never paid, 350 RWF a litre and 10 RWF a litre taken from members for the cooperative, an SMS after every delivery with the litres and the period's total, payment on the 1st and the 16th by MTN Mobile Money or the SACCO account, an advance asked on the USSD of never more than 50 percent of the period's milk and taken off at payment, the month's report for RAB of litres a day at each centre and litres rejected; numbered records, each delivery belonging to one farmer and each farmer to one centre; the collectors' notebooks today; artificial insemination and veterinary services 'not concerned by this service', the Girinka cows 'managed by the sector, not us'; NestJS with PostgreSQL; the national ID number added to the farmers at the review",
    says: {
      overview:
        "Good morning. My name is Jean Bosco Habimana, I am the manager of a dairy cooperative in Nyagatare, in the Eastern Province. We have around 600 farmer members and three milk collection centres. At the moment every delivery of milk is written in the notebook of the collector, and at the end of the period our accountant sits with the notebooks to calculate the payment of each farmer. It takes him four days, and there are always complaints. We are now in the process of digitalising. A company in Kigali is making a USSD menu for the farmers, and the collection centres will have a tablet application. What we need is the service behind, which both of them will call. It has no screens of its own.",
      walkthrough:
        "Allow me to explain how the collection is done. Farmers bring the milk in the morning between 6 and 9, and in the evening between 16 and 18. Outside those hours no milk is received. At each delivery the collector measures the litres and does two tests, the lactometer and the alcohol test. When the lactometer reading is below 26, it means water was added to the milk, and the milk is rejected. When the alcohol test fails, the milk is also rejected. Rejected milk is recorded, but it is not paid.\n\nThe price is 350 RWF per litre. For members, 10 RWF per litre is deducted as the contribution to the cooperative. After each delivery the farmer must receive an SMS with the litres received and the total of the period so far.\n\nPayments are done two times in the month, on the 1st and on the 16th, through MTN Mobile Money or to the account at the SACCO, as the farmer chooses. During the period a farmer may ask for an advance through the USSD, but it cannot exceed 50 percent of the value of the milk he has already delivered in that period, and it is deducted at the payment.\n\nAt the end of every month the service must give the report for RAB: the litres collected per day at each centre, and the litres rejected.",
      things:
        "1. Farmers: names, phone number, village, member or not, Mobile Money or SACCO, account number.\n2. Collection centres: name, sector, collector.\n3. Deliveries: farmer, centre, date, morning or evening, litres, lactometer, alcohol test, rejected.\n4. Advances: farmer, date, amount.\n5. Payments: farmer, period, litres, amount, deductions, date paid.\nEach delivery belongs to one farmer, and each farmer belongs to one collection centre.",
      extras: [
        "The artificial insemination and the veterinary services are not concerned by this service. The distribution of the Girinka cows is also managed by the sector, not us.",
        "That is all. Murakoze cyane.",
      ],
      tech: "Our developer in Kigali proposes NestJS with PostgreSQL.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No persons log in. The USSD company, the tablet application and the SACCO will each have their own key.",
      Technology: "I have preferences",
      "Back end": "Node.js with NestJS",
      Database: "PostgreSQL",
    },
    atReview: [
      "Before I approve, kindly add the national ID number to the farmers. The SACCO requires it to make the payment. Thank you.",
    ],
    expect: {
      kind: "api service",
      features: [
        "morning 6 9 evening 16 18",
        "lactometer below 26 rejected",
        "alcohol test rejected",
        "rejected not paid",
        "350 RWF per litre",
        "10 RWF members cooperative",
        "SMS litres total period",
        "1st 16th Mobile Money SACCO",
        "advance 50 percent",
        "deducted at the payment",
        "RAB litres per day centre rejected",
      ],
      tables: [
        {
          name: "farmers",
          fields: ["names", "phone number", "village", "member", "account number", "national ID number"],
        },
        { name: "collection centres", fields: ["name", "sector", "collector"] },
        {
          name: "deliveries",
          fields: ["farmer", "centre", "date", "litres", "lactometer", "alcohol test", "rejected"],
        },
        { name: "advances", fields: ["farmer", "date", "amount"] },
        { name: "payments", fields: ["farmer", "period", "litres", "amount", "deductions", "date paid"] },
      ],
      excluded: ["insemination", "veterinary", "Girinka"],
      background: ["notebook"],
      stack: ["NestJS", "PostgreSQL"],
    },
  },
  {
    id: "delmas-dlo-livrezon",
    who: "A woman who runs a treated water shop in Delmas 33, Port-au-Prince, in Haitian Creole: a phone app for her and her three moto drivers over Digicel and Natcom data, a five-gallon jug at 75 gourdes at the shop and 100 delivered, a 500 gourde deposit on the empty jug the first time and given back with the jug, subscribers at 4 jugs a week for 1,400 gourdes a month paid at the start of the month, no more than 6 jugs on a moto a trip, no moto sent out after 6 in the evening and later orders left for the next morning, every driver seeing his own orders and marking them delivered and paid in cash or MonCash, every driver's money to hand in shown at night, no water sold until the morning chlorine test is good; records after colons on lines, every order for one client; a kaye (notebook) and WhatsApp today; her brother's ice shop 'kite l deyò', the water sachets 'pa mete sa ladan l'; the moto's plate number added to the drivers at the review",
    says: {
      overview:
        "Bonjou! Mwen rele Marie-Ange Pierre, mwen gen yon ti biznis dlo trete nan Delmas 33, Dlo Klè. Nou vann dlo nan galon senk galon: moun yo vin achte nan depo a, oswa nou voye livrezon lakay yo ak twa mesye ki gen moto. Kounye a se nan yon kaye mwen ekri tout kòmand yo, moun yo rele m oswa yo voye WhatsApp, epi chak swa mwen pa janm konnen konbyen kòb chak chofè dwe remèt mwen. Mwen vle yon aplikasyon sou telefòn pou mwen menm ak chofè moto yo. Nou gen Digicel ak Natcom, entènèt la bon nan zòn nan.",
      walkthrough:
        "Yon galon dlo koute 75 goud nan depo a, 100 goud si nou livre l. Premye fwa yon kliyan pran galon, li peye 500 goud depo pou galon vid la, epi nou remèt li kòb la si li renmèt galon an. Gen kliyan ki abòne: 4 galon chak semèn pou 1,400 goud pa mwa, yo peye davans nan kòmansman mwa a.\n\nYon moto pa ka pote plis pase 6 galon nan yon vwayaj. Apre 6è diswa nou pa voye moto deyò ankò, zòn nan pa bon, kòmand ki rive apre sa ale pou demen maten. Chak chofè wè kòmand pa l sou telefòn li; lè li livre, li make l livre epi li make si kliyan an peye kach oswa MonCash. Nan aswè, kòb chak chofè dwe remèt la dwe parèt, konsa nou konte l devan l.\n\nChak maten operatè a teste klò nan dlo a anvan nou louvri. Si tès la pa bon, nou pa vann ditou jiskaske yo ranje l.",
      things:
        "Kliyan: non, telefòn, adrès, abòne oswa non\nKòmand: kliyan, dat, konbyen galon, livrezon oswa depo, peye, chofè\nChofè: non, telefòn\nGalon vid: kliyan, konbyen, depo\nTès dlo: dat, operatè, rezilta\nChak kòmand se pou yon sèl kliyan, men yon kliyan ka pase anpil kòmand.",
      extras: [
        "Ti boutik glas la bò depo a se pou frè m, kite l deyò. Sachè dlo yo tou, se lòt moun ki vann yo, pa mete sa ladan l.",
        "Non, se tout. Mèsi anpil, Bondye beni w!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "Mwen menm ak twa chofè yo konekte. Kliyan yo pa bezwen kont.",
    },
    atReview: [
      "Yon dènye bagay: mete nimewo plak moto a sou chofè yo tou, pou si gen pwoblèm nan lari a. Se tout, mèsi anpil.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "75 goud depo",
        "100 goud livre",
        "500 goud galon vid",
        "abòne 4 galon 1,400 goud",
        "6 galon vwayaj",
        "apre 6è diswa",
        "chofè make livre",
        "kach MonCash",
        "kòb chak chofè remèt",
        "tès pa vann",
      ],
      tables: [
        { name: "kliyan", fields: ["non", "telefòn", "adrès", "abòne"] },
        { name: "kòmand", fields: ["kliyan", "dat", "peye", "chofè"] },
        { name: "chofè", fields: ["non", "telefòn", "nimewo plak"] },
        { name: "galon vid", fields: ["kliyan", "depo"] },
        { name: "tès dlo", fields: ["dat", "operatè", "rezilta"] },
      ],
      excluded: ["glas", "sachè"],
      background: ["kaye", "WhatsApp"],
    },
  },
  {
    id: "namangan-toyxona",
    who: "The manager of a wedding hall in Namangan, in Uzbek (Latin letters, typed with apostrophes as most people type them): a website where families see the free days and book a hall and the office sees everything, two halls of 500 and 250 seats, an evening wedding at 150 000 so'm a guest with food and drinks and a morning osh at 60 000 so'm a guest from 6 to 9, one wedding a hall an evening but a morning osh allowed the same day, the big hall at weekends only for 300 guests or more, a 30 percent advance on booking and the rest 3 days before, half the advance back on a cancellation more than a month ahead and nothing after, no weddings in Ramadan, the wedding over at 23:00, the kitchen's list of the menu and portions 2 days before, an SMS to the family a week before, the month's report of weddings and money by hall; records after dashes inline, every booking belonging to one client; a big notebook (daftar) and Telegram today; the musicians and singers 'buni qo'shmang', the wedding cake 'kerak emas'; the passport number taken off the clients and the groom's and bride's names added to the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Assalomu alaykum! Mening ismim Akmal Yo'ldoshev, Namangan shahrida \"Oq saroy\" to'yxonasini boshqaraman. Bizda ikkita zal bor: katta zal 500 o'rinli, kichik zal 250 o'rinli. Hozir hamma buyurtmalar telefon va Telegram orqali keladi, men ularni bitta katta daftarga yozaman. O'tgan kuzda bir kunga, bitta zalga ikki oilaning to'yini yozib qo'yibmiz, ikkala oila ham taklifnomalarni tarqatib bo'lgan edi, tasavvur qiling. Shuning uchun sayt kerak: odamlar bo'sh kunlarni ko'rib, zalni o'zlari band qilsin, biz esa hammasini bir joyda ko'raylik.",
      walkthrough:
        "Ikki xil buyurtma bo'ladi: kechki to'y va nahorgi osh. Kechki to'y bir mehmonga 150 000 so'm, ovqat va ichimliklar bilan. Nahorgi osh bir mehmonga 60 000 so'm, ertalab soat 6 dan 9 gacha. Bir zalda bir kechada faqat bitta to'y bo'ladi, lekin o'sha kuni ertalab osh bo'lishi mumkin. Shanba va yakshanba kunlari katta zalni kamida 300 mehmonga beramiz.\n\nBand qilganda 30 foiz avans to'lanadi, qolgan pul to'ydan 3 kun oldin to'lanadi. To'yga bir oydan ko'p vaqt qolganda bekor qilsa, avansning yarmi qaytariladi, undan keyin qaytarilmaydi. Ramazon oyida to'y qabul qilmaymiz. To'y soat 23:00 da tugaydi, qonun shunaqa.\n\nTo'ydan 2 kun oldin oshxonaga ro'yxat kerak: qaysi menyu, nechta porsiya. To'ydan bir hafta oldin oilaga eslatma sifatida SMS borsin. Oy oxirida har bir zalda nechta to'y bo'lgani va qancha pul tushgani haqida hisobot kerak.",
      things:
        "Mijozlar — ism, familiya, telefon, pasport raqami. Zallar — nomi, o'rinlar soni. Buyurtmalar — mijoz, zal, sana, turi (to'y yoki osh), mehmonlar soni, menyu, avans. To'lovlar — buyurtma, sana, summa, naqd yoki karta. Menyular — nomi, narxi, taomlar. Har bir buyurtma bitta mijozniki, lekin bitta mijoz bir nechta buyurtma qilishi mumkin, masalan osh va to'y.",
      thingsChange:
        "Mijozlardan pasport raqamini olib tashlang, kerak emas. Buyurtmalarga kuyov va kelinning ismini qo'shing, zal eshigiga yozib qo'yamiz.",
      extras: [
        "Karnay-surnay, xonandalar, musiqachilar bilan oila o'zi kelishadi, buni qo'shmang. To'y torti ham boshqa joydan buyurtma qilinadi, kerak emas.",
        "Yo'q, shu. Katta rahmat!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Men, buxgalter va ikki administrator kiramiz. Mijozlar akkauntsiz band qiladi.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "kechki 150 000 mehmon",
        "nahorgi osh 60 000",
        "bir zalda bitta",
        "shanba yakshanba 300",
        "30 foiz avans",
        "3 kun oldin",
        "avansning yarmi",
        "Ramazon",
        "23:00",
        "oshxonaga ro'yxat 2 kun",
        "SMS bir hafta",
        "hisobot zal pul",
      ],
      tables: [
        { name: "mijozlar", fields: ["ism", "familiya", "telefon"] },
        { name: "zallar", fields: ["nomi", "o'rinlar soni"] },
        {
          name: "buyurtmalar",
          fields: ["mijoz", "zal", "sana", "turi", "mehmonlar soni", "menyu", "avans", "kuyov"],
        },
        { name: "to'lovlar", fields: ["buyurtma", "sana", "summa"] },
        { name: "menyular", fields: ["nomi", "narxi", "taomlar"] },
      ],
      excluded: ["xonanda", "tort", "karnay"],
      background: ["daftar", "Telegram"],
    },
  },
];
