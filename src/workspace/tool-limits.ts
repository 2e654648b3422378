/** Lines `Read` shows when no limit is given. */
export const DEFAULT_READ_LINE_LIMIT = 2000;
/** Longer lines are cut, so one minified line cannot flood the model's context. */
export const MAX_READ_LINE_LENGTH = 2000;
/** `Read` refuses bigger files; the model can never write one this big itself. */
export const DEFAULT_MAX_READ_BYTES = 10 * 1024 * 1024;
/** `Glob` lists at most this many files, newest first. */
export const MAX_GLOB_RESULTS = 200;
/**
 * Files a project's `prompts/` may hold before a model's Write of a new one is refused
 * (prompt-quota.ts): room for the spec, its backups, mockups and notes, not for a flood.
 */
export const DEFAULT_MAX_PROMPT_FILES = 200;
/** Bytes all files under `prompts/` may hold together before a model's write that adds to them is refused. */
export const DEFAULT_MAX_PROMPT_BYTES = 64 * 1024 * 1024;
