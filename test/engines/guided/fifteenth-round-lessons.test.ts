import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { deriveCommands } from "../../../src/engines/guided/design/commands.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { snakeCase } from "../../../src/engines/guided/language/inflection.js";
import { isBackground } from "../../../src/engines/guided/understanding/background.js";
import { plainWords } from "../../../src/engines/guided/understanding/markdown.js";
import { said, statements, things } from "./lesson-readers.js";

/**
 * What the fifteenth round of people the interviewer had not met wrote, and how it reads
 * it now: each case is a way of saying something, not one person's sentence only.
 */

describe("records told in sentences", () => {
  it("reads a thing of two kinds, what each is for, each one on another, and notes on something", () => {
    expect(
      things(
        "A loan is either incoming or outgoing, with one institution on the other side, a reference number and a start date. Each object on a loan has its accession number and title. Condition reports are for one object at one stage (before it leaves or on return), with the date, who wrote it, notes on any damage, and photos.",
      ),
    ).toEqual([
      ["loan", ["institution", "reference number", "start date"]],
      ["object", ["accession number", "title"]],
      ["condition report", ["object", "stage", "date", "author", "damage notes", "photos"]],
    ]);
  });

  it("reads what each runs on, which one is on which, each one of another by a third, and who can do what", () => {
    expect(
      things(
        "Trips: each trip runs on one route, with its days of operation, and calls at a list of stops. Allocations: which vehicle is on which trip on a date. Repairs: each repair is one item taken by one fixer, with the outcome. Fixers: name and the categories they can do. Events: the date and the venue, one for each Saturday.",
      ),
    ).toEqual([
      ["trips", ["route", "days of operation"]],
      ["allocations", ["vehicle", "trip", "date"]],
      ["repairs", ["item", "fixer", "outcome"]],
      ["fixers", ["name", "categories"]],
      ["events", ["date", "venue"]],
    ]);
  });

  it("reads Hindi with its vowel signs whole, and Thai lists parted by spaces", () => {
    expect(
      things(
        plainWords(
          "ग्राहक: नाम, पता, फोन नंबर, और रेट, क्योंकि गाय और भैंस के दूध का रेट अलग है। रूट: नाम और कौन सा लड़का उस पर जाता है। बिल: ग्राहक, महीना, और जमा हुआ या नहीं।",
        ),
      ),
    ).toEqual([
      ["ग्राहक", ["नाम", "पता", "फोन नंबर", "रेट"]],
      ["रूट", ["नाम", "लड़का"]],
      ["बिल", ["ग्राहक", "महीना", "जमा हुआ"]],
    ]);
    expect(snakeCase("रोज की एंट्री")).toBe("रोज_की_एंट्री");
    expect(things("หมอนวด: ชื่อ ชื่อเล่น เบอร์โทร\nเตียง: เบอร์เตียง ห้อง")).toEqual([
      ["หมอนวด", ["ชื่อ", "ชื่อเล่น", "เบอร์โทร"]],
      ["เตียง", ["เบอร์เตียง", "ห้อง"]],
    ]);
  });
});

