import type { Persona } from "../persona-driver.js";

/**
 * The twenty-second held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-22.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes, in parentheses or told in sentences. Eight
 * write in English, each in their own English: Geordie (lower-case, "wor show", "aal",
 * "the wrong lad got the telly", "divvent", "nee chance", "hadaway", "ta marra"),
 * Appalachian, from eastern Kentucky ("buyin' sang", "in a poke", "a right smart of it",
 * "ever year", "holler at me", "a-settin' up half the night", "ain't worth a flip", "I
 * ain't studyin' that", "leave that be", "plumb forgot", "I thank you kindly"), Fijian
 * Indian ("Bula, namaste", "isa", "I am searching whole night", "what to do", "the
 * boys", "the Council doing that", "leave that one out bhai", "Vinaka vakalevu,
 * dhanyavaad"), Brummie ("Alright bab", "me and our kid", "on the cut", "wrote out by
 * hand", "simple as", "nah, yer alright", "leave it out bab", "bostin'", "Tara-a-bit"),
 * Guyanese ("abee", "de tractor and trailer dem", "does write", "how dem bag short",
 * "nuff farmers", "lef' um out", "we ain't want dat in here", "Tanks plenty"), Minnesotan
 * ("up by Isle", "our busy time anymore", "folks from the Cities", "uff da", "that was
 * different", "a guy", "we'd just as soon not get into that", "you betcha"), Hawai'i
 * local, Pidgin-coloured ("Howzit", "I stay da results guy", "choke clubs", "no can",
 * "li'dat", "da aunties", "no touch", "Shoots", "Mahalo plenty, brah") and Zambian ("in
 * the compounds", "mayo", "ba Mrs Banda", "kaili that one", "another story altogether",
 * "Natotela sana"). One writes in Georgian (Mkhedruli script, never used before, as an
 * Abanotubani bath house owner types it, with the loanwords Tbilisi people really use:
 * "ონლაინ", "ადმინკა", "ფეისბუქ პეიჯი", "ლუქსი", "SMS", "მეილი", "მასაჟი", and Laravel in
 * Latin letters), and one in Nepali (Devanagari, never used before, as a Pokhara
 * paragliding office owner types it, with "बुकिङ", "पाइलट", "गेस्ट", "पिकअप", "एजेन्ट",
 * "कमिसन", "लाइसेन्स", "गोप्रो", "भिडियो", "रिफन्ड", "भाइबर", "कपी"). What varies is the
 * kind of software, the domain and the length of the answers: web apps for an Ashington
 * leek club's show (entries by class, length to the button and girth worked into cubes,
 * each class biggest first, the champion stand, prize money and a results sheet), an
 * Essequibo Coast rice mill's paddy taken in from farmers' trailers (weighed full and
 * empty, moisture, red rice and dirt, a deduction over 20 percent moisture, a price per
 * bag for the crop, advances, paying within 42 days, statements), a Mille Lacs resort's
 * fish houses on the ice (sleepers by the night and day houses by the day, waivers, ice
 * readings that say what the road is open to, bookings moved or refunded when the ice
 * isn't safe, a map of where each house sits, the shuttle list, a cleaning checklist), an
 * Abanotubani sulphur bath house's private rooms booked by the hour (აბანოს ნომრები, 30
 * minutes' cleaning between bookings, a free scrubber for the ქისა, the first hour paid
 * ahead) and a Pokhara paragliding company's tandem flights (a passenger's weight, the
 * hotel pickup time, six flights a day for a pilot, licences running out, weather
 * cancellations, agents' commission); a phone app for a Lautoka cane harvesting gang's
 * sirdar out of signal (the farm cut each day, the cutters who came, the mill docket and
 * tonnes for each lorry load, burnt cane the same day, pay by the tonne shared equally,
 * advances, tonnes against the estimate); a TypeScript command-line tool that checks an
 * O'ahu canoe regatta's crews and scores its finishes, with commands and flags; a service
 * without screens that a Tyseley scrap metal yard's weighbridge, gate camera and office
 * tablet call (a ticket opened from the reg, gross, tare and net, a price per tonne for
 * each grade, photo ID and proof of address, bank transfer references, catalytic
 * converters with the car's reg, three years kept, everything one seller brought in for
 * the police); a program on an eastern Kentucky country store's Windows computer for its
 * ginseng buying (the county it was dug in, green or dry, the week's price, out of season
 * purchases refused, receipts to sign, pounds on hand, the season's report for the state
 * by county); and a Kotlin library that works out how many ZESCO prepaid units a kwacha
 * amount buys (the first 200 units of the month at the lower band, the fixed charge on
 * the first token of the month, excise and VAT, rounding down, the other way round, a
 * breakdown for the receipt, rates in a file). The leek club's secretary answers in a few
 * lower-case words each time, the resort owner in long paragraphs, the others in between.
 * Relations said plainly ("each entry is one member in one class", "ever purchase is from
 * the one digger", "each load is from one farm only", "a ticket's only ever the one
 * seller", "every load is one farmer own", "each booking is for the one house", "ერთი
 * ჯავშანი ერთ ნომერზეა", "एउटा बुकिङ एउटै गेस्टको हुन्छ"); background in a ledger and a
 * calculator, a spiral notebook and a receipt book, a diary and mill dockets in a plastic
 * bag, photocopies on an old photocopier and tickets written by hand, the scale book, a
 * spiral-bound book by the phone and a clipboard in the truck, paper and pencil at the
 * finish tent, a support lady's spreadsheet, a რვეული and a ფეისბუქ page, a कपी and
 * भाइबर; technology named as Windows, Android, Node.js with Express and MySQL, TypeScript
 * and Node, Kotlin, Laravel; "no" said as "divvent want … in it, nee chance", "hadaway",
 * "I ain't studyin' that", "leave that be", "no need for that one", "leave that one out
 * bhai", "nah, yer alright", "leave it out bab", "lef' um out", "we ain't want dat in
 * here", "I don't think we'd need … no", "we'd just as soon not get into that", "no
 * need", "no touch", "we don't touch it, don't even try", "that is another story
 * altogether", "ამაში არ ჩადოთ", "არ გვინდა აქ", "यसमा नराख्नुहोस्", "चाहिँदैन". The rice
 * mill's owner adds the farmer's ID card number and the driver of each load after "Change
 * something" at "Your data"; the ginseng dealer adds wild or woods-grown to every purchase
 * and the report at the review. The score compares Georgian and Nepali by their letters in
 * Latin script, so their expected words are written in the forms the person used, and the
 * excluded words of all ten were checked not to read like anything they want.
 */
