import { describe, expect, it } from "vitest";
import { KEPT_RESULT_CHARACTERS, withStubbedHistory } from "../../../src/engines/model/history-stubs.js";
import type { TranscriptEntry } from "../../../src/types/transcript.js";

const at = "2026-12-01T10:00:00.000Z";
const spec = `<project_specification>\n${"  <feature>Track a chore</feature>\n".repeat(200)}</project_specification>\n`;

function interview(turns: number): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [{ role: "user", text: "Begin", kind: "kickoff", timestamp: at }];
  for (let turn = 0; turn < turns; turn++) {
    const id = `w${turn}`;
    entries.push(
      {
        role: "assistant",
        text: "Writing the spec.",
        toolCalls: [
          { toolCallId: id, toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: spec } },
        ],
        timestamp: at,
      },
      {
        role: "tool",
        results: [
          { toolCallId: id, toolName: "Write", output: `Wrote it\n${"ok ".repeat(900)}`, isError: false },
        ],
        timestamp: at,
      },
      { role: "user", text: `Change number ${turn}`, timestamp: at },
    );
  }
  return entries;
}

const size = (entries: TranscriptEntry[]) => JSON.stringify(withStubbedHistory(entries)).length;

describe("the history a model is sent", () => {
  it("stubs file text and trims long results of finished turns, and sends the running turn whole", () => {
    const entries = interview(3);
    entries.push({
      role: "assistant",
      text: "Again.",
      toolCalls: [
        { toolCallId: "now", toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: spec } },
      ],
      timestamp: at,
    });
    const sent = withStubbedHistory(entries);
    const firstWrite = sent[1]!;
    if (firstWrite.role !== "assistant") throw new Error("expected the first write");
    expect(firstWrite.toolCalls[0]!.input).toEqual({
      file_path: "prompts/app_spec.txt",
      content: `[${spec.length} characters of prompts/app_spec.txt, left out of the history; Read the file for its current text]`,
    });
    const firstResult = sent[2]!;
    if (firstResult.role !== "tool") throw new Error("expected a result");
    expect(firstResult.results[0]!.output.length).toBeLessThan(KEPT_RESULT_CHARACTERS + 120);
    expect(firstResult.results[0]!.output).toMatch(/more characters left out of the history/);
    expect(sent.at(-1)).toEqual(entries.at(-1));
  });

  it("keeps a stubbed entry the same, byte for byte, in every later request", () => {
    const early = withStubbedHistory(interview(2)).slice(0, 4);
    const later = withStubbedHistory(interview(6)).slice(0, 4);
    expect(JSON.stringify(later)).toBe(JSON.stringify(early));
  });

  it("grows by a few hundred bytes a turn, not by a spec a turn", () => {
    const growth = size(interview(40)) - size(interview(20));
    expect(growth / 20).toBeLessThan(2_500);
    expect(JSON.stringify(interview(40)).length - JSON.stringify(interview(20)).length).toBeGreaterThan(
      20 * spec.length,
    );
  });

  it("stubs what came before an answer too, and sends only what follows it whole", () => {
    const entries: TranscriptEntry[] = [
      { role: "user", text: "Begin", kind: "kickoff", timestamp: at },
      {
        role: "assistant",
        text: "",
        toolCalls: [
          { toolCallId: "w", toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: spec } },
        ],
        timestamp: at,
      },
      {
        role: "tool",
        results: [{ toolCallId: "w", toolName: "Write", output: "Wrote it", isError: false }],
        timestamp: at,
      },
      { role: "user", text: "Yes", answer: { toolCallId: "q", answers: { "0": "Yes" } }, timestamp: at },
    ];
    const sent = withStubbedHistory(entries);
    expect(JSON.stringify(sent[1])).not.toContain("Track a chore");
    expect(sent.slice(2)).toEqual(entries.slice(2));
  });
});
