import { z } from "zod";
import { questionSchema } from "../types/questions.js";
import { transcriptEntrySchema } from "../types/transcript.js";
import { tokenUsageSchema } from "../types/usage.js";

/** The format version of an interview log (`session.jsonl`); the old whole-file `session.json` was 1. */
export const INTERVIEW_LOG_VERSION = 2;

/**
 * How a turn ended. `interrupted` is written when an interview is next opened and finds
 * a turn that began (the person's message is recorded) but never ended: a crash.
 */
export const TURN_OUTCOMES = ["done", "failed", "cancelled", "interrupted"] as const;
export type TurnOutcome = (typeof TURN_OUTCOMES)[number];

const at = z.string();

/**
 * One line of an interview log. The transcript entries are the conversation the engines
 * read; the other records are the session's own bookkeeping, each written before the
 * frame that depends on it is sent, so what a client saw is always on disk.
 */
export const interviewRecordSchema = z.discriminatedUnion("type", [
  /** The first line: which interview this is. */
  z.object({
    type: z.literal("interview"),
    version: z.literal(INTERVIEW_LOG_VERSION),
    id: z.string(),
    projectName: z.string(),
    engine: z.string(),
    model: z.string().nullable(),
    createdAt: at,
  }),
  /** An entry of the transcript; a user entry opens a turn. */
  z.object({ type: z.literal("entry"), entry: transcriptEntrySchema }),
  /** The structured question the turn ended on. */
  z.object({
    type: z.literal("question"),
    toolCallId: z.string(),
    questions: z.array(questionSchema),
    at,
  }),
  z.object({
    type: z.literal("phase"),
    id: z.string(),
    title: z.string(),
    index: z.number().int(),
    total: z.number().int(),
    at,
  }),
  /** The totals so far (not the turn's share), so the last one read is the answer. */
  z.object({ type: z.literal("usage"), total: tokenUsageSchema, costUsd: z.number().optional(), at }),
  z.object({ type: z.literal("complete"), complete: z.boolean(), at }),
  /** The interview is carried on by another engine or model than it began with. */
  z.object({ type: z.literal("engine"), engine: z.string(), model: z.string().nullable(), at }),
  /** The last turn runs again from the person's message: what it produced before is dropped. */
  z.object({ type: z.literal("retry"), at }),
  z.object({ type: z.literal("turn-end"), outcome: z.enum(TURN_OUTCOMES), at }),
]);

export type InterviewRecord = z.output<typeof interviewRecordSchema>;
export type InterviewHeader = Extract<InterviewRecord, { type: "interview" }>;
