import { describe, expect, it } from "vitest";
import { contextTags } from "../../../src/engines/guided/language/context-tags.js";
import { tagWords } from "../../../src/engines/guided/language/tagger.js";
import { isDismissal } from "../../../src/engines/guided/understanding/dismissals.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { withTopicsPlaced } from "../../../src/engines/guided/understanding/topics.js";
import { unreadSentences } from "../../../src/engines/guided/understanding/unsaid-kept.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the twenty-second round of people the interviewer had not met wrote, and how it
 * reads it now. The cases are written in other words than theirs: each is a shape of
 * saying something (a "no" after the thing, a record told as what it "is"), not one
 * person's sentence.
 */

describe("a 'no' told by its shape, after the thing", () => {
  it("reads a short 'no', a 'no' pointing back, leaving out, and another matter", () => {
    expect(said("The raffle, nee chance.")).toEqual(["raffle"]);
    expect(said("The fertiliser orders, no need for that one, the growers' council does that.")).toEqual([
      "fertiliser orders",
    ]);
    expect(said("And the staff wages, we ain't want dat in here.")).toEqual(["staff wages"]);
    expect(said("Da entry fees, no need, da treasurer get her own way fo' dat.")).toEqual(["entry fees"]);
    expect(said("The bait shop and the frozen pizzas, we'd just as soon not get into that.")).toEqual([
      "bait shop",
      "frozen pizzas",
    ]);
    expect(said("And the water bills, no, that is another story altogether.")).toEqual(["water bills"]);
    expect(said("The export side, lef' um out.")).toEqual(["export side"]);
    expect(said("And Miss Rosa's alterations, nah, forget about it.")).toEqual(["Miss Rosa's alterations"]);
  });

  it("reads someone else doing it, and a 'no' to needing it after 'I don't think'", () => {
    expect(said("The bar, the steward does that.")).toEqual(["bar"]);
    expect(said("I don't think we'd need the fishing licences in there.")).toEqual(["fishing licences"]);
    expect(said("It should never page anyone itself.")).toEqual(["page anyone"]);
    expect(said("Weather data we can do without.")).toEqual(["Weather data"]);
    expect(said("Refunds are out of scope.")).toEqual(["Refunds"]);
  });

  it("leaves a rule with a 'no' in it as a rule", () => {
    expect(said("If a crew gets a DQ, they get no points.")).toEqual([]);
    expect(said("A late entry gets no refund.")).toEqual([]);
    expect(said("No ID, no ticket, simple as.")).toEqual([]);
    expect(said("The loads, not more than 20 tonnes each.")).toEqual([]);
    expect(
      said(
        "Collections - the member, the piece, the name of whoever collects it if it is not the member, and the photo.",
      ),
    ).toEqual([]);
    expect(said("No payments, no chat.")).toEqual(["payments", "chat"]);
  });

  it("tells a clause that turns down from one that does not", () => {
    expect(isDismissal("no touch")).toBe(true);
    expect(isDismissal("leave that one out bhai")).toBe(true);
    expect(isDismissal("das da club's business")).toBe(true);
    expect(isDismissal("no logins")).toBe(false);
    expect(isDismissal("if it's not paid by nine")).toBe(false);
    expect(isDismissal("the name of whoever collects it if it is not the member")).toBe(false);
    expect(isDismissal("we do that on the tablet")).toBe(false);
  });
});

describe("records told as what they are", () => {
  it("reads 'are the …', 'that's the …' after a word that opens the talk, and what 'those' have", () => {
    expect(things("And the ice readings are the date, the checkpoint and the inches.")).toEqual([
      ["ice readings", ["date", "checkpoint", "inches"]],
    ]);
    expect(
      things("Well, the rooms, that's the number on the door, how many it sleeps and the price."),
    ).toEqual([["rooms", ["number on the door", "how many it sleeps", "price"]]]);
    expect(
      things(
        "The waivers are for each guest, so those have the booking, the guest's name and when they signed.",
      ),
    ).toEqual([["waiver", ["booking", "guest name", "date signed"]]]);
  });

  it("reads what a thing has got, a yes or no last in brackets, and counts said with where they are", () => {
    expect(things("A seller's got a name, an address and a phone.")).toEqual([
      ["seller", ["name", "address", "phone"]],
    ]);
    expect(things("Loads (date, farm, tonnes, burnt or not).")).toEqual([
      ["loads", ["date", "farm", "tonnes", "burnt"]],
    ]);
    expect(
      things(
        "Then the guests, with their name and phone. The bookings have the guest, the house and how many people in the group, the deposit, and what's still owing.",
      ),
    ).toEqual([
      ["guests", ["name", "phone"]],
      ["booking", ["guest", "house", "how many people", "deposit", "owing"]],
    ]);
  });
});

