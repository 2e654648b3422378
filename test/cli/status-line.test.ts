import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { statusLineFor } from "../../src/cli/status-line.js";
import { renderTurn } from "../../src/cli/turn-renderer.js";
import type { ServerFrame } from "../../src/types/wire.js";

const ERASE = "\r\u001b[2K";

function stream(isTTY: boolean): {
  out: PassThrough & { isTTY?: boolean; columns?: number };
  text(): string;
} {
  const out: PassThrough & { isTTY?: boolean; columns?: number } = new PassThrough();
  out.isTTY = isTTY;
  out.columns = 80;
  let written = "";
  out.on("data", (data: Buffer) => {
    written += data.toString();
  });
  return { out, text: () => written };
}

async function* framesOf(frames: ServerFrame[]): AsyncGenerator<ServerFrame> {
  yield* frames;
}

const TURN: ServerFrame[] = [
  { type: "activity", kind: "waiting" },
  { type: "activity", kind: "retrying", attempt: 2, max_attempts: 3, wait_ms: 4_000, reason: "overloaded" },
  { type: "activity", kind: "waiting" },
  { type: "text", content: "Writing the spec now." },
  { type: "activity", kind: "tool", tool: "Write", path: "prompts/app_spec.txt" },
  { type: "activity", kind: "checking", path: "prompts/app_spec.txt" },
  { type: "file_written", path: "prompts/app_spec.txt" },
  { type: "response_done" },
];

describe("what a running turn is doing, at a terminal", () => {
  it("shows one line that updates in place and is erased before anything is printed", async () => {
    const out = stream(true);
    const notes = stream(false);
    await renderTurn(
      framesOf(TURN),
      out.out,
      { NO_COLOR: "1" },
      statusLineFor(out.out, notes.out, { NO_COLOR: "1" }),
    );
    const written = out.text();
    expect(written).toContain(`${ERASE}   waiting for the model (0 s)`);
    expect(written).toContain(`${ERASE}   retrying 2 of 3 in 4 s: the provider is overloaded`);
    expect(written).toContain(`${ERASE}   writing prompts/app_spec.txt`);
    expect(written).toContain(`${ERASE}   checking prompts/app_spec.txt`);
    expect(written.indexOf("checking prompts/app_spec.txt")).toBeGreaterThan(
      written.indexOf("writing prompts/app_spec.txt"),
    );
    // Each status is erased before the words and lines that follow it, and none is left at the end.
    const lines = written.split("\n");
    expect(
      lines.some((line) => line.includes("waiting for the model") && line.includes("Writing the spec")),
    ).toBe(false);
    const afterWriting = written.slice(written.indexOf("writing prompts/app_spec.txt"));
    expect(afterWriting.indexOf(ERASE)).toBeLessThan(afterWriting.indexOf("wrote prompts/app_spec.txt"));
    expect(afterWriting.indexOf(ERASE)).toBeLessThan(afterWriting.indexOf("\n"));
    expect(written.lastIndexOf(ERASE)).toBeGreaterThan(written.lastIndexOf("checking prompts/app_spec.txt"));
    expect(notes.text()).toBe("");
  });

  it("prints nothing of it to a pipe, and one line per retry on stderr", async () => {
    const out = stream(false);
    const notes = stream(false);
    await renderTurn(framesOf(TURN), out.out, {}, statusLineFor(out.out, notes.out, {}));
    expect(out.text()).not.toMatch(/waiting for the model|retrying|writing prompts/);
    expect(out.text()).not.toContain("\u001b[2K");
    expect(notes.text()).toBe("specwright: retrying 2 of 3 in 4 s: the provider is overloaded\n");
  });
});
