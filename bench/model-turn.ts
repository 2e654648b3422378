/**
 * The model engine against the fake provider (in process, on 127.0.0.1): time per turn
 * of the standard scripted interview (bench/support/model-script.ts: fourteen turns with
 * questions, tool calls and a 100-feature spec), what Specwright adds on top of the
 * provider, and how a turn's cost grows with the length of the conversation.
 *
 *   node --import tsx bench/model-turn.ts [--formats anthropic,openai-compatible]
 *     [--interviews 5] [--long-turns 50] [--long-runs 2] [--floor-runs 50]
 */
import { DEFAULT_ANTHROPIC_MODEL } from "../src/engines/model/index.js";
import { transcriptToMessages } from "../src/engines/model/transcript-messages.js";
import { SessionStore, STORED_SESSION_VERSION } from "../src/store/index.js";
import type { Transcript } from "../src/types/transcript.js";
import { choiceList, nonNegativeInteger, positiveInteger, readFlags } from "./support/flags.js";
import { formatBytes, formatMs, formatSummary } from "./support/format.js";
import { RssPeak } from "./support/memory.js";
import { greetingTurn, longConversationTurn, standardInterview } from "./support/model-script.js";
import {
  benchSession,
  FORMATS,
  type Format,
  ScriptedModelInterview,
  type TimedTurn,
} from "./support/model-session.js";
import { report } from "./support/report.js";
import { rounded, type Summary, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";
import { TimedProvider } from "./support/timed-provider.js";

const flags = readFlags("node --import tsx bench/model-turn.ts [options]", {
  formats: { default: FORMATS.join(","), help: "wire formats, comma-separated" },
  interviews: { default: "5", help: "timed runs of the standard interview per format" },
  warmup: { default: "1", help: "untimed runs of it first" },
  "long-turns": { default: "50", help: "turns of the long conversation" },
  "long-runs": { default: "2", help: "long conversations per format" },
  "floor-runs": { default: "50", help: "plain HTTP requests for the provider floor" },
});
const formats = choiceList("formats", flags.formats, FORMATS);
const interviews = positiveInteger("interviews", flags.interviews);
const warmup = nonNegativeInteger("warmup", flags.warmup);
const longTurns = positiveInteger("long-turns", flags["long-turns"]);
const longRuns = positiveInteger("long-runs", flags["long-runs"]);
const floorRuns = positiveInteger("floor-runs", flags["floor-runs"]);

const round = (value: number) => Math.round(value * 1000) / 1000;
const medianOf = (values: number[]) => summarize(values).median;

/** Runs every turn of `turns` on a fresh session; returns each turn's timing. */
async function playTurns(
  projectsDir: string,
  projectName: string,
  format: Format,
  provider: TimedProvider,
  turns: ReturnType<typeof standardInterview>,
  afterTurn: (turn: TimedTurn, transcript: Transcript, index: number) => Promise<void> = async () => {},
): Promise<TimedTurn[]> {
  const session = benchSession(projectsDir, projectName, format, provider);
  const interview = new ScriptedModelInterview(session, provider);
  const timed: TimedTurn[] = [];
  try {
    for (const [index, turn] of turns.entries()) {
      const result = await interview.play(turn);
      timed.push(result);
      await afterTurn(result, session.getMessages(), index);
    }
  } finally {
    await session.close();
  }
  const errors = timed.flatMap((turn) => turn.frames.filter((frame) => frame.type === "error"));
  if (errors.length > 0) throw new Error(`the scripted interview produced errors: ${JSON.stringify(errors)}`);
  return timed;
}

/** The floor: one streamed reply fetched with plain `fetch`, no SDK and no Specwright. */
async function providerFloor(provider: TimedProvider, format: Format): Promise<Summary> {
  const [path, body] =
    format === "anthropic"
      ? [
          "/v1/messages",
          {
            model: DEFAULT_ANTHROPIC_MODEL,
            max_tokens: 1024,
            stream: true,
            messages: [{ role: "user", content: "Hello" }],
          },
        ]
      : ["/v1/chat/completions", { model: "fake-model", stream: true, messages: [] }];
  const sample = standardInterview()[1]!.replies[0]!;
  const samples: number[] = [];
  for (let run = 0; run < floorRuns + 5; run++) {
    provider.push(sample);
    const started = performance.now();
    const response = await fetch(`${provider.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    await response.text();
    if (run >= 5) samples.push(performance.now() - started);
  }
  await provider.settled();
  return summarize(samples);
}

/** Times converting a transcript to the SDK's messages, and saving it, as each model turn does. */
async function perTurnWork(store: SessionStore, transcript: Transcript) {
  const convert: number[] = [];
  const save: number[] = [];
  for (let run = 0; run < 5; run++) {
    let started = performance.now();
    transcriptToMessages(transcript, { imagesAccepted: true });
    convert.push(performance.now() - started);
    started = performance.now();
    await store.save({
      version: STORED_SESSION_VERSION,
      projectName: "scratch",
      engine: "anthropic",
      model: "fake-model",
      createdAt: new Date(0).toISOString(),
      updatedAt: new Date(0).toISOString(),
      complete: false,
      usage: { input_tokens: 0, output_tokens: 0, cache_read_tokens: 0, cache_write_tokens: 0 },
      transcript: [...transcript],
    });
    save.push(performance.now() - started);
  }
  return { convertMs: medianOf(convert), saveMs: medianOf(save) };
}

async function measureFormat(projectsDir: string, format: Format) {
  const provider = await TimedProvider.start();
  const peak = new RssPeak();
  try {
    const floor = await providerFloor(provider, format);
    const script = standardInterview();
    for (let run = 0; run < warmup; run++)
      await playTurns(projectsDir, `${format}-warmup-${run}`, format, provider, script);
    const runs: TimedTurn[][] = [];
    for (let run = 0; run < interviews; run++)
      runs.push(await playTurns(projectsDir, `${format}-${run}`, format, provider, standardInterview()));
    const complete = runs.every((turns) =>
      turns.some((turn) => turn.frames.some((f) => f.type === "complete")),
    );

    const store = new SessionStore(projectsDir);
    const long: { turn: TimedTurn; convertMs: number; saveMs: number }[][] = [];
    for (let run = 0; run < longRuns; run++) {
      const turns = Array.from({ length: longTurns }, (_, index) => longConversationTurn(index));
      const measured: { turn: TimedTurn; convertMs: number; saveMs: number }[] = [];
      const project = `${format}-long-${run}`;
      await playTurns(
        projectsDir,
        project,
        format,
        provider,
        [greetingTurn(), ...turns],
        async (turn, transcript, index) => {
          // The greeting is not part of the conversation being measured.
          if (index > 0) measured.push({ turn, ...(await perTurnWork(store, transcript)) });
          peak.sample();
        },
      );
      long.push(measured);
    }
    return { floor, runs, complete, long, peakRssBytes: peak.stop() };
  } finally {
    peak.stop();
    await provider.close();
  }
}

/** Per turn index, the median over runs of `pick`. */
function byIndex<Item>(runs: Item[][], pick: (item: Item) => number): number[] {
  const length = runs[0]?.length ?? 0;
  return Array.from({ length }, (_, index) => round(medianOf(runs.map((run) => pick(run[index]!)))));
}

/** The median of turns [from, to) pooled over every run. */
function windowOf<Item>(runs: Item[][], from: number, to: number, pick: (item: Item) => number): Summary {
  return rounded(summarize(runs.flatMap((run) => run.slice(from, to).map(pick))));
}

const perFormat = await withTempDir(async (projectsDir) => {
  const results = [];
  for (const format of formats) {
    const measured = await measureFormat(projectsDir, format);
    const turns = measured.runs.flat();
    const outside = turns.map((turn) => turn.wallMs - turn.providerMs);
    const window = Math.min(5, longTurns);
    const lastFrom = longTurns - window;
    const firstLong = measured.long.map((run) => run.slice(0, window));
    const lastLong = measured.long.map((run) => run.slice(lastFrom));
    results.push({
      format,
      floorMs: rounded(measured.floor),
      interview: {
        runs: interviews,
        complete: measured.complete,
        turns: measured.runs[0]?.length ?? 0,
        modelCalls:
          turns.length === 0 ? 0 : turns.reduce((sum, turn) => sum + turn.modelCalls, 0) / interviews,
        turnMs: rounded(summarize(turns.map((turn) => turn.wallMs))),
        providerMsPerTurn: rounded(summarize(turns.map((turn) => turn.providerMs))),
        outsideProviderMsPerTurn: rounded(summarize(outside)),
        outsideProviderMsPerCall: rounded(
          summarize(turns.map((turn) => (turn.wallMs - turn.providerMs) / Math.max(1, turn.modelCalls))),
        ),
        interviewMs: rounded(
          summarize(measured.runs.map((run) => run.reduce((sum, turn) => sum + turn.wallMs, 0))),
        ),
        medianMsByTurn: byIndex(measured.runs, (turn) => turn.wallMs),
        providerMsByTurn: byIndex(measured.runs, (turn) => turn.providerMs),
        modelCallsByTurn: (measured.runs[0] ?? []).map((turn) => turn.modelCalls),
      },
      long: {
        turns: longTurns,
        runs: longRuns,
        firstTurnsMs: windowOf(firstLong, 0, window, (item) => item.turn.wallMs),
        lastTurnsMs: windowOf(lastLong, 0, window, (item) => item.turn.wallMs),
        firstTurnsOutsideProviderMs: windowOf(firstLong, 0, window, (i) => i.turn.wallMs - i.turn.providerMs),
        lastTurnsOutsideProviderMs: windowOf(lastLong, 0, window, (i) => i.turn.wallMs - i.turn.providerMs),
        medianMsByTurn: byIndex(measured.long, (item) => item.turn.wallMs),
        requestBytesByTurn: byIndex(measured.long, (item) => item.turn.requestBytes),
        transcriptEntriesByTurn: byIndex(measured.long, (item) => item.turn.transcriptEntries),
        convertMsByTurn: byIndex(measured.long, (item) => item.convertMs),
        saveMsByTurn: byIndex(measured.long, (item) => item.saveMs),
      },
      peakRssBytes: measured.peakRssBytes,
    });
  }
  return results;
});

report(
  "model-turn",
  { interviews, warmup, formats: perFormat },
  perFormat.flatMap((result) => {
    const { interview, long } = result;
    const last = long.turns - 1;
    return [
      `${result.format}: plain fetch of one streamed reply ${formatSummary(result.floorMs)}`,
      `    scripted interview: ${interview.turns} turns, ${interview.modelCalls} model calls, ${interview.complete ? "spec complete" : "SPEC NOT COMPLETE"}; whole interview ${formatSummary(interview.interviewMs)}`,
      `    turn ${formatSummary(interview.turnMs, { p95: true })}`,
      `    outside the provider's window: ${formatSummary(interview.outsideProviderMsPerTurn)} per turn, ${formatSummary(interview.outsideProviderMsPerCall)} per model call`,
      `    median by turn: ${interview.medianMsByTurn.map(formatMs).join(", ")}`,
      `      of which the provider's window: ${interview.providerMsByTurn.map(formatMs).join(", ")}`,
      `    long conversation (${long.turns} turns, 2 model calls each): turns 1–5 ${formatSummary(long.firstTurnsMs)}; last 5 ${formatSummary(long.lastTurnsMs)}`,
      `      outside the provider: first 5 ${formatMs(long.firstTurnsOutsideProviderMs.median)}, last 5 ${formatMs(long.lastTurnsOutsideProviderMs.median)}`,
      `      request body ${formatBytes(long.requestBytesByTurn[0] ?? 0)} → ${formatBytes(long.requestBytesByTurn[last] ?? 0)}; transcript ${long.transcriptEntriesByTurn[0]} → ${long.transcriptEntriesByTurn[last]} entries`,
      `      transcript → messages ${formatMs(long.convertMsByTurn[0] ?? 0)} → ${formatMs(long.convertMsByTurn[last] ?? 0)}; session save ${formatMs(long.saveMsByTurn[0] ?? 0)} → ${formatMs(long.saveMsByTurn[last] ?? 0)}`,
      `    peak RSS ${formatBytes(result.peakRssBytes)}`,
    ];
  }),
);
