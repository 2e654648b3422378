import type { Persona } from "../persona-driver.js";

/**
 * The twenty-fourth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-24.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes, in parentheses or told in long sentences.
 * Eight write in English, each in their own English: Aboriginal English from Fitzroy
 * Crossing in the Kimberley ("they country", "the old manager bin make", "that old man
 * was proper worried", "that's sorry business", "a different mob run that", "you bin real
 * good"), Toronto slang from Scarborough ("Ahlie", "everybody and they mom", "mans are
 * entering", "wallahi", "man's cheesed", "styll", "dead that", "nize it", "Respect"),
 * Cajun English from St. Martin Parish ("Mais, hey", "cher", "they sacks", "for true",
 * "get down the sacks", "in the evening", "that's Tina's business, her", "we ain't gonna
 * fool with that", "pass a good time"), Doric from Huntly ("Fit like", "fower sheets",
 * "a puckle leagues", "fowk fae the toon", "scunnert", "fin", "far", "siller", "een",
 * "foo mony", "ava", "leave that oot"), Norfolk (lower-case, "me n 3 men", "on the huh",
 * "thas suffin else", "the missus dew", "bor"), Hyderabadi ("Myself Imran", "kya hai ki",
 * "full chaos", "ek dum", "nakko", "light lo", "Shukriya, khuda hafiz"), Liberian ("How de
 * body?", "my uncle and them", "the clerk them", "make palaver", "small small rubber",
 * "no small change", "that not for this library", "oh", "Thank you ya") and Black Country
 * ("Ow bist", "we'm", "in me yed", "brung", "yo' cor put them on there", "Ar", "ta-ra").
 * One writes in Bulgarian (Cyrillic, never used before, as a Mladost block manager types
 * it, with the words Sofia people really use: "домоуправител", "вход", "сайт", "онлайн",
 * "Viber група", "Excel", "PDF", "имейл", "профил"), and one in Azerbaijani (Latin with
 * ə, ğ, ı, ş, never used before, as a Binəqədi carpet washer types it, with "sex",
 * "online", "sayt", "WhatsApp", "status", "operator", "kartdan karta"). What varies is the
 * kind of software, the domain and the length of the answers: web apps for a Kimberley
 * art centre's paintings (a catalogue number and a photo, the story in language and in
 * English, no painting sold for less than the price the artist said, a certificate with
 * every sale, consignments to galleries paid in 30 days, 60 percent to the artist, the
 * name and photo taken off when an artist passes away, nothing on the website till the
 * artist says yes), a Huntly curling rink's sheets of ice (four sessions a day, the
 * clubs' and leagues' sheets for the season, £60 a session and £45 for clubs, no booking
 * more than 21 days ahead, no first-timers without a coach, no money back inside 48
 * hours, league fixtures and results by ends, an email when a sheet is shut), a Black
 * Country brass band's music library and jobs (sets, parts and copies, parts still out,
 * no player taking home the only copy, how many times a piece was played, no player on a
 * contest sheet unless registered, no more than 25 brass on the stage), a Mladost block
 * of flats' monthly fees (таксата на човек, children under 6 not paying, the ground floor
 * not paying for the lift, the repair fund, the debtors' list and the board in the
 * entrance after three months, faults reported online, meetings called 7 days ahead and
 * the minutes as a PDF) and a Baku carpet washer's orders (each carpet photographed and
 * tagged with a number, priced by the square metre by its kind, silk never in the
 * machine, no order under 20 manat, no carpet back before 3 days' drying, a WhatsApp
 * message when it is ready, the day's carpets washed, drying and delivered); a phone app
 * for a Hickling reed cutter out on the marshes without signal (the bed, the bundles and
 * who cut them, 6 bundles a fathom, no cutting after April, double wale beds not cut two
 * winters running, thatchers' orders by the fathom, 50p a bundle to the landowner); a Go
 * command-line tool that draws a Scarborough clothing brand's drop raffles from a Google
 * Form's CSV (dupes by email, phone or address, one entry per person, nobody who won the
 * last 2 drops, a count for every size, a waitlist, 48 hours to pay, a seed), with
 * commands and flags; a service without screens that a Hyderabad water tanker supplier's
 * driver app, WhatsApp bot and website call (5000 or 10000 litres, a price by size and
 * distance slab, nothing past 10 km, no same-night bookings after 9 pm, no tanker doing
 * more than 6 trips a day, an OTP on delivery, a month-end bill on credit, no credit for
 * new customers); a program on a Cajun crawfish buying shed's Windows computer (sacks
 * weighed and graded, the day's price for each grade, tickets printed, 10 percent off a
 * sack more than 5 percent dead, no sacks after 8 o'clock, what is in the shed, a check
 * every Friday, the season's pounds by farmer and what was paid against what was sold);
 * and a Python library on PyPI that works out what a Margibi rubber buyer pays for cup
 * lump (wet weight times DRC, a dry kilo price in US dollars, no DRC over 70 percent,
 * dirt over 2 percent taken off, nothing under 10 kilo, transport per dry kilo, the
 * tappers' third, Liberian dollars rounded down to the nearest 5, a breakdown for the
 * receipt). The reed cutter answers in a few lower-case words each time, the crawfish
 * buyer in long paragraphs, the others in between. Relations said plainly ("every
 * painting belong to one artist", "every entry is for one drop", "every sack is on one
 * ticket and every ticket is for one farmer", "ilka booking is for jist een sheet an een
 * session", "each cut is off one bed", "one booking is for one customer and goes in one
 * tanker only", "every part belongs to one set", "всяко плащане е за един апартамент и
 * един месец", "hər xalça bir sifarişə aiddir"); background in an exercise book and an
 * Excel the old manager made, Excel with RAND, a ticket book and an adding machine, a big
 * diary on the desk, a notebook in a coat pocket, a register book, an Excel sheet for
 * every clerk, a card index and his head, a тетрадка and a Viber group, a dəftər and
 * WhatsApp; technology named as Go, C# and Windows, Django and MySQL, Python and PyPI;
 * "no" said as "leave that out", "that's the manager's job, we don't want that in
 * there", "dead that", "nize it", "that's Tina's business, her", "we ain't gonna fool
 * with that in there", "we dinna wint that in it ava", "leave that oot", "thas suffin
 * else, leave it", "dont want em", "don't keep it here", "light lo, that is separate",
 * "that not for this library, leave it", "we not doing that one here", "yo' cor put them
 * on there", "leave it out", "не искаме да го слагаме тук", "го оставете", "bura
 * qatmayın", "lazım deyil"; while rules keep their "no" ("no painting go out the door
 * without that certificate", "we don't take no sacks after 8 o'clock", "nae booking mair
 * than 21 days aheid", "new customers nakko credit", "we don't buy less than 10 kilo",
 * "децата под 6 години не плащат", "ipək xalçanı maşında yumuruq"). The curling rink's
 * secretary takes the phone off the bookings and adds how many curlers after "Change
 * something" at "Your data"; the band's librarian adds each part's condition and a list
 * of the parts that want replacing at the review. The score compares Bulgarian by its
 * letters in Latin script (where ъ splits a word) and Azerbaijani without its ə, ğ, ı, ş,
 * ç, ö and ü, so their expected words are written in the forms the person used (or the
 * stem those forms begin with), and the excluded words of all ten were checked not to
 * read like anything they want.
 */
