import { describe, expect, it } from "vitest";
import { speaksOfWorkingTogether } from "../../../src/engines/guided/interview/questions.js";
import { applyReply } from "../../../src/engines/guided/interview/replies.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { plainHedges } from "../../../src/engines/guided/understanding/hedges.js";
import { isEnglish } from "../../../src/engines/guided/understanding/language.js";
import { kindByBorrowedWords } from "../../../src/engines/guided/understanding/software-kind.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { edited, rules, said, things, wishes, wishesElsewhere } from "./lesson-readers.js";

/**
 * What the sixty-eighth round of people wrote, run once unseen and tuned on once the
 * sixty-ninth was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

describe("records", () => {
  it("reads the things brought in with 'there's', then what 'we'd want' of each", () => {
    expect(things("There's the members, we'd want their name, email, town and paid or not.")).toEqual([
      ["members", ["name", "email", "town", "paid"]],
    ]);
  });

  it("reads 'and the boats, each one with …' as the boats' fields", () => {
    expect(things("And the boats, each one with the name, who skippers it and how many berths.")).toEqual([
      ["boats", ["name", "who skippers it", "how many berths"]],
    ]);
  });

  it("reads a count the person cannot put a number to, or gives as two numbers, as many", () => {
    expect(plainHedges("A van does I dunno how many runs a week.")).toBe("A van does many runs a week.");
    expect(
      things(
        "Courts have a number. A game is for the one court, and a court would have eight or nine games in an evening.",
      ),
    ).toEqual([
      ["court", ["number"]],
      ["game", ["court"]],
    ]);
  });

  it("keeps two values after a field of when as a field of their own, unless they are times", () => {
    expect(things("Bookings: the customer, the day, the time, single or double, and paid or not.")).toEqual([
      ["bookings", ["customer", "day", "time", "single or double", "paid"]],
    ]);
    expect(things("Bookings: the customer, the time, morning or afternoon, and paid or not.")).toEqual([
      ["bookings", ["customer", "time", "paid"]],
    ]);
  });

  it("reads 'no' after a word of a list as its number", () => {
    expect(things("lambs (ewe, date, tag no, sold or kept)")).toEqual([
      ["lambs", ["ewe", "date", "tag number", "sold or kept"]],
    ]);
  });

  it("reads who orders from the person how often as no thing", () => {
    expect(
      things(
        "Every club's got a name and a phone number. One booking's for one club, and the clubs order from us every month.",
      ),
    ).toEqual([
      ["club", ["name", "phone number"]],
      ["booking", ["club"]],
    ]);
  });

  it("reads Swabian records: 'hot' for has, 'ond' for and, and the articles written onto the word", () => {
    expect(
      things(
        "Jeder Gascht hot en Nama, 's Zemmer ond bezahlt oder ned. Ond jede Buchung hot d'Gascht ond 's Datum.",
      ),
    ).toEqual([
      ["gascht", ["nama", "zemmer", "bezahlt"]],
      ["buchung", ["gascht", "datum"]],
    ]);
    // "Koiner hot gstreut" (nobody gritted): nobody is no thing that has anything.
    expect(things("Jede Woch hot 's Datum ond d'Partei. Koiner hot gstreut.")).toEqual([
      ["woch", ["datum", "partei"]],
    ]);
  });
});

describe("'no's", () => {
  it("reads 'that's his business', said alone, and what someone named does", () => {
    expect(said("My cousin does weddings, that's his business.")).toEqual(["weddings"]);
    expect(said("Tariq does deliveries, that's his business.")).toEqual(["deliveries"]);
    expect(said("my sister sells eggs at the gate, her deal.")).toEqual(["eggs"]);
  });

  it("reads a man and van as a trade, and the work named again with 'and that'", () => {
    expect(
      said(
        "Our Kev does a man and van, clearances and that, that's his business, nothing to do with the shop.",
      ),
    ).toEqual(["man and van", "clearances"]);
  });

  it("reads what others keep on at the person to do as the thing, not who presses", () => {
    expect(said("The parish keep on at us to run a minibus, we don't, so leave that out.")).toEqual([
      "minibus",
    ]);
  });

  it("reads where a relative takes visitors, and a 'no' of a dozen words pointing back at it", () => {
    expect(
      said(
        "My brother takes visitors on his boat to see the seals. That one is my brother's own thing, not for the club.",
      ),
    ).toEqual(["seals"]);
  });

  it("reads Swabian and Samoan 'no's and what each points back at", () => {
    expect(
      said("D'Wäsch macht d'Nochbere, des isch ihr Sach, ned onsere. Ond d'Parkplätz, die lasset bloß weg."),
    ).toEqual(["Wäsch", "Parkplätz"]);
    expect(
      said(
        "E iai le faleoloa a lo'u tuafafine, ae e le o se pisinisi a matou. Ma e fesili mai nisi pe matou te faia ni keke, aua le tu'uina lena.",
      ),
    ).toEqual(["faleoloa", "keke"]);
  });
});

describe("story and talk", () => {
  it("reads whose the business was before, and prices worked out from memory, as background", () => {
    expect(
      isBackground("Three boats, me and my son and one other skipper, and it was my mum's before us."),
    ).toBe(true);
    expect(isBackground("Dad gives the prices from his ledger and from his head.")).toBe(true);
  });

  it("reads what the family does in its trade, once named, as no feature", () => {
    expect(
      wishes(
        "My dad and my uncles are crabbers from the bay. Every summer they go out before dawn and they pull the pots. I want a list of the catches.",
      ),
    ).toEqual(["Users can get a list of the catches"]);
  });

  it("reads a child called by name after 'our', who studies computing and will build it, as talk", () => {
    expect(
      wishes(
        "Our Ciara's doing computing at the college and she says she'll make us a proper program, so we can see the rota in one place.",
      ),
    ).toEqual(["Users can see the rota in one place"]);
    expect(isTalkAboutTheTalk("Dhonnobad.")).toBe(true);
  });

  it("reads Swabian and Samoan greetings, stories, who builds it and thanks as no features", () => {
    expect(
      wishesElsewhere(
        "Hallo mitnand! I bin dr Karl Maier aus Esslinga. Letzts Johr hot koiner gstreut. D'Frau Maier isch nagfalla. Mei Enkele studiert Informatik, ond der macht mr a Programm. Ade mitnand, ond merci!",
      ),
    ).toEqual([]);
    expect(
      wishesElsewhere(
        "Talofa lava outou uma! O lo'u igoa o Sina, mai Apia. I le tausaga ua te'a, na oka mai e se aiga le 50 taga. Na telefoni mai le faife'au. Ma le mā! O mea uma na. Fa'afetai tele lava, ia manuia!",
      ),
    ).toEqual([]);
  });
});

describe("the walkthrough, the kind and the review", () => {
  it("keeps a line of two sentences, up to forty-five words, as one rule", () => {
    const told = [
      "Here's how it runs.",
      "Nobody crosses the ford when the river's up. After heavy rain that's from the first flood warning to a full day after, so no trips over the water in that time, and the levels come off the gauge by the bridge every single morning.",
      "School runs have to be booked a week ahead. Harlow's £40, Epping's £30, and that's each way.",
      "The station is £12, day or night.",
      "Sundays everything's time and a half.",
      "Dogs ride free if they sit on the floor.",
    ].join("\n\n");
    expect(rules(told)[0]).toMatch(
      /^Nobody crosses the ford when the river's up\. After heavy rain .* every single morning$/,
    );
  });

  it("keeps a rule of two words between two others of a walkthrough in another language", () => {
    expect(
      rules(
        "Mitemo yedu ndeiyi:\nTinotengesa mazai ehuku dzedu chete.\nHatishandi paSvondo.\nMazai 30 anodhura $5 kuMutare.\nNdatenda.",
      ),
    ).toEqual([
      "Tinotengesa mazai ehuku dzedu chete",
      "Hatishandi paSvondo",
      "Mazai 30 anodhura $5 kuMutare",
    ]);
  });

  it("reads a text in a language whose small words are unknown, most of its words unknown to English, as not English", () => {
    expect(
      isEnglish(
        "Ngifuna uhlelo lokubhalisa amalungu eqembu lethu lebhola, nemali abayikhokhayo njalo ngenyanga.",
      ),
    ).toBe(false);
    // English as it is typed, its words spelt short, is English still.
    expect(
      isEnglish("thats it, ppl gonna order online n pay cash when they pick up their stuff from the shop"),
    ).toBe(true);
  });

  it("reads a Swabian answer to the kind as Swabian, a program for the computer", () => {
    expect(isEnglish("A Programm für mei Rechner dahoim, ohne Internet")).toBe(false);
    expect(kindByBorrowedWords("A Programm für mei Rechner dahoim, ohne Internet")).toBe("desktop app");
  });

  it("reads Swabian and Samoan changes to the records, a thing named in its plural", () => {
    expect(
      edited(
        "Jede Woch hot 's Datum ond d'Partei.",
        "Oi Sach no: schreibet bei de Wocha no na, ob's grägnet hot.",
      ),
    ).toEqual([["woch", ["datum", "partei", "ob's grägnet hot"]]]);
    expect(
      edited(
        "Tagata: igoa, telefoni, nu'u\nOka: tagata, aso",
        "Fa'amolemole, sui ni mea se lua: ave'ese le nu'u mai tagata. Ma fa'aopoopo le tau i le oka.",
      ),
    ).toEqual([
      ["tagata", ["igoa", "telefoni"]],
      ["oka", ["tagata", "aso", "tau"]],
    ]);
  });

  it("reads some seeing everything and others less as roles, and a family's business as no sharing", () => {
    const accounts = (answer: string) =>
      applyReply({ step: "features-accounts", question: null, subject: null }, initialState(), {
        text: answer,
        answers: null,
        attachments: [],
      }).state.accounts;
    expect(
      accounts(
        "Me and Dee see everything and the takings. The lads on the till see the orders, not the takings.",
      ),
    ).toBe("roles");
    expect(
      speaksOfWorkingTogether("Me and my brother run our family's bakery on Main Street.", "email"),
    ).toBe(false);
  });
});
