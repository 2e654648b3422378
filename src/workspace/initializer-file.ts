import {
  defaultInitializerTemplate,
  type InitializerTemplate,
  renderInitializerPrompt,
} from "../app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../app-spec/paths.js";
import { writeFileInside } from "./atomic-write.js";
import { resolveInsideProject } from "./sandbox.js";
import {
  interviewerWriteSource,
  recordFileOnDisk,
  type SpecVersionSource,
  withVersionsKept,
} from "./spec-versions.js";

/**
 * Writes `prompts/initializer_prompt.md` for a spec with `featureCount` features: the
 * template in use with the count filled in. Specwright does this itself once the app
 * spec is valid; the path goes through the sandbox like any other write, and the file
 * lands atomically, so a reader never sees half of it.
 *
 * Both spec files are kept as versions, labelled with `source` (by default, as an
 * interviewer's write): the app spec as it is on disk, since an interviewer that writes
 * files itself (Claude Code) leaves no other trace of its text, and the prompt written.
 * Answers the text written.
 */
export async function writeInitializerPrompt(
  projectDir: string,
  featureCount: number,
  template: InitializerTemplate = defaultInitializerTemplate(),
  source?: SpecVersionSource,
): Promise<string> {
  const { absolute } = await resolveInsideProject(projectDir, INITIALIZER_PROMPT_PATH, { forWrite: true });
  const label = source ?? (await interviewerWriteSource(projectDir));
  await recordFileOnDisk(projectDir, APP_SPEC_PATH, label).catch(() => null);
  const text = renderInitializerPrompt(featureCount, template);
  await withVersionsKept(
    projectDir,
    INITIALIZER_PROMPT_PATH,
    text,
    () => writeFileInside(projectDir, absolute, text),
    { source: label },
  );
  return text;
}

/**
 * Why a model may not write or edit a file, or null when it may. The initializer prompt
 * is Specwright's: it follows from the app spec, so a model that writes it could only
 * make the two disagree.
 */
export function modelWriteRefusal(relative: string): string | null {
  if (relative !== INITIALIZER_PROMPT_PATH) return null;
  return `Refused: Specwright writes ${INITIALIZER_PROMPT_PATH} itself, from its template and the feature count in ${APP_SPEC_PATH}, as soon as ${APP_SPEC_PATH} is valid. Do not write or edit it; write ${APP_SPEC_PATH} only. Nothing was written.`;
}
