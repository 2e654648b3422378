import type { Persona } from "../persona-driver.js";

/**
 * The forty-third round, held out: written without reading the interviewer and before
 * any spec was made from these people's words, and never run or tuned on before its first
 * unseen run. What each person expects was written from what they said, as a fair human
 * reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines, in brackets inline, or told in sentences ("For every
 * member we keep …", "For the kit …", "ယက်သမ တစ်ယောက်ချင်းအတွက် …"). Eight write in
 * English, each in their own English and their own register, none of them used before
 * (every round-*.ts and held-out.ts was searched, their doc comments and every `who`:
 * Geordie, Brummie, Mancunian, Cockney and Black Country English were used, the Scouse
 * of Liverpool was not; the Ulster Scots of mid-Antrim and the Englishes of Donegal, Cork
 * and Kerry were, the city English of Belfast was not; the Englishes of Newfoundland,
 * Cape Breton, Lunenburg County, Prince Edward Island and the Ottawa Valley were, the
 * Chiac-mixed English of the Acadians of south-east New Brunswick was not (Québécois
 * French, with its "pis" and "faque", was written once, Acadian English never); the
 * Chicano English of Boyle Heights and Miami English were used and Mexican Spanish was
 * written, the Hispano English of northern New Mexico was not; the Omani English of Nizwa and the
 * Egyptian English of Cairo were, and Saudi Arabic was written, but no English of Kuwait,
 * Bahrain or Qatar was; Nepali was written and the Englishes of Kathmandu and Bhutan were
 * used, the English of Sikkim was not): the Scouse of Kirkby, in lower-case fragments
 * ("alright la", "me and our kid", "me nan", "me arl fella", "swore blind", "a right cob
 * on", "the jiggers", "minging", "lashing down", "leave that out", "thats his not ours",
 * "sound", "ta la", "ta-ra"), the Belfast English of the Ormeau Road, in long paragraphs
 * ("Bout ye", "so I am", "wee", "my da", "scundered", "dead on", "so it's not", "leave them
 * out", "that's his business, not the band's", "Cheers, thanks a million"), the Acadian
 * English of Cap-Pelé with its Chiac ("Salut", "moi c'est", "my père", "icitte",
 * "asteure", "toute", "pis", "full mad", "faque", "c'est pas à nous autres", "laisse faire
 * ça", "Merci ben, à la revoir"), the Hispano English of Chimayó, in long paragraphs
 * ("mijo", "qué no", "Ay, Dios mío", "Ándale", "the Santuario road", "chile molido", "that's
 * hers, not ours", "leave that alone, mijo", "Gracias, y que Dios te bendiga"), the
 * Kuwaiti English of a young developer, in lower-case fragments with its Arabizi ("hala",
 * "shabab", "the kashta", "wallah", "ya3ni", "the baladiya", "lol", "mub shughulna",
 * "khalha barra", "khalas", "ma3a salama"), the Bahraini English of a Manama jeweller's
 * son ("Allah bil khair", "my yuba", "wayid", "chithi bas", "khallah, not now", "that is my
 * uncle's, not for this library", "Allah ysallmak"), the Qatari English of Al Shahaniya,
 * in short plain sentences ("Al salam alaikum", "the 'izba", "the mudhammir", "hiqq,
 * laqaya, jadha, thanaya or zamool", "inshallah", "that is my uncle's, not ours", "leave
 * it", "God keep you") and the English of Sikkim, in short plain sentences ("Namaste la",
 * "dai", "What to do la", "I will tell one by one la", "that is the taxi syndicate, not
 * ours", "that is separate la, don't put it", "Dhanyabad la"). One writes in Burmese
 * (never used before: the English of Yangon was written once, the Burmese language and
 * its script never; as a woman who runs an acheik weaving workshop in Amarapura types it,
 * with the spaces Burmese typists put between phrases and the words Burmese people really
 * mix in: "ကွန်ပျူတာ", "ပရိုဂရမ်", "အင်တာနက်", "အော်ဒါ", "ဒီဇိုင်း", "KBZPay", "Viber",
 * "password", "ကျွန်မတို့နဲ့ မဆိုင်ဘူး", "မထည့်ပါနဲ့", "ကျေးဇူးအများကြီး တင်ပါတယ်ရှင်"),
 * and one in Malayalam (never used before: the Malayali English of Thrissur was written
 * once, the Malayalam language and its script never; as the secretary of a snake boat
 * club in Kainakary types it, with the English words Keralites really mix in: "ബോട്ട്
 * ക്ലബ്ബ്", "ക്യാമ്പ്", "അറ്റൻഡൻസ്", "വെബ്സൈറ്റ്", "ഫിറ്റ്നസ് സർട്ടിഫിക്കറ്റ്", "GPay",
 * "SMS", "WhatsApp", "ബ്ലഡ് ഗ്രൂപ്പ്", "അത് ഇതിൽ വേണ്ട", "നമ്മുടെ കാര്യമല്ല", "വളരെ നന്ദി").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a Belfast pipe band's subs and kit (practice Tuesday and Thursday half seven to half
 * nine, subs £5 a week and £2 for the juveniles under 18, more than 4 weeks behind and no
 * bus, the contest season May to August, 6 of the last 8 practices to play at a contest,
 * the bus £15 a head and the juveniles free, the Worlds £90 a head with a £30 deposit by
 * the 1st of June not given back, the kit back within 2 weeks of leaving or £350 for the
 * kilt, a text the Monday before every contest), the red chile of a Chimayó family (orders
 * from the 1st of August to the 30th of November, ristras of one, two and three foot at
 * $25, $45 and $65 and none before the 1st of October, ristras pick-up only at the stand
 * Saturday and Sunday 9 to 4, molido $18 a pound shipped in the United States for $12 a
 * box and not outside it, no more than 10 pounds of molido an order, everything paid when
 * ordering, an email when a ristra is ready and the ristra sold and the money given back
 * after the 15th of December) and a Kainakary snake boat club's training camp for the
 * Nehru Trophy (30 days, 6 to 9 and 4 to 7, 90 rowers, 5 steersmen and 25 singers, ₹800 a
 * day and two meals, 20 days of 30 or no place on race day, a fitness certificate, nobody
 * who cannot swim, no more than 25 from outside, the allowance on Saturdays by GPay, half
 * the prize money shared equally, an SMS the day before camp); phone apps for a Kirkby
 * window cleaning round (every 4 or 8 weeks, £8 a terrace or semi and £10 a detached, £15
 * on top for a conservatory roof, the first clean double, a day for each district, the
 * round moved to the next dry day, a card through the door, cash, transfer or SumUp, 2
 * cleans owed and skipped, a text the night before) and the homestays of a Dzongu village
 * with no network (Rs 1,800 a person a night with three meals, children under 5 free and
 * 5 to 12 half, the homestays in turn, a group over 6 split in two, the Dzongu permit from
 * Mangan and the Protected Area Permit for foreigners only in groups of 2 or more, 10% to
 * the association fund, check-in before 5 pm, closed June to August for the landslides,
 * paid to the owner in cash or UPI); programs on an offline office computer for a camel
 * racing 'izba in Al Shahaniya (October to April, a microchip number and an age group,
 * racing only in its age group, never two days in a row, the vet check 2 days before, a
 * robot jockey charged the night before, training at 6 except Friday, 4 kilos of barley and
 * 3 of dates, the week's list printed, 10% of every prize to the mudhammir) and for an
 * Amarapura acheik workshop (silk given out by the tical and weighed back, over 2% short
 * taken off the pay, 60,000 kyat an acheik longyi and 45,000 a pahso, paid in cash at
 * the end of the month, a 30% deposit and the rest by KBZPay on arrival, 10 pieces an order
 * at least, the express bus paid by the shop, 10 days shut at Thingyan, a weekly list by
 * loom); a service without screens, in Laravel with MySQL, that a Kuwaiti family's
 * kashta booking app and the uncle's dashboard call (15 November to 15 March, 180 KD a
 * weekend, 120 KD weekdays, 250 KD a week, 50 KD deposit back after the check, KNET when
 * booking, everything back 7 days before and no refund after, 30 people a camp, out by
 * noon, 15 KD cleaning); a C# library for a Manama Gold Souq shop's prices (the 24 carat
 * price every morning and the others by 22, 21 and 18 over 24, grams to two decimals, a
 * making charge per gram of 1.500, 3 or 6 BD, a discount of up to a quarter of the making
 * charge and never on the gold, VAT 10% on the making charge only and in full on stones
 * and pearls, old gold at the day's price less 500 fils a gram, the total rounded down to
 * the 100 fils, every line on the receipt); and a command-line tool in Go with SQLite for a
 * Cap-Pelé lobster buyer's wharf (the season from the 2nd Saturday of August to the 2nd
 * Saturday of October, canners and markets weighed separate and priced every morning,
 * shorts and berried females back in the water, bait at $38 a box and 5 cents a pound for
 * the association off the cheque, a slip printed at the weighing, cheques every Friday),
 * with commands and flags. The Kirkby window cleaner and the Kuwaiti developer answer in
 * lower-case fragments, the Belfast secretary, the Chimayó grandmother and the Kainakary
 * secretary in long paragraphs, the Al Shahaniya daughter and the Dzongu secretary in
 * short plain sentences, the others in between.
 *
 * Relations said plainly ("every clean is for 1 customer", "Every bit of kit is signed
 * out to one member, and every sub is paid by one member", "every landing is for one boat
 * on one day", "Every order is for one customer", "every booking is 1 camp 1 customer",
 * "Every entry is one camel in one race", "Every booking is for one homestay", "အထည်
 * တစ်ထည်ကို ယက်သမ တစ်ယောက်က ယက်တယ်", "ഓരോ അറ്റൻഡൻസും ഒരു തുഴച്ചിൽകാരന്റേതാണ്"); allowed
 * values in brackets (how a clean is paid, a booking's type, a rower's place in the boat)
 * and in sentences (pipes or drums, cash or bank transfer, a camel's age group);
 * background in a little book, a wee tin and a jotter, slips with carbon paper and a
 * calculator, a spiral notebook, Instagram and WhatsApp, a paper table and a calculator, a
 * big notebook and papers, one register, a စာအုပ် and a നോട്ടുബുക്ക് and WhatsApp group;
 * technology named as Go with SQLite, Laravel with MySQL, C# with .NET, and none at all by
 * seven of them; "no" said as "leave that out", "thats his not ours", "leave them out",
 * "that's his business, not the band's", "c'est pas à nous autres", "laisse faire ça",
 * "that's hers, not ours", "leave that alone, mijo", "mub shughulna", "khalha barra",
 * "not for this library", "khallah, not now", "that is my uncle's, not ours", "leave it",
 * "that is the taxi syndicate, not ours", "that is separate la, don't put it",
 * "ကျွန်မတို့နဲ့ မဆိုင်ဘူး", "မထည့်ပါနဲ့", "അത് ഇതിൽ വേണ്ട", "നമ്മുടെ കാര്യമല്ല"; while rules
 * keep their "no" ("doesn't go on the bus", "the deposit's not given back", "we don't buy
 * them", "nobody gets a ristra before", "not outside the country", "Nobody can order more
 * than 10 pounds", "no refund", "cannot race two days in a row", "it does not race",
 * "they cannot enter", "never on the gold", "we don't charge the odd fils", "ടീമിൽ
 * എടുക്കില്ല", "വള്ളത്തിൽ കയറ്റില്ല").
 *
 * The Chimayó grandmother takes the phone off the customers and puts pick-up or shipping
 * on the orders, the Dzongu secretary adds the guides and makes the guests' ID number
 * their permit number, and the Amarapura weaver puts the shops' Viber number in place of
 * their phone, each after "Change something" at "Your data"; the Kirkby window cleaner
 * renames the customers Houses, the Belfast secretary puts the date of birth on the
 * members, the Al Shahaniya daughter takes the owner off the camels and the Kainakary
 * secretary puts the blood group on the rowers, each at the review. Burmese and Malayalam
 * are compared by their own letters, so their expected words are in the forms the person
 * used (as "အချိတ်လုံချည် ၆၀,၀၀၀ ကျပ်", "သင်္ကြန် ၁၀ ရက် ပိတ်", "ഓരോ ദിവസത്തിനും 800 രൂപ
 * ബത്ത"); every expected feature was checked to be in one sentence the person said, and
 * the excluded words of all ten were checked not to read like anything they want (not
 * "gold" for the savings plan, when every price is gold, but "savings"; not "camels" for
 * the camel trade, when the camels are the records, but "selling"; not "boats" for the
 * snow crab, when the boats are wanted, but "crab"; not "ပိုးချည်" for the dyeing of the
 * silk, when the silk given out is wanted, but "ဆိုးဆေး").
 */
