import { singularize } from "../language/inflection.js";

/**
 * What a person said the software must not have: "No GPS tracking of the vans", "we
 * don't need chat", "student logins are not needed". Each becomes a line of the spec's
 * out-of-scope section and keeps its words out of every other part.
 */
export interface Exclusion {
  /** As the person wrote it, without the negation: "GPS tracking of the vans". */
  said: string;
  /**
   * What to keep out, each a set of word stems that must all appear: "GPS tracking of the
   * vans" gives [["gps", "track"]], so a feature "track each van" stays.
   */
  keys: string[][];
}

/** "No X" with what follows it up to the end of the clause. */
const NO_PHRASE =
  /(?:^|[\s,;:(—-])(?:(?:no|sin|pas de|sans|aucun|aucune|kein|keine|ohne)\s+|pas d')([^.;:!?()\n,]+)/giu;
/**
 * "we don't need X", "it must not send X", "never X", "no queremos X". After a verb of
 * wanting the object is what is left out ("don't need chat" → chat); after any other
 * verb the action is ("must not send emails" → send emails, so an email field stays).
 */
const NOT_VERB_PHRASE =
  /\b(?:don'?t|do not|doesn'?t|does not|won'?t|will not|shouldn'?t|should not|must not|mustn'?t|cannot|can'?t|never|no)\s+(?:really\s+)?(need|want|have|include|use|support|require|offer|add|allow|bother with|care about|queremos|quiero|necesitamos|necesito|hace falta|send|store|keep|track|show|share|sell|collect|post|email|notify|charge)\s+(?:any\s+|to\s+(?:have\s+|use\s+|support\s+)?)?([^.;:!?()\n,]+)/giu;

/** "must not double-book", "should never show prices": what the software must not do. */
const MUST_NOT = /\b(?:must not|mustn'?t|should never|must never|shall not)\s+([^.;:!?()\n,]+)/giu;

/** Verbs of wanting: what follows them is the thing left out. */
const WANTING =
  /^(?:need|want|have|include|use|support|require|offer|add|allow|bother with|care about|queremos|quiero|necesitamos|necesito|hace falta)$/i;

/** "X is not needed", "X aren't necessary", "X is out of scope". */
const NOT_NEEDED =
  /(?:^|[.;:!?\n,]\s*)(?:and\s+|but\s+|also\s+)?([^.;:!?\n,]{2,60}?)\s+(?:(?:(?:is|are)\s+not|isn'?t|aren'?t)\s+(?:really\s+)?(?:needed|necessary|required|wanted|in scope|a priority|important)|(?:is|are)\s+out of scope)\b/giu;

/** Words after "no" that do not name a thing left out: "no more than", "no one", "no problem". */
const NOT_A_THING =
  /^(?:one|more|less|longer|later|earlier|sooner|matter|problem|idea|way|doubt|thanks?|worries|need\b|fewer|other|further|big deal|rush|hurry|worry|pressure|hay|es|se|lo|la|el|tiene|de)\b/iu;

/** Words that end a left-out thing: "no chat, because …", "no delivery but pickup". */
const TAIL =
  /\s+(?:because|since|as|but|just|only|so|though|although|for now|yet|at all|please|porque|pero|solo)\b.*$/iu;

/** "without an account", "sin anuncios": the few things "without" leaves out rather than wishes away. */
const WITHOUT_ACCOUNTS =
  /\b(?:without|sin)\s+(?:any\s+|an?\s+|una?\s+)?((?:user\s+)?(?:accounts?|logins?|sign[- ]?ups?|registration|passwords?|ads|adverts|advertising|anuncios|publicidad|cuentas?))\b/giu;

/** "without internet" is a wish to work offline, not something left out. */
const NOT_EXCLUDED_AFTER_WITHOUT =
  /^(?:an?\s+)?(?:internet|connection|signal|network|wifi|wi-fi|reception)\b/i;

/** Function words that carry no meaning of their own in a key. */
const FILLER = new Set(
  "a an the any of for on in at to with by from our my their your its this that these those some kind sort type real proper fancy extra own el la los las un una unos unas de del para con por y o".split(
    " ",
  ),
);

/** Words that join the parts of one exclusion: "chat or comments", "delivery and shipping". */
const JOINER = /\s*(?:,|\bor\b|\band\b|\bnor\b|\by\b|\bo\b|\bni\b|\/)\s*/iu;

/**
 * Every exclusion in a text, in order, each said once. Nothing in a question ("no
 * accounts?") is read, and a lone "no" (an answer) excludes nothing.
 */
export function findExclusions(text: string): Exclusion[] {
  const found: Exclusion[] = [];
  const add = (phrase: string, distribute: boolean) => {
    const said = cleanSaid(phrase);
    if (said === null) return;
    const keys = keysOf(said, distribute);
    if (keys.length === 0) return;
    const lower = said.toLowerCase();
    // "must not send emails" is read twice, as "emails" and as "send emails": once is enough.
    if (
      found.some(
        (existing) =>
          lower.endsWith(existing.said.toLowerCase()) || existing.said.toLowerCase().endsWith(lower),
      )
    )
      return;
    found.push({ said, keys });
  };
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (/\?\s*$/.test(sentence)) continue;
    for (const match of sentence.matchAll(NOT_VERB_PHRASE)) {
      const object = match[2]!;
      // "must not send emails": the verb belongs to what is left out, unless it names wanting.
      add(
        WANTING.test(match[1]!) || /^to\s/i.test(object)
          ? object.replace(/^to\s+/i, "")
          : `${match[1]} ${object}`,
        true,
      );
    }
    const readAbove = [...sentence.matchAll(NOT_VERB_PHRASE)].length > 0;
    for (const match of sentence.matchAll(MUST_NOT)) if (!readAbove) add(match[1]!, true);
    for (const match of sentence.matchAll(NO_PHRASE)) {
      const start = (match.index ?? 0) + match[0].length - match[1]!.length;
      // "do not need" and "no queremos" were read above; "no" before a verb is not "no X".
      if (
        /^(?:need|want|have|queremos|quiero|necesitamos|necesito|hace|send|store|keep|track|show|share|sell|collect|post|email|notify|charge)\b/i.test(
          match[1]!,
        )
      )
        continue;
      if (/\b(?:not|don'?t)\s*$/i.test(sentence.slice(0, start))) continue;
      add(match[1]!, true);
    }
    // "works without an account" leaves accounts out; "a timetable without clashes" is a wish.
    for (const match of sentence.matchAll(WITHOUT_ACCOUNTS)) add(match[1]!, true);
    for (const match of sentence.matchAll(NOT_NEEDED)) add(match[1]!, false);
  }
  return found;
}

/** The left-out thing as the person wrote it, trimmed of its tail; null when it names nothing. */
function cleanSaid(phrase: string): string | null {
  const said = phrase
    .replace(TAIL, "")
    .replace(/^(?:a|an|the|any|some)\s+/i, "")
    .replace(/[\s"'“”]+$/u, "")
    .trim();
  if (said.length < 2 || NOT_A_THING.test(said) || NOT_EXCLUDED_AFTER_WITHOUT.test(said)) return null;
  if (said.split(/\s+/).length > 8) return null;
  return said;
}

/**
 * The stems to keep out. "student or parent logins" means student logins and parent
 * logins; "GPS tracking of the vans" means GPS tracking (the vans stay).
 */
function keysOf(said: string, distribute: boolean): string[][] {
  const head = said.replace(/\s+(?:of|for|on|in|at|to|from|between|about|para|de|del|con|en)\s+.*$/iu, "");
  const parts = head
    .split(JOINER)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const last = parts[parts.length - 1] ?? "";
  const lastWords = last.split(/\s+/);
  const keys = parts.map((part) => {
    const words = stems(part);
    // "student or parent logins": a lone modifier takes the last part's head.
    if (distribute && part !== last && words.length === 1 && lastWords.length === 2) {
      return [...words, ...stems(lastWords[lastWords.length - 1]!)];
    }
    return words;
  });
  return keys.filter((key) => key.length > 0 && key.length <= 4);
}

/** Lower-case word stems without the filler words: "GPS tracking" → ["gps", "track"]. */
export function stems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}]+)?/gu) ?? [])
    .filter((word) => !FILLER.has(word))
    .map(stem);
}

