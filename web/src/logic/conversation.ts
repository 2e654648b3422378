import type { Question } from "../../../src/types/questions.js";
import { describeSpecChanges } from "../../../src/types/spec-changes.js";
import type { ActivityFrame, HistoryFrame, ServerFrame } from "../../../src/types/wire.js";
import { activityAnnouncement, continuesActivity, WAITING_FRAME } from "./activity.js";
import { answersSummary, displayLabel } from "./answers.js";
import type {
  AttachmentPreview,
  ConversationState,
  Entry,
  NewEntry,
  RetryableRequest,
  SentRequest,
} from "./conversation-state.js";
import { historyEntries } from "./history.js";
import { readServerError } from "./server-errors.js";

/** What happens to a conversation: what the page sent, what the server answered, and a lost connection. */
export type ConversationEvent =
  /** `resume` went out; `startWhenEmpty`: an empty history means a new project, so the page starts its interview. */
  | { type: "resume-sent"; startWhenEmpty: boolean }
  | { type: "started" }
  | { type: "sent"; request: SentRequest; attachments: AttachmentPreview[] }
  | { type: "retried"; errorId: number }
  | { type: "cancel-sent" }
  | { type: "received"; frame: ServerFrame }
  | { type: "connection-lost" }
  /** The follow-up could not be sent (no connection); the next connection resumes anyway. */
  | { type: "follow-up-dropped" };

export const NEW_INTERVIEW_TEXT = "A new interview started.";
export const NEW_INTERVIEW_ELSEWHERE_TEXT = "A new interview was started in another window.";
export const CONNECTION_LOST_TEXT =
  "The connection dropped while the interviewer was answering. The rest of the reply shows once the page has reconnected.";

/** The conversation after one event; never changes the state it is given. */
export function reduceConversation(state: ConversationState, event: ConversationEvent): ConversationState {
  switch (event.type) {
    case "resume-sent":
      return {
        ...state,
        awaitingHistory: true,
        startWhenEmpty: state.startWhenEmpty || event.startWhenEmpty,
        followUp: null,
      };
    case "started":
      return started(state);
    case "sent":
      return assumeWaiting({ ...sent(state, event.request, event.attachments), foreignTurn: false });
    case "retried":
      return {
        ...assumeWaiting(state),
        turn: "waiting",
        foreignTurn: false,
        entries: state.entries.map((entry) =>
          entry.kind === "error" && entry.id === event.errorId ? { ...entry, retry: null } : entry,
        ),
      };
    case "cancel-sent":
      return state.turn === "idle" ? state : { ...state, turn: "stopping" };
    case "received":
      return received(state, event.frame);
    case "connection-lost": {
      if (state.turn === "idle") return state;
      const cut = endStreaming(state, "connection");
      return { ...push(cut, { kind: "notice", text: CONNECTION_LOST_TEXT }), turn: "idle", activity: null };
    }
    case "follow-up-dropped":
      return state.followUp === null ? state : { ...state, followUp: null };
  }
}

/** This page started a new interview: the one shown so far stays above a line saying so. */
function started(state: ConversationState): ConversationState {
  const fresh = {
    followUp: null,
    startWhenEmpty: false,
    foreignTurn: false,
    carryOver: [],
    turn: "waiting",
    phase: null,
    usage: null,
    complete: false,
    lastRequest: null,
    interviewKey: null,
    interviewNumber: state.interviewNumber + 1,
    engine: null,
    activity: null,
  } satisfies Partial<ConversationState>;
  if (state.entries.length === 0) return { ...state, ...fresh };
  const next = push(closeEarlier(state), { kind: "notice", text: NEW_INTERVIEW_TEXT });
  return { ...next, ...fresh, currentFrom: next.entries.length };
}

/** Earlier interviews' questions and errors can no longer be acted on. */
function closeEarlier(state: ConversationState): ConversationState {
  const entries = state.entries.map((entry): Entry => {
    if (entry.kind === "error") return { ...entry, retry: null, needsRestart: false };
    if (entry.kind === "question" && entry.state === "open") return { ...entry, state: "closed" };
    return entry;
  });
  return { ...state, entries };
}

/**
 * The interview as the server has it, in answer to `resume` (or after another window
 * started a new one). It replaces what the page showed of the same interview; a
 * different interview goes below a line, the earlier one staying readable above it.
 */
