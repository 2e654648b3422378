import { describe, expect, it } from "vitest";
import { deriveEndpoints, type EndpointInput } from "../../../src/engines/guided/design/endpoints.js";
import { findRelations } from "../../../src/engines/guided/design/relations.js";
import { deriveSchema, type SchemaInput } from "../../../src/engines/guided/design/schema.js";
import { deriveScreens } from "../../../src/engines/guided/design/screens.js";

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

describe("columns from what the person listed", () => {
  it("uses the person's fields and never a stray article", () => {
    const tables = deriveSchema(
      schemaInput({
        entities: ["habit", "check-in"],
        accounts: "email",
        sentences: [
          "People create habits, check them off each day",
          "Habits with a name, a schedule and a colour",
          "daily check-ins.",
        ],
      }),
    );
    expect(tables.map((table) => table.name)).toEqual(["users", "habits", "check_ins"]);
    expect(fieldsOf(tables, "habits")).toEqual([
      "id",
      "name",
      "done",
      "schedule",
      "colour",
      "user_id",
      "created_at",
      "updated_at",
    ]);
    expect(fieldsOf(tables, "check_ins")).toEqual([
      "id",
      "habit_id",
      "date",
      "user_id",
      "created_at",
      "updated_at",
    ]);
  });

  it("lets a listed count stand for the guessed one, and a start time cover date and time", () => {
    const tables = deriveSchema(
      schemaInput({ entities: ["shift"], sentences: ["Shifts with a date, time and number of spots"] }),
    );
    expect(fieldsOf(tables, "shifts")).toEqual([
      "id",
      "title",
      "starts_at",
      "ends_at",
      "number_of_spots",
      "created_at",
      "updated_at",
    ]);
  });

  it("gives each order one pickup time, and orders no columns from another thing's fields", () => {
    const tables = deriveSchema(
      schemaInput({
        entities: ["order", "pickup slot"],
        sentences: ["orders with pickup times", "pickup slots: a time and how many orders fit"],
      }),
    );
    expect(tables.find((table) => table.name === "orders")?.fields).toContain("pickup_time (date and time)");
    expect(fieldsOf(tables, "orders")).not.toContain("quantity");
    expect(fieldsOf(tables, "pickup_slots")).toContain("max_orders");
  });
});

describe("a record of an action", () => {
  const input: EndpointInput = {
    entities: ["habit", "check-in"],
    accounts: "none",
    search: "filters",
    sharing: "none",
    settings: [],
    dashboards: "overview",
    apiStyle: "rest",
    statements: ["Users can tick the habits they did yesterday", "The app reminds the user at 8pm"],
    joins: [],
  };

  it("is added, listed and undone, never opened or edited", () => {
    const groups = deriveEndpoints(input);
    expect(groups.find((group) => group.name === "Check-ins")?.endpoints).toEqual([
      "GET /api/check-ins - list check-ins, newest first",
      "POST /api/check-ins - add a check-in",
      "DELETE /api/check-ins/:id - undo a check-in",
    ]);
  });

  it("gets no endpoint for what the app does on its own", () => {
    const habits = deriveEndpoints(input).find((group) => group.name === "Habits");
    expect(habits?.endpoints).toContain("POST /api/habits/:id/check - tick the habits they did yesterday");
    const orders = deriveEndpoints({
      ...input,
      entities: ["order"],
      statements: ["The app sends the user a text when a big order comes in", "Users can send an order"],
    })[0];
    expect(orders?.endpoints).toEqual(expect.arrayContaining(["POST /api/orders/:id/send - send an order"]));
    expect(orders?.endpoints.filter((line) => line.includes("text when"))).toEqual([]);
  });

  it("has a history screen instead of a list and a page", () => {
    const screens = deriveScreens({
      entities: ["habit", "check-in"],
      accounts: "none",
      search: "none",
      sharing: "none",
      settings: [],
      dashboards: "overview",
      mainExperience: null,
      mockups: [],
    });
    expect(screens).toContain("Check-ins history: every check-in, newest first, with a way to undo one");
    expect(screens.some((screen) => screen.startsWith("Check-in page"))).toBe(false);
    expect(screens[0]).toBe(
      "Home: an overview with counts of habits and check-ins and what was added most recently",
    );
  });
});

describe("people among the fields", () => {
  const tables = deriveSchema(
    schemaInput({
      entities: ["appointment"],
      roles: ["therapist", "patient"],
      accounts: "roles",
      sentences: [
        "Patients book appointments online",
        "Appointments with a date, time, therapist and notes",
        "therapists have a name, photo and specialties",
        "patients: name, phone and date of birth",
      ],
    }),
  );

  it("points at the person named among a thing's fields", () => {
    expect(fieldsOf(tables, "appointments")).toEqual([
      "id",
      "title",
      "starts_at",
      "ends_at",
      "therapist_id",
      "notes",
      "created_by",
      "created_at",
      "updated_at",
    ]);
  });

  it("keeps what a role holds on its users, and needs no table for booking an appointment", () => {
    expect(fieldsOf(tables, "users")).toEqual(
      expect.arrayContaining(["photo_url", "specialties", "phone", "date_of_birth"]),
    );
    expect(tables.map((table) => table.name)).toEqual(["users", "appointments"]);
  });
});

describe("an order", () => {
  it("holds the products in it, with a quantity, and its routes say so", () => {
    const relations = findRelations(["Customers order cakes"], ["order", "product"], [], true);
    expect(relations.joins).toEqual([
      {
        name: "order item",
        thing: "order",
        joiner: "product",
        extraFields: ["quantity (integer, required)"],
      },
    ]);
    const orders = deriveEndpoints({
      entities: ["order", "product"],
      accounts: "email",
      search: "none",
      sharing: "none",
      settings: [],
      dashboards: "none",
      apiStyle: "rest",
      statements: [],
      joins: relations.joins,
    }).find((group) => group.name === "Orders");
    expect(orders?.endpoints).toEqual(
      expect.arrayContaining([
        "GET /api/orders/:id/items - the products in an order",
        "POST /api/orders/:id/items - add a product to an order",
        "DELETE /api/orders/:id/items/:recordId - take a product out of an order",
      ]),
    );
  });
});
