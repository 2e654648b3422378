import type { EngineEvent } from "../types/engine-events.js";
import type { Transcript } from "../types/transcript.js";
import type { ProjectTools } from "../workspace/project-tools.js";

/** The engines a person can choose (`--engine`); `auto` picks one of the others. */
export const ENGINE_NAMES = ["guided", "anthropic", "openai-compatible", "claude-code"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** Facts about the project's existing spec, when a new interview starts on a finished one. */
export interface ExistingSpec {
  featureCount: number | null;
  /** Path relative to the project folder. */
  path: string;
}

/** Everything an engine needs for one turn besides the transcript. */
export interface TurnContext {
  projectName: string;
  /** Absolute, real path of the project folder. */
  projectDir: string;
  /** The interview skill with `$ARGUMENTS` replaced by the project folder's absolute path. */
  systemPrompt: string;
  /** The sandboxed file tools; every file an engine touches goes through them. */
  tools: ProjectTools;
  /** Set when the project already had a complete spec when this interview started. */
  existingSpec: ExistingSpec | null;
  /** Aborted when the person cancels the turn or the session closes. */
  signal: AbortSignal;
}

/**
 * An interviewer. One method: given the conversation so far, run one assistant turn
 * and yield what happens. An engine keeps no state of its own that the transcript
 * cannot rebuild, so a session can be resumed on a fresh engine.
 */
export interface Engine {
  readonly name: EngineName;
  /** The model in use, or null for engines without one (or before it is known). */
  readonly model: string | null;
  /** One line for people: where the engine runs and on which model. */
  readonly description?: string;
  turn(transcript: Transcript, context: TurnContext): AsyncIterable<EngineEvent>;
}
