import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import type { InterviewState } from "../../../src/engines/guided/interview/state.js";
import { isVerbLed } from "../../../src/engines/guided/language/voice.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { findExclusions } from "../../../src/engines/guided/understanding/exclusions.js";
import { noSaidByItsShape } from "../../../src/engines/guided/understanding/negations-by-shape.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { withoutRecordLines } from "../../../src/engines/guided/understanding/things.js";
import { unreadSentences } from "../../../src/engines/guided/understanding/unsaid-kept.js";
import { atTheReview, edited, rules, said, things } from "./lesson-readers.js";

/**
 * What the fifty-ninth round of people wrote, run once unseen and tuned on once the sixtieth
 * was written to hold out, and how the interviewer reads it now, in other words than theirs.
 */

/** The keys an exclusion is matched by, for each thing a text leaves out. */
const keys = (text: string): string[][][] => findExclusions(text).map((exclusion) => exclusion.keys);

describe("records told in English", () => {
  it("reads 'Then the X, which have …' as a record, with a field said as who it goes to", () => {
    expect(
      things(
        "The members, with their name and their phone. Then the parcels, which have the sender, who the parcel is going to, the weight and delivered or not.",
      ),
    ).toEqual([
      ["members", ["name", "phone"]],
      ["parcels", ["sender", "who the parcel is going to", "weight", "delivered"]],
    ]);
  });

  it("names a record by what it is, not where it goes, and keeps a measure said in its plural", () => {
    expect(things("And the shipments to the mill, with the date, the litres and the price.")).toEqual([
      ["shipments", ["date", "litres", "price"]],
    ]);
  });

  it("keeps when something was last done, and a count of those set aside, as fields", () => {
    expect(
      things(
        "Every paddock has a name and the day it was last cut. Every harvest has the paddock, the bales and the bales thrown away.",
      ),
    ).toEqual([
      ["paddock", ["name", "day last cut"]],
      ["harvest", ["paddock", "bales", "bales thrown away"]],
    ]);
  });

  it("makes a field of each kind whose weight is kept, and keeps a field said by two values before 'and'", () => {
    expect(
      things(
        "For every catch, the date and the kilos of bream, bass and mullet. Then the rates, with the year, summer or winter and the rate a kilo.",
      ),
    ).toEqual([
      ["catch", ["date", "bream kilos", "bass kilos", "mullet kilos"]],
      ["rates", ["year", "summer or winter", "rate a kilo"]],
    ]);
    expect(things("Clients, with the name, phone or email and the address.")).toEqual([
      ["clients", ["name", "phone", "email", "address"]],
    ]);
  });

  it("reads what a family has done since a decade as no record and no feature", () => {
    expect(things("My grandparents have farmed it since the 60s.", false)).toEqual([]);
    expect(isBackground("My grandparents have farmed it since the 60s, and now it's my mum and me.")).toBe(
      true,
    );
  });
});

describe("'no's in English", () => {
  it("turns down what people ask whether we do, and only the goods in what they would be packed in", () => {
    expect(
      keys("People ask if we sell our honey in jars, we don't, the co-op does that, so leave it out."),
    ).toEqual([[["honey", "jar"]]]);
  });

  it("reads not having one's own of a thing as how the business works, nothing left out", () => {
    expect(said("We don't have our own mill, we are small farmers, so we sell to the big mill.")).toEqual([]);
  });

  it("turns down what a relative keeps, said to be theirs in the next sentence", () => {
    expect(said("My brother keeps Jersey cows. That one is my brother's, not ours.")).toEqual([
      "Jersey cows",
    ]);
  });

  it("turns down what was asked for when the next sentence says the making of it is not done", () => {
    expect(said("Some people ask us for cider, the apple one. We don't brew. Leave it.")).toEqual(["cider"]);
  });

  it("turns down what is someone else's along the way there, and what it all is named last", () => {
    expect(said("And the surf school up the beach is the neighbours', not ours.")).toEqual(["surf school"]);
    expect(
      said("Whatever we smoke for the winter is home use, that's for the table, not the shop, leave it out."),
    ).toEqual(["home use"]);
  });
});

