import { describe, expect, it } from "vitest";
import { deriveCommands, derivePublicInterface } from "../../../src/engines/guided/design/commands.js";
import { resolveTech } from "../../../src/engines/guided/design/tech.js";
import { thingSuggestions } from "../../../src/engines/guided/design/things-design.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { findExclusions } from "../../../src/engines/guided/understanding/exclusions.js";
import { columnFor } from "../../../src/engines/guided/understanding/fields.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { readThings } from "../../../src/engines/guided/understanding/things.js";

/**
 * What people the interviewer had not met wrote, and how it reads it now: each case is
 * a way of saying something, not one person's sentence only.
 */

const said = (text: string) => findExclusions(text).map((exclusion) => exclusion.said);

describe("a 'no' in more of the ways people say it", () => {
  it("reads 'never' and 'must not' before what the software would do, and the 'no' reaches past 'or'", () => {
    expect(said("It only reads, it never pushes or talks to GitHub.")).toEqual(["pushes or talks to GitHub"]);
    expect(splitStatements("It only reads, it never pushes or talks to GitHub.")).toEqual([]);
    expect(said("The tool must not delete anything.")).toEqual(["delete anything"]);
  });

  it("leaves out nothing when people, not the software, are the ones who can't", () => {
    expect(said("We want people to say which Sundays they can't make.")).toEqual([]);
    expect(splitStatements("We want people to say which Sundays they can't make.")).toEqual([
      "We want people to say which Sundays they can't make",
    ]);
  });

  it("reads 'keine … und kein …' as two things, each without what it is about", () => {
    expect(said("Keine Bezahlung über die App und kein Chat.")).toEqual(["Bezahlung über die App", "Chat"]);
    const [payment] = findExclusions("Keine Bezahlung über die App.");
    expect(payment?.keys).toEqual([["bezahlung"]]);
  });

  it("reads 'there is no', 'X needed' and 'any' as people say them", () => {
    expect(said("There's no web interface and no dashboard.")).toEqual(["web interface", "dashboard"]);
    expect(said("No maps needed, everyone knows the routes.")).toEqual(["maps"]);
    expect(findExclusions("We don't need a forum or any chat.")[0]?.keys).toEqual([["forum"], ["chat"]]);
  });

  it("takes the reason after a 'no' for what it is, no feature", () => {
    expect(splitStatements("We don't need a forum or any chat, people talk in the garden.")).toEqual([]);
    expect(splitStatements("No dashboard, finance already has Looker.")).toEqual([]);
    expect(splitStatements("No delivery or shipping: renters pick the gear up from the owner.")).toEqual([
      "Renters pick the gear up from the owner",
    ]);
  });
});

describe("features said in more of the ways people say them", () => {
  it("finds what the software does after any way of naming it", () => {
    expect(
      splitStatements(
        "What I'd like is a website where members can see which plots are free and apply for a plot.",
      ),
    ).toEqual(["Members can see which plots are free", "Members can apply for a plot"]);
    expect(
      splitStatements("We want a helpdesk where staff submit a ticket with a category and urgency."),
    ).toEqual(["Staff submit a ticket with a category and urgency"]);
    expect(
      splitStatements("A nightly Python job that pulls yesterday's orders and loads them into BigQuery."),
    ).toEqual(["Pull yesterday's orders", "Load them into BigQuery"]);
  });

  it("does not take someone's action for the name of the app", () => {
    expect(splitStatements("The dispatcher assigns each job to a van so plumbers know where to go.")).toEqual(
      ["The dispatcher assigns each job to a van so plumbers know where to go"],
    );
  });

  it("reads a wish said as what would be nice", () => {
    expect(
      splitStatements("It would also be nice if members could book the shared tools for a day."),
    ).toEqual(["Members can book the shared tools for a day"]);
  });

  it("keeps who acts when the sentence opens on when or where", () => {
    expect(
      splitStatements(
        "At the start of a route the volunteer starts a survey, adds each sighting and ends it.",
      ),
    ).toEqual([
      "The volunteer starts a survey at the start of a route",
      "The volunteer adds each sighting",
      "The volunteer ends it",
    ]);
  });

  it("keeps a list of what is recorded or returned whole", () => {
    expect(splitStatements("They record the species, how many birds, and where they saw them.")).toHaveLength(
      1,
    );
    expect(
      splitStatements("A developer gets back the distance, elevation gain and moving time."),
    ).toHaveLength(1);
  });
});

