import { describe, expect, it } from "vitest";
import { thingsOf } from "../../../src/engines/guided/design/things-design.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the thirty-sixth round of people wrote, held out for two sessions and tuned on once
 * the thirty-eighth was written to take its place, and how the interviewer reads it now, in
 * other words than theirs.
 */

describe("records told the way these people told them", () => {
  it("reads 'For the customers I'd want …' with a reason after the list, and 'the payments off the slate'", () => {
    expect(
      things(
        "For the customers I'd want the name, the townland and the phone, for half of them has no name on the gate. And for the refunds off the tab, the customer, the date and the amount.",
      ),
    ).toEqual([
      ["customers", ["name", "townland", "phone"]],
      ["refunds", ["customer", "date", "amount"]],
    ]);
    expect(things("For payments: the customer, the date and the amount.")).toEqual([
      ["payments", ["customer", "date", "amount"]],
    ]);
  });

  it("keeps two words ending on a plural as one field, and brackets of values after each of two fields", () => {
    expect(
      things(
        "Orders: customer, rider, extra packs, paid by (cash or transfer), status (new, cooking, on the way, delivered)",
      ),
    ).toEqual([["orders", ["customer", "rider", "extra packs", "paid by", "status"]]]);
  });

  it("reads 'every order's for …' as 'is', so no thing is called \"order's\"", () => {
    expect(
      things("Orders: customer, total. Every order's for the one customer.").map(([name]) => name),
    ).toEqual(["orders"]);
  });

  it("takes a field off by its first words: 'the directions' are 'directions to the house'", () => {
    expect(
      edited(
        "Customers: name, phone, directions to the house",
        "Take the directions off the customers and put the postcode on instead.",
      ),
    ).toEqual([["customers", ["name", "phone", "postcode"]]]);
  });
});

describe("rules, and what is not a 'no'", () => {
  it('keeps a rule paid at a time, said with "\'s", and how some of the customers pay', () => {
    expect(
      statements(
        "The tab's paid at the end of the month, cash mostly, some of them does it by transfer now, fair play to them.",
      ),
    ).toHaveLength(1);
    expect(
      said("The tab's paid at the end of the month, cash mostly, some of them does it by transfer now."),
    ).toEqual([]);
  });

  it("keeps 'the cash and carry' whole", () => {
    expect(
      statements(
        "Every Monday night I want a list of what to get in the cash and carry, out of all the orders.",
      ),
    ).toHaveLength(1);
  });

  it("reads 'so no orders in that time' as a rule of the hours, not orders left out", () => {
    expect(said("Every Friday from 12 to 2 the shops close for prayers, so no orders in that time.")).toEqual(
      [],
    );
    expect(
      statements("Every Friday from 12 to 2 the shops close for prayers, so no orders in that time."),
    ).toEqual(["Every Friday from 12 to 2 the shops close for prayers, so no orders in that time"]);
  });
});

describe("their 'no's", () => {
  it("reads Brunei Malay 'inda payah' and 'bukan urusan kami', and 'not our work'", () => {
    expect(
      said(
        "The catering for weddings, that is my auntie's side, inda payah. And the frozen packs we sell to the supermarkets, that one bukan urusan kami.",
      ),
    ).toEqual(["catering for weddings", "frozen packs"]);
    expect(said("The ponies for the trek, that is the pony union, not our work.")).toEqual([
      "ponies for the trek",
    ]);
  });

  it("reads Seychellois Creole 'sa i pa nou zafer' and 'pa bezwen', after things that open on 'the'", () => {
    expect(
      said(
        "The guides for the Vallée de Mai, that is the SIF, sa i pa nou zafer. And the pareos my sister sells next door, pa bezwen.",
      ),
    ).toEqual(["guides for the Vallée de Mai", "pareos"]);
  });

  it("reads the plain English ways of the same: outside this app, not for the app, not in scope, not handled here", () => {
    expect(said("The tours, that's outside this app.")).toEqual(["tours"]);
    expect(said("The gym, not for the app.")).toEqual(["gym"]);
    expect(said("Fuel, not in scope.")).toEqual(["Fuel"]);
    expect(said("The fees for the marina, not handled here.")).toEqual(["fees for the marina"]);
    expect(said("The outside tables, we check the weather first.")).toEqual([]);
  });

  it("makes no record of a sentence that turns down what it opens on", () => {
    const state = {
      ...atTheReview(
        "A shop that sells coco de mer nuts.",
        "Nuts - tag number, weight\nGrowers - name, phone",
      ),
      domainExtras: "The guides for the Vallée de Mai, that is the SIF, sa i pa nou zafer.",
    };
    expect(thingsOf(state).map((thing) => thing.key)).toEqual(["nut", "grower"]);
  });
});