/** "tracking" → "track", "comments" → "comment", "deliveries" → "delivery", "emails" → "email". */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length > 5 && lower.endsWith("ing")) return stripDouble(lower.slice(0, -3));
  if (lower.length > 5 && lower.endsWith("ed")) return stripDouble(lower.slice(0, -2));
  const singular = singularize(lower);
  if (singular.length > 4 && singular.endsWith("ery")) return singular.slice(0, -1);
  return singular;
}

function stripDouble(root: string): string {
  return /([^aeiou])\1$/.test(root) ? root.slice(0, -1) : root;
}

/**
 * Whether a text mentions an excluded thing: all stems of one of its keys appear among
 * the text's word stems. A stem also matches a word it begins ("deliver" in
 * "delivery", "ship" in "shipping"), never the inside of a word ("ship" in "relationship").
 */
export function mentionsExcluded(text: string, exclusions: readonly Exclusion[]): boolean {
  if (exclusions.length === 0) return false;
  const words = stems(text);
  return exclusions.some((exclusion) =>
    exclusion.keys.some((key) => key.every((part) => words.some((word) => sameStem(word, part)))),
  );
}

function sameStem(word: string, key: string): boolean {
  if (word === key) return true;
  const shorter = word.length < key.length ? word : key;
  const longer = word.length < key.length ? key : word;
  return shorter.length >= 4 && longer.startsWith(shorter) && longer.length - shorter.length <= 3;
}

/** Whether a whole sentence is a negation, so it is no feature: "No GPS tracking.", "We don't need chat". */
export function isNegation(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (
    /^(?:no|sin|nothing like|never|not|pas|sans|aucun|aucune|kein|keine|ohne)\b/i.test(trimmed) &&
    findExclusions(trimmed).length > 0
  )
    return true;
  return (
    findExclusions(trimmed).length > 0 &&
    /\b(?:don'?t|do not|doesn'?t|does not|won'?t|must not|mustn'?t|shouldn'?t|should not|not needed|not necessary|not required|isn'?t needed|aren'?t needed|no queremos|no necesitamos|no hace falta)\b/i.test(
      trimmed,
    )
  );
}
