import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { findRelations } from "../../../src/engines/guided/design/relations.js";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { normalizeStatement } from "../../../src/engines/guided/language/voice.js";
import { NOTHING_MORE } from "../../../src/engines/guided/understanding/person-statements.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { atTheReview, said, statements, things } from "./lesson-readers.js";

/**
 * What a coding agent would build wrong from specs that scored well: columns typed by
 * what the person said of them, references between the right tables after a rename,
 * endpoints only for what is made, and asides and particles that are no features and no
 * "no"s. Found by reading specs of people the interviewer is tuned on, in other words than theirs.
 */

const columnsOf = (manages: string, table: string, change?: string) => {
  const state = atTheReview("A board for the yard where we keep track of the loads.", manages);
  const changed = change ? applyChange(state, change).state : state;
  return analyze(changed).tables.find((candidate) => candidate.name === table)?.fields ?? [];
};

describe("columns typed by what the person said of them", () => {
  it("keeps a field said with its yes or no as a yes or no, whatever its name", () => {
    const fields = columnsOf(
      "Loads: truck, hazardous cargo yes or no, weighed or not, signed Y/N, whether the seal is broken",
      "loads",
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        "hazardous_cargo (boolean, default false)",
        "weighed (boolean, default false)",
        "signed (boolean, default false)",
        "seal (boolean, default false)",
      ]),
    );
  });

  it("reads a word of another language ending in 's' as no English plural", () => {
    const state = {
      ...atTheReview(
        "Un site pour vendre nos moutons avant la fête.",
        "Moutons : numéro, poids, prix, photos",
      ),
    };
    expect(analyze(state).tables.find((table) => table.name === "moutons")?.fields).toEqual(
      expect.arrayContaining(["poids (text)", "prix (text)"]),
    );
  });

  it("keeps a measure as a number, however its unit is counted", () => {
    expect(columnsOf("Loads: truck, cubic metres, weight, tonnes", "loads")).toEqual(
      expect.arrayContaining(["cubic_metres (decimal)", "weight (decimal)", "tonnes (decimal)"]),
    );
  });
});

describe("references between the right tables", () => {
  it("gives each 'one' after the first thing to the first thing", () => {
    expect(
      findRelations(["Every parcel comes on one lorry for one shop."], ["parcel", "lorry", "shop"], [], false)
        .references,
    ).toEqual([
      { from: "parcel", to: "lorry" },
      { from: "parcel", to: "shop" },
    ]);
  });

  it("reads what was said of a thing under its old name once it is renamed", () => {
    const state = atTheReview(
      "A board for the yard. Every parcel comes on one lorry for one shop.",
      "Parcels: what it is, weight\nLorries: name, due date\nShops: name, phone",
    );
    const renamed = applyChange(state, "rename parcels to consignments").state;
    const tables = analyze(renamed).tables;
    expect(tables.find((table) => table.name === "lorries")?.fields).not.toContain(
      "shop_id (references shops)",
    );
    expect(tables.find((table) => table.name === "consignments")?.fields).toEqual(
      expect.arrayContaining(["lorry_id (references lorries)", "shop_id (references shops)"]),
    );
  });

  it("gives each job its one van when each job is assigned to a van, with no table between them", () => {
    expect(findRelations(["The dispatcher assigns each job to a van."], ["job", "van"], [], false)).toEqual({
      references: [{ from: "job", to: "van" }],
      joins: [],
    });
  });

  it("keeps one table of what is in an order, however the products are said to go in", () => {
    expect(
      findRelations(["I add products to an order."], ["product", "order"], [], false).joins.map(
        (join) => join.name,
      ),
    ).toEqual(["order item"]);
  });
});

describe("endpoints only for what is made", () => {
  it("makes no endpoint of making an account to see a thing", () => {
    const state = {
      ...atTheReview("A board for the yard.", "Parcels: what it is, weight"),
      overview: ["A board for the yard. The shops make an account to see their parcels and pay."],
    };
    const paths = analyze(state).endpoints.flatMap((group) => group.endpoints);
    expect(paths.join("\n")).not.toMatch(/\/generate/);
  });
});

describe("asides, particles and endings, which are no features and no 'no's", () => {
  it("reads 'it doesn't matter' and 'and quite right too' as asides", () => {
    expect(isTalkAboutTheTalk("It doesn't matter.")).toBe(true);
    expect(isTalkAboutTheTalk("and quite right too")).toBe(true);
    expect(isTalkAboutTheTalk("It doesn't matter which van goes.")).toBe(false);
  });

  it("reads a 'no' with thanks 'ever so much' as nothing more", () => {
    expect(NOTHING_MORE.test("No, I reckon that's it. Thanks ever so much.")).toBe(true);
  });

  it("never turns down a particle that colours the 'no'", () => {
    expect(said("Invoices no need lah.")).not.toContain("lah");
  });

  it("keeps a thing's name before a clause about what it does or who does what with it", () => {
    expect(said("The ferries that use the harbour, that's between them and the port, not ours.")).toEqual([
      "ferries",
    ]);
    expect(
      said("The lobster we sometimes sell to the hotels, that's my cousin's other boat, not for this."),
    ).toEqual(["lobster"]);
    expect(said("The prayer mats also don't put inside, the mosque got their own shop for that.")).toEqual([
      "prayer mats",
    ]);
  });

  it("reads a name before 'is' as the subject, not as something users do", () => {
    expect(normalizeStatement("Ship day is a big day in the village")).toBe(
      "Ship day is a big day in the village",
    );
    expect(normalizeStatement("Book a table for Friday")).toBe("Users can book a table for Friday");
    expect(normalizeStatement("End of every month I send the figures to the council")).toBe(
      "End of every month I send the figures to the council",
    );
  });

  it("reads a Caribbean introduction and thanks as talk, and a name for a thing as none", () => {
    expect(isTalkAboutTheTalk("Ah name Delroy Pemberton, ah does run de fish market in Oistins")).toBe(true);
    expect(isTalkAboutTheTalk("Tank yuh, and God bless")).toBe(true);
    expect(isTalkAboutTheTalk("a name for every boat")).toBe(false);
  });
});

describe("what is only a detail of something else", () => {
  it("reads how many of another thing one holds as a rule, no field and no table", () => {
    expect(things("A crate has twelve bottles and a box is one bottle, so a crate is £30.", false)).toEqual(
      [],
    );
  });

  it("reads a listed field told more of with only its count as that field, no thing", () => {
    const state = atTheReview(
      "A raffle for our drops. Every colour got its own count, like 40 reds.",
      "drops: name, date, colours with how many each. entries: drop, name, colour",
    );
    expect(thingsOf(state).map((thing) => thing.said)).toEqual(["drops", "entries"]);
  });

  it("keeps 'with cash and checks separate' whole, 'checks' no verb there", () => {
    expect(
      statements(
        "At the end of the month I need the takings, with cash and checks separate so I can bank them.",
      ),
    ).toEqual([
      "Users can get the takings, with cash and checks separate so they can bank them at the end of the month",
    ]);
  });
});
