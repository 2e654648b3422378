import { Worker } from "node:worker_threads";
import type { ExtractJob, ExtractResult } from "./extract-job.js";

/** What reading one document in a worker may use besides time. */
export interface WorkerBounds {
  timeoutMs: number;
  /** How much the process's resident memory may grow while the worker reads. */
  memoryBytes: number;
}

export type WorkerOutcome = ExtractResult | { ok: false; reason: "limit"; message: string };

/** How often the memory the worker has taken is looked at. */
const MEMORY_CHECK_MS = 50;

/** The reader libraries, loaded before a TypeScript loader is (see workerScript). */
const READER_MODULES = [
  "pdfjs-dist/legacy/build/pdf.mjs",
  "pdfjs-dist/legacy/build/pdf.worker.mjs",
  "mammoth",
];

/**
 * The worker's script. Built, it is the compiled file beside this one. Run from the
 * TypeScript source (the tests, `tsx`), the worker thread does not inherit the loader
 * that lets this process import .ts files, so it registers tsx's before importing it,
 * having loaded the reader libraries first, as they are, which tsx would otherwise
 * transform again in every worker at great cost.
 */
function workerScript(): { script: string | URL; evaluated: boolean } {
  if (!import.meta.url.endsWith(".ts"))
    return { script: new URL("./document-worker.js", import.meta.url), evaluated: false };
  const entry = JSON.stringify(new URL("./document-worker.ts", import.meta.url).href);
  const libraries = READER_MODULES.map((name) => `import(${JSON.stringify(name)})`).join(", ");
  const loader = JSON.stringify("tsx/esm/api");
  return {
    script: `Promise.all([${libraries}]).then(() => import(${loader})).then(({ register }) => { register(); return import(${entry}); });`,
    evaluated: true,
  };
}

/**
 * Reads a document in a worker thread of its own, so that a hostile file (a PDF that
 * makes the reader loop, a part that swells without end) costs that thread and nothing
 * else: its JavaScript heap is capped, the whole process's memory is watched while it
 * runs, and it is stopped when it takes longer than `timeoutMs` or grows past
 * `memoryBytes`. The server's event loop goes on serving everyone meanwhile.
 */
export function readInWorker(job: ExtractJob, bounds: WorkerBounds): Promise<WorkerOutcome> {
  const { script, evaluated } = workerScript();
  const heapMb = Math.max(64, Math.ceil(bounds.memoryBytes / (1024 * 1024)));
  const worker = new Worker(script, {
    eval: evaluated,
    workerData: job,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    stdout: true,
    stderr: true,
  });
  // What the reader libraries print is theirs; a person is told the outcome instead.
  worker.stdout.resume();
  worker.stderr.resume();
  const baseline = process.memoryUsage.rss();
  return new Promise<WorkerOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: WorkerOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      resolve(outcome);
    };
    const limit = (message: string) => finish({ ok: false, reason: "limit", message });
    const timer = setTimeout(
      () => limit(`reading it took longer than ${Math.round(bounds.timeoutMs / 100) / 10} s`),
      bounds.timeoutMs,
    );
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > bounds.memoryBytes)
        limit("reading it took more memory than allowed");
    }, MEMORY_CHECK_MS);
    worker.on("message", (result: ExtractResult) => finish(result));
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") limit("reading it took more memory than allowed");
      else finish({ ok: false, reason: "damaged", message: `it could not be read (${error.message})` });
    });
    worker.on("exit", () => finish({ ok: false, reason: "damaged", message: "it could not be read" }));
  });
}
