import { historyParts } from "../../../src/types/history-parts.js";
import type { HistoryFrame, HistoryMessage } from "../../../src/types/wire.js";
import { answersSummary } from "./answers.js";
import type { AttachmentPreview, NewEntry } from "./conversation-state.js";

/** Where the interviewer writes the app spec; the `complete` notice names it. */
const APP_SPEC_PATH = "prompts/app_spec.txt";

export const CUT_OFF_TEXT =
  "The interviewer's last reply didn't finish. Retry to have it answer your message again, or just carry on.";
export const UNANSWERED_TEXT =
  "The interviewer hasn't replied to your last message. Retry to have it answer.";

type PendingQuestion = HistoryFrame["pending_question"];

/** What the page knows of the interview it carries on, besides its messages. */
export interface LiveInterview {
  pending: PendingQuestion;
  complete: boolean;
  /** A turn is running: the last message is its reply so far. */
  busy: boolean;
  /** The last turn was cut off, and `retry` runs it again. */
  canRetry: boolean;
}

/**
 * An interview's messages as conversation entries, in order: the person's messages
 * (answers shown as the answers), the interviewer's words, each question it asked with
 * what became of it.
 *
 * `live` for the interview the page carries on: the pending question is an open card,
 * a reply still running goes on streaming, a finished spec ends with its notice, and a
 * turn that was cut off ends with a way to run it again. An archived interview is only
 * read, so none of that.
 */
export function historyEntries(
  messages: readonly HistoryMessage[],
  options: { live: false } | ({ live: true } & LiveInterview),
): NewEntry[] {
  const entries: NewEntry[] = [];
  const pending = options.live ? options.pending : null;
  const busy = options.live && options.busy;
  let pendingShown = false;
  for (const [index, message] of messages.entries()) {
    if (message.role === "user") {
      entries.push(userEntry(message));
      continue;
    }
    const running = busy && index === messages.length - 1;
    if (message.notices?.length) entries.push(...partEntries(message, running));
    else if (message.content.trim().length > 0 || running) {
      entries.push({
        kind: "assistant",
        text: message.content,
        streaming: running,
        cut: message.interrupted ? "interrupted" : null,
      });
    }
    const question = message.question;
    if (question && question.questions.length > 0) {
      const open = pending !== null && pending.tool_id === question.tool_id;
      if (open) pendingShown = true;
      entries.push({
        kind: "question",
        toolId: question.tool_id,
        questions: question.questions,
        state: open ? "open" : outcomeOfQuestion(messages, index),
      });
    }
  }
  if (!options.live || busy) return entries;
  if (pending && !pendingShown) {
    entries.push({ kind: "question", toolId: pending.tool_id, questions: pending.questions, state: "open" });
  }
  if (options.complete) entries.push({ kind: "complete", path: APP_SPEC_PATH, revised: false });
  if (options.canRetry && !pending) {
    entries.push({
      kind: "error",
      text: messages.at(-1)?.role === "user" ? UNANSWERED_TEXT : CUT_OFF_TEXT,
      retry: { type: "retry" },
      needsRestart: false,
    });
  }
  return entries;
}

/**
 * A reply during which Specwright refused calls, as it was shown live: its words cut
 * where each refusal came, with the refusal's muted line between. A reply still running
 * goes on streaming after the last of them, its words as they came (untrimmed).
 */
function partEntries(message: HistoryMessage, running: boolean): NewEntry[] {
  const parts = historyParts(message);
  const lastText = parts.findLastIndex((part) => part.kind === "text");
  const endsInText = lastText === parts.length - 1;
  const entries = parts.map((part, index): NewEntry => {
    if (part.kind === "notice") return { kind: "tool-note", text: part.notice.content };
    const last = index === lastText;
    const streaming = running && last && endsInText;
    const lastAt = Math.max(...(message.notices ?? []).map((notice) => notice.at));
    return {
      kind: "assistant",
      text: streaming ? message.content.slice(lastAt).trimStart() : part.text,
      streaming,
      cut: last && message.interrupted ? "interrupted" : null,
    };
  });
  if (running && !endsInText) entries.push({ kind: "assistant", text: "", streaming: true, cut: null });
  return entries;
}

function userEntry(message: HistoryMessage): NewEntry {
  const answers = message.answers;
  const isAnswer = answers !== undefined;
  const text = isAnswer && Object.keys(answers).length > 0 ? answersSummary(answers) : message.content;
  const attachments: AttachmentPreview[] = (message.attachments ?? []).map((attachment) => ({
    filename: attachment.filename,
    url: null,
    savedAs: attachment.saved_as,
  }));
  for (const document of message.documents ?? [])
    attachments.push({
      filename: document.filename,
      url: null,
      document: {
        kind: document.kind,
        size: document.size,
        ...(document.pages !== undefined ? { pages: document.pages } : {}),
        ...(document.truncated ? { truncated: true } : {}),
      },
    });
  return { kind: "user", text, attachments, isAnswer };
}

/** What became of a question that is no longer pending: the person's next message answered it, or passed it by. */
function outcomeOfQuestion(
  messages: readonly HistoryMessage[],
  index: number,
): "answered" | "passed" | "closed" {
  const reply = messages.slice(index + 1).find((message) => message.role === "user");
  if (!reply) return "closed";
  return reply.answers !== undefined ? "answered" : "passed";
}
