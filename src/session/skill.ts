import { readFile, stat } from "node:fs/promises";
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

/**
 * Skills read so far, by path. Every interview starts by loading its skill, and reading
 * 15 KB from disk for each would put four file operations before every first request.
 * The shipped skill is part of the installed package, read once and kept; a skill the
 * person chose is theirs to edit while the server runs, so it is read again whenever
 * its size or modification time changed (one `stat` a start).
 */
const shipped: { text: Promise<string> | null } = { text: null };
const chosen = new Map<string, { size: bigint; mtimeNs: bigint; text: string }>();

async function skillText(skillPath: string): Promise<string> {
  if (skillPath === DEFAULT_SKILL_PATH) {
    shipped.text ??= readFile(skillPath, "utf8");
    try {
      return await shipped.text;
    } catch (error) {
      // A failure is not kept: the next start tries again.
      shipped.text = null;
      throw error;
    }
  }
  const { size, mtimeNs } = await stat(skillPath, { bigint: true });
  const known = chosen.get(skillPath);
  if (known && known.size === size && known.mtimeNs === mtimeNs) return known.text;
  const text = await readFile(skillPath, "utf8");
  chosen.set(skillPath, { size, mtimeNs, text });
  return text;
}

/** Reads a skill and fills in the project folder; a missing or unreadable file is reported, not thrown. */
export async function loadSkill(skillPath: string, projectDir: string): Promise<SkillLoad> {
  let content: string;
  try {
    content = await skillText(skillPath);
  } catch (error) {
    chosen.delete(skillPath);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "not found" : `unreadable (${code ?? String(error)})`;
    return { ok: false, message: `Spec creation skill ${why} at ${skillPath}` };
  }
  if (content.trim().length === 0)
    return { ok: false, message: `Spec creation skill at ${skillPath} is empty` };
  return { ok: true, prompt: content.replaceAll(SKILL_ARGUMENTS_TOKEN, projectDir) };
}
