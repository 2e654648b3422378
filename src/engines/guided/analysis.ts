import type { EndpointGroup, FeatureCategory, SchemaTable } from "../../app-spec/model.js";
import type { Area } from "./categories.js";
import { basicsCategoryName, type Domain, detectDomain, entityCategoryName } from "./domain.js";
import { deriveEndpoints } from "./endpoints.js";
import { detectEntities, type EntityInput } from "./entities.js";
import { featureCandidates, groupFeatures, type PlannedFeature, selectFeatures } from "./feature-plan.js";
import { fieldsOf, isCountField } from "./fields.js";
import { createMemo } from "./memo.js";
import { isRecord } from "./noun-kinds.js";
import { NOTHING_MORE, type PersonStatement, personStatements } from "./person-statements.js";
import { findRelations } from "./relations.js";
import { deriveSchema } from "./schema.js";
import { deriveScreens } from "./screens.js";
import type { AreaChoices } from "./standard-features.js";
import type { InterviewState } from "./state.js";
import { textUnits } from "./statements.js";

/** Everything the interviewer works out from the person's answers, rebuilt whenever it is needed. */
export interface Analysis {
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
}

const MAX_TABLE_ENTITIES = 6;

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
function listedFilters(entity: string | undefined, sentences: readonly string[]): string[] {
  if (!entity) return [];
  return fieldsOf(entity, sentences)
    .filter(
      (field) =>
        !isCountField(field) &&
        !/(?:^|\s)time$/.test(field) &&
        !/^(?:name|title|description|notes?|photos?|images?|pictures?|length|duration)$/.test(field),
    )
    .slice(0, 2);
}

function areaChoices(
  state: InterviewState,
  roles: readonly string[],
  main: string | undefined,
  sentences: readonly string[],
): AreaChoices {
  const said = filterWords(state);
  return {
    filterBy: said.length > 0 ? said : listedFilters(main, sentences),
    accounts: state.accounts ?? "none",
    search: state.search ?? "none",
    sharing: state.sharing ?? "none",
    settings: state.settings ?? [],
    dashboards: state.dashboards ?? "none",
    roles,
  };
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
  const texts = personTexts(state);
  const firstGuess = detectEntities(texts);
  const domain = detectDomain(state.overview.join(" "), firstGuess.entities);
  const exclude = domain.servedGroup ? [domain.servedGroup] : [];
  const detected = detectEntities(texts, exclude);
  const accountsOn = (state.accounts ?? "none") !== "none";
  const roles = accountsOn ? detected.people : [];
  const peopleEntities = accountsOn ? [] : detected.people.slice(0, 2);
  const entities = [...detected.entities, ...peopleEntities].slice(0, MAX_TABLE_ENTITIES);
  const things = entities.filter((entity) => !peopleEntities.includes(entity));
  const sentences = texts.flatMap((input) => textUnits(input.text));
  const choices = areaChoices(
    state,
    roles,
    things.find((thing) => !isRecord(thing)),
    sentences,
  );
  const areas = areasOf(choices);
  const basics = basicsCategoryName(domain);
  const statements = personStatements(state);
  const candidates = featureCandidates({
    statements,
    entities,
    areas,
    choices,
    basics,
    owned: accountsOn,
    removals: state.removals,
    nameFor: entityCategoryName,
  });
  const features = selectFeatures(candidates, state.derivedLimit);
  const categories = groupFeatures(features, entities.map(entityCategoryName));
  const storesData = state.storesData !== false;
  const tables = storesData
    ? deriveSchema({
        entities: things,
        peopleEntities: peopleEntities.filter((person) => entities.includes(person)),
        roles,
        accounts: choices.accounts,
        sharing: choices.sharing,
        settings: choices.settings,
        sentences,
        designNotes: state.designNotes,
      })
    : [];
  const relations = findRelations(sentences, entities, peopleEntities, accountsOn);
  const endpoints = deriveEndpoints({
    entities,
    accounts: choices.accounts,
    search: choices.search,
    sharing: choices.sharing,
    settings: choices.settings,
    dashboards: choices.dashboards,
    apiStyle: state.tech.apiStyle ?? "rest",
    statements: features.filter((feature) => feature.origin === "person").map((feature) => feature.text),
    joins: relations.joins,
  });
  const screens = deriveScreens({
    entities,
    accounts: choices.accounts,
    search: choices.search,
    sharing: choices.sharing,
    settings: choices.settings,
    dashboards: choices.dashboards,
    mainExperience: state.mainExperience,
    mockups: state.mockups,
  });
  return {
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
