import { tagWords } from "../language/tagger.js";
import { findExclusions } from "./exclusions.js";

/**
 * A walkthrough told one rule to a line, where some lines take two or three short sentences:
 *
 *   We harvest in October. We sell from November until the beans are finished.
 *   Every lot is graded A or B. B is small or broken beans.
 *   Group runs leave the gate at 6. Every day except Sunday.
 *   Tuesday is the track. Thursday is the long run. Saturday is fartlek.
 *   Beans are bagged only at 15% moisture or less.
 *
 * The person chose where each rule ends: at the line's end. Read sentence by sentence, the
 * second half of a line ("B is small or broken beans") says nothing on its own.
 */
export function isToldRuleByLine(lines: readonly string[], sentencesOf: (line: string) => string[]): boolean {
  if (lines.length < 5) return false;
  const shapes = lines.map((line) => ({
    sentences: sentencesOf(line).length,
    words: line.split(/\s+/).length,
  }));
  // (Paragraphs typed each on a line of their own are prose: a line of four sentences or of
  // more than forty-five words is one.)
  if (shapes.some((shape) => shape.sentences > 3 || shape.words > 45)) return false;
  const short = shapes.filter((shape) => shape.sentences <= 2 && shape.words <= 30).length;
  return short >= lines.length * 0.6 && shapes.some((shape) => shape.sentences === 2);
}

/** The words of a line, of four letters or more, that none of the statements read from it say. */
function wordsLeftOut(line: string, statements: readonly string[]): string[] {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’]{4,}/gu) ?? [];
  const said = new Set(statements.flatMap(words));
  return words(line).filter((word) => !said.has(word));
}

/** Where the statements read from one sentence begin, and the line the sentence was on. */
export interface ReadFrom {
  readonly at: number;
  readonly line: number;
  readonly said: string;
}

