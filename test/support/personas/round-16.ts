import type { Persona } from "../persona-driver.js";

/**
 * The sixteenth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-16.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the three before it, a sample of ordinary people describing an idea the ordinary
 * way: plain prose in answers of one to several paragraphs, records listed after colons,
 * after dashes, in parentheses or told in sentences. Eight write in English, each in the
 * English of where they live (British, Scottish, Australian, American, Canadian, Indian,
 * Nigerian, South African), one in Tagalog (never used before, typed as a Manila
 * shopkeeper types it, with the English words Filipinos use: "app", "cellphone", "total",
 * "balance", "limit", "warning") and one in Hebrew (in Hebrew script, never used before,
 * with the loanwords an Israeli types: "אקסל", "אפליקציה", "וואטסאפ", "SMS"). What varies
 * is the kind of software, the domain and the length of the answers: web apps for a
 * locksmith's restricted master key systems (who may order keys, every key cut and where
 * it went, which doors a lost key opens), a wedding florist's quotes built from recipes of
 * stems and the week's order to the wholesaler in whole bunches, an independent
 * pharmacy's non-sterile compounding records with the lots of every ingredient, and a
 * synagogue gabbai's aliyot and yahrzeits by the Hebrew date (עליות, אזכרות); phone apps
 * for a surf club's beach patrol log and a sari-sari store's credit list (listahan ng
 * utang); a Rust command-line tool that merges a radio club's Field Day logs, finds the
 * dupes and writes the Cabrillo file, with commands and flags; a service without screens
 * that a Lagos estate's residents' app and gate tablet call for visitor codes; a
 * pawnbroker's program on the shop's Windows computer for gold loans, pledge tickets and
 * interest; and a TypeScript package on npm that works out a cricket league's log and net
 * run rate. The surf patrol captain answers in a few lower-case words each time, the
 * locksmith's office manager in long paragraphs, the others in between. Relations said
 * plainly ("each key system belongs to one client", "each rescue belongs to a patrol",
 * "each resident belongs to one house", "each pledge is for one customer only", "each lot
 * is of one ingredient", "Bawat utang ay para sa isang suki lang", "כל אזכרה שייכת
 * למתפלל אחד"); background in a card index and a lever-arch file of key charts, a paper
 * log book, a thumb drive and a spreadsheet, a visitors' register book, carbon copy books
 * and a ledger, a spreadsheet on a Sunday night, the back of an envelope and a
 * calculator, a binder and handwritten log sheets, a notebook (kuwaderno), an Excel file
 * and a notebook (אקסל, מחברת); technology named as Rust, Node.js with Express and
 * MongoDB, Windows, TypeScript on npm, Ruby on Rails and Postgres; "no" said as "a
 * different animal altogether", "none of that belongs in here", "stays in Xero as it
 * is", "not in this", "no way", "I'm not interested in", "not our headache", "should not
 * be sending … at all at all", "kindly do not include", "not required at all", "are not in
 * this package, ja", "we'll give those a miss", "I don't want a second copy", "there's no
 * need to cater for", "Hindi na kailangan", "wag na", "לא נוגעים בזה בכלל", "בלי … ובלי".
 * The florist takes a field off and adds one after "Change something" at "Your data";
 * the pawnbroker adds a nightly backup at the review. The score compares Hebrew by its
 * letters in Latin script, prefixes and all, so the Hebrew person's expected words are
 * written in the forms he used, and his excluded ones do not read like anything he wants
 * (not "SMS", which in Latin letters is the "שם" of every name).
 */
