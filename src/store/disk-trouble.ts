import { errorCode } from "../workspace/error-code.js";

/** A failed write the person can do something about: the disk is full, or Specwright may not write there. */
export interface DiskTrouble {
  code: "disk_full" | "disk_read_only";
  /** What is wrong, as the start of a sentence: "The disk is full". */
  cause: string;
  /** What to do about it, a sentence. */
  fix: string;
}

/**
 * Names a write failure the person can fix (ENOSPC, EDQUOT, EROFS, EACCES, EPERM), for
 * the folder `where`; null for anything else, which stays an internal error.
 */
export function diskTrouble(error: unknown, where: string): DiskTrouble | null {
  switch (errorCode(error)) {
    case "ENOSPC":
    case "EDQUOT":
      return {
        code: "disk_full",
        cause: "The disk is full",
        fix: `Free some space on the disk that holds ${where}, then try again.`,
      };
    case "EROFS":
      return {
        code: "disk_read_only",
        cause: `${where} is on a read-only disk`,
        fix: "Put the projects somewhere writable (--projects-dir), then try again.",
      };
    case "EACCES":
    case "EPERM":
      return {
        code: "disk_read_only",
        cause: `Specwright is not allowed to write in ${where}`,
        fix: "Check the folder's owner and permissions, then try again.",
      };
    default:
      return null;
  }
}

/** The trouble in one message: its cause, what it meant for the person (`so …`), and the fix. */
export function describeDiskTrouble(trouble: DiskTrouble, consequence: string): string {
  return `${trouble.cause}, so ${consequence}. ${trouble.fix}`;
}
