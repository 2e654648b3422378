import { readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  FEATURE_COUNT_PLACEHOLDER,
  fillFeatureCount,
  initializerTemplate,
  makeInitializerTemplate,
  validateInitializerPrompt,
} from "../../src/app-spec/index.js";
import { createProjectTools, inspectSpec, writeInitializerPrompt } from "../../src/workspace/index.js";
import { exists, makePlayground, type Playground, snapshot, validAppSpec } from "./fixtures.js";

let playground: Playground;

beforeEach(async () => {
  playground = await makePlayground();
});

afterEach(async () => {
  await playground.remove();
});

const initializerPath = () => join(playground.project, "prompts", "initializer_prompt.md");

describe("writeInitializerPrompt", () => {
  it("writes the shipped template with the count filled in, and nothing else", async () => {
    await writeInitializerPrompt(playground.project, 12);
    expect(await readFile(initializerPath(), "utf8")).toBe(fillFeatureCount(initializerTemplate(), 12));
    // Written atomically: no temporary file is left beside it.
    expect(await readdir(join(playground.project, "prompts"))).toEqual(["initializer_prompt.md"]);
  });

  it("writes a person's own template, which the validator then checks the file against", async () => {
    const template = makeInitializerTemplate(
      `Build it. Make exactly ${FEATURE_COUNT_PLACEHOLDER} tests, no more.\n`,
      "mine.md",
    );
    await writeFile(join(playground.project, "prompts", "app_spec.txt"), validAppSpec(5));
    await writeInitializerPrompt(playground.project, 5, template);
    const written = await readFile(initializerPath(), "utf8");
    expect(written).toBe("Build it. Make exactly 5 tests, no more.\n");
    expect(validateInitializerPrompt(written, 5, template)).toEqual([]);
    expect((await inspectSpec(playground.project, template)).complete).toBe(true);
    // Against the shipped template the same file is not a finished initializer.
    expect((await inspectSpec(playground.project)).complete).toBe(false);
  });

  it("replaces an earlier prompt with the new count", async () => {
    await writeInitializerPrompt(playground.project, 3);
    await writeInitializerPrompt(playground.project, 30);
    const written = await readFile(initializerPath(), "utf8");
    expect(validateInitializerPrompt(written, 30)).toEqual([]);
  });

  it("creates prompts/ when it is missing", async () => {
    await rm(join(playground.project, "prompts"), { recursive: true });
    await writeInitializerPrompt(playground.project, 4);
    expect(await exists(initializerPath())).toBe(true);
  });

  it("goes through the sandbox: a prompts/ that links out of the project is refused", async () => {
    await rm(join(playground.project, "prompts"), { recursive: true });
    await symlink(playground.outside, join(playground.project, "prompts"));
    await expect(writeInitializerPrompt(playground.project, 4)).rejects.toThrow(/Refused/);
    expect(await snapshot(playground.outside)).toEqual([]);
  });
});

describe("a model's Write or Edit of the initializer prompt", () => {
  it("is refused with words that say Specwright writes it, and nothing changes", async () => {
    const tools = await createProjectTools(playground.project);
    await writeFile(initializerPath(), "as it was");
    const before = await snapshot(playground.project);
    for (const path of [
      "prompts/initializer_prompt.md",
      join(playground.project, "prompts/./initializer_prompt.md"),
    ]) {
      const write = await tools.run("Write", { file_path: path, content: "my own" });
      expect(write.isError).toBe(true);
      expect(write.output).toMatch(/^Refused: Specwright writes prompts\/initializer_prompt\.md itself/);
      expect(write.output).toMatch(/write prompts\/app_spec\.txt only/);
      const edit = await tools.run("Edit", {
        file_path: path,
        old_string: "as it was",
        new_string: "changed",
      });
      expect(edit.isError).toBe(true);
      expect(edit.output).toMatch(/^Refused: Specwright writes prompts\/initializer_prompt\.md itself/);
    }
    expect(await snapshot(playground.project)).toEqual(before);
  });

  it("is refused through a link to it too", async () => {
    const tools = await createProjectTools(playground.project);
    await writeFile(initializerPath(), "as it was");
    await symlink(initializerPath(), join(playground.project, "prompts", "alias.md"));
    const write = await tools.run("Write", { file_path: "prompts/alias.md", content: "sneaky" });
    expect(write.isError).toBe(true);
    expect(await readFile(initializerPath(), "utf8")).toBe("as it was");
  });
});
