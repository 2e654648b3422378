import { describe, expect, it } from "vitest";
import { plainEmail } from "../../../src/engines/guided/understanding/email.js";
import { plainWords } from "../../../src/engines/guided/understanding/markdown.js";
import { plainStories } from "../../../src/engines/guided/understanding/user-stories.js";
import { said, things } from "./lesson-readers.js";

/**
 * What the twelfth round of people the interviewer had not met wrote, and how it reads
 * it now: each case is a way of saying something, not one person's sentence only.
 */

describe("user stories and scenarios", () => {
  it("reads a story as what someone can do or get, without its reason", () => {
    expect(
      plainStories(
        [
          "- As a dispatcher, I want to log an incoming call in under a minute, so that the caller isn't left hanging.",
          "- As the owner, I want a daily report of calls per driver, so that I can see who's carrying the load.",
        ].join("\n"),
      ),
    ).toBe(
      [
        "- A dispatcher can log an incoming call in under a minute.",
        "- The owner can get a daily report of calls per driver.",
      ].join("\n"),
    );
  });

  it("reads a story about what is kept as a record", () => {
    const stories = plainStories(
      [
        "- As a dispatcher, I want each call to have the caller name, caller phone, a priority (normal, urgent or police hold) and which driver is assigned, so that anyone can pick up where I left off.",
        "- As a dispatcher, I want drivers on file with their name, cell phone and license class, so that I don't send the wrong driver.",
      ].join("\n"),
    );
    expect(things(stories)).toEqual([
      ["call", ["caller name", "caller phone", "priority", "driver"]],
      ["driver", ["name", "cell phone", "license class"]],
    ]);
  });

  it("drops a scenario's title and its 'Given', and reads 'When', 'Then' and 'And' as sentences", () => {
    expect(
      plainStories(
        "Scenario: a breakdown\n  Given a caller has a Honda Civic\n  When the dispatcher logs the call\n  Then Rick sees the call on his phone\n  And he marks it cleared",
      ),
    ).toBe("The dispatcher logs the call.\nRick sees the call on his phone.\nHe marks it cleared.");
  });

  it("leaves text in neither form as it was", () => {
    const plain = "Dispatchers log calls. Each call has a status.";
    expect(plainStories(plain)).toBe(plain);
  });
});

describe("a list set aside under a line of its own", () => {
  it('reads the items under "Won\'t have (for now):" as things to leave out', () => {
    const text = plainWords(
      "Here goes:\n- log calls\n\nWon't have (for now):\n- Billing or invoices.\n- Live tracking of the trucks on a map.",
    );
    expect(said(text)).toEqual(["Billing or invoices", "Live tracking of the trucks on a map"]);
  });
});

describe("a forwarded email thread", () => {
  it("keeps the quoted people's words and drops headers, greetings and signatures", () => {
    const thread = [
      "Hi, forwarding the thread below.",
      "",
      "Thanks,",
      "Priya",
      "Office Manager | Holland Grey Architects",
      "0161 496 0732",
      "",
      "---------- Forwarded message ---------",
      "From: Sam Okafor",
      "Subject: Re: pool cars",
      "",
      "> The diary on reception just isn't working.",
      ">> On Fri, 28 Feb 2025 at 17:02, Helen Grey wrote:",
      ">> Whoever takes a car logs the mileage when they bring it back.",
      ">> Helen",
      ">> Sent from my iPhone",
    ].join("\n");
    expect(plainEmail(thread)).toBe(
      [
        "Hi, forwarding the thread below.",
        "",
        "The diary on reception just isn't working.",
        "Whoever takes a car logs the mileage when they bring it back.",
      ].join("\n"),
    );
  });

  it("leaves an answer that is no mail as it was", () => {
    const plain = "Cars\nBookings";
    expect(plainEmail(plain)).toBe(plain);
  });
});

describe("records said another way", () => {
  it("reads 'the driver on it today', 'a lot space', 'the date in'", () => {
    expect(
      things(
        "Each truck has a number, a type and the driver on it today. Each impound has the plate, a lot space, the date in and the date released.",
      ),
    ).toEqual([
      ["truck", ["number", "type", "driver"]],
      ["impound", ["plate", "lot space", "date in", "date released"]],
    ]);
  });
});

describe("a numbered list with emoji", () => {
  it("drops the pictures and the titles over sub-items, and leaves out the sub-items of an item that only says 'NOT doing'", () => {
    const list = plainWords(
      "1. 📍 Where's the truck\n   - I post the week's schedule\n2. 🚫 NOT doing\n   - delivery (no DoorDash stuff)\n3. ⭐ a daily total of what sold",
    );
    expect(list).toBe(
      "- I post the week's schedule\n\nLeave out delivery (no DoorDash stuff).\n3. a daily total of what sold",
    );
    expect(things(plainWords("1. Menu items 🌮 - name, price, category (tacos / drinks / sides)"))).toEqual([
      ["menu items", ["name", "price", "category"]],
    ]);
  });
});

describe("what is no scenario", () => {
  it("leaves a sentence opening on 'When' as it was, and prose that says 'Given …'", () => {
    const prose = "Given how busy we are, it must be quick.\nWhen a job comes in, the dispatcher assigns it.";
    expect(plainStories(prose)).toBe(prose);
  });
});
