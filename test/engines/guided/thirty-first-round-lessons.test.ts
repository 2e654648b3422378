import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { columnFor } from "../../../src/engines/guided/understanding/fields.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { withoutRecordLines } from "../../../src/engines/guided/understanding/things.js";
import { atTheReview, edited, said, things } from "./lesson-readers.js";

/**
 * What the thirty-first round of people the interviewer had not met wrote, and how it reads
 * it now, in other words than theirs: records told in a sentence each, with "got" for
 * "has", what each is from and when, what they are said as a clause before their list, and
 * fields said as phrases; a heading's own name kept whole; a field said by its two values
 * at the end of a list; changes asked as questions, pointing back with "their", or said
 * as "take it right out"; and a "no" that names what the thing has nothing to do with.
 */

describe("records told in a sentence each", () => {
  it("reads 'got' as 'has', and what each is from and when as its first fields", () => {
    expect(things("Then the trailers, every trailer got its number, the owner and the colour.")).toEqual([
      ["trailers", ["number", "owner", "colour"]],
    ]);
    expect(
      things(
        "Every delivery is from one farm on one market day, and it got the crates, how many eggs and the price.",
      ),
    ).toEqual([["deliveries", ["farm", "market day", "crates", "how many eggs", "price"]]]);
  });

  it("reads what they are, said as a clause before the list, as no field", () => {
    expect(
      things("Then the shifts, that's who was on the till that night, the till, the night and the cashier."),
    ).toEqual([["shifts", ["till", "night", "cashier"]]]);
    // A clause pointing back at the thing is one of its fields.
    expect(things("Then every order, that's who bought it, the date, the total and if it's paid.")).toEqual([
      ["order", ["who bought it", "date", "total", "paid"]],
    ]);
  });

  it("names fields said as phrases the way a column is named", () => {
    expect(
      things("The kilns, every kiln has its name and the date the thermocouple was last replaced."),
    ).toEqual([["kilns", ["name", "thermocouple last replaced"]]]);
    expect(things("The dives, that's the date and what the visibility was like.")).toEqual([
      ["dives", ["date", "visibility"]],
    ]);
    expect(edited("Jobs (client, date)", "Put the size of the garden on the jobs.")).toEqual([
      ["jobs", ["client", "date", "garden size"]],
    ]);
  });

  it("counts what 'how many' names, however many words it takes", () => {
    expect(columnFor("how many life jacket")).toBe("number_of_life_jackets (integer)");
    expect(columnFor("how many passengers")).toBe("number_of_passengers (integer)");
    // What was done, counted, is named as said.
    expect(columnFor("how many put back")).toBe("number_of_put_back (integer)");
  });

  it("keeps one thing said in prose, with one thing it has, out of the records", () => {
    expect(things("The village got a quota for the season, so the app shows what is left.", false)).toEqual(
      [],
    );
    expect(things("The shop has a name and an address.", false)).toEqual([["shop", ["name", "address"]]]);
  });
});

describe("a list's own words", () => {
  it("keeps a heading's name whole, whatever else its first word could be", () => {
    expect(things("1. Owners: name, phone\n2. Rank fees: kombi, date, amount")).toEqual([
      ["owners", ["name", "phone"]],
      ["rank fees", ["kombi", "date", "amount"]],
    ]);
    // A verb that says what is done with them is still no part of the name.
    expect(things("Track jobs: customer, address")).toEqual([["jobs", ["customer", "address"]]]);
  });

  it("reads a list in brackets that ends on a field said by its two values", () => {
    expect(things("Members (name, phone, email, Welsh or English)")).toEqual([
      ["members", ["name", "phone", "email", "welsh or english"]],
    ]);
    // Its values alone are no fields.
    expect(things("Colours (red, blue or green)")).toEqual([]);
    expect(
      edited("Members (name, phone, email, Welsh or English)", "Take the Welsh or English off the members."),
    ).toEqual([["members", ["name", "phone", "email"]]]);
  });
});

