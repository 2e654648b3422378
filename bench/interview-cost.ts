/**
 * What the standard interview costs on the Anthropic format: the model engine and a real
 * session against the fake provider, in process, with no usage scripted. The fake
 * computes each request's input, cache writes, cache reads and output from the request
 * and the reply, following Anthropic's prompt-caching rules, and the session reports
 * them in its `usage` frames. Tokens and dollars, per turn and in total, the share of
 * input read from the cache after the greeting, and for every request where its cache
 * breakpoints sit and what changed since the request before.
 *
 * The turns run back to back. `--think-minutes` adds interviews where the person takes
 * that long before each turn (the fake's cache clock jumps ahead; nothing waits), to
 * show what happens when the cache's five minutes run out between answers.
 *
 *   node --import tsx bench/interview-cost.ts [--model claude-sonnet-5-5] [--think-minutes 0,6]
 */
import { access } from "node:fs/promises";
import { join } from "node:path";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../src/app-spec/paths.js";
import { costOf, DEFAULT_ANTHROPIC_MODEL } from "../src/engines/model/index.js";
import type { TokenUsage } from "../src/types/usage.js";
import { readFlags } from "./support/flags.js";
import {
  cacheShare,
  type PlayedInterview,
  playWithUsage,
  promptTokens,
  sumUsage,
} from "./support/interview-usage.js";
import { STANDARD_FEATURE_COUNT, standardInterview } from "./support/model-script.js";
import { accountRequests, type RequestAccount } from "./support/prompt-account.js";
import { previousResults, report } from "./support/report.js";
import { withTempDir } from "./support/temp-dir.js";

/** The share of input tokens after the greeting that should come from the cache. */
const CACHE_SHARE_GOAL = 0.8;

const flags = readFlags("node --import tsx bench/interview-cost.ts [options]", {
  model: {
    default: DEFAULT_ANTHROPIC_MODEL,
    help: "the Claude model, priced from src/engines/model/prices.ts",
  },
  "think-minutes": {
    default: "0,6",
    help: "the person's time before each turn, one interview per value; the first is reported turn by turn",
  },
});
const thinkMinutes = flags["think-minutes"].split(",").map((part) => {
  const value = Number(part.trim());
  if (part.trim() === "" || !Number.isFinite(value) || value < 0)
    throw new Error(`--think-minutes takes minutes of 0 or more, comma-separated, not "${part}"`);
  return value;
});

type AccountedRequest = RequestAccount & { turn: number; call: number };

interface Scenario {
  thinkMinutes: number;
  played: PlayedInterview;
  requests: AccountedRequest[];
  mismatches: { turn: number; replayed: object; reported: object }[];
  files: { appSpec: boolean; initializer: boolean };
  total: TokenUsage;
  costUsd: number;
  costWithoutCacheUsd: number;
  shareAfterGreeting: number;
  completedAt: number | null;
  complete: boolean;
}

async function measure(projectsDir: string, minutes: number): Promise<Scenario> {
  const project = `interview-cost-${minutes}`;
  const played = await playWithUsage(projectsDir, project, standardInterview(), {
    model: flags.model,
    thinkMs: minutes * 60_000,
  });
  const onDisk = (path: string) =>
    access(join(projectsDir, project, path)).then(
      () => true,
      () => false,
    );
  const files = { appSpec: await onDisk(APP_SPEC_PATH), initializer: await onDisk(INITIALIZER_PROMPT_PATH) };

  const offsets = new Map(played.turns.flatMap((turn) => turn.requests.map((r) => [r, turn.clockOffsetMs])));
  const accounts = accountRequests(
    played.turns.flatMap((turn) => turn.requests),
    played.model,
    (request) => offsets.get(request) ?? 0,
  );
  const requests: AccountedRequest[] = [];
  for (const turn of played.turns)
    turn.requests.forEach((_, call) => {
      requests.push({ ...accounts[requests.length]!, turn: turn.turn, call: call + 1 });
    });

  // The replayed cache must agree with what the session reported, turn by turn, or one of them is wrong.
  const mismatches = played.turns.flatMap((turn) => {
    const mine = requests.filter((request) => request.turn === turn.turn);
    const sum = (pick: (request: RequestAccount) => number) => mine.reduce((total, r) => total + pick(r), 0);
    const replayed = { input: sum((r) => r.input), read: sum((r) => r.read), write: sum((r) => r.write) };
    const reported = {
      input: turn.usage.input_tokens,
      read: turn.usage.cache_read_tokens,
      write: turn.usage.cache_write_tokens,
    };
    return JSON.stringify(replayed) === JSON.stringify(reported)
      ? []
      : [{ turn: turn.turn, replayed, reported }];
  });

  const total = sumUsage(played.turns.map((turn) => turn.usage));
  /** The same tokens with no prompt caching: every input token at the input price. */
  const uncached: TokenUsage = {
    input_tokens: promptTokens(total),
    output_tokens: total.output_tokens,
    cache_read_tokens: 0,
    cache_write_tokens: 0,
  };
  return {
    thinkMinutes: minutes,
    played,
    requests,
    mismatches,
    files,
    total,
    costUsd: costOf(total, played.price),
    costWithoutCacheUsd: costOf(uncached, played.price),
    shareAfterGreeting: cacheShare(sumUsage(played.turns.slice(1).map((turn) => turn.usage))),
    completedAt: played.turns.find((turn) => turn.complete)?.turn ?? null,
    complete: played.turns.at(-1)?.complete ?? false,
  };
}

