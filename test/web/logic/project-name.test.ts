import { describe, expect, it } from "vitest";
import { isValidProjectName } from "../../../src/workspace/project-name.js";
import { checkProjectName, suggestProjectName } from "../../../web/src/logic/project-name.js";

describe("the project name rule in the page", () => {
  it("agrees with the server's rule on every kind of name", () => {
    const names = [
      "a",
      "my-app",
      "My_App_2",
      "x".repeat(50),
      "x".repeat(51),
      "",
      "my app",
      "app.v2",
      "café",
      "a/b",
      "name\n",
      "-",
      "_",
    ];
    for (const name of names) expect(checkProjectName(name).ok, name).toBe(isValidProjectName(name));
  });

  it("explains spaces and suggests hyphens instead", () => {
    expect(checkProjectName("my recipe box")).toEqual({
      ok: false,
      message: "Spaces can't be part of a name. Use letters (a–z, A–Z), digits, hyphens and underscores.",
      suggestion: "my-recipe-box",
    });
  });

  it("names each character it refuses, once", () => {
    const check = checkProjectName("café!!");
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toBe(
        "“é” and “!” can't be part of a name. Use letters (a–z, A–Z), digits, hyphens and underscores.",
      );
      expect(check.suggestion).toBe("cafe");
    }
  });

  it("says how long a name is when it is too long", () => {
    const check = checkProjectName("a".repeat(53));
    expect(check).toMatchObject({ ok: false, message: "That's 53 characters; a name can have at most 50." });
  });

  it("asks for a name when there is none", () => {
    expect(checkProjectName("")).toEqual({
      ok: false,
      message: "Give the project a name.",
      suggestion: null,
    });
  });

  it("suggests nothing when nothing usable is left", () => {
    expect(suggestProjectName("!!!")).toBeNull();
    expect(suggestProjectName("ok-name")).toBeNull();
  });
});
