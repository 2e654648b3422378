import { REFERENCE_BASELINE } from "./reference-baseline.js";

/**
 * Where Specwright stands against its performance targets, read from one run's results
 * (bench/all.ts collects them). Each target says what was measured and where; a target
 * whose benchmark did not run (or was skipped) is left unjudged rather than guessed.
 */
export interface TargetRow {
  target: string;
  goal: string;
  measured: string;
  /** The figure judged, in the goal's unit; null when not measured. */
  value: number | null;
  met: boolean | null;
  /** Where the figure comes from, and anything that qualifies it. */
  source: string;
  /** Figures shown beside the judged one, not judged (the relay's end-to-end time, say). */
  beside?: Record<string, number>;
}

type Results = Record<string, Record<string, unknown> | undefined>;

interface Tail {
  count: number;
  p50: number;
  p99: number;
  max: number;
}
interface InServerRelay {
  chunks: number;
  inServerMs: Tail;
  beforeReadMs: Tail;
  loopDelayMs: { p99: number };
}
interface Level {
  /** Interviews streaming at once. */
  level: number;
  clients: number;
  sessionStartMs: { overheadMs: Tail; toFirstTextMs: Tail; providerFirstTokenMs: Tail };
  /** End to end, timed from outside. */
  relayMs: Tail;
  /** Inside the server (relay-probe.ts); absent in runs from before it, null when run without it. */
  inServerRelay?: InServerRelay | null;
  perSession: { streamingBytes: number; idleBytes: number };
  clientLoopDelayMs: { p99: number };
}
interface StandardSide {
  startToFirstTextMs: Tail;
  perSession: { streamingBytes: number; idleBytes: number };
  cpuSecondsPerInterview: number;
  provider: { requestBytes: { mean: number } };
}

const MIB = 1024 * 1024;
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const mib = (bytes: number) => `${(bytes / MIB).toFixed(2)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

function level(results: Results, atOnce: number): Level | undefined {
  const levels = results["server-path"]?.levels as Level[] | undefined;
  return levels?.find((candidate) => candidate.level === atOnce);
}

function row(
  target: string,
  goal: string,
  value: number | null,
  limit: (value: number) => boolean,
  measured: (value: number) => string,
  source: string,
): TargetRow {
  return {
    target,
    goal,
    value,
    met: value === null ? null : limit(value),
    measured: value === null ? "not measured" : measured(value),
    source,
  };
}

export function evaluateTargets(results: Results): TargetRow[] {
  const rows: TargetRow[] = [];
  const one = level(results, 1);
  const hundred = level(results, 100);
  const thousand = level(results, 1000);

  rows.push(
    row(
      "session start over the provider's own latency",
      "≤ 10 ms",
      one ? one.sessionStartMs.overheadMs.p50 : null,
      (value) => value <= 10,
      (value) =>
        `${ms(value)} median${one ? ` (p99 ${ms(one.sessionStartMs.overheadMs.p99)}; start → first text ${ms(one.sessionStartMs.toFirstTextMs.p50)}, provider ${ms(one.sessionStartMs.providerFirstTokenMs.p50)})` : ""}`,
      "server-path, one interview at a time: (start → first stamped text) − (provider's request → first chunk)",
    ),
  );
  for (const [at, limit] of [
    [hundred, 5],
    [thousand, 50],
  ] as const) {
    const clients = limit === 5 ? 100 : 1000;
    const inside = at?.inServerRelay ?? null;
    const endToEnd = at
      ? `end to end ${ms(at.relayMs.p99)} (p50 ${ms(at.relayMs.p50)}; clients' own loop delay p99 ${ms(at.clientLoopDelayMs.p99)})`
      : "";
    const judged = row(
      `relay p99 at ${clients.toLocaleString("en")} streaming interviews`,
      `≤ ${limit} ms`,
      inside ? inside.inServerMs.p99 : null,
      (value) => value <= limit,
      (value) =>
        `${ms(value)} in the server (p50 ${ms(inside?.inServerMs.p50 ?? Number.NaN)}, ${inside?.chunks ?? 0} chunks; before the server read them p99 ${ms(inside?.beforeReadMs.p99 ?? Number.NaN)}, its loop delay p99 ${ms(inside?.loopDelayMs.p99 ?? Number.NaN)}); ${endToEnd}`,
      "server-path with its relay probe: the server's read of each stamped chunk from the provider's socket → the frame carrying it handed to the client's socket (the issue's definition); end to end (provider's write → client's receipt, two loopback hops and the clients included) beside it",
    );
    if (at && !inside)
      judged.measured = `not measured in the server (run without the relay probe); ${endToEnd}`;
    if (at)
      judged.beside = {
        endToEndP50Ms: at.relayMs.p50,
        endToEndP99Ms: at.relayMs.p99,
        ...(inside
          ? { beforeReadP99Ms: inside.beforeReadMs.p99, serverLoopDelayP99Ms: inside.loopDelayMs.p99 }
          : {}),
      };
    rows.push(judged);
  }
  const largest = thousand ?? hundred;
  const standard = results["server-path"]?.standard as StandardSide | null | undefined;
  rows.push(
    row(
      "server memory per live interview",
      "≤ 1 MiB",
      largest ? Math.max(largest.perSession.streamingBytes, largest.perSession.idleBytes) : null,
      (value) => value <= MIB,
      (value) =>
        `${mib(value)} at ${largest?.level} streaming (idle ${mib(largest?.perSession.idleBytes ?? Number.NaN)})${standard ? `; ${mib(standard.perSession.idleBytes)} after a whole standard interview` : ""}`,
      "server-path: the server's RSS growth over its baseline ÷ live sessions",
    ),
  );

  const cost = results["interview-cost"];
  const requests = (cost?.byRequest as { bytes: number; turn: number }[] | undefined) ?? [];
  const meanRequest =
    requests.length === 0
      ? null
      : requests.reduce((sum, request) => sum + request.bytes, 0) / requests.length;
  const versus = results["vs-agent-sdk"];
  const measuredClaudeCode =
    versus && versus.skipped === false
      ? (versus.rounds as Record<string, { alone: StandardSide }>)["claude-code"]?.alone.provider.requestBytes
          .mean
      : undefined;
  const claudeCodeBytes = measuredClaudeCode ?? REFERENCE_BASELINE.requestBytes;
  rows.push(
    row(
      "request bytes per turn against the Claude Code way",
      "≤ 1/3",
      meanRequest === null ? null : meanRequest / claudeCodeBytes,
      (value) => value <= 1 / 3,
      (value) =>
        `${value.toFixed(3)}: ${kb(meanRequest ?? Number.NaN)} per request on average against ${kb(claudeCodeBytes)}${measuredClaudeCode === undefined ? " (stated baseline)" : " (measured)"}`,
      "interview-cost (the standard interview's requests) against vs-agent-sdk, or the reference's stated figure",
    ),
  );
  const share = typeof cost?.cacheShareAfterTurn1 === "number" ? cost.cacheShareAfterTurn1 : null;
  rows.push(
    row(
      "input tokens read from the cache after turn 1",
      "≥ 80%",
      share,
      (value) => value >= 0.8,
      (value) => `${(value * 100).toFixed(1)}%`,
      "interview-cost: cache reads ÷ all input tokens of turns 2–14, the person answering within five minutes",
    ),
  );
  return rows;
}

