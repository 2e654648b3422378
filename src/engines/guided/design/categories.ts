import { GENERIC_NOUNS, STOP_WORDS } from "../language/lexicon.js";
import { isComputed, isPerson } from "../language/noun-kinds.js";
import { tagWords } from "../language/tagger.js";
import { mentionIndices } from "../understanding/entities.js";

/** The standard areas a person can switch on, each a category of its own. */
export const AREA_CATEGORIES = {
  accounts: "Accounts",
  search: "Search and filtering",
  sharing: "Sharing and collaboration",
  settings: "Settings and notifications",
  dashboards: "Dashboards and reports",
} as const;

export type Area = keyof typeof AREA_CATEGORIES;

/** Words that put a statement in a standard area whatever thing it is about. */
const AREA_PATTERNS: Record<Area, RegExp> = {
  accounts:
    /\b(?:log ?in|log ?out|sign ?in|sign ?out|sign ?up (?:with|using|via)|password|accounts?|profiles?|two-factor|2fa|roles?|permissions?)\b/i,
  search: /\b(?:search|find|filter|look up|browse by|sort by)\w*/i,
  sharing: /\b(?:share|sharing|shared|invite|collaborat\w*|together|co-?edit)\b/i,
  settings: /\b(?:notif\w*|remind\w*|alerts?|settings?|preferences?|dark mode|theme|email me|push)\b/i,
  dashboards:
    /\b(?:dashboards?|reports?|charts?|graphs?|stats|statistics|analytics|insights?|summar(?:y|ies)|totals?)\b/i,
};

export interface CategoryContext {
  /** The app's things, in the order they were detected. */
  entities: readonly string[];
  /** The areas switched on. */
  areas: readonly Area[];
  /** Category names that already hold features, with their features, for the closest match. */
  existing: ReadonlyMap<string, readonly string[]>;
  /** Where statements about none of the above go. */
  basics: string;
  /** Names the entity categories: "recipe" → "Recipes". */
  nameFor: (entity: string) => string;
  /** The category of the statement said just before, for "and sign up for them". */
  previous: string | null;
}

/** The standard area a statement belongs to by its words, or null. */
export function areaOf(statement: string): Area | null {
  for (const area of Object.keys(AREA_PATTERNS) as Area[]) {
    const match = statement.match(AREA_PATTERNS[area]);
    if (!match) continue;
    // "Playtesters report bugs": a report people make is no report the app shows.
    if (area === "dashboards" && isVerbHere(statement, match[0])) continue;
    return area;
  }
  return null;
}

function isVerbHere(statement: string, word: string): boolean {
  return tagWords(statement).some((tagged) => tagged.word === word.toLowerCase() && tagged.tag === "verb");
}

/**
 * The category a feature statement belongs to: a standard area the person switched on
 * when its words say so ("search recipes by cuisine" → Search), else the thing it is
 * about (its object before its subject: "volunteers sign up for shifts" → Shifts),
 * else the reports for a figure the app works out ("streaks"), else the previous statement's when this one only points back ("and cancel them"),
 * else the category whose features share the most words with it, else the basics.
 */
export function categorize(statement: string, context: CategoryContext): string {
  const area = areaOf(statement);
  if (area && context.areas.includes(area)) return AREA_CATEGORIES[area];
  const entity = mainEntity(statement, context.entities);
  if (entity) return context.nameFor(entity);
  // "look at my streaks": a figure the app works out goes with the reports, else with the main thing.
  if (mentionsComputed(statement)) {
    if (context.areas.includes("dashboards")) return AREA_CATEGORIES.dashboards;
    const main = context.entities[0];
    if (main) return context.nameFor(main);
  }
  if (context.previous && leansOnPrevious(statement)) return context.previous;
  return closestCategory(statement, context) ?? context.basics;
}

/** The entity a statement is mainly about: the first one after its verb, else the first at all. */
export function mainEntity(statement: string, entities: readonly string[]): string | null {
  const words = tagWords(statement);
  const verbIndex = words.findIndex((word) => word.tag === "verb");
  const found = entities
    .flatMap((entity) => mentionIndices(statement, entity).map((index) => ({ entity, index })))
    .sort((a, b) => a.index - b.index);
  if (found.length > 0) {
    const afterVerb = found.find((candidate) => candidate.index > verbIndex);
    return (afterVerb ?? found[0]!).entity;
  }
  // "plan weekly meals" is about meal plans when "meal plan" is what they keep; a
  // person ("volunteers sign up") is never what a compound like "volunteer hours" means.
  const loose = entities.find((entity) => {
    if (!entity.includes(" ")) return false;
    return entity
      .split(" ")
      .some((part) => !isPerson(part) && mentionIndices(statement, part).some((index) => index > verbIndex));
  });
  return loose ?? null;
}

function mentionsComputed(statement: string): boolean {
  return tagWords(statement).some((word) => word.tag === "noun" && isComputed(word.base));
}

/** "sign up for them", "cancel it": a statement whose object is a pronoun or missing. */
function leansOnPrevious(statement: string): boolean {
  const words = tagWords(statement);
  const verbIndex = words.findIndex((word) => word.tag === "verb");
  if (verbIndex < 0) return false;
  const after = words.slice(verbIndex + 1);
  if (after.some((word) => ["them", "it", "those", "these", "one"].includes(word.word))) return true;
  return !after.some((word) => word.tag === "noun");
}

function closestCategory(statement: string, context: CategoryContext): string | null {
  const wanted = contentWords(statement);
  const areas = new Set<string>(Object.values(AREA_CATEGORIES));
  let best: { name: string; overlap: number } | null = null;
  for (const [name, features] of context.existing) {
    // A standard area is reached by its own words; the people it names ("roles: customers",
    // "filter by therapist") say nothing about where a feature goes.
    const matching = areas.has(name) ? wanted.filter((word) => !isPerson(word)) : wanted;
    const words = new Set([...contentWords(name), ...features.flatMap(contentWords)]);
    const overlap = matching.filter((word) => words.has(word)).length;
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { name, overlap };
  }
  return best?.name ?? null;
}

/** Verbs every category uses, which say nothing about where a feature belongs. */
const COMMON_VERBS = new Set([
  "add",
  "create",
  "see",
  "view",
  "edit",
  "delete",
  "make",
  "get",
  "use",
  "open",
  "change",
]);

export function contentWords(text: string): string[] {
  return tagWords(text)
    .filter((word) => word.tag === "noun" || word.tag === "verb")
    .map((word) => word.base)
    .filter(
      (word) =>
        !STOP_WORDS.has(word) && !COMMON_VERBS.has(word) && !GENERIC_NOUNS.has(word) && word !== "user",
    );
}
