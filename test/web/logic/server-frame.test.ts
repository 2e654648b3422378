import { describe, expect, it } from "vitest";
import { parseServerFrame } from "../../../web/src/logic/server-frame.js";

describe("reading frames from the server", () => {
  it("reads every frame type the protocol defines", () => {
    const frames = [
      { type: "text", content: "Hi" },
      { type: "error", content: "Oops", code: "internal_error", retryable: true },
      { type: "file_written", path: "prompts/app_spec.txt" },
      { type: "spec_complete", path: "prompts/app_spec.txt" },
      { type: "complete", path: "prompts/app_spec.txt" },
      { type: "response_done" },
      { type: "pong" },
      { type: "phase", id: "overview", title: "Overview", index: 1, total: 9 },
      {
        type: "question",
        tool_id: "t1",
        questions: [
          { question: "Q?", header: "H", multiSelect: true, options: [{ label: "A", description: "a" }] },
        ],
      },
      {
        type: "usage",
        turn: { input_tokens: 1, output_tokens: 2, cache_read_tokens: 3, cache_write_tokens: 4 },
        total: { input_tokens: 5, output_tokens: 6, cache_read_tokens: 7, cache_write_tokens: 8 },
        cost_usd: 0.5,
      },
      { type: "notice", kind: "tool_refused", content: 'The interviewer tried to use a tool called "Bash".' },
    ];
    for (const frame of frames) expect(parseServerFrame(JSON.stringify(frame))).toEqual(frame);
  });

  it("ignores frame types it does not know, as the protocol allows", () => {
    expect(parseServerFrame(JSON.stringify({ type: "telemetry", value: 1 }))).toBeNull();
  });

  it("refuses text that is not a JSON object with a type", () => {
    expect(parseServerFrame("not json")).toBeNull();
    expect(parseServerFrame("[1,2]")).toBeNull();
    expect(parseServerFrame(JSON.stringify({ content: "no type" }))).toBeNull();
  });

  it("refuses a known frame with a field missing or of the wrong type", () => {
    expect(parseServerFrame(JSON.stringify({ type: "text" }))).toBeNull();
    expect(
      parseServerFrame(JSON.stringify({ type: "phase", id: "x", title: "X", index: "1", total: 9 })),
    ).toBeNull();
    expect(parseServerFrame(JSON.stringify({ type: "question", tool_id: "t", questions: [] }))).toBeNull();
    expect(
      parseServerFrame(JSON.stringify({ type: "question", tool_id: "t", questions: [{ question: "Q" }] })),
    ).toBeNull();
  });

  it("fills what a question may leave out: header, description, multiSelect", () => {
    const frame = parseServerFrame(
      JSON.stringify({
        type: "question",
        tool_id: "t",
        questions: [{ question: "Q?", options: [{ label: "A" }] }],
      }),
    );
    expect(frame).toEqual({
      type: "question",
      tool_id: "t",
      questions: [
        { question: "Q?", header: "", multiSelect: false, options: [{ label: "A", description: "" }] },
      ],
    });
  });

  it("reads usage without a cost", () => {
    const zero = { input_tokens: 0, output_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 };
    expect(parseServerFrame(JSON.stringify({ type: "usage", turn: zero, total: zero }))).toEqual({
      type: "usage",
      turn: zero,
      total: zero,
    });
  });
});
