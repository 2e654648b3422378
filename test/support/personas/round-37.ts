import type { Persona } from "../persona-driver.js";

/**
 * The thirty-seventh round, written without reading the interviewer and before any spec
 * was made from these people's words: what each person expects was written from what
 * they said, as a fair human reader would take it. Not a held-out round: written to be
 * tuned on.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy and not written to be tricky: plain prose in answers of one
 * lower-case fragment to several paragraphs, records listed after colons inline and on
 * lines, after dashes on lines and inline, in brackets on lines and inline, or told in
 * sentences ("For the customers I need the name …", "Each job has …", "We keep the
 * ships' names …", "For every consignment we keep …"). Eight write in English, each in
 * their own English and their own register, none of them used before: the English of the
 * Cape Flats with its Kaaps from Tafelsig in Mitchells Plain, in long paragraphs
 * ("Howzit", "my bru", "mos", "sommer", "lekker", "gatvol", "my laaitie", "the ou",
 * "skeef", "kwaai", "los that", "it's not our storie", "Shot, dankie"), Limón Creole
 * English (Mekatelyu) from Cahuita on the Caribbean coast of Costa Rica, with its Spanish
 * ("Gud mawnin", "mi born an grow right yah", "inna", "pon", "di sloth dem", "wi",
 * "haffi", "mek a tel yu how it go", "a fi him business, nuh put it", "nuh bother wid
 * dat", "pura vida"), the English of Aizawl in Mizoram ("Chibai", "my pa", "Pu", "Pi",
 * "our veng", "hnatlang", "our tlawmngaihna", "the tlangau", "it is Sunday, no", "not for
 * this", "don't bring it in", "Ka lawm e"), the English of Yangon, formal and plain
 * ("Mingalaba", "Ko", "Daw", "the Sayadaw", "for merit", "the current is cut", "It is very
 * pity", "I will explain one by one", "not our group's", "no need to put", "Kyay zu tin ba
 * de"), Atlanta English from off Cascade Road in southwest Atlanta, in lower-case
 * fragments ("my granny", "the church mothers", "the homegoing", "finna", "lil", "on god",
 * "fr", "ion", "not us", "bet", "good lookin out"), the Lebanese-Australian English of
 * Bankstown ("Ay", "wallah", "ya3ni", "3anjad", "it's cooked", "rocked up", "the boys out
 * the back", "Looks mad", "nah bro, don't put it", "habibi", "Yalla ciao"), the English of
 * Norfolk Island in the Pacific (not the English county) with its Norf'k words, at length
 * ("Watawieh", "yorlye", "ucklun", "salan", "ship day", "wrong side", "she'll be right",
 * "leave it be", "not ours") and the English of the Maldives from Laamu atoll ("Assalaamu
 * alaikum", "my bappa", "my mamma", "the keyolhu", "the dhoni", "ehen", "hama that",
 * "baraabaru", "not for this", "no need", "Shukuriyyaa"). One writes in Tok Pisin (never
 * used before as a language, only Papua New Guinea English coloured by it, as a community
 * health worker near Kainantu types it, with the English words Papua New Guineans really
 * mix in: "app", "fon", "network", "Digicel", "CHW", "RDT", "klinik", "refer", "ripot",
 * "stock", "login", "no ken putim", "lusim", "Tenkyu tru"), and one in Cebuano (never
 * used before as a language, only the Cebuano-coloured English of Lapu-Lapu, as a pig
 * raiser in Carmen, Bohol types it, with the English words Boholanos really mix in:
 * "app", "cellphone", "signal", "feeds", "ma-iron", "hog cholera", "i-report", "MAO",
 * "ASF", "Large White", "ayaw na ilakip", "dili na amo", "Salamat kaayo").
 *
 * What varies is the kind of software, the domain and the length of the answers: web apps
 * for a wendy house builder on the Cape Flats (a 3 by 3 R14,500, a 3 by 4 R17,800 and a
 * 3 by 6 R24,000 and nothing bigger, a wooden floor R2,500, every window after the first
 * R650, a 50% deposit before a plank is cut and the rest when it's finished, built within
 * 10 working days, delivery free within 15 km and R15 a km after, never on a slope
 * without a slab or the slab R3,800, no building in the rain and the job moved to the
 * next free day, each crew one house at a time, 12 months on a leaking roof), a smash
 * repair shop in Condell Park (a free quote with 3 photos at least, nothing started on an
 * insurance job without the claim number, a 30% deposit on a private job before the
 * parts, $95 an hour and $450 a panel, $25 a day after 3 days for a car not picked up, a
 * courtesy car only on an insurance job with hire cover, a text when it's ready, the
 * stages booked in, waiting on parts, panel, paint and ready, 7 years on the paint) and
 * the lighterage on Norfolk Island (a freight tonne $95 and a vehicle $650, the gas
 * bottles and fuel drums last on a lighter of their own, the work moved to Cascade over
 * 1.5 metres of swell at Kingston and the whole manifest to the next day when both are
 * out, everyone emailed their items when the ship sails from Brisbane, 3 days to collect
 * or $20 a day, nothing out of the shed till it's paid); phone apps for an animal rescue
 * in Cahuita with no signal by the river (every animal numbered and seen by the vet
 * within 24 hours, the baby sloths goat milk every 3 hours day and night, every animal
 * weighed every morning, a sloth let go only past 4 kilo and climbing by itself and only
 * in the same place it was found, the pole number sent to ICE when the power line burnt
 * it, a report to SINAC every month), an aid post near Kainantu where the Digicel network
 * comes and goes (children under 5 free and adults K2 a visit, an RDT first for a fever
 * and malaria medicine only when it is positive, the pregnant women at the clinic every
 * month, a very sick person referred to the hospital in Kainantu, a warning under 50 of a
 * medicine, a report to the district every month) and a backyard piggery in Bohol (a sow
 * farrowing 114 days after she is bred and a warning a week before, the piglets' iron on
 * the third day, weaned at 30 days, sold at two months for ₱3,500 each, fatteners for
 * lechon sold live at ₱190 a kilo, hog cholera at 6 weeks, a sow sold after fewer than 6
 * piglets twice in a row, a warning under 10 sacks of feeds, a sudden death reported to
 * the MAO the same day for ASF); a command-line tool for a church's repast cooks in
 * southwest Atlanta ($15 a plate and $17 a fish plate, 50 plates at least, a $200 deposit,
 * the kitchen free for members' families and the fellowship hall $150 for others, 3 days'
 * notice, 30 lbs of chicken for every 100 plates and 12 bunches of greens for every 50, 4
 * cooks for every 100 plates at $60 each), with commands and flags; a service without
 * screens, in Django with PostgreSQL, that a YMA branch's members' app and office
 * computer call in Aizawl (one person from every household at every hnatlang, a ₹300
 * fine that becomes ₹600 after 30 days, absent after 7:30, a message 3 days before, no
 * hnatlang on Sunday, members from 14 years, 10 men in turn to dig a grave and the ones
 * who went to the bottom of the list, a report to the general meeting every December); a
 * program in Java on a Yangon blood donor group's Windows laptop at the monastery (donors
 * 18 to 60 and at least 45 kg, a man 3 months and a woman 4 months between donations, the
 * donors of the blood group asked for who can give now with Thaketa first, 6 months after
 * malaria or dengue, 5,000 kyat taxi money to every donor, inactive after 3 calls not
 * picked up, a list for the Sayadaw every month); and a Python package that a Laamu
 * fishing dhoni's crew app and the boat owners' office system both use to share out a
 * trip's catch (skipjack MVR 23 a kg and yellowfin MVR 40 at MIFCO's price, a yellowfin
 * under 3 kg paid as skipjack, the fuel, ice and food taken out first, half to the boat
 * owner and half to the crew, the keyolhu 2 shares, the engine driver 1.5, a fisherman 1
 * and a boy under 18 half a share, nothing for a man who missed the trip, rounded down to
 * the rufiyaa with the laari left over to the boat owner). The Atlanta student answers in
 * lower-case fragments, the aid post worker and the Yangon coordinator in short plain
 * sentences, the wendy house builder and the Norfolk Island office woman in long
 * paragraphs, the others in between.
 *
 * Relations said plainly ("Every job is one house for one customer, and one crew builds
 * it", "Every feeding an every weighing a fi one animal", "Every member is of one
 * household, and every fine is for one household at one hnatlang", "Every donation is one
 * donor for one request, and every request is from one hospital", "every repast is for
 * one family", "Every car belongs to one customer, and every job is one car", "Every
 * consignment comes on one ship for one consignee", "Olgeta visit em i bilong wanpela
 * sikman tasol", "Matag panganak usa ra ka anay, ug matag baligya usa ra ka pumapalit");
 * allowed values in brackets (the size of a wendy house, an animal's kind and cause, an
 * RDT's result) and in sentences (a floor yes or no, a donor a man or a woman, a family a
 * member or not, a job's stages, dangerous goods yes or no); background in an exercise
 * book and WhatsApp voice notes, a whiteboard and a big copybook, the tlangau going round
 * shouting, a big notebook and a Viber group, the back of the church bulletin, a big
 * diary on the desk, a carbon book, a calculator on the back of the receipts, a bikpela
 * buk and a kwaderno; technology named as Django with PostgreSQL, Java on Windows and
 * Python, and none at all by seven of them; "no" said as "los that", "it's not our
 * storie", "a fi him business, nuh put it", "nuh bother wid dat", "not for this", "don't
 * bring it in", "not our group's", "no need to put", "not us", "neither", "nothing to do
 * with us", "nah bro, don't put it", "leave it be", "not ours", "no need", "no ken
 * putim", "lusim", "ayaw na ilakip", "dili na amo"; while rules keep their "no" ("anything
 * bigger than a 3 by 6 we don't build", "We don't build on a slope without a slab,
 * never", "In the rain we don't build", "nuh matter what", "nowhere else", "There is no
 * hnatlang on Sunday", "no giving for 6 months", "ion do it on less", "no claim number no
 * start", "nothing goes out of the shed until it's paid", "A man who missed the trip gets
 * nothing", "i no baim wanpela toea", "ibaligya na siya").
 *
 * The wendy house builder takes the area off the customers and adds a second number, and
 * the Bohol pig raiser takes the breed off the sows and adds the buyer's cellphone to the
 * sales ("Tangtanga ang lahi"), each after "Change something" at "Your data"; the Yangon
 * coordinator drops the hospitals ("the Hospitals one, no need"), the Bankstown nephew
 * takes the suburb off the customers, the Norfolk Island office woman renames the
 * consignments (Freight) and the aid post worker adds the parents to the patients
 * ("putim nem bilong papamama tu"), each at the review. Tok Pisin and Cebuano are
 * written in Latin letters, so their expected words are in the forms the person used
 * (as "pikinini aninit 5 krismas", "RDT positiv marasin malaria", "ilutas 30 ka adlaw",
 * "₱190 kada kilo"); every expected feature was checked to be in one sentence the person
 * said, and the excluded words of all ten were checked not to read like anything they
 * want (not "Customs" for the lighterage, whose stem is the "custom" of "customers", and
 * not "tours" for the rescue, whose stem is in "tourists").
 */
