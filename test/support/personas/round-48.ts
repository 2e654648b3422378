import type { Persona } from "../persona-driver.js";

/**
 * The forty-eighth round: people never seen before, written to be held out (or tuned on,
 * with another round held out in its place), written without reading the interviewer and
 * before any spec was made from these people's words. What each person expects was
 * written from what they said, as a fair human reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons on lines and
 * inline, after dashes on lines, in brackets inline, or told in sentences ("Every team has
 * …", "Every account has …", "Every night has …"). Eight write in English, each in their own
 * English and their own register, none of them used before (every round-*.ts, index.ts
 * and held-out.ts was searched, their doc comments and every `who`: the Pittsburghese of
 * the Mon Valley, the Chicago English of the South Side, the Baltimore English of Dundalk
 * and the Minnesotan and Wisconsin Englishes were used, no English of St. Louis was, nor
 * "St. Louis", "Provel", "toasted ravioli", "gooey butter", "Imo's", "warshing" or
 * "trivia"; the Yukon English of Whitehorse, the Alberta English of Ponoka, the
 * Saskatchewan prairie English and the Mennonite English of southern Manitoba were used, no
 * English of British Columbia was, nor "up-island", "skookum", "spendy", "Comox", "Baynes"
 * or "the chuck"; Korean was written in Hangul (a Busan dry cleaner) and Koreans were named
 * once as customers, no English of Seoul was, nor "Seoul", "noona", "Noryangjin",
 * "gongsi", "aigoo", "study cafe" or "ㅋㅋ"; the Geordie of Ashington, the Teesside English
 * of Grangetown and the Yorkshire Englishes of Barnsley and the Dales were used, no English
 * of Sunderland was, nor "Mackem", "howay", "canny", "bairn", "radgie" or "ballroom"; the
 * Nigerian English of a Lagos estate, the Pidgin-coloured English of Warri, the English of
 * Kano, the Nigerian Igbo English of Amawbia and Yoruba typed in Ibadan were used, no
 * English of Calabar was, nor "Calabar", "Efik", "Mesiere", "Sosongo", "titus", "croaker"
 * or "2 quire"; Hindi was written in Devanagari (a Lucknow dairy) and the Englishes of
 * Bengaluru, Chennai, Mumbai, Kolkata, Coorg and India's North East were used, no English of
 * Bihar was, nor "Bihar", "Darbhanga", "Mithila", "makhana", "Chhath", "Pranam" or
 * "suta"; the Southland New Zealand English of Gore, the Kiwi Māori English near Ōpōtiki
 * and the Pasifika English of Ōtara were used and Chatham was named once as a town on Cape
 * Cod, no English of the Chatham Islands was, nor "Chathams", "Rēkohu", "Wharekauri",
 * "Waitangi", "Timaru", "gidday" or "ka kite"; Vietnamese was written (a karaoke bar) and
 * the Vietnamese-American English of Little Saigon was used, no English of Hanoi was, nor
 * "Hanoi", "Tết" with its mark, "cây quất", "Zalo", "tháng Chạp", "Dạ" or "triệu"): the
 * St. Louis English of South City, in long paragraphs ("what high school", "South City",
 * "toasted ravioli", "Imo's", "Provel", "gooey butter cake", "soda", "warshing",
 * "anyways", "I about died", "forget about it", "Go Cards"), the Vancouver Island English
 * of the Comox Valley, in lower-case fragments ("up-island", "the chuck", "rn", "spendy",
 * "vic", "a keener", "skookum", "gumboots", "not our gig", "dont even bother", "thx"), the
 * English of a Seoul developer, in lower-case fragments ("noona", "gongsi ppl", "lol",
 * "aigoo", "ㅋㅋ", "literally", "pass", "감사합니다"), the Mackem English of Sunderland, in
 * between ("Howay", "me mam", "thirty year", "bairn", "went radgie", "man", "proper",
 * "owt", "nowt to do wi' us", "leave that oot", "Haway the lads"), the Efik English of
 * Calabar, in long paragraphs ("Mesiere", "Efik to the bone", "iyak", "mama put", "my
 * sister", "as in", "Abasi", "mbok", "no story", "no light", "the gen", "comot that one",
 * "Sosongo"), the Maithili English of Darbhanga, in short plain sentences ("Pranam", "pag,
 * paan, machh, makhan", "guri", "lawa", "suta", "bahi-khata", "light goes", "inverter",
 * "munshi", "Chhath", "Dhanyavad", "Jai Mithila"), the Chatham Islands English of
 * Waitangi, in between ("Gidday", "the Chathams", "Rēkohu", "Wharekauri", "the ship",
 * "dear", "Aunty", "feed out", "not our patch", "Choice", "Ka kite"), and the English of
 * Hanoi, in short plain sentences ("Dạ", "ạ", "cây quất", "Tết", "tháng Chạp", "mùng 10",
 * "triệu", "800k", "chuyển khoản", "xe ba gác", "Zalo", "not our business ạ", "Cảm ơn
 * ạ"). One writes in Moroccan Darija (never used before: Arabic was written in the Arabic
 * script, a Riyadh mosque's memorisation circles among them, and the Englishes of the
 * Gulf, Amman, Beirut and Cairo were used, Darija never, "Moroccan" only as a kind of
 * esrog, nor "Casablanca", "Casa", "Derb Sultan", "bzaf", "dyal", "smiti" or "bghit"; as
 * a stationer in Derb Sultan types it on WhatsApp, in Latin letters with 3, 7 and 9 for
 * the sounds Latin has no letter for, in between, with the French words Casablancans
 * really mix in: "librairie-papeterie", "la rentrée", "les fournitures", "les cahiers",
 * "niveau", "avance", "virement", "CashPlus", "avoir", "livraison", "remise", "site web",
 * "OFPPT", "mot de passe", "hadak machi chghelna", "khlliha b3id, ma tdkhlhach", "Choukran
 * bzaf, bslama"), and one in Guarani (never used before: Spanish was written as Mexican
 * Spanish and Portuguese as Brazilian and European, Guarani never, nor "Paraguay",
 * "Itauguá", "ñandutí", "Aguyje", "chipa", "Tigo" or "jajotopata", its ĩ only inside
 * Vietnamese words and its ẽ and ỹ nowhere; as the head of an artisans' committee in
 * Itauguá types it, the Jopara that Paraguayans really write, in short plain sentences,
 * with the Spanish words they really mix in: "comité de artesanas", "cuaderno",
 * "planilla", "informática", "programa", "computadora", "internet", "lunes", "jueves",
 * "medida", "precio", "efectivo", "giro Tigo", "seña", "Correo Paraguayo", "descuento",
 * "hilo sintético", "contraseña", "ndaha'éi ore rembiapo", "ani pemoĩ upéva",
 * "Aguyjevete, jajotopata").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a South City parish trivia night (the first Saturday of the month October through
 * March but January, doors at 6 and the first question at 7, tables of eight at $200 or $25
 * a person, 40 tables, reserved and paid by card and never held unpaid, money back two
 * weeks ahead and somebody else sent after, 10 rounds of 10 questions, mulligans at $5 and
 * 3 a table, one tiebreaker question with the closest winning, $200 and $100 to first and
 * second, your own food and drinks), a Calabar frozen fish cold room (Monday to Saturday 7
 * to 6 and never Sunday, 20 kilo cartons of titus, croaker, hake and shawa at prices she
 * changes herself, half cartons of titus and hake at half plus ₦1,000, ₦1,500 off a carton
 * from 10, nothing packed before the transfer enters, credit only to six-month regulars up
 * to ₦400,000 for 7 days and no order while owing past 7, keke delivery at ₦3,000 and
 * ₦5,000, after 4 the next day, the Apapa truck on Tuesdays, a thawed carton never sold as
 * frozen but to the smokers at half) and a Derb Sultan stationer's school packs (orders 1
 * July to 15 September, a list for every school and level from CP to the bac, the whole
 * pack priced, what the child has taken off, covering at 3 dh a book and 2 dh an exercise
 * book, 50% down, cash, transfer or CashPlus, ready in 5 days with a message, back on the
 * shelves after 15 days with the deposit kept as credit, delivery in Casa 20 dh and free
 * from 500 dh, the parent called when a book is out of stock, 5% off for 3 children), the
 * last in Node.js with NestJS and MongoDB; phone apps for a Baynes Sound oyster farm (only
 * when the area is open on the DFO closures page, the beach on tides under 1 metre and the
 * trays any tide, a tag on every bag with the tenure, the area, the date and the time out
 * of the water, tags kept 90 days, the cooler within 2 hours under 7 degrees, extra small,
 * small, medium and shuckers, restaurant boxes of 100 at $90, $75 and $60, shuckers to the
 * Courtenay plant at 35 cents, Comox Valley deliveries Tuesday and Friday free from 4
 * boxes, Vancouver on Thursday's first ferry at $45 more, the farm gate on Saturdays 10 to
 * 2, the crew at $25 an hour and $5 more on winter night tides) and a Tứ Liên kumquat
 * grower's Tết trees (orders 1 December to 25 tháng Chạp, three sizes at 800k, 2 triệu and
 * 5 triệu, renting at half, rented trees collected mùng 10 to mùng 15 and the full price
 * for a broken or dead one, 30% down, delivery at 200k and 300k, three men and the xe ba gác
 * for a big tree, a photo on Zalo before delivery, 10% off for offices from 10 trees,
 * nothing delivered after 28 Tết); programs on an offline computer for a Darbhanga makhana
 * popping unit (guri bought 15 August to 30 November and weighed before the farmer, ₹180 a
 * kg dry and ₹140 wet, paid the same day in cash to ₹10,000 and by UPI or transfer above,
 * the workers ₹40 a kg of lawa on Saturdays, lawa graded by suta at ₹1,100, ₹900, ₹750,
 * ₹500 and ₹300 broken, 50 kg an order in 10 kg bags, half in advance and the rest before
 * dispatch, a GST bill at 5%, freight paid by the trader, the local shops first before
 * Chhath) and an Itauguá ñandutí committee (pieces brought Monday and Thursday 7 to 11,
 * every piece written with who made it, the size, the colour and the price, three sizes at
 * 50,000, 120,000 and 300,000 Gs, 80% to the artisan and 20% to the committee, paid on
 * Fridays once sold in cash or by giro Tigo, taken back after 6 months unsold, the shop
 * open Monday to Saturday 8 to 17, orders from Asunción or abroad with 50% down and 30
 * days, the Correo Paraguayo paid by the customer, 10% off from 10 pieces, none sold in
 * synthetic thread); a service without screens, in Kotlin with Spring Boot and PostgreSQL,
 * for a Noryangjin study cafe that a door kiosk and a React Native app call (open 24 hours
 * every day, 60 open seats, 12 fixed seats and 3 study rooms, time passes of 2 to 12 hours,
 * a 50 hour pack for 60 days counted only while checked in, period passes of 2 and 4 weeks,
 * a fixed seat for 4 weeks, study rooms at 8,000 won an hour booked 7 days ahead, checking
 * in with the phone's last 4 digits and a PIN, checked out after 12 hours, lockers 10,000
 * won a month, refunds only on period passes within 7 days, middle schoolers out by 10 pm,
 * a Kakao message 10 minutes before the time runs out); a C# library on NuGet for the
 * results of ballroom and Latin dance competitions in the North East (3, 5 or 7 judges,
 * crosses in the early rounds with ties on the last place all going through, no more than
 * 8 couples in a final, no judge giving two couples the same place, first place to a
 * majority and then first and second together and so on down, the bigger majority and
 * then the lower total, the next place down and else a shared place, multi-dance finals
 * by the lowest total of places and then the most dances won, every couple's place and the
 * working); and a command-line tool in Python with SQLite for a Chatham Islands fuel depot
 * (open Monday to Friday 8 to 5 and Saturday 9 to 12, petrol $3.90 and diesel $3.40 a litre
 * changing with every ship, accounts paid by the 20th, cash only when 2 months behind,
 * cash or card from visitors, diesel delivered to the farms from 200 litres at $40, the
 * tanks dipped every morning when the ship is due, 40 litres of diesel a day under 5,000
 * litres with the power station, the doctor and the farms first, 20 litres of petrol a car
 * under 2,000, a statement every month), with commands and flags. The Comox Valley farmer
 * and the Seoul developer answer in lower-case fragments, the South City trivia lady and
 * the Calabar cold room owner in long paragraphs, the Darbhanga unit owner, the Tứ Liên
 * grower and the Itauguá committee head in short plain sentences, the others in between.
 *
 * Relations said plainly ("Every team is for one night, and a team gets a score for every
 * round", "every bag is off one harvest, every order is one restaurant's", "every check-in
 * is one member on one seat, every pass is one member's", "Every order is for one
 * customer, and every delivery is for one order", "Every purchase is from one farmer.
 * Every sale is to one trader", "Every sale is on one account, and every delivery is for
 * one account", "Every order is for one customer, one order can have many trees", "Kol
 * commande dyal tfel wa7d", "Peteĩteĩ ñandutí peteĩ artesana mba'e"); allowed values in
 * brackets (a seat's kind) and in the lists and sentences themselves (paid or not, beach or
 * trays, night tide or not, regular or not, half or full, transfer or POS or cash, delivery
 * or pick up, dry or wet, farm or not, petrol or diesel, cash or account, buy or rent,
 * tghlif wla la, wajda wla la, ojevende térã nahániri, efectivo térã tarjeta); background
 * on a clipboard and in a cigar box, a tag book and a tide table, a franchise kiosk program
 * and an excel file, a pencil and the marks sheets, a 2 quire notebook and bank alerts, a
 * bahi-khata and a diary, a Croxley book and dockets, a school notebook and old calendars,
 * a cahier kbir and WhatsApp, a cuaderno and a planilla; technology named as Kotlin with
 * Spring Boot and PostgreSQL, C# and .NET, Python with SQLite, and NestJS with MongoDB, and
 * none at all by six of them; "no" said as "that's all theirs, I don't touch it", "forget
 * about it", "not our gig", "dont even bother", "not ours", "pass", "nowt to do wi' us",
 * "leave that oot, man", "it has nothing to do with us", "comot that one", "That is
 * separate", "Not now", "not our patch", "leave that out too", "not our business ạ",
 * "please leave it out", "hadak machi chghelna", "khlliha b3id, ma tdkhlhach", "ndaha'éi
 * ore rembiapo", "ani pemoĩ upéva"; while rules keep their "no" ("we don't hold a table
 * for anybody that hasn't paid", "nothing gets harvested unless", "we don't pack any order
 * until the transfer has entered", "we don't sell it as frozen again", "time pass none", "We don't
 * deliver after 28 Tết", "A judge can't give two couples the same place", "ndorovendéi").
 *
 * The South City trivia lady takes the email off the teams and puts the table number on
 * them, the Tứ Liên grower takes the height off the trees and puts a photo on them, and
 * the Itauguá committee head takes the compañía off the artisans (artesanakuéra) and puts
 * the design (diseño) on the ñandutí, each after "Change something" at "Your data"; the
 * Seoul developer puts the parent phone on the members, the Darbhanga unit owner puts the
 * vehicle number on the sales, the Chatham Islands developer puts the truck driver on the
 * deliveries and the Derb Sultan stationer puts the address (l'adresse) on the orders
 * (commandes), each at the review. Darija and Guarani are compared by their own words, so
 * their expected words are in the forms the person used (as "livraison f Casa 20 dh b
 * lfabor 500 dh", "artesana ohupyty 80% comité-pe opyta 20%"); every expected feature was
 * checked to be in one sentence the person said, and the excluded words of all ten were
 * checked not to read like anything they want (not "soda" for the Men's Club's beer and
 * soda, when people bring their own drinks, but "beer"; not "fish" for the smokers, when
 * the cold room sells frozen fish, but "cement" and "ice block"; not "makhana" for the
 * flavoured makhana packets, when makhana is the unit's whole trade, but "flavoured"; not
 * "trees" for the peach blossom trees, when the kumquat trees are the thing, but "peach";
 * not "ñandutí" for the Festival del Ñandutí, but "Festival"; not "machine" for the snack
 * vending machine, when a kiosk is a machine too, but "printer" and "coaching"; not "the
 * store" for the gas bottles the store does, but "gas bottles").
 */
