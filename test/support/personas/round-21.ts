import type { Persona } from "../persona-driver.js";

/**
 * The twenty-first held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-21.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes, in parentheses or told in sentences. Eight
 * write in English, each in their own English: Liverpudlian (lower-case, "me n 3 girls",
 * "she wasnt made up", "no ta", "dont be soft", "ta la"), Nigerian Igbo ("the thing is",
 * "chai", "spelt anyhow", "plenty intentions", "no o", "that one is the finance
 * committee's portion", "let them be", "Daalu"), Newfoundland ("How's she goin'", "we
 * runs", "'tis some crowd", "the jackpot's after getting up", "some nervous", "wonderful
 * poor", "no b'y, forget about that", "we're not bothered with that", "that's her"),
 * Singaporean Malay ("got 3, 4 weddings", "alamak", "paiseh", "my adik", "confirm got",
 * "cannot buy half a bag", "no need lah", "don't put inside"), Welsh valleys ("Alright
 * butt", "of a Saturday night", "Tidy job", "isn't it", "we're not having that in it
 * mun", "no chance butt", "Cheers now, diolch"), Kenyan Luo ("me I am in class", "I
 * cannot confirm", "that one let it be", "forget about it completely", "Erokamano"),
 * Scottish Highland ("Himself", "right enough", "a good few", "a wee description", "we'll
 * not be needing", "I'd rather that stayed out of it") and Philadelphia ("how you
 * doin", "it's a whole thing", "all of 'em", "ain't been scanned", "I want no part of
 * that", "nah, forget about it", "Go Birds"). One writes in Amharic (Ge'ez script, never
 * used before, as an Addis Ababa car hire owner types it, with the loanwords Ethiopians
 * really use: "ቡኪንግ", "ሲስተም", "ኦንላይን", "ቴሌግራም ግሩፕ", "ቴሌብር", "ባንክ ትራንስፈር",
 * "ፐርሰንት", "ዲኮር", "ሾፌር", "ሊሙዚን", "SMS" in Latin letters), and one in Latvian (never
 * used before, as a Riga chimney sweep types it, with "e-pasts", "PDF", "SMS", "Excel").
 * What varies is the kind of software, the domain and the length of the answers: web
 * apps for a West Derby hair salon's colour formulas (brand, shade, developer, grams,
 * time on, patch tests every 6 months, allergies flashing up red), an Amawbia parish
 * office's Mass intentions (stipends, receipt numbers, 20 intentions to a Mass, thirty
 * Gregorian Masses one after the other, the list for the priest), a Wester Ross estate's
 * deer stalking and larder book (beats taking one rifle a day, firearm certificates in
 * date, tags and larder weights, the dealer's collection, the cull against the cull plan,
 * the return to NatureScot), a Bole wedding car hire's bookings (a car not booked for two
 * weddings in a day, a 30 percent deposit, decorations, extra hours, the drivers' list the
 * day before) and a Riga chimney sweep's inspections and certificates (devices and their
 * flues, an SMS a month before the due date, the draught check, the act as a PDF by
 * e-mail, "lietot aizliegts"); a phone app for a Kisumu teacher's four tuk-tuks (the daily
 * target by M-Pesa, Sundays off, balances carried, a driver not paid by nine at night,
 * repairs, insurance, NTSA inspection and county sticker reminders); a Go command-line
 * tool that scales a Bedok kenduri caterer's recipes to the pax and makes the shopping
 * list by supplier, with commands and flags; a service without screens that a Northeast
 * Philadelphia dry cleaner's counter POS, plant scanners and driver app call (a barcode
 * for life on every item, a scan at each step, an order ready when all its items are
 * bagged, a straggler flagged after 2 days, texts, unclaimed after 90 days, late orders);
 * a program on a Bay Roberts Legion branch's Windows laptop for its Chase the Ace (sellers'
 * ticket rolls, the night's sales split 20, 50 and 30 percent, the envelopes left on the
 * board, the jackpot on the hall's TV, the lottery licence report); and a TypeScript
 * package on npm that works out a Welsh rugby league table (4 for a win, try and losing
 * bonuses, conceded matches, points deducted, the WRU's order, last season's table as the
 * test). The hairdresser answers in a few lower-case words each time, the estate's office
 * manager in long paragraphs, the others in between. Relations said plainly ("each formula
 * is the one client", "one Mass carries plenty intentions", "every roll belongs to the one
 * seller for the one draw", "one driver drives one tuk-tuk only", "each carcass comes off
 * the one beat", "each item's got the one barcode for life", "እያንዳንዱ መኪና አንድ ሾፌር
 * አለው", "vienam klientam var būt vairākas adreses"); background in cards in a box behind
 * the desk, a hardcover register, a scribbler and a calculator, an old exercise book, a
 * spreadsheet of a Saturday night, a small notebook, a desk diary and a larder book on a
 * nail, carbon copies, a ደብተር and a ቴሌግራም group, a klade and Excel; technology named as
 * PHP and MySQL, Windows, Go and YAML, npm and TypeScript, Android, Python, FastAPI,
 * Postgres and Twilio; "no" said as "no ta", "dont be soft, leave it out", "no o, that one
 * is the finance committee's portion", "let them be", "no b'y, forget about that", "we're
 * not bothered with that", "no need lah", "don't put inside", "we're not having that in
 * it mun", "no chance butt", "that one let it be", "forget about it completely", "we'll
 * not be needing", "I'd rather that stayed out of it", "I want no part of that", "nah,
 * forget about it", "አያስፈልግም", "እሱን ተዉት", "nevajag", "lūdzu neliec iekšā, tas nav mans
 * lauciņš". The parish secretary adds the society to the intentions and the priests'
 * phone numbers after "Change something" at "Your data"; the chimney sweep adds the next
 * inspection's date at the review. The score compares Amharic and Latvian by their letters
 * in Latin script, so their expected words are written in the forms the person used (with
 * the prepositions Amharic joins to its words), and the excluded words of all ten were
 * checked not to read like anything they want.
 */
