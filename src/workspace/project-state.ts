import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { errorCode } from "./error-code.js";

/**
 * A project's state in one small file, `.specwright/state.json`, so that listing a
 * thousand projects reads a thousand small files instead of every spec and interview:
 *
 * - `spec`: where the spec stands and its feature count, with the size and time of the
 *   two spec files it was worked out from (and a digest of the initializer template it
 *   was checked against). A reader that finds either file changed since works it out
 *   again: the spec files are written by the model's tools, by Claude Code's own tools,
 *   by the page's editor and by hand, and this way none of them needs to remember it.
 * - `interview`: the current interview's id, whether it is complete, its phase, its
 *   turns. Only the process that holds the project's lock writes the interview, and it
 *   writes this part after each record that changes it (src/store/); a project that has
 *   none yet (made before this file existed) gets it worked out once by the reader.
 *
 * It is a cache: everything in it can be worked out again from the files, so it is never
 * flushed to the disk, and a missing, damaged or out-of-date file is rebuilt, never trusted.
 */
export const PROJECT_STATE_FILE = ".specwright/state.json";
const STATE_VERSION = 1;

export const SPEC_STATES = ["none", "invalid", "valid", "complete"] as const;
/**
 * `none`: no app spec; `invalid`: the app spec fails validation; `valid`: it passes, but
 * the initializer prompt is missing or out of step; `complete`: both are there and valid.
 */
export type SpecState = (typeof SPEC_STATES)[number];

const specPartSchema = z.object({
  state: z.enum(SPEC_STATES),
  featureCount: z.number().int().nullable(),
  /** `size:mtimeMs` of prompts/app_spec.txt when it was checked, or null when it was missing. */
  appSpec: z.string().nullable(),
  initializer: z.string().nullable(),
  /** Which initializer template the prompt was checked against. */
  template: z.string(),
});
export type SpecPart = z.output<typeof specPartSchema>;

const phaseSchema = z.object({
  id: z.string(),
  title: z.string(),
  index: z.number().int(),
  total: z.number().int(),
});

const interviewPartSchema = z.object({
  id: z.string(),
  complete: z.boolean(),
  phase: phaseSchema.nullable(),
  /** Turns taken, the greeting's included. */
  turns: z.number().int(),
  updatedAt: z.string(),
});
/** The current interview as a listing shows it. */
export type InterviewPart = z.output<typeof interviewPartSchema>;

const projectStateSchema = z.object({
  version: z.literal(STATE_VERSION),
  /** The newest change this file knows of (the spec files' own times are read beside it). */
  updatedAt: z.string(),
  spec: specPartSchema.optional(),
  /** null: the project has no current interview; absent: not worked out yet. */
  interview: interviewPartSchema.nullable().optional(),
});
export type ProjectState = z.output<typeof projectStateSchema>;

/** A state file is a few hundred bytes; one read of this size takes it whole. */
const READ_SIZE = 16 * 1024;

export function projectStatePath(projectDir: string): string {
  return join(projectDir, PROJECT_STATE_FILE);
}

/** The project's state file as it is: its state, or why there is none to use. */
export async function readProjectState(projectDir: string): Promise<ProjectState | "missing" | "damaged"> {
  let text: string;
  try {
    text = await readSmallFile(projectStatePath(projectDir));
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return "missing";
    return "damaged";
  }
  return parseProjectState(text);
}

export function parseProjectState(text: string): ProjectState | "damaged" {
  try {
    const parsed = projectStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : "damaged";
  } catch {
    return "damaged";
  }
}

/**
 * Open, one read, close: a third of what `readFile` costs (it asks for the size first).
 * Opened without blocking and refused unless it is a file, so a named pipe in its place
 * cannot hold a thread of the pool until something writes to it.
 */
async function readSmallFile(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw new Error(`${path} is not a file`);
    const buffer = Buffer.allocUnsafe(READ_SIZE);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    if (bytesRead < buffer.length) return buffer.subarray(0, bytesRead).toString("utf8");
    return await readFile(path, "utf8");
  } finally {
    await handle.close();
  }
}

/** How many changes this process has made to projects (see `noteProjectChange`). */
let changesMade = 0;

/**
 * Counts a change this process made to a project (its state file, a spec file, the
 * project made or deleted), once it is on disk: a listing that began before it may not
 * show it, one that begins after does (ProjectListing).
 */
export function noteProjectChange(): void {
  changesMade += 1;
}

/** The count `noteProjectChange` keeps. */
export function projectChangesMade(): number {
  return changesMade;
}

/** Updates queued per file, so two in one process never cross. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Changes the project's state file: `change` gets the state as it is (a fresh one when
 * the file is missing or damaged) and answers the new state, or null to leave it. The
 * file is replaced whole (a temporary file renamed over it), so a reader sees the old
 * state or the new one. Just before the rename the file is read again: if another
 * process replaced it meanwhile, the change is made again on top of that one. (The
 * change starts from the file as this process last wrote it, when it did: that read
 * says whether it still holds that.)
 *
 * Nothing is made when the project folder itself is gone (it was deleted meanwhile).
 * Answers the state as it now is on disk, or null when nothing was written.
 */
