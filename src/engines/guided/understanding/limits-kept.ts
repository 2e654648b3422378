/**
 * A "no" that keeps a limit rather than leaving a thing out: said past a measure ("Any
 * lobster tail under 4 ounce, wi nuh tek it", "Don't feed under 50 degrees", "We don't sell
 * half dozens"), or of what
 * is not taken and sent back ("No cray with eggs under her, she go back too"), or of what
 * does not count, what may not be where, and what cannot be ("A foul … is a no-throw and
 * disnae count", "no gas … in the cabin, it goes in the float", "cant get in …, the extra days
 * are on us"). The readers of rules and of "no"s all ask the same question with the same words.
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

/** An amount of money: "$700", "£2.40", "R350", "USD 70", "TSh 11,800", "450 pa'anga", "20,000 FCFA", "30 jd", "KD 180". */
export const AMOUNT = String.raw`(?:[$£€¥₹₦]\s?\d|(?<![\p{L}])R\s?\d|(?<![\p{L}])(?:USD|US\$|GH₵|NZ\$|AU\$|A\$|CA\$|C\$|WS\$|SI\$|BZ\$|EUR|GBP|TSh|TZS|KSh|KES|UGX|RWF|ZAR|NGN|GHS|INR|AUD|CAD|NZD|CHF|JPY|MXN|BRL|RM|Naf|Afl|EC\$|B\$|S\$|HK\$|NT\$|J\$|TT\$|FJ\$|Rs\.?|Rp|MYR|SGD|BND|PHP|THB|IDR|VND|PKR|LKR|BDT|NPR|JD|KD|BD|QR|SR|AED|OMR|QAR|SAR|KWD|BHD|JOD|EGP)\s?\d|[₱₺₩฿₫৳₵₲₴₸₼₾֏₮₭៛₡₪]\s?\d|\d[\d,.]*\s?(?:dollars|bucks|pounds|quid|euros?|rand|pa'anga|fcfa|cfa|tala|shillings?|kwacha|naira|cedis?|rupees?|pesos?|ringgit|baht|yen|cents?|pence|centavos|paise|kobo|birr|kina|vatu|taka|kyat|riel|dirhams?|riyals?|dinars?|lira|zloty|forint|koruna|hryvnia|tenge|manat|lari|dram|leones?|dalasi|ariary|kip|pula|rufiyaa|lempiras?|quetzal(?:es)?|colones|soles|bolivianos|guaranies|rubles?|roubles?|jd|kd|bd|qr|aed|omr|qar|sar|kwd|bhd|jod|egp|dhs?|tnd|kr|somoni|afghanis?|lek|lei|lev|frw|rwf|usd|eur|gbp|nzd|aud|cad|ksh|kes|tsh|tzs|ugx|ghs|ngn|zar|inr|php|idr|myr|thb|brl|mxn|ars|clp|cop|chf|sek|nok|dkk|pln|czk|huf|fjd|wst|pgk|sbd|vuv|xpf|xof|xaf|mga|mur|scr|etb|mwk|zmw|bwp|nad|szl|lsl|mzn|aoa|cdf|bif|djf|sos|sdg|ssp)(?![\p{L}]))`;

/**
 * "no asbestos, no paint, no tyres, any tyre we find is $20 each": what may not go in, then the
 * charge for one found anyway, a house rule of the place, where nothing of the software is
 * turned down.
 */
export const NOT_ALLOWED_OR_CHARGED_RULE = new RegExp(
  String.raw`^(?:(?:and|also)\s+)?(?:no\s+[^,.;!?]{2,30}?\s*,\s*)+(?:and\s+)?(?:any|every|each)\s+[\p{L}'’-]+\s[^.;!?]*?${AMOUNT}`,
  "iu",
);

/** "Over 13.5 there's no bonus, same price": what there is none of past a measure, a rule of it. */
/**
 * "Inside the Jarawa reserve there is no stopping, no photos and no giving food to anybody":
 * what is not allowed in a place, a rule of the place, nothing of the software turned down.
 */
export const NONE_IN_A_PLACE_RULE =
  /^(?:inside|in|within|on|at)\s+(?:the\s+)?[^,.;:!?]{2,40}?\s+there(?:['’]s|\s+is|\s+are)\s+no\s+\p{L}[^.;:!?]*$/iu;

/**
 * "cant get in for a pickup cuz of weather, the extra days are on us": a condition said as
 * spoken, without its "if" and who cannot, and what follows from it; a rule kept whole.
 */
export const UNABLE_THEN_RULE =
  /^(?:[-*•]\s*)?(?:can['’]?t|cannot|couldn['’]?t)\s+\p{L}+[^,.;:!?]{2,60},\s*(?:the|then|we|they|it|that|those)\s+[^.;:!?]*$/iu;

/**
 * "A foul, over the trig or oot the sector, is a no-throw and disnae count", "A late entry is
 * void": what does not count in a sport or a game, a rule of its scoring kept whole.
 */
export const DOES_NOT_COUNT_RULE =
  /^(?:a|an|any|every)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:\s*,\s*[^,.;:!?]{2,60},)?\s+(?:is|are|counts\s+as)\s+(?:a\s+)?(?:no-[\p{L}]+|void|scratch|null)\b[^.;:!?]*$/iu;

/**
 * "no gas, propane or bear spray in the cabin, it goes in the float or stays on the dock": what
 * may not be in one place, and where it goes instead, is a house rule; nothing is turned down.
 */
export const NOT_IN_ONE_PLACE_RULE =
  /^(?:[-*•]\s*)?(?:and\s+)?no\s+[^.;:!?]{2,60}?\s+(?:in|on|inside|aboard)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*,\s*(?:it|they|those|that|dat|dem)\s+(?:goes|go|stays?|has\s+to\s+(?:go|stay)|have\s+to\s+(?:go|stay)|must\s+(?:go|stay)|gets?\s+(?:put|stowed|packed))\b[^.;:!?]*$/iu;

/**
 * "no amps, acoustic only", "No cash, card only", "We do not send jars by post or by ship to the
 * mainland, it is pick up only": what is not allowed or not done, then what only is, a house rule.
 */
export const ONLY_INSTEAD_RULE =
  /^(?:[-*•]\s*)?(?:no\s+[^,.;:!?]{1,30}|(?:we|i)\s+(?:do\s+not|don['’]?t|never)\s+[^,.;:!?]{2,70}),\s*(?:(?:it|that)(?:['’]s|\s+is)\s+)?(?:[\p{L}\p{M}'’-]+\s+){1,3}only\s*[.!]?$/iu;

export const NONE_PAST_A_MEASURE_RULE =
  /^(?:(?:and|but|so)\s+)?(?:over|under|above|below|past|beyond)\s+[$€£]?\d[\d.,]*%?\s+(?:[\p{L}]+\s+)?there(?:['’]s|\s+is|\s+are)\s+no\s/iu;
