import type { SchemaTable } from "../../../app-spec/model.js";
import type { AccountsChoice, SettingsChoice, SharingChoice } from "../interview/state.js";
import { pluralize, singularize, snakeCase } from "../language/inflection.js";
import { GENERIC_NOUNS } from "../language/lexicon.js";
import { isPerson, isRecord, isTimed } from "../language/noun-kinds.js";
import { tagWords } from "../language/tagger.js";
import { mentions } from "../understanding/entities.js";
import {
  columnFor,
  fieldsOf,
  isCountField,
  isPersonField,
  isWhenField,
  withoutFields,
} from "../understanding/fields.js";
import { isEnglish } from "../understanding/language.js";
import type { SaidField, SaidThing } from "../understanding/things.js";
import { recordColumns, recordParent } from "./records.js";
import { findRelations, type JoinTable, type Reference } from "./relations.js";

export interface SchemaInput {
  entities: readonly string[];
  /** People kept as their own tables (when there are no accounts). */
  peopleEntities: readonly string[];
  /** People who are roles of a user account. */
  roles: readonly string[];
  accounts: AccountsChoice;
  sharing: SharingChoice;
  settings: readonly SettingsChoice[];
  /** Everything the person wrote, one sentence or list item each. */
  sentences: readonly string[];
  /** Their design wishes ("add a due date to tasks"). */
  designNotes: readonly string[];
  /** The things as the person described them, with the fields they named. */
  things?: readonly SaidThing[];
}

/** What kind of thing an entity is decides its first columns. */
const COUNTED = new Set("ingredient item supply stock donation part material".split(" "));
/** What someone buys or pays, which moves through states and adds up to an amount. */
const ORDERED = new Set("order purchase sale payment invoice".split(" "));
/** Amounts people log over time: "volunteer hours", "miles run". */
const LOGGED = new Set("hour minute mile kilometer km point".split(" "));
const PLACES = new Set(
  "location site place venue room store warehouse pantry branch office kitchen garden field court".split(" "),
);
const WRITTEN = new Set(
  "recipe post note article story page entry journal document task todo goal idea question ticket issue review chapter song video plan list project campaign card lesson habit".split(
    " ",
  ),
);

/** Words in a sentence about a thing that call for a column on it. */
const FIELD_HINTS: readonly [RegExp, string][] = [
  [/\bdue\b/i, "due_date (date)"],
  [/\bweekly\b/i, "week_start (date)"],
  [/\b(?:tick|ticked|check(?:ed)?(?: \w+)? off|done|complete[ds]?)\b/i, "done (boolean, default false)"],
  [/\bstatus\b/i, "status (text, e.g. open or done)"],
  // "note the room booking" is no column; "notes" and "a note" are.
  [/\b(?:notes|comments?)\b|\b(?:a|the|with|their|its)\s+note\b/i, "notes (text)"],
  [/\b(?:photos?|images?|pictures?|pics?)\b/i, "photo_url (text)"],
  [/\b(?:price|cost|costs|amount|paid|pay|spend|spent|fees?)\b/i, "amount (decimal)"],
  [/\b(?:tags?|tagged|labels?)\b/i, "tags (list of text)"],
  [/\b(?:rate|rating|ratings|stars?)\b/i, "rating (integer 1 to 5)"],
  [/\b(?:servings?|portions?)\b/i, "servings (integer)"],
  [/\b(?:quantity|quantities|how many)\b/i, "quantity (number)"],
  [/\b(?:capacity|slots?|spots?|needed)\b/i, "capacity (integer)"],
  [/\b(?:descriptions?|describe)\b/i, "description (text)"],
  [/\b(?:duration|minutes|how long|cook time|prep time)\b/i, "duration_minutes (integer)"],
  [/\b(?:priority|priorities|urgent)\b/i, "priority (text: low, normal or high)"],
  [/\b(?:url|urls|website|web address)\b/i, "url (text)"],
  [/\b(?:dates?|deadline)\b/i, "date (date)"],
  [/\b(?:where|address)\b/i, "location (text)"],
];

/** "by cuisine", "by date and location": what people sort or filter a thing by. */
const BY_FIELD =
  /\bby\s+(?:their\s+|the\s+|its\s+)?([a-z]+(?:\s+(?!and\b|or\b)[a-z]+)?)(?:\s+(?:and|or)\s+([a-z]+(?:\s+[a-z]+)?))?/gi;

/** Words after "by" that are no column: "by hand", "by email", "by name". */
const NOT_FIELDS = new Set(
  "hand email keyword name friend family other everyone one click thing stuff data info information app feature option user people person them it".split(
    " ",
  ),
);

