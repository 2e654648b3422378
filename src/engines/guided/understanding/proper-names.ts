import { singularize } from "../language/inflection.js";

/**
 * Words a person writes as names: capitalised inside a sentence, or with a capital
 * inside the word ("BigQuery", "Shopify", "GitHub", "Dave"), and never in lower case.
 * They name products, places and people, which are no things for the software to keep,
 * whatever the tagger makes of them. Lower case, singular.
 */
export function properNames(texts: readonly string[]): Set<string> {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const text of texts) {
    // ("St. Paul", "Mt. Hood": a stop after a short title ends no sentence.)
    for (const sentence of text.split(/(?<!(?:^|[\s(])(?:St|Mt|Ft|Dr|Mr|Mrs|Ms)\.)(?<=[.!?:;])\s+|\n+|\(/)) {
      const words = sentence.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
      words.forEach((word, index) => {
        const key = word.toLowerCase();
        if (word.length < 2) return;
        if (/^\p{Lu}/u.test(word) && (index > 0 || /\p{Ll}\p{Lu}/u.test(word))) capitalised.add(key);
        else if (/^\p{Ll}/u.test(word)) lower.add(key);
      });
    }
  }
  const names = new Set<string>();
  for (const word of capitalised) if (!lower.has(word)) names.add(singularize(word));
  return names;
}
