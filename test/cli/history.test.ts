import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SessionStore } from "../../src/store/index.js";
import { BIN, offlineEnv, REPO_ROOT } from "../support/cli-process.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

function history(projectsDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [BIN, "history", "habits", "--projects-dir", projectsDir, ...args], {
    cwd: REPO_ROOT,
    env: offlineEnv(),
    encoding: "utf8",
  });
}

/** Two interviews of one project: an archived one, then the current one. */
async function twoInterviews(projectsDir: string) {
  const store = new SessionStore(projectsDir, { warn: () => {} });
  const ids: string[] = [];
  for (const [index, words] of ["A habit tracker.", "A habit tracker for students."].entries()) {
    const { log, state } = await store.begin("habits", {
      engine: "guided",
      model: null,
      createdAt: new Date(Date.UTC(2026, 10, 20 + index, 10)),
    });
    const at = new Date(Date.UTC(2026, 10, 20 + index, 10, 1)).toISOString();
    await log.append({ type: "entry", entry: { role: "user", text: words, timestamp: at } });
    await log.append({ type: "turn-end", outcome: "done", at });
    await log.close();
    ids.push(state.id);
  }
  return { archived: ids[0]!, current: ids[1]! };
}

describe("specwright history", () => {
  it("prints the interview's id and how to reach the archived ones, and prints one by id", async () => {
    const projectsDir = await tempDir();
    const { archived, current } = await twoInterviews(projectsDir);

    const printed = history(projectsDir);
    expect(printed.status, printed.stderr).toBe(0);
    expect(printed.stdout).toContain(`- Interview: \`${current}\` (the current one)`);
    expect(printed.stdout).toContain("- Other interviews: 1 (`specwright history habits --list` lists them");
    expect(printed.stdout).toContain("A habit tracker for students.");

    const listed = history(projectsDir, "--list");
    expect(listed.stdout).toContain(`| \`${archived}\` | archived |`);
    expect(listed.stdout).toContain("Print one with `specwright history habits --interview <id>`.");

    const earlier = history(projectsDir, "--interview", archived);
    expect(earlier.status, earlier.stderr).toBe(0);
    expect(earlier.stdout).toContain(`- Interview: \`${archived}\` (archived)`);
    expect(earlier.stdout).toContain("A habit tracker.");
    expect(earlier.stdout).not.toContain("for students");

    const refused = history(projectsDir, "--interview", archived, "--list");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--interview and --list cannot be combined");
    expect(history(projectsDir, "--interview", "no-such-one").status).toBe(1);
  });
});
