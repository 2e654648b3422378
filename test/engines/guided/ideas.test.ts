import { afterEach, describe, expect, it } from "vitest";
import { validateAppSpec } from "../../../src/app-spec/index.js";
import {
  BAKERY_NAMED_FEATURES,
  BAKERY_SCRIPT,
  BAND_NAMED_FEATURES,
  BAND_SCRIPT,
  HABIT_NAMED_FEATURES,
  HABIT_SCRIPT,
} from "./scripts.js";
import { InterviewDriver, makeProjectDir, type ScriptedReply, section } from "./support.js";

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

interface Finished {
  interview: InterviewDriver;
  spec: string;
  review: string;
}

/** Plays a whole interview and returns the spec and the review the person approved. */
async function interview(script: readonly ScriptedReply[]): Promise<Finished> {
  const project = await makeProjectDir();
  cleanups.push(project.cleanup);
  const driver = await InterviewDriver.start(project.dir);
  await driver.replyAll(script);
  expect(driver.step).toBe("done");
  const review = driver.turns.map((turn) => turn.text).find((text) => text.includes("**I added**")) ?? "";
  return { interview: driver, spec: await driver.readSpec(), review };
}

function featureLines(spec: string): string[] {
  return section(spec, "core_features")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2));
}

function tableNames(spec: string): string[] {
  return [...section(spec, "database_schema").matchAll(/^\s*<([a-z_]+)>\s*$/gm)]
    .map((match) => match[1]!)
    .filter((name) => name !== "tables");
}

function columns(spec: string, table: string): string[] {
  return section(section(spec, "database_schema"), table)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2).split(" ")[0]!);
}

function expectValid(spec: string): void {
  const validation = validateAppSpec(spec);
  expect(validation.errors).toEqual([]);
  expect(validation.featureCount).toBe(featureLines(spec).length);
}

describe("a habit tracker with fields, check-ins and streaks", () => {
  it("keeps a habit's name, schedule and colour as its columns, not as tables", async () => {
    const { spec } = await interview(HABIT_SCRIPT);
    expectValid(spec);
    expect(tableNames(spec)).toEqual(["users", "habits", "check_ins"]);
    expect(columns(spec, "habits")).toEqual(
      expect.arrayContaining(["name", "schedule", "colour", "user_id"]),
    );
    expect(columns(spec, "habits")).not.toContain("a");
    expect(columns(spec, "habits")).not.toContain("title");
    expect(columns(spec, "check_ins")).toEqual(expect.arrayContaining(["habit_id", "date"]));
  });

  it("names check-ins as people write them, never “check inses”", async () => {
    const { spec, review } = await interview(HABIT_SCRIPT);
    expect(validateAppSpec(spec).categories.map((category) => category.name)).toContain("check_ins");
    expect(review).toContain("**Check-ins**");
    expect(`${spec}\n${review}`).not.toMatch(/check[ -]?inses|check ins\b/i);
    expect(section(spec, "api_endpoints_summary")).toContain("POST /api/check-ins");
  });

  it("treats streaks as worked out, and gives check-ins no form to open or edit", async () => {
    const { spec, review } = await interview(HABIT_SCRIPT);
    const features = featureLines(spec);
    expect(features.filter((feature) => /\bstreaks?\b/i.test(feature))).toEqual([
      "Users can see streaks and weekly charts",
      "Users can look at their streaks",
    ]);
    expect(section(spec, "dashboards_and_reports")).toContain("Users can look at their streaks");
    expect(features.join("\n")).not.toMatch(/(?:open|edit) a check-in|a (?:schedule|colour)\b/);
    // What the interviewer added; the screens quote the person's own walk-through, which may say "streaks".
    const added = (review.split("**I added**")[1] ?? "").replace(
      /^- Main flow, in the person's words:.*$/m,
      "",
    );
    expect(added).toContain("Users can undo a check-in made by mistake");
    expect(added).not.toMatch(/streak|schedules|colours/i);
  });

  it("writes a request to the app as what the app does for the user", async () => {
    const { spec } = await interview(HABIT_SCRIPT);
    const features = section(spec, "core_features");
    for (const named of HABIT_NAMED_FEATURES) expect(features).toContain(named);
    expect(section(spec, "settings_and_notifications")).toContain(
      "The app reminds the user at 8pm if they haven't checked in",
    );
    expect(features).not.toMatch(/\b(?:remind them|I|me|my)\b/);
  });
});

