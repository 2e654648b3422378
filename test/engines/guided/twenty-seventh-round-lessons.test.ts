import { describe, expect, it } from "vitest";
import { said } from "./lesson-readers.js";

/**
 * What the twenty-seventh round of people the interviewer had not met wrote, and how it
 * reads it now, in other words than theirs: a "no" said as whose a thing is ("is my
 * sister's"), as a sentence of its own after the thing ("I would be grateful if they were
 * left out"), as "we're not doing …" and "do not concern this service", and in Afrikaans
 * and Welsh; a time said before "there is no" is a rule.
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

describe("a time said before its 'no' is a rule", () => {
  it("keeps 'outside the season there is no …' and 'in December there is no …' as rules", () => {
    expect(said("It is only May to September, outside the season there is no tour to book.")).toEqual([]);
    expect(said("In January there are no lessons.")).toEqual([]);
  });
});
