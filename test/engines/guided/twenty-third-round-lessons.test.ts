import { describe, expect, it } from "vitest";
import { findExclusions, mentionsExcluded } from "../../../src/engines/guided/understanding/exclusions.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { asWrittenEnglish } from "../../../src/engines/guided/understanding/spoken-english.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the twenty-third round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: the kind of software they ask for beside the
 * software they already have, and records written as they are spoken.
 */

describe("the kind of software asked for, beside the software they already have", () => {
  it("reads the kind in the sentence that asks for it, and the one after it", () => {
    expect(
      saidKind(
        "Our web app and our Android app each work the interest out their own way. So I want one library in Kotlin that all our apps call.",
      ),
    ).toBe("library");
    expect(
      saidKind(
        "My brother is making a phone app for the drivers and a website for the customers. What we need from you is the system in the middle that all of them talk to. No screens, just that.",
      ),
    ).toBe("api service");
    expect(saidKind("We want a website where our members book the hall.")).toBe("web app");
  });
});

describe("records written as they are spoken", () => {
  it("reads 'da', 'an'', 'got', 'dey' and a dropped 'g' as their written forms", () => {
    expect(asWrittenEnglish("Da customers got a name, a phone an' da island.")).toBe(
      "the customers has a name, a phone and the island.",
    );
    expect(
      things(
        "Da members got a name, a phone an' da district. A sailin' got da date an' which docks. A parcel got da sender, who it goin' to, dey phone, da weight, an' paid or not.",
      ),
    ).toEqual([
      ["member", ["name", "phone", "district"]],
      ["sailing", ["date", "docks"]],
      ["parcel", ["sender", "recipient", "phone", "weight", "paid"]],
    ]);
  });
});

describe("a 'no' that is a rule, and a 'no' narrower than the thing", () => {
  it("leaves a rule for a time, and a rule said as two 'no's, as rules", () => {
    expect(said("No sparring for 28 days after a knockout.")).toEqual([]);
    expect(said("No draw in the first month.")).toEqual([]);
    expect(said("They pay by the 15th, no dues no ride, whoever they are.")).toEqual([]);
    expect(said("No chat in the first version.")).toEqual(["chat in the first version"]);
  });

  it("keeps what goes with a thing left out 'itself', and reads someone else's business", () => {
    const exclusions = findExclusions(
      "Da gala itself, da band, da caterer, dat's da gala committee's business, not mine.",
    );
    expect(exclusions.map((exclusion) => exclusion.said)).toEqual(["gala itself", "band", "caterer"]);
    expect(mentionsExcluded("Members buy gala tickets for their guests", exclusions)).toBe(false);
    expect(mentionsExcluded("Book the band for the night", exclusions)).toBe(true);
  });
});
