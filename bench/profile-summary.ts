/**
 * Where a benchmark's time went: reads a V8 CPU profile (from `node --cpu-prof`) and
 * prints the functions with the most inclusive time, grouped as ours (src/), the test
 * support, and dependencies. The benchmarks' README uses it to say where the time goes.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/model-turn.ts
 *   node --import tsx bench/profile-summary.ts /tmp/prof/CPU.….cpuprofile [--top 25]
 */
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { positiveInteger } from "./support/flags.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  options: { top: { type: "string", default: "25" } },
  allowPositionals: true,
});
const top = positiveInteger("top", values.top);
const file = positionals[0];
if (file === undefined) {
  process.stderr.write("Usage: node --import tsx bench/profile-summary.ts <file.cpuprofile> [--top 25]\n");
  process.exit(2);
}

const profile = JSON.parse(await readFile(file, "utf8")) as CpuProfile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

/** The repository's root as a file URL, with its slash: what is cut from the URLs of its files. */
const REPOSITORY = pathToFileURL(new URL("..", import.meta.url).pathname).href;

/** A function's name and where it lives, relative to the repository when it is in it. */
function labelOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.startsWith(REPOSITORY) ? url.slice(REPOSITORY.length) : url;
  return `${functionName || "(anonymous)"} ${where}${url ? `:${lineNumber + 1}` : ""}`;
}

const selfTime = new Map<number, number>();
for (const [index, sample] of profile.samples.entries())
  selfTime.set(sample, (selfTime.get(sample) ?? 0) + (profile.timeDeltas[index] ?? 0));

// Inclusive time: each sample counts once for every distinct function on its stack.
const inclusive = new Map<string, number>();
let total = 0;
for (const [id, micros] of selfTime) {
  total += micros;
  const seen = new Set<string>();
  for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
    const label = labelOf(nodes.get(current)!);
    if (seen.has(label)) continue;
    seen.add(label);
    inclusive.set(label, (inclusive.get(label) ?? 0) + micros);
  }
}

const GROUPS: [string, RegExp][] = [
  // A server started from the built package runs dist/, the same code compiled.
  ["ours (src/, or dist/ built from it)", / (src|dist)\//],
  ["dependencies (node_modules/)", / node_modules\//],
  ["test support and benchmark", / (test|bench)\//],
];
const ranked = [...inclusive.entries()].sort((a, b) => b[1] - a[1]);
process.stdout.write(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n`);
for (const special of ["(idle)", "(garbage collector)", "(program)"]) {
  const micros = inclusive.get(`${special} `) ?? 0;
  process.stdout.write(`  ${special}: ${(micros / 1000).toFixed(0)} ms\n`);
}
for (const [group, pattern] of GROUPS) {
  process.stdout.write(`\n${group}, by inclusive time:\n`);
  for (const [label, micros] of ranked.filter(([label]) => pattern.test(label)).slice(0, top))
    process.stdout.write(`  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${label}\n`);
}
