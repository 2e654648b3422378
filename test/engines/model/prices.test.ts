import { describe, expect, it } from "vitest";
import { costOf, parsePriceOverrides, priceOf } from "../../../src/engines/model/prices.js";

describe("priceOf", () => {
  it("knows Anthropic's current models, dated snapshots included", () => {
    expect(priceOf("claude-sonnet-5-5")).toEqual({ input: 2, output: 10, cacheRead: 0.2, cacheWrite: 2.5 });
    expect(priceOf("claude-sonnet-5-5-20261015")).toEqual(priceOf("claude-sonnet-5-5"));
    expect(priceOf("claude-opus-5-5")).toEqual({ input: 4, output: 20, cacheRead: 0.4, cacheWrite: 5 });
    expect(priceOf("claude-haiku-4-5")).toEqual({ input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 });
  });

  it("has no price for a retired model, so no cost is made up", () => {
    expect(priceOf("claude-sonnet-4-5")).toBeNull();
  });

  it("knows nothing about other models unless told", () => {
    expect(priceOf("llama3.2")).toBeNull();
    expect(priceOf("claude-sonnet-5-50")).toBeNull();
    const overrides = { "llama3.2": { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 } };
    expect(priceOf("llama3.2", overrides)).toEqual(overrides["llama3.2"]);
  });

  it("lets an override replace a known price", () => {
    const cheaper = { input: 1, output: 2, cacheRead: 0.1, cacheWrite: 1 };
    expect(priceOf("claude-sonnet-5-5-20261015", { "claude-sonnet-5-5": cheaper })).toEqual(cheaper);
  });
});

describe("costOf", () => {
  it("prices each kind of token per million", () => {
    const price = priceOf("claude-sonnet-4-6")!;
    const usage = {
      input_tokens: 1_000_000,
      output_tokens: 100_000,
      cache_read_tokens: 2_000_000,
      cache_write_tokens: 400_000,
    };
    expect(costOf(usage, price)).toBeCloseTo(3 + 1.5 + 0.6 + 1.5, 10);
  });
});

describe("parsePriceOverrides", () => {
  it("reads prices and derives missing cache prices from the input price", () => {
    const parsed = parsePriceOverrides(
      '{"my-model": {"input": 2, "output": 8}, "other": {"input": 1, "output": 1, "cacheRead": 0.5, "cacheWrite": 0}}',
    );
    expect(parsed).toEqual({
      ok: true,
      prices: {
        "my-model": { input: 2, output: 8, cacheRead: 0.2, cacheWrite: 2.5 },
        other: { input: 1, output: 1, cacheRead: 0.5, cacheWrite: 0 },
      },
    });
  });

  it("says what is wrong with bad input", () => {
    expect(parsePriceOverrides("{nope")).toEqual({ ok: false, message: "is not valid JSON" });
    expect(parsePriceOverrides("[1]")).toMatchObject({
      ok: false,
      message: expect.stringContaining("JSON object"),
    });
    expect(parsePriceOverrides('{"m": {"input": 1}}')).toEqual({
      ok: false,
      message: '"m": output must be a number of USD per million tokens, 0 or more',
    });
    expect(parsePriceOverrides('{"m": {"input": -1, "output": 1}}')).toMatchObject({ ok: false });
    expect(parsePriceOverrides('{"m": 3}')).toMatchObject({ ok: false });
  });
});
