import type { ScriptedReply } from "./support.js";

/**
 * A person planning a recipe and meal-planning app, choosing Quick. Replies use labels,
 * numbers, free text and the question widget.
 */
export const QUICK_SCRIPT: readonly ScriptedReply[] = [
  "A recipe and meal-planning app for busy families. I want to save recipes, plan weekly meals and generate shopping lists.",
  "1",
  { widget: "Use sensible defaults (Recommended)" },
  "yes",
  "I open the app, pick recipes for the week, and it builds a shopping list I can tick off in the store.",
  "Email and password",
  "Recipes with ingredients and steps, weekly meal plans, and shopping lists",
  "2",
  "no, it's personal",
  { widget: ["Reminders", "Profile and preferences"] },
  "A simple overview",
  "- Tag recipes by cuisine\n- scale recipes by servings\n- manage stuff etc.",
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
  "Detailed",
  "2",
  { widget: "Python + FastAPI" },
  "Yes",
  "Volunteers browse open shifts by date and location, sign up, and get a reminder the day before. Coordinators see who is coming to each shift and mark attendance.",
  "roles and permissions",
  "shifts, locations, and volunteer hours",
  "search and filters",
  "1",
  { widget: ["Email notifications", "Reminders"] },
  "Charts and reports",
  "Track volunteer hours per month. Chat.",
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
