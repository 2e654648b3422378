import { describe, expect, it } from "vitest";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the sixteenth to nineteenth rounds of people the interviewer had not met wrote
 * about their records, their kind of software and their "no", and how it reads them now:
 * each case is a way of saying something, not one person's sentence only.
 */

describe("records told the way people tell them", () => {
  it("reads a field on 'pass', the house they work for, and whether it has been used", () => {
    expect(
      things(
        "Visitor codes: the code, the date, and whether it has been used. Staff passes: pass number, name, role, the house they work for, a photo and the valid until date.",
      ),
    ).toEqual([
      ["visitor codes", ["code", "date", "used"]],
      ["staff passes", ["pass number", "name", "role", "house", "photo", "valid until date"]],
    ]);
  });

  it("reads counts, kinds said before 'with', what is kept of every one, and 'that's a name and …'", () => {
    expect(
      things(
        "A range card has the card number, a name and phone if they gave us one, how many credits are on it, and whether it's blocked. The bucket sizes are small and large, with how many balls go in each and how many credits they cost. Every time a machine gives out a bucket the company calls that a vend, and I want every vend kept: which card, which dispenser, what size and the time. And the attendants, that's a name and cell number and whether they're on duty.",
      ),
    ).toEqual([
      ["vend", ["card", "dispenser", "size", "time"]],
      ["attendants", ["name", "cell number", "on duty"]],
      ["range card", ["card number", "name", "phone", "how many credits", "blocked"]],
      ["bucket size", ["how many balls", "how many credits"]],
    ]);
  });

  it("reads a thing named then said what it is, a field explained, where on another thing, and two names each", () => {
    expect(
      things(
        "Let me think how best to put it. Then the applicant, the member of the family we deal with: name, address, phone, and their language, Welsh or English, for the letters. One applicant can have several memorials, for her husband and her parents say. The book entries have the deceased, the page date, which is the day it's shown, and whether the proof has been approved. The plaques have the wall, the position on the wall, and the lease start and lease end as well.",
      ),
    ).toEqual([
      ["applicant", ["name", "address", "phone", "language"]],
      ["book entry", ["deceased", "page date", "proof approved"]],
      ["plaque", ["wall", "position", "lease start", "lease end"]],
    ]);
  });

  it("reads a system of the person's, what each is per, what each is on, what each has, and a record of its own", () => {
    expect(
      things(
        "Clients, first of all, with the name and a phone number. A client can have more than one key system, and each key system belongs to one client; a system has its system number (ours look like HK-0412), the key profile and the date it was installed. The authorised signatories are per system rather than per client, because a college might have a different person for each building, and for each one we keep the name, job title and the date they were added. Then the doors on each system, which is just a location (say 'Plant room') and the cylinder type. Each system has its key types, the codes we stamp on them, like GMK, with a short description and the doors that each one opens. Every key we cut is a record of its own: the serial number and the date it was cut.",
      ),
    ).toEqual([
      ["clients", ["name", "phone number"]],
      ["authorised signatories", ["system", "name", "job title", "date added"]],
      ["doors", ["system", "location", "cylinder type"]],
      ["key types", ["key system", "short description", "doors"]],
      ["keys", ["serial number", "date cut"]],
      ["key system", ["system number", "key profile", "date installed"]],
    ]);
  });
});

describe("the kind of software", () => {
  it("reads a crate, a package on pub.dev or PyPI and a gem as a library, beside the app it serves", () => {
    expect(
      saidKind("We are making an app for mahjong players, so we want the scoring logic in one Rust crate."),
    ).toBe("library");
    expect(
      saidKind("We are making a Flutter app, and I want the calculation as a Dart package on pub.dev."),
    ).toBe("library");
    expect(saidKind("A Ruby gem our Rails apps can share.")).toBe("library");
  });
});

describe("a 'no' said many more ways", () => {
  it("reads doing, studying, passing on, forgetting and having no place", () => {
    expect(
      said(
        "The subs and the fines for not turning up, we'll not be doing that in it, Sadie keeps all that in her wee book.",
      ),
    ).toEqual(["subs", "fines"]);
    expect(
      said(
        "Some people asking for a GPS thing to find the band on the road Carnival Tuesday, we not studying that at all.",
      ),
    ).toEqual(["GPS thing"]);
    expect(
      said(
        "The entry fees and the cook team sign-ups, we'll pass on all that, our secretary does it on paper.",
      ),
    ).toEqual(["entry fees", "cook team sign-ups"]);
    expect(said("The invoices, forget about them, Rita does them in the accounting program.")).toEqual([
      "invoices",
    ]);
    expect(
      said(
        "And the moorings in the creek are not ours, they are the government's, so they have no place in it.",
      ),
    ).toEqual(["moorings in the creek"]);
  });

  it("reads not part of the deal, not our business, a no from us, none of that stuff, and what it mustn't deal with", () => {
    expect(
      said("The uniform shop and the tuck shop, those are not part of the deal, they have their own tills."),
    ).toEqual(["uniform shop", "tuck shop"]);
    expect(
      said("Drawing the tiles, the animations, all these are the app's job, not our library's business."),
    ).toEqual(["Drawing the tiles", "animations"]);
    expect(said("Gift Aid as well, that's a no from us, qurbani doesn't count for it anyway.")).toEqual([
      "Gift Aid",
    ]);
    expect(said("none of that regatta entries stuff neither, secretary does it")).toEqual([
      "regatta entries",
    ]);
    expect(said("And it mustn't deal with the staff salaries, that is the accountant's side.")).toEqual([
      "staff salaries",
    ]);
    expect(
      said("And the fees are paid to the council's cash office, so the app needn't take any payments."),
    ).toEqual(["payments"]);
  });

  it("reads no 'no' in what other people do not use", () => {
    expect(said("Domestic staff like drivers, cooks and nannies don't use codes.")).toEqual([]);
    expect(said("Our members don't need logins.")).toEqual(["logins"]);
  });

  it("reads Urdu and Estonian", () => {
    expect(said("کھانا یعنی کیٹرنگ ہمارا کام نہیں، وہ کسٹمر خود باورچی سے کرواتا ہے۔")).toEqual([
      "کھانا یعنی کیٹرنگ",
    ]);
    expect(said("Pelleteid ja brikette me ei müü, neid pole vaja.")).toEqual(["Pelleteid", "brikette"]);
  });
});
