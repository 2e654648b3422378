import type { Persona } from "../persona-driver.js";

/**
 * The twenty-seventh held-out round, written without reading the interviewer and never
 * run or tuned on before its first unseen run (bench/results/personas-unseen-round-27.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes on lines, in parentheses, numbered, or told in
 * long sentences. Eight write in English, each in their own English and their own
 * register, none of them used before: Orkney English from Stromness ("whit like", "oot o
 * Stromness", "peedie", "hid's", "naebody", "canna", "afore", "I'd be fair blide",
 * "I'm no wanting that in hid", "leave that oot", "Thanks, buddo"), Belizean English
 * leaning on Kriol ("Mi name", "I da di secretary", "di fishermen dehn", "pan di cayes",
 * "haffi", "nuh", "ih", "dat a next ting", "nuh put dat een", "da dat", "Tenk yu"), Manx
 * English from Peel ("Moghrey mie", "the ould fella", "across", "comeovers", "the
 * Boat", "it'd want to", "like", "traa dy liooar", "keep it out of it", "Gura mie ayd"),
 * formal Cameroonian English from Buea with a little Pidgin ("Good day", "Permit me to
 * explain", "What I require", "Kindly note", "attracts a fine", "chop the njangi", "Sheh",
 * "I would be grateful if they were left out", "God bless"), Outer Banks English from
 * Ocracoke, rambling ("O'cocker", "dingbatters from up the beach", "mommucked",
 * "quamished", "young'uns", "a-blowin'", "that ain't got nothin' to do with us", "hoi
 * toide on the saund soide"), Falkland Islands English from camp on the West, terse
 * ("in camp", "smoko", "the Coaster", "dear", "wants flagging", "different thing, not in
 * this", "Cheers"), Namibian English from Windhoek ("eish", "ja", "nè", "we're sitting
 * with", "just now", "leave it out", "thanks hey") and Tongan English from Neiafu ("Malo
 * e lelei", "the palangi", "we were so shame", "the Digicel", "not in this one", "Malo
 * 'aupito"). One writes in Afrikaans (never used before, as a Stilbaai caravan park's
 * manager types it, with the words South Africans really use: "staanplekke", "krag",
 * "Excel-lêer", "WhatsApp", "webwerf", "deposito", "kar", "Airbnb", "los dit uit"), and
 * one in Welsh itself (never used before, only Welsh English, as the distribution
 * secretary of a papur bro in Dyffryn Aeron types it, with its mutations and "Excel",
 * "e-bost", "gwefan", "llyfr cownt", "Word"). What varies is the kind of software, the
 * domain and the length of the answers: web apps for a Scapa Flow dive boat (twelve places
 * a day, a £150 deposit and the rest six weeks before, a day lost to the weather not
 * charged, the deep battleships only with a deep qualification and 50 logged dives,
 * fills ordered the night before, every dive's wreck, depth and time for every diver),
 * an Ocracoke charter fleet (a half day inshore at $700 and a full day to the Gulf Stream
 * at $1,800, six passengers and not one more, no young'uns under 8 offshore, a $200
 * deposit given back only when the captain calls it for weather, a text the day before
 * with the dock time and the ferry times, every captain's week, the mate's catch report
 * with a picture), a Stilbaai caravan park's stands (R350 a night for up to 6 people and
 * R60 for each more, 7 nights at least over the December holiday, a 50% deposit within 7
 * days or the booking lapses, R200 kept on a cancellation more than 30 days ahead, no pets
 * in December, the gate guard's list of who comes in today) and a Welsh community
 * newspaper's distribution (ten issues a year and none in August or January, a list for
 * every distributor, copies sold in the village shops at £1 and the unsold ones counted
 * back, subscribers by post at £20 a year and £35 abroad with an email a month before
 * the subscription ends, address labels every month); phone apps for a Belize fishermen's
 * co-op's receiving station out on the cayes with no signal (no lobster tail under 4
 * ounces, no lobster from February 15 to June 14 and no conch from July 1 to September 30,
 * fuel and ice on credit taken out of the catch, a payout every two weeks, the second
 * payment by the pounds of the season) and a Vava'u whale swim business's trips (450
 * pa'anga each, July to October only, 4 swimmers in the water with the guide, 300 metres
 * off when another boat is with the whales, an hour and a half with the same whales, no
 * one in the water by a resting mother and calf, a free trip again when no whale is seen,
 * the guide's sightings); a Rust command-line tool for a Falklands farm's shearing (£2.40
 * a sheep and rams double, crutching at half rate, every bale with the farm brand,
 * number, class and kg, light bales under 110 kg, the broker's consignment file, each
 * shearer's pay for the week), with commands and flags; a service without screens that a
 * Buea njangi's WhatsApp bot and treasurer's application call (20,000 FCFA a month, two
 * names paying twice, the order drawn at the start of the cycle, a 2,000 FCFA fine after
 * the meeting day, loans at 10 percent for three months and never more than twice the
 * savings, nobody owing taking their month, the December share-out); a program on a Peel
 * kipper house's Windows computer (a batch for every boat's herring, boxes of 2, 4 or 6
 * pair, a label and the batch number on every box, posted Monday to Wednesday only,
 * nothing sold more than 5 days after smoking, the season's pairs by box); and a Java
 * library in a Maven repository that works out a Namibian farm worker's monthly pay
 * (overtime at 1.5 times, Sundays and public holidays double, an error under the minimum
 * wage, SSC at 0.9 percent and never over N$99, PAYE from the NamRA tables and none under
 * N$100,000 a year, deductions cut to a third of the pay, rounded to the cent, every
 * amount separately for the payslip). The charter captain and the kipper man answer at
 * length, the farm manager in a few short lines each time, the others in between.
 * Relations said plainly ("every booking's for the one diver", "every catch belong to one
 * fisherman", "every order goes to the one customer", "each contribution belongs to one
 * member", "every booking's for one boat", "each bale on one shipment", "every booking is
 * for one trip", "elke bespreking is vir een gas en een staanplek", "mae pob rownd yn
 * perthyn i un dosbarthwr"); background in a big diary and a whiteboard in the shed, a
 * copybook, a card index box, a hardcover exercise book, an answering machine, the old
 * ledger, a paper on the fridge and WhatsApp, a dagboek and an Excel-lêer, a llyfr cownt
 * and Excel; technology named as Android, Windows, Laravel with MySQL, Rust, Java with
 * Maven; "no" said as "I'm no wanting that in hid", "leave that oot", "leave it out", "nuh
 * put dat een", "keep it out of it", "we're not doing tours", "I would be grateful if
 * they were left out", "do not concern this service either", "that ain't got nothin' to
 * do with us", "I don't want none of that on there", "no", "different thing, not in
 * this", "the farmer decides that himself", "not in this one", "leave that", "los dit
 * uit", "dit hoort nie hier nie", "peidiwch â'u rhoi nhw i mewn", "na"; while rules keep
 * their "no" ("naebody goes doon on them withoot", "wi nuh tek it", "we only post Monday
 * to Wednesday", "no member may borrow more than twice", "six passengers and not a one
 * more", "no young'uns under 8", "we don't pay anybody under that", "nobody goes in the
 * water", "geen troeteldiere in Desember nie", "does dim rhifyn ym mis Awst"). The dive
 * boat's skipper takes the phone off the divers and adds their insurance number, the
 * kipper man takes the phone off the customers and adds a gift message to the orders,
 * and the caravan park's manager moves the vehicle registration from the guests to the
 * bookings, each after "Change something" at "Your data"; the co-op's secretary adds the
 * boat to every catch, the njangi's president the next of kin to every member and the
 * papur bro's secretary a phone number to every distributor, each at the review. The
 * score compares Afrikaans and Welsh as they are written, in Latin letters without their
 * accents, so their expected words are in the forms the person used (mutated where she
 * mutated them, as "dramor"), and the excluded words of all ten were checked not
 * to read like anything they want.
 */
