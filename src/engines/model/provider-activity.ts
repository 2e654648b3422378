import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Signs of life from the provider, below what the SDK shows. A model that thinks for a
 * long while, or an Anthropic stream that sends only `ping` events, produces no part
 * the SDK hands on, yet bytes keep arriving; the stall timeout must count those
 * (https://docs.anthropic.com/en/docs/build-with-claude/streaming: "Event streams may
 * also include any number of ping events"). A step runs its request inside
 * `whileReceiving`, and the fetch below reports every chunk of the response body.
 */
const listeners = new AsyncLocalStorage<() => void>();

/** Runs `work` with `onActivity` called for every chunk any request inside it receives. */
export function whileReceiving<T>(onActivity: () => void, work: () => T): T {
  return listeners.run(onActivity, work);
}

/** A fetch that reports the response body's chunks to the listener of the step that made it. */
export const activityReportingFetch: typeof fetch = async (input, init) => {
  const onActivity = listeners.getStore();
  const response = await fetch(input, init);
  if (!onActivity || response.body === null) return response;
  onActivity();
  const reported = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onActivity();
        controller.enqueue(chunk);
      },
    }),
  );
  return new Response(reported, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
