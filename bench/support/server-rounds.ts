import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type FleetSummary, summarizeFleet, tailOf } from "./fleet-results.js";
import { fleetRound, type Round } from "./fleet-round.js";
import type { LongProcess } from "./long-process.js";
import { BENCH_REQUESTS_PATH, BENCH_RESET_PATH, type PacedRequest } from "./paced-provider.js";
import { prepareRelayProbe, RelayProbe } from "./relay-probe-control.js";
import { startServe } from "./serve-process.js";
import { StreamClient, streamMoves } from "./stream-client.js";
import { withTempDir } from "./temp-dir.js";

export type ServeEngine = "anthropic" | "claude-code";

/** The requests the paced provider has seen since it was last reset. */
export async function providerRequests(url: string): Promise<PacedRequest[]> {
  const response = await fetch(`${url}${BENCH_REQUESTS_PATH}`);
  return (await response.json()) as PacedRequest[];
}

export async function resetProvider(url: string): Promise<void> {
  await fetch(`${url}${BENCH_RESET_PATH}`, { method: "POST" });
}

/** What the provider saw of a round's model requests: how many, how large, how soon it answered. */
export function providerSide(requests: readonly PacedRequest[]) {
  const interview = requests.filter((request) => request.kind === "interview");
  const bytes = interview.map((request) => request.bytes);
  return {
    requests: requests.length,
    interviewRequests: interview.length,
    /** Requests that were not the interview's: a title, a quota check, a token count (Claude Code). */
    otherRequests: requests.length - interview.length,
    requestBytes: {
      mean: Math.round(bytes.reduce((sum, value) => sum + value, 0) / Math.max(1, bytes.length)),
      first: bytes[0] ?? null,
      max: Math.max(0, ...bytes),
      allRequestsTotal: requests.reduce((sum, request) => sum + request.bytes, 0),
    },
    /** The first interview request's tool definitions and system prompt, in characters of JSON. */
    toolsChars: interview[0]?.toolsChars ?? null,
    systemChars: interview[0]?.systemChars ?? null,
    firstTokenMs: tailOf(
      interview.flatMap((request) =>
        request.firstDeltaUs === null ? [] : [(request.firstDeltaUs - request.arrivalUs) / 1000],
      ),
    ),
  };
}

export interface ServerOptions {
  /** Names the CPU profile, when there is one. */
  name: string;
  engine: ServeEngine;
  providerUrl: string;
  maxSessions: number;
  timeoutMs: number;
  /** Run the server under `node --cpu-prof`, writing its profile here (empty: no profile). */
  cpuProfDir?: string;
  /** Load the relay probe (relay-probe.ts) into the server, to time the relay inside it. */
  relayProbe?: boolean;
}

/**
 * A fresh `specwright serve` for one round, warmed up by one short interview first (so
 * the round measures sessions, not the modules a server's first turn loads), then the
 * round itself; the server is stopped at the end whatever happens. The warm-up's round
 * is returned too: it is the first session a freshly started server serves.
 */
export async function withServer<Result>(
  options: ServerOptions,
  body: (serve: LongProcess, url: string, probe: RelayProbe | null) => Promise<Result>,
): Promise<{ warmUp: FleetSummary; result: Result }> {
  return withTempDir(async (dir) => {
    const home = join(dir, "home");
    await mkdir(home, { recursive: true });
    const profileDir = options.cpuProfDir ?? "";
    const nodeOptions =
      profileDir === ""
        ? []
        : ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${options.name}.cpuprofile`];
    const probeSetup = options.relayProbe ? await prepareRelayProbe(dir) : null;
    const { serve, url } = await startServe({
      engine: options.engine,
      providerUrl: options.providerUrl,
      projectsDir: join(dir, "projects"),
      home,
      maxSessions: options.maxSessions + 10,
      nodeOptions: [...nodeOptions, ...(probeSetup?.nodeOptions ?? [])],
      ...(probeSetup ? { env: probeSetup.env } : {}),
    });
    const probe = probeSetup ? new RelayProbe(probeSetup, serve.pid) : null;
    try {
      // In this process: a fleet of one would cost a process start for a single interview.
      const client = await StreamClient.open(`${url.replace(/^http/, "ws")}/api/spec/ws/warm-up`);
      await client.play(streamMoves(1));
      client.close();
      const warmUp = summarizeFleet([client.record]);
      await sleep(500);
      return { warmUp, result: await body(serve, url, probe) };
    } finally {
      await serve.stop();
    }
  });
}

/** Server memory per live session: the growth over the baseline, shared out. */
export function perSession(round: Round, clients: number) {
  const { server } = round;
  return {
    streamingBytes: Math.round((server.streamingPeakRssBytes - server.baselineRssBytes) / clients),
    idleBytes: Math.round((server.idleRssBytes - server.baselineRssBytes) / clients),
  };
}

/**
 * `clients` sessions started together, each playing the standard interview to a
 * finished spec through `specwright serve` with `engine`, against a provider in
 * `standard` mode at `providerUrl`.
 */
export async function standardRound(
  options: Omit<ServerOptions, "maxSessions" | "name"> & { clients: number },
) {
  const { clients } = options;
  const { warmUp, result: round } = await withServer(
    { ...options, name: `standard-${options.engine}`, maxSessions: clients },
    async (serve, url) => {
      await resetProvider(options.providerUrl);
      return fleetRound({
        serve,
        url,
        clients,
        moves: "standard",
        rampMs: 0,
        prefix: "standard",
        timeoutMs: options.timeoutMs,
      });
    },
  );
  const { fleet, server } = round;
  return {
    engine: options.engine,
    clients,
    wallMs: Math.round(round.wallMs),
    completeSpecs: fleet.completeSpecs,
    turnsDone: fleet.turns,
    errors: fleet.errorCount,
    firstErrors: fleet.firstErrors,
    firstSessionToFirstTextMs: warmUp.sessionStart.toFirstTextMs.max,
    startToFirstTextMs: fleet.sessionStart.toFirstTextMs,
    turnMs: fleet.turnMs,
    server,
    perSession: perSession(round, clients),
    cpuSecondsPerInterview: Math.round((server.cpuSeconds / clients) * 10_000) / 10_000,
    provider: providerSide(await providerRequests(options.providerUrl)),
  };
}

export type StandardRound = Awaited<ReturnType<typeof standardRound>>;
