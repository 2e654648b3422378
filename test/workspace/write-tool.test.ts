import { mkdir, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initializerTemplate } from "../../src/app-spec/index.js";
import { createProjectTools, type ProjectTools } from "../../src/workspace/project-tools.js";
import { filledInitializer, makePlayground, type Playground, snapshot, validAppSpec } from "./fixtures.js";

let playground: Playground;
let tools: ProjectTools;

beforeEach(async () => {
  playground = await makePlayground();
  tools = await createProjectTools(playground.project);
});

afterEach(async () => {
  await playground.remove();
});

function onDisk(relative: string): Promise<string> {
  return readFile(join(playground.project, relative), "utf8");
}

describe("Write", () => {
  it("writes a file under prompts/ and counts its lines", async () => {
    const outcome = await tools.run("Write", { file_path: "prompts/notes.md", content: "a\nb\nc\n" });
    expect(outcome).toEqual({
      output: "Wrote prompts/notes.md (3 lines)",
      isError: false,
      wrote: { path: "prompts/notes.md", bytes: 6 },
    });
    expect(await onDisk("prompts/notes.md")).toBe("a\nb\nc\n");
  });

  it("says 1 line and 0 lines plainly", async () => {
    expect((await tools.run("Write", { file_path: "prompts/one.md", content: "a" })).output).toBe(
      "Wrote prompts/one.md (1 line)",
    );
    expect((await tools.run("Write", { file_path: "prompts/none.md", content: "" })).output).toBe(
      "Wrote prompts/none.md (0 lines)",
    );
  });

  it("replaces an existing file", async () => {
    await writeFile(join(playground.project, "prompts", "notes.md"), "old");
    await tools.run("Write", { file_path: "prompts/notes.md", content: "new" });
    expect(await onDisk("prompts/notes.md")).toBe("new");
  });

  it("creates missing folders inside prompts/", async () => {
    const outcome = await tools.run("Write", { file_path: "prompts/a/b/c.md", content: "deep" });
    expect(outcome.isError).toBe(false);
    expect(await onDisk("prompts/a/b/c.md")).toBe("deep");
  });

  it("creates prompts/ itself when a project has none yet", async () => {
    await rm(join(playground.project, "prompts"), { recursive: true });
    const outcome = await tools.run("Write", { file_path: "prompts/notes.md", content: "x" });
    expect(outcome.isError).toBe(false);
    expect(await onDisk("prompts/notes.md")).toBe("x");
  });

  it("leaves no temporary files behind", async () => {
    await tools.run("Write", { file_path: "prompts/notes.md", content: "one" });
    await tools.run("Write", { file_path: "prompts/notes.md", content: "two" });
    expect(await readdir(join(playground.project, "prompts"))).toEqual(["notes.md"]);
  });

  it("gives no spec feedback for other files", async () => {
    const outcome = await tools.run("Write", {
      file_path: "prompts/notes.md",
      content: "<project_specification>",
    });
    expect(outcome.output).toBe("Wrote prompts/notes.md (1 line)");
  });
});

describe("Write feedback on the spec files", () => {
  it("saves an invalid app spec but says unmistakably that it is NOT valid, with each error", async () => {
    const outcome = await tools.run("Write", {
      file_path: "prompts/app_spec.txt",
      content: "<project_specification>\n  <overview>Only this</overview>\n</project_specification>\n",
    });
    expect(outcome.isError).toBe(false);
    expect(await onDisk("prompts/app_spec.txt")).toContain("Only this");
    expect(outcome.output).toMatch(/^Wrote prompts\/app_spec\.txt \(3 lines\)\n\n/);
    expect(outcome.output).toContain("The file was saved, but prompts/app_spec.txt is NOT valid yet");
    expect(outcome.output).toContain("feature_count");
    expect(outcome.output).toContain("success_criteria");
    expect(outcome.output).not.toContain("spec is complete");
  });

  it("lists each error with its line when the validator knows it", async () => {
    const spec = validAppSpec(3).replace(
      "<feature_count>3</feature_count>",
      "<feature_count>many</feature_count>",
    );
    const outcome = await tools.run("Write", { file_path: "prompts/app_spec.txt", content: spec });
    expect(outcome.output).toContain("NOT valid");
    expect(outcome.output).toMatch(/- line 13: .*feature_count/);
  });

  it("says a valid app spec is valid, with its feature count", async () => {
    const outcome = await tools.run("Write", { file_path: "prompts/app_spec.txt", content: validAppSpec(3) });
    expect(outcome.isError).toBe(false);
    expect(outcome.output).not.toContain("NOT valid");
    expect(outcome.output).toContain("prompts/app_spec.txt is valid.");
    expect(outcome.output).toContain("3 features in 1 category");
  });

  it("tells the model that Specwright writes the initializer prompt from a valid app spec", async () => {
    const outcome = await tools.run("Write", { file_path: "prompts/app_spec.txt", content: validAppSpec(3) });
    expect(outcome.output).toContain(
      "Specwright writes prompts/initializer_prompt.md for the coding agent from this feature count each time this file is valid",
    );
    expect(outcome.spec).toMatchObject({ path: "prompts/app_spec.txt", valid: true });
  });

  it("refuses to write the initializer prompt, which is Specwright's", async () => {
    await tools.run("Write", { file_path: "prompts/app_spec.txt", content: validAppSpec(3) });
    const before = await snapshot(playground.project);
    for (const content of [filledInitializer(3), initializerTemplate()]) {
      const outcome = await tools.run("Write", { file_path: "prompts/initializer_prompt.md", content });
      expect(outcome.isError).toBe(true);
      expect(outcome.output).toMatch(/^Refused: Specwright writes prompts\/initializer_prompt\.md itself/);
      expect(outcome.spec).toBeUndefined();
    }
    expect(await snapshot(playground.project)).toEqual(before);
  });
});

