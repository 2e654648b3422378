import type { InterviewPart } from "../workspace/project-state.js";
import type { InterviewRecord } from "./interview-record.js";
import type { InterviewState } from "./interview-state.js";
import type { LockHolder } from "./lock-holder.js";

/** One interview in a project's list: the current one, or one kept from before. */
export interface InterviewSummary {
  id: string;
  /** The interview a session carries on; the others were archived when a new one began. */
  current: boolean;
  createdAt: string;
  updatedAt: string;
  /** Messages as `history` shows them. */
  messageCount: number;
  /** Turns taken, the greeting's included. */
  turns: number;
  complete: boolean;
  engine: string;
  model: string | null;
}

/** Where a session writes its interview, record by record; it holds the project's lock until closed. */
export interface InterviewLog {
  readonly id: string;
  /**
   * Appends one record, after the ones before it. `sync` waits until the record is on the
   * disk itself (fdatasync), for the moments a crash must not undo. A failed append leaves
   * nothing of the record behind and rejects with the file system's error.
   */
  append(record: InterviewRecord, options?: { sync?: boolean }): Promise<void>;
  /** Waits for pending appends, then lets the project go. Idempotent. */
  close(): Promise<void>;
}

export interface OpenInterview {
  /** The interview so far; attached images as their stored paths, which the session reads back through the sandbox. */
  state: InterviewState;
  log: InterviewLog;
}

export interface NewInterview {
  engine: string;
  model: string | null;
  createdAt: Date;
}

/**
 * Keeps each project's interviews: the current one, which a session appends to turn by
 * turn, and the earlier ones, kept aside and readable. One process at a time may write
 * a project (`begin`, `resume` and `archive` take its lock and throw ProjectLockedError
 * otherwise); anyone may read. `SessionStore` keeps them in files; the contract tests in
 * test/store/ say what any other keeper (a database, say) must do.
 */
export interface InterviewStore {
  /** The current interview as it stands, without taking the project; null when there is none. */
  read(projectName: string): Promise<InterviewState | null>;
  /** One interview, current or archived, by id; null when there is no such one. */
  readById(projectName: string, id: string): Promise<InterviewState | null>;
  /** The project's interviews: the current one first, then the archived ones, newest first. */
  list(projectName: string): Promise<InterviewSummary[]>;
  /** Projects whose current interview began and is not complete, by name. */
  inProgress(): Promise<string[]>;
  /**
   * The current interview as a project list shows it (its id, whether it is complete,
   * its phase, its turns), worked out from the interview itself; null when there is none.
   * A list asks only for a project whose state file does not say yet.
   */
  currentForListing(projectName: string): Promise<InterviewPart | null>;
  /** Another process writing the project, or null when this one may. */
  holder(projectName: string): Promise<LockHolder | null>;
  /** Takes the project and begins a new interview; the current one is archived, never lost. */
  begin(projectName: string, interview: NewInterview): Promise<OpenInterview>;
  /**
   * Takes the project and carries on its current interview; null (and the project left
   * alone) when there is none. A turn a crash cut off is marked `interrupted` first.
   */
  resume(projectName: string): Promise<OpenInterview | null>;
  /** Moves the current interview aside, so nothing carries it on; false when there was none. */
  archive(projectName: string): Promise<boolean>;
}
