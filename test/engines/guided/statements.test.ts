import { describe, expect, it } from "vitest";
import {
  isVague,
  normalizeStatement,
  splitStatements,
  textUnits,
} from "../../../src/engines/guided/understanding/statements.js";

describe("splitStatements", () => {
  it("splits a sentence into its clauses and keeps the person's words", () => {
    expect(splitStatements("I want to save recipes, plan weekly meals and generate shopping lists.")).toEqual(
      ["Users can save recipes", "Users can plan weekly meals", "Users can generate shopping lists"],
    );
  });

  it("reads list items of every kind as statements of their own", () => {
    const text =
      "- Tag recipes by cuisine\n* scale recipes by servings\n• print a recipe\n1. Share recipes with friends\n2) rate a recipe";
    expect(splitStatements(text)).toEqual([
      "Users can tag recipes by cuisine",
      "Users can scale recipes by servings",
      "Users can print a recipe",
      "Users can share recipes with friends",
      "Users can rate a recipe",
    ]);
  });

  it("keeps a named role as the subject and carries it into the next clause", () => {
    expect(splitStatements("Volunteers can sign up for shifts and cancel them.")).toEqual([
      "Volunteers can sign up for shifts",
      "Volunteers can cancel them",
    ]);
    expect(splitStatements("Coordinators create shifts, volunteers claim them.")).toEqual([
      "Coordinators create shifts",
      "Volunteers claim them",
    ]);
  });

  it("turns what the app does into an instruction", () => {
    expect(splitStatements("It should send reminders the day before.")).toEqual([
      "Send reminders the day before",
    ]);
    expect(splitStatements("The app builds a shopping list I can tick off.")).toEqual([
      "Build a shopping list they can tick off",
    ]);
  });

  it("drops the description of the app itself but keeps what it lets people do", () => {
    expect(splitStatements("A recipe app for busy families.")).toEqual([]);
    expect(splitStatements("It's an app where volunteers sign up for shifts.")).toEqual([
      "Volunteers sign up for shifts",
    ]);
    expect(splitStatements("A tool that lets families track chores and allowances")).toEqual([
      "Families can track chores and allowances",
    ]);
    expect(splitStatements("An app for planning meals")).toEqual(["Users can plan meals"]);
  });

  it("does not split a shared object away from its verbs", () => {
    expect(splitStatements("search and filter recipes by cuisine")).toEqual([
      "Users can search and filter recipes by cuisine",
    ]);
    expect(splitStatements("save recipes, notes and photos")).toEqual([
      "Users can save recipes, notes and photos",
    ]);
  });

  it("drops plain navigation", () => {
    expect(splitStatements("I open the app, pick recipes for the week")).toEqual([
      "Users can pick recipes for the week",
    ]);
  });

  it("keeps items without a verb when asked to", () => {
    expect(splitStatements("nutrition info, printable recipes, dark mode", { keepVerbless: true })).toEqual([
      "Nutrition info",
      "Printable recipes",
      "Dark mode",
    ]);
    expect(splitStatements("nutrition info, printable recipes, dark mode")).toEqual([]);
  });

  it("reads an answer that lists things as things, not actions", () => {
    expect(
      splitStatements("shifts, locations, and volunteer hours", { keepVerbless: false, nounList: true }),
    ).toEqual([]);
  });

  it("does not repeat a statement said twice", () => {
    expect(splitStatements("Save recipes. save recipes!")).toEqual(["Users can save recipes"]);
  });
});

describe("textUnits", () => {
  it("separates list items from the prose around them", () => {
    expect(textUnits("Intro sentence. Second one.\n- first item\n- second item\nClosing words")).toEqual([
      "Intro sentence.",
      "Second one.",
      "first item",
      "second item",
      "Closing words",
    ]);
  });

  it("does not end a sentence at an abbreviation", () => {
    expect(textUnits("Track things, e.g. books. Then rate them.")).toEqual([
      "Track things, for example books.",
      "Then rate them.",
    ]);
  });
});

