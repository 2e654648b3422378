/**
 * The reference's figures for the Claude Agent SDK way (one Claude Code process per
 * session), measured on this kind of machine (2 cores) against a fake provider on
 * loopback, as they were given to us. Stated, not measured here: they stand in for the
 * comparison when `@anthropic-ai/claude-agent-sdk` is not installed, and are always
 * labelled as such. Sizes in bytes (KB and MB as 1,000 and 1,000,000).
 */
export const REFERENCE_BASELINE = {
  label: "stated baseline: the reference's figures for the Claude Agent SDK way, not measured here",
  startToFirstTextMs: 650,
  memoryBytesPerSession: 206_000_000,
  cpuSecondsPerSession: 0.8,
  requestBytes: 89_000,
  /** Of each request: tool schemas an interview never uses. */
  unusedToolSchemaBytes: 51_000,
  /** Ten sessions started together each waited longer than this for their first text. */
  tenTogetherFirstTextMsAtLeast: 5_000,
} as const;
