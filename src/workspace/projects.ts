import { lstat, mkdir, readdir, realpath, rm, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { defaultInitializerTemplate, type InitializerTemplate } from "../app-spec/index.js";
import { INITIALIZER_PROMPT_PATH, PROMPTS_DIR } from "../app-spec/paths.js";
import { writeFileInside } from "./atomic-write.js";
import { errorCode } from "./error-code.js";
import { inspectSpec, inspectTexts, type SpecInspection } from "./inspect-spec.js";
import { type ListedProject, type ListingOptions, ProjectListing } from "./project-listing.js";
import { assertProjectName } from "./project-name.js";
import { noteProjectChange } from "./project-state.js";
import type { ProjectToolsOptions } from "./project-tools.js";
import { resolveInsideProject } from "./sandbox.js";

export interface ProjectSummary {
  name: string;
  /** A valid app spec and initializer prompt are on disk (see `inspectSpec`). */
  hasSpec: boolean;
  /** ISO time of the newest change among the files in prompts/ and the folder itself. */
  updatedAt: string;
}

export interface ProjectInfo extends ProjectSummary {
  /** Absolute, real path of the project folder. */
  dir: string;
  /** Absolute path of its prompts/ folder. */
  promptsDir: string;
}

/** A project as an interview opens it (`ProjectRegistry.open`). */
export interface OpenedProject {
  /** Absolute, real path of the project folder. */
  dir: string;
  /** The folder was made by this `open`: the project is new. */
  made: boolean;
  inspection: SpecInspection;
  /** For a folder just made: writes its `prompts/` and the initializer template. Null when done already. */
  furnish: (() => Promise<void>) | null;
}

export class ProjectExistsError extends Error {
  override readonly name = "ProjectExistsError";

  constructor(readonly projectName: string) {
    super(`Project "${projectName}" already exists`);
  }
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** The newest modification time among the project folder and the files directly in prompts/. */
async function lastUpdated(dir: string, promptsDir: string): Promise<Date> {
  let newest = (await stat(dir)).mtimeMs;
  // A prompts/ that is a link (perhaps leading out of the project) is not looked into.
  const promptsIsFolder = await lstat(promptsDir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  const entries = promptsIsFolder ? await readdir(promptsDir, { withFileTypes: true }) : [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const stats = await lstat(join(promptsDir, entry.name)).catch(() => null);
    if (stats && stats.mtimeMs > newest) newest = stats.mtimeMs;
  }
  return new Date(newest);
}

/**
 * The projects in one folder, each a subfolder named after the project. Every method
 * checks the name before it touches the disk, so no name can become a path elsewhere.
 */
export interface ProjectRegistryOptions {
  /** The template the initializer prompt is written from; the shipped one by default. */
  initializerTemplate?: InitializerTemplate;
  /** The limits of each project's file tools (sizes, and how much `prompts/` may hold); defaults otherwise. */
  toolLimits?: ProjectToolsOptions;
  /**
   * How long the list takes the spec files' sizes and times, once checked, to hold;
   * Specwright's own writes are seen at once, edits by hand within this (default 1 s).
   */
  specRecheckMs?: number;
}

export class ProjectRegistry {
  readonly projectsDir: string;
  /** The template in use: new projects start with it, and finished specs are checked against it. */
  readonly initializerTemplate: InitializerTemplate;
  /** The limits to build each project's file tools with (`createProjectTools(dir, toolLimits)`). */
  readonly toolLimits: ProjectToolsOptions;

  private readonly listing: ProjectListing;

  constructor(projectsDir: string, options: ProjectRegistryOptions = {}) {
    this.projectsDir = resolve(projectsDir);
    this.initializerTemplate = options.initializerTemplate ?? defaultInitializerTemplate();
    this.toolLimits = { ...options.toolLimits };
    this.listing = new ProjectListing(this.projectsDir, this.initializerTemplate, options.specRecheckMs);
  }

  /**
   * Every project, by name, from the small state file each keeps (see ProjectListing):
   * fast enough for a thousand projects, and right after any change to a spec file or
   * an interview, whoever made it.
   */
  list(options: ListingOptions = {}): Promise<readonly ListedProject[]> {
    return this.listing.list(options);
  }

  /** Creates the project; throws `ProjectExistsError` when the folder is already there. */
  async create(name: string): Promise<ProjectInfo> {
    assertProjectName(name);
    await mkdir(this.projectsDir, { recursive: true });
    try {
      await mkdir(join(this.projectsDir, name));
    } catch (error) {
      if (errorCode(error) === "EEXIST") throw new ProjectExistsError(name);
      throw error;
    }
    return this.prepare(name);
  }

  /** The project, created first if it does not exist yet (an interview may start on a new name). */
  async ensure(name: string): Promise<ProjectInfo> {
    assertProjectName(name);
    await mkdir(join(this.projectsDir, name), { recursive: true });
    return this.prepare(name);
  }

  /**
   * What an interview needs of its project, as soon as it can be had: its folder (made
   * if missing) by its real path, and its spec files inspected once (with `template`,
   * the interview's own). A folder already there is made ready first, as `ensure` does.
   * A folder made here holds nothing, so nothing is read: its inspection is what it will
   * be, and its `prompts/` and initializer template are left to `furnish`, for the
   * caller to run beside other work (an interview runs it once it holds the project, so
   * that the lock's sweep of a crash's temporary files never meets the template's). A
   * folder made here is removed again when this fails. No summary: an interview does
   * not list itself.
   */
  async open(name: string, template: InitializerTemplate = this.initializerTemplate): Promise<OpenedProject> {
    assertProjectName(name);
    const folder = join(this.projectsDir, name);
    // `mkdir` answers a path only when it made a folder. The folders' real path is asked
    // meanwhile: a folder just made in it is a folder, not a link, so the project's real
    // path follows without asking again.
    const [madePath, realParent] = await Promise.all([
      mkdir(folder, { recursive: true }),
      realpath(this.projectsDir).catch(() => null),
    ]);
    const made = madePath !== undefined;
    try {
      if (made) {
        const dir =
          madePath === folder && realParent !== null ? join(realParent, name) : await realpath(folder);
        const inspection = inspectTexts(null, this.initializerTemplate.text, template);
        return { dir, made, inspection, furnish: () => this.furnish(dir) };
      }
      const dir = await this.prepareFolder(name);
      return { dir, made, inspection: await inspectSpec(dir, template), furnish: null };
    } catch (error) {
      if (made) await rm(folder, { recursive: true, force: true }).catch(() => {});
      throw error;
    } finally {
      noteProjectChange();
    }
  }

  async get(name: string): Promise<ProjectInfo | null> {
    assertProjectName(name);
    return this.describe(name);
  }

  /** Removes the project folder and everything in it; answers whether there was one. */
  async delete(name: string): Promise<boolean> {
    assertProjectName(name);
    const dir = join(this.projectsDir, name);
    const existed = await lstat(dir).then(
      () => true,
      () => false,
    );
    // On a symlinked project folder this removes the link, never what it points to.
    try {
      await rm(dir, { recursive: true, force: true });
    } finally {
      noteProjectChange();
    }
    return existed;
  }

  /** Gives a project its prompts/ folder and the initializer template, keeping what is there. */
  private async prepare(name: string): Promise<ProjectInfo> {
    try {
      await this.prepareFolder(name);
      const info = await this.describe(name);
      if (!info) throw new Error(`Project "${name}" disappeared while it was being prepared`);
      return info;
    } finally {
      // Made or not, the folder is there now: a listing that begins after this shows it.
      noteProjectChange();
    }
  }

  /** Makes prompts/ and the initializer template where missing; answers the folder's real path. */
  private async prepareFolder(name: string): Promise<string> {
    const dir = await realpath(join(this.projectsDir, name));
    await this.furnish(dir);
    return dir;
  }

  /** Makes prompts/ and the initializer template where missing, in the folder at its real path `dir`. */
  private async furnish(dir: string): Promise<void> {
    await mkdir(join(dir, PROMPTS_DIR), { recursive: true });
    const initializer = await resolveInsideProject(dir, INITIALIZER_PROMPT_PATH, { forWrite: true });
    const hasInitializer = await lstat(initializer.absolute).then(
      () => true,
      () => false,
    );
    if (!hasInitializer) await writeFileInside(dir, initializer.absolute, this.initializerTemplate.text);
  }

  private async describe(name: string): Promise<ProjectInfo | null> {
    const path = join(this.projectsDir, name);
    if (!(await isFolder(path))) return null;
    const dir = await realpath(path);
    const promptsDir = join(dir, PROMPTS_DIR);
    const [inspection, updated] = await Promise.all([
      inspectSpec(dir, this.initializerTemplate),
      lastUpdated(dir, promptsDir),
    ]);
    return { name, hasSpec: inspection.complete, updatedAt: updated.toISOString(), dir, promptsDir };
  }
}
