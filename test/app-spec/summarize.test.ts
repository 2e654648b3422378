import { describe, expect, it } from "vitest";
import { summarizeAppSpec } from "../../src/app-spec/index.js";
import { lineOf, MINIMAL_SPEC, RECIPE_SPEC, withContent } from "./spec-samples.js";

describe("summarizeAppSpec", () => {
  it("reads the name, overview, count, categories and sections of a spec", () => {
    const summary = summarizeAppSpec(RECIPE_SPEC);
    expect(summary.projectName).toBe("Pantry & Plate");
    expect(summary.overview).toMatch(
      /^Pantry & Plate is a recipe keeper for home cooks who collect recipes from books,\nwebsites/,
    );
    expect(summary.overview).toMatch(/private to their account\.$/);
    expect(summary.featureCount).toBe(30);
    expect(summary.categories.map((category) => category.name)).toEqual([
      "accounts",
      "recipe_management",
      "search_and_tags",
      "meal_planning",
      "shopping_list",
    ]);
    expect(summary.categories[0]!.features[2]).toBe("A person can log out from any page");
    expect(summary.sections).toHaveLength(13);
    expect(summary.sections[0]).toEqual({
      name: "project_name",
      line: lineOf(RECIPE_SPEC, "<project_name>"),
      empty: false,
    });
    expect(summary.sections.at(-1)).toEqual({
      name: "success_criteria",
      line: lineOf(RECIPE_SPEC, "<success_criteria>"),
      empty: false,
    });
  });

  it("marks empty sections and gives null for what is missing or unreadable", () => {
    const spec = withContent(
      withContent(withContent(MINIMAL_SPEC, "overview", " "), "feature_count", "many"),
      "project_name",
      "",
    );
    const summary = summarizeAppSpec(spec);
    expect(summary.projectName).toBeNull();
    expect(summary.overview).toBeNull();
    expect(summary.featureCount).toBeNull();
    expect(summary.categories).toHaveLength(1);
    expect(summary.sections.filter((section) => section.empty).map((section) => section.name)).toEqual([
      "project_name",
      "overview",
    ]);
  });

  it("summarizes whatever it can of a broken file", () => {
    const summary = summarizeAppSpec("not a spec at all");
    expect(summary).toEqual({
      projectName: null,
      overview: null,
      featureCount: null,
      kind: "web app",
      categories: [],
      outOfScope: [],
      sections: [],
    });
  });
});
