import {
  defaultInitializerTemplate,
  type InitializerTemplate,
  makeSpecStatus,
  validateAppSpec,
} from "../app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, SPEC_FILE_PATHS } from "../app-spec/paths.js";
import { writeFileInside } from "./atomic-write.js";
import { writeInitializerPrompt } from "./initializer-file.js";
import { inspectSpec, removeSpecStatusFile, writeSpecStatusFile } from "./inspect-spec.js";
import { resolveInsideProject } from "./sandbox.js";
import { type SpecVersionSource, withVersionsKept } from "./spec-versions.js";

export interface PromptFileWrite {
  /** Relative to the project folder, such as `prompts/app_spec.txt`. */
  path: string;
  text: string;
}

export interface PromptWriteOptions {
  /** How the versions this makes are labelled: `page`, `rest` or `restore`. */
  source: SpecVersionSource;
  /** The template the initializer prompt is written from. */
  template?: InitializerTemplate;
  /** The version a restore brings back. */
  restoredFrom?: string;
  /**
   * Whether the initializer prompt and the status file follow the app spec, as after an
   * interviewer's write (the studio's edits and restores); a plain REST write changes
   * only the files it names, as it always has.
   */
  follow: boolean;
  now?: () => Date;
}

/**
 * Writes prompt files a person edited (in the page, or through REST) through the same
 * sandbox as an interviewer's writes: every path is checked first, and none is written
 * if one is refused (a link leading out, a folder in the way). Each file is written
 * atomically, and each spec file's previous text and new text are kept as versions.
 *
 * With `follow`, the spec follows as it does after an interviewer's write: a valid app spec written
 * without an initializer prompt of its own gets one from the template with its feature
 * count, and the status file says complete only while both files pass.
 */
export async function writePromptFiles(
  projectDir: string,
  writes: readonly PromptFileWrite[],
  options: PromptWriteOptions,
): Promise<void> {
  const template = options.template ?? defaultInitializerTemplate();
  // Every path first: a refusal (SandboxError) leaves every file as it was.
  const targets = await Promise.all(
    writes.map(async (write) => ({
      ...write,
      absolute: (await resolveInsideProject(projectDir, write.path, { forWrite: true })).absolute,
    })),
  );
  for (const target of targets) {
    await withVersionsKept(
      projectDir,
      target.path,
      target.text,
      () => writeFileInside(projectDir, target.absolute, target.text),
      {
        source: options.source,
        ...(options.restoredFrom ? { restoredFrom: options.restoredFrom } : {}),
        ...(options.now ? { now: options.now } : {}),
      },
    );
  }
  const paths = writes.map((write) => write.path);
  if (!options.follow) return;
  if (!paths.includes(APP_SPEC_PATH) && !paths.includes(INITIALIZER_PROMPT_PATH)) return;
  const appSpec = writes.find((write) => write.path === APP_SPEC_PATH);
  if (appSpec && !paths.includes(INITIALIZER_PROMPT_PATH)) {
    const validation = validateAppSpec(appSpec.text);
    if (validation.valid && validation.featureCount !== null)
      await writeInitializerPrompt(projectDir, validation.featureCount, template, options.source);
  }
  const inspection = await inspectSpec(projectDir, template);
  if (inspection.complete && inspection.featureCount !== null)
    await writeSpecStatusFile(
      projectDir,
      makeSpecStatus([...SPEC_FILE_PATHS], inspection.featureCount, options.now?.() ?? new Date()),
    );
  else await removeSpecStatusFile(projectDir);
}
