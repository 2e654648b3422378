import { describe, expect, it } from "vitest";
import { applyThingEdit, thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { findExclusions } from "../../../src/engines/guided/understanding/exclusions.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { unreadSentences } from "../../../src/engines/guided/understanding/unsaid-kept.js";
import { said, statements, things } from "./lesson-readers.js";

/**
 * What the twenty-fourth round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: records told in long spoken sentences, a
 * "no" handed to someone else, a rule that opens on "No", a "no" in six more languages,
 * and a change at the review that touches the data and asks for a feature at once.
 */

describe("records told in long spoken sentences", () => {
  it("reads what a thing 'got', whose it is, a yes or no they mark, and a person to talk to", () => {
    expect(
      things(
        "Well every grower got a name, the farm they work on and they bank account so we can pay them, and we mark it if they retired. The buyers got a name, the town, a person to talk to and a email.",
      ),
    ).toEqual([
      ["grower", ["name", "farm", "bank account", "retired"]],
      ["buyer", ["name", "town", "contact name", "email"]],
    ]);
  });

  it("reads 'X is when we send one A to one B, with …' and the dates things were done", () => {
    expect(
      things(
        "Every crate belong to one grower, and it got the number and the weight. And a delivery is when we send one crate to one shop, with the date we sent it, and if it sold, the date they sold it and the date they paid us.",
      ),
    ).toEqual([
      ["delivery", ["crate", "shop", "date sent", "date sold", "date paid"]],
      ["crate", ["grower", "number", "weight"]],
    ]);
  });

  it("reads one field after a dash, and a lower-case list after a sentence ending 'or not.'", () => {
    expect(things("Rooms - name\nSlots - date, start, finish")).toEqual([
      ["rooms", ["name"]],
      ["slots", ["date", "start", "finish"]],
    ]);
    expect(
      things(
        "raffles: name, date, prizes with how many each. tickets: raffle, name, paid or not. winners: ticket, prize.",
      ),
    ).toEqual([
      ["raffles", ["name", "date", "prizes"]],
      ["tickets", ["raffle", "name", "paid"]],
      ["winners", ["ticket", "prize"]],
    ]);
  });
});

describe("a 'no' handed to someone else", () => {
  it("reads 'X got that', 'Y too', 'X's run by', 'that's Z's baby', 'leave that oot', 'that is separate'", () => {
    expect(said("Labels nah, my brother does that. Stock too, the till got that, nize it.")).toEqual([
      "Labels",
      "Stock",
    ]);
    expect(said("The bar's run by the committee, we dinna wint that in it.")).toEqual(["bar"]);
    expect(said("An the raffle for the gala, that's Jim's baby, leave that oot.")).toEqual([
      "raffle for the gala",
    ]);
    expect(said("Fuel receipts also, forget it, that is separate.")).toEqual(["Fuel receipts"]);
    expect(said("invoices the wife dew on the laptop, dont want em")).toEqual(["invoices"]);
  });
});

describe("a rule that opens on 'No', or on a time", () => {
  it("keeps 'No player takes out …' and 'no cutting after 10th April' as rules", () => {
    expect(findExclusions("No member teks out the last copy of a book, it gets copied first.")).toEqual([]);
    expect(findExclusions("No rider goes on a float unless they paid.")).toEqual([]);
    expect(findExclusions("no mowing after 10th april, birds are nesting.")).toEqual([]);
    expect(said("No maps needed, everyone knows the roads.")).toEqual(["maps"]);
    expect(said("No GPS tracking of the vans.")).toEqual(["GPS tracking of the vans"]);
  });

  it("keeps a rule that opens on 'No' among sentences read in part, and reads short notes as notes", () => {
    const text =
      "No member teks out the last copy of a score, it gets copied first, that's been the rule since we lost one in 2019.";
    expect(unreadSentences(text, statements(text))).toEqual(["No member teks out the last copy of a score"]);
    expect(
      statements(
        "every day which field we mow, how many bales n who drove. 8 bales a load. thatchers order by the load.",
      ),
    ).toContain("8 bales a load");
  });
});

describe("a 'no' in languages read for the first time", () => {
  it.each([
    ["Паркингът пред сградата – не искаме да го слагаме тук.", "Паркингът пред сградата"],
    ["И заплатите го оставете, с тях се занимава счетоводителката.", "заплатите"],
    ["Reklam işləri də lazım deyil.", "Reklam işləri"],
    ["Maşın yuma xidmətini bura qatmayın, o ayrı işdir.", "Maşın yuma xidmətini"],
    ["Nuk na duhet as parkimi.", "parkimi"],
    ["Porositë e barit mos i fusni këtu.", "Porositë e barit"],
    ["Աշխատավարձերն էլ էստեղ մի խառնեք։", "Աշխատավարձերն"],
    ["რეკლამა არ გვინდა.", "რეკლამა"],
    ["ბარი ამაში არ ჩადოთ, ის ცალკე მიდის.", "ბარი"],
    ["Rēķinus gan nevajag, tos izraksta grāmatvede.", "Rēķinus"],
    ["Un ēdienkarti lūdzu neliec iekšā.", "ēdienkarti"],
    ["Չենք ուզում, որ գովազդը", "գովազդը"],
    ["ट्रेकिङ बुकिङ यहाँ चाहिँदैन।", "ट्रेकिङ बुकिङ"],
  ])("reads %s", (text, left) => {
    expect(said(text)).toEqual([left]);
  });
});

describe("a change at the review that touches the data and asks for a feature at once", () => {
  it("puts the field on the thing and adds the feature, leaving the talk around them", () => {
    const state = {
      ...initialState(),
      overview: ["A website for our band's music library."],
      manages: "Sets: number, title, box. Parts: set, instrument, copies.",
    };
    const changed = applyChange(
      state,
      "Ar, one more thing. Put the condition on every part an' all, good, torn or missing, an' give me a list of the parts that want replacing. Cheers.",
    );
    const parts = thingsOf(changed.state).find((thing) => thing.said === "parts");
    expect(parts?.fields.map((field) => field.said)).toContain("condition");
    expect(changed.state.extraFeatures.map((feature) => feature.text).join(" ")).toMatch(/replacing/);
    expect(changed.state.extraFeatures.map((feature) => feature.text).join(" ")).not.toMatch(
      /condition|Cheers/,
    );
  });
});

describe("changes to the data said as spoken, and values said in passing", () => {
  const edited = (listed: string, change: string) =>
    applyThingEdit(readThings(listed, { listed: true }), change).map((thing) => [
      thing.said,
      thing.fields.map((field) => field.said),
    ]);

  it("reads 'tak … aff', 'pit dir X on' for the thing just named, and 'need the date hit came back, no just …'", () => {
    expect(
      edited(
        "Crofters: name, phone, email. Fleeces: crofter, weight, due back.",
        "Tak da email aff da crofters, half o dem dunna hae email. Pit dir isle on, Unst or Fetlar. An da fleeces need da date hit came back, no just da date hit's due.",
      ),
    ).toEqual([
      ["crofters", ["name", "phone", "isle"]],
      ["fleeces", ["crofter", "weight", "due back", "date came back"]],
    ]);
  });

  it("keeps no thing named by a place's name or by prices after a colon", () => {
    expect(
      edited("Boats: name.", "Tak da name aff da boats. Pit dir island on, Unst or Fetlar or da Mainland."),
    ).toEqual([["boats", ["island"]]]);
    expect(things("Boats: name, island. Some are out in Unst, or Fetlar, or the Mainland.")).toEqual([
      ["boats", ["name", "island"]],
    ]);
    expect(
      readThings("We wash them, the price is by the metre: wool 4 manat, silk 10 manat. Then we dry them.", {
        listed: false,
      }),
    ).toEqual([]);
  });
});

describe("what a clause after it turns down", () => {
  it("keeps no feature of a clause the next one turns down, and keeps a rule with 'no … on it'", () => {
    expect(
      statements(
        "We sell our own cider at the Saturday market, don't want none of that in it. We press the apples every day.",
      ),
    ).toEqual(["Users can press the apples every day"]);
    expect(
      statements("It prints a summary: how many pages it read, and any page with no date on it."),
    ).toEqual(["It prints a summary: how many pages it read, and any page with no date on it"]);
  });
});
