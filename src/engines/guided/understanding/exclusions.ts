import { isPastForm, singularize, verbBase } from "../language/inflection.js";
import { createMemo } from "../language/memo.js";
import { isPerson } from "../language/noun-kinds.js";
import { escapeRegExp } from "../language/regexp.js";
import { tagWords } from "../language/tagger.js";
import { isBackground, THE_PLACE_HAS_NONE, tellsAStory } from "./background.js";
import { namesTheSoftwareItself, withoutCaseRules } from "./case-rules.js";
import { isDismissal, isDismissalOnItsOwn } from "./dismissals.js";
import { pointedBackExclusions } from "./exclusions-pointed-back.js";
import { isEnglish, isFunctionWordElsewhere, readsAsTetum } from "./language.js";
import {
  DOES_NOT_COUNT_RULE,
  NONE_IN_A_PLACE_RULE,
  NOT_ALLOWED_OR_CHARGED_RULE,
  NOT_IN_ONE_PLACE_RULE,
  ONLY_INSTEAD_RULE,
  PAST_A_MEASURE,
  SENT_BACK_RULE,
  UNABLE_THEN_RULE,
} from "./limits-kept.js";
import {
  LEADING_ARTICLE_ELSEWHERE,
  LEFT_OUT_AROUND_ELSEWHERE,
  NO_WORD_ELSEWHERE,
  NOT_WANTED_AFTER_THING,
  NOT_WANTED_BEFORE_THING,
  SAYS_NOT_ELSEWHERE,
} from "./negations-elsewhere.js";
import { SCOTS_NOT, SCOTS_OWN } from "./spoken-english.js";

/**
 * What a person said the software must not have: "No GPS tracking of the vans", "we
 * don't need chat", "student logins are not needed". Each becomes a line of the spec's
 * out-of-scope section and keeps its words out of every other part.
 */
export interface Exclusion {
  /** As the person wrote it, without the negation: "GPS tracking of the vans", "send emails". */
  said: string;
  /** Set when what is left out is something the software would do ("send emails"), not a thing it has. */
  action: boolean;
  /**
   * What to keep out, each a set of word stems that must all appear: "GPS tracking of the
   * vans" gives [["gps", "track"]], so a feature "track each van" stays.
   */
  keys: string[][];
  /**
   * The thing it is said of, singular, when the person said so: "names … of the families
   * stored" keeps names off the families only, so an agency keeps its name.
   */
  scope?: string;
  /**
   * Said of people while telling what to keep ("I don't need the parents in there"): they
   * are kept out of the data only; the software may still send them things.
   */
  dataOnly?: boolean;
}

/** Words that say "no" before a thing, in the languages people write in most. */
const NO_WORD = `no|nothing like|sin|ningún|ninguna|ninguno|pas de|sans|aucun|aucune|kein|keine|keinen|keinem|keiner|ohne|senza|nessun|nessuna|nessuno|sem|nenhum|nenhuma|${NO_WORD_ELSEWHERE}`;

/** "No X" with what follows it up to the end of the clause, or up to the next "no": "keine Bezahlung und kein Chat". */
const NO_PHRASE = new RegExp(
  `(?:^|[\\s,;:(—-])(?:(?:${NO_WORD})\\s+|pas d')([^.;:!?()\\n,]+?)(?=\\s+(?:(?:and|or|und|oder|et|ou|y|o|e)\\s+)?(?:${NO_WORD})\\s|[.;:!?()\\n,]|$)`,
  "giu",
);

/** Whether a word acts in its sentence: a verb the lexicon knows, or one the sentence shows ("never page anyone"). */
function actsIn(sentence: string, word: string): boolean {
  const lower = word.toLowerCase();
  return (
    verbBase(lower) !== null ||
    tagWords(sentence).some((tagged) => tagged.word === lower && tagged.tag === "verb")
  );
}

/** "player goes on …", "customer teks out …": one or two names, then what they do. */
function nobodyActs(afterNo: string): boolean {
  const words = tagWords(afterNo);
  if (words[0]?.tag !== "noun") return false;
  // "No car can go on the ferry", "no car cyaan go": no one of a thing may do something.
  if (
    /^[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:can|may|could|should|must|will|cyaan|cyan|can'?t|cannot)\s+(?!be\s)[\p{L}]/iu.test(
      afterNo,
    )
  )
    return true;
  // One name or two ("contest entry"), then the verb: "goes", or "teks out", a word no lexicon
  // holds, said of someone, before a word that only follows a verb.
  return [1, 2].some((at) => {
    const word = words[at];
    if (!word || (at === 2 && words[1]!.tag !== "noun")) return false;
    // "No maps needed": what is not needed is left out.
    if (/^(?:needed|wanted|required|necessary|included|please|thanks)$/i.test(word.word)) return false;
    // "No cloud sync": a name ending the "no" is what is left out; someone acting does something.
    if (at === words.length - 1 && word.base === word.word) return false;
    return (
      (word.tag === "verb" && !/ing$/.test(word.word)) ||
      (/[^s]s$/.test(word.word) &&
        /^(?:out|up|off|in|on|back|away|down|over|home)$/.test(words[at + 1]?.word ?? ""))
    );
  });
}

/** "the vaccinations … are the responsibility of the Department", "the sale of cattle is his private affair": someone else's. */
const RESPONSIBILITY_OF =
  /(?:^|[.;!?\n]\s*)(?:(?:i\s+should\s+(?:add|say|mention)\s+that|also|and|likewise,?|similarly,?)\s+)?(?:the\s+)?([^.;:!?,\n]{2,60}?)\s+(?:is|are)\s+(?:(?:the\s+|entirely\s+the\s+)?(?:responsibility|job|business|concern|domain)\s+of\s+|(?:his|her|their|its|our)\s+(?:own\s+)?private\s+(?:affair|business|matter))/giu;

/** What a text hands to someone outside the software, as the person named it. */
function someoneElsesThings(text: string): string[] {
  return [...text.matchAll(RESPONSIBILITY_OF)]
    .filter((match) => someoneElsesAfter(text.slice((match.index ?? 0) + match[0].length), match[0]))
    .map((match) => match[1]!);
}

/**
 * Whether "the responsibility of" names someone outside the software ("the Department of
 * Veterinary Services", "our accountant"), not one of its people ("the parent who signs up");
 * "his private affair" always does.
 */
function someoneElsesAfter(after: string, matched: string): boolean {
  if (/private\s+(?:affair|business|matter)$/i.test(matched.trim())) return true;
  return /^(?:the\s+)?\p{Lu}|^(?:our|the|my|their)\s+(?:accountant|bookkeeper|treasurer|committee|council|office|finance|bank|landlord|lawyer|solicitor|head\s+office|government|ministry)\b/u.test(
    after,
  );
}

/** "… and said, Peg, there's no fish.": a sentence someone said, reported after "said,". */
const REPORTED_SPEECH =
  /(\b(?:said|says|say|asked|asks|told\s+(?:me|us|him|her|them)|shouted|yelled))\s*,\s*[^.!?\n]*/giu;

/**
 * "The first month", "on Sundays", "after 6pm", "for the first two weeks", "Sunday",
 * "outside the season", "in December", "after that": a time a rule holds for, said first ("Sunday no
 * payment", "outside the season there is no trip to book", "…, after that no refund").
 */
const TIME_FIRST =
  /\b(?:(?:in|on|for|during)\s+)?(?:the\s+)?(?:first|last|opening|final|closing)\s+(?:\w+\s+)?(?:day|week|month|year|round|session|hour|night|season|term|lap|game)s?\b|\b(?:on|at)\s+(?:sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|weekends?|nights|bank\s+holidays)\b|^\s*(?:(?:and|but|on|every)\s+)?(?:sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|weekends?|holidays?|christmas|easter|league\s+nights?)(?:\s+(?:there(?:'s|\s+is|\s+are)\s+)?no)?\s*$|\b(?:before|after|until|till)\s+(?:\d|noon|midnight|dark|closing)|\b(?:after|past|beyond)\s+(?:that|then|this|which)(?:\s+(?:date|day|time|point))?(?:\s+(?:there(?:'s|\s+is|\s+are)\s+)?no)?\s*$|\b(?:outside|out\s+of|during|over|in|through|off)\s+(?:the\s+)?(?:season|off-season|low\s+season|high\s+season|summer|winter|spring|autumn|fall|school\s+holidays|holidays?|term\s+time|term|evenings?|nights?|weekends?)\b|\b(?:in|during|from|before|after|until|till|over)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * "No ID, no ticket, simple as", "No PIC number, no goats, every load has to come with the
 * station's PIC": a rule said as two "no"s and a word on it, or what must be, nothing left
 * out; "No payments, no chat." on its own leaves both out.
 */
export const NO_THIS_NO_THAT =
  /^\s*no\s+[\p{L}\p{M}'-]+(?:\s+[\p{L}\p{M}'-]+)?\s*,\s*no\s+[\p{L}\p{M}'-]+(?:\s+[\p{L}\p{M}'-]+)?\s*,\s*(?:(?!(?:thanks|thank\s+you|please|cheers|ta)\b)[\p{L}\p{M}'-]+(?:\s+[\p{L}\p{M}'-]+)?|(?:every|each|all|the|you|they|we)\s+[^.;:!?]*?\b(?:has\s+to|have\s+to|must|needs?\s+to|gotta)\b[^.;:!?]*)\s*[.!]?\s*$/iu;

/**
 * "No farm number, no collection", "No money, no loading, I learnt it the hard way": two
 * "no"s, one of them named elsewhere in the person's words as kept ("Every farmer must have
 * a farm number", "pays full before loading"), are a rule of the one on the other.
 */
const NO_THIS_THEN_THAT =
  /(?:^|,)\s*no\s+([\p{L}\p{M}'-]+(?:\s+[\p{L}\p{M}'-]+)?)\s*,\s*no\s+([\p{L}\p{M}'-]+(?:\s+[\p{L}\p{M}'-]+)?)\s*(?:,[^.!?]*)?[.!]?\s*$/iu;

function requiredForTheOther(sentence: string, text: string): boolean {
  const pair = sentence.match(NO_THIS_THEN_THAT);
  if (!pair) return false;
  // "Every diver got to have his TIB licence number, no licence, no buy": the pair may close a
  // sentence that names the one kept.
  const elsewhere = text.replace(sentence, ` ${sentence.slice(0, pair.index ?? 0)} `);
  return [pair[1]!, pair[2]!].some((said) =>
    new RegExp(`(?<!\\bno\\s+)(?<![\\p{L}])${escapeRegExp(said)}(?![\\p{L}])`, "iu").test(elsewhere),
  );
}

/**
 * "for 28 days", "in the first month", "after 8 o'clock", "in December", "on July 1st": the time a "no" holds
 * for, which makes it a rule of the thing ("No boxing for 28 days after a stoppage", "so no orders
 * in that time" after the hours the shops close, "we don't
 * take no sacks after 8 o'clock at night", "There's no burials on Decoration Day").
 */
