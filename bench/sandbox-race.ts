/**
 * The sandbox against a process that swaps a file or a folder of the project for a
 * symbolic link to outside, over and over: how many calls were refused, how many
 * worked safely on the file inside, and how many reached outside (which must be none).
 * The same race is run against an unchecked open by name (the path checked, then
 * opened by name, as the sandbox did before), to show the race is real on this machine.
 *
 *   node --import tsx bench/sandbox-race.ts [--rounds 3000] [--scenarios read-file,read-folder,write-folder]
 */
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createProjectTools, type ProjectTools, resolveInsideProject } from "../src/workspace/index.js";
import { type Swap, startLinkSwapper } from "../test/support/link-swapper.js";
import { choiceList, positiveInteger, readFlags } from "./support/flags.js";
import { formatSummary } from "./support/format.js";
import { note, report } from "./support/report.js";
import { rounded, summarize } from "./support/stats.js";
import { withTempDir } from "./support/temp-dir.js";

const SCENARIOS = ["read-file", "read-folder", "write-folder"] as const;
type Scenario = (typeof SCENARIOS)[number];

const flags = readFlags("node --import tsx bench/sandbox-race.ts [options]", {
  rounds: { default: "3000", help: "calls per scenario, for the sandbox and for the unchecked open each" },
  scenarios: { default: SCENARIOS.join(","), help: "which races to run, comma-separated" },
});
const rounds = positiveInteger("rounds", flags.rounds);
const scenarios = choiceList("scenarios", flags.scenarios, SCENARIOS);

const SECRET = "top secret";

interface Tally {
  /** Calls that worked, on the file inside. */
  succeeded: number;
  /** Calls refused or failed, with nothing read or written outside. */
  refused: number;
  /** Reads that returned outside content, or writes that left a file outside. */
  outside: number;
  swaps: number;
  /** Why calls were refused: each reason (paths and numbers taken out) and how often. */
  reasons: Record<string, number>;
  callMs: ReturnType<typeof summarize>;
}

interface Stage {
  project: string;
  outside: string;
  prompts: string;
  swaps: Swap[];
  stopFile: string;
}

async function stage(dir: string, scenario: Scenario, name: string): Promise<Stage> {
  const root = join(dir, `${scenario}-${name}`);
  const project = join(root, "proj");
  const outside = join(root, "outside");
  const prompts = join(project, "prompts");
  await mkdir(join(prompts, "sub"), { recursive: true });
  await mkdir(outside);
  await writeFile(join(prompts, "note.txt"), "inside\n");
  await writeFile(join(prompts, "sub", "note.txt"), "inside\n");
  await writeFile(join(outside, "note.txt"), `${SECRET}\n`);
  const swaps: Swap[] =
    scenario === "read-file"
      ? [
          {
            path: join(prompts, "note.txt"),
            aside: join(prompts, "note.aside"),
            target: join(outside, "note.txt"),
          },
        ]
      : [{ path: join(prompts, "sub"), aside: join(prompts, "sub.aside"), target: outside }];
  return { project, outside, prompts, swaps, stopFile: join(root, "stop") };
}

/** One call: "ok", "outside" for a read that returned outside content, or why it was refused. */
type Call = (round: number) => Promise<"ok" | "outside" | { refused: string }>;

