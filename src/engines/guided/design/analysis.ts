import type { SoftwareKind } from "../../../app-spec/kinds.js";
import type { CommandSpec, EndpointGroup, FeatureCategory, SchemaTable } from "../../../app-spec/model.js";
import type { InterviewState } from "../interview/state.js";
import { capitalize, pluralize } from "../language/inflection.js";
import { createMemo } from "../language/memo.js";
import { isKin, isPerson, isRecord } from "../language/noun-kinds.js";
import { escapeRegExp } from "../language/regexp.js";
import {
  basicsCategoryName,
  type Domain,
  detectDomain,
  entityCategoryName,
} from "../understanding/domain.js";
import { detectEntities, type EntityInput } from "../understanding/entities.js";
import { type Exclusion, mentionsExcluded, withoutExcluded } from "../understanding/exclusions.js";
import { fieldsOf, isCountField } from "../understanding/fields.js";
import { NOTHING_MORE, type PersonStatement, personStatements } from "../understanding/person-statements.js";
import { textUnits } from "../understanding/statements.js";
import type { SaidThing } from "../understanding/things.js";
import { AREA_CATEGORIES, type Area } from "./categories.js";
import { deriveCommands, derivePublicInterface } from "./commands.js";
import { deriveEndpoints } from "./endpoints.js";
import { featureCandidates, groupFeatures, type PlannedFeature, selectFeatures } from "./feature-plan.js";
import { findRelations } from "./relations.js";
import { deriveSchema } from "./schema.js";
import { deriveScreens } from "./screens.js";
import type { AreaChoices, ChosenAreas } from "./standard-features.js";
import { kindOf } from "./tech.js";
import { exclusionsOf, fieldsTakenOff, thingsOf, withCurrentNames } from "./things-design.js";

/** Everything the interviewer works out from the person's answers, rebuilt whenever it is needed. */
export interface Analysis {
  kind: SoftwareKind;
  /** What the person excluded: the spec's out-of-scope section, and kept out of everything else. */
  exclusions: Exclusion[];
  /** The things the software keeps, as the person described them. */
  things: SaidThing[];
  domain: Domain;
  /** The things the app keeps, each with a category and a table. */
  entities: string[];
  /** People who are roles of an account. */
  roles: string[];
  /** People kept in tables of their own (no accounts). */
  peopleEntities: string[];
  areas: Area[];
  basics: string;
  statements: PersonStatement[];
  candidates: PlannedFeature[];
  features: PlannedFeature[];
  categories: FeatureCategory[];
  tables: SchemaTable[];
  endpoints: EndpointGroup[];
  screens: string[];
  /** A command-line tool's commands; the program is named `PROGRAM` until the project's name is known. */
  commands: CommandSpec[];
  /** A library's functions. */
  publicInterface: string[];
  /** A phone app's behaviour without a connection. */
  offline: string[];
}

/** Stands for the program's name in commands until the project's name is known. */
export const PROGRAM = "PROGRAM";

/** What a phone app does without a connection, from the person's choice. */
function offlineLines(state: InterviewState, entities: readonly string[]): string[] {
  const things =
    entities.length > 0 ? entities.map((entity) => pluralize(entity)).join(", ") : "everything people add";
  if (state.offline === "full")
    return [
      `Everything works without a connection: ${things} are kept on the phone only`,
      "Nothing is sent to a server",
    ];
  if (state.offline === "online")
    return [
      "The app needs a connection; without one it says so plainly and keeps what was typed",
      "It retries once the connection is back",
    ];
  return [
    `${capitalize(things)} can be read, added and changed without a connection`,
    "Changes made offline are kept on the phone and sent to the server when the connection is back",
    "When the same thing was changed in two places, the newest change wins and nothing is silently lost",
  ];
}

/** Whether this kind of software has an HTTP API of its own. */
function httpApiFor(kind: SoftwareKind, state: InterviewState): boolean {
  if (kind === "web app" || kind === "api service") return true;
  return kind === "mobile app" && state.offline !== "full" && state.storesData !== false;
}

