import { describe, expect, it } from "vitest";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { findExclusions, isNegation } from "../../../src/engines/guided/understanding/exclusions.js";
import { isEnglish } from "../../../src/engines/guided/understanding/language.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the tenth round of people the interviewer had not met wrote, and how it reads it
 * now: each case is a way of saying something, not one person's sentence only.
 */

describe("more languages, and other scripts", () => {
  it("reads Icelandic, Vietnamese and Lithuanian as other languages, and a text English does not write", () => {
    expect(isEnglish("Okkur vantar skipanalínutól sem les inn CSV-skrárnar af síritunum.")).toBe(false);
    expect(isEnglish("Tôi cần một phần mềm cài trên máy tính ở quầy thu ngân.")).toBe(false);
    expect(isEnglish("Sąskaitų faktūrų čia nereikia, jas išrašo buhalterė.")).toBe(false);
    expect(isEnglish("Skipanalínutól fyrir jökulinn")).toBe(false);
  });

  it.each([
    ["Τα εισιτήρια των επιβατών δεν μας αφορούν εδώ.", [["εισιτήρια", "επιβατών"]]],
    ["Продавати ліки через бот не треба, оплата й видача — тільки в аптеці.", [["продавати", "ліки"]]],
    ["І жодних медичних порад від бота.", [["медичних", "порад"]]],
    ["Бонусні картки та знижки сюди не чіпаємо.", [["бонусні", "картки"], ["знижки"]]],
    ["Gröf þurfum við ekki, þau gerum við sjálf í R.", [["gröf"]]],
    ["Phần chấm điểm hát cũng khỏi làm, đầu karaoke có sẵn rồi.", [["phần", "chấm", "điểm", "hát"]]],
    ["Sąskaitų faktūrų čia nereikia, jas išrašo buhalterė.", [["sąskaitų", "faktūrų"]]],
    ["Rozvoz jedla domov netreba.", [["rozvoz", "jedla", "domov"]]],
    ["Protester og præmier hører ikke hjemme i biblioteket.", [["protester"], ["præmier"]]],
    ["Hatuhitaji loyalty points wala nini, wateja wengi ni walk-in tu.", [["loyalty", "point"]]],
    ["Na delivery ya maji kwa nyumba, hiyo tuache kwa sasa.", [["deliver"]]],
  ])("reads the 'no' in %s", (text, keys) => {
    expect(findExclusions(text).flatMap((exclusion) => exclusion.keys)).toEqual(keys);
    expect(isNegation(text)).toBe(true);
  });

  it("reads Icelandic 'sem' as 'that', never as the Portuguese 'without'", () => {
    expect(
      findExclusions("Okkur vantar tól sem les inn skrárnar, það er sjaldnast samband hvort sem er."),
    ).toEqual([]);
    expect(findExclusions("Um app sem anúncios.").map((exclusion) => exclusion.said)).toEqual(["anúncios"]);
  });

  it("reads how things are done today in more languages", () => {
    for (const text of [
      "Í dag skrifum við athugasemdirnar í gula vettvangsbók.",
      "Kwa sasa tunaandika kila kitu kwenye daftari.",
      "Зараз усе записуємо в зошит.",
      "Σήμερα τα γράφουμε σε ένα τετράδιο.",
    ])
      expect(isBackground(text)).toBe(true);
  });
});

describe("records on lines after a dash", () => {
  it("reads 'clients - name, dob, phone' as a colon list, and a dash before no list as nothing kept", () => {
    expect(things("clients - name, dob, email\nartists - name, phone")).toEqual([
      ["clients", ["name", "dob", "email"]],
      ["artists", ["name", "phone"]],
    ]);
    expect(things("Syncing to my phone — not for now.", false)).toEqual([]);
  });
});

describe("records in Greek, and lists of values", () => {
  it("reads Greek records that have fields, past a clause after the list", () => {
    expect(
      things(
        "Τα πλοία έχουν όνομα και μήκος. Τα δρομολόγια έχουν ημερομηνία, ώρα αναχώρησης και λιμάνι άφιξης, και το καθένα λέει σε ποιο πλοίο είναι. Οι πράκτορες έχουν επωνυμία, λιμάνι και τηλέφωνο.",
      ),
    ).toEqual([
      ["πλοία", ["όνομα", "μήκος"]],
      ["δρομολόγια", ["ημερομηνία", "ώρα αναχώρησης", "λιμάνι άφιξης"]],
      ["πράκτορες", ["επωνυμία", "λιμάνι", "τηλέφωνο"]],
    ]);
  });

  it("reads brackets after a field of a colon list, and a dash inside a field, as its values", () => {
    expect(things("- Phòng: tên phòng, trạng thái (trống, đang hát, đang dọn)")).toEqual([
      ["phòng", ["tên phòng", "trạng thái"]],
    ]);
    expect(
      things("smeny (dátum, časť dňa – ráno alebo večer, dobrovoľník), kontroly teploty (dátum, čas)"),
    ).toEqual([
      ["smeny", ["dátum", "časť dňa", "dobrovoľník"]],
      ["kontroly teploty", ["dátum", "čas"]],
    ]);
  });

  it("keeps English 'of' from reading as the Dutch 'or'", () => {
    expect(things("Quotes: the text, the page title, and a note of my own.")).toEqual([
      ["quotes", ["text", "page title", "note"]],
    ]);
  });
});

describe("kinds said in other words", () => {
  it("reads a Telegram bot in Cyrillic and a program on a Windows computer", () => {
    expect(saidKind("Телеграм-бот для аптеки")).toBe("api service");
    expect(saidKind("Phần mềm cài trên máy tính Windows ở quầy thu ngân")).toBe("desktop app");
  });
});

describe("a 'no' at the end, and an abbreviation in a list", () => {
  it("reads a Slovak removal said after what it removes, and Danish 'skal heller ikke'", () => {
    expect(said("Tú mesačnú štatistiku v PDF pre mesto nakoniec vyhoďte, mesto ju od nás nechce.")).toEqual([
      "mesačnú štatistiku v PDF pre mesto",
    ]);
    expect(isNegation("Tú mesačnú štatistiku v PDF pre mesto nakoniec vyhoďte.")).toBe(true);
    expect(said("Biblioteket skal ikke gemme noget selv, og det skal heller ikke tegne noget.")).toEqual([
      "gemme noget selv",
      "tegne noget",
    ]);
  });

  it("reads past 'vis dėlto' before a Lithuanian 'no'", () => {
    expect(said("Ne, vis dėlto SMS priminimų nereikia.")).toEqual(["SMS priminimų"]);
  });

  it("keeps 'el. paštas' one field, its full stop no end of a sentence", () => {
    expect(things("Vertėjai: vardas, telefonas, el. paštas, kalbos. Užsakymai: data, vieta.")).toEqual([
      ["vertėjai", ["vardas", "telefonas", "el. paštas", "kalbos"]],
      ["užsakymai", ["data", "vieta"]],
    ]);
  });
});
