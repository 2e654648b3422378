/**
 * The Claude models the fake's Anthropic route serves, and what each one accepts.
 *
 * The list is the current lineup as of 2026-12-01, from Anthropic's models overview
 * (https://platform.claude.com/docs/en/about-claude/models/overview) and the model
 * pages (https://platform.claude.com/docs/en/models/sonnet-5-5/overview,
 * https://platform.claude.com/docs/en/models/opus-5-5/overview). Output ceilings match
 * the AI SDK's own table (`getModelCapabilities` in @ai-sdk/anthropic): 128,000 for the
 * 5.5 models, 64,000 for Haiku 4.5. A model not listed here, retired ones included
 * (`claude-sonnet-4-5`, retired 2026-11-30; "Requests to retired models will fail",
 * https://platform.claude.com/docs/en/about-claude/model-deprecations), is answered
 * with 404 `not_found_error`.
 */

/** How a model thinks when the request says nothing about it. */
export type DefaultThinking = "on" | "off";

/** What `thinking.display` a model uses when the request sets none. */
export type ThinkingDisplay = "summarized" | "omitted" | "updates";

export interface ClaudeModel {
  /** The id `GET /v1/models` lists. */
  readonly id: string;
  /** Other ids requests may use for the same model (a dated snapshot, an alias). */
  readonly aliases: readonly string[];
  readonly displayName: string;
  /** RFC 3339; the epoch where the release date is not known (as the API does). */
  readonly createdAt: string;
  /** The largest `max_tokens` the model accepts. */
  readonly maxOutputTokens: number;
  readonly maxInputTokens: number;
  /** `on`: adaptive thinking runs when the request sets no `thinking`. */
  readonly defaultThinking: DefaultThinking;
  /** The `thinking.type` values the model accepts. */
  readonly thinkingTypes: readonly string[];
  /** The display used when thinking runs and the request sets no `thinking.display`. */
  readonly defaultDisplay: ThinkingDisplay;
  /** The shortest prefix, in tokens, that a cache breakpoint writes to the cache. */
  readonly minCacheableTokens: number;
  /** `tool_choice` `any` or `tool` is refused, thinking or not. */
  readonly rejectsForcedToolUse: boolean;
  /** A final `assistant` message (prefill) is refused. */
  readonly rejectsPrefill: boolean;
}

/**
 * Sonnet 5.5 and Opus 5.5: adaptive thinking is on by default ("Adaptive thinking is on
 * by default", https://platform.claude.com/docs/en/models/sonnet-5-5/whats-new-sonnet-5-5;
 * "always on" for Opus 5.5, https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5),
 * thinking blocks come back empty under the default `display: "omitted"` (same pages),
 * forced tool use returns a 400 (same pages), prefill returns a 400 ("Prefilling
 * assistant messages returns a 400 error on Claude 4.6 models" and later,
 * https://platform.claude.com/docs/en/about-claude/models/migration-guide), and the
 * minimum cacheable prompt is 512 tokens (down from 1,024 on Sonnet 5; Sonnet 5.5 page).
 * Sonnet 5.5 turns up-front thinking off with `between_tools`; Opus 5.5 cannot turn
 * thinking off at all. Neither accepts `disabled` or a budget (`enabled`).
 *
 * Haiku 4.5 thinks only when asked, with a budget (`enabled`); it has no adaptive
 * thinking, returns summarized thinking, and caches prefixes of 4,096 tokens and more
 * (https://platform.claude.com/docs/en/build-with-claude/prompt-caching).
 */
export const CURRENT_CLAUDE_MODELS: readonly ClaudeModel[] = Object.freeze([
  {
    id: "claude-opus-5-5",
    aliases: [],
    displayName: "Claude Opus 5.5",
    createdAt: "1970-01-01T00:00:00Z",
    maxOutputTokens: 128_000,
    maxInputTokens: 1_000_000,
    defaultThinking: "on",
    thinkingTypes: ["adaptive"],
    defaultDisplay: "omitted",
    minCacheableTokens: 512,
    rejectsForcedToolUse: true,
    rejectsPrefill: true,
  },
  {
    id: "claude-sonnet-5-5",
    aliases: [],
    displayName: "Claude Sonnet 5.5",
    createdAt: "2026-09-28T00:00:00Z",
    maxOutputTokens: 128_000,
    maxInputTokens: 1_000_000,
    defaultThinking: "on",
    thinkingTypes: ["adaptive", "between_tools"],
    defaultDisplay: "omitted",
    minCacheableTokens: 512,
    rejectsForcedToolUse: true,
    rejectsPrefill: true,
  },
  {
    id: "claude-haiku-4-5-20251001",
    aliases: ["claude-haiku-4-5"],
    displayName: "Claude Haiku 4.5",
    createdAt: "2025-10-15T00:00:00Z",
    maxOutputTokens: 64_000,
    maxInputTokens: 200_000,
    defaultThinking: "off",
    thinkingTypes: ["enabled", "disabled"],
    defaultDisplay: "summarized",
    minCacheableTokens: 4_096,
    rejectsForcedToolUse: false,
    rejectsPrefill: false,
  },
] satisfies ClaudeModel[]);

/**
 * A model a test names that the lineup lacks (`models: ["model-a"]`): accepted, with
 * generous limits and no thinking unless asked, so a test that does not care about the
 * model is not refused for it.
 */
export function customModel(id: string): ClaudeModel {
  return {
    id,
    aliases: [],
    displayName: id,
    createdAt: "1970-01-01T00:00:00Z",
    maxOutputTokens: 128_000,
    maxInputTokens: 1_000_000,
    defaultThinking: "off",
    thinkingTypes: ["adaptive", "enabled", "disabled", "between_tools"],
    defaultDisplay: "summarized",
    minCacheableTokens: 1_024,
    rejectsForcedToolUse: false,
    rejectsPrefill: false,
  };
}

/** The models a server serves: the current lineup, or what the test names instead. */
export function catalogueOf(models: readonly (string | ClaudeModel)[] | undefined): readonly ClaudeModel[] {
  if (models === undefined || models.length === 0) return CURRENT_CLAUDE_MODELS;
  return models.map((model) => {
    if (typeof model !== "string") return model;
    return CURRENT_CLAUDE_MODELS.find((known) => idsOf(known).includes(model)) ?? customModel(model);
  });
}

export function findModel(catalogue: readonly ClaudeModel[], id: string): ClaudeModel | undefined {
  return catalogue.find((model) => idsOf(model).includes(id));
}

function idsOf(model: ClaudeModel): string[] {
  return [model.id, ...model.aliases];
}
