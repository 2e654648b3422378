import type { TranscriptEntry } from "../types/transcript.js";
import type { TokenUsage } from "../types/usage.js";

/** The format version of a stored session; a reader refuses any other. */
export const STORED_SESSION_VERSION = 1;

/**
 * What survives a restart: the transcript (the engines rebuild their state from it)
 * and the session's own bookkeeping. Attached images are kept as files in
 * prompts/mockups/, so only their paths are stored.
 */
export interface StoredSession {
  version: typeof STORED_SESSION_VERSION;
  projectName: string;
  engine: string;
  model: string | null;
  createdAt: string;
  updatedAt: string;
  complete: boolean;
  usage: TokenUsage;
  costUsd?: number;
  transcript: TranscriptEntry[];
}
