import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { columnFor } from "../../../src/engines/guided/understanding/fields.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * Ways of saying things that no one round of people happened to use, but that anyone might:
 * records, changes and "no"s in plain English, and the same in the languages of Europe people
 * write in most. Read as a fair listener would, whoever says them.
 */

describe("records in plain English", () => {
  it("reads what was done to one of their things, when it is due and what needs doing", () => {
    expect(
      things(
        "Every booking has the guest, the room, how many nights, whether they've paid the deposit and who took the booking.",
      ),
    ).toEqual([["booking", ["guest", "room", "how many nights", "deposit paid", "taker"]]]);
    expect(
      things("For each job we note the customer, what needs doing, when it's due and if it's been invoiced."),
    ).toEqual([["job", ["customer", "what needs doing", "due date", "invoiced"]]]);
    expect(things("A volunteer has a name, a phone and whether they've done the training.")).toEqual([
      ["volunteer", ["name", "phone", "training done"]],
    ]);
  });

  it("reads a record of each one after a colon, ending on its values, and 'the members list'", () => {
    expect(things("Each animal: tag number, breed, mother, weight at weaning, sold or kept.")).toEqual([
      ["animal", ["tag number", "breed", "mother", "weight at weaning", "sold or kept"]],
    ]);
    expect(things("The members list has name, email, date joined and whether they've renewed.")).toEqual([
      ["member", ["name", "email", "date joined", "renewed"]],
    ]);
  });

  it("reads fields parted by slashes as fields, not values", () => {
    expect(
      things(
        "- Clients: name / phone / email / how they found us\n- Sessions: client / date / length / paid?",
      ),
    ).toEqual([
      ["clients", ["name", "phone", "email", "how they found us"]],
      ["sessions", ["client", "date", "length", "paid"]],
    ]);
  });

  it("reads fields said as questions in brackets, the last said by two values", () => {
    expect(things("the stalls (who runs it, what they sell, the pitch number, paid or owing)")).toEqual([
      ["stalls", ["who runs it", "what they sell", "pitch number", "paid or owing"]],
    ]);
  });
});

describe("records told in passing", () => {
  it("reads the things named, then what each one has", () => {
    expect(
      things(
        "Basically just the orders. Each one has the customer name, the size, the date they want it and if they've paid.",
      ),
    ).toEqual([["orders", ["customer name", "size", "date wanted", "paid"]]]);
    expect(
      things("We've got members, and for each one their name, phone and which team they're in."),
    ).toEqual([["members", ["name", "phone", "team"]]]);
  });

  it("reads what the person does with the things before their list, and a list after 'so'", () => {
    expect(
      things(
        "Items we lend out - name, category, where it's kept. And loans, so which item, who has it, when it went out, when it's due back.",
      ),
    ).toEqual([
      ["items", ["name", "category", "where kept"]],
      ["loans", ["item", "who has it", "date went out", "date due back"]],
    ]);
  });

  it("reads what is wrong and when it was done, said after 'which have'", () => {
    expect(
      things(
        "The flats (number, floor) and repairs, which have the flat, what's wrong, when reported and when fixed.",
      ),
    ).toEqual([
      ["flats", ["number", "floor"]],
      ["repair", ["flat", "what's wrong", "date reported", "date fixed"]],
    ]);
  });
});

describe("changes said plainly", () => {
  const listed = "customers: name, phone, address\norders: customer, date, total";

  it("puts on a field the thing 'needs as well', or that the person would 'also like'", () => {
    expect(edited(listed, "Actually the orders need a delivery date as well.")).toEqual([
      ["customers", ["name", "phone", "address"]],
      ["orders", ["customer", "date", "total", "delivery date"]],
    ]);
    expect(edited(listed, "I'd also like a notes field on orders.")).toEqual([
      ["customers", ["name", "phone", "address"]],
      ["orders", ["customer", "date", "total", "notes"]],
    ]);
  });

  it("reads 'Can you remove the search?' as a removal, never as a feature wished for", () => {
    const { state } = applyChange(
      atTheReview("A booking site for a dog groomer.", listed),
      "Can you remove the search?",
    );
    expect(state.extraFeatures ?? []).toEqual([]);
  });

  it("takes off a field said 'get rid of', or that a thing 'doesn't need'", () => {
    const without = [
      ["customers", ["name", "phone"]],
      ["orders", ["customer", "date", "total"]],
    ];
    expect(edited(listed, "Get rid of the address on customers, we don't go to them.")).toEqual(without);
    expect(edited(listed, "Customers don't need the address.")).toEqual(without);
  });
});