/** Whether this kind of software has screens. */
function screensFor(kind: SoftwareKind): boolean {
  return kind === "web app" || kind === "mobile app" || kind === "desktop app";
}

/**
 * "no student or parent logins": a person whose logins or accounts were excluded is no
 * role of an account.
 */
function isExcludedRole(person: string, exclusions: readonly Exclusion[]): boolean {
  return exclusions.some((exclusion) =>
    exclusion.keys.some(
      (key) =>
        key.includes(person) &&
        key.some((word) => /^(?:login|account|sign-in|signin|password|log-in)$/.test(word)),
    ),
  );
}

/** Every text the person wrote, for finding their things and the columns they need. */
export function personTexts(state: InterviewState): EntityInput[] {
  const inputs: EntityInput[] = state.overview.map((text) => ({ text, explicit: false }));
  if (state.mainExperience) inputs.push({ text: state.mainExperience, explicit: false });
  if (state.manages && !NOTHING_MORE.test(state.manages))
    inputs.push({ text: state.manages, explicit: true });
  if (state.domainExtras && !NOTHING_MORE.test(state.domainExtras))
    inputs.push({ text: state.domainExtras, explicit: false });
  for (const clarification of state.clarifications) {
    if (clarification.answer) inputs.push({ text: clarification.answer, explicit: false });
  }
  for (const extra of state.extraFeatures) inputs.push({ text: extra.text, explicit: false });
  for (const note of state.designNotes) {
    const table = note.match(/\badd\s+(?:an?\s+)?([a-z][a-z ]{1,30}?)\s+(?:table|entity)\b/i);
    if (table) inputs.push({ text: table[1]!, explicit: true });
  }
  return inputs;
}

/**
 * "The drivers and guards sign up for their turns": when the person said in their own words who
 * has an account, the roles are among the people they named there; "£3 for a child" in the
 * rules gives no child an account.
 */
function namedForAccounts(state: InterviewState, person: string): boolean {
  const said = state.extraFeatures
    .filter((extra) => extra.category === AREA_CATEGORIES.accounts)
    .map((extra) => extra.text)
    .join(" ");
  if (said.trim().length === 0) return true;
  const names = [person, pluralize(person)].map(escapeRegExp).join("|");
  return new RegExp(`(?<![\\p{L}])(?:${names})(?![\\p{L}])`, "iu").test(said);
}

/** "every night", "at 2am", "from cron": the software runs by itself, on a schedule. */
function runsOnSchedule(texts: readonly EntityInput[]): boolean {
  return texts.some((input) =>
    /\b(?:nightly|every (?:night|morning|day|hour|week|monday|sunday)|cron|on a schedule|scheduled|at \d{1,2}(?::\d\d)?\s*(?:am|pm)\b)/i.test(
      input.text,
    ),
  );
}

/** Words after "by" where people find things: "browse shifts by date and location". */
const FIND_BY =
  /\b(?:browse|search|filter|sort|find|look|see|view)\w*\b[^.,;]*?\bby\s+(?:their\s+|the\s+)?([a-z]+)(?:\s+(?:and|or)\s+([a-z]+))?/gi;

function filterWords(state: InterviewState): string[] {
  const text = personTexts(state)
    .map((input) => input.text)
    .join(" ");
  const words = [...text.matchAll(FIND_BY)].flatMap((match) => [match[1], match[2]]);
  const kept = words.filter(
    (word): word is string => word !== undefined && !["keyword", "name", "hand"].includes(word.toLowerCase()),
  );
  return [...new Set(kept.map((word) => word.toLowerCase()))].slice(0, 2);
}

/**
 * What to filter the main thing by when the person never said: the fields they gave it
 * ("habits with a schedule and a colour" → by schedule and colour), else nothing.
 */
