import type { EngineEvent } from "../types/engine-events.js";
import type { ServerFrame } from "../types/wire.js";
import type { SideFrames } from "./side-frames.js";

/** One thing that happened in a turn: an engine's event, or frames its tool calls made meanwhile. */
export type TurnItem = { kind: "event"; event: EngineEvent } | { kind: "frames"; frames: ServerFrame[] };

export interface TurnEventsOptions {
  signal: AbortSignal;
  side: SideFrames;
  /** How long a stopped engine gets to wind down before it is left behind. */
  stopGraceMs: number;
}

/**
 * The engine's events, with the frames its tool calls made meanwhile put in between,
 * in the order they happened. Until the turn is stopped this ends when the engine ends.
 * Once `signal` aborts, the engine gets `stopGraceMs` to wind down (to record which of
 * its calls ran and which did not); an engine still going after that (stuck in a
 * network read, say) is left behind and asked to stop in the background, so it can
 * never hold a stopped turn open. The turn's tools refuse every call from the stop on,
 * so an engine left behind writes nothing more.
 */
export async function* turnEvents(
  source: AsyncIterable<EngineEvent>,
  options: TurnEventsOptions,
): AsyncGenerator<TurnItem> {
  const { signal, side } = options;
  const iterator = source[Symbol.asyncIterator]();
  // One waiter and one flag per source, so no promise piles up over a long turn.
  let wake: (() => void) | null = null;
  const nudge = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const engine: {
    asked: boolean;
    settled: { result: IteratorResult<EngineEvent> } | { error: unknown } | null;
  } = { asked: false, settled: null };
  let late = false;
  let timer: NodeJS.Timeout | undefined;
  const onAbort = () => {
    timer ??= setTimeout(() => {
      late = true;
      nudge();
    }, options.stopGraceMs);
  };
  const stopListening = side.listen(nudge);
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  let finished = false;
  try {
    while (true) {
      const failure = side.failure;
      if (failure) throw failure.error;
      // Frames a tool call made came before whatever the engine did after that call returned.
      if (side.size > 0) {
        yield { kind: "frames", frames: side.take() };
        continue;
      }
      if (late) return;
      if (!engine.asked) {
        engine.asked = true;
        iterator.next().then(
          (result) => {
            engine.settled = { result };
            nudge();
          },
          (error: unknown) => {
            engine.settled = { error };
            nudge();
          },
        );
      }
      const settled = engine.settled;
      if (settled === null) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      engine.settled = null;
      engine.asked = false;
      if ("error" in settled) {
        finished = true;
        throw settled.error;
      }
      if (settled.result.done) {
        finished = true;
        return;
      }
      yield { kind: "event", event: settled.result.value };
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", onAbort);
    stopListening();
    if (!finished) {
      // Ask the engine to clean up, but never wait on it: it may be the thing that hangs.
      iterator.return?.(undefined)?.catch(() => {});
    }
  }
}
