/**
 * The path a person's interview takes, in three processes as it runs for real: a fake
 * Anthropic provider streaming at a stated pace (bench/support/paced-provider.ts),
 * `specwright serve` from the built package with the anthropic engine, and the clients
 * on real WebSockets (bench/support/client-fleet-process.ts), all on 127.0.0.1.
 *
 * - **stream levels** (`--levels`): that many interviews at once, their starts spread
 *   over `--ramp-ms`, each `--turns` turns of a `--reply-chunks`-chunk streamed reply.
 *   Session start (`start` → first `text`) less the provider's own time to its first
 *   chunk; the relay of every chunk inside the server (its read from the provider's
 *   socket → the frame handed to the client's socket, by a probe loaded into the server,
 *   bench/support/relay-probe.ts) and end to end (provider's write → client's receipt,
 *   timed from the outside by stamps in the text); the server's memory per live session,
 *   streaming and idle; its CPU per interview.
 * - **full speed**: the provider with no pauses; chunks relayed per second.
 * - **standard interview**: `--standard-clients` sessions started together, each playing
 *   the standard interview (model-script.ts) at the stated pace to a finished spec: the
 *   conversation the comparison with the Claude Code engine (vs-agent-sdk.ts) plays.
 *
 *   node --import tsx bench/server-path.ts [--levels 1,100,1000] [--turns 3] [--cpu-prof-dir DIR]
 */
import { integerList, nonNegativeInteger, positiveInteger, readFlags } from "./support/flags.js";
import { fleetRound } from "./support/fleet-round.js";
import { formatBytes, formatMs } from "./support/format.js";
import type { PaceProfile } from "./support/paced-provider.js";
import { type InServerRelay, summarizeRelay } from "./support/relay-probe-control.js";
import { note, report } from "./support/report.js";
import { requireBuild, startProvider } from "./support/serve-process.js";
import {
  perSession,
  providerRequests,
  providerSide,
  resetProvider,
  standardRound,
  withServer,
} from "./support/server-rounds.js";

const flags = readFlags("node --import tsx bench/server-path.ts [options]", {
  levels: { default: "1,100,1000", help: "interviews streaming at once, comma-separated" },
  turns: { default: "3", help: "turns per interview (the greeting, then messages) up to 100 at once" },
  "turns-large": {
    default: "1",
    help: "turns per interview above 100 at once, where starting the sessions is most of the work",
  },
  "single-samples": { default: "10", help: "interviews played one after the other at level 1" },
  "reply-chunks": { default: "40", help: "chunks in each streamed reply" },
  "chunk-tokens": { default: "20", help: "tokens per chunk" },
  "chunk-ms": { default: "50", help: "the provider's pause between chunks" },
  "first-token-ms": { default: "50", help: "the provider's time from a request to its first chunk" },
  "ramp-ms": { default: "2000", help: "spread each level's starts over this long" },
  "full-speed-clients": {
    default: "20",
    help: "interviews at once when the provider does not pause (0: skip)",
  },
  "full-speed-chunks": { default: "500", help: "chunks in each reply at full speed" },
  "standard-clients": { default: "10", help: "standard interviews started together (0: skip)" },
  "timeout-s": { default: "300", help: "the longest any one round may take" },
  "cpu-prof-dir": { default: "", help: "run the server under node --cpu-prof, writing profiles here" },
  "relay-probe": {
    default: "yes",
    help: "time the relay inside the server too (bench/support/relay-probe.ts): yes or no",
  },
});
const levels = integerList("levels", flags.levels);
const turns = positiveInteger("turns", flags.turns);
const turnsLarge = positiveInteger("turns-large", flags["turns-large"]);
const singleSamples = positiveInteger("single-samples", flags["single-samples"]);
const profile: PaceProfile = {
  firstTokenMs: nonNegativeInteger("first-token-ms", flags["first-token-ms"]),
  chunkTokens: positiveInteger("chunk-tokens", flags["chunk-tokens"]),
  chunkMs: nonNegativeInteger("chunk-ms", flags["chunk-ms"]),
  replyChunks: positiveInteger("reply-chunks", flags["reply-chunks"]),
};
const rampMs = nonNegativeInteger("ramp-ms", flags["ramp-ms"]);
const fullSpeedClients = nonNegativeInteger("full-speed-clients", flags["full-speed-clients"]);
const fullSpeedChunks = positiveInteger("full-speed-chunks", flags["full-speed-chunks"]);
const standardClients = nonNegativeInteger("standard-clients", flags["standard-clients"]);
const timeoutMs = positiveInteger("timeout-s", flags["timeout-s"]) * 1000;
const cpuProfDir = flags["cpu-prof-dir"];
if (flags["relay-probe"] !== "yes" && flags["relay-probe"] !== "no")
  throw new Error(`--relay-probe is yes or no, not ${flags["relay-probe"]}`);
