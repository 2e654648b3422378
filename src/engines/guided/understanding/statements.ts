import { capitalize, singularize, verbBase } from "../language/inflection.js";
import { GENERIC_NOUNS, VAGUE_WORDS } from "../language/lexicon.js";
import { createMemo } from "../language/memo.js";
import { isPerson } from "../language/noun-kinds.js";
import { escapeRegExp } from "../language/regexp.js";
import { type TaggedWord, tagWords, tokenize } from "../language/tagger.js";
import { isVerbLed, normalizeStatement } from "../language/voice.js";
import {
  goesOnWithTheFamilyTrade,
  goesOnWithTheStory,
  introducesTheFamilyTrade,
  isBackground,
  isIntroduction,
  isToldInThePastElsewhere,
  namesTodaysChannels,
  namesTodaysPaper,
  saysHowLongDone,
  tellsAStory,
} from "./background.js";
import { isCaseWithout } from "./case-rules.js";
import {
  contentWords,
  hasAction,
  isListOfNames,
  SETTING_OPENER,
  type SplitOptions,
  STEPS_IN_ORDER,
  splitClauses,
  subjectPrefixOf,
} from "./clause-splitter.js";
import { isDismissalOnItsOwn } from "./dismissals.js";
import {
  findExclusions,
  isNegation,
  mentionsExcluded,
  NO_THIS_NO_THAT,
  onlySaysNoToWhatCameBefore,
  stems,
} from "./exclusions.js";
import { isHouseRule } from "./house-rules.js";
import { isEnglish, isPlainlyElsewhere } from "./language.js";
import {
  DOES_NOT_COUNT_RULE,
  NONE_IN_A_PLACE_RULE,
  NONE_PAST_A_MEASURE_RULE,
  NOT_ALLOWED_OR_CHARGED_RULE,
  NOT_IN_ONE_PLACE_RULE,
  NOT_PAST_A_MEASURE_RULE,
  ONLY_INSTEAD_RULE,
  SENT_BACK_RULE,
  UNABLE_THEN_RULE,
} from "./limits-kept.js";
import {
  clausesTurnedDown,
  ruleKeptWhole,
  withConditionCarried,
  withoutNegatedPurpose,
  withoutRuleLead,
  withoutTrailingNo,
} from "./rule-clauses.js";
import { amountsOnALineJoined, isToldRuleByLine, joinedByLine, type ReadFrom } from "./rules-by-line.js";
import {
  AGE_ONLY_RULE,
  ALL_ARE_A_MEASURE_RULE,
  CLOSED_DAYS_RULE,
  CONDITION_RULE,
  COUNT_OR_MORE_RULE,
  COUNT_RULE,
  DAYS_AND_HOURS_RULE,
  DAYS_OPEN_RULE,
  DECIDED_BY_RULE,
  EACH_HAS_PER_RULE,
  FIRST_IN_LINE_RULE,
  FORMULA_RULE,
  FREE_RULE,
  GROUPS_OF_RULE,
  KINDS_NAMED_RULE,
  LIMIT_RULE,
  MADE_OF_EACH_RULE,
  MEASURE_AND_UP_RULE,
  MONTHS_RULE,
  MUST_BE_BY_RULE,
  MUST_BE_RULE,
  NEEDED_BEFORE_RULE,
  NO_FOR_A_CASE_RULE,
  NO_ON_A_DAY_RULE,
  NOBODY_MAY_RULE,
  NOTHING_FROM_OUTSIDE_RULE,
  OBLIGATION_RULE,
  ONLY_SO_MANY_RULE,
  ONLY_WE_DO_RULE,
  PASSIVE_RULE,
  PAST_AN_AGE_RULE,
  PER_STEP_RULE,
  PRICE_ALONE_RULE,
  PRICE_PER_RULE,
  PRICES_LISTED_RULE,
  pricedOffering,
  RANGE_ALONE_RULE,
  RATE_RULE,
  rulesListed,
  SAID_THE_SHORT_WAY_RULE,
  SEASON_OFFERED_RULE,
  SHARE_RULE,
  THRESHOLD_RULE,
  VALUES_EXPLAINED,
  WANTED_AT_A_TIME_RULE,
  WHOSE_IT_IS_RULE,
  WINNER_RULE,
} from "./rules-said-plainly.js";
import { saidAlike } from "./said-alike.js";
import { inPlainShape, typedInFull } from "./sentence-shapes.js";
import { asWrittenEnglish } from "./spoken-english.js";
import { isTalkAboutTheTalk, withoutTalkLead } from "./talk-about-talk.js";
import { onlyRelatesThingsElsewhere } from "./things.js";

export { normalizeStatement };

/** Words that open a list item: "-", "*", "•", "1.", "2)". */
const LIST_MARKER = /^\s*(?:[-*•+]|\d{1,2}[.)])\s+/;

/** "It's an app where …", "What I'd like is a website where …", "A nightly Python job that …". */
/** "they do not log in", "The farmers never sign in", "Baiters and shops don't log in": who has no account is the accounts' to say, no feature. */
const NOBODY_LOGS_IN =
  /^(?:they|the\s+[\p{L}'’-]+|[\p{L}'’-]+s)(?:\s+(?:and|or)\s+(?:the\s+)?[\p{L}'’-]+s)?\s+(?:do\s+not|don'?t|never|won'?t|will\s+not)\s+(?:need\s+to\s+|have\s+to\s+)?(?:log|sign)\s*(?:in|on)\b[^,;]*$/iu;

/** "me n my tío", "Just me and the treasurer.", "Me, Bhuti Lwazi the classer and Tata Mzimba.": who uses it, said alone, does nothing in it. */
const WHO_ALONE =
  /^(?![^.!]*\b(?:see|sees|do|does|get|gets|use|uses|log|logs|sign|signs|handle|handles|manage|manages|run|runs|check|checks|have|has|can|will|need|needs|want|wants|keep|keeps|pay|pays)\b)(?:(?:just|only)\s+)?(?:me|myself|us|we|i)(?![\p{L}'’-])(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|n)\s+|\s*[&+]\s*)(?:(?:my|our|the)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?:\s+the\s+[\p{L}'’-]+)?)*\s*[.!]?$/iu;

/** "clients dont", "members divvent", "Judges don't.": who do not sign in, the verb left unsaid; no feature. */
const WHO_DO_NOT =
  /^(?:(?:the|our|all\s+the)\s+)?[\p{L}'’-]+s\s+(?:dont|don['’]t|do\s+not|divvent|dinnae|doesn['’]t|dont\s+need\s+to|won['’]t|never)\s*[.!]*$/iu;

