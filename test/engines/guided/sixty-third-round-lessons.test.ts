import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isVerbLed } from "../../../src/engines/guided/language/voice.js";
import { detectEntities } from "../../../src/engines/guided/understanding/entities.js";
import { columnFor } from "../../../src/engines/guided/understanding/fields.js";
import { kindByBorrowedWords, saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { readTechnology } from "../../../src/engines/guided/understanding/technology-words.js";
import {
  atTheReview,
  edited,
  features,
  rules,
  said,
  things,
  wishes,
  wishesElsewhere,
} from "./lesson-readers.js";

/**
 * What the sixty-third round of people wrote, run once unseen and tuned on once the sixty-fourth
 * was written to hold out, and how the interviewer reads it now, in other words than theirs.
 */

describe("records", () => {
  it("keeps 'private' in the name of a thing told with its fields, and a field said by two values of a few words", () => {
    expect(
      things(
        "There's the rooms, each with a number and a price. And the private lessons, that's the name, the date and paid or not.",
      ),
    ).toEqual([
      ["rooms", ["number", "price"]],
      ["private lessons", ["name", "date", "paid"]],
    ]);
    expect(things("Buyers: name, phone, market stall or shop")).toEqual([
      ["buyers", ["name", "phone", "market stall or shop"]],
    ]);
  });

  it("reads a list said in te reo Māori, its 'of' no 'or', its yes-or-no, and whose each one is", () => {
    expect(
      things(
        "Kei ia kaimahi tōna ingoa me tōna nama waea. Kei ia mahi te kaimahi, te rā, te maha o ngā hāora, me kua utua āe/kāo. Kotahi te kaimahi o ia mahi.",
      ),
    ).toEqual([
      ["kaimahi", ["ingoa", "nama waea"]],
      ["mahi", ["kaimahi", "rā", "maha o ngā hāora", "kua utua"]],
    ]);
  });
});

describe("the columns a record's fields become", () => {
  it("counts how many of something a record has, however the count is said, lists what it names one by one, and keeps a choice or a name as text", () => {
    expect(columnFor("how many grown-ups")).toBe("number_of_grown_ups (integer)");
    expect(columnFor("big loaves")).toBe("big_loaves (integer)");
    expect(columnFor("crates")).toBe("crates (integer)");
    expect(columnFor("toppings")).toBe("toppings (list of text)");
    expect(columnFor("sacks or bags")).toBe("sacks_or_bags (text)");
    expect(columnFor("contact name for the kids")).toBe("contact_name_for_the_kids (text)");
  });
});

describe("who has an account", () => {
  it("gives an account only to people the person named when asked who signs in", () => {
    const state = {
      ...atTheReview(
        "A website for our ferry society. Visitors see which sailings have seats and book them.",
        "Sailings: date, time, skipper. Bookings: name, sailing, how many grown-ups, how many children, paid",
      ),
      accounts: "email" as const,
      mainExperience:
        "It is £4 for a grown-up and £2 for a child from 5 to 15. No boat goes without a skipper and a deckhand. The skippers sign up for their sailings.",
    };
    expect(analyze(state).roles).toEqual(["child"]);
    const said = (text: string) => ({ ...state, extraFeatures: [{ text, category: "Accounts" }] });
    expect(
      analyze(said("Visitors book without an account. The skippers sign in and see their own sailings."))
        .roles,
    ).toEqual([]);
    expect(analyze(said("Parents and their children sign in.")).roles).toEqual(["child"]);
  });
});

describe("changes", () => {
  const listed =
    "There's the members, each with a name, a phone and the date they were kitted out. And the boats, that's the name and the date.";

  it("takes off the one thing a field named with what is said of it, and turns nothing down for it", () => {
    const change =
      "Take the date they were kitted out off the members, the secretary keeps that in the minute book and nowhere else.";
    expect(said(change)).toEqual([]);
    expect(edited(listed, change)).toEqual([
      ["members", ["name", "phone"]],
      ["boats", ["name", "date"]],
    ]);
  });

  it("reads the number of a thing put on another as a number, never a 'no'", () => {
    expect(said("n put the crate no on the catches, the buyer asks which crate")).toEqual([]);
  });

  it("reads a field added in te reo Māori", () => {
    expect(
      edited(
        "Kei ia mahi te kaimahi, te rā.",
        "Kotahi anō: tāpirihia te wāhi mahi ki ngā mahi, nā te mea ka pātai ia.",
      ),
    ).toEqual([["mahi", ["kaimahi", "rā", "wāhi mahi"]]]);
  });
});

describe("rules told a line at a time", () => {
  it("keeps a rule for the people of a place whose name opens with 'I' and 'n'", () => {
    expect(
      rules("rules\n- Inverness members only\n- 1 locker a member\n- lockers emptied by sept 30"),
    ).toEqual(["Inverness members only", "1 locker a member", "Lockers emptied by sept 30"]);
  });
});

describe("no's", () => {
  it("turns down what someone close smokes or cures, said back a sentence later", () => {
    expect(
      said(
        "My uncle Kofi smokes mackerel at the harbour and sells it at the lorry park. That one is his business, not ours.",
      ),
    ).toEqual(["mackerel"]);
  });

  it("turns down what visitors want to do and what it is likened to, not the visitors", () => {
    expect(
      said(
        "And the walkers who come for the cliffs want to feed the ponies, like a petting farm. Please leave it.",
      ),
    ).toEqual(["feeding the ponies", "petting farm"]);
  });

  it("reads the no's of te reo Māori and Breton", () => {
    expect(
      said("Ka hoko atu tōku tuakana i te tītī i ngā Rāhoroi, engari ehara tērā i tā mātou mahi."),
    ).toEqual(["tītī"]);
    expect(said("Ā, he maha ngā tāngata e pātai ana mō te paua, kāore mātou e hī paua, waiho tērā.")).toEqual(
      ["paua"],
    );
    expect(said("Ma c'hoar he deus ur c'hafedi e kreiz ar vourc'h, met n'eo ket hon afer.")).toEqual([
      "c'hafedi",
    ]);
    expect(said("Ha Fest-noz ar Porzh, ar gumun a ra anezhañ, lezomp an dra-se.")).toEqual([
      "Fest-noz ar Porzh",
    ]);
  });
});

describe("the story, the trade and the talk", () => {
  it("reads no aside on the telling, and no past with no rule, as something users can do", () => {
    expect(
      wishes(
        "We've the oldest lifeboat station on the coast, I'll have you know, built by the parish in the 1860s, and we open it to visitors in the summer.",
      ),
    ).toEqual([]);
    expect(isVerbLed("built by the parish in the 1860s")).toBe(false);
    expect(isVerbLed("build the rota for the summer")).toBe(true);
  });

  it("leaves the talk, today and the story of te reo Māori and Breton in the overview", () => {
    expect(
      wishesElsewhere(
        "Kia ora! Ko Mere Paki tōku ingoa. E rua ngā whakatupuranga o tōku whānau e hī ika ana. I tēnei wā, ka tuhia e au ngā ota ki tētahi pukapuka. I te marama o Hereturikōkā, i hokona e au ngā ika ki ngā whānau e rua. Auē, te whakamā! Heoi anō tāku. Ngā mihi, ka kite!",
      ),
    ).toEqual([]);
    expect(
      wishesElsewhere(
        "Demat! Maiwenn Le Gall eo ma anv. Bara a reomp abaoe amzer ma zad-kozh. Bremañ e skrivan pep tra en ur c'harned. E miz Here tremenet em boa gwerzhet ar memes bara da zaou stal. Ur vezh! Setu, echu eo. Trugarez vras, kenavo!",
      ),
    ).toEqual([]);
  });
});

describe("what the interviewer guesses to keep", () => {
  it("guesses no thing from the clock, a count or a pronoun run on with its verb", () => {
    expect(
      detectEntities([
        {
          text: "We've the last ferry on the island, I'll have you know. Two sailings a day, at half past eight and half past five, and forty seats on each.",
          explicit: false,
        },
      ]).entities,
    ).toEqual([]);
  });
});

describe("the kind of software", () => {
  it("reads a computer named in its own word, and a service the person is building", () => {
    expect(kindByBorrowedWords("Ur poellad evit an urzhiataer er stal")).toBe("desktop app");
    expect(kindByBorrowedWords("He pūmanawa mō te rorohiko i te toa")).toBe("desktop app");
    expect(
      saidKind("Customers order on our website. So I am building a small service for the bookings."),
    ).toBe("api service");
  });
});

describe("technology", () => {
  it("keeps where the person uses a technology out of its name, and names it once", () => {
    expect(readTechnology("Rails with MySQL. We use Rails at work.", { serverless: false })).toEqual([
      { part: "backend", said: "Rails" },
      { part: "database", said: "MySQL" },
    ]);
    expect(
      readTechnology("Phoenix and PostgreSQL, I use Phoenix in my day job.", { serverless: false }),
    ).toEqual([
      { part: "backend", said: "Phoenix" },
      { part: "database", said: "PostgreSQL" },
    ]);
  });
});

describe("at the review", () => {
  it("reads the thanks and praise of te reo Māori and Breton, and changes nothing for them", () => {
    const state = atTheReview("A website for our fishing trips.", "Trips: date, boat");
    expect(applyChange(state, "Ka pai ināianei. Tēnā rawa atu koe!").notes).toEqual([]);
    expect(features(applyChange(state, "Mat eo bremañ. Trugarez vras!").state)).toEqual(features(state));
  });
});
