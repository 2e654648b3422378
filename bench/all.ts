/**
 * Every benchmark, one after the other, each in its own process (so one's memory does
 * not count against the next). Summaries go to stderr as they come; stdout gets each
 * benchmark's JSON line, and each benchmark writes its results to
 * bench/results/<name>.json as well. At the end the whole run, every number with the
 * machine it ran on, goes to bench/results/<date>-<time>.json, and a table says where
 * Specwright stands against its performance targets.
 *
 *   node --import tsx bench/all.ts [--quick] [--vs-agent-sdk] [--only validate,startup]
 *
 * `--quick` runs smaller parameters (under two minutes on 2 cores) and leaves the
 * committed per-benchmark baselines alone; `--vs-agent-sdk` adds the comparison with the
 * Claude Code engine (which says it was skipped when the Claude Agent SDK is missing).
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { choiceList } from "./support/flags.js";
import { KEEP_BASELINE_VARIABLE, machine, RESULTS_DIR } from "./support/report.js";
import {
  compareWithClaudeCode,
  evaluateTargets,
  interviewCostLines,
  interviewCostSummary,
  targetLines,
} from "./support/targets.js";

/** Each benchmark with the parameters `npm run bench` uses: under ten minutes on 2 cores. */
const FULL = {
  validate: ["--runs", "50", "--warmup", "10", "--inspect-runs", "20"],
  "guided-interview": ["--interviews", "5", "--warmup", "1", "--person", "quick,detailed"],
  "model-turn": ["--interviews", "3", "--long-turns", "50", "--long-runs", "1"],
  "interview-cost": ["--think-minutes", "0,6"],
  "request-growth": ["--turns", "200", "--checkpoints", "1,10,25,50,200"],
  "server-load": ["--clients", "50"],
  startup: ["--runs", "5", "--warmup", "1"],
  "server-path": [
    "--levels",
    "1,100,1000",
    "--turns",
    "2",
    "--reply-chunks",
    "30",
    "--standard-clients",
    "10",
  ],
  "vs-agent-sdk": ["--together", "10"],
  "long-transcript": ["--turns", "5000", "--compare", "5", "--runs", "10"],
  "crash-loop": ["--kills", "20", "--window-ms", "3000"],
  "project-listing": ["--projects", "1000", "--runs", "20", "--concurrent", "10", "--rounds", "5"],
} as const;

/** `--quick`: the same benchmarks, smaller, for a look in under two minutes. */
const QUICK: Record<BenchmarkName, readonly string[]> = {
  validate: ["--features", "30,300", "--runs", "10", "--warmup", "2", "--inspect-runs", "5"],
  "guided-interview": ["--interviews", "1", "--warmup", "0", "--person", "quick"],
  "model-turn": [
    "--formats",
    "anthropic",
    "--interviews",
    "1",
    "--warmup",
    "0",
    "--long-turns",
    "2",
    "--long-runs",
    "1",
    "--floor-runs",
    "5",
  ],
  "interview-cost": ["--think-minutes", "0"],
  "request-growth": ["--turns", "15", "--checkpoints", "1,10,15"],
  "server-load": ["--clients", "10"],
  startup: ["--runs", "1", "--warmup", "0"],
  "server-path": [
    "--levels",
    "1,100",
    "--turns",
    "2",
    "--reply-chunks",
    "20",
    "--ramp-ms",
    "1000",
    "--single-samples",
    "3",
    "--full-speed-clients",
    "0",
    "--standard-clients",
    "0",
  ],
  "vs-agent-sdk": ["--together", "0"],
  "long-transcript": ["--turns", "500", "--compare", "5", "--runs", "3"],
  "crash-loop": ["--kills", "4", "--window-ms", "2000"],
  "project-listing": [
    "--projects",
    "200",
    "--runs",
    "5",
    "--concurrent",
    "5",
    "--rounds",
    "2",
    "--turns",
    "5",
  ],
};

type BenchmarkName = keyof typeof FULL;
const NAMES = Object.keys(FULL) as BenchmarkName[];
/** Run only when asked for: it needs the Claude Agent SDK, and takes minutes when it has it. */
const ON_REQUEST: readonly BenchmarkName[] = ["vs-agent-sdk"];

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    quick: { type: "boolean", default: false },
    "vs-agent-sdk": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});
