import type { Persona } from "../persona-driver.js";

/**
 * The thirty-eighth round, held out: written without reading the interviewer and before
 * any spec was made from these people's words, and never run or tuned on before its first
 * unseen run. What each person expects was written from what they said, as a fair human
 * reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines and inline, in brackets on lines and inline, or told in
 * sentences ("For every boat we keep …", "For the customers I need …", "For every order I
 * need …"). Eight write in English, each in their own English and their own register, none
 * of them used before: Anguillian English from Sandy Ground ("Good morning", "boy, you
 * ain't know", "de results does get write", "eh-eh", "all o' we", "August Monday", "ah
 * tell you how it go", "leave dat out", "we ain't dealing wid dat", "Tanks plenty"), the
 * Ulster Scots English of mid-Antrim out the Cullybackey road, in long paragraphs ("Aye",
 * "A'm", "frae", "a wheen o' folk", "clabber", "scunnered", "thran", "houl on till A tell
 * ye", "thon", "forbye", "rightly", "we'll no be bothered wi' that", "that's nane o' oor
 * business", "Cheerio the now"), the Anglo-Indian English of Richards Town in Bangalore,
 * in long chatty paragraphs ("Hello child", "what men", "no men, don't even ask", "my
 * Granny's recipe", "itself", "kulkuls", "rose cookies", "not my headache", "don't put that
 * nonsense", "God bless you"), the English of Kathmandu, in short plain sentences
 * ("Namaste dai", "my buwa", "my aama", "Ke garne", "Tihar", "the ring road", "tempo", "no
 * need to put", "that is other business", "Dhanyabad"), Tobagonian English from Buccoo, in
 * lower-case fragments ("wha happenin", "me an de committee", "de goat dem", "cyah", "doh",
 * "fuh we", "not we ting", "leh dat be", "tanks"), the Yeshivish English of Lakewood, New
 * Jersey ("Baruch Hashem", "b'ezras Hashem", "a yungerman", "the oilam", "by us", "mamash",
 * "mehudar", "Erev Yom Tov", "the Rav", "bochurim", "I don't want to get involved", "it's
 * not shayach", "Gut Yom Tov"), the English of Mauritius as it is spoken in Rodrigues, in
 * short plain sentences ("Bonzour", "the ourite", "the lagon", "the Commission",
 * "actually", "a carnet", "pa konsern nou", "pa bizin", "Mersi boukou"), and the English of
 * Dhaka ("Assalamu alaikum bhai", "the mess manager", "the bazar", "the meal rate", "the
 * khala", "the current bill", "the bariwala", "actually", "that is not our matter", "no
 * need to keep"). One writes in Javanese (never used before, ngoko as a man by Lempuyangan
 * station in Yogyakarta types it on WhatsApp, with the Indonesian and English words Jogja
 * people really mix in: "app", "HP", "WA", "online", "login", "transfer", "Telkomsel",
 * "titipan", "penitip", "nasi kucing", "gorengan", "kopi joss", "dudu urusanku", "ora usah
 * dilebokke", "Matur nuwun"), and one in Luxembourgish (never used before, as the
 * president of a village youth club types it, with the French, German and English words
 * Luxembourgers really mix in: "Moien", "President", "Comité", "Website", "online",
 * "Excel-Fichier", "WhatsApp-Grupp", "Handy", "Message", "Bongen", "Pfand", "Kassier",
 * "Pompjeeën", "dat ass net eis Saach", "dat loosse mer ewech", "Merci villmools").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for the boat races of Anguilla (A class 26 feet and up, B class 20 to 25 feet and C class
 * under 20, EC$250 a boat for the season before the New Year's Day race, no more than 14
 * crew on an A class boat and every crew member 16 and up, 10 points to the first boat, 8
 * and 6 to the next and 1 to every other boat that finishes, a boat over the line before
 * the gun sent back round, a race over 25 knots of wind moved to the next Sunday with a
 * message to everybody, the results up the same evening, the boat with the most points in
 * each class the champion), the esrogim and lulavim sold out of a Lakewood garage before
 * Sukkos (a basic set $55, a mehudar esrog from $90 with its own price, no esrog out
 * unless the Rav checked it, an esrog held 48 hours, $10 off a set for the bochurim from
 * BMG, extra hadassim $5 a bunch, aravos $3 a bundle only the morning of Hoshana Rabbah,
 * pickup between Yom Kippur and Sukkos from 10 to 10, closed Shabbos) and the
 * Buergbrennen of a Luxembourg village (the Christmas trees put down online with a 5 €
 * gift and picked up the second Saturday of January, only without baubles and tinsel and
 * only in the village itself, a token 2,50 €, a Glühwäin 1 token and Gromperekichelcher 2,
 * 1 € deposit on the cup, every member at least 2 shifts of 2 hours, no alcohol under 16,
 * the fire moved to the next Sunday when the fire chief says the wind is too strong, a
 * list for the treasurer at the end of the night); phone apps for an Anglo-Indian widow's
 * Christmas cake and goodies (plum cake ₹900 a kilo and ₹475 the half, eggless ₹100 more a
 * kilo, kulkuls and rose cookies ₹500 a kilo and not less than half a kilo, marzipan ₹600
 * a box, 50% advance on GPay, cake orders closed on the 15th of December, the oven 25 kilo
 * of cake a day, pickup from the 20th to the 24th, delivery only in Richards Town, Cooke
 * Town and Frazer Town for ₹100), the Buccoo goat race on Easter Tuesday (goats registered
 * by Holy Saturday at TT$150 a goat, every goat seen by the vet the morning of the race,
 * jockeys 18 and up, heats of 6 goats with the first 2 to the final, a goat that leaves
 * the track out, a jockey who hits a goat out, a jockey running 2 goats at most, TT$3,000,
 * TT$1,500 and TT$750 in the final) and an angkringan's food left on consignment by the
 * neighbours by Lempuyangan station (nasi kucing Rp3.000 with Rp500 to the angkringan,
 * gorengan Rp1.000 with Rp200, sate Rp2.500 with Rp500, nothing taken after 5 in the
 * afternoon, 50 packs of nasi kucing a day at most from one neighbour, what is not sold
 * given back and not paid, everyone paid the next morning when they fetch what is left,
 * a WhatsApp to each of them every night when the stall closes, his own kopi joss and es
 * teh written down too); a program in C# on a ploughing society's Windows laptop in a
 * field with no signal and no power (six classes at £15 and the juniors under 18 £5, plot
 * numbers drawn from a hat, a man in one class only, 4 hours for the horses and 3 for the
 * tractors from 10 o'clock, 5 points off anyone not finished, the opening, the crown, the
 * general work and the finish each out of 20 and a tie to the better finish, £50, £30 and
 * £20 in every class and the Champion Cup to the best plot, the results for the Ballymena
 * Guardian); a command-line tool in Python with SQLite for a Rodrigues women octopus
 * fishers' association (fresh ourite Rs 110 a kilo and dried Rs 900, none bought under 500
 * grammes, the fisher card number at every sale, 5% to the fund, paid every Friday in
 * cash, nothing bought in the closed season the Commission sets, a report to the
 * Commission every month), with commands and flags; a service without screens, in Node.js
 * with Express and MySQL, that a Kathmandu gas depot's customer app and delivery boys' app
 * call (a refill Rs 1,910 at the Nepal Oil Corporation's price, delivery Rs 50 inside the
 * ring road and Rs 100 outside, orders before 11 the same day, no delivery on Saturday,
 * one refill in 15 days a house in a shortage, 20 cylinders a trip, cash, eSewa or Khalti,
 * a cylinder 200 grams short changed free, the full and empty cylinders every evening); and
 * a TypeScript package that a Dhaka bachelor mess app and its dashboard both use for the
 * month's meal rate (the bazar over the meals, a guest's meal to the member who brought
 * him, the Friday special lunch 1.5 meals, 30 meals a month at least, the current, gas and
 * Wi-Fi bills and the khala's salary shared equally, half the fixed share for a member
 * away more than 15 days, the advance taken off and the rest given back, the meal rate to 2
 * decimals and the amounts rounded to the taka). The Tobago committee man answers in
 * lower-case fragments, the Kathmandu developer and the Rodrigues secretary in short plain
 * sentences, the ploughing secretary, the Richards Town baker and the Lakewood yungerman in
 * long paragraphs, the angkringan man in short WhatsApp lines, the others in between.
 *
 * Relations said plainly ("Every result is one boat in one race, and every crew member
 * sail on one boat", "Every entry's the one ploughman in the one class, an' every mark is
 * the one judge's for the one entry", "Every order is for one customer, child", "One order
 * is for one customer, and one delivery boy takes it", "every goat got one owner. every run
 * is one goat an one jockey in one heat", "Every order is for one customer and has one
 * esrog", "Every catch is one fisher's", "Saben titipan kuwi duweke siji penitip", "All
 * Schicht ass vun engem Member un engem Stand"); allowed values in brackets (how an order
 * is paid and its status, whether a tree was picked up) and in sentences (an esrog's kind
 * and grade, eggless or not, delivery or pickup, dried yes or no); background in a
 * whiteboard by the jetty and the radio, a biscuit tin and a blackboard, an old LIC diary,
 * the landline, foolscap sheets, a legal pad, a carnet, a khata, a buku tulis and an
 * Excel-Fichier; technology named as C# on Windows, Node.js with Express and MySQL, Python
 * with SQLite and TypeScript, and none at all by six of them; "no" said as "leave dat
 * out", "we ain't dealing wid dat", "we'll no be bothered wi' that", "that's nane o' oor
 * business", "not my headache", "don't put that nonsense", "no need to put", "that is
 * other business", "not we ting", "leh dat be", "I don't want to get involved", "it's not
 * shayach to this", "pa konsern nou", "pa bizin", "that is not our matter", "no need to
 * keep", "dudu urusanku", "ora usah dilebokke", "dat ass net eis Saach", "dat loosse mer
 * ewech"; while rules keep their "no" ("the boat can't sail", "there's nae pickin' an'
 * choosin'", "no men, don't even ask", "Saturday there is no delivery", "sick goat cyah
 * run", "No esrog goes out unless the Rav checked it", "we do not buy at all", "ora
 * dibayar", "Keen Alkohol fir Jugendlecher ënner 16 Joer").
 *
 * The Richards Town baker takes the area off the customers and puts a message for the
 * cake on the orders, the Tobago committee man takes the age off the goats and puts the
 * ear tag on, and the angkringan man takes the address off the penitip and adds their bank
 * account number, each after "Change something" at "Your data"; the ploughing secretary
 * puts the make of the tractor on the entries, the Kathmandu developer adds a landmark to
 * the customers, the Lakewood yungerman renames the orders (Sets) and the Luxembourg youth
 * club president takes the phone off the trees ("huelt den Telefon bei de Beem eraus"),
 * each at the review. Javanese and Luxembourgish are written in Latin letters, so their
 * expected words are in the forms the person used (as "nasi kucing Rp3.000 Rp500", "ora
 * payu dibalekke", "Becher 1 € Pfand"), Luxembourgish compared with its accents taken off
 * ("Chrëschtbam" as "Chreschtbam"); every expected feature was checked to be in one
 * sentence the person said, and the excluded words of all ten were checked not to read
 * like anything they want (not "sukkah" for the esrogim, whose stem is near "Sukkos", and
 * not "Cocos" for Rodrigues, whose stem begins "coconut").
 */
