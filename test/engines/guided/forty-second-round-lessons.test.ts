import { describe, expect, it } from "vitest";
import { applyThingEdit } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { withoutExcluded } from "../../../src/engines/guided/understanding/exclusions.js";
import { columnFor } from "../../../src/engines/guided/understanding/fields.js";
import { readTechnology } from "../../../src/engines/guided/understanding/technology-words.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the forty-second round of people wrote, run once unseen and tuned on once the
 * forty-third was written to take its place, and how the interviewer reads it now, in other
 * words than theirs.
 */

describe("records told the way these people told them", () => {
  it("reads 'For every X,' with its fields after a comma, a field joined by 'and' and a yes or no among them", () => {
    expect(
      things(
        "For every hive we keep the name and the apiary. For every crate, the crate number, the buyer's name and address, the jars, and sent or not.",
        false,
      ),
    ).toEqual([
      ["hive", ["name", "apiary"]],
      ["crate", ["crate number", "buyer's name", "address", "jars", "sent"]],
    ]);
  });

  it("leaves the values a field takes, said after it, out of the fields", () => {
    expect(
      things("For every member we keep the name and which section, junior band or senior band.", false),
    ).toEqual([["member", ["name", "section"]]]);
    expect(things("For every Show, the date and the season, Spring or Autumn.", false)).toEqual([
      ["show", ["date", "season"]],
    ]);
  });

  it("leaves the unit a measure is said in out of its name", () => {
    expect(things("For every plot, the holder, the lane and the width of the plot in feet.", false)).toEqual([
      ["plot", ["holder", "lane", "plot width"]],
    ]);
  });

  it("reads a yes or no said as 'whether it's paid' or 'whether it passed' in prose", () => {
    const [fine] = readThings("The penalties: the boat, the sum and whether it's settled.", {
      listed: false,
    });
    expect(fine?.fields.map((field) => field.said)).toEqual(["boat", "sum", "settled"]);
    expect(fine?.fields.at(-1)?.yesOrNo).toBe(true);
    const [check] = readThings("The checks: the boat, the inspector and whether it passed.", {
      listed: false,
    });
    expect(check?.fields.at(-1)).toMatchObject({ said: "passed", yesOrNo: true });
  });

  it("reads 'And the X, with their a, b and c' as a thing with its fields", () => {
    expect(things("And the Harbour Masters, with their name, radio and harbour.", false)).toEqual([
      ["harbour masters", ["name", "radio", "harbour"]],
    ]);
  });

  it("names no thing after examples of whatever a rule covers", () => {
    expect(things("everything over $40 (a gel set, a full acrylic) counts twice", false)).toEqual([]);
  });

  it("gives a length of something that stands a measure, and a length of time minutes", () => {
    expect(columnFor("plot length")).toBe("plot_length (decimal)");
    expect(columnFor("lesson length")).toBe("lesson_length (integer, minutes)");
  });
});

describe("changes to the records", () => {
  it("keeps a thing asked to be kept apart as a thing of its own, its fields with it", () => {
    expect(
      edited("Scores: team, referee, points", "Please keep the referees separately, with name and email."),
    ).toEqual([
      ["scores", ["team", "referee", "points"]],
      ["referees", ["name", "email"]],
    ]);
  });

  it("renames a field made into another named one, and leaves one made optional alone", () => {
    expect(
      edited(
        "Members: name, captain's phone",
        "And the captain's phone, make it Signal number, we all use it.",
      ),
    ).toEqual([["members", ["name", "signal number"]]]);
    expect(edited("Members: name, captain's phone", "make the name optional")).toEqual([
      ["members", ["name", "captain's phone"]],
    ]);
  });

  it("adds a field asked for with a short 'please' after it", () => {
    expect(
      edited("Tenants: name, flat, phone", "add the meter code to the tenants pls, it's on every meter"),
    ).toEqual([["tenants", ["name", "flat", "phone", "meter code"]]]);
  });

  it("points the fields that named a thing at it once it is renamed", () => {
    const renamed = applyThingEdit(
      readThings("Plots: holder, lane. Fines: plot, amount.", { listed: true }),
      "rename plots to allotments",
    );
    const plot = renamed.find((thing) => thing.said === "fines")?.fields[0];
    expect(plot).toMatchObject({ said: "plot", refersTo: "allotment" });
  });

  it("reads a change in Yiddish that puts a field on a thing", () => {
    expect(edited("קונים: נאמען, טעלעפאן", "נאר לייגט צו ביי די קונים דעם אדרעס פון דער ארבעט.")).toEqual([
      ["קונים", ["נאמען", "טעלעפאן", "אדרעס פון דער ארבעט"]],
    ]);
  });

  it("applies a change said between talk in Lebanese English and keeps the reason for it out", () => {
    const { state } = applyChange(
      atTheReview("an app for the water tanks", "Tanks: number, building, litres"),
      "ya3ne looks good. add the owner to the tanks pls, thats how the fight happened. merci ktir",
    );
    expect(state.thingEdits).toHaveLength(1);
    expect(state.extraFeatures ?? []).toEqual([]);
  });

  it("leaves the reason for a new name out once the name is changed", () => {
    const { state } = applyChange(
      atTheReview("a site for the allotments", "Plots: holder, lane"),
      "Would you call the plots 'Gardens'? That's the word on all our letters and it's what everybody here knows.",
    );
    expect(state.extraFeatures ?? []).toEqual([]);
  });
});

