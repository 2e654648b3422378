import { execFileSync } from "node:child_process";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProjectTools, type ProjectTools } from "../../src/workspace/project-tools.js";
import { exists, makePlayground, type Playground, snapshot } from "./fixtures.js";

let playground: Playground;
let tools: ProjectTools;

beforeEach(async () => {
  playground = await makePlayground();
  await writeFile(join(playground.outside, "secret.txt"), "top secret\n");
  tools = await createProjectTools(playground.project);
});

afterEach(async () => {
  await playground.remove();
});

/** Runs a call that must be refused and checks that nothing anywhere changed. */
async function expectRefused(toolName: string, input: unknown): Promise<string> {
  const before = await snapshot(playground.root);
  const outcome = await tools.run(toolName, input);
  expect(outcome.isError).toBe(true);
  expect(await snapshot(playground.root)).toEqual(before);
  return outcome.output;
}

describe("the tools refuse to leave the project", () => {
  it.each(["../outside/secret.txt", "prompts/../../outside/secret.txt", "../../../../../../etc/passwd"])(
    "Read refuses %j",
    async (filePath) => {
      const output = await expectRefused("Read", { file_path: filePath });
      expect(output).toContain("outside the project folder");
      expect(output).not.toContain("top secret");
    },
  );

  it("Read refuses an absolute path outside and allows one inside", async () => {
    await expectRefused("Read", { file_path: join(playground.outside, "secret.txt") });
    await writeFile(join(playground.project, "prompts", "a.txt"), "inside\n");
    const outcome = await tools.run("Read", { file_path: join(playground.project, "prompts", "a.txt") });
    expect(outcome).toEqual({ output: "     1\tinside", isError: false });
  });

  it.each(["../outside/new.txt", "prompts/../../outside/new.txt", "/tmp/specwright-never-written.txt"])(
    "Write refuses %j",
    async (filePath) => {
      await expectRefused("Write", { file_path: filePath, content: "x" });
      expect(await exists("/tmp/specwright-never-written.txt")).toBe(false);
    },
  );

  it("refuses a symlinked file that points outside, for reads and writes", async () => {
    await symlink(join(playground.outside, "secret.txt"), join(playground.project, "prompts", "link.txt"));
    const read = await expectRefused("Read", { file_path: "prompts/link.txt" });
    expect(read).not.toContain("top secret");
    await expectRefused("Write", { file_path: "prompts/link.txt", content: "overwritten" });
    await expectRefused("Edit", { file_path: "prompts/link.txt", old_string: "top", new_string: "no" });
    expect(await readFile(join(playground.outside, "secret.txt"), "utf8")).toBe("top secret\n");
  });

  it("refuses a symlinked parent folder that points outside, for read, write and glob", async () => {
    await symlink(playground.outside, join(playground.project, "prompts", "out"));
    await expectRefused("Read", { file_path: "prompts/out/secret.txt" });
    await expectRefused("Write", { file_path: "prompts/out/new.txt", content: "x" });
    await expectRefused("Glob", { pattern: "*", path: "prompts/out" });
    const listed = await tools.run("Glob", { pattern: "**/*" });
    expect(listed.output).not.toContain("secret");
    const named = await tools.run("Glob", { pattern: "prompts/out/*" });
    expect(named.output).not.toContain("secret");
  });

  it("allows a symlink inside that points inside, for reads", async () => {
    await writeFile(join(playground.project, "notes.txt"), "my notes\n");
    await symlink(
      join(playground.project, "notes.txt"),
      join(playground.project, "prompts", "notes-link.txt"),
    );
    const outcome = await tools.run("Read", { file_path: "prompts/notes-link.txt" });
    expect(outcome).toEqual({ output: "     1\tmy notes", isError: false });
  });

  it("refuses a sibling project whose name shares the prefix", async () => {
    const evil = `${playground.project}-evil`;
    await mkdir(join(evil, "prompts"), { recursive: true });
    await writeFile(join(evil, "prompts", "app_spec.txt"), "evil\n");
    await expectRefused("Read", { file_path: join(evil, "prompts", "app_spec.txt") });
    await expectRefused("Write", { file_path: join(evil, "prompts", "app_spec.txt"), content: "x" });
    await expectRefused("Glob", { pattern: "*", path: evil });
  });

  it.each(["notes.txt", "src/index.ts", "../proj/notes.txt", "../other/prompts/x.txt"])(
    "Write refuses %j outside prompts/",
    async (filePath) => {
      await mkdir(join(playground.root, "other", "prompts"), { recursive: true });
      const output = await expectRefused("Write", { file_path: filePath, content: "x" });
      expect(output).toContain("Refused");
    },
  );

  it("Write refuses the prompts folder itself", async () => {
    await expectRefused("Write", { file_path: "prompts", content: "x" });
    await expectRefused("Write", { file_path: "prompts/", content: "x" });
  });

  it("Edit refuses a file outside prompts/ even inside the project", async () => {
    await writeFile(join(playground.project, "notes.txt"), "hello\n");
    await expectRefused("Edit", { file_path: "notes.txt", old_string: "hello", new_string: "bye" });
  });

  it("refuses NUL bytes and empty paths", async () => {
    expect(await expectRefused("Read", { file_path: "prompts/a\0b" })).toContain("NUL");
    expect(await expectRefused("Write", { file_path: "prompts/a\0b", content: "x" })).toContain("NUL");
    expect(await expectRefused("Write", { file_path: "", content: "x" })).toContain("empty");
    expect(await expectRefused("Read", { file_path: "" })).toContain("empty");
  });

  it("refuses odd names for every tool, with a plain error and nothing written", async () => {
    for (const filePath of [
      "prompts\\app_spec.txt",
      "prompts/a\u001b]0;pwned\u0007.txt",
      "prompts/x\u202etxt.sh",
      "prompts/CON.txt",
    ]) {
      const write = await expectRefused("Write", { file_path: filePath, content: "x" });
      expect(write).toMatch(/^Refused: /);
      await expectRefused("Read", { file_path: filePath });
      await expectRefused("Edit", { file_path: filePath, old_string: "a", new_string: "b" });
      expect((await tools.saveFile(filePath, new Uint8Array([1]))).isError).toBe(true);
    }
    expect(await snapshot(playground.project)).toEqual(["prompts/"]);
  });

  it("Read says a named pipe is not a text file instead of waiting on it", async () => {
    const fifo = join(playground.project, "prompts", "pipe");
    execFileSync("mkfifo", [fifo]);
    const outcome = await tools.run("Read", { file_path: "prompts/pipe" });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toContain("not a regular file");
  });

  it("Glob refuses patterns that climb out or are absolute", async () => {
    expect(await expectRefused("Glob", { pattern: "../outside/*" })).toContain("..");
    expect(await expectRefused("Glob", { pattern: "prompts/../../*" })).toContain("..");
    expect(await expectRefused("Glob", { pattern: "{..,prompts}/*" })).toContain("..");
    expect(await expectRefused("Glob", { pattern: `${playground.outside}/*` })).toContain("relative");
    expect(await expectRefused("Glob", { pattern: "*", path: "../outside" })).toContain(
      "outside the project",
    );
  });

  it("saveFile keeps to prompts/ the same way", async () => {
    const before = await snapshot(playground.root);
    for (const path of ["../outside/x.png", "notes.png", "prompts", "", "prompts/a\0.png"]) {
      const outcome = await tools.saveFile(path, new Uint8Array([1, 2, 3]));
      expect(outcome.isError).toBe(true);
    }
    expect(await snapshot(playground.root)).toEqual(before);
  });
});

