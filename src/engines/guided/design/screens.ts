import { capitalize, joinAnd, pluralize } from "../language/inflection.js";
import { isRecord } from "../language/noun-kinds.js";
import { type ChosenAreas, whatIsNew } from "./standard-features.js";

export interface ScreenInput extends ChosenAreas {
  entities: readonly string[];
  /** The person's walk-through of a visit, in their words. */
  mainExperience: string | null;
  /** Images the person attached, saved with the spec. */
  mockups: readonly string[];
}

/** The screens, one line each: a home, a list and a page per thing, and those the areas need. */
export function deriveScreens(input: ScreenInput): string[] {
  const plurals = input.entities.map((entity) => pluralize(entity));
  const screens: string[] = [];
  const home =
    input.dashboards === "none"
      ? `Home: the ${plurals[0] ?? "main list"} first, with a clear button to add one`
      : `Home: an overview with counts of ${joinAnd(plurals.slice(0, 3)) || "everything"} and ${whatIsNew(input.entities)}`;
  screens.push(home);
  if (input.mainExperience)
    screens.push(`Main flow, in the person's words: ${oneLine(input.mainExperience)}`);
  for (const entity of input.entities) {
    const plural = pluralize(entity);
    if (isRecord(entity)) {
      screens.push(`${capitalize(plural)} history: every ${entity}, newest first, with a way to undo one`);
      continue;
    }
    const searchNote =
      input.search === "none"
        ? ""
        : input.search === "filters"
          ? ", with search, filters and sorting"
          : ", with a search box";
    screens.push(`${capitalize(plural)} list: every ${entity} as a card${searchNote}, and an add button`);
    screens.push(
      `${capitalize(entity)} page: all its details, with edit and delete; the same form adds a new ${entity}`,
    );
  }
  if (input.accounts === "social") screens.push('Sign-in page with a "Continue with Google" button');
  else if (input.accounts !== "none") screens.push("Sign-up, log-in and password reset pages");
  if (input.accounts === "roles")
    screens.push("People page (admins only): everyone's role, with a way to change it");
  if (input.sharing === "links")
    screens.push("Shared view: a read-only page for people who open a shared link");
  if (input.sharing === "collaborate")
    screens.push("Share dialog: invite people by email and see who has access");
  if (input.settings.length > 0)
    screens.push("Settings page: profile, preferences and which notifications to get");
  // Said without "bar" or other words a person may turn down ("the club's bar, leave it out").
  if (input.settings.includes("in-app")) screens.push("Notifications panel under a bell icon at the top");
  if (input.dashboards === "charts")
    screens.push("Reports page: charts over time, a date range picker and CSV export");
  const sections = plurals.map((plural) => capitalize(plural)).join(", ");
  screens.push(
    `Navigation: a menu along the top with ${sections || "the main sections"}; on phones it moves to tabs along the bottom`,
  );
  for (const mockup of input.mockups)
    screens.push(`Mockup provided: ${mockup} (follow its layout and style)`);
  return screens;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 240 ? `${flat.slice(0, 237)}…` : flat;
}
