import { describe, expect, it } from "vitest";
import { outputLimitFor, thinkingOptionsFor } from "../../../src/engines/model/claude-models.js";
import { judgeStep, RepeatedFailures, recordedCalls } from "../../../src/engines/model/step-finish.js";
import type { FinishedStep } from "../../../src/engines/model/step-stream.js";
import { ZERO_USAGE } from "../../../src/types/usage.js";

function step(extra: Partial<FinishedStep>): FinishedStep {
  return {
    kind: "finished",
    text: "",
    thinking: [],
    toolCalls: [],
    usage: ZERO_USAGE,
    finishReason: "stop",
    unreadableCalls: [],
    oversizeInputs: [],
    cutOff: null,
    ...extra,
  };
}

const write = {
  toolCallId: "w1",
  toolName: "Write",
  input: { file_path: "prompts/app_spec.txt", content: "x" },
};
const cutWrite = {
  toolCallId: "w2",
  toolName: "Write",
  input: '{"file_path":"prompts/app_spec.txt","content":"<project',
};

describe("what a step's stop reason means", () => {
  it("ends the turn quietly on an answer without tools, and goes on after tool calls", () => {
    expect(judgeStep(step({ text: "Hi" }), 32_000)).toEqual({ kind: "end", error: null });
    expect(judgeStep(step({ toolCalls: [write], finishReason: "tool-calls" }), 32_000)).toEqual({
      kind: "go-on",
      calls: [write],
      cutResults: [],
      note: null,
    });
  });

  it("answers a tool call cut at the output limit with what happened and how to write in parts", () => {
    const verdict = judgeStep(step({ toolCalls: [write, cutWrite], finishReason: "length" }), 32_000);
    expect(verdict).toMatchObject({ kind: "go-on", calls: [write] });
    if (verdict.kind !== "go-on") throw new Error("expected go-on");
    expect(verdict.cutResults).toEqual([
      expect.objectContaining({ toolCallId: "w2", toolName: "Write", isError: true }),
    ]);
    expect(verdict.cutResults[0]!.output).toMatch(
      /output limit \(32000 tokens\).*skeleton with Write.*Edit/s,
    );
    expect(verdict.note).toMatch(/cut off at the output limit/);
    expect(recordedCalls(step({ toolCalls: [write, cutWrite], finishReason: "length" }))).toEqual([
      write,
      { ...cutWrite, input: {} },
    ]);
  });

  it("says a text answer was cut, and a refusal in plain words, each with its code", () => {
    expect(judgeStep(step({ text: "Half a", finishReason: "length" }), null)).toMatchObject({
      kind: "end",
      error: { code: "output_limit_reached", retryable: true, message: expect.stringMatching(/go on/) },
    });
    expect(judgeStep(step({ finishReason: "content-filter" }), 32_000)).toMatchObject({
      kind: "end",
      error: { code: "model_refused", retryable: false },
    });
  });
});

describe("the same failing call, again and again", () => {
  const failing = { toolCallId: "a", toolName: "Edit", output: "old_string not found", isError: true };
  const call = { toolCallId: "a", toolName: "Edit", input: { old_string: "x" } };

  it("is noticed on the third time in a row, and forgotten after a success or a different failure", () => {
    const repeated = new RepeatedFailures(3);
    expect(repeated.observe([call], [failing])).toBeNull();
    expect(repeated.observe([call], [failing])).toBeNull();
    expect(repeated.observe([call], [failing])).toEqual(failing);

    const fresh = new RepeatedFailures(3);
    fresh.observe([call], [failing]);
    fresh.observe([call], [{ ...failing, isError: false, output: "ok" }]);
    fresh.observe([call], [failing]);
    expect(fresh.observe([{ ...call, input: { old_string: "y" } }], [failing])).toBeNull();
  });
});

describe("Claude models", () => {
  it("get an output limit within their ceiling, and 32,000 when unknown or unset", () => {
    expect(outputLimitFor("claude-sonnet-5-5", null)).toBe(32_000);
    expect(outputLimitFor("claude-haiku-4-5-20251001", 100_000)).toBe(64_000);
    expect(outputLimitFor("my-proxy-model", null)).toBe(32_000);
    expect(outputLimitFor("my-proxy-model", 8_000)).toBe(8_000);
  });

  it("are asked to think so that their words between tool calls come back", () => {
    expect(thinkingOptionsFor("claude-sonnet-5-5")).toEqual({ thinking: { type: "between_tools" } });
    expect(thinkingOptionsFor("claude-opus-5-5-20261101")).toEqual({
      thinking: { type: "adaptive", display: "updates" },
    });
    expect(thinkingOptionsFor("claude-haiku-4-5")).toEqual({});
    expect(thinkingOptionsFor("llama3.2")).toEqual({});
  });
});
