import { describe, expect, it } from "vitest";
import { speaksOfWorkingTogether } from "../../../src/engines/guided/interview/questions.js";
import { isDismissal, isDismissalOnItsOwn } from "../../../src/engines/guided/understanding/dismissals.js";
import { detectDomain } from "../../../src/engines/guided/understanding/domain.js";
import { isNegation } from "../../../src/engines/guided/understanding/exclusions.js";
import { splitStatements } from "../../../src/engines/guided/understanding/statements.js";
import { unreadSentences } from "../../../src/engines/guided/understanding/unsaid-kept.js";
import { said, statements } from "./lesson-readers.js";

/**
 * A person who writes formally, at length, says much around what the software is to do:
 * who they are, that they will now explain, how strongly they mean it, why it would help
 * them, and thanks at the end. None of it is a feature; what they want the software to do,
 * in sentences as long and as careful as theirs, is.
 */

describe("the talk around what the software does", () => {
  it("keeps no introduction, announcement, emphasis on 'this', reason held as a view or thanks", () => {
    const text =
      "Allow me to introduce myself: I am Gaolathe Sebego, a retired Deputy Permanent Secretary. Permit me to explain the arrangement. I must stress that this is the constitution of the Syndicate and not a matter of my personal discretion. It is my considered view that a website, which members may consult from Gaborone, would restore order. No, I believe I have covered the matter fully. I thank you for your patience.";
    expect(statements(text)).toEqual([]);
    const read = splitStatements(text, { keepVerbless: false, interviewInEnglish: true });
    expect(unreadSentences(text, read)).toEqual([]);
  });

  it("reads on after an emphasis that says something new", () => {
    expect(statements("I should add that each payment must carry a receipt number.")).toEqual([
      "Each payment must carry a receipt number",
    ]);
  });

  it("names no topic of the app from a view about a website", () => {
    const domain = detectDomain(
      "It is my considered view that a website, which members may consult from Gaborone, would restore order.",
      ["members"],
    );
    expect(domain.topic).toBe("members");
  });
});

describe("long careful sentences", () => {
  it("reads a list of what is recorded as one thing done, and a wish after it as another", () => {
    expect(
      statements(
        "The engine operator records every day the hours the engine ran, the litres of diesel used and the reading of the water meter, and I should like the system to warn the Committee when the diesel in the tank falls below 200 litres.",
      ),
    ).toEqual([
      "The engine operator records every day the hours the engine ran, the litres of diesel used and the reading of the water meter",
      "Warn the Committee when the diesel in the tank falls below 200 litres",
    ]);
  });

  it("still splits clauses that each say who does what", () => {
    expect(
      statements("The customer picks a box, the driver brings it and the office bills them."),
    ).toHaveLength(3);
  });

  it("keeps who acts together when they are listed before what they do", () => {
    expect(statements("The Chairman, the Treasurer and the Secretary shall log in to make entries.")).toEqual(
      ["The Chairman, the Treasurer and the Secretary shall log in to make entries"],
    );
  });

  it("reads the clause after a colon when the one before only says how things are arranged", () => {
    expect(
      statements(
        "Watering is done on a roster, so that the troughs are not overwhelmed: each member is allocated watering days, and not more than three herds may come to the troughs on the same day.",
      ),
    ).toEqual([
      "Each member is allocated watering days, and not more than three herds may come to the troughs on the same day",
    ]);
  });

  it("reads no feature from how the records hang together", () => {
    expect(
      statements(
        "Each head count, payment and watering day belongs to one member, and a member may of course have many of each.",
      ),
    ).toEqual([]);
  });
});

describe("a 'no' that is not one", () => {
  it("reads no 'no' in what a rule is for", () => {
    const text = "Watering is done on a roster, so that the troughs are not overwhelmed.";
    expect(said(text)).toEqual([]);
    expect(isNegation(text)).toBe(false);
    expect(isDismissal("so that the troughs are not overwhelmed")).toBe(false);
  });

  it("keeps no feature of a 'no' said back on its own, but keeps what 'it' does with a 'never' in it", () => {
    expect(isDismissalOnItsOwn("it has no place here")).toBe(true);
    expect(isDismissalOnItsOwn("I would ask that they be kept out of this system entirely")).toBe(true);
    expect(isDismissalOnItsOwn("it pairs people on the same points, never the same opponent twice")).toBe(
      false,
    );
    expect(isDismissalOnItsOwn("any page with no date on it")).toBe(false);
    expect(
      statements(
        "The vaccinations are the responsibility of the Department of Veterinary Services, and I would ask that they be kept out of this system entirely. Likewise, the sale of cattle is his private affair; it has no place here.",
      ),
    ).toEqual([]);
  });
});

describe("working together", () => {
  it("recommends inviting others only when people share what they keep, and not when each logs in with a role", () => {
    expect(speaksOfWorkingTogether("I want to share the shopping list with my partner.", "email")).toBe(true);
    expect(speaksOfWorkingTogether("Eleven families share one borehole at our cattle post.", "email")).toBe(
      false,
    );
    expect(speaksOfWorkingTogether("Our family plans meals together.", "roles")).toBe(false);
  });
});