/** The rows as a table for the summary on stderr. */
export function targetLines(rows: readonly TargetRow[]): string[] {
  const verdict = (met: boolean | null) => (met === null ? "–" : met ? "met" : "MISSED");
  return rows.map(
    (entry) => `${verdict(entry.met).padEnd(6)} ${entry.target} (${entry.goal}): ${entry.measured}`,
  );
}

export interface ComparisonRow {
  what: string;
  specwright: string;
  claudeCode: string;
  /** Specwright ÷ the Claude Code way; null where one side is missing. */
  ratio: number | null;
}

/**
 * Specwright's model engine beside the Claude Code way: measured by vs-agent-sdk when
 * the SDK is installed, otherwise the reference's stated figures, labelled as such.
 */
export function compareWithClaudeCode(results: Results): { source: string; rows: ComparisonRow[] } {
  const one = level(results, 1);
  const standard = results["server-path"]?.standard as
    | (StandardSide & { clients: number })
    | null
    | undefined;
  const cost = results["interview-cost"];
  const requests = (cost?.byRequest as { bytes: number }[] | undefined) ?? [];
  const meanRequest =
    requests.length === 0
      ? null
      : requests.reduce((sum, request) => sum + request.bytes, 0) / requests.length;
  const versus = results["vs-agent-sdk"];
  const measured = versus && versus.skipped === false;
  const rounds = measured
    ? (versus.rounds as Record<string, { alone: StandardSide; together: StandardSide | null }>)
    : null;
  const base = REFERENCE_BASELINE;
  const theirs = rounds?.["claude-code"];
  const ours = rounds?.anthropic;
  const ratio = (mine: number | null | undefined, other: number | null | undefined) =>
    mine == null || other == null || other === 0 ? null : Math.round((mine / other) * 1000) / 1000;

  const start = ours ? ours.alone.startToFirstTextMs.p50 : (one?.sessionStartMs.toFirstTextMs.p50 ?? null);
  const startOther = theirs ? theirs.alone.startToFirstTextMs.p50 : base.startToFirstTextMs;
  const memory = ours ? ours.alone.perSession.streamingBytes : (standard?.perSession.streamingBytes ?? null);
  const memoryOther = theirs ? theirs.alone.perSession.streamingBytes : base.memoryBytesPerSession;
  const cpu = ours ? ours.alone.cpuSecondsPerInterview : (standard?.cpuSecondsPerInterview ?? null);
  const cpuOther = theirs ? theirs.alone.cpuSecondsPerInterview : base.cpuSecondsPerSession;
  const bytes = ours ? ours.alone.provider.requestBytes.mean : meanRequest;
  const bytesOther = theirs ? theirs.alone.provider.requestBytes.mean : base.requestBytes;
  const together = ours?.together ?? standard ?? null;
  const togetherOther = theirs?.together ?? null;
  const show = (value: number | null, format: (value: number) => string) =>
    value === null ? "not measured" : format(value);
  return {
    source: measured
      ? "measured by vs-agent-sdk: the same scripted interview through both engines against the same provider"
      : `${base.label} (Specwright's side from this run)`,
    rows: [
      {
        what: "start → first text, one session",
        specwright: show(start, ms),
        claudeCode: ms(startOther),
        ratio: ratio(start, startOther),
      },
      {
        what: "server memory per session",
        specwright: show(memory, mib),
        claudeCode: mib(memoryOther),
        ratio: ratio(memory, memoryOther),
      },
      {
        what: "CPU per interview",
        specwright: show(cpu, (value) => `${value.toFixed(3)} s`),
        claudeCode: `${cpuOther.toFixed(3)} s`,
        ratio: ratio(cpu, cpuOther),
      },
      {
        what: "bytes per request",
        specwright: show(bytes, kb),
        claudeCode: kb(bytesOther),
        ratio: ratio(bytes, bytesOther),
      },
      {
        what: `slowest first text, ${together && "clients" in together ? together.clients : 10} started together`,
        specwright: together ? ms(together.startToFirstTextMs.max) : "not measured",
        claudeCode: togetherOther
          ? ms(togetherOther.startToFirstTextMs.max)
          : `over ${ms(base.tenTogetherFirstTextMsAtLeast)}`,
        ratio: ratio(together?.startToFirstTextMs.max, togetherOther?.startToFirstTextMs.max),
      },
    ],
  };
}

