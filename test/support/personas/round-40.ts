import type { Persona } from "../persona-driver.js";

/**
 * The fortieth round, held out: written without reading the interviewer and before any
 * spec was made from these people's words, and never run or tuned on before its first
 * unseen run. What each person expects was written from what they said, as a fair human
 * reader would take it.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines, in brackets on lines and inline, or told in sentences
 * ("For every barrel I keep …", "Each family has …", "Ci xar bu nekk, dañuy bind …").
 * Eight write in English, each in their own English and their own register, none of them
 * used before: the Lunenburg County English of Nova Scotia's South Shore, from Big Tancook
 * Island, in long paragraphs ("Deed it is", "I mind", "the once", "some good", "right
 * some rough", "wonderful cross", "from away", "how she goes", "the kraut's all", "that's
 * her business, leave that out", "we ain't mailing kraut nowheres", "Thanks a lot,
 * dear"), Puerto Rican English from Hato Rey ("Wepa", "mano", "my pai", "my tío", "mi
 * tía", "bendito", "janguear", "Nochebuena", "the vara", "nítido", "that's my tío's thing,
 * leave that out", "ni pensarlo", "Gracias, mano, bendiciones"), the Ethiopian English of
 * Hawassa, in short plain sentences ("Selam", "the iddir", "the lekso house", "the
 * kebele", "Telebirr", "except he has permission", "that is their own matter", "we don't
 * need that", "Ameseginalehu"), the Thai English of Phuket, in short plain sentences
 * ("Sawasdee ka", "Kru", "farang", "he have", "no have in notebook", "very headache ka",
 * "not our business", "no need ka", "Khob khun ka"), the Pasifika English of Ōtara in
 * South Auckland, in lower-case fragments ("malo e lelei", "the aunties", "hard out",
 * "uce", "rn", "n", "ppl", "the mens fellowship not us", "nah leave that out", "sweet as",
 * "chur"), the British Gujarati English of Belgrave Road in Leicester, chatty ("Jai Shri
 * Krishna", "our samaj", "me ba", "my masi", "beta", "proper mad", "innit", "the uncles",
 * "the Golden Mile", "leave it out", "we ain't touching that", "looks sick"), the Egyptian
 * English of Cairo, in long paragraphs ("Salam ya basha", "ya3ni", "ya handasa", "Tamam",
 * "Khalas", "the koshk owners", "not our headache", "don't put this", "inshallah",
 * "Yalla") and the Meitei English of Imphal ("Khurumjari", "our leikai", "the ibungos",
 * "the imas", "What to do", "isn't it", "like this", "not our part", "don't put",
 * "Thagatchari"). One writes in West Frisian (never used before, as the secretary of a
 * village ice club in Eastermar types it, with the Dutch and English words Frisians
 * really mix in: "Goeie", "Excel-bestân", "WhatsApp-groep", "appke", "website", "iDEAL",
 * "kassa", "akkount", "dat is ús saak net", "dêr begjinne wy net oan", "Tige tank"), and
 * one in Wolof (never used before, as a young man in Keur Massar who fattens sheep for
 * Tabaski types it, in the Latin letters of everyday Wolof, with the French words Dakar
 * people really mix in: "Salamaalekum", "embouche", "cahier", "site", "photo", "prix",
 * "avance", "livraison", "banlieue", "gratuit", "Wave", "Orange Money", "loolu du sunu
 * affaire", "bul ko def", "soxlawunu ko", "Jërëjëf").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for the iddir of a neighbourhood in Hawassa (1,000 birr to join and no help in the
 * first 6 months, 100 birr a month before the 5th in cash or by Telebirr, a member 3
 * months behind suspended till he pays everything, 15,000 birr for the death of a member
 * or the spouse and 7,000 for a child or a parent in the house, the tent and 100 chairs
 * for 3 days, 50 birr from a member who misses the burial without the chairman's
 * permission, an SMS to every member with the lekso house and the burial time, the
 * general meeting the last Sunday of the month), a Tongan church youth's monthly umu
 * packs in Ōtara ($25 a pack and $60 a family pack, orders closed Thursday 8pm, pickup
 * Saturday 12 to 3 at the church hall, 250 packs at most, paid before by bank transfer
 * with the order number and no pay no pack, delivery in Ōtara and Papatoetoe for $5 only
 * for 5 packs or more, packs not picked up by 3 sold at the door, every youth selling 10
 * packs at least), the Navratri garba of a Leicester samaj (nine nights from 7:30 till
 * 11:30, a season pass £45 or £8 a night, children under 12 £20 or £3 and under 5s free,
 * 900 people a night at most, a QR code scanned once a night at the door, no dandiya
 * sticks in the main hall but on the ninth night, a free season pass for 3 shifts, no
 * refunds but a pass moved in the family by email before the night), a village ice club's
 * natural rink in Eastermar (€ 15 a year a family and € 7,50 for one person before the
 * 1st of December by iDEAL, members free and others € 3 a day and children under 12
 * € 1,50, the rink open only when the ice is 9 centimetres at all five measuring places,
 * every member told at once, open 9 to 22 and on Sunday from 13, children under 10 after
 * 18 only with a parent, one 2-hour shift a member every winter, closed at once when it
 * thaws under 9 centimetres) and Tabaski sheep sold from a family courtyard in Keur
 * Massar (from 150 000 FCFA, a 30% deposit by Wave or Orange Money, a sheep back on the
 * site when no deposit comes within 24 hours, the rest paid before delivery, delivery in
 * Dakar and the suburbs 5 000 FCFA and free in Keur Massar only the two days before
 * Tabaski, 2 000 FCFA a day for feed when the sheep is kept till Tabaski, bookings closed
 * 3 days before, another sheep or the money back when a sheep falls sick or dies); a
 * phone app for a Muay Thai camp in Chalong (training 8 to 10 and 4 to 6 and closed on
 * Sunday, 500 baht a session, 2,500 a week and 8,000 a month, a private hour 1,000 baht
 * and 3 a day at most for a kru, the injury paper signed the first day, gloves 100 baht a
 * day, a fighter 3 weeks in the camp with the kru's OK and a doctor's paper, 30% of the
 * purse to the camp); a program on the kitchen computer of a Tancook Island sauerkraut
 * maker (cabbage bought at 25 cents a pound, 3 pounds of salt to every 100 pounds of
 * cabbage, every barrel numbered with the day it was packed, the kraut 6 weeks at least
 * and none a year old, 2-pound tubs $7 and 20-pound pails $55, the orders in by Tuesday
 * for the Wednesday morning ferry to Chester, every store called the once when the ferry
 * is tied up, 30 days to pay and nothing more for a store 60 days behind); a command-line
 * tool in Go with SQLite for a leikai club's Yaoshang sports in Imphal (six age groups with
 * the imas 45 and above, ₹20 an event and 3 events at most, tug of war teams of 8 for
 * ₹200, only their leikai and the three next to it, heats of 8 with the first 3 to the
 * final, a long jump tie to the second-best jump, ₹500, ₹300 and ₹200 with a certificate,
 * the winners printed every evening for the notice board and the cable channel), with
 * commands and flags; a service without screens, in Django with PostgreSQL, that a
 * Guavate lechonera's customer app and counter tablet call (lechón $11 a pound at the
 * counter Friday to Sunday 10 to 7, a whole lechón $6.50 a pound of the pig from 60 to 120
 * pounds, ordered 5 days before and the 24th and 31st of December closed on the 15th, a
 * 50% deposit by ATH Móvil back only 72 hours before, 12 pigs a day, a pig not picked up
 * by 5 sold by the pound, IVU of 11.5%, an order moved free to the next day with a text at
 * a hurricane warning); and a Python library for a Nasr City fintech that reads an
 * Egyptian national ID and mobile number (14 digits with Arabic numbers changed first, the
 * century digit, a real birth date not in the future, the governorate code in English and
 * Arabic with 88 for born abroad, the 13th digit odd for male and even for female, the
 * check digit not checked, 21 or more for a loan, 11-digit mobiles with the operator from
 * 010, 011, 012 and 015 and +20 or 0020 taken off, only the last 4 digits in the logs).
 * The Ōtara youth leader answers in lower-case fragments, the Hawassa secretary and the
 * Chalong camp's office in short plain sentences, the kraut maker and the Cairo developer
 * in long paragraphs, the others in between.
 *
 * Relations said plainly ("Every order is for the one store, and every barrel is the one
 * grower's cabbage", "Every order is for one customer", "Every payment is for one member",
 * "One package is for one student", "every order is sold by 1 youth", "Every pass is for
 * one person in one family", "Every entry is one player in one event", "Elke tsjinst is
 * fan ien lid", "Réservation bu nekk benn client la ak benn xar"); allowed values in
 * brackets (an order's status, a pass's type, a membership's kind, a shift's task, a
 * sheep's race) and in sentences (cash or Telebirr, pickup or delivery, livraison walla
 * déet); background in a scribbler and the calendar on the kitchen wall, a notebook by
 * the register and WhatsApp, the treasurer's register book, a notebook and the kru's
 * heads, a Google Form and the aunties' notebook, a cash tin and a printed Excel list, an
 * Excel sheet filled in by eye, a register and chart paper, an Excel-bestân and a
 * WhatsApp-groep, WhatsApp and a cahier; technology named as Django with PostgreSQL,
 * Python, Go with SQLite, and none at all by seven of them; "no" said as "that's her
 * business, leave that out", "we ain't mailing kraut nowheres", "that's my tío's thing,
 * leave that out", "ni pensarlo", "that is their own matter", "we don't need that", "not
 * our business", "no need ka", "the mens fellowship not us", "nah leave that out", "leave
 * it out", "we ain't touching that", "not our headache", "don't put this", "not our part",
 * "don't put", "dat is ús saak net", "dêr begjinne wy net oan", "loolu du sunu affaire",
 * "bul ko def"; while rules keep their "no" ("I won't sell it", "nothing smaller, nothing
 * bigger", "After that, no", "He gets nothing until he pays everything", "Sunday close",
 * "no pay no pack", "No refunds", "don't check it", "feyul avance bi").
 *
 * The Tancook kraut maker takes the growers out and leaves the grower's name on the
 * barrels, the Hawassa secretary takes the house number off the members and adds a second
 * phone, and the Keur Massar sheep man takes the quartier off the clients and adds the
 * Wave number to the reservations, each after "Change something" at "Your data"; the
 * Guavate developer adds the ATH Móvil reference to the orders, the Ōtara youth leader
 * puts the umu date on the orders, the Leicester committee member renames the Sevaks
 * Volunteers and the Eastermar secretary takes the address off the members ("helje it
 * adres by de leden wei"), each at the review. West Frisian and Wolof are written in Latin
 * letters, so their expected words are in the forms the person used (as "€ 7,50 ien
 * persoan", "fiif mjitplakken 9 sintimeter", "avance 30% Wave Orange Money", "tëj 3 fan
 * balaa Tabaski"); every expected feature was checked to be in one sentence the person
 * said, and the excluded words of all ten were checked not to read like anything they
 * want (not "cabbage" for the cabbage rolls, which the kraut is made of, and not
 * "government" for the Civil Registry, which shares its stem with "governorate").
 */