const scenarios = await withTempDir(async (projectsDir) => {
  const measured: Scenario[] = [];
  for (const minutes of thinkMinutes) measured.push(await measure(projectsDir, minutes));
  return measured;
});
const main = scenarios[0]!;
const { played } = main;
const price = played.price;
const previous = previousResults("interview-cost");

const round = (value: number, digits = 6) => Math.round(value * 10 ** digits) / 10 ** digits;
const tokensOf = (usage: TokenUsage) => ({
  input: usage.input_tokens,
  cacheWrite: usage.cache_write_tokens,
  cacheRead: usage.cache_read_tokens,
  output: usage.output_tokens,
});
const totalsOf = (scenario: Scenario) => ({
  thinkMinutes: scenario.thinkMinutes,
  completedAtTurn: scenario.completedAt,
  completeAtEnd: scenario.complete,
  filesOnDisk: scenario.files,
  total: {
    ...tokensOf(scenario.total),
    promptTokens: promptTokens(scenario.total),
    costUsd: round(scenario.costUsd),
  },
  sessionReportedCostUsd:
    scenario.played.sessionCostUsd === null ? null : round(scenario.played.sessionCostUsd),
  costWithoutCacheUsd: round(scenario.costWithoutCacheUsd),
  cacheShareAfterTurn1: round(scenario.shareAfterGreeting, 4),
  cacheShareGoalMet: scenario.shareAfterGreeting >= CACHE_SHARE_GOAL,
  replayMatchesSession: scenario.mismatches.length === 0,
  mismatches: scenario.mismatches,
});

const results = {
  model: played.model,
  priceUsdPerMillionTokens: price,
  featureCount: STANDARD_FEATURE_COUNT,
  turns: played.turns.length,
  modelCalls: main.requests.length,
  cacheShareGoal: CACHE_SHARE_GOAL,
  ...totalsOf(main),
  byTurn: played.turns.map((turn) => ({
    turn: turn.turn,
    move: turn.move,
    modelCalls: turn.modelCalls,
    ...tokensOf(turn.usage),
    costUsd: round(turn.costUsd),
    cacheShare: round(cacheShare(turn.usage), 4),
    events: turn.events,
  })),
  byRequest: main.requests.map((request) => ({
    turn: request.turn,
    call: request.call,
    bytes: request.bytes,
    blocks: request.blocks,
    promptTokens: request.promptTokens,
    breakpoints: request.breakpoints,
    firstChange: request.firstChange,
    input: request.input,
    cacheWrite: request.write,
    cacheRead: request.read,
  })),
  /** The same interview with the person taking longer before each turn (the first is the one above). */
  scenarios: scenarios.map((scenario) => ({
    ...totalsOf(scenario),
    costUsdByTurn: scenario.played.turns.map((turn) => round(turn.costUsd)),
    cacheShareByTurn: scenario.played.turns.map((turn) => round(cacheShare(turn.usage), 4)),
  })),
};

