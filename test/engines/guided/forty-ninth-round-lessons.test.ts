import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { applyTechnology, resolveTech } from "../../../src/engines/guided/design/tech.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { unplacedTechnology } from "../../../src/engines/guided/understanding/technology-words.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the forty-ninth round of people wrote, run once unseen and tuned on once the fiftieth
 * was written to hold out, and how the interviewer reads it now, in other words than theirs.
 */

describe("records", () => {
  it("reads 'gat' as has, as the Turks and Caicos say it, and where someone lives as a field", () => {
    expect(things("Every tenant gat a name, a phone, where they live and paid or not.", false)).toEqual([
      ["tenant", ["name", "phone", "where they live", "paid"]],
    ]);
  });

  it("keeps no record for a relative named by name, nor for 'me and' someone", () => {
    expect(things("Me and my wife Marcia have a boat repair yard.", false)).toEqual([]);
    expect(things("My brother Colin has a van.", false)).toEqual([]);
    expect(things("Me and Colin have a yard.", false)).toEqual([]);
  });

  it("keeps a yes or no after a field asked as 'which', and a pair of small words as one field", () => {
    expect(things("Kayaks (number, which shed, needs a patch or not).")).toEqual([
      ["kayaks", ["number", "shed", "needs a patch"]],
    ]);
    expect(things("- kayaks: number, make, serial, in or out")).toEqual([
      ["kayaks", ["number", "make", "serial", "in or out"]],
    ]);
  });

  it("keeps a field said with the two places it can be whole", () => {
    expect(things("Hires (name, date, collected in Kendal or Ambleside, paid).")).toEqual([
      ["hires", ["name", "date", "collected in kendal or ambleside", "paid"]],
    ]);
  });

  it("keeps a field said by three values of a few words each whole, parted by 'or' or by Lingala's 'to'", () => {
    expect(things("- sales: buyer, date, cash or Venmo or house tab, paid")).toEqual([
      ["sales", ["buyer", "date", "cash or venmo or house tab", "paid"]],
    ]);
    expect(things("Mbongo: mwana, sanza, M-Pesa to Airtel Money to cash.")).toEqual([
      ["mbongo", ["mwana", "sanza", "m-pesa to airtel money to cash"]],
    ]);
  });

  it("reads Lingala's '… to te' as a yes or no", () => {
    expect(things("Bana: nkombo, catégorie, photo ezali to te.")).toEqual([
      ["bana", ["nkombo", "catégorie", "photo ezali"]],
    ]);
  });

  it("keeps a field named 'no X' with its yes or no on the table", () => {
    const state = atTheReview("An API for a noodle bar.", "- bowls: order, size, no chilli y/n");
    expect(analyze(state).tables.find((table) => table.name === "bowls")?.fields).toContain(
      "no_chilli (boolean, default false)",
    );
    expect(said("- bowls: order, size, no chilli y/n")).toEqual([]);
  });

  it("reads Quechua's '-kuna' plural and whose each one is", () => {
    const state = atTheReview(
      "Allillanchu. Llamakunata uywayku.",
      "Michiqkuna (suti, celular). Llamakuna (michiq, kilo). Sapanka llama huk michiqpmi.",
    );
    const tables = analyze(state).tables;
    expect(tables).toHaveLength(2);
    expect(tables.find((table) => table.name.startsWith("llama"))?.fields).toContainEqual(
      expect.stringMatching(/^michiq_id \(references michiq/),
    );
  });
});

describe("what people do, and what is only talk", () => {
  it("keeps where a business goes and nothing else as one rule", () => {
    expect(statements("We only do Kingstown, we don't go across to the Grenadines.")).toEqual([
      "We only do Kingstown, we don't go across to the Grenadines",
    ]);
    expect(statements("We only do weddings.")).toEqual(["We only do weddings"]);
  });

  it("keeps an age said alone, a first one that gets something, and a count or more that brings something", () => {
    expect(statements("16 n over only")).toEqual(["16 n over only"]);
    expect(statements("first visit gets a free coffee")).toEqual(["First visit gets a free coffee"]);
    expect(statements("- 20 meals or more everybody gets a free soup")).toEqual([
      "20 meals or more everybody gets a free soup",
    ]);
  });

  it("keeps where someone grew up, who is building it, who types into it and who fixes it out", () => {
    expect(isTalkAboutTheTalk("dazza, chippy, fifo at the mine, grew up in kambalda.")).toBe(true);
    expect(isTalkAboutTheTalk("so im building her a little program for the shop computer")).toBe(true);
    expect(isTalkAboutTheTalk("my mum types it")).toBe(true);
    expect(isTalkAboutTheTalk("i fix it when im back on days off")).toBe(true);
    expect(isTalkAboutTheTalk("and then she said she'd make us an app")).toBe(true);
  });

  it("keeps where an animal goes as a rule, not as today's paper", () => {
    expect(isBackground("A lamb under 4 kilos, or a weak one, goes in the hot box in the shed.")).toBe(false);
    expect(isBackground("The receipts go in the shoe box.")).toBe(true);
  });

  it("reads 'rn' opening a sentence as today", () => {
    expect(isBackground("rn he takes the orders by text and writes them on the calendar")).toBe(true);
  });
});

describe("a 'no', and what only sounds like one", () => {
  it("turns nothing down in 'this is how we do it', a 'no' inside an 'if' after a 'but', or what comes with no fee", () => {
    expect(said("Right, listen, this is how we do it.")).toEqual([]);
    expect(
      said("Book a week ahead and it's fine, but if you pull out the same morning, there's no refund."),
    ).toEqual([]);
    expect(
      said("You can book the hall for a party, and that covers up to 30 people with no extra charge."),
    ).toEqual([]);
  });

  it("turns nothing down in what a value of a scale means, or in a 'no' during a named week", () => {
    expect(said("Lambing ease goes 1 to 4: 1 is no help, 2 is a hand, 3 is the vet.")).toEqual([]);
    expect(said("In Regatta Week there's no reductions and it's 3 nights minimum.")).toEqual([]);
  });

  it("keeps who pays nothing as a rule", () => {
    expect(statements("Members with a season ticket pay nothing.")).toEqual([
      "Members with a season ticket pay nothing",
    ]);
  });

  it("reads 'no A B no C' as a rule, and 'no A and no B' as two things turned down", () => {
    expect(said("no fishing licence no rod, we check it at the counter")).toEqual([]);
    expect(said("I'd like a booking page, no forum and no newsletter.")).toEqual(["forum", "newsletter"]);
  });

  it("names what a relative does a bit of, and what the person does not sell", () => {
    expect(said("my uncle does a bit of scrap buying off the farmers too, keep that out of it.")).toEqual([
      "scrap buying",
    ]);
    expect(said("and selling boats, people ask all the time, nah we only rent")).toEqual(["selling boats"]);
  });

  it("reads 'nothing to do w this', 'that's his', 'don't get me started' and what they have of their own", () => {
    expect(said("the bakery stall at the market, nothing to do w this")).toEqual([
      "bakery stall at the market",
    ]);
    expect(said("The firewood my cousin cuts in autumn, that's his.")).toEqual(["firewood"]);
    expect(
      said(
        "And the choir, don't get me started, they've got their own hall and their own everything, keep them out of it.",
      ),
    ).toEqual(["choir"]);
  });
});

describe("technology", () => {
  it("keeps the command reader the person named and no catalogue one, and no laptop as a library", () => {
    expect(unplacedTechnology("go w cobra for the commands, sqlite, one file on the laptop")).toEqual([
      "cobra",
    ]);
    const state = {
      ...atTheReview("A command-line tool for my dad's boat hire.", "boats: number, name"),
      kind: "command-line tool" as const,
    };
    const { tech } = applyTechnology(state.tech, "go w cobra for the commands, sqlite", "command-line tool");
    expect(resolveTech({ ...state, tech }).libraries).toEqual(["go test", "cobra"]);
  });

  it("changes no technology at the review for an everyday 'go'", () => {
    const state = {
      ...atTheReview("A command-line tool for my dad's boat hire.", "boats: number, name, hull number"),
      kind: "command-line tool" as const,
    };
    const { state: changed } = applyChange(state, "all good, we go by the number painted on the bow anyway");
    expect(changed.tech.runtime).toBeNull();
    expect(changed.tech.said.runtime).toBeUndefined();
  });
});

describe("Lingala, as Kinois write it", () => {
  it("keeps today and last year out of the features", () => {
    expect(isBackground("Sikawa nakomaka nyonso na cahier.")).toBe(true);
  });

  it("reads 'ezali likambo na biso te' and 'tika yango, botia yango te'", () => {
    expect(said("Ba vendeurs oyo bayaka na terrain, ezali likambo na biso te.")).toEqual(["vendeurs"]);
    expect(said("Mpe nganda ya tata Jean, tika yango, botia yango te.")).toEqual(["nganda"]);
  });

  it("puts a field on a record at the review, 'bakisa X na Y', with its values after, and takes 'Malamu' as praise", () => {
    const state = atTheReview("Mbote. Tozali na club ya basket.", "Bana: nkombo, catégorie.");
    const { state: changed, notes } = applyChange(
      state,
      "Malamu. Likambo moko: bakisa taille na bana, moke, monene to molai.",
    );
    expect(notes[0]).toMatch(/^Updated the database design/);
    expect(changed.extraFeatures ?? []).toEqual([]);
  });
});

describe("Quechua, as Cusco writes it", () => {
  it("keeps the greeting, the name, today, the builder and the thanks out of the features", () => {
    for (const talk of [
      "Allillanchu.",
      "Ñuqaq sutiyqa Rosa, Urubambamanta kani.",
      "Churiy sistemasta estudian.",
      "Paymi celularpaq aplicacionta ruwanqa.",
      "Kayhinam llamk'ayku.",
      "Chayllam.",
      "Sulpayki, tupananchiskama.",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Kunankama llapanta cuadernopi qillqayku.")).toBe(true);
    expect(isTalkAboutTheTalk("Sábado p'unchaylla feriapi vendeyku.")).toBe(false);
  });

  it("reads 'manam ñuqaykuq llamk'ayniykuchu' and 'ama chayta churaychu', the thing after whose it is", () => {
    expect(said("Doña Juanap chicha feriapi, chayqa manam ñuqaykuq llamk'ayniykuchu.")).toEqual(["chicha"]);
    expect(said("Papa rantisqaykupas, ama chayta churaychu.")).toEqual(["Papa rantisqaykupas"]);
  });

  it("takes a field off and puts one on, '-manta … hurquy' and '-man … yapay'", () => {
    expect(
      edited(
        "Llamakuna (suti, kilo, ayllu).",
        "Llamakunamanta ayllu nisqata hurquy. Llamakunaman colorta yapay: yuraq, ch'umpi.",
      ),
    ).toEqual([["llamakuna", ["suti", "kilo", "color"]]]);
  });
});
