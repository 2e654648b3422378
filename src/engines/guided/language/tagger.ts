import { type ContextTag, contextTags } from "./context-tags.js";
import { isPastForm, singularize, verbBase } from "./inflection.js";
import { ADJECTIVES, COUNTABLE_ING, MODALS, NOUN_VERBS, PARTICLES, STOP_WORDS, VERBS } from "./lexicon.js";
import { createMemo } from "./memo.js";
import { isPerson } from "./noun-kinds.js";

export type WordTag = "verb" | "noun" | "adjective" | "stop" | "number" | "comma";

export interface TaggedWord {
  /** The word as written, lower case. */
  word: string;
  tag: WordTag;
  /** The verb's base form for verbs, the singular for nouns, the word otherwise. */
  base: string;
}

/** Words before a noun that make the next word a noun: "the plan", "my list". */
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "my",
  "your",
  "our",
  "their",
  "his",
  "her",
  "its",
  "this",
  "that",
  "these",
  "those",
  "each",
  "every",
  "all",
  "some",
  "any",
  "no",
  "another",
  "other",
  "which",
  "whose",
]);

/** Determiners that only ever stand before a noun ("that" and "which" also open a clause, "her" is also an object). */
const ARTICLES = new Set(["a", "an", "the", "each", "every", "my", "your", "our", "their", "its", "another"]);

/** Subjects after which a word is the verb: "we plan", "they book". */
const SUBJECTS = new Set([
  "i",
  "we",
  "you",
  "they",
  "he",
  "she",
  "it",
  "people",
  "users",
  "everyone",
  "someone",
  "nobody",
  "everybody",
  "somebody",
  "anybody",
  "anyone",
]);

/** "don't pay", "never open": after a negated auxiliary, a word that can act does. */
const NEGATED_AUXILIARIES = new Set([
  "don't",
  "doesn't",
  "didn't",
  "won't",
  "can't",
  "cannot",
  "never",
  "shouldn't",
  "mustn't",
  "wouldn't",
  "couldn't",
]);

/** People who act, said as pronouns: what follows them before an object is what they do. */
const PERSON_PRONOUNS = new Set(["i", "we", "you", "they", "he", "she"]);

/** Words after which a base form starts a new action: "save recipes and plan meals". */
const JOINERS = new Set(["and", "or", "then", "also"]);

/** Words after which an "-ing" word is an action: "for planning meals", "by scanning". */
const GERUND_LEADS = new Set([
  "for",
  "by",
  "of",
  "about",
  "without",
  "from",
  "to",
  "start",
  "stop",
  "keep",
  "like",
  "love",
]);

/** Object words that follow a verb: "share it", "book them", "mark themselves". */
const OBJECT_PRONOUNS = new Set([
  "it",
  "them",
  "me",
  "us",
  "him",
  "her",
  "everything",
  "something",
  "themselves",
  "myself",
  "ourselves",
  "yourself",
  "himself",
  "herself",
  "itself",
  "one",
]);

/** "-ing" words that name a kind of thing when a noun follows: "shopping list", "meeting room". */
const ING_MODIFIERS = new Set(
  "shopping cooking booking parking meeting training reading writing packing cleaning building spending billing marketing landing waiting sleeping running walking hiking fishing dining living learning teaching swimming housing working recording funding baking sewing knitting gardening camping cycling tracking planning listing posting sign-up".split(
    " ",
  ),
);

/** Words ending in "ly" that are nouns, not adverbs. */
const LY_NOUNS = new Set(
  "family supply assembly reply ally rally belly jelly lily bully butterfly fly anomaly monopoly italy july poly rely apply".split(
    " ",
  ),
);

/** "check ins", "sign ups": a compound with a particle, written with a space and already plural. */
const SPACED_PARTICLE_PLURAL =
  /\b(check|sign|log|follow|write|drop|pick|top|catch|clean|warm|cool|call|line|hand|add|walk|run|stand|set)\s+(ins|outs|ups|offs|ons|downs|overs)\b/g;

/**
 * Lower-case words and commas. "to-do" and compounds with a particle ("check-in",
 * "sign-ups") stay whole; other hyphens split. Marks that end a clause (";", ":", a
 * full stop) become commas, so "allergens; orders" never reads as one compound.
 */
export function tokenize(text: string): string[] {
  return tokensOf(text.toLowerCase());
}