if (values.help) {
  process.stdout.write(
    `node --import tsx bench/all.ts [--quick] [--vs-agent-sdk] [--only ${NAMES.join(",")}]\n`,
  );
  process.exit(0);
}
const quick = values.quick === true;
const chosen = values.only
  ? choiceList("only", values.only, NAMES)
  : NAMES.filter((name) => !ON_REQUEST.includes(name) || (name === "vs-agent-sdk" && values["vs-agent-sdk"]));

/** Runs one benchmark, passing its output through and keeping the JSON lines it prints. */
function run(name: BenchmarkName): Promise<{ code: number | null; lines: Record<string, unknown>[] }> {
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const args = quick ? QUICK[name] : FULL[name];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      env: quick ? { ...process.env, [KEEP_BASELINE_VARIABLE]: "1" } : process.env,
    });
    const lines: Record<string, unknown>[] = [];
    let buffer = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => {
      process.stdout.write(text);
      buffer += text;
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (line.startsWith("{")) {
          try {
            lines.push(JSON.parse(line) as Record<string, unknown>);
          } catch {
            // Not a results line; it has been passed through all the same.
          }
        }
        newline = buffer.indexOf("\n");
      }
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, lines }));
  });
}

const startedAt = new Date();
const loadAtStart = loadavg();
const startedMs = performance.now();
const failed: string[] = [];
const results: Record<string, Record<string, unknown> | undefined> = {};
const durations: Record<string, number> = {};
for (const name of chosen) {
  const args = quick ? QUICK[name] : FULL[name];
  process.stderr.write(`\n== ${name} ${args.join(" ")}\n`);
  const began = performance.now();
  const { code, lines } = await run(name);
  durations[name] = Math.round(performance.now() - began);
  results[name] = lines.find((line) => line.bench === name) ?? lines.at(-1);
  if (code !== 0) failed.push(`${name} (exit ${code})`);
}

const targets = evaluateTargets(results);
const comparison = compareWithClaudeCode(results);
const interviewCost = interviewCostSummary(results);
const round2 = (value: number) => Math.round(value * 100) / 100;
const run_ = {
  date: startedAt.toISOString(),
  quick,
  benchmarks: chosen,
  failed,
  durationMs: Math.round(performance.now() - startedMs),
  durationsMs: durations,
  node: process.version,
  cpus: availableParallelism(),
  machine: machine(),
  // Other work on the machine shows up in every timing: the load before and after says how much.
  loadAverage: { atStart: loadAtStart.map(round2), atEnd: loadavg().map(round2) },
  targets,
  comparison,
  interviewCost,
  results,
};
const stamp = startedAt
  .toISOString()
  .replace(/:/g, "-")
  .replace(/\.\d+Z$/, "Z")
  .replace("T", "-");
const file = `${RESULTS_DIR}${stamp}.json`;
mkdirSync(RESULTS_DIR, { recursive: true });
writeFileSync(file, `${JSON.stringify(run_, null, 2)}\n`);

process.stderr.write(
  [
    "",
    `== ${quick ? "quick run" : "run"} of ${startedAt.toISOString()}: ${chosen.length} benchmarks in ${(run_.durationMs / 1000).toFixed(0)} s on ${run_.cpus} cores (${run_.machine.cpuModel}), Node ${process.version}, load ${run_.loadAverage.atStart.join(" ")} → ${run_.loadAverage.atEnd.join(" ")}`,
    "targets:",
    ...targetLines(targets).map((line) => `  ${line}`),
    ...interviewCostLines(interviewCost),
    `beside the Claude Code way (${comparison.source}):`,
    ...comparison.rows.map(
      (entry) =>
        `  ${entry.what}: Specwright ${entry.specwright}, Claude Code ${entry.claudeCode}${entry.ratio === null ? "" : ` (× ${entry.ratio})`}`,
    ),
    `every number of this run: ${relative(process.cwd(), file)}`,
    "",
  ].join("\n"),
);
if (failed.length > 0) {
  process.stderr.write(`Failed: ${failed.join(", ")}\n`);
  process.exitCode = 1;
}
