import { createHash } from "node:crypto";
import type { Dirent, Stats } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { InitializerTemplate } from "../app-spec/index.js";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../app-spec/paths.js";
import { errorCode } from "./error-code.js";
import { inspectSpec } from "./inspect-spec.js";
import { isValidProjectName } from "./project-name.js";
import {
  type InterviewPart,
  laterOf,
  type ProjectState,
  projectStatePath,
  readProjectState,
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

/** How many projects are looked at at once: enough to keep the disk busy, few enough to leave room for other requests. */
const POOL_SIZE = 32;

/** How long the spec files' sizes and times, once checked, are taken to hold (see `specRecheckMs`). */
export const DEFAULT_SPEC_RECHECK_MS = 1_000;

/** A state file as last read, and when its spec files were last looked at. */
interface Known {
  /** The state file's inode, size and times when it was read: it changed if any did. */
  key: string;
  state: ProjectState;
  specCheckedAt: number;
  /** The spec files' modification times then, for `updatedAt`. */
  fileTimes: string[];
}

/**
 * Lists the projects of a folder from their state files (project-state.ts). Per
 * project, the state file is looked at (one `stat`) and read again only when it
 * changed; a project without one, or with a damaged one, has it worked out from the
 * files and written back. At most `POOL_SIZE` projects are looked at at once, all
 * asynchronously.
 *
 * The spec part is checked against the spec files' sizes and times whenever the state
 * file changed (every write Specwright makes to a spec file clears that part, in
 * `writeFileAtomic`, and every turn's end rewrites the interview part) and at least
 * every `specRecheckMs` otherwise, which is how an edit by hand (or by any other program)
 * is seen: two more `stat`s per project, then the spec worked out again where it changed.
 */
export class ProjectListing {
  private readonly cache = new Map<string, Known>();
  private readonly templateKey: string;
  private running: Promise<ListedProject[]> | null = null;
  private queued: Promise<ListedProject[]> | null = null;

  constructor(
    private readonly projectsDir: string,
    private readonly template: InitializerTemplate,
    private readonly specRecheckMs = DEFAULT_SPEC_RECHECK_MS,
  ) {
    this.templateKey = createHash("sha256").update(template.text, "utf8").digest("hex").slice(0, 16);
  }

  /**
   * The projects, by name. Requests that arrive while a listing runs share the next
   * one, which starts when that one ends: each still sees every change made before it
   * asked, and ten requests at once cost two listings, not ten.
   */
  list(options: ListingOptions = {}): Promise<ListedProject[]> {
    if (this.running === null) {
      const run = this.scan(options).finally(() => {
        this.running = null;
      });
      this.running = run;
      return run;
    }
    if (this.queued === null) {
      this.queued = this.running
        .catch(() => [])
        .then(() => {
          this.queued = null;
          return this.list(options);
        });
    }
    return this.queued;
  }

  private async scan(options: ListingOptions): Promise<ListedProject[]> {
    let entries: Dirent[];
    try {
      entries = await readdir(this.projectsDir, { withFileTypes: true });
    } catch (error) {
      if (errorCode(error) === "ENOENT") return [];
      throw error;
    }
    const names = entries
      .filter((entry) => isValidProjectName(entry.name) && (entry.isDirectory() || entry.isSymbolicLink()))
      .map((entry) => ({ name: entry.name, link: entry.isSymbolicLink() }))
      .sort((a, b) => byCodeUnits(a.name, b.name));
    const listed = await inPool(names, POOL_SIZE, ({ name, link }) => this.describe(name, link, options));
    const present = new Set(names.map(({ name }) => name));
    for (const name of this.cache.keys()) if (!present.has(name)) this.cache.delete(name);
    return listed.filter((project): project is ListedProject => project !== null);
  }

  private async describe(
    name: string,
    link: boolean,
    options: ListingOptions,
  ): Promise<ListedProject | null> {
    const dir = join(this.projectsDir, name);
    // A link is listed when it leads to a folder, as the project registry opens it.
    if (
      link &&
      !(await stat(dir)
        .then((stats) => stats.isDirectory())
        .catch(() => false))
    )
      return null;
    let known = await this.knownState(name, dir);
    if (known === "gone") return null;
    const now = Date.now();
    const spec = known?.state.spec;
    const specUsable = spec !== undefined && spec.template === this.templateKey;
    const complete = specUsable && known?.state.interview !== undefined;
    if (known === null || !complete || now - known.specCheckedAt >= this.specRecheckMs) {
      const files = await specFileStats(dir);
      const specFresh =
        specUsable && spec.appSpec === fingerprint(files[0]) && spec.initializer === fingerprint(files[1]);
      const state =
        known !== null && complete && specFresh
          ? known.state
          : await this.rebuild(name, dir, known?.state ?? null, files, options, specFresh);
      if (state === null) return null;
      known = {
        // A rebuilt state was written anew: its file is read again next time, as it now is.
        key: state === known?.state ? known.key : "",
        state,
        specCheckedAt: now,
        fileTimes: files.flatMap((stats) => (stats ? [stats.mtime.toISOString()] : [])),
      };
      this.cache.set(name, known);
    }
    const { state, fileTimes } = known;
    const part = state.spec!;
    return {
      name,
      hasSpec: part.state === "complete",
      specState: part.state,
      featureCount: part.featureCount,
      interview: state.interview ?? null,
      updatedAt: fileTimes.reduce(laterOf, state.updatedAt),
    };
  }

  /**
   * The state file as last read, read again only when it changed (then with its spec
   * files due for a look); null when it is missing or damaged, "gone" with the project.
   */
  private async knownState(name: string, dir: string): Promise<Known | null | "gone"> {
    const stats = await stat(projectStatePath(dir), { bigint: true }).catch((error: unknown) =>
      errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR" ? null : Promise.reject(error),
    );
    if (stats === null) {
      this.cache.delete(name);
      return (await lstat(dir).catch(() => null)) === null ? "gone" : null;
    }
    const key = `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
    const cached = this.cache.get(name);
    if (cached?.key === key) return cached;
    const read = await readProjectState(dir);
    if (typeof read === "string") {
      this.cache.delete(name);
      return null;
    }
    return { key, state: read, specCheckedAt: Number.NEGATIVE_INFINITY, fileTimes: [] };
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
    specFiles: [Stats | null, Stats | null],
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

  private async specPart(dir: string, appSpec: Stats | null, initializer: Stats | null): Promise<SpecPart> {
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

/** The two spec files as they are now (null for one that is missing). */
function specFileStats(dir: string): Promise<[Stats | null, Stats | null]> {
  const statOf = (path: string) =>
    stat(join(dir, path)).then(
      (stats) => (stats.isFile() ? stats : null),
      () => null,
    );
  return Promise.all([statOf(APP_SPEC_PATH), statOf(INITIALIZER_PROMPT_PATH)]);
}

/** A file's identity for the state: it changed if its size or time did. */
function fingerprint(stats: Stats | null): string | null {
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

/** Plain code-unit order, the same on every machine whatever its locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
