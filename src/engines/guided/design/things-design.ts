import type { InterviewState } from "../interview/state.js";
import { pluralize, singularize } from "../language/inflection.js";
import { isComputed, isPerson, isRecord } from "../language/noun-kinds.js";
import { escapeRegExp } from "../language/regexp.js";
import { detectEntities, type EntityInput } from "../understanding/entities.js";
import {
  type Exclusion,
  exclusionOf,
  findExclusions,
  IDENTIFIED_BY_NUMBER,
  isNegation,
  mentionsExcluded,
  namesAnotherOne,
  narrowedWhereWanted,
  stems,
  takenBack,
} from "../understanding/exclusions.js";
import { pointedBackExclusions } from "../understanding/exclusions-pointed-back.js";
import { dateWhenDone, namedAsColumn } from "../understanding/fields.js";
import { withoutHouseRules } from "../understanding/house-rules.js";
import { isEnglish } from "../understanding/language.js";
import { noSaidByItsShape } from "../understanding/negations-by-shape.js";
import { NOTHING_MORE } from "../understanding/person-statements.js";
import { properNames } from "../understanding/proper-names.js";
import {
  keyOf,
  mergeThings,
  readThings,
  type SaidField,
  type SaidThing,
  sameWordElsewhere,
} from "../understanding/things.js";
import { asPlainChange } from "./change-phrasing.js";
import { yesOrNoPutOnByShape } from "./changes-by-shape.js";
import { NEXT_CHANGE_ELSEWHERE } from "./changes-elsewhere.js";

