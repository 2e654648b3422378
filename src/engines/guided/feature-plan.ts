import type { FeatureCategory } from "../../spec/model.js";
import { AREA_CATEGORIES, type Area, type CategoryContext, categorize } from "./categories.js";
import { isRemoved, type PersonStatement } from "./person-statements.js";
import {
  type AreaChoices,
  areaFeatures,
  type DerivedFeature,
  entityFeatures,
  generalFeatures,
  type Tier,
} from "./standard-features.js";
import { tagWords } from "./tagger.js";

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
}

/**
 * Every feature the spec could carry: the person's statements filed in categories
 * named from their own words, and the derived ones their choices imply, minus those a
 * statement of theirs already covers.
 */
export function featureCandidates(input: FeaturePlanInput): PlannedFeature[] {
  const entityDerived = input.entities.flatMap((entity) =>
    entityFeatures(entity, input.nameFor(entity), input.owned),
  );
  const derived = [
    ...entityDerived,
    ...areaFeatures(input.choices, input.entities),
    ...generalFeatures(input.basics),
  ].filter((feature) => !isRemoved(feature.text, input.removals));
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
  const sameCategory = person.filter((statement) => statement.category === feature.category);
  if (feature.coveredBy) {
    const covering = new Set(feature.coveredBy);
    return sameCategory.some((statement) => verbsOf(statement.text).some((verb) => covering.has(verb)));
  }
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
