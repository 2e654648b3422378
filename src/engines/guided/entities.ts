import { singularize } from "./inflection.js";
import { COUNTABLE_ING, CREATION_VERBS, GENERIC_NOUNS } from "./lexicon.js";
import { type TaggedWord, tagWords } from "./tagger.js";

/** Some of what a person wrote; `explicit` marks an answer to "what do people create and manage?". */
export interface EntityInput {
  text: string;
  explicit: boolean;
}

export interface EntityAnalysis {
  /** Things the app keeps, singular and lower case ("recipe", "shopping list"), most mentioned first. */
  entities: string[];
  /** People the person named ("volunteer", "coordinator"): roles when there are accounts. */
  people: string[];
}

/** A run of nouns: "weekly meal plans" gives head "plan" and compound "meal plan". */
export interface NounPhrase {
  head: string;
  compound: string | null;
  /** Index of the phrase's first word in the tagged words. */
  start: number;
  /** Whether a creating verb ("save", "add", "plan") comes right before it. */
  created: boolean;
}

/** Nouns that name the app itself rather than anything in it: "recipe app", "shift scheduler". */
const APP_WORDS = new Set([
  "app",
  "application",
  "tool",
  "platform",
  "website",
  "site",
  "system",
  "service",
  "program",
  "software",
  "scheduler",
  "planner",
  "tracker",
  "manager",
  "organizer",
  "organiser",
  "portal",
  "hub",
  "marketplace",
  "dashboard",
]);

/** People, who are users or roles rather than records. */
const PERSON_NOUNS = new Set(
  `volunteer coordinator organizer organiser parent kid child student teacher member customer client guest patient
  doctor nurse coach player manager staff employee admin administrator owner host driver donor friend neighbor
  neighbour tenant landlord buyer seller vendor author reader editor reviewer instructor trainer athlete runner
  chef cook family families partner spouse roommate colleague coworker team teammate leader supervisor worker
  freelancer contractor agent rep representative attendee participant visitor subscriber follower fan artist
  musician therapist dentist tutor mentor mentee recruiter candidate applicant judge referee parishioner resident
  shopper traveler traveller guide caregiver carer mom dad mother father grandparent sibling`.split(/\s+/),
);

const MAX_ENTITIES = 6;

/** The noun phrases of a text, in order. */
export function nounPhrases(text: string, options: { nounList?: boolean } = {}): NounPhrase[] {
  const words = tagWords(text, options);
  const phrases: NounPhrase[] = [];
  let run: TaggedWord[] = [];
  let runStart = 0;
  const flush = () => {
    const phrase = phraseFrom(run, runStart, words);
    if (phrase) phrases.push(phrase);
    run = [];
  };
  words.forEach((word, index) => {
    if (word.tag === "noun") {
      if (run.length === 0) runStart = index;
      run.push(word);
    } else {
      flush();
    }
  });
  flush();
  return phrases;
}

function phraseFrom(run: TaggedWord[], start: number, words: TaggedWord[]): NounPhrase | null {
  const nouns = [...run];
  while (nouns.length > 0 && APP_WORDS.has(nouns[nouns.length - 1]!.base)) nouns.pop();
  if (nouns.length === 0) return null;
  const last = nouns[nouns.length - 1]!;
  const head = singularize(last.base);
  const modifier = nouns.length >= 2 ? nouns[nouns.length - 2]! : null;
  const compound = modifier ? `${modifier.word} ${head}` : null;
  const before = words.slice(Math.max(0, start - 3), start).reverse();
  const verb = before.find((word) => word.tag === "verb");
  const created = verb !== undefined && CREATION_VERBS.has(verb.base);
  return { head, compound, start, created };
}

function isGeneric(noun: string): boolean {
  return GENERIC_NOUNS.has(noun) || GENERIC_NOUNS.has(singularize(noun));
}

