import { describe, expect, it } from "vitest";
import { applyThingEdit } from "../../../src/engines/guided/design/things-design.js";
import { findExclusions, isNegation } from "../../../src/engines/guided/understanding/exclusions.js";
import { isEnglish } from "../../../src/engines/guided/understanding/language.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the eighth round of people the interviewer had not met wrote, and how it reads it
 * now: each case is a way of saying something, not one person's sentence only.
 */

const edited = (list: string, edit: string) =>
  applyThingEdit(readThings(list, { listed: true }), edit).map((thing) => [
    thing.key,
    thing.fields.map((field) => field.said),
  ]);

describe("Czech, Romanian and Hungarian", () => {
  it("are read as other languages", () => {
    expect(isEnglish("Potřebujeme mobilní aplikaci pro lesníky, která je offline.")).toBe(false);
    expect(isEnglish("Vreau o aplicație pe telefon în care să notez fiecare control la stup.")).toBe(false);
    expect(isEnglish("Egy egyszerű webes felületet szeretnék, ahol a család látja a hőmérsékletet.")).toBe(
      false,
    );
  });

  it.each([
    ["GPS souřadnice jednotlivých stromů nepotřebujeme.", ["GPS souřadnice jednotlivých stromů"]],
    ["Prodej dřeva a fakturace do toho nepatří.", ["Prodej dřeva a fakturace"]],
    ["Nu am nevoie de magazin online, fără vânzări.", ["vânzări", "magazin online"]],
    ["Ba nu, renunță la raportul pentru asociație.", ["raportul pentru asociație"]],
    ["Kamerákat nem kell bekötni, és hangvezérlés se legyen benne.", ["Kamerákat", "hangvezérlés"]],
  ])("reads the 'no' in %s", (text, left) => {
    expect(said(text)).toEqual(left);
    expect(isNegation(text)).toBe(true);
  });

  it("reads Czech 'a' as 'and' among Czech words only", () => {
    const [exclusion] = findExclusions("Prodej dřeva a fakturace do toho nepatří.");
    expect(exclusion?.keys).toEqual([["prodej", "dřeva"], ["fakturace"]]);
    expect(findExclusions("No tracking of a van.")[0]?.keys).toEqual([["track"]]);
  });

  it("adds a field a thing lacks, in their words: 'U stromů ještě chybí kvalita kmene'", () => {
    expect(
      edited("Porosty (číslo, výměra), stromy (porost, dřevina)", "U stromů ještě chybí kvalita kmene."),
    ).toEqual([
      ["porosty", ["číslo", "výměra"]],
      ["stromy", ["porost", "dřevina", "kvalita kmene"]],
    ]);
    expect(edited("Jobs (customer, address)", "jobs are missing a due date")).toEqual([
      ["job", ["customer", "address", "due date"]],
    ]);
  });
});

describe("a 'no' said another way", () => {
  it.each([
    ["Keep billing out of it, Stripe's dashboard does that fine.", "billing"],
    ["Actually, scratch the impersonation, legal said absolutely not.", "impersonation"],
    ["payroll is a no-go. HR has its own thing", "payroll"],
    ["Deck registration I can live without, nobody bothers.", "Deck registration"],
    ["Syncing to my phone — not for now.", "Syncing to my phone"],
    ["take the leaderboard out, we had one at the old gym", "leaderboard"],
    ["Without any social feed or comments, please.", "social feed or comments"],
  ])("%s", (text, left) => {
    expect(said(text)).toEqual([left]);
    expect(isNegation(text)).toBe(true);
  });

  it("keeps 'without internet' a wish to work offline", () => {
    expect(said("It has to run without internet.")).toEqual([]);
  });
});

describe("records told in prose and in lists", () => {
  it("reads 'trial end date', 'the owner's email', 'the date it was found' and 'just have'", () => {
    expect(
      things(
        "Every workspace has a name, a trial end date, the owner's email and the sales rep who looks after it.",
      ),
    ).toEqual([["workspace", ["name", "trial end date", "owner email", "sales rep"]]]);
    expect(
      things("Every item has a description, a colour and the date it was found. Hotels just have a name."),
    ).toEqual([
      ["item", ["description", "colour", "date found"]],
      ["hotel", ["name"]],
    ]);
  });

  it("reads 'A claim is for one item and has …' and values in brackets with slashes", () => {
    expect(
      things("A claim is for one item and has the guest's name and the staff member who handed it over."),
    ).toEqual([["claim", ["item", "guest name", "staff member"]]]);
    expect(
      things("requests: person, type (holiday/sick/other), status. people: name, slack id, lead"),
    ).toEqual([
      ["requests", ["person", "type", "status"]],
      ["people", ["name", "slack id", "lead"]],
    ]);
  });

  it("reads ', and a note of my own' and \"which story it's for\" as fields", () => {
    expect(things("Quotes: the text, which story it's for, and a note of my own.")).toEqual([
      ["quotes", ["text", "story", "note"]],
    ]);
  });

  it("applies a change in several sentences, each with its reason", () => {
    expect(
      edited(
        "Items (description, colour, room), claims (item, guest name)",
        "Drop the colour from items, the description says it anyway. And claims also need the booking reference, so we can look the guest up.",
      ),
    ).toEqual([
      ["item", ["description", "room"]],
      ["claim", ["item", "guest name", "booking reference"]],
    ]);
  });
});

describe("what people do, said another way", () => {
  it("reads a script that runs by itself as a command-line tool", () => {
    expect(saidKind("none of those, it's a script that runs by itself every night")).toBe(
      "command-line tool",
    );
  });

  it("reads on after 'what we'd like is a script …:', and 'a program that does the pairings'", () => {
    expect(
      splitStatements(
        "So what we'd like is a script that runs every night: it fetches the newest file and hides old products.",
      ),
    ).toEqual(["Fetch the newest file", "Hide old products"]);
    expect(splitStatements("I want a program that does the Swiss pairings for each round.")[0]).toMatch(
      /make the Swiss pairings for each round$/i,
    );
  });

  it("spells out shorthand and keeps 'approves or declines' together", () => {
    expect(splitStatements("ppl request days off, their lead approves or declines w/ a button.")).toEqual([
      "Users can request days off",
      "Their lead approves or declines with a button",
    ]);
  });
});