/**
 * Tables for the things the person named: an id, the columns their words suggest
 * (title, date, status, notes, quantity…), a reference to the owner when there are
 * accounts, references between things they related, and timestamps.
 */
export function deriveSchema(input: SchemaInput): SchemaTable[] {
  const usersExist = input.accounts !== "none";
  const all = [...input.entities, ...input.peopleEntities];
  const relations = findRelations(input.sentences, all, input.peopleEntities, usersExist);
  const tables: SchemaTable[] = [];
  if (usersExist) tables.push(usersTable(input));
  for (const entity of all) {
    const thing = input.things?.find((candidate) => candidate.key === entity);
    tables.push(
      thing && thing.fields.length > 0
        ? describedTable(thing, input, all, relations.references)
        : entityTable(entity, input, all, relations.references),
    );
  }
  for (const join of relations.joins) tables.push(joinTable(join));
  if (input.sharing === "collaborate" && input.entities[0]) tables.push(membersTable(input.entities[0]));
  if (input.settings.some((setting) => setting !== "profile")) tables.push(notificationsTable(usersExist));
  return tables;
}

export function tableName(entity: string): string {
  return snakeCase(pluralize(entity));
}

function idColumn(entity: string): string {
  return `${snakeCase(entity)}_id`;
}

function usersTable(input: SchemaInput): SchemaTable {
  const fields = ["id (primary key)", "email (text, unique, required)"];
  if (input.accounts === "social")
    fields.push("auth_provider (text, e.g. google)", "provider_user_id (text)");
  else fields.push("password_hash (text, required)");
  fields.push("display_name (text)");
  if (input.accounts === "roles") {
    const roles = input.roles.length > 0 ? [...input.roles, "admin"] : ["admin", "member"];
    fields.push(`role (text: ${[...new Set(roles)].join(", ")})`);
  } else if (input.roles.length > 1) {
    fields.push(`kind (text: ${input.roles.join(" or ")})`);
  }
  if (input.settings.includes("profile")) fields.push("preferences (JSON)");
  // "therapists have a name, photo and specialties": what a role holds is kept on its user.
  for (const role of input.roles) {
    for (const field of fieldsOf(role, input.sentences)) {
      if (/^(?:name|title|email)$/.test(field) || isPersonField(field)) continue;
      addField(fields, columnFor(field));
    }
  }
  fields.push("created_at (timestamp)", "updated_at (timestamp)");
  return { name: "users", fields };
}

/**
 * A table for a thing the person described with its fields: their fields, under their
 * names, in their order; a field naming another thing points at its table.
 */
function describedTable(
  thing: SaidThing,
  input: SchemaInput,
  all: readonly string[],
  references: readonly Reference[],
): SchemaTable {
  const fields: string[] = ["id (primary key)"];
  // "ලකුණු (ළමයා, පේපර් එක, ලකුණු)": a field named as its own thing is a value of it, no reference.
  const others = all.filter((key) => key !== thing.key);
  // "poids", "Hábitos": a word of another language ending in "s" is no English plural, no list.
  const english = isEnglish(input.sentences.join(" "));
  for (const field of thing.fields) addField(fields, describedColumn(field, input, others, english));
  for (const reference of references.filter((candidate) => candidate.from === thing.key)) {
    addField(fields, `${idColumn(reference.to)} (references ${tableName(reference.to)})`);
  }
  if (input.accounts === "roles") addField(fields, "created_by (references users)");
  else if (input.accounts !== "none") addField(fields, "user_id (references users, the owner)");
  if (input.sharing === "links" && thing.key === input.entities[0])
    addField(fields, "share_token (text, unique, empty when not shared)");
  fields.push("created_at (timestamp)", "updated_at (timestamp)");
  return { name: tableName(thing.key), fields };
}

function describedColumn(
  field: SaidField,
  input: SchemaInput,
  all: readonly string[],
  english: boolean,
): string {
  const said = singularize(field.said);
  // ("cargador" pointing at the "cargadores": Spanish adds "-es" after a consonant, which
  // English takes off as "-s", leaving "cargadore" for their key.)
  const named = said.length > 4 && /[rlndzj]$/u.test(said) && all.includes(`${said}e`) ? `${said}e` : said;
  // "member or not" is a yes or no, though members are kept too: it points at none of them.
  const points = field.refersTo ?? (all.includes(named) && !field.yesOrNo ? named : null);
  // "садавод" pointing at "садаводы": in another language the key stays plural, and the field
  // as the person said it names the column.
  if (points && all.includes(points))
    return `${idColumn(/[^\p{ASCII}]/u.test(points) || named !== said ? field.said : points)} (references ${tableName(points)})`;
  if (points && input.accounts !== "none" && (isPerson(points) || input.roles.includes(points)))
    return `${snakeCase(points)}_id (references users)`;
  if (points) return `${snakeCase(field.said)} (text)`;
  if (field.yesOrNo) return `${snakeCase(field.said)} (boolean, default false)`;
  return columnFor(field.said, english);
}

