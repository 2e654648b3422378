import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initializerTemplate } from "../../src/app-spec/index.js";
import { createProjectTools, type ProjectTools } from "../../src/workspace/project-tools.js";
import { exists, makePlayground, type Playground, snapshot, validAppSpec } from "./fixtures.js";

let playground: Playground;
let tools: ProjectTools;

beforeEach(async () => {
  playground = await makePlayground();
  tools = await createProjectTools(playground.project);
  await writeFile(join(playground.project, "prompts", "notes.md"), "one two one\nthree\n");
});

afterEach(async () => {
  await playground.remove();
});

function notes(): Promise<string> {
  return readFile(join(playground.project, "prompts", "notes.md"), "utf8");
}

async function expectUnchanged(input: Record<string, unknown>): Promise<string> {
  const before = await snapshot(playground.root);
  const outcome = await tools.run("Edit", { file_path: "prompts/notes.md", ...input });
  expect(outcome.isError).toBe(true);
  expect(await snapshot(playground.root)).toEqual(before);
  return outcome.output;
}

describe("Edit", () => {
  it("replaces a unique occurrence", async () => {
    const outcome = await tools.run("Edit", {
      file_path: "prompts/notes.md",
      old_string: "two",
      new_string: "2",
    });
    expect(outcome).toEqual({
      output: "Edited prompts/notes.md: replaced 1 occurrence",
      isError: false,
      wrote: { path: "prompts/notes.md", bytes: "one 2 one\nthree\n".length },
    });
    expect(await notes()).toBe("one 2 one\nthree\n");
  });

  it("refuses an ambiguous occurrence unless replace_all is set", async () => {
    const output = await expectUnchanged({ old_string: "one", new_string: "1" });
    expect(output).toContain("occurs 2 times");
    expect(output).toContain("replace_all");
    const outcome = await tools.run("Edit", {
      file_path: "prompts/notes.md",
      old_string: "one",
      new_string: "1",
      replace_all: true,
    });
    expect(outcome.output).toBe("Edited prompts/notes.md: replaced 2 occurrences");
    expect(await notes()).toBe("1 two 1\nthree\n");
  });

  it("refuses text that is not there", async () => {
    expect(await expectUnchanged({ old_string: "four", new_string: "4" })).toContain("not found");
  });

  it("refuses an edit that changes nothing", async () => {
    expect(await expectUnchanged({ old_string: "two", new_string: "two" })).toContain("the same");
  });

  it("refuses an empty old_string, naming the field", async () => {
    expect(await expectUnchanged({ old_string: "", new_string: "x" })).toContain("old_string");
  });

  it("refuses a file that does not exist, and creates nothing", async () => {
    const outcome = await tools.run("Edit", {
      file_path: "prompts/missing.md",
      old_string: "a",
      new_string: "b",
    });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toContain("File not found: prompts/missing.md");
    expect(await exists(join(playground.project, "prompts", "missing.md"))).toBe(false);
  });

  it("keeps dollar patterns in new_string literal", async () => {
    await tools.run("Edit", { file_path: "prompts/notes.md", old_string: "two", new_string: "$& $1 $$" });
    expect(await notes()).toBe("one $& $1 $$ one\nthree\n");
    await tools.run("Edit", {
      file_path: "prompts/notes.md",
      old_string: "one",
      new_string: "$'",
      replace_all: true,
    });
    expect(await notes()).toBe("$' $& $1 $$ $'\nthree\n");
  });

  it("reports the validator's verdict after editing the app spec", async () => {
    await writeFile(join(playground.project, "prompts", "app_spec.txt"), validAppSpec(3));
    const broken = await tools.run("Edit", {
      file_path: "prompts/app_spec.txt",
      old_string: "<feature_count>3</feature_count>",
      new_string: "<feature_count>three</feature_count>",
    });
    expect(broken.isError).toBe(false);
    expect(broken.output).toContain("NOT valid");
    const fixed = await tools.run("Edit", {
      file_path: "prompts/app_spec.txt",
      old_string: "<feature_count>three</feature_count>",
      new_string: "<feature_count>3</feature_count>",
    });
    expect(fixed.output).toContain("prompts/app_spec.txt is valid.");
  });

  it("refuses to edit the initializer prompt, which is Specwright's", async () => {
    await writeFile(join(playground.project, "prompts", "app_spec.txt"), validAppSpec(3));
    await writeFile(join(playground.project, "prompts", "initializer_prompt.md"), initializerTemplate());
    const outcome = await tools.run("Edit", {
      file_path: "prompts/initializer_prompt.md",
      old_string: "[FEATURE_COUNT]",
      new_string: "3",
      replace_all: true,
    });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toMatch(/^Refused: Specwright writes prompts\/initializer_prompt\.md itself/);
    expect(await readFile(join(playground.project, "prompts", "initializer_prompt.md"), "utf8")).toBe(
      initializerTemplate(),
    );
  });

  it("refuses a replace_all that would blow a file up, from its size worked out before the string is built", async () => {
    // 64 KiB of "a", each to become 8,193 characters: 537 million, past the longest string
    // V8 can make. Building it would fail as "Invalid string length"; the refusal comes first.
    const capped = await createProjectTools(playground.project, { maxWriteBytes: 64 * 1024 });
    await writeFile(join(playground.project, "prompts", "notes.md"), "a".repeat(64 * 1024));
    const before = await snapshot(playground.root);
    const outcome = await capped.run("Edit", {
      file_path: "prompts/notes.md",
      old_string: "a",
      new_string: "b".repeat(8_193),
      replace_all: true,
    });
    expect(outcome).toEqual({
      isError: true,
      output:
        "Refused: after this edit prompts/notes.md would be 536936448 bytes, more than the 65536 bytes a file may hold. Nothing was written; make a smaller change (replace_all would replace 65536 occurrences).",
      refused:
        "after this edit prompts/notes.md would be 536936448 bytes, more than the 65536 bytes a file may hold.",
    });
    expect(await snapshot(playground.root)).toEqual(before);
  });

  it("counts the result's size in UTF-8 bytes, and lets an edit that fits go ahead", async () => {
    const capped = await createProjectTools(playground.project, { maxWriteBytes: 20 });
    await writeFile(join(playground.project, "prompts", "notes.md"), "ab ab ab");
    // Each "é" is two bytes: 8 + 3 × (4 − 2) = 14 bytes fits, 8 + 3 × (10 − 2) = 32 does not.
    const grown = await capped.run("Edit", {
      file_path: "prompts/notes.md",
      old_string: "ab",
      new_string: "é".repeat(5),
      replace_all: true,
    });
    expect(grown.output).toMatch(/would be 32 bytes, more than the 20 bytes/);
    const fits = await capped.run("Edit", {
      file_path: "prompts/notes.md",
      old_string: "ab",
      new_string: "éé",
      replace_all: true,
    });
    expect(fits.isError).toBe(false);
    expect(await notes()).toBe("éé éé éé");
  });
});
