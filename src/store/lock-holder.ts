import { hostname } from "node:os";
import { z } from "zod";

/** Who holds a project's lock, as its lock file says. */
export const lockHolderSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  /** What holds it, for a person: "specwright serve", "specwright chat". */
  owner: z.string(),
  startedAt: z.string(),
  /** Refreshed while the holder runs; a lock whose heartbeat stopped is stale. */
  heartbeatAt: z.string(),
});
export type LockHolder = z.output<typeof lockHolderSchema>;

/** Refused because another process writes the project; it can still be read. */
export class ProjectLockedError extends Error {
  override readonly name = "ProjectLockedError";

  constructor(
    readonly projectName: string,
    readonly holder: LockHolder,
  ) {
    super(describeLockHolder(projectName, holder));
  }
}

export function describeLockHolder(projectName: string, holder: LockHolder): string {
  const since = new Date(holder.startedAt).toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const where = holder.host === hostname() ? "on this computer" : `on ${holder.host}`;
  return `The project "${projectName}" is open in another Specwright (${holder.owner}, process ${holder.pid} ${where}, since ${since}), which alone may write it. Finish or close it there, or wait until it ends; you can still read the interview.`;
}

export function isOwnLock(holder: LockHolder): boolean {
  return holder.pid === process.pid && holder.host === hostname();
}

/**
 * A holder that stopped: its process no longer runs on this host, or its heartbeat is
 * older than `staleMs` (a process on another host, or one frozen, cannot prove it lives).
 */
export function isStaleLock(holder: LockHolder, staleMs: number, now = Date.now()): boolean {
  const beat = Date.parse(holder.heartbeatAt);
  if (!Number.isFinite(beat) || now - beat > staleMs) return true;
  return holder.host === hostname() && !processRuns(holder.pid);
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
