import { describe, expect, it } from "vitest";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { fieldsOf } from "../../../src/engines/guided/understanding/fields.js";
import { isTalkAboutTheTalk } from "../../../src/engines/guided/understanding/talk-about-talk.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the fortieth round of people wrote, run once unseen and tuned on once the
 * forty-first was written to take its place, and how the interviewer reads it now, in other
 * words than theirs.
 */

describe("records told the way these people told them", () => {
  it("reads a second thing kept the same way, its verb said once for both", () => {
    expect(
      things(
        "For the farms I want the name and the road, and for every delivery the farm, the day, how many crates and is it paid.",
        false,
      ),
    ).toEqual([
      ["farms", ["name", "road"]],
      ["delivery", ["farm", "day", "how many crates", "paid"]],
    ]);
  });

  it("reads 'the day she was packed' as when it was done, and a count of what someone does", () => {
    expect(things("For every crate I keep the number and the day she was filled.", false)).toEqual([
      ["crate", ["number", "day filled"]],
    ]);
    expect(things("Each steward has a name, a phone and how many gates they're minding.")).toEqual([
      ["steward", ["name", "phone", "how many gates"]],
    ]);
  });

  it("reads Wolof records, 'the' after each word, 'ak' for 'and' and 'walla déet' for 'or not'", () => {
    expect(
      things(
        "Ci gaal bu nekk, dañuy bind tur bi, mbaal bi ak jumtukaay yi. Ci jënd bu nekk, jaaykat bi, njëg bi ak fey walla déet.",
      ),
    ).toEqual([
      ["gaal", ["tur", "mbaal", "jumtukaay"]],
      ["jënd", ["jaaykat", "njëg", "fey"]],
    ]);
  });

  it("reads the values of a field in brackets, said with Wolof's 'walla', as no thing", () => {
    expect(
      things("Nag bu nekk am na numéro, race (gobra walla ndama), poids.", false).map(([name]) => name),
    ).not.toContain("race");
  });

  it("gives nobody fields from what is done for them with things", () => {
    expect(fieldsOf("widow", ["The society helps the widow with food, the hall and the cars."])).toEqual([]);
  });
});

describe("changes to the records", () => {
  it("takes a thing 'out of it altogether' and leaves its name on another", () => {
    expect(
      edited(
        "Crates: number, day\nFarms: name, road",
        "Take the farms out of it altogether, I know them all. Just leave the farm's name right there on the crate.",
      ),
    ).toEqual([["crates", ["number", "day", "farm's name"]]]);
  });

  it("adds a field said bare after a change that named its thing, and a new thing in the plural", () => {
    expect(
      edited(
        "Members: name, phone, street",
        "Please remove the street from members. And add second email, some have two.",
      ),
    ).toEqual([["members", ["name", "phone", "second email"]]]);
    expect(
      edited("Members: name, phone", "Remove the phone from members. And add receipts.").map(
        ([name]) => name,
      ),
    ).toEqual(["members", "receipts"]);
  });

  it("reads West Frisian and Wolof changes", () => {
    expect(
      edited(
        "Leden: namme, adres, telefoan",
        "Ien ding noch: helje it adres by de leden wei, dat witte wy wol.",
      ),
    ).toEqual([["leden", ["namme", "telefoan"]]]);
    expect(
      edited(
        "Client: tur, quartier\nJënd: client, njëg",
        "Dindil quartier bi ci client yi. Te yokkal numéro Wave bi ci jënd yi.",
      ),
    ).toEqual([
      ["client", ["tur"]],
      ["jënd", ["client", "njëg", "numéro wave"]],
    ]);
  });

  it("takes a rename's reason and 'Looks sick' as talk, never as features", () => {
    const { state } = applyChange(
      atTheReview("Nights of dancing for our club.", "Helpers: name, mobile"),
      "Looks sick. One thing: can you call the Helpers 'Stewards'? Half the kids don't know what a helper is, innit. Cheers.",
    );
    expect(state.extraFeatures).toEqual([]);
    expect(thingsOf(state).map((thing) => thing.said)).toEqual(["stewards"]);
  });
});

describe("their 'no', and what is no 'no'", () => {
  it("reads 'not our part', 'ni pensarlo', 'a different license' and a fellowship's thing", () => {
    expect(said("The fireworks at midnight, that is the youth wing, not our part.")).toEqual([
      "fireworks at midnight",
    ]);
    expect(said("And the bar, the rum and the beer, that's a different license, ni pensarlo.")).toEqual([
      "bar",
      "rum",
      "beer",
    ]);
    expect(said("the raffle after is the womens fellowship not us.")).toEqual(["raffle"]);
  });

  it("reads what some of the people have besides, and what others want it to do, as what is turned down", () => {
    expect(said("Some members have a savings club also, that is their own matter.")).toEqual([
      "savings club",
    ]);
    expect(said("And some people want the society to help with christenings. We don't need that.")).toEqual([
      "christenings",
    ]);
  });

  it("reads Thai and Singapore particles, 'don't put inside' and bare 'don't put' as the person's", () => {
    expect(said("The towels we sell at the desk, no need ka.")).toEqual(["towels"]);
    expect(said("The prayer beads also don't put inside, the temple got their own stall.")).toEqual([
      "prayer beads",
    ]);
    expect(said("And the lucky money the kids collect, don't put, that is the kids' own.")).toEqual([
      "lucky money",
    ]);
  });

  it("reads a bare 'don't put' and 'that is their own' after what some people do", () => {
    expect(
      said("The boat trips to the islands that some fishermen do on Sundays, that is their own, don't put."),
    ).toEqual(["boat trips to the islands"]);
  });

  it("reads West Frisian and Wolof 'no's", () => {
    expect(said("De bierteint by de baan docht de kroech, dat is ús saak net.")).toEqual(["bierteint"]);
    expect(said("Gaal yi di nappi ci guddi, loolu du sunu affaire.")).toEqual(["Gaal"]);
  });

  it("turns nothing down with a rule: past an age, free with no pass, a date not in the future, 'no charge', 'After that, no'", () => {
    expect(said("Kids under 3 are free, they don't need a ticket.")).toEqual([]);
    expect(
      said("Then 8 digits, the date of issue, and this must be a real date and not in the future."),
    ).toEqual([]);
    expect(
      said("If the road floods, the booking moves to Monday with no charge and everybody gets a text."),
    ).toEqual([]);
    expect(said("If they cancel a week before, the deposit goes back. After that, no.")).toEqual([]);
    expect(said("Last spring we never sent none to the shop in the village.")).toEqual([]);
    expect(said("The client say he pay already, but no have in the book.")).toEqual([]);
  });

  it("reads 'we ain't mailing' and 'No sir, we don't' as the person's own 'no'", () => {
    expect(said("No sir, we ain't mailing jam nowheres.")).toEqual(["mailing jam"]);
    expect(said("No sir, we don't sell cider.")).toEqual(["sell cider"]);
  });
});

