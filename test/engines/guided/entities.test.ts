import { describe, expect, it } from "vitest";
import { detectEntities, mentionIndex } from "../../../src/engines/guided/entities.js";
import { pluralize, singularize } from "../../../src/engines/guided/inflection.js";

describe("detectEntities", () => {
  it("finds the things a recipe planner keeps, compounds whole, and nothing generic", () => {
    const found = detectEntities([
      {
        text: "A recipe app for busy families. I want to save recipes, plan weekly meals and generate shopping lists.",
        explicit: false,
      },
      { text: "Recipes with ingredients and steps, weekly meal plans, and shopping lists", explicit: true },
    ]);
    expect(found.entities).toEqual(expect.arrayContaining(["recipe", "shopping list", "meal plan"]));
    expect(found.entities[0]).toBe("recipe");
    // "meal" merges into "meal plan"; "list" on its own and "app" are not things.
    expect(found.entities).not.toContain("meal");
    expect(found.entities).not.toContain("list");
    expect(found.entities).not.toContain("app");
    expect(found.entities).not.toContain("item");
  });

  it("keeps people apart from things", () => {
    const found = detectEntities(
      [
        {
          text: "Coordinators create shifts at our pantry locations and volunteers sign up for them.",
          explicit: false,
        },
        {
          text: "Volunteers browse open shifts by date and location. Coordinators see who is coming.",
          explicit: false,
        },
        { text: "shifts, locations, and volunteer hours", explicit: true },
      ],
      ["food bank"],
    );
    expect(found.entities).toEqual(expect.arrayContaining(["shift", "location", "volunteer hour"]));
    expect(found.people).toEqual(expect.arrayContaining(["coordinator", "volunteer"]));
    expect(found.entities).not.toContain("volunteer");
  });

  it("gives different ideas different things", () => {
    const gym = detectEntities([
      {
        text: "Log workouts with exercises, sets and reps. Track personal records for each exercise.",
        explicit: false,
      },
    ]);
    const library = detectEntities([
      {
        text: "Members borrow books, return books and reserve books. Librarians add books to the catalog.",
        explicit: false,
      },
    ]);
    expect(gym.entities).toContain("exercise");
    expect(gym.entities).toContain("workout");
    expect(library.entities).toContain("book");
    expect(gym.entities).not.toContain("book");
    expect(library.entities).not.toContain("exercise");
  });

  it("needs a thing mentioned twice, or named as something people manage", () => {
    expect(detectEntities([{ text: "See the weather near a lighthouse", explicit: false }]).entities).toEqual(
      [],
    );
    expect(detectEntities([{ text: "lighthouses", explicit: true }]).entities).toEqual(["lighthouse"]);
  });

  it("leaves out a word the caller excludes", () => {
    const text =
      "A scheduler for a food bank. The food bank runs food drives and the food bank tracks donations.";
    expect(detectEntities([{ text, explicit: false }], ["food bank"]).entities).not.toContain("food bank");
  });
});

describe("mentionIndex", () => {
  it("finds an entity in either number and as a compound", () => {
    expect(mentionIndex("Users can generate shopping lists", "shopping list")).toBe(3);
    expect(mentionIndex("Save a recipe", "recipe")).toBe(2);
    expect(mentionIndex("Save recipes", "recipe")).toBe(1);
    expect(mentionIndex("Save lists", "shopping list")).toBe(-1);
  });
});

describe("singular and plural", () => {
  it("handles the usual English endings", () => {
    const pairs: [string, string][] = [
      ["recipe", "recipes"],
      ["category", "categories"],
      ["box", "boxes"],
      ["shelf", "shelves"],
      ["movie", "movies"],
      ["person", "people"],
      ["status", "statuses"],
      ["address", "addresses"],
      ["potato", "potatoes"],
      ["shopping list", "shopping lists"],
    ];
    for (const [singular, plural] of pairs) {
      expect(pluralize(singular)).toBe(plural);
      expect(singularize(plural.split(" ").pop()!)).toBe(singular.split(" ").pop());
    }
  });
});

describe("activities", () => {
  it("does not make a table of an activity like spending or planning", () => {
    const found = detectEntities([
      {
        text: "Track grocery spending per week and plan meal planning sessions. Review grocery spending.",
        explicit: false,
      },
    ]);
    expect(found.entities).not.toContain("grocery spending");
    expect(found.entities).not.toContain("meal planning");
  });
});
