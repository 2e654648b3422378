import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { changeSaidElsewhere } from "../../../src/engines/guided/design/changes-elsewhere.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the fifty-fifth round of people wrote, run once unseen and tuned on once the
 * fifty-sixth was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

/** The features of a library whose person walked through its rules, after any changes at the review. */
const libraryFeatures = (walkthrough: string, ...changes: string[]): string[] => {
  let state = {
    ...initialState(),
    overview: ["A library that prices the fish we buy."],
    kind: "library" as const,
    mode: "quick" as const,
    techApproach: "defaults" as const,
    storesData: false,
    accounts: "none" as const,
    mainExperience: walkthrough,
  };
  for (const change of changes) state = applyChange(state, change).state as typeof state;
  return analyze(state).categories.flatMap((category) => category.features);
};

describe("Chichewa, as it is written in Malawi", () => {
  it("reads 'X aliyense ali ndi …' as a record, 'its' no part of a field, and 'one X has one Y' as no thing", () => {
    expect(
      things(
        "Mlimi aliyense ali ndi dzina, nambala ya foni ndi munda wake. Nkhumba iliyonse ili ndi nambala, mtundu ndi mwini wake. Nkhumba imodzi ili ndi mwini mmodzi, ndipo mlimi mmodzi akhoza kukhala ndi nkhumba zambiri.",
      ),
    ).toEqual([
      ["mlimi", ["dzina", "nambala ya foni", "munda"]],
      ["nkhumba", ["nambala", "mtundu", "mwini"]],
    ]);
  });

  it("takes a field off one thing and puts one on another, the plural 'ma-' no part of its name", () => {
    expect(changeSaidElsewhere("Chotsani munda pa mamlimi.")).toBe("take the munda off the mlimi");
    expect(changeSaidElsewhere("Ndipo onjezani tsiku lobadwa pa nkhumba iliyonse.")).toBe(
      "put the tsiku lobadwa on the nkhumba",
    );
  });

  it("reads its 'no's, its talk and its 'now'", () => {
    expect(said("Mbatata ndi za gulu lina, si zathu, musaziike.")).toEqual(["Mbatata"]);
    for (const talk of ["Moni nonse!", "Dzina langa ndine Grace Banda.", "Ndi zomwezo.", "Zikomo kwambiri!"])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Panopa zonse zimalembedwa pa pepala.")).toBe(true);
  });
});

describe("Sundanese, as it is written in West Java", () => {
  it("reads a program for the computer as a desktop app, and fields said 'atanapi teu acan'", () => {
    expect(saidKind("Program kanggo komputer di toko, tanpa internét.")).toBe("desktop app");
    expect(things("- Pesenan: nu mésér, tanggal, lunas atanapi teu acan, dikirim atanapi henteu")).toEqual([
      ["pesenan", ["nu mésér", "tanggal", "lunas", "dikirim"]],
    ]);
  });

  it("puts a field on a thing at the review, and reads its 'no's, its talk and its 'now'", () => {
    expect(changeSaidElsewhere("Hiji deui, punten, tambihan nomer HP dina pesenan, supados gampil.")).toBe(
      "put the nomer HP on the pesenan",
    );
    expect(said("Kurupuk mah sanés urusan urang.")).toEqual(["Kurupuk"]);
    expect(said("Sareng ongkir, seueur nu naroskeun, henteu, ulah dilebetkeun.")).toEqual(["ongkir"]);
    for (const talk of ["Sampurasun!", "Nami abdi Asep Sunandar.", "Sakitu wé.", "Hatur nuhun pisan!"])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
    expect(isBackground("Ayeuna sadaya pesenan dicatet dina buku.")).toBe(true);
    expect(isBackground("Taun kamari aya dua pesenan anu sami.")).toBe(true);
  });
});

