import { describe, expect, it } from "vitest";
import { answersToText } from "../../src/session/index.js";

describe("answersToText", () => {
  it("joins lists with ', ' and questions with '; ' in index order", () => {
    expect(answersToText({ "1": ["a", "b"], "0": "Quick", "10": "last", "2": "x" })).toBe(
      "Quick; a, b; x; last",
    );
  });
  it("answers OK when nothing was answered", () => {
    expect(answersToText({})).toBe("OK");
    expect(answersToText({ "0": "" })).toBe("OK");
  });
  it("reads a multi-select sent with nothing ticked as (none)", () => {
    expect(answersToText({ "0": [] })).toBe("(none)");
    expect(answersToText({ "0": "Web app", "1": [] })).toBe("Web app; (none)");
  });
});
