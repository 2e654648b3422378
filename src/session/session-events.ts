import type { ServerFrame } from "../types/wire.js";
import type { SpecChatSession } from "./spec-chat-session.js";

/** What began a turn. */
export type TurnKind = "start" | "message" | "answer" | "retry";

/**
 * What a session tells whoever listens: the server (logs, idle tracking), the registry
 * (every window on the project gets the turn's frames). Refusals, which begin no turn,
 * are not told: they belong to the one client that asked.
 */
export interface SessionListener {
  turnStarted?(session: SpecChatSession, kind: TurnKind): void;
  /** Each frame of a running turn, in order, before the caller iterating the turn gets it. */
  frame?(session: SpecChatSession, frame: ServerFrame): void;
  turnEnded?(session: SpecChatSession, kind: TurnKind, durationMs: number): void;
  /** The session was closed and its last turn has wound down: it writes nothing more. */
  closed?(session: SpecChatSession): void;
}

/** A list of listeners; one that throws is skipped, never the turn. */
export class SessionListeners {
  private readonly listeners = new Set<SessionListener>();

  add(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<K extends keyof SessionListener>(name: K, ...args: Parameters<NonNullable<SessionListener[K]>>): void {
    for (const listener of [...this.listeners]) {
      try {
        (listener[name] as ((...values: unknown[]) => void) | undefined)?.(...args);
      } catch {
        // A listener's failure is its own; the interview goes on.
      }
    }
  }
}

/**
 * A turn's frames as a session hands them out. `began` says whether a turn began (and
 * will end with `response_done`) or the call was refused with one error frame, so a
 * caller knows whether everyone listening gets these frames or only itself.
 */
export type TurnFrames = AsyncIterable<ServerFrame> & { readonly began: boolean };

export function refused(frame: ServerFrame): TurnFrames {
  const frames = (async function* () {
    yield frame;
  })();
  return Object.assign(frames, { began: false });
}

export function begun(frames: AsyncIterable<ServerFrame>): TurnFrames {
  return Object.assign(frames, { began: true });
}
