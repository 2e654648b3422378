import { singularize, verbBase } from "../language/inflection.js";
import { COMMON_FIELD, MEASURE_WORD, STOP_WORDS, TAKES_NO_VALUES } from "../language/lexicon.js";
import { createMemo } from "../language/memo.js";
import { isAppWord, isPerson } from "../language/noun-kinds.js";
import { escapeRegExp } from "../language/regexp.js";
import { tagWords } from "../language/tagger.js";
import { punctuateDictation } from "./dictation.js";
import {
  doneAlone,
  fieldLists,
  isValueChoice,
  LAST_DONE_IN_A_LIST,
  namedAsColumn,
  WISH_BEFORE_COLON_ELSEWHERE,
  withoutFields,
} from "./fields.js";
import { isEnglish } from "./language.js";
import { listedPlainly, plainRecordPhrasing } from "./record-phrasing.js";
import { recordsByShape, withoutWhoseAndWhen } from "./records-by-shape.js";
import { asWrittenEnglish, saysSpokenOnlyWords, TAG_WORDS } from "./spoken-english.js";

/**
 * The things a person said the software keeps, read from how people list them:
 * "Jobs (customer, address, problem)", "Vans: name, driver", "a customer has a name and
 * a phone", "Recipes with ingredients and steps". Their words are kept as they wrote
 * them; only the plural is taken off to compare one mention with another.
 */
export interface SaidThing {
  /** As written, lower case, without an article: "jobs", "meal plans", "hábitos". */
  said: string;
  /** Singular, to match mentions: "job", "meal plan", "hábito". */
  key: string;
  fields: SaidField[];
  /** Keys it had before the person renamed it, so what they said of it under that name still counts: "consignment". */
  formerKeys?: string[];
}

export interface SaidField {
  /** As written, lower case, without an article: "problem", "plumber", "how many orders fit". */
  said: string;
  /** Set when the field names another thing or a person: "which plumber drives it" → "plumber". */
  refersTo: string | null;
  /** Set when the person said it takes a yes or a no: "dangerous goods yes or no", "urgent or not", "Y/N". */
  yesOrNo?: boolean;
}

