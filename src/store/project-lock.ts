import { type FileHandle, mkdir, open, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import {
  createExclusive,
  parseHolder,
  readLockFile,
  removeIfUnchanged,
  sweepLockLeftovers,
} from "./lock-files.js";
import { isOwnLock, isStaleLock, type LockHolder, ProjectLockedError } from "./lock-holder.js";
import { takeOverStaleLock } from "./lock-takeover.js";

export const LOCK_FILE = "lock";
export const DEFAULT_HEARTBEAT_MS = 15_000;
export const DEFAULT_STALE_MS = 60_000;

export interface LockOptions {
  /** What this process is, for the person another process tells: "specwright serve". */
  owner: string;
  heartbeatMs: number;
  staleMs: number;
  /** Runs once the lock file is ours, before anyone in this process writes the project. */
  onTaken?: (stateDir: string) => Promise<void>;
}

/** A hold on a project's lock; the file goes when the last hold in this process is released. */
export interface ProjectLock {
  release(): Promise<void>;
}

interface Held {
  holds: number;
  timer: NodeJS.Timeout;
  /** Set while the file is being removed; an acquirer waits for it and takes the lock afresh. */
  closing?: Promise<void>;
}

/**
 * Locks are per process: two sessions (or a store and a session) of one process on one
 * project share the file, counted, so only another process is ever refused.
 */
const held = new Map<string, Held>();
const taking = new Map<string, Promise<void>>();

/**
 * Takes `<stateDir>/lock` for this process, or throws ProjectLockedError naming the
 * process that has it. A lock whose holder stopped (see isStaleLock) is taken over.
 */
export async function acquireProjectLock(
  projectName: string,
  stateDir: string,
  options: LockOptions,
): Promise<ProjectLock> {
  const path = join(stateDir, LOCK_FILE);
  while (true) {
    const current = held.get(path);
    if (current?.closing) {
      await current.closing;
      continue;
    }
    if (current) {
      current.holds += 1;
      return holdOn(path, current);
    }
    let pending = taking.get(path);
    if (!pending) {
      pending = takeFile(projectName, path, options).finally(() => taking.delete(path));
      taking.set(path, pending);
    }
    await pending;
  }
}

/** Another live process holding the project's lock, or null when this one may write it. */
export async function projectLockHolder(stateDir: string, staleMs: number): Promise<LockHolder | null> {
  const holder = (await readLockFile(join(stateDir, LOCK_FILE)))?.holder;
  if (!holder || holder === "unreadable" || isOwnLock(holder) || isStaleLock(holder, staleMs)) return null;
  return holder;
}

function holdOn(path: string, entry: Held): ProjectLock {
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      entry.holds -= 1;
      if (entry.holds > 0) return;
      clearInterval(entry.timer);
      entry.closing = removeIfOurs(path).finally(() => {
        if (held.get(path) === entry) held.delete(path);
      });
      await entry.closing;
    },
  };
}

/** How long a taker keeps trying while another process takes over the same stale lock. */
const TAKEOVER_PATIENCE_MS = 2_000;

async function takeFile(projectName: string, path: string, options: LockOptions): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const began = Date.now();
  for (;;) {
    const now = new Date().toISOString();
    const mine: LockHolder = {
      pid: process.pid,
      host: hostname(),
      owner: options.owner,
      startedAt: now,
      heartbeatAt: now,
    };
    if (await createExclusive(path, `${JSON.stringify(mine)}\n`)) break;
    const found = await readLockFile(path);
    const patient = Date.now() - began < TAKEOVER_PATIENCE_MS;
    if (found === null) {
      // Let go between the failed create and the read: try to create it again.
      if (patient) continue;
      throw new ProjectLockedError(projectName, unknownHolder());
    }
    const holder = found.holder;
    if (holder === "unreadable") {
      // Damaged long ago (lock files are linked into place whole): stale once old enough.
      if (!(await olderThan(path, options.staleMs)))
        throw new ProjectLockedError(projectName, unknownHolder());
    } else if (!isOwnLock(holder) && !isStaleLock(holder, options.staleMs)) {
      throw new ProjectLockedError(projectName, holder);
    }
    if (!patient)
      throw new ProjectLockedError(projectName, holder === "unreadable" ? unknownHolder() : holder);
    // A stale lock (or one this process left behind) is taken over; see takeOverStaleLock.
    if ((await takeOverStaleLock(path, found.text, mine, options.staleMs)) === "busy")
      await delay(5 + Math.random() * 20);
  }
  // Two tidy-ups of what crashes left, of different files: done at once.
  await Promise.all([sweepLockLeftovers(path, options.staleMs), options.onTaken?.(dirname(path))]);
  const timer = setInterval(() => void refresh(path), options.heartbeatMs);
  // A heartbeat alone never keeps the process alive.
  timer.unref();
  held.set(path, { holds: 0, timer });
}

/**
 * The heartbeat: the file says this process still runs. It is rewritten in place, through
 * a handle opened on the file this process checked is its own: a lock taken over
 * meanwhile is another file, which this never touches. The new text has the same length
 * as the old (a time stamp replaces a time stamp), so a reader sees one or the other.
 */
async function refresh(path: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, "r+");
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const holder = parseHolder(buffer.subarray(0, bytesRead).toString("utf8"));
    if (holder === "unreadable" || !isOwnLock(holder)) return;
    const next = Buffer.from(`${JSON.stringify({ ...holder, heartbeatAt: new Date().toISOString() })}\n`);
    await handle.write(next, 0, next.length, 0);
    if (next.length !== bytesRead) await handle.truncate(next.length);
  } catch {
    // A missed beat is made up by the next one; a lock that stays silent goes stale, as it should.
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** Removes the lock file if it still names this process, and only that very file. */
async function removeIfOurs(path: string): Promise<void> {
  const found = await readLockFile(path).catch(() => null);
  if (found && found.holder !== "unreadable" && isOwnLock(found.holder))
    await removeIfUnchanged(path, found.text).catch(() => {});
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  const stats = await stat(path).catch(() => null);
  return stats === null || Date.now() - stats.mtimeMs > ms;
}

function unknownHolder(): LockHolder {
  const now = new Date().toISOString();
  return {
    pid: 0,
    host: "an unknown computer",
    owner: "another Specwright",
    startedAt: now,
    heartbeatAt: now,
  };
}
