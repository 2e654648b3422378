import { isPastForm, singularize, verbBase } from "../language/inflection.js";
import { isPerson } from "../language/noun-kinds.js";
import { escapeRegExp } from "../language/regexp.js";
import { type TaggedWord, tagWords, tokenize } from "../language/tagger.js";
import { isVerbLed } from "../language/voice.js";
import { isDismissal } from "./dismissals.js";
import { saidAlike } from "./said-alike.js";

/**
 * A sentence parted into its clauses, each one thing done: where a comma or "and" starts a
 * clause of its own and where it only goes on with the one before (a list of what is
 * recorded, two nouns joined, a condition before its result, a subject still waiting for its
 * verb), and who acts in a clause.
 */

export interface SplitOptions {
  /**
   * Keep parts that name no action ("dark mode", "nutrition info"). An answer to "what
   * else must it do?" is a list of features even without verbs; an overview's "a recipe
   * app for busy parents" describes the app and is no feature.
   */
  keepVerbless: boolean;
  /**
   * Read words that can be nouns as nouns: an answer listing things ("shifts and volunteer
   * hours") has no actions in it, however "volunteer" could be read.
   */
  nounList?: boolean;
  /** Whether the interview is in English, for a text too short or too bare to tell ("Bez zdjęć"). */
  interviewInEnglish?: boolean;
  /**
   * Whether the text is the overview of the idea, where "we" are the business the person tells
   * of: "We buy the cod from the boats" says what they do, not what users of the software can.
   */
  overview?: boolean;
  /** Whether the text is the walkthrough of how things work, whose "no"s are rules of the business (house-rules.ts). */
  houseRules?: boolean;
  /**
   * Whether the software is a library, whose walkthrough's orders ("Round up to the next
   * dollar") say how it must work; nobody "can" do them.
   */
  ordersAreRules?: boolean;
}

/** Words that open a setting said before who acts: "At the start of a route …", "After a playtest …". */
export const SETTING_OPENER =
  /^(?:on|in|at|from|before|after|during|every|each|when|whenever|once|afterwards)\b/i;

/** Separators between clauses; the capture keeps them so unsplit parts can be rejoined as written. */
const CLAUSE_SEPARATOR =
  // ("right at 1,100 folks": a comma between digits is part of the number.)
  /(\s*,\s*(?:and then|and also|and|or|then|but|plus)\s+|\s*;\s*|\s*(?<!\d),(?!\d)\s*|\s*,\s+|\s+(?:and then|and also|as well as|and|or|then|but|plus)\s+)/i;

/**
 * Whether the semicolon at `parts[index]` stands between two halves said alike: the text from
 * the semicolon before it, and to the one after it.
 */
function halvesAlikeAround(unit: string, parts: readonly string[], index: number): boolean {
  const semicolonsBefore = parts
    .slice(0, index)
    .filter((part, at) => at % 2 === 1 && part.includes(";")).length;
  const halves = unit.split(/\s*;\s*/);
  const first = halves[semicolonsBefore];
  const second = halves[semicolonsBefore + 1];
  return first !== undefined && second !== undefined && saidAlike(first, second);
}

