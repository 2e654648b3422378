import type { ServerFrame } from "../types/wire.js";

/**
 * Frames a turn produces outside the engine's stream of events: those of a tool call,
 * made the moment the call returns (a spec file on disk), while the engine is still
 * busy. The turn's loop takes them in between the engine's events, in the order they
 * happened. A failure here (a record that could not be written) is kept for the loop
 * to throw, since it happened where nobody could catch it.
 */
export class SideFrames {
  private frames: ServerFrame[] = [];
  private listener: (() => void) | null = null;
  private failed: { error: unknown } | null = null;

  get size(): number {
    return this.frames.length;
  }

  /** What went wrong while making side frames, once it has. */
  get failure(): { error: unknown } | null {
    return this.failed;
  }

  push(...frames: ServerFrame[]): void {
    if (frames.length === 0) return;
    this.frames.push(...frames);
    this.listener?.();
  }

  fail(error: unknown): void {
    this.failed ??= { error };
    this.listener?.();
  }

  /** The frames waiting, oldest first; the queue is empty afterwards. */
  take(): ServerFrame[] {
    const taken = this.frames;
    this.frames = [];
    return taken;
  }

  /** Calls `listener` whenever a frame (or a failure) arrives; one listener at a time. */
  listen(listener: () => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }
}
