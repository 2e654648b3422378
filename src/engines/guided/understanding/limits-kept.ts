/**
 * A "no" that keeps a limit rather than leaving a thing out: said past a measure ("Any
 * lobster tail under 4 ounce, wi nuh tek it", "Don't feed under 50 degrees", "We don't sell
 * half dozens"), or of what
 * is not taken and sent back ("No cray with eggs under her, she go back too"). The readers
 * of rules and of "no"s all ask the same question with the same words.
 */
const MEASURE_PASSED = String.raw`(?:(?:under|over|below|above|more\s+than|less\s+than|fewer\s+than)\s+\d|half[\s-]+(?:a\s+)?(?:dozens?|kilos?|pounds?|boxes?|crates?|loads?|portions?|sacks?|bags?|days?|hours?|trays?|cases?)(?![\p{L}]))`;

/** A measure held past, anywhere in the words. */
export const PAST_A_MEASURE = new RegExp(String.raw`(?<![\p{L}])${MEASURE_PASSED}`, "iu");

/**
 * "Don't feed under 50 degrees", "never more than 120 pounds an acre", "so we can't sell more
 * than 900 for any night": a "no" past a measure, said first.
 */
export const NOT_PAST_A_MEASURE_RULE = new RegExp(
  String.raw`^(?:(?:and|so)\s+)?(?:(?:we|they|you|i|it|he|she)\s+)?(?:don['’]?t|do\s+not|never|can['’]?t|cannot|can\s+not|won['’]?t|will\s+not|mustn['’]?t|must\s+not)\s+(?:[\p{L}'’-]+\s+){0,4}?${MEASURE_PASSED}`,
  "iu",
);

/**
 * "No cray with eggs under her, she go back too", "No tail under 115 mm, it goes back in the
 * water": what is not taken, and what is done with it instead, is a rule of what is taken.
 */
export const SENT_BACK_RULE =
  /^(?:and\s+)?no\s+[^,.;!?]{2,60},\s*(?:she|he|it|they|dey|dem|those|that)\s+(?:go|goes|gets?|got|is|are|get\s+put|gets\s+put)\s+(?:straight\s+)?(?:back|returned|rejected|refused|thrown\s+back|released|turned\s+away)\b/iu;
