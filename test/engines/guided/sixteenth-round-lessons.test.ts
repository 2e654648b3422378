import { describe, expect, it } from "vitest";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { isNegation } from "../../../src/engines/guided/understanding/exclusions.js";
import { said } from "./lesson-readers.js";

/**
 * What the sixteenth and seventeenth rounds of people the interviewer had not met wrote,
 * and how it reads it now: each case is a way of saying something, not one person's
 * sentence only.
 */

describe("a 'no' said after the thing, pointing back at it", () => {
  it("reads the thing before 'that one is not our headache', 'not in this', 'no way' and 'a hard pass'", () => {
    expect(
      said(
        "Estate dues, levies and all that payment matter, that one is not our headache here, the treasurer handles it with the bank.",
      ),
    ).toEqual(["Estate dues", "levies"]);
    expect(said("rostering - surfguard does that, not in this.")).toEqual(["rostering"]);
    expect(said("raffles no way")).toEqual(["raffles"]);
    expect(
      said("Standings and scores, we're not going there either, the league has its own site for that."),
    ).toEqual(["Standings and scores"]);
    expect(
      said(
        "Paying the officials is the treasurer's job, she e-transfers them off the game sheets, so paying refs is a hard pass for this.",
      ),
    ).toEqual(["Paying the officials", "paying refs"]);
  });

  it("reads the subject of what is done elsewhere, and each thing of a list apart", () => {
    expect(
      said(
        "GST returns and accounts are done by our auditor in Tally, that is not required at all in this program.",
      ),
    ).toEqual(["GST returns and accounts"]);
    expect(
      said(
        "The shop's day-to-day orders and the funeral work go through the till, so we'll give those a miss in here.",
      ),
    ).toEqual(["shop's day-to-day orders", "funeral work"]);
    expect(
      said(
        "The grading on the line and the workers' wages, that's not our department, the line software and payroll look after those.",
      ),
    ).toEqual(["grading", "workers' wages"]);
    expect(said("Also the fertiliser we give growers on credit, that one is not for this app.")).toEqual([
      "fertiliser",
    ]);
    expect(said("Invoicing stays in Xero as it is.")).toEqual(["Invoicing"]);
  });

  it("reads 'no to', 'nothing about', 'nae need for it to do' and 'no call for'", () => {
    expect(said("nah to payments, they pay at pickup")).toEqual(["payments"]);
    expect(said("And I stopped selling pianos years ago, so nothing about selling either.")).toEqual([
      "selling",
    ]);
    expect(
      said("There's nae need for it to do entries or the entry fees, SiEntries handles all that."),
    ).toEqual(["entries or the entry fees"]);
    expect(said("Piano removals I pass on to a firm in Llanelli, so there's no call for that here.")).toEqual(
      ["Piano removals"],
    );
  });

  it("reads no thing out of someone who is not required to do something, or a word that carries the talk", () => {
    expect(said("Customers, they are not required to log in.")).toEqual([]);
    expect(said("Actually, scratch the impersonation, legal said absolutely not.")).toEqual([
      "impersonation",
    ]);
    expect(said("Candidate data stays on my laptop.")).toEqual([]);
  });

  it("reads Tagalog, Hebrew and Bengali", () => {
    expect(said("Hindi na kailangan ng inventory, kabisado ko naman ang laman ng tindahan ko.")).toEqual([
      "inventory",
    ]);
    expect(said("Tsaka wag na yung GCash, cash lang talaga ang bayaran dito.")).toEqual(["GCash"]);
    expect(said("תרומות, נדרים – אנחנו לא נוגעים בזה בכלל, לגזבר יש תוכנה משלו.")).toEqual([
      "תרומות",
      "נדרים",
    ]);
    expect(said("কাপড় বিক্রির হিসাব এখানে লাগবে না, ওটা আলাদা খাতায় চলে।")).toEqual(["কাপড় বিক্রির হিসাব"]);
    expect(isNegation("কারিগরদের বেতনের হিসাবও এই অ্যাপে রাখার দরকার নাই।")).toBe(true);
    expect(isNegation("וגם בלי וואטסאפ ובלי SMS, אני מתקשר לכל אחד בעצמי.")).toBe(true);
  });

  it("reads someone else doing all that as today", () => {
    expect(isBackground("SiEntries handles all that before the day.")).toBe(true);
  });
});
