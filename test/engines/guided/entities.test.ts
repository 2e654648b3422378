import { describe, expect, it } from "vitest";
import { tableName } from "../../../src/engines/guided/design/schema.js";
import { pathSegment, pluralize, singularize } from "../../../src/engines/guided/language/inflection.js";
import { tokenize } from "../../../src/engines/guided/language/tagger.js";
import { entityCategoryName } from "../../../src/engines/guided/understanding/domain.js";
import { detectEntities, mentionIndex } from "../../../src/engines/guided/understanding/entities.js";

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

describe("what a thing holds", () => {
  it("reads the nouns after “with” as fields of the thing, not things of their own", () => {
    const found = detectEntities([
      {
        text: "A habit tracker for students. People create habits, check them off each day, and see streaks and weekly charts.",
        explicit: false,
      },
      { text: "Habits with a name, a schedule and a colour; daily check-ins.", explicit: true },
    ]);
    expect(found.entities).toEqual(["habit", "check-in"]);
    const shifts = detectEntities([
      {
        text: "Shifts with a date, time and number of spots. Volunteers sign up for shifts.",
        explicit: false,
      },
    ]);
    expect(shifts.entities).toEqual(["shift"]);
  });

  it("keeps a field as a thing when the person also treats it as one", () => {
    const found = detectEntities([
      { text: "Products with a name and a category. Owners add products and categories.", explicit: false },
    ]);
    expect(found.entities).toEqual(expect.arrayContaining(["product", "category"]));
  });

  it("never makes a table of a figure the app works out, unless people enter it", () => {
    const habits = detectEntities([
      { text: "Track habits and see streaks. Look at my streaks and my habits.", explicit: false },
    ]);
    expect(habits.entities).toEqual(["habit"]);
    const golf = detectEntities([
      { text: "Players log scores for every round. Edit scores.", explicit: false },
    ]);
    expect(golf.entities).toContain("score");
  });

  it("needs more than passing mentions for a thing left out of the list of what people manage", () => {
    const found = detectEntities([
      { text: "Customers browse cakes and pick a cake.", explicit: false },
      { text: "Products with a name and price; orders", explicit: true },
    ]);
    expect(found.entities).toEqual(["product", "order"]);
  });

  it("never joins words across a semicolon or colon into one thing", () => {
    const found = detectEntities([{ text: "allergens; orders; pickup slots", explicit: true }]);
    expect(found.entities).not.toContain("allergen order");
    expect(found.entities).not.toContain("order pickup slot");
    expect(found.entities).toEqual(expect.arrayContaining(["allergen", "order", "pickup slot"]));
  });
});

describe("compounds with a particle", () => {
  it("keeps check-ins and sign-ups whole, however they are written", () => {
    expect(tokenize("daily check-ins")).toEqual(["daily", "check-ins"]);
    expect(tokenize("daily check ins")).toEqual(["daily", "check-ins"]);
    expect(tokenize("I checked in, then signed up")).toEqual([
      "i",
      "checked",
      "in",
      ",",
      "then",
      "signed",
      "up",
    ]);
    expect(tokenize("meal-planning app")).toEqual(["meal", "planning", "app"]);
  });

  it("adds the plural's s after the particle, once", () => {
    expect(pluralize("check-in")).toBe("check-ins");
    expect(pluralize("check-ins")).toBe("check-ins");
    expect(pluralize("sign-up")).toBe("sign-ups");
    expect(singularize("check-ins")).toBe("check-in");
    expect(singularize("follow-ups")).toBe("follow-up");
  });

  it("names tables, paths and categories from the right plural", () => {
    expect(tableName("check-in")).toBe("check_ins");
    expect(pathSegment("check-in")).toBe("check-ins");
    expect(entityCategoryName("check-in")).toBe("Check-ins");
  });
});