describe("records", () => {
  it("reads 'Then the X, which …' and 'For each X, …' with a field said by its values after an email", () => {
    expect(
      things(
        "For each guest, the name, the phone, the email, and walk-in or booked. Then the stays, which guest, which room, which night, and paid or not.",
      ),
    ).toEqual([
      ["guest", ["name", "phone", "email", "walk-in or booked"]],
      ["stays", ["guest", "room", "night", "paid"]],
    ]);
  });

  it("reads 'also a photo', 'a town or village', a count of what is inside, and keeps colours out", () => {
    expect(things("For each horse we need a name and the age, and also a photo.")).toEqual([
      ["horse", ["name", "age", "photo"]],
    ]);
    expect(
      things(
        "Every farm has a name, a town or village and a phone. Every trailer has the date and how many bales are inside.",
      ),
    ).toEqual([
      ["farm", ["name", "town or village", "phone"]],
      ["trailer", ["date", "how many bales"]],
    ]);
    expect(
      things("Boats (name, colour, length). Our boats are blue for the river, green for the lake."),
    ).toEqual([["boats", ["name", "colour", "length"]]]);
  });
});

describe("what others ask for, and a 'no' to it", () => {
  it("keeps what customers ask for out of the features when a 'no' follows, a clause or two later", () => {
    expect(
      splitStatements(
        "Some customers ask to buy fishing bait from us, but we do not sell bait. People ask if we sell ice in bags, the garage does that, not us.",
        { keepVerbless: false },
      ),
    ).toEqual([]);
  });

  it("reads 'no time for this' after what was asked, and another part of the system doing it", () => {
    expect(
      said(
        "Also tourists ask for a cooking class, to learn it themselves. No, my mother has no time for this.",
      ),
    ).toEqual(["cooking class"]);
    expect(said("And the payment by card, the app does that, not the library.")).toEqual(["payment by card"]);
  });
});

describe("the walkthrough of rules", () => {
  it("keeps numbered rules one to a line, and a line nothing was read of", () => {
    expect(
      splitStatements(
        "So, the rules:\n1. The port sets the base price every Monday, and the library receives it.\n2. Under 2 kilos we don't buy, the library must say rejected.\n3. The fee the fisher pays to the harbour himself, not us.",
        { keepVerbless: false, houseRules: true },
      ),
    ).toEqual([
      "The port sets the base price every Monday, and the library receives it",
      "Under 2 kilos we don't buy, the library must say rejected",
      "The fee the fisher pays to the harbour himself, not us",
    ]);
  });

  it("keeps a house rule whatever complaint it gives as its reason, and removes a rule with why said after it", () => {
    const features = libraryFeatures(
      "We cannot buy from boats abroad, they ask all the time but it is impossible with the customs, so no.\nThe cooperative gets 2 cents per kilo, shown apart on the slip.",
      "Good. One thing: take out the 2 cents for the cooperative, the manager says the office pays them.",
    );
    expect(features.join("\n")).toMatch(/We cannot buy from boats abroad/);
    expect(features.join("\n")).not.toMatch(/cooperative/);
  });
});

describe("today, the review and the search", () => {
  it("reads 'rn …' and writing on Messenger as today, and 'One more thing ah, put …' at the review", () => {
    expect(isBackground("rn bookings come by instagram n my cousin keeps a sheet.")).toBe(true);
    expect(isBackground("Customers write to him on Facebook Messenger.")).toBe(true);
    const state = {
      ...initialState(),
      overview: ["We rent kayaks."],
      kind: "web app" as const,
      mode: "quick" as const,
      techApproach: "defaults" as const,
      storesData: true,
      accounts: "none" as const,
      manages: "Rentals (renter, date, kayak).",
      thingsConfirmed: true,
    };
    const after = applyChange(state, "One more thing ah, put the deposit amount on the rentals.").state;
    expect(
      analyze(after)
        .tables.find((table) => table.name === "rentals")
        ?.fields.join(" "),
    ).toMatch(/deposit_amount/);
  });

  it("filters by neither a name nor a phone", () => {
    const analysis = analyze({
      ...initialState(),
      overview: ["We rent kayaks."],
      kind: "web app",
      mode: "quick",
      techApproach: "defaults",
      storesData: true,
      accounts: "none",
      search: "filters",
      manages: "- Nu nyéwa: nami, nomer WA, kota\n- Sewaan: nu nyéwa, tanggal",
      thingsConfirmed: true,
    });
    const filter = analysis.categories.flatMap((category) => category.features).find((f) => /filter/.test(f));
    expect(filter).toMatch(/kota/);
    expect(filter).not.toMatch(/nami|nomer/);
  });
});
