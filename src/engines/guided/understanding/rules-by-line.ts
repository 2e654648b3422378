import { findExclusions } from "./exclusions.js";

/**
 * A walkthrough told one rule to a line, where some lines take two short sentences:
 *
 *   We harvest in October. We sell from November until the beans are finished.
 *   Every lot is graded A or B. B is small or broken beans.
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

/** Where the statements read from one sentence begin, and the line the sentence was on. */
export interface ReadFrom {
  readonly at: number;
  readonly line: number;
  readonly said: string;
}

/** "B is small or broken beans", "Dainagon is the big one": what a word of the rule before means. */
const SAYS_WHAT_IT_IS =
  /^(?:the\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?\s+(?:is|are|means)\s+(?!not\b)[^,;:]+[.!]?$/iu;

/**
 * The statements read from a line of two short sentences put back as the line: one rule, where
 * both sentences were read, or the one nothing was read from says what a word of the other
 * means. A line whose "no" was read as something turned down is left as it was read, so that
 * what it turns down is never kept among the rules.
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
  for (let index = 0; index < statements.length; index++) {
    const line = lineOf[index]!;
    const text = lines[line];
    let end = index;
    while (end + 1 < statements.length && lineOf[end + 1] === line) end++;
    const units = readFrom.flatMap((unit, at) => (unit.line === line ? [{ ...unit, gave: gave[at]! }] : []));
    if (
      text !== undefined &&
      units.length === 2 &&
      units.some((unit) => unit.gave > 0) &&
      // ("Every lot is graded A or B. B is small or broken beans.": a sentence nothing was read
      // from may only say what a word of the rule means.)
      units.every(
        (unit) =>
          unit.gave > 0 || (SAYS_WHAT_IT_IS.test(unit.said.trim()) && unit.said.split(/\s+/).length <= 8),
      ) &&
      sentencesOf(text).length === 2 &&
      text.split(/\s+/).length <= 30 &&
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
  return joined;
}
