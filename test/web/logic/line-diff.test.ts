import { describe, expect, it } from "vitest";
import { lineDiff } from "../../../web/src/logic/line-diff.js";

describe("the differences between two versions", () => {
  it("lists added and removed lines with their numbers, and folds unchanged lines far from a change", () => {
    const before = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join("\n");
    const after = before.replace("line 10", "line ten").concat("\nline 21");
    const diff = lineDiff(`${before}\n`, `${after}\n`, 2);
    expect(diff.added).toBe(2);
    expect(diff.removed).toBe(1);
    expect(diff.rows).toEqual([
      { kind: "skipped", count: 7 },
      { kind: "same", text: "line 8", oldLine: 8, newLine: 8 },
      { kind: "same", text: "line 9", oldLine: 9, newLine: 9 },
      { kind: "removed", text: "line 10", oldLine: 10, newLine: null },
      { kind: "added", text: "line ten", oldLine: null, newLine: 10 },
      { kind: "same", text: "line 11", oldLine: 11, newLine: 11 },
      { kind: "same", text: "line 12", oldLine: 12, newLine: 12 },
      { kind: "skipped", count: 6 },
      { kind: "same", text: "line 19", oldLine: 19, newLine: 19 },
      { kind: "same", text: "line 20", oldLine: 20, newLine: 20 },
      { kind: "added", text: "line 21", oldLine: null, newLine: 21 },
    ]);
  });

  it("finds nothing between two equal texts", () => {
    expect(lineDiff("a\nb\n", "a\nb\n")).toEqual({
      rows: [{ kind: "skipped", count: 2 }],
      added: 0,
      removed: 0,
    });
  });
});
