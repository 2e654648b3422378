import { readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SKILL_PATH, loadSkill } from "../../src/session/skill.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

/** Sets a file's modification time to `seconds` after the epoch, so a test never depends on the clock's granularity. */
async function touchAt(path: string, seconds: number): Promise<void> {
  await utimes(path, seconds, seconds);
}

describe("loadSkill", () => {
  it("fills the shipped skill in for each project, the same text every time", async () => {
    const shipped = await readFile(DEFAULT_SKILL_PATH, "utf8");
    const first = await loadSkill(DEFAULT_SKILL_PATH, "/projects/one");
    const second = await loadSkill(DEFAULT_SKILL_PATH, "/projects/two");
    expect(first).toEqual({ ok: true, prompt: shipped.replaceAll("$ARGUMENTS", "/projects/one") });
    expect(second).toEqual({ ok: true, prompt: shipped.replaceAll("$ARGUMENTS", "/projects/two") });
  });

  it("reads a chosen skill again once it was edited, and keeps it while it is not", async () => {
    const path = join(await tempDir(), "skill.md");
    await writeFile(path, "Work in $ARGUMENTS.");
    await touchAt(path, 1_000_000);
    expect(await loadSkill(path, "/p")).toEqual({ ok: true, prompt: "Work in /p." });

    // Edited: another size and another time.
    await writeFile(path, "Now work only in $ARGUMENTS.");
    await touchAt(path, 1_000_100);
    expect(await loadSkill(path, "/p")).toEqual({ ok: true, prompt: "Now work only in /p." });

    // The same size and time as the copy kept: the file is not read again.
    await writeFile(path, "Xxx xxxx xxxx xx $ARGUMENTS.");
    await touchAt(path, 1_000_100);
    expect((await stat(path)).size).toBe("Now work only in $ARGUMENTS.".length);
    expect(await loadSkill(path, "/p")).toEqual({ ok: true, prompt: "Now work only in /p." });
  });

  it("reports a missing or empty skill, and loads it once it is there", async () => {
    const path = join(await tempDir(), "skill.md");
    expect(await loadSkill(path, "/p")).toEqual({
      ok: false,
      message: `Spec creation skill not found at ${path}`,
    });
    await writeFile(path, "  \n");
    expect(await loadSkill(path, "/p")).toEqual({
      ok: false,
      message: `Spec creation skill at ${path} is empty`,
    });
    await writeFile(path, "Ask about $ARGUMENTS.");
    await touchAt(path, 2_000_000);
    expect(await loadSkill(path, "/p")).toEqual({ ok: true, prompt: "Ask about /p." });
    await rm(path);
    expect(await loadSkill(path, "/p")).toMatchObject({ ok: false });
  });
});
