import type { PromptQuota } from "./prompt-quota.js";

/** What every file tool needs: the project's real folder and its limits. */
export interface ToolContext {
  /** Absolute, real path of the project folder. */
  projectDir: string;
  /** Most UTF-8 bytes one Write or Edit may leave in a file. */
  maxWriteBytes: number;
  /** Most bytes `Read` loads. */
  maxReadBytes: number;
  /** How much `prompts/` may hold, in files and bytes, before a model's write is refused. */
  promptQuota: PromptQuota;
}