export const TWENTY_SEVENTH_ROUND: readonly Persona[] = [
  {
    id: "scapa-dive-boat",
    who: "The skipper of a dive boat out of Stromness, in Orkney English: a website where divers book a place for a week (Saturday to Saturday) or single days on the German wrecks of Scapa Flow, twelve places a day and no more, a £150 deposit for a week and the rest six weeks before, a day the weather keeps the boat in not charged and taken off the balance, the two wrecks picked every morning by the weather and the tide, nobody down on the three battleships at 35 to 45 metres without a deep qualification and 50 logged dives, air or nitrox fills ordered the night before for the compressor, every dive's wreck, depth and time written down for every diver; records in brackets, every booking for one diver; a big diary and a whiteboard in the shed today; the B&Bs and the hostel 'I'm no wanting that in hid', the hoodies and mugs 'leave that oot'; the phone taken off the divers and their dive insurance number added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Aye, whit like. Magnus Flett here, I skipper the dive boat Selkie Lass oot o Stromness. We tak divers oot tae the German wrecks in Scapa Flow fae April tae October, and maist o them come up on the ferry fae Scrabster for a week at a time. Just noo hid's aal in a big diary and on the whiteboard in the shed, and the wife takes the bookings on the phone and by email, and every year there's some boy standing on the pier wi his kit that's no in the diary at aal. I'd like a website whar the divers book their place on the boat theirsels and I can see wha's coming. I'd be fair blide o that.",
      walkthrough:
        "A diver books either a whole week, Saturday tae Saturday, or single days if they're local or just passing. There's twelve places on the boat a day and no more, that's the licence. For a week they pay a £150 deposit when they book, and the rest six weeks afore they come. Every morning I pick the two wrecks for the day by the weather and the tide, and if the weather's that bad we canna go oot, naebody pays for that day, hid comes aff their balance.\n\nThe three big battleships, the König, the Markgraf and the Kronprinz Wilhelm, lie at 35 tae 45 metres, so naebody goes doon on them withoot a deep qualification and 50 logged dives. I've had folk tell me lies aboot that, and hid's no a joke at that depth. Every diver orders their air or nitrox fills the night afore, so the boy in the peedie compressor hoose kens whit tae fill. And after every dive I want tae write doon for every diver the wreck, how deep and how long, so I ken wha's been whar afore they ask tae go deeper.",
      things:
        "Divers (name, email, phone, qualification, logged dives, next of kin). Bookings (diver, week, days, deposit, balance paid). Wrecks (name, depth, deep or no). Fills (diver, date, air or nitrox, how many). Dives (diver, wreck, date, depth, time). Every booking's for the one diver, and a diver can book as mony weeks as they like.",
      thingsChange:
        "Tak the phone aff the divers, email's fine for that. And put their dive insurance number on, naebody goes in the water in the Flow withoot insurance.",
      extras: [
        "The beds, the B&Bs and the hostel and that, folk book their own, I'm no wanting that in hid. And the hoodies and the mugs wi the boat on them that the wife sells at the pier, na, leave that oot.",
        "No, that's hid. Thanks, buddo.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the wife log in for the office side, and the divers log in tae see their booking and order their fills.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "twelve places a day",
        "£150 deposit",
        "rest six weeks",
        "two wrecks weather tide",
        "weather day balance",
        "deep qualification 50 logged dives",
        "fills night",
        "every dive wreck how deep how long",
      ],
      tables: [
        {
          name: "divers",
          fields: ["name", "email", "qualification", "logged dives", "next of kin", "insurance number"],
        },
        { name: "bookings", fields: ["diver", "week", "days", "deposit", "balance paid"] },
        { name: "wrecks", fields: ["name", "depth"] },
        { name: "fills", fields: ["diver", "date"] },
        { name: "dives", fields: ["diver", "wreck", "date", "depth", "time"] },
      ],
      excluded: ["hostel", "hoodie", "mug"],
      background: ["diary", "whiteboard"],
    },
  },
  {
    id: "caye-lobster-coop",
    who: "The secretary of a fishermen's co-op based in Belize City, in Belizean English leaning on Kriol: a phone app for the receiving station out on the cayes where there is no signal, every catch put in with the fisherman, lobster tail, whole lobster or conch, the pounds and the week's price, any lobster tail under 4 ounces refused, no lobster taken in from February 15 to June 14 and no conch from July 1 to September 30, fuel and ice given on credit and taken out of the catch, a payout every two weeks of the catch minus the credit, the second payment at the season's end shared by the pounds every member brought, everything sent when the boat is back in town; records after dashes on lines, every catch belonging to one fisherman; a copybook today; the snapper and grouper sold to the hotels 'dat a next ting, leave it out', the members' meeting and the vote 'nuh put dat een'; Android; the boat added to every catch at the review",
    says: {
      overview:
        "Good day. Mi name Delroy Gentle, I da di secretary fi di Reef Line Fishermen Co-op. Wi base da Belize City but di fishermen dehn camp out pan di cayes di whole season, wi get bout 90 members. Right now wen di boat come een, di receiving man write everyting inna one copybook, di pounds, di price, who bring it, an wen dat copybook reach Belize City half a di page dehn wet up an nobody could read it. Wi want one app pan di phone fi di receiving station out da di caye, but out deh no signal at all, so it haffi work without it an send everyting wen di boat reach back a town.",
      walkthrough:
        "Wen a fisherman bring in ih catch, di receiving man weigh it an put it een: lobster tail, whole lobster or conch, di pounds an di price wi di pay dat week. Any lobster tail under 4 ounce, wi nuh tek it, di app haffi refuse it, dat da di law an Fisheries wah fine di co-op. Lobster season close from February 15 to June 14, an conch close from July 1 to September 30, so in dem time di app nuh fi mek nobody put een lobster or conch.\n\nDi co-op give di fishermen fuel an ice pan credit before dehn go out, an wi tek it out a di catch wen dehn bring een. Every two week wi pay out, di catch minus di credit. End a di season wi share out di profit as di second payment, by how much pound every member bring een di whole season. Dat da weh di big argument always deh.",
      things:
        "- Fishermen: name, licence number, village, phone\n- Boats: name, registration number, captain\n- Catches: fisherman, date, kind, pounds, price\n- Credits: fisherman, date, fuel, ice, amount\nEvery catch belong to one fisherman, an one fisherman bring plenty catch.",
      extras: [
        "Di fish fillet, di snapper an grouper weh wi sell to di hotels dem a San Pedro, dat a next ting, leave it out. An di members meeting an di vote fi di board, no, nuh put dat een.",
        "No, da dat. Tenk yu.",
      ],
      tech: "Android. Everybody ya got Android phone.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Di receiving men, me an di treasurer. Di fishermen nuh need fi log in.",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    atReview: [
      "One more ting. Put di boat pan every catch too, which boat bring it een, cause sometime two fishermen go out pan di same boat. Da dat, tenk yu.",
    ],
    expect: {
      kind: "mobile app",
      features: [
        "lobster tail under 4 ounce refuse",
        "lobster February 15 June 14",
        "conch July 1 September 30",
        "fuel ice credit",
        "every two week catch minus credit",
        "second payment pound season",
      ],
      tables: [
        { name: "fishermen", fields: ["name", "licence number", "village", "phone"] },
        { name: "boats", fields: ["name", "registration number", "captain"] },
        { name: "catches", fields: ["fisherman", "date", "kind", "pounds", "price", "boat"] },
        { name: "credits", fields: ["fisherman", "date", "fuel", "ice", "amount"] },
      ],
      excluded: ["snapper", "hotel", "vote"],
      background: ["copybook"],
      stack: ["Android"],
    },
  },
  {
    id: "peel-kipper-house",
    who: "The owner of a kipper house on the quay at Peel, in Manx English, at length: a program on the back office's Windows computer, where the internet goes when the wind's up, every morning's herring off the boat a batch with its number, the boat, the weight of herring in, the day it's smoked and the pairs out of it, kippers in boxes of 2, 4 or 6 pair, an order put in with the customer and the box, the address label printed on the day it's posted and the batch number on every box, posting only Monday to Wednesday, nothing sold or posted more than 5 days after smoking and a warning as it gets near, the season's pairs sold by box and where to; records after colons inline, every order to one customer; a card index box today; the café next door 'keep it out of it', tours of the smokehouse 'we're not doing tours'; Windows; the phone taken off the customers and a gift message added to the orders after 'Change something' at 'Your data'",
    says: {
      overview:
        "Moghrey mie. Juan Cregeen, I've the kipper house down on the quay at Peel, it was my grandfather's and then the ould fella's before me. We smoke the herring over oak chips the old way, and from May to September we post kippers all over, mostly across to England and Scotland, and to the Manx people away in Canada and that. The orders come in by phone and the post and the email and they're all on cards in a card index box, and my daughter types the labels one at a time. It's a bit of a mess, like. I'd like a program for the computer in the back office, but the internet goes every time the wind's up, so it'd want to work on the computer itself.",
      walkthrough:
        "Every morning in the season the herring come off the boat and that's a batch. We give it a number, and it has the boat, the weight of herring in, the day it's smoked and how many pair we get out of it. The kippers go in boxes of 2 pair, 4 pair or 6 pair. When an order comes in I put it in with the customer and the box, and on the day it's posted the program should print the address label, and the batch number goes on every box, so if there's ever a complaint we know which herring it was.\n\nWe only post Monday to Wednesday, so nothing sits in a sorting office across over the weekend and goes off. Nothing is sold or posted more than 5 days after it was smoked, and the program should tell me what's getting near that. And at the end of the season I want to see how many pair we sold of each box and where to, the Island, across or abroad. Traa dy liooar, there's no big rush, the season's over now and the comeovers have all gone home on the Boat.",
      things:
        "Customers: name, address, postcode, phone. Orders: customer, box, date ordered, date posted, paid. Batches: number, boat, herring in, smoked on, pairs. Boxes: size, price. Every order goes to the one customer, and some customers order every year the same week, TT week.",
      thingsChange:
        "Take the phone off the customers, we never ring them anyway. And put a gift message on the orders, half of them are presents for somebody across and they want a wee note in the box.",
      extras: [
        "The café next door is my sister's, keep it out of it. And the comeovers off the cruise ships keep asking about tours of the smokehouse, we're not doing tours, not in this anyway.",
        "No, that's the lot. Gura mie ayd.",
      ],
      tech: "It's Windows, a Dell my son-in-law got us.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No logins, it's only me and my daughter on it.",
      Technology: "I have preferences",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "desktop app",
      features: [
        "batch number boat herring",
        "boxes 2 pair 4 pair 6 pair",
        "print the address label",
        "batch number every box",
        "post Monday to Wednesday",
        "5 days after smoked",
        "end of the season pair sold each box",
      ],
      tables: [
        { name: "customers", fields: ["name", "address", "postcode"] },
        {
          name: "orders",
          fields: ["customer", "box", "date ordered", "date posted", "paid", "gift message"],
        },
        { name: "batches", fields: ["number", "boat", "herring in", "smoked on", "pairs"] },
        { name: "boxes", fields: ["size", "price"] },
      ],
      excluded: ["café", "tour"],
      background: ["card index"],
      stack: ["Windows"],
    },
  },
  {
    id: "buea-njangi-service",
    who: "A retired headmaster who presides over a njangi (rotating savings group) in Buea, in formal Cameroonian English with a little Pidgin: a service without screens that his nephew's WhatsApp bot and the treasurer's application call, 20,000 FCFA from every member every month before the meeting on the last Sunday, a member holding two names paying twice and receiving twice, the order of who receives each month drawn at the start of the cycle and kept, contributions by MTN Mobile Money or Orange Money with the reference and a receipt on WhatsApp, a 2,000 FCFA fine for a contribution after the meeting day, loans from the savings at 10 percent interest repaid within three months and never more than twice what the member saved, a member who owes passing his month to the next person, the December share-out of savings and interest by what each saved; numbered records, each contribution belonging to one member and each member to one group; a hardcover exercise book today; the funeral contributions 'I would be grateful if they were left out', elections and voting 'do not concern this service either'; Laravel with MySQL; the next of kin added to every member at the review",
    says: {
      overview:
        "Good day. I am Mr. Ebenezer Ayuk Tabi, a retired headmaster in Buea, and I am the president of the Fako Progressive Njangi, which has 48 members in two groups. Permit me to explain our difficulty. At present the secretary records everything in a hardcover exercise book and the treasurer keeps the money in his bag and on his telephone, and at each meeting we lose one full hour counting and quarrelling. Sheh, it is not easy. My nephew Clovis is building a WhatsApp bot for the members and a small application for the treasurer. What I require from you is the service in the middle which both of them will call. It has no screens of its own.",
      walkthrough:
        "Each member contributes 20,000 FCFA every month, before the meeting on the last Sunday. A member may hold two names, in which case he pays twice and receives twice. At the start of each cycle the order of who receives the njangi each month is drawn, and the service must keep that order. The contributions come by MTN Mobile Money or Orange Money with the reference, and the member must receive a receipt on WhatsApp.\n\nKindly note the following rules. A contribution received after the meeting day attracts a fine of 2,000 FCFA. Members may borrow from the savings at 10 percent interest, to be repaid within three months, and no member may borrow more than twice what he has saved. A member who owes a contribution or a loan cannot chop the njangi, as we say, until he has paid, and his month passes to the next person. In December we do the share-out: each member receives his savings with the interest, shared according to what he saved.",
      things:
        "1. Members: full name, phone number, town, date joined.\n2. Groups: name, contribution, meeting day.\n3. Contributions: member, month, amount, reference, date paid.\n4. Loans: member, amount, date, interest, date repaid.\n5. Rotation: group, member, month.\nEach contribution belongs to one member, and each member belongs to one group.",
      extras: [
        "The funeral contributions, when a member loses a relation, are handled by the family meeting separately. I would be grateful if they were left out. The elections of the executive and the voting do not concern this service either.",
        "No, that is all. Thank you very much, and God bless.",
      ],
      tech: "Clovis says Laravel with MySQL, it is what he knows.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No logins for persons. The WhatsApp bot and the treasurer's application will each have their own key.",
      Technology: "I have preferences",
      "Back end": "PHP with Laravel",
      Database: "MySQL",
    },
    atReview: [
      "Before I approve it, kindly add the next of kin to each member. Should a member pass away, his savings must go to that person. That is all, thank you.",
    ],
    expect: {
      kind: "api service",
      features: [
        "20,000 FCFA every month",
        "two names pays twice",
        "order drawn start of each cycle",
        "Mobile Money Orange Money reference",
        "receipt on WhatsApp",
        "after the meeting day fine 2,000 FCFA",
        "borrow 10 percent interest three months",
        "more than twice saved",
        "owes month passes next person",
        "December share-out savings interest",
      ],
      tables: [
        {
          name: "members",
          fields: ["full name", "phone number", "town", "date joined", "next of kin"],
        },
        { name: "groups", fields: ["name", "contribution", "meeting day"] },
        { name: "contributions", fields: ["member", "month", "amount", "reference", "date paid"] },
        { name: "loans", fields: ["member", "amount", "date", "interest", "date repaid"] },
        { name: "rotation", fields: ["group", "member", "month"] },
      ],
      excluded: ["funeral", "election", "voting"],
      background: ["exercise book"],
      stack: ["Laravel", "MySQL"],
    },
  },
  {
    id: "ocracoke-charters",
    who: "A charter captain born on Ocracoke who runs three boats out of Silver Lake with his two sons, in Outer Banks English, rambling: a website where folks book a trip themselves, a half day inshore of four hours at $700 a boat and a full day offshore to the Gulf Stream of ten hours at $1,800, six passengers and not one more (the six-pack licence), no children under 8 on the Gulf Stream trip, the boat, day, trip and how many chosen and a $200 deposit paid, the deposit kept on a no-show or a change of mind but all given back when the captain calls it for weather, a text the day before with the time to be at the dock and the ferry times, every captain seeing his week, the mate putting in the catch with a picture after the trip; records told in long sentences, every booking for one boat; an answering machine and a book by the phone today; the nephew's kayak rentals 'that ain't got nothin' to do with us', the gift shop 'I don't want none of that on there'",
    says: {
      overview:
        "Well hey there. I'm Rudy Garrish, born and raised on Ocracoke, my people been on this island since way back, O'cocker through and through. I run three charter boats out of Silver Lake, me and my two boys, inshore and offshore out to the Gulf Stream. Now the way it works today, folks call the house and leave a message on the answering machine, and my wife Darlene writes it in the book by the phone, and half the time she can't make out the number off the machine. Last July we had two parties show up for the same boat on the same morning, both of 'em dingbatters from up the beach who'd drove six hours and took the ferry over, and buddy let me tell you, I was mommucked all day over that. So what I want is a website where folks can book their trip theirselves and pay the deposit, and my boys can see what they got coming.",
      walkthrough:
        "So you got two trips. There's the half day inshore, four hours in the sound and around the inlet, for drum and trout and blues, that's $700 for the boat. Then there's the full day offshore out to the Gulf Stream, ten hours, mahi and tuna and wahoo, and that's $1,800. Either one, six passengers and not a one more, that's what my captain's license says, the six-pack, and the Coast Guard don't play. No young'uns under 8 on the Gulf Stream trip neither, it's a long old ride out there and they get quamished and then the whole boat's got to come back in.\n\nWhen they book they pick the boat and the day and the trip and how many's coming, and they pay a $200 deposit. That deposit they don't get back if they just don't show or change their mind, but if it's a-blowin' and the captain calls it for weather, they get every cent of it back, that's only right. The day before, it ought to send 'em a text with what time to be at the dock, 6 o'clock for offshore, and the ferry times, 'cause the ones staying over on Hatteras miss that ferry more than you'd believe. Each one of my boys ought to see his week, what trips he's got and how many people. And after the trip the mate puts in what they caught with a picture so we can put it up for folks to see, that's what sells the next trip.",
      things:
        "Well there's the boats, each one's got a name, a captain and her length. The captains, that's me and the boys, with our phone and our license number. Then the bookings, that's the name of whoever booked, their phone and their email, the day, the boat, which trip, how many people and the deposit. And the catch reports, that's the booking, what fish, the weight and the picture. Every booking's for one boat, and a boat's got a whole summer of 'em.",
      extras: [
        "Now the kayak rentals my nephew does down by the Community Store, that ain't got nothin' to do with us, leave it out. And the gift shop with the t-shirts and the hats, naw, I don't want none of that on there.",
        "Naw, that's about got it. Thank you kindly, and it's hoi toide on the saund soide, like we say.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the boys and Darlene log in. Folks booking a trip don't need no account, they just book it.",
    },
    expect: {
      kind: "web app",
      features: [
        "half day inshore $700",
        "full day Gulf Stream $1,800",
        "six passengers",
        "under 8 Gulf Stream",
        "$200 deposit",
        "weather deposit back",
        "text day before dock ferry times",
        "his week trips",
        "mate caught picture",
      ],
      tables: [
        { name: "boats", fields: ["name", "captain", "length"] },
        { name: "captains", fields: ["phone", "license number"] },
        { name: "bookings", fields: ["name", "phone", "email", "day", "boat", "trip", "deposit"] },
        { name: "catch reports", fields: ["booking", "fish", "weight", "picture"] },
      ],
      excluded: ["kayak", "gift shop"],
      background: ["answering machine"],
    },
  },
  {
    id: "falklands-shearing-tally",
    who: "The manager of a sheep farm in camp on West Falkland, in Falkland Islands English, terse: a Rust command-line tool on the farm laptop (satellite internet, dear) for the shearing, shearers paid £2.40 a sheep with rams double and crutching at half rate, smoko not paid, the day's tally off the board read in, every bale with the farm brand, a number, the class and the kg, bales under 110 kg flagged as light, the bales going on a shipment on the Coaster and the consignment file for the broker with every bale, each shearer's pay at the end of the week; records after colons inline, each bale on one shipment; the old ledger today; mutton for the cookhouse 'no', dipping and the ewe records 'different thing, not in this'; commands and flags; Rust",
    says: {
      overview:
        "Fiona McKay. I manage a sheep farm in camp on West Falkland, 9,000 sheep or so. Shearing's December to February, a gang of 6 shearers. Tally's kept in pencil on the board and in the old ledger, and I work out the pay and the bale list by hand at night. Want a command-line program for the farm laptop. Internet's satellite and dear, so nothing online.",
      walkthrough:
        "Shearers paid per sheep. £2.40 a sheep, rams double. Crutching is half rate. Smoko's not paid, obviously.\n\nClasser puts the fleeces into lines, presser makes the bales. Every bale gets the farm brand, a number, the class and the kg. Anything under 110 kg is a light bale and wants flagging. When the Coaster's due the bales go on a shipment to Stanley and on to the broker in the UK. I need the consignment file for the broker, every bale on it.\n\nEnd of each week, each shearer's pay.",
      commands:
        "Son-in-law at Fisheries in Stanley says: clip tally import <file> --date, for the day's tally off the board. clip pay --week 3 for the shearers' pay. clip bale add --class AA --kg 182. clip bales --light for the light ones. clip consign --shipment 12 writes the broker's file.",
      things:
        "Shearers: name, rate. Tallies: shearer, date, sheep, rams, crutched. Bales: number, class, kg, shipment. Shipments: number, date, broker. Each bale on one shipment.",
      extras: [
        "Mutton for the cookhouse, no. Dipping and the ewe records, different thing, not in this.",
        "No. Cheers.",
      ],
      tech: "He says Rust. Keep it all on the laptop in a file.",
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
        "£2.40 a sheep",
        "rams double",
        "crutching half rate",
        "bale farm brand number class kg",
        "under 110 kg light",
        "consignment file broker",
        "each shearer's pay week",
      ],
      tables: [
        { name: "shearers", fields: ["name", "rate"] },
        { name: "tallies", fields: ["shearer", "date", "sheep", "rams", "crutched"] },
        { name: "bales", fields: ["number", "class", "kg", "shipment"] },
        { name: "shipments", fields: ["number", "date", "broker"] },
      ],
      excluded: ["mutton", "dipping"],
      background: ["ledger"],
      stack: ["Rust"],
      commands: [
        "tally import",
        "pay",
        "bale add",
        "bales",
        "consign",
        "--date",
        "--week",
        "--class",
        "--kg",
        "--light",
        "--shipment",
      ],
    },
  },
  {
    id: "farm-payroll-library",
    who: "A developer at a Windhoek accounting firm that does the payroll for about 60 commercial farms, in Namibian English: a Java library in the firm's own Maven repository that the web payroll system and the farmers' desktop program both call to work out a farm worker's pay for the month, from the basic wage, the hours, the overtime hours, the Sundays and public holidays worked and the farm's deductions, overtime at 1.5 times the hourly rate, Sundays and public holidays double, an error when the basic is under the farm worker minimum wage, SSC at 0.9 percent of the basic wage and never more than N$99 a month, PAYE from the NamRA tax tables passed in every year and none for anybody under N$100,000 a year, the farm shop credit and rations cut to a third of the pay and said so, everything rounded to the cent, every amount given back separately for the payslip; the two programs each working it out their own way today; the pension fund 'leave it out', the thirteenth cheque bonus 'the farmer decides that himself'; Java and Maven",
    says: {
      overview:
        "Hallo! I'm Ndeshi Amutenya, I'm a developer at an accounting firm in Windhoek. We do the payroll for about 60 commercial farms, cattle and game farms mostly, Omaheke and Otjozondjupa side. The farms that do their own payroll use our desktop program, the rest we run in our web system, and eish, the two work out the pay a bit differently, so we're sitting with farm workers who get N$40 more on one farm than the neighbour for the same hours. I want one library that works out a farm worker's pay for the month, that both of them use. Just the calculation, ja, no screens, no database.",
      walkthrough:
        "You give it the worker's basic wage, the hours, the overtime hours, the Sundays and public holidays worked, and what the farm deducts. Overtime is 1.5 times the hourly rate, Sunday work is double, and public holidays also double. If the basic comes out under the farm worker minimum wage it must throw an error, we don't pay anybody under that, nè.\n\nSSC is 0.9 percent of the basic wage, but never more than N$99 a month. PAYE comes from the NamRA tax tables, which we pass in every year, and nobody earning under N$100,000 a year pays tax. The farm shop credit and the rations the farmer deducts can never come to more than a third of the pay, if it's more the library must cut it to a third and say so. Everything is rounded to the cent. And it must give back every amount separately, the overtime, the Sunday pay, SSC, PAYE, each deduction, so the payslip can be printed with every line. I'll send you the tax tables just now.",
      extras: [
        "The pension fund, the fund administrator does their own calculation, leave it out. And the thirteenth cheque, the bonus in December, no, the farmer decides that himself.",
        "No, that's all. Thanks hey!",
      ],
      tech: "Java 21, both programs are on Java already. No outside libraries if you can, it goes in our own Maven repository.",
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
        "overtime 1.5 times",
        "Sunday double",
        "public holidays double",
        "minimum wage error",
        "SSC 0.9 percent N$99",
        "PAYE NamRA tax tables",
        "N$100,000 a year",
        "third of the pay",
        "rounded to the cent",
        "every amount separately payslip",
      ],
      tables: [],
      excluded: ["pension", "bonus"],
      stack: ["Java", "Maven"],
    },
  },
  {
    id: "vavau-whale-swims",
    who: "A woman who runs a whale swim business with her husband's two boats in Neiafu, Vava'u, in Tongan English: a phone app for her, the skippers and the guides where the Digicel reaches, a trip booked by a guest on a day at 450 pa'anga each with lunch on the boat, every trip with a boat, a skipper and a guide, trips only from July to October, the government's whale rules (only 4 swimmers in the water at one time with the guide, 300 metres off when another boat is already with the whales, no more than an hour and a half with the same whales, nobody in the water by a resting mother and calf), a guest who sees no whale coming again another day for free, the guide writing the sightings after every trip for the whale researcher; records told in sentences, every booking for one trip; a paper on the fridge and WhatsApp today; the fishing charters 'not in this one', the kava nights 'leave that'",
    says: {
      overview:
        "Malo e lelei! My name is Mele Vaipulu, me and my husband Tevita have a whale swim business in Neiafu, Vava'u, with two boats. The humpbacks come from July to October to have their babies here, and the palangi come from all over the world to swim with them. Now the bookings are in the WhatsApp and on a paper on the fridge at our house, and the skippers don't know how many guests until the morning, and last season we put seven people on a boat that only takes six, we were so shame. I want an app on the phone for me and the skippers and the guides. In the harbour and around Neiafu the Digicel is good, so it can use the internet.",
      walkthrough:
        "The guest books a trip on a day, the trip is 450 pa'anga each with lunch on the boat. Every trip has a boat, a skipper and a guide. It is only July to October, outside the season there is no trip to book.\n\nThe rules of the government for the whales, we must follow them or we lose the licence: only 4 swimmers in the water at one time, with the guide, never more. If another boat is already with the whales, we wait 300 metres away till they finish. No more than one and a half hours with the same whales. If it is a mother and calf resting, nobody goes in the water, we only watch from the boat. If we don't see any whale on the day, the guest can come again another day for free.\n\nAfter every trip the guide writes the sightings, what time, how many whales, if there is a calf, and where, because the whale research lady at the marina asks for them every month.",
      things:
        "The guests have their name, the country, the email and how good they swim. The trips have the date, the boat, the skipper and the guide. The bookings are the guest, the trip and if they paid. The boats have the name and how many guests, six or eight. And the sightings are the trip, the time, how many whales, calf or no, and the place. Every booking is for one trip, and one trip have many bookings.",
      extras: [
        "The fishing charters is my brother-in-law's business, not in this one. And the kava nights at the resort, no, leave that.",
        "No, that's all. Malo 'aupito!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts:
        "Me and Tevita, the two skippers and the guides. The guests don't use it, I put the booking for them.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "450 pa'anga each",
        "July to October",
        "4 swimmers in the water",
        "wait 300 metres",
        "one and a half hours same whales",
        "mother and calf resting",
        "whale come again free",
        "guide writes the sightings",
      ],
      tables: [
        { name: "guests", fields: ["name", "country", "email"] },
        { name: "trips", fields: ["date", "boat", "skipper", "guide"] },
        { name: "bookings", fields: ["guest", "trip", "paid"] },
        { name: "boats", fields: ["name"] },
        { name: "sightings", fields: ["trip", "time", "calf", "place"] },
      ],
      excluded: ["fishing", "kava"],
      background: ["fridge", "WhatsApp"],
    },
  },
  {
    id: "stilbaai-karavaanpark",
    who: "The manager of a caravan park at Stilbaai, in Afrikaans: a website where guests book one of 60 stands (40 with power) themselves and pay the deposit, a stand chosen with or without power and the arrival and departure dates, R350 a night a stand for up to 6 people and R60 a night for each more, 7 nights at least over the December holiday (15 December to 10 January), a 50% deposit within 7 days or the booking lapses, the deposit back less R200 on a cancellation more than 30 days ahead and nothing after, no pets in December, the gate guard's list every morning of who comes in today with the vehicle registration; records after colons on lines, every booking for one guest and one stand; a big diary and an Excel file today; the shop at the gate 'los dit uit', the chalets on Airbnb 'dit hoort nie hier nie'; the vehicle registration moved from the guests to the bookings after 'Change something' at 'Your data'",
    says: {
      overview:
        "Goeiemôre! Ek is Marietjie Botha, ek en my man bestuur die Seesig Karavaanpark op Stilbaai. Ons het 60 staanplekke, 40 daarvan met krag, en in Desember is ons propvol; party mense kom al dertig jaar lank elke jaar na dieselfde staanplek. Nou gaan alles in 'n groot dagboek en 'n Excel-lêer op my skootrekenaar, en mense bel en WhatsApp my die hele dag. Verlede Desember het ons twee families op dieselfde staanplek bespreek, jy kan nie glo watter lawaai dit was nie. Ek wil 'n webwerf hê waar mense self kan bespreek en die deposito kan betaal, en waar ons in die kantoor alles kan sien.",
      walkthrough:
        "'n Gas kies 'n staanplek, met of sonder krag, en sy aankoms- en vertrekdatum. Dis R350 per nag per staanplek vir tot 6 mense, en R60 per nag vir elke ekstra persoon. In die Desembervakansie, van 15 Desember tot 10 Januarie, is dit minimum 7 nagte.\n\nDie gas moet binne 7 dae 50% deposito betaal, anders verval die bespreking en gaan die staanplek terug in die pot. As iemand meer as 30 dae vooruit kanselleer, kry hy sy deposito terug minus R200; daarna kry hy niks terug nie. Geen troeteldiere in Desember nie, die res van die jaar is honde aan 'n leiband reg. En elke oggend moet die wag by die hek 'n lys kry van wie vandag inkom, met hul voertuig se registrasie, sodat hy weet wie hy moet inlaat.",
      things:
        "Gaste: naam, van, selfoon, e-pos, voertuig registrasie\nStaanplekke: nommer, krag, grootte\nBesprekings: gas, staanplek, aankoms, vertrek, aantal mense, deposito\nBetalings: bespreking, datum, bedrag, verwysing\nElke bespreking is vir een gas en een staanplek.",
      thingsChange:
        "Haal die voertuig registrasie by die gaste af en sit dit eerder by die besprekings, mense kom elke jaar met 'n ander kar.",
      extras: [
        "Die winkel by die hek met die brood en die ys is my skoonsuster s'n, los dit uit. En die chalets verhuur my broer deur Airbnb, dit hoort nie hier nie.",
        "Nee, dis al. Baie dankie!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Ek, my man en die twee meisies in die kantoor meld aan. Die gaste bespreek sonder 'n profiel.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "R350 per nag 6 mense",
        "R60 ekstra persoon",
        "minimum 7 nagte",
        "50% deposito binne 7 dae",
        "verval die bespreking",
        "30 dae kanselleer R200",
        "troeteldiere Desember",
        "wag hek lys vandag",
      ],
      tables: [
        { name: "gaste", fields: ["naam", "van", "selfoon", "e-pos"] },
        { name: "staanplekke", fields: ["nommer", "krag", "grootte"] },
        {
          name: "besprekings",
          fields: [
            "gas",
            "staanplek",
            "aankoms",
            "vertrek",
            "aantal mense",
            "deposito",
            "voertuig registrasie",
          ],
        },
        { name: "betalings", fields: ["bespreking", "datum", "bedrag", "verwysing"] },
      ],
      excluded: ["winkel", "chalet", "Airbnb"],
      background: ["dagboek", "Excel"],
    },
  },
  {
    id: "papur-bro-dosbarthu",
    who: "The distribution secretary of a Welsh community newspaper (papur bro) in Dyffryn Aeron, in Welsh: a website where the committee sees everything and every distributor sees their own rounds, about 900 copies a month, ten issues a year and none in August or January, a list for every distributor with the houses on the round and how many copies, the village shops selling the paper at £1 and the unsold copies collected and what they owe counted at the month's end, subscribers by post at £20 a year in Britain and £35 abroad, an email a month before a subscription ends, the address labels for the post printed every month; records after colons, every round belonging to one distributor; an old account book and an Excel file on her husband's computer today; the adverts 'peidiwch â'u rhoi nhw i mewn', the articles and editing 'na'; a phone number added to every distributor at the review",
    says: {
      overview:
        "Helo! Gwenllian Pritchard ydw i, fi sy'n gofalu am ddosbarthu Y Gloch, papur bro Dyffryn Aeron. Rydyn ni'n argraffu tua 900 copi bob mis, ac mae'r gwaith i gyd yn cael ei wneud gan wirfoddolwyr. Ar hyn o bryd mae'r tanysgrifwyr a'r rowndiau i gyd mewn hen lyfr cownt a ffeil Excel ar gyfrifiadur fy ngŵr, ac os bydda i'n sâl does neb arall yn gwybod pwy sy'n cael beth. Hoffwn i gael gwefan lle mae'r pwyllgor yn gallu gweld y cyfan, a'r dosbarthwyr yn gallu gweld eu rowndiau eu hunain.",
      walkthrough:
        "Mae deg rhifyn y flwyddyn; does dim rhifyn ym mis Awst nac ym mis Ionawr. Pan ddaw'r papur o'r argraffwyr, mae pob dosbarthwr yn cael ei bentwr ac yn mynd ag e o gwmpas ei rownd, felly mae angen rhestr i bob dosbarthwr gyda'r tai ar ei rownd a faint o gopïau. Mae'r siopau yn y pentrefi yn gwerthu'r papur am £1, ac ar ddiwedd y mis rydyn ni'n casglu'r copïau heb eu gwerthu ac yn cyfri faint o arian sy'n ddyledus i ni.\n\nWedyn mae'r tanysgrifwyr drwy'r post, y bobl sydd wedi symud i ffwrdd, i Gaerdydd neu Lundain neu hyd yn oed i Batagonia. Mae'n £20 y flwyddyn ym Mhrydain a £35 dramor. Fis cyn i'r tanysgrifiad ddod i ben, dylai'r wefan anfon e-bost i'w hatgoffa nhw, achos dw i'n anghofio bob tro. A dylai argraffu'r labeli cyfeiriad ar gyfer y post bob mis.",
      things:
        "Tanysgrifwyr: enw, cyfeiriad, cod post, e-bost, dyddiad adnewyddu. Dosbarthwyr: enw, pentref. Rowndiau: enw, dosbarthwr, nifer copïau. Siopau: enw, pentref, nifer copïau. Rhifynnau: mis, tudalennau, dyddiad dosbarthu. Mae pob rownd yn perthyn i un dosbarthwr, ond mae ambell ddosbarthwr yn gwneud dwy.",
      extras: [
        "Yr hysbysebion, mae gan Dafydd y trysorydd ei lyfr ei hun ar gyfer rheiny, peidiwch â'u rhoi nhw i mewn. A'r erthyglau a'r golygu, na, mae'r golygyddion yn gwneud hynny yn Word.",
        "Na, dyna'r cyfan. Diolch yn fawr iawn!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Fi, y trysorydd a'r golygyddion yn mewngofnodi, a'r dosbarthwyr yn gweld eu rowndiau eu hunain.",
    },
    atReview: [
      "Un peth arall: rhowch rif ffôn ar y dosbarthwyr hefyd, er mwyn i mi allu eu ffonio os nad yw'r papur wedi cyrraedd. Dyna ni, diolch.",
    ],
    expect: {
      kind: "web app",
      features: [
        "rhifyn Awst Ionawr",
        "rhestr i bob dosbarthwr",
        "siopau papur £1",
        "copïau heb eu gwerthu",
        "£20 £35 dramor",
        "e-bost tanysgrifiad ddod i ben",
        "labeli cyfeiriad",
      ],
      tables: [
        {
          name: "tanysgrifwyr",
          fields: ["enw", "cyfeiriad", "cod post", "e-bost", "dyddiad adnewyddu"],
        },
        { name: "dosbarthwyr", fields: ["enw", "pentref", "rhif ffôn"] },
        { name: "rowndiau", fields: ["enw", "dosbarthwr", "nifer copïau"] },
        { name: "siopau", fields: ["enw", "pentref", "nifer copïau"] },
        { name: "rhifynnau", fields: ["mis", "tudalennau", "dyddiad dosbarthu"] },
      ],
      excluded: ["hysbyseb", "erthygl", "golygu"],
      background: ["llyfr cownt", "Excel"],
    },
  },
];
