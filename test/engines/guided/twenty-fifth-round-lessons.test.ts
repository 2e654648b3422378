import { describe, expect, it } from "vitest";
import { isNegation } from "../../../src/engines/guided/understanding/exclusions.js";
import { said, statements, things } from "./lesson-readers.js";

/**
 * What the twenty-fifth round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: records brought in with "you've got the …",
 * "there's the …, obviously", "that's the main thing:", lists that go on past a choice,
 * a "whether" or a clause about them, and a "no" in Slovenian and Kazakh.
 */

describe("records brought in the way people bring them in", () => {
  it("reads 'you've got the X, and that's …', 'there's the X, obviously, …' and 'that's the main thing:'", () => {
    expect(
      things(
        "Well, you've got the members, and that's the name, the street they're on, and whether they're full or associate, which matters a lot. There's the boats, obviously, their name, length and mooring. Then the trips, that's the main thing: number, boat, skipper.",
      ),
    ).toEqual([
      ["members", ["name", "street", "full or associate"]],
      ["boats", ["name", "length", "mooring"]],
      ["trips", ["number", "boat", "skipper"]],
    ]);
  });

  it("reads 'every X is one A … by one B, with …' and 'for every X I'd put …'", () => {
    expect(
      things(
        "Then there's the tickets, and every ticket is one ride on the bus by one pupil, with the date, the stop and cash or card. Each run goes through its stops, and for every stop I'd put the time, the minutes we waited and the pupils we picked up.",
      ),
    ).toEqual([
      ["tickets", ["pupil", "date", "stop", "cash or card"]],
      // ("the minutes we waited" is named by what was done with them, as "the price I quoted" is.)
      ["stop", ["time", "minutes waited", "pupils"]],
    ]);
  });

  it("reads a list past 'mind', a whether-or and a relative clause, and 'the lots' as a place", () => {
    expect(
      things(
        "Every jar belongs to one customer, mind, some customers bring a whole crate, and a jar has its number, what it is, the before weight, the after weight and whether it's the first batch or the second. The lots, with a name, an address and how many spots.",
      ),
    ).toEqual([
      ["jar", ["customer", "number", "description", "before weight", "after weight", "first batch"]],
      ["lot", ["name", "address", "how many spots"]],
    ]);
    expect(
      things("And the suppliers, with the name, the phone and the date they sent their invoice."),
    ).toEqual([["suppliers", ["name", "phone", "date sent"]]]);
  });
});

describe("a 'no' the next clause or a 'gie … a miss' says", () => {
  it("reads 'gie X a miss' as a 'no', and 'Payments to X and the bonus' as two things", () => {
    expect(isNegation("gie the prize giving a miss")).toBe(true);
    expect(
      said("Refunds to the parents and the deposit at the end of term, let it not touch those."),
    ).toEqual(["Refunds", "deposit"]);
  });

  it("keeps no feature of a clause that 'I don't want to hear about'", () => {
    expect(
      statements(
        "Some owners ask us to sell their caravan for them, I don't want to hear about that in this program. We tow the caravans in in October.",
      ),
    ).toEqual(["Users can tow the caravans in in October"]);
  });
});

describe("a thing handed to someone else, said the ways people say it", () => {
  it.each([
    ["The van hire, that's me cousin's game, leave it well out.", ["van hire"]],
    [
      "trophies, wife does em, leave em. the raffle after, different do, nowt to do wi us",
      ["trophies", "raffle"],
    ],
    ["the tea money and the subs nah thats the treasurer, keep it out.", ["tea money", "subs"]],
    ["Weekend parking we don't do, that's a garage thing, leave it out.", ["Weekend parking"]],
    [
      "I should add that the audits are the responsibility of the Ministry of Water. Likewise, the sale of any member's goats is his private affair.",
      ["audits", "sale of any member's goats"],
    ],
  ])("reads %s", (text, left) => {
    expect(said(text)).toEqual(left);
  });

  it("keeps one of the software's own people responsible for a thing", () => {
    expect(said("The booking is the responsibility of the parent who signs up.")).toEqual([]);
  });
});

describe("short notes, one thing each", () => {
  it("keeps each short note whole, its commas no clauses", () => {
    expect(
      statements("each heat: start, turn, finish. 50 points, referee takes off. 10 minutes then time up."),
    ).toEqual(["Each heat: start, turn, finish", "50 points, referee takes off", "10 minutes then time up"]);
  });
});

describe("a 'no' in Slovenian and Kazakh", () => {
  it.each([
    ["Nagradne igre tukaj ne rabimo, to dela odbor.", "Nagradne igre"],
    ["Тойлар бұл жерге керек емес.", "Тойлар"],
  ])("reads %s", (text, left) => {
    expect(said(text)).toEqual([left]);
  });
});
