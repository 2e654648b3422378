/**
 * Text said aloud and typed by a phone's voice input comes without stops or commas:
 * "each horse has a name who owns it which yard it's kept at and the owners are just a
 * name and a phone number and a yard has a name an address and the gate code". Read as
 * it is, one record runs into the next and a list of fields is one long field. Where an
 * English answer of some length has no stop at all, the stops a writer would have put
 * are put back in the places speech marks them unmistakably:
 * - a new record: "and (then) a yard has", "each horse has", "the owners are just";
 * - a new field in a list: another article after a noun ("a name an address"), or a
 *   question word ("who owns it which yard it's kept at").
 * Anything else is left as said; text with its own stops is never changed.
 */
export function punctuateDictation(text: string): string {
  if (!isDictated(text)) return text;
  const records = text.replace(RECORD_START, (_whole, lead: string) => `. ${lead}`).replace(/^\.\s+/, "");
  return records
    .split(/(?<=\.)\s+/)
    .map((sentence) => withFieldCommas(sentence))
    .join(" ");
}

/** An answer of some length, with no mark that ends a sentence or separates a list. */
function isDictated(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  return words >= 25 && !/[.;!?\n,:()]/.test(text.trim().replace(/[.!?]$/, ""));
}

/** "and then a job has", "each horse has", "and the owners are just": where a record starts. */
const RECORD_START =
  /\s+((?:and\s+)?(?:then\s+)?(?:(?:each|every)\s+[a-z]+|(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:has|have|are\s+just|is\s+just|are\s+only|is\s+only|gets|needs)\b)/gi;

/** After "has"/"are just", a new field starts at another article or a question word. */
function withFieldCommas(sentence: string): string {
  const intro = sentence.match(/\b(?:has|have|are just|is just|are only|is only|gets|needs)\s+/i);
  if (!intro || intro.index === undefined) return sentence;
  const at = intro.index + intro[0].length;
  const list = sentence
    .slice(at)
    // "a name an address", but "the price of a set", "kept at the yard".
    .replace(
      /(?<!\b(?:and|or|of|about|to|with|for|in|on|at|by|from|is|are|has|have))\s+(?=(?:a|an|the)\s)/gi,
      ", ",
    )
    // "which yard it's kept at what shoeing it has": a question word opens a field after any word but a joining one.
    .replace(/(?<!\b(?:and|or|of|about|to))\s+(?=(?:who|which|what|whether|where)\s)/gi, ", ");
  return sentence.slice(0, at) + list;
}
