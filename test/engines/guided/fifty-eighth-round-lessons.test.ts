import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import type { InterviewState } from "../../../src/engines/guided/interview/state.js";
import { normalizeStatement } from "../../../src/engines/guided/language/voice.js";
import { findExclusions } from "../../../src/engines/guided/understanding/exclusions.js";
import { noSaidByItsShape } from "../../../src/engines/guided/understanding/negations-by-shape.js";
import { rawStatements } from "../../../src/engines/guided/understanding/person-statements.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { atTheReview, edited, rules, said, things } from "./lesson-readers.js";

/**
 * What the fifty-eighth round of people wrote, run once unseen and tuned on once the
 * fifty-ninth was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

/** What an overview says, its story of today left out. */
const told = (text: string): string[] =>
  splitStatements(text, { keepVerbless: false, interviewInEnglish: true });

describe("records told in English", () => {
  it("reads what someone named by who they are writes down for every one of a thing", () => {
    expect(
      things(
        "Every hive has a name n how many frames. n every inspection mum writes the date, calm or angry n about how many mites.",
      ),
    ).toEqual([
      ["hive", ["name", "how many frames"]],
      ["inspection", ["date", "calm or angry", "how many mites"]],
    ]);
  });

  it("reads 'For every X, …' with a longer second field and values in brackets", () => {
    expect(
      things(
        "For every dog we need its name and breed. For every walk, the date and which park is used. For every visit, the dog, the day, what it had (wash, trim or nails), the price and paid or not.",
      ),
    ).toEqual([
      ["dog", ["name", "breed"]],
      ["visit", ["dog", "day", "what it had", "price", "paid"]],
      ["walk", ["date", "park"]],
    ]);
  });
});

describe("rules in the walkthrough", () => {
  it("keeps who a rule is about when they are picked out by a measure, and a check with a ruler as part of the work", () => {
    expect(
      rules(
        "Fish shorter than 20 cm and crabs narrower than 9 cm go back in the water, and the warden checks with a ruler.",
      ),
    ).toEqual([
      "Fish shorter than 20 cm and crabs narrower than 9 cm go back in the water",
      "The warden checks with a ruler",
    ]);
  });

  it("names what 'it' is when a rule holds while it is open", () => {
    expect(
      rules("The ferry's open from May to September, and visitors can only come and go while it's open."),
    ).toEqual([
      "The ferry's open from May to September",
      "Visitors can only come and go while the ferry is open",
    ]);
  });

  it("keeps a short sentence that goes on from the rule before it with that rule, and how long a step takes", () => {
    expect(
      rules(
        "Every stone is cut to order.\nThe couple approves the proof before we engrave. After that nothing changes.\nThe printer needs two weeks. For a christening the order comes three weeks before.",
      ),
    ).toEqual([
      "Every stone is cut to order",
      "The couple approves the proof before we engrave; after that nothing changes",
      "The printer needs two weeks; for a christening the order comes three weeks before",
    ]);
  });
});

describe("'no's in English", () => {
  it("turns down what visitors ask to try when it is someone else's, not ours", () => {
    expect(
      said(
        "Lots of visitors ask to try rowing with the crew, but that is the rowing club down the river, not ours.",
      ),
    ).toEqual(["rowing with the crew"]);
  });

  it("turns down a doing asked for when the next sentence says it is not done, which is no feature", () => {
    expect(said("People want us to frame the prints. We do not frame.")).toEqual(["framing the prints"]);
    expect(splitStatements("We do not frame.", { keepVerbless: true })).toEqual([]);
  });

  it("turns down what runs on someone else's licence when another person does all that", () => {
    expect(
      said(
        "The bar upstairs runs off the hall's licence and the caretaker does all that separate, don't worry about it.",
      ),
    ).toEqual(["bar upstairs"]);
  });

  it("takes out what the review asks after praise said to someone and 'one thing,'", () => {
    const state = atTheReview(
      "A website for the bowls club. Members book a rink. The raffle on Friday raises money for the club.",
      "Rinks: number, name",
    );
    const changed = applyChange(
      state,
      "looks good mate. one thing, take out the raffle, the bar runs it now, not us",
    );
    const analysis = analyze(changed.state);
    expect(analysis.exclusions.map((exclusion) => exclusion.said)).toEqual(["raffle"]);
    expect(
      analysis.categories
        .flatMap((category) => category.features)
        .filter((feature) => /raffle|mate/i.test(feature)),
    ).toEqual([]);
  });
});

describe("changes at the review", () => {
  const walked = (overview: string, manages: string, walkthrough: string): InterviewState => ({
    ...atTheReview(overview, manages),
    mainExperience: walkthrough,
  });
  const features = (state: InterviewState) =>
    analyze(state).categories.flatMap((category) => category.features);

  it("takes a thing kept out as a thing in a change announced as one, and keeps the rules that speak of it", () => {
    const state = walked(
      "A website for the oyster farm's sales.",
      "Buyers: name, phone\nSales: buyer, date, dozens\nLabels: sale, number",
      "Every box that goes out gets a label with the lot and the date. A sale is at least 5 dozen.",
    );
    const changed = applyChange(
      state,
      "Looks good. One thing, take out the labels, the sale has it all already.",
    ).state;
    expect(analyze(changed).tables.map((table) => table.name)).not.toContain("labels");
    expect(features(changed)).toContain("Every box that goes out gets a label with the lot and the date");
  });

  it("takes out a measure by its number, and keeps another said in the same unit", () => {
    const state = walked(
      "A library for the tournament draw.",
      "",
      "A game has 60 minutes. A team not at its court 15 minutes after the call loses.",
    );
    const changed = applyChange(
      state,
      "Very nice. One thing, take out the 60 minutes, there is no time limit now.",
    );
    expect(features(changed.state).filter((feature) => /minutes/.test(feature))).toEqual([
      "A team not at its court 15 minutes after the call loses",
    ]);
  });
});

