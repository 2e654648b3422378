import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeSpecStatus } from "../../src/app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../../src/app-spec/paths.js";
import {
  keepCurrentVersion,
  listSpecVersions,
  readSpecVersion,
  recordSpecVersion,
  writePromptFiles,
  writeSpecStatusFile,
} from "../../src/workspace/index.js";
import { createProjectTools } from "../../src/workspace/project-tools.js";
import { filledInitializer, makePlayground, type Playground, snapshot, validAppSpec } from "./fixtures.js";

let playground: Playground;

beforeEach(async () => {
  playground = await makePlayground();
});

afterEach(async () => {
  await playground.remove();
});

/** The versions as `id file source`, newest first. */
async function listed(): Promise<string[]> {
  return (await listSpecVersions(playground.project)).map(
    (version) => `${version.id} ${version.file} ${version.source}`,
  );
}

async function textOf(id: string): Promise<string | undefined> {
  return (await readSpecVersion(playground.project, id))?.text;
}

describe("the spec's versions", () => {
  it("numbers versions from 1, keeps their bytes exactly, and skips a text that is already the newest", async () => {
    const text = "<project_specification>\r\n  é ✓\n</project_specification>";
    const first = await recordSpecVersion(playground.project, APP_SPEC_PATH, text, "page");
    expect(first).toMatchObject({
      id: "1",
      file: APP_SPEC_PATH,
      source: "page",
      bytes: Buffer.byteLength(text),
    });
    expect(await recordSpecVersion(playground.project, APP_SPEC_PATH, text, "rest")).toBeNull();
    await recordSpecVersion(playground.project, INITIALIZER_PROMPT_PATH, "init", "interview");
    await recordSpecVersion(playground.project, APP_SPEC_PATH, "second", "chat");
    // The same text as an older version is a new version: it is not the newest any more.
    await recordSpecVersion(playground.project, APP_SPEC_PATH, text, "restore", { restoredFrom: "1" });
    expect(await listed()).toEqual([
      `4 ${APP_SPEC_PATH} restore`,
      `3 ${APP_SPEC_PATH} chat`,
      `2 ${INITIALIZER_PROMPT_PATH} interview`,
      `1 ${APP_SPEC_PATH} page`,
    ]);
    expect(await textOf("1")).toBe(text);
    expect(await textOf("4")).toBe(text);
    expect((await readSpecVersion(playground.project, "4"))?.version.restoredFrom).toBe("1");
    expect(await textOf("9")).toBeUndefined();
    expect(await textOf("../session.jsonl")).toBeUndefined();
    // Out of prompts/, where no tool reaches.
    expect(await readdir(join(playground.project, ".specwright/versions"))).toHaveLength(4);
  });

  it("gives versions kept at the same moment numbers of their own", async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        recordSpecVersion(playground.project, APP_SPEC_PATH, `text ${index}`, "rest"),
      ),
    );
    const ids = (await listSpecVersions(playground.project)).map((version) => Number(version.id));
    expect(ids.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const texts = await Promise.all(ids.map((id) => textOf(String(id))));
    expect(new Set(texts).size).toBe(8);
    expect((await readdir(join(playground.project, ".specwright/versions"))).sort()).toHaveLength(8);
  });

  it("keeps a file changed outside Specwright before it is replaced, once", async () => {
    await writeFile(join(playground.project, APP_SPEC_PATH), "edited by hand");
    expect(await keepCurrentVersion(playground.project, APP_SPEC_PATH)).toMatchObject({ source: "found" });
    expect(await keepCurrentVersion(playground.project, APP_SPEC_PATH)).toBeNull();
    expect(await keepCurrentVersion(playground.project, INITIALIZER_PROMPT_PATH)).toBeNull();
    expect(await textOf("1")).toBe("edited by hand");
  });

  it("lists the backups an earlier Specwright made in prompts/history/, and reads them", async () => {
    const history = join(playground.project, "prompts/history");
    await mkdir(join(history, "1"), { recursive: true });
    await writeFile(join(history, "1/app_spec.txt"), "old spec");
    await writeFile(join(history, "1/initializer_prompt.md"), "old init");
    await writeFile(join(history, "1/.spec_status.json"), "{}");
    await mkdir(join(history, "2"));
    // A link is no backup, whatever it points at.
    await writeFile(join(playground.outside, "secret.txt"), "secret");
    await symlink(join(playground.outside, "secret.txt"), join(history, "2/app_spec.txt"));
    await recordSpecVersion(playground.project, APP_SPEC_PATH, "new", "page");
    expect(await listed()).toEqual([
      `1 ${APP_SPEC_PATH} page`,
      expect.stringMatching(/^history-1-(app_spec|initializer_prompt) /),
      expect.stringMatching(/^history-1-(app_spec|initializer_prompt) /),
    ]);
    expect(await textOf("history-1-app_spec")).toBe("old spec");
    expect(await textOf("history-1-initializer_prompt")).toBe("old init");
    expect(await textOf("history-2-app_spec")).toBeUndefined();
  });
});

