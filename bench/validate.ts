/**
 * The spec validator on generated specs of several sizes: median time per validation,
 * and the heap it needs.
 *
 *   node --import tsx bench/validate.ts [--features 30,300,3000] [--runs 200] [--warmup 20]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  fillFeatureCount,
  INITIALIZER_PROMPT_PATH,
  initializerTemplate,
  renderAppSpec,
  validateAppSpec,
} from "../src/app-spec/index.js";
import { APP_SPEC_PATH } from "../src/app-spec/paths.js";
import { inspectSpec } from "../src/workspace/index.js";
import { integerList, positiveInteger, readFlags } from "./support/flags.js";
import { formatBytes, formatMs, formatSummary } from "./support/format.js";
import { collectGarbage } from "./support/gc.js";
import { report } from "./support/report.js";
import { realisticSpecModel } from "./support/spec-model.js";
import { rounded, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/validate.ts [options]", {
  features: { default: "30,300,3000", help: "spec sizes, in feature lines, comma-separated" },
  runs: { default: "200", help: "timed validations per size" },
  warmup: { default: "20", help: "untimed validations per size first, so the code is optimised" },
  "inspect-runs": { default: "50", help: "timed inspections (both files read from disk) per size" },
});
const sizes = integerList("features", flags.features);
const runs = positiveInteger("runs", flags.runs);
const warmup = positiveInteger("warmup", flags.warmup);
const inspectRuns = positiveInteger("inspect-runs", flags["inspect-runs"]);

interface SizeResult {
  features: number;
  specBytes: number;
  valid: boolean;
  validateMs: ReturnType<typeof summarize>;
  /** What `inspectSpec` costs: both files read from disk and checked, as the session does after each write. */
  inspectMs: ReturnType<typeof summarize>;
  /** Heap grown by one validation, measured from a collected heap; a lower bound if a scavenge ran during it. */
  allocatedBytes: number;
  /** The highest heap in use seen right after a validation in the timed loop. */
  peakHeapUsedBytes: number;
}

function timeValidations(text: string, count: number): { samples: number[]; peakHeap: number } {
  const samples: number[] = [];
  let peakHeap = 0;
  for (let run = 0; run < count; run++) {
    const started = performance.now();
    const validation = validateAppSpec(text);
    samples.push(performance.now() - started);
    if (!validation.valid) throw new Error("a generated spec did not validate");
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  return { samples, peakHeap };
}

/** The median heap growth over a single validation, started each time from a collected heap. */
function allocatedByOneValidation(text: string): number {
  const growth: number[] = [];
  for (let run = 0; run < 5; run++) {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const validation = validateAppSpec(text);
    growth.push(process.memoryUsage().heapUsed - before);
    if (validation.featureLines === 0) throw new Error("a generated spec has no features");
  }
  return summarize(growth).median;
}

async function timeInspections(dir: string, text: string, features: number): Promise<number[]> {
  const projectDir = join(dir, `size-${features}`);
  await mkdir(join(projectDir, "prompts"), { recursive: true });
  await writeFile(join(projectDir, APP_SPEC_PATH), text);
  await writeFile(
    join(projectDir, INITIALIZER_PROMPT_PATH),
    fillFeatureCount(initializerTemplate(), features),
  );
  const samples: number[] = [];
  for (let run = 0; run < warmup + inspectRuns; run++) {
    const started = performance.now();
    const inspection = await inspectSpec(projectDir);
    if (run >= warmup) samples.push(performance.now() - started);
    if (!inspection.complete) throw new Error("a generated project is not complete");
  }
  return samples;
}

const results: SizeResult[] = await withTempDir(async (dir) => {
  const measured: SizeResult[] = [];
  for (const features of sizes) {
    const text = renderAppSpec(realisticSpecModel(features));
    const valid = validateAppSpec(text).valid;
    timeValidations(text, warmup);
    collectGarbage();
    const timed = timeValidations(text, runs);
    measured.push({
      features,
      specBytes: Buffer.byteLength(text),
      valid,
      validateMs: rounded(summarize(timed.samples), 4),
      inspectMs: rounded(summarize(await timeInspections(dir, text, features)), 4),
      allocatedBytes: allocatedByOneValidation(text),
      peakHeapUsedBytes: timed.peakHeap,
    });
  }
  return measured;
});

report(
  "validate",
  { runs, warmup, inspectRuns, sizes: results, heapUsedAfterBytes: process.memoryUsage().heapUsed },
  results.flatMap((result) => [
    `${result.features} features (${formatBytes(result.specBytes)}, ${result.valid ? "valid" : "INVALID"}): validate ${formatSummary(result.validateMs, { p95: true })}`,
    `    inspectSpec (read both files + validate): ${formatSummary(result.inspectMs)}`,
    `    heap: ~${formatBytes(result.allocatedBytes)} allocated per validation, ${formatBytes(result.peakHeapUsedBytes)} in use at most; ${formatMs(result.validateMs.median / result.features)} per feature`,
  ]),
);