describe("changes to the records, said as people say them", () => {
  it("takes a thing 'right out'", () => {
    expect(
      edited(
        "Landowners: name, phone. Volunteer hours: name, date, hours.",
        "Ah, take the volunteer hours right out, the township has its own form for that.",
      ),
    ).toEqual([["landowners", ["name", "phone"]]]);
  });

  it("renames when asked as a question", () => {
    expect(
      edited("Cruises - date, boat\nBookings - name", "Can you call the cruises 'trips' instead?"),
    ).toEqual([
      ["trips", ["date", "boat"]],
      ["bookings", ["name"]],
    ]);
  });

  it("reads 'their' as the thing the change before named, at the review too", () => {
    const state = atTheReview(
      "A service for our kombi rank.",
      "Owners: name, ID number, phone\nKombis: registration number, owner",
    );
    const { state: changed } = applyChange(
      state,
      "Kindly remove the ID number from the owners, we do not need it. And add their MoMo number, because it is not always the phone. Thank you.",
    );
    const owners = thingsOf(changed).find((thing) => thing.key === "owner");
    expect(owners?.fields.map((field) => field.said)).toEqual(["name", "phone", "momo number"]);
    expect(
      analyze(changed)
        .tables.map((table) => table.name)
        .sort(),
    ).toEqual(["kombis", "owners"]);
  });
});

describe("a 'no' and what it has nothing to do with", () => {
  it("turns down the thing before 'nothing to do with', and keeps what follows", () => {
    expect(said("And the stamps, that's the post office, nothing to do with the factory.")).toEqual([
      "stamps",
    ]);
    expect(said("Nothing to do with payroll either.")).toEqual(["payroll"]);
  });

  it("reads a 'no' in English as spoken once it is written", () => {
    expect(said("De ladies selling spice and jewellery on de beach, dat is dey own business.")).toEqual([
      "ladies selling spice",
      "jewellery",
    ]);
  });
});

describe("Sinhala, and words said on their own", () => {
  it("reads a Sinhala list without the 'එක' that says 'the' after a word", () => {
    expect(things("1. ළමයි (නම, ඉන්ඩෙක්ස් නම්බර් එක, බැච් එක)\n2. ලකුණු (ළමයා, පේපර් එක, ලකුණු)")).toEqual([
      ["ළමයි", ["නම", "ඉන්ඩෙක්ස් නම්බර්", "බැච්"]],
      ["ලකුණු", ["ළමයා", "පේපර්", "ලකුණු"]],
    ]);
  });

  it("reads Sinhala 'no's after the thing, without where it is or whose it is", () => {
    expect(
      said("Zoom රෙකෝඩින්ස් අපි විකුණන්නේ නෑ, ඕක දාන්න එපා. හෝල් එක ළඟ පොත් කඩේ මගේ මස්සිනාගේ, ඒක වෙනම බිස්නස් එකක්."),
    ).toEqual(["Zoom රෙකෝඩින්ස්", "පොත් කඩේ"]);
  });

  it("keeps a price with its short word for money in one sentence", () => {
    expect(
      splitStatements("ක්ලාස් ෆීස් මාසෙට රු. 2,500යි. Paper fees are Rs. 300 each.", { keepVerbless: true }),
    ).toEqual(["ක්ලාස් ෆීස් මාසෙට රු. 2,500යි", "Paper fees are Rs. 300 each"]);
  });

  it("reads a word or two said out loud, and a Sinhala thank-you, as no feature", () => {
    expect(splitStatements("ආයුබෝවන්! Members book courts.", { keepVerbless: true })).toEqual([
      "Members book courts",
    ]);
    expect(splitStatements("නෑ, එච්චරයි. බොහොම ස්තූතියි!", { keepVerbless: true })).toEqual([]);
  });

  it("leaves nothing of a record on a line of its own for the features", () => {
    expect(
      withoutRecordLines(
        "1. Pupils (name, phone)\n2. Payments (pupil, month)\nEvery payment is for one pupil.",
      ),
    ).toBe("Every payment is for one pupil.");
  });
});

