import type { ExistingSpec } from "../engines/engine.js";

/**
 * The message the session sends on the person's behalf to open an interview. Models
 * need a user turn to answer; it also tells them when a finished spec is already there.
 */
export function kickoffText(existingSpec: ExistingSpec | null): string {
  const begin = "Begin the spec creation process.";
  if (!existingSpec) return begin;
  const count = existingSpec.featureCount === null ? "" : ` with ${existingSpec.featureCount} features`;
  return [
    begin,
    `This project already has a complete spec at ${existingSpec.path}${count}.`,
    "Mention it in your greeting: the person can start over or change it. When new spec files are written, the current ones are kept as earlier versions the person can compare and restore in the studio.",
  ].join(" ");
}
