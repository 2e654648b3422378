import { checkFeatures } from "./check-features.js";
import { indexElements, isEmptyElement } from "./check-sections.js";
import { featureLinesIn } from "./features.js";
import type { Finding } from "./finding.js";
import { DEFAULT_KIND, readSoftwareKind, type SoftwareKind } from "./kinds.js";
import { parseSpec, type SpecNode } from "./parse.js";
import { locateRoot } from "./root.js";

/** What a page or the terminal shows of a spec: its name, its features, and which sections it has. */
export interface SpecSummary {
  projectName: string | null;
  overview: string | null;
  featureCount: number | null;
  /** The kind of software; a spec that names none (or none known) is a web app. */
  kind: SoftwareKind;
  categories: { name: string; features: string[] }[];
  /** What the person excluded, one line each. */
  outOfScope: string[];
  /** The sections in the order the file has them. */
  sections: { name: string; line: number; empty: boolean }[];
}

/** Reads what a spec says without judging it; `validateAppSpec` says what is wrong. */
export function summarizeAppSpec(text: string): SpecSummary {
  const located = locateRoot(parseSpec(text));
  const ignored: Finding[] = [];
  const sections = indexElements(located.sections, ignored);
  const features = checkFeatures(sections, ignored);
  return {
    projectName: textOf(sections.get("project_name")?.allText),
    overview: textOf(sections.get("overview")?.allText),
    featureCount: features.featureCount,
    kind: readSoftwareKind(sections.get("software_kind")?.allText ?? "") ?? DEFAULT_KIND,
    outOfScope: listLines(sections.get("out_of_scope")),
    categories: features.categories.map(({ name, features: list }) => ({ name, features: list })),
    sections: located.sections.map((section) => ({
      name: section.name,
      line: section.line,
      empty: isEmptyElement(section),
    })),
  };
}

/** Removes the indentation the XML layout added, keeping paragraph breaks. */
function textOf(text: string | undefined): string | null {
  if (text === undefined || text === "") return null;
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

/** The "- " lines of a list section, without their markers. */
function listLines(section: SpecNode | undefined): string[] {
  return section === undefined ? [] : featureLinesIn(section.allText);
}
