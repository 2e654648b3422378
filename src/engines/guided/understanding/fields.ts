import { pluralize, singularize, snakeCase } from "../language/inflection.js";
import { COMMON_FIELD, FIELD_NAME, GENERIC_NOUNS, MEASURE_WORD } from "../language/lexicon.js";
import { isAppWord, isPerson } from "../language/noun-kinds.js";
import { escapeRegExp } from "../language/regexp.js";
import { type TaggedWord, tagWords } from "../language/tagger.js";
import { isEnglish } from "./language.js";
import { TAG_WORDS } from "./spoken-english.js";

/** What a person said a thing holds: "habits with a name, a schedule and a colour". */
export interface FieldList {
  /** The thing, singular and lower case: "habit", "pickup slot". */
  owner: string;
  /**
   * Each field in the person's words, without its article: "name", "number of spots".
   * A person ("appointments with a date and a therapist") is a field that points at them.
   */
  fields: string[];
  /** Where each field sits in the text, so it is not mistaken for a thing of its own. */
  spans: { start: number; end: number }[];
  /** Where each field naming a person sits ("a driver"): a thing of its own only when said elsewhere. */
  personSpans: { start: number; end: number }[];
  /** The words that opened the list: "with", " has ", ": ". */
  intro: string;
  /** The clause before those words: "The island", "and every boat". */
  opening: string;
}

/**
 * What introduces the fields of the thing named just before: "with", "that have",
 * "each has", "having", or a colon ("pickup slots: a time and how many orders fit"); "customers
 * are name, phone, …" when what follows is a list that opens on a name, a number or a date.
 */
const FIELD_INTRO =
  /(?:,\s*)?\b(?:(?:each\s+)?with|belongs?\s+to|is\s+for(?=\s+(?:one|a|an|the|each)\s)|(?:only|just)\s+needs?|(?<=\b(?:each|every)\s+[a-z-]+\s+)needs(?=\s+(?!to\b))|(?<=\w\s+)(?:are|is)\s+(?:just|only|simply|basically)(?=\s+(?:a|an|the)\s)|(?:just|only|also|always)\s+(?:have|has)|(?:that|which)\s+(?:have|has|hold|holds|contain|contains|include|includes)|(?<=,\s*)(?:that|which)\s+(?:are|is)(?=\s+(?:the|a|an|their)\s+[^,.;!?\n]+,)|having|(?:each\s+)?(?:have|has|holds|contains|includes|says)|(?<=(?:^|[.;!?\n]\s*)(?:the\s+)?[a-z-]+s\s+)are(?=\s+(?:the\s+|a\s+|their\s+)?(?:name|number|date|phone|email|address|title)\s*,\s*[^,.;!?\n]+,))\s+|\s*:\s+/gi;

/** Between fields: commas, "and" ("n" typed in a hurry), "or". The capture tells whether the list closes. */
const FIELD_SEPARATOR = /(\s*,\s*(?:and|or|&|plus|n)\s+|\s+(?:and|or|&|plus|n)\s+)|\s*,\s*/gi;

/** A field whose values are kinds ("the type, dress or suit"), which a person may list after it. */
const KIND_FIELD =
  /(?:^|\s)(?:type|kind|sort|colou?r|size|status|grade|category|class|level|gender|sex|shape|material|language|flavou?r|style|finish|breed|variety|model|make)$/;

/** Words that end the clause a field list lives in. */
const CLAUSE_END = /[.;!?\n()]/;

/** "… on the label", "… on the sticker": where what was listed is printed, at the clause's end. */
const PRINTED_ON_IT =
  /\s(?:printed\s+|written\s+)?(?:on|in)\s+(?:the|its|their|each|every|a)\s+(?:label|sticker|tag|wrapper|stamp|seal|receipt)s?\s*$/iu;

/** Words before a field that are no part of its name. */
const FIELD_ARTICLE =
  /^(?:(?:a|an|the|its|their|his|her|our|my|your|some|any|one|own(?!\s+or\s)|optional|also|(?:about|roughly|approximately)(?=\s+how\s+(?:many|much)\s))\s+)+/i;

/** "the number of people in it": words pointing back at the thing itself add nothing to the field. */
const POINTS_BACK =
  /\s+(?:(?:in|on|of|for|with|to|at|about)\s+(?:it|them|this|that|there)(?:\s+(?:today|now|currently))?|on\s+the\s+other\s+side|at\s+the\s+other\s+end)$/i;

/** "which client it belongs to", "what room it is in": the field names the other thing. */
const WHICH_THING =
  /^(?:which|what)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:it|they|he|she|was|is|are|were|has|had|did|does|do)\b/i;

/** "which member bought them", "which boat caught it": a short clause whose first word is the other thing. */
const WHICH_DID =
  /^(?:which|what)\s+([a-z][\w-]*)\s+[a-z]+(?:ed|ght|s)?(?:\s+(?:it|them|this|these|that))?$/i;

/** "how many orders fit", "how many spots", "how many seats it's got": a count in the person's words. */
const HOW_MANY =
  /^how many ([a-z]+(?:-[a-z]+)*(?:\s+(?!(?:fit|can|are|is|go|goes|come|came|comes|were|they|it|of)\b)[a-z]+(?:-[a-z]+)*){0,2})(?:\s+(fit|(?:come|came|comes|went|go|goes)\s+(?:out|in|up|down|back)|(?:were|are|was|got)\s+(?:sold|made|picked|caught|dug|brought\s+up)|can come|can join|are left|there are|are|is|go|goes|they cost|it costs|they take|are needed|go in(?:\s+(?:each|it|one))?|(?:are|is)\s+(?:on|in|left)|they hold|it holds|they have|it has|it'?s got|they'?ve got|(?:it|they) (?:has|have) got|they take|it takes|(?:are|is)\s+inside|inside))?$/i;

const MAX_FIELD_WORDS = 4;

/** "a run of performances", "a list of songs": many of another thing, said as one. */
export const MANY_OF =
  /^(?:(?:a|an|the|its|their)\s+)?(?:run|list|set|series|collection|group|bunch|lot|lots|range)\s+of\s+[\p{L}\p{M}-]+s$/iu;