export const THIRTY_EIGHTH_ROUND: readonly Persona[] = [
  {
    id: "sandy-ground-boat-racing",
    who: "The secretary of the boat racing committee at Sandy Ground in Anguilla, in Anguillian English ('Good morning', 'boy, you ain't know', 'de results does get write', 'eh-eh', 'all o' we', 'August Monday', 'ah tell you how it go', 'leave dat out', 'we ain't dealing wid dat', 'Tanks plenty'): a website where the skippers put in their crew, the committee sees everything and everybody home and overseas sees the results, A class 26 feet and up, B class 20 to 25 feet and C class under 20, EC$250 a boat for the season paid before the New Year's Day race, no more than 14 crew on an A class boat and every crew member 16 and up, 10 points to the first boat, 8 to the second, 6 to the third and 1 to every other boat that finishes, a boat over the line before the gun sent back round or disqualified, a race over 25 knots of wind called off and moved to the next Sunday with a message to everybody, the results on the website the same evening, the boat with the most points in each class the champion; records told in sentences ('For every boat we keep …', 'For the crew we keep …'), every result one boat in one race and every crew member on one boat; a whiteboard by the jetty and the radio today; the food booths 'leave dat out', the pageants 'we ain't dealing wid dat'",
    says: {
      overview:
        "Good morning. My name is Clement Hodge, I'm the secretary for the boat racing committee over at Sandy Ground. Boat racing is the national sport in Anguilla, boy, you ain't know? The big wooden boats, no engine, just the sail and the crew hanging off the side for weight. We race from New Year's Day right through to August Monday, when the whole island come down on the beach. Right now de results does get write on a whiteboard by the jetty and read out on the radio, and dat's it. Eh-eh, last August two boats both say they win the B class and it nearly had a fight on the beach, and the Anguillians in St Martin and New York calling me whole night to know who win. So we want a website where the skippers put in their crew and all o' we could see the results, home and away.",
      walkthrough:
        "Ah tell you how it go.\n\nWe have three classes. A class is the big boats, 26 feet and up. B class is 20 to 25 feet, and C class is anything under 20.\n\nEvery boat pay EC$250 to enter for the season, and dat must pay before the New Year's Day race or the boat can't sail.\n\nAn A class boat can't carry more than 14 crew, and every crew member must be 16 and up.\n\nIn every race the first boat get 10 points, the second 8, the third 6, and every other boat that finish get 1 point.\n\nIf a boat cross the line before the gun, it have to go back round and start again, or it get disqualified.\n\nIf the wind over 25 knots the race call off and move to the next Sunday, and everybody must get a message.\n\nThe results must go on the website the same evening, because half of Anguilla living overseas and they watching.\n\nAt the end of the season the boat with the most points in every class is the champion.",
      things:
        "For every boat we keep the name, the class, the length, the owner, the skipper and the sponsor. For the crew we keep the name, the age and the boat he sail on. For the races we keep the date, the bay and the course. And the results is the race, the boat, the position it come in and the points. Every result is one boat in one race, and every crew member sail on one boat.",
      extras: [
        "The food booths on the beach, dat is the village people and the Tourist Board, leave dat out. And the pageants and the calypso show, dat is Carnival business, we ain't dealing wid dat.",
        "Dat's all. Tanks plenty, and come down for August Monday!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the committee see everything. Every skipper log in to put in his crew. Everybody else just look at the results, no account.",
    },
    expect: {
      kind: "web app",
      features: [
        "A class 26 feet",
        "B class 20 to 25 feet",
        "C class under 20",
        "EC$250 season",
        "before New Year's Day race",
        "A class 14 crew",
        "crew member 16",
        "first 10 points",
        "other boat finish 1 point",
        "line before gun back round",
        "wind 25 knots next Sunday",
        "results website same evening",
        "most points champion",
      ],
      tables: [
        { name: "boats", fields: ["name", "class", "length", "owner", "skipper", "sponsor"] },
        { name: "crew", fields: ["name", "age", "boat"] },
        { name: "races", fields: ["date", "bay", "course"] },
        { name: "results", fields: ["race", "boat", "position", "points"] },
      ],
      excluded: ["booth", "pageant"],
      background: ["whiteboard", "radio"],
    },
  },
  {
    id: "cullybackey-ploughing-match",
    who: "The secretary of a ploughing society out the Cullybackey road from Ballymena, in the Ulster Scots English of mid-Antrim, in long paragraphs ('Aye', 'A'm', 'frae', 'a wheen o' folk', 'clabber', 'scunnered', 'thran', 'houl on till A tell ye', 'thon', 'forbye', 'rightly', 'we'll no be bothered wi' that', 'that's nane o' oor business', 'Cheerio the now'): a program in C# his grandson makes for the society's Windows laptop because there is no signal and no power in the field, six classes at £15 to enter and the juniors under 18 £5, every ploughman drawing his plot number out of a hat, a man in the one class only, 4 hours for the horses and 3 for the tractors from 10 o'clock, 5 points off anyone not finished when the time is up, the opening, the crown, the general work and the finish each marked out of 20 and a tie going to the most points for the finish, £50, £30 and £20 in every class and the Champion Cup for the best plot in the field, the results typed for the Ballymena Guardian; records in brackets on lines, every entry one ploughman in one class and every mark one judge's for one entry; a biscuit tin of forms, a feed bag and a blackboard today; the dinner dance 'we'll no be bothered wi' that', the raffle 'that's nane o' oor business'; C# on Windows; the make of the tractor put on the entries at the review",
    says: {
      overview:
        "Aye, hello there. Sammy McKinstry's the name, A'm the secretary o' the ploughing society out the Cullybackey road frae Ballymena, an' A've been at it near twenty year. Every October we have oor match in a stubble field some farmer lends us, horses, vintage tractors an' the big modern reversibles, an' a wheen o' folk come oot tae watch, clabber or nae clabber. At the minute the entries come in on wee forms that A keep in a biscuit tin, an' the judges' marks get added up on the back o' a feed bag an' chalked on a blackboard at the tea tent. Last year A added a man's marks wrang an' gave the cup tae the wrong fella, an' A was that scunnered A near didnae come back. So ma grandson Jordan, he's at the Tech in Ballymena, says he'll make us a program for the society's laptop.",
      more: "There's nae signal at all doon in thon fields, an' nae power forbye the generator for the tea urn, so it has tae work on the laptop itsel' an' print the results on the wee printer.",
      walkthrough:
        "Right, houl on till A tell ye. There's six classes: horses, vintage trailed, vintage hydraulic, conventional, reversible an' the juniors. Every class is £15 tae enter, only the juniors under 18 pay £5, we want tae keep the young ones comin'.\n\nEvery ploughman draws his plot number oot o' a hat on the mornin', there's nae pickin' an' choosin', for some o' them's that thran they'd argue aboot the slope o' the field. A man can only plough in the one class on the day, nae matter how many tractors he has in the shed.\n\nThe horses get 4 hours an' the tractors get 3 hours, an' everybody starts at 10 o'clock when A blow the whistle. Anybody that's no finished when the time's up loses 5 points, an' there's nae arguin' aboot it.\n\nThe judges mark every plot on the opening, the crown, the general work an' the finish, each one oot o' 20. If it's a tie, whoever has the most points for the finish takes it.\n\nIn every class first gets £50, second £30 an' third £20, an' the best plot in the whole field gets the Champion Cup. Then at night A send the results tae the Ballymena Guardian, an' they want them typed, no scribbled on a bit o' paper.",
      things:
        "Ploughmen (name, address, phone, date of birth)\nClasses (name, entry fee, hours)\nEntries (ploughman, class, plot number, paid)\nJudges (name, phone)\nMarks (entry, judge, opening, crown, general work, finish)\nEvery entry's the one ploughman in the one class, an' every mark is the one judge's for the one entry.",
      extras: [
        "The dinner dance in the hotel efter, that's the ladies' committee, we'll no be bothered wi' that. An' the raffle, that's nane o' oor business either.",
        "Naw, that's it. Cheerio the now, an' thanks.",
      ],
      tech: "Jordan says C#, on the Windows laptop. A wouldnae know one frae the other, but he's a clever wee lad.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Nae logins. It's only masel' an' the treasurer on that laptop.",
      Technology: "I have preferences",
    },
    atReview: [
      "Aye, that's rightly. Only one thing A forgot: put the make o' the tractor on the entries, Fergie, Ford, David Brown an' that, for the Guardian likes tae print it. Cheerio.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "class £15",
        "juniors under 18 £5",
        "plot number hat",
        "plough one class",
        "horses 4 hours",
        "tractors 3 hours",
        "starts 10 o'clock",
        "finished time 5 points",
        "opening crown general work finish 20",
        "tie most points finish",
        "first £50 second £30 third £20",
        "best plot Champion Cup",
        "results Ballymena Guardian",
      ],
      tables: [
        { name: "ploughmen", fields: ["name", "address", "phone", "date of birth"] },
        { name: "classes", fields: ["name", "entry fee", "hours"] },
        { name: "entries", fields: ["ploughman", "class", "plot number", "paid", "make"] },
        { name: "judges", fields: ["name", "phone"] },
        { name: "marks", fields: ["entry", "judge", "opening", "crown", "general work", "finish"] },
      ],
      excluded: ["dance", "raffle"],
      background: ["biscuit tin", "blackboard"],
      stack: ["C#"],
    },
  },
  {
    id: "richards-town-christmas-goodies",
    who: "An Anglo-Indian widow who bakes the Christmas cake and goodies in her kitchen in Richards Town, Bangalore, in Anglo-Indian English, in long chatty paragraphs ('Hello child', 'what men', 'no men, don't even ask', 'my Granny's recipe', 'from September itself', 'kulkuls', 'rose cookies', 'I could have died of shame', 'not my headache', 'don't put that nonsense', 'God bless you'): a phone app for her and her daughter-in-law, plum cake ₹900 a kilo and ₹475 for half a kilo, eggless ₹100 more a kilo, kulkuls and rose cookies ₹500 a kilo and not less than half a kilo, marzipan ₹600 a box, 50% advance on GPay before she starts, cake orders closed on the 15th of December, the oven 25 kilo of cake a day and no more cake taken for a day once it is full, pickup at the house from the 20th to the 24th, delivery by her grandson only in Richards Town, Cooke Town and Frazer Town for ₹100; records told in sentences ('For the customers I need …', 'For every order I need …') with eggless or not and delivery or pickup, every order for one customer; her late husband's old LIC diary today; the Christmas Ball tickets 'not my headache', wine 'don't put that nonsense'; the area taken off the customers and a message for the cake put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hello child, I'm Doreen Gardner, Mrs. Gardner to the whole of Richards Town. Every December I bake the Christmas cake and the goodies in my kitchen here, my Granny's recipe, the fruit soaking in rum from September itself. Kulkuls, rose cookies, marzipan, the works. Half of Richards Town, Cooke Town and Frazer Town orders from me, and now even the young fellows in the IT companies want a proper Anglo-Indian Christmas. Right now everything goes in my late husband's old LIC diary, and what men, last year I forgot two whole orders, Mrs. Pinto's and the Lobo boys', and they came on Christmas Eve and I had nothing to give them. I could have died of shame. So my son says he'll make me an app on the phone, for me and my daughter-in-law Sharon.",
      more: "The internet at home is fine, men, the Airtel fellow came and fixed it last month.",
      walkthrough:
        "See, it's like this. The plum cake is ₹900 a kilo and ₹475 for half a kilo, and these days everybody wants eggless, so eggless is ₹100 more a kilo, it's more trouble, what to do.\n\nKulkuls and rose cookies are ₹500 a kilo, and not less than half a kilo, I'm not packing a handful of kulkuls for anybody. The marzipan is ₹600 a box, twenty-four pieces in a box, all colours.\n\nEveryone pays 50% advance on GPay when they order, otherwise I don't start, and the rest when they collect.\n\nCake orders close on the 15th of December, after that no more, no men, don't even ask, the fruit is finished.\n\nMy oven does only 25 kilo of cake a day, so once a day has 25 kilo booked the app must not take any more cake for that day.\n\nPickup is from the 20th to the 24th, here at the house, 10 to 7.\n\nDelivery only in Richards Town, Cooke Town and Frazer Town, my grandson goes on his scooter, ₹100. Anybody else comes and collects, I'm not sending that boy across Bangalore in that traffic.",
      things:
        "For the customers I need the name, the phone number and the area. For every order I need the customer, the pickup date, how many kilos of cake, eggless or not, the kulkuls, the rose cookies, how many boxes of marzipan, the advance, the total, and delivery or pickup. Every order is for one customer, child, even if the whole family comes to collect.",
      thingsChange:
        "Take out the area, men, I know where everybody lives, I've known them since they were in nappies. And put one thing on the orders for the message on the cake, 'Happy Christmas Nana' and all that, they all want something written now.",
      extras: [
        "The Christmas Ball tickets at the Institute, Sheila Rozario does that, not my headache. And wine, I don't sell wine, men, the Excise fellows will come and catch me, don't put that nonsense.",
        "That's all, child. God bless you, and Happy Christmas in advance!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "Only me and Sharon. The customers just phone or send a WhatsApp, they don't need any login.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "plum cake ₹900 a kilo",
        "₹475 half a kilo",
        "eggless ₹100 more",
        "kulkuls rose cookies ₹500 a kilo",
        "kulkuls half a kilo",
        "marzipan ₹600 a box",
        "50% advance GPay",
        "cake orders close 15th December",
        "oven 25 kilo a day",
        "pickup 20th to 24th",
        "delivery Richards Town Cooke Town Frazer Town ₹100",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone number"] },
        {
          name: "orders",
          fields: [
            "customer",
            "pickup date",
            "cake",
            "eggless",
            "kulkuls",
            "rose cookies",
            "marzipan",
            "advance",
            "total",
            "delivery",
            "message",
          ],
        },
      ],
      excluded: ["ball", "wine"],
      background: ["diary"],
    },
  },
  {
    id: "kalanki-gas-depot",
    who: "A developer in Lalitpur whose father runs a cooking gas depot at Kalanki in Kathmandu, in the English of Kathmandu, in short plain sentences ('Namaste dai', 'my buwa', 'my aama', 'Ke garne', 'Tihar', 'the ring road', 'tempo', 'one by one', 'no need to put', 'that is other business', 'Dhanyabad'): a service without screens, in Node.js with Express and MySQL, that a friend's customer app and the delivery boys' app call, a refill Rs 1,910 at the price Nepal Oil Corporation fixes, delivery Rs 50 inside the ring road and Rs 100 outside, orders before 11 in the morning delivered the same day and after 11 the next day, no delivery on Saturday, one refill in 15 days a house when there is a shortage, a delivery boy 20 cylinders at most in one trip, cash, eSewa or Khalti, a cylinder 200 grams or more short changed free, the full and empty cylinders in the depot every evening; records after colons on lines with how an order is paid and its status in brackets, every order for one customer taken by one delivery boy; the landline and a register today; the gas stoves and regulators 'no need to put', the big cylinders for hotels 'that is other business'; Node.js with Express and MySQL; a landmark added to the customers at the review",
    says: {
      overview:
        "Namaste dai. I am Bikash Maharjan, a developer in Lalitpur. My buwa runs a cooking gas depot at Kalanki. We sell refills of the 14.2 kg cylinders to about 2,000 houses. Now the customers call the landline and my aama writes in a big register. When there is a shortage, everyone calls at the same time and the line is busy whole day. Last Tihar we gave three cylinders to one house and some old people got nothing. Ke garne. My friend Sujan is making the customer app and the app for the delivery boys. I will make the service behind both. No screens from my side.",
      walkthrough:
        "Ok, one by one.\n\nOne refill is Rs 1,910. Nepal Oil Corporation fixes the price, so we must change it when they change.\n\nDelivery inside the ring road is Rs 50. Outside the ring road is Rs 100.\n\nOrders before 11 in the morning are delivered the same day. After 11, next day.\n\nSaturday there is no delivery. The depot is closed.\n\nWhen there is a shortage, one house gets only one refill in 15 days. We check the citizenship number for that.\n\nOne delivery boy takes maximum 20 cylinders in one trip in his tempo.\n\nCustomers pay cash, eSewa or Khalti.\n\nIf the customer weighs the cylinder and it is 200 grams or more short, we change it free.\n\nEvery evening my buwa must know how many full and empty cylinders are in the depot.",
      things:
        "Customers: name, phone, address, ward, citizenship number\nDelivery boys: name, phone, tempo number\nOrders: customer, delivery boy, date, cylinders, delivery charge, paid by (cash, eSewa, Khalti), status (new, on the way, delivered)\nStock: date, full cylinders, empty cylinders\nOne order is for one customer, and one delivery boy takes it.",
      extras: [
        "The gas stoves and regulators we sell in the shop, no need to put. And the big cylinders for hotels, that is other business, it has a separate license.",
        "That's all dai. Dhanyabad!",
      ],
      tech: "Node.js with Express, and MySQL. I use that in my office.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "No one logs in to it. The customer app and the delivery boys' app each have their own key.",
      Technology: "I have preferences",
      "Back end": "Node.js with Express",
      Database: "MySQL",
    },
    atReview: [
      "It is good. One more thing, please add landmark in the customers. In Kathmandu the houses have no number, we say near the Ganesh temple, behind the school. Dhanyabad.",
    ],
    expect: {
      kind: "api service",
      features: [
        "refill Rs 1,910",
        "Nepal Oil Corporation price",
        "inside ring road Rs 50",
        "outside ring road Rs 100",
        "before 11 same day",
        "Saturday delivery",
        "shortage one refill 15 days",
        "20 cylinders one trip",
        "cash eSewa Khalti",
        "200 grams short change free",
        "evening full empty cylinders",
      ],
      tables: [
        {
          name: "customers",
          fields: ["name", "phone", "address", "ward", "citizenship number", "landmark"],
        },
        { name: "delivery boys", fields: ["name", "phone", "tempo number"] },
        {
          name: "orders",
          fields: ["customer", "delivery boy", "date", "cylinders", "delivery charge", "paid by", "status"],
        },
        { name: "stock", fields: ["date", "full cylinders", "empty cylinders"] },
      ],
      excluded: ["stove", "hotel"],
      background: ["landline"],
      stack: ["Node.js", "Express", "MySQL"],
    },
  },
  {
    id: "buccoo-goat-race",
    who: "A man on the committee of the Easter Tuesday goat race in Buccoo, Tobago, in Tobagonian English, in lower-case fragments ('wha happenin', 'me an de committee', 'de goat dem', 'since 1925 it going', 'cyah', 'doh', 'fuh we', 'not we ting', 'leh dat be', 'tanks'): a phone app for him, the starter and the two judges that works when the signal at the track drops and sends after, goats registered by Holy Saturday at TT$150 a goat, every goat checked by the vet the morning of the race and a sick goat not running, jockeys 18 and up, heats of 6 goats with the first 2 from every heat to the final, a goat that leaves the track out, a jockey who hits the goat out, one jockey running 2 goats at most, TT$3,000, TT$1,500 and TT$750 in the final; records after dashes on lines, every goat one owner's and every run one goat and one jockey in one heat; foolscap sheets today; the crab race 'not we ting', the beer and the music 'leh dat be'; the age taken off the goats and the ear tag put on after 'Change something' at 'Your data'",
    says: {
      overview:
        "wha happenin. kerwin from buccoo. me an de committee run de goat race every easter tuesday, since 1925 it going. goats racing, jockeys running barefoot behind dem holding de rope. right now everyting on foolscap sheets an somebody shouting de heats on de mic. last year 2 goats had de same number an nobody know who really win heat 3. want a app on de phone fuh we",
      more: "signal at de track does drop when de whole island come down. it need to work anyhow an send after",
      walkthrough:
        "goats must register by holy saturday, after dat no\nTT$150 a goat\nvet check every goat de morning of de race. sick goat cyah run\njockey must be 18 an up\nheats of 6 goats, first 2 from every heat go to de final\ngoat leave de track, it out\njockey hit de goat wid anyting, he out\none jockey run 2 goats most\nfinal: TT$3,000 first, TT$1,500 second, TT$750 third",
      things:
        "- goats - name, number, owner, colour, age\n- owners - name, phone, village\n- jockeys - name, phone, age\n- heats - number, time\n- runs - heat, goat, jockey, place\nevery goat got one owner. every run is one goat an one jockey in one heat",
      thingsChange: "take off de age from de goats. put de ear tag number, de vet go by dat",
      extras: [
        "de crab race is de village council, not we ting. de beer an de music, leh dat be",
        "dat is it. tanks",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "me, de starter an de 2 judges. owners doh need it",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "register holy saturday",
        "TT$150 a goat",
        "vet morning race",
        "jockey 18",
        "heats 6 goats",
        "first 2 final",
        "goat leave track",
        "jockey hit goat",
        "jockey 2 goats",
        "TT$3,000 first",
      ],
      tables: [
        { name: "goats", fields: ["name", "number", "owner", "colour", "ear tag"] },
        { name: "owners", fields: ["name", "phone", "village"] },
        { name: "jockeys", fields: ["name", "phone", "age"] },
        { name: "heats", fields: ["number", "time"] },
        { name: "runs", fields: ["heat", "goat", "jockey", "place"] },
      ],
      excluded: ["crab", "beer"],
      background: ["foolscap"],
    },
  },
  {
    id: "lakewood-esrog-sets",
    who: "A yungerman in Lakewood, New Jersey, who sells esrogim and lulavim before Sukkos out of his garage off Forest Avenue with his brother-in-law, in the Yeshivish English of Lakewood, in one long paragraph at a time ('Baruch Hashem', 'b'ezras Hashem', 'the oilam', 'by us', 'mamash', 'mehudar', 'Erev Yom Tov', 'the Rav', 'bochurim', 'I don't want to get involved', 'it's not shayach', 'Gut Yom Tov'): a website that works from a computer as well, for half the customers have flip phones, where people order their sets and pick a time to come and the two of them see everything, a basic set $55, a mehudar esrog from $90 and up with its own price, no esrog out unless the Rav checked it and every esrog numbered, an esrog held 48 hours and then back on the table, $10 off a set for the bochurim from BMG, extra hadassim $5 a bunch, aravos $3 a bundle only the morning of Hoshana Rabbah, pickup between Yom Kippur and Sukkos from 10 to 10, closed Shabbos; records in brackets inline with an esrog's kind and grade told in a sentence, every order for one customer with one esrog; a legal pad today; the sukkahs and the schach 'I don't want to get involved', the silver esrog boxes 'it's not shayach'; the orders renamed Sets at the review",
    says: {
      overview:
        "Hi, Baruch Hashem. My name is Avrohom Weiss, I'm a yungerman in Lakewood, and every year before Sukkos my brother-in-law Shmuly and I sell esrogim and lulavim out of my garage off Forest Avenue. We've been doing it eight years already, b'ezras Hashem it keeps growing. Right now people call the house and my wife writes it on a legal pad, and half the oilam has flip phones so there's no texting. Last year two people paid for the same mehudar esrog and one of them came Erev Yom Tov and it was gone, mamash a whole tumult in my driveway. So we want a website where people order their sets and pick a time to come, and we see everything, and it has to work from a regular computer because a lot of people don't have smartphones.",
      walkthrough:
        "So here's how it works by us. A basic set is $55, that's an esrog, a lulav, 3 hadassim and 2 aravos. A mehudar esrog is from $90 and up, every esrog has its own price. No esrog goes out unless the Rav checked it, and every esrog has a number so we know which one is which. Someone can hold an esrog for 48 hours, after that it goes back on the table. Bochurim from BMG get $10 off a set, that's our thing. Extra hadassim are $5 a bunch. Aravos for Hoshana Rabbah are $3 a bundle, and only the morning of Hoshana Rabbah because they dry out. Pickup is between Yom Kippur and Sukkos, 10 in the morning to 10 at night, and we're closed Shabbos obviously.",
      things:
        "Customers (name, phone, email, shul), Esrogim (number, kind, grade, price, checked by the Rav), Orders (customer, esrog, lulav, hadassim, aravos, total, paid, pickup time). The kind is Yanover, Moroccan or Israeli, and the grade is A, B or mehudar. Every order is for one customer and has one esrog.",
      extras: [
        "The sukkahs and the schach, that's my brother-in-law's other business on Route 9, I don't want to get involved. And the silver esrog boxes my wife's cousin sells, it's not shayach to this.",
        "That's it. Thanks so much, Gut Yom Tov!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Shmuly and I see everything. Customers make an account with their phone number to order and see their set.",
    },
    atReview: [
      "Looks good, thanks. Just one thing, where it says Orders, put Sets. By us nobody says order, it's 'did you pick up your set yet'. Gut Yom Tov.",
    ],
    expect: {
      kind: "web app",
      features: [
        "basic set $55",
        "mehudar esrog $90",
        "Rav checked",
        "hold esrog 48 hours",
        "bochurim BMG $10 off",
        "hadassim $5 a bunch",
        "aravos Hoshana Rabbah $3",
        "pickup Yom Kippur Sukkos",
        "closed Shabbos",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "email", "shul"] },
        { name: "esrogim", fields: ["number", "kind", "grade", "price", "checked"] },
        {
          name: "sets",
          fields: ["customer", "esrog", "lulav", "hadassim", "aravos", "total", "paid", "pickup time"],
        },
      ],
      excluded: ["schach", "silver"],
      background: ["legal pad"],
    },
  },
  {
    id: "rodrigues-ourite-buying",
    who: "The secretary of a women octopus fishers' association at Port Sud-Est in Rodrigues, in the English of Mauritius as it is spoken in Rodrigues, in short plain sentences ('Bonzour', 'the ourite', 'the lagon', 'the Commission', 'actually', 'a carnet', 'pa konsern nou', 'pa bizin', 'Mersi boukou'): a Python command-line tool with SQLite that her nephew writes for the association's old laptop with no good internet, fresh ourite Rs 110 a kilo and dried ourite Rs 900 a kilo, no ourite under 500 grammes bought and put back in the lagon, every woman's fisher card number shown when she sells, 5% of every sale kept for the association's fund, the women paid every Friday in cash, nothing bought in the closed season whose dates the Commission gives, a report to the Commission every month with the kilos of every woman and every zone; records after colons inline with dried yes or no, every catch one fisher's and every payment for one fisher; a carnet today; the tourist trips to the islets 'pa konsern nou', the pickles and achards 'pa bizin'; commands and flags; Python and SQLite",
    says: {
      overview:
        "Bonzour. I am Marie-Josée Perrine. I am the secretary of an association of women octopus fishers at Port Sud-Est, in Rodrigues. We are 42 women. We walk in the lagon at low tide and catch the ourite with a stick. The association buys the ourite from the women and sells it to the factory in Port Mathurin, fresh or dried. Now the buyer writes everything in a carnet. Actually every Friday there is a problem, a woman says her kilos are not right. Last month the carnet fell in the sea. My nephew Jean-Noël studied computers in Mauritius. He will make a program for the association laptop.",
      more: "The internet is not good at Port Sud-Est. The laptop stays in the association office, the program must work on it alone.",
      walkthrough:
        "Fresh ourite is Rs 110 a kilo.\n\nDried ourite is Rs 900 a kilo.\n\nAn ourite under 500 grammes we do not buy. The woman must put it back in the lagon.\n\nEvery woman must show her fisher card number when she sells.\n\nThe association keeps 5% of every sale for the fund.\n\nThe women are paid every Friday, in cash.\n\nThe Commission gives the dates when the octopus fishing is closed. In the closed season we do not buy at all.\n\nEvery month we send a report to the Commission, the kilos of every woman and of every zone of the lagon.",
      commands:
        'Jean-Noël says like this: zourit fisher add --name "Marie-Ange Legentil" --card 1043 --village "Port Sud-Est", zourit buy --fisher 7 --kilos 3.4 --zone "Grand Lagon" --dried, zourit close --from 2025-08-15 --to 2025-10-15, zourit pay --week 36, zourit report --month 2025-09. I only type what he tells me.',
      things:
        "Fishers: name, card number, village, phone. Catches: fisher, date, zone, kilos, dried yes or no, amount. Payments: fisher, date, amount. Every catch is one fisher's, and every payment is for one fisher.",
      extras: [
        "The tourist trips to the islets in the lagon, that is the boat men, pa konsern nou. And the pickles and achards the women make at home, pa bizin.",
        "That is all. Mersi boukou.",
      ],
      tech: "Python, Jean-Noël says, with SQLite. The laptop is old but it works.",
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
        "fresh ourite Rs 110 a kilo",
        "dried ourite Rs 900 a kilo",
        "ourite under 500",
        "fisher card number",
        "5% fund",
        "paid every Friday cash",
        "closed season buy",
        "report Commission every month",
      ],
      tables: [
        { name: "fishers", fields: ["name", "card number", "village", "phone"] },
        { name: "catches", fields: ["fisher", "date", "zone", "kilos", "dried", "amount"] },
        { name: "payments", fields: ["fisher", "date", "amount"] },
      ],
      excluded: ["tourist", "pickle"],
      background: ["carnet"],
      stack: ["Python", "SQLite"],
      commands: [
        "fisher add",
        "buy",
        "close",
        "pay",
        "report",
        "--name",
        "--card",
        "--village",
        "--fisher",
        "--kilos",
        "--zone",
        "--dried",
        "--from",
        "--to",
        "--week",
        "--month",
      ],
    },
  },
  {
    id: "mohammadpur-mess-meal-rate",
    who: "A developer in Dhaka who lived eight years in bachelor messes in Mohammadpur, in the English of Dhaka ('Assalamu alaikum bhai', 'the mess manager', 'the bazar', 'the meal rate', 'the khala', 'the current bill', 'the bariwala', 'actually', 'that is not our matter', 'no need to keep', 'Thank you bhai'): a TypeScript package on the team's private npm that a mess app in React Native and its Next.js dashboard both use, nothing kept, the meal rate the month's total bazar divided by all the members' meals, each member paying his meals times the meal rate, a guest's meal counted to the member who brought him, the Friday special lunch counted 1.5 meals, every member counted at least 30 meals a month, the current, gas and Wi-Fi bills and the khala's salary divided equally, a member away more than 15 days paying half of that fixed share and not held to the 30 meals, the month's advance taken off and the rest given back by the manager when it is minus, the meal rate shown to 2 decimals and the final amounts rounded to the taka; the manager's khata and his phone calculator today; the seat rent to the bariwala 'that is not our matter', the mess picnic 'no need to keep'; TypeScript",
    says: {
      overview:
        "Assalamu alaikum bhai. I am Tanvir Hasan, a developer in Dhaka. Before marriage I lived eight years in bachelor messes in Mohammadpur. In a mess 8 or 10 boys share a flat, one is the mess manager for the month, he does the bazar, and at month end everybody pays by the meal rate. The manager writes the bazar in a khata and calculates on his phone, and actually every month end there is a fight, somebody says he ate less. Some friends are making a mess app, Android and a small dashboard. I will make the calculation as one package that both use, so the meal rate is the same everywhere.",
      more: "It will keep nothing. The app gives it the month's bazar, the meals, the bills and the advances, and it gives back what each member owes or gets back.",
      walkthrough:
        "Ok bhai, see.\n\nThe meal rate is the total bazar cost of the month divided by the total meals of all members.\n\nEach member pays his meals multiplied by the meal rate.\n\nA guest meal is counted to the member who brought the guest.\n\nThe Friday special lunch, biryani or khichuri, counts 1.5 meal.\n\nEvery member is counted minimum 30 meals a month, even if he ate less.\n\nThe current bill, gas bill, Wi-Fi bill and the khala's salary are divided equally among all members.\n\nA member who was away more than 15 days, like going home for Eid, pays half of that fixed share, and the minimum meals is not for him.\n\nEach member gives advance to the manager at the start of the month. At month end the advance is subtracted, and if it is minus the manager gives him back.\n\nThe meal rate is shown with 2 decimals, and the final amounts are rounded to the taka.",
      extras: [
        "The seat rent everybody pays to the bariwala directly, that is not our matter. And the mess picnic collection, no need to keep.",
        "That's all. Thank you bhai!",
      ],
      tech: "TypeScript. The app is React Native and the dashboard is Next.js, so a TypeScript package on our private npm, both will install it.",
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
        "meal rate total bazar total meals",
        "meals multiplied meal rate",
        "guest meal member",
        "Friday special lunch 1.5 meal",
        "minimum 30 meals",
        "current gas Wi-Fi khala equally",
        "away 15 days half",
        "advance subtracted",
        "minus manager back",
        "meal rate 2 decimals",
        "rounded taka",
      ],
      tables: [],
      excluded: ["rent", "picnic"],
      background: ["khata"],
      stack: ["TypeScript"],
    },
  },
  {
    id: "lempuyangan-angkringan-titipan",
    who: "A man who runs an angkringan by the road near Lempuyangan station in Yogyakarta, in Javanese (never used before, ngoko as he types it on WhatsApp, in short lines, with the Indonesian and English words Jogja people really mix in: 'app', 'HP', 'WA', 'login', 'transfer', 'Telkomsel', 'titipan', 'penitip', 'nasi kucing', 'gorengan', 'kopi joss', 'dudu urusanku', 'ora usah dilebokke', 'Matur nuwun'): a phone app for him and his wife for the food the neighbours leave on consignment, nasi kucing Rp3.000 with Rp500 a pack to him, gorengan Rp1.000 with Rp200, sate Rp2.500 with Rp500, nothing taken after 5 in the afternoon, 50 packs of nasi kucing a day at most from one penitip, what is not sold given back and not paid, the penitip paid the next morning when they fetch what is left, a WhatsApp to every penitip every night at closing with what sold, what came back and the money, his own kopi joss Rp5.000 and es teh Rp3.000 written down too; records after dashes inline, every titipan one penitip's; a buku tulis today; the parking money 'dudu urusanku', the loose cigarettes 'ora usah dilebokke'; the address taken off the penitip and the bank account number added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Sugeng sonten mas. Aku Sugiyanto, biasane diceluk Lik Yanto. Aku duwe angkringan nang pinggir dalan cedhak Stasiun Lempuyangan, Jogja, bukak saka jam 5 sore nganti jam 2 bengi. Panganan sing tak dol akeh-akehe titipan saka tangga-tangga: nasi kucing, gorengan, sate usus, sate telur puyuh. Saiki kabeh tak tulis nang buku tulis, tapi tulisanku elek, wingi Bu Narti ngamuk amarga duwite kurang Rp15.000. Aku pengin app nang HP kanggo aku karo bojoku.",
      more: "Sinyal Telkomsel nang kono lancar, ora masalah.",
      walkthrough:
        "Ngene carane mas.\nNasi kucing regane Rp3.000, aku njupuk Rp500 saben bungkus.\nGorengan Rp1.000, aku njupuk Rp200.\nSate Rp2.500, aku njupuk Rp500.\nNitip paling telat jam 5 sore, luwih seka kuwi ora tak tampa.\nSiji penitip paling akeh 50 bungkus nasi kucing sedina, ben ora kakehan.\nSing ora payu dibalekke marang penitip, ora dibayar.\nPenitip dibayar sesuk esuk pas njupuk sisane.\nSaben bengi pas tutup, penitip dikirimi WA: payu pira, bali pira, oleh duwit pira.\nKopi joss Rp5.000 lan es teh Rp3.000 kuwi duweku dhewe, dudu titipan, nanging ya dicatet.",
      things:
        "Penitip - jeneng, nomer WA, alamat. Titipan - penitip, tanggal, panganan, cacah, rega. Bayaran - penitip, tanggal, payu, bali, duwit. Saben titipan kuwi duweke siji penitip.",
      thingsChange:
        "Alamat penitip ora usah, aku wis ngerti omahe kabeh. Tambahke nomer rekening, saiki ana sing njaluk ditransfer.",
      extras: [
        "Duwit parkir kuwi urusane tukang parkir, dudu urusanku. Rokok ketengan sing tak dol ora usah dilebokke.",
        "Wis, kuwi thok. Matur nuwun mas!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "Aku karo bojoku wae. Penitip ora usah login, cukup dikirimi WA.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "nasi kucing Rp3.000 Rp500",
        "gorengan Rp1.000 Rp200",
        "sate Rp2.500 Rp500",
        "nitip jam 5 sore",
        "50 bungkus nasi kucing sedina",
        "ora payu dibalekke",
        "dibayar sesuk esuk",
        "penitip dikirimi WA",
        "kopi joss Rp5.000",
      ],
      tables: [
        { name: "penitip", fields: ["jeneng", "nomer WA", "nomer rekening"] },
        { name: "titipan", fields: ["penitip", "tanggal", "panganan", "cacah", "rega"] },
        { name: "bayaran", fields: ["penitip", "tanggal", "payu", "bali", "duwit"] },
      ],
      excluded: ["parkir", "rokok"],
      background: ["buku tulis"],
    },
  },
  {
    id: "biwer-buergbrennen",
    who: "The president of the youth club (Jugend) of Biwer in the east of Luxembourg, which puts on the Buergbrennen, in Luxembourgish (never used before, as he types it, with the French, German and English words Luxembourgers really mix in: 'Moien', 'President', 'Comité', 'Website', 'online', 'Excel-Fichier', 'WhatsApp-Grupp', 'Handy', 'Message', 'Bongen', 'Pfand', 'Kassier', 'Pompjeeën', 'dat ass net eis Saach', 'dat loosse mer ewech', 'Merci villmools'): a website where people put their Christmas tree down for collection, the members take their shifts and the committee sees everything, the tree put down online with a 5 € gift and picked up the second Saturday of January, only a tree without baubles and tinsel in front of the door and only in the village itself, a token 2,50 € on the night, a Glühwäin 1 token and Gromperekichelcher 2 tokens, 1 € deposit on the cup, every member at least 2 shifts of 2 hours, no alcohol for anyone under 16, the fire moved to the next Sunday when the fire chief says the wind is too strong with a message to the members, a list for the treasurer at the end of the night of the tokens sold and the money in the till; records after colons on lines with picked up yes or no in brackets, every shift one member's at one stand; an Excel-Fichier and a WhatsApp-Grupp today; the tombola 'dat ass net eis Saach', the Nightrider home 'dat loosse mer ewech'; the phone taken off the trees at the review",
    says: {
      overview:
        "Moien! Ech sinn de Jeff Kieffer, President vun der Jugend zu Biwer. All Joer op den éischte Fastesonndeg organiséiere mir de Buergbrennen: am Januar sammele mir d'Chrëschtbeem am Duerf, bauen domat d'Buerg, an um Owend gëtt se verbrannt, mat Stänn fir Glühwäin a Gromperekichelcher. Am Moment ass alles an engem Excel-Fichier an an enger WhatsApp-Grupp, an d'lescht Joer stoung um Stand vum Glühwäin véier Stonne laang keen, well jiddereen geduecht huet, en anere wier do. Mir hätte gär eng Website, wou d'Leit hire Bam umellen, d'Membere sech hir Schichten huelen, an de Comité alles gesäit.",
      walkthrough:
        "Also, esou geet et.\n\nD'Leit mellen hire Chrëschtbam online un a ginn 5 € Don, a mir huelen en den zweete Samschdeg am Januar op.\n\nDe Bam muss ouni Kugelen a Lametta virun der Dier stoen, soss huele mer en net mat.\n\nMir huelen nëmme Beem am Duerf selwer op, net an den Nopeschdierfer.\n\nUm Owend vum Buergbrennen bezillt een mat Bongen. E Bong kascht 2,50 €. E Glühwäin ass 1 Bong, eng Portioun Gromperekichelcher 2 Bongen.\n\nFir de Becher vum Glühwäin gëtt et 1 € Pfand.\n\nAll Member mécht mindestens 2 Schichte vun 2 Stonnen.\n\nKeen Alkohol fir Jugendlecher ënner 16 Joer.\n\nWann et ze vill Wand huet, decidéiert de Pompjeeschef, an da gëtt d'Buerg den nächste Sonndeg verbrannt. D'Membere mussen dann e Message kréien.\n\nUm Enn vum Owend brauch de Kassier eng Lëscht: wéivill Bonge verkaaft goufen a wéivill Suen an der Keess sinn.",
      things:
        "Memberen: Numm, Virnumm, Handy, Gebuertsdatum\nStänn: Numm, Verantwortlechen\nSchichten: Member, Stand, Dag, Ufank, Enn\nBeem: Numm, Adress, Telefon, Don, opgeholl (jo oder nee)\nAll Schicht ass vun engem Member un engem Stand.",
      extras: [
        "D'Tombola mécht de Frëndeskrees vun der Musek, dat ass net eis Saach. An den Nightrider fir heem, dat loosse mer ewech.",
        "Dat wier et. Merci villmools!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "De Comité gesäit alles. D'Membere loggen sech an, fir hir Schichten ze huelen. D'Leit mat de Beem brauche kee Kont.",
    },
    atReview: [
      "Dat gesäit gutt aus. Just eng Saach: huelt den Telefon bei de Beem eraus, d'Adress geet duer. Merci villmools!",
    ],
    expect: {
      kind: "web app",
      features: [
        "Chrëschtbam 5 € Don",
        "zweete Samschdeg Januar",
        "ouni Kugelen Lametta",
        "nëmme Beem Duerf selwer",
        "Bong 2,50 €",
        "Glühwäin 1 Bong",
        "Gromperekichelcher 2 Bongen",
        "Becher 1 € Pfand",
        "2 Schichte 2 Stonnen",
        "Alkohol ënner 16",
        "Wand Pompjeeschef nächste Sonndeg",
        "Kassier Lëscht Bonge",
      ],
      tables: [
        { name: "Memberen", fields: ["Numm", "Virnumm", "Handy", "Gebuertsdatum"] },
        { name: "Stänn", fields: ["Numm", "Verantwortlechen"] },
        { name: "Schichten", fields: ["Member", "Stand", "Dag", "Ufank", "Enn"] },
        { name: "Beem", fields: ["Numm", "Adress", "Don", "opgeholl"] },
      ],
      excluded: ["Tombola", "Nightrider"],
      background: ["Excel"],
    },
  },
];
