import type { Persona } from "../persona-driver.js";

/**
 * The fifty-sixth round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records told in sentences ("Every shop has
 * …", "Every customer has …", "Her gelniň …", "Her sargytda …"), spread over sentences
 * ("For every member we need …", "For every ensayo, …", "The payments are …", "We need the
 * buyers, with …"), in brackets inline in lower case ("kids (name, age, phone, …)"), after
 * colons on lines ("cargadores: name, dpi, phone, …"), after dashes on lines ("- customers
 * - name, phone, city, address", "- Parons: non, telefon, paîs"), with what a value may be
 * in brackets ("what they do (drum, dance, flags or a character)", "the kind (chico,
 * repique or piano)"), and none at all from the library, whose rules come numbered. Eight
 * write in English, each in their own English and their own register, none of them used
 * before (every round-*.ts, index.ts and held-out.ts was searched, their doc comments and
 * every `who`: the Texan English of the Hill Country, the ranch English of Montana's
 * Hi-Line and the Utah English of Lehi were used, no English of Iowa was, nor "Iowa",
 * "Pella", "Des Moines", "detassel", "tassel" or "Casey's"; the Anglo-Argentine English of
 * Hurlingham and the Chilean English of Valparaíso were used and Guaraní was written in
 * Itauguá, no English of Uruguay was, nor "Uruguay", "Montevideo", "Barrio Sur",
 * "candombe", "comparsa", "Llamadas", "tamboril", "gramillero", "escobero", "mama vieja",
 * "murga", "gurises", "cédula", "Isla de Flores" or "Intendencia"; the Englishes of the
 * Gulf, Amman, Beirut, Cairo and Basra were used, no English of Syria was, nor "Syria",
 * "Aleppo", "Halab", "laurel", "masbana", "sabun", "Yislamu", "Latakia" or "Gaziantep",
 * "ghar" only inside Jodhpur's "Ghanta Ghar", "daftar" only inside a Swahili "daftari" and
 * "marhaba" only in Amman; the Samoan English of Lalomanu, the Cook Islands English of
 * Aitutaki, the English of Niue and the iTaukei Fijian English of Taveuni were used, no
 * English of Tuvalu was, nor "Tuvalu", "Funafuti", "Fongafale", "maneapa", "fatele",
 * "Fakafetai" or "frangipani", "Talofa" only in Lalomanu; Mexican Spanish was written and
 * the Chicano, Tejano and Oaxacan Englishes used, no English of Guatemala was, nor
 * "Guatemala", "chapín", "chilero", "cabal", "patojo", "cucurucho", "hermandad", "Semana
 * Santa", "Nazareno", "Dolorosa", "túnica", "alfombra", "quetzal" or "va pues", "Antigua"
 * only for the island of Antigua; the Guam English of Hagåtña, the Pohnpeian
 * English of Kolonia and the English of Chuuk were used, no English of Palau was, nor
 * "Koror", "Babeldaob", "Malakal", "storyboard", "udoud", "Ngibtal", "Chuab", "Sulang" or
 * "ungil", "Palau" only inside a Finnish word; the English of Chennai was used and Tamil
 * was written in Velachery, no English of Pondicherry was, nor "Pondicherry", "Pondy",
 * "Puducherry", "White Town", "Auroville", "pétanque", "boulodrome", "triplette" or
 * "poule", "bonjour" only in a Beirut "hi bonjour"; the Pakistani Englishes of Lahore and
 * Karachi were used and Urdu and Pashto were written, no English of Gilgit-Baltistan was,
 * nor "Hunza", "Karimabad", "Aliabad", "Gilgit", "Karakoram", "KKH", "apricot", "Ya Ali
 * Madad", "down country" or "TCS", "JazzCash" and "EasyPaisa" only at a Peshawar truck art
 * workshop): the Iowa English of Pella, in lower-case fragments ("hey there", "ope", "walkin
 * the rows", "the casey's lot", "lit her up", "real quick", "thats his deal not ours", "nah
 * leave that out", "thanks a ton"), the Uruguayan English of Montevideo, in long paragraphs
 * ("bo", "ta", "re tiring", "posta", "the cuerda", "the ensayos", "gurises", "my mate",
 * "qué vergüenza", "another group, not ours", "no, ta", "un abrazo grande, chau"), the
 * Syrian English of Aleppo, in short plain sentences ("Marhaba", "Halab", "the masbana",
 * "sabun ghar", "a daftar", "wallah", "the day's rate", "This is my cousin's work, not
 * ours", "We do not make it", "Yislamu"), the Tuvaluan English of Funafuti, in short plain
 * sentences ("Talofa", "the fou", "titi", "the maneapa", "plane days", "USP", "a big
 * shame for our group", "That is the youth group, not ours", "Fakafetai lasi"), the
 * Guatemalan English of Antigua Guatemala, in lower-case fragments ("qué onda vos", "the
 * hermandad", "the anda", "a turno", "qué pena", "cabal", "va pues", "nel", "not the
 * hermandad's thing", "skip that", "chilero, gracias"), the Palauan English of Koror, in
 * long paragraphs ("Alii", "my uncle them", "the bai", "so shame", "already", "that's his
 * business, not ours", "please don't put it", "Sulang"), the English of Pondicherry with
 * its Tamil and its French, in between and numbered ("Bonjour, vanakkam", "the White
 * Town", "the French time itself", "full fight", "what to do", "simply", "ok ya", "leave
 * it", "Merci, bye"), and the English of Hunza, in between ("Ya Ali Madad", "down
 * country", "the KKH", "jee", "InshaAllah", "so much shame for us", "bilkul not", "that is
 * my uncle's business, not ours", "no need to put", "Shukriya"). One writes in Friulian
 * (never used before: Italian, Neapolitan, Sicilian and Corsican were written, Friulian
 * never, nor "Friuli", "Furlan", "Carnia", "Cjargne", "Sutrio", "malghe", "formadi",
 * "scuete", "spongje", "casâr", "pesade", "Michêl", "agriturisim" or "Graciis", "Mandi"
 * only as a Malay and a Hindi "mandi" and inside "Mandinka" and "mandir"; as a young
 * programmer from a Carnic family types it, in between, in the official spelling, with the
 * words a mountain village really uses: "Mandi", "la malghe", "te Cjargne", "i parons",
 * "vacje di lat", "manzis", "il casâr", "formadi", "scuete", "spongje", "la pesade", "San
 * Michêl", "cuader", "telefonin", "linie", "nol è afâr nestri", "no stait a metilu",
 * "Graciis di cûr"), and one in Turkmen (never used before: Turkish was written in İzmir
 * and Azerbaijani in Baku, and Uzbek, Kazakh and Kyrgyz were written, Turkmen never, nor
 * "Turkmen", "Aşgabat", "Ashgabat", "keşde", "kürte", "keteni", "toý", "ussahana", "şaý"
 * or "Sag boluň", "manat" only in Baku and "Mary" only in the Legion of Mary; as a
 * dressmaker in Mary types it, in between, in Latin letters, with the words a Turkmen town
 * really uses: "Salam", "ussahana", "gelin köýnek", "kürte", "keşde", "keteni", "barhat",
 * "toý", "depder", "kompýuter", "internet", "programma", "manat", "bu biziň işimiz däl",
 * "goýmaň", "Köp sag boluň").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Barrio Sur candombe comparsa's members (ensayos every Sunday at 19:00 from October
 * and Thursdays from January, 8 of the last 10 ensayos to go out in the Llamadas, 60
 * tambores at most, 600 pesos a month and 3 months owed keeping you out, the vestuario at
 * 4,500 pesos in 3 payments, gurises under 15 never in the cuerda, out for the season at
 * the second warning for drinking, 10 tambores lent for a first year), a Koror family's
 * storyboard carvings (mahogany or ironwood at 30% more, $120, $350 and $700 for 12, 24 and
 * 36 inches, a legend from the list and a family's own story only after a talk, half by
 * card, 6 weeks or 3 months, signed on the back, Palau post at US rates and $40 for the
 * fumigation certificate, no copies of the bai boards, no deposit back once carving) and a
 * Karimabad family's dried apricots and kernel oil (fresh only in July and never down
 * country, dried from September without sulphur, Rs 1,400 and Rs 2,000 a kilo and Rs 1,800
 * a bottle, 2 kilos or a bottle at the least, TCS with the courier the customer's, paid
 * first or cash on delivery only in Gilgit and Hunza, orders waiting when the KKH is
 * closed, nothing abroad, 10% less from 20 kilos); phone apps for a Funafuti women's
 * group's flower garlands (2 days ahead, $10 and $15 a fou and $40 a titi, 40 fou a day,
 * Independence Day orders closed on September 20, cash at the maneapa or at the month's end
 * for churches and offices, the airport an hour before the plane, none on Sunday, 10% to
 * the church) and a malghe above Sutrio (June 20 to San Michêl, no cow without the vet's
 * certificate, 90 and 50 euros, the milk weighed twice and the cheese shared by it, 60 days
 * at the malghe, the ricotta and butter the malghe's, 80 head at most, no heifer under a
 * year, a dead cow the owner's insurance), the second working offline; programs on one
 * computer for an Aleppo soap workshop (cooked November to March, 3 tonnes a cooking, the
 * family seal on every bar, 6 months in the towers at least, 5%, 15%, 25% and 40% laurel at
 * 3, 4.5, 6 and 9 dollars a kilo paid in pounds at the day's rate, 50 kilos at least, half
 * and half, the truck the shop's, a paper with every order) and a Mary dressmaker's wedding
 * dresses (a month ahead, measured only at the workshop, keteni or barhat, 2500, 1800 and
 * 3000 manat and 400 for a collar, half in advance, two fittings, 30% more under two
 * weeks, two orders an embroiderer, alterations free for a month); a service without
 * screens, in Django REST framework with PostgreSQL, for an Antigua hermandad's procession
 * turnos (January 15 to Ash Wednesday, the Nazareno for men and the Dolorosa for women,
 * Q150 and Q500 for the salida and the entrada, 16 and over with the DPI, 2 a person, made
 * up by height, the túnica own or Q75, no card no carrying, no refunds but a turno passed to
 * the same height, card or cash); a Dart library for a Pondicherry pétanque club's July 14
 * tournament (triplettes, games to 13, poules of 4, two of one club never in one poule,
 * wins, then points for minus against, then the game between the two, the first two
 * through, no poule's two meeting in the knockout's first round, 13-0 for a team 15 minutes
 * late); and a command-line tool in Python with SQLite for a Pella detasseling crew (12 by
 * July 1 and a parent's form under 16, $12 and $14 an hour, a $150 bonus for the season,
 * the bus from the Casey's lot at 5:30, 12 kids a crew leader, 2 hours at least for a rain
 * day, a failed field walked again, paid on Friday, phones on the bus, out after 3
 * no-shows), with commands and flags. The Pella developer and the Antigua developer answer
 * in lower-case fragments, the Barrio Sur secretary and the Koror bank clerk in long
 * paragraphs, the Aleppo soap maker and the Funafuti secretary in short plain sentences,
 * the others in between.
 *
 * Relations said plainly ("every workday is 1 kid on 1 day, a crew has 12 kids max", "One
 * member has many payments, and one ensayo has many members", "One order is for one shop
 * from one batch", "One order is for one customer. One order is made by one woman", "every
 * purchase is 1 cargador n 1 turno, a cargador has 2 max", "One order is one board for one
 * buyer, and one carver carves it", "One order is for one customer, one customer can have
 * many orders", "Une vacje e je di un paron sôl", "Bir sargyt bir gelniňki"); allowed
 * values in the lists and sentences themselves (form signed y/n, no-show y/n, cuota or
 * vestuario, half paid or not, sent or not, picked up or not, paid or not, men or women,
 * paid y/n, card picked up y/n, túnica rented y/n, deposit paid or not, mailed or not,
 * vacje di lat o manze, dât o no, köýnek ýa-da kürte, öňünden töleg tölendi ýa-da
 * tölenmedi, alyndy ýa-da alynmady) and in brackets (what a member does, a tambor's kind);
 * background in a binder and paper time cards, a notebook and a WhatsApp group, a daftar,
 * a notebook and Facebook messages, a paper list and an Excel, Facebook messages and a
 * clipboard, a whiteboard and a calculator, WhatsApp and a register, a cuader and loose
 * sheets (fueis), a depder; technology named as Python with SQLite, Django with PostgreSQL
 * and Dart, and none at all by seven of them; "no" said as "thats his deal not ours", "nah
 * leave that out", "another group, not ours, don't put it", "no, ta", "This is my cousin's
 * work, not ours", "We do not make it", "That is the youth group, not ours", "We do not make
 * them", "not the hermandad's thing", "skip that", "that's his business, not ours", "please
 * don't put it", "leave it", "that is the committee's business, not the library's", "that is
 * my uncle's business, not ours", "no need to put", "nol è afâr nestri", "no stait a
 * metilu", "bu biziň işimiz däl", "goýmaň"; while rules keep their "no" ("quit early no
 * bonus", "u dont work that day", "doesn't go out in the Llamadas", "never drum in the
 * cuerda", "we never sell soap younger than 6 months", "we do not send", "not more", "No fou
 * on Sunday", "after that nel", "no card no carrying", "no refunds", "We don't carve copies",
 * "the deposit does not come back", "never put in the same poule", "never meet", "we don't
 * send fresh apricots down country", "We don't send abroad", "cence certificât no va sù",
 * "no vegnin sù", "no nô", "iki sargytdan köp almaýar").
 *
 * The Barrio Sur secretary takes the date they joined off the members and puts the size of
 * the costume on them, the Karimabad teacher takes the city off the customers and puts the
 * TCS number on the orders, and the Carnic programmer takes the village (paîs) off the
 * owners (parons) and puts the date of the vet's certificate (date dal certificât dal
 * veterinari) on the cows (vacjis), each after "Change something" at "Your data"; the Pella
 * developer puts bonus paid y/n on the kids, the Koror bank clerk puts the tracking number
 * on the orders, the Pondicherry developer takes the 60 minute time limit out of the
 * tournament and the Mary dressmaker puts the measurements (ölçegler) on the orders
 * (sargyt), each at the review. Friulian and Turkmen, both in Latin letters, are compared
 * by their own words, accents and all, so their expected words are in the forms the person
 * used (as "vacje di lat 90 euros pe estât manze 50 euros", "keteni köýnek 2500 manat
 * barhat köýnek 1800 manat kürte 3000 manat"); every expected feature was checked to be in
 * one sentence the person said, and the excluded words of all ten were checked not to read
 * like anything they want (not "corn" for the uncle's weeding and the sweet corn stand,
 * when seed corn is the whole job, but "beans" and "sweet corn"; not "tambores" or "club"
 * for the murga and the paid parties, but "murga" and "birthdays"; not "soap" for the
 * liquid soap and the cousin's sales abroad, when soap is the whole trade, but "shampoo"
 * and "Europe"; not "flowers" or "dance" for the fatele and the shells, when a titi is a
 * dance skirt, but "fatele" and "necklaces"; not "church" or "streets" for the neighbours'
 * carpets and the stands, but "alfombras" and "food stands"; not "boat" or "money" for the
 * tours and the udoud, when boards are mailed and paid for, but "tours" and "udoud"; not
 * "tournament" for the bar and the envelopes, but "food" and "prizes"; not "orchards" for
 * the neighbour's cherries, when the family's orchards are the whole trade, but "cherries"
 * and "guest house"; not "malghe" for the sister-in-law's meals and the bikes, when the
 * malghe is the whole trade, but "agriturisim" and "bicicletis"; not "köýnek" for the
 * rentals, when dresses are the whole trade, but "kireýine" and "şaý-sep").
 */
