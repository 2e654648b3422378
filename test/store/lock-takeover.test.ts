import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SessionStore } from "../../src/store/index.js";
import { textDigest } from "../../src/store/lock-files.js";
import { LockTaker, pidOfEndedProcess, writeStaleLock } from "../support/lock-taker.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const TAKERS = 8;
const ROUNDS = 6;

const takers: LockTaker[] = [];
afterEach(() => {
  for (const taker of takers.splice(0)) taker.child.kill("SIGKILL");
});

describe("a stale lock taken over by many processes at once", () => {
  it("goes to exactly one of them, every time", async () => {
    const stateDir = join(await tempDir(), "demo/.specwright");
    await mkdir(stateDir, { recursive: true });
    takers.push(...Array.from({ length: TAKERS }, () => new LockTaker()));
    expect(await Promise.all(takers.map((taker) => taker.next()))).toEqual(takers.map(() => "ready"));
    const lockPath = join(stateDir, "lock");
    const ended = pidOfEndedProcess();
    for (let round = 1; round <= ROUNDS; round++) {
      await writeStaleLock(lockPath, round, ended);
      // All of them set off within a millisecond of each other.
      const startAt = Date.now() + 200;
      const answers = await Promise.all(takers.map((taker) => taker.take(stateDir, 60_000, startAt)));
      const winners = takers.filter((_, index) => answers[index] === "won");
      expect(winners, `round ${round}: ${answers.join(", ")}`).toHaveLength(1);
      expect(answers.filter((answer) => answer !== "won")).toEqual(
        Array.from({ length: TAKERS - 1 }, () => "lost ProjectLockedError"),
      );
      const holder = JSON.parse(await readFile(lockPath, "utf8"));
      expect(holder.pid).toBe(winners[0]!.child.pid);
      expect(await winners[0]!.ask("release")).toBe("released");
    }
    // No takeover claims or half-made files left beside the lock, and the lock let go.
    expect(await readdir(stateDir)).toEqual([]);
  });
});

describe("a lock taken over", () => {
  const newInterview = { engine: "guided", model: null, createdAt: new Date("2026-11-24T10:00:00.000Z") };

  it("is not taken back by the heartbeat or the release of the process that lost it", async () => {
    const projectsDir = await tempDir();
    const store = new SessionStore(projectsDir, { heartbeatMs: 5, warn: () => {} });
    const { log } = await store.begin("demo", newInterview);
    const lockPath = join(projectsDir, "demo/.specwright/lock");
    // Another process judged this one stale (frozen, say) and took the project over.
    const now = new Date().toISOString();
    const other = `${JSON.stringify({ pid: 1, host: "elsewhere", owner: "specwright chat", startedAt: now, heartbeatAt: now })}\n`;
    await writeFile(`${lockPath}.next`, other);
    await rename(`${lockPath}.next`, lockPath);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await readFile(lockPath, "utf8")).toBe(other);
    await log.close();
    expect(await readFile(lockPath, "utf8")).toBe(other);
  });

  it("is taken even when an earlier taker died halfway, leaving its claim", async () => {
    const projectsDir = await tempDir();
    const stateDir = join(projectsDir, "demo/.specwright");
    await mkdir(stateDir, { recursive: true });
    const gone = pidOfEndedProcess();
    const now = new Date().toISOString();
    const stale = JSON.stringify({
      pid: gone,
      host: hostname(),
      owner: "specwright serve",
      startedAt: now,
      heartbeatAt: now,
    });
    await writeFile(join(stateDir, "lock"), stale);
    await writeFile(join(stateDir, `lock.takeover-${textDigest(stale)}`), stale);
    const store = new SessionStore(projectsDir, { warn: () => {} });
    const { log } = await store.begin("demo", newInterview);
    expect(JSON.parse(await readFile(join(stateDir, "lock"), "utf8")).pid).toBe(process.pid);
    await log.close();
    expect((await readdir(stateDir)).filter((name) => name.startsWith("lock"))).toEqual([]);
  });
});
