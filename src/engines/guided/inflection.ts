import { VERBS } from "./lexicon.js";

/** Plurals that follow no rule. */
const IRREGULAR_PLURALS: Record<string, string> = {
  person: "people",
  child: "children",
  man: "men",
  woman: "women",
  mouse: "mice",
  foot: "feet",
  tooth: "teeth",
  goose: "geese",
  criterion: "criteria",
  datum: "data",
};

const IRREGULAR_SINGULARS: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR_PLURALS).map(([singular, plural]) => [plural, singular]),
);

/** Words whose plural ends in "ves" and whose singular ends in "f" or "fe". */
const F_PLURALS: Record<string, string> = {
  shelves: "shelf",
  leaves: "leaf",
  halves: "half",
  knives: "knife",
  wives: "wife",
  lives: "life",
  loaves: "loaf",
  thieves: "thief",
  wolves: "wolf",
  calves: "calf",
  scarves: "scarf",
  selves: "self",
};

/** Singulars ending in "ie", so "movies" is not read as "movy". */
const IE_SINGULARS = new Set(
  "movie cookie pie tie lie calorie zombie rookie selfie hoodie genie smoothie brownie prairie goalie freebie veggie birdie sortie newbie techie foodie"
    .split(" ")
    .map((word) => `${word}s`),
);

/** Singulars ending in "o" that take "es". */
const O_ES_PLURALS = new Set(["potatoes", "tomatoes", "heroes", "echoes", "vetoes", "volcanoes", "mangoes"]);

/** Words that end in "s" in the singular. */
const S_SINGULARS = new Set([
  "news",
  "series",
  "species",
  "lens",
  "canvas",
  "atlas",
  "gas",
  "bus",
  "plus",
  "bonus",
  "status",
  "campus",
  "virus",
  "census",
  "focus",
  "chorus",
  "analysis",
  "basis",
  "thesis",
  "crisis",
  "diagnosis",
  "axis",
  "tennis",
  "physics",
  "mathematics",
  "economics",
  "logistics",
  "analytics",
]);

/** The singular of a lower-case noun; words that are not plural come back unchanged. */
export function singularize(word: string): string {
  if (word.length <= 3 || S_SINGULARS.has(word)) return word;
  const irregular = IRREGULAR_SINGULARS[word];
  if (irregular) return irregular;
  const fPlural = F_PLURALS[word];
  if (fPlural) return fPlural;
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (word.endsWith("es") && S_SINGULARS.has(word.slice(0, -2))) return word.slice(0, -2);
  if (word.endsWith("ies")) return IE_SINGULARS.has(word) ? word.slice(0, -1) : `${word.slice(0, -3)}y`;
  if (O_ES_PLURALS.has(word)) return word.slice(0, -2);
  if (/(?:ches|shes|xes|zes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** The plural of a lower-case noun, or of the last word of a compound ("shopping list"). */
export function pluralize(phrase: string): string {
  const parts = phrase.split(" ");
  const last = parts.pop() ?? "";
  return [...parts, pluralWord(last)].join(" ");
}

/** "check-in", "sign-ups": a compound of a word and a particle, plural or not. */
const PARTICLE_COMPOUND = /^[a-z]+-(?:in|out|up|off|on|down|over)(s?)$/;

function pluralWord(word: string): string {
  // "check-ins" is already plural; the "s" goes after the particle, never "es".
  const compound = word.match(PARTICLE_COMPOUND);
  if (compound) return compound[1] ? word : `${word}s`;
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular) return irregular;
  if (S_SINGULARS.has(word)) return word.endsWith("is") ? `${word.slice(0, -2)}es` : `${word}es`;
  const fPlural = Object.entries(F_PLURALS).find(([, singular]) => singular === word);
  if (fPlural) return fPlural[0];
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (O_ES_PLURALS.has(`${word}es`)) return `${word}es`;
  return `${word}s`;
}

/** Past forms that follow no rule: "we got paid", "sold out". */
const IRREGULAR_PAST: Record<string, string> = {
  got: "get",
  gotten: "get",
  paid: "pay",
  made: "make",
  went: "go",
  gone: "go",
  came: "come",
  took: "take",
  taken: "take",
  gave: "give",
  given: "give",
  sent: "send",
  bought: "buy",
  sold: "sell",
  wrote: "write",
  written: "write",
  kept: "keep",
  found: "find",
  saw: "see",
  seen: "see",
  ran: "run",
  met: "meet",
  told: "tell",
  said: "say",
  brought: "bring",
  built: "build",
  left: "leave",
  taught: "teach",
  chose: "choose",
  chosen: "choose",
  held: "hold",
  shown: "show",
  lent: "lend",
  forgot: "forget",
  forgotten: "forget",
};

/** "planned", "sold": a verb's past form, which before a noun reads as an adjective. */
export function isPastForm(word: string): boolean {
  if (IRREGULAR_PAST[word]) return true;
  const base = verbBase(word);
  return base !== null && base !== word && word.endsWith("ed");
}

/**
 * The base form of a verb in any of its forms ("saves", "planned", "making", "paid"),
 * or null when the word is not a verb the interviewer knows.
 */
export function verbBase(word: string): string | null {
  if (VERBS.has(word)) return word;
  const irregular = IRREGULAR_PAST[word];
  if (irregular && VERBS.has(irregular)) return irregular;
  for (const candidate of baseCandidates(word)) {
    if (VERBS.has(candidate)) return candidate;
  }
  return null;
}

function baseCandidates(word: string): string[] {
  const candidates: string[] = [];
  if (word.endsWith("ies")) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) candidates.push(word.slice(0, -2));
  if (word.endsWith("s")) candidates.push(word.slice(0, -1));
  if (word.endsWith("ied")) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("ed")) candidates.push(...stemVariants(word.slice(0, -2)));
  if (word.endsWith("ing")) candidates.push(...stemVariants(word.slice(0, -3)));
  return candidates;
}

/** "plann" → plan, "mak" → make, "sav" → save. */
function stemVariants(stem: string): string[] {
  const variants = [stem, `${stem}e`];
  if (/(.)\1$/.test(stem)) variants.push(stem.slice(0, -1));
  return variants;
}

/** "remind" → "reminds", "notify" → "notifies": the verb after "the app". */
export function thirdPersonSingular(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

/** "habits, check-ins and streaks": a list as a sentence says it. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The word with its first letter in upper case. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** "shopping list" → "shopping-lists", the form an API path uses. */
export function pathSegment(entity: string): string {
  return pluralize(entity).replaceAll(" ", "-");
}

/** "shopping list" → "shopping_list", the form a column or table uses. */
export function snakeCase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}
