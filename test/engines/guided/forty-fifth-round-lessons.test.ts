import { describe, expect, it } from "vitest";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the forty-fifth round of people wrote, tuned on while the forty-fourth stays held out,
 * and how the interviewer reads it now, in other words than theirs.
 */

describe("records told the way these people told them", () => {
  it("reads fields said with 'the', the last of them said by its two values", () => {
    expect(
      things(
        "For every rent, the tenant, the month, the amount and cash or cheque. Every rent is for one tenant.",
      ),
    ).toEqual([["rent", ["tenant", "month", "amount", "cash or cheque"]]]);
  });

  it("reads a field said by its values after a yes or no, and a long count named by what it counts", () => {
    expect(
      things(
        "For every order, the client, how many trays of each flavour, paid or not, and collect or deliver.",
      ),
    ).toEqual([["order", ["client", "how many trays of each flavour", "paid", "collect or deliver"]]]);
    expect(
      things("And the rounds, that's the game, the home team and how many points each side scored."),
    ).toEqual([["rounds", ["game", "home team", "how many points"]]]);
  });

  it("reads records told in Tajik, after 'every' (ҳар), with their fields", () => {
    expect(
      things(
        "Ҳар хона рақам, соҳиб ва телефони соҳиб дорад. Барои ҳар меҳмон ном ва телефонро менависем. Ҳар иҷора: хона, меҳмон, сана, пардохт шуд ё не.",
      ),
    ).toEqual([
      ["хона", ["рақам", "соҳиб", "телефони соҳиб"]],
      ["меҳмон", ["ном", "телефон"]],
      ["иҷора", ["хона", "меҳмон", "сана", "пардохт шуд"]],
    ]);
  });

  it("reads a thing named without its hyphen in prose as the one listed with it", () => {
    expect(
      things("Go-karts: number, colour. Every go kart also has the service date and the fuel level.", true),
    ).toEqual([["go-karts", ["number", "colour", "service date", "fuel level"]]]);
  });

  it("reads what an offer holds, in brackets before its price, as no thing", () => {
    expect(things("menu: small (tea, scone) 6 jd, large (tea, scones, cake) 10 jd", false)).toEqual([]);
  });
});

describe("changes to the records", () => {
  it("reads changes said in Tajik: a field taken off one thing and put on another", () => {
    expect(
      edited(
        "хона: рақам, соҳиб. иҷора: хона, сана",
        "Аз хона соҳибро гиред, лозим нест. Ва ба иҷора нархро илова кунед.",
      ),
    ).toEqual([
      ["хона", ["рақам"]],
      ["иҷора", ["хона", "сана", "нарх"]],
    ]);
  });

  it("renames at the review when asked after agreeing, the new name with its own 'the'", () => {
    const { state } = applyChange(
      atTheReview("a repair kiosk", "jobs: ticket, price. sales: item, price"),
      "yeah sorted. one fing mate, call the sales the shop sales, so they dont get mixed up. cheers",
    );
    expect(state.thingEdits).toHaveLength(1);
    expect(state.extraFeatures ?? []).toEqual([]);
  });
});

describe("what these people turned down", () => {
  it("reads 'that's her (own) thing' after whose it is, and 'don't worry about that'", () => {
    expect(said("The fudge at the stall is my aunt's, that's her thing.")).toEqual(["fudge at the stall"]);
    expect(said("And the quiz night Friday evening, don't worry about that, love.")).toEqual(["quiz night"]);
  });

  it("reads 'not my game' and Cockney 'nuffink … wiv that'", () => {
    expect(
      said(
        "the key cutting, thats my cousin's counter, not my game. n the watches, dont want nuffink to do wiv that",
      ),
    ).toEqual(["key cutting", "watches"]);
  });

  it("reads 'no's in Tajik and Pashto and the things they point back at", () => {
    expect(said("Автобусҳо то Душанбе аз додарам ҳастанд, кори мо нест.")).toEqual(["Автобус"]);
    expect(said("د ګاډو مینځل زما ورور کوي, دا زموږ کار نه دی.")).toEqual(["د ګاډو مینځل"]);
  });

  it("keeps a limit said as what is not sold in halves, and 'only … we never … it'", () => {
    expect(said("We sell by the tray only. We don't sell half trays.")).toEqual([]);
    expect(said("The dark roast only goes in tins, we never put it in bags.")).toEqual([]);
  });
});