describe("a 'no' said the ways people say it", () => {
  it("reads someone else's side, a different system and 'same for', 'not bothered about', 'can forget about'", () => {
    expect(said("Tickets and fares are Ticketer's business, not ours.")).toEqual(["Tickets and fares"]);
    expect(said("Entry fees and prize money are the treasurer's side, she has her own books.")).toEqual([
      "Entry fees and prize money",
    ]);
    expect(
      said(
        "Timesheets are done in a different system, keep them well out of this. Same for quotes and invoicing.",
      ),
    ).toEqual(["quotes and invoicing", "Timesheets"]);
    expect(said("not bothered about weighing.")).toEqual(["weighing"]);
    expect(said("Donations go in the jar, so the app can forget about money altogether.")).toEqual(["money"]);
    expect(said("Visitor numbers and the shop have nothing to do with this.")).toEqual([
      "Visitor numbers and the shop",
    ]);
  });

  it("reads no 'no' in what today's system does not do, or in 'when there's no live position'", () => {
    expect(
      said(
        "Our collections database is fine, but it doesn't handle loans in any useful way, so at the moment a loan is a Word document.",
      ),
    ).toEqual([]);
    expect(said("It shows the timetabled time when there's no live position for that bus.")).toEqual([]);
  });

  it("reads Hindi and Thai", () => {
    expect(said("पनीर, दही और घी भी हम बेचते हैं, पर उनका हिसाब बाद में देखेंगे, अभी इस ऐप में नहीं।")).toEqual([
      "पनीर",
      "दही",
      "घी",
    ]);
    expect(said("ไม่ต้องมีระบบสมาชิกหรือสะสมแต้มนะคะ ส่วนจองออนไลน์ก็ไม่เอาค่ะ")).toEqual([
      "สมาชิก",
      "สะสมแต้ม",
      "จองออนไลน์",
    ]);
  });
});

describe("what people do", () => {
  it("reads the wish after a reason, and how well it must do it", () => {
    expect(
      statements(
        "We've licensed harmonic constants for 140 ports, so I'd like a Swift package that predicts tides on the device.",
      ),
    ).toEqual(["Predict tides on the device"]);
    expect(statements("It should be accurate to within 10 centimetres of the published tables.")).toEqual([
      "Stay accurate to within 10 centimetres of the published tables",
    ]);
  });

  it("reads today in Hindi, and a book of its own", () => {
    expect(isBackground("अभी हर लड़का एक डायरी में लिखता है कि किस घर में कितना दूध दिया।")).toBe(true);
    expect(isBackground("हमें एक मोबाइल ऐप चाहिए जिसमें लड़के रोज का दूध दर्ज कर दें।")).toBe(false);
    expect(isBackground("meds go in the medicine book, got a book for that")).toBe(true);
  });
});

describe("a checker that keeps nothing", () => {
  it("reads a client's rules after a colon as one thing it keeps to, and what it is to do all the time", () => {
    expect(
      statements(
        "Every client has its own rules: no more than 42 characters a line, two lines at most, at least two frames between subtitles, and so on.",
      ),
    ).toEqual([
      "Every client has its own rules: no more than 42 characters a line, two lines at most, at least two frames between subtitles",
    ]);
    expect(
      statements(
        "The other thing I do all the time is shift a whole file because the video has a different start, say everything 2.5 seconds later, so it should do that as well, and write a new file rather than overwriting mine.",
      ),
    ).toEqual([
      "Users can shift a whole file because the video has a different start",
      "Write a new file rather than overwriting theirs",
    ]);
  });

  it("reads checking by eye and the programs already there as today, and no command in 'That's it.'", () => {
    expect(
      isBackground(
        "Before I deliver, I go through the whole SRT file by eye in Subtitle Edit looking for problems, and I still miss things.",
      ),
    ).toBe(true);
    expect(isBackground("I've got ffmpeg and Subtitle Edit for that.")).toBe(true);
    expect(isBackground("then fix the odd lesson by hand and publish the timetable.")).toBe(false);
    const commands = deriveCommands(
      "subtitle-check",
      "check FILE --rules netflix.toml. shift FILE --by 2.5s. That's it.",
      [],
    );
    expect(commands.map((command) => command.name)).toEqual(["check", "shift"]);
  });

  it("adds, lists, edits and deletes nothing when the tool keeps nothing", () => {
    const state = {
      ...initialState(),
      kind: "command-line tool" as const,
      storesData: false,
      overview: [
        "Every client has its own rules. I'd like a tool that checks an SRT file against a client's rules.",
      ],
    };
    const lines = analyze(state).features.map((feature) => feature.text);
    expect(lines).toContain("The app checks an SRT file against a client's rules");
    expect(lines.filter((line) => /^Users can (?:add|edit|delete)\b/.test(line))).toEqual([]);
  });
});
