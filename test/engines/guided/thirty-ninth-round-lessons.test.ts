import { describe, expect, it } from "vitest";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { applyReply } from "../../../src/engines/guided/interview/replies.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the thirty-ninth round of people wrote, run once unseen and tuned on once the
 * fortieth was written to take its place, and how the interviewer reads it now, in other
 * words than theirs.
 */

describe("records told the way these people told them", () => {
  it("reads 'For every X I keep …' with a count, an amount and a yes or no said about it", () => {
    expect(
      things(
        "For every pen I keep the number and how many goats is in it. For the lambs I buy I keep the farm, the day, and what I paid. For each sale we keep the buyer, the price and whether the levy is done.",
      ),
    ).toEqual([
      ["pen", ["number", "how many goats"]],
      ["lambs", ["farm", "day", "paid"]],
      ["sale", ["buyer", "price", "levy"]],
    ]);
  });

  it("reads the same fields in a list after a colon", () => {
    expect(things("Pens: number, how many goats is in it, what we paid, whether the dip is done")).toEqual([
      ["pens", ["number", "how many goats", "paid", "dip"]],
    ]);
  });

  it("reads a record on a line whose list ends on a yes or no, whatever its name could be", () => {
    expect(things("- Pupils - name, class\n- Register - pupil, date, here or not")).toEqual([
      ["pupils", ["name", "class"]],
      ["register", ["pupil", "date", "here"]],
    ]);
  });

  it("reads Pidgin 'na' as 'is', and 'wi' as 'we', never as things", () => {
    expect(
      things(
        "Riders: name, phone\nBikes: plate, rider\nOne bike na for one rider, and every trip come from one bike.",
      ).map(([name]) => name),
    ).toEqual(["riders", "bikes"]);
    expect(things("Wi have one nurse, Dr. Brown, an a few helper.", false)).toEqual([]);
  });
});

describe("changes to the records", () => {
  it("adds a field 'for' a thing after 'Abeg', and puts a field in Faroese", () => {
    expect(
      edited("Drivers: name, phone", "Abeg add licence number for the drivers, the union don talk."),
    ).toEqual([["drivers", ["name", "phone", "licence number"]]]);
    expect(
      edited("Gestir: navn, telefon\nBordingar: gestur, dagur", "Eitt eg gloymdi: set bordið á bordingar."),
    ).toEqual([
      ["gestir", ["navn", "telefon"]],
      ["bordingar", ["gestur", "dagur", "bordið"]],
    ]);
  });

  it("renames where it says one name, 'can you put' another, and adds none of the talk around it", () => {
    const state = atTheReview(
      "A Saturday school.",
      "- Kids - first name, family\n- Roll - kid, Saturday, present or not",
    );
    const { state: changed, notes } = applyChange(
      state,
      "Looks great. Just one thing, where it says Roll can you put Attendance, the young teachers don't know what a roll is. Thanks heaps.",
    );
    expect(thingsOf(changed).map((thing) => thing.said)).toEqual(["kids", "attendance"]);
    expect(notes.some((note) => /^Added to/.test(note))).toBe(false);
  });

  it("takes 'It look good' and 'Tank yuh' around a change as talk", () => {
    const state = atTheReview("A quarry office.", "Barges: name, island, captain");
    const { state: changed, notes } = applyChange(
      state,
      "It look good. Only one ting, put de captain phone on de barges. Tank yuh.",
    );
    expect(thingsOf(changed)[0]!.fields.map((field) => field.said)).toEqual([
      "name",
      "island",
      "captain",
      "captain phone",
    ]);
    expect(notes.some((note) => /^Added to/.test(note))).toBe(false);
  });
});

describe("who logs in", () => {
  const accounts = (said: string) =>
    applyReply({ step: "features-accounts", question: null, subject: null }, initialState(), {
      text: said,
      answers: null,
      attachments: [],
    }).state.accounts;

  it("keeps no accounts when nobody logs in and the apps that call it have keys of their own", () => {
    expect(
      accounts("Nobody go login direct. The riders' app and the office dashboard go get their own key."),
    ).toBe("none");
    expect(accounts("No one needs to log in.")).toBe("none");
  });

  it("keeps accounts when nobody else logs in but the person", () => {
    expect(accounts("Nobody else logs in but me and Sharon.")).toBe("email");
    expect(accounts("Nobody logs in except me.")).toBe("email");
  });
});

