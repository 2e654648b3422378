import type { ProbeSettings } from "./local-probe.js";
import type { PriceTable } from "./model/index.js";

/**
 * The engine a person asked for and everything it needs, one shape per engine. Built
 * once, from flags and the environment, by src/config.ts; `selectEngine` only settles
 * the one question settings cannot answer (is a model server running on this machine?),
 * and `createEngine` builds what it is given.
 *
 * Unset, in settings: every field is always present, never optional or undefined. A
 * setting with a default holds that default, filled in by src/config.ts from the
 * constant its owner exports, so these say what will be used. `null` means "not set"
 * and is kept only where no single value can stand in for it: a model nobody chose (the
 * engine picks one), `maxOutputTokens` (each model's own limit), a key or address
 * nobody gave. The one exception is `probe`, the probe's own options: where it looks
 * for Ollama follows `OLLAMA_HOST`, which only the probe reads, so an address nobody
 * gave is left out of it, as the probe expects.
 */
export type EngineSettings =
  | GuidedEngineSettings
  | AnthropicEngineSettings
  | OpenAiCompatibleEngineSettings
  | ClaudeCodeEngineSettings;

interface ChosenEngine {
  /** One sentence for the person: why this engine (`chosen with --engine guided`). */
  reason: string;
}

export interface GuidedEngineSettings extends ChosenEngine {
  name: "guided";
  /**
   * `auto` with no model configured looks for a model server on this machine before
   * settling for the guided interviewer (`SPECWRIGHT_PROBE_LOCAL`, on by default): what
   * the look needs, and the model settings an engine on a server it finds gets. Null
   * when no look is made (the guided engine was chosen, or the look is turned off).
   */
  localSearch: LocalSearch | null;
}

export interface LocalSearch {
  probe: ProbeSettings;
  model: string | null;
  tuning: ModelTuning;
}

export interface AnthropicEngineSettings extends ChosenEngine {
  name: "anthropic";
  /** `ANTHROPIC_API_KEY`; null when unset, and the engine cannot be built. */
  apiKey: string | null;
  /** `ANTHROPIC_BASE_URL`, the API root such as `https://api.anthropic.com`; null for Anthropic's own. */
  baseUrl: string | null;
  /** `--model`; null for Anthropic's default (DEFAULT_ANTHROPIC_MODEL). */
  model: string | null;
  tuning: ModelTuning;
}

export interface OpenAiCompatibleEngineSettings extends ChosenEngine {
  name: "openai-compatible";
  /** `OPENAI_BASE_URL` (or the local server found), with its version path; null when unset, and the engine cannot be built. */
  baseUrl: string | null;
  /** `OPENAI_API_KEY`; null sends none (a local server found is never sent one). */
  apiKey: string | null;
  /** `--model`; null for the model found, or else the server's first chat model that can use tools. */
  model: string | null;
  /** The model a look on this machine found on the server, and how it was chosen; null when none was made. */
  found: { modelId: string; why: string } | null;
  tuning: ModelTuning;
}

export interface ClaudeCodeEngineSettings extends ChosenEngine {
  name: "claude-code";
  /** `--model`; null for Claude Code's own default. */
  model: string | null;
  /** Model calls per turn: the same setting as a model engine's steps (`SPECWRIGHT_MAX_STEPS`). */
  maxTurns: number;
}

/** What a model engine is tuned with; each is handed to the engine as it is. */
export interface ModelTuning {
  /** Silence on a model's stream, in ms, after which it is given up. */
  stallTimeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxWaitMs: number;
  /** Model calls per turn. */
  maxSteps: number;
  /** Price overrides, USD per million tokens; empty when none are given. */
  prices: PriceTable;
  /** `max_tokens` for every model call (`--max-output-tokens`); null for each model's own limit. */
  maxOutputTokens: number | null;
  /** Characters a model may write for the person in one turn (`--max-reply-length`). */
  maxReplyLength: number;
  /** Characters one tool call's input may hold. */
  maxToolInputLength: number;
}
