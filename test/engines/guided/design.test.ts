import { describe, expect, it } from "vitest";
import { deriveEndpoints, type EndpointInput } from "../../../src/engines/guided/endpoints.js";
import { findRelations } from "../../../src/engines/guided/relations.js";
import { deriveSchema, type SchemaInput } from "../../../src/engines/guided/schema.js";
import { deriveScreens } from "../../../src/engines/guided/screens.js";

function schemaInput(overrides: Partial<SchemaInput>): SchemaInput {
  return {
    entities: [],
    peopleEntities: [],
    roles: [],
    accounts: "none",
    sharing: "none",
    settings: [],
    sentences: [],
    designNotes: [],
    ...overrides,
  };
}

function fieldsOf(tables: ReturnType<typeof deriveSchema>, name: string): string[] {
  const table = tables.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`no table ${name} in ${tables.map((candidate) => candidate.name).join(", ")}`);
  return table.fields.map((field) => field.split(" ")[0]!);
}

describe("deriveSchema", () => {
  it("gives each thing an id, the columns its words suggest, an owner and timestamps", () => {
    const tables = deriveSchema(
      schemaInput({
        entities: ["recipe", "meal plan"],
        accounts: "email",
        sentences: ["Recipes with ingredients and steps", "Tag recipes by cuisine", "Plan weekly meal plans"],
      }),
    );
    expect(tables.map((table) => table.name)).toEqual(["users", "recipes", "meal_plans"]);
    expect(fieldsOf(tables, "recipes")).toEqual([
      "id",
      "title",
      "tags",
      "cuisine",
      "ingredients",
      "steps",
      "user_id",
      "created_at",
      "updated_at",
    ]);
    expect(fieldsOf(tables, "meal_plans")).toContain("week_start");
    expect(fieldsOf(tables, "users")).toContain("password_hash");
  });

  it("relates things the way the sentences do", () => {
    const tables = deriveSchema(
      schemaInput({
        entities: ["shift", "location"],
        roles: ["volunteer", "coordinator"],
        accounts: "roles",
        sentences: [
          "Coordinators create shifts at our pantry locations and volunteers sign up for them.",
          "Coordinators mark attendance.",
        ],
      }),
    );
    expect(fieldsOf(tables, "shifts")).toEqual(
      expect.arrayContaining(["starts_at", "location_id", "created_by"]),
    );
    expect(fieldsOf(tables, "shift_signups")).toEqual([
      "id",
      "shift_id",
      "user_id",
      "attended",
      "created_at",
    ]);
    expect(tables.find((table) => table.name === "users")?.fields).toContain(
      "role (text: volunteer, coordinator, admin)",
    );
  });

  it("adds a column the person asked for", () => {
    const tables = deriveSchema(
      schemaInput({ entities: ["task"], designNotes: ["add a due date to tasks"] }),
    );
    expect(fieldsOf(tables, "tasks")).toContain("due_date");
  });

  it("never invents a generic Item table", () => {
    const tables = deriveSchema(schemaInput({ entities: ["plant"], sentences: ["Water plants"] }));
    expect(tables.map((table) => table.name)).toEqual(["plants"]);
  });
});

describe("findRelations", () => {
  it("reads join tables from joining verbs and from adding one thing to another", () => {
    const relations = findRelations(
      ["Add recipes to meal plans", "Members book rooms"],
      ["recipe", "meal plan", "room"],
      [],
      true,
    );
    expect(relations.joins.map((join) => join.name)).toEqual(["meal plan recipe", "room booking"]);
  });

  it("does not read signing up for an account as joining a thing", () => {
    const relations = findRelations(["Users sign up with email and save recipes"], ["recipe"], [], true);
    expect(relations.joins).toEqual([]);
  });
});

describe("deriveEndpoints", () => {
  const base: EndpointInput = {
    entities: ["shopping list"],
    accounts: "none",
    search: "none",
    sharing: "none",
    settings: [],
    dashboards: "none",
    apiStyle: "rest",
    statements: ["Users can generate shopping lists", "Users can share a shopping list"],
    joins: [],
  };

  it("lists the usual five per thing and the actions the statements call for", () => {
    const [group] = deriveEndpoints(base);
    expect(group?.name).toBe("Shopping lists");
    expect(group?.endpoints).toEqual([
      "GET /api/shopping-lists - list shopping lists",
      "POST /api/shopping-lists - create a shopping list",
      "GET /api/shopping-lists/:id - get one shopping list",
      "PUT /api/shopping-lists/:id - update a shopping list",
      "DELETE /api/shopping-lists/:id - delete a shopping list",
      "POST /api/shopping-lists/generate - generate shopping lists",
      "POST /api/shopping-lists/:id/share - share a shopping list",
    ]);
  });

  it("adds sign-in routes for accounts and writes other API styles their own way", () => {
    const groups = deriveEndpoints({ ...base, accounts: "email", apiStyle: "graphql" });
    expect(groups[0]?.name).toBe("Accounts");
    expect(groups[1]?.endpoints[0]).toBe("query shoppingLists - list shopping lists");
    expect(groups[1]?.endpoints[1]).toBe("mutation createShoppingList - create a shopping list");
  });
});

describe("deriveScreens", () => {
  it("has a list and a page per thing, and names every mockup", () => {
    const screens = deriveScreens({
      entities: ["recipe"],
      accounts: "none",
      search: "keyword",
      sharing: "none",
      settings: [],
      dashboards: "none",
      mainExperience: null,
      mockups: ["prompts/mockups/home.png"],
    });
    expect(screens.some((screen) => screen.startsWith("Recipes list"))).toBe(true);
    expect(screens.some((screen) => screen.startsWith("Recipe page"))).toBe(true);
    expect(screens).toContain("Mockup provided: prompts/mockups/home.png (follow its layout and style)");
  });
});
