import { type InterviewState, type InterviewStore, ProjectLockedError } from "../store/index.js";
import type { ServerFrame } from "../types/wire.js";
import type { SpecChatSession } from "./spec-chat-session.js";

/** Makes a fresh session for a project; the registry decides when. */
export type SessionFactory = (projectName: string) => SpecChatSession;

/** Brings back a project's kept interview (after a restart), or null when there is none. */
export type SessionRestorer = (projectName: string) => Promise<SpecChatSession | null>;

/** A window on a project: it gets the frames of the project's live interview, whoever began the turn. */
export interface ProjectWatcher {
  frame(frame: ServerFrame): void;
  /** A `start` (from `origin`) put a new interview in place of the one before. */
  replaced(session: SpecChatSession, origin: unknown): void;
}

export interface SessionRegistryOptions {
  /** Where interviews are kept: read without taking a project, and asked who else writes one. */
  store?: InterviewStore;
}

/**
 * The live sessions, one per project, and the windows watching each project. Map
 * updates happen synchronously, so no await can interleave inside them; closing a
 * replaced session happens afterwards, outside that critical section, so a slow close
 * never blocks another project. Only the registered session's frames reach watchers.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, SpecChatSession>();
  private readonly restoring = new Map<string, Promise<SpecChatSession | null>>();
  /** Sessions being removed (no successor): their turn's last frames still reach the project's windows. */
  private readonly removing = new Map<string, SpecChatSession>();
  private readonly watchers = new Map<string, Set<ProjectWatcher>>();
  private readonly store: InterviewStore | undefined;

  constructor(
    private readonly createSession: SessionFactory,
    private readonly restoreSession: SessionRestorer | null = null,
    options: SessionRegistryOptions = {},
  ) {
    this.store = options.store;
  }

  get(projectName: string): SpecChatSession | undefined {
    return this.sessions.get(projectName);
  }

  /**
   * The live session, or the project's kept interview brought back to life. Concurrent
   * callers share one restore; a session created meanwhile wins over the restored one.
   * Throws ProjectLockedError when another process writes the project.
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
    if (current) {
      if (restored && restored !== current) await closeQuietly(restored);
      return current;
    }
    if (!restored) return undefined;
    this.register(restored);
    return restored;
  }

  /** The project's interview as kept, read without taking the project (another process may write it). */
  async readKept(projectName: string): Promise<InterviewState | null> {
    return (await this.store?.read(projectName)) ?? null;
  }

  /** Throws ProjectLockedError when another process writes the project. */
  async assertWritable(projectName: string): Promise<void> {
    const holder = await this.store?.holder(projectName);
    if (holder) throw new ProjectLockedError(projectName, holder);
  }

  /** Project names with a live session. */
  list(): string[] {
    return [...this.sessions.keys()];
  }

  get size(): number {
    return this.sessions.size;
  }

  /**
   * A new session for the project; an existing one is closed first (its turn cancelled).
   * Every watcher hears of it, with the `origin` the caller gave (its own window, say).
   */
  async create(projectName: string, origin?: unknown): Promise<SpecChatSession> {
    const previous = this.sessions.get(projectName);
    const session = this.createSession(projectName);
    this.register(session);
    for (const watcher of this.watchersOf(projectName)) watcher.replaced(session, origin);
    if (previous) await closeQuietly(previous);
    return session;
  }

  /**
   * Closes and forgets the project's session; false when there was none. Its running
   * turn is stopped and waited for (as long as `close` waits), so a caller that goes on
   * to delete the project's files does so once nothing writes them any more; the
   * windows on the project see that turn end.
   */
  async remove(projectName: string): Promise<boolean> {
    const session = this.sessions.get(projectName);
    if (!session) return false;
    this.sessions.delete(projectName);
    this.removing.set(projectName, session);
    try {
      await closeQuietly(session);
    } finally {
      if (this.removing.get(projectName) === session) this.removing.delete(projectName);
    }
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

  /** Starts sending the project's frames to `watcher`; returns how to stop. */
  watch(projectName: string, watcher: ProjectWatcher): () => void {
    let set = this.watchers.get(projectName);
    if (!set) {
      set = new Set();
      this.watchers.set(projectName, set);
    }
    set.add(watcher);
    return () => {
      set.delete(watcher);
      if (set.size === 0 && this.watchers.get(projectName) === set) this.watchers.delete(projectName);
    };
  }

  private register(session: SpecChatSession): void {
    const { projectName } = session;
    this.sessions.set(projectName, session);
    session.listen({
      frame: (from, frame) => {
        if (!this.speaksFor(projectName, from)) return;
        for (const watcher of this.watchersOf(projectName)) watcher.frame(frame);
      },
    });
  }

  /** The registered session, or, while none is, the one being removed. A replaced session speaks no more. */
  private speaksFor(projectName: string, session: SpecChatSession): boolean {
    const current = this.sessions.get(projectName);
    return current === session || (current === undefined && this.removing.get(projectName) === session);
  }

  private watchersOf(projectName: string): ProjectWatcher[] {
    return [...(this.watchers.get(projectName) ?? [])];
  }
}

async function closeQuietly(session: SpecChatSession): Promise<void> {
  try {
    await session.close();
  } catch {
    // A session that fails to close is gone from the registry all the same.
  }
}
