import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initializerTemplate } from "../../src/app-spec/index.js";
import { createProjectTools } from "../../src/workspace/project-tools.js";
import type { ProjectTools } from "../../src/workspace/tools.js";
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
    expect(outcome).toEqual({ output: "Wrote prompts/notes.md (3 lines)", isError: false });
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
    expect(outcome.spec).toEqual({ path: "prompts/app_spec.txt", valid: true });
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
