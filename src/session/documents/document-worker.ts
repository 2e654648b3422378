import { parentPort, workerData } from "node:worker_threads";
import { docxText } from "./docx-text.js";
import type { ExtractJob, ExtractResult } from "./extract-job.js";
import { pdfText } from "./pdf-text.js";

/**
 * The reading worker's entry (read-in-worker.ts starts one per document): reads the
 * document it was given and answers once. It runs in a thread of its own, with its own
 * memory cap, so a document that makes a reader library loop or swell costs that thread,
 * which is stopped, and never the server's event loop.
 */
const job = workerData as ExtractJob;
const result: ExtractResult = await (job.kind === "pdf" ? pdfText(job) : docxText(job)).catch(
  (error: unknown): ExtractResult => ({
    ok: false,
    reason: "damaged",
    message: `it could not be read (${error instanceof Error ? error.message : String(error)})`,
  }),
);
parentPort?.postMessage(result);
