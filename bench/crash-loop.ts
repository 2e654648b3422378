/**
 * Kills `specwright chat --jsonl` with SIGKILL at random moments, over and over, while
 * it takes turns against the fake provider (a model engine, streaming its replies), and
 * checks after every kill that nothing it acknowledged was lost:
 *
 * - a message is acknowledged once the first words of its reply arrive: the session
 *   flushes the person's message to the disk before it calls the engine, so from then on
 *   the message must be in the log;
 * - a turn is acknowledged complete at `response_done`: the reply and the turn's end are
 *   recorded and flushed before it, so the whole reply must be in the log.
 *
 * Every few rounds a torn last line is added to the log, as a power cut in the middle of
 * a write leaves it: the next process must carry the interview on all the same (it
 * skips the line and cuts it off). Each round starts a new process, which resumes the
 * interview (taking over the lock the killed one left) and goes on.
 *
 *   node --import tsx bench/crash-loop.ts [--kills 30] [--window-ms 1500] [--torn-every 4] [--seed 1]
 */
import { appendFile, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { SessionStore } from "../src/store/index.js";
import type { ServerFrame } from "../src/types/wire.js";
import { CliProcess, offlineEnv } from "../test/support/cli-process.js";
import { type RecordedRequest, reply, startFakeProvider } from "../test/support/fake-provider/index.js";
import { nonNegativeInteger, positiveInteger, readFlags } from "./support/flags.js";
import { formatMs } from "./support/format.js";
import { note, report } from "./support/report.js";
import { rounded, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/crash-loop.ts [options]", {
  kills: { default: "30", help: "processes started and killed" },
  "window-ms": {
    default: "1500",
    help: "a kill lands at a random moment this long after the process is ready",
  },
  "torn-every": { default: "4", help: "add a torn last line to the log every this many rounds (0: never)" },
  seed: { default: "1", help: "seed of the random kill moments" },
});
const kills = positiveInteger("kills", flags.kills);
const windowMs = positiveInteger("window-ms", flags["window-ms"]);
const tornEvery = nonNegativeInteger("torn-every", flags["torn-every"]);
let seed = positiveInteger("seed", flags.seed);

/** A small deterministic generator (mulberry32), so a run can be repeated. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** The text of the last user message of a model request, as the engine sent it. */
function lastUserText(request: RecordedRequest): string {
  const messages = (request.body.messages ?? []) as { role: string; content: unknown }[];
  const last = messages.findLast((message) => message.role === "user");
  const content = last?.content;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .flatMap((block) => (block && typeof block === "object" && "text" in block ? [String(block.text)] : []))
    .join(" ");
}

/** The reply to a message: it names the message, so a reply found in the log can be matched to it. */
function replyTo(message: string): string {
  const said = /message \d+-\d+/.exec(message)?.[0] ?? "the start";
  return `Noted ${said}. ${"Tell me more about who will use it and what they do first. ".repeat(4)}`;
}

interface Round {
  round: number;
  /** Killed before it printed anything, or while a turn ran, or between turns. */
  killedWhen: "starting" | "in a turn" | "between turns";
  sent: number;
  acknowledged: string[];
  /** Messages whose turn ended with `response_done`, with the reply streamed. */
  completed: { message: string; reply: string }[];
  /** The interview was shown again (a history frame): the process carried it on. */
  carriedOn: boolean;
}

const totals = {
  rounds: 0,
  killedStarting: 0,
  killedInTurn: 0,
  killedBetweenTurns: 0,
  messagesSent: 0,
  messagesAcknowledged: 0,
  turnsCompleted: 0,
  lostMessages: 0,
  lostReplies: 0,
  tornLinesAdded: 0,
  tornLinesSeen: 0,
  /** Rounds right after a torn line was added whose process showed the interview again. */
  carriedOnAfterTornLine: 0,
  interruptedTurnsMarked: 0,
  roundsThatCouldNotCarryOn: 0,
};
const problems: string[] = [];
const readyMs: number[] = [];

const provider = await startFakeProvider({
  respond: (request) => reply().text(replyTo(lastUserText(request))),
  eventDelayMs: 4,
  chunkSize: { text: 12, json: 16 },
});

