import type { Persona } from "../persona-driver.js";

/**
 * People written after the interviewer was tuned on the others, and never tuned on:
 * their scores say how it reads people it has not met.
 */
export const HELD_OUT_PERSONAS: readonly Persona[] = [
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
