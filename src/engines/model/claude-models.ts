import type { AnthropicLanguageModelOptions } from "@ai-sdk/anthropic";

/**
 * What Specwright needs to know of a Claude model to call it well: how many tokens it
 * may write in one answer, and how to ask it to think. Keyed by family; a dated
 * snapshot (`claude-sonnet-5-5-20261015`) belongs to its family. Checked 2026-12-01
 * against Anthropic's models overview
 * (https://docs.anthropic.com/en/docs/about-claude/models/overview) and the table the
 * AI SDK's Anthropic provider keeps of the same models.
 */
interface ClaudeModelFacts {
  /** The most output tokens the API accepts in `max_tokens` for this model. */
  outputCeiling: number;
  /** The context window, in tokens: what a request (input and output) may hold. */
  contextWindow: number;
  thinking: ThinkingMode;
}

/**
 * How a model is asked to think, chosen so the person sees the model's words between
 * tool calls (https://docs.anthropic.com/en/docs/build-with-claude/extended-thinking):
 * - `between-tools`: no thinking up front; the notes a model writes between tool calls
 *   come back as (summarised) thinking blocks. Chosen where the model offers it
 *   (Sonnet 5.5): an interview question needs no long deliberation, the first words
 *   arrive sooner and fewer output tokens are billed.
 * - `adaptive-updates`: the model decides when to think, and `display: "updates"`
 *   returns its progress notes between tool calls instead of omitting them, for models
 *   that always think adaptively (Opus 5.5).
 * - `default`: nothing is sent; models before adaptive thinking do not think unless asked.
 */
type ThinkingMode = "between-tools" | "adaptive-updates" | "default";

/**
 * Context windows as the models overview gives them: 1,000,000 tokens for the 5.5
 * models, 200,000 for the 4.x models (their 1M windows are a beta this code does not ask for).
 */
const FAMILIES: Readonly<Record<string, ClaudeModelFacts>> = {
  "claude-sonnet-5-5": { outputCeiling: 128_000, contextWindow: 1_000_000, thinking: "between-tools" },
  "claude-opus-5-5": { outputCeiling: 128_000, contextWindow: 1_000_000, thinking: "adaptive-updates" },
  "claude-opus-4-6": { outputCeiling: 128_000, contextWindow: 200_000, thinking: "adaptive-updates" },
  "claude-sonnet-4-6": { outputCeiling: 64_000, contextWindow: 200_000, thinking: "adaptive-updates" },
  "claude-opus-4-5": { outputCeiling: 64_000, contextWindow: 200_000, thinking: "default" },
  "claude-haiku-4-5": { outputCeiling: 64_000, contextWindow: 200_000, thinking: "default" },
};

/**
 * The output limit asked for when none is set: enough for a 200-feature app spec
 * written in one `Write` (about 60,000 characters, 15,000 tokens) with room to spare,
 * and within every current model's ceiling. A model id Specwright does not know (a
 * proxy's own name behind ANTHROPIC_BASE_URL) gets it too, rather than the SDK's
 * 4,096-token fallback, which cuts a spec in half.
 */
export const DEFAULT_MAX_OUTPUT_TOKENS = 32_000;

function factsOf(modelId: string): ClaudeModelFacts | null {
  const family = Object.keys(FAMILIES)
    .filter((key) => modelId === key || modelId.startsWith(`${key}-`))
    .sort((a, b) => b.length - a.length)[0];
  return family === undefined ? null : (FAMILIES[family] ?? null);
}

/** The `max_tokens` to send: the setting, or the default, never above the model's ceiling. */
export function outputLimitFor(modelId: string, setting: number | null): number {
  const wanted = setting ?? DEFAULT_MAX_OUTPUT_TOKENS;
  const ceiling = factsOf(modelId)?.outputCeiling;
  return ceiling === undefined ? wanted : Math.min(wanted, ceiling);
}

/** The model's context window in tokens, or null for an id Specwright does not know (a proxy's own name). */
export function contextWindowOf(modelId: string): number | null {
  return factsOf(modelId)?.contextWindow ?? null;
}

/** The Anthropic provider options (plain JSON) that set how a model thinks. */
export type ThinkingOptions = {
  thinking?: { type: "between_tools" } | { type: "adaptive"; display: "updates" };
};

/** How `modelId` is asked to think; empty for the model's default. */
export function thinkingOptionsFor(modelId: string): ThinkingOptions {
  switch (factsOf(modelId)?.thinking) {
    case "between-tools":
      return { thinking: { type: "between_tools" } } satisfies AnthropicLanguageModelOptions;
    case "adaptive-updates":
      return { thinking: { type: "adaptive", display: "updates" } } satisfies AnthropicLanguageModelOptions;
    default:
      return {};
  }
}
