import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { type InterviewState, initialState } from "../../../src/engines/guided/interview/state.js";
import { buildSpecModel } from "../../../src/engines/guided/spec/spec-model.js";
import { findExclusions } from "../../../src/engines/guided/understanding/exclusions.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";

/** A plumbing dispatch board, as far as the review: its things listed, its choices made. */
function dispatchBoard(): InterviewState {
  return {
    ...initialState(),
    overview: [
      "A dispatch board for my plumbing business. The dispatcher assigns each job to a van. No GPS tracking of the vans.",
    ],
    kind: "web app",
    mode: "quick",
    techApproach: "defaults",
    storesData: true,
    mainExperience: "The dispatcher adds new jobs from phone calls and marks jobs done.",
    accounts: "none",
    manages:
      "Jobs (customer, address, problem), vans (name and which plumber drives it), customers (name, phone)",
    thingsConfirmed: true,
    search: "none",
    sharing: "none",
    settings: [],
    dashboards: "none",
    domainExtras: "no",
  };
}

const tableNames = (state: InterviewState) => analyze(state).tables.map((table) => table.name);

describe("changes at the review, in plain words", () => {
  it("renames a table: “rename vans to trucks”", () => {
    const { state, notes } = applyChange(dispatchBoard(), "rename vans to trucks");
    expect(tableNames(state)).toEqual(["jobs", "trucks", "customers"]);
    expect(notes.join(" ")).toContain("rename vans to trucks");
  });

  it("adds a table with its fields: “add an invoices table with number and amount”", () => {
    const { state } = applyChange(dispatchBoard(), "add an invoices table with number and amount");
    const invoices = analyze(state).tables.find((table) => table.name === "invoices");
    expect(invoices?.fields).toEqual(expect.arrayContaining(["number (text)", "amount (decimal)"]));
  });

  it("removes a field from a table: “remove problem from jobs”", () => {
    const { state } = applyChange(dispatchBoard(), "remove problem from jobs");
    const jobs = analyze(state).tables.find((table) => table.name === "jobs")!;
    expect(jobs.fields.join(" ")).not.toContain("problem");
    expect(jobs.fields.join(" ")).toContain("address");
  });

  it("drops the screens and the HTTP API: “remove the web screens and the REST API”", () => {
    const { state } = applyChange(dispatchBoard(), "remove the web screens and the REST API");
    const analysis = analyze(state);
    expect(analysis.screens).toEqual([]);
    expect(analysis.endpoints).toEqual([]);
  });

  it("changes the kind: “it's a command-line tool”, and the design follows", () => {
    const { state } = applyChange(
      dispatchBoard(),
      "remove the web screens and the REST API, it's a command-line tool",
    );
    const analysis = analyze(state);
    expect(analysis.kind).toBe("command-line tool");
    expect(analysis.screens).toEqual([]);
    expect(analysis.commands.length).toBeGreaterThan(0);
  });

  it("never files a complaint about the design as a feature", () => {
    const before = analyze(dispatchBoard()).features.length;
    const { state } = applyChange(dispatchBoard(), "remove the login, there are no accounts");
    expect(analyze(state).features.length).toBeLessThanOrEqual(before);
    expect(
      analyze(state)
        .features.map((feature) => feature.text)
        .join(" "),
    ).not.toMatch(/login|no accounts/i);
  });
});

/** A game studio's bug tracker, as far as the review, with comments on each bug. */
function bugTracker(): InterviewState {
  return {
    ...dispatchBoard(),
    overview: [
      "A bug tracker for our game studio. Playtesters report bugs with a screenshot, and we comment on each bug to discuss it.",
    ],
    mainExperience: "I go through the new bugs, set a severity and read the comments on each one.",
    manages: "Bugs (title, severity, status), builds (number, date), comments (bug, author, text)",
  };
}

const everything = (state: InterviewState) => {
  const analysis = analyze(state);
  return [
    ...analysis.features.map((feature) => feature.text),
    ...analysis.tables.flatMap((table) => [table.name, ...table.fields]),
    ...analysis.endpoints.flatMap((group) => group.endpoints),
    ...analysis.screens,
  ].join("\n");
};

