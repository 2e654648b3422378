import { createClaudeCodeEngine } from "./claude-code/index.js";
import type { Engine, EngineName } from "./engine.js";
import { ENGINE_NAMES } from "./engine.js";
import { createGuidedEngine } from "./guided/index.js";
import { type ProbeSettings, probeLocalServers } from "./local-probe.js";
import { createModelEngine, type ModelEngineTuning, type PriceTable } from "./model/index.js";

export const ENGINE_CHOICES = ["auto", ...ENGINE_NAMES] as const;
export type EngineChoice = (typeof ENGINE_CHOICES)[number];

/** What engine selection needs to know, read from flags and the environment by src/config.ts. */
export interface EngineSettings {
  engine: EngineChoice;
  model: string | null;
  anthropicApiKey: string | null;
  openaiBaseUrl: string | null;
  /** `ANTHROPIC_BASE_URL`: the API root, such as `https://api.anthropic.com`. */
  anthropicBaseUrl?: string | null;
  openaiApiKey?: string | null;
  /** Silence on a model's stream, in ms, after which it is given up. */
  stallTimeoutMs?: number | null;
  maxRetries?: number | null;
  retryBaseDelayMs?: number | null;
  retryMaxWaitMs?: number | null;
  /** Model calls per turn. */
  maxSteps?: number | null;
  /** Price overrides, USD per million tokens. */
  prices?: PriceTable | null;
  /** `max_tokens` for every model call (`--max-output-tokens`). */
  maxOutputTokens?: number | null;
  /** Characters a model may write for the person in one turn (`--max-reply-length`). */
  maxReplyLength?: number | null;
  /** Characters one tool call's input may hold. */
  maxToolInputLength?: number | null;
  /**
   * Whether `auto` with nothing configured looks for Ollama or LM Studio running on
   * this machine (`SPECWRIGHT_PROBE_LOCAL`, default on), and where (local-probe.ts).
   */
  probeLocal?: boolean;
  localProbe?: ProbeSettings;
}

export interface EngineSelection {
  name: EngineName;
  /** One sentence for the person: which engine and why. */
  reason: string;
  /** A local server found running (`selectEngine`): where it is, and the model found on it. */
  local?: { baseUrl: string; modelId: string; why: string };
}

/** Decides which engine `auto` means, and says why, without building anything. */
export function chooseEngine(settings: EngineSettings): EngineSelection {
  if (settings.engine !== "auto")
    return { name: settings.engine, reason: `chosen with --engine ${settings.engine}` };
  if (settings.anthropicApiKey) return { name: "anthropic", reason: "ANTHROPIC_API_KEY is set" };
  if (settings.openaiBaseUrl)
    return { name: "openai-compatible", reason: `OPENAI_BASE_URL is set (${settings.openaiBaseUrl})` };
  return {
    name: "guided",
    reason: "no model is configured (set ANTHROPIC_API_KEY or OPENAI_BASE_URL to interview with a model)",
  };
}

/**
 * `chooseEngine`, and when `auto` finds nothing configured, a look for a model server
 * running on this machine (Ollama, LM Studio) before settling for the guided
 * interviewer. The entry points call this once at start; the look takes a fraction of
 * a second at most and is skipped with SPECWRIGHT_PROBE_LOCAL=0.
 */
export async function selectEngine(settings: EngineSettings): Promise<EngineSelection> {
  const chosen = chooseEngine(settings);
  if (settings.engine !== "auto" || chosen.name !== "guided" || settings.probeLocal === false) return chosen;
  const found = await probeLocalServers(settings.localProbe);
  if (found === null) return chosen;
  return {
    name: "openai-compatible",
    reason: `${found.name} is running at ${found.baseUrl.replace(/\/v1$/, "")} with ${found.modelId}, ${found.why} (SPECWRIGHT_PROBE_LOCAL=0 stops this search; set OPENAI_BASE_URL or ANTHROPIC_API_KEY to choose)${found.note ? `. ${found.note}` : ""}`,
    local: { baseUrl: found.baseUrl, modelId: found.modelId, why: found.why },
  };
}

/** Thrown when the chosen engine cannot run here; the message says how to fix it. */
export class EngineUnavailableError extends Error {}

/** Builds the engine a selection names. */
export function createEngine(selection: EngineSelection, settings: EngineSettings): Engine {
  switch (selection.name) {
    case "guided":
      return createGuidedEngine();
    case "anthropic":
      if (!settings.anthropicApiKey)
        throw new EngineUnavailableError("The anthropic engine needs an API key: set ANTHROPIC_API_KEY.");
      return createModelEngine({
        provider: "anthropic",
        apiKey: settings.anthropicApiKey,
        baseUrl: settings.anthropicBaseUrl ?? null,
        model: settings.model,
        ...modelTuning(settings),
      });
    case "openai-compatible": {
      const baseUrl = selection.local?.baseUrl ?? settings.openaiBaseUrl;
      if (!baseUrl)
        throw new EngineUnavailableError(
          "The openai-compatible engine needs the server's address: set OPENAI_BASE_URL (for Ollama, http://localhost:11434/v1).",
        );
      return createModelEngine({
        provider: "openai-compatible",
        baseUrl,
        apiKey: selection.local ? null : (settings.openaiApiKey ?? null),
        model: settings.model,
        ...(selection.local ? { found: { modelId: selection.local.modelId, why: selection.local.why } } : {}),
        ...modelTuning(settings),
      });
    }
    case "claude-code":
      // Claude Code brings its own login; its SDK is loaded at the first turn, which reports it if missing.
      return createClaudeCodeEngine({ model: settings.model, maxTurns: settings.maxSteps ?? undefined });
    default:
      throw new EngineUnavailableError(
        `The ${selection.name} engine is not available in this version of Specwright; use --engine guided.`,
      );
  }
}

/** The settings a model engine takes, without the unset ones (the engine has defaults). */
function modelTuning(settings: EngineSettings): ModelEngineTuning {
  const tuning: ModelEngineTuning = {};
  if (settings.stallTimeoutMs != null) tuning.stallTimeoutMs = settings.stallTimeoutMs;
  if (settings.maxRetries != null) tuning.maxRetries = settings.maxRetries;
  if (settings.retryBaseDelayMs != null) tuning.retryBaseDelayMs = settings.retryBaseDelayMs;
  if (settings.retryMaxWaitMs != null) tuning.retryMaxWaitMs = settings.retryMaxWaitMs;
  if (settings.maxSteps != null) tuning.maxSteps = settings.maxSteps;
  if (settings.prices != null) tuning.prices = settings.prices;
  if (settings.maxOutputTokens != null) tuning.maxOutputTokens = settings.maxOutputTokens;
  if (settings.maxReplyLength != null) tuning.maxReplyLength = settings.maxReplyLength;
  if (settings.maxToolInputLength != null) tuning.maxToolInputLength = settings.maxToolInputLength;
  return tuning;
}
