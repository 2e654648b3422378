import { mkdir, readdir, realpath } from "node:fs/promises";
import { basename, join } from "node:path";
import {
  APP_SPEC_PATH,
  INITIALIZER_PROMPT_PATH,
  SPEC_HISTORY_DIR,
  SPEC_STATUS_PATH,
} from "../app-spec/paths.js";
import { writeFileAtomic } from "./atomic-write.js";
import { folderIdentity, makeFolderInside } from "./checked-open.js";
import { errorCode } from "./error-code.js";
import { readProjectBytes } from "./read-inside.js";
import { resolveInsideProject } from "./sandbox.js";

const BACKED_UP_FILES = [APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, SPEC_STATUS_PATH] as const;

async function highestBackupNumber(historyDir: string): Promise<number> {
  const names = await readdir(historyDir);
  return names
    .filter((name) => /^\d+$/.test(name))
    .reduce((highest, name) => Math.max(highest, Number(name)), 0);
}

/**
 * Makes the next numbered folder; numbers are never reused, even if two backups race.
 * The folder made is checked to be inside the project (not made through a link put in
 * place of the history folder meanwhile).
 */
async function makeNextBackupFolder(project: string, historyDir: string): Promise<string> {
  for (let number = (await highestBackupNumber(historyDir)) + 1; ; number++) {
    const folder = join(historyDir, String(number));
    try {
      await mkdir(folder);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error;
      continue;
    }
    await folderIdentity(folder, project);
    return folder;
  }
}

/**
 * Keeps the current spec files in `prompts/history/<n>/` before a new interview
 * rewrites them. Answers the backup folder relative to the project, or null when there
 * is no app spec to keep. Each file is read through a checked handle and written like
 * any other file of the project, so a link never leads a backup in or out.
 */
export async function backupSpecFiles(projectDir: string): Promise<string | null> {
  const appSpec = await readProjectBytes(projectDir, APP_SPEC_PATH);
  if (appSpec === null) return null;
  const project = await realpath(projectDir);
  const history = await resolveInsideProject(projectDir, SPEC_HISTORY_DIR, {
    forWrite: true,
    allowFolder: true,
  });
  const historyDir = history.absolute;
  await makeFolderInside(project, historyDir);
  const folder = await makeNextBackupFolder(project, historyDir);
  for (const file of BACKED_UP_FILES) {
    const bytes = file === APP_SPEC_PATH ? appSpec : await readProjectBytes(projectDir, file);
    if (bytes !== null) await writeFileAtomic(join(folder, basename(file)), bytes, { inside: project });
  }
  return `${SPEC_HISTORY_DIR}/${basename(folder)}`;
}
