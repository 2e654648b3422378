import type { ModelMessage, SystemModelMessage } from "ai";

/**
 * Anthropic caches a prompt prefix up to each block marked like this. Marking the system
 * prompt and the newest message means every request writes the conversation so far to
 * the cache and the next one (the next step, or the next turn) reads it back instead of
 * paying for it again. Other providers ignore the `anthropic` options.
 */
const CACHE_BREAKPOINT = { anthropic: { cacheControl: { type: "ephemeral" } } } as const;

export function cachedSystemPrompt(prompt: string): SystemModelMessage {
  return { role: "system", content: prompt, providerOptions: CACHE_BREAKPOINT };
}

/**
 * A copy of `messages` with only the last one marked. Anthropic allows four breakpoints
 * per request, so marks from earlier requests must not pile up on older messages.
 */
export function withCacheBreakpoint(messages: readonly ModelMessage[]): ModelMessage[] {
  const copy = [...messages];
  const last = copy.at(-1);
  if (last)
    copy[copy.length - 1] = { ...last, providerOptions: { ...last.providerOptions, ...CACHE_BREAKPOINT } };
  return copy;
}