/**
 * The same tokens with their letters as written, for the English tagger, to which "Miss
 * Rosa" is a name and "miss" may be a verb; lower case where a token was rewritten.
 */
function writtenTokens(text: string, tokens: readonly string[]): string[] {
  const written = tokensOf(text);
  return written.length === tokens.length &&
    written.every((token, index) => token.toLowerCase() === tokens[index])
    ? written
    : [...tokens];
}

function tokensOf(text: string): string[] {
  const normalized = text
    .replace(/[’‘]/g, "'")
    .replace(/\bto-dos?\b/gi, (match) => (match.toLowerCase().endsWith("s") ? "todos" : "todo"))
    .replace(SPACED_PARTICLE_PLURAL, "$1-$2")
    // "The slate's paid at the end of the month": "'s" before what is done to it, and when, is "is".
    .replace(
      /\b([\p{L}]+)'s\s+(?=(?:[a-z]+ed|paid|done|kept|sent|made|sold|taken|given|shut|held)\s+(?:on|in|at|by|every|each|before|after|when|once|upfront|weekly|monthly)\b)/giu,
      "$1 is ",
    )
    .replace(/-(?!(?:in|out|up|off|on|down|over)s?\b)/gi, " ")
    .replace(/[;:!?()]|\.(?=\s|$)/g, " , ");
  // Words are Unicode words: "hábitos" is one word, not "h" and "bitos"; "సూపర్వైజర్" keeps
  // the vowel signs and viramas (marks) that Indic scripts write inside a word.
  const tokens = normalized.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}']*(?:-[\p{L}\p{M}]+)?|,/gu) ?? [];
  return tokens.map((token) =>
    token.toLowerCase().endsWith("'s") && !STOP_WORDS.has(token.toLowerCase()) ? token.slice(0, -2) : token,
  );
}

/** Sentences tagged lately; a few thousand cover the person's words of many interviews at once. */
const taggedClauses = createMemo<readonly TaggedWord[]>(4096);

/**
 * Tags each word of a clause with its likely part of speech, reading left to right.
 * `nounList` reads an answer that lists things ("shifts, locations and volunteer
 * hours"), where a word that can be a noun is one.
 */
export function tagWords(text: string, options: { nounList?: boolean } = {}): readonly TaggedWord[] {
  const nounList = options.nounList === true;
  return taggedClauses.get(`${nounList ? "list" : "text"}:${text}`, () => tagClause(text, nounList));
}

/** Adverbs that sit between a subject or "can" and its verb. */
const IN_BETWEEN = new Set([
  "only",
  "also",
  "just",
  "still",
  "always",
  "never",
  "really",
  "even",
  "already",
  "easily",
  "quickly",
  "then",
]);