describe("what these people turned down", () => {
  it("reads 'that's' typed without its apostrophe and 'n' for 'and'", () => {
    expect(said("n we also do the bike repairs for some shops, la2 thats separate")).toEqual([
      "bike repairs for some shops",
    ]);
  });

  it("reads a thing named with what it is called in brackets, then who does it", () => {
    expect(said("the gasoil (fuel) my uncle orders from the depot, dont put it.")).toEqual(["gasoil (fuel)"]);
  });

  it("reads a 'no' in Jamaican-style Creole", () => {
    expect(said("Di fishing trip dem to di cays, dat a di captain dem business, nuh fi wi.")).toEqual([
      "fishing trip to the cays",
    ]);
  });

  it("reads a 'no' in Yiddish", () => {
    expect(said("מוזיק און פאטאגראפן האבן מיר נישט מיט צו טון.")).toEqual(["מוזיק", "פאטאגראפן"]);
    expect(said("און די קארס, דאס איז נישט אונזער געשעפט, לאזט דאס אויס.")).toEqual(["קארס"]);
  });

  it("reads a 'no' in Kyrgyz, the thing without who it is for or what is done to it", () => {
    expect(said("Балдарга ат чабыш агамдын иши, ал бөлөк, ага тийбегиле.")).toEqual(["ат чабыш"]);
    expect(said("Сүттү апам базарда өзү сатат, аны кошпогула.")).toEqual(["Сүт"]);
  });

  it("reads an English thing that is a small word elsewhere as the thing left out", () => {
    expect(said("n the till, dont be daft, leave it out")).toEqual(["till"]);
  });

  it("reads 'it doesn't count as a turn' as a rule, nothing left out", () => {
    expect(said("if a client asks for one barber by name, it doesn't count as a turn")).toEqual([]);
  });

  it("keeps a rule's 'no' that says again what was turned down, but not a 'no' to parts of the software", () => {
    const recorded = [{ said: "backing tracks", keys: [["backing", "track"]], action: false }];
    expect(withoutExcluded("The band must play live, drums and horns, no backing tracks", recorded)).toBe(
      "The band must play live, drums and horns, no backing tracks",
    );
    const refund = [{ said: "refund", keys: [["refund"]], action: false }];
    expect(withoutExcluded("Moorings are €900 for the season, paid in advance, no refund", refund)).toBe(
      "Moorings are €900 for the season, paid in advance, no refund",
    );
    const tiktok = [{ said: "posting to TikTok", keys: [["post", "tiktok"]], action: false }];
    expect(withoutExcluded("Nah, no posting to TikTok", tiktok)).toBeNull();
    const website = [
      { said: "app", keys: [["app"]], action: false },
      { said: "website", keys: [["website"]], action: false },
    ];
    expect(withoutExcluded("Users can get a text service, no app and no website", website)).toBe(
      "Users can get a text service",
    );
  });
});

describe("what people do, and the rules they keep", () => {
  it("keeps what something must be, with the 'no' that says it again", () => {
    expect(statements("The costumes must be handmade, wool and linen, no polyester at all.")).toEqual([
      "The costumes must be handmade, wool and linen, no polyester at all",
    ]);
    expect(statements("The app must be simple, no clutter.")).toEqual([]);
  });

  it("keeps two who act together, the verb they share said once", () => {
    expect(statements("The club captains and the team managers see the fixtures.")).toEqual([
      "The club captains and the team managers see the fixtures",
    ]);
  });

  it("keeps two who act together after 'when' or 'that', and leaves a cry at the paperwork out", () => {
    expect(
      statements(
        "We check the moorings when the harbour master and the bailiff walk the quay, and my God, the forms it makes.",
      ),
    ).toEqual(["Users can check the moorings when the harbour master and the bailiff walk the quay"]);
  });

  it("keeps how many there are only", () => {
    expect(statements("We have 12 moorings only.")).toEqual(["We have 12 moorings only"]);
  });

  it("keeps how a result is decided", () => {
    expect(statements("The ranking is by the total weight.")).toEqual(["The ranking is by the total weight"]);
  });

  it("keeps a count a time, said with 'we can do', and what happens otherwise", () => {
    expect(statements("We can do 25 fittings every hour, no more, or the fitters fall behind.")).toEqual([
      "We can do 25 fittings every hour, no more, or the fitters fall behind",
    ]);
  });

  it("keeps 'they' with the clause whose things they are", () => {
    expect(
      statements("The warden sets the dates and they go on the board at the gate a week before."),
    ).toEqual(["The warden sets the dates and they go on the board at the gate a week before"]);
  });

  it("keeps 'and the rest when …' and where a figure comes from with their clause", () => {
    expect(statements("You pay half when you book, and the rest when you collect.")).toEqual([
      "Users can pay half when you book, and the rest when you collect",
    ]);
    expect(
      statements("The fee per night depends on the room, from the price sheet we print every spring."),
    ).toEqual(["The fee per night depends on the room, from the price sheet we print every spring"]);
  });

  it("reads notes one to a line, with 'ok so' first and a verb's own 'in' at a line's end", () => {
    expect(
      statements(
        "ok so\nevery member pays 20 a month\nthe treasurer puts it in\nreceipt by text after u pay",
      ),
    ).toEqual(["Every member pays 20 a month", "The treasurer puts it in", "Receipt by text after you pay"]);
  });
});

