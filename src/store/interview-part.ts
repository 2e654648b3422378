import type { InterviewPart } from "../workspace/project-state.js";
import { laterOf, updateProjectState } from "../workspace/project-state.js";
import type { InterviewHeader, InterviewRecord } from "./interview-record.js";
import type { InterviewState } from "./interview-state.js";

/** The current interview as the project's state file keeps it (src/workspace/project-state.ts). */
export function interviewPartOf(state: InterviewState): InterviewPart {
  return {
    id: state.id,
    complete: state.complete,
    phase: state.phase ? { ...state.phase } : null,
    turns: state.turns.length,
    updatedAt: state.updatedAt,
  };
}

/**
 * Keeps a project's state file in step with the interview its log appends to: each
 * record is added to a small copy of what the file shows, and the records that change
 * it as a person would see it (a new interview, a phase, completeness, a turn's end) are
 * written through. The file is a cache, so a failed write is left for the next one (or
 * the next reader) to put right, and never fails the append.
 *
 * A phase is written beside, not before, what follows it: its frame (and a greeting's
 * first words right after it) need not wait for the project list. Writes to the file
 * are queued in order (`updateProjectState`), so a record whose write is waited for
 * (a turn's end, a new interview, completeness) finds the file showing every record
 * before it too; `settled` waits for the last one.
 */
export class InterviewPartWriter {
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly projectDir: string,
    private part: InterviewPart,
  ) {}

  static forHeader(projectDir: string, header: InterviewHeader): InterviewPartWriter {
    return new InterviewPartWriter(projectDir, {
      id: header.id,
      complete: false,
      phase: null,
      turns: 0,
      updatedAt: header.createdAt,
    });
  }

  async appended(record: InterviewRecord): Promise<void> {
    const change = this.apply(record);
    if (change === "none") return;
    const written = this.write();
    this.writing = written;
    if (change === "now") await written;
  }

  /** Resolves once every write begun so far is done. */
  settled(): Promise<void> {
    return this.writing;
  }

  /** Writes the whole part, whatever the file held. */
  async write(): Promise<void> {
    const part = { ...this.part };
    await writeInterviewPart(this.projectDir, part);
  }

  /** Adds a record; answers whether the file should show the change, and whether the appender waits for it. */
  private apply(record: InterviewRecord): "now" | "beside" | "none" {
    const part = this.part;
    switch (record.type) {
      case "interview":
        return "now";
      case "entry":
        if (record.entry.role === "user") part.turns += 1;
        part.updatedAt = record.entry.timestamp;
        return "none";
      case "phase":
        part.phase = { id: record.id, title: record.title, index: record.index, total: record.total };
        part.updatedAt = record.at;
        return "beside";
      case "complete":
        part.complete = record.complete;
        part.updatedAt = record.at;
        return "now";
      case "turn-end":
        part.updatedAt = record.at;
        return "now";
      default:
        part.updatedAt = record.at;
        return "none";
    }
  }
}

/** Writes the interview part of a project's state file (null: no current interview); never throws. */
export async function writeInterviewPart(projectDir: string, part: InterviewPart | null): Promise<void> {
  await updateProjectState(projectDir, (state) => ({
    ...state,
    interview: part,
    updatedAt: part ? laterOf(state.updatedAt, part.updatedAt) : state.updatedAt,
  })).catch(() => {});
}
