import { describe, expect, it } from "vitest";
import {
  derivedInOrder,
  type FeaturePlanInput,
  featureCandidates,
  groupFeatures,
  selectFeatures,
} from "../../../src/engines/guided/design/feature-plan.js";
import { adjustedLimit, parseTarget } from "../../../src/engines/guided/interview/feature-count.js";
import { entityCategoryName } from "../../../src/engines/guided/understanding/domain.js";

const input: FeaturePlanInput = {
  statements: [
    { text: "Users can save recipes", categoryHint: null },
    { text: "Users can generate shopping lists", categoryHint: null },
    { text: "Dark mode", categoryHint: null },
  ],
  entities: ["recipe", "shopping list"],
  areas: ["accounts"],
  choices: {
    accounts: "email",
    search: "none",
    sharing: "none",
    settings: [],
    dashboards: "none",
    roles: [],
    filterBy: [],
  },
  basics: "Recipe basics",
  owned: true,
  removals: [],
  nameFor: entityCategoryName,
};

describe("featureCandidates", () => {
  const candidates = featureCandidates(input);

  it("files the person's statements in categories named from their things", () => {
    const person = candidates.filter((feature) => feature.origin === "person");
    expect(person.map((feature) => [feature.text, feature.category])).toEqual([
      ["Users can save recipes", "Recipes"],
      ["Users can generate shopping lists", "Shopping lists"],
      ["Dark mode", "Recipe basics"],
    ]);
  });

  it("derives the standard features the choices imply, minus those the person already said", () => {
    const derived = candidates
      .filter((feature) => feature.origin === "derived")
      .map((feature) => feature.text);
    expect(derived).toEqual(
      expect.arrayContaining(["Users can sign up with email and password", "Users can log in and log out"]),
    );
    expect(derived).toContain("Users can edit a recipe");
    // "save recipes" already says how a recipe is added; "generate" says it for shopping lists.
    expect(derived).not.toContain("Users can add a recipe");
    expect(derived).not.toContain("Users can add a shopping list");
  });

  it("leaves out what the person removed", () => {
    const removed = featureCandidates({ ...input, removals: ["dark mode", "change their password"] });
    const texts = removed.map((feature) => feature.text);
    expect(texts).not.toContain("Dark mode");
    expect(texts).not.toContain("Users can change their password");
  });
});

describe("selectFeatures", () => {
  const candidates = featureCandidates(input);

  it("keeps every statement of the person's whatever the limit", () => {
    for (const limit of [0, 3, null, 500]) {
      const selected = selectFeatures(candidates, limit);
      expect(selected.filter((feature) => feature.origin === "person")).toHaveLength(3);
    }
    expect(selectFeatures(candidates, 0)).toHaveLength(3);
    expect(selectFeatures(candidates, 4)).toHaveLength(7);
  });

  it("adds essentials before details", () => {
    const order = derivedInOrder(candidates).map((feature) => feature.tier);
    expect([...order].sort()).toEqual(order);
  });

  it("groups accounts first, then the person's things", () => {
    const names = groupFeatures(selectFeatures(candidates, null), ["Recipes", "Shopping lists"]).map(
      (category) => category.name,
    );
    expect(names.slice(0, 3)).toEqual(["Accounts", "Recipes", "Shopping lists"]);
  });
});

describe("the feature count", () => {
  const candidates = featureCandidates(input);
  const standard = selectFeatures(candidates, null).length;

  it("reads a wish from free text", () => {
    expect(parseTarget("about 60")).toBe(60);
    expect(parseTarget("more detail please")).toBe("more");
    expect(parseTarget("keep it minimal")).toBe("fewer");
    expect(parseTarget("add offline mode")).toBeNull();
  });

  it("adds detail, trims to essentials, or reaches a number, never below the person's own", () => {
    const more = adjustedLimit(candidates, null, "more");
    expect(3 + more.limit).toBeGreaterThan(standard);
    const fewer = adjustedLimit(candidates, null, "fewer");
    expect(3 + fewer.limit).toBeLessThan(standard);
    expect(adjustedLimit(candidates, null, 20).limit).toBe(17);
    const tooFew = adjustedLimit(candidates, null, 1);
    expect(tooFew.limit).toBe(0);
    expect(tooFew.notes[0]).toContain("3 features yourself");
    expect(adjustedLimit(candidates, null, "right")).toEqual({
      limit: standard - 3,
      confirm: true,
      notes: [],
    });
  });
});

describe("what is added for each thing", () => {
  const habits: FeaturePlanInput = {
    ...input,
    statements: [
      { text: "Users can create habits", categoryHint: null },
      { text: "Users can tick the habits they did yesterday", categoryHint: null },
    ],
    entities: ["habit", "check-in"],
    areas: ["search"],
    choices: { ...input.choices, search: "keyword" },
    basics: "Habit basics",
  };
  const derived = featureCandidates(habits)
    .filter((feature) => feature.origin === "derived")
    .map((feature) => feature.text);

  it("gives a record of an action a way to add, look back and undo, and nothing to open or edit", () => {
    expect(derived).toEqual(
      expect.arrayContaining([
        "Users can add a check-in for a habit",
        "Users can see the history of their check-ins for each habit, newest first",
        "Users can undo a check-in made by mistake",
      ]),
    );
    expect(derived.filter((text) => /(?:open|edit|delete) a check-in/.test(text))).toEqual([]);
    expect(derived).toContain("Users can search habits by keyword");
  });

  it("counts a thing as added only when a creating verb acts on it", () => {
    const band = featureCandidates({
      ...input,
      statements: [
        { text: "Users can schedule rehearsals and gigs", categoryHint: null },
        { text: "Coordinators create shifts at our pantry locations", categoryHint: null },
        { text: "Users can keep a setlist for each song", categoryHint: null },
      ],
      entities: ["rehearsal", "gig", "shift", "location", "song"],
    }).map((feature) => feature.text);
    for (const covered of ["rehearsal", "gig", "shift"])
      expect(band).not.toContain(`Users can add a ${covered}`);
    expect(band).toContain("Users can add a location");
    expect(band).toContain("Users can add a song");
  });
});
