import { describe, expect, it } from "vitest";
import { statements, things } from "./lesson-readers.js";

/**
 * Records told the way people talk them through, in other words than the people who
 * taught them: the thing, a word pointing back at it, then what it has; a list with a
 * clause or a choice in the middle; counts of a measure; and sentences about how many
 * there are, which name nothing kept.
 */

describe("the thing, then what it has, however it is pointed back at", () => {
  it("reads 'X, they each have …' and 'X, that's a, b and c' as X's fields", () => {
    expect(
      things(
        "The rooms, they each have a number and a floor and how many beds they take. Guests, that's name, phone and passport.",
      ),
    ).toEqual([
      ["guests", ["name", "phone", "passport"]],
      ["room", ["number", "floor", "how many beds"]],
    ]);
  });

  it("reads 'Then the X, every time we …: …' as X's fields, not a thing named after the clause", () => {
    expect(
      things("Then the checks, every time we clean a tank: which tank, the reading, and the time we did it."),
    ).toEqual([["checks", ["tank", "reading", "time"]]]);
  });

  it("gives a kind of a thing's fields to that thing, and names a thing's lines after it", () => {
    expect(
      things(
        "The invoices have the number and the date. The credit notes are invoices too, with the reason. Each invoice has its lines, which product and how many.",
      ),
    ).toEqual([
      ["invoice lines", ["invoice", "product", "how many"]],
      ["invoice", ["number", "date", "reason"]],
    ]);
  });
});

describe("a list of fields that goes on past what is no field", () => {
  it("keeps a choice of two, a describing word alone, and one item that is no field", () => {
    expect(
      things(
        "A sale has the till number, the time, dine in or takeaway, cash or card, and the total. A parcel has the sender, the barcode, what it is, the weight and the size.",
      ),
    ).toEqual([
      ["sale", ["till number", "time", "dine in or takeaway", "cash or card", "total"]],
      ["parcel", ["sender", "barcode", "description", "weight", "size"]],
    ]);
  });

  it("reads a count of a measure of something by the measure", () => {
    expect(
      things("And the market days, with the date, how many kilos of cheese went out and how many stalls."),
    ).toEqual([["market day", ["date", "how many kilos", "how many stalls"]]]);
  });

  it("ends the list where someone starts acting", () => {
    expect(things("A booking has the guest, the room, we ring them the day before.")).toEqual([
      ["booking", ["guest", "room"]],
    ]);
  });
});

describe("sentences about how many there are, which name nothing kept", () => {
  it("keeps no thing named by a count, or by what one of a thing does", () => {
    expect(
      things(
        "Tanks: name, size. Every tank is in one shed, but one tank can be two or three batches, and a shed maybe holds a dozen, and every batch go in one tank.",
      ),
    ).toEqual([["tanks", ["name", "size"]]]);
  });

  it("reads an o with an apostrophe between words as 'of', as it is spoken", () => {
    expect(
      things(
        "Orders: customer, bags o' flour, date. Every order is for one customer, and we bake it the day after.",
      ),
    ).toEqual([["orders", ["customer", "bags of flour", "date"]]]);
  });
});

describe("an action on what the clause before it named", () => {
  it("keeps 'and we check 'em' with what they were", () => {
    expect(statements("A driver drops off the crates and we count 'em at the door.")).toEqual([
      "A driver drops off the crates and we count 'em at the door",
    ]);
    expect(statements("Someone turns up with a parcel and we weigh it.")).toEqual([
      "Users can turn up with a parcel and they weigh it",
    ]);
  });
});
