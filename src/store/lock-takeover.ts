import { stat } from "node:fs/promises";
import { createExclusive, readLockFile, removeIfUnchanged, textDigest } from "./lock-files.js";
import { isStaleLock, type LockHolder } from "./lock-holder.js";

/** How a takeover went: the stale file is gone (take the lock now), or someone else is at it. */
export type TakeoverOutcome = "removed" | "busy";

/**
 * Removes a stale lock file so that exactly one of the processes that found it stale at
 * the same moment goes on to take the lock. Removing it by name would not do: two
 * processes read the stale file, the first removes it and takes the lock, and the second
 * then removes the first one's fresh lock and takes it too.
 *
 * Instead, a process first claims this very stale file by creating `<lock>.takeover-<digest
 * of its text>` exclusively; only one process can. Holding the claim, it reads the lock
 * again and goes on only if it still holds the same text (a process that claims it after
 * the first taker let go finds the first taker's new lock and stands back). The file is
 * then removed with a rename and a compare (`removeIfUnchanged`), so even a holder that
 * woke up and beat meanwhile keeps its lock. The claim is let go at once; taking the
 * freed lock is an exclusive create, which again only one process wins.
 *
 * A claim whose taker died (its process is gone from this host, or it is older than
 * `staleMs`) is cleared the same way, by rename and compare, and the takeover tried again.
 */
export async function takeOverStaleLock(
  lockPath: string,
  staleText: string,
  taker: LockHolder,
  staleMs: number,
): Promise<TakeoverOutcome> {
  const claimPath = `${lockPath}.takeover-${textDigest(staleText)}`;
  if (!(await createExclusive(claimPath, `${JSON.stringify(taker)}\n`))) {
    const claim = await readLockFile(claimPath);
    if (claim !== null && (await isAbandoned(claimPath, claim.holder, staleMs)))
      await removeIfUnchanged(claimPath, claim.text);
    return "busy";
  }
  try {
    const now = await readLockFile(lockPath);
    // Gone already (its holder let go): the lock is free to be taken by whoever is first.
    if (now === null) return "removed";
    if (now.text !== staleText) return "busy";
    return (await removeIfUnchanged(lockPath, staleText)) ? "removed" : "busy";
  } finally {
    await removeIfUnchanged(claimPath, `${JSON.stringify(taker)}\n`);
  }
}

async function isAbandoned(
  path: string,
  holder: LockHolder | "unreadable",
  staleMs: number,
): Promise<boolean> {
  if (holder !== "unreadable") return isStaleLock(holder, staleMs);
  const stats = await stat(path).catch(() => null);
  return stats === null || Date.now() - stats.mtimeMs > staleMs;
}
