import type { Transcript } from "../../types/transcript.js";
import { keepCurrentSpecFiles, removeSpecStatusFile } from "../../workspace/index.js";
import type { ExistingSpec } from "../engine.js";
import { specFileTarget } from "./spec-target.js";

/** Runs before Claude Code is allowed to write a spec file. */
export type BeforeSpecWrite = () => Promise<void>;

/**
 * When an interview starts on a finished spec, its first write to the app spec must
 * first keep that spec as a version (unless it is kept already) and remove its status
 * file, as the file tools do for the other engines (Specwright rewrites the initializer prompt itself once
 * the new app spec is valid). Claude Code writes files itself, so this runs in the
 * permission check instead. "First" is read from the transcript: a spec write that
 * succeeded in an earlier turn means the backup was made then.
 */
export function specBackupBeforeWrite(
  transcript: Transcript,
  projectDir: string,
  existingSpec: ExistingSpec | null,
): BeforeSpecWrite {
  let done: Promise<void> | null = existingSpec ? null : Promise.resolve();
  return () => {
    done ??= backUpUnlessRewritten(transcript, projectDir);
    return done;
  };
}

async function backUpUnlessRewritten(transcript: Transcript, projectDir: string): Promise<void> {
  if (await specRewrittenBefore(transcript, projectDir)) return;
  await keepCurrentSpecFiles(projectDir);
  await removeSpecStatusFile(projectDir);
}

async function specRewrittenBefore(transcript: Transcript, projectDir: string): Promise<boolean> {
  const succeeded = new Set(
    transcript.flatMap((entry) =>
      entry.role === "tool"
        ? entry.results.filter((result) => !result.isError).map((result) => result.toolCallId)
        : [],
    ),
  );
  for (const entry of transcript) {
    if (entry.role !== "assistant") continue;
    for (const call of entry.toolCalls) {
      if (!succeeded.has(call.toolCallId)) continue;
      if ((await specFileTarget(projectDir, call.toolName, call.input)) !== null) return true;
    }
  }
  return false;
}
