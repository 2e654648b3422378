import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The interview skill in short form (`create-spec-compact.md`), for a model whose
 * context window is small. The full skill and the tool definitions take about 4,800
 * tokens, nearly three fifths of an 8,192-token window, which leaves the conversation
 * and the model's answer about 3,400 tokens between them; the short form is two fifths
 * of the full one and carries what the interview cannot do without: the steps and their phase
 * ids, the question rules every engine enforces, what a feature is, and the spec format
 * the validator checks. It replaces the shipped skill only: a skill the person chose
 * (`--skill`) is theirs, and is sent as it is.
 *
 * Both files sit beside this module in src/interview/, which the package ships; the
 * compiled module is in dist/interview/, two levels below the package root like the
 * source, so one relative URL finds them from either.
 */

const FULL_SKILL = fileURLToPath(new URL("../../src/interview/create-spec.md", import.meta.url));
const COMPACT_SKILL = fileURLToPath(new URL("../../src/interview/create-spec-compact.md", import.meta.url));

/** The token in a skill that stands for the project folder's absolute path. */
const ARGUMENTS_TOKEN = "$ARGUMENTS";

let skills: { full: string; compact: string } | null | undefined;

/**
 * The short form for a system prompt that is the shipped skill filled in for
 * `projectDir`, or null for any other prompt (or when the files cannot be read).
 */
export function compactSkillFor(systemPrompt: string, projectDir: string): string | null {
  if (skills === undefined) {
    try {
      skills = { full: readFileSync(FULL_SKILL, "utf8"), compact: readFileSync(COMPACT_SKILL, "utf8") };
    } catch {
      skills = null;
    }
  }
  if (skills === null) return null;
  if (systemPrompt !== skills.full.replaceAll(ARGUMENTS_TOKEN, projectDir)) return null;
  return skills.compact.replaceAll(ARGUMENTS_TOKEN, projectDir);
}