describe("the kind of software in people's words", () => {
  it("reads a scheduled job or a data pipeline as a program run by a command", () => {
    expect(saidKind("A nightly Python job that pulls orders")).toBe("command-line tool");
    expect(saidKind("None of these, it's a data pipeline that runs every night")).toBe("command-line tool");
    expect(saidKind("An ETL for our sales data")).toBe("command-line tool");
    expect(saidKind("A job board website for nurses")).toBe("web app");
  });
});

describe("things and their fields in other languages and in prose", () => {
  it("keeps a hyphenated field whole and joins only on words between spaces", () => {
    const [player] = readThings("Spieler (Name, E-Mail, Mannschaft)", { listed: true });
    expect(player?.fields.map((field) => field.said)).toEqual(["name", "e-mail", "mannschaft"]);
  });

  it("reads 'con' in prose as company, not as fields", () => {
    expect(
      readThings("Quiero buscar recetas por ingrediente y compartirlas con la familia.", { listed: false }),
    ).toEqual([]);
    expect(readThings("Hábitos con nombre y color", { listed: true })[0]?.said).toBe("hábitos");
  });

  it("types yes-or-no and counted fields", () => {
    expect(columnFor("has water tap")).toBe("has_water_tap (boolean, default false)");
    expect(columnFor("max players")).toBe("max_players (integer)");
    expect(columnFor("reps")).toBe("reps (integer)");
    expect(columnFor("ingredients")).toBe("ingredients (list of text)");
  });
});

describe("names are no things", () => {
  it("never suggests a product, a place or a person the person named", () => {
    const state = {
      ...initialState(),
      overview: [
        "A tool that pulls our Shopify orders every night and loads them into BigQuery. Dave checks the orders in BigQuery.",
      ],
    };
    const suggestions = thingSuggestions(state);
    expect(suggestions).not.toContain("bigquery");
    expect(suggestions).not.toContain("shopify");
    expect(suggestions).not.toContain("dave");
  });
});

describe("technology the person named", () => {
  it("keeps a named data warehouse even when the tool keeps nothing itself", () => {
    const state = {
      ...initialState(),
      kind: "command-line tool" as const,
      storesData: false,
      tech: {
        ...initialState().tech,
        runtime: "python",
        said: { runtime: "Python", database: "BigQuery" },
      },
    };
    expect(resolveTech(state).database).toBe("BigQuery");
    expect(resolveTech({ ...state, tech: { ...state.tech, said: { runtime: "Python" } } }).database).toMatch(
      /^none/,
    );
  });
});

describe("commands and functions from what the software does", () => {
  const steps = [
    "Pull yesterday's orders from the store",
    "Clean up the currency fields",
    "Load them into BigQuery",
    "Users can read the log in the morning",
  ];

  it("makes a scheduled tool one run of its steps, without what people do around it", () => {
    const [run, ...others] = deriveCommands("sync", "", steps, { scheduled: true });
    expect(others).toEqual([]);
    expect(run?.name).toBe("run");
    expect(run?.lines.join("\n")).toContain("Pull yesterday's orders from the store; Clean up");
    expect(run?.lines.join("\n")).not.toContain("read the log");
  });

  it("gives a library functions for what it does, not for what its users do", () => {
    const functions = derivePublicInterface([
      "Read a GPX file",
      "A developer installs it with pip",
      "Give the total distance",
    ]);
    expect(functions).toHaveLength(2);
    expect(functions.join("\n")).not.toContain("pip");
  });
});

describe("what the fifth round added", () => {
  it("keeps a plainly named list as a thing, never its fields as things", () => {
    expect(
      readThings("items (name, quantity, added by, bought)", { listed: true }).map((thing) => [
        thing.said,
        thing.fields.map((field) => field.said),
      ]),
    ).toEqual([["items", ["name", "quantity", "added by", "bought"]]]);
  });

  it("reads 'she' and 'he' as the one person who uses it", () => {
    expect(
      splitStatements("She scans a stamp, types the country and year, and files it in an album."),
    ).toEqual([
      "Users can scan a stamp",
      "Users can type the country and year",
      "Users can file it in an album",
    ]);
  });

  it("reads not wanting something in Portuguese, Italian and French", () => {
    expect(said("Não precisa de pagamento online.")).toEqual(["pagamento online"]);
    expect(said("Non ci serve la chat.")).toEqual(["chat"]);
    expect(said("On n'a pas besoin de paiement en ligne.")).toEqual(["paiement en ligne"]);
    expect(splitStatements("Não precisa de pagamento online.")).toEqual([]);
  });

  it("finds what an app does after where it runs: “an app on my phone to …”", () => {
    expect(splitStatements("I want an app on my phone to log each kiln firing.")).toEqual([
      "Users can log each kiln firing",
    ]);
  });
});
