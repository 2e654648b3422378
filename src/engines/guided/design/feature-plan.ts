import type { SoftwareKind } from "../../../app-spec/kinds.js";
import type { FeatureCategory } from "../../../app-spec/model.js";
import { isPerson, isRecord } from "../language/noun-kinds.js";
import { tagWords } from "../language/tagger.js";
import { mentionIndices } from "../understanding/entities.js";
import { isRemoved, type PersonStatement } from "../understanding/person-statements.js";
import { AREA_CATEGORIES, type Area, type CategoryContext, categorize } from "./categories.js";
import { recordFeatures, recordParent } from "./records.js";
import {
  type AreaChoices,
  areaFeatures,
  type DerivedFeature,
  entityFeatures,
  generalFeatures,
  type Tier,
} from "./standard-features.js";

export interface PlannedFeature {
  text: string;
  category: string;
  /** "person" for their own words, "derived" for what the interviewer added. */
  origin: "person" | "derived";
  /** 0 for the person's features, else how much the derived feature matters. */
  tier: 0 | Tier;
}

export interface FeaturePlanInput {
  statements: readonly PersonStatement[];
  entities: readonly string[];
  areas: readonly Area[];
  choices: AreaChoices;
  basics: string;
  /** Whether each person owns their things (accounts), which changes "their" and "all". */
  owned: boolean;
  removals: readonly string[];
  nameFor: (entity: string) => string;
  /** The kind of software: a tool without screens gets no features about forms and pages. */
  kind?: SoftwareKind;
}

/** Words of a derived feature that only make sense on a screen. */
const SCREEN_WORDS = /\b(?:form|page|screen|scroll\w*|reload\w*|bell|click|button|keyboard|icon)\b/i;

/**
 * Every feature the spec could carry: the person's statements filed in categories
 * named from their own words, and the derived ones their choices imply, minus those a
 * statement of theirs already covers.
 */
export function featureCandidates(input: FeaturePlanInput): PlannedFeature[] {
  const entityDerived = input.entities.flatMap((entity) =>
    isRecord(entity)
      ? recordFeatures(entity, input.nameFor(entity), input.owned, recordParent(entity, input.entities))
      : entityFeatures(entity, input.nameFor(entity), input.owned),
  );
  const kind = input.kind ?? "web app";
  const screens = kind === "web app" || kind === "mobile app" || kind === "desktop app";
  const derived = [
    ...entityDerived,
    ...areaFeatures(input.choices, input.entities),
    ...generalFeatures(input.basics, kind),
  ].filter(
    (feature) => !isRemoved(feature.text, input.removals) && (screens || !SCREEN_WORDS.test(feature.text)),
  );
  const existing = new Map<string, string[]>();
  for (const feature of derived)
    existing.set(feature.category, [...(existing.get(feature.category) ?? []), feature.text]);
  const person: PlannedFeature[] = [];
  for (const statement of input.statements.filter(
    (candidate) => !isRemoved(candidate.text, input.removals),
  )) {
    const context: CategoryContext = {
      entities: input.entities,
      areas: input.areas,
      existing,
      basics: input.basics,
      nameFor: input.nameFor,
      previous: person[person.length - 1]?.category ?? null,
    };
    const category = statement.categoryHint ?? categorize(statement.text, context);
    person.push({ text: statement.text, category, origin: "person", tier: 0 });
    existing.set(category, [...(existing.get(category) ?? []), statement.text]);
  }
  const kept = derived
    .filter((feature) => !coveredByPerson(feature, person))
    .map(
      (feature): PlannedFeature => ({
        text: feature.text,
        category: feature.category,
        origin: "derived",
        tier: feature.tier,
      }),
    );
  return [...person, ...kept];
}

function coveredByPerson(feature: DerivedFeature, person: readonly PlannedFeature[]): boolean {
  if (feature.coveredBy) {
    const { verbs, thing } = feature.coveredBy;
    const covering = new Set(verbs);
    return person.some((statement) => actsOn(statement.text, thing, covering));
  }
  const sameCategory = person.filter((statement) => statement.category === feature.category);
  // "Volunteers get a reminder the day before" covers "Users get a reminder the day before a shift starts":
  // the same first action and most of the same words.
  const wanted = significantWords(feature.text);
  const action = verbsOf(feature.text)[0];
  return sameCategory.some((statement) => {
    const words = new Set(significantWords(statement.text));
    const shared = wanted.filter((word) => words.has(word)).length;
    const sameAction = action === undefined || verbsOf(statement.text).includes(action);
    return sameAction && wanted.length > 0 && shared / wanted.length >= COVERED_SHARE;
  });
}

