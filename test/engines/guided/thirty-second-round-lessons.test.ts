import { describe, expect, it } from "vitest";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { plainWords } from "../../../src/engines/guided/understanding/markdown.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { atTheReview, edited, said, things } from "./lesson-readers.js";

/**
 * What the thirty-second round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: Khmer's own colon and full stop, its "no"s and
 * its renames; records told as what they are, with a colon, an example or a clause after
 * their fields; names of things in lower case or with a particle; and "no"s said as
 * someone else's other thing, as "not that either", and in Bislama.
 */

describe("Khmer", () => {
  it("reads records listed after Khmer's own colon, ended by its own full stop", () => {
    expect(things(plainWords("អ្នកលក់៖ ឈ្មោះ, លេខទូរស័ព្ទ\nផលិតផល៖ ឈ្មោះ, តម្លៃ។"))).toEqual([
      ["អ្នកលក់", ["ឈ្មោះ", "លេខទូរស័ព្ទ"]],
      ["ផលិតផល", ["ឈ្មោះ", "តម្លៃ"]],
    ]);
  });

  it("reads Khmer 'no's after the thing", () => {
    expect(said(plainWords("ការដឹកជញ្ជូន និងវិក្កយបត្រ មិនបាច់ដាក់ទេ។ ហើយ ហាងកាហ្វេ មិនមែនក្នុង website នេះទេ។"))).toEqual([
      "ការដឹកជញ្ជូន និងវិក្កយបត្រ",
      "ហាងកាហ្វេ",
    ]);
  });

  it("renames a record when asked in Khmer at the review", () => {
    const state = atTheReview("website សម្រាប់លក់ម្រេច", plainWords("ការផ្ញើ៖ order, ឡានក្រុង, ថ្ងៃផ្ញើ"));
    const { state: changed } = applyChange(
      state,
      plainWords("សុំប្តូរឈ្មោះ ការផ្ញើ ទៅជា កញ្ចប់ វិញ ព្រោះយើងហៅថាកញ្ចប់។ អរគុណ!"),
    );
    expect(thingsOf(changed).map((thing) => thing.said)).toEqual(["កញ្ចប់"]);
  });
});

describe("records told as people tell them", () => {
  it("reads what they are, then a colon, as the start of their fields", () => {
    expect(
      things(
        "And the scores, that's the matches, like: the date, the road, the winner and the margin, a bowl of odds or whatever it was.",
      ),
    ).toEqual([["scores", ["date", "road", "winner", "margin"]]]);
  });

  it("reads a field said with who calls it what, and a part of a thing, as its name", () => {
    expect(
      things("Then the roads, that's the name we call the road by, the townland and the date of the permit."),
    ).toEqual([["roads", ["name", "townland", "permit date"]]]);
  });

  it("keeps a name in lower case that says what happened to them, and a verb with its particle", () => {
    expect(
      things(
        "dogs: name, musher\ncheck ins: musher, time in\ndropped dogs: dog, vet note\nevery check in is one musher at one checkpoint",
      ),
    ).toEqual([
      ["dogs", ["name", "musher"]],
      ["check ins", ["musher", "time in", "checkpoint"]],
      ["dropped dogs", ["dog", "vet note"]],
    ]);
  });

  it("reads no thing in what would follow", () => {
    expect(
      things(
        "Bowlers: name, club. Every bowler belongs to one club, and he can't bowl for two, there'd be murder.",
      ),
    ).toEqual([["bowlers", ["name", "club"]]]);
  });

  it("adds a field put on a thing 'instead'", () => {
    expect(edited("Clubs: name, parish", "Put an email on the clubs instead, for the secretary.")).toEqual([
      ["clubs", ["name", "parish", "email"]],
    ]);
  });
});

describe("more 'no's after the thing", () => {
  it("reads someone else's other thing, 'not that either', and what someone close does", () => {
    expect(
      said("the bingo for the purse money is the club other thing. leave it. the raffle not that either"),
    ).toEqual(["bingo for the purse money", "raffle"]);
    expect(said("And the lap lap my wife sell long door, hem i bisnis blong hem.")).toEqual(["lap lap"]);
    expect(said("The café is her own business.")).toEqual(["café"]);
  });
});

describe("changes said one after another", () => {
  it("reads values in brackets after the thing as no part of its name", () => {
    expect(
      edited(
        "Trekkers: name, email",
        "Before I approve, kindly add the riding experience to the trekkers (none, some or experienced), so that the guide can choose.",
      ),
    ).toEqual([["trekkers", ["name", "email", "riding experience"]]]);
  });

  it("puts what is added with no thing named on the thing the change before named", () => {
    expect(
      edited(
        "Vendors - name, phone, email\nStalls - number, row",
        "Take off the email from the vendors, nobody checks email here. Put their Facebook page instead. And put the village they're from, like Yigo, Dededo.",
      ),
    ).toEqual([
      ["vendors", ["name", "phone", "facebook page", "village"]],
      ["stalls", ["number", "row"]],
    ]);
    expect(
      edited(
        "Divers: name, team, age\nTeams: name",
        "Take the age off the divers, we don't need dat. Put the shirt size, cause every diver get a derby t-shirt.",
      ),
    ).toEqual([
      ["divers", ["name", "team", "shirt size"]],
      ["teams", ["name"]],
    ]);
  });
});