describe("more of how these people talk", () => {
  it("reads a hyphenated word for people as who acts, and two words describing one thing as one", () => {
    expect(statements("drop-ins wait for whoever is free at the desk")).toEqual([
      "Drop-ins wait for whoever is free at the desk",
    ]);
    expect(statements("We bake white and seeded loaves.")).toEqual([
      "Users can bake white and seeded loaves",
    ]);
  });

  it("reads the start of the telling, who said a website is needed and where the person was born as talk", () => {
    expect(statements("So here's how Carnival goes.")).toEqual([]);
    expect(statements("Bueno, dis a how it go.")).toEqual([]);
    expect(statements("So my niece says we need a website for the bookings.")).toEqual([]);
    expect(statements("Mi born an grow in Bottom House.")).toEqual([]);
    expect(statements("Dat a all.")).toEqual([]);
  });

  it("reads greetings, names, closings and who will build it, in Yiddish, Kyrgyz, Greek and Tigrinya too, as talk", () => {
    expect(statements("שלום עליכם. מיין נאמען איז חיים.")).toEqual([]);
    expect(statements("דאס איז אלעס. א שיינעם דאנק.")).toEqual([]);
    expect(statements("Менин атым Бакыт. Биз мындай иштейбиз.")).toEqual([]);
    expect(statements("Болду, ушул. Чоң рахмат!")).toEqual([]);
    expect(statements("That is all. Efcharisto.")).toEqual([]);
    expect(statements("Yekenyeley.")).toEqual([]);
    expect(
      statements("My niece Senait studies computer science. She says she can make a program for the shop."),
    ).toEqual([]);
  });

  it("reads 'that's not ours' as turning down what the clause before named", () => {
    expect(statements("And the raffle tickets, the church sells those itself, that's not ours.")).toEqual([]);
  });

  it("applies a change said with 'ngl' and 'ty' around it, and adds no feature of the talk", () => {
    const { state } = applyChange(
      atTheReview("a booking site for the barbers", "Clients: name, phone"),
      "looks good ngl. can u add favourite barber to the clients. ty",
    );
    expect(state.thingEdits).toHaveLength(1);
    expect(state.extraFeatures ?? []).toEqual([]);
  });
});

describe("talk and background", () => {
  it("reads thanks and a feast's wishes in the person's language as the talk closing", () => {
    expect(statements("That is all. Dhanyabad, and Durga Pujar Shubhechha.")).toEqual([]);
    expect(statements("khalas thats it. merci ktir, yalla bye")).toEqual([]);
    expect(statements("That's all from me. À bétôt.")).toEqual([]);
  });

  it("reads how the software came to be wanted as no feature", () => {
    expect(statements("So the board has decided we should have an app.")).toEqual([]);
  });

  it("reads a story told with 'I can tell you', a rule's long standing and 'Now di …' as background", () => {
    expect(
      isBackground(
        "Last spring a man out at the point got a bill for a wall that wasn't his, I can tell you.",
      ),
    ).toBe(true);
    expect(isBackground("It's been like that since my father's time, it's so the lorries can turn.")).toBe(
      true,
    );
    expect(isBackground("Now di visitor dem call wi pon WhatsApp.")).toBe(true);
  });

  it("reads today in Kyrgyz and Yiddish as background, and a wish said today as none", () => {
    expect(isBackground("Азыр баарын дептерге жазабыз")).toBe(true);
    expect(isBackground("יעצט שרייבט מען די באשטעלונגען אויף א צעטל")).toBe(true);
    expect(isBackground("Азыр бизге программа керек")).toBe(false);
  });
});

describe("technology", () => {
  it("reads 'go + postgres' as a back end and a database", () => {
    expect(readTechnology("go + postgres, thats what i use at work", { serverless: false })).toEqual([
      { part: "backend", said: "go" },
      { part: "database", said: "postgres" },
    ]);
  });
});