function tagClause(text: string, nounList: boolean): TaggedWord[] {
  const tokens = tokenize(text);
  // A list of things is nouns by design; anywhere else, what the English tagger makes of
  // a word no list knows decides it.
  const context = nounList ? null : contextTags(writtenTokens(text, tokens));
  const tagged: TaggedWord[] = [];
  tokens.forEach((word, index) => {
    const next = tokens[index + 1] ?? null;
    // "can only book", "members also plan": an adverb between leaves the word what it was after the word before.
    const before = tagged[index - 1] ?? null;
    const previous = before && IN_BETWEEN.has(before.word) ? (tagged[index - 2] ?? before) : before;
    // ("Shops pay by bank transfer": whether the word before names the one the sentence opens on.)
    const at = before && IN_BETWEEN.has(before.word) ? index - 2 : index - 1;
    const subjectOpens =
      at >= 0 &&
      tagged
        .slice(0, at)
        .every((one) => DETERMINERS.has(one.word) || one.tag === "adjective" || one.tag === "number");
    let tag = tagOne(word, previous, next, context?.[index] ?? null, subjectOpens);
    if (!nounList) tag = inClause(tag, tagged, next);
    // "Grade A gets the day's price", "Class 2 pays half": a word, then the letter or number
    // that names one of its kind, then what that one gets, is a name.
    if (
      tag.tag === "verb" &&
      index === 0 &&
      next !== null &&
      /^(?:[a-f]|\d{1,2})$/.test(next) &&
      /^(?:gets|is|are|has|pays|costs|goes|means|earns)$/.test(tokens[index + 2] ?? "")
    )
      tag = noun(word);
    // "the lots", "parking lots": after "the", "each" or a noun, and not before "of", a lot is a
    // place ("a lot" is many).
    if (
      (word === "lot" || word === "lots") &&
      next !== "of" &&
      previous !== null &&
      (/^(?:the|each|every|which|our|their)$/.test(previous.word) || previous.tag === "noun")
    )
      tag = noun(word);
    // "the buyers' order page": after whose it is, said with the plural's apostrophe, a word is
    // what they have, no doing.
    if (tag.tag === "verb" && previous !== null && /[a-z]s['’]$/.test(previous.word)) tag = noun(word);
    // "by hand", "on call", "in stock": after a word of place or means, a word that is a noun as
    // often as a verb, in its plain form, is the noun.
    if (
      tag.tag === "verb" &&
      before !== null &&
      /^(?:by|on|in|at|from|with|of|per|via|under)$/.test(before.word) &&
      NOUN_VERBS.has(word) &&
      !/ing$/.test(word)
    )
      tag = noun(word);
    // "Off island customers pay before we send", "People on Kosrae pay when they get them": the
    // people a sentence opens on, and where they are, then what they do, before when or how.
    if (
      !nounList &&
      tag.tag === "noun" &&
      next !== null &&
      WHEN_OR_HOW_AFTER_A_DOING.test(next) &&
      isBaseForm(word) &&
      VERBS.has(word) &&
      opensOnPeopleAndWhere(tagged)
    )
      tag = { word, tag: "verb", base: word };
    const couldBeNoun = tag.tag === "verb" && (NOUN_VERBS.has(tag.base) || NOUN_VERBS.has(word));
    const particleFollows = next !== null && PARTICLES.has(next);
    // "Draw a family tree": a clause that opens on the word, before an article, acts.
    const opensOnIt = index === 0 && next !== null && ARTICLES.has(next);
    tagged.push(nounList && couldBeNoun && !particleFollows && !opensOnIt ? noun(word) : tag);
  });
  return nounList ? tagged : withSeriesOfDoings(tagged);
}

/** Words after a doing that say when or how it is done: "pay before …", "order online". */
const WHEN_OR_HOW_AFTER_A_DOING =
  /^(?:by|before|after|when|once|if|upfront|online|cash|weekly|monthly|daily|extra|more|less|half|first|later)$/;

/**
 * "off island customers", "people on Kosrae", "the regulars from town": a clause that so far is
 * only people, in the plural, maybe with where they are, and nothing they do yet.
 */
function opensOnPeopleAndWhere(tagged: readonly TaggedWord[]): boolean {
  let at = 0;
  if (/^(?:off|out|over|up|down)$/.test(tagged[at]?.word ?? "")) at++;
  while (at < tagged.length && (DETERMINERS.has(tagged[at]!.word) || tagged[at]!.tag === "adjective")) at++;
  let head = -1;
  while (at < tagged.length && tagged[at]!.tag === "noun") head = at++;
  if (head < 0) return false;
  const who = tagged[head]!.word;
  if (
    !(
      /^(?:people|folk|folks|locals|tourists|regulars|men|women|children|kids)$/.test(who) ||
      (/[^s']s$/.test(who) && isPerson(singularize(who)))
    )
  )
    return false;
  // (Where they are: "on Kosrae", "in town", "from the mainland".)
  if (at === tagged.length) return true;
  if (!/^(?:in|on|at|from|near|outside|around)$/.test(tagged[at]!.word)) return false;
  at++;
  while (at < tagged.length && DETERMINERS.has(tagged[at]!.word)) at++;
  let place = false;
  while (at < tagged.length && tagged[at]!.tag === "noun") {
    place = true;
    at++;
  }
  return place && at === tagged.length;
}

/** The "-s" form's base: "parks" → "park", "washes" → "wash", "carries" → "carry". */
function baseOfSForm(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * "The driver parks, rings the bell, hands over the parcel and takes a photo": one who acts,
 * then doings in a row, each in its "-s" form, each but the first before what it acts on. Words
 * the lexicon does not know as verbs ("parks", "hands", "taps") read as nouns alone; in such a
 * series, three doings long with at least one the lexicon knows, they are what the one does.
 */
function withSeriesOfDoings(tagged: TaggedWord[]): TaggedWord[] {
  const sForm = (at: number) => /^[a-z]{3,}[^s']s$/.test(tagged[at]?.word ?? "");
  const opensAPiece = (at: number) => at > 0 && /^(?:,|and|then)$/.test(tagged[at - 1]!.word);
  // ("…, rings, hands over the roses, …": one between two commas may act on nothing too.)
  const beforeWhatItActsOn = (at: number) => {
    const next = tagged[at + 1]?.word ?? "";
    return DETERMINERS.has(next) || PARTICLES.has(next) || (next === "," && tagged[at - 1]?.word === ",");
  };
  // ("The driver parks, …": the first doing, right after who does it, may act on nothing.)
  const afterWhoActs = (at: number) =>
    at === 2 && ARTICLES.has(tagged[0]!.word) && tagged[1]!.tag === "noun" && tagged[at + 1]?.word === ",";
  const doings = tagged.flatMap((_word, at) =>
    sForm(at) && ((opensAPiece(at) && beforeWhatItActsOn(at)) || afterWhoActs(at)) ? [at] : [],
  );
  if (doings.length < 3 || !doings.some((at) => tagged[at]!.tag === "verb")) return tagged;
  return tagged.map((word, at) =>
    doings.includes(at) && word.tag !== "verb"
      ? { word: word.word, tag: "verb", base: baseOfSForm(word.word) }
      : word,
  );
}

function tagOne(
  word: string,
  previous: TaggedWord | null,
  next: string | null,
  context: ContextTag | null,
  subjectOpens = false,
): TaggedWord {
  if (word === ",") return { word, tag: "comma", base: word };
  if (/^\d+$/.test(word)) return { word, tag: "number", base: word };
  // "chaperones can do a head count": after "can" or a subject, "do" before a thing is the action.
  if (
    /^(?:do|does|did)$/.test(word) &&
    previous !== null &&
    (MODALS.has(previous.word) || SUBJECTS.has(previous.word)) &&
    next !== null &&
    // ("we do mornings and afternoons", "we can do weddings": before things named in the plural too.)
    (DETERMINERS.has(next) || (/^[a-z]{3,}[^s']s$/.test(next) && !STOP_WORDS.has(next)))
  )
    return { word, tag: "verb", base: "do" };
  // "My oven does only 25 kilo of cake a day", "the van does 300 km": after a thing, "does"
  // before an amount or a thing is what it does.
  if (
    /^(?:does|did)$/.test(word) &&
    previous?.tag === "noun" &&
    next !== null &&
    (DETERMINERS.has(next) || /^\d/.test(next) || /^(?:only|just|about|around|up)$/.test(next))
  )
    return { word, tag: "verb", base: "do" };
  // "the restaurants round the Island", "we drive round the lake": before an article, after a
  // thing or a doing, "round" is where, as "around" is ("we round the price" still acts).
  if (
    word === "round" &&
    next !== null &&
    DETERMINERS.has(next) &&
    previous !== null &&
    (previous.tag === "noun" || previous.tag === "verb")
  )
    return { word, tag: "stop", base: word };
  if (STOP_WORDS.has(word) && !(word === "like" && previous && SUBJECTS.has(previous.word))) {
    return { word, tag: "stop", base: word };
  }
  // "clean up the fields", "we empty the bins": a word that describes things acts when it leads a clause.
  if (ADJECTIVES.has(word) && VERBS.has(word) && actsHere(previous, next))
    return { word, tag: "verb", base: word };
  // "Bookings open on the 1st of January", "We open at 7 on weekdays": after things named in the
  // plural, or who, before when or where, a word that describes things is what they do.
  if (
    ADJECTIVES.has(word) &&
    VERBS.has(word) &&
    ((previous?.tag === "noun" && /[^s]s$/.test(previous.word)) ||
      (previous !== null && /^(?:we|they|i|you|can|will|must|should|to)$/.test(previous.word))) &&
    next !== null &&
    /^(?:on|in|at|from|until|till|every|each|mornings|afternoons|evenings|nights|weekends|weekdays|daily|late|early)$/.test(
      next,
    )
  )
    return { word, tag: "verb", base: word };
  // "Rent is paid at the end of the month": a past form the lexicon keeps as describing
  // ("paid members") is what is done to the thing after "is", before when, how or by whom.
  if (
    ADJECTIVES.has(word) &&
    previous !== null &&
    /^(?:is|are|was|were|be|been|gets?|got)$/.test(previous.word) &&
    isPastForm(word) &&
    next !== null &&
    /^(?:on|in|at|by|every|each|before|after|when|once|upfront|weekly|monthly|yearly|daily|within|through|via)$/.test(
      next,
    )
  )
    return { word, tag: "verb", base: verbBase(word) ?? word };
  if (ADJECTIVES.has(word)) return { word, tag: "adjective", base: word };
  if (word.length > 4 && word.endsWith("ly") && !LY_NOUNS.has(word))
    return { word, tag: "adjective", base: word };
  // "sold-out products": a past form with its particle describes the noun after it.
  if (word.includes("-") && isPastForm(word.split("-")[0]!)) return { word, tag: "adjective", base: word };
  // "walk-ins go to whoever is next", "the sign-ups": a verb and its particle, made plural, are people or things.
  if (/^[a-z]+-(?:ins|ups|outs|offs|overs|ons|backs|downs|arounds)$/.test(word)) return noun(word);
  const base = verbBase(word);
  // "we fire a webhook", "they webhook back": right after a person or "can", a word no list knows,
  // before what it acts on, is what they do.
  if (base === null) {
    if (
      previous !== null &&
      (PERSON_PRONOUNS.has(previous.word) || MODALS.has(previous.word)) &&
      next !== null &&
      (DETERMINERS.has(next) || OBJECT_PRONOUNS.has(next) || PARTICLES.has(next))
    )
      return { word, tag: "verb", base: word };
    return actsInContext(word, previous, next, context)
      ? { word, tag: "verb", base: context!.lemma }
      : noun(word);
  }
  if (word.endsWith("ing")) return ingWord(word, base, previous, next);
  if (isPastForm(word)) {
    // "Sold out products disappear", "Planned meals show up": a clause rarely opens with a past verb.
    // ("The cargo must be booked 3 days before …": after "be", a past form is what is done, whatever follows.)
    const describes = previous === null || (nextIsNounLike(next) && !/^(?:be|been)$/.test(previous.word));
    return describes ? { word, tag: "adjective", base: word } : { word, tag: "verb", base };
  }
  // "each show has a title", "a run of performances": after an article a verb's form names a thing.
  if (previous && ARTICLES.has(previous.word) && isBaseForm(word)) return noun(word);
  // "the guides", "our tours": after "the" or "our" a verb's "-s" form is a plural, which names things.
  if (previous && /^(?:the|our|their|my|your)$/.test(previous.word) && /[^s]s$/.test(word)) return noun(word);
  if (!NOUN_VERBS.has(base) && !NOUN_VERBS.has(word)) return { word, tag: "verb", base };
  return isVerbInContext(word, previous, next, subjectOpens) ? { word, tag: "verb", base } : noun(word);
}

/**
 * "the codes we stamp", "it was cut": a word the lexicon does not know acts when the
 * English tagger reads it as a verb there, unless an article or a describing word stands
 * before it ("every vend", "a new blank"), where English names a thing.
 */
function actsInContext(
  word: string,
  previous: TaggedWord | null,
  next: string | null,
  context: ContextTag | null,
): boolean {
  if (context?.pos !== "VERB" || !/^[a-z][a-z'-]*$/.test(word)) return false;
  // "And Miss Rosa's alterations": a capital after the clause's first word, or before another, makes a name.
  if (context.capitalized && (previous !== null || context.beforeCapital)) return false;
  // "counter adds job": before a verb that says what someone does, the word is who does it.
  if (next?.endsWith("s") && !next.endsWith("ss") && verbBase(next) !== null) return false;
  return (
    previous === null ||
    !(DETERMINERS.has(previous.word) || previous.tag === "adjective" || previous.tag === "number")
  );
}

/**
 * Second looks that need the clause so far: "The dispatcher marks jobs" (a verb in the
 * "-s" form right after the clause's subject), "get a monthly total" (a word that
 * describes, closing its phrase, is the thing described), "the next book and meeting".
 */
function inClause(tag: TaggedWord, before: readonly TaggedWord[], next: string | null): TaggedWord {
  const previous = before[before.length - 1] ?? null;
  const word = tag.word;
  if (tag.tag === "noun" && previous?.tag === "noun" && isClauseSubject(before) && !isBaseForm(word)) {
    const base = verbBase(word);
    if (
      base !== null &&
      base !== word &&
      (nextIsObject(next) || (oneOfAKind(before) && nextGoesOnAVerb(next))) &&
      !before.some((earlier) => earlier.tag === "verb")
    )
      return { word, tag: "verb", base };
  }
  const closes = next === null || next === "," || STOP_WORDS.has(next);
  if (
    tag.tag === "adjective" &&
    closes &&
    previous !== null &&
    (previous.tag === "adjective" || DETERMINERS.has(previous.word))
  )
    return noun(word);
  if (
    tag.tag === "verb" &&
    COUNTABLE_ING.has(word) &&
    closes &&
    previous !== null &&
    JOINERS.has(previous.word)
  ) {
    const beforeJoiner = before[before.length - 2];
    if (beforeJoiner?.tag === "noun") return noun(word);
  }
  return tag;
}

/**
 * "A camel races only in its age group", "every horse runs in the morning": after one of a
 * thing, whose "a" or "every" says it is one, a word in its "-s" form is no plural of a
 * compound but what the one does, before how or where it does it.
 */
function oneOfAKind(before: readonly TaggedWord[]): boolean {
  const start = before.map((word) => word.tag).lastIndexOf("comma") + 1;
  return /^(?:a|an|every|each|one)$/.test(before[start]?.word ?? "") && before.length - start === 2;
}

function nextGoesOnAVerb(next: string | null): boolean {
  return (
    next === null ||
    IN_BETWEEN.has(next) ||
    /^(?:in|on|at|from|to|with|for|by|every|each|twice|once)$/.test(next)
  );
}

/** Whether the words so far are a clause's subject: a determiner or two and one noun. */
function isClauseSubject(before: readonly TaggedWord[]): boolean {
  const start = before.map((word) => word.tag).lastIndexOf("comma") + 1;
  const subject = before.slice(start);
  if (
    subject.length <= 3 &&
    subject.filter((word) => word.tag === "noun").length === 1 &&
    subject.every((word) => word.tag === "noun" || DETERMINERS.has(word.word))
  )
    return true;
  // "the tablet in the truck", "the shop in Zeist": a thing and where it is.
  const place = subject.findIndex((word) => PLACES.has(word.word));
  if (place <= 0 || subject.length > 6) return false;
  const thing = subject.slice(0, place);
  const where = subject.slice(place + 1);
  const plain = (words: readonly TaggedWord[]) =>
    words.some((word) => word.tag === "noun") &&
    words.every((word) => word.tag === "noun" || DETERMINERS.has(word.word));
  return plain(thing) && plain(where);
}

/** Words that place a thing: "the tablet in the truck". */
const PLACES = new Set(["in", "on", "at"]);

function noun(word: string): TaggedWord {
  return { word, tag: "noun", base: singularize(word) };
}

function ingWord(word: string, base: string, previous: TaggedWord | null, next: string | null): TaggedWord {
  if (previous && GERUND_LEADS.has(previous.word)) return { word, tag: "verb", base };
  // "the distance, elevation gain and moving time": in a list of things, an "-ing" word before a noun describes it.
  if (previous && (previous.tag === "comma" || previous.word === "and") && nextIsPlainNoun(next))
    return { word, tag: "adjective", base: word };
  if (ING_MODIFIERS.has(word) && nextIsNounLike(next)) return { word, tag: "noun", base: word };
  // "note the room booking": a thing-like "-ing" word closing a run of nouns is their head.
  if (previous?.tag === "noun" && COUNTABLE_ING.has(word) && !nextIsObject(next)) return noun(word);
  if (previous && DETERMINERS.has(previous.word)) return { word, tag: "noun", base: word };
  return { word, tag: "verb", base };
}

/** Decides a word that can be a noun or a verb ("plan", "book") from its neighbours. */
function isVerbInContext(
  word: string,
  previous: TaggedWord | null,
  next: string | null,
  subjectOpens = false,
): boolean {
  if (next !== null && PARTICLES.has(next) && !(previous && DETERMINERS.has(previous.word))) return true;
  if (previous === null)
    return (
      (isBaseForm(word) && (nextIsObject(next) || next === "and" || next === "or")) ||
      // "Round to the nearest rupee", "Convert to dollars": a sum's step, said first, is done.
      (/^(?:round|convert|scale|truncate|multiply|divide)$/.test(word) &&
        next !== null &&
        /^(?:to|up|down|off|by)$/.test(next)) ||
      // "Loads them into BigQuery", "Prints what I committed": nothing but an action takes "them" or "what".
      (next !== null && next !== "one" && (OBJECT_PRONOUNS.has(next) || OBJECT_CLAUSE_WORDS.has(next)))
    );
  if (DETERMINERS.has(previous.word) || previous.tag === "adjective" || previous.tag === "number")
    return false;
  if (MODALS.has(previous.word) || SUBJECTS.has(previous.word) || NEGATED_AUXILIARIES.has(previous.word))
    return true;
  // "the first buyer who comments 'mine'": after "who", a form that says what one does, does.
  if (previous.word === "who" && !isBaseForm(word)) return true;
  // "… and loads them": after "and", a word that takes "them" or "it" is what someone does.
  if (JOINERS.has(previous.word) || previous.tag === "comma")
    return (
      (isBaseForm(word) && nextIsObject(next)) ||
      (next !== null && next !== "one" && (OBJECT_PRONOUNS.has(next) || OBJECT_CLAUSE_WORDS.has(next)))
    );
  if (previous.tag === "noun") {
    if (next !== null && (DETERMINERS.has(next) || OBJECT_PRONOUNS.has(next))) return true;
    // "a customer pays online": after a person, "pays" is what they do.
    if (isPerson(previous.base) && !isBaseForm(word)) return true;
    // "the diver pays for that day", "the van goes to the depot": one thing, then a form that
    // says what it does, before where or what for.
    // ("A new shop pays before the first shipping": before when, too.)
    if (
      !isBaseForm(word) &&
      /[^s]s$/.test(word) &&
      !/s$/.test(previous.word) &&
      next !== null &&
      /^(?:for|to|into|onto|from|off|at|with|by|back|up|down|out|before|after|until|within)$/.test(next)
    )
      return true;
    // "Shops pay by bank transfer", "farmers sell to the mill": many of a thing the sentence
    // opens on, then what they do. ("the council dues the riders pay at the park" names dues.)
    if (
      subjectOpens &&
      isBaseForm(word) &&
      /[^s']s$/.test(previous.word) &&
      next !== null &&
      /^(?:by|to|into|from|at|before|after|until|within|on)$/.test(next)
    )
      return true;
    // "customers order heaps", "farmers sell weekly": the same, before how much or how often.
    if (
      subjectOpens &&
      isBaseForm(word) &&
      /[^s']s$/.test(previous.word) &&
      next !== null &&
      /^(?:heaps|loads|lots|tons|often|online|daily|weekly|monthly|yearly|every|again|twice|once|mostly|always|sometimes)$/.test(
        next,
      )
    )
      return true;
    return isBaseForm(word) && nextIsNounLike(next);
  }
  return false;
}

/** Where a word opens an action: first, or after "can", "I", "and", with something to act on after it. */
function actsHere(previous: TaggedWord | null, next: string | null): boolean {
  const opens =
    previous === null ||
    MODALS.has(previous.word) ||
    SUBJECTS.has(previous.word) ||
    JOINERS.has(previous.word) ||
    previous.tag === "comma";
  return (
    opens && next !== null && (PARTICLES.has(next) || DETERMINERS.has(next) || OBJECT_PRONOUNS.has(next))
  );
}

function isBaseForm(word: string): boolean {
  return !word.endsWith("s") || word.endsWith("ss");
}

/** Words that open what a verb acts on when it is a clause: "prints what I committed", "shows who is coming". */
const OBJECT_CLAUSE_WORDS = new Set(["what", "who", "whether", "how", "when", "where", "which"]);

function nextIsObject(next: string | null): boolean {
  if (next === null) return false;
  return (
    DETERMINERS.has(next) ||
    OBJECT_PRONOUNS.has(next) ||
    OBJECT_CLAUSE_WORDS.has(next) ||
    nextIsNounLike(next) ||
    /^\d+$/.test(next)
  );
}

/** A word that can only be a noun: "time" in "moving time", not "the" or "plan". */
function nextIsPlainNoun(next: string | null): boolean {
  if (next === null || next === "," || STOP_WORDS.has(next) || ADJECTIVES.has(next)) return false;
  return verbBase(next) === null && !/^\d+$/.test(next);
}

function nextIsNounLike(next: string | null): boolean {
  if (next === null || next === ",") return false;
  if (STOP_WORDS.has(next)) return false;
  if (ADJECTIVES.has(next)) return true;
  const base = verbBase(next);
  return base === null || NOUN_VERBS.has(base) || next.endsWith("ing");
}
