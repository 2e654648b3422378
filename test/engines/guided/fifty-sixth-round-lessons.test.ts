import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { changeSaidElsewhere } from "../../../src/engines/guided/design/changes-elsewhere.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { edited, said, statements, things, walkedThrough } from "./lesson-readers.js";

/**
 * What the fifty-sixth round of people wrote, run once unseen and tuned on once the
 * fifty-seventh was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

describe("Turkmen, as it is written in its Latin letters", () => {
  it("reads 'Her X-iň … bar' and 'Her X-da … bar' as records, a dropped vowel put back, and whose each one is as no thing", () => {
    expect(
      things(
        "Her ogluň ady we mekdebi bar. Her sapakda mugallym, otag we wagt bar. Bir sapak bir mugallymyňky, ýöne bir mugallymyň birnäçe sapagy bolup biler.",
      ),
    ).toEqual([
      ["ogul", ["ady", "mekdebi"]],
      ["sapak", ["mugallym", "otag", "wagt"]],
    ]);
  });

  it("puts a field on a thing named with 'to' written onto it, and takes one off a thing named with 'from'", () => {
    expect(changeSaidElsewhere("Ýene bir zat: müşderä salgy hem goşulsyn.")).toBe(
      "put the salgy on the müşderi",
    );
    expect(changeSaidElsewhere("Sapakdan otag aýrylsyn.")).toBe("take the otag off the Sapak");
  });

  it("reads its 'no's, its talk and its 'now'", () => {
    expect(said("Daýym haly satýar, bu biziň işimiz däl.")).toEqual(["haly"]);
    expect(said("Käbir adamlar eşik ýuwmak isleýärler, ýok, biz etmeýäris, goýmaň.")).toEqual([
      "eşik ýuwmak",
    ]);
    for (const talk of [
      "Meniň adym Aýna Berdiýewa.",
      "Men Daşoguz şäherinde ýaşaýaryn.",
      "Şu.",
      "Gowy.",
      "Köp sag boluň!",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Häzir ähli zady kagyza ýazýarys.")).toBe(true);
  });
});

describe("Friulian, as it is written in Carnia", () => {
  it("takes a field off with 'gjavait … dai' and puts one on with 'zontait … su', the articles no part of the names", () => {
    expect(changeSaidElsewhere("Gjavait il telefon dai clients.")).toBe("take the telefon off the clients");
    expect(changeSaidElsewhere("E zontait la date su lis fieris.")).toBe("put the date on the fieris");
  });

  it("reads its 'no's, whose 'no' before a verb turns nothing down, its talk and its 'now'", () => {
    expect(said("Lis gitis in mont a son dal CAI, nol è afâr nestri.")).toEqual(["gitis in mont"]);
    expect(said("E tancj a domandin di vendi il vin: no, no stait a metilu.")).toEqual(["vendi il vin"]);
    for (const talk of ["Mandi!", "O soi Luca Del Fabro, o ai 30 agns.", "Al è dut.", "Graciis di cûr!"])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Cumò o scrivìn dut suntun cuader.")).toBe(true);
  });

  it("keeps a field said by two values, the first named by what it is of, whole", () => {
    expect(things("- Bestiis: non, cjaval di tiri o mus, paron")).toEqual([
      ["bestiis", ["non", "cjaval di tiri o mus", "paron"]],
    ]);
  });
});

describe("records and changes in English", () => {
  it("reads the one who has a thing on loan as its borrower", () => {
    expect(things("Every ladder has a number, a height and who has it lent.")).toEqual([
      ["ladder", ["number", "height", "borrower"]],
    ]);
  });

  it("takes a date off by the words it was said in, though it was kept shorter", () => {
    expect(
      edited("Members: name, phone, the date they enrolled", "Take the date they enrolled off the members"),
    ).toEqual([["members", ["name", "phone"]]]);
  });

  it("reads one of the Spanish plurals listed, said alone, as that thing and no other", () => {
    expect(
      things(
        "choferes: name, licence\nviajes: chofer, camion, date\nevery viaje is 1 chofer n 1 camion, a chofer has 2 max",
      ),
    ).toEqual([
      ["choferes", ["name", "licence"]],
      ["viajes", ["chofer", "camion", "date"]],
    ]);
  });

  it("keeps a thing and the day something was done to it in one clause", () => {
    expect(
      statements(
        "Every crate gets a label and the day we filled it written on top, so we know which is oldest.",
      ),
    ).toEqual([
      "Every crate gets a label and the day we filled it written on top",
      "Users can know which is oldest",
    ]);
  });

  it("reads 'Now the …' in the walkthrough as turning to the next part, and 'Now everything …' as today", () => {
    const walkthrough = (text: string) =>
      splitStatements(text, { keepVerbless: false, interviewInEnglish: true, houseRules: true });
    expect(
      walkthrough("Now the orchard's laid out in rows, A to D, and every row has 12 trees in it."),
    ).toEqual(["Now the orchard's laid out in rows, A to D, and every row has 12 trees in it"]);
    expect(walkthrough("Now everything is written in a notebook.")).toEqual([]);
  });

  it("reads what stays in a vehicle as a rule, and what stays with someone as where the work is done", () => {
    expect(isBackground("Keys stay in the van.")).toBe(false);
    expect(isBackground("Payments stay with the bank.")).toBe(true);
  });
});

describe("'no's in English", () => {
  it("keeps a rule of the walkthrough that prices what a later 'no' names in one word, and the 'no' out of scope", () => {
    const analysis = analyze({
      ...walkedThrough(
        "A program for the oyster shed on the wharf.",
        "Pacifics go by the dozen, $14 a dozen. Flats are $3 a piece.",
      ),
      domainExtras: "The café and the pacifics, that's my sister's restaurant, keep it out.",
    });
    expect(analysis.categories.flatMap((category) => category.features)).toContain(
      "Pacifics go by the dozen, $14 a dozen",
    );
    expect(analysis.exclusions.map((exclusion) => exclusion.said)).toEqual(["café", "pacifics"]);
  });

  it("reads 'don't ask me' as a shrug, no 'no'", () => {
    expect(said("Don't ask me, I only type what my son writes down.")).toEqual([]);
  });

  it("turns nothing down with an answer that only closes the telling", () => {
    expect(
      said(
        "And one more thing, if I may: printing a list of every tool in the shed would be a help. No, I think that is about everything.",
      ),
    ).toEqual([]);
  });

  it("turns down the sales a relative makes somewhere else, by the place", () => {
    expect(said("My brother in Izmir sells our olive oil to Germany. That is his work, not ours.")).toEqual([
      "sales to Germany",
    ]);
    // (Sold to people said without a place's name, what is sold is what is turned down.)
    expect(said("My cousin sells lemon seedlings to the new farms. That is his work, not ours.")).toEqual([
      "lemon seedlings",
    ]);
  });

  it("reads whose a thing is said as who they are, and a thing named with where it stands", () => {
    expect(
      said(
        "The paper lanterns are the neighbours, they hang them the week before, not the club's thing. And the coffee carts outside the stadium, skip that.",
      ),
    ).toEqual(["paper lanterns", "coffee carts"]);
    // (Where someone else sells them, said whole, is no part of what is turned down.)
    expect(said("Gas and firewood is the store across the street, not us.")).toEqual(["Gas and firewood"]);
  });
});

describe("sentences that are no features", () => {
  it("reads what is told in the past after a story of the past as more of the story", () => {
    expect(
      statements(
        "Last winter my uncle sold the same boat twice. The buyer from the city came with his trailer and went home empty. Both buyers came on the same morning. We build boats to order, and customers choose the wood.",
      ),
    ).toEqual(["Users can build boats to order", "Customers choose the wood"]);
  });

  it("reads a short 'no' pointing back with what it points at, and keeps no feature of it", () => {
    expect(statements("Some people ask for scented candles. We do not make them.")).toEqual([
      "Some people ask for scented candles",
    ]);
  });

  it("reads the person's own job as who they are", () => {
    expect(isBackground("I work as a nurse at the hospital in town.")).toBe(true);
    expect(isBackground("I teach maths at a school in Tema.")).toBe(true);
    // Who does which part of the work is no job of theirs elsewhere.
    expect(isBackground("I work the till and Bob does the books.")).toBe(false);
  });

  it("reads thanks after a word of the person's own language, and the person building it themselves, as talk", () => {
    expect(isTalkAboutTheTalk("Mauruuru, thank you.")).toBe(true);
    expect(isTalkAboutTheTalk("I will make an app for the shop tablet.")).toBe(true);
    // What the app is for, said the same way, is no talk.
    expect(isTalkAboutTheTalk("I will make an app where customers book a table.")).toBe(false);
  });
});