describe("the story around the idea", () => {
  it("reads a story opened by the last time of the trade as a story, and what follows it too", () => {
    const overview =
      "We sell the fish at the quay. Last lambing two farmers with the same name got their ewes mixed up, and there was a row at the mart. One of them put it on Facebook.";
    expect(isBackground("Last lambing two farmers with the same name got their ewes mixed up.")).toBe(true);
    expect(isBackground("Last orders are at 10 and the kitchen was closed after.")).toBe(false);
    expect(isBackground("Last ferry leaves at 6, if you missed it you stay the night.")).toBe(false);
    expect(unreadSentences(overview, [])).toEqual([]);
  });

  it("reads the person building it, and people keeping each other told by hand, as no features", () => {
    expect(isTalkAboutTheTalk("So I will make a service.")).toBe(true);
    expect(isTalkAboutTheTalk("So I'm writing Mum a little tool for the laptop in the shop.")).toBe(true);
    expect(isBackground("The drivers ring each other on the phone.")).toBe(true);
  });

  it("reads a farewell with God's name as talk", () => {
    expect(splitStatements("Khuda Hafiz", { keepVerbless: true })).toEqual([]);
  });
});

describe("rules in the walkthrough", () => {
  it("keeps what happens when there is no payment with the rule before it, and reads it as read", () => {
    const walkthrough =
      "A room is held 30 minutes for card payment. If there is no payment, the room is free again.\nWe sleep 40 at most.\nKids under 5 stay free.\nBreakfast is from 7 to 10.";
    const read = rules(walkthrough);
    expect(read[0]).toBe(
      "A room is held 30 minutes for card payment; if there is no payment, the room is free again",
    );
    expect(unreadSentences(walkthrough, read, false)).toEqual([]);
  });

  it("names what 'it' is after a condition that named it", () => {
    expect(
      rules(
        "Lockers are 2 pounds a day.\nIf a locker is not emptied by 10, we clear it and keep the things a week.\nKeys go back to the desk.",
      ),
    ).toContain("If a locker is not emptied by 10, we clear the locker and keep the things a week");
    expect(
      rules("Ewes lamb in April.\nIf a ewe hasn't lambed by noon, we help it.\nLambs are tagged."),
    ).toContain("If a ewe hasn't lambed by noon, we help it");
  });

  it("keeps a rule line whose colon comes after three words whole, and a sign-up that closes as no act", () => {
    expect(
      rules(
        "- lessons mon n wed 6 to 8\n- fee is shared: hall rent + coffee, split by everyone who came, about 5 euro each\n- sign up closes friday noon\n- bring your own racket",
      ),
    ).toContain("fee is shared: hall rent + coffee, split by everyone who came, about 5 euro each");
    expect(isVerbLed("sign up closes friday noon")).toBe(false);
    expect(isVerbLed("check in is from 3 pm")).toBe(false);
    expect(isVerbLed("sign up for a session")).toBe(true);
  });
});

describe("what was listed, and told again in prose", () => {
  it("keeps no table for a thing told in prose whose fields are all a listed thing's", () => {
    const state: InterviewState = {
      ...atTheReview(
        "A service for our ferry bookings.",
        "- sailings - date, time, boat\n- bookings - sailing, passenger name, mobile number, seats\nOne booking is for one sailing.",
      ),
      mainExperience: "A boat takes 50 people.\nEvery ticket has the passenger's name and mobile number.",
    };
    expect(analyze(state).tables.map((table) => table.name)).not.toContain("tickets");
  });
});

