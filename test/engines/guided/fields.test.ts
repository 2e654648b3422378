import { describe, expect, it } from "vitest";
import {
  columnFor,
  fieldLists,
  fieldsOf,
  withoutFields,
} from "../../../src/engines/guided/understanding/fields.js";

describe("fieldLists", () => {
  it("reads the nouns after “with” as what the thing before it holds", () => {
    expect(fieldLists("Habits with a name, a schedule and a colour; daily check-ins.")).toEqual([
      expect.objectContaining({ owner: "habit", fields: ["name", "schedule", "colour"] }),
    ]);
    expect(fieldLists("Shifts with a date, time and number of spots")).toEqual([
      expect.objectContaining({ owner: "shift", fields: ["date", "time", "number of spots"] }),
    ]);
  });

  it("reads “that have”, “have” and a colon the same way", () => {
    const owners = (text: string) => fieldLists(text).map((list) => [list.owner, list.fields]);
    expect(owners("Habits that have a name and a colour")).toEqual([["habit", ["name", "colour"]]]);
    expect(owners("gigs have a venue, date, fee and setlist")).toEqual([
      ["gig", ["venue", "date", "fee", "setlist"]],
    ]);
    expect(owners("pickup slots: a time and how many orders fit")).toEqual([
      ["pickup slot", ["time", "how many orders fit"]],
    ]);
  });

  it("ends the list after the field joined by “and”", () => {
    expect(
      fieldLists("Recipes with ingredients and steps, weekly meal plans, and shopping lists")[0]?.fields,
    ).toEqual(["ingredients", "steps"]);
  });

  it("finds no fields where “with” joins people, describes the app, or starts an action", () => {
    expect(fieldLists("Share recipes with friends and family")).toEqual([]);
    expect(fieldLists("A habit tracker for students with a name and a colour")).toEqual([]);
    expect(fieldLists("Users sign up with email and save recipes")).toEqual([]);
    expect(fieldLists("Habits with a reminder and check them off")[0]?.fields).toEqual(["reminder"]);
  });

  it("gives a time to the thing that happens, not the place it happens at", () => {
    expect(fieldLists("rehearsals at a room with a start time")[0]?.owner).toBe("rehearsal");
    expect(fieldLists("shifts at locations with an address")[0]?.owner).toBe("location");
  });
});

describe("withoutFields", () => {
  it("blanks out the fields so they are not taken for things of their own", () => {
    const text = withoutFields("Habits with a name, a schedule and a colour; daily check-ins.");
    expect(text).toContain("Habits");
    expect(text).toContain("daily check-ins");
    expect(text).not.toMatch(/name|schedule|colour/);
  });
});

describe("fieldsOf", () => {
  it("collects one thing's fields across sentences", () => {
    expect(fieldsOf("product", ["Products with a name and price", "Products have allergens"])).toEqual([
      "name",
      "price",
      "allergens",
    ]);
  });
});

describe("columnFor", () => {
  it("types a field by its words and keeps the person's name for it", () => {
    expect(columnFor("colour")).toBe("colour (text)");
    expect(columnFor("price")).toBe("price (decimal)");
    expect(columnFor("photo")).toBe("photo_url (text)");
    expect(columnFor("date")).toBe("date (date)");
    expect(columnFor("number of spots")).toBe("number_of_spots (integer)");
    expect(columnFor("how many orders fit")).toBe("max_orders (integer)");
    expect(columnFor("ingredients")).toBe("ingredients (list of text)");
  });

  it("gives each thing one of what it has one of, however the sentence counts it", () => {
    expect(columnFor("pickup times")).toBe("pickup_time (date and time)");
    expect(columnFor("names")).toBe("name (text)");
  });
});

describe("people in a field list", () => {
  it("keeps a person among other fields, to point at them, but never blanks them out", () => {
    expect(fieldLists("Appointments with a date, a therapist and notes")[0]?.fields).toEqual([
      "date",
      "therapist",
      "notes",
    ]);
    expect(withoutFields("Appointments with a date and a therapist")).toContain("therapist");
  });
});
