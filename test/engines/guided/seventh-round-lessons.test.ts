import { describe, expect, it } from "vitest";
import { toElementName } from "../../../src/app-spec/element-name.js";
import { applyThingEdit } from "../../../src/engines/guided/design/things-design.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import {
  findExclusions,
  isNegation,
  mentionsExcluded,
} from "../../../src/engines/guided/understanding/exclusions.js";
import { isEnglish } from "../../../src/engines/guided/understanding/language.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the seventh round of people the interviewer had not met wrote, and how it reads it
 * now: each case is a way of saying something, not one person's sentence only.
 */

describe("languages told apart", () => {
  it("reads Dutch, Polish, Swedish and Turkish as other languages, not as English", () => {
    expect(isEnglish("Wij zijn een kleine kinderopvang in Utrecht met drie groepen.")).toBe(false);
    expect(isEnglish("Magazynier skanuje kod kreskowy produktu i wpisuje, ile sztuk leży na regale.")).toBe(
      false,
    );
    expect(isEnglish("De boende ska kunna boka tvättstugan och göra en felanmälan.")).toBe(false);
    expect(isEnglish("Öğretmenler her deneme sınavından sonra netleri giriyor ve veliler de görüyor.")).toBe(
      false,
    );
    expect(isEnglish("i open the app and tick off what i did")).toBe(true);
  });

  it("reads a bare list in the language of the rest of the interview", () => {
    const list = "Produkty (nazwa, kod kreskowy), regały (numer, strefa)";
    expect(isEnglish(list, false)).toBe(false);
    expect(isEnglish(list, true)).toBe(true);
    expect(
      splitStatements("Rano kierownik zakłada nowy spis i przydziela regały.", {
        keepVerbless: false,
        interviewInEnglish: false,
      }),
    ).toEqual(["Rano kierownik zakłada nowy spis i przydziela regały"]);
  });

  it("keeps ł, ı and ß as the letters they stand for in element names, and 'regały' whole", () => {
    expect(toElementName("regały", "table")).toBe("regaly");
    expect(things("regały (numer, strefa)")).toEqual([["regały", ["numer", "strefa"]]]);
  });
});

describe("a 'no' in other languages", () => {
  it.each([
    ["Een chatfunctie willen we niet, en de facturatie valt erbuiten.", ["chatfunctie", "facturatie"]],
    ["Nee wacht, die foto's toch maar niet.", ["foto's"]],
    [
      "Nie potrzebujemy żadnych zamówień do dostawców w tej aplikacji.",
      ["zamówień do dostawców w tej aplikacji"],
    ],
    ["Bez zdjęć, to tylko spowalnia.", ["zdjęć"]],
    ["Vi vill inte ha något forum.", ["forum"]],
    ["Betalning av avgifterna behövs inte heller.", ["Betalning av avgifterna"]],
    ["Online ödeme istemiyoruz, mesajlaşmaya da gerek yok.", ["Online ödeme", "mesajlaşmaya"]],
  ])("%s", (text, left) => {
    expect(said(text)).toEqual(left);
    expect(isNegation(text)).toBe(true);
  });

  it("reads no 'no' into 'W piwnicy nie ma zasięgu' (there is no signal in the basement)", () => {
    expect(isNegation("W piwnicy nie ma zasięgu, więc wszystko musi działać offline.")).toBe(false);
  });
});

describe("a 'no' in English, said another way", () => {
  it("sets aside 'a whole other project' and 'X? Not needed', but not a real question", () => {
    expect(said("Keeping track of stock is a whole other project, we won't touch that here.")).toEqual([
      "stock",
    ]);
    expect(said("Route planning? Not needed, our drivers know every street.")).toEqual(["Route planning"]);
    expect(said("Is it fast? No idea.")).toEqual([]);
  });

  it("keeps a 'no' said of one thing on that thing: the families' names, not the agency's", () => {
    const exclusions = findExclusions(
      "We don't want any names, postcodes or dates of birth of the families stored.",
    );
    expect(mentionsExcluded("name", exclusions, "agency")).toBe(false);
    expect(mentionsExcluded("name", exclusions, "family")).toBe(true);
    expect(mentionsExcluded("date", exclusions, "parcel")).toBe(false);
    expect(mentionsExcluded("Volunteers store the names of families", exclusions)).toBe(true);
    expect(mentionsExcluded("Search agencies by name", exclusions)).toBe(false);
  });
});