const relayProbe = flags["relay-probe"] === "yes";
requireBuild();
const serverOptions = { engine: "anthropic" as const, timeoutMs, cpuProfDir };

/**
 * One level: `level` interviews streaming at once. Level 1 plays `--single-samples`
 * interviews one after the other (one streaming at any moment), for enough session
 * starts to take a median of; the sessions all stay live, so its memory is per session
 * of those.
 */
async function streamLevel(providerUrl: string, level: number) {
  const single = level === 1;
  const clients = single ? singleSamples : level;
  const levelTurns = level > 100 ? turnsLarge : turns;
  note(
    single
      ? `1 streaming interview at a time, ${clients} in turn`
      : `${level} streaming interviews at once, ${levelTurns} turn${levelTurns === 1 ? "" : "s"} each`,
  );
  const { warmUp, result: round } = await withServer(
    { ...serverOptions, name: `level-${level}`, providerUrl, maxSessions: clients, relayProbe },
    async (serve, url, probe) => {
      await resetProvider(providerUrl);
      return fleetRound({
        serve,
        url,
        probe,
        clients,
        moves: `stream:${levelTurns}`,
        rampMs: single ? 0 : rampMs,
        oneAtATime: single,
        prefix: "stream",
        timeoutMs,
      });
    },
  );
  const requests = await providerRequests(providerUrl);
  const provider = providerSide(requests);
  const firstReplies = new Set(
    requests.flatMap((request) => (request.replyIndex === 0 ? [request.arrivalUs] : [])),
  );
  const { fleet, server } = round;
  return {
    /** Interviews streaming at once. */
    level,
    /** Interviews played in all (live sessions at the end). */
    clients,
    turns: levelTurns,
    wallMs: Math.round(round.wallMs),
    turnsDone: fleet.turns,
    errors: fleet.errorCount,
    firstErrors: fleet.firstErrors,
    /** The warm-up: the first session of a freshly started server, which loads what a first turn needs. */
    firstSessionStartMs: {
      toFirstText: warmUp.sessionStart.toFirstTextMs.max,
      overhead: warmUp.sessionStart.overheadMs.max,
    },
    sessionStartMs: fleet.sessionStart,
    laterTurnFirstTextMs: fleet.laterTurnFirstText,
    /**
     * The relay inside the server (the issue's definition, and the target's figure): the
     * server's read of each stamped chunk from the provider's socket → the frame carrying
     * it handed to the client's socket; with the wait before that read and the server's
     * event loop beside it. Null when run with `--relay-probe no`.
     */
    inServerRelay: round.inServer ? summarizeRelay(round.inServer, firstReplies) : null,
    /** End to end: the provider's write → the client's receipt, timed from outside (both hops and the clients' loop included). */
    relayMs: fleet.chunkLatencyMs,
    turnMs: fleet.turnMs,
    connectMs: fleet.connectMs,
    clientLoopDelayMs: fleet.fleetLoopDelayMs,
    server,
    perSession: perSession(round, clients),
    cpuSecondsPerInterview: Math.round((server.cpuSeconds / clients) * 10_000) / 10_000,
    cpuSecondsPerWallSecond: Math.round((server.cpuSeconds / (round.wallMs / 1000)) * 100) / 100,
    provider,
  };
}