export const FIFTY_SIXTH_ROUND: readonly Persona[] = [
  {
    id: "pella-detasseling-crew",
    who: "A developer in Des Moines who does backend work for an insurance company and whose mom, back home in Pella, runs a detasseling crew every July for a seed company, about 60 kids from 12 up walking the rows and pulling the tassels off the seed corn for three weeks, in the Iowa English of Pella, in lower-case fragments ('hey there', 'ope', 'my mom', 'the seed company', 'walkin the rows', \"the casey's lot\", 'lit her up', 'in pella of all places', 'real quick', 'thats his deal not ours', 'nah leave that out', 'thanks a ton'): a Python command-line tool with SQLite on his mom's laptop, one file and nothing online, kids 12 by July 1 and a parent's signature on the form under 16, $12 an hour at 12 and 13 and $14 from 14 up, a $150 bonus for finishing the season and none for quitting early, the bus out of the Casey's lot at 5:30 sharp and no work that day for missing it, a crew one leader 16 or older and 12 kids at most, everybody back on the bus for rain or lightning with 2 hours paid at least for showing up, a field that fails the seed company's check walked again the same day, payday every Friday by check or direct deposit, phones left on the bus, done for the season after 3 no-shows; records in brackets inline with form signed y/n and no-show y/n in them, every workday one kid on one day and a crew with 12 kids at most; a binder, paper time cards and a group text with the parents today; his uncle's bean walking \"thats his deal not ours\", the sweet corn stand at the end of their lane 'nah leave that out'; bonus paid y/n put on the kids at the review; commands and flags; Python and SQLite",
    says: {
      overview:
        "hey there. jake here, from pella, iowa, live in des moines now n do backend stuff for an insurance company. every july my mom runs a detasseling crew for one of the seed companies, like 60 kids 12 n up walkin the rows pullin tassels off the seed corn for about 3 weeks. rn its a binder, paper time cards n a group text w the parents. last summer a stack of time cards got left on the bus over the weekend n 9 kids got shorted a whole day on their checks, n one of the dads lit her up on facebook, in pella of all places. so im makin her a command line thing for her laptop real quick, shes pretty handy on it",
      more: "just my mom on her laptop at the kitchen table. one sqlite file, nothin online, she doesnt want the kids info floatin around",
      walkthrough:
        "ok so how it works\n- kids gotta be 12 by july 1, under 16 needs a parent to sign the form\n- $12 an hour for 12 n 13 year olds, $14 for 14 n up\n- finish the whole season n u get a $150 bonus, quit early no bonus\n- the bus leaves the casey's lot at 5:30 sharp, miss it n u dont work that day\n- a crew is 1 crew leader 16 or older n 12 kids max\n- rain or lightning everybody back on the bus, u still get paid 2 hrs min for showin up\n- if the seed company's check fails a field the crew walks it again the same day\n- payday every friday, check or direct deposit\n- phones stay on the bus\n- 3 no-shows n ur done for the season",
      things:
        "kids (name, age, phone, parent phone, form signed y/n, crew), crews (number, leader), workdays (kid, date, hours, no-show y/n). every workday is 1 kid on 1 day, a crew has 12 kids max",
      commands:
        "somethin like: tassel hire --name 'emma de jong' --age 13 --form, tassel crew --kid 22 --crew 4, tassel day --date 2025-07-14 --hours 6.5 (everybody that rode the bus), tassel rain --date 2025-07-15 (2 hrs for everybody), tassel noshow --kid 22 --date 2025-07-16, tassel payroll --week 2025-07-18, tassel bonus (who finished the season), tassel bus (who rides tomorrow). she'll get the hang of it",
      extras: [
        "ope, yeah, my uncle walks beans for farmers in august, pullin weeds outta the soybeans, thats his deal not ours. n the sweet corn stand at the end of our lane, nah leave that out",
        "thats it. thanks a ton",
      ],
      tech: "python, typer for the commands n sqlite. one file on her laptop",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: [
      "looks good. one thing, put bonus paid y/n on the kids, so she knows who got their 150",
      "thats it. thanks a ton",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "kids 12 by july 1 under 16 needs a parent to sign the form",
        "$12 an hour for 12 n 13 year olds $14 for 14 n up",
        "finish the whole season $150 bonus quit early no bonus",
        "bus leaves the casey's lot at 5:30 sharp miss it u dont work that day",
        "crew is 1 crew leader 16 or older n 12 kids max",
        "rain or lightning everybody back on the bus paid 2 hrs min for showin up",
        "seed company's check fails a field the crew walks it again the same day",
        "payday every friday check or direct deposit",
        "phones stay on the bus",
        "3 no-shows done for the season",
      ],
      tables: [
        {
          name: "kids",
          fields: ["name", "age", "phone", "parent phone", "form signed y/n", "crew", "bonus paid y/n"],
        },
        { name: "crews", fields: ["number", "leader"] },
        { name: "workdays", fields: ["kid", "date", "hours", "no-show y/n"] },
      ],
      excluded: ["beans", "sweet corn"],
      background: ["binder", "time cards"],
      stack: ["Python", "SQLite"],
      commands: [
        "hire",
        "crew",
        "day",
        "rain",
        "noshow",
        "payroll",
        "bonus",
        "bus",
        "--name",
        "--age",
        "--form",
        "--kid",
        "--crew",
        "--date",
        "--hours",
        "--week",
      ],
    },
  },
  {
    id: "montevideo-candombe-comparsa",
    who: "The secretary of a small candombe comparsa in Barrio Sur, Montevideo, about 90 drummers, dancers, flag bearers and characters who rehearse in the street every Sunday from October and go out in the Desfile de Llamadas in February, in the Uruguayan English of Montevideo, in long paragraphs ('bo', 'ta', 're tiring', 'posta', 'the cuerda', 'the ensayos', 'gurises', 'with my mate', 'qué vergüenza', 'another group, not ours', 'no, ta', 'un abrazo grande, chau'): a website where every member logs in and sees the ensayos they came to and what they owe and she and the director of the cuerda see everything and the money, ensayos every Sunday at 19:00 from October to February and on Thursdays too from January, 8 of the last 10 ensayos to go out in the Llamadas, the cuerda 60 tambores at most chosen by attendance, a cuota of 600 pesos a month and more than 3 months owed keeping a member out of the Llamadas until paid, the vestuario 4,500 pesos in 3 payments before January 31, gurises under 15 dancing or carrying the flags with a paper signed by a parent and never drumming in the cuerda, nobody drinking at an ensayo and out for the season after the second warning, the comparsa's 10 tambores lent to new members for their first year; records spread over sentences ('For every member we need …', 'For every ensayo, …', 'The payments are …') with cuota or vestuario in them and what a member does and a tambor's kind in brackets, a member with many payments and an ensayo with many members; a notebook on the corner and a WhatsApp group of 90 people today; the murga rehearsing in the same club 'another group, not ours, don't put it', playing at birthdays and weddings for money 'no, ta'; the date they joined taken off the members and the size of the costume put on them after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hola! I'm Florencia Pereira, from Barrio Sur, in Montevideo, and I'm the secretary of a small candombe comparsa. We are about 90 people between the drummers, the dancers, the flags and the characters, the mama vieja, the gramillero and the escobero. Every Sunday from October we rehearse in the street, the ensayos, going down Isla de Flores with the tambores, and in February we go out in the Desfile de Llamadas, which is the most important night of the year for us, posta. Right now I write the attendance in a notebook on the corner with a pen that never works, and everything else goes in a WhatsApp group of 90 people that nobody reads, so you can imagine, bo. Last February the notebook was wrong and two drummers who came to every single ensayo stayed out of the Llamadas, while a guy who came twice went out, and the mother of one of them cried on the corner in front of everybody, qué vergüenza. My nephew Nacho studies engineering at the Universidad de la República and he says he will make us a website, so here I am, with my mate, telling you everything.",
      more: "Every member should log in and see the ensayos they came to and what they owe, because every Sunday somebody asks me 'Flor, how much do I owe?', re tiring. Beto, the director of the cuerda, and I see everything, also the money. The people who come to watch don't need anything, they just come to the street.",
      walkthrough:
        "Ta, so these are our rules, and I know it looks like a lot, but in a comparsa everybody thinks they are the exception.\n\nThe ensayos are every Sunday at 19:00 from October to February, and from January also on Thursdays, because the Llamadas are close and the cuerda has to sound like one.\n\nTo go out in the Llamadas you have to come to at least 8 of the last 10 ensayos, no exceptions, not even for my cousin, and I say it because he asked.\n\nThe cuerda can be 60 tambores at most, between chicos, repiques and pianos, and if more people want to drum, the director chooses by attendance.\n\nThe cuota is 600 pesos a month, and who owes more than 3 months doesn't go out in the Llamadas until they pay.\n\nThe vestuario, the costume for the Llamadas, is 4,500 pesos, paid in 3 payments before January 31.\n\nGurises under 15 can dance or carry the flags with a paper signed by the mother or the father, and they never drum in the cuerda, it's too heavy and too long for them.\n\nNobody drinks at the ensayo, and after the second warning you are out for the whole season. It happened once and it was horrible, but ta.\n\nThe comparsa has 10 tambores of its own that we lend to new members for their first year, after that they buy their own.",
      things:
        "For every member we need the name, the cédula, the phone, what they do (drum, dance, flags or a character) and the date they joined. For every ensayo, the date and who came. The payments are the member, the month, the amount and cuota or vestuario. And our tambores have a number, the kind (chico, repique or piano) and who has it lent. One member has many payments, and one ensayo has many members.",
      thingsChange:
        "Two things, bo. Take the date they joined off the members, nobody remembers it anyway, not even me. And put the size of the costume on the members, S, M, L or XL, because every year I chase everybody for it.",
      extras: [
        "The murga that rehearses in the same club is another group, not ours, don't put it. And sometimes people ask us to come and play at birthdays and weddings for money, no, ta, we are a comparsa, not a band you hire.",
        "That's all. Thank you so much, un abrazo grande, chau!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Beto and I see everything, also the money. Every member logs in and sees their ensayos and what they owe. The people who watch don't need an account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "ensayos every Sunday at 19:00 from October to February from January also on Thursdays",
        "go out in the Llamadas come to at least 8 of the last 10 ensayos",
        "cuerda 60 tambores at most director chooses by attendance",
        "cuota 600 pesos a month owes more than 3 months doesn't go out in the Llamadas",
        "vestuario 4,500 pesos 3 payments before January 31",
        "gurises under 15 dance or carry the flags paper signed by the mother or the father never drum in the cuerda",
        "nobody drinks at the ensayo second warning out for the whole season",
        "10 tambores of its own lend to new members for their first year",
      ],
      tables: [
        { name: "members", fields: ["name", "cédula", "phone", "what they do", "size of the costume"] },
        { name: "ensayos", fields: ["date", "who came"] },
        { name: "payments", fields: ["member", "month", "amount", "cuota or vestuario"] },
        { name: "tambores", fields: ["number", "kind", "who has it lent"] },
      ],
      excluded: ["murga", "birthdays"],
      background: ["notebook", "WhatsApp group"],
    },
  },
  {
    id: "aleppo-laurel-soap",
    who: "A man in Aleppo whose family has made laurel soap (sabun ghar) in a workshop (masbana) in the old city since his great-grandfather's time, the workshop burned in the war and opened again in 2019, selling to shops in Damascus, Homs and Latakia, in the Syrian English of Aleppo, in short plain sentences ('Marhaba', 'Halab', 'the masbana', 'sabun ghar', 'a daftar', 'wallah', 'the day's rate', 'the electricity comes four hours', \"This is my cousin's work, not ours\", 'We do not make it', 'Yislamu'): a program on the workshop computer with no password and no internet, for him and his father, soap cooked only from November to March, about 3 tonnes a cooking in the cauldron, the soap poured on the floor and cut and every bar stamped with the family seal, the bars dried in towers 6 months at least and never sold younger, four kinds by the laurel oil at 5%, 15%, 25% and 40%, 3, 4.5, 6 and 9 dollars a kilo paid in Syrian pounds at the day's rate, 50 kilos at least a shop, half on ordering and half when the truck leaves, the truck the shop's and nothing sent, a paper with the age of the soap and the laurel percent with every order; records told in sentences ('Every shop has …') with half paid or not and sent or not in them, an order one shop's from one batch and a batch with many orders; a daftar, a big notebook, today; his cousin's sales to Europe from Gaziantep \"This is my cousin's work, not ours\", liquid soap and shampoo 'We do not make it'",
    says: {
      overview:
        "Marhaba. My name is Ahmad Fansa. I am from Aleppo, Halab. My family makes laurel soap, sabun ghar, in the old city. My great-grandfather started the masbana, the soap workshop. In the war it burned. We opened again in 2019. We sell to shops in Damascus, Homs and Latakia. Now my father writes everything in a daftar, a big notebook. Last winter he sold the same 2 tonnes of 25% soap two times. One to a shop in Damascus, one to a shop in Latakia. The Latakia man came with his truck and went back empty. Wallah, it was a big shame. I studied informatics at the University of Aleppo. I will make a program for the workshop computer.",
      more: "The program is only for the computer in the workshop office. Only me and my father. No password. The electricity comes four hours a day, we have a battery. The internet is very weak. So it must work without internet.",
      walkthrough:
        "These are our rules.\nWe cook soap only from November to March. In summer it is too hot, the soap does not set.\nOne cooking in the cauldron gives about 3 tonnes.\nThe soap is poured on the floor, cut, and every bar is stamped with our family seal.\nThe bars dry in towers at least 6 months, we never sell soap younger than 6 months.\nWe have four kinds by the laurel oil: 5%, 15%, 25% and 40%.\nThe price is by kilo in dollars: 3 dollars, 4.5 dollars, 6 dollars and 9 dollars.\nThe shop pays in Syrian pounds at the day's rate.\nA shop orders 50 kilos at least.\nThe shop pays half when it orders, and half when the truck leaves.\nThe truck is the shop's, we do not send.\nEvery order has a paper with the age of the soap and the laurel percent.",
      things:
        "Every shop has a name, an owner, a phone and a city. Every batch has the cooking date, the laurel percent and the kilos. Every order has the shop, the batch, the kilos, half paid or not and sent or not. One order is for one shop from one batch. One batch has many orders.",
      extras: [
        "My cousin in Gaziantep sells our soap to Europe. This is my cousin's work, not ours. Some people ask for liquid soap and shampoo. We do not make it.",
        "That is all. Yislamu, thank you.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No password. Only my father and I use the computer in the workshop.",
    },
    expect: {
      kind: "desktop app",
      features: [
        "cook soap only from November to March",
        "one cooking in the cauldron about 3 tonnes",
        "poured on the floor cut every bar stamped with our family seal",
        "bars dry in towers at least 6 months never sell soap younger than 6 months",
        "four kinds by the laurel oil 5% 15% 25% 40%",
        "price by kilo in dollars 3 dollars 4.5 dollars 6 dollars 9 dollars",
        "pays in Syrian pounds at the day's rate",
        "shop orders 50 kilos at least",
        "pays half when it orders half when the truck leaves",
        "truck is the shop's we do not send",
        "every order paper with the age of the soap and the laurel percent",
      ],
      tables: [
        { name: "shops", fields: ["name", "owner", "phone", "city"] },
        { name: "batches", fields: ["cooking date", "laurel percent", "kilos"] },
        { name: "orders", fields: ["shop", "batch", "kilos", "half paid or not", "sent or not"] },
      ],
      excluded: ["Europe", "shampoo"],
      background: ["daftar"],
    },
  },
  {
    id: "funafuti-fou-garlands",
    who: "The secretary of a women's group in Funafuti, Tuvalu, 25 women who make fou, the flower garlands worn on the head, and titi, the dance skirts, for family flying in and out, weddings, church days and Independence Day, in the Tuvaluan English of Funafuti, in short plain sentences ('Talofa', 'the fou', 'titi', 'the maneapa', 'plane days', 'USP', 'a big shame for our group', 'That is the youth group, not ours', 'We do not make them', 'Fakafetai lasi'): a phone app, with the internet in Funafuti good enough now, for her and the treasurer to see everything and the money and the women the orders they must make, orders 2 days ahead at least because the flowers are picked the morning before, a fou $10 and a big fou $15, a titi $40 and a week to make, 40 fou a day at most, Independence Day orders closed on September 20, cash on pickup at the maneapa and the churches and government offices paying at the end of the month, the fou taken to the airport an hour before the plane on plane days, no fou on Sunday, 10% to the church and the rest to the woman who made it; records told in sentences ('Every customer has …') with picked up or not and paid or not in them, an order one customer's and made by one woman; a notebook, phone calls and Facebook messages today; the fatele dancing at weddings 'That is the youth group, not ours', shell necklaces for tourists 'We do not make them'",
    says: {
      overview:
        "Talofa. My name is Lusia Taafaki. I live in Funafuti, Tuvalu. I am the secretary of our women's group. We are 25 women. We make fou, the flower garlands for the head, and titi, the dance skirts. People buy fou for family flying in and out, for weddings, for church days and for Independence Day. Now the orders come by phone and Facebook messages. I write them in a notebook. Last year the Prime Minister's office ordered 60 fou for visitors from New Zealand. The same day we had a big wedding. We did not have enough flowers. The visitors got only 30 fou. It was a big shame for our group. My nephew studied IT at USP in Fiji. He will make an app for our phones.",
      more: "The app is for me, our treasurer and the women, on our phones. The treasurer and I see everything and the money. The women see the orders they must make. The internet in Funafuti is good enough now.",
      walkthrough:
        "These are our rules.\nOrders come at least 2 days before, because we pick the flowers the morning before.\nA fou is $10, and a big fou with more flowers is $15.\nA titi is $40, and it takes one week.\nWe make 40 fou a day, not more. We do not have more flowers.\nFor Independence Day, orders close on September 20.\nPeople pay cash when they pick up at the maneapa, and the churches and the government offices pay at the end of the month.\nOn plane days we bring the fou to the airport one hour before the plane.\nNo fou on Sunday. We go to church.\n10% goes to the church, the rest goes to the woman who made it.",
      things:
        "Every customer has a name, a phone and a family or office. Every order has the customer, the date, how many fou, how many big fou, how many titi, the woman, picked up or not, and paid or not. Every woman has a name and a phone. One order is for one customer. One order is made by one woman.",
      extras: [
        "People ask our group to dance the fatele at weddings. That is the youth group, not ours. Tourists ask for shell necklaces. We do not make them.",
        "That is all. Fakafetai lasi.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "The treasurer and I see everything and the money. The women log in and see the orders they make. Customers do not use the app.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "orders at least 2 days before pick the flowers the morning before",
        "fou is $10 big fou $15",
        "titi is $40 takes one week",
        "40 fou a day not more",
        "Independence Day orders close on September 20",
        "pay cash when they pick up at the maneapa churches and government offices pay at the end of the month",
        "plane days bring the fou to the airport one hour before the plane",
        "no fou on Sunday",
        "10% goes to the church rest goes to the woman who made it",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "family or office"] },
        {
          name: "orders",
          fields: [
            "customer",
            "date",
            "how many fou",
            "how many big fou",
            "how many titi",
            "woman",
            "picked up or not",
            "paid or not",
          ],
        },
        { name: "women", fields: ["name", "phone"] },
      ],
      excluded: ["fatele", "necklaces"],
      background: ["notebook", "Facebook"],
    },
  },
  {
    id: "antigua-guatemala-turnos-api",
    who: "A backend developer in Antigua Guatemala working remote for a company in Miami, whose dad is on the board (junta directiva) of the hermandad, the brotherhood, of a church in Antigua that carries the anda, the big float, of Jesús Nazareno and of the Virgen Dolorosa through the streets on Good Friday, the cucuruchos buying a turno to carry it for a stretch, in the Guatemalan English of Antigua, in lower-case fragments ('qué onda vos', 'my dad', 'the hermandad', 'the anda', 'a turno', 'qué pena', 'cabal', 'va pues', 'nel', \"not the hermandad's thing\", 'skip that', 'chilero, gracias'): a service without screens, in Django REST framework with PostgreSQL, that the hermandad's website, a tablet in the church office and the checkers' app on the day call, with API keys and him and his dad as admins and cargadores buying with a name, their DPI and an email, turnos on sale from January 15 to Ash Wednesday, the men carrying the Nazareno and the women the Dolorosa each anda with its own turnos, Q150 a turno and Q500 for the salida and the entrada, 16 and over with the DPI, 2 turnos a person at most, the turnos made up by height so the anda goes level, the purple túnica for men and black for women, their own or rented from the hermandad at Q75, the card picked up at the church office the week before and no card no carrying, no refunds and a turno passed only to somebody of the same height told to the office, card on the website or cash at the office; records after colons on lines with men or women, paid y/n, card picked up y/n and túnica rented y/n in them, every purchase one cargador and one turno and a cargador with 2 at most; a paper list in the church office and a huge Excel today; the neighbours' alfombras \"not the hermandad's thing\", the food stands outside the church 'skip that'; Django and PostgreSQL",
    says: {
      overview:
        "qué onda vos. diego here, from antigua guatemala. backend dev, remote for a company in miami. my dad is on the junta directiva of the hermandad at our church, every semana santa they carry the anda of jesús nazareno n the virgen dolorosa through the streets on good friday, like 14 hours. ppl buy a turno to carry the anda for a stretch, a block n a bit. rn the turnos get sold w a paper list in the church office n a huge excel a friend of my dad keeps, n last year they sold the same turno twice, 2 guys showed up in their túnica at the same corner n one came from LA just for that. qué pena. so im building an api, cabal",
      more: "just the api. the hermandad website (ppl buy their turnos there), a tablet in the church office n an app for the guys who check the cards on the day call it. my dad n me are admin",
      walkthrough:
        "va pues, rules. my dad is super strict w these\n- turnos go on sale january 15 n close on ash wednesday, after that nel\n- men carry the nazareno, women carry the virgen dolorosa, each anda has its own turnos\n- a turno is Q150, the salida n the entrada (leaving n getting back to the church) are Q500 bc everybody wants those\n- 16 n older only, w ur DPI\n- max 2 turnos a person\n- everybody gives their height n the turnos get made up by height so the anda goes level\n- men in the purple túnica, women in black, ur own or u rent it from the hermandad for Q75\n- u pick up ur card at the church office the week before, no card no carrying\n- no refunds, but u can pass ur turno to someone of the same height if u tell the office\n- pay w card on the website or cash at the office",
      things:
        "cargadores: name, dpi, phone, email, height, men or women\nturnos: number, anda, from corner, to corner, price\npurchases: cargador, turno, paid y/n, card picked up y/n, túnica rented y/n\nevery purchase is 1 cargador n 1 turno, a cargador has 2 max",
      extras: [
        "the alfombras are the neighbours, they make em on the street the night before, not the hermandad's thing. n the food stands outside the church, skip that",
        "thats it. chilero, gracias",
      ],
      tech: "django rest framework n postgres, same as at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the website, the office tablet n the checkers app get api keys. my dad n me are admin. cargadores buy w name, dpi n email, no password",
      Technology: "I have preferences",
      "Back end": "Django",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "turnos on sale january 15 close on ash wednesday",
        "men carry the nazareno women carry the virgen dolorosa each anda has its own turnos",
        "turno is Q150 the salida n the entrada Q500",
        "16 n older only w ur DPI",
        "max 2 turnos a person",
        "turnos made up by height so the anda goes level",
        "men in the purple túnica women in black rent it from the hermandad for Q75",
        "pick up ur card at the church office the week before no card no carrying",
        "no refunds pass ur turno to someone of the same height",
        "pay w card on the website or cash at the office",
      ],
      tables: [
        { name: "cargadores", fields: ["name", "dpi", "phone", "email", "height", "men or women"] },
        { name: "turnos", fields: ["number", "anda", "from corner", "to corner", "price"] },
        {
          name: "purchases",
          fields: ["cargador", "turno", "paid y/n", "card picked up y/n", "túnica rented y/n"],
        },
      ],
      excluded: ["alfombras", "food stands"],
      background: ["paper list", "excel"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "koror-storyboard-carvings",
    who: "A woman in Koror, Palau, who works at a bank and whose uncle and two cousins carve storyboards, wooden boards carved with the old Palauan legends like the pictures on the beams of the bai, the old meeting houses, selling them in a little shop in Koror and to buyers in Guam, Hawaii, the States, Japan and Taiwan, in the Palauan English of Koror, in long paragraphs ('Alii', 'my uncle them', 'the bai', 'so shame', 'already', \"that's his business, not ours\", \"please don't put it\", 'Sulang'): a website where buyers choose a legend, a size and a wood and pay the deposit without an account, she and her uncle see everything and the money and the carvers only the boards they are carving, mahogany or ironwood with ironwood 30% more, 12 inches $120, 24 inches $350 and 36 inches $700 and bigger priced by her uncle, a legend from their list like the breadfruit tree of Ngibtal or Chuab and a family's own story carved only after her uncle talks with them, half by card on ordering and the rest before the board is mailed, 6 weeks up to 24 inches and 3 months for bigger, every board signed on the back by its carver, mailed by Palau post at the US rates with $40 more for the fumigation certificate for Australia and New Zealand, no copies of the old boards of the bai, no deposit back once the carving has started; records in sentences about what they need ('We need the buyers, with …') with deposit paid or not and mailed or not in them, one order one board for one buyer carved by one carver and a buyer with many boards; Facebook messages and a clipboard in the shop today; her brother-in-law's Rock Islands tours \"that's his business, not ours\", Palauan money (udoud) \"please don't put it\"; the tracking number put on the orders at the review",
    says: {
      overview:
        "Alii! My name is Marlene Ngirmang, I am from Koror in Palau. I work at the bank, but my uncle Johnny and my two cousins are carvers, they carve storyboards. A storyboard is a wooden board with one of our old Palauan legends carved on it, like the pictures on the beams of the bai, the old meeting houses, and tourists and Palauans abroad love them. My uncle them have a small shop in Koror, and people also order from Guam, Hawaii, the States, Japan and Taiwan. Right now the orders come on Facebook messages and my uncle writes them on a clipboard in the shop, and the clipboard is always somewhere else. Last year a man from Guam paid the deposit for a 36 inch board of the breadfruit tree, and my cousin sold the same board to a couple from Taiwan who walked in, so the man from Guam waited four more months and he wrote on Facebook that we cheat people. So shame for my uncle, he was not sleeping. My son Kelvin studies computers at Palau Community College, and he will make a website for them.",
      more: "The buyers should choose the legend, the size and the wood on the website and pay the deposit, without making an account, because most of them buy only one time. My uncle and I see everything and the money. The carvers log in and see only the boards they are carving, what legend and how big and when it must be finished.",
      walkthrough:
        "I will explain how my uncle does it, it is a little long.\n\nEvery board is carved from mahogany or ironwood, and ironwood is 30% more because it is very hard and it takes longer.\n\nThe sizes go by inches. A 12 inch board is $120, a 24 inch board is $350 and a 36 inch board is $700, and for bigger than that my uncle gives a price himself.\n\nThe buyer picks a legend from our list, like the breadfruit tree of Ngibtal or Chuab, and if a family wants their own story carved, my uncle carves it only after he talks with them, because the story must be right.\n\nThe buyer pays half by card when ordering, and the rest before we mail the board.\n\nUp to 24 inches it takes 6 weeks, and bigger boards take 3 months, because the wood must dry and my uncle does not rush.\n\nEvery board is signed on the back by the carver who carved it.\n\nWe mail by Palau post at the US rates, and for Australia and New Zealand the buyer pays $40 more for the fumigation certificate, because they don't let wood in without it.\n\nWe don't carve copies of the old boards of the bai, those belong to the villages.\n\nIf the buyer cancels after the carving started, the deposit does not come back, because the wood is already cut.",
      things:
        "We need the buyers, with their name, email, country and mailing address. And the orders, with the buyer, the legend, the size, the wood, the carver, deposit paid or not and mailed or not. And the carvers, with their name and phone. One order is one board for one buyer, and one carver carves it, but one buyer can order many boards.",
      extras: [
        "My brother-in-law does the Rock Islands tours with his boat, snorkeling and all that, that's his business, not ours. And some people ask to buy our Palauan money, the udoud, no, that is for our families and our customs, please don't put it.",
        "That's all, thank you very much. Sulang!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Buyers order and pay the deposit without an account. My uncle and I see everything and the money. The carvers log in and see only the boards they are carving.",
    },
    atReview: [
      "It looks good. One more thing please, add the tracking number to the orders, the buyers always message to ask where is their board already.",
      "Okay, that's all. Sulang, thank you!",
    ],
    expect: {
      kind: "web app",
      features: [
        "mahogany or ironwood ironwood is 30% more",
        "12 inch board $120 24 inch board $350 36 inch board $700 bigger my uncle gives a price",
        "legend from our list breadfruit tree of Ngibtal or Chuab",
        "own story carved only after he talks with them",
        "pays half by card when ordering rest before we mail the board",
        "up to 24 inches 6 weeks bigger boards 3 months",
        "every board signed on the back by the carver",
        "mail by Palau post at the US rates Australia and New Zealand $40 more for the fumigation certificate",
        "don't carve copies of the old boards of the bai",
        "cancels after the carving started deposit does not come back",
      ],
      tables: [
        { name: "buyers", fields: ["name", "email", "country", "mailing address"] },
        {
          name: "orders",
          fields: [
            "buyer",
            "legend",
            "size",
            "wood",
            "carver",
            "deposit paid or not",
            "mailed or not",
            "tracking number",
          ],
        },
        { name: "carvers", fields: ["name", "phone"] },
      ],
      excluded: ["tours", "udoud"],
      background: ["Facebook", "clipboard"],
    },
  },
  {
    id: "pondicherry-petanque-library",
    who: "A developer in Pondicherry who works from home for a company in Chennai and plays in the pétanque club near the beach road in the White Town, the old French quarter, which holds a big tournament every July 14 with about 48 teams from Pondicherry, Auroville and Chennai, in the English of Pondicherry with its Tamil and its French, in between and numbered ('Bonjour, vanakkam', 'the White Town', 'the French time itself', 'full fight', 'what to do', 'simply', 'ok ya', 'leave it', \"that is the committee's business, not the library's\", 'Merci, bye'): a Dart library for the club's Flutter app on the tablet, nothing kept, given the teams and the games and giving back the poules, the table of every poule and the knockout draw, triplettes of three players with a name, a game won at 13 points, poules of 4 where every team plays every other, two teams of one club never in the same poule, a poule ranked by wins, then points for minus points against, then the game between the two, the first two of every poule to the knockout and two teams of one poule never meeting in its first round, a team not at its terrain 15 minutes after the call losing 13-0; a whiteboard under the trees, an old register and a calculator today; the bar and the food on the day 'leave it', the cash prizes in envelopes \"that is the committee's business, not the library's\"; the 60 minute time limit taken out at the review; Dart",
    says: {
      overview:
        "Bonjour, vanakkam! I am Jean-Paul Arulraj, from Pondicherry. I am a developer, I work from home for a company in Chennai. Evenings I play pétanque in our club, near the beach road in the White Town, my grandfather played there in the French time itself. Every July 14 the club has a big tournament, about 48 teams, from Pondicherry, from Auroville, some from Chennai also. Right now the results go on a whiteboard under the trees and in an old register, and somebody does the points with a calculator. Last July 14 the whiteboard was wrong, one team with 2 wins went out of the poule and a team with 1 win went through, and there was full fight at the boulodrome till 9 in the night, what to do. So I am writing a small library that does it correctly.",
      more: "It keeps nothing. You give it the teams and the games, and it gives back the poules, the table of every poule and the knockout draw. It goes inside our club's Flutter app on the tablet, simply.",
      walkthrough:
        "Ok ya, the tournament rules:\n1. Every team is a triplette, three players, and the team gives a name.\n2. A game is won by the first team to reach 13 points.\n3. First the poules, 4 teams each, and in a poule every team plays every other team.\n4. Two teams from the same club are never put in the same poule.\n5. In the poule the ranking is by wins, then by points for minus points against, then by the game between the two teams.\n6. The first two of every poule go to the knockout.\n7. In the first round of the knockout, two teams from the same poule never meet.\n8. A game has 60 minutes, when the time is up they finish the end and play one more end, and whoever is ahead wins, if equal one more end again.\n9. A team not at its terrain 15 minutes after the call loses 13-0.\n10. It must give back the poules, the table of every poule and the knockout draw.",
      extras: [
        "The bar and the food on the tournament day, leave it, the library has nothing to do with that. And the cash prizes, the treasurer gives them in envelopes, that is the committee's business, not the library's.",
        "That's all. Merci, bye!",
      ],
      tech: "Dart. The club app is Flutter, so a Dart package is the simplest for us.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Dart",
    },
    atReview: [
      "Very nice. One thing, take out the 60 minutes, the committee decided this year there is no time limit, every game goes till 13.",
      "Now it is correct. Merci!",
    ],
    expect: {
      kind: "library",
      features: [
        "every team is a triplette three players gives a name",
        "game won by the first team to reach 13 points",
        "poules 4 teams each every team plays every other team",
        "two teams from the same club never put in the same poule",
        "ranking by wins then by points for minus points against then by the game between the two teams",
        "first two of every poule go to the knockout",
        "first round of the knockout two teams from the same poule never meet",
        "team not at its terrain 15 minutes after the call loses 13-0",
        "poules the table of every poule and the knockout draw",
      ],
      tables: [],
      excluded: ["food", "prizes", "time limit"],
      background: ["whiteboard", "calculator"],
      stack: ["Dart"],
    },
  },
  {
    id: "hunza-apricot-orders",
    who: "A young woman in Karimabad, Hunza, who teaches computer science at a school in Aliabad and whose family has apricot orchards from her grandfather's time, dries the apricots on the roofs and presses the kernels for oil in its own wooden press, selling to customers down country in Lahore, Islamabad and Karachi, in the English of Hunza, in between ('Ya Ali Madad', 'down country', 'the KKH', 'jee', 'InshaAllah', 'so much shame for us', 'bilkul not', \"that is my uncle's business, not ours\", 'no need to put', 'Shukriya'): a website where customers order and pay without an account, she and her father see everything and the money and her brother the orders to pack and take to TCS in Aliabad, fresh apricots only in July and only in Hunza and Gilgit and never sent down country, dried apricots ready from September sun dried on the roofs with no sulphur, whole dried apricots Rs 1,400 a kilo and halves without the stone Rs 2,000, the oil cold pressed from sweet kernels only at Rs 1,800 for a 250 ml bottle, 2 kilo or one bottle at the least, TCS to all of Pakistan with the courier the customer's, paid first by JazzCash, Easypaisa or bank transfer and cash on delivery only in Gilgit and Hunza, orders waiting with a message to the customer when the KKH is closed by a landslide, nothing sent abroad, 10% less for shops from 20 kilo; records after dashes on lines with paid or not and sent or not in them, one order one customer's and a customer with many orders; WhatsApp messages and a register today; her uncle's guest house \"that is my uncle's business, not ours\", cherries 'no need to put'; the city taken off the customers and the TCS number put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Ya Ali Madad! I am Shahnaz Baig from Karimabad, Hunza. I teach computer science at a school in Aliabad. My family has apricot orchards from my grandfather's time. We dry the apricots on our roofs and we press the kernels for oil in our own wooden press. Many customers down country, in Lahore, Islamabad and Karachi, order from us every year. Now everything comes on WhatsApp and my father writes it in a register, jee. Last year one shop in Lahore ordered 40 kilo halves and we sent it to a family in Islamabad by mistake, and the family sent it back only after two weeks. The shop owner told everyone in his market, so much shame for us. So I will make a website for our family, InshaAllah.",
      more: "Customers should order and pay on the website, no need to make an account. My father and I see everything and the money. My younger brother Karim packs the orders and takes them to TCS in Aliabad, he should see the orders to send.",
      walkthrough:
        "Our rules:\n- Fresh apricots are only in July and only here in Hunza and Gilgit, we don't send fresh apricots down country, they spoil on the KKH.\n- Dried apricots are ready from September, sun dried on our roofs, no sulphur.\n- Whole dried apricots with the stone are Rs 1,400 a kilo, halves without the stone are Rs 2,000 a kilo.\n- The oil is cold pressed from sweet kernels only, Rs 1,800 for a 250 ml bottle.\n- Minimum order is 2 kilo, or one bottle of oil.\n- We send by TCS to all of Pakistan, and the customer pays the courier.\n- Customers pay first by JazzCash, Easypaisa or bank transfer, cash on delivery only in Gilgit and Hunza.\n- When the KKH is closed by a landslide the orders wait, and we send the customer a message.\n- We don't send abroad, bilkul not.\n- Shops buying 20 kilo or more get 10% less.",
      things:
        "- customers - name, phone, city, address\n- orders - customer, date, whole kilo, halves kilo, oil bottles, paid or not, sent or not\n- stock - item, how much left\nOne order is for one customer, one customer can have many orders.",
      thingsChange:
        "Two changes please. Take the city off the customers, the address has it already. And put the TCS number on the orders, customers call and ask for it every day.",
      extras: [
        "My uncle has a guest house in Karimabad and people ask us for rooms, that is my uncle's business, not ours. And people ask for cherries in June, our neighbour sells those, no need to put.",
        "That is all. Shukriya, Ya Ali Madad!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "My father and I see everything and the money. My brother Karim logs in and sees the orders to pack and send. Customers order without an account.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "fresh apricots only in July don't send fresh apricots down country",
        "dried apricots ready from September sun dried on our roofs no sulphur",
        "whole dried apricots Rs 1,400 a kilo halves without the stone Rs 2,000 a kilo",
        "oil cold pressed from sweet kernels only Rs 1,800 for a 250 ml bottle",
        "minimum order is 2 kilo or one bottle of oil",
        "TCS to all of Pakistan customer pays the courier",
        "pay first by JazzCash Easypaisa or bank transfer cash on delivery only in Gilgit and Hunza",
        "KKH closed by a landslide orders wait send the customer a message",
        "we don't send abroad",
        "shops 20 kilo or more 10% less",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "address"] },
        {
          name: "orders",
          fields: [
            "customer",
            "date",
            "whole kilo",
            "halves kilo",
            "oil bottles",
            "paid or not",
            "sent or not",
            "TCS number",
          ],
        },
        { name: "stock", fields: ["item", "how much left"] },
      ],
      excluded: ["guest house", "cherries"],
      background: ["WhatsApp", "register"],
    },
  },
  {
    id: "carnia-malghe-vacjis",
    who: "A young programmer in Udine whose family runs a summer mountain pasture (malghe) above Sutrio, in Carnia, taking the valley farmers' cows and heifers up for the summer and making cheese, ricotta and butter, in Friulian (never used before: Italian, Neapolitan, Sicilian and Corsican were written, Friulian never; in the official spelling, as he types it, in between, with the words a Carnic village really uses: 'Mandi', 'la malghe', 'te Cjargne', 'i parons', 'vacje di lat', 'manzis', 'il casâr', 'formadi', 'scuete', 'spongje', 'la pesade', 'San Michêl', 'cuader', 'telefonin', 'linie', 'nol è afâr nestri', 'no stait a metilu', 'Graciis di cûr'): a phone app that works without signal on the mountain and sends when they come down to the village, for him, his father and the cheesemaker (casâr) to see everything and the money and the owners (parons) only their own cows and cheese, the cows up on June 20 and down at San Michêl on September 29, a vet's certificate for every cow and none up without it, 90 euros a milking cow and 50 a heifer for the summer, every cow's milk weighed twice, in July and in August, and the cheese shared by the weighing, the cheese kept at the malghe 60 days at least, only the cheese to the owners and the ricotta and butter staying with the malghe, 80 head at most for the pasture, no heifers under a year, a cow that dies on the mountain paid by the owner's insurance; records after dashes on lines with vacje di lat o manze and dât o no in them, a cow one owner's and an owner with many cows; a notebook (cuader) and loose sheets (fueis) today; his sister-in-law's agriturismo meals for tourists 'nol è afâr nestri', electric bike rental 'no stait a metilu'; the village (paîs) taken off the owners (parons) and the date of the vet's certificate (date dal certificât dal veterinari) put on the cows (vacjis) after 'Change something' at 'Your data'",
    says: {
      overview:
        "Mandi! O soi Mattia Puntel, o ai 26 agns e o lavori a Udin tant che programadôr. La mê famee e gjestìs une malghe parsore di Sutrio, te Cjargne. Ogni estât i contadins de valade nus dan lis lôr vacjis e lis lôr manzis, nô lis tignìn sù pal pascul e o fasìn il formadi, la scuete e il spongje. Cumò gno pari al scrîf dut suntun cuader, e lis pesadis dal lat su fueis che si pierdin. L'an passât o vin sbaliât la pesade di dôs vacjis, e un paron al à vût mancul formadi di chel che i tocjave. Al è vignût jù in paîs a berlâ in plaçute, ce vergogne. Cussì o fâs une aplicazion pal telefonin.",
      more: "La aplicazion e je pal telefonin, par me, gno pari e il casâr. Sù in malghe no je linie, duncje e à di lavorâ cence internet e mandâ dut cuant che o tornìn jù in paîs.",
      walkthrough:
        "Lis nestris regulis a son chestis:\n- Lis vacjis a van sù in malghe ai 20 di Jugn e a tornin jù a San Michêl, ai 29 di Setembar.\n- Ogni vacje e à di vê il certificât dal veterinari, cence certificât no va sù.\n- Par une vacje di lat il paron al paie 90 euros pe estât, par une manze 50 euros.\n- Il lat di ogni vacje al ven pesât dôs voltis, in Lui e in Avost, e il formadi al ven spartît daûr de pesade.\n- Il formadi al reste in malghe almancul 60 dîs prime di dâlu ai parons.\n- Ai parons ur tocje dome il formadi, la scuete e il spongje a restin a la malghe.\n- O tignìn al massim 80 cjâfs, di plui il pascul nol baste.\n- Lis manzis plui zovinis di un an no vegnin sù.\n- Se une vacje e mûr in mont, e paie la assicurazion dal paron, no nô.",
      things:
        "- Parons: non, telefon, paîs\n- Vacjis: numar de marche, non, raze, vacje di lat o manze, paron\n- Pesadis: vacje, date, chilos di lat\n- Formadis: paron, chilos, date, dât o no\nUne vacje e je di un paron sôl, e un paron al pues vê tantis vacjis.",
      thingsChange:
        "Dôs robis. Gjavait il paîs dai parons, a son ducj dal stes paîs. E zontait la date dal certificât dal veterinari su lis vacjis.",
      extras: [
        "Il mangjâ pai turiscj al è dal agriturisim di mê cugnade, nol è afâr nestri. E tancj a domandin di nolizâ bicicletis eletrichis: no, no stait a metilu.",
        "Al è dut. Graciis di cûr, mandi!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Jo, gno pari e il casâr o viodìn dut e i bêçs. I parons a viodin dome lis lôr vacjis e il lôr formadi.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "vacjis a van sù in malghe ai 20 di Jugn a tornin jù a San Michêl ai 29 di Setembar",
        "ogni vacje certificât dal veterinari cence certificât no va sù",
        "vacje di lat 90 euros pe estât manze 50 euros",
        "lat di ogni vacje pesât dôs voltis in Lui e in Avost formadi spartît daûr de pesade",
        "formadi al reste in malghe almancul 60 dîs",
        "ai parons dome il formadi la scuete e il spongje a restin a la malghe",
        "al massim 80 cjâfs",
        "manzis plui zovinis di un an no vegnin sù",
        "vacje e mûr in mont e paie la assicurazion dal paron",
      ],
      tables: [
        { name: "parons", fields: ["non", "telefon"] },
        {
          name: "vacjis",
          fields: [
            "numar de marche",
            "non",
            "raze",
            "vacje di lat o manze",
            "paron",
            "date dal certificât dal veterinari",
          ],
        },
        { name: "pesadis", fields: ["vacje", "date", "chilos di lat"] },
        { name: "formadis", fields: ["paron", "chilos", "date", "dât o no"] },
      ],
      excluded: ["agriturisim", "bicicletis"],
      background: ["cuader", "fueis"],
    },
  },
  {
    id: "mary-gelin-koynek",
    who: "A dressmaker in Mary, in the south-east of Turkmenistan, who with her two daughters-in-law and four embroiderers sews wedding dresses (gelin köýnek) and embroiders the bridal mantle (kürte) for brides from the town and the villages around, in Turkmen (never used before: Turkish was written in İzmir and Azerbaijani in Baku, and Uzbek, Kazakh and Kyrgyz were written, Turkmen never; in its Latin letters, as she types it, in between, with the words a Turkmen town really uses: 'Salam', 'ussahana', 'gelin köýnek', 'kürte', 'keşde', 'keteni', 'barhat', 'toý', 'depder', 'kompýuter', 'internet', 'programma', 'manat', 'bu biziň işimiz däl', 'goýmaň', 'Köp sag boluň'): a program on the workshop computer with no password and no internet, for her and her elder daughter-in-law, an order a month before the wedding (toý) at the least, the bride measured only at the workshop, dresses of keteni (hand-woven silk) or velvet (barhat), 2500 manat a keteni dress, 1800 a velvet one and 3000 a kürte, 400 for an embroidered collar alone, half in advance on ordering and the rest when the dress is taken, the bride trying the dress on twice, two weeks and one week before the toý, 30% more with less than two weeks left, no embroiderer taking more than two orders at a time, alterations free for a month after the dress is taken; records told in sentences ('Her gelniň …', 'Her sargytda …') with köýnek ýa-da kürte, öňünden töleg tölendi ýa-da tölenmedi and alyndy ýa-da alynmady in them, an order one bride's and a bride with several orders; a notebook (depder) today; her daughter-in-law's sister's jewellery (şaý-sep) 'bu biziň işimiz däl', renting out dresses (kireýine) 'goýmaň'; the measurements (ölçegler) put on the orders (sargyt) at the review",
    says: {
      overview:
        "Salam! Meniň adym Maýsa Orazowa. Men Mary şäherinde ýaşaýaryn. Meniň kiçijik tikinçilik ussahanam bar. Biz, men, iki gelnim we dört keşdeçi zenan, gelin köýnekleri tikýäris we kürtelere keşde çekýäris. Bize şäherden we töweregindäki obalardan gelinler gelýärler. Häzir ähli sargytlary bir depderde ýazýaryn. Geçen güýz iki gelne şol bir güne köýnek wada berdik. Bir köýnek wagtynda taýýar bolmady, gelin öz toýuna aýal doganynyň köne köýnegini geýip gitdi. Bu biz üçin uly utanç boldy. Oglum Aşgabatda informatika okaýar, ol ussahanadaky kompýuter üçin programma ýazjak.",
      more: "Programma diňe ussahanadaky kompýuter üçin. Ony diňe men we uly gelnim ulanarys. Parol gerek däl. Bizde internet gowşak, şonuň üçin internetsiz işlemeli.",
      walkthrough:
        "Biziň düzgünlerimiz şeýle:\nSargyt toýdan azyndan bir aý öň berilmeli.\nGelniň ölçegi diňe ussahanada alynýar.\nKöýnek keteni ýa-da barhat matadan tikilýär.\nKeteni köýnek 2500 manat, barhat köýnek 1800 manat, kürte 3000 manat.\nDiňe keşdeli ýaka 400 manat.\nSargyt berlende bahanyň ýarysy öňünden tölenýär, galany köýnek alnanda tölenýär.\nGelin köýnegi iki gezek geýip görýär: toýdan iki hepde öň we bir hepde öň.\nToýa iki hepdeden az wagt galan bolsa, baha 30% köp bolýar.\nBir keşdeçi bir wagtda iki sargytdan köp almaýar.\nKöýnek alnandan soň bir aýyň içinde düzediş mugt.",
      things:
        "Her gelniň ady, telefon belgisi we toý senesi bar. Her sargytda gelin, köýnek ýa-da kürte, mata, reňk, keşdeçi, öňünden töleg tölendi ýa-da tölenmedi, alyndy ýa-da alynmady bar. Her keşdeçiniň ady we telefon belgisi bar. Bir sargyt bir gelniňki, ýöne bir gelniň birnäçe sargydy bolup biler.",
      extras: [
        "Uly gelnimiň aýal dogany şaý-sep satýar, bu biziň işimiz däl. Käbir adamlar köýnegi kireýine almak isleýärler, ýok, biz köýnek kireýine bermeýäris, goýmaň.",
        "Şu. Köp sag boluň!",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Parol gerek däl. Kompýuteri diňe men we uly gelnim ulanýarys.",
    },
    atReview: [
      "Gowy. Ýene bir zat: sargyda ölçegler hem goşulsyn, boýy, bili, döşi.",
      "Boldy, indi gowy. Köp sag boluň!",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "sargyt toýdan azyndan bir aý öň berilmeli",
        "gelniň ölçegi diňe ussahanada alynýar",
        "keteni ýa-da barhat matadan tikilýär",
        "keteni köýnek 2500 manat barhat köýnek 1800 manat kürte 3000 manat",
        "diňe keşdeli ýaka 400 manat",
        "bahanyň ýarysy öňünden tölenýär galany köýnek alnanda",
        "iki gezek geýip görýär toýdan iki hepde öň we bir hepde öň",
        "iki hepdeden az wagt galan bolsa baha 30% köp",
        "bir keşdeçi bir wagtda iki sargytdan köp almaýar",
        "alnandan soň bir aýyň içinde düzediş mugt",
      ],
      tables: [
        { name: "gelin", fields: ["ady", "telefon belgisi", "toý senesi"] },
        {
          name: "sargyt",
          fields: [
            "gelin",
            "köýnek ýa-da kürte",
            "mata",
            "reňk",
            "keşdeçi",
            "öňünden töleg tölendi ýa-da tölenmedi",
            "alyndy ýa-da alynmady",
            "ölçegler",
          ],
        },
        { name: "keşdeçi", fields: ["ady", "telefon belgisi"] },
      ],
      excluded: ["şaý-sep", "kireýine"],
      background: ["depder"],
    },
  },
];