export const SIXTEENTH_ROUND: readonly Persona[] = [
  {
    id: "master-key-register",
    who: "A Norwich locksmiths' office manager in long paragraphs: restricted master key systems for about 120 clients, a key request checked against the system's authorised signatories and a refusal noted, each key cut stamped with the next serial number and signed for on the counter tablet, a lost key marked with the doors it opens, a yearly letter listing the signatories and the clients who haven't replied; each key system belongs to one client; a card index and a lever-arch file of key charts today; 'a different animal altogether', 'none of that belongs in here', 'stays in Xero as it is'",
    says: {
      overview:
        "I'm the office manager at Hollis & Kemp, a family firm of locksmiths in Norwich that's been going since 1971. Besides the everyday work, our bread and butter is restricted master key systems for about 120 clients: schools, GP surgeries, office blocks and a couple of the colleges. A restricted system means the key blanks are registered to us and nobody else can cut them, and we'll only cut a key for a client when the request comes from one of the people they've authorised to order keys. That's the whole point of the thing, and it's also where we're weakest, because all of it lives on a card index in a fireproof cabinet, with the key charts in an A3 lever-arch file next to it.\n\nThe trouble comes when people move on. A bursar leaves a school and she's still on the card as an authorised signatory two years later, or someone rings up claiming to be the new facilities manager and whoever's on the counter has no quick way of checking. And when a client loses a master key, working out which doors it opens means an hour with the key chart and a ruler. I'd like a web app for the office and the workshop that holds every system, who's allowed to order keys on it, every key we've cut and where it went.",
      walkthrough:
        "A typical one: the head of a primary school emails asking for four more copies of the key for the Year 5 classroom. Whoever's on the counter finds the school, opens its system, and checks that the person asking is on the list of authorised signatories. If she isn't, we refuse it, and the app should keep a note of the refusal and who tried, because the clients do ask. If she is, the request goes through to the workshop, where the cutter sees what's to be cut, cuts the keys and stamps each one with the next serial number for that system, so that every physical key can be traced. When someone comes in to collect them, they show ID and sign for the keys on the counter tablet, and the app records who collected them and when.\n\nWhen a client rings to say a key's been lost, I want to put in the serial number, mark that key as lost, and straight away see which doors it opens, so we can quote for re-pinning those cylinders. Once a year, in January, every client should get a letter listing their authorised signatories and asking them to confirm them or strike people off. At the moment that's me with a mail merge, and half of them never come back to us, so I'd also like a list of the clients who haven't replied.",
      things:
        "Clients, first of all, with the name, the address, a main contact and a phone number. A client can have more than one key system, and each key system belongs to one client; a system has its system number (ours look like HK-0412), the key profile and the date it was installed. The authorised signatories are per system rather than per client, because a college might have a different person for each building, and for each one we keep the name, job title, a scan of their specimen signature, the date they were added and the date they were removed, if they have been.\n\nThen the doors on each system, which is just a location (say 'Year 5 classroom' or 'Plant room') and the cylinder type. Each system has its key types, the codes we stamp on them, like GMK, MK2 or 14, with a short description and the doors that each one opens. Every key we cut is a record of its own: the serial number, which key type it is, the date it was cut, who collected it, and whether it's been reported lost. And the requests: the system, the signatory who asked, which key type and the quantity, the date, and whether we cut it or refused it.",
      extras: [
        "The emergency call-outs run off the diary and the vans, and the alarms we fit are a different animal altogether, so none of that belongs in here. Invoicing stays in Xero as it is.",
        "No, I think that's the lot. Thank you.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The four of us in the office and the two cutters in the workshop log in; the clients don't, we post or email things to them.",
    },
    expect: {
      kind: "web app",
      features: [
        "checks authorised signatories",
        "note of the refusal",
        "next serial number",
        "sign for the keys on the counter tablet",
        "mark key as lost",
        "which doors it opens",
        "letter listing their authorised signatories",
        "clients who haven't replied",
      ],
      tables: [
        { name: "clients", fields: ["name", "address", "main contact", "phone"] },
        { name: "key systems", fields: ["client", "system number", "key profile", "date installed"] },
        {
          name: "authorised signatories",
          fields: ["system", "name", "job title", "signature", "date added", "date removed"],
        },
        { name: "doors", fields: ["system", "location", "cylinder type"] },
        { name: "key types", fields: ["system", "code", "description", "doors"] },
        { name: "keys", fields: ["serial number", "key type", "date cut", "collected by", "lost"] },
        { name: "requests", fields: ["system", "signatory", "key type", "quantity", "date"] },
      ],
      excluded: ["emergency", "alarm", "invoic"],
      background: ["card index", "lever-arch file"],
    },
  },
  {
    id: "surf-patrol-log",
    who: "An Australian surf club's patrol captain in a few lower-case words a time: the patrol members signed on, flags up and down, conditions every hour, any rescue or first aid logged, signed off, season totals for the club captain; each rescue belongs to a patrol; a paper log book in the patrol room today; rostering 'not in this', raffles 'no way'",
    says: {
      overview:
        "patrol log for our surf club, on the captains phones. right now its a paper log book in the patrol room",
      more: "8 patrols, weekends and public hols oct to april. only the patrol captains fill it in",
      walkthrough:
        "captain signs on whos on patrol, flags up time, then every hour the conditions (surf, wind, how many on the beach). log any rescue or first aid. flags down, sign off. club captain wants season totals for the annual report",
      things:
        "patrols - date, patrol number, captain, flags up, flags down\nmembers - name, award (bronze, irb driver etc), phone\nrescues - patrol, time, method (board, tube, irb), age, sex\nfirst aid cases - patrol, time, injury, treatment\nconditions - patrol, time, surf height, wind, crowd\neach rescue belongs to a patrol",
      extras: ["rostering - surfguard does that, not in this. raffles no way", "thats it"],
    },
    picks: {
      Kind: "Mobile app",
      Accounts: "captains log in",
    },
    expect: {
      kind: "mobile app",
      features: [
        "signs on whos on patrol",
        "flags up",
        "conditions every hour",
        "rescue or first aid",
        "flags down",
        "sign off",
        "season totals",
      ],
      tables: [
        { name: "patrols", fields: ["date", "patrol number", "captain", "flags up", "flags down"] },
        { name: "members", fields: ["name", "award", "phone"] },
        { name: "rescues", fields: ["patrol", "time", "method", "age", "sex"] },
        { name: "first aid cases", fields: ["patrol", "time", "injury", "treatment"] },
        { name: "conditions", fields: ["patrol", "time", "surf height", "wind", "crowd"] },
      ],
      excluded: ["roster", "raffle"],
      background: ["paper log book"],
    },
  },
  {
    id: "field-day-logs",
    who: "An Ohio amateur radio club's secretary: a Rust command-line tool that merges the stations' ADIF files into one sorted by time, prints the dupes (same call sign on the same band and mode) with the station that logged them, checks every exchange, counts contacts per band and mode and per operator, and writes the Cabrillo file, nothing stored; a thumb drive and a spreadsheet today; 'I'm not interested in' rig control, no QRZ lookups, commands and flags",
    says: {
      overview:
        "I'm the secretary of the Miami Valley Amateur Radio Club in Dayton, Ohio. Every June we do ARRL Field Day from a park pavilion with four stations running at once, plus a few contests through the year. Each station logs on its own laptop, so afterwards I end up with four or five ADIF files that I pull onto a thumb drive and merge in a spreadsheet by hand, hunting for dupes, before I can build the Cabrillo file to submit. It takes me a whole weekend and I still got a submission bounced last year. I want a little command-line tool that does the merging, the dupe checking and the Cabrillo for me.",
      walkthrough:
        "After the event I copy everyone's files into one folder and run merge on them. It should combine them into one ADIF file, sorted by time, and tell me how many contacts came from each file. Then I run dupes on the merged file: a dupe is the same call sign on the same band and mode, and for each one it should print both contacts with the station that logged them. Field Day also has an exchange, like 3A OH, so I want it to check every exchange looks valid and list the ones that don't. Then stats, to see the contacts per band and mode and per operator, which I put in the club newsletter. And finally cabrillo, to write the file for the contest with our call sign and category in the header.",
      commands:
        "merge FILES... --out merged.adi. dupes FILE, with --remove to write a copy without them. check FILE --contest fd. stats FILE --by band, mode or operator. cabrillo FILE --contest fd --call W8MVA --category 4A --out fd2025.log. That's all of them.",
      extras: [
        "I'm not interested in anything that talks to the radio, so no rig control. And no QRZ lookups, I'm not paying for a subscription just for this.",
        "Nope, that covers it.",
      ],
      tech: "Rust, please. One of our younger members wants to learn it and he's offered to maintain it, and a single binary is easy to put on the club laptops.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "No",
      Technology: "I have preferences",
      Language: "Rust",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "combine into one ADIF file",
        "sorted by time",
        "contacts came from each file",
        "same call sign band and mode",
        "station that logged",
        "check every exchange",
        "contacts per band and mode",
        "per operator",
        "call sign and category in the header",
      ],
      tables: [],
      excluded: ["rig", "QRZ"],
      background: ["thumb drive", "spreadsheet"],
      stack: ["Rust"],
      commands: [
        "merge",
        "dupes",
        "check",
        "stats",
        "cabrillo",
        "--out",
        "--remove",
        "--contest",
        "--by",
        "--call",
        "--category",
      ],
    },
  },
  {
    id: "estate-gate-codes",
    who: "A Lagos estate residents' association secretary in Nigerian English: a service without screens behind the residents' app and the gate tablet, a visitor code one-time or for the whole day, checked at the gate (expired or already used), time in and out with the plate number, codes cancelled, staff passes with a photo, a daily report of entries; each resident belongs to one house; a visitors' register book today; dues and levies 'not our headache', 'should not be sending SMS at all at all', Node.js with Express and MongoDB",
    says: {
      overview:
        "Good afternoon. I am the secretary of the residents' association of Palmview Estate in Lekki, Lagos, about 240 houses with one main gate. Presently when a visitor comes, the security man at the gate has to call the resident on phone to confirm, and many times the resident is not picking, so the visitor will be standing there for thirty minutes, or worse, somebody just waves them in. Everything is written in a visitors' register book that nobody can search. The association has engaged a developer to build a residents' app and a small app for the gate tablet, and what we need from you is the service behind them, the backend that both apps will call. It has no screens of its own.",
      walkthrough:
        "A resident is expecting a guest, so from the residents' app she creates a visitor code: the visitor's name, the date, and whether it is one-time or valid for the whole day. The service gives back a six-digit code and she forwards it to the guest on WhatsApp. When the guest reaches the gate, the guard types the code on the tablet, the tablet calls the service and gets back the visitor's name, the house number and the resident's name, or a message that the code has expired or has already been used. The guard records the time in, and the plate number if they came with a car, and then the time out when they are leaving. A resident can also cancel a code before it is used.\n\nDomestic staff like drivers, cooks and nannies don't use codes. They have staff passes with a photo, valid until a date, and the guard checks the pass number instead. Every morning the estate manager should be able to pull a daily report of entries for the day before.",
      things:
        "Houses: house number and street. Residents: name, phone number and the house; each resident belongs to one house, but a house can have more than one resident. Visitor codes: the code, the visitor's name, the resident who created it, the date, one-time or whole day, and whether it has been used. Entries: the visitor code or the staff pass, the guard on duty, time in, time out and plate number. Staff passes: pass number, name, role, the house they work for, a photo and the valid until date. Guards: name and phone number.",
      extras: [
        "Estate dues, levies and all that payment matter, that one is not our headache here, the treasurer handles it with the bank. And please, the service should not be sending SMS at all at all, it will cost us money, residents can forward the code themselves.",
        "No, that is all. Thank you so much.",
      ],
      tech: "Our developer, Tunde, works with Node.js and Express, and he wants MongoDB for the database.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "Residents sign in from the residents' app with their phone number and a PIN, and the gate tablet has its own key.",
      Technology: "I have preferences",
      "Back end": "Node.js with Express",
      Database: "MongoDB",
    },
    expect: {
      kind: "api service",
      features: [
        "creates a visitor code",
        "one-time or valid for the whole day",
        "six-digit code",
        "expired or already used",
        "plate number",
        "time out",
        "cancel a code",
        "staff passes with a photo",
        "daily report of entries",
      ],
      tables: [
        { name: "houses", fields: ["house number", "street"] },
        { name: "residents", fields: ["name", "phone number", "house"] },
        { name: "visitor codes", fields: ["code", "visitor name", "resident", "date", "used"] },
        {
          name: "entries",
          fields: ["visitor code", "staff pass", "guard", "time in", "time out", "plate number"],
        },
        { name: "staff passes", fields: ["pass number", "name", "role", "house", "photo", "valid until"] },
        { name: "guards", fields: ["name", "phone number"] },
      ],
      excluded: ["dues", "levy", "SMS"],
      background: ["register book"],
      stack: ["Node.js", "Express", "MongoDB"],
    },
  },
  {
    id: "gold-loan-pledges",
    who: "A Coimbatore pawnbroker in Indian English: a program on the shop's Windows computer, customers found by mobile number, each jewel's gross and net weight and purity valued at the gold rate per gram, a loan up to 75% of the value, a pledge ticket printed in Tamil and English with a webcam photo, interest paid in between, interest at redemption with a minimum of one month, pledges crossing 12 months listed for an auction notice letter, a day summary; each pledge is for one customer only; carbon copy books and a ledger today; 'kindly do not include' UPI, GST 'not required at all', a backup to a pen drive added at the review",
    says: {
      overview:
        "Namaste. We are running a licensed pawnbroking shop in R.S. Puram, Coimbatore, for the last 22 years, giving loans against gold jewels. Daily we are doing around 15 to 20 new pledges and as many redemptions. Till now everything is written by hand: the pledge ticket is written in carbon copy books, one copy to the customer, and the same details are entered again in a big ledger. Calculating interest at the time of redemption takes time and there are mistakes, and when the auditor or the police come asking about one pledge, searching the ledger takes half a day. We want a simple program on the shop computer for this.",
      walkthrough:
        "Customer comes with jewels, say one chain and two bangles. We find the customer by mobile number, or add a new customer with photo and Aadhaar number. For each item we enter the description, gross weight, net weight after removing stones, and purity (22 carat, 20 carat like that). The program takes the gold rate per gram entered that morning and shows the value, and the loan amount can be up to 75% of the value, not more. We put the interest rate per month and the program prints the pledge ticket in Tamil and English, with a photo of the jewels from the webcam.\n\nCustomer can pay interest in between also, partly. At the time of redemption the program should calculate the interest month-wise, minimum one month, minus whatever they have already paid, and show the total to be paid. Once paid, we close the pledge and give back the jewels. Any pledge crossing 12 months without redemption should come in a list for auction notice, and we should be able to print the notice letter. Every evening I want a day summary: loans given, interest received and redemptions.",
      things:
        "Customers - name, father or husband name, address, mobile number, Aadhaar number, photo.\nPledges - pledge number, customer, date, loan amount, interest rate per month, status (open, redeemed or auctioned). Each pledge is for one customer only, and one pledge can have many items.\nItems - pledge, description, gross weight, net weight, purity, value.\nPayments - pledge, date, amount, interest or principal.\nGold rate - date and rate per gram.",
      extras: [
        "Customers pay cash only at our counter, so kindly do not include UPI or any online payment. GST returns and accounts are done by our auditor in Tally, that is not required at all in this program.",
        "Nothing more, thank you.",
      ],
      tech: "Our shop computer is Windows 10. Internet is there but it goes off often, so the program should work without internet.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Only me and my two staff, each with own password",
      Technology: "I have preferences",
    },
    atReview: [
      "One thing I missed: every evening when we close, the program should take a backup to a pen drive, in case this computer fails.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "find the customer by mobile number",
        "gold rate per gram",
        "75% of the value",
        "pledge ticket in Tamil and English",
        "photo of the jewels from the webcam",
        "pay interest in between",
        "minimum one month",
        "auction notice",
        "print the notice letter",
        "day summary",
        "backup to a pen drive",
      ],
      tables: [
        { name: "customers", fields: ["name", "address", "mobile number", "Aadhaar number", "photo"] },
        {
          name: "pledges",
          fields: ["pledge number", "customer", "date", "loan amount", "interest rate", "status"],
        },
        { name: "items", fields: ["pledge", "description", "gross weight", "net weight", "purity", "value"] },
        { name: "payments", fields: ["pledge", "date", "amount"] },
        { name: "gold rates", fields: ["date", "rate"] },
      ],
      excluded: ["UPI", "GST"],
      background: ["carbon copy", "ledger"],
      stack: ["Windows"],
    },
  },
  {
    id: "cricket-log-ts",
    who: "A Johannesburg developer who looks after a social cricket league's website, in South African English: a TypeScript package on npm that takes a season's results and gives back the log (played, won, lost, tied, no result, bonus points, points, net run rate), overs as scorers write them, a bowled-out side counted at its full quota of overs, revised overs for rain, points as settings, level teams split down to head-to-head, tests with last season's real results, nothing stored; a spreadsheet on a Sunday night today; player stats 'are not in this package, ja'",
    says: {
      overview:
        "Howzit. I'm a developer in Joburg, and on the side I look after the website for the Highveld Social Cricket League, 18 club sides playing 40-over games on Saturdays. The log on the website is the thing everyone argues about, especially net run rate when teams finish level on points. At the moment the league secretary works it all out in a spreadsheet on a Sunday night and I paste it in, and last season she got an abandoned game wrong and two clubs nearly came to blows. I'd like a small TypeScript package that takes the season's results and gives back the log, so the website and the league's WhatsApp bot use the same numbers.",
      walkthrough:
        "You pass it the list of results for the season, each with the two teams, the runs and overs for each side, and whether it was a win, a tie, a no result or abandoned. It gives back the log: for each team played, won, lost, tied, no result, bonus points, points and net run rate, sorted. Overs come in the way scorers write them, so 39.4 means 39 overs and 4 balls, not 39.4 overs. If a team is bowled out, it counts as if they faced the full quota of overs, that's the rule. For rain-affected games with a revised target, it uses the revised overs.\n\nPoints are 4 for a win, 2 for a tie or no result, and a bonus point for winning with a run rate of 1.25 times the opposition's, but the league changes these every couple of years, so the points must be settings. Level teams are split on points, then wins, then net run rate, then the head-to-head result. I'd like tests with last season's real results that come out the same as the log the secretary finally agreed on.",
      extras: [
        "Player stats, batting averages and that kind of thing are not in this package, ja, the scoring app does those. And it mustn't save or fetch anything, it's just sums.",
        "That's it, cheers.",
      ],
      tech: "TypeScript, published on npm, no dependencies, and it has to run in Node and in the browser.",
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
        "played won lost tied",
        "net run rate",
        "39 overs and 4 balls",
        "bowled out full quota of overs",
        "revised overs",
        "bonus point",
        "points settings",
        "head-to-head result",
        "last season real results",
      ],
      tables: [],
      excluded: ["player", "average"],
      background: ["spreadsheet"],
      stack: ["TypeScript", "npm"],
    },
  },
  {
    id: "wedding-florist-quotes",
    who: "An Edinburgh wedding florist in Scottish English: weddings with arrangements, each arrangement's recipe of stems costed per stem plus her markup into a quote as a PDF, marked booked on the deposit, the week's flower order added up by flower and rounded up to whole bunches, a run sheet of which arrangements go to which venue; the back of an envelope and a calculator today; the shop's orders and funeral work 'we'll give those a miss', budget taken off and the wholesaler added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hiya. I've a wee flower studio in Leith and we do about sixty weddings a year, nearly all between April and October. Every wedding starts with a consultation, then I put together a quote arrangement by arrangement: the bridal bouquet, the bridesmaids, buttonholes, table centres and so on. Each arrangement has its recipe, so many stems of this and that, and I cost it from what a stem costs me at the wholesaler, plus my markup. Then on the Monday of a wedding week I've to add up every stem across that week's weddings and send the order off, and I do all that on the back of an envelope with a calculator. I'd love a web app for the wedding side of the business.",
      walkthrough:
        "After a consultation I'd add the wedding: the couple, the date, the venues and the budget they've mentioned. Then I build the quote by adding arrangements, say 1 bridal bouquet, 3 bridesmaids' posies and 8 buttonholes, and for each arrangement the recipe of stems. The app works out the cost from the cost per stem, adds my markup and gives me the quote to send as a PDF. When they pay the deposit I mark it booked. On the Monday I want the flower order for the week: all the stems for that week's booked weddings added up by flower, rounded up to whole bunches because the wholesaler sells them in bunches of 10 or 20, ready to email off. And for the day itself, a run sheet: which arrangements go to which venue and what time we need to be there.",
      things:
        "Weddings (couple names, date, ceremony venue, reception venue, budget, status), arrangements (the wedding, the type, how many), flowers (name, colour, cost per stem, stems per bunch), and recipes, which is just which flowers go in an arrangement and how many stems of each.",
      thingsChange:
        "Take the budget off the weddings, I never trust that number anyway. And the flowers need the wholesaler they come from, I use two.",
      extras: [
        "The shop's day-to-day orders and the funeral work go through the till, so we'll give those a miss in here. Weddings only.",
        "No, that's me, ta.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Just me and my assistant Kirsty",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "recipe of stems",
        "cost per stem",
        "adds my markup",
        "quote as a PDF",
        "mark it booked",
        "flower order for the week",
        "rounded up to whole bunches",
        "run sheet",
        "which arrangements go to which venue",
      ],
      tables: [
        { name: "weddings", fields: ["couple names", "date", "ceremony venue", "reception venue", "status"] },
        { name: "arrangements", fields: ["wedding", "type", "quantity"] },
        { name: "flowers", fields: ["name", "colour", "cost per stem", "stems per bunch", "wholesaler"] },
        { name: "recipes", fields: ["arrangement", "flower", "stems"] },
      ],
      excluded: ["budget", "funeral", "till"],
      background: ["envelope", "calculator"],
    },
  },
  {
    id: "compounding-records",
    who: "A Guelph independent pharmacist in Canadian English: non-sterile compounding records, the technician picks the master formula and the app scales the quantities, the lot number and expiry of each ingredient with a warning for an expired lot or one that expires before the beyond-use date, the pharmacist signs off with their own login, a label with the beyond-use date, every batch that used a recalled lot; each lot is of one ingredient; a binder and handwritten log sheets today; dispensing and billing 'stay in Kroll', reordering 'no need to cater for', Ruby on Rails and Postgres",
    says: {
      overview:
        "Hi there. I own an independent pharmacy in Guelph, Ontario, and a fair bit of what we do is non-sterile compounding: creams, ointments, oral suspensions for kids and pets who can't take the commercial product. The college's standards say every compound needs a master formulation record, and a compounding record for each batch with the lot numbers and expiry dates of every ingredient we used. Right now the master formulas live in a binder and each batch gets a handwritten log sheet that gets filed, so if a supplier recalls a lot, finding which batches used it is a whole afternoon of flipping pages. I'm after a web app for the compounding room.",
      walkthrough:
        "A prescription comes in for, say, 100 g of a 2% ketoconazole cream. The technician picks the master formula, types the quantity, and the app scales the quantities of each ingredient. As she weighs each one she enters the lot number and expiry from the container, and the app should warn her if that lot is expired or expires before the beyond-use date. She adds the Rx number from Kroll and her name, then the pharmacist checks it and signs off with their own login. Then we print a label with the beyond-use date, which comes from the master formula, say 30 days. And when a recall comes in, I want to type in the lot number and see every batch that used it, with the Rx numbers.",
      things:
        "Master formulas: name, strength, the ingredients with their quantities for a standard batch, the method, and the beyond-use days. Ingredients: name and supplier. Lots: each lot is of one ingredient, with the lot number and expiry date. Compounding records: the master formula, Rx number, date, quantity made, compounded by, checked by, and the beyond-use date.",
      extras: [
        "Dispensing and billing stay in Kroll, I don't want a second copy of the patient profile in here. And we order from the wholesaler every week, so there's no need to cater for stock reordering.",
        "Nope, that's everything, eh.",
      ],
      tech: "My nephew does Ruby on Rails for a living and he's offered to build it, with Postgres. It'll run on the pharmacy's own server.",
    },
    picks: {
      Kind: "Web app",
      Accounts: "Roles and permissions",
      Technology: "I have preferences",
      "Back end": "Ruby on Rails",
      Database: "Postgres",
    },
    expect: {
      kind: "web app",
      features: [
        "picks the master formula",
        "scales the quantities",
        "lot number and expiry",
        "warn lot is expired",
        "expires before the beyond-use date",
        "pharmacist signs off",
        "label with the beyond-use date",
        "recall lot number",
      ],
      tables: [
        { name: "master formulas", fields: ["name", "strength", "method", "beyond-use days"] },
        { name: "ingredients", fields: ["name", "supplier"] },
        { name: "lots", fields: ["ingredient", "lot number", "expiry date"] },
        {
          name: "compounding records",
          fields: [
            "master formula",
            "Rx number",
            "date",
            "quantity",
            "compounded by",
            "checked by",
            "beyond-use date",
          ],
        },
      ],
      excluded: ["billing", "dispensing", "reorder"],
      background: ["binder", "log sheet"],
      stack: ["Ruby on Rails", "Postgres"],
    },
  },
  {
    id: "listahan-ng-utang",
    who: "A Tondo sari-sari store owner in Tagalog with English words: an app on her phone without internet for each suki's utang, what was taken, how many and the price, the total worked out, partial payments (hulog) bringing the balance down, a limit per suki with a warning, a list of everyone who owes at kinsenas and katapusan with the biggest on top, all that a suki took and paid to show them; each utang is for one suki only; a notebook (kuwaderno) today; 'Hindi na kailangan ng' inventory, 'wag na' GCash",
    says: {
      overview:
        "Hello po! May maliit po akong sari-sari store dito sa Tondo. Marami sa mga suki ko ang umuutang, lalo na bago magkinsenas o magkatapusan. Sa ngayon nakasulat lahat sa isang kuwaderno, yung listahan ng utang, pero minsan nababasa, napupunit, o hindi ko na maintindihan yung sulat ko. May mga nagrereklamo pa na hindi daw nila inutang yun. Gusto ko sana ng app sa cellphone ko para doon ko na ilista ang utang ng bawat suki at makita agad kung magkano na ang total. Ako lang ang gagamit. Wala kaming wifi sa tindahan at madalas wala akong load, kaya dapat gumagana kahit walang internet.",
      walkthrough:
        "Halimbawa, dumating si Aling Nena, kumuha ng dalawang sardinas, isang kilong bigas at tatlong sachet ng kape. Hahanapin ko siya sa app, ilalagay ko yung mga kinuha niya, ilan, at yung presyo, tapos automatic na yung total ng utang niya. Pag nagbayad siya, kahit kalahati lang, ilalagay ko yung hulog niya at bababa yung balance. Gusto ko rin may limit bawat suki, halimbawa 500 pesos lang, at may warning kapag lumampas na. Tuwing kinsenas at katapusan, gusto kong makita ang listahan ng lahat ng may utang, yung pinakamalaki ang utang nasa taas, para alam ko kung sino ang sisingilin ko. Tsaka pag nagtanong ang suki, maipakita ko sa kanya lahat ng kinuha niya at binayad niya.",
      things:
        "Suki: pangalan, address (kalye lang o block at lot), cellphone number, at limit. Utang: kung sinong suki, petsa, item na kinuha, dami, at presyo. Bawat utang ay para sa isang suki lang. Bayad: kung sinong suki, petsa, at halaga.",
      extras: [
        "Hindi na kailangan ng inventory, kabisado ko naman ang laman ng tindahan ko. Tsaka wag na yung GCash, cash lang talaga ang bayaran dito.",
        "Wala na po, salamat po!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Fully offline",
      Accounts: "No accounts",
    },
    expect: {
      kind: "mobile app",
      features: [
        "utang ng bawat suki",
        "total ng utang",
        "hulog balance",
        "limit bawat suki",
        "warning kapag lumampas",
        "kinsenas at katapusan",
        "pinakamalaki ang utang",
        "kinuha at binayad",
      ],
      tables: [
        { name: "suki", fields: ["pangalan", "address", "cellphone number", "limit"] },
        { name: "utang", fields: ["suki", "petsa", "item", "dami", "presyo"] },
        { name: "bayad", fields: ["suki", "petsa", "halaga"] },
      ],
      excluded: ["inventory", "GCash"],
      background: ["kuwaderno"],
    },
  },
  {
    id: "gabbai-aliyot",
    who: "A Petah Tikva synagogue's gabbai in Hebrew: the coming Shabbat's parasha and obligations (חיובים) with the yahrzeits falling that week by the Hebrew date, aliyot handed out with when each man last had one, only kohanim offered for kohen and leviim for levi, what actually happened marked after Shabbat, a monthly list of next month's yahrzeits for the board at the entrance; each yahrzeit belongs to one member; an Excel file and a notebook today; donations and pledges 'לא נוגעים בזה בכלל', 'בלי וואטסאפ ובלי SMS'",
    says: {
      overview:
        "שלום, אני הגבאי של בית כנסת קטן בפתח תקווה, יש לנו בערך 150 מתפללים קבועים. כל התפקיד שלי זה לדעת למי לתת עלייה לתורה בכל שבת, ולא לפספס אזכרות. היום יש לי קובץ אקסל עם כל המתפללים והאזכרות של ההורים שלהם, ויש גם מחברת שבה אני כותב מי קיבל איזו עלייה. אבל האקסל לא מבין תאריכים עבריים, ואני כל הזמן מפספס יארצייט של מישהו והוא נעלב. אני רוצה אפליקציית ווב פשוטה שאני והגבאי השני נוכל לפתוח מהטלפון ומהמחשב.",
      walkthrough:
        "ביום ראשון אני פותח את האפליקציה ורואה את השבת הקרובה: הפרשה, והחיובים של השבוע – מי שיש לו אזכרה שחלה השבוע לפי התאריך העברי, חתן, בר מצווה, מי שנולדה לו בת. אחרי זה אני מחלק את העליות: כהן, לוי, שלישי עד שביעי, מפטיר. ליד כל מתפלל אני רוצה לראות מתי קיבל עלייה לאחרונה, כדי שיהיה הוגן ואף אחד לא ירגיש שמדלגים עליו. כשאני בוחר כהן האפליקציה מציעה רק כהנים, וללוי רק לויים. במוצאי שבת אני מסמן מה היה בפועל, כי תמיד יש שינויים. ופעם בחודש אני רוצה רשימה של כל האזכרות בחודש הבא, בשביל הלוח בכניסה.",
      things:
        "מתפללים: שם, טלפון, כהן לוי או ישראל.\nאזכרות: כל אזכרה שייכת למתפלל אחד – שם הנפטר, קרבה (אבא, אמא), ותאריך עברי.\nעליות: שבת, פרשה, איזו עלייה, ומי קיבל.\nשמחות: מתפלל, סוג השמחה (חתן, בר מצווה, לידה), תאריך.",
      extras: [
        "תרומות, נדרים – אנחנו לא נוגעים בזה בכלל, לגזבר יש תוכנה משלו. וגם בלי וואטסאפ ובלי SMS, אני מתקשר לכל אחד בעצמי.",
        "לא, זה הכל. תודה רבה!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "רק אני והגבאי השני נכנסים עם סיסמה",
    },
    expect: {
      kind: "web app",
      features: [
        "אזכרה שחלה השבוע",
        "לפי התאריך העברי",
        "מחלק את העליות",
        "מתי קיבל עלייה לאחרונה",
        "רק כהנים",
        "מה היה בפועל",
        "האזכרות בחודש הבא",
      ],
      tables: [
        { name: "מתפללים", fields: ["שם", "טלפון"] },
        { name: "אזכרות", fields: ["מתפלל", "שם הנפטר", "קרבה", "תאריך עברי"] },
        { name: "עליות", fields: ["שבת", "פרשה", "עלייה", "מתפלל"] },
        { name: "שמחות", fields: ["מתפלל", "סוג", "תאריך"] },
      ],
      excluded: ["תרומות", "נדרים", "וואטסאפ"],
      background: ["אקסל", "מחברת"],
    },
  },
];
