import { capitalize, isPastForm, thirdPersonSingular, verbBase } from "./inflection.js";
import { isPerson } from "./noun-kinds.js";
import { tagWords, tokenize } from "./tagger.js";

/**
 * A person writes about their app in their own voice ("I tick the habits I did",
 * "Remind me at 8pm"); the spec states what every user can do and what the app does
 * for them. This turns one into the other without changing their words otherwise.
 */

/** Fillers that open a clause without adding to it. */
const LEADING_FILLER =
  /^(?:so that|that(?=\s+(?:it|we|i|they|you)\s+(?:can|could|will)\b)|and|also|then|plus|so|but|maybe|ideally|hopefully|basically|obviously|of course|i think|i guess|finally|additionally)\b[\s,]*/i;

/** "I save …", "we plan …", and "she adds …" said by someone about the one person who uses it. */
const SELF_SUBJECT =
  /^(?:i|we|you|she|he)(?:'d|'ll|\s+would|\s+will)?\s+(?:(?:probably|definitely|really|also|certainly|maybe)\s+)?(?:(?:much\s+)?rather\s+(?!not\b)|(?:like|love|want|need|wish|have|get|be able)\s+to\s+(?:be able to\s+)?|(?:can|could|should be able to|must be able to|should|need to|want to|have to|get to|am able to|are able to)\s+)?/i;

const USER_SUBJECT =
  /^(?:users?|people|everyone|anyone|someone|visitors?)\s+(?:(?:should|must|will|would) be able to|can|could|will|should|need to|want to|are able to|get to|may|must)?\s*/i;

