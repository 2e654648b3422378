import type { AssistantEntry, ToolCall, ToolResult, Transcript, UserEntry } from "../../types/transcript.js";
import { QUESTION_TOOL } from "../../workspace/index.js";
import { answerLines, attachmentNotes, trailingUserEntries, turnPrompt } from "./turn-prompt.js";

/** Tool results are cut to this many characters: the files are on disk to read again. */
const RESULT_PREVIEW_LENGTH = 160;

/**
 * The prompt for a fresh Claude Code session when there is none to resume (it was never
 * made, another engine answered last, or Claude Code no longer knows it): the
 * conversation so far, compactly, then what the person just said. Texts are kept whole;
 * tool calls shrink to one line each.
 */
export function replayPrompt(transcript: Transcript): string {
  const latest = turnPrompt(transcript);
  const history = transcript.slice(0, transcript.length - trailingUserEntries(transcript).length);
  if (history.length === 0) return latest;
  const results = new Map<string, ToolResult>();
  for (const entry of history)
    if (entry.role === "tool") for (const result of entry.results) results.set(result.toolCallId, result);
  const lines: string[] = [];
  for (const entry of history) {
    if (entry.role === "user") lines.push(personLine(entry, history));
    else if (entry.role === "assistant") lines.push(...assistantLines(entry, results));
  }
  return [
    "This interview began in an earlier Claude Code session that cannot be resumed, so here is the conversation so far. Tool results are shortened; the files you wrote are still in the project folder, so Read them again when you need their contents.",
    "<conversation>",
    ...lines,
    "</conversation>",
    "My new message:",
    latest,
  ].join("\n\n");
}

function personLine(entry: UserEntry, transcript: Transcript): string {
  const said = entry.answer
    ? ["Person (answering your questions):", ...answerLines(entry, entry.answer, transcript)].join("\n")
    : `Person: ${entry.text}`;
  return [said, ...attachmentNotes(entry)].join("\n");
}

function assistantLines(entry: AssistantEntry, results: ReadonlyMap<string, ToolResult>): string[] {
  const lines: string[] = [];
  if (entry.text.length > 0) lines.push(`${entry.interrupted ? "You (cut off)" : "You"}: ${entry.text}`);
  for (const call of entry.toolCalls) lines.push(callLine(call, results.get(call.toolCallId)));
  return lines;
}

function callLine(call: ToolCall, result: ToolResult | undefined): string {
  const input = (call.input ?? {}) as { file_path?: unknown; pattern?: unknown; questions?: unknown };
  if (call.toolName === QUESTION_TOOL) {
    const asked = Array.isArray(input.questions)
      ? input.questions.map((question) => String((question as { question?: unknown } | null)?.question ?? ""))
      : [];
    return `You asked with ${QUESTION_TOOL}: ${asked.join(" / ")}`;
  }
  const subject =
    typeof input.file_path === "string"
      ? input.file_path
      : typeof input.pattern === "string"
        ? input.pattern
        : "";
  const called = `You called ${call.toolName}${subject === "" ? "" : ` on ${subject}`}`;
  if (!result) return `${called} (no result)`;
  return `${called} → ${result.isError ? "failed: " : ""}${preview(result.output)}`;
}

function preview(output: string): string {
  const firstLine = output.split("\n", 1)[0] ?? "";
  return firstLine.length > RESULT_PREVIEW_LENGTH
    ? `${firstLine.slice(0, RESULT_PREVIEW_LENGTH)}…`
    : firstLine;
}
