/**
 * Claude Code's messages, written by hand in the shapes of the Claude Agent SDK's
 * `sdk.d.ts` (0.3.x) and as a real Claude Code sends them: one assistant message per
 * completed content block sharing the response's id, stream events around them, tool
 * results in user messages, one result at the end.
 */

export const SESSION_ID = "7a31f644-d694-4ef9-89c9-9e2a3d52e510";

let uuidCounter = 0;
function uuid(): string {
  uuidCounter += 1;
  return `00000000-0000-4000-8000-${String(uuidCounter).padStart(12, "0")}`;
}

const common = (sessionId: string) => ({ parent_tool_use_id: null, session_id: sessionId, uuid: uuid() });

export function init(model = "claude-sonnet-4-5", sessionId = SESSION_ID) {
  return {
    type: "system",
    subtype: "init",
    cwd: "/projects/demo",
    session_id: sessionId,
    tools: ["AskUserQuestion", "Edit", "Glob", "Read", "Write"],
    mcp_servers: [],
    model,
    permissionMode: "default",
    slash_commands: [],
    apiKeySource: "none",
    claude_code_version: "2.1.331",
    output_style: "default",
    uuid: uuid(),
  };
}

export function status(sessionId = SESSION_ID) {
  return { type: "system", subtype: "status", status: "requesting", session_id: sessionId, uuid: uuid() };
}

export function messageStart(messageId: string, sessionId = SESSION_ID) {
  return {
    type: "stream_event",
    event: {
      type: "message_start",
      message: { id: messageId, type: "message", role: "assistant", content: [], stop_reason: null },
    },
    ...common(sessionId),
  };
}

export function textDelta(text: string, index = 0, sessionId = SESSION_ID) {
  return {
    type: "stream_event",
    event: { type: "content_block_delta", index, delta: { type: "text_delta", text } },
    ...common(sessionId),
  };
}

export function blockStop(index = 0, sessionId = SESSION_ID) {
  return { type: "stream_event", event: { type: "content_block_stop", index }, ...common(sessionId) };
}

function assistant(messageId: string, block: object, sessionId: string) {
  return {
    type: "assistant",
    message: {
      id: messageId,
      type: "message",
      role: "assistant",
      model: "claude-sonnet-4-5",
      content: [block],
      stop_reason: null,
      usage: {
        input_tokens: 10,
        output_tokens: 1,
        cache_read_input_tokens: 0,
        cache_creation_input_tokens: 0,
      },
    },
    ...common(sessionId),
  };
}

export function assistantText(messageId: string, text: string, sessionId = SESSION_ID) {
  return assistant(messageId, { type: "text", text }, sessionId);
}

export function assistantToolUse(
  messageId: string,
  toolUseId: string,
  name: string,
  input: object,
  sessionId = SESSION_ID,
) {
  return assistant(messageId, { type: "tool_use", id: toolUseId, name, input }, sessionId);
}

export function assistantThinking(messageId: string, sessionId = SESSION_ID) {
  return assistant(messageId, { type: "thinking", thinking: "Let me think.", signature: "sig" }, sessionId);
}

export function toolResult(
  toolUseId: string,
  content: string | { type: string; text?: string }[],
  isError = false,
  sessionId = SESSION_ID,
) {
  const block: Record<string, unknown> = { tool_use_id: toolUseId, type: "tool_result", content };
  if (isError) block.is_error = true;
  return { type: "user", message: { role: "user", content: [block] }, ...common(sessionId) };
}

/** What Claude Code adds after a call denied with `interrupt`. */
export function interruptedNote(sessionId = SESSION_ID) {
  return {
    type: "user",
    message: {
      role: "user",
      content: [{ type: "text", text: "[Request interrupted by user for tool use]" }],
    },
    ...common(sessionId),
  };
}

export interface ResultFields {
  subtype?: string;
  isError?: boolean;
  result?: string;
  errors?: string[];
  totalCostUsd?: number;
  usage?: { input: number; output: number; cacheRead: number; cacheWrite: number };
  sessionId?: string;
}

export function result(fields: ResultFields = {}) {
  const usage = fields.usage ?? { input: 120, output: 30, cacheRead: 400, cacheWrite: 50 };
  const message: Record<string, unknown> = {
    type: "result",
    subtype: fields.subtype ?? "success",
    duration_ms: 1200,
    duration_api_ms: 900,
    is_error: fields.isError ?? false,
    num_turns: 1,
    stop_reason: "end_turn",
    total_cost_usd: fields.totalCostUsd ?? 0.0123,
    usage: {
      input_tokens: usage.input,
      output_tokens: usage.output,
      cache_read_input_tokens: usage.cacheRead,
      cache_creation_input_tokens: usage.cacheWrite,
    },
    modelUsage: {},
    permission_denials: [],
    session_id: fields.sessionId ?? SESSION_ID,
    uuid: uuid(),
  };
  if (fields.result !== undefined) message.result = fields.result;
  if (fields.errors !== undefined) message.errors = fields.errors;
  return message;
}

/** The synthetic message Claude Code sends when it has no login, followed by its result. */
export function notLoggedIn(sessionId = SESSION_ID) {
  return [
    {
      type: "assistant",
      message: {
        id: "53c04378-dd1b-43ea-ba27-ef67e899bcdd",
        type: "message",
        role: "assistant",
        model: "<synthetic>",
        content: [{ type: "text", text: "Not logged in · Please run /login" }],
        stop_reason: "stop_sequence",
      },
      error: "authentication_failed",
      ...common(sessionId),
    },
    result({
      isError: true,
      result: "Not logged in · Please run /login",
      totalCostUsd: 0,
      usage: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
      sessionId,
    }),
  ];
}
