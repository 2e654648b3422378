import { removeSpecStatusFile } from "./inspect-spec.js";
import { keepCurrentSpecFiles } from "./spec-versions.js";

/** Runs before a write to the app spec; resolves once the write may go ahead. */
export type SpecBackup = () => Promise<void>;

/**
 * When an interview starts on a finished spec, its first write to the app spec first
 * keeps that spec as a version (in .specwright/versions/, unless it is kept already) and
 * removes its status file, since the spec is being changed. The initializer prompt is
 * left as it is: Specwright rewrites it from the new app spec once that is valid.
 * Nothing is kept for an interview that never writes the app spec, or that did not
 * start on a finished spec (`finished` false).
 *
 * The one rule for every engine: the file tools call it before their Write or Edit of
 * the app spec, and Claude Code's permission check before it lets Claude Code write the
 * app spec itself (`ProjectTools.beforeOwnWrite`). One backup per interview: once it
 * succeeded it does nothing more; one that failed is tried again at the next write, since
 * a finished spec must not be replaced before it is kept.
 */
export function finishedSpecBackup(projectDir: string, finished: boolean): SpecBackup {
  let done: Promise<void> | null = finished ? null : Promise.resolve();
  return () => {
    done ??= backUp(projectDir).catch((error: unknown) => {
      done = null;
      throw error;
    });
    return done;
  };
}

async function backUp(projectDir: string): Promise<void> {
  await keepCurrentSpecFiles(projectDir);
  await removeSpecStatusFile(projectDir);
}

/** What the model reads when the finished spec could not be kept before its write. */
export function backupRefusal(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Refused: the finished spec could not be kept as a backup before it is changed (${reason}). Nothing was written.`;
}
