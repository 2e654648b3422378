import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import {
  atTheReview,
  edited,
  features,
  rules,
  said,
  things,
  walkedThrough,
  wishes,
} from "./lesson-readers.js";

/**
 * What the sixty-first round of people wrote, run once unseen and tuned on once the sixty-second
 * was written to hold out, and how the interviewer reads it now, in other words than theirs.
 */

describe("records", () => {
  it("reads the things there are, each one with its fields, a stretch of time among them in the plural", () => {
    expect(
      things(
        "First off there's the classes, each one with its dates, who's running it, me or Sam, and how many seats are left.",
      ),
    ).toEqual([["classes", ["dates", "who's running it", "how many seats are left"]]]);
  });

  it("reads who comes, named before what is kept of them, and no thing in 'one order's one buyer'", () => {
    expect(
      things(
        "Then the children that come, we want their name, their school and their age. One order's one buyer on one day.",
      ),
    ).toEqual([["children", ["name", "school", "age"]]]);
  });

  it("reads counts without who brings them or what happened to them, and a price for each unit", () => {
    expect(things("Every market day has the date and how many crates Sam is bringing in.", false)).toEqual([
      ["market day", ["date", "how many crates"]],
    ]);
    expect(things("A hatching has the date, the shed and how many chicks got a ring.", false)).toEqual([
      ["hatching", ["date", "shed", "how many chicks"]],
    ]);
    expect(things("A sale has the date, the weight and the price a kilo.", false)).toEqual([
      ["sale", ["date", "weight", "price a kilo"]],
    ]);
  });

  it("reads fields said as the questions a record answers, in a sentence of what it has", () => {
    expect(things("A lesson has the date, how many came and who taught it.", false)).toEqual([
      ["lesson", ["date", "how many came", "who taught it"]],
    ]);
    expect(
      things("A parcel has the date, what was in it, how much it cost and whether it's paid.", false),
    ).toEqual([["parcel", ["date", "what was in it", "how much it cost", "paid"]]]);
    expect(things("Each hive has a number, where it is and how strong it is.", false)).toEqual([
      ["hive", ["number", "where it is", "how strong"]],
    ]);
    expect(things("A member has a name and if they've paid this year.", false)).toEqual([
      ["member", ["name", "paid"]],
    ]);
  });

  it("reads things under a heading, one set off between dashes, and what someone ordered as asked", () => {
    expect(things("Things to keep: vans (reg, driver), jobs (van, date, address).")).toEqual([
      ["vans", ["reg", "driver"]],
      ["jobs", ["van", "date", "address"]],
    ]);
    expect(
      things(
        "The important stuff is the pupils - their name, age, and grade - and the lessons, which have a date and a teacher.",
      ),
    ).toEqual([
      ["pupils", ["name", "age", "grade"]],
      ["lesson", ["date", "teacher"]],
    ]);
    expect(things("Orders: who ordered, what they ordered, and if they've paid.")).toEqual([
      ["orders", ["who ordered", "what they ordered", "paid"]],
    ]);
  });

  it("reads a sum worked out as a field, or as no record on a line of its own", () => {
    expect(things("Bills: table, date, and total = food + drinks + service.")).toEqual([
      ["bills", ["table", "date", "total"]],
    ]);
    expect(things("Bills: table, date.\ntotal = food + drinks + service")).toEqual([
      ["bills", ["table", "date"]],
    ]);
  });

  it("reads the examples of what someone wants as no fields", () => {
    expect(
      things(
        "And the cakes, that's the buyer, the day, paid or not and what they want written on it, a name, a number, a little heart, whatever they like.",
      ),
    ).toEqual([["cakes", ["buyer", "day", "paid", "what they want written on it"]]]);
  });

  it("reads a record said with Ligurian's 'has', and a yes or no said with both its answers", () => {
    expect(things("Ògni barca a l'à un nomme, un porto, o patron e assicuâ sci ò no.", false)).toEqual([
      ["barca", ["nomme", "porto", "patron", "assicuâ"]],
    ]);
  });
});

