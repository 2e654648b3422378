/**
 * An interview of 5,000 turns against one of 5: what it costs to open it again (the
 * store reads and adds up every record, then the page's history is built from it) and
 * to take one more turn on it (the person's message appended and flushed, the reply, the
 * turn's end appended and flushed, the project's state file following). The log is only
 * ever appended to, so a turn should cost the same at 5,000 as at 5; opening it reads
 * the whole file, so that grows with it.
 *
 *   node --import tsx bench/long-transcript.ts [--turns 5000] [--compare 5] [--runs 10]
 */
import { mkdir, open, stat } from "node:fs/promises";
import { join } from "node:path";
import {
  historyMessages,
  INTERVIEW_LOG_VERSION,
  type InterviewRecord,
  SessionStore,
} from "../src/store/index.js";
import { positiveInteger, readFlags } from "./support/flags.js";
import { formatBytes, formatMs, formatSummary } from "./support/format.js";
import { note, report } from "./support/report.js";
import { rounded, type Summary, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/long-transcript.ts [options]", {
  turns: { default: "5000", help: "turns in the long interview" },
  compare: { default: "5", help: "turns in the short interview it is compared with" },
  runs: { default: "10", help: "times each step is measured" },
});
const longTurns = positiveInteger("turns", flags.turns);
const shortTurns = positiveInteger("compare", flags.compare);
const runs = positiveInteger("runs", flags.runs);

const question = {
  question: "Which of these should the first version have?",
  header: "Scope",
  options: [
    { label: "Just the core (Recommended)", description: "The smallest app that does the job" },
    { label: "Core and sharing", description: "Others can see what you made" },
  ],
  multiSelect: false,
};
const ANSWER =
  "I would like people to keep their recipes, plan the week's meals and get one shopping list. ".repeat(2);
const REPLY =
  "That makes sense. Let me ask about the next part of the app, so the spec says what you mean. ".repeat(5);
const USAGE = { input_tokens: 4_000, output_tokens: 300, cache_read_tokens: 3_500, cache_write_tokens: 200 };

/**
 * The records of one turn as a session writes them: the person's message, the reply
 * (every third one asks a structured question), usage, the turn's end; a phase now and then.
 */
function turnRecords(turn: number, at: string): InterviewRecord[] {
  const asks = turn % 3 === 0;
  const records: InterviewRecord[] = [
    { type: "entry", entry: { role: "user", text: `${ANSWER} (${turn})`, timestamp: at } },
    {
      type: "entry",
      entry: {
        role: "assistant",
        text: REPLY,
        toolCalls: asks
          ? [{ toolCallId: `ask-${turn}`, toolName: "AskUserQuestion", input: { questions: [question] } }]
          : [],
        timestamp: at,
      },
    },
  ];
  if (asks) records.push({ type: "question", toolCallId: `ask-${turn}`, questions: [question], at });
  if (turn % 500 === 1)
    records.push({ type: "phase", id: `phase-${turn}`, title: "Features", index: 3, total: 7, at });
  records.push(
    { type: "usage", total: USAGE, costUsd: turn / 1000, at },
    { type: "turn-end", outcome: "done", at },
  );
  return records;
}

/** Writes an interview of `turns` turns as its log, the way a session would have appended it. */
async function writeInterview(projectsDir: string, turns: number): Promise<{ bytes: number; lines: number }> {
  const dir = join(projectsDir, "demo/.specwright");
  await mkdir(dir, { recursive: true });
  const at = new Date("2026-11-30T10:00:00.000Z").toISOString();
  const records: InterviewRecord[] = [
    {
      type: "interview",
      version: INTERVIEW_LOG_VERSION,
      id: "2026-11-30T10-00-00.000Z-abcd",
      projectName: "demo",
      engine: "anthropic",
      model: "claude-sonnet-5-5",
      createdAt: at,
    },
  ];
  for (let turn = 1; turn <= turns; turn++) records.push(...turnRecords(turn, at));
  const text = records.map((record) => `${JSON.stringify(record)}\n`).join("");
  const handle = await open(join(dir, "session.jsonl"), "w");
  try {
    await handle.writeFile(text);
    // On the disk before anything is measured: the first flush of a turn must not pay for it.
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { bytes: Buffer.byteLength(text), lines: records.length };
}

interface Measured {
  turns: number;
  fileBytes: number;
  lines: number;
  /** `SessionStore.resume`: the log read, added up, and opened for appending (then closed). */
  restoreMs: Summary;
  /** The page's history built from the interview, and its frame's size. */
  historyMs: Summary;
  historyFrameBytes: number;
  /** One more turn on the open log: four records, two of them flushed (fdatasync). */
  turnMs: Summary;
  heapUsedAfterRestoreBytes: number;
}

async function measure(turns: number): Promise<Measured> {
  return withTempDir(async (projectsDir) => {
    note(`writing an interview of ${turns} turns`);
    const { bytes, lines } = await writeInterview(projectsDir, turns);
    const store = new SessionStore(projectsDir, { warn: () => {} });
    const restore: number[] = [];
    const history: number[] = [];
    let frameBytes = 0;
    let heapUsed = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const opened = await store.resume("demo");
      restore.push(performance.now() - started);
      if (!opened) throw new Error("the interview did not open");
      heapUsed = process.memoryUsage().heapUsed;
      const built = performance.now();
      const messages = historyMessages(opened.state);
      frameBytes = Buffer.byteLength(JSON.stringify({ type: "history", messages }));
      history.push(performance.now() - built);
      await opened.log.close();
    }
    const opened = await store.resume("demo");
    if (!opened) throw new Error("the interview did not open");
    const turnTimes: number[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        const at = new Date().toISOString();
        const started = performance.now();
        for (const record of turnRecords(turns + run + 1, at))
          await opened.log.append(record, {
            sync: record.type === "turn-end" || (record.type === "entry" && record.entry.role === "user"),
          });
        turnTimes.push(performance.now() - started);
      }
    } finally {
      await opened.log.close();
    }
    const grown = (await stat(join(projectsDir, "demo/.specwright/session.jsonl"))).size;
    if (grown <= bytes) throw new Error("the turns were not appended");
    return {
      turns,
      fileBytes: bytes,
      lines,
      restoreMs: rounded(summarize(restore)),
      historyMs: rounded(summarize(history)),
      historyFrameBytes: frameBytes,
      turnMs: rounded(summarize(turnTimes)),
      heapUsedAfterRestoreBytes: heapUsed,
    };
  });
}

const short = await measure(shortTurns);
const long = await measure(longTurns);
const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;

report(
  "long-transcript",
  {
    runs,
    short,
    long,
    turnCostRatio: ratio(long.turnMs.median, short.turnMs.median),
    restoreCostRatio: ratio(long.restoreMs.median, short.restoreMs.median),
  },
  [short, long]
    .flatMap((size) => [
      `${size.turns} turns: ${formatBytes(size.fileBytes)}, ${size.lines} records`,
      `    open again (read, add up, open for appending): ${formatSummary(size.restoreMs)}`,
      `    the page's history: ${formatSummary(size.historyMs)}, a ${formatBytes(size.historyFrameBytes)} frame`,
      `    one more turn (4 records, 2 flushed): ${formatSummary(size.turnMs, { p95: true })}`,
    ])
    .concat([
      `a turn at ${long.turns} costs ${ratio(long.turnMs.median, short.turnMs.median)}× one at ${short.turns} (${formatMs(long.turnMs.median)} against ${formatMs(short.turnMs.median)}); opening costs ${ratio(long.restoreMs.median, short.restoreMs.median)}×`,
    ]),
);
