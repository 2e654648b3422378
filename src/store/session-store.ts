import { mkdir, open, readdir, rename, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { assertProjectName, isValidProjectName, writeFileAtomic } from "../workspace/index.js";
import type { InterviewPart } from "../workspace/project-state.js";
import { FileInterviewLog, isLogOpenHere, slimRecord } from "./file-interview-log.js";
import { historyMessages } from "./history-messages.js";
import {
  ARCHIVE_DIR,
  CURRENT_LOG,
  exists,
  foldRecords,
  LEGACY_CONVERTED,
  LEGACY_CURRENT,
  readHeader,
  readInterviewLog,
  readLegacyFile,
  readText,
  stateDirOf,
  versionOf,
} from "./interview-files.js";
import { isInterviewId, newInterviewId } from "./interview-id.js";
import { InterviewPartWriter, interviewPartOf, writeInterviewPart } from "./interview-part.js";
import { INTERVIEW_LOG_VERSION, type InterviewRecord } from "./interview-record.js";
import { applyRecord, type InterviewState, isTurnOpen, stateFromHeader } from "./interview-state.js";
import type { InterviewStore, InterviewSummary, NewInterview, OpenInterview } from "./interview-store.js";
import { legacyId, parseLegacySession, recordsFromLegacy } from "./legacy-session.js";
import type { LockHolder } from "./lock-holder.js";
import { type OpenLogFile, openLogFile } from "./log-file.js";
import {
  acquireProjectLock,
  DEFAULT_HEARTBEAT_MS,
  DEFAULT_STALE_MS,
  type ProjectLock,
  projectLockHolder,
} from "./project-lock.js";
import { readLog } from "./read-log.js";
import { removeStaleTempFiles } from "./stale-temp-files.js";
import type { StoredSession } from "./stored-session.js";

export interface SessionStoreOptions {
  /** What this process is, for a person another process tells it holds a project: "specwright serve". */
  owner?: string;
  /** How often a held lock says this process still runs. */
  heartbeatMs?: number;
  /** How old a lock's heartbeat may be before the lock counts as abandoned. */
  staleMs?: number;
  /** How log files are opened for appending; a test hands in one whose writes fail. */
  openLogFile?: OpenLogFile;
  /** Where damaged lines, conversions and crash repairs are reported; stderr by default. */
  warn?: (message: string) => void;
  now?: () => Date;
}

/**
 * The interviews of every project under `projectsDir`, in files (the design and its
 * formats: docs/architecture.md): `.specwright/session.jsonl` is the current interview,
 * appended record by record; `.specwright/sessions/` keeps the earlier ones; a `lock`
 * file beside them says which process writes the project.
 */
export class SessionStore implements InterviewStore {
  readonly projectsDir: string;
  private readonly options: Required<Omit<SessionStoreOptions, "openLogFile">> & { openLogFile: OpenLogFile };
  private readonly summaries = new Map<string, { version: string; summary: InterviewSummary }>();

  constructor(projectsDir: string, options: SessionStoreOptions = {}) {
    this.projectsDir = resolve(projectsDir);
    this.options = {
      owner: options.owner ?? `specwright (process ${process.pid})`,
      heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
      staleMs: options.staleMs ?? DEFAULT_STALE_MS,
      openLogFile: options.openLogFile ?? openLogFile,
      warn: options.warn ?? ((message) => process.stderr.write(`specwright: ${message}\n`)),
      now: options.now ?? (() => new Date()),
    };
  }

  async read(projectName: string): Promise<InterviewState | null> {
    assertProjectName(projectName);
    const dir = this.stateDir(projectName);
    const current = await readInterviewLog(join(dir, CURRENT_LOG), this.options.warn);
    if (current || (await exists(join(dir, CURRENT_LOG)))) return current;
    return readLegacyFile(join(dir, LEGACY_CURRENT), this.options.warn);
  }

  async readById(projectName: string, id: string): Promise<InterviewState | null> {
    assertProjectName(projectName);
    if (!isInterviewId(id)) return null;
    const current = await this.read(projectName);
    if (current?.id === id) return current;
    const archive = join(this.stateDir(projectName), ARCHIVE_DIR);
    const kept = await readInterviewLog(join(archive, `${id}.jsonl`), this.options.warn);
    return kept ?? readLegacyFile(join(archive, `${id}.json`), this.options.warn, id);
  }

  async list(projectName: string): Promise<InterviewSummary[]> {
    assertProjectName(projectName);
    const current = await this.currentSummary(projectName);
    const archive = join(this.stateDir(projectName), ARCHIVE_DIR);
    const names = await readdir(archive).catch(() => [] as string[]);
    const kept: InterviewSummary[] = [];
    for (const name of names) {
      const id = name.replace(/\.jsonl?$/, "");
      if (id === name || !isInterviewId(id)) continue;
      const summary = await this.summaryOf(join(archive, name), false, id);
      if (summary) kept.push(summary);
    }
    kept.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    return current ? [current, ...kept] : kept;
  }

  async inProgress(): Promise<string[]> {
    const names = await readdir(this.projectsDir).catch(() => [] as string[]);
    const found: string[] = [];
    for (const name of names.filter(isValidProjectName).sort()) {
      const summary = await this.currentSummary(name).catch(() => null);
      if (summary && !summary.complete && summary.turns > 0) found.push(name);
    }
    return found;
  }

  async holder(projectName: string): Promise<LockHolder | null> {
    assertProjectName(projectName);
    return projectLockHolder(this.stateDir(projectName), this.options.staleMs).catch(() => null);
  }

  async currentForListing(projectName: string): Promise<InterviewPart | null> {
    assertProjectName(projectName);
    const current = await this.read(projectName);
    return current ? interviewPartOf(current) : null;
  }

  async begin(projectName: string, interview: NewInterview): Promise<OpenInterview> {
    assertProjectName(projectName);
    const lock = await this.lock(projectName);
    // The state file is about to show the new interview: the archived one is not written out of it first.
    let archived = false;
    try {
      archived = await this.archiveCurrent(projectName, { forgetPart: false });
      const header: InterviewRecord & { type: "interview" } = {
        type: "interview",
        version: INTERVIEW_LOG_VERSION,
        id: newInterviewId(interview.createdAt),
        projectName,
        engine: interview.engine,
        model: interview.model,
        createdAt: interview.createdAt.toISOString(),
      };
      const path = this.currentPath(projectName);
      const file = await this.options.openLogFile(path);
      const size = await stat(path).then(
        (stats) => stats.size,
        async (error: unknown) => {
          await file.close().catch(() => {});
          throw error;
        },
      );
      const part = InterviewPartWriter.forHeader(this.projectDir(projectName), header);
      const log = new FileInterviewLog(header.id, file, size, lock, path, part);
      try {
        // The new file's name and its first line reach the disk at once, not one after the other.
        await Promise.all([log.append(header, { sync: true }), syncFolder(this.stateDir(projectName))]);
      } catch (error) {
        await log.close();
        throw error;
      }
      return { state: stateFromHeader(header), log };
    } catch (error) {
      if (archived) await writeInterviewPart(this.projectDir(projectName), null);
      await lock.release();
      throw error;
    }
  }

  async resume(projectName: string): Promise<OpenInterview | null> {
    assertProjectName(projectName);
    const dir = this.stateDir(projectName);
    if (!(await exists(join(dir, CURRENT_LOG))) && !(await exists(join(dir, LEGACY_CURRENT)))) return null;
    const lock = await this.lock(projectName);
    try {
      const opened = await this.openCurrent(projectName, lock);
      if (!opened) await lock.release();
      return opened;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  async archive(projectName: string): Promise<boolean> {
    assertProjectName(projectName);
    const dir = this.stateDir(projectName);
    if (!(await exists(join(dir, CURRENT_LOG))) && !(await exists(join(dir, LEGACY_CURRENT)))) return false;
    const lock = await this.lock(projectName);
    try {
      return await this.archiveCurrent(projectName);
    } finally {
      await lock.release();
    }
  }

  /**
   * Writes a whole interview in the first format's shape as the project's current one,
   * replacing it: how an interview kept elsewhere is brought in (and how a benchmark
   * sets one up). Sessions never use it; they append.
   */
  async save(stored: StoredSession): Promise<void> {
    assertProjectName(stored.projectName);
    const lock = await this.lock(stored.projectName);
    try {
      const records = recordsFromLegacy(stored, newInterviewId(new Date(stored.createdAt)));
      await writeFileAtomic(this.currentPath(stored.projectName), linesOf(records));
      const state = foldRecords(records);
      if (state) await writeInterviewPart(this.projectDir(stored.projectName), interviewPartOf(state));
    } finally {
      await lock.release();
    }
  }

  private stateDir(projectName: string): string {
    return stateDirOf(this.projectsDir, projectName);
  }

  private projectDir(projectName: string): string {
    return join(this.projectsDir, projectName);
  }

  private currentPath(projectName: string): string {
    return join(this.stateDir(projectName), CURRENT_LOG);
  }

  /** Takes the project's lock; the first hold in this process tidies what a crash left. */
  private lock(projectName: string): Promise<ProjectLock> {
    return acquireProjectLock(projectName, this.stateDir(projectName), {
      owner: this.options.owner,
      heartbeatMs: this.options.heartbeatMs,
      staleMs: this.options.staleMs,
      onTaken: async () => {
        const projectDir = join(this.projectsDir, projectName);
        for (const path of await removeStaleTempFiles(projectDir, ["prompts", ".specwright"]))
          this.options.warn(`${projectName}: removed ${path}, a temporary file a crash left behind`);
      },
    });
  }

  private async openCurrent(projectName: string, lock: ProjectLock): Promise<OpenInterview | null> {
    await this.convertLegacy(projectName);
    const path = this.currentPath(projectName);
    const read = await readLog(path);
    if (!read) return null;
    for (const problem of read.problems) this.options.warn(`${path}: ${problem}`);
    const state = foldRecords(read.records);
    if (!state || state.transcript.length === 0) return null;
    const runningHere = isLogOpenHere(path);
    const file = await this.options.openLogFile(path);
    // A torn last line is cut off, so the next record starts on a line of its own.
    if (read.goodBytes < read.totalBytes)
      await file.truncate(read.goodBytes).catch(async (error: unknown) => {
        await file.close().catch(() => {});
        throw error;
      });
    const part = new InterviewPartWriter(this.projectDir(projectName), interviewPartOf(state));
    const log = new FileInterviewLog(state.id, file, read.goodBytes, lock, path, part);
    try {
      if (isTurnOpen(state) && !runningHere) {
        const record: InterviewRecord = { type: "turn-end", outcome: "interrupted", at: this.now() };
        await log.append(record, { sync: true });
        applyRecord(state, record);
        this.options.warn(`${projectName}: the last turn was cut off (a crash?); it is marked interrupted`);
      }
      // Whatever a crash kept from the state file, it shows this interview from here on.
      await part.write();
      // Stored images stay as paths here: the session reads them again through the
      // sandbox, limited to prompts/mockups/ (src/session/stored-images.ts), so a path
      // changed in the log never makes this process read a file outside the project.
    } catch (error) {
      await log.close();
      throw error;
    }
    return { state, log };
  }

  /**
   * Moves the current interview into sessions/, named by its id; answers whether there
   * was one. `forgetPart: false` leaves the state file's interview part to the caller,
   * who is about to write the next interview's.
   */
  private async archiveCurrent(projectName: string, { forgetPart } = { forgetPart: true }): Promise<boolean> {
    const path = this.currentPath(projectName);
    // Both looked for at once: a new project has neither, and every interview begins here.
    const [legacyFound, currentFound] = await Promise.all([this.convertLegacy(projectName), exists(path)]);
    // A converted interview of the first format is the current one now.
    if (!currentFound && !(legacyFound && (await exists(path)))) return false;
    const id = (await readHeader(path))?.id ?? newInterviewId(this.options.now());
    const archive = join(this.stateDir(projectName), ARCHIVE_DIR);
    await mkdir(archive, { recursive: true });
    await rename(path, await freeName(archive, id, ".jsonl"));
    if (forgetPart) await writeInterviewPart(this.projectDir(projectName), null);
    return true;
  }

  /**
   * The first format's `session.json` becomes `session.jsonl`, once; the old file stays,
   * renamed. Answers whether there was such a file.
   */
  private async convertLegacy(projectName: string): Promise<boolean> {
    const dir = this.stateDir(projectName);
    const legacy = join(dir, LEGACY_CURRENT);
    const text = await readText(legacy);
    if (text === null) return false;
    if (!(await exists(join(dir, CURRENT_LOG)))) {
      const stored = parseLegacySession(text);
      if (!stored) {
        this.options.warn(`${legacy}: not an interview Specwright can read; left as it is`);
        return true;
      }
      await writeFileAtomic(join(dir, CURRENT_LOG), linesOf(recordsFromLegacy(stored, legacyId(stored))));
      this.options.warn(
        `${projectName}: the interview in ${LEGACY_CURRENT} was carried over to ${CURRENT_LOG}`,
      );
    }
    await rename(legacy, join(dir, LEGACY_CONVERTED));
    return true;
  }

  private async currentSummary(projectName: string): Promise<InterviewSummary | null> {
    const dir = this.stateDir(projectName);
    const log = join(dir, CURRENT_LOG);
    if (await exists(log)) return this.summaryOf(log, true);
    return this.summaryOf(join(dir, LEGACY_CURRENT), true);
  }

  /** A file's summary, read again only when the file changed. */
  private async summaryOf(path: string, current: boolean, id?: string): Promise<InterviewSummary | null> {
    const version = await versionOf(path);
    if (version === null) return null;
    const cached = this.summaries.get(path);
    if (cached?.version === version) return { ...cached.summary, current };
    const state = path.endsWith(".json")
      ? await readLegacyFile(path, this.options.warn, id)
      : await readInterviewLog(path, this.options.warn);
    if (!state) return null;
    const summary = summarize(state, current);
    this.summaries.set(path, { version, summary });
    return summary;
  }

  private now(): string {
    return this.options.now().toISOString();
  }
}

function summarize(state: InterviewState, current: boolean): InterviewSummary {
  return {
    id: state.id,
    current,
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
    messageCount: historyMessages(state).length,
    turns: state.turns.length,
    complete: state.complete,
    engine: state.engine,
    model: state.model,
  };
}

function linesOf(records: InterviewRecord[]): string {
  return records.map((record) => `${JSON.stringify(slimRecord(record))}\n`).join("");
}

/** `<base><ext>` in `dir`, or `<base>-2<ext>` and so on when that is taken. */
async function freeName(dir: string, base: string, ext: string): Promise<string> {
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`);
    if (!(await exists(path))) return path;
  }
}

/** Makes a new or renamed file's name itself survive a power cut; best effort, as not every system allows it. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => null);
  await handle?.sync().catch(() => {});
  await handle?.close().catch(() => {});
}
