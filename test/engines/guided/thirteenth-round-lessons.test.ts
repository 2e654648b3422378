import { describe, expect, it } from "vitest";
import { isThin } from "../../../src/engines/guided/interview/steps.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { findExclusions, isNegation } from "../../../src/engines/guided/understanding/exclusions.js";
import { plainHedges } from "../../../src/engines/guided/understanding/hedges.js";
import { plainWords } from "../../../src/engines/guided/understanding/markdown.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { withoutRecordLines } from "../../../src/engines/guided/understanding/things.js";
import { said, statements, things } from "./lesson-readers.js";

/**
 * What the thirteenth round of people the interviewer had not met wrote (and what was
 * left of the twelfth), and how it reads it now: each case is a way of saying something,
 * not one person's sentence only.
 */

describe("records told in sentences", () => {
  it("reads 'each X needs …', a count with names, 'For each we need …' and what is put on a record", () => {
    expect(
      things(
        "Two cars, the Corsa and the Golf. For each we need the name, the registration and the mileage. Each booking needs the person, the car, start time, end time and the project it's for, so I can recharge the mileage to the client. When the car comes back, put the start mileage and end mileage on the booking.",
      ),
    ).toEqual([
      ["cars", ["name", "registration", "mileage"]],
      ["booking", ["person", "car", "start time", "end time", "project", "start mileage", "end mileage"]],
    ]);
  });

  it("reads 'Each client has many SKUs: …' as SKUs that belong to a client, hyphens and Y/N kept out of names", () => {
    expect(
      things(
        "Clients: client code, name. Each client has many SKUs: SKU code, UOM, lot-tracked Y/N. An order belongs to a client and has a client order ref, ship-to, SLA ship-by and carrier.",
      ),
    ).toEqual([
      ["clients", ["client code", "name"]],
      ["skus", ["client", "sku code", "uom", "lot-tracked"]],
      ["order", ["client", "client order ref", "ship-to", "sla ship-by", "carrier"]],
    ]);
  });

  it("goes on with 'and has' and ', with' after what a thing belongs to, and reads 'urgent or not' and 'whether it's paid'", () => {
    expect(
      things(
        "Lessons: each lesson belongs to a pupil and an instructor, and has the date, length, whether it's paid, and their test date if they've booked one. Repairs belong to a flat, with a category, photos, urgent or not and the date reported.",
      ),
    ).toEqual([
      ["lesson", ["pupil", "instructor", "date", "length", "paid", "test date"]],
      ["repair", ["flat", "category", "photos", "urgent", "date reported"]],
    ]);
  });

  it("reads a field said by its values, and one thing every other one is linked to", () => {
    expect(
      things(
        "baby - name, birth date\nnappies - time, wet or dirty\nsleeps - start, end\nall linked to the baby",
      ),
    ).toEqual([
      ["baby", ["name", "birth date"]],
      ["nappies", ["baby", "time", "wet or dirty"]],
      ["sleeps", ["baby", "start", "end"]],
    ]);
    expect(things("penalties: driver, race, reason, + time or points taken off")).toEqual([
      ["penalties", ["driver", "race", "reason", "time", "points taken off"]],
    ]);
  });

  it("reads what a thing belongs to before a colon or after 'each one', and 'which pay machine' whole", () => {
    expect(
      things(
        "Each payment belongs to a visit: amount, which pay machine, paid at. Syllabus items: each one belongs to a belt, with a name and a type (technique, kata or kumite). Gradings: date, student, passed or not.",
      ),
    ).toEqual([
      ["payment", ["visit", "amount", "pay machine", "paid at"]],
      ["syllabus items", ["belt", "name", "type"]],
      ["gradings", ["date", "student", "passed"]],
    ]);
  });

  it("names nothing after 'like', 'so that' or 'meaning', or in 'HR holds those' and 'Helen's bit about what to keep'", () => {
    expect(
      things(
        "Helen's bit about what to keep:\nCharacters: name, notes, and first book, meaning the book they turn up in first. Projects belong to a client and have a name, like acme-website. And relationships between characters, like sister of or married to, so that it can draw a family tree. There's no need to keep anyone's driving licence in there, HR holds those.",
      ).map(([name]) => name),
    ).toEqual(["characters", "project", "relationships"]);
  });

  it("reads records in Italian: what a stop belongs to, and a list of fields ending on two values", () => {
    expect(
      things(
        "Linee (nome, colore), fermate (nome, indirizzo), turni (data, linea, accompagnatore) e le presenze di ogni mattina (data, bambino, presente o assente). Ogni fermata appartiene a una linea.",
      ),
    ).toEqual([
      ["linee", ["nome", "colore"]],
      ["fermate", ["linea", "nome", "indirizzo"]],
      ["turni", ["data", "linea", "accompagnatore"]],
      ["presenze", ["data", "bambino", "presente"]],
    ]);
  });

  it("leaves what people do once the lines that were records are read", () => {
    expect(
      withoutRecordLines(
        "Two cars, the Corsa and the Golf. For each we need the name. There's no need to keep anyone's licence, HR holds those.",
      ),
    ).toBe("There's no need to keep anyone's licence, HR holds those.");
  });
});

