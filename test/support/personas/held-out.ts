import type { Persona } from "../persona-driver.js";

/**
 * People written after the interviewer was tuned on the others, in rounds. Each earlier
 * round (FIRST_HELD_OUT, SECOND_HELD_OUT) was run once unseen, then its failures were
 * fixed, so it is tuned on now; HELD_OUT_PERSONAS were written after that and never
 * tuned on: their scores say how the interviewer reads people it has not met.
 */
export const HELD_OUT_PERSONAS: readonly Persona[] = [
  {
    id: "choir-music",
    who: "A choir librarian; parts with fields said as 'each X has'",
    says: {
      overview:
        "An app for our choir to share sheet music. The director uploads a score as a PDF, each singer sees the scores for their voice part, and we keep track of who has borrowed a paper copy. We don't need a calendar.",
      walkthrough:
        "A singer opens the app before rehearsal, picks tonight's pieces and reads their part on a tablet.",
      things:
        "Each score has a title, a composer, a voice part and a PDF file. Singers have a name, a voice part and an email. Loans: score, singer, date borrowed, date returned.",
    },
    picks: { Kind: "Web app", Accounts: "Roles and permissions" },
    expect: {
      kind: "web app",
      features: [
        "director uploads a score as a PDF",
        "sees the scores for their voice part",
        "who has borrowed a paper copy",
      ],
      tables: [
        { name: "scores", fields: ["title", "composer", "voice part", "pdf file"] },
        { name: "singers", fields: ["name", "voice part", "email"] },
        { name: "loans", fields: ["score", "singer", "date borrowed", "date returned"] },
      ],
      excluded: ["calendar"],
    },
  },
  {
    id: "meter-readings",
    who: "A landlord's Rust command-line tool that keeps a small history",
    says: {
      overview:
        "A Rust command-line tool to record the electricity and water meter readings for my three flats and print the usage per month. It keeps the readings in a local SQLite file. No cloud sync.",
      walkthrough: "Once a month I type the readings for each flat and print the report for the tenants.",
      things: "Flats (name, tenant), readings (flat, meter, value, date)",
      commands:
        "add FLAT METER VALUE records a reading; report MONTH prints the usage per flat, with --csv for a spreadsheet",
    },
    picks: { Data: "Yes" },
    expect: {
      kind: "command-line tool",
      features: ["record the electricity and water meter readings", "print the usage per month"],
      tables: [
        { name: "flats", fields: ["name", "tenant"] },
        { name: "readings", fields: ["flat", "meter", "value", "date"] },
      ],
      excluded: ["cloud sync"],
      stack: ["Rust"],
      commands: ["add", "report", "--csv"],
    },
  },
  {
    id: "recetas",
    who: "A Spanish speaker's recipe website, with a correction at the review",
    says: {
      overview:
        "Una página web para guardar las recetas de mi abuela. Quiero buscar recetas por ingrediente y compartirlas con la familia. Sin anuncios.",
      walkthrough: "Entro, busco una receta por ingrediente y la comparto por un enlace.",
      things: "Recetas (título, ingredientes, pasos, foto); categorías (nombre)",
    },
    atReview: ["remove categorías"],
    expect: {
      kind: "web app",
      features: ["buscar recetas por ingrediente", "compartirlas con la familia"],
      tables: [{ name: "recetas", fields: ["título", "ingredientes", "pasos", "foto"] }],
      excluded: ["anuncio", "categoría"],
    },
  },
  {
    id: "ticket-queue",
    who: "An IT helpdesk in a paragraph, with background and a 'must not'",
    says: {
      overview:
        "Right now people email the IT team and requests get lost in the inbox. We want a helpdesk where staff submit a ticket with a category and urgency, the IT team assigns it to someone and changes its status, and staff can follow their own tickets. It must not let staff see each other's tickets.",
      walkthrough:
        "A staff member logs in, submits a ticket about a broken printer, and gets a note when it's fixed.",
      things: "Tickets (title, description, category, urgency, status, assignee, requester)",
    },
    picks: { Kind: "Web app", Accounts: "Roles and permissions" },
    expect: {
      kind: "web app",
      features: [
        "staff submit a ticket with a category and urgency",
        "assigns it to someone",
        "changes its status",
        "staff can follow their own tickets",
      ],
      tables: [
        {
          name: "tickets",
          fields: ["title", "description", "category", "urgency", "status", "assignee", "requester"],
        },
      ],
      excluded: [],
      background: ["inbox"],
    },
  },
];

