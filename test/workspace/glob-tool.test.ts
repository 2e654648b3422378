import { mkdir, symlink, utimes, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProjectTools, type ProjectTools } from "../../src/workspace/project-tools.js";
import { makePlayground, type Playground } from "./fixtures.js";

let playground: Playground;
let tools: ProjectTools;

beforeEach(async () => {
  playground = await makePlayground();
  tools = await createProjectTools(playground.project);
});

afterEach(async () => {
  await playground.remove();
});

/** Writes a file with a chosen modification time (seconds since the epoch). */
async function put(relative: string, modified: number): Promise<void> {
  const path = join(playground.project, relative);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, relative);
  await utimes(path, modified, modified);
}

describe("Glob", () => {
  it("lists matches relative to the project, newest first", async () => {
    await put("prompts/old.md", 1_000);
    await put("prompts/new.md", 3_000);
    await put("prompts/middle.md", 2_000);
    await put("prompts/skip.txt", 4_000);
    const outcome = await tools.run("Glob", { pattern: "prompts/*.md" });
    expect(outcome).toEqual({ output: "prompts/new.md\nprompts/middle.md\nprompts/old.md", isError: false });
  });

  it("searches from path, still answering paths relative to the project", async () => {
    await put("prompts/mockups/home.png", 1_000);
    await put("docs/readme.md", 2_000);
    const outcome = await tools.run("Glob", { pattern: "**/*", path: "prompts" });
    expect(outcome.output).toBe("prompts/mockups/home.png");
  });

  it("orders files of the same age by name", async () => {
    await put("prompts/b.md", 1_000);
    await put("prompts/a.md", 1_000);
    expect((await tools.run("Glob", { pattern: "**/*.md" })).output).toBe("prompts/a.md\nprompts/b.md");
  });

  it("lists at most 200 files and says when it stopped", async () => {
    for (let index = 0; index < 205; index++) await put(`prompts/many/f${index}.txt`, 1_000 + index);
    const outcome = await tools.run("Glob", { pattern: "prompts/many/*.txt" });
    const lines = outcome.output.split("\n");
    expect(lines[0]).toBe("prompts/many/f204.txt");
    expect(lines.filter((line) => line.startsWith("prompts/"))).toHaveLength(200);
    expect(outcome.output).toContain("Showing the 200 most recently changed of 205");
  });

  it("says when nothing matches", async () => {
    const outcome = await tools.run("Glob", { pattern: "*.xyz" });
    expect(outcome).toEqual({ output: 'No files match "*.xyz" in the project folder.', isError: false });
  });

  it("leaves out files behind links that lead outside, and does not descend into linked folders", async () => {
    await writeFile(join(playground.outside, "secret.txt"), "secret");
    await symlink(join(playground.outside, "secret.txt"), join(playground.project, "prompts", "link.txt"));
    await symlink(playground.outside, join(playground.project, "prompts", "out"));
    await put("prompts/real.md", 1_000);
    const outcome = await tools.run("Glob", { pattern: "**/*" });
    expect(outcome.output).toBe("prompts/real.md");
  });

  it("lists a file that a link inside points to where it really is, not under the link's name", async () => {
    await put("notes.txt", 1_000);
    await symlink(
      join(playground.project, "notes.txt"),
      join(playground.project, "prompts", "notes-link.txt"),
    );
    expect((await tools.run("Glob", { pattern: "**/*" })).output).toBe("notes.txt");
  });

  it("refuses a path that is a file", async () => {
    await put("prompts/a.md", 1_000);
    const outcome = await tools.run("Glob", { pattern: "*", path: "prompts/a.md" });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toContain("not a folder");
  });

  it("skips dependency folders", async () => {
    await put("app/node_modules/lib/index.js", 2_000);
    await put("app/src/index.js", 1_000);
    expect((await tools.run("Glob", { pattern: "**/*.js" })).output).toBe("app/src/index.js");
  });
});
