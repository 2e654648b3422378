import type { Persona } from "../persona-driver.js";

/**
 * The eighteenth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-18.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes, in parentheses or told in sentences. Eight
 * write in English, each in their own English: American Southern ("fixing to", "y'all",
 * "ain't", "No sir"), Welsh ("Bore da", "mam", "Diolch yn fawr"), New Zealand (lower-case,
 * "atm", "the ute", "yeah nah"), Jamaican ("mi", "dem", "inna", "wid", "no sah", "Bless
 * up"), Pakistani ("we are making", "nobody is trusting fully", "there is no requirement
 * of", "JazakAllah"), Ghanaian ("my boys", "GH₵", "MoMo", "God bless you"),
 * Filipino-American ("Tita", "where's my box na?", "salamat") and Yorkshire ("Now then",
 * "wi'", "owt", "thirty year", "wants taking off", "that's your lot"). One writes in
 * Persian (never used before, in the Arabic script with its Persian letters, as a Tehran
 * hiking group's secretary types it, colloquial, with the loanwords Iranians use: "سایت",
 * "اکسل", "تلگرام", "پیامک", "لیست", "مینی‌بوس", "پنل"; Django and PostgreSQL written in
 * Latin letters), and one in
 * Tamil (Tamil script, never used before, as a Velachery hostel owner types it, with the
 * English words Chennai people write in Tamil letters: "ரூம்", "பெட்", "அட்வான்ஸ்",
 * "கெஸ்ட்", "EB", "ரீடிங்", "லிஸ்ட்", "ரிமைண்டர்", "நோட்டீஸ்", and "WhatsApp" in Latin).
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a council crematorium's memorials (Book of Remembrance entries, wall plaques and rose
 * bushes on ten-year leases, with proofs, renewal letters in Welsh or English and a list
 * of plaques waiting to come down), a Bay Area balikbayan box forwarder (pickups, a box
 * label with a barcode, boxes scanned into a container, a sender looking up where the box
 * is, a delivery photo), a Tehran hiking group's programmes (برنامه‌ها, a valid sports
 * insurance, a four-thousand-metre peak before Damavand, a waiting list, an emergency
 * number and blood group for the leader, dates in the Persian calendar) and a Chennai
 * ladies' hostel's beds and rent (காலி பெட், each room's EB sub-meter split equally, a
 * list of who hasn't paid, a month's notice, the advance returned less dues); phone apps
 * for a Tauranga glazier measuring up windows on site and a Kumasi susu collector taking
 * traders' daily contributions round the market out of network; a Python command-line
 * tool that builds a Mandeville radio station's daily commercial log, reconciles it with
 * the as-run log and makes proofs of broadcast, with commands and flags; a service
 * without screens that a driving range's register and new ball dispensers call for range
 * card credits, with C#, .NET and SQL Server; a program on a Yorkshire pigeon club's
 * Windows laptop that works out distances, velocities and the result sheet; and a Dart
 * package on pub.dev that works out Islamic inheritance shares as a Lahore legal-tech
 * startup needs them (Hanafi fiqh, awl and radd, orphaned grandchildren under Section 4).
 * The glazier answers in a few lower-case words each time, the crematorium's bereavement
 * services officer in long paragraphs, the others in between. Relations said plainly
 * ("each member has one card", "each memorial has one applicant", "each pane belongs to a
 * job", "each client is for one collector only", "each box goes to one receiver", "every
 * bird belongs to one member's loft", "a race is from one race point", "هر ثبت‌نام مال
 * یه عضو و یه برنامه‌ست", "ஒவ்வொரு பெட்டும் ஒரு ரூம்ல தான்"); background in tokens and a
 * coin box, a ledger and a spreadsheet, a notepad and a calculator, Excel and a
 * highlighter, an Excel sheet a senior partner made, susu cards and an exercise book, a
 * receipt book and Facebook Messenger, a calculator and a book of distances, a Telegram
 * channel and an Excel file (تلگرام, اکسل), a notebook (நோட்டு); technology named as C#,
 * .NET and SQL Server, Python, Dart and pub.dev, Android and Hubtel, Windows, Django and
 * PostgreSQL; "no" said as "I don't want any part of", "y'all can leave … alone", "a
 * separate kettle of fish entirely, so please keep well away from it", "needn't take any",
 * "yeah nah no", "dont bother with", "a whole other story, don't bother wid that", "no
 * sah, it nuh fi touch", "there is no requirement of", "please don't involve", "we don't
 * want to bring … into it at all", "leave it out of it", "we stopped doing", "we're not
 * a … we don't touch", "we can manage wi'out", "I don't want owt to do wi'", "لازم
 * نیست", "نمی‌خوایم، بی‌خیالش", "اصلاً نذارید", "இதுல வேண்டாம்", "தேவையில்லை". The
 * balikbayan box forwarder takes a field off and adds one after "Change something" at
 * "Your data"; the pigeon club's secretary adds the clock variation at the review. The
 * score compares Persian and Tamil by their letters in Latin script, so their expected
 * words are written in the forms the person used, and their excluded words were checked
 * not to read like anything they want.
 */
