import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the thirty-seventh round of people wrote, a round written to tune on while the
 * thirty-sixth stays held out, and how the interviewer reads it now, in other words than
 * theirs: Cebuano and Tok Pisin, whose small words ("ang", "ol") are never a thing left out,
 * whose "no"s ("ayaw na ilakip", "dili na amo", "no ken putim", "lusim") turn down the thing
 * before them, whose changes ("Tangtanga ang X sa Y", "Plis putim X long Y") edit the
 * records, and whose "now" ("Karon", "Nau") tells how things are done today.
 */

describe("Cebuano", () => {
  it("turns down the things before 'ayaw na ilakip' and 'dili na amo', never the article 'ang'", () => {
    expect(said("Ang itik ug pato sa akong igsoon, lahi na na, ayaw na ilakip.")).toEqual(["itik", "pato"]);
    expect(said("Ug ang bibingka nga luto sa akong tiya, dili na amo.")).toEqual(["bibingka nga luto"]);
  });

  it("takes a field off and puts one on when asked in Cebuano", () => {
    expect(
      edited(
        "Baka - numero, lahi, edad. Baligya - petsa, presyo.",
        "Tangtanga ang edad sa baka. Ug sa baligya, ibutang pud ang cellphone number sa pumapalit.",
      ),
    ).toEqual([
      ["baka", ["numero", "lahi"]],
      ["baligya", ["petsa", "presyo", "cellphone number"]],
    ]);
  });

  it("reads today told with 'Karon' as background", () => {
    expect(isBackground("Karon, tanan gisulat nako sa usa ka kwaderno.")).toBe(true);
  });
});

describe("Tok Pisin", () => {
  it("turns down the thing before 'no ken putim' and 'lusim', without 'ol' or where it is", () => {
    expect(said("Wok bilong rot long ples, em i wok bilong kaunsil, no ken putim.")).toEqual([
      "Wok bilong rot",
    ]);
    expect(said("Na ol buk bilong skul, Rotary i save tilim, lusim.")).toEqual(["buk bilong skul"]);
  });

  it("keeps a rule with a 'no' before what is done ('i no baim') as something the app does", () => {
    expect(
      splitStatements("Ol pikinini aninit long 5 krismas i no baim wanpela toea.", { keepVerbless: false }),
    ).toEqual(["Ol pikinini aninit long 5 krismas i no baim wanpela toea"]);
  });

  it("puts a field on a record when asked in Tok Pisin", () => {
    expect(
      edited("Sikman: nem, ples. Visit: sikman, de.", "Plis putim nem bilong papamama tu long sikman."),
    ).toEqual([
      ["sikman", ["nem", "ples", "nem bilong papamama"]],
      ["visit", ["sikman", "de"]],
    ]);
  });

  it("reads today told with 'Nau', and last year with 'Las yia', as background", () => {
    expect(isBackground("Nau mipela raitim olgeta samting long wanpela buk.")).toBe(true);
    expect(isBackground("Las yia marasin i pinis na mipela i no save.")).toBe(true);
  });
});

describe("records told in English", () => {
  it("reads 'we keep the ships' names and the date each one's due', 'what it is', and ends a list at an aside", () => {
    expect(
      things(
        "We keep the boats' names and the date each one's due. For every parcel we keep the boat, what it is, the weight and the owner's account number, the shops all have accounts.",
      ),
    ).toEqual([
      ["boats", ["names", "due date"]],
      ["parcel", ["boat", "description", "weight", "owner's account number"]],
    ]);
  });

  it("reads values in brackets after a field in a record listed after a dash", () => {
    expect(
      things("- Dogs - number, breed (collie, spaniel), name, cause (stray, dumped, surrendered)"),
    ).toEqual([["dogs", ["number", "breed", "name", "cause"]]]);
  });

  it("reads 'For the X we also need …' of one thing, and 'man or woman' as one field", () => {
    expect(things("For the member we also need man or woman, because of the changing rooms.")).toEqual([
      ["member", ["man or woman"]],
    ]);
  });
});

describe("changes at the review", () => {
  it("renames with 'where it says X, put Y', after 'Only thing,'", () => {
    expect(
      edited(
        "Parcels - boat, weight.",
        "Only thing, where it says Parcels, put Freight, that's what we call it here.",
      ),
    ).toEqual([["freight", ["boat", "weight"]]]);
  });

  it("takes out a record another keeps as a field, and keeps every sentence that names it", () => {
    const state = {
      ...atTheReview(
        "A blood donor register. When a hospital asks, the program shows the donors of that blood group.",
        "Donors (name, blood group)\nHospitals (name, phone)\nRequests (hospital, blood group, date)",
      ),
      mainExperience:
        "When a hospital asks, the program shows the donors of that blood group, the nearest first.",
    };
    const { state: changed } = applyChange(
      state,
      "But the Hospitals one, no need. We only write the hospital name in the request.",
    );
    expect(thingsOf(changed).map((thing) => thing.key)).toEqual(["donor", "request"]);
    expect(analyze(changed).features.some((feature) => feature.text.includes("the nearest first"))).toBe(
      true,
    );
  });
});

describe("rules and 'no's said in English", () => {
  it("keeps a price said alone, and one said instead of another, as rules", () => {
    expect(statements("$12 a head. kids plate $8 instead of the full one")).toEqual([
      "$12 a head",
      "Kids plate $8 instead of the full one",
    ]);
  });

  it("keeps what the person does not do without something, stressed with 'never', as a rule", () => {
    expect(statements("We don't pour a slab without a permit, never, the council fines us.")).toEqual([
      "We don't pour a slab without a permit, the council fines us",
    ]);
  });

  it("turns down work someone close does with any verb of doing, 'los that', and 'X neither' after a 'no'", () => {
    expect(said("The wreaths, my aunt makes those. not us. balloons neither")).toEqual([
      "wreaths",
      "balloons",
    ]);
    expect(said("The gutters, that's my cousin, he does the gutters, los that.")).toEqual(["gutters"]);
  });
});
