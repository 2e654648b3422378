import { describe, expect, it } from "vitest";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the twenty-seventh round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: a "no" said as whose a thing is ("is my
 * sister's"), as a sentence of its own after the thing ("I would be grateful if they were
 * left out"), as "we're not doing …", "let them be" or "do not concern this service", and
 * in Afrikaans and Welsh; a "no" for a season or a month is a rule. A rule keeps its
 * exception, its case, what it is for and what is its subject's; rules said without anyone
 * acting, and an offer with its price, are kept whole. Closings, asides on the talk and a
 * story of what went wrong before are no features. Who a thing is is no field of it, words
 * for what a thing holds make no tables, and fields are moved, added in Kriol and Welsh,
 * and added when asked for politely at the review.
 */

describe("a 'no' said after the thing, in more ways", () => {
  it("reads whose a thing is, then the 'no' pointing back at it", () => {
    expect(said("The bakery next door is my cousin's, keep it out of it.")).toEqual(["bakery next door"]);
    expect(said("The diving trips is my uncle's business, not in this one.")).toEqual(["diving trips"]);
  });

  it("reads a 'no' said as a sentence of its own, pointing back at what the sentence before opened on", () => {
    expect(
      said(
        "The burial fund, when a member passes, is run by the elders separately. I would be grateful if it were left out.",
      ),
    ).toEqual(["burial fund"]);
    // A long sentence that only mentions "a separate thing" turns nothing before it down.
    expect(
      said(
        "And the visits, with the date and the outcome. Nurses only need a name (the midwife counts as a nurse here, she'd laugh at being a separate thing).",
      ),
    ).toEqual([]);
  });

  it("reads 'we're not doing …' and 'do not concern this service'", () => {
    expect(
      said("Visitors keep asking about boat trips, we're not doing boat trips, not in this anyway."),
    ).toEqual(["boat trips"]);
    expect(said("The raffles and the dances do not concern this service either.")).toEqual([
      "raffles",
      "dances",
    ]);
    // "we're not going there" is no thing to leave out.
    expect(said("We're not going there.")).toEqual([]);
  });

  it("reads a 'no' pointing back in Afrikaans and Welsh, by the words the sentence opens on", () => {
    expect(said("Die kafee by die strand met die koffie is my suster s'n, los dit uit.")).toEqual(["kafee"]);
    expect(said("En die bote verhuur my oom deur Booking.com, dit hoort nie hier nie.")).toEqual(["bote"]);
    expect(
      said("Y llyfrau, mae gan Siân ei rhestr ei hun ar gyfer rheiny, peidiwch â'u rhoi nhw i mewn."),
    ).toEqual(["llyfrau"]);
    expect(said("A'r lluniau a'r cyfrifon, na, mae'r pwyllgor yn gwneud hynny yn Excel.")).toEqual([
      "lluniau",
      "cyfrifon",
    ]);
  });
});

describe("a story of what went wrong before", () => {
  it("reads what happened last season, once, or how it felt, as why the software is wanted", () => {
    expect(isBackground("Last August we had two groups turn up for the same van.")).toBe(true);
    expect(isBackground("I was raging all day over that.")).toBe(true);
    expect(isBackground("We once had a parcel go to the wrong house, which was mortifying.")).toBe(true);
    expect(isBackground("Once a booking is paid, the guest gets an email.")).toBe(false);
    expect(isBackground("I was thinking the app could text them.")).toBe(false);
  });

  it("reads what people keep asking for, before a 'no' pointing back, as the thing left out", () => {
    expect(
      said("And folk always want engravings for their gifts, I dunna do them, so dunna put them on there."),
    ).toEqual(["engravings for their gifts"]);
  });
});

describe("the talk around the features", () => {
  it("reads closings, thanks and asides on the talk as no features", () => {
    expect(statements("Naw, that's about got it.")).toEqual([]);
    expect(statements("No, that's hid.")).toEqual([]);
    expect(statements("Thank you kindly, and it's fair winds on the water, like we say.")).toEqual([]);
    expect(
      statements("The skipper calls it, buddy let me tell you, that's what the harbour master says."),
    ).toEqual(["The skipper calls it"]);
  });

  it("reads 'I'm no wanting that in it' after a thing as a 'no', not a feature", () => {
    expect(statements("The beds and the B&Bs, folk book their own, I'm no wanting that in hid.")).toEqual([]);
  });
});

describe("a 'no' before a name that ends on a verb's form", () => {
  it("leaves 'cloud sync' out, and keeps 'no player goes on …' a rule", () => {
    expect(said("No cloud sync.")).toEqual(["cloud sync"]);
    expect(said("No player goes on a contest sheet unless he has paid.")).toEqual([]);
  });

  it("reads who does a thing after it, and 'let them be', as a 'no' pointing back", () => {
    expect(said("tea urn our lass does, leave it")).toEqual(["tea urn"]);
    // "got no" says what happens under a rule: nothing is left out.
    expect(said("Fares below $5 got no tip at all, and the driver keeps them.")).toEqual([]);
    expect(said("The parish raffle also, let them be, Father runs it himself.")).toEqual(["parish raffle"]);
  });
});

describe("a time said before its 'no' is a rule", () => {
  it("keeps 'outside the season there is no …' and 'in December there is no …' as rules", () => {
    expect(said("It is only May to September, outside the season there is no tour to book.")).toEqual([]);
    expect(said("In January there are no lessons.")).toEqual([]);
  });
});

describe("a rule kept whole", () => {
  it("keeps an exception after 'but if', its two parts joined by 'and', with the rule", () => {
    expect(
      statements(
        "The deposit they don't get back if they just don't turn up, but if it's stormy and the skipper calls it off, they get all of it back.",
      ),
    ).toEqual([
      "The deposit they don't get back if they just don't turn up, but if it's stormy and the skipper calls it off, they get all of it back",
    ]);
  });

  it("keeps 'in which case', a subject waiting for its verb, and what is the subject's", () => {
    expect(statements("A player may enter two teams, in which case he pays twice and plays twice.")).toEqual([
      "A player may enter two teams, in which case he pays twice",
      "A player plays twice",
    ]);
    expect(
      statements(
        "A tenant who owes rent or a deposit cannot renew, as we say, until he has paid, and his flat goes to the next person.",
      ),
    ).toEqual([
      "A tenant who owes rent or a deposit cannot renew, until he has paid, and his flat goes to the next person",
    ]);
  });

  it("reads what is done after an active lead and a colon as one thing", () => {
    expect(statements("In March we do the payout: each member receives his shares with the bonus.")).toEqual([
      "Users can do the payout: each member receives his shares with the bonus in March",
    ]);
  });

  it("reads 'the diver pays for that day' and 'nobody pays' as something done", () => {
    expect(statements("The rider pays for that day.")).toEqual(["The rider pays for that day"]);
    expect(statements("If the sea is rough, nobody pays for the trip.")).toEqual([
      "If the sea is rough, nobody pays for the trip",
    ]);
  });

  it("carries a later condition to the results a comma parts from it, and keeps 'it' with the result it says more of", () => {
    expect(
      statements(
        "We check the boats, and if a boat is late, the skipper calls us, the office texts the guests.",
      ),
    ).toEqual([
      "Users can check the boats",
      "If a boat is late, the skipper calls us",
      "If a boat is late, the office texts the guests",
    ]);
    expect(
      statements(
        "We check the lifts every morning, and if it snows, nobody pays for the day, it comes off their pass.",
      ),
    ).toEqual([
      "Users can check the lifts every morning",
      "If it snows, nobody pays for the day, it comes off their pass",
    ]);
  });

  it("keeps what is on offer with its price as one rule", () => {
    expect(
      statements(
        "There's the short trip, two hours around the bay, for seals and puffins, that's £40 a head.",
      ),
    ).toEqual(["There's the short trip, two hours around the bay, for seals and puffins, that's £40 a head"]);
  });
});

describe("rules said without who does them", () => {
  it("keeps what is done to every one of a thing, and what a thing costs", () => {
    expect(statements("Everything is rounded to the nearest penny.")).toEqual([
      "Everything is rounded to the nearest penny",
    ]);
    expect(statements("Crutching is half rate.")).toEqual(["Crutching is half rate"]);
    expect(statements("Children are half price.")).toEqual(["Children are half price"]);
  });

  it("keeps what it is for with what is done", () => {
    expect(
      statements(
        "And it must give back every amount separately, the fare, the tip, so the receipt can be printed.",
      ),
    ).toEqual(["Give back every amount separately, the fare, the tip, so the receipt can be printed"]);
  });

  it("keeps a 'no' for a month or a season as a rule", () => {
    expect(said("No dogs in August.")).toEqual([]);
    expect(said("Geen honde in Desember nie, die res van die jaar is honde aan 'n leiband reg.")).toEqual([]);
  });
});

describe("fields and changes as people say them", () => {
  it("reads who a thing is as no field of it, and 'our' as no part of a field", () => {
    expect(things("The guides, that's me and the girls, with our phone and our first aid number.")).toEqual([
      ["guides", ["phone", "first aid number"]],
    ]);
  });

  it("reads a field said as 'if they paid', and a name for what was just said as no thing", () => {
    expect(things("The tickets are the rider, the day and if they paid.")).toEqual([
      ["tickets", ["rider", "day", "paid"]],
    ]);
    expect(
      things(
        "Every order goes to the one client, and some clients order every year the same week, Show week.",
      ),
    ).toEqual([]);
  });

  it("moves a field taken off one thing and put on another, in English and in Afrikaans", () => {
    expect(
      edited(
        "Guests: name, phone. Bookings: guest, day.",
        "Take the phone off the guests and put it on the bookings instead.",
      ),
    ).toEqual([
      ["guests", ["name"]],
      ["bookings", ["guest", "day", "phone"]],
    ]);
    expect(
      edited(
        "Gaste: naam, selfoon, kar registrasie\nBesprekings: gas, aankoms",
        "Haal die kar registrasie by die gaste af en sit dit eerder by die besprekings.",
      ),
    ).toEqual([
      ["gaste", ["naam", "selfoon"]],
      ["besprekings", ["gas", "aankoms", "kar registrasie"]],
    ]);
  });

  it("adds a field said in Kriol and in Welsh", () => {
    expect(
      edited("Catches: fisherman, date, pounds", "Put di boat pan every catch too, which boat bring it een."),
    ).toEqual([["catches", ["fisherman", "date", "pounds", "boat"]]]);
    expect(
      edited("Aelodau: enw, pentref.", "Rhowch e-bost ar yr aelodau hefyd, er mwyn i mi allu eu ffonio."),
    ).toEqual([["aelodau", ["enw", "pentref", "e-bost"]]]);
  });

  it("reads words for what a thing holds, said without fields, as no things", () => {
    expect(things("Loans: member, amount. We keep the dates and the rates for every loan too.")).toEqual([
      ["loans", ["member", "amount"]],
    ]);
  });

  it("applies a change asked for politely, after when it should be done", () => {
    expect(
      edited(
        "Members: full name, phone number, town.",
        "Before I approve it, kindly add the next of kin to each member.",
      ),
    ).toEqual([["members", ["full name", "phone number", "town", "next of kin"]]]);
  });
});