describe("a 'no' said the ways people say it", () => {
  it("reads 'let's not get into', 'no need to keep', 'forget the', 'let's leave … out' and a question answered 'I don't think so'", () => {
    expect(
      said("And please, let's not get into fuel cards or expense claims: Finance has its own system."),
    ).toEqual(["fuel cards or expense claims"]);
    expect(said("There's no need to keep anyone's driving licence in there, HR holds those.")).toEqual([
      "driving licence",
    ]);
    expect(said("Actually no, forget the chat, we have a WhatsApp group.")).toEqual(["chat"]);
    // The wider word leaves out more: "addresses" replaces "home addresses".
    expect(
      said(
        "Do we need home addresses? I don't think so, we all know where everyone lives, so let's leave addresses out.",
      ),
    ).toEqual(["addresses"]);
  });

  it("reads a wish put off, a 'skip' with its reason, 'X, not for now' and a separate system", () => {
    expect(said("Gift vouchers would be nice one day, but not for now.")).toEqual(["Gift vouchers"]);
    expect(said("no ads. skip growth charts, the health visitor does those")).toEqual([
      "growth charts",
      "ads",
    ]);
    expect(said("Competitions, not for now.")).toEqual(["Competitions"]);
    expect(said("EV charging is a separate system from another supplier, so leave that out.")).toEqual([
      "EV charging",
    ]);
    expect(
      said(
        "Leave out anything to do with writing the book itself. It is only for looking things up, not for drafting.",
      ),
    ).toEqual(["drafting", "writing the book"]);
    // "skip songs I don't like" is something the app does.
    expect(said("skip songs I don't like")).toEqual([]);
    expect(isNegation("EV charging is a separate system from another supplier, so leave that out.")).toBe(
      true,
    );
  });

  it("leaves nothing out for 'I'd rather not keep that': 'that' points back at what the change before named", () => {
    expect(said("Take date of birth off students, please. I'd rather not keep that for the kids.")).toEqual(
      [],
    );
  });

  it("reads Italian and Chinese, where the thing comes first and the 'no' after it", () => {
    expect(said("I pagamenti lasciamo perdere: il pedibus è gratuito.")).toEqual(["pagamenti"]);
    expect(said("Ah, il ritorno del pomeriggio per ora no, facciamo solo l'andata.")).toEqual([
      "ritorno del pomeriggio",
    ]);
    expect(findExclusions("Non ci serve la geolocalizzazione dei bambini.").map((e) => e.keys)).toEqual([
      [["geolocalizzazione"]],
    ]);
    expect(said("报价、合同和发票我们都在别的软件里做，这里不需要。")).toEqual(["报价", "合同", "发票"]);
    expect(said("材料采购先不做，以后再说。工人的考勤也不要放进去。")).toEqual(["材料采购", "考勤"]);
  });
});

