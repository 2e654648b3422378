import type { SpecChanges } from "../types/spec-changes.js";
import { parseSpec } from "./parse.js";
import { locateRoot } from "./root.js";
import { validateAppSpec } from "./validate.js";

/** The versions of `prompts/app_spec.txt` a revision went from and to. */
export interface VersionPair {
  from: string;
  to: string;
}

/**
 * What a rewrite of the app spec changed, from the text it replaced and the text
 * written: features matched by their line's text (a feature reworded is one removed and
 * one added), top-level sections whose content changed (line by line, indentation
 * aside), and the feature counts.
 */
export function summarizeSpecChanges(before: string, after: string, versions: VersionPair): SpecChanges {
  const old = validateAppSpec(before);
  const now = validateAppSpec(after);
  const oldFeatures = old.categories.flatMap((category) => category.features);
  const newFeatures = now.categories.flatMap((category) => category.features);
  const oldSections = sectionTexts(before);
  const newSections = sectionTexts(after);
  const sectionsChanged = [
    ...newSections.keys(),
    ...[...oldSections.keys()].filter((name) => !newSections.has(name)),
  ].filter((name) => oldSections.get(name) !== newSections.get(name));
  return {
    features_added: missingFrom(newFeatures, oldFeatures),
    features_removed: missingFrom(oldFeatures, newFeatures),
    sections_changed: sectionsChanged,
    feature_count: now.featureCount ?? now.featureLines,
    previous_feature_count: old.featureCount ?? old.featureLines,
    from_version: versions.from,
    to_version: versions.to,
  };
}

/** The items of `list` that `other` lacks, counting repeats (a second copy of a line is a change too). */
function missingFrom(list: readonly string[], other: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of other) left.set(item, (left.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of list) {
    const count = left.get(item) ?? 0;
    if (count > 0) left.set(item, count - 1);
    else missing.push(item);
  }
  return missing;
}

/** Each top-level section's lines, trimmed, by name (a repeated name keeps them all, in order). */
function sectionTexts(text: string): Map<string, string> {
  const lines = text.split(/\r?\n/);
  const sections = new Map<string, string>();
  for (const section of locateRoot(parseSpec(text)).sections) {
    const body = lines
      .slice(section.line - 1, section.endLine)
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .join("\n");
    const before = sections.get(section.name);
    sections.set(section.name, before === undefined ? body : `${before}\n${body}`);
  }
  return sections;
}