describe("what a write reports beside its words", () => {
  it("names the file written, relative to the project folder, and its size in UTF-8 bytes, however the path was given", async () => {
    for (const file_path of [
      "prompts/menu.md",
      join(playground.project, "prompts", "menu.md"),
      "prompts/./drafts/../menu.md",
    ]) {
      const outcome = await tools.run("Write", { file_path, content: "crème brûlée\n" });
      expect(outcome.wrote).toEqual({ path: "prompts/menu.md", bytes: Buffer.byteLength("crème brûlée\n") });
    }
  });

  it("reports a link inside prompts/ as the file it leads to, and gives that file's verdict", async () => {
    await writeFile(join(playground.project, "prompts", "app_spec.txt"), "old");
    await symlink("app_spec.txt", join(playground.project, "prompts", "spec-link.txt"));
    const outcome = await tools.run("Write", {
      file_path: "prompts/spec-link.txt",
      content: validAppSpec(3),
    });
    expect(outcome.wrote).toEqual({
      path: "prompts/app_spec.txt",
      bytes: Buffer.byteLength(validAppSpec(3)),
    });
    expect(outcome.spec).toMatchObject({ path: "prompts/app_spec.txt", valid: true });
  });

  it("reports nothing written when the write is refused", async () => {
    await symlink(playground.outside, join(playground.project, "prompts", "escape"));
    await writeFile(join(playground.outside, "secret.txt"), "secret");
    await symlink(
      join(playground.outside, "secret.txt"),
      join(playground.project, "prompts", "secret-link.txt"),
    );
    const small = await createProjectTools(playground.project, { maxWriteBytes: 4 });
    const refused = [
      await tools.run("Write", { file_path: "prompts/escape/spec.txt", content: "x" }),
      await tools.run("Write", { file_path: "prompts/secret-link.txt", content: "x" }),
      await tools.run("Write", { file_path: "../outside/spec.txt", content: "x" }),
      await tools.run("Write", { file_path: "notes.md", content: "x" }),
      await tools.run("Write", { file_path: "prompts/initializer_prompt.md", content: "x" }),
      await small.run("Write", { file_path: "prompts/app_spec.txt", content: "too long" }),
      await tools.run("Write", { file_path: "prompts/app_spec.txt" }),
    ];
    for (const outcome of refused) {
      expect(outcome.isError).toBe(true);
      expect(outcome).not.toHaveProperty("wrote");
      expect(outcome).not.toHaveProperty("spec");
    }
    expect(await readFile(join(playground.outside, "secret.txt"), "utf8")).toBe("secret");
  });

  it("carries the inspection the words were made from, findings and all", async () => {
    const spec = validAppSpec(3).replace(
      "<feature_count>3</feature_count>",
      "<feature_count>many</feature_count>",
    );
    const outcome = await tools.run("Write", { file_path: "prompts/app_spec.txt", content: spec });
    expect(outcome.spec?.valid).toBe(false);
    const errors = outcome.spec?.inspection.appSpec.validation?.errors ?? [];
    expect(errors.length).toBeGreaterThan(0);
    for (const finding of errors) expect(outcome.output).toContain(finding.message);
    expect(outcome.spec?.inspection.complete).toBe(false);
  });

  it("reports an Edit's file with its size after the edit, and reads nothing else as written", async () => {
    await mkdir(join(playground.project, "prompts", "notes"));
    await writeFile(join(playground.project, "prompts", "notes", "a.md"), "one two\n");
    const edited = await tools.run("Edit", {
      file_path: "prompts/notes/a.md",
      old_string: "two",
      new_string: "deux",
    });
    expect(edited.wrote).toEqual({ path: "prompts/notes/a.md", bytes: "one deux\n".length });
    for (const outcome of [
      await tools.run("Read", { file_path: "prompts/notes/a.md" }),
      await tools.run("Glob", { pattern: "**/*.md" }),
      await tools.run("AskUserQuestion", { questions: [] }),
    ])
      expect(outcome).not.toHaveProperty("wrote");
  });
});