function entityTable(
  entity: string,
  input: SchemaInput,
  all: readonly string[],
  references: readonly Reference[],
): SchemaTable {
  const listed = fieldsOf(entity, input.sentences);
  const first = isRecord(entity)
    ? recordColumns(entity, recordParent(entity, input.entities), tableName)
    : namedAsSaid(kindFields(entity, input.peopleEntities.includes(entity)), listed);
  const fields: string[] = ["id (primary key)", ...first];
  // "pickup slots: a time and how many orders fit" says nothing about orders' own columns.
  const about = input.sentences
    .map((sentence) => withoutFields(sentence))
    .filter((sentence) => mentions(sentence, entity));
  const fragments = about.flatMap((sentence) => ownParts(sentence, entity, all));
  const personColumn = (field: string): string => {
    const person = singularize(field.split(" ").pop()!);
    if (input.peopleEntities.includes(person)) return `${idColumn(person)} (references ${tableName(person)})`;
    if (input.accounts !== "none") return `${snakeCase(person)}_id (references users)`;
    return `${snakeCase(field)} (text)`;
  };
  for (const field of hintedFields(entity, fragments, listed, all, personColumn)) addField(fields, field);
  for (const note of input.designNotes) {
    const requested = requestedField(note, entity);
    if (requested) addField(fields, requested);
  }
  for (const reference of references.filter((candidate) => candidate.from === entity)) {
    addField(fields, `${idColumn(reference.to)} (references ${tableName(reference.to)})`);
  }
  if (input.accounts === "roles") addField(fields, "created_by (references users)");
  else if (input.accounts !== "none") addField(fields, "user_id (references users, the owner)");
  if (input.sharing === "links" && entity === input.entities[0])
    addField(fields, "share_token (text, unique, empty when not shared)");
  fields.push("created_at (timestamp)", "updated_at (timestamp)");
  return { name: tableName(entity), fields };
}

/**
 * The parts of a sentence about this thing: from each mention of it up to the next
 * mention of another thing, within a clause. In "browse shifts by date and location",
 * "by date" is about shifts; in "create habits, check them off", "check them off" is
 * about the habits it points back to.
 */
function ownParts(sentence: string, entity: string, all: readonly string[]): string[] {
  const parts: string[] = [];
  let last: string | null = null;
  for (const clause of sentence.split(/[,;:()]/)) {
    const lower = clause.toLowerCase();
    const marks = all
      .flatMap((candidate) =>
        [...lower.matchAll(mentionPattern(candidate))].map((match) => ({ candidate, at: match.index })),
      )
      .sort((a, b) => a.at - b.at);
    if (marks.length === 0 && last === entity && /\b(?:them|it)\b/.test(lower)) parts.push(clause);
    last = marks[marks.length - 1]?.candidate ?? last;
    marks.forEach((mark, index) => {
      if (mark.candidate !== entity) return;
      const start = index === 0 ? 0 : mark.at;
      const end = marks[index + 1]?.at ?? lower.length;
      parts.push(clause.slice(start, end));
    });
  }
  return parts;
}

function mentionPattern(entity: string): RegExp {
  const forms = [pluralize(entity), entity].map((form) => form.replace(/ /g, "[ -]"));
  return new RegExp(`\\b(?:${forms.join("|")})\\b`, "g");
}

function kindFields(entity: string, isPerson: boolean): string[] {
  const head = entity.split(" ").pop()!;
  if (isPerson) return ["name (text, required)", "email (text)", "phone (text)"];
  if (isTimed(entity))
    return ["title (text, required)", "starts_at (date and time, required)", "ends_at (date and time)"];
  if (COUNTED.has(head)) return ["name (text, required)", "quantity (number)", "unit (text)"];
  if (ORDERED.has(head)) return ["status (text, required)", "total (decimal)"];
  if (LOGGED.has(head))
    return [`${snakeCase(pluralize(head))} (number, required)`, "date (date, required)", "notes (text)"];
  if (PLACES.has(head)) return ["name (text, required)", "address (text)"];
  if (WRITTEN.has(head)) return ["title (text, required)"];
  return ["name (text, required)"];
}

