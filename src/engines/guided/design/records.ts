import { pluralize } from "../language/inflection.js";
import { isRecord } from "../language/noun-kinds.js";
import { article, type DerivedFeature } from "./standard-features.js";

/** Verbs by which a person leaves a record: ticking a habit leaves a check-in. */
const RECORDING_VERBS = [
  "add",
  "create",
  "check",
  "tick",
  "mark",
  "complete",
  "log",
  "record",
  "vote",
  "like",
];

/** Records that say when something was done, so they carry the day it happened. */
const DATED = new Set(["check-in", "check-out", "completion", "attendance", "tick"]);

/** The thing a record is about: the first of the app's things that is no record itself. */
export function recordParent(record: string, entities: readonly string[]): string | null {
  return entities.find((entity) => entity !== record && !isRecord(entity)) ?? null;
}

/**
 * What people do with the record of an action: make one, look back over them, and
 * undo one made by mistake. There is nothing in a check-in to open or edit.
 */
export function recordFeatures(
  record: string,
  category: string,
  owned: boolean,
  parent: string | null,
): DerivedFeature[] {
  const plural = pluralize(record);
  const forParent = parent ? ` for ${article(parent)}` : "";
  const perParent = parent ? ` for each ${parent}` : "";
  const whose = owned ? "their" : "all";
  return [
    {
      text: `Users can add ${article(record)}${forParent}`,
      category,
      tier: 1,
      coveredBy: { verbs: RECORDING_VERBS, thing: record },
    },
    {
      text: `Users can see the history of ${whose} ${plural}${perParent}, newest first`,
      category,
      tier: 1,
      coveredBy: { verbs: ["see", "view", "browse", "list", "show", "look"], thing: record },
    },
    {
      text: `Users can undo ${article(record)} made by mistake`,
      category,
      tier: 2,
      coveredBy: { verbs: ["undo", "delete", "remove", "cancel"], thing: record },
    },
    { text: `An empty history of ${plural} explains how to add the first one`, category, tier: 3 },
    { text: `A new ${record} is still there after reloading the page`, category, tier: 3 },
  ];
}

/** The columns a record needs besides its id, owner and timestamps. */
export function recordColumns(
  record: string,
  parent: string | null,
  tableOf: (entity: string) => string,
): string[] {
  const columns: string[] = [];
  if (parent) columns.push(`${parent.replaceAll(" ", "_")}_id (references ${tableOf(parent)}, required)`);
  if (DATED.has(record.split(" ").pop()!)) columns.push("date (date, required)");
  return columns;
}
