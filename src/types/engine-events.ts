import type { TurnActivity } from "./activity.js";
import { ERROR_CODES, type ErrorCode } from "./error-codes.js";
import type { Question } from "./questions.js";
import type { TranscriptEntry } from "./transcript.js";
import type { TokenUsage } from "./usage.js";

/**
 * What an engine yields during one turn. The session turns these into wire frames
 * and transcript entries; an engine never touches either itself.
 */
export type EngineEvent =
  /** A chunk of the assistant's text, in order. */
  | { type: "text-delta"; text: string }
  /** A structured question; the turn ends after it and the answer arrives as the next user entry. */
  | { type: "question"; toolCallId: string; questions: Question[] }
  /** The interview entered a phase (engines that know their phases report them). */
  | { type: "phase"; id: string; title: string; index: number; total: number }
  /** Tokens this turn used, and its cost where the model's price is known. */
  | { type: "usage"; usage: TokenUsage; costUsd?: number }
  /**
   * An entry for the transcript: the assistant's step (text and tool calls) or the
   * results of its tools. The session appends it and checks spec files on disk.
   */
  | { type: "record"; entry: TranscriptEntry }
  /**
   * What the turn is doing now (waiting for the model, about to retry, running a tool),
   * for the person who waits. Transient: the session passes it on and records nothing.
   */
  | ActivityEvent
  /**
   * Something went wrong; the turn ends after it (the session still sends
   * `response_done`). `code` says what, for programs; `message` says it to the person.
   */
  | EngineError;

export interface EngineError {
  type: "error";
  code: ErrorCode;
  retryable: boolean;
  message: string;
}

export interface ActivityEvent {
  type: "activity";
  activity: TurnActivity;
}

export type EngineEventType = EngineEvent["type"];

/** An error event, retryable as the registry says. */
export function engineError(code: ErrorCode, message: string): EngineError {
  return { type: "error", code, retryable: ERROR_CODES[code].retryable, message };
}
