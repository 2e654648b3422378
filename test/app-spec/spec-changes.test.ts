import { describe, expect, it } from "vitest";
import { summarizeSpecChanges } from "../../src/app-spec/index.js";
import { describeSpecChanges, type SpecChanges } from "../../src/types/index.js";
import { validSpecText } from "../support/spec-text.js";

const versions = { from: "4", to: "7" };

/** The small spec with one more feature line in its one category, and the count to match. */
function withFeature(base: string, feature: string, count: number): string {
  return base
    .replace("      - Tasks are saved", `      - ${feature}\n      - Tasks are saved`)
    .replace(/<feature_count>\d+<\/feature_count>/, `<feature_count>${count}</feature_count>`);
}

describe("summarizeSpecChanges", () => {
  it("names a feature added, the counts, the sections changed and the two versions", () => {
    const before = validSpecText(3);
    const after = withFeature(before, "Export a task list to PDF", 4);
    expect(summarizeSpecChanges(before, after, versions)).toEqual({
      features_added: ["Export a task list to PDF"],
      features_removed: [],
      sections_changed: ["feature_count", "core_features"],
      feature_count: 4,
      previous_feature_count: 3,
      from_version: "4",
      to_version: "7",
    });
  });

  it("names a feature removed", () => {
    const after = validSpecText(3);
    const before = withFeature(after, "Share a list by link", 4);
    const changes = summarizeSpecChanges(before, after, versions);
    expect(changes.features_removed).toEqual(["Share a list by link"]);
    expect(changes.features_added).toEqual([]);
    expect([changes.previous_feature_count, changes.feature_count]).toEqual([4, 3]);
  });

  it("reads a reworded feature as one removed and one added, with the count unchanged", () => {
    const before = validSpecText(3);
    const after = before.replace("A person can do task number 2", "A person can archive a task");
    const changes = summarizeSpecChanges(before, after, versions);
    expect(changes.features_removed).toEqual(["A person can do task number 2"]);
    expect(changes.features_added).toEqual(["A person can archive a task"]);
    expect(changes.sections_changed).toEqual(["core_features"]);
    expect(changes.feature_count).toBe(changes.previous_feature_count);
  });

  it("leaves out sections whose content did not change, indentation aside", () => {
    const before = validSpecText(3);
    const after = before
      .replace(
        "<ui_layout>One list screen</ui_layout>",
        "<ui_layout>One list screen and a settings page</ui_layout>",
      )
      .replace("    <frontend>", "        <frontend>");
    const changes = summarizeSpecChanges(before, after, versions);
    expect(changes.sections_changed).toEqual(["ui_layout"]);
    expect(changes.features_added).toEqual([]);
    expect(changes.features_removed).toEqual([]);
  });

  it("names a section removed, and finds nothing between a text and itself", () => {
    const before = validSpecText(3);
    const after = before.replace("  <design_system>Calm colours, large touch targets</design_system>\n", "");
    expect(summarizeSpecChanges(before, after, versions).sections_changed).toEqual(["design_system"]);
    const same = summarizeSpecChanges(before, before, versions);
    expect([same.features_added, same.features_removed, same.sections_changed]).toEqual([[], [], []]);
  });
});

describe("describeSpecChanges", () => {
  const base: SpecChanges = {
    features_added: ["Export a recipe to PDF"],
    features_removed: [],
    sections_changed: ["core_features"],
    feature_count: 43,
    previous_feature_count: 42,
    from_version: "1",
    to_version: "2",
  };

  it("says what changed in one line", () => {
    expect(describeSpecChanges(base)).toBe(
      "Added 1 feature: Export a recipe to PDF. 42 → 43 features. Changed: core_features.",
    );
  });

  it("cuts long lists after a few items", () => {
    const line = describeSpecChanges({
      ...base,
      features_added: [],
      features_removed: ["a", "b", "c", "d", "e"],
      feature_count: 37,
      sections_changed: [],
    });
    expect(line).toBe("Removed 5 features: a; b; c; and 2 more. 42 → 37 features. No section changed.");
  });
});
