import type { ToolCall } from "../../types/transcript.js";

/**
 * Tool calls a model wrote as text. A server without a tool parser for the model
 * (vLLM without `--tool-call-parser`, a template Ollama cannot parse, a GGUF whose
 * template llama.cpp does not recognise) hands on what the model wrote, and models
 * trained for tools write their calls in one of two shapes:
 * - `<tool_call>{"name": …, "arguments": {…}}</tool_call>`, the Hermes format Qwen 2.5
 *   and 3 use, and which Ollama's own parser leaves in the text when it cannot parse it
 *   (https://github.com/ollama/ollama/pull/17284);
 * - a bare JSON object, `{"name": …, "arguments": {…}}` or Llama 3's
 *   `{"name": …, "parameters": {…}}`, as the whole answer
 *   (https://github.com/nugget/thane-ai-agent/pull/21,
 *   https://github.com/NousResearch/hermes-agent/pull/35129).
 * Only calls of the interview's own tools count: anything else is left as the text it is.
 */

export const TOOL_CALL_TAG = "<tool_call>";
const TOOL_CALL_END = "</tool_call>";

export interface UnreadableCall {
  toolName: string;
  /** Why its input could not be read, for the model. */
  reason: string;
}

export interface TextToolCalls {
  /** The calls, with fresh ids, in the order written. */
  calls: ToolCall[];
  /** Calls of a known tool whose arguments could not be read. */
  unreadable: UnreadableCall[];
  /** The text without the calls. */
  text: string;
}

/**
 * Finds tool calls written in `text`. Null when there are none: the text stands as it is.
 * `newId` gives each call an id, since the model gave none.
 */
export function findTextToolCalls(
  text: string,
  toolNames: ReadonlySet<string>,
  newId: () => string,
): TextToolCalls | null {
  return taggedCalls(text, toolNames, newId) ?? bareCall(text, toolNames, newId);
}

function taggedCalls(
  text: string,
  toolNames: ReadonlySet<string>,
  newId: () => string,
): TextToolCalls | null {
  if (!text.includes(TOOL_CALL_TAG)) return null;
  const calls: ToolCall[] = [];
  const unreadable: UnreadableCall[] = [];
  let kept = "";
  let from = 0;
  for (let open = text.indexOf(TOOL_CALL_TAG); open >= 0; open = text.indexOf(TOOL_CALL_TAG, from)) {
    const close = text.indexOf(TOOL_CALL_END, open);
    // A model may stop right after the JSON, before closing the tag.
    const end = close < 0 ? text.length : close + TOOL_CALL_END.length;
    const inner = text.slice(open + TOOL_CALL_TAG.length, close < 0 ? text.length : close);
    const judged = judge(inner, toolNames);
    if (judged === null) {
      kept += text.slice(from, end);
    } else {
      kept += text.slice(from, open);
      if ("reason" in judged) unreadable.push(judged);
      else calls.push({ toolCallId: newId(), toolName: judged.toolName, input: judged.input });
    }
    from = end;
  }
  kept += text.slice(from);
  if (calls.length === 0 && unreadable.length === 0) return null;
  return { calls, unreadable, text: tidy(kept) };
}

function bareCall(text: string, toolNames: ReadonlySet<string>, newId: () => string): TextToolCalls | null {
  const body = unfenced(text.trim());
  if (!body.startsWith("{") && !body.startsWith("[")) return null;
  const parsed = parseJson(body);
  if (parsed === undefined) {
    // Broken JSON that names one of the tools is a call gone wrong, not prose.
    const name = namedTool(body, toolNames);
    return name === null
      ? null
      : { calls: [], unreadable: [{ toolName: name, reason: "its JSON is not valid" }], text: "" };
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const calls: ToolCall[] = [];
  const unreadable: UnreadableCall[] = [];
  for (const item of items) {
    const judged = judgeValue(item, toolNames);
    if (judged === null) return null;
    if ("reason" in judged) unreadable.push(judged);
    else calls.push({ toolCallId: newId(), toolName: judged.toolName, input: judged.input });
  }
  return items.length === 0 ? null : { calls, unreadable, text: "" };
}

type Judged = { toolName: string; input: unknown } | UnreadableCall;

/** A call's JSON text: a call, an unreadable call of a known tool, or null when it is not one of ours. */
function judge(json: string, toolNames: ReadonlySet<string>): Judged | null {
  const parsed = parseJson(unfenced(json.trim()));
  if (parsed !== undefined) return judgeValue(parsed, toolNames);
  const name = namedTool(json, toolNames);
  return name === null ? null : { toolName: name, reason: "its JSON is not valid" };
}

function judgeValue(value: unknown, toolNames: ReadonlySet<string>): Judged | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const name = record.name;
  if (typeof name !== "string" || !toolNames.has(name)) return null;
  const args = "arguments" in record ? record.arguments : record.parameters;
  if (args === undefined) return { toolName: name, input: {} };
  // Some templates write the arguments as a JSON string, as OpenAI's wire carries them.
  const input = typeof args === "string" ? parseJson(args.trim()) : args;
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return { toolName: name, reason: "its arguments are not a JSON object" };
  return { toolName: name, input };
}

/** The interview tool a broken call names, if it names one. */
function namedTool(text: string, toolNames: ReadonlySet<string>): string | null {
  const name = /"name"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  return name !== undefined && toolNames.has(name) ? name : null;
}

/** The inside of a ```json fence around the whole text, or the text. */
function unfenced(text: string): string {
  const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/.exec(text);
  return fenced?.[1]?.trim() ?? text;
}

/** The text around the calls, without the blank lines they leave at its end. */
function tidy(text: string): string {
  return text.trimEnd();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Holds back streamed text that may be a tool call until the step ends and it can be
 * judged, so the person never sees a call's JSON flash past. Text from a `<tool_call>`
 * tag on (or from what may yet become one) is held, and so is a whole answer that
 * starts like JSON (`{`, `[` or a ``` fence). Everything else is shown as it arrives.
 */
export class HeldText {
  private text = "";
  private shown = 0;

  /** Adds streamed text; returns the part that can be shown now. */
  push(delta: string): string {
    this.text += delta;
    const limit = this.showable();
    if (limit <= this.shown) return "";
    const out = this.text.slice(this.shown, limit);
    this.shown = limit;
    return out;
  }

  /**
   * What of `finalText` (the text as it stands once judged, calls taken out) is still to
   * be shown: everything after what the person has already seen of it.
   */
  rest(finalText: string): string {
    const shown = this.text.slice(0, this.shown);
    let common = 0;
    while (common < shown.length && common < finalText.length && shown[common] === finalText[common])
      common++;
    return finalText.slice(common);
  }

  private showable(): number {
    if (this.shown === 0) {
      const start = this.text.trimStart();
      if (start === "" || /^[{[]/.test(start) || start.startsWith("```") || /^`{1,2}$/.test(start)) return 0;
    }
    const tag = this.text.indexOf(TOOL_CALL_TAG, this.shown);
    if (tag >= 0) return tag;
    // A tail that may grow into the tag waits for the next delta.
    for (let length = Math.min(TOOL_CALL_TAG.length - 1, this.text.length); length > 0; length--) {
      if (TOOL_CALL_TAG.startsWith(this.text.slice(this.text.length - length)))
        return Math.max(this.shown, this.text.length - length);
    }
    return this.text.length;
  }
}
