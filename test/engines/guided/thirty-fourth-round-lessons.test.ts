import { describe, expect, it } from "vitest";
import { fieldsTakenOff, thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { findExclusions, withoutExcluded } from "../../../src/engines/guided/understanding/exclusions.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the thirty-fourth round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: changes said as "change X to Y", after "Just
 * one thing I forgot:", and in Punjabi; fields said with their values after them, as a
 * name of one thing or another, and as a count of a measure; "no"s said after the work
 * someone close does, after what the business does not offer, in Antiguan, Cebuano,
 * Kannada-English, isiZulu and Punjabi; rules with what happens otherwise; and today told
 * in isiZulu and Punjabi.
 */

describe("changes to the records", () => {
  it("renames with 'change X to Y', after how little is changed, whatever is said after the new name", () => {
    expect(
      edited(
        "Cars - plate, make. Customers - name, email, phone.",
        "Everyting look nice. Only one ting, change 'Customers' to 'Drivers', dat's what we call dem. Then it good.",
      ),
    ).toEqual([
      ["cars", ["plate", "make"]],
      ["drivers", ["name", "email", "phone"]],
    ]);
  });

  it("reads a change asked as a question after the words that bring it in", () => {
    expect(
      edited(
        "For every group we keep the name, the leader's phone.",
        "That all looks lovely. Just one thing I forgot: could you put an emergency phone on the groups, a second number for somebody back home.",
      ),
    ).toEqual([["group", ["name", "leader's phone", "emergency phone"]]]);
  });

  it("takes a record out when asked in Punjabi, and reads no change in the words around it", () => {
    const state = atTheReview("ਕੰਬਾਈਨਾਂ ਲਈ ਐਪ", "ਕਿਸਾਨ (ਨਾਮ, ਪਿੰਡ, ਮੋਬਾਈਲ)\nਡੀਜ਼ਲ (ਕੰਬਾਈਨ, ਤਾਰੀਖ, ਲੀਟਰ, ਪੈਸੇ)");
    const { state: changed } = applyChange(
      state,
      "ਠੀਕ ਆ। ਬੱਸ ਡੀਜ਼ਲ ਵਾਲਾ ਹਟਾ ਦਿਓ, ਉਹ ਮੈਂ ਪੰਪ ਵਾਲੇ ਦੀ ਕਾਪੀ ਵਿੱਚੋਂ ਹੀ ਦੇਖ ਲੈਂਦਾ। ਬਾਕੀ ਸਭ ਵਧੀਆ।",
    );
    expect(thingsOf(changed).map((thing) => thing.said)).toEqual(["ਕਿਸਾਨ"]);
    expect(changed.extraFeatures).toEqual([]);
    // A record taken out takes its fields with it; features that name them keep them.
    expect(fieldsTakenOff(changed)).toEqual([]);
  });
});

describe("records told as people tell them", () => {
  it("reads a field's values said after it, and 'the name of the school or group', as no more fields", () => {
    expect(
      things(
        "For every group we keep the name of the school or group, the leader's phone, and the type, that's local school, local youth group or off-island, because that's how the price goes.",
      ),
    ).toEqual([["group", ["name", "leader's phone", "type"]]]);
  });

  it("reads what each of a thing is kept for, after 'I'd keep the tides as well:'", () => {
    expect(things("And I'd keep the tides as well: for every date the time of low water.")).toEqual([
      ["tides", ["date", "time of low water"]],
    ]);
  });

  it("reads 'if it's skinned' as a yes or no, and 'how many pounds of sausage' as the sausage in pounds", () => {
    expect(
      things(
        "Every deer has the hunter, the weight, and if it's skinned. And every order has the deer, how many pounds of sausage, how many pounds of snack sticks, if it's donated, the price.",
      ),
    ).toEqual([
      ["deer", ["hunter", "weight", "skinned"]],
      ["order", ["deer", "sausage pounds", "snack sticks pounds", "donated", "price"]],
    ]);
  });

  it("reads a thing named short as the listed thing its name ends, and no record in 'Lord have mercy' or 'that's fine'", () => {
    expect(
      things(
        "- collection centres: name, route\n- clerks: name, phone\nEach centre has one clerk, and a big centre takes two clerks, and that's fine.",
      ),
    ).toEqual([
      ["collection centres", ["name", "route", "clerk"]],
      ["clerks", ["name", "phone"]],
    ]);
    expect(things("Lord have mercy.", false)).toEqual([]);
  });

  it("reads no record in whose business something is", () => {
    expect(
      things("The taxi tours round the island, dat's the taxi association business, lef dat out.", false),
    ).toEqual([]);
  });
});

describe("'no's", () => {
  it("reads what the business does not offer, and a thing said before where it goes", () => {
    expect(
      said(
        "The taxi tours round the island, dat's the taxi association business, lef dat out. And we nuh rent scooter, nuh put dat.",
      ),
    ).toEqual(["taxi tours", "scooter"]);
    expect(
      statements("The taxi tours round the island, dat's the taxi association business, lef dat out."),
    ).toEqual([]);
  });

  it("reads the work someone close does, named twice, and a thing said before what is done with it", () => {
    expect(
      said("My cousin does the mounts, the taxidermy, yonder behind the church. That's his, leave it off."),
    ).toEqual(["mounts", "taxidermy"]);
    expect(said("Also the repairs we do for the bands, that's walk-in and cash, don't include.")).toEqual([
      "repairs",
    ]);
  });

  it("reads 'tulips an all' after a 'no' as the same 'no'", () => {
    expect(said("bulb lifting in summers another job, leave that. tulips an all")).toContain("tulips");
  });

  it("reads the 'no's of Cebuano, Kannada-English, isiZulu and Punjabi", () => {
    expect(
      said(
        "The shell crafts and souvenirs my tita sells in front of the shop, that's separate na, ayaw na iapil.",
      ),
    ).toEqual(["shell crafts", "souvenirs"]);
    expect(said("And the mulberry leaf the farmers sell to each other, that also beda.")).toEqual([
      "mulberry leaf",
    ]);
    expect(said("Ukudayiswa kwezinkomo e-auction, lokho akusiyo indaba yethu.")).toEqual([
      "Ukudayiswa kwezinkomo e-auction",
    ]);
    expect(
      said("ਟਰੈਕਟਰ-ਟਰਾਲੀ ਕਿਰਾਏ ਤੇ ਮੇਰਾ ਭਰਾ ਦਿੰਦਾ, ਉਹ ਉਹਦਾ ਕੰਮ ਆ, ਨਾ ਪਾਇਓ। ਆੜ੍ਹਤੀਆਂ ਦਾ ਹਿਸਾਬ ਵੀ ਸਾਡਾ ਕੰਮ ਨਹੀਂ।"),
    ).toEqual(["ਟਰੈਕਟਰ-ਟਰਾਲੀ", "ਆੜ੍ਹਤੀਆਂ ਦਾ ਹਿਸਾਬ"]);
  });

  it("reads a thing not taken past a measure as a rule, said in Belizean Kriol too", () => {
    const rule =
      "Any lobster tail under 4 ounce, wi nuh tek it, di app haffi refuse it, dat da di law an Fisheries wah fine di co-op.";
    expect(said(rule)).toEqual([]);
    expect(statements(rule)).toHaveLength(1);
  });

  it("reads 'No car can go on the ferry' as a rule of what no car may do", () => {
    expect(said("No car can go on the ferry to Barbuda, never.")).toEqual([]);
    expect(statements("No car can go on the ferry to Barbuda, never.")).toEqual([
      "No car can go on the ferry to Barbuda",
    ]);
  });

  it("reads a 'no' for the dark, or said to be someone's rule, as a rule kept", () => {
    const rule =
      "And no crossing in the dark, ever, that's the trust's rule: if the causeway's only open at night that day, they can't arrive or leave on it.";
    expect(said(rule)).toEqual([]);
    expect(statements(rule)[0]).toBe(
      "No crossing in the dark, ever, that's the trust's rule: if the causeway's only open at night that day",
    );
    expect(said("No parking, that's the council's rule.")).toEqual([]);
  });

  it("reads no feature in a thing turned down with 'gie it a miss', or in why the software can forget something", () => {
    expect(
      statements("And the New Year's Day charity dook, the Rotary dae that ane, gie it a miss."),
    ).toEqual([]);
    expect(
      statements(
        "Donations go in the jar by the door and the tea and cake are paid for in coins, so the app can forget about money altogether.",
      ),
    ).toEqual([]);
  });

  it("keeps an amount whole when a list around it loses an item", () => {
    expect(withoutExcluded("Pay ₹2,000 at booking, vouchers", findExclusions("No vouchers."))).toBe(
      "Pay ₹2,000 at booking",
    );
  });
});

describe("rules with when they hold", () => {
  it("keeps a time said first, 'from … to …', and what it is called, with the rule", () => {
    expect(statements("From December to April, they have to book 3 days at least.")).toEqual([
      "From December to April, they have to book 3 days at least",
    ]);
    expect(
      statements("From 15 December to 15 April, that's high season, they have to book 3 days at least."),
    ).toEqual(["From 15 December to 15 April, that's high season, they have to book 3 days at least"]);
  });

  it("keeps a heading in lower case that says what is done there", () => {
    expect(things("- buying centres: name, route, clerk")).toEqual([
      ["buying centres", ["name", "route", "clerk"]],
    ]);
  });
});

describe("rules with what happens otherwise", () => {
  it("keeps a rule and what happens if it is not kept together", () => {
    expect(statements("Dem must bring it back with the same fuel, or we charge US$7 a gallon.")).toEqual([
      "Dem must bring it back with the same fuel, or we charge US$7 a gallon",
    ]);
    expect(
      statements("On chand raat no more than 15 orders in a slot, else it's chaos at the counter."),
    ).toEqual(["On chand raat no more than 15 orders in a slot, else it's chaos at the counter"]);
  });
});

describe("today, told in other languages", () => {
  it("reads a sentence that opens on today in isiZulu and in Punjabi as how it is done now", () => {
    expect(
      isBackground("Manje konke sikubhala encwadini enkulu, irejista, kodwa uma lina iphepha liba manzi."),
    ).toBe(true);
    expect(isBackground("ਹੁਣ ਸਾਰੀਆਂ ਬੁਕਿੰਗਾਂ ਫੋਨ ਤੇ ਆਉਂਦੀਆਂ ਤੇ ਮੈਂ ਡਾਇਰੀ ਵਿੱਚ ਲਿਖ ਲੈਂਦਾ।")).toBe(true);
  });
});
