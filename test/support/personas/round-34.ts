import type { Persona } from "../persona-driver.js";

/**
 * The thirty-fourth held-out round, written without reading the interviewer and never run
 * or tuned on before its first unseen run (bench/results/personas-unseen-round-34.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * to several paragraphs, records listed after colons inline and on lines, after dashes on
 * lines and inline, numbered, in brackets on lines and inline, or told in long sentences
 * ("For every group we keep the name …", "Every deer has the hunter …"). Eight write in
 * English, each in their own English and their own register, none of them used before:
 * Guernsey English from Torteval, in long paragraphs ("bianv'nue", "Ma fé, it's a lovely
 * spot, Lihou", "eh", "over town", "off-island", "the vraic", "the States", "isn't it",
 * "à la perchoine"), Lincolnshire English from the Fens down Holbeach way, a few
 * lower-case words at a time ("now then", "daffs", "owt", "frit", "bit black over bills
 * mothers", "an all", "duck", "ta"), the English of Bradford's Pakistani community from
 * Leeds Road ("Salaam", "me dad", "proper mental", "wallah", "innit", "nine while ten",
 * "nowt else", "the aunties", "chand raat", "JazakAllah"), the Cebuano-coloured Philippine
 * English of Lapu-Lapu ("Maayong buntag", "my lolo's time", "thru", "paid the downpayment
 * already", "bitaw", "gyud", "kinsenas", "separate na, ayaw na iapil", "Salamat kaayo,
 * amping"), Rhode Island English from the cove in Warwick ("how ya doin", "bullrakers",
 * "wicked ugly", "down cellar", "up Providence", "South County", "I'm all set with that",
 * "have a good one"), the English of Bengaluru with its Kannada words ("Namaskara",
 * "guru", "my appa", "full rush", "simply they make mistakes", "the net weight into the
 * bid price", "beda", "illa", "not our thing only", "sakkath"), the Lumbee English of
 * Robeson County ("I'm been cutting deer", "it bes", "buddyrow", "mommucked", "ellick",
 * "yonder", "cuz", "I don't charge nothing") and Antiguan English from All Saints ("Mi
 * and mi husband", "everyting", "Me Lard", "a so it go", "dem haffu book", "fu", "pon",
 * "cyaan", "lef dat out", "we nuh rent", "have a bless day"). One writes in isiZulu (never
 * used before, as a dip tank committee's secretary types it on her phone, with the English
 * words Zulu speakers really mix in: "i-app", "i-network", "i-report", "i-State Vet",
 * "u-R2", "e-dip tank", "e-auction", "akusiyo indaba yethu", "ungazifaki"), and one in
 * Punjabi (Gurmukhi, never used before, as a farmer near Moga types it, with the English
 * words Punjabis really mix in: "ਐਪ", "ਬੁਕਿੰਗ", "ਕੰਬਾਈਨ", "ਡਰਾਈਵਰ", "ਐਡਵਾਂਸ", "ਮੋਬਾਈਲ",
 * "ਨੈੱਟ", "ਸੁਪਰ ਐਸਐਮਐਸ", "ਸਟ੍ਰਾਅ ਰੀਪਰ", "ਨਾ ਪਾਇਓ"). What varies is the kind of software,
 * the domain and the length of the answers: web apps for the house on Lihou (up to 24 in
 * the bunk rooms, 2 nights at the least and 5 at the most, £18 a night a head for local
 * groups and £26 for off-island groups, a £100 deposit and the rest a month before, one
 * adult for every 8 children and never fewer than 2, arriving and leaving only while the
 * causeway is open with the crossing times shown, no crossing in the dark, shut from
 * November to February, a list for the warden), a Leeds Road sweet shop's Eid and wedding
 * orders (mixed mithai £10 a kilo and the specials £16, boxes of half a kilo or a kilo,
 * Eid orders closing on the 27th of Ramadan, wedding orders of at least 25 kilos booked 2
 * weeks before with a 30% deposit, collection slots every half hour and no more than 15
 * orders a slot on chand raat, delivery for weddings only and free over 40 kilos, paid
 * online) and a car rental in All Saints (a small car US$50 a day, a jeep US$70 and a
 * minivan US$90, 3 days at least from 15 December to 15 April, 10% off a week, drivers
 * from 25 to 70 with a licence of 2 years, the local permit US$20, a US$200 deposit, free
 * to the airport and the hotels in the south, the same fuel or US$7 a gallon, no car on
 * the ferry to Barbuda); phone apps for a daffodil picking gang on Fen fields with no
 * signal (10 stems a bunch, 14p a bunch and 18p before February, picked at goose neck and
 * nothing gone open paid, 40 bunches a crate counted at the end of each row, nobody
 * picking without an NI number, wages every Friday, each picker's bunches a day and each
 * field's for the grower), a dip tank near Nquthu with no network (dipped every Tuesday in
 * summer and every two weeks in winter, R2 a head, calves under 3 months not dipped, three
 * dippings missed in a row reported to the State Vet, dead and sold cattle off the list, a
 * report every month) and a combine hire near Moga (wheat ₹1,600 a kila and paddy ₹2,000,
 * ₹300 more with the Super SMS, the straw reaper ₹1,200, ₹2,000 advance and the rest
 * within 7 days, no further than 20 km, at most 25 kila a day a combine, the booking moved
 * a day when it rains, the drivers ₹100 a kila); a Python command-line tool for a Warwick
 * shellfish dealer (littlenecks 28 cents a piece, topnecks 20 and cherrystones 16,
 * chowders $30 a bushel, a commercial shellfish license, a tag on every bag kept 90 days,
 * the conditional areas closed 7 days after half an inch of rain and a buy from a closed
 * area refused, what he owes each guy on Friday), with commands and flags; a service
 * without screens, in Java with Spring Boot and PostgreSQL, that a Lapu-Lapu guitar
 * workshop's online shop and tablet call (a classical guitar ₱6,000, a steel string
 * ₱7,500, a ukulele ₱2,500, narra ₱2,000 more and an inlay ₱800, a 50% downpayment and
 * the balance before shipping, 21 days for a guitar and 10 for a ukulele, one maker from
 * start to finish paid every kinsenas, no more than 40 guitars a month, free delivery in
 * Cebu and LBC abroad); a program on a Robeson County deer processor's Windows computer
 * (no deer without the harvest report number or dead more than 24 hours, $85 a deer, $20
 * more not skinned, sausage $4 and snack sticks $6 a pound, nothing charged for Hunters
 * for the Hungry, 7 days to pick up and $5 a day after, September to January); and a
 * TypeScript library for the cocoon market at Ramanagara (1 kg off for every bag, a
 * sample of 100 cocoons with the double, stained and melted ones as rejects, a lot with
 * more than 15 rejects going back, the net weight into the bid price, 1% from the farmer
 * and 1% from the reeler, ₹50 a kg for bivoltine, to the nearest rupee). The daffodil gang
 * leader answers a few lower-case words at a time, the Guernsey bookings secretary in long
 * paragraphs, the others in between. Relations said plainly ("Every booking is for one
 * group", "each tally is one picker off one field", "Every order's for one customer, and
 * every order item is one sweet in one order", "Every order belongs to one customer and is
 * made by one maker", "Every buy is one harvester from one area", "Every deer is one
 * hunter's", "Every booking is one car fu one customer", "Inkomo ngayinye ingeyomnikazi
 * oyedwa", "ਹਰ ਬੁਕਿੰਗ ਇੱਕ ਕਿਸਾਨ ਦੀ"); allowed values in brackets (the type of order and
 * whether a sweet is special, the instrument, the wood and the way of paying, the kind
 * of beast, the crop);
 * background in a desk diary, a book in the van, a whiteboard behind the counter, Facebook
 * Messenger and a logbook, a clipboard, a calculator and a register, a spiral notebook, an
 * exercise book, a big register (irejista) and a ਡਾਇਰੀ; technology named as Laravel and
 * MySQL, Java with Spring Boot and PostgreSQL, Python, TypeScript and Windows, and none at
 * all by five of them; "no" said as "nothing to do with us", "leave that out", "leave
 * that. tulips an all", "nowt to do with the website", "separate business", "ayaw na
 * iapil", "don't include", "keep it out", "I'm all set with that", "beda", "that also
 * beda", "that's his, leave it off", "don't put hogs in there", "lef dat out", "nuh put
 * dat", "akusiyo indaba yethu", "ungazifaki", "ਨਾ ਪਾਇਓ", "ਸਾਡਾ ਕੰਮ ਨਹੀਂ"; while rules keep
 * their "no" ("no crossing in the dark, ever", "owt gone open dont get paid", "nobody
 * picks without their ni number in", "nowt else", "I won't take a deer in without the
 * harvest report number", "no car cyaan go pon the ferry", "awadiphwa", "ਇਸ ਤੋਂ ਵੱਧ
 * ਬੁਕਿੰਗ ਨਾ ਲਵੇ"). The gang leader takes the start date off the pickers and adds their
 * language, the sweet shop's son takes the email off the customers and adds the box to the
 * order items, and the dip tank's secretary adds the colour to the cattle, each after
 * "Change something" at "Your data"; the Guernsey secretary adds an emergency phone to the
 * groups, the shellfish dealer drops the tags, the deer processor takes the address off
 * the hunters, the car rental renames the customers (Drivers) and the combine owner drops
 * the diesel, each at the review. The score compares Punjabi by its letters in Latin
 * script, so its expected words are in the forms the person used (as "ਕਣਕ ₹1,600",
 * "ਝੋਨੇ ₹2,000", "ਕੰਬਾਈਨ 25 ਕਿੱਲੇ"), and isiZulu in the forms the person wrote, prefixes
 * and all (as "zidiphwa njalo ngeLwesibili", "R2 ngenkomo ngayinye", "kathathu
 * zilandelana"); every expected feature was checked to be in one sentence the person
 * said, and the excluded words of all ten were checked not to read like anything they
 * want.
 */