export const THIRTY_SEVENTH_ROUND: readonly Persona[] = [
  {
    id: "tafelsig-wendy-houses",
    who: "A man who builds wendy houses with his brother and their two crews out of his yard in Tafelsig, Mitchells Plain, in the English of the Cape Flats with its Kaaps, in long paragraphs ('Howzit', 'my bru', 'mos', 'sommer', 'lekker', 'gatvol', 'my laaitie', 'the ou', 'skeef', 'kwaai', 'los that', 'it's not our storie', 'Shot, dankie'): a website where customers get a quote and book a wendy house and he and his wife see everything, a 3 by 3 R14,500, a 3 by 4 R17,800 and a 3 by 6 R24,000 and nothing bigger, a wooden floor R2,500 extra, every window after the first R650, a 50% deposit before a plank is cut and the rest when it's finished, built within 10 working days of the deposit, delivery free within 15 km of Tafelsig and R15 a km after, never on a slope without a slab or a slab thrown for R3,800, no building in the rain with the job moved to the next free day and the customer told, each crew one house at a time, the roof fixed free if it leaks in the first 12 months; records told in sentences ('For the customers I need …', 'Each job has …') with the size in brackets and the floor yes or no, every job one house for one customer built by one crew; an exercise book in the bakkie and WhatsApp voice notes today; the burglar bars 'los that', the zozo huts 'it's not our storie'; the area taken off the customers and a second number added after 'Change something' at 'Your data'",
    says: {
      overview:
        "Howzit. My name is Ismail Davids, but everybody on the Flats knows me as Smiley. Me and my brother Ricardo build wendy houses out of my yard in Tafelsig, Mitchells Plain, the timber ones people put up in the back yard for the laaities or for a tenant, sommer for a little spaza also. We got two crews, me with my laaitie Shaun and two guys, and Ricardo with his. Right now everything is in an exercise book in my bakkie and in WhatsApp voice notes, and my bru, I'm gatvol. Last month both crews pitched up at the same house in Lentegeur, and the ou in Beacon Valley who paid his deposit in March was still waiting in May because his page fell out of the book. So what I want is a website where the people can get a quote and book their house, and me and my wife Nazeema can see everything.",
      walkthrough:
        "Okay so listen, it goes like this. We do three sizes. A 3 by 3 is R14,500, a 3 by 4 is R17,800 and a 3 by 6 is R24,000, and that's it, anything bigger than a 3 by 6 we don't build, then you mos need plans from the council. Every house comes with one door, one window and the roof sheets, that's in the price.\n\nIf they want a wooden floor it's R2,500 extra, otherwise it goes straight onto their slab. Every window after the first one is R650, and people love windows, so that adds up lekker.\n\nThey pay a 50% deposit before we cut one plank, and the rest on the day it's finished, when they happy with it. Once the deposit is in we build it within 10 working days, that's our promise, and the website must show them their day.\n\nDelivery is free within 15 km of Tafelsig, after that it's R15 a km, because some people phone from Atlantis and Paarl and think it's just round the corner.\n\nWe don't build on a slope without a slab, never, the house goes skeef and then it's our fault, so if there's no slab we throw one for R3,800.\n\nIn the rain we don't build, the panels get wet and they swell. If it rains on their day the job moves to the next free day, and the customer must get a message so they don't stay home from work for nothing.\n\nEach crew does one house at a time, so Ricardo's crew can't be on two jobs on the same day, no matter how nice the aunty asks.\n\nAnd if the roof leaks in the first 12 months we come fix it for free, that's our guarantee, but only the roof, not if the laaities kicked the door in.",
      things:
        "For the customers I need the name, the cell number, the address and the area, like Tafelsig or Lentegeur or Strandfontein. Each job has the customer, the size (3 by 3, 3 by 4 or 3 by 6), floor yes or no, how many windows, the deposit, the build date, the crew, and finished yes or no. For the crews, the name of the crew and the leader's cell number. Every job is one house for one customer, and one crew builds it.",
      thingsChange:
        "Take the area off the customers, the address is mos enough. And put a second number on, because half the time the ou's phone is off or he's got no airtime.",
      extras: [
        "The burglar bars, that's my cousin Faizel, he does the bars and the security gates, los that. And the zozo huts, the metal ones, we don't do them, it's not our storie.",
        "No, that's lekker, that's everything, kwaai. Shot, dankie my bru!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Nazeema see everything. The crew leaders see their own jobs. The customers make an account to get the quote and see when we coming.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "3 by 3 R14,500",
        "3 by 4 R17,800",
        "3 by 6 R24,000",
        "wooden floor R2,500",
        "window R650",
        "50% deposit",
        "10 working days",
        "delivery free 15 km",
        "R15 a km",
        "slope slab R3,800",
        "rain next free day",
        "crew one house at a time",
        "roof leaks 12 months",
      ],
      tables: [
        { name: "customers", fields: ["name", "cell number", "address", "second number"] },
        {
          name: "jobs",
          fields: ["customer", "size", "floor", "windows", "deposit", "build date", "crew", "finished"],
        },
        { name: "crews", fields: ["name", "leader"] },
      ],
      excluded: ["burglar", "zozo"],
      background: ["exercise book", "voice notes"],
    },
  },
  {
    id: "cahuita-sloth-rescue",
    who: "A woman from Cahuita on the Caribbean coast of Costa Rica who runs a small rescue centre for sloths and the other animals people bring, with a vet and volunteers, in Limón Creole English (Mekatelyu) with its Spanish ('Gud mawnin', 'mi born an grow right yah', 'inna', 'pon', 'di sloth dem', 'wi', 'haffi', 'mek a tel yu how it go', 'nuh matter what', 'a fi him business, nuh put it', 'nuh bother wid dat', 'pura vida'): a phone app for her, her husband, the vet and the volunteers that works at the back by the river where there is no signal and sends when they come back to the clinic, every animal given a number and checked by the vet within 24 hours, the baby sloths goat milk every 3 hours day and night, every animal weighed every morning, a sloth let go only when it passes 4 kilo and climbs good by itself and only in the same place where it was found, the pole number sent to ICE when the power line burnt it, a report to SINAC every month; records after dashes on lines with the kind and the cause in brackets, every feeding and weighing one animal's; a whiteboard in the clinic and a big copybook today; the donations 'a fi him business, nuh put it', the souvenir shop 'nuh bother wid dat'",
    says: {
      overview:
        "Gud mawnin! Mi name Merline Cunningham, mi born an grow right yah inna Cahuita, Limón. Mi an mi husband Lloyd run a likkle rescue centre fi di sloth dem, an sometime anteater, monkey, porcupine, whatever di people dem bring wi. Dem get lick down pon di road, di dog dem catch dem, or dem get burn pon di power line. Wi have one vet, Dr. Solano, an a bunch a volunteer from all over di world. Right now everyting deh pon a whiteboard inna di clinic an inna one big copybook, an when di volunteer dem change every two week, nobody know who feed who. Las month a baby sloth miss two feed inna di night an nearly dead. So wi want a app pon di phone fi everybody.",
      more: "Di back part by di river, where di big enclosure deh, nuh have no signal at all. Di app haffi work back deh an send everyting when yu come back by di clinic.",
      walkthrough:
        "Mek a tel yu how it go.\n\nEvery animal weh come in get a number, an di vet haffi check it within 24 hours, nuh matter what.\n\nDi baby sloth dem get goat milk every 3 hours, day an night, an di volunteer write how much ml dem drink.\n\nEvery animal get weigh every morning, before dem eat.\n\nA sloth only go back out when it pass 4 kilo an it climbing good by itself, an wi always release it in di same place where it was found, nowhere else.\n\nIf it was di power line weh burn it, wi write di pole number an send it to ICE, so dem cover di wire dem.\n\nAn every month wi send SINAC a report, how many come in, how many go back out an how many dead.",
      things:
        "- Animals - number, kind (sloth, anteater, monkey, porcupine, bird), name, date in, where found, cause (road, dog, power line, orphan)\n- Feedings - animal, date, time, ml, volunteer\n- Weighings - animal, date, grams\n- Releases - animal, date, place\nEvery feeding an every weighing a fi one animal.",
      extras: [
        "Di donations from di website, mi cousin inna San José handle dat, a fi him business, nuh put it. An di likkle souvenir shop by di gate, nuh bother wid dat.",
        "Dat a all. Tanks, God bless, an pura vida!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Mi, Lloyd an di vet see everyting. Di volunteer dem log in fi put in di feed an di weight.",
    },
    expect: {
      kind: "mobile app",
      features: [
        "vet 24 hours",
        "goat milk every 3 hours",
        "weigh every morning",
        "sloth 4 kilo climbing",
        "release same place found",
        "power line pole number ICE",
        "SINAC report every month",
      ],
      tables: [
        { name: "animals", fields: ["number", "kind", "name", "date in", "where found", "cause"] },
        { name: "feedings", fields: ["animal", "date", "time", "ml", "volunteer"] },
        { name: "weighings", fields: ["animal", "date", "grams"] },
        { name: "releases", fields: ["animal", "date", "place"] },
      ],
      excluded: ["donation", "souvenir"],
      background: ["whiteboard", "copybook"],
    },
  },
  {
    id: "aizawl-yma-hnatlang",
    who: "A developer in Aizawl whose father is secretary of the YMA branch of their veng, Chanmari West, in the English of Aizawl ('Chibai', 'my pa', 'Pu', 'Pi', 'our veng', 'hnatlang', 'our tlawmngaihna', 'the tlangau', 'it is Sunday, no', 'not for this', 'don't bring it in', 'Ka lawm e'): a service without screens, in Django with PostgreSQL, that a friend's members' app and the branch office's computer call, one person from every household at every hnatlang, a household that sends nobody fined ₹300 and ₹600 when it is not paid in 30 days, anyone coming after 7:30 marked absent, every member told 3 days before with the place and the work, no hnatlang on Sunday, members from 14 years, 10 men sent in turn from the list to dig the grave when somebody in the veng dies and the ones who went put at the bottom of the list, a report to the general meeting every December; records after colons on lines, every member of one household and every fine for one household at one hnatlang; the tlangau going round shouting today; the football tournament 'not for this', the Christmas feast 'don't bring it in'; Django and PostgreSQL",
    says: {
      overview:
        "Chibai! I'm Lalrinmawia, everybody calls me Mawia. I work as a developer here in Aizawl, and my pa, Pu Zothanga, is the secretary of the YMA branch in our veng, Chanmari West. YMA does everything in the veng: the hnatlang, when the whole veng comes out to clean the drains and cut the jungle by the road, and when somebody dies the young men dig the grave and help the family. That is our tlawmngaihna. Right now my pa keeps the attendance in a big register and the tlangau still goes round shouting the day of the hnatlang, and half the houses say they never heard him. Last time there was a big fight in the general meeting about who paid the fine and who didn't. My friend Mapuia is making the app for the members, and Pi Mami in the branch office has one computer. I will make the service behind that both of them call. No screens from my side.",
      walkthrough:
        "OK, like this.\n\nEvery household has to send one person to every hnatlang.\n\nA household that sends nobody pays a fine of ₹300.\n\nIf the fine is not paid in 30 days it becomes ₹600.\n\nWe start at 7 in the morning, and anyone who comes after 7:30 is marked absent.\n\nEvery member must get a message 3 days before the hnatlang, with the place and the work.\n\nThere is no hnatlang on Sunday, it is Sunday, no, everybody is in church.\n\nAnybody from 14 years can be a member.\n\nWhen somebody in our veng dies, the branch sends 10 men to dig the grave, taken in turn from the list.\n\nThe ones who went go to the bottom of the list, so the same boys are not going every time.\n\nEvery December my pa gives a report to the general meeting: how many hnatlang, who came, and the fines paid and not paid.",
      things:
        "Households: house number, head of family, phone, section\nMembers: name, household, date of birth, phone\nHnatlang: date, work, place\nAttendance: hnatlang, member, arrival time\nFines: household, hnatlang, amount, paid date\nEvery member is of one household, and every fine is for one household at one hnatlang.",
      extras: [
        "The football tournament for the branch cup is the sports committee's, not for this. And the Christmas feast is with the church, don't bring it in.",
        "That's all. Ka lawm e!",
      ],
      tech: "Django with PostgreSQL, that is what we use in my office, I know it well.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No one logs in to it. The members' app and the office computer will each have their own key.",
      Technology: "I have preferences",
      "Back end": "Python with Django",
      Database: "PostgreSQL",
    },
    expect: {
      kind: "api service",
      features: [
        "one person every household hnatlang",
        "fine ₹300",
        "30 days ₹600",
        "after 7:30 absent",
        "message 3 days before",
        "hnatlang Sunday",
        "14 years member",
        "10 men grave turn",
        "bottom of the list",
        "December report general meeting",
      ],
      tables: [
        { name: "households", fields: ["house number", "head of family", "phone", "section"] },
        { name: "members", fields: ["name", "household", "date of birth", "phone"] },
        { name: "hnatlang", fields: ["date", "work", "place"] },
        { name: "attendance", fields: ["hnatlang", "member", "arrival time"] },
        { name: "fines", fields: ["household", "hnatlang", "amount", "paid date"] },
      ],
      excluded: ["football", "feast"],
      background: ["tlangau"],
      stack: ["Django", "PostgreSQL"],
    },
  },
  {
    id: "thaketa-blood-donors",
    who: "The coordinator of a volunteer blood donor group in Thaketa township, Yangon, in the English of Yangon, in short plain sentences ('Mingalaba', 'Ko', 'Daw', 'the Sayadaw', 'for merit', 'the current is cut', 'It is very pity', 'I will explain one by one', 'not our group's', 'no need to put', 'Kyay zu tin ba de'): a program in Java on the group's Windows laptop in their room at the monastery because the current is cut every day and the internet is slow, donors 18 to 60 years old and at least 45 kg, a man waiting 3 months and a woman 4 months after giving, the donors of the blood group a hospital asks for who can give now shown with the ones in Thaketa first, no giving for 6 months after malaria or dengue, 5,000 kyat taxi money to every donor from the Sayadaw's donation box, a donor who doesn't pick up 3 times made inactive, a list for the Sayadaw every month; records in brackets on lines with a man or a woman in a sentence, every donation one donor for one request and every request from one hospital; a big notebook and a Viber group today; the free funeral car 'not our group's', the rice for the monks 'no need to put'; Java on Windows; the hospitals dropped at the review",
    says: {
      overview:
        "Mingalaba. My name is Ko Thet Naing. I am the coordinator of a volunteer blood donor group in Thaketa township, Yangon. We have about 400 donors. When a hospital needs blood, the family or the nurse calls us, and we find a donor with the same blood group and send him. We do it free, for merit. Now all the donors are in a big notebook, and we also ask in our Viber group. At night when the current is cut, we look in the notebook with the phone torch, page by page. Last month a mother at North Okkalapa hospital needed O negative, and we took three hours to find one. It is very pity. So I want a program on our laptop.",
      more: "The laptop is in our room at the monastery. The current is cut every day, and the internet is slow. So the program must work on the laptop only, without internet.",
      walkthrough:
        "I will explain one by one.\n\nA donor must be 18 to 60 years old and at least 45 kg.\n\nAfter giving blood, a man must wait 3 months and a woman 4 months before the next time.\n\nWhen a hospital asks, the program must show the donors of that blood group who can give now, the ones in Thaketa first.\n\nIf a donor had malaria or dengue, no giving for 6 months.\n\nWe give 5,000 kyat taxi money to every donor, from the Sayadaw's donation box.\n\nIf a donor does not pick up the phone 3 times, we make him inactive.\n\nEvery month I give the Sayadaw a list: how many donations, which hospitals, which blood groups.",
      things:
        "Donors (name, blood group, phone, township, date of birth, weight, last given)\nHospitals (name, township, phone)\nRequests (hospital, patient name, blood group, bags, date)\nDonations (donor, request, date, taxi money)\nFor the donor we also need man or woman, because of the waiting time.\nEvery donation is one donor for one request, and every request is from one hospital.",
      extras: [
        "The free funeral car is a different association, not our group's. And the rice for the monks on the full moon day, that is the monastery's, no need to put.",
        "That is all. Kyay zu tin ba de.",
      ],
      tech: "It is a Windows laptop. My nephew Ko Min Khant will make it, he studied Java at the computer university.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No login. Only me and Daw Hnin Wai use the laptop.",
      Technology: "I have preferences",
    },
    atReview: [
      "It is good. But the Hospitals one, no need. We only write the hospital name in the request, that is enough. Kyay zu tin ba de.",
    ],
    expect: {
      kind: "desktop app",
      features: [
        "18 to 60 45 kg",
        "man 3 months woman 4 months",
        "blood group Thaketa first",
        "malaria dengue 6 months",
        "5,000 kyat taxi",
        "3 times inactive",
        "Sayadaw every month",
      ],
      tables: [
        {
          name: "donors",
          fields: ["name", "blood group", "phone", "township", "date of birth", "weight", "last given"],
        },
        { name: "requests", fields: ["hospital", "patient name", "blood group", "bags", "date"] },
        { name: "donations", fields: ["donor", "request", "date", "taxi money"] },
      ],
      excluded: ["funeral", "rice"],
      background: ["notebook", "Viber"],
      stack: ["Java"],
    },
  },
  {
    id: "cascade-road-repasts",
    who: "A college student at Georgia State whose granny and the church mothers cook the repasts after homegoings at their church off Cascade Road in southwest Atlanta, in Atlanta English, in lower-case fragments ('my granny', 'the church mothers', 'the homegoing', 'lol', 'finna', 'lil', 'on god', 'fr', 'ion', 'not us', 'neither', 'bet', 'good lookin out'): a command-line tool he writes for the laptop in the church office, $15 a plate and a fish plate $17, 50 plates at least, a $200 deposit when the family books and the rest after the repast, the kitchen free for members' families and $150 for the fellowship hall for everybody else, 3 days' notice at least, on the shopping list 30 lbs of chicken for every 100 plates and 12 bunches of greens for every 50, 4 cooks for every 100 plates at $60 each; records after colons inline with a member or not, every repast for one family; the back of the church bulletin in her purse today; the obituary programs 'not us', the flowers 'neither'; commands and flags",
    says: {
      overview:
        "hey. so my granny and the church mothers do the repasts at our church off cascade, the meal after the homegoing. been doin it like 20 yrs. everything goes on the back of the church bulletin in her purse lol. last month 2 families on the same saturday and nobody knew till friday night fr. im at georgia state for cs so im finna make her a lil program for the laptop in the church office",
      walkthrough:
        "$15 a plate. fish plate $17 instead of chicken\n50 plates minimum, under that its not worth firin up the kitchen\nfamily pays $200 deposit when they book, rest after the repast\nour members families get the kitchen free. everybody else $150 for the fellowship hall\nneed 3 days notice at least, on god granny ion do it on less\nshopping list: 30 lbs chicken for every 100 plates, 12 bunches greens for every 50 plates\n4 cooks for every 100 plates, the cooks get $60 each",
      commands:
        'gonna be like: repast book --family jenkins --date 2025-03-15 --plates 120 --fish 20 --member, repast list, repast shop --id 7, repast cooks --id 7 --add "mother hayes", repast paid --id 7 --amount 200, repast bill --id 7',
      things:
        "families: name, contact person, phone, member or not. repasts: family, date, plates, fish plates, deposit, paid. cooks: name, phone. every repast is for one family",
      extras: [
        "the obituary programs, my cousin prints those. not us. flowers neither",
        "bet thats it. good lookin out",
      ],
    },
    picks: {
      Kind: "Command-line tool",
      Data: "Yes",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "$15 a plate",
        "fish plate $17",
        "50 plates minimum",
        "$200 deposit",
        "members kitchen free",
        "$150 fellowship hall",
        "3 days notice",
        "30 lbs chicken 100 plates",
        "12 bunches greens 50 plates",
        "4 cooks 100 plates $60",
      ],
      tables: [
        { name: "families", fields: ["name", "contact person", "phone", "member"] },
        { name: "repasts", fields: ["family", "date", "plates", "fish plates", "deposit", "paid"] },
        { name: "cooks", fields: ["name", "phone"] },
      ],
      excluded: ["obituary", "flower"],
      background: ["bulletin"],
      commands: [
        "book",
        "list",
        "shop",
        "cooks",
        "paid",
        "bill",
        "--family",
        "--date",
        "--plates",
        "--fish",
        "--member",
        "--id",
        "--add",
        "--amount",
      ],
    },
  },
  {
    id: "condell-park-smash-repairs",
    who: "The nephew who does the front desk at his uncle's smash repair shop in Condell Park, in the Lebanese-Australian English of Bankstown ('Ay', 'Abu Tony', 'wallah', 'ya3ni', '3anjad', 'it's cooked', 'rocked up', 'the boys out the back', 'Looks mad', 'nothing to do with us', 'nah bro, don't put it', 'habibi', 'Yalla ciao'): a website where customers book a free quote with their photos and follow their car and the shop sees everything, 3 photos at least for a quote, nothing started on an insurance job without the claim number, a 30% deposit on a private job before the parts are ordered, $95 an hour labour and $450 a panel for paint, 3 days to pick up a ready car and $25 a day after, a courtesy car only on an insurance job with hire cover, a text when the car is ready, the stages booked in, waiting on parts, panel, paint and ready, 7 years on the paint; records in brackets inline, every car one customer's and every job one car; a big diary on the desk and photos on his uncle's phone today; the mechanical work 'nothing to do with us', the tinting 'nah bro, don't put it'; the suburb taken off the customers at the review",
    says: {
      overview:
        "Ay, how's it going. I'm Jad, I do the front desk at my uncle's smash repair shop in Condell Park, just off the Hume. Everyone calls my uncle Abu Tony, he's been panel beating since the 90s, half of Bankstown's been through his shop wallah. Right now it's all in a big diary on the desk and photos on Abu Tony's phone, and ya3ni it's cooked. Last week a guy rocked up for his Corolla and it wasn't even painted yet, cos the job was written on the wrong day. So we want a website where people book a quote, send their photos and see where their car's at, and we see everything.",
      walkthrough:
        "Yalla so this is how it works.\n\nA quote is free, but they gotta upload 3 photos at least, front, back and the damage.\n\nIf it's an insurance job, nothing gets started till we've got the claim number, 3anjad, no claim number no start.\n\nIf it's a private job, they pay a 30% deposit before we order the parts.\n\nLabour is $95 an hour, and paint is $450 a panel.\n\nEvery job goes booked in, waiting on parts, panel, paint, then ready, and the customer sees which one it's up to.\n\nOnce the car's ready they've got 3 days to pick it up, after that it's $25 a day, we've got no room in the yard.\n\nA courtesy car only on an insurance job, and only if they've got hire cover on their policy.\n\nWhen the car's ready they get a text, and they can see it on the website too.\n\nWe give 7 years on the paint, so the job's gotta keep the date it went out.",
      things:
        "Customers (name, mobile, email, suburb), Cars (rego, make, model, colour, customer), Jobs (car, insurer, claim number, quote, stage, booked in date, ready date). Every car belongs to one customer, and every job is one car.",
      extras: [
        "The mechanical, brakes, engine and that, that's my cousin's workshop next door, nothing to do with us. And tinting, nah bro, don't put it.",
        "Nah that's it habibi. Yalla ciao!",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and Abu Tony see everything. The boys out the back see their jobs. Customers make an account to book the quote and see their car.",
    },
    atReview: [
      "Looks mad. Just take the suburb off the customers, ya3ni who cares where they live, we got the rego. Yalla, thanks bro.",
    ],
    expect: {
      kind: "web app",
      features: [
        "quote free 3 photos",
        "insurance claim number",
        "private 30% deposit parts",
        "$95 an hour",
        "$450 a panel",
        "3 days $25 a day",
        "courtesy car insurance hire cover",
        "ready text",
        "7 years paint",
      ],
      tables: [
        { name: "customers", fields: ["name", "mobile", "email"] },
        { name: "cars", fields: ["rego", "make", "model", "colour", "customer"] },
        { name: "jobs", fields: ["car", "insurer", "claim number", "quote", "stage", "ready date"] },
      ],
      excluded: ["mechanical", "tint"],
      background: ["diary"],
    },
  },
  {
    id: "norfolk-island-lighterage",
    who: "The woman who does the office for the lighterage on Norfolk Island in the Pacific, in Norfolk Island English with its Norf'k words, at length ('Watawieh', 'yorlye', 'ucklun', 'salan', 'ship day', 'wrong side', 'down at Kingston', 'she'll be right', 'leave it be', 'not ours'): a website where the consignees see their freight and pay, the crew see the manifest and she and the foreman see everything, $95 a freight tonne (a cubic metre or a tonne, whichever is more) and a vehicle $650, the gas bottles and fuel drums always last on a lighter of their own, the work moved round to Cascade over 1.5 metres of swell at Kingston and the whole manifest to the next day when both piers are out, everyone with freight emailed their items when the ship sails from Brisbane, 3 days after ship day to collect and $20 a day after, nothing out of the shed until it's paid; records told in sentences ('We keep the ships' names …', 'For every consignment we keep …', 'For the consignees we keep …') with dangerous goods and collected yes or no, every consignment on one ship for one consignee; a carbon book in the office and a whiteboard in the shed today; the cruise ship passengers 'leave it be', the fishing boats 'not ours'; the consignments renamed freight at the review",
    says: {
      overview:
        "Watawieh! I'm Lorraine Christian, I do the office for the lighterage here on Norfolk. For yorlye who don't know the island, there's no wharf a ship can come alongside, so when the cargo ship comes up from Brisbane every five or six weeks it anchors off, and ucklun bring everything ashore in the lighters, the big open boats, towed in by the launches to the pier down at Kingston, or round at Cascade if the wind's wrong side. Ship day is a big day, half the island's down at the pier watching. Everything comes in like that, the shops' stock, somebody's new fridge, the cars, the school's books, the lot. At the moment I keep it all in a carbon book in the office and on a big whiteboard in the shed, and salan ring me all day asking is my washing machine on this ship. Last ship we had a pallet sit in the shed three weeks because nobody knew whose it was, and it turned out to be the hospital's. So I'd like a website where people see what's coming for them and pay for it, and the crew can see the manifest on the day.",
      walkthrough:
        "Right, how it goes. We charge $95 a freight tonne, that's a cubic metre or a tonne, whichever is more, and a vehicle is $650 flat, car, ute or tractor, it doesn't matter.\n\nThe gas bottles and the fuel drums always come last, on a lighter of their own, nothing else in with them, that's a safety thing and the crew won't budge on it, and quite right too.\n\nThe weather decides everything. If the swell at Kingston is over 1.5 metres we move the work round to Cascade, and if both piers are out the whole manifest moves to the next day, and everybody waiting has to be told.\n\nWhen the ship sails from Brisbane, everybody with freight on it should get an email with their items, so they're not ringing me for a week.\n\nAfter ship day people have 3 days to collect their freight from the shed, and after that it's $20 a day, because the shed fills up and there's always another ship coming.\n\nAnd nothing goes out of the shed until it's paid, not even for the families I've known all my life, because she'll be right doesn't pay the crew.",
      things:
        "We keep the ships' names and the date each one's due. For every consignment we keep the ship, the consignee, what it is, the cubic metres, the weight, dangerous goods yes or no, and collected yes or no. For the consignees we keep the name, the phone, the email and their account number, the shops all have accounts. Every consignment comes on one ship for one consignee.",
      extras: [
        "Oh, and the cruise ship passengers coming ashore in the tenders, that's a different lot altogether, leave it be. And the fishing boats that use the pier, that's between them and the Administration, not ours.",
        "No, I think that's it. Thanks ever so much.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "Me and the foreman see everything. The consignees make an account to see their freight and pay. The crew log in to see the manifest.",
    },
    atReview: [
      "That's lovely. Only thing, where it says Consignments, put Freight, that's what salan here call it, nobody says consignment except the shipping company. Thank you, see yorlye on ship day.",
    ],
    expect: {
      kind: "web app",
      features: [
        "$95 a freight tonne",
        "vehicle $650",
        "gas bottles fuel drums last",
        "swell Kingston 1.5 metres Cascade",
        "both piers out next day",
        "ship sails Brisbane email items",
        "3 days collect $20 a day",
        "shed until paid",
      ],
      tables: [
        { name: "ships", fields: ["name", "due date"] },
        {
          name: "freight",
          fields: ["ship", "consignee", "cubic metres", "weight", "dangerous goods", "collected"],
        },
        { name: "consignees", fields: ["name", "phone", "email", "account number"] },
      ],
      excluded: ["cruise", "fishing"],
      background: ["carbon book"],
    },
  },
  {
    id: "laamu-dhoni-shares",
    who: "A developer in Hulhumalé whose father is the keyolhu of a pole-and-line fishing dhoni from Gan in Laamu atoll, in the English of the Maldives ('Assalaamu alaikum', 'my bappa', 'my mamma', 'the keyolhu', 'the dhoni', 'ehen', 'hama that', 'baraabaru', 'not for this', 'no need', 'Shukuriyyaa'): a Python package in the company's private Git repo that the crew's phone app and the boat owners' office system both use, nothing kept, skipjack MVR 23 a kg and yellowfin MVR 40 a kg at MIFCO's price that comes in with the catch, a yellowfin under 3 kg paid as skipjack, the fuel, the ice and the food taken out first, half of what is left to the boat owner and half to the crew, the crew's half by shares with the keyolhu 2, the engine driver 1.5, every fisherman 1 and a boy under 18 half a share, nothing from a trip to a man who missed it, everything rounded down to the rufiyaa with the laari left over to the boat owner; his bappa's calculator on the back of the MIFCO receipts today; the reef fish for the resorts 'not for this', his mamma's dried fish 'no need'; Python",
    says: {
      overview:
        "Assalaamu alaikum. I'm Ahmed Shifau, I'm a developer in Hulhumalé. My bappa is the keyolhu, the captain, of a pole and line fishing dhoni from Gan in Laamu atoll, and I grew up on that boat in the school holidays. After every trip the catch is sold to the MIFCO collector boat and the money is shared between the boat owner and the crew. Now my bappa does the shares with a calculator on the back of the MIFCO receipts, and ehen, every time some fisherman says his share is short and there is a fight on the jetty. Some boat owners on the island want an app for the crews, and the owners have an office system in Malé, so I want one Python package that both use, so the share is always the same.",
      more: "It keeps nothing. The app and the office system give it the catch and the crew, and it gives back the shares, hama that. Both keep their own data.",
      walkthrough:
        "Ehen, like this.\n\nSkipjack is MVR 23 a kg and yellowfin is MVR 40 a kg, that is MIFCO's price, it changes, so the price comes in with the catch.\n\nA yellowfin under 3 kg is paid as skipjack.\n\nFirst take out the trip costs, the fuel, the ice and the food.\n\nWhat is left, half goes to the boat owner and half to the crew.\n\nThe crew half is shared by shares: the keyolhu gets 2 shares, the engine driver 1.5, every fisherman 1, and a boy under 18 gets half a share.\n\nA man who missed the trip gets nothing from that trip.\n\nRound everything down to the rufiyaa, and the laari left over goes to the boat owner.",
      extras: [
        "The reef fish we sometimes sell to the resorts, that's my uncle's other boat, not for this. And the dried fish my mamma makes, no need.",
        "That's all, baraabaru. Shukuriyyaa!",
      ],
      tech: "Python. The crew app's backend and the office system are both Python, so a package in our private Git repo, both can install it.",
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
        "skipjack MVR 23",
        "yellowfin MVR 40",
        "yellowfin under 3 kg skipjack",
        "fuel ice food",
        "half boat owner half crew",
        "keyolhu 2 shares",
        "engine driver 1.5",
        "boy under 18 half a share",
        "missed the trip nothing",
        "round down rufiyaa",
        "laari left over boat owner",
      ],
      tables: [],
      excluded: ["reef", "dried"],
      background: ["calculator"],
      stack: ["Python"],
    },
  },
  {
    id: "kainantu-ed-pos",
    who: "A community health worker at an aid post in a village near Kainantu in the Eastern Highlands of Papua New Guinea, in Tok Pisin (never used before as a language, as she types it, in short sentences, with the English words Papua New Guineans really mix in: 'app', 'fon', 'network', 'Digicel', 'CHW', 'ed pos', 'RDT', 'klinik', 'refer', 'ripot', 'stock', 'login', 'no ken putim', 'lusim', 'Tenkyu tru'): a phone app for her and the other health worker that works at the aid post where the Digicel network comes and goes and sends when it comes back, children under 5 free and adults K2 a visit, an RDT first for a fever and malaria medicine only when the RDT is positive, the pregnant women at the clinic once every month, a very sick person sent to the hospital in Kainantu and the referral written, a warning when a medicine goes down under 50, a report to the district every month; records after colons inline with the RDT result in brackets, every visit one patient's; a big book today; the village water supply 'no ken putim', the mosquito nets 'lusim'; the parents added to the patients at the review",
    says: {
      overview:
        "Moning tru! Nem bilong mi Lucy Kaupa. Mi wanpela CHW na mi wok long ed pos long wanpela ples klostu long Kainantu, Eastern Highlands. Mi na narapela CHW, Martha, mitupela i lukautim ed pos. Nau mipela raitim olgeta samting long wanpela bikpela buk. Taim mipela mas salim ripot long distrik, mipela sindaun tupela de na kaunim ol nem long buk. Las yia marasin malaria i pinis na mipela i no save, na ol sikman i kam na i no gat marasin. Mipela laikim wanpela app long fon.",
      more: "Digicel network i no strong long ed pos, em i save kam na go. App i mas wok taim network i no stap, na salim olgeta samting taim network i kam bek.",
      walkthrough:
        "Em i olsem.\n\nOl pikinini aninit long 5 krismas i no baim wanpela toea.\n\nOl bikpela i baim K2 long olgeta visit.\n\nSapos wanpela i gat fiva, mipela mas mekim RDT pastaim.\n\nSapos RDT i positiv tasol, mipela givim marasin malaria.\n\nOl meri i gat bel i mas kam long klinik wanpela taim long olgeta mun.\n\nSapos sik i strong tumas, mipela salim em i go long haus sik long Kainantu, na mipela raitim refer.\n\nTaim wanpela marasin i go daun aninit long 50, app i mas tokim mi.\n\nOlgeta mun mipela salim ripot long distrik: hamas sikman, hamas malaria, hamas pikinini.",
      things:
        "Sikman: nem, ples, krismas, man o meri. Visit: sikman, de, sik, RDT (positiv o negativ), marasin, pe, refer. Marasin: nem, stock, expiry. Olgeta visit em i bilong wanpela sikman tasol.",
      extras: [
        "Wok bilong wara long ples, em i wok bilong kaunsil, no ken putim. Na ol moskito net, Rotary i save tilim, lusim.",
        "Em tasol. Tenkyu tru!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts: "Mi na Martha tasol. Ol sikman i no nidim login.",
    },
    atReview: ["Em i gutpela. Plis putim nem bilong papamama tu long sikman, long ol pikinini. Tenkyu."],
    expect: {
      kind: "mobile app",
      features: [
        "pikinini aninit 5 krismas",
        "bikpela K2 olgeta visit",
        "fiva RDT pastaim",
        "RDT positiv marasin malaria",
        "meri bel klinik olgeta mun",
        "haus sik Kainantu refer",
        "marasin aninit 50",
        "ripot distrik olgeta mun",
      ],
      tables: [
        { name: "sikman", fields: ["nem", "ples", "krismas", "papamama"] },
        { name: "visit", fields: ["sikman", "de", "sik", "RDT", "marasin", "pe", "refer"] },
        { name: "marasin", fields: ["nem", "stock", "expiry"] },
      ],
      excluded: ["wara", "moskito"],
      background: ["buk"],
    },
  },
  {
    id: "carmen-bohol-baboyan",
    who: "A woman with a backyard piggery of 12 sows and two boars in Carmen, Bohol, near the Chocolate Hills, in Cebuano (never used before as a language, as she types it, with the English words Boholanos really mix in: 'app', 'cellphone', 'signal', 'feeds', 'ma-iron', 'hog cholera', 'i-report', 'MAO', 'ASF', 'Large White', 'mo-login', 'ayaw na ilakip', 'dili na amo', 'Salamat kaayo'): a phone app for her and her son, a sow farrowing 114 days after she is bred with a warning a week before, the piglets' iron on the third day, weaned at 30 days, a piglet sold at two months for ₱3,500, a fattener for lechon sold live at ₱190 a kilo, the piglets vaccinated for hog cholera at 6 weeks, a sow that farrows fewer than 6 piglets twice in a row sold, a warning under 10 sacks of feeds, a pig that dies suddenly reported to the MAO the same day because of ASF; records after dashes inline, every farrowing one sow's and every sale one buyer's; a kwaderno today; her husband's chickens and goats 'ayaw na ilakip', her cousin's roasted lechon 'dili na amo'; the breed taken off the sows and the buyer's cellphone added to the sales after 'Change something' at 'Your data'",
    says: {
      overview:
        "Maayong hapon! Ako si Nenita Balili, taga Carmen, Bohol, duol sa Chocolate Hills. Naa mi gamay nga baboyan sa likod sa balay, 12 ka anay ug duha ka bulugan. Mobaligya mi og biik ug mga baboy nga pang-lechon. Karon, tanan gisulat nako sa usa ka kwaderno, pero daghan kaayo ko makalimtan, unsa nga anay ang gipakastahan ug kanus-a siya manganak. Sa miaging bulan, nanganak ang usa ka anay sa gabii nga wala mi kahibalo, namatay ang tulo ka biik. Mao nga gusto nako og app sa cellphone para sa akoa ug sa akong anak nga si Jun-Jun.",
      more: "Naay signal diri sa baboyan, Smart ug Globe, walay problema.",
      walkthrough:
        "Mao ni ang dagan.\n\nManganak ang anay 114 ka adlaw human sa pagpakasta, ug gusto nako nga pahibaloon ko sa app usa ka semana sa dili pa siya manganak.\n\nAng mga biik kinahanglan ma-iron sa ikatulong adlaw.\n\nIlutas ang mga biik sa 30 ka adlaw.\n\nAng biik ibaligya sa duha ka bulan, ₱3,500 matag usa.\n\nAng baboy nga pang-lechon ibaligya nga buhi, ₱190 kada kilo.\n\nAng mga biik bakunahan sa hog cholera sa 6 ka semana.\n\nKung ang anay manganak og ubos sa 6 ka biik kaduha nga sunod-sunod, ibaligya na siya.\n\nKung ubos na sa 10 ka sako ang feeds, pahibaloa ko.\n\nKung naay baboy nga kalit lang namatay, kinahanglan i-report sa MAO sa samang adlaw, tungod sa ASF.",
      things:
        "Anay - numero, lahi, petsa sa pagpakasta, bulugan. Panganak - anay, petsa, buhi, patay. Baligya - petsa, pumapalit, biik o kilo, presyo. Matag panganak usa ra ka anay, ug matag baligya usa ra ka pumapalit.",
      thingsChange:
        "Tangtanga ang lahi sa anay, pareho ra man tanan, Large White. Ug sa baligya, ibutang pud ang cellphone number sa pumapalit, para matawagan nako sila.",
      extras: [
        "Ang manok ug kambing sa akong bana, lahi na na, ayaw na ilakip. Ug ang lechon nga luto sa akong ig-agaw sa Tagbilaran, dili na amo.",
        "Mao ra na. Salamat kaayo!",
      ],
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Needs a connection",
      Accounts: "Ako ug si Jun-Jun ra. Ang mga trabahante dili na kinahanglan mo-login.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "mobile app",
      features: [
        "anay 114 ka adlaw pagpakasta",
        "pahibaloon usa ka semana",
        "ma-iron ikatulong adlaw",
        "ilutas 30 ka adlaw",
        "biik ₱3,500",
        "₱190 kada kilo",
        "hog cholera 6 ka semana",
        "6 ka biik kaduha ibaligya",
        "10 ka sako feeds",
        "MAO samang adlaw",
      ],
      tables: [
        { name: "anay", fields: ["numero", "pagpakasta", "bulugan"] },
        { name: "panganak", fields: ["anay", "petsa", "buhi", "patay"] },
        { name: "baligya", fields: ["petsa", "pumapalit", "presyo", "cellphone"] },
      ],
      excluded: ["manok", "kambing"],
      background: ["kwaderno"],
    },
  },
];
