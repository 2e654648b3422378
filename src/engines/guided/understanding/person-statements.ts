import type { InterviewState } from "../interview/state.js";
import { escapeRegExp } from "../language/regexp.js";
import { stems } from "./exclusions.js";
import { withoutFields } from "./fields.js";
import { isEnglish } from "./language.js";
import { isVague, splitStatements } from "./statements.js";
import { withoutRecordLines, withoutThingLists } from "./things.js";
import { withTopicsPlaced } from "./topics.js";
import { unreadSentences } from "./unsaid-kept.js";

/** A feature in the person's words, with the area it was given in when that decides its category. */
export interface PersonStatement {
  text: string;
  categoryHint: string | null;
}

/**
 * How a person says there is nothing more: "no", "nope", "nothing else", "that's the lot",
 * "No, honey, I believe that's it" (what they call the one asking is no more than that).
 */
const NONE_SAID =
  "no+|nope|nah|naw|nee|nein|nej|nie|hayır|yok|non|não|nada|niets|nichts|inget|nic|niente|rien|none(?: of (?:those|these|them|the above|that))?|neither|nothing(?: else| more| like that| of (?:those|these|that))?|n\\/a|na|skip|(?:i\\s+(?:believe|think|reckon|guess|suppose)\\s+)?that'?s (?:it|all|everything|the lot|about it)(?:\\s+(?:folks|everyone|guys|y'all|for now))?|all good|no thanks?|no more(?: already)?|not needed|no need|honey|hon|dear|darlin'?|sugar|mate|love|pal|ma'?am|sir|-";

/**
 * Thanks and goodbyes said after it: "thank u sm", "Cheers pal", "Ta-ra", "Thanks a lot,
 * hon, you have a good one", "Y'all have been a big help".
 */
const COURTESY =
  "thanks?|thank\\s+(?:you|u|ya|yous)|thx|ty|tysm|cheers|ta|ta-ra|bye|see\\s+ya|much\\s+appreciated|appreciate\\s+it|blessings|god\\s+bless|gracias|merci|danke|grazie|grazas|obrigad[oa]|you\\s+have\\s+a\\s+good\\s+one|have\\s+a\\s+good\\s+one|(?:y'all|you|you\\s+all|you\\s+guys)(?:'ve|\\s+have)?\\s+been\\s+(?:a\\s+)?(?:big|great|real|huge|such\\s+a)?\\s*help|that(?:'d|\\s+would)\\s+be\\s+(?:great|grand|gradely|lovely|brilliant|ace|champion|class|mint|sound|perfect|smashing|magic)";

/** The words a thanks goes on with, none of which asks for anything: "a lot", "so much", "hon", "ace boy". */
const COURTESY_WORDS =
  "a|lot|so|ever|much|sm|very|again|heaps|loads|for|everything|all|your|the|help|hon|honey|mate|pal|boy|ace|dear|love|luv|bud|buddy|sir|man|bro|brah|guys|folks|everyone|y'all|you|u|have|good|great|one|day|now|then|bye|see|ya|hey|ok|okay|kindly|homie|take|care|chief|boss|duck|pet|hen|cock|chuck|our\\s+kid|lad|lass|mi\\s+duck";

const GAP = "[^\\p{L}\\p{N}]";

/**
 * "no", "nothing else", "that's all", "Naw, that's it. Cheers pal.", "That's everything,
 * thanks! Priya": an answer that adds nothing. Only what is not a letter or a digit parts
 * its words, so an answer written in another alphabet is never taken for one.
 */
export const NOTHING_MORE = new RegExp(
  `^\\s*(?:\\d+[.)]\\s*|[-*•]\\s*)?(?:${NONE_SAID})(?:${GAP}+(?:${NONE_SAID}))*(?:${GAP}+(?:${COURTESY})(?:[^\\S\\n]*,?[^\\S\\n]+(?:${COURTESY_WORDS}))*)*(?:${GAP}*(?:ya|lah|la|ah|ok|okay)(?![\\p{L}\\p{N}]))?(?:${GAP}*\\n\\s*[\\p{L}.]{1,20})?${GAP}*$`,
  "iu",
);

/** "Projects belong to a client and have ,, like acme-website": what is left of a sentence whose fields were read. */
const LIST_TAKEN_OUT = /\b(?:has|have|holds|with|to)\s*,|,\s*,/i;

/**
 * "customers have name, phone, area": with its fields taken out, "Customers have" (or
 * "Orders have customer", a person field left in) is what is left of a list, said nothing.
 */
function isLeftOfAList(statement: string, withoutLists: string): boolean {
  const leftOver = statement.match(
    /^((?:the\s+)?[\p{L}\p{M}-]+(?:\s+[\p{L}\p{M}-]+)?\s+(?:has|have|got)(?:\s+(?:(?:a|an|the)\s+)?[\p{L}\p{M}-]+)?)$/iu,
  );
  return (
    leftOver !== null &&
    new RegExp(`(?:^|[.;!?\\n]\\s*)${escapeRegExp(leftOver[1]!)}\\s*,`, "iu").test(withoutLists)
  );
}

/** "find TEXT searches names and notes" → "The find command searches names and notes". */
const COMMAND_DOES =
  /^([a-z][\w-]*)\s+(?:(?:[A-Z][A-Z_\d]*|--?[\w-]+(?:\s+[A-Z][A-Z_\d]*)?|[\w.-]+\.\w+)\s+)*?((?:prints|searches|finds|lists|shows|adds|moves|marks|dumps|exports|imports|writes|reads|sends|checks|deletes|removes|renames|creates|makes|saves|starts|stops|reports|runs|counts|copies|splits|merges|updates|opens|closes)\s+.+?)[.!]*$/;