/** How many words may stand between a verb and the thing it acts on: "schedule rehearsals and gigs". */
const ACTS_ON_REACH = 4;

/** Words after which what follows is no longer the verb's object: "create shifts at our locations". */
const OBJECT_ENDS = new Set(["at", "in", "on", "for", "to", "from", "with", "of", "by", "about", "between"]);

/**
 * Whether one of the verbs acts on the thing: "Users can schedule rehearsals and gigs"
 * adds gigs, and "plan weekly meals" adds meal plans; "keep a setlist for each gig"
 * and "create shifts at our locations" add no gig and no location.
 */
function actsOn(statement: string, thing: string, verbs: ReadonlySet<string>): boolean {
  const words = tagWords(statement);
  const modifier = thing.includes(" ") ? thing.split(" ")[0]! : null;
  const mentions = new Set([
    ...mentionIndices(statement, thing),
    ...(modifier && !isPerson(modifier) ? mentionIndices(statement, modifier) : []),
  ]);
  return words.some((word, index) => {
    if (word.tag !== "verb" || !verbs.has(word.base)) return false;
    let reach = 0;
    for (let next = index + 1; next < words.length && reach < ACTS_ON_REACH; next++) {
      if (mentions.has(next)) return true;
      if (OBJECT_ENDS.has(words[next]!.word)) return false;
      if (words[next]!.tag !== "stop" && words[next]!.tag !== "comma") reach++;
    }
    return false;
  });
}

/** The share of a derived feature's words a statement of the person's must have to cover it. */
const COVERED_SHARE = 0.6;

function verbsOf(text: string): string[] {
  return tagWords(text)
    .filter((word) => word.tag === "verb")
    .map((word) => word.base);
}

function significantWords(text: string): string[] {
  return tagWords(text)
    .filter((word) => (word.tag === "noun" || word.tag === "verb") && word.base !== "user")
    .map((word) => word.base);
}

/** The derived features in the order they are added: essentials first, spread across categories. */
export function derivedInOrder(candidates: readonly PlannedFeature[]): PlannedFeature[] {
  const derived = candidates.filter((feature) => feature.origin === "derived");
  const categoryIndex = new Map<string, number>();
  const rankInCategory = new Map<PlannedFeature, number>();
  const seenPerCategoryAndTier = new Map<string, number>();
  for (const feature of derived) {
    if (!categoryIndex.has(feature.category)) categoryIndex.set(feature.category, categoryIndex.size);
    const key = `${feature.category}\u0000${feature.tier}`;
    const rank = seenPerCategoryAndTier.get(key) ?? 0;
    rankInCategory.set(feature, rank);
    seenPerCategoryAndTier.set(key, rank + 1);
  }
  return [...derived].sort(
    (a, b) =>
      a.tier - b.tier ||
      rankInCategory.get(a)! - rankInCategory.get(b)! ||
      categoryIndex.get(a.category)! - categoryIndex.get(b.category)!,
  );
}

/** How many derived features a complete app carries before any adjustment: tiers 1 and 2. */
export function standardDerivedCount(candidates: readonly PlannedFeature[]): number {
  return candidates.filter((feature) => feature.origin === "derived" && feature.tier <= 2).length;
}

/** The features the spec carries: all of the person's, and the first `derivedLimit` derived ones. */
export function selectFeatures(
  candidates: readonly PlannedFeature[],
  derivedLimit: number | null,
): PlannedFeature[] {
  const limit = derivedLimit ?? standardDerivedCount(candidates);
  const chosen = new Set(derivedInOrder(candidates).slice(0, limit));
  return candidates.filter((feature) => feature.origin === "person" || chosen.has(feature));
}

/**
 * Features grouped into categories: accounts first (everything else builds on them),
 * then the categories of the person's things in the order they came up, then the rest.
 */
export function groupFeatures(
  features: readonly PlannedFeature[],
  entityCategories: readonly string[],
): FeatureCategory[] {
  const order: string[] = [];
  const add = (name: string) => {
    if (!order.includes(name) && features.some((feature) => feature.category === name)) order.push(name);
  };
  add(AREA_CATEGORIES.accounts);
  for (const name of entityCategories) add(name);
  for (const feature of features) if (feature.origin === "person") add(feature.category);
  for (const feature of features) add(feature.category);
  return order.map((name) => ({
    name,
    features: features.filter((feature) => feature.category === name).map((feature) => feature.text),
  }));
}