try {
  await withTempDir(async (projectsDir) => {
    const logPath = join(projectsDir, "demo/.specwright/session.jsonl");
    const env = offlineEnv({ ANTHROPIC_API_KEY: "sk-bench", ANTHROPIC_BASE_URL: provider.url });
    let torn = false;
    for (let round = 1; round <= kills; round++) {
      const result = await oneRound(round, projectsDir, logPath, env);
      if (torn && result.carriedOn) totals.carriedOnAfterTornLine += 1;
      await check(result, projectsDir);
      torn = tornEvery > 0 && round % tornEvery === 0 && (await exists(logPath));
      if (torn) {
        // Half a record and no end of line: what a power cut in the middle of an append leaves.
        await appendFile(logPath, '{"type":"entry","entry":{"role":"user","text":"half a li');
        totals.tornLinesAdded += 1;
        const warnings: string[] = [];
        await new SessionStore(projectsDir, { warn: (message) => warnings.push(message) }).read("demo");
        totals.tornLinesSeen += warnings.filter((warning) => warning.includes("is torn")).length;
      }
      if (round % 5 === 0) note(`${round} of ${kills} rounds`);
    }
  });
} finally {
  await provider.close();
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Starts a chat, carries the interview on (or starts it), takes turns until it is killed. */
async function oneRound(
  round: number,
  projectsDir: string,
  logPath: string,
  env: NodeJS.ProcessEnv,
): Promise<Round> {
  const result: Round = {
    round,
    killedWhen: "starting",
    sent: 0,
    acknowledged: [],
    completed: [],
    carriedOn: false,
  };
  const started = performance.now();
  const cli = new CliProcess(["chat", "demo", "--jsonl", "--projects-dir", projectsDir], env);
  // One round in five is killed while it starts; the rest at a moment after it is ready.
  const early = round % 5 === 1 && round > 1;
  let killed = false;
  let ready = false;
  let inTurn = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    result.killedWhen = !ready ? "starting" : inTurn ? "in a turn" : "between turns";
    cli.child.kill("SIGKILL");
  };
  let timer = early ? setTimeout(kill, random() * 600) : null;
  const fresh = !(await exists(logPath));
  cli.write(JSON.stringify(fresh ? { type: "start" } : { type: "resume" }));
  inTurn = fresh;
  let pending: string | null = fresh ? "the start" : null;
  let streamed = "";
  let nextMessage = 1;
  const sendMessage = () => {
    const message = `message ${round}-${nextMessage++}: a little more about the app.`;
    cli.write(JSON.stringify({ type: "message", content: message }));
    result.sent += 1;
    pending = message;
    streamed = "";
    inTurn = true;
  };
  for (let line = await cli.nextLine(); line !== null; line = await cli.nextLine()) {
    if (!ready) {
      ready = true;
      readyMs.push(performance.now() - started);
      timer ??= setTimeout(kill, random() * windowMs);
    }
    const frame = JSON.parse(line) as ServerFrame;
    if (frame.type === "history") {
      result.carriedOn = true;
      const empty = frame.messages.length === 0;
      if (empty) cli.write(JSON.stringify({ type: "start" }));
      else sendMessage();
      if (empty) {
        inTurn = true;
        pending = "the start";
      }
    } else if (frame.type === "text") {
      if (streamed.length === 0 && pending !== null && pending !== "the start")
        result.acknowledged.push(pending);
      streamed += frame.content;
    } else if (frame.type === "error") {
      problems.push(`round ${round}: error frame ${frame.code}: ${frame.content}`);
    } else if (frame.type === "response_done") {
      if (pending !== null && pending !== "the start")
        result.completed.push({ message: pending, reply: streamed });
      inTurn = false;
      pending = null;
      if (!killed) sendMessage();
    }
  }
  if (timer) clearTimeout(timer);
  const code = await cli.exited;
  if (!killed) {
    totals.roundsThatCouldNotCarryOn += 1;
    problems.push(
      `round ${round}: the chat ended by itself (exit ${code}): ${cli.stderr.join("").slice(-500)}`,
    );
  }
  return result;
}

/** Reads the log as the next process will, and checks every acknowledged message and reply is in it. */
async function check(result: Round, projectsDir: string): Promise<void> {
  totals.rounds += 1;
  if (result.killedWhen === "starting") totals.killedStarting += 1;
  else if (result.killedWhen === "in a turn") totals.killedInTurn += 1;
  else totals.killedBetweenTurns += 1;
  totals.messagesSent += result.sent;
  totals.messagesAcknowledged += result.acknowledged.length;
  totals.turnsCompleted += result.completed.length;
  const store = new SessionStore(projectsDir, { warn: () => {} });
  const state = await store.read("demo");
  const transcript = state?.transcript ?? [];
  const said = new Set(transcript.flatMap((entry) => (entry.role === "user" ? [entry.text] : [])));
  for (const message of result.acknowledged) {
    if (said.has(message)) continue;
    totals.lostMessages += 1;
    problems.push(`round ${result.round}: acknowledged message lost: ${message}`);
  }
  for (const { message, reply: streamed } of result.completed) {
    const at = transcript.findIndex((entry) => entry.role === "user" && entry.text === message);
    const replied = transcript
      .slice(at + 1)
      .some((entry) => entry.role === "assistant" && entry.text.trim() === streamed.trim());
    if (at >= 0 && replied) continue;
    totals.lostReplies += 1;
    problems.push(`round ${result.round}: the reply to a finished turn is missing: ${message}`);
  }
  const log = await readFile(join(projectsDir, "demo/.specwright/session.jsonl"), "utf8").catch(() => "");
  totals.interruptedTurnsMarked = (log.match(/"outcome":"interrupted"/g) ?? []).length;
}

const ready = rounded(summarize(readyMs));
const failed = totals.lostMessages + totals.lostReplies + totals.roundsThatCouldNotCarryOn;
if (failed > 0) process.exitCode = 1;

report(
  "crash-loop",
  { kills, windowMs, tornEvery, ...totals, readyMs: ready, problems: problems.slice(0, 20) },
  [
    `${totals.rounds} processes killed: ${totals.killedStarting} while starting, ${totals.killedInTurn} in a turn, ${totals.killedBetweenTurns} between turns (ready after ${formatMs(ready.median)})`,
    `${totals.messagesSent} messages sent, ${totals.messagesAcknowledged} acknowledged, ${totals.turnsCompleted} turns completed`,
    `lost: ${totals.lostMessages} acknowledged messages, ${totals.lostReplies} replies of completed turns; ${totals.roundsThatCouldNotCarryOn} rounds could not carry on`,
    `torn lines: ${totals.tornLinesAdded} added, ${totals.tornLinesSeen} seen and skipped by a reader, ${totals.carriedOnAfterTornLine} interviews carried on past one; ${totals.interruptedTurnsMarked} turns marked interrupted in the log`,
    ...(problems.length > 0 ? [`problems (${problems.length}): ${problems.slice(0, 5).join(" | ")}`] : []),
  ],
);