function listedFilters(
  entity: string | undefined,
  sentences: readonly string[],
  things: readonly SaidThing[],
): string[] {
  if (!entity) return [];
  // The fields as they stand after the person's changes ("drop the colour from items").
  const described = things.find((thing) => thing.key === entity);
  return (described ? described.fields.map((field) => field.said) : fieldsOf(entity, sentences))
    .filter(
      (field) =>
        !isCountField(field) &&
        !/(?:^|\s)time$/.test(field) &&
        !/^(?:name|title|description|notes?|photos?|images?|pictures?|screenshots?|files?|pdf(?: files?)?|attachments?|length|duration)$/.test(
          field,
        ) &&
        // Nobody filters by what tells one apart: a name in the person's language ("nami",
        // "nama", "ngalan"), a phone, an email, an address or a number ("nomer WA").
        !/^(?:nami|nama|nombre|nom|nome|naam|ngalan|dzina|jina|imię|isim)$/iu.test(field) &&
        !/(?:^|\s)(?:phone(?:\s+number)?|e-?mail|address|number|nomer|nomor|numero|número|telefon\p{L}*|cell(?:phone)?|mobile|whatsapp|wa)$/iu.test(
          field,
        ),
    )
    .slice(0, 2);
}

function areaChoices(
  state: InterviewState,
  roles: readonly string[],
  main: string | undefined,
  sentences: readonly string[],
  things: readonly SaidThing[],
): AreaChoices {
  const said = filterWords(state);
  return {
    filterBy: said.length > 0 ? said : listedFilters(main, sentences, things),
    accounts: state.accounts ?? "none",
    search: state.search ?? "none",
    sharing: state.sharing ?? "none",
    settings: state.settings ?? [],
    dashboards: state.dashboards ?? "none",
    roles,
  };
}

function chosenAreas({ accounts, search, sharing, settings, dashboards }: AreaChoices): ChosenAreas {
  return { accounts, search, sharing, settings, dashboards };
}

function areasOf(choices: AreaChoices): Area[] {
  const areas: Area[] = [];
  if (choices.accounts !== "none") areas.push("accounts");
  if (choices.search !== "none") areas.push("search");
  if (choices.sharing !== "none") areas.push("sharing");
  if (choices.settings.length > 0) areas.push("settings");
  if (choices.dashboards !== "none") areas.push("dashboards");
  return areas;
}

/**
 * Analyses lately made. A replay analyses the same states turn after turn, and one turn
 * asks for the same state's analysis several times; the key is the whole state, so two
 * states share an analysis only when they are equal.
 */
const analyses = createMemo<Analysis>(64);

/** The analysis of a state; shared and frozen, so never to be changed by its reader. */
export function analyze(state: InterviewState): Analysis {
  return analyses.get(JSON.stringify(state), () => analyzeAfresh(state));
}

