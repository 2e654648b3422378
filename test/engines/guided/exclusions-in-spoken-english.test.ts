import { describe, expect, it } from "vitest";
import { findExclusions } from "../../../src/engines/guided/understanding/exclusions.js";
import { said, statements } from "./lesson-readers.js";

/**
 * A "no" as people say it aloud, in other words than the people who taught it: someone
 * else's own thing, the same again, spoken words for "don't" and "it", and the words that
 * close a list or point back, which are no things of their own.
 */

describe("someone else's own thing, and the same again", () => {
  it("leaves out what others do as their own thing", () => {
    expect(said("And the tea urn, that's the WI's, they do their own thing.")).toEqual(["tea urn"]);
    expect(said("The volunteers do their own thing on Sundays, and they log their hours.")).toEqual([]);
  });

  it("reads a short sentence saying the same after a 'no'", () => {
    expect(said("No uploading to Spotify, my manager does that. Bandcamp same ting.")).toEqual([
      "uploading to Spotify",
      "Bandcamp",
    ]);
    expect(said("No vouchers. Gift cards, same.")).toEqual(["vouchers", "Gift cards"]);
    expect(said("We want reports. Invoices, same.")).toEqual([]);
  });
});

describe("spoken words for 'don't' and 'it'", () => {
  it("reads 'dunna pit hit in', 'dont want it', 'een want dat', 'leave dat' after a thing's name", () => {
    expect(said("Da raffle at da gala, dunna pit hit in.")).toEqual(["raffle at da gala"]);
    expect(said("mugs n that, dont want it. the bar our lass does, leave it")).toEqual(["mugs", "bar"]);
    expect(said("Da cargo, we een want dat in here.")).toEqual(["cargo"]);
    expect(said("An' da crew wages, leave dat, Mrs. Rolle do dat herself.")).toEqual(["crew wages"]);
  });

  it("reads a name whose first word could be a verb, and one with a noun that could be", () => {
    expect(said("Refunds, leave it out.")).toEqual(["Refunds"]);
    expect(said("Da parking permit, da office handles dat, so leave dat alone.")).toEqual(["parking permit"]);
    expect(said("Keep billing out of it, Stripe's dashboard does that fine.")).toEqual(["billing"]);
  });
});

describe("words that are no things of their own", () => {
  it("keeps no 'all', 'in there', 'none of that' or 'bring that here' as a thing left out", () => {
    expect(said("Passports and all also, we are not touching it in this app.")).toEqual(["Passports"]);
    expect(said("The raffle, we don't need none of that in there.")).toEqual(["raffle"]);
    expect(said("The shop till, that is a separate module, no need to bring that here.")).toEqual([
      "shop till",
    ]);
  });

  it("keeps a 'no' with the time it holds for, said first, as a rule", () => {
    expect(findExclusions("The first month there is no auction, the foreman takes it.")).toEqual([]);
    expect(findExclusions("On Sundays there's no delivery.")).toEqual([]);
    expect(said("No chat, and in the first version no payments.")).toEqual(["chat", "payments"]);
  });
});

describe("a 'no' that is not the person's", () => {
  it("leaves nothing out for what someone said in a story, a wish's second 'don't', or a number", () => {
    expect(said("One of the lads came back and said, Mick, there's no bread.")).toEqual([]);
    expect(said("Tell me how much to order, so we don't run out and we don't have loads left over.")).toEqual(
      [],
    );
    expect(said("No signal there, so we don't need payments.")).toEqual(["payments"]);
    expect(
      findExclusions("The 50/50, the committee does that.").flatMap((exclusion) => exclusion.keys),
    ).toEqual([]);
  });

  it("keeps a clause a later 'it doesn't' only qualifies", () => {
    expect(
      statements(
        "The register gives them to the heirs, and if an heir is already a member it adds to what they've got, it doesn't make a new member.",
      ),
    ).toEqual([
      "The register gives them to the heirs, and if an heir is already a member it adds to what they've got",
    ]);
  });
});