export function commandsDoing(commands: string): string[] {
  return commands.split(/(?<=[.!?])\s+|\n+/).flatMap((sentence) => {
    const doing = sentence.trim().match(COMMAND_DOES);
    return doing ? [`The ${doing[1]} command ${doing[2]}`] : [];
  });
}

/** The feature statements from every answer, before clarifications are folded in. */
export function rawStatements(state: InterviewState): PersonStatement[] {
  const statements: PersonStatement[] = [];
  const add = (texts: string[], categoryHint: string | null = null) => {
    for (const text of texts) statements.push({ text, categoryHint });
  };
  const interviewInEnglish = isEnglish(
    [...state.overview, state.mainExperience ?? "", state.manages ?? "", state.domainExtras ?? ""].join("\n"),
  );
  // What was read of a text, then its sentences in which nothing was read, kept whole; a
  // thing said first and pointed back at ("Catalytic converters, we only take them if …") in
  // the place it is pointed back at.
  const read = (said: string, options: Parameters<typeof splitStatements>[1]) => {
    const text = interviewInEnglish ? withTopicsPlaced(said) : said;
    const statements = splitStatements(text, options);
    return [...statements, ...unreadSentences(text, statements, options?.houseRules !== true)];
  };
  // (Only the first answer tells of the business; "tell me more" says what people do in the app:
  // "we pick a book each month and meet to talk about it".)
  for (const [index, overview] of state.overview.entries())
    add(read(overview, { keepVerbless: false, interviewInEnglish, overview: index === 0 }));
  if (state.mainExperience)
    add(
      read(state.mainExperience, {
        keepVerbless: false,
        interviewInEnglish,
        houseRules: true,
        ordersAreRules: state.kind === "library",
      }),
    );
  // "pickup slots: a time and how many orders fit" lists what a slot holds; no feature hides in it.
  if (state.manages) {
    const withoutLists = withoutFields(
      withoutThingLists(withoutIntroductions(withoutRecordLines(state.manages))),
    );
    add(
      splitStatements(withoutLists, {
        keepVerbless: false,
        nounList: true,
        interviewInEnglish,
      }).filter((statement) => !LIST_TAKEN_OUT.test(statement) && !isLeftOfAList(statement, withoutLists)),
    );
  }
  // "A dry run that only sends the email would be handy": a wish said with the commands is a
  // feature too; the commands and flags themselves ("--out FILE says where") are not.
  if (state.commands) {
    add(
      splitStatements(state.commands, { keepVerbless: false, interviewInEnglish }).filter(
        (statement) => !/(?:^|\s)--?[a-z]|\b[A-Z]{3,}\b/.test(statement) && !/^[a-z-]+\s/.test(statement),
      ),
    );
    // "find TEXT searches names and notes, with --owner to filter by person": what a command
    // does is a feature of the tool, said with the command's name.
    add(commandsDoing(state.commands));
  }
  if (state.domainExtras && !NOTHING_MORE.test(state.domainExtras)) {
    add(read(state.domainExtras, { keepVerbless: true, interviewInEnglish }));
  }
  for (const extra of state.extraFeatures)
    add(splitStatements(extra.text, { keepVerbless: true, interviewInEnglish }), extra.category);
  return dedupe(statements);
}

/**
 * The person's features as the spec will carry them: each vague one with what they
 * said it means, minus anything they asked to remove.
 */
export function personStatements(state: InterviewState): PersonStatement[] {
  return rawStatements(state)
    .map((statement) => {
      const clarification = state.clarifications.find((entry) => entry.statement === statement.text);
      if (!clarification?.answer) return statement;
      return { ...statement, text: `${statement.text}: ${clarificationText(clarification.answer)}` };
    })
    .filter((statement) => !isRemoved(statement.text, state.removals));
}

/** "Helen's bit about what to keep, from further down the same thread:": a line that introduces what follows says nothing itself. */
function withoutIntroductions(text: string): string {
  return text.replace(/^[^\n:]*:[ \t]*$/gm, "");
}

function clarificationText(answer: string): string {
  const flat = answer
    .replace(/\s*\n\s*(?:[-*•]\s*)?/g, "; ")
    .replace(/^[-*•]\s*/, "")
    .replace(/[\s.!]+$/, "")
    .trim();
  return flat.length > 0 ? flat[0]!.toLowerCase() + flat.slice(1) : flat;
}

export function isRemoved(feature: string, removals: readonly string[]): boolean {
  const lower = feature.toLowerCase();
  return removals.some((phrase) => phrase.length > 0 && (lower.includes(phrase) || sameWords(lower, phrase)));
}

/** Words too common to tell one feature from another. */
const COMMON = new Set(
  "between with from that this into onto about their them they your users user".split(" "),
);

/**
 * "dragging candidates between desks" removes "drag a candidate to a different desk": the
 * same words, in other forms. Only for removals of two words or more.
 */
function sameWords(feature: string, removal: string): boolean {
  // ("the 10% for schools": a number or a share tells one feature from another as a word does.)
  const wanted = stems(removal).filter((word) => (word.length >= 4 || /\d/.test(word)) && !COMMON.has(word));
  if (wanted.length < 2) return false;
  const have = stems(feature);
  return wanted.every((word) =>
    have.some((had) => had === word || had.startsWith(word) || word.startsWith(had)),
  );
}

function dedupe(statements: PersonStatement[]): PersonStatement[] {
  const seen = new Set<string>();
  return statements.filter((statement) => {
    const key = statement.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The statements still too vague to build from, in the order they were said. */
export function vagueStatements(state: InterviewState): string[] {
  const asked = new Set(state.clarifications.map((entry) => entry.statement));
  return rawStatements(state)
    .map((statement) => statement.text)
    .filter((text) => isVague(text) && !asked.has(text));
}