export const FORTY_THIRD_ROUND: Persona[] = [
  {
    id: "kirkby-window-cleaning-round",
    who: "A window cleaner from Kirkby who does a round of about 600 houses with his brother, in the Scouse English of Liverpool, in lower-case fragments ('alright la', 'me and our kid', 'me nan', 'me arl fella', 'swore blind', 'a right cob on', 'the jiggers', 'minging', 'lashing down', 'leave that out', 'thats his not ours', 'sound', 'ta la', 'ta-ra'): a phone app for him and his brother that works in the jiggers round the back where the signal goes and sends later, every house every 4 weeks or every 8 for some, £8 a terrace or a semi front and back and £10 a detached, £15 on top for a conservatory roof, the first clean of a new house double, Kirkby on Monday, Westvale and Northwood on Tuesday, Huyton on Wednesday, Prescot on Thursday and Friday for catching up, the day moved to the next dry day when it is lashing down, a card through the door when nobody is in and then a bank transfer or pay next time, cash on the door, bank transfer or card on the SumUp, anyone owing 2 cleans skipped till they pay, a text the night before; records after colons inline with how a clean is paid in brackets, every clean one customer's; a little book today; the gutters and fascias 'leave that out', the shops on the parade 'thats his not ours'; the customers renamed Houses at the review",
    says: {
      overview:
        "alright la. im jordan, me and our kid do a window round in kirkby n huyton, about 600 houses. its all wrote down in a little book me nan got us n half the time we dont know whos paid n whos not. last month a fella on the westvale swore blind hed paid us twice n we couldnt prove nothing, he had a right cob on with us. want an app on me phone for me n our kid",
      more: "the signal goes in half the jiggers round the back so it has to work without it n send when it can",
      walkthrough:
        "right so how it goes\nevery house gets done every 4 weeks, some only want every 8 weeks\n£8 a terrace or a semi front n back, £10 a detached\na conservatory roof is £15 on top\nthe first clean for a new house is double, theyre always minging\nmonday kirkby, tuesday westvale n northwood, wednesday huyton, thursday prescot, friday is for catching up\nif its lashing down the whole day moves to the next dry day\nif nobodys in we put a card through the door n they pay by bank transfer or next time\npay cash on the door, bank transfer or card on the sumup\nanyone owing 2 cleans we skip till they pay\ntext the night before saying were coming",
      things:
        "customers: name, address, phone, how often (4 or 8 weeks), price, conservatory or not. cleans: customer, date, paid or not, paid by (cash, transfer or card). every clean is for 1 customer",
      extras: [
        "the gutters n the fascias our kid does them on the side, leave that out. n the shops on the parade me arl fella does them himself on a sunday, thats his not ours",
        "nah thats it. ta-ra",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "just me n our kid. the customers dont need nothing, they just get the text",
    },
    atReview: [
      "sound that. one thing tho, can yis call the customers houses, thats what we say, how many houses on the round like. ta la",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "every house every 4 weeks",
        "some every 8 weeks",
        "£8 terrace semi front n back",
        "£10 detached",
        "conservatory roof £15 on top",
        "first clean new house double",
        "monday kirkby tuesday westvale wednesday huyton thursday prescot",
        "lashing down next dry day",
        "nobodys in card through the door bank transfer next time",
        "cash bank transfer card sumup",
        "owing 2 cleans skip till they pay",
        "text the night before",
      ],
      tables: [
        { name: "houses", fields: ["name", "address", "phone", "how often", "price", "conservatory"] },
        { name: "cleans", fields: ["date", "paid", "paid by"] },
      ],
      excluded: ["gutters", "shops"],
      background: ["little book"],
    },
  },
  {
    id: "ormeau-road-pipe-band",
    who: "The secretary of a pipe band that practises in a church hall off the Ormeau Road, about 45 pipers and drummers from ten years old to her father at 74, in the Belfast English of the city, in long paragraphs ('Bout ye', 'so I am', 'wee', 'my da', 'scundered', 'dead on', 'so it's not', 'leave them out', \"that's his business, not the band's\", 'Cheers, thanks a million'): a website where the committee sees everything, the Pipe Major and the Lead Drummer mark the practices and the members see their own subs and kit, practice on Tuesday and Thursday nights from half seven to half nine, subs £5 a week for the adults and £2 for the juveniles under 18 paid at practice or by bank transfer, more than 4 weeks behind with the subs and no bus till paid up, the contest season May to August (the Ulsters, the All-Irelands, the Europeans and the Worlds in Glasgow in the middle of August), 6 of the last 8 practices to play at a contest, the bus £15 a head and the juveniles free, the Worlds by the ferry to Cairnryan and a hotel at £90 a head with a £30 deposit by the 1st of June not given back, the kit the band's and signed out to a member, 2 weeks to bring it all back on leaving or £350 for the kilt and whatever else is missing, a text the Monday before every contest with the time and place the bus leaves from; records told in sentences ('For every member we keep …', 'For the kit …'), with the instrument told in the sentence (pipes or drums) and the payment (cash or bank transfer), every bit of kit signed out to one member and every sub paid by one member; a wee tin and a jotter today; the raffles and fundraising nights 'leave them out', the weddings and funerals the Pipe Major plays \"that's his business, not the band's\"; the date of birth put on the members at the review",
    says: {
      overview:
        "Bout ye. I'm Lorraine McCartney and I'm the secretary of a pipe band that practises in the church hall off the Ormeau Road, so I am. We've about 45 members, pipers and drummers, from wee ones of ten up to my da, who's 74 and still on the bass drum. Right now the subs go in a wee tin and I keep the attendance and the kit in a jotter, and the kit's all over the place. Last summer we got the length of the Worlds in Glasgow and found out on the ferry that two of the juveniles hadn't a kilt between them, because a fella who left the band in March had never brought his back, and I was that scundered I could have cried. Our treasurer's son does websites for a living and he says he'll do us one, where the members can see their own subs and kit and the committee can see the lot.",
      walkthrough:
        "Right, here's how it goes. Practice is Tuesday and Thursday nights, half seven to half nine, in the church hall, and the Pipe Major or the Lead Drummer marks who's there.\n\nSubs are £5 a week for the adults and £2 for the juveniles, that's anybody under 18, and they're paid at practice or by bank transfer. Anybody that's more than 4 weeks behind with their subs doesn't go on the bus till they've paid up, and that's the rule for everybody, my da included.\n\nThe contest season is May to August: the Ulsters, the All-Irelands, the Europeans, and the Worlds in Glasgow in the middle of August. To play at a contest you need to have been at 6 of the last 8 practices, otherwise the Pipe Major won't put you on the park, dead on and all as you might be.\n\nThe bus to a contest is £15 a head and the juveniles go free. For the Worlds it's the ferry to Cairnryan and a hotel, £90 a head, with a £30 deposit paid by the 1st of June, and the deposit's not given back, so it's not.\n\nThe kit belongs to the band: the kilt, the jacket, the glengarry, the sporran, and the pipes or the drum. It's signed out to a member, and if somebody leaves they've 2 weeks to bring it all back, or they pay £350 for the kilt and whatever else is missing.\n\nThe Monday before every contest everybody that's going should get a text with the time and the place the bus leaves from.",
      things:
        "For every member we keep the name, the address, the phone, their instrument, pipes or drums, and the date they joined. For the practices, the date and the attendance. For the subs, the member, the week, the amount and the payment, cash or bank transfer. For the kit, the item, the size, the number on it and who it's signed out to. For every contest, the name, the date, the place and the bus time. Every bit of kit is signed out to one member, and every sub is paid by one member.",
      extras: [
        "The raffles and the fundraising nights, the committee does all that themselves with books of tickets, leave them out. And the weddings and the funerals the Pipe Major plays at on his own, that's his business, not the band's.",
        "No, that's us. Cheers, thanks a million.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The committee sees everything, the Pipe Major and the Lead Drummer mark the practices, and the members log in to see their own subs and kit.",
    },
    atReview: [
      "That's class, so it is. Just one wee thing: would you put the date of birth on the members, so we know who's a juvenile for the contests and who's not. Cheers.",
    ],
    expect: {
      kind: "web app",
      features: [
        "practice Tuesday and Thursday half seven to half nine",
        "Pipe Major Lead Drummer marks who's there",
        "subs £5 a week adults £2 juveniles",
        "more than 4 weeks behind subs doesn't go on the bus",
        "contest season May to August",
        "6 of the last 8 practices",
        "bus £15 a head juveniles free",
        "Worlds ferry Cairnryan hotel £90 a head",
        "£30 deposit 1st of June not given back",
        "leaves 2 weeks bring it all back £350 kilt",
        "Monday before every contest text time place bus",
      ],
      tables: [
        {
          name: "members",
          fields: ["name", "address", "phone", "instrument", "joined", "date of birth"],
        },
        { name: "practices", fields: ["date", "attendance"] },
        { name: "subs", fields: ["member", "week", "amount", "payment"] },
        { name: "kit", fields: ["item", "size", "number", "signed out to"] },
        { name: "contests", fields: ["name", "date", "place", "bus time"] },
      ],
      excluded: ["raffle", "weddings"],
      background: ["wee tin", "jotter"],
    },
  },
  {
    id: "cap-pele-lobster-wharf",
    who: "The son of a man who has a small lobster buying station on the wharf at Cap-Pelé, New Brunswick, buying from 18 boats in the fall season, a computer science student at the Université de Moncton, in the Acadian English of Cap-Pelé with its Chiac ('Salut', \"moi c'est\", 'my père', 'my mère', 'icitte', 'asteure', 'toute', 'pis', 'full mad', 'faque', \"c'est pas à nous autres\", 'laisse faire ça', 'Merci ben, à la revoir'): a Go command-line tool with SQLite for the laptop in the shed, because there is no wifi on the wharf, the season from the 2nd Saturday of August to the 2nd Saturday of October, the boats in from 1 to 5 in the afternoon and the catch weighed in crates by the pound, canners and markets weighed separate, a price for canners and one for markets set every morning by his father, shorts and berried females back in the water and never bought, bait sold to the boats by the box at $38 and taken off the cheque, 5 cents a pound for the fishermen's association taken off too, a slip printed for every boat at the weighing, every boat paid every Friday by cheque for the week; records after dashes on lines, every landing one boat's on one day; slips with carbon paper and a calculator at the kitchen table today; his uncle's herring smokehouse \"c'est pas à nous autres\", the snow crab in the spring 'laisse faire ça'; commands and flags; Go and SQLite",
    says: {
      overview:
        "Salut. Moi c'est Rémi LeBlanc, from Cap-Pelé. My père has a p'tit lobster buying station on the wharf icitte, we buy from 18 boats in the fall season. Asteure toute is wrote on slips with carbon paper pis my mère adds it up on a calculator at the kitchen table. Last season one boat got paid twice the same week pis another one not at all, the captain was full mad, he came to the house at 10 at night. Faque I'm doing a program for the laptop in the shed, I do computer science at the Université de Moncton.",
      more: "There's no wifi on the wharf pis the laptop stays in the shed, so it runs right there, no internet.",
      walkthrough:
        "Ok well, how it works:\n- the season icitte opens the 2nd Saturday of August pis closes the 2nd Saturday of October\n- the boats come in from 1 to 5 in the afternoon pis we weigh the catch in crates, by the pound\n- canners pis markets are weighed separate, the canners are the small ones\n- my père sets the price every morning, one for canners, one for markets\n- shorts pis berried females go back in the water, we don't buy them, that's the law\n- the boats buy their bait from us by the box, $38 a box, it comes off the cheque\n- 5 cents a pound for the fishermen's association comes off the cheque too\n- every boat gets a slip printed when they're weighed\n- the boats get paid every Friday by cheque for the week",
      commands:
        'I\'m thinking like this: homard boat add --name "Marie-Josée II" --captain "Roland Gallant" --licence 25-0117, homard price --date 2025-08-12 --canners 6.25 --markets 7.50, homard weigh --boat 4 --canners 212 --markets 340, homard bait --boat 4 --boxes 3, homard slip --boat 4 --date 2025-08-12, homard cheques --week 2025-08-15, homard season --total. My père types what I tell him.',
      things:
        "- boats: name, captain, licence number, phone\n- prices: date, canners price, markets price\n- landings: boat, date, canners pounds, markets pounds\n- bait: boat, date, boxes\n- cheques: boat, week, amount, cheque number\nevery landing is for one boat on one day",
      extras: [
        "The herring smokehouse, that's my oncle's boucanière, c'est pas à nous autres. Pis the snow crab in the spring, different boats, different buyer, laisse faire ça.",
        "That's toute. Merci ben, à la revoir.",
      ],
      tech: "Go with SQLite, one file on the laptop. I like Go.",
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
        "opens 2nd Saturday of August closes 2nd Saturday of October",
        "1 to 5 in the afternoon weigh crates by the pound",
        "canners markets weighed separate",
        "price every morning canners markets",
        "shorts berried females back in the water",
        "bait by the box $38 off the cheque",
        "5 cents a pound association",
        "slip printed weighed",
        "paid every Friday by cheque for the week",
      ],
      tables: [
        { name: "boats", fields: ["name", "captain", "licence number", "phone"] },
        { name: "prices", fields: ["date", "canners price", "markets price"] },
        { name: "landings", fields: ["boat", "date", "canners pounds", "markets pounds"] },
        { name: "bait", fields: ["boat", "date", "boxes"] },
        { name: "cheques", fields: ["boat", "week", "amount", "cheque number"] },
      ],
      excluded: ["smokehouse", "crab"],
      background: ["carbon paper", "calculator"],
      stack: ["Go", "SQLite"],
      commands: [
        "boat add",
        "price",
        "weigh",
        "bait",
        "slip",
        "cheques",
        "season",
        "--name",
        "--captain",
        "--licence",
        "--date",
        "--canners",
        "--markets",
        "--boat",
        "--boxes",
        "--week",
        "--total",
      ],
    },
  },
  {
    id: "chimayo-chile-ristras",
    who: "A grandmother whose family has grown chile in Chimayó, New Mexico, for generations and sells ristras and red chile molido at a stand on the Santuario road, in the Hispano English of northern New Mexico, in long paragraphs ('mijo', 'qué no', 'Ay, Dios mío', 'Ándale', 'the Santuario road', 'chile molido', \"that's hers, not ours\", 'leave that alone, mijo', 'Gracias, y que Dios te bendiga'): a website where the customers order and pay and see when their ristra is ready and she and her granddaughter see all the orders, orders from the 1st of August to the 30th of November and then nothing till next year, ristras of one foot at $25, two foot at $45 and three foot at $65, tied in September and hung three weeks so none before the 1st of October, ristras pick-up only at the stand on Saturday and Sunday from 9 to 4 because they break in the mail, molido $18 a pound in one-pound bags shipped anywhere in the United States for $12 a box and not outside the country, no more than 10 pounds of molido an order, everything paid when ordering on the website, an email when a ristra is ready and the ristra sold to somebody else and the money given back when not picked up by the 15th of December; records after colons on lines, every order one customer's; a spiral notebook by the phone today; her sister-in-law's weavings \"that's hers, not ours\", tours of the fields 'leave that alone, mijo'; the phone taken off the customers and pick-up or shipping put on the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hello, mijo. My name is Cordelia Trujillo, and my family has grown chile in Chimayó since before New Mexico was a state, qué no. We have about four acres by the Santuario road, and every fall we sell ristras and chile molido, the red chile ground, at our stand in front of the house. People call me from Albuquerque and Denver and Texas, and I write their orders in a spiral notebook by the phone. Ay, Dios mío, last year my grandson sent two big boxes of molido to a lady in Santa Fe who never ordered, and the man in Lubbock who did order got nothing, and he called me three times. My granddaughter Marisa says we need a website where the people order and pay themselves.",
      walkthrough:
        "Okay, this is how we do it. We take orders from the 1st of August to the 30th of November, and after that the chile is gone till next year.\n\nThe ristras come in three sizes: one foot for $25, two foot for $45 and three foot for $65. We tie them in September and they hang three weeks to dry, so nobody gets a ristra before the 1st of October.\n\nThe ristras are pick-up only, at the stand, Saturday and Sunday from 9 to 4, because they break in the mail.\n\nThe molido is $18 a pound, in one-pound bags, and we ship it anywhere in the United States for $12 a box, but not outside the country.\n\nNobody can order more than 10 pounds of molido, because we only grow so much and I want everybody to have some.\n\nThey pay everything when they order, on the website.\n\nWhen a ristra is ready they get an email to come pick it up, and if they don't come by the 15th of December we sell it to somebody else and give them their money back.",
      things:
        "Customers: name, phone, email, address\nOrders: customer, date, paid\nRistras: order, size, ready\nMolido: order, pounds, shipped\nEvery order is for one customer.",
      thingsChange:
        "Ándale, one thing, mijo. Take the phone off the customers, the website doesn't need it. And on the orders put if it's pick-up or shipping, so my grandson knows which ones to box.",
      extras: [
        "The weavings, those are my sister-in-law's, she sells them at her own place by the church, that's hers, not ours. And the people who want a tour of the fields, no, leave that alone, mijo.",
        "That's all. Gracias, y que Dios te bendiga.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Marisa and me see all the orders. The customers make an account to order and see when their ristra is ready.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "orders 1st of August to the 30th of November",
        "one foot $25 two foot $45 three foot $65",
        "nobody gets a ristra before the 1st of October",
        "ristras pick-up only stand Saturday and Sunday 9 to 4",
        "molido $18 a pound",
        "ship United States $12 a box",
        "not outside the country",
        "more than 10 pounds of molido",
        "pay everything when they order",
        "ristra ready email",
        "don't come by the 15th of December sell it money back",
      ],
      tables: [
        { name: "customers", fields: ["name", "email", "address"] },
        { name: "orders", fields: ["customer", "date", "paid", "pick-up or shipping"] },
        { name: "ristras", fields: ["order", "size", "ready"] },
        { name: "molido", fields: ["order", "pounds", "shipped"] },
      ],
      excluded: ["weavings", "tour"],
      background: ["spiral notebook"],
    },
  },
  {
    id: "subiya-spring-camps",
    who: "A backend developer whose family rents out 6 winter camps (kashta) near Subiya for the spring camping season, in the Kuwaiti English of a young developer, in lower-case fragments with its Arabizi ('hala', 'shabab', 'the kashta', 'wallah', 'ya3ni', 'the baladiya', 'lol', 'rn', 'mub shughulna', 'khalha barra', 'khalas', 'ma3a salama'): a service without screens, in Laravel with MySQL, that his brother's Flutter app and his uncle's dashboard call with their own keys, the season from 15 November to 15 March as the baladiya licence says, a weekend Thursday to Saturday 180 KD, weekdays Sunday to Wednesday 120 KD and a full week 250 KD, a 50 KD deposit given back after the camp is checked, paid by KNET when booking, everything back for a cancellation 7 days before and no refund after, 30 people a camp at most, the camp left by 12 noon on the last day, 15 KD cleaning on every booking, the generator and water tank included; records after dashes on lines with a booking's type in brackets, every booking one camp's and one customer's; Instagram DMs and WhatsApp today; the buggies and quads next to the camps 'mub shughulna', the ghouzi and catering his aunt does 'khalha barra'; Laravel and MySQL",
    says: {
      overview:
        "hala. im fahad, backend dev. my family has 6 camps (kashta) near subiya for the spring season, we rent them to families n shabab. rn the bookings r all instagram dms n whatsapp n my uncle keeps them in his head wallah. last season 2 families showed up at the same camp on a thursday night, ya3ni a disaster, my uncle gave one of them his own camp lol. my brother is doing the flutter app n im doing the api",
      more: "no screens on my side, just the api. the app n my uncle's dashboard call it",
      walkthrough:
        "ok so\nthe season is 15 nov to 15 march, the baladiya licence says so\nweekend is thursday to saturday, 180 kd\nweekdays sunday to wednesday, 120 kd\nfull week 250 kd\n50 kd deposit, back after we check the camp\npay by knet when u book, all of it\ncancel 7 days before u get everything back, after that no refund\nmax 30 ppl per camp\nleave the camp by 12 noon on the last day\ncleaning 15 kd every booking\nthe generator n the water tank r included",
      things:
        "- camps - name, area, max people, generator (yes/no)\n- customers - name, phone, civil id\n- bookings - camp, customer, from, to, type (weekend, weekdays or week), price, deposit, paid\n- checks - booking, date, damage, deposit back\nevery booking is 1 camp 1 customer",
      extras: [
        "the buggies n quads, some guy rents them next to the camps, mub shughulna. n the ghouzi n the catering my aunt does for ppl, khalha barra",
        "khalas thats it thx. ma3a salama",
      ],
      tech: "laravel w mysql, thats our stack at work",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "the flutter app n my uncle's dashboard each get a key. customers log in in the app w their phone number n an otp",
      Technology: "I have preferences",
      "Back end": "Laravel",
      Database: "MySQL",
    },
    expect: {
      kind: "api service",
      features: [
        "season 15 nov to 15 march",
        "weekend thursday to saturday 180 kd",
        "weekdays sunday to wednesday 120 kd",
        "full week 250 kd",
        "50 kd deposit back after we check",
        "pay by knet when u book",
        "cancel 7 days before everything back",
        "after that no refund",
        "max 30 ppl per camp",
        "leave by 12 noon last day",
        "cleaning 15 kd every booking",
      ],
      tables: [
        { name: "camps", fields: ["name", "area", "max people", "generator"] },
        { name: "customers", fields: ["name", "phone", "civil id"] },
        {
          name: "bookings",
          fields: ["camp", "customer", "from", "to", "type", "price", "deposit", "paid"],
        },
        { name: "checks", fields: ["booking", "date", "damage", "deposit back"] },
      ],
      excluded: ["buggies", "catering"],
      background: ["instagram", "whatsapp"],
      stack: ["Laravel", "MySQL"],
    },
  },
  {
    id: "manama-gold-souq-price",
    who: "A software developer whose family has a gold shop in the Gold Souq in Manama since his grandfather came from Muharraq, in the Bahraini English of a jeweller's son ('Allah bil khair', 'my yuba', 'wayid', 'chithi bas', 'khallah, not now', \"that is my uncle's, not for this library\", 'Allah ysallmak'): a C# library on the shop's private NuGet that the .NET shop system on the counter and the ASP.NET Core website both use, nothing kept, the price of a gram of 24 carat put in by his father every morning and 22, 21 and 18 carat as 22, 21 and 18 over 24 of it, the gold value the weight in grams to two decimals times the price of its carat, a making charge per gram from the list (1.500 BD plain chains and bangles, 3 BD pieces with work, 6 BD the old Bahraini designs), a salesman's discount of up to a quarter of the making charge and never on the gold, VAT 10% only on the making charge and not on the gold, stones and pearls at their own price from the tag with the full 10% VAT, old gold bought at the day's price less 500 fils a gram weighed without the stones and taken off the total, the total rounded down to the 100 fils, every line on the receipt (the gold, the making charge, the discount, the VAT, the stones, the old gold and the total); a calculator and a paper table on the counter today; the repairs and polishing upstairs \"that is my uncle's, not for this library\", the gold savings plan 'khallah, not now'; C# and .NET",
    says: {
      overview:
        "Allah bil khair. I am Ali Al-Aradi, software developer. My family has a gold shop in the Gold Souq in Manama since my grandfather, he came from Muharraq in the sixties. We sell 22, 21 and 18 carat, bangles, chains, and the old Bahraini designs the mothers buy for the brides. Now every salesman calculates the price on a calculator with a paper table stuck on the counter, and there are wayid mistakes. Last month a salesman used the 22 price for a 21 carat bangle, and the next day the customer's husband came back with the receipt and a cousin who works in gold, very embarrassing for my yuba. We have the shop system on the counter and a website for online orders, and I want one library so both calculate the same way.",
      more: "It keeps nothing. You give it the piece and the day's price, it gives you the price, chithi bas.",
      walkthrough:
        "I explain it one by one.\n\nEvery morning my yuba puts the price of one gram of 24 carat from the market. The other carats come from it: 22 is 22 over 24 of that price, 21 is 21 over 24, 18 is 18 over 24.\n\nThe gold value is the weight in grams, to two decimals, times the price of its carat.\n\nThen the making charge, per gram, from our list: plain chains and bangles 1.500 BD a gram, pieces with work 3 BD a gram, the old Bahraini designs 6 BD a gram.\n\nThe salesman can give a discount on the making charge, up to a quarter, not more, and never on the gold.\n\nVAT is 10%, but only on the making charge, not on the gold.\n\nStones and pearls have their own price on the tag, and the full 10% VAT on them.\n\nWhen the customer brings old gold, we buy it at the day's price less 500 fils a gram, weighed without the stones, and we take it off the total.\n\nThe total we round down to the 100 fils, we don't charge the odd fils.\n\nAnd the receipt must show every line: the gold, the making charge, the discount, the VAT, the stones, the old gold and the total.",
      extras: [
        "The repairs and the polishing in the workshop upstairs, that is my uncle's, not for this library. And the gold savings plan my brother keeps talking about, khallah, not now.",
        "That's all. Thank you, Allah ysallmak.",
      ],
      tech: "C#. The shop system is a .NET desktop program and the website is ASP.NET Core, so one C# library on our private NuGet.",
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
        "every morning price one gram of 24 carat",
        "22 over 24 21 over 24 18 over 24",
        "weight in grams two decimals times price of its carat",
        "plain chains bangles 1.500 BD a gram",
        "pieces with work 3 BD",
        "old Bahraini designs 6 BD a gram",
        "discount making charge up to a quarter never on the gold",
        "VAT 10% only on the making charge",
        "stones pearls own price tag full 10% VAT",
        "old gold day's price less 500 fils a gram without the stones",
        "round down to the 100 fils",
        "receipt every line",
      ],
      tables: [],
      excluded: ["repairs", "savings"],
      background: ["calculator", "paper table"],
      stack: ["C#", ".NET"],
    },
  },
  {
    id: "shahaniya-racing-camels",
    who: "The daughter who does the office work for her father's stable of about 60 racing camels in an 'izba in Al Shahaniya, in the Qatari English of Al Shahaniya, in short plain sentences ('Al salam alaikum', \"the 'izba\", 'the mudhammir', 'hiqq, laqaya, jadha, thanaya or zamool', 'inshallah', \"that is my uncle's, not ours\", 'leave it', 'God keep you'): a program on the office computer, off the internet as her father wants, the season from October to April, every camel with a microchip number and an age group (hiqq, laqaya, jadha, thanaya or zamool) and racing only in its age group, never two days in a row and one day's rest at least, the vet check 2 days before a race and no race without it, a robot jockey on every camel in a race with the robots charged the night before, training every morning at 6 except Friday, 4 kilos of barley and 3 kilos of dates a day and fresh milk after training, a list printed every week of the races with the camels and the mudhammir for each, the prize money her father's and 10% of every prize to the mudhammir; records after colons on lines, every entry one camel in one race; a big notebook and papers today; the camel beauty contests (mazayin) \"that is my uncle's, not ours\", the buying and selling of camels 'leave it'; the owner taken off the camels at the review",
    says: {
      overview:
        "Al salam alaikum. My name is Maryam Al-Marri. My father has racing camels in an 'izba in Al Shahaniya, about 60 camels. I do the office work for him. Now everything is in a big notebook and papers in the office. Last season one camel was entered in two races on the same day. The mudhammir found out only in the morning. My father was very angry. I want a program on the office computer. Inshallah it is not difficult.",
      more: "My father does not want it on the internet. Only the computer in the office.",
      walkthrough:
        "The season is from October to April.\nEvery camel has a microchip number and an age group: hiqq, laqaya, jadha, thanaya or zamool.\nA camel races only in its age group.\nA camel cannot race two days in a row. It must rest one day at least.\nThe vet checks every camel 2 days before a race. Without the vet check it does not race.\nEvery camel in a race has a robot jockey. The robots are charged the night before.\nTraining is every morning at 6, except Friday.\nEvery camel gets 4 kilos of barley and 3 kilos of dates a day, and fresh milk after training.\nEvery week I print the list of races, with the camels and the mudhammir for each one.\nThe prize money goes to my father. The mudhammir gets 10% of every prize.",
      things:
        "Camels: name, microchip number, age group, owner, mudhammir\nMudhammirs: name, phone\nRaces: date, place, age group, distance\nEntries: race, camel, robot number, result, prize\nVet checks: camel, date, passed or not\nEvery entry is one camel in one race.",
      extras: [
        "The camel beauty contests, the mazayin, that is my uncle's, not ours. And buying and selling camels, my father does it himself, leave it.",
        "That is all. Thank you, God keep you.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords. Only I use the office computer, sometimes my brother.",
    },
    atReview: [
      "It is good. Only remove the owner from the camels. All the camels are my father's. Thank you.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "season October to April",
        "microchip number age group",
        "hiqq laqaya jadha thanaya zamool",
        "races only in its age group",
        "cannot race two days in a row",
        "vet checks every camel 2 days before a race",
        "without the vet check does not race",
        "every camel in a race robot jockey",
        "robots charged the night before",
        "training every morning at 6 except Friday",
        "4 kilos of barley 3 kilos of dates",
        "every week print list of races camels mudhammir",
        "mudhammir 10% of every prize",
      ],
      tables: [
        { name: "camels", fields: ["name", "microchip number", "age group", "mudhammir"] },
        { name: "mudhammirs", fields: ["name", "phone"] },
        { name: "races", fields: ["date", "place", "age group", "distance"] },
        { name: "entries", fields: ["race", "camel", "robot number", "result", "prize"] },
        { name: "vet checks", fields: ["camel", "date", "passed"] },
      ],
      excluded: ["beauty", "selling"],
      background: ["big notebook", "papers"],
    },
  },
  {
    id: "dzongu-homestay-association",
    who: "The secretary of the homestay association of a village in Dzongu, North Sikkim, 14 homestays, in the English of Sikkim, in short plain sentences ('Namaste la', 'dai', 'What to do la', 'I will tell one by one la', 'that is the taxi syndicate, not ours', \"that is separate la, don't put it\", 'Dhanyabad la'): a phone app for her and the homestay owners that works without network and sends later, the network coming only near the monastery, Rs 1,800 a person a night with three meals, children under 5 free and 5 to 12 half, the guests sent to the homestays in turn so every homestay gets the same, a group of more than 6 divided in two homestays, every guest with the Dzongu permit from Mangan with a photo ID and nobody in without it, foreigners with the Protected Area Permit only in a group of 2 or more, 10% of every booking to the association fund, check-in before 5 pm because the road is not safe after dark, closed from June to August for the landslides, the guest paying the homestay owner directly in cash or by UPI; records in brackets inline, every booking for one homestay; one register and phone calls today; the taxis from Gangtok 'that is the taxi syndicate, not ours', the cardamom the owners sell \"that is separate la, don't put it\"; the guides added and the guests' ID number made the permit number after 'Change something' at 'Your data'",
    says: {
      overview:
        "Namaste la. I am Pema Lepcha, secretary of the homestay association in our village in Dzongu, North Sikkim. We are 14 homestays. Now the bookings come by phone to me and I write them in one register, then I call the homestay owners. Last October one group of 8 from Kolkata came. I had given them to Dorjee dai's homestay, but he had also taken a group directly. What to do la, they slept in the community hall. So we want an app on the phone for me and the owners.",
      more: "The network is very bad in Dzongu, only near the monastery it comes. So it should work without network and send later.",
      walkthrough:
        "I will tell one by one la.\nRs 1,800 per person per night, with three meals.\nChildren under 5 free, 5 to 12 half.\nThe guests go to the homestays in turn, so every homestay gets the same.\nA group of more than 6 is divided in two homestays.\nEvery guest needs the Dzongu permit from Mangan, with a photo ID. Without permit they cannot enter.\nForeigners need the Protected Area Permit, only in a group of 2 or more.\n10% of every booking goes to the association fund.\nCheck-in before 5 pm, because after dark the road is not safe.\nFrom June to August we are closed, because of the landslides.\nThe guest pays the homestay owner directly, cash or UPI.",
      things:
        "Homestays (name, owner, phone, rooms), guests (name, phone, ID number, nationality), bookings (guest, homestay, from, to, people, paid or not). Every booking is for one homestay.",
      thingsChange:
        "One change la. Put the guides also, with name, phone and languages. And the ID number, make it permit number, that is what we check.",
      extras: [
        "The taxis from Gangtok, that is the taxi syndicate, not ours. And the cardamom our owners sell, that is separate la, don't put it.",
        "That is all. Dhanyabad la.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "I see everything. Every homestay owner logs in and sees his own bookings. The guests don't need to login.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "Rs 1,800 per person per night three meals",
        "children under 5 free 5 to 12 half",
        "homestays in turn",
        "more than 6 divided in two homestays",
        "Dzongu permit Mangan photo ID",
        "without permit cannot enter",
        "foreigners Protected Area Permit group of 2 or more",
        "10% association fund",
        "check-in before 5 pm",
        "June to August closed",
        "pays homestay owner directly cash UPI",
      ],
      tables: [
        { name: "homestays", fields: ["name", "owner", "phone", "rooms"] },
        { name: "guests", fields: ["name", "phone", "permit number", "nationality"] },
        { name: "bookings", fields: ["guest", "homestay", "from", "to", "people", "paid"] },
        { name: "guides", fields: ["name", "phone", "languages"] },
      ],
      excluded: ["taxi", "cardamom"],
      background: ["register"],
    },
  },
  {
    id: "amarapura-acheik-weaving",
    who: "A woman who runs the acheik silk weaving workshop she had from her mother in Amarapura, 20 looms and over 20 weavers, in Burmese (never used before: the English of Yangon was written once, the Burmese language and its script never; as she types it, with the spaces Burmese typists put between phrases and the words Burmese people really mix in: 'ကွန်ပျူတာ', 'ပရိုဂရမ်', 'အင်တာနက်', 'အော်ဒါ', 'ဒီဇိုင်း', 'KBZPay', 'Viber', 'password', 'ကျွန်မတို့နဲ့ မဆိုင်ဘူး', 'မထည့်ပါနဲ့', 'ကျေးဇူးအများကြီး တင်ပါတယ်ရှင်'): a program on the workshop computer, without internet because the power and the internet go often, for her and her son, silk given out to every weaver weighed in ticals and the finished piece weighed back, more than 2% of the silk short taken off the pay, 60,000 kyat for an acheik longyi and 45,000 kyat for a pahso, the pay in cash at the end of the month, a 30% deposit from the shops on ordering and the rest by KBZPay when the goods arrive, 10 pieces an order at least, the goods to Yangon by the express bus at the shop's cost, the workshop shut 10 days at Thingyan, a list every week of what is on every loom; records told in sentences ('ယက်သမ တစ်ယောက်ချင်းအတွက် …'), every piece woven by one weaver and every order one shop's; a notebook (စာအုပ်) today; her uncle's dye house 'ကျွန်မတို့နဲ့ မဆိုင်ဘူး', showing the looms to tourists 'မထည့်ပါနဲ့'; the shops' Viber number put in place of their phone after 'Change something' at 'Your data'",
    says: {
      overview:
        "မင်္ဂလာပါ။ ကျွန်မနာမည် ခင်မာလှ ပါ။ အမရပူရမှာ အမေ့ဆီက အမွေရထားတဲ့ အချိတ်ယက်လုပ်ငန်းလေး လုပ်ပါတယ်။ ယက်ကန်း ၂၀ ရှိပြီး ယက်သမ ၂၀ ကျော် ရှိပါတယ်။ အခု အားလုံးကို စာအုပ်ထဲမှာပဲ ရေးမှတ်ထားတယ်။ ပြီးခဲ့တဲ့လက ယက်သမ တစ်ယောက်ကို လုပ်ခ နှစ်ခါ ပေးမိသွားတယ်၊ ရန်ကုန်က ဆိုင်တစ်ဆိုင်ရဲ့ အော်ဒါကိုလည်း မေ့သွားလို့ အဲဒီဆိုင်ရှင် အရမ်းစိတ်ဆိုးသွားတယ်။ ကျွန်မသား ဇော်မင်းက ကွန်ပျူတာ တတ်တယ်၊ အလုပ်ရုံထဲက ကွန်ပျူတာမှာ ပရိုဂရမ် တစ်ခု လုပ်ပေးမယ်တဲ့။",
      more: "မီးက ခဏခဏ ပျက်တယ်၊ အင်တာနက်လည်း မကောင်းဘူး။ အဲဒါကြောင့် အင်တာနက် မလိုဘဲ အလုပ်ရုံက ကွန်ပျူတာပေါ်မှာပဲ သုံးလို့ရရမယ်။",
      walkthrough:
        "ကျွန်မတို့ ဒီလို လုပ်ပါတယ်။\nယက်သမတိုင်းကို ပိုးချည်ကို ကျပ်သားနဲ့ ချိန်ပြီး ထုတ်ပေးတယ်။\nအထည်ပြီးရင် ပြန်ချိန်တယ်၊ ပိုးချည် ၂ ရာခိုင်နှုန်းထက် ပိုလျော့ရင် လုပ်ခထဲက နုတ်တယ်။\nအချိတ်လုံချည် တစ်ထည် လုပ်ခ ၆၀,၀၀၀ ကျပ်၊ ပုဆိုး တစ်ထည် ၄၅,၀၀၀ ကျပ်။\nလုပ်ခကို လကုန်ရက်မှာ ငွေသားနဲ့ ပေးတယ်။\nဆိုင်တွေက အော်ဒါမှာရင် ၃၀ ရာခိုင်နှုန်း စရံ ပေးရတယ်၊ ကျန်တာကို ပစ္စည်းရောက်မှ KBZPay နဲ့ ပေးတယ်။\nအော်ဒါ တစ်ခုမှာ အနည်းဆုံး ၁၀ ထည် မှာရမယ်။\nရန်ကုန်ကို အမြန်ကားနဲ့ ပို့တယ်၊ ကားခကို ဆိုင်က ပေးတယ်။\nသင်္ကြန်မှာ ၁၀ ရက် ပိတ်တယ်။\nတစ်ပတ်တစ်ခါ ယက်ကန်းတိုင်းမှာ ဘာယက်နေလဲ ဆိုတဲ့ စာရင်း ထုတ်ချင်တယ်။",
      things:
        "ယက်သမ တစ်ယောက်ချင်းအတွက် နာမည်၊ ရွာ၊ ဖုန်းနံပါတ် မှတ်ထားချင်တယ်။ ယက်ကန်း တစ်ခုချင်းအတွက် နံပါတ်နဲ့ ယက်သမ။ အထည် တစ်ထည်ချင်းအတွက် ဒီဇိုင်း၊ အရောင်၊ ယက်သမ၊ စတဲ့ရက်၊ ပြီးတဲ့ရက်။ ပိုးချည် ထုတ်ပေးတိုင်း ယက်သမ၊ ရက်စွဲ၊ ကျပ်သား။ ဆိုင် တစ်ဆိုင်ချင်းအတွက် နာမည်၊ မြို့၊ ဖုန်းနံပါတ်။ အော်ဒါ တစ်ခုချင်းအတွက် ဆိုင်၊ ဒီဇိုင်း၊ အထည်အရေအတွက်၊ စရံ။ အထည် တစ်ထည်ကို ယက်သမ တစ်ယောက်က ယက်တယ်၊ အော်ဒါ တစ်ခုက ဆိုင် တစ်ဆိုင်ရဲ့ အော်ဒါ။",
      thingsChange: "တစ်ခုပဲ ပြင်ချင်တယ်။ ဆိုင်တွေမှာ ဖုန်းနံပါတ်အစား Viber နံပါတ် ထားပေးပါ၊ ဆိုင်ရှင်တွေ အားလုံး Viber ပဲ သုံးကြတယ်။",
      extras: [
        "ပိုးချည် ဆိုးတာက ဦးလေးရဲ့ ဆိုးဆေးရုံက အလုပ်၊ ကျွန်မတို့နဲ့ မဆိုင်ဘူး။ ခရီးသွားတွေကို ယက်ကန်း လာပြတာလည်း မထည့်ပါနဲ့။",
        "ဒါပါပဲ။ ကျေးဇူးအများကြီး တင်ပါတယ်ရှင်။",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "password မလိုပါဘူး။ ကျွန်မနဲ့ သားပဲ သုံးမှာပါ။",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "ပိုးချည် ကျပ်သား ချိန်ပြီး ထုတ်ပေးတယ်",
        "ပြန်ချိန် ၂ ရာခိုင်နှုန်းထက် ပိုလျော့ရင် လုပ်ခထဲက နုတ်တယ်",
        "အချိတ်လုံချည် ၆၀,၀၀၀ ကျပ်",
        "ပုဆိုး ၄၅,၀၀၀ ကျပ်",
        "လကုန်ရက် ငွေသား",
        "၃၀ ရာခိုင်နှုန်း စရံ",
        "ကျန်တာ ပစ္စည်းရောက်မှ KBZPay",
        "အနည်းဆုံး ၁၀ ထည်",
        "ရန်ကုန် အမြန်ကား ကားခ ဆိုင်က ပေးတယ်",
        "သင်္ကြန် ၁၀ ရက် ပိတ်",
        "တစ်ပတ်တစ်ခါ ယက်ကန်းတိုင်း စာရင်း",
      ],
      tables: [
        { name: "ယက်သမ", fields: ["နာမည်", "ရွာ", "ဖုန်းနံပါတ်"] },
        { name: "ယက်ကန်း", fields: ["နံပါတ်", "ယက်သမ"] },
        { name: "အထည်", fields: ["ဒီဇိုင်း", "အရောင်", "ယက်သမ", "စတဲ့ရက်", "ပြီးတဲ့ရက်"] },
        { name: "ပိုးချည်", fields: ["ယက်သမ", "ရက်စွဲ", "ကျပ်သား"] },
        { name: "ဆိုင်", fields: ["နာမည်", "မြို့", "Viber နံပါတ်"] },
        { name: "အော်ဒါ", fields: ["ဆိုင်", "ဒီဇိုင်း", "အထည်အရေအတွက်", "စရံ"] },
      ],
      excluded: ["ဆိုးဆေး", "ခရီးသွား"],
      background: ["စာအုပ်"],
    },
  },
  {
    id: "kainakary-chundan-vallam",
    who: "The secretary of a boat club in Kainakary by Alappuzha that puts a snake boat (chundan) in the Nehru Trophy boat race on the Punnamada lake on the second Saturday of August, in Malayalam (never used before: the Malayali English of Thrissur was written once, the Malayalam language and its script never; as he types it, in long paragraphs, with the English words Keralites really mix in: 'ബോട്ട് ക്ലബ്ബ്', 'ക്യാമ്പ്', 'അറ്റൻഡൻസ്', 'വെബ്സൈറ്റ്', 'ഫിറ്റ്നസ് സർട്ടിഫിക്കറ്റ്', 'GPay', 'SMS', 'WhatsApp', 'ബ്ലഡ് ഗ്രൂപ്പ്', 'അത് ഇതിൽ വേണ്ട', 'നമ്മുടെ കാര്യമല്ല', 'വളരെ നന്ദി'): a website where the committee sees everything, the captain marks the attendance and the rowers see their own attendance and allowance on the phone, a camp of 30 days before the race with rowing from 6 to 9 in the morning and 4 to 7 in the evening, 90 rowers, 5 steersmen (amarakkar) and 25 singers (nilakkar) in the boat, ₹800 allowance (batha) and two meals for every day at the camp, nobody who has not come 20 of the 30 days in the race-day team, a doctor's fitness certificate for every rower and nobody in the boat without it, nobody who cannot swim in the boat, no more than 25 rowers from outside and the rest from the village, the allowance paid every Saturday by GPay, the trophy the club's and half the prize money shared equally among the rowers on a first prize, an SMS to everybody the day before the camp; records after colons on lines with a rower's place in the boat in brackets, every attendance one rower's; a notebook and a WhatsApp group today; the boat's sponsors 'അത് ഇതിൽ വേണ്ട', the ticket sales for the race 'നമ്മുടെ കാര്യമല്ല'; the blood group put on the rowers at the review",
    says: {
      overview:
        "നമസ്കാരം. ഞാൻ ജോസഫ് മാത്യു, കൈനകരിയിലെ ഒരു ബോട്ട് ക്ലബ്ബിന്റെ സെക്രട്ടറിയാണ്. എല്ലാ വർഷവും ആഗസ്റ്റിലെ രണ്ടാം ശനിയാഴ്ച പുന്നമടക്കായലിൽ നടക്കുന്ന നെഹ്റു ട്രോഫി വള്ളംകളിക്ക് ഞങ്ങൾ ഒരു ചുണ്ടൻ വള്ളം ഇറക്കും. ഒരു ചുണ്ടനിൽ തുഴച്ചിൽകാരും അമരക്കാരും നിലക്കാരും ആയി നൂറിലധികം പേരുണ്ട്. ഇപ്പോൾ ക്യാമ്പിലെ അറ്റൻഡൻസിനും തുഴച്ചിൽകാർക്കുള്ള ബത്തയ്ക്കും ഒരു പഴയ നോട്ടുബുക്ക് മാത്രമേയുള്ളൂ, പിന്നെ ഒരു WhatsApp ഗ്രൂപ്പും. കഴിഞ്ഞ വർഷം ക്യാമ്പിന് വരാത്ത രണ്ടു പേർക്ക് മുഴുവൻ ബത്ത കൊടുത്തു, എല്ലാ ദിവസവും വന്ന ഒരാൾക്ക് ഒന്നും കിട്ടിയില്ല, അത് വലിയ പ്രശ്നമായി. അതുകൊണ്ട് ക്ലബ്ബിന് ഒരു വെബ്സൈറ്റ് വേണമെന്ന് കമ്മിറ്റി തീരുമാനിച്ചു.",
      walkthrough:
        "ഞാൻ കാര്യങ്ങൾ ഒന്നൊന്നായി പറയാം.\n\nവള്ളംകളിക്ക് മുമ്പ് 30 ദിവസത്തെ ക്യാമ്പ് ഉണ്ട്, രാവിലെ 6 മുതൽ 9 വരെയും വൈകിട്ട് 4 മുതൽ 7 വരെയും തുഴച്ചിൽ പരിശീലനം. ഒരു ചുണ്ടനിൽ 90 തുഴച്ചിൽകാർ, 5 അമരക്കാർ, 25 നിലക്കാർ.\n\nക്യാമ്പിൽ വരുന്ന ഓരോ ദിവസത്തിനും 800 രൂപ ബത്തയും രണ്ടു നേരം ഭക്ഷണവും ഉണ്ട്. 30 ദിവസത്തിൽ 20 ദിവസമെങ്കിലും വരാത്തവരെ മത്സര ദിവസത്തെ ടീമിൽ എടുക്കില്ല.\n\nഓരോ തുഴച്ചിൽകാരനും ഡോക്ടറുടെ ഫിറ്റ്നസ് സർട്ടിഫിക്കറ്റ് വേണം, അതില്ലാതെ ആരെയും വള്ളത്തിൽ കയറ്റില്ല. നീന്തൽ അറിയാത്ത ആരെയും വള്ളത്തിൽ കയറ്റില്ല.\n\nപുറത്തുനിന്നുള്ള തുഴച്ചിൽകാർ 25 പേരിൽ കൂടരുത്, ബാക്കി എല്ലാവരും നാട്ടുകാർ ആയിരിക്കണം.\n\nബത്ത എല്ലാ ശനിയാഴ്ചയും GPay വഴി കൊടുക്കും.\n\nഒന്നാം സമ്മാനം കിട്ടിയാൽ ട്രോഫി ക്ലബ്ബിനാണ്, സമ്മാനത്തുകയുടെ പകുതി തുഴച്ചിൽകാർക്ക് തുല്യമായി വീതിച്ചു കൊടുക്കും.\n\nക്യാമ്പ് തുടങ്ങുന്നതിന്റെ തലേദിവസം എല്ലാവർക്കും SMS പോകണം.",
      things:
        "തുഴച്ചിൽകാർ: പേര്, വീട്ടുപേര്, ഫോൺ, വയസ്സ്, സ്ഥാനം (തുഴ, അമരം, നില), നാട്ടുകാരൻ ആണോ, ഫിറ്റ്നസ് സർട്ടിഫിക്കറ്റ് ഉണ്ടോ\nക്യാമ്പ് ദിവസങ്ങൾ: തീയതി, രാവിലെയോ വൈകിട്ടോ\nഅറ്റൻഡൻസ്: തുഴച്ചിൽകാരൻ, തീയതി, വന്നോ ഇല്ലയോ\nബത്ത: തുഴച്ചിൽകാരൻ, ആഴ്ച, തുക, കൊടുത്തോ\nഓരോ അറ്റൻഡൻസും ഒരു തുഴച്ചിൽകാരന്റേതാണ്.",
      extras: [
        "വള്ളത്തിന്റെ സ്പോൺസർമാരുടെ കാര്യം ട്രഷറർ നോക്കിക്കോളും, അത് ഇതിൽ വേണ്ട. പിന്നെ വള്ളംകളി കാണാനുള്ള ടിക്കറ്റ് വിൽപ്പന ടൂറിസം വകുപ്പിന്റേതാണ്, നമ്മുടെ കാര്യമല്ല.",
        "അത്രയേ ഉള്ളൂ. വളരെ നന്ദി.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "കമ്മിറ്റിക്ക് എല്ലാം കാണാം. ക്യാപ്റ്റൻ അറ്റൻഡൻസ് ഇടും. തുഴച്ചിൽകാർക്ക് അവരുടെ അറ്റൻഡൻസും ബത്തയും ഫോണിൽ നോക്കാം.",
    },
    atReview: [
      "എല്ലാം ശരിയാണ്. ഒരു കാര്യം കൂടി: തുഴച്ചിൽകാരുടെ ബ്ലഡ് ഗ്രൂപ്പ് കൂടി ചേർക്കണം, വെള്ളത്തിൽ എന്തെങ്കിലും പറ്റിയാൽ ആശുപത്രിയിൽ അത് വേണ്ടിവരും. നന്ദി.",
    ],
    expect: {
      kind: "web app",
      features: [
        "30 ദിവസത്തെ ക്യാമ്പ്",
        "രാവിലെ 6 മുതൽ 9 വരെയും വൈകിട്ട് 4 മുതൽ 7 വരെയും",
        "90 തുഴച്ചിൽകാർ 5 അമരക്കാർ 25 നിലക്കാർ",
        "ഓരോ ദിവസത്തിനും 800 രൂപ ബത്ത",
        "20 ദിവസമെങ്കിലും വരാത്തവരെ ടീമിൽ എടുക്കില്ല",
        "ഫിറ്റ്നസ് സർട്ടിഫിക്കറ്റ് വേണം",
        "നീന്തൽ അറിയാത്ത വള്ളത്തിൽ കയറ്റില്ല",
        "പുറത്തുനിന്നുള്ള 25 പേരിൽ കൂടരുത്",
        "ബത്ത ശനിയാഴ്ചയും GPay",
        "സമ്മാനത്തുകയുടെ പകുതി തുല്യമായി",
        "തലേദിവസം SMS",
      ],
      tables: [
        {
          name: "തുഴച്ചിൽകാർ",
          fields: ["പേര്", "വീട്ടുപേര്", "ഫോൺ", "വയസ്സ്", "സ്ഥാനം", "നാട്ടുകാരൻ", "ഫിറ്റ്നസ് സർട്ടിഫിക്കറ്റ്", "ബ്ലഡ് ഗ്രൂപ്പ്"],
        },
        { name: "ക്യാമ്പ് ദിവസങ്ങൾ", fields: ["തീയതി"] },
        { name: "അറ്റൻഡൻസ്", fields: ["തുഴച്ചിൽകാരൻ", "തീയതി", "വന്നോ"] },
        { name: "ബത്ത", fields: ["തുഴച്ചിൽകാരൻ", "ആഴ്ച", "തുക", "കൊടുത്തോ"] },
      ],
      excluded: ["സ്പോൺസർ", "ടിക്കറ്റ്"],
      background: ["നോട്ടുബുക്ക്", "WhatsApp"],
    },
  },
];
