import { singularize } from "../language/inflection.js";
import { COUNTABLE_ING, CREATION_VERBS, GENERIC_NOUNS } from "../language/lexicon.js";
import { isAppWord, isComputed, isPerson } from "../language/noun-kinds.js";
import { type TaggedWord, tagWords } from "../language/tagger.js";
import { fieldLists, isPersonField, withoutFields } from "./fields.js";

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
  /** Whether someone enters it by hand: "add a score", "write a report". */
  enteredByHand: boolean;
  /** Whether "each", "every" or "per" comes right before it: a thing counted on its own. */
  each: boolean;
}

/** Verbs by which people enter something by hand, rather than have the app work it out. */
const MANUAL_VERBS = new Set(
  "add create enter record log write post submit upload save make type fill".split(" "),
);

const EACH_WORDS = new Set(["each", "every", "per"]);

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

function phraseFrom(
  run: readonly TaggedWord[],
  start: number,
  words: readonly TaggedWord[],
): NounPhrase | null {
  const nouns = [...run];
  while (nouns.length > 0 && isAppWord(nouns[nouns.length - 1]!.base)) nouns.pop();
  if (nouns.length === 0) return null;
  const last = nouns[nouns.length - 1]!;
  const head = singularize(last.base);
  const modifier = nouns.length >= 2 ? nouns[nouns.length - 2]! : null;
  const compound = modifier ? `${modifier.word} ${head}` : null;
  const before = words.slice(Math.max(0, start - 3), start).reverse();
  const verb = before.find((word) => word.tag === "verb");
  const created = verb !== undefined && CREATION_VERBS.has(verb.base);
  const enteredByHand = verb !== undefined && MANUAL_VERBS.has(verb.base);
  const lead = before.find((word) => word.tag !== "adjective");
  const each = lead !== undefined && EACH_WORDS.has(lead.word);
  return { head, compound, start, created, enteredByHand, each };
}

/** "at half past three", "two carriages of forty": the words of a clock or a count name no thing. */
const CLOCK_AND_COUNT_WORDS =
  /^(?:half|halves|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)$/;