export const TWENTY_SECOND_ROUND: readonly Persona[] = [
  {
    id: "leek-show-entries",
    who: "An Ashington leek club's secretary in a few lower-case words a time, in Geordie: the members put their entries in the week before (the class and how many leeks), on show day the judges put in each leek's length to the button and girth and it works the cubes out, each class sorted biggest first, the champion the stand with the most cubes on the bench, prize money for each place from 1st to 6th, a results sheet for the club wall and the Chronicle; records after dashes on lines, each entry one member in one class; a ledger and a calculator today; the raffle 'divvent want … in it, nee chance', the bar 'hadaway, the steward does that'",
    says: {
      overview: "leek club in ashington. 60 odd members. want wor show done proper",
      more: "shows in september at the club. its aal done on paper n a calculator, wrote up in the ledger after. last year the cubes got added up wrong n the wrong lad got the telly. nearly come to blows",
      walkthrough:
        "lads put their entries in the week before, the class n how many leeks. show day the judges measure each leek, length to the button n the girth, n it works the cubes out. each class sorted biggest first. champion is the stand wi the most cubes on the bench. prize money for each place, 1st to 6th. then a results sheet for the club wall n the chronicle",
      things:
        "members - name, phone\nclasses - name (pot leeks, blanch leeks, onions, flowers), prize money\nentries - member, class, length, girth, cubes, place\neach entry is one member in one class",
      extras: [
        "divvent want the raffle in it, nee chance. the bar, hadaway, the steward does that",
        "nowt else. ta marra",
      ],
      tech: "nee idea. club's got a laptop n a printer",
    },
    picks: {
      Kind: "Web app",
      Accounts: "me n the 2 judges log in. members divvent",
    },
    expect: {
      kind: "web app",
      features: [
        "entries week before class",
        "length to the button girth",
        "works the cubes out",
        "class sorted biggest first",
        "champion stand most cubes",
        "prize money each place",
        "results sheet club wall chronicle",
      ],
      tables: [
        { name: "members", fields: ["name", "phone"] },
        { name: "classes", fields: ["name", "prize money"] },
        { name: "entries", fields: ["member", "class", "length", "girth", "cubes", "place"] },
      ],
      excluded: ["raffle", "bar"],
      background: ["ledger", "calculator"],
    },
  },
  {
    id: "ginseng-dealer-book",
    who: "An eastern Kentucky country store's owner, a licensed ginseng dealer, in Appalachian English: a program on the store's Windows computer, off the internet, every root he buys with the digger, the date, green or dry, the pounds, the county it was dug in and the price a pound, today's price for green and for dry to work out what he owes, a receipt for the digger to sign, a warning that won't let him put in a purchase out of season (digging from September 1st to December 31st, no green root bought after March 31st), the pounds on hand green and dry, each sale with the buyer, the pounds and the state's certificate number, the end of the season report for the state Department of Agriculture by county; records after colons inline, every purchase from the one digger; a spiral notebook and a receipt book today; the fur buying 'I ain't studyin' that', the groceries and the gas 'leave that be'; Windows; wild or woods-grown added to every purchase and the report at the review",
    says: {
      overview:
        "Well howdy. My name's Delmer Caudill and I run a little country store up Carr Fork, outside of Hindman in Knott County, Kentucky. Besides the store I'm a licensed ginseng dealer, been buyin' sang for better'n thirty years, same as my daddy before me. Come fall the diggers bring it in out of the hills, some of 'em a few ounces in a poke, some of 'em a right smart of it, and I buy it green or dry, and then I sell it on to a buyer that ships it overseas. The state's got rules on it as long as your arm, and they come look at my books ever year. Right now I keep it all in a spiral notebook and a receipt book, and my handwritin' ain't what it used to be. My granddaughter says a program on the computer at the store would straighten it out, and I reckon she's right.",
      walkthrough:
        "When a digger comes in, I look him up, or put him in if he's new, his name, address and phone. Then I weigh the root and put down the date, whether it's green or dry, how many pounds, what county it was dug in, and what I'm payin' a pound. The price changes ever week or two, dependin' on what my buyer tells me, so I want to set today's price for green and today's price for dry and have it work out what I owe the man. Then it prints a receipt for the digger to sign, and I keep a copy.\n\nNow the law says they can only dig from September the 1st to December the 31st, and I can't buy green root after March the 31st, so if I go to put in a purchase out of season I want it to holler at me and not let me.\n\nI dry most of the green I buy, out back on screens, and it comes down to about a third of the weight. So I need to know how many pounds I've got on hand, green and dry, any time I ask. When I sell to my buyer, the state man comes and weighs it and certifies it before it can leave Kentucky, so I put down the buyer, the date, the pounds and the certificate number. And at the end of the season I have to send the state Department of Agriculture a report of everything I bought, by county, and I'd like that to come out of it without me a-settin' up half the night with a calculator.",
      things:
        "The diggers: name, address, phone. The purchases: the digger, the date, the county, green or dry, the pounds, the price a pound and the total. The buyers is just a name and a phone. The sales: the buyer, the date, the pounds and the certificate number. Ever purchase is from the one digger, but a digger might come in a dozen times a season.",
      extras: [
        "The fur buyin', I ain't studyin' that, I quit buyin' hides years ago. And the store side of it, the groceries and the gas and all, leave that be, the cash register does all that.",
        "No, I believe that's all of it. I thank you kindly.",
      ],
      tech: "It's got to run on the computer at the store, and that's Windows. The internet up this holler ain't worth a flip, so I don't want it on there.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Ain't nobody on it but me and my granddaughter, no passwords",
      Technology: "I have preferences",
    },
    atReview: [
      "Now hold on, one thing I plumb forgot. Ever purchase has got to say whether it's wild or woods-grown, the state keeps them separate, and the report at the end of the season has got to show wild and woods-grown separate too.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "county it was dug",
        "green or dry",
        "price green dry",
        "out of season",
        "receipt digger sign",
        "pounds on hand green dry",
        "end of the season report by county",
        "wild woods-grown separate",
      ],
      tables: [
        { name: "diggers", fields: ["name", "address", "phone"] },
        { name: "purchases", fields: ["digger", "date", "county", "pounds", "price", "total"] },
        { name: "buyers", fields: ["name", "phone"] },
        { name: "sales", fields: ["buyer", "date", "pounds", "certificate number"] },
      ],
      excluded: ["fur", "groceries"],
      background: ["notebook"],
      stack: ["Windows"],
    },
  },
  {
    id: "cane-gang-sirdar",
    who: "A Lautoka cane harvesting gang's sirdar in Fijian Indian English: a phone app out in the farms where there is no signal, which farm the gang is cutting each day and which cutters came, each lorry load with the mill docket number and tonnes against the farm, burnt cane to reach the mill the same day with a warning by evening, the cutters paid $8 a tonne shared equally between the cutters who came that day, advances deducted when he pays them on Saturday, each farm's tonnes against the field officer's estimate; records in parentheses, each load from one farm and one lorry; a diary and the dockets in a plastic bag today; the fertiliser orders 'no need for that one', the farmers' cane money 'leave that one out bhai'; Android",
    says: {
      overview:
        "Bula, namaste. My name is Ravin Prasad, I am the sirdar for a cane harvesting gang in Drasa, near Lautoka. Our gang got 14 cutters and we cut cane for 22 farms, my own farm also. Harvest season is from June to about November, and every day the cane must go to the Lautoka mill by lorry. Right now I write everything in one diary and the mill dockets I keep in a plastic bag in the truck. Isa, when the farmers ask me how many tonnes they sent, I am searching whole night. I want one app on my phone for the gang.",
      walkthrough:
        "Every morning I decide which farm the gang is cutting that day, and I mark which cutters came. The lorries come to the farm, two or three lorries, and each load goes to the mill. At the mill weighbridge they give the driver a docket, the driver bring it back, so I put the docket number and the tonnes against that load and that farm.\n\nIf the cane got burnt, sometimes the fire come from the next farm, the burnt cane must reach the mill the same day, otherwise the mill cut the price too much. So when I mark a farm as burnt the app must warn me if any of that cane still not gone by evening.\n\nThe cutters are paid by the tonne, the gang rate is $8 a tonne, and the money for the day is shared equally between the cutters who came that day. During the season the boys take advance from me, for groceries and all, so the advance is deducted when I pay them every Saturday. And for each farm I want to see the tonnes cut against the estimate the field officer gave at the start of the season, so the farmer know how much left.\n\nOut in the farms there is no signal, what to do, so the app must work without signal and send everything when I come back to the main road.",
      things:
        "Farms (farm number, farmer name, sector, estimate tonnes). Cutters (name, phone). Lorries (number plate, driver, phone). Loads (date, farm, lorry, docket number, tonnes, burnt or not). Advances (cutter, date, amount). Each load is from one farm only and one lorry.",
      extras: [
        "The fertiliser orders, no need for that one, the Cane Growers Council doing that. And the farmers' cane money, leave that one out bhai, FSC pays them straight in the bank.",
        "No, that's all. Vinaka vakalevu, dhanyavaad.",
      ],
      tech: "Android, all the boys got Android phones, mine is Samsung.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Only me and my brother-in-law, he is the deputy sirdar. The cutters don't log in.",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    expect: {
      kind: "mobile app",
      features: [
        "farm gang cutting",
        "mark cutters came",
        "docket number tonnes",
        "burnt cane same day",
        "shared equally cutters came",
        "advance deducted",
        "tonnes against the estimate",
        "work without signal",
      ],
      tables: [
        { name: "farms", fields: ["farm number", "farmer name", "sector", "estimate"] },
        { name: "cutters", fields: ["name", "phone"] },
        { name: "lorries", fields: ["number plate", "driver"] },
        { name: "loads", fields: ["date", "farm", "lorry", "docket number", "tonnes", "burnt"] },
        { name: "advances", fields: ["cutter", "date", "amount"] },
      ],
      excluded: ["fertiliser", "Council"],
      background: ["diary"],
      stack: ["Android"],
    },
  },
  {
    id: "scrap-yard-tickets",
    who: "A Tyseley scrap metal yard's owner in Brummie English: a service without screens that the new weighbridge, the camera on the gate and the office tablet her brother is making call, a ticket opened with the reg and the time when the camera reads a van, the seller found off the reg, gross weight full and tare empty with the net worked out, each grade of metal with its price per tonne changed every morning, photo ID and proof of address for a new seller photographed with the load and kept with the ticket, paid by bank transfer with the bank reference on the ticket, catalytic converters only with the reg of the car they came off, everything kept three years, everything one seller brought in for the police in one go; records told in sentences, a ticket is only ever one seller's; photocopies on an old photocopier and tickets written by hand today; the skip hire 'nah, yer alright', what they sell on to EMR 'leave it out bab'; Node.js with Express and MySQL",
    says: {
      overview:
        "Alright bab. I'm Jackie Hollis, me and our kid run Hollis Metals in Tyseley, it was me dad's yard and his dad's before that, down on the cut by the Grand Union. We weigh in scrap off the public and the trades, copper, brass, lead, ally, cable, cars, all sorts. Since the Scrap Metal Dealers Act we've had to take ID off everybody and pay by bank transfer, no cash, and the council and the police come in and check the records. Right now it's photocopies of their licence on the old photocopier and the tickets wrote out by hand, and finding anything when the police come asking is a nightmare. Our kid's doing an app for the office tablet, and we've got a new weighbridge and a camera on the gate, so what we want is the bit in the middle they all talk to. No screens from you, just the service. It'd be bostin'.",
      walkthrough:
        "When a van comes through the gate the camera reads the reg, and that opens a ticket with the reg and the time. If we've had them before it finds the seller off the reg. They go on the weighbridge full, that's the gross weight, tip their load in the bay, then back on empty, that's the tare, and it works out the net. In the office the tablet puts in the seller and the grade of metal, bright copper, brass, lead, heavy steel and that, and each grade has its price per tonne, which I change every morning to the day's prices, so it works out what they're owed.\n\nA new seller has to show photo ID and proof of address, and the tablet takes a photo of both and a photo of the load, and we keep them with the ticket. No ID, no ticket, simple as. Then we pay them by bank transfer and the bank reference goes on the ticket. Catalytic converters, the cats, we only take them if we know the reg of the car they came off, so it needs that with each cat.\n\nEverything has to be kept three years. And when the police ring up, I want everything one seller's brought in, with the photos, in one go.",
      things:
        "A seller's got a name, address, phone, the ID type and the ID number. Each grade's got a name and a price per tonne. A ticket has the seller, the vehicle reg, the time in, the gross weight, the tare weight, the net weight, the grade, the price, the amount and the bank reference. The photos go on the ticket, each one saying what it's of. And the cats have the ticket, the car reg they came off and how many. A ticket's only ever the one seller, but a seller can have hundreds of tickets.",
      extras: [
        "The skip hire, nah, yer alright, that's got its own system and its own lad. And what we sell on to EMR and the big lads, leave it out bab, that's our kid's spreadsheet.",
        "No, that's it. Tara-a-bit.",
      ],
      tech: "Our kid says Node.js with Express, and MySQL, cause that's what he knows.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No people logging in. The weighbridge, the gate camera and the office tablet each get their own key.",
      Technology: "I have preferences",
      "Back end": "Node.js with Express",
      Database: "MySQL",
    },
    expect: {
      kind: "api service",
      features: [
        "camera reads the reg ticket",
        "gross weight tare net",
        "grade price per tonne",
        "photo ID proof of address",
        "bank reference",
        "catalytic converters reg car",
        "kept three years",
        "everything one seller police",
      ],
      tables: [
        { name: "sellers", fields: ["name", "address", "phone", "ID number"] },
        { name: "grades", fields: ["name", "price per tonne"] },
        {
          name: "tickets",
          fields: [
            "seller",
            "vehicle reg",
            "time in",
            "gross weight",
            "tare weight",
            "net weight",
            "grade",
            "bank reference",
          ],
        },
        { name: "photos", fields: ["ticket"] },
        { name: "cats", fields: ["ticket", "car reg"] },
      ],
      excluded: ["skip hire", "EMR"],
      background: ["photocopier"],
      stack: ["Node.js", "Express", "MySQL"],
    },
  },
  {
    id: "paddy-intake-mill",
    who: "An Essequibo Coast rice mill's owner in Guyanese English: a website for the paddy the farmers bring every crop, each trailer weighed full and empty, a sample tested for moisture, red rice and dirt, one percent off the weight for every point of moisture over 20 percent and the dirt off too, bags of 140 pounds at the price per bag set for the crop, advances for seed paddy and fertiliser taken off the payment, who isn't paid yet and how many days are left before the 42 days the law gives, a statement for each farmer with every load, the deductions and the advance, total bags for each farmer and the whole mill at the end of the crop; records after colons on lines, every load one farmer's own; the scale book and working out by hand today; the export side 'lef' um out', the workers' wages 'we ain't want dat in here'; the farmer's ID card number and the driver of each load added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Good morning. Me name is Dhanraj Persaud, me and me brother run a rice mill on de Essequibo Coast, by Anna Regina. Is about 180 farmers bring paddy to we every crop, spring crop and autumn crop. When crop time come, de tractor and trailer dem line up from de public road to de mill gate. Right now de scale man does write everything in de scale book, and me sister in de office does work out de payment by hand, and every crop somebody come and quarrel how dem bag short. Abee want a proper website fuh de mill.",
      walkthrough:
        "De farmer trailer come in and we weigh it full pon de scale, den after dem dump de paddy we weigh it empty, and de difference is de paddy. De lab boy tek a sample and test de moisture, de red rice and de dirt. Every point of moisture over 20 percent we deduct one percent off de weight, and de dirt come off too. Den it work out how much bag dat is, a bag is 140 pound, and every crop de mill set de price per bag.\n\nNuff farmers does tek advance from de mill fuh seed paddy and fertiliser before de crop, so de advance must come off when we pay dem. De law say we gotta pay de farmer within 42 days, so me want it to show me who we ain't pay yet and how much days lef', before we pass de 42 days. When we pay, is cheque or bank, and de farmer get a statement wid every load, de deductions, de advance and wha he get.\n\nAt de end of de crop me want to see de total bags fuh each farmer and fuh de whole mill.",
      things:
        "Farmers: name, village, phone\nCrops: name like spring 2025, price per bag\nLoads: farmer, crop, date, weight full, weight empty, moisture, red rice, dirt, bags\nAdvances: farmer, date, amount, wha it fuh\nPayments: farmer, date, amount, cheque or bank\nOne farmer does bring plenty loads, but every load is one farmer own.",
      thingsChange:
        "Put de farmer ID card number pon de farmers, GRDB does ask fuh it. And pon de loads put de driver name, sometimes is de farmer son or a hired tractor bring it, not he self.",
      extras: [
        "De export side, wha we ship to Jamaica and Panama, lef' um out, de office in Georgetown handle dat. And de workers' wages, we ain't want dat in here.",
        "No, dat is all. Tanks plenty.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Me, me brother, me sister in de office and de scale man log in. De farmers don't.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "weigh full empty",
        "moisture red rice dirt",
        "moisture over 20 percent one percent",
        "price per bag crop",
        "advance seed paddy fertiliser",
        "within 42 days",
        "statement every load deductions",
        "total bags each farmer whole mill",
      ],
      tables: [
        { name: "farmers", fields: ["name", "village", "phone", "ID card number"] },
        { name: "crops", fields: ["name", "price per bag"] },
        {
          name: "loads",
          fields: [
            "farmer",
            "crop",
            "date",
            "weight full",
            "weight empty",
            "moisture",
            "red rice",
            "dirt",
            "bags",
            "driver",
          ],
        },
        { name: "advances", fields: ["farmer", "date", "amount"] },
        { name: "payments", fields: ["farmer", "date", "amount"] },
      ],
      excluded: ["export", "wages"],
      background: ["scale book"],
    },
  },
  {
    id: "ice-house-rentals",
    who: "A Mille Lacs resort's co-owner in Minnesotan English, in long paragraphs: a website where folks pick their dates, a sleeper or a day house and how many are in the group and see which houses are open, sleepers by the night with a two-night minimum on weekends and day houses by the day, a deposit of half up front, every adult signing the waiver online and a booking showing who hasn't, the ice readings put in on a phone at six checkpoints each morning and the site saying what the road is open to (walking under 8 inches, ATVs and snowmobiles at 8, cars at 12, pickups at 15), every booking on an unsafe weekend moved to another date or refunded in full with one email, a map of where each house sits, a list every morning of who's coming with the house, the people and the shuttle time, a checklist between groups with the propane and the house not open till it's checked off; records told in sentences, each booking for one house; a spiral-bound book by the phone and a clipboard in the truck today; the fishing licenses 'I don't think we'd need … no', the bait shop's minnows and pizzas 'we'd just as soon not get into that'",
    says: {
      overview:
        "Well, hi there. I'm Linda Brekke, and my husband Gary and I run Brekke's Bay Resort on the south end of Mille Lacs, up by Isle. In the summer it's the cabins and the boat launch and all that, but honestly the ice season is our busy time anymore. We've got thirty-two fish houses we rent out, sleepers with bunks and a little kitchen, and day houses for folks who just want to come out for the day, and once the ice is good Gary plows a road out onto the lake and we set the houses out on the flats and out by the reef, wherever the walleye and the perch are biting that week.\n\nRight now the bookings are all in a big spiral-bound book by the phone, and Gary writes the ice readings on a clipboard in the truck, and, uff da, you would not believe the phone calls. Every single morning from December on it's folks from the Cities calling to ask how's the ice, is the road open, can I bring my truck out. And last winter we had two groups show up for the same sleeper on a Friday night, which was, well, that was different. So what we're hoping for is a website where folks can see what's open and book a house themselves, and see the ice for themselves too, and we can run things from the office.",
      walkthrough:
        "So a guy goes on the website and picks his dates and the kind of house he wants, a sleeper or a day house, and how many are in his group, and it shows him which houses are open. Sleepers go by the night, with a two-night minimum on weekends, and day houses go by the day, from 6 in the morning till 6 at night. He pays a deposit of half up front, and the rest when he checks in. Before anybody comes out, every adult in the group has to sign the waiver online, our insurance guy insists on that, so the booking should show me who hasn't signed yet.\n\nThen the ice. Every morning Gary drills at the checkpoints along the road, there's six of them marked with flags, and he writes down the inches at each one. I'd like him to put those in on his phone right there, and the website should show the latest readings and what the road's open to. Our rule is walking only under 8 inches, ATVs and snowmobiles at 8, cars at 12 and pickups at 15, so the site can just say that from the readings. If the ice isn't safe for a weekend, or the lake cracks and we have to pull houses back, which happens, then every booking that weekend has to be moved to another date or refunded in full, whichever the people want, and I'd like to send them all one email instead of calling around.\n\nEvery house has its spot out there with the GPS, and we move them a couple times a season, so I'd like a map of where each house sits right now, so when folks check in I can just hand them that or text it. On check-in day they meet us at the bait shop and we shuttle them out in the Bombardier at their shuttle time, 2 o'clock for the sleepers, so I need a list every morning of who's coming, which house, how many people and the shuttle time. And between groups the girls clean the house, so when a group leaves there's a checklist for them, sweep, dishes, bunks, the propane tanks checked and swapped if they're low, the holes opened back up, and the house isn't open for the next group till that's all checked off.",
      things:
        "Well, the houses, that's the number on the door, whether it's a sleeper or a day house, how many it sleeps, how many holes it has, the price, and its GPS spot. Then the guests, with their name, phone, email and their town. The bookings have the guest, the house, the start date and how many nights or days, how many people in the group, the deposit, and what's still owing. The waivers are for each person in a group, so those have the booking, the person's name and when they signed. And the ice readings are the date, the checkpoint and the inches. Each booking is for the one house, but a group that's bigger than one house takes two bookings, and that's fine.",
      extras: [
        "Oh, I don't think we'd need the fishing licenses in there, no, the DNR has its own website for those and folks do that themselves. And the bait shop, the minnows and the tip-ups and the frozen pizzas, we'd just as soon not get into that, it's got its own register and Gary's cousin runs it.",
        "No, I think that about covers it. Thanks a bunch for your patience, you betcha.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Gary and I and the two girls who clean log in, Gary does the ice readings on his phone. Folks booking just make an account with their email so they can see their booking and sign the waiver.",
    },
    expect: {
      kind: "web app",
      features: [
        "sleepers by the night day houses by the day",
        "deposit half up front",
        "adult sign the waiver online",
        "cars at 12 pickups at 15",
        "moved another date refunded in full",
        "map where each house sits",
        "list every morning shuttle time",
        "checklist propane",
      ],
      tables: [
        { name: "houses", fields: ["number", "sleeps", "holes", "price", "GPS"] },
        { name: "guests", fields: ["name", "phone", "email", "town"] },
        {
          name: "bookings",
          fields: ["guest", "house", "start date", "nights", "people", "deposit", "owing"],
        },
        { name: "waivers", fields: ["booking", "name", "signed"] },
        { name: "ice readings", fields: ["date", "checkpoint", "inches"] },
      ],
      excluded: ["licens", "minnow", "pizza"],
      background: ["clipboard", "spiral"],
    },
  },
  {
    id: "canoe-regatta-cli",
    who: "An O'ahu canoe club paddler who does his association's regatta results, in Hawai'i local English with Pidgin: a TypeScript command-line tool on his laptop that reads the crews CSV (race number, club, lane, six paddlers) and the association's paddlers list (name, club, birthday, registration number), checks that no paddler paddles more than 3 races in a regatta, only for the club he registered with and not too young for the division, naming the crew and the paddler, puts the places from the finish tower's times, gives a DQ or DNF no place and no points, 9 points for first then 7, 6, 5, 4, 3, 2, 1, adds up each club's points and the standings for the whole season, and writes the results as an HTML page for the website; paper and pencil at the finish tent today; the entry fees 'no need', the food booth 'no touch'; commands and flags; TypeScript and Node",
    says: {
      overview:
        "Howzit. I'm Kainoa, I paddle for one canoe club on da west side of O'ahu and I stay da results guy for our association regattas. Every Saturday in summer get one regatta, like 40 races, boys 12 all da way up to masters 60, and choke clubs. Right now da finish judges write da lanes on paper wit pencil, den somebody type um into one laptop in da tent, and every week da points stay wrong and get uncles yelling at me in da parking lot. I like one small program I run on my laptop, type da commands li'dat, fo' make da results and da points.",
      walkthrough:
        "Before da regatta, da clubs send dea crews in one CSV: da race number, da club, da lane, and da six paddlers names. We get da paddlers list from da association too, wit name, club, birthday and registration number. Da program gotta check da crews first: one paddler no can paddle more than 3 races in one regatta, one paddler only can paddle fo' da club he registered wit, and he no can be too young fo' da division, like Men 40 everybody gotta be 40 by December 31. If get problem, it tell me which crew and which paddler, so I can go tell da coach before da race, not after.\n\nDen during da regatta da finish tower send me da finishes, race number, lane and time. Da program put da places from da times. If one crew get DQ or DNF, dey get no place and no points. Points stay 9 fo' first, den 7, 6, 5, 4, 3, 2, 1. It add up da points fo' each club fo' da regatta, and da standings fo' da whole season, all da regattas together. And I like da results fo' each race, da places and da times, in one HTML page I can put on da website right after, so da aunties stop calling me.",
      commands:
        "check crews.csv --paddlers paddlers.csv fo' check da crews. score finishes.csv --crews crews.csv --out results.html fo' da places, da points and da page. standings results/ --season 2025 fo' da season standings. Das it, three commands.",
      extras: [
        "Da entry fees, no need, da treasurer get her own way fo' dat. And da food booth, das da club's business, no touch.",
        "Shoots, das all. Mahalo plenty, brah.",
      ],
      tech: "My cousin do TypeScript at work, so TypeScript, and I run um wit Node on my laptop.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "No",
      Technology: "I have preferences",
      Language: "TypeScript",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "more than 3 races",
        "club registered",
        "too young division",
        "places times",
        "DQ DNF no points",
        "9 points first",
        "standings whole season",
        "HTML page website",
      ],
      tables: [],
      excluded: ["fee", "booth"],
      background: ["pencil"],
      stack: ["TypeScript", "Node"],
      commands: ["check", "score", "standings", "--paddlers", "--crews", "--out", "--season"],
    },
  },
  {
    id: "zesco-units-kotlin",
    who: "A Lusaka fintech's developer in Zambian English: a Kotlin library the company's Android apps, agent app and backend call to say how many ZESCO prepaid units an amount in kwacha buys, given the tariff and the units the meter already bought this month, the first 200 units of a month at the lower band and the rest at the higher band, the month starting again on the first, the fixed monthly charge taken from the first token of the month, excise duty 3 percent and VAT 16 percent taken off before the units, units rounded down to two decimal places, the other way round from units to kwacha, a breakdown for the receipt, the rates in a file changed when ERB approves new tariffs without a new release, the support lady's 80 real receipts as the tests; a spreadsheet today; the 20-digit token itself 'we don't touch it, don't even try', the water bills 'that is another story altogether'; Kotlin",
    says: {
      overview:
        "Good afternoon. I am Mwila Chanda, a developer at a small fintech in Lusaka. We have an app, Kantemba Pay, where people buy ZESCO prepaid units, airtime and so on with Airtel Money and MTN MoMo, and we also have about 300 agents in the compounds using our agent app. The problem is the units. A customer buys K100, gets fewer units than last week, and then, mayo, they are calling our support saying we are thieves. It is because of the bands and the fixed charge, but nobody can explain it to them, ba Mrs Banda in support works it out in a spreadsheet every time. So I want a small library, in Kotlin because all our apps and the backend are Kotlin, that any of our apps can call to say how many units the kwacha will buy before they pay, and why.",
      walkthrough:
        "You give it the amount in kwacha, the tariff, residential or commercial, and how many units that meter has already bought this month, and it gives back the units. For residential, the first 200 units in a month are at the lower band, everything after that at the higher band, and the month starts again on the first. So if the meter already bought 150 units this month, only 50 more are at the lower band. The fixed monthly charge is taken from the first token of the month, that is the one which shocks people.\n\nThe taxes are also there, excise duty 3 percent and VAT 16 percent, taken from the amount before the units are worked out. Units are rounded down to two decimal places like ZESCO does on the token, never up.\n\nIt must also go the other way: if a customer says 'I want 100 units', it tells them how many kwacha. And it must give a breakdown we can show on the receipt: the units in each band, the fixed charge, the excise, the VAT. The rates change when ERB approves new tariffs, so the rates must be in a file we can change without a new release of the library. For the tests, ba Mrs Banda has collected about 80 real receipts from customers, so it must give the same units as those.",
      extras: [
        "The token number itself, the 20 digits, kaili that one comes from ZESCO's vending system, we don't touch it, don't even try. And the water bills from Lusaka Water, no, that is another story altogether.",
        "That's all. Natotela sana, thank you.",
      ],
      tech: "Kotlin on the JVM, published to our Maven repository so the Android apps and the backend both use it.",
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
        "first 200 units lower band",
        "already bought this month",
        "fixed monthly charge first token of the month",
        "excise duty 3 percent VAT 16 percent",
        "rounded down two decimal places",
        "other way kwacha",
        "breakdown receipt",
        "rates file without a new release",
      ],
      tables: [],
      excluded: ["20 digits", "water"],
      background: ["spreadsheet"],
      stack: ["Kotlin"],
    },
  },
  {
    id: "abanos-nomrebi",
    who: "An Abanotubani sulphur bath house owner in Georgian (Mkhedruli): a website where guests book a private room online by the hour (the room, the date, the hour they start and how many hours, one hour at least), each room with its own price per hour, 30 minutes' cleaning after every booking before the next one, the site in Georgian and English, a kisa scrub or massage added with a free scrubber at that time (one scrubber one guest at a time), a booking confirmed when the first hour is paid ahead by card, an SMS and an email with the room, the date and the time, an extra hour added by the admin when they stay longer, the day's takings by room and how many kisas each scrubber did for their percentage; records in parentheses, one booking for one room; a notebook and the Facebook page and Instagram today; the bar and the beer 'ამაში არ ჩადოთ', the accounting 'არ გვინდა აქ'; Laravel",
    says: {
      overview:
        "გამარჯობა! აბანოთუბანში ოჯახური გოგირდის აბანო გვაქვს, ცხრა ცალკე ნომრით — შვიდი პატარა, 2-4 კაცზე, და ორი ლუქსი აუზით, 8 კაცამდე. ჯავშნებს ახლა ტელეფონით ვიღებთ და რვეულში ვწერთ, ტურისტები კიდევ ფეისბუქ პეიჯზე და ინსტაგრამზე გვწერენ. ხშირად ხდება, რომ ერთი ნომერი ერთსა და იმავე დროზე ორჯერ იჯავშნება, მერე ხალხი კართან ელოდება და ძალიან უხერხულია. მინდა საიტი, სადაც კლიენტი თვითონ დაჯავშნის ნომერს ონლაინ, ჩვენ კი ადმინკაში ყველაფერს დავინახავთ.",
      walkthrough:
        "კლიენტი ირჩევს ნომერს, თარიღს, რომელი საათიდან და რამდენი საათით, მინიმუმ ერთი საათი. ყველა ნომერს თავისი ფასი აქვს საათში. ყოველი ჯავშნის შემდეგ ნომერს 30 წუთი დალაგება სჭირდება, ამიტომ შემდეგი ჯავშანი მხოლოდ 30 წუთის მერე უნდა შეიძლებოდეს. საიტი ქართულად და ინგლისურად უნდა იყოს, კლიენტების ნახევარი უცხოელია.\n\nჯავშნისას შეუძლიათ ქისა ან მასაჟი დაამატონ. ქისა 20 წუთი გრძელდება და მექისეს ერთდროულად მხოლოდ ერთი კლიენტი შეუძლია, ასე რომ სისტემამ უნდა ნახოს, არის თუ არა თავისუფალი მექისე იმ დროს. ჯავშანი დადასტურებულია, როცა პირველი საათის ფასს წინასწარ გადაიხდიან ბარათით, საიტზევე. მერე კლიენტს მოსდის SMS და მეილი ნომრით, თარიღით და დროით.\n\nთუ კლიენტები დიდხანს დარჩნენ, ადმინი ჯავშანს დამატებით საათს დაუმატებს და დარჩენილ თანხას ადგილზე გადაიხდიან. დღის ბოლოს მინდა ვნახო შემოსავალი ნომრების მიხედვით და რამდენი ქისა გააკეთა თითოეულმა მექისემ, რადგან მექისეები ქისაზე პროცენტს იღებენ.",
      things:
        "ნომრები (სახელი, რამდენ კაცზეა, ფასი საათში, აუზი), მექისეები (სახელი, ტელეფონი), კლიენტები (სახელი, ტელეფონი, მეილი, ქვეყანა), ჯავშნები (კლიენტი, ნომერი, თარიღი, დაწყების დრო, საათები, ქისა, მექისე, გადახდილი თანხა). ერთი ჯავშანი ერთ ნომერზეა, ერთ კლიენტს კი ბევრი ჯავშანი შეიძლება ჰქონდეს.",
      extras: [
        "ბარი და ლუდის გაყიდვა ამაში არ ჩადოთ, ის ცალკე მიდის. ბუღალტერიაც არ გვინდა აქ, ბუღალტერს თავისი პროგრამა აქვს.",
        "არა, სულ ეს არის. დიდი მადლობა!",
      ],
      tech: "ძმისშვილი პროგრამისტია და ამბობს, რომ Laravel-ზე გააკეთებს.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "ადმინკაში მხოლოდ მე და ორი ადმინისტრატორი შევდივართ. კლიენტები რეგისტრაციის გარეშე ჯავშნიან.",
      Technology: "I have preferences",
      "Back end": "PHP with Laravel",
    },
    expect: {
      kind: "web app",
      features: [
        "30 წუთი დალაგება",
        "ქართულად ინგლისურად",
        "თავისუფალი მექისე",
        "პირველი საათის წინასწარ",
        "SMS მეილი",
        "დამატებით საათს",
        "შემოსავალი ნომრების მიხედვით",
        "ქისა თითოეულმა მექისემ",
      ],
      tables: [
        { name: "ნომრები", fields: ["სახელი", "ფასი საათში", "აუზი"] },
        { name: "მექისეები", fields: ["სახელი", "ტელეფონი"] },
        { name: "კლიენტები", fields: ["სახელი", "ტელეფონი", "მეილი", "ქვეყანა"] },
        {
          name: "ჯავშნები",
          fields: [
            "კლიენტი",
            "ნომერი",
            "თარიღი",
            "დაწყების დრო",
            "საათები",
            "ქისა",
            "მექისე",
            "გადახდილი თანხა",
          ],
        },
      ],
      excluded: ["ბარი", "ლუდი", "ბუღალტ"],
      background: ["რვეულ", "ფეისბუქ"],
      stack: ["Laravel"],
    },
  },
  {
    id: "pokhara-paragliding",
    who: "A Pokhara paragliding company's owner in Nepali (Devanagari): a website where guests book a tandem flight themselves (the date, a 9, 11 or 1 o'clock slot, a normal 20-30 minute or an hour-long flight), their weight with no booking over 105 kilos, the hotel for the pickup and a pickup time an hour before the flight, the office putting a pilot on every booking, no more than 6 flights a day for a pilot, a warning a month before a pilot's licence runs out, a GoPro photo and video for 3,000 rupees more, flights cancelled for the weather moved to another day or fully refunded as the guest chooses, 10 percent commission for the hotels and travel agents, each pilot's flights and each agent's commission at the end of the month; records after colons on lines, one booking for one guest; a कपी and Viber today; the trekking packages 'यसमा नराख्नुहोस्', the café at the landing site 'चाहिँदैन'",
    says: {
      overview:
        "नमस्ते। म सुरज गुरुङ, पोखरामा हाम्रो सानो प्याराग्लाइडिङ कम्पनी छ, लेकसाइडमा अफिस छ। हामीसँग 9 जना पाइलट छन्, सबैले सराङकोटबाट टेन्डम उडान गराउँछन्। सिजनमा दिनमा 40-50 वटा उडान हुन्छ। अहिले बुकिङको लागि एउटा कपी छ, त्यसैमा लेख्छौं, होटल र एजेन्टहरूले भाइबरमा पठाउँछन्, अनि कहिलेकाहीँ एउटै गेस्टको दुई पटक बुकिङ हुन्छ, कहिले पाइलट नै हुँदैन। त्यसैले हामीलाई एउटा वेबसाइट चाहियो, गेस्टले आफैं बुकिङ गर्न मिल्ने र अफिसले सबै हेर्न मिल्ने।",
      walkthrough:
        "गेस्टले मिति, समय (बिहान 9 बजे, 11 बजे वा 1 बजेको स्लट), र उडानको किसिम छान्छ — 20-30 मिनेटको नर्मल वा एक घण्टाको लामो। उसले आफ्नो तौल पनि राख्नुपर्छ, तौल 105 किलोभन्दा बढी भए बुकिङ हुँदैन। होटलबाट पिकअप हुन्छ, त्यसैले होटलको नाम राख्छ र सिस्टमले पिकअप समय दिन्छ, उडानभन्दा एक घण्टा अगाडि।\n\nअफिसले हरेक बुकिङमा पाइलट राख्छ। एक जना पाइलटले दिनमा 6 भन्दा बढी उडान गर्न पाउँदैन, सिस्टमले त्यो रोक्नुपर्छ। पाइलटको लाइसेन्सको म्याद सकिनुभन्दा एक महिना अगाडि मलाई भन्नुपर्छ।\n\nगोप्रो फोटो र भिडियो चाहियो भने थप 3,000 रुपैयाँ। कहिलेकाहीँ मौसम खराब हुन्छ, हावा धेरै चल्छ, अनि उडान रद्द हुन्छ — त्यो दिनका सबै गेस्टलाई अर्को दिन सार्ने वा पूरा रिफन्ड दिने, गेस्टले जे रोज्छ। धेरै बुकिङ होटल र ट्राभल एजेन्टबाट आउँछ, एजेन्टको कमिसन 10 प्रतिशत। महिनाको अन्त्यमा हरेक पाइलटको कति उडान भयो र हरेक एजेन्टको कमिसन कति भयो हेर्नुपर्छ।",
      things:
        "पाइलटहरू: नाम, फोन, लाइसेन्स नम्बर, लाइसेन्सको म्याद\nगेस्टहरू: नाम, देश, फोन, इमेल, तौल\nएजेन्टहरू: नाम, फोन, कमिसन\nबुकिङ: गेस्ट, मिति, समय, उडानको किसिम, पाइलट, होटल, पिकअप समय, भिडियो, एजेन्ट, मूल्य\nएउटा बुकिङ एउटै गेस्टको हुन्छ, र एउटा उडानमा एउटा पाइलट।",
      extras: [
        "ट्रेकिङ प्याकेज यसमा नराख्नुहोस्, त्यो मेरो दाइको कम्पनीको काम हो। ल्यान्डिङ साइटको क्याफे पनि चाहिँदैन।",
        "छैन, यति नै हो। धेरै धन्यवाद!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "अफिसमा म र दुई जना स्टाफ लगइन गर्छौं, पाइलटहरूले आफ्नो उडान मात्र हेर्छन्। गेस्टलाई लगइन चाहिँदैन।",
    },
    expect: {
      kind: "web app",
      features: [
        "तौल 105",
        "पिकअप समय एक घण्टा अगाडि",
        "दिनमा 6 उडान",
        "लाइसेन्सको म्याद",
        "गोप्रो भिडियो",
        "अर्को दिन सार्ने रिफन्ड",
        "एजेन्टको कमिसन 10 प्रतिशत",
        "महिनाको अन्त्यमा पाइलटको उडान",
      ],
      tables: [
        { name: "पाइलटहरू", fields: ["नाम", "फोन", "लाइसेन्स नम्बर", "लाइसेन्सको म्याद"] },
        { name: "गेस्टहरू", fields: ["नाम", "देश", "फोन", "इमेल", "तौल"] },
        { name: "एजेन्टहरू", fields: ["नाम", "फोन", "कमिसन"] },
        {
          name: "बुकिङ",
          fields: ["गेस्ट", "मिति", "समय", "पाइलट", "होटल", "पिकअप समय", "भिडियो", "एजेन्ट", "मूल्य"],
        },
      ],
      excluded: ["ट्रेकिङ", "क्याफे"],
      background: ["कपी", "भाइबर"],
    },
  },
];
