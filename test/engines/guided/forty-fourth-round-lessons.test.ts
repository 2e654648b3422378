import { describe, expect, it } from "vitest";
import { applyChange } from "../../../src/engines/guided/interview/changes.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { atTheReview, edited, said, statements, things } from "./lesson-readers.js";

/**
 * What the forty-fourth round of people wrote, run once unseen and tuned on once the
 * forty-sixth was written to hold out, and how the interviewer reads it now, in other words
 * than theirs.
 */

describe("records told the way these people told them", () => {
  it("reads records told in Caribbean Creole, 'fi' every thing, 'mi need' and 'an' between fields", () => {
    expect(
      things(
        "Fi every player mi need name, phone an di position. Fi di match, di date an who play. Fi di fees, di player, di week an how much.",
      ),
    ).toEqual([
      ["player", ["name", "phone", "position"]],
      ["match", ["date", "who play"]],
      ["fees", ["player", "week", "how much"]],
    ]);
  });

  it("leaves a French list's 'de' as French", () => {
    expect(things("Clients : nom, adresse, type de contrat")).toEqual([
      ["clients", ["nom", "adresse", "type de contrat"]],
    ]);
  });

  it("reads records told in Lao, 'each' written onto the thing, one record running into the next", () => {
    expect(things("ເຮືອແຕ່ລະລຳ ຈົດ ເລກເຮືອ, ສີ, ແລະ ຢູ່ທ່າໃດ ຜູ້ໂດຍສານແຕ່ລະຄົນ ຈົດ ຊື່, ເບີໂທ, ຈ່າຍແລ້ວ ຫຼື ຍັງ")).toEqual([
      ["ເຮືອ", ["ເລກເຮືອ", "ສີ", "ທ່າ"]],
      ["ຜູ້ໂດຍສານ", ["ຊື່", "ເບີໂທ", "ຈ່າຍແລ້ວ"]],
    ]);
  });

  it("reads what things 'want' kept, listed as fields, and 'whether it's A or B' as one field", () => {
    expect(
      things(
        "The boats want the boat number, the skipper who's got it and the licence date. Then the moorings, each one with its number and whether it's inner or outer.",
      ),
    ).toEqual([
      ["boats", ["boat number", "skipper", "licence date"]],
      ["moorings", ["number", "inner or outer"]],
    ]);
  });
});

describe("changes to the records", () => {
  it("reads a Creole change: 'tek out di …', 'put … pon di …'", () => {
    expect(
      edited(
        "players: name, phone, mother or father",
        "Tek out di mother or father, dem big now. An put shirt size pon di player.",
      ),
    ).toEqual([["players", ["name", "phone", "shirt size"]]]);
  });

  it("reads Lao changes: a field taken out of one thing, and a new thing with its fields", () => {
    expect(
      edited(
        "ເຮືອ: ເລກເຮືອ, ສີ. ຜູ້ໂດຍສານ: ຊື່, ປະເທດ",
        "ປ່ຽນສອງຢ່າງ ຜູ້ໂດຍສານ ເອົາປະເທດອອກ ແລະ ເພີ່ມການສ້ອມ ຈົດ ເຮືອ, ມື້, ຄ່າສ້ອມ",
      ),
    ).toEqual([
      ["ເຮືອ", ["ເລກເຮືອ", "ສີ"]],
      ["ຜູ້ໂດຍສານ", ["ຊື່"]],
      ["ການສ້ອມ", ["ເຮືອ", "ມື້", "ຄ່າສ້ອມ"]],
    ]);
  });

  it("reads a Kannada change at the review, where from and how many kilometres no part of the field", () => {
    expect(
      edited("ಆರ್ಡರ್: ಗ್ರಾಹಕ, ದಿನಾಂಕ", "ಒಂದು ವಿಷಯ: ಆರ್ಡರ್ ನಲ್ಲಿ ಅಂಗಡಿಯಿಂದ ಮನೆಗೆ ದೂರ ಎಷ್ಟು ಕಿಲೋಮೀಟರ್ ಅಂತ ಸೇರಿಸಿ, ಚಾರ್ಜ್ ಅದರ ಮೇಲೆ."),
    ).toEqual([["ಆರ್ಡರ್", ["ಗ್ರಾಹಕ", "ದಿನಾಂಕ", "ದೂರ"]]]);
  });

  it("renames at the review after praise and 'one thing mind', adding no feature", () => {
    const { state } = applyChange(
      atTheReview("a boat club", "boats: number, skipper. moorings: number"),
      "Lush, that is. One thing mind, call the moorings the river moorings, there's sea ones too. Diolch.",
    );
    expect(state.thingEdits).toHaveLength(1);
    expect(state.extraFeatures ?? []).toEqual([]);
  });
});

