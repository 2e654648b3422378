import { setTimeout as sleep } from "node:timers/promises";
import type { FleetResults } from "./fleet-results.js";
import type { LongProcess } from "./long-process.js";
import { schedulerSeconds, treeUsage } from "./proc-stat.js";
import type { RelayDump, RelayProbe } from "./relay-probe-control.js";
import { startFleet } from "./serve-process.js";
import { summarize } from "./stats.js";

/** The server's side of a round: its memory and CPU as the kernel counts them, children included. */
export interface ServerUsage {
  /** Before the clients connected (after the warm-up). */
  baselineRssBytes: number;
  /** Every socket open, no interview begun. */
  connectedRssBytes: number;
  /** While the interviews ran: the highest and the median of the samples. */
  streamingPeakRssBytes: number;
  streamingMedianRssBytes: number;
  /** Every interview done and still live, sockets open, `settleMs` after the last turn. */
  idleRssBytes: number;
  /** User + system CPU from the first connection to the last turn's end. */
  cpuSeconds: number;
  /** Processes in the server's tree at its busiest (1 for Specwright's own engines). */
  peakProcesses: number;
  samples: number;
  /**
   * The server's main thread during the round: seconds on a CPU, and seconds it was
   * ready to run but waited for one because other work held both cores. A large wait is
   * the machine's load, not Specwright, and it lengthens every latency measured.
   */
  mainThreadRunningSeconds: number | null;
  mainThreadWaitingSeconds: number | null;
  /** The same wait for the clients' process. */
  clientsWaitingSeconds: number | null;
}

export interface Round {
  fleet: FleetResults;
  server: ServerUsage;
  /** From `go` to the fleet's `idle`. */
  wallMs: number;
  /** What the server's relay probe saw from `go` to `idle`, when it runs with one (relay-probe.ts). */
  inServer: RelayDump | null;
}

/**
 * One round against a running server: a fleet of clients connects, plays its moves, and
 * stays connected while the server's idle memory is read; then it closes and reports.
 * The server's resident memory is sampled every `sampleEveryMs` meanwhile. Bounded:
 * the fleet has `timeoutMs` to connect and again to finish.
 */
export async function fleetRound(options: {
  serve: LongProcess;
  url: string;
  clients: number;
  moves: string;
  rampMs: number;
  /** Each client plays all its moves before the next one starts (at most one turn at a time). */
  oneAtATime?: boolean;
  prefix: string;
  timeoutMs: number;
  sampleEveryMs?: number;
  settleMs?: number;
  /** The server's relay probe, if it runs with one: marked at `go` and at `idle`. */
  probe?: RelayProbe | null;
}): Promise<Round> {
  const pid = options.serve.pid;
  const baseline = treeUsage(pid);
  const fleet = await startFleet({ ...options });
  const schedulerBefore = schedulerSeconds(pid);
  const clientsBefore = schedulerSeconds(fleet.pid);
  try {
    const connected = treeUsage(pid);
    const samples: number[] = [];
    let peakProcesses = connected.processes;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const usage = treeUsage(pid);
        samples.push(usage.rssBytes);
        peakProcesses = Math.max(peakProcesses, usage.processes);
        await sleep(options.sampleEveryMs ?? 100);
      }
    })();
    // What the probe saw before (the warm-up, the connections) is not the round's.
    await options.probe?.mark();
    const started = performance.now();
    fleet.send("go");
    const idleLine = await fleet.nextLine(options.timeoutMs);
    const wallMs = performance.now() - started;
    const inServer = (await options.probe?.mark()) ?? null;
    sampling = false;
    await sampler;
    if (JSON.parse(idleLine).event !== "idle") throw new Error(`the fleet said ${idleLine}, not idle`);
    const done = treeUsage(pid);
    const schedulerAfter = schedulerSeconds(pid);
    const clientsAfter = schedulerSeconds(fleet.pid);
    const round3 = (value: number) => Math.round(value * 1000) / 1000;
    await sleep(options.settleMs ?? 1000);
    const idle = treeUsage(pid);
    fleet.send("close");
    const results = JSON.parse(await fleet.nextLine(60_000)) as FleetResults & { event: string };
    const streaming = summarize(samples.length > 0 ? samples : [done.rssBytes]);
    return {
      fleet: results,
      wallMs,
      inServer,
      server: {
        baselineRssBytes: baseline.rssBytes,
        connectedRssBytes: connected.rssBytes,
        streamingPeakRssBytes: Math.max(streaming.max, done.rssBytes),
        streamingMedianRssBytes: streaming.median,
        idleRssBytes: idle.rssBytes,
        cpuSeconds: Math.round((done.cpuSeconds - baseline.cpuSeconds) * 1000) / 1000,
        peakProcesses,
        samples: samples.length,
        mainThreadRunningSeconds:
          schedulerBefore && schedulerAfter ? round3(schedulerAfter.running - schedulerBefore.running) : null,
        mainThreadWaitingSeconds:
          schedulerBefore && schedulerAfter ? round3(schedulerAfter.waiting - schedulerBefore.waiting) : null,
        clientsWaitingSeconds:
          clientsBefore && clientsAfter ? round3(clientsAfter.waiting - clientsBefore.waiting) : null,
      },
    };
  } finally {
    await fleet.stop();
  }
}