/** A refusal's words without the paths and numbers that make each one different. */
function reasonOf(text: string): string {
  return text
    .replace(/"[^"]*"/g, "…")
    .replace(/\/[^\s,']+/g, "…")
    .replace(/\d+/g, "N")
    .split(/[.(]/)[0]!
    .trim();
}

function checkedCall(scenario: Scenario, tools: ProjectTools): Call {
  const readPath = scenario === "read-file" ? "prompts/note.txt" : "prompts/sub/note.txt";
  return async (round) => {
    const outcome =
      scenario === "write-folder"
        ? await tools.run("Write", { file_path: `prompts/sub/new-${round}.txt`, content: "written\n" })
        : await tools.run("Read", { file_path: readPath });
    if (outcome.output.includes(SECRET)) return "outside";
    return outcome.isError ? { refused: reasonOf(outcome.output) } : "ok";
  };
}

/** The open by name: checked, then read or written by name, with nothing confirmed after. */
function uncheckedCall(scenario: Scenario, stageInfo: Stage): Call {
  const readPath = scenario === "read-file" ? "prompts/note.txt" : "prompts/sub/note.txt";
  return async (round) => {
    try {
      if (scenario === "write-folder") {
        const { absolute } = await resolveInsideProject(stageInfo.project, `prompts/sub/new-${round}.txt`, {
          forWrite: true,
        });
        const temporary = `${absolute}.${round}.tmp`;
        await writeFile(temporary, "written\n", { flag: "wx" });
        await rename(temporary, absolute);
        return "ok";
      }
      const { absolute } = await resolveInsideProject(stageInfo.project, readPath);
      const text = await readFile(absolute, "utf8");
      return text.includes(SECRET) ? "outside" : "ok";
    } catch (error) {
      return { refused: reasonOf(error instanceof Error ? error.message : String(error)) };
    }
  };
}

/** Files outside that were not there before: writes that landed outside. */
async function landedOutside(outside: string): Promise<number> {
  const names = await readdir(outside);
  const changed = (await readFile(join(outside, "note.txt"), "utf8")) === `${SECRET}\n` ? 0 : 1;
  return names.filter((name) => name !== "note.txt").length + changed;
}

async function race(dir: string, scenario: Scenario, checked: boolean): Promise<Tally> {
  const stageInfo = await stage(dir, scenario, checked ? "checked" : "unchecked");
  const call = checked
    ? checkedCall(scenario, await createProjectTools(stageInfo.project))
    : uncheckedCall(scenario, stageInfo);
  const swapper = await startLinkSwapper(stageInfo.swaps, stageInfo.stopFile);
  let succeeded = 0;
  let refused = 0;
  let outside = 0;
  const reasons: Record<string, number> = {};
  const samples: number[] = [];
  let swaps = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const result = await call(round);
      samples.push(performance.now() - started);
      if (result === "ok") succeeded++;
      else if (result === "outside") outside++;
      else {
        refused++;
        reasons[result.refused] = (reasons[result.refused] ?? 0) + 1;
      }
    }
  } finally {
    swaps = await swapper.stop();
  }
  if (scenario === "write-folder") {
    const landed = await landedOutside(stageInfo.outside);
    outside += landed;
    succeeded -= landed;
  }
  return { succeeded, refused, outside, swaps, reasons, callMs: rounded(summarize(samples)) };
}

function line(name: string, tally: Tally): string {
  return `${name.padEnd(10)} ${String(tally.succeeded).padStart(6)} safe  ${String(tally.refused).padStart(6)} refused  ${String(tally.outside).padStart(5)} outside  (${tally.swaps} swaps; a call ${formatSummary(tally.callMs)})`;
}

const results: Record<string, { checked: Tally; unchecked: Tally }> = {};
const summary: string[] = [`${rounds} calls per scenario while a child process swaps in links to outside`];
await withTempDir(async (dir) => {
  for (const scenario of scenarios) {
    note(`${scenario}: the sandbox`);
    const checked = await race(dir, scenario, true);
    note(`${scenario}: the unchecked open by name`);
    const unchecked = await race(dir, scenario, false);
    results[scenario] = { checked, unchecked };
    summary.push(`${scenario}:`, `  ${line("sandbox", checked)}`, `  ${line("unchecked", unchecked)}`);
  }
});
report("sandbox-race", { rounds, scenarios: results }, summary);
const escaped = Object.values(results).reduce((sum, result) => sum + result.checked.outside, 0);
if (escaped > 0) {
  process.stderr.write(`\n${escaped} sandboxed calls reached outside the project\n`);
  process.exitCode = 1;
}