describe("a bakery's online ordering", () => {
  it("finds products, orders and pickup slots, each with the fields the person gave", async () => {
    const { spec } = await interview(BAKERY_SCRIPT);
    expectValid(spec);
    expect(tableNames(spec)).toEqual(expect.arrayContaining(["users", "products", "orders", "pickup_slots"]));
    for (const wrong of ["prices", "photos", "allergens", "allergens_orders", "orders_fits", "cakes"])
      expect(tableNames(spec)).not.toContain(wrong);
    expect(columns(spec, "products")).toEqual(
      expect.arrayContaining(["name", "price", "photo_url", "allergens"]),
    );
    expect(columns(spec, "orders")).toContain("pickup_time");
    expect(columns(spec, "pickup_slots")).toContain("max_orders");
    expect(columns(spec, "order_items")).toEqual(
      expect.arrayContaining(["order_id", "product_id", "quantity"]),
    );
  });

  it("carries every feature in the person's words, about the people who act", async () => {
    const { spec } = await interview(BAKERY_SCRIPT);
    const features = section(spec, "core_features");
    for (const named of BAKERY_NAMED_FEATURES) expect(features).toContain(named);
    expect(features).not.toMatch(/Online ordering for our small bakery|Users can sell|On the day I|How many/);
    expect(section(spec, "api_endpoints_summary")).not.toContain("/send");
  });
});

describe("a band's rehearsal and gig planner", () => {
  it("keeps gigs, rehearsals and songs, with their details as columns", async () => {
    const { spec } = await interview(BAND_SCRIPT);
    expectValid(spec);
    expect(tableNames(spec)).toEqual(expect.arrayContaining(["gigs", "rehearsals", "songs"]));
    for (const wrong of ["titles", "keys", "dates", "fees", "gots", "room_bookings", "song_bookings"])
      expect(tableNames(spec)).not.toContain(wrong);
    // The person's own fields, under their own names: a gig has a date, as they said.
    expect(columns(spec, "gigs")).toEqual(expect.arrayContaining(["date", "venue", "fee", "setlist"]));
    expect(columns(spec, "songs")).toEqual(expect.arrayContaining(["title", "key", "length"]));
  });

  it("states what band members do in the third person, whatever order they said it in", async () => {
    const { interview: driver, spec } = await interview(BAND_SCRIPT);
    const features = section(spec, "core_features");
    for (const named of BAND_NAMED_FEATURES) expect(features).toContain(named);
    expect(features).not.toMatch(/\bI (?:check|log)\b|Not for each date/);
    const steps = driver.transcript.flatMap((entry) =>
      entry.role === "assistant" ? [String(entry.meta?.guidedStep)] : [],
    );
    expect(steps).not.toContain("features-clarify");
    const domainTurn = driver.turns.find((turn) => turn.text.includes("Anything else"));
    expect(domainTurn?.text).toContain("Anything else a planner for your band must do?");
  });

  it("gives the three ideas visibly different specs", async () => {
    const specs = await Promise.all([HABIT_SCRIPT, BAKERY_SCRIPT, BAND_SCRIPT].map(interview));
    const own = specs.map(({ spec }) => tableNames(spec).filter((name) => name !== "users"));
    for (const [index, tables] of own.entries()) {
      const others = own.filter((_, other) => other !== index).flat();
      expect(tables.filter((name) => others.includes(name) && name !== "notifications")).toEqual([]);
    }
  });
});
