/**
 * Signs of life from the provider, below what the SDK shows. A model that thinks for a
 * long while, or an Anthropic stream that sends only `ping` events, produces no part
 * the SDK hands on, yet bytes keep arriving; the stall timeout must count those
 * (https://docs.anthropic.com/en/docs/build-with-claude/streaming: "Event streams may
 * also include any number of ping events").
 *
 * A step's listener is found through the abort signal it gives the SDK: the step hands
 * that very signal to the provider's `doStream` (model-parts.ts), which passes it to
 * `fetch` as `init.signal` (@ai-sdk/provider-utils' `postToApi`). Each step makes a signal of its own, so a
 * request's bytes reach the step that made it and never another. This replaced an
 * `AsyncLocalStorage`, whose hooks on every promise of the process cost more CPU per
 * streamed chunk than the rest of the relay's own code (bench/README.md).
 */
const listeners = new WeakMap<AbortSignal, () => void>();

/**
 * Calls `onActivity` for every chunk any request made with `signal` receives, until the
 * returned function is called.
 */
export function reportActivity(signal: AbortSignal, onActivity: () => void): () => void {
  listeners.set(signal, onActivity);
  return () => {
    if (listeners.get(signal) === onActivity) listeners.delete(signal);
  };
}

/** A fetch that reports the response body's chunks to the listener of the step whose signal it carries. */
export const activityReportingFetch: typeof fetch = async (input, init) => {
  const signal = init?.signal;
  const onActivity = signal ? listeners.get(signal) : undefined;
  const response = await fetch(input, init);
  if (!onActivity || response.body === null) return response;
  onActivity();
  const source = response.body.getReader();
  // One pulled stream rather than a TransformStream: a single stage per chunk, read only
  // when the SDK asks, so nothing is buffered ahead of it.
  const reported = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await source.read();
      if (done) {
        controller.close();
        return;
      }
      onActivity();
      controller.enqueue(value);
    },
    cancel(reason) {
      return source.cancel(reason);
    },
  });
  return new Response(reported, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
