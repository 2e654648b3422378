import { hasAction } from "./clause-splitter.js";
import { isNegation } from "./exclusions.js";
import { AMOUNT } from "./limits-kept.js";

/**
 * Rules said without anyone acting, which are kept whole as they were said: what is on offer
 * with its price, a list of limits after "rules:", what is done to every one of a thing and
 * what a thing costs.
 */

/**
 * "Everything is rounded to the cent", "Every late entry is charged double", "All prices
 * are shown in rand", "The moulders are paid by the thousand": something done to every one
 * of a thing, said without who does it.
 */
export const PASSIVE_RULE =
  /^(?:everything|every\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|each\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|all\s+(?:the\s+)?[\p{L}-]+|the\s+(?:total|totals|price|prices|amount|amounts|fee|fees|pay|result|results))\s+(?:is|are|gets|get)\s+(?:always\s+|then\s+|also\s+)?[a-z]+(?:ed|en|wn|aid)\b|^the\s+[\p{L}-]+s\s+are\s+(?:always\s+|all\s+)?[a-z]+(?:ed|en|wn|aid)\s+(?:by\s+the|per|every|each|weekly|monthly|daily|fortnightly|on\s+(?:the\s+)?[\p{L}]+day)\b/iu;

/** "One month 8,000 baht", "Private lesson 1 hour 1,000 baht": what something costs, said without a verb. */
export const PRICE_ALONE_RULE = new RegExp(
  String.raw`^(?:[\p{L}\p{N}'’-]+:\s+)?(?:(?:[\p{L}\p{N}'’-]+|\([^()]{1,60}\))\s+){1,5}${AMOUNT}[\d,.]*\s*[.!]?$`,
  "iu",
);

/**
 * "packages: basic (steam, scrub, bath) 20 jd, with massage 30 jd, royal (…) 40 jd": what each
 * of several things costs, listed with commas, is one rule of prices.
 */
export const PRICES_LISTED_RULE = {
  test(text: string): boolean {
    const items = text
      .replace(/\([^()]*\)/g, (inside) => inside.replace(/,/g, " "))
      .split(/\s*,\s*(?:and\s+)?/)
      .filter((item) => item.trim().length > 0);
    return items.length >= 2 && items.every((item) => PRICE_ALONE_RULE.test(item.trim()));
  },
};

/**
 * "Crutching is half rate", "Children are half price", "Sunday work is double", "Rams are
 * £4.80", "In Serengeti a non-resident adult is USD 70", "a child from 5 to 15 years is USD
 * 20": what a thing costs, where it is said to.
 */
export const RATE_RULE = new RegExp(
  String.raw`^(?:(?:in|at|for|on)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?,?\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,6}[\p{L}\p{N}'’-]+(?:\s+is|\s+are|['’]s)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:(?:half|double|twice|treble|triple|free|a\s+third|a\s+quarter)(?:\s+(?:rate|price|fee|pay|the\s+rate|the\s+price))?(?![\p{L}])|\d[\d.,]*\s*(?:%|percent)|${AMOUNT})`,
  "iu",
);

/**
 * "every guy has a route for every day of the week", "each class gets two teachers per
 * term": what each one has for each of another is a rule of how the work is laid out;
 * "Every camel in a race has a robot jockey": what each has while it is in one is a rule too.
 */
export const EACH_HAS_PER_RULE =
  /^(?:every|each)\s+[\p{L}'’-]+\s+(?:has|have|gets|get)\s+(?:a|an|one|two|three|their|its|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}(?:for|on|per|in)\s+(?:every|each)\s+[\p{L}'’-]+|^(?:every|each)\s+[\p{L}'’-]+\s+(?:in|on|at)\s+(?:a|an|the)\s+[\p{L}'’-]+\s+(?:has|have|gets|needs|must\s+have|carries|wears)\s+(?:a|an|one|two|their|its|his|her)\s+/iu;

/**
 * "Members pey £30 a year", "Guests £3 a dook", "Lockers R50 per month", "$15 a plate", "fish
 * plate $17 instead of chicken": a price for each of something, said in a few words, whatever
 * the verb (if any) is in the person's English.
 */