export const TWENTY_FOURTH_ROUND: readonly Persona[] = [
  {
    id: "art-centre-paintings",
    who: "An Aboriginal arts worker at a Fitzroy Crossing art centre in Aboriginal English: a website for the art centre's paintings, each with a catalogue number and a photo, the story told in language and written in English, the size and the medium, the price the artist says and no painting sold for less, a certificate with the catalogue number, the artist, the story and the photo for every painting sold and none going out without it, paintings sent to city galleries on consignment and paid for in 30 days, 60 percent to the artist and 40 to the art centre, an artist's name and photo taken off straight away when they pass away (sorry business), no painting on the website till the artist says yes; records told in long sentences, every painting belonging to one artist; an exercise book and an old Excel today; the t-shirts and tea towels in the shop 'a different mob run that, leave that out', the grant reports 'that's the manager's job, we don't want that in there'",
    says: {
      overview:
        "Hello, my name is Nola Skinner, I'm a arts worker at the art centre in Fitzroy Crossing, up the Kimberley. We got about 60 artists from all the communities round here, old people and young people, and they paint they country and the stories from they grandparents. Right now everything is in a exercise book and a Excel the old manager bin make, and when a painting go away to Perth or Melbourne sometime we lose track, we don't know which gallery got him. Last year one big canvas from old Jimmy bin go missing for six months, that old man was proper worried. We want a website for the art centre so we can see every painting and where it's at.",
      walkthrough:
        "When a artist finish a painting, we give it a catalogue number and take a photo. The artist tell us the story, sometime in language, and we write the story down in English too, and the size and what it is, acrylic on canvas or ochre on board. The artist say how much they want for it, and no painting get sold for less than that price, not even to a big gallery.\n\nEvery painting that get sold need a certificate with the catalogue number, the artist, the story and the photo, that's so the buyer know it's real. No painting go out the door without that certificate.\n\nLot of paintings go to galleries in the city on consignment. We want to see which gallery got which painting and since when, and when the gallery sell it they got to pay us in 30 days. The artist get 60 percent of the price and the art centre keep 40.\n\nAnd one important thing. When one of our artists pass away, we got to take they name and they photo off straight away, that's sorry business, the family don't want to see them. The paintings can stay but not with the name showing, till the family say it's okay again. And no painting go on the website till the artist say yes to it.",
      things:
        "Well every artist got a name, a skin name, the community they live in and they bank account so we can pay them, and we mark it if they passed away. Every painting belong to one artist, and it got the catalogue number, the title, the size, the medium, the story, the price and where it's at right now. The galleries got a name, the city, a person to talk to and a email. And a consignment is when we send one painting to one gallery, with the date we sent it, and if it sold, the date they sold it and the date they paid us.",
      extras: [
        "The t-shirts and the tea towels we sell in the shop, a different mob run that, leave that out. And the grant reports for the government, that's the manager's job, we don't want that in there.",
        "No, that's all. Thank you, you bin real good listening.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me, the manager and the two other arts workers. The artists don't log in, we do it for them.",
    },
    expect: {
      kind: "web app",
      features: [
        "catalogue number photo",
        "story in language English",
        "sold for less than price",
        "certificate catalogue number",
        "pay us in 30 days",
        "artist 60 percent",
        "pass away name photo",
        "website artist say yes",
      ],
      tables: [
        { name: "artists", fields: ["name", "skin name", "community", "bank account", "passed away"] },
        {
          name: "paintings",
          fields: ["catalogue number", "artist", "title", "size", "medium", "story", "price"],
        },
        { name: "galleries", fields: ["name", "city", "email"] },
        { name: "consignments", fields: ["painting", "gallery", "date sent", "date sold", "date paid"] },
      ],
      excluded: ["t-shirt", "tea towel", "grant"],
      background: ["exercise book"],
    },
  },
  {
    id: "drop-raffle-cli",
    who: "A Scarborough clothing brand's owner in Toronto slang: a Go command-line tool on his laptop that runs the raffle for each limited drop from the Google Form's CSV (name, email, phone, Instagram handle, address, size), finds the dupes (same email, same phone or same address is the same person), one entry per person, nobody who won the last 2 drops, every size with its own count drawn till it's done then a waitlist, winners with 48 hours to pay or the spot goes to the next on the waitlist for that size, a seed so a draw can be run again the same, the winners as a CSV for Shopify; records after colons inline, every entry for one drop; Excel with RAND today; shipping labels 'dead that', inventory 'nize it'; commands and flags; Go",
    says: {
      overview:
        "Yo. I'm Dre, I run a small clothing brand out of Scarborough, hoodies, tees, crewnecks, and we do limited drops, like 300 pieces a drop. Ahlie everybody and they mom wants in, so now every drop is a raffle: people enter on a Google Form and I pick the winners. Right now I'm doing it in Excel with RAND and it's bare work, and mans are entering like 6 times with different emails, wallahi last drop one guy won twice. Man's cheesed. I need a command line ting that does the draw proper.",
      walkthrough:
        "So I export the entries from the Google Form as a CSV, that's name, email, phone, Instagram handle, address and size. The tool reads that in for a drop. First thing it gotta find the dupes: same email, same phone or same address is the same person. One entry per person, no exceptions, the extras get tossed. Nobody who won the last 2 drops can win this one, gotta spread it out styll.\n\nEvery size got its own count, like 80 mediums, 100 larges, so it draws winners per size till that size is done, and after that it keeps going to make a waitlist. Winners get 48 hours to pay, if they don't the spot goes to the next one on the waitlist for that size. Then it gives me the winners as a CSV I upload to Shopify for the checkout links. And the draw gotta be fair, I put a seed so if somebody says it's rigged I can run it again and get the same thing.",
      commands:
        "drop new <name> --sizes S:40,M:80,L:100,XL:60 to start a drop. drop import <csv> --drop <name> for the entries. drop dupes --drop <name> shows who got tossed and why. drop draw --drop <name> --seed 1234 picks the winners and the waitlist. drop unpaid --drop <name> --winner <email> when somebody ain't pay in 48 hours, it gives the spot to the next on the waitlist. drop export --drop <name> --out winners.csv. That's it.",
      things:
        "drops: name, date, sizes with how many each. entries: drop, name, email, phone, instagram, address, size, tossed or not. winners: entry, size, paid or not, waitlist spot. every entry is for one drop, but one person can enter bare drops.",
      extras: [
        "Shipping labels nah, my cousin does that at the warehouse, dead that. Inventory too, Shopify got that, nize it.",
        "Nah we good. Respect.",
      ],
      tech: "Go. My boy at work codes in Go and he's helping me. Keep the drops in a file on the laptop, no server.",
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
        "same email phone address same person",
        "one entry per person",
        "won the last 2 drops",
        "size own count",
        "48 hours to pay waitlist",
        "seed run it again",
        "winners as a CSV",
      ],
      tables: [
        { name: "drops", fields: ["name", "date", "sizes"] },
        {
          name: "entries",
          fields: ["drop", "name", "email", "phone", "instagram", "address", "size", "tossed"],
        },
        { name: "winners", fields: ["entry", "size", "paid", "waitlist spot"] },
      ],
      excluded: ["shipping", "inventory"],
      background: ["Excel"],
      stack: ["Go"],
      commands: [
        "new",
        "import",
        "dupes",
        "draw",
        "unpaid",
        "export",
        "--sizes",
        "--drop",
        "--seed",
        "--winner",
        "--out",
      ],
    },
  },
  {
    id: "crawfish-buying-shed",
    who: "A St. Martin Parish crawfish buying shed's owner in Cajun English, in long paragraphs: a program on the shed's Windows computer with the scale hooked to it and a ticket printer, every sack weighed and graded (select, medium, field run), a price per pound for each grade every morning, a ticket printed for the farmer, 10 percent off a sack more than 5 percent dead, no sacks taken after 8 o'clock at night, sacks sold to trucks and restaurants by the grade for cash or on account, what's in the shed by grade, a check every Friday for the whole week with a sheet of every ticket, the season's pounds by farmer and grade and what was paid against what was sold; records in parentheses, every sack on one ticket and every ticket for one farmer; a ticket book and an adding machine today; the boiled crawfish at the window 'that's Tina's business, her, keep that out of there', the rice 'we ain't gonna fool with that in there'; Windows and C#",
    says: {
      overview:
        "Mais, hey. My name is Rodney Broussard and me and my brother Kirk run a crawfish buying shed on the highway between Breaux Bridge and Cecilia, in St. Martin Parish. From about January till the end of June the farmers come in every evening with they sacks off the ponds, we weigh 'em, grade 'em and pay the farmers, and then in the night the trucks come pick 'em up for the restaurants and the seafood markets in Lafayette, Baton Rouge and Houston. On a good day in April we'll move two hundred sacks, cher, it's a lot of crawfish.\n\nRight now everything is wrote in a ticket book, the yellow copy for the farmer and the white one for us, and on Friday my wife Tina sits down at the kitchen table with the adding machine and all them tickets and writes the checks. It takes her the whole day, and every week somebody comes back saying he had more pounds than that, and then we got to go through the tickets one by one. My nephew Cody is good with the computer and he says he can make a program for the old computer in the shed. The internet out there comes and goes like it wants, so it can't need the internet, that's for true.",
      walkthrough:
        "So a farmer backs his truck up to the shed and we get down the sacks. Every sack gets weighed on the scale and we grade 'em by size: select, that's the big ones, then medium, then field run, that's everything mixed like it come out the trap. Every morning I put the price for each grade, per pound, and that price goes for every sack that comes in that day. It changes every day with the market, you never know. Each farmer gets a ticket with his sacks, the grade and the pounds of each one and the price, and the ticket gets printed right there, one for him and one for us.\n\nNow if the crawfish been sitting in the sun or they look bad, we open a sack and check it, and if it's more than 5 percent dead we take 10 percent off the price of that sack. That's the rule, they all know it. And we don't take no sacks after 8 o'clock at night, because the trucks leave at 9 and crawfish don't keep sitting in the shed all night.\n\nThen on the other side you got the buyers. A truck comes for Houston or a restaurant sends somebody, and we sell 'em sacks by the grade at our sell price. They pay cash or they're on account, and the ones on account pay at the end of the week. I need to see what's in the shed right now, how many sacks of each grade, so we don't sell what we ain't got.\n\nFriday is pay day. Every farmer gets a check for the whole week, all his tickets added up, and a sheet with every ticket on it so he can see for himself, and that's where the fussing stops. And at the end of the season I want to see how many pounds every farmer brought, how many by grade, and what the shed made on every pound, what we paid against what we sold it for. My daddy used to keep all that in his head, but me, I can't do that.",
      things:
        "The farmers (name, phone, address, how many acres of ponds). The tickets (farmer, date, total). The sacks (ticket, grade, pounds, dead or not, price). The prices (date, grade, buy price, sell price). The buyers (name, phone, on account or cash). The sales (buyer, date, grade, how many sacks, price, paid). Every sack is on one ticket and every ticket is for one farmer, and a farmer is gonna have a whole lot of tickets in a season.",
      extras: [
        "The boiled crawfish we sell out the window on Saturday and Sunday, mais, that's Tina's business, her, she got her own register, so keep that out of there. And the rice, a lot of these farmers got rice in the same fields, but that's a whole other thing and we ain't gonna fool with that in there.",
        "No, cher, that's all I got. Thank you, and y'all pass a good time.",
      ],
      tech: "It's the Windows computer in the office of the shed, with the scale hooked up to it and a little printer for the tickets. Cody says he wants to do it in C#, he learned that at the community college in Lafayette.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords, it's just me, Kirk and Tina on that computer.",
      Technology: "I have preferences",
    },
    expect: {
      kind: "desktop app",
      features: [
        "grade select medium field run",
        "price each grade per pound",
        "ticket printed",
        "more than 5 percent dead 10 percent off",
        "sacks after 8",
        "shed sacks each grade",
        "check for the whole week",
        "pounds every farmer",
        "paid against sold",
      ],
      tables: [
        { name: "farmers", fields: ["name", "phone", "address", "acres"] },
        { name: "tickets", fields: ["farmer", "date", "total"] },
        { name: "sacks", fields: ["ticket", "grade", "pounds", "price"] },
        { name: "prices", fields: ["date", "grade", "buy price", "sell price"] },
        { name: "buyers", fields: ["name", "phone"] },
        { name: "sales", fields: ["buyer", "date", "grade", "sacks", "price", "paid"] },
      ],
      excluded: ["boiled", "rice"],
      background: ["adding machine"],
      stack: ["Windows", "C#"],
    },
  },
  {
    id: "curling-rink-sheets",
    who: "A Huntly curling rink's secretary in Doric: a website where clubs and folk from the town book a sheet of ice for one of four sessions a day, the clubs' and leagues' sheets for the whole season first and what's left for anybody, £60 a session and £45 for clubs, no booking more than 21 days ahead, nobody who has never curled booking without one of the rink's coaches (£25 more, and the coach told), no money back for a cancellation within 48 hours unless the rink shut the ice, league fixtures made and results by ends and score with a table, an email to the bookings on a sheet the ice man shuts; records after dashes on lines, every booking for one sheet and one session; a big diary on the desk and the phone today; the café 'we dinna wint that in it ava', the league sponsorship 'leave that oot'; the phone taken off the bookings and how many curlers added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Fit like. I'm Sandy Gauld, secretary an general dogsbody at Strathbogie Curling Rink ootside Huntly. We've fower sheets o ice, open October tae March. There's sax clubs that curl here, a puckle leagues, an a lot o fowk fae the toon that wint tae come an try it for a birthday or a work nicht oot. Fit we dee noo is a big diary on the desk an the phone, an half the time there's twa lots turnin up for the same sheet. I'm fair scunnert wi it. We wint a website far fowk can book the ice theirsels.",
      walkthrough:
        "Ye book a sheet for a session, there's fower sessions a day, 10 till 12, 2 till 4, 5 till 7 an half 7 till half 9. The clubs an the leagues get their sheets for the hale season at the start, an fit's left ower is for onybody. A club can book online an so can the toon fowk, an they pey for the sheet, £60 a session, clubs £45. Nae booking mair than 21 days aheid, itherwise the clubs hog the lot.\n\nFowk that's never curled afore canna book a sheet on their ain, they hiv tae hae een o wir coaches wi them, that's £25 mair, an the coach gets tellt. If they cancel within 48 oors they dinna get their siller back, unless it's us that's shut the ice.\n\nIlka league his its teams an they play ilk ither on the league's nicht. I wint the fixtures made an the results pit in, the ends an the score, an a table o far ilka team stands. Fin the ice man shuts a sheet for scrapin or a breakdoon, ony bookings on it should get an email.",
      things:
        "Sheets - name\nSessions - date, start, finish\nBookings - sheet, session, name, phone, email, price, paid, coach\nClubs - name, secretary, phone\nLeagues - name, night\nTeams - league, skip, club\nGames - league, sheet, date, ends, score\nIlka booking is for jist een sheet an een session, an a team plays in jist the een league.",
      thingsChange:
        "Tak the phone aff the bookings, the email dis fine. An pit on foo mony curlers, so we ken foo mony pairs o grippers tae lay oot.",
      extras: [
        "The café's rin by the club committee, we dinna wint that in it ava. An the sponsorship for the leagues, that's Dod's baby, leave that oot.",
        "Na, that's aa. Ta, see ye efter.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Me an the twa ice men log in. Fowk bookin dinna need an account, jist their email.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "session £60 clubs £45",
        "21 days",
        "never curled coach",
        "cancel within 48",
        "fixtures made",
        "results ends score",
        "shuts a sheet email",
      ],
      tables: [
        { name: "sheets", fields: ["name"] },
        { name: "sessions", fields: ["date", "start", "finish"] },
        {
          name: "bookings",
          fields: ["sheet", "session", "name", "email", "price", "paid", "coach", "curlers"],
        },
        { name: "clubs", fields: ["name", "secretary", "phone"] },
        { name: "leagues", fields: ["name", "night"] },
        { name: "teams", fields: ["league", "skip", "club"] },
        { name: "games", fields: ["league", "sheet", "date", "ends", "score"] },
      ],
      excluded: ["café", "sponsorship"],
      background: ["diary"],
    },
  },
  {
    id: "reed-cutting-marsh",
    who: "A Hickling reed cutter in a few lower-case words a time, in Norfolk: a phone app for him out on the marshes without signal, each day the bed cut, the bundles and who cut them, bundles of 4, 5 or 6 foot, 6 bundles a fathom, stacked on the staithe, no cutting after the 10th of April for the nesting birds, double wale beds not cut two winters running, thatchers ordering by the fathom, 50p a bundle to the landowner, bundles by bed at the end of the winter; records after colons on lines, each cut off one bed; a notebook in his coat today; the sedge 'thas suffin else, leave it', the invoices 'dont want em'",
    says: {
      overview: "reed cutter on the marshes round hickling. me n 3 men, the winter cut",
      more: "all wrote in a notebook in me coat, that get wet n go all on the huh. want it on the phone. no signal out there mind",
      walkthrough:
        "every day which bed we cut, how many bundles n who cut. bundles go 4 foot 5 foot 6 foot. 6 bundles a fathom. stacked on the staithe. no cutting after 10th april, birds are nestin. double wale beds not cut two winters runnin. thatchers order by the fathom. landowner get 50p a bundle. end of the winter bundles by bed",
      things:
        "beds: name, owner, single or double wale, last cut\ncuts: bed, date, men, bundles, length\nthatchers: name, phone\norders: thatcher, fathoms, length, picked up\neach cut is off one bed",
      extras: [
        "sedge, nah, thas suffin else, leave it. invoices the missus dew on the computer, dont want em",
        "no thas it bor",
      ],
      tech: "dunno. phone in me pocket",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "just me. the men dont",
    },
    expect: {
      kind: "mobile app",
      features: [
        "bed bundles who cut",
        "6 bundles a fathom",
        "cutting after april",
        "double wale two winters",
        "thatchers order fathom",
        "landowner 50p a bundle",
        "end of the winter bundles by bed",
      ],
      tables: [
        { name: "beds", fields: ["name", "owner", "last cut"] },
        { name: "cuts", fields: ["bed", "date", "men", "bundles", "length"] },
        { name: "thatchers", fields: ["name", "phone"] },
        { name: "orders", fields: ["thatcher", "fathoms", "length", "picked up"] },
      ],
      excluded: ["sedge", "invoice"],
      background: ["notebook"],
    },
  },
  {
    id: "water-tanker-api",
    who: "A Hyderabad water tanker supplier in Hyderabadi English: a service without screens that his nephew's driver app, a WhatsApp bot for customers and a website call, a booking with the apartment, block and gate, 5000 or 10000 litres and a time slot, the price by size and by distance slab, nothing past 10 km, no same-night booking after 9 pm, no tanker doing more than 6 trips a day, the booking given to a free tanker near that side, the driver marking filled and reached, an OTP on WhatsApp the customer tells the driver before delivery is done, big apartments on credit with one bill at the month end, no credit for new customers (the first 3 bookings cash or UPI), every evening the trips each tanker did and the money, cash and UPI separate; records in parentheses, one booking for one customer in one tanker; a register book and phone calls today; the drivers' salary 'don't keep it here', the diesel accounts 'light lo, that is separate'; Python with Django and MySQL",
    says: {
      overview:
        "Hello sir, salaam. Myself Imran Qureshi, we are running a water tanker supply in Gachibowli and Kondapur side in Hyderabad, 14 tankers. All the apartments and gated communities, when the borewell dries in summer, they are calling us. Kya hai ki, right now bookings are coming on phone and WhatsApp, my boy is writing in a register book and then he is calling the driver. Summer time it is full chaos, two tankers going to one apartment and the other apartment shouting. My nephew Faizan is making a driver app in Android and a WhatsApp bot for customers, and my cousin is making a small website. What we want from you is the backend only, the thing in between all of them. No screens.",
      walkthrough:
        "Customer books a tanker: which apartment, block and gate, how many litres, 5000 or 10000, and what time slot. Price is by size and by distance slab, up to 5 km one rate, 5 to 10 km another rate, more than 10 km we are not going at all, simply reject it. No booking for the same night after 9 pm, drivers are also sleeping. Ek dum important: one tanker cannot do more than 6 trips in a day, the drivers will fight and the tanker also needs rest.\n\nBooking comes, the system gives it to a free tanker near that side, and the driver sees it in his app. Driver fills at our filling point and marks filled, then when he reaches he marks reached. Customer gets an OTP on WhatsApp, he tells the driver, only then the delivery is done, otherwise customers are saying tanker never came.\n\nBig apartments are paying monthly, we give them credit and at the month end one bill for all the trips. New customers nakko credit, first 3 bookings cash or UPI on delivery. And every evening I want how many trips each tanker did and how much money came, cash and UPI separate.",
      things:
        "Customers (name, phone, apartment, block, gate, area, credit or not). Tankers (number, size, driver, driver phone). Bookings (customer, litres, slot, distance, price, tanker, status, OTP, paid). Monthly bills (customer, month, trips, total, paid). One booking is for one customer and goes in one tanker only, but one tanker is doing many bookings in a day.",
      extras: [
        "Drivers salary, that my brother-in-law only handles, don't keep it here. Diesel accounts also, light lo, that is separate.",
        "No sir, that's all. Shukriya, khuda hafiz.",
      ],
      tech: "Faizan is saying Python with Django and MySQL, he is knowing that only.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "No login for people here. Driver app, WhatsApp bot and website, each one gets its own key.",
      Technology: "I have preferences",
      "Back end": "Python with Django",
      Database: "MySQL",
    },
    expect: {
      kind: "api service",
      features: [
        "litres 5000 10000",
        "price size distance slab",
        "more than 10 km reject",
        "same night after 9",
        "6 trips in a day",
        "OTP delivery",
        "month end one bill",
        "new customers credit",
        "trips each tanker money cash UPI",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "apartment", "block", "gate", "area"] },
        { name: "tankers", fields: ["number", "size", "driver", "driver phone"] },
        {
          name: "bookings",
          fields: ["customer", "litres", "slot", "distance", "price", "tanker", "status", "OTP", "paid"],
        },
        { name: "monthly bills", fields: ["customer", "month", "trips", "total", "paid"] },
      ],
      excluded: ["salary", "diesel"],
      background: ["register book"],
      stack: ["Django", "MySQL"],
    },
  },
  {
    id: "rubber-drc-library",
    who: "A Kakata programmer in Liberian English: a Python library on PyPI that the buying clerks' phone app and the office call to work out what a farmer is paid for cup lump rubber, the wet weight times the DRC (dry rubber content) giving the dry kilos, the price per dry kilo in US dollars changing every week, no DRC above 70 percent, dirt above 2 percent taken off the weight, nothing bought under 10 kilo, transport of 5 cents US per dry kilo taken off, the tappers' one-third and the owner's two-third when a farm has tappers, payment in US dollars or in Liberian dollars at the day's rate rounded down to the nearest 5, a breakdown for the receipt; a different Excel sheet for every clerk today; the trucks' schedule 'that not for this library, leave it', the farmers' loans 'we not doing that one here'; Python and PyPI",
    says: {
      overview:
        "How de body? My name is Emmanuel Kollie, I'm a programmer in Kakata, Margibi County. My uncle and them buy rubber from the small farmers all around Margibi and Bong, the cup lump, and sell it to the big buyer. The thing is, everybody calculating the money different way. The buying clerk them got one Excel sheet, the office got another one, and I making a phone app for the clerks, so now we will have three different calculation, and when the farmer money short even 50 LD he will make palaver the whole day. So I want one Python library that do the whole calculation, and everything use it.",
      walkthrough:
        "The clerk weigh the farmer rubber, that's the wet weight in kilos. Then they take a small piece, dry it and weigh it again, that give the DRC, the dry rubber content, in percent. The price is for the dry kilo, in US dollars, and the big buyer can change it every week. So the wet weight times the DRC give the dry kilos, times the price.\n\nSome rules. DRC can't be more than 70 percent, if the test say more than that something wrong, the library must refuse it. If the rubber got dirt inside, sticks and stones, the clerk put the dirt percent, and anything more than 2 percent we take that much off the weight. We don't buy less than 10 kilo, small small rubber the farmer must keep it till next time. Transport is 5 cents US per dry kilo, we take it off.\n\nMany farms, the tapper them work the farm and they take one-third of the money, the farm owner take two-third, so the library must split it when the farm got tappers. The farmer can take the money in US dollars or in Liberian dollars at the rate of the day, and LD must round down to the nearest 5, because no small change. And it must give a breakdown for the receipt: wet weight, DRC, dry kilos, price, transport, tapper share, owner share and the total.",
      extras: [
        "The trucks schedule, which truck going to which town, that not for this library, leave it. The farmers' loans, when my uncle give them money before the rubber come, we not doing that one here, he keep that in his own book.",
        "No, that's all oh. Thank you ya.",
      ],
      tech: "Python 3, and put it on PyPI so we can pip install it. The backend for the clerks' app is Django.",
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
        "wet weight times DRC dry kilos",
        "price dry kilo US dollars",
        "DRC more than 70 percent refuse",
        "dirt more than 2 percent",
        "less than 10 kilo",
        "transport 5 cents dry kilo",
        "tapper one-third",
        "round down nearest 5",
        "breakdown for the receipt",
      ],
      tables: [],
      excluded: ["truck", "loan"],
      background: ["Excel"],
      stack: ["Python", "PyPI"],
    },
  },
  {
    id: "brass-band-library",
    who: "A Black Country brass band's librarian and secretary in Black Country English: a website for the band's music library, every set with its number, title, composer, arranger, publisher and box, its parts and copies, who has a part out and since when, the parts still out, no player taking out the only copy of a part without it photocopied, the band's engagements with date, venue, fee and pieces played and how many times a piece has been played, contests with the test piece and the players, no player on a contest sheet unless registered with the Registry, no more than 25 brass on the stage; records after colons inline, every part belonging to one set and a loan one part to one player; a card index and his head today; the uniforms 'yo' cor put them on there', the quiz nights 'leave it out'; each part's condition and a list of the parts that want replacing added at the review",
    says: {
      overview:
        "Ow bist. I'm Trev Hickman, librarian an' secretary for Tividale Brass Band. We'm a 4th section band, about 30 players, an' we practise Tuesdays an' Thursdays in the old chapel up Tividale. We've got near on 900 sets o' music in the library, in boxes in the back room, an' it's all on a card index from 1970-summat an' the rest is in me yed. Every contest season there's parts gone missin', somebody's took the 2nd cornet home an' never brung it back. I want a website where I can see every set an' who's got what.",
      walkthrough:
        "Every set's got its number, the title, who wrote it, who arranged it, the publisher an' which box it's in. A set's made up o' the parts, soprano cornet, solo cornets, repiano, flugel, horns, baritones, euphs, trombones, basses an' the percussion, an' sometimes there's two or three copies of a part. When I give a part out I put who's got it an' when, an' it wants to show me all the parts still out. No player teks out the only copy of a part, it gets photocopied first, that's been the rule since we lost the soprano part for the test piece in 2019.\n\nThe band's jobs, the engagements, a garden fete, a church, the Remembrance parade, each one's got a date, where it is, the fee an' what we'm playing, an' I want to see how many times we've played a piece, so we don't do the same march at the same fete three year runnin'. An' the contests: the test piece, the date, the venue an' the players on the stage. No player goes on a contest sheet unless they'm registered with the Registry, an' no more than 25 brass on the stage.",
      things:
        "Sets: number, title, composer, arranger, publisher, box. Parts: set, instrument, copies. Players: name, instrument, phone, registered. Loans: part, player, date out, date back. Engagements: date, venue, fee, pieces played. Contests: date, venue, test piece, players. Every part belongs to one set, an' a loan is one part to one player.",
      extras: [
        "The uniforms, our Sandra does them, yo' cor put them on there. An' the quiz nights an' that, the social committee does it, leave it out.",
        "Ar, that's it.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Just me an' the bandmaster log in. The players doh need to.",
    },
    atReview: [
      "Ar, one more thing. Put the condition on every part an' all, good, torn or pages missin', an' give me a list o' the parts as want replacing. Cheers, ta-ra.",
    ],
    expect: {
      kind: "web app",
      features: [
        "which box",
        "parts still out",
        "only copy photocopied",
        "times played a piece",
        "registered with the Registry",
        "25 brass",
        "condition replacing",
      ],
      tables: [
        {
          name: "sets",
          fields: ["number", "title", "composer", "arranger", "publisher", "box"],
        },
        { name: "parts", fields: ["set", "instrument", "copies", "condition"] },
        { name: "players", fields: ["name", "instrument", "phone", "registered"] },
        { name: "loans", fields: ["part", "player", "date out", "date back"] },
        { name: "engagements", fields: ["date", "venue", "fee"] },
        { name: "contests", fields: ["date", "venue", "test piece"] },
      ],
      excluded: ["uniform", "quiz"],
      background: ["card index"],
    },
  },
  {
    id: "blok-mladost-taksi",
    who: "A Mladost 1 block of flats' manager (домоуправител) in Bulgarian (Cyrillic): a website where every flat sees its monthly fees online, the cleaning and stairwell light fee of 3 leva per resident with children under 6 not paying, the lift fee per resident with the ground floor not paying it, 10 leva per flat a month to the repair fund, payments by bank or in cash with a receipt, what each flat owes and has paid, a list of debtors and anyone three months behind on the board in the entrance as the general meeting decided, faults reported online and seen when fixed, meetings called at least 7 days before with the minutes uploaded as a PDF, the repair fund's money and what it was spent on; records after dashes on lines, every payment for one flat and one month; a тетрадка, Excel and the Viber group today; the parking in front 'не искаме да го слагаме тук', the accounts for the taxes 'го оставете'",
    says: {
      overview:
        "Здравейте! Казвам се Цветелина Петрова и от три години съм домоуправител на нашия блок в Младост 1 – два входа, 64 апартамента. Всеки месец обикалям по етажите да събирам таксите, записвам ги в една тетрадка и после ги прехвърлям в Excel, а съобщенията ги пускам във Viber групата, но половината хора не са в нея. Хората постоянно питат кой колко е платил и къде отиват парите. Искам сайт, където всеки да си вижда таксите онлайн, а аз да не тичам по етажите.",
      walkthrough:
        "Всеки месец има няколко такси. Таксата за чистачката и тока на стълбището е на човек – по 3 лева на живущ, децата под 6 години не плащат. Таксата за асансьора също е на живущ, но живущите на първия етаж не плащат асансьор, те не го ползват. Отделно всеки апартамент дава по 10 лева на месец във фонд „Ремонт“. Хората плащат по банков път или в брой на мен и аз им давам разписка. Искам всеки апартамент да вижда какво дължи и какво е платил, а аз да виждам списък на длъжниците. Който не е платил три месеца, излиза на таблото във входа – така е решило общото събрание.\n\nКогато нещо се счупи – асансьорът спре, тече покривът, изгори крушка – хората да могат да подадат сигнал онлайн и после да видят кога е оправено. За общите събрания пускам покана поне 7 дни преди това, а след събранието качвам протокола като PDF. И искам да виждам колко пари има във фонд „Ремонт“ и за какво са похарчени.",
      things:
        "Апартаменти – номер, вход, етаж, собственик, телефон, имейл, брой живущи\nПлащания – апартамент, месец, сума, в брой или по банка, разписка\nСигнали – апартамент, какво се е счупило, дата, оправено или не\nСъбрания – дата, дневен ред, протокол\nРазходи – дата, за какво, сума\nВсяко плащане е за един апартамент и един месец, а един апартамент има много плащания.",
      extras: [
        "Паркирането пред блока – не искаме да го слагаме тук, това е спор с общината и няма край. И счетоводството за данъците го оставете, с него се занимава счетоводителката, която ни прави годишния отчет.",
        "Не, това е всичко. Много благодаря!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Аз влизам като администратор, а всеки апартамент има свой профил с имейл, за да си вижда таксите.",
    },
    expect: {
      kind: "web app",
      features: [
        "3 лева живущ",
        "децата под 6 години",
        "първия етаж асансьор",
        "10 лева фонд Ремонт",
        "длъжници",
        "три месеца табло",
        "сигнал онлайн",
        "покана 7 дни",
        "протокол PDF",
      ],
      tables: [
        {
          name: "апартаменти",
          fields: ["номер", "вход", "етаж", "собственик", "телефон", "брой живущи"],
        },
        { name: "плащания", fields: ["апартамент", "месец", "сума", "разписка"] },
        { name: "сигнали", fields: ["апартамент", "дата"] },
        { name: "събрания", fields: ["дата", "дневен ред", "протокол"] },
        { name: "разходи", fields: ["дата", "сума"] },
      ],
      excluded: ["паркиране", "счетоводство"],
      background: ["тетрадка", "Viber"],
    },
  },
  {
    id: "xalca-yuma-baki",
    who: "A Binəqədi carpet washing workshop's owner in Azerbaijani (Latin script): a website where customers order online with their name, phone, address, how many carpets and when to collect, the driver photographing every carpet, putting a numbered tag on it and noting stains, the carpet measured at the workshop and priced by the square metre by its kind (wool 4 manat, synthetic 3, silk 10), silk never washed in the machine but by hand and shown to the washer, no order under 20 manat, no carpet given back before 3 days' drying, a WhatsApp message when it is ready asking for a delivery time, paid on delivery in cash or card to card, each evening how many carpets were collected, are washing, are drying and were delivered and the money; records after colons on lines, every carpet in one order; a dəftər and WhatsApp today; sofas and soft furniture 'bura qatmayın', advertising 'lazım deyil'",
    says: {
      overview:
        "Salam. Mənim adım Elvin Məmmədovdur, Bakıda, Binəqədidə xalça yuma sexim var. Müştəri zəng edir, sürücümüz gedib xalçanı evdən götürür, biz yuyuruq, qurudub geri aparırıq. İndi hər şeyi dəftərə yazırıq, sifarişlər WhatsApp-da gəlir və hər həftə kiminsə xalçası qarışır, ya da müştəri deyir ki, mənim xalçam bu deyildi. Bir sayt istəyirəm ki, müştəri özü online sifariş versin, biz də hər xalçanın harada olduğunu görək.",
      walkthrough:
        "Müştəri sayta girir, adını, telefonunu, ünvanını yazır, neçə xalça olduğunu və nə vaxt götürməyimizi seçir. Sürücü gəlir, hər xalçanın şəklini çəkir, üstünə nömrəli etiket vurur, ləkə varsa qeyd edir. Sexdə xalçanı ölçürük, qiymət kvadratmetrlədir: yun xalça 4 manat, sintetik 3 manat, ipək xalça 10 manat. İpək xalçanı maşında yumuruq, ancaq əllə, bunu sistem də göstərsin ki, usta səhv etməsin. 20 manatdan az sifariş qəbul etmirik.\n\nXalça ən azı 3 gün qurumalıdır, 3 gündən tez geri verilmir, yoxsa iy verir. Hazır olanda müştəriyə WhatsApp-da mesaj getsin ki, xalçanız hazırdır, çatdırılma vaxtını seçin. Pulu çatdıranda alırıq, nağd və ya kartdan karta. Axşam görmək istəyirəm bu gün neçə xalça götürülüb, neçəsi yuyulur, neçəsi qurudulur, neçəsi çatdırılıb və nə qədər pul gəlib.",
      things:
        "Müştərilər: ad, telefon, ünvan\nSifarişlər: müştəri, götürmə vaxtı, çatdırılma vaxtı, status, ödəniş\nXalçalar: sifariş, etiket nömrəsi, növ, en, uzunluq, kvadratmetr, qiymət, ləkə, şəkil\nSürücülər: ad, telefon, maşın nömrəsi\nHər xalça bir sifarişə aiddir, bir sifarişdə isə bir neçə xalça ola bilər.",
      extras: [
        "Divan və yumşaq mebel təmizləməyi bura qatmayın, o ayrı işdir, qardaşım baxır. Reklam, Instagram işləri də lazım deyil.",
        "Yox, bu qədər. Çox sağ olun!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Mən, operator qız və iki sürücü daxil oluruq. Müştərilər hesabsız sifariş verir.",
    },
    expect: {
      kind: "web app",
      features: [
        "nömrə etiket",
        "yun xalça 4 manat",
        "ipək maşın əllə",
        "20 manat az",
        "3 gün tez geri",
        "WhatsApp hazır",
        "nağd kartdan karta",
        "yuyulur qurudulur",
      ],
      tables: [
        { name: "müştərilər", fields: ["ad", "telefon", "ünvan"] },
        {
          name: "sifarişlər",
          fields: ["müştəri", "götürmə vaxtı", "çatdırılma vaxtı", "status", "ödəniş"],
        },
        {
          name: "xalçalar",
          fields: [
            "sifariş",
            "etiket nömrəsi",
            "növ",
            "en",
            "uzunluq",
            "kvadratmetr",
            "qiymət",
            "ləkə",
            "şəkil",
          ],
        },
        { name: "sürücülər", fields: ["ad", "telefon", "maşın nömrəsi"] },
      ],
      excluded: ["divan", "mebel", "reklam"],
      background: ["dəftər"],
    },
  },
];
