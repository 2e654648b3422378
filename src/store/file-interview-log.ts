import type { StoredAttachment } from "../types/attachments.js";
import type { InterviewRecord } from "./interview-record.js";
import type { InterviewLog } from "./interview-store.js";
import type { LogFile } from "./log-file.js";
import type { ProjectLock } from "./project-lock.js";

/** What follows a log's records: the project's state file (interview-part.ts). */
export interface LogFollower {
  /** Told of each record once it is appended; the append waits for what this returns. */
  appended(record: InterviewRecord): Promise<void>;
  /** Resolves once everything it began is done; the log waits for it before it lets the project go. */
  settled(): Promise<void>;
}

const NO_FOLLOWER: LogFollower = { appended: async () => {}, settled: async () => {} };

/** Paths with an interview log open in this process, counted. */
const openPaths = new Map<string, number>();

/** Whether this process is writing the log at `path` right now (its turn is running, not crashed). */
export function isLogOpenHere(path: string): boolean {
  return (openPaths.get(path) ?? 0) > 0;
}

/**
 * An interview log in a file: each record one line, appended in order. The file's size
 * is tracked, so a failed append (a full disk halfway through a line) is cut back and
 * the next line starts clean. Appending never reads or rewrites what came before.
 */
export class FileInterviewLog implements InterviewLog {
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    readonly id: string,
    private readonly file: LogFile,
    private size: number,
    private readonly lock: ProjectLock,
    private readonly path: string,
    /** Told of each record once it is appended (the project's state file follows it). */
    private readonly follower: LogFollower = NO_FOLLOWER,
  ) {
    openPaths.set(path, (openPaths.get(path) ?? 0) + 1);
  }

  append(record: InterviewRecord, options: { sync?: boolean } = {}): Promise<void> {
    const line = `${JSON.stringify(slimRecord(record))}\n`;
    const run = this.chain.then(async () => {
      if (this.closed) throw new Error("The interview log is closed");
      try {
        await this.file.append(line);
        if (options.sync) await this.file.sync();
        this.size += Buffer.byteLength(line, "utf8");
      } catch (error) {
        await this.file.truncate(this.size).catch(() => {});
        throw error;
      }
      await this.follower.appended(record).catch(() => {});
    });
    this.chain = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.chain;
    await this.follower.settled().catch(() => {});
    await this.file.close().catch(() => {});
    const count = (openPaths.get(this.path) ?? 1) - 1;
    if (count > 0) openPaths.set(this.path, count);
    else openPaths.delete(this.path);
    await this.lock.release();
  }
}

/** Images live in prompts/mockups/; the log keeps their paths, not their bytes. */
export function slimRecord(record: InterviewRecord): InterviewRecord {
  if (record.type !== "entry" || record.entry.role !== "user" || !record.entry.attachments) return record;
  const attachments = record.entry.attachments.map(
    (attachment): StoredAttachment => (attachment.savedAs ? { ...attachment, base64Data: "" } : attachment),
  );
  return { ...record, entry: { ...record.entry, attachments } };
}
