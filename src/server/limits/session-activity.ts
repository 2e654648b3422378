import type { SpecChatSession } from "../../session/index.js";

/**
 * When each session last saw a frame or a turn event. Held weakly, so a session that
 * leaves the registry is forgotten with it.
 */
export class SessionActivity {
  private readonly lastSeen = new WeakMap<SpecChatSession, number>();

  constructor(private readonly now: () => number = Date.now) {}

  touch(session: SpecChatSession | undefined): void {
    if (session) this.lastSeen.set(session, this.now());
  }

  lastActive(session: SpecChatSession): number {
    return this.lastSeen.get(session) ?? session.createdAt.getTime();
  }
}
