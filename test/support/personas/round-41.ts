import type { Persona } from "../persona-driver.js";

/**
 * The forty-first round, held out: written without reading the interviewer and before
 * any spec was made from these people's words, and never run or tuned on before its first
 * unseen run. What each person expects was written from what they said, as a fair human
 * reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines, in brackets inline, or told in sentences ("For every
 * family we keep …", "For every player we'd want …", "Every line has …"). Eight write in
 * English, each in their own English and their own register, none of them used before
 * (every round-*.ts and held-out.ts was searched, their doc comments and every `who`:
 * Cork, Dublin and Donegal English were used, Kerry's was not; the Bronx's New York
 * English and Puerto Rican English were, the Dominican English of upper Manhattan was not;
 * Pennsylvania Dutch English was, the Low German-coloured Mennonite English of Manitoba
 * was not; Greek- and Lebanese-Australian English were, Italian-Australian was not; South
 * African, Cape Flats and Durban Indian English were, the isiXhosa-coloured English of the
 * Eastern Cape was not; Egyptian English was, Omani was not; Javanese and Indonesian were
 * written, the English of Bali was not): the Kerry English of Iveragh, in long paragraphs
 * ("Yerra", "'tis", "fierce", "below in Ashe's", "for my sins", "in fairness", "ye",
 * "ours is going since 1994", "the one week", "the older crowd", "leave that alone
 * entirely", "'tis nothing to do with us", "Good luck, so"), the Dominican-American
 * English of Inwood and Washington Heights, in lower-case fragments ("klk", "my tío",
 * "dique", "un chin", "mad", "deadass", "tíguere", "parejas", "partidas", "capicúa", "thats
 * between them not us", "nah we not doing that", "jevi", "ta to", "dale gracias"), the
 * Azorean Portuguese-American English of Fall River, in long paragraphs ("my vavó", "from
 * São Miguel", "the Holy Ghost irmandade", "the domingas", "the crown", "the sopas", "the
 * pensões", "the arrematação", "sweet bread", "ai, Jesus", "coitadinha", "graças a Deus",
 * "I'm going on 78", "that's the Portuguese club's, not ours", "leave it", "Obrigada, and
 * God bless"), the Mennonite English of southern Manitoba, in short plain sentences
 * ("Na, hello", "Jo", "once", "yet", "Ach", "it wonders me", "Tante Helen", "the Faspa",
 * "that's not in this", "we don't need that in", "Well, that's it then"), the
 * Italian-Australian English of Griffith ("G'day", "my nonno", "paesani", "my zio", "a
 * shocker", "I reckon", "heaps", "yeah nah", "that's the cellar door's thing, not ours",
 * "don't go near it", "Cheers mate, ciao"), the English of the Eastern Cape with its
 * isiXhosa words, in short plain sentences ("Molweni", "Tata", "Bhuti", "Ewe", "now now",
 * "the classer", "the broker in Gqeberha", "that is not for us", "leave that", "Enkosi
 * kakhulu"), the Omani English of the interior, by Nizwa ("Salam alaikum", "the wakil",
 * "the falaj", "athar", "the dawran", "the sablah", "mashallah", "ya akhi",
 * "Alhamdulillah", "inshallah", "this is not the falaj's matter", "keep it away from
 * this", "Shukran jazeelan") and the Balinese English of Gianyar ("Om Swastiastu", "my
 * Bapa", "the tukang", "the banjar", "Galungan", "Nyepi", "old already", "ask already",
 * "that is separate", "don't include it", "Nggih", "Suksma", "Om Shanti Shanti Shanti
 * Om"). One writes in Cantonese (never used before: Mandarin was written once, in
 * Simplified characters; this is the written Cantonese of Hong Kong in traditional
 * characters, as a developer from Sham Shui Po types it, with the English words Hong Kong
 * people really mix in: "developer", "web app", "tablet", "QR code", "API", "screen",
 * "login", "key", "printer", "database", "PayMe", "FPS", "唔好搞", "唔關我哋事", "唔該晒"),
 * and one in Belarusian (never used before, in Cyrillic with its і and ў, as the
 * chairwoman of a garden cooperative by Maladzechna types it, with the words Belarusians
 * really mix in: "Excel", "Viber-групу", "сайт", "ЕРІП", "кВт·г", "нас гэта не
 * тычыцца", "гэтага нам не трэба", "Дзякуй вялікі").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Kerry GAA club's weekly lotto (€2 a line or 3 for €5, 4 numbers from 1 to 28 and
 * never the same twice on a line, the draw Sunday at 10 in the pub and the lines online
 * closed at 8, a jackpot from €2,000 up €100 a week and never over €15,000 on the
 * licence, 3 lucky dips of €50, a shared jackpot split, 18 and over, a text to every
 * player and the results in the parish newsletter, 52 weeks for €90), a domino league at
 * a social club on Dyckman Street ($40 a pareja for the season, games to 200, Thursdays
 * at 8 on 8 tables, 32 parejas at most, 25 extra for a capicúa, 3 partidas a night, a
 * pareja not there by 8:30 losing its partida, the top 4 to a December final for the
 * trophy and $800, standings everyone sees), a falaj's water turns in Birkat Al Mouz (a
 * dawran of 8 days and 10 in a dry summer, athar of 30 minutes, the falaj's own 24 athar
 * auctioned every Friday to the highest bid, 2 rials an athar for cleaning or repair, a
 * turn given or sold only with a day's word to the wakil, nobody's water outside his turn
 * with a warning and then 50 rials, a message the day before every turn), a Celuk silver
 * workshop's overseas orders (grams times the day's silver price plus the workmanship,
 * the price put in at 9 every morning, all 925 with the stamp, 30 pieces a design at
 * least, a 50% deposit by bank transfer or PayPal and the rest before shipping, 3 weeks
 * and 1 more over Galungan or Nyepi, a USD 25 sample for a new design, DHL at the buyer's
 * cost) and a Belarusian garden cooperative (dues of 12 roubles a sotka by the 1st of
 * July, power by the meter at 0.25 a kWh with readings by the 25th, cut off after 2
 * months and 20 roubles to reconnect, water from May to September, 8 hours a year of
 * work or 30 roubles, the gate code only to those who paid, the gate shut 23 to 6, the
 * general meeting in May told 2 weeks before, payment through ERIP); a phone app for an
 * Eastern Cape wool growers' shearing shed with no network (Tuesdays and Thursdays from
 * September to November, R12 a sheep, no sheep without this season's dip card, no wet
 * sheep shorn, the wool classed into five lines, every bale weighed and numbered and none
 * under 150 kg, the truck to the broker at 30 bales, every farmer paid by his kilos less
 * R12 a sheep and 5% for the shed, an SMS with his kilos the same day); a program on the
 * hall office computer of a Holy Ghost brotherhood in Fall River (the crown one family a
 * week for the seven domingas, the families drawn from a hat in January, dues of $30 by
 * the end of February and no crown for a family behind, the sopas free for everybody on
 * Pentecost, about 1,500 bowls, the beef ordered at 2 pounds a pensão and 300 more for the
 * sopas, a pensão of 2 pounds of beef and a sweet bread for every member family and
 * brought to the widows and the sick, the auction on the Saturday night with nothing
 * leaving the table unpaid); a command-line tool in Rust with SQLite for the clerks of a
 * Mennonite relief sale in Steinbach (one Saturday from 8 to 4, a bidder card with a
 * number, the quilt auction at 10 sharp, no quilt under $300, everything paid before the
 * buyer leaves, a receipt with every lot and the total, the quilt book printed before,
 * the day's totals for MCC), with commands and flags; a service without screens, in
 * Node.js with Express and MySQL, that a Sham Shui Po cha chaan teng's QR ordering web
 * app, cash-desk tablet and kitchen printer call (breakfast 7 to 11 and afternoon tea
 * 14:30 to 17:30, a cold drink $3 more, no ice and less sugar free, more rice $5, $1 a
 * takeaway box, a $40 minimum a head from 12 to 2, an order changed by the customer
 * within 5 minutes, a sold-out item not ordered, no credit cards and no 10% service
 * charge, the night's takings by cash, Octopus, PayMe and FPS); and a TypeScript library
 * for a Yenda winery's grape payments (net of gross and tare, a price per tonne by
 * variety, the full price from 12.5 to 13.5 Baumé and 1% off every 0.1 under, no bonus
 * over, a load under 10.5 rejected, the tonnes docked by MOG over 2% and a load over 5%
 * rejected, Brix over 1.8, 10% GST only for those registered, paid in thirds at the end
 * of the month after delivery, 3 months and 6 months, the leftover cents in the last).
 * The Dyckman nephew answers in lower-case fragments, the Kerry lotto woman and the Fall
 * River secretary in long paragraphs, the Tsolo secretary, the Steinbach clerk and the
 * Maladzechna chairwoman in short plain sentences, the others in between.
 *
 * Relations said plainly ("Every line is for one player and one draw", "every pareja is 2
 * players n every partida is 2 parejas", "Every dominga is one family, and every pensão is
 * for one family", "Every sale is one lot to one bidder", "Every shearing is for one
 * farmer, and every bale is one line", "Every share belongs to one owner", "Every order is
 * for one buyer, and every order line is one design", "每個單項屬於一張單", "Кожны
 * ўчастак належыць аднаму садаводу"); allowed values in brackets (a lot's kind, how a
 * payment is made, a bale's line, a payment's reason, a dish's category, an order's
 * status, a payment's kind) and in sentences (online or cash to a seller, new, deposit
 * paid, making, polishing, ready or shipped); background in envelopes in a biscuit tin and
 * an Excel sheet, a whiteboard and a notebook, a ledger and index cards, carbon paper
 * receipt books and an adding machine, a calculator at the weighbridge, a hardcover book
 * and the classer's tally sheets, a notebook and a WhatsApp group, a big book, paper slips
 * (紙仔), a сшытак and a Viber group; technology named as Rust with SQLite, TypeScript,
 * Node.js with Express and MySQL, and none at all by seven of them; "no" said as "leave
 * that alone entirely", "'tis nothing to do with us", "thats between them not us", "nah we
 * not doing that", "that's the Portuguese club's, not ours", "leave it", "that's not in
 * this", "we don't need that in", "that's the cellar door's thing, not ours", "don't go
 * near it", "that is not for us", "leave that", "this is not the falaj's matter", "keep it
 * away from this", "that is separate from the workshop", "don't include it", "唔好搞",
 * "唔關我哋事", "нас гэта не тычыцца", "гэтага нам не трэба"; while rules keep their "no"
 * ("You can't have the same number twice", "It never goes over €15,000", "nobody pays for
 * the sopas", "can't have the crown", "Nothing leaves the auction table till it's paid",
 * "No quilt sells under $300", "there's no bonus", "we don't take it, full stop", "No
 * sheep comes into the shed without the dip card", "We do not shear wet sheep", "No bale
 * under 150 kg", "Nobody takes water outside his turn", "Under 30 pieces we don't take
 * the order", "唔收信用卡", "唔收加一", "唔可以再落單", "Хто не заплаціў, кода не
 * атрымае").
 *
 * The Fall River secretary takes the island off the families and puts paid on the
 * auction, the Tsolo secretary takes the ID number off the farmers and adds their bank
 * account, and the Maladzechna chairwoman takes the plots out altogether, moving the plot
 * number and the sotki to the gardeners and the gardener onto the meter readings
 * ("Участкі асобна не трэба"), each after "Change something" at "Your data"; the Kerry
 * lotto woman renames the sellers Promoters, the Dyckman nephew puts the apodo on the
 * players, the Birkat Al Mouz engineer takes the village off the owners and the Celuk
 * silversmith takes the sample out ("no more samples"), each at the review. Cantonese is
 * compared, as Chinese was, by its syllables in Latin letters, and Belarusian by its
 * letters in Latin script, so their expected words are in the forms the person used (as
 * "轉凍飲加 $3", "5 分鐘內 改單", "12 рублёў за сотку 1 ліпеня", "код ад брамы заплаціў
 * узносы"); every expected feature was checked to be in one sentence the person said, and
 * the excluded words of all ten were checked not to read like anything they want (not
 * "dates" for the date harvest, when every record has a date, but "harvest"; not "shop"
 * for the shop in front, when the buyers are shops; not "dipping" for the cattle, when the
 * sheep's dip card is wanted; not "外賣平台" for the delivery platforms, when 外賣 is wanted,
 * but Foodpanda, and 排更 for the staff rota, whose syllables recur nowhere in what the
 * owner wants).
 */
