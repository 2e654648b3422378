import { constants, copyFile, mkdir, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import {
  APP_SPEC_PATH,
  INITIALIZER_PROMPT_PATH,
  SPEC_HISTORY_DIR,
  SPEC_STATUS_PATH,
} from "../app-spec/paths.js";
import { errorCode } from "./error-code.js";
import { resolveInsideProject, SandboxError } from "./sandbox.js";

const BACKED_UP_FILES = [APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, SPEC_STATUS_PATH] as const;

/** Where a file really is, when it exists inside the project; a link leading out counts as missing. */
async function existingFileInside(projectDir: string, filePath: string): Promise<string | null> {
  try {
    const { absolute } = await resolveInsideProject(projectDir, filePath);
    return (await stat(absolute)).isFile() ? absolute : null;
  } catch (error) {
    if (error instanceof SandboxError || errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

async function highestBackupNumber(historyDir: string): Promise<number> {
  const names = await readdir(historyDir);
  return names
    .filter((name) => /^\d+$/.test(name))
    .reduce((highest, name) => Math.max(highest, Number(name)), 0);
}

/** Makes the next numbered folder; numbers are never reused, even if two backups race. */
async function makeNextBackupFolder(historyDir: string): Promise<string> {
  for (let number = (await highestBackupNumber(historyDir)) + 1; ; number++) {
    const folder = join(historyDir, String(number));
    try {
      await mkdir(folder);
      return folder;
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
    }
  }
}

/**
 * Keeps the current spec files in `prompts/history/<n>/` before a new interview
 * rewrites them. Answers the backup folder relative to the project, or null when there
 * is no app spec to keep.
 */
export async function backupSpecFiles(projectDir: string): Promise<string | null> {
  if ((await existingFileInside(projectDir, APP_SPEC_PATH)) === null) return null;
  const history = await resolveInsideProject(projectDir, SPEC_HISTORY_DIR, {
    forWrite: true,
    allowFolder: true,
  });
  const historyDir = history.absolute;
  await mkdir(historyDir, { recursive: true });
  const folder = await makeNextBackupFolder(historyDir);
  for (const file of BACKED_UP_FILES) {
    const source = await existingFileInside(projectDir, file);
    if (source) await copyFile(source, join(folder, basename(file)), constants.COPYFILE_EXCL);
  }
  return `${SPEC_HISTORY_DIR}/${basename(folder)}`;
}
