import { readFile } from "node:fs/promises";
import { errorCode } from "../workspace/error-code.js";
import { type InterviewRecord, interviewRecordSchema } from "./interview-record.js";

const NEWLINE = 0x0a;

/** A log as read back: its records, what was wrong with it, and where its last whole line ends. */
export interface ReadLog {
  records: InterviewRecord[];
  /** What was skipped and why, for the log; a damaged line is never fatal. */
  problems: string[];
  /** Bytes up to the end of the last whole line: an append goes on from here. */
  goodBytes: number;
  totalBytes: number;
}

/** Reads a log file; null when there is none. */
export async function readLog(path: string): Promise<ReadLog | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return null;
    throw error;
  }
  return parseLog(bytes);
}

/**
 * One record per line. A line counts only once its newline is written, so the last
 * line of a file cut off by a crash (torn) is ignored, as is any line that is not a
 * record this version knows; each is reported, never fatal.
 */
export function parseLog(bytes: Buffer): ReadLog {
  const records: InterviewRecord[] = [];
  const problems: string[] = [];
  let start = 0;
  let line = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    line += 1;
    if (end === -1) {
      problems.push(`line ${line} is torn (${bytes.length - start} bytes with no end of line): ignored`);
      break;
    }
    const text = bytes.subarray(start, end).toString("utf8");
    start = end + 1;
    if (text.trim().length === 0) continue;
    const record = parseRecord(text);
    if ("problem" in record) problems.push(`line ${line} ${record.problem}: ignored`);
    else records.push(record.record);
  }
  return { records, problems, goodBytes: start, totalBytes: bytes.length };
}

function parseRecord(text: string): { record: InterviewRecord } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: "is not JSON" };
  }
  const parsed = interviewRecordSchema.safeParse(value);
  return parsed.success ? { record: parsed.data } : { problem: "is not a record this version reads" };
}