describe("words no list knows, read by the English tagger", () => {
  it("reads them as actions where English does, and as names and things where it does not", () => {
    const tags = (text: string) => tagWords(text).map((word) => `${word.word}:${word.tag}`);
    expect(tags("the codes we stamp on each blank")).toContain("stamp:verb");
    expect(tags("Every vend is kept")).toContain("vend:noun");
    expect(tags("And Miss Rosa's alterations")).toContain("miss:noun");
    expect(tags("counter adds job")).toContain("counter:noun");
  });

  it("matches the tagger's pieces back to the interviewer's words", () => {
    const tags = contextTags(["we", "don't", "cut", "the", "tuk-tuk", ",", "Rosa"]);
    expect(tags.map((tag) => tag?.pos)).toEqual(["PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PROPN"]);
    expect(tags[6]?.capitalized).toBe(true);
  });
});

describe("rules said without a verb the interviewer knows", () => {
  const kept = (text: string) => {
    const read = splitStatements(text, { keepVerbless: false, interviewInEnglish: true });
    return unreadSentences(text, read);
  };

  it("keeps a short rule with 'each', a place or a 'has to', and one with 'never' in it", () => {
    expect(kept("Each class sorted biggest first.")).toEqual(["Each class sorted biggest first"]);
    expect(kept("Prize money for each place, 1st to 6th.")).toEqual([
      "Prize money for each place, 1st to 6th",
    ]);
    // ("kept" after "be" is what is done, so the rule is read as any sentence is, whole.)
    const years = "Everything has to be kept three years.";
    expect([
      ...splitStatements(years, { keepVerbless: false, interviewInEnglish: true }),
      ...kept(years),
    ]).toEqual(["Everything has to be kept three years"]);
    // ("round" is a verb the interviewer knows now, so the rule is read as any sentence is, whole.)
    const weights = "Weights are rounded down to the nearest kilo, never up.";
    expect([
      ...splitStatements(weights, { keepVerbless: false, interviewInEnglish: true }),
      ...kept(weights),
    ]).toEqual(["Weights are rounded down to the nearest kilo, never up"]);
    expect(kept("Online ordering for our small bakery.")).toEqual([]);
  });

  it("keeps the clauses of a sentence read in part that nothing read carries", () => {
    // (A tier by how many come first is read whole now, so nothing of it is left unread.)
    const tiers =
      "For members, the first 10 hours in a month are at the lower rate, everything after that at the full rate, and the month starts again on the first.";
    expect([
      ...splitStatements(tiers, { keepVerbless: false, interviewInEnglish: true }),
      ...kept(tiers),
    ]).toEqual([
      "For members, the first 10 hours in a month are at the lower rate, everything after that at the full rate, and the month starts again on the first",
    ]);
  });
});

describe("a thing said first and pointed back at", () => {
  it("puts the thing where the clause after it points back at it", () => {
    expect(
      withTopicsPlaced(
        "Catalytic converters, the cats, we only take them if we know the reg of the car they came off.",
      ),
    ).toBe("We only take catalytic converters if we know the reg of the car they came off.");
    expect(withTopicsPlaced("The cleaners, they come at nine and do the rooms.")).toBe(
      "The cleaners come at nine and do the rooms.",
    );
    expect(withTopicsPlaced("Our cards, we print them every Monday.")).toBe(
      "We print our cards every Monday.",
    );
  });

  it("leaves a setting, a clause with a verb, someone else's work and a 'no' as they are", () => {
    for (const said of [
      "On Tuesdays, they come at nine.",
      "When a van comes through the gate, the camera reads the reg, and that opens a ticket.",
      "The bar, the steward does that.",
      "The raffle and the bingo, we're not getting into that, it's a whole different set of rules.",
    ])
      expect(withTopicsPlaced(said)).toBe(said);
  });
});
