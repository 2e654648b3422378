/** Where a project's spec files live, relative to the project folder. */
export const PROMPTS_DIR = "prompts";
export const APP_SPEC_PATH = "prompts/app_spec.txt";
export const INITIALIZER_PROMPT_PATH = "prompts/initializer_prompt.md";
export const CODING_PROMPT_PATH = "prompts/coding_prompt.md";
export const SPEC_STATUS_PATH = "prompts/.spec_status.json";
export const MOCKUPS_DIR = "prompts/mockups";
/** Earlier versions of a spec, kept when a new interview rewrites it: prompts/history/<n>/. */
export const SPEC_HISTORY_DIR = "prompts/history";

/** The spec files whose writes are reported with `file_written`. */
export const SPEC_FILE_PATHS = [APP_SPEC_PATH, INITIALIZER_PROMPT_PATH] as const;