const APP_PREFIX =
  /^(?:(?:so|and|but|well|anyway|basically)[,\s]+)?(?:(?:it'?s|it is|this is|this will be|i want|i'd like|we want|we need|i need|i'm building|we're building|building|what (?:i|we)(?:'d| would| should) (?:really |also )?(?:like|love)(?:,[^,]{1,40},)? is|what (?:i|we) (?:really )?(?:want|need) is|what (?:i'?m|we'?re|i am|we are) (?:really )?(?:after|looking for) is|the idea is|the plan is|basically|i'm thinking of|we'd like|we would like|i would like|i'd love|we'd love)\s+)?(?:(?:to\s+)?(?:build|make|create|have)\s+)?(?:an?|the|my|our)\s+([\w\s'/#.+-]{0,60}?)\b(?:app|application|tool|platform|website|web app|site|service|system|program|tracker|planner|scheduler|organi[sz]er|manager|marketplace|portal|hub|library|package|module|sdk|api|bot|script|dashboard|board|builder|sheet|cli|job|pipeline|helpdesk|help desk|utility|relay|checker|linter|converter|generator|renamer|cleaner|extension|plugin|add-on|game|wiki|directory|catalog|catalogue|rota|queue|calendar|log(?!\s+(?:in|on|out|off)\b))(?:\s+(?:in|with|for|on|written in|built (?:in|with)|using)\s+[\w.+#'’-]+(?:\s+(?!that\b|which\b|where\b)[\w.+#'’-]+){0,3})?(?:\s*,\s*(?:(?!\b(?:that|which|where)\b)[\w\s.+#'-]){1,60}?){0,2}\s*,?\s+(?:that|which|where|to|so|in which|for\s+(?=\w+ing\b))\b\s*/i;

/**
 * "It would be nice if members could book the tools": a wish, said as what would be
 * nice. What follows "if" is the feature, with "could" as "can".
 */
const WISH_LEAD =
  /^(?:(?:it would|it'?d) (?:also |really )?be (?:nice|great|good|handy|useful|cool|ideal|helpful|lovely)|(?:i|we)(?:'d| would) (?:also )?(?:like|love) it)\s+if\s+|^(?:(?:fine|ok|okay|happy|good)(?:\s+(?:by|with)\s+me)?,?\s+)?(?:as|so)\s+long\s+as\s+|^provided\s+(?:that\s+)?/i;

/** "lets families plan meals" → subject "families"; "helps me track" → the person. */
const ENABLING_VERB =
  /^(?:lets|let|helps|help|allows|allow|enables|enable)\s+([\w-]+(?:\s+[\w-]+)?)\s+(?:to\s+)?/i;

/** Navigation that is no feature of its own: "open the app", "go to the site". */
const NAVIGATION_VERBS = new Set(["open", "use", "go", "come", "visit", "launch", "start", "get"]);

/** "Price is per metre", "Rates are by the hour": the unit a price is counted in, said whole. */
const PRICE_PER_UNIT =
  /^(?:the\s+)?(?:price|prices|rate|rates|charge|charges|fee|fees|cost|costs)\s+(?:is|are)\s+(?:per|by\s+the|a|an)\s+[\p{L}-]+\s*[.!]?$/iu;

/** "Each payment belongs to one member, and a member may of course have many of each": a relation, said whole. */
const ONLY_RELATES_THINGS =
  /^(?:each|every|a|an|one)\s+[^.;:!?]{1,80}?\s+belongs?\s+to\s+(?:one|a|an|exactly\s+one|a\s+single|the)\s+[\p{L}-]+(?:\s*,?\s*(?:and|but|while)\s+(?:a|an|each|one|every)\s+[\p{L}-]+\s+(?:(?:may|can|will|could)\s+)?(?:of\s+course\s+)?(?:has|have)\s+(?:many|several|lots|any\s+number)(?:\s+of\s+(?:each|them|those|these))?)?\s*[.!]?$/iu;

/**
 * "1 order is 1 customer, customers order heaps", "1 order is 1 customer, the kuia order every
 * week", "Each booking is one boat": one of a thing is
 * one of another, and how many the other has, said in a breath; a relation too.
 */
const ONE_IS_ONE =
  /^(?:each|every|one|1|a|an)\s+[\p{L}-]+\s+(?:is|=)\s+(?:(?:for|from|to|with|by|of)\s+)?(?:one|1|a\s+single|exactly\s+one)\s+[\p{L}-]+(?:\s*[,;]\s*(?:and\s+|but\s+)?[^.;!?]{1,60}?(?<![\p{L}])(?:heaps|loads|lots|many|several|plenty|tons|a\s+lot|more\s+than\s+one|every\s+\p{L}+)(?![\p{L}])[^.;!?]{0,40})?\s*[.!]?$/iu;

/** "One truck carries loads from many farmers": what one holds, of many of another; a relation. */
const ONE_HOLDS_MANY_OF =
  /^(?:each|every|one|1|a|an)\s+[\p{L}-]+\s+(?:carries|holds|has|takes|contains|can\s+(?:carry|hold|have|take))\s+[\p{L}-]+\s+(?:from|of|for|by)\s+(?:many|several|lots\s+of|different|multiple)\s+[\p{L}-]+\s*[.!]?$/iu;

/**
 * "First …", "Then …", "After that, …": the words that open a step of a sequence ("first hire
 * gets a free lesson": "first" before a thing and what it gets is no step).
 */
const STEP_OPENER =
  /^(?:first(?:ly)?|then|next|after that|finally|lastly|second(?:ly)?|third(?:ly)?)\b(?!\s+(?:grade|class|prize|place|aid|floor|team|round|half|choice|time|timers?|quality|day|week|month|year|night|visit|lesson|session|meeting|order|payment|trip)\b)(?!\s+[a-z-]+\s+(?:gets?|is|are|has|have|costs?|pays?|comes?|goes?)\b),?\s*/i;

/**
 * "we buy the skrei", "I sell plants at the market", "Twice a year we sell lambs", "We do
 * weddings": the work of the person's business, told of "we" or "I", when they do it or not.
 */
const TRADE_TOLD =
  /^\s*(?:(?:and|then|so|also)\s+)?(?:(?:(?:once|twice|three\s+times)\s+a\s+(?:year|season|month|week)|every\s+(?:year|season|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter))\s*,?\s+)?(?:we|i)\s+(?:also\s+)?(?:does\s+|do\s+(?=\p{L}+\s))?(?:sell|buy|make|bake|grow|catch|fish|farm|plant|pluck|milk|hang|dry|rent|hire|breed|raise|brew|cook|export|import|distil|distill|weave|sew|supply|pick|cut|ship|serve|take|produce|harvest|press|roast|smoke|knit|carve|walk|herd|graze|shear|rear|do(?=\s+(?:(?:mostly|mainly|all|the)\s+)?[\p{L}-]+s\b)(?!\s+(?:not|need|want|have|like|love|this|these|things)\b))\b/iu;

/**
 * "My brother Joe still runs the outfit out there", "our parents have the farm": the family's
 * trade, run by someone close to the person, tells who the person is.
 */
const FAMILY_RUNS_IT =
  /^\s*(?:(?:and|then|so|also)\s+)?(?:my|our)\s+(?:brother|sister|father|dad|mother|mum|mom|uncle|aunt|auntie|cousin|son|daughter|husband|wife|parents|family|grandfather|grandmother)(?:\s+(?!still\b|now\b)[\p{L}'’-]+)?\s+(?:still\s+|now\s+)?(?:runs|run|has|have|owns|own|keeps|keep|farms|farm|works|work)\s+(?:the|our|a|his|her|their)\s+(?:family\s+)?(?:outfit|farm|ranch|station|boat|shop|business|place|operation|herd|flock|band|orchard|vineyard|dairy|mill|bakery)\b/iu;

/**
 * "my mak makes nasi lemak n kuih every morning", "My grandmother bakes the bread": the family's
 * trade, what someone close to the person makes or grows, tells who the person is.
 */
const FAMILY_MAKES_IT =
  /^\s*(?:(?:and|then|so|also)\s+)?(?:my|our)\s+(?:brother|sister|father|dad|mother|mum|mom|mam|mak|ma|amma|appa|mama|papa|uncle|aunt|auntie|aunty|cousin|son|daughter|husband|wife|parents|family|grandfather|grandmother|grandma|grandpa|nan|nana|granny)\s+(?:still\s+|also\s+)?(?:makes|bakes|cooks|grows|sells|catches|brews|sews|knits|weaves|roasts|smokes|breeds|raises|fishes|farms|picks|presses|carves)\s/iu;

/** A wish or the software named: a sentence with one of these says what is wanted. */
const ASKS_OR_NAMES_SOFTWARE =
  /\b(?:want|wants|need|needs|would\s+like|['’]d\s+like|should|must|will|can|could|app|apps|program|programme|website|site|system|software|tool|package|library|api|online)\b/iu;

/**
 * "After that nothing changes.", "For a wedding the order comes one month before.", "If there
 * is no payment, the seat is free again.": a short sentence that says nothing alone, its "that",
 * its bare "before" or its "if not" pointing at the rule said just before it.
 */
const GOES_ON_FROM_THE_RULE_BEFORE =
  /^(?:after\s+(?:that|this)|from\s+then\s+on|if\s+(?:there\s+is|there['’]s|it\s+is|it['’]s)\s+not?|if\s+not|otherwise)\b[^.;!?]{0,60}[.!]?$|^(?:for|with|on)\s[^.;!?]{3,50}\s(?:\d+|one|two|three|four|a|an)\s+(?:days?|weeks?|months?)\s+(?:before|earlier|ahead)[.!]?$/iu;

/** "Ciao!", "Hi Anna,", "Thanks!": a greeting or a thank-you on its own, in the languages people write in most. */
const GREETING =
  /^(?:(?:hello|hi|greetings)\s+and\s+god\s+bless(?:\s+(?:you|ye|all))?(?:\s+from\s+(?:the\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2})?|halò|hi|hello|hey|hiya|ciao|salve|buongiorno|buonasera|hola|buenas|buenos días|bonjour|salut|hallo|moin|hej|hei|moi|olá|oi|bom dia|cześć|dzień dobry|ahoj|dobrý den|szia|merhaba|selam|γεια σας|γεια|привіт|привет|halo|hai|xin chào|jambo|habari|ahsante|asante|karibu|twatotela|natotela|mwapoleni|(?:allah|khuda)\s+haf[ie]e?z|こんにちは|你好|您好|안녕하세요|diolch(?:\s+yn\s+fawr)?(?:,?\s+cheers(?:\s+now)?)?|(?:ap)?preciate\s+(?:it|you|ya|u)(?:\s+(?:doe|though|tho|bro|fam))?|(?:aight|ight|alright|right|ok|okay|tayyeb|tayeb|yalla|achha|acha)\s+so|thanks|thank you|cheers|grazie|gracias|merci|danke|obrigad[oa]|dank je|tack|takk|dzięki|dziękuję|teşekkürler|(?:බොහොම\s+)?ස්තූතියි|e\s+ka+ro(?:\s+o)?|e\s+ka+san(?:\s+o)?|e\s+ku\s+\p{L}+|e\s+se(?:\s+gan(?:\s+ni\s+o)?|\s+pupo(?:\s+o)?)?|olorun\s+a\s+bukun\s+(?:fun\s+)?(?:yin|wa|e)|rara,?\s+o\s+to\s+be|(?:නෑ,?\s*)?එච්චරයි(?:,?\s*(?:බොහොම\s+)?ස්තූතියි)?|שלום\s+עליכם|שלום|א\s+שיינעם\s+דאנק|א\s+דאנק|דאס\s+איז\s+אלעס|саламатсыздарбы|саламатсызбы|салам|(?:чоң\s+)?рахмат|болду,?\s+ушул|ушул|efcharisto|efharisto|ευχαριστώ|terima\s+kasih(?:\s+banyak)?(?:,?\s+cheers)?|selamat\s+(?:pagi|siang|petang|malam|jalan|tinggal)|yekenyeley|yekenyelay|tank\s+yu)(?:\s+\p{L}+)?[\s!.,:;~]*$/iu;

/**
 * "ආයුබෝවන්!", "Kuzuzangpo la!": a word or two said out loud, in any language, is no feature;
 * nor is "Imagine." said alone.
 */
const EXCLAIMED_ALONE =
  /^\s*(?:[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?\s*!+|(?:just\s+)?imagine(?:\s+that)?\s*[.!]*|fancy\s+that\s*[.!]*)\s*$/iu;

/** ", so I'd also like …", ", so we need …": where a wish follows what is done today. */
const WISH_AFTER_TODAY =
  /,\s*so\s+(?=(?:i|we)(?:['’]d|\s+would)?\s+(?:also\s+|really\s+)?(?:like|love|want|need)\b)/i;

/**
 * "The match is best of three games", "A game is first to 21", "Nobody on two teams": a
 * rule said as what a thing is, with its number, or as who may not be where; kept whole.
 * ("The club is 50 years old" and "The shop is 5 minutes from the station" tell about it.)
 */
const RULE_SAID_AS_WHAT_IT_IS =
  /^(?![^.;!?]*\b(?:old|ago|away|from|since|founded)\b)(?:there(?:['’]s|\s+is|\s+are)\s+(?:a\s+|an\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b|(?:(?:the|a|an|each|every)\s+)?(?!(?:it|this|that|he|she|they|we|i|you|there|what|which|who)\s)[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:is|are)\s+(?:best\s+of|first\s+to|up\s+to|at\s+most|at\s+least|max(?:imum)?|min(?:imum)?|only|always|never\s+more\s+than|no\s+more\s+than)?\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\b|(?:nobody|no\s+one|no-one)\s+(?:on|in|at|under|over|with|without|from|plays?\s+for)\s)[^.;!?]*[.!]?$/iu;

/** "Chicken or pork.", "Cash or card": a sentence of two choices and nothing else. */
const CHOICE_ALONE =
  /^(?!(?:yes|no|maybe|either|neither|more|less|sooner|later|now|then)\b)\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?\s+or\s+(?!not\b|so\b|less\b|more\b|later\b|never\b)\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?[.!]?$/iu;

/**
 * Splits what a person wrote into feature statements: list items, sentences and the
 * clauses of a sentence ("save recipes, plan weekly meals and generate shopping lists"
 * gives three), each lightly normalised but in their own words.
 */
/**
 * "We sell by the thousand", "we only buy from the boats", "We pay cash on the ship": the
 * business's own trade, told of "we" in the walkthrough; printing a label or opening the board
 * is what people do in the software, and is read as before.
 */
const BUSINESS_DOES =
  /^\s*(?:(?:and|so|then)\s+)?we\s+(?:only\s+|always\s+|also\s+|just\s+|still\s+)?(?:sell|buy|pay|charge|deliver|ship|make|cook|bake|grow|kill|slaughter|shear|press|mould|mold|heat|brew|smoke|cure|harvest|cut|catch|fish|tie|carve|weave|rent|hire|lend|grade|collect|bring|wrap|build|give|take|pick)\s/iu;

/** Whether a clause is a whole line as it was typed, its stop aside. */
function sameLine(line: string, clause: string): boolean {
  const bare = (text: string) =>
    text
      .trim()
      .replace(/[.!]+$/, "")
      .toLowerCase();
  return bare(line) === bare(clause);
}

export function splitStatements(text: string, given: SplitOptions = { keepVerbless: false }): string[] {
  // Each turn replays every answer: the same texts are split again and again. (Options given
  // in another order are only remembered apart, never mistaken for others.)
  const key = `${JSON.stringify(given)}\u0000${text}`;
  return [...statementsRead.get(key, () => splitStatementsAfresh(text, given))];
}

/** The statements of the texts split lately, by the options they were split with and the text. */
const statementsRead = createMemo<string[]>(2000);

function splitStatementsAfresh(text: string, given: SplitOptions): string[] {
  // "reads domains from a txt file. exit code 1 so jenkins goes red": in fragments, a
  // fragment without a verb or a subject is still something the software does.
  const fragments = isFragments(text);
  const options = fragments ? { ...given, keepVerbless: true } : given;
  const statements: string[] = [];
  const english = isEnglish(text, options.interviewInEnglish ?? true);
  // A walkthrough told one rule to a line, each line a sentence of its own ("1." before it or not).
  const lines = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const rulePerLine =
    english &&
    lines.length >= 3 &&
    lines.filter((line) => sentences(line.replace(LIST_MARKER, "")).length === 1).length >=
      lines.length * 0.75;
  // ("The jobs go by turn: the driver who waited the longest gets the next job, …": where each
  // line is one rule, a line's colon after a clause of its own parts nothing.)
  // ("- cost is AA: court rent + shuttles, split by …": the same on a line of a list, three words
  // before its colon.)
  // ("We harvest in October. We sell from November until the beans are finished.": lines of one
  // rule each, some of two short sentences, are read the same way, and each line kept one rule.)
  const ruleByLine =
    english &&
    options.houseRules === true &&
    isToldRuleByLine(
      lines.map((line) => line.replace(LIST_MARKER, "")),
      (line) => sentences(line),
    );
  const oneRuleALine = rulePerLine || ruleByLine;
  const ruleLine = (unit: string) =>
    oneRuleALine &&
    (lines.includes(unit.trim()) ||
      lines.some((line) => line.replace(LIST_MARKER, "").trim() === unit.trim())) &&
    unit.split(/\s+/).length <= 40 &&
    /^[^:]*\s[^:]*\s[^:]*:\s/u.test(unit);
  // Whether the sentence before told a story of the past.
  let storyBefore = false;
  let tradeBefore = false;
  // How many statements were read before the sentence before, to know whether it gave any.
  let readBeforeTheOneBefore = 0;
  // The line each sentence was written on, and where the statements read from it begin.
  const readFrom: ReadFrom[] = [];
  let lineAt = 0;
  const saidOnLines = textUnits(text, !english).flatMap((unit) => {
    const found = lines.findIndex((line, index) => index >= lineAt && line.includes(unit.slice(0, 24)));
    if (found >= 0) lineAt = found;
    return (
      english && !ruleLine(unit)
        ? clausesAroundColon(typedInFull(unit))
        : english
          ? [typedInFull(unit)]
          : [unit]
    ).map((said) => ({ said, line: found }));
  });
  for (const [place, { said, line }] of saidOnLines.entries()) {
    readFrom.push({ at: statements.length, line, said });
    const readBefore = statements.length;
    const theOneBeforeRead = readBefore > readBeforeTheOneBefore;
    readBeforeTheOneBefore = readBefore;
    let clauseCount = 0;
    // "At the moment that's me with a mail merge, …, so I'd also like a list of the clients who
    // haven't replied": today told first, then the wish it leads to, which is read alone.
    const wish = english && isBackground(said) ? said.match(WISH_AFTER_TODAY) : null;
    const whole = wish ? said.slice((wish.index ?? 0) + wish[0].length) : said;
    // "Last winter he sold the same soap twice. The Latakia man came with his truck and went back
    // empty.": after a story of the past, what is told in the past goes on with it.
    // ("One to a shop in Damascus, one to a shop in Latakia.": a piece of it with no verb goes on with it too.)
    // (In a language whose past is known, "… a l'ha nen podù …", the story goes on the same way.)
    const storyGoesOn: boolean =
      options.houseRules !== true &&
      storyBefore &&
      !wish &&
      (english ? goesOnWithTheStory(whole) : isToldInThePastElsewhere(whole));
    // ("My abbu and my chachas are mowals from Koyra. Every year they go into the forest …": after
    // the family's trade is named, what they do in it is the trade told.)
    const tradeGoesOn: boolean =
      english && options.houseRules !== true && tradeBefore && !wish && goesOnWithTheFamilyTrade(whole);
    tradeBefore = english && (tradeGoesOn || introducesTheFamilyTrade(whole));
    storyBefore =
      storyGoesOn ||
      // ("… 'aita e poe. Ha'ama roa! 'Ua parau 'ōna …": a cry between two sentences of a story
      // leaves it going.)
      (storyBefore && (EXCLAIMED_ALONE.test(whole) || (isTalkAboutTheTalk(whole) && /!\s*$/u.test(whole)))) ||
      (!wish && (english ? tellsAStory(whole) : isBackground(whole) && isToldInThePastElsewhere(whole)));
    // "Now the cemetery's laid out in sections, …": in the walkthrough, "now" before "the" turns
    // to the next part of how things work; today is not meant.
    const turnsToTheNext = english && options.houseRules === true && /^\s*now\s+(?=the\s)/iu.test(whole);
    // "Right now jobs go on a whiteboard" tells why; the overview keeps it, no feature does.
    // (A rule of the business said with a "no" is kept, whatever complaint it gives as its reason:
    // "We cannot send abroad, …, it is impossible for us with the customs and the bank, so no".)
    if (
      storyGoesOn ||
      tradeGoesOn ||
      // ("Uossa scriv eu tuot in ün grond cudesch, e las reservaziuns vegnan per telefon e per
      // e-mail": in a language not known, the phone, the e-mail and WhatsApp named together
      // outside the walkthrough are how it is done today.)
      (!english && options.houseRules !== true && namesTodaysChannels(whole)) ||
      (!wish &&
        isBackground(turnsToTheNext ? whole.replace(/^\s*now\s+/iu, "") : whole) &&
        !(
          english &&
          options.houseRules === true &&
          !/^(?:right\s+now|now|rn|currently|at\s+the\s+moment|these\s+days|nowadays|last\s+\p{L}+)\b/iu.test(
            whole.trim(),
          ) &&
          isHouseRule(whole)
        )) ||
      GREETING.test(whole.trim()) ||
      WHO_ALONE.test(whole.trim()) ||
      WHO_DO_NOT.test(whole.trim()) ||
      EXCLAIMED_ALONE.test(whole) ||
      isTalkAboutTheTalk(whole) ||
      RULES_INTRODUCED.test(whole) ||
      // "Some people ask for shampoo. We do not make it.": the "no" is read with what it points
      // back at, and is no feature itself.
      (english && options.houseRules !== true && onlySaysNoToWhatCameBefore(whole))
    )
      continue;
    // "Each head count, payment and watering day belongs to one member": how the things hang
    // together is the data's, read with the things; nobody does anything in it.
    // ("Each quwi belongs to ,": the same with its owner read as a field and taken out.)
    if (
      ONLY_RELATES_THINGS.test(whole.trim()) ||
      (english && (ONE_IS_ONE.test(whole.trim()) || ONE_HOLDS_MANY_OF.test(whole.trim()))) ||
      (!english && onlyRelatesThingsElsewhere(whole)) ||
      /^(?:each|every)\s+\S+\s+belongs?\s+to[\s,.]*$/iu.test(whole.trim())
    )
      continue;
    // "The customer signs the sample before we print. After that nothing changes.", "The factory
    // needs three weeks. For a wedding the order comes one month before.": in the walkthrough, a
    // short sentence that goes on from the rule before it is part of that rule.
    if (
      english &&
      options.houseRules === true &&
      theOneBeforeRead &&
      GOES_ON_FROM_THE_RULE_BEFORE.test(whole.trim())
    ) {
      const more = whole.trim().replace(/[.!]+$/, "");
      statements[statements.length - 1] += `; ${more[0]!.toLowerCase()}${more.slice(1)}`;
      continue;
    }
    // "Funerals, no deposit": a rule for one case, kept whole; read apart, its "no" turns deposits
    // down. "Chicken or pork.", "Cash or card.": the choices on offer, said alone, are kept too.
    if (
      english &&
      ((options.houseRules === true && isHouseRule(whole)) ||
        isCaseWithout(whole) ||
        CHOICE_ALONE.test(whole.trim()) ||
        RULE_SAID_AS_WHAT_IT_IS.test(whole.trim()) ||
        SENT_BACK_RULE.test(whole.trim()) ||
        FIRST_IN_LINE_RULE.test(whole.trim()) ||
        VALUES_EXPLAINED.test(whole.trim()) ||
        MUST_BE_RULE.test(whole.trim()) ||
        DECIDED_BY_RULE.test(whole.trim()) ||
        ONLY_SO_MANY_RULE.test(whole.trim()) ||
        NEEDED_BEFORE_RULE.test(whole.trim()) ||
        ONLY_WE_DO_RULE.test(whole.trim()) ||
        NOT_ALLOWED_OR_CHARGED_RULE.test(whole.trim()) ||
        NONE_PAST_A_MEASURE_RULE.test(whole.trim()) ||
        ONLY_INSTEAD_RULE.test(whole.trim()) ||
        NONE_IN_A_PLACE_RULE.test(whole.trim()) ||
        NOT_IN_ONE_PLACE_RULE.test(whole.trim()) ||
        UNABLE_THEN_RULE.test(whole.trim()) ||
        SEASON_OFFERED_RULE.test(whole.trim()) ||
        DOES_NOT_COUNT_RULE.test(whole.trim()) ||
        NO_THIS_NO_THAT.test(whole.trim()) ||
        AGE_ONLY_RULE.test(whole.trim()) ||
        COUNT_OR_MORE_RULE.test(whole.trim()) ||
        KINDS_NAMED_RULE.test(whole.trim()) ||
        SAID_THE_SHORT_WAY_RULE.test(whole.trim()))
    ) {
      const rule = whole.trim().replace(/[.!]+$/, "");
      if (!statements.includes(rule)) statements.push(rule);
      continue;
    }
    // "No delivery or shipping: renters pick the gear up" goes on after what it leaves out.
    // "Sorry, I meant: they get a text, not an email" says what it is instead of what was said.
    const corrects = CORRECTS.test(whole);
    const unit = inPlainShape(withoutTalkLead(afterLead(whole)));
    if (!english) {
      // Another language: the person's sentences are kept whole, as they wrote them. Arabic
      // joins its clauses with a "و" written onto the verb ("ويسجل الحضور"): each clause is
      // a sentence of its own, the "و" left off.
      // ("Зур мунча 10 кешегә кадәр, сәгате 2500 сум; кечкенә мунча 4 …": halves said alike are one.)
      for (const sentence of partedAtSemicolons(unit, /\s*;\s*/).flatMap((part) =>
        part.split(/,?\s+و(?=[يت]\p{Script=Arabic}{2,})|,?\s+ثم\s+/u),
      )) {
        if (isNegation(sentence) || sentence.trim().length < 4) continue;
        // "Salutamu.", "Hoi zäme!", "Grazzi assai.": a word or two alone, in a language whose
        // talk is not known word by word, is a greeting, a thanks or a "that's all", no feature.
        // ("Track volunteer hours per month. Chat." is English: only a text plainly in another
        // language by its small words, spaced as Latin letters are, is read so.)
        // (Shona "Hatitengesi paSvondo." between two rules of a walkthrough is a rule, we don't
        // sell on Sunday: the talk comes first or last.)
        const amongTheRules = options.houseRules === true && place > 0 && place < saidOnLines.length - 1;
        if (
          !amongTheRules &&
          isPlainlyElsewhere(text) &&
          !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}]/u.test(
            sentence,
          ) &&
          /^\p{L}[\p{L}\p{M}'’-]*(?:[\s,]+\p{L}[\p{L}\p{M}'’-]*)?[.!]*$/u.test(sentence.trim())
        )
          continue;
        const kept = sentence
          .trim()
          .replace(/[.!]+$/, "")
          .replace(/^و(?=[يت]\p{Script=Arabic}{2,})/u, "");
        if (!statements.includes(kept)) statements.push(kept[0]!.toUpperCase() + kept.slice(1));
      }
      continue;
    }
    // "100 points, judge takes off", "each run: outrun, lift, fetch, drive, shed, pen": in short
    // notes, one note is one thing, its commas no clauses of their own.
    if (fragments && english && unit.split(/\s+/).length <= 14 && !isNegation(unit)) {
      const note = normalizeStatement(unit);
      if (note !== null && !statements.some((existing) => existing.toLowerCase() === note.toLowerCase()))
        statements.push(note);
      continue;
    }
    const rules = rulesListed(unit);
    if (rules !== null) {
      if (!statements.includes(rules)) statements.push(rules);
      continue;
    }
    const offered = pricedOffering(unit);
    if (offered !== null) {
      if (!statements.some((existing) => existing.toLowerCase() === offered.toLowerCase()))
        statements.push(offered);
      continue;
    }
    const wanted = wantedThing(unit);
    if (wanted !== null) {
      if (!statements.some((existing) => existing.toLowerCase() === wanted.toLowerCase()))
        statements.push(wanted);
      continue;
    }
    let afterNegation = false;
    // Whether the clause after a "no" was its reason: "…, buyers take their own stuff away or
    // make their own arrangements with a haulier" goes on giving it.
    let reasonAfterNo = false;
    // "First take off the discount, …", "Then SST 6% on the subtotal": a step of a sequence is
    // something the software does, verb or not.
    const step = STEP_OPENER.test(whole.trim());
    // "Then SST 6% on the subtotal plus service charge, but …": a step is one thing, whole, up to
    // what qualifies it; the rest is read as any sentence is.
    let clausesOf = step ? unit.replace(STEP_OPENER, "") : unit;
    const stepCut = unit.search(/,\s*(?:but|so|and then|because)\b/i);
    const stepHead = unit.slice(0, stepCut < 0 ? unit.length : stepCut).replace(STEP_OPENER, "");
    // "Then the guard checks the code and lets them in" is read as any sentence is.
    if (step && !saysWhoActs(stepHead)) {
      const head = normalizeStatement(stepCut < 0 ? unit : unit.slice(0, stepCut));
      if (
        head !== null &&
        !isNegation(head) &&
        !statements.some((existing) => existing.toLowerCase() === head.toLowerCase())
      )
        statements.push(head);
      if (stepCut < 0) continue;
      clausesOf = unit.slice(stepCut).replace(/^,\s*(?:but|so|and then|because)\s+/i, "");
    }
    const taken = givenAsTaken(neededAsGot(stripAppPrefix(plainWish(spelledOut(clausesOf)))));
    const parted = splitClauses(taken, options);
    const rule = withoutTrailingNo(taken);
    const clauses =
      ruleKeptWhole(rule, rule === taken ? parted : splitClauses(rule, options)) ??
      withConditionCarried(parted);
    const turnedDown = clausesTurnedDown(clauses);
    clauseCount = clauses.length;
    let tradeTold = false;
    for (const [index, { clause: said, separator }] of clauses.entries()) {
      const clause = withReferentNamed(
        withoutTrailingNo(withoutNegatedPurpose(said)),
        separator,
        clauses[index - 1]?.clause ?? "",
      );
      // "We buy the skrei from the boats, we hang it on the racks": in the overview, what the
      // business does, told of "we" in a sentence that wishes for nothing and names no software,
      // is who the person is, kept in the overview itself.
      // ("We fish set gillnets off the beach, pick the fish out from the skiff, and deliver to the
      // tender every evening": the clauses that go on with the same "we" tell of it too.)
      if (
        english &&
        options.overview === true &&
        (TRADE_TOLD.test(clause) ||
          FAMILY_RUNS_IT.test(clause) ||
          FAMILY_MAKES_IT.test(clause) ||
          // ("…, to church shops in Europe and America, and online": to whom, where, more of it.)
          (tradeTold &&
            (isVerbLed(clause) ||
              /^\s*(?:we\s|(?:and\s+)?(?:to|from|at|in|on|for|mostly|mainly)\s)/iu.test(clause) ||
              // ("…, and people come from all over the island for a plate": who comes for it.)
              /^\s*(?:and\s+)?(?:people|folks?|customers|everybody|everyone|the\s+locals|tourists)\s+(?:come|comes|buy|buys|order|orders|drive|queue|line\s+up)\s/iu.test(
                clause,
              ) ||
              // ("…, and they stay up there the whole winter …, and down they come again in
              // April": what the animals or goods then do goes on with it.)
              /^\s*(?:and\s+)?(?:(?:down|up|in|out|back|home|off)\s+)?(?:they|it)\s+(?!(?:want|wants|need|needs|should|would|could|can|will|ask|asks)\b)\p{L}/iu.test(
                clause,
              )))) &&
        // ("… to folks who just want good lamb": what the customers want is no wish of the person's.)
        !ASKS_OR_NAMES_SOFTWARE.test(
          whole
            .replace(/\b(?:who|that)\s+(?:just\s+|only\s+|really\s+)?(?:want|wants|need|needs)\b/giu, "")
            // ("… to church shops in Europe and America, and online": where else they sell.)
            .replace(/(?:,\s*|\s+)(?:and\s+|or\s+)?online\s*[.!]?$/iu, ""),
        )
      ) {
        tradeTold = true;
        continue;
      }
      tradeTold = false;
      // "…, and buddy let me tell you, …", "…, like we say": an aside on the talk is no feature;
      // nor is who the person is, said in a clause ("…, and I run the weekly lotto for the club").
      if (isTalkAboutTheTalk(clause) || (english && isIntroduction(clause))) continue;
      // "…, and we write 'em a receipt out of the receipt book": a clause about today's paper, in
      // a sentence with more in it, tells how it is done now; in the overview, so does any clause
      // of how things are ("…, and the sports come from all over, …").
      if (
        english &&
        clauses.length > 1 &&
        (namesTodaysPaper(clause) || options.overview === true) &&
        isBackground(clause)
      )
        continue;
      // "We've been running the club for years, and members …": how long, said first, is a story.
      if (english && clauses.length > 1 && saysHowLongDone(clause)) continue;
      // "The Connétable fixes the dates and they go in the Gazette …": "they" are what the clause
      // before acted on, and the two are one thing done, kept together.
      if (
        /^\s*and\s*$/i.test(separator) &&
        /^they\s+(?:go|are|get|come|appear|must|have|need)\b/i.test(clause.trim()) &&
        statements.length > readBefore &&
        POINTED_BACK_AT.test(clauses[index - 1]?.clause ?? "") &&
        statements
          .at(-1)!
          .toLowerCase()
          .endsWith((clauses[index - 1]?.clause ?? "").trim().toLowerCase())
      ) {
        statements[statements.length - 1] += ` and ${clause.trim().replace(/[.!]+$/, "")}`;
        continue;
      }
      // "No GPS tracking", "we don't need chat": what is left out is no feature. "Kids 11 and
      // under don't need one, they're free" leaves nothing out: a "no" of someone else's, from
      // which no thing is read, is a rule kept.
      if (isNegation(clause) && !isRuleWithNo(clause)) {
        afterNegation = true;
        reasonAfterNo = false;
        continue;
      }
      // "it has no place here", "I would ask that they be kept out of this system": the "no"
      // to what came before is no feature of its own.
      if (isDismissalOnItsOwn(clause)) {
        afterNegation = true;
        reasonAfterNo = false;
        continue;
      }
      // "We sell our juice up the market Saturdays, don't want none of that in it": what the
      // next clause turns down, pointing back at it, is no feature either.
      if (turnedDown[index]) {
        afterNegation = true;
        reasonAfterNo = false;
        continue;
      }
      // "We don't need a forum, people talk in the garden": after a "no", a clause set off
      // by a comma alone says why; it is no feature.
      if (afterNegation && /^\s*,\s*$/.test(separator)) {
        reasonAfterNo = true;
        continue;
      }
      // "There's nae need for it to do entries or the entry fees": a thing joined by "or" to what
      // was turned down is turned down with it.
      if (afterNegation && /^\s*,?\s*(?:or|nor)\s*$/i.test(separator) && !hasAction(clause)) continue;
      if (afterNegation && reasonAfterNo && /^\s*,?\s*(?:or|nor|and)\s*$/i.test(separator)) continue;
      afterNegation = false;
      reasonAfterNo = false;
      const instead = corrects ? clause.match(NOT_THAT) : null;
      if (instead) dropMentions(statements, instead[1]!);
      const normalized = normalizeStatement(instead ? clause.slice(0, instead.index) : clause);
      if (normalized === null) continue;
      // ("Round up to the next dollar", in a library's rules: the order as given; "We charge £1.20
      // a litre", in a walkthrough: what the business does, told of "we", never what users can.)
      const asSaid =
        normalized.startsWith("Users can ") &&
        ((options.ordersAreRules === true && isVerbLed(clause)) ||
          (options.houseRules === true && english && BUSINESS_DOES.test(clause)));
      const statement = asSaid ? capitalize(clause.trim().replace(/[\s.!?,;:]+$/, "")) : normalized;
      // "Everything is rounded to the cent": what is done to every one of a thing is a rule kept.
      // "Some of the older crowd like to pay for the whole year, so a line for the full 52
      // weeks is €90": a rule said after "so" keeps the why before it.
      const ruleParts = [statement, ...statement.split(/,\s*so\s+/i).slice(1)];
      const rule =
        [
          PASSIVE_RULE,
          RATE_RULE,
          PRICE_PER_RULE,
          EACH_HAS_PER_RULE,
          LIMIT_RULE,
          FREE_RULE,
          COUNT_RULE,
          CONDITION_RULE,
          THRESHOLD_RULE,
          SHARE_RULE,
          NOT_PAST_A_MEASURE_RULE,
          OBLIGATION_RULE,
          FORMULA_RULE,
          PER_STEP_RULE,
          NO_FOR_A_CASE_RULE,
          NO_ON_A_DAY_RULE,
          MEASURE_AND_UP_RULE,
          WINNER_RULE,
          RANGE_ALONE_RULE,
          MONTHS_RULE,
          DAYS_AND_HOURS_RULE,
          DAYS_OPEN_RULE,
          MADE_OF_EACH_RULE,
          PAST_AN_AGE_RULE,
          PRICE_ALONE_RULE,
          PRICES_LISTED_RULE,
          GROUPS_OF_RULE,
          WANTED_AT_A_TIME_RULE,
          SENT_BACK_RULE,
          ALL_ARE_A_MEASURE_RULE,
          NOBODY_MAY_RULE,
          NOTHING_FROM_OUTSIDE_RULE,
          WHOSE_IT_IS_RULE,
          CLOSED_DAYS_RULE,
          MUST_BE_BY_RULE,
          // "Glass jars only, not plastic": what alone is used, and what not, said without a verb.
          /^(?:only\s+(?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+|(?:[\p{L}\p{M}'’-]+\s+){0,2}[\p{L}\p{M}'’-]+\s+only)\s*,\s*(?:not|never)\s+(?:[\p{L}\p{M}'’-]+\s*){1,3}[.!]?$/iu,
          // "Inuvik residents only", "Members only": who alone may take part, said without a verb.
          /^(?:[\p{L}\p{M}'’-]+\s+){0,3}(?:residents|members|locals|adults|households|families|owners|students|staff|women|men|kids|children|grown-ups|subscribers|guests|islanders|villagers|parishioners)\s+only\s*[.!]?$/iu,
          // "Max 10 orders per slot so the kitchen copes": a limit said first, in the person's words.
          /^(?:max|maximum|at\s+most|no\s+more\s+than|up\s+to)\s+\d/i,
          // "Nine people in a van at the most": the same limit, said last.
          /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+[\p{L}-]+\s+(?:in|on|per|to|for)\s+(?:a|an|each|every|the|one)\s+[\p{L}-]+\s*,?\s*(?:at\s+the\s+(?:most|very\s+most)|at\s+most|max(?:imum)?|tops)\s*[.!]?$/iu,
          // "The factory needs three weeks": how long a step of the work takes is a rule of it.
          /^(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:needs|takes)\s+(?:at\s+least\s+|about\s+|around\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?:minutes?|hours?|days?|weeks?|months?)\b/iu,
          // "The first 200 units in a month are at the lower band": a tier, by how many come first.
          /(?:^|,\s*)(?:the\s+)?(?:first|next|last)\s+\d[\d,.]*\s+[\p{L}-]+\b[^,;]*?\b(?:is|are|go|goes|cost|costs)\s+(?:at|on|in|for)\s/iu,
        ].some((shape) => ruleParts.some((part) => shape.test(part))) ||
        // "Price is per metre", "Rates are by the hour": the unit a price is counted in, said
        // as a sentence of its own ("The price is per tonne and depends on the variety" is
        // read as before).
        (clauses.length === 1 && PRICE_PER_UNIT.test(statement)) ||
        // "No boxing for 28 days after a stoppage": a "no" nothing is left out by is a rule.
        (isNegation(clause) && isRuleWithNo(clause)) ||
        // "Rejects are not paid", "Broken eggs are never sold": what is not done to some of a
        // thing, when nothing is left out by it, is a rule of the work.
        (NOT_DONE_TO_SOME.test(statement) && findExclusions(statement).length === 0) ||
        // "Returns due by Friday.", "Payment on the day.": in a walkthrough told one rule to a
        // line, a whole line with no verb, saying when, how many or how much, is a rule still.
        (options.houseRules === true &&
          oneRuleALine &&
          clauses.length === 1 &&
          statement.split(/\s+/).length >= 3 &&
          /\d|\b(?:by|before|after|on|until|till|every|each|per|only)\b/i.test(statement) &&
          sameLine(statement, clause) &&
          lines.some((line) => sameLine(line.replace(LIST_MARKER, ""), clause)));
      if (!options.keepVerbless && !rule && !hasAction(statement, options.nounList)) continue;
      // "Online ordering for our small bakery" names the app; nobody does anything in it.
      if (!options.keepVerbless && !rule && !saysWhoActs(statement)) continue;
      if (isNavigationOnly(statement) || NOBODY_LOGS_IN.test(statement)) continue;
      // "Because the accountant wants to see it": why, not something more to do.
      if (/^(?:because|since|cos|coz|cuz|['’]?cause|as)\s/i.test(statement.replace(/^Users can\s+/, "")))
        continue;
      // "so it should do that as well": the clause before says what; this one adds nothing.
      if (
        /^(?:so\s+)?(?:it|the (?:app|tool|program|software))\s+(?:should|must|can|could|will|has to|needs? to)\s+do\s+(?:that|this|it|those|these)(?:\s+(?:as well|too|also))?$/i.test(
          statement,
        )
      )
        continue;
      // "or at least our compliance lady says so": who said it, not something more to do.
      // ("If the session is full it must say so": what the software says is no one's word.)
      if (
        /\b(?:says|said|say) so$/i.test(statement) &&
        !/\b(?:it|app|system|service|tool|site|program)\s+(?:must|should|will|can|has\s+to|needs\s+to)\s+say\s+so$/i.test(
          statement,
        )
      )
        continue;
      if (!statements.some((existing) => existing.toLowerCase() === statement.toLowerCase())) {
        statements.push(statement);
      }
    }
    // "We ship by DHL, and the buyer pays the shipping.": where the person wrote one rule to a
    // line, a short line read as two clauses is still the one rule.
    // ("A courtesy car only on an insurance job, and only if they've got hire cover": one clause
    // read of two is the rule's too; "Tuesday and Thursday are league nights, and tables 1 to 6
    // are kept for the league from 7 till 11, nobody else can book them": three are one rule, up
    // to forty words.)
    // ("The weight over the bar starts at 10 foot and goes up 6 inches at a time, three goes at
    // every height, and if two men clear the same height …": a rule with numbers, up to four.)
    // ("After that it is ₹18 per km, counted for every 100 metres, so ₹1.80 for every 100
    // metres": a rule read in part, its numbers cut off, or a rule with numbers or a condition
    // not read at all, "Night fare is from 11 pm to 5 am, 50% extra on the whole fare", is kept
    // whole too.)
    const read = statements.length - readBefore;
    const readWords = statements.slice(readBefore).join(" ").split(/\s+/).length;
    const lineWords = said.trim().split(/\s+/).length;
    // ("the tax the farmer pays to the telonio himself, not us": in the walkthrough of rules, a
    // line of five words or more nothing was read of, and nothing turned down by, is a rule too.)
    const ruleUnread =
      options.houseRules === true &&
      read === 0 &&
      lineWords >= 5 &&
      !isTalkAboutTheTalk(said) &&
      findExclusions(said).length === 0;
    const partlyLost =
      (/\d|\b(?:only\s+if|unless|otherwise)\b/i.test(said) || ruleUnread) &&
      (read === 0 ? !isIntroduction(said) && !isBackground(said) : read === 1 && lineWords - readWords >= 3);
    if (
      rulePerLine &&
      ((clauseCount >= 2 && read >= 1 && read <= (/\d/.test(said) ? 4 : 3)) || partlyLost) &&
      // ("u" is read as "you"; the line is compared as it was read, a bullet's marker off it.)
      lines
        .map((line) => typedInFull(line.replace(LIST_MARKER, "")))
        .some((line) => line === said.trim() || sentences(line).some((one) => one.trim() === said.trim())) &&
      said.trim().split(/\s+/).length <= 40 &&
      // ("men: saturday to thursday 4 to 12 …": a short label before the rule is no list; a line
      // nothing was read of is kept whatever its colons.)
      // ("… we pick up at the hotel at 4:30": a time's colon is no list.)
      (read === 0 || !/(?<!\d):(?!\d)|;/.test(said.replace(/^[\p{L}\p{M} ]{1,20}:\s+/u, ""))) &&
      // ("…, for the whole tuk-tuk, not for each person": a "not" that turns nothing down keeps the rule.)
      (!isNegation(said) ||
        findExclusions(said).length === 0 ||
        (options.houseRules === true && isHouseRule(said)))
    )
      statements.splice(readBefore, read, said.trim().replace(/[.!]+$/, ""));
  }
  const typedLines = lines.map((line) => typedInFull(line.replace(LIST_MARKER, "")));
  return ruleByLine
    ? joinedByLine(statements, readFrom, typedLines, (line) => sentences(line))
    : options.houseRules === true
      ? amountsOnALineJoined(statements, readFrom, typedLines, (line) => sentences(line))
      : statements;
}

/**
 * "Watering is done on a roster, so that …: each member is allocated watering days": a
 * clause, a colon, and a clause with its own subject saying how, are two sentences; read
 * as one, the first one's passive hides the second.
 */
function clausesAroundColon(unit: string): string[] {
  const match = unit.match(/^([^:]{3,200}?):\s+(.+)$/s);
  if (!match) return [unit];
  const [, lead, rest] = match as unknown as [string, string, string];
  // "Every nest is visited two times: the first time …, the second time …": steps in their order
  // are one rule with what they are steps of.
  if (STEPS_IN_ORDER.test(unit)) return [unit];
  // "It prints a summary: how many pages it read, …" lists what, after the colon; so does
  // "print the day: the sacks pressed, the litres of oil, the ambaz and the money".
  if (/^(?:what|how|which|where|who|whom|whose|when|why)\b/i.test(rest)) return [unit];
  if (/^(?:the|their|its)\s[^,.;!?]{1,40},\s*(?:the|their|its|how)\s[^.;!?]*\band\s/i.test(rest))
    return [unit];
  // "In December we do the share-out: each member receives …" says what the share-out is: one
  // thing, done.
  if (/\b(?:we|i|they)\s+(?:do|have|hold|run)\s+(?:the|a|an|our)\s+[\p{L}-]+\s*$/iu.test(lead)) return [unit];
  // "The first digit is the century: 2 means born between 1900 and 1999, …" says what the
  // values of what it names mean: one rule.
  if (
    /^(?:the\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,3}\s+(?:is|are)\s+(?:the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu.test(
      lead.trim(),
    ) &&
    /^[\p{L}\p{N}]{1,4}\s+means?\b/u.test(rest.trim())
  )
    return [unit];
  // "There are no cars on Sark, not a one: you walk, or you cycle, …": how anyone gets on there,
  // after the place as it is, is more of it.
  if (isBackground(lead) && /^you\s/i.test(rest.trim())) return [unit];
  // "…, so I'll tell you: a looker looks after other men's sheep …": what is explained after it
  // goes with the telling, read as one.
  if (/\b(?:i['’]ll|i\s+will|let\s+me)\s+(?:tell|explain)(?:\s+(?:you|ye|it))?\s*$/iu.test(lead))
    return [unit];
  return hasOwnSubject(lead) && hasOwnSubject(rest) && !isVerbLed(rest) ? [lead, rest] : [unit];
}

/** A clause that names who or what it is about before its verb: "each member is allocated …", "the app sends …". */
function hasOwnSubject(clause: string): boolean {
  return (
    subjectPrefixOf(clause) !== null ||
    /^(?:(?:the|each|every|a|an|our|their|his|her|my)\s+)?(?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+\s+(?:is|are|was|were|gets|get|has|have|can|must|may|should|will)\s/iu.test(
      clause.trim(),
    )
  );
}

/**
 * What a unit says after its lead-in: "No delivery or shipping: renters pick the gear
 * up" goes on after what it leaves out, and "An API for my invoices: create clients,
 * mark them paid" lists what it does after naming the app.
 */
function afterLead(unit: string): string {
  const match = unit.match(/^([^:–—]{3,120}?)(?::\s+|\s+[-–—]\s+)(.+)$/);
  if (!match) return unit;
  const [, lead, rest] = match as unknown as [string, string, string];
  if (isNegation(lead) || CORRECTION_LEAD.test(lead)) return rest;
  if (isVerbLed(rest) && !hasAction(lead)) return rest;
  // "I want to turn it into a PHP package on Composer: you give it …" names the software, then says what it does.
  if (
    /^(?:it|you)\s/i.test(rest) &&
    /\b(?:app|package|library|tool|module|api|service|cli|plugin|extension|sdk|script|program|bot|job|pipeline)\b/i.test(
      lead,
    )
  )
    return rest;
  return unit;
}

/** "Actually, let me correct myself: …", "Sorry, I mean: …": what follows the colon is what they say. */
const CORRECTION_LEAD =
  /^(?:(?:actually|sorry|wait|oops|ok|okay|oh|hmm|correction|so)[,\s]*)*(?:let me (?:correct|rephrase) (?:myself|that)|i mean|i meant|scratch that|on second thought|correction|one more thing)?\s*$/i;

/**
 * "I do want invoices after all, a simple invoice per month for each student": a thing
 * wished for (again), with what it is after the comma. The wish is the feature, in the
 * words that say most: what follows the comma, or else the thing itself.
 */
const WANTED_THING =
  /^(?:(?:and|but|so|actually|also)[,\s]+)*(?:i|we)\s+(?:do\s+|also\s+|really\s+|still\s+|actually\s+)*(?:want|need)\s+(?!to\b|an?\s+\w+\s+(?:app|site|website|tool)\b)([^,.;!?]+?)(?:\s+(?:after all|too|as well))?(?:,\s*([^.;!?]+))?[.!]?$/i;

function wantedThing(unit: string): string | null {
  const match = unit.trim().match(WANTED_THING);
  // Only a wish said again ("do want", "still need", "after all"); "we need a website where …" is an overview.
  if (!match || !/\b(?:do|still)\s+(?:want|need)\b|\bafter all\b/i.test(unit)) return null;
  if (match[2] !== undefined && /^(?:with|for|in|on|at|to|from|where|which|that|so)\b/i.test(match[2]))
    return null;
  const said = (match[2] ?? match[1]!).trim();
  return said.split(/\s+/).length >= 2 ? `${said[0]!.toUpperCase()}${said.slice(1)}` : null;
}

/** A sentence that corrects what was said before: "Sorry, I meant …", "let me correct myself", "make that …". */
const CORRECTS = /\b(?:i meant|i mean|make that|correct myself|i should have said|what i meant was)\b/i;

/** ", not an email" closing a correction: what was said before and is no longer meant. */
const NOT_THAT = /,?\s+(?:and\s+)?not\s+(?:an?\s+|the\s+)?([^,]+?)\s*$/i;

/** Takes out statements said earlier in the same answer that a correction replaced ("gets an email"). */
function dropMentions(statements: string[], replaced: string): void {
  const keys = [stems(replaced)].filter((key) => key.length > 0 && key.length <= 3);
  if (keys.length === 0) return;
  const exclusion = { said: replaced, keys, action: false };
  for (let index = statements.length - 1; index >= 0; index--)
    if (mentionsExcluded(statements[index]!, [exclusion])) statements.splice(index, 1);
}

/** Whether a text is written in fragments: several short pieces, all in lower case, as typed in a hurry. */
function isFragments(text: string): boolean {
  const units = textUnits(text);
  return (
    units.length >= 2 &&
    text === text.toLowerCase() &&
    /[a-z]/.test(text) &&
    // Mostly short, lower-case notes; one a little longer ("every day which bed we cut, how
    // many bundles n who cut") does not make them prose.
    // (Notes on lines of their own may be a little longer: "rice has to come off a lake on his
    // lease or we cant buy it".)
    units.filter((unit) => unit.split(/\s+/).length <= 10).length >=
      units.length * (text.split(/\n/).filter((line) => line.trim().length > 0).length >= 3 ? 0.4 : 0.6) &&
    // (One note in six may run on, as "has to come in the day its picked, or next morning before
    // 10. after that it heats up in the bags n we dont take it" does.)
    units.filter((unit) => unit.split(/\s+/).length > 16).length <= Math.floor(units.length / 6) &&
    units.every((unit) => unit.split(/\s+/).length <= 30)
  );
}

/** List items each on their own, prose split into sentences. */
export function textUnits(text: string, abbreviations = false): string[] {
  const units: string[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.length > 0) units.push(...sentences(prose.join(" "), abbreviations));
    prose = [];
  };
  const lines = text.split(/\r?\n/);
  // "start with 12 dogs, no more\neverybody takes 4 hour rest at tuluksak": notes on lines of
  // their own, most without a stop, end where their lines do.
  const written = lines.filter((line) => line.trim().length > 0);
  // ("… a big wall planner in\nthe office …": prose wrapped at a width, with lines that stop
  // on a word the next one goes on from, is one text.)
  // ("max 250 packs, the umu only fits that": among many notes, one may end on a word a
  // wrapped line would too.)
  const wrapped = written.filter(
    (line) =>
      // ("has to come in the day its picked, or next morning before 10. after that it heats up …":
      // a note may run to two sentences.)
      line.length > 160 ||
      (/\b(?:the|a|an|of|to|in|on|at|and|or|with|for|by|from|my|our|their|his|her|is|are|was|were|that|which|who|but|so|because|if|when)\s*$/i.test(
        line,
      ) &&
        // ("ok so" opening the notes, "my dad puts it in": a lead, and a verb's own "in", end a note.)
        !/^\s*(?:ok(?:ay)?|right|well|alright|and)?[,\s]*so\s*$/i.test(line) &&
        !/\b(?:it|them|that|this|him|her)\s+(?:in|on)\s*$/i.test(line) &&
        // ("… n the deposit stays with her", "… $1 a mile after that": "her" and "that" after a
        // preposition are the end of what was said, no word that goes on.)
        !/\b(?:with|to|for|after|before|about|from|of|by|at)\s+(?:her|that|this|his|their|our|my)\s*$/i.test(
          line,
        )),
  ).length;
  const notesOnLines =
    written.length >= 3 &&
    written.filter((line) => !/[.!?:;,)]\s*$/.test(line)).length * 2 >= written.length &&
    wrapped <= Math.floor(written.length / 6);
  for (const line of lines) {
    if (LIST_MARKER.test(line)) {
      flushProse();
      units.push(line.replace(LIST_MARKER, ""));
    } else if (line.trim().length === 0) {
      flushProse();
    } else {
      prose.push(line.trim());
      // ("Hakda kankhdmo:" (this is how we work) on a line of its own, before the rules: the
      // words that start the telling end where their line does, in any language.)
      // ("Our rules are like this:" the same, in English.)
      if (
        notesOnLines ||
        (/:\s*$/.test(line) && isTalkAboutTheTalk(line.trim().replace(/:$/, ""))) ||
        RULES_INTRODUCED.test(line)
      )
        flushProse();
    }
  }
  flushProse();
  return units.map((unit) => unit.trim()).filter((unit) => unit.length > 0);
}

/** "Our rules are like this:", "These are the rules:", "Our rules, hukum:": a line that only opens the rules. */
const RULES_INTRODUCED =
  /^\s*(?:(?:ok(?:ay)?|so|right|well)[,\s]+)*(?:(?:these|here|this|those)\s+(?:are|r|is)\s+)?(?:our|the|my|(?:(?:me|my|our)\s+)?[\p{L}-]+['’]s)\s+(?:house\s+|main\s+)?rules(?:\s+(?:are|r|is|go)\s+(?:like\s+this|as\s+follows|simple|these))?(?:\s*,?\s*in\s+order)?(?:\s*,\s*(?:hukum|sir|ji|sa|madam|boss))?\s*:\s*$/iu;

/**
 * `abbreviations`: in another language a short word with a stop before a lower-case word
 * is an abbreviation ("el. paštu", "10 val. reikalingas", "np. faktury"), not a sentence's end.
 */
/** The stop after a day's number, before the month's name, in the languages that write one. */
const DAY_BEFORE_ITS_MONTH =
  /(?<=(?:^|[\s(])\d{1,2})\.(?=\s+(?:Januar|Jänner|Februar|März|Märze|April|Mai|Juni|Jüni|Juli|Jüli|August|Augscht|September|Oktober|November|Dezember|januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|oktober|november|december|desember|ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince)(?![\p{L}]))/gu;

function sentences(prose: string, abbreviations = false): string[] {
  const protectedText = (
    abbreviations ? prose.replace(/(?<=(?:^|\s)\p{Ll}{1,3})\.(?=\s+\p{Ll})/gu, "\u2024") : prose
  )
    .replace(/\be\.g\.\s*/gi, "for example ")
    .replace(/\bi\.e\.\s*/gi, "that is ")
    .replace(/\b([Ee]tc|vs|approx|[Mm]rs?|[Mm]s|[Dd]r|[Ss]t)\.(?=\s+[a-z])/g, "$1")
    // "Mrs. Pinto's and the Lobo boys'": a title before a name ends no sentence; nor does "St."
    // before a place's name after "to", "in", "at" or "from" ("over to St. Albans"), nor after a
    // comma ("I'm from South City, St. Louis").
    .replace(/\b(Mrs?|Ms|Dr|Prof|Rev|Fr)\.(?=\s+\p{Lu})/gu, "$1\u2024")
    .replace(/(\b(?:to|in|at|from|of|on|near)\s+|,\s*)(St|Mt)\.(?=\s+\p{Lu})/gu, "$1$2\u2024")
    // "ෆීස් රු. 2,500", "Rs. 300", "No. 4": a currency or a number's short word before a number.
    .replace(/(?<=(?:^|[\s(])(?:Rs|Rp|Ksh|Kshs|Tk|No|Nos|රු|ரூ|रु|रू))\.(?=\s*\d)/gu, "\u2024")
    // German, Alsatian, Danish, Norwegian, Czech "1. November", "bis zum 15. Dezember", "1.
    // listopadu": a day written with its stop before the month ends no sentence.
    .replace(DAY_BEFORE_ITS_MONTH, "\u2024");
  return (
    protectedText
      // "customer wants flyers → counter adds job → marked done": each arrow a step of its own.
      // (Assamese and Bengali end a sentence with a danda, "।"; the Hindi family's prose is read
      // as it was tuned, a paragraph at a time.)
      .split(/(?<=[.!?])\s+(?=\S)|(?<=।)\s+(?=\p{Script=Bengali})|\s+•\s+|\s*(?:→|->|=>|⇒)\s*/u)
      .flatMap((sentence) => partedAtSemicolons(sentence))
      .map((sentence) => sentence.trim().replace(/\u2024/g, "."))
      .filter((sentence) => sentence.length > 0)
  );
}

/** A semicolon parts two statements, except between two said alike (said-alike.ts). */
function partedAtSemicolons(sentence: string, semicolon = /;\s+/): string[] {
  const parts: string[] = [];
  for (const part of sentence.split(semicolon)) {
    const before = parts.at(-1);
    if (before !== undefined && saidAlike(before.split(semicolon).at(-1)!, part))
      parts[parts.length - 1] = `${before}; ${part}`;
    else parts.push(part);
  }
  return parts;
}

/**
 * "you give it the parcel's weight and the destination country": what a person hands a
 * library or tool is what it takes ("we give it out free to the elders" hands something out).
 */
const YOU_GIVE_IT =
  /(^|[:;,]\s*|\band\s+)(?:you|we|i|the (?:shop|app|caller|user))\s+(?:give|pass|feed|hand|send)\s+it\s+(?!(?:out|away|back|up|over|on|to|round|around)\b)/gi;

/**
 * "De children in de troupe, under 16, dey don't go out after 9": who it is about, said
 * first, then taken up again by "they"; read as one subject, so the clause keeps both.
 */
const SUBJECT_TAKEN_UP =
  /^((?:the|de|da|di|our|my|all\s+the)\s+[^,.;:!?]{2,40}?)(?:,\s*((?:under|over|aged|from|below|above)\s+[^,.;:!?]{1,20}))?,\s*(?:they|dey|dem|he|she|it)\s+(?=\S)/iu;

/** Shorthand typed in a hurry, spelled out: "ppl", "w/", "w/o", "b/c". */
function spelledOut(unit: string): string {
  return (
    unit
      .replace(
        SUBJECT_TAKEN_UP,
        // ("My boy comes to the client's stall, he finds …": a clause with its own verb is no subject.)
        (whole, subject: string, which?: string) =>
          tagWords(asWrittenEnglish(subject)).some((word) => word.tag === "verb")
            ? whole
            : `${subject}${which ? ` ${which}` : ""} `,
      )
      // "The first thing she sees is the overdue list": what she sees.
      .replace(
        /\bthe (?:first|main) thing (i|we|you|they|she|he|people|users) (?:sees?|gets?|looks? at) is\s+/gi,
        (_, who: string) => `${who} ${/^(?:she|he)$/i.test(who) ? "sees" : "see"} `,
      )
      // "The other thing I do all the time is shift a whole file": the thing they do, as something they can do.
      .replace(
        /^(?:the\s+)?(?:other|main|one|first|second|last|big|only)\s+thing\s+(?:i|we)\s+(?:do|need|want)(?:\s+(?:all the time|a lot|most|most often|often|every day|constantly|every week))?\s+is\s+(?:to\s+)?/i,
        "Users can ",
      )
      // "Candidates with access arrangements, like 25% extra time or a reader, need to …": the
      // examples between the subject and its verb are an aside.
      .replace(
        /,\s*((?:like|such as|e\.g\.,?|for example,?)\s+[^,;.!?]{2,60}?),\s+(?=(?:need|needs|have|has|must|should|can|get|gets|go|goes|are|is)\b)/gi,
        " ($1) ",
      )
      // "whatever's left over, the common property water, the garden taps and the pool, gets split":
      // what it is, said between the subject and its verb, is an aside.
      .replace(
        /(?<=[\p{L}'’])\s*,\s*((?:the|a|an|their|our)\s[^,;.!?]{2,60}?(?:,\s*(?:and\s+)?(?:the|a|an|their|our)\s[^,;.!?]{2,60}?)+),\s+(?=(?:needs?|has|have|must|should|can|gets?|goes|go|is|are)\s)/giu,
        " ($1) ",
      )
      // "Special levies, when the trustees decide to fix the roof, get split by quota": when, said
      // between the subject and its verb, goes after what it says.
      .replace(
        /^((?:(?:and|but|so)\s+)?(?:(?:the|a|an|each|every|all|any)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}),\s*((?:when|whenever|if|once|as\s+soon\s+as)\s[^,;.!?]{3,80}?),\s+((?:needs?|has|have|must|should|can|gets?|goes|go|is|are|stays?|comes?)\s[^.;!?]*)/iu,
        (whole, subject: string, when: string, said: string) =>
          /^(?:(?:and|but|so)\s+)?(?:then|now|also|well|ok|okay|yes|no|i|we|they|it|you|he|she)$/i.test(
            subject,
          )
            ? whole
            : `${subject} ${said} ${when}`,
      )
      // "…, so they aren't disturbed when everyone else leaves": why, not something more to do.
      // ("…, so we can't sell more than 900 for any night" is a limit kept.)
      .replace(
        /,?\s+so\s+(?:that\s+)?(?:they|it|he|she|we|you|nobody|no one|nothing)\s+(?:aren't|isn't|don't|doesn't|won't|can't|never|are not|is not|do not|does not|will not|cannot|wouldn't|would not)\b(?![^.;!?]*\b(?:more|less|fewer)\s+than\s+\d)[^.;!?]*/gi,
        "",
      )
      // "…, say everything 2.5 seconds later, …": an example of it, not something more to do.
      .replace(/,\s*say\s+(?:everything|something|all of (?:it|them)|every\s+\w+|each\s+\w+)\b[^,;!?]*/i, "")
      // "…, say fourteen patients who …": an example, not something more to do.
      .replace(
        /,\s*say\s+(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|twenty|\w+teen)\b).*$/i,
        "",
      )
      .replace(/\bppl\b/gi, "people")
      .replace(/(^|\s)w\/o(?=\s)/gi, "$1without")
      .replace(/(^|\s)w\/(?=\s)/gi, "$1with")
      .replace(/(^|\s)b\/c(?=\s)/gi, "$1because")
  );
}

function givenAsTaken(unit: string): string {
  // "a program that does the Swiss pairings": "does" before a thing is making it.
  return unit
    .replace(YOU_GIVE_IT, "$1it takes ")
    .replace(/(^|\b(?:it|that|which|and)\s+)does\s+(?=(?:the|a|an|all|its|their|our|my)\s)/gi, "$1makes ");
}

/** "An app where volunteers sign up" → "volunteers sign up"; "a tool that lets me track" → "I track". */
export function stripAppPrefix(unit: string): string {
  const prefix = unit.match(APP_PREFIX);
  // "The dispatcher assigns each job to a van" names no app: someone acts before the noun.
  // ("The sellers don't need to log in at all, …": a "no" and a verb's "to" name none either.)
  if (!prefix || namesSomeoneActing(prefix[1] ?? "") || /n['’]t\b|\bnot\b|\bto\s*$/i.test(prefix[1] ?? ""))
    return unit;
  const withoutPrefix = unit.slice(prefix[0].length);
  // "a tool that checks our docs": what follows "that" is what the app does.
  const opening = withoutPrefix.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  const base = verbBase(opening);
  if (
    /\b(?:that|which)\s*$/i.test(unit.slice(0, unit.length - withoutPrefix.length)) &&
    base &&
    base !== opening
  )
    return `The app ${withoutPrefix.trim()}`;
  const enabling = withoutPrefix.match(ENABLING_VERB);
  if (!enabling) return withoutPrefix;
  const [first, second] = enabling[1]!.split(/\s+/);
  // "lets families track chores": the second word is already the action.
  const who = second && verbBase(second.toLowerCase()) === null ? `${first} ${second}` : first!;
  const rest = withoutPrefix.slice(withoutPrefix.indexOf(who) + who.length).replace(/^\s+(?:to\s+)?/i, "");
  const subject = ["me", "us", "you", "people", "users", "anyone", "everyone"].includes(who.toLowerCase())
    ? "Users"
    : who;
  return `${subject} can ${rest}`;
}

/** Words before an app's noun that say someone acts: "The dispatcher assigns each …", "we can …". */
function namesSomeoneActing(words: string): boolean {
  return tokenize(words).some((word) => {
    if (/^(?:i|we|you|they|he|she|can|will|should|must|could|would)$/.test(word)) return true;
    const base = verbBase(word);
    return base !== null && base !== word && /[^s]s$/.test(word);
  });
}

/**
 * "It would be nice if members could book the tools" → "members can book the tools";
 * "At the start of a route the volunteer starts a survey, …" → "the volunteer starts a
 * survey at the start of a route, …", so the clauses after it share its subject.
 */
function plainWish(given: string): string {
  const unit = wishedAsWhatItWouldDo(given);
  const wish = unit.match(WISH_LEAD);
  const text = (wish ? unit.slice(wish[0].length).replace(/^([\w' -]{1,40}?)\s+could\s+/i, "$1 can ") : unit)
    // "patients have to be able to stop the texts": what they can do.
    .replace(
      /\b(?:(?:have|has|need|needs|ought|got)\s+to|should|must|will|would|shall)\s+be\s+able\s+to\s+/gi,
      "can ",
    );
  return settingAfterSubject(
    asSimplePresent(howOftenLast(resultFirst(limitOfEach(itNamedFromTheCondition(text))))),
  );
}

/** What a wish says it would do for the person: "would save my bacon", "would be a godsend". */
const WOULD_HELP =
  /\s+(?:would|will)\s+(?:really\s+|honestly\s+)?(?:save\s+(?:my|our)\s+(?:bacon|life|lives|sanity|skin)|be\s+(?:a\s+)?(?:great|brilliant|godsend|lifesaver|life\s+saver|ideal|perfect|handy|gold|amazing|fantastic|huge\s+help|big\s+help|game\s+changer)|help\s+(?:a\s+lot|heaps|loads|massively|no\s+end)|make\s+(?:my|our)\s+li(?:fe|ves)\s+(?:so\s+much\s+|a\s+lot\s+)?easier)\s*[.!]*$/iu;

/**
 * "I reckon an app on my phone where I can log a job would save my bacon", "Something where
 * members book a court would be a godsend" → "I want an app on my phone where I can log a job":
 * the software wished for, said as what it would do for the person.
 */
function wishedAsWhatItWouldDo(unit: string): string {
  if (!WOULD_HELP.test(unit)) return unit;
  const wished = unit.replace(WOULD_HELP, "");
  const thinking = wished.match(
    /^(?:(?:so|and|honestly)[,\s]+)?(?:i|we)\s+(?:reckon|think|guess|figure|reckon\s+that|think\s+that)\s+(?=(?:an?|some|something)\b)/iu,
  );
  const software = (thinking ? wished.slice(thinking[0].length) : wished)
    // ("Something where I can log a job": the software, not yet named.)
    .replace(/^something(?=\s+(?:where|that|which|to)\b)/iu, "an app");
  if (thinking) return `I want ${software}`;
  return /^(?:an?)\s/iu.test(software) && /\b(?:where|that|which|to)\b/iu.test(software)
    ? `I want ${software[0]!.toLowerCase()}${software.slice(1)}`
    : unit;
}

/**
 * "max 10 orders per slot so …" → "the app takes max 10 orders per slot so …": a limit, as a
 * rule the app keeps, read as a clause with who keeps it; the statement is written back in the
 * person's words ("Max 14 guests a night").
 */
function limitOfEach(unit: string): string {
  return unit.replace(
    /^(max|maximum|at most|no more than|up to)\s+(\d+)\s+([\p{L}][\p{L} -]{0,30}?)\s+(per|a|an|each)\s+([\p{L}-]+)/iu,
    (_whole, limit: string, count: string, what: string, per: string, each: string) =>
      `The app takes ${limit.toLowerCase()} ${count} ${what} ${per.toLowerCase()} ${each}`,
  );
}

/** "if 12:15 is full it's greyed out" → "it shows as greyed out if 12:15 is full": what is seen, then when. */
function resultFirst(unit: string): string {
  const result = unit.match(
    /^(if|when|once|whenever)\s+([^,]+?),?\s+(it|they)(?:'s|'re|\s+is|\s+are|\s+gets?)\s+((?:[a-z]+ed|hidden|shown)(?:\s+(?:out|off|up))?)\b(.*)$/i,
  );
  if (!result) return unit;
  const [, when, condition, who, seen, rest] = result as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const shows = who.toLowerCase() === "they" ? "They show" : "It shows";
  return `${shows} as ${seen} ${when.toLowerCase()} ${condition}${rest}`;
}

/**
 * "When a stall is empty by 9, we give it to the waiting list" → "…, we give the stall to the
 * waiting list": the "it" after a condition is the thing the condition named, which the
 * statement keeps once the condition is put after what is done.
 */
function itNamedFromTheCondition(unit: string): string {
  const named = unit.match(
    /^(?:if|when|once|whenever)\s+(?:a|an|the)\s+([\p{L}-]+)\s+(?:is|are|gets?|was|isn['’]t)\b[^,]{1,60},\s*(?:we|i|they|you)\s+[\p{L}-]+\s+it\b/iu,
  );
  if (!named) return unit;
  const at = named[0].length - 2;
  return `${unit.slice(0, at)}the ${named[1]!}${unit.slice(at + 2)}`;
}

/** "Nightly they GET an inventory snapshot" → "they GET an inventory snapshot nightly": who acts, first. */
function howOftenLast(unit: string): string {
  const often = unit.match(
    /^(nightly|daily|weekly|monthly|hourly|yearly|annually|overnight)\s+(?=(?:we|they|i|you|it|he|she)\s)/i,
  );
  if (!often) return unit;
  const rest = unit.slice(often[0].length);
  const end = rest.search(/[.;!?]*$/);
  return `${rest.slice(0, end)} ${often[1]!.toLowerCase()}${rest.slice(end)}`;
}

/** "is asking", "are sending": what something does, said as going on; read as what it does. */
const GOING_ON =
  /(?<!\b(?:who|what|which|that|where)\s+)\b(is|are)\s+(?!(?:going|planning|trying|thinking|looking|hoping|being|getting)\b)([a-z]+ing)\b(?=\s+(?:the|a|an|each|every|his|her|its|their|our|my|which|what|how|to|for|it|them)\b)/gi;

function asSimplePresent(unit: string): string {
  return unit.replace(GOING_ON, (whole, be: string, doing: string) => {
    const base = verbBase(doing.toLowerCase());
    if (base === null || base === doing.toLowerCase()) return whole;
    if (be.toLowerCase() === "are") return base;
    if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
    if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
    return `${base}s`;
  });
}

function settingAfterSubject(given: string): string {
  // "And every morning at 8 it posts …": the word that joins it to what came before stays in front.
  const joined = given.match(/^(?:and|then|also|plus)\s+/i)?.[0] ?? "";
  const unit = given.slice(joined.length);
  if (!SETTING_OPENER.test(unit)) return given;
  const moved = settingMovedAfterSubject(unit);
  return moved === unit ? given : moved;
}

function settingMovedAfterSubject(unit: string): string {
  const words = tagWords(unit);
  for (let index = 3; index < Math.min(words.length, 16); index++) {
    const verb = words[index]!;
    if (verb.tag !== "verb" || !/[^s]s$/.test(verb.word) || verb.base === verb.word) continue;
    // "the shop in Zeist posts", "each shop's tablet sends", "every morning at 9 it posts": who acts.
    const det = subjectStart(words, index);
    if (det === null) continue;
    // "When the cash on the ship runs out": after "on", the ship is where the cash is; the
    // cash runs out, and the condition stays in front.
    if (
      det > 0 &&
      /^(?:on|in|at|of|for|from|to|by|with|into|onto|under|over|near|behind|inside)$/i.test(
        words[det - 1]!.word,
      )
    )
      return unit;
    // "Every parish committee logs in and sees its touradas and what it owes": who acts after
    // "what" acts inside what is seen, not in the sentence; the sentence stays as it is.
    if (det > 0 && /^(?:what|which|who|whom|whose|where|how|whatever)$/i.test(words[det - 1]!.word))
      return unit;
    const subject = words.slice(det, index).map((word) => escapeRegExp(word.word));
    const at = unit.search(new RegExp(`\\b${subject.join("(?:'s)?\\s+")}\\s+${verb.word}\\b`, "i"));
    if (at <= 0) return unit;
    const setting = unit
      .slice(0, at)
      .replace(/[\s,]+$/, "")
      .replace(/^./, (first) => first.toLowerCase());
    // "When a job comes in, …": a bare "when" opens a condition, which stays in front of its result.
    if (/^(?:when|whenever|once|before|after)$/i.test(setting)) return unit;
    // "On the day, when the doctor arrives, the counter presses …": a setting that ends on a
    // condition opens what follows it; nothing moves.
    // ("Every tuber is counted at the gate before it enters a truck": "before", "after", "until"
    // and the like end no setting; what follows them is the rule's own time.)
    if (
      /(?:^|[\s,])(?:when|whenever|once|if|while|as\s+soon\s+as|before|after|until|till|unless|because|since)$/i.test(
        setting,
      )
    )
      return unit;
    // "When the lactometer reading is below 26, it means …": a condition with a verb of its own
    // is a rule's, which keeps it in front of all it says.
    if (
      /^(?:when|whenever|once|if)\s/i.test(setting) &&
      /,\s*$/.test(unit.slice(0, at)) &&
      tagWords(setting).some((word) => word.tag === "verb" || /^(?:is|are|was|were)$/i.test(word.word))
    )
      return unit;
    // "At month end the advance is subtracted, and if it is minus the manager gives him back": a
    // setting runs to the first clause's end at most; past it, the clauses are read apart.
    if (/,\s*(?:and|but|or|so|then)\s/i.test(setting)) return unit;
    // "When all the results are in I press next round and it pairs …": someone acts in it; no setting.
    // ("every passenger n every bag gets weighed": two who are acted on, "n" their spoken "and".)
    if (/\b(?:i|we|you|they|he|she)\s+[a-z]+\b/i.test(setting) || /\s(?:and|or|n|an['’]?|&)$/i.test(setting))
      return unit;
    const rest = unit.slice(at);
    // ("… with its latitude and longitude": an "and" between two things ends no clause.)
    const end = rest.search(
      /,(?!\d)|:|\s+and\s+(?=(?:then\s+)?(?:i|we|they|he|she|it|you|the\s+[\p{L}-]+\s+[\p{L}-]+s)\s)|\s+(?:so|because)\s|[.;!?]|$/iu,
    );
    return `${rest[0]!.toUpperCase()}${rest.slice(1, end)} ${setting}${rest.slice(end)}`;
  }
  return unit;
}

/**
 * "The bakery needs the totals per product at 10pm", "the drivers need a loading list
 * per route": someone needing a thing from the software is a feature, what they get.
 * Only with a named subject and a thing after it: "we need a website" names the app,
 * and "needs to" is a verb of its own.
 */
const NEEDS_A_THING =
  /(^|[,;]\s*(?:and\s+|then\s+|so\s+)?|\band\s+)((?:(?:in|at|on|every|each)\s+[\w' ]{1,30}?\s+)?(?:(?:the|each|every|our|their)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?|(?:i|we)\s+also|(?:i|we)(?=\s+need\s+the\s)))\s+(?:needs?|wants?)\s+(?=(?:the|a|an|its|their)\s+(?!(?:app|tool|site|website|system|api|service)\b))/gi;

/**
 * "Every guest needs the Dzongu permit from Mangan", "each rower needs a fitness certificate":
 * what someone must have to take part is a rule of who may, not something they get.
 */
const REQUIRED_PAPER =
  /^(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:permits?|licen[cs]es?|certificates?|passports?|visas?|ids?|id\s+cards?|waivers?|insurance|vaccinations?|helmets?|signatures?|approval|consent|clearance|check)\b/iu;

/**
 * "A machine needs a refill when a spiral has less than 3 products": a rule the software
 * applies, said of the thing; it flags what the rule says, in the person's words.
 */
const RULE_OF_A_THING =
  /^(?:(?:a|an|the|each|every)\s+)?([\p{L}-]+)\s+(needs?)\s+(?!to\b)((?:a\s+|an\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(when|if|once|as soon as)\s+/iu;

/**
 * "I want a list of the clients who haven't replied", "We'd love a map of the houses": a thing
 * the person wants from the software is a feature, what they get. Not the software itself
 * ("I want a website"), nor someone to do something ("I want the drivers to see …").
 */
const WANTS_A_THING =
  /(^|[,;:]\s*(?:and\s+|then\s+|so\s+)?|\b(?:and|so)\s+)((?:(?:in|at|on|every|each|after|before)\s+[\w' ]{1,30}?\s+)?)(?:i|we)(?:['’]d|\s+would)?\s+(?:also\s+|really\s+|just\s+)?(?:want|need|like|love)\s+(?=(?:a|an|the|some|my|our)\s+(?!(?:app|apps|tool|site|website|system|program|programme|software|way|place|platform|page|database|spreadsheet)\b)(?![^,.;!?]*\bto\s+[a-z]+))/giu;

function neededAsGot(unit: string): string {
  // "Every night I need the totals": a wish said after a time is left to the reading below,
  // which puts the time last.
  let when = false;
  const wanted = unit.replace(WANTS_A_THING, (whole, lead: string, said: string) => {
    when ||= said.length > 0;
    return when ? whole : `${lead}Users can get `;
  });
  return wanted === unit ? ruleOrNeedAsGot(unit) : wanted;
}

function ruleOrNeedAsGot(unit: string): string {
  const rule = unit.match(RULE_OF_A_THING);
  if (rule && !isPerson(singularize(rule[1]!.toLowerCase())))
    return `The app flags that a ${rule[1]!.toLowerCase()} needs ${rule[3]} ${rule[4]!.toLowerCase()} ${unit.slice(rule[0].length)}`;
  return unit.replace(NEEDS_A_THING, (whole, lead: string, subject: string, at: number) =>
    hasAction(subject) || REQUIRED_PAPER.test(unit.slice(at + whole.length))
      ? whole
      : /^(?:i|we)\s+also$/i.test(subject)
        ? `${lead}Users can also get `
        : /^(?:i|we)$/i.test(subject)
          ? `${lead}Users can get `
          : `${lead}${subject} can get `,
  );
}

/** Where the words naming who acts before a verb begin: an article, then nouns (and "in" a place). */
function subjectStart(words: readonly TaggedWord[], verbIndex: number): number | null {
  // "every morning at 9 it posts …": a pronoun right before the verb is who acts.
  if (/^(?:it|they|we|i|he|she)$/.test(words[verbIndex - 1]?.word ?? "")) return verbIndex - 1;
  for (let det = verbIndex - 2; det >= Math.max(1, verbIndex - 5); det--) {
    if (!/^(?:the|a|an|each|every|our|my|their)$/.test(words[det]!.word)) continue;
    const between = words.slice(det + 1, verbIndex);
    const nounsOnly = between.every(
      (word, offset) =>
        word.tag === "noun" ||
        word.tag === "adjective" ||
        (word.word === "in" && offset > 0 && between[offset + 1]?.tag === "noun"),
    );
    return nounsOnly && between[between.length - 1]?.tag === "noun" ? det : null;
  }
  return null;
}

/** Whether a statement says who does something, or starts with what they do. */
function saysWhoActs(statement: string): boolean {
  return (
    /^(?:Users can|The app)\b/.test(statement) ||
    isVerbLed(statement) ||
    subjectPrefixOf(statement) !== null ||
    subjectPrefixOf(lastOfListedNames(statement)) !== null ||
    // "If there is a hazard, the driver puts a pin on the map": who acts comes after the condition.
    // ("Rule 4: when a horse is withdrawn late, the winnings are cut …": the rule's name comes first.)
    subjectPrefixOf(
      withoutRuleLead(statement).replace(
        /^(?:(?:if|when|whenever|once|unless|as\s+soon\s+as)\s+[^,]{2,80}|(?:two|three|four|five|six|\d+)\s+[^,]{2,40}),\s*/i,
        "",
      ),
    ) !== null ||
    conditionRunsOn(statement) ||
    // "If the session is full it must say so": the condition runs on into who acts.
    (/^(?:if|when|whenever|once|unless)\s/i.test(statement) &&
      /\s(?:it|they|the\s+(?:app|system|service|site|tool|program))\s+(?:must|should|will|can|has\s+to|needs\s+to)\s+[a-z]+/i.test(
        statement,
      ))
  );
}

/**
 * "if the flight's late the boat waits for them", "if it rains we stay in": without a comma,
 * the condition runs on into who acts and what they do.
 */
function conditionRunsOn(statement: string): boolean {
  const condition = statement.match(/^(?:if|when|whenever|once|unless)\s+(.+)$/i);
  if (!condition) return false;
  const words = condition[1]!.split(/\s+/);
  for (let at = 2; at < words.length - 1; at++)
    if (
      /^(?:the|we|they|you|i|he|she|everyone|everybody|nobody)$/i.test(words[at]!) &&
      // ("when the cash on the ship runs out": after "on", the ship is where, no one acting.)
      !/^(?:on|in|at|of|for|from|to|by|with|into|onto|under|over|near|behind|inside)$/i.test(
        words[at - 1]!,
      ) &&
      subjectPrefixOf(words.slice(at).join(" ")) !== null
    )
      return true;
  return false;
}

/** "The Chairman, the Treasurer and the Secretary shall log in" → "the Secretary shall log in": one of who acts, for the subject's test. */
function lastOfListedNames(statement: string): string {
  const listed = statement.match(/^([^,]+(?:,[^,]+)+?)\s*,?\s+(?:and|or)\s+(.+)$/);
  return listed && isListOfNames(listed[1]!) ? listed[2]! : statement;
}

function isNavigationOnly(statement: string): boolean {
  const words = contentWords(statement.replace(/^Users can /, ""));
  const verbs = words.filter((word) => word.tag === "verb");
  const nouns = words.filter((word) => word.tag === "noun");
  return (
    verbs.length === 1 &&
    NAVIGATION_VERBS.has(verbs[0]!.base) &&
    nouns.every((word) => GENERIC_NOUNS.has(word.word) || GENERIC_NOUNS.has(word.base)) &&
    // ("We open at 9": when the place opens is a rule, no opening of the app.)
    !/\b(?:at|from|until|till|by|before|after)\s+\d|\d\s*(?:am|pm|o['’]clock)\b/iu.test(statement)
  );
}

/**
 * Whether a statement is too vague to build from: "manage stuff", "reports etc.", or a
 * single word ("chat") that could mean many things.
 */
export function isVague(statement: string): boolean {
  const lower = statement.toLowerCase();
  if (/\b(?:and so on|and more|and stuff|or something)\b/.test(lower)) return true;
  const words = tagWords(statement.replace(/^Users can /, ""));
  const content = words.filter((word) => word.tag !== "stop" && word.tag !== "comma");
  // "no more than 2 of each thing per child, so there's enough to go round": a rule with a
  // number in it, or one said at length, says enough, whatever loose word is in it.
  const saysEnough = /\d/.test(statement) || content.length > 6;
  if (!saysEnough && words.some((word) => VAGUE_WORDS.has(word.word))) return true;
  return content.length <= 1;
}

/**
 * "Kids 11 and under don't need one, they're free", "Rejected milk is not paid": a "no" said of
 * others or of a thing, with nothing left out of the software in it, is one of its rules.
 */
/**
 * "Every pass gets a QR code and the volunteers scan it at the door": read apart, the second
 * clause's "it" is the thing the first ended on, named again so that the feature says what is
 * scanned; "we buy the rest" says the rest of what.
 */
function withReferentNamed(clause: string, separator: string, before: string): string {
  // "We grow the most of our own cabbage, but we buy the rest off two other fellows": the rest
  // is the rest of what the clause before it ended on.
  if (/\b(?:but|and)\b/i.test(separator) && /\bthe\s+rest\b(?!\s+of\b)/i.test(clause)) {
    const whole = before.match(
      /\b(?:a|an|the|our|their|my|his|her)\s+(?:own\s+|[\p{L}-]+\s+)?([\p{L}-]+)\s*$/iu,
    );
    if (whole && tagWords(`the ${whole[1]!}`)[1]?.tag === "noun")
      return clause.replace(/\bthe\s+rest\b/i, `the rest of the ${whole[1]!}`);
  }
  // "The falaj has its own 24 athar, and they are auctioned every Friday": "they" opening the
  // clause after one that ended on what a thing has are those things.
  if (/\band\b/i.test(separator) && /^they\s+(?:are|were|get|go|can|must|have)\s/i.test(clause.trim())) {
    const owned = before.match(
      /\b(?:has|have|keeps?|owns?)\s+(?:(?:its|their|our|his|her)\s+)?(?:own\s+)?(\d+\s+[\p{L}-]+|[\p{L}-]+s)\s*$/iu,
    );
    if (owned) return clause.replace(/^\s*they\b/i, `The ${owned[1]!}`);
  }
  // "The causeway's open two hours either side of low water, and a group can only arrive and
  // leave while it's open": "it", in when the clause holds, is what the clause before opened on
  // and said was open or shut.
  if (
    /\band\b/i.test(separator) &&
    /\b(?:while|when|until|unless|as\s+long\s+as)\s+it(?:['’]s|\s+is)\b/i.test(clause)
  ) {
    const opened = before.match(
      /^\s*(?:the|our)\s+([\p{L}-]+)(?:['’]s|\s+is)\s+(?:(?:only|usually|always|normally)\s+)?(?:open|shut|closed|up|down|running|on|off)\b/iu,
    );
    if (opened)
      return clause.replace(
        /\b((?:while|when|until|unless|as\s+long\s+as)\s+)it(?:['’]s|\s+is)\b/i,
        `$1the ${opened[1]!} is`,
      );
  }
  // Only a clause with someone of its own doing it ("the volunteers scan it"); in a chain of
  // what one person does ("scans a stamp, types the year and files it") "it" may be any of them.
  if (!/\band\b/i.test(separator) || !/^(?:the|our|their|my|his|her)\s/i.test(clause.trim())) return clause;
  // ("The draw is knockout": only what the clause before acted on, after its verb, is named.)
  const named = before.match(/\b([\p{L}-]+)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*$/iu);
  if (!named || /\s(?:and|or|of)\s/i.test(` ${named[2]!} `)) return clause;
  if (tagWords(`they ${named[1]!}`)[1]?.tag !== "verb") return clause;
  const thing = named[2]!;
  if (
    tagWords(`the ${thing}`)
      .slice(1)
      .some((word) => word.tag === "verb")
  )
    return clause;
  const last = thing.split(/\s+/).pop()!.toLowerCase();
  if (singularize(last) !== last) return clause;
  const words = tagWords(clause);
  // The "it" the clause's own first verb acts on: "the volunteers scan it".
  const verbAt = words.findIndex((word) => word.tag === "verb");
  const at = verbAt >= 0 && words[verbAt + 1]?.word.toLowerCase() === "it" ? verbAt + 1 : -1;
  if (at < 0) return clause;
  const verb = escapeRegExp(words[at - 1]!.word);
  return clause.replace(new RegExp(`\\b(${verb})\\s+it\\b`, "iu"), `$1 the ${thing}`);
}

/** "… fixes the dates", "… sets the prices": a clause that ends on many of what it acts on, after its verb. */
const POINTED_BACK_AT = /\b[\p{L}-]+(?:s|es)\s+the\s+(?:[\p{L}-]+\s+)?[\p{L}-]+s\s*$/iu;

/** "Rejects are not paid", "Broken eggs are never sold": what is not done to some of a thing. */
const NOT_DONE_TO_SOME =
  /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+s\s+(?:are|get)\s+(?:not|never)\s+[a-z]+(?:ed|id|en|ld|nt|wn|ght)(?:\s+for)?\s*[.!]?$/iu;

function isRuleWithNo(said: string): boolean {
  // "Graças a Deus I don't have to tell them myself": the relief said first is no part of it.
  const clause = said.replace(
    /^\s*(?:thank\s+(?:god|goodness|heavens)|graças\s+a\s+deus|gracias\s+a\s+dios|alhamdulillah|mashallah|inshallah)[,!\s]+/iu,
    "",
  );
  const words = clause.trim().split(/\s+/);
  // "We don't build on a slope without a slab": what the person does not do without something
  // is a rule of how they work.
  const onTerms =
    /^(?:(?:and|but|so)\s+)?(?:i|we)\s+(?:don['’]?t|do\s+not|never|won['’]?t)\s+[a-z]+\b[^,]*\s(?:without|unless|until|till)\s/i.test(
      clause.trim(),
    );
  // "so we can't sell more than 900 for any night": a "no" past a measure is a limit kept.
  const pastAMeasure = NOT_PAST_A_MEASURE_RULE.test(clause.trim());
  const nobodyMay = NOBODY_MAY_RULE.test(clause.trim());
  return (
    words.length >= 4 &&
    (onTerms ||
      pastAMeasure ||
      nobodyMay ||
      !/^(?:(?:and|but|so|also|then)\s+)?(?:i|we|you|it|this|that|they|the\s+(?:app|site|website|tool|system|software|program|service|library))\b/i.test(
        clause.trim(),
      )) &&
    findExclusions(clause).length === 0 &&
    !isDismissalOnItsOwn(clause)
  );
}
