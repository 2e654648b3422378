import { describe, expect, it } from "vitest";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isVerbLed } from "../../../src/engines/guided/language/voice.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { withTopicsPlaced } from "../../../src/engines/guided/understanding/topics.js";
import {
  atTheReview,
  edited,
  features,
  rules,
  said,
  things,
  walkedThrough,
  wishes,
  wishesElsewhere,
} from "./lesson-readers.js";

/**
 * What the sixty-second round of people wrote, run once unseen and tuned on once the sixty-third
 * was written to hold out, and how the interviewer reads it now, in other words than theirs.
 */

describe("records", () => {
  it("reads a count of what a thing has got, and goes on past what the person says of a field", () => {
    expect(
      things(
        "There's the boats, each with a name, we name them after the saints, and how many berths it's got.",
      ),
    ).toEqual([["boat", ["name", "how many berths"]]]);
  });

  it("keeps when something was done as the question the record answers", () => {
    expect(
      things("There's the ponies, each with their name and which days they've ridden this month."),
    ).toEqual([["ponies", ["name", "which days they've ridden this month"]]]);
  });

  it("names one of a field's kind by where it is, without what it has to do with the thing", () => {
    expect(
      things("Every delivery has the customer, the depot in Carbonear it leaves from and the van.", false),
    ).toEqual([["delivery", ["customer", "depot in carbonear", "van"]]]);
    expect(things("Every job has the customer, the yard in town and the date.", false)).toEqual([
      ["job", ["customer", "yard in town", "date"]],
    ]);
  });

  it("reads a Piedmontese list with its yes-or-no fields, the article on the name, and no relation as a record", () => {
    expect(
      things(
        "ij sòci (nòm, telefono), j'ancàrich (sòcio, data, fàit sì o nò). Un ancàrich a l'é d'un sòcio sol, e un sòcio a fa tanti ancàrich.",
      ),
    ).toEqual([
      ["sòci", ["nòm", "telefono"]],
      ["ancàrich", ["sòcio", "data", "fàit"]],
    ]);
  });

  it("reads a Hawaiian list: its plural article, its 'or not', and the one-to-many said after", () => {
    expect(
      things(
        "Nā haumāna: inoa, helu kelepona\nNā papa: haumāna, lā, uku ʻia a i ʻole ʻaʻole\nHoʻokahi haumāna o kēlā me kēia papa, a he nui nā papa o kekahi haumāna.",
      ),
    ).toEqual([
      ["haumāna", ["inoa", "helu kelepona"]],
      ["papa", ["haumāna", "lā", "uku ʻia"]],
    ]);
  });
});

describe("changes", () => {
  const listed = "Ponies: name, age\nLessons: rider, date";

  it("puts a field on the thing named after its values, said between commas", () => {
    expect(
      edited(listed, "And put which arena they're riding in, the indoor or the outdoor, on the lessons."),
    ).toEqual([
      ["ponies", ["name", "age"]],
      ["lessons", ["rider", "date", "which arena they're riding in"]],
    ]);
  });

  it("reads 'no' after what it numbers as a number, never a 'no'", () => {
    expect(said("And put the tracking no on the lessons, the riders ask for it.")).toEqual([]);
    expect(edited(listed, "And put the tracking no on the lessons.")).toEqual([
      ["ponies", ["name", "age"]],
      ["lessons", ["rider", "date", "tracking no"]],
    ]);
  });

  it("reads a change said in Hawaiian", () => {
    expect(
      edited("Nā papa: haumāna, lā", "E hoʻokomo i ka lumi ma nā papa, no ka mea he nui nā lumi."),
    ).toEqual([["papa", ["haumāna", "lā", "lumi"]]]);
  });

  it("takes out, at the review, the rule that pays a sum for something, announced in a sentence of its own", () => {
    const state = {
      ...walkedThrough(
        "A library that works out what the crew is paid.",
        "A deckhand is paid €90 a day.\nEvery deckhand who works the night haul gets €20 more.\nEverything is rounded to the euro.",
      ),
      kind: "library" as const,
    };
    const changed = applyChange(
      state,
      "This is right. But one change. Take out the €20 for the night haul, the skipper pays it.",
    ).state;
    expect(features(state).filter((feature) => /night haul/i.test(feature)).length).toBeGreaterThan(0);
    expect(features(changed).filter((feature) => /night haul/i.test(feature))).toEqual([]);
  });
});