/** "We've the only railway …": a pronoun with its verb run on is no thing either. */
const PRONOUN_RUN_ON = /^(?:we|i|you|they|he|she|it|there|that)['’](?:ve|re|ll|d|s|m)$/;

function isGeneric(noun: string): boolean {
  return (
    GENERIC_NOUNS.has(noun) ||
    GENERIC_NOUNS.has(singularize(noun)) ||
    CLOCK_AND_COUNT_WORDS.test(noun) ||
    PRONOUN_RUN_ON.test(noun)
  );
}

interface Tally {
  score: number;
  /** The score from mentions outside field lists. */
  ownScore: number;
  mentions: number;
  first: number;
  /** Some mention outside a field list treats it as a thing of its own: "keep a setlist", "each exercise". */
  standalone: boolean;
  /** Some mention says people enter it by hand. */
  enteredByHand: boolean;
  /** Some mention enters it by hand or counts it on its own: "add a song", "for each gig". */
  distinct: boolean;
}

/** What else the tallies need to decide which nouns are things. */
interface Evidence {
  compounds: ReadonlySet<string>;
  /** Named when asked what people create and manage. */
  named: ReadonlySet<string>;
  /** Listed as what another thing holds: "habits with a name and a colour". */
  listed: ReadonlySet<string>;
}

/**
 * Picks the things an app keeps from the nouns a person keeps using: counted across
 * everything they wrote, plural and singular together, compounds ("shopping list")
 * kept whole, generic words ("app", "user", "thing") left out. Naming something when
 * asked what people create and manage counts most. What another thing holds ("habits
 * with a name and a colour") and figures the app works out ("streaks") are no things
 * of their own unless the person also treats them as such.
 */
export function detectEntities(
  inputs: readonly EntityInput[],
  exclude: readonly string[] = [],
): EntityAnalysis {
  const tallies = new Map<string, Tally>();
  const compounds = new Set<string>();
  const named = new Set<string>();
  const listed = new Set<string>();
  let order = 0;
  const count = (key: string, weight: number, phrase: NounPhrase | null) => {
    const tally = tallies.get(key) ?? {
      score: 0,
      ownScore: 0,
      mentions: 0,
      first: order,
      standalone: false,
      enteredByHand: false,
      distinct: false,
    };
    tally.score += weight;
    tally.mentions += 1;
    if (phrase) {
      tally.ownScore += weight;
      tally.standalone ||= phrase.created || phrase.each;
      tally.enteredByHand ||= phrase.enteredByHand;
      tally.distinct ||= phrase.enteredByHand || phrase.each;
    }
    tallies.set(key, tally);
  };
  for (const input of inputs) {
    for (const list of fieldLists(input.text)) {
      // People named among the fields stay in the text, and are counted there.
      for (const field of list.fields.filter((candidate) => !isPersonField(candidate))) {
        const key = fieldKey(field);
        listed.add(key);
        count(key, 1, null);
      }
    }
    // "the grams n the grade": "n" typed for "and" joins two things, no compound of them.
    const text = withoutFields(input.text).replace(/(?<=\p{L})\s+n\s+(?=\p{L})/gu, " and ");
    for (const phrase of nounPhrases(text, { nounList: input.explicit })) {
      order += 1;
      const weight = 1 + (input.explicit ? 3 : 0) + (phrase.created ? 1 : 0);
      const compound = phrase.compound && isCompoundThing(phrase.compound) ? phrase.compound : null;
      if (input.explicit) named.add(compound ?? phrase.head);
      if (compound) {
        compounds.add(compound);
        count(compound, weight, phrase);
      }
      count(phrase.head, weight, phrase);
    }
  }
  const excluded = new Set(exclude.map((phrase) => phrase.toLowerCase()));
  const evidence: Evidence = { compounds, named, listed };
  const chosen = [...tallies.entries()]
    .filter(([key, tally]) => !excluded.has(key) && keeps(key, tally, evidence))
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .map(([key]) => key);
  const merged = mergeIntoCompounds(chosen);
  return {
    entities: merged.filter((key) => !isPerson(key)).slice(0, MAX_ENTITIES),
    people: merged.filter((key) => isPerson(key)),
  };
}

/** "number of spots" → "spot"; "start time" → "start time": a listed field as a tally key. */
function fieldKey(field: string): string {
  const words = field.split(" ");
  const head = singularize(words[words.length - 1]!);
  const modifier = words.length >= 2 ? words[words.length - 2]! : null;
  return modifier && modifier !== "of" && !isGeneric(modifier) ? `${modifier} ${head}` : head;
}

/** "shopping list" and "meal plan" are things; "food bank volunteer" reads better as "volunteer". */
function isCompoundThing(compound: string): boolean {
  const [modifier, head] = compound.split(" ") as [string, string];
  if (isGeneric(modifier) || isPerson(head)) return false;
  return true;
}

function keeps(key: string, tally: Tally, evidence: Evidence): boolean {
  if (!evidence.compounds.has(key) && isGeneric(key)) return false;
  if (key.length < 3) return false;
  const head = key.split(" ").pop()!;
  // "wi' a stove" (with), "o'clock": a word said short, or the hour, is no thing to keep.
  if (/['’]$|^o['’]clock$/iu.test(head)) return false;
  if (head.endsWith("ing") && !COUNTABLE_ING.has(head) && !evidence.named.has(key)) return false;
  if (isPerson(key)) return tally.score >= 2;
  // A streak is counted, not entered; it belongs with what it summarises.
  if (isComputed(key) && !tally.enteredByHand) return false;
  if (evidence.listed.has(key) && !tally.standalone) return false;
  // Once people have listed what they manage, a thing they did not name needs more than two passing mentions.
  if (evidence.named.size > 0 && !evidence.named.has(key) && !tally.distinct && tally.ownScore < 3)
    return false;
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