describe("changes at the review", () => {
  it("renames where it is written one name, please write another", () => {
    const state = atTheReview(
      "Homestay turns for our village.",
      "Houses (name, owner)\nBookings (agency, guests, house)",
    );
    const { state: changed } = applyChange(
      state,
      "Only one thing, where it is written 'Bookings', please write 'Groups', we always say like that.",
    );
    expect(thingsOf(changed).map((thing) => thing.said)).toEqual(["houses", "groups"]);
  });

  it("takes a record away, with its reason, and adds no praise or thanks as features", () => {
    const state = atTheReview(
      "A coco de mer shop.",
      "Nuts - tag number, grower\nCustomers - name, country\nSales - nut, date, export permit number",
    );
    const { state: changed, notes } = applyChange(
      state,
      "It is nice. Only, take away the customers, pa bezwen, we don't keep the tourists' names. Mersi bokou!",
    );
    expect(thingsOf(changed).map((thing) => thing.key)).toEqual(["nut", "sale"]);
    expect(notes.some((note) => /nice|Mersi/.test(note) && !/database design/.test(note))).toBe(false);
  });
});

describe("more of their English", () => {
  it("reads 'De gutter dem, me cousin do dat, leff it out' and keeps 'One crew, one roof a day, no more'", () => {
    expect(said("De gutter dem, me cousin do dat, leff it out.")).toEqual(["gutter"]);
    expect(statements("One crew, one roof a day, no more.")).toEqual(["One crew, one roof a day, no more"]);
  });

  it("keeps another way to keep a rule with it, and a rounding with its verb", () => {
    expect(
      statements("Every rider needs their own insurance, or they can take our day cover for £10."),
    ).toHaveLength(1);
    expect(statements("Round the fare to the nearest 5 pesos.")).toEqual([
      "Users can round the fare to the nearest 5 pesos",
    ]);
  });

  it("reads 'haan, not included' and a 'Jaab, not for this program' said after the things", () => {
    expect(said("The tricycles, that's the TODA with their own fare, haan, not included.")).toEqual([
      "tricycles",
    ]);
    expect(said("The passengers, that is the ship office in Majuro. Jaab, not for this program.")).toEqual([
      "passengers",
    ]);
  });

  it("keeps grades past a measure and in cents, and a condition whose thing is somewhere", () => {
    expect(statements("First grade copra is 45 cents a pound.")).toEqual([
      "First grade copra is 45 cents a pound",
    ]);
    expect(statements("Over 10% moisture is second grade.")).toEqual(["Over 10% moisture is second grade"]);
    expect(statements("Over 20% it is wet copra.")).toEqual(["Over 20% it is wet copra"]);
    expect(statements("When the cash on the ship runs out, the rest is written as owed.")).toEqual([
      "When the cash on the ship runs out, the rest is written as owed",
    ]);
  });

  it("makes no record of 'Ma fé, it's a lovely spot'", () => {
    expect(things("Ma fé, it's a lovely spot, Lihou, you'd have to see it.", false)).toEqual([]);
  });
});