describe("records and rules in the words of the thirty-second round", () => {
  it("reads the thing, then what each of it has, and a measure of something as one field", () => {
    expect(
      things(
        "There's the fields, every field got a name and how many trees. Every picking is one picker in one field, with the date and the kilos of red cherry.",
      ),
    ).toEqual([
      ["fields", ["name", "how many trees"]],
      ["picking", ["picker", "field", "date", "kilos of red cherry"]],
    ]);
  });

  it("reads names in brackets, in prose, as examples", () => {
    expect(
      things(
        "Only noble kava, so the app must only take the noble ones (Borogu, Melomelo, Palarasul).",
        false,
      ),
    ).toEqual([]);
  });

  it("keeps a 'no' for an age as a rule", () => {
    expect(said("No kava for pikinini (kids) under 18, never.")).toEqual([]);
  });
});

describe("what is no record, and the kind asked for", () => {
  it("reads the parts of a value a thing has, and someone close having views, as no record", () => {
    expect(
      things(
        "Every dabba has a code painted on the lid: the pickup station, the dabbawala's number, the delivery station and the floor.",
        false,
      ),
    ).toEqual([]);
    expect(things("They do, you know. My wife has views on it.", false)).toEqual([]);
  });

  it("reads a library asked for in another language, and never one people borrow from", () => {
    expect(
      saidKind(
        "Waxaan u samaynay app iyo website. Waxaan doonayaa library keliya oo xisaabta samaysa, app-ka iyo website-kuba ay isticmaalaan.",
      ),
    ).toBe("library");
    expect(saidKind("I want a library app for our school library.")).toBeNull();
    expect(saidKind("We need a website for the town library.")).toBe("web app");
  });
});

describe("rules said with 'no', 'there's' or a price", () => {
  const rules = (text: string) => splitStatements(text, { keepVerbless: false });

  it("keeps a 'no' for a time, an age or a case as a rule, stressed or not", () => {
    expect(rules("No boxing for 28 days after a stoppage.")).toEqual([
      "No boxing for 28 days after a stoppage",
    ]);
    expect(rules("No service on Sundays and public holidays.")).toEqual([
      "No service on Sundays and public holidays",
    ]);
    expect(rules("No kava for kids under 18, never.")).toEqual(["No kava for kids under 18"]);
    // A "no" that leaves something out is still no feature.
    expect(rules("No GPS tracking of the vans.")).toEqual([]);
  });

  it("keeps a price said without an article, and 'there's' with its number", () => {
    expect(rules("Small shell is 100 vatu, big shell is 200 vatu.")).toEqual([
      "Small shell is 100 vatu, big shell is 200 vatu",
    ]);
    expect(rules("There's a 4 hour rest at Tuluksak for everybody.")).toEqual([
      "There's a 4 hour rest at Tuluksak for everybody",
    ]);
    expect(rules("It is 5 minutes.")).toEqual([]);
  });
});

describe("notes on lines of their own", () => {
  it("ends each note where its line does, without a stop", () => {
    expect(
      splitStatements(
        "start with 12 dogs, no more\neverybody takes 4 hour rest at tuluksak\nno musher under 18 in the 200",
        {
          keepVerbless: false,
        },
      ),
    ).toEqual([
      "Start with 12 dogs, no more",
      "Everybody takes 4 hour rest at tuluksak",
      "No musher under 18 in the 200",
    ]);
  });

  it("reads prose wrapped at a width as one text", () => {
    expect(
      splitStatements(
        "Pupils book lessons with their instructor and pay for\nthe lesson when they book. Instructors see their week on\ntheir phone.",
        { keepVerbless: false },
      ),
    ).toEqual([
      "Pupils book lessons with their instructor and pay for the lesson when they book",
      "Instructors see their week on their phone",
    ]);
  });

  it("reads 'each X has' after words that name no thing as the record X", () => {
    expect(
      things(
        "And for the borrowing I mentioned, each loan would have the photograph, the borrower's name and the date lent.",
      ),
    ).toEqual([["loan", ["photograph", "borrower name", "date lent"]]]);
  });
});

describe("Somali and Bay Islands 'no's", () => {
  it("reads 'waa arrin kale', 'kuma jiraan' and 'not we' after the thing", () => {
    expect(
      said(
        "Sakada fidriga waa arrin kale, ha ku darin. Lacag bixinta, Zaad iyo wixii la mid ah, library-gan kuma jiraan.",
      ),
    ).toEqual(["Sakada fidriga", "Lacag bixinta", "Zaad"]);
    expect(said("And the party at the bar in West End, not we.")).toEqual(["party at the bar in West End"]);
  });
});