describe("what people do, and the rules they keep", () => {
  it("keeps prices listed with what each holds in brackets, and amounts in dinars", () => {
    expect(statements("menu: small (tea, scone) 6 jd, large (tea, scones, cake) 10 jd")).toEqual([
      "Menu: small (tea, scone) 6 jd, large (tea, scones, cake) 10 jd",
    ]);
  });

  it("keeps how few there are, said with 'so only', and when, said after the clause", () => {
    expect(statements("We have three boats, so only three trips in one morning.")).toEqual([
      "We have three boats, so only three trips in one morning",
    ]);
    expect(statements("The balance is paid on the day, before we start.")).toEqual([
      "The balance is paid on the day, before we start",
    ]);
  });

  it("reads 'r' typed for 'are' and keeps 'ppl' and 'dont' as typed", () => {
    expect(statements("lanes r 60 min, max 6 ppl in a lane, the hall dont fit more")).toEqual([
      "lanes are 60 min, max 6 ppl in a lane, the hall dont fit more",
    ]);
  });
});

describe("background", () => {
  it("reads today in more of the world's languages as background, and a wish as none", () => {
    expect(isBackground("Praegu kirjutan kõik vihikusse")).toBe(true);
    expect(isBackground("Zdaj imamo vse v zvezku")).toBe(true);
    expect(isBackground("Ҳоло ҳама чиз дар дафтар аст")).toBe(true);
    expect(isBackground("اوس هر څه په کتابچه کې لیکم")).toBe(true);
    expect(isBackground("Praegu tahaks veebilehte")).toBe(false);
    expect(isBackground("Nou skryf alles in 'n dagboek")).toBe(true);
    // Haitian Creole "Nou" is "we": what we do is no picture of today.
    expect(isBackground("Nou vann diri ak pwa nan mache a")).toBe(false);
  });
});

describe("what the forty-fifth round still taught, once round 44 was tuned on", () => {
  it("reads Levantine 'ma ilna da3weh' as a 'no' pointing back at what was named", () => {
    expect(said("the juice bar downstairs w the smoothies is my cousin's, ma ilna da3weh.")).toEqual([
      "juice bar downstairs w the smoothies",
    ]);
  });

  it("puts a field on after Pohnpeian 'Menlau,' and 'put also …', adding no feature", () => {
    const { state } = applyChange(
      atTheReview("a canoe hire", "bookings: customer, date. canoes: number"),
      "It is good. Menlau, put also the paddles on the bookings, yes or no, so we remember them. Kalahngan.",
    );
    expect(state.thingEdits).toHaveLength(1);
    expect(state.extraFeatures ?? []).toEqual([]);
  });

  it("keeps 'only … we never … it' as the one rule it is, and 'St.' before a place in its sentence", () => {
    const read = statements(
      "Okay, here's how packing goes.\nThe dark honey only goes in buckets, we never put it in jars.\nMost of it goes to the packer in drums, Mum drives them over to St. Johnsbury herself.\nThe rest we sell in jars at the stand: a small $9 and a big $16.",
    );
    expect(read).toContain("The dark honey only goes in buckets, we never put it in jars");
    expect(read).toContain(
      "Most of it goes to the packer in drums, Mum drives them over to St. Johnsbury herself",
    );
    expect(read.some((line) => /here's how/i.test(line))).toBe(false);
  });

  it("keeps a rule line after a short label, and a long rule line, whole", () => {
    const read = statements(
      "ok so\nladies: monday to friday 9 to 2\ngents: monday to friday 3 to 11 at night, saturday from 1 after the match\nlanes r 60 min, max 6 ppl in a lane\nno kids under 10\nThe season is when the ice holds, usually from the first week of January to the end of February, when it stays below minus 10 at night and under zero in the day.\nbook at least 2 hours before\nsms 1 hour before",
    );
    expect(read).toContain("Gents: monday to friday 3 to 11 at night, saturday from 1 after the match");
    expect(read).toContain(
      "The season is when the ice holds, usually from the first week of January to the end of February, when it stays below minus 10 at night and under zero in the day",
    );
  });
});