export const FORTIETH_ROUND: readonly Persona[] = [
  {
    id: "tancook-island-sauerkraut",
    who: "A man on Big Tancook Island in Mahone Bay who makes sauerkraut with his wife in the kraut house behind their place, in the Lunenburg County English of Nova Scotia's South Shore, in long paragraphs ('Deed it is', 'I mind', 'the once', 'some good', 'right some rough', 'wonderful cross', 'from away', 'how she goes', 'the kraut's all', 'that's her business, leave that out', 'we ain't mailing kraut nowheres', 'Thanks a lot, dear'): a program on the computer in the kitchen, kept off the internet, for him and his wife, cabbage bought from two other growers on the island at 25 cents a pound and weighed when it comes in, 3 pounds of salt to every 100 pounds of cabbage, every barrel numbered with the day it was packed, the kraut 6 weeks at least before it goes out and none a year old, 2-pound tubs at $7 a tub to the stores and 20-pound pails at $55, the stores' orders in by the Tuesday for the Wednesday morning ferry to Chester, every store called the once when the ferry is tied up for the weather and the orders on the next boat, the stores paying within 30 days and a store 60 days behind getting nothing more till it pays; records told in sentences ('For every barrel I keep …', 'For the stores I want …'), every order for one store and every barrel one grower's cabbage; a scribbler and the calendar on the kitchen wall today; his sister's cabbage rolls for the church supper 'that's her business, leave that out', kraut mailed to Ontario 'we ain't mailing kraut nowheres'; the growers taken out and the grower's name left on the barrels after 'Change something' at 'Your data'",
    says: {
      overview:
        "Well now, hello. Wayne Heisler, from Big Tancook Island, out in Mahone Bay off Chester. Me and my wife Darlene make sauerkraut, Tancook kraut, the way my father made it and his father before him, out in the kraut house behind our place. Deed it is, there's folks up to Halifax won't eat no other kind. Right now every order goes in a scribbler and on the calendar on the kitchen wall, and Darlene does the bills at the counter. Last fall I sent the same twenty tubs over for the Co-op in Chester two weeks running and never sent none at all to the store in Mahone Bay, and they was wonderful cross with me, I can tell you. So my grandson says, Grampy, I'll put you a program on the computer in the kitchen, and that's what we're after.",
      more: "The internet on the island is some good now, but I want it right there on that computer, not out on the internet somewheres. Darlene and me is the only ones uses it.",
      walkthrough:
        "Now I'll tell you how she goes. We grow the most of our own cabbage, but we buy the rest off two other fellows on the island, 25 cents a pound, and I weigh it on the scale in the kraut house when it comes in. We shred it and pack it in the barrels, and it's 3 pounds of salt to every 100 pounds of cabbage, no more, no less, that's how Father done it and that's how I do it. Every barrel gets a number and the day we packed it wrote right on it, so I mind which is which.\n\nThe kraut's got to sit 6 weeks at least before she goes out. Younger than that it ain't kraut, it's salty cabbage, and I won't sell it. And kraut that's a year old don't go out neither, that goes on the garden.\n\nWe sell it in 2-pound tubs at $7 a tub to the stores, and in 20-pound pails at $55 for the restaurants and the fellows that make the Lunenburg pudding and that. The stores has to have their order in by the Tuesday, and it all goes over to Chester on the Wednesday morning ferry. If the ferry's tied up for the weather, and she's right some rough out there in January, the orders wait for the next boat, and somebody's got to call every store the once and tell them.\n\nThe stores pay within 30 days. Any store that's 60 days behind gets nothing more from me till they pay up, I don't care who they are. Come April or May the kraut's all, and that's it till the fall.",
      things:
        "For every barrel I keep the number, the day she was packed, the pounds of cabbage and whose cabbage it was. For the growers, just the name and the phone. For the stores I want the name, the town and the phone, and for every order the store, the week, how many tubs, how many pails and is it paid. Every order is for the one store, and every barrel is the one grower's cabbage.",
      thingsChange:
        "Take the growers out of it altogether, there's only the two of them and they're both my cousins, I mind who's who. Just leave the grower's name right there on the barrel.",
      extras: [
        "My sister Bev makes the cabbage rolls for the church supper every fall with our kraut, but that's her business, leave that out. And folks from away are always asking can we mail kraut up to Ontario. No sir, we ain't mailing kraut nowheres.",
        "That's her. Thanks a lot, dear.",
      ],
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No passwords. It's only me and Darlene on that computer.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "cabbage 25 cents a pound",
        "3 pounds of salt 100 pounds of cabbage",
        "barrel number day packed",
        "6 weeks at least",
        "year old",
        "2-pound tubs $7",
        "20-pound pails $55",
        "order in by the Tuesday",
        "Wednesday morning ferry Chester",
        "ferry tied up call every store",
        "pay within 30 days",
        "60 days behind nothing more",
      ],
      tables: [
        { name: "barrels", fields: ["number", "packed", "pounds", "grower"] },
        { name: "stores", fields: ["name", "town", "phone"] },
        { name: "orders", fields: ["store", "week", "tubs", "pails", "paid"] },
      ],
      excluded: ["rolls", "mailing"],
      background: ["scribbler", "calendar"],
    },
  },
  {
    id: "guavate-lechonera",
    who: "A developer in Hato Rey whose father and uncle have a lechonera on the Ruta del Lechón in Guavate, Cayey, in Puerto Rican English ('Wepa', 'mano', 'my pai', 'my tío', 'mi tía', 'bendito', 'janguear', 'Nochebuena', 'the vara', 'nítido', 'that's my tío's thing, leave that out', 'ni pensarlo', 'Gracias, mano, bendiciones'): a service without screens, in Django with PostgreSQL, that his cousin's customer app and the counter tablet call, lechón $11 a pound at the counter Friday to Sunday from 10 to 7, a whole lechón for a party $6.50 a pound of the pig before roasting and only pigs from 60 to 120 pounds, a whole lechón ordered 5 days before at least and the orders for the 24th and the 31st of December closed on the 15th, a 50% deposit by ATH Móvil and the rest at pickup, the deposit back only when cancelled 72 hours before or more, 12 pigs roasted a day at most, a pig not picked up by 5 sold by the pound at the counter and the deposit lost, IVU of 11.5% on everything, an order moved to the next day at no charge with a text to everybody when there is a hurricane warning; records after dashes on lines with an order's status in brackets, every order for one customer; a notebook by the register and his aunt's WhatsApp today; the live music on Sundays 'that's my tío's thing, leave that out', the bar 'ni pensarlo'; Django with PostgreSQL; the ATH Móvil reference added to the orders at the review",
    says: {
      overview:
        "Wepa! I'm Gabriel Colón, a developer in Hato Rey. My pai and my tío have a lechonera in Guavate, on the Ruta del Lechón up in Cayey, since 1987. Weekends it's full, people come up from San Juan to eat lechón and janguear, and in December everybody wants a whole pig for Nochebuena. Right now the orders go in a notebook by the register and on mi tía's WhatsApp, and bendito, last Nochebuena two families came for the same pig and one of them went home with nothing, the señora was crying right there in the parking. My prima is making the app for the customers and the tablet at the counter. I'm doing the service behind both, no screens on my side.",
      walkthrough:
        "Ok mano, here's how it works.\n\nAt the counter lechón is $11 a pound, Friday to Sunday, 10 to 7.\n\nA whole lechón for a party is $6.50 a pound of the pig before roasting. Pigs from 60 to 120 pounds, nothing smaller, nothing bigger, they don't fit on the vara.\n\nYou order a whole lechón 5 days before at least. For the 24th and the 31st of December the orders close on December 15.\n\n50% deposit by ATH Móvil to confirm, the rest when they pick up.\n\nIf they cancel 72 hours before or more, the deposit goes back. After that, no.\n\nWe can roast 12 pigs a day, no more, the pits are full.\n\nIf they don't pick up by 5, they lose the deposit and we sell the pig by the pound at the counter.\n\nIVU of 11.5% on everything.\n\nIf there is a hurricane warning the day of the pickup, the order moves to the next day with no charge and everybody gets a text.",
      things:
        "- customers - name, phone, town\n- orders - customer, pickup date, pickup time, pounds, deposit, status (pending, roasting, ready, picked up, cancelled)\n- counter sales - date, pounds, total\nEvery order is for one customer, even if the whole familia comes to pick it up.",
      extras: [
        "The live music on Sundays, the trío and the salsa band, that's my tío's thing, leave that out. And the bar, the Medalla and the pitorro, that's a different license, ni pensarlo.",
        "That's it, mano. Gracias!",
      ],
      tech: "Django REST framework with PostgreSQL, that's what we use at my job.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts: "Nobody logs in to it, mano. The customer app and the counter tablet each get their own key.",
      Technology: "I have preferences",
      "Back end": "Python with Django",
      Database: "PostgreSQL",
    },
    atReview: [
      "Nítido. Just add the ATH Móvil reference number to the orders, so mi tía can match every deposit. Gracias, mano, bendiciones!",
    ],
    expect: {
      kind: "api service",
      features: [
        "counter $11 a pound",
        "Friday to Sunday 10 to 7",
        "whole lechón $6.50 a pound",
        "60 to 120 pounds",
        "5 days before",
        "24th 31st December close December 15",
        "50% deposit ATH Móvil",
        "cancel 72 hours deposit back",
        "12 pigs a day",
        "pick up by 5 lose deposit",
        "IVU 11.5%",
        "hurricane warning next day text",
      ],
      tables: [
        { name: "customers", fields: ["name", "phone", "town"] },
        {
          name: "orders",
          fields: [
            "customer",
            "pickup date",
            "pickup time",
            "pounds",
            "deposit",
            "status",
            "ATH Móvil reference",
          ],
        },
        { name: "counter sales", fields: ["date", "pounds", "total"] },
      ],
      excluded: ["music", "Medalla"],
      background: ["notebook", "WhatsApp"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "hawassa-iddir",
    who: "The secretary of an iddir, a neighbourhood burial association, in Tabor sub-city in Hawassa, in the Ethiopian English of Hawassa, in short plain sentences ('Selam', 'the iddir', 'the lekso house', 'the kebele', 'Telebirr', 'except he has permission', 'that is their own matter', 'we don't need that', 'Ameseginalehu'): a website for the chairman, him and the treasurer, 186 member households, 1,000 birr one time to join and no help for a new member before 6 months, 100 birr every month before the 5th in cash to the treasurer or by Telebirr, a member 3 months behind suspended and getting nothing until he pays everything, 15,000 birr to the family when a member or the spouse dies and 7,000 birr for a child or a parent living in the house, the tent and 100 chairs brought to the lekso house for 3 days, every member at the burial or 50 birr penalty except with the chairman's permission, an SMS to every member with the name, the lekso house and the burial time, the general meeting the last Sunday of every month; records after colons inline with how a payment is paid in brackets, every payment for one member and every family person one member's; the treasurer's big register book today; the equb some members have 'that is their own matter', help for weddings 'we don't need that'; the house number taken off the members and a second phone added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Selam. My name is Tesfaye Alemu. I am the secretary of our iddir in Hawassa, in Tabor sub-city. Iddir is our association for the time of death. When somebody dies, the iddir helps the family with money, the tent and the chairs, and all members come to the burial. We have 186 member households. Now everything is in the big register book of the treasurer, and the members pay him cash in the meeting. Last year one member died, and in the book he was not paid for 5 months, but his wife said he paid every month. There was a big argument in the lekso house. It was a shame for all of us. We want a website for the committee.",
      walkthrough:
        "To join, a new member pays 1,000 birr one time.\nA new member gets no help before 6 months.\nEvery member pays 100 birr every month, before the 5th. He can pay cash to the treasurer or by Telebirr.\nIf a member does not pay for 3 months, he is suspended. He gets nothing until he pays everything.\nWhen the member or his wife or her husband dies, the iddir gives 15,000 birr to the family.\nWhen a child or a parent living in the house dies, the iddir gives 7,000 birr.\nThe iddir brings the tent and 100 chairs to the lekso house for 3 days.\nEvery member must come to the burial. Who does not come pays 50 birr penalty, except he has permission from the chairman.\nWhen somebody dies, every member must get SMS with the name, the lekso house and the time of the burial.\nWe have the general meeting the last Sunday of every month.",
      things:
        "Members: name, phone, kebele, house number, date joined. Family members: member, name, relation. Payments: member, month, amount, paid by (cash or Telebirr). Deaths: member, who died, date, amount given. Every payment is for one member, and every family member belongs to one member.",
      thingsChange:
        "Please remove the house number from members, many houses in Hawassa have no number. And add second phone, every member must give the phone of one relative.",
      extras: [
        "Some members have equb also, that is their own matter, not the iddir. And some people want the iddir to help for weddings. No, iddir is only for death, we don't need that.",
        "That is all. Ameseginalehu.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The chairman, myself and the treasurer log in. The members don't need account, they only get SMS.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "join 1,000 birr",
        "new member 6 months",
        "100 birr every month before the 5th",
        "cash treasurer Telebirr",
        "3 months suspended",
        "15,000 birr",
        "child parent 7,000 birr",
        "tent 100 chairs 3 days",
        "50 birr penalty permission chairman",
        "SMS every member burial",
        "general meeting last Sunday",
      ],
      tables: [
        { name: "members", fields: ["name", "phone", "kebele", "date joined", "second phone"] },
        { name: "family members", fields: ["member", "name", "relation"] },
        { name: "payments", fields: ["member", "month", "amount", "paid by"] },
        { name: "deaths", fields: ["member", "who died", "date", "amount given"] },
      ],
      excluded: ["equb", "wedding"],
      background: ["register book"],
    },
  },
  {
    id: "chalong-muay-thai-camp",
    who: "The daughter of a former fighter who has a Muay Thai camp on Soi Ta-iad in Chalong, Phuket, who does the office, in the Thai English of Phuket, in short plain sentences ('Sawasdee ka', 'Kru', 'farang', 'he have', 'no have in notebook', 'very headache ka', 'not our business', 'no need ka', 'Khob khun ka'): a phone app for her and the six kru, training every day 8 to 10 in the morning and 4 to 6 in the afternoon and closed on Sunday, one session 500 baht, one week 2,500 baht and one month 8,000 baht, a private lesson of 1 hour 1,000 baht with one kru and 3 private lessons a day at most for a kru, the paper for injury signed by every student the first day, gloves rented 100 baht a day, a student fighting at the stadium in Patong only after 3 weeks in the camp with the kru's OK and a paper from the doctor, 30% of the stadium's money kept by the camp; records in brackets inline, every package and every fight one student's; a notebook and the kru's heads today; the students' bungalows 'not our business', the shorts and T-shirts 'no need ka'",
    says: {
      overview:
        "Sawasdee ka. My name is Nok. My father is Kru Sombat, he was fighter before, now he have Muay Thai camp in Chalong, Phuket, on Soi Ta-iad. Many farang come to train, from Europe, Australia, Russia, everywhere. I do the office. Now I write everything in notebook and the kru remember in the head. Sometime student say he pay already for one month, but no have in notebook, and the kru not sure. Very headache ka. I want app in the phone for me and the kru.",
      more: "The camp have wifi, no problem. Only me and the 6 kru use it.",
      walkthrough:
        "Training two time every day. Morning 8 to 10, afternoon 4 to 6. Sunday close.\n\nOne session 500 baht. One week 2,500 baht, can come every session. One month 8,000 baht.\n\nPrivate lesson 1 hour 1,000 baht with one kru. One kru can do maximum 3 private in one day, more than that he is too tired.\n\nFirst day every student must sign the paper for injury.\n\nGloves we rent 100 baht one day.\n\nIf student want to fight in the stadium in Patong, he must train with us 3 weeks minimum and the kru must say OK. Before the fight he must have paper from doctor.\n\nThe stadium pay the fighter, the camp keep 30%.",
      things:
        "students (name, country, phone, passport number), kru (name, phone), packages (student, kind, start date, end date, paid), check-in (student, date, time), fights (student, stadium, date, money). One package is for one student, one fight is for one student.",
      extras: [
        "The bungalow for the students, my auntie do that, not our business. The shorts and T-shirt we sell in the shop, no need ka.",
        "That's all ka. Khob khun ka.",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "Me and the 6 kru. Student no need login ka.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "morning 8 to 10 afternoon 4 to 6",
        "Sunday close",
        "one session 500 baht",
        "one week 2,500 baht",
        "one month 8,000 baht",
        "private 1 hour 1,000 baht",
        "maximum 3 private one day",
        "first day sign paper injury",
        "gloves 100 baht one day",
        "fight 3 weeks kru OK",
        "paper from doctor",
        "camp keep 30%",
      ],
      tables: [
        { name: "students", fields: ["name", "country", "phone", "passport number"] },
        { name: "kru", fields: ["name", "phone"] },
        { name: "packages", fields: ["student", "kind", "start date", "end date", "paid"] },
        { name: "check-in", fields: ["student", "date", "time"] },
        { name: "fights", fields: ["student", "stadium", "date", "money"] },
      ],
      excluded: ["bungalow", "shorts"],
      background: ["notebook"],
    },
  },
  {
    id: "otara-umu-packs",
    who: "A young woman who helps run the youth at a Tongan church in Ōtara, South Auckland, in the Pasifika English of Ōtara, in lower-case fragments ('malo e lelei', 'the aunties', 'hard out', 'uce', 'rn', 'n', 'ppl', 'the mens fellowship not us', 'nah leave that out', 'sweet as', 'chur'): a website where people order umu packs from the youth's monthly fundraiser for their trip to Tonga, a normal pack $25 and a family pack $60, orders closed Thursday 8pm, pickup Saturday 12 to 3 at the church hall, 250 packs at most because that is all the umu fits, paid before by bank transfer with the order number as the reference and no pay no pack, delivery only in Ōtara and Papatoetoe for $5 and only for 5 packs or more, packs not picked up by 3 sold at the door, every youth selling 10 packs at least and who sold what shown; records after colons inline with pickup or delivery told in the list, every order sold by one youth; a Google Form and the aunties' notebook today; the bingo 'the mens fellowship not us', the kava night 'nah leave that out'; the umu date put on the orders at the review",
    says: {
      overview:
        "malo e lelei. im sela, i help run the youth at our church in otara. we do umu packs once a month to raise $ for the youth trip to tonga in dec. rn its a google form n the aunties notebook n its a mess hard out. last month we cooked 30 packs too many n 12 ppl turned up n no pack for them. the aunties were not happy uce. want a website",
      walkthrough:
        "normal pack $25, family pack $60\norders close thursday 8pm\npickup saturday 12 to 3 at the church hall\nmax 250 packs, the umu only fits that\npay before by bank transfer, order number as reference. no pay no pack\ndelivery only otara n papatoetoe, $5, only if u get 5 packs or more\npacks not picked up by 3 we sell at the door\nevery youth has to sell 10 packs min, we need to see who sold what",
      things:
        "orders: name, phone, packs, family packs, pickup or delivery, address, paid, youth. youth: name, phone. every order is sold by 1 youth",
      extras: [
        "the bingo after is the mens fellowship not us. kava night nah leave that out",
        "thats it. chur",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "me n the youth leaders. ppl ordering dont need an account",
    },
    atReview: ["sweet as. can u put the umu date on the orders, its a different saturday every month. chur"],
    expect: {
      kind: "web app",
      features: [
        "normal pack $25",
        "family pack $60",
        "orders close thursday 8pm",
        "pickup saturday 12 to 3",
        "max 250 packs",
        "bank transfer order number",
        "no pay no pack",
        "delivery otara papatoetoe $5",
        "5 packs or more",
        "not picked up by 3 sell at the door",
        "youth 10 packs",
      ],
      tables: [
        {
          name: "orders",
          fields: [
            "name",
            "phone",
            "packs",
            "family packs",
            "delivery",
            "address",
            "paid",
            "youth",
            "umu date",
          ],
        },
        { name: "youth", fields: ["name", "phone"] },
      ],
      excluded: ["bingo", "kava"],
      background: ["google form", "notebook"],
    },
  },
  {
    id: "belgrave-navratri-garba",
    who: "A young committee member of a Gujarati samaj that runs Navratri garba in a hall on Belgrave Road, Leicester, in the British Gujarati English of Leicester, chatty ('Jai Shri Krishna', 'our samaj', 'me ba', 'my masi', 'beta', 'proper mad', 'innit', 'the uncles', 'the Golden Mile', 'leave it out', 'we ain't touching that', 'looks sick'): a website where families buy their passes before and the sevaks scan them at the door on their phones, nine nights of garba from 7:30 till 11:30 as the council licence says, a season pass £45 for adults or £8 a night, children under 12 £20 for the season or £3 a night and under 5s free, 900 people at most on any night as the fire certificate says, every pass with a QR code scanned once a night at the door, no dandiya sticks in the main hall except on the ninth night, a free season pass for 3 shifts or more, no refunds but a pass moved to someone else in the family by email before that night; records told in sentences ('Each family has …', 'Each pass has …') with a pass's type in brackets, every pass for one person in one family; his masi's cash tin and a printed Excel list today; the food stalls 'leave it out', donations to the mandir 'we ain't touching that'; the Sevaks renamed Volunteers at the review",
    says: {
      overview:
        "Jai Shri Krishna! I'm Nikesh Mistry, I'm 26, I do IT at a bank in town, but every October I basically live at the hall on Belgrave Road, because our samaj runs Navratri garba there, nine nights, and I'm on the committee with all the uncles. Right now my masi sells the passes at a table in the foyer with a cash tin and a printed Excel list, and the queue goes right down the Golden Mile, proper mad. Last year on the eighth night we let in way more than the hall's allowed and the fire officer was not happy, innit. Me ba was like, beta, you're in computers, sort it out. So we want a website where families buy their passes before and we scan them at the door.",
      walkthrough:
        "So Navratri is nine nights, and garba's from 7:30 till 11:30 every night. The council licence says we finish by 11:30, no extra time, even though the uncles always try.\n\nA season pass for all nine nights is £45 for adults, or it's £8 a night. Kids under 12 are £20 for the season or £3 a night, and under 5s are free, they don't need a pass.\n\nThe hall takes 900 people max, that's the fire certificate, so we can't sell more than 900 for any night, season passes included.\n\nEvery pass gets a QR code and the volunteers scan it at the door on their phones. One scan a night, so people can't pass their phone back out the window to their cousin, which, trust me, happens.\n\nNo dandiya sticks in the main hall except on the ninth night, health and safety, someone got one in the eye in 2019.\n\nVolunteers who do 3 shifts or more get a free season pass.\n\nNo refunds, sorry, but you can move your pass to someone else in your family if you email us before that night.",
      things:
        "Each family has a surname, a contact name, a mobile and an email. Each pass has the family, the person's name, the type (adult season, kid season or single night), the night if it's a single, the QR code and whether it's paid. Each sevak has a name, a mobile and how many shifts they're doing. Every pass is for one person in one family.",
      extras: [
        "The food stalls outside are the Mahila Mandal's, they do their own thing, leave it out. And donations to the mandir, that's the temple trust, nah, we ain't touching that.",
        "That's it. Jai Shri Krishna, cheers!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The committee sees everything. The sevaks log in on their phones to scan at the door. Families make an account to buy passes and see their QR codes.",
    },
    atReview: [
      "Looks sick. One thing: can you call the Sevaks 'Volunteers'? Half the kids born here don't know what sevak means, innit. Cheers.",
    ],
    expect: {
      kind: "web app",
      features: [
        "nine nights",
        "7:30 till 11:30",
        "season pass £45",
        "£8 a night",
        "under 12 £20 season £3 a night",
        "under 5s free",
        "900 any night",
        "QR code scan door",
        "one scan a night",
        "dandiya sticks ninth night",
        "3 shifts free season pass",
        "move pass family email before that night",
      ],
      tables: [
        { name: "families", fields: ["surname", "contact name", "mobile", "email"] },
        { name: "passes", fields: ["family", "name", "type", "night", "QR code", "paid"] },
        { name: "volunteers", fields: ["name", "mobile", "shifts"] },
      ],
      excluded: ["stall", "donation"],
      background: ["cash tin", "Excel"],
    },
  },
  {
    id: "nasr-city-national-id",
    who: "A backend developer at a small fintech in Nasr City that lends small sums to microbus drivers and koshk owners, in the Egyptian English of Cairo, in long paragraphs ('Salam ya basha', 'ya3ni', 'ya handasa', 'Tamam', 'Khalas', 'the koshk owners', 'not our headache', 'don't put this', 'inshallah', 'Yalla'): a Python library on the company's private PyPI that the Django backend and the data team both use, nothing kept, a national ID of 14 digits and only digits with Arabic numbers changed to normal digits first, the first digit the century (2 for 1900 to 1999 and 3 for 2000 to 2099), the year, month and day of birth a real date and not in the future, the governorate code (01 Cairo, 02 Alexandria, 03 Port Said, 04 Suez, 21 Giza and 88 for born outside Egypt) given back in English and in Arabic, the 13th digit odd for male and even for female, the check digit not checked, the age and whether he is 21 or more for a loan, a mobile of 11 digits with its operator (010 Vodafone, 011 Etisalat, 012 Orange, 015 WE) and +20 or 0020 taken off, only the last 4 digits of an ID in the logs; the agents' Excel sheet filled in by eye and three different functions in the code today; reading the ID card with OCR 'not our headache', checking with the Civil Registry 'don't put this'; Python",
    says: {
      overview:
        "Salam ya basha. I'm Karim Fathy, a backend developer in a small fintech in Nasr City. We give small loans to the microbus drivers, the koshk owners, people like this, everything from the app. Every customer types his national ID and his mobile, and ya3ni every day we have problems. Now the agents check the ID by eye on the photo and type the birth date and the governorate in an Excel sheet, and in the code every developer wrote his own function, three different functions, one of them thinks everybody born in 2001 is 100 years old. Khalas, I want one library, and everybody uses it.",
      more: "It keeps nothing, no database. You give it the ID or the mobile, it gives you back the answer.",
      walkthrough:
        "Tamam, listen ya handasa. The national ID is 14 digits, only digits. Half the customers type it in Arabic numbers, like ٢٩٠٠١٠١٠١٢٣٤٥٦, so the library must change the Arabic numbers to normal digits first.\n\nThe first digit is the century: 2 means born between 1900 and 1999, 3 means between 2000 and 2099. After it come 6 digits, the year, the month and the day of birth, and this must be a real date and not in the future.\n\nThen 2 digits for the governorate where he was born: 01 Cairo, 02 Alexandria, 03 Port Said, 04 Suez, 21 Giza, and so on, and 88 means born outside Egypt. Give back the governorate name in English and in Arabic, I will send you the full list.\n\nThen 4 digits, and the 13th digit tells male or female: odd is male, even is female. The last digit is a check digit, but nobody has the official formula, so don't check it, just accept it.\n\nFrom the ID the library gives the age, and one function says if he is 21 or more, because we cannot give a loan under 21.\n\nThe mobile also: 11 digits, 010 Vodafone, 011 Etisalat, 012 Orange, 015 WE. People write +20 or 0020 in front, take it off and give back the 11 digits and the operator.\n\nAnd when we write the ID in the logs, show only the last 4 digits, the rest stars.",
      extras: [
        "Reading the ID card from the photo with OCR, this is another team, not our headache ya basha. And checking the ID online with the Civil Registry, don't put this, we don't have access and inshallah we will never need it.",
        "That's it. Yalla, salam!",
      ],
      tech: "Python. Our backend is Django and the data team uses Python, so one Python package on our private PyPI.",
    },
    picks: {
      Kind: ["Something else", "A library"],
      Data: "No",
      Technology: "I have preferences",
      Language: "Python",
    },
    expect: {
      kind: "library",
      features: [
        "14 digits",
        "Arabic numbers normal digits",
        "first digit century 2 1900 3 2000",
        "year month day real date future",
        "governorate 01 Cairo 88 outside Egypt",
        "governorate English Arabic",
        "13th digit odd male even female",
        "check digit",
        "21 or more",
        "11 digits 010 Vodafone 011 Etisalat 012 Orange 015 WE",
        "+20 0020",
        "logs last 4 digits",
      ],
      tables: [],
      excluded: ["OCR", "Registry"],
      background: ["Excel"],
      stack: ["Python"],
    },
  },
  {
    id: "imphal-yaoshang-sports",
    who: "A computer teacher at a private school in Imphal who is secretary of his leikai club in Sagolband, in the Meitei English of Imphal ('Khurumjari', 'our leikai', 'the ibungos', 'the imas', 'What to do', 'isn't it', 'like this', 'not our part', 'don't put', 'Thagatchari'): a Go command-line tool with SQLite on the club laptop, because the internet in Manipur is often banned for months, for the five days of Yaoshang sports, age groups under 10, 10 to 14, 15 to 19, open men, open women and the ima group for women 45 and above, ₹20 an event and 3 events at most for one player, tug of war teams of 8 at ₹200 a team, only players from their leikai and the three neighbouring leikais, races in heats of 8 with the first 3 of every heat to the final, a long jump tie decided by the second-best jump, ₹500, ₹300 and ₹200 with a certificate, the winners list printed every evening for the club notice board and the local cable channel; records in brackets on lines, every entry one player in one event; a register and chart paper on the club wall today; the thabal chongba 'not our part', the nakatheng money the children collect 'don't put'; commands and flags; Go and SQLite",
    says: {
      overview:
        "Khurumjari. I am Bikramjit Ningthoujam, a computer teacher in a private school in Imphal, and I am the secretary of our leikai club in Sagolband. Every year after Yaoshang our club holds the Yaoshang sports for five days. The whole leikai comes out, the children, the ibungos, even the imas run. Till now everything is in a register and on chart paper on the club wall, and last year two boys got the same number in the same heat and there was a big fight near the finish line. What to do. So I am making a small program for the club laptop.",
      more: "In Manipur the internet is banned very often, sometimes for months, so it must run on the laptop only, no internet at all, isn't it.",
      walkthrough:
        "Ok, like this.\nAge groups are under 10, 10 to 14, 15 to 19, open men, open women, and the ima group for women 45 and above.\nEntry fee is ₹20 for every event, and one player can enter 3 events maximum.\nTug of war is teams of 8, ₹200 for one team.\nOnly players from our leikai and the three neighbouring leikais can enter.\nFor the races, heats of 8, and the first 3 of every heat go to the final.\nIn long jump, if two players are equal, the second best jump decides.\nPrizes are ₹500 first, ₹300 second and ₹200 third, with a certificate.\nEvery evening the winners list must be printed for the club notice board and for the local cable channel.",
      commands:
        'Like this I am thinking: yaoshang player add --name "Thoibi Devi" --leikai Sagolband --age-group 10-14 --phone 9862012345, yaoshang enter --player 23 --event 100m, yaoshang team add --name "Sagolband A" --leikai Sagolband --captain 7, yaoshang heats --event 100m --age-group 10-14, yaoshang result --event 100m --heat 2 --player 23 --place 1, yaoshang winners --day 3 --print.',
      things:
        "players (name, leikai, age group, phone)\nevents (name, age group, fee)\nteams (name, leikai, captain, paid)\nentries (player, event, heat, paid)\nresults (event, heat, player, place)\nEvery entry is one player in one event.",
      extras: [
        "Thabal chongba in the night, that is the cultural wing of the club, not our part. And the nakatheng money the children collect on the road, don't put, that is the children's own.",
        "That's all. Thagatchari.",
      ],
      tech: "Go, one single file to copy on the club laptop, nothing to install, and SQLite.",
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
        "under 10",
        "ima group women 45",
        "₹20 every event",
        "3 events maximum",
        "tug of war teams of 8 ₹200",
        "our leikai three neighbouring leikais",
        "heats of 8 first 3 final",
        "long jump second best jump",
        "₹500 first ₹300 second ₹200 third certificate",
        "winners list printed notice board cable channel",
      ],
      tables: [
        { name: "players", fields: ["name", "leikai", "age group", "phone"] },
        { name: "events", fields: ["name", "age group", "fee"] },
        { name: "teams", fields: ["name", "leikai", "captain", "paid"] },
        { name: "entries", fields: ["player", "event", "heat", "paid"] },
        { name: "results", fields: ["event", "heat", "player", "place"] },
      ],
      excluded: ["thabal", "nakatheng"],
      background: ["register", "chart paper"],
      stack: ["Go", "SQLite"],
      commands: [
        "player add",
        "enter",
        "team add",
        "heats",
        "result",
        "winners",
        "--name",
        "--leikai",
        "--age-group",
        "--phone",
        "--player",
        "--event",
        "--captain",
        "--heat",
        "--place",
        "--day",
        "--print",
      ],
    },
  },
  {
    id: "eastermar-iisbaan",
    who: "The secretary of the ice club of Eastermar in Friesland, which floods a field behind the sports ground for a natural rink, in West Frisian (never used before, as she types it, with the Dutch and English words Frisians really mix in: 'Goeie', 'Excel-bestân', 'WhatsApp-groep', 'appke', 'website', 'iDEAL', 'kassa', 'akkount', 'dat is ús saak net', 'dêr begjinne wy net oan', 'Tige tank'): a website where the members pay and see their shifts, the committee sees everything and everyone sees whether the rink is open, € 15 a year for a family and € 7,50 for one person paid before the 1st of December by iDEAL, members skating free and others € 3 a day and children under 12 € 1,50, the rink opened only when the ice is at least 9 centimetres thick at all five measuring places as the ice master measures at seven in the morning, every member sent a message at once when it opens, open 9 to 22 on weekdays and Saturday with the lights and on Sunday only from 13 for the church, children under 10 after 18 only with a parent, every member at least one shift of 2 hours a winter at the till or sweeping the ice, the rink closed at once when it thaws and the ice is under 9 centimetres anywhere; records after colons on lines with a membership's kind and a shift's task in brackets, every shift one member's; an Excel-bestân at the treasurer's house and a WhatsApp-groep today; the koek-en-sopie 'dat is ús saak net', the skating tour over the lakes 'dêr begjinne wy net oan'; the address taken off the members at the review",
    says: {
      overview:
        "Goeie! Ik bin Sjoukje Hoekstra, skriuwster fan de iisklub yn Eastermar. Wy hawwe in natuerbaan efter it sportfjild: yn novimber sette wy it lân ûnder wetter, en as it goed friest, kin it hiele doarp op it iis. Op it stuit stiet de ledelist yn in Excel-bestân by de ponghâlder thús, en as de baan iepen is, stjoere wy in appke yn de WhatsApp-groep. Ferline winter siet de helte fan it doarp net yn dy groep, en in soad minsken hiene net iens yn 'e gaten dat de baan iepen wie. Wy wolle in website wêr't de leden harren kontribúsje betelje en harren tsjinsten sjen kinne, en wêr't elkenien sjocht oft de baan iepen is.",
      walkthrough:
        "Sa giet it by ús:\n\nDe kontribúsje is € 15 yn it jier foar in famylje en € 7,50 foar ien persoan. Dy moat foar 1 desimber betelle wêze, mei iDEAL.\n\nLeden reedride fergees. Wa't gjin lid is, betellet € 3 de dei, en bern ûnder de 12 € 1,50.\n\nDe baan giet pas iepen as it iis op alle fiif mjitplakken op syn minst 9 sintimeter dik is. Dat mjit de iismaster moarns om sân oere.\n\nAs de baan iepen giet, moatte alle leden daliks in berjocht krije.\n\nOp wurkdagen en sneon binne wy iepen fan 9 oere oant 22 oere, mei ljocht. Op snein pas fan 13 oere ôf, fanwegen de tsjerke.\n\nBern ûnder de 10 meie nei 18 oere allinnich mei in âlder op it iis.\n\nElk lid docht op syn minst ien tsjinst fan 2 oere yn 'e winter, by de kassa of mei it iis feien.\n\nAs it teit en it iis is op ien plak minder as 9 sintimeter, dan giet de baan daliks ticht.",
      things:
        "Leden: namme, adres, e-mail, telefoan, soarte (famylje of ien persoan), betelle\nMjittingen: datum, mjitplak, tsjokte\nTsjinsten: lid, datum, begjin, ein, wat (kassa of feie)\nElke tsjinst is fan ien lid.",
      extras: [
        "De koek-en-sopie op it iis docht de Oranjeferiening, dat is ús saak net. En de toertocht oer de marren, dêr begjinne wy net oan.",
        "Dat wie it. Tige tank!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "It bestjoer sjocht alles. De leden meitsje in akkount om te beteljen en harren tsjinsten te sjen. Oare minsken hoege net yn te loggen.",
    },
    atReview: [
      "It sjocht der goed út. Ien ding noch: helje it adres by de leden wei, wy witte wol wa't wêr wennet yn Eastermar. Tige tank!",
    ],
    expect: {
      kind: "web app",
      features: [
        "€ 15 famylje",
        "€ 7,50 ien persoan",
        "1 desimber iDEAL",
        "leden fergees",
        "€ 3 de dei",
        "bern ûnder de 12 € 1,50",
        "fiif mjitplakken 9 sintimeter",
        "alle leden berjocht",
        "9 oere oant 22 oere",
        "snein 13 oere",
        "bern ûnder de 10 18 oere âlder",
        "ien tsjinst 2 oere",
        "teit minder as 9 sintimeter ticht",
      ],
      tables: [
        { name: "leden", fields: ["namme", "e-mail", "telefoan", "soarte", "betelle"] },
        { name: "mjittingen", fields: ["datum", "mjitplak", "tsjokte"] },
        { name: "tsjinsten", fields: ["lid", "datum", "begjin", "ein", "wat"] },
      ],
      excluded: ["sopie", "toertocht"],
      background: ["Excel", "WhatsApp"],
    },
  },
  {
    id: "keur-massar-tabaski-sheep",
    who: "A young man in Keur Massar by Dakar who fattens sheep for Tabaski in the family courtyard with his brother, in Wolof (never used before, as he types it in the Latin letters of everyday Wolof, with the French words Dakar people really mix in: 'Salamaalekum', 'embouche', 'cahier', 'site', 'photo', 'prix', 'avance', 'livraison', 'banlieue', 'gratuit', 'Wave', 'Orange Money', 'loolu du sunu affaire', 'bul ko def', 'soxlawunu ko', 'Jërëjëf'): a website where customers see every sheep with its photo and price and book it, him and his brother seeing everything, every sheep with its number, photo, race (ladoum, bali-bali or touabir), weight and own price and the cheapest 150 000 FCFA, a 30% deposit by Wave or Orange Money to book, the sheep back on the site when no deposit comes within 24 hours, the rest paid before delivery, delivery in Dakar and the suburbs 5 000 FCFA and free in Keur Massar, deliveries only the two days before Tabaski, 2 000 FCFA a day for feed when the customer wants the sheep kept till Tabaski, bookings closed 3 days before Tabaski, another sheep or all the money back when a sheep falls sick or dies before delivery; records told in sentences ('Ci xar bu nekk, dañuy bind …'), every booking one customer's for one sheep; WhatsApp and a cahier today; the butchers who slaughter on the day 'loolu du sunu affaire', the feed sold in the shop 'bul ko def'; the quartier taken off the customers and the Wave number added to the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Salamaalekum. Maa ngi tudd Moussa Diop, dama dëkk Keur Massar. Man ak sama rakk Ousmane, dañuy def embouche ci sunu kër: dañuy jënd xar, dundal leen ay weer, jaay leen ci Tabaski. Léegi lépp ci WhatsApp la ak benn cahier. Daaw, ñaari client fey nañu avance ci benn xar, te kenn xamul ba bés ba ñu ko wara jël. Ousmane moo xam informatique, dafa wax ni nañu def benn site: client yi di gis xar yi ak seen photo ak seen prix, te ñu réserver ci internet.",
      walkthrough:
        "Nii lay doxe:\n\nXar bu nekk am na numéro, photo, race (ladoum, bali-bali walla touabir), poids ak prix bu ko moom. Xar bi gën a yomb, 150 000 FCFA la.\n\nNgir réserver, client bi dafay fey avance 30% ci Wave walla Orange Money.\n\nSu client bi feyul avance bi ci biir 24 heures, xar bi dellu ci site bi.\n\nDes bi, client bi dafa koy fey balaa livraison.\n\nLivraison ci Dakar ak banlieue, 5 000 FCFA la. Ci Keur Massar, gratuit la.\n\nLivraison yi, ñaari fan yi jiitu Tabaski rekk lañuy def.\n\nSu client bi bëggee nu denc xar bi ba Tabaski, dafay fey 2 000 FCFA bés bu nekk ngir lekk bi.\n\nDañuy tëj réservation yi 3 fan balaa Tabaski.\n\nSu xar bi feebaree walla mu dee balaa livraison, client bi mën na jël weneen xar, walla ñu delloo ko xaalisam lépp.",
      things:
        "Ci xar bu nekk, dañuy bind numéro bi, photo bi, race bi, poids bi ak prix bi. Ci client bu nekk, tur bi, téléphone bi ak quartier bi. Ci réservation bu nekk, client bi, xar bi, avance bi, des bi ak livraison walla déet. Réservation bu nekk benn client la ak benn xar.",
      thingsChange:
        "Dindil quartier bi ci client yi, soxlawunu ko. Te yokkal numéro Wave bi ci réservation yi, ngir xam kan moo fey.",
      extras: [
        "Boucher yi di rendi xar yi bés Tabaski, loolu du sunu affaire. Te aliment bi ñuy jaay ci boutique bi, bul ko def ci site bi.",
        "Loolu la rekk. Jërëjëf!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "Man ak Ousmane rekk ñoo koy gis lépp. Client yi soxlawuñu compte, dañuy réserver rekk.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "150 000 FCFA",
        "avance 30% Wave Orange Money",
        "24 heures dellu site",
        "des balaa livraison",
        "Dakar banlieue 5 000 FCFA",
        "Keur Massar gratuit",
        "ñaari fan jiitu Tabaski",
        "2 000 FCFA bés bu nekk lekk",
        "tëj 3 fan balaa Tabaski",
        "feebaree dee weneen xar xaalis",
      ],
      tables: [
        { name: "xar", fields: ["numéro", "photo", "race", "poids", "prix"] },
        { name: "client", fields: ["tur", "téléphone"] },
        {
          name: "réservation",
          fields: ["client", "xar", "avance", "des", "livraison", "numéro Wave"],
        },
      ],
      excluded: ["boucher", "aliment"],
      background: ["cahier", "WhatsApp"],
    },
  },
];