export const THIRTY_FOURTH_ROUND: readonly Persona[] = [
  {
    id: "lihou-house-bookings",
    who: "A retired teacher from Torteval who does the bookings for the house on Lihou as a volunteer, in Guernsey English, in long paragraphs ('bianv'nue', 'Ma fé', 'eh', 'it's a lovely spot, Lihou', 'over town', 'off-island', 'the vraic', 'the States', 'isn't it', 'à la perchoine'): a website where school and youth group leaders book the house on Lihou and she sees everything, up to 24 in the bunk rooms, 2 nights at the least and 5 at the most, £18 a night a head for local groups and £26 for groups from off-island, a £100 deposit at booking and the rest a month before, one adult for every 8 children and never fewer than 2 adults, arriving and leaving only while the causeway is open with the crossing times shown for the dates picked, no crossing in the dark, the house shut from November to February, a list every Friday for the warden; records told in long sentences, every booking for one group; a desk diary and emails today; the kiosk at L'Erée 'nothing to do with us', the bird ringing 'leave that out'; an emergency phone added to the groups at the review",
    says: {
      overview:
        "Hello, and bianv'nue, as my grandmother would have said. I'm Carol Le Page, I live out at Torteval, I taught at the Vale school for thirty-odd years, and since I retired I've been doing the bookings for the house on Lihou as a volunteer, for the trust that looks after it. For anyone not from here, Lihou is the little island off L'Erée on the west coast, and you can only walk over on the causeway when the tide's out. There's an old farmhouse on it that's been done up, and schools and youth groups come and stay a few nights, rock pooling, the birds, the vraic, looking at the stars with no street lights anywhere. Ma fé, it's a lovely spot, Lihou, you'd have to see it.\n\nAt the moment it's all in a big desk diary on my kitchen table, and emails, and I work the tides out myself from the tables the harbour puts out every year. And that's where it goes wrong, eh. Last June a Year 6 group from over town was booked to come on a day the causeway didn't open until gone seven in the evening, and nobody had looked, not me, not the teacher, so there were twenty-odd children sat on the slipway at L'Erée with their bags and their crisps for three hours. The parents were not best pleased, I can tell you. So what we'd like is a website where the group leaders book the house themselves and see the crossing times for the dates they want, and I can see everything from my end.",
      walkthrough:
        "Right, I'll tell you how it goes, and you stop me if I'm waffling.\n\nThe house takes up to 24 in the bunk rooms, and the leaders have the two little rooms at the back on top of that. A group books 2 nights at the least and 5 at the most; one night isn't worth the carrying over, and after five they're climbing the walls, the children and the teachers both.\n\nIt's £18 a night a head for local groups, that's the Guernsey schools and the Scouts and Guides and what have you, and £26 a night a head for groups from off-island, which is mostly schools from England and the odd one from Jersey, mind you we don't tell them that's why. They pay a deposit of £100 when they book, and the rest has to be in a month before they come, or I'm on the phone to them.\n\nThere has to be one adult for every 8 children, and never fewer than 2 adults whatever the size of the group, so nobody's ever on their own over there if a child slips on the rocks, eh.\n\nNow the tides, that's the important bit. The causeway's open more or less two and a half hours either side of low water, and a group can only arrive and leave while it's open, with their bags and their food for the stay, because there's no shop on Lihou, obviously. So when a leader picks the dates, the website must show them the crossing times for the day they arrive and the day they leave. And no crossing in the dark, ever, that's the trust's rule: if the causeway's only open at night that day, they can't arrive or leave on it.\n\nThe house is shut from the beginning of November to the end of February, there's no proper heating and the wind over there in January, well.\n\nAnd every Friday I'd like a list for the warden of who's coming the week after, with how many children and adults, the allergies, and the times they'll be crossing, so he can have the place ready and be down on the causeway to meet them.",
      things:
        "For every group we keep the name of the school or group, the leader's name, the leader's phone and the leader's email, and the type, that's local school, local youth group or off-island, because that's how the price goes. Every booking has the group, the arrival date, the leaving date, how many children, how many adults, the deposit, the balance and the allergies. And I'd keep the tides as well: for every date the time of low water, and the causeway open from and open till; I'll type those in for the whole year myself from the harbour's tables when they come out in the autumn. Every booking is for one group, though the same group can come back year after year, and some have been coming since the eighties.",
      extras: [
        "Oh, two things that aren't ours. The kiosk at L'Erée that does the teas and the ice creams, that's Mrs Ogier's, nothing to do with us. And the bird ringing the Société people do on Lihou in the autumn, they sort that out themselves with the States, leave that out.",
        "No, I think that's everything, isn't it. Thank you, you've been very patient with me.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the chairman see everything. The group leaders make an account to book and see their own bookings, and the warden logs in to see his list.",
    },
    atReview: [
      "That all looks lovely. Just one thing I forgot: could you put an emergency phone on the groups, a second number for somebody back home, because there's hardly any signal on Lihou and when the leader's over there I can't get hold of them. Thank you ever so much, à la perchoine!",
    ],
    expect: {
      kind: "web app",
      features: [
        "24 bunk rooms",
        "2 nights at the least",
        "5 at the most",
        "£18 local groups",
        "£26 off-island",
        "deposit of £100",
        "rest a month before",
        "one adult for every 8 children",
        "never fewer than 2 adults",
        "arrive leave causeway open",
        "crossing times",
        "crossing dark",
        "shut November February",
        "list for the warden",
      ],
      tables: [
        { name: "groups", fields: ["name", "leader", "phone", "email", "type", "emergency phone"] },
        {
          name: "bookings",
          fields: [
            "group",
            "arrival date",
            "leaving date",
            "children",
            "adults",
            "deposit",
            "balance",
            "allergies",
          ],
        },
        { name: "tides", fields: ["date", "low water", "open from", "open till"] },
      ],
      excluded: ["kiosk", "ringing"],
      background: ["diary"],
    },
  },
  {
    id: "holbeach-daffodil-gang",
    who: "A daffodil picking gang leader down Holbeach way in the Lincolnshire Fens, in Lincolnshire English, a few lower-case words at a time ('now then', 'daffs', 'owt', 'frit', 'the gangmasters lot', 'bit black over bills mothers', 'an all', 'duck', 'ta'): a phone app for him and his checkers on fields with no signal that sends when they are back at the yard, pickers paid by the bunch of 10 stems, 14p a bunch and 18p before February, picked at goose neck and nothing gone open paid, 40 bunches a crate, the checker counting each picker's bunches at the end of each row, nobody picking without their NI number in, wages every Friday, each picker's bunches a day and what has come off each field for the grower; records after colons inline, every tally one picker off one field; a book in the van today; the bulb lifting and the tulips 'leave that'; the start date taken off the pickers and their language added after 'Change something' at 'Your data'",
    says: {
      overview:
        "now then. i run a gang picking daffs for the growers round holbeach and spalding, jan to april. 40 odd pickers. all wrote in a book in the van and wages day is a nightmare. want an app for me and the checkers",
      more: "no signal on half them fields. got to work without and send it when were back at the yard. and in the wet, its a bit black over bills mothers most days out there",
      walkthrough:
        "paid by the bunch, 10 stems a bunch\n14p a bunch, 18p before february when theyre dear\npick em at goose neck. owt gone open dont get paid, grower wont have it\n40 bunches a crate. checker counts each pickers bunches at the end of each row\nnobody picks without their ni number in, im frit of the gangmasters lot turning up\nwages every friday\nwant each pickers bunches a day and whats come off each field for the grower",
      things:
        "pickers: name, ni number, phone, start date. fields: grower, field name, variety, acres. tallies: picker, field, date, bunches, checker. each tally is one picker off one field",
      thingsChange:
        "take start date off pickers. put language on, half of em romanian or bulgarian, need to know who to put with who",
      extras: ["bulb lifting in summers another job, leave that. tulips an all", "nah thats it duck. ta"],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "me n 3 checkers. pickers dont",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "10 stems a bunch",
        "14p a bunch",
        "18p before february",
        "goose neck",
        "open paid",
        "40 bunches a crate",
        "end of each row",
        "ni number",
        "wages every friday",
        "bunches a day",
        "each field grower",
      ],
      tables: [
        { name: "pickers", fields: ["name", "ni number", "phone", "language"] },
        { name: "fields", fields: ["grower", "field name", "variety", "acres"] },
        { name: "tallies", fields: ["picker", "field", "date", "bunches", "checker"] },
      ],
      excluded: ["bulb", "tulip"],
      background: ["book"],
    },
  },
  {
    id: "leeds-road-mithai-orders",
    who: "The son in a family sweet shop on Leeds Road, Bradford, in the English of Bradford's Pakistani community ('Salaam', 'me dad', 'proper mental', 'wallah', 'innit', 'nine while ten', 'nowt else', 'the aunties', 'chand raat', 'JazakAllah'): a website where customers order mithai for Eid and weddings and the family sees everything, mixed mithai £10 a kilo and the specials £16 a kilo, boxes of half a kilo or a kilo, Eid orders closing on the 27th of Ramadan, wedding orders of at least 25 kilos booked 2 weeks before with a 30% deposit, collection in slots every half hour with no more than 15 orders a slot on chand raat, delivery for weddings only and free over 40 kilos in Bradford, everyone paying online; records after dashes on lines with the type of order in brackets, every order one customer's and every order item one sweet in one order; a whiteboard behind the counter today; the samosas and pakoras 'nowt to do with the website', his uncle's catering 'separate business'; Laravel and MySQL; the email taken off the customers and the box added to the order items after 'Change something' at 'Your data'",
    says: {
      overview:
        "Salaam. I'm Imran Hussain, me and me dad run Shahi Sweets on Leeds Road, been there since 1987, me granddad started it. We do all the mithai, barfi, gulab jamun, jalebi, ladoo, the lot. Eid and wedding season it goes proper mental, last chand raat the queue went right down past the bus stop. Right now orders go on a whiteboard behind the counter and in me dad's head, and last Eid we lost two wedding orders, wallah, the aunties still haven't forgiven us. So we want a website where people order and pay and we see it all in one place.",
      walkthrough:
        "Right so. Mixed mithai's £10 a kilo, and the specials, pista barfi, kaju katli, that lot, are £16 a kilo. It goes in boxes of half a kilo or a kilo, nowt else.\n\nEid orders close on the 27th of Ramadan, cos we don't know which day Eid is till the moon's seen, innit, and we need time to get it all made.\n\nWedding orders have to be at least 25 kilos, booked 2 weeks before, with a 30% deposit. The rest they pay when they collect.\n\nCollection's in slots every half hour, we're open nine while ten on chand raat. On chand raat no more than 15 orders in a slot, else it's chaos at the counter.\n\nWe only deliver for weddings, free over 40 kilos in Bradford, else it's £25.\n\nEveryone pays online when they order, except weddings, they just pay the deposit online.",
      things:
        "- Customers - name, phone, email, postcode\n- Sweets - name, price per kilo, special (yes or no)\n- Orders - customer, type (Eid, wedding or normal), collection slot, deposit, paid, delivery address\n- Order items - order, sweet, kilos\nEvery order's for one customer, and every order item is one sweet in one order.",
      thingsChange:
        "Take email off the customers, half the aunties haven't got one, phone's enough. And put box on the order items, half kilo or kilo.",
      extras: [
        "The samosas and pakoras on the counter, that's walk-in, nowt to do with the website. Same with me uncle's catering, that's a separate business.",
        "Nah that's it bro. JazakAllah.",
      ],
      tech: "Me cousin Adeel's doing it, he says Laravel with MySQL, he does all his stuff in that.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me, me dad and me brother see everything. Customers make an account to order and see their orders.",
      "Your data": ["Change something", "Looks right"],
      Technology: "I have preferences",
      "Back end": "PHP with Laravel",
      Database: "MySQL",
    },
    expect: {
      kind: "web app",
      features: [
        "mixed £10 a kilo",
        "specials £16 a kilo",
        "boxes half a kilo",
        "Eid orders close 27th of Ramadan",
        "wedding 25 kilos",
        "2 weeks before",
        "30% deposit",
        "slots every half hour",
        "15 orders slot chand raat",
        "deliver weddings",
        "free over 40 kilos",
        "pays online",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "postcode"] },
        { name: "sweets", fields: ["name", "price per kilo", "special"] },
        {
          name: "orders",
          fields: ["customer", "type", "collection slot", "deposit", "paid", "delivery address"],
        },
        { name: "order items", fields: ["order", "sweet", "kilos", "box"] },
      ],
      excluded: ["samosa", "pakora", "catering"],
      background: ["whiteboard"],
      stack: ["Laravel", "MySQL"],
    },
  },
  {
    id: "abuno-guitar-workshop",
    who: "A developer in Lapu-Lapu whose family makes guitars in Abuno on Mactan, in the Cebuano-coloured Philippine English of Lapu-Lapu ('Maayong buntag', 'my lolo's time', 'thru', 'paid the downpayment already', 'bitaw', 'gyud', 'kinsenas', 'separate na, ayaw na iapil', 'Salamat kaayo, amping'): a service without screens that his cousin's online shop and the workshop's tablet call, a classical guitar ₱6,000, a steel string acoustic ₱7,500 and a ukulele ₱2,500, narra back and sides ₱2,000 more and a name inlay ₱800, a 50% downpayment by GCash or bank before the making starts and the balance before shipping, a guitar finished in 21 days and a ukulele in 10, one maker from start to finish, the makers paid by piece every kinsenas (₱1,500 a guitar, ₱600 a ukulele), no more than 40 guitars a month, free delivery within Cebu and LBC abroad paid by the customer; numbered records with the instrument, the wood and the method in brackets, every order one customer's and made by one maker; Facebook Messenger and his tito's logbook today; his tita's souvenirs 'ayaw na iapil', the repairs 'don't include'; Java with Spring Boot and PostgreSQL",
    says: {
      overview:
        "Maayong buntag! I'm Rey Abellana, a developer here in Lapu-Lapu. My family makes guitars in Abuno, that's the barangay in Mactan where the guitar makers are, since my lolo's time. Tourists visit the shop, but now many orders come from abroad gyud, Filipinos in the States, Japanese, Koreans. Right now the orders come thru Facebook Messenger and my tito writes everything in a logbook, and bitaw, many times we don't know anymore who paid the downpayment already. My cousin is doing the online shop and there's a tablet in the workshop, and I will do the backend that both of them will call. No screens on my part.",
      walkthrough:
        "Ok so. A classical guitar is ₱6,000, a steel string acoustic is ₱7,500, and a ukulele is ₱2,500. If they want the back and sides in narra it's ₱2,000 more. A name or design inlay on the headstock is ₱800.\n\nThe customer pays 50% downpayment thru GCash or bank before we start making, then the balance before we ship.\n\nA guitar takes 21 days to finish, a ukulele 10 days. The due date should be computed already when the downpayment comes in.\n\nEvery instrument is made by one maker from start to finish, he signs the label inside. The makers are paid by piece every kinsenas, that's the 15th and the 30th: ₱1,500 per guitar and ₱600 per ukulele that's finished.\n\nWe can't make more than 40 guitars a month, so when the month is full, the next orders go to the next month.\n\nWithin Cebu we deliver for free. Abroad we ship thru LBC and the customer pays the shipping.",
      things:
        "1. Customers - name, email, cellphone, country, address\n2. Orders - customer, instrument (classical, steel string or ukulele), wood (mahogany or narra), inlay, price, maker, status, due date\n3. Makers - name, cellphone, GCash number\n4. Payments - order, amount, method (GCash or bank), reference number, date\nEvery order belongs to one customer and is made by one maker.",
      extras: [
        "The shell crafts and souvenirs my tita sells in front of the shop, that's separate na, ayaw na iapil. Also the repairs we do for the bands, that's walk-in and cash, don't include.",
        "That's all. Salamat kaayo, amping!",
      ],
      tech: "Java with Spring Boot, that's what I use at work, and PostgreSQL for the database.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "No one logs in to it. The online shop and the workshop tablet will each have their own key.",
      Technology: "I have preferences",
      "Back end": "Java with Spring Boot",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "classical guitar ₱6,000",
        "steel string ₱7,500",
        "ukulele ₱2,500",
        "narra ₱2,000 more",
        "inlay ₱800",
        "50% downpayment",
        "balance before we ship",
        "guitar 21 days",
        "one maker start to finish",
        "every kinsenas",
        "₱1,500 per guitar",
        "40 guitars a month",
        "Cebu deliver free",
      ],
      tables: [
        { name: "customers", fields: ["name", "email", "cellphone", "country", "address"] },
        {
          name: "orders",
          fields: ["customer", "instrument", "wood", "inlay", "price", "maker", "status", "due date"],
        },
        { name: "makers", fields: ["name", "cellphone", "GCash number"] },
        { name: "payments", fields: ["order", "amount", "method", "reference number", "date"] },
      ],
      excluded: ["souvenir", "repair"],
      background: ["Messenger", "logbook"],
      stack: ["Spring Boot", "PostgreSQL"],
    },
  },
  {
    id: "warwick-quahog-dealer",
    who: "A shellfish dealer on the cove in Warwick, Rhode Island, in Rhode Island English ('how ya doin', 'the bullrakers', 'wicked ugly', 'down cellar', 'up Providence', 'wicked spotty anyways', 'South County', 'I'm all set with that', 'have a good one'): a Python command-line tool his daughter writes for the laptop on the dock, littlenecks at 28 cents a piece, topnecks 20 cents, cherrystones 16 cents and chowders $30 a bushel, nobody selling to him without a commercial shellfish license, a tag on every bag that goes out with the license, the area, the date, the count and his dealer number, the tags kept 90 days, the conditional areas closed 7 days after half an inch of rain and a buy from a closed area refused, on Friday what he owes each guy; records in brackets inline, every buy one harvester from one area; a clipboard and tags written by hand today; the stuffies at his brother-in-law's fish market 'keep it out', the oyster farms 'I'm all set with that'; commands and flags; Python; the tags taken out at the review",
    says: {
      overview:
        "Hey, how ya doin. Paul Medeiros, I run a shellfish business on the cove in Warwick, my father had it before me. The bullrakers come in off the bay every afternoon and sell me their quahogs, and I sell 'em on to the restaurants and the wholesalers up Providence and out of state. Right now it's a clipboard and I write the tags out by hand, and when the DEM guy comes around and wants to see a tag from six weeks ago, it's wicked ugly, I'm goin through boxes down cellar. My daughter Gina's in school for computers, she says she'll write me a program for the laptop on the dock.",
      walkthrough:
        "So. Quahogs go by size. Littlenecks, the necks, I pay 28 cents a piece. Topnecks 20 cents, cherrystones 16 cents. Chowders go by the bushel, $30 a bushel.\n\nNobody sells to me without a commercial shellfish license, and I gotta have the number on file.\n\nEvery bag that goes out gets a tag: the harvester's license, the area it came out of, the date, the count and my dealer number. The state says we keep the tags 90 days.\n\nThe bay's got conditional areas. If it rains half an inch or more, they close for 7 days, and I can't buy nothin' out of there. So when I put the rain in, it closes them, and if I try to buy from a closed area it's gotta refuse it.\n\nFriday it prints what I owe each guy for the week, I pay 'em cash or check.",
      commands:
        'Gina says something like this: quahog harvester add --name "Manny Souza" --license 4471 --boat "Miss Linda", quahog buy --license 4471 --area GB --size necks --count 800, quahog rain --inches 0.6, quahog tag --buy 112, quahog owe --week, quahog export --dem. Don\'t ask me, I just type what she tells me.',
      things:
        "Harvesters (name, license number, phone, boat), Areas (code, name, conditional, closed until), Buys (harvester, area, date, size, count, price), Tags (buy, tag number, printed). Every buy is one harvester from one area.",
      extras: [
        "The retail, the stuffies and the chowder, that's my brother-in-law's fish market, keep it out. And the oyster guys from the farms down South County sell direct, I'm all set with that.",
        "Nah, that's it. Thanks a lot, have a good one.",
      ],
      tech: "Python, Gina says. It's just on the laptop, the internet on the dock is wicked spotty anyways.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: [
      "Looks good. One thing, take out the tags, Gina says the buy's got everything for the tag on it already, it just prints off the buy.",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "littlenecks 28 cents",
        "topnecks 20 cents",
        "cherrystones 16 cents",
        "chowders $30 a bushel",
        "commercial shellfish license",
        "every bag tag",
        "tags 90 days",
        "half an inch 7 days",
        "closed area refuse",
        "Friday owe each guy",
      ],
      tables: [
        { name: "harvesters", fields: ["name", "license number", "phone", "boat"] },
        { name: "areas", fields: ["code", "name", "conditional", "closed until"] },
        { name: "buys", fields: ["harvester", "area", "date", "size", "count", "price"] },
      ],
      excluded: ["stuffies", "oyster"],
      background: ["clipboard"],
      stack: ["Python"],
      commands: [
        "harvester add",
        "buy",
        "rain",
        "tag",
        "owe",
        "export",
        "--name",
        "--license",
        "--boat",
        "--area",
        "--size",
        "--count",
        "--inches",
        "--buy",
        "--week",
        "--dem",
      ],
    },
  },
  {
    id: "ramanagara-cocoon-lots",
    who: "A developer at an agritech startup in HSR Layout whose family reels silk near Ramanagara, in the English of Bengaluru with its Kannada words ('Namaskara', 'guru', 'my appa', 'full rush', 'simply they make mistakes', 'into' for times, 'beda', 'illa', 'not our thing only', 'sakkath'): a TypeScript library on the company's private npm registry that the farmers' app and the market's dashboard both call, nothing kept, 1 kg taken off the gross weight for every bag, a sample of 100 cocoons cut from every lot with the double, stained and melted ones as rejects, a lot with more than 15 rejects in the 100 going back, the amount as the net weight into the bid price, 1% market fee from the farmer and 1% from the reeler, ₹50 a kg incentive for bivoltine, everything to the nearest rupee; the clerks' calculator and big register today; the yarn and the mulberry leaf 'beda'; TypeScript",
    says: {
      overview:
        "Namaskara! I'm Karthik Gowda, I work as a developer in an agritech startup in HSR Layout. My family is from near Ramanagara, my appa reels silk, so I know the cocoon market very well, it is the biggest in Asia, guru. Every morning the farmers bring their cocoons in bags, the lots are weighed, the reelers bid, and then the clerks calculate what the farmer gets with a calculator and a big register. Simply they make mistakes when it is full rush, and then there is fighting at the counter. We are building an app for the farmers and a dashboard for the market, and I want one library that both call for the calculation, so both give the same number.",
      more: "It doesn't store anything. The app and the dashboard send the numbers, it gives back the amounts, that's all. Both keep their own data.",
      walkthrough:
        "See, it goes like this. The farmer's lot comes in bags, and from the gross weight we take off 1 kg for every bag, that is the tare.\n\nFrom every lot a sample of 100 cocoons is cut open. The double cocoons, stained ones and melted ones are rejects. If there are more than 15 rejects in the 100, the lot goes back, it can't be auctioned.\n\nThe reelers bid per kg. The amount is the net weight into the bid price.\n\nThe market takes 1% from the farmer and 1% from the reeler, that is the market fee.\n\nFor bivoltine cocoons the government gives ₹50 a kg incentive to the farmer, for CB lots illa.\n\nEverything is rounded to the nearest rupee, no paise.",
      extras: [
        "The reeling, the yarn, all that comes after the market, beda, it is not our thing only. And the mulberry leaf the farmers sell to each other, that also beda.",
        "That's it, sakkath. Thanks a lot!",
      ],
      tech: "TypeScript. The dashboard is React and the app is React Native, so a TypeScript library on our private npm registry, both can install it.",
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
        "1 kg every bag",
        "sample of 100 cocoons",
        "double stained melted rejects",
        "15 rejects lot goes back",
        "net weight bid price",
        "1% farmer",
        "1% reeler",
        "₹50 a kg bivoltine",
        "nearest rupee",
      ],
      tables: [],
      excluded: ["yarn", "mulberry"],
      background: ["calculator"],
      stack: ["TypeScript"],
    },
  },
  {
    id: "prospect-deer-processing",
    who: "A deer processor with a shop on the Prospect road out from Pembroke in Robeson County, North Carolina, in Lumbee English ('I'm been cutting deer', 'it bes', 'buddyrow', 'mommucked', 'ellick', 'yonder', 'cuz', 'I don't charge nothing', 'ain't'): a program on the shop's Windows computer where the internet comes and goes, no deer taken without the harvest report number from the Wildlife Commission or dead more than 24 hours, $85 a deer for steaks, roast and burger, $20 more not skinned, sausage $4 a pound and snack sticks $6 a pound, nothing charged for a deer donated to Hunters for the Hungry, 7 days to pick up after the call and $5 a day after, cutting from September to January; records told in long sentences, every deer one hunter's and every order for one deer; a spiral notebook today; his cousin's taxidermy 'that's his, leave it off', hogs 'don't put hogs in there'; Windows; the address taken off the hunters at the review",
    says: {
      overview:
        "Hey, how y'all doing. I'm Dwayne Locklear, I'm been cutting deer at my shop out on the Prospect road from Pembroke going on 15 years. In the season it bes a deer every half hour some Saturdays, trucks backed up in the yard and me drinking ellick to keep going. Right now I keep up with it all in a spiral notebook, and my buddyrow helps me on the weekends, and between the two of us that notebook gets mommucked something awful, blood and all. I had two fellers come for the same deer last year. My nephew says he can make me a program for the computer in the shop.",
      more: "It's a Windows computer, in the office part up front. Internet out here comes and goes, so it needs to work right there on the computer.",
      walkthrough:
        "Well, here's how it goes. I won't take a deer in without the harvest report number from the Wildlife Commission, that's the law, they got to report it. And if it's been dead more than 24 hours I don't take it, the meat's gone.\n\nStandard is $85 a deer, that's steaks, roast and burger. If they bring it in not skinned, it's $20 more.\n\nSausage is $4 a pound extra and snack sticks $6 a pound.\n\nIf a hunter donates his deer to Hunters for the Hungry, I don't charge nothing, it goes to the food bank in Lumberton.\n\nWhen it's ready I call them, and they got 7 days to pick it up. After that it's $5 a day for the freezer, cuz I ain't got the room.\n\nI only cut September to January, that's the season.",
      things:
        "For the hunters I keep their name, their phone and their address. Every deer has the hunter, the harvest number, the date in, buck or doe, the weight, and if it's skinned. And every order has the deer, how many pounds of sausage, how many pounds of snack sticks, if it's donated, the price, the date I called them and the date they picked up. Every deer is one hunter's, and every order's for one deer.",
      extras: [
        "My cousin does the mounts, the taxidermy, yonder behind the church. That's his, leave it off. And I don't do hogs, don't put hogs in there.",
        "That'll do it. Thank you kindly.",
      ],
      tech: "Windows. It's a Dell my nephew set up.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No login. It's just me and my buddyrow on that computer.",
      Technology: "I have preferences",
    },
    atReview: [
      "That looks about right. Take the address off the hunters though, I ain't mailing nobody nothing, the phone's all I need.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "harvest report number",
        "dead more than 24 hours",
        "$85 a deer",
        "not skinned $20",
        "sausage $4 a pound",
        "snack sticks $6 a pound",
        "Hunters for the Hungry",
        "7 days pick up",
        "$5 a day freezer",
        "September to January",
      ],
      tables: [
        { name: "hunters", fields: ["name", "phone"] },
        { name: "deer", fields: ["hunter", "harvest number", "date in", "weight", "skinned"] },
        { name: "orders", fields: ["deer", "sausage", "snack sticks", "donated", "price"] },
      ],
      excluded: ["taxidermy", "hog"],
      background: ["notebook"],
      stack: ["Windows"],
    },
  },
  {
    id: "all-saints-car-rental",
    who: "A woman who runs a car rental of twelve cars with her husband in All Saints, Antigua, in Antiguan English ('Mi and mi husband', 'everyting', 'Me Lard', 'a so it go', 'dem haffu book', 'fu', 'pon', 'cyaan', 'lef dat out', 'we nuh rent', 'have a bless day'): a website where visitors book a car and pay the deposit and she and her husband see everything, a small car US$50 a day, a jeep US$70 and a minivan US$90, 3 days at least from 15 December to 15 April, 10% off for a week or more, drivers from 25 to 70 with a licence of 2 years at least, the local permit of US$20 for every driver, a US$200 deposit at booking and the rest at pick up, free to VC Bird airport and the hotels in the south and US$25 anywhere else, the fuel back the same or US$7 a gallon, no car on the ferry to Barbuda; records after dashes inline, every booking one car for one customer; an exercise book and WhatsApp today; the taxi tours 'lef dat out', scooters 'nuh put dat'; the customers renamed drivers at the review",
    says: {
      overview:
        "Good morning! Mi name is Sharon Joseph. Mi and mi husband Calvin have a car rental in All Saints, Joseph's Car Rental, twelve cars. Most of we customers is visitors from the States, Canada and England, some come fu Sailing Week, some fu Carnival. Right now everyting write down in one exercise book and pon WhatsApp, and Me Lard, last Sailing Week mi give out the same jeep to two people fu the same day. Calvin nearly dead. So we want a website where people book a car demself and pay the deposit.",
      walkthrough:
        "OK, so a so it go. Small car is US$50 a day, jeep is US$70, minivan US$90.\n\nFrom 15 December to 15 April, dat's high season, dem haffu book 3 days at least. If dem book a week or more, dem get 10% off.\n\nThe driver must be from 25 to 70 years, and have dem licence 2 years at least.\n\nEvery driver need the local permit, US$20, the police say so. We sell it to dem when dem pick up the car.\n\nDem pay US$200 deposit when dem book pon the website, and the rest when dem pick up.\n\nWe bring the car free to VC Bird airport and the hotels in the south. Anywhere else is US$25.\n\nDem must bring it back with the same fuel, or we charge US$7 a gallon.\n\nAnd no car cyaan go pon the ferry to Barbuda, never, if someting happen over deh we cyaan reach.",
      things:
        "Cars - plate, make, model, type, colour, daily rate. Customers - name, email, phone, country, licence number, date of birth, permit number. Bookings - car, customer, pick up date, return date, pick up place, deposit, total. Every booking is one car fu one customer.",
      extras: [
        "The taxi tours round the island, dat's the taxi association business, lef dat out. And we nuh rent scooter, nuh put dat.",
        "Dat's all. Thank you, have a bless day!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Mi and Calvin see everyting. Customers make an account fu book and see dem booking.",
    },
    atReview: [
      "Everyting look nice. Only one ting, change 'Customers' to 'Drivers', dat's what we call dem. Then it good.",
    ],
    expect: {
      kind: "web app",
      features: [
        "small car US$50",
        "jeep US$70",
        "minivan US$90",
        "15 December 3 days",
        "week 10% off",
        "driver 25 to 70",
        "licence 2 years",
        "local permit US$20",
        "US$200 deposit",
        "free airport hotels",
        "same fuel US$7 a gallon",
        "ferry Barbuda",
      ],
      tables: [
        { name: "cars", fields: ["plate", "make", "model", "type", "colour", "daily rate"] },
        {
          name: "drivers",
          fields: ["name", "email", "phone", "country", "licence number", "date of birth", "permit number"],
        },
        {
          name: "bookings",
          fields: ["car", "pick up date", "return date", "pick up place", "deposit", "total"],
        },
      ],
      excluded: ["taxi", "scooter"],
      background: ["exercise book"],
    },
  },
  {
    id: "nquthu-dip-tank",
    who: "The secretary of a community cattle dip tank committee near Nquthu in KwaZulu-Natal, in isiZulu (never used before, as she types it on her phone, with the English words Zulu speakers really mix in: 'i-app', 'i-network', 'i-report', 'i-State Vet', 'u-R2', 'e-dip tank', 'e-auction', 'akusiyo indaba yethu', 'ungazifaki'): a phone app for the committee at the dip tank where there is no network that sends everything when they reach the network, cattle dipped every Tuesday in summer from October to March and every two weeks in winter, R2 a head each dipping, calves under 3 months not dipped, an owner whose cattle miss three dippings in a row reported to the State Vet, dead or sold cattle taken off the list, a report of all the cattle to the State Vet at the end of every month; records after colons on lines with the kind of beast in brackets, every beast one owner's; a big register (irejista) today; the auctions 'akusiyo indaba yethu', goats and sheep 'ungazifaki'; the colour added to the cattle after 'Change something' at 'Your data'",
    says: {
      overview:
        "Sawubona! Igama lami nguNomvula Mthembu, ngingunobhala wekomidi le-dip tank lapha eNquthu. Abantu besigodi baletha izinkomo zabo e-dip tank, zingaphezu kuka-600. Manje konke sikubhala encwadini enkulu, irejista, kodwa uma lina iphepha liba manzi, futhi ekupheleni kwenyanga i-State Vet ifuna i-report, kuthatha izinsuku ukubala. Sifuna i-app efonini.",
      more: "E-dip tank ayikho i-network neze. I-app kumele isebenze ngaphandle kwe-network, bese ithumela konke uma sesifike lapho kukhona i-network khona.",
      walkthrough:
        "Kuhamba kanje. Ehlobo, kusukela ngo-Okthoba kuya kuMashi, izinkomo zidiphwa njalo ngeLwesibili. Ebusika zidiphwa njalo emasontweni amabili.\n\nUmnikazi ukhokha u-R2 ngenkomo ngayinye njalo uma zidiphiwe.\n\nAmathole angaphansi kwezinyanga ezi-3 awadiphwa.\n\nUma izinkomo zomnikazi zingafikanga kathathu zilandelana, sibika ku-State Vet.\n\nUma inkomo ifile noma idayisiwe, siyayikhipha ohlwini.\n\nEkupheleni kwenyanga yonke sithumela i-report yezinkomo zonke ku-State Vet.",
      things:
        "Abanikazi: igama, isibongo, iselula, isigodi, uphawu\nIzinkomo: umnikazi, inombolo yendlebe, uhlobo (inkunzi, inkabi, inkomazi, ithole), ubudala\nUkudipha: usuku, umnikazi, izinkomo ezidiphiwe, imali\nInkomo ngayinye ingeyomnikazi oyedwa.",
      thingsChange: "Ezinkomeni engeza umbala, ngoba abantu bazazi izinkomo zabo ngombala.",
      extras: [
        "Ukudayiswa kwezinkomo e-auction, lokho akusiyo indaba yethu. Izimbuzi nezimvu azidiphwa lapha, ungazifaki.",
        "Yilokho kuphela. Ngiyabonga kakhulu!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Mina, usihlalo nabasizi ababili e-dip tank. Abanikazi abadingi ukungena.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "zidiphwa njalo ngeLwesibili",
        "ebusika emasontweni amabili",
        "R2 ngenkomo ngayinye",
        "amathole kwezinyanga ezi-3",
        "kathathu zilandelana",
        "ifile idayisiwe",
        "ekupheleni kwenyanga i-report",
      ],
      tables: [
        { name: "abanikazi", fields: ["igama", "isibongo", "iselula", "isigodi", "uphawu"] },
        { name: "izinkomo", fields: ["umnikazi", "inombolo yendlebe", "uhlobo", "ubudala", "umbala"] },
        { name: "ukudipha", fields: ["usuku", "umnikazi", "izinkomo ezidiphiwe", "imali"] },
      ],
      excluded: ["auction", "izimbuzi"],
      background: ["irejista"],
    },
  },
  {
    id: "moga-combine-hire",
    who: "A farmer from a village near Moga who hires out two combines and a straw reaper at the wheat and paddy harvests, in Punjabi (Gurmukhi, never used before, as he types it, with the English words Punjabis really mix in: 'ਐਪ', 'ਬੁਕਿੰਗ', 'ਕੰਬਾਈਨ', 'ਡਰਾਈਵਰ', 'ਐਡਵਾਂਸ', 'ਮੋਬਾਈਲ', 'ਨੈੱਟ', 'ਸੁਪਰ ਐਸਐਮਐਸ', 'ਸਟ੍ਰਾਅ ਰੀਪਰ', 'ਨਾ ਪਾਇਓ'): a phone app where he and his son see every booking and the drivers see theirs and fill in the acres, wheat ₹1,600 a kila and paddy ₹2,000, ₹300 a kila more with the Super SMS, the straw reaper ₹1,200 a kila, ₹2,000 advance at booking and the rest within 7 days of the cutting, nowhere further than 20 km from the village, at most 25 kila a day for a combine, no cutting in the rain and the booking moved to the next day, the drivers ₹100 a kila; records in brackets on lines with the crop in brackets inside, every booking one farmer's with one combine; a diary today; his brother's tractor-trolley hire 'ਨਾ ਪਾਇਓ' and the arhtiyas' accounts 'ਸਾਡਾ ਕੰਮ ਨਹੀਂ'; the diesel taken out at the review",
    says: {
      overview:
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ! ਮੇਰਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਆ, ਮੋਗੇ ਦੇ ਲਾਗੇ ਪਿੰਡ ਚੜਿੱਕ ਤੋਂ। ਸਾਡੇ ਕੋਲ ਦੋ ਕੰਬਾਈਨਾਂ ਤੇ ਇੱਕ ਸਟ੍ਰਾਅ ਰੀਪਰ ਆ, ਕਣਕ ਤੇ ਝੋਨੇ ਦੀ ਕਟਾਈ ਵੇਲੇ ਆਲੇ-ਦੁਆਲੇ ਦੇ ਪਿੰਡਾਂ ਵਿੱਚ ਕਿਰਾਏ ਤੇ ਚਲਾਉਂਦੇ ਆਂ। ਹੁਣ ਸਾਰੀਆਂ ਬੁਕਿੰਗਾਂ ਫੋਨ ਤੇ ਆਉਂਦੀਆਂ ਤੇ ਮੈਂ ਡਾਇਰੀ ਵਿੱਚ ਲਿਖ ਲੈਂਦਾ। ਪਿਛਲੇ ਸਾਲ ਝੋਨੇ ਵੇਲੇ ਇੱਕੋ ਦਿਨ ਦੋ ਕਿਸਾਨਾਂ ਨੂੰ ਹਾਂ ਕਰ ਦਿੱਤੀ, ਬੜਾ ਰੌਲਾ ਪਿਆ। ਮੇਰਾ ਮੁੰਡਾ ਕਹਿੰਦਾ ਮੋਬਾਈਲ ਵਿੱਚ ਐਪ ਬਣਾ ਲਓ।",
      more: "ਖੇਤਾਂ ਵਿੱਚ ਵੀ Jio ਦਾ ਨੈੱਟ ਚੱਲ ਜਾਂਦਾ, ਕੋਈ ਦਿੱਕਤ ਨਹੀਂ।",
      walkthrough:
        "ਕਣਕ ਦੀ ਕਟਾਈ ₹1,600 ਕਿੱਲਾ, ਝੋਨੇ ਦੀ ₹2,000 ਕਿੱਲਾ। ਝੋਨੇ ਵਿੱਚ ਸੁਪਰ ਐਸਐਮਐਸ ਲੱਗਦਾ, ਉਹਦੇ ₹300 ਕਿੱਲਾ ਹੋਰ।\n\nਸਟ੍ਰਾਅ ਰੀਪਰ ਨਾਲ ਤੂੜੀ ₹1,200 ਕਿੱਲਾ।\n\nਬੁਕਿੰਗ ਵੇਲੇ ₹2,000 ਐਡਵਾਂਸ, ਬਾਕੀ ਪੈਸੇ ਕਟਾਈ ਤੋਂ 7 ਦਿਨਾਂ ਦੇ ਅੰਦਰ।\n\nਪਿੰਡ ਤੋਂ 20 ਕਿਲੋਮੀਟਰ ਤੋਂ ਦੂਰ ਨਹੀਂ ਜਾਂਦੇ।\n\nਇੱਕ ਕੰਬਾਈਨ ਦਿਨ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ 25 ਕਿੱਲੇ ਕੱਟਦੀ, ਇਸ ਤੋਂ ਵੱਧ ਬੁਕਿੰਗ ਨਾ ਲਵੇ।\n\nਮੀਂਹ ਪੈ ਜਾਵੇ ਤਾਂ ਕਟਾਈ ਬੰਦ, ਬੁਕਿੰਗ ਅਗਲੇ ਦਿਨ ਤੇ ਚਲੀ ਜਾਵੇ।\n\nਡਰਾਈਵਰਾਂ ਨੂੰ ₹100 ਕਿੱਲਾ ਮਿਲਦਾ, ਜਿੰਨੇ ਕਿੱਲੇ ਕੱਟੇ।",
      things:
        "ਕਿਸਾਨ (ਨਾਮ, ਪਿੰਡ, ਮੋਬਾਈਲ)\nਕੰਬਾਈਨਾਂ (ਨੰਬਰ, ਮਾਡਲ, ਡਰਾਈਵਰ)\nਡਰਾਈਵਰ (ਨਾਮ, ਮੋਬਾਈਲ)\nਬੁਕਿੰਗਾਂ (ਕਿਸਾਨ, ਕੰਬਾਈਨ, ਤਾਰੀਖ, ਫਸਲ (ਕਣਕ ਜਾਂ ਝੋਨਾ), ਕਿੱਲੇ, ਐਡਵਾਂਸ, ਬਾਕੀ)\nਡੀਜ਼ਲ (ਕੰਬਾਈਨ, ਤਾਰੀਖ, ਲੀਟਰ, ਪੈਸੇ)\nਹਰ ਬੁਕਿੰਗ ਇੱਕ ਕਿਸਾਨ ਦੀ ਹੁੰਦੀ ਤੇ ਇੱਕ ਕੰਬਾਈਨ ਨਾਲ।",
      extras: [
        "ਟਰੈਕਟਰ-ਟਰਾਲੀ ਕਿਰਾਏ ਤੇ ਮੇਰਾ ਭਰਾ ਦਿੰਦਾ, ਉਹ ਉਹਦਾ ਕੰਮ ਆ, ਨਾ ਪਾਇਓ। ਆੜ੍ਹਤੀਆਂ ਦਾ ਹਿਸਾਬ ਵੀ ਸਾਡਾ ਕੰਮ ਨਹੀਂ।",
        "ਬੱਸ ਜੀ, ਇੰਨਾ ਹੀ। ਬਹੁਤ ਧੰਨਵਾਦ!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "ਮੈਂ ਤੇ ਮੇਰਾ ਮੁੰਡਾ ਸਭ ਕੁਝ ਦੇਖਦੇ ਆਂ। ਡਰਾਈਵਰ ਆਪਣੀਆਂ ਬੁਕਿੰਗਾਂ ਦੇਖਣ ਤੇ ਕਿੱਲੇ ਭਰਨ। ਕਿਸਾਨਾਂ ਨੂੰ ਲੌਗਇਨ ਦੀ ਲੋੜ ਨਹੀਂ।",
    },
    atReview: ["ਠੀਕ ਆ। ਬੱਸ ਡੀਜ਼ਲ ਵਾਲਾ ਹਟਾ ਦਿਓ, ਉਹ ਮੈਂ ਪੰਪ ਵਾਲੇ ਦੀ ਕਾਪੀ ਵਿੱਚੋਂ ਹੀ ਦੇਖ ਲੈਂਦਾ। ਬਾਕੀ ਸਭ ਵਧੀਆ।"],
    expect: {
      kind: "mobile app",
      features: [
        "ਕਣਕ ₹1,600",
        "ਝੋਨੇ ₹2,000",
        "ਸੁਪਰ ਐਸਐਮਐਸ ₹300",
        "ਸਟ੍ਰਾਅ ਰੀਪਰ ₹1,200",
        "₹2,000 ਐਡਵਾਂਸ",
        "ਬਾਕੀ ਪੈਸੇ 7 ਦਿਨਾਂ",
        "20 ਕਿਲੋਮੀਟਰ",
        "ਕੰਬਾਈਨ 25 ਕਿੱਲੇ",
        "ਮੀਂਹ ਅਗਲੇ ਦਿਨ",
        "ਡਰਾਈਵਰਾਂ ₹100",
      ],
      tables: [
        { name: "ਕਿਸਾਨ", fields: ["ਨਾਮ", "ਪਿੰਡ", "ਮੋਬਾਈਲ"] },
        { name: "ਕੰਬਾਈਨਾਂ", fields: ["ਨੰਬਰ", "ਮਾਡਲ", "ਡਰਾਈਵਰ"] },
        { name: "ਡਰਾਈਵਰ", fields: ["ਨਾਮ", "ਮੋਬਾਈਲ"] },
        {
          name: "ਬੁਕਿੰਗਾਂ",
          fields: ["ਕਿਸਾਨ", "ਕੰਬਾਈਨ", "ਤਾਰੀਖ", "ਫਸਲ", "ਕਿੱਲੇ", "ਐਡਵਾਂਸ", "ਬਾਕੀ"],
        },
      ],
      excluded: ["ਟਰਾਲੀ", "ਆੜ੍ਹਤੀ"],
      background: ["ਡਾਇਰੀ"],
    },
  },
];