describe("rules kept", () => {
  it("keeps prices said without a verb, and a limit said after 'so'", () => {
    expect(statements("One class 300 baht. One month 4,000 baht.")).toEqual([
      "One class 300 baht",
      "One month 4,000 baht",
    ]);
    expect(
      statements("The barn takes 200 people max, so we can't sell more than 200 for any dance."),
    ).toEqual(["The barn takes 200 people max", "We can't sell more than 200 for any dance"]);
  });

  it("keeps a rule past an age, what each value means, and 'First day …'", () => {
    expect(statements("And honey that's a year old don't go out neither, that goes in the mead.")).toEqual([
      "Honey that's a year old don't go out neither, that goes in the mead",
    ]);
    expect(statements("The second letter is the region: N means north, S means south.")).toEqual([
      "The second letter is the region: N means north, S means south",
    ]);
    expect(statements("First day every rider must sign the form for the helmet.")).toEqual([
      "First day every rider must sign the form for the helmet",
    ]);
  });

  it("names the thing a second clause's 'it' stands for, when someone else does it", () => {
    expect(statements("Every ticket gets a barcode and the stewards scan it at the gate.")).toEqual([
      "Every ticket gets a barcode",
      "The stewards scan the barcode at the gate",
    ]);
  });

  it("keeps a report wanted at a time, and how many make up each group, said without a verb", () => {
    expect(statements("End of the month, what came in and what went out, for the accountant.")).toEqual([
      "End of the month, what came in and what went out, for the accountant",
    ]);
    expect(statements("teams of 5 riders, first 3 from every team go to the final")).toEqual([
      "Teams of 5 riders",
      "First 3 from every team go to the final",
    ]);
  });

  it("names no 'it' that is not what the clause before acted on", () => {
    expect(
      statements(
        "The draw is random, and the website should do the draw inside each grade, so nobody can say we fixed it.",
      ),
    ).toEqual(["The website should do the draw inside each grade, so nobody can say we fixed it"]);
  });

  it("names what 'the rest' is the rest of, read apart from the clause that says it", () => {
    expect(
      statements("We grow the most of our own apples, but we buy the rest off two farms, 40 cents a pound."),
    ).toEqual([
      "Users can grow the most of their own apples",
      "Users can buy the rest of the apples off two farms, 40 cents a pound",
    ]);
  });

  it("reads notes on lines, one of which ends on 'that', as notes", () => {
    expect(
      statements(
        "small tray $10, big tray $25\norders close friday 6pm\npickup sunday 10 to 1 at the hall\nmax 80 trays, the oven only fits that\npay before by bank transfer, name as reference. no pay no tray\ntrays not picked up by 1 we give away\nevery kid has to sell 5 trays min",
      ),
    ).toEqual([
      "Small tray $10, big tray $25",
      "Orders close friday 6pm",
      "Pickup sunday 10 to 1 at the hall",
      "Max 80 trays, the oven only fits that",
      "Pay before by bank transfer, name as reference",
      "No pay no tray",
      "Trays not picked up by 1 we give away",
      "Every kid has to sell 5 trays min",
    ]);
  });
});

describe("background and talk", () => {
  it("reads today in West Frisian and Wolof, and a quarrel over what was said, as background", () => {
    expect(isBackground("Op it stuit stiet alles yn in skrift by de foarsitter.")).toBe(true);
    expect(isBackground("Léegi lépp ci benn cahier la.")).toBe(true);
    expect(isBackground("Sometimes a parent says she paid already, but it is not in the book.")).toBe(true);
    expect(isBackground("One month 4,000 baht.")).toBe(false);
  });

  it("reads Wolof and West Frisian greetings, introductions and the talk's own words as talk", () => {
    for (const talk of [
      "Salamaalekum.",
      "Maa ngi tudd Awa Ndiaye, dama dëkk Pikine.",
      "Nii lay doxe:",
      "Loolu la rekk.",
      "Sa giet it by ús:",
      "Ik bin Geart de Vries, foarsitter fan de toanielferiening.",
    ])
      expect(isTalkAboutTheTalk(talk)).toBe(true);
  });

  it("reads 'which, trust me, happens' and 'Volunteers who …' for what they are", () => {
    expect(isTalkAboutTheTalk("which, trust me, happens")).toBe(true);
    expect(statements("Helpers who do 4 shifts get a free ticket.")).toEqual([
      "Helpers who do 4 shifts get a free ticket",
    ]);
  });
});
