import { describe, expect, it } from "vitest";
import { resolveTech } from "../../../src/engines/guided/design/tech.js";
import { exclusionsOf } from "../../../src/engines/guided/design/things-design.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { pluralize, withOwnPlurals } from "../../../src/engines/guided/language/inflection.js";
import { findExclusions, withoutExcluded } from "../../../src/engines/guided/understanding/exclusions.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";

/**
 * What the sixth round of people the interviewer had not met wrote, and how it reads it
 * now: each case is a way of saying something, not one person's sentence only.
 */

const said = (text: string) => findExclusions(text).map((exclusion) => exclusion.said);
const things = (text: string) =>
  readThings(text, { listed: true }).map((thing) => [thing.said, thing.fields.map((field) => field.said)]);

describe("records told in prose", () => {
  it("reads 'each show has …', 'the show it belongs to' and 'belongs to … and has …'", () => {
    expect(
      things(
        "There are shows, and each show has a title and a run of performances. A performance has a date, a start time and the show it belongs to. A shift belongs to a performance and has a role and the volunteer who took it.",
      ),
    ).toEqual([
      ["show", ["title"]],
      ["performance", ["date", "start time", "show"]],
      ["shift", ["performance", "role", "volunteer"]],
    ]);
  });

  it("reads 'each booking has a guest, dates and a room' in prose, the guest (a person) included", () => {
    const prose = "Guests book a room online. Each booking has a guest, dates and a room.";
    expect(
      readThings(prose, { listed: false }).map((thing) => [thing.said, thing.fields.map((f) => f.said)]),
    ).toEqual([["booking", ["guest", "dates", "room"]]]);
    expect(things("Each booking has a guest, dates and a room.")).toEqual([
      ["booking", ["guest", "dates", "room"]],
    ]);
  });

  it("keeps 'practice sessions' whole, and 'sessions' after it is the same thing", () => {
    expect(things("Every practice session belongs to a student and has a piece and minutes.")).toEqual([
      ["practice session", ["student", "piece", "minutes"]],
    ]);
    expect(things("Practice sessions (date, minutes)")).toEqual([["practice sessions", ["date", "minutes"]]]);
  });

  it("reads no thing from a colon before sentences: someone acting is no field", () => {
    const prose =
      "Ein Werkzeug für unsere Werkstatt: Kunden bringen Fahrräder zur Reparatur, wir erfassen den Auftrag.";
    expect(readThings(prose, { listed: false })).toEqual([]);
  });

  it("takes brackets after 'for every parcel' in prose as examples, not as a thing's fields", () => {
    const prose = "Handhelds post a status update for every parcel (picked up, in the van, delivered).";
    expect(readThings(prose, { listed: false })).toEqual([]);
    expect(things("Parcels (tracking code, shop, status)")).toEqual([
      ["parcels", ["tracking code", "shop", "status"]],
    ]);
  });
});

describe("a 'no' in more of the ways people say it", () => {
  it("reads 'leave out', 'skip' and 'no need for' at the start of a clause, not inside one", () => {
    expect(said("Leave out billing, that stays in our accounting system.")).toEqual(["billing"]);
    expect(said("And skip invoices, my accountant does those.")).toEqual(["invoices"]);
    expect(said("No need for a chat.")).toEqual(["chat"]);
    expect(said("Let's skip the reviews.")).toEqual(["reviews"]);
    // "skip" is something an app does too: without a lead it is a feature.
    expect(said("Riders skip the queue at the counter.")).toEqual([]);
    expect(said("Skip songs I don't like.")).toEqual([]);
    expect(said("Listeners can pause, and skip a song.")).toEqual([]);
    expect(splitStatements("Leave out billing, that stays in our accounting system.")).toEqual([]);
  });

  it("reads 'won't be doing', 'not something we need', 'rather not have', 'nothing like' and 'don't do'", () => {
    expect(said("We won't be doing deliveries.")).toEqual(["deliveries"]);
    expect(said("Reviews are not something we need.")).toEqual(["Reviews"]);
    expect(said("I'd rather not have ads.")).toEqual(["ads"]);
    expect(said("Nothing like a forum.")).toEqual(["forum"]);
    expect(said("We don't do refunds.")).toEqual(["refunds"]);
  });

  it("keeps the first letter of a Portuguese word that starts like an article ('anúncios')", () => {
    expect(said("Não queremos anúncios.")).toEqual(["anúncios"]);
    expect(said("Non serve l'agenda.")).toEqual(["agenda"]);
  });

  it("reads German that puts 'brauchen wir nicht' after the thing", () => {
    expect(said("Eine Online-Zahlung brauchen wir nicht.")).toEqual(["Online-Zahlung"]);
    expect(said("Ein Forum ist nicht nötig.")).toEqual(["Forum"]);
  });

  it("drops only what is excluded from a feature that lists it", () => {
    const photos = findExclusions("No photos.");
    expect(withoutExcluded("Users can log each walk with a date, notes and photos", photos)).toBe(
      "Users can log each walk with a date and notes",
    );
    expect(withoutExcluded("Users can upload photos", photos)).toBeNull();
    expect(withoutExcluded("Users can log each walk", photos)).toBe("Users can log each walk");
  });
});

describe("a correction mid-interview", () => {
  it("takes an earlier 'skip' back when the person wants the thing after all, and keeps what they want", () => {
    const state = {
      ...initialState(),
      overview: ["Students book lessons. We don't want a chat. And skip invoices."],
      mainExperience:
        "Actually, let me correct myself: I do want invoices after all, a simple invoice per month for each student. But still no chat.",
    };
    expect(exclusionsOf(state).map((exclusion) => exclusion.said)).toEqual(["chat"]);
    expect(splitStatements(state.mainExperience)).toEqual(["A simple invoice per month for each student"]);
  });

  it("replaces what a correction says was wrong ('Sorry, I meant: a text, not an email') in the same answer", () => {
    expect(
      splitStatements(
        "A guest books and gets an email. Sorry, I meant: they get a text message, not an email.",
      ),
    ).toEqual(["A guest books", "They get a text message"]);
    // Without a correction, "not …" stays part of what the person said.
    expect(splitStatements("Members see their own bookings, not other people's.")).toEqual([
      "Members see their own bookings, not other people's",
    ]);
  });

  it("reads a plain wish as before: 'we need a website where …' names the app", () => {
    expect(splitStatements("We need a website where people sign up")).toEqual(["Users can sign up"]);
  });
});

describe("the person's own words for their things and their technology", () => {
  it("uses a person's own plurals while they are in force, English rules otherwise", () => {
    expect(pluralize("spieler")).toBe("spielers");
    expect(withOwnPlurals(new Map([["spieler", "spieler"]]), () => pluralize("spieler"))).toBe("spieler");
  });

  it("finds what people do after 'an app for my tutoring business where …'", () => {
    expect(
      splitStatements(
        "An app for my tutoring business where students book lessons and I keep notes on what we covered.",
      ),
    ).toEqual(["Students book lessons", "Users can keep notes on what they covered"]);
  });

  it("keeps Deno as the runtime, with nothing of Node's tools or installs", () => {
    const state = {
      ...initialState(),
      kind: "command-line tool" as const,
      tech: { ...initialState().tech, said: { runtime: "Deno" } },
    };
    const tech = resolveTech(state);
    expect(tech.runtime).toEqual(["Deno"]);
    expect(tech.prerequisites).toEqual(["Deno"]);
    expect(JSON.stringify(tech)).not.toMatch(/Node\.js|npm|commander|vitest/);
  });
});
