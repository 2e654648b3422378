import type { Persona } from "../persona-driver.js";

/**
 * The forty-fourth round, held out: written without reading the interviewer and before
 * any spec was made from these people's words, and never run or tuned on before its first
 * unseen run. What each person expects was written from what they said, as a fair human
 * reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines, in brackets inline, or told in sentences ("What I need to
 * keep is the members …", "Fi every dancer mi need …", "ລົດແຕ່ລະຄັນ ຈົດ …"). Eight write in
 * English, each in their own English and their own register, none of them used before
 * (every round-*.ts and held-out.ts was searched, their doc comments and every `who`: the
 * Welsh English of west Wales was used and Welsh itself was written, and Bristolian and
 * Somerset English across the water, the city English of Cardiff was not; Minnesotan
 * English and the Yooper English of the Upper Peninsula were used, the English of
 * Wisconsin was not; the Chicago English of the South Side, Oakland English and Atlanta
 * English were used, the English of Detroit was not; Tamil was written (in Velachery) and
 * the Englishes of Bengaluru, Hyderabad, Mumbai and Kolkata were used, the English of
 * Chennai was not; Sarawak English, Brunei English and the Malaysian-Chinese English of
 * Penang were used and Malay was written, the English of Sabah was not; Hebrew and Yiddish
 * were written and Yeshivish English was used, the English of Israelis was not; the South
 * Sudanese English of Juba, the Egyptian English of Cairo and the Eritrean English of
 * Asmara were used, the English of Sudan was not; the Limón Creole English of Costa Rica,
 * the Bay Islands English of Honduras, the Raizal Creole English of San Andrés and
 * Belizean English were used, the Creole English of Nicaragua's Caribbean coast was not):
 * the Cardiff English of Splott, in long paragraphs ("Alright butt", "tidy", "tamping",
 * "by there", "now in a minute", "mind", "Lush", "leave that by there", "nothing to do with
 * us", "Diolch, cheers now"), the Wisconsin English of Sheboygan County, in between
 * ("ainna", "Ope, real quick", "Come here once", "up north", "ya know", "brandy old
 * fashioneds", "that's my brother Ron's deal, not ours", "we don't wanna get into that",
 * "Thanks a bunch, see ya then"), the Detroit English of the east side, in lower-case
 * fragments ("what up doe", "my auntie", "off gratiot", "jb skaters", "the d", "ate up",
 * "jits", "bogus", "aight", "pop", "straight up", "leave that alone", "thats her business
 * not ours", "preciate you doe"), the English of Chennai, in between ("Vanakkam", "auto
 * anna", "simply", "the meter rate itself", "aiyo", "semma scene", "machan", "da", "not for
 * this library", "don't put that, it will become headache", "nandri"), the Sabahan
 * English of Kundasang, in between ("Kopivosian", "sia", "bah", "kio", "macam", "bilang",
 * "ndak boleh", "ndak kasi naik", "punya", "ndak payah", "Kotohuadan"), the English of an
 * Israeli developer, in lower-case fragments ("my aba", "on a moshav", "erev chag",
 * "balagan", "tachles", "lol", "lo shayach here", "not ours", "todah, chag sameach"), the
 * Sudanese English of Gedaref, in short plain sentences ("Salam alaikum", "the assara",
 * "the ambaz", "the souq", "Wallahi", "inshallah", "Bankak", "That is his work, not ours",
 * "Leave it, ya zol", "Shukran, Allah yabarik fik") and the Creole English of Bluefields
 * with its Spanish, in between ("Gud evenin", "mi", "unu", "di dancer dem", "inna", "pon",
 * "haffi", "nuh", "pikni", "la Alcaldía", "C$", "dat a la Alcaldía business, no fi wi",
 * "leave dat out", "God bless unu, Mayo Ya!"). One writes in Kannada (never used before:
 * the English of Bengaluru with its Kannada words was written once, the Kannada language
 * and its script never; as the manager of a Yakshagana troupe near Kundapura types it,
 * with the English words Kannadigas really mix in: "ಮ್ಯಾನೇಜರ್", "ಬುಕ್ಕಿಂಗ್", "ಡೈರಿ",
 * "ಡೇಟ್", "ವೆಬ್ ಸೈಟ್", "ಸೀಸನ್", "ಅಡ್ವಾನ್ಸ್", "ಕ್ಯಾನ್ಸಲ್", "ಲೈಟ್", "ಸೌಂಡ್", "UPI", "SMS",
 * "ಲಾಗಿನ್", "ಅದು ಅವರದ್ದು, ನಮ್ಮದಲ್ಲ", "ಅದನ್ನು ಇದರಲ್ಲಿ ಹಾಕಬೇಡಿ", "ತುಂಬಾ ಧನ್ಯವಾದಗಳು"), and
 * one in Lao (never used before: Thai was written once in its script, Lao and the Lao
 * script never; as a woman who rents out motorbikes in Luang Prabang types it, with the
 * spaces Lao typists put between sentences and the words Lao people really mix in:
 * "ແອັບ", "ຄອມ", "ພາສປອດ", "ອໍໂຕ", "ເກຍ", "ຟຣີ", "ໃບບິນ", "ລັອກອິນ", "BCEL One",
 * "WhatsApp", "ບໍ່ແມ່ນຂອງພວກເຮົາ", "ບໍ່ຕ້ອງໃສ່", "ຂອບໃຈຫຼາຍໆເດີ").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Sheboygan supper club (open Wednesday to Sunday 4:30 to 9, reservations only for 6
 * or more, the Friday fish fry cod at $17.95 and perch at $21.95, takeout ordered by 3 and
 * picked up 4:30 to 7, 40 prime ribs a Saturday at $32 and $38 held when reserving, kids
 * under 10 half price, the party room for 20 to 40 with a $100 deposit not given back
 * under 2 weeks, shut Christmas Eve, Christmas Day and all of March, a text the day
 * before), a Kinabalu climbing agency (2 days 1 night, RM 1,650 for foreigners and RM 850
 * for Malaysians, a guide for every 5, 10 beds a night at Laban Rata, off from Timpohon
 * Gate before 11, turned back at Sayat-Sayat after 5.30, 10 years at least, paid in full 30
 * days before and no refund after, a new date or the money back when the park shuts the
 * trail, porters RM 14 a kilo and 10 kilos a bag, a message 2 days before) and a
 * Kundapura Yakshagana troupe (after Deepavali to the 25th of May, one show a night from
 * 9.30 to 6, ₹60,000 within 50 kilometres and ₹75,000 beyond, ₹10,000 advance not given
 * back, the rest before the chowki puja, 30 days ahead, no more than two shows a village a
 * season, supper for 45 from the hosts, only stories from the list, an SMS 2 days before);
 * phone apps for a Bluefields Palo de Mayo dance group (practice Tuesday and Thursday 6 to
 * 8, C$ 100 dues a month February to May, all dues paid before the costume, the costume
 * C$ 1,500 shared half and half, 14 and up for the Tulululu, C$ 5,000 for 30 minutes, a
 * week ahead with half to hold the date, 40% to the group box and the rest shared, never
 * on Sunday morning, a message the day before) and a Luang Prabang motorbike rental (an
 * automatic 150,000 kip and a manual 120,000 kip a day, 10% off from 7 days, no licence no
 * bike, a passport or 3,000,000 kip as deposit, back before 6 pm or another day, 30,000 kip
 * when not full, 2 helmets free, never to Vang Vieng or out of the province, photos out and
 * back with damage paid by the customer, cash or BCEL One, the bill by WhatsApp); programs
 * on an offline computer for a Splott snooker hall (11 to midnight but Christmas Day, £8
 * an hour snooker and £6 pool with £2 off for members, half hours and the extra half hour
 * paid going out, £20 a year from the 1st of September, no under-16s after 7 and never
 * without an adult, tables 1 to 6 kept for the league Tuesday and Thursday 7 to 11, 2
 * hours at most at the weekend, the table gone 15 minutes late, cue lockers £30 a year,
 * the takings per table at night) and a Gedaref sesame oil mill (October to January,
 * pressing at 3,000 pounds a sack with the oil the farmer's and the ambaz the mill's, the
 * day's price written every morning, nothing over 5% dirt and stones, 4 and 20 litre
 * jerrycans at 28,000 and 130,000 pounds, 5% off from 10 jerrycans, the ambaz 15,000 a
 * sack, Saturday to Thursday, cash or Bankak, the day printed every evening); a service
 * without screens, in Express on Node with Postgres, that a Detroit roller rink's app and
 * door tablet call (adult night Tuesday 8 to 12 for 21 and up, teen night Friday 7 to 11
 * for 13 to 17, kids and all-ages Saturday, family Sunday, $10 and $15 on adult night,
 * under 5 free with a paying adult, skates $5 and speed skates $8, no ID no entry, $250
 * parties for 15 kids and $14 each more, $100 deposit 7 days ahead and back only 72 hours
 * before, 300 in the building, no outside food, a text the day before); a Kotlin library
 * for a Chennai auto drivers' union's fares (₹50 for the first 1.8 km, ₹18 a km by the 100
 * metres, waiting free 3 minutes and then ₹1.50 a minute, 50% more from 11 pm to 5 am,
 * ₹10 a big suitcase, ₹30 parking at the airport or Central with no night extra, one and a
 * half times outside the city limit, ₹25 to the driver on a late cancel, rounded to the
 * rupee, every line on the receipt); and a command-line tool in Python with SQLite for a
 * moshav carpenter's sukkot (built only between Yom Kippur and erev Sukkot and taken down
 * within 10 days after Simchat Torah, four sizes from 1,800 to 3,500 shekel, no sukkah under
 * a roof, 8 a day a team and 3 teams, 500 shekel deposit by Bit, orders closed 2 weeks
 * before Rosh Hashana, Netanya to Hadera only, storage 250 shekel a year, lights 120, an
 * SMS the day before), with commands and flags. The Detroit developer and the Israeli
 * developer answer in lower-case fragments, the Splott snooker hall owner and the
 * Kundapura manager in long paragraphs, the Gedaref miller and the Luang Prabang rental
 * owner in short plain sentences, the others in between.
 *
 * Relations said plainly ("Every booking is for one table, mind, and every locker is one
 * member's", "every reservation is for one customer and so is every fish fry order",
 * "every ticket is for 1 session n every party is 1 customer", "Every climber is in one
 * booking", "every order is for 1 customer, every build is for 1 order", "Every sale is
 * for one customer", "Every due is fi one dancer", "ಪ್ರತಿ ಬುಕ್ಕಿಂಗ್ ಒಂದು ರಾತ್ರಿಯ ಒಂದು
 * ಆಟ, ಅದು ಒಬ್ಬ ಸಂಘಟಕರದ್ದು", "ການເຊົ່າແຕ່ລະເທື່ອ ແມ່ນລົດຄັນດຽວ ຂອງລູກຄ້າຄົນດຽວ"); allowed
 * values in brackets (a session's type, a ticket's skate rental, a party room yes or no)
 * and in the lists and sentences themselves (snooker or pool, cash or card, cod or perch, pressed or bought, cash or
 * Bankak, balcony or garden, UPI ಅಥವಾ ನಗದು, ອໍໂຕ ຫຼື ເກຍ); background in a big diary and a
 * tin for the cash, a reservation book and a spike, a sign-up sheet, a cash box and
 * Facebook messages, a printed fare chart and bargaining, a Facebook page and a calendar
 * on the wall, a notebook and a WhatsApp group, a copybook and receipts by hand, an
 * exercise book and WhatsApp, a ಡೈರಿ and a ປື້ມ; technology named as Express on Node with
 * Postgres, Kotlin, Python with SQLite, and none at all by seven of them; "no" said as
 * "nothing to do with us", "leave that by there, butt", "that's my brother Ron's deal, not
 * ours", "we don't wanna get into that", "leave that alone", "thats her business not
 * ours", "not for this library", "don't put that, it will become headache", "ndak payah
 * put", "not ours", "lo shayach here", "That is his work, not ours", "Leave it, ya zol",
 * "no fi wi", "leave dat out", "ಅದು ಅವರದ್ದು, ನಮ್ಮದಲ್ಲ", "ಅದನ್ನು ಇದರಲ್ಲಿ ಹಾಕಬೇಡಿ",
 * "ບໍ່ແມ່ນຂອງພວກເຮົາ", "ບໍ່ຕ້ອງໃສ່"; while rules keep their "no" ("except Christmas Day",
 * "nobody else can book them", "no refund if they cancel", "no id no entry", "no outside
 * food or drinks", "no night extra on that", "no summit", "no refund", "we dont build",
 * "we dont go", "we do not take it", "Friday is closed", "Wi nuh dance pon Sunday
 * morning", "ಅಡ್ವಾನ್ಸ್ ವಾಪಸ್ ಕೊಡುವುದಿಲ್ಲ", "ಪ್ರಸಂಗ ನಾವು ಆಡುವುದಿಲ್ಲ", "ພວກເຮົາບໍ່ໃຫ້ເຊົ່າ",
 * "ຫ້າມຂີ່ໄປວັງວຽງ").
 *
 * The Sheboygan supper club owner takes the email off the customers and puts high chairs
 * on the reservations, the Bluefields group leader takes the mother or father off the
 * dancers and puts costume paid on them, and the Luang Prabang rental owner takes the
 * country off the customers and adds the damages (ຄວາມເສຍຫາຍ), each after "Change
 * something" at "Your data"; the Splott snooker hall owner renames the lockers cue lockers,
 * the Kundasang agency owner puts the emergency contact on the climbers, the Gedaref
 * miller takes the shop off the customers and the Kundapura manager puts the distance
 * (ದೂರ) on the bookings, each at the review. Kannada and Lao are compared by their own
 * letters, so their expected words are in the forms the person used (as "50 ಕಿಲೋಮೀಟರ್
 * ಒಳಗೆ ₹60,000", "ಕ್ಯಾನ್ಸಲ್ ಅಡ್ವಾನ್ಸ್ ವಾಪಸ್ ಕೊಡುವುದಿಲ್ಲ", "ລົດອໍໂຕ ມື້ລະ 150,000 ກີບ"); every
 * expected feature was checked to be in one sentence the person said (a Lao sentence here
 * is a line, as she ends each rule with a new line), and the excluded words of all ten were
 * checked not to read like anything they want (not "parties" for the Packer parties, when
 * the party room is wanted, but "Packer"; not "builds" for the pergolas the father builds,
 * when the builds are records, but "pergola"; not "Palo de Mayo" for the Miss Palo de Mayo
 * beauty queen, when the group is a Palo de Mayo group, but "queen"; not "ລົດ" for the
 * tuk-tuks, when the motorbikes are the records, but "ຕຸກຕຸກ").
 */