/** "B is small or broken beans", "Dainagon is the big one": what a word of the rule before means. */
const SAYS_WHAT_IT_IS =
  /^(?:the\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?\s+(?:is|are|means)\s+(?!not\b)[^,;:]+[.!]?$/iu;

/** "Every day except Sunday.", "The rest in cash on arrival.", "After that, nothing.": a piece without a verb, said of the rule before. */
function isVerblessPiece(said: string): boolean {
  const words = said.split(/\s+/).length;
  return (
    words >= 2 &&
    words <= 8 &&
    !/^\s*no\s/i.test(said) &&
    // ("That's respect", "everybody has a phone now", "this is how we do it": the verbs the
    // tagger takes for small words still make a sentence.)
    !/\b(?:is|are|was|were|has|have|had|do|does|did|can|will|would|must|should|gets?|got|kills?)\b|['’](?:s|re|ve|ll|d)\b/iu.test(
      said,
    ) &&
    !tagWords(said.replace(/[.!]+$/, "")).some((word) => word.tag === "verb")
  );
}

/** "Parcels go only on Monday then.", "Then we close.": a rule that holds when the sentence before says. */
const WHEN_SAID_BEFORE = /^then\s|\s(?:then|at\s+those\s+times|in\s+that\s+case)\s*[.!]?$/iu;

/** "Calves and adults have different prices": how the rule before differs between two. */
const DIFFERENT_FOR_EACH =
  /^[\p{L}-]+\s+and\s+[\p{L}-]+\s+(?:have|get|pay|take)\s+(?:(?:a|their)\s+)?(?:different|separate|their\s+own|the\s+same)\s+[\p{L}-]+\s*[.!]?$/iu;

/** "Tuesday is the track at Kamariny.": what happens on a day, a line of a timetable. */
const DAY_IS =
  /^(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|mornings?|evenings?)\s+(?:is|are)\s/iu;

/**
 * The statements read from a line of two or three short sentences put back as the line: one
 * rule, where each sentence was read, or, on a line of two, the one nothing was read from says
 * what a word of the other means, how it differs between two, or adds to it without a verb. A
 * line whose "no" was read as something turned down is left as it was read, so that what it
 * turns down is never kept among the rules. A timetable, a day to a sentence, is put back too.
 */
export function joinedByLine(
  statements: readonly string[],
  readFrom: readonly ReadFrom[],
  lines: readonly string[],
  sentencesOf: (line: string) => string[],
): string[] {
  const lineOf = statements.map((_, index) => readFrom.findLast((unit) => unit.at <= index)?.line ?? -1);
  // How many statements each sentence gave.
  const gave = readFrom.map((unit, index) => (readFrom[index + 1]?.at ?? statements.length) - unit.at);
  const joined: string[] = [];
  const unitsOn = (line: number) =>
    readFrom.flatMap((unit, at) => (unit.line === line ? [{ ...unit, gave: gave[at]! }] : []));
  // ("Tuesday is the track at Kamariny. Thursday is the long run. Saturday is fartlek.": a
  // timetable, a day to a sentence, is one rule though no sentence of it was read alone.)
  const isTimetable = (line: number) => {
    const units = unitsOn(line);
    return (
      units.length >= 2 &&
      units.length <= 3 &&
      units.every((unit) => DAY_IS.test(unit.said.trim()) && unit.said.split(/\s+/).length <= 10)
    );
  };
  // The last line whose statements were kept: a timetable on a line between it and the next is
  // put back in its place.
  let lastLine = -1;
  const timetablesBefore = (line: number) => {
    for (let before = lastLine + 1; before < line; before++)
      if (isTimetable(before) && lines[before] !== undefined)
        joined.push(lines[before]!.trim().replace(/[.!]+$/, ""));
  };
  for (let index = 0; index < statements.length; index++) {
    const line = lineOf[index]!;
    if (line > lastLine) {
      timetablesBefore(line);
      lastLine = line;
    }
    const text = lines[line];
    let end = index;
    while (end + 1 < statements.length && lineOf[end + 1] === line) end++;
    const units = unitsOn(line);
    // ("We run tours from Easter to the end of September, and only on days the boat's running":
    // a line of one sentence read as two or more statements is one rule too, as it was told.)
    const oneSentenceSplit =
      text !== undefined &&
      units.length === 1 &&
      units[0]!.gave >= 2 &&
      end - index + 1 === units[0]!.gave &&
      sentencesOf(text).length === 1 &&
      text.split(/\s+/).length <= 30 &&
      findExclusions(text).length === 0 &&
      // (Only where every piece of it was kept: a piece left out as a story, or as why, stays out.)
      wordsLeftOut(text, statements.slice(index, end + 1)).length === 0;
    if (oneSentenceSplit) {
      joined.push(text.trim().replace(/[.!]+$/, ""));
      index = end;
      continue;
    }
    if (
      text !== undefined &&
      (units.length === 2 || units.length === 3) &&
      units.some((unit) => unit.gave > 0) &&
      // (Three sentences on a line are one rule only where each was read as one, or the last
      // says what the prices before it hold: "The cargo is inside the price.")
      (units.length === 2 ||
        units.every(
          (unit, at) => unit.gave > 0 || (at === units.length - 1 && PRICE_HOLDS.test(unit.said.trim())),
        )) &&
      // ("Every lot is graded A or B. B is small or broken beans.": a sentence nothing was read
      // from may only say what a word of the rule means, or add to it without a verb: "Group
      // runs leave the gate at 6. Every day except Sunday.")
      units.every(
        (unit, at) =>
          unit.gave > 0 ||
          // ("In the rains, July and August, the road has landslides. Parcels go only on Monday
          // then.": when the rule holds, said first, is the rule's.)
          (at === 0 &&
            units.length === 2 &&
            units[1]!.gave > 0 &&
            WHEN_SAID_BEFORE.test(units[1]!.said.trim())) ||
          (SAYS_WHAT_IT_IS.test(unit.said.trim()) && unit.said.split(/\s+/).length <= 8) ||
          // ("The slaughterhouse pays by the kilo. Calves and adults have different prices.")
          (DIFFERENT_FOR_EACH.test(unit.said.trim()) && unit.said.split(/\s+/).length <= 8) ||
          PRICE_HOLDS.test(unit.said.trim()) ||
          isVerblessPiece(unit.said.trim()),
      ) &&
      sentencesOf(text).length === units.length &&
      // (As long as a line told as one rule may be: "Nobody goes over the causeway when it's
      // under. On a big tide that's from an hour before … to an hour after, so …" is one.)
      text.split(/\s+/).length <= 45 &&
      // ("The first buyer … gets the item. No stealing after.": a "no" kept as a rule is the rule's.)
      findExclusions(text).every((exclusion) =>
        statements
          .slice(index, end + 1)
          .some((statement) => statement.toLowerCase().includes(exclusion.said.toLowerCase())),
      )
    ) {
      joined.push(text.trim().replace(/[.!]+$/, ""));
      index = end;
      continue;
    }
    joined.push(statements[index]!);
  }
  timetablesBefore(lines.length);
  return joined;
}

/** "Te poe A, 20 000 XPF", "Grade B, $12": what it is for, a comma, and its amount, with no verb. */
const AMOUNT_FOR_ONE =
  /^[\p{L}\p{M}'’ -]{1,30},\s*\p{Sc}?\s*\d[\d\s.,]*\s*(?:\p{Sc}|\p{Lu}{2,4}|[\p{L}]{1,5})?\s*[.!]?$/u;

/** "The cargo is inside the price", "Postage is included": what the prices just given hold. */
const PRICE_HOLDS =
  /^(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:is|are)\s+(?:inside|in|included\s+in|part\s+of|on\s+top\s+of|extra\s+to)\s+(?:the\s+)?(?:price|prices|cost)\s*[.!]?$|^(?:[\p{L}-]+\s+)?(?:is|are)\s+included\s*[.!]?$/iu;

/**
 * "Te poe A, 20 000 XPF. Te poe B, 12 000 XPF. Te poe C, 6 000 XPF.": a line of a walkthrough
 * whose two or three short sentences each give an amount is one rule, its prices, in any
 * language, however the rest of the walkthrough is told.
 */
export function amountsOnALineJoined(
  statements: readonly string[],
  readFrom: readonly ReadFrom[],
  lines: readonly string[],
  sentencesOf: (line: string) => string[],
): string[] {
  const gave = readFrom.map((unit, index) => (readFrom[index + 1]?.at ?? statements.length) - unit.at);
  const joined = [...statements];
  // From the last line back, so that what is spliced leaves the places of those before it.
  for (let line = lines.length - 1; line >= 0; line--) {
    const units = readFrom.flatMap((unit, at) => (unit.line === line ? [{ ...unit, gave: gave[at]! }] : []));
    const text = lines[line]!;
    if (
      units.length >= 2 &&
      units.length <= 3 &&
      sentencesOf(text).length === units.length &&
      units.every(
        (unit) =>
          unit.gave === 1 && unit.said.split(/\s+/).length <= 6 && AMOUNT_FOR_ONE.test(unit.said.trim()),
      ) &&
      units.every((unit, index) => index === 0 || unit.at === units[index - 1]!.at + 1)
    )
      joined.splice(units[0]!.at, units.length, text.trim().replace(/[.!]+$/, ""));
  }
  return joined;
}