const APP_SUBJECT =
  /^(?:it|the app|the site|the system|the tool|this app|the website|app)\s+(?:should|must|will|can|could|would|needs to|has to|'ll|is able to|is going to)?\s*(?:be able to\s+|also\s+|automatically\s+)?/i;

/**
 * "I want the app to remind me", "we'd like it to send us", "I should like the system to
 * warn the Committee": a wish about what the app does.
 */
const SELF_WANTS_APP =
  /^(?:i|we)(?:'d|\s+would|\s+should)?\s+(?:like|love|want|need|wish)\s+(?:the\s+(?:app|site|website|system|program|software|tool|platform)|this\s+(?:app|system|website|program)|it)\s+to\s+/i;

/** "let users export recipes", "allow people to share". */
const LETS_PEOPLE =
  /^(?:let|lets|allow|allows|enable|enables|help|helps)\s+(?:users|people|me|us|them|everyone|anyone)\s+(?:to\s+)?/i;

/** "let band members mark themselves available": the people named become the subject. */
const LETS_NAMED = /^(?:let|lets|allow|allows|enable|enables)\s+((?:[a-z-]+\s+)?[a-z-]+)\s+(?:to\s+)?/i;

/**
 * "Before a rehearsal I check …", "On the day I print …": when or where the person
 * does something, said before they say what. ("Every job has a number so we know which is
 * which": a clause with its own verb is no setting.)
 */
const LEADING_SETTING =
  /^((?:on|in|at|before|after|during|when|whenever|once)\s[^,]{1,60}?|(?:every|each)\s(?:(?!\b(?:so|has|have|is|are|gets|needs)\s)[^,]){1,60}?),?\s+((?:i|we)\b(?!-).*)$/i;

/**
 * Requests a person makes of the app about themselves: "Remind me …", "Send me …",
 * "Show me …". The app is the one acting, so they become "The app reminds the user …".
 */
const REQUEST_VERBS = new Set(
  "remind send show notify email text tell alert ping give warn message suggest recommend nudge ask call find".split(
    " ",
  ),
);

/**
 * One clause in a consistent form: "I want to save recipes" and "save recipes" become
 * "Users can save recipes"; "it should send reminders" becomes "Send reminders"; a
 * request to the app ("Remind me at 8pm") becomes what the app does for the user; a
 * named role keeps its sentence ("Volunteers sign up for shifts").
 */
export function normalizeStatement(clause: string): string | null {
  let text = clause
    .replace(/\s+/g, " ")
    .replace(LEADING_FILLER, "")
    .replace(/[\s.!?,;:]+$/, "")
    .trim();
  if (text.length === 0 || !/[a-z0-9]/i.test(text)) return null;
  // "We open at 7 on weekdays", "we close at 5 on Fridays": the place's hours, in its own words.
  // ("We bake Monday to Saturday": the days the place works, too.)
  if (
    /^we\s+(?:open|close|shut)\s+(?:at|on|from|until|till)\s/i.test(text) ||
    /^we\s+(?:open|bake|work|trade|sell|fish|cook|run|do\s+[\p{L}-]+)\s+(?:from\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\s+(?:to|till|until|through|thru|-|–)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b/iu.test(
      text,
    )
  )
    return `${text[0]!.toUpperCase()}${text.slice(1)}`;
  // "The app takes max 12 kids per session", a limit given a subject to be read as a rule, is
  // kept in the person's words: "Max 12 kids per session".
  const limit = text.match(/^the app takes (max|maximum|at most|no more than|up to)\s(?=\d)/i);
  if (limit) return `${limit[1]![0]!.toUpperCase()}${limit[1]!.slice(1)} ${text.slice(limit[0].length)}`;
  const setting = text.match(LEADING_SETTING);
  // ("When they arrive they sign the waiver and we give them a wetsuit": a setting that ends on
  // "and" took in a clause of its own, and is none.)
  if (setting && !/\s(?:and|or|but|then)$/i.test(setting[1]!)) {
    const statement = normalizeStatement(setting[2]!);
    const when = inThirdPerson(setting[1]!.replace(/^./, (first) => first.toLowerCase()));
    return statement === null ? null : `${statement} ${when}`;
  }
  const wish = text.match(SELF_WANTS_APP);
  if (wish) return appAction(text.slice(wish[0].length));
  const self = text.match(SELF_SUBJECT);
  if (self && self[0].length > 0 && (isVerbLed(text.slice(self[0].length)) || verbAfter(self[0], text))) {
    // "we promised 300 birds to two buyers": what was done once is told, never what users can do.
    if (toldAsDone(text.slice(self[0].length))) return capitalize(text);
    return usersCan(inThirdPerson(text.slice(self[0].length)));
  }
  const users = text.match(USER_SUBJECT);
  if (users && users[0].length > 0 && isVerbLed(text.slice(users[0].length))) {
    if (toldAsDone(text.slice(users[0].length))) return capitalize(text);
    return usersCan(inThirdPerson(text.slice(users[0].length)));
  }
  const request = requestForUser(text);
  if (request) return request;
  const enabling = text.match(LETS_PEOPLE);
  if (enabling && isVerbLed(text.slice(enabling[0].length))) {
    return usersCan(inThirdPerson(text.slice(enabling[0].length)));
  }
  const named = text.match(LETS_NAMED);
  if (named && namesPeople(named[1]!) && isVerbLed(text.slice(named[0].length))) {
    return `${capitalize(named[1]!)} can ${inThirdPerson(text.slice(named[0].length))}`;
  }
  const app = text.match(APP_SUBJECT);
  if (app && app[0].length > 0 && isVerbLed(text.slice(app[0].length))) {
    return appAction(text.slice(app[0].length));
  }
  // "Booking has to be paid by Friday", Bocas Creole "Order haffi come in by 4": a name, then
  // what it must do or be, is what the sentence is about, no act the user does.
  if (NAME_THEN_MODAL.test(text)) return capitalize(text);
  text = gerundToBase(text);
  // ("purged 3 days in the tanks before sale": opened on what was done to the thing, the
  // sentence says how it is, never what users can do.)
  if (isVerbLed(text)) return toldAsDone(text) ? capitalize(text) : usersCan(inThirdPerson(toBaseForm(text)));
  return capitalize(text);
}

/** One word, then a word that says what must or will be: "Booking has to …", "Order haffi …", "Payment must …". */
const NAME_THEN_MODAL =
  /^[\p{L}'’-]+\s+(?:must|should|shall|has\s+to|have\s+to|haffi|hafi|hafta|gotta|needs\s+to|is\s+to|are\s+to)\s/iu;

/** The kinds of tool, and of worker, a word before them names: "lambing app", "reed cutter". */
const SOFTWARE_OR_WORKER =
  /^(?:app|apps|system|tool|program|programme|website|site|bot|tracker|planner|cutter|picker|keeper)$/;

/** Whether a clause starts with its verb: "plan meals", "also send reminders". */
export function isVerbLed(piece: string): boolean {
  const words = tagWords(piece.replace(LEADING_FILLER, ""));
  const at = words.findIndex((word) => word.tag !== "stop" || !["also", "then", "just"].includes(word.word));
  if (words[at]?.tag !== "verb") return false;
  // "lambing app for my phone", "reed cutter on the marshes": a word before the kind of tool or
  // the worker it names is part of that name, never an act.
  // (Only after an "-ing" or a word no list knows as a verb: "build app screens" acts.)
  if (
    SOFTWARE_OR_WORKER.test(words[at + 1]?.word ?? "") &&
    (/ing$/.test(words[at]!.word) || verbBase(words[at]!.word) === null)
  )
    return false;
  // "everything rounded to the cent": "everything" is what the rule is about, never an act.
  if (/^(?:everything|nothing|something|anything)$/i.test(words[at]!.word)) return false;
  // "rained out before 5 nobody pays": a past form opens a condition, no act ("paid" aside,
  // which names a state the person sets).
  if (
    /^[a-z]+ed$/i.test(words[at]!.word) &&
    /^(?:out|off|in|up|over|before|after)$/i.test(words[at + 1]?.word ?? "")
  )
    return false;
  // "laid by the Admiralty in the 1840s", "built by the parish": a past with no rule, then who
  // did it, says how something came to be, no act of anyone's now.
  if (
    !/ed$/i.test(words[at]!.word) &&
    isPastForm(words[at]!.word.toLowerCase()) &&
    /^by$/i.test(words[at + 1]?.word ?? "") &&
    /^(?:the|a|an|my|our|his|her|their)$/i.test(words[at + 2]?.word ?? "")
  )
    return false;
  // "Ship day is a big day", "Check is what they pay with": a name before "is" is the subject.
  const next = words[at + 1];
  const copula = (word: (typeof words)[number] | undefined) =>
    /^(?:is|are|was|were)$/i.test(word?.word ?? "");
  // "End of every month ah does send a report": a noun before "of" opens a name, not an act.
  const nounOf =
    next?.word.toLowerCase() === "of" &&
    !/^(?:think|dispose|approve|consist|remind|inform|notify|warn|tell|speak|hear|learn|rid|take|make|get)$/i.test(
      words[at]!.base,
    );
  // "packs not picked up by 3 we sell at the door": a plural, then what was not done to it, is
  // what the sentence is about.
  const notDone =
    next?.word.toLowerCase() === "not" &&
    /s$/i.test(words[at]!.word) &&
    isPastForm(words[at + 2]?.word ?? "");
  // "Volunteers who do 3 shifts or more get a free pass": a plural before "who" is who it is about.
  // ("reads that stream": "that" before a noun points at it.)
  const after = words[at + 2];
  const described =
    /[^s]s$/i.test(words[at]!.word) &&
    (/^who$/i.test(next?.word ?? "") ||
      (/^(?:that|which)$/i.test(next?.word ?? "") &&
        (after?.tag === "verb" ||
          /^(?:is|are|do|does|did|have|has|get|gets|was|were|can|will)$/i.test(after?.word ?? ""))));
  // "sign up closes 12 noon", "check in is from 3": a verb and its particle, then a verb of its
  // own, name the doing as a thing.
  const doingNamed =
    /^(?:up|in|out|off|on)$/i.test(next?.word ?? "") &&
    (copula(after) ||
      /^(?:opens|closes|starts|ends|begins|runs|stops|finishes|happens|costs|takes)$/i.test(
        after?.word ?? "",
      ));
  // "plot holders pay us £35", "plot holders can pay online": a word that can be a verb, before
  // a plural that acts, names who acts.
  const compoundActs =
    next?.tag === "noun" &&
    /[^s]s$/i.test(next.word) &&
    (/^(?:can|could|will|must|should|may|might|need|get|pay|have|do)$/i.test(after?.word ?? "") ||
      (after?.tag === "verb" &&
        after.base === after.word &&
        !/^(?:the|a|an)$/i.test(words[at + 3]?.word ?? "x")));
  // "Orders in by four for the next morning", "Returns due by Friday": a plural, then when it must
  // be in, is a deadline for the thing, said without its verb.
  const dueBy =
    /[^s]s$/i.test(words[at]!.word) &&
    ((/^in$/i.test(next?.word ?? "") && /^(?:by|before)$/i.test(after?.word ?? "")) ||
      /^due$/i.test(next?.word ?? ""));
  // "Mark and I see everything": a name, said with the speaker after it, is who acts.
  const namedWithMe =
    at === 0 && /^\s*\p{Lu}\p{Ll}+\s+and\s+(?:I|me|myself)\b/u.test(piece.replace(LEADING_FILLER, ""));
  return !(
    namedWithMe ||
    dueBy ||
    nounOf ||
    notDone ||
    compoundActs ||
    described ||
    doingNamed ||
    copula(next) ||
    (next?.tag === "noun" && copula(words[at + 2]))
  );
}

/** "I check who's coming": after "I", a word that can be a verb ("check", "log") is one. */
function verbAfter(subject: string, text: string): boolean {
  return tagWords(text)[tokenize(subject).length]?.tag === "verb";
}

/** What the app does: "Send reminders the day before", or for the user: "The app reminds the user …". */
function appAction(action: string): string {
  return requestForUser(action) ?? capitalize(inThirdPerson(toBaseForm(action)));
}

/** "Remind me at 8pm if I haven't checked in" → "The app reminds the user at 8pm if they haven't checked in". */
function requestForUser(text: string): string | null {
  const match = text.match(/^([A-Za-z]+)\s+(me|us)\b(.*)$/is);
  if (!match) return null;
  const verb = verbBase(match[1]!.toLowerCase());
  const knowing = /^let$/i.test(match[1]!) && /^\s+know\b/i.test(match[3]!);
  if (!knowing && (verb === null || !REQUEST_VERBS.has(verb))) return null;
  const who = match[2]!.toLowerCase() === "us" ? "everyone" : "the user";
  return `The app ${thirdPersonSingular(verb ?? "let")} ${who}${inThirdPerson(match[3]!)}`;
}

/** "band members", "volunteers": people, not a thing like "recipes". */
function namesPeople(phrase: string): boolean {
  const last = phrase.toLowerCase().split(/\s+/).pop()!;
  return isPerson(last) || isPerson(last.replace(/s$/, ""));
}

/**
 * "promised 300 birds …", "standing in the cold in the dark": a verb said in the past, or in
 * "-ing" with nothing before it, tells what happened or was happening; it follows no "can".
 */
/** Pasts of the verbs people tell of most, which no "-ed" shows. */
const PAST_IRREGULAR =
  /^(?:did|was|were|had|went|came|made|took|gave|kept|left|sold|bought|told|said|found|thought|brought|ran|wrote|drove|knew|began|grew)$/;

function toldAsDone(action: string): boolean {
  const first = action.trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  // ("We got about 140 miles of trail", "I got to send the report every week": "got" is have, in many Englishes.)
  if (/^got(?:ten)?$/.test(first)) return false;
  const base = verbBase(first);
  // ("promised": a verb no list knows, past by its "-ed"; "breed" and "need" are no past.
  // "laid by the Admiralty in the 1840s": a past with no rule, of a verb no list knows.)
  // ("died": "-ied" says a past as well; "Mom did the payroll for years": so do the common
  // irregular pasts.)
  if (base === null)
    return (
      /^[a-z]{3,}(?<!e)ed$/.test(first) ||
      /^[a-z]+ied$/.test(first) ||
      PAST_IRREGULAR.test(first) ||
      isPastForm(first)
    );
  return base !== first && (isPastForm(first) || /ing$/.test(first));
}

function usersCan(action: string): string {
  const base = toBaseForm(action.replace(/^(?:be able to|also)\s+/i, ""));
  // "Throw out the high and the low" opened its sentence; after "Users can" it is a verb
  // like any other ("SMS the parents" keeps its capitals).
  return `Users can ${/^[A-Z][a-z']+(?=\s|$)/.test(base) ? base[0]!.toLowerCase() + base.slice(1) : base}`;
}

/** "builds a list" → "build a list", so every statement reads the same way. */
function toBaseForm(action: string): string {
  const match = action.match(/^([A-Za-z']+)(.*)$/s);
  if (!match) return action;
  const first = match[1]!.toLowerCase();
  // A verb the lexicon does not hold, said of someone ("turns up"), has its base read in context.
  const tagged = /[^s]s$/.test(first) ? tagWords(action)[0] : undefined;
  const base = verbBase(first) ?? (tagged?.tag === "verb" && tagged.word === first ? tagged.base : null);
  if (base === null || first.endsWith("ing")) return action;
  return `${base}${match[2]}`;
}

/** "planning meals" (after "an app for") → "plan meals". */
function gerundToBase(text: string): string {
  const match = text.match(/^([A-Za-z]+ing)\b(.*)$/s);
  if (!match) return text;
  // "booking system for our minibuses", "ordering site": a kind of software named, no action.
  if (
    /^\s+(?:system|site|website|app|application|tool|platform|page|portal|software|program|service)\b/i.test(
      match[2]!,
    ) ||
    // "Shipping is by the kilo", "Engraving costs $5": the doing named as a thing, then what it is.
    /^\s+(?:is|are|was|were|costs?|takes?)\b/i.test(match[2]!)
  )
    return text;
  const base = verbBase(match[1]!.toLowerCase());
  return base ? `${base}${match[2]}` : text;
}

/** The person's "my", "I" and "I'm" inside a statement about every user. */
export function inThirdPerson(action: string): string {
  return action
    .replace(/\bI'm\b/g, "they're")
    .replace(/\bI am\b/g, "they are")
    .replace(/\bI was\b/g, "they were")
    .replace(/\bmyself\b/gi, "themselves")
    .replace(/\bourselves\b/gi, "themselves")
    .replace(/\bmine\b/gi, "theirs")
    .replace(/\bmy\b/gi, "their")
    .replace(/\bour\b/gi, "their")
    .replace(/\bI\b/g, "they")
    .replace(/\bwe\b/gi, "they")
    .replace(/\bme\b/gi, "them")
    .replace(/\bus\b/g, "them");
}