/** "so the payslip can be printed", "so nobody can pass it off": what something is for, someone able to do a thing. */
export const PURPOSE =
  /^\s*so\s+(?:that\s+)?(?:(?:the|a|an|their|his|her|my|our)\s+[\p{L}-]+|they|he|she|it|people|everyone|nobody)\s+(?:can|could|will|won'?t|can'?t|would|wouldn'?t|doesn'?t|don'?t|isn'?t|aren'?t)\s/iu;

/** A clause and what separated it from the one before ("" for the first). */
export interface Clause {
  clause: string;
  separator: string;
}

/** "never", "don't", "no": a word that makes what follows "or" part of the same "no". */
const NEGATING = /\b(?:never|not|no|don'?t|doesn'?t|won'?t|can'?t|cannot|without|nor|neither)\b/i;

/**
 * "Every nest is visited two times: the first time we take half …, the second time … we take
 * the rest": steps told by their order are one rule, each step meaning nothing without the others.
 */
export const STEPS_IN_ORDER =
  /\bthe\s+first\s+(time|day|visit|round|week|month|year|pass|cut|cutting|picking)\b.*\bthe\s+(?:second|next|last)\s+\1\b/iu;

export function splitClauses(unit: string, options: SplitOptions): Clause[] {
  if (STEPS_IN_ORDER.test(unit)) return [{ clause: unit.trim(), separator: "" }];
  const parts = withBracketsWhole(unit.split(CLAUSE_SEPARATOR));
  const clauses: Clause[] = [];
  let current = parts[0] ?? "";
  let currentSeparator = "";
  let subjectPrefix = subjectPrefixOf(current);
  for (let index = 1; index < parts.length; index += 2) {
    const separator = parts[index] ?? "";
    const piece = parts[index + 1] ?? "";
    // "it never pushes or talks to GitHub": the "no" reaches past "or" to the second action.
    const negationGoesOn = /\b(?:or|nor)\b/i.test(separator) && NEGATING.test(lastClauseOf(current));
    // "the hours for each farm and each driver": a second "each" after the first, alone, is more of it.
    const eachAgain =
      /^\s*,?\s*(?:and|or)\s*$/i.test(separator) &&
      /^\s*(?:each|every)\s+[\p{L}'’-]+\s*[.!]?\s*$/iu.test(piece) &&
      /\b(?:each|every)\s+[\p{L}'’-]+\s*$/iu.test(current);
    // "They must bring it back with the same fuel, or we charge US$7 a gallon": what follows
    // if the rule is not kept goes with the rule; "Every rider needs their own insurance, or they
    // can take our day cover for £10": so does the other way to keep it.
    const orElse =
      /^\s*,?\s*or\s*$/i.test(separator) &&
      ((/\b(?:must|has\s+to|have\s+to|got\s+to|haffu|hafi|need\s+to|needs\s+to)\b/i.test(
        lastClauseOf(current),
      ) &&
        /^\s*(?:else\s+)?(?:we|they|you|he|she|it|the\s+[\p{L}-]+)\s+(?:charge|pay|lose|loses|get|gets|is|are|will|won't|can't)\b/iu.test(
          piece,
        )) ||
        /^\s*(?:else\s+)?(?:they|you|he|she)\s+can\s+(?:take|get|buy|pay|use|bring|have)\b/iu.test(piece));
    // "Every bowler pays €20 entry, and it has to be paid before the draw": what must be done
    // to what was just named goes with it.
    const mustBeDoneToIt =
      /^\s*,?\s*and\s*$/i.test(separator) &&
      /^\s*(?:it|they)\s+(?:has\s+to|have\s+to|must|needs\s+to|need\s+to|got\s+to|should)\s+be\s+[a-z]+(?:ed|en|id|wn)\b/i.test(
        piece,
      );
    // "The base price per kilo depends on the milk, from the price list we set every year":
    // where a figure comes from, said after a comma, is the clause's own.
    const whereItComesFrom =
      /^\s*,\s*$/.test(separator) && /^\s*(?:from|according\s+to|based\s+on|as\s+per)\s+the\s/i.test(piece);
    // "You pay a $20 deposit online when you order, and the rest when you pick up": the rest of
    // what the clause before named, said without its verb again, is that clause's.
    const theRestOfIt =
      /^\s*,?\s*and\s*$/i.test(separator) &&
      /^\s*the\s+rest\s+(?:when|on|at|by|before|after|in)\b/i.test(piece);
    // "The team leaders and the stall owners make an account": two who act, the first still
    // waiting for the verb they share.
    // ("when the Connétable and the Roads Committee go round", "… to see that the hedges and the
    // trees have been cut back": the same, after "when" or "that".)
    const sharedVerb =
      /^\s*(?:and|or)\s*$/i.test(separator) &&
      /^\s*(?:the|our|all|every|each|my)\s/i.test(piece) &&
      ((clauses.length === 0 && isPeopleNamedAlone(current)) ||
        /\b(?:that|when|whenever|once|while|where|until|after|before|because)\s+(?:the|all|our|their|my)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+$/iu.test(
          current,
        ));
    // "We make fresh and smoked kielbasa": two words that describe one thing, the second a past form.
    const describedTwice =
      /^\s*(?:and|or)\s*$/i.test(separator) &&
      (tagWords(current).at(-1)?.tag === "adjective" ||
        /\b(?:fresh|raw|plain|new|old|hot|cold|sweet|sour|light|dark|whole|green|dry|wet|white|brown|red|black)$/i.test(
          current.trim(),
        )) &&
      /^\s*[a-z]+(?:ed|en)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*[.!]?\s*$/iu.test(piece) &&
      tagWords(piece.replace(/[.!]+\s*$/, "")).at(-1)?.tag === "noun";
    // "The ferry brings fuel every 6 weeks, weather permitting": what the clause holds under,
    // said after a comma, is the clause's own.
    const whileItAllows =
      /^\s*,\s*$/.test(separator) &&
      /^\s*(?:(?:weather|time|tides?|budget|space|stock|god|allah)\s+(?:permitting|willing|allowing)|insha['’]?allah|if\s+possible)\s*[.!]?\s*$/iu.test(
        piece,
      );
    // "sees the orders to pack and send": a verb alone after "to" and another is more of what is
    // to be done. ("pick songs to practise and note the room booking" is two things done: a verb
    // with its own object starts a clause of its own.)
    const secondInfinitive =
      /^\s*(?:and|or|n)\s*$/i.test(separator) &&
      /\bto\s+[a-z]+\s*$/i.test(current) &&
      verbBase(current.trim().split(/\s+/).pop()!.toLowerCase()) !== null &&
      /^\s*[a-z]+\s*[.!]?\s*$/i.test(piece) &&
      verbBase(
        piece
          .trim()
          .replace(/[.!]+$/, "")
          .toLowerCase(),
      ) !== null;
    // "a group can only arrive and leave while it's open": a verb alone after "can", with
    // nothing after it, shares what follows the verb after "and".
    const verbsShareTheRest =
      /^\s*(?:and|or)\s*$/i.test(separator) &&
      /\b(?:can|could|must|may|will|should|cannot|can['’]t)\s+(?:only\s+|also\s+|just\s+)?[a-z]+\s*$/i.test(
        current,
      ) &&
      verbBase(current.trim().split(/\s+/).pop()!.toLowerCase()) !== null &&
      /^\s*[a-z]+\s+(?:while|when|until|till|before|after|if|only|between|during|on|at)\b/i.test(piece) &&
      verbBase(piece.trim().split(/\s+/)[0]!.toLowerCase()) !== null;
    // "an inventory snapshot by SKU: on-hand, allocated, available": short words listed after a
    // colon are that list's, whatever verb one of them could be.
    const listAfterColon =
      /^\s*,\s*(?:and\s+)?$/i.test(separator) &&
      /:\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:\s*,\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)*\s*$/u.test(current) &&
      /^\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*[.!]?\s*$/u.test(piece);
    // "Every barrel gets a number and the day we packed it wrote right on it": a day told by
    // what was done on it is a second thing the record gets, not a clause of its own.
    const dayItWasDone =
      /^\s*,?\s*and\s*$/i.test(separator) &&
      /\b(?:gets?|got|has|have|had|needs?|keeps?)\s+(?:a|an|the|its|their|his|her)\s+[\p{L}'’-]+\s*$/iu.test(
        current,
      ) &&
      /^\s*the\s+(?:day|date|time|hour|week|month|year)\s+(?:(?:that|when)\s+)?(?:we|i|they|he|she|you)\s+[\p{L}'’-]+\s/iu.test(
        piece,
      );
    // "Cancel more than four weeks before and you get your money back": what is done, told to
    // "you", then what follows from it, is one rule.
    const doItAndYouGet =
      clauses.length === 0 &&
      /^\s*,?\s*and\s*$/i.test(separator) &&
      isVerbLed(current) &&
      /^\s*you(?:['’]ll|\s+will|\s+can)?\s+(?:get|pay|lose|keep|have)\b/i.test(piece);
    // "we sell lambs, spring lambs for Easter and fall lambs in October": a second kind of the
    // same thing, named by the word before it as the first was, is more of the list, whatever
    // verb that word could be.
    const sameKindAgain =
      /^\s*(?:and|or)\s*$/i.test(separator) && sameNounAfterOneWord(lastCommaPieceOf(current), piece);
    // "Зур мунча 10 кешегә кадәр, сәгате 2500 сум; кечкенә мунча 4 …": two halves said alike.
    const alike = /^\s*;\s*$/.test(separator) && halvesAlikeAround(unit, parts, index);
    // "after that you don't, unless the boat's cancelled": the case a rule does not hold in,
    // said after it, is the rule's own.
    // (", and then everybody gets their money back": what follows in that case goes with it too.)
    const unlessAfter =
      (/^\s*,\s*$/.test(separator) && /^\s*unless\s/i.test(piece)) ||
      (/^\s*,?\s*and then\s*$/i.test(separator) && /^\s*unless\s/i.test(lastClauseOf(current)));
    // "…, and me and the other two ladies on the committee see every table": the speaker and
    // whoever is named with them act together.
    // ("…, and me" then opens that clause, whatever "me" alone would be.)
    const meFirst =
      /^\s*(?:(?:now|then|so)\s+)?(?:me|myself)\s*$/i.test(piece) &&
      /^\s*and\s*$/i.test(parts[index + 2] ?? "") &&
      /^\s*(?:the|my|our|\p{Lu}\p{Ll}+)\b/u.test(parts[index + 3] ?? "");
    const meAndThem =
      /^\s*and\s*$/i.test(separator) && /^\s*(?:(?:now|then|so)\s+)?(?:me|myself)\s*$/i.test(current);
    // "every horse has one day off in three, I don't care how busy August gets": how firmly the
    // rule holds, said after it, is the rule's own.
    const holdsWhatever =
      /^\s*,\s*$/.test(separator) &&
      /^\s*(?:i|we)\s+(?:don['’]?t|do\s+not)\s+care\s+(?:how|if|what|whether|who)\s/i.test(piece);
    // "A tour is an hour and a half round the Island": a half more of what was counted is one length.
    const andAHalf =
      /^\s*and\s*$/i.test(separator) &&
      /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:hours?|days?|weeks?|months?|years?|miles?|kilometres?|kilometers?|km|metres?|meters?|pounds?|kilos?|litres?|liters?|gallons?|inches?|feet|foot)\s*$/i.test(
        current,
      ) &&
      /^\s*a\s+half\b/i.test(piece);
    // "…, and the lodges and the guides all buy from us": two who act together, the first named
    // alone after the comma, share the verb that follows the second.
    const twoWhoAct =
      /^\s*and\s*$/i.test(separator) &&
      /^(?:and\s+)?(?:the|our|my|their)\s+[\p{L}-]+s$/iu.test(lastCommaPieceOf(current)) &&
      /^\s*(?:the|our|my|their)\s+[\p{L}-]+s\s+(?:all\s+|both\s+)?(?:buy|order|come|use|get|pay|see|book|call|ask|want|need|bring|send|take|have|love|like)\b/iu.test(
        piece,
      );
    // "Every member of 16 or older does …": "or older" goes with its number.
    const orPastANumber =
      /^\s*or\s*$/i.test(separator) &&
      /\d\s*$/.test(current) &&
      /^\s*(?:older|younger|over|under|more|less|above|below|up|later|earlier)\b/i.test(piece);
    if (
      meFirst ||
      (!alike &&
        !unlessAfter &&
        !holdsWhatever &&
        !meAndThem &&
        !andAHalf &&
        !twoWhoAct &&
        !sameKindAgain &&
        !doItAndYouGet &&
        !secondInfinitive &&
        !verbsShareTheRest &&
        !dayItWasDone &&
        !listAfterColon &&
        !orPastANumber &&
        !negationGoesOn &&
        !eachAgain &&
        !mustBeDoneToIt &&
        !whereItComesFrom &&
        !whileItAllows &&
        !sharedVerb &&
        !describedTwice &&
        !theRestOfIt &&
        !isFixedPair(current, separator, piece) &&
        !orElse &&
        !insideCondition(current, separator, piece, parts[index + 2]) &&
        !isMiddleOfList(separator, piece, parts[index + 2], parts[index + 3]) &&
        !(
          !options.keepVerbless &&
          isAmongBareWords(current, separator, piece, parts[index + 2], parts[index + 3])
        ) &&
        !isAmongSubjects(current, separator, piece, parts[index + 2], parts[index + 3]) &&
        !placesGoOn(current, separator, piece, parts[index + 2]) &&
        startsNewStatement(current, piece, options, subjectPrefix, separator) &&
        !nounInContext(current, separator, piece))
    ) {
      clauses.push({ clause: current, separator: currentSeparator });
      currentSeparator = separator;
      const ownSubject = subjectPrefixOf(piece);
      // "…, leave it out bab": a "no" said to the listener takes no one's subject.
      const sharesSubject =
        !isDismissal(piece) && (isVerbLed(piece) || (ownSubject === null && startsWithVerbForm(piece)));
      current = sharesSubject && subjectPrefix ? withSubject(subjectPrefix, piece.trim()) : piece;
      subjectPrefix = ownSubject ?? subjectPrefix;
    } else {
      // "When a job comes in, the dispatcher assigns it and texts …": who acts after the condition
      // is who the next clauses are about.
      if (isCondition(current) && /^\s*,\s*$/.test(separator))
        subjectPrefix = subjectPrefixOf(piece) ?? subjectPrefix;
      current = doItAndYouGet
        ? `If you ${current.trim().replace(/^\p{Lu}/u, (first) => first.toLowerCase())}, ${piece.trim()}`
        : `${current}${separator}${piece}`;
      if (sharedVerb) subjectPrefix = subjectPrefixOf(current) ?? subjectPrefix;
    }
  }
  clauses.push({ clause: current, separator: currentSeparator });
  return clauses
    .map(({ clause, separator }) => ({ clause: clause.trim(), separator }))
    .filter(({ clause }) => clause.length > 0);
}

/** What follows the last comma of a clause: "we sell lambs, spring lambs for Easter" → "spring lambs for Easter". */
function lastCommaPieceOf(clause: string): string {
  return clause.split(",").pop()!.trim();
}

/** "spring lambs for Easter" and "fall lambs in October": one word, then the same noun. */
function sameNounAfterOneWord(first: string, second: string): boolean {
  const opening = /^([\p{L}'’-]+)\s+([\p{L}'’-]{3,})(?=\s|[.!]?$)/u;
  const one = first.match(opening);
  const other = second.trim().match(opening);
  return (
    one !== null &&
    other !== null &&
    one[2]!.toLowerCase() === other[2]!.toLowerCase() &&
    one[1]!.toLowerCase() !== other[1]!.toLowerCase() &&
    !/^(?:the|a|an|we|i|they|you|he|she|it)$/i.test(other[1]!) &&
    tagWords(`the ${one[2]!}`)[1]?.tag === "noun"
  );
}

/**
 * "basic (steam, scrub, bath) 20 jd": what is listed in brackets is no clause of its own; the
 * pieces and separators inside a bracket are joined back to the piece it opened in. An aside
 * with a "no" in it ("an API-only service (no UI, clients' devs integrate directly) so …") is
 * read as before, its parts apart, so the "no" takes nothing else with it.
 */
function withBracketsWhole(parts: readonly string[]): string[] {
  const joined: string[] = [parts[0] ?? ""];
  const open = (text: string) => (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0);
  const unit = parts.join("");
  const asideSaysNo = /\([^()]*\b(?:no|not|never|without|don['’]?t)\b[^()]*\)/i.test(unit);
  for (let index = 1; index < parts.length; index += 2) {
    const separator = parts[index] ?? "";
    const piece = parts[index + 1] ?? "";
    if (!asideSaysNo && open(joined.at(-1)!) > 0) joined[joined.length - 1] += `${separator}${piece}`;
    else joined.push(separator, piece);
  }
  return joined;
}

/** "The team leaders", "our drivers": who or what, named alone, with no verb yet. */
function isPeopleNamedAlone(words: string): boolean {
  const trimmed = words.trim();
  if (!/^(?:the|our|all|my)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+s$/iu.test(trimmed)) return false;
  return tagWords(trimmed)
    .slice(1)
    .every((word) => word.tag === "noun" || word.tag === "adjective");
}

/**
 * "the cash and carry", "bed and breakfast", "click and collect": two words an "and" joins
 * into the name of one thing or one way of doing, which no clause boundary splits.
 */
const FIXED_PAIRS = new Set([
  "cash carry",
  "bed breakfast",
  "click collect",
  "drag drop",
  "copy paste",
  "cut paste",
  "park ride",
  "pick mix",
  "fish chips",
  "wear tear",
  "trial error",
  "search rescue",
  "health safety",
  "terms conditions",
  "pros cons",
  "odds ends",
  "arts crafts",
  "rock roll",
  "hit miss",
  "meet greet",
  "buy sell",
  "nuts bolts",
  "bits pieces",
]);

function isFixedPair(current: string, separator: string, piece: string): boolean {
  if (!/^\s*(?:and|&|n|'n'|n')\s*$/i.test(separator)) return false;
  const before = current.match(/([\p{L}]+)\s*$/u)?.[1]?.toLowerCase();
  const after = piece.match(/^\s*([\p{L}]+)/u)?.[1]?.toLowerCase();
  return before !== undefined && after !== undefined && FIXED_PAIRS.has(`${before} ${after}`);
}

/**
 * "but if it's a-blowin' and the captain calls it for weather, they get every cent of it
 * back": an "and" before the comma that closes a condition joins two parts of the
 * condition, not two statements.
 */
function insideCondition(
  current: string,
  separator: string,
  piece: string,
  nextSeparator: string | undefined,
): boolean {
  if (!/^\s*(?:and|or)\s+$/i.test(separator) || nextSeparator === undefined) return false;
  // "When someone rings up and we find out who they are, I need …": the person's own doing is
  // read as a clause of its own, as before.
  if (/^\s*(?:i|we|you|they|he|she)\s/i.test(piece)) return false;
  if (!/^\s*,\s*$/.test(nextSeparator)) return false;
  const last = lastClauseOf(current);
  // "When all the results are in I press next round and …": the result has begun, someone acting.
  if (
    /^\s*(?:(?:but|and|so|then)\s+)?(?:if|when|whenever|unless|once)\s+\S.*\s(?:i|we|you|they|he|she)\s/i.test(
      last,
    )
  )
    return false;
  return /^\s*(?:(?:but|and|so|then)\s+)?(?:if|when|whenever|unless|once)\s/i.test(last);
}

/** A determiner that opens a thing named in a list: "the hours …, the litres … and the reading …". */
const LIST_ITEM_OPENING = /^\s*(?:the|a|an|their|his|her|its|our|any|each)\s+[\p{L}-]/iu;

/**
 * "records the hours the engine ran, the litres of diesel used and the reading of the
 * meter": after a comma, a thing with a few words said of it, then "and" a last thing
 * that says nothing happens, is the middle of a list of what was recorded, not a clause
 * of its own ("the litres … used" has no one using them).
 */
function isMiddleOfList(
  separator: string,
  piece: string,
  nextSeparator: string | undefined,
  nextPiece: string | undefined,
): boolean {
  if (!/^\s*,\s*$/.test(separator) || nextSeparator === undefined || nextPiece === undefined) return false;
  if (!/^\s*,?\s*and\s+$/i.test(nextSeparator)) return false;
  if (!LIST_ITEM_OPENING.test(piece) || !LIST_ITEM_OPENING.test(nextPiece)) return false;
  // "the office bills them": a thing, then what it does to something, is a clause.
  if (/\b(?:them|it|us|him|her|me|you)\b/i.test(nextPiece)) return false;
  return !isClause(nextPiece) && contentWords(nextPiece).every((word) => word.tag !== "verb");
}

/** A word or two alone, a bare item of a list: "admin", "special levy". */
const BARE_ITEM = /^\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*[.!]?\s*$/u;

/**
 * "give back every line separately, admin, reserve, water, garage, garden": in prose,
 * between bare words parted by commas, a word that could be a verb ("reserve") is one more
 * item, not a clause of its own. (In a list of notes each item is a thing of its own.)
 */
function isAmongBareWords(
  current: string,
  separator: string,
  piece: string,
  nextSeparator: string | undefined,
  nextPiece: string | undefined,
): boolean {
  if (!/^\s*,\s*$/.test(separator) || nextSeparator === undefined || nextPiece === undefined) return false;
  if (!/^\s*,\s*(?:and\s+)?$/i.test(nextSeparator)) return false;
  const lastItem = current.split(",").pop() ?? "";
  return [lastItem, piece, nextPiece].every(
    (item) => BARE_ITEM.test(item) && !/^\s*(?:i|we|you|they|he|she|it)\s/i.test(item),
  );
}

/**
 * "The weighing app, the website and the office computer get API keys": things named one by
 * one, the last with what they all do, are who the one clause is about.
 */
function isAmongSubjects(
  current: string,
  separator: string,
  piece: string,
  nextSeparator: string | undefined,
  nextPiece: string | undefined,
): boolean {
  if (!/^\s*,\s*$/.test(separator) || nextSeparator === undefined || nextPiece === undefined) return false;
  if (!/^\s*,?\s*and\s+$/i.test(nextSeparator)) return false;
  // ("the buyers' order page": whose it is, said with an apostrophe, is part of the name.)
  const named = /^\s*(?:the|our|my|their)\s+(?:[\p{L}-]+['’]?s?['’]?\s+){0,2}[\p{L}-]+\s*$/iu;
  return (
    named.test(current) &&
    named.test(piece) &&
    /^\s*(?:the|our|my|their)\s+(?:[\p{L}-]+['’]?s?['’]?\s+){0,2}?(?:get|have|can|see|need|use|call|send|share|pay|must|should|will|all)\s/iu.test(
      nextPiece,
    )
  );
}

/** "… record the casks they drop off" → "the casks they drop off": the object of the clause's last verb, from its article on. */
function lastObjectOf(text: string): string {
  const at = text.search(
    /\b(?:the|a|an|their|all|any)\s+[\p{L}-]+\s+(?:they|we|i|you|he|she)\s+[a-z]+(?:\s+[a-z]+)?\s*$/iu,
  );
  return at < 0 ? "" : text.slice(at);
}

/** The words after the last comma of a clause being built: "It only reads, it never pushes" → "it never pushes". */
/** "… a statement of their lots", "… a sheet with their kilos": a paper that lists what follows. */
const DOCUMENT_LISTING =
  /\b(?:a|an|the|their|his|her|our|my)\s+(?:statement|sheet|list|report|summary|receipt|invoice|slip|breakdown|print-?out|email|e-mail|text|message|note)\s+(?:of|with|showing|listing|that\s+(?:shows|lists|has))\s+[^.;:!?]*$/i;

function lastClauseOf(text: string): string {
  return text.split(/,\s*/).pop() ?? text;
}

/** "condition or allergy the chaperones …": a noun on each side of the joiner, and no verb right after the second. */
function nounsJoined(current: string, separator: string, piece: string): boolean {
  const before = tokenize(`${current}${separator}`).length;
  const words = tagWords(`${current}${separator}${piece}`);
  const first = words[before];
  const second = words[before + 1];
  const last = tagWords(current).at(-1);
  return (
    first?.tag === "noun" &&
    last?.tag === "noun" &&
    second !== undefined &&
    second.tag !== "verb" &&
    /^(?:the|a|an|that|which|who|we|i|they|you)$/.test(second.word)
  );
}

/** "the next book and meeting": read with what comes before, the piece opens on a noun, not a verb. */
function nounInContext(current: string, separator: string, piece: string): boolean {
  // "…, with cash and checks separate so I can …": after "with" and one word, "and" joins
  // another of the same, whatever it could be as a verb, unless it goes on to act on something.
  if (
    /\bwith\s+(?:the\s+)?[\p{L}-]+$/iu.test(current) &&
    /^\s+and\s+$/i.test(separator) &&
    /^[\p{L}-]+s\s+(?!(?:the|a|an|my|our|their|his|her|its|it|them|this|that|these|those|in|on|to|for|at|from|with|up|out|off|every|each|all)\b)\p{L}/iu.test(
      piece.trim(),
    )
  )
    return true;
  const before = tokenize(`${current}${separator}`).length;
  const word = tagWords(`${current}${separator}${piece}`)[before];
  return (word?.tag === "noun" || word?.tag === "adjective") && tagWords(piece)[0]?.tag === "verb";
}

/** The ways a message goes out: "email", "text", "SMS", "post". */
const CHANNEL =
  /^\s*(?:e-?mail|emails|texts?|text messages?|sms|phone|post|mail|letters?|whatsapp|signal|telegram|push(?:\s+notifications?)?)\b/i;

/** "When a job comes in", "Once the kiln cools": a condition with no comma yet, waiting for its result. */
/**
 * A clause that shares the subject before it: "A member may" and "receives twice" give "A
 * member receives twice"; the modal goes where the verb already says who does it.
 */
function withSubject(prefix: string, piece: string): string {
  // ("Every bale is weighed and gets a number": "is" goes where "gets" says it alone.)
  const modal = /\s+(?:may|can|must|should|will|could|would|shall|is|are|was|were|has|have)$/i;
  if (modal.test(prefix) && /^[a-z]+[^s]s\b/.test(piece)) return `${prefix.replace(modal, "")} ${piece}`;
  return `${prefix} ${piece}`;
}

/**
 * "A member who owes a contribution": a subject and a relative clause with one verb, and no
 * verb of its own yet; what follows "or" belongs to the relative clause.
 */
function awaitsItsVerb(clause: string): boolean {
  const match = clause.match(
    /^\s*(?:a|an|the|each|every|any|no)\s+(?:[\p{L}-]+\s+){0,2}?(?:who|that|which)\s+(.+)$/iu,
  );
  if (!match || match[1]!.includes(",")) return false;
  return tagWords(match[1]!).filter((word) => word.tag === "verb").length === 1;
}

function isCondition(clause: string): boolean {
  // "Two techs in a game, you sit the next game": a count said without a verb is when the rule holds.
  if (
    /^\s*(?:two|three|four|five|six|\d+)\s+[\p{L}'-]+(?:\s+(?:in|per|a|an|on|within|during)\s+[^,]{1,30})?\s*$/iu.test(
      clause,
    ) &&
    !hasAction(clause)
  )
    return true;
  return (
    /^\s*(?:when|whenever|once|as soon as|if|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:before|after|ahead\s+of))\s/i.test(
      clause,
    ) && !clause.includes(",")
  );
}

/**
 * Pieces that belong to the clause before them, whatever their words look like: a limit
 * pointing back at it, two values or two counts joined by "or", how it is broken down, what
 * those it names are, what follows a limit on how often, and one more thing named with what
 * it is of.
 */
function tiedToClauseBefore(current: string, separator: string, piece: string): boolean {
  // "Visitors book and pay online without an account", "Buyers order and pay …": people and
  // what they do, said in two words, then more they do: one statement, the first verb no name.
  const peopleDo = current.trim().match(/^(?:(?:the|our|all)\s+)?([\p{L}-]+s)\s+([a-z]+)$/iu);
  if (
    peopleDo &&
    /^\s+and\s+$/i.test(separator) &&
    isPerson(singularize(peopleDo[1]!.toLowerCase())) &&
    verbBase(peopleDo[2]!.toLowerCase()) === peopleDo[2]!.toLowerCase() &&
    (isVerbLed(piece) ||
      verbBase(piece.trim().split(/\s+/)[0]!.toLowerCase()) === piece.trim().split(/\s+/)[0]!.toLowerCase())
  )
    return true;
  // "My husband catches octopus in the lagoon and sells it": a second doing that sells or keeps
  // what the first brought in, pointing back at it, is one with it; alone, "sells it" says
  // nothing. ("… adds each sighting and ends it" ends the survey, another thing: two doings.)
  if (
    /^\s+and\s+$/i.test(separator) &&
    /^\s*(?:sells|smokes|dries|salts|cooks|packs|freezes|bottles|trades|exports|ships|delivers)\s+(?:it|them)(?:\s+(?:on|to|at|in|for|from)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)?\s*[.!]?\s*$/iu.test(
      piece,
    ) &&
    tagWords(piece.trim())[0]?.tag === "verb"
  )
    return true;
  // "a farmer may ask for an advance, but it cannot exceed 50 percent of …": a limit said of
  // what the clause before named, pointing back at it, is that clause's.
  if (
    /^\s*,\s*but\s+$/i.test(separator) &&
    /^\s*(?:it|they|that|this)\s+(?:cannot|can['’]?t|can\s+not|must\s+not|mustn['’]?t|may\s+not|should\s+not|shouldn['’]?t|won['’]?t|will\s+not|can\s+only|may\s+only|must\s+never|never)\s+(?:exceed|be\s+more|be\s+over|go\s+over|be\s+less|be\s+under|go\s+below|be\s+(?:above|below|higher|lower)|pass|top|be\s+bigger|be\s+larger)\b/i.test(
      piece,
    ) &&
    hasAction(current)
  )
    return true;
  // "The farmer pays us to press his sesame, or we buy the sesame from him": the other of two
  // ways, said with its own subject after a comma, is one choice with the first.
  if (
    /^\s*,\s*or\s+$/i.test(separator) &&
    /^\s*(?:we|i|they|he|she)\s+[\p{L}'’-]+/iu.test(piece) &&
    /^\s*(?:the\s+)?[\p{L}-]+\s+\p{L}+s\s/iu.test(current)
  )
    return true;
  // "…, a quarter or a fifth depending on the race": two values joined by "or" are one choice.
  if (
    /^\s+or\s+$/i.test(separator) &&
    /^(?:a|an|the)\s+[\p{L}-]+$/iu.test(lastClauseOf(current).trim()) &&
    /^\s*(?:a|an|the)\s+[\p{L}-]+(?:\s|$)/iu.test(piece) &&
    !(tagWords(piece)[2]?.tag === "verb" && !/ing$/i.test(tagWords(piece)[2]!.word))
  )
    return true;
  // "…, every day, rain or shine": a saying of two words joined by "or" is part of its clause.
  if (
    /^\s+or\s+$/i.test(separator) &&
    /(?:^|[\s,])(?:rain|wind|sun|day|night|hail|snow|sink)\s*$/i.test(current) &&
    /^\s*(?:shine|swim|rain|day|night|snow|hail)\b/i.test(piece)
  )
    return true;
  // "a buyer might take three or four loads": two counts joined are one count.
  if (
    /^\s+or\s+$/i.test(separator) &&
    /(?:^|\s)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple)\s*$/i.test(
      current,
    ) &&
    /^\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|more)\b/i.test(piece)
  )
    return true;
  // "I need the totals, …, by street end and online": how the clause before is broken down
  // or done, said after a comma, is that clause's.
  if (
    /^\s*,\s*$/.test(separator) &&
    /^\s*(?:by|per|via|through|for\s+(?:each|every))\s/i.test(piece) &&
    !/\b(?:i|we|you|they|he|she|it)\s+[a-z]+/i.test(piece)
  )
    return true;
  // "Kids 11 and under don't need one, they're free": what they are, said of them after a
  // comma, is the rule's.
  if (
    /^\s*,\s*$/.test(separator) &&
    /^\s*(?:they|it)(?:['’]re|['’]s|\s+are|\s+is)\s+(?:free|half\s+price|half\s+off|exempt|included|not\s+charged)\b/i.test(
      piece,
    )
  )
    return true;
  // "The bus is £15 a head and the juveniles go free": who goes free, after a price, is the
  // price's exception.
  if (
    /^\s*(?:,\s*)?(?:and\s+|but\s+)?$/i.test(separator) &&
    /[$€£¥₹]\s*\d|\d\s*(?:[$€£¥₹]|kd|bd|rs|dollars?|pounds?|euros?)\b/iu.test(current) &&
    /^\s*(?:the\s+|all\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:go|goes|get\s+in|gets\s+in|come|comes|ride|rides|travel|travels|eat|eats|are|is|get|gets)\s+(?:in\s+)?(?:free|for\s+free|half\s+price|at\s+half\s+price|for\s+half)\b/iu.test(
      piece,
    )
  )
    return true;
  // "Parents make an account to register, pay and see their slot": the last of what it is for,
  // after a list of bare verbs, is one more of them.
  if (
    /^\s+and\s+$/i.test(separator) &&
    /\bto\s+[a-z]+(?:\s+(?:up|in|on|off|out))?(?:\s*,\s*[a-z]+(?:\s+(?:up|in|on|off|out))?)+\s*$/i.test(
      current,
    ) &&
    verbBase(piece.trim().toLowerCase().split(/\s+/)[0] ?? "") === piece.trim().toLowerCase().split(/\s+/)[0]
  )
    return true;
  // "Very Dark Strong only goes in barrels, we never put it in jugs": the "no" says the "only" again.
  if (
    /^\s*,\s*(?:and\s+)?$/i.test(separator) &&
    /\bonly\b/i.test(lastClauseOf(current)) &&
    /^\s*(?:we|i|they)\s+(?:never|don['’]?t|do\s+not|won['’]?t|will\s+not)\s+[\p{L}'’-]+\s+(?:it|them)\b/iu.test(
      piece,
    )
  )
    return true;
  // "The rest is paid on the night, before we set up": when, said after it, is the clause's own.
  if (
    /^\s*,\s*$/.test(separator) &&
    /^\s*(?:before|after|until|till|once|as\s+soon\s+as)\s+(?:we|they|you|i|he|she|it)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*[.!]?\s*$/iu.test(
      piece,
    )
  )
    return true;
  // "…, $38 a box, it comes off the cheque": where the amount is taken from is the amount's.
  if (
    /^\s*,\s*(?:and\s+)?$/i.test(separator) &&
    /^\s*(?:it|that|they|this)\s+(?:comes?|goes?|is\s+taken|are\s+taken|gets?\s+taken|is\s+deducted|are\s+deducted)\s+(?:off|out\s+of|from)\s+(?:the|their|his|her|its)\s+/iu.test(
      piece,
    )
  )
    return true;
  // "if somebody leaves they've 2 weeks to bring it all back, or they pay £350 for the kilt
  // and whatever else is missing": what happens otherwise, after a condition and its result,
  // is the rule's; so is "whatever else" after what it is said with.
  if (/^\s*,\s*or\s+$/i.test(separator) && /^\s*(?:if|when|unless|once)\s/i.test(lastClauseOf(current)))
    return true;
  // "The fish must be on ice within 2 hours of catching, or we don't take it": what happens
  // otherwise, after what must be, is the rule's.
  if (
    /^\s*,\s*or\s+$/i.test(separator) &&
    /\b(?:must|has\s+to|have\s+to|needs?\s+to|got\s+to|gotta)\b/i.test(lastClauseOf(current)) &&
    /^\s*(?:we|they|i|you|it|he|she)\s+(?:don['’]?t|do\s+not|won['’]?t|will\s+not|can['’]?t|cannot|doesn['’]?t|does\s+not)\s/iu.test(
      piece,
    )
  )
    return true;
  if (/^\s+and\s+$/i.test(separator) && /^\s*whatever(?:\s+else)?\s/i.test(piece)) return true;
  // "every vendor gets a statement of their lots, what each one made, our commission taken off,
  // and what we owe them": what a sheet or a statement lists is one list, whatever its words.
  if (
    /^\s*,\s*(?:and\s+)?$/i.test(separator) &&
    DOCUMENT_LISTING.test(current) &&
    !/^\s*(?:we|i|they|he|she|you|it|then|so|but|because|if|when)\b/i.test(piece) &&
    !isVerbLed(piece)
  )
    return true;
  // "there is no stopping, no photos …, and every ticket must print this": what must show the
  // rule, pointing back at it, is the rule's.
  if (
    /^\s*,?\s*and\s+$/i.test(separator) &&
    /^\s*(?:every|each|the|all|our)\s+[\p{L}'’-]+\s+(?:must|should|has\s+to|have\s+to|will|needs?\s+to)\s+(?:print|show|say|state|display|carry|list)\s+(?:this|that|it|these|them)\s*[.!]?\s*$/iu.test(
      piece,
    )
  )
    return true;
  // "Guests can come for £3 a dook, but only twice, then they have to join": what follows a
  // limit on how often is the limit's.
  if (
    /^\s*,\s*then\s+$/i.test(separator) &&
    /\b(?:only|just)\s+(?:once|twice|three\s+times|\d+\s+times|[a-z]+\s+times)\s*$/i.test(current)
  )
    return true;
  // "has to show photo ID and proof of address": a second thing named with what it is of is
  // one more thing shown, not a clause.
  if (
    /^\s+and\s+$/i.test(separator) &&
    /^\s*[\p{L}-]+\s+of\s+(?:the\s+|their\s+|his\s+|her\s+)?[\p{L}-]+\s*[.!]?\s*$/iu.test(piece) &&
    tagWords(current).at(-1)?.tag === "noun"
  )
    return true;
  return false;
}

function startsNewStatement(
  current: string,
  piece: string,
  options: SplitOptions,
  subjectPrefix: string | null,
  separator: string,
): boolean {
  if (tiedToClauseBefore(current, separator, piece)) return false;
  // "the library must take any English date and give back the roj, the mah and the year": what
  // it is given and what it gives back are one thing it does.
  if (
    /^\s*and\s+$/i.test(separator) &&
    /\b(?:must|should|will|can|to)\s+(?:take|accept|read)\s+(?:a|an|any|every|each)\s/i.test(current) &&
    /^\s*(?:give|return)(?:\s+back)?\s/i.test(piece)
  )
    return false;
  // "When a job comes in, the dispatcher assigns it": a condition stays with its result; so
  // does the exception after a rule ("they don't get it back if …, but if the captain calls
  // it for weather, they get every cent of it back").
  if (
    (isCondition(current) || isCondition(lastClauseOf(current).replace(/^\s*but\s+/i, ""))) &&
    /^\s*,\s*$/.test(separator)
  )
    return false;
  // "We check the boats, and if a boat is late, the skipper calls us": after "and", a condition
  // opens a rule of its own; one that runs on into its result without a comma ("and if an heir
  // is already a member it adds …") says when the clause before it holds.
  if (
    /^\s*,\s*and\s+$/i.test(separator) &&
    /^\s*(?:if|when|whenever|unless|once)\s/i.test(piece) &&
    !/^\s*\S+\s+\S.*\s(?:i|we|you|they|he|she|it)\s/i.test(piece) &&
    !/\d$/.test(piece.trim()) &&
    hasAction(current)
  )
    return true;
  // "give back every amount separately, …, so the payslip can be printed with every line": what
  // it is for goes with what is done.
  if (/^\s*,\s*$/.test(separator) && PURPOSE.test(piece) && hasAction(current)) return false;
  // ("Mum changes it every spring, so it comes from outside": what follows for the thing just
  // named, "so it …", goes with it; the "it" is no software doing something.)
  if (
    /^\s*,\s*$/.test(separator) &&
    /^\s*so\s+(?:it|they)\s+(?:comes?|goes?|is|are|changes?|stays?|gets?|has\s+to|have\s+to|must)\s/iu.test(
      piece,
    ) &&
    hasAction(current)
  )
    return false;
  // "On cruise ship days, we need to see which ship is in port": when it holds, said first and
  // without a verb, stays with what is done then.
  // ("From 15 December to 15 April, that's high season, they …": what the time is called, said
  // after it, goes with it.)
  const setting = current.replace(/,\s*(?:that|dat)['’]s\s+[^,]{1,30}$/i, "");
  const isSetting =
    !/\b(?:i|we|you|they|he|she|it|is|are|was|were|can|will|must|should)\b/i.test(setting) &&
    setting.trim().split(/\s+/).length <= 6 &&
    (/^\s*(?:on|in|at|during|every|each|after|before|over|from|between|until|till)\s/i.test(setting) ||
      /\s(?:days|mornings|afternoons|evenings|nights|weekends|weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\s*$/i.test(
        setting,
      ));
  if (
    /^\s*,\s*$/.test(separator) &&
    isSetting &&
    setting === current &&
    /^\s*(?:that|dat)['’]s\s+[^,]{1,30}$/i.test(piece)
  )
    return false;
  if (/^\s*,\s*$/.test(separator) && isSetting && isClause(piece)) return false;
  // "Berries that are wet or mushy, we won't take them", "The hard ones, we pay less for them":
  // the things said first, then what is done with them, pointed back at, are one rule.
  if (
    /^\s*,\s*$/.test(separator) &&
    TOPIC_SAID_FIRST.test(current) &&
    !hasAction(current.split(/\s(?:that|which|who)\s/i)[0]!) &&
    /^\s*(?:so\s+)?(?:we|i|they)\s+(?:[\p{L}'’-]+\s+){1,3}(?:it|them)\b/iu.test(piece)
  )
    return false;
  // "Berries on cut branches, we do not buy": the things said first, then the doing they are
  // refused, with nothing after it, are one rule.
  if (
    /^\s*,\s*$/.test(separator) &&
    /^\s*(?:so\s+)?(?:we|i|they)\s+(?:do\s+not|don['’]?t|never|won['’]?t|will\s+not|cannot|can['’]?t)\s+[\p{L}'’-]+\s*(?:[.!](?:\s[\s\S]*)?)?$/iu.test(
      piece,
    ) &&
    /^\s*(?:(?:the|any|all|those)\s+)?[\p{L}-]+s\b/iu.test(sentenceSoFar(current)) &&
    !/\b(?:i|we|you|they|he|she|it|is|are|was|were|can|will|must|should|has|have)\b/i.test(
      sentenceSoFar(current),
    ) &&
    sentenceSoFar(current).split(/\s+/).length <= 8
  )
    return false;
  // "A member may hold two names, in which case he pays twice": the case is the rule's result.
  if (/^\s*in\s+which\s+case\b/i.test(piece)) return false;
  // "A member who owes a contribution or a loan cannot …": the subject is still waiting for its verb.
  if (/^\s*(?:or|and)\s+$/i.test(separator) && awaitsItsVerb(current)) return false;
  // "… until he has paid, and his month passes to the next person": what is his goes with him.
  if (/^\s*,?\s*and\s+$/i.test(separator) && /^\s*(?:his|her|their|its)\s+[\p{L}-]+\s+(?!of\b)/iu.test(piece))
    return false;
  // "mark themselves available or not": "not" finishes the clause, it starts none.
  if (piece.trim().length === 0 || /^\s*not\b/i.test(piece)) return false;
  // "record the species, how many birds, and where they saw them": what they record, one more item.
  if (/^\s*(?:what|where|which|who|whom|whose|how)\b/i.test(piece)) return false;
  // "a reminder by text message and email a few weeks before": a second way it goes, not a second thing done.
  if (
    /\b(?:by|via|through|over)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*$/iu.test(current) &&
    /^\s*,?\s*(?:and|or)\s*$/i.test(separator) &&
    CHANNEL.test(piece)
  )
    return false;
  // "The head of the association and I see everything": someone named, then "I", is who acts.
  if (
    /^\s+and\s+$/i.test(separator) &&
    /^\s*(?:i|we)\s+[a-z]+/i.test(piece) &&
    tagWords(piece)[1]?.tag === "verb" &&
    /^\s*(?:the|my|our)\s+(?:[\p{L}'’-]+\s+){0,6}[\p{L}'’-]+\s*$/iu.test(current) &&
    !/\b(?:is|are|was|were|got|has|have|had|gets|does|do|did)\b/i.test(current) &&
    !hasAction(current)
  )
    return false;
  // "Turban shells smaller than 7 cm and abalone smaller than 10 cm go back": who, by a measure,
  // then more of who; the verb after is both's.
  if (
    /^\s+and\s+$/i.test(separator) &&
    /\bthan\s+\d[\d.,]*\s*[\p{L}%]*\s*$/iu.test(current) &&
    !hasAction(current)
  )
    return false;
  const currentWords = contentWords(current);
  // "search and filter recipes": a lone word shares the object that follows.
  if (currentWords.length <= 1 || currentWords.every((word) => word.tag === "verb")) return false;
  // "their lead approves or declines with a button": a verb with nothing after it shares what follows.
  if (currentWords[currentWords.length - 1]!.tag === "verb" && /^\s+or\s+$/i.test(separator)) return false;
  // "… do a head count before each coach leaves, ticking off their group": after a comma, an
  // "-ing" clause says how the action before it is done.
  if (
    /^\s*,\s*$/.test(separator) &&
    /^\s*[a-z]+ing\b/i.test(piece) &&
    hasAction(current) &&
    tagWords(piece)[0]?.tag === "verb"
  )
    return false;
  // "open the story and see all its quotes": opening something to look at it is one thing done.
  if (
    /^\s+and\s+$/i.test(separator) &&
    /(?:^|,\s*|\s)(?:open|opens|opening|tap|taps|click|clicks|go to|goes to)\s+(?:the|a|an|their|my|its|that|this)\s+(?!(?:app|application|site|website|page|tool|program|extension|bot|dashboard)\s*$)[\w'-]+(?:\s+[\w'-]+)?\s*$/i.test(
      current,
    ) &&
    /^\s*(?:see|sees|view|views|look at|looks at)\b/i.test(piece)
  )
    return false;
  // "a medical condition or allergy the chaperones need to know about": two nouns joined, then
  // what is said of them; a clause of its own would have its verb right after its subject.
  if (/^\s+(?:or|and)\s+$/i.test(separator) && nounsJoined(current, separator, piece)) return false;
  // "record the casks they drop off and the empties they collect": a second thing, with who
  // does what to it, is a second object of the same verb.
  if (
    /^\s+and\s+$/i.test(separator) &&
    /^\s*(?:the|a|an|their|all|any)\s+[\p{L}-]+\s+(?:they|we|i|you|he|she)\s+[a-z]+/iu.test(piece) &&
    /^\s*(?:the|a|an|their|all|any)\s+[\p{L}-]+\s+(?:they|we|i|you|he|she)\s+[a-z]+/iu.test(
      lastObjectOf(current),
    )
  )
    return false;
  // "the score in points, games and sets, who serves next": the last word of a list, not a verb.
  if (
    /^\s*,?\s*and\s+$/i.test(separator) &&
    /^\s*[\p{L}-]+\s*[.!]?\s*$/u.test(piece) &&
    /,\s*[\p{L}-]+\s*$/u.test(current)
  )
    return false;
  // "Someone turns up with their apples and we weigh 'em first": done to what the clause before
  // named, the second action says nothing alone; the two are one thing done.
  if (/^\s*,?\s*and\s+$/i.test(separator) && actsOnWhatWasSaid(piece) && hasAction(current)) return false;
  // "The Chairman, the Treasurer and the Secretary shall log in": a list of who acts, then what they do.
  if (/^\s*,?\s*(?:and|or)\s+$/i.test(separator) && isListOfNames(current)) return false;
  // "a list of how many cows and goats to buy": what is counted, two things joined.
  if (/\bhow\s+many\s+[\p{L}-]+\s*$/iu.test(current) && /^\s*(?:and|or)\s*$/i.test(separator)) return false;
  // "a report with every grower's total and the commission we took": a thing with who did
  // what to it, and nothing after, is one more thing named, no clause of its own.
  if (
    /^\s*(?:the|a|an|their|all|any|every)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:we|they|i|you|he|she)\s+[\p{L}]+[.!]?\s*$/iu.test(
      piece,
    )
  )
    return false;
  if (isClause(piece)) return true;
  // "…, and I should like the system to warn the Committee when …": a wish of its own.
  if (
    /^\s*(?:i|we)(?:'d|\s+would|\s+should)?\s+(?:like|love|want|need)\s+(?:the\s+[\p{L}-]+|it|this\s+[\p{L}-]+)\s+to\s+[\p{L}]+/iu.test(
      piece,
    )
  )
    return true;
  // "A customer chooses a slot, pays online": the subject goes on with "pays".
  if (subjectPrefix && startsWithVerbForm(piece)) return true;
  return options.keepVerbless && !hasAction(current) && !hasAction(piece);
}

/**
 * "People in Pohnpei, Majuro and Guam like them": the places named after "in" go on past the
 * comma, each with its capital, a list of them and no clause of its own.
 */
function placesGoOn(
  current: string,
  separator: string,
  piece: string,
  nextSeparator: string | undefined,
): boolean {
  return (
    /^\s*,\s*$/.test(separator) &&
    /\b(?:in|at|from|of|on|to)\s+\p{Lu}[\p{L}'’-]*\s*$/u.test(current) &&
    /^\s*\p{Lu}[\p{L}'’-]*\s*$/u.test(piece) &&
    nextSeparator !== undefined &&
    /^\s*(?:,|,?\s*(?:and|or)\s+)\s*$/i.test(nextSeparator)
  );
}

/** "The Chairman, the Treasurer": names joined by commas, a few words each, none of them doing anything. */
export function isListOfNames(current: string): boolean {
  const items = current.split(/\s*,\s*/);
  return (
    items.length >= 2 &&
    items.every((item) => {
      const words = contentWords(item);
      return (
        words.length >= 1 &&
        words.length <= 3 &&
        words.every((word) => word.tag === "noun" || word.tag === "adjective")
      );
    })
  );
}

/**
 * "we weigh 'em first": someone else than before acting on "them" or "it", right after the
 * verb. Said by the same people ("and cancel them"), the clause keeps its own line, with
 * its subject carried over.
 */
function actsOnWhatWasSaid(piece: string): boolean {
  const words = tagWords(piece.replace(/(?<![\p{L}])['’]em\b/giu, "them"));
  const verb = words.findIndex((word) => word.tag === "verb");
  const before = words.slice(0, verb);
  return (
    verb >= 0 &&
    before.some((word) => /^(?:we|i|they|you|he|she)$/i.test(word.word)) &&
    before.every((word) => /^(?:we|i|they|you|he|she|then|just)$/i.test(word.word)) &&
    /^(?:them|it)$/i.test(words[verb + 1]?.word ?? "")
  );
}

export function contentWords(text: string): TaggedWord[] {
  return tagWords(text).filter((word) => word.tag !== "stop" && word.tag !== "comma");
}

/** "pays online", "gets a confirmation": a verb in the form that follows a named subject. */
function startsWithVerbForm(piece: string): boolean {
  const first = piece.trim().toLowerCase().split(/\s+/)[0] ?? "";
  const base = verbBase(first);
  return base !== null && base !== first && first.endsWith("s");
}

/** Starts with a verb ("plan meals"), or a short subject then a verb ("coordinators create shifts"). */
/** "Berries that are wet or mushy", "The hard ones": things named, with what sets them apart, and no more. */
/** The last sentence of what is read so far: in a numbered rule, the one the next clause joins. */
function sentenceSoFar(current: string): string {
  return current
    .split(/(?<=[.!?])\s+/u)
    .pop()!
    .trim();
}

const TOPIC_SAID_FIRST =
  /^\s*(?:(?:the|any|all|those)\s+)?(?:[\p{L}-]+\s+){0,2}(?:[\p{L}-]+s|ones)(?:\s+(?:that|which|who)\s+(?:is|are|were|was|look|looks)\s+[^,]{1,40})?\s*$/iu;

function isClause(piece: string): boolean {
  return isVerbLed(piece) || subjectPrefixOf(piece) !== null || EVERYTHING_ACTS.test(piece);
}

/** "so everything has to work offline", "nothing leaves": "everything" is who the clause is about. */
const EVERYTHING_ACTS =
  /^\s*(?:(?:so|and|but|then)\s+)?(?:everything|nothing|something|anything)\s+(?:is|are|has|have|had|must|should|can|will|won['’]?t|goes|gets|stays|comes|needs|leaves|works)\b/i;

/**
 * The words before a clause's verb when they name who acts ("Volunteers can", "I want
 * to", "it"), so a following "and cancel them" keeps its subject. Null when the clause
 * starts with its verb or has none.
 */
export function subjectPrefixOf(clause: string): string | null {
  // "Candidates with access arrangements (like extra time or a reader) need to go": an aside names no one.
  const words = tagWords(clause.replace(/\s*\([^()]*\)/g, ""));
  const firstVerb = words.findIndex((word) => word.tag === "verb");
  // "Plot holders can pay online": a word that can be a verb, before a plural that acts, is
  // part of who acts.
  const verbIndex =
    firstVerb === 0 &&
    words[1]?.tag === "noun" &&
    /[^s]s$/i.test(words[1].word) &&
    (/^(?:can|could|will|must|should|may|might)$/i.test(words[2]?.word ?? "") || words[2]?.tag === "verb")
      ? words.findIndex((word, at) => at >= 2 && word.tag === "verb")
      : firstVerb;
  // "in the morning the drivers can get …": a setting in front leaves room for two or three words more.
  // "… need to go": "need to", "has to" count as one word, as "must" does.
  const needTo =
    verbIndex >= 2 &&
    words[verbIndex - 1]!.word === "to" &&
    /^(?:need|needs|have|has|ought|got)$/.test(words[verbIndex - 2]!.word);
  // "The team leaders and the stall owners see …": two who act, joined, each of up to three nouns.
  const joined = words
    .slice(0, Math.max(verbIndex, 0))
    .some((word) => word.word === "and" || word.word === "or");
  // "A player with a red card sits out …": what who acts has, said with "with", is theirs.
  const having = words.slice(0, Math.max(verbIndex, 0)).some((word) => word.word === "with");
  // "Turban shells smaller than 7 cm go back": which of them, by a measure, is part of who.
  const measured = words
    .slice(0, Math.max(verbIndex, 0))
    .filter((word, at, before) => word.word === "than" && before[at + 1]?.tag === "number").length;
  // "The first driver in the line takes …", "Whoever is first in the line takes …": where who
  // acts stands, said with "in the", is part of who.
  // (Only who is named first, alone, doing it now: "me and my two girls at the counter", "The
  // internet in the yard is terrible" and "The ranger at the landing counted them" stay as read.)
  const placed =
    !joined &&
    /^(?:the|whoever|every|each|any|a|an)$/.test(words[0]?.word ?? "") &&
    !isPastForm(words[verbIndex]?.word ?? "") &&
    words
      .slice(words[0]?.word === "whoever" ? 2 : 0, Math.max(verbIndex, 0))
      .every((word) => !/^(?:is|are|was|were)$/.test(word.word)) &&
    words
      .slice(0, Math.max(verbIndex, 0))
      .some(
        (word, at, before) =>
          /^(?:in|on|at)$/.test(word.word) &&
          before[at + 1]?.word === "the" &&
          before[at + 2]?.tag === "noun",
      );
  const reach =
    (SETTING_OPENER.test(clause.trim()) ? 8 : 5) +
    (placed ? 2 : 0) +
    (needTo ? 1 : 0) +
    (joined ? 4 : 0) +
    (having ? 3 : 0) +
    measured * 3;
  if (verbIndex <= 0 || verbIndex > reach) return null;
  const before = words.slice(0, verbIndex);
  const nouns = before.filter((word) => word.tag === "noun").length;
  // "Monthly permit holders don't pay": a word that describes who acts is part of the subject.
  // "truck 4 shows as available": a number names which one.
  const onlySubjectWords = before.every(
    (word, at) =>
      word.tag === "stop" ||
      word.tag === "noun" ||
      word.tag === "adjective" ||
      word.tag === "number" ||
      (at === 0 && firstVerb === 0 && verbIndex > 0),
  );
  // "the head baker's screen asks": up to three nouns name who acts.
  // ("smaller than 7 cm": the measure's words are no more who acts.)
  if (!onlySubjectWords || nouns > (joined ? 6 : 3) + measured * 2) return null;
  const hasSubject =
    nouns > 0 || before.some((word) => ["i", "we", "you", "they", "it", "he", "she"].includes(word.word));
  if (!hasSubject) return null;
  const verb = words[verbIndex]!.word;
  const position = clause.toLowerCase().search(new RegExp(`\\b${escapeRegExp(verb)}\\b`));
  if (position <= 0) return null;
  // "When I sit down to write, …": the setting has its own verb; what follows shares its subject only.
  return clause
    .slice(0, position)
    .trim()
    .replace(/^(?:when|whenever|once|while|as soon as)\s+(?=\S)/i, "");
}

/** Whether a statement names an action (has a verb), rather than only describing. */
export function hasAction(statement: string, nounList = false): boolean {
  // "Users can" stays: after "can", "log" and "check" are verbs.
  return tagWords(statement, { nounList }).some((word) => word.tag === "verb");
}
