import { describe, expect, it } from "vitest";
import { mockupFileOf, mockupPath } from "../../../web/src/logic/mockup-file.js";

describe("the saved images the page asks the server for", () => {
  it("are the files Specwright saved in prompts/mockups/, by name", () => {
    expect(mockupFileOf("prompts/mockups/home-screen.png")).toBe("home-screen.png");
    expect(mockupFileOf("prompts/mockups/sketch_2.v1.webp")).toBe("sketch_2.v1.webp");
    expect(mockupPath("my app", "a b.png")).toBe("/api/projects/my%20app/mockups/a%20b.png");
  });

  it("are never a path elsewhere, a folder below, or a hidden file", () => {
    for (const savedAs of [
      "prompts/app_spec.txt",
      "prompts/mockups/",
      "prompts/mockups/../app_spec.txt",
      "prompts/mockups/deeper/x.png",
      "prompts/mockups/.hidden.png",
      "/etc/passwd",
      "prompts/mockupsx.png",
    ])
      expect(mockupFileOf(savedAs), savedAs).toBeNull();
  });
});