export const EIGHTEENTH_ROUND: readonly Persona[] = [
  {
    id: "range-ball-cards",
    who: "An Alabama driving range owner in Southern American English: a service without screens that the pro shop register and two new ball dispensers call, credits put on a range card at the register, the dispenser sends the card number and bucket size and the service says yes or no and takes the credits off, members on the unlimited plan held to 4 buckets a day, a lost card blocked and its credits moved to a new card, a text to the attendant on duty when a hopper is low, an end-of-day count of buckets by size; records told in sentences, each member has one card; tokens and a coin box today; the snack bar and the batting cages 'I don't want any part of', lessons 'y'all can leave … alone', C#, .NET and SQL Server",
    says: {
      overview:
        "Well hey there. My wife and I own a driving range off Highway 72 just outside Huntsville, Alabama, been at it going on eleven years. Right now folks buy tokens at the counter in the pro shop, one token for a small bucket and two for a large, and they carry the token out to the ball machine by the tee line. Problem is, tokens walk off. Kids pocket 'em, people take 'em home and come back a year later, and I have found more than one washer in that coin box. So we're fixing to put in two new ball dispensers that read a card instead of taking tokens, and the fella selling them says they need a service somewhere they can ask whether a card is good. That's what I need y'all to build. There ain't any screens to it, the register and the machines do all the talking.",
      walkthrough:
        "Say a fella comes in wanting three large buckets. He pays at the register same as always, and the register tells the service to put six credits on his range card, or to start him a new card if he hasn't got one. A small bucket is one credit and a large is two, same as the tokens were. He walks out to the dispenser, swipes his card and punches small or large. The dispenser sends the card number and the bucket size, and the service says yes or no and takes the credits off the card. If there ain't enough on it, the machine tells him to see the pro shop, but that's on the machine's end, not ours.\n\nThen we have about forty members on the monthly unlimited plan. Their cards don't run out of credits, but I don't want anybody taking more than 4 buckets a day, so the service has to keep count and say no to the fifth one. When somebody loses their card, we block it from the register and move whatever credits were left onto a new card.\n\nThe dispensers can tell when the hopper is getting low on balls, and when that happens I want a text sent to the attendant on duty, so he can get out there with the picker and fill it back up before there's a line. And when we close up, the register pulls an end-of-day count of buckets by size for each dispenser, so I know what we did.",
      things:
        "A range card has the card number, a name and phone if they gave us one, how many credits are on it, and whether it's blocked. A member has a name, phone, email, which plan they're on and the renewal date, and each member has one card, it's just a range card that's marked unlimited. The dispensers have a number and a location, number one's up on the mat tees and number two's down by the grass tees. The bucket sizes are small and large, with how many balls go in each and how many credits they cost. Every time a machine gives out a bucket the dispenser company calls that a vend, and I want every vend kept: which card, which dispenser, what size and the time. And the attendants, that's a name and cell number and whether they're on duty.",
      extras: [
        "Now the snack bar and the batting cages, I don't want any part of them in this, they run off the register like always. And y'all can leave the lessons alone too, my pro keeps his own book.",
        "No sir, I believe that's all of it.",
      ],
      tech: "My son-in-law writes C# for a contractor over at the arsenal, and he's the one that'll look after it, so C# and .NET, and he says SQL Server for the database.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "Nobody logs in. The register and the two dispensers each get their own key.",
      Technology: "I have preferences",
      "Back end": "C# and .NET",
      Database: "SQL Server",
    },
    expect: {
      kind: "api service",
      features: [
        "credits on range card",
        "card number and the bucket size",
        "takes the credits off the card",
        "4 buckets a day",
        "move credits new card",
        "hopper low",
        "text attendant on duty",
        "end-of-day count of buckets by size",
      ],
      tables: [
        { name: "range cards", fields: ["card number", "name", "phone", "credits", "blocked"] },
        { name: "members", fields: ["name", "phone", "email", "plan", "renewal date", "card"] },
        { name: "dispensers", fields: ["number", "location"] },
        { name: "bucket sizes", fields: ["balls", "credits"] },
        { name: "vends", fields: ["card", "dispenser", "bucket size", "time"] },
        { name: "attendants", fields: ["name", "cell number", "on duty"] },
      ],
      excluded: ["snack", "batting cage", "lesson"],
      background: ["coin box"],
      stack: ["C#", ".NET", "SQL Server"],
    },
  },
  {
    id: "crematorium-memorials",
    who: "A south Wales council crematorium's bereavement services officer in long paragraphs: Book of Remembrance entries, wall plaques and rose bushes for the deceased, a proof of the wording approved by the family before the order goes to the calligrapher or the engraver, the ten-year lease starting when the work is back, the entries for today's date, a search by name for the wall and position, a renewal letter three months before a lease ends in Welsh or English and a second a month before, plaques waiting to come down; records told in sentences, each memorial has one applicant; a ledger and a spreadsheet today; the cremations, organist and webcasts 'a separate kettle of fish entirely, so please keep well away from it', payments 'needn't take any'",
    says: {
      overview:
        "Bore da. I'm the bereavement services officer at Cwm Garw Crematorium, which the county borough council runs, just up the valley from Bridgend. There are six of us in the office. Apart from the cremations themselves, a big part of our work is the memorials families choose afterwards, and there are three kinds: an entry in the Book of Remembrance, which is a big hand-lettered book in the Chapel of Remembrance that's opened at the right page every morning, so a family coming in on the anniversary sees their loved one's name; a small bronze plaque on one of the memorial walls in the garden; or a rose bush in one of the rose beds, with a little plaque on a stake in front of it.\n\nThe book goes back to 1962, and the way we keep track of it all is a ledger for the book entries and a spreadsheet for the plaques and roses that someone set up in 2009 and nobody quite understands any more. The wording goes back and forth with families by post, and the orders go to the calligrapher and the engraver on paper forms. It works, more or less, but things go missing, and the plaques and rose bushes are leased for ten years at a time, so we've got hundreds of leases coming to an end every year and no good way of knowing which ones. What I'd like is a web app for the office that keeps every memorial, the family we deal with for it and where it all is, and does the letters.",
      walkthrough:
        "When a family want a memorial, they usually come into the office or ring us. We take down who it's for, which kind they'd like, and the wording. For the book, they choose two, five or eight lines, and the entry goes on the page for the date of death, or another date if they'd rather. For a plaque we find a free position on one of the walls, and for a rose bush a free spot in a bed, and they can choose the variety from the ones we grow. Then we send the family a proof of the wording to check, because a spelling mistake in the book is there forever, and it has happened, believe me. Once they've approved the proof, the order goes off to the calligrapher, who comes in once a month and writes up the book, or to the engraver for the plaques. When the work comes back we mark it done, and for a plaque or a rose that's when the ten-year lease starts.\n\nEvery morning the attendant turns the book to the day's page. I'd like the app to show the entries for today's date, so that if someone rings up asking whether their mam is showing today, whoever answers can tell them. Visitors also ask at the office where a plaque or a rose is, so I want to be able to search by the name of the person and see the wall and the position, or the bed and the bush number.\n\nThe leases are the thing that really worries me. Three months before a lease ends, the app should send the family a renewal letter, in Welsh or English, whichever they asked for, because as a council everything we send out has to be available in both. If they renew, the lease runs for another ten years. If we hear nothing, a second letter goes a month before, and if there's still nothing once it has ended, the plaque comes down and we keep it for a year in case the family want it back, and the position goes free for someone else. I'd like a list of the ones waiting to come down, so the grounds staff know what to take off the walls.",
      things:
        "Let me think how best to put it. There's the person who died, the deceased, with their full name, date of death, and the cremation number if they were cremated here, which most were but not all. Then the applicant, the member of the family we deal with: name, address, phone, email, and their language, Welsh or English, for the letters. One applicant can have several memorials, for her husband and her parents say, but each memorial has one applicant.\n\nThe book entries have the deceased, how many lines, the wording, the page date, which is the day it's shown, and whether the proof has been approved. The plaques have the deceased, the wall, the position on the wall, the wording, and the lease start and lease end. The rose bushes have the rose bed, the bush number, the variety, the deceased, and the lease start and lease end as well. And the walls and the rose beds themselves are just a name each, like 'East Wall' or 'Rose Bed 4', and how many positions they hold.",
      extras: [
        "One thing I should say. The cremations themselves, the service times, the organist and the webcasts are all booked on the cremation system the funeral directors use, and that's a separate kettle of fish entirely, so please keep well away from it. And the fees are paid to the council's cash office, so the app needn't take any payments.",
        "No, I think that covers it. Diolch yn fawr.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "The six of us in the office and the attendant log in. Families don't.",
    },
    expect: {
      kind: "web app",
      features: [
        "proof of the wording",
        "approved the proof",
        "order to the calligrapher",
        "engraver plaques",
        "ten-year lease starts",
        "entries for today's date",
        "search name wall position",
        "renewal letter three months before",
        "Welsh or English",
        "second letter a month before",
        "waiting to come down",
      ],
      tables: [
        { name: "deceased", fields: ["full name", "date of death", "cremation number"] },
        { name: "applicants", fields: ["name", "address", "phone", "email", "language"] },
        {
          name: "book entries",
          fields: ["deceased", "applicant", "lines", "wording", "page date", "proof approved"],
        },
        {
          name: "plaques",
          fields: ["deceased", "applicant", "wall", "position", "wording", "lease start", "lease end"],
        },
        {
          name: "rose bushes",
          fields: ["deceased", "applicant", "rose bed", "bush number", "variety", "lease start", "lease end"],
        },
        { name: "walls", fields: ["name", "positions"] },
        { name: "rose beds", fields: ["name", "positions"] },
      ],
      excluded: ["organist", "webcast", "payment"],
      background: ["ledger", "spreadsheet"],
    },
  },
  {
    id: "glazing-measure-ups",
    who: "A Tauranga glazier in a few lower-case words a time: a phone app to measure each window on site (width, height, glass type, thickness, room), take a pic, add up the square metres and price it, the quote sent to the customer, the glass ordered off the supplier as one list, each pane ticked off when fitted; records after dashes on lines, each pane belongs to a job; a notepad and a calculator today; 'yeah nah no' invoicing, 'dont bother with' a calendar",
    says: {
      overview: "app for measuring up glass jobs on site. tauranga, me + 2 lads",
      more: "atm its a notepad in the ute and i do the quotes at night on the calculator. want it on our phones",
      walkthrough:
        "open the job, measure each window - width x height, glass type, thickness, which room. take a pic. app adds up the square metres and prices it, sends the quote to the customer. if they say yes, order the glass off the supplier as one list. tick off each pane when its fitted",
      things:
        "jobs - customer, address, phone, date, status\npanes - job, room, width, height, glass type, thickness, qty\nglass types - name, price per m2\neach pane belongs to a job",
      extras: ["yeah nah no invoicing, xero does that. dont bother with a calendar either", "all good"],
    },
    picks: {
      Kind: "Mobile app",
      Accounts: "me and the lads log in",
    },
    expect: {
      kind: "mobile app",
      features: [
        "measure each window",
        "glass type thickness",
        "take a pic",
        "adds up square metres",
        "quote to the customer",
        "order glass supplier",
        "tick off pane fitted",
      ],
      tables: [
        { name: "jobs", fields: ["customer", "address", "phone", "date", "status"] },
        {
          name: "panes",
          fields: ["job", "room", "width", "height", "glass type", "thickness", "quantity"],
        },
        { name: "glass types", fields: ["name", "price"] },
      ],
      excluded: ["invoic", "calendar"],
      background: ["notepad", "calculator"],
    },
  },
  {
    id: "radio-spot-log",
    who: "A Mandeville community radio station's traffic manager in Jamaican English: a Python command-line tool that builds the next day's commercial log from the sales reps' orders CSV, each client's spots spread across the dayparts they paid for, no more than four spots in one break and never two competing clients in the same break, a CSV for the automation system to import, the as-run log compared against the schedule with the missed spots listed for make-goods, a proof of broadcast PDF per client for the month with the station letterhead, nothing stored; Excel and a highlighter today; JACAP music logging 'a whole other story, don't bother wid that', invoices 'no sah, it nuh fi touch', commands and flags",
    says: {
      overview:
        "Good day. I am the traffic manager at Irie Vibes 98.5 FM, a small community station in Mandeville, Manchester. Traffic mean the commercials: every day mi have to build the log of which ads play in which break, and after the day done, check that dem really play, so we can send each client a proof of broadcast. Right now mi do the log inna Excel every evening and type it over into the automation system, and at month end mi sit down with the as-run printouts and a highlighter and check it line by line. A whole heap of time, and when mi sick nobody else can do it. I want a little command-line tool on the studio PC to do the log and the checking.",
      walkthrough:
        "The sales reps keep the orders in a spreadsheet that I export as orders.csv. Each order is one client and one spot: the client, the client's category, the spot's cart number, how many spots per day, which days of the week, which dayparts (morning drive, midday, afternoon drive, evening), and the start and end date of the campaign. Every evening I run schedule for the next day, and it must build the day's commercial log from the orders, spreading each client's spots across the dayparts they paid for, with no more than four spots in one break, and never two competing clients in the same break, like two hardware stores or two banks. That is what the category is for. It writes out a CSV that the automation system imports.\n\nNext morning the automation system gives me the as-run log from yesterday, what actually played and at what time. Then I run reconcile, and it must compare the as-run log against the schedule and list the missed spots, the ones that never play, so I can put them back in as make-goods. At the end of the month, proof makes the proof of broadcast for one client, a PDF with every time their spot played that month, with the station letterhead on top, and it looks for the as-run files in the asrun folder.",
      commands:
        'schedule --date 2025-06-14 --orders orders.csv --out log-2025-06-14.csv. reconcile --date 2025-06-13 --asrun asrun/2025-06-13.csv. proof --client "Hi-Lo" --month 2025-05 --out hilo-may.pdf, and --all instead of --client to make one for every client that month.',
      extras: [
        "The music logging for JACAP, that is a whole other story, don't bother wid that. And no sah, it nuh fi touch the invoices, accounts do those in QuickBooks.",
        "No, that is all. Bless up.",
      ],
      tech: "Python. My nephew Andre is learning it at UTech and him say him will keep it running. The studio PC is Windows 10.",
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
        "day's commercial log from the orders",
        "spots across the dayparts",
        "four spots in one break",
        "competing clients same break",
        "CSV automation system imports",
        "compare as-run log schedule",
        "missed spots",
        "proof of broadcast",
        "every time spot played",
        "station letterhead",
      ],
      tables: [],
      excluded: ["JACAP", "invoic", "QuickBooks"],
      background: ["Excel", "highlighter"],
      stack: ["Python"],
      commands: [
        "schedule",
        "reconcile",
        "proof",
        "--date",
        "--orders",
        "--out",
        "--asrun",
        "--client",
        "--month",
        "--all",
      ],
    },
  },
  {
    id: "wirasat-shares",
    who: "A Lahore legal-tech startup's developer in Pakistani English: a Dart package on pub.dev that works out Islamic inheritance (wirasat) shares by Hanafi fiqh from the deceased, the heirs (in parentheses) and the estate, debts and funeral expenses off first, the wasiyyat at most one third, fixed shares then residuaries with a son getting double of a daughter, awl and radd, orphaned grandchildren under Section 4 of the Muslim Family Laws Ordinance, exact fractions and amounts in rupees, an explanation in English and Urdu, the worked examples as test cases, nothing stored; an Excel sheet a senior partner made today; Jafari fiqh 'there is no requirement of', land records 'please don't involve', no family tree",
    says: {
      overview:
        "Assalam o Alaikum. I am working as a developer in a small legal-tech startup in Lahore. We are making a Flutter app for advocates and for ordinary families to understand wirasat, the Islamic inheritance shares, because after a death in the family this becomes a big tension and people have no idea who gets how much. Currently our advocates are calculating by hand on paper, or with an Excel sheet one senior partner made years back which nobody is trusting fully. I want to make the calculation a separate Dart package, so the app and later our web portal both can use the same logic, and we can test it properly.",
      walkthrough:
        "You give it the deceased, male or female, the list of surviving heirs with how many of each (wife or wives, husband, sons, daughters, father, mother, full brothers, full sisters, paternal grandfather and so on), and the total value of the estate. First it takes off the debts and the funeral expenses, then the wasiyyat, which cannot be more than one third of what is left. Then it works out the share of each heir according to Hanafi fiqh: the fixed shares first, like one eighth for the wife when there are children, and then the residue goes to the residuary heirs, with a son getting double of a daughter. It must handle awl, when the fixed shares add up to more than the whole, and radd, when something is left over and there is no residuary heir.\n\nOne thing very specific to Pakistan: under Section 4 of the Muslim Family Laws Ordinance, the orphaned grandchildren, whose father or mother died before the grandparent, get the share their parent would have got. Many calculators online are missing this, so it must be there. The answer should give each heir's share as an exact fraction, not a decimal, and the amount in rupees, and a short explanation of which rule was applied, in English and Urdu both, because the families want to read it in Urdu. And all the worked examples from the fiqh book our senior partner uses, we have typed them already, should be the test cases.",
      extras: [
        "There is no requirement of Jafari fiqh for now, our clients are mostly Sunni, maybe in a later version. And please don't involve the land records, fetching them from PLRA is a separate headache and the app handles it. It should also not draw any family tree, the screens are the app's job.",
        "No, that's all. JazakAllah.",
      ],
      tech: "Dart, published on pub.dev, since the app is in Flutter. No dependencies if possible.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Dart",
    },
    expect: {
      kind: "library",
      features: [
        "debts and funeral expenses",
        "wasiyyat one third",
        "share of each heir",
        "Hanafi fiqh",
        "son double daughter",
        "awl",
        "radd",
        "orphaned grandchildren",
        "exact fraction",
        "amount in rupees",
        "explanation English Urdu",
        "worked examples test cases",
      ],
      tables: [],
      excluded: ["Jafari", "PLRA", "family tree"],
      background: ["Excel"],
      stack: ["Dart", "pub.dev"],
    },
  },
  {
    id: "susu-collections",
    who: "A Kumasi market susu collector in Ghanaian English: a phone app for her and her two collectors, a client found by name or card number, today's contribution recorded or several days at once, an SMS with what was paid and the total so far for the month, working without network, each collector's cash to hand over in the evening, the clients who have not paid today, at month end the total, her commission of one day's contribution and the amount to pay out, an SMS when paid; records after colons on lines, each client is for one collector only; susu cards and an exercise book today; loans 'we don't want to bring … into it at all', MoMo 'leave it out of it', Android and Hubtel",
    says: {
      overview:
        "Good morning. I am a susu collector at Kejetia market in Kumasi. I have about 180 clients, mostly traders, and two young men who help me collect. Every client contributes a fixed amount every day, some GH₵5, some GH₵20, and at the end of the month I take one day's contribution as my commission and give them the rest. That is how susu works. Currently every client has a susu card which we tick when they pay, and I write everything in a big exercise book in the evening. But cards get lost, people argue that they paid on a day we didn't tick, and sometimes my boys' money does not add up. I want an app on our phones to record everything as we move round the market.",
      walkthrough:
        "My boy comes to the client's stall, he finds the client by name or card number, and records today's contribution. Sometimes the client pays for several days at once, maybe she travelled or she wants to pay ahead, so he should be able to enter the number of days and the app marks all those days paid. Immediately the client gets an SMS with what she paid and her total so far for the month, so there is no argument. Some parts of the market the network is bad, so it must work without network and send everything when the network comes back.\n\nIn the evening each collector should see his total for the day, the cash he must hand over to me, and I check it against the money. I also want a list of the clients who have not paid today, so tomorrow we can follow up. At month end, for each client, the app should show the total she contributed, my commission of one day's contribution, and the amount to pay out. When I pay her, I record it and she gets an SMS. Some clients also take their money before the month ends, and then I pay out what they have minus the commission.",
      things:
        "Clients: name, phone number, stall, card number, daily amount, and which collector is in charge of them. Each client is for one collector only.\nCollectors: name and phone number.\nContributions: the client, the date, the amount, how many days, and the collector who took it.\nPayouts: the client, the date, the amount paid and the commission.",
      extras: [
        "Loans, please, we don't want to bring loans into it at all, that is for the microfinance people and it brings trouble. And MoMo, leave it out of it, my clients pay cash.",
        "No, that is all. God bless you.",
      ],
      tech: "We all use Android phones. For the SMS, my nephew says Hubtel, he has used it before.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "I and my two collectors log in. The clients don't, they only get SMS.",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    expect: {
      kind: "mobile app",
      features: [
        "name or card number",
        "today's contribution",
        "several days at once",
        "SMS total so far",
        "without network",
        "cash hand over",
        "not paid today",
        "commission one day's contribution",
        "amount to pay out",
      ],
      tables: [
        {
          name: "clients",
          fields: ["name", "phone number", "stall", "card number", "daily amount", "collector"],
        },
        { name: "collectors", fields: ["name", "phone number"] },
        { name: "contributions", fields: ["client", "date", "amount", "days", "collector"] },
        { name: "payouts", fields: ["client", "date", "amount", "commission"] },
      ],
      excluded: ["loan", "MoMo"],
      background: ["exercise book"],
      stack: ["Android", "Hubtel"],
    },
  },
  {
    id: "balikbayan-boxes",
    who: "A Daly City balikbayan box forwarder in Filipino-American English: pickups booked online, each box's size, receiver in the Philippines and price by box size and region, a label with the box number and a barcode, boxes scanned into a container with its status (sailed, arrived, cleared customs, out for delivery), senders see where their box is by the box number, the partner in Manila marks it delivered with a photo and the sender gets a text; records after colons inline, each box goes to one receiver; a spreadsheet, a receipt book and Facebook Messenger today; air cargo 'we stopped doing', remittances 'we're not a … we don't touch'; the Facebook name taken off and declared contents added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hi! So my mom started our balikbayan box business out of our garage in Daly City back in 2006, and now it's me running it with my Tita Marites. If you don't know, a balikbayan box is the big box Filipinos in the US fill up with stuff for their family back home: canned goods, clothes, shoes, chocolates, Spam, you name it. We pick up the boxes from people's houses all around the Bay Area, load them into a 40-foot container every three or four weeks, ship it from Oakland, and our partner in Manila clears it and delivers door to door anywhere in the Philippines. Right now everything is in a spreadsheet, the receipts are handwritten in a receipt book, and customers message us on Facebook Messenger all day asking 'where's my box na?' I want a web app so they can track it themselves and we can stop answering the same question 50 times a day.",
      walkthrough:
        "A customer books a pickup online or calls us, with their address and how many boxes. We go pick them up, and for each box we need the size (regular, large or jumbo), who it's going to in the Philippines and their address, and the price, which depends on the box size and the region, because Visayas and Mindanao cost more than Metro Manila. We print a label with the box number and a barcode and stick it on the box. When we load the container, we scan the boxes into that container, and then I update the container's status as it goes: sailed from Oakland, arrived in Manila, cleared customs, out for delivery. The sender can go on the site, type the box number, and see where their box is. When our partner's guys deliver it, they mark it delivered with a photo of the receiver holding the box, and the sender gets a text. Honestly that photo is the thing people love the most.",
      things:
        "Senders: name, phone, email, address, and their Facebook name, since that's how half of them find us. Receivers: name, phone, address, province. Boxes: box number, sender, receiver, size, price, status, which container it's in, and the delivery photo. Each box goes to one receiver, but a sender can send to different people. Containers: container number, sailing date, ETA in Manila, status. Pickups: sender, date, address, number of boxes.",
      thingsChange:
        "Take the Facebook name off the senders, we're moving everyone to texts anyway. And the boxes need the declared contents, customs in Manila wants a list of what's inside every box.",
      extras: [
        "We stopped doing air cargo, it got way too expensive, so it's sea only and air is not part of this. And no padala, we're not a remittance center, we don't touch anybody's money transfers.",
        "Nope, that's it, salamat!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Tita Marites are admin, senders log in to see their boxes, and our partner in Manila gets his own login to mark deliveries.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "books a pickup",
        "box size and the region",
        "label with the box number and a barcode",
        "scan boxes into container",
        "cleared customs",
        "see where their box is",
        "delivered with a photo",
        "sender gets a text",
      ],
      tables: [
        { name: "senders", fields: ["name", "phone", "email", "address"] },
        { name: "receivers", fields: ["name", "phone", "address", "province"] },
        {
          name: "boxes",
          fields: [
            "box number",
            "sender",
            "receiver",
            "size",
            "price",
            "status",
            "container",
            "delivery photo",
            "declared contents",
          ],
        },
        { name: "containers", fields: ["container number", "sailing date", "ETA", "status"] },
        { name: "pickups", fields: ["sender", "date", "address", "number of boxes"] },
      ],
      excluded: ["air", "remittance", "padala", "Facebook"],
      background: ["receipt book", "Messenger"],
    },
  },
  {
    id: "barnameh-kuhnavardi",
    who: "A Tehran hiking group's executive secretary in Persian (Persian script): leaders post a programme (destination, date, difficulty, capacity, minibus cost, meeting point), members sign up only with a valid sports insurance, for hard programmes only those who have climbed a peak above four thousand metres with the group, a waiting list when capacity is full and the first on it put in with an SMS when someone withdraws, the leader sees each person's emergency number and blood group the night before, attendance and a programme report with photos afterwards, dates in the Persian calendar; records after colons on lines, each sign-up is one member's for one programme; a Telegram channel and an Excel file today; 'لازم نیست' shelter bookings, 'نمی‌خوایم، بی‌خیالش' a shop, 'اصلاً نذارید' a payment gateway, Django and PostgreSQL",
    says: {
      overview:
        "سلام. من دبیر اجرایی یه گروه کوهنوردی تو تهرانم، حدود ۲۲۰ تا عضو داریم. هر هفته دو سه تا برنامه داریم: جمعه‌ها برنامه‌ی یه‌روزه مثل دربند تا شیرپلا یا توچال، و هر از گاهی برنامه‌ی دو سه روزه مثل علم‌کوه یا دماوند. الان برنامه‌ها رو تو کانال تلگرام اعلام می‌کنیم، بعد اعضا به گوشی من پیام میدن و من اسمشونو تو یه فایل اکسل می‌نویسم. وقتی ظرفیت پر می‌شه، اینکه کی اول پیام داده، کی انصراف داده، بیمه‌ی کی تموم شده، همه‌ش قاطی می‌شه. می‌خوام یه سایت داشته باشیم که اعضا خودشون ثبت‌نام کنن و ما هم کارهامونو توش انجام بدیم.",
      walkthrough:
        "اول یکی از سرپرست‌ها برنامه رو تو سایت می‌ذاره: مقصد، تاریخ، درجه سختی، ظرفیت، هزینه‌ی مینی‌بوس، محل قرار و ساعت حرکت. اعضا برنامه‌ها رو می‌بینن و ثبت‌نام می‌کنن. فقط کسی بتونه ثبت‌نام کنه که بیمه ورزشی معتبر داشته باشه، یعنی بیمه‌ش تا روز برنامه اعتبار داشته باشه. برای برنامه‌های سخت، مثلاً دماوند، فقط کسایی بتونن ثبت‌نام کنن که قبلاً یه قله‌ی بالای چهار هزار متر با ما رفتن، که اینو از سوابق برنامه‌های هر عضو می‌شه فهمید.\n\nوقتی ظرفیت پر شد، بقیه میرن تو لیست انتظار. اگه کسی انصراف داد، نفر اول لیست انتظار خودش جاش ثبت بشه و براش پیامک بره. شب قبل از برنامه، سرپرست لیست نفرات رو با شماره اضطراری و گروه خونی هر نفر ببینه، اینا تو کوه خیلی مهمه. بعد از برنامه هم سرپرست حضور و غیاب رو ثبت کنه و یه گزارش برنامه با چند تا عکس بذاره. تاریخ‌ها هم همه‌جا حتماً به تاریخ شمسی باشه.",
      things:
        "اعضا: اسم، موبایل، کد ملی، گروه خونی، شماره اضطراری، تاریخ اعتبار بیمه\nبرنامه‌ها: مقصد، تاریخ، درجه سختی، ظرفیت، هزینه، سرپرست، محل قرار\nثبت‌نام‌ها: عضو، برنامه، وضعیت (قطعی، لیست انتظار، انصراف)، حضور\nگزارش‌ها: برنامه، متن، عکس\nسرپرست‌ها خودشون هم عضو گروهن. هر ثبت‌نام مال یه عضو و یه برنامه‌ست.",
      extras: [
        "رزرو پناهگاه لازم نیست، خود سرپرست تلفنی هماهنگ می‌کنه. فروشگاه لوازم کوهنوردی هم نمی‌خوایم، بی‌خیالش. درگاه پرداخت هم اصلاً نذارید، اعضا هزینه رو کارت به کارت می‌کنن.",
        "نه دیگه، همینه. مرسی.",
      ],
      tech: "یکی از بچه‌های گروه برنامه‌نویسه و با Django کار می‌کنه، دیتابیس هم PostgreSQL. پیامک‌ها هم از پنل کاوه‌نگار بره که داریم.",
    },
    picks: {
      Kind: "Web app",
      Accounts: "اعضا با موبایل و رمز وارد می‌شن، سرپرست‌ها و من دسترسی بیشتری داریم",
      Technology: "I have preferences",
      "Back end": "Django",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "web app",
      features: [
        "بیمه ورزشی معتبر",
        "چهار هزار متر",
        "ظرفیت پر لیست انتظار",
        "انصراف پیامک",
        "شماره اضطراری گروه خونی",
        "حضور غیاب",
        "گزارش برنامه عکس",
        "تاریخ شمسی",
      ],
      tables: [
        {
          name: "اعضا",
          fields: ["اسم", "موبایل", "کد ملی", "گروه خونی", "شماره اضطراری", "تاریخ اعتبار بیمه"],
        },
        {
          name: "برنامه‌ها",
          fields: ["مقصد", "تاریخ", "درجه سختی", "ظرفیت", "هزینه", "سرپرست", "محل قرار"],
        },
        { name: "ثبت‌نام‌ها", fields: ["عضو", "برنامه", "وضعیت", "حضور"] },
        { name: "گزارش‌ها", fields: ["برنامه", "متن", "عکس"] },
      ],
      excluded: ["پناهگاه", "فروشگاه", "درگاه"],
      background: ["تلگرام", "اکسل"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "pg-hostel-vadagai",
    who: "A Velachery ladies' hostel owner in Tamil (Tamil script): a new guest given a room and a bed with her Aadhaar number and parents' phone, the vacant beds at a glance, each room's EB sub-meter reading turned into units at 8 rupees a unit split equally among the room's guests and added to their rent, rent due by the fifth, a list of who hasn't paid on the sixth with a WhatsApp reminder, a month's notice to vacate, dues taken out of the advance; records in parentheses, one guest a bed and each bed in one room; a notebook (நோட்டு) today; the mess's food 'இதுல வேண்டாம்', visitors 'தேவையில்லை'",
    says: {
      overview:
        "வணக்கம். நான் வேளச்சேரில ஒரு லேடீஸ் ஹாஸ்டல் நடத்துறேன், PG மாதிரி. மொத்தம் 14 ரூம், ஒவ்வொரு ரூம்லயும் 2 இல்லன்னா 3 பெட். இப்ப 34 கெஸ்ட் தங்கியிருக்காங்க, பெரும்பாலும் IT கம்பெனில வேலை பாக்குற பொண்ணுங்க, சில பேர் காலேஜ் ஸ்டூடண்ட்ஸ். வாடகை, அட்வான்ஸ், EB எல்லாத்தையும் இப்ப ஒரு நோட்டுல தான் எழுதி வச்சிருக்கேன். யாரு கட்டினாங்க, யாரு கட்டலன்னு ஒவ்வொரு மாசமும் ஒரே குழப்பம் தான். என் பையன் ஒரு வெப்சைட் பண்ணி தரேன்னு சொன்னான். நானும் என் கூட வேலை பாக்குற செல்வி அக்காவும் மட்டும் தான் யூஸ் பண்ணுவோம்.",
      walkthrough:
        "புதுசா ஒரு கெஸ்ட் சேரும்போது அவங்க பேரு, போன் நம்பர், ஆதார் நம்பர், வேலை பாக்குற ஆபீஸ் இல்லன்னா காலேஜ், பேரண்ட்ஸ் போன் நம்பர் எல்லாம் போட்டு, எந்த ரூம், எந்த பெட்னு குடுப்பேன். அட்வான்ஸ் ரெண்டு மாச வாடகை. எத்தனை காலி பெட் இருக்குன்னு எப்பவும் ஒரே பார்வைல தெரியணும், ஏன்னா நிறைய பேர் போன் பண்ணி இடம் இருக்கான்னு கேப்பாங்க.\n\nஒவ்வொரு ரூம்லயும் தனி EB சப்-மீட்டர் இருக்கு. மாசம் ஒண்ணாம் தேதி மீட்டர் ரீடிங் போட்டா, போன மாசத்த விட எத்தனை யூனிட்னு கணக்கு பண்ணி, யூனிட்டுக்கு 8 ரூபாய்னு, அந்த ரூம்ல இருக்கறவங்களுக்கு சமமா பிரிச்சு, ஒவ்வொருத்தர் வாடகையோடயும் சேர்த்துடணும். அஞ்சாம் தேதிக்குள்ள எல்லாரும் கட்டணும். ஆறாம் தேதி கட்டாதவங்க லிஸ்ட் எனக்கு தெரியணும், அவங்களுக்கு WhatsApp-ல ரிமைண்டர் போகணும். காலி பண்ணணும்னா ஒரு மாசம் முன்னாடி நோட்டீஸ் குடுக்கணும். காலி பண்ணும்போது அட்வான்ஸ்ல பாக்கி ஏதாவது இருந்தா கழிச்சு மீதியை திருப்பி குடுக்கணும்.",
      things:
        "ரூம் (ரூம் நம்பர், ஃப்ளோர், எத்தனை பெட், AC இருக்கா இல்லையா, வாடகை). பெட் (ரூம், பெட் நம்பர்). கெஸ்ட் (பேரு, போன் நம்பர், ஆதார் நம்பர், ஆபீஸ் இல்லன்னா காலேஜ், பேரண்ட்ஸ் போன் நம்பர், பெட், சேர்ந்த தேதி, அட்வான்ஸ்). EB ரீடிங் (ரூம், மாசம், ரீடிங், யூனிட்). பேமெண்ட் (கெஸ்ட், மாசம், தொகை, கட்டின தேதி). ஒரு பெட்ல ஒருத்தர் தான் இருப்பாங்க, ஒவ்வொரு பெட்டும் ஒரு ரூம்ல தான்.",
      extras: [
        "சாப்பாடு கணக்கு இதுல வேண்டாம், மெஸ் தனியா ஒருத்தர் நடத்துறாரு. விசிட்டர்ஸ் என்ட்ரியும் தேவையில்லை, வாட்ச்மேன் கேட்ல ஒரு புக்ல எழுதிக்கிறாரு.",
        "இல்லை, இவ்வளவு தான். ரொம்ப நன்றி!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "நானும் செல்வி அக்காவும் மட்டும் லாகின் பண்ணுவோம், கெஸ்ட் யாரும் லாகின் பண்ண மாட்டாங்க.",
    },
    expect: {
      kind: "web app",
      features: [
        "காலி பெட்",
        "மீட்டர் ரீடிங்",
        "யூனிட்டுக்கு 8 ரூபாய்",
        "சமமா பிரிச்சு",
        "கட்டாதவங்க லிஸ்ட்",
        "WhatsApp ரிமைண்டர்",
        "மாசம் முன்னாடி நோட்டீஸ்",
        "பாக்கி கழிச்சு",
      ],
      tables: [
        { name: "ரூம்", fields: ["ரூம் நம்பர்", "ஃப்ளோர்", "வாடகை"] },
        { name: "பெட்", fields: ["ரூம்", "பெட் நம்பர்"] },
        {
          name: "கெஸ்ட்",
          fields: ["பேரு", "போன் நம்பர்", "ஆதார் நம்பர்", "பேரண்ட்ஸ் போன் நம்பர்", "பெட்", "சேர்ந்த தேதி", "அட்வான்ஸ்"],
        },
        { name: "EB ரீடிங்", fields: ["ரூம்", "மாசம்", "ரீடிங்", "யூனிட்"] },
        { name: "பேமெண்ட்", fields: ["கெஸ்ட்", "மாசம்", "தொகை", "கட்டின தேதி"] },
      ],
      excluded: ["சாப்பாடு", "விசிட்டர்"],
      background: ["நோட்டு"],
    },
  },
  {
    id: "pigeon-race-results",
    who: "A Barnsley homing pigeon club's secretary in Yorkshire English: a program on the club's Windows laptop in a clubroom with no internet, the distance from each race point to each loft in miles and yards from their latitude and longitude, the ring number of every bird in the basket on Friday night, the liberation time, the clock time for each bird off the clock's printout, the velocity in yards per minute from the distance divided by the flying time, the result in order of velocity printed for the noticeboard and saved as a file for the federation, season averages; records after colons inline, every bird belongs to one member's loft, a race is from one race point; a calculator and a book of distances today; the pools and prize money 'we can manage wi'out', selling birds and auctions 'I don't want owt to do wi''; the clock variation added at the review",
    says: {
      overview:
        "Now then. I'm secretary of the Dearne Valley Flying Club, a homing pigeon club near Barnsley, 22 members, and we fly a programme of twenty-odd races from April to September, from Peterborough early on right down to France at the back end. Every race I've to work out the result, and I do it wi' a calculator, a book of distances and a lot of swearing, then write it out by hand for the noticeboard and the federation. It takes me most of Sunday. I'd like a program on the club laptop, which lives in the clubroom at the back of the Miners' Welfare, no internet up there, that does the distances, the velocities and the result sheet.",
      walkthrough:
        "Every member's loft has its position, latitude and longitude, measured once, and every race point has its own. From them the program wants to work out the distance from each race point to each loft, in miles and yards, same as the federation does it. Friday night is basketing: each member brings his birds, and we enter the ring number of every bird going in the basket for that race. Saturday morning the convoyer texts us the liberation time. When the birds come home, each member's clock records the time, and on Saturday teatime they bring their clocks to the club and we open them, and I type in the clock time for each bird off the clock's printout.\n\nThen the program should work out each bird's velocity in yards per minute: the distance divided by the flying time, from the liberation time to the clock time. The result is every bird in order of velocity, highest first, with the member's name and the ring number, and I want to print the result sheet for the noticeboard and save it as a file for the federation. Over the season each member gets points for where his birds come in each race, and I want the season averages at the end, best member at the top.",
      things:
        "Members: name, address, phone, and their loft's latitude and longitude. Birds: ring number, colour, cock or hen, and which member owns it; every bird belongs to one member's loft. Race points: name, latitude, longitude. Races: date, race point, liberation time; a race is from one race point. Entries: the race, the bird, and the clock time when it's in. A bird's only entered once in a race.",
      extras: [
        "The pools and the prize money, we can manage wi'out that in here, Derek's done the pools in his book for thirty year. And I don't want owt to do wi' selling birds or the auctions neither.",
        "No, that's your lot. Ta.",
      ],
      tech: "It's an old Windows laptop, that's all I know. It wants to work wi'out internet.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No accounts, it's just me on it",
      Technology: "I have preferences",
    },
    atReview: [
      "Hang on, I forgot one. When we open the clocks after a race, some have gained or lost a few seconds against the master clock. That's the clock variation, and it wants taking off each bird's time before the velocity's worked out. Can you put that in?",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "distance from each race point to each loft",
        "miles and yards",
        "ring number basket",
        "liberation time",
        "clock time for each bird",
        "velocity in yards per minute",
        "distance divided by the flying time",
        "order of velocity highest first",
        "print the result sheet",
        "file for the federation",
        "season averages",
        "clock variation",
      ],
      tables: [
        { name: "members", fields: ["name", "address", "phone", "latitude", "longitude"] },
        { name: "birds", fields: ["ring number", "colour", "member"] },
        { name: "race points", fields: ["name", "latitude", "longitude"] },
        { name: "races", fields: ["date", "race point", "liberation time"] },
        { name: "entries", fields: ["race", "bird", "clock time"] },
      ],
      excluded: ["pool", "prize", "auction"],
      background: ["calculator"],
      stack: ["Windows"],
    },
  },
];
