import { availableParallelism, loadavg } from "node:os";

/**
 * Prints a benchmark's results: one JSON line on stdout (for scripts, and for the runner
 * that collects every benchmark's line) and the human summary on stderr, so redirecting
 * stdout keeps only the data.
 */
export function report(bench: string, results: Record<string, unknown>, summary: readonly string[]): void {
  const line = {
    bench,
    date: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    // Other work on the machine shows up in every timing; the load says how much there was.
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
    ...results,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  process.stderr.write(`\n${bench}\n${summary.map((text) => `  ${text}`).join("\n")}\n`);
}

/** A progress note while a benchmark runs; on stderr, with the summary. */
export function note(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}