/** The second held-out round: run once unseen (bench/results/personas-unseen-round-2.json), then tuned on. */
export const SECOND_HELD_OUT: readonly Persona[] = [
  {
    id: "wedding-rsvp",
    who: "A couple's wedding website; no gift registry",
    says: {
      overview:
        "A website for our wedding where guests RSVP, pick a meal and tell us about allergies. No gift registry, we don't want presents.",
      walkthrough:
        "A guest opens the link from the invitation, finds their name, says yes or no, picks chicken or fish and adds a note.",
      things: "Guests (name, email, plus one, meal choice, allergies). Tables: number, seats",
    },
    picks: { Kind: "Web app" },
    expect: {
      kind: "web app",
      features: ["guests RSVP", "pick a meal", "tell us about allergies"],
      tables: [
        { name: "guests", fields: ["name", "email", "plus one", "meal choice", "allergies"] },
        { name: "tables", fields: ["number", "seats"] },
      ],
      excluded: ["registry"],
    },
  },
  {
    id: "flat-bills",
    who: "One-line answers about splitting bills on phones",
    says: {
      overview: "split bills with flatmates",
      more: "we add what we paid and it shows who owes who",
      walkthrough: "add a bill, see balances",
      things: "expenses (what, amount, who paid), flatmates (name)",
    },
    picks: { Kind: "Mobile app" },
    expect: {
      kind: "mobile app",
      features: ["add what we paid", "shows who owes who"],
      tables: [
        { name: "expenses", fields: ["what", "amount", "who paid"] },
        { name: "flatmates", fields: ["name"] },
      ],
      excluded: [],
    },
  },
  {
    id: "docs-linter",
    who: "A Node.js command-line tool that must not change files",
    says: {
      overview:
        "A command-line tool in Node.js that checks our markdown docs for broken links and missing headings. It must not change any files.",
      walkthrough: "CI runs it on every pull request and fails the build when something is broken.",
      commands: "check PATH checks every .md file under PATH; --json prints the results as JSON",
    },
    expect: {
      kind: "command-line tool",
      features: ["checks our markdown docs for broken links"],
      tables: [],
      excluded: ["change file"],
      stack: ["Node.js"],
      commands: ["check", "--json"],
    },
  },
  {
    id: "cafe-stock",
    who: "A café owner in paragraphs, who corrects the list and renames at the review",
    says: {
      overview:
        "Our café keeps running out of oat milk. I want an app to track our ingredients, record deliveries from suppliers and warn me when something is below its reorder level. At the moment it's all on paper.",
      walkthrough:
        "Every morning I count what's on the shelves, type in the numbers, and the app tells me what to order from which supplier.",
      things: "Ingredients (name, unit, stock, reorder level), suppliers (name, phone)",
    },
    picks: { Kind: "Web app", "Your data": ["remove phone from suppliers", "Looks right"] },
    atReview: ["rename ingredients to stock items"],
    expect: {
      kind: "web app",
      features: [
        "track our ingredients",
        "record deliveries from suppliers",
        "warn me when something is below its reorder level",
      ],
      tables: [
        { name: "stock items", fields: ["name", "unit", "stock", "reorder level"] },
        { name: "suppliers", fields: ["name"] },
      ],
      excluded: [],
      background: ["paper"],
    },
  },
];

/** The first held-out round: run once unseen (see bench/README.md), then tuned on. */
export const FIRST_HELD_OUT: readonly Persona[] = [
  {
    id: "bike-repairs",
    who: "A bike shop's repair queue; no online payments",
    says: {
      overview:
        "A repair queue for our bike shop. Customers drop off a bike, we log it with the problem and a quote, and text them when it's ready. We don't need online payments.",
      walkthrough:
        "At the counter I add the repair, the mechanic picks the next one from the queue, marks it ready, and the customer gets a text.",
      things: "Repairs (bike, customer, problem, quote, status); customers have a name and a phone number.",
    },
    picks: { Kind: "Web app" },
    expect: {
      kind: "web app",
      features: ["text them when it's ready", "picks the next one from the queue", "marks it ready"],
      tables: [
        { name: "repairs", fields: ["bike", "customer", "problem", "quote", "status"] },
        { name: "customers", fields: ["name", "phone number"] },
      ],
      excluded: ["payment"],
    },
  },
  {
    id: "log-cleaner",
    who: "A Go command-line tool; leaves the commands to the interviewer",
    says: {
      overview:
        "A Go command-line tool that deletes old log files from a folder. It should keep the newest 10 files and never touch files that are still open.",
      walkthrough: "It runs every night from cron on our servers.",
      commands: "you decide",
    },
    expect: {
      kind: "command-line tool",
      features: ["deletes old log files from a folder", "keep the newest 10 files"],
      tables: [],
      excluded: [],
      stack: ["Go"],
    },
  },
  {
    id: "club-tennis",
    who: "A French tennis club booking courts; no online payment",
    says: {
      overview:
        "Une application web pour notre club de tennis. Les membres réservent des courts et voient le planning de la semaine. Pas de paiement en ligne.",
      walkthrough: "Un membre ouvre le planning, choisit un court libre et réserve une heure.",
      things: "Courts (nom, surface), réservations (court, membre, date, heure)",
    },
    picks: { Kind: "Web app" },
    expect: {
      kind: "web app",
      features: ["les membres réservent des courts", "voient le planning de la semaine"],
      tables: [
        { name: "courts", fields: ["nom", "surface"] },
        { name: "réservations", fields: ["court", "membre", "date", "heure"] },
      ],
      excluded: ["paiement"],
    },
  },
  {
    id: "plant-watering",
    who: "Picks accounts by mistake, then takes them out at the review",
    says: {
      overview:
        "A phone app that reminds me to water my house plants. I mark a plant as watered and it tells me when each one needs water again.",
      walkthrough: "I get a reminder, water the plant and tap watered.",
      things: "Plants: name, room, how often to water, last watered",
    },
    picks: { Kind: "Mobile app", Accounts: "Email and password" },
    atReview: ["remove the login, there are no accounts, it's only for me"],
    expect: {
      kind: "mobile app",
      features: ["mark a plant as watered", "tells me when each one needs water again"],
      tables: [{ name: "plants", fields: ["name", "room", "how often to water", "last watered"] }],
      excluded: ["login", "password"],
    },
  },
];
