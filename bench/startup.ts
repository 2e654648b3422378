/**
 * Whole-process start-up: `./bin/specwright --help` to its exit, and `specwright serve`
 * until it prints its URL (then SIGTERM, timed to the exit), next to a bare `node` for
 * scale. Runs the built package in dist/, so run `npm run build` first.
 *
 *   node --import tsx bench/startup.ts [--runs 10]
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ExitedRun, hasGnuTime, runToExit, startUntilFirstLine } from "./support/child-process.js";
import { nonNegativeInteger, positiveInteger, readFlags } from "./support/flags.js";
import { formatBytes, formatMs, formatSummary } from "./support/format.js";
import { report } from "./support/report.js";
import { rounded, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/startup.ts [options]", {
  runs: { default: "10", help: "timed starts of each command" },
  warmup: { default: "2", help: "untimed starts first (file system cache)" },
});
const runs = positiveInteger("runs", flags.runs);
const warmup = nonNegativeInteger("warmup", flags.warmup);

const BIN = fileURLToPath(new URL("../bin/specwright", import.meta.url));
if (!existsSync(fileURLToPath(new URL("../dist/cli/main.js", import.meta.url))))
  throw new Error("dist/ is missing: run `npm run build` first");

/** No provider settings from the caller's environment: `serve` must pick the offline engine. */
const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1" };

async function timeExits(command: string, args: string[]) {
  const measured: ExitedRun[] = [];
  for (let run = 0; run < warmup + runs; run++) {
    const result = await runToExit(command, args, env);
    if (result.exitCode !== 0)
      throw new Error(`${command} ${args.join(" ")} exited with ${result.exitCode}: ${result.stderr}`);
    if (run >= warmup) measured.push(result);
  }
  const rss = measured.flatMap((run) => (run.peakRssBytes === null ? [] : [run.peakRssBytes]));
  return {
    wallMs: rounded(summarize(measured.map((run) => run.wallMs))),
    peakRssBytes: rss.length === 0 ? null : rounded(summarize(rss), 0),
  };
}

/**
 * Modules whose loading `--help` pays for, each imported alone in a fresh process; the
 * time printed is the import itself, without node's own start.
 */
const MODULES: Record<string, string> = {
  "cli/program (every command)": "../dist/cli/program.js",
  "server (Fastify, ws)": "../dist/server/index.js",
  "engines/select (every engine)": "../dist/engines/select.js",
  "engines/model (AI SDK)": "../dist/engines/model/index.js",
  "engines/guided": "../dist/engines/guided/index.js",
  "cli/chat-command (terminal UI)": "../dist/cli/chat-command.js",
  "app-spec (validator)": "../dist/app-spec/index.js",
};

async function timeImports() {
  const measured: Record<string, ReturnType<typeof summarize>> = {};
  for (const [label, relative] of Object.entries(MODULES)) {
    const url = new URL(relative, import.meta.url).href;
    const script = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
    const samples: number[] = [];
    for (let run = 0; run < warmup + runs; run++) {
      const result = await runToExit(process.execPath, ["--input-type=module", "-e", script], env);
      if (result.exitCode !== 0) throw new Error(`importing ${relative} failed: ${result.stderr}`);
      if (run >= warmup) samples.push(Number(result.stdout.trim()));
    }
    measured[label] = rounded(summarize(samples));
  }
  return measured;
}

const node = await timeExits(process.execPath, ["-e", ""]);
const help = await timeExits(process.execPath, [BIN, "--help"]);
const serve = await withTempDir(async (projectsDir) => {
  const args = [BIN, "serve", "--port", "0", "--engine", "guided", "--projects-dir", projectsDir];
  const ready: number[] = [];
  const stop: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < warmup + runs; run++) {
    const started = await startUntilFirstLine(process.execPath, [...args, "--log-level", "warn"], env);
    if (!/^http:\/\/127\.0\.0\.1:\d+\/$/.test(started.firstLine))
      throw new Error(`serve printed "${started.firstLine}" instead of its URL`);
    if (started.exitCode !== 0) throw new Error(`serve exited with ${started.exitCode} after SIGTERM`);
    if (run < warmup) continue;
    ready.push(started.readyMs);
    stop.push(started.stopMs);
    if (started.peakRssAtReadyBytes !== null) rss.push(started.peakRssAtReadyBytes);
  }
  return {
    readyMs: rounded(summarize(ready)),
    stopMs: rounded(summarize(stop)),
    peakRssAtReadyBytes: rss.length === 0 ? null : rounded(summarize(rss), 0),
  };
});

const imports = await timeImports();

const rssText = (summary: { median: number; min: number; max: number } | null) =>
  summary === null
    ? "peak RSS not measured"
    : `peak RSS ${formatBytes(summary.median)} (${formatBytes(summary.min)}–${formatBytes(summary.max)})`;

report("startup", { runs, warmup, gnuTime: hasGnuTime, bareNode: node, help, serve, importMs: imports }, [
  `node -e "" (the floor): ${formatSummary(node.wallMs)}; ${rssText(node.peakRssBytes)}`,
  `specwright --help: ${formatSummary(help.wallMs)}; ${rssText(help.peakRssBytes)}`,
  `specwright serve until it prints its URL: ${formatSummary(serve.readyMs)}; ${rssText(serve.peakRssAtReadyBytes)}`,
  `    SIGTERM to exit: ${formatSummary(serve.stopMs)}`,
  `specwright's own share of --help: ${formatMs(help.wallMs.median - node.wallMs.median)} on top of node`,
  "importing one module alone, in a fresh process:",
  ...Object.entries(imports).map(([label, summary]) => `    ${label}: ${formatSummary(summary)}`),
]);
