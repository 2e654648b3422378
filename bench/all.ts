/**
 * Every benchmark, one after the other, each in its own process (so one's memory does
 * not count against the next) with modest parameters. Summaries go to stderr as they
 * come; stdout gets each benchmark's JSON line, and each benchmark writes its results to
 * bench/results/<name>.json as well.
 *
 *   node --import tsx bench/all.ts [--only validate,startup]
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { choiceList, readFlags } from "./support/flags.js";

/** Each benchmark with the parameters `npm run bench` uses: a minute or two in all on a laptop. */
const BENCHMARKS = {
  validate: ["--runs", "50", "--warmup", "10", "--inspect-runs", "20"],
  "guided-interview": ["--interviews", "5", "--warmup", "1", "--person", "quick,detailed"],
  "model-turn": ["--interviews", "3", "--long-turns", "50", "--long-runs", "1"],
  "interview-cost": ["--think-minutes", "0,6"],
  "request-growth": ["--turns", "200", "--checkpoints", "1,10,25,50,200"],
  "server-load": ["--clients", "50"],
  startup: ["--runs", "5", "--warmup", "1"],
  "long-transcript": ["--turns", "5000", "--compare", "5", "--runs", "10"],
  "crash-loop": ["--kills", "20", "--window-ms", "3000"],
  "project-listing": ["--projects", "1000", "--runs", "20", "--concurrent", "10", "--rounds", "5"],
} as const;
type BenchmarkName = keyof typeof BENCHMARKS;
const NAMES = Object.keys(BENCHMARKS) as BenchmarkName[];

const flags = readFlags("node --import tsx bench/all.ts [options]", {
  only: { default: NAMES.join(","), help: "benchmarks to run, comma-separated" },
});
const chosen = choiceList("only", flags.only, NAMES);

function run(name: BenchmarkName): Promise<number | null> {
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...BENCHMARKS[name]], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", reject);
    child.once("close", resolve);
  });
}

const failed: string[] = [];
for (const name of chosen) {
  process.stderr.write(`\n== ${name} ${BENCHMARKS[name].join(" ")}\n`);
  const code = await run(name);
  if (code !== 0) failed.push(`${name} (exit ${code})`);
}
if (failed.length > 0) {
  process.stderr.write(`\nFailed: ${failed.join(", ")}\n`);
  process.exitCode = 1;
}