export const FORTY_FIRST_ROUND: readonly Persona[] = [
  {
    id: "fall-river-holy-ghost",
    who: "The secretary of the Holy Ghost brotherhood of a Portuguese parish in the Flint in Fall River, Massachusetts, in the Azorean Portuguese-American English of Fall River, in long paragraphs ('my vavó', 'from São Miguel', 'the Holy Ghost irmandade', 'the domingas', 'the crown', 'the sopas', 'the pensões', 'the arrematação', 'sweet bread', 'ai, Jesus', 'coitadinha', 'graças a Deus', 'I'm going on 78', 'that's the Portuguese club's, not ours', 'leave it', 'Obrigada, and God bless'): a program on the computer in the parish hall office, where the wifi does not reach, for her and the treasurer, the crown kept one week by one family for each of the seven domingas from Easter to Pentecost, the families drawn out of a hat in January, dues of $30 a year a family paid by the end of February and a family behind on the dues not having the crown, the sopas free for everybody after the noon mass on Pentecost Sunday, about 1,500 bowls, the beef ordered from the butcher at 2 pounds for every pensão and 300 pounds more for the sopas, a pensão of 2 pounds of beef and a sweet bread for every member family on the Monday and brought to the house for the widows and the sick, the auction the Saturday night before Pentecost with nothing leaving the table till it is paid; records told in sentences ('For every family we keep …', 'For the auction I keep …'), every dominga one family and every pensão for one family; a big ledger and a box of index cards today; the malassadas stand 'that's the Portuguese club's, not ours', the parade permit 'the Monsignor's office does that, leave it'; the island taken off the families and paid put on the auction after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hello, good afternoon. My name is Conceição Medeiros, but everybody calls me Connie. I'm the secretary of the Holy Ghost irmandade at our parish in the Flint, in Fall River, since 1988, and before me it was my father, God rest him. My vavó brought the Holy Ghost with her from São Miguel, and we still do it the same way she did: the crown goes around the families for the seven domingas, and on Pentecost we feed the whole neighborhood. Right now everything is in a big ledger and a box of index cards in the hall office, and my handwriting isn't what it was, I'm going on 78. Last year two families both thought it was their dominga, ai, Jesus, and the crown went to the wrong house, the poor woman was crying at the door, coitadinha. My grandson Michael says he can put a program on the computer in the hall office for me and Fátima, she's the treasurer.",
      more: "There's no internet in the hall office, the wifi from the rectory doesn't reach, so it has to work right there on that computer. Only me and Fátima use it.",
      walkthrough:
        "I'll explain how it works, it's not complicated once you know it. The crown goes from house to house, one family every week for the seven domingas, from Easter to Pentecost. The families for the domingas are drawn out of a hat in January, in the hall after the mass, and everybody who wants it puts their name in. But a family has to be a member: the dues are $30 a year a family, paid by the end of February, and a family that's behind on the dues can't have the crown. Graças a Deus I don't have to tell them myself, the rule is the rule.\n\nOn Pentecost Sunday, after the noon mass, the sopas are free for everybody, members or not, Portuguese or not, that's the whole point of the Holy Ghost, nobody pays for the sopas. We make about 1,500 bowls. Every year I have to tell the butcher how many pounds of beef to order: 2 pounds for every pensão, and 300 pounds more for the sopas.\n\nOn the Monday every member family gets a pensão, 2 pounds of beef and a sweet bread, and they come to the hall to pick it up. The widows and the sick, the men bring it to the house, they shouldn't have to come out.\n\nThe Saturday night before Pentecost we have the auction, the arrematação, with what people give: sweet breads, quilts, sometimes a calf from a farm in Westport. Nothing leaves the auction table till it's paid, not even for the Monsignor.",
      things:
        "For every family we keep the family name, the address, the phone, the island they're from, and if they paid the dues. For every dominga we keep the number, one to seven, the date, and the family that has the crown. For the pensões, the family, the pounds of beef, how many sweet breads and if it was delivered. For the auction I keep the item, the donor, the buyer and the price. Every dominga is one family, and every pensão is for one family.",
      thingsChange:
        "Take the island off the families, half of them were born here and nobody asks anymore what island. And on the auction put if it's paid, Fátima wants to see it the same night.",
      extras: [
        "The malassadas and the chouriço stand, that's the Portuguese club's, not ours. And the permit for the parade with the city, the police and all that, the Monsignor's office does that, leave it.",
        "That's everything, I think. Obrigada, and God bless.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords, please. Only me and Fátima use that computer.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "crown one family every week seven domingas",
        "drawn out of a hat January",
        "dues $30 a year end of February",
        "behind on the dues can't have the crown",
        "Pentecost sopas free everybody",
        "1,500 bowls",
        "butcher 2 pounds every pensão 300 pounds sopas",
        "pensão 2 pounds of beef sweet bread",
        "widows sick bring to the house",
        "auction Saturday night before Pentecost",
        "nothing leaves auction table till paid",
      ],
      tables: [
        { name: "families", fields: ["family name", "address", "phone", "dues"] },
        { name: "domingas", fields: ["number", "date", "family"] },
        { name: "pensões", fields: ["family", "pounds", "sweet breads", "delivered"] },
        { name: "auction", fields: ["item", "donor", "buyer", "price", "paid"] },
      ],
      excluded: ["malassadas", "permit"],
      background: ["ledger", "index cards"],
    },
  },
  {
    id: "glenbeigh-gaa-lotto",
    who: "The woman who runs the weekly lotto of the GAA club in Glenbeigh, out the road from Killorglin in County Kerry, in the Kerry English of Iveragh, in long paragraphs ('Yerra', \"'tis\", 'fierce', 'below in Ashe's', 'for my sins', 'in fairness', 'ye', 'ours is going since 1994', 'the one week', 'the older crowd', 'leave that alone entirely', \"'tis nothing to do with us\", 'Good luck, so'): a website where the players buy their lines and the lotto committee sees everything, €2 a line or 3 lines for €5 with 4 numbers from 1 to 28 and never the same number twice on one line, the draw every Sunday night at 10 o'clock in the pub, the lines online closed at 8 o'clock on the Sunday, the jackpot starting at €2,000 and going up €100 every week it is not won and never over €15,000 on the club's licence, 3 lucky dips of €50 when nobody has the 4 numbers, the jackpot split between winners, 18 and over only, a text to every player after the draw and the results in the parish newsletter, a line for the full 52 weeks €90 paid up front; records told in sentences ('For every player we'd want …', 'Every line has …'), with how a line is paid told in the sentence (online or cash to a seller), every line for one player and one draw; envelopes in a biscuit tin and an Excel sheet today; the clubhouse bar 'leave that alone entirely', the Cúl Camp \"'tis nothing to do with us\"; the sellers renamed promoters at the review",
    says: {
      overview:
        "Hello there. Breda Sheehan is my name, and I run the weekly lotto for the GAA club here in Glenbeigh, out the road from Killorglin, for my sins. Every club in Kerry has a lotto, 'tis how we keep the lights on in the dressing rooms and the bus going to the matches, and ours is going since 1994. At the moment the lines are written on envelopes that the sellers leave in the shops and bring around the houses, and every Sunday night I'm below in Ashe's with a biscuit tin full of envelopes, typing the numbers into an Excel sheet on the laptop. Yerra, 'tis fierce slow. And in fairness we had a right mess last March: a man over in Caragh Lake had the four numbers and his envelope never turned up till the Tuesday, and you can imagine how that went down in the parish. So the committee said we'd want a proper website, where people can buy their lines themselves and we can see the whole thing.",
      walkthrough:
        "So I'll tell ye how it goes. A line is €2, or 3 lines for €5, and you pick 4 numbers from 1 to 28. You can't have the same number twice on the one line, sure that'd be no use to you. The draw is every Sunday night at 10 o'clock below in Ashe's, and we get someone from the parish to pull the balls out of the drum, 'tis a great honour altogether. Online the lines close at 8 o'clock on the Sunday evening, so we have time to count it all up before the draw.\n\nThe jackpot starts at €2,000, and every week it's not won it goes up €100. It never goes over €15,000, that's the limit on the club's licence. If nobody has the 4 numbers, there are 3 lucky dips of €50 drawn out of all the lines. If two people have the 4 numbers the one week, they split the jackpot between them, and the same if it's three.\n\nYou have to be 18 and over to play, the licence is very strict on that. After the draw every player gets a text with the numbers and whether anyone won, and the results go in the parish newsletter at the masses the Sunday after. Some of the older crowd like to pay for the whole year, so a line for the full 52 weeks is €90 if you pay it up front.",
      things:
        "For every player we'd want the name, the phone, the email and the townland. Every line has the player, the draw, the 4 numbers, and how it was paid, online or cash to a seller. For every draw, the date, the 4 numbers that came out, the jackpot and who won. The sellers then, only the name, the phone and the area they sell in. Every line is for one player and one draw.",
      extras: [
        "The bar in the clubhouse is run by the bar committee, leave that alone entirely. And the Cúl Camp in the summer, the County Board does the bookings for that, 'tis nothing to do with us.",
        "That's it now. Good luck, so.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The lotto committee sees everything, that's myself and the two lads. The players make an account to buy their lines and see their numbers. The sellers don't need to log in at all, they hand the money in to me.",
    },
    atReview: [
      "In fairness, that's looking great. One thing only: would you call the sellers 'Promoters'? That's what they're called on the club's licence. Good luck, so.",
    ],
    expect: {
      kind: "web app",
      features: [
        "€2 a line",
        "3 lines for €5",
        "4 numbers from 1 to 28",
        "same number twice one line",
        "draw Sunday night 10 o'clock",
        "online lines close 8 o'clock Sunday",
        "jackpot starts €2,000",
        "not won goes up €100",
        "never over €15,000",
        "3 lucky dips €50",
        "split the jackpot",
        "18 and over",
        "every player text numbers",
        "results parish newsletter",
        "full 52 weeks €90",
      ],
      tables: [
        { name: "players", fields: ["name", "phone", "email", "townland"] },
        { name: "lines", fields: ["player", "draw", "numbers", "paid"] },
        { name: "draws", fields: ["date", "numbers", "jackpot", "who won"] },
        { name: "promoters", fields: ["name", "phone", "area"] },
      ],
      excluded: ["clubhouse", "camp"],
      background: ["biscuit tin", "Excel"],
    },
  },
  {
    id: "tsolo-shearing-shed",
    who: "The secretary of a wool growers' association with its own shearing shed in a village near Tsolo in the Eastern Cape, in the English of the Eastern Cape with its isiXhosa words, in short plain sentences ('Molweni', 'Tata Mzimba', 'Tata Jali', 'Bhuti Lwazi', 'Ewe', 'now now', 'the classer', 'the broker in Gqeberha', 'that is not for us', 'leave that', 'Enkosi kakhulu'): a phone app for her, the classer and the chairman that works in the shed where there is no network and sends later from the hill by the school, 64 farmers, shearing on Tuesdays and Thursdays from September to November, R12 a sheep to the shearers, no sheep into the shed without this season's dip card, no wet sheep shorn and the farmer moved to the next shearing day when it rains, the wool classed into lines (AFS, BFS, bellies, pieces and locks), every bale weighed and numbered and none under 150 kg, the truck to the broker in Gqeberha when there are 30 bales, every farmer paid for his kilos in each line less R12 a sheep and 5% for the shed, an SMS to every farmer with his kilos the same day; records after colons inline with a bale's line in brackets, every shearing one farmer's and every bale one line; a hardcover book and the classer's tally sheets today; the cattle dipping 'that is not for us', the goats' mohair 'leave that'; the ID number taken off the farmers and the bank account added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Molweni. My name is Nosipho Dyantyi. I am the secretary of the wool growers' association in our village near Tsolo, in the Eastern Cape. We have our own shearing shed, and 64 farmers bring their sheep there. Now everything is written in a hardcover book and on the tally sheets of the classer, Bhuti Lwazi. Last year the wool cheque came from Gqeberha and we could not find the kilos of Tata Jali. He was very cross, and he is an old man. Our chairman, Tata Mzimba, said we must get an app on the phone. The new season starts now now.",
      more: "There is no network in the shed. The network is only on the hill by the school. The app must work in the shed and send the things later, when we are on the hill.",
      walkthrough:
        "Ewe, I will explain.\nWe shear on Tuesdays and Thursdays, from September to November.\nThe shearers get R12 a sheep.\nNo sheep comes into the shed without the dip card of this season.\nWe do not shear wet sheep. When it rains, the farmer moves to the next shearing day.\nThe classer puts the wool in lines: AFS, BFS, bellies, pieces and locks.\nEvery bale is weighed and gets a number. No bale under 150 kg.\nWhen there are 30 bales, the truck takes them to the broker in Gqeberha.\nWhen the money comes, every farmer is paid for his kilos in each line, less R12 a sheep and 5% for the shed.\nEvery farmer must get an SMS with his kilos the same day.",
      things:
        "Farmers: name, ID number, village, phone, dip card number. Shearings: farmer, date, sheep. Wool: farmer, line, kilos, bale. Bales: number, line (AFS, BFS, bellies, pieces or locks), kilos, date sent. Every shearing is for one farmer, and every bale is one line.",
      thingsChange:
        "Take the ID number off the farmers, the old people do not like to give it. And add the bank account, now the money goes to the bank, not cash.",
      extras: [
        "The cattle dipping is for the Department of Agriculture, that is not for us. And the mohair from the goats, we are only wool, leave that.",
        "That is all. Enkosi kakhulu.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Me, Bhuti Lwazi the classer and Tata Mzimba. The farmers only get SMS, they do not log in.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "Tuesdays Thursdays September to November",
        "shearers R12 a sheep",
        "dip card this season",
        "not shear wet sheep",
        "rains next shearing day",
        "AFS BFS bellies pieces locks",
        "bale weighed number",
        "no bale under 150 kg",
        "30 bales truck broker Gqeberha",
        "kilos each line less R12 5% shed",
        "SMS kilos same day",
      ],
      tables: [
        { name: "farmers", fields: ["name", "village", "phone", "dip card number", "bank account"] },
        { name: "shearings", fields: ["farmer", "date", "sheep"] },
        { name: "wool", fields: ["farmer", "line", "kilos", "bale"] },
        { name: "bales", fields: ["number", "line", "kilos", "date sent"] },
      ],
      excluded: ["cattle", "mohair"],
      background: ["hardcover book", "tally sheets"],
    },
  },
  {
    id: "dyckman-domino-league",
    who: "A young man whose uncle runs a domino league at a social club on Dyckman Street in Inwood, at the top of Washington Heights, in the Dominican-American English of upper Manhattan, in lower-case fragments ('klk', 'my tío', 'dique', 'un chin', 'mad', 'deadass', 'tíguere', 'parejas', 'partidas', 'capicúa', 'thats between them not us', 'nah we not doing that', 'jevi', 'ta to', 'dale gracias'): a website for him and his uncle where the players see the standings, parejas of 2 at $40 a pareja for the season, games to 200 points, every Thursday at 8pm on 8 tables, 32 parejas at most, 25 extra for a capicúa, 3 partidas a night for every pareja, a pareja not there by 8:30 losing that partida, the top 4 parejas to the final in December, the trophy and $800 to the winners, the standings on the site for everybody; records after colons inline, every pareja 2 players and every partida 2 parejas; a whiteboard, a notebook and a WhatsApp group today; the bets on the side 'thats between them not us', the beer the club sells 'nah we not doing that'; the apodo put on the players at the review",
    says: {
      overview:
        "klk. im darwin, my tío runs a domino league at a social club on dyckman. rn its a whiteboard n a notebook n a whatsapp group. last season 2 parejas ended tied at the top n dique the notebook was wrong, mad yelling, almost a fight deadass. i know un chin of code but my tío wants a real website",
      walkthrough:
        "parejas of 2, $40 a pareja for the season\ngames to 200 points\nevery thursday 8pm, 8 tables\nmax 32 parejas\ncapicúa is 25 extra\n3 partidas a night every pareja\npareja not there by 8:30 loses that partida\ntop 4 parejas go to the final in december\nwinners get the trophy n $800\nstandings on the site so everybody can see, every tíguere on the block thinks hes #1 lol",
      things:
        "players: name, phone. parejas: player 1, player 2, paid. partidas: date, table, pareja 1, pareja 2, points 1, points 2. every pareja is 2 players n every partida is 2 parejas",
      extras: [
        "the bets on the side thats between them not us. the beer the club sells nah we not doing that",
        "ta to. dale gracias",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "me n my tío. the players dont need login they just check the standings",
    },
    atReview: [
      "looks jevi. can u put the apodo on the players, nobody knows nobody by the real name lol. dale",
    ],
    expect: {
      kind: "web app",
      features: [
        "$40 a pareja season",
        "games to 200 points",
        "thursday 8pm 8 tables",
        "max 32 parejas",
        "capicúa 25 extra",
        "3 partidas a night",
        "8:30 loses partida",
        "top 4 final december",
        "trophy $800",
        "standings everybody can see",
      ],
      tables: [
        { name: "players", fields: ["name", "phone", "apodo"] },
        { name: "parejas", fields: ["player 1", "player 2", "paid"] },
        {
          name: "partidas",
          fields: ["date", "table", "pareja 1", "pareja 2", "points 1", "points 2"],
        },
      ],
      excluded: ["bets", "beer"],
      background: ["whiteboard", "notebook"],
    },
  },
  {
    id: "birkat-al-mouz-falaj",
    who: "An engineer in Muscat whose father is the wakil of the falaj of Birkat Al Mouz near Nizwa, in the Omani English of the interior ('Salam alaikum', 'my father is the wakil', 'the falaj', 'athar', 'the dawran', 'the sablah', 'mashallah', 'ya akhi', 'Alhamdulillah', 'inshallah', 'this is not the falaj's matter', 'keep it away from this', 'Shukran jazeelan'): a website for his father and the accountant where the owners see their turns and pay and everybody sees the auctions, a dawran of 8 days and 10 days in a dry summer when the water is low, the time counted in athar of 30 minutes, the falaj's own 24 athar auctioned every Friday after the prayer in the sablah with the highest bid taking them and the money to the falaj fund, 2 rials for every athar from every owner when the falaj needs cleaning or repair, a turn given or sold to another farmer only when the wakil is told one day before, nobody taking water outside his turn with a warning the first time and a fine of 50 rials the second, a message to every owner the day before his turn with the time; records after dashes on lines with what a payment is for in brackets, every share one owner's; his father's notebook and a WhatsApp group today; the date harvest 'this is not the falaj's matter', the mosque's land 'keep it away from this'; the village taken off the owners at the review",
    says: {
      overview:
        "Salam alaikum. I am Khalid Al Riyami. I work as an engineer in Muscat, but every weekend I am home in Birkat Al Mouz, near Nizwa. My father is the wakil of our falaj, for 22 years now, mashallah. The falaj brings the water from the mountain to the farms, and every owner has his turn of the water by time. Now all the turns are in my father's notebook, and the owners ask him in a WhatsApp group. Last summer two farmers opened the water on the same night, each one said it was his turn, and my father had to go down to the farms at 2 in the morning. He is 71, ya akhi. So I want to make a website for him, inshallah.",
      walkthrough:
        "I will explain.\n\nThe dawran, the full turn of all the owners, is 8 days.\n\nThe time is counted in athar. One athar is 30 minutes.\n\nIn a dry summer, when the water is low, the wakil can make the dawran 10 days.\n\nThe falaj has its own 24 athar, and they are auctioned every Friday after the prayer in the sablah, the highest bid takes them, and the money goes to the falaj fund.\n\nWhen the falaj needs cleaning or repair, every owner pays 2 rials for every athar he has.\n\nAn owner can give or sell his turn to another farmer, but he must tell the wakil one day before.\n\nNobody takes water outside his turn. The first time is a warning, the second time is a fine of 50 rials.\n\nEvery owner must get a message the day before his turn, with the time. Alhamdulillah, everybody has a phone now.",
      things:
        "- owners - name, phone, village\n- shares - owner, athar, day of the dawran, start time\n- auctions - date, athar, winner, price\n- payments - owner, date, amount, reason (cleaning, auction or fine)\nEvery share belongs to one owner.",
      extras: [
        "The date harvest and selling the dates, every family does its own, this is not the falaj's matter. And the land of the mosque, the mosque committee has its own book, keep it away from this.",
        "That is all. Shukran jazeelan.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "My father and the accountant see everything. The owners log in to see their turns and pay. The auctions everybody can see without login.",
    },
    atReview: [
      "Mashallah, it is good. Only remove the village from the owners, it does not matter where they live, the water is here. Shukran.",
    ],
    expect: {
      kind: "web app",
      features: [
        "dawran 8 days",
        "one athar 30 minutes",
        "dry summer dawran 10 days",
        "24 athar auctioned every Friday",
        "highest bid falaj fund",
        "cleaning repair 2 rials every athar",
        "give sell turn tell wakil one day before",
        "water outside his turn",
        "first time warning second time 50 rials",
        "message day before turn time",
      ],
      tables: [
        { name: "owners", fields: ["name", "phone"] },
        { name: "shares", fields: ["owner", "athar", "day", "start time"] },
        { name: "auctions", fields: ["date", "athar", "winner", "price"] },
        { name: "payments", fields: ["owner", "date", "amount", "reason"] },
      ],
      excluded: ["harvest", "mosque"],
      background: ["notebook", "WhatsApp"],
    },
  },
  {
    id: "yenda-grape-price",
    who: "A developer at his family's small winery out at Yenda by Griffith in the Riverina, in the Italian-Australian English of Griffith ('G'day', 'my nonno', 'paesani', 'my zio', 'a shocker', 'I reckon', 'heaps', 'yeah nah', \"that's the cellar door's thing, not ours\", \"don't go near it\", 'Cheers mate, ciao'): a TypeScript library on the winery's private npm that the weighbridge app and the growers' portal both use, nothing kept, a load's net weight the gross minus the tare in tonnes to the kilo, the price per tonne by variety from the vintage's price list passed in, the full price from 12.5 to 13.5 Baumé, 1% off for every 0.1 Baumé under 12.5, no bonus over 13.5, a load under 10.5 Baumé rejected, the tonnes docked by the MOG percent over 2% MOG and a load over 5% rejected, Brix changed to Baumé by dividing by 1.8, 10% GST only for growers registered for it, the payment in three: a third at the end of the month after delivery, a third 3 months after and the rest 6 months after, with the dates and amounts and the leftover cents in the last payment; a calculator at the weighbridge today; the cellar door and the online bottle shop \"that's the cellar door's thing, not ours\", the growers' spray diaries \"don't go near it\"; TypeScript",
    says: {
      overview:
        "G'day, I'm Matt Zanatta. My nonno came out from Treviso in '52 and grew grapes on a farm out at Yenda, and now the family's got a small winery there and I'm the one who does the computers. Every vintage the growers bring their grapes in by the truckload, we weigh them, test the Baumé and pay them by the tonne. Right now the girls at the weighbridge work the price out on a calculator, and last vintage one of my nonno's paesani got paid for Shiraz when he'd brought in Durif, a shocker, he's still not talking to my zio. We've got a weighbridge app and a portal for the growers, and I reckon we need one library for both, so the price comes out the same everywhere.",
      more: "It keeps nothing, no database. You give it the load and the price list, it gives you back the money.",
      walkthrough:
        "Right, here's how it works.\n\nThe truck goes over the weighbridge full and then empty, and the net weight is the gross minus the tare, in tonnes to the kilo.\n\nThe price is per tonne and depends on the variety, from the price list we set every vintage, which the library gets passed in.\n\nThe full price is for 12.5 to 13.5 Baumé. For every 0.1 Baumé under 12.5 we take 1% off the price. Over 13.5 there's no bonus, same price.\n\nUnder 10.5 Baumé the load is rejected, we don't take it, full stop.\n\nMOG is the leaves and sticks and whatever else comes in with the grapes. Over 2% MOG, we dock the tonnes by the MOG percent. Over 5% the load is rejected.\n\nHeaps of the old growers still talk Brix, so the library should change Brix to Baumé by dividing by 1.8.\n\nGST is 10%, but only for the growers who are registered for GST.\n\nWe pay in three: a third at the end of the month after delivery, a third 3 months after, and the rest 6 months after. The library should give the dates and the amounts, and the last payment takes the leftover cents so it always adds up.",
      extras: [
        "The cellar door and the online bottle shop, that's the cellar door's thing, not ours. And the spray diaries the growers keep for the agronomist, yeah nah, don't go near it.",
        "That's about it. Cheers mate, ciao.",
      ],
      tech: "TypeScript. The weighbridge app is Electron and the growers' portal is Next.js, so one TypeScript package on our private npm.",
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
        "net weight gross minus tare",
        "price per tonne variety",
        "full price 12.5 to 13.5 Baumé",
        "every 0.1 Baumé under 12.5 1% off",
        "over 13.5 no bonus",
        "under 10.5 Baumé rejected",
        "over 2% MOG dock tonnes",
        "over 5% load rejected",
        "Brix Baumé dividing by 1.8",
        "GST 10% registered",
        "third end of the month after delivery",
        "third 3 months rest 6 months",
        "last payment leftover cents",
      ],
      tables: [],
      excluded: ["cellar", "spray"],
      background: ["calculator"],
      stack: ["TypeScript"],
    },
  },
  {
    id: "steinbach-relief-sale",
    who: "A retired grain farmer from by Kleefeld who is head clerk of the Mennonite relief sale for MCC in the arena in Steinbach, in the Mennonite English of southern Manitoba, in short plain sentences ('Na, hello', 'Jo', 'once', 'yet', 'Ach', 'it wonders me', 'Tante Helen', 'the Faspa', \"that's not in this\", \"we don't need that in\", \"Well, that's it then\"): a Rust command-line tool with SQLite that his nephew writes for the two laptops at the clerk's table, because the internet in the arena is no good, the sale one Saturday in September from 8 to 4, every bidder registered at the table with a card and a bidder number, the quilt auction at 10 sharp, no quilt sold under $300, everything paid before the buyer leaves by cash, cheque or card, a receipt with every lot and the total, the quilt book printed before the sale with every quilt's number, title, donor and size, the totals at the end of the day for the quilts and the main auction and by cash, cheque and card for MCC; records after colons on lines with a lot's kind and how a payment is made in brackets, every sale one lot to one bidder; receipt books with carbon paper and an adding machine today; the Faspa and the food tent \"that's not in this\", the bike ride \"we don't need that in\"; commands and flags; Rust and SQLite",
    says: {
      overview:
        "Na, hello. My name is Peter Wiebe. I farmed grain by Kleefeld for forty years, now my son does it. Every September we have the relief sale for MCC in the arena in Steinbach. Everything is given: quilts, furniture, a tractor sometimes. The money goes to MCC for the hungry. I am the head clerk. We write the receipts by hand in books with carbon paper, and we add up with an adding machine. It wonders me we did it so long on paper. Last year one quilt was sold two times, to two bidders. Ach, that was not nice. My Tante Helen makes quilts yet, she is 88, and it was her quilt. My nephew Kevin says he can make a program for the laptops.",
      more: "The internet in the arena is no good. It has to go on the two laptops at the clerk's table, without internet.",
      walkthrough:
        "The sale is one Saturday in September, from 8 in the morning to 4.\nEvery bidder registers at the table and gets a card with a bidder number.\nThe quilt auction starts at 10 sharp in the arena.\nNo quilt sells under $300. The ladies work all winter on one quilt.\nEverything must be paid before the buyer leaves, by cash, cheque or card.\nEvery buyer gets a receipt with every lot and the total.\nBefore the sale we print the quilt book with every quilt's number, title, donor and size.\nAt the end of the day MCC wants the total for the quilts and for the main auction, and by cash, cheque and card.\nYou should come see the quilts once.",
      commands:
        'Jo, Kevin says like this: relief bidder add --name "Henry Friesen" --phone 204-326-1234 --town Steinbach, relief lot add --number 12 --kind quilt --title "Log Cabin" --donor "Kleefeld ladies" --size queen, relief sold --lot 12 --bidder 233 --price 850, relief pay --bidder 233 --by cheque, relief receipt --bidder 233, relief quilt-book --print, relief totals --day 2025-09-20. I just type what he tells me.',
      things:
        "Bidders: number, name, phone, town\nLots: number, kind (quilt or other), title, donor, size\nSales: lot, bidder, price\nPayments: bidder, amount, paid by (cash, cheque or card)\nEvery sale is one lot to one bidder.",
      extras: [
        "The Faspa and the food tent, the ladies from the church do that with their own cash box, that's not in this. And the bike ride on the Saturday morning, they register with MCC on the internet, we don't need that in.",
        "Well, that's it then. Thanks.",
      ],
      tech: "Kevin studies at the university in Winnipeg, he does Rust. He says Rust, one file on each laptop, and SQLite.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
      Technology: "I have preferences",
      Language: "Rust",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "one Saturday September 8 to 4",
        "bidder card bidder number",
        "quilt auction 10 sharp",
        "no quilt under $300",
        "paid before buyer leaves cash cheque card",
        "receipt every lot total",
        "quilt book number title donor size",
        "end of the day total quilts main auction",
      ],
      tables: [
        { name: "bidders", fields: ["number", "name", "phone", "town"] },
        { name: "lots", fields: ["number", "kind", "title", "donor", "size"] },
        { name: "sales", fields: ["lot", "bidder", "price"] },
        { name: "payments", fields: ["bidder", "amount", "paid by"] },
      ],
      excluded: ["Faspa", "bike"],
      background: ["carbon paper", "adding machine"],
      stack: ["Rust", "SQLite"],
      commands: [
        "bidder add",
        "lot add",
        "sold",
        "pay",
        "receipt",
        "quilt-book",
        "totals",
        "--name",
        "--phone",
        "--town",
        "--number",
        "--kind",
        "--title",
        "--donor",
        "--size",
        "--lot",
        "--bidder",
        "--price",
        "--by",
        "--print",
        "--day",
      ],
    },
  },
  {
    id: "celuk-silver-workshop",
    who: "The son who runs his father's silver workshop in Celuk, Gianyar, with twelve silversmiths, in the Balinese English of Gianyar ('Om Swastiastu', 'my Bapa', 'the tukang', 'the banjar', 'Galungan', 'Nyepi', 'old already', 'ask already', 'that is separate from the workshop', \"don't include it\", 'Nggih', 'Suksma', 'Om Shanti Shanti Shanti Om'): a website where shops overseas order and see their orders and he and his wife see everything, every piece priced at its weight in grams times the silver price of the day plus the workmanship of the design, the silver price put in every morning at 9 in US dollars for one gram, all 925 silver with the 925 stamp on every piece, 30 pieces at least of one design and no order under that, a 50% deposit by bank transfer or PayPal and the rest before shipping, the order made in 3 weeks from the deposit and 1 week more when Galungan or Nyepi falls inside, a sample of a new design for USD 25 taken off the order, shipped by DHL with the buyer paying the shipping; records in brackets inline with an order's status told in a sentence (new, deposit paid, making, polishing, ready or shipped), every order one buyer's and every order line one design; WhatsApp, email and a big book today; the silver class for tourists 'that is separate from the workshop', the shop in front for the tourists \"don't include it\"; the sample taken out at the review",
    says: {
      overview:
        "Om Swastiastu. My name is Made Suardana. My Bapa started a silver workshop in Celuk, Gianyar, in 1985. He is old already, so now I run it, with 12 tukang. We make rings, earrings and bracelets for shops in Australia, Europe and America. Now the orders come by WhatsApp and email, and I write everything in a big book. Last year a shop in Perth got 60 pieces of the wrong design, because I wrote the code wrong. Very embarrassing, and we made it again for free. Many buyers ask already for a website. I want a website where the shops order by themselves and see their order.",
      walkthrough:
        "I explain how we work.\n\nThe price of every piece is the weight in grams times the silver price of the day, plus the workmanship of that design.\n\nI put the silver price every morning at 9, in US dollars for one gram.\n\nAll our pieces are 925 silver, and every piece gets the 925 stamp.\n\nMinimum 30 pieces for one design. Under 30 pieces we don't take the order.\n\nThe buyer pays 50% deposit by bank transfer or PayPal, and the rest before we ship.\n\nWe make the order in 3 weeks from the deposit.\n\nIf Galungan or Nyepi is inside the 3 weeks, add 1 week, because the workshop is closed and the tukang are busy with the ceremony in the banjar.\n\nFor a new design we make a sample first, USD 25, and we take it off the order if they order.\n\nWe ship by DHL, and the buyer pays the shipping.",
      things:
        "designs (code, name, photo, grams, workmanship), buyers (name, shop, country, email, WhatsApp), orders (buyer, date, status, deposit, total), order lines (order, design, pieces, size). The status of an order is new, deposit paid, making, polishing, ready or shipped. Every order is for one buyer, and every order line is one design.",
      extras: [
        "The silver class for tourists, my cousin runs it, that is separate from the workshop. And the shop in front for the tourists who come by bus, that is my wife's, don't include it.",
        "That is all. Suksma. Om Shanti Shanti Shanti Om.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and my wife see everything. The tukang don't need it. The buyers make an account to order and see their orders.",
    },
    atReview: [
      "Nggih, it is good. Please take out the sample, now we only send a photo of the first piece, no more samples. Suksma.",
    ],
    expect: {
      kind: "web app",
      features: [
        "grams silver price of the day workmanship",
        "silver price every morning 9 US dollars gram",
        "925 silver 925 stamp",
        "minimum 30 pieces one design",
        "50% deposit bank transfer PayPal",
        "rest before we ship",
        "3 weeks from the deposit",
        "Galungan Nyepi add 1 week",
        "DHL buyer pays shipping",
      ],
      tables: [
        { name: "designs", fields: ["code", "name", "photo", "grams", "workmanship"] },
        { name: "buyers", fields: ["name", "shop", "country", "email", "WhatsApp"] },
        { name: "orders", fields: ["buyer", "date", "status", "deposit", "total"] },
        { name: "order lines", fields: ["order", "design", "pieces", "size"] },
      ],
      excluded: ["class", "tourists", "sample"],
      background: ["big book"],
    },
  },
  {
    id: "sham-shui-po-cha-chaan-teng",
    who: "A developer in Kwun Tong whose parents have run a cha chaan teng in Sham Shui Po for over thirty years, in Cantonese (never used before: Mandarin was written once, in Simplified characters; this is the written Cantonese of Hong Kong in traditional characters, as he types it, with the English words Hong Kong people really mix in: 'developer', 'web app', 'tablet', 'QR code', 'API', 'screen', 'login', 'key', 'printer', 'database', 'PayMe', 'FPS', '唔好搞', '唔關我哋事', '唔該晒'): a service without screens, in Node.js with Express and MySQL, that his cousin's QR-code ordering web app, the cash-desk tablet and the kitchen printer call, breakfast 7:00 to 11:00, lunch 11:30 to 14:30 and afternoon tea 14:30 to 17:30 with the tea sets ordered only then, a set's hot drink changed to a cold one for $3 more, no ice, less sugar and less milk free, more rice $5, $1 a takeaway box, a minimum of $40 a head for dining in from 12:00 to 14:00, an order changed by the customer within 5 minutes and after that only by the staff, an item marked sold out in the kitchen not ordered any more, cash, Octopus, PayMe and FPS but no credit cards and no 10% service charge, the night's takings by cash, Octopus, PayMe and FPS; records after colons on lines with a dish's category, an order's status and how a payment is made in brackets, every order item on one order; paper slips (紙仔) shouted into the kitchen today; Foodpanda and Keeta '唔好搞', the staff rota '唔關我哋事'; Node.js, Express and MySQL",
    says: {
      overview:
        "Hello，我叫陳俊傑，大家叫我 Kit，喺觀塘做 developer。我屋企喺深水埗開茶餐廳，開咗三十幾年，而家係阿爸同阿媽睇住。而家落單全部靠伙記寫紙仔，再嗌入廚房，成日寫錯枱號、上錯餸。上個月有張外賣單寫漏咗，個客等咗成個鐘，嬲到喺門口鬧咗十幾分鐘。我表妹做緊客人掃 QR code 落單嘅 web app 同收銀用嘅 tablet，我就負責後面個 API，我呢邊冇 screen 嘅。",
      walkthrough:
        "我講下點運作先。\n\n早餐 7:00 至 11:00，午餐 11:30 至 14:30，下午茶 14:30 至 17:30，下午茶餐淨係呢段時間先落到單。\n\n套餐跟熱飲，轉凍飲加 $3。\n\n走冰、少甜、少奶呢啲要求免費，唔使加錢。\n\n加底加 $5。\n\n外賣每個飯盒加 $1。\n\n12:00 至 14:00 堂食最低消費每位 $40。\n\n落咗單之後 5 分鐘內，客人可以自己改單，過咗 5 分鐘就要搵伙記。\n\n廚房撳咗沽清，嗰樣嘢即刻唔可以再落單。\n\n我哋收現金、八達通、PayMe 同 FPS，唔收信用卡，亦都唔收加一。\n\n每晚收舖要有日結，睇到現金、八達通、PayMe、FPS 各收咗幾多。",
      things:
        "菜單：名、價錢、類別（早餐、午餐、下午茶、飲品）、沽清\n單：枱號、時間、堂食定外賣、狀態（落咗單、整緊、上咗、埋咗單）、總數\n單項：單、菜、數量、要求\n付款：單、方法（現金、八達通、PayMe、FPS）、銀碼\n每個單項屬於一張單，每張單可以有好多個單項。",
      extras: [
        "Foodpanda 同 Keeta 嗰啲，阿爸話佢哋抽佣抽得太狠，唔好搞。伙記排更，阿媽自己用本簿寫，唔關我哋事。",
        "冇喇，就咁多。唔該晒！",
      ],
      tech: "Node.js 同 Express，database 用 MySQL，我公司都係用開呢套。",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "冇人直接 login。表妹個 web app、收銀 tablet 同廚房個 printer 各自有自己條 key。",
      Technology: "I have preferences",
      "Back end": "Node.js with Express",
      Database: "MySQL",
    },
    expect: {
      kind: "api service",
      features: [
        "早餐 7:00 至 11:00",
        "下午茶 14:30 至 17:30",
        "轉凍飲加 $3",
        "走冰 少甜 少奶 免費",
        "加底加 $5",
        "外賣 飯盒 加 $1",
        "12:00 至 14:00 最低消費 $40",
        "5 分鐘內 改單",
        "沽清 唔可以再落單",
        "唔收信用卡",
        "唔收加一",
        "日結 現金 八達通 PayMe FPS",
      ],
      tables: [
        { name: "菜單", fields: ["名", "價錢", "類別", "沽清"] },
        { name: "單", fields: ["枱號", "時間", "堂食", "狀態", "總數"] },
        { name: "單項", fields: ["單", "菜", "數量", "要求"] },
        { name: "付款", fields: ["單", "方法", "銀碼"] },
      ],
      excluded: ["Foodpanda", "排更"],
      background: ["紙仔"],
      stack: ["Node.js", "Express", "MySQL"],
    },
  },
  {
    id: "rabinka-garden-cooperative",
    who: "The chairwoman of the garden cooperative 'Rabinka' by Maladzechna, 140 dacha plots, in Belarusian (never used before, in Cyrillic with its і and ў, as she types it, with the words Belarusians really mix in: 'Excel', 'Viber-групу', 'сайт', 'ЕРІП', 'кВт·г', 'нас гэта не тычыцца', 'гэтага нам не трэба', 'Дзякуй вялікі'): a website where she and the bookkeeper see everything and every gardener sees what he owes and pays through ERIP, dues of 12 roubles a sotka a year paid by the 1st of July, electricity by the meter at 0.25 roubles a kWh, the meter readings put in by the gardener every month by the 25th, a gardener 2 months behind on the electricity cut off and 20 roubles to reconnect, water for the gardens from the 1st of May to the 30th of September and none in winter, 8 hours a year of work at the subbotnik or 30 roubles, the gate code changed every month and sent only to those who paid their dues, the gate shut at night from 23 to 6, the general meeting once a year in May with everyone told 2 weeks before; records after colons on lines with a payment's kind in brackets, every plot one gardener's; her exercise book (сшытак), the bookkeeper's Excel and a Viber group today; the apples and vegetables each sells 'нас гэта не тычыцца', the firewood and gas bottles 'гэтага нам не трэба'; the plots taken out, their number and sotki moved to the gardeners and the gardener put on the meter readings, after 'Change something' at 'Your data'",
    says: {
      overview:
        "Добры дзень! Мяне завуць Алена Пятроўна Карповіч, я старшыня садовага таварыства «Рабінка» пад Маладзечнам. У нас 140 участкаў. Цяпер усё запісана ў мяне ў сшытку і ў бухгалтаркі ў Excel, а аб'явы мы вешаем на браме і пішам у Viber-групу. Летась адзін садавод заплаціў за святло, а ў сшытку гэтага не было, і электрык ледзь не адключыў яму ўчастак. Быў вялікі скандал. Хочам сайт, дзе кожны садавод бачыць, колькі ён павінен, і можа заплаціць праз ЕРІП.",
      walkthrough:
        "Вось як у нас.\n\nЧленскія ўзносы — 12 рублёў за сотку ў год, заплаціць трэба да 1 ліпеня.\n\nЗа святло плацяць па лічыльніку, 0,25 рубля за кВт·г.\n\nПаказанні лічыльніка садавод сам уносіць кожны месяц да 25-га.\n\nКалі садавод не плаціць за святло 2 месяцы, мы яго адключаем. Падключыць назад — 20 рублёў.\n\nВада для палівання ёсць з 1 траўня па 30 верасня, зімой вада адключаная.\n\nКожны садавод адпрацоўвае 8 гадзін у год на суботніку або плаціць 30 рублёў.\n\nКод ад брамы мяняем кожны месяц і дасылаем толькі тым, хто заплаціў узносы. Хто не заплаціў, кода не атрымае.\n\nБрама зачыняецца на ноч з 23 да 6.\n\nАгульны сход раз у год у траўні, і ўсім трэба паведаміць за 2 тыдні.",
      things:
        "Садаводы: прозвішча, імя, тэлефон\nУчасткі: нумар, соткі, садавод\nПаказанні: участак, месяц, лічба\nПлацяжы: садавод, дата, сума, тып (узносы, святло, суботнік, падключэнне)\nКожны ўчастак належыць аднаму садаводу.",
      thingsChange:
        "Участкі асобна не трэба, у кожнага садавода адзін участак. Нумар участка і соткі перанясіце ў садаводаў, а ў паказаннях няхай будзе садавод замест участка.",
      extras: [
        "Яблыкі і гародніну кожны прадае сам, нас гэта не тычыцца. А дровы і газавыя балоны кожны возіць сам, гэтага нам не трэба.",
        "Вось і ўсё. Дзякуй вялікі!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Я і бухгалтарка бачым усё. Садаводы ўваходзяць, каб бачыць, колькі павінны, і плаціць.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "заплаціць праз ЕРІП",
        "12 рублёў за сотку 1 ліпеня",
        "лічыльніку 0,25 рубля",
        "паказанні 25-га",
        "2 месяцы адключаем",
        "падключыць назад 20 рублёў",
        "вада 1 траўня 30 верасня",
        "8 гадзін суботніку 30 рублёў",
        "код ад брамы заплаціў узносы",
        "брама 23 да 6",
        "агульны сход траўні 2 тыдні",
      ],
      tables: [
        { name: "садаводы", fields: ["прозвішча", "імя", "тэлефон", "нумар участка", "соткі"] },
        { name: "паказанні", fields: ["садавод", "месяц", "лічба"] },
        { name: "плацяжы", fields: ["садавод", "дата", "сума", "тып"] },
      ],
      excluded: ["яблыкі", "дровы"],
      background: ["сшытку", "Viber"],
    },
  },
];
