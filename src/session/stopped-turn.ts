import { isNotRunResult, notRunResult } from "../engines/stopped-calls.js";
import { counted, shownText } from "../store/index.js";
import type { ToolCall, ToolEntry, TranscriptEntry } from "../types/transcript.js";
import type { ServerFrame } from "../types/wire.js";
import { isToolName, isWritingTool } from "../workspace/index.js";

/**
 * The calls of the turn's last step that have no result: an engine left behind when the
 * turn was stopped never recorded theirs. A question that waits for the person's answer
 * has none by design and is not one of them.
 */
export function unansweredCalls(
  turnEntries: readonly TranscriptEntry[],
  pendingQuestionId: string | null,
): ToolCall[] {
  const lastStep = turnEntries.findLastIndex((entry) => entry.role === "assistant");
  const step = turnEntries[lastStep];
  if (step?.role !== "assistant" || step.interrupted) return [];
  const answered = new Set(
    turnEntries
      .slice(lastStep + 1)
      .flatMap((entry) => (entry.role === "tool" ? entry.results.map((result) => result.toolCallId) : [])),
  );
  return step.toolCalls.filter(
    (call) => !answered.has(call.toolCallId) && call.toolCallId !== pendingQuestionId,
  );
}

/** A tool entry answering `calls` with "not run", so the transcript answers every call. */
export function notRunEntry(calls: readonly ToolCall[], timestamp: string): ToolEntry {
  return { role: "tool", results: calls.map(notRunResult), timestamp };
}

/**
 * How far a stopped turn got, for the person: how many of the interviewer's tool calls
 * ran (and how many files they wrote), and which were not run. Null when the turn
 * called no tool (the reply cut short says enough).
 */
export function stoppedNotice(turnEntries: readonly TranscriptEntry[]): ServerFrame | null {
  const calls = new Map<string, ToolCall>();
  for (const entry of turnEntries)
    if (entry.role === "assistant") for (const call of entry.toolCalls) calls.set(call.toolCallId, call);
  const results = turnEntries.flatMap((entry) => (entry.role === "tool" ? entry.results : []));
  if (results.length === 0) return null;
  const notRun = results.filter(isNotRunResult);
  const ran = results.length - notRun.length;
  const written = results.filter((result) => !result.isError && isWritingTool(result.toolName)).length;
  const wrote = written > 0 ? ` (${counted(written, "file")} written)` : "";
  if (notRun.length === 0)
    return notice(
      `You stopped the turn after the interviewer's ${counted(ran, "tool call")} had run${wrote}.`,
    );
  const skipped = byTool(notRun.map((result) => calls.get(result.toolCallId)?.toolName ?? result.toolName));
  if (ran === 0)
    return notice(
      `You stopped the turn before any of the interviewer's ${counted(notRun.length, "tool call")} ran; none of them (${skipped}) was run, and the interviewer is told so.`,
    );
  return notice(
    `You stopped the turn: ${ran.toLocaleString("en-US")} of the interviewer's ${counted(results.length, "tool call")} ran${wrote}; the other ${notRun.length.toLocaleString("en-US")} (${skipped}) ${notRun.length === 1 ? "was" : "were"} not run, and the interviewer is told so.`,
  );
}

function notice(content: string): ServerFrame {
  return { type: "notice", kind: "turn_stopped", content };
}

/** "1,447 Write, 3 Edit": the calls not run, counted by tool, the most frequent first. */
function byTool(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, count]) => `${count.toLocaleString("en-US")} ${isToolName(name) ? name : shownText(name)}`)
    .join(", ");
}