describe("changes to the records", () => {
  it("reads a change opened by 'n' as a change of its own", () => {
    expect(
      edited(
        "members (name, phone, level), games (date, court)",
        "two things. take phone off the members. n put who invited them on the members",
      ),
    ).toEqual([
      ["members", ["name", "level", "who invited them"]],
      ["games", ["date", "court"]],
    ]);
  });

  it("reads 'put on the' written as one word in Italian and Venetian", () => {
    expect(edited("- Clienti: nome, telefono", "metti anche il nome del figlio sui clienti")).toEqual([
      ["clienti", ["nome", "telefono", "nome del figlio"]],
    ]);
    expect(
      edited(
        "- Clienti: nome, telefono",
        "Ancora una roba: metì anca el nome del fio sui clienti, parché xe lu.",
      ),
    ).toEqual([["clienti", ["nome", "telefono", "nome del fio"]]]);
  });

  it("reads Mauritian Creole 'met … lor bann …' and 'tir … lor bann …'", () => {
    expect(
      edited(
        "Sak kliyan ena enn nom, enn telefonn ek enn adres. Sak komann ena kliyan, dat ek konbien sak.",
        "Tir adres lor bann kliyan. Ek met nimero resi kliyan-la lor bann komann.",
      ),
    ).toEqual([
      ["kliyan", ["nom", "telefonn"]],
      ["komann", ["kliyan", "dat", "konbien sak", "nimero resi"]],
    ]);
  });
});

describe("a language not read word by word", () => {
  it("reads a 'no' closing on a clause opened by 'but', and the Creoles' 'pa'", () => {
    expect(noSaidByItsShape("Mio fradeo ga un bar par i turisti, ma quelo no xe roba nostra.")).toBe(
      "Mio fradeo ga un bar par i turisti",
    );
    expect(noSaidByItsShape("Mo ser vann gato bann lekol, me sa pa nou biznes.")).toBe(
      "Mo ser vann gato bann lekol",
    );
  });

  it("reads no feature in the sentences read as records by their shape", () => {
    expect(
      withoutRecordLines(
        "Sak kliyan ena enn nom, enn telefonn ek enn adres. Sak pwason ena enn nom ek enn pri. Sak komann ena kliyan, dat, pwason ek konbien kilo. Enn komann se pou enn sel kliyan.",
      ),
    ).toBe("Enn komann se pou enn sel kliyan.");
  });

  it("reads a time of the day as no thing, and a field without whose it is or for which week", () => {
    expect(things("Ogni sera a l'ora de sena se conta i piati, e quei rotti se li buta.", false)).toEqual([]);
    expect(
      things(
        "Sak kliyan ena enn nom, enn telefonn ek enn adres. Sak pwason ena enn nom ek so pri kilo pou sa semenn-la. Sak komann ena kliyan, dat, pwason ek konbien kilo.",
      ).map(([thing, fields]) => [thing, fields.slice(0, 2)]),
    ).toEqual([
      ["kliyan", ["nom", "telefonn"]],
      ["pwason", ["nom", "pri kilo"]],
      ["komann", ["kliyan", "dat"]],
    ]);
  });
});

describe("records and 'no's said in other common ways", () => {
  it("reads a list of fields brought in by 'need', 'should show', 'hold', 'there's' and slashes", () => {
    expect(things("Orders need a customer, a date and a total.")).toEqual([
      ["order", ["customer", "date", "total"]],
    ]);
    expect(things("Every booking should show the guest, the room and the nights.")).toEqual([
      ["booking", ["guest", "room", "nights"]],
    ]);
    expect(things("There's the bookings, each one with a guest, a room and the nights.")).toEqual([
      ["bookings", ["guest", "room", "nights"]],
    ]);
    expect(things("Then there are the rooms, which are just a number and a price.")).toEqual([
      ["rooms", ["number", "price"]],
    ]);
    expect(things("members - name / email / phone\nevents - date / place / host")).toEqual([
      ["members", ["name", "email", "phone"]],
      ["events", ["date", "place", "host"]],
    ]);
    expect(things("Dishes - name, price, course (starter / main / dessert)")).toEqual([
      ["dishes", ["name", "price", "course"]],
    ]);
  });

  it("reads 'we need to know' for each one, and when it was done as a date", () => {
    expect(things("For every tree we need to know the row, the variety and when it was planted.")).toEqual([
      ["tree", ["row", "variety", "date planted"]],
    ]);
  });

  it("turns down what the person is not after, what has nothing to do with them and what is someone else's", () => {
    expect(said("We're not after a booking system.")).toEqual(["booking system"]);
    expect(said("The kiosk by the gate has nothing to do with us.")).toEqual(["kiosk by the gate"]);
    expect(said("The boat is his, not ours.")).toEqual(["boat"]);
    expect(said("The boat is his, he runs the trips.")).toEqual([]);
  });
});

