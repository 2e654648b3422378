import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/**
 * What the kernel says about another process, read from /proc (Linux): its CPU time and
 * its resident memory, and the same for its whole tree, so a server that starts a
 * program per session (Claude Code) is measured with its children.
 */

/** Clock ticks per second, the unit of the CPU times in /proc/<pid>/stat. */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface StatFields {
  ppid: number;
  /** User + system CPU of the process itself, in seconds. */
  ownCpuSeconds: number;
  /** The same for its children that have ended and been waited for. */
  reapedChildrenCpuSeconds: number;
}

function readStat(pid: number): StatFields | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name (field 2) is in brackets and may hold spaces: count from after it.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // Fields from 3 on: state ppid … utime(14) stime(15) cutime(16) cstime(17).
  const field = (number: number) => Number(fields[number - 3]);
  return {
    ppid: field(4),
    ownCpuSeconds: (field(14) + field(15)) / TICKS_PER_SECOND,
    reapedChildrenCpuSeconds: (field(16) + field(17)) / TICKS_PER_SECOND,
  };
}

/** The process's user + system CPU in seconds, or null once it is gone. */
export function cpuSeconds(pid: number): number | null {
  return readStat(pid)?.ownCpuSeconds ?? null;
}

/** The process's resident set size in bytes (VmRSS), or null once it is gone. */
export function rssBytes(pid: number): number | null {
  return statusField(pid, "VmRSS");
}

/** The highest resident set size the process has had (VmHWM), or null once it is gone. */
export function peakRssBytes(pid: number): number | null {
  return statusField(pid, "VmHWM");
}

function statusField(pid: number, name: string): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = new RegExp(`^${name}:\\s+(\\d+) kB$`, "m").exec(status)?.[1];
    return kib === undefined ? null : Number(kib) * 1024;
  } catch {
    return null;
  }
}

/** The process and every process below it, alive now. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(Number(name));
    if (!stat) continue;
    const siblings = children.get(stat.ppid) ?? [];
    siblings.push(Number(name));
    children.set(stat.ppid, siblings);
  }
  const tree: number[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop()!;
    tree.push(next);
    pending.push(...(children.get(next) ?? []));
  }
  return tree;
}

/** A process tree's memory and CPU: the living processes', plus the CPU of those that ended. */
export interface TreeUsage {
  processes: number;
  rssBytes: number;
  cpuSeconds: number;
}

export function treeUsage(pid: number): TreeUsage {
  let rss = 0;
  let cpu = 0;
  let processes = 0;
  for (const member of processTree(pid)) {
    const stat = readStat(member);
    if (!stat) continue;
    processes += 1;
    cpu += stat.ownCpuSeconds + stat.reapedChildrenCpuSeconds;
    rss += rssBytes(member) ?? 0;
  }
  return { processes, rssBytes: rss, cpuSeconds: cpu };
}

/**
 * How long the process's main thread (the one its JavaScript runs on) has run on a CPU
 * and how long it has waited in the kernel's run queue for one, in seconds
 * (/proc/<pid>/schedstat). Waiting means the machine was busy with other work: every
 * such millisecond is added to whatever the process was about to do.
 */
export function schedulerSeconds(pid: number): { running: number; waiting: number } | null {
  try {
    const [running, waiting] = readFileSync(`/proc/${pid}/schedstat`, "utf8").trim().split(" ").map(Number);
    if (running === undefined || waiting === undefined) return null;
    return { running: running / 1e9, waiting: waiting / 1e9 };
  } catch {
    return null;
  }
}
