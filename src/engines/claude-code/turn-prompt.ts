import type { Answers } from "../../types/questions.js";
import type { Transcript, UserEntry } from "../../types/transcript.js";
import { QUESTION_TOOL } from "../../workspace/index.js";

/**
 * What the person said since the assistant last spoke, as one prompt for Claude Code.
 * Usually that is one entry; after a turn that failed before recording anything there
 * can be more, and the session Claude Code resumes may not have seen them.
 */
export function turnPrompt(transcript: Transcript): string {
  return trailingUserEntries(transcript)
    .map((entry) => userPromptText(entry, transcript))
    .join("\n\n");
}

/** The user entries after the last entry of any other kind. */
export function trailingUserEntries(transcript: Transcript): UserEntry[] {
  const lastOther = transcript.findLastIndex((entry) => entry.role !== "user");
  return transcript.slice(lastOther + 1).filter((entry): entry is UserEntry => entry.role === "user");
}

/**
 * One user entry as Claude Code gets it. An answer to a structured question says so and
 * pairs each answer with its question: Claude Code recorded the question's tool call as
 * rejected (that is how the turn was stopped for the person to answer), so without this
 * the model would take the reply for an unrelated message. Attached images are named
 * by where they were saved; Claude Code's Read tool shows images.
 */
export function userPromptText(entry: UserEntry, transcript: Transcript): string {
  const parts = [
    entry.answer ? answerText(entry, entry.answer, transcript) : entry.text,
    ...attachmentNotes(entry),
  ];
  return parts.filter((part) => part.length > 0).join("\n\n");
}

/** A line per attached image, saying where it was saved. */
export function attachmentNotes(entry: UserEntry): string[] {
  return (entry.attachments ?? []).map((attachment) => {
    const where = attachment.savedAs ?? attachment.filename;
    return `[I attached an image: ${where}. Use Read on ${where} to see it.]`;
  });
}

function answerText(
  entry: UserEntry,
  answer: { toolCallId: string; answers: Answers },
  transcript: Transcript,
): string {
  const lead = `Here are my answers to the questions you asked with ${QUESTION_TOOL}. Specwright showed them to me in its own question form, which is why that tool call ended as rejected.`;
  return [lead, ...answerLines(entry, answer, transcript)].join("\n");
}

/** Each question asked with the answer given, one line each; the plain text when the questions are unknown. */
export function answerLines(
  entry: UserEntry,
  answer: { toolCallId: string; answers: Answers },
  transcript: Transcript,
): string[] {
  const questions = questionsAsked(transcript, answer.toolCallId);
  if (questions.length === 0) return [entry.text];
  return questions.map((question, index) => {
    const given = answer.answers[String(index)];
    const text = Array.isArray(given) ? given.join(", ") : given;
    return `- ${question} → ${text === undefined || text === "" ? "(no answer)" : text}`;
  });
}

/** The texts of the questions a tool call asked, in order. */
function questionsAsked(transcript: Transcript, toolCallId: string): string[] {
  for (const entry of transcript) {
    if (entry.role !== "assistant") continue;
    const call = entry.toolCalls.find((candidate) => candidate.toolCallId === toolCallId);
    if (!call) continue;
    const questions = (call.input as { questions?: unknown } | null)?.questions;
    if (!Array.isArray(questions)) return [];
    return questions.map((question) => String((question as { question?: unknown } | null)?.question ?? ""));
  }
  return [];
}
