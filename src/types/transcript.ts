import type { StoredAttachment } from "./attachments.js";
import type { Answers } from "./questions.js";

/** A JSON value, for the parts of the transcript that engines define for themselves. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A tool call the assistant made. */
export interface ToolCall {
  toolCallId: string;
  toolName: string;
  input: unknown;
}

/** The outcome of one tool call, as the model will see it. */
export interface ToolResult {
  toolCallId: string;
  toolName: string;
  output: string;
  isError: boolean;
}

/** What the person said. */
export interface UserEntry {
  role: "user";
  text: string;
  timestamp: string;
  attachments?: StoredAttachment[];
  /**
   * Set when this turn answers a structured question: the question's tool call id and
   * the raw answers. `text` holds the same answers joined as PROTOCOL.md says.
   */
  answer?: { toolCallId: string; answers: Answers };
  /**
   * "kickoff" marks the message the session sends on the person's behalf to start an
   * interview; engines that need a user message to begin (models) send it, others ignore it.
   */
  kind?: "kickoff";
}

/**
 * One step of the assistant: its text, then the tools it called. A model turn with
 * several steps records several assistant entries, each followed by its tool entry.
 */
export interface AssistantEntry {
  role: "assistant";
  text: string;
  toolCalls: ToolCall[];
  timestamp: string;
  /** Engine-specific facts needed to resume, e.g. the guided step or an SDK session id. */
  meta?: { [key: string]: JsonValue };
  /** Set when the turn was cancelled or failed before the engine recorded this step itself. */
  interrupted?: boolean;
}

/** Results of the tool calls of the assistant entry just before. */
export interface ToolEntry {
  role: "tool";
  results: ToolResult[];
  timestamp: string;
}

/** The provider-neutral transcript the session owns and engines read. */
export type TranscriptEntry = UserEntry | AssistantEntry | ToolEntry;
export type Transcript = readonly TranscriptEntry[];
