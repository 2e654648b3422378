import type { AssistantEntry, JsonValue, Transcript } from "../../types/transcript.js";

/** The `meta` key holding the Claude Code session an assistant entry belongs to. */
export const SESSION_ID_META = "claudeCodeSessionId";
/** The `meta` key holding that session's running cost (USD) at the end of the entry's turn. */
export const SESSION_COST_META = "claudeCodeSessionCostUsd";

/** The Claude Code session to go on with, as the transcript remembers it. */
export interface ResumableSession {
  sessionId: string;
  /** The session's running cost after the last turn that reported one; 0 when none did. */
  costUsd: number;
}

/**
 * The session to resume: the one the latest assistant entry came from. An entry without
 * one (another engine answered last) means Claude Code's session lacks part of the
 * conversation, so there is nothing to resume. Entries the session kept for a cancelled
 * turn are skipped: they are text the person saw, not the engine's record.
 */
export function resumableSessionOf(transcript: Transcript): ResumableSession | null {
  const assistants = transcript.filter(
    (entry): entry is AssistantEntry => entry.role === "assistant" && entry.interrupted !== true,
  );
  const sessionId = stringMeta(assistants.at(-1), SESSION_ID_META);
  if (sessionId === null) return null;
  const costed = assistants.findLast(
    (entry) =>
      stringMeta(entry, SESSION_ID_META) === sessionId && numberMeta(entry, SESSION_COST_META) !== null,
  );
  return { sessionId, costUsd: numberMeta(costed, SESSION_COST_META) ?? 0 };
}

/** The `meta` an assistant entry of this engine carries. */
export function sessionMeta(sessionId: string | null, costUsd: number | null): { [key: string]: JsonValue } {
  const meta: { [key: string]: JsonValue } = {};
  if (sessionId !== null) meta[SESSION_ID_META] = sessionId;
  if (costUsd !== null) meta[SESSION_COST_META] = costUsd;
  return meta;
}

function stringMeta(entry: AssistantEntry | undefined, key: string): string | null {
  const value = entry?.meta?.[key];
  return typeof value === "string" && value.length > 0 ? value : null;
}

function numberMeta(entry: AssistantEntry | undefined, key: string): number | null {
  const value = entry?.meta?.[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
