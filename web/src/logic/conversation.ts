import type { Question } from "../../../src/types/questions.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { answersSummary, displayLabel } from "./answers.js";
import type { AttachmentPreview, ConversationState, Entry, RetryableRequest } from "./conversation-state.js";
import { readServerError } from "./server-errors.js";

/** What happens to a conversation: what the page sent, what the server answered, and a lost connection. */
export type ConversationEvent =
  | { type: "started" }
  | { type: "sent"; request: RetryableRequest; attachments: AttachmentPreview[] }
  | { type: "retried"; errorId: number }
  | { type: "cancel-sent" }
  | { type: "received"; frame: ServerFrame }
  | { type: "connection-lost" };

/** The conversation after one event; never changes the state it is given. */
export function reduceConversation(state: ConversationState, event: ConversationEvent): ConversationState {
  switch (event.type) {
    case "started": {
      if (state.entries.length === 0) return { ...state, turn: "waiting" };
      // Earlier errors belong to the interview that ended; their actions no longer apply.
      const entries = state.entries.map((entry) =>
        entry.kind === "error" ? { ...entry, retry: null, needsRestart: false } : entry,
      );
      const next = push({ ...state, entries }, { kind: "notice", text: "A new interview started." });
      return { ...next, turn: "waiting", phase: null, lastRequest: null };
    }
    case "sent":
      return sent(state, event.request, event.attachments);
    case "retried":
      return {
        ...state,
        turn: "waiting",
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
      return {
        ...push(cut, {
          kind: "notice",
          text: "The connection dropped while the interviewer was answering, so part of the reply may be missing.",
        }),
        turn: "idle",
      };
    }
  }
}

function sent(
  state: ConversationState,
  request: RetryableRequest,
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
  switch (frame.type) {
    case "text":
      return appendText(state, frame.content);
    case "question": {
      const closed = endStreaming(state, null);
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
      };
    case "spec_complete":
      return { ...state, complete: true, specRevision: state.specRevision + 1 };
    case "complete": {
      const revised = state.entries.some((entry) => entry.kind === "complete");
      const withComplete = push(endStreaming(state, null), { kind: "complete", path: frame.path, revised });
      return announce(withComplete, "The spec is complete.");
    }
    case "response_done":
      return responseDone(state);
    case "error": {
      const reading = readServerError(frame);
      const retry = reading.retryable ? state.lastRequest : null;
      const withError = push(endStreaming(state, null), {
        kind: "error",
        text: reading.text,
        retry,
        needsRestart: reading.needsRestart,
      });
      // The reference page treats an error as the end of a turn; a `response_done` that follows changes nothing.
      return announce({ ...withError, turn: "idle" }, reading.text);
    }
    case "phase":
      return {
        ...state,
        phase: { id: frame.id, title: frame.title, index: frame.index, total: frame.total },
      };
    case "usage":
      return { ...state, usage: { tokens: frame.total, costUsd: frame.cost_usd ?? null } };
    case "pong":
      return state;
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
  if (wasStopping && !streaming)
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

type NewEntry = Entry extends infer Each ? (Each extends Entry ? Omit<Each, "id"> : never) : never;

function push(state: ConversationState, entry: NewEntry): ConversationState {
  const withId = { ...entry, id: state.nextId } as Entry;
  return { ...state, entries: [...state.entries, withId], nextId: state.nextId + 1 };
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
