import type { SessionRegistry, SpecChatSession } from "../../session/index.js";
import type { SessionActivity } from "./session-activity.js";

export interface IdleReaperOptions {
  registry: SessionRegistry;
  activity: SessionActivity;
  idleTimeoutMs: number;
  /** How often to look; defaults to a quarter of the timeout, between 10 ms and a minute. */
  intervalMs?: number;
  now?: () => number;
  onExpired?: (session: SpecChatSession, idleMs: number) => void;
}

/**
 * Closes sessions nobody has used for `idleTimeoutMs`: no frame from any client and no
 * turn running. A session left behind by a closed browser tab would otherwise hold its
 * transcript and engine forever.
 */
export class IdleReaper {
  private timer: NodeJS.Timeout | null = null;
  private readonly intervalMs: number;
  private readonly now: () => number;

  constructor(private readonly options: IdleReaperOptions) {
    this.intervalMs = options.intervalMs ?? Math.min(60_000, Math.max(10, options.idleTimeoutMs / 4));
    this.now = options.now ?? Date.now;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.sweep(), this.intervalMs);
    // An idle check alone must never keep the process alive.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Closes every expired session; answers the projects whose sessions it closed. */
  async sweep(): Promise<string[]> {
    const { registry, activity, idleTimeoutMs } = this.options;
    const now = this.now();
    const expired: { session: SpecChatSession; idleMs: number }[] = [];
    for (const name of registry.list()) {
      const session = registry.get(name);
      if (!session || session.isBusy()) continue;
      const idleMs = now - activity.lastActive(session);
      if (idleMs >= idleTimeoutMs) expired.push({ session, idleMs });
    }
    const closed: string[] = [];
    for (const { session, idleMs } of expired) {
      // A client may have started over on this project meanwhile; only the same session goes.
      if (await this.options.registry.removeIfCurrent(session)) {
        closed.push(session.projectName);
        this.options.onExpired?.(session, idleMs);
      }
    }
    return closed;
  }
}
