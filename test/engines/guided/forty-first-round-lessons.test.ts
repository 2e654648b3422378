import { describe, expect, it } from "vitest";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { findExclusions, namesAnotherOne } from "../../../src/engines/guided/understanding/exclusions.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { withTopicsPlaced } from "../../../src/engines/guided/understanding/topics.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the forty-first round of people wrote, run once unseen and tuned on once the
 * forty-second was written to take its place, and how the interviewer reads it now, in other
 * words than theirs.
 */

describe("records told the way these people told them", () => {
  it("reads the values of a field said with whose it is as no things", () => {
    expect(
      things("Boxes (size, status). The status of a box is packed, on the van, delivered or lost."),
    ).toEqual([["boxes", ["size", "status"]]]);
    expect(things("Tickets (row, seat). A ticket's status is held, sold or refunded.")).toEqual([
      ["tickets", ["row", "seat"]],
    ]);
  });

  it("reads 'if they paid the fee' as a yes or no named by both", () => {
    const [member] = readThings("For every member we keep the name, the town, and if they paid the fee.", {
      listed: false,
    });
    expect(member?.fields.map((field) => field.said)).toEqual(["name", "town", "fee paid"]);
    expect(member?.fields.at(-1)?.yesOrNo).toBe(true);
  });

  it("leaves the range a field runs over, and the ways it can be paid, out of the fields", () => {
    expect(
      things("For every heat we keep the number, one to twelve, the time, and the judge.", false),
    ).toEqual([["heat", ["number", "time", "judge"]]]);
    expect(
      things("Every ticket has the buyer, the seat, and how it was paid, card or cash at the door."),
    ).toEqual([["ticket", ["buyer", "seat", "how paid"]]]);
  });

  it("reads a thing said after 'For the', its fields after a comma, with no verb between", () => {
    expect(
      things(
        "For every hive I keep the name and the apiary. For the harvests, the hive, the jars, how many frames and if it was sold.",
      ),
    ).toEqual([
      ["hive", ["name", "apiary"]],
      ["harvests", ["hive", "jars", "how many frames", "sold"]],
    ]);
  });

  it("names the numbers said with their count, and where they came from is no part of the name", () => {
    expect(things("Every card has the player, the week, the 6 numbers, and the price.")).toEqual([
      ["card", ["player", "week", "numbers", "price"]],
    ]);
    expect(things("Draws: the date, the 6 numbers that came out, the prize.")).toEqual([
      ["draws", ["date", "numbers", "prize"]],
    ]);
  });

  it("reads no thing in 'every one in a place' or in 'nobody'", () => {
    expect(things("Every pub in Galway has a quiz, that's how it goes.", false)).toEqual([]);
    expect(things("If nobody has the right answer, the prize rolls over.", false)).toEqual([]);
  });
});

describe("changes to the records", () => {
  it("puts a field on a thing named first, and reads 'if it's paid' as a yes or no", () => {
    expect(
      edited(
        "Raffles: prize, donor, winner.",
        "And on the raffle put if it's collected, the treasurer asks every time.",
      ),
    ).toEqual([["raffles", ["prize", "donor", "winner", "collected"]]]);
  });

  it("reads a change in Belarusian: a thing not needed, its fields moved, one field swapped for another", () => {
    expect(
      edited(
        "Пчаляры: прозвішча, тэлефон\nПасекі: нумар, месца, пчаляр\nАглядзіны: пасека, дата, нататка",
        "Пасекі асобна не трэба. Нумар пасекі і месца перанясіце ў пчаляроў, а ў аглядзінах няхай будзе пчаляр замест пасекі.",
      ),
    ).toEqual([
      ["пчаляры", ["прозвішча", "тэлефон", "нумар пасекі", "месца"]],
      ["аглядзіны", ["пчаляр", "дата", "нататка"]],
    ]);
  });

  it("takes out what the person asks for between the thanks and praise around it", () => {
    const state = atTheReview(
      "A website for our bakery. For a wedding cake we bake a tasting box first.",
      "cakes (name, price)",
    );
    const { state: after } = applyChange(
      state,
      "Lovely, it is good. Please take out the tasting box, we stopped doing those. Thanks.",
    );
    expect(after.leftOut).toEqual(["tasting box"]);
    expect(after.extraFeatures).toEqual([]);
  });
});