function analyzeAfresh(state: InterviewState): Analysis {
  const kind = kindOf(state);
  const texts = personTexts(state);
  const exclusions = exclusionsOf(state);
  // Software that keeps nothing between runs has no things to add, list, edit or delete:
  // "Every client has its own rules" names no record of a checker that stores nothing.
  const things = state.storesData === false ? [] : thingsOf(state);
  const detected = detectEntities(texts);
  const domain = detectDomain(
    state.overview.join(" "),
    things.map((thing) => thing.key),
    kind,
  );
  const accountsOn = (state.accounts ?? "none") !== "none";
  const entities = things.map((thing) => thing.key);
  const peopleEntities = entities.filter((entity) => isPerson(entity));
  // People who use the software are roles of an account, unless the person keeps them as things.
  const roles = accountsOn
    ? detected.people.filter(
        (person) =>
          !entities.includes(person) &&
          !isExcludedRole(person, exclusions) &&
          !isKin(person) &&
          namedForAccounts(state, person),
      )
    : [];
  const things_ = entities.filter((entity) => !peopleEntities.includes(entity));
  const sentences = withCurrentNames(
    texts.flatMap((input) => textUnits(input.text)),
    things,
  );
  const choices = areaChoices(
    state,
    roles,
    things_.find((thing) => !isRecord(thing)),
    sentences,
    things,
  );
  const areas = areasOf(choices);
  const basics = basicsCategoryName(domain);
  const statements = personStatements(state);
  const takenOff = fieldsTakenOff(state);
  const candidates = featureCandidates({
    statements,
    entities,
    areas,
    choices,
    basics,
    owned: accountsOn,
    removals: state.removals,
    nameFor: entityCategoryName,
    kind,
  }).flatMap((feature) => {
    // Only what is excluded leaves a feature: "… with a date, notes and photos" keeps its date and notes.
    // People kept out of the data only ("I don't need the parents in there") may still be sent things.
    const text = withoutExcluded(
      feature.text,
      exclusions.filter((exclusion) => !exclusion.dataOnly),
    );
    // A field taken off at "Your data" leaves the lists of the person's features too, and no
    // feature, unless the feature is only that field said over ("the budget they've mentioned").
    const takenOffText = text === null ? null : withoutExcluded(text, takenOff);
    if (text !== null && takenOffText === null && text.split(/\s+/).length <= 5) return [];
    const withoutFieldsTakenOff = text === null ? null : (takenOffText ?? text);
    return withoutFieldsTakenOff === null ? [] : [{ ...feature, text: withoutFieldsTakenOff }];
  });
  const features = selectFeatures(candidates, state.derivedLimit);
  const categories = groupFeatures(features, entities.map(entityCategoryName));
  const storesData = state.storesData !== false;
  const tables = storesData
    ? deriveSchema({
        entities: things_,
        peopleEntities,
        roles,
        accounts: choices.accounts,
        sharing: choices.sharing,
        settings: choices.settings,
        sentences,
        designNotes: state.designNotes,
        things,
      }).filter((table) => !mentionsExcluded(table.name.replaceAll("_", " "), exclusions))
    : [];
  const relations = findRelations(sentences, entities, peopleEntities, accountsOn);
  const hasHttpApi = !state.dropped.api && httpApiFor(kind, state);
  const endpoints = (
    !hasHttpApi
      ? []
      : deriveEndpoints({
          entities,
          ...chosenAreas(choices),
          apiStyle: state.tech.apiStyle ?? "rest",
          statements: features
            .filter((feature) => feature.origin === "person")
            .map((feature) => feature.text),
          joins: relations.joins,
        })
  )
    .map((group) => ({
      ...group,
      endpoints: group.endpoints.filter((line) => !mentionsExcluded(line, exclusions)),
    }))
    .filter((group) => group.endpoints.length > 0);
  const hasScreens = !state.dropped.screens && screensFor(kind);
  const screens = (
    !hasScreens
      ? []
      : deriveScreens({
          entities,
          ...chosenAreas(choices),
          mainExperience:
            state.mainExperience && quotedWithout(state.mainExperience, [...exclusions, ...takenOff]),
          mockups: state.mockups,
        })
  ).filter((line) => !mentionsExcluded(line, exclusions));
  const personFeatures = features
    .filter((feature) => feature.origin === "person")
    .map((feature) => feature.text);
  const commands =
    kind === "command-line tool"
      ? deriveCommands(PROGRAM, state.commands, personFeatures, { scheduled: runsOnSchedule(texts) })
          // "remove the export command": a command left out goes whole, its usage and flags with it.
          .filter((command) => !mentionsExcluded(command.name, exclusions))
          .map((command) => ({
            ...command,
            lines: command.lines.filter((line) => !mentionsExcluded(line, exclusions)),
          }))
      : [];
  const publicInterface = kind === "library" ? derivePublicInterface(personFeatures) : [];
  return {
    commands,
    publicInterface,
    offline: kind === "mobile app" ? offlineLines(state, entities) : [],
    kind,
    exclusions,
    things,
    domain,
    entities,
    roles,
    peopleEntities,
    areas,
    basics,
    statements,
    candidates,
    features,
    categories,
    tables,
    endpoints,
    screens,
  };
}

/**
 * The person's walkthrough, quoted in the screens, without what they left out or took off
 * since: each sentence loses the excluded item from its lists, or goes when nothing is left.
 */
function quotedWithout(text: string, exclusions: readonly Exclusion[]): string {
  if (exclusions.length === 0) return text;
  return text
    .split(/(?<=[.!?])\s+/)
    .flatMap((sentence) => withoutExcluded(sentence, exclusions) ?? [])
    .join(" ");
}
