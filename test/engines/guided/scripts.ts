import type { ScriptedReply } from "./support.js";

/**
 * A person planning a recipe and meal-planning app, choosing Quick. Replies use labels,
 * numbers, free text and the question widget.
 */
export const QUICK_SCRIPT: readonly ScriptedReply[] = [
  "A recipe and meal-planning app for busy families. I want to save recipes, plan weekly meals and generate shopping lists.",
  "Web app",
  "1",
  { widget: "Use sensible defaults (Recommended)" },
  "yes",
  "I open the app, pick recipes for the week, and it builds a shopping list I can tick off in the store.",
  "Email and password",
  "Recipes with ingredients and steps, weekly meal plans, and shopping lists",
  "Looks right",
  "2",
  "no, it's personal",
  { widget: ["Reminders", "Profile and preferences"] },
  "A simple overview",
  "- Tag recipes by cuisine\n- scale recipes by servings\n- manage stuff etc.",
  // Asked "anything else?" again.
  "no",
  "add, edit and archive pantry staples",
  "Looks right",
  "Looks good",
  { widget: ["The main flow works", "Works on phones"] },
];

/** After QUICK_SCRIPT: ask for a change at the review, then approve. */
export const QUICK_REVIEW: readonly ScriptedReply[] = [
  "Change something",
  "also let users export recipes as PDF",
  "approve",
];

/** What the person named in QUICK_SCRIPT and QUICK_REVIEW, as it must reach the spec's features. */
export const QUICK_NAMED_FEATURES = [
  "save recipes",
  "plan weekly meals",
  "generate shopping lists",
  "pick recipes for the week",
  "tick off in the store",
  "tag recipes by cuisine",
  "scale recipes by servings",
  "add, edit and archive pantry staples",
  "export recipes as PDF",
];

/** A volunteer-shift scheduler for a food bank, choosing Detailed. */
export const DETAILED_SCRIPT: readonly ScriptedReply[] = [
  "shift scheduler",
  "A volunteer-shift scheduler for a food bank. Coordinators create shifts at our pantry locations and volunteers sign up for them.",
  { widget: "Web app" },
  "Detailed",
  "2",
  { widget: "Python + FastAPI" },
  "Yes",
  "Volunteers browse open shifts by date and location, sign up, and get a reminder the day before. Coordinators see who is coming to each shift and mark attendance.",
  "roles and permissions",
  "shifts, locations, and volunteer hours",
  "1",
  "search and filters",
  "1",
  { widget: ["Email notifications", "Reminders"] },
  "Charts and reports",
  "Track volunteer hours per month. Chat.",
  // Asked "anything else?" again.
  "no",
  "A simple chat between coordinators and volunteers about a shift",
  "about 60",
  "Looks right",
  { widget: "PostgreSQL" },
  "1",
  "Docker",
  { widget: ["The main flow works", "Volunteers never double-book a shift"] },
  "Approve and write the spec (Recommended)",
];

export const DETAILED_NAMED_FEATURES = [
  "Coordinators create shifts at our pantry locations",
  "Volunteers sign up for them",
  "Volunteers browse open shifts by date and location",
  "Volunteers get a reminder the day before",
  "Coordinators see who is coming to each shift",
  "Coordinators mark attendance",
  "track volunteer hours per month",
  "a simple chat between coordinators and volunteers about a shift",
];

/**
 * A student's habit tracker, answered the way a person at a terminal would: numbers
 * for every choice. Its things have fields ("a name, a schedule and a colour"), a
 * record of an action ("check-ins") and a figure the app works out ("streaks").
 */
export const HABIT_SCRIPT: readonly ScriptedReply[] = [
  "A habit tracker for students. People create habits, check them off each day, and see streaks and weekly charts.",
  "1",
  "1",
  "1",
  "1",
  "I open the app in the morning, tick the habits I did yesterday, and look at my streaks.",
  "1",
  "Habits with a name, a schedule and a colour; daily check-ins.",
  "1",
  "1",
  "1",
  "1",
  "1",
  "Remind me at 8pm if I haven't checked in.",
  // Asked "anything else?" again.
  "no",
  "1",
  "1",
  "1",
  "1",
];

export const HABIT_NAMED_FEATURES = [
  "create habits",
  "check them off each day",
  "see streaks and weekly charts",
  "tick the habits they did yesterday",
  "look at their streaks",
  "reminds the user at 8pm if they haven't checked in",
];

/** A small bakery's online ordering with pickup slots, with roles and charts. */
export const BAKERY_SCRIPT: readonly ScriptedReply[] = [
  "Online ordering for our small bakery. Customers browse today's breads and cakes, order ahead and choose a pickup time. The baker sees the orders for each morning.",
  "1",
  "1",
  "1",
  "1",
  "A customer picks a few loaves and a cake, chooses a pickup slot tomorrow between 7 and 10, pays online and gets a confirmation email. On the day I print the list of orders by pickup time.",
  "4",
  "Products with a name, price, photo and allergens; orders with pickup times; pickup slots: a time and how many orders fit.",
  "1",
  "2",
  "1",
  "2, 4",
  "2",
  "Mark an order as ready. Send me a text when a big order comes in. Sold out products disappear from the shop.",
  // Asked "anything else?" again.
  "no",
  "1",
  "1",
  "1",
  "1",
];

export const BAKERY_NAMED_FEATURES = [
  "Customers browse today's breads and cakes",
  "Customers order ahead",
  "Customers choose a pickup time",
  "The baker sees the orders for each morning",
  "A customer picks a few loaves and a cake",
  "A customer chooses a pickup slot tomorrow between 7 and 10",
  "A customer pays online",
  "A customer gets a confirmation email",
  "print the list of orders by pickup time on the day",
  "mark an order as ready",
  "The app sends the user a text when a big order comes in",
  "Sold out products disappear from the shop",
];

/** A band's rehearsal and gig planner, choosing Detailed and collaboration. */
export const BAND_SCRIPT: readonly ScriptedReply[] = [
  "A planner for my band. We schedule rehearsals and gigs, keep a setlist for each gig and see who can make it.",
  "1",
  "2",
  "1",
  "1",
  "1",
  "Before a rehearsal I check who's coming, pick songs to practise and note the room booking. After a gig I log what we got paid.",
  "1",
  "Songs with a title, key and length; gigs have a venue, date, fee and setlist; rehearsals at a room with a start time.",
  "1",
  "3",
  "3",
  "1",
  "2",
  "Show me which songs we haven't played in a while. Let band members mark themselves available or not for each date. Split gig fees between members.",
  // Asked "anything else?" again.
  "no",
  "1",
  "1",
  "1",
  "1",
  "1",
  "1",
];

export const BAND_NAMED_FEATURES = [
  "schedule rehearsals and gigs",
  "keep a setlist for each gig",
  "see who can make it",
  "check who's coming before a rehearsal",
  "pick songs to practise before a rehearsal",
  "note the room booking before a rehearsal",
  "log what they got paid after a gig",
  "The app shows the user which songs they haven't played in a while",
  "Band members can mark themselves available or not for each date",
  "split gig fees between members",
];
