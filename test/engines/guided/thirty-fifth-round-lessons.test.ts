import { describe, expect, it } from "vitest";
import { commandsSaid } from "../../../src/engines/guided/design/commands-said.js";
import { thingSuggestions } from "../../../src/engines/guided/design/things-design.js";
import { catalogueQuestion } from "../../../src/engines/guided/interview/questions.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { tokenize } from "../../../src/engines/guided/language/tagger.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { saidKind } from "../../../src/engines/guided/understanding/software-kind.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the thirty-fifth round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: a field's values said after it ("the type,
 * van or car"), "the date of the wedding", "we call them all X" and "every booking is the
 * one X"; changes asked as "would yiz ever", as "where you put 'X', put 'Y' instead" and
 * as "that X one, no need that one"; rules said as "anyone owing …, we …", "no … in
 * October" and "no …, she go back"; and "no"s that turn nothing down ("don't need nowt",
 * "the divers don't need it") beside ones that do ("is a next company", "pa ni anything
 * to do with us").
 */

describe("records told as people tell them", () => {
  it("reads the values a field of kinds takes, said after it up to the next comma, as no fields", () => {
    expect(
      things(
        "Each van has a plate, the type, panel or tipper, the colour, red or blue for the new ones and white or grey for the old ones, and the mileage.",
      ),
    ).toEqual([["van", ["plate", "type", "colour", "mileage"]]]);
  });

  it("keeps what is said after a field of kinds as fields when they are fields ('the size, weight or volume')", () => {
    expect(things("Each parcel has a label, the size, weight or volume, and the sender.")).toEqual([
      ["parcel", ["label", "size", "weight or volume", "sender"]],
    ]);
  });

  it("reads 'yes or no' after a field, and 'me or Ann' after who did it, as values", () => {
    expect(
      things("Every job has the house, the date, who cleaned it, me or Ann, the hours and paid, yes or no."),
    ).toEqual([["job", ["house", "date", "cleaned by", "hours", "paid"]]]);
  });

  it("reads 'the date of the wedding' as the wedding date", () => {
    expect(things("Each couple has their names, a phone and the date of the wedding.")).toEqual([
      ["couple", ["names", "phone", "wedding date"]],
    ]);
  });

  it("reads no things in what the person calls them, and none in 'every X is the one Y and the one Z'", () => {
    expect(
      things(
        "We call them all rigs, the kayaks and the canoes together. Each rig has a number and a length. Every hire is the one rig and the one paddler.",
      ),
    ).toEqual([["rig", ["number", "length"]]]);
  });
});

describe("changes to the records", () => {
  it("adds a field asked for as 'would yiz ever put …'", () => {
    expect(
      edited(
        "Players: name, club. Matches: date, venue.",
        "Grand. Would yiz ever put the shirt size on the players as well, the kit man keeps asking. Sound.",
      ),
    ).toEqual([
      ["players", ["name", "club", "shirt size"]],
      ["matches", ["date", "venue"]],
    ]);
  });

  it("renames with 'where you put X, put Y instead', whatever is said after it", () => {
    expect(
      edited(
        "Guests (name, room), Stays (guest, nights).",
        "All good. Only one thing, where you put 'Stays', put 'Visits' instead, is so the owners does say it.",
      ),
    ).toEqual([
      ["guests", ["name", "room"]],
      ["visits", ["guest", "nights"]],
    ]);
  });

  it("takes a record out when it is pointed at and turned down: 'that X one, no need that one'", () => {
    expect(
      edited(
        "Boats: name, skipper. Trips: boat, date. Invoices: trip, amount.",
        "Looks good. That invoices one, no need that one, the accountant does it.",
      ),
    ).toEqual([
      ["boats", ["name", "skipper"]],
      ["trips", ["boat", "date"]],
    ]);
  });
});

describe("rules said plainly", () => {
  it("keeps 'anyone behind …, we …' as a condition and its result", () => {
    expect(statements("Anyone owing for 3 weeks, we stop their deliveries till they pay.")).toEqual([
      "If anyone owes for 3 weeks, we stop their deliveries till they pay",
    ]);
  });

  it("keeps a 'no' for a month or a season, and a 'no' whose thing is sent back, as rules", () => {
    expect(statements("No picking at all in June and July, that's the nesting season.")).toEqual([
      "No picking at all in June and July, that's the nesting season",
    ]);
    expect(statements("No crab with a soft shell, it goes back in the water.")).toEqual([
      "No crab with a soft shell, it goes back in the water",
    ]);
    expect(said("No crab with a soft shell, it goes back in the water.")).toEqual([]);
  });

  it("reads 'no X, no Y' closing a sentence that names the one kept as a rule", () => {
    expect(said("Every seller must show a permit number, no permit, no sale.")).toEqual([]);
  });

  it("reads a plural that describes no action as a verb where things open and close", () => {
    expect(statements("Entries open on the 1st of March and not a day before.")).toEqual([
      "Entries open on the 1st of March and not a day before",
    ]);
  });
});

describe("what is turned down, and what is not", () => {
  it("turns nothing down when people need nothing, or do not need the software", () => {
    expect(said("Just me and Jo. Customers don't need nowt.")).toEqual([]);
    expect(said("Only me and Jo. The pickers don't need it.")).toEqual([]);
    expect(said("Members don't need anything.")).toEqual([]);
  });

  it("still turns down what the sentence before named, when the person does not need it", () => {
    expect(said("The gift shop is my sister's. We don't need it.")).toEqual(["gift shop"]);
  });

  it("reads 'is a next company' and Kwéyòl 'pa ni anything to do with us' as turning down", () => {
    expect(said("And the boat tours round the bay is a next company, leave that.")).toEqual([
      "boat tours round the bay",
    ]);
    expect(
      said(
        "The mud baths and the drive-in crater, that is the Trust business, pa ni anything to do with us.",
      ),
    ).toEqual(["mud baths", "drive-in crater"]);
  });

  it("reads a thing whose last word could be a verb ('the hot springs') before a 'no'", () => {
    expect(said("The hot springs, nothing to do with us.")).toEqual(["hot springs"]);
  });
});

describe("records, rules and 'no's said in the last few ways", () => {
  it("reads a field's 'yes or no' in a list on lines, and who did it with a verb it does not know", () => {
    expect(things("Members - name, phone, car yes or no, boat yes or no")).toEqual([
      ["members", ["name", "phone", "car", "boat"]],
    ]);
  });

  it("keeps who goes first, what someone needs before they act, and an amount allowed for, whole", () => {
    expect(statements("The families with no car go first.")).toEqual(["The families with no car go first"]);
    expect(statements("They need a first aid card and the club's form signed before they coach.")).toEqual([
      "They need a first aid card and the club's form signed before they coach",
    ]);
    expect(statements("The logs shrink as they dry, we take 10% off the weight in the spring.")).toEqual([
      "The logs shrink as they dry, we take 10% off the weight in the spring",
    ]);
  });

  it("keeps what is done with each one of a thing, pointed back at with 'it', in one line", () => {
    expect(statements("Each load, we weigh it and write the field it came from.")).toEqual([
      "Users can weigh it and write the field it came from each load",
    ]);
  });

  it("ends a list of fields where someone says what they will do: '…; I'll type those in myself'", () => {
    expect(
      things(
        "I'd keep the rates as well: for every week the price of a room, and the breakfast from and till; I'll type those in myself.",
      ),
    ).toEqual([["rates", ["week", "price of a room", "breakfast from", "till"]]]);
  });

  it("reads a price in ringgit and one said after its grade as rules", () => {
    expect(statements("Small jars are Grade C at RM12 a jar, and broken jars are RM2 each.")).toEqual([
      "Small jars are Grade C at RM12 a jar, and broken jars are RM2 each",
    ]);
  });

  it("turns nothing down in how the people served live, nor in a 'no' said back to where they live", () => {
    expect(said("Most of them live up the glen, no bus, no shop, just the post van.")).toEqual([]);
  });

  it("reads 'X is the Y program' and 'leave that right out' after the thing as turning it down", () => {
    expect(said("And the school meals is the council program, not this one.")).toEqual(["school meals"]);
    expect(said("And the hay for the goats is the farm program, not this one.")).toEqual([
      "hay for the goats",
    ]);
    expect(said("And the oats we grow for the horses, leave that right out.")).toEqual(["oats"]);
  });

  it("reads the program's name typed before each command in one sentence", () => {
    expect(
      commandsSaid(
        "tool",
        "It goes: hive add --name Bee1 --site top, hive inspect --hive 3 --queen yes, hive report.",
      ).map((command) => command.name),
    ).toEqual(["add", "inspect", "report"]);
  });
});

describe("Telugu and Papiamentu", () => {
  it("reads today told in Telugu and Papiamentu, and a story of the last season in Telugu, as background", () => {
    expect(isBackground("ఇప్పుడు అంతా ఒక నోట్ బుక్ లో రాస్తాం.")).toBe(true);
    expect(isBackground("పోయిన సీజన్ లో ఒక లోడ్ తప్పు చెరువు నుంచి వెళ్ళింది.")).toBe(true);
    expect(isBackground("Awor tur kos ta bai via telefòn i un buki.")).toBe(true);
  });

  it("reads the 'no's of Telugu and Papiamentu, with the thing before them", () => {
    expect(said("పక్కనే మా తమ్ముడి కిరాణా షాపు ఉంది, అది దీంట్లో పెట్టకండి.")).toEqual(["కిరాణా షాపు"]);
    expect(said("బ్యాంకు నుంచి లోన్ లెక్కలు కూడా వద్దు.")).toEqual(["బ్యాంకు"]);
    expect(said("E boto i e kayaknan ku mi ruman ta hür, esei ta su negoshi, laga nan afó.")).toEqual([
      "boto",
      "kayaknan",
    ]);
    expect(said("I transporte tampoko, esei no ta nos asuntu.")).toEqual(["transporte"]);
  });

  it("keeps a Papiamentu rule of who may not go in without someone", () => {
    expect(said("Mucha bou di 10 aña no por drenta e laman sin un grandi.")).toEqual([]);
    expect(
      splitStatements("Mucha bou di 10 aña no por drenta e laman sin un grandi.", { keepVerbless: false }),
    ).toEqual(["Mucha bou di 10 aña no por drenta e laman sin un grandi"]);
  });

  it("puts a field on a record when asked in Telugu", () => {
    expect(edited("చెరువులు: నంబర్, ఎకరాలు\nఫీడింగ్: చెరువు, తేదీ", "ఫీడింగ్ లో పనివాడి పేరు కూడా పెట్టండి.")).toEqual([
      ["చెరువులు", ["నంబర్", "ఎకరాలు"]],
      ["ఫీడింగ్", ["చెరువు", "తేదీ", "పనివాడి పేరు"]],
    ]);
  });
});

describe("words of scripts that write marks inside them", () => {
  it("keeps a Telugu word whole, vowel signs and all", () => {
    expect(tokenize("సూపర్వైజర్ పేరు")).toEqual(["సూపర్వైజర్", "పేరు"]);
  });

  it("guesses no more things from words the English tagger cannot read", () => {
    const state = atTheReview(
      "రోజుకి నాలుగు సార్లు ఫీడ్ వేస్తాం, ఉదయం 6కి, 10కి. అందుకే ఫోన్లో ఒక యాప్ కావాలి.",
      "చెరువులు: నంబర్, ఎకరాలు",
    );
    expect(thingSuggestions(state)).toEqual([]);
  });
});

describe("the kind of software", () => {
  it("decides no kind from 'a program for the laptop' alone, and asks with a desktop app first", () => {
    const state = {
      ...initialState(),
      overview: ["My grandson will write me a little program for the laptop."],
    };
    expect(saidKind(state.overview[0]!, { leaning: false })).toBeNull();
    const asked = catalogueQuestion("kind", state, () => {
      throw new Error("the kind question needs no analysis");
    });
    expect(asked?.recommended).toBe("desktop app");
    expect(asked?.question.options.map((option) => option.id)).toEqual([
      "desktop app",
      "web app",
      "command-line tool",
      "other",
    ]);
  });
});
