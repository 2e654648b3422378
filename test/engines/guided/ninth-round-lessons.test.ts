import { describe, expect, it } from "vitest";
import { applyThingEdit } from "../../../src/engines/guided/design/things-design.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import {
  exclusionOf,
  findExclusions,
  isNegation,
  mentionsExcluded,
} from "../../../src/engines/guided/understanding/exclusions.js";
import { isEnglish } from "../../../src/engines/guided/understanding/language.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the ninth round of people the interviewer had not met wrote, and how it reads it
 * now: each case is a way of saying something, not one person's sentence only.
 */

describe("Catalan, Finnish, Croatian, Indonesian and Norwegian", () => {
  it("are read as other languages", () => {
    for (const text of [
      "Haluaisin verkkosovelluksen, jossa kanslisti kirjaa lainan ja palautuksen.",
      "Trebamo program na računalu u uredu koji bilježi svaku meljavu.",
      "Kami mau aplikasi Android untuk petugas, dan nasabah juga bisa lihat saldo mereka.",
      "Volem una web perquè els veïns puguin avisar de forats a la calçada.",
    ])
      expect(isEnglish(text)).toBe(false);
  });

  it("reads a text in another script as another language, whatever words of it are known", () => {
    expect(isEnglish("Θέλουμε μια εφαρμογή για κρατήσεις")).toBe(false);
    expect(isEnglish("Нам нужно приложение для учёта")).toBe(false);
    expect(isEnglish("We want an app with a few Ελληνικά words")).toBe(true);
  });

  it.each([
    ["Salg til fiskemottaket og oppgjør trenger vi ikke her.", [["salg"], ["oppgjør"]]],
    ["Værmelding skal ikke være med heller.", [["værmeld"]]],
    ["No ens cal cap xat amb els veïns.", [["xat"]]],
    [
      "I les multes i altres tràmits, deixem-ho fora.",
      [
        ["multe", "tràmits"],
        ["altre", "tràmits"],
      ],
    ],
    ["Vuokran laskutusta ei tarvita, lainat ovat ilmaisia.", [["vuokran", "laskutusta"]]],
    ["Ei sittenkään, jätetään korjaukset pois.", [["korjaukset"]]],
    ["Fakturiranje nam ne treba, to radi knjigovođa.", [["fakturiranje"]]],
    ["Web trgovinu ne želimo.", [["web", "trgovinu"]]],
    ["Tidak usah ada fitur marketplace, iklan juga jangan sampai ada.", [["marketplace"], ["iklan"]]],
  ])("reads the 'no' in %s", (text, keys) => {
    expect(findExclusions(text).flatMap((exclusion) => exclusion.keys)).toEqual(keys);
    expect(isNegation(text)).toBe(true);
  });

  it("leaves out only what follows the 'no', not what was wanted before it", () => {
    expect(said("Cukup Android, tidak perlu versi iPhone.")).toEqual(["versi iPhone"]);
  });

  it("reads how things are done today as background", () => {
    expect(isBackground("Nyt lainat kirjataan vihkoon kanslian pöydällä.")).toBe(true);
    expect(isBackground("Sekarang semua masih ditulis di buku besar.")).toBe(true);
    expect(isBackground("Most members pay by card.")).toBe(false);
  });

  it("reads things that belong to another, have fields, and a clause after them", () => {
    expect(
      things(
        "Turer hører til en båt og har dato, avgangstid og hjemkomst. Fangster hører til en tur og har fiskeslag og fiskefelt, så vi ser hvilken båt som fikk fisken.",
      ),
    ).toEqual([
      ["turer", ["båt", "dato", "avgangstid", "hjemkomst"]],
      ["fangster", ["tur", "fiskeslag", "fiskefelt"]],
    ]);
  });

  it("reads 'tenen', 'Els operaris, nom i telèfon' and 'només el nom'", () => {
    expect(
      things(
        "Les incidències tenen categoria, foto i l'operari que la té assignada. Els operaris, nom i telèfon. I les categories, només el nom.",
      ),
    ).toEqual([
      ["incidències", ["categoria", "foto", "operari"]],
      ["operaris", ["nom", "telèfon"]],
      ["categories", ["nom"]],
    ]);
    expect(things("Jobs, customers and vans.")).toEqual([
      ["jobs", []],
      ["customers", []],
      ["vans", []],
    ]);
  });

  it("adds the field a thing lacks: 'Kod meljave fali još jedno polje: sorta maslina'", () => {
    const list = readThings("Maslinari (ime, mjesto), meljave (maslinar, datum)", { listed: true });
    expect(
      applyThingEdit(list, "Kod meljave fali još jedno polje: sorta maslina.").map((thing) => [
        thing.said,
        thing.fields.map((field) => field.said),
      ]),
    ).toEqual([
      ["maslinari", ["ime", "mjesto"]],
      ["meljave", ["maslinar", "datum", "sorta maslina"]],
    ]);
  });
});

describe("records told at length", () => {
  it("reads past the words that only carry the talk, a clause after the name, and whose they are", () => {
    expect(
      things(
        "Well, patients, obviously: name, email, which dentist they see. Then the reminders that went out, with the patient, the date sent and the channel. And Debbie's calls, with the patient, the date and the outcome.",
      ),
    ).toEqual([
      ["patients", ["name", "email", "dentist"]],
      ["reminders", ["patient", "date sent", "channel"]],
      ["calls", ["patient", "date", "outcome"]],
    ]);
  });

  it("keeps an aside in brackets and a field's values from becoming things", () => {
    expect(
      things("Dentists only need a name (the hygienist counts as a dentist for this, she'd laugh at it)."),
    ).toEqual([["dentist", ["name"]]]);
    expect(
      things("She rings them and records the outcome (booked, left a message, or moved away).", false),
    ).toEqual([]);
    expect(
      things(
        "Hygiene patients come every six or twelve months (the dentist decides, depending on their teeth).",
        false,
      ),
    ).toEqual([]);
  });

  it("reads 'says which member bought them', 'the date paid out' and a status with its values", () => {
    expect(
      things(
        "A share purchase says which member bought them, the number of shares, the date, and a status: pending or paid. A withdrawal has the member, the date asked and the date paid out.",
      ),
    ).toEqual([
      ["share purchase", ["member", "number of shares", "date", "status"]],
      ["withdrawal", ["member", "date asked", "date paid out"]],
    ]);
  });
});