/** "you decide", "not sure": the person leaves the list to the interviewer. */
export const LEFT_TO_US =
  /^\s*(?:you decide|up to you|not sure|no idea|dunno|i don'?t know|whatever you think|you choose|you pick|decide for me|t[uú] decides|no s[eé])\W*$/i;

/** Every text the person wrote, in the order they wrote it, with the answer it was. */
export function allPersonTexts(state: InterviewState): string[] {
  const texts = [...state.overview];
  if (state.mainExperience) texts.push(state.mainExperience);
  if (state.manages) texts.push(state.manages);
  if (state.commands) texts.push(state.commands);
  if (state.domainExtras) texts.push(state.domainExtras);
  for (const clarification of state.clarifications)
    if (clarification.answer) texts.push(clarification.answer);
  for (const extra of state.extraFeatures) texts.push(extra.text);
  texts.push(...state.thingEdits);
  return texts;
}

/**
 * "But the Hospitals one, no need. We only write the hospital name in the request": a record
 * taken out whose name another record keeps as one of its fields goes as a table only, and the
 * word stays wherever else it is said. `things` are the records described, `edited` the same
 * after the person's changes (whose fields are the ones kept).
 */
export function isRecordKeptAsField(
  said: string,
  things: readonly SaidThing[],
  edited: readonly SaidThing[] = things,
): boolean {
  const key = keyOf(said.replace(/\s+one$/i, ""));
  return (
    things.some((thing) => thing.key === key) &&
    edited.some((thing) =>
      thing.fields.some(
        // ("Just leave the grower's name on the barrel": the name of one is the record kept as a field.)
        (field) => keyOf(field.refersTo ?? field.said.replace(/(?:['’]s)?\s+name$/iu, "")) === key,
      ),
    )
  );
}

/** What the person excluded anywhere in the interview, and what they took out after it, each said once. */
export function exclusionsOf(state: InterviewState): Exclusion[] {
  const found: Exclusion[] = [];
  const add = (exclusion: Exclusion | null) => {
    if (exclusion && !found.some((known) => known.said.toLowerCase() === exclusion.said.toLowerCase()))
      found.push(exclusion);
  };
  let described: SaidThing[] | null = null;
  let edited: SaidThing[] | null = null;
  const keptAsField = (exclusion: Exclusion) => {
    described ??= thingsDescribed(state);
    edited ??= thingsAsEdited(state);
    return isRecordKeptAsField(exclusion.said, described, edited);
  };
  for (const text of allPersonTexts(state)) {
    if (NOTHING_MORE.test(text)) continue;
    const aboutData = text === state.manages;
    const edit = state.thingEdits.includes(text);
    // The walkthrough's "no dogs on any trip" is a rule of the business, nothing turned down.
    const read = text === state.mainExperience ? withoutHouseRules(text) : text;
    for (const exclusion of findExclusions(read)) {
      if (edit && keptAsField(exclusion)) continue;
      add(aboutData && namesPeopleOnly(exclusion) ? { ...exclusion, dataOnly: true } : exclusion);
    }
    // "…, quai nun es nos affar": in the answer about what else there is, a "no" in a language
    // not known is read by its shape, the sentence's words before it kept out all together.
    if (text === state.domainExtras)
      for (const sentence of text.split(/(?<=[.!?])\s+|\n+/u)) {
        const thing = findExclusions(sentence).length === 0 ? noSaidByItsShape(sentence) : null;
        if (thing) add({ said: thing, keys: [stems(thing)], action: false });
      }
    // "I do want invoices after all": a later answer takes an earlier "skip invoices" back.
    for (const phrase of takenBack(text)) {
      const back = stems(phrase);
      for (let index = found.length - 1; index >= 0; index--)
        if (found[index]!.keys.some((key) => key.every((part) => back.includes(part))))
          found.splice(index, 1);
    }
  }
  for (const phrase of state.leftOut) add(exclusionOf(phrase));
  const wanted = allPersonTexts(state)
    .flatMap((text) => text.split(/(?<=[.!?])\s+|\n+/))
    .filter((sentence) => findExclusions(sentence).length === 0);
  const priced = pricedInTheWalkthrough(state.mainExperience);
  // ("Take the engraving out" at the review, after "Engraving a name is $5 a piece": what the
  // person takes out by name, after seeing the spec, goes with every rule that names it.)
  const takenOut = new Set(state.leftOut.map((phrase) => phrase.toLowerCase()));
  return found.map((exclusion) =>
    narrowedWhereWanted(
      takenOut.has(exclusion.said.toLowerCase()) ? exclusion : withoutWhatTheyPrice(exclusion, priced),
      wanted,
    ),
  );
}

/**
 * "Chowders go by the bushel, $30 a bushel": what a sentence of the walkthrough opens on and
 * puts a price to is something the business sells, as stems.
 */
function pricedInTheWalkthrough(walkthrough: string | null): string[] {
  if (!walkthrough) return [];
  return walkthrough
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => /[$£€¥₹₦]\s?\d|\d\s*(?:cents?|dollars?|euros?|pounds?)\b/iu.test(sentence))
    .flatMap((sentence) => {
      const opening = sentence
        .replace(/^\s*(?:[-*•]|\d+[.)])?\s*(?:the\s+)?/iu, "")
        .match(/^[\p{L}-]+/u)?.[0];
      return opening ? stems(opening) : [];
    });
}

/**
 * "The retail, the stuffies and the chowder, …, keep it out", after "Chowders go by the bushel,
 * $30 a bushel" in the walkthrough: a "no" whose one word names what the person prices as their
 * own trade means something else by it (the market's chowder, not the clam). It stays out of the
 * data and out of scope, and takes no rule of the walkthrough with it.
 */
function withoutWhatTheyPrice(exclusion: Exclusion, priced: readonly string[]): Exclusion {
  if (exclusion.action || priced.length === 0) return exclusion;
  const names = exclusion.keys.every((key) => key.length === 1 && priced.includes(key[0]!));
  return names ? { ...exclusion, dataOnly: true } : exclusion;
}

/** "the parents in there": an exclusion whose every key is one person word. */
function namesPeopleOnly(exclusion: Exclusion): boolean {
  return exclusion.keys.every((key) => key.length === 1 && isPerson(singularize(key[0]!)));
}

/**
 * The things the software keeps: what the person listed with its fields anywhere, what
 * they named when asked, the suggestions they accepted, then their changes in order.
 * Nothing they excluded, and nothing the interviewer merely guessed.
 */
export function thingsOf(state: InterviewState): SaidThing[] {
  const exclusions = exclusionsOf(state);
  return thingsAsEdited(state)
    .filter((thing) => !mentionsExcluded(thing.said, exclusions))
    .map((thing) => ({
      ...thing,
      fields: thing.fields.filter(
        (field) =>
          !mentionsExcluded(
            field.said,
            exclusions.filter((exclusion) => !namesAnotherOne(exclusion, field.said, thing.said)),
            thing.key,
          ),
      ),
    }));
}

/** The things the person described and their changes to them, before anything excluded is taken out. */
function thingsAsEdited(state: InterviewState): SaidThing[] {
  let things = thingsDescribed(state);
  for (const edit of state.thingEdits) things = applyThingEdit(things, edit);
  return things;
}

/** The things the person described, before their changes and before anything excluded is taken out. */
function thingsDescribed(state: InterviewState): SaidThing[] {
  const described: SaidThing[][] = [];
  const listed =
    state.manages && !NOTHING_MORE.test(state.manages) && !LEFT_TO_US.test(state.manages)
      ? readThings(withoutNegations(state.manages), { listed: true })
      : [];
  // "Every bag got the island, …" told of the "Kava bags" listed: the short name is the listed thing.
  const asListed = (things: readonly SaidThing[]) =>
    things.map((thing) => {
      const full = listed.find((known) => known.key !== thing.key && known.key.endsWith(` ${thing.key}`));
      return full ? { ...thing, said: full.said, key: full.key } : thing;
    });
  for (const text of [...state.overview, state.mainExperience, state.domainExtras].filter(isText))
    described.push(asListed(readThings(withoutTurnedDown(text), { listed: false })));
  described.push(listed);
  for (const clarification of state.clarifications)
    if (clarification.answer) described.push(asListed(readThings(clarification.answer, { listed: false })));
  described.push(state.acceptedSuggestions.map((key) => ({ said: key, key, fields: [] })));
  return withoutRestatedRecords(
    withoutListedValues(
      withoutFieldDetails(
        withBorrowedPlurals(mergeThings(described), allPersonTexts(state).join("\n")),
        listed,
      ),
      listed,
    ),
    listed,
  );
}

/**
 * "bookings - trip, passenger name, mobile number, …" listed, and "Every ticket has the
 * passenger's name and mobile number" told as a rule: a thing said only in prose, whose fields
 * are all fields of one listed thing, is that thing told by another name, no table of its own.
 * (A thing the listed one points at, "customer" on the orders, stays whatever its fields.)
 */
function withoutRestatedRecords(things: SaidThing[], listed: readonly SaidThing[]): SaidThing[] {
  const sameField = (one: string, other: string) =>
    one === other || one.endsWith(` ${other}`) || other.endsWith(` ${one}`);
  const fieldKeys = (thing: SaidThing) => thing.fields.map((field) => keyOf(field.said));
  const pointedAt = new Set(
    listed.flatMap((thing) => thing.fields.map((field) => keyOf(field.refersTo ?? field.said))),
  );
  return things.filter(
    (thing) =>
      listed.length === 0 ||
      // ("Lulavim" listed, told in prose as "every lulav": the same thing, by its own plural.)
      listed.some(
        (known) => known.key === thing.key || known.said.toLowerCase() === thing.said.toLowerCase(),
      ) ||
      pointedAt.has(thing.key) ||
      thing.fields.length < 2 ||
      !listed.some((known) =>
        fieldKeys(thing).every((field) => fieldKeys(known).some((other) => sameField(field, other))),
      ),
  );
}

/**
 * "Sales: buyer, date, jars or jerrycans, …", then "Every jar and every jerrycan has the batch
 * number": what a listed field is said by, one of its values, told more of in prose, is that
 * value, no thing of its own.
 */
function withoutListedValues(things: SaidThing[], listed: readonly SaidThing[]): SaidThing[] {
  const values = new Set(
    listed.flatMap((thing) =>
      thing.fields.flatMap((field) =>
        /\sor\s/iu.test(field.said)
          ? field.said
              .split(/\s+or\s+/iu)
              .filter((value) => !/^not$/iu.test(value))
              .map((value) => singularize(value.trim().toLowerCase()))
          : [],
      ),
    ),
  );
  return things.filter(
    (thing) => listed.some((known) => known.key === thing.key) || !values.has(singularize(thing.key)),
  );
}

/**
 * "drops: name, date, sizes with how many each", then "Every size got its own count": a
 * listed thing's field, told more of in prose with only how many, is that field, no thing.
 */
function withoutFieldDetails(things: SaidThing[], listed: readonly SaidThing[]): SaidThing[] {
  const listedFields = new Set(
    listed.flatMap((thing) => thing.fields.map((field) => keyOf(field.refersTo ?? field.said))),
  );
  return things.filter(
    (thing) =>
      listed.some((known) => known.key === thing.key) ||
      !listedFields.has(thing.key) ||
      thing.fields.length !== 1 ||
      !/^(?:count|number|amount|total|quantity|limit|how\s+many(?:\s+[\p{L}-]+)?)$/iu.test(
        thing.fields[0]!.said,
      ),
  );
}

/**
 * "Esrogim (number, kind, grade)" and "every esrog has a number": a word English borrowed
 * with its own plural ("-im") is one thing, its singular the word the person also wrote.
 * Only a singular the person wrote counts, so "victim" or "denim" never lose a letter.
 */
function withBorrowedPlurals(things: SaidThing[], text: string): SaidThing[] {
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{M}'’-]+/gu) ?? []);
  const singularOf = (key: string) =>
    /^[a-z]{3,}im$/.test(key) && words.has(key.slice(0, -2)) ? key.slice(0, -2) : key;
  const kept: SaidThing[] = [];
  for (const thing of things) {
    const key = singularOf(thing.key);
    const plural = key === thing.key ? null : thing.said;
    const same = kept.find((known) => known.key === key || singularOf(known.key) === key);
    if (!same) {
      kept.push({ ...thing, key });
      continue;
    }
    if (plural) same.said = plural;
    same.key = key;
    for (const field of thing.fields)
      if (!same.fields.some((known) => known.said === field.said)) same.fields.push(field);
  }
  return kept;
}

/**
 * Fields the person took off at "Your data" ("Tira a altura e o peso dos alunos") that no
 * thing keeps any more, as exclusions for the features that still name them ("fills in
 * the name, the email, the height and the weight"): a feature keeps the rest of its list.
 */
export function fieldsTakenOff(state: InterviewState): Exclusion[] {
  if (state.thingEdits.length === 0) return [];
  const before = thingsOf({ ...state, thingEdits: [] });
  const after = thingsOf(state);
  const kept = new Set(after.flatMap((thing) => thing.fields.map((field) => singularize(field.said))));
  const stillKept = new Set(after.map((thing) => thing.key));
  // A thing taken out takes its fields with it; the features that name them stay ("the rest
  // of the money within 7 days" after the diesel log, with its money, is gone).
  const gone = before
    .filter((thing) => stillKept.has(thing.key))
    .flatMap((thing) => thing.fields.map((field) => field.said))
    .filter((field) => !kept.has(singularize(field)));
  return [...new Set(gone)].flatMap((field) => exclusionOf(field) ?? []);
}

/**
 * The plurals to keep as the person wrote them: in an interview held in another
 * language, every thing's name as said ("Mitglieder", "camere"), since English rules
 * would make "mitglieders" and "cameres" of them. In English, a plural the person wrote
 * ("techs") wins over the rules' guess ("teches"); a name said in the singular follows
 * the rules.
 */
export function ownPluralsOf(state: InterviewState): Map<string, string> {
  const plurals = new Map<string, string>();
  const texts = allPersonTexts(state).filter((text) => !NOTHING_MORE.test(text));
  if (texts.length === 0) return plurals;
  const english = isEnglish(texts.join("\n"));
  const written = new Set(
    texts
      .join(" ")
      .toLowerCase()
      .split(/[^\p{L}\p{M}'’-]+/u),
  );
  for (const thing of thingsOf(state)) {
    const said = thing.said.toLowerCase();
    if (!english) plurals.set(thing.key, pluralWrittenOf(thing.said, written) ?? thing.said);
    else if (said !== thing.key && /^[a-z][a-z' -]*s$/.test(said) && singularize(said) === thing.key)
      plurals.set(thing.key, said);
    // "esrogim", an English borrowing's own plural (see withBorrowedPlurals).
    else if (said === `${thing.key}im`) plurals.set(thing.key, said);
  }
  return plurals;
}

/**
 * The plural a person wrote of a name they gave in the singular ("Cada quesu tien …", then
 * "los quesos"; "Cada pidíu …", then "munchos pidíos"; "cliente", then "los clientes"): the
 * table is named as they name many of them. Only the plural endings the Romance languages
 * share are tried, "-s", "-es", Asturian "-u" to "-os" and Italian "-e" to "-i", and the Turkic
 * endings below, among the words the person wrote.
 */
/** Small words only Italian, Neapolitan and Ligurian write among the languages read. */
const ITALIAN_WORD =
  /^(?:il|che|per|della|degli|delle|ogni|ogne|tene|nun|chesto|sono|abbiamo|facciamo|anche|perché|pecché|ògni|ciù|primma|mæ|coscì|ninte|quande)$/u;

/** The Turkic plural endings, by vowel harmony and the sound before them. */
const TURKIC_PLURAL = /(?:лар|ләр|нар|нәр|дар|дәр|тар|тәр|лер|дер|тер|лор|лөр)/u;
/** The cases written after a Turkic plural: of, to, in, from, and the one acted on. */
const TURKIC_CASE =
  /(?:ның|нең|дын|дин|ны|не|ды|ди|ын|ен|ы|е|га|гә|ге|ка|кә|да|дә|та|тә|дан|дән|тан|тән|нан|нән)/u;

function pluralWrittenOf(said: string, written: ReadonlySet<string>): string | null {
  const singular = said.toLowerCase();
  if (singular.includes(" ") || /s$/u.test(singular) || singular.length < 3) return null;
  const forms = [`${singular}s`, `${singular}es`];
  if (singular.endsWith("u")) forms.push(`${singular.slice(0, -1)}os`);
  // Italian and Neapolitan "cliente" → "clienti", "pizza" → "pizze", where the person writes
  // Italian's small words (Slovenian "intervenciji" is no plural of "intervencijo").
  if (/[aeo]$/u.test(singular) && [...written].filter((word) => ITALIAN_WORD.test(word)).length >= 2)
    forms.push(italianPlural(singular));
  const romance = forms.find((form) => written.has(form));
  if (romance || !/\p{Script=Cyrillic}$/u.test(singular)) return romance ?? null;
  // The Turkic plurals, "-лар" or "-ләр" by the word's last vowel, "-нар" after a nasal in
  // Tatar, "-дар" and "-тар" in Kazakh and Kyrgyz ("клиентлар", "мунчалар", "кардарлар"), said
  // alone or with a case written after ("язылуларда", on the bookings; "язылуларын").
  const turkic = new RegExp(
    `^(${escapeRegExp(singular)}${TURKIC_PLURAL.source})${TURKIC_CASE.source}?$`,
    "u",
  );
  for (const word of written) {
    const plural = word.match(turkic)?.[1];
    if (plural) return plural;
  }
  return null;
}

function isText(text: string | null): text is string {
  return text !== null && text.trim().length > 0 && !NOTHING_MORE.test(text);
}

/**
 * "Jobs and vans, no invoices": the excluded part names nothing to keep. A "no" ends its
 * line: "inducted or no" closes a list, and the next line's thing is kept. ("bins done, not
 * out, price": a state said with "not" is a field, a yes or no; so is "no scallion y/n".)
 */
/**
 * "The guides for the Vallée de Mai, that is the SIF, sa i pa nou zafer": a sentence in
 * prose that turns down what it opens on describes nothing to keep.
 */
function withoutTurnedDown(text: string): string {
  return text.replace(/[^.!?\n]+[.!?]*/gu, (sentence) =>
    pointedBackExclusions(sentence).length > 0 ? "" : sentence,
  );
}

/**
 * A "no", "not", "without" or "sin" and what it turns down, up to the next comma. ("Ahli (nama,
 * no IC, no telefon)": "no" before the Malay word for what identifies someone is "number".)
 * ("entregado si o no i esta bien si o no": the "no" a yes-or-no is answered with is none.)
 */
const NEGATED_IN_A_LIST = new RegExp(
  String.raw`(?:^|[,;][^\S\n]*|[^\S\n])(?:(?<!\b(?:si|sí|sì|schi|sci|sim|oui|ja|yes|da|tak|evet)[^\S\n]+(?:o|ò|ou|or|oder|ili|lub|veya)[^\S\n]+)no(?![^\S\n]+(?:${IDENTIFIED_BY_NUMBER})[^\S\n]*(?:[,;.)\n]|$))(?![^\S\n]+[^,;.\n]*?[^\S\n]\(?(?:y\/n|yes\/no|yes[^\S\n]+or[^\S\n]+no)\)?[^\S\n]*(?:[,;.\n]|$))|(?<!\bor[^\S\n]+)not(?![^\S\n]+(?:out|in|home|paid|done|collected|delivered|ready|available|picked\s+up)[^\S\n]*[,;.\n])|without|sin)[^\S\n]+[^,;.\n]+`,
  "giu",
);

function withoutNegations(text: string): string {
  return text.replace(NEGATED_IN_A_LIST, " ");
}

/**
 * The interviewer's own guesses at what else to keep, from the nouns the person keeps
 * using: never one they excluded, one already kept, or a field of a kept thing.
 */
export function thingSuggestions(state: InterviewState): string[] {
  const things = thingsOf(state);
  const exclusions = exclusionsOf(state);
  // The nouns are told apart by the English tagger: in another language ("వేస్తాం", "6కి") its
  // guesses would be the person's verbs and times, so none are offered.
  const inputs: EntityInput[] = [...state.overview, state.mainExperience]
    .filter(isText)
    .filter((text) => isEnglish(text))
    .map((text) => ({ text, explicit: false }));
  const detected = detectEntities(inputs);
  // ("tuk tuk" in the overview is the "tuk-tuk" kept: a hyphen parts no two things.)
  // ("committees", when "parish committees" are kept, is the same thing said short.)
  const kept = new Set(
    things.flatMap((thing) => [thing.key, thing.key.replace(/-/g, " "), thing.key.split(/\s+/).pop()!]),
  );
  const fields = new Set(things.flatMap((thing) => thing.fields.map((field) => singularize(field.said))));
  const rejected = new Set(state.thingEdits.flatMap(removedNames));
  // "loads them into BigQuery", "Dave keeps a sheet": a name is no thing to keep.
  const names = properNames(inputs.map((input) => input.text));
  return [...detected.entities, ...((state.accounts ?? "none") === "none" ? detected.people : [])]
    .filter((key) => !kept.has(key) && !fields.has(key) && !rejected.has(key))
    .filter((key) => !key.split(" ").some((word) => names.has(word)))
    .filter((key) => !isComputed(key) && !isRecord(key))
    .filter((key) => !mentionsExcluded(key, exclusions))
    .slice(0, 3);
}

/** The things an edit removes, singular. */
function removedNames(edit: string): string[] {
  const removal = edit.match(REMOVE_THING);
  return removal ? namesIn(removal[1]!) : [];
}

/**
 * "rename vans to trucks", "call the vans trucks"; "Please call the trekkers 'visitors'
 * instead": the new name in quotes needs no "to".
 */
const RENAME =
  /^(?:please\s+)?(?:rename|call)\s+(?:the\s+)?(.+?)\s+(?:(?:to|as|into)\s+(.+?)|['‘"“]([^'’"”]+)['’"”](?:\s+instead)?)[.!]*$/iu;
/**
 * "call the customers houses": a thing's new name said straight after it, with no "to" and
 * no quotes, is read where the old name is one of the things kept. The match has the old
 * name first and the new one second, as RENAME's has.
 */
function calledAnew(things: readonly SaidThing[], text: string): [string, string, string] | null {
  // ("call the moorings the river moorings, there's sea ones too": why, after a comma, is no part of the name.)
  const called = text.match(
    /^(?:please\s+)?call\s+(?:the\s+|all\s+the\s+)?([^,;.!]+?)(?:\s*[,;].*)?[.!]*$/iu,
  );
  if (!called) return null;
  const words = called[1]!.split(/\s+/);
  for (let split = 1; split < words.length && split <= 3; split++) {
    const before = words.slice(0, split).join(" ");
    // "call the sales the counter sales": the new name may come with its own "the"; "call the
    // class days just classes" with a word that says it is shorter.
    const after = words
      .slice(split)
      .join(" ")
      .replace(/^(?:just|simply|only|plain)\s+/i, "")
      .replace(/^the\s+/i, "");
    if (words.length - split > 3) continue;
    if (things.some((thing) => thing.said.toLowerCase() === before.toLowerCase()))
      return [called[0], before, after];
  }
  return null;
}

/** "remove priority from jobs", "Enlève le type de contrat sur les clients", "quita el teléfono de los clientes". */
const REMOVE_FIELD =
  /^(?:please\s+)?(?:remove|drop|delete|take out|no|enlève|enleve|enlever|enlevez|retire|retirez|supprime|supprimez|ôte|quita|quitad|elimina|borra)\s+(?:(?:the|le|la|les|el|los|las)\s+|l['’])?(.+?)\s+(?:from|on|in|of|sur|des|de|du|aux|dans|del)\s+(?:(?:the|le|la|les|el|los|las)\s+|l['’])?(.+?)[.!]*$/iu;
/** "Enlève le type de contrat sur les clients": the field's own words may hold "de" too, so the owner is read last. */
const REMOVE_FIELD_WHOLE = new RegExp(
  REMOVE_FIELD.source.replace("(.+?)\\s+(?:from", "(.+)\\s+(?:from"),
  "iu",
);
/** "take the price off products", "leave phone out of suppliers". */
const TAKE_FIELD_OFF =
  /^(?:please\s+)?(?:take|tak|tek|leave|keep)\s+(?:the\s+|da\s+)?(.+?)\s+(?:off|aff|out of|off of)\s+(?:the\s+|da\s+)?([^,]+?)(?:,.*)?[.!]*$/iu;
const REMOVE_THING =
  /^(?:please\s+)?(?:remove|drop|delete|take out|don'?t (?:keep|track|need)|no need for|no)\s+(?:the\s+)?(.+?)(?:\s+tables?)?[.!]*$/iu;
/** "add a due date to jobs", "add landmark in the customers", "ajoute un courriel aux clients", "añade un correo a los clientes". */
const ADD_FIELDS =
  /^(?:please\s+)?(?:also\s+)?(?:add|put|pit|give|ajoute|ajouter|ajoutez|rajoute|añade|agrega|añadid)\s+(?:an?\s+|the\s+|une?\s+|un\s+|una\s+|le\s+|la\s+|el\s+|l['’])?(.+?)(?:\s+back)?\s+(?:to|on|for|in|into|aux|à|au|sur|pour|a)\s+(?:the\s+|each\s+|every\s+|les\s+|la\s+|le\s+|chaque\s+|los\s+|las\s+|l['’])?([^,]+?)(?:\s+(?:an['’]|and)\s+all)?(?:\s+(?:for (?:stuff|things) like|so that|so)\b.*|,.*)?[.!]*$/iu;
/** "put the message on the cake on the orders": the field's own words may hold "on" too, so the thing is read last. */
const ADD_FIELDS_WHOLE = new RegExp(
  ADD_FIELDS.source.replace("(.+?)(?:\\s+back)?", "(.+)(?:\\s+back)?"),
  "iu",
);
const HAS_FIELDS =
  /^(.+?)\s+(?:also\s+)?(?:has|have|holds|need|needs|gets?|wants?(?=\s+(?:an?|the)\s))\s+(?:an?\s+|the\s+)?(.+?)[.!]*$/iu;
const ADD_THING =
  /^(?:please\s+)?(?:also\s+)?(?:add|keep|track|also keep|also track|include)\s+(?:also\s+)?(?:an?\s+|the\s+|some\s+)?(?:(?:table|list)\s+(?:of|for)\s+)?/iu;

/**
 * A change to the list in the person's words: "rename vans to trucks", "remove priority
 * from jobs", "remove customers", "add invoices with a number and an amount", "jobs also
 * have a due date", or a new list ("Trucks: name, driver").
 */
/**
 * "Take the email off the committees" when the thing kept is "parish committees": a thing named
 * by the last word of its name, when no other thing ends in that word.
 */
function namedByLastWord(things: readonly SaidThing[], key: string): SaidThing | undefined {
  if (/\s/.test(key)) return undefined;
  const ending = things.filter(
    (thing) => thing.key.split(/\s+/).length > 1 && thing.key.split(/\s+/).pop() === key,
  );
  return ending.length === 1 && !things.some((thing) => thing.key === key) ? ending[0] : undefined;
}

export function applyThingEdit(things: readonly SaidThing[], edit: string): SaidThing[] {
  // "Drop the colour from items, the description says it anyway. And claims also need the
  // booking reference.": each sentence is a change of its own.
  return (
    edit
      // (Belarusian "…, а ў паказаннях …": "and in the readings" opens a change of its own, as
      // Lao "ແລະ ເພີ່ມ…", "and add …", does.)
      .split(/(?<=[.!?।])\s+(?=\S)|\n+|,\s+(?=а\s+(?:у|ў|в)\s)/u)
      .flatMap((sentence) => sentence.split(NEXT_CHANGE_ELSEWHERE))
      .flatMap(spokenChanges)
      .map(asPlainChange)
      .map((sentence) => yesOrNoPutOnByShape(sentence, things))
      .filter((sentence) => sentence.length > 0)
      .map((sentence) => offTheThingThatHasIt(sentence, things))
      // Each change points back at the thing the one before it named, as that one was read.
      .reduce<string[]>((read, sentence) => {
        read.push(onThingSaidBefore(sentence, read.at(-1) ?? "", things));
        return read;
      }, [])
      .map((sentence, index, all) => onThingSaidBeforeElsewhere(sentence, all[index - 1] ?? "", things))
      .reduce<SaidThing[]>(applyOneEdit, [...things])
  );
}

/**
 * A change said in its own sentence that points back at the thing the one before named
 * ("… from the owners. And add their MoMo number"), with that thing named in it, so that it
 * can be applied, and kept, on its own.
 */
export function withThingSaidBefore(sentence: string, before: string, things: readonly SaidThing[]): string {
  const bare = sentence.replace(/^(?:(?:and|also|plus|oh|kindly|please)[,\s]+)+/i, "");
  const named = onThingSaidBefore(bare, before, things);
  return named === bare ? sentence : named;
}

/**
 * "Tak the email aff the knitters. Pit their isle on, Yell or Whalsay": a field put "on",
 * with no thing after it, goes on the thing the change before named; the examples of its
 * values after the comma are no part of it.
 */
function onThingSaidBefore(sentence: string, before: string, things: readonly SaidThing[]): string {
  // "And put the shoe sizes on there too, hon", "Put notes on 'em.": "there" is the thing the
  // change before named.
  const put = sentence.match(
    /^(?:please\s+)?(?:put|pit|add)\s+(?:(?:their|dir|the|da|a|an)\s+)?(.+?)\s+on(?:\s+(?:there|them|it|those|that|each\s+one|['’]?em|dem|um))?(?:\s+(?:too|as\s+well|also|instead))?(?:\s*[,.].*|\s*)$/iu,
  );
  // "And add their MoMo number, because …": "their" are the things the change before named.
  // "Put the shirt size, cause every diver get a t-shirt": said with no thing, the same.
  const theirs = put
    ? null
    : sentence.match(
        /^(?:please\s+)?(?:also\s+)?(?:add|put|include)\s+(?:their|its|dir|the|da|a|an)\s+(.+?)(?:\s+(?:too|as\s+well|also|instead))?(?:\s*[,.;].*|\s+(?:because|since|as|so|cause|cos|['’]cause)\s.*)?$/iu,
      );
  // "And add second phone, every member must give …": a field said with no article, in the
  // singular, is one of the thing named before too (a plural, "add invoices", is a thing of its own).
  const bare =
    put || theirs
      ? null
      : sentence.match(
          /^(?:please\s+)?(?:also\s+)?(?:add|put|include)\s+((?:[\p{L}\p{M}-]+\s+){0,2}[\p{L}\p{M}-]+)\s*(?:[,.;].*)?$/iu,
        );
  const single =
    bare &&
    singularize(bare[1]!.split(/\s+/).pop()!.toLowerCase()) === bare[1]!.split(/\s+/).pop()!.toLowerCase();
  if (!put && !theirs && !single) return sentence;
  const field = (put ?? theirs ?? bare)![1]!;
  const mentions = (text: string) =>
    things.filter((thing) =>
      // "every player has …", then "from the players": the thing as said, or more of it.
      new RegExp(`(?<![\\p{L}])${escapeRegExp(thing.said)}(?:s|es)?(?![\\p{L}])`, "iu").test(text),
    );
  // ("Put the tickets on the bookings" names its own thing; "put X to Y" too.)
  if (theirs && (/\s(?:on|to|onto|for|in)\s/i.test(field) || mentions(field).length > 0)) return sentence;
  const named = mentions(before)[0];
  return named ? `put ${field} on ${named.said}` : sentence;
}

/**
 * "Take the tribe off, they come from all over", "drop the licence class": a field taken off
 * with no thing named comes off the one thing that has it; said of several, it names none,
 * and stays as said.
 */
function offTheThingThatHasIt(sentence: string, things: readonly SaidThing[]): string {
  const off =
    sentence.match(
      /^(?:please\s+)?(?:take|tek|tak)\s+(?:(?:the|their|da|dat)\s+)?(.+?)\s+off(?=\s*(?:[,.!;]|$))(.*)$/iu,
    ) ??
    // "Take off who sent them to us, we don't really need that": "off" before the field.
    sentence.match(
      /^(?:please\s+)?(?:take|tek|tak)\s+off\s+(?:(?:the|their|da|dat)\s+)?((?:(?!\s(?:from|of)\s)[^,.!;])+?)(?=\s*(?:[,.!;]|$))(.*)$/iu,
    ) ??
    // "drop the licence class", "Take out the area, men, …": the same, with no "off".
    sentence.match(
      /^(?:please\s+)?(?:drop|remove|delete|scrap|lose|take\s+out)\s+(?:(?:the|their|da|dat)\s+)?((?:(?!\s(?:from|off|on|in|of)\s)[^,.!;])+?)(?=\s*(?:[,.!;]|$))(.*)$/iu,
    );
  if (!off) return sentence;
  const field = singularize(off[1]!.toLowerCase());
  // "drop the drivers" takes a thing out, whatever else has a driver.
  if (things.some((thing) => thing.key === keyOf(off[1]!))) return sentence;
  // "Take out the mother or father": fields read apart from one "or" come off together.
  const parts = field.split(/\s+(?:or|and|&)\s+/u).map((part) => singularize(part));
  const has = (thing: SaidThing, said: string) =>
    thing.fields.some((known) => singularize(known.said) === said);
  const owners = things.filter(
    (thing) => has(thing, field) || (parts.length > 1 && parts.every((part) => has(thing, part))),
  );
  return owners.length === 1 ? `take the ${off[1]} off the ${owners[0]!.said}${off[2]}` : sentence;
}

/**
 * "Quítalle o teléfono aos peregrinos. E engádelles o lugar de inicio": in another language, a
 * change whose verb says "to them" and names no thing is a change to the thing the change
 * before named.
 */
function onThingSaidBeforeElsewhere(sentence: string, before: string, things: readonly SaidThing[]): string {
  const clause = sentence.split(/[,;:]/)[0]!;
  const words = clause.split(/\s+/).map((word) => word.replace(/[.!]+$/, ""));
  const verb = words.findIndex((word) => ADD_VERB_ELSEWHERE.test(word) || REMOVE_VERB_ELSEWHERE.test(word));
  if (verb < 0 || verb > 1) return sentence;
  const names = (text: string, thing: SaidThing) =>
    text
      .split(/\s+/)
      .some((word) =>
        sameWordInAnyCase(word.replace(/[.,;:!?]+$/, "").toLowerCase(), thing.said.toLowerCase()),
      );
  if (things.some((thing) => names(clause, thing))) return sentence;
  const named = things.find((thing) => names(before, thing));
  return named ? `${clause} ${named.said}${sentence.slice(clause.length)}` : sentence;
}

/**
 * "Put what e made of on every basket, the materials, sweetgrass, pine needle …": a field
 * said as a question ("what it's made of") is named by the words after the thing.
 */
function namedAfter(field: string, text: string): string {
  if (!/^(?:what|which|how|who|where|when)\b/i.test(field.trim())) return field;
  const named = text.match(/,\s*(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s*(?:,|[.!]|$)/u);
  return named ? named[1]! : field;
}

/** "… it can work that out from the jobs": said aloud, the reason after a change starts a clause of its own. */
const SPOKEN_REASON =
  /\s+(?=(?:it|they|we|i|you|he|she|that|this)\s+(?:can|could|will|would|should|is|are|was|does|do|has|already|just|never)\b)/i;

/**
 * A change said aloud without stops ("take the last done off the horses it can work that
 * out from the jobs and put notes on the horses"): one change per "and" that starts
 * another, each without the reason said after it. Written sentences are left alone.
 */
function spokenChanges(sentence: string): string[] {
  if (/[,;:]/.test(sentence) || sentence.trim().split(/\s+/).length < 12) return [sentence];
  return (
    sentence
      // ("… and put it on the bookings" puts back what was taken off: one change, a move.)
      .split(
        /\s+and\s+(?=(?:please\s+)?(?:put|add|give|take|remove|drop|delete|rename|call|leave|keep)\s(?!(?:it|them)\b))/i,
      )
      .map((change) => change.split(SPOKEN_REASON)[0]!)
  );
}

/**
 * "Tira a altura e o peso dos alunos e põe antes o tamanho do fato", "take the height and
 * weight off pupils and put wetsuit size instead": fields taken off a thing and one put in
 * their place.
 */
const TAKE_OFF_AND_PUT = [
  /^(?:tira|tire|tirem|retira|retire)\s+(?:(?:o|a|os|as)\s+)?(.+?)\s+(?:dos|das|do|da|de)\s+([\p{L}]+)\s+e\s+(?:põe|poe|ponha|coloca|coloque|mete)\s+(?:antes\s+|em\s+vez\s+disso\s+)?(?:(?:o|a|um|uma)\s+)?([\p{L}][\p{L} -]*?)\s*(?:\(|[.!,;]|$)/iu,
  // "Take the phone off the lane bookings and put an email on instead": a thing of a few words, "on" before "instead".
  /^(?:take|remove)\s+(?:the\s+)?(.+?)\s+(?:off|from)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+and\s+(?:put|add)\s+(?:(?:a|an|the)\s+)?([\p{L}][\p{L} -]*?)(?:\s+on)?\s+(?:instead|in their place|in its place)\b/iu,
];

/** "Take the captain's phone off the teams and put a phone number on the players instead": moved to another thing. */
const TAKE_OFF_AND_PUT_ON =
  /^(?:take|remove)\s+(?:the\s+)?(.+?)\s+(?:off|from)\s+(?:the\s+)?([\p{L}\p{M}-]+)\s+and\s+(?:put|add)\s+(?:(?:a|an|the)\s+)?([\p{L}][\p{L}\p{M} -]*?)\s+(?:on|to)\s+(?:the\s+)?([\p{L}\p{M}-]+)(?:\s+(?:instead|as well|too))?(?![\p{L}\p{M}])/iu;

/**
 * "That contact person ought not to be on the lots, it ought to be on the families", "the
 * phone shouldn't be on the teams, it should be on the players": moved, said as where it
 * belongs. Read as "take the contact person off the lots and put it on the families".
 */
const BELONGS_ON_ANOTHER =
  /^(?:that|the|this)\s+(.+?)\s+(?:ought\s+not\s+(?:to\s+)?be|oughtn['’]?t\s+(?:to\s+)?be|shouldn['’]?t\s+be|should\s+not\s+be|doesn['’]?t\s+belong|does\s+not\s+belong)\s+(?:on|in|with)\s+(?:the\s+)?([\p{L}-]+),?\s*(?:(?:it|they)\s+(?:ought\s+to\s+be|should\s+be|belongs?|goes|go)|but)\s+(?:on|in|with)\s+(?:the\s+)?([\p{L}-]+)/iu;

function movedToAnother(things: readonly SaidThing[], edit: string): SaidThing[] | null {
  const belongs = edit.match(BELONGS_ON_ANOTHER);
  const text = belongs
    ? `take the ${belongs[1]} off the ${belongs[2]} and put it on the ${belongs[3]}`
    : edit;
  const match = text.match(TAKE_OFF_AND_PUT_ON);
  if (!match) return null;
  const from = things.find((thing) => sameWordInAnyCase(match[2]!.toLowerCase(), thing.said.toLowerCase()));
  const to = things.find((thing) => sameWordInAnyCase(match[4]!.toLowerCase(), thing.said.toLowerCase()));
  if (!from || !to) return null;
  const gone = match[1]!
    .toLowerCase()
    .replace(/^[\p{L}-]+'s\s+/u, "")
    .split(/\s*,\s*|\s+and\s+/)
    .map((field) => singularize(field.replace(/^the\s+/, "").trim()));
  // "take the phone off the divers and put it on the bookings": what is put on is what was taken off.
  const said = /^(?:it|them|that|those)$/i.test(match[3]!.trim())
    ? match[1]!
        .trim()
        .toLowerCase()
        .replace(/^the\s+/, "")
    : match[3]!.trim().toLowerCase();
  return things.map((thing) => {
    const kept = thing === from ? withoutFieldsNamed(thing.fields, gone) : thing.fields;
    return thing === to
      ? { ...thing, fields: [...kept, { said, refersTo: null }] }
      : { ...thing, fields: kept };
  });
}

/**
 * The fields left when those named are taken off. "Take the directions off" names the field
 * "directions to the house" by its first words, when no field is called just that.
 */
function withoutFieldsNamed(fields: readonly SaidField[], gone: readonly string[]): SaidField[] {
  // ("the driver's phone" is named "phone" too.)
  const exact = fields.filter(
    (field) =>
      !gone.includes(singularize(field.said)) &&
      !gone.includes(singularize(field.said.replace(/^[\p{L}-]+'s\s+/u, ""))),
  );
  if (exact.length < fields.length) return exact;
  // ("Take the date they were passed out off the volunteers" names the field "date" by the
  // words before what is said of it.)
  const named = gone.map((said) => said.replace(/\s+(?:they|he|she|we|i|you|it)\s+\p{L}.*$/iu, ""));
  return fields.filter(
    (field) => !named.includes(singularize(field.said.replace(/\s+(?:to|of|for|on|in|at|from)\s+.*$/i, ""))),
  );
}

function takenOffAndPut(things: readonly SaidThing[], text: string): SaidThing[] | null {
  for (const pattern of TAKE_OFF_AND_PUT) {
    const match = text.match(pattern);
    const owner =
      match && things.find((thing) => sameWordInAnyCase(match[2]!.toLowerCase(), thing.said.toLowerCase()));
    if (!match || !owner) continue;
    const gone = match[1]!
      .toLowerCase()
      .split(/\s*,\s*|\s+(?:e|and)\s+/)
      .map((field) => singularize(field.replace(/^(?:o|a|os|as|the)\s+/, "").trim()));
    const said = match[3]!.trim().toLowerCase();
    return things.map((thing) =>
      thing === owner
        ? {
            ...thing,
            fields: [...withoutFieldsNamed(thing.fields, gone), { said, refersTo: null }],
          }
        : thing,
    );
  }
  return null;
}

function applyOneEdit(things: readonly SaidThing[], edit: string): SaidThing[] {
  // "Take date of birth off students, please.": the "please" is no part of the thing's name.
  const text = withoutReason(edit.trim()).replace(/,?\s*please[.!]*$/i, "");
  // ("…, it ought to be on the families" is where it goes, no reason to cut off.)
  const swapped =
    swapField(things, text) ??
    movedToAnother(things, BELONGS_ON_ANOTHER.test(edit) ? edit.trim() : text) ??
    takenOffAndPut(things, text);
  if (swapped) return swapped;
  const rename = text.match(RENAME) ?? calledAnew(things, text);
  if (rename) {
    const from = keyOf(rename[1]!.replace(/\s+tables?$/i, ""));
    const to = (rename[2] ?? rename[3]!)
      .trim()
      .toLowerCase()
      .replace(/\s+tables?$/i, "");
    if (things.some((thing) => thing.key === from))
      return things.map((thing) => {
        // "the property" on the results points at the frontages once the properties are called so.
        const fields = thing.fields.map((field) =>
          keyOf(field.refersTo ?? field.said) === from ? { ...field, refersTo: keyOf(to) } : field,
        );
        return thing.key === from
          ? {
              ...thing,
              said: to,
              key: keyOf(to),
              fields,
              formerKeys: [...(thing.formerKeys ?? []), thing.key],
            }
          : { ...thing, fields };
      });
    // A field renamed: "rename problem to issue".
    return things.map((thing) => ({
      ...thing,
      fields: thing.fields.map((field) =>
        singularize(field.said) === singularize(rename[1]!.toLowerCase()) ? { ...field, said: to } : field,
      ),
    }));
  }
  // "చెరువుల నుంచి …" names the "చెరువులు" in another of its forms.
  const ownerNamed = (said: string) =>
    things.find((thing) => thing.key === keyOf(said)) ??
    things.find((thing) => sameWordInAnyCase(said.toLowerCase(), thing.said.toLowerCase())) ??
    namedByLastWord(things, keyOf(said));
  const removeField = [
    text.match(REMOVE_FIELD),
    text.match(REMOVE_FIELD_WHOLE),
    text.match(TAKE_FIELD_OFF),
  ].find((match) => match && ownerNamed(match[2]!) !== undefined);
  if (removeField) {
    const owner = ownerNamed(removeField[2]!)!.key;
    // "Take the French or English off the customers": a field said by its two values goes whole.
    const gone = namesIn(removeField[1]!);
    const whole = keyOf(removeField[1]!.replace(/^(?:the|a|an)\s+/i, ""));
    // ("Take the date they joined off the members": the field was kept as "date joined".)
    const wholeAsKept = keyOf(dateWhenDone(removeField[1]!.replace(/^(?:the|a|an)\s+/i, "").toLowerCase()));
    // (Tatar "адресны алып ташлагыз", take the address off: the field is kept as "адресы", the
    // thing's own, "-ы" or "-сы" written onto it.)
    const goes = (field: SaidField) =>
      gone.includes(singularize(field.said)) ||
      keyOf(field.said) === whole ||
      keyOf(field.said) === wholeAsKept ||
      (/\p{Script=Cyrillic}$/u.test(whole) &&
        new RegExp(`^${escapeRegExp(whole)}с?[ыеі]$`, "u").test(keyOf(field.said)));
    if (things.some((thing) => thing.key === owner)) {
      return things.map((thing) => {
        if (thing.key !== owner) return thing;
        const kept = thing.fields.filter((field) => !goes(field));
        return {
          ...thing,
          fields: kept.length < thing.fields.length ? kept : withoutFieldsNamed(thing.fields, gone),
        };
      });
    }
  }
  const removeThing = text.match(REMOVE_THING);
  if (removeThing) {
    const gone = namesIn(removeThing[1]!);
    if (things.some((thing) => gone.includes(thing.key)))
      return things.filter((thing) => !gone.includes(thing.key));
  }
  // "put the message on the cake on the orders": the thing is the last one named, after the
  // field's own "on".
  const addFields =
    [text.match(ADD_FIELDS), text.match(ADD_FIELDS_WHOLE)].find(
      (match) => match && things.some((thing) => thing.key === keyOf(match[2]!)),
    ) ?? text.match(ADD_FIELDS);
  // "Put the temperature on every run too, the outside temp when he starts": "too" is no part of the thing.
  const addedTo = addFields
    ? keyOf(addFields[2]!.replace(/\s+(?:too|as\s+well|also|again|instead)$/i, ""))
    : null;
  // "देणगीदारांवर" read as "on the देणगीदारां": another language's case ending on the thing's name.
  const target =
    addedTo === null
      ? undefined
      : (things.find((thing) => thing.key === addedTo) ??
        namedByLastWord(things, addedTo) ??
        (/[^\p{ASCII}]/u.test(addedTo)
          ? things.find((thing) => sameWordInAnyCase(addedTo, thing.key))
          : // (Italian and Neapolitan "all'ordini" names the "ordine", "ê pizze" the "pizza",
            // Swabian "Wocha" the "Woch": plurals English rules do not know.)
            (things.find((thing) => italianPlural(thing.key) === addedTo) ??
            things.find((thing) => sameWordElsewhere(thing.key, addedTo)))));
  if (addFields && target) return withFields(things, target.key, fieldsIn(namedAfter(addFields[1]!, edit)));
  const lacking = lackingField(things, text) ?? addedBeforeVerb(things, text) ?? wantedOnThing(things, text);
  if (lacking) return withFields(things, lacking.key, [{ said: lacking.field, refersTo: null }]);
  const hasFields = text.match(HAS_FIELDS);
  if (
    hasFields &&
    things.some((thing) => thing.key === keyOf(hasFields[1]!.replace(/^(?:the|each|every|a|an)\s+/i, "")))
  ) {
    return withFields(
      things,
      keyOf(hasFields[1]!.replace(/^(?:the|each|every|a|an)\s+/i, "")),
      fieldsIn(hasFields[2]!),
    );
  }
  // "E yo ilu kuro lara alejo, ko wulo fun wa": a field taken off, with the "no" that is why.
  const takenOffElsewhere = readAsEnglish(text) ? null : changedInOtherWords(things, text);
  if (takenOffElsewhere && !takenOffElsewhere.adding) return withoutFieldElsewhere(things, takenOffElsewhere);
  // "E-posta gereksiz, onu çıkaralım": a "no" takes its thing out (as an exclusion) and adds none.
  if (isNegation(text)) return [...things];
  // "remove: dark mode" names a feature to remove, not a thing called "remove".
  if (/^(?:please\s+)?(?:remove|drop|delete|rename|change|no|take|leave)\b/i.test(text)) return [...things];
  // "같은 셔츠가 여러 장이면 헷갈려요" (the reason after a change, in Korean): in words this
  // interviewer does not read, only a list ("Trucks: name, driver", "Camions (nom)") is a new thing.
  const elsewhere = readAsEnglish(text) ? null : changedInOtherWords(things, text);
  if (elsewhere?.adding)
    return withFields(things, elsewhere.key, [{ said: elsewhere.field, refersTo: null }]);
  if (elsewhere) return withoutFieldElsewhere(things, elsewhere);
  if (!isEnglish(text, true) && !/[:(]/.test(text)) return [...things];
  // "Hol on, one mo ting.": words set off by a comma are no new thing unless they are told as
  // one, after an "add", a colon, a bracket or a dash, or with what they have.
  if (!ADD_THING.test(text) && !/[:(–—]|\s-\s|\b(?:has|have|with)\b/i.test(text)) return [...things];
  const added = readThings(text.replace(ADD_THING, "").replace(/\s+tables?\b/i, ""), { listed: true });
  return mergeThings([things, added]);
}

/** "jobs are missing a due date", "U stromů ještě chybí kvalita kmene": a field a thing lacks. */
const LACKS =
  /(?:^|\s)(?:chybí|chýba|lipsește|hiányzik|brakuje|saknas|mangler|ontbreekt|fehlt|falta|manca|manque|fali|nedostaje|puuttuu|puudub|kurang|is missing|are missing|lacks?)\s+(?:(?:a|an|the|ještě|még|încă|noch|ancora|encore|nog|jeszcze|još|vielä|lagi|one\s+more|another)\s+)*(?:(?:jedno|jedan|jedna|yksi|satu|ein|eine|un|una|one)\s+)?(?:(?:polje|pole|field|campo|champ|feld|veld|fält|felt|kenttä|kolom|mező|câmp)\s*:\s*)?([^.;!?,:]{2,40}?)\s*[.!]*$/iu;

function lackingField(things: readonly SaidThing[], text: string): { key: string; field: string } | null {
  const match = text.match(LACKS);
  if (!match) return null;
  const before = text.slice(0, match.index ?? 0).toLowerCase();
  // The thing named before the verb, in whatever form the sentence needs ("stromů" for "stromy").
  const owner = things.find((thing) =>
    (before.match(/[\p{L}-]+/gu) ?? []).some((word) => sameWordInAnyCase(word, thing.said.toLowerCase())),
  );
  return owner ? { key: owner.key, field: match[1]!.trim().toLowerCase() } : null;
}

/**
 * "Nas reservas troca o apartamento pelo morador", "replace the apartment with the
 * resident on bookings", "cambia el piso por el vecino": one field in place of another,
 * on the thing named or on every thing that has it. Null when no thing has the field.
 */
const SWAP = [
  /^(?:please\s+)?(?:replace|swap)\s+(?:the\s+)?([\p{L}\p{M} -]+?)\s+(?:with|for)\s+(?:the\s+|a\s+)?([\p{L}\p{M} -]+?)(?:\s+(?:in|on|for)\s+(?:the\s+)?([\p{L}\p{M} -]+?))?\s*(?:[.!:;,]|$)/iu,
  /^(?:n[ao]s?\s+([\p{L}]+)\s*,?\s+)?(?:troca|troque|trocar|substitui|substitua)\s+(?:o|a|os|as)?\s*([\p{L} -]+?)\s+(?:pel[oa]s?|por)\s+(?:o|a|um|uma)?\s*([\p{L} -]+?)\s*(?:[.!:;,]|$)/iu,
  /^(?:en\s+(?:las?|los?)\s+([\p{L}]+)\s*,?\s+)?(?:cambia|cambiad|cambiar|sustituye|reemplaza)\s+(?:el|la|los|las)?\s*([\p{L} -]+?)\s+por\s+(?:el|la|un|una)?\s*([\p{L} -]+?)\s*(?:[.!:;,]|$)/iu,
];

function swapField(things: readonly SaidThing[], text: string): SaidThing[] | null {
  for (const [index, pattern] of SWAP.entries()) {
    const match = text.match(pattern);
    if (!match) continue;
    // English says the thing last; Portuguese and Spanish first.
    const [owner, from, to] =
      index === 0 ? [match[3], match[1]!, match[2]!] : [match[1], match[2]!, match[3]!];
    const gone = singularize(from.trim().toLowerCase());
    const onThing = (thing: SaidThing) =>
      owner === undefined ? true : sameWordInAnyCase(owner.toLowerCase(), thing.said.toLowerCase());
    // ("замест участка": another language's case ending on the field's name.)
    const isGone = (field: SaidField) =>
      singularize(field.said) === gone || (/[^\p{ASCII}]/u.test(gone) && sameWordInAnyCase(gone, field.said));
    const has = (thing: SaidThing) => thing.fields.some(isGone);
    if (!things.some((thing) => onThing(thing) && has(thing))) continue;
    const said = to.trim().toLowerCase();
    const pointsAt = things.find((other) => sameWordInAnyCase(said, other.said.toLowerCase()));
    return things.map((thing) =>
      onThing(thing) && has(thing)
        ? {
            ...thing,
            fields: thing.fields.map((field) =>
              isGone(field) ? { said, refersTo: pointsAt ? pointsAt.key : null } : field,
            ),
          }
        : thing,
    );
  }
  return null;
}

/** "On bookings we also want the driver's phone", "Στις κρατήσεις θέλουμε και τηλέφωνο οδηγού, …". */
const WANTED_ON_THING = [
  /^(?:on|in|for)\s+(?:the\s+|each\s+|every\s+)?([\p{L}-]+)\s*,?\s+(?:we|i)\s+(?:also\s+)?(?:want|need)\s+(?:(?:a|an|the)\s+)?([\p{L}' -]+?)\s*(?:[,.;!]|$)/iu,
  // "And the fixtures wants the week number on them as well": the thing wants a field on it.
  /^(?:the\s+)?([\p{L}-]+)\s+(?:also\s+)?(?:wants?|needs?)\s+(?:(?:a|an|the)\s+)?([\p{L}' -]+?)\s+(?:on|in|with)\s+(?:them|it|each|each\s+one)(?:\s+(?:as\s+well|too|also))?\s*(?:[,.;!]|$)/iu,
  /^(?:στις|στους|στα|στο|στη|στην|σε)\s+([\p{L}]+)\s+(?:θέλουμε|χρειαζόμαστε)\s+(?:και\s+)?([\p{L} ]+?)\s*(?:[,.;!]|$)/iu,
  // "세탁물에 색상도 넣어 주세요": on the thing (에), the field (도, 을, 를), then "please put in".
  /^([\p{Script=Hangul}]+)에\s+([\p{Script=Hangul}]+(?:\s+[\p{Script=Hangul}]+)?)(?:도|을|를)\s+(?:넣어|추가해|추가)\s*(?:주세요|줘요|주십시오|해\s*주세요)/u,
];

function wantedOnThing(things: readonly SaidThing[], text: string): { key: string; field: string } | null {
  for (const pattern of WANTED_ON_THING) {
    const match = text.match(pattern);
    const owner =
      match && things.find((thing) => sameWordInAnyCase(match[1]!.toLowerCase(), thing.said.toLowerCase()));
    if (owner) return { key: owner.key, field: match[2]!.trim().toLowerCase().replace(/'s\s+/g, " ") };
  }
  return null;
}

/**
 * Whether a change is read in English. Sicilian "Livati u telefonu de scoli, basta a maestra"
 * has as many English small words ("a") as others ("de"), but a long verb of another language
 * opening it says which it is.
 */
function readAsEnglish(text: string): boolean {
  // ("E mittiti a lingua …": "and" before the verb.)
  const first =
    text
      .trim()
      .replace(/^(?:e|y|et|und|i|and)\s+/iu, "")
      .split(/\s+/)[0] ?? "";
  // (Kölsch "Maht de E-Mail … fott", take the e-mail off: four letters are enough, none of them English.)
  if (first.length >= 4 && (ADD_VERB_ELSEWHERE.test(first) || REMOVE_VERB_ELSEWHERE.test(first)))
    return false;
  return isEnglish(text, true);
}

/** Verbs of adding, in the languages people correct their data in: "ставете", "gehitu", "dodajte", "ajoutez", Welsh "rhowch", Yoruba "fi … kun", Odia "ରଖନ୍ତୁ", Malagasy "Ampio", Corsican "mettite", Sicilian "mittiti", Asturian "pon-yos" (put on them), Ladino "metash", te reo Māori "tāpirihia". */
const ADD_VERB_ELSEWHERE =
  /^(?:schrievt|schriev|schreibt|schreib|mittiti|mittitici|mettiti|agghiunciti|ставете|стави|ставај|ставајте|додадете|додај|добавете|добави|добавьте|добавь|додайте|додай|dodajte|dodaj|dodajcie|přidejte|přidej|pridajte|pridaj|adăugați|adaugă|gehitu|jarri|añade|añadid|añádele|añádeles|agrega|agregue|pon|ponle|ponles|engade|engadide|engádelle|engádelles|ponlle|ponlles|ajoute|ajoutez|mets|mettez|füge|fügt|ergänze|ergänzt|aggiungi|aggiungete|metti|adicione|adiciona|acrescente|põe|coloque|voeg|lisää|lisätkää|ekle|ekleyin|tambahkan|tambah|voeg|zet|rhowch|rhoi|ychwanegwch|sit|voeg|fi|ରଖନ୍ତୁ|ଯୋଡନ୍ତୁ|ଯୋଡ଼ନ୍ତୁ|ampio|ampidiro|asio|tambahke|tambahna|tambahi|lebokke|lebokna|mettite|mette|aghjustate|aghjunghjite|p[oó]n-y(?:os|es)?|amiést?a-y(?:os|es)?|amiesta|amiesti|mete-y(?:os|es)?|metash|metesh|metad|meted|metan|ponga|pongan|poned|pongash|ajustash|adjustash|t[āa]pirihia|whakaurua)$/iu;

/** The "that" a polite request is said after: Ladino "vos rogo ke …", Spanish "les pido que …". */
const REQUEST_THAT = /^(?:ke|que|qué|che|dass|daß)$/iu;

/** Verbs of taking off: "kendu", "тргнете", "uklonite", "entfernt", "togli", Galician "quítalle", "poista", Yoruba "yo … kuro", Corsican "levate", Sicilian "livati", Asturian "quíta-yos" (take off them), te reo Māori "tangohia". */
const REMOVE_VERB_ELSEWHERE =
  /^(?:maht|maat|livati|livàti|scancillati|kendu|quita|quitade|quítalle|quítalles|quítale|quítales|sácalle|sácalles|ezabatu|тргнете|тргни|избришете|избриши|отстранете|махнете|махни|уберите|убери|удалите|приберіть|видаліть|uklonite|ukloni|obrišite|obriši|izbacite|izbaci|usuń|usuńcie|odstraňte|odstraň|smažte|odstráňte|entferne|entfernt|lösche|löscht|togli|togliete|rimuovi|rimuovete|verwijder|poista|poistakaa|çıkar|çıkarın|sil|silin|hapus|yo|ହଟାନ୍ତୁ|କାଢନ୍ତୁ|କାଢ଼ନ୍ତୁ|esory|alao|busak|busaken|buwang|buwangen|ilangi|ilangke|levate|cacciate|toglite|qu[ií]ta-y(?:os|es)?|s[aá]ca-y(?:os|es)?|desanicia(?:-y(?:os|es)?)?|tangohia)$/iu;

/** Small words around a field in those languages: "на секоја" ("on every"), "и" ("also"), "ere", "también", Corsican "dinù … nant'à" ("also … on"), Sicilian "ne" ("on the"), te reo Māori "ki ngā" ("to the"), Flemish "bij" and Kölsch "dobei" ("on"). */
const AROUND_FIELD_ELSEWHERE =
  /^(?:bij|bei|dobei|dabei|dazu|fott|vun|o|os|ao|aos|á|ás|tamén|e|на|за|во|и|исто|секоја|секој|секое|сите|на|до|к|ко|и|tambien|también|aussi|auch|anche|também|ook|ere|eta|y|e|et|und|en|a|na|do|za|i|također|takođe|take|cada|chaque|jede|jeder|jedes|ogni|elke|elk|la|le|les|el|los|las|il|lo|der|die|das|de|het|un|une|una|uno|um|uma|ein|eine|kila|setiap|her|ar|y|yr|hefyd|bob|pob|by|ook|kun|kuro|lara|si|ପାଇଁ|ମଧ୍ୟ|ବି|ରୁ|ny|amin['’]ny|an['’]ny|koa|dinù|ancu|u|nant['’]à|da|ne|nne|nê|dî|de|pure|the|te|ki|ngā|hoki)$/iu;

/**
 * "на секоја носија ставете и фотографија" ("put a photograph on every costume too"),
 * "bazkide zenbakia gehitu" ("add the member number"), "Telefonoa kendu bazkideei"
 * ("take the phone off the members"): in another language, a verb of adding or taking
 * off, one of the things named in any of its forms, and the words left are the field. The
 * thing's own word right before a single word is part of the field's name.
 */
function changedInOtherWords(
  things: readonly SaidThing[],
  text: string,
): { key: string; field: string; adding: boolean } | null {
  const clauses = (text.split(":").pop() ?? text).split(/[,;]/);
  const clause = clauses[0]!.trim();
  const said = clause.split(/\s+/).filter((word) => word.length > 0);
  const bare = (word: string) => word.replace(/[.!]+$/, "");
  const verbAt = (among: readonly string[]) => {
    const adding = among.findIndex((word) => ADD_VERB_ELSEWHERE.test(bare(word)));
    return {
      adding,
      verb: adding >= 0 ? adding : among.findIndex((word) => REMOVE_VERB_ELSEWHERE.test(bare(word))),
    };
  };
  // ("vos rogo ke metash tambien el etaj en los viejos": a request opened by "I ask you that" is
  // said after its "that".)
  const asked = said
    .slice(0, Math.max(verbAt(said).verb, 0))
    .findLastIndex((word) => REQUEST_THAT.test(word));
  const words = said.slice(asked + 1);
  const { adding, verb } = verbAt(words);
  if (verb < 0) return null;
  const ownerOf = (word: string) =>
    things.find((thing) => sameWordInAnyCase(bare(word).toLowerCase(), thing.said.toLowerCase()));
  const named = words.findIndex((word, index) => index !== verb && ownerOf(word) !== undefined);
  if (named < 0) return null;
  const owner = ownerOf(words[named]!)!;
  const left = words
    .map((word, index) => ({ word: bare(word), index }))
    .filter(({ word, index }) => index !== verb && index !== named && !AROUND_FIELD_ELSEWHERE.test(word));
  // Kölsch "schrievt bei de Kostüme dobei, wo et em Lager hängk" (write on the costumes, too,
  // where it hangs in the store): the field said after the comma, when nothing is left before it.
  const after = clauses[1]?.trim().replace(/[.!]+$/, "") ?? "";
  if (left.length === 0 && adding >= 0 && after.length > 0 && after.split(/\s+/).length <= 5)
    return { key: owner.key, field: after.toLowerCase(), adding: true };
  if (left.length === 0 || left.length > 3) return null;
  const compound = left.length === 1 && left[0]!.index === named + 1;
  // "engádelles o lugar de inicio": the small words inside the field's name are part of it.
  const first = left[0]!.index;
  const last = left[left.length - 1]!.index;
  const span =
    named < first || named > last ? words.slice(first, last + 1).map(bare) : left.map(({ word }) => word);
  const field = (compound ? [words[named]!, left[0]!.word] : span).join(" ").toLowerCase();
  return { key: owner.key, field, adding: adding >= 0 };
}

/** The things with a field taken off one of them, named in another language's words. */
function withoutFieldElsewhere(
  things: readonly SaidThing[],
  change: { key: string; field: string },
): SaidThing[] {
  return things.map((thing) =>
    thing.key === change.key
      ? {
          ...thing,
          fields: thing.fields.filter((field) => !sameWordInAnyCase(field.said.toLowerCase(), change.field)),
        }
      : thing,
  );
}

/** Verbs of adding said after what is added: "müşterilere telefon ekleyelim". */
const ADDING_LAST = /^(?:ekleyelim|ekleyin|eklensin|ekle)$/u;

/** "müşterilere telefon ekleyelim": the thing (in whatever case), the field (a word or two), then the verb of adding. */
function addedBeforeVerb(things: readonly SaidThing[], text: string): { key: string; field: string } | null {
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const verb = words.findIndex((word) => ADDING_LAST.test(word));
  for (let size = 1; verb > size && size <= 2; size++) {
    const owner = things.find((thing) =>
      sameWordInAnyCase(words[verb - size - 1]!, thing.said.toLowerCase()),
    );
    if (owner) return { key: owner.key, field: words.slice(verb - size, verb).join(" ") };
  }
  return null;
}

/** "stromů" and "stromy", "müşterilere" and "müşteriler": one word, in the form the sentence needs. */
/** The Italian plural of a noun: "-e" and "-o" to "-i", "-a" to "-e". */
function italianPlural(noun: string): string {
  if (/[eo]$/u.test(noun)) return `${noun.slice(0, -1)}i`;
  if (/a$/u.test(noun)) return `${noun.slice(0, -1)}e`;
  return noun;
}

function sameWordInAnyCase(word: string, said: string): boolean {
  // "세탁물" is a whole word in three letters.
  if (word === said) return true;
  let common = 0;
  while (common < Math.min(word.length, said.length) && word[common] === said[common]) common++;
  return common >= Math.max(4, Math.min(word.length, said.length) - 2);
}

/**
 * A change without the reason said after it: "remove priority from jobs, we never use it",
 * "take the price off products, prices live in Exact too"; "remove price, bake time from
 * products" goes on after its comma.
 */
function withoutReason(text: string): string {
  return (
    text.split(
      /\s*[,;]\s+(?=(?:so|because|as|since|we|we're|i|i'm|they|it|it's|that|thats|this|the|our|their|nobody|people|to|for|things like|stuff like|like|such as|e\.g\.|c'est|c’est|ce sont|parce que|car|porque|es que)(?!\w)|\w+\s+(?:live|lives|is|are|says?|does|do)\b)|\s+[-–—]\s+|\s+(?:because|since)\s+/i,
    )[0] ?? text
  );
}

function withFields(things: readonly SaidThing[], key: string, fields: SaidField[]): SaidThing[] {
  return things.map((thing) =>
    thing.key === key
      ? {
          ...thing,
          fields: [
            ...thing.fields,
            ...fields.filter((field) => !thing.fields.some((known) => known.said === field.said)),
          ],
        }
      : thing,
  );
}

/** "customers and vans" → ["customer", "van"]. */
function namesIn(text: string): string[] {
  return text
    .split(/\s*(?:,|\band\b|\bor\b|(?<=\s)y(?=\s))\s*/iu)
    .map((part) =>
      part
        .replace(/^(?:the|a|an|all)\s+/i, "")
        .replace(/\s+tables?$/i, "")
        .trim(),
    )
    .filter((part) => part.length > 0)
    .map(keyOf);
}

function fieldsIn(text: string): SaidField[] {
  return text
    .split(/\s*(?:,|\band\b|(?<=\s)(?:y|і|и|та)(?=\s))\s*/iu)
    .map((part) =>
      part
        .replace(/^(?:the|a|an)\s+/i, "")
        // "a notes field", "a status column": the field is named by what it holds.
        .replace(/(?<=\S)\s+(?:field|column)$/iu, "")
        // "the date it came back", "the date they were added": when it was done.
        .replace(/^.*$/su, namedAsColumn)
        .trim()
        .toLowerCase(),
    )
    .filter((part) => part.length > 0)
    .map((said) => {
      // "put if it's paid on the auction": whether it was done, a yes or no named by what was done.
      const done = said.match(
        /^(?:if|whether)\s+(?:it|they|he|she)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were|\s+has\s+been|\s+have\s+been)?\s+([a-z]+(?:ed|id|ne|wn|nt|ld))$/iu,
      );
      if (done) return { said: done[1]!, refersTo: null, yesOrNo: true };
      // "Startgeld betahlt ja oder nee", "paid yes or no": a yes or no said with its answers.
      const answered = said.match(
        /^(.+?)\s+(?:yes\s+or\s+no|y\/n|yes\/no|ja\s+(?:oder|of|eller)\s+(?:nee|nein|na|noa|nö|nej|nei))$/iu,
      );
      return answered ? { said: answered[1]!, refersTo: null, yesOrNo: true } : { said, refersTo: null };
    });
}

/**
 * The person's sentences with the names of renamed things as they are now: "Every
 * consignment comes on one ship" says that every freight does, once consignments are freight.
 */
export function withCurrentNames(sentences: readonly string[], things: readonly SaidThing[]): string[] {
  const renamed = things.flatMap((thing) =>
    (thing.formerKeys ?? []).map((former) => ({
      pattern: new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(former)}(s|es)?(?![\\p{L}\\p{M}])`, "giu"),
      now: thing.key,
    })),
  );
  if (renamed.length === 0) return [...sentences];
  return sentences.map((sentence) =>
    renamed.reduce(
      (text, { pattern, now }) =>
        text.replace(pattern, (_whole, plural?: string) => (plural ? pluralize(now) : now)),
      sentence,
    ),
  );
}