export function isPerson(noun: string): boolean {
  return PERSON_NOUNS.has(noun) || /(?:eer|ian)$/.test(noun) || (/ist$/.test(noun) && !noun.endsWith("list"));
}

interface Tally {
  score: number;
  mentions: number;
  first: number;
}

/**
 * Picks the things an app keeps from the nouns a person keeps using: counted across
 * everything they wrote, plural and singular together, compounds ("shopping list")
 * kept whole, generic words ("app", "user", "thing") left out. Naming something when
 * asked what people create and manage counts most.
 */
export function detectEntities(
  inputs: readonly EntityInput[],
  exclude: readonly string[] = [],
): EntityAnalysis {
  const tallies = new Map<string, Tally>();
  const compounds = new Set<string>();
  const named = new Set<string>();
  let order = 0;
  const count = (key: string, weight: number) => {
    const tally = tallies.get(key) ?? { score: 0, mentions: 0, first: order };
    tally.score += weight;
    tally.mentions += 1;
    tallies.set(key, tally);
  };
  for (const input of inputs) {
    for (const phrase of nounPhrases(input.text, { nounList: input.explicit })) {
      order += 1;
      const weight = 1 + (input.explicit ? 3 : 0) + (phrase.created ? 1 : 0);
      const compound = phrase.compound && isCompoundThing(phrase.compound) ? phrase.compound : null;
      if (input.explicit) named.add(compound ?? phrase.head);
      if (compound) {
        compounds.add(compound);
        count(compound, weight);
      }
      count(phrase.head, weight);
    }
  }
  const excluded = new Set(exclude.map((phrase) => phrase.toLowerCase()));
  const chosen = [...tallies.entries()]
    .filter(([key, tally]) => !excluded.has(key) && keeps(key, tally, compounds, named))
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .map(([key]) => key);
  const merged = mergeIntoCompounds(chosen);
  return {
    entities: merged.filter((key) => !isPerson(key)).slice(0, MAX_ENTITIES),
    people: merged.filter((key) => isPerson(key)),
  };
}

/** "shopping list" and "meal plan" are things; "food bank volunteer" reads better as "volunteer". */
function isCompoundThing(compound: string): boolean {
  const [modifier, head] = compound.split(" ") as [string, string];
  if (isGeneric(modifier) || isPerson(head)) return false;
  return true;
}

function keeps(
  key: string,
  tally: Tally,
  compounds: ReadonlySet<string>,
  explicit: ReadonlySet<string>,
): boolean {
  if (!compounds.has(key) && isGeneric(key)) return false;
  if (key.length < 3) return false;
  const head = key.split(" ").pop()!;
  if (head.endsWith("ing") && !COUNTABLE_ING.has(head) && !explicit.has(key)) return false;
  return tally.score >= 2;
}

/**
 * "meal" is dropped when "meal plan" is an entity: the compound is the thing they mean.
 * People stay: "volunteer hours" does not make volunteers disappear.
 */
function mergeIntoCompounds(keys: readonly string[]): string[] {
  const compoundWords = keys.filter((key) => key.includes(" ")).flatMap((key) => key.split(" "));
  return keys.filter((key) => key.includes(" ") || isPerson(key) || !compoundWords.includes(key));
}

/**
 * Where a statement first mentions an entity (in any form: "recipe", "Recipes",
 * "shopping-lists"), as an index into its words, or -1.
 */
export function mentionIndex(statement: string, entity: string): number {
  return mentionIndices(statement, entity)[0] ?? -1;
}

/** Every place a statement mentions an entity, as indexes into its words. */
export function mentionIndices(statement: string, entity: string): number[] {
  const words = tagWords(statement).map((word) => singularize(word.word));
  const parts = entity.split(" ");
  const found: number[] = [];
  for (let index = 0; index < words.length; index++) {
    if (parts.every((part, offset) => words[index + offset] === part)) found.push(index);
  }
  return found;
}

export function mentions(statement: string, entity: string): boolean {
  return mentionIndex(statement, entity) >= 0;
}