export function updateProjectState(
  projectDir: string,
  change: (state: ProjectState) => ProjectState | null,
): Promise<ProjectState | null> {
  const path = projectStatePath(projectDir);
  const previous = queues.get(path) ?? Promise.resolve();
  const run = previous.then(() => replaceState(projectDir, path, change));
  const settled = run.catch(() => {});
  queues.set(path, settled);
  void settled.then(() => {
    if (queues.get(path) === settled) queues.delete(path);
  });
  return run;
}

/**
 * The text of each state file as this process last wrote it (or found it), so a change
 * starts from it rather than reading the file first: an interview rewrites its state
 * file at each record that changes what a listing shows (a new interview, a phase, each
 * turn's end), and the read before the change was four of the twelve file operations of
 * each rewrite. The read just before the rename still says whether the file holds that
 * text; if it does not (another process wrote it), the change is made again on what it
 * holds, as when the first read and that one differed. Kept for the most recently
 * written files only.
 */
const lastWritten = new Map<string, string | null>();
const LAST_WRITTEN_KEPT = 4096;

function remember(path: string, text: string | null): void {
  lastWritten.delete(path);
  // A file larger than a state file can be (damaged) is read again rather than kept.
  if (text !== null && text.length > READ_SIZE) return;
  lastWritten.set(path, text);
  if (lastWritten.size > LAST_WRITTEN_KEPT) {
    const oldest = lastWritten.keys().next();
    if (!oldest.done) lastWritten.delete(oldest.value);
  }
}

async function replaceState(
  projectDir: string,
  path: string,
  change: (state: ProjectState) => ProjectState | null,
): Promise<ProjectState | null> {
  // What the file holds as far as this process knows: last written here, or read just now.
  let known: string | null | undefined = lastWritten.get(path);
  let fromMemory = known !== undefined;
  // Reads of the file (as in each attempt before): a change made on what this process remembered is not one.
  for (let attempt = fromMemory ? 0 : 1; ; attempt++) {
    const before = known !== undefined ? known : await readSmallFile(path).catch(() => null);
    known = undefined;
    const current = before === null ? "missing" : parseProjectState(before);
    const next = change(typeof current === "string" ? emptyState() : current);
    const text = next === null ? null : `${JSON.stringify(next)}\n`;
    if (next === null || text === before) {
      if (fromMemory) {
        // Decided on what this process wrote last: only if the file still holds it.
        fromMemory = false;
        const now = await readSmallFile(path).catch(() => null);
        if (now !== before) {
          known = now;
          continue;
        }
      }
      remember(path, before);
      return next;
    }
    fromMemory = false;
    const folder = join(projectDir, ".specwright");
    // The name `writeFileAtomic` gives its temporary files, so a crash's leftovers are swept alike.
    const temporary = join(folder, `.state.json.${randomBytes(6).toString("hex")}.tmp`);
    let renamed = false;
    try {
      if (!(await writeTemporary(folder, temporary, text as string))) return null;
      const now = await readSmallFile(path).catch(() => null);
      if (now !== before && attempt < 3) {
        // Another process wrote the file meanwhile (or since this one did): the change is made on what it holds now.
        known = now;
        continue;
      }
      await rename(temporary, path);
      renamed = true;
      remember(path, text);
      noteProjectChange();
      return next;
    } finally {
      if (!renamed) await rm(temporary, { force: true });
    }
  }
}

/**
 * Writes the new state beside the file, making `.specwright/` first only when it is
 * missing (the file is written at every turn's end; the folder is almost always there).
 * Not recursive: a project folder deleted meanwhile is not brought back (false).
 */
async function writeTemporary(folder: string, temporary: string, text: string): Promise<boolean> {
  try {
    await writeFile(temporary, text, { flag: "wx" });
    return true;
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
  try {
    await mkdir(folder);
  } catch (error) {
    if (errorCode(error) !== "EEXIST") return false;
  }
  await writeFile(temporary, text, { flag: "wx" });
  return true;
}

/**
 * Drops the spec part of a project's state file, so the next reader works it out again
 * from the files: a spec file was just written (and counts the change). Called where
 * every write Specwright makes lands (`writeFileAtomic`); a project without a state
 * file has nothing to drop.
 */
export async function forgetSpecPart(projectDir: string): Promise<void> {
  await updateProjectState(projectDir, (state) => {
    if (state.spec === undefined) return null;
    const { spec: _dropped, ...rest } = state;
    return rest;
  }).catch(() => {});
  // The spec file itself changed, whether or not there was a part to drop.
  noteProjectChange();
}

export function emptyState(): ProjectState {
  return { version: STATE_VERSION, updatedAt: new Date(0).toISOString() };
}

/** The later of two ISO times. */
export function laterOf(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}