describe("size caps", () => {
  const MIB = 1024 * 1024;

  it("refuses 1 MiB and one byte, and writes exactly 1 MiB", async () => {
    const output = await expectRefused("Write", {
      file_path: "prompts/big.txt",
      content: "a".repeat(MIB + 1),
    });
    expect(output).toContain(String(MIB));
    const outcome = await tools.run("Write", { file_path: "prompts/big.txt", content: "a".repeat(MIB) });
    expect(outcome.isError).toBe(false);
    expect((await readFile(join(playground.project, "prompts", "big.txt"))).byteLength).toBe(MIB);
  });

  it("counts UTF-8 bytes, not characters", async () => {
    // "é" is two bytes in UTF-8: half a mebibyte of them plus one is over the cap.
    await expectRefused("Write", { file_path: "prompts/big.txt", content: "é".repeat(MIB / 2 + 1) });
    const outcome = await tools.run("Write", { file_path: "prompts/big.txt", content: "é".repeat(MIB / 2) });
    expect(outcome.isError).toBe(false);
  });

  it("refuses an Edit whose result would be over the cap", async () => {
    const small = await createProjectTools(playground.project, { maxWriteBytes: 10 });
    await writeFile(join(playground.project, "prompts", "a.txt"), "12345");
    const before = await snapshot(playground.root);
    const outcome = await small.run("Edit", {
      file_path: "prompts/a.txt",
      old_string: "5",
      new_string: "567890X",
    });
    expect(outcome.isError).toBe(true);
    expect(await snapshot(playground.root)).toEqual(before);
  });

  it("saveFile has its own cap", async () => {
    const small = await createProjectTools(playground.project, { maxFileBytes: 4 });
    const refused = await small.saveFile("prompts/mockups/a.png", new Uint8Array(5));
    expect(refused.isError).toBe(true);
    expect(await exists(join(playground.project, "prompts", "mockups"))).toBe(false);
    const saved = await small.saveFile("prompts/mockups/a.png", new Uint8Array([1, 2, 3, 4]));
    expect(saved).toEqual({
      output: "Saved prompts/mockups/a.png (4 bytes)",
      isError: false,
      wrote: { path: "prompts/mockups/a.png", bytes: 4 },
    });
    expect([...(await readFile(join(playground.project, "prompts", "mockups", "a.png")))]).toEqual([
      1, 2, 3, 4,
    ]);
  });
});
