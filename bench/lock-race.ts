/**
 * Many processes taking over one stale project lock at the same instant, round after
 * round: exactly one must win each time (src/store/lock-takeover.ts). The test
 * (test/store/lock-takeover.test.ts) runs a few rounds; this runs many, with more
 * processes, and counts. Uses the built store (dist/): `npm run bench` builds it first.
 *
 *   node --import tsx bench/lock-race.ts [--takers 16] [--rounds 200]
 */
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { LockTaker, pidOfEndedProcess, writeStaleLock } from "../test/support/lock-taker.js";
import { positiveInteger, readFlags } from "./support/flags.js";
import { formatSummary } from "./support/format.js";
import { note, report } from "./support/report.js";
import { rounded, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/lock-race.ts [options]", {
  takers: { default: "16", help: "processes racing for the lock" },
  rounds: { default: "200", help: "stale locks raced for" },
});
const takerCount = positiveInteger("takers", flags.takers);
const rounds = positiveInteger("rounds", flags.rounds);

const counts = { rounds: 0, oneWinner: 0, noWinner: 0, severalWinners: 0, lockNamesAnother: 0 };
const roundMs: number[] = [];
const takers = Array.from({ length: takerCount }, () => new LockTaker());
try {
  await Promise.all(takers.map((taker) => taker.next()));
  await withTempDir(async (dir) => {
    const stateDir = join(dir, "demo/.specwright");
    await mkdir(stateDir, { recursive: true });
    const lockPath = join(stateDir, "lock");
    const ended = pidOfEndedProcess();
    for (let round = 1; round <= rounds; round++) {
      await writeStaleLock(lockPath, round, ended);
      const startAt = Date.now() + 50;
      const answers = await Promise.all(takers.map((taker) => taker.take(stateDir, 60_000, startAt)));
      roundMs.push(Date.now() - startAt);
      const winners = takers.filter((_, index) => answers[index] === "won");
      counts.rounds += 1;
      if (winners.length === 1) counts.oneWinner += 1;
      else if (winners.length === 0) counts.noWinner += 1;
      else counts.severalWinners += 1;
      const holder = JSON.parse(await readFile(lockPath, "utf8").catch(() => "{}")) as { pid?: number };
      if (winners.length === 1 && holder.pid !== winners[0]!.child.pid) counts.lockNamesAnother += 1;
      await Promise.all(winners.map((winner) => winner.ask("release")));
      if (round % 50 === 0) note(`${round} of ${rounds} rounds`);
    }
  });
} finally {
  for (const taker of takers) taker.child.kill("SIGKILL");
}

if (counts.oneWinner !== counts.rounds) process.exitCode = 1;
const took = rounded(summarize(roundMs));
report("lock-race", { takers: takerCount, ...counts, roundMs: took }, [
  `${counts.rounds} rounds of ${takerCount} processes at once over a stale lock: exactly one winner in ${counts.oneWinner}, none in ${counts.noWinner}, several in ${counts.severalWinners}; the lock named another process ${counts.lockNamesAnother} times`,
  `a round, from the start to every answer: ${formatSummary(took)}`,
]);
