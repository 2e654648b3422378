import { open, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { errorCode } from "../workspace/error-code.js";
import { type InterviewHeader, type InterviewRecord, interviewRecordSchema } from "./interview-record.js";
import { applyRecord, type InterviewState, stateFromHeader } from "./interview-state.js";
import { legacyId, parseLegacySession, recordsFromLegacy } from "./legacy-session.js";
import { readLog } from "./read-log.js";

/** Specwright's own files inside a project folder, out of reach of the model's tools (they write prompts/ only). */
export const STATE_DIR = ".specwright";
/** The current interview, one record a line. */
export const CURRENT_LOG = "session.jsonl";
/** The current interview of the first format, converted to a log the first time the project is opened. */
export const LEGACY_CURRENT = "session.json";
/** What the first-format file becomes once converted: kept, never read again. */
export const LEGACY_CONVERTED = "session.json.converted";
/** Earlier interviews: `<id>.jsonl`, and `<stamp>.json` from the first format. */
export const ARCHIVE_DIR = "sessions";

export function stateDirOf(projectsDir: string, projectName: string): string {
  return join(projectsDir, projectName, STATE_DIR);
}

/** An interview from its records; null when the first is not a header. */
export function foldRecords(records: readonly InterviewRecord[]): InterviewState | null {
  const [header, ...rest] = records;
  if (header?.type !== "interview") return null;
  const state = stateFromHeader(header);
  for (const record of rest) applyRecord(state, record);
  return state;
}

export type Report = (problem: string) => void;

/** Reads a log file into an interview, reporting what was skipped; null when it is missing or unusable. */
export async function readInterviewLog(path: string, report: Report): Promise<InterviewState | null> {
  const read = await readLog(path);
  if (!read) return null;
  for (const problem of read.problems) report(`${path}: ${problem}`);
  const state = foldRecords(read.records);
  if (!state) report(`${path}: no interview header on its first line; the file is not used`);
  return state;
}

/** Reads an interview of the first format; null when it is missing or unusable. */
export async function readLegacyFile(
  path: string,
  report: Report,
  id?: string,
): Promise<InterviewState | null> {
  const text = await readText(path);
  if (text === null) return null;
  const stored = parseLegacySession(text);
  if (!stored) {
    report(`${path}: not an interview Specwright can read; left as it is`);
    return null;
  }
  return foldRecords(recordsFromLegacy(stored, id ?? legacyId(stored)));
}

/** The header of a log without reading the rest of it. */
export async function readHeader(path: string): Promise<InterviewHeader | null> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const firstLine = buffer.subarray(0, bytesRead).toString("utf8").split("\n", 1)[0] ?? "";
    const parsed = interviewRecordSchema.safeParse(JSON.parse(firstLine));
    return parsed.success && parsed.data.type === "interview" ? parsed.data : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

export async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return null;
    throw error;
  }
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** A file's identity for a cache: it changed if its size or time did. */
export async function versionOf(path: string): Promise<string | null> {
  const stats = await stat(path).catch(() => null);
  return stats ? `${stats.size}:${stats.mtimeMs}` : null;
}
