import type { Persona } from "../persona-driver.js";

/**
 * People with ideas, each as they would describe it: web and non-web software, one-line
 * answers and paragraphs, lists with fields, negations, background, technology in their
 * own words, a language other than English, and corrections mid-interview. Each states
 * the features, tables, fields and exclusions their words call for.
 */
export const PERSONAS: readonly Persona[] = [
  {
    id: "plumbing-dispatch",
    who: "A plumbing business owner replacing a whiteboard; lists things with fields in brackets",
    says: {
      overview:
        "A dispatch board for my plumbing business. Right now jobs get written on a whiteboard in the office and the plumbers phone in to ask where to go next. The dispatcher assigns each job to a van, and plumbers see their jobs for the day on their phones. No GPS tracking of the vans.",
      walkthrough:
        "The dispatcher opens the board in the morning, adds new jobs from phone calls, assigns them to vans and marks jobs done when the plumber calls back. Plumbers see their list for the day and add notes to a job.",
      things:
        "Jobs (customer, address, problem, priority, status), vans (name and which plumber drives it), customers (name, phone, address)",
      extras: "Print a day sheet for each van.",
    },
    picks: { Kind: "Web app", Accounts: "Roles and permissions" },
    expect: {
      kind: "web app",
      features: [
        "dispatcher assigns each job to a van",
        "plumbers see their jobs for the day",
        "adds new jobs from phone calls",
        "marks jobs done",
        "add notes to a job",
        "print a day sheet for each van",
      ],
      tables: [
        { name: "jobs", fields: ["customer", "address", "problem", "priority", "status"] },
        { name: "vans", fields: ["name", "plumber"] },
        { name: "customers", fields: ["name", "phone", "address"] },
      ],
      excluded: ["gps"],
      background: ["whiteboard"],
    },
  },
  {
    id: "school-timetable",
    who: "A deputy head; long lists, and no logins for students or parents",
    says: {
      overview:
        "A timetable builder for our secondary school. The deputy head enters teachers, rooms and classes, and the app builds a weekly timetable without clashes. Teachers can view their own timetable. There are no student or parent logins.",
      walkthrough:
        "In the summer I enter the teachers and rooms, add each class with its lessons per week, press build, then fix the odd lesson by hand and publish the timetable.",
      things:
        "Teachers (name, subjects, max lessons per week), rooms (name, capacity), classes (name, year group, subject, teacher, lessons per week), lessons (class, room, day, period)",
      extras: "Export the timetable as a PDF. Swap two lessons by hand.",
    },
    picks: { Kind: "Web app", Accounts: "Email and password" },
    expect: {
      kind: "web app",
      features: [
        "builds a weekly timetable without clashes",
        "teachers can view their own timetable",
        "export the timetable as a PDF",
        "swap two lessons by hand",
        "publish the timetable",
      ],
      tables: [
        { name: "teachers", fields: ["name", "subjects", "max lessons per week"] },
        { name: "rooms", fields: ["name", "capacity"] },
        { name: "classes", fields: ["name", "year group", "subject", "teacher", "lessons per week"] },
        { name: "lessons", fields: ["class", "room", "day", "period"] },
      ],
      excluded: ["student login", "parent"],
    },
  },
  {
    id: "game-night",
    who: "A board-game group organiser on phones; colon lists on lines, no chat",
    says: {
      overview:
        "A phone app for my board game group to plan game nights. Someone hosts a night, people say if they're coming, and we vote on which games to bring. No chat or comments, we have WhatsApp for that.",
      walkthrough: "I open it, see the next night, tap that I'm coming and vote for two games.",
      things:
        "- Games: title, min players, max players, length\n- Nights: date, host, which games we play\n- Players: name, email",
    },
    picks: { Kind: "Mobile app" },
    expect: {
      kind: "mobile app",
      features: ["hosts a night", "say if they're coming", "vote on which games to bring"],
      tables: [
        { name: "games", fields: ["title", "min players", "max players", "length"] },
        { name: "nights", fields: ["date", "host", "games"] },
        { name: "players", fields: ["name", "email"] },
      ],
      excluded: ["chat", "comment"],
    },
  },
  {
    id: "greenhouse",
    who: "A grower with a sensor dashboard; names TimescaleDB and a PWA; no accounts",
    says: {
      overview:
        "A dashboard for my greenhouse. Sensors send temperature and humidity readings every minute; I want to see charts per zone and get an alert when it gets too hot. We don't need user accounts, it's just me.",
      walkthrough: "I open it on my phone, look at today's charts for each zone and check the alerts.",
      things:
        "Sensors (name, zone, kind), readings (sensor, time, temperature, humidity), alerts (sensor, threshold, message)",
      tech: "TimescaleDB for the readings, and a PWA",
    },
    picks: { Kind: "Web app", Technology: "I have preferences" },
    expect: {
      kind: "web app",
      features: ["see charts per zone", "get an alert when it gets too hot"],
      tables: [
        { name: "sensors", fields: ["name", "zone", "kind"] },
        { name: "readings", fields: ["sensor", "time", "temperature", "humidity"] },
        { name: "alerts", fields: ["sensor", "threshold", "message"] },
      ],
      excluded: ["account"],
      stack: ["TimescaleDB", "PWA"],
    },
  },
  {
    id: "photo-renamer",
    who: "A Python command-line tool with no web server and no database; gives commands and flags",
    says: {
      overview:
        "A Python command-line tool that renames my holiday photos by the date they were taken, like 2024-07-14_001.jpg. No web server, no database.",
      walkthrough: "After a trip I run it on the folder, check the dry run, then run it for real.",
      commands:
        "rename FOLDER renames every photo in the folder, with --dry-run to only show the new names and --recursive to go into subfolders. undo FOLDER puts the old names back.",
    },
    expect: {
      kind: "command-line tool",
      features: ["renames their holiday photos by the date they were taken"],
      tables: [],
      excluded: ["web server", "database"],
      stack: ["Python"],
      commands: ["rename", "undo", "--dry-run", "--recursive"],
    },
  },
  {
    id: "habitos",
    who: "A Spanish speaker with a habit app for the phone",
    says: {
      overview:
        "Una app móvil para seguir mis hábitos diarios. Cada día marco los hábitos que hice y veo mi racha. No quiero anuncios ni recordatorios por correo.",
      walkthrough: "Abro la app por la mañana, marco los hábitos de ayer y miro mis rachas.",
      things: "Hábitos (nombre, frecuencia, color); registros (hábito, fecha, hecho)",
    },
    expect: {
      kind: "mobile app",
      features: ["marco los hábitos que hice", "veo mi racha"],
      tables: [
        { name: "hábitos", fields: ["nombre", "frecuencia", "color"] },
        { name: "registros", fields: ["hábito", "fecha", "hecho"] },
      ],
      excluded: ["anuncio"],
    },
  },
  {
    id: "shelter-shifts",
    who: "An animal-shelter volunteer coordinator; volunteers need no accounts",
    says: {
      overview:
        "A sign-up sheet for volunteer shifts at our animal shelter. Coordinators post shifts, volunteers sign up or cancel, and we need to know whether they did the orientation. Volunteers don't need accounts, they just enter their name and email.",
      walkthrough:
        "A volunteer opens the page, picks a free shift for Saturday, types their name and email and gets a confirmation.",
      things:
        "Shifts (date, start time, end time, task, spots), volunteers (name, email, phone, orientation done)",
    },
    picks: { Kind: "Web app" },
    expect: {
      kind: "web app",
      features: [
        "coordinators post shifts",
        "volunteers sign up",
        "volunteers cancel",
        "whether they did the orientation",
      ],
      tables: [
        { name: "shifts", fields: ["date", "start time", "end time", "task", "spots"] },
        { name: "volunteers", fields: ["name", "email", "phone", "orientation done"] },
      ],
      excluded: ["account"],
    },
  },
  {
    id: "gear-rental",
    who: "A camping-gear rental marketplace; no delivery or shipping",
    says: {
      overview:
        "A marketplace where people rent out their camping gear to each other. Owners list tents, stoves and backpacks with a daily price, renters book dates and pay a deposit. No delivery or shipping: renters pick the gear up from the owner.",
      walkthrough:
        "A renter searches for a tent near them, picks the dates, pays the deposit and messages the owner to arrange pickup.",
      things:
        "Listings (title, category, daily price, deposit, photos, owner), bookings (listing, renter, start date, end date, status), reviews (booking, rating, comment)",
    },
    picks: { Kind: "Web app", Accounts: "Email and password" },
    expect: {
      kind: "web app",
      features: [
        "owners list tents",
        "renters book dates",
        "pay a deposit",
        "renters pick the gear up from the owner",
      ],
      tables: [
        { name: "listings", fields: ["title", "category", "daily price", "deposit", "photos", "owner"] },
        { name: "bookings", fields: ["listing", "renter", "start date", "end date", "status"] },
        { name: "reviews", fields: ["booking", "rating", "comment"] },
      ],
      excluded: ["delivery", "shipping"],
    },
  },
  {
    id: "book-club",
    who: "One-line answers all the way",
    says: {
      overview: "book club app",
      more: "we pick a book each month and meet to talk about it",
      walkthrough: "see the next book and meeting",
      things: "books, meetings",
    },
    expect: {
      kind: "web app",
      features: ["pick a book each month", "see the next book and meeting"],
      tables: [
        { name: "books", fields: [] },
        { name: "meetings", fields: [] },
      ],
      excluded: [],
    },
  },
  {
    id: "invoice-api",
    who: "A freelancer's REST API for invoices that must not send emails",
    says: {
      overview:
        "A small REST API service for my freelance invoices: create clients and invoices, mark invoices as paid, and get a monthly total. It must not send emails.",
      walkthrough: "My accounting script calls it to add an invoice and later marks it paid.",
      things: "Clients: name, email, address.\nInvoices: client, number, date, amount, paid.",
    },
    expect: {
      kind: "api service",
      features: ["create clients and invoices", "mark invoices as paid", "get a monthly total"],
      tables: [
        { name: "clients", fields: ["name", "email", "address"] },
        { name: "invoices", fields: ["client", "number", "date", "amount", "paid"] },
      ],
      excluded: ["send email"],
    },
  },
  {
    id: "unit-library",
    who: "A TypeScript library with nothing to store",
    says: {
      overview:
        "A small TypeScript library that converts recipe quantities between metric and US units, like cups to grams. It should handle fractions like 1 1/2 cups.",
      walkthrough: "A developer imports it and calls convert with an amount, a unit and the unit they want.",
    },
    picks: { Data: "No" },
    expect: {
      kind: "library",
      features: ["converts recipe quantities between metric and US units", "handle fractions"],
      tables: [],
      excluded: [],
      stack: ["TypeScript"],
    },
  },
  {
    id: "dog-walks",
    who: "A dog walker on phones who corrects the list mid-interview and renames at the review",
    says: {
      overview:
        "An app for my dog walking business. Clients book walks for their dogs, I see my walks for the day on a map, and clients get a photo after each walk.",
      walkthrough:
        "In the morning I open my walks for the day, start a walk, and send the photo when I drop the dog off.",
      things: "Dogs (name, breed, owner, notes), walks (dog, date, time, duration, status)",
    },
    picks: { Kind: "Mobile app", "Your data": ["add clients with a name, phone and address", "Looks right"] },
    atReview: ["rename dogs to pets"],
    expect: {
      kind: "mobile app",
      features: [
        "book walks for their dogs",
        "see my walks for the day on a map",
        "get a photo after each walk",
      ],
      tables: [
        { name: "pets", fields: ["name", "breed", "owner", "notes"] },
        // Once the dogs are called pets, the walk's dog is a pet: it points at the pets.
        { name: "walks", fields: ["pet", "date", "time", "duration", "status"] },
        { name: "clients", fields: ["name", "phone", "address"] },
      ],
      excluded: [],
    },
  },
  {
    id: "church-rota",
    who: "Paragraphs, with how it is done today and a complaint about it",
    says: {
      overview:
        "Our church needs a rota for Sunday services. At the moment Margaret does it all in a spreadsheet and emails everyone, which is a mess. We want people to say which Sundays they can't make, and the rota should fill each role at each service with someone who is free. People should be able to swap with each other, and the leaders must see the whole month at a glance.",
      walkthrough:
        "Once a month the leader presses a button to fill next month's rota, looks it over, moves one or two people around and sends it out. A volunteer gets the rota, marks that they are away on the 14th, and swaps their slot with a friend.",
      things:
        "People (name, email, which roles they can do), services (date, time, type), rota slots (service, role, person)",
    },
    picks: { Kind: "Web app" },
    expect: {
      kind: "web app",
      features: [
        "say which Sundays they can't make",
        "fill each role at each service",
        "swap with each other",
        "see the whole month at a glance",
      ],
      tables: [
        { name: "people", fields: ["name", "email", "roles"] },
        { name: "services", fields: ["date", "time", "type"] },
        { name: "rota slots", fields: ["service", "role", "person"] },
      ],
      excluded: [],
      background: ["spreadsheet"],
    },
  },
  {
    id: "backup-checker",
    who: "Picks Web app without reading, then corrects it at the review",
    says: {
      overview:
        "A tool that checks my backups every night and tells me if one is missing or older than a day. It reads a list of backup folders from a config file.",
      walkthrough: "It runs from cron at 3am, and I read its report in the morning.",
    },
    picks: { Data: "No" },
    atReview: ["remove the web screens and the REST API, it's a command-line tool"],
    expect: {
      kind: "command-line tool",
      features: ["checks their backups every night", "reads a list of backup folders from a config file"],
      tables: [],
      excluded: [],
    },
  },
];
