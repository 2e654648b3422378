/**
 * `GET /api/projects` with a thousand projects, over a real `specwright serve` in a
 * process of its own: the first listing (no project has a state file yet, as after an
 * upgrade), then one request at a time (back to back, and over a second apart, when the
 * spec files are looked at too), ten at once, and a listing after some spec files were
 * changed by hand. Beside it, the work the listing did before state files, in
 * process: every project's spec read and checked in turn.
 *
 *   node --import tsx bench/project-listing.ts [--projects 1000] [--runs 20] [--concurrent 10] [--rounds 5]
 */
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fillFeatureCount, initializerTemplate } from "../src/app-spec/index.js";
import { INTERVIEW_LOG_VERSION, type InterviewRecord } from "../src/store/index.js";
import { ProjectRegistry } from "../src/workspace/index.js";
import { DEFAULT_SPEC_RECHECK_MS } from "../src/workspace/project-listing.js";
import { CliProcess, offlineEnv } from "../test/support/cli-process.js";
import { validSpecText } from "../test/support/spec-text.js";
import { positiveInteger, readFlags } from "./support/flags.js";
import { formatMs, formatSummary } from "./support/format.js";
import { note, report } from "./support/report.js";
import { rounded, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/project-listing.ts [options]", {
  projects: { default: "1000", help: "projects in the folder" },
  runs: { default: "20", help: "listings one at a time" },
  concurrent: { default: "10", help: "listings requested at once" },
  rounds: { default: "5", help: "times the requests at once are made" },
  turns: { default: "20", help: "turns in each project's interview" },
});
const projectCount = positiveInteger("projects", flags.projects);
const runs = positiveInteger("runs", flags.runs);
const concurrent = positiveInteger("concurrent", flags.concurrent);
const rounds = positiveInteger("rounds", flags.rounds);
const turns = positiveInteger("turns", flags.turns);

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

async function timedList(url: string): Promise<{ ms: number; projects: { has_spec: boolean }[] }> {
  const started = performance.now();
  const response = await fetch(`${url}api/projects`);
  const body = await response.text();
  if (!response.ok) throw new Error(`GET /api/projects answered ${response.status}: ${body.slice(0, 300)}`);
  const projects = JSON.parse(body) as { has_spec: boolean }[];
  return { ms: performance.now() - started, projects };
}

const results = await withTempDir(async (projectsDir) => {
  note(`making ${projectCount} projects`);
  const { names, finished } = await makeProjects(projectsDir);

  // Before state files, list() described every project in turn: its spec files read and checked.
  const registry = new ProjectRegistry(projectsDir);
  const oldWayStarted = performance.now();
  for (const name of names) await registry.get(name);
  const oldWayMs = performance.now() - oldWayStarted;

  const server = new CliProcess(
    ["serve", "--port", "0", "--projects-dir", projectsDir, "--log-level", "error"],
    offlineEnv(),
  );
  try {
    const url = await server.nextLine();
    if (!url?.startsWith("http://")) throw new Error(`serve did not start: ${server.stderr.join("")}`);
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

    note(`${runs} listings one at a time, back to back`);
    const one: number[] = [];
    for (let run = 0; run < runs; run++) one.push((await timedList(url)).ms);
    note(`${runs} listings one at a time, each over a second after the last (every spec file looked at)`);
    const spaced: number[] = [];
    for (let run = 0; run < runs; run++) {
      await delay(DEFAULT_SPEC_RECHECK_MS + 100);
      spaced.push((await timedList(url)).ms);
    }

    note(`${rounds} rounds of ${concurrent} listings at once`);
    const each: number[] = [];
    const roundWall: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: concurrent }, () => timedList(url)));
      roundWall.push(performance.now() - started);
      each.push(...answers.map((answer) => answer.ms));
    }

    // A tenth of the specs edited by hand: those projects are worked out again, the rest read.
    const edited = names.filter((_, index) => index % 10 === 0);
    for (const name of edited)
      await writeFile(join(projectsDir, name, "prompts/app_spec.txt"), validSpecText(12));
    // Edits by hand are seen once the spec files are due for a look again.
    await delay(DEFAULT_SPEC_RECHECK_MS + 100);
    const afterEdits = await timedList(url);
    const again = await timedList(url);
    // Those that were finished are not any more: the initializer prompt counts 30 features, not 12.
    const stillFinished = finished - names.filter((_, index) => index % 30 === 0).length;
    const editsSeen = afterEdits.projects.filter((project) => project.has_spec).length === stillFinished;

    // The listing alone, in this process, without HTTP: where the rest of a request's time goes.
    note("the listing alone, in process");
    await registry.list();
    const alone: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await registry.list();
      alone.push(performance.now() - started);
    }
    const aloneSpaced: number[] = [];
    for (let run = 0; run < Math.min(runs, 10); run++) {
      await delay(DEFAULT_SPEC_RECHECK_MS + 100);
      const started = performance.now();
      await registry.list();
      aloneSpaced.push(performance.now() - started);
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
      oneAtATimeMs: rounded(summarize(one)),
      oneAtATimeSpacedMs: rounded(summarize(spaced)),
      atOnce: {
        concurrent,
        rounds,
        eachMs: rounded(summarize(each)),
        roundWallMs: rounded(summarize(roundWall)),
      },
      editedSpecs: edited.length,
      afterEditsMs: Math.round(afterEdits.ms),
      afterEditsAgainMs: Math.round(again.ms),
      editsSeen,
      inProcessMs: rounded(summarize(alone)),
      inProcessSpacedMs: rounded(summarize(aloneSpaced)),
    };
  } catch (error) {
    process.stderr.write(`${server.stderr.join("").slice(-3000)}\n`);
    throw error;
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
});

const wrong =
  results.listedProjects !== projectCount ||
  results.listedFinished !== results.finishedSpecs ||
  !results.editsSeen;
if (wrong) process.exitCode = 1;

report("project-listing", results, [
  `${results.projects} projects, ${results.finishedSpecs} with a finished spec: listed ${results.listedProjects}, ${results.listedFinished} finished; ${results.stateFilesWritten} state files written`,
  `before state files (in process, each project described in turn): ${formatMs(results.oldWayInProcessMs)}`,
  `first listing (no state files yet): ${formatMs(results.firstListingMs)}`,
  `one listing at a time, back to back: ${formatSummary(results.oneAtATimeMs, { p95: true })}`,
  `one listing at a time, over a second apart (spec files looked at too): ${formatSummary(results.oneAtATimeSpacedMs, { p95: true })}`,
  `the listing alone, in process, back to back: ${formatSummary(results.inProcessMs)}; over a second apart: ${formatSummary(results.inProcessSpacedMs)}`,
  `${concurrent} at once: each ${formatSummary(results.atOnce.eachMs, { p95: true })}; all ${concurrent} done in ${formatSummary(results.atOnce.roundWallMs)}`,
  `after ${results.editedSpecs} specs were edited by hand (listed a second later): ${formatMs(results.afterEditsMs)}, then ${formatMs(results.afterEditsAgainMs)}; the edits ${results.editsSeen ? "were" : "were NOT"} seen`,
]);