describe("Yoruba, and introductions in other languages", () => {
  it("reads Yoruba 'no's said after the thing, each part of a list on its own", () => {
    expect(
      said(
        "Ounje ati awon caterer, egbon mi lo n se iyen, e ma fi si. MC ati awon onilu naa, Uncle Tunde lo n bojuto won, ko si ninu e.",
      ),
    ).toEqual(["Ounje ati awon caterer", "MC ati awon onilu naa"]);
  });

  it("applies Yoruba changes to the records: 'fi … kun' adds, 'yo … kuro' takes off", () => {
    expect(
      edited(
        "Alejo: oruko, nomba foonu, ilu\nOrder: alejo, iye",
        "E yo ilu kuro lara alejo, ko wulo fun wa. E fi adiresi kun order, ki dispatch rider le mo ibi.",
      ),
    ).toEqual([
      ["alejo", ["oruko", "nomba foonu"]],
      ["order", ["alejo", "iye", "adiresi"]],
    ]);
  });

  it("reads a greeting, a thank-you and 'my name is' in other languages as no feature", () => {
    expect(
      splitStatements("E kaaro o! Oruko mi ni Adebimpe, mo n gbe ni Bodija. Rara, o to be. E se gan ni o!", {
        keepVerbless: true,
      }),
    ).toEqual([]);
  });

  it("reads how something is done, after a colon in another language's prose, as no record", () => {
    expect(things("Owo sisan: transfer nikan ni, sinu account ebi, ki i se account enikeni.", false)).toEqual(
      [],
    );
  });
});

describe("a 'no' that is a rule", () => {
  it("keeps a 'no' for a date, and one said after a count and its consequence", () => {
    expect(said("A piano is $200 extra, and we don't take pianos on July 1st at all, too risky.")).toEqual(
      [],
    );
    expect(said("No deliveries on the 25th of December.")).toEqual([]);
    expect(said("Two forfeits and you out the league, no refund.")).toEqual([]);
    // A "no" said on its own still leaves out.
    expect(said("We don't need pianos.")).toEqual(["pianos"]);
  });

  it("keeps a 'no' to one way of doing what the sentence does another way", () => {
    expect(said("They pay the whole lot by card when they book, no paying on the jetty.")).toEqual([]);
    expect(said("We sell tickets online, no refunds.")).toEqual(["refunds"]);
  });

  it("reads what the software must not let anyone do, or not without something, as a rule", () => {
    expect(
      said(
        "And the skipper must have his maritime ticket in date, the Ministry checks, so the website shouldn't let me put a skipper on without it.",
      ),
    ).toEqual([]);
  });
});

describe("conditions said without a comma or a verb", () => {
  it("keeps a condition that runs on into who acts", () => {
    expect(
      splitStatements("If the flight is late the boat waits for them.", { keepVerbless: false }),
    ).toEqual(["If the flight is late the boat waits for them"]);
  });

  it("keeps a count said as a condition with its result", () => {
    expect(splitStatements("Two techs in a game, you sit the next game.", { keepVerbless: false })).toEqual([
      "Two techs in a game, you sit the next game",
    ]);
  });
});

describe("more ways of saying 'no', and when a rule holds", () => {
  it("turns down what is another association, and what is left out as ''er'", () => {
    expect(
      said(
        "The cross-border kombis to Johannesburg are another association entirely, they have their own rank.",
      ),
    ).toEqual(["cross-border kombis to Johannesburg"]);
    expect(said("And the poker run in February, that's the Lions' thing, leave 'er out.")).toEqual(["poker"]);
  });

  it("keeps when a rule holds, said first without a verb, with what is done then", () => {
    expect(
      splitStatements("On cruise ship days, we need to see which ship is in port and how many passengers.", {
        keepVerbless: false,
      }),
    ).toEqual(["Users can see which ship is in port and how many passengers on cruise ship days"]);
  });
});

describe("rules said as what a thing is", () => {
  it("keeps a rule with its number, and who may not be where", () => {
    const rules = (text: string) => splitStatements(text, { keepVerbless: false });
    expect(rules("The match is best of three games.")).toEqual(["The match is best of three games"]);
    expect(rules("A game is first to 21.")).toEqual(["A game is first to 21"]);
    expect(rules("Nobody on two teams.")).toEqual(["Nobody on two teams"]);
    // How old a thing is, or how far, tells about it.
    expect(rules("The club is 50 years old.")).toEqual([]);
    expect(rules("The shop is 5 minutes from the station.")).toEqual([]);
  });
});
