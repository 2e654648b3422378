/**
 * The Anthropic model used when none is chosen. Picked in 2026-11: Sonnet 4.5 interviews
 * as well as Opus for this task at a fraction of the price and answers faster. Revisit
 * when a newer Sonnet is generally available.
 */
export const DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-4-5";

/** Enough model calls for a long turn (reading, writing and fixing both spec files) without looping forever. */
export const DEFAULT_MAX_STEPS = 100;

/** Retries of a failed model call before the turn ends with an error. */
export const DEFAULT_MAX_RETRIES = 3;

/** The first retry waits this long; each later one waits twice as long as the one before. */
export const DEFAULT_RETRY_BASE_DELAY_MS = 1000;

/** The longest a retry waits, even when the provider asks for more (`retry-after`). */
export const DEFAULT_RETRY_MAX_WAIT_MS = 60_000;

/** A stream that sends nothing for this long is treated as dead. */
export const DEFAULT_STALL_TIMEOUT_MS = 60_000;
