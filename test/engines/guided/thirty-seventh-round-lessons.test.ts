import { describe, expect, it } from "vitest";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { edited, said } from "./lesson-readers.js";

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