async function fullSpeed() {
  note(`full speed: ${fullSpeedClients} interviews, ${fullSpeedChunks} chunks each, no pauses`);
  const { provider, url: providerUrl } = await startProvider("stream", {
    ...profile,
    firstTokenMs: 0,
    chunkMs: 0,
    replyChunks: fullSpeedChunks,
  });
  try {
    const { result: round } = await withServer(
      { ...serverOptions, name: "full-speed", providerUrl, maxSessions: fullSpeedClients, relayProbe },
      (serve, url, probe) =>
        fleetRound({
          serve,
          url,
          probe,
          clients: fullSpeedClients,
          moves: "stream:1",
          rampMs: 0,
          prefix: "full",
          timeoutMs,
        }),
    );
    const { fleet, server } = round;
    const seconds = (fleet.lastDoneUs - fleet.firstSentUs) / 1e6;
    return {
      clients: fullSpeedClients,
      chunksPerReply: fullSpeedChunks,
      chunksRelayed: fleet.chunkLatencyMs.count,
      seconds: Math.round(seconds * 1000) / 1000,
      chunksPerSecond: Math.round(fleet.chunkLatencyMs.count / seconds),
      relayMs: fleet.chunkLatencyMs,
      inServerRelay: round.inServer ? summarizeRelay(round.inServer) : null,
      errors: fleet.errorCount,
      serverCpuSecondsPerWallSecond: Math.round((server.cpuSeconds / seconds) * 100) / 100,
      /** The server's CPU over the round ÷ chunks relayed (the sessions' starts included). */
      serverCpuMsPerChunk: Math.round((server.cpuSeconds / fleet.chunkLatencyMs.count) * 1e6) / 1000,
      clientLoopDelayMs: fleet.fleetLoopDelayMs,
    };
  } finally {
    await provider.stop();
  }
}

async function standard() {
  note(`standard interview: ${standardClients} at once, at the stated pace`);
  const { provider, url: providerUrl } = await startProvider("standard", profile);
  try {
    return await standardRound({ ...serverOptions, providerUrl, clients: standardClients });
  } finally {
    await provider.stop();
  }
}

const stream = await startProvider("stream", profile);
const levelResults = [];
try {
  for (const clients of levels) levelResults.push(await streamLevel(stream.url, clients));
} finally {
  await stream.provider.stop();
}
const full = fullSpeedClients > 0 ? await fullSpeed() : null;
const standardResult = standardClients > 0 ? await standard() : null;

/** Memory per added session between the two largest levels: fixed costs cancel out. */
const byClients = [...levelResults].sort((a, b) => a.clients - b.clients);
const [smaller, larger] = byClients.slice(-2);
const marginalIdleBytesPerSession =
  smaller && larger && larger.clients > smaller.clients
    ? Math.round(
        (larger.server.idleRssBytes -
          larger.server.baselineRssBytes -
          (smaller.server.idleRssBytes - smaller.server.baselineRssBytes)) /
          (larger.clients - smaller.clients),
      )
    : null;

function inServerLines(relay: InServerRelay | null): string[] {
  if (relay === null) return [];
  const { inServerMs: inside, beforeReadMs: before, loopDelayMs: loop } = relay;
  return [
    `    relay per chunk in the server (read from the provider → frame to the client's socket): p50 ${formatMs(inside.p50)}, p90 ${formatMs(inside.p90)}, p99 ${formatMs(inside.p99)}, max ${formatMs(inside.max)} over ${relay.chunks} chunks (${relay.unsent} never relayed)`,
    ...(relay.firstReplyInServerMs && relay.laterRepliesInServerMs && relay.laterRepliesInServerMs.count > 0
      ? [
          `      of each interview's first reply p50 ${formatMs(relay.firstReplyInServerMs.p50)}, p99 ${formatMs(relay.firstReplyInServerMs.p99)} (${relay.firstReplyInServerMs.count} chunks); of later replies p50 ${formatMs(relay.laterRepliesInServerMs.p50)}, p99 ${formatMs(relay.laterRepliesInServerMs.p99)} (${relay.laterRepliesInServerMs.count})`,
        ]
      : []),
    `    before the server read them (provider write → read: loopback and the kernel's buffer): p50 ${formatMs(before.p50)}, p99 ${formatMs(before.p99)}; the server's event loop: delay p99 ${formatMs(loop.p99)}, max ${formatMs(loop.max)}, busy ${(relay.loopUtilization * 100).toFixed(0)}%`,
  ];
}

