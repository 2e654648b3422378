/**
 * Iterates `source` until it ends or `signal` aborts, whichever comes first. An engine
 * stuck in a network read can't hold a cancelled turn open: on abort the iteration
 * ends at once and the source is asked to stop in the background.
 */
export async function* abortable<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  if (signal.aborted) return;
  const iterator = source[Symbol.asyncIterator]();
  let onAbort: () => void = () => {};
  const aborted = new Promise<"aborted">((resolve) => {
    onAbort = () => resolve("aborted");
    signal.addEventListener("abort", onAbort, { once: true });
  });
  let finished = false;
  try {
    while (true) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next === "aborted") return;
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
    if (!finished) {
      // Ask the source to clean up, but never wait on it: it may be the thing that hangs.
      iterator.return?.().catch(() => {});
    }
  }
}