/** "the show it belongs to", "the volunteer who took it": what follows the thing says how it is tied. */
const RELATIVE_TAIL = /\s+(?:it|they|he|she|we|i|you|who|whom|that|which)(?:['’](?:s|re))?\s+.*$/i;

/** "who owns it", "who drives it": the person the thing is tied to, named by what they do. */
const WHO_DOES =
  /^who\s+(owns|drives|manages|teaches|leads|trains|runs|hosts|coaches|made|wrote|built|booked|sold|bought|caught|picked|packed|checked|weighed|took|did|grew)\s+(?:it|them|this|that|the\s+[a-z]+)(?:\s+(?:out|up))?$/i;
const DOER: Readonly<Record<string, string>> = {
  owns: "owner",
  grew: "grower",
  drives: "driver",
  manages: "manager",
  teaches: "teacher",
  leads: "leader",
  trains: "trainer",
  runs: "organiser",
  hosts: "host",
  coaches: "coach",
  made: "maker",
  wrote: "author",
  built: "builder",
  booked: "booker",
  sold: "seller",
  bought: "buyer",
  caught: "catcher",
  picked: "picker",
  packed: "packer",
  checked: "checker",
  weighed: "weigher",
  took: "taker",
  did: "done by",
};

/** "…, eh": a word of the talk, alone between commas. */
const TAG_ALONE = new RegExp(`^\\s*(?:${TAG_WORDS})\\s*[.!]?\\s*$`, "i");

/** "ми треба извештај:" ("I need a report:"), "искаме справка:": a wish before a colon, whose list says what it shows. */
export const WISH_BEFORE_COLON_ELSEWHERE =
  /(?<![\p{L}\p{M}])(?:(?:ми|ни|мне|нам|мені)\s+(?:треба|трябва|требаат|нужен|нужна|нужно|нужны|потребен|потребна|потрібен|потрібна)|сакам|сакаме|искам|искаме|хочу|хотим|хочемо|želim|želimo|chcę|chcemy|potrzebuję|potrzebujemy)(?![\p{L}\p{M}])/iu;

/**
 * Every field list in a text. The nouns after "with", "have" or a colon are what the
 * thing before them holds, not things of their own: in "Habits with a name, a schedule
 * and a colour; daily check-ins" a habit has a name, a schedule and a colour, and
 * check-ins are a second thing. The list ends where the clause does, or after the
 * field joined by "and" ("recipes with ingredients and steps, weekly meal plans").
 */
export function fieldLists(text: string): FieldList[] {
  const lists: FieldList[] = [];
  // Where the lists read so far end: "with" inside one ("belong to a flat, with a category") opens none.
  let readUntil = 0;
  for (const intro of text.matchAll(FIELD_INTRO)) {
    const at = intro.index;
    if (at < readUntil) continue;
    const owners = ownersBefore(text, at);
    if (!owners) continue;
    const from = at + intro[0].length;
    const clauseEnd = text.slice(from).search(CLAUSE_END);
    const rest = text.slice(from, clauseEnd < 0 ? text.length : from + clauseEnd);
    // "every box has the lot number n the harvest date on the label": what is printed on a label,
    // said to the sentence's end, is what the label shows; the thing it is stuck on keeps no
    // record of its own. ("a code painted on the lid: the pickup station, …" lists on after it.)
    if (/^(?:has|have)$/i.test(intro[0].trim()) && PRINTED_ON_IT.test(rest)) continue;
    // "Every parish on the island has its festa in the summer": something of its own it holds at
    // a time of the year is an event, told, not a field kept.
    if (
      /^(?:has|have)$/i.test(intro[0].trim()) &&
      /^(?:its|their)\s+[\p{L}\p{M}-]+\s+(?:in|on|at|every|each|once|during)\s+(?:the\s+)?(?:summer|winter|spring|autumn|fall|year|season|week|month|weekend|holidays?|sundays?|saturdays?|january|february|march|april|may|june|july|august|september|october|november|december)\b/iu.test(
        rest,
      )
    )
      continue;
    // "My parents have fished it since the 70s": "have" and what was done to it is a tense, no list.
    const perfect = rest.match(
      /^\s*([a-z]+)\s+(?:it|them|this|that|here|there|since|for|ever|all|together)\b/i,
    );
    if (/^(?:has|have)$/i.test(intro[0].trim()) && perfect && doneAlone(perfect[1]!) !== null) continue;
    // "…, and a status: pending or paid": after a colon, values one of a field takes.
    // "payments: skip, the till does that": a "no", no fields.
    if (
      intro[0].trim() === ":" &&
      (isValueChoice(rest) || /^(?:skip|nah|nope|no|none|not needed|pass|n\/a)\b/i.test(rest.trim()))
    )
      continue;
    // "ми треба извештај: колку настапи …" ("I need a report: how many shows …"): a wish before a colon.
    if (
      intro[0].trim() === ":" &&
      WISH_BEFORE_COLON_ELSEWHERE.test(
        text
          .slice(0, at)
          .split(/[.;!?\n]/)
          .pop()!,
      )
    )
      continue;
    // "And an order has the customer, the width and height, the moulding, …": a sentence
    // that opens on its thing and "has" lists its fields to its end, "and" or not.
    const opening = text
      .slice(0, at)
      .split(/[.;!?\n]/)
      .pop()!;
    const whole =
      /^(?:has|have|are)\b/i.test(intro[0].trim()) &&
      // A comma before it is where a list read earlier stood.
      /^[\s,]*(?:(?:and|then|also)\s+)*(?:(?:a|an|the|each|every)\s+)?[\p{L}\p{M}'-]+(?:\s+[\p{L}\p{M}'-]+)?\s*$/iu.test(
        opening,
      );
    // "Finance has its own system": someone else's, which the software leaves to them; "…
    // when the man has his own safa, …": one thing someone brings of their own, no record.
    if (
      /^(?:its|their|our|his|her)\s+own\s+(?:system|software|tool|app|process|way|setup|database)\b/i.test(
        rest,
      ) ||
      /^(?:its|their|our|his|her)\s+own\s+[\p{L}\p{M}-]+\s*(?:,|$)/iu.test(rest)
    )
      continue;
    // "Every piece belongs to one customer": what it belongs to is its first field, a person or
    // not; "a list of which instrument belongs to which player" asks, and keeps nothing.
    const belongsTo =
      /^(?:,\s*)?belongs?\s+to\b/i.test(intro[0].trim()) &&
      !/\bwhich\s+[\p{L}\p{M}-]+\s*$/iu.test(text.slice(0, at));
    const list = readFields(rest, from, whole, belongsTo);
    // "Each object on a loan has …": the thing the sentence opens on, not where it is, holds the list.
    // "The spaces in the yard have a code, …": the same, where the thing is named with "the".
    const opensOnEach =
      opening.match(
        /^\s*(?:(?:and|then)\s+)?(?:each|every)\s+([\p{L}\p{M}-]+)\s+(?:on|in|of|for|at)\s+(?:a|an|the|each|every)\s+[\p{L}\p{M}-]+\s*$/iu,
      ) ??
      (/^(?:has|have)\b/i.test(intro[0].trim())
        ? opening.match(
            /^\s*(?:(?:and|then)\s+)?the\s+([\p{L}\p{M}-]+s)\s+(?:on|in|at)\s+the\s+[\p{L}\p{M}-]+\s*$/iu,
          )
        : null);
    if (list.fields.length === 0) continue;
    // "rehearsals at a room with a start time": the room has no time; the rehearsal does.
    const whenOnly = list.fields.every((field) => isWhenField(field) || /\b(?:time|date)$/.test(field));
    const owner = opensOnEach
      ? singularize(opensOnEach[1]!.toLowerCase())
      : whenOnly && owners.outer
        ? owners.outer
        : owners.owner;
    lists.push({ owner, ...list, intro: intro[0], opening });
    readUntil = Math.max(readUntil, ...[...list.spans, ...list.personSpans].map((span) => span.end));
  }
  return lists;
}

/**
 * The text with every listed field blanked out, for finding the things an app keeps;
 * with `people`, the fields naming a person too ("routes have a number and a driver").
 */
export function withoutFields(text: string, options: { people?: boolean } = {}): string {
  const spans = fieldLists(text)
    .flatMap((list) => (options.people ? [...list.spans, ...list.personSpans] : list.spans))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const span of spans) result = `${result.slice(0, span.start)},${result.slice(span.end)}`;
  return result;
}

/** The fields a person gave one thing, across everything they wrote. */
export function fieldsOf(entity: string, sentences: readonly string[]): string[] {
  const fields: string[] = [];
  for (const sentence of sentences) {
    for (const list of fieldLists(sentence)) {
      if (list.owner !== entity) continue;
      for (const field of list.fields) if (!fields.includes(field)) fields.push(field);
    }
  }
  return fields;
}

/** Words that place one thing at another: "rehearsals at a room". */
const PLACING = new Set(["at", "in", "on", "for", "from"]);

/**
 * The thing right before a field list, singular, and the thing that one is placed at
 * or in, if any ("rehearsals" in "rehearsals at a room"). Null when the words before
 * name no thing (an app, "I", "people").
 */
