import { describe, expect, it } from "vitest";
import { applyThingEdit } from "../../../src/engines/guided/design/things-design.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { unreadSentences } from "../../../src/engines/guided/understanding/unsaid-kept.js";
import { said, statements, things } from "./lesson-readers.js";

/**
 * What the twenty-sixth round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: fields added at "Your data" and at the review
 * as people say them ("put the shoe sizes on there too", "put the temperature on every
 * run too", "put an email on instead"), how many of a thing one holds said as a relation,
 * a day said before its "no", Krio's "am", and records and a "no" in Macedonian and Basque.
 */

const edited = (listed: string, edit: string): [string, string[]][] =>
  applyThingEdit(readThings(listed, { listed: true }), edit).map((thing) => [
    thing.said,
    thing.fields.map((field) => field.said),
  ]);

describe("a field added as people say it", () => {
  it("takes one field off a thing of two words and puts another on instead, then one more 'on there too'", () => {
    expect(
      edited(
        "Lane bookings - name, phone, date, lanes",
        "Take the phone off the lane bookings and put an email on instead, so they get the confirmation. And put the shoe sizes on there too, hon, so I can have 'em set out.",
      ),
    ).toEqual([["lane bookings", ["name", "date", "lanes", "email", "shoe sizes"]]]);
  });

  it("puts a field on 'every run too', and names a field said as a question by the words after it", () => {
    expect(
      edited(
        "Runs: groomer, start, finish. Baskets (kind, size, price).",
        "Put the temperature on every run too, the outside temp when he starts. Hol on, one mo ting. Put what e made of on ebry basket, de materials, sweetgrass or pine needle.",
      ),
    ).toEqual([
      ["baskets", ["kind", "size", "price", "materials"]],
      ["runs", ["groomer", "start", "finish", "temperature"]],
    ]);
  });
});

describe("a field changed in other languages", () => {
  it("puts a field on a thing named in any of its forms, and takes one off", () => {
    expect(
      edited(
        "Носиите имаат шифра, регион и големина.",
        "Уште нешто: на секоја носија ставете и фотографија, за да знаеме како изгледа.",
      ),
    ).toEqual([["носии", ["шифра", "регион", "големина", "фотографија"]]]);
    expect(
      edited(
        "Bazkideak: izena, telefonoa, emaila.",
        "Telefonoa kendu bazkideei, emaila nahikoa da. Eta bazkide zenbakia gehitu, bakoitzak berea du txartelean.",
      ),
    ).toEqual([["bazkideak", ["izena", "emaila", "bazkide zenbakia"]]]);
  });
});

describe("records said the way people say them", () => {
  it("reads how many one holds as a relation, not as fields, and a 'got' after 'one' as 'has'", () => {
    expect(
      things(
        "Baskets (kind, size, sewer). Ebry basket belong to one sewer, an one sewer got plenty basket. Lots: number, grower. Growers, with their number and name. Every lot belongs to one grower, and a grower has a whole lot of lots, ha.",
      ),
    ).toEqual([
      ["baskets", ["kind", "size", "sewer"]],
      ["lots", ["number", "grower"]],
      ["growers", ["number", "name"]],
    ]);
  });

  it("reads 'every run's one groomer' as belonging, and keeps no thing or field of an 'eh'", () => {
    expect(
      things(
        "Groomers: name, model. Hazards: segment, kind. Runs: start, finish. Every run's one groomer, and every hazard's on one segment, eh.",
      ),
    ).toEqual([
      ["groomers", ["name", "model"]],
      ["hazards", ["segment", "kind"]],
      ["runs", ["start", "finish", "groomer"]],
    ]);
  });

  it("reads Macedonian records with 'имаат' and 'се со', the plural's 'the' left off, brackets as a field's values", () => {
    expect(
      things(
        "Членовите имаат име, презиме и телефон. Носиите имаат шифра, дел (кошула, елек, појас), големина и состојба. Пробите се со датум и група. На крајот од годината ми треба извештај: колку настапи имавме.",
      ),
    ).toEqual([
      ["членови", ["име", "презиме", "телефон"]],
      ["носии", ["шифра", "дел", "големина", "состојба"]],
      ["проби", ["датум", "група"]],
    ]);
  });
});