function history(state: ConversationState, frame: HistoryFrame): ConversationState {
  const key = frame.messages[0]?.timestamp ?? null;
  const empty = frame.messages.length === 0 && frame.pending_question === null;
  const newInterview = state.interviewKey !== null && key !== state.interviewKey;
  let next = state;
  if (newInterview) {
    next = push(closeEarlier(state), { kind: "notice", text: NEW_INTERVIEW_ELSEWHERE_TEXT });
    next = { ...next, currentFrom: next.entries.length, interviewNumber: state.interviewNumber + 1 };
  }
  next = { ...next, entries: next.entries.slice(0, next.currentFrom) };
  const busy = frame.busy === true;
  const entries = historyEntries(frame.messages, {
    live: true,
    pending: frame.pending_question,
    complete: frame.complete,
    busy,
    canRetry: frame.can_retry === true,
  });
  for (const entry of [...entries, ...state.carryOver]) next = push(next, entry);
  const startNow = state.startWhenEmpty && !state.historyLoaded && empty;
  next = {
    ...next,
    phase: frame.phase,
    usage: frame.usage ? { tokens: frame.usage.total, costUsd: frame.usage.cost_usd ?? null } : null,
    complete: frame.complete,
    // An interview that has not begun has no interviewer of its own yet: the page shows the server's.
    engine: frame.messages.length > 0 ? { name: frame.engine, model: frame.model } : null,
    historyLoaded: true,
    awaitingHistory: false,
    interviewKey: key,
    foreignTurn: false,
    carryOver: [],
    followUp: startNow ? "start" : state.followUp,
    turn: busy ? runningTurn(state, frame) : state.turn,
    activity: null,
  };
  // A turn running meanwhile says what it is doing now, and for how long it has been.
  if (busy && frame.activity) next = withActivity(next, frame.activity, frame.activity.elapsed_ms ?? 0);
  const spoken = [
    newInterview ? NEW_INTERVIEW_ELSEWHERE_TEXT : "",
    frame.pending_question && state.carryOver.length === 0
      ? questionAnnouncement(frame.pending_question.questions)
      : "",
  ].filter((part) => part.length > 0);
  if (spoken.length > 0) next = announce(next, spoken.join(" "));
  return next;
}

/** A turn still running when the history was taken: its reply so far streams on, or is awaited. */
function runningTurn(state: ConversationState, frame: HistoryFrame): ConversationState["turn"] {
  if (state.turn === "stopping") return "stopping";
  return frame.messages.at(-1)?.role === "assistant" ? "streaming" : "waiting";
}

function sent(
  state: ConversationState,
  request: SentRequest,
  attachments: AttachmentPreview[],
): ConversationState {
  const isAnswer = request.type === "answer";
  const entries = state.entries.map((entry): Entry => {
    if (entry.kind !== "question" || entry.state !== "open") return entry;
    const answered = isAnswer && entry.toolId === request.tool_id;
    return { ...entry, state: answered ? "answered" : "passed" };
  });
  const text = request.type === "answer" ? answersSummary(request.answers) : request.content;
  const withUser = push({ ...state, entries }, { kind: "user", text, attachments, isAnswer });
  return { ...withUser, turn: "waiting", lastRequest: request };
}

function received(state: ConversationState, frame: ServerFrame): ConversationState {
  // Turn frames while the page awaits nothing: a turn it did not start (another window's,
  // or its own still running after a reconnect). Its end brings the page up to date.
  const foreignTurn = state.foreignTurn || state.turn === "idle";
  switch (frame.type) {
    case "history":
      return history(state, frame);
    case "text":
      return { ...appendText(state, frame.content), foreignTurn, activity: null };
    case "question": {
      // A pending question is asked again after `history`, which already shows it.
      if (state.entries.some((entry) => entry.kind === "question" && entry.toolId === frame.tool_id))
        return state;
      const closed = { ...endStreaming(state, null), activity: null };
      const withQuestion = push(closed, {
        kind: "question",
        toolId: frame.tool_id,
        questions: frame.questions,
        state: "open",
      });
      return announce(withQuestion, questionAnnouncement(frame.questions));
    }
    case "file_written":
      return {
        ...push(endStreaming(state, null), { kind: "file", path: frame.path }),
        specRevision: state.specRevision + 1,
        foreignTurn,
      };
    case "spec_complete":
      return {
        ...state,
        complete: true,
        specRevision: state.specRevision + 1,
        foreignTurn,
        pendingChanges: frame.changes ?? null,
      };
    case "complete": {
      const revised = state.entries.some((entry) => entry.kind === "complete");
      const changes = state.pendingChanges;
      const withComplete = push(
        { ...endStreaming(state, null), pendingChanges: null },
        { kind: "complete", path: frame.path, revised, ...(changes ? { changes } : {}) },
      );
      return announce(
        withComplete,
        changes ? `The spec is updated. ${describeSpecChanges(changes)}` : "The spec is complete.",
      );
    }
    case "response_done": {
      const done = { ...responseDone(state), activity: null };
      return state.foreignTurn ? { ...done, foreignTurn: false, followUp: "resume" } : done;
    }
    case "error": {
      const reading = readServerError(frame);
      let retry: RetryableRequest | null = null;
      if (reading.retryable) retry = reading.refusedBeforeTurn ? state.lastRequest : { type: "retry" };
      const error: NewEntry = {
        kind: "error",
        text: reading.text,
        retry,
        needsRestart: reading.needsRestart,
      };
      const withError = push(endStreaming(state, null), error);
      // The reference page treats an error as the end of a turn; a `response_done` that follows changes nothing.
      const ended = announce({ ...withError, turn: "idle", activity: null }, reading.text);
      // A stale answer: the page fetches the interview as it is now, and says why below it.
      return reading.staleQuestion ? { ...ended, followUp: "resume", carryOver: [error] } : ended;
    }
    case "phase":
      return {
        ...state,
        phase: { id: frame.id, title: frame.title, index: frame.index, total: frame.total },
        foreignTurn,
      };
    case "usage":
      return { ...state, usage: { tokens: frame.total, costUsd: frame.cost_usd ?? null }, foreignTurn };
    case "pong":
      return state;
    case "activity": {
      if (state.turn === "stopping") return state;
      // A turn this page did not start shows what it is doing too, and is awaited like one.
      const turn = state.turn === "idle" ? "waiting" : state.turn;
      return { ...withActivity({ ...state, turn }, frame), foreignTurn };
    }
    case "notice": {
      // Where it happened, between the reply's paragraphs: the reply so far ends there
      // (cut short, when the person pressed Stop).
      const cut = state.turn === "stopping" ? "stopped" : null;
      return { ...push(endStreaming(state, cut), { kind: "tool-note", text: frame.content }), foreignTurn };
    }
  }
}

