import { afterAll, describe, expect, it } from "vitest";
import { changeSaidElsewhere } from "../../../src/engines/guided/design/changes-elsewhere.js";
import { isBackground, isIntroduction } from "../../../src/engines/guided/understanding/background.js";
import { findExclusions, withoutExcluded } from "../../../src/engines/guided/understanding/exclusions.js";
import { kindByBorrowedWords, saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import type { Persona } from "../../support/persona-driver.js";
import { edited, said, statements, things } from "./lesson-readers.js";
import { interviewPersona } from "./support.js";

/**
 * What the fifty-seventh round of people wrote, run once unseen and tuned on once the
 * fifty-eighth was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

describe("Low German, as it is written on the North Sea coast", () => {
  it("reads 'Jeder X hett …' and 'Bi jeden X schrievt wi … op' as records, the articles and 'ja oder nee' no part of the fields", () => {
    expect(
      things(
        "Jeder Kutter hett en Naam, en Hoben un Fangbook ja oder nee. Bi jeden Fohrt schrievt wi den Kutter, de Datum un Fang ja oder nee op.",
      ),
    ).toEqual([
      ["kutter", ["naam", "hoben", "fangbook"]],
      ["fohrt", ["kutter", "datum", "fang"]],
    ]);
  });

  it("reads no thing where 'hett' helps another verb after a pronoun", () => {
    expect(things("Jeder Kutter hett en Naam un en Hoben. Dat hett de ganze Hoben sehn.", false)).toEqual([
      ["kutter", ["naam", "hoben"]],
    ]);
  });

  it("puts a field on with 'maakt bi de … rin', as said, and reads a yes or no put on by its answers", () => {
    expect(edited("Kutters: Naam, Hoben", "Noch wat: maakt bi de Kutters noch Eigner rin.")).toEqual([
      ["kutters", ["naam", "hoben", "eigner"]],
    ]);
    expect(edited("Members: name, phone", "Put the paid yes or no on the members.")).toEqual([
      ["members", ["name", "phone", "paid"]],
    ]);
  });

  it("reads its 'no's, its talk, its 'until now' and a program for a computer", () => {
    expect(said("De Fischbrötchen an'n Haben, dat maakt mien Broder, dor hebbt wi nix mit to doon.")).toEqual(
      ["Fischbrötchen"],
    );
    expect(said("Un de Rundfohrt för de Touristen maakt de Hobenmeister, dat bruukt wi nich.")).toEqual([
      "Rundfohrt",
    ]);
    for (const talk of [
      "Moin!",
      "Ik bün Hauke Petersen ut Büsum.",
      "Dat weer't.",
      "Dat süht goot ut.",
      "Veelen Dank un tschüüß!",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Bit nu schrievt wi allens in en Book.")).toBe(true);
    expect(saidKind("En Programm för den Computer vun'n Kutterclub, ahn Internet")).toBe("desktop app");
  });
});

describe("Igbo, as it is written with its dotted letters", () => {
  it("reads what someone else sells, or what people ask about, before its 'no'", () => {
    expect(said("Nwanne m na-ere ji, ọ bụghị ọrụ anyị.")).toEqual(["ji"]);
    expect(said("Ndị mmadụ na-ajụ maka akpụ, anyị anaghị ere ya, etinyela ya.")).toEqual(["akpụ"]);
  });

  it("takes a field off with 'Wepụ … n'ebe … nọ' and puts two on with 'Tinye … na … n'…'", () => {
    expect(changeSaidElsewhere("Wepụ adreesị n'ebe ndị ọrụ nọ.")).toBe("take the adreesị off the ndị ọrụ");
    expect(changeSaidElsewhere("Tinye ego na ụbọchị n'ọda.")).toBe("put the ego and ụbọchị on the ọda");
  });

  it("reads its talk and its 'last year'", () => {
    for (const talk of [
      "Ndeewo!",
      "Aha m bụ Ada Nwosu.",
      "Ọ zuola.",
      "Daalụ nke ukwuu!",
      "Ya mere, a ga m emere ha website.",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("N'afọ gara aga, nne m rere ji ugboro abụọ.")).toBe(true);
  });
});

describe("a language not read word by word", () => {
  it("reads records told sentence by sentence by the words that repeat: 'every', 'has', 'and'", () => {
    expect(
      things(
        "Igal kliendil on nimi, telefon ja aadress. Igal tellimusel on klient, kuupäev, kogus ja makstud või mitte. Üks tellimus kuulub ühele kliendile.",
      ),
    ).toEqual([
      ["kliendil", ["nimi", "telefon", "aadress"]],
      ["tellimusel", ["klient", "kuupäev", "kogus", "makstud või mitte"]],
    ]);
    // ("has" agreeing with its thing, known by its ending.)
    expect(things("Kila mteja ana jina, simu na anwani. Kila oda ina mteja, tarehe na kiasi.")).toEqual([
      ["mteja", ["jina", "simu", "anwani"]],
      ["oda", ["mteja", "tarehe", "kiasi"]],
    ]);
    // ("there is", said last.)
    expect(
      things("Her müşterinin adı, telefonu ve adresi var. Her siparişin müşterisi, tarihi ve miktarı var."),
    ).toEqual([
      ["müşterinin", ["adı", "telefonu", "adresi"]],
      ["siparişin", ["müşterisi", "tarihi", "miktarı"]],
    ]);
  });

  it("reads records whose 'every' comes after the thing, the same word or the same ending each time", () => {
    expect(
      things(
        "Bezero bakoitzak izena, telefonoa eta helbidea ditu. Eskaera bakoitzak bezeroa, data eta kopurua ditu. Eskaera bat bezero batena da.",
      ),
    ).toEqual([
      ["bezero", ["izena", "telefonoa", "helbidea"]],
      ["eskaera", ["bezeroa", "data", "kopurua"]],
    ]);
    expect(
      things(
        "Mlimi aliyense ali ndi dzina, mudzi ndi foni. Thumba lililonse lili ndi mlimi, tsiku ndi kulemera. Thumba limodzi lili ndi mlimi mmodzi, ndipo mlimi akhoza kukhala ndi matumba ambiri.",
      ),
    ).toEqual([
      ["mlimi", ["dzina", "mudzi", "foni"]],
      ["thumba", ["mlimi", "tsiku", "kulemera"]],
    ]);
  });

  it("reads no records where the sentences do not repeat their shape", () => {
    const read = things(
      "Kila siku tunapika wali, maharage na chapati. Kila wiki tunauza samaki, nyama na mboga.",
    );
    expect(read.filter(([, fields]) => fields.length > 0)).toEqual([]);
  });

  it("reads the kind of software from the words most languages borrow", () => {
    expect(kindByBorrowedWords("Programu ya kompyuta ya ofisi, bila intaneti")).toBe("desktop app");
    expect(kindByBorrowedWords("Una app per il telefono")).toBe("mobile app");
    expect(kindByBorrowedWords("Tovuti ya wateja, sajti")).toBe("web app");
    expect(kindByBorrowedWords("a plugin for our website")).toBeNull();
  });
});

describe("records and changes in English", () => {
  it("reads what is printed on a label, and something of its own a thing holds at a time of year, as no record", () => {
    expect(things("every jar has the batch number n the best-before date on the label", false)).toEqual([]);
    expect(
      things("Every village on the coast has its fair in the summer and every fair wants a band.", false),
    ).toEqual([]);
  });

  it("reads a count of three words, the time of what is named with a describing word, and 'which are'", () => {
    expect(things("The orders have the customer, how many large glass jars, how many small jars.")).toEqual([
      ["order", ["customer", "how many large glass jars", "how many small jars"]],
    ]);
    expect(things("The tides have the date and the time of the high water.")).toEqual([
      ["tide", ["date", "high water time"]],
    ]);
    expect(things("Then the catches, which are the boat, the day and the kilos of fish.")).toEqual([
      ["catches", ["boat", "day", "kilos of fish"]],
    ]);
  });

  it("ends a list where another thing has its own", () => {
    expect(
      things(
        "The members have a name, a phone and an email, and the boats have the owner, the length, the mooring.",
      ),
    ).toEqual([
      ["member", ["name", "phone", "email"]],
      ["boat", ["owner", "length", "mooring"]],
    ]);
  });

  it("finds a thing named by the last word of its name", () => {
    expect(
      edited(
        "For every school committee we need the school, the chair and the email.",
        "Take the email off the committees.",
      ),
    ).toEqual([["school committee", ["school", "chair"]]]);
  });

  it("takes only what was turned down out of a list typed with ' n '", () => {
    expect(
      withoutExcluded(
        "works out the wages, the tax, the bonus n a line for each shift",
        findExclusions("No bonus."),
      ),
    ).toBe("works out the wages, the tax n a line for each shift");
  });
});

describe("sentences as they are read", () => {
  it("keeps steps told in their order as one rule", () => {
    const walkthrough = (text: string) =>
      splitStatements(text, { keepVerbless: false, interviewInEnglish: true, houseRules: true });
    expect(
      walkthrough(
        "Every hive is opened two times: the first time we look for the queen and add a frame, the second time is a week later and we take the honey.",
      ),
    ).toEqual([
      "Every hive is opened two times: the first time we look for the queen and add a frame, the second time is a week later and we take the honey",
    ]);
  });

  it("keeps two verbs after 'can' together when the second carries what both share", () => {
    expect(statements("A class can only start and finish while the hall is open.")).toEqual([
      "A class can only start and finish while the hall is open",
    ]);
  });

  it("reads people logging in and what they see, however the sentence goes on", () => {
    expect(statements("The drivers log in and see the jobs where they work.")).toEqual([
      "The drivers log in",
      "The drivers see the jobs where they work",
    ]);
    expect(statements("Every club logs in and sees its bookings and what it owes.")).toEqual([
      "Every club logs in",
      "Every club sees its bookings and what it owes",
    ]);
  });

  it("never reads 'everything' as something users do, and keeps a tier by how many come first", () => {
    expect(statements("Everything rounded to the cent.")).toEqual(["Everything rounded to the cent"]);
    expect(
      statements(
        "For households, the first 100 litres in a month are at the low rate, everything after that at the high rate.",
      ),
    ).toEqual([
      "For households, the first 100 litres in a month are at the low rate, everything after that at the high rate",
    ]);
    expect(statements("There's no signal on the hill, so everything has to work offline.")).toContain(
      "Everything has to work offline",
    );
  });

  it("reads who the person is, however they say it", () => {
    expect(isIntroduction("tom here, sparky from bunbury")).toBe(true);
    expect(isIntroduction("I live in Broome")).toBe(true);
  });

  it("reads phone calls to someone, a little agenda and a big register as how it is done today", () => {
    expect(isBackground("the clubs call him on the phone and he writes it all in a little agenda")).toBe(
      true,
    );
    expect(isBackground("The treasurer writes them in a big register.")).toBe(true);
    expect(isBackground("Users can see the register of members")).toBe(false);
  });
});

describe("'no's in English", () => {
  it("turns down what someone close has, takes people on or makes, said as spoken", () => {
    expect(said("My uncle has 12 goats too. That is the farm, leave them out.")).toEqual(["goats"]);
    expect(said("My cousin takes visitors on kayak tours in June, that is his business, not ours.")).toEqual([
      "kayak tours",
    ]);
    expect(said("My aunt make coconut candy for the tourists, that is she own business.")).toEqual([
      "coconut candy",
    ]);
    expect(said("my 5ala sells olive soap at the souk, thats her thing not ours.")).toEqual(["olive soap"]);
  });

  it("turns nothing down with a saying or a story of what was not", () => {
    expect(said("the best honey on the island no discussion.")).toEqual([]);
    expect(said("The van broke down and there was no delivery that day.")).toEqual([]);
  });
});

describe("who logs in", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await Promise.all(cleanups.map((cleanup) => cleanup()));
  });

  it("makes no kind of account of the person's relatives", async () => {
    const persona: Persona = {
      id: "ferry-tickets-api",
      who: "A developer whose father runs a small island ferry, who names her father among the admins",
      says: {
        overview:
          "hi, sam here, backend dev. my dad runs the little ferry to the island, 40 seats. rn the tickets are a paper book at the kiosk. so im building an api for the tickets.",
        more: "just the api. the ferry website n a tablet at the kiosk call it. my dad n me are admin",
        walkthrough:
          "rules\n- a ticket is 12 euros, kids under 5 free\n- 40 seats a crossing, no more\n- no dogs on the morning crossing",
        things: "crossings: date, time, seats left\ntickets: crossing, name, phone, paid y/n",
        extras: ["thats it, thanks"],
        tech: "express n postgres",
      },
      picks: {
        Kind: ["Something else", "An API or service"],
        Accounts:
          "the website n the kiosk tablet get api keys. my dad n me are admin. people buy w name n phone, no password",
        Technology: "I have preferences",
        "Back end": "Express",
        Database: "PostgreSQL",
      },
      expect: { kind: "api service", features: [], tables: [], excluded: [] },
    };
    const { driver, cleanup } = await interviewPersona(persona);
    cleanups.push(cleanup);
    expect(driver.step).toBe("done");
    const spec = await driver.readSpec();
    expect(spec).toMatch(/role \(text: [^)]*admin/);
    expect(spec).not.toMatch(/role \(text: [^)]*\bdad\b/);
  });
});
