import { type Question, questionSchema } from "../types/questions.js";
import type {
  AssistantEntry,
  StoredDocument,
  ToolCall,
  TranscriptEntry,
  UserEntry,
} from "../types/transcript.js";
import type { HistoryDocument, HistoryMessage } from "../types/wire.js";
import { QUESTION_TOOL } from "../workspace/tool-names.js";
import type { InterviewState } from "./interview-state.js";
import { refusalNotices } from "./refusal-notices.js";

type HistoryNotice = NonNullable<HistoryMessage["notices"]>[number];

/**
 * An interview as the person saw it: their messages (not the kickoff the session sends
 * on their behalf), and per turn one assistant message, its steps' texts joined, with
 * the question it asked, and the notices the turn showed of the calls Specwright refused
 * (worked out again from the results, which keep each refusal as a fact), each where it
 * came among the words. Tool calls and results are otherwise the engine's business and
 * stay out. `streaming` is the text a running turn has shown but not yet recorded.
 */
export function historyMessages(state: InterviewState, streaming = ""): HistoryMessage[] {
  const messages: HistoryMessage[] = [];
  state.turns.forEach((turn, index) => {
    const end = state.turns[index + 1]?.entryIndex ?? state.transcript.length;
    const entries = state.transcript.slice(turn.entryIndex, end);
    const [first, ...rest] = entries;
    if (first?.role === "user" && first.kind !== "kickoff") messages.push(userMessage(first));
    const isLast = index === state.turns.length - 1;
    const cut = turn.outcome === "interrupted" || turn.outcome === "cancelled";
    const reply = assistantMessage(rest, isLast ? streaming : "", cut, first?.timestamp ?? state.updatedAt);
    if (reply && isLast && !reply.question && state.question)
      reply.question = { questions: state.question.questions, tool_id: state.question.toolCallId };
    if (reply) messages.push(reply);
  });
  return messages;
}

function userMessage(entry: UserEntry): HistoryMessage {
  // With documents, `text` is what the interviewer read; the person sees their words and a chip per document.
  const content = entry.typed ?? entry.text;
  const message: HistoryMessage = { role: "user", content, timestamp: entry.timestamp };
  const saved = (entry.attachments ?? []).flatMap((attachment) =>
    attachment.savedAs ? [{ filename: attachment.filename, saved_as: attachment.savedAs }] : [],
  );
  if (saved.length > 0) message.attachments = saved;
  if (entry.documents && entry.documents.length > 0) message.documents = entry.documents.map(documentChip);
  if (entry.answer) message.answers = entry.answer.answers;
  return message;
}

function documentChip(document: StoredDocument): HistoryDocument {
  return {
    filename: document.filename,
    kind: document.kind,
    size: document.bytes,
    ...(document.savedAs ? { saved_as: document.savedAs } : {}),
    characters: document.characters,
    ...(document.truncated ? { truncated: true } : {}),
    ...(document.pages !== undefined ? { pages: document.pages } : {}),
  };
}

function assistantMessage(
  entries: TranscriptEntry[],
  streaming: string,
  cut: boolean,
  fallbackTime: string,
): HistoryMessage | null {
  const steps = entries.filter((entry): entry is AssistantEntry => entry.role === "assistant");
  const texts: string[] = [];
  const notices: HistoryNotice[] = [];
  const callOf = (toolCallId: string): ToolCall | undefined =>
    steps.flatMap((step) => step.toolCalls).find((call) => call.toolCallId === toolCallId);
  for (const entry of entries) {
    if (entry.role === "assistant" && entry.text.trim().length > 0) texts.push(entry.text.trim());
    if (entry.role !== "tool") continue;
    // Where the live notice came: after the words of the steps before it.
    const at = texts.join("\n\n").length;
    for (const notice of refusalNotices(entry, callOf))
      notices.push({ kind: notice.kind, content: notice.content, at });
  }
  if (streaming.trim().length > 0) texts.push(streaming.trim());
  const question = steps.map(askedQuestion).findLast((asked) => asked !== null) ?? null;
  const interrupted = cut || steps.some((step) => step.interrupted === true);
  if (texts.length === 0 && !question && !interrupted && notices.length === 0) return null;
  const message: HistoryMessage = {
    role: "assistant",
    content: texts.join("\n\n"),
    timestamp: steps[0]?.timestamp ?? fallbackTime,
  };
  if (question) message.question = question;
  if (interrupted) message.interrupted = true;
  if (notices.length > 0) message.notices = notices;
  return message;
}

/** The question a step asked through the AskUserQuestion tool, as it was shown. */
export function askedQuestion(step: AssistantEntry): { questions: Question[]; tool_id: string } | null {
  const call = step.toolCalls.find((candidate) => candidate.toolName === QUESTION_TOOL);
  const input = call?.input as { questions?: unknown } | undefined;
  if (!call || !Array.isArray(input?.questions)) return null;
  const questions = input.questions.flatMap((raw) => {
    const parsed = questionSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  return questions.length > 0 ? { questions, tool_id: call.toolCallId } : null;
}