describe("rules told a line at a time", () => {
  const walkthrough = [
    "Here's how I go, most of it's how my mother did it.",
    "We sail from May to the end of August, and only on days the harbour master lets us out, because the bar is dangerous.",
    "A trip is an hour and a half round the bay, and the boat waits at the slipway for every group.",
    "It's £20 for a grown-up and £10 for a child, and dogs go free.",
    "No deckhand works more than six hours in a day, and every deckhand has one day off in four, I don't care how busy July gets.",
    "Twelve people on a boat at the most.",
    "Whoever is first on the rota takes the first trip, and then goes to the bottom.",
    "You pay it all when you book. Cancel a week before and you get it all back, after that you don't, unless the weather's bad, and then everybody gets their money back anyway.",
  ].join("\n\n");

  it("keeps each line as the person told it, its 'unless', its half hour and how firm it is", () => {
    expect(rules(walkthrough)).toEqual([
      "Users can sail from May to the end of August, and only on days the harbour master lets them out, because the bar is dangerous",
      "A trip is an hour and a half round the bay, and the boat waits at the slipway for every group",
      "It's £20 for a grown-up and £10 for a child, and dogs go free",
      "No deckhand works more than six hours in a day, and every deckhand has one day off in four, I don't care how busy July gets",
      "Twelve people on a boat at the most",
      "Whoever is first on the rota takes the first trip, and then goes to the bottom",
      "You pay it all when you book. Cancel a week before and you get it all back, after that you don't, unless the weather's bad, and then everybody gets their money back anyway",
    ]);
  });
});

describe("no's", () => {
  it("turns down what someone close makes, said back a sentence later", () => {
    expect(said("My uncle paints wooden signs for the shops. That is my uncle's work, not ours.")).toEqual([
      "wooden signs",
    ]);
  });

  it("turns down someone's affair typed without the apostrophe", () => {
    expect(said("grans knitted hats at the craft fair, her thing not the app's")).toEqual([
      "knitted hats at the craft fair",
    ]);
  });

  it("turns down what people ask to be taken to do, or want to do, and not when they would", () => {
    expect(
      said("People ask us to take them fishing out past the Point, we don't do that, the charter boat does."),
    ).toEqual(["fishing out past the Point"]);
    expect(said("ppl want to rent bikes for the trail, skip that")).toEqual(["renting bikes for the trail"]);
    expect(
      said(
        "My brother sells boat trips to the seals after the lunch. That is my brother's business, not for this app.",
      ),
    ).toEqual(["boat trips"]);
  });

  it("turns down another's affair said after a relative typed without the apostrophe, and what another outfit handles", () => {
    expect(said("uncles donkey rides on the sand, uncles thing not the app's")).toEqual([
      "donkey rides on the sand",
    ]);
    expect(said("The bakery across the road handles the bread, that's theirs.")).toEqual(["bread"]);
  });

  it("names no 'please' and no joining word as the thing turned down", () => {
    expect(said("And my sister's café by the quay, please leave it out.")).toEqual([
      "my sister's café by the quay",
    ]);
  });

  it("turns nothing down in how few there are, or in the place as it is", () => {
    expect(
      said("I grew up here, same as my mother, and there's not so many of us left who can say that."),
    ).toEqual([]);
    expect(said("There are no cars on Herm, not one: you walk everywhere.")).toEqual([]);
  });

  it("reads the no's of Piedmontese and Hawaiian", () => {
    expect(said("Mè frel a l'ha na botega giù a Neive, ma cola lì a l'é sò afé, nen ël nòstr.")).toEqual([
      "botega",
    ]);
    expect(said("E tanti a-j ciamo ij biscòt, ma noi ij biscòt i-j foma nen, lassoma perde.")).toEqual([
      "biscòt",
    ]);
    expect(said("Aia ka hale kūʻai a koʻu kaikaina ma ke kahakai, ʻaʻole ia kā mākou hana.")).toEqual([
      "hale kūʻai",
    ]);
  });
});

