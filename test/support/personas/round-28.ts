import type { Persona } from "../persona-driver.js";

/**
 * The twenty-eighth held-out round, written without reading the interviewer and never
 * run or tuned on before its first unseen run (bench/results/personas-unseen-round-28.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons inline and on lines, after dashes on lines, in brackets,
 * numbered, or told in long sentences. Eight write in English, each in their own English
 * and their own register, none of them used before: Dundonian from Broughty Ferry ("Eh'm",
 * "Eh run", "wir Facebook group", "a'body and their granny", "Eh wis aff ma heid, ken",
 * "ae spotter", "that's yer lot", "on their ain", "dinna pit it in", "gie it a miss",
 * "Cheers pal"), New Jersey English from Long Beach Island, rambling ("how are ya", "down
 * the shore", "you come over the causeway and make a left", "it's a whole thing", "the
 * bennies", "not for nothing", "I don't want that anywhere near this", "keep it out of
 * there", "God bless her", "you have a good one"), Bermudian English from Smith's Parish
 * in one-line answers ("Mornin", "bye", "Chingas", "we don't deliver", "different time,
 * not on here", "no bye", "thanks ace boy"), Miami English from Hialeah, lower-case and
 * young ("hiii", "lol", "literally", "my dad is like no bro", "bc", "lmao", "my tio",
 * "dont put it", "thank u sm"), Teesside English from Grangetown ("Alright", "takes us
 * till gone midnight", "diddled", "me son-in-law", "proper belta", "simple as", "owt
 * clocked after", "wants sending", "nah, not on this", "nowt to do with it", "Ta-ra"),
 * Goan English from Aldona, rambling ("still we are using it, no?", "pom pom with the
 * horn", "men", "what to do", "don't put that, men", "leave it", "dev borem korum"),
 * formal Gambian English from Sanyang ("Salaam aleikum", "We thank God", "NAWEC takes the
 * light", "it is not easy, I tell you", "Kindly remove", "we do not need it here", "please
 * leave them out", "Abaraka bake") and Tanzanian English from Arusha ("Habari", "We are
 * having", "the boss was not happy at all", "eeh", "pole pole", "don't put it", "another
 * department completely", "Asante sana"). One writes in Galician (never used before, as
 * a Portomarín pilgrims' hostel keeper types it, with the words Galicians really use:
 * "albergue", "credencial", "litera", "WhatsApp", "correo", "páxina web", "sinal", "parte
 * de viaxeiros", "Garda Civil", "non o metas", "déixao fóra"), and one in Mongolian
 * (Cyrillic with ө and ү, never used before, as a Jinst cooperative's chairman in
 * Bayankhongor types it, with "апп", "интернэт", "сүлжээ", "мессеж", "кг", "₮", "Android",
 * "бүү оруулаарай", "хэрэггүй"). What varies is the kind of software, the domain and the
 * length of the answers: web apps for a Broughty Ferry sea swimming club's dooks (three a
 * week, no more than 20 in the water, one spotter on the shore for every 10 swimmers,
 * nobody in alone, called off over force 5 or an amber warning with a text to all booked,
 * an induction dook with a coach first, under 16s with a parent in the water, £30 a year
 * and guests at £3 twice before they join, the water and air temperature and everyone
 * ticked in and out by the spotter), a Long Beach Island borough's beach badges (a season
 * badge at $50 by May 31 and $65 after, $30 a week, $10 a day, 11 and under free, seniors
 * 65 and over $10 with ID, active military free, Memorial Day to Labor Day from 9 to 5, a
 * QR code the checkers scan, dailies sold on the beach, a replacement at $10 once, no
 * refunds, every night's totals by street end for the council), a Portomarín pilgrims'
 * hostel (a bunk at 15 € and a double room at 45 €, pilgrims with a credencial only, one
 * night unless hurt or ill, a booking held till 16:00, cyclists taking a free bed at
 * 18:00 and never booking, a 30% deposit for groups over 8, the daily guest register for
 * the Garda Civil made by itself) and a Smith's Parish kitchen's Christmas cassava pies
 * (8 by 8 at $60 and 9 by 13 at $95, chicken or pork, orders closed on December 15, half
 * down, pickup from the 22nd to the 24th, 40 pies a day from one oven, a text when
 * ready); phone apps for a Hialeah pool service's four techs (a route for every day,
 * chlorine, pH and a photo before and after, a flag outside 7.2 to 7.8, a shock under 1,
 * the customer texted the readings and the photo, a locked gate or a dog photographed,
 * $140 a month, a green pool's $250 cleanup only on the owner's approval by text, the
 * route called off for a hurricane warning, the chemicals each pool used) and a Mongolian
 * herders' cooperative's cashmere buyers out in the countryside with no signal (white
 * cashmere at 180,000₮ a kilo and grey or brown at 140,000₮, 10% off the weight for dirt
 * or damp, nothing under 1 kg, the autumn advance taken off the spring money, a receipt
 * on the phone, everything sent from the sum centre, a report by sum and bag for the
 * state incentive); a Go command-line tool for a Teesside homing society's race results
 * (distances in yards from every loft to every race point, no bird clocked that was not
 * marked, velocity in yards per minute from liberation, the race closed at dark on the
 * second day, pools of 50p, £1 and £2 paid to the first three at 50, 30 and 20 per cent,
 * 10 points down to 1 for the averages, a CSV for the federation), with commands and
 * flags; a service without screens that a Goan bakery's WhatsApp bot and poders' app call
 * (pao at Rs 5, poee and undo at Rs 6, kankonn at Rs 10, a standing order changed until 9
 * pm the day before, a pause that starts again by itself, the morning round done by 7:30
 * and no evening round on Sunday, every poder's list of houses in his order, the bill on
 * WhatsApp on the 1st, UPI or cash, no bread after two months unpaid, weddings 3 days
 * ahead with 50% advance); a program on a Gambian community radio station's Windows
 * computer (a death announcement at D200 read 3 times a day for 2 days, a naming ceremony
 * at D150, an advert at D500 a week read 4 times a day, lost and found at D50, the Alkalo
 * and the health centre free, D50 for each extra language, nothing on air before it is
 * paid, a numbered receipt, every presenter's list ticked with the time read, nothing
 * political in the campaign without the IEC letter, the month's money by kind for the
 * board); and a PHP library installed with Composer that works out an Arusha safari
 * company's park fees (per person per 24 hours, USD 70 a non-resident adult in the
 * Serengeti and USD 20 a child of 5 to 15, USD 50 in Tarangire and Lake Manyara, under 5
 * free, residents half, East African citizens in shillings, one minute over the 24 hours
 * another full day, the crater service fee of USD 295 per vehicle per descent and one
 * descent a day, 18% VAT, USD and TSh at the rate passed in, rounded to the cent, every
 * line separately). The beach badge woman and the baker answer at length, the pie maker
 * in a line or two at a time, the pool man's daughter in lower-case chat, the others in
 * between.
 * Relations said plainly ("Every bookin's fir the ae member at the ae dook", "Every badge
 * belongs to one order", "each order is one customer", "every pool belongs to one
 * customer", "Every bird's one member's", "Each house belongs to one poder's round", "Each
 * announcement belongs to one customer", "Cada reserva é dun só peregrino e dunha cama",
 * "Худалдан авалт бүр нэг малчных"); background in a Facebook group and a clipboard on
 * the prom, a receipt book and a shoebox, a notebook, a paper route sheet, a biro and a
 * calculator, one long notebook, a big ledger at the front desk, a caderno and WhatsApp,
 * a дэвтэр; technology named as Android, Go, Python with Django and PostgreSQL, Windows,
 * PHP with Composer; "no" said as "dinna pit it in", "gie it a miss", "I don't want that
 * anywhere near this", "keep it out of there", "different time, not on here", "no bye",
 * "dont put it", "leave that out too", "nah, not on this", "nowt to do with it", "don't
 * put that, men", "leave it", "we do not need it here", "please leave them out", "don't
 * put it", "another department completely", "non o metas", "déixao fóra", "энэ аппд
 * хэрэггүй", "бүү оруулаарай"; while rules keep their "no" ("Naebody dooks on their
 * ain", "No refunds, period", "we don't deliver", "a bird that weren't marked can't be
 * clocked", "On Sunday there is no evening round", "Nothing goes on air before it is
 * paid", "os que veñen en bicicleta non poden reservar", "1 кг-аас бага бол авахгүй").
 * The swimming club's organiser takes the date joined off the members and adds their cap
 * colour, the pool man's daughter moves the gate code from the customers to the pools
 * and adds a dog to the pools, the radio's station manager takes the village off the
 * customers and adds the languages to the announcements, and the hostel keeper takes the
 * phone off the pilgrims and adds where they started the Camino, each after "Change
 * something" at "Your data"; the beach badge woman adds this year's colour to the badges,
 * the pie maker a pickup time to the orders, the baker a landmark to every house and the
 * cooperative's chairman the winter camp to every herder, each at the review. The score
 * compares Galician as it is written and Mongolian by its letters in Latin script, so
 * their expected words are in the forms the person used (or the stem those forms begin
 * with, as "урамшуул" and "хас"), and the excluded words of all ten were checked not to
 * read like anything they want.
 */