describe("their 'no', in their words", () => {
  it("reads a plural that names a thing before what it is for, and 'the X's own business'", () => {
    expect(said("The boat rides for tourists, not our concern.")).toEqual(["boat rides for tourists"]);
    expect(
      said("The pony treks, the craft stall and all that, that is the treks people's own business."),
    ).toEqual(["pony treks", "craft stall"]);
  });

  it("reads ''s' before 'the' as 'is', 'not us', and a 'no' said without a stop", () => {
    expect(said("The choir's the parish council's thing, nah, leave it.")).toEqual(["choir"]);
    expect(said("the smoked fish we sell at the market thats the co-op side not us.")).toEqual([
      "smoked fish",
    ]);
    expect(said("mushrooms in the fall nah leave that")).toEqual(["mushrooms in the fall"]);
  });

  it("reads Nigerian Pidgin, Scottish Gaelic and Faroese ways of turning a thing down", () => {
    expect(said("Some riders dey do delivery for the side, na their own palava, no put am.")).toEqual([
      "delivery",
    ]);
    expect(said("And credit, we no dey give credit at all.")).toEqual(["credit"]);
    expect(said("Agus an dannsa san talla, chan eil sinn ga iarraidh ann.")).toEqual(["dannsa san talla"]);
    expect(said("Og kurvarnar, sum systir mín bindur, lat tað vera.")).toEqual(["kurvarnar"]);
  });

  it("finds no thing turned down in who need not use it, in what costs nothing, or in a rule held till something is done", () => {
    expect(said("Me, Ann and Joe. The customers don't need to get on it.")).toEqual([]);
    expect(
      said("If a sale fails and the card is charged, it must reverse within 24 hours, no charge."),
    ).toEqual([]);
    expect(said("We sell the gravel to the trucks at $40 a ton, and no truck load before it pay.")).toEqual(
      [],
    );
  });
});

describe("rules and talk", () => {
  it("keeps notes on lines as notes, each one a rule or a feature", () => {
    expect(
      statements(
        "$2 a pound for fresh fish\nhas to come in the day its caught, or next morning before 10. after that it goes off n we dont take it\nevery boat needs its licence number\n5% off for ice n guts\npaid every friday, cheque or e-transfer",
      ),
    ).toContain("5% off for ice n guts");
  });

  it("keeps rules said as a range, as days and hours, as shares, and as a case past a measure", () => {
    expect(statements("Kids from 5 to 15.")).toEqual(["Kids from 5 to 15"]);
    expect(statements("We're on Sundays, 10 to 1, term time only.")).toHaveLength(1);
    expect(statements("The driver keeps 30% of the fare and the owner takes 70%.")).toHaveLength(1);
    expect(
      statements("Any order above $1,000, the customer must pay half and the shop must call them."),
    ).toEqual(["If an order is above $1,000, the customer must pay half and the shop must call them"]);
  });

  it("keeps a thing with what is said of it between commas, and what something is for after what is done", () => {
    expect(statements("A ripe mango, one that's ready in a day or two, I pay 50 cents apiece.")).toEqual([
      "A ripe mango I pay 50 cents apiece",
    ]);
    expect(statements("A varsi, the death anniversary, falls on the same day every year.")).toEqual([
      "A varsi falls on the same day every year",
    ]);
    expect(statements("To get it back they pay $5 more.")).toEqual(["They pay $5 more to get it back"]);
  });

  it("reads 'I'll tell ye how it goes', 'Thank ye kindly' and introductions in Gaelic and Faroese as talk", () => {
    expect(statements("I'll tell ye how it goes. Every float is fished every 4 hours.")).toEqual([
      "Every float is fished every 4 hours",
    ]);
    expect(statements("That's all I got. Thank ye kindly, and come see us.")).toEqual([]);
    expect(statements("Halò. Is mise Seumas, agus 's e mise an clàrc. Seo mar a tha e ag obair.")).toEqual(
      [],
    );
    expect(statements("Hey! Eg eiti Rannvá og búgvi í Nólsoy. Soleiðis er tað:")).toEqual([]);
  });

  it("keeps how a thing is made up, and what a library takes and gives back, as one rule each", () => {
    expect(
      statements(
        "Our calendar year has 13 months of 28 days each, and after the last month there is one day more.",
      ),
    ).toHaveLength(1);
    expect(statements("Our shop has 3 vans.")).toEqual([]);
    expect(
      statements("The library must take any date and give back the week number and the season."),
    ).toEqual(["The library must take any date and give back the week number and the season"]);
    expect(statements("We take the orders and send the invoices.")).toHaveLength(2);
  });

  it("reads today told in Scottish Gaelic and Faroese, last year's story and 'Till now' as background", () => {
    expect(isBackground("Aig an àm seo tha a h-uile càil ann an seann leabhar.")).toBe(true);
    expect(isBackground("Nú koma bíleggingarnar á Facebook, og eg skrivi tað í eina Excel-fílu.")).toBe(true);
    expect(isBackground("Í fjør summar komu 22 fólk ein dagin, tá vit bara høvdu pláss fyri 16.")).toBe(true);
    expect(isBackground("Till now my grandmother looks at the calendar behind the kitchen door.")).toBe(true);
  });
});
