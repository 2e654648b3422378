/**
 * `GET /api/projects` with a thousand projects, over a real `specwright serve` in a
 * process of its own: the first listing (no project has a state file yet, as after an
 * upgrade), then one request at a time (back to back, and over a second apart, when the
 * spec files are looked at too), ten at once, and a listing after some spec files were
 * changed by hand. Then a reply streamed to a WebSocket while listings run: how much later
 * its chunks arrive during a listing than between them, which is how long the listing held
 * the server's event loop. Beside it, in process: the listing alone (and the longest its
 * event loop waited meanwhile), and the work the listing did before state files, every
 * project's spec read and checked in turn.
 *
 *   node --import tsx bench/project-listing.ts [--projects 1000] [--runs 20] [--concurrent 10] [--rounds 5]
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { Agent, get as httpGet } from "node:http";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";
import { type RawData, WebSocket } from "ws";
import { fillFeatureCount, initializerTemplate } from "../src/app-spec/index.js";
import { INTERVIEW_LOG_VERSION, type InterviewRecord } from "../src/store/index.js";
import type { ServerFrame } from "../src/types/wire.js";
import { ProjectRegistry } from "../src/workspace/index.js";
import { DEFAULT_SPEC_RECHECK_MS, STATE_SETTLE_MS } from "../src/workspace/project-listing.js";
import { validSpecText } from "../test/support/spec-text.js";
import { StampReader } from "./support/chunk-stamp.js";
import { positiveInteger, readFlags } from "./support/flags.js";
import { formatMs, formatSummary } from "./support/format.js";
import { cpuSeconds } from "./support/proc-stat.js";
import { note, report } from "./support/report.js";
import { requireBuild, startProvider, startServe } from "./support/serve-process.js";
import { sharedClockUs } from "./support/shared-clock.js";
import { percentile, rounded, type Summary, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/project-listing.ts [options]", {
  projects: { default: "1000", help: "projects in the folder" },
  runs: { default: "20", help: "listings one at a time" },
  concurrent: { default: "10", help: "listings requested at once" },
  rounds: { default: "5", help: "times the requests at once are made" },
  turns: { default: "20", help: "turns in each project's interview" },
  "relay-listings": { default: "10", help: "listings a second apart while a reply streams" },
  "chunk-ms": { default: "10", help: "the streamed reply's pause between chunks" },
});
const projectCount = positiveInteger("projects", flags.projects);
const runs = positiveInteger("runs", flags.runs);
const concurrent = positiveInteger("concurrent", flags.concurrent);
const rounds = positiveInteger("rounds", flags.rounds);
const turns = positiveInteger("turns", flags.turns);
const relayListings = positiveInteger("relay-listings", flags["relay-listings"]);
const chunkMs = positiveInteger("chunk-ms", flags["chunk-ms"]);

/** An interview of `turns` turns in the middle of its third phase, as log lines. */
function interviewLines(projectName: string, id: string): string {
  const at = new Date("2026-11-30T10:00:00.000Z").toISOString();
  const records: InterviewRecord[] = [
    {
      type: "interview",
      version: INTERVIEW_LOG_VERSION,
      id,
      projectName,
      engine: "guided",
      model: null,
      createdAt: at,
    },
  ];
  for (let turn = 0; turn < turns; turn++) {
    records.push({ type: "entry", entry: { role: "user", text: `Answer number ${turn}.`, timestamp: at } });
    records.push({
      type: "entry",
      entry: { role: "assistant", text: `Question number ${turn + 1}?`, toolCalls: [], timestamp: at },
    });
    records.push({ type: "turn-end", outcome: "done", at });
  }
  records.push({ type: "phase", id: "features", title: "Features", index: 3, total: 7, at });
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}

