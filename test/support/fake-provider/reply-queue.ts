import type { ScriptEntry } from "./script.js";

/** The replies still to give, one per model request, optionally starting over at the end. */
export class ReplyQueue {
  readonly #entries: ScriptEntry[];

  constructor(
    entries: readonly ScriptEntry[],
    private readonly loop: boolean,
  ) {
    this.#entries = [...entries];
  }

  get size(): number {
    return this.#entries.length;
  }

  enqueue(...entries: ScriptEntry[]): void {
    this.#entries.push(...entries);
  }

  next(): ScriptEntry | undefined {
    const entry = this.#entries.shift();
    // Replies are immutable, so a looping script can hand out the same one again.
    if (entry !== undefined && this.loop) this.#entries.push(entry);
    return entry;
  }
}