describe("'no's said plainly", () => {
  it("reads 'isn't part of this', 'a separate thing' and 'skip X, we've got Y for that'", () => {
    expect(said("The junior league isn't part of this, they've got their own setup.")).toEqual([
      "junior league",
    ]);
    expect(said("There's also the Christmas market but that's a separate thing entirely.")).toEqual([
      "Christmas market",
    ]);
    expect(said("Skip the newsletter, we've got Mailchimp for that.")).toEqual(["newsletter"]);
    expect(said("I'm not interested in a mobile app, just the website.")).toEqual(["mobile app"]);
    expect(said("Not doing invoices in this, the accountant does them.")).toEqual(["invoices"]);
    // Skipping is something an app does, too.
    expect(said("Skip songs I don't like.")).toEqual([]);
  });
});

describe("what is left for later", () => {
  it("keeps out of this spec what is left for a later version, and no feature is read of it", () => {
    expect(said("Let's leave reporting for a later version.")).toEqual(["reporting"]);
    expect(said("Maybe later we'll add a shop, but not now.")).toEqual(["shop"]);
    expect(
      statements("Let's leave reporting for a later version. Maybe later we'll add a shop, but not now."),
    ).toEqual([]);
  });
});

describe("today, complaints and limits", () => {
  it("reads time spent and what nobody knows as complaints about today", () => {
    expect(
      statements(
        "Every Friday I spend three hours chasing payments. Nobody knows who has paid. Parents pay online.",
      ),
    ).toEqual(["Parents pay online"]);
  });

  it("keeps opening hours, who must be with whom, and when payment is due, as rules in the person's words", () => {
    expect(
      statements(
        "We open at 7 on weekdays and 9 on Sundays. Kids under 12 must be with an adult. Payment is due on collection.",
      ),
    ).toEqual([
      "We open at 7 on weekdays and 9 on Sundays",
      "Kids under 12 must be with an adult",
      "Payment is due on collection",
    ]);
  });

  it("keeps a limit in the person's words", () => {
    expect(statements("Max 12 kids per session.")).toEqual(["Max 12 kids per session"]);
    expect(statements("max 10 orders per slot so the kitchen copes")).toEqual([
      "Max 10 orders per slot so the kitchen copes",
    ]);
  });
});

describe("the languages of Europe", () => {
  it("reads what is kept 'for each' thing, and the articles before the fields", () => {
    expect(
      things(
        "Para cada cliente guardamos el nombre, el teléfono y si pagó. Cada pedido tiene el cliente, la fecha y el total.",
      ),
    ).toEqual([
      ["cliente", ["nombre", "teléfono", "pagó"]],
      ["pedido", ["cliente", "fecha", "total"]],
    ]);
    expect(things("Pour chaque client on garde le nom, le téléphone et s'il a payé.")).toEqual([
      ["client", ["nom", "téléphone", "payé"]],
    ]);
    expect(
      things(
        "Für jeden Kunden speichern wir Name, Telefon und ob bezahlt. Jede Bestellung hat den Kunden, das Datum und die Summe.",
      ),
    ).toEqual([
      ["kunden", ["name", "telefon", "bezahlt"]],
      ["bestellung", ["kunden", "datum", "summe"]],
    ]);
    expect(
      things("Voor elke klant houden we de naam, het telefoonnummer en of ze betaald hebben bij."),
    ).toEqual([["klant", ["naam", "telefoonnummer", "betaald"]]]);
  });

  it("takes an article off a field, never the start of a word that only looks like one", () => {
    expect(things("Para cada trabajo guardamos la dirección, el dentista y los detalles.")).toEqual([
      ["trabajo", ["dirección", "dentista", "detalles"]],
    ]);
    expect(things("Per ogni lavoro teniamo il lavoro, la data e se pagato.")).toEqual([
      ["lavoro", ["lavoro", "data", "pagato"]],
    ]);
  });

  it("keeps greetings, names, thanks and last year's story out of the features", () => {
    expect(
      statements(
        "Hola, soy Marta. El año pasado perdimos tres reservas. Cada clase cuesta 10 euros. Gracias, un saludo.",
      ),
    ).toEqual(["Cada clase cuesta 10 euros"]);
    expect(
      statements(
        "Hallo, ich bin Jan. Letztes Jahr haben wir drei Buchungen verloren. Jeder Kurs kostet 10 Euro. Danke und viele Grüße.",
      ),
    ).toEqual(["Jeder Kurs kostet 10 Euro"]);
    expect(
      statements(
        "Ciao, sono Paolo. L'anno scorso abbiamo perso tre prenotazioni. Ogni lezione costa 10 euro.",
      ),
    ).toEqual(["Ogni lezione costa 10 euro"]);
  });

  it("reads 'merci de …' as a request asked politely, not as thanks", () => {
    expect(statements("Merci de garder le nom des clients. Merci beaucoup, bonne journée.")).toEqual([
      "Merci de garder le nom des clients",
    ]);
  });

  it("reads 'not our business' and 'leave it' as they are said there", () => {
    expect(
      said("La cafetería la lleva mi hermano, eso no es asunto nuestro. Y la tienda, déjala fuera."),
    ).toEqual(["cafetería", "tienda"]);
    expect(
      said("Le bar, c'est l'affaire de mon frère, pas la nôtre. Et la boutique, laissez tomber."),
    ).toEqual(["bar", "boutique"]);
    expect(said("Das Café macht mein Bruder, das ist nicht unsere Sache.")).toEqual(["Café"]);
    expect(said("Il bar lo gestisce mio fratello, non è affar nostro.")).toEqual(["bar"]);
    expect(
      said("Het café is van mijn broer, daar hebben wij niks mee te maken. En de winkel laten we erbuiten."),
    ).toEqual(["café", "winkel"]);
  });
});