export const FORTY_EIGHTH_ROUND: Persona[] = [
  {
    id: "south-city-trivia-night",
    who: "A woman in South City, St. Louis, who for going on twelve years has run the trivia nights in her parish hall in Holly Hills to raise money for the parish school, in the St. Louis English of South City, in long paragraphs ('what high school', 'South City', 'toasted ravioli', \"Imo's\", 'Provel', 'gooey butter cake', 'soda', 'warshing', 'anyways', 'I about died', 'forget about it', 'Go Cards'): a website where people see which nights still have tables, reserve a table and pay, and she and the committee see every table and the scorers put in the points, trivia nights the first Saturday of the month October through March except January, doors at 6 and the first question at 7, a table of eight $200 or $25 a person put at a table with other folks, the hall holding 40 tables, a table reserved and paid on the website by card and never held for anybody unpaid, the money back on a cancel two weeks before and no refund after but somebody else sent in your place, 10 rounds of 10 questions at a point a right answer, a mulligan $5 counting one right answer and 3 a table for the night, a tie for first settled by one tiebreaker question with a number and the closest winning, $200 to first place and $100 to second, your own food and drinks brought; records told in sentences ('Every team has …') with paid or not in them, every team for one night and a score for every round; a clipboard and a cigar box today; the Men's Club's beer and soda \"that's all theirs, I don't touch it\", the silent auction 'forget about it'; the email taken off the teams and the table number put on them after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hi there. My name is Maureen Schaefer, I'm from South City, St. Louis, born and raised in St. Louis Hills, and since the first thing anybody here asks you is what high school you went to, it's Nerinx, class of '82. For going on twelve years I've run the trivia nights at our parish hall in Holly Hills to raise money for the school. If you're not from here, trivia night is a big deal in St. Louis, people bring their own food, toasted ravioli, Imo's with the Provel, gooey butter cake, and sit at tables of eight and answer questions all night long. Right now all the tables are on a clipboard by my phone and the checks go in a cigar box in my kitchen drawer, and I'm not getting any younger. In February I gave the same table to two different groups, and both of them had paid, and the Kellers and the Nieporents stood there in the hall holding their crockpots and glaring at each other, and I about died. My son-in-law builds websites for a company out in Chesterfield, and he says he can make us one.",
      more: "I want people to be able to go on the website, see which nights still have tables, reserve a table and pay right there, and me and the other two ladies on the committee see every table that's reserved. And on the night, our scorers want to put the points in on a laptop instead of adding it all up by hand on the big poster board.",
      walkthrough:
        "Okay, so here's how we do a trivia night, and you'll see we've got our rules.\n\nWe have them the first Saturday of the month, October through March, except January, because that's right after the holidays and nobody comes.\n\nDoors open at 6 and the first question is at 7 sharp.\n\nA table is eight people, and a table is $200, or if it's just you and your husband you can come for $25 a person and we'll put you at a table with some other folks.\n\nThe hall holds 40 tables, and once those are gone, they're gone, the fire marshal was out last year.\n\nYou reserve your table and pay on the website with a card, and we don't hold a table for anybody that hasn't paid, not even Father's sister.\n\nIf you cancel two weeks before, you get your money back, and after that there's no refund, but you can send somebody else in your place.\n\nIt's 10 rounds of 10 questions, and every right answer is a point.\n\nA mulligan is $5 and it counts as one right answer, and a table can buy 3 for the whole night, no more.\n\nIf two tables tie for first at the end, there's one tiebreaker question with a number, and whoever's closest wins.\n\nFirst place gets $200 and second place gets $100.\n\nYou bring your own food and drinks, we don't care what, just clean up after yourselves, we're not warshing your dishes.",
      things:
        "Every night has the date, the theme and how many tables are left. Every team has a team name, the captain, the captain's phone, the captain's email, how many people and paid or not. The scores have the team, the round and the points. Every team is for one night, and a team gets a score for every round.",
      thingsChange:
        "Two things. Take the email off the teams, I call the captain anyways, I never once emailed anybody. And put the table number on the teams, so the scorers know whose answer sheet is whose.",
      extras: [
        "The beer and soda the Men's Club sells out of the kitchen, that's all theirs, I don't touch it. And the silent auction in the back, forget about it, I don't want to hear the words silent auction.",
        "No, I think that's it. Thanks a bunch, and Go Cards.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the other two ladies on the committee see everything, and the scorers put in the points on the night. The captains sign up with their phone number and a password to reserve and pay, and they only see their own table.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "first Saturday of the month October through March except January",
        "doors open at 6 first question is at 7",
        "a table is eight people $200 $25 a person",
        "hall holds 40 tables",
        "reserve your table and pay on the website with a card don't hold a table hasn't paid",
        "cancel two weeks before money back no refund send somebody else in your place",
        "10 rounds of 10 questions every right answer is a point",
        "mulligan $5 one right answer a table can buy 3 for the whole night",
        "tie for first one tiebreaker question with a number closest wins",
        "first place $200 second place $100",
        "bring your own food and drinks",
      ],
      tables: [
        { name: "nights", fields: ["date", "theme", "tables left"] },
        {
          name: "teams",
          fields: [
            "team name",
            "captain",
            "captain's phone",
            "how many people",
            "paid or not",
            "table number",
          ],
        },
        { name: "scores", fields: ["team", "round", "points"] },
      ],
      excluded: ["beer", "silent auction"],
      background: ["clipboard", "cigar box"],
    },
  },
  {
    id: "baynes-sound-oyster-farm",
    who: "A woman who with her partner farms oysters on a tenure in Baynes Sound just south of Fanny Bay on Vancouver Island, beach oysters and deep water trays, in the Vancouver Island English of the Comox Valley, in lower-case fragments ('up-island', 'the chuck', 'rn', 'spendy', 'vic', 'a keener', 'skookum', 'gumboots', 'not our gig', 'dont even bother', 'thx'): a phone app for the two of them and the crew that works with no cell on the beach or the float and sends back at the truck, nothing harvested unless the area is open on the DFO closures page and closed after big rain or red tide, the beach harvested only on low tides under 1 metre and the trays any tide, a tag on every bag with the tenure number, the area, the date and the time out of the water, tags kept 90 days, bags in the cooler within 2 hours under 7 degrees, extra small under 3 inches, small 3 to 4, medium 4 to 5 and anything bigger a shucker, restaurants buying by the box of 100 at $90 for extra small, $75 for small and $60 for medium, shuckers to the plant in Courtenay at 35 cents each, Comox Valley deliveries Tuesday and Friday free for 4 boxes or more and $15 under, Vancouver on Thursday's first ferry at $45 more, the farm gate on Saturdays 10 to 2 at $15 a dozen smalls, the crew $25 an hour and $5 more on winter night tides; records after colons on lines with beach or trays and night tide or not in them, every bag off one harvest and every order one restaurant's; a tag book and a tide table on the fridge today; her partner's mum's Airbnb cabin 'not our gig', the clam digging tours 'dont even bother'",
    says: {
      overview:
        "hi! jen here. me + my partner rob farm oysters on a tenure in baynes sound, just south of fanny bay, up-island. beach oysters n deep water trays out in the chuck. rn the harvest log is a tag book n a tide table on the fridge, n the restaurant orders r texts. last spring a bag went to a place in vic with no harvest time on the tag, cfia came by n we had to pull the whole lot, spendy lesson. my nephew's a keener, doing comp sci at nic in courtenay, hes building us an app",
      more: "no cell on the beach or out on the float half the time so it has to work on the phone n send when were back at the truck. the crew are skookum but they got gumboots n wet hands, so big buttons pls",
      walkthrough:
        "ok so\nnothing gets harvested unless our area is open on the dfo closures page, after big rain or red tide its closed n nothing leaves\nbeach harvest only on low tides under 1 metre, the trays we can do any tide\nevery bag gets a tag with the tenure number, the area, the date n the time out of the water\ntags get kept 90 days\nbags go in the cooler within 2 hrs, under 7 degrees\nsizes are extra small under 3 inch, small 3 to 4, medium 4 to 5, anything bigger is a shucker\nrestaurants buy by the box of 100, extra small $90, small $75, medium $60\nshuckers go to the plant in courtenay at 35 cents each\ndeliveries round the comox valley tues n fri, free for 4 boxes or more, $15 under that\nvancouver goes thurs on the first ferry, $45 extra for the ferry\nfarm gate saturdays 10 to 2, $15 a dozen smalls\ncrew is $25 an hr, night tides in winter get $5 more",
      things:
        "harvests: date, tide, area, beach or trays, bags, time out of water\nbags: tag number, harvest, size, count\nrestaurants: name, town, chef, phone\norders: restaurant, date, size, boxes, delivery day, paid\ncrew hours: name, date, hours, night tide or not\nevery bag is off one harvest, every order is one restaurant's",
      extras: [
        "robs mum does an airbnb cabin up by the road, not our gig. n people keep asking about clam digging tours, dont even bother",
        "thats it, thx!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "me n rob see everything. the crew put in the harvests n their hours on their phones. restaurants dont log in, they text me",
    },
    expect: {
      kind: "mobile app",
      features: [
        "nothing gets harvested unless our area is open on the dfo closures page",
        "beach harvest only on low tides under 1 metre trays any tide",
        "every bag tag tenure number area date time out of the water",
        "tags kept 90 days",
        "cooler within 2 hrs under 7 degrees",
        "extra small under 3 inch small 3 to 4 medium 4 to 5 anything bigger is a shucker",
        "box of 100 extra small $90 small $75 medium $60",
        "shuckers plant in courtenay 35 cents each",
        "comox valley tues n fri free for 4 boxes or more $15 under",
        "vancouver thurs first ferry $45 extra",
        "farm gate saturdays 10 to 2 $15 a dozen smalls",
        "crew $25 an hr night tides in winter $5 more",
      ],
      tables: [
        {
          name: "harvests",
          fields: ["date", "tide", "area", "beach or trays", "bags", "time out of water"],
        },
        { name: "bags", fields: ["tag number", "harvest", "size", "count"] },
        { name: "restaurants", fields: ["name", "town", "chef", "phone"] },
        { name: "orders", fields: ["restaurant", "date", "size", "boxes", "delivery day", "paid"] },
        { name: "crew hours", fields: ["name", "date", "hours", "night tide or not"] },
      ],
      excluded: ["airbnb", "clam"],
      background: ["tag book", "tide table"],
    },
  },
  {
    id: "noryangjin-study-cafe-api",
    who: "A backend developer in Seoul whose older sister runs a 24-hour study cafe in Noryangjin, mostly for people studying for the civil service exams, in the English of a Seoul developer, in lower-case fragments ('noona', 'gongsi ppl', 'lol', 'aigoo', 'ㅋㅋ', 'literally', 'pass', '감사합니다'): a service without screens, in Kotlin with Spring Boot and PostgreSQL, that the kiosk at the door and his friend's React Native app call, open 24 hours 365 days, 60 open seats, 12 fixed seats and 3 study rooms for up to 4, time passes of 2, 4, 8 and 12 hours at 3,000, 5,000, 8,000 and 10,000 won starting when bought, a 50 hour pack at 65,000 won valid 60 days and counted only while checked in, open seat period passes of 2 weeks at 85,000 and 4 weeks at 150,000, a fixed seat for 4 weeks at 200,000, study rooms at 8,000 won an hour for 1 hour at least booked 7 days ahead at most, checking in and out at the kiosk with the phone's last 4 digits and a 4 digit PIN, checked out after 12 hours when forgotten, lockers 10,000 won a month, no refund on a time pass and a period pass refunded within 7 days less the days used at 10,000 won a day, middle schoolers and younger out by 10 pm, a Kakao message 10 minutes before the time runs out; records after dashes on lines with a seat's kind in brackets, every check-in one member on one seat and every pass one member's; a franchise kiosk program and his sister's excel file today; the printer and the snack vending machine 'not ours', the study coaching in the lounge 'pass'; the parent phone put on the members at the review; Kotlin, Spring Boot and PostgreSQL",
    says: {
      overview:
        "hi. minjun, backend dev in seoul, i work in pangyo. my noona runs a study cafe in noryangjin, 24h, mostly gongsi ppl studying for the civil service exams n some high schoolers. rn its a franchise kiosk program + noona's excel n the franchise takes a cut of everything. last month the kiosk sold the same fixed seat to 2 ppl for 4 weeks n they literally fought about it at 2am lol, aigoo. noona left the franchise so im building the backend myself ㅋㅋ",
      more: "just the api. the kiosk at the door n my friend's react native app both call it. ppl buy passes n check in at the kiosk or in the app, noona sees everything on the admin side",
      walkthrough:
        "ok\n- open 24h, 365 days\n- 60 open seats, 12 fixed seats, 3 study rooms for up to 4 ppl\n- time passes: 2h 3,000 won, 4h 5,000, 8h 8,000, 12h 10,000, they start when you buy\n- hour pack 50h 65,000 won, valid 60 days, only counts while checked in\n- period pass open seat 2 weeks 85,000, 4 weeks 150,000\n- fixed seat 4 weeks 200,000, same seat n desk for you 24h\n- study room 8,000 won an hr, min 1h, book max 7 days ahead\n- check in/out at the kiosk w the last 4 digits of your phone + a 4 digit pin\n- forget to check out n it checks you out after 12h\n- lockers 10,000 won a month\n- refunds: time pass none, period pass within 7 days minus the days used at 10,000 won a day, after 7 days none\n- middle schoolers n younger gotta be out by 10pm\n- kakao message 10 min before your time runs out",
      things:
        "- members: name, phone, pin, birth year\n- seats: number, kind (open, fixed or room)\n- passes: member, kind, price, start, end, hours left\n- check-ins: member, seat, in, out\n- room bookings: room, member, date, start, hours, people\n- lockers: number, member, until\nevery check-in is one member on one seat, every pass is one member's",
      extras: [
        "the printer n the snack vending machine r the vendors', not ours. n the 1:1 study coaching noona's friend does in the lounge, pass",
        "thats all, thx",
      ],
      tech: "kotlin + spring boot, postgresql. its what we use at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "the kiosk n the app get api keys. members log in w their phone number + pin. noona is admin",
      Technology: "I have preferences",
      "Back end": "Kotlin with Spring Boot",
      Database: "PostgreSQL",
    },
    atReview: [
      "looks good. one thing, add parent phone to members, for the middle schoolers",
      "ok thats it. 감사합니다",
    ],
    expect: {
      kind: "api service",
      features: [
        "open 24h 365 days",
        "60 open seats 12 fixed seats 3 study rooms for up to 4 ppl",
        "time passes 2h 3,000 won 4h 5,000 8h 8,000 12h 10,000",
        "hour pack 50h 65,000 won valid 60 days only counts while checked in",
        "period pass open seat 2 weeks 85,000 4 weeks 150,000",
        "fixed seat 4 weeks 200,000",
        "study room 8,000 won an hr min 1h book max 7 days ahead",
        "check in/out at the kiosk last 4 digits of your phone 4 digit pin",
        "forget to check out checks you out after 12h",
        "lockers 10,000 won a month",
        "time pass none period pass within 7 days minus the days used at 10,000 won a day",
        "middle schoolers n younger out by 10pm",
        "kakao message 10 min before your time runs out",
      ],
      tables: [
        { name: "members", fields: ["name", "phone", "pin", "birth year", "parent phone"] },
        { name: "seats", fields: ["number", "kind"] },
        { name: "passes", fields: ["member", "kind", "price", "start", "end", "hours left"] },
        { name: "check-ins", fields: ["member", "seat", "in", "out"] },
        { name: "room bookings", fields: ["room", "member", "date", "start", "hours", "people"] },
        { name: "lockers", fields: ["number", "member", "until"] },
      ],
      excluded: ["printer", "coaching"],
      background: ["franchise kiosk", "excel"],
      stack: ["Kotlin", "Spring Boot", "PostgreSQL"],
    },
  },
  {
    id: "sunderland-dance-results",
    who: "A developer in Sunderland whose mother has had a ballroom and Latin dance school in Hendon for thirty years and is the scrutineer who works out the results at the competitions round the North East, in the Mackem English of Sunderland, in between ('Howay', 'me mam', 'thirty year', 'bairn', 'went radgie', 'man', 'proper', 'owt', \"nowt to do wi' us\", 'leave that oot', 'Haway the lads'): a C# library on NuGet for his mother's results program and the competitions' website, nothing kept, given the judges' marks for a round, always an odd number of judges, 3, 5 or 7, in the early rounds every judge giving a cross to the couples they want back and the chairman saying how many go through, the couples with the most crosses going through and all of them on a tie for the last place, no more than 8 couples in a final with every judge placing every couple, a judge giving two couples the same place an error sent back to the judge, first place to the couple with a majority of the judges at 1st (2 of 3, 3 of 5 or 4 of 7), else 1st and 2nd together, then 1st to 3rd and on down, two couples with a majority at the same place split by the bigger majority and then the lower total of those marks, still level looked at the next place down and sharing the place if it never splits, a multi-dance final placed dance by dance and then the places added up with the lowest total winning and a tie going to whoever won more dances, every couple's place and the working for every place given back; a pencil and the big marks sheets today; his auntie's costume hire \"nowt to do wi' us\", the raffle at the competitions 'leave that oot'; C# and .NET",
    says: {
      overview:
        "Howay. I'm Craig Robson, I'm a developer in Sunderland, I work up at Doxford Park. Me mam's had a dance school in Hendon for thirty year, ballroom and Latin, and she's the scrutineer at the comps round the North East, that's the one that works out the results from the judges' marks. She does it all by hand with a pencil on the big marks sheets, and on a Sunday with 40 finals she's sat there till gone midnight. At the Seaburn comp in March she got a final wrong, she gave the juvenile cha cha to the wrong couple, and the other bairn's mam went radgie in the hall, man. So I'm writing a library that does the marks proper, for her results program and for the comps' website.",
      more: "It doesn't keep owt. You give it the judges' marks for a round and it gives you the results back.",
      walkthrough:
        "Right, these are the rules, it's the skating system, it's been the same for donkey's years.\nThere's always an odd number of judges, 3, 5 or 7.\nIn the early rounds every judge gives a cross to the couples they want back, and the chairman says how many go through.\nThe couples with the most crosses go through, and if there's a tie on the last place they all go through.\nIn a final there's no more than 8 couples, and every judge places every couple, 1st, 2nd, 3rd and on down.\nA judge can't give two couples the same place, that's an error and the marks go back to the judge.\nFirst place goes to the couple that's got a majority of the judges at 1st, so 2 of 3, 3 of 5 or 4 of 7.\nIf nobody has, you look at 1st and 2nd together, then 1st to 3rd, and so on down.\nIf two couples get a majority at the same place, the bigger majority wins, and if that's the same, the lower total of those marks wins.\nIf it's still level you look at the next place down, and if it never splits they share the place.\nIn a multi-dance final every dance is done on its own, then the places are added up and the lowest total wins, and on a tie it goes to whoever won more dances.\nIt has to give back every couple's place and the working for every place, so me mam can pin the sheets up.",
      extras: [
        "The costume hire, that's me auntie's thing, nowt to do wi' us. And the raffle at the comps, leave that oot, man.",
        "That's the lot. Cheers, and Haway the lads.",
      ],
      tech: "C#, on NuGet, .NET 8. Her results program's C# on the club's Windows laptop, and the website's .NET an' all.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "C#",
    },
    expect: {
      kind: "library",
      features: [
        "odd number of judges 3 5 or 7",
        "early rounds every judge gives a cross chairman says how many go through",
        "most crosses go through tie on the last place they all go through",
        "final no more than 8 couples every judge places every couple",
        "judge can't give two couples the same place error",
        "first place majority of the judges at 1st 2 of 3 3 of 5 or 4 of 7",
        "nobody has 1st and 2nd together then 1st to 3rd",
        "majority at the same place bigger majority wins lower total of those marks wins",
        "still level next place down never splits share the place",
        "multi-dance final places added up lowest total wins tie whoever won more dances",
        "every couple's place working for every place",
      ],
      tables: [],
      excluded: ["costume", "raffle"],
      background: ["pencil", "marks sheets"],
      stack: ["C#", ".NET"],
    },
  },
  {
    id: "calabar-cold-room",
    who: "A woman in Calabar who has had a cold room for frozen fish off Marian Road for nine years, selling by the carton to the market women of Watt Market and Marian Market, restaurants and the mama put, in the Efik English of Calabar, in long paragraphs ('Mesiere', 'Efik to the bone', 'iyak', 'mama put', 'my sister', 'as in', 'Abasi', 'mbok', 'no story', 'no light', 'the gen', 'comot that one', 'Sosongo'): a website, not heavy on data, where customers order from their phones and see what is in the cold room and she and her two counter girls see every order and mark it packed, open Monday to Saturday 7 in the morning to 6 in the evening and no sales on Sunday, 20 kilo cartons of titus ₦78,000, croaker ₦92,000, hake ₦65,000 and shawa ₦55,000 with the prices changed by herself when the truck comes, sold by the carton only but titus and hake broken into half cartons at half the price plus ₦1,000, ₦1,500 off every carton from 10 cartons, paid by transfer, POS or cash and nothing packed until the transfer has entered, credit only for regular customers of 6 months up to ₦400,000 paid back in 7 days and no new order from anybody owing more than 7 days, keke delivery in Calabar Municipality and Calabar South ₦3,000 and Akpabuyo and Odukpani ₦5,000, orders after 4 in the evening delivered the next day, the stock going up when the Apapa truck comes every Tuesday, a carton thawed when the gen failed never sold as frozen again but to the women who smoke fish at half price; records in brackets inline with regular or not, half or full, transfer or POS or cash and delivery or pick up in them, every order one customer's and every delivery for one order; a 2 quire notebook and the bank alerts on her phone today; her husband's cement 'it has nothing to do with us', the ice block for the pure water people 'comot that one'; NestJS and MongoDB",
    says: {
      overview:
        "Mesiere. My name is Affiong Etim-Bassey, I am from Calabar, Efik to the bone, and I have had a cold room for frozen fish off Marian Road for nine years now. The market women from Watt Market and Marian Market, the restaurants and the mama put, they all buy their iyak from us by the carton. Right now everything is written in a big 2 quire notebook and we check payment with the bank alerts on my phone, and my sister, it is not easy. Last December one woman said she had paid for 6 cartons of croaker, my girl gave her the fish, and the transfer never entered, as in never, and we only found out after Christmas. Abasi has been faithful, but I cannot continue like this. My nephew is a developer in Lagos and he is building us a website.",
      more: "My customers should order from their phones and see what is in the cold room, and me and my two girls at the counter should see every order and mark it when it is packed. Most of them use Android and data is costly, so it should not be heavy.",
      walkthrough:
        "Let me explain how we do it, mbok follow me.\n\nWe open Monday to Saturday from 7 in the morning to 6 in the evening, and on Sunday we don't sell at all, we are in church.\n\nA carton is 20 kilo.\n\nTitus is ₦78,000, croaker is ₦92,000, hake is ₦65,000 and shawa is ₦55,000 a carton, and the prices change when the truck comes, so I must be able to change them myself.\n\nWe sell by carton only, but titus and hake we can break into half carton, at half the price plus ₦1,000.\n\nIf you take 10 cartons or more, ₦1,500 comes off every carton.\n\nYou pay by transfer, POS or cash, and we don't pack any order until the transfer has entered, no story.\n\nCredit is only for our regular customers that have been buying from us for 6 months, maximum ₦400,000, and they must pay back in 7 days.\n\nAnybody owing more than 7 days cannot order again until she pays.\n\nWe deliver with keke inside Calabar Municipality and Calabar South for ₦3,000, and to Akpabuyo and Odukpani for ₦5,000.\n\nAny order that comes after 4 in the evening is delivered the next day.\n\nThe truck from Apapa comes every Tuesday, and that is when the stock goes up.\n\nAny carton that thawed when there was no light and the gen failed, we don't sell it as frozen again, it goes to the women that smoke fish at half price.",
      things:
        "Customers (name, phone, market, shop number, regular or not, what she is owing). Fish (name, price of carton, price of half carton, cartons in the cold room). Orders (customer, fish, cartons, half or full, total, transfer or POS or cash, delivery or pick up, paid, packed). Deliveries (order, keke man, area, fee). Every order is for one customer, and every delivery is for one order.",
      extras: [
        "The cement my husband sells from the same compound, that one is his own, it has nothing to do with us. And the ice block we sell to the pure water people, comot that one, my sister.",
        "That is all. Sosongo, Abasi bless you.",
      ],
      tech: "My nephew says NestJS and MongoDB, that is what he uses in his office in Lagos.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and my two girls at the counter see everything, but only me sees the credit. Customers sign up with their phone number. The keke men don't log in, we call them.",
      Technology: "I have preferences",
      "Back end": "Node.js with NestJS",
      Database: "MongoDB",
    },
    expect: {
      kind: "web app",
      features: [
        "open Monday to Saturday 7 in the morning to 6 in the evening Sunday we don't sell",
        "titus ₦78,000 croaker ₦92,000 hake ₦65,000 shawa ₦55,000 a carton",
        "prices change when the truck comes change them myself",
        "titus and hake half carton half the price plus ₦1,000",
        "10 cartons or more ₦1,500 comes off every carton",
        "transfer POS or cash don't pack any order until the transfer has entered",
        "credit regular customers 6 months maximum ₦400,000 pay back in 7 days",
        "owing more than 7 days cannot order again",
        "keke Calabar Municipality and Calabar South ₦3,000 Akpabuyo and Odukpani ₦5,000",
        "after 4 in the evening delivered the next day",
        "truck from Apapa every Tuesday stock goes up",
        "carton that thawed don't sell it as frozen again half price",
      ],
      tables: [
        {
          name: "customers",
          fields: ["name", "phone", "market", "shop number", "regular or not", "what she is owing"],
        },
        {
          name: "fish",
          fields: ["name", "price of carton", "price of half carton", "cartons in the cold room"],
        },
        {
          name: "orders",
          fields: [
            "customer",
            "fish",
            "cartons",
            "half or full",
            "total",
            "transfer or POS or cash",
            "delivery or pick up",
            "paid",
            "packed",
          ],
        },
        { name: "deliveries", fields: ["order", "keke man", "area", "fee"] },
      ],
      excluded: ["cement", "ice block"],
      background: ["2 quire notebook", "bank alerts"],
      stack: ["NestJS", "MongoDB"],
    },
  },
  {
    id: "darbhanga-makhana-unit",
    who: "A man in Darbhanga, in Mithila, who has a makhana popping unit at Laheriasarai, buying the raw seed from the pond farmers and selling graded makhana to traders in Delhi, Kolkata and Mumbai, in the Maithili English of Darbhanga, in short plain sentences ('Pranam', 'pag, paan, machh, makhan', 'guri', 'lawa', 'suta', 'bahi-khata', 'light goes', 'inverter', 'munshi', 'Chhath', 'That is separate', 'Not now', 'Dhanyavad', 'Jai Mithila'): a program on the office computer, which runs on the inverter when the light goes and has no internet to rely on, guri bought from 15 August to 30 November and weighed in front of the farmer, ₹180 a kg for dry and clean guri and ₹140 for wet, the farmer paid the same day in cash up to ₹10,000 and above that by UPI or bank transfer, the workers paid ₹40 for every kg of lawa they pop every Saturday, lawa graded by suta, 6 suta and above ₹1,100 a kg, 5 suta ₹900, 4 suta ₹750, below 4 suta ₹500 and broken ₹300, traders buying 50 kg at least in one order packed in 10 kg bags, half in advance with the order and the balance before dispatch, a GST bill at 5% with every sale, dispatch by transport from Darbhanga with the freight paid by the trader, the local shops' orders first before Chhath; records after colons on lines with dry or wet in them, every purchase from one farmer and every sale to one trader; a bahi-khata and a diary today; his brother's pond fish 'That is separate', the flavoured packets for Amazon 'Not now'; the vehicle number put on the sales at the review",
    says: {
      overview:
        "Pranam. I am Rajesh Jha from Darbhanga, in Mithila. In Mithila we say pag, paan, machh, makhan. I have a makhana popping unit at Laheriasarai. We buy guri, the raw seed, from the farmers who take it out of the ponds. Our workers pop it, we grade it, and we sell it to traders in Delhi, Kolkata and Mumbai. Now everything is in the bahi-khata and one diary. Last year one trader in Kolkata was sent 6 suta instead of 5 suta. It was 80 kg. He paid the 5 suta rate and the difference was lost. My son has done BCA. He will make a program for the office computer.",
      more: "Light goes many times in the day. The computer runs on the inverter. Internet is also not reliable. So it should work on the computer without internet.",
      walkthrough:
        "These are our rules.\nWe buy guri from 15 August to 30 November.\nGuri is weighed in front of the farmer.\nDry and clean guri is ₹180 a kg, wet guri is ₹140 a kg.\nThe farmer is paid the same day, cash up to ₹10,000, above that by UPI or bank transfer.\nWorkers are paid ₹40 for every kg of lawa they pop, every Saturday.\nLawa is graded by suta.\n6 suta and above is ₹1,100 a kg, 5 suta ₹900, 4 suta ₹750, below 4 suta ₹500, and broken ₹300.\nTraders buy minimum 50 kg in one order, packed in 10 kg bags.\nHalf advance comes with the order, balance before dispatch.\nEvery sale has a GST bill, 5% GST.\nDispatch is by transport from Darbhanga, freight is paid by the trader.\nBefore Chhath the local shops' orders go first.",
      things:
        "Farmers: name, village, mobile, bank account.\nPurchases: farmer, date, kg, dry or wet, rate, paid.\nWorkers: name, mobile.\nPopping: worker, date, kg of lawa, paid.\nTraders: name, city, GST number, mobile.\nSales: trader, date, suta, kg, rate, advance, GST bill number, dispatched.\nEvery purchase is from one farmer. Every sale is to one trader.",
      extras: [
        "The fish from our pond, my brother sells it. That is separate. The flavoured makhana packets for Amazon, my son talks about it. Not now.",
        "That is all. Dhanyavad.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No login. Only me, my munshi and my son use the office computer.",
    },
    atReview: [
      "It is correct. One thing. Please add the vehicle number on the sales, for the transport.",
      "That is all. Dhanyavad. Jai Mithila.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "buy guri from 15 August to 30 November",
        "guri weighed in front of the farmer",
        "dry and clean guri ₹180 a kg wet guri ₹140 a kg",
        "farmer paid the same day cash up to ₹10,000 above that by UPI or bank transfer",
        "workers ₹40 for every kg of lawa every Saturday",
        "lawa graded by suta",
        "6 suta and above ₹1,100 a kg 5 suta ₹900 4 suta ₹750 below 4 suta ₹500 broken ₹300",
        "minimum 50 kg in one order 10 kg bags",
        "half advance with the order balance before dispatch",
        "every sale GST bill 5% GST",
        "dispatch by transport freight paid by the trader",
        "before Chhath local shops' orders go first",
      ],
      tables: [
        { name: "farmers", fields: ["name", "village", "mobile", "bank account"] },
        { name: "purchases", fields: ["farmer", "date", "kg", "dry or wet", "rate", "paid"] },
        { name: "workers", fields: ["name", "mobile"] },
        { name: "popping", fields: ["worker", "date", "kg of lawa", "paid"] },
        { name: "traders", fields: ["name", "city", "GST number", "mobile"] },
        {
          name: "sales",
          fields: [
            "trader",
            "date",
            "suta",
            "kg",
            "rate",
            "advance",
            "GST bill number",
            "dispatched",
            "vehicle number",
          ],
        },
      ],
      excluded: ["fish", "flavoured"],
      background: ["bahi-khata", "diary"],
    },
  },
  {
    id: "chathams-fuel-depot",
    who: "A developer who came home to the Chatham Islands from Wellington and works remote, whose aunty runs the island's fuel depot in Waitangi, petrol and diesel for the whole island brought over on the ship from Timaru, in the Chatham Islands English of Waitangi, in between ('Gidday', 'the Chathams', 'Rēkohu', 'Wharekauri', 'the ship', 'dear', 'Aunty', 'feed out', 'not our patch', 'Choice', 'Ka kite'): a Python command-line tool with SQLite on the old laptop in the depot office, where the internet is satellite, dear and slow, open Monday to Friday 8 to 5 and Saturday 9 to 12, petrol $3.90 a litre and diesel $3.40 changing with every ship, an account for everybody on the island paid by the 20th of the next month, cash only for anyone more than 2 months behind till it's cleared, visitors and anyone without an account paying cash or card at the counter, diesel delivered to the farms in the truck from 200 litres at $40 a delivery, the tanks dipped every morning and the litres put in when the ship is due, 40 litres of diesel a day per account under 5,000 litres with the power station, the doctor and the farms first, 20 litres of petrol a car a day under 2,000 litres, a statement to every account at the end of the month and the litres sold of each; records told in sentences ('Every account has …') with farm or not, petrol or diesel and cash or account in them, every sale on one account and every delivery for one account; a Croxley book and carbon dockets today; the gas bottles the store does 'not our patch', the honesty box for the eggs 'leave that out too'; the truck driver put on the deliveries at the review; commands and flags; Python and SQLite",
    says: {
      overview:
        "Gidday. I'm Tane Solomon, born and bred on the Chathams, Rēkohu, Wharekauri, take your pick. I did ten years in Wellington as a developer and came home, and I work remote now off the satellite. My aunty Hinemoa runs the fuel depot in Waitangi, petrol and diesel for the whole island, and it all comes over on the ship from Timaru every three weeks or so. Everybody runs an account. Right now the accounts are in an old Croxley book under the counter and every sale goes on a carbon docket. Last winter the ship was held up in Timaru for eleven days with the weather, we ran the diesel tank dry, and two farmers couldn't get their tractors going to feed out, and the whole island blamed Aunty. So I'm making her a command-line tool. She's a wizard on the old laptop, she did the books for the co-op for years.",
      more: "It runs on the laptop in the depot office. The internet's satellite and it's dear and slow, so it all lives in one file on the laptop.",
      walkthrough:
        "Right, here's how it goes.\nThe depot's open Monday to Friday 8 to 5 and Saturday 9 to 12.\nPetrol is $3.90 a litre and diesel is $3.40, and it changes with every ship.\nEverybody on the island has an account, and the account gets paid by the 20th of the next month.\nAnyone more than 2 months behind pays cash till it's cleared.\nVisitors and anyone without an account pay cash or card at the counter.\nThe farms get diesel delivered in the truck, 200 litres minimum, $40 for the delivery.\nWhen the ship's due, the tanks get dipped every morning and the litres put in.\nIf the diesel's under 5,000 litres it's 40 litres a day per account, and the power station, the doctor and the farms come first.\nIf the petrol's under 2,000 litres it's 20 litres a car a day.\nAt the end of the month every account gets a statement, and Aunty wants the litres sold of each.",
      commands:
        "something like: fuel sell --account 112 --type diesel --litres 60, fuel sell --cash --type petrol --litres 30, fuel deliver --account 87 --litres 400, fuel dip --tank diesel --litres 18250, fuel ship --type petrol --litres 30000 --price 3.95, fuel pay --account 112 --amount 850, fuel statement --month 2025-06, fuel owing. Aunty types, I fix it when it breaks.",
      things:
        "Every account has the name, the phone, the address, farm or not, and the balance. Every sale has the date, the account, petrol or diesel, the litres, the price and cash or account. A delivery has the account, the date, the litres and the fee. The tanks have petrol or diesel and the litres on the last dip. Every sale is on one account, and every delivery is for one account.",
      extras: [
        "The gas bottles, the store does those, not our patch. And the honesty box for the eggs on the counter, leave that out too.",
        "Nah, that's the lot.",
      ],
      tech: "Python, with Typer for the commands, and SQLite, one file on the laptop.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Python",
    },
    atReview: [
      "Choice. One thing, put the truck driver on the deliveries, there's two of them.",
      "That's it. Cheers, ka kite.",
    ],
    expect: {
      kind: "command-line tool",
      features: [
        "open Monday to Friday 8 to 5 Saturday 9 to 12",
        "petrol $3.90 a litre diesel $3.40 changes with every ship",
        "account paid by the 20th of the next month",
        "more than 2 months behind pays cash till it's cleared",
        "visitors without an account pay cash or card at the counter",
        "farms diesel delivered in the truck 200 litres minimum $40 for the delivery",
        "ship's due tanks dipped every morning litres put in",
        "diesel's under 5,000 litres 40 litres a day per account power station doctor farms come first",
        "petrol's under 2,000 litres 20 litres a car a day",
        "end of the month every account statement litres sold of each",
      ],
      tables: [
        { name: "accounts", fields: ["name", "phone", "address", "farm or not", "balance"] },
        {
          name: "sales",
          fields: ["date", "account", "petrol or diesel", "litres", "price", "cash or account"],
        },
        { name: "deliveries", fields: ["account", "date", "litres", "fee", "truck driver"] },
        { name: "tanks", fields: ["petrol or diesel", "litres on the last dip"] },
      ],
      excluded: ["gas bottles", "eggs"],
      background: ["Croxley book", "docket"],
      stack: ["Python", "SQLite"],
      commands: [
        "sell",
        "deliver",
        "dip",
        "ship",
        "pay",
        "statement",
        "owing",
        "--account",
        "--type",
        "--litres",
        "--cash",
        "--tank",
        "--price",
        "--amount",
        "--month",
      ],
    },
  },
  {
    id: "tu-lien-kumquat-trees",
    who: "A woman in Tứ Liên, Tây Hồ, Hanoi, whose family has grown kumquat trees for Tết for three generations and sells and rents about 600 a year to families, shops and offices, in the English of Hanoi, in short plain sentences ('Dạ', 'ạ', 'cây quất', 'Tết', 'tháng Chạp', 'mùng 10', 'triệu', '800k', 'chuyển khoản', 'xe ba gác', 'Zalo', 'not our business ạ', 'please leave it out', 'Cảm ơn ạ'): a phone app for her and her husband to take the orders and for the delivery boys to see which tree goes to which house, orders from 1 December to 25 tháng Chạp, small trees 1.2 m at 800k, medium 1.8 m at 2 triệu and big ones over 2.5 m at 5 triệu, bought or rented at half the price, rented trees collected from mùng 10 to mùng 15 and the full price paid for one that comes back broken or dead, a 30% deposit by chuyển khoản or cash and the rest when the tree arrives, delivery 200k in the inner districts and 300k to Long Biên and Gia Lâm, three men and the xe ba gác for a big tree, a photo of the tree to the customer on Zalo before delivery, 10% off for offices taking 10 trees or more, nothing delivered after 28 Tết; records after colons inline with buy or rent in them, every order one customer's with many trees; a school notebook and old calendars today; her uncle's peach blossom trees (cây đào) in Nhật Tân 'not our business ạ', her mother-in-law's bánh chưng 'please leave it out'; the height taken off the trees and a photo put on them after 'Change something' at 'Your data'",
    says: {
      overview:
        "Dạ, hello. My name is Hoa, I am from Tứ Liên, Tây Hồ, Hà Nội. My family grows kumquat trees, cây quất, for Tết, three generations already. Every year we sell and rent about 600 trees to families, shops and offices. Now all the orders are written in a school notebook and on the back of old calendars. Last Tết two of our boys brought two big trees to the same office in Cầu Giấy, and one family in Long Biên got no tree at all. The customer cried on the phone and my father was very angry. My younger brother studies IT at Bách Khoa. He will make an app for our phones.",
      more: "My husband and I take the orders on the phone. The delivery boys see on their phone which tree goes to which house. In the garden the signal is weak, but it is OK.",
      walkthrough:
        "Dạ, these are our rules.\nWe take orders from 1 December to 25 tháng Chạp.\nSmall trees 1.2 m are 800k, medium trees 1.8 m are 2 triệu, big trees over 2.5 m are 5 triệu.\nCustomers can buy or rent, renting is half the price.\nRented trees we collect from mùng 10 to mùng 15.\nIf a rented tree comes back broken or dead, the customer pays the full price.\nDeposit is 30% by chuyển khoản or cash, the rest when the tree arrives.\nDelivery in the inner districts is 200k, Long Biên and Gia Lâm are 300k.\nBig trees need 3 men and the xe ba gác.\nBefore delivery the customer gets a photo of the tree on Zalo.\nOffices that take 10 trees or more get 10% off.\nWe don't deliver after 28 Tết.",
      things:
        "Trees: tag number, size, height, price, buy or rent, status. Customers: name, phone, address, district. Orders: customer, trees, buy or rent, delivery date, collect date, deposit, paid. Every order is for one customer, one order can have many trees.",
      thingsChange:
        "Dạ, two things. Take the height off the trees, the size is enough. And add a photo to the trees, the customers always want to see.",
      extras: [
        "The peach blossom trees, cây đào, are my uncle's garden in Nhật Tân, not our business ạ. And the bánh chưng my mother-in-law makes, please leave it out.",
        "That is all. Cảm ơn ạ.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Accounts:
        "My husband and I see everything. The delivery boys log in and see only their deliveries. Customers don't log in, we message them on Zalo.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "orders from 1 December to 25 tháng Chạp",
        "small trees 1.2 m 800k medium trees 1.8 m 2 triệu big trees over 2.5 m 5 triệu",
        "buy or rent renting is half the price",
        "rented trees collect from mùng 10 to mùng 15",
        "rented tree comes back broken or dead customer pays the full price",
        "deposit 30% by chuyển khoản or cash rest when the tree arrives",
        "inner districts 200k Long Biên and Gia Lâm 300k",
        "big trees 3 men xe ba gác",
        "before delivery photo of the tree on Zalo",
        "offices 10 trees or more 10% off",
        "don't deliver after 28 Tết",
      ],
      tables: [
        { name: "trees", fields: ["tag number", "size", "price", "buy or rent", "status", "photo"] },
        { name: "customers", fields: ["name", "phone", "address", "district"] },
        {
          name: "orders",
          fields: ["customer", "trees", "buy or rent", "delivery date", "collect date", "deposit", "paid"],
        },
      ],
      excluded: ["peach", "bánh chưng"],
      background: ["school notebook", "old calendars"],
    },
  },
  {
    id: "derb-sultan-papeterie",
    who: "A man in Derb Sultan, Casablanca, who has the librairie-papeterie that was his father's for 25 years and every rentrée gets the school supplies on every child's list ready for the parents, in Moroccan Darija (never used before: Arabic was written in the Arabic script, Darija never; as he types it on WhatsApp, in Latin letters with 3, 7 and 9, in between, with the French words Casablancans really mix in: 'librairie-papeterie', 'la rentrée', 'les fournitures', 'les cahiers', 'niveau', 'avance', 'virement', 'CashPlus', 'avoir', 'livraison', 'remise', 'site web', 'OFPPT', 'mot de passe', 'hadak machi chghelna', 'khlliha b3id, ma tdkhlhach', 'Choukran bzaf, bslama'): a website where parents order from their phones by choosing the school and the level and he and the shop girls see everything, orders from 1 July to 15 September, a list for every school and every level from CP to the bac, the whole pack shown with its price, the articles the child already has taken off, covering in plastic at 3 dh a book and 2 dh an exercise book, 50% down before the pack is made up and the rest when it is fetched, cash in the shop, transfer or CashPlus, the pack ready in 5 days with a message, back on the shelves when not fetched in 15 days with the deposit kept as credit, delivery in Casa 20 dh and free over 500 dh, the parent called before a book that is out of stock, 5% off for 3 children or more of the same family; records after colons on lines with tghlif wla la, wajda wla la and livraison wla f l7anout in them, every order one child's and every list one school's and one level's; a big exercise book (cahier kbir) and WhatsApp today; his brother's school bags (cartables) 'hadak machi chghelna', the photocopies (photocopie) 'khlliha b3id, ma tdkhlhach'; the address (l'adresse) put on the orders (commandes) at the review",
    says: {
      overview:
        "Salam 3alikoum. Ana smiti Hicham Bennani, 3ndi librairie-papeterie f Derb Sultan, f Casa, kant dyal bba, daba 25 3am. Kol 3am f la rentrée, les parents kayjibo la liste dyal les fournitures men l'école, w 7na kanwjjdo lihom kolchi: les livres, les cahiers, les stylos, w kanghlfo lihom les livres b plastique. Daba kolchi mktoub f wa7d cahier kbir w f WhatsApp, w f septembre kayweli z7am bzaf. L3am li fat wa7d lmra jat tdi les fournitures dyal bentha, l9at lpack dyalha t3ta l chi wa7d akhor 7it smiyat drari kif kif. Bqat kat3ayet f l7anout, 7chemt bzaf. Weldi kay9ra développement f l'OFPPT, w ghadi ydir lina site web.",
      more: "Bghit les parents ydiro la commande men telephone: ykhtaro l'école w niveau, ychoufo la liste w prix, w ana w lkhdama nchoufo kolchi men l7anout.",
      walkthrough:
        "Hakda kankhdmo:\nLes commandes kaybdaw men 1 juillet 7ta 15 septembre.\nKol école 3ndha liste dyalha l kol niveau, men CP 7ta l'bac.\nLparent kaykhtar l'école w niveau, w kaytl3 lih lpack kaml b prix dyalo.\nY9der y7yed les articles li deja 3ndo.\nTghlif b plastique: 3 dh l ktab w 2 dh l cahier.\nKhass ykhelles 50% avance bach nbdaw nwjjdo, w lba9i mli yji ydi.\nLkhlas cash f l7anout, virement wla CashPlus.\nLpack kaywjed f 5 ayam, w kansiftou lih message mli ykoun wajed.\nIla majach ydih f 15 yom, kanrj3o les articles l rfouf, w l'avance katb9a lih avoir.\nLivraison f Casa 20 dh, w b lfabor ila lcommande fayta 500 dh.\nIla chi ktab makaynch f stock, kan3iyto l lparent 9bel ma nkemmlo.\n3 drari wla ktar men nfs la famille 3ndhom remise 5%.",
      things:
        "Les écoles: smiya, l7ay, telephone.\nLes listes: école, niveau, les articles.\nLes articles: smiya, prix, stock.\nLes commandes: lparent, telephone, école, niveau, smiyat tfel, avance, tghlif wla la, wajda wla la, livraison wla f l7anout.\nKol commande dyal tfel wa7d, w kol liste dyal école wa7da w niveau wa7d.",
      extras: [
        "Les cartables kaybi3hom khoya f l7anout li 7dana, hadak machi chghelna. W la photocopie, khlliha b3id, ma tdkhlhach.",
        "Safi, hadchi li kayn. Choukran bzaf, bslama.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Ana w lkhdama nchoufo kolchi. Les parents kaydkhlo b numéro dyal telephone w mot de passe, w kaychoufo ghir les commandes dyalhom.",
    },
    atReview: [
      "Mzyan. Ghir 7aja wa7da: zido l'adresse f les commandes, 3la 9bel livraison.",
      "Safi, hakka mzyan. Choukran, bslama.",
    ],
    expect: {
      kind: "web app",
      features: [
        "les commandes men 1 juillet 7ta 15 septembre",
        "kol école liste l kol niveau men CP 7ta l'bac",
        "lparent kaykhtar l'école w niveau lpack kaml b prix",
        "y7yed les articles li deja 3ndo",
        "tghlif b plastique 3 dh l ktab 2 dh l cahier",
        "50% avance lba9i mli yji ydi",
        "cash f l7anout virement wla CashPlus",
        "lpack kaywjed f 5 ayam message mli ykoun wajed",
        "majach ydih f 15 yom les articles l rfouf l'avance avoir",
        "livraison f Casa 20 dh b lfabor 500 dh",
        "ktab makaynch f stock kan3iyto l lparent",
        "3 drari wla ktar nfs la famille remise 5%",
      ],
      tables: [
        { name: "écoles", fields: ["smiya", "l7ay", "telephone"] },
        { name: "listes", fields: ["école", "niveau", "les articles"] },
        { name: "articles", fields: ["smiya", "prix", "stock"] },
        {
          name: "commandes",
          fields: [
            "lparent",
            "telephone",
            "école",
            "niveau",
            "smiyat tfel",
            "avance",
            "tghlif wla la",
            "wajda wla la",
            "livraison wla f l7anout",
            "l'adresse",
          ],
        },
      ],
      excluded: ["cartables", "photocopie"],
      background: ["cahier kbir", "WhatsApp"],
    },
  },
  {
    id: "itaugua-nanduti-committee",
    who: "A woman in Itauguá, Paraguay, who heads a committee of 40 women who make ñandutí lace and sell it to tourists and to Asunción, in Guarani (never used before: Spanish and Portuguese were written, Guarani never; as she types it, the Jopara Paraguayans really write, in short plain sentences, with the Spanish words they really mix in: 'comité de artesanas', 'cuaderno', 'planilla', 'informática', 'programa', 'computadora', 'internet', 'lunes', 'jueves', 'medida', 'precio', 'efectivo', 'giro Tigo', 'seña', 'Correo Paraguayo', 'descuento', 'hilo sintético', 'contraseña', \"ndaha'éi ore rembiapo\", 'ani pemoĩ upéva', 'Aguyjevete, jajotopata'): a program on the committee's computer, where the internet keeps cutting out, pieces brought to the committee on Monday and Thursday from 7 to 11, every piece written down with who made it, the size, the colour and the price, small pieces up to 20 cm 50,000 Gs, medium from 20 to 40 cm 120,000 Gs and big ones over 40 cm 300,000 Gs, 80% to the artisan and 20% staying with the committee, the artisan paid on Fridays once the piece is sold, in cash or by giro Tigo, a piece unsold after 6 months taken back by the artisan if she wants, the shop open Monday to Saturday 8 to 17, orders from Asunción or abroad with 50% down and delivered within 30 days, abroad sent by Correo Paraguayo with the postage paid by the customer, 10% off from 10 pieces, nothing made in synthetic thread sold; records in brackets inline with ojevende térã nahániri and efectivo térã tarjeta in them, every piece one artisan's; a cuaderno and a planilla today; the Festival del Ñandutí the Municipalidad runs \"ndaha'éi ore rembiapo\", Ña Nilda's chipa in front of the shop 'ani pemoĩ upéva'; the compañía taken off the artisans (artesanakuéra) and the design (diseño) put on the pieces after 'Change something' at 'Your data'",
    says: {
      overview:
        "Mba'éichapa. Che réra Celsa Benítez, Itauguágui. Che ha 40 kuña roguereko peteĩ comité de artesanas de ñandutí. Rojapo ñandutí, ha rovende turista-kuérape ha Asunción-pe. Ko'ágã rohai opa mba'e peteĩ cuaderno-pe ha peteĩ planilla-pe. Ary ohasávape okañy mokõi ñandutí tuicháva, ha ndaikatúi rojuhu mávapa ojapo. Upe artesana ojahe'o heta. Che nieto ostudia informática UNA-pe. Ha'e ojapóta peteĩ programa comité computadora-pe guarã.",
      more: "Comité-pe internet ndoikói porã, ojedesconecta jepi. Programa tekotevẽ oiko computadora-pe internet'ỹre.",
      walkthrough:
        "Péicha romba'apo.\nArtesanakuéra ogueru ñandutí comité-pe lunes ha jueves, 7 guive 11 peve.\nPeteĩteĩ ñandutí ojehai: máva ojapo, medida, color ha precio.\nÑandutí mirĩ 20 cm peve 50.000 Gs, mediano 20 guive 40 cm peve 120.000 Gs, tuicháva 40 cm ári 300.000 Gs.\nArtesana ohupyty 80%, comité-pe opyta 20%.\nRopaga artesana-pe viernes-pe, ñandutí ojevende rire, efectivo térã giro Tigo.\nÑandutí ndojevendéiramo 6 mes-pe, artesana ikatu ogueraha jey.\nLocal ojeabri lunes guive sábado, 8 guive 17 peve.\nPedido Asunción-gui térã exterior-gui: 50% seña, ha 30 días peve rome'ẽ.\nExterior-pe romondo Correo Paraguayo rupi, ha cliente ohepyme'ẽ envío.\n10 ñandutí guive descuento 10%.\nÑandutí hilo sintético-pe ojejapóva ndorovendéi.",
      things:
        "Artesanakuéra (réra, compañía, teléfono). Ñandutí (artesana, medida, color, precio, ojevende térã nahániri, fecha ogueru hague). Ventas (fecha, cliente, ñandutí, total, efectivo térã tarjeta). Pedidos (cliente, país, mboy ñandutí, seña, fecha entrega). Peteĩteĩ ñandutí peteĩ artesana mba'e.",
      thingsChange:
        "Mokõi mba'e. Peipe'a compañía artesanakuéragui, natekotevẽi. Ha pemoĩ diseño ñandutíre: mburucuyá, arasa, umíva.",
      extras: [
        "Festival del Ñandutí julio-pe Municipalidad ojapo, ndaha'éi ore rembiapo. Ha la chipa Ña Nilda ovende local renondépe, ani pemoĩ upéva.",
        "Upéicha nomás. Aguyjevete, jajotopata.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "Ndaipóri contraseña. Che, secretaria ha che nieto añoite roiporu computadora.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "ogueru ñandutí comité-pe lunes ha jueves 7 guive 11 peve",
        "ojehai máva ojapo medida color ha precio",
        "mirĩ 20 cm peve 50.000 Gs mediano 20 guive 40 cm peve 120.000 Gs tuicháva 40 cm ári 300.000 Gs",
        "artesana ohupyty 80% comité-pe opyta 20%",
        "ropaga artesana-pe viernes-pe ojevende rire efectivo térã giro Tigo",
        "ndojevendéiramo 6 mes-pe artesana ikatu ogueraha jey",
        "local ojeabri lunes guive sábado 8 guive 17 peve",
        "pedido 50% seña 30 días peve rome'ẽ",
        "exterior-pe Correo Paraguayo cliente ohepyme'ẽ envío",
        "10 ñandutí guive descuento 10%",
        "hilo sintético ndorovendéi",
      ],
      tables: [
        { name: "artesanakuéra", fields: ["réra", "teléfono"] },
        {
          name: "ñandutí",
          fields: [
            "artesana",
            "medida",
            "color",
            "precio",
            "ojevende térã nahániri",
            "fecha ogueru hague",
            "diseño",
          ],
        },
        { name: "ventas", fields: ["fecha", "cliente", "ñandutí", "total", "efectivo térã tarjeta"] },
        { name: "pedidos", fields: ["cliente", "país", "mboy ñandutí", "seña", "fecha entrega"] },
      ],
      excluded: ["Festival", "chipa"],
      background: ["cuaderno", "planilla"],
    },
  },
];
