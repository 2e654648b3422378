import { randomBytes } from "node:crypto";
import {
  applyRecord,
  INTERVIEW_LOG_VERSION,
  type InterviewLog,
  type InterviewRecord,
  type InterviewState,
  type InterviewStore,
  stateFromHeader,
} from "../store/index.js";

/**
 * A session's interview: the state it answers from and the log it writes to. Every
 * change goes through `record`, which appends to the log first and only then applies
 * the record to the state (with the store's own `applyRecord`), so nothing is ever in
 * memory, or sent to a client, that the disk has not got. Without a store the state
 * lives in memory only.
 */
export class InterviewRecorder {
  private current: InterviewState | null = null;
  private log: InterviewLog | null = null;
  private closed = false;

  constructor(
    private readonly projectName: string,
    private readonly store: InterviewStore | undefined,
  ) {}

  get state(): InterviewState | null {
    return this.current;
  }

  /** A new interview: the store archives the one before and takes the project. */
  async begin(engine: { name: string; model: string | null }, createdAt: Date): Promise<void> {
    await this.log?.close();
    if (this.store) {
      const opened = await this.store.begin(this.projectName, {
        engine: engine.name,
        model: engine.model,
        createdAt,
      });
      // Closed while the disk was still beginning it (the window went away): the log and
      // the project's lock are let go at once rather than left to the garbage collector.
      if (this.closed) {
        await opened.log.close();
        return;
      }
      this.adopt(opened);
      return;
    }
    this.log = null;
    this.current = stateFromHeader({
      type: "interview",
      version: INTERVIEW_LOG_VERSION,
      id: `${createdAt.toISOString()}-${randomBytes(2).toString("hex")}`,
      projectName: this.projectName,
      engine: engine.name,
      model: engine.model,
      createdAt: createdAt.toISOString(),
    });
  }

  /** Carries on an interview the store opened (or, without a log, one held in memory). */
  adopt(opened: { state: InterviewState; log: InterviewLog | null }): void {
    this.current = opened.state;
    this.log = opened.log;
  }

  /** Appends the record (and waits for the disk when `sync`), then applies it; throws what the file system threw. */
  async record(record: InterviewRecord, sync = false): Promise<void> {
    if (!this.current) throw new Error("No interview to record into");
    await this.log?.append(record, { sync });
    applyRecord(this.current, record);
  }

  /** Applies a record the disk could not take, so this process goes on consistently (the next open repairs the file). */
  applyOnly(record: InterviewRecord): void {
    if (this.current) applyRecord(this.current, record);
  }

  /** Lets the project go, and any interview still being begun once it is. */
  async close(): Promise<void> {
    this.closed = true;
    const log = this.log;
    this.log = null;
    await log?.close();
  }
}