describe("'no's", () => {
  it("turns down whose end of the trade a thing is, and what the person's trade is not", () => {
    expect(
      said("The honey goes to the co-op every autumn, that's my sister's end of it, not ours."),
    ).toContain("honey");
    expect(
      said(
        "We do the tours. And people are always asking if we'll bake a cake for their party, we're not bakers, cross that off.",
      ),
    ).toContain("bake a cake");
  });

  it("turns down a thing named as someone's thing and not the software's, and two words ending in a plural", () => {
    // (Whose they are, said again by the "no", is no part of the trips.)
    expect(said("dads boat trips on the bay, dads thing not the app's. boat charters, skip those")).toEqual([
      "boat trips on the bay",
      "boat charters",
    ]);
    expect(said("The coffee cart by the gate is Nadia's business, not ours.")).toEqual([
      "coffee cart by the gate",
    ]);
  });

  it("turns down what others ask for when the person answers only 'we don't'", () => {
    expect(said("Some people want us to do birthday parties, but we don't.")).toEqual(["birthday parties"]);
    expect(said("Guests keep asking for packed lunches, but we don't want the hassle.")).toEqual([
      "packed lunches",
    ]);
    expect(said("Members pay monthly, but we don't.")).toEqual([]);
  });

  it("turns down what people ask to buy when the person does not sell it, and what they ask for with something", () => {
    expect(said("Some guests ask to buy fishing rods from us. We don't sell rods.")).toContain(
      "fishing rods",
    );
    expect(said("Tourists ask for boat rides with the seals. We do not do tours.")).toContain("boat rides");
  });

  it("turns down what someone does for a party as what they would do, without who is sent", () => {
    expect(
      said(
        "We rent the hall. Families keep asking if we'll send someone to do the balloons at the party, we don't do that.",
      ),
    ).toContain("balloons");
  });

  it("turns down what is not ours, said in Assamese and in Ligurian", () => {
    expect(said("মোৰ ভনীয়ে পিঠা বনাই বজাৰত বিক্ৰী কৰে, এইটো আমাৰ কাম নহয়।")).toEqual(["পিঠা"]);
    expect(said("E i turisti ne domandan e gite, ma noiâtri no-e femmo.")).toEqual(["gite"]);
    expect(said("E i clienti ne domandan o pan de casa, ma quello no l'é roba nòstra.")).toEqual(["pan"]);
  });

  it("takes a thing out at the review with the rules that price it", () => {
    const state = {
      ...walkedThrough(
        "A website for our candle shop.",
        "Candles are $12 each.\nEmbossing a name is $4 a candle.\nWe post on Mondays.",
      ),
      manages: "Orders: customer, candle, date",
      thingsConfirmed: true,
    };
    const changed = applyChange(state, "Looks good. Take the embossing out, the press broke.").state;
    expect(features(state).filter((feature) => /embossing/i.test(feature)).length).toBeGreaterThan(0);
    expect(features(changed).filter((feature) => /embossing/i.test(feature))).toEqual([]);
  });
});

describe("rules told a line at a time", () => {
  const walkthrough = [
    "Our rules.",
    "A small tent is $20 a night. A big tent is $35 a night. Firewood is included.",
    "The bus leaves the gate at 7. Every day but Friday.",
    "Monday is the lake walk. Wednesday is the ridge. Saturday is the market.",
    "No glass by the pool.",
    "The farm pays by the crate. Apples and pears have different prices.",
    "Half is paid when booking. The rest in cash on arrival.",
  ].join("\n");

  it("keeps a line of three read sentences, a verbless piece or a timetable as one rule", () => {
    expect(rules(walkthrough)).toEqual([
      "A small tent is $20 a night. A big tent is $35 a night. Firewood is included",
      "The bus leaves the gate at 7. Every day but Friday",
      "Monday is the lake walk. Wednesday is the ridge. Saturday is the market",
      "No glass by the pool",
      "The farm pays by the crate. Apples and pears have different prices",
      "Half is paid when booking. The rest in cash on arrival",
    ]);
  });

  it("keeps what is done and what follows from it, told to 'you', as one rule", () => {
    expect(rules("Book two weeks ahead and you get 10% off.")).toEqual([
      "If you book two weeks ahead, you get 10% off",
    ]);
    expect(rules("Quiet from half past ten.")).toEqual(["Quiet from half past ten"]);
  });

  it("keeps a setting that ends on 'and' whole, and what 'we do' and 'we open' before a plural", () => {
    expect(rules("When they come in they hang up their coats and we hand them a towel.")).toEqual([
      "When they come in they hang up their coats and we hand them a towel",
    ]);
    expect(rules("So people ring and book a court, we do mornings and evenings, two hours each.")).toEqual([
      "Users can ring and book a court",
      "Users can do mornings and evenings, two hours each",
    ]);
    expect(rules("We do lessons Tuesday to Friday from 4 to 8.")).toEqual([
      "We do lessons Tuesday to Friday from 4 to 8",
    ]);
  });

  it("reads a list of the same thing's kinds as a list, whatever verb a kind could be", () => {
    expect(rules("Twice a year we sell geese, spring geese for Easter and fall geese in November.")).toEqual([
      "Twice a year we sell geese, spring geese for Easter and fall geese in November",
    ]);
  });

  it("reads who builds it, the telling announced with an aside, and a closing as talk", () => {
    expect(
      isTalkAboutTheTalk(
        "Tomas does computers at the college and he says he'll make us an app, so here we are",
      ),
    ).toBe(true);
    expect(
      isTalkAboutTheTalk(
        "My nephew is at the college for computers and he says he can make us a website where people can book and pay",
      ),
    ).toBe(false);
    expect(
      isTalkAboutTheTalk("Well, I'll tell you how we do it, and you'll have to be patient with me"),
    ).toBe(true);
    expect(isTalkAboutTheTalk("That's me done.")).toBe(true);
    expect(isTalkAboutTheTalk("Mahalo, and thank you.")).toBe(true);
  });

  it("reads the rules announced as whose they are as talk", () => {
    expect(isTalkAboutTheTalk("These are my mother's rules, she's kept them for twenty years:")).toBe(true);
    expect(isTalkAboutTheTalk("These rules are strict about dogs.")).toBe(false);
  });
});

