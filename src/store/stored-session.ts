import { z } from "zod";
import { transcriptEntrySchema } from "../types/transcript.js";
import { tokenUsageSchema } from "../types/usage.js";

/** The format version of a stored session; a reader refuses any other. */
export const STORED_SESSION_VERSION = 1;

/**
 * What survives a restart: the transcript (the engines rebuild their state from it)
 * and the session's own bookkeeping. Attached images are kept as files in
 * prompts/mockups/, so only their paths are stored. A file is read with this schema,
 * so a damaged or hand-edited one is refused instead of trusted.
 */
export const storedSessionSchema = z.object({
  version: z.literal(STORED_SESSION_VERSION),
  projectName: z.string(),
  engine: z.string(),
  model: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  complete: z.boolean(),
  usage: tokenUsageSchema,
  costUsd: z.number().optional(),
  transcript: z.array(transcriptEntrySchema),
});

export type StoredSession = z.output<typeof storedSessionSchema>;