describe("records told in prose", () => {
  it("reads 'the number of people in it', 'any dietary needs' and 'which client it belongs to'", () => {
    expect(
      things(
        "Each household has a reference number, the agency that referred them, the number of people in it and any dietary needs.",
      ),
    ).toEqual([["household", ["reference number", "agency", "number of people", "dietary needs"]]]);
    expect(
      things(
        "Each term has the source word, a note, a status (fine or forbidden), and which client it belongs to. Clients only need a name and the language pair.",
      ),
    ).toEqual([
      ["term", ["source word", "note", "status", "client"]],
      ["client", ["name", "language pair"]],
    ]);
  });

  it("reads 'For each delivery we keep …' and 'A parcel goes to one household …', and a person named only as a field is no thing", () => {
    expect(
      things("For each delivery we keep the order, which driver took it, the photo and the status."),
    ).toEqual([["delivery", ["order", "driver", "photo", "status"]]]);
    expect(things("Routes have a number and a driver.")).toEqual([["route", ["number", "driver"]]]);
    expect(
      things("A parcel goes to one household on a date, and we note which volunteer packed it."),
    ).toEqual([["parcel", ["household", "date", "volunteer"]]]);
    expect(things("A customer picks a few loaves.")).toEqual([]);
  });

  it("reads 'has' in Swedish, Dutch and Polish, at the start of a sentence only", () => {
    expect(things("Lägenheter har ett nummer, en våning och en e-postadress.", false)).toEqual([
      ["lägenheter", ["nummer", "våning", "e-postadress"]],
    ]);
    expect(
      things("Felanmälningar har en beskrivning, ett foto och vilken lägenhet som anmälde.", false),
    ).toEqual([["felanmälningar", ["beskrivning", "foto", "lägenhet"]]]);
    expect(things("Vi vill inte ha något forum.", false)).toEqual([]);
    expect(things("W piwnicy nie ma zasięgu.", false)).toEqual([]);
  });
});

describe("what people do, said another way", () => {
  it("reads someone needing a thing as what they get, and a setting before a longer subject", () => {
    expect(
      splitStatements(
        "The bakery needs the totals per product at 10pm, and in the morning the drivers need a loading list per route.",
      ),
    ).toEqual([
      "The bakery can get the totals per product at 10pm",
      "In the morning the drivers can get a loading list per route",
    ]);
    expect(splitStatements("At 2pm the shop in Zeist posts its order for tomorrow.")).toEqual([
      "The shop in Zeist posts its order for tomorrow at 2pm",
    ]);
    expect(splitStatements("We need a website where members book rooms.")).toEqual(["Members book rooms"]);
  });

  it("reads 'What I'm after is …', 'you give it …' and fragments typed in a hurry", () => {
    expect(
      splitStatements("What I'm after is a little desktop app where I can add a term with a note."),
    ).toEqual(["Users can add a term with a note"]);
    expect(
      splitStatements(
        "A PHP package on Composer: you give it the parcel's weight and it works out the cost.",
      ),
    ).toEqual(["Take the parcel's weight", "Work out the cost"]);
    expect(splitStatements("reads domains from a file. exit code 1 so jenkins goes red")).toContain(
      "Exit code 1 so jenkins goes red",
    );
  });

  it("takes 'we keep copying …' as how things are done today", () => {
    expect(isBackground("We build web shops and we keep copying the same shipping code around.")).toBe(true);
    expect(isBackground("We keep a list of every parcel.")).toBe(false);
  });
});

describe("changes to the things, with a reason after them", () => {
  it("takes a field off a thing: 'take the price off products, prices live in Exact too'", () => {
    const before = readThings("Products (name, price, bake time), shops (name)", { listed: true });
    const after = applyThingEdit(before, "take the price off products, prices live in Exact too");
    expect(after.map((thing) => [thing.key, thing.fields.map((field) => field.said)])).toEqual([
      ["product", ["name", "bake time"]],
      ["shop", ["name"]],
    ]);
  });
});
