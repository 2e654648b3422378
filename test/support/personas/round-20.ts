import type { Persona } from "../persona-driver.js";

/**
 * The twentieth held-out round, written without reading the interviewer and never run or
 * tuned on before its first unseen run (bench/results/personas-unseen-round-20.json):
 * what each person expects was written before any spec was made from their words. Tuned
 * on since.
 *
 * Like the rounds before it, a sample of ordinary people describing an idea the ordinary
 * way, not written to be easy: plain prose in answers of one to several paragraphs,
 * records listed after colons, after dashes, in parentheses or told in sentences. Eight
 * write in English, each in their own English: Glaswegian (lower-case, "weans", "the
 * noo", "pure guddle", "fae", "fur", "gie … a miss", "naw tae"), Ugandan ("we are
 * having", "my boys", "I am failing to tell him", "the mortality", "it is not a must",
 * "Webale nnyo"), Kiwi Māori ("Kia ora koe", "tōku ingoa", "whānau", "all over the
 * show", "eh", "kāore", "Ngā mihi nui"), Sri Lankan ("What happens is", "aiyo", "no?",
 * "the management has given a vendor", "keep that aside for now"), Boston ("how ya
 * doin", "wicked busy", "down the Cape", "the girls", "we're all set with that", "don't
 * even go there"), Yorkshire ("Ey up", "twenty-odd year", "mithering", "our Callum",
 * "stood there", "leave well alone", "it can stop out of it", "Ta very much"),
 * Malaysian-Chinese ("sure got bug one", "last time", "confirm will change again", "kena
 * problem already", "don't want to touch … lah", "No more already") and Barbadian ("we
 * does put on", "nuff trucks", "Lord have mercy", "licks", "it ain't fuh we", "dat ain't
 * we business"). One writes in Malay (Bahasa Melayu, never used before, as a Skudai
 * committee secretary types it, with the words Malaysians really use: "AJK", "online",
 * "check", "phone", "bank in", "upload", "WhatsApp", "leceh", "je", "tak payah", "tak
 * nak"), and one in Serbian (Cyrillic, never used before, as a Sremski Karlovci winery
 * owner types it, with "дигитрон", "кеш", "паре", "аконтација", and React and Node.js in
 * Latin letters). What varies is the kind of software, the domain and the length of the
 * answers: web apps for a Glasgow swimming club's squads and times (PBs, qualifying
 * times, lane sheets by 100 free time), a Boston cleaning company's Saturday turnovers
 * of rental houses on Cape Cod (calendar links, crews by town, door codes, damage
 * photos, linen packs for each van), a Barbados food truck night's pitches (applications
 * with power in amps, a food handler's permit in date, the same main dish not side by
 * side, a waiting list, lists for the electrician and the gate), a Johor death benefit
 * society's members, dependants, yearly dues and claims (khairat kematian: ahli,
 * tanggungan, yuran, tuntutan) and a Fruška Gora winery's grape pickers at harvest
 * (берба, берачи, гајбице, аконтације, приколице weighed with their sugar); a phone app
 * for a Mukono layers farm's workers in the chicken houses where the network is not
 * there (trays, cracked eggs, feed, mortality, laying percentage, vaccinations); a
 * Python command-line tool that makes a Dales church tower's bell ringers' Sunday rota,
 * with commands and flags; a service without screens that a Kandy private hospital's
 * call centre system, mobile app and channelling agents call to channel a doctor
 * (appointment numbers, estimated times, the doctor arrived or delayed by SMS, agents'
 * commission); a program on a Māori land trust's Windows laptop for its share register
 * (Court orders of succession, shares that must add up to the block's total, dividends
 * and unclaimed dividends, AGM letters, owners with no address); and a Python package on
 * PyPI that works out a Malaysian restaurant bill (discount, service charge, SST,
 * rounding to the nearest 5 sen for cash, split bills). The swimming coach answers in a
 * few lower-case words each time, the land trust's secretary in long paragraphs, the
 * others in between. Relations said plainly ("each wean's in the wan squad", "each flock
 * is in one house only", "each order has its successors", "one appointment is for one
 * patient in one session", "each house has one owner", "each truck belong to one vendor,
 * and one pitch only get one truck at an event", "setiap tanggungan bawah satu ahli je",
 * "свака приколица је са једне парцеле"); background in bits of paper in a coach's bag,
 * a paper on the wall of each house and a counter book, an Excel spreadsheet an uncle
 * started in 2003, a ledger at the counter, a whiteboard in a kitchen and a group text,
 * squared paper and a biro, calculations copy-pasted in three places, a long Word
 * document and a site map drawn on cardboard, a buku daftar, Excel and receipts written
 * by hand (tulis tangan), a notebook and a calculator (свеска, дигитрон); technology
 * named as Android, Windows, Java, Spring Boot, Oracle and Dialog, Python for the rota,
 * Python and PyPI for the bill, React and Node.js; "no" said as "gie … a miss", "naw tae", "it is not a must",
 * "do not bring them in", "that's not what this is for", "kāore, leave those out of it",
 * "no need to bother about that", "keep that aside for now", "we're all set with that",
 * "don't even go there", "leave well alone", "it can stop out of it", "don't want to
 * touch that in this package lah", "not our business", "leave dat out, it ain't fuh we",
 * "dat ain't we business", "tak payah masukkan", "kami tak nak benda tu dalam ni",
 * "немојте да мешате у ово", "исто изоставите". The cleaning company's owner adds the
 * lockbox code to the houses and the crew leader to the turnovers after "Change
 * something" at "Your data"; the death benefit society's secretary adds the dependants'
 * IC numbers and a widow or widower carrying on the membership at the review. The score
 * compares Serbian by its letters in Latin script, so its expected words are written in
 * the forms the person used (a crate is "гајбица", "гајбицу" or "гајбици" as the
 * sentence wants), and the excluded words of all ten were checked not to read like
 * anything they want.
 */
