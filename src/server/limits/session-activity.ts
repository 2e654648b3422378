import type { SpecChatSession } from "../../session/index.js";

/**
 * When each session was last used, for the idle reaper. Held weakly, so a session that
 * leaves the registry is forgotten with it.
 *
 * Use is heard in two ways, each in one place. The session's own events: `follow`
 * listens to every session the server makes or brings back (src/server/server-sessions.ts),
 * from that moment on, to each turn's start, frames and end. And a client's frame on the
 * project (src/server/routes/spec-socket.ts), since one that begins no turn is use too: a
 * refused message, or a `ping`, which the reference page sends every 30 s while it is open.
 */
export class SessionActivity {
  private readonly lastSeen = new WeakMap<SpecChatSession, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Counts the session as used now (it was just made, or brought back from the store)
   * and whenever it starts a turn, sends a frame or ends a turn; returns how to stop.
   */
  follow(session: SpecChatSession): () => void {
    this.touch(session);
    return session.listen({
      turnStarted: (used) => this.touch(used),
      frame: (used) => this.touch(used),
      turnEnded: (used) => this.touch(used),
    });
  }

  /** A client sent a frame on the project whose live session this is (if it has one). */
  clientFrame(session: SpecChatSession | undefined): void {
    this.touch(session);
  }

  private touch(session: SpecChatSession | undefined): void {
    if (session) this.lastSeen.set(session, this.now());
  }

  lastActive(session: SpecChatSession): number {
    return this.lastSeen.get(session) ?? session.createdAt.getTime();
  }
}
