import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { changeSaidElsewhere } from "../../../src/engines/guided/design/changes-elsewhere.js";
import { resolveTech } from "../../../src/engines/guided/design/tech.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { atTheReview, said, things } from "./lesson-readers.js";

/**
 * What the fifty-fourth round of people wrote, run once unseen and tuned on once the
 * fifty-fifth was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

describe("Hiligaynon, as Ilonggos write it", () => {
  it("reads 'Ang kada X may …' as a record, 'ukon wala' a yes or no, 'kag' inside a field kept", () => {
    expect(
      things(
        "Ang kada estudyante may ngalan, edad, kag eskwelahan. Ang kada leksyon may estudyante, petsa, libro kag lapis ukon wala, kag bayad ukon wala.",
      ),
    ).toEqual([
      ["estudyante", ["ngalan", "edad", "eskwelahan"]],
      ["leksyon", ["estudyante", "petsa", "libro kag lapis", "bayad"]],
    ]);
  });

  it("takes a field off one thing and puts one on another", () => {
    expect(changeSaidElsewhere("Kuhaa ang edad sa estudyante, indi kinahanglan.")).toBe(
      "take the edad off the estudyante",
    );
    expect(changeSaidElsewhere("Kag idugang ang numero sang telepono sang estudyante.")).toBe(
      "put the numero sang telepono on the estudyante",
    );
  });

  it("reads its 'no's, its talk and its 'now'", () => {
    expect(said("Ang pagluto para sa mga bisita, indi na amon trabaho.")).toEqual(["pagluto"]);
    expect(said("Kag ang sayaw, ang grupo sa plaza ang nagahimo sina, indi pag-ibutang.")).toEqual(["sayaw"]);
    for (const talk of ["Maayong aga!", "Ako si Rosario Dela Cruz.", "Amo lang na.", "Salamat gid!"])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Subong, ang mga leksyon ginasulat ko lang sa isa ka kwaderno.")).toBe(true);
  });
});

describe("Occitan, as it is written in the Rouergue", () => {
  it("reads its talk, its 'today', last month's story and its 'no's", () => {
    for (const talk of [
      "Adiu a totes!",
      "Me sonan Joana Fabre.",
      "Vaquí cossí fasèm:",
      "Es tot.",
      "Mercé plan!",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Uèi tot es escrich sus un papièr a la pòrta.")).toBe(true);
    expect(isBackground("Lo mes passat, doas collas èran inscrichas lo meteis jorn.")).toBe(true);
    expect(said("Lo concèrt del sèr, es lo comitat que lo fa, es pas nòstre afar.")).toEqual([
      "concèrt del sèr",
    ]);
    expect(said("E de monde nos demandan de far de crespets: non, metètz pas aquò.")).toEqual([
      "far de crespets",
    ]);
  });
});

describe("records", () => {
  it("keeps what someone brings of their own out of the records", () => {
    expect(things("A lesson is $40 when the rider has his own horse, and $60 with ours.", false)).toEqual([]);
  });

  it("keeps a field said by three values, a count of each, a group and a kind said with its shared word", () => {
    expect(
      things(
        "Each rental has the customer, the bikes and how many of each, the riding group, bought or rented or borrowed, and returned or not.",
      ),
    ).toEqual([
      [
        "rental",
        ["customer", "bikes", "how many", "riding group", "bought or rented or borrowed", "returned"],
      ],
    ]);
    expect(things("Rooms: number, sea or garden view, beds")).toEqual([
      ["rooms", ["number", "sea or garden view", "beds"]],
    ]);
  });

  it("puts a field on a thing at the review, after 'One thing more sir,' and with 'also'", () => {
    const state = atTheReview(
      "We rent bikes to tourists.",
      "Each customer has a name and a phone. Each rental has the customer, the bike and the date.",
    );
    const after = applyChange(
      state,
      "One thing more sir, put the return time also in rentals, the bikes must be back before dark.",
    ).state;
    expect(
      analyze(after)
        .tables.find((table) => table.name === "rentals")
        ?.fields.join(" "),
    ).toMatch(/return_time/);
  });
});

describe("a 'no' said of what others do or ask", () => {
  it("reads a 'No, we don't do' sentence, a name's business with its honorific, and what was asked", () => {
    expect(said("Tourists ask for the camel ride. No, we don't do, no need to put.")).toEqual(["camel ride"]);
    expect(said("The juice stall by the gate is Ahmet abi's business, not ours.")).toEqual([
      "juice stall by the gate",
    ]);
    expect(said("People ask us to cut down old hedges, we do not do it.")).toEqual([
      "cutting down old hedges",
    ]);
    expect(said("And people ask us to sell the Christmas hampers, no po, the shops do that.")).toEqual([
      "Christmas hampers",
    ]);
    expect(
      said(
        "The man who sells lottery scratchcards wants my mother to sell them at the till, never, don't put it.",
      ),
    ).toEqual(["lottery scratchcards"]);
    expect(said("Saris and dupattas, my aunt sells, that is her line, not ours.")).toEqual([
      "Saris and dupattas",
    ]);
  });
});

describe("talk and today", () => {
  it("reads feelings said alone and greetings of Rajasthan as talk", () => {
    for (const talk of ["Very shame for our family, sir.", "Total mess.", "Ram Ram sa.", "Khamma Ghani."])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
  });

  it("reads today's ways: a ledger called a bahi, an almanac, cardboard, cigarette boxes", () => {
    expect(isBackground("My uncle writes all the orders in a long red bahi.")).toBe(true);
    expect(isBackground("Now my mother writes every plate on a piece of cardboard.")).toBe(true);
    expect(isBackground("I write the deliveries on the back of cigarette boxes.")).toBe(true);
    expect(isBackground("Now my app should send a text.")).toBe(false);
  });
});

describe("rules told one to a line", () => {
  it("keeps a bullet of one clause whole where its rule was read in part", () => {
    expect(
      splitStatements(
        "ok rules\n- season is june 1 to august 31, every day 9 to 18h\n- a boat goes out when 4 people have paid, not before\n- boats go in turn, the one back longest ago goes next\n- to row yourself u must be 14 or older n wear the vest\n- the club keeps 10% of every hire, the rest goes to the boatman",
        { keepVerbless: false, houseRules: true },
      ),
    ).toEqual(expect.arrayContaining(["to row yourself you must be 14 or older n wear the vest"]));
  });
});

describe("the stack", () => {
  it("names the product a short name stands for, and leaves a name said whole as it is", () => {
    const tech = (database: string) =>
      resolveTech({
        ...initialState(),
        kind: "web app",
        tech: {
          ...initialState().tech,
          database: "postgres",
          said: { database },
        },
      }).database;
    expect(tech("postgres")).toBe("postgres (PostgreSQL 16)");
    expect(tech("PostgreSQL 16")).toBe("PostgreSQL 16");
  });
});
