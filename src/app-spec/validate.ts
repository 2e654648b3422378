import { checkFeatures } from "./check-features.js";
import { checkSections, indexElements } from "./check-sections.js";
import { checkTechnologyStack } from "./check-stack.js";
import { checkImplementationSteps } from "./check-steps.js";
import { type Finding, specWarning } from "./finding.js";
import { DEFAULT_KIND, readSoftwareKind, SOFTWARE_KINDS, type SoftwareKind } from "./kinds.js";
import type { SpecNode } from "./parse.js";
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
  /** The kind of software, from `<software_kind>`; a spec without one is a web app. */
  kind: SoftwareKind;
}

/** Checks an app_spec.txt: its structure, its required sections, and its feature count. */
export function validateAppSpec(text: string): SpecValidation {
  const parsed = parseSpec(text);
  const located = locateRoot(parsed);
  const findings: Finding[] = [...parsed.errors, ...located.errors];
  const sections = indexElements(located.sections, findings);
  const kind = readKind(sections.get("software_kind"), findings);
  checkSections(sections, { name: located.root?.name ?? ROOT_ELEMENT, line: located.line }, kind, findings);
  const features = checkFeatures(sections, findings);
  checkTechnologyStack(sections, features.categories, kind, findings);
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
    kind,
  };
}

/** The kind `<software_kind>` names; one it cannot read is reported and taken as a web app. */
function readKind(element: SpecNode | undefined, findings: Finding[]): SoftwareKind {
  if (element === undefined || element.allText === "") return DEFAULT_KIND;
  const kind = readSoftwareKind(element.allText);
  if (kind) return kind;
  findings.push(
    specWarning(
      `<software_kind> says "${element.allText.trim()}", which is none of ${SOFTWARE_KINDS.map((name) => `"${name}"`).join(", ")}; it is read as a web app.`,
      element.line,
    ),
  );
  return DEFAULT_KIND;
}

/** Findings without a line first, then in the order of the file. */
function byLine(a: Finding, b: Finding): number {
  return (a.line ?? 0) - (b.line ?? 0);
}
