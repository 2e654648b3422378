import { describe, expect, it } from "vitest";
import {
  type CategoryContext,
  categorize,
  mainEntity,
} from "../../../src/engines/guided/design/categories.js";
import {
  basicsCategoryName,
  detectDomain,
  entityCategoryName,
} from "../../../src/engines/guided/understanding/domain.js";

function context(overrides: Partial<CategoryContext> = {}): CategoryContext {
  return {
    entities: ["recipe", "meal plan", "shopping list"],
    areas: [],
    existing: new Map(),
    basics: "Meal planning basics",
    nameFor: entityCategoryName,
    previous: null,
    ...overrides,
  };
}

describe("categorize", () => {
  it("files a statement under the thing it is about, named in the person's words", () => {
    expect(categorize("Users can save recipes", context())).toBe("Recipes");
    expect(categorize("Users can generate shopping lists", context())).toBe("Shopping lists");
    expect(categorize("Users can plan weekly meals", context())).toBe("Meal plans");
  });

  it("prefers what is acted on over who acts", () => {
    const shifts = context({ entities: ["volunteer", "shift"] });
    expect(categorize("Volunteers sign up for shifts", shifts)).toBe("Shifts");
  });

  it("puts statements in a standard area only when the person switched it on", () => {
    expect(categorize("Users can search recipes by ingredient", context({ areas: ["search"] }))).toBe(
      "Search and filtering",
    );
    expect(categorize("Users can search recipes by ingredient", context())).toBe("Recipes");
    expect(categorize("Send reminders the day before", context({ areas: ["settings"] }))).toBe(
      "Settings and notifications",
    );
  });

  it("keeps a pointing-back statement with the one before it", () => {
    expect(categorize("Volunteers can cancel them", context({ previous: "Shifts" }))).toBe("Shifts");
  });

  it("matches new features to the closest existing category by shared words", () => {
    const existing = new Map([
      ["Dashboards and reports", ["Users can export a report as a CSV file"]],
      ["Recipes", ["Users can save recipes"]],
    ]);
    expect(categorize("Users can export everything to PDF", context({ existing }))).toBe(
      "Dashboards and reports",
    );
  });

  it("falls back to the basics named from the person's domain", () => {
    expect(categorize("Dark mode", context())).toBe("Meal planning basics");
  });
});

describe("mainEntity", () => {
  it("reads a compound's first word as that compound when nothing else matches", () => {
    expect(mainEntity("Users can plan weekly meals", ["recipe", "meal plan"])).toBe("meal plan");
  });

  it("never reads a person as a compound thing", () => {
    expect(mainEntity("Volunteers sign up", ["shift", "volunteer hour"])).toBeNull();
  });
});

describe("detectDomain", () => {
  it("takes the person's own description of their app", () => {
    const recipes = detectDomain("A recipe and meal-planning app for busy families.", []);
    expect(recipes.phrase).toBe("recipe and meal-planning app for busy families");
    expect(recipes.topic).toBe("recipe and meal-planning");
    expect(recipes.servedGroup).toBeNull();
    const food = detectDomain("A volunteer-shift scheduler for a food bank.", []);
    expect(food.phrase).toBe("volunteer-shift scheduler for a food bank");
    expect(food.servedGroup).toBe("food bank");
    expect(basicsCategoryName(food)).toBe("Volunteer-shift basics");
  });

  it("falls back to the main thing when the app is never named", () => {
    const domain = detectDomain("Keep track of plants and water them.", ["plant"]);
    expect(domain.phrase).toBe("plant app");
  });
});

describe("figures the app works out", () => {
  it("files streaks with the reports when there are any, else with the main thing", () => {
    const habits = context({ entities: ["habit", "check-in"] });
    expect(categorize("Users can look at their streaks", { ...habits, areas: ["dashboards"] })).toBe(
      "Dashboards and reports",
    );
    expect(categorize("Users can look at their streaks", habits)).toBe("Habits");
  });

  it("never files a feature under Accounts because it names a role", () => {
    const existing = new Map([["Accounts", ["An admin can give each person a role (customers)"]]]);
    const shop = context({ entities: ["product"], existing, areas: ["accounts"], basics: "Shop basics" });
    expect(categorize("Customers browse today's breads", shop)).toBe("Shop basics");
  });
});