/** A third of the projects with a finished spec, a third with a draft, a third with none; all with an interview. */
async function makeProjects(projectsDir: string): Promise<{ names: string[]; finished: number }> {
  const spec = validSpecText(30);
  const initializer = fillFeatureCount(initializerTemplate(), 30);
  const names = Array.from(
    { length: projectCount },
    (_, index) => `project-${String(index).padStart(4, "0")}`,
  );
  let finished = 0;
  for (const [index, name] of names.entries()) {
    const dir = join(projectsDir, name);
    await mkdir(join(dir, "prompts"), { recursive: true });
    await mkdir(join(dir, ".specwright"));
    await writeFile(join(dir, ".specwright/session.jsonl"), interviewLines(name, `interview-${index}`));
    if (index % 3 === 2) continue;
    await writeFile(join(dir, "prompts/app_spec.txt"), spec);
    if (index % 3 === 1) continue;
    await writeFile(join(dir, "prompts/initializer_prompt.md"), initializer);
    finished += 1;
  }
  return { names, finished };
}

/**
 * `GET /api/projects` over a kept-alive connection of node:http, timed from the request
 * to the body's last byte: the server's answer, without the client's parsing (ten bodies
 * of 300 KB parsed at once would hold up the reading of the others) or fetch's streams.
 */
function getList(url: string): Promise<{ ms: number; body: Buffer }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpGet(`${url}/api/projects`, { agent }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const ms = performance.now() - started;
        const body = Buffer.concat(chunks);
        if (response.statusCode !== 200)
          reject(new Error(`GET /api/projects answered ${response.statusCode}: ${body.subarray(0, 300)}`));
        else resolve({ ms, body });
      });
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}
const agent = new Agent({ keepAlive: true });

/** A listing, timed, and what it listed. */
async function timedList(url: string): Promise<{ ms: number; projects: { has_spec: boolean }[] }> {
  const { ms, body } = await getList(url);
  return { ms, projects: JSON.parse(body.toString("utf8")) as { has_spec: boolean }[] };
}

/** How long a listing took, its body left unparsed. */
async function listingMs(url: string): Promise<number> {
  return (await getList(url)).ms;
}

/** A listing's span on the shared clock, and what kind it was. */
interface Span {
  kind: "recheck" | "atOnce" | "afterEdits";
  startUs: number;
  endUs: number;
}

/** One streamed chunk as the client got it: the provider's write time and the relay's delay, in µs. */
interface Relayed {
  writeUs: number;
  latencyUs: number;
}

/**
 * Starts the interview of `project` on a real WebSocket and collects the stamped chunks of
 * its streamed reply (chunk-stamp.ts) until `stop()`, which cancels the turn.
 */
