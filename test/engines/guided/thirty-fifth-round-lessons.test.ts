import { describe, expect, it } from "vitest";
import { edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the thirty-fifth round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: a field's values said after it ("the type,
 * van or car"), "the date of the wedding", "we call them all X" and "every booking is the
 * one X"; changes asked as "would yiz ever", as "where you put 'X', put 'Y' instead" and
 * as "that X one, no need that one"; rules said as "anyone owing …, we …", "no … in
 * October" and "no …, she go back"; and "no"s that turn nothing down ("don't need nowt",
 * "the divers don't need it") beside ones that do ("is a next company", "pa ni anything
 * to do with us").
 */

describe("records told as people tell them", () => {
  it("reads the values a field of kinds takes, said after it up to the next comma, as no fields", () => {
    expect(
      things(
        "Each van has a plate, the type, panel or tipper, the colour, red or blue for the new ones and white or grey for the old ones, and the mileage.",
      ),
    ).toEqual([["van", ["plate", "type", "colour", "mileage"]]]);
  });

  it("keeps what is said after a field of kinds as fields when they are fields ('the size, weight or volume')", () => {
    expect(things("Each parcel has a label, the size, weight or volume, and the sender.")).toEqual([
      ["parcel", ["label", "size", "weight or volume", "sender"]],
    ]);
  });

  it("reads 'yes or no' after a field, and 'me or Ann' after who did it, as values", () => {
    expect(
      things("Every job has the house, the date, who cleaned it, me or Ann, the hours and paid, yes or no."),
    ).toEqual([["job", ["house", "date", "cleaned by", "hours", "paid"]]]);
  });

  it("reads 'the date of the wedding' as the wedding date", () => {
    expect(things("Each couple has their names, a phone and the date of the wedding.")).toEqual([
      ["couple", ["names", "phone", "wedding date"]],
    ]);
  });

  it("reads no things in what the person calls them, and none in 'every X is the one Y and the one Z'", () => {
    expect(
      things(
        "We call them all rigs, the kayaks and the canoes together. Each rig has a number and a length. Every hire is the one rig and the one paddler.",
      ),
    ).toEqual([["rig", ["number", "length"]]]);
  });
});

describe("changes to the records", () => {
  it("adds a field asked for as 'would yiz ever put …'", () => {
    expect(
      edited(
        "Players: name, club. Matches: date, venue.",
        "Grand. Would yiz ever put the shirt size on the players as well, the kit man keeps asking. Sound.",
      ),
    ).toEqual([
      ["players", ["name", "club", "shirt size"]],
      ["matches", ["date", "venue"]],
    ]);
  });

  it("renames with 'where you put X, put Y instead', whatever is said after it", () => {
    expect(
      edited(
        "Guests (name, room), Stays (guest, nights).",
        "All good. Only one thing, where you put 'Stays', put 'Visits' instead, is so the owners does say it.",
      ),
    ).toEqual([
      ["guests", ["name", "room"]],
      ["visits", ["guest", "nights"]],
    ]);
  });

  it("takes a record out when it is pointed at and turned down: 'that X one, no need that one'", () => {
    expect(
      edited(
        "Boats: name, skipper. Trips: boat, date. Invoices: trip, amount.",
        "Looks good. That invoices one, no need that one, the accountant does it.",
      ),
    ).toEqual([
      ["boats", ["name", "skipper"]],
      ["trips", ["boat", "date"]],
    ]);
  });
});

describe("rules said plainly", () => {
  it("keeps 'anyone behind …, we …' as a condition and its result", () => {
    expect(statements("Anyone owing for 3 weeks, we stop their deliveries till they pay.")).toEqual([
      "If anyone owes for 3 weeks, we stop their deliveries till they pay",
    ]);
  });

  it("keeps a 'no' for a month or a season, and a 'no' whose thing is sent back, as rules", () => {
    expect(statements("No picking at all in June and July, that's the nesting season.")).toEqual([
      "No picking at all in June and July, that's the nesting season",
    ]);
    expect(statements("No crab with a soft shell, it goes back in the water.")).toEqual([
      "No crab with a soft shell, it goes back in the water",
    ]);
    expect(said("No crab with a soft shell, it goes back in the water.")).toEqual([]);
  });

  it("reads 'no X, no Y' closing a sentence that names the one kept as a rule", () => {
    expect(said("Every seller must show a permit number, no permit, no sale.")).toEqual([]);
  });

  it("reads a plural that describes no action as a verb where things open and close", () => {
    expect(statements("Entries open on the 1st of March and not a day before.")).toEqual([
      "Entries open on the 1st of March and not a day before",
    ]);
  });
});

describe("what is turned down, and what is not", () => {
  it("turns nothing down when people need nothing, or do not need the software", () => {
    expect(said("Just me and Jo. Customers don't need nowt.")).toEqual([]);
    expect(said("Only me and Jo. The pickers don't need it.")).toEqual([]);
    expect(said("Members don't need anything.")).toEqual([]);
  });

  it("still turns down what the sentence before named, when the person does not need it", () => {
    expect(said("The gift shop is my sister's. We don't need it.")).toEqual(["gift shop"]);
  });

  it("reads 'is a next company' and Kwéyòl 'pa ni anything to do with us' as turning down", () => {
    expect(said("And the boat tours round the bay is a next company, leave that.")).toEqual([
      "boat tours round the bay",
    ]);
    expect(
      said(
        "The mud baths and the drive-in crater, that is the Trust business, pa ni anything to do with us.",
      ),
    ).toEqual(["mud baths", "drive-in crater"]);
  });

  it("reads a thing whose last word could be a verb ('the hot springs') before a 'no'", () => {
    expect(said("The hot springs, nothing to do with us.")).toEqual(["hot springs"]);
  });
});