/**
 * What the standard interview costs, from `interview-cost`: tokens of each kind, dollars
 * at the engine's price table, bytes sent per turn and per request, and the share of
 * input read from the cache after the greeting. Null when it did not run.
 */
export function interviewCostSummary(results: Results) {
  const cost = results["interview-cost"];
  if (!cost?.total) return null;
  const total = cost.total as {
    input: number;
    cacheWrite: number;
    cacheRead: number;
    output: number;
    costUsd: number;
  };
  const requests = (cost.byRequest as { bytes: number; turn: number }[] | undefined) ?? [];
  const byTurn = new Map<number, number>();
  for (const request of requests) byTurn.set(request.turn, (byTurn.get(request.turn) ?? 0) + request.bytes);
  const turnBytes = [...byTurn.values()];
  const mean = (values: readonly number[]) =>
    values.length === 0 ? null : Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
  return {
    model: cost.model as string,
    priceUsdPerMillionTokens: cost.priceUsdPerMillionTokens,
    tokens: {
      uncachedInput: total.input,
      cacheWrites: total.cacheWrite,
      cacheReads: total.cacheRead,
      output: total.output,
    },
    costUsd: total.costUsd,
    costWithoutCacheUsd: cost.costWithoutCacheUsd as number,
    requests: requests.length,
    requestBytes: {
      meanPerRequest: mean(requests.map((request) => request.bytes)),
      meanPerTurn: mean(turnBytes),
      smallest: Math.min(...requests.map((request) => request.bytes)),
      largest: Math.max(...requests.map((request) => request.bytes)),
    },
    cacheShareAfterTurn1: cost.cacheShareAfterTurn1 as number,
  };
}

export function interviewCostLines(summary: ReturnType<typeof interviewCostSummary>): string[] {
  if (!summary) return [];
  const { tokens, requestBytes } = summary;
  return [
    `the standard interview on ${summary.model}: $${summary.costUsd.toFixed(4)} ($${summary.costWithoutCacheUsd.toFixed(4)} without caching); tokens: ${tokens.uncachedInput} uncached input, ${tokens.cacheWrites} cache writes, ${tokens.cacheReads} cache reads, ${tokens.output} output`,
    `  ${summary.requests} requests: ${kb(requestBytes.meanPerRequest ?? Number.NaN)} each on average (${kb(requestBytes.smallest)}–${kb(requestBytes.largest)}), ${kb(requestBytes.meanPerTurn ?? Number.NaN)} per turn; ${(summary.cacheShareAfterTurn1 * 100).toFixed(1)}% of input read from the cache after turn 1`,
  ];
}
