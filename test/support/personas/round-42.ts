import type { Persona } from "../persona-driver.js";

/**
 * The forty-second round, held out: written without reading the interviewer and before
 * any spec was made from these people's words, and never run or tuned on before its first
 * unseen run. What each person expects was written from what they said, as a fair human
 * reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines, in brackets inline, or told in sentences ("For every
 * owner we'd want …", "For every team we keep …", "For the marks …"). Eight write in
 * English, each in their own English and their own register, none of them used before
 * (every round-*.ts and held-out.ts was searched, their doc comments and every `who`:
 * Guernsey and Manx English were used, the English of Jersey with its Jèrriais was not;
 * the Lebanese-Australian English of Bankstown and the Egyptian English of Cairo were,
 * the French- and Arabic-mixed English of Beirut was not; Greek was written and the
 * Greek-Australian English of Oakleigh was used, the English of Greek Cypriots was not;
 * the Creole Englishes of Limón, Belize, the Bay Islands and Cayman were, the Raizal
 * English of San Andrés in Colombia was not; the Englishes of Imphal, Aizawl, Shillong,
 * Nagaland and Kolkata were, the Assamese English of Jorhat was not; Pittsburghese and
 * the Polish of a vending company were, the Polish-American English of Buffalo's East
 * Side was not; Vietnamese was written and Filipino-American, Chicano and Miami English
 * were used, the Vietnamese-American English of Little Saigon was not; the Ethiopian
 * English of Hawassa and South Sudanese English were, Eritrean English was not): the
 * Jersey English of the country parishes, in long paragraphs ("Bouônjour", "the Parish
 * Hall", "the Connétable", "the Visite du Branchage", "the vingtaine", "the côtil", "my
 * Gar", "eh bein", "in Town", "a right state", "leave that well alone", "it's nothing to
 * do with the branchage", "Mèrcie bein des fais", "À bétôt"), the English of Beirut, in
 * lower-case fragments ("hi bonjour", "the moteur", "the ishtirak", "EDL", "the 3addad",
 * "wallah", "fresh dollars", "whish", "dont put it", "la2 thats separate", "ya3ne",
 * "khalas", "merci ktir", "yalla bye"), the English of a Greek Cypriot in Athienou
 * ("Yia sas", "my pappous", "re", "koumbare", "the kafenio", "the kopelli", "endaxi",
 * "Ela", "asto, not for this library", "that's between them and the Ministry, not ours",
 * "Efcharisto"), the Raizal Creole English of San Andrés, in short plain sentences ("Gud
 * maanin", "mi born an grow", "di posada dem", "wi", "unu", "fi", "wan copybook", "bueno",
 * "di tarjeta de turismo", "rundown", "nuh fi wi", "leave it out", "Tank yu, Gaad
 * bless"), the Assamese English of Jorhat, in long paragraphs ("Namaskar", "my deuta",
 * "Bohag", "the bihutoli", "husori", "dhol, pepa, taal and gogona", "mekhela sador",
 * "What to say", "itself", "only", "Hobo", "that is not our headache", "don't keep it",
 * "Dhanyabad", "Rongali Bihur xubhessa"), the Polish-American English of Buffalo's East
 * Side ("How are ya", "my dziadzia", "my busia", "the Broadway Market", "the
 * Southtowns", "God love her", "let me tell ya", "Święconka", "placek", "chrusciki",
 * "that's the stand across the aisle, not us", "that's not ours", "Wesołych Świąt"), the
 * Vietnamese-American English of Little Saigon in Westminster, in lower-case fragments
 * ("my má", "my ba", "cô Hạnh", "off bolsa", "trời ơi", "bf", "rn", "lol", "ngl", "nah
 * my má hates it", "not in this", "ty") and the Eritrean English of Asmara, in short
 * plain sentences ("Selam", "Harnet Avenue", "the Federation", "nakfa", "the bar", "va
 * bene", "ciao", "That is separate", "not this program", "Yekenyeley"). One writes in
 * Yiddish (never used before: Hebrew was written once, Yiddish never; this is the
 * Hasidic Yiddish of Williamsburg in Hebrew letters as a gemach's man types it, with the
 * English words Williamsburg people really mix in: "קאמפיוטער", "פראגראם", "אפיס",
 * "דעפאזיט טשעק", "וואן", "ליסטע", "אינטערנעט", "קעיטערינג", "פאסווארדס",
 * "האבן מיר נישט מיט צו טון", "לאזט דאס אויס", "א שיינעם דאנק"), and one in Kyrgyz (never
 * used before: Kazakh was written once, Kyrgyz never; in Cyrillic with its ң, ө and ү, as
 * a woman from a kymyz-making family of Suusamyr types it, with the Russian and English
 * words Kyrgyz people really mix in: "заказ", "сайт", "залог", "SMS", "MBank", "WhatsApp",
 * "аккаунт", "логин", "бөлөк", "ага тийбегиле", "аны кошпогула", "Чоң рахмат").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for the Visite du Branchage of the parish of St Martin in Jersey (the branchage done
 * twice a year for the two Visites in the first two weeks of July and of September, the
 * dates in the Gazette of the Jersey Evening Post a month before, nothing lower than 12
 * feet over a road or 8 feet over a footpath, every road gone round by the Connétable and
 * the Roads Committee with the vingtaine's Roads Inspector, a fine of £50 and a notice of
 * 10 days for a frontage not done and then a contractor at the owner's cost, an email to
 * every owner after each Visite, a list by vingtaine of the frontages that did not pass),
 * the posadas nativas of San Luis on San Andrés (the tarjeta de turismo from the OCCRE,
 * check-in at 2 and check-out at 11, 2 nights at least and 4 in high season, a 30%
 * deposit by Nequi or Bancolombia and the rest in cash on arrival, the deposit back only
 * for a cancellation 7 days before, breakfast included, a rundown dinner on Saturday at
 * 45,000 pesos a person, 10% of every booking to the association), the Rongali Bihu of a
 * Jorhat neighbourhood (seven days from the 14th to the 20th of April, Bihu dance teams
 * of 10 to 16 at ₹2,000 by the 31st of March, 10 minutes on the stage, live dhol and pepa
 * and no recorded music, traditional dress only, the order drawn by lottery on the 5th of
 * April, 3 judges marking out of 100, prizes of ₹51,000, ₹31,000 and ₹21,000, husori
 * groups of 15 to 25 at ₹1,000 for 15 minutes, 40 stalls at ₹6,000 for the seven days
 * paid in advance with no refund, an SMS with the day and time), the Easter orders of a
 * kielbasa stand at the Broadway Market (orders from the first of March to Palm Sunday at
 * 6, fresh at $7.99 and smoked at $8.99 a pound by the whole pound only, butter lambs,
 * placek and horseradish, pick-up on Holy Thursday, Good Friday or Holy Saturday every
 * half hour from 8 to 5 and 40 orders a half hour at most, a $20 deposit online and the
 * deposit lost when not picked up, orders over 20 pounds in by March 15th, an email the
 * day before) and the kymyz of a Suusamyr family delivered to Bishkek (only from the 1st
 * of June to the 31st of August, 250 som a litre and 3 litres at least, 20 som deposit a
 * bottle, Tuesdays and Fridays, orders closed at 18:00 the day before, delivery free over
 * 10 litres or 150 som, 300 litres a delivery at most, MBank or cash to the driver, an SMS
 * an hour before); a phone app for the meter readings of a Beirut neighbourhood
 * generator, out of signal in the staircases (5, 10 or 15 amps, a fixed fee per amp and
 * the kWh from the meter at the ministry's monthly price in dollars, readings from the
 * 25th, paid by the 10th in fresh dollars or by Whish or cut and $10 to reconnect, the
 * receipt on WhatsApp, off from 2 to 6 in the morning, more amps only from the 1st); a
 * program on the offline office computer of a Williamsburg gemach that lends tables and
 * chairs for simchas (free, a $200 deposit cheque, 20 tables and 200 chairs at most, out
 * the day before and back the day after, on Erev Shabbos until two hours before candle
 * lighting and nothing on Shabbos or Yom Tov, the van $60 only in Williamsburg, a broken
 * chair $25 and a broken table $60 off the deposit, $10 a day late, a list printed every
 * morning); a service without screens, in Go with PostgreSQL, that a Westminster nail
 * salon's check-in iPad, turn-list TV and the owner's laptop call (walk-ins to the next
 * on the turn list, a request not counted as a turn, under $25 half a turn, a tech on
 * lunch skipped but keeping her place, 60% to the tech and 40% to the salon, tips all
 * the tech's with card tips paid in cash on Friday, gift cards not for tips, the night's
 * totals by tech); a Java library for an Athienou halloumi dairy's milk payments (kilos
 * at the tanker, a base price per kilo by sheep, goat or cow, a cent a kilo for every
 * 0.1% of fat over or under 6% or 4%, 10% less over 8 degrees, a delivery with
 * antibiotics thrown away and not paid, 2 cents a kilo for the tanker except for those who
 * bring it, a winter price 10% higher from November to February, paid on the 15th for the
 * month before, every line rounded to the nearest cent); and a command-line tool in
 * Python with SQLite for the results of an Asmara cycling club's Sunday races (from 7 in
 * the morning, no start without a Federation licence, 50 nakfa to enter, four categories,
 * the same time for a group without a gap of one second, 15 to 1 points for the first
 * ten, none for a rider who does not finish, ties broken by wins, the result and the
 * table printed), with commands and flags. The Beirut son and the Little Saigon daughter
 * answer in lower-case fragments, the Jersey secretary and the Jorhat lecturer in long
 * paragraphs, the San Andrés secretary, the Asmara secretary and the Suusamyr daughter in
 * short plain sentences, the others in between.
 *
 * Relations said plainly ("Every property belongs to one owner, and every result is for
 * one property on one Visite", "every reading n every payment is for 1 subscriber",
 * "Every room belong to one posada", "Every slot is for one team, and every mark is
 * given by one judge to one team", "Every order is for one customer and every order line
 * is one item", "every visit is 1 customer w 1 tech", "Every result is one rider in one
 * race", "יעדע הלוואה איז פאר איין בארגער", "Ар бир заказ бир кардарга жана бир
 * жеткирүүгө тиешелүү"); allowed values in brackets (how a payment is made, an item's
 * unit, a simcha's kind) and in sentences (the month of a Visite, July or September,
 * which competition a team is in, the payment type "MBank же накталай"); background in a
 * clipboard and typed letters, a notebook and a calculator, an Excel with formulas, a
 * copybook and Instagram, paper and phone calls, a steno pad, a whiteboard and a
 * clipboard, paper and an exercise book, a העפט, a дептер and WhatsApp; technology named
 * as Go with Postgres, Java, Python with SQLite, and none at all by seven of them; "no"
 * said as "leave that well alone", "it's nothing to do with the branchage", "dont put
 * it", "la2 thats separate", "asto, not for this library", "not ours", "nuh fi wi",
 * "leave it out", "that is not our headache", "don't keep it", "not us, leave them out",
 * "that's not ours", "nah my má hates it", "not in this", "That is separate", "not this
 * program", "האבן מיר נישט מיט צו טון", "נישט אונזער געשעפט, לאזט דאס אויס", "бөлөк, ага
 * тийбегиле", "аны кошпогула"; while rules keep their "no" ("nothing can hang lower than
 * 12 feet", "no recorded music at all", "no refund", "no half pounds", "doesnt count as
 * a turn", "not for tips", "not paid, full stop", "No licence, he cannot start", "no
 * points", "שבת און יום טוב גיט מען גארנישט ארויס", "300 литрден ашык заказ албайбыз").
 *
 * The San Andrés secretary takes the sector off the posadas and puts the WhatsApp on the
 * guests, the Jorhat lecturer adds the judges and makes the leaders' phone their WhatsApp
 * number, and the Buffalo stand's owner takes the town off the customers and puts a note
 * on the orders, each after "Change something" at "Your data"; the Jersey secretary
 * renames the properties Frontages, the Beirut son puts the meter number on the
 * subscribers, the Little Saigon daughter puts the birthday month on the customers and
 * the gemach's man puts his wife's phone on the borrowers, each at the review. Yiddish is
 * compared, as Hebrew was, and Kyrgyz, as Kazakh was, by its letters in Latin script, so
 * their expected words are in the forms the person used (as "דעפאזיט טשעק $200",
 * "ערב שבת צוויי שעה פאר ליכט בענטשן", "бир литр 250 сом", "10 литрден ашса жеткирүү
 * бекер"); every expected feature was checked to be in one sentence the person said, and
 * the excluded words of all ten were checked not to read like anything they want (not
 * "cheese" for the production side, when the dairy makes halloumi, but "brine"; not
 * "polish" for the salon's supplies, when a polish change is wanted, but "acetone"; not
 * "ат" for the tourists' horse riding, whose letters are inside many of the family's
 * words, but "боз үй", and "курут" for the dried cheese, whose letters recur nowhere in
 * what the family wants).
 */