describe("the kind of software", () => {
  it("reads a program on a computer named by where it stands as a desktop app", () => {
    expect(saidKind("A program on the till computer, no internet")).toBe("desktop app");
  });
});

describe("a language not read word by word", () => {
  const extras =
    "Il bar da la staziun fa meis frar, quai nun es nossa chosa. E blers dumondan per excursiuns cun chaschöls, ma quai fa l'uffizi da turissem, nu metter quai.";

  it("reads a sentence that closes on a short clause with a 'no' as turning down what it named first", () => {
    expect(findExclusions(extras)).toEqual([]);
    const analysis = analyze({
      ...atTheReview("Nus vulain ün sito per la butia da chaschöl.", "Chaschöls: nom, pretsch"),
      domainExtras: extras,
    });
    expect(analysis.exclusions.map((exclusion) => exclusion.said)).toEqual([
      "Il bar da la staziun fa meis frar",
      "E blers dumondan per excursiuns cun chaschöls, ma quai fa l'uffizi da turissem",
    ]);
    expect(
      analysis.categories
        .flatMap((category) => category.features)
        .filter((feature) => /staziun|excursiuns/.test(feature)),
    ).toEqual([]);
  });

  it("reads no 'no' by its shape in English, nor in a 'no' with only a word before it", () => {
    expect(noSaidByItsShape("The raffle on Friday, we never do that.")).toBeNull();
    expect(noSaidByItsShape("Nej, ikke mere.")).toBeNull();
    expect(noSaidByItsShape("La butia es averta, mincha di.")).toBeNull();
  });

  it("puts a field said with its yes or no on the thing named before it", () => {
    expect(
      edited(
        "Chaschöls: nom, pretsch\nCumandas: client, data",
        "E metta pro las cumandas tramiss schi o na, per meis frar.",
      ),
    ).toEqual([
      ["chaschöls", ["nom", "pretsch"]],
      ["cumandas", ["client", "data", "tramiss"]],
    ]);
  });

  it("reads 'schi o na' after a field as the yes or no it takes", () => {
    expect(
      things("- Clients: nom, e-mail, commember schi o na\n- Cumandas: client, data, pajà schi o na"),
    ).toEqual([
      ["clients", ["nom", "e-mail", "commember"]],
      ["cumandas", ["client", "data", "pajà"]],
    ]);
  });

  it("reads the phone and WhatsApp named together as today outside the walkthrough, and as a rule in it", () => {
    const today =
      "Uossa vegnan las cumandas per telefon e per WhatsApp, e meis frar las scriva in ün quadern.";
    expect(told(today)).toEqual([]);
    expect(rules(today)).toHaveLength(1);
  });
});

describe("the story around the idea", () => {
  it("reads a greeting with a name, a rough count of the work and who will build it as no features", () => {
    expect(
      told(
        "Hiya, I'm Morag Bell, treasurer of the bowls club in Largs. We've got about 120 members. My grandson's doing computing at Paisley and reckons he can build us a website, so here we are. Members book a rink online.",
      ),
    ).toEqual(["Members book a rink online"]);
    expect(
      told(
        "My daughter studies IT in Dundee. She will make an app for the club. Members pay their fees online.",
      ),
    ).toEqual(["Members pay their fees online"]);
  });

  it("reads a story whose time is said first, or told in '-ed', as a story", () => {
    expect(
      told(
        "In the summer season last year we promised the same rink to two clubs for the same Saturday, and we were only having one rink free. Members book a rink online.",
      ),
    ).toEqual(["Members book a rink online"]);
    expect(
      told(
        "Members book a rink online. Last May we printed 200 cards with the wrong date. The captain came to the clubhouse shouting. Members pay online.",
      ),
    ).toEqual(["Members book a rink online", "Members pay online"]);
  });

  it("reads what the person's business does, in the overview, as who they are", () => {
    const state = atTheReview(
      "We catch crabs in the bay and we sell them to the restaurants in town. We want a website where the restaurants order crabs for the next day.",
      "",
    );
    expect(rawStatements(state).map((statement) => statement.text)).toEqual([
      "The restaurants order crabs for the next day",
    ]);
  });

  it("brings no sentence of a story back as a sentence nothing read", () => {
    const state = atTheReview(
      "Right now the bookings are in a diary. Last winter my wife gave the same cottage to two families for New Year. The second family drove 5 hours from Leeds and slept in their car. So we want a website where guests book a cottage.",
      "",
    );
    expect(rawStatements(state).map((statement) => statement.text)).toEqual(["Guests book a cottage"]);
  });

  it("keeps who else may act, set off by commas after who acts, with them", () => {
    expect(told("Members, or their carers, book a session and pay online.")).toEqual([
      "Members (or their carers) book a session",
      "Members (or their carers) pay online",
    ]);
  });

  it("reads the words that open or close a walkthrough as talk", () => {
    expect(
      rules(
        "ok the rules, the committee is very strict about these\nA rink takes 8 players.\nI will tell you how the bar works, it is simple.\nBeauty, that's it",
      ),
    ).toEqual(["A rink takes 8 players"]);
  });

  it("tells what was done once as it was said, never as something users can do", () => {
    expect(normalizeStatement("we promised the same rink to two clubs")).toBe(
      "We promised the same rink to two clubs",
    );
    expect(normalizeStatement("ppl waiting in the rain for an hour")).toBe(
      "Ppl waiting in the rain for an hour",
    );
    expect(normalizeStatement("we breed dogs")).toBe("Users can breed dogs");
  });
});
