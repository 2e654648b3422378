import { randomBytes } from "node:crypto";
import { link, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { errorCode } from "../workspace/error-code.js";
import {
  isOwnLock,
  isStaleLock,
  type LockHolder,
  lockHolderSchema,
  ProjectLockedError,
} from "./lock-holder.js";

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
  const holder = await readHolder(join(stateDir, LOCK_FILE));
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

async function takeFile(projectName: string, path: string, options: LockOptions): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    const now = new Date().toISOString();
    const mine: LockHolder = {
      pid: process.pid,
      host: hostname(),
      owner: options.owner,
      startedAt: now,
      heartbeatAt: now,
    };
    if (await createExclusive(path, mine)) break;
    const holder = await readHolder(path);
    if (holder === null) continue;
    if (holder === "unreadable") {
      // Being written by another process this very moment, or left half-written long ago.
      if (!(await olderThan(path, options.staleMs)))
        throw new ProjectLockedError(projectName, unknownHolder());
    } else if (!isOwnLock(holder) && !isStaleLock(holder, options.staleMs)) {
      throw new ProjectLockedError(projectName, holder);
    }
    if (attempt >= 3)
      throw new ProjectLockedError(projectName, holder === "unreadable" ? unknownHolder() : holder);
    // A stale lock (or one this process left behind) is removed and taken afresh.
    await rm(path, { force: true });
  }
  await options.onTaken?.(dirname(path));
  const timer = setInterval(() => void refresh(path), options.heartbeatMs);
  // A heartbeat alone never keeps the process alive.
  timer.unref();
  held.set(path, { holds: 0, timer });
}

/** Writes the whole file beside, then links it into place: the lock file appears complete or not at all. */
async function createExclusive(path: string, holder: LockHolder): Promise<boolean> {
  const temporary = `${path}.${randomBytes(6).toString("hex")}.new`;
  await writeFile(temporary, `${JSON.stringify(holder)}\n`, { flag: "wx" });
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}

async function readHolder(path: string): Promise<LockHolder | "unreadable" | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
  try {
    const parsed = lockHolderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    return "unreadable";
  }
}

/** The heartbeat: the file says this process still runs. A lock taken over meanwhile is left to its new holder. */
async function refresh(path: string): Promise<void> {
  try {
    const holder = await readHolder(path);
    if (!holder || holder === "unreadable" || !isOwnLock(holder)) return;
    const temporary = `${path}.${randomBytes(6).toString("hex")}.new`;
    await writeFile(temporary, `${JSON.stringify({ ...holder, heartbeatAt: new Date().toISOString() })}\n`);
    await rename(temporary, path);
  } catch {
    // A missed beat is made up by the next one; a lock that stays silent goes stale, as it should.
  }
}

async function removeIfOurs(path: string): Promise<void> {
  const holder = await readHolder(path).catch(() => null);
  if (holder && holder !== "unreadable" && isOwnLock(holder)) await rm(path, { force: true }).catch(() => {});
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
