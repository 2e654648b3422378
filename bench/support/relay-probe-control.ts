import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { type Tail, tailOf } from "./fleet-results.js";

const SOURCE = fileURLToPath(new URL("./relay-probe.ts", import.meta.url));

/** How to start a server with the probe (relay-probe.ts) loaded, and the folder it writes to. */
export interface RelayProbeSetup {
  dir: string;
  nodeOptions: string[];
  env: Record<string, string>;
}

/**
 * The probe turned into JavaScript in `dir` (with TypeScript's own transpiler, types
 * removed and nothing else), so the server loads it as plain JavaScript: no loader of
 * TypeScript in the server's process, where it would sit on every import.
 */
export async function prepareRelayProbe(dir: string): Promise<RelayProbeSetup> {
  const { outputText } = ts.transpileModule(await readFile(SOURCE, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const file = join(dir, "relay-probe.mjs");
  await writeFile(file, outputText);
  return {
    dir,
    nodeOptions: ["--import", pathToFileURL(file).href],
    env: { SPECWRIGHT_BENCH_PROBE_DIR: dir },
  };
}

/** What the probe wrote for one stretch of the server's life (relay-probe.ts). */
interface ProbeDump {
  fromUs: number;
  toUs: number;
  providerWriteUs: number[];
  readUs: number[];
  sentUs: number[];
  unsent: number;
  loopDelayMs: { count: number; p50: number; p90: number; p99: number; max: number; mean: number };
  loopUtilization: number;
}

/**
 * The relay as the server saw it, in ms, for one stretch:
 * - `inServerMs`: for every stamped chunk, the server's read of it from the provider's
 *   socket → the frame carrying it handed to the client's socket (the relay);
 * - `beforeReadMs`: the provider's write → that read: the loopback hop, and the time the
 *   bytes waited in the kernel while the server's loop was busy with other work;
 * - `loopDelayMs`, `loopUtilization`: the server's event loop meanwhile.
 */
export interface InServerRelay {
  chunks: number;
  unsent: number;
  inServerMs: Tail;
  beforeReadMs: Tail;
  providerToSocketMs: Tail;
  loopDelayMs: ProbeDump["loopDelayMs"];
  loopUtilization: number;
}

function summarizeDump(dump: ProbeDump): InServerRelay {
  const { providerWriteUs, readUs, sentUs } = dump;
  const between = (from: number[], to: number[]) => to.map((value, index) => (value - from[index]!) / 1000);
  return {
    chunks: sentUs.length,
    unsent: dump.unsent,
    inServerMs: tailOf(between(readUs, sentUs)),
    beforeReadMs: tailOf(between(providerWriteUs, readUs)),
    providerToSocketMs: tailOf(between(providerWriteUs, sentUs)),
    loopDelayMs: dump.loopDelayMs,
    loopUtilization: dump.loopUtilization,
  };
}

/** A running server's probe: `mark` closes the stretch so far and returns it. */
export class RelayProbe {
  private marks = 0;

  constructor(
    private readonly setup: RelayProbeSetup,
    private readonly pid: number,
  ) {}

  async mark(timeoutMs = 30_000): Promise<InServerRelay> {
    this.marks += 1;
    const file = join(this.setup.dir, `relay-${this.marks}.json`);
    process.kill(this.pid, "SIGUSR2");
    const deadline = performance.now() + timeoutMs;
    while (!existsSync(file)) {
      if (performance.now() > deadline) throw new Error(`the relay probe wrote no ${file}`);
      await sleep(10);
    }
    return summarizeDump(JSON.parse(await readFile(file, "utf8")) as ProbeDump);
  }
}
