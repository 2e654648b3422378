import { describe, expect, it } from "vitest";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { isAgreement } from "../../../src/engines/guided/interview/answers.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the thirty-eighth round of people wrote, held out for one session and tuned on once
 * the thirty-ninth was written to take its place, and how the interviewer reads it now, in
 * other words than theirs.
 */

describe("records told the way these people told them", () => {
  it("reads the values a field takes, offered with 'or', as no things", () => {
    expect(
      things(
        "Bottles (number, kind, grade). The kind is red, white or rosé, and the grade is A, B or reserve.",
      ),
    ).toEqual([["bottles", ["number", "kind", "grade"]]]);
    expect(things("Jobs: customer, status. The status is new, in the van or done.")).toEqual([
      ["jobs", ["customer", "status"]],
    ]);
  });

  it("keeps a borrowed word's own plural ('-im') as one thing with its singular", () => {
    const state = {
      ...atTheReview(
        "We sell lulavim. Every lulav has a number and its own price.",
        "Customers (name, phone), Lulavim (number, length, price)",
      ),
    };
    const kept = thingsOf(state);
    expect(kept.map((thing) => [thing.said, thing.key])).toEqual([
      ["lulavim", "lulav"],
      ["customers", "customer"],
    ]);
    expect(kept[0]!.fields.map((field) => field.said)).toEqual(["number", "price", "length"]);
  });

  it("reads the person spoken to, between commas, as no thing", () => {
    expect(
      things(
        "For every order I need the customer and the total. Every order is for one customer, child, even if the whole family comes.",
      ).map(([name]) => name),
    ).toEqual(["order"]);
  });
});

describe("changes to the records", () => {
  it("takes out a field named alone, with talk after it, and puts 'one thing on X for the Y'", () => {
    expect(
      edited(
        "Customers: name, phone, area\nOrders: customer, total",
        "Take out the area, men, I know where everybody lives. And put one thing on the orders for the message on the cake, 'Happy Birthday' and all that.",
      ),
    ).toEqual([
      ["customers", ["name", "phone"]],
      ["orders", ["customer", "total", "message on the cake"]],
    ]);
  });

  it("adds a field 'in' a thing, and reads Javanese changes", () => {
    expect(edited("Customers: name, phone", "please add landmark in the customers")).toEqual([
      ["customers", ["name", "phone", "landmark"]],
    ]);
    expect(
      edited(
        "Pelanggan - jeneng, nomer HP, alamat. Pesenan - pelanggan, tanggal.",
        "Alamat pelanggan ora usah. Tambahke nomer rekening, saiki ana sing njaluk.",
      ),
    ).toEqual([
      ["pelanggan", ["jeneng", "nomer hp", "nomer rekening"]],
      ["pesenan", ["pelanggan", "tanggal"]],
    ]);
  });
});

describe("their 'no', in their words", () => {
  it("reads Scots, Tobagonian, Mauritian and Yeshivish ways of turning a thing down", () => {
    expect(said("An' the bake sale, that's nane o' oor business either.")).toEqual(["bake sale"]);
    expect(said("de kite flying is de school, not we ting.")).toEqual(["kite flying"]);
    expect(said("de rum an de music, leh dat be")).toEqual(["rum", "music"]);
    expect(said("The glass-bottom boat trips, that is the boat men, pa konsern nou.")).toEqual([
      "glass-bottom boat trips",
    ]);
    expect(said("The gift baskets my wife's cousin sells, it's not shayach to this.")).toEqual([
      "gift baskets",
    ]);
    expect(
      said("The catering, that's my brother-in-law's other business, I don't want to get involved."),
    ).toEqual(["catering"]);
  });

  it("reads Javanese and Luxembourgish ways of turning a thing down", () => {
    expect(said("Duwit parkir kuwi urusane tukang parkir, dudu urusanku.")).toEqual(["Duwit parkir"]);
    expect(said("Es teh sing tak dol ora usah dilebokke.")).toEqual(["Es teh"]);
    expect(said("D'Tombola mécht de Veräin vun de Pompjeeën, dat ass net eis Saach.")).toEqual(["Tombola"]);
    expect(said("An den Bus fir heem, dat loosse mer ewech.")).toEqual(["Bus"]);
  });

  it("turns down the thing a sentence opens on, over the act read of it", () => {
    expect(
      said("And beer, I don't sell beer, the licence people will catch me, don't put that nonsense."),
    ).toEqual(["beer"]);
    expect(said("The seat rent everybody pays to the landlord directly, that is not our matter.")).toEqual([
      "seat rent",
    ]);
  });

  it("finds no thing turned down in how firmly something is said, or in what others do instead", () => {
    expect(said("Orders close on the 15th, after that no more, no men, don't even ask.")).toEqual([]);
    expect(said("Anybody else comes and collects, I'm not sending that boy across town.")).toEqual([]);
    expect(
      said("Anybody that's no finished when the time's up loses 5 points, an' there's nae arguin' aboot it."),
    ).toEqual([]);
    expect(
      said(
        "Every boat pays $250 for the season, and dat must pay before the first race or the boat can't sail.",
      ),
    ).toEqual([]);
  });
});