function ownersBefore(text: string, at: number): { owner: string; outer: string | null } | null {
  const before = text.slice(0, at);
  // "…, so one customer can have a dozen, and a piece has …": after ", and" a new clause names its own thing.
  const andAt = before.search(
    /,\s*(?:and|but|so)\s+(?:a|an|the|each|every)\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s*$/u,
  );
  const clauseStart = Math.max(
    ...[".", ";", "!", "?", "\n"].map((mark) => before.lastIndexOf(mark) + 1),
    andAt < 0 ? 0 : andAt + 1,
  );
  const words = tagWords(before.slice(clauseStart), { nounList: true });
  // "A habit tracker for students with …" describes the app, not what it keeps.
  // "Each key system has …": a system of the person's, named in full, holds fields.
  const ownSystem =
    /^\s*(?:has|have)\b/i.test(text.slice(at)) &&
    /^\s*(?:(?:and|then)\s+)?(?:a|an|each|every)\s+[\p{L}\p{M}-]+\s+[\p{L}\p{M}-]+\s*$/iu.test(
      before.slice(clauseStart),
    ) &&
    !isAppWord(words.find((word) => word.tag === "noun")?.base ?? "") &&
    // Named so more than once: "a booking system has a calendar" more likely describes the app.
    text.toLowerCase().split(
      before
        .slice(clauseStart)
        .trim()
        .toLowerCase()
        .replace(/^(?:(?:and|then)\s+)?(?:a|an|each|every)\s+/, ""),
    ).length > 2;
  if (!ownSystem && words.some((word) => word.tag === "noun" && isAppWord(word.base))) return null;
  const run = nounRunEndingAt(words, words.length - 1);
  const wordBefore = words[words.length - 1 - run.length];
  // "every daily record has …": how often is the name, when what is left says little on its own.
  const often =
    run.length === 1 &&
    wordBefore !== undefined &&
    /^(?:daily|weekly|monthly|nightly|yearly|annual)$/i.test(wordBefore.word) &&
    /^(?:record|report|log|entry|sheet|count|check|summary|return|total|reading|round)s?$/i.test(
      run[0]!.word,
    );
  // "Every night has the date, the temperature, …": a time said as what holds the fields is a
  // record of each one (nights out, days worked), however general the word is elsewhere; so is a
  // field of a farm ("Every field's got a name, how many acres, …"). So is
  // an account that holds more than a log-in ("Every account has the name, the phone, … and the
  // balance": a customer's account at the depot).
  const eachTime =
    /^\s*(?:has|have)\s/i.test(text.slice(at)) &&
    !LOG_IN_ONLY.test(text.slice(at)) &&
    before
      .slice(clauseStart)
      .match(
        /^\s*(?:(?:and|then)\s+)?(?:every|each)\s+(night|day|evening|morning|weekend|week|month|account|field)\s*$/i,
      );
  const owner = eachTime
    ? eachTime[1]!.toLowerCase()
    : often
      ? `${wordBefore!.word.toLowerCase()} ${singularize(run[0]!.word)}`
      : thingOf(run);
  if (!owner) return null;
  // "If nobody has the 4 numbers": no one is no thing kept. "Every club in Kerry has a lotto":
  // a place named after "in" is where, and what is said of every one there is no record.
  if (/^(?:nobody|anybody|somebody|everybody|everyone|someone|anyone|no-one|none)$/i.test(owner)) return null;
  // "Games are played between two clubs on a Saturday, with the result": the day it happens on
  // holds nothing ("And the Fridays, with the date, …" names the Fridays themselves).
  if (
    /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekday)s?$/i.test(owner) &&
    !eachTime &&
    /\bon\s+(?:a\s+|the\s+|every\s+|each\s+)?[\p{L}]+\s*,?\s*$/iu.test(before.slice(clauseStart))
  )
    return null;
  // "My family has a small awamori distillery", "Our shop has two rooms": what the person's own
  // one has, said once, tells about them; no record of many.
  if (/^(?:my|our)$/i.test(wordBefore?.word ?? "") && /^\s*has\s/i.test(text.slice(at))) return null;
  // "no harvest when mpi has the area closed": what holds, said as the condition of a rule, is
  // when the rule applies; no record is listed there.
  const beforeArticle = /^(?:a|an|the)$/i.test(wordBefore?.word ?? "")
    ? words[words.length - 2 - run.length]
    : wordBefore;
  if (
    /^(?:when|whenever|if|unless|until|till|while|once|because)$/i.test(beforeArticle?.word ?? "") &&
    /^\s*(?:has|have)\s/i.test(text.slice(at))
  )
    return null;
  const place = run[run.length - 1]!;
  // "Everybody on the island has an account": who has it is everybody there, the island only where.
  if (
    /(?:^|\s)(?:everybody|everyone|anybody|anyone|somebody|someone|nobody|people|all|every\s+one|each\s+one)\s+(?:on|in|at|from|around|across)\s+(?:the|this|our)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*$/iu.test(
      before.slice(clauseStart),
    )
  )
    return null;
  if (
    /^(?:in|at|from|around|across)$/i.test(wordBefore?.word ?? "") &&
    new RegExp(`(?<![\\p{L}])\\p{Lu}${escapeRegExp(place.word.slice(1))}(?![\\p{L}])`, "u").test(before)
  )
    return null;
  // "the iddir helps the family with money, the tent and the chairs": what is done for someone
  // with things gives them those things; only keeping them ("we track members with …") lists fields.
  if (/^\s*with\b/i.test(text.slice(at))) {
    // (Read as a sentence, not as a list of nouns, so that "helps" is a verb.)
    const said = tagWords(before.slice(clauseStart));
    let acting = said.length - 1 - run.length;
    while (acting >= 0 && said[acting]!.tag === "stop") acting--;
    const verb = said[acting];
    if (
      verb?.tag === "verb" &&
      !/^(?:track|keep|store|record|log|add|manage|list|save|enter|register|create|note|have|has)$/i.test(
        verb.base,
      )
    )
      return null;
  }
  let index = words.length - 1 - run.length;
  while (index >= 0 && words[index]!.tag === "stop" && !PLACING.has(words[index]!.word)) index--;
  const placed = index >= 0 && PLACING.has(words[index]!.word);
  return { owner, outer: placed ? thingOf(nounRunEndingAt(words, index - 1)) : null };
}

/** "has a username and a password": what a log-in holds, and nothing more. */
const LOG_IN_ONLY =
  /^\s*(?:has|have)\s+(?:(?:an?|the|their|its)\s+)?(?:user\s*name|password|e-?mail(?:\s+address)?|log-?in|pin)(?:\s*(?:,|and|,\s*and)\s*(?:(?:an?|the|their|its)\s+)?(?:user\s*name|password|e-?mail(?:\s+address)?|log-?in|pin))*\s*(?:[.!;]|$)/i;

function nounRunEndingAt(words: readonly TaggedWord[], last: number): TaggedWord[] {
  const run: TaggedWord[] = [];
  for (let index = last; index >= 0 && words[index]!.tag === "noun"; index--) run.unshift(words[index]!);
  return run;
}

/** "pickup slots" → "pickup slot"; null for a generic word ("people", "things"). */
function thingOf(run: readonly TaggedWord[]): string | null {
  const head = run[run.length - 1];
  if (!head) return null;
  const singular = singularize(head.word);
  const modifier = run.length >= 2 ? run[run.length - 2]! : null;
  // "condition reports": a general word made particular by the one before it names a thing.
  if (GENERIC_NOUNS.has(singular) || GENERIC_NOUNS.has(head.word))
    return modifier && !GENERIC_NOUNS.has(modifier.word) ? `${modifier.word} ${singular}` : null;
  // "share purchases" are purchases of shares: "share" alone names sharing, before a thing a kind of it.
  const kind = modifier && (!GENERIC_NOUNS.has(modifier.word) || modifier.word === "share");
  return kind ? `${modifier.word} ${singular}` : singular;
}

