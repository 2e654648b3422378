import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./cli-process.js";

/**
 * A process of its own that takes a project's lock when told to (with the built store,
 * dist/store/project-lock.js, which the tests' global setup keeps current), for the test
 * and the benchmark that race many real processes over one lock. Commands on stdin, one
 * a line:
 *
 *   take <stateDir> <staleMs> <startAt>   wait until the clock reads startAt (ms), then try
 *   release                               let go of the lock it won
 *
 * Answers on stdout: `ready` once loaded, then `won`, `lost <error name>`, `released`.
 * It ends when stdin closes.
 */
const SCRIPT = `
import { createInterface } from "node:readline";
const { acquireProjectLock } = await import(process.argv[1]);
let held = null;
const sleeper = new Int32Array(new SharedArrayBuffer(4));
// Sleeps most of the way, then spins, so that every taker sets off within a fraction of a millisecond.
function waitUntil(startAt) {
  const early = startAt - Date.now() - 5;
  if (early > 0) Atomics.wait(sleeper, 0, 0, early);
  while (Date.now() < startAt) {}
}
const lines = createInterface({ input: process.stdin });
process.stdout.write("ready\\n");
for await (const line of lines) {
  const [command, stateDir, staleMs, startAt] = line.trim().split(" ");
  if (command === "take") {
    waitUntil(Number(startAt));
    try {
      held = await acquireProjectLock("demo", stateDir, { owner: "lock taker " + process.pid, heartbeatMs: 60000, staleMs: Number(staleMs) });
      process.stdout.write("won\\n");
    } catch (error) {
      process.stdout.write("lost " + error.name + "\\n");
    }
  } else if (command === "release") {
    await held?.release();
    held = null;
    process.stdout.write("released\\n");
  }
}
await held?.release();
`;

const LOCK_MODULE = pathToFileURL(`${REPO_ROOT}dist/store/project-lock.js`).href;

export class LockTaker {
  readonly child: ChildProcessWithoutNullStreams;
  private readonly answers: string[] = [];
  private waiting: ((line: string) => void) | null = null;

  constructor() {
    this.child = spawn(process.execPath, ["--input-type=module", "-e", SCRIPT, LOCK_MODULE], {
      stdio: "pipe",
    });
    this.child.stderr.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      const wake = this.waiting;
      this.waiting = null;
      if (wake) wake(line);
      else this.answers.push(line);
    });
  }

  /** The next answer, waiting for it if need be. */
  next(): Promise<string> {
    const ready = this.answers.shift();
    if (ready !== undefined) return Promise.resolve(ready);
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  ask(command: string): Promise<string> {
    this.child.stdin.write(`${command}\n`);
    return this.next();
  }

  take(stateDir: string, staleMs: number, startAt: number): Promise<string> {
    return this.ask(`take ${stateDir} ${staleMs} ${startAt}`);
  }
}

/** The pid of a process that has ended, so a lock naming it on this host is stale. */
export function pidOfEndedProcess(): number {
  return spawnSync(process.execPath, ["-e", "0"]).pid!;
}

/**
 * Leaves a stale lock at `lockPath` for round `round` of a race: odd rounds a process
 * gone from this host, even ones a heartbeat silent too long on another host, the two
 * ways a lock goes stale.
 */
export async function writeStaleLock(lockPath: string, round: number, endedPid: number): Promise<void> {
  const silent = new Date(Date.now() - 120_000).toISOString();
  const stale =
    round % 2 === 1
      ? { pid: endedPid, host: hostname(), heartbeatAt: new Date().toISOString() }
      : { pid: 1, host: "elsewhere", heartbeatAt: silent };
  await writeFile(lockPath, JSON.stringify({ ...stale, owner: "specwright serve", startedAt: silent }));
}