/** Words in front of a thing's name that are no part of it ("The main things are the horses (…)", "The important stuff is …"). */
const LEADING =
  /^(?:(?:the\s+)?(?:main\s+|big\s+|important\s+)?(?:things|records|lists|stuff)\s+(?:are|is|would\s+be|will\s+be)\s+|to\s+(?=(?:track|keep|store|manage|list|log|record|save)\s)|(?:and|or|also|plus|then|per|y|o|also|we|i|they|need|needs|want|track|keep|store|manage|list|log|record|save|have|has|of|the|a|an|each|every|all|our|my|their|los|las|el|la|els|les|un|una|unos|unas|cada|kada|de|e|le|gli|il|lo|ij|nā|te\s+mau|deng|ding|dagiti|mga|et|und|pis|puis|we['’]ve\s+got|i['’]ve\s+got|we\s+got|there['’]s|there\s+are|got)\s+)+/iu;

/** Names before a colon that introduce no thing: "Note: …", "Tech: …". */
const NOT_A_THING_NAME =
  /^(?:(?:the\s+)?(?:things|stuff|records|data)\s+(?:to\s+keep|we\s+keep|i\s+keep|we\s+need|i\s+need)(?:\s+track\s+of)?|note|notes|example|examples|e\.?g|tech|technology|stack|features?|also|things|ps|update|edit|change|answer|no|yes|out of scope|important|goal|goals|idea|problem|context|background|why|who|what|how|users?|nota|ejemplo|remove|delete|drop|add|rename|change|feature|a ideia é|a ideia|ideia|the idea is|the idea|la idea es|la idea|more stories|user stories|scenarios|requirements)$/iu;

/** A unit, a way to pay, or what was done to a thing ("paid", "shipped"): a field, whatever else is read. */
const FIELD_LEFT_OVER =
  /^(?:paid|unpaid|ready|done|sold|kg|kgs|kilos?|grams?|pounds?|lbs?|litres?|liters?|tonnes?|tons?|cash|card|cheque|money|mobile money|\p{L}{3,}(?<!e)ed)$/iu;

/** Words that name no particular thing, even in a list. */
const VAGUE_NAMES = new Set(
  "thing things stuff data info information everything anything something more others other etc item items one ones".split(
    " ",
  ),
);

/** Words for what a thing holds, which name no thing of their own said without fields. */
const ATTRIBUTE_WORDS = new Set(
  "date time name rate fee price cost size number length interval amount total count status type kind method colour color weight height age phone email address note comment reason level grade value percentage duration distance speed temperature quantity timeout time-out out year month week day season".split(
    " ",
  ),
);

/** Words that carry the talk, not its content: "Well, …", "…, obviously:". */
const DISCOURSE_WORDS = `well|so|ok|okay|right|oh|um|uh|${TAG_WORDS}|anyway|basically|obviously|of course|naturally|honestly|really|then|first|also|sure|yes|yeah|mind|[\\p{L}\\p{M}]+ly`;
const DISCOURSE = new RegExp(`^(?:${DISCOURSE_WORDS})$`, "iu");
const COMES_IN_KINDS =
  /\b(?:comes?|available)\s+in\s+(?:two|three|four|five|several|many|different|various|\d+)\s+(kinds?|types?|sizes?|versions?|flavou?rs?|colou?rs?|grades?|finishes)(?:\s*,\s*[^,.;:!?\n]+?(?:\s+(?:and|or)\s+[^,.;:!?\n]+?)?)?(?:(\s*,\s*each\s+with\s+)|(?=\s*[.;!?\n]|\s*$))/gi;
const VALUES_CLAUSE = /,?\s*(?:which|that)\s+(?:is|are|can be)\s+(?:one of|either)\s+[^.;!?\n]+/gi;
/** One value a field takes: a word or three ("Yanover", "in the workshop", "$90"). */
const VALUE = String.raw`[\p{L}\p{M}\d$€£'’-]+(?:\s+[\p{L}\p{M}\d$€£'’-]+){0,2}`;
/**
 * A field said with whose it is: "the grade", "the status of an order", "an order's status", or a
 * bare "Status can be …" ("the day it is wanted, and paid or not" is two fields: no "it" names one).
 */
const FIELD_OF_A_THING = String.raw`(?:the\s+[\p{L}\p{M}-]+(?:\s+(?!(?:it|they|he|she|we|i|you)\s)[\p{L}\p{M}-]+)?(?:\s+of\s+(?:a|an|the|each|every|one)\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)?|(?:a|an|the|each|every)\s+[\p{L}\p{M}-]+['’]s\s+[\p{L}\p{M}-]+|(?:status|state|stage|type|kind|category|priority|level|grade|size|colou?r)(?=\s+can\s+be\s))`;
/**
 * "The kind is Yanover, Moroccan or Israeli, and the grade is A, B or mehudar", "The status
 * of an order is new, deposit paid or shipped": the values one field takes, offered with
 * "or"; no thing is named there.
 */
const FIELD_TAKES_VALUES = new RegExp(
  String.raw`(^|[.;!?\n]\s*|,\s*(?:and\s+)?)${FIELD_OF_A_THING}\s+(?:is|are|can be)\s+(?:either\s+)?${VALUE}(?:\s*,\s*${VALUE})*,?\s+or\s+${VALUE}(?=\s*(?:[.;!?\n]|,\s*and\s|$))`,
  "giu",
);

/** "I've about sixty", "we have loads": the speaker, saying how many they have. */
const ABOUT_THE_SPEAKER =
  /^(?:(?:i|we)(?:'ve|\s+have)(?:\s+got)?|there(?:'s|\s+are))\s+(?:about|around|over|roughly|nearly|some|loads|lots|a few|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|a hundred)\b/i;
/** "Mouldings first": a word that orders the answer, no part of the name. */
const ORDERING_WORD = /\s+(?:first|next|then|too|also|last(?:ly)?)$/i;

/**
 * Lines, sentences, and a colon list that starts after a comma ("Jobs (…), vans: name,
 * driver"), unless the words before its colon only carry the talk ("Well, patients,
 * obviously: …").
 */
const LINES_AND_COLON_LISTS = new RegExp(
  `\\n|(?<=[.!?])\\s+|;\\s*(?=[\\p{L}\\p{M}][\\p{L}\\p{M}' -]{0,30}?\\s[-–—]\\s)|[,;]\\s*(?:(?:and|pis|et|y|e|und|en)\\s+)?(?=[\\p{L}\\p{M}][\\p{L}\\p{M}' -]{0,30}:\\s)(?!(?:${DISCOURSE_WORDS})\\s*:)(?!(?:i|we|i've|we've|i'm|we're|there's|there are)\\b)(?![^:,\\n]*\\s(?:and|και|og|och|und|et|y|e|a|и|і|ve|ja)\\s[^:,\\n]*:)`,
  "iu",
);

/** Pronouns and the like that start no field: "(we have 4 vans)" is an aside. */
const ASIDE =
  // (Tahitian "i'oa", a name, is a field: "i" is the speaker only alone or as in "I'm", "I've".)
  /^(?:we|i(?!['’](?!(?:m|ve|d|ll)\b))|it|they|he|she|you|this|that|which(?=\s*,)|there|e\.?g\.?|for example|like|such as|about|around|maybe|optional|to be fair|frankly|honestly|admittedly|nosotros|yo)\b/iu;

/**
 * Between fields; "plus one" is a field, so "plus" joins nothing. The short words of
 * other languages ("y", "e", "und") join only between spaces: "E-Mail" is one field.
 */
const JOINER =
  /\s*,\s*(?:and|or|y|und|ond|et|e|och|og|i|és|și|pis|और)\s+|\s*(?:[,;/]|&)\s*|\s+(?:and|or|y|o|e|und|ond|oder|et|ou|en|och|og|eller|i|oraz|lub|ve|veya|pis|και|ή|та|і|й|и|और|तथा|या)\s+/iu;

const MAX_FIELD_WORDS = 5;

/** Fields that say when: their values are times, days or dates. */
const WHEN_FIELD = /^(?:time|date|day|hour|slot|week|month)$/iu;

/** "morning or afternoon", "Saturday or Sunday", "am or pm": values a field of when takes. */
const TIME_VALUES =
  /^(?:\d|morning|afternoon|evening|night|noon|midday|lunch|early|late|am|pm|a\.m|p\.m|day|weekday|weekend|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|first|second|last|next|this)/iu;

/** An article before a field, in the languages people write in most: "a name", "ett foto", "een datum". */
const ARTICLE =
  // (Hausa "an kai ko ba a kai ba", delivered or not: "an" there says it was done, no article;
  // Neapolitan writes its articles with an apostrophe first, "'o cliente", "'a data", and
  // Swabian "'s Datum" and "d'Partei"; Kölsch "ene Name", "et Kostüm", "d'r Kunde".)
  /^(?:['’][oaeis]\s+|d['’]r\s+|d['’](?=\p{Lu})|(?:ene|et|a|an(?!\s+\S+\s+ko\s+ba\s)|one|the|any|some|its|their|his|her|our|my|your|un|una|el|la|los|las|els|su|sus|une|le|les|des|du|ein|eine|einen|einem|einer|der|die|das|den|dem|il|lo|gli|um|uma|o|os|en|ett|een|het|de|bir|ol|τον|την|το|τα|τους|τις|η|ο|οι)\s+|l['’])/iu;

/** A relative clause after a field, in other languages: "l'operari que la té assignada" is the operari. */
const FIELD_CLAUSE_ELSEWHERE =
  /\s+(?:que|qui|che|som|koji|koja|koje|yang|joka|jonka|który|która|které)\s+.*$/iu;

/** "which plumber", and the same word in other languages: "vilken lägenhet", "welke groep", "który regał". */
const WHICH =
  "which|कौन\\s+सा|कौन\\s+सी|कौनसा|what|whichever|vilken|vilket|vilka|hvilken|hvilket|welke|welk|welcher|welche|welches|który|która|które|quale|quali|qual|quel|quelle|cuál|cuáles|hangi";

/**
 * The verbs that say a thing has fields, in other languages than English: "Felanmälningar
 * har en beskrivning", "cada hábito tiene un nombre", "Een groep heeft een naam", Low German
 * "Jeder Rieder hett en Naam", Lombard "Ogni cliènt al gh'à ol nòm …". (Piedmontese "Un órdin a
 * l'é d'un client sol" says what it is.)
 */
const HAS_ELSEWHERE =
  "(?:o|a|e|i)\\s+l['’](?:à|an)|(?:al|la|i|el|a)\\s+gh['’](?:à|ha|an)|tiene|tienen|tien|tene|teneno|har|heeft|hebben|hat|haben|hett|hebbt|hot|hod|hät|ha|hanno|tem|têm|ma|mają|ont|a(?=\\s+(?:(?:une?|des|le|la|les)(?![\\p{L}\\p{M}])|l['’](?![éèe](?![\\p{L}\\p{M}]))))|tenen|té|ima|imaju|punya|memiliki|mempunyai|έχουν|έχει|мають|має|имеют|имеет|имаат|се\\s+со|am\\s+na";

/** A time of the day, the week or the year, in the languages of Europe: "matina", "mañana", "soir", "Woche". */
const TIME_ELSEWHERE =
  /^(?:matina|mattina|mattino|sera|serata|giorno|zorno|notte|note|settimana|setimana|mese|anno|mañana|tarde|noche|día|dia|semana|mes|año|ano|manhã|noite|matin|soir|jour|nuit|semaine|mois|année|morgen|abend|tag|nacht|woche|monat|jahr)$/iu;

/** "picks a service", "выбирает услугу", "elige un servicio": what someone chooses, right before brackets of what they choose from. */
const CHOSEN_BEFORE_BRACKETS =
  /(?<![\p{L}\p{M}])(?:picks?|chooses?|selects?|выбирает|выбирают|выбрать|выберите|обирає|обирають|elige|eligen|escoge|escogen|selecciona|choisit|choisissent|wählt|wählen|sceglie|scelgono|escolhe|escolhem|kiest|kiezen|väljer|wybiera|wybierają)\s+(?:(?:a|an|the|their|his|her|un|una|el|la|le|les|une|einen|eine|den|die|das|il|lo|o|os|as|een|de|het)\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s*$/iu;

/** "has", "have", "with", "имаат", "tiene": a clause that lists fields, in which brackets say something of a field. */
const HAS_BEFORE_BRACKETS = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:has|have|holds|with|${HAS_ELSEWHERE})\\s`,
  "iu",
);

/**
 * "Turer hører til en båt og har dato …": a thing that belongs to another, then has its
 * fields, in other languages than English. What it belongs to is its first field.
 */
const BELONGS_ELSEWHERE =
  "a\\s+l['’]é\\s+d['’](?:un|na)|hører\\s+til|tilhører|hör\\s+till|tillhör|hoort\\s+bij|horen\\s+bij|gehört\\s+zu|gehören\\s+zu|ghört\\s+zu|ghöred\\s+zu|è\\s+pi|esti\\s+pi|appartient\\s+à|pertenece\\s+a|pertany\\s+a|appartiene\\s+a|pertence\\s+a|należy\\s+do|patří\\s+k|ανήκουν\\s+σε|ανήκει\\s+σε|належать\\s+до|належить\\s+до";

/** What ends a list of fields in other languages: ", så vi ser …", ", para que …": a clause of its own. */
const CLAUSE_AFTER_FIELDS =
  /,\s*(?:så|so|sodass|damit|para|pour|perché|per|zodat|om|żeby|aby|hogy|jotta|sehingga|agar|da\s+bi|perquè)\s.*$/iu;

/**
 * What may come before the thing that has fields, which opens its sentence: "and",
 * "each", an article. "Vi vill inte ha något forum" and "wat het gegeten heeft" name
 * no thing: nothing but these words may stand before it.
 */
const OPENING_ELSEWHERE =
  "(?:(?:y|e|en|och|og|i|und|ond|un|et|ve|pis|και)\\s+)?(?:(?:cada|kada|elke|ieder|iedere|varje|hver|każdy|każda|każde|her|jeder|jede|jedes|ogni|ògni|ogne|chaque|todo|toda|svaki|svaka|setiap)\\s+)?(?:(?:el|la|los|las|un|una|une|de|het|een|en|ett|der|die|das|ein|eine|il|lo|le|les|els|o|a|os|as|τα|οι|η|ο|το)\\s+|l')?";

/**
 * A "no" among the words before a verb of having: "W piwnicy nie ma zasięgu" has nothing, and
 * Hausa "Ba ma sayar da …" (we do not sell …) has no Polish "ma" (has) in it.
 */
const NEGATED_NAME = /(?:^|\s)(?:nie|inte|ikke|niet|nicht|kein|no|non|não|ne|pas|ba)(?:\s|$)/iu;

/** Who acts, in the languages people write in most: an item opening on one is a sentence. */
const SUBJECT_PRONOUN =
  /^(?:(?:i|we|they|you|he|she|wir|ich|sie|er|nous|je|ils|elles|on|noi|io|loro|nós|eu|eles|elas|nosotros|nosotras|yo|ellos|ellas)\s+\S|(?:i|we|they|you|he|she)['’](?:ll|d|ve|m|re)\s+\S)/iu;

/** A name right after a preposition: "… for every parcel", "… in the van". */
const AFTER_PREPOSITION =
  /(?<![\p{L}\p{M}])(?:for|of|in|on|at|to|from|by|per|about|into|onto|за|на|во|со|од|по|при|для|в|у|к|с|от|до)\s+(?:(?:a|an|the|each|every|all|their|our|my|its|секој|секоја|секое|сите|секого|каждый|каждого|каждой|кожен|кожного|кожної|всеки|всяка|всяко)\s+)?[\p{L}\p{M}-]+\s*$/iu;

/** "Then month end", "At the end of the day": a time before a colon. */
const REPORT_TIME =
  /^\s*(?:(?:then|and|at|by)\s+)*(?:the\s+)?(?:(?:month|year|week|day|quarter|season|term)[- ]?ends?|end\s+of\s+(?:the\s+|each\s+|every\s+)?(?:month|year|week|day|quarter|season|term))\s*$/iu;

/** "a run of", "a list of": words before the name of many things. */
const MANY_OF_LEAD =
  /^\s*(?:(?:a|an|the)\s+)?(?:run|list|set|series|collection|group|bunch|lot|lots|range|couple|few)\s+of\s+/i;
const MAX_NAME_WORDS = 3;

/**
 * Every thing a text lists with its fields. `listed` marks an answer to "what does it
 * keep track of?", where a name alone ("weekly meal plans") is a thing too.
 */
export function readThings(text: string, options: { listed: boolean }): SaidThing[] {
  // Each turn replays every answer: the same texts are read for their things again and again.
  // Callers get their own copy of what is remembered, to change as they like.
  return structuredClone(
    thingsRead.get(`${options.listed}\u0000${text}`, () => readThingsAndRest(text, options).things),
  );
}

const NUMBER_WORD = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)`;

/**
 * "… would have ten or twelve bookings", "… gets two to three visits": a count given as two
 * numbers after a verb of having (in a list of fields, "10-12 places" is a field).
 */
const COUNT_SAID_TWO_WAYS = new RegExp(
  String.raw`(?<=\b(?:has|have|had|gets?|does|do|takes?|sees?)\s+(?:about\s+|maybe\s+|around\s+)?)${NUMBER_WORD}\s*(?:or|to|-|–)\s*${NUMBER_WORD}\s+(?=[\p{L}-]+s\b(?!\s+(?:of|old|long|wide|high)\b))`,
  "giu",
);

/** The things of the texts read lately, by whether they were listed and the text. */
const thingsRead = createMemo<SaidThing[]>(2000);

/**
 * An answer about what to keep without the lines that were read as things and their
 * fields ("Each booking needs the person, the car, …", "put the end mileage on the
 * booking"), where only what people do is left to read.
 */
export function withoutRecordLines(text: string): string {
  // Lines read are left as commas inside; here they go, so the next sentence starts clean.
  return (
    readThingsAndRest(text, { listed: true })
      // "1. ළමයි (නම, …)" on a line of its own leaves its name and a comma: the line was a record.
      .rest.replace(/^[^\S\n]*(?:[-*•]|\d+[.)])?[^\S\n]*[^,.;:!?\n]{1,40}?[^\S\n]*,[^\S\n]*$/gmu, "")
      // "I spittaculi (…). I prenotazioni (…).": records told one after another in sentences leave
      // a name and a comma each, a sentence that was a record.
      .replace(/(?<=^|[.!?]\s+)[^,.;:!?\n]{1,40}?[^\S\n]*,[^\S\n]*[.!?;](?:\s+|$)/gu, "")
      .replace(/(^|[.!?\n])(?:\s*,)+\s*/g, "$1 ")
      .trim()
  );
}

function readThingsAndRest(
  text: string,
  options: { listed: boolean },
): { things: SaidThing[]; rest: string } {
  const things: SaidThing[] = [];
  // The English tagger reads no other language: "kontroly teploty" keeps both its words.
  // ("Fi every dancer mi need name, age …" is English once its small words are written.)
  const ascii = !/[^\p{ASCII}]/u.test(text);
  const english =
    isEnglish(text, ascii) ||
    (ascii && saysSpokenOnlyWords(text) && isEnglish(asWrittenEnglish(text), false));
  // Said aloud without stops, the stops that part records and fields are put back first.
  if (english)
    text = punctuateDictation(asWrittenEnglish(text))
      // "Glass comes in two kinds, standard and anti-reflective, each with a price": a kind and its values, no things.
      .replace(
        COMES_IN_KINDS,
        (_whole, kind: string, each?: string) =>
          `has a ${singularize(kind.toLowerCase())}${each ? " and " : ""}`,
      )
      // "a status, which is one of waiting, in the workshop, ready or collected": the values a field takes.
      .replace(VALUES_CLAUSE, "")
      .replace(FIELD_TAKES_VALUES, "$1")
      // "We call them all outfits, the dresses and the suits together": what the person calls
      // things names them; the things are read where they are said to hold something.
      .replace(
        /(^|[.;!?\n]\s*)(?:so\s+)?(?:we|i)\s+call\s+(?:them|those|these|it)\s+(?:all\s+|both\s+)?[\p{L}\p{M}-]+,[^.;!?\n]*[.;!?]?/giu,
        "$1",
      )
      // "One order's for one customer": "'s" is "is" before what it is for.
      .replace(/(?<=\p{L})['’]s\s+(?=for\s+(?:one|a|an|each|every|just\s+one|only\s+one)\s)/giu, " is ")
      // "every driver is having one route": has.
      .replace(/\b(is|are)\s+having\b/gi, (_whole, be: string) =>
        be.toLowerCase() === "is" ? "has" : "have",
      )
      // "a room would have ten or twelve bookings in a day": a count said two ways is many.
      .replace(COUNT_SAID_TWO_WAYS, "many ")
      // "(picker, date, sticker no, export or local)": "no" after a word of a list is its number.
      .replace(/(?<=[,(:]\s*(?!(?:yes|or|and|y)\s)[\p{L}-]{2,})\s+no\.?(?=\s*[,)])/giu, " number");
  text = withoutBracketsInBrackets(plainRecordPhrasing(options.listed ? listedPlainly(text) : text))
    // Hawaiian "Hoʻokahi mea kūʻai o kēlā me kēia kauoha, a he nui nā kauoha o kekahi mea kūʻai"
    // (one customer to each order, and many orders to a customer): how the things hang together,
    // which the fields already say; no thing of its own, and nothing anyone does.
    .replace(HAWAIIAN_RELATION, "")
    .replace(SHONA_RELATION, "");
  let rest = text;
  // "Jobs (customer, address, problem)": the words in brackets are what a job holds.
  for (const match of text.matchAll(/([^()\n]*?)\s*\(([^()\n]+)\)/gu)) {
    // "a status update for every parcel (picked up, in the van, delivered)": in prose, the
    // brackets after a place or a target give examples of the clause, not a thing's fields.
    if (!options.listed && AFTER_PREPOSITION.test(match[1]!)) continue;
    // "anything under $25 (polish change, eyebrow wax) is half a turn": examples of whatever a
    // rule covers name no thing.
    if (
      /(?:^|[\s,.;:!?])(?:anything|everything|something|nothing|whatever)\b[^().;:!?\n]*$/iu.test(match[1]!)
    )
      continue;
    // "basic (steam, scrub, bath) 20 jd": in prose, what an offer holds, before its price, is
    // no thing's fields.
    if (
      !options.listed &&
      /^\s*(?:[$£€¥₹₦]\s?\d|\d)/u.test(text.slice((match.index ?? 0) + match[0].length))
    ) {
      rest = rest.replace(` (${match[2]!})`, "").replace(`(${match[2]!})`, "");
      continue;
    }
    // "a status (fine or forbidden)", "the outcome (booked, left a message, or moved away)":
    // the values a field takes, not a thing with fields.
    const inBrackets = match[2]!.trim();
    // "Every coach has a name (Coach A and Coach B, nothing fancy), …": brackets inside a list
    // of fields say something of the field before them, never name a thing.
    const clauseBefore = match[1]!.split(/[.;!?\n]/).pop() ?? "";
    // "- Animals - number, kind (sloth, anteater, …), name, …, cause (road, dog, …)": the same in
    // a record listed after a dash, once one field at least is read before the brackets.
    const recordLineBefore =
      text
        .slice(0, (match.index ?? 0) + match[1]!.length)
        .split("\n")
        .pop() ?? "";
    const dashRecordBefore = /^\s*(?:[-*•]\s*)?[\p{L}\p{M}'’ ]{2,40}?\s+[-–—]\s+[^()]*,\s*[^,()]*$/u.test(
      recordLineBefore.replace(/\([^()]*\)/gu, ""),
    );
    // "AJK buka tuntutan: nama si mati, tarikh meninggal, kos urusan jenazah (kain kafan, …)": in
    // prose, brackets after an item of a list opened by a colon say what that item covers.
    // (Arabic writes its comma "،".)
    const colonListBefore = !options.listed && /:\s*[^:]*[,،][^,،:]*$/u.test(clauseBefore);
    // "Клиент … выбирает услугу (переобувка, ремонт прокола, балансировка)", "picks a service
    // (wash, cut or colour)": in prose, brackets after what someone chooses are what they choose from.
    const chosenFrom = !options.listed && CHOSEN_BEFORE_BRACKETS.test(clauseBefore);
    if (
      (HAS_BEFORE_BRACKETS.test(clauseBefore) && !/:/.test(clauseBefore)) ||
      dashRecordBefore ||
      colonListBefore ||
      chosenFrom
    ) {
      rest = rest.replace(` (${match[2]!})`, "").replace(`(${match[2]!})`, "");
      continue;
    }
    // "14 machines (laser cutter, two lathes, CNC router, bandsaw...)": examples of the thing, no fields.
    // "A taxa de uso (R$ 150 o salão, R$ 80 a churrasqueira)": amounts and prices are values, not fields.
    // "the noble ones (Borogu, Melomelo, Palarasul)": in prose, names with their capitals are examples.
    // "nomme (comme Benino, 'a lavannara o …)": brackets opened by "like", in any language, give examples.
    const examples =
      /(?:\.\.\.|…|\betc\.?|\band so on)\s*$/i.test(inBrackets) ||
      /^\s*(?:like|such\s+as|e\.g\.?|eg|for\s+(?:example|instance)|comme|come|como|wie|zoals|tipo|ad\s+esempio|per\s+esempio|por\s+ejemplo|par\s+exemple|bijvoorbeeld|zum\s+beispiel|z\.\s?b\.)\s/iu.test(
        inBrackets,
      ) ||
      inBrackets.split(",").every((item) => /[$€£¥₺₽]|\d/u.test(item)) ||
      (!options.listed &&
        inBrackets.split(/\s*,\s*|\s+(?:and|or)\s+/).length >= 2 &&
        inBrackets.split(/\s*,\s*|\s+(?:and|or)\s+/).every((item) => /^\s*\p{Lu}/u.test(item)));
    // "presenze (data, bambino, presente o assente)": fields already read on another thing
    // ("turni (data, linea, …)") make a list of fields, whose last one says its two values.
    const knownFields = new Set(things.flatMap((thing) => thing.fields.map((field) => field.said)));
    const fieldsThenValues =
      inBrackets.split(",").length >= 3 &&
      inBrackets
        .split(",")
        .slice(0, -1)
        .some((item) => knownFields.has(item.trim().toLowerCase()));
    // "Loads (date, farm, burnt or not)", "Jars (number, …, shitsugi yes or no)": a list whose
    // last field is a yes or no, not values.
    // ("j'órdin (client, data, pagà sì o nò)": the yes and the no in the person's language.)
    const yesOrNoLast = new RegExp(
      String.raw`,\s*[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s+(?:or\s+not|${YES_OR_NO_ANSWERS})\s*$`,
      "iu",
    ).test(inBrackets);
    // "Customers (name, phone, email, French or English)": fields, the last one said by its two values.
    const items = inBrackets.split(",");
    const choiceLast =
      options.listed &&
      english &&
      items.length >= 3 &&
      looksPlural((match[1]!.trim().split(/\s+/).pop() ?? "").toLowerCase()) &&
      items.slice(0, -1).every(
        (item) =>
          isFieldWord(item.trim().replace(/^(?:a|an|the)\s+/i, "")) ||
          // ("the stalls (who runs it, what they sell, the pitch number, paid or owing)": fields
          // said as questions or with "the" are no values either.)
          // ("where dem deh", where they are, is a field said as a question too.)
          /^(?:the|their|its|who|what|which|where|when|how\s+many|how\s+much|whether|if)\s/i.test(
            item.trim(),
          ),
      );
    if ((isValueChoice(inBrackets) && !fieldsThenValues && !yesOrNoLast && !choiceLast) || examples) {
      rest = rest.replace(` (${match[2]!})`, "").replace(`(${match[2]!})`, "");
      continue;
    }
    const name = nameBefore(match[1]!, true, english);
    const fields =
      choiceLast && isValueChoice(inBrackets)
        ? lastAsOneField(inBrackets, [])
        : fieldItems(
            fieldsThenValues
              ? match[2]!.replace(/[^,]*$/, (last) => last.split(/\s+(?:o|or|ou|oder|of|eller|lub)\s+/iu)[0]!)
              : match[2]!,
          );
    // In prose, brackets of kinds ("timps, double basses, the harp") or of words that describe
    // ("volunteer, unpaid, mildly frazzled") give examples or an aside, not what a thing holds.
    const kinds =
      /(?:^|,\s*)the\s/i.test(inBrackets) || fields?.every((field) => looksPlural(field.said)) === true;
    const aPerson = name !== null && isPerson(singularize(name.split(" ").pop()!));
    if (
      !options.listed &&
      english &&
      fields &&
      (kinds || aPerson || !fields.every((field) => isFieldWord(field.said)))
    ) {
      rest = rest.replace(` (${match[2]!})`, "").replace(`(${match[2]!})`, "");
      continue;
    }
    // "- Phòng: tên phòng, trạng thái (trống, đang hát, đang dọn)": brackets after an item of a
    // colon list give that field's values.
    // "rescues - patrol, time, method (board, tube, irb)", "classes - name (pot leeks, …)": the
    // same after a dash, from the list's first field on.
    // ("…, paid by (cash or transfer), status (new, cooking, …)": the line runs on past earlier brackets.)
    const lineBefore =
      recordLineBefore
        .replace(/\([^()]*\)/gu, "")
        .split(/(?<=[.;!?])\s/)
        .pop() ?? "";
    if (
      options.listed &&
      (/:[^:]*,/.test(lineBefore) ||
        /^\s*(?:[-*•]\s*)?[\p{L}\p{M}][\p{L}\p{M}' ]{0,40}?\s+[-–—]\s+\S/u.test(lineBefore))
    ) {
      rest = rest.replace(` (${match[2]!})`, "").replace(`(${match[2]!})`, "");
      continue;
    }
    // "(the hygienist counts as a dentist for this, …)": an aside, which names nothing kept.
    if (!fields) {
      rest = rest.replace(` (${match[2]!})`, "").replace(`(${match[2]!})`, "");
      continue;
    }
    if (!name || (fields.length === 1 && !looksPlural(name) && !options.listed)) continue;
    add(things, name, fields);
    rest = rest.replace(`(${match[2]!})`, ",");
  }
  // "Jobs (…), vans: name, driver": a colon list may also start after a comma.
  // The thing the last line named, for a line that goes on about it ("For each we need …").
  let lastNamed: string | null = null;
  // Fields put on a thing said with its own list, added once that list is read.
  const putLater: { key: string; fields: SaidField[] }[] = [];
  let ownersSaid: string[] | undefined;
  // "all linked to the baby": a thing every other one points at.
  let linkedToAll: string | null = null;
  for (const line of linesOf(rest)) {
    // The count is matched in lower case; the names after it by their capitals.
    const counted = options.listed
      ? line.replace(/^\s*\p{Lu}/u, (first) => first.toLowerCase()).match(COUNTED_BY_NAME)
      : null;
    const countedName = counted ? nameBefore(counted[1]!, true, english) : null;
    if (countedName) {
      add(things, countedName, []);
      lastNamed = countedName;
      rest = rest.replace(line, ",");
      continue;
    }
    const forEachOne = lastNamed ? line.match(FOR_EACH_ONE) : null;
    const eachOnesFields = forEachOne ? fieldItems(forEachOne[1]!) : null;
    if (lastNamed && eachOnesFields) {
      add(things, lastNamed, eachOnesFields);
      rest = rest.replace(line, ",");
      continue;
    }
    const linked = options.listed ? line.match(ALL_LINKED_TO) : null;
    if (linked) {
      linkedToAll = linked[1]!.toLowerCase();
      rest = rest.replace(line, ",");
      continue;
    }
    const putOn = options.listed ? line.match(PUT_ON_THING) : null;
    const putFields = putOn ? fieldItems(putOn[1]!) : null;
    if (putOn && putFields) {
      ownersSaid ??= fieldLists(rest).map((list) => keyOf(list.owner));
      const key = keyOf(putOn[2]!);
      if (things.some((thing) => thing.key === key) || ownersSaid.includes(key)) {
        putLater.push({ key, fields: putFields });
        rest = rest.replace(line, ",");
        continue;
      }
    }
    lastNamed = null;
    // "Each sitting is one exam in one room, since …": a thing that is one of another, in one of a third.
    const oneOfEach = options.listed ? line.match(ONE_OF_EACH) : null;
    if (oneOfEach) {
      add(things, oneOfEach[1]!.toLowerCase(), [
        { said: oneOfEach[2]!.toLowerCase(), refersTo: singularize(oneOfEach[2]!.toLowerCase()) },
        { said: oneOfEach[3]!.toLowerCase(), refersTo: singularize(oneOfEach[3]!.toLowerCase()) },
        ...fieldsAfterOneOfEach(line.slice((oneOfEach.index ?? 0) + oneOfEach[0].length)),
      ]);
      rest = rest.replace(line, ",");
      continue;
    }
    const record = options.listed ? recordSentence(line) : null;
    if (record) {
      add(things, record.name, record.fields);
      rest = rest.replace(line, ",");
      continue;
    }
    const named = options.listed ? nameThenFields(line) : null;
    if (named) {
      add(things, named.name, named.fields);
      rest = rest.replace(line, ",");
      continue;
    }
    const forEach = line.match(FOR_EACH_WE_KEEP);
    if (forEach) {
      // "For the peelers I buy I keep …": what the person does with them is no part of their name.
      const name = nameBefore(forEach[1]!.replace(/\s+(?:i|we|they)\s+[\p{L}'’-]+$/iu, ""), true, english);
      const fields = fieldItemsUpToTheOdd(forEach[2]!);
      if (name && fields) {
        add(things, name, fields);
        rest = rest.replace(line, ",");
        continue;
      }
    }
    // "Vans: name, driver" on a line or sentence of its own.
    // "clients - name, dob, phone" on a line of its own reads as a colon does.
    // ("The counts at 7: …": when they are done may be said before the colon.)
    let colon = line.match(
      /^\s*(?:[-*•]\s*|\d+[.)]\s*)?([\p{L}\p{M}][\p{L}\p{M}' ,-]{0,40}?(?:\s+at\s+\d{1,2}(?:\s*(?:am|pm))?)?)(?:\s*:\s*|\s+[-–—]\s+)(.+?)[.\s]*$/u,
    );
    // "At home she looks at her chart: twelve 6As …" is a sentence before its colon, no thing.
    // After a dash only a list is fields: "Syncing to my phone — not for now" keeps nothing.
    const afterDash = colon !== null && !line.slice(0, line.lastIndexOf(colon[2]!)).includes(":");
    // "Sheets - name", among records on lines of their own: one field is a list too.
    const oneFieldLine =
      options.listed &&
      /^\s*[\p{L}\p{M}][\p{L}\p{M}' -]{0,40}?\s+[-–—]\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*$/u.test(line) &&
      isFieldWord(colon?.[2] ?? "");
    if (colon && afterDash && !(options.listed && colon[2]!.includes(",")) && !oneFieldLine) colon = null;
    // "A ideia é: o morador escolhe …", "The plan is: …": after a copula, a colon opens a sentence.
    if (
      colon &&
      /(?<![\p{L}\p{M}])(?:is|are|é|são|es|son|est|sont|ist|sind|är|er|jest|je|on)\s*$/iu.test(colon[1]!)
    )
      colon = null;
    // "Then month end: the kilos milled, the money …": a time, and what is wanted then, is a
    // report; its list names no things either.
    if (colon && REPORT_TIME.test(colon[1]!)) {
      rest = rest.replace(line, ",");
      continue;
    }
    // "Every dabba has a code painted on the lid: the pickup station, …": in prose, the parts of
    // what a thing has are no thing of their own.
    if (colon && !options.listed && english) {
      const at = text.indexOf(line);
      const before =
        at > 0
          ? (text
              .slice(Math.max(0, at - 80), at)
              .split(/[.;!?\n]/)
              .pop() ?? "")
          : "";
      // "The kit belongs to the band: the kilt, the jacket, …": whose the things are, and then
      // what they are, name no fields either.
      if (
        /\b(?:has|have|got)\s+(?:a|an|the|its|their)\s|\b(?:belongs?|belonged)\s+to\s+(?:the|our|my|their)\s+[\p{L}\p{M}-]+\s*$/iu.test(
          `${before} ${colon[1]!}`,
        )
      )
        colon = null;
    }
    if (
      colon &&
      !/\b(?:i|we|she|he|they|you)\s+[a-z]+/i.test(colon[1]!) &&
      !WISH_BEFORE_COLON_ELSEWHERE.test(colon[1]!)
    ) {
      // "Each client has many SKUs: …": the SKUs are the thing listed, and each belongs to a client.
      const owned = colon[1]!.match(OWNS_MANY);
      // "Each payment belongs to a visit: amount, …": the payment is the thing, the visit its first field.
      const belongs = owned ? null : colon[1]!.match(BELONGS_BEFORE_COLON);
      const name = nameBefore(
        owned ? owned[2]! : belongs ? belongs[1]! : colon[1]!,
        true,
        english,
        options.listed && !owned && !belongs,
      );
      // "…: each one has a code, a name and a width": the words that open the list are no field.
      const tied = TIED_ONE_BY_ONE.test(colon[2]!);
      const read = fieldItems(
        colon[2]!
          // "Spirals: every machine have many spirals, and every spiral have number, …": the thing
          // that has many of them is a field of each, and the words that open the list are none.
          .replace(
            /^\s*(?:each|every)\s+([\p{L}\p{M}-]+)\s+(?:has|have)\s+(?:many|several|multiple|some|a few|lots of)\s+[\p{L}\p{M}-]+\s*,?\s*(?:and\s+)?/iu,
            "$1, ",
          )
          // "Deliveries: each delivery is to one pub, on a date, by one driver, and has …": the
          // places, times and people it is tied to are its first fields.
          .replace(tied ? TIED_ONE_BY_ONE : /$^/u, (opening: string) =>
            opening.replace(/^.*?\s(?:to|for|at|in|on|from|by)\s+/iu, ""),
          )
          .replace(
            tied
              ? /(^|,\s*)(?:and\s+)?(?:on|by|at|for|to|from|in)\s+(?:(?:a|an|one|the)\s+)?(?=[\p{L}\p{M}])/giu
              : /$^/u,
            "$1",
          )
          .replace(tied ? /,\s*(?:and\s+)?(?:has|have|with)\s+/iu : /$^/u, ", ")
          // "…, and calls at a list of stops, each with a time": what else it does is no field.
          .replace(tied ? /,\s*and\s+[a-z]+s\s+(?:at|to|on|in|through)\s+.*$/iu : /$^/u, "")
          // "Repairs: each repair is one item taken by one fixer, with …", "Entries: each entry is one
          // dog in one class, and gets its placing": what each is one of are its first fields.
          .replace(
            /^\s*(?:each|every)\s+[\p{L}\p{M}-]+\s+is\s+(?:one|a|an)\s+([\p{L}\p{M}-]+)(?:\s+[a-z]+(?:ed|en))?\s+(?:in|at|on|for|with|by)\s+(?:one|a|an)\s+([\p{L}\p{M}-]+)\s*,?\s*(?:and\s+)?(?:(?:with|has|gets)\s+)?/iu,
            "$1, $2, ",
          )
          // "Allocations: which vehicle is on which trip on a date": the vehicle, the trip, the date.
          .replace(
            /^\s*which\s+([\p{L}\p{M}-]+)\s+(?:is|are|goes|works)\s+(?:on|in|at|for|with)\s+which\s+([\p{L}\p{M}-]+)(?:\s+(?:on|at|in|for)\s+(?:a|an|the|which)\s+([\p{L}\p{M}-]+))?[.!]*\s*$/iu,
            (_whole, one: string, other: string, when?: string) =>
              [one, other, when].filter(Boolean).join(", "),
          )
          // "Syllabus items: each one belongs to a belt, with a name and a type", "Tests: each test is
          // for one pool, with …": what it belongs to is its first field.
          .replace(
            /^\s*(?:each|every)(?:\s+one|\s+[\p{L}\p{M}-]+)?\s+(?:belongs?\s+to|is\s+(?:for|at|in|on|from))\s+(?:(?:a|an|the|one)\s+)?([\p{L}\p{M}-]+)\s*,?\s*(?:and\s+)?(?:has|have|with)\s+/iu,
            "$1, ",
          )
          .replace(/(^|,\s*)(?:each|every)(?:\s+[\p{L}\p{M}-]+)?\s+(?:has|have|with|gets)\s+/iu, "$1"),
      );
      // "a typical morning: breakfast at half seven, coaches leave at nine": in prose, a colon before
      // what happens lists no fields.
      // In prose a colon before one item explains ("… pre mesto ako PDF: koľko jedla sme zachránili").
      // "qiymət kvadratmetrlədir: yun xalça 4 manat, sintetik 3 manat": prices, in any language, are values.
      const fields =
        !options.listed &&
        read &&
        (read.length < 2 ||
          (english && !read.every((field) => isFieldWord(field.said) || field.yesOrNo === true)) ||
          // "Owo sisan: transfer nikan ni, sinu account ebi, …": in another language's prose,
          // items of three words or more say how something is done, not what a thing holds.
          (!english && read.some((field) => field.said.split(/\s+/).length > 2)) ||
          colon[2]!.split(/[,;]/).every((item) => /\d/u.test(item)))
          ? null
          : read;
      // "people: name, slack id, lead" keeps people; "People: volunteers and coordinators" says who uses it.
      const whoUses =
        /^people$/i.test(name ?? "") && (fields ?? []).some((field) => isPerson(singularize(field.said)));
      // "payments: skip, the till does that" answers no.
      // "Passes: pass number, name" lists a field that starts on "pass".
      const answeredNo =
        /^(?:skip|nah|nope|no|none|not needed|pass|n\/a)(?=\s*(?:[,.;!]|$)|\s+(?:thanks|for now|the|it|that))/i.test(
          colon[2]!.trim(),
        );
      // "nappies - time, wet or dirty": many of a thing, a field, then a field said by its values.
      const fieldThenValues =
        options.listed &&
        english &&
        name !== null &&
        looksPlural(name) &&
        colon[2]!.split(",").length >= 2 &&
        isFieldWord(
          colon[2]!
            .split(",")[0]!
            .trim()
            .replace(/^(?:a|an|the)\s+/i, ""),
        );
      if (
        name &&
        fields &&
        !NOT_A_THING_NAME.test(name) &&
        !whoUses &&
        // "status: draft, sent or paid" gives values; "penalties: driver, race, reason, + time or
        // points taken off" names many of a thing, and what each holds.
        (!isValueChoice(colon[2]!) ||
          // ("Nut buying: seller, date, kg, amount, cash or mobile money": a doing named as a heading,
          // "buying", is many of it, as a plural is.)
          ((looksPlural(name) || /(?:^|\s)\p{L}{3,}ing$/u.test(name)) &&
            colon[2]!.split(/,|\s\/\s/).length >= 3) ||
          // "payment: the member, the date, the amount and cash or transfer": fields said with
          // "the" are no values, whatever the last of them is.
          (colon[2]!.split(",").length >= 3 && /^\s*(?:the|its|their)\s/i.test(colon[2]!)) ||
          // "Crew: name, phone, guide or porter": a thing named as one group, whose list opens on a
          // field ("name", "phone"), holds fields, the last of them said by its values.
          (colon[2]!.split(",").length >= 3 &&
            isFieldWord(
              colon[2]!
                .split(",")[0]!
                .trim()
                .replace(/^(?:a|an|the|its|their)\s+/i, ""),
            )) ||
          // "Берачи: број, име и презиме, телефон, по гајбици или дневница": where English
          // plurals cannot tell, four or more say fields, the last of them said by its values.
          (!english && colon[2]!.split(",").length >= 4) ||
          // "Roll - kid, Saturday, present or not": a list that ends on a yes or no is fields.
          // ("Peerd: Naam, Impfpass ja oder nee": the yes or no in the person's own words.)
          // (Kapampangan "…, bayad na o ali pa", paid or not yet: the "not" of the Philippines.)
          (colon[2]!.split(",").length >= 2 &&
            (/\s+or\s+not\s*[.!]*$/i.test(colon[2]!) ||
              /\s(?:o|or)\s+(?:ali|hindi|dili|indi|diri|saan|wala|bukon)(?:\s+\p{L}+)?\s*[.!]*$/iu.test(
                colon[2]!,
              ) ||
              new RegExp(String.raw`\s(?:${YES_OR_NO_ANSWERS})\s*[.!]*$`, "iu").test(colon[2]!))) ||
          // "…, bale o tindahan o opisina": a last item of three values, "or" twice, is one field
          // said by its values after the fields before it.
          (colon[2]!.split(",").length >= 3 &&
            /,\s*[^,]+?\s(o|or|ou|oder)\s[^,]+?\s\1\s[^,]+$/iu.test(colon[2]!.trim())) ||
          // "Each animal: tag number, breed, mother, sold or kept": a record of each one, three
          // items or more, is fields, the last of them said by its values.
          (colon[2]!.split(",").length >= 3 && /^\s*(?:[-*•]\s*)?(?:each|every)\s/iu.test(colon[1]!)) ||
          fieldThenValues) &&
        !answeredNo
      ) {
        const owner = (owned?.[1] ?? belongs?.[2])?.toLowerCase();
        // "time, wet or dirty" ends on two values, a word each; "+ time or points taken off" on two fields.
        const lastValues = /^[\p{L}\p{M}-]+\s+or\s+[\p{L}\p{M}-]+[.!]*$/iu.test(
          colon[2]!.split(",").pop()!.trim(),
        );
        const listed =
          fieldThenValues && isValueChoice(colon[2]!) && lastValues
            ? lastAsOneField(colon[2]!, fields)
            : fields;
        add(things, name, owner ? [{ said: owner, refersTo: singularize(owner) }, ...listed] : listed);
        rest = rest.replace(line, ",");
        continue;
      }
    }
    // "Hábitos con nombre y color", "cada hábito tiene un nombre", "Lägenheter har ett nummer":
    // the same in other languages. In prose, as with "with" in English, "con" often says
    // something else ("compartirlas con la familia"): only the verbs of having introduce fields there.
    const spanish = line.match(
      new RegExp(
        `^\\s*${OPENING_ELSEWHERE}([\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)?)\\s+(?:(?:${BELONGS_ELSEWHERE})\\s+(?:(?:en|et|ei|ett|een|einem|einer|un|una|une|a|o|um|uma|jeden|jedna|ένα|μία|μια)\\s+)?([\\p{L}\\p{M}]+)\\s*,?\\s+(?:og|och|en|und|et|y|i|e|a|and|και|і|та)\\s+(?:(?:η|ο|το)\\s+)?(?:(?:καθεμιά|καθένας|καθένα|hver|hvert|varje|jede|jeder|jedes|cada una|cada uno|chacune|chacun)\\s+)?)?(?:${options.listed ? "con|" : ""}${HAS_ELSEWHERE})\\s+([^.;:!?\\n]+)`,
        "iu",
      ),
    );
    if (
      spanish &&
      !NEGATED_NAME.test(spanish[1]!) &&
      // Low German "Dat hett dat ganze Dörp mitkregen" (the whole village saw that): "hett" helps
      // another verb there, and a pronoun names no thing.
      // ("Los que tienen dieta", Ladino "Los ke tienen …": those who have, no thing.)
      // (Aragonese "O mío chirmán tiene una casa rural": what a relative has is no record kept.)
      !FAMILY_ELSEWHERE.test(spanish[1]!.trim()) &&
      // (Swabian "Koiner hot gstreut", nobody gritted: nobody, or anyone, is no thing either.)
      !/^(?:dat|det|das|dit|dies|es|er|sie|he|se|wi|wir|mir|ik|ich|du|hy|hij|zij|wij|het|ze|il|elle|ils|on|lui|lei|ello|ella|que|ke|qui|che|quien|quienes|kyen|wer|welche|wie|som|who|koiner|keiner|niemand|neamd|oiner|einer|jeder|alle|älle)$/iu.test(
        spanish[1]!.trim(),
      ) &&
      !/\bwith\b/i.test(line) &&
      // Venetian "Ogni matina a l'alba se varda i vieri" (every morning at dawn …): a time of the
      // day, week or year is when, never a thing, and its "a" is "at".
      !TIME_ELSEWHERE.test(spanish[1]!.trim()) &&
      (!isEnglish(line) || /[áéíóúñ]|\b(?:con|tiene|tienen|y)\b/u.test(line))
    ) {
      const name = nameBefore(spanish[1]!, true, english);
      const listed = spanish[3]!.replace(CLAUSE_AFTER_FIELDS, "");
      // "…, λιμάνι άφιξης, και το καθένα λέει σε ποιο πλοίο είναι": a clause after the list is no field.
      const fields = fieldItems(listed) ?? fieldItems(listed.replace(/,[^,]*$/, ""));
      const belongsTo = spanish[2]?.toLowerCase();
      if (name && fields) {
        add(
          things,
          name,
          belongsTo ? [{ said: belongsTo, refersTo: singularize(belongsTo) }, ...fields] : fields,
        );
        rest = rest.replace(spanish[0], ",");
      }
    }
  }
  // "Ogni fermata appartiene a una linea": a thing read already belongs to another.
  if (options.listed && !english) {
    for (const belongs of rest.matchAll(BELONGS_ALONE)) {
      const owner = things.find((thing) => sameWordElsewhere(thing.key, belongs[1]!.toLowerCase()));
      const other = belongs[2]!.toLowerCase();
      if (owner && !owner.fields.some((field) => sameWordElsewhere(field.said, other)))
        owner.fields.unshift({ said: other, refersTo: other });
    }
  }
  // "a customer has a name and a phone", "Recipes with ingredients and steps".
  for (const list of fieldLists(rest)) {
    // "Every item has a description, a photo and a status" names its thing, vague word or not.
    if (isAppWord(list.owner) || (VAGUE_NAMES.has(list.owner) && list.fields.length < 2)) continue;
    // In prose, "with" often says something else ("tents with a daily price, renters book"):
    // only "has" and "have" introduce fields there.
    // The words that opened the list, not those before its first thing: a person ("a guest") has no span.
    // ("customers are name, phone, …": "are" opens a list only where it names a name, a number or a date.)
    const having = /\b(?:has|have|holds|contains|includes|says|belongs?\s+to)\b|^\s*are\s*$/i.test(
      list.intro,
    );
    if (!options.listed && !having) continue;
    // "some of the pubs only have the one board", "there's always some boy says the score's
    // wrong": in prose, what only some have and what someone says are no fields.
    if (!options.listed && /\b(?:only|just)\s+(?:has|have)\b|\bsays\b/i.test(list.intro)) continue;
    // "The kit belongs to the band: the kilt, the jacket, …": in prose, whose a thing is, and
    // then its parts after a colon, are no record of it.
    if (
      !options.listed &&
      /\bbelongs?\s+to\b/i.test(list.intro) &&
      new RegExp(
        `\\bbelongs?\\s+to\\s+(?:the|our|my|their)\\s+${escapeRegExp(list.fields[0] ?? "")}\\s*:`,
        "iu",
      ).test(rest)
    )
      continue;
    // "Every bag has the lot number on it": in prose, one thing written on another is a label,
    // no record of its own.
    if (
      !options.listed &&
      list.fields.length === 1 &&
      new RegExp(
        `${escapeRegExp(list.fields[0] ?? "")}\\s+(?:written\\s+|printed\\s+|stamped\\s+)?on\\s+(?:it|them)\\b`,
        "iu",
      ).test(rest)
    )
      continue;
    // "some chap plays once, has a blinder": what someone does, said before "has", is no thing;
    // nor is "Lord have mercy", nor "Y'all have a blessed day", said to the one listening.
    if (
      /\s(?:once|twice|again|too|also|always|never|often|sometimes)$/i.test(list.owner) ||
      /^(?:lord|god|heaven|heavens|you|y['’]?all|yous|ye|you\s+all)$/iu.test(list.owner)
    )
      continue;
    // "My wife has views on it", "me and my husband Dwayne have a storm shutter business", "My
    // parents have a bean farm": in prose, someone close to the person, named or not, keeps no record.
    if (
      !options.listed &&
      (/\b(?:my|our|his|her|their)\s+(?:wife|husband|mother|father|mum|mam|mom|dad|son|daughter|brother|sister|cousin|uncle|aunt|auntie|partner|boss|parents|grandparents|grandmother|grandfather|grandma|grandpa|in-laws|family|folks|kids|children|sons|daughters|brothers|sisters|papá|papa|mamá|mama|tío|tio|tía|tia|abuelo|abuela|primo|prima)(?:\s+[A-Z][\p{L}'’-]+)?\s*$/iu.test(
        list.opening,
      ) ||
        /\b(?:[Mm]e|I)\s+and\s+\p{Lu}[\p{L}'’-]+\s*$|^\s*\p{Lu}[\p{L}'’-]+\s+and\s+(?:I|me)\s*$/u.test(
          list.opening,
        ))
    )
      continue;
    // "Alan has a wee bait and tackle shop, that's Alan's own affair": in prose, someone named
    // alone, whose name has its capital inside a sentence too, keeps no record ("Inventory has a
    // code and a count" is a record still).
    const openingWord = list.opening
      .split(",")
      .pop()!
      .match(/^\s*(?:(?:and|but|so)\s+)?(\p{Lu}\p{Ll}+)\s*$/u)?.[1];
    if (
      !options.listed &&
      english &&
      openingWord !== undefined &&
      !looksPlural(openingWord.toLowerCase()) &&
      !isAppWord(list.owner) &&
      new RegExp(`(?<=[\\p{L},;]\\s+)${escapeRegExp(openingWord)}(?![\\p{L}])`, "u").test(text)
    )
      continue;
    // "The island got a quota for the season", "…, and the association office has a tablet": in
    // prose, the one there is and one thing it has say something of it; many of it are not kept.
    if (
      !options.listed &&
      list.fields.length === 1 &&
      /^\s*(?:(?:and|but|so)\s+)?the\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s*$/iu.test(
        list.opening.split(",").pop()!,
      ) &&
      !looksPlural(list.opening.trim().split(/\s+/).pop()!.toLowerCase())
    )
      continue;
    // ("orders have customer, day, pick up y/n": a field said with its yes and its no is one.)
    add(
      things,
      list.owner,
      list.fields.map((field) =>
        saidAsYesOrNo(field, rest) ? { ...toField(field), yesOrNo: true } : toField(field),
      ),
    );
  }
  let restOfLines = rest;
  if (linkedToAll !== null) {
    const key = keyOf(linkedToAll);
    for (const thing of things)
      if (thing.key !== key && !thing.fields.some((field) => keyOf(field.said) === key))
        thing.fields.unshift({ said: linkedToAll, refersTo: key });
  }
  for (const put of putLater) {
    const thing = things.find((candidate) => candidate.key === put.key);
    if (thing) add(things, thing.said, put.fields);
  }
  // In another language the words between are not read: once things came with their fields,
  // what is left of the sentences ("σε ένα δρομολόγιο", "που την έκανε") names no more things.
  const sentencesLeft = !isEnglish(text, false) && things.some((thing) => thing.fields.length > 0);
  if (options.listed && !sentencesLeft) {
    // "a status: pending or paid" names values, no things.
    const names = withoutFields(rest, { people: true })
      .replace(/:\s*[^,;:.!?\n]+?\s+or\s+[^,;:.!?\n]+/giu, "")
      // "like sister of or married to", "so that it can draw a family tree", "meaning the book
      // they turn up in first": examples, purposes and explanations name nothing kept.
      .replace(
        /,?\s*\b(?:like|such as|e\.g\.|for example|meaning|i\.e\.|so that|so it can|so we can|so i can)\s+[^,;.!?\n]*/giu,
        "",
      );
    // "but one tank can be two or three batches": a clause that says something of a thing
    // names nothing kept, whatever its last words would name alone.
    const clausesNamingNothing = english
      ? names.replace(/[^,;.!?\n]+/gu, (clause) =>
          clause.trim().split(/\s+/).length >= 3 &&
          saysSomethingHappens(clause.replace(/^\s*(?:and|but|so|or)\s+/i, ""))
            ? " "
            : clause,
        )
      : names;
    for (const item of clausesNamingNothing.split(/[,;\n]|\band\b|\bor\b|(?<=\s)y(?=\s)/iu)) {
      // "rehearsals at a room", "meal plans for the week": the thing is named before the place or time.
      const named = item
        .replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "")
        // "well there's horses": the words that open a spoken answer name nothing.
        .replace(
          /^\s*(?:(?:well|so|ok|okay|right|um|uh|then)\s+)*(?:there(?:'s|\s+is|\s+are|\s+will\s+be)\s+)?/i,
          "",
        )
        // "a run of performances" names performances; "a shift belongs to" names a shift.
        .replace(MANY_OF_LEAD, "")
        .replace(/\s+belongs?\s+to\b.*$/i, "")
        // "each booking has a guest": a person left in a field list is no thing of its own.
        .replace(
          /\s+(?:(?:just|only|also|can|may|could|will)\s+)?(?:has|have|holds|contains|includes|needs?)\b.*$/i,
          "",
        )
        .replace(/\s+is\s+for\b.*$/i, "")
        .replace(/\s+(?:are|is)\s+(?:just|only|simply|basically)\b.*$/i, "")
        .replace(
          /\s+(?:at|in|on|for|from|to|of|by|per|every|each|with|between|among|para|en|de|con)\s+.*$/iu,
          "",
        );
      // "which volunteer packed it", "whether it was standard": a field said as a clause, no thing.
      // "… and is paid at the end of the month": what is done to a thing names none.
      if (/^\s*(?:and\s+)?(?:is|are|was|were|gets?|got)\s+\p{L}+(?:ed|en|id|ld|nt|wn)(?!\p{L})/iu.test(item))
        continue;
      // ("you can't dance two" says what nobody may do.)
      // ("…, and that's fine" says what the person thinks of it.)
      if (
        /^\s*(?:which|what|whether|who|whose|how|when|where|it|they|we|i|you|he|she)\b|^\s*(?:that|this)(?:['’]s|\s+is)\s/i.test(
          named,
        )
      )
        continue;
      // "hinds they're after", "God bless her", "there'd be murder", "two or three": a clause, a
      // blessing, what would follow and a count name nothing kept.
      if (
        /\b(?:they|we|you|he|she|it)['’](?:re|s|ve|ll|d)\b|\bthere['’](?:d|ll)\b|\bthere\s+would\s+be\b|\bgod\s+bless\b|\blet\s+me\s+call\s+it\b/i.test(
          item,
        ) ||
        /^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds)\s*[.!]*\s*$/i.test(
          named,
        )
      )
        continue;
      // "Helen's bit about what to keep", "HR holds those": words that introduce the list, or
      // someone doing something with things said before, name nothing kept.
      if (/\bwhat\s+(?:to|we|i|you|it)\b/i.test(item) || DISCOURSE.test(named.trim())) continue;
      // "a name, like acme-website": an example of a field's value names nothing kept.
      if (/^\s*(?:like|such as|e\.g\.?|for example|for instance|say)\s/i.test(item)) continue;
      if (
        /\s(?:holds?|has|have|keeps?|does|do|handles?|owns?)\s+(?:those|these|them|it|that|this)\b/i.test(
          item,
        )
      )
        continue;
      // "each one looks after a group", "and for the lorry": what someone does, and a place, name nothing kept.
      if (
        /^\s*(?:and\s+)?(?:(?:each|every)\s+(?:one|of them)|(?:for|in|on|at|from|with|by|about)\s)/i.test(
          item,
        )
      )
        continue;
      // "for her husband and her parents say": an example, said in passing, names nothing kept.
      if (/\s(?:say|for example|for instance)\s*$/i.test(item)) continue;
      // "number one's up on the mat tees": where one of them is, said of it, names nothing kept.
      if (/['’]s\s+(?:up|down|in|on|at|by|over|out|near|next|behind|beside)\b/i.test(item)) continue;
      // "a parcel goes to one household": a sentence about a thing, not its name.
      if (saysSomethingHappens(named)) continue;
      // "customers order heaps, the mine guys every day": people and how often, the doing left
      // unsaid after the one before, name who does it, no thing kept.
      // (Only the item's first sentence: a list item runs on over a full stop.)
      const firstSentence = item.split(/(?<=[.!?])\s+/u)[0]!;
      const peopleHowOften = firstSentence.match(
        /^\s*(?:and\s+)?(?:the\s+)?((?:[\p{L}-]+\s+)?[\p{L}-]+s)\s+(?:every|each)\s+(?:day|week|morning|night|evening|time|weekend|month)\s*[.!]*\s*$/iu,
      );
      // ("… and the pubs have an order most weeks": how often they have one says how they hang together.)
      if (
        /^\s*(?:and\s+)?(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:has|have)\s+(?:an?|one)\s+[\p{L}-]+\s+(?:most|every|each|some|a\s+few)\s+(?:days?|weeks?|months?|years?|nights?|mornings?|times?|weekends?|fridays?|saturdays?|sundays?)\s*[.!]*\s*$/iu.test(
          firstSentence,
        )
      )
        continue;
      // "the kuia order every week", "the schools order from us every year", "the lodges order
      // every spring, like clockwork": who, however their plural is made, and how often they order.
      if (
        /^\s*(?:and\s+)?(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:order|buy|book|come|call)\s+(?:(?:from|with|to)\s+(?:us|me)\s+)?(?:most|every|each)\s+(?:day|week|month|year|night|morning|time|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|season|harvest|christmas|easter)(?:\s*,[^,.!?]*)?\s*[.!]*\s*$/iu.test(
          firstSentence,
        )
      )
        continue;
      const whoHowOften = (peopleHowOften?.[1] ?? "").split(/\s+/).pop()!.toLowerCase();
      if (
        peopleHowOften &&
        (isPerson(singularize(whoHowOften)) ||
          /^(?:guys|blokes|lads|fellas|folks|people|regulars)$/.test(whoHowOften))
      )
        continue;
      // "order every year the same week, TT week": a name for what was just said, no thing of its own.
      const head =
        named
          .trim()
          .split(/\s+/)
          .pop()
          ?.replace(/[.!]+$/, "") ?? "";
      if (
        head.length > 2 &&
        new RegExp(`(?<![\\p{L}])${escapeRegExp(head)}\\s*,\\s*${escapeRegExp(item.trim())}`, "iu").test(
          names,
        )
      )
        continue;
      // "Yell or Whalsay or the Mainland": a place or a person's name, written with its capital
      // and one of a kind, is a value said in passing, no list of things.
      if (
        english &&
        /^\s*(?:(?:the|da)\s+)?\p{Lu}[\p{Ll}'’-]+[.!]*\s*$/u.test(named) &&
        !/s[.!]*\s*$/.test(named)
      )
        continue;
      // "like Rev. Fr. Emeka Nwosu": a person's full name, each word with its capital, is an example.
      if (
        english &&
        /^\s*(?:(?:Mr|Mrs|Ms|Dr|Fr|Rev|Sr|St|Sir)\.?\s+)*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}[.!]*\s*$/u.test(
          named.replace(/^[\s.!?]+/, ""),
        )
      )
        continue;
      const name = nameBefore(named, false, english);
      // "Keepers look after several enclosures": what is left after the verb is no name.
      if (
        name &&
        english &&
        /^(?:after|before|for|with|about|over|under|into|from|by|at|in|on|of|to|around|through)\s/i.test(name)
      )
        continue;
      // "a player can only throw for …", "our partner there", "a goat just the one": words that
      // carry a sentence, left in what was taken for a name, show it names nothing kept.
      if (name && english && FUNCTION_WORD_IN_NAME.test(name)) continue;
      // "Our lions are red for Guan Gong, yellow for Liu Bei and black for Zhang Fei": a colour is
      // a value, never a thing kept.
      if (
        name &&
        /^(?:red|yellow|black|white|blue|green|gold|golden|silver|pink|purple|orange|brown|grey|gray)$/i.test(
          name,
        )
      )
        continue;
      // "More stories, these ones about what we keep:" introduces the things; it is none.
      if (name && (NOT_A_THING_NAME.test(name) || /^\s*(?:more|user)\s+stories\b/i.test(named))) continue;
      // "…, kg, amount, cash or mobile money", "…, paid, shipped": left of a record not read as
      // one, a unit, a way to pay and what was done to it are its fields, no things.
      if (name && FIELD_LEFT_OVER.test(name)) continue;
      // "sessions" after "practice sessions" is the same thing, said short.
      const same = (thing: SaidThing) => thing.key === keyOf(name!) || thing.key.endsWith(` ${keyOf(name!)}`);
      if (name && !things.some(same)) add(things, name, []);
    }
  }
  // In a language none of the readings above know, records told sentence by sentence are read by
  // their shape alone, where nothing was read with its fields (records-by-shape.ts).
  if (options.listed && !english && things.every((thing) => thing.fields.length === 0)) {
    const records = recordsByShape(text);
    if (records.length > 0) {
      things.length = 0;
      // ("Sak lotel ena enn nom, …": a sentence read as a record says nothing people do.)
      for (const record of records) restOfLines = restOfLines.replace(record.said, ",");
      const names = new Set(records.map((record) => record.name.toLowerCase()));
      for (const record of records)
        add(
          things,
          record.name.toLowerCase(),
          record.fields.map((field) => ({
            said: field.toLowerCase(),
            refersTo: names.has(field.toLowerCase()) ? field.toLowerCase() : null,
          })),
        );
    }
  }
  for (const thing of things) thing.fields = thing.fields.map((field) => doerNamed(field, things));
  return { things: withShortNamesJoined(things), rest: restOfLines };
}

/**
 * "Then every order, that's who bought it, …" with buyers listed: the one who did it is the
 * thing named for doing it, and the field points at it.
 */
function doerNamed(field: SaidField, things: readonly SaidThing[]): SaidField {
  const who = field.said.match(/^who\s+([a-z]+)\s+(?:it|them|this|that)$/);
  if (!who) return field;
  const done = who[1]!;
  const base = verbBase(done) ?? done.replace(/ied$/, "y").replace(/ed$/, "");
  const doer = [`${base}er`, `${base}r`, `${base}eer`, `${base.replace(/([^aeiou])$/, "$1$1")}er`].find(
    (name) => things.some((thing) => thing.key === name),
  );
  return doer ? { said: doer, refersTo: doer } : field;
}

/** "emergency contact number", "steps": a field's words, a noun at the end (not "coaches leave at nine"). */
function isFieldWord(said: string): boolean {
  const words = tagWords(`the ${said}`, { nounList: true }).slice(1);
  const last = words.at(-1);
  return (
    last !== undefined &&
    last.tag === "noun" &&
    words.every((word) => word.tag === "noun" || word.tag === "adjective" || word.word === "of")
  );
}

/** Whether words are a sentence, a thing then what it does ("a parcel goes"), rather than a name ("meal plans"). */
function saysSomethingHappens(words: string): boolean {
  // "some customers order every year the same week", "plenty customers order every Friday": some
  // of a kind, then what they do.
  if (
    /^\s*(?:some|many|most|a\s+few|lots\s+of|plenty(?:\s+of)?|loads\s+of|heaps\s+of)\s+[\p{L}-]+s\s+[\p{L}-]+\s+(?:every|each|the|a|an|their|our|his|her|it|them)\b/iu.test(
      words,
    )
  )
    return true;
  // "customers order heaps", "the regulars ring every week": people, a doing, then how much
  // or how often they do it.
  const howOften = words.match(
    /^\s*(?:the\s+|our\s+|some\s+|most\s+)?([\p{L}-]+s)\s+([\p{L}-]+)\s+(?:heaps|loads|lots|tons|a\s+lot|all\s+the\s+time|often|daily|weekly|every\s+[\p{L}-]+)\s*$/iu,
  );
  if (
    howOften &&
    isPerson(singularize(howOften[1]!.toLowerCase())) &&
    verbBase(howOften[2]!.toLowerCase()) !== null
  )
    return true;
  // "a customer orders all winter long": after one of a thing, a word in "-s" is what it does.
  const one = words.match(/^\s*(?:a|an|one|each|every)\s+[\p{L}-]+[^\Ws]\s+([\p{L}-]+[^\Ws]s)\s+\S/iu);
  if (one && tagWords(words.trim()).find((word) => word.word === one[1]!.toLowerCase())?.tag === "verb")
    return true;
  const tagged = tagWords(words, { nounList: true });
  return tagged.some(
    (word, index) =>
      (index > 0 &&
        word.tag === "verb" &&
        tagged[index - 1]!.tag === "noun" &&
        ((/[^s]s$/.test(word.word) && word.base !== word.word) ||
          // "every shipment go on one sailing", "a rider is …": verbs no name ends on.
          SENTENCE_VERB.test(word.word))) ||
      // "some customers bring a whole crate": people, what they do, then what they do it to.
      (index > 0 &&
        word.tag === "verb" &&
        word.base === word.word &&
        /s$/.test(tagged[index - 1]!.word) &&
        tagged[index - 1]!.tag === "noun" &&
        /^(?:a|an|the|their|our|his|her|its|some|one|two|three|every|each|all)$/i.test(
          tagged[index + 1]?.word ?? "",
        )) ||
      // "customers sign up with email", "the customers complain": people, then what they do.
      (index > 0 &&
        word.tag === "verb" &&
        word.base === word.word &&
        tagged[index - 1]!.tag === "noun" &&
        /s$/.test(tagged[index - 1]!.word) &&
        isPerson(singularize(tagged[index - 1]!.word)) &&
        (index === tagged.length - 1 ||
          /^(?:up|in|out|on|off|with|for|to|at|by|about|online|here|there|when|if)$/i.test(
            tagged[index + 1]?.word ?? "",
          ))) ||
      // "one tank can be two": a thing, then a word of a verb's, then more.
      (index > 0 &&
        index < tagged.length - 1 &&
        tagged[index - 1]!.tag === "noun" &&
        /^(?:can|could|will|would|may|might|must|should|is|are|was|were)$/i.test(word.word)) ||
      // "a knitter maybe knits a dozen": after a word only a sentence has there, the next acts.
      (index > 1 &&
        word.tag !== "stop" &&
        tagged[index - 2]!.tag === "noun" &&
        SENTENCE_ADVERB.test(tagged[index - 1]!.word)),
  );
}

const SENTENCE_VERB =
  /^(?:go|goes|went|come|comes|came|get|gets|got|belong|belongs|is|are|was|were|be|has|have|had)$/i;
const SENTENCE_ADVERB =
  /^(?:maybe|also|only|usually|always|never|just|often|sometimes|mostly|normally|might|may|can|could|will|would|should|must|does|do|did)$/i;

/**
 * "For each delivery we keep the order, which driver took it, the photo and the status",
 * "For the karigars we keep their name, …": what is kept for each of a thing are its fields.
 */
const FOR_EACH_WE_KEEP =
  /^\s*(?:(?:and|pis|puis|et)\s+)?(?:for|per|with|à|pour)\s+(?:each|every|chaque|the(?=\s+[\p{L}\p{M}-]+\s+(?:we|i)(?:['’]d)?\s))\s+([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?),?\s+(?:we|i|you|it|they|the app|on|i['’]d|we['’]d)\s+(?:also\s+|aussi\s+)?(?:(?:like\s+to|want\s+to|have\s+to)\s+)?(?:keep|store|record|note|track|save|log|write down|want|need|put|add|write|garde|inscrit|prend|enregistre)(?:\s+to\s+(?:know|have|keep|see))?\s+(?!to\s)(.+?)[.!]*$/iu;

/** "Each client has many SKUs", "each ASN has ASN lines": the thing one of another holds many of. */
const OWNS_MANY =
  /^\s*(?:(?:and|then)\s+)?(?:each|every|a|an|one)\s+([\p{L}\p{M}][\p{L}\p{M}-]*)\s+(?:has|have|can\s+have)\s+(?:(?:many|several|multiple|some|its\s+own|their\s+own|one\s+or\s+more|more\s+than\s+one|plenty(?:\s+of)?|lots\s+of|a\s+lot\s+of|loads\s+of|heaps\s+of|tons\s+of|a\s+heap\s+of|a\s+bunch\s+of|a\s+few|any\s+number\s+of)\s+)?([\p{L}\p{M}][\p{L}\p{M} -]{1,30}?)\s*$/iu;

/** "Each sitting is one exam in one room": each of a thing is one of another, at one of a third. */
const ONE_OF_EACH =
  /^\s*(?:and\s+)?(?:each|every)\s+([\p{L}\p{M}-]+(?:\s+(?!is\b)[\p{L}\p{M}-]+)?)\s+is\s+(?:one|a|an)\s+([\p{L}\p{M}-]+)\s+(?:in|at|on|for|with|by)\s+(?:one|a|an)\s+([\p{L}\p{M}-]+)\b/iu;

/**
 * "…, so a row and a column, for a sitting, with absent": after what each is one of, the
 * short words set off by commas are more of its fields; a reason ("since …") is not.
 */
function fieldsAfterOneOfEach(tail: string): SaidField[] {
  if (!/^\s*,/.test(tail)) return [];
  const fields: SaidField[] = [];
  for (const item of tail.replace(/[.!]+\s*$/, "").split(/\s*,\s*|\s+and\s+/i)) {
    const word = item
      .trim()
      .replace(/^(?:(?:so|and|plus|also|for|with|on|at|in|of)\s+)*(?:(?:a|an|the|one|its|their)\s+)?/i, "");
    if (word.length === 0) continue;
    // ("the kilos of red cherry": a measure of something is one field.)
    if (
      !/^[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?(?:\s+of\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)?$/u.test(word)
    )
      return fields;
    if (/^(?:since|because|as|which|who|when|if|though|although|but|so)\b/i.test(word)) return fields;
    fields.push({ said: word.toLowerCase(), refersTo: null });
  }
  return fields;
}

/** "each delivery is to one pub, on a date, …": a record said as what each one is tied to. */
const TIED_ONE_BY_ONE =
  /^\s*(?:each|every)(?:\s+one|\s+[\p{L}\p{M}-]+)?\s+(?:is|runs|goes|happens|takes\s+place)\s+(?:to|for|at|in|on|from|by)\s+(?:(?:a|an|one|the)\s+)?[\p{L}\p{M}-]+(?=\s*,\s*(?:(?:and\s+)?(?:on|by|at|for|to|from|in)\s|(?:and\s+)?(?:has|have|with)\s))/iu;

/** "Each payment belongs to a visit": before a colon, the thing listed and what it belongs to. */
const BELONGS_BEFORE_COLON =
  /^\s*(?:(?:and|then)\s+)?(?:each|every|a|an|one)\s+([\p{L}\p{M}][\p{L}\p{M} -]{0,30}?)\s+belongs?\s+to\s+(?:(?:a|an|the|one)\s+)?([\p{L}\p{M}][\p{L}\p{M}-]*)\s*$/iu;

/**
 * "Two cars, the Corsa and the Golf": how many of a thing there are, then their own
 * names. The thing is kept; its names are examples of it, no things of their own.
 */
const COUNTED_BY_NAME =
  /^\s*(?:(?:we\s+have|we've\s+got|there\s+are)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+([\p{L}\p{M}-]+s)\s*[,:]\s*(?:the\s+)?\p{Lu}[\p{L}\p{M}\p{N}-]*(?:\s*,\s*(?:the\s+)?\p{Lu}[\p{L}\p{M}\p{N}-]*)*\s+and\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}\p{N}-]*[.!]?\s*$/u;

/** "For each we need the name, the registration and the mileage": what each of the thing just named holds. */
const FOR_EACH_ONE =
  /^\s*(?:and\s+)?(?:for|of)\s+(?:each|every\s+one)(?:\s+of\s+them)?,?\s+(?:we|i|you|it|they)\s+(?:also\s+)?(?:need|keep|store|record|note|track|want)\s+(.+?)[.!]*$/i;

/**
 * "When the car comes back, put the start mileage and end mileage on the booking": what
 * is put on a thing already named are more of its fields.
 */
const PUT_ON_THING =
  /^(?:[^,]*,\s*)?(?:(?:we|i|you)\s+)?(?:put|record|add|note|log|write|store|save)\s+(?:down\s+)?(.+?)\s+(?:on|in|to|against)\s+(?:the|each|every|its|that)\s+([\p{L}\p{M}-]+)[.!]*$/iu;

/**
 * "A parcel goes to one household on a date, and we note which volunteer packed it": in
 * an answer about what to keep, a sentence about one of a thing says what it holds: the
 * things and times it is tied to, and what "we note" of it. Null unless it names two.
 */
function recordSentence(line: string): { name: string; fields: SaidField[] } | null {
  const opening = line.match(/^\s*(?:a|an|each|every)\s+([a-z][\w-]*)\s+([a-z]+s)\s+(.+?)[.!]*$/i);
  if (!opening) return null;
  const [, noun, verb, rest] = opening as unknown as [string, string, string, string];
  const tagged = tagWords(`the ${noun} ${verb}`, { nounList: true });
  if (tagged[1]?.tag !== "noun" || tagged[2]?.tag !== "verb" || tagged[2].base === tagged[2].word)
    return null;
  const fields: SaidField[] = [];
  const [tied, noted] = rest.split(
    /,?\s+(?:and\s+)?(?:we|i|they)\s+(?:also\s+)?(?:note|keep|record|track|store|log|write down)\s+/i,
  );
  // "belongs to one customer, mind, some customers bring in a whole tea service": what it is
  // tied to is said in its first clause, or in the ones that go on with "to", "at", "for".
  const tiedClause = (tied ?? "").split(/,\s*(?!(?:and\s+)?(?:to|for|from|at|on|with|by|in)\s)/)[0]!;
  // ("… and is paid at the end of the month": a time names nothing it is tied to.)
  for (const match of tiedClause.matchAll(
    /\b(?:to|for|from|at|on|with|by|in)\s+(?:a|an|one|the|each)\s+(?!(?:end|start|beginning|middle|weekend|morning|evening|night|day|week|month|year|time)\b)([a-z][\w-]*)(?!\s+of\b)/gi,
  ))
    fields.push({ said: match[1]!.toLowerCase(), refersTo: null });
  for (const item of (noted ?? "").split(/\s*,\s*|\s+and\s+/i)) {
    const which = item.trim().match(/^(?:which|what)\s+([a-z][\w-]*)\b/i);
    if (which) fields.push({ said: which[1]!.toLowerCase(), refersTo: singularize(which[1]!.toLowerCase()) });
  }
  return fields.length >= 2 ? { name: noun.toLowerCase(), fields } : null;
}

/** Words that carry a sentence and are never part of a thing's name in English. */
const FUNCTION_WORD_IN_NAME =
  /(?:^|\s)(?:can|could|will|would|should|must|might|only|just|the|there|here|got|it|its|was|were|is|are|they|we|i|you|he|she|me|us|them|ones|let|did|does|done)(?:\s|$)/i;

/** "mío chirmán", "mi hermano", "ma sœur": someone of the family, named in a language other than English. */
const FAMILY_ELSEWHERE =
  /(?:^|\s)(?:chirmán|chirmana|agüelo|agüela|hermano|hermana|padre|madre|pai|mai|tío|tía|tio|tia|abuelo|abuela|primo|prima|cuñado|cuñada|marido|muller|mujer|esposa|esposo|fillo|filla|hijo|hija|frère|sœur|fratello|sorella|irmão|irmã|germà|germana)$/iu;

/** "only", "just", before a thing's one field: "Dentists, just a name", "I les categories, només el nom". */
const ONLY =
  "only|just|només|solo|sólo|nur|seulement|juste|alleen|bara|kun|tylko|jen|csak|doar|vain|samo|hanya|cuma|apenas";

/** A plural article before a name, in the languages that have one: "els operaris", "les categories". */
const PLURAL_ARTICLE = /^(?:the|els|les|los|las|gli|le|os|as|die|de)\s+/iu;

/** Short words of the stop list that are written shortened with a stop: "no. 5", "e.g. a van". */
const ABBREVIATED = new Set(["no", "eg", "ie", "etc"]);

/**
 * The lines and sentences of a text (LINES_AND_COLON_LISTS), a full stop after a short
 * word in lower case before another ("el. paštas", "tel. číslo") kept inside its sentence.
 */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  for (const piece of text.split(LINES_AND_COLON_LISTS)) {
    const last = lines.length - 1;
    // "… approx. two a week" goes on after a short word's stop; "… tossed or not. winners: entry, …"
    // starts a list of its own, lower case or not.
    // "…, paid by. every clean is …": a word of English's own that ends a sentence is no short word.
    const shortWord = lines[last]?.match(/(?:^|\s)(\p{Ll}{1,3})\.$/u)?.[1];
    if (
      shortWord !== undefined &&
      !(STOP_WORDS.has(shortWord) && !ABBREVIATED.has(shortWord)) &&
      /^\p{Ll}/u.test(piece) &&
      !/^[\p{L}\p{M}][\p{L}\p{M} -]{0,30}:\s/u.test(piece)
    ) {
      const joined = text.indexOf(`${lines[last]!} ${piece}`) >= 0 ? `${lines[last]!} ${piece}` : null;
      if (joined) {
        lines[last] = joined;
        continue;
      }
    }
    lines.push(piece);
  }
  return lines;
}

/**
 * "Els operaris, nom i telèfon", "Vans, name and driver": in an answer about what is
 * kept, a sentence that names many of a thing, then after a comma what each holds.
 * "Jobs, customers and vans" lists things instead: every field must be one of a kind,
 * and one field alone needs an "only" ("I les categories, només el nom").
 */
function nameThenFields(line: string): { name: string; fields: SaidField[] } | null {
  const match = line.match(
    new RegExp(
      `^\\s*(?:(?:oh|and|then|also|plus)[,\\s]+)*(?:(?:and|then|i|y|e|und|et|og|och|en|ja|dan)\\s+)?([\\p{L}\\p{M}][\\p{L}\\p{M}'’ -]{1,60}?),\\s*((?:${ONLY})\\s+)?(?:with\\s+)?([^,.;:!?()]+(?:,[^,.;:!?()]+)*)[.!]*\\s*$`,
      "iu",
    ),
  );
  if (!match) return null;
  const written = match[1]!.trim();
  // "Les incidències tenen categoria, …" is a thing that has fields, read elsewhere.
  if (new RegExp(`\\s(?:${HAS_ELSEWHERE}|has|have|with)\\s`, "iu").test(` ${written} `)) return null;
  const name = nameBefore(written, true, isEnglish(line, !/[^\p{ASCII}]/u.test(line)));
  // ("And the cattle, each one with its tag number, …": a word that is many without an "s".)
  if (
    !name ||
    !(
      looksPlural(name) ||
      /(?:^|\s)(?:cattle|livestock|poultry|sheep|deer|swine)$/iu.test(name) ||
      (!isEnglish(line, false) && PLURAL_ARTICLE.test(written))
    )
  )
    return null;
  // "Two cars, the Corsa and the Golf": names of the things themselves, no fields.
  const items = match[3]!
    .split(/\s*,\s*|\s+(?:and|or)\s+/)
    .map((item) => item.replace(/^(?:the|a|an)\s+/i, "").trim());
  if (isEnglish(line, true) && items.every((item) => /^\p{Lu}/u.test(item))) return null;
  // "…, each with a date, a start time and a place": the words that open the list are no field.
  // ("Then the pickings, which are the picker, the tide and …": "which are" opens the list too.)
  const fields = fieldItems(
    match[3]!.replace(/^\s*(?:(?:each|every one)\s+(?:with|has|having)|(?:which|that)\s+(?:are|is))\s+/i, ""),
  );
  // ("the kilos", "the litres": a field that measures is said in the plural of its unit; "its
  // dates", "the opening hours": a stretch of time is said in the plural too.)
  if (
    !fields ||
    fields.some(
      (field) =>
        looksPlural(field.said) &&
        !MEASURE_WORD.test(field.said) &&
        !/(?:^|\s)(?:dates|days|hours|nights)$/i.test(field.said),
    )
  )
    return null;
  if (fields.length < 2 && match[2] === undefined) return null;
  return { name, fields };
}

/** "all linked to the baby", "they all belong to a project": every thing listed points at one. */
const ALL_LINKED_TO =
  /^\s*(?:and\s+)?(?:all|everything|all of them|all of these|they(?:'re|\s+are)?\s+all|each\s+one|every\s+one)\s+(?:(?:is|are)\s+)?(?:linked|tied|connected|attached|belongs?)\s+to\s+(?:(?:the|a|an|one|their|our)\s+)?([\p{L}\p{M}-]+)[.!]*\s*$/iu;

/** "and if she been here before or not": whether it has been so, named by what it was, "been here before". */
const BEEN_SO = /^(?:if|whether)\s+(?:she|he|they|it)\s+(?:(?:has|have|had|'s)\s+)?(been\s+[\p{L}\s]+?)$/iu;

/** "time, wet or dirty": the fields before the last, then "wet or dirty" as one field, said by its values. */
function lastAsOneField(list: string, read: SaidField[]): SaidField[] {
  const items = list.split(",");
  const said = items
    .pop()!
    .trim()
    .toLowerCase()
    .replace(/^(?:a|an|the)\s+/, "")
    .replace(/[.!]+$/, "");
  // "passed or not" is passed, a yes or no; "member or not" too, though members are kept as well.
  const bare = said.replace(/\s+or\s+not$/, "");
  // ("if she been here before or not": "been here before".)
  const last = bare.replace(BEEN_SO, "$1");
  const before = fieldItems(items.join(",")) ?? read;
  return [...before, { said: last, refersTo: null, ...(bare !== said ? { yesOrNo: true } : {}) }];
}

/**
 * "Ogni fermata appartiene a una linea", "elke rit hoort bij een boot", Sicilian "Ogni
 * prenotazioni è pi un spittaculu sulu" (every booking is for one show only), Piedmontese "Un
 * órdin a l'é d'un client sol" (an order is one customer's only): one thing belonging to another.
 */
const BELONGS_ALONE = new RegExp(
  `(?:^|[.;,\\n]\\s*)${OPENING_ELSEWHERE}([\\p{L}\\p{M}]+)\\s+(?:${BELONGS_ELSEWHERE})\\s+(?:(?:a|o|um|uma|un|una|une|en|ett|een|einem|einer|eim|ere|jeden|jedna|ένα|μία|μια|na)\\s+)?([\\p{L}\\p{M}]+)(?:\\s+(?:sulu|sula|solo|sola|sol|seul|seule|only))?(?=\\s*(?:[,.;]|$))`,
  "giu",
);

/**
 * "Un órdin a l'é d'un client sol, e un client a fa tanti órdin" (an order is one customer's
 * only, and a customer makes many orders): a sentence, in another language, that only says how
 * the things hang together, which the things are read with and nobody does.
 */
export function onlyRelatesThingsElsewhere(sentence: string): boolean {
  const trimmed = sentence.trim();
  const belongs = new RegExp(BELONGS_ALONE.source, "iu").exec(trimmed);
  if (belongs?.index !== 0) return false;
  const rest = trimmed.slice(belongs![0].length).replace(/^[\s.!;]+$/u, "");
  return (
    rest.length === 0 ||
    /^\s*,?\s*(?:e|y|i|et|und|og|och|en|and)\s+[^.;!?]{1,60}?(?<![\p{L}])(?:tanti|tante|molti|molte|muchos|muchas|plusieurs|viele|mange|många|veel|many|several)(?![\p{L}])[^.;!?]{0,30}[.!]?$/iu.test(
      rest,
    )
  );
}

/**
 * One of a thing to each of another, and many the other way, in Shona: "Odha imwe ndeyemutengi
 * mumwe chete, asi mutengi mumwe anoodha kakawanda" (one order is one customer's only, but one
 * customer orders many times).
 */
const SHONA_RELATION =
  /(?<=^|[.!?\n]\s*)[\p{L}-]+\s+imwe\s+nde[\p{L}-]+\s+mumwe(?:\s+chete)?(?:\s*,?\s*(?:asi|uye)\s+[\p{L}-]+\s+mumwe\s+[\p{L}-]+\s+kakawanda)?\s*[.!]?(?=\s*(?:\n|$))/giu;

/** One of a thing to each of another, and many the other way, in Hawaiian. */
const HAWAIIAN_RELATION =
  /(?<=^|[.!?\n]\s*)ho[ʻ‘']?okahi\s+[^,.!?\n]+?\s+o\s+kēlā\s+me\s+kēia\s+[^,.!?\n]+?(?:\s*,?\s*a\s+he\s+nui\s+nā\s+[^,.!?\n]+?\s+o\s+kekahi\s+[^,.!?\n]+?)?\s*[.!]?(?=\s*(?:\n|$))/giu;

/**
 * "fermata" and "fermate", "linea" and "linee", Swiss German "Verchauf" and "Verchäuf": one word
 * in its singular and plural, where no dictionary is kept (German makes a plural with an umlaut).
 */
export function sameWordElsewhere(one: string, other: string): boolean {
  const stem = (word: string) =>
    word
      .replace(/[äöü]/gu, (umlaut) => ({ ä: "a", ö: "o", ü: "u" })[umlaut] ?? umlaut)
      .replace(/[aeiouàèéìòùy]+$/u, "");
  return one === other || (one.length >= 4 && other.length >= 4 && stem(one) === stem(other));
}

/** "… of each morning", "… di ogni mattina", "… de chaque jour": how often a thing is kept, after its name. */
const EACH_TIME_AFTER_NAME =
  /(?<=\S)\s+(?:di|de|del|du|of|for|per|pour|für|van|von|från|för|z|na|da)\s+(?:ogni|each|every|cada|kada|chaque|jede|jeden|jeder|jedes|elke|ieder|iedere|varje|hver|hvert|każdy|każda|każde)\s+\S+$/iu;

/** The name a list belongs to: the last few words before it, without leading verbs and articles. */
function nameBefore(text: string, withFields = false, english = true, heading = false): string | null {
  const clauses = text
    .replace(/[\s.!?;,]+$/, "")
    .split(/[,;:.!?\n]|\s[-–—]\s/)
    .map((part) => part.trim());
  // "Well, patients, obviously: …": the words around the name that only carry the talk.
  // "Mouldings first, I've about sixty: …": a clause about the person, after the name, names nothing.
  while (
    clauses.length > 1 &&
    (DISCOURSE.test(clauses[clauses.length - 1]!) || ABOUT_THE_SPEAKER.test(clauses[clauses.length - 1]!))
  )
    clauses.pop();
  const clause = clauses.pop() ?? "";
  // "or import that too if it's easy: the date, …": a verb on "that" names what was said
  // before; the list says what it holds, and no thing is called "import".
  if (/^(?:(?:or|and|then)\s+)?[a-z]+\s+(?:that|it|them|those|these)\b/i.test(clause)) return null;
  const trimmed = clause
    .trim()
    // "le presenze di ogni mattina": when each is kept is no part of its name.
    .replace(EACH_TIME_AFTER_NAME, "")
    // "pour chaque entrée le passage": for each of another thing, this one.
    .replace(
      /^.*?\b(?:pour|à|per|para|for)\s+(?:chaque|ogni|cada|kada|each|every)\s+[\p{L}\p{M}-]+\s+(?=\S)/iu,
      "",
    )
    .replace(ORDERING_WORD, "")
    .replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "")
    // "The itinerary is a list of events": the things are the events.
    .replace(/^.*?\b(?:is|are)\s+(?:a|an)\s+(?:list|set|series|collection|bunch|lot)\s+of\s+(?=\S)/i, "")
    .replace(/\s+(?:with|that|which|having|has|have|holds|belongs to|con|tiene|tienen|que)\s*$/iu, "")
    // "the reminders that went out": the clause after the name says which, it is no part of it.
    .replace(/(?<=\S)\s+(?:that|which|who)\s+\S.*$/i, "")
    // "the extras on the tab": where they are kept is no part of their name.
    // ("the payments off the slate": what they come off is no part of it either, nor is where
    // they go, "the deliveries to the factory".)
    .replace(/(?<=\S)\s+(?:on|in|at|off|to)\s+(?:the|a|an|their|our|each|every)\s+[\p{L}\p{M}-]+$/iu, "")
    // "The counts at 7", "the checks at night": when they are done is no part of their name.
    .replace(
      /(?<=\S)\s+at\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|o['’]clock)?|noon|night|midnight|closing(?:\s+time)?|close|the\s+end\s+of\s+the\s+day)$/iu,
      "",
    )
    // "For payments: the customer, …": what the list is for is the thing.
    .replace(/^(?:and\s+)?for\s+(?=\S)/i, "")
    // "Records of the trees: …", "We'll need to store customer details (…)": the records of a
    // thing are the thing, and so are its details.
    .replace(
      /^(?:(?:the|our|my)\s+)?(?:records?|details|lists?|a\s+list|a\s+record)\s+(?:of|for)\s+(?=\S)/iu,
      "",
    )
    .replace(
      /^(?:(?:we|i)(?:['’]ll|\s+will|['’]d|\s+would)\s+)?(?:need|want|have)\s+to\s+(?:store|keep|track|record|save|log)\s+(?=\S)/iu,
      "",
    )
    .replace(/(?<=\S)\s+(?:details|info|information)$/iu, "");
  let words = trimmed
    .replace(LEADING, "")
    // "j'órdin", "l'ordre": an article written onto the name, in Piedmontese and French, is no part of it.
    .replace(/^[lj]['’](?=\p{L}{3})/iu, "")
    // "two or three batches": how many there are is no part of the name.
    .replace(
      /^(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|several|a\s+few|\d+)\s+(?=\S)/iu,
      "",
    )
    // "Debbie's calls": whose they are is no part of the thing's name.
    .replace(/^\p{Lu}[\p{L}\p{M}]+['’]s\s+/u, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // "every practice session": after an article the first word names the kind of thing, it is no verb.
  const afterArticle = /\b(?:the|a|an|each|every|all|our|my|their|los|las|el|la|un|una|cada|kada)\s+$/i.test(
    trimmed.match(LEADING)?.[0] ?? "",
  );
  if (words.length === 0) return null;
  // "has", "and has": a verb alone names nothing.
  if (!withFields && tagWords(words.join(" ")).every((word) => word.tag === "verb" || word.tag === "stop"))
    return null;
  // "track jobs", "keep vans": a verb in front is what they do with it, not its name.
  const tagged = tagWords(words.join(" "), { nounList: true });
  // The English tagger reads no other language: "kontroly teploty" keeps both its words.
  if (tagged.length === words.length && english) {
    let first = 0;
    // "weekly meal plans" is kept as meal plans; the adjective says how often, not what. A
    // name over its own fields is the person's name for it: "Daily sign-offs: date, …".
    // "First aid cases: …" names a kind of case, as "Daily sign-offs" do, and "the private
    // hires, that's the name, …" the hires of the whole train, apart from the seats booked.
    const ownName =
      (withFields &&
        /^(?:daily|weekly|monthly|yearly|annual|nightly|private|public)$/i.test(words[0] ?? "")) ||
      (/^first$/i.test(words[0] ?? "") && /^aid$/i.test(words[1] ?? ""));
    // "Rank fees: kombi, date, …": a name written as a heading over its fields is the person's
    // own, whatever else its first word could be; "Track jobs: …" still says what is done.
    const ownHeading =
      heading &&
      words.length <= MAX_NAME_WORDS &&
      // ("dropped dogs:", "buying centres:", written in lower case, name their own thing by
      // what happened to them or what is done there.)
      (/^\p{Lu}/u.test(words[0]!) || /^[a-z]+(?:ed|ing)$/.test(words[0]!)) &&
      !/^(?:keep|track|store|record|log|save|add|list|manage|have|need|want|include|show|see|get)$/i.test(
        words[0]!,
      );
    while (
      !ownHeading &&
      first < tagged.length - 1 &&
      ((tagged[first]!.tag === "verb" && !afterArticle) ||
        tagged[first]!.tag === "stop" ||
        (tagged[first]!.tag === "adjective" && !ownName))
    )
      first++;
    words = words.slice(first);
  }
  if (words.length > MAX_NAME_WORDS) words = words.slice(-MAX_NAME_WORDS);
  // "Членовите имаат име, …": Macedonian and Bulgarian write "the" as the end of a plural
  // ("членови" → "членовите"); the thing is the word without it.
  if (words.length === 1) words = [words[0]!.replace(/^(\p{Script=Cyrillic}{3,}[иеа])те$/u, "$1")];
  // "ويسجل الحفظ الجديد" ("and records the new memorisation"): in Arabic, words that open on a
  // verb of the present ("ي", "ت", after "و" or not) say what someone does.
  if (words.length >= 2 && /^و?[يت]\p{Script=Arabic}{2,}$/u.test(words[0]!)) return null;
  // "手机和电脑都能打开" ("opens on phones and computers") is a clause: a name in Chinese or
  // Japanese is a word or two, a few characters long.
  if (words.length === 1 && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{7,}$/u.test(words[0]!))
    return null;
  const name = words
    .join(" ")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}' -]/gu, "")
    .trim();
  // "班" (a group, in Japanese) is a whole word in one character.
  if (
    (name.length < 2 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(name)) ||
    /^\d/.test(name)
  )
    return null;
  const last = words[words.length - 1]!.toLowerCase();
  // "Services (date, time, type)" is a thing; a bare "service" more likely names the app.
  // "Items (name, quantity)" names its thing plainly; a bare "items" in a list names nothing.
  if (!withFields && (isAppWord(singularize(last)) || VAGUE_NAMES.has(last))) return null;
  // "the dates", "the rates", "time outs", "maximum lengths": said without fields of their own,
  // words for what a thing holds are fields of another, not things.
  if (!withFields && ATTRIBUTE_WORDS.has(singularize(last))) return null;
  if (/^(?:it|them|this|that|these|those|things?|stuff|nothing|none|everything|etc|yes|no)$/i.test(name))
    return null;
  return name;
}

/** "if they paid the dues", "whether it has passed the inspection": what was done, then to what. */
const DONE_TO = String.raw`(?:if|whether)\s+(?:they|dey|dem|it|he|she)\s+(?:(?:have|has|had)\s+)?([a-z]+(?:ed|id|ne|wn|nt|ld))\s+(?:the|their|its|his|her)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)`;
/** The whole item, as a field in a list. */
const DONE_TO_A_THING = new RegExp(`^${DONE_TO}$`, "iu");
/** Anywhere in what the person wrote, to tell the field is a yes or no. */
const DONE_TO_A_THING_SAID = new RegExp(DONE_TO, "iu");

/** The fields in a list, or null when the list reads as an aside rather than fields. */
function fieldItems(given: string): SaidField[] | null {
  if (ASIDE.test(given.trim())) return null;
  // "lot-tracked Y/N", "passed or not": the answers a yes-or-no field takes are no fields of their own.
  const list = given
    // "Drivers: just a name": "just" says how few, no part of a field.
    .replace(/^\s*(?:just|only|simply)\s+/iu, "")
    // "…, and also a photo and a video": "also" adds the field, no part of its name.
    .replace(/((?:^|,)\s*(?:and\s+)?)(?:also|plus)\s+(?=(?:a|an|the|their|its)\s)/giu, "$1")
    // "how many crabs is in it", "what I paid", "whether Form C is done": a count, an amount
    // or a yes or no, said about the thing, named by what it counts or is about.
    .replace(/\b(how\s+many\s+[\p{L}'’-]+)\s+(?:is|are)\s+(?:in|on)\s+(?:it|them|there)\b/giu, "$1")
    .replace(/\bwhat\s+(?:i|we)\s+(paid|pay|charged?|owe)\b/giu, "$1")
    // "when I last watered it": the last time it was done.
    .replace(LAST_DONE_IN_A_LIST, "date $1 $2")
    // "the date I went": when it was done ("I" is no joining word of another language here).
    .replace(
      /\b(date|time|day)\s+(?:I|[Ww]e|[Tt]hey)\s+(went|came|left|met|paid|sold|bought|took|got|began|[a-z]{3,}ed)(?=\s*(?:[,.]|$)|\s+and\s)/gu,
      "$1 $2",
    )
    // "the price I quoted", "the deposit we took", "how many dozen we made": a field named by
    // what was done with it.
    .replace(
      // ("what they ordered" asks; it is said as it is.)
      /\b(?!(?:date|time|day|what|which|who|where|when|how)\b)([\p{Ll}-]+)\s+(?:I|[Ww]e|[Tt]hey)\s+([a-z]{3,}(?:ed|id|nt|ld|ght|ok)|made|grew|took|drove|wrote|sold|won|ran|sang|caught)(?=\s*(?:[,.]|$)|\s+and\s)/gu,
      "$1 $2",
    )
    // "what she is owing": what is owed, by whoever it is.
    .replace(/\bwhat\s+(?:she|he|they|it)(?:\s+is|\s+are|['’]s|['’]re)\s+(owing|owed|due)\b/giu, "$1")
    .replace(
      /\bwhether\s+(?:the\s+)?([^,]+?)\s+(?:is|are|was|were|has\s+been)\s+[\p{L}'’-]+(?=\s*(?:[,.]|$))/giu,
      "$1",
    )
    // "is it paid": a yes or no asked of the thing, named by what it asks.
    .replace(
      /(^|,\s*|\band\s+)(?:is|are)\s+(?:it|they|she|he)\s+([a-z]+(?:ed|id|ne|wn|nt|ld))(?=\s*(?:[,.]|$))/giu,
      "$1whether it is $2",
    )
    // ("entregado si o no i esta bien si o no": the answers end their field before an "and" too.)
    .replace(
      new RegExp(
        String.raw`\s*\(?(?<![\p{L}\p{M}])(?:${YES_OR_NO_ANSWERS})(?![\p{L}\p{M}])\)?(?=\s*(?:[,;.]|$)|\s+(?:and|y|i|e|und|et|en|og|och)\s)`,
        "giu",
      ),
      "",
    )
    // "paid or not", Hawaiian "uku ʻia a i ʻole ʻaʻole": the "or not" of a yes or no is no field.
    .replace(
      /(?<=[\p{L}\p{M}])\s+(?:or\s+not|या\s+नहीं|o\s+micca|o\s+no|ou\s+pas|ou\s+non|oder\s+nicht|oder\s+nöd|oder\s+ned|oder\s+nit|to\s+te|atanapi\s+(?:teu\s+acan|henteu|teu)|atau\s+(?:belum|tidak|nggak|tak)|a\s+i\s+[ʻ‘']?ole\s+[ʻ‘']?a[ʻ‘']?ole)(?![\p{L}\p{M}])/giu,
      "",
    )
    // "the name of the school or group": the name, whichever it is.
    .replace(/\b(name|number|address|phone|email)\s+of\s+the\s+[\p{L}\p{M}-]+\s+or\s+[\p{L}\p{M}-]+/giu, "$1")
    // "the type, that's local school, local youth group or off-island, …": the values a field
    // takes, said after it, are no fields.
    .replace(/,\s*that['’]s\s+(?:[^,]+,\s*)*?[^,]+\s+or\s+[^,]+(?=,|$)/iu, "")
    // "who's teaching it, me or Phil": who it may be, named after the field, is no field.
    .replace(
      /(\bwho['’]s\s+[\p{L}-]+(?:\s+(?:it|them))?)\s*,\s*(?:me|us|him|her|\p{Lu}[\p{L}'’-]+)\s+or\s+(?:me|us|him|her|\p{Lu}[\p{L}'’-]+)(?=\s*,|\s*$)/gu,
      "$1",
    )
    // "what they want to carve, a letter, an ammonite, whatever takes their fancy": examples of
    // what they might say, closing the list, are no fields.
    .replace(
      /(\bwhat\s+(?:they|he|she|you|we|i)\s+[^,]+?)(?:\s*,\s*(?:a|an)\s+[^,]+){2,}(?:\s*,\s*(?:(?:or\s+)?whatever|anything|and\s+so\s+on|etc)[^,]*)?\s*$/iu,
      "$1",
    )
    // "the number, one to seven, the date": the range a field runs over is no field.
    .replace(
      /,\s*(?:from\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?:to|through|till|-|–)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a\s+hundred)(?=\s*(?:,|$))/giu,
      "",
    )
    // "first book, meaning the book they turn up in first": what a field means is no field.
    .replace(/,?\s*\b(?:meaning|i\.e\.|that is|which means)\s.*$/iu, "")
    // "des notes, genre "attention au muret"", "une entrée, des fois deux": an example or an aside ends the list.
    // ("a name, like Victorian maid or Elvis, a size, …": an example between commas is no field,
    // and the list goes on after it.)
    .replace(/,\s*(?:like|e\.g\.|such\s+as)\s+[^,]*\s+or\s+[^,]*(?=,\s*(?:a|an|the|their|its)\s)/iu, "")
    .replace(/,\s*(?:genre|like|e\.g\.|des fois|parfois|sometimes|a veces|tipo)\s.*$/iu, "")
    // "…, और रेट, क्योंकि गाय और भैंस के दूध का रेट अलग है": the reason after a list is no field.
    .replace(
      /,?\s*(?:because|since(?!\s+when\s*(?:,|$))|क्योंकि|चूंकि|porque|parce que|weil|perché|omdat|ponieważ)\s.*$/iu,
      "",
    )
    // "…, directions to the house, for half of them has no name on the gate": "for" giving a reason.
    .replace(/,\s*for\s+(?:half|most|some|many|a\s+lot|lots|none|all)\s+of\s+(?:them|the\s+\S+)\s.*$/iu, "")
    // "pis la photo s'il y en a une": a condition at the end of the list says when, whatever its words.
    // ("the trip and if they paid" names a field of its own, a yes or no.)
    .replace(/(?<!,|\band)\s+(?:if|unless|s['’]il|quand|lorsque|cuando)\s+[^,]*$/iu, "")
    // "their language, Welsh or English, for the letters": the values a field takes, and what
    // it is for, are no fields ("girl, woman or man, Leng or Der": after a field said by its
    // values, two more values are a field of their own).
    .replace(
      /(?<!\sor\s+[\p{L}\p{M}-]+),\s*\p{Lu}[\p{L}\p{M}-]*\s+or\s+\p{Lu}[\p{L}\p{M}-]*(?=\s*(?:,|$))/gu,
      "",
    )
    // "their instrument, pipes or drums, and the date they joined": after a field said with
    // "the" or "their", two values without one, then more fields, are the values it takes.
    // ("the address, MassHealth or private, and …": a name, a phone or an address takes no
    // values said as two words; those are a field of their own; so are "single or double"
    // after "the time", which takes times, never sizes.)
    .replace(
      /((?:^|,)\s*(?:and\s+)?(?:the|their|its|his|her)\s+[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s*,\s*(?!(?:the|their|its|his|her|a|an)\s)([\p{L}\p{M}-]+\s+or\s+(?!not\b)[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)(?=\s*,)/giu,
      (whole, field: string, values: string) => {
        const last = field.trim().split(/\s+/).pop()!;
        return TAKES_NO_VALUES.test(last) || (WHEN_FIELD.test(last) && !TIME_VALUES.test(values))
          ? whole
          : field;
      },
    )
    .replace(/,\s*for\s+(?:the|their|our|its)\s+[^,]*$/iu, "")
    // "what kind it is, season, weekly, daily, senior or military": a field said as a question,
    // and the values it takes after it, are the one field its noun names.
    .replace(
      /\b(?:what|which)\s+(kind|type|sort|size|colou?r|level|grade)\s+(?:it|they|he|she)(?:\s+(?:is|are)|['’]s|['’]re)(?:\s*,\s*(?:[\p{L}\p{M}-]+\s*,\s*)*[\p{L}\p{M}-]+\s+or\s+[\p{L}\p{M}-]+)?/giu,
      "$1",
    )
    // "…, the winner and the margin, a bowl of odds or whatever it was": an example of the
    // value before it, said loosely, is no field.
    .replace(/,\s*[^,]*\bor\s+(?:whatever|something)(?:\s+(?:it|they)\s+(?:was|were|is|are))?\s*[.!]*$/iu, "")
    // "Les clients, c'est le nom, …": "it's" opens the list, no field.
    .replace(/^\s*(?:c['’]est|ce sont|it'?s|that'?s)\s+/iu, "")
    // Low German "sien Peerd un Liddmaat": "un" before a capital joins two fields, where French
    // "un" before a small letter is an article.
    .replace(/\s+un\s+(?=\p{Lu})/gu, ", ")
    // (Kölsch "en Telefonnummer un en E-Mail": "un" before an article of its own joins them too.)
    .replace(/\s+un\s+(?=(?:en|ene|e|et|de|d['’]r|dat|die)\s)/gu, ", ")
    // Kölsch "wat et es", "wo et em Lager hängk" (what it is, where it hangs in the store): "et"
    // after a question word is "it", no French "and"; the field is kept whole.
    .replace(/(?<![\p{L}])(wat|wo|wie|wann|wä)\s+et\s+/giu, "$1\u2060et\u2060");
  const items = list
    // "whether it's snooker or pool": two words it can be, one field said by both.
    .replace(
      /\bwhether\s+(?:it['’]?s|it\s+is|they['’]?re|they\s+are)\s+(?:a\s+|an\s+)?([\p{L}\p{M}-]+\s+or\s+(?!not\b)[\p{L}\p{M}-]+)(?=\s*(?:,|$))/giu,
      "$1",
    )
    // "whether they're year-round or camp people": the first of the two it can be, one field.
    .replace(
      /\bwhether\s+(?:it['’]?s|it\s+is|they['’]?re|they\s+are|he['’]?s|she['’]?s)\s+(?:the\s+|a\s+|an\s+)?([^,]+?)\s+or\s+[^,]+/giu,
      "$1",
    )
    // "whether they're on free school meals": what they are on, when it takes more than one word
    // ("whether it's on hold" is on hold).
    .replace(
      /\bwhether\s+(?:it['’]?s|it\s+is|they['’]?re|they\s+are|he['’]?s|she['’]?s)\s+on\s+(?:the\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+){1,3})(?=\s*(?:,|$))/giu,
      "$1",
    )
    // "if they use a wheelchair", "whether they need a ramp": what they use, a yes or no.
    .replace(
      /\b(?:if|whether)\s+(?:they|he|she|it)\s+(?:use|uses|need|needs|bring|brings)\s+(?:a|an|the|their|his|her)\s+([\p{L}\p{M}-]+)(?=\s*(?:,|$))/giu,
      "$1",
    )
    // "if it's ready", "whether they're late", "if it's finished for the day": what it is, a yes
    // or no (for how long is no part of it).
    .replace(
      /\b(?:if|whether)\s+(?:it['’]s|it\s+is|they['’]re|they\s+are)\s+([\p{L}\p{M}-]+)(?:\s+(?:for\s+the\s+(?:day|night|week|month|season|year)|today|tonight|yet|already))?(?=\s*(?:,|$))/giu,
      "$1",
    )
    // "whether they've got floodlights", "whether it has a roof": what it has, a yes or no.
    .replace(
      /\bwhether\s+(?:they['’]ve\s+got|they\s+have(?:\s+got)?|it['’]s\s+got|it\s+has(?:\s+got)?|he\s+has|she\s+has)\s+(?:an?\s+|any\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)(?=\s*(?:,|$))/giu,
      "$1",
    )
    // "whether they validate": what they do, a yes or no.
    .replace(/\bwhether\s+(?:they|it|he|she)\s+([\p{L}\p{M}-]+)(?=\s*(?:,|$))/giu, "$1")
    // "girl, woman or man": one field said by three values, none of them a field's name nor a
    // plural ("customer, gallons, salt or chlorine" are two fields and a third said by its values).
    .replace(
      /(^|,\s*|\band\s+)([\p{L}\p{M}-]+\s*,\s*)([\p{L}\p{M}-]+)\s+or\s+([\p{L}\p{M}-]+)(?=\s*(?:,|$))/giu,
      (whole, lead: string, first: string, next: string, last: string) =>
        // ("paid, collect or deliver": what was done to it is a yes or no of its own.)
        // ("serial, in or out": a pair of small words is a yes or no of its own.)
        [first.replace(/\s*,\s*$/, ""), next, last].some(
          (word) => COMMON_FIELD.test(word) || doneAlone(word) !== null || looksPlural(word.toLowerCase()),
        ) ||
        [next, last].every((word) => /^(?:in|out|on|off|up|down|open|shut|closed)$/i.test(word)) ||
        // ("student or not, UPI or cash": the first was a yes or no of its own.)
        new RegExp(String.raw`${escapeRegExp(first.replace(/\s*,\s*$/, ""))}\s+or\s+not\b`, "iu").test(given)
          ? whole
          : `${lead}${first.replace(/\s*,\s*/g, "\u2063")}${next}\u2060or\u2060${last}`,
    )
    // "starting in Waterford or Dungarvan": a field and the two places it can be, kept whole.
    .replace(
      /(^|,\s*|\band\s+)([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s+(?:in|at|from)\s+\p{Lu}[\p{L}\p{M}-]*)\s+or\s+(\p{Lu}[\p{L}\p{M}-]*)(?=\s*(?:,|$))/gu,
      "$1$2\u2060or\u2060$3",
    )
    // Kapampangan "bayad na o ali pa", paid or not yet: a value, "o", and its "not" in the
    // languages of the Philippines, one yes or no kept whole.
    .replace(
      /(^|,\s*)([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+o\s+((?:ali|hindi|dili|indi|diri|saan|wala|bukon)(?:\s+[\p{L}\p{M}-]+)?)(?=\s*(?:,|$))/giu,
      "$1$2\u2060o\u2060$3",
    )
    // "cash or LINE Pay or 月結", Lingala "M-Pesa to Airtel Money to Orange Money to cash",
    // Kapampangan "bale o simbaan o mall": one field said by three values or more, of a word or a
    // few each, parted by "or" ("to", "o"), kept whole.
    .replace(
      /(^|,\s*)((?:\p{L}[\p{L}\p{M}-]*)(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}(?:\s+(to|or|o)\s+\p{L}[\p{L}\p{M}-]*(?:\s+\p{L}[\p{L}\p{M}-]*){0,2}){2,})(?=\s*(?:,|$))/gu,
      (whole, lead: string, values: string, joiner: string) =>
        values.split(new RegExp(`\\s+${joiner}\\s+`, "u")).length >= 3
          ? `${lead}${values.replace(new RegExp(`\\s+${joiner}\\s+`, "gu"), `\u2060${joiner}\u2060`)}`
          : whole,
    )
    // "transfer or POS or cash": one field said by its three values, kept whole.
    .replace(
      /(^|,\s*|\band\s+)([\p{L}\p{M}-]+)\s+or\s+([\p{L}\p{M}-]+)\s+or\s+([\p{L}\p{M}-]+)(?=\s*(?:,|$))/giu,
      "$1$2\u2060or\u2060$3\u2060or\u2060$4",
    )
    // "cash or mobile money", "card or bank transfer": how something is paid, said by its two
    // values, the second of a few words, kept whole; so is "cash or D17", "cash or GCash" (an app by its name).
    .replace(
      /(^|,\s*|\band\s+)(cash|card|cheque|check|credit|debit|transfer|eftpos)\s+or\s+((?:[\p{L}\p{M}-]+\s+){0,2}(?:money|transfer|card|pay|payment|cash|banking|wallet))(?=\s*(?:,|$))/giu,
      "$1$2\u2060or\u2060$3",
    )
    .replace(
      /(^|,\s*|\b[Aa]nd\s+)([Cc]ash|[Cc]ard|[Tt]ransfer)\s+or\s+(\p{Lu}[\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)(?=\s*(?:,|$))/gu,
      "$1$2\u2060or\u2060$3",
    )
    // "licence or id number", "half or full day", "full or partial view": the last word is both's, one field said by
    // its two kinds ("phone or email address" stays two, a phone being a field of its own).
    .replace(
      /(^|,\s*|\band\s+)([\p{L}\p{M}-]+)\s+or\s+([\p{L}\p{M}-]+\s+(?:number|no\.?|day|date|view|time|price|rate|pass|ticket|payment|share))(?=\s*(?:,|$))/giu,
      (whole, lead: string, first: string, second: string) =>
        COMMON_FIELD.test(first) ? whole : `${lead}${first}\u2060or\u2060${second}`,
    )
    // "llistu o non", "pagado o no": a yes or no, as "ready or not" is (saidAsYesOrNo marks it).
    .replace(
      /(^|,\s*|\s(?:y|e|i)\s+)([\p{L}\p{M}-]+)\s+o\s+(?:non|no)(?=\s*(?:,|$)|\s+(?:y|e|i)\s)/giu,
      "$1$2",
    )
    // Asturian "tienda o particular", Spanish "tienda o particular", Portuguese "loja ou
    // particular": one field said by its two values, kept whole; so is Friulian "vacje di lat o
    // manze" (a milking cow or a heifer), the first value named by what it is of.
    .replace(
      /(^|,\s*|(?:^|\s)(?:and|y|e|i)\s+)((?:[\p{L}\p{M}-]+\s+(?:di|de|da|dal|del)\s+)?[\p{L}\p{M}-]+)\s+(o|ou)\s+([\p{L}\p{M}-]+)(?=\s*(?:,|$))/giu,
      "$1$2\u2060$3\u2060$4",
    )
    // Lombard "de l'alpeggio o de la stala" (from the summer pasture or from the byre): one field
    // said by two places it comes from, kept whole.
    .replace(
      /(^|,\s*|(?:^|\s)(?:and|y|e|i)\s+)((?:de|da|di|del|dal)\s+(?:(?:la|il|ol|el|lo)\s+|l['’])?[\p{L}\p{M}-]+)\s+(o|ou)\s+((?:de|da|di|del|dal)\s+(?:(?:la|il|ol|el|lo)\s+|l['’])?[\p{L}\p{M}-]+)(?=\s*(?:,|$))/giu,
      "$1$2\u2060$3\u2060$4",
    )
    // "weather go or no-go": a field said by its yes and its no, kept whole.
    .replace(
      /(^|,\s*|\band\s+)((?:[\p{L}\p{M}-]+\s+){0,2})([\p{L}]+)\s+or\s+(no-?\3)(?=\s*(?:,|$))/giu,
      "$1$2$3\u2060or\u2060$4",
    )
    // "cash or check", "shipped or picked up", German "bar oder TWINT": one field said by its
    // two values, kept whole.
    .replace(
      /(^|,\s*|\band\s+)([\p{L}\p{M}-]+)\s+(or|oder)\s+([\p{L}\p{M}-]+(?:\s+(?:up|out|off|in|back|down))?)(?=\s*(?:,|$))/giu,
      "$1$2\u2060$3\u2060$4",
    )
    // "chop bar or trader": the same, the first value of two words, when no word is a field's
    // name or a plural ("start date or time" stays two).
    .replace(
      /(^|,\s*)([\p{L}\p{M}-]+)\s+([\p{L}\p{M}-]+)\s+or\s+([\p{L}\p{M}-]+)(?=\s*(?:,|$))/giu,
      (whole, lead: string, first: string, second: string, third: string) =>
        [first, second, third].some(
          (word) => COMMON_FIELD.test(word) || TAKES_NO_VALUES.test(word) || looksPlural(word.toLowerCase()),
        )
          ? whole
          : `${lead}${first} ${second}\u2060or\u2060${third}`,
    )
    // "restaurant or farm gate", "… and cruiser or day boat": the same, the second value of two
    // words, when neither value names a field ("day" only describes the boat).
    .replace(
      /(^|,\s*|\band\s+)([\p{L}\p{M}-]+)\s+or\s+([\p{L}\p{M}-]+)\s+([\p{L}\p{M}-]+)(?=\s*(?:[.;]?\s*$|,))/giu,
      (whole, lead: string, first: string, second: string, third: string) =>
        [first, third].some((word) => COMMON_FIELD.test(word) || TAKES_NO_VALUES.test(word)) ||
        [first, second, third].some((word) => looksPlural(word.toLowerCase()))
          ? whole
          : `${lead}${first}\u2060or\u2060${second} ${third}`,
    )
    // "pick up or drop off": the same, both values of two words.
    .replace(
      /(^|,\s*)([\p{L}\p{M}-]+)\s+([\p{L}\p{M}-]+)\s+or\s+([\p{L}\p{M}-]+)\s+([\p{L}\p{M}-]+)(?=\s*(?:[.;]?\s*$|,))/giu,
      (whole, lead: string, first: string, second: string, third: string, fourth: string) =>
        [first, second, third, fourth].some(
          (word) => COMMON_FIELD.test(word) || TAKES_NO_VALUES.test(word) || looksPlural(word.toLowerCase()),
        )
          ? whole
          : `${lead}${first} ${second}\u2060or\u2060${third} ${fourth}`,
    )
    // "the year, base or retro and the price": the same before "and", when neither value is a
    // field of its own ("phone or email and the address" stays two).
    .replace(
      /(^|,\s*)([\p{L}\p{M}-]+)\s+or\s+([\p{L}\p{M}-]+)(?=\s+and\s)/giu,
      (whole, lead: string, first: string, second: string) =>
        COMMON_FIELD.test(first) ||
        COMMON_FIELD.test(second) ||
        TAKES_NO_VALUES.test(first) ||
        TAKES_NO_VALUES.test(second)
          ? whole
          : `${lead}${first}\u2060or\u2060${second}`,
    )
    // "…, which matters more than you'd think", "…, which I'd keep as their own thing": a clause
    // about the list ends it.
    .replace(
      /,\s*(?:which|that)\s+(?:i|i['’]d|we|we['’]d|you|they|is|are|was|were|matters|means|makes|would|will|can)\b.*$/iu,
      "",
    )
    .split(JOINER)
    .map((item) => item.replace(/\u2060(or|oder|to|o|ou|et)\u2060/gu, " $1 ").replace(/\u2063/gu, ", "))
    // "what it is": what the thing is, told in words.
    .map((item) => item.replace(/^\s*what\s+(?:it|they)\s+(?:is|are)\s*$/iu, "description"))
    // "how many games each side won": a count is named by what it counts; who did it is no part
    // of the name ("how many dozen of each kind" keeps what it is of).
    .map((item) =>
      item.replace(
        /^(\s*how\s+(?:many|much)\s+[\p{L}-]+)\s+(?:each|every|they|we|he|she|it|the)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s*$/iu,
        "$1",
      ),
    )
    // "how long it lasts": how long, whatever it is said of.
    .map((item) =>
      item.replace(/^(\s*how\s+long)\s+(?:it|they)\s+(?:takes?|lasts?|stays?|runs?)\s*$/iu, "$1"),
    )
    // "who it's signed out to", "who they're lent to": the person, named by what was done.
    .map((item) =>
      item.replace(
        /^\s*who(?:m)?\s+(?:it|they|she|he)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\s+([a-z]+(?:ed|en|nt|ld|wn)(?:\s+(?:out|over|off|back))?\s+(?:to|by|with|for))\s*$/iu,
        "$1",
      ),
    )
    // "časť dňa – ráno alebo večer": after a dash, the values the field takes.
    .map((item) =>
      item
        .trim()
        // "sizes with how many each": how many of each there are is said with the field, no part of it.
        .replace(/\s+with\s+how\s+many(?:\s+(?:each|of\s+each|per\s+[\p{L}-]+))?$/iu, "")
        // "each one with its number": what each one has is the field.
        .replace(/^each\s+(?:one\s+)?with\s+(?:its|their)\s+/iu, "")
        // "+ time or points taken off": a sign before an item is no part of it.
        .replace(/^[+&*~]+\s*/u, "")
        // "the 4 numbers": how many there are, said with "the", is no part of the name.
        .replace(
          /^(?:the|their|its|his|her)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?=[\p{L}\p{M}-]+s$|[\p{L}\p{M}-]+s\s+that\s)/iu,
          "",
        )
        // ("de l'alpeggio o de la stala": "de" is "from" in both values, no article.)
        .replace(ARTICLE, (article, _at: number, item: string) =>
          /^de\s.*\s(?:o|ou)\s+de\s/iu.test(item) ? article : "",
        )
        // "the numbers that came out": where they came from is no part of their name.
        .replace(
          /(?<=[\p{L}\p{M}]s)\s+that\s+(?:came|come|went|got|were|are)\s+(?:out|in|up|back|drawn|picked|chosen)$/iu,
          "",
        )
        // "ඉන්ඩෙක්ස් නම්බර් එක": Sinhala says "the" after the word, as "එක".
        .replace(/\s+(?:එක|එකක්)$/u, "")
        // "if they paid the dues": whether it was done to a thing, named by both, a yes or no.
        .replace(DONE_TO_A_THING, "$2 $1")
        // "the day it is needed": the day, named by what it is then.
        .replace(
          /^(date|day|time)\s+(?:it['’]?s|it\s+is|they['’]?re|they\s+are)\s+(needed|wanted|due|collected|picked\s+up)$/iu,
          "$1 $2",
        )
        // "where it's kept": where the thing is, kept as said.
        .replace(
          /^where\s+(?:it['’]s|it\s+is|they['’]re|they\s+are)\s+(kept|stored|parked|based|located|housed)$/iu,
          "where $1",
        )
        // "when it's due": the date it is, named by what it is then.
        .replace(
          /^when\s+(?:it['’]?s|it\s+is|they['’]?re|they\s+are)\s+(due|needed|ready|back|wanted)$/iu,
          "$1 date",
        )
        // "when it's due back", "when it went out": the date it is due back, the date it went out.
        .replace(
          /^when\s+(?:it['’]?s|it\s+is|they['’]?re|they\s+are)\s+due\s+(back|in|out)$/iu,
          "date due $1",
        )
        .replace(/^when\s+(?:it|they)\s+(went|came|got)\s+(out|in|back|home)$/iu, "date $1 $2")
        // "when it was planted", "when they joined": the date it was done.
        .replace(
          /^when\s+(?:they|it|he|she|we|i)\s+(?:was\s+|were\s+|got\s+)?([a-z]+(?:ed|en|id|nt|ght))$/iu,
          "date $1",
        )
        // "the trip and if they paid": whether it was done, named by what was done, a yes or no.
        .replace(
          /^(?:if|whether)\s+(?:(?:they|dey|dem|it|he|she)\s+(?:(?:have|has|had|were|was|are|is|got)\s+(?:been\s+)?)?|(?:it|they|he|she)['’](?:s|re|ve)\s+(?:been\s+)?)([a-z]+(?:ed|id|ne|wn|nt|ld))$/iu,
          "$1",
        )
        .replace(BEEN_SO, "$1")
        .replace(/\s+[–—]\s+.*$/u, "")
        // "tür: e-Fatura ya da e-Arşiv": after a colon inside a list, the values the field takes.
        .replace(/\s*:\s+.*$/u, "")
        // "the date they were added", "the date it came back", "the date we sent it".
        .replace(/^.*$/su, namedAsColumn)
        // "the doors that each one opens": what the other thing does says no more of its name.
        .replace(/(?<=[\p{L}\p{M}])\s+that\s+(?:each\s+one|it|they)\s+[a-z]+$/iu, "")
        // "the categories they can do", "the house they work for": who does what with it is no
        // part of its name ("whether it has been used" is read whole, as a yes or no; "where it
        // is", where the thing is now, whole too).
        .replace(
          /(?<=[\p{L}\p{M}])(?<!^(?:whether|who|where|what))\s+(?:(?:they|he|she|we|it)\s+(?:can|could|will|do|does|did|have|has|had|are|is|were|was)|they['’]re|we['’]re|it['’]s|he['’]s|she['’]s)\b.*$/iu,
          "",
        )
        // ("what they sell", "where they live": what they do is the field, kept as said.)
        .replace(
          /(?<=[\p{L}\p{M}])(?<!^(?:whether|what|where|how\s+often|how\s+long))\s+(?:they|he|she|we|i|you|each\s+of\s+them)\s+[a-z]+(?:\s+(?:the|a|an|their|our|his|her|its)\s+[\p{L}\p{M}-]+)?(?:\s+(?:for|in|at|on|with|to|from|into|by|up|out|off|back|down))?(?:\s+(?:it|them))?$/iu,
          "",
        )
        // "their test date if they've booked one", "la photo s'il y en a une": when it is there is no part of its name.
        // (Malay "nama si mati", the name of the deceased: "si" there is "the one who", part of it.)
        .replace(
          /\s+(?:if|when|unless|once|s['’]il|si(?!\s+(?:mati|meninggal|arwah|pembeli|penjual|pemilik|penerima|pemohon|penghantar)\b)|quand|lorsque|cuando)\s+.*$/iu,
          "",
        ),
    )
    // "the date and the venue, one for each Saturday": how many there are is no field.
    .filter(
      (item) =>
        item.length > 0 &&
        !/^(?:etc|and so on|…|\.\.\.)$/i.test(item) &&
        !/^(?:one\s+)?(?:for|per)\s+(?:each|every)\s/i.test(item),
    );
  if (items.length === 0) return null;
  // "…: Kunden bringen Fahrräder, wir erfassen den Auftrag": someone acting is a sentence, no field.
  // French "on" ("on note le prix") acts; English "on duty" is a field. "their name, phone and
  // address, and I like to put how they heard of me": after two fields or more, someone acting
  // ends the list instead.
  const english = isEnglish(list, true);
  const acting = items.findIndex((item) => SUBJECT_PRONOUN.test(item) && !(english && /^on\s/i.test(item)));
  if (acting >= 0 && acting < 2) return null;
  if (acting >= 2) items.splice(acting);
  // "their account number, the shops all have accounts": after two fields or more, what is
  // said of other things ends the list.
  const aside = items.findIndex(
    (item, index) =>
      index >= 2 &&
      /^(?:the\s+)?[\p{L}-]+s\s+(?:all\s+|both\s+)?(?:have|are|need|get|got|do)\s+\S/iu.test(item),
  );
  if (aside >= 2) items.splice(aside);
  // "कौन सा लड़का उस पर जाता है" ("which boy goes on it"): a field said as "which …" may run longer.
  // ("how many dozen of each kind": a count, named by what it counts, may run longer too.)
  // ("who the flowers are going to": who it is for, a field said as a clause, runs longer too.)
  // (Setswana "motho wa go bua le ene", the person to talk to, is who, said the same way.)
  const asked = new RegExp(
    `^(?:${WHICH}|who\\s+(?:the|their|its)|how\\s+many|how\\s+much|motho\\s+(?:wa|yo))\\s`,
    "iu",
  );
  // ("M-Pesa to Airtel Money to Orange Money to cash": one field said by three values or more
  // may run longer as well.)
  // (Kinyarwanda "umuntu ku giti cye cyangwa ikigo", a person on their own or a company, and
  // Hausa "an kai ko ba a kai ba", delivered or not: two values of a few words each, parted by
  // "cyangwa" or "ko", or; Lombard "de l'alpeggio o de la stala", parted by "o".)
  const byItsValues = (item: string) =>
    (item.split(/\s+(?:or|oder|to|ko)\s+/u).length >= 3 &&
      item.split(/\s+(?:or|oder|to|ko)\s+/u).every((value) => value.split(/\s+/).length <= 3)) ||
    (item.split(/\s+(?:cyangwa|ko|o)\s+/u).length >= 2 &&
      item.split(/\s+(?:cyangwa|ko|o)\s+/u).every((value) => value.split(/\s+/).length <= 4));
  if (
    items.some(
      (item) => item.split(/\s+/).length > MAX_FIELD_WORDS && !asked.test(item) && !byItsValues(item),
    )
  )
    return null;
  // "(the dentist decides, depending on their teeth)", "(awful, but paid for)": a thing that
  // acts, or words that go on a thought, are an aside.
  // ("since when", said of a field, asks the date it started: a field.)
  if (
    items.some((item) =>
      /^(?:but|though|although|because|since(?!\s+when\s*$)|so|depending|unless|except)\b/i.test(item),
    )
  )
    return null;
  // ("special packs", "extra packs": two words ending on a plural, in a list, are a field's name.)
  if (
    english &&
    items.some(
      (item) =>
        !/^[\p{L}-]+\s+[\p{L}-]+s$/u.test(item) &&
        // ("date went out", "date due back": when it was done is a field.)
        !/^(?:date|time|day)\s/iu.test(item) &&
        // ("how many places are left": a count, whatever its verb; "who the flowers are going
        // to" says who, whatever its verb.)
        !/^(?:how\s+(?:many|much)|who\s+(?:the|their|its))\s/iu.test(item) &&
        // ("weather go or no-go": a field said by its yes and its no, no weather that goes.)
        !/^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+([\p{L}]+)\s+or\s+(?:no-?|not\s+)\1$/iu.test(item) &&
        saysSomethingHappens(`the ${item}`),
    )
  )
    return null;
  return items.map((item) => {
    const field = toField(item);
    return saidAsYesOrNo(item, given) ? { ...field, yesOrNo: true } : field;
  });
}

/**
 * "For every family we keep the name, the phone, the address and <a field no reader knows>":
 * said as a record, its fields are read up to the one that reads as none, two at least, rather
 * than the record being lost for one odd word.
 */
function fieldItemsUpToTheOdd(given: string): SaidField[] | null {
  const whole = fieldItems(given);
  if (whole) return whole;
  const cuts = [...given.matchAll(/\s*,\s*(?:and\s+)?|\s+and\s+/giu)].map((cut) => cut.index).reverse();
  for (const cut of cuts) {
    const before = given.slice(0, cut);
    if (before.split(/\s*,\s*|\s+and\s+/iu).length < 2) break;
    const fields = fieldItems(before);
    if (fields) return fields;
  }
  return null;
}

/** The answers said after a yes-or-no field: "Y/N", "yes/no", "true/false", "yes or no", Piedmontese "sì o nò", te reo Māori "āe/kāo". */
export const YES_OR_NO_ANSWERS = String.raw`y\/n|yes\/no|true\/false|[āa]e\/k[āa]o|yes\s+or\s+no|o\s+non|o\s+nono|o\s+no|ou\s+non|ja\s+(?:oder|of|eller)\s+(?:nee|nein|na|noa|nö|nej|nei)|(?:schi|sci|sì|sí|si|sim|oui|da|tak|evet)\s+(?:o|ò|ou|ili|lub|veya)\s+(?:na|no|nò|non|não|ne|nie|hayır)`;

/** "dangerous goods yes or no", "urgent or not", "lot-tracked Y/N": a field said with the yes or no it takes. */
function saidAsYesOrNo(item: string, given: string): boolean {
  const name = item.trim().replace(/[.!?]+$/u, "");
  if (name.length === 0) return false;
  // ("snooker or pool", from "whether it's snooker or pool", and "half paid or full paid" take one
  // of two values, not a yes or no.)
  if (/\sor\s+(?!not\b)\S+(?:\s+\S+)?$/iu.test(name)) return false;
  const escaped = escapeRegExp(name);
  const done = name.match(/^(.+)\s+([a-z]+(?:ed|id|ne|wn|nt|ld))$/iu);
  return (
    (done !== null && given.match(DONE_TO_A_THING_SAID)?.[2]?.toLowerCase() === done[1]!.toLowerCase()) ||
    new RegExp(
      String.raw`(?<![\p{L}\p{M}])${escaped}\s*[,(]?\s*(?:${YES_OR_NO_ANSWERS}|or\s+not)(?![\p{L}\p{M}])`,
      "iu",
    ).test(given) ||
    // "whether Form C is done": whether it is so, named by what it is about.
    new RegExp(`\\bwhether\\s+(?:the\\s+)?${escaped}\\s+(?:is|are|was|were|has\\s+been)\\s`, "iu").test(
      given,
    ) ||
    // "whether it's paid", "whether it passed", "if they were delivered": whether it was done, said of the thing itself.
    new RegExp(
      String.raw`\b(?:whether|if)\s+(?:it|they|he|she)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were|\s+has\s+been|\s+have\s+been)?\s+${escaped}(?![\p{L}\p{M}])`,
      "iu",
    ).test(given)
  );
}

/** "which plumber drives it" → plumber, pointing at plumbers; "who paid" stays as said. */
function toField(item: string): SaidField {
  const lower = item
    .toLowerCase()
    .replace(/[.!?]+$/, "")
    // "a note of my own" is a note; "a wee description of where they are", a wee description.
    .replace(/\s+of\s+(?:my|our|their|your|his|her)\s+own$/, "")
    .replace(/(?<=\S)\s+of\s+(?:where|what|how|who|when|which)(?:\s.*)?$/, "")
    .trim();
  // "if she been here before": whether it has been so, a yes or no.
  const beenSo = lower.match(BEEN_SO);
  if (beenSo) return { said: beenSo[1]!, refersTo: null, yesOrNo: true };
  const which = lower.match(
    new RegExp(`^(?:${WHICH})\\s+([\\p{L}\\p{M}-]+)((?:\\s+[\\p{L}\\p{M}'’-]+){0,4})$`, "u"),
  );
  // "what was done", "what happened", "what needs doing", "what they sell": no noun follows the
  // question word; it is said as it is.
  if (
    which &&
    /^(?:was|were|is|are|did|does|do|has|have|had|got|gets|happened|happens|went|goes|came|needs|they|it|he|she|we|you)$/u.test(
      which[1]!,
    )
  )
    return { said: lower, refersTo: null };
  // "which days they've worked this week": when something was done is a question the record
  // answers, kept as said; the days are no other thing it points at.
  if (
    which &&
    /^(?:days|nights|weeks|dates|mornings|evenings|afternoons|times)$/.test(which[1]!) &&
    /^\s+(?:they|he|she|it)(?:'ve|'s|\s+have|\s+has)?\s+[a-z]+(?:ed|id|ne|nt|ght|en|wn)\b/.test(
      which[2]!.replace(/’/g, "'"),
    )
  )
    return { said: lower, refersTo: null };
  // "which pay machine": a name of two nouns and no verb is the whole of it.
  const named = which ? `${which[1]}${which[2]}` : "";
  if (which && /^\s+[\p{L}\p{M}-]+$/u.test(which[2]!) && isEnglish(lower, true) && isFieldWord(named))
    return { said: named, refersTo: singularize(named) };
  // "which street end they're at": a second word naming a part or a place goes with the first.
  const part = (which?.[2] ?? "").match(
    /^\s+(end|side|number|name|type|size|area|zone|code|level|group|class|team|room|spot|stop|point|gate|lane|row|box|bay|shelf|slot|post|station)(?:\s+(?:they|it|he|she|we|you|i)\b|$)/u,
  );
  if (which && part) return { said: `${which[1]} ${part[1]}`, refersTo: null };
  // "what part of the island", "which end of town": which part of a place, kept as said.
  const partOf = (which?.[2] ?? "").match(/^\s+of\s+(?:the\s+)?[\p{L}\p{M}-]+$/u);
  if (which && partOf && /^(?:part|end|side|corner|bit)$/.test(which[1]!))
    return { said: `${which[1]}${which[2]}`, refersTo: null };
  if (which) return { said: which[1]!, refersTo: singularize(which[1]!) };
  if (!isEnglish(lower, false)) {
    // (Lombard "data che l'è stada facia", the date it was made: a date is named by what it is
    // the date of, kept whole.)
    const head = /^(?:data|fecha|date|datum)\s/u.test(lower)
      ? lower
      : lower.replace(FIELD_CLAUSE_ELSEWHERE, "");
    if (head !== lower && head.length > 0) return { said: head, refersTo: null };
    const bare = withoutWhoseAndWhen(lower);
    if (bare !== lower && bare.length > 0) return { said: bare, refersTo: null };
  }
  // "every driver has one route": the route is what each holds.
  const eachHas = lower.match(
    /^(?:each|every)\s+[\p{L}\p{M}-]+\s+(?:has|have)\s+(?:(?:one|a|an|the|its|their)\s+)?([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)$/u,
  );
  if (eachHas) return { said: eachHas[1]!, refersTo: null };
  // "combien de centimètres sont tombés", "cuántos kilos": how many of a thing is the thing's count.
  // ("quanti chili de feuggie", "cuántos kilos de café": a measure of something keeps what it measures.)
  // (Lombard "quante forme intréghe", how many whole wheels: a word that says which ones goes with it.)
  const howMany = lower.match(
    /^(?:combien\s+d[e'’]\s*|cuánt[oa]s\s+|quant[ie]\s+|quant[oa]s\s+|कितने\s+|कितनी\s+|कितना\s+)([\p{L}\p{M}]+(?:\s+(?:de|di|da|del|della|dei|delle)\s+[\p{L}\p{M}]+$|\s+[\p{L}\p{M}]+$)?)/u,
  );
  if (howMany && !isEnglish(lower, false)) return { said: howMany[1]!, refersTo: null };
  // "who the sitter is" is the sitter; "who the contact person is", the contact person.
  const whoIs = lower.match(
    /^who\s+(?:the|their|its)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+){0,2})\s+(?:is|was|will be)$/u,
  );
  if (whoIs) return { said: whoIs[1]!, refersTo: null };
  // "the player it belongs to" points at the player; "whether it's loaded" is a yes or no.
  const belongs = lower.match(/^([\p{L}\p{M}-]+)\s+(?:it|they|this|that)\s+belongs?\s+to$/u);
  if (belongs) return { said: belongs[1]!, refersTo: singularize(belongs[1]!) };
  const whether = lower.match(
    /^whether\s+(?:it'?s|it is|they'?re|they are|it was|it has been|they have been|they were|it got|they got)\s+([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)$/u,
  );
  if (whether) return { said: whether[1]!, refersTo: null };
  // "whether the marker's set" is whether it is: a yes or no named by the thing and its state.
  const whetherThe = lower.match(
    /^whether\s+(?:the|its|their)\s+([\p{L}\p{M}-]+)(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+([\p{L}\p{M}-]+)$/u,
  );
  if (whetherThe) return { said: `${whetherThe[1]!} ${whetherThe[2]!}`, refersTo: null };
  // "the name of who's buried there": the name, of whoever it is.
  const nameOfWho = lower.match(
    /^(name|names|age|phone)\s+of\s+(?:who|who['’]s|whoever|the\s+(?:one|person))\b.*$/u,
  );
  if (nameOfWho) return { said: nameOfWho[1]!, refersTo: null };
  // "the trainer who signed them off" is the trainer; "who paid" names no one and stays as said.
  const relative = lower.match(/^([\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)\s+(?:who|that|which)\s+\S.*$/u);
  if (relative && isEnglish(lower, true)) return { said: relative[1]!, refersTo: null };
  return { said: lower, refersTo: null };
}

function looksPlural(name: string): boolean {
  const last = name.split(" ").pop()!;
  return singularize(last) !== last;
}

/** "meal plans" → "meal plan"; "registros diarios" → "registro diario". */
export function keyOf(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const last = words.length - 1;
  // Adjectives follow their noun in Spanish and agree with it: both lose the plural.
  const bothPlural =
    words.length === 2 && singularize(words[0]!) !== words[0] && /[áéíóúñ]|os$|as$/u.test(name);
  // "check ins", "pick ups": a verb and its particle, the particle taking the plural.
  const particle = (word: string, index: number) =>
    index === last && last > 0 && /^(?:ins|outs|ups|offs|downs|overs|ons)$/.test(word);
  return words
    .map((word, index) =>
      particle(word, index) ? word.slice(0, -1) : index === last || bothPlural ? singularize(word) : word,
    )
    .join(" ");
}

/**
 * "buying centres: name, route … each centre has one clerk": a thing named short, by the last
 * word of another's name, is that other thing, and what it has is that thing's. So is one
 * named by another's name and a word for a place in it ("lineups: …, every lineup spot is one
 * player on one gig"); "invoice lines" are things of their own.
 */
function withShortNamesJoined(things: SaidThing[]): SaidThing[] {
  const joined: SaidThing[] = [];
  for (const thing of things) {
    // ("Orders: …" and "Purchase orders: …", each listed with its fields, are two things.)
    const full =
      thing.fields.length <= 1
        ? things.find((other) => other !== thing && other.key.endsWith(` ${thing.key}`))
        : things.find(
            (other) =>
              other !== thing &&
              other.fields.length > 0 &&
              new RegExp(`^${escapeRegExp(other.key)}\\s+(?:spot|slot|place)$`, "u").test(thing.key),
          );
    if (!full) {
      joined.push(thing);
      continue;
    }
    const known = new Set(full.fields.map((field) => keyOf(field.said)));
    full.fields.push(...thing.fields.filter((field) => !known.has(keyOf(field.said))));
  }
  return joined;
}

/**
 * "Orders (customer, pit, cloth (wrapper, brocade or shadda), yards)": brackets inside a
 * thing's brackets say what one field holds, its values or an aside; the thing's own list
 * is read without them.
 */
function withoutBracketsInBrackets(text: string): string {
  let before: string;
  let after = text;
  do {
    before = after;
    after = before.replace(/(\([^()\n]*?)\s*\([^()\n]*\)/gu, "$1");
  } while (after !== before);
  return after;
}

function add(things: SaidThing[], said: string, fields: readonly SaidField[]): void {
  // "every shift underground, that's the date, …": where each happens is no part of its name.
  const name = said
    .replace(
      /(?<=\p{L}{3})\s+(?:underground|upstairs|downstairs|abroad|overseas|offshore|ashore|afloat|outdoors|indoors)$/iu,
      "",
    )
    // ("A field's only got the one grazier's sheep in it": "'s" is "has", no part of the name.)
    .replace(/(?<=\p{L}{3})['’]s$/u, "");
  const key = keyOf(name);
  // "Every tuk-tuk has …" read as "tuk tuk" in prose is the "Tuk-tuks" listed: the same thing,
  // named as the person wrote it, with its hyphen.
  const unhyphenated = (text: string) => text.replace(/(?<=\p{L})-(?=\p{L})/gu, " ");
  // ("a cargador has 2 max" after "cargadores: name, …": the Spanish plural "-es" after a
  // consonant, which English reads as a plural "-s", names the same thing.)
  const spanishPlural = (thing: SaidThing) =>
    /[^aeiouáéíóú]es$/iu.test(thing.said) && thing.said.toLowerCase() === `${name.toLowerCase().trim()}es`;
  const existing =
    things.find((thing) => thing.key === key) ??
    things.find((thing) => unhyphenated(thing.key) === unhyphenated(key)) ??
    things.find(spanishPlural);
  if (existing && existing.key !== key && key.includes("-")) {
    existing.said = name;
    existing.key = key;
  }
  // "Prices: buyer, grade, height, price": a field named as its thing is the value it holds;
  // a thing pointing at itself is no field.
  const kept = fields.filter((field) => keyOf(field.said) !== key || field.refersTo === null);
  // "…, eh": a word of the talk, with nothing said of it, is no thing.
  if (kept.length === 0 && DISCOURSE.test(name.trim())) return;
  if (!existing) {
    things.push({ said: name, key, fields: [...kept] });
    return;
  }
  for (const field of kept)
    if (!existing.fields.some((known) => known.said === field.said)) existing.fields.push(field);
}

/** Things from several texts, one entry per thing, fields in the order first said. */
export function mergeThings(lists: readonly (readonly SaidThing[])[]): SaidThing[] {
  const merged: SaidThing[] = [];
  for (const list of lists) for (const thing of list) add(merged, thing.said, thing.fields);
  return merged;
}

/** A text without its listed things ("Jobs (customer, address)", "Vans: name, driver"), for reading what people do. */
export function withoutThingLists(text: string): string {
  // "Places: name, type. And relationships between characters, so that it can draw a family
  // tree.": a paragraph holds lists and sentences; only the lists go.
  return text
    .replace(/\([^()\n]*\)/g, "")
    .split("\n")
    .map((line) =>
      line
        .split(/(?<=[.!?])\s+/)
        .filter(
          (sentence) =>
            !/^\s*(?:[-*•]\s*|\d+[.)]\s*)?[\p{L}\p{M}][\p{L}\p{M}' -]{0,40}:\s*\S/u.test(sentence),
        )
        .join(" "),
    )
    .join("\n");
}
