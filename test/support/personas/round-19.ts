import type { Persona } from "../persona-driver.js";

/**
 * The nineteenth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-19.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes, in parentheses or told in sentences. Eight
 * write in English, each in their own English: Northern Irish ("Bout ye", "so I am",
 * "for" meaning because, "some boy", "Dead on"), Trinidadian ("I does run", "they
 * costume", "pure bacchanal", "where we reach", "ting", "doh"), Maltese ("Mela", "I tell
 * you", "Madonna, what a morning", "Grazzi ħafna, u ejja"), Zimbabwean ("eish, it's a
 * mission", "we are failing to keep up", ZiG, EcoCash, "Form 1 up to Upper Six"), Texan
 * ("Howdy", "like to never let it go", "might could", "it don't need to", "the whole
 * enchilada", "Much obliged"), Cornish (lower-case, "atm", "proper faff", "dreckly",
 * "proper job"), Hong Kong ("so-called", "Actually the most troublesome part", "don't
 * need to care lah", mahjong terms in Chinese characters in brackets) and British
 * Bangladeshi ("Salaam", "back home", "it's carnage", "the aunties", "cos", "Cheers
 * bhai"). One writes in Urdu (Urdu script, never used before, as a Samanabad tent service
 * owner types it, with the English words Lahoris write in Urdu letters: "سافٹ ویئر",
 * "بکنگ", "ایڈوانس", "ٹوٹل بل", "لوڈنگ لسٹ", "واٹس ایپ", "میسج", "کسٹمر", "ایڈریس",
 * "فنکشن", "سیزن"), and one in Estonian (never used before, as a firewood seller outside
 * Tartu types it, with "ruumimeeter", "kallur", "SMS-i", "e-kiri", and Next.js and
 * Messente in Latin letters). What varies is the kind of software, the domain and the
 * length of the answers: web apps for a Portadown pub darts league's fixtures, results and
 * three-dart averages, a Cornish pilot gig club's crews picked for its outings, a Tower
 * Hamlets charity's qurbani shares done in Sylhet villages (seven shares a cow, a photo of
 * each animal with the names on a board), a Lahore tent service's bookings of shamianas,
 * chairs and degs (کرسیاں, شامیانے, دیگیں) with what is free on a date and what came
 * back broken, and a Tartu firewood seller's orders by the loose cubic metre delivered by
 * tipper (küttepuud, ruumimeetrid, kallur); a phone app for a Port of Spain mas band's
 * costume distribution crew at the mas camp, piece by piece, when the signal drops; a Go
 * command-line tool that scores a Hill Country fire department's barbecue cook-off from
 * the judges' sheets, with commands and flags; a service without screens that a Bulawayo
 * school's bank and EcoCash post fees payments to, in USD and ZiG; a program on a
 * Kalkara boatyard's Windows computer for boats hauled out for the winter, where they
 * stand and which have to move first in spring; and a Rust crate on crates.io that counts
 * the faan of a Hong Kong mahjong hand and its payout. The gig club's captain answers in
 * a few lower-case words each time, the boatyard owner in long paragraphs, the others in
 * between. Relations said plainly ("a player can only throw for the one team in a
 * season", "every masquerader in one section only", "each boat belongs to one owner", "a
 * boat sits in one space at a time", "a payment is for one student, but it can be split
 * over terms", "each outing is 1 gig", "every share goes in one animal", "ہر بکنگ ایک
 * کسٹمر کی ہوتی ہے", "iga tellimus on ühe kliendi oma"); background in result sheets
 * texted as photos, Excel and a Facebook page, a printed list and a highlighter, a
 * whiteboard with magnets and a diary, a bank statement matched with a ruler and a receipt
 * book, a pencil and an old adding machine, a WhatsApp poll and a pen, a laminated chart
 * on a parlour's wall, a Google Form and WhatsApp voice notes, a register (رجسٹر), a
 * notebook and an Excel table (märkmik, Exceli tabel); technology named as Flutter,
 * Windows, PHP, Laravel and MySQL, Go, Rust and crates.io, Stripe, Next.js and Messente;
 * "no" said as "we'll not be doing that in it", "don't be putting … in either", "we not
 * studying that at all", "doh bother put that in", "forget about them", "I don't want to
 * hear about that", "they have no place in it", "not part of the deal", "it mustn't deal
 * with", "we'll pass on all that", "it don't need to fool with", "not bothered with",
 * "none of that … stuff", "don't need to care lah", "not our library's business", "we're
 * not getting into that", "that's a no from us", "ہمارا کام نہیں … اس میں نہ ڈالیں",
 * "اس کا جھنجھٹ … نہیں چاہیے", "me ei müü, neid pole vaja", "ärge siia pange". The
 * darts league's secretary moves the captain's phone from the teams to the players and
 * adds the week number to the fixtures after "Change something" at "Your data"; the
 * qurbani volunteer adds the relative the meat should go to at the review. The score
 * compares Urdu by its letters in Latin script and Estonian without its ä, õ, ö and ü,
 * so their expected words are written in the forms the person used, and their excluded
 * words were checked not to read like anything they want.
 */