describe("what these people turned down", () => {
  it("reads Creole 'no fi wi' beside a name written with an accent, and Welsh English 'leave that by there'", () => {
    expect(said("Di bar dem at di fair, dat a la Alcaldía business, no fi wi.")).toEqual(["bar at the fair"]);
    expect(said("And the chip shop next door is my cousin's, leave that by there.")).toEqual([
      "chip shop next door",
    ]);
  });

  it("reads Lao 'not ours' and 'no need to put in', what the thing is for no part of it", () => {
    expect(said("ຮ້ານກາເຟ ນັ້ນແມ່ນຂອງນ້ອງສາວ ບໍ່ແມ່ນຂອງພວກເຮົາ ແລະ ການຂາຍປີ້ລົດເມໄປວຽງຈັນ ບໍ່ຕ້ອງໃສ່")).toEqual([
      "ຮ້ານກາເຟ",
      "ການຂາຍປີ້ລົດເມ",
    ]);
  });

  it("reads Kannada 'not ours' and 'don't put it in', and the things before the verb", () => {
    expect(said("ನಮ್ಮ ಹುಡುಗರು ಬೇರೆಯಾಗಿ ಕ್ರಿಕೆಟ್ ಪಂದ್ಯ ಮಾಡುತ್ತಾರೆ, ಅದು ಅವರದ್ದು, ನಮ್ಮದಲ್ಲ.")).toEqual(["ಕ್ರಿಕೆಟ್ ಪಂದ್ಯ"]);
    expect(said("ಫೋಟೋ ಇನ್ಸ್ಟಾಗ್ರಾಮ್ ನಲ್ಲಿ ಹಾಕುವುದು ನನ್ನ ಮಗ, ಅದನ್ನು ಇದರಲ್ಲಿ ಹಾಕಬೇಡಿ.")).toEqual(["ಫೋಟೋ ಇನ್ಸ್ಟಾಗ್ರಾಮ್"]);
  });

  it("reads how firmly a rule holds, 'no arguing', as no thing turned down", () => {
    expect(
      said("You book by the hour, and if you go over you pay the extra hour at the desk, no arguing."),
    ).toEqual([]);
  });
});

describe("what people do, and the rules they keep", () => {
  it("keeps the days and the hours said in the morning and till midnight", () => {
    expect(
      statements("The gym is open every day from 6 in the morning till midnight, except New Year's Day."),
    ).toEqual(["The gym is open every day from 6 in the morning till midnight, except New Year's Day"]);
  });

  it("keeps a rule written on its own line whole, up to three clauses of it", () => {
    expect(
      statements(
        "Here is how it goes.\nMonday and Wednesday are club nights, and courts 1 to 4 are kept for the club from 6 till 10, nobody else can book them.\nA court is £12 an hour.\nMembers pay £4 less.",
      ),
    ).toContain(
      "Monday and Wednesday are club nights, and courts 1 to 4 are kept for the club from 6 till 10, nobody else can book them",
    );
  });
});