describe("interviewers' writes", () => {
  it("keep what they replace and what they write, as interview until the spec is complete, then as chat", async () => {
    const tools = await createProjectTools(playground.project);
    await writeFile(join(playground.project, APP_SPEC_PATH), "from before");
    await tools.run("Write", { file_path: APP_SPEC_PATH, content: validAppSpec(3) });
    await writeSpecStatusFile(playground.project, makeSpecStatus([APP_SPEC_PATH], 3));
    await tools.run("Edit", {
      file_path: APP_SPEC_PATH,
      old_string: "Feature number 1 works",
      new_string: "Feature number one works",
    });
    await tools.run("Write", { file_path: "prompts/notes.md", content: "not a spec file" });
    expect(await listed()).toEqual([
      `3 ${APP_SPEC_PATH} chat`,
      `2 ${APP_SPEC_PATH} interview`,
      `1 ${APP_SPEC_PATH} found`,
    ]);
    expect(await textOf("3")).toBe(await readFile(join(playground.project, APP_SPEC_PATH), "utf8"));
  });

  it("cannot read, list or write Specwright's own records", async () => {
    const tools = await createProjectTools(playground.project);
    await recordSpecVersion(playground.project, APP_SPEC_PATH, "kept", "page");
    await symlink("../.specwright", join(playground.project, "prompts/state"));
    const before = await snapshot(playground.project);
    for (const path of [".specwright/versions/1.version", "prompts/state/versions/1.version"]) {
      const read = await tools.run("Read", { file_path: path });
      expect(read.isError).toBe(true);
      expect(read.output).toMatch(/^Refused: \.specwright\/ holds Specwright's own records/);
      expect((await tools.run("Write", { file_path: path, content: "x" })).isError).toBe(true);
    }
    const glob = await tools.run("Glob", { pattern: "**/*.version", path: ".specwright" });
    expect(glob.output).toMatch(/^Refused/);
    const everywhere = await tools.run("Glob", { pattern: "**/*" });
    expect(everywhere.output).not.toContain(".version");
    expect(await snapshot(playground.project)).toEqual(before);
  });
});

describe("edits a person makes", () => {
  it("write nothing when one path is refused", async () => {
    await symlink(playground.outside, join(playground.project, "prompts/elsewhere"));
    const before = await snapshot(playground.project);
    await expect(
      writePromptFiles(
        playground.project,
        [
          { path: APP_SPEC_PATH, text: validAppSpec(2) },
          { path: "prompts/elsewhere/coding_prompt.md", text: "escaped" },
        ],
        { source: "rest", follow: false },
      ),
    ).rejects.toThrow(/Refused/);
    expect(await snapshot(playground.project)).toEqual(before);
    expect(await readdir(playground.outside)).toEqual([]);
  });

  it("bring the initializer prompt and the status file along when the spec follows", async () => {
    await writePromptFiles(playground.project, [{ path: APP_SPEC_PATH, text: validAppSpec(4) }], {
      source: "page",
      follow: true,
    });
    expect(await readFile(join(playground.project, INITIALIZER_PROMPT_PATH), "utf8")).toBe(
      filledInitializer(4),
    );
    expect(await readdir(join(playground.project, "prompts"))).toContain(".spec_status.json");
    expect(await listed()).toEqual([`2 ${INITIALIZER_PROMPT_PATH} page`, `1 ${APP_SPEC_PATH} page`]);
    // A spec with a mistake is not complete: the status file goes, the initializer stays as it was.
    await writePromptFiles(playground.project, [{ path: APP_SPEC_PATH, text: "<project_specification>" }], {
      source: "page",
      follow: true,
    });
    expect(await readdir(join(playground.project, "prompts"))).not.toContain(".spec_status.json");
    expect(await readFile(join(playground.project, INITIALIZER_PROMPT_PATH), "utf8")).toBe(
      filledInitializer(4),
    );
  });
});
