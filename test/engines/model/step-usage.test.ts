import type { LanguageModelUsage } from "ai";
import { describe, expect, it } from "vitest";
import { tokenUsageOf } from "../../../src/engines/model/step-usage.js";

const usage = (fields: Partial<LanguageModelUsage>): LanguageModelUsage => ({
  inputTokens: undefined,
  inputTokenDetails: { noCacheTokens: undefined, cacheReadTokens: undefined, cacheWriteTokens: undefined },
  outputTokens: undefined,
  outputTokenDetails: { textTokens: undefined, reasoningTokens: undefined },
  totalTokens: undefined,
  ...fields,
});

describe("tokenUsageOf", () => {
  it("counts uncached input apart from cache reads and writes", () => {
    const reported = usage({
      inputTokens: 180,
      inputTokenDetails: { noCacheTokens: 100, cacheReadTokens: 50, cacheWriteTokens: 30 },
      outputTokens: 7,
    });
    expect(tokenUsageOf(reported, undefined)).toEqual({
      input_tokens: 100,
      output_tokens: 7,
      cache_read_tokens: 50,
      cache_write_tokens: 30,
    });
  });

  it("takes cache writes from Anthropic's metadata and works out the uncached input", () => {
    const reported = usage({
      inputTokens: 180,
      inputTokenDetails: { noCacheTokens: undefined, cacheReadTokens: 50, cacheWriteTokens: undefined },
      outputTokens: 7,
    });
    expect(tokenUsageOf(reported, { anthropic: { cacheCreationInputTokens: 30 } })).toEqual({
      input_tokens: 100,
      output_tokens: 7,
      cache_read_tokens: 50,
      cache_write_tokens: 30,
    });
  });

  it("counts nothing a provider did not report", () => {
    expect(tokenUsageOf(usage({}), undefined)).toEqual({
      input_tokens: 0,
      output_tokens: 0,
      cache_read_tokens: 0,
      cache_write_tokens: 0,
    });
  });
});
