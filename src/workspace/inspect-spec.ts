import { lstat, realpath, rm } from "node:fs/promises";
import { dirname } from "node:path";
import {
  defaultInitializerTemplate,
  type Finding,
  type InitializerTemplate,
  parseSpecStatus,
  type SpecStatus,
  type SpecValidation,
  validateAppSpec,
  validateInitializerPrompt,
} from "../app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, SPEC_STATUS_PATH } from "../app-spec/paths.js";
import { writeFileInside } from "./atomic-write.js";
import { folderIdentity, isSameFolder } from "./checked-open.js";
import { readProjectText } from "./read-inside.js";
import { resolveInsideProject } from "./sandbox.js";

export interface SpecInspection {
  appSpec: { exists: boolean; validation: SpecValidation | null };
  initializer: { exists: boolean; findings: Finding[] };
  /** Both files exist, the app spec is valid, and the initializer has no errors against its count. */
  complete: boolean;
  /** The app spec's declared feature count, when it has one. */
  featureCount: number | null;
}

/**
 * Whether a project holds a finished spec, and if not, why. Every part of Specwright
 * that needs to know "is there a valid spec" asks here, so they never disagree. The
 * initializer prompt is checked against `template`, the one Specwright writes it from.
 */
export async function inspectSpec(
  projectDir: string,
  template: InitializerTemplate = defaultInitializerTemplate(),
): Promise<SpecInspection> {
  const appSpecText = await readProjectText(projectDir, APP_SPEC_PATH);
  const initializerText = await readProjectText(projectDir, INITIALIZER_PROMPT_PATH);
  return inspectTexts(appSpecText, initializerText, template);
}

/** `inspectSpec` of the two files' texts (null: the file is missing), read already or known without reading. */
export function inspectTexts(
  appSpecText: string | null,
  initializerText: string | null,
  template: InitializerTemplate = defaultInitializerTemplate(),
): SpecInspection {
  const validation = appSpecText === null ? null : validateAppSpec(appSpecText);
  const featureCount = validation?.featureCount ?? null;
  const findings =
    initializerText === null ? [] : validateInitializerPrompt(initializerText, featureCount, template);
  const initializerValid = findings.every((finding) => finding.severity !== "error");
  return {
    appSpec: { exists: appSpecText !== null, validation },
    initializer: { exists: initializerText !== null, findings },
    complete: validation?.valid === true && initializerText !== null && initializerValid,
    featureCount,
  };
}

/** The project's `prompts/.spec_status.json`, or null when it is missing or unreadable. */
export async function readSpecStatusFile(projectDir: string): Promise<SpecStatus | null> {
  const text = await readProjectText(projectDir, SPEC_STATUS_PATH);
  return text === null ? null : parseSpecStatus(text);
}

/** Writes the status file atomically, so a reader never sees half of it. */
export async function writeSpecStatusFile(projectDir: string, status: SpecStatus): Promise<void> {
  const { absolute } = await resolveInsideProject(projectDir, SPEC_STATUS_PATH, { forWrite: true });
  await writeFileInside(projectDir, absolute, `${JSON.stringify(status, null, 2)}\n`);
}

/**
 * Removes the status file, so a spec that is being rewritten is not reported complete
 * from a stale status. Answers whether there was one.
 */
export async function removeSpecStatusFile(projectDir: string): Promise<boolean> {
  const { absolute } = await resolveInsideProject(projectDir, SPEC_STATUS_PATH, { forWrite: true });
  const existed = await lstat(absolute).then(
    () => true,
    () => false,
  );
  if (!existed) return false;
  // Removal goes by name (Node has no unlinkat): the folder is checked to be the one
  // inside just before, which leaves a window of one system call.
  const folder = await folderIdentity(dirname(absolute), await realpath(projectDir));
  if (await isSameFolder(dirname(absolute), folder)) await rm(absolute, { force: true });
  return true;
}
