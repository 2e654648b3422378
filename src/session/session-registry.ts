import type { SpecChatSession } from "./spec-chat-session.js";

/** Makes a fresh session for a project; the registry decides when. */
export type SessionFactory = (projectName: string) => SpecChatSession;

/** Brings back a project's kept interview (after a restart), or null when there is none. */
export type SessionRestorer = (projectName: string) => Promise<SpecChatSession | null>;

/**
 * The live sessions, one per project. Map updates happen synchronously, so no await
 * can interleave inside them; closing a replaced session happens afterwards, outside
 * that critical section, so a slow close never blocks another project.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, SpecChatSession>();
  private readonly restoring = new Map<string, Promise<SpecChatSession | null>>();

  constructor(
    private readonly createSession: SessionFactory,
    private readonly restoreSession: SessionRestorer | null = null,
  ) {}

  get(projectName: string): SpecChatSession | undefined {
    return this.sessions.get(projectName);
  }

  /**
   * The live session, or the project's kept interview brought back to life. Concurrent
   * callers share one restore; a session created meanwhile wins over the restored one.
   */
  async getOrRestore(projectName: string): Promise<SpecChatSession | undefined> {
    const live = this.sessions.get(projectName);
    if (live || !this.restoreSession) return live;
    let pending = this.restoring.get(projectName);
    if (!pending) {
      pending = this.restoreSession(projectName).finally(() => this.restoring.delete(projectName));
      this.restoring.set(projectName, pending);
    }
    const restored = await pending;
    const current = this.sessions.get(projectName);
    if (current) return current;
    if (!restored) return undefined;
    this.sessions.set(projectName, restored);
    return restored;
  }

  /** Project names with a live session. */
  list(): string[] {
    return [...this.sessions.keys()];
  }

  get size(): number {
    return this.sessions.size;
  }

  /** A new session for the project; an existing one is closed first (its turn cancelled). */
  async create(projectName: string): Promise<SpecChatSession> {
    const previous = this.sessions.get(projectName);
    const session = this.createSession(projectName);
    this.sessions.set(projectName, session);
    if (previous) await closeQuietly(previous);
    return session;
  }

  /** Closes and forgets the project's session; false when there was none. */
  async remove(projectName: string): Promise<boolean> {
    const session = this.sessions.get(projectName);
    if (!session) return false;
    this.sessions.delete(projectName);
    await closeQuietly(session);
    return true;
  }

  /** Forgets a session only if it is still the registered one (for idle timeouts and the like). */
  async removeIfCurrent(session: SpecChatSession): Promise<boolean> {
    if (this.sessions.get(session.projectName) !== session) return false;
    return this.remove(session.projectName);
  }

  /** Closes every session; used on shutdown. */
  async cleanupAll(): Promise<void> {
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(all.map(closeQuietly));
  }
}

async function closeQuietly(session: SpecChatSession): Promise<void> {
  try {
    await session.close();
  } catch {
    // A session that fails to close is gone from the registry all the same.
  }
}
