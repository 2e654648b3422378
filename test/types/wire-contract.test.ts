import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODE_LIST, ERROR_CODES } from "../../src/types/error-codes.js";
import {
  CLIENT_FRAME_TYPES,
  clientFrameSchema,
  errorFrame,
  serverFrameSchema,
} from "../../src/types/wire.js";

const PROTOCOL = readFileSync(new URL("../../docs/protocol.md", import.meta.url), "utf8");

/** The rows of the protocol's error table: code and retryable as the page states them. */
function documentedCodes(): Map<string, string> {
  const rows = [...PROTOCOL.matchAll(/^\| `([a-z_]+)` \| (yes|no) \|/gm)];
  return new Map(rows.map((row) => [row[1]!, row[2]!]));
}

describe("the wire contract", () => {
  it("has docs/protocol.md list every error code with its retryability, and nothing else", () => {
    const documented = documentedCodes();
    expect([...documented.keys()].sort()).toEqual([...ERROR_CODE_LIST].sort());
    for (const code of ERROR_CODE_LIST) {
      expect(documented.get(code), code).toBe(ERROR_CODES[code].retryable ? "yes" : "no");
    }
  });

  it("has docs/protocol.md describe every frame type, both ways", () => {
    const serverTypes = serverFrameSchema.options.map((option) => option.shape.type.value);
    for (const type of [...CLIENT_FRAME_TYPES, ...serverTypes]) {
      expect(PROTOCOL, type).toMatch(new RegExp(`^\\| \`${type}\` \\|`, "m"));
    }
  });

  it("says in a sentence when each error happens", () => {
    for (const code of ERROR_CODE_LIST) expect(ERROR_CODES[code].when, code).toMatch(/^[A-Z`].{20,}\.$/);
  });

  it("builds error frames that its own schema reads back", () => {
    for (const code of ERROR_CODE_LIST) {
      const frame = errorFrame(code, "words");
      expect(serverFrameSchema.parse(frame)).toEqual(frame);
      expect(frame.retryable).toBe(ERROR_CODES[code].retryable);
    }
  });

  it("refuses an error frame without a code, or with one the registry does not know", () => {
    expect(serverFrameSchema.safeParse({ type: "error", content: "x" }).success).toBe(false);
    expect(
      serverFrameSchema.safeParse({ type: "error", content: "x", code: "made_up", retryable: true }).success,
    ).toBe(false);
  });

  it("fills a client frame's defaults the way the original service did", () => {
    expect(clientFrameSchema.parse({ type: "message" })).toEqual({ type: "message", content: "" });
    expect(clientFrameSchema.parse({ type: "answer" })).toEqual({ type: "answer", answers: {}, tool_id: "" });
    expect(clientFrameSchema.safeParse({ type: "answer", answers: { "0": 3 } }).success).toBe(false);
  });
});