describe("an overview in plain English", () => {
  const overview = (text: string): string[] =>
    splitStatements(text, { keepVerbless: false, interviewInEnglish: true, overview: true });

  it("reads the software wished for as what it would do for the person", () => {
    expect(
      overview(
        "I reckon an app on my phone where I can record a delivery and print the docket would save my skin.",
      ),
    ).toEqual(["Users can record a delivery", "Users can print the docket"]);
    expect(overview("Something where I can book the hall would be a godsend.")).toEqual([
      "Users can book the hall",
    ]);
  });

  it("reads who acts when their name opens on a word that can be a verb", () => {
    expect(overview("Stall holders can pay online.")).toEqual(["Stall holders can pay online"]);
    expect(overview("Stall holders pay us £20 a month.")).toEqual(["Stall holders pay us £20 a month"]);
    expect(overview("Book rooms and pay online.")).toEqual(["Users can book rooms", "Users can pay online"]);
  });

  it("reads a hope about the telling, time lost today and someone handy with computers as no features", () => {
    expect(overview("Hope that makes sense!")).toEqual([]);
    expect(isBackground("We spend every Monday night chasing payments.")).toBe(true);
    expect(
      isTalkAboutTheTalk("My niece is great with computers and says she can put something together."),
    ).toBe(true);
  });
});

describe("records, 'no's and kinds said loosely", () => {
  it("reads records said as what there would be, what one is, a list of them, and what kinds there are", () => {
    expect(
      things(
        "So there'd be tenants, and for each one I'd want the name and a phone number. A repair is a tenant with a problem, so the tenant, the problem, the day it was reported and if it's fixed. We also keep a list of plumbers with their name and their rate.",
      ),
    ).toEqual([
      ["tenants", ["name", "phone number"]],
      ["repair", ["tenant", "problem", "day reported", "fixed"]],
      ["plumber", ["name", "rate"]],
    ]);
    expect(
      things("There are three kinds of things: hives, sites and harvests. A hive has a number and a site."),
    ).toEqual([["hive", ["number", "site"]]]);
    expect(
      things("I want to keep track of my bikes - frame number, when I last serviced it and where it is."),
    ).toEqual([["bikes", ["frame number", "date last serviced", "where it is"]]]);
  });

  it("names a field by what the person did with it, and by what it has", () => {
    expect(
      things("Quotes: the customer, the date I went, the price I quoted and whether they've got a dog."),
    ).toEqual([["quotes", ["customer", "date went", "price quoted", "dog"]]]);
  });

  it("turns down what someone else does with a 'but' and no comma, what the person can't be bothered with, and what is skipped entirely", () => {
    expect(said("There's also the raffle but Gwen does that on paper, so leave it.")).toEqual(["raffle"]);
    expect(said("People keep asking for gift cards but honestly I can't be bothered.")).toEqual([
      "gift cards",
    ]);
    expect(said("Skip stock entirely.")).toEqual(["stock"]);
  });

  it("reads the kind of software from an app for the people's phones or tablets, a script run by hand, and an API an app talks to", () => {
    expect(saidKind("We want an app for our phones so the drivers can log each drop.")).toBe("mobile app");
    expect(saidKind("An app on the tablet at the till.")).toBe("mobile app");
    expect(saidKind("A small script I can run after each race.")).toBe("command-line tool");
    expect(saidKind("A JSON API that the web app calls.")).toBe("api service");
    expect(saidKind("A phone app that talks to our JSON API.")).toBe("mobile app");
  });
});
