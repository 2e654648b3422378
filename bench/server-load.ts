/**
 * `specwright serve` in process on 127.0.0.1 with a free port, and many WebSocket
 * clients at once, each interviewed by the guided engine to a finished spec. Measures
 * the total wall time, each client frame's round trip, the process's peak RSS, and
 * checks every spec on disk.
 *
 *   node --import tsx bench/server-load.ts [--clients 50,200] [--person quick]
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  APP_SPEC_PATH,
  INITIALIZER_PROMPT_PATH,
  validateAppSpec,
  validateInitializerPrompt,
} from "../src/app-spec/index.js";
import { resolveServerSettings } from "../src/config.js";
import { createGuidedEngine } from "../src/engines/guided/index.js";
import { createServer } from "../src/server/index.js";
import { integerList, readFlags } from "./support/flags.js";
import { formatBytes, formatMs, formatSummary } from "./support/format.js";
import { processPeakRss, RssPeak } from "./support/memory.js";
import { PEOPLE, PERSON_NAMES } from "./support/person.js";
import { report } from "./support/report.js";
import { rounded, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";
import { InterviewClient, type SocketInterview } from "./support/ws-interview.js";

const flags = readFlags("node --import tsx bench/server-load.ts [options]", {
  clients: { default: "50", help: "concurrent clients, comma-separated for several rounds (e.g. 50,200)" },
  person: { default: "quick", help: `who every client is: ${PERSON_NAMES.join(", ")}` },
});
const levels = integerList("clients", flags.clients);
const personName = flags.person;
if (!(PERSON_NAMES as string[]).includes(personName))
  throw new Error(`--person takes ${PERSON_NAMES.join(", ")}, not "${personName}"`);
const person = PEOPLE[personName as keyof typeof PEOPLE];

/** Whether the project's two spec files on disk pass the validator. */
async function specIsValid(projectsDir: string, project: string): Promise<boolean> {
  const read = (path: string) => readFile(join(projectsDir, project, path), "utf8").catch(() => null);
  const spec = await read(APP_SPEC_PATH);
  const initializer = await read(INITIALIZER_PROMPT_PATH);
  if (spec === null || initializer === null) return false;
  const validation = validateAppSpec(spec);
  const initializerErrors = validateInitializerPrompt(initializer, validation.featureCount).filter(
    (finding) => finding.severity === "error",
  );
  return validation.valid && initializerErrors.length === 0;
}

async function oneRound(clients: number) {
  return withTempDir(async (projectsDir) => {
    const resolved = resolveServerSettings(
      { "projects-dir": projectsDir, port: "0", "log-level": "warn", "max-sessions": String(clients) },
      {},
      projectsDir,
    );
    const logLines: string[] = [];
    const server = createServer(resolved, {
      engine: createGuidedEngine(),
      logStream: { write: (line) => logLines.push(line) },
    });
    const { port } = await server.listen();
    const peak = new RssPeak();
    const rssBefore = process.memoryUsage.rss();
    try {
      const names = Array.from({ length: clients }, (_, index) => `project-${index + 1}`);
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const interviews: SocketInterview[] = await Promise.all(
        names.map(async (name) => {
          const opening = performance.now();
          const client = await InterviewClient.open(`ws://127.0.0.1:${port}/api/spec/ws/${name}`);
          try {
            return await client.interview(person, performance.now() - opening);
          } finally {
            client.close();
          }
        }),
      );
      const wallMs = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      const peakRss = peak.stop();
      const valid = (await Promise.all(names.map((name) => specIsValid(projectsDir, name)))).filter(Boolean);
      const trips = interviews.flatMap((interview) => interview.roundTrips);
      return {
        clients,
        wallMs: Math.round(wallMs),
        completed: interviews.filter((interview) => interview.complete).length,
        validSpecs: valid.length,
        errorFrames: interviews.reduce((sum, interview) => sum + interview.errors.length, 0),
        firstErrors: interviews.flatMap((interview) => interview.errors).slice(0, 3),
        clientFrames: trips.length,
        serverFrames: interviews.reduce((sum, interview) => sum + interview.framesReceived, 0),
        connectMs: rounded(summarize(interviews.map((interview) => interview.connectMs))),
        firstFrameMs: rounded(summarize(trips.map((trip) => trip.firstFrameMs))),
        responseDoneMs: rounded(summarize(trips.map((trip) => trip.responseDoneMs))),
        turnsPerSecond: Math.round((trips.length / wallMs) * 1000 * 10) / 10,
        // JavaScript runs on one thread: near 1.0 means the event loop was the bottleneck.
        cpuSecondsPerWallSecond: Math.round(((cpu.user + cpu.system) / 1000 / wallMs) * 100) / 100,
        rssBeforeBytes: rssBefore,
        peakRssBytes: peakRss,
        warnLogLines: logLines.length,
      };
    } finally {
      peak.stop();
      await server.close();
    }
  });
}

const rounds = [];
for (const clients of levels) rounds.push(await oneRound(clients));

report(
  "server-load",
  { person: personName, rounds, processPeakRssBytes: processPeakRss() },
  rounds.flatMap((round) => [
    `${round.clients} clients: all done in ${formatMs(round.wallMs)}; ${round.completed}/${round.clients} complete, ${round.validSpecs}/${round.clients} valid specs on disk, ${round.errorFrames} error frames`,
    `    ${round.clientFrames} client frames (${round.turnsPerSecond} turns/s), ${round.serverFrames} server frames; CPU ${round.cpuSecondsPerWallSecond} s per wall second; connect ${formatSummary(round.connectMs)}`,
    `    round trip to the first reply frame ${formatSummary(round.firstFrameMs, { p95: true })}`,
    `    round trip to response_done ${formatSummary(round.responseDoneMs, { p95: true })}`,
    `    peak RSS ${formatBytes(round.peakRssBytes)} (before the clients ${formatBytes(round.rssBeforeBytes)})`,
  ]),
);