describe("a 'no' said another way", () => {
  it.each([
    ["payments: skip, the till does that", ["payments"]],
    ["paper stock / inventory — nah", ["paper stock / inventory"]],
    [
      "Printing the weighbridge tickets is not its job, the yard app does that.",
      ["Printing the weighbridge tickets"],
    ],
    ["Calibrating the scale is never something the library does.", ["Calibrating the scale"]],
  ])("reads %s", (text, left) => {
    expect(said(text)).toEqual(left);
    expect(isNegation(text)).toBe(true);
  });

  it("keeps a colon answered with more than a no", () => {
    expect(said("Tech: no preference")).not.toContain("Tech");
  });

  it("leaves out what a kind of work is done on: 'take the interest calculation out'", () => {
    expect(findExclusions("take the interest calculation out")[0]?.keys).toEqual([["interest"]]);
  });

  it("reads a 'no' answered after a colon as no thing", () => {
    expect(things("payments: skip, the till does that").map(([name]) => name)).not.toContain("payment");
  });
});

describe("what people do, said another way", () => {
  it("reads each step after an arrow", () => {
    expect(
      splitStatements("customer wants flyers → counter adds job → printed, cut → marked done", {
        keepVerbless: false,
      }),
    ).toEqual(["Customer wants flyers", "Counter adds job", "Printed, cut", "Marked done"]);
  });

  it("reads past a name given the software in passing, and things that jump", () => {
    expect(
      splitStatements(
        "I want a small C# library, a NuGet package, that opens the serial port and reads that stream.",
        {
          keepVerbless: false,
        },
      ),
    ).toEqual(["Open the serial port", "Read that stream"]);
    expect(splitStatements("rush jobs jump to the top", { keepVerbless: false })).toEqual([
      "Rush jobs jump to the top",
    ]);
  });

  it("reads a service with no screens, and a program on the office computer", () => {
    expect(saidKind("I need a small service with no screens of its own. Our website posts to it.")).toBe(
      "api service",
    );
    expect(saidKind("Običan program na računalu u uredu, radi na Windowsima")).toBe("desktop app");
    expect(saidKind("a web app on our office computer")).toBe("web app");
  });
});

describe("what people do, told at length", () => {
  const statements = (text: string) => splitStatements(text, { keepVerbless: false });

  it("keeps 'by text message and email' one way of sending", () => {
    expect(
      statements(
        "It sends each patient a recall reminder by text message and email a few weeks before they're due.",
      ),
    ).toEqual([
      "Send each patient a recall reminder by text message and email a few weeks before they're due",
    ]);
  });

  it("reads 'the first thing she sees is …' without the example after it", () => {
    expect(
      statements(
        "The first thing she sees is the overdue list, say fourteen patients who've had both reminders.",
      ),
    ).toEqual(["Users can see the overdue list"]);
  });

  it("reads past 'Oh, and', 'have to be able to', and leaves out who says so", () => {
    expect(
      statements(
        "Oh, and patients have to be able to stop the texts by replying STOP; that's the law, or at least our compliance lady says so.",
      ),
    ).toEqual(["Patients can stop the texts by replying STOP"]);
  });

  it("reads someone who rings people as doing something", () => {
    expect(statements("She rings them and records the outcome.")).not.toEqual([]);
  });
});

describe("a 'no' in another language reaches the words it inflects", () => {
  it("takes out 'votar' with 'vots', while 'log' never reaches 'login' in English", () => {
    const votes = exclusionOf("vots de les incidències")!;
    expect(mentionsExcluded("Els veïns haurien de poder votar les incidències", [votes])).toBe(true);
    expect(mentionsExcluded("Users can open the login page", [exclusionOf("logs")!])).toBe(false);
    // A feature too short to hold a function word is read as English unless its letters say otherwise.
    expect(mentionsExcluded("Login page", [exclusionOf("logs")!])).toBe(false);
  });
});

describe("a condition and its result", () => {
  const statements = (text: string) => splitStatements(text, { keepVerbless: false });

  it("keeps 'When a job comes in, …' with what follows: a rule of one sentence is one thing to build", () => {
    expect(statements("When a job comes in, the dispatcher assigns it and texts the plumber.")).toEqual([
      "When a job comes in, the dispatcher assigns it and texts the plumber",
    ]);
  });

  it("moves a setting with its own verb after what is done in it, kept with every result", () => {
    expect(
      statements(
        "When I sit down to write, I click the toolbar button, open the story and see all its quotes.",
      ),
    ).toEqual([
      "Users can click the toolbar button, open the story and see all its quotes when they sit down to write",
    ]);
  });

  it("moves no setting in which someone acts: 'When all the results are in I press next round and it pairs …'", () => {
    expect(
      statements(
        "When all the results are in I press next round and it pairs people on the same points, never the same opponent twice.",
      ),
    ).toEqual([
      "Users can press next round when all the results are in",
      "It pairs people on the same points, never the same opponent twice",
    ]);
  });
});