async function streamReply(url: string, project: string) {
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/api/spec/ws/${project}`, {
    perMessageDeflate: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  const chunks: Relayed[] = [];
  const errors: string[] = [];
  const stamps = new StampReader();
  const done = new Promise<void>((resolve) => {
    socket.on("message", (data: RawData) => {
      const receivedUs = sharedClockUs();
      const frame = JSON.parse(String(data)) as ServerFrame;
      if (frame.type === "text")
        for (const stamp of stamps.push(frame.content))
          chunks.push({ writeUs: stamp.writeUs, latencyUs: receivedUs - stamp.writeUs });
      if (frame.type === "error") errors.push(frame.content);
      if (frame.type === "response_done") resolve();
    });
    socket.once("close", () => resolve());
  });
  socket.send(JSON.stringify({ type: "start" }));
  const stop = async () => {
    socket.send(JSON.stringify({ type: "cancel" }));
    await done;
    socket.close();
  };
  return { chunks, errors, stop };
}

/** Relay delays in ms, with the 99th percentile beside the usual summary. */
function relaySummary(latenciesUs: readonly number[]): Summary & { p99: number } {
  const ms = latenciesUs.map((us) => us / 1000);
  const sorted = [...ms].sort((a, b) => a - b);
  return { ...rounded(summarize(ms)), p99: Math.round(percentile(sorted, 0.99) * 1000) / 1000 };
}

/** The longest the event loop of this process waited while `work` ran, in ms. */
async function withLoopDelay<Result>(
  work: () => Promise<Result>,
): Promise<{ result: Result; maxMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  try {
    const result = await work();
    return { result, maxMs: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}

requireBuild();
const gap = DEFAULT_SPEC_RECHECK_MS + 100;
// The reply outlasts the relay phase (a quiet second, the listings, a second more), which cancels it.
const relayMs = 2_000 + (relayListings + 2) * (gap + 3_000);
const { provider, url: providerUrl } = await startProvider("stream", {
  firstTokenMs: 0,
  chunkTokens: 5,
  chunkMs,
  replyChunks: Math.ceil(relayMs / chunkMs),
});

const results = await withTempDir(async (root) => {
  const projectsDir = join(root, "projects");
  const home = join(root, "home");
  await mkdir(home);
  note(`making ${projectCount} projects`);
  const { names, finished } = await makeProjects(projectsDir);

  // Before state files, list() described every project in turn: its spec files read and checked.
  const registry = new ProjectRegistry(projectsDir);
  const oldWayStarted = performance.now();
  for (const name of names) await registry.get(name);
  const oldWayMs = performance.now() - oldWayStarted;

  const { serve, url } = await startServe({
    engine: "anthropic",
    providerUrl,
    projectsDir,
    home,
    maxSessions: 4,
    logLevel: "error",
  });
  try {
    note("first listing: every state file worked out and written");
    const first = await timedList(url);
    const stateFiles = (
      await Promise.all(
        names.map((name) =>
          readdir(join(projectsDir, name, ".specwright")).then((files) => files.includes("state.json")),
        ),
      )
    ).filter(Boolean).length;
    const listedFinished = first.projects.filter((project) => project.has_spec).length;
    // The state files were all just written: until they are a moment old, each listing reads them again.
    const settling = await timedList(url);
    await delay(STATE_SETTLE_MS + 100);

    note(`${runs} listings one at a time, back to back`);
    // The server's CPU (every thread) while it answered, less sensitive to other work on the machine than the time.
    const serverCpu = { one: 0, spaced: 0, atOnce: 0, atOnceSpaced: 0 };
    const cpuOf = async <Result>(key: keyof typeof serverCpu, work: () => Promise<Result>) => {
      const before = cpuSeconds(serve.pid) ?? 0;
      const result = await work();
      serverCpu[key] += (cpuSeconds(serve.pid) ?? before) - before;
      return result;
    };
    const one: number[] = [];
    for (let run = 0; run < runs; run++) one.push((await cpuOf("one", () => timedList(url))).ms);
    note(`${runs} listings one at a time, each over a second after the last (every spec file looked at)`);
    const spaced: number[] = [];
    for (let run = 0; run < runs; run++) {
      await delay(gap);
      spaced.push((await cpuOf("spaced", () => timedList(url))).ms);
    }

    note(`${rounds} rounds of ${concurrent} listings at once`);
    const each: number[] = [];
    const roundWall: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const answers = await cpuOf("atOnce", () =>
        Promise.all(Array.from({ length: concurrent }, () => listingMs(url))),
      );
      roundWall.push(performance.now() - started);
      each.push(...answers);
    }
    note(`${rounds} rounds of ${concurrent} listings at once, each over a second after the last`);
    const eachSpaced: number[] = [];
    const roundWallSpaced: number[] = [];
    for (let round = 0; round < rounds; round++) {
      await delay(gap);
      const started = performance.now();
      const answers = await cpuOf("atOnceSpaced", () =>
        Promise.all(Array.from({ length: concurrent }, () => listingMs(url))),
      );
      roundWallSpaced.push(performance.now() - started);
      eachSpaced.push(...answers);
    }

    // A tenth of the specs edited by hand: those projects are worked out again, the rest read.
    const edited = names.filter((_, index) => index % 10 === 0);
    for (const name of edited)
      await writeFile(join(projectsDir, name, "prompts/app_spec.txt"), validSpecText(12));
    // Edits by hand are seen once the spec files are due for a look again.
    await delay(gap);
    const afterEdits = await timedList(url);
    const again = await timedList(url);
    // Those that were finished are not any more: the initializer prompt counts 30 features, not 12.
    const stillFinished = finished - names.filter((_, index) => index % 30 === 0).length;
    const editsSeen = afterEdits.projects.filter((project) => project.has_spec).length === stillFinished;

    // A reply streams to a WebSocket while listings run: its chunks must not wait for them.
    note(`a reply streamed (a chunk every ${chunkMs} ms) while listings run`);
    const spans: Span[] = [];
    const timedSpan = async (kind: Span["kind"], work: () => Promise<unknown>) => {
      const startUs = sharedClockUs();
      await work();
      spans.push({ kind, startUs, endUs: sharedClockUs() });
    };
    const reply = await streamReply(url, names[1]!);
    await delay(1_000);
    // Chunks from here on count: the first second is the session starting.
    const relayFromUs = sharedClockUs();
    for (let run = 0; run < relayListings; run++) {
      await delay(gap);
      await timedSpan("recheck", () => listingMs(url));
    }
    await delay(gap);
    await timedSpan("atOnce", () => Promise.all(Array.from({ length: concurrent }, () => listingMs(url))));
    // Edited back: a tenth of the projects worked out again and written, and a new body.
    for (const name of edited)
      await writeFile(join(projectsDir, name, "prompts/app_spec.txt"), validSpecText(30));
    await delay(gap);
    await timedSpan("afterEdits", () => listingMs(url));
    await delay(1_000);
    await reply.stop();
    const during = (kind: Span["kind"] | null) =>
      reply.chunks
        .filter((chunk) => chunk.writeUs >= relayFromUs)
        .filter((chunk) => {
          const span = spans.find((one) => chunk.writeUs >= one.startUs && chunk.writeUs <= one.endUs);
          return kind === null ? span === undefined : span?.kind === kind;
        })
        .map((chunk) => chunk.latencyUs);
    const relay = {
      chunkMs,
      chunks: reply.chunks.length,
      errors: reply.errors,
      listingsCovered: spans.filter((span) => span.endUs <= (reply.chunks.at(-1)?.writeUs ?? 0)).length,
      listings: spans.length,
      betweenListingsMs: relaySummary(during(null)),
      duringRecheckMs: relaySummary(during("recheck")),
      duringAtOnceMs: relaySummary(during("atOnce")),
      duringAfterEditsMs: relaySummary(during("afterEdits")),
    };

    // The listing alone, in this process, without HTTP: where the rest of a request's time goes.
    note("the listing alone, in process");
    await registry.list();
    const alone: number[] = [];
    const aloneLoop: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const { maxMs } = await withLoopDelay(() => registry.list());
      alone.push(performance.now() - started);
      aloneLoop.push(maxMs);
    }
    const aloneSpaced: number[] = [];
    const aloneSpacedLoop: number[] = [];
    for (let run = 0; run < Math.min(runs, 10); run++) {
      await delay(gap);
      const started = performance.now();
      const { maxMs } = await withLoopDelay(() => registry.list());
      aloneSpaced.push(performance.now() - started);
      aloneSpacedLoop.push(maxMs);
    }
    return {
      projects: projectCount,
      turnsPerInterview: turns,
      finishedSpecs: finished,
      listedProjects: first.projects.length,
      listedFinished,
      stateFilesWritten: stateFiles,
      oldWayInProcessMs: Math.round(oldWayMs),
      firstListingMs: Math.round(first.ms),
      settlingListingMs: Math.round(settling.ms),
      serverCpuMsPerListing: {
        oneAtATime: Math.round((serverCpu.one / runs) * 10_000) / 10,
        oneAtATimeSpaced: Math.round((serverCpu.spaced / runs) * 10_000) / 10,
        perRoundAtOnce: Math.round((serverCpu.atOnce / rounds) * 10_000) / 10,
        perRoundAtOnceSpaced: Math.round((serverCpu.atOnceSpaced / rounds) * 10_000) / 10,
      },
      oneAtATimeMs: rounded(summarize(one)),
      oneAtATimeSpacedMs: rounded(summarize(spaced)),
      atOnce: {
        concurrent,
        rounds,
        eachMs: rounded(summarize(each)),
        roundWallMs: rounded(summarize(roundWall)),
        spacedEachMs: rounded(summarize(eachSpaced)),
        spacedRoundWallMs: rounded(summarize(roundWallSpaced)),
      },
      editedSpecs: edited.length,
      afterEditsMs: Math.round(afterEdits.ms),
      afterEditsAgainMs: Math.round(again.ms),
      editsSeen,
      relay,
      inProcessMs: rounded(summarize(alone)),
      inProcessLoopDelayMaxMs: rounded(summarize(aloneLoop)),
      inProcessSpacedMs: rounded(summarize(aloneSpaced)),
      inProcessSpacedLoopDelayMaxMs: rounded(summarize(aloneSpacedLoop)),
    };
  } catch (error) {
    process.stderr.write(`${serve.stderrTail.join("\n").slice(-3000)}\n`);
    throw error;
  } finally {
    agent.destroy();
    await serve.stop();
  }
}).finally(() => provider.stop());

const wrong =
  results.listedProjects !== projectCount ||
  results.listedFinished !== results.finishedSpecs ||
  !results.editsSeen ||
  results.relay.errors.length > 0;
if (wrong) process.exitCode = 1;

const { relay } = results;
const relayLine = (summary: Summary & { p99: number }) =>
  `median ${formatMs(summary.median)}, p99 ${formatMs(summary.p99)}, max ${formatMs(summary.max)} (n=${summary.count})`;
report("project-listing", results, [
  `${results.projects} projects, ${results.finishedSpecs} with a finished spec: listed ${results.listedProjects}, ${results.listedFinished} finished; ${results.stateFilesWritten} state files written`,
  `before state files (in process, each project described in turn): ${formatMs(results.oldWayInProcessMs)}`,
  `first listing (no state files yet): ${formatMs(results.firstListingMs)}; the next, with every state file just written: ${formatMs(results.settlingListingMs)}`,
  `one listing at a time, back to back: ${formatSummary(results.oneAtATimeMs, { p95: true })}`,
  `one listing at a time, over a second apart (spec files looked at too): ${formatSummary(results.oneAtATimeSpacedMs, { p95: true })}`,
  `the server's CPU per listing (all threads): back to back ${formatMs(results.serverCpuMsPerListing.oneAtATime)}, over a second apart ${formatMs(results.serverCpuMsPerListing.oneAtATimeSpaced)}; per round of ${concurrent} at once ${formatMs(results.serverCpuMsPerListing.perRoundAtOnce)}, over a second apart ${formatMs(results.serverCpuMsPerListing.perRoundAtOnceSpaced)}`,
  `the listing alone, in process, back to back: ${formatSummary(results.inProcessMs)}; over a second apart: ${formatSummary(results.inProcessSpacedMs)}`,
  `  the longest its event loop waited in a listing: back to back ${formatSummary(results.inProcessLoopDelayMaxMs)}; over a second apart ${formatSummary(results.inProcessSpacedLoopDelayMaxMs)}`,
  `${concurrent} at once: each ${formatSummary(results.atOnce.eachMs, { p95: true })}; all ${concurrent} done in ${formatSummary(results.atOnce.roundWallMs)}`,
  `${concurrent} at once, over a second apart: each ${formatSummary(results.atOnce.spacedEachMs, { p95: true })}; all ${concurrent} done in ${formatSummary(results.atOnce.spacedRoundWallMs)}`,
  `after ${results.editedSpecs} specs were edited by hand (listed a second later): ${formatMs(results.afterEditsMs)}, then ${formatMs(results.afterEditsAgainMs)}; the edits ${results.editsSeen ? "were" : "were NOT"} seen`,
  `a reply's chunks (one every ${relay.chunkMs} ms, ${relay.chunks} relayed, ${relay.listingsCovered} of ${relay.listings} listings covered), provider to WebSocket client:`,
  `  between listings: ${relayLine(relay.betweenListingsMs)}`,
  `  during a listing a second after the last: ${relayLine(relay.duringRecheckMs)}`,
  `  during ${concurrent} at once: ${relayLine(relay.duringAtOnceMs)}`,
  `  during the listing after ${results.editedSpecs} hand edits: ${relayLine(relay.duringAfterEditsMs)}`,
]);