describe("taking a part out at the review", () => {
  it("puts “drop the comments” out of scope, and out of every feature, table, endpoint and screen", () => {
    expect(everything(bugTracker())).toMatch(/comment/i);
    const { state, notes } = applyChange(bugTracker(), "drop the comments, we'll talk on Discord after all");
    const analysis = analyze(state);
    expect(analysis.exclusions.map((exclusion) => exclusion.said)).toContain("comments");
    expect(everything(state)).not.toMatch(/comment|discord/i);
    expect(everything(state)).toMatch(/\bbugs?\b/);
    expect(notes[0]).toContain("Left out: **comments**");
    expect(notes.join("\n")).toMatch(/Removed: .*comment/);
    expect(buildSpecModel("bugs", state, analysis).outOfScope).toContain("Comments");
  });

  it("reads “no comments after all” and “we don't need the comments anymore” the same way", () => {
    for (const request of ["no comments after all", "we don't need the comments anymore"]) {
      const { state } = applyChange(bugTracker(), request);
      expect(
        analyze(state).exclusions.map((exclusion) => exclusion.said),
        request,
      ).toContain("comments");
      expect(everything(state), request).not.toMatch(/comment/i);
    }
  });

  it("still takes a field off one table, and renames without leaving anything out", () => {
    for (const request of ["remove problem from jobs", "rename vans to trucks"]) {
      const { state } = applyChange(dispatchBoard(), request);
      expect(
        analyze(state).exclusions.map((exclusion) => exclusion.said),
        request,
      ).toEqual(["GPS tracking of the vans"]);
    }
  });

  it("changes nothing when nothing mentions what is taken out", () => {
    const { state, notes } = applyChange(dispatchBoard(), "drop the invoices");
    expect(state.leftOut).toEqual([]);
    expect(notes.join(" ")).toContain("couldn't find");
  });
});

describe("what the person excluded", () => {
  it("keeps it out of every part, and lists it as out of scope", () => {
    const analysis = analyze(dispatchBoard());
    expect(analysis.exclusions.map((exclusion) => exclusion.said)).toEqual(["GPS tracking of the vans"]);
    const everything = [
      ...analysis.features.map((feature) => feature.text),
      ...analysis.tables.flatMap((table) => [table.name, ...table.fields]),
      ...analysis.endpoints.flatMap((group) => group.endpoints),
      ...analysis.screens,
    ].join("\n");
    expect(everything).not.toMatch(/\bgps\b/i);
    expect(everything).toMatch(/\bvans?\b/i);
  });

  it("reads the ways people say no, and not what only looks like it", () => {
    const said = (text: string) => findExclusions(text).map((exclusion) => exclusion.said);
    expect(said("We don't need chat.")).toEqual(["chat"]);
    expect(said("Student logins are not needed.")).toEqual(["Student logins"]);
    expect(said("It must not send emails.")).toEqual(["send emails"]);
    expect(said("Sin anuncios.")).toEqual(["anuncios"]);
    expect(said("Pas de paiement en ligne.")).toEqual(["paiement en ligne"]);
    expect(said("A timetable without clashes, no more than 3 lessons a day, no one double-booked.")).toEqual(
      [],
    );
    expect(said("Mark whether they came or not.")).toEqual([]);
  });
});

describe("things as people list them", () => {
  it("reads brackets, colons and 'has', keeping their words and Unicode letters whole", () => {
    const things = (text: string) =>
      readThings(text, { listed: true }).map((thing) => [
        thing.said,
        thing.fields.map((field) => field.said),
      ]);
    expect(things("Jobs (customer, address, problem), vans: name, driver")).toEqual([
      ["jobs", ["customer", "address", "problem"]],
      ["vans", ["name", "driver"]],
    ]);
    expect(things("A customer has a name and a phone.")).toEqual([["customer", ["name", "phone"]]]);
    expect(things("Hábitos (nombre, color)")).toEqual([["hábitos", ["nombre", "color"]]]);
  });
});
