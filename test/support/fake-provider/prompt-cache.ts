import { createHash } from "node:crypto";
import type { PromptBlock } from "./anthropic-request.js";

/**
 * Anthropic's prompt cache as the prompt caching page describes it
 * (https://platform.claude.com/docs/en/build-with-claude/prompt-caching):
 *
 * - The prefix is read in the order tools, system, messages, and a `cache_control`
 *   breakpoint caches everything up to and including its block.
 * - For each breakpoint the API looks for the longest cached prefix ending at that
 *   block or at one of the 20 blocks before it (the lookback); an earlier request's
 *   entry further back is not found.
 * - A prefix shorter than the model's minimum cacheable length is not cached (no
 *   error: both cache counts stay 0).
 * - An entry lives 5 minutes (or 1 hour with `ttl: "1h"`), refreshed each time it is read.
 * - Entries belong to one model.
 * - Usage: `cache_read_input_tokens` is the prefix read from the cache,
 *   `cache_creation_input_tokens` what this request wrote beyond it (up to the last
 *   breakpoint that can be cached), and `input_tokens` the rest: the tokens after that
 *   breakpoint, which are neither read nor written.
 *
 * Time comes from the server's clock, and the 5-minute lifetime can be shortened, so a
 * test can watch an entry expire without waiting.
 */
export interface CacheAccount {
  readonly read: number;
  readonly write: number;
  readonly input: number;
}

/** How many blocks before a breakpoint the API looks for an earlier cache entry. */
export const LOOKBACK_BLOCKS = 20;

const HOUR_PER_FIVE_MINUTES = 12;

export class PromptCache {
  readonly #entries = new Map<string, number>();

  constructor(
    private readonly clock: () => number,
    /** The lifetime of a default (`5m`) entry; a `1h` entry lives twelve times as long. */
    private readonly ttlMs: number,
  ) {}

  /**
   * Accounts one request: what it reads from and writes to the cache. `automatic` is a
   * top-level `cache_control`, which puts a breakpoint on the last block.
   */
  account(
    model: string,
    blocks: readonly PromptBlock[],
    options: { automatic?: "5m" | "1h"; minTokens: number },
  ): CacheAccount {
    const now = this.clock();
    const cumulative: number[] = [];
    const hashes: string[] = [];
    let total = 0;
    let chain = `model:${model}`;
    for (const block of blocks) {
      total += block.tokens;
      cumulative.push(total);
      chain = createHash("sha256").update(chain).update("\u0000").update(block.key).digest("hex");
      hashes.push(chain);
    }
    const breakpoints: { at: number; ttl: "5m" | "1h" }[] = [];
    blocks.forEach((block, at) => {
      if (block.cacheTtl !== undefined) breakpoints.push({ at, ttl: block.cacheTtl });
    });
    if (options.automatic !== undefined && blocks.length > 0)
      breakpoints.push({ at: blocks.length - 1, ttl: options.automatic });

    let readEnd = -1;
    for (const { at } of breakpoints) {
      for (let position = at; position >= Math.max(0, at - LOOKBACK_BLOCKS); position--) {
        const expires = this.#entries.get(hashes[position] as string);
        if (expires !== undefined && expires > now) {
          readEnd = Math.max(readEnd, position);
          break;
        }
      }
    }
    const read = readEnd < 0 ? 0 : (cumulative[readEnd] ?? 0);
    const cacheable = breakpoints.filter(({ at }) => (cumulative[at] ?? 0) >= options.minTokens);
    const writeEnd = Math.max(-1, ...cacheable.map(({ at }) => at));
    const write = writeEnd > readEnd ? (cumulative[writeEnd] ?? 0) - read : 0;

    if (readEnd >= 0) this.#keep(hashes[readEnd] as string, now + this.ttlMs);
    for (const { at, ttl } of cacheable) {
      this.#keep(
        hashes[at] as string,
        now + (ttl === "1h" ? this.ttlMs * HOUR_PER_FIVE_MINUTES : this.ttlMs),
      );
    }
    return { read, write, input: total - read - write };
  }

  #keep(hash: string, expires: number): void {
    this.#entries.set(hash, Math.max(expires, this.#entries.get(hash) ?? 0));
  }
}