describe("rules said with what they hold under", () => {
  it("keeps 'weather permitting' and 'tide allowing' with the rule they close", () => {
    expect(statements("The ferry brings fuel every 6 weeks, weather permitting.")).toEqual([
      "The ferry brings fuel every 6 weeks, weather permitting",
    ]);
    expect(statements("The boat goes out at dawn, tide allowing. Every trip takes six people.")).toEqual([
      "The boat goes out at dawn, tide allowing",
      "Every trip takes six people",
    ]);
  });
});

describe("how long, as a field", () => {
  it("keeps 'how long' as said", () => {
    expect(things("A booking has the table, the day, the start time and how long.", false)).toEqual([
      ["booking", ["table", "day", "start time", "how long"]],
    ]);
    expect(things("Bookings: table, day, how long it lasts")).toEqual([
      ["bookings", ["table", "day", "how long"]],
    ]);
  });
});

describe("today's paper", () => {
  it("keeps a clause about today's receipt book out of the features", () => {
    expect(
      statements(
        "Everybody pays cash and we write them a receipt out of the receipt book, and the treasurer counts it on Fridays.",
      ),
    ).not.toContainEqual(expect.stringContaining("receipt book"));
  });
});

describe("a change at the review with its reason first", () => {
  it("puts the field on after 'so', and takes 'one more thing before I forget' as talk", () => {
    const state = atTheReview(
      "A website where people buy beach passes.",
      "passes: number, kind, year, price\norders: buyer, date, total",
    );
    const { state: changed } = applyChange(
      state,
      "Oh wait, hon, one more thing before I forget. Every year the passes are a different colour, so the wardens can tell them apart, so put the colour on the passes.",
    );
    expect(changed.extraFeatures ?? []).toEqual([]);
    const passes = analyze(changed).tables.find((table) => table.name === "passes");
    expect(passes?.fields).toContain("colour (text)");
  });
});

describe("fields named the way a column is", () => {
  it("names a measure of something in its unit", () => {
    expect(columnFor("how many acres of ponds")).toBe("pond_acres (decimal)");
  });

  it("reads 'the priests are just their name' as a record with a name", () => {
    expect(
      things(
        "The Masses have the date and the priest. The priests are just their name, like Rev. Fr. Tom.",
        false,
      ),
    ).toEqual([
      ["mass", ["date", "priest"]],
      ["priest", ["name"]],
    ]);
  });

  it("reads what a thing is played between as one more thing it holds", () => {
    expect(things("Matches are between two teams, with a date, the score and the referee.", false)).toEqual([
      ["match", ["teams", "date", "score", "referee"]],
    ]);
    expect(things("A fixture is played between 2 clubs and has the ground and the kick-off.", false)).toEqual(
      [["fixture", ["clubs", "ground", "kick-off"]]],
    );
  });
});