describe("the story and the trade told around the idea", () => {
  it("reads a story opened by the week before a holiday last year, and what goes on with it", () => {
    expect(
      wishes(
        "The week before Christmas last year I'd sold the same table twice, and a couple drove up from Leeds for nothing. They didn't speak to me for a month. I'd like an app for the bookings.",
      ),
    ).toEqual(wishes("I'd like an app for the bookings."));
    expect(isBackground("Before Easter he quoted a shop for 80 boxes and forgot the postage.")).toBe(true);
    expect(
      wishes(
        "Before Easter he forgot the postage on a big order. My aunt still talks about it. We want a simple price list.",
      ),
    ).toEqual(wishes("We want a simple price list."));
  });

  it("reads a German story told in the perfect after the month, Bavarian too, as background", () => {
    expect(isBackground("Im Oktober habe ich zwei Tische doppelt vergeben.")).toBe(true);
    expect(isBackground("Im Oktoba hob i zwoa Tisch doppelt vagebn.")).toBe(true);
    expect(isBackground("Im Oktober brauchen wir mehr Tische.")).toBe(false);
  });

  it("keeps the family's trade, told with when and to whom, in the overview", () => {
    expect(
      wishes(
        "My uncle Pete still runs the farm out there, with his son. Every spring we sell honey, heather honey for the fairs and clover honey for the shops, to the shops in Perth and Dundee, and online. My wife has kept bees since her grandfather's day.",
      ),
    ).toEqual([]);
  });

  it("reads the person naming themselves without 'I'm' as background", () => {
    expect(isBackground("Moira Flett, from Stromness, on the mainland of Orkney.")).toBe(true);
    expect(isBackground("jo, dev in wellington, I do the tech for the club")).toBe(true);
    expect(isBackground("Saturday Market, from May, sells plants.")).toBe(false);
  });

  it("reads who keeps the books today as background", () => {
    expect(isBackground("My husband keeps the books.")).toBe(true);
    expect(isBackground("Our accountant does the paperwork at the end of the year.")).toBe(true);
    expect(isBackground("My husband wants to keep the books in the app.")).toBe(false);
  });

  it("reads where the customers come from and the channel they send on as who they are and today's way", () => {
    expect(isBackground("Walkers come from Germany, Japan and Canada.")).toBe(true);
    expect(isBackground("The walkers send WhatsApp messages.")).toBe(true);
    expect(isBackground("Walkers come from the car park.")).toBe(false);
  });

  it("reads an Assamese overview a sentence at a time, its 'now' and its story as background", () => {
    const overview = "নমস্কাৰ! মোৰ নাম ৰীতা। এতিয়া মই সকলো এখন খাতাত লিখোঁ। মোক এটা এপ লাগে, য'ত অৰ্ডাৰ লিখিব পাৰিম।";
    const read = wishes(overview);
    expect(read.some((statement) => statement.includes("খাতা"))).toBe(false);
    expect(read.length).toBeGreaterThan(0);
  });
});

describe("the kind of software", () => {
  it("reads a phone, a service called by others and a shop's computer said in other words", () => {
    expect(saidKind("Something the porters can use on their phones up at the hut.")).toBe("mobile app");
    expect(saidKind("An app the couriers use on their phones.")).toBe("mobile app");
    expect(saidKind("A website the members open on their phones.")).toBe("web app");
    expect(saidKind("A small service the hotels' booking pages can call.")).toBe("api service");
    expect(saidKind("Something for the bakery's till computer, Windows.")).toBe("desktop app");
    expect(saidKind("A spreadsheet replacement for the treasurer's laptop.")).toBe("desktop app");
    expect(saidKind("Something for the bakery's till computer, Windows.", { leaning: false })).toBeNull();
  });
});

describe("changes", () => {
  it("reads a change brought up as forgotten, with an apology, with 'lose', or a field's name in quotes", () => {
    const listed = "Guests: name, phone. Rooms: number, price.";
    expect(edited(listed, "I forgot: the rooms need a floor.")).toEqual([
      ["guests", ["name", "phone"]],
      ["rooms", ["number", "price", "floor"]],
    ]);
    expect(edited(listed, "And the guests want an email too, sorry.")).toEqual([
      ["guests", ["name", "phone", "email"]],
      ["rooms", ["number", "price"]],
    ]);
    expect(edited(listed, "Lose the phone on guests.")).toEqual([
      ["guests", ["name"]],
      ["rooms", ["number", "price"]],
    ]);
    expect(edited(listed, "Can you add a 'sea view' column to rooms?")).toEqual([
      ["guests", ["name", "phone"]],
      ["rooms", ["number", "price", "sea view"]],
    ]);
  });

  it("reads a field put on a record in Assamese", () => {
    const state = atTheReview("এটা নাওৰ এপ।", "যাত্ৰা: তাৰিখ, সময়");
    const changed = applyChange(state, "বৰ ভাল। এটা কথা: যাত্ৰাত ভাড়াটোও দিব।").state;
    expect(analyze(changed).tables.flatMap((table) => table.fields)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ভাড়া /)]),
    );
  });
});
