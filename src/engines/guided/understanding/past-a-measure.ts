/**
 * "under 50 degrees", "more than 120 pounds", "fewer than 3 rods": a measure something is
 * held past. A "no" or a rule said of one ("Any lobster tail under 4 ounce, wi nuh tek
 * it", "Don't feed under 50 degrees") is a limit kept, never a thing left out, so the
 * readers of rules and of "no"s all ask the same question with the same words.
 */
const MEASURE_PASSED = String.raw`(?:under|over|below|above|more\s+than|less\s+than|fewer\s+than)\s+\d`;

/** A measure held past, anywhere in the words. */
export const PAST_A_MEASURE = new RegExp(String.raw`(?<![\p{L}])${MEASURE_PASSED}`, "iu");

/** "Don't feed under 50 degrees", "never more than 120 pounds an acre": a "no" past a measure, said first. */
export const NOT_PAST_A_MEASURE_RULE = new RegExp(
  String.raw`^(?:and\s+)?(?:don['’]?t|do\s+not|never)\s+(?:[\p{L}'’-]+\s+){0,4}?${MEASURE_PASSED}`,
  "iu",
);