describe("a 'no' is read only where the person leaves something out", () => {
  it("reads no 'no' in a rule with its measure said first, or in what someone set apart cannot do", () => {
    expect(said("Under 20 kilos we don't send the pallet.")).toEqual([]);
    expect(said("A member that's behind on the fees can't vote at the meeting.")).toEqual([]);
    expect(said("You can't book the same lane twice on the one night.")).toEqual([]);
  });

  it("reads no 'no' in what someone is spared, or in what is no longer as good as it was", () => {
    expect(said("Thank God I don't have to ring them myself, the rule is the rule.")).toEqual([]);
    expect(
      said("The old people, the volunteers drive it out to them, they shouldn't have to queue."),
    ).toEqual([]);
    expect(said("It's all in a box of cards, and my eyesight isn't what it was.")).toEqual([]);
  });

  it("reads no 'no' in a condition that holds every week, nor in who uses it", () => {
    expect(said("The prize starts at €500, and every week it's not claimed it goes up €50.")).toEqual([]);
    expect(said("Me and my brother see everything. The pickers don't need it.")).toEqual([]);
  });

  it("reads what others are for, turned down after it", () => {
    expect(said("The fishing licences are for the Department of Fisheries, that is not for us.")).toEqual([
      "fishing licences",
    ]);
  });

  it("reads a Cantonese and a Belarusian 'no' said after the things", () => {
    expect(said("Uber Eats 同 Deliveroo 嗰啲，佢哋抽佣太狠，唔好搞。")).toEqual(["Uber Eats", "Deliveroo"]);
    expect(said("清潔排班，阿姐自己用本簿寫，唔關我哋事。")).toEqual(["清潔排班"]);
    expect(said("Мёд і воск кожны прадае сам, нас гэта не тычыцца.")).toEqual(["Мёд", "воск"]);
  });

  it("keeps a listed field that only shares its name with a narrower thing left out", () => {
    const stall = { said: "stall at the gate for the day trippers", keys: [["stall"]], action: false };
    expect(namesAnotherOne(stall, "stall", "vendors")).toBe(true);
    const [gps] = findExclusions("No GPS tracking of the vans.");
    expect(namesAnotherOne(gps!, "gps tracking", "vans")).toBe(false);
  });
});

describe("what people do, said in full", () => {
  it("keeps a price worked out from a weight, and a measure every one of a thing is", () => {
    expect(
      statements(
        "The cost of every cake is the weight in kilos times the price of the day, plus the decorating.",
      ),
    ).toEqual([
      "The cost of every cake is the weight in kilos times the price of the day, plus the decorating",
    ]);
    expect(statements("All our candles are 200 grams.")).toEqual(["All our candles are 200 grams"]);
  });

  it("keeps a rule said after 'so', and what nobody may do", () => {
    expect(
      statements(
        "Some of the regulars like to pay for the season, so a pass for all 20 weeks is $150 up front.",
      ),
    ).toEqual([
      "Some of the regulars like to pay for the season, so a pass for all 20 weeks is $150 up front",
    ]);
    expect(
      statements("You can't book the same lane twice on the one night, sure that'd be no use to you."),
    ).toEqual(["You can't book the same lane twice on the one night"]);
  });

  it("names what 'they' are after what a thing has, and keeps a permission with its terms", () => {
    expect(statements("The club has its own 12 boats, and they are hired out every Sunday.")).toEqual([
      "The 12 boats are hired out every Sunday",
    ]);
    expect(
      statements("A member can swap his slot with another, but he must tell the secretary a day before."),
    ).toEqual(["A member can swap his slot with another, but he must tell the secretary a day before"]);
  });

  it("keeps the last word of a list as a thing, and a subject's second verb without its 'is'", () => {
    expect(statements("The sorter puts the stock in bins: nuts, bolts, washers and screws.")).toEqual([
      "The sorter puts the stock in bins: nuts, bolts, washers and screws",
    ]);
    expect(statements("Every parcel is scanned and gets a label.")).toEqual([
      "Every parcel is scanned",
      "Every parcel gets a label",
    ]);
  });

  it("reads a feeling said first as no thing pointed back at", () => {
    const said = "Very embarrassing, and we sewed it again for nothing.";
    expect(withTopicsPlaced(said)).toBe(said);
  });

  it("reads what someone else keeps, before a 'keep it away', as no feature", () => {
    expect(
      splitKeepingVerbless("And the parking, the council has its own permits, keep it away from this."),
    ).toEqual([]);
  });
});

