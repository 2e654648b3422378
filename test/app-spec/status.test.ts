import { describe, expect, it } from "vitest";
import {
  APP_SPEC_PATH,
  INITIALIZER_PROMPT_PATH,
  makeSpecStatus,
  parseSpecStatus,
} from "../../src/app-spec/index.js";

const files = [APP_SPEC_PATH, INITIALIZER_PROMPT_PATH];

describe("the spec status", () => {
  it("is made from the files, the count and the time", () => {
    const status = makeSpecStatus(files, 42, new Date("2025-03-04T05:06:07.089Z"));
    expect(status).toEqual({
      status: "complete",
      version: 1,
      timestamp: "2025-03-04T05:06:07.089Z",
      files_written: ["prompts/app_spec.txt", "prompts/initializer_prompt.md"],
      feature_count: 42,
    });
  });

  it("round-trips through JSON", () => {
    const status = makeSpecStatus(files, 7);
    expect(parseSpecStatus(JSON.stringify(status, null, 2))).toEqual(status);
  });

  it("accepts a timestamp with an offset", () => {
    const text = JSON.stringify({ ...makeSpecStatus(files, 7), timestamp: "2025-03-04T06:06:07+01:00" });
    expect(parseSpecStatus(text)?.timestamp).toBe("2025-03-04T06:06:07+01:00");
  });

  const good = makeSpecStatus(files, 3, new Date("2025-01-01T00:00:00Z"));
  const malformed: [string, string][] = [
    ["not JSON", "{status: complete"],
    ["empty", ""],
    ["an array", "[]"],
    ["null", "null"],
    ["another status", JSON.stringify({ ...good, status: "in_progress" })],
    ["another version", JSON.stringify({ ...good, version: 2 })],
    ["a bad timestamp", JSON.stringify({ ...good, timestamp: "yesterday" })],
    ["a zero count", JSON.stringify({ ...good, feature_count: 0 })],
    ["a fractional count", JSON.stringify({ ...good, feature_count: 2.5 })],
    ["a count as text", JSON.stringify({ ...good, feature_count: "3" })],
    ["files that are not strings", JSON.stringify({ ...good, files_written: [1] })],
    [
      "a missing field",
      JSON.stringify({ status: "complete", version: 1, timestamp: good.timestamp, feature_count: 3 }),
    ],
  ];

  for (const [what, text] of malformed) {
    it(`reads ${what} as no status`, () => {
      expect(parseSpecStatus(text)).toBeNull();
    });
  }
});