const FOR_A_TIME =
  /(?<![\p{L}])(?:(?:in|during|at|for)\s+(?:that|this|those|these)\s+(?:time|times|hours?|window|period|slot|break|hour)|for\s+\d+\s+(?:days?|weeks?|months?|hours?|minutes?|years?)|in\s+the\s+first\s+(?:day|week|month|year|round|session|hour)|(?:after|before|until|till)\s+(?:a|an|the|\d+(?:st|nd|rd|th|am|pm)?)|on\s+(?:the\s+)?(?:[\p{L}'’-]+\s+)?(?:day|days|eve|sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|weekends?|holidays?)|on\s+(?:the\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december))?)(?![\p{L}\d])|(?:after|before)\s+dark|at\s+night|(?:in|during|over)\s+(?:the\s+)?(?:january|februa?r[iy]e?|march|maart|april|may|mei|june|junie|july|julie|august|augustus|september|october|oktober|november|december|desember|winter|summer|high\s+season|school\s+holidays))\b/iu;

/** What negates a verb: "don't", "must not", "never", "we're not" (doing), "we ain't" (mailing), "no" (as in "no queremos"). */
const NEGATOR =
  "(?:we'?re|we\\s+are|i'?m|i\\s+am|we\\s+ain'?t|i\\s+ain'?t)\\s*(?:not)?(?<=not|ain'?t)(?=\\s+(?:doing|offering|selling|running|providing|handling|taking|adding|including|hosting|organi[sz]ing|stocking|mailing|posting|shipping|delivering|sending|renting|hiring|serving)\\s)|(?:should|must|shall|will|can)\\s+also\\s+not|nuh\\s+fi|nuh(?=\\s)|(?:i'?d|we'?d|i would|we would) rather not|(?:i'?d|we'?d|i should|we should|i would|we would) prefer not to|don'?t\\s+think\\s+(?:we|i|you)(?:'d|'ll|\\s+would|\\s+will)?|divvent|dinnae|don'?t|do not|doesn'?t|does not|needn'?t|need not|ain'?t\\s+(?:gonna|going\\s+to)(?:\\s+go(?=\\s))?|(?:isn'?t|is\\s+not|'s\\s+not)\\s+(?:gonna|going\\s+to)|won'?t|will not|shouldn'?t|should not|must not|mustn'?t|must never|should never|shall not|cannot|can'?t|never|no";

/**
 * "we don't need X", "it must not send X", "it never pushes", "no queremos X". After a
 * verb of wanting the object is what is left out ("don't need chat" → chat); after any
 * other verb the action is ("must not send emails" → send emails, so an email field
 * stays). After a bare "no" only the verbs listed in NO_VERBS count: "no chat" is a thing.
 */
const NOT_VERB_PHRASE = new RegExp(
  `\\b(${NEGATOR})\\s+(?:really\\s+|ever\\s+|even\\s+|actually\\s+|also\\s+|be\\s+)?(hace falta|bother with|care about|deal with|get into|go near|[\\p{L}\\p{M}'-]+)(\\s+(?:any\\s+|for\\s+|to\\s+(?:have\\s+|use\\s+|support\\s+)?)?|\\s*(?=[.;:!?,]|$))([^.;:!?()\\n,]*(?:(?:,\\s*[^.;:!?()\\n,]+)*,?\\s+(?:or|nor)\\s+[^.;:!?()\\n,]+)?)`,
  "giu",
);

/** Who acts before a negated action when it is the software: "it", "the app", or nobody ("must not …"). */
const SOFTWARE_SUBJECT =
  /^(?:|it|this|that|the (?:app|application|tool|site|website|system|software|service|program|library|package|api|bot|script|job|pipeline|cli|relay|server|linter|checker))$/i;

/** The words of a sentence's clause before a position: "It only reads, it never …" → "it". */
function clauseBefore(sentence: string, index: number): string {
  return (
    sentence
      .slice(0, index)
      .split(/[,;:]|\band\b|\bbut\b/i)
      .pop() ?? ""
  )
    .replace(/\b(?:only|also|just|really|still|ever|always|then|so)\b/gi, "")
    .trim();
}

/**
 * "não precisa de pagamento", "non serve la chat", "pas besoin de paiement": not wanting
 * something, in the other languages people write in most; what follows is left out.
 */
const NOT_WANTED_ELSEWHERE =
  /(?:^|[\s,;:(—-])(?:n[ãa]o\s+(?:precisa(?:mos)?|queremos|quero|necessita(?:mos)?)(?![\p{L}\p{M}])(?:\s+(?:de|d[oa]s?))?|non\s+(?:ci\s+)?(?:serve|servono|vogliamo|voglio)|non\s+abbiamo\s+bisogno\s+d[i']|(?:n'a\s+|n'avons\s+)?pas\s+besoin\s+d(?:e\b|'))\s*([^.;:!?()\n,]+)/giu;

/**
 * "Leave out billing", "and skip invoices", "no need for a chat", "we can do without
 * ads", "let's not get into fuel cards", "there's no need to keep anyone's licence", "I'm not
 * interested in a mobile app", "Not doing invoices in this", "We are not going into insurance"
 * (not "into town"): a clause that opens by leaving
 * something out; what follows is left out. Only at
 * the start of a sentence or clause, where the words are an instruction, not a feature
 * ("people skip the queue"); "skip", "omit" and "drop" are things an app does too
 * ("- skip songs I don't like"), so they leave out only after "and", "please", "let's" ….
 */
const OMIT_PHRASE =
  /(?:^|[.;:!?\n]\s*|,\s*(?=(?:and|but|so|also|please|just|then)\s))(?:(?:and|but|so|also|please|just|then|actually|oh|no)[,\s]+)*(?:leave out|leave off|forget about|forget(?=\s+(?:the|any|all)\s)|skip(?=\s+(?:the|any|all)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*(?:[.!]|$))|skip(?=\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:entirely|altogether|completely|for\s+now)\s*(?:[.!]|$))|scratch|scrap|ditch|(?:there'?s |there is )?no need for|(?:we|i|you) can (?:do|live) without|do without|(?:we'?d|i'?d|we would|i would) skip|(?:i'?m\s+|we'?re\s+)?not\s+(?:bothered|fussed|worried)\s+(?:about|with)|(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?not\s+interested\s+in|(?:i'?m|we'?re|i\s+am|we\s+are)\s+not\s+(?:after|looking\s+for)|(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+not\s+(?:going|getting)|(?:we|i)\s+(?:won'?t|will\s+not|don'?t|do\s+not)\s+(?:go|get))\s+into(?!\s+(?:town|work|the\s+(?:city|town|office|shop|water|sea|bush|fields?|mountains?|hills?|village|forest|woods)\b))|there\s+(?:won'?t|will\s+not)\s+be\s+any|not\s+doing(?=\s+(?:the\s+|any\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:in\s+(?:this|it|here)|for\s+now|yet))|(?:the\s+app|it|the\s+program|the\s+tool)\s+can\s+forget(?:\s+about)?|(?:we|i)(?:'ll|\s+will)\s+not\s+be\s+(?:needing|wanting|using|keeping|tracking)|(?:we|i)\s+won'?t\s+be\s+(?:needing|wanting|using|keeping|tracking)|let'?s not (?:get into|go into|bother with|worry about|deal with|do|add|include|touch)|(?:there'?s |there is )?no need to (?:keep|store|track|record|save|hold|log|include)(?:\s+(?:anyone'?s|anybody'?s|people'?s|their|any|the))?)\s+([^.;:!?()\n,]+)/giu;

/** "The sellers don't need to log in", "guests won't have to sign up": some people, not the person's own side. */
const SOME_NEED_NOT_LOG_IN =
  /\b(?!(?:we|i|you)\b)[\p{L}'’-]+\s+(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|won['’]?t|will\s+not|never)\s+(?:need|have)\s+to\s+(?:log|sign|register)\b/iu;

/**
 * "Without any social feed or comments, please": a sentence that opens on "without" leaves
 * the thing out; "Without permit they cannot enter", "Without the vet check it does not race"
 * are rules of what it needs.
 */
const OPENS_WITHOUT =
  /(?:^|[.;:!?\n]\s*)without\s+(?:any\s+)?(?![^.;:!?()\n]*\b(?:they|you|he|she|it|we|i|nobody|no\s+one|nothing)\s+(?:cannot|can't|can\s+not|may\s+not|must\s+not|won't|will\s+not|doesn't|does\s+not|don't|do\s+not|isn't|is\s+not|aren't|are\s+not|never|gets?|goes|can\s+go)\b)([^.;:!?()\n,]+)/giu;

/**
 * "Keep billing out of it", "take the leaderboard out": what is kept out, said around its name.
 * ("Take the date they were passed out off the volunteers" takes a field off a thing: its "out"
 * belongs to the field.)
 */
const KEEP_OUT =
  /(?:^|[.;:!?\n]\s*|,\s*(?:and\s+|but\s+)?)(?:(?:and|but|so|also|please|just|then|actually|oh|let'?s|let us)[,\s]+)*(?:keep|take|leave)\s+((?:the\s+|any\s+|all\s+)?[^.;:!?()\n,]{2,40}?)\s+out\b(?!\s+off\b)/giu;

/** "And skip invoices", "please omit ratings", "let's drop the reviews": only after such a lead, at a sentence's start. */
const OMIT_VERB_PHRASE =
  /(?:^|[.;:!?\n]\s*)(?:(?:actually|oh|ok|okay)[,\s]+)*(?:and|but|so|also|please|just|let'?s|let us|feel free to|(?:we|you)\s+can|can)\s+(?:just\s+|also\s+)?(?:skip|omit|drop)\s+(?!off\b|to\b|by\b|over\b|ahead\b|in\b)([^.;:!?()\n,]+)/giu; /**
 * "Eine Online-Zahlung brauchen wir nicht", "Ein Chat ist nicht nötig": German puts the
 * verb of not wanting after the thing; what comes before it is left out. ("Aber Skat spielen
 * wir nicht, das lassen wir weg": so does a doing turned down, then left out; its thing first.)
 */
const NOT_WANTED_GERMAN =
  /(?:^|[.;:!?\n,]\s*)(?:(?:und|aber|auch)\s+)?([^.;:!?\n,]{2,60}?)\s+(?:(?:brauchen|brauche|braucht|benötigen|benötige|wollen|will|möchten|möchte)\s+(?:wir|ich|sie|man|es)\s+(?:auch\s+|wirklich\s+)?nicht|(?:ist|sind)\s+(?:auch\s+)?nicht\s+(?:nötig|notwendig|erforderlich|gewünscht|gewollt)|(?:lassen|lasse)\s+(?:wir|ich)\s+(?:bewusst\s+|einfach\s+|erst(?:mal|einmal)?\s+|vorerst\s+|auch\s+)*weg|(?:gehört|gehören)\s+(?:ausdrücklich\s+|auch\s+|eindeutig\s+|definitiv\s+)*nicht\s+dazu|\p{L}+\s+(?:wir|ich|mia|mir|ma)\s+(?:auch\s+|aa\s+)?(?:nicht|ned|net|nit)\s*,\s*(?:das|des|dös|dies)\s+(?:lassen|lasse|lass)\s+(?:wir|ich|ma|mia|mer)\s+(?:\p{L}+\s+)?weg)(?![\p{L}\p{M}])/giu;

/**
 * "会費の集金はアプリではやりません", "生年月日や家族構成は保存しないでください", "ゴミ当番は…なしで
 * お願いします": in Japanese the thing comes first, marked by は, を or も, and the "no" ends
 * the sentence. Written without spaces, so it is read by its script, not by word edges.
 */
const NOT_WANTED_JAPANESE =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+?)(?:は|を|も)[^.!?\n]{0,30}?(?:やりません|しません|しないでください|しないで|いりません|要りません|不要です|不要|必要ありません|なしでお願いします|なしで)/gu;
const JAPANESE_NO = new RegExp(NOT_WANTED_JAPANESE.source, "u");

/**
 * "배달은 안 해요", "온라인 결제도 필요 없어요", "손님 주소는 저장하지 마세요": in Korean the thing
 * comes first, a particle (은, 는, 도, 을, 를) on its last word, and the "no" ends the sentence.
 */
const NOT_WANTED_KOREAN =
  /(?<![\p{Script=Hangul}])((?:[\p{Script=Hangul}A-Za-z]+\s+)?[\p{Script=Hangul}A-Za-z]+?)(?:은|는|도|을|를)\s+(?:[\p{Script=Hangul}]+\s+){0,2}(?:안\s*해요|안\s*합니다|안\s*할\s*거예요|필요\s*없어요|필요\s*없습니다|필요\s*없음|(?:저장|기록|보관)?하지\s*마세요|안\s*넣어도\s*돼요|빼\s*주세요|빼\s*줘요)/gu;

/** "住民一人ひとりの生年月日や家族構成" → ["生年月日", "家族構成"]: the words joined by や or と, each after its last の. */
function japaneseParts(phrase: string): string[] {
  const parts: string[][] = [[]];
  for (const { segment } of WORDS.segment(phrase)) {
    if (segment === "や" || segment === "と") parts.push([]);
    else parts[parts.length - 1]!.push(segment);
  }
  return parts
    .map((words) => words.slice(words.lastIndexOf("の") + 1).join(""))
    .filter((part) => part.length > 0);
}

/**
 * "报价、合同和发票我们都在别的软件里做，这里不需要", "材料采购先不做", "工人的考勤也不要放进去":
 * in Chinese the thing opens the sentence as its topic and the "no" ends it. The topic
 * runs to whoever acts (我们), an adverb before the "no" (先, 也, 都), or the "no"
 * itself; its things are joined by 、 or 和, each named after its last 的 ("of"). Cantonese
 * says it its own way: "Foodpanda 同 Keeta 嗰啲，…，唔好搞" (don't bother with them), "伙記排更，
 * …，唔關我哋事" (none of our business).
 */
const CHINESE_NO =
  /(?:不需要|不用|不要|先不做|不做|以后再说|唔好搞|唔好加|唔好放|唔使|唔要|唔需要|唔做|(?:唔|不)關我(?:哋|們)(?:的)?事|不关我们(?:的)?事)/u;
/** Where the things end: who acts (我们, Cantonese 我哋, 佢哋), "those" (嗰啲, 呢啲), an adverb, a comma or the "no". */
const CHINESE_TOPIC_END =
  /(?:我们|我哋|佢哋|我|你们|他们|大家|嗰啲|呢啲|先|也|都|就|这里|这个|，|,|不需要|不用|不要|不做|唔好|唔使|唔要)/u;

/**
 * "पनीर, दही और घी भी हम बेचते हैं, पर … अभी इस ऐप में नहीं", "हाजिरी की जरूरत नहीं": in Hindi
 * the things open the sentence and the "no" ends it. The things run to who acts (हम, मैं)
 * or "भी" (too), each joined by a comma or और.
 */
const HINDI_NO =
  /(?:नहीं\s+चाहिए|नहीं\s+चाहिये|ज़रूरत\s+नहीं|जरूरत\s+नहीं|ज़रूरत\s+नइखे|जरूरत\s+नइखे|ना\s+चाहीं|इस\s+ऐप\s+में\s+नहीं|बाद\s+में\s+देखेंगे|रहने\s+दो|मत\s+(?:डालो|डालिए|डालीं|डालिह|डालना|रखो|रखिए|रखीं|जोड़िए|जोड़ीं)|(?:हमारा|हमार|हमरा|हमनी\s+के)\s+काम\s+(?:नहीं|ना)(?:\s+(?:है|ह|बा|हवे))?|(?:उनकर|उनका|उसका|ओकर|ओकरा)\s+काम\s+(?:ह|है|बा|हवे)\s*,\s*(?:हमनी\s+के|हमारा|हमार|हमरा)\s+(?:ना|नहीं)|(?<![\p{L}\p{M}])(?:(?:ते\s+)?(?:पण\s+)?(?:यात\s+|इथे\s+)?नको(?![\p{L}\p{M}])|(?:टाकू|घालू|ठेवू|धरू)\s+नका|गरज\s+नाही))/u;

/**
 * Where the things end in Hindi (who acts, "भी", a case word) and in Marathi, written in
 * the same letters: "विसर्जन मिरवणुकीचं नियोजन पोलिसांबरोबर वेगळं होतं, ते यात नको" ends its
 * thing where who it is done with ("…बरोबर") or "separately" (वेगळं) begins, "आणि रक्तदान
 * शिबिर आम्ही वेगळं घेतो" where "we" (आम्ही) does.
 */
const DEVANAGARI_TOPIC_END =
  /\s(?:भी|हम|मैं|हमें|मुझे|की|का|के|खातिर|आम्ही|आम्हाला|मी|आपण|वेगळं|वेगळे|वेगळा|\S+बरोबर|\S+कडे|\S+सोबत)(?=\s|,|$)/u;

/**
 * "मेरा भाई ट्रैक्टर किराए पर देता है" (my brother rents out tractors), Bhojpuri "हमार भाई …
 * देला", "हमार भाई भूसा बनावे वाला मशीन चलावेला, ऊ उनकर काम ह, हमनी के ना" (that's his work,
 * not ours): someone close, then the thing they deal in, up to for whom, where or on what terms
 * ("किराए पर", on hire) and the verb.
 */
const KIN_DOES_IN_DEVANAGARI =
  /^\s*(?:मेरा|मेरी|मेरे|हमारा|हमारी|हमारे|हमार|हमरा|हमरी)\s+\p{Script=Devanagari}+\s+(.+)$/u;

function hindiNotWanted(text: string): string[] {
  const parts: string[] = [];
  for (const whole of text.split(/[.।!?\n]+/u)) {
    if (!/\p{Script=Devanagari}/u.test(whole) || !HINDI_NO.test(whole)) continue;
    // "…, वो हमारा काम नहीं है": a "no" in a clause of its own points back at the one before it.
    const noAt = whole.search(HINDI_NO);
    const comma = whole.slice(0, noAt).lastIndexOf(",");
    const sentence = comma > 0 ? whole.slice(0, comma) : whole;
    const kin = sentence.match(KIN_DOES_IN_DEVANAGARI);
    if (kin) {
      const words = kin[1]!.trim().split(/\s+/);
      const end = words.findIndex(
        (word, index) =>
          index > 0 &&
          /^(?:पर|में|को|से|के|का|की|ला|खातिर|किराया|किराए|किराये|भाड़ा|भाड़े|वाला|वाली|वाले)$|(?:ता|ती|ते|ेला|ेले|ेली|ाला|ावे|ाने)$/u.test(
            word,
          ),
      );
      const thing = words.slice(0, end > 0 ? end : Math.min(words.length, 2)).join(" ");
      if (thing.length >= 2) parts.push(thing);
      continue;
    }
    const end = sentence.search(DEVANAGARI_TOPIC_END);
    const topic = sentence
      .slice(0, end < 0 ? (comma > 0 ? sentence.length : sentence.search(HINDI_NO)) : end)
      .trim()
      // "आणि रक्तदान शिबिर": "and" opens no thing; nor do the people who ask ("लोग जुताई खातिर भी पूछेला").
      .replace(/^(?:और|आणि|आणखी)\s+/u, "")
      .replace(/^(?:लोग|लोगन|ग्राहक|किसान\s+लोग)\s+(?=\S)/u, "");
    for (const part of topic.split(/\s*,\s*|\s+और\s+/u)) if (part.trim().length >= 2) parts.push(part.trim());
  }
  return parts;
}

/**
 * "ไม่ต้องมีระบบสมาชิกหรือสะสมแต้มนะคะ", "ส่วนจองออนไลน์ก็ไม่เอาค่ะ": Thai, written without
 * spaces between words: "no need to have" before the thing, or "don't want" after it, the
 * polite particles at the end no part of it. Things joined by หรือ (or) and และ (and).
 */
const THAI_NO_BEFORE = /ไม่ต้อง(?:มี|ทำ|ใช้)([\p{Script=Thai}]+?)(?:นะ|ค่ะ|คะ|ครับ|จ้า|เลย|\s|$)/gu;
const THAI_NO_AFTER =
  /(?:^|\s)(?:ส่วน)?([\p{Script=Thai}]+?)(?:ก็)?ไม่(?:เอา|ต้องการ|ใช้)(?:นะ|ค่ะ|คะ|ครับ|เลย|\s|$)/gu;

function thaiNotWanted(text: string): string[] {
  const parts: string[] = [];
  for (const pattern of [THAI_NO_BEFORE, THAI_NO_AFTER])
    for (const match of text.matchAll(pattern))
      parts.push(
        ...match[1]!
          .replace(/^ระบบ/u, "")
          .split(/หรือ|และ/u)
          .filter((part) => part.length >= 2),
      );
  return parts;
}

/**
 * Lao, written without spaces between words and with spaces between phrases: "ລົດຕຸກຕຸກພາທ່ຽວ
 * ນັ້ນແມ່ນຂອງອ້າຍຂ້ອຍ ບໍ່ແມ່ນຂອງພວກເຮົາ" (the tuk-tuk tours, that's my brother's, not ours),
 * "ການຂາຍປີ້ເຮືອ ບໍ່ຕ້ອງໃສ່" (selling boat tickets, no need to put in), "ບໍ່ຕ້ອງມີX" (no need to
 * have X): the thing is the phrase its clause opens on, after "ແລະ" (and) when one comes first.
 */
const LAO_NO_AFTER =
  /(?:^|\s)(?:ແລະ\s+)?(\p{Script=Lao}+)(?:\s+(?!ແລະ\s)\S+){0,3}?\s+(?:ບໍ່ແມ່ນຂອງພວກເຮົາ|ບໍ່ແມ່ນວຽກຂອງພວກເຮົາ|ບໍ່ຕ້ອງໃສ່|ບໍ່ເອົາ)(?=[\s,.!]|$)/gu;
const LAO_NO_BEFORE = /ບໍ່ຕ້ອງ(?:ມີ|ເຮັດ|ໃຊ້)(\p{Script=Lao}+)/gu;

/** Where what a Lao thing is for or where it goes begins: "ໄປ" (to), "ຢູ່" (at), "ຂອງ" (of), "ສຳລັບ" (for). */
const LAO_ABOUT = /(?<=\p{Script=Lao}{2})(?:ໄປ|ຢູ່|ຂອງ|ສຳລັບ).*$/u;

function laoNotWanted(text: string): string[] {
  return [...text.matchAll(LAO_NO_AFTER), ...text.matchAll(LAO_NO_BEFORE)].map((match) =>
    match[1]!.replace(LAO_ABOUT, ""),
  );
}

function chineseNotWanted(text: string): string[] {
  const parts: string[] = [];
  for (const sentence of text.split(/[。！？；!?;\n]+/u)) {
    if (!/\p{Script=Han}/u.test(sentence) || /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sentence))
      continue;
    if (!CHINESE_NO.test(sentence)) continue;
    // "走冰、少甜、少奶呢啲要求免費，唔使加錢" (no ice, less sugar: free, no need to pay more): a "no"
    // about paying is a price rule.
    if (/免費|免费|(?:加|收|俾|付)(?:錢|钱)/u.test(sentence)) continue;
    const end = sentence.search(CHINESE_TOPIC_END);
    const topic = sentence.slice(0, end < 0 ? sentence.length : end).trim();
    if (topic.length < 2) continue;
    // (Cantonese joins with 同 between spaced names, and says "of" as 嘅.)
    for (const part of topic.split(/[、和与及跟]|\s+同\s+/u)) {
      const named = part.slice(Math.max(part.lastIndexOf("的"), part.lastIndexOf("嘅")) + 1).trim();
      if (named.length >= 2) parts.push(named);
    }
  }
  return parts;
}

/** "aus dem Internet soll sie auch nichts nachladen": where nothing may come from, in German. */
const NOTHING_FROM_GERMAN =
  /(?:aus|von)\s+(?:dem|der|den)\s+([\p{L}\p{M}-]+)\s+(?:soll|darf|wird)\s+(?:sie|es|er|die\s+[\p{L}\p{M}]+|das\s+[\p{L}\p{M}]+|der\s+[\p{L}\p{M}]+)\s+(?:auch\s+)?nichts(?![\p{L}\p{M}])/giu;

/**
 * "skip growth charts, the health visitor does those", "skip reminders for now", "Drop the
 * newsletter, we've got Mailchimp for that": a sentence that opens on "skip" or "drop" leaves
 * out, when someone else does it, it waits, or the person has something for it already.
 * ("skip songs I don't like" is something the app does.)
 */
const SKIP_FOR_A_REASON =
  /(?:^|[.;!?\n]\s*)(?:skip|drop)\s+([^.;:!?()\n,]+?)(?:\s+for\s+now|,\s*(?:the|our|my|we|they|he|she|\p{Lu}[\p{L}\p{M}]+)\b[^.;!?\n]*?\b(?:does|do|handles?|has|have|covers?|takes?\s+care\s+of)\s+(?:those|that|it|them|this)\b|,\s*(?:we|i)(?:['’]ve|\s+have)?\s+(?:already\s+)?(?:got|use|have)\s+\S)/giu;

/** Verbs of wanting: what follows them is the thing left out. */
const WANTING =
  /^(?:need|want|have|include|use|support|require|offer|offering|add|allow|bother with|care about|do|doing|provide|providing|handle|handling|take|accept|process|deal with|get into|go near|touch|involve|queremos|quiero|necesitamos|necesito|hace falta)$/i;

/** Verbs that "no" negates as well as "don't" does: "no queremos anuncios", "no email reminders". */
const NO_VERBS =
  /^(?:need|want|queremos|quiero|necesitamos|necesito|hace falta|send|store|keep|track|show|share|sell|collect|post|email|notify|charge)$/i;

/** "X is not needed", "X aren't necessary", "X is out of scope". */
const NOT_NEEDED =
  /(?:^|[.;:!?\n,]\s*)(?:and\s+|but\s+|also\s+)?([^.;:!?\n,]{2,60}?)\s+(?:(?:(?:is|are)\s+not|isn'?t|aren'?t)\s+(?:really\s+)?(?:needed|necessary|required|wanted|in scope|a priority|important)|(?:is|are)\s+out of scope|(?:is|are|'s)\s+(?:a\s+no-go|off the table|not for now)|(?:is|are|'s)\s+for\s+(?:another|a\s+later)\s+(?:day|time|version|year)|(?:is|are)\s+out(?=\s*[,.;!]|\s*$)|(?:has|have)\s+nothing\s+to\s+do\s+with\s+(?:this|it|the\s+app|us|me)|(?:would\s+be|is|are|['’]s|['’]d\s+be)\s+(?:a\s+bit\s+of\s+|total\s+|complete\s+|way\s+)?overkill|(?:isn['’]?t|aren['’]?t|is\s+not|are\s+not)\s+(?:really\s+)?(?:my|our)\s+(?:thing|department|area|scene|cup\s+of\s+tea)|(?:is|are)\s+(?:the\s+|my\s+|our\s+)?(?:[\p{L}\p{M}]+['’]s|someone\s+else['’]s|their|his|her)\s+(?:business|side|job|department|area|responsibility|thing|problem|concern|headache|lookout|affair|worry)|(?:belongs?|belonged)\s+to\s+(?:the|my|our|his|her|their)\s+[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?\s*,\s*not\s+(?:us|me|ours|mine)|(?:is|are)\s+(?:done|handled|kept|managed|dealt\s+with)\s+in\s+(?:a\s+|an\s+)?(?:different|separate|another|other)\s+(?:system|program|app|tool|place)|(?:i|we)\s+can\s+live\s+without|\s*[—–-]+\s*not for now|(?:is|are)?\s*not needed|(?:(?:is|are)\s+not|isn'?t|aren'?t)\s+something\s+(?:we|i)\s+(?:need|want|care about)(?!\s+to\b)|(?:(?:is|are)\s+(?:not|never)|isn'?t|aren'?t)\s+(?:its|their|our|the (?:app|library|tool|bot|service|script)'s)\s+(?:job|business|concern|problem)|(?:(?:is|are)\s+(?:not|never)|isn'?t|aren'?t)\s+something\s+(?:it|this|the (?:app|library|tool|bot|service|script))\s+(?:does|do|should do|handles))\b/giu;

/**
 * "Keeping track of stock is a whole other project", "Route planning? Not needed": a
 * thing named, then set aside as another project or answered "no" to at once.
 */
const SET_ASIDE =
  /(?:^|[.;:!?\n]\s*)(?:(?:and|but|also)\s+)?([^.;:!?\n,]{2,60}?)\s+(?:is|are|would be|'s)\s+(?:a\s+(?:whole\s+)?(?:other|separate|different)|another)\s+(?:project|story|thing|topic|job|matter|system|app|tool|product|supplier|contract|problem|question|piece of work)\b/giu;
/** "We also do fundraising (…), but that's an entirely separate thing": what they do, set aside by "that". */
const DONE_BUT_SEPARATE =
  /\b(?:we|i)\s+(?:also\s+)?(?:do|run|have|handle|organi[sz]e|sell|manage)\s+([^,.;:!?()\n]{2,40}?)\s*(?:\([^)]*\))?\s*,\s*but\s+(?:that|it|this)(?:'s|\s+is)\s+(?:an?\s+)?(?:entirely\s+|completely\s+|totally\s+|whole\s+)?(?:separate|different|other)\s+(?:thing|matter|story|project|job|business)\b/giu;
const ASKED_AND_REFUSED =
  /(?:^|[.;:!?\n]\s*)(?!(?:is|are|do|does|did|can|could|will|would|should|shall|what|how|why|when|where|who|which)\b)([^.;:!?\n,]{2,60}?)\?\s+(?:not needed|not necessary|not required|no need|no thanks|nope|no(?=\s*[.,!;]|\s*$))/giu;

/** "Gift vouchers would be nice one day, but not for now": wished for later, left out now. */
const NICE_BUT_NOT_NOW =
  /(?:^|[.;:!?\n]\s*)(?:(?:and|but|also)\s+)?([^.;:!?\n,]{2,60}?)(?:,[^.;:!?\n]{0,60},)?\s+(?:would|could|might)\s+be\s+(?:nice|good|great|handy|useful|cool|lovely)(?:\s+(?:one day|some day|someday|later|eventually|in the future|down the line|in theory))?,?\s+but\s+(?:not\s+(?:for\s+)?(?:now|yet)\b|(?:i|we)'?d\s+(?:much\s+)?rather\b|let'?s\s+keep\b)/giu;

/**
 * "anything online, like a parent portal or sending the plans out, isn't something we
 * want": the examples are what is left out, beside the word for them.
 */
const EXAMPLES_NOT_WANTED =
  /(?:^|[.;:!?\n]\s*)(?:[^.;:!?\n,]{0,60}?:\s*)?([^.;:!?\n,]{2,40}),\s*(?:like|such as|e\.g\.|for example)\s+([^.;:!?\n]+?),\s*(?:isn'?t|aren'?t|is\s+not|are\s+not)\s+(?:something|anything|what)\s+(?:we|i)\s+(?:want|need)/giu;

/**
 * "Let's leave reporting for a later version", "Maybe later we'll add a shop, but not now": left
 * for later, so out of this spec.
 */
const LEFT_FOR_LATER =
  /(?:^|[.;:!?\n]\s*)(?:(?:let'?s|we'?ll|we\s+will|we\s+can)\s+)?leave\s+(?:the\s+)?([^.;:!?\n,]{2,40}?)\s+(?:for|till|until)\s+(?:later|now|(?:a\s+)?later\s+(?:version|phase|stage|date)|another\s+(?:time|day|year)|the\s+next\s+(?:version|phase|stage)|version\s+(?:2|two)|v2|phase\s+(?:2|two))\b|(?:^|[.;:!?\n]\s*)(?:maybe\s+)?(?:later|one\s+day|some\s*day|in\s+the\s+future)\s*,?\s+(?:we['’]ll|we\s+(?:will|might|could|may))\s+(?:add|want|need|do|have)\s+(?:a\s+|an\s+|the\s+|some\s+)?([^.;:!?\n,]{2,40}?)\s*,?\s+but\s+not\s+(?:now|yet|for\s+now)\b/giu;

/** "We have nothing to do with the food stalls", "I don't see the point of reviews": the thing after. */
const NOTHING_TO_DO_WITH =
  /\b(?:we|i)\s+(?:have|['’]ve\s+got|got)\s+nothing\s+to\s+do\s+with\s+(?:the\s+)?(?!(?:it|that|this|them|those)\b)([^.;:!?\n,]{2,40})|\b(?:don['’]?t|do\s+not|can['’]?t|cannot)\s+see\s+the\s+point\s+(?:of|in)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?!(?:it|that|this|them|those)\b)([^.;:!?\n,]{2,40})/giu;

/** "Members - name, email, not their address": a field said with "not" at the end of a list of fields. */
const NOT_IN_THE_LIST =
  /(?:^|\n)\s*(?:[-*•]\s*)?[\p{L}\p{M}][\p{L}\p{M} ]{1,30}?\s*(?::|\s[-–—])\s*[^.;!?\n:]+,\s*(?:but\s+)?not\s+(?:the|their|its|his|her|any)\s+([^.;:!?\n,()]{2,40}?)\s*(?=[.;!?\n]|$)/giu;

/**
 * "Das Café gehört meiner Schwester, nicht uns", "Il bar è di mio cugino, non nostro", "A loja
 * de roupa é da minha irmã, não é nossa", "El bar es de mi primo, no es nuestro", "Le bar,
 * c'est à mon frère, pas à nous", "Los pagos no hacen falta": someone else's, not ours, or not
 * needed, in the languages of Europe people write in most; the thing said first.
 */
const NOT_OURS_IN_EUROPE = [
  /(?:^|[.;!?\n]\s*)(?:(?:und|aber)\s+)?(?:(?:der|die|das|den)\s+)?([^.;:!?\n,]{2,40}?)\s+(?:gehört|gehören|ist|sind)\s+(?:von\s+)?(?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+,\s*nicht\s+(?:uns|mir|unser(?:s|e|er)?|meins?|meine)(?![\p{L}\p{M}])/giu,
  /(?:^|[.;!?\n]\s*)(?:(?:e|ma)\s+)?(?:(?:il|lo|la|i|gli|le|l['’])\s*)?([^.;:!?\n,]{2,40}?)\s+(?:è|sono)\s+(?:di|del|della|dei|delle|dello)\s+(?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+,\s*non\s+(?:è\s+|sono\s+)?(?:nostr[oaie]|mio|mia|miei|mie|roba\s+nostra)(?![\p{L}\p{M}])/giu,
  /(?:^|[.;!?\n]\s*)(?:(?:e|mas)\s+)?(?:(?:o|a|os|as)\s+)?([^.;:!?\n,]{2,40}?)\s+(?:é|são)\s+(?:de|do|da|dos|das)\s+(?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+,\s*não\s+(?:é\s+|são\s+)?(?:nosso|nossa|nossos|nossas|meu|minha)(?![\p{L}\p{M}])/giu,
  /(?:^|[.;!?\n]\s*)(?:(?:y|pero)\s+)?(?:(?:el|la|los|las)\s+)?([^.;:!?\n,]{2,40}?)\s+(?:es|son)\s+(?:de|del)\s+(?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+,\s*no\s+(?:es\s+|son\s+)?(?:nuestr[oa]s?|m[ií][oa]s?|de\s+nosotros)(?![\p{L}\p{M}])/giu,
  /(?:^|[.;!?\n]\s*)(?:(?:et|mais)\s+)?(?:(?:le|la|les|l['’])\s*)?([^.;:!?\n,]{2,40}?),?\s+(?:c['’]est|ce\s+sont|est|sont)\s+(?:à|a)\s+(?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+,\s*pas\s+(?:à\s+(?:nous|moi)|le\s+nôtre|la\s+nôtre|les\s+nôtres)(?![\p{L}\p{M}])/giu,
  /(?:^|[.;!?\n]\s*)(?:(?:y|pero)\s+)?(?:(?:el|la|los|las)\s+)?([^.;:!?\n,]{2,40}?)\s+no\s+(?:nos\s+)?(?:hace|hacen)\s+falta(?![\p{L}\p{M}])/giu,
];

/** "We used to do catering but we stopped": what the business no longer does. */
const STOPPED_DOING =
  /\b(?:we|i)\s+used\s+to\s+(?:do|run|offer|sell|make|host|hold|rent\s+out|rent)\s+(?:the\s+)?([^.;:!?\n,]{2,40}?)\s*,?\s+but\s+(?:we\s+|i\s+)?(?:stopped|gave\s+(?:it|that|them)\s+up|quit|don['’]?t\s+(?:any\s*more|anymore)|no\s+longer\s+do)/giu;

/** "this is only for looking things up, not for drafting": what it is not for is left out. */
const ONLY_FOR_NOT_FOR = /\bonly\s+for\s+[^,.;:!?\n]+,\s*(?:and\s+)?not\s+for\s+([^.;:!?()\n,]+)/giu;

/** "Competitions, not for now.", "Dark mode, maybe later.": a short name, then "not now", as a sentence of its own. */
const NAMED_THEN_LATER =
  /(?:^|[.;!?\n]\s*)((?:[\p{L}\p{M}'-]+\s+){0,3}[\p{L}\p{M}'-]+)\s*,\s*(?:not\s+(?:for\s+)?now|not\s+yet|maybe\s+later|later)(?=\s*[.;!]|\s*$)/gimu;

/** "The people who come to look … I should prefer not to record at all": what is not to be kept, said first. */
const NOT_TO_BE_KEPT =
  /(?:^|[.;!?\n]\s*)(?:(?:and|but|as for)\s+)?((?:the\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?)(?:\s+(?:who|that|which)\s+[^.;:!?\n]{0,80}?)?\s+(?:i|we)\s+(?:should|would|'d)\s+(?:much\s+)?(?:prefer|rather)\s+(?:not\s+to|not)\s+(?:record|keep|store|track|save|log)\b/giu;

/** "Same for quotes and invoicing, that's all in Sage": said after a "no", the same "no" again. */
const SAME_FOR = /(?:^|[.;!?\n]\s*)(?:and\s+)?(?:the\s+)?same\s+(?:goes\s+)?for\s+([^.;:!?,\n]+)/giu;
/** "TikTok same ting.", "Vouchers, same.", "Gift cards neither.": a short sentence, after a "no", saying the same again. */
const SAME_AFTER =
  /(?:^|[.;!?\n]\s*)(?:and\s+)?(?:the\s+)?(?!(?:i|we|you|they|he|she|it|that|this|none|no|not|nothing|never|nah)\s)((?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+),?\s+(?:same(?:\s+(?:thing|ting|deal|story|again|there|with\s+that))?|neither|either|ditto|likewise|an['’]?\s+all|and\s+all)\s*(?=[.;!?\n]|$)/giu;
const NOT_NEEDED_ANYWHERE =
  /\b(?:keep\s+(?:them|it|that|those)\s+(?:well\s+)?out|not\s+needed|leave\s+(?:them|it|that)\s+out)\b/i;

/** "Do we need home addresses? I don't think so": a question the person asks, then answers "no". */
const ASKED_THEMSELVES_NO =
  /(?:^|[.;!?\n]\s*)(?:do|does|should|would|will)\s+(?:we|i|it|you|they|the\s+app)\s+(?:really\s+|even\s+)?(?:need|want|have\s+to\s+keep|keep|store|track)\s+([^.;:!?\n,]{2,60}?)\?\s+(?:i\s+don'?t\s+think\s+so|no\b|nope|not\s+really|probably\s+not|i\s+doubt\s+it|nah)/giu;

/** "payments: skip, the till does that", "paper stock / inventory — nah": a thing, then a "no" after a colon or a dash. */
const ANSWERED_NO =
  /(?:^|[.;!?\n]\s*)([^.;:!?\n,—–]{2,60}?)\s*(?::|\s[—–-]+)\s*(?:skip|skip it|nah|nope|no|not needed|none|pass|no thanks|not now)(?=\s*(?:[,.;!]|$))/gimu;

/** "keeping track of stock" → "stock": the doing in front of what is set aside. */
const DOING = /^(?:keeping track of|tracking|managing|handling|doing|running|planning)\s+(?=\S+)/i;

/**
 * Words after "no" that do not name a thing left out: "no more than", "no one", "no problem",
 * "no, man" ("a man and van", the trade of moving things, is one).
 */
const NOT_A_THING =
  /^(?:all$|likewise$|in\s+(?:there|here)$|none\s+of\s+(?:that|those|them|it|this)$|one|more|less|longer|later|earlier|sooner|matter|problem|idea|way|doubt|thanks?|worries|need\b|call\s+for\b|care\b|from\b|sah\b|sir\b|mate\b|man(?!\s+(?:and|an['’]?|&|with)\s+(?:a\s+)?van)\b|bro\b|(?:real\s+)?use\s+for\b|(?:good|use|help|harm|point)\s+to\s+(?:you|anyone|anybody|us|them|me)\b|exceptions?\b|excuses?\b|questions asked\b|matter what\b|fewer|other|further|big deal|rush|hurry|worry|pressure|hay(?!\s+(?:for|and|bales?|barns?|fields?|lofts?|sheds?)\b)|es(?!\s+(?:teh|jeruk|campur|krim|batu|degan|kelapa|dawet|buah)\b)|se|lo|la|el|tiene|de)\b/iu;

/** Words that end a left-out thing: "no chat, because …", "no delivery but pickup", "no comments after all". */
const TAIL =
  /\s+(?:because|since|as|but|just|only|so|though|although|for now|yet|at all|after all|nowheres?|anywheres?|anymore|any more|either|please|thanks|entirely|completely|altogether|needed|necessary|required|wanted|also|too|as well|porque|pero|solo|weil|denn|sondern|parce que|mais|non plus|tampoco)\b.*$/iu;

/**
 * "don't bother with payments people pay me by transfer": said aloud without stops, a new
 * clause starts where someone is named doing something; what was left out ends there.
 * Case-sensitive, so Catalan "i" (and) and Polish "we" (in) are never read as subjects.
 */
const NEW_CLAUSE = /\s+(?:I|I'm|I've|I'll|I'd|we're|we've|we'll|[Pp]eople|[Tt]hey|[Hh]e|[Ss]he)\s+[a-z].*$/u;

/**
 * "I've no use for a map", "there's no need for invoices", "There's nae need for it to do
 * entries": anywhere in a sentence, what follows is left out.
 */
/** "We'll leave stock control to the spreadsheet": what the person leaves to something else is no part of this. */
const LEFT_TO_SOMETHING_ELSE =
  /(?:^|[.;!?\n]\s*)(?:(?:[Aa]nd|[Bb]ut|[Ss]o)\s+)?(?:[Ww]e['’]?ll|[Ww]e\s+will|I['’]?ll|I\s+will|[Ll]et['’]?s|[Jj]ust)\s+leave\s+(?:the\s+)?([^.;:!?()\n,]+?)\s+to\s+(?=the\s|our\s|my\s|their\s|them\b|him\b|her\b|\p{Lu})/gu;

const NO_USE_FOR =
  /\bn(?:o|ae)\s+(?:real\s+)?(?:(?:use|need|call)\s+for\s+(?:(?:it|the\s+app|the\s+program|them)\s+to\s+(?:do|handle|keep|track|touch)\s+)?|point\s+(?:in\s+)?(?:having|adding|keeping|tracking|doing|putting\s+in)\s+)([^.;:!?()\n,]+)/giu;

/**
 * "Nobody needs a loyalty scheme", "I don't want it doing payroll", "Don't worry about
 * invoicing": what nobody needs, what the software is not to do, what not to worry about.
 */
const NOBODY_NEEDS =
  /\b(?:nobody|no\s+one|none\s+of\s+us)\s+(?:needs|wants|will\s+use|uses|asked\s+for)\s+(?:a\s+|an\s+|the\s+|any\s+)?([^.;:!?()\n,]+)|\b(?:don'?t|do\s+not)\s+(?:want|need)\s+(?:it|the\s+(?:app|system|program|tool))\s+(?:doing|to\s+do|to)\s+([^.;:!?()\n,]+)|(?:^|[.;!?\n]\s*)(?:and\s+)?(?:don'?t|do\s+not|no\s+need\s+to)\s+worry\s+about\s+(?:the\s+)?([^.;:!?()\n,]+)/giu;

/**
 * "nah to payments", "no to the chat", "nothing about selling either": the thing after the
 * "no". ("The stamps, that's the post office, nothing to do with the factory" turns down the
 * stamps, said before: what they have nothing to do with is kept.)
 */
const NO_TO =
  /(?:^|[.;!?\n]\s*)(?:(?:and|an|but|also|so)[,\s]+)?(?:nah|no|nope|naw|a\s+no)\s+(?:to|tae)\s+(?:the\s+)?([^.;:!?()\n,]+)|\b(?:gie|give)\s+(?:the\s+)?([^.;:!?()\n,]+?)\s+a\s+miss\b|\bleave\s+(?!well\b)(?:the\s+)?([^.;:!?()\n,]+?)\s+alone\b|\bnone\s+of\s+(?:that|those|the|them)\s+(?!(?:on|in|at|for|here|there)\b)([^.;:!?()\n,]+?)(?:\s+(?:stuff|things|business|either|neither))*(?=\s*[.;!,]|\s*$)|(?<=(?:^|[.;:!?\n])\s*(?:(?:and|an|but|also|so|oh|just)[,\s]+)*|,\s*(?:(?:and|an|but|also|so|oh|just)[,\s]+)+)nothing\s+(?:about|on|to\s+do\s+with)\s+([^.;:!?()\n,]+?)(?:\s+either)?(?=\s*[.;!,]|\s*$)/giu;

/** "without an account", "sin anuncios": the few things "without" leaves out rather than wishes away. */
const WITHOUT_ACCOUNTS =
  /\b(?:without|sin)\s+(?:(?:making|having|creating|opening|needing|setting\s+up)\s+)?(?:any\s+|an?\s+|una?\s+|no\s+)?((?:user\s+)?(?:accounts?|logins?|sign[- ]?ups?|registration|passwords?|ads|adverts|advertising|anuncios|publicidad|cuentas?))\b/giu;

/** "anyone without an account", "visitors without a login": the people a rule is about, named by what they lack. */
const WHO_IS_WITHOUT =
  /\b(?:anyone|anybody|someone|somebody|everyone|everybody|those|people|customers|visitors|members|folks|users|guests|clients|players|buyers|a\s+(?:customer|visitor|member|player|buyer|guest|client|person))\s*$/iu;

/**
 * "Buyers order and pay without an account", "the swimmers enter without logging in": what one
 * sort of person does without an account says that they need none, while others (who see the
 * money) may; only "people", "anyone" or "users" doing so leaves accounts out of the app.
 */
function someOneSortDoes(before: string): boolean {
  const opening = before.match(
    /^\s*(?:(?:and|but|so|the|our|all)\s+)*([\p{L}-]+)\s+(?:can\s+|should\s+|ought\s+to\s+|just\s+|only\s+)?[\p{L}-]+/iu,
  );
  if (!opening) return false;
  const who = opening[1]!.toLowerCase();
  return (
    /s$/.test(who) && !/^(?:people|users|folks|everyone|anyone)$/.test(who) && isPerson(singularize(who))
  );
}

/** "without internet" is a wish to work offline, not something left out. */
const NOT_EXCLUDED_AFTER_WITHOUT =
  /^(?:an?\s+)?(?:internet|connection|signal|network|wifi|wi-fi|reception)\b/i;

/** "put dog yes or no on the pools", "sí o no", "y/n": the values a field takes, no "no" of the person's. */
const YES_OR_NO =
  /\b(?:yes|y|ja|oui|s[ií]|sim)\s*(?:or|\/|o|ou|of|oder)\s*(?:no|nò|n|nee|nein|non|não|nao)(?![\p{L}\p{N}])/giu;

/** Words in quotes: 'OK, no box for you', “no entry”. An apostrophe inside a word opens none. */
// ("'E pompette d' 'o presepio": a short word closed by an apostrophe is Neapolitan's "of", no quote's end.)
const QUOTED =
  /(?<![\p{L}\p{M}\p{N}])'[^'\n]{2,80}(?<!\s\p{L}{1,2})'(?![\p{L}\p{M}\p{N}])|“[^”\n]{2,80}”|"[^"\n]{2,80}"/gu;

/** Function words that carry no meaning of their own in a key. */
const FILLER = new Set(
  "a an the any of for on in at to with by from our my their your its this that these those some kind sort type real proper fancy extra own el la los las un una unos unas de del para con por y o der die das den dem des ein eine einen le les du et ou els cap τα των το η ο οι της του τις από για με через від для на в у з до по wala nini đâu na awon naa noget noe något selv の や は を が に で と も".split(
    " ",
  ),
);

/** Words that join the parts of one exclusion: "chat or comments", "delivery and shipping", "Chat und Forum". */
const JOINER =
  /\s*(?:,|\bor\b|\band\b|\bnor\b|(?<=\s)(?:és|și|oraz|och|og|ve|en|eller|ati|tabi)(?=\s)|(?<=\s)y(?=\s)|(?<=\s)o(?=\s)|\bni\b|\bund\b|\boder\b|\bet\b|\bou\b|\s\be\b|\/)\s*/iu;
/** "and" and "or" in the other languages written in Latin letters, read only among their words: "multes i tràmits". */
const JOINER_ELSEWHERE = new RegExp(
  `${JOINER.source}|(?<=\\s)(?:i|ja|tai|sekä|ili|dan|atau|serta|та|і|й|и|και|ή|và|hay|na|və|dhe|და|և|أو|او|និង|iyo)(?=\\s)`,
  "iu",
);
const CZECH_JOINER = new RegExp(`${JOINER_ELSEWHERE.source}|(?<=\\s)a(?=\\s)`, "iu");

/**
 * "This is his business, not ours.", "We do not do it.", "No, we don't do, no need to put.": a
 * short sentence that is only a "no", as it would be after a comma, pointing back at what was
 * said before it. ("No, I think that is quite everything." closes the talk and points at nothing.)
 */
function isShortNoPointingBack(sentence: string): boolean {
  return (
    // ("That one is my uncle's own thing, not for the office": whose, and not the software's, a
    // little longer when it opens on "that" or "this"; "It never goes over €15,000, that's the
    // limit …" is a rule.)
    (sentence.split(/\s+/).length <= 9 ||
      (sentence.split(/\s+/).length <= 12 && /^\s*(?:that|this)\b/iu.test(sentence))) &&
    /^\s*(?:(?:no|nah|nope)\s*,\s*)?(?:this|that|it|we|i|my\s+[\p{L}-]+)\s/iu.test(sentence) &&
    pointedBackExclusions(`Widgets, ${sentence.trim()}`).join().toLowerCase() === "widgets" &&
    !CLOSES_THE_TALK.test(sentence)
  );
}

/**
 * Whether a sentence says nothing but "no" to what came before it ("We do not make it.",
 * "That is not for us."): no feature of its own, whatever it turned down.
 */
export function onlySaysNoToWhatCameBefore(sentence: string): boolean {
  return (
    (/(?<![\p{L}'’])(?:it|that|this|them|those|these)(?![\p{L}'’])/iu.test(sentence) &&
      isShortNoPointingBack(sentence) &&
      pointedBackExclusions(sentence).length === 0) ||
    // "We do not sew.": a doing asked for before, said again with a "not".
    /^\s*(?:but\s+)?(?:we|i)\s+(?:do\s+not|don['’]?t|never)\s+[\p{L}-]+\s*[.!]*\s*$/iu.test(sentence) ||
    // "No need to put.": the same, said short.
    /^\s*no\s+need(?:\s+to\s+(?:put|add|include|have|keep))?(?:\s+(?:it|that|them|those|this))?(?:\s+in)?(?:\s*,?\s*lah)?\s*[.!]*\s*$/iu.test(
      sentence,
    )
  );
}

/** "sales to Europe", "deliveries to Kota Kinabalu": trade named by the place it goes to or comes from. */
const TRADE_WITH_A_PLACE =
  /^(?:the\s+)?(?:sales|exports|deliveries|delivery|shipping|orders)\s+(?:to|in|from)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)$/u;

/** "our tea in packets", "the honey in jars": goods, and what they would be sold in. */
const PACKED_IN =
  /^(?:(?:sell|selling|sold|do|doing|make|making)\s+)?(?:(?:the|our|my|their)\s+)?([\p{L}-]+)\s+in\s+(packets|bottles|jars|tins|cans|bags|boxes|sachets|cartons|pots|tubs|packs)$/iu;

/** "That is everything", "that's about it", "nothing else": an answer that only ends the telling. */
const CLOSES_THE_TALK =
  /(?<![\p{L}'’])(?:that|this|it)\s*(?:'s|’s|\s+is|\s+was)\s+(?:\p{L}+\s+)?(?:everything|all|it)(?![\p{L}'’])|(?<![\p{L}'’])nothing\s+(?:else|more)(?![\p{L}'’])/iu;

/** Words after which a left-out thing says what it is about, not what it is: "GPS tracking of the vans". */
const ABOUT =
  /\s+(?:of(?=\s+(?:the|their|our|my|your|a|an|any|each|every|all|its|his|her)\s)|(?:a)?round(?=\s+(?:the|their|our|my)\s)|for|on|in|at|to|from|between|about|para|de|del|dei|della|delle|degli|dello|con|en|über|für|mit|von|zu|auf|bei|im|am|pour|avec|sur|dans|par|du|des|per|di|da|em|com|por|do|w|we|z|na|dla|od|van|voor|met|op|bij|naar|av|för|med|på|till|hos|til|fra|af|ile|için|pentru|la|din|pe|pro|pelo|pela|pelos|pelas|v|ve|ze|amb|dels|als|untuk|dengan|dari|ya|kwa|через|від|для|για|από|بين|داخل|في|مع|عن|على)\s+.*$/iu;

/** The kind of work or part at the end of a name: "interest calculation", "voting feature", "export function". */
const KIND_OF_WORK =
  /(?<=\S)\s+(?:calculations?|computations?|features?|functions?|functionality|module|modules|options?|section|sections|part|parts)$/iu;

/** "… of the families stored": the people or things a left-out detail belongs to. */
const SCOPE = /\s+of\s+(?:the|their|our|my|your|its|his|her)\s+([\p{L}\p{M}-]+)/iu;

/** A generic doing before the thing left out: "taking payments", "accepting bookings". */
const GENERIC_DOING =
  /^(?:taking|accepting|processing|handling|doing|managing|keeping|having|adding|building)\s+(?=\S)/i;

/** Words that start what an action applies to, which the key leaves out: "touch files that are still open". */
const RELATIVE = /\s+(?:that|which|who|whose|when|where|while|if|unless|until|once|whenever)\b.*$/iu;

/**
 * Every exclusion in a text, in order, each said once. Nothing in a question ("no
 * accounts?") is read, and a lone "no" (an answer) excludes nothing.
 */
/**
 * "Ahli (nama, no IC, alamat, no telefon)": among a record's fields, "no" before the Malay
 * or Indonesian word for what identifies someone is "number" (nombor), never a "no"; in
 * English "name, no phone, no email" may well turn both down.
 */
export const IDENTIFIED_BY_NUMBER =
  "ic|ktp|nik|kp|telefon|tel|hp|akaun|kad|plat|rumah|pendaftaran|siri|pasport|resit|invois|ahli";

const NUMBER_IN_A_RECORD = new RegExp(
  `([(:,]\\s*)no\\.?(?=\\s+(?:${IDENTIFIED_BY_NUMBER})\\s*(?:[,).]|$))`,
  "giu",
);

/** "put the waybill no on the orders": "no" after what it numbers is "number", in English too. */
const NUMBER_SAID_SHORT =
  /\b(waybill|receipt|invoice|order|ref|reference|phone|tracking|account|plate|serial|ticket|policy|membership|permit|licen[cs]e|registration|reg|vat)\s+no\.?(?=\s*[,.;)]|\s*$|\s+(?:on|for|to|in|from|and|too|as\s+well)\b)/giu;

/**
 * "… so there's not a dog in the district that doesn't know me": not one that does not is
 * every one, said twice over; nothing is turned down.
 */
const NONE_THAT_DOES_NOT =
  /\bthere(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:not|no|nae)\s+(?:a|an|one|any)?\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?\s+(?:that|who|which|as)\s+(?:doesn['’]?t|does\s+not|doesnae|didn['’]?t|did\s+not|didnae|can['’]?t|cannot|cannae|won['’]?t|isn['’]?t|wasn['’]?t)\s/iu;

export function findExclusions(given: string): Exclusion[] {
  // Each turn replays every answer, so the same texts are read for their "no"s again and again.
  // Callers get their own copy of what is remembered, to change as they like.
  return structuredClone(exclusionsRead.get(given, () => findExclusionsAfresh(given)));
}

/** The "no"s of the texts read lately, by text. */
const exclusionsRead = createMemo<Exclusion[]>(2000);

function findExclusionsAfresh(typed: string): Exclusion[] {
  // "There's also the newsletter but Jenny does that": a "but" that opens a clause of its own
  // parts it from what came before, as if the comma had been typed.
  const given = typed.replace(
    /(?<=[\p{L}\d])\s+but\s+(?=(?:\p{Lu}[\p{Ll}]+\s|[Ii]\s|we\s|they\s|he\s|she\s|honestly\s|that['’]?s\s))/gu,
    ", but ",
  );
  // "they get 'OK, no box for you this Thursday'": what the software says, quoted, is no "no" of the person's.
  // "… one of the girls said, Peg, there's no fish": what someone said, told as a story, is theirs.
  // "Funerals, no deposit": a rule for one case says no "no" to deposits.
  const text = withoutCaseRules(
    // "Karung ida-idak iha membru nia naran no loron": Tetum's "no" is "and".
    (readsAsTetum(given) ? given.replace(/(?<=\p{L}\s+)no(?=\s+\p{L})/giu, "and") : given)
      // "Some people ask about tours of the tea estates. No need to put.": a short "no need",
      // said alone after what was asked about, says "we don't need that".
      .replace(
        /(?<=^|[.!?]\s+)No\s+need(?:\s+to\s+(?:put|add|include|have|keep))?(?:\s+(?:it|that|them|those|this))?(?:\s+in)?(?:\s*,?\s*lah)?\s*(?=[.!]|$)/gu,
        "We don't need that",
      )
      .replace(SCOTS_NOT, "not")
      .replace(SCOTS_OWN, "own")
      // "there's always someone wanting more mince and no steaks": what somebody else wants, "no"
      // and all, is theirs; the person turns nothing down.
      .replace(
        /\b((?:someone|somebody|people|customers|folks?|everyone|everybody)\s+(?:always\s+|often\s+)?(?:wanting|wants?|asking\s+for|asks?\s+for|likes?|prefers?)\s+[^.;!?,]{1,40}?\s+and)\s+no\s+(?=\p{L})/giu,
        "$1 ",
      )
      .replace(QUOTED, " ")
      // "Don't ask me, I just type what she tells me": a shrug, no "no" to asking anyone.
      .replace(/\b(?:don['’]?t|do\s+not)\s+ask\s+me\b(?=\s*(?:[,.;!]|$))/giu, " ")
      // "no asbestos, no paint, no tyres, any tyre we find is $20 each": what may not go in, with
      // the charge for one found, is a house rule; nothing of the software is turned down; so is
      // "no amps, acoustic only", "Inside the reserve there is no stopping", and the rules kept
      // whole in limits-kept.ts.
      .replace(/[^\n.;!?]+/gu, (sentence) =>
        NOT_ALLOWED_OR_CHARGED_RULE.test(sentence.trim()) ||
        ONLY_INSTEAD_RULE.test(sentence.trim()) ||
        NONE_IN_A_PLACE_RULE.test(sentence.trim()) ||
        NOT_IN_ONE_PLACE_RULE.test(sentence.trim()) ||
        UNABLE_THEN_RULE.test(sentence.trim()) ||
        DOES_NOT_COUNT_RULE.test(sentence.trim()) ||
        // ("There are no cars on Sark": the place as it is turns nothing down.)
        THE_PLACE_HAS_NONE.test(sentence.trim()) ||
        NONE_THAT_DOES_NOT.test(sentence) ||
        // ("last dry season 2 families booked the same truck, one of them had a funeral … n no
        // water": what there was not, in a story of what went wrong, turns nothing down.)
        (tellsAStory(sentence.trim()) &&
          /(?:^|\s)(?:n|and|with|w|had)\s+no\s+\p{L}/iu.test(sentence) &&
          !/\b(?:won['’]?t|will\s+not|don['’]?t|do\s+not|doesn['’]?t|does\s+not|never|not|nothing|none|leave|drop|skip|forget|need|want|so)\b/iu.test(
            sentence,
          ))
          ? " "
          : sentence,
      )
      .replace(REPORTED_SPEECH, "$1")
      .replace(YES_OR_NO, "yes")
      // "aurora night --out yes --seen no --kp 2": a flag's value is no "no" of the person's.
      .replace(/(--?[\p{L}\d][\p{L}\d-]*[=\s]+)(?:no|not|none)(?![\p{L}])/giu, "$1false")
      // "…, no need ka", "…, no need lah": a particle closing the clause only colours it.
      .replace(/,?\s+(?:ka|kha|krub|khrap|krap|lah|leh|lor|hor)(?=\s*(?:[.!?,;]|$))/giu, "")
      // "la2 thats separate": "that's" typed without its apostrophe.
      .replace(/\b(that|dat|what)s\b/giu, "$1's")
      // "A no time or a no score gets nothing": "a no time" is a result of its own, no "no".
      // (Sranan "dati a no wi afersi", that is not our business: "a no" before who, a "no".)
      .replace(/(?<![\p{L}\p{M}])(a|an)\s+no\s+(?!(?:wi|mi|en|den|yu)\s)(?=\p{L})/giu, "$1 ")
      // "without making no account": the double "no" of many Englishes is one, read as "without".
      .replace(
        /(\bwithout\s+(?:making|having|creating|opening|needing|setting\s+up)\s+)no\s+(?=\p{L})/giu,
        "$1",
      )
      // "No niin, that's all": Finnish "no niin" (well then) only opens the talk.
      .replace(/(?<![\p{L}])no\s+niin(?![\p{L}])/giu, "")
      // "n we also do the dish": "n" typed for "and".
      .replace(/(?<=^|\s)n(?=\s+\p{L})/gu, "and")
      .replace(NUMBER_IN_A_RECORD, "$1number")
      .replace(NUMBER_SAID_SHORT, "$1 number")
      // "Any carton that thawed when there was no light": what was missing when something
      // happened says when; it turns nothing down.
      .replace(
        // ("because there ain't no airstrip": the double "no" of many Englishes is one.)
        /(\b(?:when|whenever|if|because|since|while)\s+there(?:['’]s|\s+is|\s+was|\s+were|\s+are|\s+ain['’]?t)\s+)no\s+(?=\p{L})/giu,
        "$1",
      )
      // "on a balcony only if nothing is above it, no roof and no other balcony, otherwise …":
      // what the condition rules out, said inside it, is the rule's, no thing turned down.
      .replace(/(\bonly\s+(?:if|when)\b[^.;!?\n]*?),\s*no\s+[^,.;!?\n]+,(?=\s*otherwise\b)/giu, "$1,"),
  );
  const found: Exclusion[] = [];
  const english = isEnglish(text, !/[^\p{ASCII}]/u.test(text));
  const add = (
    phrase: string,
    options: { distribute: boolean; action: boolean; source?: boolean; whole?: boolean },
  ) => {
    const said = cleanSaid(phrase, options.source === true);
    // "Customers, they are not required to log in": a pronoun is no thing left out.
    if (
      said === null ||
      /^(?:all\s+)?(?:they|it|this|that|these|those|we|i|you|he|she|them|dat|dem|em|'em|’em|um|hit|am|'er|’er|er|her|us|me|him|ඕක|ඒක|ඒවා|මේක)(?:\s+(?:here|there|too|either|at all))?$/iu.test(
        said,
      ) ||
      // "…, we dont sell em": what is done to a pronoun names no thing.
      /^\p{L}+\s+(?:em|'em|’em|them|it|those|these)$/iu.test(said) ||
      // "no need to bother about that": the bother is no thing left out; nor is "no need for a
      // list", said of something taken out, which would take every list the person wants with it.
      /^(?:bother|care|worry)\b/i.test(said) ||
      // "no more, no men, don't even ask": how firmly it is said, nothing asked for.
      /^(?:ask|asking)$/i.test(said) ||
      // "the swim team, don't get me started, …": how the person feels, a saying, no thing.
      /^get\s+(?:me|us|her|him)\s+started$/i.test(said) ||
      // "they don't want us in their business": who is not wanted somewhere names no thing.
      /^(?:us|me|them|him|her)\s+(?:in|on|at|near|around|about)\b/i.test(said) ||
      // "the nakatheng money …, don't put, that is the children's own": a "no" to putting it in,
      // said of what came before, names nothing of its own.
      /^(?:put|add|include|keep|bring|touch|take)$/i.test(said) ||
      // "no outside food or drinks": what visitors may not bring in is a house rule, no thing left out.
      /^outside\s+(?:food|drinks?|alcohol|booze|caterers?|catering|cakes?|snacks|music|djs?|decorations?)\b/i.test(
        said,
      ) ||
      // "after that its no good", "no worries", "…, no question", Nigerian "…, no story" (no
      // excuses), "no wahala" (no trouble): a saying, no thing left out.
      /^(?:good|use|worries|bother|problem|probs|wonder|doubt|way|chance|matter|question|story|wahala|shaking|lie|cap|kidding|discussion|debate|contest|comparison)$/i.test(
        said,
      ) ||
      // "…, you pay the extra half hour on the way out, no arguing": how firmly a rule holds is no
      // thing left out ("… weighed on the dock scale, no guessing": nor how exactly).
      // ("… but we don't want the hassle": the trouble of it is no thing either.)
      /^(?:arguing|argument|arguments|excuses|exceptions|ifs\s+or\s+buts|questions\s+asked|messing(?:\s+about)?|fuss|guessing|guesswork|guesses|eyeballing|shortcuts|hassle|headache|faff|aggro|stress)$/i.test(
        said,
      ) ||
      // "…, it must reverse within 24 hours, no charge": what costs nothing is a rule, no thing left out.
      /^(?:charge|extra\s+charge|extra\s+cost|cost\s+to\s+(?:them|the\s+customer))(?:$|\s+and\s)/i.test(
        said,
      ) ||
      // "If they cancel 72 hours before, the deposit goes back. After that, no.": when the rule
      // stops holding names no thing left out.
      /^(?:after|before|then|otherwise|past|later|beyond)(?:\s+(?:that|this|it|then|those))?$/i.test(said) ||
      // "The buyers don't need to get on it": getting on it is using the software, no thing.
      /^(?:get|got|getting|go|going|be)(?:\s+(?:on|in|into|onto|at)(?:\s+(?:it|there|them))?)?$/i.test(
        said,
      ) ||
      // "I don't want to get involved": how the person feels about a thing said before, no thing.
      /^(?:get|be|getting)\s+involved\b/i.test(said) ||
      // "Customers don't need nowt": nothing needed names no thing left out.
      /^(?:nothing|nowt|naught|nought|owt|aught|anything|everything|something|none|nobody|anybody|anyone|no one|nothing at all|anything at all|nothing else|anything else)$/i.test(
        said,
      ) ||
      /^(?:an?\s+|the\s+)?lists?$/i.test(said) ||
      // "dont want nuffink to do wiv that": nothing to do with what was named names nothing new.
      /^(?:nothing|nowt|nuffink|nuffin|nuthin['’]?|naething)\s+to\s+do\s+(?:with|wiv|wi['’]?)\b/i.test(
        said,
      ) ||
      // "the snow crab in the spring, different boats, different buyer, laisse faire ça": what
      // makes it another matter is the reason, no thing left out.
      /^(?:a\s+)?(?:different|another|other|separate)\s+[\p{L}'’-]+$/iu.test(said) ||
      // "he pay already for one month, but no have in notebook": "no have" is "there is none", told
      // of today, and turns nothing down.
      /^(?:have|has|got)\b/i.test(said) ||
      // "no need lah", "no need one": a word that only colours the "no" (Singapore and Malaysian
      // English); so does Chile's "no po".
      /^(?:lah|leh|lor|meh|liao|one|mah|hor|wor|ah|po)$/i.test(said) ||
      // "the ELD and the hours, not our thing": a unit of time alone names what is counted in
      // it elsewhere; kept out, it would take every "2 free hours" with it.
      /^(?:the\s+)?(?:hours|minutes|days|weeks|months|years|times)$/i.test(said) ||
      // "the Cup Match stall, no bye", "no mate": whom the "no" is said to is no thing left out;
      // "…, period" says how firmly; "…, please leave it out" asks kindly; a word that joins
      // clauses names nothing.
      /^(?:but|and|so|or|then|yet|please|pls|plz|kindly|bye|boy|b'y|bud|buddy|dude|hon|mate|man|men|child|dear|bhai|dai|yaar|beta|bro|brah|sir|ta|thanks|thank you|period|full stop|end of story)$/i.test(
        said,
      )
    )
      return;
    // "… boleh sambung keahlian tanpa tunggu 3 bulan lagi" (without waiting 3 months more): a
    // time in Malay or Indonesian after "tanpa" is a rule's, no thing left out.
    if (/\d/.test(said) && /(?<![\p{L}])(?:bulan|hari|minggu|tahun|jam)(?![\p{L}])/iu.test(said)) return;
    // "Ang manok ug kambing …, ayaw na ilakip": a small word of another language ("ang", the)
    // is never the thing left out; kept out, it would take every sentence with it.
    // ("n the till, leave it out": in English, "till" is a thing, not Swedish's "to".)
    if (!/\s/.test(said.trim()) && !english && isFunctionWordElsewhere(said.trim())) return;
    // "no app and no website" rules out a kind of software, which the kind says; "app" is
    // every feature's subject ("The app texts …"), so it keeps nothing out.
    if (/^(?:an?\s+)?(?:app|apps|application)$/i.test(said)) return;
    // "We don't have our own factory, we sell the leaf to the big one": what the business does
    // not own is how it works, no part of the software left out.
    if (
      /^(?:our|my)\s+own\s/iu.test(said) &&
      new RegExp(
        `\\b(?:we|i)\\s+(?:don['’]?t|do\\s+not)\\s+(?:yet\\s+)?have\\s+${escapeRegExp(said)}`,
        "iu",
      ).test(text)
    )
      return;
    // "The sellers don't need to log in": logging in is left out for them, as one word; kept out
    // as "log", it would take "log the catch" with it, and the person's own side may still log in.
    const keys =
      /^(?:log|sign)\s*-?\s*(?:in|on)$/i.test(said) && SOME_NEED_NOT_LOG_IN.test(text)
        ? [["login"]]
        : options.action
          ? actionKeys(said)
          : keysOf(said, options.distribute);
    if (keys.length === 0) return;
    const lower = said.toLowerCase();
    // "Do we need home addresses? … let's leave addresses out": the wider word leaves out more.
    const narrower = found.findIndex(
      (existing) =>
        !existing.action &&
        !options.action &&
        existing.said.toLowerCase().endsWith(` ${lower}`) &&
        !SCOPE.test(existing.said),
    );
    if (narrower >= 0) found.splice(narrower, 1);
    // "And wine, I don't sell wine, …, don't put that nonsense": the thing turned down whole
    // outweighs the one act read of it ("sell wine").
    const act = options.whole
      ? found.findIndex((existing) => existing.action && existing.said.toLowerCase().endsWith(` ${lower}`))
      : -1;
    if (act >= 0) found.splice(act, 1);
    // "must not send emails" is read twice, as "emails" and as "send emails": once is enough.
    if (
      found.some(
        (existing) =>
          lower.endsWith(existing.said.toLowerCase()) || existing.said.toLowerCase().endsWith(lower),
      )
    )
      return;
    const scope = said.match(SCOPE)?.[1];
    found.push({
      said,
      keys,
      action: options.action,
      ...(scope ? { scope: singularize(scope.toLowerCase()) } : {}),
    });
  };
  for (const pattern of [
    SET_ASIDE,
    DONE_BUT_SEPARATE,
    ASKED_AND_REFUSED,
    ASKED_THEMSELVES_NO,
    NICE_BUT_NOT_NOW,
    SKIP_FOR_A_REASON,
    NAMED_THEN_LATER,
    LEFT_FOR_LATER,
    NOTHING_TO_DO_WITH,
    NOT_IN_THE_LIST,
    STOPPED_DOING,
    ...NOT_OURS_IN_EUROPE,
    ONLY_FOR_NOT_FOR,
    NOT_TO_BE_KEPT,
    ANSWERED_NO,
    KEEP_OUT,
    OPENS_WITHOUT,
    LEFT_OUT_AROUND_ELSEWHERE,
  ])
    for (const match of text.matchAll(pattern)) {
      // A pattern with more than one way of saying it keeps the thing in whichever group matched.
      const whole = (match[1] ?? match[2]!).trim();
      // "Keeping track of stock" leaves the stock out; a longer doing stays whole.
      const thing = whole.replace(DOING, "");
      add(thing !== whole && thing.split(/\s+/).length <= 3 ? thing : whole, {
        distribute: true,
        action: false,
      });
    }
  for (const thing of someoneElsesThings(text)) add(thing, { distribute: true, action: false });
  // "…, keep them well out of this. Same for quotes and invoicing": after a "no", the same again.
  if (found.length > 0 || NOT_NEEDED_ANYWHERE.test(text))
    for (const match of text.matchAll(SAME_FOR)) add(match[1]!, { distribute: true, action: false });
  for (const match of text.matchAll(EXAMPLES_NOT_WANTED)) {
    add(match[2]!, { distribute: true, action: false });
    add(match[1]!, { distribute: true, action: false });
  }
  let before = "";
  let foundBefore = found.length;
  for (const sentence of text.split(/(?<=[.!?।])\s+|\n+/u)) {
    // "The funeral contributions … are handled by the family meeting separately. I would be
    // grateful if they were left out.": a "no" said as a sentence of its own, pointing back,
    // turns down what the sentence before it opened on.
    if (
      found.length === foundBefore &&
      before.length > 0 &&
      sentence.split(/\s+/).length <= 12 &&
      ((/(?<![\p{L}'’])(?:they|them|it|that|those|these|dit|hulle|nhw|hynny)(?![\p{L}'’])/iu.test(sentence) &&
        isDismissalOnItsOwn(sentence)) ||
        // "My aunt makes marula beer in February. That one is not for us.": whose it is not, said alone.
        /^\s*(?:that|this)(?:\s+one)?\s+(?:is|'s)\s+not\s+for\s+(?:us|me)\s*[.!]*\s*$/iu.test(sentence) ||
        // "Jaab, not for this program.": a "no", then what it is not for, points back too.
        /^\s*(?:no|nah|nope|jaab|haan|hindi)\s*,\s*not\s+(?:for|in)\s+(?:this|here|us)(?:\s+[\p{L}-]+)?\s*[.!]*\s*$/iu.test(
          sentence,
        ) ||
        // "My brother sells ger furniture. This is his business, not ours.", "Tourists ask us for
        // horse riding. We do not do it.": a short sentence that is only a "no" pointing back,
        // as it would be after a comma.
        // ("People ask for the horse for the dulha. No, we don't do, no need to put.": the same,
        // opened by a "no".)
        isShortNoPointingBack(sentence) ||
        // "The flavoured packets for Amazon, my son talks about it. Not now.": later, said alone.
        /^\s*(?:(?:but|so)\s+)?(?:not\s+(?:now|yet|for\s+now|this\s+time)|maybe\s+later|one\s+day(?:,?\s+maybe)?)\s*[.!]*\s*$/iu.test(
          sentence,
        )) &&
      pointedBackExclusions(sentence).length === 0 &&
      !peopleNeedNoneOfIt(sentence) &&
      // "Oh hang on, two things. Take the postcode off the customers, we don't need it.": a "no"
      // after a change said in the same sentence is about what the change takes off.
      !CHANGE_OPENS.test(sentence) &&
      // "Only me and Ned. …", "Me and my wife see everything. The tukang don't need it.": who
      // uses it is no thing to leave out.
      !/^\s*(?:(?:only|just)\s+(?:me|us|myself)\b|(?:me|i|we|us)\s+and\s|(?:my|our)\s+[\p{L}'’-]+\s+and\s+(?:i|me)\b)/iu.test(
        before,
      )
    )
      for (const thing of pointedBackExclusions(`${before.replace(/[.!]+\s*$/, "")}, ${sentence}`))
        add(thing, { distribute: true, action: false });
    // "Some people want us to sew dresses from the kanga. We do not sew.": the doing asked for,
    // said again with a "not", is turned down as if "that" had been said.
    // ("Some shops ask us to make anko. We do not make anko.": the same, with the thing said again.)
    const notDoing = sentence.match(
      /^\s*(?:but\s+)?(?:we|i)\s+(?:do\s+not|don['’]?t|never|no\s+longer)\s+([\p{L}-]+)(?:\s+((?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+))?\s*[.!]*\s*$/iu,
    );
    if (
      found.length === foundBefore &&
      notDoing &&
      new RegExp(
        `\\b(?:want|wants|ask|asks|asked|asking)\\s+(?:us|me)\\s+to\\s+${escapeRegExp(notDoing[1]!)}\\b${
          notDoing[2] ? `\\s+(?:(?:the|a|an|some|our)\\s+)?${escapeRegExp(notDoing[2])}\\b` : ""
        }`,
        "iu",
      ).test(before)
    )
      for (const thing of pointedBackExclusions(`${before.replace(/[.!]+\s*$/, "")}, we do not do that`))
        add(thing, { distribute: true, action: false });
    // "Some people ask us for tonto, the banana beer. We don't brew.": what was asked for, then
    // the making of it said with a "not", is turned down. ("Some buyers ask for brand new clothes
    // from Divisoria. We don't sell brand new.": where it would come from is part of it.)
    const askedFor = notDoing
      ? before.match(
          /\b(?:want|wants|ask|asks|asked|asking)\s+(?:(?:us|me)\s+)?for\s+(?:a\s+|an\s+|the\s+|some\s+)?([\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,2}?(?:\s+from\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*)?)(?:\s+(?:with|on|in|at|around|through)\s+(?:the|our|a|an)\s+[^,.;!?]{1,30})?\s*(?:[,.;!?]|$)/iu,
        )
      : null;
    if (found.length === foundBefore && askedFor) add(askedFor[1]!, { distribute: true, action: false });
    // "Some runners ask to buy running shoes from us. We don't sell shoes.": what they would buy
    // is what the person does not sell.
    const askedToBuy =
      notDoing && /^(?:sell|stock|rent|hire|carry)$/i.test(notDoing[1]!)
        ? before.match(
            /\b(?:want|wants|ask|asks|asked|asking)\s+(?:(?:us|me)\s+)?(?:if\s+they\s+can\s+|to\s+)(?:buy|get|rent|hire)\s+(?:a\s+|an\s+|the\s+|some\s+)?([\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,2}?)(?:\s+(?:from|off)\s+(?:us|me))?\s*(?:[,.;!?]|$)/iu,
          )
        : null;
    if (found.length === foundBefore && askedToBuy) add(askedToBuy[1]!, { distribute: true, action: false });
    // "Some tourists ask to come picking berries with the women. We do not take tourists.": those
    // who ask, then turned away by name, are left out.
    const askers = notDoing?.[2]
      ? before.match(
          /^\s*(?:(?:and|but|also)\s+)?(?:(?:some|many|a\s+few|lots\s+of|the)\s+)?([\p{L}-]+s)\s+(?:always\s+|often\s+|sometimes\s+|keep\s+)?(?:ask|asks|asking|want|wants|wanting)\s+(?:to|for|if|us|me)\b/iu,
        )
      : null;
    if (
      found.length === foundBefore &&
      askers &&
      singularize(askers[1]!.toLowerCase()) === singularize(notDoing![2]!.toLowerCase())
    )
      add(notDoing![2]!, { distribute: true, action: false });
    // "Merch? Nah, not bothered.": a thing asked about, then a short "no" to it.
    const asked = before.match(
      /^\s*(?:(?:and|oh|also|what\s+about|how\s+about)[,\s]+)?((?:the\s+)?[\p{L}\p{M}'’ -]{2,30})\?\s*$/iu,
    );
    if (
      found.length === foundBefore &&
      asked &&
      sentence.split(/\s+/).length <= 6 &&
      // ("Invoices? Xero does that.": someone else doing it is a "no" here too.)
      (isDismissalOnItsOwn(sentence) || isDismissal(sentence))
    )
      add(asked[1]!, { distribute: true, action: false });
    before = sentence;
    foundBefore = found.length;
    if (/\?\s*$/.test(sentence)) continue;
    const notVerb = new RegExp(NOT_VERB_PHRASE.source, NOT_VERB_PHRASE.flags);
    for (let match = notVerb.exec(sentence); match !== null; match = notVerb.exec(sentence)) {
      const [, negator, verb, between, object] = match as unknown as [string, string, string, string, string];
      const wanting = WANTING.test(verb);
      // A phrase that leaves nothing out gives its words back to the search: in "no signal
      // at the yards so … and don't bother with payments", the "don't" comes after it.
      const readOn = () => {
        notVerb.lastIndex = match!.index + negator.length + 1;
      };
      if (/^no$/i.test(negator) ? !NO_VERBS.test(verb) : !wanting && !actsIn(sentence, verb)) {
        readOn();
        continue;
      }
      // "a tax receipt on file n it cant be expired": what something cannot be is a rule of it.
      if (
        /^(?:cannot|can'?t|may\s+not|must\s+not|mustn'?t)$/i.test(negator) &&
        new RegExp(`\\bbe\\s+${verb}$`, "i").test(
          match[0].slice(0, match[0].length - between.length - object.length),
        ) &&
        isPastForm(verb)
      ) {
        readOn();
        continue;
      }
      // "… and never sent none at all to the store in Mahone Bay": what was never done, told as
      // a story, is what went wrong, no "no".
      if (/^never$/i.test(negator) && isPastForm(verb)) {
        readOn();
        continue;
      }
      // "… and on Sunday we don't sell at all": what is not done at a time is a rule of when.
      if (TIME_FIRST.test(clauseBefore(sentence, match.index ?? 0))) {
        readOn();
        continue;
      }
      // "… so we don't run out and we don't have a bunch left over either": what a wish is for
      // leaves nothing out.
      if (
        /\bso\s+(?:that\s+)?(?:we|they|i|you|it|people|nobody)\s+(?:don'?t|do\s+not|won'?t|can'?t|never)\b[^,;.!?]*$/i.test(
          sentence.slice(0, match.index),
        )
      ) {
        readOn();
        continue;
      }
      // "it never pushes", "must not change files": the software is what must not act;
      // "which Sundays they can't make" is about people, and leaves nothing out.
      // "if it goes over 1.2m we can't send boats out": what people cannot do is a fact, not a "no".
      const cannot = /^(?:cannot|can'?t)$/i.test(negator);
      if (
        !wanting &&
        (!NO_VERBS.test(verb) || cannot) &&
        !SOFTWARE_SUBJECT.test(clauseBefore(sentence, match.index ?? 0))
      ) {
        readOn();
        continue;
      }
      // "That deposit they don't get back if they just don't show": a "no" inside a condition is
      // part of the rule it sets; so is one with its condition after it ("it can't go out again
      // till it's marked"), and one in the reason for it ("because … crawfish don't keep").
      // "Under 30 pieces we don't take the order": a measure said first is a condition too.
      if (
        /\b(?:if|unless|whenever|when|once|till|until)\b/i.test(clauseBefore(sentence, match.index ?? 0)) ||
        /^(?:(?:and|but|so)\s+)?(?:under|over|below|above|less\s+than|more\s+than|fewer\s+than)\s+[$€£]?\d/i.test(
          clauseBefore(sentence, match.index ?? 0),
        ) ||
        /\b(?:because|since|cos|coz|['’]cause)\b/i.test(
          sentence
            .slice(0, match.index ?? 0)
            .split(/[,;:.!?]/)
            .pop() ?? "",
        ) ||
        /\b(?:till|until|unless)\b/i.test(`${between}${object}`)
      ) {
        readOn();
        continue;
      }
      // "you do not want to know what we find in there", "that doesn't go in": a saying, and a
      // "no" pointing back at what was named before it, leave out no verb of their own.
      if (
        (/^\s*to\s+know\b/i.test(`${between}${object}`) &&
          /(?:^|\s)you$/i.test(clauseBefore(sentence, match.index ?? 0))) ||
        (/^(?:that|this|those|these|it|they)$/i.test(clauseBefore(sentence, match.index ?? 0)) &&
          /^(?:go|goes|come|comes|belong|belongs|fit|fits)$/i.test(verb))
      ) {
        readOn();
        continue;
      }
      // "under 5s are free, they don't need a pass": who needs none of it because it is free to
      // them is a rule of the prices, no "no".
      if (
        /^(?:they|he|she)$/i.test(clauseBefore(sentence, match.index ?? 0)) &&
        /\b(?:is|are|go|goes|get\s+in|gets\s+in|come|comes)\s+(?:in\s+)?free\b/i.test(
          sentence.slice(0, match.index ?? 0),
        )
      ) {
        readOn();
        continue;
      }
      // "some outlets don't charge service charge": what someone else does not do is a fact about
      // them; only the person ("we", "I", or no one named) and the software leave things out.
      // "families that don't have a hunter" says which families.
      const doer = clauseBefore(sentence, match.index ?? 0);
      // "a family that's behind on the dues can't have the crown": who cannot, said with what
      // sets them apart, is a rule of theirs.
      if (
        /[\p{L}-]+\s+(?:that|who|which)$/iu.test(doer) ||
        (/^(?:cannot|can'?t|may\s+not)$/i.test(negator) &&
          /^(?:an?|the|any|every|each)\s+[\p{L}-]+\s+(?:that|who|which)(?:['’]s|\s|$)/iu.test(doer))
      ) {
        readOn();
        continue;
      }
      if (
        !wanting &&
        doer.length > 0 &&
        !SOFTWARE_SUBJECT.test(doer) &&
        !/^(?:i|we|you|they|please|just|so)$/i.test(doer) &&
        /^(?:(?:some|most|many|all|the|our|their|a\s+few|few)\s+)?[\p{L}-]+s$/iu.test(doer)
      ) {
        readOn();
        continue;
      }
      // "Trainers and board members don't do bar shifts": who among the people does not do the
      // work is a rule of who does it; those the software serves ("customers don't do returns")
      // still turn it down.
      const whoSaid =
        sentence
          .slice(0, match.index ?? 0)
          .split(/[.;:!?,]/)
          .pop()
          ?.trim() ?? "";
      if (
        /^(?:do|doing)$/i.test(verb) &&
        /^(?:(?:the|our|all)\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+s(?:\s+and\s+(?:the\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+s)?$/iu.test(
          whoSaid,
        ) &&
        isPerson(singularize(whoSaid.split(/\s+/).pop()!.toLowerCase())) &&
        !/(?:^|\s)(?:customers|clients|buyers|guests|visitors|users|people|folks|patients|tenants)$/iu.test(
          whoSaid,
        )
      ) {
        readOn();
        continue;
      }
      // "Our collections database … doesn't handle loans in any useful way, so at the moment …":
      // what today's system does not do, told as background, is why the software is wanted.
      if (!/^(?:need|want|require)$/i.test(verb) && isBackground(sentence)) {
        readOn();
        continue;
      }
      // "I'd rather not keep that for the kids": "that" points back at what was named before,
      // which the sentence that named it leaves out; the verb alone is no thing to keep out.
      // "I don't want none of that on there" points back the same way.
      if (
        /^\s*(?:(?:none|any|all)\s+of\s+)?(?:that|it|this|those|these|them|am|one|another)\b/i.test(object)
      ) {
        readOn();
        continue;
      }
      // "Domestic staff like drivers, cooks and nannies don't use codes": what other people do
      // not do is a fact about them; only the person and the software say what it leaves out.
      const subject =
        sentence
          .slice(0, match.index ?? 0)
          .split(/[.;:!?]/)
          .pop() ?? "";
      if (
        /^use$/i.test(verb) &&
        !/\b(?:i|we|you)\s*$/i.test(subject) &&
        subject.split(/[\s,]+/).some((word) => isPerson(singularize(word.toLowerCase())))
      ) {
        readOn();
        continue;
      }
      // "people don't want their number on no website": what people at large want is why the
      // person asks for something, not what they leave out.
      if (/(?:^|[\s,])(?:people|folks|everybody|everyone|nobody|anybody)\s*$/i.test(subject)) {
        readOn();
        continue;
      }
      // "we don't allow no curbing around a grave no more": what the person does not allow is a
      // rule of theirs the software keeps, not something it leaves out.
      if (/^(?:allow|permit)$/i.test(verb) && !SOFTWARE_SUBJECT.test(doer)) {
        readOn();
        continue;
      }
      // "We don't take shoes or underwear", "Berries that are wet or mushy, we won't take them":
      // what the person's place will not take in is a rule of theirs too, unless it is said of
      // the software ("we don't take payments online").
      if (
        /^(?:take|accept)$/i.test(verb) &&
        /(?:^|\s)(?:we|i)$/i.test(doer) &&
        !/\b(?:online|app|website|site|system|software|internet|web)\b/i.test(`${between}${object}`)
      ) {
        readOn();
        continue;
      }
      // "we don't take no sacks after 8 o'clock at night", "Don't feed under 50 degrees": a "no"
      // for a time or past a measure is a rule.
      if (FOR_A_TIME.test(object) || PAST_A_MEASURE.test(object)) {
        readOn();
        continue;
      }
      // "You can't have the same number twice on the one line": what anyone cannot do is a rule.
      if (/^(?:cannot|can'?t|may\s+not)$/i.test(negator) && /(?:^|\s)you$/i.test(doer)) {
        readOn();
        continue;
      }
      // "if a customer asks for a tech by name, that's a request, it doesn't count as a turn": what
      // something does not count as is a rule of how it is counted.
      if (
        /^(?:count|counts|qualify|qualifies)$/i.test(verb) &&
        /^\s*(?:as|towards?|against|for)\b/i.test(`${between}${object}`)
      ) {
        readOn();
        continue;
      }
      // "I don't have to tell them myself", "they shouldn't have to come out": what someone is
      // spared doing is how it is done, nothing the software leaves out.
      if (/^have$/i.test(verb) && /^\s*to\s/i.test(between) && /(?:^|\s)(?:i|they|he|she|you)$/i.test(doer)) {
        readOn();
        continue;
      }
      // "Pickle older than 6 months, we do not sell", "Anything over 500 grams, the library won't
      // price": what is not done to it, said first, is a rule of it; a verb with nothing after
      // it leaves nothing out.
      if (
        `${between}${object}`.trim() === "" &&
        /^[^,]{3,80},\s*(?:(?:and|but|so)\s+)?(?:(?:we|i|it|the\s+[\p{L}-]+)\s*)?$/iu.test(
          `${sentence.slice(0, match.index ?? 0).trim()} `,
        )
      ) {
        readOn();
        continue;
      }
      // "must not send emails": the verb belongs to what is left out, unless it names wanting.
      if (wanting || /^\s*to\s/i.test(between)) add(object, { distribute: true, action: false });
      else add(`${verb}${between}${object}`, { distribute: true, action: true });
    }
    for (const match of sentence.matchAll(NO_PHRASE)) {
      const start = (match.index ?? 0) + match[0].length - match[1]!.length;
      // "do not need" and "no queremos" were read above; "no" before a verb is not "no X".
      const first = match[1]!.split(/\s+/)[0] ?? "";
      // (Friulian "no stait a metilu", don't put it, "no nus covente", we don't need it: "no" before a verb.)
      if (NO_VERBS.test(first) || /^(?:hace|ens|cal|calen|volem|vull|necessitem|stait|nus)$/i.test(first))
        continue;
      // Portuguese "no boleto", "na portaria": "in the", never "no", among words English does not write.
      if (
        /(?:^|[\s,;:(—-])n[oa]s?\s+$/iu.test(match[0].slice(0, match[0].length - match[1]!.length)) &&
        !isEnglish(sentence)
      )
        continue;
      if (/\b(?:not|don'?t)\s*$/i.test(sentence.slice(0, start))) continue;
      // "put the bin no on the buys": "no" after "the" and a noun is that thing's number, or, in
      // many creoles, its "not" ("the money no stret"); either way nothing is turned down.
      if (/\b(?:put|add|the|their|its|his|her|a)\s+[\p{L}-]+\s+no\s*$/iu.test(sentence.slice(0, start)))
        continue;
      // "people don't want their number on no website": after a "not" before it, a "no" says
      // where something must not go, which is no place left out.
      if (
        /\b(?:don'?t|do\s+not|doesn'?t|does\s+not|never|won'?t|ain'?t|can'?t|cannot)\b[^,.;!?]*\s(?:on|in|at|onto|into)\s+no\s*$/i.test(
          sentence.slice(0, start),
        )
      )
        continue;
      // "a vault that wasn't on no card": a "no" after a "not" says where something was not;
      // "we don't allow no curbing": what the person does not allow is a rule of theirs.
      if (
        /(?:\b(?:was|were|is|are|ai)n['’]?t\s+(?:on|in|at|under|from|with)|(?:n['’]t|\bnot)\s+(?:allow|permit))\s+no\s*$/i.test(
          sentence.slice(0, start),
        )
      )
        continue;
      // "order items: order, how many, no scallion y/n": a yes or no named with its "no" is a field
      // (its answers read as "yes" by now).
      if (
        /^[\p{L}\p{M}'-]+(?:\s+[\p{L}\p{M}'-]+)?\s*\(?(?:y\/n|yes\/no|yes\s+or\s+no|yes)\)?\s*(?:[,.;\n]|$)/iu.test(
          sentence.slice(start),
        )
      )
        continue;
      // "Over 13.5 there's no bonus, same price": a "no" past a measure said first is a rule of it.
      if (
        /^(?:(?:and|but|so)\s+)?(?:over|under|above|below|past|beyond)\s+[$€£]?\d[\d.,]*%?\s*(?:[\p{L}]+\s+)?(?:there(?:['’]s|\s+is|\s+are)|you\s+get|it['’]s|they\s+get)?\s*$/iu.test(
          sentence
            .slice(0, start)
            .split(/[,;!?]|\.(?!\d)/)
            .pop()
            ?.replace(/\s*no\s*$/iu, "") ?? "",
        )
      )
        continue;
      // "From June to September the boats do not go out. We make no pickle then.": a "no" for a
      // time just named is a rule of that time.
      if (
        /^[^,.;!?]{1,30}?\s+(?:then|at\s+that\s+time|in\s+(?:those|that|these)\s+(?:months|weeks|days|season|time))\s*(?:[.;!]|$)/iu.test(
          sentence.slice(start),
        )
      )
        continue;
      // "Calving ease goes 1 to 5: 1 is no help, 2 is …": what a value of a scale means.
      if (/(?:^|[:,;]\s*)\d+\s+(?:is|=|means)\s+no\s*$/iu.test(sentence.slice(0, start))) continue;
      // "In Cowes Week there's no discounts": a "no" during a named week or festival is its rule.
      if (
        /^\s*(?:[Ii]n|[Dd]uring|[Ff]or)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]*\s+(?:[Ww]eek|[Ww]eekend|[Ff]ortnight|[Ff]estival|[Rr]egatta|[Ff]air|[Ss]how)\b/u.test(
          sentence.slice(0, start),
        )
      )
        continue;
      // "I no see am", "he no pay it": "no" before a verb and what it points back at says "did not".
      if (/^[\p{L}'-]+\s+(?:am|it|them|dem|um|em)$/iu.test(match[1]!.trim())) continue;
      // "No boxing for 28 days after a stoppage", "no auction in the first month", "no pets in
      // December": a "no" for a time is a rule of the thing, which stays.
      if (FOR_A_TIME.test(match[1]!)) continue;
      // "no crossing in the dark, ever, that's the trust's rule": a "no" said to be a rule is one.
      if (
        /\bin\s+the\s+dark\b|\bafter\s+dark\b|\bat\s+night\b/i.test(match[1]!) ||
        /\b(?:that's|that\s+is|it's|it\s+is)\s+(?:the|a|our|their|his|her)\s+(?:[\p{L}'’-]+\s+)?rule\b/iu.test(
          sentence,
        )
      )
        continue;
      // "A lot of them live way out, no electricity, no gas, just the wood stove": what the
      // people the software serves live without says how they live, and leaves nothing out.
      if (
        /^\s*(?:(?:and|but|so)\s+)?(?:(?:a\s+lot|most|many|some|all|half|several|plenty)\s+of\s+(?:them|our\s+[\p{L}-]+|the\s+[\p{L}-]+)|they|these\s+[\p{L}-]+|those\s+[\p{L}-]+|the\s+[\p{L}-]+s|our\s+[\p{L}-]+s)\s+(?:still\s+)?(?:live|are|have|got|stay)\b[^,]*,(?:\s*no\s+[\p{L}-]+,)*\s*no\s*$/iu.test(
          sentence
            .slice(0, start)
            .split(/[.;!?]/)
            .pop() ?? "",
        )
      )
        continue;
      // "No cray with eggs under her, she go back too": what is not taken, and sent back, is a rule.
      if (SENT_BACK_RULE.test(`no ${sentence.slice(start)}`)) continue;
      // "Mucha bou di 12 aña no por drenta e piscina sin un grandi serka" (children under 12
      // cannot go in the pool without an adult): "without" after what may not be done is a rule.
      if (
        /(?:^|[\s,;:(—-])(?:sin|sem|senza|sans|ohne|zonder|without)\s*$/iu.test(
          match[0].slice(0, match[0].length - match[1]!.length),
        ) &&
        /(?<![\p{L}])(?:no|not|cannot|can'?t|never|nunca|nie|nicht|non|pas)\s+(?:por|puede|pueden|kan|mag|może|darf|can|be|go|enter|drenta|entra|entrar|pode|podem)(?![\p{L}])/iu.test(
          sentence.slice(0, start),
        )
      )
        continue;
      // "Los ke tienen dieta, sin sal o para diabetikos, …": "without" set off by a comma right
      // after what it is said of tells what kind it is; only the software's own ("la app, sin
      // anuncios") is left without something.
      if (
        /(?:^|[\s,;:(—-])(?:sin|sem|senza|sans|ohne|zonder)\s*$/iu.test(
          match[0].slice(0, match[0].length - match[1]!.length),
        ) &&
        /(?<![\p{L}])(?!(?:app|aplicaci[oó]n|aplikasyon|application|applicazione|aplicativo|sistema|system|programa|programme|web|página|pagina|site|sitio)\s*,?\s*$)\p{L}{3,}\s*,\s*$/iu.test(
          sentence.slice(0, start).replace(/\s*(?:sin|sem|senza|sans|ohne|zonder)\s*$/iu, ""),
        )
      )
        continue;
      // "No kava for pikinini (kids) under 18, never": a "no" for an age is a rule of who may.
      if (/\b(?:under|over|below|above|younger\s+than|older\s+than)\s+\d+/i.test(sentence.slice(start)))
        continue;
      // "no milling on credit, even for relatives", "no entry without a ticket": a "no" that
      // says on what terms is a rule of how it is done, which stays.
      if (
        /\s(?:on\s+credit|on\s+account|on\s+tick|for\s+free|without\s+(?:a|an|the|their|any|de|da|di|its|his|her|our)\s|unless\s|except\s)/i.test(
          ` ${match[1]!} `,
        )
      )
        continue;
      // "The first month there is no auction", "on Sundays there's no delivery": the same, with
      // the time said first.
      if (
        TIME_FIRST.test(
          withEarlierNoLeftOut(
            sentence
              .slice(0, start)
              .split(/[,;.!?]/)
              .pop() ?? "",
          ),
        )
      )
        continue;
      // "No player goes on a contest sheet unless …", "No player teks out the only copy": no one
      // doing something is a rule of who may, not a thing left out.
      if (isEnglish(sentence) && nobodyActs(match[1]!)) continue;
      // "no dues no ride": the same rule said without a comma.
      // ("no miners right no detector": the condition may take two words.)
      // ("no app and no website" is two things turned down.)
      if (
        /\bno\s+[\p{L}\p{M}'-]+(?:\s+(?!(?:and|or|nor|n)\s)[\p{L}\p{M}'-]+)?\s+no\s+[\p{L}\p{M}'-]+\b/iu.test(
          sentence,
        )
      )
        continue;
      // "No ID, no ticket, simple as": one thing is the condition of the other, a rule.
      if (NO_THIS_NO_THAT.test(sentence)) continue;
      // "Every farmer must have a farm number … No farm number, no collection.": one of the two
      // is kept, said elsewhere, so the pair is a rule of the one on the other.
      if (requiredForTheOther(sentence, text)) continue;
      // "dey get no place and no points", "a late entry gets no refund", "he no can be too young":
      // what someone gets or cannot do under a rule is the rule, not a thing left out; so is
      // every "no" of a sentence that sets a condition ("If one crew get DQ, …").
      if (
        /\b(?:get|gets|got|getting|receive|receives|earn|earns|score|scores|win|wins)\s+no\s+$/i.test(
          withEarlierNoLeftOut(sentence.slice(0, start)),
        ) ||
        /^(?:can|could|will|would|gotta|must|should|may)$/i.test(first) ||
        /^\s*(?:if|when|whenever|unless|once)\s/i.test(sentence) ||
        // "…, but if you cancel on the day over a bit of rain, there's no refund": the same for a
        // condition that opens the clause after a "but".
        /^\s*(?:if|when|whenever|unless|once)\s/i.test(
          sentence
            .slice(0, start)
            .split(/;|\bbut\b/i)
            .pop() ?? "",
        ) ||
        // "Two forfeits and you out the league, no refund": a count and what follows it is a
        // condition said without "if".
        /^\s*(?:one|two|three|four|five|\d+)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+and\s+(?:you|they|he|she|we|the\s+[\p{L}-]+)\s/iu.test(
          sentence,
        )
      )
        continue;
      // "They pay the whole lot by card when they book, no paying on the jetty": what is done
      // one way and not another is a rule of how it is done, which stays.
      const doneBefore = stems(sentence.slice(0, start).replace(/\bno\s*$/i, ""));
      if (
        stems(match[1]!)
          .slice(0, 1)
          .some((word) => doneBefore.includes(word))
      )
        continue;
      // "any page with no employee number on it": a thing that lacks something, described, is no "no" of the person's.
      if (
        /\b(?:with|has|have|had|having|contains?)\s+no\s+$|\b(?:when|if|where|whenever)\s+there(?:'s|\s+is|\s+are)\s+no\s+$/i.test(
          sentence.slice(0, start),
        )
      )
        continue;
      // "… had to tell everybody there was no tourada": what was not, in a story of the past, is
      // no "no" of the person's to what they want.
      if (/\bthere\s+(?:was|were|had\s+been|wasn['’]?t|weren['’]?t)\s+no\s+$/i.test(sentence.slice(0, start)))
        continue;
      // Portuguese "sem" is "without"; Icelandic "sem" is "that" ("tól sem les inn …", "hvort sem er").
      if (
        /(?:^|[\s,;:(—-])sem\s+$/iu.test(match[0].slice(0, match[0].length - match[1]!.length)) &&
        /[ðþ]|(?<![\p{L}\p{M}])(?:og|ekki|við)(?![\p{L}\p{M}])/iu.test(text)
      )
        continue;
      add(match[1]!, { distribute: true, action: false });
    }
    for (const match of sentence.matchAll(NOT_WANTED_ELSEWHERE))
      add(match[1]!.replace(/^(?:(?:la|le|les|il|lo|gli|o|os|as|a|um|uma)\s+|l')/iu, ""), {
        distribute: true,
        action: false,
      });
    // "works without an account" leaves accounts out; "a timetable without clashes" is a wish;
    // "anyone without an account pays cash" says who pays how, and leaves nothing out.
    for (const match of sentence.matchAll(WITHOUT_ACCOUNTS)) {
      if (
        WHO_IS_WITHOUT.test(sentence.slice(0, match.index)) ||
        someOneSortDoes(sentence.slice(0, match.index))
      )
        continue;
      add(match[1]!, { distribute: true, action: false });
    }
    // ("The library has nothing to do with it": the software itself, said of what was named
    // before, is no thing left out; the sentence points back.)
    for (const match of sentence.matchAll(NOT_NEEDED))
      if (!namesTheSoftwareItself(match[1]!)) add(match[1]!, { distribute: false, action: false });
    for (const thing of pointedBackExclusions(sentence))
      add(thing, { distribute: true, action: false, whole: true });
    for (const match of sentence.matchAll(OMIT_PHRASE)) add(match[1]!, { distribute: true, action: false });
    for (const match of sentence.matchAll(NO_USE_FOR)) add(match[1]!, { distribute: true, action: false });
    for (const match of sentence.matchAll(LEFT_TO_SOMETHING_ELSE))
      add(match[1]!, { distribute: true, action: false });
    for (const match of sentence.matchAll(NOBODY_NEEDS))
      add(match[1] ?? match[2] ?? match[3]!, { distribute: true, action: false });
    for (const match of sentence.matchAll(NO_TO)) {
      const thing = match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5]!;
      // ("That is his thing. Nothing to do with the library.": what it has nothing to do with,
      // the software itself, is kept; the sentence points back.)
      if (!namesTheSoftwareItself(thing)) add(thing, { distribute: true, action: false });
    }
    for (const match of sentence.matchAll(OMIT_VERB_PHRASE))
      add(match[1]!, { distribute: true, action: false });
    for (const match of sentence.matchAll(NOT_WANTED_BEFORE_THING))
      add(match[1]!, { distribute: true, action: false });
    for (const match of sentence.matchAll(NOT_WANTED_AFTER_THING))
      add(subjectBeforeItsVerb(match[1]!.trim().replace(LEADING_ARTICLE_ELSEWHERE, "")), {
        distribute: true,
        action: false,
      });
    // "住民一人ひとりの生年月日や家族構成": each thing joined by や or と, named after its last の ("of").
    for (const match of sentence.matchAll(NOT_WANTED_JAPANESE))
      for (const part of japaneseParts(match[1]!.replace(/^(?:すみません|やっぱり|でも|それと|あと)+/u, "")))
        add(part, { distribute: true, action: false });
    for (const part of chineseNotWanted(sentence)) add(part, { distribute: true, action: false });
    for (const part of hindiNotWanted(sentence)) add(part, { distribute: false, action: false });
    for (const part of thaiNotWanted(sentence)) add(part, { distribute: false, action: false });
    for (const part of laoNotWanted(sentence)) add(part, { distribute: false, action: false });
    for (const match of sentence.matchAll(NOT_WANTED_KOREAN))
      add(match[1]!, { distribute: false, action: false });
    for (const match of sentence.matchAll(NOTHING_FROM_GERMAN))
      add(match[1]!, { distribute: false, action: false, source: true });
    for (const match of sentence.matchAll(NOT_WANTED_GERMAN))
      add(match[1]!.replace(/^(?:eine?[nmrs]?|der|die|das|den|dem)\s+/iu, ""), {
        distribute: false,
        action: false,
      });
  }
  // "No uploading to YouTube, … TikTok same ting.", "…, leave that. tulips an all": after a "no",
  // a short sentence saying the same again.
  if (found.length > 0)
    for (const match of text.matchAll(SAME_AFTER)) add(match[1]!, { distribute: true, action: false });
  return found;
}

/**
 * "I do want invoices after all", "actually we do need a chat": something taken back
 * into the software after it was left out. The words of what is wanted again.
 */
const TAKEN_BACK =
  /\b(?:(?:i|we)\s+(?:do|really do|actually do|still)\s+(?:want|need)|(?:i|we)\s+(?:want|need)\s+(?!to\b)[^.;:!?,\n]{2,40}?\s+after all)\s*([^.;:!?,\n]*)/giu;

/** The exclusions a text takes back ("I do want invoices after all"), as phrases to match exclusions against. */
export function takenBack(text: string): string[] {
  const phrases: string[] = [];
  for (const match of text.matchAll(TAKEN_BACK)) {
    const whole = match[0].replace(/\s+after all\b.*$/i, "");
    const phrase = whole.replace(/^.*?\b(?:want|need)\s+/i, "").trim();
    if (phrase.length > 1) phrases.push(phrase);
  }
  return phrases;
}

/** Something a person took out in so many words ("the comments") as an exclusion; null when it names nothing. */
export function exclusionOf(phrase: string): Exclusion | null {
  const said = cleanSaid(phrase);
  if (said === null) return null;
  const keys = keysOf(said, true);
  return keys.length > 0 ? { said, keys, action: false } : null;
}

/** The left-out thing as the person wrote it, trimmed of its tail; null when it names nothing. */
/** `source`: what is left out is where things come from ("nothing from the internet"), never a wish to work offline. */
function cleanSaid(phrase: string, source = false): string | null {
  const said = phrase
    .replace(NEW_CLAUSE, "")
    .replace(TAIL, "")
    // "Mum does the books herself": who does it herself is no part of it.
    .replace(/(?<=\S)\s+(?:herself|himself|themselves|myself|ourselves)$/iu, "")
    // "KYC and all also", "refunds and so on": the words that close a list say no more of it.
    .replace(
      /\s+(?:and\s+all(?:\s+that)?|and\s+so\s+on|and\s+stuff|and\s+everything|etc\.?)(?:\s+(?:also|too))?$/i,
      "",
    )
    // "anything to do with writing the book itself": what it is to do with is what is left out.
    .replace(
      /^(?:anything|everything|stuff)\s+(?:to\s+do\s+with|related\s+to|about|involving)\s+(.*?)(?:\s+(?:itself|themselves))?$/i,
      "$1",
    )
    // "never page anyone itself": the software itself; "the ball itself" stays, narrower than the ball.
    .replace(/^(?!(?:(?:the|da|de|our)\s+)?[\p{L}-]+\s+itself$)(.*?)\s+(?:itself|themselves)$/iu, "$1")
    // "cards up there and …": the word that led on to the next clause is no part of it.
    .replace(/\s+(?:and|but|or|so)$/i, "")
    // "anyone's driving licence in there", "cards up there": where it would be kept is no part of it.
    .replace(/\s+(?:in|on|at|from|up|down|out|over)\s+(?:there|here|it|them|this)$/i, "")
    // "folks ask for beeswax candles all the time": how often they are asked for is no part of them.
    .replace(/(?<=\S)\s+(?:all\s+the\s+time|constantly|non-?stop|every\s+(?:day|week|year|season))$/iu, "")
    // "the fishing lakes over at Lydd", "kayak tours out to see the ponies": "over" and "out",
    // left when the place went, are no part of them ("sending the plans out" keeps its "out").
    .replace(/(?<=\p{L}{2}s)\s+(?:over|out)$/iu, (left, at: number, whole: string) =>
      /\p{L}{2}ing\s/iu.test(whole.slice(0, at)) ? left : "",
    )
    .replace(/^(?:a|an|the|any|some)\s+/i, "")
    // "En de winkel", "Et la boutique": "and the", in other languages, before the thing.
    .replace(
      /^(?:en|et|und|y|e)\s+(?:de|het|la|le|les|el|los|las|o|a|os|as|il|lo|gli|der|die|das|den)\s+(?=\p{L})/iu,
      "",
    )
    // Swabian "d'Nebakoschdaabrechnung", "'s Treppahaus": "the", said with an apostrophe.
    .replace(/^(?:d['’]|['’]s\s+)(?=\p{L})/iu, "")
    .replace(/[\s"'“”]+$/u, "")
    .trim();
  if (said.length < 2 || NOT_A_THING.test(said) || (!source && NOT_EXCLUDED_AFTER_WITHOUT.test(said)))
    return null;
  // "keep them well out of this": a pronoun points at what the sentence before named.
  if (/^(?:them|it|that|those|these|this)\b/i.test(said)) return null;
  // "no need to bring that here", "no be needin' dat", "Daddy don't keep up with that": doing
  // something to it names what was named before, no more.
  if (
    /^(?:[a-z'’]+\s+){1,3}(?:them|it|that|dat|dem|those|these|this)(?:\s+(?:here|there|in|into|on|up|over|inside)\b.*)?$/i.test(
      said,
    )
  )
    return null;
  // A list ("names, postcodes or dates of birth of the families") may run longer than one thing.
  if (said.split(/\s+/).length > (/,|\b(?:or|o|y|e|ou|et|oder|und)\b/i.test(said) ? 12 : 8)) return null;
  return said;
}

/** "Take the postcode off the customers, …", "And put a tracking number on the orders, …": a change to what is kept. */
const CHANGE_OPENS =
  /^\s*(?:(?:and|oh|ok|okay|also|then|so|but)[,\s]+)*(?:please\s+)?(?:take|drop|remove|leave|cut|get\s+rid\s+of|put|add)\s+(?:the\s+|a\s+|an\s+)?[\p{L}'’ -]{2,40}?\s+(?:off|out\s+of|from|on|onto|to)\s+(?:the\s+)?[\p{L}'’-]+/iu;

/**
 * "Only me and Ned. The divers don't need it.", "Customers won't use it", "The buyers don't
 * need to get on it": people who do not need the software say who uses it, and turn nothing down.
 */
function peopleNeedNoneOfIt(sentence: string): boolean {
  const said = sentence.match(
    /^\s*(?:(?:and|but|so)\s+)?(?:(?:the|our|my|all\s+the)\s+)?([\p{L}'’-]+)\s+(?:don'?t|doesn'?t|do\s+not|does\s+not|won'?t|will\s+not|never)\s+(?:(?:need|use|want|see|get)\s+(?:to\s+(?:get\s+on|go\s+on|be\s+on|use|see|open|touch|have)\s+)?(?:it|one|that|them)\b|need\s+to\s+(?:log|sign)\s+(?:in|on)\b|need\s+(?:an?\s+)?(?:account|login|log-in)s?\b)/iu,
  );
  if (!said) return false;
  const who = said[1]!.toLowerCase();
  return isPerson(singularize(who)) || /^[\p{L}'’-]{3,}(?:ers|ors|ists|ians)$/u.test(who);
}

/**
 * The stems to keep out. "student or parent logins" means student logins and parent
 * logins; "GPS tracking of the vans" means GPS tracking (the vans stay).
 */
function keysOf(said: string, distribute: boolean): string[][] {
  // In English what a thing is about is cut first ("sharing with friends or family" is
  // sharing); elsewhere each part loses its own ("Salg til fiskemottaket og oppgjør" is
  // two things), since the words between are not read.
  const english = isEnglish(said, !/[^\p{ASCII}]/u.test(said));
  // "sales to Europe", "deliveries to Kota Kinabalu": trade named by where it goes is kept out
  // by the place, however the selling is said.
  const toPlace = english ? said.match(TRADE_WITH_A_PLACE) : null;
  if (toPlace) return [stems(toPlace[1]!)];
  // "tea in packets", "honey in jars": the goods are the business itself; what they would be
  // packed in is what is left out, and only with them.
  const packed = english ? said.match(PACKED_IN) : null;
  if (packed) return [stems(`${packed[1]!} ${packed[2]!}`)];
  // "taking payments": the doing in front of what is left out names no part of it.
  const head = english ? said.replace(ABOUT, "").replace(GENERIC_DOING, "") : said;
  // Czech joins with a bare "a" ("Prodej dřeva a fakturace"), which in English is an article:
  // read as "and" only among words English does not write.
  const czech = /[ěščřžůťďň]/iu.test(head);
  const joiner = czech ? CZECH_JOINER : english ? JOINER : JOINER_ELSEWHERE;
  const parts = head
    .split(joiner)
    .map((part) => (english ? part : part.replace(ABOUT, "")).trim())
    .filter((part) => part.length > 0);
  const last = parts[parts.length - 1] ?? "";
  const lastWords = last.split(/\s+/).filter((word) => !FILLER.has(word.toLowerCase()));
  const keys = parts.map((part) => {
    // "the interest calculation": what it works on says what goes; its kind of work is any feature's.
    const headless = part.replace(KIND_OF_WORK, "");
    const words = stems(headless.trim().length > 0 && headless !== part ? headless : part);
    // "student or parent logins": a lone modifier takes the last part's head ("alloco and fried
    // fish" are two things: what describes the fish is no thing that could share its head).
    if (
      distribute &&
      part !== last &&
      words.length === 1 &&
      lastWords.length === 2 &&
      !/\bof\b/i.test(last) &&
      !(english && (/\p{L}{2}ed$/iu.test(lastWords[0]!) || isPastForm(lastWords[0]!.toLowerCase())))
    ) {
      return [...words, ...stems(lastWords[lastWords.length - 1]!)];
    }
    return words;
  });
  // "the 50/50": a number alone names nothing to keep out; with what it counts ("the 60
  // minutes") it is what sets the thing apart, so "15 minutes after the call" stays.
  // ("ລົດຕຸກຕຸກ", a tuk-tuk, says its word twice: a word is one key however often it is said.)
  return keys
    .map((key) => [...new Set(key)])
    .map((key) => (key.every((word) => /^\d+$/.test(word)) ? [] : key))
    .filter((key) => key.length > 0 && key.length <= 4);
}

/**
 * The stems of something the software must not do, each action with its object:
 * "push or talk to GitHub" gives [push] and [talk, github]; "send emails to customers"
 * gives [send, email] (the customers stay); "send emails or texts" gives [send, email]
 * and [send, text]; "touch files that are still open" gives [touch, file].
 */
function actionKeys(said: string): string[][] {
  const parts = said
    .replace(RELATIVE, "")
    .split(JOINER)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const firstVerb = parts[0]?.split(/\s+/)[0] ?? "";
  const keys = parts.map((part) => {
    const words = part.split(/\s+/);
    const startsWithVerb = verbBase(words[0]!.toLowerCase()) !== null;
    // What it acts on ends where a place or a person it is for begins, once there is an object.
    const object = words.slice(startsWithVerb ? 1 : 0);
    const cut = object.findIndex((word, index) => index > 0 && ABOUT.test(` ${word} x`));
    const kept = cut > 0 ? object.slice(0, cut) : object;
    const verb = startsWithVerb ? words[0]! : firstVerb;
    return stems([verb, ...kept].join(" "));
  });
  return keys.filter((key) => key.length > 0 && key.length <= 4);
}

/** Lower-case word stems without the filler words: "GPS tracking" → ["gps", "track"]. */
export function stems(text: string): string[] {
  // "GİB'e": Turkish writes a case ending after an apostrophe, and its dotted capital lowers to two characters.
  const words = spacedWords(text)
    .replace(/İ/g, "I")
    .replace(
      /([\p{L}\p{M}])['’](?:e|a|ye|ya|de|da|te|ta|den|dan|ten|tan|nin|nın|in|ın|le|la|yle|yla)(?![\p{L}\p{M}])/gu,
      "$1",
    )
    // "the shop's orders": whose they are is the word itself; "day-to-day" is one word.
    .replace(/([\p{L}\p{M}])['’]s(?![\p{L}\p{M}])/gu, "$1");
  return (words.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}]+)*/gu) ?? [])
    .filter((word) => !FILLER.has(word))
    .map(stem);
}

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}]/u;
const WORDS = new Intl.Segmenter("ja", { granularity: "word" });

/** "会費の集金" → "会費 の 集金": ICU's word segmenter finds the words of a script written without spaces. */
function spacedWords(text: string): string {
  if (!UNSPACED.test(text)) return text;
  return [...WORDS.segment(text)].map((part) => part.segment).join(" ");
}

/** "tracking" → "track", "comments" → "comment", "deliveries" → "delivery", "emails" → "email". */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  // "impersonation" and "impersonate" are one thing left out.
  if (lower.length > 8 && lower.endsWith("ation")) return lower.slice(0, -3);
  if (lower.length > 5 && lower.endsWith("ing")) return stripDouble(lower.slice(0, -3));
  if (lower.length > 5 && lower.endsWith("ed")) return stripDouble(lower.slice(0, -2));
  const singular = singularize(lower);
  if (singular.length > 4 && singular.endsWith("ery")) return singular.slice(0, -1);
  return singular;
}

function stripDouble(root: string): string {
  return /([^aeiou])\1$/.test(root) ? root.slice(0, -1) : root;
}

/**
 * Whether a text mentions an excluded thing: all stems of one of its keys appear among
 * the text's word stems. A stem also matches a word it begins ("deliver" in
 * "delivery", "ship" in "shipping"), never the inside of a word ("ship" in "relationship").
 */
/**
 * Whether a text mentions an excluded thing. An exclusion said of one thing ("names of
 * the families") counts only where that thing is mentioned too, or, given the thing a
 * field belongs to, on that thing's own fields.
 */
export function mentionsExcluded(text: string, exclusions: readonly Exclusion[], thing?: string): boolean {
  if (exclusions.length === 0) return false;
  const words = stems(text);
  // Other languages inflect short stems ("vots" left out, "votar" in a feature): a stem of
  // three letters reaches two more there; in English "log" never reaches "login".
  const shortStems = !isEnglish(text, !/[^\p{ASCII}]/u.test(text));
  // ("a Watten-Turnier", Watten left out: a word joined to another by a hyphen is there too.)
  const has = (part: string) =>
    words.some(
      (word) =>
        sameStem(word, part, shortStems) ||
        (word.includes("-") && word.split("-").some((piece) => sameStem(piece, part, shortStems))),
    );
  return exclusions.some(
    (exclusion) =>
      (exclusion.scope === undefined || exclusion.scope === thing || has(stem(exclusion.scope))) &&
      exclusion.keys.some((key) => key.every(has)),
  );
}

/**
 * Whether a thing left out is a narrower one, said with what it is for or where it is,
 * than a field the person listed on a thing: "the shop in front for the tourists" is left
 * out, and the shop a buyer has ("buyers (name, shop, country)") stays. "GPS tracking of
 * the vans" still takes a "GPS tracking" field off the vans.
 */
export function namesAnotherOne(exclusion: Exclusion, field: string, thing: string): boolean {
  if (exclusion.action || exclusion.scope !== undefined) return false;
  const qualifier = exclusion.said.match(ABOUT)?.[0];
  if (!qualifier) return false;
  const around = stems(`${field} ${thing}`);
  return stems(qualifier).some((word) => !around.some((near) => sameStem(near, word)));
}

/**
 * "the Hiace on rent for weddings", when "Each van is a Hiace" is wanted: a thing left out, said
 * with what sets it apart, whose name alone is something the person wants elsewhere, is kept
 * out by all of its words, so the wanted one stays. `wanted` are sentences that turn nothing down.
 */
export function narrowedWhereWanted(exclusion: Exclusion, wanted: readonly string[]): Exclusion {
  // (Trade with a place is kept out by the place, wherever the place is named: "my cousin sells
  // our soap to Europe" is where it was turned down, nothing wanted.)
  if (
    exclusion.action ||
    exclusion.scope !== undefined ||
    !ABOUT.test(exclusion.said) ||
    TRADE_WITH_A_PLACE.test(exclusion.said)
  )
    return exclusion;
  const all = stems(exclusion.said);
  if (all.length > 4 || exclusion.keys.every((key) => key.length === all.length)) return exclusion;
  // ("un raport … la asociația", then "Raportul pentru asociație" turned down: the same one, said
  // with what sets it apart both times, is what is turned down.)
  const apart = all.filter((word) => !exclusion.keys.some((key) => key.includes(word)));
  const wantedAlone = exclusion.keys.some((key) =>
    wanted.some(
      (sentence) =>
        mentionsExcluded(sentence, [{ ...exclusion, keys: [key] }]) &&
        !apart.some((word) => mentionsExcluded(sentence, [{ ...exclusion, keys: [[word]] }])),
    ),
  );
  return wantedAlone ? { ...exclusion, keys: [all] } : exclusion;
}

function sameStem(word: string, key: string, shortStems = false): boolean {
  if (word === key) return true;
  // "priminimų" left out, "priminimą" in a feature: another language's case endings differ in a letter or two.
  if (shortStems) {
    let common = 0;
    while (common < Math.min(word.length, key.length) && word[common] === key[common]) common++;
    if (common >= 5 && word.length - common <= 2 && key.length - common <= 2) return true;
  }
  const shorter = word.length < key.length ? word : key;
  const longer = word.length < key.length ? key : word;
  if (!longer.startsWith(shorter)) return false;
  if (shortStems && shorter.length === 3) return longer.length - shorter.length <= 2;
  return shorter.length >= 4 && longer.length - shorter.length <= 3;
}

/** A sentence that opens on "no": "No GPS tracking.", "There are no logins", "Keine Bezahlung". */
const OPENS_ON_NO = new RegExp(
  `^(?:(?:there(?:'s| is| are| will be)|we(?:'ll)? have|it has|with)\\s+)?(?:${NO_WORD}|nothing like|never|not|pas|without)\\b`,
  "iu",
);

/** "We don't need chat", "must not send emails", "Student logins are not needed". */
const SAYS_NOT = new RegExp(
  // Not \\b: it knows only ASCII letters, so "не треба" would never start on one.
  `(?<![\\p{L}\\p{M}])(?:${NEGATOR.replace(/\|no$/, "")}|not needed|not necessary|not required|isn'?t needed|aren'?t needed|no queremos|no necesitamos|no hace falta|leave out|leave off|skip|omit|drop|forget about|no need for|nae need|do without|live without|no-go|off the table|not for now|scratch|out of it|not its job|never something|nicht|(?:we'?re|we\\s+are|i'?m|i\\s+am)\\s+not\\s+(?:going|getting)\\s+into|${SAYS_NOT_ELSEWHERE})(?![\\p{L}\\p{M}])`,
  "iu",
);

const NOT_WANTED_ELSEWHERE_ONCE = new RegExp(NOT_WANTED_ELSEWHERE.source, "iu");
const KEEP_OUT_ONCE = new RegExp(KEEP_OUT.source, "iu");
const ANSWERED_NO_ONCE = new RegExp(ANSWERED_NO.source, "imu");
const LEFT_OUT_AROUND_ONCE = new RegExp(LEFT_OUT_AROUND_ELSEWHERE.source, "iu");
/** "EV charging is a separate system", "Competitions, not for now", "skip X, Y does those": set aside whole. */
const SET_ASIDE_ONCE = [
  SET_ASIDE,
  NICE_BUT_NOT_NOW,
  SKIP_FOR_A_REASON,
  NAMED_THEN_LATER,
  LEFT_FOR_LATER,
  ASKED_THEMSELVES_NO,
].map((pattern) => new RegExp(pattern.source, pattern.flags.replace("g", "")));

/** Whether a whole sentence is a negation, so it is no feature: "No GPS tracking.", "We don't need chat". */
export function isNegation(sentence: string): boolean {
  // ("thats her business not ours": "that's" typed without its apostrophe.)
  const trimmed = sentence.trim().replace(/\b(that|dat|what)s\b/giu, "$1's");
  if (findExclusions(trimmed).length === 0) return false;
  return (
    OPENS_ON_NO.test(trimmed) ||
    SAYS_NOT.test(trimmed) ||
    NOT_WANTED_ELSEWHERE_ONCE.test(trimmed) ||
    KEEP_OUT_ONCE.test(trimmed) ||
    ANSWERED_NO_ONCE.test(trimmed) ||
    LEFT_OUT_AROUND_ONCE.test(trimmed) ||
    JAPANESE_NO.test(trimmed) ||
    SET_ASIDE_ONCE.some((pattern) => pattern.test(trimmed)) ||
    chineseNotWanted(trimmed).length > 0 ||
    hindiNotWanted(trimmed).length > 0 ||
    thaiNotWanted(trimmed).length > 0 ||
    laoNotWanted(trimmed).length > 0 ||
    pointedBackExclusions(trimmed).length > 0 ||
    // "gie the gala entries a miss", "nah to the fees", "leave the raffle alone".
    new RegExp(NO_TO.source, "iu").test(trimmed) ||
    someoneElsesThings(trimmed).length > 0 ||
    new RegExp(NOT_WANTED_KOREAN.source, "u").test(trimmed)
  );
}

/**
 * "Оркестарот си има свој раководител и свои работи, тоа не го ставајте", "Urteko kuota
 * bankuak kobratzen du …, hori ez sartu hemen": a clause said, then turned down with
 * "that"; what it is about is its subject, before the small words that carry its verb
 * ("си", "ја", "du"), a few words at most.
 */
function subjectBeforeItsVerb(given: string): string {
  // "හෝල් එක ළඟ පොත් කඩේ මගේ මස්සිනාගේ" ("the bookshop near the hall is my brother-in-law's"):
  // in Sinhala, where it is ("… ළඟ", near) comes before the thing and whose it is (a word in
  // "-ගේ") after it; neither is part of it.
  const clause = /\p{Script=Sinhala}/u.test(given)
    ? given.replace(/^(?:\S+\s+){1,2}ළඟ\s+/u, "").replace(/(?:\s+\S+ගේ)+$/u, "")
    : given;
  const subject = clause.split(/\s+(?:си|се|ја|го|ги|е|ни|du|dute|da|dira|ditu|dugu|ditugu)(?=\s|$)/u)[0]!;
  if (subject === clause) return clause;
  // "Продажбата на билети": a noun and what it is of, joined by a preposition; "Urteko kuota": two words.
  const joined = subject.match(/^\S+(?:\s+(?:на|за|од|во|со)\s+\S+)*/u)![0];
  return /\p{Script=Cyrillic}/u.test(subject) ? joined : subject.split(/\s+/).slice(0, 2).join(" ");
}

/**
 * The words before a "no" without a "no" said just before it and joined by "and": in "On
 * Sunday no boat trips and no kayaks" and "gets no commission and no fee" the second "no"
 * has the same words before it as the first.
 */
function withEarlierNoLeftOut(before: string): string {
  return before.replace(/\bno\s+(?:(?!no\s)[\p{L}'-]+\s+){1,4}?(?:and|or)\s+(?=no\s*$)/giu, "");
}

/** Between the items of a list in a line: ", ", " and ", ", or ", " n " as typed in a hurry. */
const LIST_ITEM = /,\s*(?:and|or|n|&)\s+|\s+(?:and|or|n|&)\s+|(?<!\d),\s*|,(?!\d{3}(?!\d))\s*/i;

/**
 * A line with only what is excluded taken out: "log each walk with a date, notes and
 * photos" with photos left out keeps "log each walk with a date and notes". Null when
 * what is excluded is what the line is about (its first part, where its action is).
 */
export function withoutExcluded(line: string, exclusions: readonly Exclusion[]): string | null {
  if (!mentionsExcluded(line, exclusions)) return line;
  // Each item with the words that joined it to the one before, so the rest keep theirs.
  const tokens = line.split(new RegExp(`(${LIST_ITEM.source})`, "i"));
  const items = tokens
    .filter((_token, index) => index % 2 === 0)
    .map((part, index) => ({ joiner: index === 0 ? "" : tokens[index * 2 - 1]!, part }));
  if (items.length < 2 || mentionsExcluded(items[0]!.part, exclusions)) return null;
  // "The music must be live, dhol and pepa, no recorded music at all": a rule that says "no"
  // to what was turned down says the same as the person, and keeps its "no".
  // ("a text message service, no app and no website": a "no" to parts of the software is what was
  // turned down, no rule; it goes with them.)
  const refuses = (part: string) =>
    /^(?:and\s+|but\s+)?(?:no|never|without)\s/i.test(part.trim()) &&
    !/\b(?:apps?|website|site|web|screens?|log\s*ins?|accounts?|api|online)\b/i.test(part);
  const kept = items.filter((item) => !mentionsExcluded(item.part, exclusions) || refuses(item.part));
  if (kept.length === items.length && !kept.some((item) => refuses(item.part))) return null;
  // "a date, notes and photos" without the photos: the word that closed the list closes it still.
  const last = items[items.length - 1]!;
  if (kept.length > 1 && !kept.includes(last))
    kept[kept.length - 1] = { ...kept[kept.length - 1]!, joiner: last.joiner };
  const trimmed = kept.map((item) => `${item.joiner}${item.part}`).join("");
  const unrefused = kept.filter((item) => !refuses(item.part)).map((item) => item.part);
  // ("Nah, no uploading to YouTube": a "no" with nothing else said is what was turned down.)
  if (unrefused.join(" ").trim().split(/\s+/).length < 3) return null;
  return mentionsExcluded(unrefused.join(", "), exclusions) ? null : trimmed.replace(/[\s,]+$/, "");
}
