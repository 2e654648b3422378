import type { ToolCall, ToolResult } from "../../types/transcript.js";

/**
 * The most characters one tool call's input may hold (its JSON): twice the 1 MiB a file
 * may hold, so any Write the file tools would accept fits, quotes and line breaks
 * escaped. A call over it is refused unrun, and what is kept of it is a short stub: a
 * refused 50 MiB Write must not be saved with the interview and sent back every step.
 */
export const DEFAULT_MAX_TOOL_INPUT_LENGTH = 2 * 1024 * 1024;

/** A tool call refused for its size, as it arrived: what the stub and the result say. */
export interface OversizeInput {
  toolCallId: string;
  toolName: string;
  /** The input's length in characters (at least this much, when the stream was stopped part way). */
  size: number;
  /** The file the call named, when it named one in a short string. */
  path: string | null;
  /** The stream was stopped before the input ended. */
  partial: boolean;
  /** The limit it was over, in characters. */
  limit: number;
}

/** Longest `file_path` a stub repeats; a longer one is no path a person would write. */
const MAX_STUB_PATH = 300;

/**
 * The characters of `value` as JSON, counted without building the JSON, and only until
 * the count passes `limit` (then some number above it): measuring a 50 MiB input must
 * not make another 50 MiB string. Structure is counted roughly (a quote pair per string,
 * a comma and colon per field); escapes are not, so a count can be a little low.
 */
export function inputLength(value: unknown, limit: number): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && total <= limit) {
    const item = stack.pop();
    if (typeof item === "string") total += item.length + 2;
    else if (Array.isArray(item)) {
      total += 2 + item.length;
      for (const element of item) stack.push(element);
    } else if (typeof item === "object" && item !== null) {
      total += 2;
      for (const [key, field] of Object.entries(item)) {
        total += key.length + 4;
        stack.push(field);
      }
    } else total += String(item).length;
  }
  return total;
}

/** The `file_path` a call's input names, when it is a short string. */
export function namedPath(input: unknown): string | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
  const path = (input as Record<string, unknown>).file_path;
  return typeof path === "string" && path.length <= MAX_STUB_PATH ? path : null;
}

/**
 * The `file_path` in the start of a tool input's JSON text, for a call whose stream was
 * stopped before the input was whole. Null when it is not there in plain form.
 */
export function pathInJsonStart(start: string): string | null {
  const found = /"file_path"\s*:\s*"((?:[^"\\]|\\.){1,300})"/.exec(start);
  if (!found?.[1]) return null;
  try {
    return JSON.parse(`"${found[1]}"`) as string;
  } catch {
    return null;
  }
}

function describeInput(oversize: OversizeInput): string {
  const where = oversize.path === null ? "" : ` for ${oversize.path}`;
  const size = `${oversize.partial ? "more than " : ""}${oversize.size} characters`;
  return `${oversize.toolName} input${where}, ${size}`;
}

/**
 * What is kept of a refused call's input, in the manner of the history's stubs
 * (history-stubs.ts): the path it named, and one line in place of the rest. It stays an
 * object, as providers want a tool call's input.
 */
export function oversizeStub(oversize: OversizeInput): Record<string, string> {
  const stub: Record<string, string> = {};
  if (oversize.path !== null) stub.file_path = oversize.path;
  stub.left_out = `[${describeInput(oversize)}: refused as more than the ${oversize.limit} characters a tool call may carry, and left out of the history]`;
  return stub;
}

/** The refused call's result: what happened, and how to do it within the limit. */
export function oversizeResult(oversize: OversizeInput): ToolResult {
  return {
    toolCallId: oversize.toolCallId,
    toolName: oversize.toolName,
    isError: true,
    output: `Refused: this ${describeInput(oversize)}, is more than the ${oversize.limit} characters one tool call may carry, so nothing was done. A file may hold at most about half of that. Write a large file in parts: first a short skeleton with Write (every section present, a line or two each), then fill in one section at a time with Edit.`,
    refused: `its input was ${oversize.partial ? "more than " : ""}${oversize.size} characters, more than the ${oversize.limit} one tool call may carry.`,
  };
}

/**
 * Refuses, among a step's calls, those whose input is over `limit`: each such call's
 * input becomes its stub. `measured` holds the lengths counted as each input streamed.
 */
export function capToolInputs(
  calls: readonly ToolCall[],
  limit: number,
  measured: ReadonlyMap<string, number>,
): { calls: ToolCall[]; oversize: OversizeInput[] } {
  const oversize: OversizeInput[] = [];
  const capped = calls.map((call) => {
    // A call whose input did not stream in pieces (written as text, or sent whole) is counted here.
    const streamed = measured.get(call.toolCallId) ?? 0;
    const counted = streamed > 0 ? streamed : inputLength(call.input, limit);
    if (counted <= limit) return call;
    // Counting stopped just past the limit; the stub says the whole size (counting allocates nothing).
    const size = streamed > 0 ? streamed : inputLength(call.input, Number.POSITIVE_INFINITY);
    const refused: OversizeInput = {
      toolCallId: call.toolCallId,
      toolName: call.toolName,
      size,
      path: namedPath(call.input),
      partial: false,
      limit,
    };
    oversize.push(refused);
    return { ...call, input: oversizeStub(refused) };
  });
  return { calls: capped, oversize };
}
