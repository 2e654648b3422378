/**
 * A whole guided interview in process: a SpecChatSession on the guided engine, with a
 * project registry and a session store in a temporary folder, answered by a scripted
 * person. Measures wall time per interview, time per turn and the peak RSS.
 *
 *   node --import tsx bench/guided-interview.ts [--interviews 20] [--warmup 2] [--person quick]
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { APP_SPEC_PATH, validateAppSpec } from "../src/app-spec/index.js";
import { analyze } from "../src/engines/guided/design/analysis.js";
import { createGuidedEngine } from "../src/engines/guided/index.js";
import { replay } from "../src/engines/guided/interview/replay.js";
import { SpecChatSession } from "../src/session/index.js";
import { SessionStore } from "../src/store/index.js";
import type { Transcript } from "../src/types/transcript.js";
import { ProjectRegistry } from "../src/workspace/index.js";
import { choiceList, nonNegativeInteger, positiveInteger, readFlags } from "./support/flags.js";
import { formatBytes, formatMs, formatSummary } from "./support/format.js";
import { type InProcessInterview, interviewInProcess } from "./support/interview-in-process.js";
import { processPeakRss, RssPeak } from "./support/memory.js";
import { PEOPLE, PERSON_NAMES } from "./support/person.js";
import { report } from "./support/report.js";
import { rounded, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/guided-interview.ts [options]", {
  interviews: { default: "20", help: "timed interviews per person" },
  warmup: { default: "2", help: "untimed interviews first" },
  person: { default: "quick", help: `who is interviewed: ${PERSON_NAMES.join(", ")} (comma-separated)` },
});
const interviews = positiveInteger("interviews", flags.interviews);
const warmup = nonNegativeInteger("warmup", flags.warmup);
const people = choiceList("person", flags.person, PERSON_NAMES);

/** Runs one interview in a fresh project and checks the spec it left on disk. */
async function oneInterview(projectsDir: string, projectName: string, personName: keyof typeof PEOPLE) {
  const session = new SpecChatSession({
    projectName,
    projects: new ProjectRegistry(projectsDir),
    engine: createGuidedEngine(),
    store: new SessionStore(projectsDir),
  });
  try {
    const result = await interviewInProcess(session, PEOPLE[personName]);
    const spec = await readFile(join(projectsDir, projectName, APP_SPEC_PATH), "utf8").catch(() => "");
    return {
      ...result,
      specValid: result.complete && validateAppSpec(spec).valid,
      transcript: session.getMessages(),
    };
  } finally {
    await session.close();
  }
}

/**
 * The guided engine keeps nothing between turns: each turn replays the whole transcript
 * and analyses the person's words. Timing those two alone on the finished transcript
 * shows how much of the last turn they are.
 */
function rebuildCost(transcript: Transcript): { replayMs: number; analyzeMs: number } {
  const replayMs: number[] = [];
  const analyzeMs: number[] = [];
  for (let run = 0; run < 10; run++) {
    let started = performance.now();
    const replayed = replay(transcript);
    replayMs.push(performance.now() - started);
    started = performance.now();
    analyze(replayed.state);
    analyzeMs.push(performance.now() - started);
  }
  return { replayMs: summarize(replayMs).median, analyzeMs: summarize(analyzeMs).median };
}

const rssAtStart = process.memoryUsage.rss();
const perPerson = await withTempDir(async (projectsDir) => {
  const measured = [];
  for (const personName of people) {
    for (let run = 0; run < warmup; run++)
      await oneInterview(projectsDir, `warmup-${personName}-${run}`, personName);
    const peak = new RssPeak();
    const runs: (InProcessInterview & { specValid: boolean; transcript: Transcript })[] = [];
    for (let run = 0; run < interviews; run++) {
      runs.push(await oneInterview(projectsDir, `${personName}-${run}`, personName));
      peak.sample();
    }
    const turnsPerInterview = runs[0]?.turnMs.length ?? 0;
    // Turn k of every interview, so growth along the interview shows.
    const byTurn = Array.from(
      { length: turnsPerInterview },
      (_, turn) => summarize(runs.map((run) => run.turnMs[turn] ?? Number.NaN)).median,
    );
    measured.push({
      person: personName,
      interviews,
      turnsPerInterview,
      framesPerInterview: runs[0]?.frames ?? 0,
      validSpecs: runs.filter((run) => run.specValid).length,
      errors: runs.flatMap((run) => run.errors),
      interviewMs: rounded(summarize(runs.map((run) => run.totalMs))),
      greetingMs: rounded(summarize(runs.map((run) => run.greetingMs))),
      turnMs: rounded(summarize(runs.flatMap((run) => run.turnMs))),
      medianMsByTurn: byTurn.map((ms) => Math.round(ms * 100) / 100),
      peakRssBytes: peak.stop(),
      finalTranscript: {
        entries: runs.at(-1)?.transcript.length ?? 0,
        ...rebuildCost(runs.at(-1)?.transcript ?? []),
      },
    });
  }
  return measured;
});

report(
  "guided-interview",
  { warmup, people: perPerson, rssAtStartBytes: rssAtStart, processPeakRssBytes: processPeakRss() },
  [
    ...perPerson.flatMap((result) => [
      `${result.person}: ${result.validSpecs}/${result.interviews} valid specs, ${result.turnsPerInterview} turns and ${result.framesPerInterview} frames per interview${result.errors.length > 0 ? `, ${result.errors.length} error frames` : ""}`,
      `    interview ${formatSummary(result.interviewMs)}`,
      `    turn ${formatSummary(result.turnMs, { p95: true })}`,
      `    median by turn: ${result.medianMsByTurn.map(formatMs).join(", ")}`,
      `    on the finished transcript (${result.finalTranscript.entries} entries): replay ${formatMs(result.finalTranscript.replayMs)}, one analysis ${formatMs(result.finalTranscript.analyzeMs)}`,
      `    peak RSS ${formatBytes(result.peakRssBytes)}`,
    ]),
    `process peak RSS ${formatBytes(processPeakRss())} (at start ${formatBytes(rssAtStart)})`,
  ],
);
