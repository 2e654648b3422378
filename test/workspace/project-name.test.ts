import { describe, expect, it } from "vitest";
import {
  assertProjectName,
  INVALID_PROJECT_NAME_MESSAGE,
  InvalidProjectNameError,
  isValidProjectName,
} from "../../src/workspace/project-name.js";

const REFUSED = [
  "..",
  ".",
  "a/b",
  "a\\b",
  "x".repeat(51),
  "",
  "name\n",
  "\nname",
  "café",
  "名前",
  "a b",
  "a.b",
  "name\r",
];
const ACCEPTED = ["a", "my-app", "My_App_2", "x".repeat(50), "-", "_"];

describe("project names", () => {
  it.each(REFUSED)("refuses %j", (name) => {
    expect(isValidProjectName(name)).toBe(false);
    expect(() => assertProjectName(name)).toThrow(InvalidProjectNameError);
  });

  it.each(ACCEPTED)("accepts %j", (name) => {
    expect(isValidProjectName(name)).toBe(true);
    expect(() => assertProjectName(name)).not.toThrow();
  });

  it("refuses values that are not strings", () => {
    for (const value of [undefined, null, 42, ["a"], { name: "a" }])
      expect(isValidProjectName(value)).toBe(false);
  });

  it("says what a name may contain", () => {
    expect(() => assertProjectName("a/b")).toThrow(INVALID_PROJECT_NAME_MESSAGE);
    expect(INVALID_PROJECT_NAME_MESSAGE).toBe(
      "Invalid project name: use 1 to 50 letters, digits, hyphens or underscores",
    );
  });
});
