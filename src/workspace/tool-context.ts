import type { InitializerTemplate } from "../app-spec/index.js";
import type { PromptQuota } from "./prompt-quota.js";
import type { ProgressListener } from "./tool-outcome.js";

/** What every file tool needs: the project's real folder, its limits, and the interview's rules for the spec. */
export interface ToolContext {
  /** Absolute, real path of the project folder. */
  projectDir: string;
  /** Most UTF-8 bytes one Write or Edit may leave in a file. */
  maxWriteBytes: number;
  /** Most bytes `Read` loads. */
  maxReadBytes: number;
  /** How much `prompts/` may hold, in files and bytes, before a model's write is refused. */
  promptQuota: PromptQuota;
  /** The template the initializer prompt is checked against when a spec write's verdict is given. */
  initializerTemplate: InitializerTemplate;
  /**
   * Runs before anything is written to the app spec (spec-backup.ts): answers why the
   * write must not happen, or null when it may.
   */
  beforeAppSpecWrite: () => Promise<string | null>;
  /** Hears what the call running now is doing part way (the spec being checked), if anyone listens. */
  progress?: ProgressListener;
}
