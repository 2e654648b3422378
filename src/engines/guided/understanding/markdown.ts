/**
 * People paste briefs written in Markdown: headings, **bold** names, `code`, bullets
 * under "## Non-goals". The interviewer reads words, so the marks are taken off before
 * anything else reads an answer (the transcript keeps the text as it was sent):
 * - a heading is a title, not something the software does: it only ends what came before;
 * - the items under a heading that sets them aside ("Non-goals", "Out of scope", "Not in
 *   v1", "Later") are said as what they are: things to leave out;
 * - bold, italics and code marks around words are dropped, the words kept.
 * Bullets and numbered lines stay as they are: the readers know them.
 */
export function plainWords(given: string): string {
  const text = halfWidth(given);
  if (!/(?:^|\n)\s*#{1,6}\s|\*\*|__|`|(?:^|\s)[*_][^\s*_]|:\s*(?:\n|$)/.test(text)) return text;
  let settingAside = false;
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    // "## Non-goals", or a line of its own that only names what follows: "Won't have (for now):".
    const heading =
      line.match(/^\s*#{1,6}\s+(.*?)\s*#*\s*$/) ??
      (SETS_ASIDE.test(withoutEmphasis(line.trim())) ? line.match(/^\s*([^:\n]{2,40}):\s*$/) : null);
    if (heading) {
      settingAside = SETS_ASIDE.test(withoutEmphasis(heading[1]!));
      lines.push("");
      continue;
    }
    const plain = withoutEmphasis(line);
    const item = plain.match(/^\s*(?:[-*•+]|\d+[.)])\s+(.*)$/);
    if (settingAside && item) lines.push(`Leave out ${item[1]!.replace(/[.\s]+$/, "")}.`);
    else lines.push(plain);
  }
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Headings over what the person does not want, or not yet. */
const SETS_ASIDE =
  /^(?:non[- ]?goals?|out of scope|not in scope|not (?:in|for) (?:v1|version 1|the first version|now)|not now|not needed|won'?t (?:do|have|build)|will not (?:do|have|build)|not doing|later|maybe later|future|nice to have later|exclusions?|excluded|leave out)\b/i;

function withoutEmphasis(line: string): string {
  return line
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?=$|[\s.,;:!?)])/g, "$1$2");
}

/**
 * Japanese and Chinese write brackets, colons and commas of their own width
 * ("お知らせ（件名、本文）"): the readers know ASCII's, so they are written that way, and
 * the ideographic comma and full stop as a comma and a stop with a space after them.
 */
function halfWidth(text: string): string {
  if (!/[\uFF01-\uFF5E\u3001\u3002]/u.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (wide) => wide.normalize("NFKC"))
    .replace(/、/gu, ", ")
    .replace(/。/gu, ". ")
    .trim();
}