export const TWENTIETH_ROUND: readonly Persona[] = [
  {
    id: "swim-club-squads",
    who: "A Glasgow swimming club's head coach in a few lower-case words a time, in Glaswegian: the coaches put the times in on their phones at the poolside at time trials, each swimmer's PBs by stroke and distance, a swimmer who hits the qualifying time for the next squad flagged up, a lane sheet for every session with the swimmers in lanes by their 100 free time, parents see their weans' times; records after dashes on lines, each swimmer in the one squad; bits of paper in her bag today; the gala entries 'gie … a miss', the fees 'naw tae'",
    says: {
      overview: "swimming club in the east end. weans. squads n times. im head coach",
      more: "150 odd weans, 5 squads fae the wee ones up tae the performance squad. the times are aw on bits of paper in ma bag the noo. pure guddle",
      walkthrough:
        "time trials every 6 weeks. the coaches put the times in on their phones at the poolside. every wean gets their PBs by stroke an distance. when a wean hits the qualifying time fur the next squad it flags them up so we can move them. a lane sheet fur every session, weans in lanes by their 100 free time, fastest in lane 1. parents can see their weans times",
      things:
        "swimmers - name, date of birth, squad, parent email\nsquads - name, qualifying time\nsessions - day, start time, pool, squad\ntimes - swimmer, stroke, distance, time, date\neach wean's in the wan squad",
      extras: [
        "gie the gala entries a miss, the gala secretary does them. an naw tae the fees, the treasurer's got that",
        "naw thats us. cheers pal",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "coaches n parents log in. me n ma assistant coach run it",
    },
    expect: {
      kind: "web app",
      features: [
        "times on their phones at the poolside",
        "PBs stroke distance",
        "qualifying time next squad",
        "lane sheet every session",
        "lanes by their 100 free time",
        "parents see times",
      ],
      tables: [
        { name: "swimmers", fields: ["name", "date of birth", "squad", "parent email"] },
        { name: "squads", fields: ["name", "qualifying time"] },
        { name: "sessions", fields: ["day", "start time", "pool", "squad"] },
        { name: "times", fields: ["swimmer", "stroke", "distance", "time", "date"] },
      ],
      excluded: ["gala", "fee"],
      background: ["paper"],
    },
  },
  {
    id: "layers-farm-records",
    who: "A Mukono layers farm's manager in Ugandan English: a phone app for the workers in the chicken houses, where the network is not there, each morning and evening the trays and the extra eggs, the cracked eggs separately, the bags of feed used and the mortality for each house, the laying percentage for each house each day and a warning when a house is below 75 percent for three days, each flock's vaccinations with a reminder two days before one is due and the batch number of the vaccine when it is given, the totals for the day for the whole farm and a report at the end of the month for the owner; records told in sentences, each flock in one house only; a paper on the wall of each house and a counter book today; the egg sales 'do not bring them in', the workers' salaries 'it is not a must'; Android",
    says: {
      overview:
        "Good morning. I am Ssemakula, I manage a layers farm in Mukono, along the Kayunga road. We are having four houses with about seven thousand birds in lay, and the eggs we sell in trays to traders who come from Kampala. The owner is my uncle who works in Kampala, I am the manager, and there are six workers, my boys.\n\nThe problem is the records. The boys write the eggs on a paper on the wall of each house, then in the evening I copy it into a big counter book, and when the owner is asking me why the eggs have gone down, I am failing to tell him which house and since when. Also last year a Newcastle vaccination was missed and we lost birds, somehow nobody remembered. So I want an app on the phones for my boys and me.",
      walkthrough:
        "Every morning and every evening the boy in charge of a house collects the eggs and puts in the app how many trays, a tray is 30 eggs, and the extra eggs which do not fill a tray, plus the cracked eggs separately. He also puts the bags of feed used and the mortality, meaning the birds that died that day, if any. In the chicken houses the network is not there, so the app must work without network and send everything when they come back to the store where there is network.\n\nFrom the eggs and the birds remaining, the app should work out the laying percentage for each house each day. When a house goes below 75 percent for three days I want the app to tell me, because that is when you know something is wrong, either the feed or disease.\n\nThen the vaccinations. Each flock has its schedule, Newcastle, Gumboro, fowl pox and so on, with the dates, and the app should remind me two days before a vaccination is due. When it is done the boy marks it with the date and the batch number of the vaccine. In the evening I want to see the totals for the day for the whole farm, the trays, the cracked eggs and the feed, and at the end of the month a report I can send to the owner.",
      things:
        "We have the houses, House 1 up to House 4, each one with a name and the capacity, how many birds it can take. The birds come as a flock, we buy them at point of lay from the hatchery, and the flock has the breed, the number of birds, the date they came and the house. Each flock is in one house only. Then every collection, let me call it the daily record, has the house, the date, morning or evening, the trays, the extra eggs, the cracked eggs, the feed in bags and the mortality. And the vaccinations have the flock, the vaccine, the date it is due, the date it was given and the batch number.",
      extras: [
        "The egg sales and the money from the traders, do not bring them in, my uncle's wife keeps that in her own book. And the salaries of the boys, it is not a must, I pay them myself at month end.",
        "No, that is all. Webale nnyo.",
      ],
      tech: "The phones the boys have are Android, Tecno and itel, so it should be for Android.",
    },
    picks: {
      Kind: "Mobile app",
      Offline: "Work offline, sync later",
      Accounts:
        "Me and the six boys log in, each boy sees the house he is in charge of. The owner can also log in to look.",
      Technology: "I have preferences",
      "App tech": "Android",
    },
    expect: {
      kind: "mobile app",
      features: [
        "trays extra eggs",
        "cracked eggs separately",
        "bags of feed",
        "mortality",
        "work without network",
        "laying percentage for each house",
        "below 75 percent for three days",
        "remind two days before vaccination due",
        "batch number of the vaccine",
        "totals for the day for the whole farm",
        "end of the month report owner",
      ],
      tables: [
        { name: "houses", fields: ["name", "capacity"] },
        { name: "flocks", fields: ["breed", "number of birds", "house"] },
        {
          name: "daily records",
          fields: ["house", "date", "trays", "extra eggs", "cracked eggs", "feed", "mortality"],
        },
        { name: "vaccinations", fields: ["flock", "vaccine", "due date", "batch number"] },
      ],
      excluded: ["sale", "salary"],
      background: ["counter book"],
      stack: ["Android"],
    },
  },
  {
    id: "whenua-trust-register",
    who: "A Māori land trust's secretary near Ōpōtiki in Kiwi Māori English, in long paragraphs: a program on the trust's Windows laptop, nothing on the internet, for the share register of about 1,650 owners, a Court order of succession put in with the order number, the date, the owner who passed and the successors with the shares each one gets (usually split equally), the shares taken off the one who passed and added to a successor who is already an owner, a warning before saving when the shares don't add up to the total for the block, a dividend at a rate per share with anything under $10 held for next year, a list for the bank, unclaimed dividends paid out together in one go, the AGM letters with the name and address printed, a list of owners with no address and no bank account with their unclaimed dividends, a backup on a USB stick; records told in sentences, each order with its successors; an Excel spreadsheet an uncle started in 2003 today; the lease and the orchard rent 'that's not what this is for', the scholarships and the tangi koha 'kāore … leave those out of it'; Windows",
    says: {
      overview:
        "Kia ora koe. Ko Mereana Tāwhiri tōku ingoa, and I'm the secretary for the Te Rere 3B Ahu Whenua Trust, just out of Ōpōtiki. We've got a bit under four hundred hectares, mostly leased to a kiwifruit orchard and the rest in pine, and the block's got about 1,650 owners on the list now, living in Australia, Auckland, Hamilton, all over the show. The Māori Land Court gave us the share list when the trust was set up in the seventies, and every time an owner passes away their whānau apply to the Court to succeed to the shares, and then I have to update our register to match.\n\nRight now the register is an Excel spreadsheet Uncle Hemi started in 2003, and honestly it's a mess, eh. There's owners in there twice, owners who passed years ago still getting dividends posted to them, shares that don't add up to the total any more, and a big pile of Court orders I'm meant to have typed in. We pay a dividend every year after the AGM, and a good third of it never gets to anyone because we don't have an address or a bank account for them, so it just sits there unclaimed. I'd love a proper program on the trust's laptop to keep the owners and their shares straight. The trustees are really clear that the owners' details stay with us, on the laptop in the office at the marae, not up on the internet somewhere.",
      walkthrough:
        "So it goes like this. When a Court order comes in for a succession, I put in the order number and the date and the owner who passed away, and then the successors and how many shares each one gets. Usually it's the shares split equally between the children, but sometimes it goes to a whānau trust or the Court does it different, so I need to be able to put in the shares for each one myself. Then the register takes the shares off the one who passed and gives them to the successors, and if a successor is already an owner it adds to what they've got, it doesn't make a new owner. The shares always have to add up to the total for the block, and if they don't after I put an order in, I want the program to tell me straight away, before I save it.\n\nFor the dividend, the trustees decide at the AGM on a rate per share, say 12 cents a share this year. The program works out each owner's dividend from their shares, and anything under $10 we don't pay out, it gets held and added on to the next year's, that's in our trust order. Then I want a list for the bank of everyone with a bank account, and for the ones without, their dividend goes down as unclaimed. When someone rings up years later and we find out who they are, I need to see all their unclaimed dividends together and pay them out in one go.\n\nBefore the AGM every owner with an address gets a letter, the pānui with the agenda and the proxy form, so I need to print the AGM letters with their name and address on. And once a year we put a list in the paper and on the trust's Facebook page of the owners we've lost touch with, so I want a list of the owners with no address and no bank account, with their shares and how much unclaimed dividend they've got waiting. Oh, and I back everything up on a USB stick every Friday, so it has to be easy to back up.",
      things:
        "Well, the owners are the main thing: their full name, date of birth, their address, phone, email and bank account, and whether they've passed away and when. It's the one block, so each owner just has their number of shares, but it goes down to four decimal places because of all the successions over the years. Then the Court orders, with the order number, the date and the owner who passed. Each order has its successors, that's the owner who got shares from it and how many shares. The dividends are one a year, with the year and the rate per share, and then every owner gets a dividend payment: which dividend, the owner, the amount, and the date it was paid, or left empty while it's unclaimed.",
      extras: [
        "The lease and the orchard rent, that's all with our accountant in Xero, so that's not what this is for. And the scholarships and the tangi koha we give to whānau, kāore, the grants committee has its own way of doing those, leave those out of it.",
        "Nah, that's everything I can think of. Ngā mihi nui, and thanks for letting me go on, eh.",
      ],
      tech: "It's a Windows laptop the trust bought last year. And nothing on the internet, please.",
    },
    picks: {
      Kind: ["Something else", "A desktop app"],
      Accounts: "No logins, it's only me on the trust laptop, the chair just looks over my shoulder",
      Technology: "I have preferences",
    },
    expect: {
      kind: "desktop app",
      features: [
        "successors shares each",
        "shares split equally",
        "already an owner",
        "add up to the total for the block",
        "rate per share",
        "under $10 held",
        "list for the bank",
        "unclaimed dividends together",
        "AGM letters",
        "owners with no address",
        "USB stick",
      ],
      tables: [
        { name: "owners", fields: ["name", "date of birth", "address", "bank account", "shares"] },
        { name: "court orders", fields: ["order number", "date"] },
        { name: "successors", fields: ["court order", "owner", "shares"] },
        { name: "dividends", fields: ["year", "rate"] },
        { name: "dividend payments", fields: ["dividend", "owner", "amount", "date paid"] },
      ],
      excluded: ["lease", "Xero", "scholarship", "koha"],
      background: ["Excel", "spreadsheet"],
      stack: ["Windows"],
    },
  },
  {
    id: "doctor-channelling",
    who: "A Kandy private hospital's IT executive in Sri Lankan English: a service without screens for doctor channelling that the call centre system, the new mobile app, the hospital system and the channelling agents call, a doctor's sessions with the maximum patients and minutes per patient, the next appointment number and the estimated time, a full session refused, the same mobile number not taking two numbers in the same session, an SMS with the appointment number and estimated time, an SMS when the doctor arrived or is delayed more than 30 minutes, a cancelled session texted and marked for refund, the doctor fee, hospital fee and agent fee, each agent's commission for attended patients and the doctor fee total for each session at month end; records after colons on lines, one appointment for one patient in one session; a ledger at the counter today; the pharmacy and lab reports 'no need to bother about that', the OPD and admissions 'keep that aside for now'; Java, Spring Boot, Oracle and Dialog",
    says: {
      overview:
        "Good morning. I am Dilshan, the IT executive at Hillview Hospitals in Kandy, it is a private hospital with about sixty consultants who come for channelling in the evenings. What happens is, the patients channel the doctor by calling our call centre, or through the agents like the pharmacies and the channelling companies, and the agents phone us and the counter girls write it in the ledger. So many times two people get the same number, or the agent says he booked and our ledger doesn't have it, and then the patients are fighting at the counter, aiyo. Now the management has given a vendor to do a mobile app, and the agents also want to connect directly. So what we need is one channelling service in the middle, no screens, that all of them call.",
      walkthrough:
        "Each doctor has sessions, for example Dr. Wickramasinghe, cardiologist, Tuesday and Friday from 5.30 p.m., maximum 40 patients, about 7 minutes per patient. When someone books, the service gives the next appointment number for that session, and also the estimated time from the session start time and the minutes per patient, so number 11 will be around 6.40. If the session is full it must say so, we don't do overbooking. The same mobile number cannot take two numbers in the same session unless it is a different patient, because some people are booking and not coming, no?\n\nOnce booked, the patient gets an SMS with the doctor, the date, the appointment number and the estimated time. On the day, when the doctor arrives, the counter presses doctor arrived in our hospital system, that system calls the service, and all the patients in that session get an SMS. If the doctor is delayed more than 30 minutes, same thing, an SMS with the new time. If the doctor cancels the session, every patient gets an SMS, and the ones who paid through the app or an agent must be marked for refund.\n\nThe fee has three parts, the doctor fee, the hospital fee and the agent fee, and the agent gets a commission for each booking. The counter marks each patient as attended through the hospital system. At the end of the month the accounts division wants the commission for each agent, only for the patients who attended, and the doctor fee total for each session of each doctor, so they can pay the doctors.",
      things:
        "Doctors: name, speciality, SLMC number, doctor fee\nSessions: doctor, date, start time, room, maximum patients, minutes per patient, status\nPatients: name, mobile number, NIC number\nAppointments: session, patient, appointment number, estimated time, channel (call centre, app or agent), agent, paid, attended, refund\nAgents: name, commission per booking\nOne appointment is for one patient in one session. A doctor has many sessions.",
      extras: [
        "The pharmacy and the lab reports, no need to bother about that, we have separate systems and they are working fine. The OPD and the admissions also, keep that aside for now, only channelling.",
        "No, that's all. Thank you very much.",
      ],
      tech: "Our team knows Java, so Spring Boot, and the hospital system runs on Oracle, so Oracle for the database also. For the SMS we already have a Dialog account.",
    },
    picks: {
      Kind: ["Something else", "An API or service"],
      Accounts:
        "No people logging in. The call centre system, the mobile app, our hospital system and each agent get their own API key.",
      Technology: "I have preferences",
      "Back end": "Java with Spring Boot",
      Database: "Oracle",
    },
    expect: {
      kind: "api service",
      features: [
        "next appointment number",
        "estimated time session start time minutes per patient",
        "session full",
        "same mobile number same session",
        "SMS appointment number estimated time",
        "doctor arrived SMS",
        "delayed more than 30 minutes",
        "marked for refund",
        "doctor fee hospital fee agent fee",
        "commission for each agent attended",
        "doctor fee total for each session",
      ],
      tables: [
        { name: "doctors", fields: ["name", "speciality", "SLMC number", "doctor fee"] },
        {
          name: "sessions",
          fields: ["doctor", "date", "start time", "room", "maximum patients", "minutes per patient"],
        },
        { name: "patients", fields: ["name", "mobile number", "NIC number"] },
        {
          name: "appointments",
          fields: [
            "session",
            "patient",
            "appointment number",
            "estimated time",
            "channel",
            "agent",
            "paid",
            "attended",
            "refund",
          ],
        },
        { name: "agents", fields: ["name", "commission"] },
      ],
      excluded: ["lab", "OPD", "admission"],
      background: ["ledger"],
      stack: ["Java", "Spring Boot", "Oracle", "Dialog"],
    },
  },
  {
    id: "cape-turnovers",
    who: "A Quincy cleaning company's owner in Boston English: a website for the Saturday turnovers of about 45 rental houses down the Cape, the bookings pulled from each house's calendar link, a quick clean when a house is not booked, the girls put in crews and each crew given its houses by town, the girls see their houses in order with the address, the door code and the notes and a checklist for each house, photos of the damage with a note and the owner gets an email with the photos, a house marked done with the time, how many linen packs to load in each van (a pack for every bed) and bath towels by how many the house sleeps; records in parentheses, each house has one owner; a whiteboard in her kitchen and a group text today; billing the owners 'we're all set with that', the paychecks 'don't even go there'; the lockbox code added to the houses and the crew leader to the turnovers after 'Change something' at 'Your data'",
    says: {
      overview:
        "Hey, how ya doin. I run a cleaning company out of Quincy, and what we mostly do is turnovers on summer rentals down the Cape, Falmouth, Dennis, Harwich, Chatham, about 45 houses. It's wicked busy. Every Saturday from June through Labor Day the renters check out at 10 and the new ones check in at 4, and we gotta get every house done in between. I got twelve girls and three vans. Right now it's a whiteboard in my kitchen and a group text, and last August a crew drove all the way to Chatham to the wrong house. I want a website where I set up the Saturdays and the girls see their houses on their phones.",
      walkthrough:
        "The owners rent the houses through VRBO or Airbnb or the agencies, and every owner sends me a calendar link, so the site pulls the bookings from the calendar link and I see which houses turn over which Saturday. Some weeks a house isn't booked and it just needs a quick clean. Then I put the girls in crews, two or three to a crew, and give each crew its houses for the day by town, so nobody's driving up and down Route 28 all day.\n\nOn their phones the girls see their houses in order with the address, the door code and the notes, like where the trash goes, and a checklist for each house, beds, bathrooms, kitchen, the outdoor shower, the grill. If something's broke or there's damage, they take photos of the damage with a note, and the owner gets an email with the photos right away, before the next renters get in. When a house is done they mark it done and it keeps the time, so I can see from anywhere how the day's going.\n\nWe bring the sheets and towels too, so for every Saturday I need to know how many linen packs to load in each van, a pack for every bed in the crew's houses, and the bath towels by how many the house sleeps.",
      things:
        "The owners (name, phone, email). The houses (address, town, owner, bedrooms, beds, sleeps, door code, calendar link, notes). The girls, the cleaners I mean (name, cell). Crews (the date, the van, the cleaners in it). Turnovers (the house, the date, the crew, done time). Damage reports (the turnover, the photos, the note). Each house has one owner, but some owners got a few houses.",
      thingsChange:
        "Put the lockbox code on the houses, some of them got a lockbox and a door code both. And on the turnovers I want the crew leader, the girl in charge that day, she's who the owner calls.",
      extras: [
        "Billing the owners, we're all set with that, my accountant does the invoices in QuickBooks. And the girls' paychecks, don't even go there, that's the payroll company.",
        "Nope, that's it. Thanks a lot, have a good one.",
      ],
      tech: "I don't care what it's built with, long as it works on the girls' phones.",
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "I'm the admin. The girls log in on their phones and see just their own crew's houses. The owners don't log in, they just get the emails.",
      "Your data": ["Change something", "Looks right"],
    },
    expect: {
      kind: "web app",
      features: [
        "bookings from the calendar link",
        "quick clean",
        "crew its houses by town",
        "address door code notes",
        "checklist for each house",
        "photos of the damage",
        "owner email with the photos",
        "mark it done time",
        "linen packs each van",
        "towels sleeps",
      ],
      tables: [
        { name: "owners", fields: ["name", "phone", "email"] },
        {
          name: "houses",
          fields: [
            "address",
            "town",
            "owner",
            "bedrooms",
            "beds",
            "sleeps",
            "door code",
            "calendar link",
            "lockbox code",
          ],
        },
        { name: "cleaners", fields: ["name", "cell"] },
        { name: "crews", fields: ["date", "van"] },
        { name: "turnovers", fields: ["house", "date", "crew", "done time", "crew leader"] },
        { name: "damage reports", fields: ["turnover", "photos", "note"] },
      ],
      excluded: ["invoic", "paycheck", "payroll"],
      background: ["whiteboard"],
    },
  },
  {
    id: "bell-ringing-rota",
    who: "A Dales church tower captain in Yorkshire English: a Python command-line tool her grandson writes that reads the ringers from a CSV (name, phone, whether they can call, whether they're learning) and the Sundays they can't do from another, makes the rota for the next thirteen Sundays with at least six ringers and somebody who can call each Sunday, no more than two learners, nobody more than three Sundays running and the Sundays shared out fair, tells her which Sundays are short and who's missing, weddings as extra dates with how many ringers the couple wants, a sheet to pin up in the church porch, two ringers swapped on a date after checking neither is away; squared paper and a biro today; the peals and quarter peals 'leave well alone', the wedding fees 'it can stop out of it'; commands and flags",
    says: {
      overview:
        "Ey up. I'm tower captain at St Wilfrid's, in a village up the dale from Skipton. We've eight bells and fourteen ringers, if you count the two learners, which I do. We ring for morning service every Sunday, and for weddings, and every three months I do a rota so folk know which Sundays they're on. I've done it on squared paper with a biro for twenty-odd year, and there's always somebody mithering me to swap. Our Callum, my grandson, does computers in Leeds, and he says he'll write me a little program I can run on the laptop, typing commands in, so that's what I'm after.",
      walkthrough:
        "I keep the ringers in a spreadsheet, saved as a CSV: their name, their phone number, whether they can call, that's call the changes, be the conductor, and whether they're still learning. Then everybody tells me the Sundays they can't do, holidays and that, and I put them in another CSV, name and date.\n\nFrom them two the program wants to make the rota for the next thirteen Sundays. Every Sunday needs at least six ringers, and one of them has to be somebody who can call, else we're stood there ringing rounds for half an hour. There's to be no more than two learners on any Sunday, the band can't carry more than two. Nobody's to be put on a Sunday they can't do, obviously, nobody does more than three Sundays running, and it's to share the Sundays out fair, so by the end everybody's done about the same.\n\nIf it can't find six for a Sunday, it tells me which Sundays are short and who's missing, and I'll sort it by ringing round. Weddings I put in as extra dates, mostly Saturdays, with how many ringers the couple wants.\n\nThen it prints the rota as a sheet I can pin up in the church porch, dates down the side and names across, big enough for old eyes. And when two ringers want to swap, I tell it who and which date, it checks neither of them is away then, and prints it fresh.",
      commands:
        "make --ringers ringers.csv --away away.csv --from 2025-04-06 makes the rota and writes it to rota.csv, and --weeks 13 if I want more or fewer Sundays. check rota.csv tells me which Sundays are short. swap --date 2025-05-04 Margaret Derek swaps them two over. And print rota.csv --out porch.txt for the porch sheet.",
      extras: [
        "The peals and the quarter peals, leave well alone, they go on BellBoard. And the wedding fees, it can stop out of it, the churchwarden sorts the money.",
        "No, that's the lot. Ta very much, love.",
      ],
      tech: "Callum says Python. The laptop's a Windows one.",
    },
    picks: {
      Kind: "Command-line tool",
      Data: "No",
      Technology: "I have preferences",
      Language: "Python",
    },
    expect: {
      kind: "command-line tool",
      features: [
        "next thirteen Sundays",
        "at least six ringers",
        "somebody who can call",
        "more than two learners",
        "more than three Sundays running",
        "share the Sundays out fair",
        "Sundays short missing",
        "weddings extra dates",
        "church porch",
        "two ringers swap",
      ],
      tables: [],
      excluded: ["peal", "fee"],
      background: ["biro"],
      stack: ["Python"],
      commands: [
        "make",
        "check",
        "swap",
        "print",
        "--ringers",
        "--away",
        "--from",
        "--weeks",
        "--date",
        "--out",
      ],
    },
  },
  {
    id: "bill-rounding-my",
    who: "A Penang POS startup's developer in Malaysian-Chinese English: a Python package on PyPI that works out a restaurant bill from the items with price and quantity, the discount as a percentage or fixed amount first, the service charge 10% on the subtotal after discount, SST 6% on the subtotal plus service charge, both able to turn off and the rates as settings, the total rounded to the nearest 5 sen only for cash with the rounding adjustment as its own line, split equally or split by items with each person's share of service charge and SST, the split adding up exactly with the extra one sen to the first person, decimal not float, the breakdown line by line, 60 real receipts as test cases, nothing stored; the calculation copy-pasted in three places today; the e-invoice to MyInvois 'don't want to touch that in this package lah', printing 'not our business'; Python and PyPI",
    says: {
      overview:
        "Hi, I'm Wei Jie, developer at a small POS startup in Penang. We do the ordering and cashier system for kopitiams, cafes and some restaurants, around 80 outlets now. Actually the biggest headache for us is the bill calculation. Service charge, SST, discount, rounding, split bill, every time got customer complain the total is one or two sen different from what the cashier calculate by hand. Now the calculation is copy-paste in three places, the cashier app, the QR ordering and the backend, and each one round a bit differently, so sure got bug one. We want to take it out into one Python package, put on PyPI, then all our services pip install the same thing.",
      walkthrough:
        "Input is the bill items, each with price and quantity, plus the outlet settings. First take off the discount, can be percentage or fixed amount, before anything else. Then service charge 10% on the subtotal after discount, but some outlets don't charge service charge, so must be able to turn off. Then SST 6% on the subtotal plus service charge. Not every outlet is registered for SST, so SST also can turn off, and the rates must be settings, because last time the government change SST already, confirm will change again.\n\nThen the rounding. In Malaysia the total is rounded to the nearest 5 sen, but only for cash, card and e-wallet pay the exact amount. 1 and 2 sen round down, 3 and 4 round up to 5, 6 and 7 round down to 5, 8 and 9 round up. The rounding adjustment must show as its own line, because the accountant wants to see it.\n\nSplit bill got two ways: split equally among how many people, or split by items, where each person pays their items plus their share of the service charge and SST. The split must add up exactly to the total, the extra one sen goes to the first person. All the amounts must use decimal, not float, last time we use float and kena problem already. The output is the breakdown line by line, subtotal, discount, service charge, SST, rounding, total, so the app can show it. We collected 60 real receipts from our outlets with the correct totals, these will be the test cases.",
      extras: [
        "The e-invoice to MyInvois, don't want to touch that in this package lah, another team is doing it. The printer part also not our business, we already have it in the cashier app.",
        "No more already, thank you ya!",
      ],
      tech: "Python, published on PyPI. Python 3.10 and above.",
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
        "discount percentage or fixed amount",
        "service charge 10% subtotal after discount",
        "SST 6% subtotal plus service charge",
        "registered for SST",
        "rates settings",
        "nearest 5 sen cash",
        "rounding adjustment own line",
        "split equally",
        "split by items share of the service charge",
        "extra one sen first person",
        "decimal float",
        "60 real receipts test cases",
      ],
      tables: [],
      excluded: ["MyInvois", "printer"],
      background: ["copy-paste"],
      stack: ["Python", "PyPI"],
    },
  },
  {
    id: "food-truck-pitches",
    who: "A Barbados food truck night's vendor coordinator in Barbadian English: events put up with the date, the place and how many pitches, vendors sign up once with their business and truck and apply for a pitch at each event with what they selling, their menu and power in amps or their own generator, a food handler's permit and an Environmental Health certificate in date on the day of the event, applications approved or turned down, trucks put on pitches on the site map with a warning when the truck next door sells the same main dish, an email with the pitch number and the set-up time, a $150 pitch fee marked paid and the pitch going to the waiting list when not paid a week before, a list for the electrician of the pitches needing power and a list of licence plates for the security at the gate; records after colons inline, each truck belongs to one vendor and one pitch gets one truck at an event; a WhatsApp group, a long Word document and a site map on cardboard today; the DJ and the music 'leave dat out, it ain't fuh we', the VIP tickets 'dat ain't we business'",
    says: {
      overview:
        "Morning. I am the vendor coordinator for Bim Bites. We does put on a food truck night at the Garrison Savannah the last Friday of every month, and for Crop Over we do a big one at Kensington Oval with nuff trucks, sixty, seventy of them. Right now everything is a WhatsApp group, a long Word document with who applying, and a site map I does draw by hand on a piece of cardboard, and every single event somebody turn up saying they get a pitch and I ain't got them nowhere. Lord have mercy. I want a website where the vendors apply and I could sort out the pitches proper.",
      walkthrough:
        "I put up the events first, with the date, the place and how many pitches. The vendors sign up once with their business and their truck, then for each event they apply for a pitch: what they selling, their menu, if they need power from us and how many amps, or if they bringing their own generator. They have to upload their food handler's permit and the Environmental Health certificate for the truck, and both got to be in date on the day of the event, else the application can't go through.\n\nThen I go through the applications and approve or turn down, and I put each truck on a pitch on the site map. I don't want two trucks selling the same thing next to one another, two fish cake trucks side by side is licks for both of them, so when I put a truck on a pitch it should warn me if the truck next door selling the same main dish. When I approve, the vendor get an email with their pitch number and what time to set up. The pitch fee is $150, they pay by bank transfer and I mark it paid, and if it ain't paid a week before, the pitch go to the next truck on the waiting list.\n\nOn the day, the electrician want a list of which pitches need power and how many amps, and the security at the gate want a list of the trucks coming in with their licence plates.",
      things:
        "Vendors: business name, owner name, phone, email. Trucks: the vendor, licence plate, length. Events: name, date, place, number of pitches. Pitches: the event, pitch number, power or no power. Applications: the vendor, the truck, the event, the main dish, the menu, amps needed, permit, certificate, approved or not, the pitch, paid or not. Each truck belong to one vendor, and one pitch only get one truck at an event.",
      extras: [
        "The DJ and the music side, leave dat out, it ain't fuh we, the promoter handle that. Same with the tickets for the VIP tent, dat ain't we business.",
        "No, dat is it. Thanks, you hear?",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts:
        "The vendors sign up and log in to apply. Me and my assistant Shanice approve them and do the pitches.",
    },
    expect: {
      kind: "web app",
      features: [
        "apply for a pitch",
        "power amps",
        "own generator",
        "food handler permit",
        "in date on the day of the event",
        "approve or turn down",
        "site map",
        "warn same main dish",
        "email pitch number set up",
        "mark it paid",
        "paid a week before waiting list",
        "electrician pitches need power",
        "licence plates gate",
      ],
      tables: [
        { name: "vendors", fields: ["business name", "owner name", "phone", "email"] },
        { name: "trucks", fields: ["vendor", "licence plate", "length"] },
        { name: "events", fields: ["name", "date", "place"] },
        { name: "pitches", fields: ["event", "pitch number", "power"] },
        {
          name: "applications",
          fields: ["vendor", "truck", "event", "main dish", "menu", "amps", "pitch", "paid"],
        },
      ],
      excluded: ["DJ", "music", "ticket", "VIP"],
      background: ["cardboard", "Word document"],
    },
  },
  {
    id: "khairat-kematian",
    who: "A Skudai death benefit society's secretary in Malay: members registered with their IC number and their dependants (spouse, unmarried children under 21, parents in the same house), new members waiting 3 months from the date they registered before they can claim, yearly dues recorded by the treasurer with a receipt from the system, a WhatsApp reminder in January to those who haven't paid, membership suspended when the arrears are more than 2 years, a committee member finding a member by name or IC number with the dependants and the dues status, a claim with the funeral costs and RM500 for the heirs with the death certificate uploaded, approved and marked paid, a report for the annual general meeting and a list of members in arrears; records in parentheses, each dependant under one member; a register book, Excel and handwritten receipts today; the graves 'tak payah masukkan', the tahlil 'kami tak nak benda tu dalam ni'; the dependants' IC numbers and a widow or widower carrying on the membership added at the review",
    says: {
      overview:
        "Assalamualaikum. Saya setiausaha Badan Khairat Kematian Taman Sri Pulai, Skudai, Johor. Kami ada lebih kurang 420 ahli, setiap ahli bayar yuran RM40 setahun, dan bila ahli atau tanggungan dia meninggal dunia, khairat tanggung kos urusan jenazah dan bagi sumbangan sikit kepada waris. Sekarang semua rekod dalam buku daftar dengan Excel yang bendahari buat, resit pun tulis tangan. Bila ada kematian malam-malam, AJK kena selak buku nak check ahli tu dah bayar yuran ke belum, tanggungan dia siapa. Memang leceh. Kami nak satu sistem online yang AJK boleh check guna phone.",
      walkthrough:
        "Mula-mula ahli baru daftar, isi borang: nama, no IC, alamat, no telefon, dan senarai tanggungan dia, iaitu isteri atau suami, anak bawah 21 tahun yang belum kahwin, dan mak bapak yang tinggal serumah. Ahli baru kena tunggu 3 bulan dari tarikh daftar baru layak buat tuntutan.\n\nYuran dibayar setiap tahun, boleh bayar tunai pada bendahari atau bank in ke akaun khairat. Bendahari rekod bayaran dan sistem keluarkan resit. Bulan Januari sistem hantar peringatan yuran melalui WhatsApp kepada ahli yang belum bayar. Kalau tunggakan lebih 2 tahun, keahlian digantung sampai dia bayar balik semua.\n\nBila ada kematian, waris telefon AJK. AJK cari ahli guna nama atau no IC, tengok si mati tu ahli sendiri atau tanggungan yang berdaftar, dan status yuran dia. Lepas tu AJK buka tuntutan: nama si mati, tarikh meninggal, kos urusan jenazah (kain kafan, mandi jenazah, van jenazah) dan sumbangan RM500 kepada waris. Sijil kematian atau permit pengebumian kena upload sebagai bukti. Bendahari luluskan dan bayar, lepas tu sistem tandakan tuntutan dah dibayar.\n\nSetiap tahun masa mesyuarat agung kami kena bentang laporan: berapa yuran dikutip, berapa tuntutan dibayar, baki dalam akaun, dan senarai ahli yang tertunggak.",
      things:
        "Ahli (nama, no IC, alamat, no telefon, tarikh daftar, status). Tanggungan (ahli, nama, hubungan, tarikh lahir). Yuran (ahli, tahun, jumlah, tarikh bayar, cara bayar). Tuntutan (ahli, nama si mati, tarikh meninggal, kos, sumbangan, sijil kematian, tarikh bayar). Setiap tanggungan bawah satu ahli je, tapi satu ahli boleh ada ramai tanggungan.",
      extras: [
        "Tanah kubur dengan tapak kubur tu urusan masjid, tak payah masukkan dalam sistem ni. Bacaan tahlil pun biar surau yang atur, kami tak nak benda tu dalam ni.",
        "Tak ada dah. Terima kasih banyak-banyak.",
      ],
    },
    picks: {
      Kind: "Web app",
      Accounts: "AJK je yang login, ahli tak payah. Bendahari boleh rekod bayaran dan luluskan tuntutan.",
    },
    atReview: [
      "Oh ya, satu lagi sebelum siap. Tanggungan pun kena simpan no IC dia, sebab bila buat tuntutan kami kena padankan dengan IC dalam sijil kematian. Lepas tu, bila ahli meninggal, isteri atau suami dia boleh sambung keahlian tu tanpa tunggu 3 bulan lagi.",
    ],
    expect: {
      kind: "web app",
      features: [
        "tunggu 3 bulan tarikh daftar",
        "keluarkan resit",
        "peringatan yuran WhatsApp",
        "tunggakan lebih 2 tahun digantung",
        "cari ahli nama no IC",
        "status yuran",
        "kos urusan jenazah",
        "sumbangan RM500 waris",
        "sijil kematian",
        "tuntutan dibayar",
        "laporan mesyuarat agung",
        "senarai ahli tertunggak",
        "sambung keahlian",
      ],
      tables: [
        { name: "ahli", fields: ["nama", "no IC", "alamat", "no telefon", "tarikh daftar"] },
        { name: "tanggungan", fields: ["ahli", "nama", "hubungan", "tarikh lahir", "no IC"] },
        { name: "yuran", fields: ["ahli", "tahun", "jumlah", "tarikh bayar"] },
        {
          name: "tuntutan",
          fields: ["ahli", "nama si mati", "tarikh meninggal", "kos", "sumbangan", "tarikh bayar"],
        },
      ],
      excluded: ["kubur", "tahlil"],
      background: ["tulis tangan", "Excel"],
    },
  },
  {
    id: "berba-beraci",
    who: "A Sremski Karlovci family winery's owner in Serbian (Cyrillic): at the grape harvest each picker given a number and entered with their name, phone and whether they work by the crate or for a day's wage, the checker choosing a picker by number on the phone and adding a crate when they bring a full one to the end of the row, each trailer weighed at the cellar with the kilograms and the sugar, how much each parcel gave, 60 dinars a crate or a 4,000 dinar day's wage, advances taken off the pay, a payout list every evening that the pickers sign, a report at the end of the harvest of kilograms by parcel and by variety and the average sugar; records after colons on lines, each picker keeps one number for the harvest and each trailer is from one parcel; a notebook and a calculator today; the tastings and wine sales 'немојте да мешате у ово', the spraying 'исто изоставите'; React and Node.js",
    says: {
      overview:
        "Добар дан. Имамо породичну винарију у Сремским Карловцима, око 14 хектара винограда по Фрушкој гори, и сваке године у септембру берба траје три-четири недеље. Тада нам дође по 40-50 берача дневно, неки преко омладинске задруге, неки су комшије и студенти из Новог Сада. Сада се све води на папиру: контролор на крају реда пише у свеску колико је ко гајбица набрао, а увече ја то сабирам на дигитрону и исплаћујем у кешу. Увек се неко побуни да му фали гајбица, а на крају бербе не знам ни колико је која парцела дала. Треба нам апликација на вебу, да контролор уноси са телефона, а ја у канцеларији да видим све.",
      walkthrough:
        "Ујутру сваки берач добије број, ако је нов уписујемо га: име и презиме, телефон и да ли ради по гајбици или за дневницу. Онда се распореде по парцелама. Контролор на телефону изабере берача по броју и кад берач донесе пуну гајбицу на крај реда, дода му гајбицу. Кад се напуни приколица, трактор је вози у подрум и тамо се мери, килограми и шећер, шећер мерим рефрактометром у Ексле степенима. Тако знам колико је која парцела дала и какав је шећер по сорти.\n\nПлаћамо 60 динара по гајбици, или 4.000 динара дневница за оне који раде на дан. Ако је неко узео аконтацију током недеље, аконтација се одбија од исплате. Увече ми треба списак за исплату: за сваког берача колико гајбица, колико је зарадио, колико је узео аконтације и колико му треба дати. Берач потпише на списку кад прими паре. И на крају бербе хоћу извештај колико килограма по парцели и по сорти и просечан шећер.",
      things:
        "Берачи: број, име и презиме, телефон, по гајбици или дневница\nПарцеле: назив, сорта, површина\nУчинак: берач, парцела, датум, број гајбица\nПриколице: парцела, датум, килограми, шећер\nАконтације: берач, датум, износ\nСваки берач има свој број за целу бербу, а свака приколица је са једне парцеле.",
      extras: [
        "Дегустације и продају вина у подруму немојте да мешате у ово, то је посебна прича. Прскање и заштиту винограда исто изоставите, то агроном води у својој апликацији.",
        "Не, то је то. Хвала вам пуно, поздрав.",
      ],
      tech: "Сестрић ради у једној IT фирми у Новом Саду и каже да би то урадио у React-у и Node.js-у. Базу нека он изабере.",
    },
    picks: {
      Kind: "Web app",
      Accounts: "Пријављујемо се само ја, супруга и двојица контролора. Берачи немају налог.",
      Technology: "I have preferences",
      "Front end": "React",
      "Back end": "Node.js",
    },
    expect: {
      kind: "web app",
      features: [
        "берача по броју",
        "дода гајбицу",
        "килограми шећер",
        "парцела дала",
        "динара по гајбици",
        "дневница",
        "аконтација одбија исплате",
        "списак исплату",
        "потпише списку",
        "килограма по парцели",
        "просечан шећер",
      ],
      tables: [
        { name: "берачи", fields: ["број", "име", "телефон"] },
        { name: "парцеле", fields: ["назив", "сорта", "површина"] },
        { name: "учинак", fields: ["берач", "парцела", "датум", "број гајбица"] },
        { name: "приколице", fields: ["парцела", "датум", "килограми", "шећер"] },
        { name: "аконтације", fields: ["берач", "датум", "износ"] },
      ],
      excluded: ["дегустациј", "продај", "прскањ"],
      background: ["свеск", "дигитрон"],
      stack: ["React", "Node.js"],
    },
  },
];