/** A thing's first column under the person's word for it: "habits with a name" gets "name", not "title". */
function namedAsSaid(kind: string[], listed: readonly string[]): string[] {
  const word = listed.find((field) => field === "name" || field === "title");
  if (!word) return kind;
  return kind.map((field) => (/^(?:name|title) \(/.test(field) ? `${word} (text, required)` : field));
}

function hintedFields(
  entity: string,
  fragments: readonly string[],
  listed: readonly string[],
  all: readonly string[],
  personColumn: (field: string) => string,
): string[] {
  const fields: string[] = [];
  const head = entity.split(" ").pop()!;
  const timed = isTimed(entity);
  for (const [pattern, field] of FIELD_HINTS) {
    if (!fragments.some((fragment) => pattern.test(fragment))) continue;
    // What the person listed says it better: "number of spots" is the column, not a guessed "capacity".
    if (listed.some((said) => pattern.test(said))) continue;
    if (listed.some(isCountField) && /^(?:capacity|quantity) /.test(field)) continue;
    if (timed && (field.startsWith("date ") || field.startsWith("week_start"))) continue;
    if (field.startsWith("location ") && all.includes("location")) continue;
    fields.push(field);
  }
  // "by cuisine" names one value per thing.
  const byNouns = fragments
    .flatMap(byWords)
    .filter((word) => !GENERIC_NOUNS.has(word))
    .map((word) => singularize(word.toLowerCase()));
  for (const noun of byNouns) {
    if (NOT_FIELDS.has(noun) || all.includes(noun) || noun === head) continue;
    if (["date", "day", "time", "week"].includes(noun) || (timed && isWhenField(noun))) continue;
    fields.push(columnFor(noun));
  }
  // "with ingredients and steps" names what it holds, in the person's words.
  for (const field of listed) {
    if (isPersonField(field)) {
      fields.push(personColumn(field));
      continue;
    }
    if (field === "name" || field === "title" || all.includes(singularize(field))) continue;
    if (timed && isWhenField(field)) continue;
    fields.push(columnFor(field));
  }
  return fields;
}

/** "by date and location" → date, location; "by pickup time" → pickup time, as long as it stays a noun. */
function byWords(text: string): string[] {
  return [...text.matchAll(BY_FIELD)].flatMap((match) =>
    [match[1], match[2]].filter((words) => words !== undefined).map(nounPart),
  );
}

/** "pickup time" stays whole; "date in the morning" is only "date". */
function nounPart(words: string): string {
  const tagged = tagWords(words);
  return tagged.length === 2 && tagged[1]!.tag === "noun" ? words.toLowerCase() : tagged[0]!.word;
}

/** "add a due date to tasks" → "due_date (text)" on tasks. */
function requestedField(note: string, entity: string): string | null {
  const match = note.match(
    /\badd(?:\s+an?|\s+the)?\s+([a-z][a-z ]{1,30}?)\s+(?:field\s+|column\s+)?(?:to|on|for)\s+(?:the\s+|each\s+|every\s+)?([a-z ]+)/i,
  );
  if (!match) return null;
  if (!mentions(match[2]!, entity)) return null;
  const name = snakeCase(match[1]!.replace(/\b(?:field|column)\b/i, ""));
  if (name.length === 0) return null;
  return `${name} (${/date|day/.test(name) ? "date" : "text"})`;
}

/** Adds a column unless one of the same name (singular or plural) is there. */
function addField(fields: string[], field: string): void {
  const name = singularize(field.split(" ")[0]!);
  if (!fields.some((existing) => singularize(existing.split(" ")[0]!) === name)) fields.push(field);
}

function joinTable(join: JoinTable): SchemaTable {
  const joinerColumn =
    join.joiner === "user"
      ? "user_id (references users)"
      : `${idColumn(join.joiner)} (references ${tableName(join.joiner)})`;
  return {
    name: tableName(join.name),
    fields: [
      "id (primary key)",
      `${idColumn(join.thing)} (references ${tableName(join.thing)})`,
      joinerColumn,
      ...join.extraFields,
      "created_at (timestamp)",
    ],
  };
}

function membersTable(entity: string): SchemaTable {
  return {
    name: `${snakeCase(entity)}_members`,
    fields: [
      "id (primary key)",
      `${idColumn(entity)} (references ${tableName(entity)})`,
      "user_id (references users)",
      "permission (text: view or edit)",
      "invited_email (text)",
      "created_at (timestamp)",
    ],
  };
}

function notificationsTable(usersExist: boolean): SchemaTable {
  return {
    name: "notifications",
    fields: [
      "id (primary key)",
      ...(usersExist ? ["user_id (references users)"] : []),
      "kind (text)",
      "message (text, required)",
      "read_at (timestamp, empty until read)",
      "created_at (timestamp)",
    ],
  };
}
