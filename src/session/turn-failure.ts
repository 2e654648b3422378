import { describeDiskTrouble, diskTrouble, ProjectLockedError } from "../store/index.js";
import { errorFrame, type ServerFrame } from "../types/wire.js";

/** A step of the interview could not be recorded; `consequence` says what that meant for the person. */
export class RecordingFailure extends Error {
  constructor(
    readonly failure: unknown,
    readonly consequence: string,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

/**
 * What the person is told when a turn fails outside the engine: a disk that is full or
 * may not be written (in plain words, with what to do), another process holding the
 * project, a record that could not be saved, or an internal error. `folder` is where
 * the writing happened.
 */
export function turnFailureFrame(error: unknown, folder: string): ServerFrame {
  const failure = error instanceof RecordingFailure ? error.failure : error;
  if (failure instanceof ProjectLockedError) return errorFrame("project_locked", failure.message);
  const consequence =
    error instanceof RecordingFailure ? error.consequence : "the interview could not be set up";
  const trouble = diskTrouble(failure, folder);
  if (trouble) return errorFrame(trouble.code, describeDiskTrouble(trouble, consequence));
  const reason = failure instanceof Error ? failure.message : String(failure);
  if (error instanceof RecordingFailure)
    return errorFrame("transcript_not_saved", `The conversation could not be saved: ${reason}`);
  return errorFrame("internal_error", `Error: ${reason}`);
}
