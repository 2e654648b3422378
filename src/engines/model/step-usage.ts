import type { LanguageModelUsage, ProviderMetadata } from "ai";
import type { TokenUsage } from "../../types/usage.js";

/**
 * One step's tokens in Specwright's terms, where `input_tokens` counts only input that
 * was neither read from nor written to the cache, so each count has a single price.
 * Anthropic reports cache writes in its provider metadata when the SDK's usage lacks them.
 */
export function tokenUsageOf(usage: LanguageModelUsage, metadata: ProviderMetadata | undefined): TokenUsage {
  const details = usage.inputTokenDetails;
  const cacheRead = details?.cacheReadTokens ?? usage.cachedInputTokens ?? 0;
  const cacheWrite = details?.cacheWriteTokens ?? anthropicCacheWrites(metadata) ?? 0;
  const uncached = details?.noCacheTokens ?? Math.max(0, (usage.inputTokens ?? 0) - cacheRead - cacheWrite);
  return {
    input_tokens: uncached,
    output_tokens: usage.outputTokens ?? 0,
    cache_read_tokens: cacheRead,
    cache_write_tokens: cacheWrite,
  };
}

function anthropicCacheWrites(metadata: ProviderMetadata | undefined): number | undefined {
  const value = metadata?.anthropic?.cacheCreationInputTokens;
  return typeof value === "number" ? value : undefined;
}
