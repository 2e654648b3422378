import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { changeSaidElsewhere } from "../../../src/engines/guided/design/changes-elsewhere.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { said, things, walkedThrough } from "./lesson-readers.js";

/**
 * What the fifty-third round of people wrote, run once unseen and tuned on once the
 * fifty-fourth was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

describe("a 'no' in the walkthrough of how things work", () => {
  it("is a rule of the business, kept whole, with nothing out of scope", () => {
    const analysis = analyze(
      walkedThrough(
        "We hire out canoes on the river to visitors.",
        "Here are the rules:\n- no pets in any canoe, a heron doesn't care how calm your dog is\n- no refunds in regatta week\n- all our canoes are under 5 metres so no permit needed\n- otters on the bank so no swimming, and nobody feeds the swans",
      ),
    );
    expect(analysis.exclusions).toEqual([]);
    const features = analysis.categories.flatMap((category) => category.features);
    expect(features).toEqual(
      expect.arrayContaining([
        "no pets in any canoe, a heron doesn't care how calm your dog is",
        "no refunds in regatta week",
        "all our canoes are under 5 metres so no permit needed",
        "otters on the bank so no swimming, and nobody feeds the swans",
      ]),
    );
  });

  it("still turns down a part of the software itself", () => {
    const analysis = analyze(
      walkedThrough(
        "We hire out canoes on the river to visitors.",
        "Visitors pick a canoe and pay at the hut. I've no use for a map in it. No invoices, the accountant does those. We don't track the canoes. But still no chat.",
      ),
    );
    expect(analysis.exclusions.map((exclusion) => exclusion.said)).toEqual(
      expect.arrayContaining(["map", "invoices", "track the canoes", "chat"]),
    );
  });
});

describe("rules told one to a line", () => {
  it("keeps each line whole: a time's colon, a 'not for each one' and a rule after a colon", () => {
    expect(
      splitStatements(
        "The rules go like this:\nA short loop is $12, the long loop $20, and the lake $25, for the whole cart, not for each rider.\nA night ride is $4 more, and we leave the stables at 9:15.\nThe rides go by turn: the guide who waited longest takes the next group, and if he says no, he goes last.",
        { keepVerbless: false, houseRules: true },
      ),
    ).toEqual([
      "A short loop is $12, the long loop $20, and the lake $25, for the whole cart, not for each rider",
      "A night ride is $4 more, and we leave the stables at 9:15",
      "The rides go by turn: the guide who waited longest takes the next group, and if he says no, he goes last",
    ]);
  });
});

describe("a rule with numbers told on its own line", () => {
  it("stays whole through four clauses, after a line that only announces how things go", () => {
    expect(
      splitStatements(
        "Right, here's how the races go at Kelso.\nThere's three classes: the pony, the junior and the open.\nThe open starts at 2 furlongs and goes up 1 furlong a round, two runs at every distance, and if two riders tie the one wi fewer faults is ahead.\nEvery rider pays £5 to enter, and the winner takes the cup.",
        { keepVerbless: false, houseRules: true },
      ),
    ).toEqual(
      expect.arrayContaining([
        "The open starts at 2 furlongs and goes up 1 furlong a round, two runs at every distance, and if two riders tie the one wi fewer faults is ahead",
      ]),
    );
    expect(isTalkAboutTheTalk("Right, here's how the races go at Kelso.")).toBe(true);
  });
});

describe("a 'no' pointing back", () => {
  it("reads a short sentence that only says no as turning down the one before", () => {
    expect(said("My aunt sells the pottery. That is her business, not ours.")).toEqual(["pottery"]);
    expect(said("Visitors ask us for pony rides. We do not do it.")).toEqual(["pony rides"]);
  });

  it("reads what the person once did, and what a shop nearby does", () => {
    expect(
      said(
        "We used to do ghost walks, where we take you round the castle at night, but we stopped that years ago, so leave it out.",
      ),
    ).toEqual(["ghost walks"]);
    expect(said("Bait and tackle is the servo next door, not us.")).toEqual(["Bait and tackle"]);
  });
});

describe("records", () => {
  it("keeps a field said by two kinds sharing their last word, and a way to pay named by its app", () => {
    expect(
      things(
        "Canoes: name, seats\nPaddlers: name, phone, permit or id number\nRentals: canoe, paddler, half or full day, cash or PayPal",
      ),
    ).toEqual([
      ["canoes", ["name", "seats"]],
      ["paddlers", ["name", "phone", "permit or id number"]],
      ["rentals", ["canoe", "paddler", "half or full day", "cash or paypal"]],
    ]);
  });

  it("reads 'the day it is wanted, and paid or not' as two fields, not a field and its values", () => {
    expect(things("Cakes: customer, flavour, the day it is wanted, and paid or not")).toEqual([
      ["cakes", ["customer", "flavour", "day wanted", "paid"]],
    ]);
  });

  it("reads brackets opened by 'like', in any language, as examples", () => {
    expect(things("Figures: name (like the shepherd, the fishwife or the angel), height, price")).toEqual([
      ["figures", ["name", "height", "price"]],
    ]);
    expect(
      things("- Statuine: nomme (comme Cicci Bacco, 'a zingara o 'o monaco d' 'a chiesa), altezza, prezzo"),
    ).toEqual([["statuine", ["nomme", "altezza", "prezzo"]]]);
  });
});

describe("talk and today", () => {
  it("keeps the telling and a Finnish thanks and 'no niin' out of the features and the exclusions", () => {
    for (const talk of [
      "All right, here's how it works, and bear with me, it's pretty western.",
      "Kiitos, moi moi.",
      "No niin, that's all.",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(said("No niin, that's all.")).toEqual([]);
  });

  it("reads emails answered today, and last season's story of a boat overfilled, as background", () => {
    expect(isBackground("The guests send emails and I answer them from the library.")).toBe(true);
    expect(
      isBackground(
        "last july, regatta week, we sold 30 seats more than the launch can take, and the harbourmaster sent people home.",
      ),
    ).toBe(true);
  });
});

describe("Neapolitan, as Neapolitans write it", () => {
  it("reads what someone close sells as not ours, without what it is for or of", () => {
    expect(said("'E cartoline e 'e calamite p' 'e turiste 'e venne mia sora, nun è rrobba nosta.")).toEqual([
      "cartoline",
      "calamite",
    ]);
  });

  it("takes a field off one thing and puts one on another, with the double-l article", () => {
    expect(changeSaidElsewhere("Levate ll'indirizzo d' 'e clienti, nun serve.")).toBe(
      "take the indirizzo off the clienti",
    );
    expect(changeSaidElsewhere("E mettite 'a data 'ncopp' a ll'ordine.")).toBe("put the data on the ordine");
  });

  it("reads 'Mo …' as today", () => {
    expect(isBackground("Mo 'e prenotazioni arrivano pe' telefono e 'e scrivo 'ncopp' a 'nu quaderno.")).toBe(
      true,
    );
  });
});

describe("Bhojpuri, as it is written", () => {
  it("reads 'his work, not ours' with what someone close makes, and who asks no part of the thing", () => {
    expect(said("हमार भाई ईंट बनावे वाला भट्ठा चलावेला, ऊ उनकर काम ह, हमनी के ना।")).toEqual(["ईंट"]);
    expect(said("लोग ट्रैक्टर खातिर भी पूछेला, ऊ मत डालीं।")).toEqual(["ट्रैक्टर"]);
  });
});
