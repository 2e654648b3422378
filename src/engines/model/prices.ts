import type { TokenUsage } from "../../types/usage.js";

/** USD per million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
}

/** Model id to price; a key also covers its dated snapshots (`claude-sonnet-5-5-20261015`). */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * Anthropic bills a cache read at a tenth of the input price and a five-minute cache
 * write at 1.25 times it (a one-hour write at twice; Specwright writes five-minute
 * entries only): https://docs.anthropic.com/en/docs/about-claude/pricing
 */
function anthropicPrice(input: number, output: number): ModelPrice {
  return { input, output, cacheRead: input / 10, cacheWrite: input * 1.25 };
}

/**
 * Anthropic's list prices in USD per million tokens, checked 2026-12-01 on the pricing
 * page above. Retired models are left out: a request for one fails anyway.
 */
export const KNOWN_PRICES: PriceTable = {
  "claude-opus-5-5": anthropicPrice(4, 20),
  "claude-sonnet-5-5": anthropicPrice(2, 10),
  "claude-opus-4-6": anthropicPrice(5, 25),
  "claude-sonnet-4-6": anthropicPrice(3, 15),
  "claude-opus-4-5": anthropicPrice(5, 25),
  "claude-haiku-4-5": anthropicPrice(1, 5),
};

/** The price of `modelId`: an override first, then the known prices; null when unknown. */
export function priceOf(modelId: string, overrides: PriceTable = {}): ModelPrice | null {
  return lookUp(overrides, modelId) ?? lookUp(KNOWN_PRICES, modelId);
}

function lookUp(table: PriceTable, modelId: string): ModelPrice | null {
  const exact = table[modelId];
  if (exact) return exact;
  const family = Object.keys(table)
    .filter((key) => modelId.startsWith(`${key}-`))
    .sort((a, b) => b.length - a.length)[0];
  return family === undefined ? null : (table[family] ?? null);
}

/** What `usage` cost in USD. */
export function costOf(usage: TokenUsage, price: ModelPrice): number {
  const microDollars =
    usage.input_tokens * price.input +
    usage.output_tokens * price.output +
    usage.cache_read_tokens * price.cacheRead +
    usage.cache_write_tokens * price.cacheWrite;
  return microDollars / 1_000_000;
}

export type ParsedPrices = { ok: true; prices: PriceTable } | { ok: false; message: string };

/**
 * Reads price overrides written as JSON: `{ "model-id": { "input": 3, "output": 15,
 * "cacheRead": 0.3, "cacheWrite": 3.75 } }`, USD per million tokens. Cache prices may be
 * left out; they then follow Anthropic's rule (a tenth, and 1.25 times, the input price).
 */
export function parsePriceOverrides(text: string): ParsedPrices {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "is not valid JSON" };
  }
  if (!isRecord(value))
    return { ok: false, message: 'must be a JSON object such as {"model-id": {"input": 3, "output": 15}}' };
  const prices: Record<string, ModelPrice> = {};
  for (const [modelId, entry] of Object.entries(value)) {
    const price = parsePrice(entry);
    if (typeof price === "string") return { ok: false, message: `"${modelId}": ${price}` };
    prices[modelId] = price;
  }
  return { ok: true, prices };
}

function parsePrice(entry: unknown): ModelPrice | string {
  if (!isRecord(entry)) return "must be an object with input and output prices";
  const fields = ["input", "output", "cacheRead", "cacheWrite"] as const;
  for (const field of fields) {
    const amount = entry[field];
    const required = field === "input" || field === "output";
    if (amount === undefined && !required) continue;
    if (typeof amount !== "number" || !Number.isFinite(amount) || amount < 0)
      return `${field} must be a number of USD per million tokens, 0 or more`;
  }
  const input = entry.input as number;
  return {
    ...anthropicPrice(input, entry.output as number),
    ...(typeof entry.cacheRead === "number" ? { cacheRead: entry.cacheRead } : {}),
    ...(typeof entry.cacheWrite === "number" ? { cacheWrite: entry.cacheWrite } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