describe("a 'no', and what only looks like one", () => {
  it("keeps a rule for a day said before its 'no', and a Krio 'no' before a verb and 'am'", () => {
    expect(said("Monday to Saturday he pay, Sunday no payment.")).toEqual([]);
    expect(said("Plenty times a rider say he pay and I no see am.")).toEqual([]);
    expect(said("The keke repairs, the mechanic get him own book, leave am out.")).toContain("keke repairs");
  });

  it("reads a 'no' pointed back with 'that' in Macedonian and Basque, at the subject of the clause before", () => {
    expect(said("Оркестарот си има свој раководител и свои работи, тоа не го ставајте.")).toEqual([
      "Оркестарот",
    ]);
    expect(said("Продажбата на билети ја прави Домот на култура, тоа не ни треба.")).toEqual([
      "Продажбата на билети",
    ]);
    expect(said("Urteko kuota bankuak kobratzen du beste bide batetik, hori ez sartu hemen.")).toEqual([
      "Urteko kuota",
    ]);
    expect(said("Eta errezetak ere ez, horretarako liburuak ditugu.")).toEqual(["errezetak"]);
  });
});

describe("rules kept whole", () => {
  it("keeps an 'if' with each of its results", () => {
    // One sentence, one rule: the condition and both results together.
    expect(
      statements(
        "If he misses 3 days in a row, the service tells the supervisor, and the tracker blocks the engine till he pays.",
      ),
    ).toEqual([
      "If he misses 3 days in a row, the service tells the supervisor, and the tracker blocks the engine till he pays",
    ]);
    // A rule too long to be one thing to build is parted, each result with the condition.
    expect(
      statements(
        "If he misses 3 days in a row, the service tells the supervisor and the area manager by text and by email with the full history of his payments, and the tracker blocks the engine of the keke till he comes to the office and pays.",
      ),
    ).toEqual([
      "If he misses 3 days in a row, the service tells the supervisor and the area manager by text and by email with the full history of his payments",
      "If he misses 3 days in a row, the tracker blocks the engine of the keke till he comes to the office and pays",
    ]);
  });

  it("reads 'no milling on credit' as how it is paid, not as milling left out", () => {
    expect(
      said(
        "The customer pays cash before the maize goes to the mill, no milling on credit, even for relatives.",
      ),
    ).toEqual([]);
    expect(said("No credit cards.")).toEqual(["credit cards"]);
  });

  it("reads no thing from what is wanted at month end", () => {
    expect(
      things(
        "Tickets: number, kilos. Then month end: the kilos milled, the money, and the hours of blackout.",
      ),
    ).toEqual([["tickets", ["number", "kilos"]]]);
  });

  it("turns down every clause joined by 'and' to the one a 'no' points back at, and keeps none of it whole", () => {
    const text =
      "The ufa that we pack and sell ourselves in the shop at the front, that is my wife's side, leave it out of this one.";
    expect(statements(text)).toEqual([]);
    expect(unreadSentences(text, [])).toEqual([]);
  });

  it("keeps a rule whose condition is 'if there is …', and one whose condition lists examples whole", () => {
    expect(statements("If there is a hazard, the driver puts a pin on the map.")).toEqual([
      "If there is a hazard, the driver puts a pin on the map",
    ]);
    const examples =
      "If there's a hazard, a tree down, a washout, he puts a pin where it is and takes a picture, so you can see what's still out there.";
    // The condition runs on, without a comma after its examples, into who acts: one rule, whole.
    expect(statements(examples)).toEqual([examples.replace(/\.$/, "")]);
    expect(unreadSentences(examples, [])).toHaveLength(1);
  });

  it("reads a second 'no' after the first's time or 'gets' as the same rule", () => {
    expect(said("On Sunday no boat trips and no kayaks, it is the Sabbath.")).toEqual([]);
    expect(said("A lot that was no sale gets no commission and no fee.")).toEqual([]);
  });

  it("keeps what is counted together: 'how many cows and goats to buy'", () => {
    expect(
      statements("The partners need a list of how many cows and goats to buy for each village."),
    ).toEqual(["The partners can get a list of how many cows and goats to buy for each village"]);
  });

  it("reads 'and the commission we took' as one more thing in the report", () => {
    expect(
      statements(
        "At the end of the week I want a report with every grower's total and the commission we took.",
      ),
    ).toEqual([
      "Users can get a report with every grower's total and the commission they took at the end of the week",
    ]);
  });

  it("names the extras 'on the tab' extras, and 'if it was cancelled' a field", () => {
    expect(
      things(
        "Then the extras on the tab, that is the guest, the item and the price. And the boat trips, with the date, the skipper and if it was cancelled.",
      ),
    ).toEqual([
      ["extras", ["guest", "item", "price"]],
      ["boat trips", ["date", "skipper", "cancelled"]],
    ]);
  });
});
