/** The validator's verdict on the app spec a tool just wrote or edited. */
export interface SpecFileVerdict {
  /** `prompts/app_spec.txt`. */
  path: string;
  /** The file passes the validator (warnings allowed). */
  valid: boolean;
}

/**
 * The outcome of a tool call: `output` as the model sees it (a refusal is an error it
 * can act on), and for a spec file the verdict as data, so nothing reads it back out
 * of the words.
 */
export interface ToolOutcome {
  output: string;
  isError: boolean;
  spec?: SpecFileVerdict;
}

/**
 * A project's sandboxed file tools. Every file an engine touches goes through here:
 * paths are resolved (symlinks too) and must stay inside the project folder, and
 * writes land only in its `prompts/` folder.
 */
export interface ProjectTools {
  /** Absolute, real path of the project folder. */
  readonly projectDir: string;
  /**
   * Runs `Read`, `Write`, `Edit` or `Glob` with the tool's input as the model sent it.
   * Bad input and refusals come back as `isError` outcomes, never as exceptions.
   */
  run(toolName: string, input: unknown): Promise<ToolOutcome>;
  /** Writes bytes (an attached image, say) to a path under `prompts/`, atomically. */
  saveFile(relativePath: string, bytes: Uint8Array): Promise<ToolOutcome>;
}

export { createProjectTools, type ProjectToolsOptions } from "./project-tools.js";
