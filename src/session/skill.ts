import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/**
 * The interview skill shipped with Specwright. The compiled code lives in dist/session/
 * and the markdown stays in src/interview/; both are two levels below the package root,
 * so one relative URL finds it from either.
 */
export const DEFAULT_SKILL_PATH = fileURLToPath(
  new URL("../../src/interview/create-spec.md", import.meta.url),
);

/** The token in a skill that stands for the project folder's absolute path. */
export const SKILL_ARGUMENTS_TOKEN = "$ARGUMENTS";

export type SkillLoad = { ok: true; prompt: string } | { ok: false; message: string };

/** Reads a skill and fills in the project folder; a missing or unreadable file is reported, not thrown. */
export async function loadSkill(skillPath: string, projectDir: string): Promise<SkillLoad> {
  let content: string;
  try {
    content = await readFile(skillPath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "not found" : `unreadable (${code ?? String(error)})`;
    return { ok: false, message: `Spec creation skill ${why} at ${skillPath}` };
  }
  if (content.trim().length === 0)
    return { ok: false, message: `Spec creation skill at ${skillPath} is empty` };
  return { ok: true, prompt: content.replaceAll(SKILL_ARGUMENTS_TOKEN, projectDir) };
}
