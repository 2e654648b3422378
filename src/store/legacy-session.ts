import type { TranscriptEntry } from "../types/transcript.js";
import { askedQuestion } from "./history-messages.js";
import { stampOf } from "./interview-id.js";
import { INTERVIEW_LOG_VERSION, type InterviewRecord } from "./interview-record.js";
import { type StoredSession, storedSessionSchema } from "./stored-session.js";

/** Reads a whole-file interview of the first format (`session.json`); null when it is not one. */
export function parseLegacySession(text: string): StoredSession | null {
  try {
    const parsed = storedSessionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The id an interview of the first format goes by: the name its archive had. */
export function legacyId(stored: StoredSession): string {
  return stampOf(stored.createdAt);
}

/**
 * An interview of the first format as log records. It was saved whole at the end of
 * each turn, so every turn in it ended; its pending question is read off the last step.
 */
export function recordsFromLegacy(stored: StoredSession, id = legacyId(stored)): InterviewRecord[] {
  const records: InterviewRecord[] = [
    {
      type: "interview",
      version: INTERVIEW_LOG_VERSION,
      id,
      projectName: stored.projectName,
      engine: stored.engine,
      model: stored.model,
      createdAt: stored.createdAt,
    },
  ];
  let open = false;
  for (const entry of stored.transcript) {
    if (entry.role === "user" && open)
      records.push({ type: "turn-end", outcome: "done", at: entry.timestamp });
    if (entry.role === "user") open = true;
    records.push({ type: "entry", entry });
  }
  const question = pendingQuestionOf(stored.transcript);
  if (question) records.push({ type: "question", ...question, at: stored.updatedAt });
  const usage = stored.usage;
  const used = usage.input_tokens + usage.output_tokens + usage.cache_read_tokens + usage.cache_write_tokens;
  if (used > 0 || stored.costUsd !== undefined) {
    const record: InterviewRecord = { type: "usage", total: usage, at: stored.updatedAt };
    if (stored.costUsd !== undefined) record.costUsd = stored.costUsd;
    records.push(record);
  }
  if (stored.complete) records.push({ type: "complete", complete: true, at: stored.updatedAt });
  if (open) records.push({ type: "turn-end", outcome: "done", at: stored.updatedAt });
  return records;
}

function pendingQuestionOf(transcript: readonly TranscriptEntry[]) {
  const last = transcript.findLast((entry) => entry.role !== "tool");
  if (last?.role !== "assistant") return null;
  const asked = askedQuestion(last);
  return asked ? { toolCallId: asked.tool_id, questions: asked.questions } : null;
}