const waited = (seconds: number | null) => (seconds === null ? "n/a" : `${seconds.toFixed(2)} s`);
const levelLines = levelResults.flatMap((level) => [
  `${level.level === 1 ? `1 at a time (${level.clients} in turn)` : `${level.level} at once`}, ${level.turns} turns of ${profile.replyChunks} chunks: ${level.turnsDone}/${level.clients * level.turns} turns in ${formatMs(level.wallMs)}, ${level.errors} errors`,
  `    session start ${formatMs(level.sessionStartMs.toFirstTextMs.p50)} median (p99 ${formatMs(level.sessionStartMs.toFirstTextMs.p99)}); the provider's own first token ${formatMs(level.sessionStartMs.providerFirstTokenMs.p50)}; Specwright's part ${formatMs(level.sessionStartMs.overheadMs.p50)} median (until the request was read ${formatMs(level.sessionStartMs.untilRequestReadMs.p50)}, first chunk's relay ${formatMs(level.sessionStartMs.firstChunkRelayMs.p50)}), p99 ${formatMs(level.sessionStartMs.overheadMs.p99)}`,
  ...inServerLines(level.inServerRelay),
  `    relay per chunk end to end (provider write → client): p50 ${formatMs(level.relayMs.p50)}, p99 ${formatMs(level.relayMs.p99)}, max ${formatMs(level.relayMs.max)} over ${level.relayMs.count} chunks (the clients' own loop delay p99 ${formatMs(level.clientLoopDelayMs.p99)})`,
  `    server RSS ${formatBytes(level.server.baselineRssBytes)} before, ${formatBytes(level.server.streamingPeakRssBytes)} at peak, ${formatBytes(level.server.idleRssBytes)} idle: per live session ${formatBytes(level.perSession.streamingBytes)} streaming, ${formatBytes(level.perSession.idleBytes)} idle`,
  `    server CPU ${level.server.cpuSeconds.toFixed(2)} s: ${(level.cpuSecondsPerInterview * 1000).toFixed(1)} ms per interview, ${level.cpuSecondsPerWallSecond} s per wall second; requests ${formatBytes(level.provider.requestBytes.mean)} on average`,
  `    waiting for a CPU while ready to run (other work on the machine): server ${waited(level.server.mainThreadWaitingSeconds)}, clients ${waited(level.server.clientsWaitingSeconds)}`,
]);
report(
  "server-path",
  {
    profile,
    rampMs,
    levels: levelResults,
    marginalIdleBytesPerSession,
    fullSpeed: full,
    standard: standardResult,
    cpuProfileDir: cpuProfDir === "" ? null : cpuProfDir,
  },
  [
    `provider: first chunk ${profile.firstTokenMs} ms after a request, then ${profile.chunkTokens} tokens every ${profile.chunkMs} ms (Anthropic Messages streaming); server and clients in processes of their own`,
    ...levelLines,
    ...(marginalIdleBytesPerSession === null
      ? []
      : [
          `memory per added idle session between the two largest levels: ${formatBytes(marginalIdleBytesPerSession)}`,
        ]),
    ...(full
      ? [
          `full speed: ${full.chunksRelayed} chunks in ${full.seconds} s, ${full.chunksPerSecond} chunks/s relayed (${full.clients} interviews); relay end to end p50 ${formatMs(full.relayMs.p50)}, p99 ${formatMs(full.relayMs.p99)}; server CPU ${full.serverCpuSecondsPerWallSecond} s per wall second, ${full.serverCpuMsPerChunk} ms per chunk`,
          ...inServerLines(full.inServerRelay),
        ]
      : []),
    ...(standardResult
      ? [
          `standard interview, ${standardResult.clients} started together: ${standardResult.completeSpecs}/${standardResult.clients} finished specs in ${formatMs(standardResult.wallMs)}, ${standardResult.errors} errors; start → first text ${formatMs(standardResult.startToFirstTextMs.p50)} median, max ${formatMs(standardResult.startToFirstTextMs.max)}`,
          `    per interview: ${(standardResult.cpuSecondsPerInterview * 1000).toFixed(0)} ms of server CPU, ${formatBytes(standardResult.perSession.idleBytes)} of server memory idle after it (${formatBytes(standardResult.perSession.streamingBytes)} at peak); ${standardResult.provider.interviewRequests} requests, ${formatBytes(standardResult.provider.requestBytes.mean)} each on average (first ${formatBytes(standardResult.provider.requestBytes.first ?? Number.NaN)}, largest ${formatBytes(standardResult.provider.requestBytes.max)})`,
        ]
      : []),
  ],
);
const failed =
  levelResults.some((level) => level.errors > 0 || level.turnsDone < level.clients * level.turns) ||
  (full !== null && full.errors > 0) ||
  (standardResult !== null &&
    (standardResult.errors > 0 || standardResult.completeSpecs < standardResult.clients));
if (failed) process.exitCode = 1;
