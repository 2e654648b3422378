import type { Question } from "../types/questions.js";
import type { TranscriptEntry } from "../types/transcript.js";
import type { TokenUsage } from "../types/usage.js";
import type { InterviewHeader, InterviewRecord, TurnOutcome } from "./interview-record.js";

/** A turn: where its person's entry sits in the transcript, and how it ended (or that it has not). */
export interface TurnMark {
  entryIndex: number;
  outcome: TurnOutcome | "running";
}

export interface PhaseMark {
  id: string;
  title: string;
  index: number;
  total: number;
}

/**
 * An interview as its records add up: the transcript and the bookkeeping around it.
 * The store reads a log into one, and a live session applies each record it writes to
 * its own with the same `applyRecord`, so what is on disk and what is in memory are
 * built by one function and cannot drift apart.
 */
export interface InterviewState {
  id: string;
  projectName: string;
  engine: string;
  model: string | null;
  createdAt: string;
  updatedAt: string;
  transcript: TranscriptEntry[];
  turns: TurnMark[];
  /** The structured question still waiting for the person's answer. */
  question: { toolCallId: string; questions: Question[] } | null;
  phase: PhaseMark | null;
  /** Totals so far; null until an engine reported any. */
  usage: TokenUsage | null;
  costUsd: number | undefined;
  complete: boolean;
}

export function stateFromHeader(header: InterviewHeader): InterviewState {
  return {
    id: header.id,
    projectName: header.projectName,
    engine: header.engine,
    model: header.model,
    createdAt: header.createdAt,
    updatedAt: header.createdAt,
    transcript: [],
    turns: [],
    question: null,
    phase: null,
    usage: null,
    costUsd: undefined,
    complete: false,
  };
}

/** Adds one record to the state, in place. */
export function applyRecord(state: InterviewState, record: InterviewRecord): void {
  switch (record.type) {
    case "interview":
      // Only the first line names the interview; a second header is not ours to follow.
      return;
    case "entry": {
      const { entry } = record;
      if (entry.role === "user") {
        state.turns.push({ entryIndex: state.transcript.length, outcome: "running" });
        state.question = null;
      }
      state.transcript.push(entry);
      state.updatedAt = entry.timestamp;
      return;
    }
    case "question":
      state.question = { toolCallId: record.toolCallId, questions: record.questions };
      break;
    case "phase":
      state.phase = { id: record.id, title: record.title, index: record.index, total: record.total };
      break;
    case "usage":
      state.usage = record.total;
      state.costUsd = record.costUsd;
      break;
    case "complete":
      state.complete = record.complete;
      break;
    case "engine":
      state.engine = record.engine;
      state.model = record.model;
      break;
    case "retry": {
      const turn = state.turns.at(-1);
      if (turn) {
        state.transcript.length = turn.entryIndex + 1;
        turn.outcome = "running";
      }
      state.question = null;
      break;
    }
    case "turn-end": {
      const turn = state.turns.at(-1);
      if (turn) turn.outcome = record.outcome;
      break;
    }
  }
  state.updatedAt = record.at;
}

/** The last turn began and has no end: it is running, or (read by a new process) a crash cut it off. */
export function isTurnOpen(state: InterviewState): boolean {
  return state.turns.at(-1)?.outcome === "running";
}

/** Whether the last turn ended without finishing (a crash, a Stop, an error), so `retry` can run it again. */
export function canRetry(state: InterviewState): boolean {
  const outcome = state.turns.at(-1)?.outcome;
  return outcome === "interrupted" || outcome === "cancelled" || outcome === "failed";
}

/** The number of the person's turns, the greeting's kickoff left out. */
export function personTurns(state: InterviewState): number {
  return state.transcript.filter((entry) => entry.role === "user" && entry.kind !== "kickoff").length;
}