describe("more of what these people said, read as they meant it", () => {
  it("keeps a house rule about what visitors bring in, and turns nothing down with it", () => {
    expect(said("no outside cakes or snacks")).toEqual([]);
    expect(statements("no outside cakes or snacks")).toEqual(["No outside cakes or snacks"]);
  });

  it("keeps a rule typed short on its own line whole, and one with numbers read only in part", () => {
    const read = statements(
      "ok here goes\nlessons are 45 min\ncancel 48 hours before n u get the money back, after that we keep it\nAfter 5 pm it is $12 a lesson, counted per half hour, so $6 for every half hour.\nStudio rent is from 6 am to 9 am, 20% off the whole fee.\nsend the parent a text the day before",
    );
    expect(read).toContain("cancel 48 hours before n you get the money back, after that we keep it");
    expect(read).toContain("After 5 pm it is $12 a lesson, counted per half hour, so $6 for every half hour");
    expect(read).toContain("Studio rent is from 6 am to 9 am, 20% off the whole fee");
  });

  it("keeps a condition whole when what it rules out is said inside it", () => {
    expect(
      said("a stall on the pavement only if the shop agrees, no ramp and no awning, otherwise we don't"),
    ).toEqual([]);
  });

  it("reads a second way of doing it, with its own subject, as one choice with the first", () => {
    expect(statements("The grower pays us to dry his beans, or we buy the beans from him.")).toEqual([
      "The grower pays us to dry his beans, or we buy the beans from him",
    ]);
  });

  it("keeps whose a thing is and the days the place is shut as rules", () => {
    expect(statements("The husks are his. Sunday is closed.")).toEqual([
      "The husks are his",
      "Sunday is closed",
    ]);
  });

  it("keeps what is printed, listed after a colon, with the printing", () => {
    expect(
      statements("Every night I want to print the day: the bags sold, the kilos of flour and the money."),
    ).toEqual(["Users can print the day: the bags sold, the kilos of flour and the money every night"]);
  });

  it("reads stories two weeks back, how things stand now, and the rules announced one by one as no features", () => {
    expect(statements("Two Saturdays ago we lost the list of the lane bookings.")).toEqual([]);
    expect(
      statements(
        "Every barber has his own price now, there is a price list on the wall but nobody reads it.",
      ),
    ).toEqual([]);
    expect(statements("I will tell the rules one by one, the council has fixed all this.")).toEqual([]);
  });

  it("reads thanks in more Englishes, said with what else must be done, as no features", () => {
    const extras = (text: string) => splitStatements(text, { keepVerbless: true });
    expect(extras("Diolch, cheers now.")).toEqual([]);
    expect(extras("preciate you doe")).toEqual([]);
  });
});

describe("more 'no's of these people", () => {
  it("reads Sabah's 'ndak payah put', 'punya' for whose, and whose business named in passing as no thing", () => {
    expect(said("The jet skis, that one is the other shop punya, ndak payah put.")).toEqual(["jet skis"]);
    expect(said("And the boat trips, my cousin's business, not ours.")).toEqual(["boat trips"]);
  });

  it("reads 'lo shayach here', what 'aba' does, and 'that is his work, not ours' on its own", () => {
    expect(said("the fences n the gates aba builds the rest of the year, lo shayach here.")).toEqual([
      "fences",
      "gates",
    ]);
    expect(said("The charcoal, my uncle sells it. That is his work, not ours.")).toEqual(["charcoal"]);
  });

  it("reads 'that's her business not ours' typed without its apostrophe as no feature", () => {
    expect(
      splitStatements("n the ice cream stand is my auntie's friend's, thats her business not ours", {
        keepVerbless: true,
      }),
    ).toEqual([]);
  });
});

describe("more changes at the review", () => {
  it("puts a field on after 'Bah, ok already' and 'Only one thing kio', adding no feature", () => {
    const { state } = applyChange(
      atTheReview("a dive shop", "divers: name, phone. dives: date, site"),
      "Bah, ok already. Only one thing kio, put the blood type for every diver, the boat always ask. Kotohuadan!",
    );
    expect(state.thingEdits).toHaveLength(1);
    expect(state.extraFeatures ?? []).toEqual([]);
  });
});