describe("Odia, Malagasy and Maltese", () => {
  it("reads Odia 'no's, a field added to the weavers, and today told with 'ଏବେ'", () => {
    expect(said("ମୋ ଭାଇର ଧାନ ଚାଷ ଅଛି, ସେଇଟା ଏଥିରେ ପକାନ୍ତୁ ନାହିଁ। ଆଉ ଟସର ଶାଢ଼ୀ ଆମେ କରୁନାହୁଁ, ତାହା ଦରକାର ନାହିଁ।")).toEqual([
      "ଧାନ ଚାଷ",
      "ଟସର ଶାଢ଼ୀ",
    ]);
    expect(edited("ବୁଣାକାର: ନାମ, ଗାଁ, ମୋବାଇଲ", "ବୁଣାକାରଙ୍କ ପାଇଁ UPI ନମ୍ବର ମଧ୍ୟ ରଖନ୍ତୁ, ଏବେ ମଜୁରି UPI ରେ ଦେଉଛି।")).toEqual([
      ["ବୁଣାକାର", ["ନାମ", "ଗାଁ", "ମୋବାଇଲ", "upi ନମ୍ବର"]],
    ]);
    expect(isBackground("ଏବେ ସବୁ ହିସାବ ଗୋଟିଏ ଖାତାରେ ଲେଖାହୁଏ।")).toBe(true);
  });

  it("reads Malagasy as a language of its own, its 'no's, a field added, and today told with 'Ankehitriny'", () => {
    expect(
      statements(
        "Mpiambina roa isan'alina, mifandimby ny mpikambana rehetra. Isaky ny Asabotsy no andoavana ny volan'ny mpikambana.",
      ),
    ).toEqual([
      "Mpiambina roa isan'alina, mifandimby ny mpikambana rehetra",
      "Isaky ny Asabotsy no andoavana ny volan'ny mpikambana",
    ]);
    expect(
      said(
        "Ny jirofo sy ny kafe dia raharaha hafa, aza ampidirina. Ary ny fanamainana lavanila, ny exportateur no manao izany, tsy raharahanay.",
      ),
    ).toEqual(["jirofo", "kafe", "fanamainana lavanila"]);
    expect(
      edited(
        "Mpikambana - anarana, tanàna, finday.",
        "Ampio ny CIN amin'ny mpikambana, takian'ny exportateur izany.",
      ),
    ).toEqual([["mpikambana", ["anarana", "tanàna", "finday", "cin"]]]);
    expect(isBackground("Ankehitriny dia soratana anaty kahie daholo ny zava-drehetra.")).toBe(true);
  });

  it("takes a field off a thing named in another of its forms (Telugu 'చెరువుల' for 'చెరువులు')", () => {
    expect(edited("చెరువులు: పేరు, ఎకరాలు, ఊరు", "చెరువుల నుంచి ఎకరాలు తీసేయండి")).toEqual([
      ["చెరువులు", ["పేరు", "ఊరు"]],
    ]);
  });

  it("reads today told in Maltese with 'Bħalissa'", () => {
    expect(
      isBackground("Bħalissa kollox miktub f'ktieb kbir, u t-teżorier iżomm Excel fuq il-laptop tiegħu."),
    ).toBe(true);
  });
});

describe("what the tuned people kept while round 36 was read", () => {
  it("keeps what must be done to a thing with it, and how money is shared out", () => {
    expect(
      statements("Every bowler pays €20 entry, and it has to be paid before the draw on the 1st of May."),
    ).toEqual(["Every bowler pays €20 entry, and it has to be paid before the draw on the 1st of May"]);
    expect(statements("What is left, half goes to the boat owner and half to the crew.")).toEqual([
      "What is left, half goes to the boat owner and half to the crew",
    ]);
  });

  it("leaves out no people who need not log in ('ahli tak payah'), and no painting sold under its price", () => {
    expect(said("AJK je yang login, ahli tak payah.")).toEqual([]);
    expect(said("Kliyan yo pa bezwen konekte, yo rele m.")).toEqual([]);
    expect(said("Ahli (nama, no IC, alamat, no telefon).")).toEqual([]);
    expect(said("Isteri atau suami dia boleh sambung keahlian tu tanpa tunggu 3 bulan lagi.")).toEqual([]);
    expect(
      said("Customers: name, no phone, no email.")
        .map((exclusion) => exclusion.toLowerCase())
        .sort(),
    ).toEqual(["email", "phone"]);
    expect(said("The artist says the price, and no painting gets sold for less than that price.")).toEqual(
      [],
    );
  });
});
