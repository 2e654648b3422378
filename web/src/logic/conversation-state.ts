import type { Question } from "../../../src/types/questions.js";
import type { TokenUsage } from "../../../src/types/usage.js";
import type { ClientFrame } from "../../../src/types/wire.js";

/** An image as the conversation shows it: a thumbnail address and its name. */
export interface AttachmentPreview {
  filename: string;
  url: string;
}

/** Something the person sent that can be sent again when the server reports an error. */
export type RetryableRequest = Extract<ClientFrame, { type: "message" } | { type: "answer" }>;

export type Entry =
  | { kind: "user"; id: number; text: string; attachments: AttachmentPreview[]; isAnswer: boolean }
  | {
      kind: "assistant";
      id: number;
      text: string;
      streaming: boolean;
      /** Why the reply ended early, if it did. */
      cut: "stopped" | "connection" | null;
    }
  | {
      kind: "question";
      id: number;
      toolId: string;
      questions: Question[];
      /** `passed`: the person wrote a message instead of answering. */
      state: "open" | "answered" | "passed";
    }
  | { kind: "error"; id: number; text: string; retry: RetryableRequest | null; needsRestart: boolean }
  | { kind: "notice"; id: number; text: string }
  | { kind: "file"; id: number; path: string }
  | { kind: "complete"; id: number; path: string; revised: boolean };

export type EntryKind = Entry["kind"];

/**
 * `waiting`: sent, nothing back yet (the typing indicator shows); `streaming`: the reply
 * is arriving; `stopping`: the person pressed Stop and the turn is winding down.
 */
export type TurnState = "idle" | "waiting" | "streaming" | "stopping";

export interface PhaseProgress {
  id: string;
  title: string;
  index: number;
  total: number;
}

export interface UsageTotals {
  tokens: TokenUsage;
  costUsd: number | null;
}

export interface ConversationState {
  entries: Entry[];
  turn: TurnState;
  phase: PhaseProgress | null;
  usage: UsageTotals | null;
  /** Both spec files are on disk and valid. */
  complete: boolean;
  /** Goes up whenever a spec file is written, so views of the spec reload. */
  specRevision: number;
  lastRequest: RetryableRequest | null;
  /** What a screen reader should say next; the id changes even when the words repeat. */
  announcement: { id: number; text: string } | null;
  nextId: number;
}

export const INITIAL_CONVERSATION: ConversationState = Object.freeze({
  entries: [],
  turn: "idle",
  phase: null,
  usage: null,
  complete: false,
  specRevision: 0,
  lastRequest: null,
  announcement: null,
  nextId: 1,
}) as ConversationState;
