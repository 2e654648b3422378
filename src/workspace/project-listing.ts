import { createHash } from "node:crypto";
import { lstat, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { InitializerTemplate } from "../app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../app-spec/paths.js";
import { inspectSpec } from "./inspect-spec.js";
import { isValidProjectName } from "./project-name.js";
import {
  knownText,
  NUMBER,
  NUMBERS_PER_PROJECT,
  SCANNED,
  type ScanResult,
  scanProjects,
} from "./project-scan.js";
import {
  type InterviewPart,
  laterOf,
  type ProjectState,
  parseProjectState,
  projectChangesMade,
  type SpecPart,
  type SpecState,
  updateProjectState,
} from "./project-state.js";

/** One project as the list shows it. */
export interface ListedProject {
  name: string;
  /** A valid app spec and initializer prompt are on disk (see `inspectSpec`). */
  hasSpec: boolean;
  specState: SpecState;
  featureCount: number | null;
  /** The current interview; null when there is none (or it could not be worked out). */
  interview: InterviewPart | null;
  /** ISO time of the newest change: to the spec files, the interview, or the project itself. */
  updatedAt: string;
}

export interface ListingOptions {
  /**
   * Works out a project's current interview for a project whose state file has none yet
   * (one made before the file existed); the interview store knows how. Without it such
   * a project is listed without its interview.
   */
  interviewOf?: (projectName: string) => Promise<InterviewPart | null>;
}

/** How many projects are worked out again at once: enough to keep the disk busy, few enough to leave room for other requests. */
const POOL_SIZE = 32;

/** How long the spec files' sizes and times, once checked, are taken to hold (see `specRecheckMs`). */
export const DEFAULT_SPEC_RECHECK_MS = 1_000;

/**
 * A state file modified this recently (ms) when it was read may change again without its
 * key changing (file times move in ticks of a few ms, and a replaced file's inode number
 * may come back): it is read again next time rather than taken as known.
 */
export const STATE_SETTLE_MS = 2_000;

/** The longest the main thread works through a scan's answer before it lets other work run (ms). */
const SLICE_MS = 4;

/** A spec file as the scan saw it: null when it is missing or not a file. */
type FileStamp = { size: number; mtimeMs: number } | null;

/** A project as last listed. */
interface Known {
  /** The state file's key when it was read ("" to read it again next time). */
  key: string;
  /** Its text then (null: not read, but written here), so a file read again unchanged is not parsed again. */
  text: string | null;
  state: ProjectState;
  /** The spec files the entry was made with (the state's spec part is of these). */
  files: [FileStamp, FileStamp];
  listed: ListedProject;
}

/** A project the scan found that needs more than its state file to be listed. */
interface Rework {
  index: number;
  /** Its state file, when it could be read and made sense. */
  state: ProjectState | null;
  key: string;
  text: string | null;
  files: [FileStamp, FileStamp] | null;
}

/**
 * Lists the projects of a folder from their state files (project-state.ts). The folder is
 * scanned in a thread of its own (project-scan.ts): one synchronous `stat` per project,
 * and the state file read only where it changed. A project without one, or with a
 * damaged one, has it worked out from the files and written back, here.
 *
 * The spec part is checked against the spec files' sizes and times whenever the state
 * file changed (every write Specwright makes to a spec file clears that part, in
 * `writeFileAtomic`, and every turn's end rewrites the interview part) and at least
 * every `specRecheckMs` otherwise, which is how an edit by hand (or by any other program)
 * is seen: two more `stat`s per project, then the spec worked out again where it changed.
 *
 * A project whose files did not change keeps its listed entry, and a listing in which
 * nothing changed answers the same array as the last one (so the server sends the body it
 * already made).
 */
export class ProjectListing {
  private readonly cache = new Map<string, Known>();
  private readonly templateKey: string;
  /**
   * The listing under way: how many changes this process had made when it began, and the
   * oldest moment what it shows may date from (when it began, or when the spec files were
   * last looked at if it does not look at them).
   */
  private running: { run: Promise<readonly ListedProject[]>; changes: number; asOf: number } | null = null;
  private queued: Promise<readonly ListedProject[]> | null = null;
  /** When the last scan that looked at every spec file started (`Date.now()`). */
  private specsCheckedAt = Number.NEGATIVE_INFINITY;
  private last: readonly ListedProject[] | null = null;
  /** The state file keys the cache holds, as the scan takes them (`knownText`); null once the cache changed. */
  private known: string | null = null;

  constructor(
    private readonly projectsDir: string,
    private readonly template: InitializerTemplate,
    private readonly specRecheckMs = DEFAULT_SPEC_RECHECK_MS,
  ) {
    this.templateKey = createHash("sha256").update(template.text, "utf8").digest("hex").slice(0, 16);
  }

  /**
   * The projects, by name. A request that arrives while a listing runs shares it when
   * this process has changed no project since it began and what it shows is less than
   * `specRecheckMs` old: what another program changed meanwhile is seen within that
   * window, as its edits to spec files always were. Otherwise it shares the next listing,
   * which starts when that one ends, so it sees every change this process made before it
   * asked. Ten requests at once cost one listing, or two. The array is shared: it must
   * not be changed.
   */
  list(options: ListingOptions = {}): Promise<readonly ListedProject[]> {
    if (this.running === null) {
      const changes = projectChangesMade();
      const startedAt = Date.now();
      const checkSpecs = startedAt - this.specsCheckedAt >= this.specRecheckMs;
      const run = this.scan(options, startedAt, checkSpecs).finally(() => {
        this.running = null;
      });
      this.running = { run, changes, asOf: checkSpecs ? startedAt : this.specsCheckedAt };
      return run;
    }
    const { run, changes, asOf } = this.running;
    if (changes === projectChangesMade() && Date.now() - asOf < this.specRecheckMs) return run;
    if (this.queued === null) {
      this.queued = run
        .catch(() => [])
        .then(() => {
          this.queued = null;
          return this.list(options);
        });
    }
    return this.queued;
  }

  private async scan(
    options: ListingOptions,
    startedAt: number,
    checkSpecs: boolean,
  ): Promise<readonly ListedProject[]> {
    if (this.known === null)
      this.known = knownText(
        [...this.cache].flatMap(([name, { key }]): [string, string][] => (key === "" ? [] : [[name, key]])),
      );
    const scan = await scanProjects({ dir: this.projectsDir, checkSpecs, known: this.known });

    const listed = new Array<ListedProject | null>(scan.names.length).fill(null);
    const rework: Rework[] = [];
    let sliceStarted = performance.now();
    for (let index = 0; index < scan.names.length; index++) {
      if (performance.now() - sliceStarted > SLICE_MS) {
        await yieldToEventLoop();
        sliceStarted = performance.now();
      }
      const found = this.take(scan, index, startedAt);
      if (found === null || "name" in found) listed[index] = found;
      else rework.push(found);
    }
    await inPool(rework, POOL_SIZE, async (item) => {
      listed[item.index] = await this.rework(scan.names[item.index]!, item, options);
    });

    const present = new Set(scan.names);
    for (const name of this.cache.keys()) if (!present.has(name)) this.forget(name);
    if (checkSpecs) this.specsCheckedAt = startedAt;

    // In the scan's order, which is by name.
    const projects = listed.filter((project): project is ListedProject => project !== null);
    const last = this.last;
    if (
      last !== null &&
      last.length === projects.length &&
      projects.every((project, at) => project === last[at])
    )
      return last;
    this.last = projects;
    return projects;
  }

  private remember(name: string, known: Known): void {
    if (this.cache.get(name)?.key !== known.key) this.known = null;
    this.cache.set(name, known);
  }

  private forget(name: string): void {
    if (this.cache.delete(name)) this.known = null;
  }

  /**
   * A project as the scan found it: its entry when the state file says all (the one
   * listed last time, when nothing changed), null when it is not to be listed, or what
   * is left to work out.
   */
  private take(scan: ScanResult, index: number, startedAt: number): ListedProject | null | Rework {
    const name = scan.names[index]!;
    if (!isValidProjectName(name)) return null;
    const flags = scan.flags[index]!;
    if (flags & SCANNED.NOT_FOLDER) return null;
    if (flags & SCANNED.GONE) {
      this.forget(name);
      return null;
    }
    const cached = this.cache.get(name);
    const looked = (flags & SCANNED.SPECS) !== 0;
    // The common case, made without a single allocation: nothing changed.
    if (
      flags & SCANNED.STATE_SAME &&
      cached !== undefined &&
      (!looked || sameFiles(scan.numbers, index, cached.files))
    )
      return cached.listed;
    const files = looked ? specStamps(scan.numbers, index) : null;
    let state: ProjectState | null = null;
    let key = "";
    let text: string | null = null;
    if (flags & SCANNED.STATE_SAME && cached !== undefined) {
      ({ state, key, text } = cached);
    } else if (flags & SCANNED.STATE_READ) {
      const read = scan.reads.get(index)!;
      text = read.text;
      const parsed = cached !== undefined && cached.text === text ? cached.state : parseProjectState(text);
      if (parsed !== "damaged") {
        state = parsed;
        const modified = scan.numbers[index * NUMBERS_PER_PROJECT + NUMBER.STATE_MTIME]!;
        key = startedAt - modified < STATE_SETTLE_MS ? "" : read.key;
      }
    }
    if (state === null || files === null || !this.isCurrent(state, files))
      return { index, state, key, text, files };
    const listed = sameEntry(cached?.listed, listedOf(name, state, files));
    this.remember(name, { key, text, state, files, listed });
    return listed;
  }

  /** The state says all there is to list: its spec part is of these files and this template, and its interview part is there. */
  private isCurrent(state: ProjectState, files: [FileStamp, FileStamp]): boolean {
    return this.specFresh(state, files) && state.interview !== undefined;
  }

  private specFresh(state: ProjectState | null, files: [FileStamp, FileStamp]): boolean {
    const spec = state?.spec;
    return (
      spec !== undefined &&
      spec.template === this.templateKey &&
      spec.appSpec === fingerprint(files[0]) &&
      spec.initializer === fingerprint(files[1])
    );
  }

  /** Works out what a project's state file lacks, writes it, and answers its entry (null: the project is gone). */
  private async rework(name: string, item: Rework, options: ListingOptions): Promise<ListedProject | null> {
    const dir = join(this.projectsDir, name);
    const files = item.files ?? (await specFileStamps(dir));
    const specFresh = this.specFresh(item.state, files);
    if (item.state !== null && specFresh && item.state.interview !== undefined) {
      const listed = sameEntry(this.cache.get(name)?.listed, listedOf(name, item.state, files));
      this.remember(name, { key: item.key, text: item.text, state: item.state, files, listed });
      return listed;
    }
    const state = await this.rebuild(name, dir, item.state, files, options, specFresh).catch(
      async (error: unknown) => {
        // Deleted while it was worked out (by this process or another): it is simply gone.
        if ((await folderTime(dir)) === null) return null;
        throw error;
      },
    );
    if (state === null) {
      this.forget(name);
      return null;
    }
    const listed = sameEntry(this.cache.get(name)?.listed, listedOf(name, state, files));
    // A rebuilt state was written anew: its file is read again next time, as it now is.
    this.remember(name, { key: "", text: null, state, files, listed });
    return listed;
  }

  /**
   * Works out what the state file lacks or what changed (the spec part unless
   * `specFresh`; the interview part when it was never worked out), writes it, and answers
   * the state. The interview part is written only where it is still missing: the
   * project's writer may have written it meanwhile, and its word is the one that counts.
   */
  private async rebuild(
    name: string,
    dir: string,
    known: ProjectState | null,
    specFiles: [FileStamp, FileStamp],
    options: ListingOptions,
    specFresh: boolean,
  ): Promise<ProjectState | null> {
    const spec = specFresh && known?.spec ? known.spec : await this.specPart(dir, ...specFiles);
    const interview =
      known?.interview !== undefined
        ? known.interview
        : ((await options.interviewOf?.(name).catch(() => null)) ?? null);
    const since = known === null ? await folderTime(dir) : known.updatedAt;
    if (since === null) return null;
    const updatedAt = laterOf(since, interview?.updatedAt ?? since);
    const written = await updateProjectState(dir, (state) => ({
      ...state,
      spec,
      interview: state.interview === undefined ? interview : state.interview,
      updatedAt: laterOf(state.updatedAt, updatedAt),
    })).catch(() => null);
    // Not written (a read-only disk, say): listed all the same, worked out again next time.
    return written ?? { version: 1, updatedAt, spec, interview };
  }

  private async specPart(dir: string, appSpec: FileStamp, initializer: FileStamp): Promise<SpecPart> {
    const inspection = await inspectSpec(dir, this.template);
    const validation = inspection.appSpec.validation;
    const state: SpecState = inspection.complete
      ? "complete"
      : validation === null
        ? "none"
        : validation.valid
          ? "valid"
          : "invalid";
    return {
      state,
      featureCount: inspection.featureCount,
      appSpec: fingerprint(appSpec),
      initializer: fingerprint(initializer),
      template: this.templateKey,
    };
  }
}

/** A project's entry in the list: its state, and the spec files' times for `updatedAt`. */
function listedOf(name: string, state: ProjectState, files: [FileStamp, FileStamp]): ListedProject {
  const part = state.spec!;
  let updatedAt = state.updatedAt;
  for (const file of files) if (file) updatedAt = laterOf(updatedAt, new Date(file.mtimeMs).toISOString());
  return {
    name,
    hasSpec: part.state === "complete",
    specState: part.state,
    featureCount: part.featureCount,
    interview: state.interview ?? null,
    updatedAt,
  };
}

/** The entry listed before when it says the same as the new one, so an unchanged list stays the same array. */
function sameEntry(before: ListedProject | undefined, now: ListedProject): ListedProject {
  return before !== undefined && JSON.stringify(before) === JSON.stringify(now) ? before : now;
}

/** Whether the scan saw the spec files as they were. */
function sameFiles(numbers: Float64Array, index: number, files: [FileStamp, FileStamp]): boolean {
  const base = index * NUMBERS_PER_PROJECT;
  const same = (file: FileStamp, size: number, mtimeMs: number) =>
    file === null ? size < 0 : file.size === size && file.mtimeMs === mtimeMs;
  return (
    same(files[0], numbers[base + NUMBER.APP_SPEC_SIZE]!, numbers[base + NUMBER.APP_SPEC_MTIME]!) &&
    same(files[1], numbers[base + NUMBER.INITIALIZER_SIZE]!, numbers[base + NUMBER.INITIALIZER_MTIME]!)
  );
}

/** The spec files as the scan saw them. */
function specStamps(numbers: Float64Array, index: number): [FileStamp, FileStamp] {
  const base = index * NUMBERS_PER_PROJECT;
  const stamp = (size: number, mtimeMs: number): FileStamp => (size < 0 ? null : { size, mtimeMs });
  return [
    stamp(numbers[base + NUMBER.APP_SPEC_SIZE]!, numbers[base + NUMBER.APP_SPEC_MTIME]!),
    stamp(numbers[base + NUMBER.INITIALIZER_SIZE]!, numbers[base + NUMBER.INITIALIZER_MTIME]!),
  ];
}

/** The two spec files as they are now, looked at here (for a project the scan did not look at them for). */
async function specFileStamps(dir: string): Promise<[FileStamp, FileStamp]> {
  const statOf = (path: string) =>
    stat(join(dir, path)).then(
      (stats): FileStamp => (stats.isFile() ? { size: stats.size, mtimeMs: stats.mtimeMs } : null),
      () => null,
    );
  return Promise.all([statOf(APP_SPEC_PATH), statOf(INITIALIZER_PROMPT_PATH)]);
}

/** Lets timers and I/O callbacks waiting behind this work run first. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A file's identity for the state: it changed if its size or time did. */
function fingerprint(stats: FileStamp): string | null {
  return stats === null ? null : `${stats.size}:${stats.mtimeMs}`;
}

/**
 * When a project without a state file last changed, as the list said before the state
 * file existed: the newest of the folder and the files directly in prompts/.
 */
async function folderTime(dir: string): Promise<string | null> {
  const folder = await stat(dir).catch(() => null);
  if (folder === null) return null;
  let newest = folder.mtimeMs;
  const prompts = join(dir, "prompts");
  // A prompts/ that is a link (perhaps leading out of the project) is not looked into.
  const isFolder = await lstat(prompts).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  const entries = isFolder ? await readdir(prompts, { withFileTypes: true }).catch(() => []) : [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const stats = await lstat(join(prompts, entry.name)).catch(() => null);
    if (stats && stats.mtimeMs > newest) newest = stats.mtimeMs;
  }
  return new Date(newest).toISOString();
}

/** Runs `work` over `items` with at most `size` at once; answers in the items' order. */
async function inPool<Item, Result>(
  items: readonly Item[],
  size: number,
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}