export const TWENTY_FIRST_ROUND: readonly Persona[] = [
  {
    id: "salon-colour-formulas",
    who: "A West Derby hair salon's owner in a few lower-case words a time, in Liverpudlian: each client pulled up on the ipad with her last formulas (brand, shade, developer, grams, time on), what was used and how it came out put in after, a patch test every 6 months and a warning when it's out of date, an allergy flashing up red, how many grams of each shade used at the end of the month; records after dashes on lines, each formula for one client; cards in a box behind the desk today; bookings 'no ta' (Fresha), the till 'dont be soft, leave it out'",
    says: {
      overview: "hair salon in west derby. me n 3 girls. want the colour formulas kept proper",
      more: "every clients colour is on a little card in a box behind the desk. cards go missing, get dye on them, cant read the writing. couldnt find mrs hughes card last week n she went out a different shade. she wasnt made up",
      walkthrough:
        "client sits down, we pull her up on the ipad n see her last formulas with the brand, shade, developer, grams n time on. after, we put in what we used n how it came out. patch test every 6 months, it tells us if hers is out of date before we touch her. if shes got an allergy it flashes up red. end of the month we see how many grams of each shade we used",
      things:
        "clients - name, phone, allergies, patch test date\nstylists - name\nformulas - client, stylist, date, brand, shade, developer, grams, time on, result (how it came out)\none client has loads of formulas, each formula is the one client",
      extras: [
        "bookings no ta, weve got fresha for them. n the till, dont be soft, leave it out",
        "nah thats it. ta la",
      ],
      tech: "dunno. has to work on the ipad at the desk",
    },
    picks: {
      Kind: "Web app",
      Accounts: "me n the girls log in. clients dont",
    },
    expect: {
      kind: "web app",
      features: [
        "last formulas brand shade developer grams",
        "what we used how it came out",
        "patch test every 6 months",
        "patch test out of date",
        "allergy flashes up red",
        "grams of each shade end of the month",
      ],
      tables: [
        { name: "clients", fields: ["name", "phone", "allergies", "patch test date"] },
        { name: "stylists", fields: ["name"] },
        {
          name: "formulas",
          fields: ["client", "stylist", "date", "brand", "shade", "developer", "grams", "time on", "result"],
        },
      ],
      excluded: ["booking", "Fresha", "till"],
      background: ["card"],
    },
  },
  {
    id: "mass-intentions",
    who: "An Amawbia parish secretary in Nigerian Igbo English: Mass intentions booked at the parish office with the names to be prayed for and the Mass they want, a stipend of one thousand naira for a weekday Mass and two thousand for Sunday paid cash or by transfer with a receipt number, not more than 20 intentions in one Mass and the next Mass suggested when one is full, thirty Gregorian Masses one after the other booked at once, an SMS the day before, the list for the priest with the thanksgivings first and then the departed, the total stipends and how many Masses were said at the end of the month; records told in sentences, each intention for one Mass; a big hardcover register today; the Sunday collection and harvest levies 'no o, that one is the finance committee's portion', the marriage banns 'let them be'; PHP and MySQL; the society added to the intentions and the priests' phone after 'Change something' at 'Your data'",
    says: {
      overview:
        "Good afternoon. My name is Chinyere Okafor and I am the parish secretary at Holy Trinity Catholic Church, Amawbia, near Awka. Our parish is big, we have four Masses on Sunday, the 7am English, the 9am Igbo Mass, the 11am and the evening one, plus the 6:30am weekday Mass. People come to the parish office every day to book Mass intentions, thanksgiving, repose of the soul of their departed, birthday, journey mercies, all sorts, and they pay the stipend.\n\nThe thing is, everything is written in a big hardcover register, and then on Saturday night I sit down and type the list for Father. Chai, it is too much. Sometimes an intention is booked for a date and it is not read at all, sometimes the name is spelt anyhow and the family will come and complain after Mass. I want a proper website for the office so that we can book them and print the lists.",
      walkthrough:
        "When someone comes, I take their name and phone number, the type of intention, the names to be prayed for and the Mass they want, that is the date and which Mass. The stipend is one thousand naira for a weekday Mass and two thousand for Sunday, they pay cash or by transfer, and the system should give a receipt number. Father said not more than 20 intentions in one Mass, otherwise the reading will take the whole Mass, so when a Mass is full it should suggest the next Mass to me.\n\nSome families book the Gregorian Masses for their departed, that is thirty Masses one after the other, so I should be able to book the thirty at once from the day they start. The day before, the person who booked should get an SMS that their intention will be read tomorrow at that Mass. Then before each Mass I print the list for the priest saying it, with the thanksgivings first and then the departed, and the names written clearly.\n\nAt the end of the month the parish priest wants the total stipends and how many Masses were said, for the diocese.",
      things:
        "The Masses have the date, the time, the language, English or Igbo, and the priest who is saying it. The priests are just their name, like Rev. Fr. Emeka Nwosu. Then the intentions: who booked it, their phone number, the type of intention, the names to be prayed for, the Mass, the stipend, how they paid and the receipt number. Each intention is for one Mass, but one Mass carries plenty intentions.",
      thingsChange:
        "Please add the society on the intentions, because the CWO, the CMO and the Legion of Mary book as a group, not as one person. And the priests should have their phone number, so that I can call the one saying the Mass when the list changes.",
      extras: [
        "The Sunday collection and the harvest levies, no o, that one is the finance committee's portion, we are not bringing it here at all. The marriage banns also, let them be, Father announces them himself.",
        "No, that is all. Daalu, thank you so much.",
      ],
      tech: "Our parish website is on cPanel with PHP and MySQL, my cousin did it, so let it be PHP and MySQL.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Only me and the assistant secretary log in, and Father can log in to see the lists. The parishioners don't log in.",
      "Your data": ["Change something", "Looks right"],
      Technology: "I have preferences",
      "Back end": "PHP",
      Database: "MySQL",
    },
    expect: {
      kind: "web app",
      features: [
        "names to be prayed for",
        "receipt number",
        "20 intentions one Mass",
        "full suggest the next Mass",
        "thirty Masses one after the other",
        "SMS day before",
        "list for the priest",
        "thanksgivings first departed",
        "total stipends how many Masses said",
      ],
      tables: [
        { name: "masses", fields: ["date", "time", "language", "priest"] },
        { name: "priests", fields: ["name", "phone"] },
        {
          name: "intentions",
          fields: ["phone", "type", "names", "mass", "stipend", "receipt number", "society"],
        },
      ],
      excluded: ["levy", "harvest", "banns"],
      background: ["hardcover"],
      stack: ["PHP", "MySQL"],
    },
  },
  {
    id: "chase-the-ace",
    who: "A Bay Roberts Legion branch's treasurer in Newfoundland English: a program on the Legion's Windows laptop, working without the Internet, for the Saturday night Chase the Ace, each seller's roll of tickets with the first and last ticket, how many they sold and the cash not matching, the night's sales split 20 percent to the weekly winner, 50 percent on the jackpot and 30 percent to the Legion, the envelopes left on the board and the cards gone already, the winner with the ticket number, envelope and card, the jackpot and the envelopes left on the hall's TV as a second screen, the weekly report for the lottery licence and a final one when the ace is found; records after colons inline, each roll for one seller at one draw; a scribbler and a calculator today; selling tickets online 'no b'y, forget about that', the bingo 'we're not bothered with that'; Windows",
    says: {
      overview:
        "How's she goin'. I'm Marg Penney, I'm the treasurer with the Legion branch out in Bay Roberts. Every Saturday night we runs a Chase the Ace down at the hall, and my son, 'tis some crowd now, the jackpot's after getting up over forty thousand and there's people coming from all over Conception Bay. Gerald does the count with me, and right now 'tis all wrote down in a scribbler and added up on a calculator at the end of the night, and with that crowd I'm some nervous we're going to make a mistake with the money. I wants a program on the Legion laptop to keep it all straight.",
      walkthrough:
        "'Tis like this. We got eight sellers, some at the door, some down at the Foodland through the week, and every seller gets a roll of tickets, so I writes down the first ticket and the last ticket on their roll. At the end of the night they hands in what's left and the cash, so the program should work out how many they sold and tell me if the cash don't match. Tickets are $5 each or 3 for $10.\n\nThen the night's sales gets split: 20 percent to the winner of the weekly draw, 50 percent goes on the jackpot, and 30 percent to the Legion. At 9 o'clock we draws the ticket, and the winner picks an envelope off the board. There's 52 envelopes with a card in each one, and if they turns up the ace of spades they gets the jackpot, and if not the envelope's gone off the board and they just gets the weekly 20 percent. So I wants to see which envelopes are left on the board and what cards are gone already, and keep the winner's name, phone, the ticket number, the envelope and the card.\n\nWe puts the jackpot up on the TV in the hall, big, so the program should show the jackpot and the envelopes left on a second screen. And every week I got to send in the report for the lottery licence with the sales, the prizes and the ticket numbers, so I wants that printed off, and a final one when the ace is found.",
      things:
        "Draws: the date, the sales, the weekly prize, the jackpot, the winner, the phone, the ticket number, the envelope and the card. Sellers: name and phone. Rolls: the seller, the draw, first ticket, last ticket, tickets sold and the cash. Envelopes: the number, the card in it and whether 'tis opened. Every roll belongs to the one seller for the one draw.",
      extras: [
        "Selling tickets online, no b'y, forget about that, the licence don't allow it anyway. And the bingo on Tuesdays, we're not bothered with that, it's on the go on paper thirty years and it works grand.",
        "No, that's her. Thanks me love, you're some good.",
      ],
      tech: "The Legion got an old laptop with Windows 10 on it. The Internet down the hall is wonderful poor, so it got to work without it.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No logins, 'tis only me and Gerald on the laptop",
      Technology: "I have preferences",
    },
    expect: {
      kind: "desktop app",
      features: [
        "first ticket last ticket roll",
        "how many they sold cash",
        "20 percent winner weekly draw",
        "50 percent jackpot",
        "30 percent Legion",
        "envelopes left on the board cards gone",
        "jackpot envelopes left second screen",
        "report lottery licence",
        "final ace found",
      ],
      tables: [
        {
          name: "draws",
          fields: ["date", "sales", "weekly prize", "jackpot", "winner", "ticket number", "envelope", "card"],
        },
        { name: "sellers", fields: ["name", "phone"] },
        { name: "rolls", fields: ["seller", "draw", "first ticket", "last ticket", "sold", "cash"] },
        { name: "envelopes", fields: ["number", "card", "opened"] },
      ],
      excluded: ["online", "bingo"],
      background: ["scribbler", "calculator"],
      stack: ["Windows"],
    },
  },
  {
    id: "kenduri-catering-cli",
    who: "A Bedok Malay caterer's daughter in Singaporean English: a Go command-line tool her brother writes that reads her mum's recipes (written for 100 pax, with the ingredients, how much, the unit and the supplier, some in cawan and sudu besar to be changed to grams or ml), scales every dish of a wedding's menu to the pax plus 10 percent extra, makes the shopping list adding up the same ingredient from all the dishes, grouped by supplier and rounded up to how the supplier sells it, the whole week's shopping list at one time, and a check that the recipes have a supplier and correct units; an old exercise book and a calculator today; the quotation 'no need lah', the halal cert 'don't put inside' (MUIS); commands and flags; Go and YAML",
    says: {
      overview:
        "Hi, I'm Nurul. My family got a Malay catering business in Bedok, we do mostly kenduri kahwin at the void deck, sometimes 500 pax, sometimes 1,500 pax. My mum is the cook, I handle the orders and the buying. Every weekend got 3, 4 weddings, alamak, the buying is very stressful. Now my mum calculate in an old exercise book with a calculator, then I WhatsApp the list to my uncle who go to the market. Last month we short of santan for the lodeh, very paiseh. My adik study at Temasek Poly, he say he can make a small program we type commands one, so like that can lah.",
      walkthrough:
        "Each dish got its recipe, my mum write for 100 pax: the ingredients, how much, the unit, and which supplier we buy from, like the chicken from the wet market, rice and oil from Sheng Siong wholesale, the spices from the shop at Geylang Serai. Some of her recipes she write in cawan and sudu besar, so the tool must change them to grams or ml.\n\nFor each wedding we put the date, the pax and the menu, like nasi minyak, ayam masak merah, dalca, sayur lodeh, acar. Then the tool scale every dish to the pax, plus 10 percent extra, because confirm got guests bring their whole family. The shopping list must add up the same ingredient from all the dishes together, like the santan from the rendang and the lodeh, and group by supplier. And round up to how the supplier sell it, like rice by 25 kg bag, santan by 1 kg packet, because cannot buy half a bag.\n\nBecause the weekend got many weddings, I want to do the whole week's shopping list at one time, all the weddings from that week added up. And must check all the recipes got supplier and the units are correct before we use.",
      commands:
        "scale wedding.yaml shows every dish for the pax, --extra 10 for the 10 percent, if never put then 10 also. shop wedding.yaml --out list.csv gives the shopping list by supplier. week --from 2025-06-07 --out week.csv for the whole week. check recipes/ to check the recipes.",
      extras: [
        "The quotation and the price for the customer, no need lah, my mum quote in her head one. The halal cert also don't put inside, MUIS got their own portal for that.",
        "Ok that's all, thank you ah!",
      ],
      tech: "My adik say Go, one program can run on my mum's Windows laptop, and the recipes in YAML files.",
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
        "cawan sudu besar grams",
        "scale every dish to the pax",
        "10 percent extra",
        "add up the same ingredient",
        "group by supplier",
        "round up to how the supplier sell",
        "whole week's shopping list",
        "recipes got supplier units correct",
      ],
      tables: [],
      excluded: ["quotation", "halal", "MUIS"],
      background: ["exercise book"],
      stack: ["Go", "YAML"],
      commands: ["scale", "shop", "week", "check", "--extra", "--out", "--from"],
    },
  },
  {
    id: "rugby-league-table",
    who: "A Treorchy man who does a few valleys rugby clubs' websites, in Welsh valleys English: an npm package in TypeScript that takes the teams and the results (home and away, points and tries each side) as plain JSON and gives the league table back, 4 for a win and 2 for a draw, a try bonus for 4 or more tries win or lose, a losing bonus for losing by 7 or fewer, 5 points to the other side when a team concedes, points deducted with the reason, sorted on points then games won then points difference then tries for, postponed games left out till played, last season's results and the WRU's final table as the test; a spreadsheet of a Saturday night today; fixtures and the top try scorer and players' stats 'we're not having that in it mun', 'no chance butt'; npm and TypeScript",
    says: {
      overview:
        "Alright butt. Gareth here, I'm from Treorchy and I do the websites for a few of the rugby clubs up the valley, ours and three or four others, in my spare time like. Every Saturday everybody's on at me for the league table, and the one on the WRU site takes days to update, so I end up working it out by hand in a spreadsheet of a Saturday night and copying it into every site. Tidy job for a computer, isn't it. What I'm after is a little package, an npm package in TypeScript, that I can drop into all the club sites and the Facebook bot I've got posting the scores.",
      walkthrough:
        "You give it the teams and the results, each result is home team, away team, their points and how many tries each side scored, as plain JSON, and it gives you the table back. No database or nothing, just in and out.\n\nThe points are the WRU ones: 4 for a win, 2 for a draw, nothing for a loss. Then a try bonus, 1 point for any team that scores 4 or more tries, win or lose. And a losing bonus, 1 point if you lose by 7 or fewer. If a side can't raise a team and concedes, the other side gets 5 points and the ones who conceded get nothing, and it don't count in the points for and against. The league takes points off a club now and again, so it needs points deducted as well, with the reason.\n\nThe table's got played, won, drawn, lost, points for, points against, points difference, tries for, tries against, try bonus, losing bonus and the total points. It's sorted on points, then games won, then points difference, then tries for. A game that's postponed just isn't in the table till it's played. I've got last season's results for Division 3 East Central and the final table the WRU put out, so it's got to come out the same as that, make that the test.",
      extras: [
        "Fixtures, who plays who and when, we're not having that in it mun, the league does that. And the players' stats, top try scorer and all that, no chance butt, that's not what it's for.",
        "No, that's me done. Cheers now, diolch.",
      ],
      tech: "TypeScript, published on npm. Node 18 and up.",
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
        "plain JSON table back",
        "4 for a win 2 for a draw",
        "try bonus 4 or more tries",
        "losing bonus lose by 7 or fewer",
        "concedes 5 points",
        "points deducted reason",
        "sorted on points games won points difference tries for",
        "postponed",
        "last season's results final table",
      ],
      tables: [],
      excluded: ["scorer", "player"],
      background: ["spreadsheet"],
      stack: ["npm", "TypeScript"],
    },
  },
  {
    id: "tuktuk-targets",
    who: "A Kisumu teacher who owns four tuk-tuks, in Kenyan Luo English: a phone app for himself, each driver's daily target of 1,200 shillings by M-Pesa from Monday to Saturday with the M-Pesa code, Sunday the driver's own day with no target, what a driver did not bring carried to the next day as a balance and how much each driver owes, a warning when a driver has not paid by nine at night, every repair with the date, what was done, the cost and the mechanic, a reminder two weeks before the insurance, the NTSA inspection or the county sticker expires and the driver's licence too, what each tuk-tuk brought minus the repairs at the end of the week; records after dashes inline, one driver for one tuk-tuk; a small notebook today; the SACCO loan 'that one let it be', fuel 'forget about it completely'; Android",
    says: {
      overview:
        "Hello, good morning. My name is Otieno Ochieng, I am a teacher in Kisumu but I also have four tuk-tuks working in town, Kondele, Nyalenda, up to Mamboleo. Each tuk-tuk has a driver who brings a target every day through M-Pesa. My problem is I cannot follow up. I write in a small notebook and I check the M-Pesa messages on my phone one by one, and the drivers are telling me 'I paid yesterday', and me I am in class, I cannot confirm. Even the insurance for one tuk-tuk expired last year and the police impounded it. I want an app on my phone to manage all this.",
      walkthrough:
        "Every day from Monday to Saturday each driver pays a daily target of 1,200 shillings to my M-Pesa. Sunday is the driver's own day, no target. When the money comes I put it in the app with the M-Pesa code. If he brings less, what he did not bring is carried to the next day as a balance, so I can see how much each driver owes me. If a driver has not paid by nine at night, the app should tell me so that I call him.\n\nThen the repairs. Tuk-tuks are always breaking, so for every repair I put the date, what was done, the cost and the mechanic. Every tuk-tuk also has the insurance, the NTSA inspection and the county sticker, and all these expire, so the app should remind me two weeks before the insurance, the inspection or the sticker expires. Same for the driver's licence.\n\nAt the end of the week I want to see what each tuk-tuk brought minus the repairs, so I know which one is worth keeping.",
      things:
        "Tuk-tuks - number plate, make, the driver, insurance expiry, inspection expiry, sticker expiry; drivers - name, phone, ID number, licence expiry; payments - the driver, the date, the amount, the M-Pesa code; repairs - the tuk-tuk, the date, what was done, the cost, the mechanic. One driver drives one tuk-tuk only.",
      extras: [
        "The loan I took from the SACCO to buy them, that one let it be, the SACCO sends me statements. And the fuel, forget about it completely, the drivers fuel for themselves.",
        "No, that is all. Erokamano, thank you.",
      ],
      tech: "Android, my phone is a Samsung.",
    },
    picks: {
      Kind: "Mobile app",
      Accounts: "Only me. The drivers don't log in.",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    expect: {
      kind: "mobile app",
      features: [
        "daily target",
        "Sunday no target",
        "M-Pesa code",
        "carried to the next day as a balance",
        "how much each driver owes",
        "not paid by nine at night",
        "repair date cost mechanic",
        "remind two weeks before insurance inspection sticker expires",
        "each tuk-tuk brought minus the repairs",
      ],
      tables: [
        {
          name: "tuk-tuks",
          fields: [
            "number plate",
            "make",
            "driver",
            "insurance expiry",
            "inspection expiry",
            "sticker expiry",
          ],
        },
        { name: "drivers", fields: ["name", "phone", "ID number", "licence expiry"] },
        { name: "payments", fields: ["driver", "date", "amount", "M-Pesa code"] },
        { name: "repairs", fields: ["tuk-tuk", "date", "cost", "mechanic"] },
      ],
      excluded: ["SACCO", "loan", "fuel"],
      background: ["notebook"],
      stack: ["Android"],
    },
  },
  {
    id: "stalking-larder-book",
    who: "A Wester Ross estate's office manager in Scottish Highland English, in long paragraphs: guests see which days are free and book a day's stalking, four beats that each take the one rifle a day, a stalker put with each booking, a copy of the guest's firearm certificate in date on the day, an email with the time and place to meet the stalker, what to bring, the price for the day and the stag fee, every beast in the larder book with the tag number, date, beat, stalker, who shot it, stag, hind or calf, age class, larder weight and notes for the trained hunter's declaration, a list of what's in the larder with the tags and weights for the dealer's lorry and carcasses marked as collected, the cull taken against the agreed cull for stags and hinds separately with a warning near the number for the stags, the return for NatureScot by sex and age class month by month; records told in sentences, each carcass off the one beat; a desk diary and a larder book on a nail today; the fishing 'we'll not be needing', the lodge lets 'I'd rather that stayed out of it'",
    says: {
      overview:
        "Good afternoon. I'm Morag MacKenzie and I run the office at Glen Carron estate in Wester Ross, which is about twenty-two thousand acres of hill, and the main business on it, apart from the sheep which are let to a grazier, is the deer stalking. We've a head stalker, Donnie, who's been on the hill here for thirty years, and a second stalker, Calum, and between July and February they'll take off a hundred and twenty-odd beasts, stags in the season and hinds in the winter. Most of the stag stalking is let to paying guests, some of whom have been coming every September since before I was born, and the rest of the cull the stalkers do themselves.\n\nAt the moment it's all done the way it's always been done. The bookings are in a big desk diary in the office and a good many phone calls, and the larder book is an actual book hanging on a nail in the larder, with blood on half the pages, right enough. At the end of the season I sit down with the diary and the larder book and try to make the numbers add up for the return to NatureScot, and it takes me the best part of a week. Himself would like the guests to be able to book their days on the internet like they do everywhere else now, and I'd like to stop losing my mind every October.",
      walkthrough:
        "So a guest would go on and see which days are free and book a day's stalking. The hill is split into four beats, and each beat only takes the one rifle a day, so once a beat's booked for a day it's gone, and I put a stalker with each booking, Donnie or Calum. Before they come we need a copy of their firearm certificate, and it's to be in date on the day they're stalking, otherwise they're not going out on the hill, no matter who they are. When the booking's made they should get an email with the time and the place to meet the stalker, which is the larder at half eight, the list of what to bring, and the price for the day and the stag fee for each stag shot.\n\nThen every beast that's shot comes down off the hill on the Argocat to the larder, and it goes in the larder book: the tag number on the carcass, the date, the beat, the stalker, who shot it, whether it's a stag, hind or calf, its age class, the larder weight in kilos, and any notes on its condition or anything wrong with the gralloch, because the game dealer needs the trained hunter's declaration with every carcass. The dealer's lorry comes on a Thursday, so I want a list of everything that's in the larder waiting to go with the tags and weights, and once it's away they're marked as collected.\n\nThe big thing for us is the cull. Every year we agree the cull with the deer management group, so many stags and so many hinds, and I'd like to see how many we've taken against the cull all the time, stags and hinds separately, and a warning when we're near the number for the stags, because the last thing you want is a guest shooting one over. And then at the end of the season the return for NatureScot, the numbers shot by sex and age class, month by month, and that should come straight out of the larder book so nobody's adding things up in October.",
      things:
        "The guests, with their name, address, phone, email, their firearm certificate number and when it runs out. The beats, which are just a name and a wee description of where they are. The stalkers, Donnie and Calum, just a name and a phone. Then the bookings, which are a guest, a date, a beat and a stalker, and whether it's stags or hinds they're after. And the larder book, where each carcass has the tag number, the date, the beat, the stalker, the booking if a guest shot it, the sex, the age class, the larder weight, the notes and the date the dealer collected it. Each carcass comes off the one beat, and a guest can have a good few bookings.",
      extras: [
        "We'll not be needing the fishing in it at all, the ghillie has his own book for the river and that suits everyone. And the lodge lets, I'd rather that stayed out of it, the agency in Inverness does all of those and they're very particular about it.",
        "No, I think that's the lot. Thank you, you've been very patient with me.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Myself and the two stalkers log in, and the guests have their own login to book their days and see their bookings.",
    },
    expect: {
      kind: "web app",
      features: [
        "which days are free book a day's stalking",
        "each beat one rifle a day",
        "stalker with each booking",
        "firearm certificate in date",
        "email time place to meet the stalker",
        "stag fee",
        "in the larder tags weights",
        "marked as collected",
        "taken against the cull stags hinds separately",
        "warning near the number for the stags",
        "NatureScot sex age class month by month",
      ],
      tables: [
        { name: "guests", fields: ["name", "address", "phone", "email", "firearm certificate"] },
        { name: "beats", fields: ["name", "description"] },
        { name: "stalkers", fields: ["name", "phone"] },
        { name: "bookings", fields: ["guest", "date", "beat", "stalker"] },
        {
          name: "carcasses",
          fields: [
            "tag number",
            "date",
            "beat",
            "stalker",
            "booking",
            "sex",
            "age class",
            "larder weight",
            "notes",
            "collected",
          ],
        },
      ],
      excluded: ["fishing", "ghillie", "lodge"],
      background: ["diary", "nail"],
    },
  },
  {
    id: "dry-cleaning-tags",
    who: "A Northeast Philadelphia dry cleaner's son in Philadelphia English: a service without screens that the counter POS, the plant's handheld scanners and the drivers' app call, the order (ticket) made at the counter with the customer, store, promised date and every item (type, service, color, brand, notes, price), a barcode tag on every item for life, rush same day if in before 9, the driver app scanning bags as picked up, each item scanned at each step at the plant, an order ready to go back when all its items are bagged, an item not scanned for 2 days after the rest flagged, a text when it's ready with the ticket number and the store, a list of anything unclaimed after 90 days, the late orders by store each week; records in parentheses, an order with many items; paper tickets with a carbon copy today; payments and card stuff 'I want no part of that', Miss Rosa's alterations 'nah, forget about it'; Python, FastAPI, Postgres and Twilio",
    says: {
      overview:
        "Hey, how you doin. I'm Dom Marchetti, my family's got Marchetti Cleaners, six stores in the Northeast and out in Delco, and one plant in Mayfair where all the actual cleaning gets done. I'm the guy who does the computer stuff, on top of driving the van half the time. Right now it's paper tickets with a carbon copy and a paper tag pinned on every piece, and stuff goes missing at the plant, it's a whole thing. Lady comes in for her husband's funeral suit and we can't find the jacket. So we already got a POS at the counters, the plant's got handheld scanners, and the drivers got an app, and what I need is one service in the middle that all of 'em talk to. No screens, that's not my problem, just the API.",
      walkthrough:
        "At the counter the POS makes the order, that's the ticket: the customer, the store, the promised date, and every item, the type, like shirt, suit jacket, pants, dress, comforter, the service, dry clean or laundered and pressed, the color, the brand, notes like a stain or a missing button, and the price. Every item gets a barcode tag heat-sealed on, and that barcode stays with that item for life, so when Mr. Kowalski's been coming twenty years we know it's the same jacket. Rush is same day if it's in before 9.\n\nEvery morning the van picks up the bags from the stores, and the driver app scans them as picked up. At the plant they scan each item at each step, received, cleaned, pressed, bagged. When all the items of an order are bagged, the order's ready to go back to the store. If one item of an order ain't been scanned for 2 days after the rest, I want it flagged, 'cause that's the jacket that's gonna go missing. When the van drops it back at the store, the store scans it in, and the customer gets a text that it's ready with the ticket number and which store.\n\nAnything unclaimed after 90 days, we send a letter and then it goes to the thrift at St. Matt's, so I need a list of those. And every week I want the late orders, the ones that weren't ready by the promised date, by store.",
      things:
        "Customers (name, phone, email, home store). Stores (name, address). Orders (ticket number, customer, store, drop-off date, promised date, rush). Items (order, barcode, type, service, color, brand, notes, price). Scans (item, step, where, time, who scanned it). One order's got a bunch of items, and each item's got the one barcode for life.",
      extras: [
        "Payments and all the card stuff, I want no part of that, the POS handles it. And Miss Rosa's alterations, nah, forget about it, she's got her own book and nobody touches it.",
        "Nah, that's it. Appreciate you. Go Birds.",
      ],
      tech: "My buddy who helps me out says Python with FastAPI and Postgres. The texts go out through Twilio, we already got an account.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No people logging in. The POS, the plant scanners and the driver app each get their own key.",
      Technology: "I have preferences",
      "Back end": "Python with FastAPI",
      Database: "Postgres",
    },
    expect: {
      kind: "api service",
      features: [
        "barcode item for life",
        "rush same day before 9",
        "scans picked up",
        "scan each item at each step",
        "all the items of an order bagged ready",
        "2 days after the rest flagged",
        "text ready ticket number store",
        "unclaimed after 90 days",
        "late orders promised date by store",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "email", "home store"] },
        { name: "stores", fields: ["name", "address"] },
        {
          name: "orders",
          fields: ["ticket number", "customer", "store", "drop-off date", "promised date", "rush"],
        },
        {
          name: "items",
          fields: ["order", "barcode", "type", "service", "color", "brand", "notes", "price"],
        },
        { name: "scans", fields: ["item", "step", "time"] },
      ],
      excluded: ["payment", "alteration"],
      background: ["carbon"],
      stack: ["Python", "FastAPI", "Postgres", "Twilio"],
    },
  },
  {
    id: "yeserg-mekina-kiray",
    who: "A Bole wedding car hire owner in Amharic (Ge'ez script): bookings taken in the office with the wedding day, how many cars, which model and from what hour to what hour, a warning straight away when one car is booked for two weddings on one day, a 30 percent deposit by telebirr or bank transfer without which the booking isn't confirmed, the rest paid on the wedding morning, decoration (flowers and ribbon) at an extra price, an extra charge per hour when a car stays past its hours, a list sent to each driver the day before with the car, the groom's house address and the time, an SMS to the customer two days before, how much each car brought in at the end of the month; records after colons on lines, each car with one driver and a booking with many cars; a notebook and a Telegram group today; photo and video 'አያስፈልግም', the wedding dress and suit hire 'እሱን ተዉት'",
    says: {
      overview:
        "ሰላም ጤና ይስጥልኝ። ስሜ ሄኖክ ታደሰ ይባላል። ቦሌ መድሃኔዓለም አካባቢ የሰርግ መኪና ኪራይ ድርጅት አለኝ። 14 መኪኖች አሉን፣ ሊሙዚን፣ ሀመር፣ V8 እና ነጭ መርሴዲሶች። ከጥምቀት በኋላ እስከ ሁዳዴ ጾም ድረስ ቅዳሜና እሁድ ሰርግ በጣም ይበዛል፣ አንዳንዴ በአንድ ቀን አስር ሰርግ ይኖረናል።\n\nአሁን ሁሉንም ቡኪንግ በደብተር ነው የምንይዘው፣ ለሾፌሮቹ ደግሞ በቴሌግራም ግሩፕ እንልካለን። ባለፈው ወር አንድ ሊሙዚን በአንድ ቀን ለሁለት ሰርግ ተይዞ ትልቅ ጭቅጭቅ ተፈጠረ። ስለዚህ ቢሮ ውስጥ የምንጠቀምበት ኦንላይን ሲስተም እፈልጋለሁ።",
      walkthrough:
        "ደንበኛው ይደውላል ወይም ቢሮ ይመጣል። የሰርጉን ቀን፣ ስንት መኪና እንደሚፈልግ፣ የትኛውን ሞዴል፣ እና ከስንት ሰዓት እስከ ስንት ሰዓት እንደሚፈልግ እንመዘግባለን። አንድ መኪና በአንድ ቀን ለሁለት ሰርግ መያዝ የለበትም፣ ሲስተሙ ወዲያው ማስጠንቀቅ አለበት።\n\nቀብድ 30 ፐርሰንት ይከፈላል፣ በቴሌብር ወይም በባንክ ትራንስፈር። ቀብድ ካልተከፈለ ቡኪንጉ አይረጋገጥም። ቀሪው ክፍያ በሰርጉ ቀን ጠዋት ይከፈላል። ዲኮር ከፈለጉ፣ አበባና ሪቫን፣ ተጨማሪ ዋጋ አለው። መኪናው ከተያዘው ሰዓት በላይ ከቆየ በሰዓት ተጨማሪ ክፍያ አለ።\n\nከሰርጉ አንድ ቀን በፊት ለእያንዳንዱ ሾፌር የትኛውን መኪና እንደሚነዳ፣ የሙሽራው ቤት አድራሻና ሰዓቱ ያለበት ዝርዝር መላክ እፈልጋለሁ። ደንበኛውም ከሁለት ቀን በፊት SMS ይደርሰዋል። በወሩ መጨረሻ እያንዳንዱ መኪና ስንት ብር እንዳስገባ ማየት እፈልጋለሁ።",
      things:
        "መኪኖች፦ ታርጋ ቁጥር፣ ሞዴል፣ ቀለም፣ ሾፌር\nሾፌሮች፦ ስም፣ ስልክ፣ መንጃ ፍቃድ\nደንበኞች፦ ስም፣ ስልክ\nቡኪንግ፦ ደንበኛ፣ የሰርግ ቀን፣ መኪና፣ መነሻ ሰዓት፣ መመለሻ ሰዓት፣ ዋጋ፣ ቀብድ፣ ዲኮር\nእያንዳንዱ መኪና አንድ ሾፌር አለው፤ አንድ ቡኪንግ ብዙ መኪና ሊኖረው ይችላል።",
      extras: [
        "ፎቶና ቪዲዮ አያስፈልግም፣ ፎቶግራፈሮቹ የራሳቸው ስቱዲዮ አላቸው። የሙሽራ ቬሎና ሱፍ ኪራይም እሱን ተዉት፣ የኛ ስራ አይደለም።",
        "የለም፣ በቃ ይሄው ነው። በጣም አመሰግናለሁ።",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "እኔና ሁለቱ የቢሮ ሰራተኞች ብቻ ነን የምንገባው። ሾፌሮቹና ደንበኞቹ አይገቡም።",
    },
    expect: {
      kind: "web app",
      features: [
        "መኪና በአንድ ቀን ለሁለት ሰርግ ማስጠንቀቅ",
        "ቀብድ 30 ፐርሰንት",
        "ቀብድ ካልተከፈለ አይረጋገጥም",
        "ዲኮር ተጨማሪ ዋጋ",
        "በሰዓት ተጨማሪ ክፍያ",
        "ሾፌር የሙሽራው ቤት አድራሻ",
        "ከሁለት ቀን በፊት SMS",
        "እያንዳንዱ መኪና ስንት ብር",
      ],
      tables: [
        { name: "መኪኖች", fields: ["ታርጋ ቁጥር", "ሞዴል", "ቀለም", "ሾፌር"] },
        { name: "ሾፌሮች", fields: ["ስም", "ስልክ", "መንጃ ፍቃድ"] },
        { name: "ደንበኞች", fields: ["ስም", "ስልክ"] },
        { name: "ቡኪንግ", fields: ["ደንበኛ", "የሰርግ ቀን", "መነሻ ሰዓት", "ዋጋ", "ቀብድ", "ዲኮር"] },
      ],
      excluded: ["ቪዲዮ", "ቬሎ"],
      background: ["ደብተር", "ቴሌግራም"],
    },
  },
  {
    id: "skurstenslauka-akti",
    who: "A Riga chimney sweep in Latvian: the address and the devices there (stove, cooker, fireplace or gas boiler) each with its own flue, solid fuel flues to be swept once a year and gas boilers checked once a year, an SMS to the client a month before the due date, what was done on site (sweeping, the draught check, damage such as cracks with photos), the act as a PDF with its number, the address, the devices, the result and his signature sent to the client by e-mail, 'lietot aizliegts' written clearly when a flue isn't fit for use and those addresses in a separate list, how many inspections were done and how much damage was found at the end of the month; records in parentheses inline, a client with several addresses and an address with several devices; a klade, an Excel table and acts written by hand with carbon paper today; invoices 'nevajag', the stove building 'lūdzu neliec iekšā, tas nav mans lauciņš'; the next inspection's date added at the review",
    says: {
      overview:
        "Labdien! Esmu skursteņslauķis, strādāju Rīgā un Pierīgā — privātmājas, vecās koka mājas Āgenskalnā un Čiekurkalnā, arī daži daudzdzīvokļu nami. Klientu man ir ap 600. Pēc katras dūmvadu tīrīšanas un pārbaudes es izsniedzu aktu, bez tā apdrošināšana neko nemaksā, ja kaut kas nodeg. Pašlaik viss ir kladē un Excel tabulā, akti rakstīti ar roku uz kopējamā papīra, un klienti regulāri zvana, ka pazaudējuši aktu. Gribu vienkāršu sistēmu, ko varu lietot telefonā turpat pie klienta.",
      walkthrough:
        "Kad klients piezvana, es ierakstu adresi un kādas ierīces tur ir — krāsns, plīts, kamīns vai gāzes katls —, katrai ierīcei savs dūmvads. Cietā kurināmā ierīcēm dūmvadi jātīra reizi gadā, gāzes katliem reizi gadā jāpārbauda. Sistēmai pašai jāatgādina klientam ar SMS mēnesi pirms termiņa, ka laiks tīrīt, lai man nav jāzvana visiem.\n\nUz vietas es atzīmēju, kas izdarīts: tīrīšana, vilkmes pārbaude, un ja ir bojājumi, piemēram plaisas vai izdrupušas šuves, tad ierakstu un uzņemu bildes. Pēc tam sistēma sagatavo aktu PDF ar akta numuru, adresi, ierīcēm, rezultātu un manu parakstu, un aizsūta klientam uz e-pastu. Ja dūmvads nav derīgs lietošanai, aktā jābūt skaidri rakstītam „lietot aizliegts”, un tādas adreses man jāredz atsevišķā sarakstā, lai pēc remonta aizbraucu vēlreiz.\n\nMēneša beigās gribu redzēt, cik pārbaužu izdarīts un cik atrasts bojājumu.",
      things:
        "Klienti (vārds, uzvārds, telefons, e-pasts), adreses (klients, adrese, mājas tips), ierīces (adrese, veids, kurināmais) un pārbaudes (ierīce, datums, darbi, rezultāts, bojājumi, bildes, akta numurs). Vienam klientam var būt vairākas adreses, un katrā adresē var būt vairākas ierīces.",
      extras: [
        "Rēķinus gan nevajag, tos izraksta grāmatvede savā programmā. Un krāsns mūrēšanu lūdzu neliec iekšā, tas nav mans lauciņš, to dara brālis.",
        "Nē, tas arī viss. Paldies!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Tikai es un sieva, viņa pieņem zvanus. Klientiem nav jāielogojas.",
    },
    atReview: [
      "Vēl viena lieta. Pie katras pārbaudes vajag nākamās pārbaudes datumu, lai aktā ir ierakstīts, līdz kuram laikam jātīra nākamreiz, un SMS atgādinājums jāsūta pēc tā.",
    ],
    expect: {
      kind: "web app",
      features: [
        "katrai ierīcei savs dūmvads",
        "dūmvadi jātīra reizi gadā",
        "SMS mēnesi pirms termiņa",
        "vilkmes pārbaude",
        "bojājumi bildes",
        "aktu PDF akta numuru",
        "aizsūta klientam e-pastu",
        "lietot aizliegts",
        "atsevišķā sarakstā",
        "cik pārbaužu izdarīts",
        "nākamās pārbaudes datumu",
      ],
      tables: [
        { name: "klienti", fields: ["vārds", "uzvārds", "telefons", "e-pasts"] },
        { name: "adreses", fields: ["klients", "adrese", "mājas tips"] },
        { name: "ierīces", fields: ["adrese", "veids", "kurināmais"] },
        {
          name: "pārbaudes",
          fields: ["ierīce", "datums", "rezultāts", "bojājumi", "akta numurs", "nākamās pārbaudes datums"],
        },
      ],
      excluded: ["rēķin", "mūrēšan"],
      background: ["kladē", "Excel"],
    },
  },
];
