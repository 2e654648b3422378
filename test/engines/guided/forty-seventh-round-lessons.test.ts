import { describe, expect, it } from "vitest";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import {
  readTechnology,
  unplacedTechnology,
} from "../../../src/engines/guided/understanding/technology-words.js";
import { edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the forty-seventh round of people wrote, run once unseen and tuned on once the
 * forty-eighth was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

describe("Swiss German, as a Zürcher types it", () => {
  it("reads records told 'bi de X', with the articles written onto the words", () => {
    expect(
      things(
        "Bi de Chunde bruuchts de Name, d'Adrässe und öb zahlt. Bi de Bstellige s'Datum, wie vill Brot, de Schnee i Zentimeter, offe oder nöd und bar oder Charte. Jede Bstellig ghört zu eim Chund.",
      ),
    ).toEqual([
      ["chunde", ["name", "adrässe", "zahlt"]],
      ["bstellige", ["chund", "datum", "brot", "schnee", "offe", "bar oder charte"]],
    ]);
  });

  it("puts a field on a thing named first, 'tüend bi de X no d'Y dezue'", () => {
    expect(
      edited(
        "Chunde: Name, Adrässe",
        "Nur no eis: tüend bi de Chunde no d'Telefonnummere dezue, falls mer aalüütet.",
      ),
    ).toEqual([["chunde", ["name", "adrässe", "telefonnummere"]]]);
  });

  it("reads 'das isch nöd üses Bier' and 'lönd das wäg', and where and whose the thing is no part of it", () => {
    expect(
      said(
        "D'Kafibar vo de Frauechor am Dorffest, das isch nöd üses Bier. Und s'Lotto bi de Turnhalle macht de Skiclub, lönd das wäg.",
      ),
    ).toEqual(["Kafibar", "Lotto"]);
  });

  it("keeps greetings, thanks and today out of the features", () => {
    expect(
      statements(
        "Hoi zäme. Bis jetzt schriibed mir alles uf Zettel. Letscht Winter hät öpper es Abo verlore. Jede Chund zahlt bar. Susch nüt. Merci vielmal, adieu mitenand.",
      ),
    ).toEqual(["Jede Chund zahlt bar"]);
  });
});

describe("Sicilian, as a Palermitan types it", () => {
  it("reads records in brackets after 'I', the plural 'the', no English 'I', and what each is for", () => {
    expect(
      things(
        "I carretti (nomu, culuri, prezzu). I clienti (nomu, telefonu, nomu da putìa). Ogni clienti è pi un carrettu sulu.",
      ),
    ).toEqual([
      ["carretti", ["nomu", "culuri", "prezzu"]],
      ["clienti", ["carrettu", "nomu", "telefonu", "nomu da putìa"]],
    ]);
  });

  it("takes a field off with 'livati' and puts one on with 'mittiti'", () => {
    expect(
      edited(
        "scoli: nomu, maestra, telefonu\nspittaculi: data, ura",
        "Livati u telefonu de scoli, basta a maestra. E mittiti a lingua ne spittaculi.",
      ),
    ).toEqual([
      ["scoli", ["nomu", "maestra"]],
      ["spittaculi", ["data", "ura", "lingua"]],
    ]);
  });

  it("reads 'chissu nun è affari nostru' and 'lassatilu fora', without whose feast it is or when", () => {
    expect(
      said(
        "I cannola di me soru, chissu nun è affari nostru. E u Festinu di San Giuseppi, quannu ni chiamanu, lassatilu fora.",
      ),
    ).toEqual(["cannola", "Festinu"]);
  });

  it("reads no Sicilian small word that would part a Corsican thing turned down", () => {
    // Split at its "a", the chestnut fair would turn every chestnut down with it.
    expect(said("È a fiera di a castagna in Bocognano, ùn la mettite.")).toEqual([
      "fiera di a castagna in Bocognano",
    ]);
  });

  it("keeps greetings, thanks and today out of the features", () => {
    expect(
      statements(
        "Salutamu. Mi chiamu Ninu. Ora i prenotazioni arrivanu pi telefonu. U misi passatu vinniru 40 picciriddi. Amunì, vi dicu comu funziona. U bigliettu costa 8 euro. Basta accussì. Grazzi assai.",
      ),
    ).toEqual(["U bigliettu costa 8 euro"]);
  });
});

describe("fields said the way these people said them", () => {
  it("reads what is left, who grew it, whether someone is there and what they use", () => {
    expect(things("Every seed has the name and the packets left.", false)).toEqual([
      ["seed", ["name", "packets left"]],
    ]);
    expect(things("Every plant has the name, the pots left and who grew it out.", false)).toEqual([
      ["plant", ["name", "pots left", "grower"]],
    ]);
    expect(things("Every family has the name and whether there's a child under 5.", false)).toEqual([
      ["family", ["name", "child"]],
    ]);
    expect(
      things(
        "For every patient we keep the name, the phone, the address, Medicare or private, and if they use a walker.",
        false,
      ),
    ).toEqual([["patient", ["name", "phone", "address", "medicare or private", "walker"]]]);
  });

  it("reads 'ramp or no ramp' as a yes or no, 'where to' as said, and 'if it's finished for the week'", () => {
    expect(
      things(
        "Every bus has the plate, and ramp or no ramp. Every trip has the date, where to and the driver.",
        false,
      ),
    ).toEqual([
      ["bus", ["plate", "ramp"]],
      ["trip", ["date", "where to", "driver"]],
    ]);
    expect(
      things("For every pie we keep the name, the price and if it's finished for the week.", false),
    ).toEqual([["pie", ["name", "price", "finished"]]]);
  });

  it("reads what things are also called, and the places a field names, as no part of the record", () => {
    expect(
      things(
        "The cooks, the kitchen gals, have a name and a phone. A member has a name and the town, Ely, Soham or March.",
        false,
      ),
    ).toEqual([
      ["cook", ["name", "phone"]],
      ["member", ["name", "town"]],
    ]);
  });

  it("renames a thing 'just' what everybody calls it", () => {
    expect(edited("class days: date, teacher", "Please call the class days just classes.")).toEqual([
      ["classes", ["date", "teacher"]],
    ]);
  });
});

describe("rules, 'no's and talk these people said", () => {
  it("keeps a rule whose subject has something 'with' it, and 'no question' is no 'no'", () => {
    expect(statements("A rider with a yellow flag waits at the gate, no question.")).toEqual([
      "A rider with a yellow flag waits at the gate, no question",
    ]);
    expect(said("A rider with a yellow flag waits at the gate, no question.")).toEqual([]);
  });

  it("reads 'a no show' as a result, 'my sister in laws' as hers, and 'we dont sell em' as no thing", () => {
    expect(said("A no show or a no call pays the deposit.")).toEqual([]);
    expect(
      said(
        "The kayaks out the front are my sister in laws, not my problem. n the shop, dont bother, we dont sell em",
      ),
    ).toEqual(["kayaks out the front", "shop"]);
  });

  it("reads notes on lines ending 'with her' or 'after that' as whole notes", () => {
    expect(
      statements(
        "ok so\nlessons are $40 an hour\nthe deposit is $20 n it stays with her\nfree within 5 miles, $2 a mile after that\nkids under 10 half price",
      ),
    ).toEqual([
      "Lessons are $40 an hour",
      "The deposit is $20 n it stays with her",
      "Free within 5 miles, $2 a mile after that",
      "Kids under 10 half price",
    ]);
  });

  it("reads 'That'll do 'er' as the talk closing", () => {
    expect(isTalkAboutTheTalk("That'll do 'er.")).toBe(true);
    expect(isTalkAboutTheTalk("That'll do it for the day's takings.")).toBe(false);
  });

  it("parts a technology answer at its stops, and keeps where it is published, not the person's things", () => {
    const answer = "Python, published on PyPI. The website and the app are both Python anyway.";
    expect(readTechnology(answer, { serverless: true })).toEqual([{ part: "runtime", said: "Python" }]);
    expect(unplacedTechnology(answer)).toEqual(["PyPI"]);
  });
});
