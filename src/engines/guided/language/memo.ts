/**
 * Bounded least-recently-used memos for the guided interviewer's pure text work. Every
 * turn replays the whole transcript, so the same sentences and the same states are read
 * again and again; remembering the answers keeps a late turn as cheap as an early one.
 * A memo is keyed by the full input it depends on, so it can only skip work, never
 * change a result. Values are frozen, because one answer is shared by every caller.
 */

export interface Memo<Value> {
  /** The remembered value for `key`, computing and remembering it when there is none. */
  get(key: string, compute: () => Value): Value;
  readonly size: number;
}

const everyMemo = new Set<Map<string, unknown>>();

export function createMemo<Value>(capacity: number): Memo<Value> {
  const entries = new Map<string, Value>();
  everyMemo.add(entries);
  return {
    get(key, compute) {
      if (entries.has(key)) {
        const value = entries.get(key) as Value;
        // A Map iterates in insertion order: re-inserting marks the entry as the newest.
        entries.delete(key);
        entries.set(key, value);
        return value;
      }
      const value = deepFreeze(compute());
      entries.set(key, value);
      if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
      return value;
    },
    get size() {
      return entries.size;
    },
  };
}

/** Forgets everything every memo remembers; for checking that memos never change a result. */
export function clearMemos(): void {
  for (const entries of everyMemo) entries.clear();
}

function deepFreeze<Value>(value: Value): Value {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
