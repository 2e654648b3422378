import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { arch, availableParallelism, cpus, loadavg, platform, release, totalmem } from "node:os";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

/** Where every benchmark keeps its latest results, one file each; committed, as the baseline to compare with. */
export const RESULTS_DIR = fileURLToPath(new URL("../results/", import.meta.url));

/** Set to 1, a benchmark does not replace its file in bench/results/ (the runner's quick mode sets it). */
export const KEEP_BASELINE_VARIABLE = "SPECWRIGHT_BENCH_KEEP_BASELINE";

/** The file `bench` writes its results to. */
export function resultsFile(bench: string): string {
  return `${RESULTS_DIR}${bench}.json`;
}

/** What the figures were measured on. */
export function machine() {
  return {
    platform: platform(),
    release: release(),
    arch: arch(),
    cpuModel: cpus()[0]?.model ?? "unknown",
    cpus: availableParallelism(),
    memoryBytes: totalmem(),
  };
}

/** The results a benchmark wrote last time, or null (none yet, or unreadable). */
export function previousResults(bench: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(readFileSync(resultsFile(bench), "utf8"));
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Prints a benchmark's results: one JSON line on stdout (for scripts, and for the runner
 * that collects every benchmark's line) and the human summary on stderr, so redirecting
 * stdout keeps only the data. The same results go to `bench/results/<bench>.json`,
 * replacing the last run's, so `git diff bench/results/` compares a change with the
 * committed baseline.
 */
export function report(bench: string, results: Record<string, unknown>, summary: readonly string[]): void {
  const line = {
    bench,
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    machine: machine(),
    // Other work on the machine shows up in every timing; the load says how much there was.
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
    ...results,
  };
  const file = resultsFile(bench);
  // A quick run (`npm run bench -- --quick`) measures with smaller parameters: it keeps
  // its figures in its own dated file and leaves the committed baseline alone.
  const keepBaseline = process.env[KEEP_BASELINE_VARIABLE] === "1";
  if (!keepBaseline) {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(file, `${JSON.stringify(line, null, 2)}\n`);
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
  const where = keepBaseline
    ? "baseline left as it was"
    : `results written to ${relative(process.cwd(), file)}`;
  process.stderr.write(`\n${bench}\n${[...summary, where].map((text) => `  ${text}`).join("\n")}\n`);
}

/** A progress note while a benchmark runs; on stderr, with the summary. */
export function note(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}