export const FORTY_SECOND_ROUND: readonly Persona[] = [
  {
    id: "st-martin-jersey-branchage",
    who: "The secretary at the Parish Hall of St Martin in Jersey, in the Jersey English of the country parishes with its Jèrriais, in long paragraphs ('Bouônjour', 'the Parish Hall', 'the Connétable', 'the Visite du Branchage', 'the vingtaine', 'the côtil', 'my Gar', 'eh bein', 'in Town', 'a right state', 'leave that well alone', \"it's nothing to do with the branchage\", 'Mèrcie bein des fais', 'À bétôt'): a website where the owners see their own frontages, the dates and any fine, the Roads Inspectors put in what they find and the Connétable, the secretary and the Roads Committee see everything, the branchage done twice a year for the two Visites in the first two weeks of July and the first two weeks of September, the dates fixed by the Connétable and put in the Gazette in the Jersey Evening Post a month before, nothing lower than 12 feet over a road or 8 feet over a footpath, every road gone round by the Connétable and the Roads Committee with the Roads Inspector for that vingtaine, a fine of £50 and a notice to have it done in 10 days for a frontage not done, a contractor sent in at the owner's cost when it is still not done, an email (or a letter) to every owner after each Visite to say if the frontage passed, a list by vingtaine of the frontages that did not pass for the Roads Committee; records told in sentences ('For every owner we'd want …', 'For every property …'), with a Visite's month told in the sentence (July or September), every property one owner's and every result one property's on one Visite; a clipboard and letters typed and posted today; the parish rates 'leave that well alone', the Honorary Police \"it's nothing to do with the branchage\"; the properties renamed Frontages at the review",
    says: {
      overview:
        "Bouônjour. My name is Marguerite Le Feuvre, and I've been the secretary at the Parish Hall in St Martin for going on twenty years now. Every summer we have the Visite du Branchage, when the Connétable and the Roads Committee go round every road in the parish to see that the hedges and the trees have been cut back off the road, and my Gar, the paper it makes. The Roads Inspectors go round their vingtaine with a clipboard, it all comes back to me at the Parish Hall, and I type the letters and post them. Last September a poor old boy out at Rozel got a fine for a hedge that wasn't even his, the côtil had been sold in the spring and nobody told us, and he came down to the Parish Hall in a right state, I can tell you. So the Connétable says we want a proper website, where people can see their own frontages and the dates, and the Roads Committee can put in what they find as they go round.",
      more: "Half the fields belong to people who live in Town or over in England and don't see them from one year to the next, eh bein, so it has to be on the internet where they can look from anywhere.",
      walkthrough:
        "I'll tell you how it goes. The branchage has to be done twice a year, for the two Visites: the first one is in the first two weeks of July, and the second one in the first two weeks of September. The Connétable fixes the dates and they go in the Gazette in the Jersey Evening Post a month before, so nobody can say they didn't know.\n\nOver a road nothing can hang lower than 12 feet, and over a footpath not lower than 8 feet. It's been like that since my grandfather's time, it's so the tractors and the buses can get by without taking the mirrors off.\n\nOn the Visite, the Connétable and the Roads Committee go round every road in the parish with the Roads Inspector for that vingtaine, and they look at every frontage. Where it's not done, the owner gets a fine of £50 and a notice to have it done in 10 days. If it's still not done after the 10 days, the parish sends a contractor in and the owner pays the contractor's bill on top.\n\nAfter each Visite every owner should get an email to say if their frontage passed or not, and a letter for the ones who haven't got email. And the Committee wants a list at the end of each Visite of the frontages that didn't pass, by vingtaine, for the next Roads Committee meeting.",
      things:
        "For every owner we'd want the name, the address and the email. For every property, the owner, the road, the vingtaine and the length of the frontage in yards. For every Visite, the date and the month, July or September. Then the results: the property, the Visite, whether it passed and the inspector's notes. The fines: the property, the amount and whether it's paid. And the Roads Inspectors, with their name, phone and vingtaine. Every property belongs to one owner, and every result is for one property on one Visite.",
      extras: [
        "The parish rates, the Rates Assessment Committee and the Treasurer do all that on their own system, leave that well alone. And the Honorary Police, the Centeniers and all of that, it's nothing to do with the branchage, don't put them in.",
        "That's the lot, I think. À bétôt.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The Connétable, myself and the Roads Committee see everything, and the Roads Inspectors put in their results. The owners make an account to see their own frontages and any fine.",
    },
    atReview: [
      "Well, that looks lovely. Only one thing: would you call the properties 'Frontages'? That's the word on all our notices and it's what everybody in the parish knows. Mèrcie bein des fais.",
    ],
    expect: {
      kind: "web app",
      features: [
        "branchage twice a year",
        "first two weeks of July",
        "second first two weeks of September",
        "Connétable dates Gazette Jersey Evening Post a month before",
        "over a road lower than 12 feet",
        "footpath 8 feet",
        "Roads Committee every road Roads Inspector vingtaine",
        "not done fine of £50",
        "notice done in 10 days",
        "still not done contractor owner pays bill",
        "every owner email passed or not",
        "list frontages didn't pass by vingtaine",
      ],
      tables: [
        { name: "owners", fields: ["name", "address", "email"] },
        { name: "frontages", fields: ["owner", "road", "vingtaine", "length"] },
        { name: "visites", fields: ["date", "month"] },
        { name: "results", fields: ["visite", "passed", "notes"] },
        { name: "fines", fields: ["amount", "paid"] },
        { name: "roads inspectors", fields: ["name", "phone", "vingtaine"] },
      ],
      excluded: ["rates", "police"],
      background: ["clipboard"],
    },
  },
  {
    id: "achrafieh-generator-meters",
    who: "The son of the man who has the neighbourhood generator by Sassine in Achrafieh, Beirut, 14 buildings and about 380 subscriptions, in the English of Beirut with its French and Arabic, in lower-case fragments ('hi bonjour', 'the moteur', 'the ishtirak', 'EDL', 'the 3addad', 'wallah', 'fresh dollars', 'whish', 'dont put it', 'la2 thats separate', 'ya3ne', 'khalas', 'merci ktir', 'yalla bye'): a phone app for him and his cousin that works in the staircases and the generator room under the ground where there is no signal and sends later from the street, every subscriber on 5, 10 or 15 amps, every month a fixed fee per amp and the kWh from the meter, the price per kWh given by the ministry every month in dollars and put in by his father, the meters read from the 25th to the end of the month, paid by the 10th in fresh dollars cash or by Whish, a subscriber not paid by the 10th cut and $10 to put it back, the receipt on WhatsApp after paying, the generator off from 2 to 6 in the morning, more amps only from the 1st of the month; records after colons on lines with how a payment is made in brackets, every reading and every payment one subscriber's; a notebook and a calculator today; the diesel (mazout) 'dont put it', the dish (cable TV) 'la2 thats separate'; the meter number put on the subscribers at the review",
    says: {
      overview:
        "hi bonjour. im elie haddad. my dad has the moteur for our area in achrafieh near sassine, 14 buildings, around 380 ishtirak. EDL gives like 4 hours a day so everybody is on us. rn my cousin goes building by building w a notebook to read the 3addad n my dad does the bills on a calculator. last month he billed a lady on the 5th floor from the wrong meter, wallah the whole street heard her. i want an app on the phone for me n my cousin",
      more: "no signal in half the staircases n the generator room is under the ground, so it has to work offline n send when we're back in the street",
      walkthrough:
        "ok so\nevery subscriber picks 5, 10 or 15 amps\nevery month a fixed fee per amp + the kWh from the meter\nthe ministry gives the price per kWh every month in dollars, my dad puts it in\nwe read the meters from the 25th to the end of the month\npay by the 10th, cash fresh dollars or whish\nnot paid by the 10th we cut, 10$ to put it back\nreceipt on whatsapp after u pay\nthe generator is off from 2 to 6 in the morning for rest, everybody knows\nmore amps only from the 1st of the month",
      things:
        "subscribers: name, building, floor, phone, amps\nreadings: subscriber, month, reading\npayments: subscriber, month, amount, paid by (cash or whish)\nevery reading n every payment is for 1 subscriber",
      extras: [
        "the mazout (diesel) my dad n my uncle buy from the supplier, dont put it. n we also do the dish (cable tv) for some buildings, la2 thats separate",
        "khalas thats it. merci ktir, yalla bye",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "me, my dad n my cousin. the subscribers dont login they just get the receipt on whatsapp",
    },
    atReview: [
      "ya3ne looks good. add the meter number to the subscribers pls, its written on every 3addad, thats how the mistake happened. merci ktir",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "5, 10 or 15 amps",
        "fixed fee per amp kWh meter",
        "ministry price per kWh every month dollars",
        "read meters 25th end of the month",
        "pay by the 10th cash fresh dollars whish",
        "not paid by the 10th cut 10$",
        "receipt whatsapp",
        "off from 2 to 6 in the morning",
        "more amps 1st of the month",
      ],
      tables: [
        { name: "subscribers", fields: ["name", "building", "floor", "phone", "amps", "meter number"] },
        { name: "readings", fields: ["subscriber", "month", "reading"] },
        { name: "payments", fields: ["subscriber", "month", "amount", "paid by"] },
      ],
      excluded: ["diesel", "dish"],
      background: ["notebook", "calculator"],
    },
  },
  {
    id: "athienou-dairy-milk-payment",
    who: "The developer at his family's halloumi dairy in Athienou, in the English of a Greek Cypriot ('Yia sas', 'my pappous', 're', 'koumbare', 'the kafenio', 'the kopelli', 'endaxi', 'Ela', 'asto, not for this library', \"that's between them and the Ministry, not ours\", 'Efcharisto'): a Java library in the dairy's Maven repository that the office system and the tanker drivers' Android app both use, nothing kept, every delivery weighed in kilos at the farm when the tanker collects it, a base price per kilo for sheep, goat or cow milk from the year's price list, the base for 6% fat for sheep and 4% for goat and cow, 1 cent a kilo more for every 0.1% of fat over the base and 1 cent off for every 0.1% under, 10% less for a delivery over 8 degrees at collection, a delivery with antibiotics thrown away and not paid, 2 cents a kilo for the collection but not for the farmers who bring the milk themselves, a winter price 10% more from November to February, paid once a month on the 15th for the month before with the total and every delivery line, every line rounded to the nearest cent; an Excel with formulas today; the cheese production side (recipes, brine, batches) 'asto, not for this library', the state's subsidies to the farmers \"that's between them and the Ministry, not ours\"; Java",
    says: {
      overview:
        "Yia sas. I'm Andreas Kyprianou, the developer at my family's dairy in Athienou. We make halloumi and anari since my pappous opened it in 1971. About 40 farmers from the villages around bring us their goat and sheep milk, and a few cow milk, and every month we pay them by the kilos and the quality. Now my cousin in the office does the payment in an Excel with formulas that only she understands, re, and last spring a farmer from Avdellero got paid the cow price for his sheep milk for three months before anybody noticed. He came to the dairy shouting, koumbare, the whole kafenio knew by the evening. We have a new system in the office and the kopelli who drive the tankers have an app, and I want one library that both use, so the price is calculated one way only.",
      more: "It keeps nothing, endaxi? You give it the month's deliveries of one farmer and the price list, it gives you back what we pay him.",
      walkthrough:
        "Ela, I explain.\n\nEvery delivery is weighed in kilos at the farm when the tanker collects it.\n\nThe base price per kilo depends on the milk, sheep, goat or cow, from the price list we set every year.\n\nThe base is for milk with 6% fat for sheep and 4% for goat and cow. For every 0.1% fat over the base we add 1 cent a kilo, and for every 0.1% under we take 1 cent off.\n\nIf the milk is over 8 degrees when the tanker collects it, that delivery gets 10% less.\n\nIf the lab finds antibiotics, the whole delivery is thrown away and not paid, full stop.\n\nThe tanker costs us, so we take 2 cents a kilo for the collection, but not for the farmers who bring the milk themselves to the dairy.\n\nFrom November to February there is less milk, so the price list has a winter price, 10% more.\n\nWe pay once a month, on the 15th, for the month before, and the library should give the total and every delivery line.\n\nThe cents we round to the nearest cent on every line, not only at the end.",
      extras: [
        "The cheese side, the recipes, the brine, the batches, that's the production system, asto, not for this library. And the subsidies the farmers get from the state, that's between them and the Ministry, not ours.",
        "That's all. Efcharisto.",
      ],
      tech: "Java. The office system is Java with Spring and the drivers' app is Android, so one Java library in our Maven repository.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Java",
    },
    expect: {
      kind: "library",
      features: [
        "weighed in kilos tanker",
        "base price per kilo sheep goat cow price list",
        "6% fat sheep 4% goat cow",
        "every 0.1% fat over 1 cent a kilo",
        "every 0.1% under 1 cent off",
        "over 8 degrees 10% less",
        "antibiotics thrown away not paid",
        "2 cents a kilo collection",
        "not for the farmers who bring the milk themselves",
        "November to February winter price 10% more",
        "once a month 15th month before",
        "total every delivery line",
        "round nearest cent every line",
      ],
      tables: [],
      excluded: ["brine", "subsidies"],
      background: ["Excel"],
      stack: ["Java"],
    },
  },
  {
    id: "san-luis-posadas-nativas",
    who: "The secretary of an association of 22 posadas nativas, the native guest houses of Raizal families, in San Luis on San Andrés island in Colombia, in the Raizal Creole English of San Andrés, in short plain sentences ('Gud maanin', 'mi born an grow', 'di posada dem', 'wi', 'unu', 'fi', 'wan copybook', 'bueno', 'di tarjeta de turismo', 'rundown', 'nuh fi wi', 'leave it out', 'Tank yu, Gaad bless'): a website where the tourists book a room and pay, every posada owner sees his own bookings and she and the treasurer see everything, every tourist with the tarjeta de turismo from the OCCRE and its number asked at booking, check-in at 2 and check-out at 11, 2 nights at least, a 30% deposit by Nequi or Bancolombia transfer and the rest in cash on arrival, the deposit given back only for a cancellation 7 days before, breakfast included (johnny cake, fish, breadfruit, fruit), a rundown dinner on Saturday night at 45,000 pesos a person extra, 10% of every booking to the association, 4 nights at least from December to January and at Easter; records after dashes on lines with their fields after colons, every room one posada's and every booking one room for one guest; a copybook in every family and WhatsApp and Instagram messages today; the boat tours to Johnny Cay and the Aquarium 'nuh fi wi', the taxi from the airport 'leave it out'; the sector taken off the posadas and the WhatsApp put on the guests after 'Change something' at 'Your data'",
    says: {
      overview:
        "Gud maanin. Mi name Ruby Archbold. Mi born an grow in San Luis, San Andrés island. Wi have a association of 22 posadas nativas, di native guest house dem of di Raizal families. Mi a di secretary. Now di tourist dem write wi pon WhatsApp an Instagram, an every family keep dem bookings inna wan copybook. Last Easter two family rent di same room to two different couple. Wan couple had to sleep by mi cousin house. Dat was a shame fi wi. Wi want a website weh di tourist dem book an pay, an wi see everyting.",
      walkthrough:
        "Bueno, dis a how it go.\nEvery tourist must have di tarjeta de turismo from di OCCRE. Wi ask fi di number when dem book.\nCheck-in a 2 o'clock, check-out a 11.\nMinimum 2 nights.\nDem pay 30% deposit by Nequi or Bancolombia transfer. Di rest dem pay inna cash when dem reach.\nIf dem cancel 7 days before, dem get back di deposit. After dat, no.\nBreakfast include: johnny cake, fish, breadfruit an fruit.\nSaturday night wi have rundown dinner, 45,000 pesos extra fi each person.\nDi association tek 10% of every booking fi di office an di website.\nDecember to January an Easter, minimum a 4 nights.",
      things:
        "- posadas: name, owner, phone, sector\n- rooms: posada, name, beds, price a night\n- guests: name, country, phone, email, tarjeta number\n- bookings: guest, room, arrive, leave, people, deposit, rundown\nEvery room belong to one posada, an every booking is one room fi one guest.",
      thingsChange:
        "Tek out di sector from di posadas, all a dem in San Luis. An di guests need di WhatsApp too, not only di phone.",
      extras: [
        "Di boat tour dem to Johnny Cay an di Aquarium, dat a di boatman dem business, nuh fi wi. An di taxi from di airport, di taxi man dem fix dat demself, leave it out.",
        "Dat a all. Tank yu, Gaad bless.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Mi an di treasurer see everyting. Every posada owner log in fi see fi dem bookings. Di tourist dem mek a account fi book an pay.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "tarjeta de turismo OCCRE",
        "check-in 2 o'clock check-out 11",
        "minimum 2 nights",
        "30% deposit Nequi Bancolombia",
        "rest cash",
        "cancel 7 days before get back di deposit",
        "breakfast include johnny cake",
        "Saturday rundown 45,000 pesos each person",
        "association 10% every booking",
        "December to January Easter minimum 4 nights",
      ],
      tables: [
        { name: "posadas", fields: ["name", "owner", "phone"] },
        { name: "rooms", fields: ["posada", "name", "beds", "price a night"] },
        { name: "guests", fields: ["name", "country", "phone", "email", "tarjeta number", "WhatsApp"] },
        { name: "bookings", fields: ["guest", "room", "arrive", "leave", "people", "deposit", "rundown"] },
      ],
      excluded: ["boat", "taxi"],
      background: ["copybook", "Instagram"],
    },
  },
  {
    id: "jorhat-rongali-bihu",
    who: "A lecturer at a college in Jorhat who is general secretary of the Rongali Bihu Sanmilan of his neighbourhood on Na-Ali, in the Assamese English of Jorhat, in long paragraphs ('Namaskar', 'my deuta', 'Bohag', 'the bihutoli', 'husori', 'dhol, pepa, taal and gogona', 'mekhela sador', 'What to say', 'itself', 'only', 'Hobo', 'that is not our headache', \"don't keep it\", 'Dhanyabad', 'Rongali Bihur xubhessa'): a website where the team leaders and stall owners register, pay and see their slot and the committee sees everything, the function seven days from the 14th to the 20th of April in the bihutoli, a Bihu dance team of 10 to 16 members with their own dhol, pepa, taal and gogona players, ₹2,000 a team with the last date the 31st of March, 10 minutes on the stage only, live dhol and pepa and no recorded music at all, traditional dress only (mekhela sador and riha, dhoti and gamosa), the order on the stage by lottery on the 5th of April before the team leaders, 3 judges each marking out of 100 and the total deciding, prizes of ₹51,000, ₹31,000 and ₹21,000, husori groups of 15 to 25 members at ₹1,000 with 15 minutes on the stage, 40 stalls at ₹6,000 for the full seven days paid full in advance with no refund, an SMS to every team and stall with their day and time; records told in sentences ('For every team we keep …', 'For the marks …'), with which competition a team is in told in the sentence (Bihu dance or husori), every slot one team's and every mark one judge's for one team; paper and phone calls today; the cultural night with the artistes from Guwahati 'that is not our headache', the Bihu Kunwori competition \"don't keep it\"; the judges added and the leader's phone made the WhatsApp number after 'Change something' at 'Your data'",
    says: {
      overview:
        "Namaskar. I am Pranjal Gogoi, I am working as a lecturer in a college in Jorhat, and I am the general secretary of the Rongali Bihu Sanmilan of our area, on Na-Ali. Every year in Bohag, from the 14th of April, we hold the Bihu function for seven days in the bihutoli on the school field, with the Bihu dance competition, the husori competition and the stalls. What to say, everything is on paper itself: the teams fill up a form, the fees are written in my deuta's old register, and the rest is phone calls only. Last year two teams were given the same slot on the stage on the third night, and one team from Titabor had come all the way by bus and had to dance at 11 in the night. Very bad it was for us. So the committee has decided we should have a website.",
      walkthrough:
        "Let me explain one by one.\n\nThe function is seven days, from the 14th to the 20th of April, in the bihutoli.\n\nFor the Bihu dance competition, one team is 10 to 16 members, girls and boys, with their own dhol, pepa, taal and gogona players. The registration fee is ₹2,000 for one team, and the last date is the 31st of March.\n\nEvery team has 10 minutes on the stage only. The music must be live, dhol and pepa, no recorded music at all. The dress also must be traditional, mekhela sador and riha for the girls, dhoti and gamosa for the boys.\n\nThe order of the teams on the stage is by lottery, which we do on the 5th of April in front of the team leaders.\n\nThere are 3 judges, each gives marks out of 100, and the total decides. The prizes are ₹51,000, ₹31,000 and ₹21,000.\n\nFor the husori, the groups are 15 to 25 members, fee ₹1,000, same last date, and 15 minutes on the stage.\n\nThe stalls in the bihutoli are ₹6,000 for the full seven days, for pitha, jolpan, handloom and like that, paid full in advance, no refund. We have 40 stalls only.\n\nEvery team and every stall gets an SMS with their day and time.",
      things:
        "For every team we keep the name of the team, the place they come from, the leader's name, the leader's phone, how many members, and which competition, Bihu dance or husori. For every stall, the stall number, the owner's name and phone, the items they sell, and paid or not. For the stage slots, the day, the time and the team. For the marks, the team, the judge and the marks. Every slot is for one team, and every mark is given by one judge to one team.",
      thingsChange:
        "Hobo, one change. Please keep the judges separately, with name and phone, because they also have to be informed. And the leader's phone, make it WhatsApp number, all are on WhatsApp now.",
      extras: [
        "The cultural night with the artistes from Guwahati, the cultural secretary is handling with the event management people, that is not our headache. And the Bihu Kunwori competition we are not doing from this year, don't keep it.",
        "That is all. Dhanyabad, and Rongali Bihur xubhessa.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The committee members see everything. The team leaders and the stall owners make an account to register, pay and see their slot. The public need not login.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "seven days 14th to 20th of April",
        "one team 10 to 16 members",
        "registration fee ₹2,000 one team",
        "last date 31st of March",
        "10 minutes on the stage",
        "live dhol pepa no recorded music",
        "traditional mekhela sador riha dhoti gamosa",
        "order lottery 5th of April",
        "3 judges marks out of 100",
        "prizes ₹51,000 ₹31,000 ₹21,000",
        "husori 15 to 25 members ₹1,000 15 minutes",
        "stalls ₹6,000 seven days",
        "paid full in advance no refund",
        "40 stalls",
        "SMS day and time",
      ],
      tables: [
        {
          name: "teams",
          fields: ["name", "place", "leader", "WhatsApp number", "members", "competition"],
        },
        { name: "stalls", fields: ["number", "owner", "phone", "items", "paid"] },
        { name: "slots", fields: ["day", "time", "team"] },
        { name: "judges", fields: ["name", "phone"] },
        { name: "marks", fields: ["team", "judge", "marks"] },
      ],
      excluded: ["artiste", "Kunwori"],
      background: ["on paper", "phone calls"],
    },
  },
  {
    id: "broadway-market-easter-kielbasa",
    who: "The woman who runs her grandfather's kielbasa stand at the Broadway Market on Buffalo's East Side with her brother, in the Polish-American English of Buffalo ('How are ya', 'my dziadzia', 'my busia', 'the Broadway Market', 'the Southtowns', 'God love her', 'let me tell ya', 'Święconka', 'placek', 'chrusciki', \"that's the stand across the aisle, not us\", \"that's not ours\", 'Wesołych Świąt'): a website where the customers order for Easter and see their pick-up time and she and her brother see everything, orders open the first of March and closed on Palm Sunday at 6 at night, fresh kielbasa $7.99 a pound and smoked $8.99 a pound by the whole pound only, butter lambs $6, placek $12 a loaf, horseradish $5 a jar (regular or beet), pick-up on Holy Thursday, Good Friday or Holy Saturday every half hour from 8 in the morning to 5, 40 orders a half hour at most, a $20 deposit online and the rest at pick-up, the deposit lost when an order is not picked up by Holy Saturday at 5, orders over 20 pounds of kielbasa in by March 15th, an email the day before when the order is ready; records after colons on lines with an item's unit in brackets, every order one customer's and every order line one item; a steno pad and slips clipped over the counter today; the pierogi and the pączki 'that's the stand across the aisle, not us', the Dyngus Day party tickets \"that's not ours\"; the town taken off the customers and a note put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hi, how are ya. I'm Denise Wojcik. My dziadzia opened our stand at the Broadway Market in 1952, and now it's me and my brother Mark. We make fresh and smoked kielbasa, and before Easter we do butter lambs, placek, chrusciki and horseradish, the whole Święconka basket basically. The week before Easter the line goes out the door and down Broadway, people drive in from Cheektowaga and Lackawanna and all the way from the Southtowns. Right now people call in their orders and my busia writes them on a steno pad, God love her, she's 91, and we clip the slips up over the counter. Last year a guy drove in from Orchard Park for 10 pounds of smoked and there was no slip for him, and he had a lot to say about it, let me tell ya. So Mark's kid says we need a website for the Easter orders.",
      walkthrough:
        "So here's how Easter goes. Orders open the first of March and close on Palm Sunday at 6 at night, after that it's walk-up only.\n\nFresh kielbasa is $7.99 a pound and smoked is $8.99 a pound, and you can only order by the whole pound, no half pounds.\n\nButter lambs are $6 each, placek is $12 a loaf, and horseradish is $5 a jar, the regular or the beet kind.\n\nPick-up is Holy Thursday, Good Friday or Holy Saturday, and you pick a time, every half hour from 8 in the morning to 5. We can do 40 orders every half hour, no more, or the line gets crazy.\n\nYou pay a $20 deposit online when you order, and the rest when you pick up. If you don't pick up by Holy Saturday at 5, you lose the deposit and the kielbasa goes back in the case.\n\nAny order over 20 pounds of kielbasa has to be in by March 15th, because Mark has to get more pork from the packer.\n\nPeople get an email the day before, when their order is ready.",
      things:
        "Customers: name, phone, email, town\nOrders: customer, pick-up day, pick-up time, deposit, picked up\nOrder lines: order, item, how many\nItems: name, price, unit (pound, each, loaf or jar)\nEvery order is for one customer and every order line is one item.",
      thingsChange:
        "Take the town off the customers, we don't care where they're from. And put a note on the orders, people always want it sliced or the horseradish extra hot.",
      extras: [
        "The pierogi and the pączki, that's the stand across the aisle, not us, leave them out. And the Dyngus Day party tickets, the Market sells those itself, that's not ours.",
        "That's it, you guys. Wesołych Świąt!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Mark see everything. Customers make an account to order and see their pick-up time. My busia doesn't need a login, believe me.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "orders open first of March close Palm Sunday 6",
        "fresh kielbasa $7.99 a pound smoked $8.99",
        "whole pound no half pounds",
        "butter lambs $6",
        "placek $12 a loaf",
        "horseradish $5 a jar regular beet",
        "Holy Thursday Good Friday Holy Saturday",
        "every half hour 8 in the morning to 5",
        "40 orders every half hour",
        "$20 deposit online rest when you pick up",
        "don't pick up Holy Saturday at 5 lose the deposit",
        "over 20 pounds March 15th",
        "email day before order is ready",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "email"] },
        {
          name: "orders",
          fields: ["customer", "pick-up day", "pick-up time", "deposit", "picked up", "note"],
        },
        { name: "order lines", fields: ["order", "item", "how many"] },
        { name: "items", fields: ["name", "price", "unit"] },
      ],
      excluded: ["pierogi", "Dyngus"],
      background: ["steno pad"],
    },
  },
  {
    id: "westminster-nail-salon-turns",
    who: "A backend developer in Irvine whose mother has a nail salon with 9 techs off Bolsa in Westminster, in the Vietnamese-American English of Little Saigon, in lower-case fragments ('my má', 'my ba', 'cô Hạnh', 'off bolsa', 'trời ơi', 'bf', 'rn', 'lol', 'ngl', 'nah my má hates it', 'not in this', 'ty'): a service without screens, in Go with PostgreSQL, that her boyfriend's check-in iPad app, the turn-list TV and her mother's laptop call with their own keys, customers signing in on the iPad with name, phone and what they want, walk-ins to whoever is next on the turn list, a request for a tech by name not counted as a turn, anything under $25 half a turn, a tech on lunch skipped but keeping her place, 60% of the price to the tech and 40% to the salon, tips all the tech's with card tips paid out in cash every Friday, the night's total for each tech with services, commission and tips, gift cards for services but not for tips; records after dashes on lines with how a visit is paid in brackets, every visit one customer with one tech; a whiteboard and a paper clipboard today; online booking on Yelp or Booksy 'nah my má hates it', the supplies, polish and acetone 'not in this'; Go and Postgres; the birthday month put on the customers at the review",
    says: {
      overview:
        "hi. im tiffany nguyen, backend dev in irvine. my má has a nail salon in westminster off bolsa, 9 techs. rn the walk-in turns are on a whiteboard n the sign in is a paper clipboard at the front, n the techs fight about turns every week lol. last month cô hạnh n cô linh didnt talk for like 2 weeks bc of one pedicure, trời ơi. my bf is making the check-in ipad app n a screen for the tv that shows the turns, im doing the api behind it. no screens on my side",
      walkthrough:
        "ok so how it works\ncustomers sign in on the ipad w name, phone n what they want\nwalk-ins go to whoever is next on the turn list\nif a customer asks for a tech by name thats a request, doesnt count as a turn\nanything under $25 (polish change, eyebrow wax) is half a turn\na tech on lunch gets skipped but keeps her place\nthe techs get 60% of the price, the salon 40%\ntips are 100% the tech's, card tips paid out in cash every friday\nevery night my má needs the total for each tech: services, commission n tips\ngift cards work for services but not for tips",
      things:
        "- techs - name, phone, on lunch or not\n- customers - name, phone\n- visits - customer, tech, service, price, tip, paid by (cash, card or gift card), request or walk-in\n- services - name, price, half turn or full turn\n- gift cards - number, amount left\nevery visit is 1 customer w 1 tech",
      extras: [
        "online booking on yelp or booksy, nah my má hates it. the supplies, polish n acetone, my ba orders from the distributor himself, not in this",
        "thats it ty",
      ],
      tech: "go + postgres, thats what i use at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "no logins for ppl. the ipad, the tv n my má's laptop each get their own key",
      Technology: "I have preferences",
      "Back end": "Go",
      Database: "PostgreSQL",
    },
    atReview: [
      "looks good ngl. can u add birthday month to the customers, my má gives a free polish change in ur bday month lol. ty",
    ],
    expect: {
      kind: "api service",
      features: [
        "sign in ipad name phone",
        "walk-ins next on the turn list",
        "request doesnt count as a turn",
        "under $25 half a turn",
        "lunch skipped keeps her place",
        "60% of the price salon 40%",
        "tips 100% tech",
        "card tips cash every friday",
        "every night total each tech services commission tips",
        "gift cards not for tips",
      ],
      tables: [
        { name: "techs", fields: ["name", "phone", "lunch"] },
        { name: "customers", fields: ["name", "phone", "birthday month"] },
        { name: "visits", fields: ["customer", "tech", "service", "price", "tip", "paid by"] },
        { name: "services", fields: ["name", "price", "turn"] },
        { name: "gift cards", fields: ["number", "amount left"] },
      ],
      excluded: ["booksy", "acetone"],
      background: ["whiteboard", "clipboard"],
      stack: ["Go", "Postgres"],
    },
  },
  {
    id: "asmara-cycling-club-results",
    who: "The secretary of a cycling club in Asmara, in the Eritrean English of Asmara, in short plain sentences ('Selam', 'Harnet Avenue', 'the Federation', 'nakfa', 'the bar', 'va bene', 'ciao', 'That is separate', 'not this program', 'Yekenyeley'): a Python command-line tool with SQLite that his nephew writes for his laptop, because the internet is not always there, races on Sunday from 7 in the morning before the cars, every rider with a licence number from the Federation and no start without it, 50 nakfa to enter every race, senior, under 23, junior and women, juniors 17 and 18 years, the result by the finish time and the same time for riders in one group with no gap of one second, 15, 12, 10, 8, 6, 5, 4, 3, 2 and 1 points for the first ten in the club championship, no points for a rider who does not finish, riders level on points parted by wins, the result and the championship table printed after every race for the board in the bar; records after colons on lines, every result one rider in one race; paper at the finish line and a school exercise book today; the bicycles and spare parts the club sells 'That is separate', the sponsors' money 'not this program'; commands and flags; Python and SQLite",
    says: {
      overview:
        "Selam. My name is Yonas Tesfamariam. I am the secretary of a cycling club in Asmara. We have races every Sunday morning, on the circuit on Harnet Avenue or on the road to Keren or to Massawa. Now I write the results on paper at the finish line, then at home I make the club championship table in a school exercise book. Last month two riders had the same time and I gave the points wrong. The father of one rider came to my house. It was not nice. My nephew Henok studies computer science. He says he can make a program for my laptop.",
      more: "The internet is not always there. The program must work on the laptop only, without internet.",
      walkthrough:
        "I explain.\nThe races are on Sunday from 7 in the morning, before the cars.\nEvery rider needs a licence number from the Federation. No licence, he cannot start.\nThe entry fee is 50 nakfa for every race.\nThe categories are senior, under 23, junior and women. Juniors are 17 and 18 years.\nThe result is by the finish time. Riders who finish in one group with no gap of one second get the same time.\nThe points for the club championship are 15, 12, 10, 8, 6, 5, 4, 3, 2 and 1 for the first ten.\nA rider who does not finish gets no points.\nIf two riders have the same points at the end, the one with more wins is first.\nAfter every race I print the result and the championship table for the board in the bar next to the club.",
      commands:
        'Va bene. Henok says like this: bici race add --date 2025-03-09 --place "Harnet Avenue" --km 60, bici rider add --name "Biniam Ghebremedhin" --licence 1234 --category junior --born 2008, bici enter --race 12 --rider 45, bici finish --race 12 --rider 45 --time 1:42:10, bici finish --race 12 --rider 51 --dnf, bici table --season 2025, bici print --race 12. I type what he tells me.',
      things:
        "Riders: name, licence number, category, born year, phone\nRaces: date, place, km\nEntries: race, rider, paid\nResults: race, rider, time, position, points\nEvery result is one rider in one race.",
      extras: [
        "The bicycles and the spare parts, the club sells some to the riders, the treasurer does that. That is separate. And the money of the sponsors, also the treasurer, not this program.",
        "That is all. Yekenyeley. Ciao.",
      ],
      tech: "Henok knows Python. He says Python and SQLite, one file on the laptop.",
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
        "Sunday 7 in the morning",
        "licence number Federation",
        "no licence cannot start",
        "entry fee 50 nakfa",
        "senior under 23 junior women",
        "juniors 17 and 18",
        "result finish time",
        "one group no gap of one second same time",
        "15, 12, 10, 8, 6, 5, 4, 3, 2 and 1 first ten",
        "does not finish no points",
        "same points more wins first",
        "print result championship table",
      ],
      tables: [
        { name: "riders", fields: ["name", "licence number", "category", "born", "phone"] },
        { name: "races", fields: ["date", "place", "km"] },
        { name: "entries", fields: ["race", "rider", "paid"] },
        { name: "results", fields: ["race", "rider", "time", "position", "points"] },
      ],
      excluded: ["spare parts", "sponsors"],
      background: ["paper", "exercise book"],
      stack: ["Python", "SQLite"],
      commands: [
        "race add",
        "rider add",
        "enter",
        "finish",
        "table",
        "print",
        "--date",
        "--place",
        "--km",
        "--name",
        "--licence",
        "--category",
        "--born",
        "--race",
        "--rider",
        "--time",
        "--dnf",
        "--season",
      ],
    },
  },
  {
    id: "williamsburg-tables-chairs-gemach",
    who: "A man in Williamsburg who runs with his brother-in-law the gemach of tables and chairs for simchas that his father-in-law opened, about 150 tables and 1,500 chairs in a basement on Rodney Street, in Yiddish (never used before: Hebrew was written once, Yiddish never; the Hasidic Yiddish of Williamsburg in Hebrew letters as he types it, with the English words Williamsburg people really mix in: 'קאמפיוטער', 'פראגראם', 'אפיס', 'דעפאזיט טשעק', 'וואן', 'ליסטע', 'אינטערנעט', 'קעיטערינג', 'פאסווארדס', 'האבן מיר נישט מיט צו טון', 'לאזט דאס אויס', 'א שיינעם דאנק'): a program on the office computer, which has no internet on purpose, for him and his brother-in-law, nothing paid for the tables and chairs but a $200 deposit cheque given back when everything is back, 20 tables and 200 chairs at most for one simcha, taken out the day before the simcha and brought back by the day after, on Erev Shabbos given out only until two hours before candle lighting and nothing given out on Shabbos and Yom Tov, the van $60 only in Williamsburg, a broken chair $25 and a broken table $60 taken off the deposit, $10 a day for bringing back late, a list printed every morning of who takes and who brings back that day; records after colons on lines with a simcha's kind in brackets, every loan for one borrower; a notebook (העפט) today; catering 'האבן מיר נישט מיט צו טון', flowers and decorations 'נישט אונזער געשעפט, לאזט דאס אויס'; his wife's phone put on the borrowers at the review",
    says: {
      overview:
        "שלום עליכם. מיין נאמען איז משה יואל פריעדמאן, איך וואוין אין וויליאמסבורג. מיין שווער ע״ה האט געעפנט א גמ״ח פון טישן און שטולן פאר שמחות, און יעצט פירן עס איך און מיין שוואגער. מיר האבן בערך 150 טישן און 1,500 שטולן אין א קעלער אויף ראדני סטריט. יעצט שרייבט מען אלעס אין א העפט, און אסאך מאל ווייסט מען נישט ווער עס האט גענומען וואס. פאריגן חודש האבן צוויי משפחות באשטעלט די זעלבע טישן אויף דער זעלבער נאכט, און איינע איז געבליבן אן טישן ביי א שבע ברכות. מיין זון קען אביסל פראגראמירן, ער זאגט ער קען מאכן א פראגראם אויפ'ן קאמפיוטער אין אפיס.",
      more: "דער קאמפיוטער אין אפיס האט נישט קיין אינטערנעט, און אזוי ווילן מיר עס. עס דארף ארבעטן גלייך אויף דעם קאמפיוטער.",
      walkthrough:
        "איך וועל אייך ערקלערן ווי עס גייט.\n\nמען באצאלט נישט פאר די טישן און שטולן, עס איז א גמ״ח. אבער יעדער לאזט איבער א דעפאזיט טשעק פון $200, און מען גיט אים עס צוריק ווען אלעס קומט צוריק.\n\nפאר איין שמחה גיט מען מאקסימום 20 טישן און 200 שטולן.\n\nמען נעמט ארויס א טאג פאר דער שמחה, און מען ברענגט צוריק ביז דעם טאג נאך דער שמחה.\n\nערב שבת גיט מען ארויס נאר ביז צוויי שעה פאר ליכט בענטשן. שבת און יום טוב גיט מען גארנישט ארויס.\n\nווער עס דארף, קען מען ברענגען מיט'ן וואן פאר $60, נאר אין וויליאמסבורג.\n\nא צובראכענע שטול קאסט $25 און א צובראכענער טיש $60, און מען נעמט עס אראפ פון דעם דעפאזיט.\n\nווער עס ברענגט צוריק שפעט, באצאלט $10 א טאג.\n\nיעדן אינדערפרי וויל איך דרוקן א ליסטע ווער עס נעמט היינט און ווער עס ברענגט היינט צוריק.",
      things:
        "בארגער: נאמען, טעלעפאן, אדרעס\nהלוואות: בארגער, שמחה (חתונה, בר מצוה, שבע ברכות, קידוש), דאטום, טישן, שטולן, דעפאזיט, צוריקגעברענגט\nשאדנס: הלוואה, זאך, סכום\nיעדע הלוואה איז פאר איין בארגער.",
      extras: [
        "עסן און קעיטערינג האבן מיר נישט מיט צו טון. און בלומען און דעקאראציעס, דאס איז נישט אונזער געשעפט, לאזט דאס אויס.",
        "דאס איז אלעס. א שיינעם דאנק.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "קיין פאסווארדס. נאר איך און מיין שוואגער ניצן דעם קאמפיוטער.",
    },
    atReview: [
      "עס זעט אויס גוט. נאר לייגט צו ביי די בארגער דעם טעלעפאן פון דער ווייב, זי איז די וואס רופט געווענליך. א שיינעם דאנק.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "באצאלט נישט פאר די טישן און שטולן",
        "דעפאזיט טשעק $200",
        "מאקסימום 20 טישן 200 שטולן",
        "א טאג פאר דער שמחה ביז דעם טאג נאך",
        "ערב שבת צוויי שעה פאר ליכט בענטשן",
        "שבת יום טוב גארנישט ארויס",
        "וואן $60 וויליאמסבורג",
        "צובראכענע שטול $25 טיש $60 דעפאזיט",
        "שפעט $10 א טאג",
        "יעדן אינדערפרי דרוקן ליסטע",
      ],
      tables: [
        { name: "בארגער", fields: ["נאמען", "טעלעפאן", "אדרעס", "טעלעפאן פון דער ווייב"] },
        {
          name: "הלוואות",
          fields: ["בארגער", "שמחה", "דאטום", "טישן", "שטולן", "דעפאזיט", "צוריקגעברענגט"],
        },
        { name: "שאדנס", fields: ["הלוואה", "זאך", "סכום"] },
      ],
      excluded: ["קעיטערינג", "בלומען"],
      background: ["העפט"],
    },
  },
  {
    id: "suusamyr-kymyz-orders",
    who: "The daughter of a family that milks mares and makes kymyz on the Suusamyr jailoo every summer and sells it in Bishkek, in Kyrgyz (never used before: Kazakh was written once, Kyrgyz never; in Cyrillic with its ң, ө and ү, as she types it, with the Russian and English words Kyrgyz people really mix in: 'заказ', 'сайт', 'залог', 'SMS', 'MBank', 'WhatsApp', 'аккаунт', 'логин', 'бөлөк', 'ага тийбегиле', 'аны кошпогула', 'Чоң рахмат'): a website where the customers in Bishkek order and pay and she and her younger brother see everything, kymyz only in the summer from the 1st of June to the 31st of August, 250 som a litre and 3 litres the smallest order, 1.5-litre bottles with 20 som deposit a bottle given back with the bottle, delivery to Bishkek on Tuesdays and Fridays with orders taken until 18:00 the day before, delivery free over 10 litres and 150 som under, payment by MBank or cash to the driver, no more than 300 litres for one delivery, an SMS to every customer an hour before delivery; records in brackets inline with the payment type told in a sentence (MBank or cash), every order one customer's and one delivery's; a notebook (дептер) and WhatsApp today; the yurts and horse riding for tourists 'бөлөк, ага тийбегиле', the kurut her mother sells at Osh bazaar 'аны кошпогула'",
    says: {
      overview:
        "Саламатсыздарбы! Менин атым Айгерим Токтогулова. Биздин үй-бүлө ар жайда Суусамыр жайлоосунда бээ саап, кымыз жасайт. Кымызды Бишкекке жеткирип сатабыз. Азыр заказдарды WhatsApp аркылуу алабыз, иним аларды дептерге жазат. Өткөн жайда бир кардарга кымыз эки жолу жеткирилди, башка кардарга таптакыр барган жок. Ал киши абдан ачууланды. Кардарлар өздөрү заказ берип, төлөй турган сайт керек.",
      walkthrough:
        "Биз мындай иштейбиз.\n\nКымыз жайында гана болот, 1-июндан 31-августка чейин.\n\nБир литр кымыз 250 сом. Эң аз заказ 3 литр.\n\nКымызды 1,5 литрлик бөтөлкөлөргө куябыз. Ар бир бөтөлкө үчүн 20 сом залог алабыз, бөтөлкөнү кайтарса, акчасын кайра беребиз.\n\nБишкекке шейшемби жана жума күндөрү жеткиребиз. Заказ жеткирүүдөн бир күн мурун саат 18:00гө чейин кабыл алынат.\n\n10 литрден ашса, жеткирүү бекер, андан аз болсо 150 сом.\n\nТөлөм MBank аркылуу же айдоочуга накталай.\n\nБир жеткирүүгө 300 литрден ашык заказ албайбыз, андан көп кымыз болбойт.\n\nАр бир кардарга жеткирүүдөн бир саат мурун SMS барат.",
      things:
        "Кардарлар (аты, телефону, дареги), заказдар (кардар, жеткирүү күнү, литр, бөтөлкө саны, төлөм түрү), жеткирүүлөр (күнү, айдоочу, машинанын номери). Төлөм түрү MBank же накталай болот. Ар бир заказ бир кардарга жана бир жеткирүүгө тиешелүү.",
      extras: [
        "Туристтерге боз үй жана ат минүү агамдын иши, ал бөлөк, ага тийбегиле. Курутту апам Ош базарында өзү сатат, аны кошпогула.",
        "Болду, ушул. Чоң рахмат!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Мен жана иним баарын көрөбүз. Кардарлар заказ берүү үчүн аккаунт ачышат. Айдоочуга логин керек эмес.",
    },
    expect: {
      kind: "web app",
      features: [
        "1-июндан 31-августка чейин",
        "бир литр 250 сом",
        "эң аз заказ 3 литр",
        "бөтөлкө 20 сом залог",
        "шейшемби жума",
        "бир күн мурун 18:00гө чейин",
        "10 литрден ашса жеткирүү бекер",
        "андан аз 150 сом",
        "MBank накталай",
        "300 литрден ашык",
        "SMS жеткирүүдөн мурун",
      ],
      tables: [
        { name: "кардарлар", fields: ["аты", "телефону", "дареги"] },
        { name: "заказдар", fields: ["кардар", "жеткирүү күнү", "литр", "бөтөлкө саны", "төлөм түрү"] },
        { name: "жеткирүүлөр", fields: ["күнү", "айдоочу", "машинанын номери"] },
      ],
      excluded: ["боз үй", "курут"],
      background: ["дептер", "WhatsApp"],
    },
  },
];
