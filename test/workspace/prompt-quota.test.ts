import { mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProjectTools } from "../../src/workspace/project-tools.js";
import { promptUsage } from "../../src/workspace/prompt-quota.js";
import { makePlayground, type Playground, snapshot, validAppSpec } from "./fixtures.js";

let playground: Playground;

beforeEach(async () => {
  playground = await makePlayground();
});

afterEach(async () => {
  await playground.remove();
});

const write = (file_path: string, content: string) => ({ file_path, content });

describe("how many files prompts/ may hold", () => {
  it("refuses a Write of one file too many, with words the model can act on, and writes nothing", async () => {
    const tools = await createProjectTools(playground.project, { maxPromptFiles: 3 });
    for (const name of ["a", "b", "c"])
      expect((await tools.run("Write", write(`prompts/${name}.md`, name))).isError).toBe(false);
    const before = await snapshot(playground.root);

    const refused = await tools.run("Write", write("prompts/d.md", "d"));
    expect(refused.isError).toBe(true);
    expect(refused.output).toBe(
      'Refused: prompts/ already holds 3 files, the most one project may have (3). Nothing was written. Put this text into a file that exists (Glob "prompts/**" lists them), such as prompts/app_spec.txt, which is all the spec needs.',
    );
    expect(await snapshot(playground.root)).toEqual(before);

    // A file that is there may still be written, and the app spec always.
    expect((await tools.run("Write", write("prompts/a.md", "a again"))).isError).toBe(false);
    expect((await tools.run("Write", write("prompts/app_spec.txt", validAppSpec()))).isError).toBe(false);
  });

  it("counts the files of its subfolders (mockups, backups) too, and never follows a link", async () => {
    await mkdir(join(playground.project, "prompts", "mockups"));
    await writeFile(join(playground.project, "prompts", "mockups", "home.png"), "png");
    await writeFile(join(playground.outside, "many.txt"), "x".repeat(1000));
    await symlink(playground.outside, join(playground.project, "prompts", "elsewhere"));
    expect(await promptUsage(playground.project)).toEqual({ files: 2, bytes: 3 });

    const tools = await createProjectTools(playground.project, { maxPromptFiles: 2 });
    expect((await tools.run("Write", write("prompts/notes.md", "n"))).isError).toBe(true);
  });

  it("stops a model that writes file after file at the cap", async () => {
    const tools = await createProjectTools(playground.project, { maxPromptFiles: 5 });
    const outcomes = [];
    for (let index = 0; index < 10; index++)
      outcomes.push(await tools.run("Write", write(`prompts/note-${index}.md`, `note ${index}`)));
    expect(outcomes.filter((outcome) => !outcome.isError)).toHaveLength(5);
    expect(await readdir(join(playground.project, "prompts"))).toHaveLength(5);
  });
});

describe("how many bytes prompts/ may hold", () => {
  it("refuses a Write that would take the total over the cap, and allows one that shrinks a file", async () => {
    const tools = await createProjectTools(playground.project, { maxPromptBytes: 100 });
    expect((await tools.run("Write", write("prompts/a.md", "a".repeat(60)))).isError).toBe(false);
    const before = await snapshot(playground.root);

    const refused = await tools.run("Write", write("prompts/b.md", "b".repeat(50)));
    expect(refused).toEqual({
      isError: true,
      output:
        "Refused: with this write the files under prompts/ would hold 110 bytes, more than the 100 bytes one project may have. Nothing was written. Write less, or make a file you wrote earlier shorter; prompts/app_spec.txt can always be written.",
      refused:
        "with this write the files under prompts/ would hold 110 bytes, more than the 100 bytes one project may have.",
    });
    expect(await snapshot(playground.root)).toEqual(before);

    // Rewriting a file counts its new size in place of its old one.
    expect((await tools.run("Write", write("prompts/a.md", "a".repeat(90)))).isError).toBe(false);
    expect((await tools.run("Write", write("prompts/a.md", "a".repeat(10)))).isError).toBe(false);
    expect((await tools.run("Write", write("prompts/b.md", "b".repeat(50)))).isError).toBe(false);
  });

  it("refuses an Edit that would take the total over the cap", async () => {
    const tools = await createProjectTools(playground.project, { maxPromptBytes: 100 });
    await writeFile(join(playground.project, "prompts", "a.md"), "one two\n");
    const before = await snapshot(playground.root);
    const refused = await tools.run("Edit", {
      file_path: "prompts/a.md",
      old_string: "two",
      new_string: "t".repeat(200),
    });
    expect(refused.isError).toBe(true);
    expect(refused.output).toMatch(
      /^Refused: with this write the files under prompts\/ would hold 205 bytes/,
    );
    expect(await snapshot(playground.root)).toEqual(before);
  });
});