const pad = (value: string | number, width: number) => String(value).padStart(width);
const usd = (value: number) => `$${value.toFixed(4)}`;
const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : "–");
const header = `${"turn".padEnd(4)} ${"move".padEnd(7)} ${pad("calls", 5)} ${pad("input", 6)} ${pad("cache wr", 8)} ${pad("cache rd", 8)} ${pad("output", 6)} ${pad("cost", 8)} ${pad("from cache", 10)}`;
const row = (label: string, move: string, calls: number | string, usage: TokenUsage, cost: number) =>
  `${label.padEnd(4)} ${move.padEnd(7)} ${pad(calls, 5)} ${pad(usage.input_tokens, 6)} ${pad(usage.cache_write_tokens, 8)} ${pad(usage.cache_read_tokens, 8)} ${pad(usage.output_tokens, 6)} ${pad(usd(cost), 8)} ${pad(percent(cacheShare(usage)), 10)}`;

const shortPlace = (place: string) => place.replace(/^messages/, "m");
const requestLine = (request: AccountedRequest) => {
  const marks = request.breakpoints.map((point) => `${shortPlace(point.place)} @${point.tokensThrough}`);
  const change = request.firstChange
    ? request.firstChange.at >= request.firstChange.previousBlocks
      ? "appended only"
      : `changed from block ${request.firstChange.at} (${shortPlace(request.firstChange.place)}, after ${request.firstChange.tokensBefore} tokens)`
    : "first request";
  return `${pad(`${request.turn}.${request.call}`, 5)} ${pad(`${(request.bytes / 1024).toFixed(1)} KiB`, 9)} ${pad(request.blocks, 3)} blocks ${pad(request.promptTokens, 6)} tokens: read ${pad(request.read, 6)}, write ${pad(request.write, 5)}, input ${pad(request.input, 3)}; ${change}; breakpoints ${marks.join(", ")}`;
};
const scenarioLine = (scenario: Scenario) =>
  `${scenario.thinkMinutes} min before each turn: ${usd(scenario.costUsd)}, ${percent(scenario.shareAfterGreeting)} of input from the cache after turn 1, cache writes ${scenario.total.cache_write_tokens}, reads ${scenario.total.cache_read_tokens}${scenario.complete ? "" : ", SPEC NOT COMPLETE"}${scenario.mismatches.length > 0 ? ", REPLAY DISAGREES" : ""}`;

const previousTotal = previous?.total as { costUsd?: number } | undefined;
const summary = [
  `${played.model} at $${price.input}/$${price.output} per million input/output tokens (cache write $${price.cacheWrite}, read $${price.cacheRead})`,
  `standard interview: ${played.turns.length} turns, ${main.requests.length} model calls, ${STANDARD_FEATURE_COUNT}-feature spec; ${main.complete ? `complete from turn ${main.completedAt}` : "SPEC NOT COMPLETE"}; initializer written by Specwright: ${main.files.initializer ? "yes" : "NO"}; turns back to back${main.thinkMinutes > 0 ? ` after ${main.thinkMinutes} min each` : ""}`,
  header,
  ...played.turns.map((turn) => row(String(turn.turn), turn.move, turn.modelCalls, turn.usage, turn.costUsd)),
  row("all", "", main.requests.length, main.total, main.costUsd),
  `input tokens read from the cache after turn 1: ${percent(main.shareAfterGreeting)} (goal ${percent(CACHE_SHARE_GOAL)}: ${main.shareAfterGreeting >= CACHE_SHARE_GOAL ? "met" : "NOT MET"})`,
  `cost ${usd(main.costUsd)} (the session reported ${played.sessionCostUsd === null ? "none" : usd(played.sessionCostUsd)}); without prompt caching it would be ${usd(main.costWithoutCacheUsd)}`,
  main.mismatches.length === 0
    ? "the fake's cache replayed over the recorded requests gives every turn the usage the session reported"
    : `REPLAYED CACHE DISAGREES with the session on turns ${main.mismatches.map((m) => m.turn).join(", ")}`,
  ...scenarios.slice(1).map(scenarioLine),
  ...(previousTotal?.costUsd !== undefined
    ? [
        `last run (${String(previous?.date)}): cost ${usd(previousTotal.costUsd)}, from the cache after turn 1 ${percent(Number(previous?.cacheShareAfterTurn1))}`,
      ]
    : []),
  "requests (turn.call, body, prompt blocks and tokens, cache account, what changed since the request before, breakpoints @ tokens through them):",
  ...main.requests.map((request) => `  ${requestLine(request)}`),
];

report("interview-cost", results, summary);
const failed = scenarios.some(
  (scenario) => !scenario.complete || scenario.mismatches.length > 0 || !scenario.files.initializer,
);
if (failed) process.exitCode = 1;
