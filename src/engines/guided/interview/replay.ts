import { withoutDocumentHeadings } from "../../../types/documents.js";
import type { Question } from "../../../types/questions.js";
import type { AssistantEntry, Transcript, UserEntry } from "../../../types/transcript.js";
import { parseAskUserQuestionInput, QUESTION_TOOL } from "../../../workspace/index.js";
import type { Reply } from "./answers.js";
import { type Asked, applyReply } from "./replies.js";
import { type InterviewState, initialState } from "./state.js";
import { isStepId } from "./steps.js";

/** The tool name a structured question is recorded under, as a model would call it. */

/** Keys of `AssistantEntry.meta` the guided interviewer writes and reads back. */
export const META = {
  step: "guidedStep",
  subject: "guidedSubject",
  wrote: "guidedWrote",
  writeFailed: "guidedWriteFailed",
} as const;

export interface Replayed {
  /** The state after every answered step. */
  state: InterviewState;
  /** The step asked last, or null before the greeting. */
  asked: Asked | null;
  /** The newest reply to `asked`, not yet folded in; null when there is none. */
  reply: UserEntry | null;
}

export function toReply(entry: UserEntry): Reply {
  // Attached documents are read as if the person had typed them, without their headings.
  const text = entry.documents?.length ? withoutDocumentHeadings(entry.text) : entry.text;
  return { text, answers: entry.answer?.answers ?? null, attachments: entry.attachments ?? [] };
}

/**
 * Rebuilds the interview from the transcript alone: each recorded step with the last
 * reply that followed it is folded into the state, in order. Entries the guided
 * interviewer did not record (an interrupted turn, the kickoff) only contribute the
 * images they carry.
 */
export function replay(transcript: Transcript): Replayed {
  let state = initialState();
  let asked: Asked | null = null;
  let reply: UserEntry | null = null;
  for (const entry of transcript) {
    if (entry.role === "user") {
      state = withMockups(state, entry);
      if (entry.kind !== "kickoff") reply = entry;
      continue;
    }
    if (entry.role !== "assistant") continue;
    const step = entry.meta?.[META.step];
    if (!isStepId(step)) continue;
    if (asked && reply) state = applyReply(asked, state, toReply(reply)).state;
    if (entry.meta?.[META.wrote] === true) state = { ...state, writes: state.writes + 1 };
    if (entry.meta?.[META.writeFailed] === true) state = { ...state, approved: false };
    const subject = entry.meta?.[META.subject];
    asked = {
      step,
      question: recordedQuestion(entry),
      subject: typeof subject === "string" ? subject : null,
    };
    reply = null;
  }
  return { state, asked, reply: asked ? reply : null };
}

function withMockups(state: InterviewState, entry: UserEntry): InterviewState {
  const saved = (entry.attachments ?? []).flatMap((attachment) =>
    attachment.savedAs ? [attachment.savedAs] : [],
  );
  const added = saved.filter((path) => !state.mockups.includes(path));
  return added.length === 0 ? state : { ...state, mockups: [...state.mockups, ...added] };
}

/** The question as it was shown, so "2" means what option 2 was then. */
function recordedQuestion(entry: AssistantEntry): Question | null {
  const call = entry.toolCalls.find((candidate) => candidate.toolName === QUESTION_TOOL);
  if (!call) return null;
  const parsed = parseAskUserQuestionInput(call.input);
  return parsed.ok ? (parsed.questions[0] ?? null) : null;
}