export const PRICE_PER_RULE = new RegExp(
  String.raw`^(?:[\p{L}'’-]+\s+){0,4}${AMOUNT}[\d,.]*(?:\s+(?:a|an|per|each|every|the)\s+[\p{L}'’-]+|\s+instead\s+of\s+[\p{L}'’ -]{2,30})$`,
  "iu",
);

/**
 * "Kids 11 and under don't need one, they're free", "Members don't pay for the sauna": who
 * pays nothing, a rule of the prices.
 */
export const FREE_RULE =
  /\b(?:is|are|['’]re|['’]s)\s+(?:always\s+)?free\b|\b(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|never)\s+(?:need\s+(?:one|a\s+[\p{L}-]+|to\s+pay)|have\s+to\s+pay|pay)\b|\b(?:pay|pays|cost|costs)\s+nothing\b/iu;

/**
 * "If a man floors all nine with his first ball, that's a floorer": a condition and what
 * follows from it, whatever the words of the result, is a rule of the thing ("when it's all
 * over, I'd like to see …" is a wish, read as one).
 */
export const CONDITION_RULE =
  /^(?:if|when|whenever|unless)\s+[^,]{3,80},\s*(?![^.;!?]*\b(?:i|we)(?:['’]d|\s+would)?\s+(?:like|love|want|need)\b)\S[^,]*\S/iu;

/**
 * "What is left, half goes to the boat owner and half to the crew", "the rest goes to the
 * cochero": how money is shared out, a rule of the split.
 */
export const SHARE_RULE =
  /(?:^|,\s*)(?:half|a\s+third|a\s+quarter|two\s+thirds|\d+(?:[.,]\d+)?\s*(?:%|percent)|the\s+rest|what\s+is\s+left|whatever\s+is\s+left)\s+(?:goes|go|is\s+paid|is\s+given|gets\s+paid)\s+to\s+\S/iu;

/**
 * "Over 10% moisture is second grade", "Over 20% it is wet copra", "Under 2 kilos it's a
 * small one": past a measure, what a thing counts as, a rule of grading.
 */
export const THRESHOLD_RULE =
  /^(?:over|above|under|below|more\s+than|less\s+than)\s+\d[\d.,]*\s*(?:%|percent|[\p{L}]+)(?:\s+[\p{L}'’-]+){0,3}?\s*,?\s+(?:(?:it|they|that)\s*(?:['’]s|\s+is|\s+are|['’]re)|is|are|counts\s+as|becomes)\s+\S/iu;

/**
 * "Every grave has to have a marker set within a year", "each boat must carry a radio", "Every
 * guest needs a permit": what every one of a thing must do or have.
 */
export const OBLIGATION_RULE =
  /^(?:every|each|all|any)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:has\s+to|have\s+to|must|needs?\s+to|needs?(?=\s+(?:a|an|the|their|its|his|her|one|two)\s)|has\s+got\s+to|got\s+to|gotta)\s+\S/iu;

/**
 * "Net weight is gross minus tare", "the total is the hours times the rate", "the price is
 * the weight in grams times the silver price": a figure worked out from others.
 */
export const FORMULA_RULE =
  /\b(?:is|are|=|equals)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s+(?:minus|plus|times|divided\s+by|multiplied\s+by|less)\s+(?:the\s+)?[\p{L}\p{N}-]+/iu;

/** "For every half a percent over, it's $5 a tonne more": what each step of a measure adds. */
export const PER_STEP_RULE = /^for\s+(?:every|each)\s+[^,]{2,40},\s*\S/iu;

/** A count: "2", "two", "a dozen". */
const COUNT = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|a\s+dozen)`;

/**
 * "A cow has seven shares", "each table seats 8": how many one of a thing holds; "One crew,
 * one roof a day, no more": how many each does in a time; "Five
 * judges every category", "two staff per shift": how many of one go with each of another.
 */
export const COUNT_RULE = new RegExp(
  String.raw`^(?:a|an|each|every|one)\s+[\p{L}'’-]+\s+(?:has|have|got|holds|takes|seats|sleeps|is)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+[\p{L}'’-]+|^(?:(?:one|each|every|a)\s+[\p{L}'’-]+\s*,\s*|(?:we|i|they|users)\s+can\s+(?:only\s+)?(?:do|take|handle|fit|serve|seat|make|fill)\s+)?${COUNT}\s+[\p{L}'’-]+\s+(?:every|each|per|a)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:\s*,\s*(?:no\s+more|max|tops|at\s+most))?(?:\s*,?\s*(?:or|else|otherwise)\s+[^,]+)?$`,
  "iu",
);

/**
 * "Saturdays two hours minimum, that's our big day", "Minimum 3 nights in August", "Groups
 * of 12 max", "…, and the accumulators up to 8 selections": a limit on one of a thing, said
 * without a verb.
 */
export const LIMIT_RULE = new RegExp(
  String.raw`^(?:(?:[\p{L}'’-]+\s+){0,4}${COUNT}\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:minimum|maximum|min|max|at\s+least|at\s+most|tops)|(?:[\p{L}'’-]+\s+){0,4}(?:minimum|maximum|min|max|at\s+least|at\s+most)\s+(?:of\s+)?${COUNT}\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4})(?:\s*,\s*[^,]*)?$|(?<![\p{L}])(?:up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of|(?:can['’]?t|cannot|must\s+not|may\s+not)\s+be\s+(?:more|less|higher|lower)\s+than)\s+\d+\s*[\p{L}%'’-]+`,
  "iu",
);

/**
 * "There's the half day inshore, four hours in the sound, that's $700 for the boat": what
 * is on offer and its price, said without anyone acting, is one rule the software keeps,
 * whole; its clauses read apart have no verb of their own and would be lost.
 */
const OFFERING =
  /^(?:(?:then|and|so|now|also|plus)[,\s]+)?(?:there'?s|there\s+is|there\s+are|we\s+(?:have|offer|sell|do)|you'?ve\s+got|you\s+have)\s+(?:the|a|an|our|two|three|four)\s/i;

/** A price: "$700", "£2.40", "R350", "USD 70", "450 pa'anga", "20,000 FCFA". */
const PRICE = new RegExp(AMOUNT, "iu");

export function pricedOffering(unit: string): string | null {
  const trimmed = unit.trim().replace(/[.!]+$/, "");
  if (!OFFERING.test(trimmed) || !PRICE.test(trimmed) || isNegation(trimmed)) return null;
  const kept = trimmed.replace(/^(?:(?:then|and|so|now|also|plus)[,\s]+)/i, "");
  return `${kept[0]!.toUpperCase()}${kept.slice(1)}`;
}

/**
 * "Every client has its own rules: no more than 42 characters a line, two lines at most,
 * …": the limits after the colon are what the software keeps to, one statement with the
 * words that introduce them ("no more than" is a limit there, not a "no").
 */
const RULES_LEAD =
  /^(.{3,100}?\b(?:rules?|limits?|requirements?|constraints?|conditions?|criteria|thresholds?|standards?))\s*:\s*(.+?)[.!]*$/i;

export function rulesListed(unit: string): string | null {
  const match = unit.trim().match(RULES_LEAD);
  if (!match) return null;
  const items = match[2]!
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:at|no|not|a|an|the|\d)\b)/i)
    .filter((item) => item.length > 0 && !/^(?:and\s+)?(?:so on|so forth|etc\.?|the like)$/i.test(item));
  // A list of limits has no verbs of its own: "rules: they check in, then pay" is something else.
  if (items.length < 2 || items.some((item) => hasAction(item))) return null;
  return `${match[1]!.trim()}: ${items.join(", ")}`;
}

/**
 * "No boxing for 28 days after a stoppage", "No service on Sundays and public holidays",
 * "No kava for pikinini under 18", "no crossing in the dark", "No buying at all in October
 * and November": a "no" said for a time, an age or a case is a rule of the thing, kept whole.
 */
export const NO_FOR_A_CASE_RULE =
  /^(?:no|nobody|no\s+one)\s+[^,]{2,60}?\s(?:on|after|before|until|till|during|without|unless|except|under\s+\d|over\s+\d|for\s+\d|for\s+(?:kids|children|minors|pikinini|anyone|anybody|under-?\d+s?)|in\s+the\s+dark|at\s+night|in\s+(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|winter|summer|spring|autumn|fall|closed\s+season|off\s+season|wet\s+season|dry\s+season))\b/iu;

/** "Our year has 12 mahs of 30 days each": how a thing is made up, counted, a rule of it. */
export const MADE_OF_EACH_RULE = /\b\d+\s+[\p{L}'’-]+\s+of\s+\d+\s+[\p{L}'’-]+\s+each\b/iu;

/** "All our pieces are 925 silver", "every sack is 25 kilos": a measure every one of a thing is. */
export const ALL_ARE_A_MEASURE_RULE =
  /^(?:all|every|each)\s+(?:of\s+)?(?:(?:our|the|their|my|his|her)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:are|is|must\s+be|has\s+to\s+be|have\s+to\s+be)\s+(?:all\s+|exactly\s+|at\s+least\s+)?\d/iu;

/** "We have 40 stalls only", "we've got just 6 boats": how many there are, and no more. */
export const ONLY_SO_MANY_RULE =
  /^(?:(?:and|but|so)\s+)?(?:we|i)\s+(?:have|['’]ve\s+got|have\s+got|got|has)\s+(?:(?:only|just)\s+\d+\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|\d+\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:only|in\s+all|in\s+total|altogether|no\s+more))[.!]*$|^(?:we|i)\s+(?:have|['’]ve\s+got|have\s+got|got)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+[\p{L}'’-]+,?\s+so\s+(?:only|just|at\s+most|max)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+[\p{L}'’-]+/iu;

/**
 * "The music must be live, dhol and pepa, no recorded music at all", "The dress also must be
 * traditional": what something done in the app's world must be, with the "no" that says it
 * again, is a rule kept whole. (What the app itself must be is how it is built, no rule of it.)
 */
export const MUST_BE_RULE =
  /^(?!(?:the\s+)?(?:app|site|website|system|program|software|tool|page|screen|interface|it)\b)(?:the|every|each|all|any)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:also\s+)?(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:also\s+)?be\s+[\p{L}'’-]+(?:\s*,\s*[^,.;!?]+)*?(?:\s*,\s*(?:no|not|never)\s+[^,.;!?]+)?[.!]*$/iu;

/** "The result is by the finish time", "the order is by lottery": how something is decided. */
export const DECIDED_BY_RULE =
  /^(?:the\s+)?(?:result|results|order|ranking|rankings|placing|placings|winner|seating|draw|order\s+of\s+[^,.;]{1,30}|price|prices|pay|payment|selection|entry)\s+(?:is|are)\s+(?:decided\s+|worked\s+out\s+|done\s+|set\s+|given\s+)?by\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}[.!]*$/iu;

/** "You can't have the same number twice on the one line": what nobody may do, said to anyone. */
export const NOBODY_MAY_RULE =
  /^(?:(?:and|but|so)\s+)?you\s+(?:can['’]?t|cannot|can\s+not|may\s+not|mustn['’]?t|must\s+not)\s+\S+\s+\S/iu;

/** "The oil is his", "The ambaz stays with us", "the deposit is the club's": whose a thing is, a rule. */
export const WHOSE_IT_IS_RULE =
  /^(?:and\s+)?(?:the\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s+(?:is|are|stays|stay|remains|remain)\s+(?:his|hers|theirs|ours|(?:the\s+)?[\p{L}-]+['’]s|with\s+(?:us|them|him|her|the\s+[\p{L}-]+))[.!]*$/iu;

/**
 * "Kids under 12 must be with an adult", "Boats have to be back by dark", "Payment is due on
 * collection", "The fish must be on ice within 2 hours of catching": where, with whom or by when something must be, a rule.
 */
export const MUST_BE_BY_RULE =
  /^(?!(?:the\s+)?(?:app|site|website|system|program|software|tool|page|screen|it)\b)(?:(?:the|all|every|each|any)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:\s+(?:under|over|below|above|aged)\s+\d+)?\s+(?:(?:must|has\s+to|have\s+to|needs?\s+to|should)\s+be(?:\s+(?:back|in|out|home|here|there|paid|returned|booked|signed\s+in|accompanied|supervised)|\s+(?:on|in|at|off)\s+(?:the\s+)?[\p{L}'’-]+)?\s+(?:with|by|before|within|accompanied\s+by)|(?:is|are)\s+due\s+(?:on|at|by|before|within|when|the))\s+\S/iu;

/**
 * "We only do Provo, we don't go over to the cays", "We only do weddings": where or what the
 * business does and nothing else, a rule of its reach, with the places it does not go to.
 */
export const ONLY_WE_DO_RULE =
  /^(?:(?:and|but|so)\s+)?(?:we|i)\s+only\s+(?:do|serve|cover|work\s+(?:in|on)|deliver\s+(?:to|in))\s+[^,.;!?]+(?:,\s*(?:we|i)\s+(?:don['’]?t|do\s+not|never)\s+(?:go|travel|come|drive|deliver|cross)\b[^.;!?]*)?[.!]*$/iu;

/** "30 boxes or more everyone gets a free 紅茶": what a count or more brings, said without a comma. */
export const COUNT_OR_MORE_RULE =
  /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|a\s+hundred)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+or\s+(?:more|over|above|less|fewer|under)\s+(?!(?:is|are|get|gets|costs?|pays?)\b)[^.;!?]+$/iu;

/**
 * "We have two kinds: normal azuki and dainagon", "There are three sizes: small, medium and
 * large": the kinds the business deals in, named after how many there are, a rule of its trade.
 */
export const KINDS_NAMED_RULE =
  /^(?:(?:and|so)\s+)?(?:we\s+(?:have|sell|make|do|offer|grow|keep)|there\s+are|there['’]re)\s+(?:only\s+)?(?:two|three|four|five|six|seven|eight|\d)\s+(?:kinds|types|sizes|grades|classes|categories|levels|varieties|flavours|flavors|colours|colors)(?:\s+of\s+[\p{L}-]+)?\s*:\s*[^.;!?]+[.!]*$/iu;

/**
 * "Photos only with permission", "first come first served", "Cancel 24h before or you pay
 * anyway", "Quiet after 10pm", "Dogs are welcome on pitches but not in the yurts": a rule said
 * the short way, on what terms something may be, who is served first, what happens otherwise,
 * or where something may be and where not; kept whole.
 */
export const SAID_THE_SHORT_WAY_RULE =
  /^(?:(?:and|so)\s+)?(?:(?!(?:we|i|you|they|he|she|it)\s)(?:the\s+)?(?:(?!(?:is|are|was|were|be|it['’]s|pay|pays|go|goes|get|gets|work|works|run|runs|sell|sells)\b)[\p{L}'’-]+\s+){1,3}only\s+(?:with|after|before|by|on|in|for|at|if|when|from|to|during)\s+[^.;!?,]+|first\s+come,?\s+first\s+serv(?:ed|e)\b[^.;!?]*|(?:quiet|silence|quiet\s+hours|lights\s+out)\s+(?:after|from|by|at)\s+(?:\d|half\s+past|(?:a\s+)?quarter\s+(?:past|to)|midnight|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)[^.;!?]*|(?!(?:we|i|you|they|he|she|it)\s)(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:are|is)\s+(?:welcome|allowed|ok|okay|fine|permitted)\s+[^,.;!?]+?,?\s+but\s+not\s+[^.;!?]+|[^,.;!?]{3,60}\s+or\s+(?:else\s+)?(?:you|they|he|she)\s+(?:pay|lose|forfeit|get\s+charged|are\s+charged|go\s+to\s+the\s+back|can['’]?t|cannot|won['’]?t)\b[^.;!?]*)[.!]?$/iu;

/** "18 n over only", "18+ only", "over 18s only": who may, by age, said alone. */
export const AGE_ONLY_RULE =
  /^(?:(?:\d{1,2}|eighteen|sixteen|twenty-one)\s*(?:\+|(?:and|n|&)\s+(?:over|up|older|above))|(?:over|under)\s+\d{1,2}s?)(?:\s+only)?[.!]*$/iu;

/** "Friday is closed", "Sundays we're closed", "closed on Mondays", "We're shut on Mondays": the days the place is shut, a rule. */
export const CLOSED_DAYS_RULE =
  /^(?:and\s+)?(?:(?:on\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|public\s+holidays|holidays)\s+(?:is|are|we['’]re|we\s+are)\s+(?:closed|shut)|(?:we['’]re\s+|we\s+are\s+|(?:the\s+)?[\p{L}-]+(?:['’]s|\s+is)\s+)?(?:closed|shut)\s+(?:on\s+)?(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|public\s+holidays))\b/iu;

/**
 * "No outside food or drinks", "no outside caterers": what visitors may not bring in, a house
 * rule of the place, where nothing of the software is turned down.
 */
export const NOTHING_FROM_OUTSIDE_RULE =
  /^(?:(?:and|also)\s+)?no\s+outside\s+(?:food|drinks?|alcohol|booze|caterers?|catering|cakes?|snacks|music|djs?|decorations?)\b/iu;

/** "Kids from 5 to 15": who or what counts, said as a range alone. */
export const RANGE_ALONE_RULE =
  /^(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:from\s+|aged\s+|ages\s+)?\d+\s*(?:to|-|–)\s*\d+(?:\s+(?:years?(?:\s+old)?|yrs?))?\s*[.!]?$/iu;

/**
 * "The season is from October to April", "Orders run from the 1st of August to the 30th of
 * November": the months something is open, a rule of when.
 */
const MONTH = String.raw`(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?`;
export const MONTHS_RULE = new RegExp(
  String.raw`^(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:is|are|runs?|goes|go|lasts?|opens?|is\s+open|are\s+open)\s+(?:from\s+)?${MONTH}\s+(?:to|till|until|through|-|–)\s+${MONTH}\b`,
  "iu",
);

/**
 * "We do polo days from October to April, Tuesday to Sunday, never on a Monday": what the
 * business offers and the months it offers it, with the days that follow, a rule of when kept whole.
 */
export const SEASON_OFFERED_RULE = new RegExp(
  String.raw`^(?:(?:and|so)\s+)?(?:we|wi|i)\s+(?:do|run|hold|offer|sell|make|have)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:from\s+)?${MONTH}\s+(?:to|till|until|through|-|–)\s+${MONTH}\b`,
  "iu",
);

/** "We're on Saturdays, 9 to 12:30, school terms only", "open every day from 11 in the morning till midnight": the days and the hours, a rule of when. */
export const DAYS_AND_HOURS_RULE =
  /\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|weekdays?|every\s+day|daily)\b[^.;!?]*?\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)?\s*(?:to|-|–|till|until|til)\s*(?:\d{1,2}(?:[:.]\d\d)?|midnight|noon|midday)/iu;

/**
 * "We open Tuesday to Sunday", Bocas Creole "Wi bake Monday to Saturday", "We're open Wednesday
 * to Sunday": the days the business works, from one day to another, a rule of its week.
 */
export const DAYS_OPEN_RULE =
  /^(?:(?:and|so)\s+)?(?:we|wi|i|mi|the\s+[\p{L}-]+)(?:\s+(?:are|is)|['’](?:re|s))?\s+(?:open|opens|bake|bakes|work|works|trade|trades|run|runs|sell|sells|fish|cook|cooks)\s+(?:from\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:to|till|until|through|thru|-|–)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/iu;

/** "At the end of the season the boat with the most points in every class is the champion": who wins, a rule. */
export const WINNER_RULE =
  /\b(?:most|highest|lowest|fewest|least|best|fastest|biggest|heaviest|longest)\b[^.;!?]*\b(?:is|are|wins?|becomes?)\s+(?:the\s+)?(?:overall\s+)?(?:champions?|winners?)\b/iu;

/** "A class is the big boats, 26 feet and up", "riders 16 years and over": a measure and all past it, a rule of who or what counts. */
export const MEASURE_AND_UP_RULE =
  /\b\d+(?:[.,]\d+)?\s*(?:feet|foot|ft|metres?|meters?|m|kg|kilos?|kilograms?|grams?|g|lbs?|pounds?|years?(?:\s+old)?|yrs?|inches|cm|mm|km|miles?|knots?|litres?|liters?|tons?|tonnes?|hands)\s+(?:and|or)\s+(?:up|upwards?|over|above|more|older|under|below|less|younger)\b/iu;

/** "Saturday there is no delivery", "There's no pickup after 6": a "no" said for a day or a time is a rule too. */
const DAY = String.raw`(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|(?:public\s+)?holidays?)`;
export const NO_ON_A_DAY_RULE = new RegExp(
  String.raw`^(?:(?:on\s+)?${DAY}\s*,?\s+there(?:['’]s|\s+is|\s+are|\s+will\s+be)\s+no\s+\p{L}|there(?:['’]s|\s+is|\s+are|\s+will\s+be)\s+no\s+[^,]{2,60}?\s(?:on|after|before|during|until|till)\s)`,
  "iu",
);

/**
 * "Kraut that's a year old don't go out", "eggs older than 2 weeks never get sold": a thing
 * past an age, and what is not done with it, a rule of the thing.
 */
export const PAST_AN_AGE_RULE =
  /^(?:and\s+)?(?:any\s+|the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:that['’]s|that\s+is|that\s+are|which\s+is|older\s+than|younger\s+than|over|under)\s+(?:a|an|one|\d+(?:[.,]\d+)?)\s+(?:days?|weeks?|months?|years?)(?:\s+old)?\s+(?:don['’]?t|doesn['’]?t|never|won['’]?t|can['’]?t|cannot|isn['’]?t|ain['’]?t|is\s+not|does\s+not|do\s+not)\s+\p{L}/iu;

/**
 * "The first digit is the century: 2 means born between 1900 and 1999, 3 means …": what a
 * thing is, then what each of its values means, one rule kept whole.
 */
export const VALUES_EXPLAINED =
  /^(?:the\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,3}\s+(?:is|are)\s+(?:the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?:\s*[\p{L}\p{N}]{1,4}\s+means?\b/iu;

/** "heats of 6 goats", "teams of 8 for ₹200": how many make up each group, a rule of the groups. */
export const GROUPS_OF_RULE = /^(?:(?:in|into)\s+)?[\p{L}'’-]+s\s+of\s+\d+(?:\s+[\p{L}'’-]+)?(?![\p{L}])/iu;

/**
 * "End of the year, April to April, what I took in, for me tax return", "Every Friday, the
 * takings": what is wanted at a time, said after the time, a report kept whole.
 */
export const WANTED_AT_A_TIME_RULE =
  /^(?:(?:at\s+the\s+)?end\s+of\s+(?:the|every|each)\s+(?:year|month|week|day|season|term|night|shift|quarter)|every\s+(?:year|month|week|day|night|season|term|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*,\s*\S/iu;

/** "The ones with no electricity and no gas go first": who is served first, a rule of the order. */
export const FIRST_IN_LINE_RULE =
  /^(?:and\s+)?(?!(?:we|i|you|they|he|she|it)\s)(?:the\s+)?[\p{L}'’-]+(?:\s+[^,.;!?]{1,60}?)?\s+(?:go|goes|come|comes|get\s+served|gets\s+served|are\s+served|is\s+served|get\s+done|gets\s+done|are\s+done)\s+first\b/iu;

/**
 * "They need a driver's license and the chapter's insurance form signed before they haul":
 * what someone must have before they do something, a rule kept whole.
 */
export const NEEDED_BEFORE_RULE =
  /^(?:and\s+)?(?:they|he|she|(?:each|every|the)\s+[\p{L}'’-]+|[\p{L}'’-]+s)\s+(?:need|needs|must\s+have|has\s+to\s+have|have\s+to\s+have|got\s+to\s+have)\s+[^.;!?]{3,120}?\s+before\s+(?:they|he|she|it|we)\s+[\p{L}'’-]+/iu;
