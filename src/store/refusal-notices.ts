import type { ToolCall, ToolEntry, ToolResult } from "../types/transcript.js";
import type { ServerFrame } from "../types/wire.js";
import {
  badInputReason,
  EDIT_TOOL,
  GLOB_TOOL,
  isToolName,
  NO_SUCH_TOOL_REASON,
  QUESTION_TOOL,
  READ_TOOL,
  refusalReasonOf,
  WRITE_TOOL,
} from "../workspace/index.js";
import { counted, shownText } from "./shown-text.js";

type NoticeFrame = Extract<ServerFrame, { type: "notice" }>;

/** How the result of a call not run begins, in every version that kept one. */
const NOT_RUN_LEAD = "Not run: the person stopped the turn";

/** A step's refusals shown one by one; more than this are counted in one last line. */
export const MAX_REFUSAL_NOTICES = 3;

/**
 * Why Specwright refused a call, in the person's words, or null when the call was not
 * refused (it ran, it failed for an ordinary reason such as an Edit whose text was not
 * found, or it was not run because the person stopped the turn). The refusal is a fact
 * the result carries (`refused`), set where it happened: the sandbox, a size cap, the
 * initializer prompt's guard, bad input, an unknown tool, a Claude Code permission check.
 */
export function refusalReason(result: ToolResult): string | null {
  if (!result.isError) return null;
  if (result.refused !== undefined) return result.refused;
  return legacyRefusalReason(result);
}

/**
 * Results kept before Specwright recorded refusals as a fact have no `refused`: for
 * those alone the refusal is still recognised by its words, as it was then (every
 * refusal began "Refused" or "Invalid input for ", or named a tool an interview lacks).
 * New results never reach this: a result with no `refused` that is recent is no refusal.
 */
function legacyRefusalReason(result: ToolResult): string | null {
  const text = result.output.trim();
  // A call not run because the person stopped the turn (engines/stopped-calls.ts) was never refused.
  if (text.startsWith(NOT_RUN_LEAD)) return null;
  if (!isToolName(result.toolName)) return NO_SUCH_TOOL_REASON;
  if (text.startsWith("Refused")) return refusalReasonOf(text);
  if (text.startsWith("Invalid input for ")) return badInputReason(text);
  return null;
}

/** What the interviewer tried, in a few words: "write "../x"", "use a tool called "Bash"". */
export function attemptOf(toolName: string, input: unknown): string {
  const fields = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const path = typeof fields.file_path === "string" ? shownText(fields.file_path) : null;
  switch (toolName) {
    case WRITE_TOOL:
      return path ? `write ${path}` : "write a file";
    case EDIT_TOOL:
      return path ? `edit ${path}` : "edit a file";
    case READ_TOOL:
      return path ? `read ${path}` : "read a file";
    case GLOB_TOOL:
      return typeof fields.pattern === "string"
        ? `list the files matching ${shownText(fields.pattern)}`
        : "list files";
    case QUESTION_TOOL:
      return "ask you a question";
    default:
      return `use a tool called ${shownText(toolName)}`;
  }
}

function noticeFor(call: ToolCall | undefined, result: ToolResult, reason: string): NoticeFrame {
  const attempt = attemptOf(result.toolName, call?.input);
  return {
    type: "notice",
    kind: "tool_refused",
    content: `The interviewer tried to ${attempt}; Specwright refused: ${reason}`,
  };
}

/**
 * Notices for the refused calls of one step, so the person sees what the interviewer
 * tried and why it was not done: the first few one by one, the rest in one count (a
 * model that asks for thousands of refused calls must not flood the conversation).
 * `callOf` finds the call a result answers.
 */
export function refusalNotices(
  entry: ToolEntry,
  callOf: (toolCallId: string) => ToolCall | undefined,
): NoticeFrame[] {
  const refused = entry.results.flatMap((result) => {
    const reason = refusalReason(result);
    return reason === null ? [] : [{ result, reason }];
  });
  const shown = refused.slice(0, MAX_REFUSAL_NOTICES);
  const notices = shown.map(({ result, reason }) => noticeFor(callOf(result.toolCallId), result, reason));
  const rest = refused.length - shown.length;
  if (rest > 0)
    notices.push({
      type: "notice",
      kind: "tool_refused",
      content: `Specwright refused ${counted(rest, "more call")} of the interviewer's in the same step, for reasons like these.`,
    });
  return notices;
}
