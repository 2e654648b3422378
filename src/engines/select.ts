import { createClaudeCodeEngine } from "./claude-code/index.js";
import type { Engine } from "./engine.js";
import { ENGINE_NAMES } from "./engine.js";
import type { EngineSettings } from "./engine-settings.js";
import { createGuidedEngine } from "./guided/index.js";
import { probeLocalServers } from "./local-probe.js";
import { createModelEngine } from "./model/index.js";

export const ENGINE_CHOICES = ["auto", ...ENGINE_NAMES] as const;
export type EngineChoice = (typeof ENGINE_CHOICES)[number];

/**
 * The engine settings with `auto`'s last question answered: when nothing is configured
 * (src/config.ts decided that, and whether to look), a model server running on this
 * machine (Ollama, LM Studio) takes the guided interviewer's place. The entry points
 * call this once at start; the look takes a fraction of a second at most and is
 * skipped with SPECWRIGHT_PROBE_LOCAL=0. Any other settings come back as they are.
 */
export async function selectEngine(settings: EngineSettings): Promise<EngineSettings> {
  if (settings.name !== "guided" || settings.localSearch === null) return settings;
  const { probe, model, tuning } = settings.localSearch;
  const found = await probeLocalServers(probe);
  if (found === null) return settings;
  return {
    name: "openai-compatible",
    reason: `${found.name} is running at ${found.baseUrl.replace(/\/v1$/, "")} with ${found.modelId}, ${found.why} (SPECWRIGHT_PROBE_LOCAL=0 stops this search; set OPENAI_BASE_URL or ANTHROPIC_API_KEY to choose)${found.note ? `. ${found.note}` : ""}`,
    baseUrl: found.baseUrl,
    apiKey: null,
    model,
    found: { modelId: found.modelId, why: found.why },
    tuning,
  };
}

/** Thrown when the chosen engine cannot run here; the message says how to fix it. */
export class EngineUnavailableError extends Error {}

/** Builds the engine the settings describe. */
export function createEngine(settings: EngineSettings): Engine {
  switch (settings.name) {
    case "guided":
      return createGuidedEngine();
    case "anthropic":
      if (settings.apiKey === null)
        throw new EngineUnavailableError("The anthropic engine needs an API key: set ANTHROPIC_API_KEY.");
      return createModelEngine({
        provider: "anthropic",
        apiKey: settings.apiKey,
        baseUrl: settings.baseUrl,
        model: settings.model,
        ...settings.tuning,
      });
    case "openai-compatible":
      if (settings.baseUrl === null)
        throw new EngineUnavailableError(
          "The openai-compatible engine needs the server's address: set OPENAI_BASE_URL (for Ollama, http://localhost:11434/v1).",
        );
      return createModelEngine({
        provider: "openai-compatible",
        baseUrl: settings.baseUrl,
        apiKey: settings.apiKey,
        model: settings.model,
        found: settings.found,
        ...settings.tuning,
      });
    case "claude-code":
      // Claude Code brings its own login; its SDK is loaded at the first turn, which reports it if missing.
      return createClaudeCodeEngine({ model: settings.model, maxTurns: settings.maxTurns });
  }
}
