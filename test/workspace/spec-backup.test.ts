import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillFeatureCount, initializerTemplate, makeSpecStatus } from "../../src/app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, SPEC_FILE_PATHS } from "../../src/app-spec/paths.js";
import {
  createProjectTools,
  finishedSpecBackup,
  listSpecVersions,
  readSpecStatusFile,
  readSpecVersion,
  writeSpecStatusFile,
} from "../../src/workspace/index.js";
import { validSpecText } from "../support/spec-text.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

/** A project whose spec was finished in an earlier interview. */
async function finishedProject(): Promise<string> {
  const projectDir = await tempDir();
  await mkdir(join(projectDir, "prompts"));
  await writeFile(join(projectDir, APP_SPEC_PATH), validSpecText(3));
  await writeFile(join(projectDir, INITIALIZER_PROMPT_PATH), fillFeatureCount(initializerTemplate(), 3));
  await markComplete(projectDir);
  return projectDir;
}

function markComplete(projectDir: string): Promise<void> {
  return writeSpecStatusFile(projectDir, makeSpecStatus([...SPEC_FILE_PATHS], 3, new Date()));
}

/** The files whose versions were kept, oldest first. */
async function versionsOf(projectDir: string): Promise<string[]> {
  return (await listSpecVersions(projectDir))
    .map((version) => `${version.file} (${version.source})`)
    .reverse();
}

const KEPT_BOTH = [`${APP_SPEC_PATH} (found)`, `${INITIALIZER_PROMPT_PATH} (found)`];

describe("keeping a finished spec before an interview first rewrites it", () => {
  it("keeps the spec as a version once and removes the status file, leaving the initializer to Specwright", async () => {
    const projectDir = await finishedProject();
    const backUpFirst = finishedSpecBackup(projectDir, true);
    await backUpFirst();
    await markComplete(projectDir);
    await backUpFirst();
    expect(await versionsOf(projectDir)).toEqual(KEPT_BOTH);
    expect((await readSpecVersion(projectDir, "1"))?.text).toBe(validSpecText(3));
    // Once per interview: the second write found the spec being rewritten already.
    expect(await readSpecStatusFile(projectDir)).not.toBeNull();
    // Specwright rewrites the initializer prompt once the new app spec is valid.
    expect(await readFile(join(projectDir, INITIALIZER_PROMPT_PATH), "utf8")).toBe(
      fillFeatureCount(initializerTemplate(), 3),
    );
  });

  it("does nothing when the interview did not start on a finished spec", async () => {
    const projectDir = await finishedProject();
    await finishedSpecBackup(projectDir, false)();
    expect(await versionsOf(projectDir)).toEqual([]);
    expect(await readSpecStatusFile(projectDir)).not.toBeNull();
  });

  it("is run by Write and Edit before their first write to the app spec, and by nothing else", async () => {
    const projectDir = await finishedProject();
    const tools = await createProjectTools(projectDir, { maxWriteBytes: 64 * 1024 }, { finishedSpec: true });
    await tools.run("Write", { file_path: "prompts/notes.md", content: "ideas" });
    await tools.run("Read", { file_path: APP_SPEC_PATH });
    // A write refused on its own grounds changes nothing, so it keeps nothing either.
    const refused = await tools.run("Write", { file_path: APP_SPEC_PATH, content: "x".repeat(65 * 1024) });
    expect(refused.isError).toBe(true);
    expect(await versionsOf(projectDir)).toEqual([]);
    expect(await readSpecStatusFile(projectDir)).not.toBeNull();

    const edited = await tools.run("Edit", {
      file_path: APP_SPEC_PATH,
      old_string: "<project_specification>",
      new_string: "<project_specification> ",
    });
    expect(edited.isError).toBe(false);
    expect((await versionsOf(projectDir)).slice(0, 2)).toEqual(KEPT_BOTH);
    expect(await readSpecStatusFile(projectDir)).toBeNull();

    await markComplete(projectDir);
    await tools.run("Write", { file_path: APP_SPEC_PATH, content: validSpecText(4) });
    expect(await readSpecStatusFile(projectDir)).not.toBeNull();
  });

  it("refuses the write while the spec cannot be kept, and tries again at the next one", async () => {
    const projectDir = await finishedProject();
    const tools = await createProjectTools(projectDir, {}, { finishedSpec: true });
    // A file where the versions folder's parent belongs: nothing can be kept.
    await writeFile(join(projectDir, ".specwright"), "in the way");
    const refused = await tools.run("Write", { file_path: APP_SPEC_PATH, content: validSpecText(4) });
    expect(refused.isError).toBe(true);
    expect(refused.output).toMatch(
      /^Refused: the finished spec could not be kept as a backup before it is changed/,
    );
    expect(refused).not.toHaveProperty("wrote");
    expect(await readFile(join(projectDir, APP_SPEC_PATH), "utf8")).toBe(validSpecText(3));

    await rm(join(projectDir, ".specwright"));
    const written = await tools.run("Write", { file_path: APP_SPEC_PATH, content: validSpecText(4) });
    expect(written.wrote?.path).toBe(APP_SPEC_PATH);
    expect((await versionsOf(projectDir)).slice(0, 2)).toEqual(KEPT_BOTH);
    expect((await readSpecVersion(projectDir, "1"))?.text).toBe(validSpecText(3));
  });
});
