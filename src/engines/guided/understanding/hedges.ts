/**
 * People unsure of themselves hedge as they answer: "Families, I guess?", "allergies
 * maybe, actually yes, definitely allergies", "With an email maybe?". The hedge says how
 * sure they are, not what the software keeps or does, and read as words it turns a thing
 * into "allergies maybe" or a thing of its own. What they settle on is kept; a hedge that
 * carries meaning ("maybe later, not now", "I think we need a map") is left as said.
 */
export function plainHedges(text: string): string {
  return (
    text
      // "allergies maybe, actually yes, definitely allergies": the second word settles it.
      .replace(SETTLED_ON, "$1")
      // "Families, I guess?", "And kids, I suppose?", "a group chat maybe?": a hedge that ends its clause.
      .replace(CLOSING_HEDGE, "")
      // "a car does I don't know how many jobs a day": a count the person cannot put a number
      // to is "many".
      .replace(UNCOUNTED, "$1")
  );
}

const SETTLED_ON =
  /\b([\p{L}][\p{L}' -]{0,40}?)\s+(?:maybe|perhaps|possibly|probably)\s*,\s*(?:(?:actually|well|oh|hmm)[,\s]+)?(?:yes|yeah|yep)\s*,\s*(?:(?:definitely|certainly|for sure|sure)\s+)?\1\b/giu;

const CLOSING_HEDGE =
  /,?\s+(?:i\s+guess|i\s+suppose|i\s+think|maybe|perhaps|probably)(?=\s*(?:[?.!,;]|$))/gimu;

const UNCOUNTED =
  /\b(?:i\s+(?:don['’]?t|do\s+not)\s+know|i\s+dunno|dunno|god\s+knows|heaven\s+knows|who\s+knows)\s+how\s+(many|much)\b/giu;