describe("the story, the trade and the talk", () => {
  it("leaves the place as it is, its size and how many there are, and how customers arrive in the overview", () => {
    expect(isBackground("Herm is two square miles, with one harbour.")).toBe(true);
    expect(isBackground("There's nine of us in the co-op and I keep the books.")).toBe(true);
    expect(isBackground("Visitors come off the ferry from Guernsey, they want to get to the beach.")).toBe(
      true,
    );
    expect(isBackground("The bakery was my grandfather's, and his father's before him.")).toBe(true);
    expect(isBackground("Jane Ozanne, born and raised on Herm, in the cottage by the harbour.")).toBe(true);
  });

  it("leaves the story told on in the overview, however it opens and goes on", () => {
    expect(
      wishes(
        "Easter weekend last year I had ten boats and twelve bookings, because Sam took some by phone. Five people standing on the quay in the rain, and one of them had driven from Bristol. Honestly, I couldn't show my face in the pub for a week. Last spring my nephew minded the till and he wrote the Smiths' order on the Browns' page. The Browns wouldn't come in till August, and round here you can't avoid people.",
      ),
    ).toEqual([]);
  });

  it("reads no topic said first in what a place is, and who 'they' are in what some of them are", () => {
    const place = "Herm is two square miles, one beach they call Shell Beach, and a harbour.";
    expect(withTopicsPlaced(place)).toBe(place);
    expect(withTopicsPlaced("Some members are volunteers, they open the hall on Sundays.")).toBe(
      "Volunteers open the hall on Sundays.",
    );
  });

  it("reads who acts when the speaker and someone else act together, and a name before 'and I'", () => {
    expect(isVerbLed("Tom and I see everything")).toBe(false);
    expect(wishes("The parents book and pay online, and me and the two coaches see every booking.")).toEqual(
      expect.arrayContaining(["Me and the two coaches see every booking"]),
    );
  });

  it("reads the talk around the telling, and who is building it", () => {
    for (const talk of [
      "That's me finished.",
      "That's what I have.",
      "Nothing else from us.",
      "Asante sana, thanks.",
      "My aunt's rules, in order:",
      "Some of these are the council's rules more than mine, so don't blame me.",
      "Well, here's how I go, most of it's how Dad did it.",
      "All right, here's the deal, and fair warning, most of this comes from the harbour board.",
      "So I am writing a library for the ferry fares.",
      "That is why I am building a command-line tool for the laptop in the office.",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
  });

  it("leaves the talk, today and the story of Piedmontese and Hawaiian in the overview", () => {
    expect(
      wishesElsewhere(
        "Bondì a tuti! Mi i son ël Piero Gallo, ëd Neive. Mia famija a fa ël vin dal temp ëd mè nòno. Adess ij client a scrivo an sël WhatsApp. A otóber i l'hai promëttù ij midem vint cartons a doi client. Ël client ëd Bra a l'ha nen podù fé la festa. Che vërgògna! A l'é tut.",
      ),
    ).toEqual([]);
    expect(
      wishesElsewhere(
        "Aloha mai kākou! ʻO Keoni Kalama koʻu inoa. Ua lawaiʻa koʻu ʻohana mai ka wā o koʻu kupuna kāne. I kēia manawa, kākau ʻo ia i nā kauoha i loko o kekahi puke. I Malaki i hala, ua kūʻai aku ʻo ia i ka iʻa hoʻokahi i ʻelua ʻohana. Ua hele mai kekahi ʻohana, a ʻaʻohe iʻa. Auē ka hilahila! Mahalo nui loa, a hui hou!",
      ),
    ).toEqual([]);
  });

  it("reads a program for the computer, said in Hawaiian, as a desktop app", () => {
    expect(saidKind("He polokalamu no ke kamepiula o ka hale kūʻai.")).toBe("desktop app");
  });
});

describe("at the review", () => {
  it("reads praise in other words, and changes nothing for it", () => {
    const state = atTheReview("A website for our sailing trips.", "Trips: date, boat");
    expect(applyChange(state, "That's some good.").notes).toEqual([]);
    expect(applyChange(state, "Maikaʻi loa. Mahalo nui loa!").notes).toEqual([]);
  });
});
