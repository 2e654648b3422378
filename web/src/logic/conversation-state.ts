import type { DocumentKind } from "../../../src/types/documents.js";
import type { Question } from "../../../src/types/questions.js";
import type { SpecChanges } from "../../../src/types/spec-changes.js";
import type { TokenUsage } from "../../../src/types/usage.js";
import type { ClientFrame } from "../../../src/types/wire.js";
import type { PageActivity } from "./activity.js";

/**
 * An image as the conversation shows it: its name, and a thumbnail address when the page
 * has the bytes (an image sent from this page). One from the interview's history comes
 * with where the server saved it instead, and is fetched from there.
 */
export interface AttachmentPreview {
  filename: string;
  url: string | null;
  /** Where the project keeps it (`prompts/mockups/…`), for an image from the history. */
  savedAs?: string;
  /** Set for a document (a PRD, notes): shown as a chip with its name, kind and size, never as an image. */
  document?: DocumentChip;
}

/** What a document's chip shows: its kind (as the page guessed it, or as the server found it), size, and pages. */
export interface DocumentChip {
  kind: DocumentKind | null;
  size: number;
  pages?: number;
  /** The interviewer was given only part of its text. */
  truncated?: boolean;
}

/** The person's turn as the page sends it. */
export type SentRequest = Extract<ClientFrame, { type: "message" } | { type: "answer" }>;

/**
 * What Retry sends after an error: the same message or answer again when the server
 * refused it before its turn began (it was never recorded), or `retry` when the turn ran
 * and was cut off (the server runs it again from the person's last message).
 */
export type RetryableRequest = SentRequest | Extract<ClientFrame, { type: "retry" }>;

export type Entry =
  | { kind: "user"; id: number; text: string; attachments: AttachmentPreview[]; isAnswer: boolean }
  | {
      kind: "assistant";
      id: number;
      text: string;
      streaming: boolean;
      /** Why the reply ended early, if it did; `interrupted`: the history says a crash or a Stop cut it. */
      cut: "stopped" | "connection" | "interrupted" | null;
    }
  | {
      kind: "question";
      id: number;
      toolId: string;
      questions: Question[];
      /**
       * `passed`: the person wrote a message instead of answering; `closed`: it can no
       * longer be answered and never was (its interview ended, or it was replaced).
       */
      state: "open" | "answered" | "passed" | "closed";
    }
  | { kind: "error"; id: number; text: string; retry: RetryableRequest | null; needsRestart: boolean }
  | { kind: "notice"; id: number; text: string }
  /** What Specwright did with the interviewer's tools: a call it refused, how far a stopped turn got. */
  | { kind: "tool-note"; id: number; text: string }
  | { kind: "file"; id: number; path: string }
  | { kind: "complete"; id: number; path: string; revised: boolean; changes?: SpecChanges };

export type EntryKind = Entry["kind"];

/** An entry before the conversation gives it its id. */
export type NewEntry = Entry extends infer Each ? (Each extends Entry ? Omit<Each, "id"> : never) : never;

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

/** A frame the page sends by itself after what just happened; the hook sends it at once. */
export type FollowUp = "resume" | "start";

export interface ConversationState {
  entries: Entry[];
  turn: TurnState;
  phase: PhaseProgress | null;
  usage: UsageTotals | null;
  /** Both spec files are on disk and valid. */
  complete: boolean;
  /** Goes up whenever a spec file is written, so views of the spec reload. */
  specRevision: number;
  lastRequest: SentRequest | null;
  /** What a screen reader should say next; the id changes even when the words repeat. */
  announcement: { id: number; text: string } | null;
  nextId: number;
  /** A `resume` went out and its `history` has not come back yet. */
  awaitingHistory: boolean;
  /** Whether an empty history should start a new interview (a project without a spec, on opening). */
  startWhenEmpty: boolean;
  /** A `history` has arrived since the page opened the project. */
  historyLoaded: boolean;
  /**
   * The entries before this index belong to earlier interviews, shown above the line
   * that says a new one started; a `history` replaces only the entries after it.
   */
  currentFrom: number;
  /** The first message's timestamp in the last `history`: tells the same interview from a new one. */
  interviewKey: string | null;
  /** Goes up whenever a new interview begins, here or in another window. */
  interviewNumber: number;
  /** A turn this page did not start (another window's, or one still running after a reconnect) is streaming. */
  foreignTurn: boolean;
  /** Entries to show again after the next `history` replaces the conversation. */
  carryOver: NewEntry[];
  followUp: FollowUp | null;
  /** The engine and model of the interview, from its history; null until it has begun. */
  engine: { name: string; model: string | null } | null;
  /** What the running turn is doing now (the status line); null when idle or once words arrive. */
  activity: PageActivity | null;
  /** How many activities the page has shown: each one's `key`. */
  activityCount: number;
  /** What this turn's revision changed (from its `spec_complete`), for the `complete` notice that ends it. */
  pendingChanges: SpecChanges | null;
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
  awaitingHistory: false,
  startWhenEmpty: false,
  historyLoaded: false,
  currentFrom: 0,
  interviewKey: null,
  interviewNumber: 0,
  foreignTurn: false,
  carryOver: [],
  followUp: null,
  engine: null,
  activity: null,
  activityCount: 0,
  pendingChanges: null,
}) as ConversationState;