export const TWENTY_EIGHTH_ROUND: readonly Persona[] = [
  {
    id: "ferry-dookers",
    who: "The organiser of a sea swimming club at Broughty Ferry, in Dundonian: a website where members book a dook (Saturday and Sunday at nine, Wednesday at six), no more than 20 in the water, one spotter on the shore for every 10 swimmers and nobody in alone, a dook called off over force 5 or an amber warning and everyone booked texted, an induction dook with a coach before an ordinary one, under 16s only with a parent in the water, £30 a year for members and £3 a dook for guests only twice before they join, the water and air temperature put in by the spotter, who ticks everyone in and out; records after dashes on lines, every booking for one member at one dook; the club's Facebook group and a clipboard on the prom today; the sauna trailer 'dinna pit it in', the New Year's Day charity dook 'gie it a miss'; the date joined taken off the members and their cap colour added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Aye, hiya. Eh'm Shona Duncan, Eh run the Ferry Dookers, a sea swimmin club doon at Broughty Ferry, aff the beach by the castle. We're aboot 140 members noo, mair every winter since lockdoon, a'body and their granny wants in the Tay. Right noo it's a' done on wir Facebook group and a clipboard on the prom, and folk just turn up when they like. Ae Sunday in January we'd forty-odd in the water and twa spotters on the shore, Eh wis aff ma heid, ken. Eh'm wantin a website whaur the members book a dook and we can see wha's in.",
      walkthrough:
        "There's three dooks a week: Saturday and Sunday at nine in the mornin, and Wednesday at six at night. Nae mair than 20 in the water at ony dook, and there's tae be ae spotter on the shore fir every 10 swimmers, so if there's only the one spotter turned up, it's 10 and that's yer lot. Naebody dooks on their ain.\n\nIf the wind's ower force 5 or there's an amber warnin oot, the dook's aff, and it should text a'body that's booked so they're no sittin in the car park in their dryrobe fir nothin. New folk canna book an ordinary dook till they've done an induction dook wi ane o the coaches. Under 16s only wi a parent in the water wi them. Members pey £30 a year. Guests can come fir £3 a dook, but only twice, then they've tae join.\n\nAt every dook the spotter pits in the water temperature and the air temperature, and ticks folk in when they go in and oot when they come oot, so we ken naebody's left in the Tay. That's the main thing fir me.",
      things:
        "Members - name, email, phone, emergency contact, date joined, inducted or no\nDooks - date, time, wind, water temperature, air temperature\nBookings - member, dook, time in, time oot\nSpotters - name, phone, first aid till when\nEvery bookin's fir the ae member at the ae dook, and a member can book as mony as they like.",
      thingsChange:
        "Tak the date joined aff the members, naebody's bothered aboot that. And pit a cap colour on them, the new folk wear orange caps and the rest yellow, so the spotter can tell wha's wha fae the shore.",
      extras: [
        "The sauna trailer on the beach is Kenny's, it's naethin tae dae wi the club, dinna pit it in. And the New Year's Day charity dook, the Rotary dae that ane, gie it a miss.",
        "Naw, that's it. Cheers pal.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "The committee and the coaches log in tae run it, and the members log in tae book.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "20 in the water",
        "spotter every 10 swimmers",
        "force 5 amber warning",
        "text booked",
        "induction dook coach",
        "under 16s parent",
        "£30 a year",
        "guests £3 twice join",
        "water temperature air temperature",
        "spotter ticks in",
      ],
      tables: [
        {
          name: "members",
          fields: ["name", "email", "phone", "emergency contact", "inducted", "cap colour"],
        },
        { name: "dooks", fields: ["date", "time", "wind", "water temperature", "air temperature"] },
        { name: "bookings", fields: ["member", "dook"] },
        { name: "spotters", fields: ["name", "phone", "first aid"] },
      ],
      excluded: ["sauna", "charity"],
      background: ["Facebook", "clipboard"],
    },
  },
  {
    id: "shore-beach-badges",
    who: "The woman who runs the beach badge office of a small borough on Long Beach Island, in New Jersey English, rambling: a website where people buy beach badges before they come and the checkers scan them at the street ends, a season badge at $50 by May 31 and $65 after, a weekly badge at $30 and a daily at $10, kids 11 and under free, seniors 65 and over a season badge at $10 picked up at the window with ID, active military free, badges needed from Memorial Day weekend to Labor Day from 9 to 5, a QR code on the phone or printed, dailies also sold on the beach by the checkers for cash, a replacement for a lost badge at $10 one time only with the receipt, no refunds, every night's totals of each badge and the money by street end and online for the council; records told in long sentences, every badge belonging to one order; a receipt book, a calculator and a shoebox of receipts today; the parking permits 'I don't want that anywhere near this', the lifeguard schedule 'keep it out of there'; this year's colour added to the badges at the review",
    says: {
      overview:
        "Hi, how are ya. Donna Castellano, I run the beach badge office for the borough, we're a little town on Long Beach Island, LBI, you come over the causeway and make a left. So every summer we sell beach badges, you need a badge to go on the beach, that's how the borough pays the lifeguards and cleans the beach, and I'm telling you, Memorial Day weekend the line at the window in borough hall goes out the door and around the building, it's a whole thing. Everybody pays cash or a check and we write 'em a receipt out of the receipt book, and then in September the council wants to know how many we sold and I'm sitting there with a calculator and a shoebox full of receipts. Plus the bennies come down from North Jersey and the city and half of 'em don't know you need a badge till the checker's standing right there in front of their blanket. So what I want is a website where people buy their badges before they even get down the shore, and the checkers scan 'em on their phones at the street ends.",
      walkthrough:
        "OK so. A season badge is $50 if you buy it by May 31st, that's the preseason price, and $65 after that. A weekly badge is $30 and a daily is $10. Kids 11 and under don't need one, they're free. Seniors 65 and over get a season badge for $10, but they gotta show ID, so they can buy it online but they pick it up at the window and the girls check the license. Active military get one free, same thing with the ID. You need a badge from Memorial Day weekend to Labor Day, 9 to 5, before 9 or after 5 anybody can go on, we don't care.\n\nWhen you buy online you get the badge with a QR code on your phone, or you print it out, and the checkers at the street ends scan it. A daily's only good that day, a weekly's seven days from the day you pick. The checkers sell dailies right on the beach too, cash, so they gotta be able to put those in from their phone. If somebody loses their badge they can get a replacement for $10, one time only, and they gotta have the receipt or the order. No refunds, period, not for rain, not for the jellyfish, not for nothing, my boss was very clear about that. And every night I need the totals, how many of each badge and the money, by street end and online, so I can give the council their numbers without the shoebox.",
      things:
        "So you got the buyers, with their name, email, home address and phone. Then every order, that's who bought it, the date, the total and if it's paid. Then every badge on the order, that has the badge number, what kind it is, season, weekly, daily, senior or military, the year, the price, and the name of the person it's for. And the checkers, their name and which street end they're at. Every badge belongs to one order, and an order can have however many badges, my sister-in-law buys eleven every year for the whole family, God bless her.",
      extras: [
        "The parking permits, that's the police department, they got their own thing, I don't want that anywhere near this. And the lifeguard schedule, the chief does that, keep it out of there.",
        "No, that's it. Thanks a lot, hon, you have a good one.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the two girls in the office log in, and the checkers log in on their phones. People buying badges don't need an account, they just buy 'em.",
    },
    atReview: [
      "Oh wait, hon, one more thing before I forget. Every year the badges are a different color, so the checkers can tell from across the beach if it's this year's, so put the color on the badges. OK, that's it, thanks.",
    ],
    expect: {
      kind: "web app",
      features: [
        "season badge $50 May 31",
        "$65 after",
        "weekly $30 daily $10",
        "11 and under free",
        "seniors 65 $10",
        "military free",
        "Memorial Day Labor Day 9 to 5",
        "QR code checkers scan",
        "checkers sell dailies",
        "replacement $10 one time",
        "no refunds",
        "totals street end",
      ],
      tables: [
        { name: "buyers", fields: ["name", "email", "address", "phone"] },
        { name: "orders", fields: ["buyer", "date", "total", "paid"] },
        { name: "badges", fields: ["badge number", "kind", "year", "price", "color"] },
        { name: "checkers", fields: ["name", "street end"] },
      ],
      excluded: ["parking", "lifeguard"],
      background: ["receipt book", "shoebox"],
    },
  },
  {
    id: "albergue-portomarin",
    who: "A woman who keeps a private pilgrims' hostel on the Camino Francés at Portomarín, in Galician: a website where pilgrims book a bed and pay and she sees who arrives each day, a bunk at 15 € a night and a double room at 45 €, pilgrims with a credencial only and it stamped on arrival, one night each unless hurt or ill, a booking held till 16:00 and the bed freed when nobody came or called, pilgrims on bicycles never booking and only taking a bed left free at 18:00, a 30% deposit for groups over 8, out at 8:00 and the door shut at 22:00, the daily guest register (parte de viaxeiros) for the Garda Civil made by itself; records after colons on lines, every booking for one pilgrim and one bed; a notebook at reception and WhatsApp today; the backpack transport 'non o metas', her daughter's souvenir shop 'déixao fóra'; the phone taken off the pilgrims and where they started the Camino added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Bo día! Son Maruxa Castro e levo un albergue privado no Camiño Francés, en Portomarín, a cen quilómetros escasos de Santiago. Temos 32 camas en literas e catro cuartos dobres. Agora as reservas chéganme por teléfono, por WhatsApp e por correo, e apúntoas todas nun caderno que teño na recepción; o verán pasado vendín a mesma cama dúas veces e tiven que mandar un peregrino alemán á pensión da veciña. Quero unha páxina web onde os peregrinos reserven e paguen, e onde eu vexa quen chega cada día.",
      walkthrough:
        "A cama en litera custa 15 € a noite e o cuarto dobre 45 €. Só admitimos peregrinos con credencial, e selámola á chegada. Cada peregrino pode quedar unha noite só, agás que estea mancado ou enfermo, e daquela pode quedar outra.\n\nA reserva gárdase ata as 16:00; se o peregrino non chegou nin avisou, a cama queda libre para outro. Os que van a pé teñen preferencia: os que veñen en bicicleta non poden reservar, só collen cama se queda algunha libre ás 18:00. Os grupos de máis de 8 teñen que pagar un sinal do 30% ao reservar. A saída é ás 8:00 da mañá e a porta péchase ás 22:00.\n\nE o que máis me importa: a lei obríganos a mandar cada día o parte de viaxeiros á Garda Civil, cos datos de cada persoa que durmiu aquí. A web debería preparalo soa, que agora fágoo á man cada noite e remato ás tantas.",
      things:
        "Peregrinos: nome, apelidos, DNI ou pasaporte, nacionalidade, data de nacemento, teléfono, correo\nCamas: número, cuarto, arriba ou abaixo\nReservas: peregrino, cama, data de chegada, pagado\nPagamentos: reserva, data, importe, forma de pagamento\nCada reserva é dun só peregrino e dunha cama.",
      thingsChange:
        "Quítalle o teléfono aos peregrinos, co correo chega. E engádelles o lugar de inicio, onde comezaron o Camiño, Sarria, Roncesvalles ou onde sexa, que mo pide a oficina do peregrino para as estatísticas.",
      extras: [
        "O transporte de mochilas faino outra empresa, non o metas. E a tenda de recordos, coas vieiras e os bastóns, é da miña filla, iso déixao fóra.",
        "Non, iso é todo. Moitas grazas!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Entramos eu e a miña filla. Os peregrinos reservan sen conta.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "litera 15 €",
        "cuarto dobre 45 €",
        "peregrinos con credencial",
        "unha noite mancado",
        "reserva 16:00",
        "bicicleta 18:00",
        "grupos 8 sinal 30%",
        "parte de viaxeiros Garda Civil",
      ],
      tables: [
        {
          name: "peregrinos",
          fields: [
            "nome",
            "apelidos",
            "DNI",
            "nacionalidade",
            "data de nacemento",
            "correo",
            "lugar de inicio",
          ],
        },
        { name: "camas", fields: ["número", "cuarto"] },
        { name: "reservas", fields: ["peregrino", "cama", "data de chegada", "pagado"] },
        { name: "pagamentos", fields: ["reserva", "data", "importe", "forma de pagamento"] },
      ],
      excluded: ["mochila", "recordo", "vieira"],
      background: ["caderno", "WhatsApp"],
    },
  },
  {
    id: "cassava-pie-orders",
    who: "A woman who bakes Christmas cassava pies with her sister in their kitchen in Smith's Parish, in Bermudian English, in a line or two at a time: a website for the orders, a small 8 by 8 pie at $60 and a big 9 by 13 at $95, chicken or pork, orders closed on December 15, half down to hold an order, pickup on the 22nd to the 24th only and no delivery, 40 pies a day from the oven and a day full when it is full, a text when the pie is ready; records after colons inline in lower case, each order for one customer; a notebook and the phone today; the Easter codfish cakes 'different time, not on here', the Cup Match stall 'no bye'; a pickup time added to the orders at the review",
    says: {
      overview:
        "Mornin. Cassava pie for Christmas. Me an my sister bake em out of our kitchen in Smith's. Need a website for the orders, bye.",
      more: "Right now its a notebook an the phone ringin off the hook all December. Last year we had one lady's 3 pies wrote down twice. Chingas.",
      walkthrough:
        "Small pie 8 by 8 is $60, big one 9 by 13 is $95. Chicken or pork. Orders close December 15. Half down to hold it. Pickup 22nd to 24th only, we don't deliver. Oven does 40 pies a day, when a day's full its full. Text em when its ready.",
      things:
        "customers: name, phone, parish. pies: size, filling, price. orders: customer, pie, how many, pickup day, deposit. each order is one customer",
      extras: [
        "codfish cakes at Easter, different time, not on here. an the Cup Match stall, no bye",
        "nah thats it. thanks ace boy",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "me an my sister. customers jus order, no login",
    },
    atReview: [
      "one thing. put the pickup time on the orders too, not jus the day. 15 minute slots. thats it",
    ],
    expect: {
      kind: "web app",
      features: [
        "8 by 8 $60",
        "9 by 13 $95",
        "chicken or pork",
        "orders close December 15",
        "half down",
        "pickup 22 24",
        "40 pies a day",
        "text ready",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "parish"] },
        { name: "pies", fields: ["size", "filling", "price"] },
        { name: "orders", fields: ["customer", "pie", "pickup day", "deposit", "pickup time"] },
      ],
      excluded: ["codfish", "Easter", "stall"],
      background: ["notebook"],
    },
  },
  {
    id: "hialeah-pool-routes",
    who: "A college student who helps her father's pool service in Hialeah, in Miami English, lower-case and young: a phone app for the four techs with the data on their phones, a route for every day of the week and every pool once a week, chlorine, pH and a photo before and after at every pool, a flag when the pH is outside 7.2 to 7.8, a shock logged when chlorine is under 1, the customer texted the readings and the after photo, a locked gate or a dog marked with a photo of the gate, $140 a month for the weekly service, a green pool's $250 cleanup only after the owner approves by text, the whole route called off and everyone on it texted for a hurricane warning, the chemicals each pool used at the month's end; records after colons inline, every pool belonging to one customer; a paper route sheet today; the pump and heater repairs 'dont put it', the invoices 'leave that out too'; the gate code moved from the customers to the pools and a dog added to the pools after 'Change something' at 'Your data'",
    says: {
      overview:
        "hiii ok so im daniela, my dad has a pool service in hialeah, Rolo's Pool Service lol. him and 3 guys do like 160 pools a week all over hialeah, miami lakes and westchester. everything is on a paper route sheet and in my dads head and hes literally 58 so. i want an app on their phones for the routes",
      more: "like every week a customer calls screaming that nobody came and my dad is like no bro we went, and theres no proof. and the guys write the chlorine on the sheet and then the sheet gets wet bc its a pool lmao. everyone has data on their phone so internet is fine",
      walkthrough:
        "every guy has a route for every day of the week and every pool gets done once a week. when they get to a pool they put the chlorine and the ph and take a photo before and after. if the ph is outside 7.2 to 7.8 it should flag it. if chlorine is under 1 they gotta shock it and put that they did. when they finish the customer gets a text with the readings and the after photo so nobody can say we didnt come. if they cant get in, like the gate is locked or theres a dog in the yard, they mark it and take a photo of the gate and they come back another day\n\nits $140 a month for the weekly service. if a pool is green the cleanup is $250 extra but only if the owner says ok, so it should text them to approve first bc people get mad. when theres a hurricane warning we cancel the whole route and everybody on it gets a text. and at the end of the month my dad wants to see how much chemicals each pool used, liquid chlorine and acid, bc some pools are literally eating money",
      things:
        "customers: name, address, phone, gate code. pools: customer, gallons, salt or chlorine, route day. visits: pool, tech, date, chlorine, ph, photos, chemicals used. techs: name, phone, truck. every pool belongs to one customer but some customers have like 2 houses",
      thingsChange:
        "take the gate code off customers and put it on the pools, bc like i said some ppl have 2 houses w different codes. and put dog yes or no on the pools too",
      extras: [
        "the pump and heater repairs my tio does those, dont put it. and my mom does the invoices in quickbooks so leave that out too",
        "no thats it!! thank u sm",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "my dad and me see everything, the guys log in and just see their route",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "route every day of the week",
        "chlorine ph photo before after",
        "ph outside 7.2 7.8 flag",
        "chlorine under 1 shock",
        "text readings after photo",
        "gate locked dog photo",
        "$140 a month",
        "green $250 owner approve",
        "hurricane warning cancel route",
        "chemicals each pool",
      ],
      tables: [
        { name: "customers", fields: ["name", "address", "phone"] },
        { name: "pools", fields: ["customer", "gallons", "route day", "gate code", "dog"] },
        { name: "visits", fields: ["pool", "tech", "date", "chlorine", "ph", "photos", "chemicals"] },
        { name: "techs", fields: ["name", "phone", "truck"] },
      ],
      excluded: ["pump", "heater", "invoice"],
      background: ["paper"],
    },
  },
  {
    id: "nooluur-khorshoo",
    who: "The chairman of a herders' cooperative in Jinst sum, Bayankhongor, in Mongolian: a phone app for the cooperative's buyers who weigh cashmere at the herders' camps where there is no signal at all, white cashmere at 180,000₮ a kilo and grey or brown at 140,000₮, 10% off the weight when it is dirty or damp, nothing bought under 1 kg, the autumn advance taken off the spring money and the rest paid in cash or to the bank, the receipt shown on the phone and sent by message when there is signal, everything sent by itself at the sum centre, a report by sum and bag of every herder's kilos for the state cashmere incentive; records after dashes on lines, every purchase belonging to one herder; a notebook today; yak down and sheep's wool 'энэ аппд хэрэггүй', the meat trade 'бүү оруулаарай'; Android; the winter camp added to every herder at the review",
    says: {
      overview:
        "Сайн байна уу! Намайг Ганзориг гэдэг, Баянхонгор аймгийн Жинст сумын “Алтан ямаа” хоршооны дарга. Манай хоршоо хавар малчдаас ямааны ноолуур худалдаж аваад Улаанбаатарын үйлдвэрт тушаадаг. Одоо бүгдийг дэвтэрт бичдэг: жинлээд үнийг нь гараар бодно, тэгээд хэн хэдэн кг тушаасан, хэнд хэдэн төгрөгийн урьдчилгаа өгсөн нь олдохгүй будилдаг. Өнгөрсөн хавар нэг малчинд мөнгийг нь хоёр удаа өгчихсөн. Утсан дээр апп хэрэгтэй байна. Гэхдээ хөдөө малчдын хот айлд сүлжээ огт байхгүй, сумын төвд ирж байж интернэт орно.",
      walkthrough:
        "Худалдан авагч малчны хот дээр очоод ноолуурыг жинлэнэ. Цагаан ноолуурын кг нь 180,000₮, саарал, бор ноолуурынх 140,000₮. Хог шороотой эсвэл чийгтэй бол жингээс нь 10% хасна. 1 кг-аас бага бол авахгүй, зардал нь даахгүй.\n\nНамар малчдад урьдчилгаа өгдөг, хавар ноолуурын мөнгөнөөс тэр урьдчилгааг хасаад үлдсэнийг нь бэлнээр эсвэл дансаар өгнө. Малчинд баримтыг утсан дээрээс нь харуулна, сүлжээтэй болмогц мессежээр нь явуулна.\n\nСумын төвд ирээд сүлжээтэй болмогц бүх мэдээлэл өөрөө илгээгдэх ёстой. Улирлын эцэст сум, баг бүрээр малчин бүр хэдэн кг тушаасан тайлан гаргана, төрөөс ноолуурын урамшууллыг тэр тайлангаар олгодог.",
      things:
        "- Малчид: овог, нэр, регистрийн дугаар, сум, баг, утас, ямааны тоо\n- Худалдан авалт: малчин, огноо, өнгө, жин, хасалт, үнэ\n- Урьдчилгаа: малчин, огноо, дүн\n- Худалдан авагчид: нэр, утас, машины дугаар\nХудалдан авалт бүр нэг малчных, нэг малчин олон удаа тушааж болно.",
      extras: [
        "Сарлагийн хөөвөр, хонины ноосыг бид авдаггүй, энэ аппд хэрэггүй. Махны наймааг ах маань тусдаа хийдэг, тэрийг бүү оруулаарай.",
        "Үгүй, ингээд болоо. Их баярлалаа!",
      ],
      tech: "Android. Манайхан бүгд Android утастай.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Би, гурван худалдан авагч, нягтлан нэвтэрнэ. Малчид аппыг ашиглахгүй.",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    atReview: [
      "Нэг юм нэмье: малчин бүр дээр өвөлжөөг нь бичье, аль хөндийд байдгийг. Шинэ худалдан авагч очихоороо олохгүй төөрдөг юм. Тэгээд болоо, баярлалаа.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "цагаан ноолуур 180,000",
        "саарал бор 140,000",
        "хог шороо 10% хас",
        "1 кг-аас бага",
        "урьдчилгаа хас",
        "баримт малчин",
        "сум баг тайлан урамшуул",
      ],
      tables: [
        {
          name: "малчид",
          fields: ["овог", "нэр", "регистрийн дугаар", "сум", "баг", "утас", "ямааны тоо", "өвөлжөө"],
        },
        { name: "худалдан авалт", fields: ["малчин", "огноо", "өнгө", "жин", "хасалт", "үнэ"] },
        { name: "урьдчилгаа", fields: ["малчин", "огноо", "дүн"] },
        { name: "худалдан авагчид", fields: ["нэр", "утас", "машины дугаар"] },
      ],
      excluded: ["сарлаг", "хөөвөр", "мах"],
      background: ["дэвтэр"],
      stack: ["Android"],
    },
  },
  {
    id: "homing-society-results",
    who: "The race secretary of a homing pigeon society in Grangetown, Middlesbrough, in Teesside English: a Go command-line tool on the club laptop for the Saturday race results, the distance in yards from every member's loft to every race point from the federation's list, birds marked on the Friday night and a bird not marked never clocked, the liberation time rung through by the convoyer, the ETS clock file read in, velocity as yards per minute from liberation to clocking with the fastest first, the race closed at dark on the second day, pools of 50p, £1 and £2 a bird paid to the first three in the pool at 50, 30 and 20 per cent, points from 10 for first to 1 for tenth for the best average, the result sent to the federation as a CSV; records in brackets, every bird belonging to one member; clock printouts, a biro and a calculator today; the raffle and the club bar 'nah, not on this', the bird auctions 'nowt to do with it'; commands and flags; Go",
    says: {
      overview:
        "Alright. Stevie Pounder, I'm race secretary at the Grangetown and District Homing Society, Middlesbrough way. 23 members, old birds April to July and young birds after. Every Saturday in the season the birds get let go from a race point, Peterborough, Newark, Thurso and that, and fly home to the lofts, and I do the result. Right now the ETS clock printouts come to the club on the Saturday night and I do the velocities with a biro and a calculator, takes us till gone midnight, and there's always some fella reckons I've diddled him. Me son-in-law's a programmer, he reckons he can do us a program you type commands into on the club laptop. Proper belta that'd be.",
      walkthrough:
        "Every member's loft has its position, and from that there's a distance in yards to every race point, the fed gives us the list. Friday night the birds get marked: ring number checked, ETS chip on, into the baskets. A bird that weren't marked can't be clocked, simple as. The convoyer lets them go Saturday morning and rings through the liberation time.\n\nWhen a bird gets home the ETS clocks it. Velocity is the distance in yards over the minutes from liberation to when it clocked, yards per minute, fastest first, that's your result. Race closes at dark on the second day, owt clocked after that's not in it.\n\nThen there's the pools, the lads put 50p, £1 or £2 on a bird, and the pool money goes to the first three birds in that pool, 50, 30 and 20 per cent. Points for the averages, 10 for first down to 1 for tenth, for the best average trophy at the end of the season. And the result wants sending to the fed as a CSV, they do the combine off it.",
      commands:
        "Me son-in-law says like this: loft race add --point Thurso --liberated 06:15 to set a race up. loft mark <file> --race 9 for the marking sheet. loft clock <file> --race 9 reads the ETS clock. loft result --race 9 does the result, and loft result --race 9 --csv for the fed. loft pools --race 9. loft averages for the season.",
      things:
        "Members (name, loft, phone). Birds (ring number, colour, cock or hen, member). Distances (member, race point, yards). Races (race point, date, liberation time). Clockings (bird, race, time). Pool entries (bird, race, pool). Every bird's one member's, and a member's got a loft full.",
      extras: [
        "The raffle and the club bar, nah, not on this. And the bird auctions, the lads do them on Facebook, nowt to do with it.",
        "That's the lot. Ta-ra.",
      ],
      tech: "He says Go. Just a file on the laptop, there's no internet at the club.",
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
        "distance yards race point",
        "bird marked clocked",
        "velocity yards per minute",
        "race closes dark second day",
        "pools 50p £1 £2",
        "pool first three 50 30 20",
        "points 10 first tenth",
        "CSV fed",
      ],
      tables: [
        { name: "members", fields: ["name", "loft", "phone"] },
        { name: "birds", fields: ["ring number", "colour", "member"] },
        { name: "distances", fields: ["member", "race point", "yards"] },
        { name: "races", fields: ["race point", "date", "liberation time"] },
        { name: "clockings", fields: ["bird", "race", "time"] },
        { name: "pool entries", fields: ["bird", "race", "pool"] },
      ],
      excluded: ["raffle", "auction"],
      background: ["biro", "calculator"],
      stack: ["Go"],
      commands: [
        "race add",
        "mark",
        "clock",
        "result",
        "pools",
        "averages",
        "--point",
        "--liberated",
        "--race",
        "--csv",
      ],
    },
  },
  {
    id: "aldona-poder-service",
    who: "The owner of a family bakery in Aldona, in Goan English, at length: a service without screens that his nephew's WhatsApp bot for the customers and the app for the four poders (the bread sellers on cycles) call, pao at Rs 5, poee and undo at Rs 6 and kankonn at Rs 10, every house's standing order of each bread morning or evening, changes on WhatsApp until 9 pm the day before, a pause from one date to another that starts again by itself, the morning round done by 7:30 and the evening round at 5 and none on Sunday, every poder's list each morning of his houses in his order with how many of each bread, the bill on WhatsApp on the 1st of the month, paid by UPI or cash to the poder, a house not paid for two months dropped from the round, weddings and feasts ordered 3 days before with 50% advance; records after colons inline, each house on one poder's round; one long notebook today; the bebinca and Christmas sweets 'don't put that, men', buying flour and firewood 'leave it'; Python with Django and PostgreSQL; a landmark added to every house at the review",
    says: {
      overview:
        "Hello, good evening! I am Agnelo Fernandes, we have the Fernandes Bakery in Aldona, three generations, my grandfather started it with one clay oven and still we are using it, no? We make pao, poee, undo and kankonn, and every morning and evening our four poders go round the wards on their cycles with the basket, pom pom with the horn, you know how it is in Goa. Each house takes the same bread every day, and everything is written in one long notebook, who takes how many, who paid, who didn't. Now the boys are forgetting houses, the notebook got wet in the monsoon, and half the families are in the Gulf or in London and they want to pay on UPI, not cash. My nephew Russel is making a WhatsApp bot for the customers and a small app for the poders. What he needs from you is the service in between that both of them talk to, no screens in it, he says. Whatever he says, men, I don't understand all that.",
      walkthrough:
        "See, the prices first: pao is Rs 5, poee Rs 6, undo Rs 6 and kankonn Rs 10. Each house has a standing order, like 4 pao in the morning and 2 poee in the evening, every day. They can change it on WhatsApp till 9 pm the day before, after that the poder has already loaded, so no. When a family goes abroad or to the Gulf they pause it, from this date to that date, and it starts again by itself when they come back.\n\nThe morning round is finished by 7:30 and the evening round goes at 5. On Sunday there is no evening round, everybody is at the feast or sleeping, ha. Each morning every poder needs his list of houses in his order, with how many of each bread, so he doesn't miss anybody.\n\nOn the 1st of the month the bill goes on WhatsApp to every house. They pay on UPI or cash to the poder, and the poder marks it. If a house hasn't paid for two months, the poder stops going there, sorry, what to do, we also have to pay the boys. For weddings and feasts they can order big quantities, but 3 days before and 50% advance, otherwise no.",
      things:
        "Houses: owner name, house name, ward, phone, poder. Poders: name, phone. Breads: name, price. Standing orders: house, bread, how many, morning or evening. Pauses: house, from, to. Payments: house, month, amount, UPI or cash. Each house belongs to one poder's round, and one poder has some 80 houses.",
      extras: [
        "The bebinca and the Christmas sweets, my wife does that separately, don't put that, men. And buying the flour and the firewood for the oven, that is in my account book, leave it.",
        "No, that's all. Thank you, God bless.",
      ],
      tech: "Russel says Python with Django and PostgreSQL, he did it in college.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "No people logging in. The WhatsApp bot and the poders' app each get their own key.",
      Technology: "I have preferences",
      "Back end": "Python with Django",
      Database: "PostgreSQL",
    },
    atReview: [
      "One more thing, men, before you finish. Put the landmark on every house, like near the chapel, opposite the taverna, behind the big mango tree, because the new poder boy can't find half the houses, house names in Goa are not in any order, no? That's all, dev borem korum.",
    ],
    expect: {
      kind: "api service",
      features: [
        "pao Rs 5",
        "kankonn Rs 10",
        "change 9 pm day before",
        "pause starts again",
        "morning round 7:30",
        "Sunday no evening round",
        "poder list houses order",
        "bill WhatsApp 1st",
        "UPI or cash",
        "two months stops",
        "weddings 3 days 50% advance",
      ],
      tables: [
        {
          name: "houses",
          fields: ["owner name", "house name", "ward", "phone", "poder", "landmark"],
        },
        { name: "poders", fields: ["name", "phone"] },
        { name: "breads", fields: ["name", "price"] },
        { name: "standing orders", fields: ["house", "bread"] },
        { name: "pauses", fields: ["house", "from", "to"] },
        { name: "payments", fields: ["house", "month", "amount"] },
      ],
      excluded: ["bebinca", "flour", "firewood"],
      background: ["notebook"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "sanyang-radio-announcements",
    who: "The station manager of a community radio in Sanyang, Kombo South, in formal Gambian English: a program on the studio's Windows computer where the internet is not reliable and the power goes, the paid announcements (a death announcement at D200 read 3 times a day for 2 days, a naming ceremony at D150 read twice the day before, an advert at D500 a week read 4 times a day, lost and found at D50 read once, the Alkalo's and the health centre's free), read in Mandinka, Wolof, Jola or English with D50 for each extra language, nothing on air before it is paid and a printed receipt with a number, every presenter's list each morning ticked with the time it was read, nothing political in the campaign period without the IEC letter, the month's money by kind of announcement for the board; numbered records, each announcement belonging to one customer; a big ledger at the front desk and papers pinned on the studio board today; the Nawettan commentary and its sponsors 'we do not need it here', the song dedications by SMS 'please leave them out'; Windows; the village taken off the customers and the languages added to the announcements after 'Change something' at 'Your data'",
    says: {
      overview:
        "Salaam aleikum. My name is Lamin Sanneh, and I am the station manager of Kombo South Community Radio, 101.3 FM, here in Sanyang. We thank God, the station is doing well, people listen to us from Gunjur up to Brikama. A big part of our income is the announcements the community pays for: deaths, naming ceremonies, lost and found, and adverts from the shops. At present everything is written in a big ledger at the front desk, and the presenters read from pieces of paper pinned on the board in the studio. Sometimes a paper falls down and a death announcement is not read, and the family comes to the station, and it is not easy, I tell you. I would like a program on the studio computer. The internet is not reliable here and NAWEC takes the light often, we run on the solar, so it must work on the computer itself.",
      walkthrough:
        "Let me explain how the announcements work. A death announcement is D200, and it is read 3 times a day for 2 days. A naming ceremony announcement is D150, read twice on the day before the ceremony. An advert is D500 for one week, read 4 times a day. Lost and found is D50, read once. Announcements from the Alkalo and from the health centre are free, that is our service to the community. Each announcement is read in the languages the person asks for, Mandinka, Wolof, Jola or English, and every extra language after the first is D50 more.\n\nNothing goes on air before it is paid, and the customer must get a printed receipt with a number. Every morning the program must give each presenter the list of what to read in his show, and when he reads it he ticks it with the time, so if a family complains we can show them. In the campaign period nothing political is read without the letter from the IEC. At the end of the month I need a report of the money by kind of announcement for the board.",
      things:
        "1. Customers: name, village, phone.\n2. Announcements: customer, kind, text, start date, number of days, times a day, amount, receipt number.\n3. Readings: announcement, date, time read, presenter.\n4. Presenters: name, show, phone.\nEach announcement belongs to one customer, and each reading to one announcement.",
      thingsChange:
        "Kindly remove the village from the customers, we do not need it. And please add the languages to the announcements, which languages it must be read in. I forgot it.",
      extras: [
        "The Nawettan football commentary and the sponsors of the sports programme, the sports desk handles that separately, we do not need it here. The song dedications that come by SMS also, please leave them out.",
        "No, that is all. Abaraka bake, and may God bless you.",
      ],
      tech: "It is a Windows computer, an HP desktop that a donor gave us.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords. Only myself and the presenters on duty use the computer.",
      Technology: "I have preferences",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "death D200 3 times 2 days",
        "naming ceremony D150",
        "advert D500 4 times",
        "lost and found D50",
        "Alkalo health centre free",
        "extra language D50",
        "paid before air",
        "printed receipt number",
        "presenter ticks time",
        "political IEC letter",
        "report money kind",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone"] },
        {
          name: "announcements",
          fields: ["customer", "kind", "text", "start date", "amount", "receipt number", "languages"],
        },
        { name: "readings", fields: ["announcement", "date", "time read", "presenter"] },
        { name: "presenters", fields: ["name", "show", "phone"] },
      ],
      excluded: ["Nawettan", "sponsor", "dedication"],
      background: ["ledger"],
      stack: ["Windows"],
    },
  },
  {
    id: "arusha-park-fees",
    who: "A developer at a safari company in Arusha, in Tanzanian English: a PHP library installed with Composer from the company's own repository that the quotation system, the booking system and the accounts all call to work out a safari's park fees, from the park, the entry and exit times, every person's age and whether non-resident, resident or East African citizen, the vehicles and the day's exchange rate, fees per person per 24 hours, USD 70 a non-resident adult in the Serengeti and USD 20 a child of 5 to 15, USD 50 and USD 15 in Tarangire and Lake Manyara, under 5 free everywhere, residents with a permit half, East African citizens in shillings with VAT in, one minute over the 24 hours another full day, the Ngorongoro crater service fee of USD 295 per vehicle per descent and one descent a day for a vehicle, 18% VAT on the USD fees, the total in USD and TSh rounded to the cent, every line separately; each system working it out its own way today; the lodges and hotels 'don't put it', the Zanzibar extensions 'another department completely'; PHP and Composer",
    says: {
      overview:
        "Habari! My name is Neema Mollel, I am a developer at a safari company in Arusha. We are having about 40 vehicles and we take clients to Serengeti, Ngorongoro, Tarangire and Lake Manyara. The park fees are the biggest part of the cost of any safari, and now our quotation system, the booking system and the accounts Excel, each one calculates them its own way. Last season we quoted a family for one day less in Serengeti than they stayed, and the company paid the difference, eeh, the boss was not happy at all. I want one library that calculates the park fees, and all our systems use it. Only the calculation, nothing is saved.",
      walkthrough:
        "You give it the park, the entry time, the exit time, every person with the age and if they are non-resident, resident or East African citizen, the vehicles, and the exchange rate of the day. The fees are per person per 24 hours. In Serengeti a non-resident adult is USD 70 and a child from 5 to 15 years is USD 20. Tarangire and Lake Manyara are USD 50 adult and USD 15 child. Children under 5 are free everywhere. Residents with a permit pay half of the non-resident fee. East African citizens pay in shillings, TSh 11,800 adult and TSh 2,360 child, already with VAT.\n\nThe 24 hours count from the entry time. If they leave even one minute after the 24 hours, it is another full day, the rangers at the gate are very strict. For Ngorongoro there is also the crater service fee, USD 295 per vehicle per descent, and only one descent per day for each vehicle. 18% VAT is added on top of all the USD fees. The total must come in USD and in TSh with the exchange rate we pass, rounded to the cent, and it must give back every line separately, because the clients ask why the park fees are so much and the sales people must explain them pole pole.",
      extras: [
        "The lodges and the hotels, each one has its own contract and the sales team handles that, don't put it. And the Zanzibar extensions, that is another department completely.",
        "No, that's all. Asante sana!",
      ],
      tech: "PHP 8, our systems are in PHP. We install it with Composer from our own repository.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "PHP",
    },
    expect: {
      kind: "library",
      features: [
        "per person per 24 hours",
        "Serengeti non-resident adult USD 70",
        "child 5 to 15 USD 20",
        "Tarangire Lake Manyara USD 50",
        "under 5 free",
        "residents half",
        "East African citizens TSh",
        "one minute another full day",
        "crater USD 295 per vehicle per descent",
        "18% VAT",
        "rounded to the cent",
        "every line separately",
      ],
      tables: [],
      excluded: ["lodge", "hotel", "Zanzibar"],
      stack: ["PHP", "Composer"],
    },
  },
];
