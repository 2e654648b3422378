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
  // "🌮 Pre-order", "Menu items 🌮 - name, price": pictures say nothing the words do not.
  const text = stepsOnLines(halfWidth(given)).replace(
    /(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}])+[ \t]?/gu,
    "",
  );
  if (
    !/(?:^|\n)\s*#{1,6}\s|\*\*|__|`|(?:^|\s)[*_][^\s*_]|:\s*(?:\n|$)|(?:^|\n)\s*(?:\d+[.)]|[-*•])\s/.test(
      text,
    )
  )
    return text;
  let settingAside = false;
  // Set aside under a list item ("5. NOT doing"): only its deeper items are; the next item at its depth ends it.
  let asideDepth: number | null = null;
  const lines: string[] = [];
  const written = text.split("\n");
  for (const [index, line] of written.entries()) {
    const depth = line.length - line.trimStart().length;
    if (asideDepth !== null && /^\s*(?:\d+[.)]|[-*•])\s/.test(line) && depth <= asideDepth) {
      settingAside = false;
      asideDepth = null;
    }
    // "## Non-goals", or a line of its own that only names what follows: "Won't have (for now):".
    // A list item that only names what follows ("5. NOT doing") heads its sub-items too.
    const titleItem = line.match(/^\s*(?:\d+[.)]|[-*•])\s+(.{2,40}?)\s*:?\s*$/);
    const heading =
      line.match(/^\s*#{1,6}\s+(.*?)\s*#*\s*$/) ??
      (SETS_ASIDE.test(withoutEmphasis(line.trim())) ? line.match(/^\s*([^:\n]{2,40}):\s*$/) : null) ??
      (titleItem && SETS_ASIDE.test(withoutEmphasis(titleItem[1]!)) ? titleItem : null);
    if (heading) {
      settingAside = SETS_ASIDE.test(withoutEmphasis(heading[1]!));
      asideDepth = heading === titleItem ? depth : null;
      lines.push("");
      continue;
    }
    const plain = withoutEmphasis(line);
    const item = plain.match(/^\s*(?:[-*•+]|\d+[.)])\s+(.*)$/);
    // "3. Order ready" over "   - we tap ready and the customer gets a text": a short item
    // over deeper ones names them; what they say is in them.
    if (item && !settingAside && namesItsSubItems(item[1]!, depth, written[index + 1])) {
      lines.push("");
      continue;
    }
    if (settingAside && item) lines.push(`Leave out ${item[1]!.replace(/[.\s]+$/, "")}.`);
    else lines.push(plain);
  }
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * "1) they POST an order; 2) we ack with an ID; 3) the WMS picks": steps numbered inside
 * one line are a numbered list, each step a line of its own. Only "1)" marks count, in
 * order from one, so "up to 3) sizes" or a price of "1.5" stay as written.
 */
function stepsOnLines(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const marks = [...line.matchAll(/(?:^|(?<=[\s;:,]))(\d{1,2})\)\s+/g)];
      const inOrder = marks.length >= 2 && marks.every((mark, index) => Number(mark[1]) === index + 1);
      if (!inOrder) return line;
      return line.replace(/[;,]?\s+(?=(\d{1,2})\)\s)/g, (whole, number: string) =>
        marks.some((mark) => mark[1] === number) ? "\n" : whole,
      );
    })
    .join("\n");
}

/** Whether a list item is a short title over the deeper items on the next line. */
function namesItsSubItems(item: string, depth: number, next: string | undefined): boolean {
  if (next === undefined || !/^\s*(?:[-*•+]|\d+[.)])\s/.test(next)) return false;
  const deeper = next.length - next.trimStart().length > depth;
  return deeper && item.trim().split(/\s+/).length <= 4 && !/[.,;:!?]\s*$|,/.test(item.trim());
}

/** Headings over what the person does not want, or not yet. */
const SETS_ASIDE =
  /^(?:not doing|non[- ]?goals?|out of scope|not in scope|not (?:in|for) (?:v1|version 1|the first version|now)|not now|not needed|won'?t (?:do|have|build)|will not (?:do|have|build)|not doing|later|maybe later|future|nice to have later|exclusions?|excluded|leave out)\b/i;

function withoutEmphasis(line: string): string {
  return line
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/__(.+?)__/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?=$|[\s.,;:!?)])/g, "$1$2");
}

/**
 * Arabic writes its own comma, semicolon and question mark, Hindi its full stop (।),
 * Amharic, Armenian, Khmer, Myanmar and Tibetan their own stops, colons and commas;
 * Japanese and Chinese write
 * brackets, colons and commas of their own width
 * ("お知らせ（件名、本文）"): the readers know ASCII's, so they are written that way, and
 * the ideographic comma and full stop as a comma and a stop with a space after them.
 */
function halfWidth(given: string): string {
  // "الاسم، المعلم، الوقت": Arabic script has its own comma, semicolon and question mark.
  const text = given
    .replace(/،\s*/gu, ", ")
    .replace(/؛\s*/gu, "; ")
    .replace(/؟/gu, "?")
    // "…अलग है। हर ग्राहक …": Hindi ends a sentence with a danda.
    .replace(/\s*[।॥]\s*/gu, ". ")
    // "መኪኖች፦ ታርጋ ቁጥር፣ ሞዴል": Ethiopic writes its own colon, comma, semicolon and full stop;
    // Armenian its own full stop and comma.
    .replace(/\s*[፦፥]\s*/gu, ": ")
    .replace(/\s*፣\s*/gu, ", ")
    .replace(/\s*፤\s*/gu, "; ")
    .replace(/\s*[።։]\s*/gu, ". ")
    .replace(/\s*՝\s*/gu, ", ")
    // "អតិថិជន៖ ឈ្មោះ, …។": Khmer writes its own colon and full stop; Myanmar its own comma and
    // stop ("၊", "။"); Tibetan its stop ("།").
    .replace(/\s*៖\s*/gu, ": ")
    .replace(/\s*[។။།]\s*/gu, ". ")
    .replace(/\s*၊\s*/gu, ", ")
    // "ثبت‌نام‌ها": Persian's half-space inside a word is read as the space it stands for, so
    // no reader cuts the word at it.
    .replace(/(?<=\p{Script=Arabic})\u200c(?=\p{Script=Arabic})/gu, " ")
    .trim();
  if (!/[\uFF01-\uFF5E\u3001\u3002]/u.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (wide) => wide.normalize("NFKC"))
    .replace(/、/gu, ", ")
    .replace(/。/gu, ". ")
    .trim();
}