describe("what people do, said the ways people say it", () => {
  it("reads a condition as the wish, a need of a thing, and a time said before who acts", () => {
    expect(
      statements("Fine by me, as long as whoever takes a car logs the mileage when they bring it back."),
    ).toEqual(["Whoever takes a car logs the mileage when they bring it back"]);
    expect(statements("I need the business miles per project for the tax return every April.")).toEqual([
      "Users can get the business miles per project for the tax return every April",
    ]);
    expect(statements("We need a website for the bakery.")).toEqual([]);
    expect(
      statements("And every morning at 8 it posts the bookings for the day in #office so reception knows."),
    ).toEqual(["It posts the bookings for the day in #office every morning at 8 so reception knows"]);
    expect(statements("Nightly they GET an inventory snapshot by SKU.")).toEqual([
      "They GET an inventory snapshot by SKU nightly",
    ]);
  });

  it("reads a word no list knows as what someone does after 'we' or 'can'", () => {
    expect(statements("We fire a webhook back with carrier, tracking number and ETA.")).toEqual([
      "Users can fire a webhook back with carrier, tracking number and ETA",
    ]);
  });

  it("reads a limit, a result said before its condition, and a thing placed somewhere that acts", () => {
    expect(statements("max 10 orders per slot so the kitchen doesn't drown")).toEqual([
      "Max 10 orders per slot so the kitchen doesn't drown",
    ]);
    expect(statements("if 12:15 is full it's greyed out")).toEqual([
      "It shows as greyed out if 12:15 is full",
    ]);
    expect(statements("tablet in the truck shows orders by pickup time")).toEqual([
      "Tablet in the truck shows orders by pickup time",
    ]);
  });

  it("keeps a rule about people, the last word of a list, and what a purpose clause asks for", () => {
    expect(statements("Monthly permit holders don't pay at all, the barrier just opens for them.")).toEqual([
      "Monthly permit holders don't pay at all",
      "The barrier just opens for them",
    ]);
    expect(
      statements(
        "It gives you back the score in points, games and sets, who serves next and whether the match is over.",
      ),
    ).toEqual([
      "Give you back the score in points, games and sets, who serves next and whether the match is over",
    ]);
    expect(
      splitStatements("And relationships between characters, so that it can draw a family tree.", {
        keepVerbless: false,
        nounList: true,
      }),
    ).toEqual(["Draw a family tree"]);
  });

  it("reads a hedge as what the person settles on, and a greeting as nothing", () => {
    expect(
      plainHedges(
        "Families, I guess? Each kid has a name, allergies maybe, actually yes, definitely allergies. Maybe later, not now.",
      ),
    ).toBe("Families? Each kid has a name, allergies. Maybe later, not now.");
    expect(statements("Oh, and you'd probably want to see your balance right away.")).toEqual([
      "Users can see your balance right away",
    ]);
    expect(statements("Ciao!")).toEqual([]);
  });

  it("puts steps numbered inside a line on lines of their own, and drops a title over sub-items", () => {
    expect(plainWords("Flow: 1) they POST an order; 2) we ack with an ID; 3) the WMS picks")).toBe(
      "Flow:\n1) they POST an order\n2) we ack with an ID\n3) the WMS picks",
    );
    expect(plainWords("up to 3) sizes")).toBe("up to 3) sizes");
    expect(plainWords("3. 🔔 Order ready\n   - we tap ready and the customer gets a text")).toBe(
      "- we tap ready and the customer gets a text",
    );
  });

  it("asks for more after an overview of two short sentences", () => {
    expect(
      isThin(
        "app for logging our baby's feeds, nappies and sleep. me and my wife both use it, on our phones",
      ),
    ).toBe(true);
  });
});

describe("how it is done today", () => {
  it("reads the notebook, the calls, a product in use, bugs had, 'atm' and Chinese 'now' as today", () => {
    for (const today of [
      "When something breaks, tenants email me, text me or ring me, I write it in a notebook and then call a plumber.",
      "I write in Scrivener and I'm far too old to change.",
      "Every app we've made has its own copy of the scoring logic, and every copy has had bugs.",
      "we use a notepad by the cot atm and it's always lost",
      "HR holds those",
      "现在每个工地都建一个微信群",
    ])
      expect(isBackground(today), today).toBe(true);
  });

  it("keeps a wish that names the notebook, an aside about today in brackets, and where a thing is now", () => {
    for (const wish of [
      "I want the app to replace the notebook.",
      "We work it out from the tariff (at the moment £2.50 for the first hour).",
      "现在在哪个阶段",
      "Parents text me when their kid is sick",
    ])
      expect(isBackground(wish), wish).toBe(false);
  });
});