describe("normalizeStatement", () => {
  it("rewrites the person's own voice as every user's", () => {
    expect(normalizeStatement("I'd like to keep my favourite recipes")).toBe(
      "Users can keep their favourite recipes",
    );
    expect(normalizeStatement("we need to see our budget")).toBe("Users can see their budget");
    expect(normalizeStatement("let users export recipes as PDF")).toBe("Users can export recipes as PDF");
  });

  it("leaves text without a verb as written, capitalised", () => {
    expect(normalizeStatement("dark mode.")).toBe("Dark mode");
  });
});

describe("isVague", () => {
  it("flags filler words, trailing etc. and single words", () => {
    expect(isVague("Users can manage stuff")).toBe(true);
    expect(isVague("Users can see reports etc")).toBe(true);
    expect(isVague("Chat")).toBe(true);
    expect(isVague("Users can chat")).toBe(true);
  });

  it("accepts a clear action on a thing", () => {
    expect(isVague("Users can save recipes")).toBe(false);
    expect(isVague("Volunteers sign up for shifts")).toBe(false);
    expect(isVague("Dark mode")).toBe(false);
  });
});

describe("sentence ends", () => {
  it("ends a sentence after etc. when a new one starts, and not when it goes on", () => {
    expect(textUnits("Track books etc. Then rate them.")).toEqual(["Track books etc.", "Then rate them."]);
    expect(textUnits("Track books etc. and rate them.")).toEqual(["Track books etc and rate them."]);
  });
});

describe("the person's voice", () => {
  it("turns a request to the app into what the app does for the user", () => {
    expect(splitStatements("Remind me at 8pm if I haven't checked in.", { keepVerbless: true })).toEqual([
      "The app reminds the user at 8pm if they haven't checked in",
    ]);
    expect(normalizeStatement("Send me a text when a big order comes in")).toBe(
      "The app sends the user a text when a big order comes in",
    );
    expect(normalizeStatement("Show me which songs we haven't played in a while")).toBe(
      "The app shows the user which songs they haven't played in a while",
    );
    expect(normalizeStatement("It should notify us when a gig is booked")).toBe(
      "The app notifies everyone when a gig is booked",
    );
    expect(normalizeStatement("I want the app to email me a weekly summary")).toBe(
      "The app emails the user a weekly summary",
    );
    expect(normalizeStatement("let me know when I'm behind")).toBe(
      "The app lets the user know when they're behind",
    );
  });

  it("keeps what the person does in the third person, with when they do it at the end", () => {
    expect(
      splitStatements(
        "I open the app in the morning, tick the habits I did yesterday, and look at my streaks.",
      ),
    ).toEqual(["Users can tick the habits they did yesterday", "Users can look at their streaks"]);
    expect(splitStatements("On the day I print the list of orders by pickup time.")).toEqual([
      "Users can print the list of orders by pickup time on the day",
    ]);
    expect(splitStatements("Before a rehearsal I check who's coming and note the room booking.")).toEqual([
      "Users can check who's coming before a rehearsal",
      "Users can note the room booking before a rehearsal",
    ]);
    expect(splitStatements("After a gig I log what we got paid.")).toEqual([
      "Users can log what they got paid after a gig",
    ]);
  });

  it("lets the people someone names be the subject", () => {
    expect(
      splitStatements("Let band members mark themselves available or not for each date.", {
        keepVerbless: true,
      }),
    ).toEqual(["Band members can mark themselves available or not for each date"]);
  });

  it("carries a named subject into the verbs that follow it", () => {
    expect(
      splitStatements("A customer chooses a pickup slot, pays online and gets a confirmation email."),
    ).toEqual([
      "A customer chooses a pickup slot",
      "A customer pays online",
      "A customer gets a confirmation email",
    ]);
  });

  it("drops a description of the app in which nobody does anything", () => {
    expect(splitStatements("Online ordering for our small bakery.")).toEqual([]);
    expect(splitStatements("Sold out products disappear from the shop.", { keepVerbless: true })).toEqual([
      "Sold out products disappear from the shop",
    ]);
  });
});
