/**
 * The same scripted interview through both ways Specwright can talk to Claude, against
 * the same paced fake provider (bench/support/paced-provider.ts, `standard` mode) and
 * the same WebSocket clients: `specwright serve --engine anthropic` (the model engine)
 * and `specwright serve --engine claude-code` (the Claude Agent SDK, which runs a Claude
 * Code program per session, pointed at the fake with ANTHROPIC_BASE_URL). One interview
 * alone, then `--together` started at once; ratios of start time, memory, CPU and bytes
 * per request.
 *
 * Needs `@anthropic-ai/claude-agent-sdk` (`npm install -g @anthropic-ai/claude-agent-sdk`);
 * without it, it says so, reports the reference's stated figures instead, and exits 0.
 *
 *   node --import tsx bench/vs-agent-sdk.ts [--together 10]
 */
import { ClaudeAgentSdkMissingError, createSdkLoader } from "../src/engines/claude-code/index.js";
import { nonNegativeInteger, positiveInteger, readFlags } from "./support/flags.js";
import { formatBytes, formatMs } from "./support/format.js";
import { REFERENCE_BASELINE } from "./support/reference-baseline.js";
import { note, report } from "./support/report.js";
import { requireBuild, startProvider } from "./support/serve-process.js";
import { type ServeEngine, type StandardRound, standardRound } from "./support/server-rounds.js";

const flags = readFlags("node --import tsx bench/vs-agent-sdk.ts [options]", {
  together: { default: "10", help: "interviews started at once in the second round (0: skip it)" },
  "chunk-tokens": { default: "20", help: "tokens per chunk" },
  "chunk-ms": { default: "50", help: "the provider's pause between chunks" },
  "first-token-ms": { default: "50", help: "the provider's time from a request to its first chunk" },
  "timeout-s": { default: "300", help: "the longest any one round may take" },
});
const together = nonNegativeInteger("together", flags.together);
const profile = {
  firstTokenMs: nonNegativeInteger("first-token-ms", flags["first-token-ms"]),
  chunkTokens: positiveInteger("chunk-tokens", flags["chunk-tokens"]),
  chunkMs: nonNegativeInteger("chunk-ms", flags["chunk-ms"]),
  replyChunks: 1,
};
const timeoutMs = positiveInteger("timeout-s", flags["timeout-s"]) * 1000;

const missing = await createSdkLoader()().then(
  () => null,
  (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
);
if (missing) {
  const why =
    missing instanceof ClaudeAgentSdkMissingError
      ? "@anthropic-ai/claude-agent-sdk is not installed"
      : `@anthropic-ai/claude-agent-sdk could not be loaded: ${missing.message}`;
  const base = REFERENCE_BASELINE;
  report("vs-agent-sdk", { skipped: true, reason: why, statedBaseline: base }, [
    `SKIPPED: ${why}; the Claude Code side was not measured (npm install -g @anthropic-ai/claude-agent-sdk to run it).`,
    `${base.label}:`,
    `    start to first text ${formatMs(base.startToFirstTextMs)}; ${base.memoryBytesPerSession / 1e6} MB and ${base.cpuSecondsPerSession} CPU-s per session; ${base.requestBytes / 1000} KB per request (${base.unusedToolSchemaBytes / 1000} KB of it tool schemas an interview never uses); ten started together wait over ${formatMs(base.tenTogetherFirstTextMsAtLeast)} for their first text`,
  ]);
  process.exit(0);
}
requireBuild();

const { provider, url: providerUrl } = await startProvider("standard", profile);
const rounds: Record<ServeEngine, { alone: StandardRound; together: StandardRound | null }> = {} as never;
try {
  for (const engine of ["anthropic", "claude-code"] as const) {
    note(`${engine}: one standard interview`);
    const alone = await standardRound({ engine, providerUrl, clients: 1, timeoutMs });
    note(`${engine}: ${together} standard interviews started together`);
    const atOnce =
      together > 0 ? await standardRound({ engine, providerUrl, clients: together, timeoutMs }) : null;
    rounds[engine] = { alone, together: atOnce };
  }
} finally {
  await provider.stop();
}

const ours = rounds.anthropic;
const theirs = rounds["claude-code"];
/** Specwright's model engine as a share of the Claude Code way: below 1 is less. */
const ratio = (mine: number, other: number) => (other > 0 ? Math.round((mine / other) * 1000) / 1000 : null);
const ratios = {
  startToFirstText: ratio(ours.alone.startToFirstTextMs.p50, theirs.alone.startToFirstTextMs.p50),
  memoryPerSession: ratio(ours.alone.perSession.streamingBytes, theirs.alone.perSession.streamingBytes),
  cpuPerInterview: ratio(ours.alone.cpuSecondsPerInterview, theirs.alone.cpuSecondsPerInterview),
  bytesPerRequest: ratio(ours.alone.provider.requestBytes.mean, theirs.alone.provider.requestBytes.mean),
  togetherStartToFirstText:
    ours.together && theirs.together
      ? ratio(ours.together.startToFirstTextMs.max, theirs.together.startToFirstTextMs.max)
      : null,
};
const line = (name: string, round: StandardRound) =>
  `${name}: ${round.completeSpecs}/${round.clients} specs, start → first text ${formatMs(round.startToFirstTextMs.p50)} (max ${formatMs(round.startToFirstTextMs.max)}), ${formatBytes(round.perSession.streamingBytes)} and ${(round.cpuSecondsPerInterview * 1000).toFixed(0)} ms CPU per interview, ${round.provider.interviewRequests} interview requests of ${formatBytes(round.provider.requestBytes.mean)} on average (+${round.provider.otherRequests} others), peak ${round.server.peakProcesses} processes, ${round.errors} errors`;
report("vs-agent-sdk", { skipped: false, profile, rounds, ratios, statedBaseline: REFERENCE_BASELINE }, [
  line("model engine, alone", ours.alone),
  line("Claude Code engine, alone", theirs.alone),
  ...(ours.together ? [line(`model engine, ${together} together`, ours.together)] : []),
  ...(theirs.together ? [line(`Claude Code engine, ${together} together`, theirs.together)] : []),
  `model engine ÷ Claude Code engine: start ${ratios.startToFirstText}, memory ${ratios.memoryPerSession}, CPU ${ratios.cpuPerInterview}, bytes per request ${ratios.bytesPerRequest}${ratios.togetherStartToFirstText === null ? "" : `, slowest start of ${together} together ${ratios.togetherStartToFirstText}`}`,
]);
const failed = [ours.alone, theirs.alone, ours.together, theirs.together].some(
  (round) => round !== null && (round.errors > 0 || round.completeSpecs < round.clients),
);
if (failed) process.exitCode = 1;