export const FORTY_FOURTH_ROUND: Persona[] = [
  {
    id: "splott-snooker-hall",
    who: "A man who runs the snooker hall over the shops on Splott Road in Cardiff that his father opened in 1979, twelve snooker tables and four pool tables, in the Cardiff English of Splott, in long paragraphs ('Alright butt', 'tidy', 'tamping', 'by there', 'now in a minute', 'mind', 'Lush', 'leave that by there', 'nothing to do with us', 'Diolch, cheers now'): a program on the computer behind the counter, off the internet because there is no wifi worth having, open every day 11 in the morning till midnight except Christmas Day, a snooker table £8 an hour and a pool table £6 an hour with members £2 an hour less, booked in half hours and the extra half hour paid on the way out, membership £20 a year from the 1st of September, nobody under 16 after 7 at night and under 16s only with an adult, tables 1 to 6 kept for the league on Tuesday and Thursday from 7 till 11, no more than 2 hours in one go at the weekend, the table given to the next one waiting 15 minutes after the time, 40 cue lockers at £30 a year, the takings per table at the end of the night; records told in sentences ('What I need to keep is the members …') with snooker or pool and cash or card told in them, every booking for one table and every locker one member's; a big diary on the counter and a tin for the cash today; the fruit machine 'nothing to do with us', the pub downstairs 'leave that by there, butt'; the lockers renamed cue lockers at the review",
    says: {
      overview:
        "Alright butt. Rhys Jenkins, I've got the snooker hall up over the shops on Splott Road, my father opened it in 1979 and I've had it since he packed up. Twelve full-size snooker tables and four pool tables, and a good crowd of regulars, tidy. Everything goes in a big diary on the counter and the money in a tin for the cash, and to be honest with you it's a shambles. Saturday before last I had table 3 booked twice for the same hour, once by me and once by my nephew, and one of the boys was that tamping he walked out and took his whole league team over to the club in Canton with him. So I want something on the computer behind the counter, nothing fancy, just tidy.",
      more: "There's no wifi up there worth having and the signal in the building is rubbish, so it's got to be on the computer by there, not on the internet. I've been saying I'll sort it now in a minute for about five years.",
      walkthrough:
        "Right, I'll go through it.\n\nWe're open every day from 11 in the morning till midnight, except Christmas Day.\n\nA full-size snooker table is £8 an hour and a pool table is £6 an hour, and members pay £2 an hour less. You book in half hours, and if you go over you pay the extra half hour on the way out, no arguing.\n\nMembership is £20 a year and it runs from the 1st of September, same as the league season.\n\nNobody under 16 in after 7 at night, and under 16s only with an adult anyway, whoever they are.\n\nTuesday and Thursday are league nights, and tables 1 to 6 are kept for the league from 7 till 11, nobody else can book them.\n\nAt the weekend nobody can book more than 2 hours in one go, otherwise the same lot sit on a table all day.\n\nIf you're not there 15 minutes after your time, the table goes to the next one waiting, and that's that.\n\nThe cue lockers are £30 a year, I've got 40 of them, and I want to know whose is whose and when they're up.\n\nAnd at the end of the night I want the takings per table, so I know which cloths are getting hammered and want doing.",
      things:
        "What I need to keep is the members, with the name, the phone and the date they joined. Then the tables, each one with its number and whether it's snooker or pool. A booking has the table, the name, the day, the start time and how long. The lockers want the locker number, the member who's got it and the renewal date. And the payments, which booking, the amount, and cash or card. Every booking is for one table, mind, and every locker is one member's.",
      extras: [
        "The fruit machine by the door, the company comes and empties that themselves, nothing to do with us. And the pub downstairs is my brother-in-law's, leave that by there, butt.",
        "No, that's it. Diolch, cheers now.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts:
        "No passwords, butt. It's only me on the computer behind the counter, and our Kelly does Sundays.",
    },
    atReview: [
      "Lush, that is. One thing mind, call the lockers the cue lockers, because there's coat lockers by the stairs as well and they're nothing to do with it. Cheers.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "open every day 11 in the morning till midnight except Christmas Day",
        "full-size snooker table £8 an hour",
        "pool table £6 an hour",
        "members pay £2 an hour less",
        "book in half hours go over pay the extra half hour on the way out",
        "membership £20 a year 1st of September",
        "nobody under 16 after 7 at night",
        "under 16s only with an adult",
        "Tuesday and Thursday league nights tables 1 to 6 from 7 till 11",
        "weekend nobody can book more than 2 hours",
        "not there 15 minutes after table goes to the next one waiting",
        "cue lockers £30 a year",
        "end of the night takings per table",
      ],
      tables: [
        { name: "members", fields: ["name", "phone", "joined"] },
        { name: "tables", fields: ["number", "snooker or pool"] },
        { name: "bookings", fields: ["table", "name", "day", "start time", "how long"] },
        { name: "cue lockers", fields: ["locker number", "member", "renewal date"] },
        { name: "payments", fields: ["booking", "amount", "cash or card"] },
      ],
      excluded: ["fruit", "pub"],
      background: ["big diary", "tin for the cash"],
    },
  },
  {
    id: "sheboygan-supper-club",
    who: "A woman who runs with her husband the supper club on a lake outside Sheboygan that her grandpa opened in 1958, in the Wisconsin English of Sheboygan County, in between ('ainna', 'Ope, real quick', 'Come here once', 'up north', 'ya know', 'brandy old fashioneds', \"that's my brother Ron's deal, not ours\", \"we don't wanna get into that\", 'Thanks a bunch, see ya then'): a website where people reserve and order the Friday fish fry to take out and she, her husband and the hostess see it all, easy on a phone, open Wednesday through Sunday 4:30 to 9 and closed Monday and Tuesday, reservations only for parties of 6 or more and everybody else walk-in, the Friday fish fry beer-battered cod $17.95 or lake perch $21.95, takeout ordered by 3 on Friday and picked up between 4:30 and 7, Saturday prime rib 12 ounce $32 or 16 ounce $38 and only 40 a night, one held when reserving, the relish tray, bread basket and soup or salad with every dinner, kids under 10 half price, the party room for 20 to 40 with a $100 deposit and no refund under 2 weeks, closed Christmas Eve, Christmas Day and all of March, a text the day before every reservation; records after colons inline with cod or perch and the party room yes or no, every reservation and every fish fry order one customer's; a reservation book by the phone and a spike in the kitchen today; the boat launch and bait shop \"that's my brother Ron's deal, not ours\", the Packer parties in the bar \"we don't wanna get into that\"; the email taken off the customers and high chairs put on the reservations after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hi there! I'm Deb Schroeder, and my husband Dale and I run the Pine Shore Supper Club on the lake outside Sheboygan. My grandpa opened it in 1958, so it's been a while, ainna? Right now the reservations go in a reservation book by the phone and the takeout slips go on a spike in the kitchen, and on a Friday in Lent it's just nuts. Two Fridays ago we lost a slip for 12 fish fry dinners for a church group, and those poor people sat with their brandy old fashioneds for an hour and a half for fish we never started. Oh, I felt terrible. My nephew's at UW-Milwaukee for computers and he says he can make us a website where people can reserve and order the fish fry.",
      more: "Come here once and I'll tell ya, half our people are up from Milwaukee or on their way up north for the weekend, so it's gotta work good on the phone too, ya know.",
      walkthrough:
        "OK, so here's how it goes.\nWe're open Wednesday through Sunday, 4:30 to 9, and closed Monday and Tuesday.\nWe only take reservations for parties of 6 or more, everybody else is walk-in, first come first served, that's how a supper club goes.\nFriday is the fish fry: beer-battered cod for $17.95 or lake perch for $21.95, with coleslaw, rye bread and potato pancakes or fries.\nFish fry takeout has to be ordered by 3 o'clock on Friday and picked up between 4:30 and 7.\nSaturday is prime rib, 12 ounce for $32 or 16 ounce for $38, and we only do 40 a night, so when it's gone it's gone, but people can hold one when they reserve.\nEvery dinner comes with the relish tray, the bread basket and a cup of soup or a salad.\nKids under 10 are half price off the kids' menu.\nThe party room downstairs holds 20 to 40 people, with a $100 deposit to hold it, and no refund if they cancel less than 2 weeks before.\nWe're closed Christmas Eve, Christmas Day and the whole month of March, when we clean the kitchen top to bottom and go see Dale's sister in Florida.\nAnd everybody with a reservation gets a text the day before so they don't forget.",
      things:
        "customers: name, phone, email. reservations: customer, date, time, how many people, party room (yes or no), prime rib held. fish fry orders: customer, pickup time, cod or perch, how many dinners, paid or not. every reservation is for one customer and so is every fish fry order.",
      thingsChange:
        "Ope, real quick. Take the email off the customers, we never use it, we just call. And put high chairs on the reservations, how many, the girls always need to know that.",
      extras: [
        "The boat launch and the bait shop out by the road, that's my brother Ron's deal, not ours. And the Packer parties in the bar on Sundays, nah, we don't wanna get into that.",
        "That's about it then. Thanks a bunch, see ya then!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Dale and I see everything, and the hostess sees the reservations. The customers just put in their name and phone, no passwords, these are people who don't want a password, believe me.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "open Wednesday through Sunday 4:30 to 9",
        "closed Monday and Tuesday",
        "reservations for parties of 6 or more",
        "everybody else walk-in first come first served",
        "fish fry beer-battered cod $17.95",
        "lake perch $21.95",
        "takeout ordered by 3 o'clock Friday picked up between 4:30 and 7",
        "prime rib 12 ounce $32 16 ounce $38",
        "only do 40 a night",
        "hold one when they reserve",
        "every dinner relish tray bread basket cup of soup or a salad",
        "kids under 10 half price",
        "party room 20 to 40 people $100 deposit",
        "no refund cancel less than 2 weeks before",
        "closed Christmas Eve Christmas Day whole month of March",
        "reservation text the day before",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone"] },
        {
          name: "reservations",
          fields: [
            "customer",
            "date",
            "time",
            "how many people",
            "party room",
            "prime rib held",
            "high chairs",
          ],
        },
        {
          name: "fish fry orders",
          fields: ["customer", "pickup time", "cod or perch", "how many dinners", "paid"],
        },
      ],
      excluded: ["bait", "Packer"],
      background: ["reservation book", "spike"],
    },
  },
  {
    id: "gratiot-roller-rink",
    who: "A backend developer whose auntie owns a roller rink off Gratiot on Detroit's east side, in the Detroit English of the east side, in lower-case fragments ('what up doe', 'my auntie', 'jb skaters', 'the d', 'ate up', 'jits', 'bogus', 'aight', 'pop', 'straight up', 'leave that alone', 'thats her business not ours', 'preciate you doe'): a service without screens, in Express on Node with Postgres, that his cousin's React Native app and the tablet at the door call, adult night Tuesday 8 to 12 for 21 and up, teen night Friday 7 to 11 for 13 to 17 only, kids 12 to 3 and all ages 7 to 11 on Saturday, family 2 to 6 on Sunday, $10 admission and $15 on adult night, kids under 5 free with a paying adult, skate rental $5 and speed skates $8, ID checked on adult night and no ID no entry, a party package at $250 for up to 15 kids for 2 hours with the party room, pizza and pop and $14 every extra kid, a $100 deposit at least 7 days before and back only on a cancel 72 hours before, 300 people in the building at most and the door stops selling at 300, no outside food or drinks, a text to the parent the day before a party; records after dashes on lines with a session's type and a ticket's skate rental in brackets, every ticket for one session and every party one customer's; a paper sign-up sheet, a cash box and Facebook messages today; the arcade games 'leave that alone', the concession stand 'thats her business not ours'; Node, Express and Postgres",
    says: {
      overview:
        "what up doe. im marcus, i do backend at a hospital downtown in the day. my auntie owns a roller rink on the east side off gratiot, been open since the 80s, jb skaters come from all over the d on adult night. rn its a paper sign-up sheet for the parties, a cash box at the door n facebook messages, its ate up. last month she double booked the party room, two birthday parties same saturday, 30 jits n one room, it was bogus. my cousin is doing the app in react native n im doing the api",
      more: "no screens on my end, just the api. the app n the tablet at the door call it",
      walkthrough:
        "aight so\nsessions: tuesday adult night 8 to 12, 21 n up\nfriday teen night 7 to 11, 13 to 17 only\nsaturday kids 12 to 3 n all ages 7 to 11\nsunday family 2 to 6\nadmission $10, adult night $15, kids under 5 free w a paying adult\nskate rental $5, speed skates $8\nid checked at the door on adult night, no id no entry straight up\nparty package $250 for up to 15 kids, 2 hours, the party room, pizza n pop\nevery extra kid $14\n$100 deposit to book a party, at least 7 days before\ncancel 72 hours before n u get the deposit back, after that we keep it\nmax 300 people in the building, fire marshal said, the door stops selling at 300\nno outside food or drinks\ntext the parent the day before the party",
      things:
        "- sessions - day, start, end, type (adult, teen, kids, all ages or family), price\n- customers - name, phone, email, birthday\n- tickets - session, customer, skate rental (none, regular or speed), paid\n- parties - customer, date, kids, deposit, paid\nevery ticket is for 1 session n every party is 1 customer",
      extras: [
        "the arcade games, a vending company owns those, leave that alone. n the concession stand is my auntie's homegirl's, thats her business not ours",
        "thats it. preciate you doe",
      ],
      tech: "node w express n postgres. thats what i know",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the app n the door tablet each get a key. customers log in in the app w their phone number n a code",
      Technology: "I have preferences",
      "Back end": "Express",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "tuesday adult night 8 to 12 21 n up",
        "friday teen night 7 to 11 13 to 17 only",
        "saturday kids 12 to 3 all ages 7 to 11",
        "sunday family 2 to 6",
        "admission $10 adult night $15",
        "kids under 5 free w a paying adult",
        "skate rental $5 speed skates $8",
        "id checked at the door adult night no id no entry",
        "party package $250 up to 15 kids 2 hours party room pizza n pop",
        "every extra kid $14",
        "$100 deposit at least 7 days before",
        "cancel 72 hours before deposit back after that we keep it",
        "max 300 people door stops selling at 300",
        "no outside food or drinks",
        "text the parent the day before the party",
      ],
      tables: [
        { name: "sessions", fields: ["day", "start", "end", "type", "price"] },
        { name: "customers", fields: ["name", "phone", "email", "birthday"] },
        { name: "tickets", fields: ["session", "customer", "skate rental", "paid"] },
        { name: "parties", fields: ["customer", "date", "kids", "deposit", "paid"] },
      ],
      excluded: ["arcade", "concession"],
      background: ["sign-up sheet", "cash box", "facebook"],
      stack: ["Node", "Express", "Postgres"],
    },
  },
  {
    id: "chennai-auto-fare",
    who: "An Android developer in West Mambalam making a booking app with an auto drivers' union of about 400 autos, in the English of Chennai, in between ('Vanakkam', 'auto anna', 'simply', 'the meter rate itself', 'aiyo', 'semma scene', 'machan', 'da', 'not for this library', \"don't put that, it will become headache\", 'nandri'): a Kotlin library for the union's Maven repo that the passenger app, the driver app (both Android) and the Ktor server use, nothing kept, given the distance in metres, the waiting in minutes and the time of the trip, ₹50 for the first 1.8 km, ₹18 a km after that counted for every 100 metres at ₹1.80, waiting free for 3 minutes and ₹1.50 a minute after, 50% extra on the whole fare from 11 pm to 5 am, small bags free and ₹10 a big suitcase, ₹30 parking entry added as it is from the airport or Central station with no night extra on it, every km outside the city limit one and a half times the rate, ₹25 to the driver when the passenger cancels after the auto reached, the total rounded to the nearest rupee with 50 paise and above going up, every line on the receipt; a printed fare chart nobody looks at and bargaining today; his friend's periappa's call taxi company 'not for this library', the loans for new autos \"don't put that, it will become headache\"; Kotlin",
    says: {
      overview:
        "Vanakkam! I am Karthikeyan, Android developer, from West Mambalam, Chennai. My friend's appa is the secretary of an auto drivers' union here, around 400 autos, and we are making an app where people can book an auto at the meter rate itself. Simply every auto anna has his own rate now, there is one printed fare chart in the auto but nobody looks at it, it is all bargaining, and passengers and drivers fight daily. Last week my own amma paid ₹250 from Egmore station to Mylapore, aiyo, semma scene it became at home. So the union wants everybody to pay the same fare, and I need one library to calculate it, same in the passenger app, the driver app and the server.",
      more: "It keeps nothing, machan. We give the distance in metres, the waiting in minutes and the time of the trip, it gives back the fare with every line, that's all.",
      walkthrough:
        "I will tell the rules one by one, the union has fixed all this.\nMinimum fare is ₹50 for the first 1.8 km.\nAfter that it is ₹18 per km, counted for every 100 metres, so ₹1.80 for every 100 metres.\nWaiting is free for the first 3 minutes, after that ₹1.50 per minute.\nNight fare is from 11 pm to 5 am, 50% extra on the whole fare.\nSmall bags are free, every big suitcase is ₹10.\nWhen the pickup is from the airport or Central station, the parking entry ₹30 is added as it is, no night extra on that.\nIf the drop is outside the city limit, every km outside the limit is one and a half times the rate, because the auto comes back empty.\nIf the passenger cancels after the auto reached the pickup, ₹25 goes to the driver.\nThe total is rounded to the nearest rupee, 50 paise and above goes up.\nAnd the receipt must show every line: minimum fare, distance, waiting, night extra, luggage, parking and the total.",
      extras: [
        "My friend's periappa runs a call taxi company from the same office, that is his separate business, not for this library. And the loans for new autos, the union does that with a bank, don't put that, it will become headache.",
        "That's all da. Thank you so much, nandri.",
      ],
      tech: "Kotlin. Passenger app and driver app are Android and the server is Ktor, so one Kotlin library, we will publish it in our own Maven repo.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Kotlin",
    },
    expect: {
      kind: "library",
      features: [
        "minimum fare ₹50 first 1.8 km",
        "₹18 per km every 100 metres ₹1.80",
        "waiting free first 3 minutes ₹1.50 per minute",
        "night fare 11 pm to 5 am 50% extra whole fare",
        "every big suitcase ₹10",
        "airport or Central station parking entry ₹30 added as it is",
        "outside the city limit one and a half times the rate",
        "cancels after the auto reached ₹25 to the driver",
        "rounded to the nearest rupee 50 paise and above goes up",
        "receipt every line",
      ],
      tables: [],
      excluded: ["taxi", "loans"],
      background: ["fare chart", "bargaining"],
      stack: ["Kotlin"],
    },
  },
  {
    id: "kundasang-kinabalu-climbs",
    who: "A Dusun woman from Kundasang who runs a small Mount Kinabalu climbing agency with her uncle, a mountain guide for 30 years, in the Sabahan English of Kundasang, in between ('Kopivosian', 'sia', 'bah', 'kio', 'macam', 'bilang', 'ndak boleh', 'ndak kasi naik', 'punya', 'ndak payah', 'Kotohuadan'): a website in English where climbers from overseas book and pay and she and her uncle see everything and the guides their own climbs, the climb 2 days 1 night from Timpohon Gate to Laban Rata and the summit at 2.30 in the morning, RM 1,650 a person for foreigners and RM 850 for Malaysians with the permit, insurance, guide, a bed at Laban Rata and 4 meals, one guide for every 5 climbers, 10 beds a night at Laban Rata and so 10 climbers a day at most, off from Timpohon Gate before 11 in the morning, brought down with no summit when not at Sayat-Sayat checkpoint by 5.30, 10 years old at least, full payment 30 days before and no refund after, a new date free or all the money back when the park closes the trail for weather, porters RM 14 a kilo and 10 kilos a bag, a WhatsApp and email 2 days before with the meeting time at 7.30 at the park HQ; records in brackets inline, every climber in one booking and every booking one climb date; a Facebook page, WhatsApp and a big calendar on the wall today; the via ferrata 'ndak payah put', her cousin's dairy farm tours 'not ours'; the emergency contact put on the climbers at the review",
    says: {
      overview:
        "Kopivosian! Sia Juliana, from Kundasang. My uncle is a mountain guide for Kinabalu for 30 years already, and we have a small agency together for the climb, 2 days 1 night. Now the bookings all come from our Facebook page and WhatsApp, and I write the dates on a big calendar on the wall in the office. Last August sia double booked the beds at Laban Rata, 14 climbers but we only got 10 beds, macam crazy, my uncle had to beg the hostel for the night. So we want a website bah, people book and pay there and we see everything.",
      more: "Most of our climbers are foreigners, they book from overseas, so must be in English kio.",
      walkthrough:
        "Ok, sia bilang one by one.\nThe climb is 2 days 1 night: day 1 from Timpohon Gate up to Laban Rata, day 2 up to the summit at 2.30 in the morning and then down.\nThe package is RM 1,650 per person for foreigners and RM 850 for Malaysians, with the permit, insurance, guide, one bed at Laban Rata and 4 meals.\nOne guide for every 5 climbers, not more.\nWe only got 10 beds a night at Laban Rata, so maximum 10 climbers a day, ndak boleh more.\nEverybody must start from Timpohon Gate before 11 in the morning, after that the park ndak kasi naik.\nIf you are not at Sayat-Sayat checkpoint by 5.30 in the morning, the guide bring you down, no summit.\nMinimum age is 10 years old.\nFull payment 30 days before the climb, and if they cancel after that, no refund, because the permit and the bed we already pay.\nIf the park closes the trail because of the weather, we change the date free or give back all the money.\nPorter is RM 14 per kg, maximum 10 kg one bag.\nAnd 2 days before the climb, send them a WhatsApp and email with the meeting time, 7.30 in the morning at the park HQ.",
      things:
        "Bookings (name, email, phone, climb date, how many climbers, paid), climbers (booking, name, IC or passport, nationality, age), guides (name, phone, licence number), porters (booking, kg, porter name). Every climber is in one booking, and every booking is one climb date.",
      extras: [
        "The via ferrata, that one is the other company punya, ndak payah put. And the tours to the dairy farm at Desa, my cousin punya business, not ours.",
        "That's all bah. Kotohuadan.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Sia and my uncle see everything, the guides see their own climbs. The climbers just book and pay, ndak payah account.",
    },
    atReview: [
      "Bah, ok already. Only one thing kio, put the emergency contact for every climber, the park always ask and we always forget. Kotohuadan!",
    ],
    expect: {
      kind: "web app",
      features: [
        "2 days 1 night Timpohon Gate Laban Rata summit at 2.30 in the morning",
        "RM 1,650 per person foreigners RM 850 Malaysians",
        "permit insurance guide one bed at Laban Rata 4 meals",
        "one guide for every 5 climbers",
        "10 beds a night maximum 10 climbers a day",
        "start from Timpohon Gate before 11 in the morning",
        "not at Sayat-Sayat checkpoint by 5.30 no summit",
        "minimum age 10 years",
        "full payment 30 days before no refund",
        "park closes the trail weather change the date free give back all the money",
        "porter RM 14 per kg maximum 10 kg one bag",
        "2 days before WhatsApp email meeting time 7.30 park HQ",
      ],
      tables: [
        { name: "bookings", fields: ["name", "email", "phone", "climb date", "how many climbers", "paid"] },
        {
          name: "climbers",
          fields: ["booking", "name", "IC or passport", "nationality", "age", "emergency contact"],
        },
        { name: "guides", fields: ["name", "phone", "licence number"] },
        { name: "porters", fields: ["booking", "kg", "porter name"] },
      ],
      excluded: ["ferrata", "dairy"],
      background: ["Facebook", "calendar"],
    },
  },
  {
    id: "sharon-sukkah-builders",
    who: "A backend developer in Tel Aviv whose father has a carpentry workshop on a moshav near Hadera and builds sukkot on balconies and in gardens for about 150 families every year, in the English of an Israeli developer, in lower-case fragments ('my aba', 'on a moshav', 'erev chag', 'balagan', 'tachles', 'lol', 'lo shayach here', 'not ours', 'todah, chag sameach'): a Python command-line tool with SQLite on his father's laptop in the workshop, building only between Yom Kippur and erev Sukkot and taking down within 10 days after Simchat Torah, 2x2 at 1,800 shekel, 2x3 at 2,400, 3x3 at 2,900 and 3x4 at 3,500 with the walls and the schach, a balcony only when nothing is above it or it is not kosher and they don't build, a team doing 8 sukkot a day at most and 3 teams, 500 shekel deposit by Bit with the order and the rest on the day by Bit or bank transfer, orders closed 2 weeks before Rosh Hashana, only from Netanya to Hadera and the villages around, the sukkah kept in storage for 250 shekel a year, a chain of lights 120 extra, an SMS the day before with the day and the time window; records after colons on lines, every order one customer's and every build for one order; his father's notebook and a WhatsApp group with the teams today; the pergolas and decks 'lo shayach here', his uncle's lulav and etrog 'not ours'; commands and flags; Python and SQLite",
    says: {
      overview:
        "hi, im itay. backend dev in tel aviv. my aba has a carpentry on a moshav near hadera n every year before sukkot he builds sukkot for people, like 150 families, balconies n gardens. rn its all in his notebook n a whatsapp group w the teams, total balagan. last year 2 teams came to the same family in netanya n nobody came to a family in pardes hana, the guy called my aba on erev chag screaming. so im making him a cli, he knows the terminal, i taught him lol",
      more: "it runs on his laptop in the workshop, no server, no app. tachles just a tool he types in",
      walkthrough:
        "ok tachles\nwe build only between yom kippur n erev sukkot, its like 4 days\nwe take them down after simchat torah, within 10 days\nsizes: 2x2 1,800 shekel, 2x3 2,400, 3x3 2,900, 3x4 3,500, w the walls n the schach (bamboo mats)\non a balcony only if nothing is above it, no roof n no other balcony, otherwise its not kosher n we dont build\na team does max 8 sukkot a day, we have 3 teams\n500 shekel deposit w the order by bit, the rest on the day we build, bit or bank transfer\norders close 2 weeks before rosh hashana\nonly from netanya to hadera n the villages around, outside that we dont go\npeople can leave the sukkah w us in storage after, 250 shekel a year\na chain of lights is 120 extra\nthe customer gets an sms the day before w the day n the time window",
      commands:
        'something like: sukka customer add --name "Moshe Levi" --phone 0521234567 --city Netanya --address "Herzl 12" --floor 3 --balcony, sukka order add --customer 14 --size 3x3 --lights --storage, sukka deposit --order 31 --amount 500, sukka plan --date 2025-10-03 --team 2, sukka done --build 77, sukka sms --date 2025-10-03, sukka takedown --from 2025-10-15, sukka storage --list. my aba types, i fix lol',
      things:
        "customers: name, phone, city, address, floor, balcony or garden\norders: customer, size, lights, deposit, paid, storage\nteams: name, leader, phone\nbuilds: order, team, date, time window, done\nevery order is for 1 customer, every build is for 1 order",
      extras: [
        "the pergolas n the decks aba builds the rest of the year, lo shayach here. n the lulav n etrog my uncle sells at the shuk, not ours",
        "thats it. todah, chag sameach",
      ],
      tech: "python, typer for the cli n sqlite, one file on his laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "build only between yom kippur n erev sukkot",
        "take them down after simchat torah within 10 days",
        "2x2 1,800 shekel 2x3 2,400 3x3 2,900 3x4 3,500",
        "balcony only if nothing is above it not kosher we dont build",
        "team max 8 sukkot a day 3 teams",
        "500 shekel deposit by bit rest on the day we build",
        "orders close 2 weeks before rosh hashana",
        "only from netanya to hadera outside that we dont go",
        "storage 250 shekel a year",
        "chain of lights 120 extra",
        "sms the day before time window",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "city", "address", "floor", "balcony or garden"] },
        { name: "orders", fields: ["customer", "size", "lights", "deposit", "paid", "storage"] },
        { name: "teams", fields: ["name", "leader", "phone"] },
        { name: "builds", fields: ["order", "team", "date", "time window", "done"] },
      ],
      excluded: ["pergola", "lulav"],
      background: ["notebook", "whatsapp group"],
      stack: ["Python", "SQLite"],
      commands: [
        "customer add",
        "order add",
        "deposit",
        "plan",
        "done",
        "sms",
        "takedown",
        "storage",
        "--name",
        "--phone",
        "--city",
        "--address",
        "--floor",
        "--balcony",
        "--customer",
        "--size",
        "--lights",
        "--storage",
        "--order",
        "--amount",
        "--date",
        "--team",
        "--build",
        "--from",
        "--list",
      ],
    },
  },
  {
    id: "gedaref-sesame-oil-mill",
    who: "A man in Gedaref who runs with his brother the sesame oil mill (assara) their father started in 1994, in the Sudanese English of Gedaref, in short plain sentences ('Salam alaikum', 'the assara', 'the ambaz', 'the souq', 'Wallahi', 'inshallah', 'Bankak', 'That is his work, not ours', 'Leave it, ya zol', 'Shukran, Allah yabarik fik'): a program on the office computer without internet, because the electricity goes many times a day and the internet is weak, the sesame brought in sacks after the harvest from October to January, pressed for the farmer at 3,000 pounds a sack with the oil his and the ambaz (oilcake) staying with the mill, or bought at a price per sack written every morning from the crop market, no sack taken with more than 5% dirt and stones, oil sold in jerrycans of 4 litres at 28,000 pounds and 20 litres at 130,000 pounds, 5% off for a shop buying 10 jerrycans or more, the ambaz sold to the cattle owners at 15,000 pounds a sack, work Saturday to Thursday and Friday closed, payment in cash or by Bankak, the day printed every evening with the sacks pressed, the litres of oil, the ambaz and the money; records after colons on lines, with pressed or bought and cash or Bankak told in them, every sale for one customer and every delivery from one farmer; a copybook and receipts by hand today; his uncle's sorghum (dura) trade 'That is his work, not ours', his cousin's soap 'Leave it, ya zol'; the shop taken off the customers at the review",
    says: {
      overview:
        "Salam alaikum. My name is Osman Abdelrahim. I am from Gedaref. My father started a sesame oil mill, the assara, in 1994. Now I run it with my brother. Everything is in a copybook and receipts by hand. Last season a farmer came for his oil. His sacks were not in the copybook. He said 40 sacks, my brother said 30. Wallahi, it was a big problem in the souq. My brother's son studies computer at the university. He will make a program for the office computer, inshallah.",
      more: "The electricity goes many times in the day. The internet is weak. So it must work on the computer only, without internet.",
      walkthrough:
        "I will tell you how we work.\nThe farmers bring the sesame in sacks after the harvest, from October to January.\nThere are two ways. The farmer pays us to press his sesame, or we buy the sesame from him.\nFor pressing, the fee is 3,000 pounds a sack. The oil is his. The ambaz stays with us.\nWhen we buy, I write the price of the sack every morning from the crop market.\nWe check every sack. If there is more than 5% dirt and stones, we do not take it.\nWe sell the oil in jerrycans of 4 litres and 20 litres. 4 litres is 28,000 pounds and 20 litres is 130,000 pounds.\nA shop that buys 10 jerrycans or more gets 5% off.\nThe ambaz we sell to the cattle owners, 15,000 pounds a sack.\nWe work Saturday to Thursday. Friday is closed.\nPayment is cash or Bankak.\nEvery evening I want to print the day: the sacks pressed, the litres of oil, the ambaz and the money.",
      things:
        "Farmers: name, village, phone\nDeliveries: farmer, date, sacks, pressed or bought, price\nCustomers: name, shop, phone\nSales: customer, date, jerrycans of 4, jerrycans of 20, ambaz sacks, amount, cash or Bankak\nEvery sale is for one customer. Every delivery is from one farmer.",
      extras: [
        "The sorghum, the dura, my uncle trades it. That is his work, not ours. And the soap from the oil dregs, my cousin makes it. Leave it, ya zol.",
        "That is all. Shukran, Allah yabarik fik.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords. Only me and my brother's son use the office computer.",
    },
    atReview: [
      "It is good. Only take the shop out from the customers. The name and the phone are enough. Thank you.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "sesame in sacks after the harvest October to January",
        "farmer pays us to press or we buy the sesame",
        "pressing fee 3,000 pounds a sack",
        "oil is his",
        "ambaz stays with us",
        "price of the sack every morning crop market",
        "more than 5% dirt and stones do not take it",
        "4 litres 28,000 pounds 20 litres 130,000 pounds",
        "10 jerrycans or more 5% off",
        "ambaz cattle owners 15,000 pounds a sack",
        "Saturday to Thursday",
        "Friday is closed",
        "cash or Bankak",
        "every evening print the day sacks pressed litres of oil ambaz money",
      ],
      tables: [
        { name: "farmers", fields: ["name", "village", "phone"] },
        { name: "deliveries", fields: ["farmer", "date", "sacks", "pressed or bought", "price"] },
        { name: "customers", fields: ["name", "phone"] },
        {
          name: "sales",
          fields: [
            "customer",
            "date",
            "jerrycans of 4",
            "jerrycans of 20",
            "ambaz sacks",
            "amount",
            "cash or Bankak",
          ],
        },
      ],
      excluded: ["sorghum", "soap"],
      background: ["copybook", "receipts by hand"],
    },
  },
  {
    id: "bluefields-palo-de-mayo",
    who: "The leader of a Palo de Mayo dance group in barrio Beholden, Bluefields, on Nicaragua's Caribbean coast, about 40 dancers and a band, in the Creole English of Bluefields with its Spanish, in between ('Gud evenin', 'mi', 'unu', 'di dancer dem', 'inna', 'pon', 'haffi', 'nuh', 'pikni', 'la Alcaldía', 'C$', 'dat a la Alcaldía business, no fi wi', 'leave dat out', 'God bless unu, Mayo Ya!'): a phone app for her and the dancers that works without signal and sends after, because the light and the signal go all the time, practice Tuesday and Thursday 6 to 8 in the evening in the school yard, C$ 100 dues a month from February to May, all dues paid before the costume, the costume C$ 1,500 with half paid by the dancer and half by the group, 14 and up to dance in the Tulululu at night and the little ones only in the day parade, hotels, schools and la Alcaldía booking the group at C$ 5,000 for 30 minutes with 12 dancers and the band, booked a week before with half paid to hold the date, 40% of every booking to the group box for costumes and the band and the rest shared equal among the dancers who danced, never on Sunday morning for church, a message to the dancers the day before every booking with the time and the place; records told in sentences ('Fi every dancer mi need …'), every due one dancer's and every booking one date's; an exercise book and WhatsApp today; the food stalls at the festival 'dat a la Alcaldía business, no fi wi', the Miss Palo de Mayo beauty queen 'leave dat out'; the mother or father taken off the dancers and costume paid put on them after 'Change something' at 'Your data'",
    says: {
      overview:
        "Gud evenin. Mi name Marva Hodgson, from Beholden, Bluefields. Mi run one Palo de Mayo dance group fi 12 years now, bout 40 dancer an di band. Right now mi write everyting inna one exercise book an send di message dem pon WhatsApp, an mi cyaan keep up. Las May two hotel book wi fi di same evening an mi neva see it till di day, one a dem did vex bad an nuh call wi back since. Mi nephew study computer at di university here an him seh him can mek one app pon di phone fi mi an di dancer dem.",
      more: "Di light an di signal go all di time here, so it haffi work pon di phone widout signal an send after.",
      walkthrough:
        "Mek mi tell unu how it go.\nPractice is Tuesday an Thursday, 6 to 8 inna di evening, inna di school yard.\nEvery dancer pay C$ 100 dues every month, from February to May.\nYu haffi pay all yu dues before yu get yu costume.\nDi costume cost C$ 1,500, di dancer pay half an di group pay half.\nFi dance inna di Tulululu inna di night, yu haffi be 14 an up, di likkle pikni dem only dance inna di day parade.\nHotel, school an la Alcaldía book wi fi dance, C$ 5,000 fi 30 minutes wid 12 dancer an di band.\nDem haffi book one week before an pay half fi hold di date.\nFrom every booking, 40% go inna di group box fi costume an di band, an di rest share equal to di dancer dem weh dance dat day.\nWi nuh dance pon Sunday morning, dat a church time.\nDi day before every booking, send di dancer dem a message wid di time an di place.",
      things:
        "Fi every dancer mi need name, age, phone an di mother or father if dem small. Fi di practice, di date an who come. Fi di dues, di dancer, di month an how much. Fi di bookings, who book, di date, di place, how much dancer an di money. Every due is fi one dancer, an every booking is fi one date.",
      thingsChange:
        "One ting. Tek out di mother or father, di small one dem nuh dance inna di bookings anyway. An put costume paid pon di dancer, so mi know who pay dem half.",
      extras: [
        "Di food stall dem at di festival, dat a la Alcaldía business, no fi wi. An di Miss Palo de Mayo beauty queen, leave dat out.",
        "Dat's all. God bless unu, Mayo Ya!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Mi see everyting. Di dancer dem see dem own dues an practice an di booking dem weh dem dance.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "practice Tuesday an Thursday 6 to 8 inna di evening school yard",
        "C$ 100 dues every month February to May",
        "pay all yu dues before yu get yu costume",
        "costume C$ 1,500 dancer pay half group pay half",
        "Tulululu 14 an up likkle pikni day parade",
        "C$ 5,000 fi 30 minutes 12 dancer an di band",
        "book one week before pay half fi hold di date",
        "40% group box rest share equal dancer dem weh dance",
        "nuh dance pon Sunday morning church time",
        "day before every booking message time place",
      ],
      tables: [
        { name: "dancers", fields: ["name", "age", "phone", "costume paid"] },
        { name: "practices", fields: ["date", "who come"] },
        { name: "dues", fields: ["dancer", "month", "how much"] },
        { name: "bookings", fields: ["who book", "date", "place", "how much dancer", "money"] },
      ],
      excluded: ["stall", "queen"],
      background: ["exercise book", "WhatsApp"],
    },
  },
  {
    id: "kundapura-yakshagana-mela",
    who: "The manager of a touring Yakshagana troupe (mela) near Kundapura in coastal Karnataka that his uncle (mava) owns, playing all night in a different village every night from after Deepavali to the 25th of May, in Kannada (never used before: the English of Bengaluru with its Kannada words was written once, the Kannada language and its script never; as he types it, in long paragraphs, with the English words Kannadigas really mix in: 'ಮ್ಯಾನೇಜರ್', 'ಬುಕ್ಕಿಂಗ್', 'ಡೈರಿ', 'ಡೇಟ್', 'ವೆಬ್ ಸೈಟ್', 'ಸೀಸನ್', 'ಅಡ್ವಾನ್ಸ್', 'ಕ್ಯಾನ್ಸಲ್', 'ಲೈಟ್', 'ಸೌಂಡ್', 'UPI', 'SMS', 'ಲಾಗಿನ್', 'ಅದು ಅವರದ್ದು, ನಮ್ಮದಲ್ಲ', 'ಅದನ್ನು ಇದರಲ್ಲಿ ಹಾಕಬೇಡಿ', 'ತುಂಬಾ ಧನ್ಯವಾದಗಳು'): a website where the village organisers log in with their phone number, see the free dates and book, and he and the owner see everything, the season from after Deepavali to the 25th of May and no shows in the rains, one show a night from 9.30 at night to 6 in the morning, ₹60,000 within 50 kilometres of the troupe and ₹75,000 beyond, ₹10,000 advance when booking and not given back on a cancel, the rest on the day before the chowki puja, UPI or cash, booked 30 days ahead at least, no more than two shows for one village in a season, the stage ground and supper for the 45 artists and crew from the organisers and the lights, sound and bus from the troupe, only a story (prasanga) from the troupe's list, an SMS 2 days before with the time the bus comes; records in brackets inline, every booking one night's show and one organiser's; a diary (ಡೈರಿ) today; the bhagavata's talamaddale 'ಅದು ಅವರದ್ದು, ನಮ್ಮದಲ್ಲ', the YouTube videos 'ಅದನ್ನು ಇದರಲ್ಲಿ ಹಾಕಬೇಡಿ'; the distance (ದೂರ) put on the bookings at the review",
    says: {
      overview:
        "ನಮಸ್ಕಾರ. ನನ್ನ ಹೆಸರು ಸುರೇಶ್ ಶೆಟ್ಟಿ, ಕುಂದಾಪುರದ ಹತ್ತಿರ ಒಂದು ಯಕ್ಷಗಾನ ಮೇಳದ ಮ್ಯಾನೇಜರ್. ಮೇಳ ನಮ್ಮ ಮಾವನವರದ್ದು, ಅವರೇ ಯಜಮಾನರು. ಪ್ರತಿ ವರ್ಷ ದೀಪಾವಳಿಯಿಂದ ಮೇ ತಿಂಗಳವರೆಗೆ ನಮ್ಮ ಮೇಳ ಊರೂರು ತಿರುಗಿ ಪ್ರತಿ ರಾತ್ರಿ ಆಟ ಆಡುತ್ತದೆ. ಈಗ ಎಲ್ಲಾ ಬುಕ್ಕಿಂಗ್ ನನ್ನ ಡೈರಿಯಲ್ಲಿ ಬರೆಯುತ್ತೇನೆ, ಜನ ಫೋನ್ ಮಾಡಿ ಡೇಟ್ ಕೇಳುತ್ತಾರೆ. ಕಳೆದ ಫೆಬ್ರವರಿಯಲ್ಲಿ ಒಂದೇ ರಾತ್ರಿಗೆ ಎರಡು ಊರಿನವರಿಗೆ ಡೇಟ್ ಕೊಟ್ಟುಬಿಟ್ಟೆ. ಒಂದು ಊರಿನವರು ರಂಗಸ್ಥಳ ಕಟ್ಟಿ, ಚಪ್ಪರ ಹಾಕಿ ಕಾಯುತ್ತಿದ್ದರು, ನಾವು ಹೋಗಲೇ ಇಲ್ಲ. ಅವತ್ತು ನನಗೆ ತುಂಬಾ ಅವಮಾನ ಆಯಿತು. ಅದಕ್ಕೆ ಮೇಳಕ್ಕೆ ಒಂದು ವೆಬ್ ಸೈಟ್ ಬೇಕು ಅಂತ ನನ್ನ ಮಗ ಹೇಳಿದ, ಅವನು ಮಣಿಪಾಲದಲ್ಲಿ ಕಂಪ್ಯೂಟರ್ ಓದುತ್ತಿದ್ದಾನೆ.",
      more: "ಸಂಘಟಕರು ವೆಬ್ ಸೈಟ್ ನಲ್ಲಿ ಖಾಲಿ ಇರುವ ದಿನಾಂಕ ನೋಡಿ ಅಲ್ಲೇ ಬುಕ್ ಮಾಡಬೇಕು, ನಾನು ಮತ್ತು ಯಜಮಾನರು ಎಲ್ಲಾ ನೋಡಬೇಕು.",
      walkthrough:
        "ನಮ್ಮ ಸೀಸನ್ ದೀಪಾವಳಿ ಕಳೆದ ಮೇಲೆ ಶುರು ಆಗುತ್ತದೆ, ಮೇ 25ಕ್ಕೆ ಮುಗಿಯುತ್ತದೆ. ಮಳೆಗಾಲದಲ್ಲಿ ಆಟ ಇಲ್ಲ. ಒಂದು ರಾತ್ರಿಗೆ ಒಂದೇ ಆಟ. ಆಟ ರಾತ್ರಿ 9.30ಕ್ಕೆ ಶುರು ಆಗಿ ಬೆಳಗ್ಗೆ 6 ಗಂಟೆಯವರೆಗೆ ನಡೆಯುತ್ತದೆ.\n\nಮೇಳದಿಂದ 50 ಕಿಲೋಮೀಟರ್ ಒಳಗೆ ಆದರೆ ಒಂದು ಆಟಕ್ಕೆ ₹60,000, 50 ಕಿಲೋಮೀಟರ್ ಮೇಲೆ ಆದರೆ ₹75,000. ಬುಕ್ ಮಾಡುವಾಗಲೇ ₹10,000 ಅಡ್ವಾನ್ಸ್ ಕೊಡಬೇಕು. ಉಳಿದ ಹಣ ಆಟದ ದಿನ ಚೌಕಿ ಪೂಜೆಗೆ ಮೊದಲು ಕೊಡಬೇಕು. ಪಾವತಿ UPI ಅಥವಾ ನಗದು. ಸಂಘಟಕರು ಆಟ ಕ್ಯಾನ್ಸಲ್ ಮಾಡಿದರೆ ಅಡ್ವಾನ್ಸ್ ವಾಪಸ್ ಕೊಡುವುದಿಲ್ಲ.\n\nಕನಿಷ್ಠ 30 ದಿನ ಮೊದಲು ಬುಕ್ ಮಾಡಬೇಕು. ಎಲ್ಲಾ ಊರಿಗೂ ಅವಕಾಶ ಸಿಗಬೇಕು, ಅದಕ್ಕೆ ಒಂದು ಊರಿಗೆ ಒಂದು ಸೀಸನ್ ನಲ್ಲಿ ಎರಡು ಆಟಕ್ಕಿಂತ ಜಾಸ್ತಿ ಕೊಡುವುದಿಲ್ಲ.\n\nರಂಗಸ್ಥಳದ ಜಾಗ ಮತ್ತು ನಮ್ಮ 45 ಜನ ಕಲಾವಿದರು ಮತ್ತು ಸಿಬ್ಬಂದಿಗೆ ರಾತ್ರಿ ಊಟ ಸಂಘಟಕರು ಕೊಡಬೇಕು. ಲೈಟ್, ಸೌಂಡ್ ಮತ್ತು ಬಸ್ ನಮ್ಮದು.\n\nಪ್ರಸಂಗವನ್ನು ಸಂಘಟಕರು ನಮ್ಮ ಪಟ್ಟಿಯಿಂದ ಆರಿಸಬೇಕು, ಪಟ್ಟಿಯಲ್ಲಿ ಇಲ್ಲದ ಪ್ರಸಂಗ ನಾವು ಆಡುವುದಿಲ್ಲ.\n\nಆಟದ ಎರಡು ದಿನ ಮೊದಲು ಸಂಘಟಕರಿಗೆ SMS ಹೋಗಬೇಕು, ನಮ್ಮ ಬಸ್ ಊರಿಗೆ ಎಷ್ಟು ಗಂಟೆಗೆ ಬರುತ್ತದೆ ಅಂತ.",
      things:
        "ಸಂಘಟಕರು (ಹೆಸರು, ಊರು, ಫೋನ್), ಬುಕ್ಕಿಂಗ್ (ಸಂಘಟಕರು, ದಿನಾಂಕ, ಊರು, ಪ್ರಸಂಗ, ಅಡ್ವಾನ್ಸ್, ಉಳಿದ ಹಣ), ಪ್ರಸಂಗಗಳು (ಹೆಸರು, ಎಷ್ಟು ವೇಷ), ಕಲಾವಿದರು (ಹೆಸರು, ವೇಷ, ಫೋನ್), ಪಾವತಿ (ಬುಕ್ಕಿಂಗ್, ದಿನಾಂಕ, ಮೊತ್ತ, UPI ಅಥವಾ ನಗದು). ಪ್ರತಿ ಬುಕ್ಕಿಂಗ್ ಒಂದು ರಾತ್ರಿಯ ಒಂದು ಆಟ, ಅದು ಒಬ್ಬ ಸಂಘಟಕರದ್ದು.",
      extras: [
        "ನಮ್ಮ ಭಾಗವತರು ಬೇರೆಯಾಗಿ ತಾಳಮದ್ದಳೆ ಕಾರ್ಯಕ್ರಮ ಮಾಡುತ್ತಾರೆ, ಅದು ಅವರದ್ದು, ನಮ್ಮದಲ್ಲ. ಆಟದ ವಿಡಿಯೋ ಯೂಟ್ಯೂಬ್ ನಲ್ಲಿ ಹಾಕುವುದು ಊರಿನ ಒಬ್ಬ ಹುಡುಗ, ಅದನ್ನು ಇದರಲ್ಲಿ ಹಾಕಬೇಡಿ.",
        "ಅಷ್ಟೇ. ತುಂಬಾ ಧನ್ಯವಾದಗಳು.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "ನಾನು ಮತ್ತು ಯಜಮಾನರು ಎಲ್ಲಾ ನೋಡಬೇಕು. ಸಂಘಟಕರು ಫೋನ್ ನಂಬರ್ ಹಾಕಿ ಲಾಗಿನ್ ಆಗಿ ಖಾಲಿ ದಿನಾಂಕ ನೋಡಿ ಬುಕ್ ಮಾಡಬೇಕು. ಕಲಾವಿದರಿಗೆ ಲಾಗಿನ್ ಬೇಡ.",
    },
    atReview: [
      "ಎಲ್ಲಾ ಸರಿ ಇದೆ. ಒಂದೇ ಒಂದು: ಬುಕ್ಕಿಂಗ್ ನಲ್ಲಿ ಮೇಳದಿಂದ ಊರಿಗೆ ದೂರ ಎಷ್ಟು ಕಿಲೋಮೀಟರ್ ಅಂತ ಸೇರಿಸಿ, ಆಟದ ಹಣ ಅದರ ಮೇಲೆ ಹೋಗುತ್ತದೆ. ಧನ್ಯವಾದ.",
    ],
    expect: {
      kind: "web app",
      features: [
        "ದೀಪಾವಳಿ ಕಳೆದ ಮೇಲೆ ಶುರು ಮೇ 25ಕ್ಕೆ ಮುಗಿಯುತ್ತದೆ",
        "ಮಳೆಗಾಲದಲ್ಲಿ ಆಟ ಇಲ್ಲ",
        "ಒಂದು ರಾತ್ರಿಗೆ ಒಂದೇ ಆಟ",
        "ರಾತ್ರಿ 9.30ಕ್ಕೆ ಬೆಳಗ್ಗೆ 6 ಗಂಟೆಯವರೆಗೆ",
        "50 ಕಿಲೋಮೀಟರ್ ಒಳಗೆ ₹60,000",
        "50 ಕಿಲೋಮೀಟರ್ ಮೇಲೆ ₹75,000",
        "₹10,000 ಅಡ್ವಾನ್ಸ್",
        "ಉಳಿದ ಹಣ ಆಟದ ದಿನ ಚೌಕಿ ಪೂಜೆಗೆ ಮೊದಲು",
        "UPI ಅಥವಾ ನಗದು",
        "ಕ್ಯಾನ್ಸಲ್ ಅಡ್ವಾನ್ಸ್ ವಾಪಸ್ ಕೊಡುವುದಿಲ್ಲ",
        "ಕನಿಷ್ಠ 30 ದಿನ ಮೊದಲು",
        "ಒಂದು ಊರಿಗೆ ಎರಡು ಆಟಕ್ಕಿಂತ ಜಾಸ್ತಿ ಕೊಡುವುದಿಲ್ಲ",
        "45 ಜನ ರಾತ್ರಿ ಊಟ ಸಂಘಟಕರು",
        "ಪಟ್ಟಿಯಲ್ಲಿ ಇಲ್ಲದ ಪ್ರಸಂಗ ಆಡುವುದಿಲ್ಲ",
        "ಎರಡು ದಿನ ಮೊದಲು SMS ಬಸ್",
      ],
      tables: [
        { name: "ಸಂಘಟಕರು", fields: ["ಹೆಸರು", "ಊರು", "ಫೋನ್"] },
        { name: "ಬುಕ್ಕಿಂಗ್", fields: ["ಸಂಘಟಕರು", "ದಿನಾಂಕ", "ಊರು", "ಪ್ರಸಂಗ", "ಅಡ್ವಾನ್ಸ್", "ಉಳಿದ ಹಣ", "ದೂರ"] },
        { name: "ಪ್ರಸಂಗಗಳು", fields: ["ಹೆಸರು", "ಎಷ್ಟು ವೇಷ"] },
        { name: "ಕಲಾವಿದರು", fields: ["ಹೆಸರು", "ವೇಷ", "ಫೋನ್"] },
        { name: "ಪಾವತಿ", fields: ["ಬುಕ್ಕಿಂಗ್", "ದಿನಾಂಕ", "ಮೊತ್ತ", "UPI ಅಥವಾ ನಗದು"] },
      ],
      excluded: ["ತಾಳಮದ್ದಳೆ", "ಯೂಟ್ಯೂಬ್"],
      background: ["ಡೈರಿ"],
    },
  },
  {
    id: "luang-prabang-motorbike-rental",
    who: "A woman who runs two motorbike rental shops in Luang Prabang with her husband, about 60 bikes, in Lao (never used before: Thai was written once in its script, Lao and the Lao script never; as she types it, in short plain sentences, each rule on its own line, with the spaces Lao typists put between sentences and the words Lao people really mix in: 'ແອັບ', 'ຄອມ', 'ພາສປອດ', 'ອໍໂຕ', 'ເກຍ', 'ຟຣີ', 'ໃບບິນ', 'ລັອກອິນ', 'BCEL One', 'WhatsApp', 'ບໍ່ແມ່ນຂອງພວກເຮົາ', 'ບໍ່ຕ້ອງໃສ່', 'ຂອບໃຈຫຼາຍໆເດີ'): a phone app for her, her husband and the staff of both shops, an automatic 150,000 kip a day and a manual 120,000 kip, 10% off for 7 days or more, no driving licence and no bike, a passport or 3,000,000 kip cash as deposit, the bike back before 6 pm or another day charged, out with a full tank and 30,000 kip when it comes back not full, 2 helmets free, never to Vang Vieng or out of the province, photos of the bike from 4 sides going out and coming back and any damage paid by the customer, cash or BCEL One, the bill sent by WhatsApp; records told in sentences ('ລົດແຕ່ລະຄັນ ຈົດ …'), every rental one bike's and one customer's; a notebook (ປື້ມ) and passport photos on the phone today; her brother's tuk-tuk tours 'ບໍ່ແມ່ນຂອງພວກເຮົາ', the boat tickets to the Pak Ou caves 'ບໍ່ຕ້ອງໃສ່'; the country taken off the customers and the damages added after 'Change something' at 'Your data'",
    says: {
      overview:
        "ສະບາຍດີ ຂ້ອຍຊື່ ແສງດາວ ຂ້ອຍກັບຜົວ ມີຮ້ານໃຫ້ເຊົ່າລົດຈັກ 2 ຮ້ານ ຢູ່ຫຼວງພະບາງ ມີລົດປະມານ 60 ຄັນ ດຽວນີ້ ພວກເຮົາຈົດທຸກຢ່າງໃສ່ປື້ມ ແລະ ຖ່າຍຮູບພາສປອດໄວ້ໃນໂທລະສັບ ເດືອນແລ້ວ ລົດຄັນດຽວ ຖືກໃຫ້ເຊົ່າສອງເທື່ອ ໃນມື້ດຽວກັນ ຢູ່ສອງຮ້ານ ລູກຄ້າຄົນໜຶ່ງ ລໍຖ້າ 2 ຊົ່ວໂມງ ແລ້ວກໍ່ໃຈຮ້າຍຫຼາຍ ນ້ອງຊາຍຂ້ອຍ ຮຽນຄອມຢູ່ວຽງຈັນ ລາວບອກວ່າ ຈະເຮັດແອັບໃນໂທລະສັບໃຫ້",
      more: "ຂ້ອຍ ຜົວ ແລະ ພະນັກງານ ທັງສອງຮ້ານ ໃຊ້ໃນໂທລະສັບ",
      walkthrough:
        "ຂ້ອຍຈະບອກເທື່ອລະຢ່າງ\nລົດອໍໂຕ ມື້ລະ 150,000 ກີບ ລົດເກຍ ມື້ລະ 120,000 ກີບ\nເຊົ່າ 7 ມື້ຂຶ້ນໄປ ຫຼຸດ 10%\nລູກຄ້າຕ້ອງມີໃບຂັບຂີ່ ຖ້າບໍ່ມີ ພວກເຮົາບໍ່ໃຫ້ເຊົ່າ\nມັດຈຳ ແມ່ນພາສປອດ ຫຼື ເງິນສົດ 3,000,000 ກີບ\nຕ້ອງສົ່ງລົດຄືນ ກ່ອນ 6 ໂມງແລງ ຊ້າກວ່ານັ້ນ ຄິດເພີ່ມອີກ 1 ມື້\nເອົາລົດໄປ ນ້ຳມັນເຕັມຖັງ ສົ່ງຄືນບໍ່ເຕັມ ຄິດ 30,000 ກີບ\nໝວກກັນກະທົບ 2 ໜ່ວຍ ໃຫ້ຟຣີ\nຫ້າມຂີ່ໄປວັງວຽງ ຫຼື ອອກນອກແຂວງ\nຖ່າຍຮູບລົດ 4 ດ້ານ ຕອນເອົາໄປ ແລະ ຕອນສົ່ງຄືນ ຖ້າເສຍຫາຍ ລູກຄ້າຈ່າຍ\nຈ່າຍເງິນສົດ ຫຼື BCEL One\nສົ່ງໃບບິນໃຫ້ລູກຄ້າທາງ WhatsApp",
      things:
        "ລົດແຕ່ລະຄັນ ຈົດ ທະບຽນລົດ, ຍີ່ຫໍ້, ອໍໂຕ ຫຼື ເກຍ, ແລະ ຢູ່ຮ້ານໃດ ລູກຄ້າແຕ່ລະຄົນ ຈົດ ຊື່, ເລກພາສປອດ, ປະເທດ, ເບີ WhatsApp ການເຊົ່າແຕ່ລະເທື່ອ ຈົດ ລູກຄ້າ, ລົດ, ມື້ເອົາໄປ, ມື້ສົ່ງຄືນ, ມັດຈຳ, ລາຄາ, ຈ່າຍແລ້ວ ຫຼື ຍັງ ການເຊົ່າແຕ່ລະເທື່ອ ແມ່ນລົດຄັນດຽວ ຂອງລູກຄ້າຄົນດຽວ",
      thingsChange: "ປ່ຽນສອງຢ່າງ ລູກຄ້າ ເອົາປະເທດອອກ ບໍ່ຈຳເປັນ ແລະ ເພີ່ມຄວາມເສຍຫາຍ ຈົດ ລົດ, ມື້, ເສຍຫາຍຫຍັງ, ຄ່າສ້ອມ",
      extras: ["ລົດຕຸກຕຸກພາທ່ຽວ ນັ້ນແມ່ນຂອງອ້າຍຂ້ອຍ ບໍ່ແມ່ນຂອງພວກເຮົາ ແລະ ການຂາຍປີ້ເຮືອໄປຖ້ຳຕິ່ງ ບໍ່ຕ້ອງໃສ່", "ມີແຕ່ນີ້ ຂອບໃຈຫຼາຍໆເດີ"],
    },
    picks: {
      Kind: "Mobile app",
      Accounts: "ຂ້ອຍ ແລະ ຜົວ ເບິ່ງໄດ້ທັງໝົດ ພະນັກງານ ເບິ່ງແຕ່ຮ້ານຂອງຕົນ ລູກຄ້າບໍ່ຕ້ອງລັອກອິນ",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "ລົດອໍໂຕ ມື້ລະ 150,000 ກີບ",
        "ລົດເກຍ ມື້ລະ 120,000 ກີບ",
        "7 ມື້ຂຶ້ນໄປ ຫຼຸດ 10%",
        "ໃບຂັບຂີ່ ບໍ່ໃຫ້ເຊົ່າ",
        "ມັດຈຳ ພາສປອດ ເງິນສົດ 3,000,000 ກີບ",
        "ສົ່ງລົດຄືນ ກ່ອນ 6 ໂມງແລງ ຄິດເພີ່ມອີກ 1 ມື້",
        "ນ້ຳມັນເຕັມຖັງ ບໍ່ເຕັມ 30,000 ກີບ",
        "ໝວກກັນກະທົບ 2 ໜ່ວຍ ຟຣີ",
        "ຫ້າມຂີ່ໄປວັງວຽງ ນອກແຂວງ",
        "ຖ່າຍຮູບລົດ ເອົາໄປ ສົ່ງຄືນ ເສຍຫາຍ ລູກຄ້າຈ່າຍ",
        "ເງິນສົດ BCEL One",
        "ໃບບິນ WhatsApp",
      ],
      tables: [
        { name: "ລົດ", fields: ["ທະບຽນລົດ", "ຍີ່ຫໍ້", "ອໍໂຕ ຫຼື ເກຍ", "ຮ້ານ"] },
        { name: "ລູກຄ້າ", fields: ["ຊື່", "ເລກພາສປອດ", "ເບີ WhatsApp"] },
        {
          name: "ການເຊົ່າ",
          fields: ["ລູກຄ້າ", "ລົດ", "ມື້ເອົາໄປ", "ມື້ສົ່ງຄືນ", "ມັດຈຳ", "ລາຄາ", "ຈ່າຍແລ້ວ"],
        },
        { name: "ຄວາມເສຍຫາຍ", fields: ["ລົດ", "ມື້", "ເສຍຫາຍຫຍັງ", "ຄ່າສ້ອມ"] },
      ],
      excluded: ["ຕຸກຕຸກ", "ປີ້ເຮືອ"],
      background: ["ປື້ມ"],
    },
  },
];
