import { spawnSync } from "node:child_process";
import { appendFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, offlineEnv, REPO_ROOT } from "../support/cli-process.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

function specwright(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: offlineEnv(), encoding: "utf8" });
}

const IDEA =
  "A habit tracker for students: they create habits, tick them off each day and see their streaks.";

describe("specwright chat, carried on", () => {
  it("carries on with --resume, re-runs a reply a crash cut off, prints the interview, and starts over", async () => {
    const projectsDir = await tempDir();
    const file = async (name: string, lines: string[]) => {
      const path = join(projectsDir, name);
      await writeFile(path, `${lines.join("\n")}\n`);
      return path;
    };
    const chat = (...args: string[]) => specwright("chat", "habits", "--projects-dir", projectsDir, ...args);

    const first = chat("--answers", await file("first.txt", [IDEA]));
    expect(first.status, first.stderr).toBe(1);

    const carried = chat("--answers", await file("second.txt", ["1"]), "--resume");
    expect(carried.status, carried.stderr).toBe(1);
    expect(carried.stdout).toContain("Carrying on your interview (3 messages");
    expect(carried.stdout).toMatch(/you\s+A habit tracker for students/);
    expect(carried.stdout).toMatch(/How involved do you want to be/);
    expect(carried.stdout).toContain("› 1");

    // A message recorded and then a crash: the next chat asks for the reply again.
    const crashed = { role: "user", text: "Also a weekly summary.", timestamp: new Date().toISOString() };
    await appendFile(
      join(projectsDir, "habits/.specwright/session.jsonl"),
      `${JSON.stringify({ type: "entry", entry: crashed })}\n`,
    );
    const retried = chat("--answers", await file("none.txt", []), "--resume");
    expect(retried.stdout).toContain("The interviewer's last reply was cut off; asking again.");

    const printed = specwright("history", "habits", "--projects-dir", projectsDir);
    expect(printed.status, printed.stderr).toBe(0);
    expect(printed.stdout).toMatch(/^# habits: interview of /);
    expect(printed.stdout).toContain(IDEA);
    expect(printed.stdout).toContain("(answer)");
    expect(printed.stdout).toContain("Also a weekly summary.");
    expect(printed.stdout).toMatch(/> 1\. Quick \(Recommended\)/);

    const fresh = chat("--answers", await file("third.txt", [IDEA]));
    expect(fresh.stdout, fresh.stderr).not.toContain("Carrying on");
    expect(fresh.status, fresh.stderr).toBe(1);
    const listed = specwright("history", "habits", "--projects-dir", projectsDir, "--list");
    expect(listed.stdout.match(/\| current \|/g)).toHaveLength(1);
    expect(listed.stdout.match(/\| archived \|/g)).toHaveLength(1);
    const earlier = /\| `([^`]+)` \| archived/.exec(listed.stdout)![1]!;
    expect(specwright("history", "habits", "--projects-dir", projectsDir, "--id", earlier).stdout).toContain(
      "Also a weekly summary.",
    );
    expect(chat("--new", "--resume").status).toBe(2);
  });
});