export const NINETEENTH_ROUND: readonly Persona[] = [
  {
    id: "darts-league-averages",
    who: "A Portadown darts league's fixtures secretary in Northern Irish English: the fixtures made at the start of the season so each team plays every other team twice and no pub has two matches on the one night, the home captain puts in the result on his phone with each player's legs won, points scored, darts thrown, 180s and highest checkout, the away captain confirms it, the league table by points then legs difference, each player's three-dart average from his points scored and darts thrown, an averages table for those who've played at least 10 games, a postponed match rearranged within two weeks and the ones still waiting on a date; records after colons inline, a player throws for the one team in a season; result sheets texted as photos, Excel, the Facebook page and an A3 sheet today; the subs and fines 'we'll not be doing that in it', the knockout cup 'don't be putting … in'; the captain's phone moved from the teams to the players and the week number added to the fixtures after 'Change something' at 'Your data'",
    says: {
      overview:
        "Bout ye. I'm the fixtures secretary for the Upper Bann Darts League, it's a pub league round Portadown and Lurgan, fourteen teams this season and near enough a hundred and twenty players, and we play Thursday nights from September through to April. I do the fixtures, the results, the league table and the averages, and between the jigs and the reels of it I'm at it every Friday and half the weekend, so I am.\n\nRight now the captains fill in a result sheet on the night and text me a photo of it, and half of them you can't read. Then I type the whole lot into Excel and stick the table up on the Facebook page. The fixtures is an A3 sheet I make up in August with a pencil and a rubber. What I'm after is a website for the league where the captains put the results in themselves and everybody can see the table and the averages, so they'd stop ringing me at all hours.",
      walkthrough:
        "At the start of the season I put in the teams, and I want it to make the fixtures for me, so each team plays every other team twice, once at home and once away. And no pub has two matches on the one night, for some of the pubs only have the one board. A match is nine games, six singles and three pairs, every game best of three legs of 501.\n\nOn the night, when the match is done, the home captain puts in the result on his phone: for each player, the legs he won, his points scored and the darts he threw, any 180s and his highest checkout. Then the away captain confirms it, for there's always some boy says the score's wrong, and if he doesn't agree it comes to me to sort out.\n\nThe league table is two points for a win, and it goes by points and then legs difference. From each player's points scored and darts thrown it should work out his three-dart average. There's an averages table for everyone who's played at least 10 games, for otherwise you'd have a fella play one game, hit a ton and top the averages, so you would. And when a match gets postponed, a funeral or the pub's flooded or whatever, it has to be rearranged within two weeks, and I want it to show me the ones still waiting on a date.",
      things:
        "Teams: name, the pub, the captain and the captain's phone. Players: name and the team they throw for, and a player can only throw for the one team in a season. Fixtures: the date, home team and away team. Scores, for every player in every match: the fixture, the player, legs won, points scored, darts thrown, 180s and highest checkout.",
      thingsChange:
        "Take the captain's phone off the teams and put a phone number on the players instead, for the captains change halfway through the season and then I'm chasing the wrong man. And the fixtures wants the week number on them as well.",
      extras: [
        "The subs and the fines for not turning up, we'll not be doing that in it, Sadie the treasurer keeps all that in her wee book. And don't be putting the knockout cup in either, the county association runs it and they've their own way of doing things.",
        "No, that's me. Dead on, cheers.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The captains log in to put in their results, me and the chairman run the thing, and anybody can look at the table and the averages without logging in.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "every other team twice",
        "pub two matches night",
        "home captain puts in the result",
        "away captain confirms",
        "180s highest checkout",
        "legs difference",
        "three-dart average",
        "averages table at least 10 games",
        "rearranged within two weeks",
        "waiting on a date",
      ],
      tables: [
        { name: "teams", fields: ["name", "pub", "captain"] },
        { name: "players", fields: ["name", "team", "phone"] },
        { name: "fixtures", fields: ["date", "home team", "away team", "week number"] },
        {
          name: "scores",
          fields: [
            "fixture",
            "player",
            "legs won",
            "points scored",
            "darts thrown",
            "180s",
            "highest checkout",
          ],
        },
      ],
      excluded: ["subs", "fines", "cup"],
      background: ["Excel", "Facebook"],
    },
  },
  {
    id: "mas-costume-collection",
    who: "A Port of Spain mas band's costume distribution manager in Trinidadian English: a phone app for the distribution crew at the mas camp, a masquerader found by scanning the QR code from their registration email or by searching by name or ID number, their section, costume size and what they still owe, nobody taking a costume home until it paid off in full, each piece ticked off as it handed over and what still outstanding, somebody collecting for somebody else with an authorisation letter photographed, working when the signal drops, a count of costumes collected per section every night; records after dashes inline, every masquerader in one section only; a printed list by section and a highlighter today; the GPS on the road 'we not studying that at all', the drinks 'doh bother put that in'; Flutter",
    says: {
      overview:
        "Good afternoon. I does run costume distribution for Island Fusion Mas, a mid-size band in Port of Spain, we bringing out about eighteen hundred masqueraders Carnival Monday and Tuesday. Distribution is the two weeks before Carnival when people come by the mas camp in Woodbrook to collect they costume, and every year is pure bacchanal. We have a printed list by section and a highlighter, people lining up for hours in the hot sun, somebody say they pick up already and the list say no, somebody cousin come for them with no letter. I want an app on the phones for my distribution crew so we could move the line fast and know for sure who get what.",
      walkthrough:
        "When a masquerader reach the front of the line, my crew scan the QR code from their registration email, or if they lose that, search by name or ID number. The app show them the section, the costume size, how much they pay and how much they still owe, because nobody taking a costume home until it paid off in full, they have to go by the cashier first and come back. Then the crew tick off each piece as they hand it over: the headpiece, the bra or the top, the belt, the leg pieces, the arm bands, whatever that section have. Sometimes a piece not ready yet, usually the headpiece, so they does come back for it, and the app must show what still outstanding.\n\nIf somebody collecting for somebody else, they have to bring an authorisation letter and their own ID, and the crew take a photo of the letter and write down the name of the person collecting. Inside the mas camp the signal does drop all the time, so the app have to keep working when the signal drops and catch up after. And every night I want a count of costumes collected per section, so the section leaders know where we reach.",
      things:
        "Masqueraders - name, ID number, phone, email, section, costume size, total price, amount paid. Sections - name, section leader. Pieces - the section and the name of the piece (headpiece, bra, belt, leg pieces and so on). Collections - the masquerader, the piece, which crew member hand it out, the date and time, the name of whoever collect it if is not the masquerader self, and the photo of the letter. Every masquerader in one section only, and a section have plenty masqueraders.",
      extras: [
        "Some people asking for a GPS thing to find the band on the road Carnival Tuesday, we not studying that at all. And the drinks and the all-inclusive, the bar crew have they own ting, doh bother put that in.",
        "Nah, is that. Thanks plenty, eh.",
      ],
      tech: "My cousin Kern does build apps in Flutter, he say he could do it in Flutter so it run on Android and iPhone both.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Only me and the distribution crew log in. The masqueraders doh log in, they just show the QR code.",
      Technology: "I have preferences",
      "App tech": "Flutter",
    },
    expect: {
      kind: "mobile app",
      features: [
        "scan the QR code",
        "search by name or ID number",
        "how much they still owe",
        "paid off in full",
        "tick off each piece",
        "still outstanding",
        "authorisation letter",
        "photo of the letter",
        "signal drops",
        "count of costumes collected per section",
      ],
      tables: [
        {
          name: "masqueraders",
          fields: [
            "name",
            "ID number",
            "phone",
            "email",
            "section",
            "costume size",
            "total price",
            "amount paid",
          ],
        },
        { name: "sections", fields: ["name", "section leader"] },
        { name: "pieces", fields: ["section", "name"] },
        { name: "collections", fields: ["masquerader", "piece", "crew member", "date", "letter photo"] },
      ],
      excluded: ["GPS", "drink"],
      background: ["highlighter"],
      stack: ["Flutter"],
    },
  },
  {
    id: "boatyard-winter-storage",
    who: "A Kalkara boatyard owner in Maltese English, in long paragraphs: a program on the yard office's Windows computer, no internet, a haul-out booked with the boat's length, beam, weight and keel, where the slings go kept with each boat, a plan of the yard showing which boat is in which space and the free spaces by size, the jobs the owner wants (antifouling, anodes, polishing) with the worker's hours and materials, a job sheet for each worker printed every morning, storage at so many euro per metre per month and what each owner owes, a relaunch list in order of the launch date with the boats in the way that have to move first; records told in sentences, each boat belongs to one owner and sits in one space at a time; a whiteboard with magnets, a diary and paper slips today; the invoices 'forget about them', selling boats 'I don't want to hear about that', the moorings 'have no place in it'; Windows",
    says: {
      overview:
        "Mela, good morning. I run a small boatyard in Kalkara, by the creek, which my father started in 1979, and now it is me, my sister Rita in the office and five workers. Our main business is the winter. From October to December the owners bring their boats out of the water, we lift them with the travel hoist and keep them in the yard on stands and cradles until April or May, and while they are out we do the work on them, antifouling, anodes, polishing, small repairs. We keep about a hundred and forty boats, from small fishing boats to motor yachts of fourteen metres, and the yard is full to the last centimetre, I tell you.\n\nHow do we keep track? There is a big whiteboard in the office with the plan of the yard drawn on it and a magnet with the name of every boat, and a diary where Rita writes the haul-out and launch dates, and the work is written on paper slips that the workers lose. Last spring one of the workers knocked the whiteboard with a ladder, half the magnets fell on the floor, and we spent a whole morning walking the yard to put them back. Madonna, what a morning. The internet in the yard is terrible, it goes every time the wind blows from the north, so I want a program on the office computer, not something on the internet, that keeps all this properly.",
      walkthrough:
        "It starts when an owner rings to book a haul-out. We write down the boat with its length, beam, weight and the kind of keel, because that decides where the slings go under the hull and if it needs a cradle or just stands. The first time a boat comes, the foreman notes where the slings go for that boat, so next year whoever drives the hoist knows, and the program must keep that with the boat. Before the day I need to choose a space for it, and for that I want a plan of the yard showing which boat is in which space and the free spaces by size, because a twelve-metre boat does not fit in a space for eight metres, obviously.\n\nWhile the boat is out, the owner tells us what work he wants: antifouling, new anodes, polishing, maybe the propeller cleaned. Each job has a worker, and the worker writes down his hours and the materials he used, two tins of antifouling and so on, so at the end we know what to charge. Every morning I want to print a job sheet for each worker with his jobs and where the boats are in the yard, so nobody is walking around looking for a boat.\n\nThe storage we charge at so many euro per metre per month, from the haul-out date to the launch date, and the program should work out what each owner owes for the storage and the jobs. Then in spring everybody wants the boat in the water for Easter, all at the same time, yesterday if possible. So I need a relaunch list in order of the launch date, and because the boats stand so close together, the list must show which boats are in the way and have to move first, the ones standing between that boat and the hoist dock.",
      things:
        "First the owners, with name, phone, email and address. Most of them have one boat but some have two or three, and each boat belongs to one owner. The boats have a name, the registration number, the length, beam, weight, the keel type and the note on where the slings go. The spaces in the yard have a code, like B7, the row, and the maximum length that fits in it, and a boat sits in one space at a time. Then every winter a boat comes out there is a stay, let me call it that: the boat, the space, the haul-out date, the launch date and the rate per metre. The jobs have the boat, the worker, what the job is, the hours, the materials and whether it is done. And the workers, only their name and phone.",
      extras: [
        "One thing I must tell you. The invoices, forget about them, Rita does them in the accounting program with the VAT and everything, the program only has to tell her what the owner owes. Some owners also ask us to sell their boat for them, I don't want to hear about that in this program, it is a different business. And the moorings in the creek are not ours, they are the government's, so they have no place in it.",
        "No, that is everything. Grazzi ħafna, u ejja.",
      ],
      tech: "It has to run on Windows, the office computer is Windows 11. And without internet, please.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No logins, only me and Rita use the one computer in the office",
      Technology: "I have preferences",
    },
    expect: {
      kind: "desktop app",
      features: [
        "book a haul-out",
        "length beam weight keel",
        "where the slings go",
        "plan of the yard",
        "free spaces by size",
        "hours materials",
        "job sheet for each worker",
        "euro per metre per month",
        "what each owner owes",
        "relaunch list in order of the launch date",
        "in the way move first",
      ],
      tables: [
        { name: "owners", fields: ["name", "phone", "email", "address"] },
        {
          name: "boats",
          fields: ["name", "owner", "registration number", "length", "beam", "weight", "keel type", "slings"],
        },
        { name: "spaces", fields: ["code", "row", "maximum length"] },
        { name: "stays", fields: ["boat", "space", "haul-out date", "launch date", "rate"] },
        { name: "jobs", fields: ["boat", "worker", "hours", "materials", "done"] },
        { name: "workers", fields: ["name", "phone"] },
      ],
      excluded: ["invoic", "sell", "mooring"],
      background: ["whiteboard", "magnet", "diary"],
      stack: ["Windows"],
    },
  },
  {
    id: "school-fees-payments",
    who: "A Bulawayo private school's bursar in Zimbabwean English: a service without screens that the bank and EcoCash post every fees payment to with the student number as reference, a payment in ZiG converted to USD at the interbank rate of that day which she puts in every morning, the payment put against arrears from past terms first, a receipt number and an SMS to the parent with the amount and the new balance, a payment whose student number matches no student on a suspense list for the fees clerk, the same bank reference never taken twice, the old school system and the parents' WhatsApp bot asking for the balance by student number, end-of-day totals by channel, a list of students owing more than 100 dollars after week three; records after colons on lines, a payment is for one student but can be split over terms; a printed bank statement matched with a ruler and a receipt book today; the uniform and tuck shops 'not part of the deal', salaries 'it mustn't deal with'; PHP, Laravel and MySQL",
    says: {
      overview:
        "Good day. I am the bursar at Hillside Ridge College, a private secondary school in Bulawayo, Form 1 up to Upper Six, about 650 students, and I have two fees clerks in my office. Parents pay fees in so many ways now: at the bank, by EcoCash, a few still bring cash, some pay in USD and some in ZiG. Every morning we print the bank statement and the clerks sit with a ruler going line by line, matching payments to students, then they write receipts from the receipt book and capture them into our old school system. When a parent puts a wrong reference, eish, it's a mission. We are failing to keep up, especially at the start of term when everybody pays at once.\n\nWhat I want is a service in the middle, with no screens, that the bank and EcoCash send every payment to, and that our old school system and the parents' WhatsApp bot can ask.",
      walkthrough:
        "Our bank, CBZ, has agreed to post every payment into the school account to the service as it comes in, and EcoCash will do the same for our merchant code. Each payment comes with the student number as reference, the amount, the currency and the bank reference. If it is in ZiG, the service must convert it to USD at the interbank rate of that day, which I put in every morning, because our fees are set in USD. Then it puts the payment against the student, arrears from past terms first, then the current term. It gives a receipt number and sends an SMS to the parent with the amount received and the new balance.\n\nIf the student number matches no student, which happens every day because a parent types his phone number or the child's name, the payment must go on a suspense list, and the fees clerk allocates it to the right student from the old system once she finds out who it is. The same bank reference must never be taken twice, sometimes the bank sends a payment again, so the service refuses it. Our old school system asks the service for a student's balance and payments when the clerks print a statement for a parent, and a developer is making a WhatsApp bot for the parents that will ask for the balance by student number. Cash paid at the office, the clerks post it from the old system the same way, with cash as the channel.\n\nAt the end of the day I want the totals by channel, bank, EcoCash and cash, to check against the bank. And after week three of the term the head wants a list of students owing more than 100 dollars, so she can call the parents in.",
      things:
        "Students: student number, name, form, parent name, parent phone\nTerms: name, start date, end date, fees\nPayments: student, amount, currency, rate, channel, bank reference, date, receipt number\nAllocations: payment, term, amount\nRates: date, rate\nA payment is for one student, but it can be split over terms, that is what the allocations are for. Each student has one parent phone for the SMS.",
      extras: [
        "The uniform shop and the tuck shop, those are not part of the deal, they have their own tills. And it mustn't deal with the staff salaries, that is the accountant's side with the payroll.",
        "No, I think that's all. Thank you very much.",
      ],
      tech: "Our computer teacher, Mr Ncube, is the one who will look after it, and he works in PHP with Laravel. The old school system is on MySQL, so MySQL as well.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No people log in. The bank, EcoCash, our old school system and the WhatsApp bot each get their own key.",
      Technology: "I have preferences",
      "Back end": "PHP with Laravel",
      Database: "MySQL",
    },
    expect: {
      kind: "api service",
      features: [
        "student number as reference",
        "USD interbank rate",
        "arrears from past terms first",
        "receipt number",
        "SMS parent new balance",
        "suspense list",
        "same bank reference twice",
        "balance by student number",
        "totals by channel",
        "owing more than 100 dollars",
      ],
      tables: [
        { name: "students", fields: ["student number", "name", "form", "parent name", "parent phone"] },
        { name: "terms", fields: ["name", "start date", "end date", "fees"] },
        {
          name: "payments",
          fields: [
            "student",
            "amount",
            "currency",
            "rate",
            "channel",
            "bank reference",
            "date",
            "receipt number",
          ],
        },
        { name: "allocations", fields: ["payment", "term", "amount"] },
        { name: "rates", fields: ["date", "rate"] },
      ],
      excluded: ["tuck", "salary", "payroll"],
      background: ["ruler", "receipt book"],
      stack: ["PHP", "Laravel", "MySQL"],
    },
  },
  {
    id: "cookoff-scoring",
    who: "A Hill Country volunteer fire department's cook-off chairman in Texan English: a Go command-line tool that reads the judges' score sheets typed into a CSV (judge number, box number, category, appearance, tenderness, taste), checks for missing scores, scores out of range and a judge who scored the same box twice, adds up each box with taste counting double and the lowest score of the six dropped, ties broken by taste then tenderness, the box numbers matched to the teams only afterwards from the head judge's secret list, the top 10 in each category (chicken, pork ribs, brisket), Grand Champion and Reserve Grand Champion from points 10 for first down to 1 for tenth, a results sheet big enough for the announcer, nothing kept from one year to the next; a pencil and an old adding machine today; the entry fees 'we'll pass on all that', the sponsors 'it don't need to fool with'; commands and flags",
    says: {
      overview:
        "Howdy. I'm chairman of the cook-off committee for the Willow City Volunteer Fire Department, out in the Hill Country between Fredericksburg and Llano. Every April we put on a barbecue cook-off to raise money for the department, and last year we had sixty-two cook teams and forty judges. Problem is the scoring. Right now we've got four ladies in the fire station kitchen adding up score sheets with a pencil and an old adding machine, and it takes 'em two hours while everybody stands around in the heat waiting on the awards. Last year we got a total wrong and a team from Kerrville like to never let it go. My grandson Tyler writes software down in Austin and he says he can make me a little command-line program for the laptop, so that's what I'm after.",
      walkthrough:
        "We've got three categories, chicken, pork ribs and brisket. Every team turns in one box per category, and every box gets a number, so the judging is blind. Each box goes to a table of six judges, and each judge scores it on appearance, tenderness and taste, one to ten. The volunteers type the sheets into a spreadsheet and save it as a CSV: the judge number, the box number, the category and the three scores.\n\nFirst thing the program has to do is check the sheets for missing scores, scores out of range, or a judge that scored the same box twice, which happens when somebody fat-fingers a box number. Then for each box it adds up the judges' scores, and taste counts double. It drops the lowest score of the six, so one grumpy judge can't sink a team. Ties get broken by taste, then by tenderness.\n\nOnly after all that do we bring out the secret list that says which box number belongs to which team, the one the head judge keeps locked in his truck, and the program matches the box numbers to the teams. Then it prints the top 10 in each category. For the Grand Champion, each team gets points for where it placed in each category, 10 for first down to 1 for tenth, and the most points is Grand Champion and the next one is Reserve Grand Champion. And I want the results sheet printed big enough that the announcer can read it off a clipboard in the wind. It don't need to remember a thing from one year to the next, every cook-off starts fresh from its own files.",
      commands:
        "check --scores scores.csv just tells me what's wrong with the sheets. results --scores scores.csv --boxes boxes.csv --category brisket prints the one category, and with --all instead of --category it does all three. grand --scores scores.csv --boxes boxes.csv gives the Grand Champion and the Reserve. Those two take --out results.txt so I can print it, and --top 10, though I might could want 15 some year.",
      extras: [
        "The entry fees and the cook team sign-ups, we'll pass on all that, our secretary does it on paper like always. And it don't need to fool with the sponsors neither, their banners are their business.",
        "Nope, I reckon that's the whole enchilada. Much obliged.",
      ],
      tech: "Tyler says Go, so Go it is. The laptop's a Windows one the department bought in 2019.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "No",
      Technology: "I have preferences",
      Language: "Go",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "missing scores out of range",
        "same box twice",
        "taste counts double",
        "drops the lowest score",
        "ties taste tenderness",
        "box numbers to the teams",
        "top 10 in each category",
        "10 for first 1 for tenth",
        "Reserve Grand Champion",
        "announcer",
      ],
      tables: [],
      excluded: ["fee", "sponsor"],
      background: ["adding machine", "pencil"],
      stack: ["Go"],
      commands: ["check", "results", "grand", "--scores", "--boxes", "--category", "--all", "--out", "--top"],
    },
  },
  {
    id: "gig-crews",
    who: "A Cornish pilot gig club's captain in a few lower-case words a time: the captains put up the outings, rowers say which outings they're free for, 6 rowers + a cox picked for each gig with each rower in a seat, only those with the cox ticket can cox, the crew gets a text, rowers see their crew, a tally of outings per rower for the season; records after dashes on lines, each outing is 1 gig; a WhatsApp poll and a pen today; the subs 'not bothered with', regatta entries 'none of that … stuff'",
    says: {
      overview: "crew picking for our gig club. st mawes, 60 odd rowers, 2 gigs",
      more: "atm its a whatsapp poll n me with a pen on a sunday night. proper faff",
      walkthrough:
        "us captains put up the outings for the week. rowers say which outings theyre free for. then i pick 6 rowers + a cox for each gig n put each rower in a seat, 1 to 6. only ones with the cox ticket can cox. crew gets a text when its picked n rowers see their crew on the site. want a tally of outings per rower for the season too so its fair",
      things:
        "rowers - name, phone, age group, cox ticket y/n\ngigs - name, year built\noutings - date, time, gig, training or race\ncrew - outing, rower, seat\neach outing is 1 gig",
      extras: [
        "not bothered with subs, treasurer does that dreckly. none of that regatta entries stuff neither, secretary does it",
        "thats it. proper job",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "rowers log in. me + 2 other captains pick crews",
    },
    expect: {
      kind: "web app",
      features: [
        "put up the outings",
        "rowers outings free",
        "6 rowers cox each gig",
        "each rower in a seat",
        "cox ticket",
        "crew gets a text",
        "rowers see their crew",
        "tally of outings per rower",
      ],
      tables: [
        { name: "rowers", fields: ["name", "phone", "age group", "cox ticket"] },
        { name: "gigs", fields: ["name", "year built"] },
        { name: "outings", fields: ["date", "time", "gig"] },
        { name: "crew", fields: ["outing", "rower", "seat"] },
      ],
      excluded: ["subs", "regatta"],
      background: ["poll", "pen"],
    },
  },
  {
    id: "hk-mahjong-faan",
    who: "A Kwun Tong app startup's developer in Hong Kong English: a Rust crate on crates.io that scores a winning Hong Kong mahjong hand (the 14 tiles with the exposed melds, the winning tile, self-drawn or from a discard, the seat wind and round wind, the flowers), finds how the tiles split into four sets and a pair and takes the grouping with the most faan, lists each pattern and its faan (self-drawn, concealed hand, all chows, dragons, winds, all pungs, mixed one suit, pure one suit, own flower, no flowers, thirteen orphans to the limit), a hand below the minimum faan cannot win, the minimum and the limit of 10 or 13 faan as settings, the payout under full shooter or half shooter and for self-drawn, 200 real hands from a Mong Kok parlour as test cases, nothing stored; the parlour staff counting in their head with a laminated chart on the wall today; Taiwan and Japanese riichi rules 'don't need to care', drawing tiles and animations 'not our library's business'; Rust, crates.io",
    says: {
      overview:
        "Hi, I am a developer in a small startup in Kwun Tong. We are making an app for mahjong players in Hong Kong, a so-called scoring app, for the uncles and aunties who play at home and also for the mahjong parlours. Actually the most troublesome part is counting the faan. In the parlour the staff count it in their head and check the payout on a laminated chart on the wall, and at home people always argue, especially about the payout. So we want the scoring logic in one Rust crate, then the iOS app and the Android app both call it, and later our web version also. We will publish it on crates.io.",
      walkthrough:
        "The input is the winning hand: the 14 tiles, including the melds already exposed, which tile is the winning tile, self-drawn (自摸) or won from a discard, the seat wind and the round wind, and the flowers the player has. First it must find how the tiles split into four sets and a pair, and if there is more than one way, take the grouping with the most faan.\n\nThen it counts the faan by Hong Kong rules and lists each pattern and its faan, so the players can see why: self-drawn 1 faan, concealed hand 1, all chows (平糊) 1, each pung of dragons 1, seat wind and round wind 1 each, all pungs (對對糊) 3, mixed one suit (混一色) 3, pure one suit (清一色) 7, own flower 1 each, no flowers 1, and limit hands like thirteen orphans (十三么) go straight to the limit. A hand below the minimum faan cannot win, normally it is 3 faan, but every parlour sets the minimum and the limit, 10 or 13 faan, so these must be settings.\n\nThen the payout. The parlour gives the base amount for each faan count. Under full shooter (全銃) the player who discarded the winning tile pays for all three, under half shooter (半銃) the discarder pays the full amount and the other two pay half. If it is self-drawn, all three others pay. Our tester spent two weeks at a parlour in Mong Kok and wrote down 200 real hands with the correct faan and payout, these must be the test cases.",
      extras: [
        "Taiwan 16-tile rules and Japanese riichi, don't need to care lah, our users only play Hong Kong style. Drawing the tiles, the animations, all these are the app's job, not our library's business.",
        "No more, thanks a lot!",
      ],
      tech: "Rust, published on crates.io. The iOS and Android apps will call it through UniFFI, but that part we handle ourselves.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Rust",
    },
    expect: {
      kind: "library",
      features: [
        "four sets and a pair",
        "grouping with the most faan",
        "each pattern and its faan",
        "seat wind and the round wind",
        "all pungs",
        "pure one suit",
        "thirteen orphans",
        "minimum faan cannot win",
        "limit 10 or 13 faan",
        "full shooter half shooter",
        "self-drawn three others pay",
        "200 real hands test cases",
      ],
      tables: [],
      excluded: ["Taiwan", "riichi", "animation"],
      background: ["laminated"],
      stack: ["Rust", "crates.io"],
    },
  },
  {
    id: "qurbani-shares",
    who: "A Tower Hamlets community trust's volunteer in British Bangladeshi English: donors order qurbani shares on the site and pay by card through Stripe, a cow has seven shares and a goat is one share, each share in the name the qurbani is for, orders close the day before Eid, the cows filled seven shares at a time with a family's shares kept together in the same cow, a list for the partners in Sylhet of how many cows and goats to buy for each village, a photo of each animal with the names on a board uploaded by the partners, the donor texted the photo when it's done, the number of families the meat went to; records after colons inline, every share goes in one animal; a Google Form, a massive spreadsheet and WhatsApp voice notes today; zakat and sadaqah 'we're not getting into that', Gift Aid 'that's a no from us'; the relative the meat should go to added to the shares at the review; Stripe",
    says: {
      overview:
        "Salaam. I volunteer with the Brick Lane Welfare Trust, it's a small community charity in Tower Hamlets, and every year for Eid ul-Adha we do qurbani for families here. The actual qurbani happens back home in Sylhet though, in the villages our families come from, and the meat goes to poor families there. Last year we did just under nine hundred shares. It's all run off a Google Form and a massive spreadsheet my cousin Rumana looks after, and the partners in Sylhet send us WhatsApp voice notes at two in the morning telling us which cow's done. Honestly it's carnage every single year. We want a proper website where people can order and see their qurbani actually got done.",
      walkthrough:
        "A donor goes on the site and orders shares. A cow has seven shares and a goat is one share, so it's like £75 for a cow share and £110 for a goat, it changes every year. For each share they put the name the qurbani is for, usually their own name or their mum and dad's, sometimes someone who's passed away. They pay by card, through Stripe, the treasurer's already set that up for the charity. Orders close the day before Eid, no exceptions, because the partners need time to buy the animals.\n\nThen the cows need filling seven shares at a time, and if a family orders four shares I want them kept together in the same cow if possible, the aunties really care about that. Once orders are closed, the partners in Sylhet need a list of how many cows and goats to buy for each village. On Eid day they do the qurbani and upload a photo of each animal with the names written on a board in front of it, and then the donor gets a text with the photo saying their qurbani's done. After the meat's given out, the partner puts in the number of families the meat went to for each animal, cos we send that to the donors at the end.",
      things:
        "Donors: name, phone, email and postcode. Orders: the donor, the date, the total and whether it's paid. Shares: the order, the name it's for, cow or goat, and which animal it ends up in. Animals: cow or goat, the village, the tag number, the photo, when it was done and how many families got meat. Villages: the name and our partner there with his phone number. Every share goes in one animal, a cow takes seven and a goat just the one.",
      extras: [
        "Zakat and general sadaqah, we're not getting into that, it's a whole different set of rules and the mosque handles it. Gift Aid as well, that's a no from us, qurbani doesn't count for it anyway.",
        "Nah, that's it. Cheers bhai.",
      ],
      tech: "Only Stripe for the card payments, cos the charity already has the account. The rest I don't mind, whatever you think.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Donors sign up to see their orders, us four volunteers are admins, and the partners in Sylhet log in to upload the photos and the families.",
      Technology: "I have preferences",
    },
    atReview: [
      "Sorry, one more thing before you finish. Loads of families want the meat from their share to go to their own relatives back home, not just any poor family. Can each share have the name of the relative it should go to? Then the partner knows who to give it to.",
    ],
    expect: {
      kind: "web app",
      features: [
        "cow has seven shares",
        "name the qurbani is for",
        "pay by card",
        "close the day before Eid",
        "seven shares at a time",
        "kept together in the same cow",
        "cows goats buy each village",
        "photo of each animal with the names",
        "text with the photo",
        "number of families",
        "meat relatives",
      ],
      tables: [
        { name: "donors", fields: ["name", "phone", "email", "postcode"] },
        { name: "orders", fields: ["donor", "date", "total", "paid"] },
        { name: "shares", fields: ["order", "name", "animal", "relative"] },
        { name: "animals", fields: ["village", "tag number", "photo"] },
        { name: "villages", fields: ["name", "partner"] },
      ],
      excluded: ["zakat", "sadaqah", "Gift Aid"],
      background: ["Google Form", "voice note"],
      stack: ["Stripe"],
    },
  },
  {
    id: "tent-service-bookings",
    who: "A Samanabad tent service owner in Urdu (Urdu script): a booking with the customer, the date, the function and the address, and the items (chairs, tables, shamianas), how many of each item are free on that date so there is no double booking, the total bill and the advance, a WhatsApp message to the customer, a loading list every morning for the labourers, every item counted on return and a broken or missing chair put on the customer's bill, the remaining amount; records after colons on lines, each booking is one customer's; a register and a diary today; catering 'ہمارا کام نہیں … اس میں نہ ڈالیں', the labourers' pay 'اس کا جھنجھٹ … نہیں چاہیے'",
    says: {
      overview:
        "السلام علیکم۔ میری سمن آباد لاہور میں المدینہ ٹینٹ سروس کے نام سے دکان ہے، ابو جی نے 1992 میں شروع کی تھی۔ ہم شادیوں، مہندی، ولیمے، قل، ختم اور میلاد کے لیے شامیانے، قناتیں، کرسیاں، میزیں، دریاں، لائٹیں اور دیگیں کرائے پر دیتے ہیں۔ سارا حساب ابھی ایک رجسٹر اور ایک ڈائری میں ہوتا ہے۔ دسمبر میں شادیوں کا سیزن ہوتا ہے تو ایک ہی دن کی پندرہ پندرہ بکنگز ہوتی ہیں، اور کئی دفعہ ایسا ہوا کہ کرسیاں دو جگہ بک ہو گئیں اور ہمارے پاس اتنی تھیں ہی نہیں، پھر بندہ ادھر ادھر سے مانگتا پھرتا ہے۔ مجھے ایک سافٹ ویئر چاہیے جو دکان کے کمپیوٹر پر بھی چلے اور موبائل پر بھی کھل جائے۔",
      walkthrough:
        "کسٹمر دکان پر آتا ہے یا فون کرتا ہے۔ ہم اس کا نام، موبائل نمبر، فنکشن کی تاریخ، کون سا فنکشن ہے اور جگہ کا ایڈریس لکھتے ہیں، پھر سامان: کتنی کرسیاں، کتنی میزیں، کتنے شامیانے وغیرہ۔ بکنگ کرتے وقت سافٹ ویئر بتائے کہ اس تاریخ کو ہر چیز کتنی فارغ ہے، تاکہ ڈبل بکنگ نہ ہو۔ پھر ٹوٹل بل بنے اور کسٹمر جو ایڈوانس دے وہ لکھا جائے، اور کسٹمر کو واٹس ایپ پر بکنگ کا میسج چلا جائے۔\n\nفنکشن سے ایک دن پہلے ہمارے مزدور لوڈر میں سامان لے کر جاتے ہیں اور لگا کر آتے ہیں۔ ہر صبح مجھے اس دن کی لوڈنگ لسٹ چاہیے کہ کون سا سامان کس ایڈریس پر جانا ہے، جو میں مزدوروں کو دے دوں۔ فنکشن کے بعد سامان واپس آتا ہے تو واپسی پر ہر چیز گنی جائے۔ جو کرسی ٹوٹی ہو یا کم ہو، اس کے پیسے کسٹمر کے بل میں ڈال دیے جائیں۔ پھر بقایا رقم نکلے جو کسٹمر نے دینی ہے۔",
      things:
        "کسٹمر: نام، موبائل نمبر، ایڈریس\nبکنگ: کسٹمر، تاریخ، فنکشن (مہندی، بارات، ولیمہ، قل وغیرہ)، ایڈریس، ٹوٹل بل، ایڈوانس\nسامان: نام، کل تعداد، کرایہ\nبکنگ کا سامان: بکنگ، سامان، تعداد، واپس آیا، ٹوٹا یا کم\nہر بکنگ ایک کسٹمر کی ہوتی ہے، ایک کسٹمر کی کئی بکنگز ہو سکتی ہیں۔",
      extras: [
        "کھانا یعنی کیٹرنگ ہمارا کام نہیں، وہ کسٹمر خود باورچی سے کرواتا ہے، اس میں نہ ڈالیں۔ مزدوروں کی تنخواہ کا حساب میں خود رکھتا ہوں، اس کا جھنجھٹ سافٹ ویئر میں نہیں چاہیے۔",
        "بس جی، اتنا ہی ہے۔ بہت شکریہ۔",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "میں اور میرا منشی لاگ ان کریں گے، کسٹمر نہیں۔",
    },
    expect: {
      kind: "web app",
      features: [
        "کتنی فارغ",
        "ڈبل بکنگ",
        "ٹوٹل بل ایڈوانس",
        "واٹس ایپ میسج",
        "لوڈنگ لسٹ",
        "واپسی گنی",
        "ٹوٹی بل",
        "بقایا رقم",
      ],
      tables: [
        { name: "کسٹمر", fields: ["نام", "موبائل نمبر", "ایڈریس"] },
        { name: "بکنگ", fields: ["کسٹمر", "تاریخ", "فنکشن", "ایڈریس", "ٹوٹل بل", "ایڈوانس"] },
        { name: "سامان", fields: ["نام", "کل تعداد", "کرایہ"] },
        { name: "بکنگ کا سامان", fields: ["بکنگ", "سامان", "تعداد", "واپس آیا"] },
      ],
      excluded: ["کیٹرنگ", "باورچی", "تنخواہ"],
      background: ["رجسٹر"],
    },
  },
  {
    id: "kuttepuud-tellimused",
    who: "A firewood seller near Tartu in Estonian: customers order on the website (wood type, length, amount in loose cubic metres, dry or fresh, address, the week they want), the price from the price per cubic metre plus transport by zone, a confirmation e-mail, the stock in the shed going down when the wood is delivered, at most 8 cubic metres in the tipper at a time, a route list for the driver each day, an SMS the day before the delivery, the order marked delivered from the phone; records in parentheses, each order is one customer's; a notebook and an Excel table today; pellets and briquettes 'ei müü, neid pole vaja', invoices made in Merit 'ärge siia pange'; Next.js and Messente",
    says: {
      overview:
        "Tere! Meil on väike küttepuude äri Tartu lähedal Kambjas, mina ja mu mees Mart. Teeme kase- ja lepapuid, saeme ja lõhume ise ja hoiame kuuris kuivamas. Müüme ruumimeetri kaupa ja veame kliendile koju oma kalluriga. Praegu käib kõik telefoni teel, ma kirjutan tellimused märkmikku ja siis Exceli tabelisse, ja sügisel, kui kõik korraga puid tahavad, läheb täitsa segaseks. Tahaks veebilehte, kus kliendid saavad ise tellida ja kus me näeme, mis kuhu vaja viia.",
      walkthrough:
        "Kodulehel klient valib: puuliik (kask või lepp), pikkus (30, 40 või 50 cm), kogus ruumimeetrites, kas kuivad või toored, aadress ja nädal, millal ta puid tahab. Hind tuleb ruumimeetri hinnast ja transport tuleb tsooni järgi juurde: Tartu linn üks hind, kuni 20 km teine ja kaugemale kolmas. Kui tellimus on tehtud, saab klient e-kirja kinnitusega.\n\nMul on vaja näha laoseisu, mitu ruumimeetrit igat puuliiki ja pikkust kuuris on, ja kui puud on ära viidud, siis laoseis väheneb. Kallurisse mahub korraga kuni 8 ruumimeetrit, nii et ma panen veopäeva tellimused kokku nii, et üle ei läheks. Igaks päevaks võiks Mardi jaoks olla sõidunimekiri: aadressid ja telefoninumbrid, piirkonna järgi järjestatud. Päev enne vedu saab klient SMS-i, mis kellaajal umbes tuleme. Kui puud on maha laotud, märgib Mart telefonist tellimuse tarnituks.",
      things:
        "Kliendid (nimi, telefon, e-post, aadress). Tellimused (klient, puuliik, pikkus, kogus, kuiv või toores, soovitud nädal, veopäev, tsoon, hind). Puuliigid (nimi, hind ruumimeetri kohta). Ladu (puuliik, pikkus, kogus). Tsoonid (nimi, hind). Iga tellimus on ühe kliendi oma, aga üks klient võib tellida mitu korda.",
      extras: [
        "Pelleteid ja brikette me ei müü, neid pole vaja. Arved teeb raamatupidaja Meritis, arveid ärge siia pange.",
        "Ei, rohkem pole. Aitäh!",
      ],
      tech: "Mardi vennapoeg Karl õpib Tartu Ülikoolis informaatikat ja ütles, et teeb selle Next.js-iga. SMS-id võiks minna Messente kaudu, see on Eesti firma.",
    },
    picks: {
      Kind: "Web app",
      Accounts: "Ainult mina ja Mart logime sisse, kliendid tellivad ilma kontota.",
      Technology: "I have preferences",
      "Front end": "Next.js",
    },
    expect: {
      kind: "web app",
      features: [
        "puuliik pikkus kogus ruumimeetrites",
        "transport tsooni järgi",
        "e-kirja kinnitusega",
        "laoseis väheneb",
        "kuni 8 ruumimeetrit",
        "sõidunimekiri",
        "päev enne vedu SMS",
        "tarnituks",
      ],
      tables: [
        { name: "kliendid", fields: ["nimi", "telefon", "e-post", "aadress"] },
        {
          name: "tellimused",
          fields: [
            "klient",
            "puuliik",
            "pikkus",
            "kogus",
            "kuiv",
            "soovitud nädal",
            "veopäev",
            "tsoon",
            "hind",
          ],
        },
        { name: "puuliigid", fields: ["nimi", "hind"] },
        { name: "ladu", fields: ["puuliik", "pikkus", "kogus"] },
        { name: "tsoonid", fields: ["nimi", "hind"] },
      ],
      excluded: ["pellet", "brikett", "Merit"],
      background: ["märkmik", "Excel"],
      stack: ["Next.js", "Messente"],
    },
  },
];
