import { AsyncLocalStorage } from "node:async_hooks";
import pluralizeLibrary from "pluralize";
import { VERBS } from "./lexicon.js";

/**
 * Nouns change number through the `pluralize` library, which knows the irregular and
 * uncountable English nouns ("species", "people", "loaves"); what it cannot know
 * (acronyms, words of other languages) is left as the person wrote it.
 */
// ("cattle", "livestock", "poultry": many animals in one word, never "cattles".)
for (const word of [
  "canvas",
  "lens",
  "atlas",
  "logistics",
  "axis",
  "sms",
  "gps",
  "news",
  "cattle",
  "livestock",
  "poultry",
])
  pluralizeLibrary.addUncountableRule(word);

/** The singular of a lower-case noun; words that are not plural come back unchanged. */
export function singularize(word: string): string {
  // Quechua makes a plural with "-kuna" ("quwikuna", the cuys; "sociakuna", the members).
  if (/^[\p{Ll}'’]{3,}kuna$/u.test(word) && !/[^a-zñáéíóú'’]/u.test(word)) return word.slice(0, -4);
  if (word.length <= 3 || !/^[a-z][a-z'-]*$/.test(word)) return unicodeSingular(word);
  const compound = word.match(PARTICLE_COMPOUND);
  if (compound) return compound[1] ? word.slice(0, -1) : word;
  return pluralizeLibrary.singular(word);
}

/**
 * A word with letters outside a-z ("hábitos") is not English to the library; a plural
 * "-s" after a vowel is the one change safe in the Romance languages too.
 */
function unicodeSingular(word: string): string {
  if (word.length > 4 && /[^a-z0-9' -]/.test(word) && /[aeiouáéíóú]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The plurals a person wrote themselves, by the singular the interviewer keeps: "spieler"
 * → "spieler", "camera" → "camere". English rules would make "spielers" of a German word;
 * while an interview's turn is read and written, its own plurals win. One store per
 * turn, so interviews running side by side never see each other's words.
 */
const ownPlurals = new AsyncLocalStorage<ReadonlyMap<string, string>>();

/** Runs `work` with a person's own plurals in force for every `pluralize` inside it. */
export function withOwnPlurals<T>(plurals: ReadonlyMap<string, string>, work: () => T): T {
  return ownPlurals.run(plurals, work);
}

/** The plural of a lower-case noun, or of the last word of a compound ("shopping list"). */
export function pluralize(phrase: string): string {
  const own = ownPlurals.getStore()?.get(phrase);
  if (own !== undefined) return own;
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
  if (!/^[a-z][a-z'-]*$/.test(word)) return /[aeiouáéíóú]$/.test(word) ? `${word}s` : word;
  return pluralizeLibrary.plural(word);
}

/** Past forms that follow no rule: "we got paid", "sold out". */
const IRREGULAR_PAST: Record<string, string> = {
  got: "get",
  gotten: "get",
  broke: "break",
  broken: "break",
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
  laid: "lay",
  dug: "dig",
  caught: "catch",
  grown: "grow",
  stood: "stand",
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
  // ("seed" is no "see" + "d": a two-letter stem ending in "e" makes "-eed" of a noun; "agreed" is agree.)
  if (word.endsWith("ed") && !/^[a-z]e$/.test(word.slice(0, -2)))
    candidates.push(...stemVariants(word.slice(0, -2)));
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

/**
 * "cut" → "cutting", "make" → "making", "deliver" → "delivering": the verb as a doing, named.
 * A short word ending on one vowel and one consonant doubles it ("cut", "run", "stop").
 */
export function gerund(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeio]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
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
  return (
    phrase
      .toLowerCase()
      // "क्‍ष": the joiners the Indic scripts write inside a word part nothing (Persian's half-space is read as a space before this).
      .replace(/[\u200c\u200d]/gu, "")
      // "the grower's name" → "grower_name": an owner's "'s" names no column of its own.
      .replace(/(?<=\p{L})['’]s(?![\p{L}\p{M}\p{N}])/gu, "")
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, "_")
      .replace(/^_+|_+$/g, "")
  );
}
