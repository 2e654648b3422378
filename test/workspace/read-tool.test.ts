import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
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

async function put(relative: string, content: string | Uint8Array): Promise<void> {
  await writeFile(join(playground.project, relative), content);
}

describe("Read", () => {
  it("numbers lines like cat -n", async () => {
    await put("prompts/a.txt", "first\nsecond\n\nfourth");
    const outcome = await tools.run("Read", { file_path: "prompts/a.txt" });
    expect(outcome).toEqual({
      output: "     1\tfirst\n     2\tsecond\n     3\t\n     4\tfourth",
      isError: false,
    });
  });

  it("drops carriage returns of Windows line ends", async () => {
    await put("prompts/a.txt", "one\r\ntwo\r\n");
    const outcome = await tools.run("Read", { file_path: "prompts/a.txt" });
    expect(outcome.output).toBe("     1\tone\n     2\ttwo");
  });

  it("right-aligns numbers of six digits and more", async () => {
    const lines = Array.from({ length: 100_001 }, (_, index) => `l${index + 1}`).join("\n");
    await put("prompts/many.txt", lines);
    const outcome = await tools.run("Read", { file_path: "prompts/many.txt", offset: 99_999, limit: 3 });
    expect(outcome.output.split("\n").slice(0, 3)).toEqual([
      " 99999\tl99999",
      "100000\tl100000",
      "100001\tl100001",
    ]);
  });

  it("starts at offset (1-based) and shows limit lines, saying what is left out", async () => {
    await put("prompts/a.txt", "1\n2\n3\n4\n5\n");
    const outcome = await tools.run("Read", { file_path: "prompts/a.txt", offset: 2, limit: 2 });
    expect(outcome.isError).toBe(false);
    expect(outcome.output).toBe(
      "     2\t2\n     3\t3\n\n(Showing lines 2 to 3 of 5. Use offset and limit to read the rest.)",
    );
  });

  it("reads to the end from an offset when no limit is given", async () => {
    await put("prompts/a.txt", "1\n2\n3\n");
    const outcome = await tools.run("Read", { file_path: "prompts/a.txt", offset: 3 });
    expect(outcome.output.split("\n")[0]).toBe("     3\t3");
  });

  it("shows 2000 lines by default", async () => {
    await put("prompts/long.txt", Array.from({ length: 2500 }, (_, index) => `line ${index + 1}`).join("\n"));
    const outcome = await tools.run("Read", { file_path: "prompts/long.txt" });
    const numbered = outcome.output.split("\n").filter((line) => /^\s*\d+\t/.test(line));
    expect(numbered).toHaveLength(2000);
    expect(numbered.at(-1)).toBe("  2000\tline 2000");
    expect(outcome.output).toContain("Showing lines 1 to 2000 of 2500");
  });

  it("cuts lines longer than 2000 characters", async () => {
    await put("prompts/wide.txt", `${"a".repeat(2000)}${"b".repeat(500)}\nshort\n`);
    const outcome = await tools.run("Read", { file_path: "prompts/wide.txt" });
    const [first, second] = outcome.output.split("\n");
    expect(first).toBe(`     1\t${"a".repeat(2000)} [line cut at 2000 characters]`);
    expect(second).toBe("     2\tshort");
  });

  it("refuses an offset past the end", async () => {
    await put("prompts/a.txt", "1\n2\n");
    const outcome = await tools.run("Read", { file_path: "prompts/a.txt", offset: 5 });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toContain("has 2 lines");
  });

  it("says a file is empty", async () => {
    await put("prompts/empty.txt", "");
    expect(await tools.run("Read", { file_path: "prompts/empty.txt" })).toEqual({
      output: "prompts/empty.txt is empty.",
      isError: false,
    });
  });

  it("reports a missing file by its project path", async () => {
    expect(await tools.run("Read", { file_path: "prompts/x" })).toEqual({
      output: "File not found: prompts/x",
      isError: true,
    });
  });

  it("suggests Glob for a folder", async () => {
    await mkdir(join(playground.project, "prompts", "mockups"));
    const outcome = await tools.run("Read", { file_path: "prompts/mockups" });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toContain("folder");
    expect(outcome.output).toContain("Glob");
  });

  it("refuses binary files", async () => {
    await put("prompts/image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const outcome = await tools.run("Read", { file_path: "prompts/image.png" });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toContain("binary");
  });

  it("refuses files over the read cap", async () => {
    const small = await createProjectTools(playground.project, { maxReadBytes: 8 });
    await put("prompts/a.txt", "123456789");
    const outcome = await small.run("Read", { file_path: "prompts/a.txt" });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toContain("9 bytes");
  });

  it("reads files outside prompts/ that are inside the project", async () => {
    await put("README.md", "hello\n");
    expect(await tools.run("Read", { file_path: "README.md" })).toEqual({
      output: "     1\thello",
      isError: false,
    });
  });
});
