import { checkElementPresent, indexElements, isEmptyElement } from "./check-sections.js";
import type { SpecCategory } from "./features.js";
import { type Finding, specWarning } from "./finding.js";
import { KIND_STACK_PARTS, type SoftwareKind } from "./kinds.js";
import type { SpecNode } from "./parse.js";

/** Words that show a feature keeps data between visits. */
const PERSISTENCE_WORDS =
  /\b(?:stor(?:e|es|ed|ing|age)|sav(?:e|es|ed|ing)|persist\w*|database|remember\w*)\b/i;

/**
 * Checks the parts of `technology_stack`, and that an app with a database says what it
 * keeps in it: a database with neither stored data in the features nor a schema leaves
 * the coding agent to invent the data model.
 */
export function checkTechnologyStack(
  sections: Map<string, SpecNode>,
  categories: SpecCategory[],
  kind: SoftwareKind,
  findings: Finding[],
): void {
  const stack = sections.get("technology_stack");
  if (stack === undefined || isEmptyElement(stack)) return;
  const parts = indexElements(stack.children, findings);
  for (const name of KIND_STACK_PARTS[kind]) {
    checkElementPresent(parts, name, stack, "warning", findings);
  }
  const backend = parts.get("backend");
  const backendParts = backend ? indexElements(backend.children, findings) : new Map<string, SpecNode>();
  const holder = backendParts.has("database") || !parts.has("database") ? backendParts : parts;
  // A web app or service names its database; other kinds often keep nothing and need not say so.
  const needsDatabase = kind === "web app" || kind === "api service" || holder.has("database");
  if (!needsDatabase) return;
  const database = checkElementPresent(holder, "database", backend ?? stack, "warning", findings);
  if (database === undefined || /^none\b/i.test(database.allText)) return;

  const schema = sections.get("database_schema");
  const schemaIsEmpty = schema === undefined || isEmptyElement(schema);
  const featuresStoreData = categories.some((category) =>
    category.features.some((feature) => PERSISTENCE_WORDS.test(feature)),
  );
  if (schemaIsEmpty && !featuresStoreData) {
    findings.push(
      specWarning(
        `The app has a database ("${database.allText.split("\n")[0]}"), but no feature stores, saves or persists anything and <database_schema> is empty. Describe the stored data in <database_schema>, or write "none" in <database> if the app keeps nothing.`,
        database.line,
      ),
    );
  }
}
