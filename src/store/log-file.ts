import { open } from "node:fs/promises";

/**
 * The few file operations an interview log needs, behind a seam: the file store opens
 * real files with `openLogFile`, and a test can hand it one whose writes fail the way a
 * full or read-only disk makes them fail.
 */
export interface LogFile {
  /** Appends at the end of the file (the file is opened in append mode). */
  append(text: string): Promise<void>;
  /** Flushes the data to the disk (fdatasync): after it, a crash or power cut keeps it. */
  sync(): Promise<void>;
  /** Cuts the file back to `size` bytes: a failed append must not leave half a line. */
  truncate(size: number): Promise<void>;
  close(): Promise<void>;
}

export type OpenLogFile = (path: string) => Promise<LogFile>;

export const openLogFile: OpenLogFile = async (path) => {
  const handle = await open(path, "a", 0o644);
  return {
    append: async (text) => {
      await handle.appendFile(text, "utf8");
    },
    sync: () => handle.datasync(),
    truncate: (size) => handle.truncate(size),
    close: () => handle.close(),
  };
};
