import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupSpecFiles } from "../../src/workspace/spec-history.js";
import { exists, makePlayground, type Playground } from "./fixtures.js";

let playground: Playground;

beforeEach(async () => {
  playground = await makePlayground();
});

afterEach(async () => {
  await playground.remove();
});

function prompts(...parts: string[]): string {
  return join(playground.project, "prompts", ...parts);
}

describe("backupSpecFiles", () => {
  it("does nothing without an app spec", async () => {
    await writeFile(prompts("initializer_prompt.md"), "init");
    expect(await backupSpecFiles(playground.project)).toBeNull();
    expect(await exists(prompts("history"))).toBe(false);
  });

  it("keeps numbered copies 1, 2, 3 and never overwrites one", async () => {
    await writeFile(prompts("app_spec.txt"), "spec v1");
    await writeFile(prompts("initializer_prompt.md"), "init v1");
    await writeFile(prompts(".spec_status.json"), "{}");
    expect(await backupSpecFiles(playground.project)).toBe("prompts/history/1");
    await writeFile(prompts("app_spec.txt"), "spec v2");
    expect(await backupSpecFiles(playground.project)).toBe("prompts/history/2");
    await writeFile(prompts("app_spec.txt"), "spec v3");
    expect(await backupSpecFiles(playground.project)).toBe("prompts/history/3");
    expect((await readdir(prompts("history"))).sort()).toEqual(["1", "2", "3"]);
    expect((await readdir(prompts("history", "1"))).sort()).toEqual([
      ".spec_status.json",
      "app_spec.txt",
      "initializer_prompt.md",
    ]);
    expect(await readFile(prompts("history", "1", "app_spec.txt"), "utf8")).toBe("spec v1");
    expect(await readFile(prompts("history", "3", "app_spec.txt"), "utf8")).toBe("spec v3");
    expect(await readFile(prompts("app_spec.txt"), "utf8")).toBe("spec v3");
  });

  it("copies only the files that exist", async () => {
    await writeFile(prompts("app_spec.txt"), "spec");
    await backupSpecFiles(playground.project);
    expect(await readdir(prompts("history", "1"))).toEqual(["app_spec.txt"]);
  });

  it("numbers after the highest backup, ignoring other names", async () => {
    await writeFile(prompts("app_spec.txt"), "spec");
    await mkdir(prompts("history", "7"), { recursive: true });
    await mkdir(prompts("history", "notes"));
    expect(await backupSpecFiles(playground.project)).toBe("prompts/history/8");
  });

  it("does not copy a spec file that links out of the project", async () => {
    await writeFile(join(playground.outside, "secret.txt"), "secret");
    await symlink(join(playground.outside, "secret.txt"), prompts("app_spec.txt"));
    expect(await backupSpecFiles(playground.project)).toBeNull();
  });
});
