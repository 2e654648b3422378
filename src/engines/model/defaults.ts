/**
 * The Anthropic model used when none is chosen. Sonnet 5.5 (checked 2026-12-01, the day
 * after Sonnet 4.5 was retired): it interviews as well as Opus for this task at half the
 * price, answers faster, and can skip up-front thinking (see claude-models.ts). Revisit
 * when it is deprecated: Anthropic lists retirement dates on its model deprecations page.
 */
export const DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-5-5";

export { DEFAULT_MAX_STEPS } from "../turn-limits.js";

/** Retries of a failed model call before the turn ends with an error. */
export const DEFAULT_MAX_RETRIES = 3;

/** The first retry waits this long; each later one waits twice as long as the one before. */
export const DEFAULT_RETRY_BASE_DELAY_MS = 1000;

/** The longest a retry waits, even when the provider asks for more (`retry-after`). */
export const DEFAULT_RETRY_MAX_WAIT_MS = 60_000;

/** A stream that sends nothing for this long is treated as dead. */
export const DEFAULT_STALL_TIMEOUT_MS = 60_000;
