import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillFeatureCount, initializerTemplate, makeSpecStatus } from "../../../src/app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, SPEC_FILE_PATHS } from "../../../src/app-spec/paths.js";
import { specBackupBeforeWrite } from "../../../src/engines/claude-code/spec-backup.js";
import type { Transcript } from "../../../src/types/transcript.js";
import {
  listSpecVersions,
  readSpecStatusFile,
  readSpecVersion,
  writeSpecStatusFile,
} from "../../../src/workspace/index.js";
import { validSpecText } from "../../support/spec-text.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const existingSpec = { featureCount: 3, path: APP_SPEC_PATH };

/** A project whose spec was finished in an earlier interview. */
async function finishedProject(): Promise<string> {
  const projectDir = await tempDir();
  await mkdir(join(projectDir, "prompts"));
  await writeFile(join(projectDir, APP_SPEC_PATH), validSpecText(3));
  await writeFile(join(projectDir, INITIALIZER_PROMPT_PATH), fillFeatureCount(initializerTemplate(), 3));
  await writeSpecStatusFile(projectDir, makeSpecStatus([...SPEC_FILE_PATHS], 3, new Date()));
  return projectDir;
}

/** The files whose versions were kept, oldest first. */
async function versionsOf(projectDir: string): Promise<string[]> {
  return (await listSpecVersions(projectDir))
    .map((version) => `${version.file} (${version.source})`)
    .reverse();
}

const KEPT_BOTH = [`${APP_SPEC_PATH} (found)`, `${INITIALIZER_PROMPT_PATH} (found)`];

const rewroteSpecEarlier: Transcript = [
  { role: "user", text: "Begin.", timestamp: "2026-05-01T10:00:00.000Z", kind: "kickoff" },
  {
    role: "assistant",
    text: "",
    toolCalls: [
      { toolCallId: "toolu_1", toolName: "Write", input: { file_path: APP_SPEC_PATH, content: "…" } },
    ],
    timestamp: "2026-05-01T10:00:01.000Z",
  },
  {
    role: "tool",
    results: [{ toolCallId: "toolu_1", toolName: "Write", output: "File written", isError: false }],
    timestamp: "2026-05-01T10:00:02.000Z",
  },
];

describe("keeping a finished spec before Claude Code rewrites it", () => {
  it("keeps the spec as a version once and removes the status file, leaving the initializer to Specwright", async () => {
    const projectDir = await finishedProject();
    const backUpFirst = specBackupBeforeWrite([], projectDir, existingSpec);
    await backUpFirst();
    await backUpFirst();
    expect(await versionsOf(projectDir)).toEqual(KEPT_BOTH);
    expect((await readSpecVersion(projectDir, "1"))?.text).toBe(validSpecText(3));
    expect(await readSpecStatusFile(projectDir)).toBeNull();
    // Specwright rewrites the initializer prompt once the new app spec is valid.
    expect(await readFile(join(projectDir, INITIALIZER_PROMPT_PATH), "utf8")).toBe(
      fillFeatureCount(initializerTemplate(), 3),
    );
  });

  it("does nothing when the interview did not start on a finished spec", async () => {
    const projectDir = await finishedProject();
    await specBackupBeforeWrite([], projectDir, null)();
    expect(await versionsOf(projectDir)).toEqual([]);
    expect(await readSpecStatusFile(projectDir)).not.toBeNull();
  });

  it("does nothing when an earlier turn of this interview already rewrote the spec", async () => {
    const projectDir = await finishedProject();
    await specBackupBeforeWrite(rewroteSpecEarlier, projectDir, existingSpec)();
    expect(await versionsOf(projectDir)).toEqual([]);
  });

  it("still keeps it when the earlier spec write failed", async () => {
    const projectDir = await finishedProject();
    const failedEarlier: Transcript = rewroteSpecEarlier.map((entry) =>
      entry.role === "tool"
        ? { ...entry, results: entry.results.map((result) => ({ ...result, isError: true })) }
        : entry,
    );
    await specBackupBeforeWrite(failedEarlier, projectDir, existingSpec)();
    expect(await versionsOf(projectDir)).toEqual(KEPT_BOTH);
  });
});
