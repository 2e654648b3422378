import { describe, expect, it } from "vitest";
import { applyThingEdit } from "../../../src/engines/guided/design/things-design.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { said, statements, things } from "./lesson-readers.js";

/**
 * What the nineteenth and twentieth rounds of people the interviewer had not met wrote,
 * and how it reads it now: each case is a way of saying something, not one person's
 * sentence only.
 */

describe("records told the way people tell them", () => {
  it("reads examples of names, the name they settle on, and the main thing", () => {
    expect(
      things(
        "We have the houses, House 1 up to House 4, each one with a name and the capacity, how many birds it can take. Then every collection, let me call it the daily record, has the house, the date, morning or evening, the trays, the feed in bags and the mortality. The girls, the cleaners I mean (name, cell).",
      ),
    ).toEqual([
      ["cleaners", ["name", "cell"]],
      ["houses", ["name", "capacity"]],
      ["daily record", ["house", "date", "morning or evening", "trays", "feed", "mortality"]],
    ]);
  });

  it("reads what each has, how often there is one, and what each gets", () => {
    expect(
      things(
        "Well, the owners are the main thing: their full name and whether they've passed away and when. Each order has its successors, that's the owner who got shares from it and how many shares. The dividends are one a year, with the year and the rate per share, and then every owner gets a dividend payment: which dividend, the owner, the amount, and the date it was paid, or left empty while it's unclaimed.",
      ),
    ).toEqual([
      ["owners", ["full name", "passed away", "date passed away"]],
      ["dividends", ["year", "rate per share"]],
      ["dividend payment", ["dividend", "owner", "amount", "date paid"]],
      ["successor", ["order", "owner", "how many shares"]],
    ]);
  });
});

describe("what people do", () => {
  it("reads a step said without a verb whole, a step after 'First', and no reason as a feature", () => {
    expect(statements("Then SST 6% on the subtotal plus service charge.")).toEqual([
      "SST 6% on the subtotal plus service charge",
    ]);
    expect(statements("First take off the discount, can be percentage or fixed amount.")).toEqual([
      "Users can take off the discount, can be percentage or fixed amount",
    ]);
    expect(
      statements(
        "The rounding adjustment must show as its own line, because the accountant wants to see it.",
      ),
    ).toEqual(["The rounding adjustment must show as its own line"]);
    expect(isBackground("Last time we use float and kena problem already.")).toBe(true);
  });

  it("reads what other people do not do as a fact, not a 'no'", () => {
    expect(said("Some outlets don't charge service charge, so it must be able to turn off.")).toEqual([]);
    expect(said("We don't charge fees.")).toEqual(["charge fees"]);
  });
});

describe("a 'no' said many more ways", () => {
  it("reads English as it is spoken in many places", () => {
    expect(said("The egg sales, do not bring them in, my uncle's wife keeps that in her own book.")).toEqual([
      "egg sales",
    ]);
    expect(said("And the salaries of the boys, it is not a must, I pay them myself.")).toEqual([
      "salaries of the boys",
    ]);
    expect(
      said("The lease and the orchard rent, that's all with our accountant, so that's not what this is for."),
    ).toEqual(["lease", "orchard rent"]);
    expect(said("Billing the owners, we're all set with that, my accountant does the invoices.")).toEqual([
      "Billing the owners",
    ]);
    expect(said("gie the gala entries a miss, the gala secretary does them.")).toEqual(["gala entries"]);
    expect(said("an naw tae the fees, the treasurer's got that")).toEqual(["fees"]);
    expect(said("The OPD and the admissions also, keep that aside for now, only channelling.")).toEqual([
      "OPD",
      "admissions",
    ]);
    expect(said("The peals and the quarter peals, leave well alone, they go on the website.")).toEqual([
      "peals",
    ]);
    expect(said("And the wedding fees, it can stop out of it, the churchwarden sorts the money.")).toEqual([
      "wedding fees",
    ]);
    expect(
      said("The DJ and the music side, leave dat out, it ain't fuh we, the promoter handle that."),
    ).toEqual(["DJ", "music side"]);
  });

  it("reads Malay and Serbian", () => {
    expect(said("Bacaan tahlil pun biar surau yang atur, kami tak nak benda tu dalam ni.")).toEqual([
      "Bacaan tahlil",
    ]);
    expect(said("Прскање и заштиту винограда исто изоставите, то агроном води у својој апликацији.")).toEqual(
      ["Прскање и заштиту винограда"],
    );
  });
});

describe("changes at 'Your data'", () => {
  it("moves a field from one thing to another, and puts a field on a thing that wants it", () => {
    const read = readThings(
      "Teams: name, the pub, the captain and the captain's phone. Players: name and the team they throw for. Fixtures: the date, home team and away team.",
      { listed: true },
    );
    const changed = applyThingEdit(
      read,
      "Take the captain's phone off the teams and put a phone number on the players instead, for the captains change halfway through the season. And the fixtures wants the week number on them as well.",
    );
    expect(changed.map((thing) => [thing.said, thing.fields.map((field) => field.said)])).toEqual([
      ["teams", ["name", "pub", "captain"]],
      ["players", ["name", "team", "phone number"]],
      ["fixtures", ["date", "home team", "away team", "week number"]],
    ]);
  });
});

describe("nothing the person asked for dropped", () => {
  it("keeps a sentence in which nothing was read, whole, and not talk, today, a 'no' or the app's name", async () => {
    const { unreadSentences } = await import("../../../src/engines/guided/understanding/unsaid-kept.js");
    const text =
      "Hi there. A hand below the minimum faan gets flagged by the scorer, which every parlour sets itself. Right now the staff count it in their head. Online ordering for our small bakery. We not need cash collection in this system. I open the app in the morning.";
    expect(unreadSentences(text, [])).toEqual([
      "A hand below the minimum faan gets flagged by the scorer, which every parlour sets itself",
    ]);
    expect(
      unreadSentences("The scorer flags a hand below the minimum faan, which every parlour sets itself.", [
        "The scorer flags a hand below the minimum faan",
      ]),
    ).toEqual([]);
  });
});

describe("no thing named by the words of a sentence", () => {
  it("reads no thing from 'a player can only throw for', 'our partner there' or 'a goat just the one'", () => {
    expect(
      things(
        "Players: name and the team, and a player can only throw for the one team in a season. Villages: the name and our partner there with his phone number. Every share goes in one animal, a cow takes seven and a goat just the one.",
      ),
    ).toEqual([
      ["player", ["name", "team"]],
      ["village", ["name"]],
    ]);
  });
});