describe("what is no feature at all", () => {
  it("reads who uses it, said alone or as who does not log in, as no feature", () => {
    expect(
      splitKeepingVerbless("me n my cousin. the members dont need login they just check the table"),
    ).toEqual([]);
    expect(
      splitKeepingVerbless(
        "Me, Sipho the treasurer and Aunt Ruth. The members only get SMS, they do not log in.",
      ),
    ).toEqual(["The members only get SMS"]);
    expect(
      splitKeepingVerbless("The runners don't need to log in at all, they hand the money in to me."),
    ).toEqual([]);
  });

  it("reads who the person is, wherever in a sentence, and an aside on how it went down, as talk", () => {
    expect(statements("Nora Daly is my name, and I run the weekly bingo for the parish hall.")).toEqual([]);
    expect(isTalkAboutTheTalk("and you can imagine how that went down in the village")).toBe(true);
  });

  it("reads a story with what could not be done then, and one opened 'In fairness', as background", () => {
    expect(
      isBackground("Last year the cheque came from Cork and we could not find the hours of Mrs Daly."),
    ).toBe(true);
    expect(isBackground("In fairness we had a right mess last June: two people had the same ticket.")).toBe(
      true,
    );
  });

  it("reads the closing thanks in other languages, and whose it is 'not ours', as no feature", () => {
    expect(splitKeepingVerbless("Obrigada, and God bless.")).toEqual([]);
    expect(splitKeepingVerbless("That is all. Enkosi kakhulu.")).toEqual([]);
    expect(said("The bake sale, that's the school's, not ours.")).toEqual(["bake sale"]);
  });

  it("keeps a rule told on a line of its own whole, two short clauses and all", () => {
    expect(
      statements(
        "I will explain.\nWe post by An Post, and the buyer pays the postage.\nEvery crate is weighed and gets a tag.\nMembers vote on the Friday.",
      ),
    ).toEqual([
      "We post by An Post, and the buyer pays the postage",
      "Every crate is weighed and gets a tag",
      "Members vote on the Friday",
    ]);
  });

  it("keeps a rule of a line whole when only one of its clauses is read", () => {
    expect(
      statements(
        "So this is how it goes.\nA loan bike only on a club ride, and only if they've got their own helmet.\nMembers vote on the Friday.",
      ),
    ).toEqual([
      "A loan bike only on a club ride, and only if they've got their own helmet",
      "Members vote on the Friday",
    ]);
  });

  it("renames where the reason for the name and the thanks after it are said", () => {
    const { state } = applyChange(
      atTheReview(
        "A website for the ferry freight.",
        "For every parcel we keep the boat, the owner, the weight.",
      ),
      "That's lovely. Only thing, where it says Parcels, put Cargo, nobody says parcel except the agent. Thank you, see you on boat day.",
    );
    expect(state.thingEdits).toHaveLength(1);
  });

  it("reads a Cantonese 'no need to pay more' as a price, no 'no'", () => {
    expect(said("凍飲、加底呢啲要求免費，唔使加錢。")).toEqual([]);
  });

  it("renames at the review between praise, a question asked politely and the reason for the name", () => {
    const { state } = applyChange(
      atTheReview("A website for the club draw.", "runners (name, phone)"),
      "In fairness, that's looking great. One thing only: would you call the runners 'Agents'? That's what they're called on the permit. Good luck, so.",
    );
    expect(state.thingEdits).toEqual(["would you call the runners 'Agents'?"]);
    expect(state.extraFeatures).toEqual([]);
  });
});

describe("talk, background and the kind of software", () => {
  it("reads announcements and Balinese greetings and thanks as talk", () => {
    expect(isTalkAboutTheTalk("I explain how we work.")).toBe(true);
    expect(isTalkAboutTheTalk("I will explain how it works.")).toBe(true);
    expect(isTalkAboutTheTalk("Suksma.")).toBe(true);
    expect(isTalkAboutTheTalk("Om Shanti Shanti Shanti Om.")).toBe(true);
  });

  it("reads how the business began, the paper of today and Belarusian today as background", () => {
    expect(isBackground("My grandfather opened the bakery on Main Street in 1962.")).toBe(true);
    expect(isBackground("We write the orders by hand in books with carbon paper.")).toBe(true);
    expect(isBackground("Цяпер усе заказы ў мяне ў сшытку.")).toBe(true);
    expect(isBackground("Летась адзін пчаляр не заплаціў.")).toBe(true);
  });

  it("reads the API someone builds with no screens of their own as a service", () => {
    expect(saidKind("My brother builds the web app, I do the API behind it, no screens on my side.")).toBe(
      "api service",
    );
    expect(saidKind("我細佬做緊個 web app，我負責後面個 API，我呢邊冇 screen。")).toBe("api service");
    expect(saidKind("A web app with an API for our partners.")).toBe("web app");
  });
});

/** What people do in an answer to "anything else?", where a short note may be a feature. */
function splitKeepingVerbless(text: string): string[] {
  return splitStatements(text, { keepVerbless: true });
}