function appendText(state: ConversationState, text: string): ConversationState {
  const last = state.entries.at(-1);
  const turn = state.turn === "stopping" ? "stopping" : "streaming";
  if (last?.kind === "assistant" && last.streaming) {
    const entries = [...state.entries.slice(0, -1), { ...last, text: last.text + text }];
    return { ...state, entries, turn };
  }
  return { ...push(state, { kind: "assistant", text, streaming: true, cut: null }), turn };
}

function responseDone(state: ConversationState): ConversationState {
  const wasStopping = state.turn === "stopping";
  const streaming = state.entries.findLast((entry) => entry.kind === "assistant" && entry.streaming);
  let next = endStreaming(state, wasStopping ? "stopped" : null);
  // A reply cut short says so itself; a stop before any words came needs a line of its own.
  const lastPerson = state.entries.findLastIndex((entry) => entry.kind === "user");
  const turnFrom = Math.max(lastPerson + 1, state.currentFrom);
  const replied = state.entries.slice(turnFrom).some((entry) => entry.kind === "assistant");
  if (wasStopping && !streaming && !replied)
    next = push(next, { kind: "notice", text: "Stopped before the interviewer said anything." });
  next = { ...next, turn: "idle" };
  if (streaming?.kind === "assistant" && streaming.text.trim().length > 0)
    next = announce(next, streaming.text);
  return next;
}

/** Marks the reply that was streaming as finished, saying why when it was cut short. */
function endStreaming(state: ConversationState, cut: "stopped" | "connection" | null): ConversationState {
  if (!state.entries.some((entry) => entry.kind === "assistant" && entry.streaming)) return state;
  const entries = state.entries.map((entry) =>
    entry.kind === "assistant" && entry.streaming ? { ...entry, streaming: false, cut } : entry,
  );
  return { ...state, entries };
}

function push(state: ConversationState, entry: NewEntry): ConversationState {
  const withId = { ...entry, id: state.nextId } as Entry;
  return { ...state, entries: [...state.entries, withId], nextId: state.nextId + 1 };
}

/**
 * The person sent: the page waits for the model from now, before the server says so,
 * when the interview is known to have one (the guided interviewer has none, and a new
 * interview's interviewer is not known until it says).
 */
function assumeWaiting(state: ConversationState): ConversationState {
  if (state.engine === null || state.engine.name === "guided") return state;
  return withActivity(state, WAITING_FRAME);
}

/**
 * The turn is doing something new: the status line shows it from `elapsedMs`, and a
 * screen reader hears it once (a retry, a tool call; a plain wait is not worth it). A
 * waiting that continues the one shown keeps its clock, which started at the request.
 */
function withActivity(state: ConversationState, frame: ActivityFrame, elapsedMs = 0): ConversationState {
  if (continuesActivity(state.activity, frame)) return state;
  const { elapsed_ms: _told, ...shown } = frame;
  // A count of its own, so entry ids stay as they were.
  const key = state.activityCount + 1;
  const next = { ...state, activity: { frame: shown, key, elapsedMs }, activityCount: key };
  const spoken = activityAnnouncement(frame);
  return spoken === null ? next : announce(next, spoken);
}

function announce(state: ConversationState, text: string): ConversationState {
  return { ...state, announcement: { id: state.nextId, text }, nextId: state.nextId + 1 };
}

function questionAnnouncement(questions: readonly Question[]): string {
  return questions
    .map((question) => {
      const options = question.options.map((option) => displayLabel(option.label)).join(", ");
      return `${question.question} Options: ${options}, or Other.`;
    })
    .join(" ");
}
