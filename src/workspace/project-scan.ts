import { Worker } from "node:worker_threads";
import { PROJECT_NAME_PATTERN } from "./project-name.js";
import { SCAN_WORKER_SOURCE } from "./project-scan-worker.js";

export { NUMBER, NUMBERS_PER_PROJECT, SCANNED } from "./project-scan-worker.js";

/** What the listing asks of a scan of its projects folder. */
export interface ScanRequest {
  dir: string;
  /** Look at every project's spec files too (otherwise only where the state file changed). */
  checkSpecs: boolean;
  /**
   * Each project's state file key as last read, as `name<TAB>key` lines (`knownText`): a
   * state file with that key is not read again.
   */
  known: string;
}

/**
 * What a scan found, one entry per project folder (or link to one) with a valid name, by
 * name in code-unit order: columns, which cross from the scanning thread cheaply.
 */
export interface ScanResult {
  /** false: the projects folder does not exist. */
  found: boolean;
  names: string[];
  /** `SCANNED` bits. */
  flags: Uint8Array;
  /** The state files read (`SCANNED.STATE_READ`), by the project's index: their keys and texts. */
  reads: Map<number, { key: string; text: string }>;
  /** `NUMBERS_PER_PROJECT` per project, laid out as `NUMBER` says. */
  numbers: Float64Array;
}

/** The scan as it crosses from the thread (project-scan-worker.ts). */
interface WireResult {
  found: boolean;
  names: string;
  flags: Uint8Array;
  reads: (number | string)[];
  numbers: Float64Array;
}

type Reply = { id: number; result: WireResult } | { id: number; error: { message: string; code?: string } };

/** The `known` of a request, from each project's name and state file key. */
export function knownText(keys: Iterable<[string, string]>): string {
  let text = "";
  for (const [name, key] of keys) text += `${name}\t${key}\n`;
  return text;
}

function fromWire(wire: WireResult): ScanResult {
  const reads = new Map<number, { key: string; text: string }>();
  for (let at = 0; at + 2 < wire.reads.length; at += 3)
    reads.set(wire.reads[at] as number, {
      key: wire.reads[at + 1] as string,
      text: wire.reads[at + 2] as string,
    });
  return {
    found: wire.found,
    names: wire.names === "" ? [] : wire.names.split("\n"),
    flags: wire.flags,
    reads,
    numbers: wire.numbers,
  };
}

interface Pending {
  resolve: (result: ScanResult) => void;
  reject: (error: Error) => void;
}

/**
 * A scanning thread. It keeps the process alive only while a scan is under way. Should it
 * fail or exit, the scans waiting on it fail with it, and it is not used again.
 */
class ScanThread {
  private readonly worker = new Worker(
    new URL(`data:text/javascript,${encodeURIComponent(SCAN_WORKER_SOURCE)}`),
    {
      name: "specwright project scan",
    },
  );
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  failed = false;

  constructor() {
    this.worker.unref();
    this.worker.on("message", (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if ("result" in reply) waiting.resolve(fromWire(reply.result));
      else waiting.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
    });
    this.worker.on("error", (error) => this.fail(error));
    this.worker.on("exit", (code) => this.fail(new Error(`The project scan stopped (exit code ${code})`)));
  }

  scan(request: ScanRequest): Promise<ScanResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ id, namePattern: PROJECT_NAME_PATTERN.source, ...request });
    });
  }

  private fail(error: Error): void {
    this.failed = true;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of waiting) reject(error);
  }
}

/** One scanning thread for the process, shared by every listing (each request names its folder). */
let thread: ScanThread | null = null;

/**
 * Looks at a projects folder in the scanning thread (project-scan-worker.ts), started on
 * the first scan and again after one failed: which projects there are, their state files
 * (read where they changed) and, when asked or where the state file changed, their spec
 * files' sizes and times.
 */
export function scanProjects(request: ScanRequest): Promise<ScanResult> {
  if (thread === null || thread.failed) thread = new ScanThread();
  return thread.scan(request);
}