describe("rules and talk", () => {
  it("keeps rules said without a verb of their own", () => {
    expect(statements("A class is the big boats, 26 feet and up.")).toHaveLength(1);
    expect(statements("Saturday there is no delivery.")).toEqual(["Saturday there is no delivery"]);
    expect(statements("There is no pickup on Sundays.")).toEqual(["There is no pickup on Sundays"]);
    expect(
      statements("At the end of the season the team with the most points is the champion."),
    ).toHaveLength(1);
    expect(statements("My oven does only 25 kilo of cake a day.")).toEqual([
      "My oven does only 25 kilo of cake a day",
    ]);
  });

  it("keeps a condition with its result when a time opens the sentence", () => {
    expect(
      statements("At month end the advance is subtracted, and if it is minus the manager gives him back."),
    ).toEqual(["At month end the advance is subtracted", "If it is minus the manager gives him back"]);
  });

  it("reads announcements, blessings and someone else's job turned down as no features", () => {
    expect(statements("See, it's like this. The cake is ₹900 a kilo.")).toEqual(["The cake is ₹900 a kilo"]);
    expect(statements("So here's how it works by us. A basic set is $55.")).toEqual(["A basic set is $55"]);
    expect(statements("God bless you, and Happy Christmas in advance!")).toEqual([]);
    expect(statements("The ball tickets at the Institute, Sheila does that, not my headache.")).toEqual([]);
  });

  it("reads a story of what went wrong, with a title's stop in it, and who builds the app as no features", () => {
    expect(
      statements(
        "Right now it all goes in a diary, and last year I forgot two orders, Mrs. Pinto's and Dr. Lobo's, and they came on Christmas Eve and I had nothing for them. I could have died of shame. So my son says he'll make me an app on the phone.",
      ),
    ).toEqual([]);
  });

  it("keeps 'every X has a Y so we know …' whole, with nothing moved around it", () => {
    expect(statements("Every job has a number so we know which one is which.")).toEqual([
      "Every job has a number so we know which one is which",
    ]);
    expect(statements("Every morning at 8 we post the list.")).toEqual([
      "Users can post the list every morning at 8",
    ]);
  });

  it("reads a walkthrough's own words in Luxembourgish as talk", () => {
    expect(
      statements("Moien, ech sinn de Jeff, President vum Club. Also, esou geet et. E Bong kascht 2,50 €."),
    ).toEqual(["E Bong kascht 2,50 €"]);
    expect(statements("Dat wier et. Merci villmools!")).toEqual([]);
  });

  it("reads today told in Javanese and Luxembourgish as background", () => {
    expect(isBackground("Saiki kabeh tak tulis nang buku tulis, tapi tulisanku elek.")).toBe(true);
    expect(isBackground("Am Moment ass alles an engem Excel-Fichier an an enger WhatsApp-Grupp.")).toBe(true);
  });
});

describe("the review", () => {
  it("takes a field off a thing when asked in Luxembourgish, with praise and thanks around it", () => {
    const state = atTheReview("Buergbrennen", "Beem: Numm, Adress, Telefon, Don\nMemberen: Numm, Virnumm");
    const { state: changed, notes } = applyChange(
      state,
      "Dat gesäit gutt aus. Just eng Saach: huelt den Telefon bei de Beem eraus, d'Adress geet duer. Merci villmools!",
    );
    expect(thingsOf(changed).map((thing) => [thing.said, thing.fields.map((field) => field.said)])).toEqual([
      ["beem", ["numm", "adress", "don"]],
      ["memberen", ["numm", "virnumm"]],
    ]);
    expect(notes.some((note) => /^Added to/.test(note))).toBe(false);
  });

  it("takes agreement that goes on to ask for a change as the change, never an approval", () => {
    expect(isAgreement("yes please")).toBe(true);
    expect(isAgreement("Looks good, thanks.")).toBe(true);
    expect(isAgreement("Looks good, thanks. Just one thing, where it says Orders, put Sets.")).toBe(false);
    expect(isAgreement("Great, but add a phone to the customers")).toBe(false);
    expect(isAgreement("Perfect, thanks, take care!")).toBe(true);
  });

  it("renames, and adds none of the thanks, the reason or the blessing around it as features", () => {
    const state = atTheReview(
      "A website where people order their sets.",
      "Customers (name, phone), Orders (customer, total)",
    );
    const { state: changed, notes } = applyChange(
      state,
      "Looks good, thanks. Just one thing, where it says Orders, put Sets. By us nobody says order, it's 'did you pick up your set yet'. Gut Yom Tov.",
    );
    expect(thingsOf(changed).map((thing) => thing.said)).toEqual(["customers", "sets"]);
    expect(notes.some((note) => /^Added to/.test(note))).toBe(false);
  });
});