function readFields(
  rest: string,
  offset: number,
  whole = false,
  belongsTo = false,
): Omit<FieldList, "owner" | "intro" | "opening"> {
  const fields: string[] = [];
  const spans: { start: number; end: number }[] = [];
  const personSpans: { start: number; end: number }[] = [];
  let start = 0;
  let closing = false;
  let yesOrNo = false;
  let skipped = false;
  // Said of a field after it, what it is or why it is kept: neither a field nor a thing.
  const asides: { start: number; end: number }[] = [];
  let glossing = false;
  let why = false;
  const separators = [...rest.matchAll(FIELD_SEPARATOR), null];
  // The values or an example said after a field, up to the next comma, are an aside, and the
  // list goes on after that comma; false when no comma is left.
  const asideToNextComma = (here: number): boolean => {
    let next = here;
    while (separators[next] && !separators[next]![0].includes(",")) next++;
    const stop = separators[next] ?? null;
    asides.push({ start: offset + start, end: offset + (stop ? stop.index : rest.length) });
    if (!stop) return false;
    closing = stop[1] !== undefined && !whole;
    start = stop.index + stop[0].length;
    separators.splice(here, next - here);
    return true;
  };
  for (const separator of separators) {
    const end = separator ? separator.index : rest.length;
    // "a status: pending or paid": what follows the colon are its values.
    let raw = rest.slice(start, end).split(":")[0]!;
    // "belongs to a performance and has a role and …": "has" opens a second list of the same thing.
    const having = raw.match(/^\s*(?:has|have|holds|also has|with)\s+/i);
    if (having) {
      raw = `${" ".repeat(having[0].length)}${raw.slice(having[0].length)}`;
      closing = false;
    }
    // "belongs to a client and gets invoiced at the end of the month": what is done to it ends the list.
    // ("…, next week it starts from 1 again": when something happens to it, said as a clause, too.)
    if (
      /^\s*(?:gets?|got|is|are|was|were|goes|go)\s+[\p{L}]+(?:ed|en|id|ld|nt|wn)(?![\p{L}])/iu.test(raw) ||
      /^\s*(?:next|last|every|each)\s+(?:week|month|year|day|time|sale|season|night)\s+(?:it|they|we|he|she)\s/iu.test(
        raw,
      )
    )
      break;
    // "…, every hazard's on one segment, eh": a word of the talk is no field.
    if (TAG_ALONE.test(raw)) {
      if (fields.length > 0) asides.push({ start: offset + start, end: offset + end });
      if (!separator) break;
      start = end + separator[0].length;
      continue;
    }
    // "the page date, which is the day it's shown, and …", "their home spot, that's the bar or the
    // hall where they play, and …": what a field is, said after it, is no field, nor a thing.
    if (
      fields.length > 0 &&
      (glossing ||
        /^\s*(?:(?:which|that)\s+(?:is|are|means)\b|(?:that|dat)['’]s\s|(?:i\.e\.|meaning)\s)/i.test(raw))
    ) {
      asides.push({ start: offset + start, end: offset + end });
      if (!separator) break;
      glossing = /^\s+or\s+$/i.test(separator[0]);
      start = end + separator[0].length;
      continue;
    }
    // "a nickname, cause everybody here go by a nickname, ya know, nobody know him but …, and
    // which team": why a field is kept, and what is said after it of people, are no fields.
    if (
      fields.length > 0 &&
      (/^\s*(?:['’]?cause|because|coz|cuz|since(?!\s+when\s*$))\s/i.test(raw) ||
        (why &&
          /^\s*(?:nobody|everybody|everyone|no one|someone|somebody|people|we|they|i|you|he|she)\s/i.test(
            raw,
          )))
    ) {
      why = true;
      asides.push({ start: offset + start, end: offset + end });
      if (!separator) break;
      start = end + separator[0].length;
      continue;
    }
    why = false;
    // "each with a name, we call them after my aunties, and how many seats it's got": what the
    // person says of a field, a clause of their own between commas, with the list going on after
    // it on ", and", is an aside.
    if (
      fields.length > 0 &&
      separator !== null &&
      /^\s*,\s*(?:and|plus)\s+$/i.test(separator[0]) &&
      /^\s*(?:we|i|they)\s+(?!(?:need|want|keep|track|record|note|write|take|put)\b)[a-z]+\s+(?:them|it|him|her|those|these)\b/i.test(
        raw,
      )
    ) {
      asides.push({ start: offset + start, end: offset + end });
      start = end + separator[0].length;
      continue;
    }
    // "a run of performances" names many of another thing, which is no field of this one.
    if (MANY_OF.test(raw.trim())) {
      if (closing || !separator) break;
      closing = separator[1] !== undefined;
      start = end + separator[0].length;
      continue;
    }
    // "a name, like Victorian maid or Elvis, a size": an example, up to the next comma, is no field.
    if (fields.length > 0 && /^\s*(?:like|e\.g\.|such\s+as)\s/i.test(raw)) {
      if (!asideToNextComma(separator ? separators.indexOf(separator) : separators.length)) break;
      continue;
    }
    // "urgent or not": a yes or no, the "not" no field of its own.
    if (/^\s*not\s*$/i.test(raw) && yesOrNo) {
      yesOrNo = false;
      closing = false;
      start = end + (separator?.[0].length ?? 0);
      if (!separator) break;
      continue;
    }
    // "the type, dress or suit, the size", "the colour, white or ivory for the dresses and navy
    // or grey for the suits", "returned, yes or no": the values a field takes, said after it up
    // to the next comma, are neither fields nor things.
    if (
      separator !== null &&
      /^\s+or\s+$/i.test(separator[0]) &&
      fields.length > 0 &&
      (/^\s*(?:yes|y)\s*$/i.test(raw)
        ? /^\s*(?:no|n)\b/i.test(rest.slice(end + separator[0].length))
        : (KIND_FIELD.test(fields.at(-1)!) || /^\s*(?:me|us|myself)\s*$/i.test(raw)) &&
          /^\s*(?!(?:a|an|the)\s)[a-z]+\s*$/i.test(raw) &&
          !FIELD_NAME.test(raw.trim()) &&
          // ("the grade, posted or picked up": what was done to the thing is a field of its own.)
          doneAlone(raw) === null)
    ) {
      if (!asideToNextComma(separators.indexOf(separator))) break;
      continue;
    }
    // "morning or evening", "posted or picked up": one field said by its two values, the list going on after it.
    const nextWord = separator ? secondValue(raw, rest.slice(end + separator[0].length)) : null;
    // ("a village or city": the article before the first value is no part of the field.)
    if (
      separator !== null &&
      /^\s+or\s+$/i.test(separator[0]) &&
      /^\s*(?!(?:a|an|the)\s)[a-z]+(?:\s+[a-z]+)?\s*$/i.test(raw.replace(/^\s*(?:a|an)\s+/i, "")) &&
      !rest.slice(start, end).includes(":") &&
      nextWord &&
      !/^not$/i.test(nextWord[1]!)
    ) {
      const both = `${raw
        .trim()
        .toLowerCase()
        .replace(/^(?:a|an)\s+/, "")} or ${nextWord[1]!.toLowerCase()}`;
      fields.push(both);
      spans.push({ start: offset + start, end: offset + end + separator[0].length + nextWord[0].length });
      const more = nextWord[1]!.split(/\s+or\s+/i).length - 1;
      const following = separators[separators.indexOf(separator) + 1 + more];
      if (!following) break;
      start = following.index + following[0].length;
      // Skip the separators after the second value and any more: the loop moves on from them.
      separators.splice(separators.indexOf(separator), 1 + more);
      continue;
    }
    // "whether it's the first vehicle or the second": one field, the "or" inside it.
    if (separator !== null && /^\s+or\s+$/i.test(separator[0]) && /^\s*whether\s/i.test(raw)) {
      const following = separators[separators.indexOf(separator) + 1];
      const endOfBoth = following ? following.index : rest.length;
      const both = fieldName(rest.slice(start, endOfBoth));
      if (both !== null) {
        fields.push(both);
        spans.push({ start: offset + start, end: offset + endOfBoth });
        if (!following) break;
        closing = following[1] !== undefined;
        start = following.index + following[0].length;
        separators.splice(separators.indexOf(separator), 1);
        continue;
      }
    }
    yesOrNo =
      separator !== null &&
      /^\s+or\s+$/i.test(separator[0]) &&
      /^\s*not\b/i.test(rest.slice(end + separator[0].length));
    // ("A match has two players, a date and a score": how many of another thing it holds, first in a
    // list of fields that goes on after a comma, is a field too.)
    // ("A Sumo has 10 seats, and it leaves every hour": a count said before a clause is a rule;
    // "The fee has three parts, the doctor fee, …": parts counted are named after it.)
    const counted = raw.trim().toLowerCase();
    const countedFirst =
      fields.length === 0 &&
      separator?.[0].includes(",") &&
      /^\s*(?:a|an|the|its|their)\s+[\p{L}\p{M}-]+\s*(?:,|and\s)/iu.test(
        rest.slice(end + separator[0].length),
      ) &&
      !/\s(?:parts|kinds|types|sorts|pieces|bits|things|steps|stages|sections)$/.test(counted)
        ? counted.match(COUNTED_THING)
        : null;
    const field = yesOrNo
      ? raw.trim().toLowerCase().replace(FIELD_ARTICLE, "")
      : (fieldName(raw) ?? countedFirst?.[1] ?? (fields.length > 0 ? doneAlone(raw) : null));
    if (field === null || field.length === 0) {
      // "the shipment, the label number, when it came, the weight": one item that is no field,
      // between fields of a list already two long, does not end it; someone acting does.
      if (
        separator &&
        !closing &&
        !skipped &&
        fields.length >= 2 &&
        !/^\s*(?:i|we|they|you|he|she)\s/i.test(raw) &&
        // ("…, and the orders have the customer, …": another thing with its own list ends this one.)
        !/^\s*(?:(?:the|each|every|our|their)\s+)?[\p{L}\p{M}-]+\s+(?:has|have|holds?|needs?)\s/iu.test(raw)
      ) {
        skipped = true;
        start = end + separator[0].length;
        continue;
      }
      break;
    }
    skipped = false;
    // "the club's name, …, the secretary's name": a second field of the same name is whose it is;
    // so is one whose owner is a field before it ("the captain, the captain's phone").
    const whose = raw.match(/([\p{L}\p{M}-]+)['’]s\s+\S/u)?.[1]?.toLowerCase();
    fields.push(
      whose && (fields.includes(field) || fields.includes(whose)) && !field.startsWith(`${whose} `)
        ? `${whose} ${field}`
        : field,
    );
    // People stay people, wherever they are named; only things are kept from being tables.
    const leading = raw.length - raw.trimStart().length;
    const span = { start: offset + start + leading, end: offset + start + raw.trimEnd().length };
    (isPersonField(field) ? personSpans : spans).push(span);
    if (!separator) break;
    // "belongs to a pupil and an instructor, and has the date, …", "belong to a flat, with a
    // category, …": "has" and "with" go on with the same thing.
    if (closing && !/^\s*(?:has|have|holds|also has|with)\s/i.test(rest.slice(end + separator[0].length)))
      break;
    closing = separator[1] !== undefined && !whole;
    start = end + separator[0].length;
  }
  // "share recipes with friends and family" names who, not what a recipe holds.
  // What a thing belongs to ("belongs to one customer") is its first field, a person or not.
  if (fields.every(isPersonField) && !belongsTo) return { fields: [], spans: [], personSpans: [] };
  return { fields, spans: [...spans, ...asides], personSpans };
}

/**
 * "an order has the child, the total, packed and collected": after a field, what was done
 * to the thing, said in one word, is a yes or no kept on it. Null for anything else.
 */
export function doneAlone(raw: string): string | null {
  const word = raw.trim().toLowerCase();
  // ("paid", "sent", "sold": the tagger reads some as describing words; they are done all the same.)
  if (
    /^(?:paid|sent|sold|lent|spent|built|kept|held|made|done|taken|given|shown|seen|found|lost|bought|brought|caught)$/.test(
      word,
    )
  )
    return word;
  if (!/^[a-z]{2,}(?:ed|id|en|wn|nt|lt)$/.test(word)) return null;
  const tagged = tagWords(`it was ${word}`)[2];
  return tagged?.tag === "verb" && tagged.base !== word ? word : null;
}

/** "therapist", "band members": a field that names a person. */
export function isPersonField(field: string): boolean {
  return isPerson(singularize(field.split(" ").pop()!));
}

/** One field in the person's words, or null when the words are no field ("check them off"). */
/** Pictures and files a record carries, said with how many: "3 photos", "two documents". */
const ATTACHED = /^(?:photos|pictures|pics|images|videos|files|documents|docs|attachments|scans|receipts)$/i;

/**
 * "when I last watered it", "when they were first checked": the last or first time something
 * was done, a field named "date last watered" in prose and in a list alike.
 */
const LAST_DONE = String.raw`when\s+(?:i|we|they|it\s+was|they\s+were)\s+(last|first)\s+([a-z]+(?:ed|en|ght))(?:\s+(?:it|them))?`;
const LAST_DONE_ALONE = new RegExp(`^${LAST_DONE}$`, "u");
/** The same, among the items of a list, each put as its date ("date last watered"). */
export const LAST_DONE_IN_A_LIST = new RegExp(String.raw`\b${LAST_DONE}(?=\s*(?:[,.]|\sand\s|$))`, "giu");

/** "two players", "3 photos": how many of a thing, said as a count and the thing's plural. */
const COUNTED_THING =
  /^(?:(?:up\s+to|at\s+most|at\s+least|about|around|max)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a\s+hundred)\s+([\p{L}-]+s)$/u;

function fieldName(raw: string): string | null {
  // "the store in Grindstone it comes from", "the shop in town": which one, named by where it
  // is, is the field; what it has to do with the thing ("it comes from") is no part of it.
  const placed = raw
    .trim()
    .match(
      /^(?:(?:the|its|their)\s+)?([a-z]+)\s+(in|at|on)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|town)(?:\s+(?:it|they)\s+(?:comes?|came|goes|went|leaves|left|sails|starts|is|are)\s+(?:from|to|in|at))?$/u,
    );
  if (placed && tagWords(`the ${placed[1]!}`)[1]?.tag === "noun")
    return `${placed[1]} ${placed[2]} ${placed[3]!.toLowerCase()}`;
  const said = raw
    .trim()
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(FIELD_ARTICLE, "")
    // "paid y/n", "pick up (yes/no)": the answers a yes or no takes are no part of its name.
    .replace(/\s*\(?(?:y\/n|yes\/no|yes\s+or\s+no)\)?$/, "")
    // "their test date if they've booked one": when it is there is no part of its name.
    .replace(/\s+(?:if|when|unless|once)\s+.*$/, "")
    // "their bank account so we can pay them": what it is for is no part of its name either.
    .replace(/\s+so\s+(?:that\s+)?(?:we|they|i|you|he|she|it)\s+.*$/, "")
    // "the items and how many of each": the count of each thing named before, "how many".
    .replace(/^(how\s+many)\s+of\s+(?:each|them|it|those|these)(?:\s+one)?$/, "$1")
    // "how many shifts they're doing", "how many boxes they take": who does what with the
    // things counted is no part of the count.
    .replace(
      /^(how many [a-z]+(?: [a-z]+)?) (?:they|he|she|we|i|you)(?:'re|'s|'m| are| is| am)? [a-z]+(?:ing)?(?: (?:in|out|up|back|over|down|along))?$/,
      "$1",
    )
    // "how many calves got our earmark": what happened to them is no part of the count.
    .replace(
      /^(how many [a-z]+) (?:got|get|gets|had|came|went|were\s+given|[a-z]{3,}ed)\s+(?:the|our|their|a|an|its|my)\s+[a-z]+$/,
      "$1",
    )
    // "how many lambs Joe is bringing in": so is anyone named as doing it.
    .replace(
      /^(how many [a-z]+) [a-z]+(?:'s| is| are) [a-z]+ing(?: (?:in|out|up|back|over|down|along))?$/,
      "$1",
    )
    // "the artwork's width": what the thing holds is its width; whose ("the customer's name") stays.
    .replace(/^([\p{L}\p{M}-]+)'s\s+(?=\S)/u, (whole, owner: string) =>
      isPerson(singularize(owner)) || /^(?:what|who|that|it|there|here|where|how)$/.test(owner) ? whole : "",
    );
  if (said.length === 0) return null;
  // "the items and how many of each", "the customer, how many, and the date": a count, as said.
  if (/^how\s+(?:many|much)$/.test(said)) return said;
  // "A cow has seven shares and a goat is one share": how many of another thing one holds is
  // a rule of how they are counted, no field. "the 4 numbers" in a list names the numbers.
  const countOnly = said.match(COUNTED_THING);
  // "Every listing has 3 photos": pictures and files attached, however many, are kept with it.
  if (countOnly)
    return /^(?:the|their|its|his|her)\s/i.test(raw.trim()) || ATTACHED.test(countOnly[1]!)
      ? countOnly[1]!
      : null;
  // "the before photos", "the after weight": when it was taken is part of its name.
  if (
    /^(?:before|after)\s+[\p{L}\p{M}-]+$/u.test(said) &&
    tagWords(`the ${said.split(" ")[1]!}`)[1]?.tag === "noun"
  )
    return said;
  // "belongs to one customer, mind, …": a word that carries the talk is no field.
  if (/^(?:mind|obviously|of course|mate|like|right|though|anyway|really|basically|honestly)$/.test(said))
    return null;
  // "when I last watered them": the last time it was done, as the listed records name it.
  const lastDone = said.match(LAST_DONE_ALONE);
  if (lastDone) return `date ${lastDone[1]} ${lastDone[2]}`;
  // "where they're planted", "where it is kept": the place, said as the person said it.
  if (/^where\s+(?:it|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)?\s+[a-z]+(?:ed|en|pt|ld|wn)$/.test(said))
    return said;
  // "when they signed" is the date signed.
  const whenDone = said.match(
    /^when\s+(?:they|it|he|she|we|i)\s+(?:was\s+|were\s+|got\s+)?([a-z]+(?:ed|en|id|nt|ght))$/,
  );
  if (whenDone) return `date ${whenDone[1]!}`;
  // "how many it sleeps" counts what it sleeps; "what's still owing" is what is owing.
  const countedVerb = said.match(/^how many (?:it|they) ([a-z]+)$/);
  if (countedVerb) return countedVerb[1]!;
  // "how many pounds of sausage", said alone, is the sausage in pounds.
  const measuredOf = said.match(
    /^how many (pounds|lbs|kilos|kgs|litres|liters|gallons|bags|boxes|bushels|dozens?|cases|crates|sacks|tonnes|tons|yards|metres|meters|bales) of ([a-z]+(?: [a-z]+)?)$/,
  );
  if (measuredOf) return `${measuredOf[2]} ${measuredOf[1]}`;
  // "how many pounds of cod came in", "how many pieces of fish they take": a count of a measure
  // of something, whatever is said of it after.
  const countedOf = said.match(/^how many ([a-z]+) of [a-z]+(?:\s+[a-z']+){0,3}$/);
  if (countedOf) return `how many ${countedOf[1]!}`;
  // "what it is": what the thing is, told in words.
  if (/^what (?:it|they) (?:is|are)$|^what(?:'s| is) in (?:it|them)$/.test(said)) return "description";
  const stillIs = said.match(
    /^what(?:'s| is)\s+(?:still\s+|left\s+)?(owing|due|outstanding|left|owed|unpaid|remaining)$/,
  );
  if (stillIs) return stillIs[1]!;
  // "how long", "how long it takes": how long it lasts, kept as said.
  if (/^how\s+long(?:\s+(?:it|they)\s+(?:takes?|lasts?|stays?|is|are|runs?))?$/.test(said)) return "how long";
  // "where to", "where from": the place a ride goes to or comes from, kept as said.
  if (/^where\s+(?:to|from)$/.test(said)) return said;
  // "where they live", "where she stays": where someone lives is their address, kept as said;
  // "where they're from", "where he comes from", where they come from, also.
  if (
    /^where\s+(?:they|he|she|it)(?:\s+(?:live|lives|stay|stays|is\s+based|are\s+based|come\s+from|comes\s+from)|(?:'re|'s|\s+are|\s+is)\s+from)$/.test(
      said,
    )
  )
    return said;
  // "the packets left", "the seats remaining": what is left of something is a count kept as said.
  if (/^[a-z]+s\s+(?:left|remaining|available)$/.test(said)) return said;
  // "the kilos taken out", "the eggs thrown away": what is done to some of them is a count of
  // its own, kept as said.
  const someDone = said.match(/^[a-z]+s\s+([a-z]{3,}(?:ed|en|wn|nt|lt))(?:\s+(?:out|off|back|away))?$/);
  if (someDone && doneAlone(someDone[1]!) !== null) return said;
  // "whether there's an elder 60 and up": whether one is there, a yes or no named by who it is.
  const whetherThere = said.match(
    /^whether\s+there(?:'s|\s+is|\s+are)\s+(?:an?|any|some)\s+([\p{L}\p{M}-]+)(?:\s+(?:\d+|in|at|on|over|under|living)\b.*)?$/u,
  );
  if (whetherThere) return whetherThere[1]!;
  // "how many credits are on it": what it points back at is the thing itself; "how many people
  // in the group": where they are counted is no part of the count's name.
  const counted = said
    .replace(POINTS_BACK, "")
    .replace(
      /^(how many [a-z]+)\s+(?:in|on|at|for|of)\s+(?:the|a|an|each|every|their|its)\s+[\p{L}\p{M}-]+$/u,
      "$1",
    );
  const howMany = counted.match(HOW_MANY);
  if (howMany)
    return howMany[2] && !/^(?:fit|can come|can join|are left|there are)$/i.test(howMany[2])
      ? `how many ${howMany[1]}`
      : counted;
  // "notes on any damage" are damage notes.
  const notesOn = said.match(
    /^(notes?|comments?|remarks?)\s+(?:on|about)\s+(?:any\s+|the\s+)?([\p{L}\p{M}-]+)$/u,
  );
  if (notesOn) return `${notesOn[2]} ${notesOn[1]}`;
  // "whether they're year-round or camp people": the first of the two it can be.
  const whetherOr = said.match(
    /^whether\s+(?:it'?s|it is|they'?re|they are|he'?s|she'?s)\s+(?:the\s+|a\s+|an\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+){0,2})\s+or\s+.+$/u,
  );
  if (whetherOr) return whetherOr[1]!;
  // "the sticker number for that year": which year is no part of its name.
  const forWhen = said.match(
    /^(.+?)\s+for\s+(?:that|this|the|each|every)\s+(?:year|month|week|day|season|term)$/,
  );
  if (forWhen) return fieldName(forWhen[1]!);
  // "if they paid", "whether they paid": paid, a yes or no.
  // ("whether they've renewed": "'ve" is "have".)
  const ifDone = said.match(
    /^(?:if|whether)\s+(?:(?:they|dey|dem|it|he|she)\s+(?:have\s+|has\s+)?|(?:it|they|he|she)'(?:s|re|ve)\s+(?:been\s+)?)([a-z]+(?:ed|id|nt|ght|ne))$/,
  );
  if (ifDone) return ifDone[1]!;
  // "whether anybody needs the ramp": what someone needs, a yes or no named by it.
  const needed = said.match(
    /^(?:if|whether)\s+(?:anybody|anyone|somebody|someone|they|he|she|it)\s+(?:needs?|wants?)\s+((?:the|a|an)\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)$/u,
  );
  if (needed) return `needs ${needed[1] ?? ""}${needed[2]!}`;
  // "whether they've paid the deposit", "if they've done the training": what was done to
  // which of their things, a yes or no named by both ("deposit paid", "training done").
  const doneToTheirs = said.match(
    /^(?:if|whether)\s+(?:they|he|she|it)(?:'ve|'s|\s+have|\s+has)?\s+([a-z]+(?:ed|id|ne|nt|ght))\s+(?:the|their|his|her|its)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)$/u,
  );
  if (doneToTheirs) return `${doneToTheirs[2]} ${doneToTheirs[1]}`;
  // "when it's due", "when they're back": the date it is, named by what it is then.
  const whenItIs = said.match(
    /^when\s+(?:it'?s|it\s+is|they'?re|they\s+are)\s+(due|needed|ready|back|wanted)$/,
  );
  if (whenItIs) return `${whenItIs[1]} date`;
  // "the day it is needed", "the date they're due": the day, named by what it is then.
  const dayItIs = said.match(
    /^(date|day|time)\s+(?:it'?s|it\s+is|they'?re|they\s+are)\s+(needed|wanted|due|collected|picked\s+up)$/,
  );
  if (dayItIs) return `${dayItIs[1]} ${dayItIs[2]}`;
  // "when reported", "when fixed": the date it was done.
  const whenAlone = said.match(/^when\s+([a-z]+(?:ed|en|id|nt|ght))$/);
  if (whenAlone) return `date ${whenAlone[1]}`;
  // "who has it lent", "who it's lent to", "who borrowed it": the one who has it on loan.
  if (
    /^who\s+(?:has\s+(?:it|them)\s+(?:lent|borrowed|on\s+loan|out)|(?:it|they)(?:'s|'re|\s+is|\s+are)\s+lent\s+to|borrowed\s+(?:it|them))$/.test(
      said,
    )
  )
    return "borrower";
  // "who has it", "who has it now": the one holding it, kept as said.
  if (/^who\s+has\s+(?:it|them)(?:\s+now)?$/.test(said)) return said;
  // "what's wrong", "what's missing": what the trouble is, kept as said.
  if (/^what'?s\s+(?:wrong|broken|missing|needed|up)$/.test(said)) return said;
  // "what needs doing": the work, kept as said.
  if (/^what\s+needs\s+(?:doing|fixing|done|mending|sorting)$/.test(said)) return said;
  // "how many games each side won": a count of a thing, whatever is said of it after.
  const countedThen = said.match(
    /^how many ([a-z]+s)\s+(?:each|every|the|they|it|he|she|we|you|i)\b(?:\s+[a-z']+){1,4}$/,
  );
  if (countedThen) return `how many ${countedThen[1]!}`;
  // "whether they're on free school meals" is free school meals, "whether it's on hold" on hold.
  const whetherOn = said.match(
    /^whether\s+(?:it'?s|it is|they'?re|they are|he'?s|she'?s)\s+on\s+(?:the\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+){0,3})$/u,
  );
  if (whetherOn) return whetherOn[1]!.includes(" ") ? whetherOn[1]! : `on ${whetherOn[1]}`;
  // "whether it's paid" is paid, a yes or no.
  const whether = said.match(
    /^whether\s+(?:it'?s|it is|they'?re|they are|it was|it has been|it got|they have been|they were|they got)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)$/u,
  );
  if (whether) return whether[1]!;
  // "whether the proof has been approved" is proof approved.
  const whetherThe = said.match(
    /^whether\s+the\s+([\p{L}\p{M}-]+)\s+(?:is|was|has\s+been|had\s+been|got)\s+([\p{L}\p{M}-]+)$/u,
  );
  if (whetherThe) return `${whetherThe[1]} ${whetherThe[2]}`;
  // "the date of the Communion" is the communion date, "the name of the school" the school name.
  const ofTheOther = said.match(
    /^(date|time|day|name|number|address|place|location|size|price|cost|length|weight|height|depth|start|end)\s+of\s+(?:the|their|its|his|her)\s+((?:[\p{L}\p{M}-]+\s+)?[\p{L}\p{M}-]+)$/u,
  );
  // ("the time of the low water": a word that describes it goes with it, "low water time".)
  if (
    ofTheOther &&
    tagWords(`the ${ofTheOther[2]!}`, { nounList: true }).at(-1)?.tag === "noun" &&
    ofTheOther[2]!.split(/\s+/).length + 1 <= MAX_FIELD_WORDS
  )
    return `${ofTheOther[2]} ${ofTheOther[1]}`;
  // "the litres on the last dip", "the reading at the latest check": which time it was taken is
  // its name, kept as said.
  const whenTaken =
    /^[\p{L}\p{M}-]+\s+(?:on|at|from)\s+the\s+(?:last|latest|previous|next|first)\s+[\p{L}\p{M}-]+$/u.test(
      said,
    );
  if (whenTaken) return said;
  // "the position on the wall": where on another thing the field is says no more of its name.
  const onAnother = said.match(/^([\p{L}\p{M}-]+)\s+(?:on|in|at)\s+the\s+[\p{L}\p{M}-]+$/u);
  if (
    onAnother &&
    !/^(?:date|time|day|notes?)$/.test(onAnother[1]!) &&
    tagWords(`the ${onAnother[1]!}`, { nounList: true })[1]?.tag === "noun" &&
    !/^(?:been|being|be|is|are|was|were)$/.test(onAnother[1]!)
  )
    return onAnother[1]!;
  // "who it's going to", "who it goes to": the one it is sent to; "which docks": the docks.
  // ("who it's for", the one who will wear or use it, is kept as said.)
  if (/^who\s+(?:it'?s|it\s+is|they'?re|they\s+are)\s+for$/.test(said)) return said;
  if (
    /^who\s+(?:it'?s|it\s+is|it|they'?re|they\s+are|they)\s+(?:going|goes|go|sent|addressed)(?:\s+to)?$/.test(
      said,
    )
  )
    return "recipient";
  const whichAlone = said.match(/^(?:which|what)\s+([\p{L}\p{M}-]+)$/u);
  if (whichAlone && tagWords(`the ${whichAlone[1]!}`, { nounList: true })[1]?.tag === "noun")
    return whichAlone[1]!;
  const doer = said.match(WHO_DOES);
  if (doer) return DOER[doer[1]!.toLowerCase()]!;
  // "who cleaned it": who did it, named by what was done.
  const doneBy = said.match(/^who\s+([a-z]{3,}ed)\s+(?:it|them|this|that)$/);
  if (doneBy) return `${doneBy[1]} by`;
  // "a person to talk to", "someone to ring": who to contact there, a name kept on the thing.
  if (
    /^(?:person|someone|somebody|contact)\s+to\s+(?:talk|speak|ring|call|phone|contact|deal|ask)(?:\s+(?:to|with))?$/.test(
      said,
    )
  )
    return "contact name";
  // "the date we sent it", "the date it came back": the date it was done.
  const done = dateWhenDone(said);
  if (done !== said) return done;
  // "the date it was found" is the date found.
  const happened = said.match(/^([a-z][\w ]{0,30}?)\s+(?:it|they)\s+(?:was|were|got)\s+([a-z]+)$/i);
  if (happened && !/^(?:which|what)\b/i.test(said)) return `${happened[1]} ${happened[2]}`;
  // "what was in it", "what's in them": what it holds, kept as said.
  if (/^what(?:'s|\s+(?:was|is|were|are|goes|went))\s+in\s+(?:it|them)$/.test(said)) return said;
  const which = said.match(WHICH_THING) ?? said.match(WHICH_DID);
  // "what shoeing it has": the words between are a thing, whatever else they could be read as.
  const itHas = said.match(/^what\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+it\s+(?:has|had|gets|needs)$/i);
  if (itHas) return itHas[1]!;
  // "if they've paid this year": paid, whenever it is asked.
  const doneThen = said.match(
    /^(?:if|whether)\s+(?:they|he|she|it)(?:'ve|'s|\s+have|\s+has)?\s+([a-z]+(?:ed|id|nt|ght|ne))\s+(?:this|last|each|every)\s+(?:year|month|week|season|term|time)$/,
  );
  if (doneThen) return doneThen[1]!;
  // "who taught it", "where it went", "what was in it", "how much it cost", "how strong it is":
  // a question the record answers, kept as said (what it is, said last, is no part of it).
  // ("what we charge them" is the person's doing, read below.)
  if (
    !which &&
    // ("who's helping": "who is", said short.)
    /^(?:who(?:'s|'re)?|whose|what|where|how\s+(?:much|strong|big|old|far|heavy|tall|often|deep|full|bad))(?:\s+[\p{L}'’-]+){1,5}$/u.test(
      said,
    ) &&
    !/\b(?:we|i|you|us|me)\b/.test(said)
  )
    return said.replace(/^(how\s+[a-z]+)\s+(?:it|they)\s+(?:is|are)$/, "$1");
  const text = (which ? which[1]! : said).replace(POINTS_BACK, "").replace(RELATIVE_TAIL, "");
  // "ship-to", "on-hand", "check-in date": a word joined by hyphens is one word, a noun in a list.
  const written = text.trim().split(/\s+/);
  const unhyphenated = written
    .map((word) => word.replace(/(?<=[\p{L}\p{M}])-(?=[\p{L}\p{M}])/gu, ""))
    .join(" ");
  // Read after an article, as it stood: "the show" is a thing, however "show" alone is read.
  const words = tagWords(`the ${unhyphenated}`, { nounList: true })
    .slice(1)
    // "dietary needs": after a describing word, "needs" is a thing people have; "trial end
    // date": a word between two nouns is part of the name, whatever else it can be.
    .map((word, index, all) =>
      (word.word === "needs" && index > 0 && all[index - 1]!.tag !== "stop") ||
      // "the away pair", "the away team": which side of a match, before a noun, describes it.
      (word.word === "away" && all[index + 1]?.tag === "noun") ||
      (word.tag === "verb" &&
        index > 0 &&
        all[index - 1]!.tag === "noun" &&
        all[index + 1]?.tag === "noun") ||
      // "lease end", "course start": a plain verb after a noun, at the end of a field, is a noun too.
      (word.tag === "verb" &&
        index > 0 &&
        index === all.length - 1 &&
        all[index - 1]!.tag === "noun" &&
        word.base === word.word) ||
      // "the dye group", "the weaving group": a word that can describe, last after a noun, is
      // what the field names.
      (word.tag === "adjective" && index > 0 && index === all.length - 1 && all[index - 1]!.tag === "noun")
        ? { ...word, tag: "noun" as const }
        : word,
    );
  if (words.length === 0 || words.length > MAX_FIELD_WORDS) return null;
  // "the total", "the final": a describing word alone in a list names what it describes.
  if (words.length === 1 && words[0]!.tag === "adjective") return words[0]!.word;
  // "the date sent", "the date paid out": when something was done to it.
  if (
    /^(?:date|time|day|amount)\s+(?:[a-z]+(?:ed|id|nt|ne|de|ght|en)(?:\s+(?:out|in|off|back|up|over))?|in|out|back|due(?:\s+back)?)$/.test(
      text.trim(),
    )
  )
    return text.trim();
  // "a lot space": a lot to park in, before a noun, not "a lot of".
  if (/^lot\s+[a-z]+$/.test(text.trim()) && !/^lot\s+of$/.test(text.trim())) return text.trim();
  // "HR has its own thing" holds nothing.
  if (words.length === 1 && /^(?:thing|things|stuff|one|ones|way|ways)$/.test(words[0]!.word)) return null;
  // "pick up", "drop off", "check in": a doing and its particle, alone in a list, name the
  // doing as a thing (whether the order is picked up), as "pickup" does written as one word.
  if (
    words.length === 2 &&
    (words[0]!.tag === "verb" || words[0]!.tag === "noun") &&
    words[0]!.base === words[0]!.word &&
    /^(?:pick|drop|check|sign|take|call|log|cash)$/.test(words[0]!.word) &&
    /^(?:up|off|in|out|away)$/.test(words[1]!.word)
  )
    return text.trim();
  const fits = words.every(
    (word, index) =>
      word.tag === "noun" ||
      word.tag === "adjective" ||
      ((word.word === "of" || word.word === "per") && index > 0 && index < words.length - 1) ||
      // ("the price a kilo", "the rate a night": what it is for each one of a unit.)
      (word.word === "a" &&
        index === 1 &&
        /^(?:price|rate|fee|cost|wage|pay|charge|rent|hire)$/.test(words[0]!.word) &&
        index === words.length - 2 &&
        (MEASURE_WORD.test(`${words[index + 1]!.word}s`) ||
          /^(?:day|night|week|month|hour|head|piece|person)$/.test(words[index + 1]!.word))),
  );
  if (!fits || words[words.length - 1]!.tag !== "noun") return null;
  // The words as written, hyphens and all, when the tagger kept one word for each.
  if (written.some((word) => /[\p{L}\p{M}]-[\p{L}\p{M}]/u.test(word)) && words.length === written.length)
    return written.join(" ");
  return words.map((word) => word.word).join(" ");
}

/**
 * "the date they were added", "the date it came back", "the date we sent it", "the date they
 * paid their permit": a date said with who did what to the thing is the date it was done
 * ("date added", "date came back", "date sent", "date paid"). Anything else comes back as it was.
 */
export function dateWhenDone(said: string): string {
  return (
    said
      // ("the date they want it": wanted, not "want" as if it were done.)
      .replace(/^(date|time|day)\s+(?:they|we|he|she|you)\s+(want|need)s?\s+(?:it|them)$/iu, "$1 $2ed")
      // ("the day she was packed": a barrel, a boat or a batch is "she" in many Englishes.)
      // ("the day it was last plucked": the last time it was done.)
      .replace(
        /^(date|time|day)\s+(?:it|they|she|he)\s+(?:(?:was|were|got)\s+)?((?:last\s+|first\s+)?[a-z]+)$/iu,
        "$1 $2",
      )
      .replace(
        /^(date|time|day)\s+(?:it|hit|they)\s+(came|went|got|was|were)\s+(back|in|out|off|home)$/iu,
        "$1 $2 $3",
      )
      .replace(
        /^(date|time|day)\s+(?:we|they|i|he|she|you)\s+(?!(?:did|done|had|made)\s)([a-z]+(?:ed|id|nt|ld|ght|ne|de))\s+(?:it|them|us|me|(?:their|his|her|the|its|our)\s+[\p{L}-]+)$/iu,
        "$1 $2",
      )
      // "the date the radio was last checked", "the day the deposit was paid": the thing and what
      // was done to it name the field ("radio last checked", "date deposit paid").
      .replace(
        /^(date|time|day)\s+(?:the|its|their)\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:was|were|is|got|has\s+been)\s+(?:(last|first)\s+)?([a-z]+(?:ed|id|nt|ld|ght|ne|de|en))$/iu,
        (_whole, when: string, thing: string, which: string | undefined, done: string) =>
          which ? `${thing} ${which} ${done}` : `${when} ${thing} ${done}`,
      )
  );
}

/**
 * A field said as a phrase, named as a column is: when something was done ("the date the
 * radio was last checked"), where someone is from ("the village they're from"), what something was like ("what the sea was like" is the sea),
 * and a measure of a thing ("the size of the apartment" is the apartment size).
 */
export function namedAsColumn(said: string): string {
  return (
    dateWhenDone(said)
      // "the village they're from" is the village ("where they're from" is kept as said).
      .replace(
        /^(?!where\s)(.+?)\s+(?:they|dey|he|she|it)(?:['’]re|['’]s|\s+(?:are|is|come|comes))?\s+from$/iu,
        "$1",
      )
      .replace(
        /^what\s+(?:the|its|their)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:is|was|are|were)\s+like$/iu,
        "$1",
      )
      .replace(
        /^(size|name|number|type|colou?r|address|length|weight|age|price|cost|value|height|width|model|make|brand|condition|date|time)\s+of\s+(?:the|its|their)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)$/iu,
        "$2 $1",
      )
      // "the date each one's due", "the date it's due": the due date.
      .replace(
        /^(date|day|time)\s+(?:each\s+one|it|they|each)(?:['’]s|['’]re|\s+is|\s+are)\s+(due|back|ready|out|in)$/iu,
        "$2 $1",
      )
  );
}

/** Field words that name when a thing happens, which a thing with a start time already has. */
const WHEN_FIELDS = new Set(["date", "time", "start time", "end time", "start", "end", "day", "start date"]);

/** Whether a listed field is covered by the columns a thing with a start and end already has. */
export function isWhenField(field: string): boolean {
  return WHEN_FIELDS.has(field);
}

/** "how many orders fit", "number of spots": a field that counts. */
export function isCountField(field: string): boolean {
  return HOW_MANY.test(field) || /^(?:number|count) of /.test(field);
}

/**
 * Words a thing has one of, however the sentence counts it: "orders with pickup times"
 * gives each order one pickup time, while "recipes with ingredients" gives many.
 */
const ONE_PER_THING = new Set(
  `name title time date price cost fee colour color status address location email phone description deadline
  size weight rating category type owner amount total duration length schedule key venue`.split(/\s+/),
);

/** "how many acres of ponds": the unit, then what is measured in it. */
const MEASURED_OF =
  /^how\s+many\s+(pounds|lbs|kilos|kgs|litres|liters|gallons|tonnes|tons|yards|metres|meters|acres|hectares)\s+of\s+([a-z]+)$/i;

/**
 * A listed field as a column with a type: "price" → "price (decimal)", "ingredients" → a list
 * (in English only: "poids" is no plural of anything).
 */
/** Short forms of field names people type, and the words they stand for. */
const SPELLED_OUT: Record<string, string> = { qty: "quantity", amt: "amount" };

export function columnFor(given: string, english = true): string {
  // "qty", "amt": a field written short is named in full, and typed as the full word is.
  const said = english
    ? given.replace(/(?<![\p{L}])(?:qty|amt)(?![\p{L}])/giu, (short) => SPELLED_OUT[short.toLowerCase()]!)
    : given;
  // "how many acres of ponds", "how many pounds of sausage": a measure of something, in its unit.
  const measured = english ? said.match(MEASURED_OF) : null;
  if (measured) return `${snakeCase(singularize(measured[2]!))}_${measured[1]!.toLowerCase()} (decimal)`;
  const words = said.split(" ");
  const singular = singularize(words[words.length - 1]!);
  const field = ONE_PER_THING.has(singular) ? [...words.slice(0, -1), singular].join(" ") : said;
  const count = field.match(HOW_MANY);
  // "how many life jacket" counts life jackets, however the person said it; "how many put back"
  // counts what was done, as said.
  if (count) {
    const counted = tagWords(count[1]!).at(-1)?.tag === "noun" ? pluralize(count[1]!) : count[1]!;
    // ("how many tables are left" counts what is left.)
    const left = /\b(?:left|remaining)$/.test(count[2] ?? "") ? "_left" : "";
    return `${count[2] === "fit" ? "max" : "number_of"}_${snakeCase(counted)}${left} (integer)`;
  }
  // "how much it's for", "how much", "how much it's worth": what a voucher or a payment is for is its amount.
  if (english && /^how\s+much(?:\s+(?:it|they)(?:['’]s|\s+is|\s+are|['’]re)?\s+(?:for|worth))?$/i.test(field))
    return "amount (decimal)";
  const name = snakeCase(field);
  const last = field.split(" ").pop()!;
  if (/^(?:number|count) of /.test(field)) return `${name} (integer)`;
  if (/^(?:photo|image|picture|logo|avatar|cover)$/.test(last)) return `${name}_url (text)`;
  if (/^(?:photo|image|picture)s$/.test(last)) return `${snakeCase(singularize(field))}_urls (list of text)`;
  if (/^(?:date|deadline|birthday)$/.test(last) || field === "date of birth") return `${name} (date)`;
  if (last === "time") return `${name} (date and time)`;
  if (/^(?:price|cost|fee|amount|budget|total|salary|deposit)s?$/.test(last)) return `${name} (decimal)`;
  // "the length of the frontage", "boat length": a length of something that stands is a measure;
  // "length", "lesson length": a length of time.
  if (
    last === "length" &&
    /\b(?:frontage|boat|hedge|wall|fence|road|rope|field|plot|pitch|track|pool|room|board|cable|pipe|fabric|cloth|hull)\b/.test(
      field,
    )
  )
    return `${name} (decimal)`;
  if (/^(?:length|duration)$/.test(last)) return `${name} (integer, minutes)`;
  if (/^(?:rating|stars)$/.test(last)) return `${name} (integer 1 to 5)`;
  if (/^(?:quantity|capacity|servings|age)$/.test(last)) return `${name} (integer)`;
  // ("half paid or full paid" takes one of two values, no yes or no.)
  if (/^(?:done|completed|paid|active)$/.test(last) && !/\sor\s+(?!not$)/.test(field))
    return `${name} (boolean, default false)`;
  // "has water tap", "is private": a yes or no.
  if (/^(?:has|have|is|are|can|needs?)\s/.test(field)) return `${name} (boolean, default false)`;
  // "max players", "reorder level", "reps": a number, however the last word is counted.
  if (/^(?:min|max|minimum|maximum|number|total)\s/.test(field)) return `${name} (integer)`;
  if (/^(?:count|stock|level|reps|seats|spots|attempts|hours|minutes|laps|calories|copies)$/.test(last))
    return `${name} (integer)`;
  if (/^(?:notes|comments|instructions|details)$/.test(last)) return `${name} (text)`;
  // "cubic metres", "pounds", "weight": a measure, however the unit is counted.
  // ("area", "which area", "body area": where, in a record of people or places, is a name; "floor
  // area", "area in square metres": a measure.)
  if (
    MEASURE_WORD.test(last) &&
    (last !== "area" || /\b(?:floor|land|plot|surface|square|sq|total)\b/.test(field))
  )
    return `${name} (decimal)`;
  // ("parent name for the kids" is a name, "jars or jerrycans" a choice: neither is a count.)
  if (english && singularize(last) !== last) {
    if (/\s(?:for|of|in|on|at|to|from|with|per|or)\s/.test(field)) return `${name} (text)`;
    return `${name} (${KEPT_AS_A_LIST.test(last) || last === "data" ? "list of text" : "integer"})`;
  }
  return `${name} (text)`;
}

/**
 * "ingredients", "allergies", "days", "players": what a record lists, each one by its name.
 * Any other plural a record has ("bags", "small balls", "adults", "crates") says how many.
 */
const KEPT_AS_A_LIST =
  /^(?:ingredients|allergies|items|days|dates|times|materials|numbers|tags|labels|subjects|styles|skills|languages|notes|comments|toppings|extras|colou?rs|sizes|names|services|features|symptoms|medications|medicines|instruments|songs|links|urls|emails|phones|addresses|contacts|members|players|volunteers|students|teachers|staff|techs|crew|flavou?rs|varieties|species|breeds|kinds|types|sorts|topics|requests|needs|allergens|dietary|cuisines|equipment|tools|certificates|qualifications|licences|licenses|roles|rules|regions|routes|areas|places|directions|messages|measurements|exercises|defects|deductions|articles|characters|arrangements|goods|meals|games|costumes|results|repairs|jobs|tasks|steps|instructions|questions|answers|documents|files)$/;

/** "pending or paid", "booked, left a message, or moved away": the values one field takes. */
export function isValueChoice(text: string): boolean {
  const trimmed = text.trim();
  // "or" in the languages whose lists of values it ends: "φορτηγό ή τροχόσπιτο"; Uzbek
  // "yoki" and Turkish "veya", written in plain letters, are no English word.
  const or = isEnglish(trimmed, !/[^\p{ASCII}]/u.test(trimmed))
    ? "(?:or|yoki|veya)"
    : "(?:or|ή|або|или|oder|ou|o|eller|lub|nebo|sau|vagy|tai|ili|atau|yoki|veya|walla)";
  return (
    new RegExp(`^[^,;]+(?:\\s+${or}\\s+|\\s*\\/\\s*)[^,;]+$`, "iu").test(trimmed) ||
    new RegExp(`,\\s*${or}\\s+[^,;]+$`, "iu").test(trimmed) ||
    new RegExp(`[^,;]+,[^,;]+\\s+${or}\\s+[^,;]+$`, "iu").test(trimmed)
  );
}

/**
 * The value after "or" in a list of fields, read up to the next separator: "picked up" in
 * "posted or picked up", "rented or new" in "own or rented or new", and "day boat" in "cruiser
 * or day boat", a value of two words when neither value names a field ("phone or email address"
 * stays two fields).
 */
function secondValue(first: string, after: string): RegExpMatchArray | null {
  const twoWords = after.match(/^\s*([a-z]+\s+(?!(?:and|or|n)\b)([a-z]+))\s*(?=,|$|\s+(?:and|&|plus|n)\s)/i);
  if (twoWords && !COMMON_FIELD.test(first.trim()) && !COMMON_FIELD.test(twoWords[2]!)) return twoWords;
  return after.match(
    /^\s*([a-z]+(?:\s+(?:up|out|off|in|back|down))?(?:\s+or\s+[a-z]+)*)\s*(?=,|$|\s+(?:and|&|plus|n)\s)/i,
  );
}
