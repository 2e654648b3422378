import { checkFeatures } from "./check-features.js";
import { checkSections, indexElements } from "./check-sections.js";
import { checkTechnologyStack } from "./check-stack.js";
import { checkImplementationSteps } from "./check-steps.js";
import type { Finding } from "./finding.js";
import { parseSpec } from "./parse.js";
import { locateRoot } from "./root.js";
import { ROOT_ELEMENT } from "./sections.js";

export interface SpecValidation {
  /** No errors; warnings are allowed. */
  valid: boolean;
  errors: Finding[];
  warnings: Finding[];
  /** The declared feature_count, when it is a positive whole number. */
  featureCount: number | null;
  /** How many "- " feature lines the categories of core_features hold. */
  featureLines: number;
  /** The categories of core_features, in order. */
  categories: { name: string; features: string[] }[];
}

/** Checks an app_spec.txt: its structure, its required sections, and its feature count. */
export function validateAppSpec(text: string): SpecValidation {
  const parsed = parseSpec(text);
  const located = locateRoot(parsed);
  const findings: Finding[] = [...parsed.errors, ...located.errors];
  const sections = indexElements(located.sections, findings);
  checkSections(sections, { name: located.root?.name ?? ROOT_ELEMENT, line: located.line }, findings);
  const features = checkFeatures(sections, findings);
  checkTechnologyStack(sections, features.categories, findings);
  checkImplementationSteps(sections, findings);

  const ordered = [...findings].sort(byLine);
  const errors = ordered.filter((finding) => finding.severity === "error");
  return {
    valid: errors.length === 0,
    errors,
    warnings: ordered.filter((finding) => finding.severity === "warning"),
    featureCount: features.featureCount,
    featureLines: features.featureLines,
    categories: features.categories.map(({ name, features: list }) => ({ name, features: list })),
  };
}

/** Findings without a line first, then in the order of the file. */
function byLine(a: Finding, b: Finding): number {
  return (a.line ?? 0) - (b.line ?? 0);
}
