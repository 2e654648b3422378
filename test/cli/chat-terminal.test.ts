import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateAppSpec } from "../../src/app-spec/index.js";
import { HABIT_SCRIPT } from "../engines/guided/scripts.js";
import { BIN, offlineEnv, REPO_ROOT } from "../support/cli-process.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

function specwright(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: offlineEnv(), encoding: "utf8" });
}

/** The habit-tracker person of the guided tests, with spare "1"s for the questions after approval. */
const HABIT_TRACKER_ANSWERS = [...HABIT_SCRIPT, ...Array.from({ length: 8 }, () => "1")].join("\n");

describe("specwright (terminal)", () => {
  it("prints help and exits 0, or 2 when no command is given", () => {
    const help = specwright("--help");
    expect(help.status).toBe(0);
    for (const command of ["chat", "validate"]) expect(help.stdout).toContain(command);
    expect(specwright().status).toBe(2);
    const chatHelp = specwright("chat", "--help");
    expect(chatHelp.status).toBe(0);
    expect(chatHelp.stdout).toContain("--answers <file>");
  });

  it("refuses usage errors with exit 2 and a reason", () => {
    const badName = specwright("chat", "../escape", "--answers", "/dev/null");
    expect(badName.status).toBe(2);
    expect(badName.stderr).toMatch(/invalid project name/);
    const badFlag = specwright("chat", "demo", "--no-such-flag");
    expect(badFlag.status).toBe(2);
    const badEngine = specwright("chat", "demo", "--engine", "magic", "--answers", "/dev/null");
    expect(badEngine.status).toBe(2);
    expect(badEngine.stderr).toMatch(/Unknown engine "magic"/);
    const noAnswers = specwright("chat", "demo", "--answers", "/no/such/file");
    expect(noAnswers.status).toBe(2);
  });

  it("runs a whole interview from an answers file to a valid spec, showing each question", async () => {
    const projectsDir = await tempDir();
    const answers = join(projectsDir, "answers.txt");
    await writeFile(answers, HABIT_TRACKER_ANSWERS);
    const result = specwright("chat", "habits", "--projects-dir", projectsDir, "--answers", answers);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("engine: guided");
    expect(result.stdout).toContain("step 1 of 9: Overview");
    expect(result.stdout).toContain("step 9 of 9: Review and approval");
    expect(result.stdout).toMatch(/1\. Quick \(Recommended\)/);
    expect(result.stdout).toContain("the spec is complete and valid");
    const spec = await readFile(join(projectsDir, "habits/prompts/app_spec.txt"), "utf8");
    expect(validateAppSpec(spec).errors).toEqual([]);
    expect(spec.toLowerCase()).toContain("8pm");
  });

  it("exits 1 when the answers run out before the spec is written", async () => {
    const projectsDir = await tempDir();
    const answers = join(projectsDir, "answers.txt");
    await writeFile(answers, "A tiny app to count cups of water I drink.\n1\n");
    const result = specwright("chat", "water", "--projects-dir", projectsDir, "--answers", answers);
    expect(result.status).toBe(1);
  });
});
