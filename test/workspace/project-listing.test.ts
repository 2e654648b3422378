import { execFileSync, spawn } from "node:child_process";
import { mkdir, readFile, rename, rm, stat, symlink, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/workspace/atomic-write.js";
import type { ListedProject } from "../../src/workspace/project-listing.js";
import { PROJECT_STATE_FILE, updateProjectState } from "../../src/workspace/project-state.js";
import { ProjectRegistry } from "../../src/workspace/projects.js";
import { exists, filledInitializer, makePlayground, type Playground, validAppSpec } from "./fixtures.js";

/** Long enough that the spec files are never due for a look again during a test. */
const NEVER = 60 * 60 * 1000;

let playground: Playground;
let projectsDir: string;

beforeEach(async () => {
  playground = await makePlayground();
  projectsDir = join(playground.root, "projects");
  await mkdir(projectsDir);
});

afterEach(async () => {
  await playground.remove();
});

/** A project as another program leaves it: a folder, and the spec files asked for. */
async function makeProject(dir: string, spec: { features?: number; initializer?: boolean } = {}) {
  await mkdir(join(dir, "prompts"), { recursive: true });
  if (spec.features === undefined) return;
  await writeFile(join(dir, "prompts/app_spec.txt"), validAppSpec(spec.features));
  if (spec.initializer)
    await writeFile(join(dir, "prompts/initializer_prompt.md"), filledInitializer(spec.features));
}

/**
 * Dates a project's state file an hour back, as one written long ago: the listing reads a
 * state file modified in the last moments again each time, and takes an older one as known
 * until its size, times or inode change.
 */
async function settle(dir: string): Promise<void> {
  const past = new Date(Date.now() - 60 * 60 * 1000);
  await utimes(join(dir, PROJECT_STATE_FILE), past, past);
}

const shown = (listed: readonly { name: string; specState: string; featureCount: number | null }[]) =>
  listed.map(({ name, specState, featureCount }) => `${name}: ${specState} ${featureCount ?? "-"}`);

describe("ProjectListing", () => {
  it("sees projects made, renamed and deleted by another program on the next listing", async () => {
    const registry = new ProjectRegistry(projectsDir, { specRecheckMs: NEVER });
    await makeProject(join(projectsDir, "alpha"), { features: 3, initializer: true });
    await makeProject(join(projectsDir, "beta"), { features: 2 });
    expect(shown(await registry.list())).toEqual(["alpha: complete 3", "beta: valid 2"]);
    await settle(join(projectsDir, "alpha"));
    await settle(join(projectsDir, "beta"));
    expect(shown(await registry.list())).toEqual(["alpha: complete 3", "beta: valid 2"]);

    await makeProject(join(projectsDir, "gamma"));
    expect(shown(await registry.list())).toEqual(["alpha: complete 3", "beta: valid 2", "gamma: none -"]);

    // Renamed with its state file inside: listed under the new name, as it was.
    await rename(join(projectsDir, "alpha"), join(projectsDir, "omega"));
    expect(shown(await registry.list())).toEqual(["beta: valid 2", "gamma: none -", "omega: complete 3"]);

    await rm(join(projectsDir, "beta"), { recursive: true });
    expect(shown(await registry.list())).toEqual(["gamma: none -", "omega: complete 3"]);

    // Renamed over the name of one that was deleted: the state file is the new one's.
    await rm(join(projectsDir, "gamma"), { recursive: true });
    await rename(join(projectsDir, "omega"), join(projectsDir, "gamma"));
    expect(shown(await registry.list())).toEqual(["gamma: complete 3"]);
  });

  it("sees a spec edited by hand once the spec files are due for a look again", async () => {
    const registry = new ProjectRegistry(projectsDir, { specRecheckMs: 200 });
    const dir = join(projectsDir, "demo");
    await makeProject(dir, { features: 3, initializer: true });
    expect(shown(await registry.list())).toEqual(["demo: complete 3"]);
    // Each change below is made to a project whose state file is known and old.
    const dueAfter = async () => {
      await settle(dir);
      await registry.list();
      await new Promise((resolve) => setTimeout(resolve, 300));
    };

    await dueAfter();
    await writeFile(join(dir, "prompts/app_spec.txt"), "<project_specification>");
    expect(shown(await registry.list())).toEqual(["demo: invalid -"]);

    // Back to a valid spec of the same size, with another time: the time alone is enough.
    await dueAfter();
    await writeFile(join(dir, "prompts/app_spec.txt"), validAppSpec(3));
    // Whole seconds: utimes takes seconds, which a millisecond time may not survive exactly.
    const later = new Date(Math.floor(Date.now() / 1000) * 1000 + 60_000);
    await utimes(join(dir, "prompts/app_spec.txt"), later, later);
    const [listed] = await registry.list();
    expect(shown([listed!])).toEqual(["demo: complete 3"]);
    expect(listed!.updatedAt).toBe(later.toISOString());

    // A spec file removed, and one that is a folder, are no spec.
    await dueAfter();
    await rm(join(dir, "prompts/initializer_prompt.md"));
    expect(shown(await registry.list())).toEqual(["demo: valid 3"]);
    await dueAfter();
    await rm(join(dir, "prompts/app_spec.txt"));
    await mkdir(join(dir, "prompts/app_spec.txt"));
    expect(shown(await registry.list())).toEqual(["demo: none -"]);
  });

  it("sees a state file written by another process at once, spec files due or not", async () => {
    const registry = new ProjectRegistry(projectsDir, { specRecheckMs: NEVER });
    await makeProject(join(projectsDir, "demo"), { features: 3 });
    expect((await registry.list())[0]!.interview).toBeNull();
    await settle(join(projectsDir, "demo"));
    expect((await registry.list())[0]!.interview).toBeNull();

    // What another Specwright's interview store writes after a turn.
    const interview = {
      id: "interview-1",
      complete: false,
      phase: { id: "features", title: "Features", index: 3, total: 7 },
      turns: 4,
      updatedAt: new Date().toISOString(),
    };
    await updateProjectState(join(projectsDir, "demo"), (state) => ({ ...state, interview }));
    expect((await registry.list())[0]!.interview).toEqual(interview);
    await settle(join(projectsDir, "demo"));
    expect((await registry.list())[0]!.interview).toEqual(interview);

    // Its spec part dropped, as a write of a spec file drops it: worked out again from the files.
    await writeFile(join(projectsDir, "demo/prompts/initializer_prompt.md"), filledInitializer(3));
    await updateProjectState(join(projectsDir, "demo"), ({ spec: _dropped, ...rest }) => rest);
    expect(shown(await registry.list())).toEqual(["demo: complete 3"]);
    expect((await registry.list())[0]!.interview).toEqual(interview);
  });

  it("works out again a state file that is missing, damaged, too large, a pipe or a folder", async () => {
    const registry = new ProjectRegistry(projectsDir, { specRecheckMs: NEVER });
    const dir = join(projectsDir, "demo");
    await makeProject(dir, { features: 4, initializer: true });
    const statePath = join(dir, PROJECT_STATE_FILE);
    expect(shown(await registry.list())).toEqual(["demo: complete 4"]);
    const written = JSON.parse(await readFile(statePath, "utf8"));
    expect(written).toMatchObject({ spec: { state: "complete", featureCount: 4 }, interview: null });

    const untrue = { ...written, spec: { ...written.spec, state: "none", featureCount: null } };
    const cases: [string, () => Promise<void>][] = [
      ["missing", () => rm(statePath)],
      ["cut short", () => writeFile(statePath, '{"version": 1, "spec": {"state": "compl')],
      ["of another shape", () => writeFile(statePath, JSON.stringify({ version: 7 }))],
      // Valid JSON that claims no spec, padded past what a state file can be: not believed.
      ["too large", () => writeFile(statePath, JSON.stringify(untrue).padEnd(2 * 1024 * 1024, " "))],
    ];
    for (const [why, damage] of cases) {
      await damage();
      expect(shown(await registry.list()), why).toEqual(["demo: complete 4"]);
      const again = JSON.parse(await readFile(statePath, "utf8"));
      expect(again, why).toMatchObject({ spec: { state: "complete", featureCount: 4 } });
      expect((await stat(statePath)).size, why).toBeLessThan(4096);
    }

    // A named pipe where the file should be: not waited on, and replaced.
    await rm(statePath);
    execFileSync("mkfifo", [statePath]);
    expect(shown(await registry.list())).toEqual(["demo: complete 4"]);
    expect((await stat(statePath)).isFile()).toBe(true);

    // A folder where the file should be: listed all the same, from the files.
    await rm(statePath);
    await mkdir(statePath);
    expect(shown(await registry.list())).toEqual(["demo: complete 4"]);
  });

  it("lists a linked project folder wherever it leads, and skips links to no folder", async () => {
    const registry = new ProjectRegistry(projectsDir, { specRecheckMs: NEVER });
    const elsewhere = join(playground.outside, "elsewhere");
    await makeProject(elsewhere, { features: 2, initializer: true });
    await symlink(elsewhere, join(projectsDir, "linked"));
    await symlink(join(playground.outside, "nothing-here"), join(projectsDir, "dangling"));
    await writeFile(join(playground.outside, "file.txt"), "not a folder");
    await symlink(join(playground.outside, "file.txt"), join(projectsDir, "to-a-file"));
    await symlink(join(projectsDir, "loop"), join(projectsDir, "loop"));

    expect(shown(await registry.list())).toEqual(["linked: complete 2"]);
    // Its state file is kept in the folder it leads to, as the project's other files are.
    expect(await exists(join(elsewhere, PROJECT_STATE_FILE))).toBe(true);

    // The link pointed elsewhere: the other folder's project is listed.
    const other = join(playground.outside, "other");
    await makeProject(other);
    await rm(join(projectsDir, "linked"));
    await symlink(other, join(projectsDir, "linked"));
    expect(shown(await registry.list())).toEqual(["linked: none -"]);
  });

  it("answers the same list while nothing changed, and keeps the entries that did not", async () => {
    const registry = new ProjectRegistry(projectsDir, { specRecheckMs: 0 });
    for (const name of ["one", "two", "three"]) await makeProject(join(projectsDir, name), { features: 2 });
    const first = await registry.list();
    expect(await registry.list()).toBe(first);
    for (const name of ["one", "two", "three"]) await settle(join(projectsDir, name));
    const second = await registry.list();
    expect(second).toBe(first);
    expect(await registry.list()).toBe(second);

    await updateProjectState(join(projectsDir, "two"), (state) => ({
      ...state,
      interview: {
        id: "interview-2",
        complete: true,
        phase: null,
        turns: 9,
        updatedAt: new Date().toISOString(),
      },
    }));
    const third = await registry.list();
    expect(third).not.toBe(second);
    expect(third.map((project) => project.interview?.turns ?? null)).toEqual([null, null, 9]);
    expect(third[0]).toBe(second[0]);
    expect(third[1]).toBe(second[1]);
  });

  it("gives a listing asked for after a change made here that change, however many run at once", async () => {
    const registry = new ProjectRegistry(projectsDir, { specRecheckMs: NEVER });
    // Projects whose state files are damaged before each step, so that the listing under
    // way while the change is made is a long one (each worked out again and written).
    const fillers = Array.from({ length: 150 }, (_, index) => `filler-${String(index).padStart(3, "0")}`);
    for (const name of fillers) await makeProject(join(projectsDir, name), { features: 2 });
    await makeProject(join(projectsDir, "first"));
    await registry.list();
    const damageFillers = async () => {
      for (const name of fillers) await writeFile(join(projectsDir, name, PROJECT_STATE_FILE), "damaged");
    };
    const ours = (listed: readonly ListedProject[]) =>
      shown(listed.filter(({ name }) => !name.startsWith("filler-")));

    const together = await Promise.all(Array.from({ length: 10 }, () => registry.list()));
    for (const listed of together) expect(ours(listed)).toEqual(["first: none -"]);

    // Made through the registry while a listing runs: every listing asked for after it shows it.
    await damageFillers();
    const running = registry.list();
    await registry.create("second");
    const askedAfter = Array.from({ length: 5 }, () => registry.list());
    expect(ours(await running)).toContain("first: none -");
    for (const listed of await Promise.all(askedAfter))
      expect(ours(listed)).toEqual(["first: none -", "second: none -"]);

    // So is a spec written here (as every write of Specwright's lands, through writeFileAtomic).
    await damageFillers();
    const beforeWrite = registry.list();
    await writeFileAtomic(join(projectsDir, "second/prompts/app_spec.txt"), validAppSpec(2));
    const afterWrite = registry.list();
    await beforeWrite;
    expect(ours(await afterWrite)).toEqual(["first: none -", "second: valid 2"]);

    // And its state file written here (as the interview store writes it after a turn).
    const interview = {
      id: "i-1",
      complete: false,
      phase: null,
      turns: 2,
      updatedAt: new Date().toISOString(),
    };
    await damageFillers();
    const beforeTurn = registry.list();
    await updateProjectState(join(projectsDir, "first"), (state) => ({ ...state, interview }));
    const afterTurn = registry.list();
    await beforeTurn;
    expect((await afterTurn).find(({ name }) => name === "first")!.interview).toEqual(interview);

    // Deleted here while a listing runs: gone from every listing asked for after.
    await damageFillers();
    const beforeDelete = registry.list();
    await registry.delete("first");
    const afterDelete = registry.list();
    await beforeDelete;
    expect(ours(await afterDelete)).toEqual(["second: valid 2"]);
  });

  it("leaves out a project another program deletes while a listing works it out, and fails no listing", async () => {
    const registry = new ProjectRegistry(projectsDir, { specRecheckMs: NEVER });
    const names = Array.from({ length: 120 }, (_, index) => `gone-${String(index).padStart(3, "0")}`);
    for (const name of names) await makeProject(join(projectsDir, name), { features: 2 });
    await makeProject(join(projectsDir, "kept"), { features: 2 });
    // No state files yet: the listing works every project out (its spec read and checked),
    // and the folders vanish under it, some before it looks, some while it reads.
    const listing = registry.list();
    // (A state file the listing writes meanwhile can make a folder not empty for a moment.)
    for (const name of names)
      await rm(join(projectsDir, name), { recursive: true, force: true, maxRetries: 5, retryDelay: 10 });
    const listed = await listing;
    expect(listed.map(({ name }) => name)).toContain("kept");
    expect((await registry.list()).map(({ name }) => name)).toEqual(["kept"]);
  });

  it("shows what another program made while listings ran on the next listing that begins after", async () => {
    const registry = new ProjectRegistry(projectsDir, { specRecheckMs: NEVER });
    await makeProject(join(projectsDir, "first"));
    await registry.list();
    const running = registry.list();
    await makeProject(join(projectsDir, "second"));
    // These may share the listing under way, which began before the change.
    await Promise.all([running, ...Array.from({ length: 5 }, () => registry.list())]);
    expect(shown(await registry.list())).toEqual(["first: none -", "second: none -"]);
  });

  it("fails while the projects folder is a file, and lists again once it is a folder", async () => {
    await rm(projectsDir, { recursive: true });
    const registry = new ProjectRegistry(projectsDir);
    expect(await registry.list()).toEqual([]);
    await writeFile(projectsDir, "not a folder");
    await expect(registry.list()).rejects.toMatchObject({ code: "ENOTDIR" });
    await rm(projectsDir);
    await makeProject(join(projectsDir, "back"));
    expect(shown(await registry.list())).toEqual(["back: none -"]);
  });

  it("lets a process that lists and has nothing else to do exit", async () => {
    await makeProject(join(projectsDir, "demo"), { features: 2 });
    // The built package (the test run builds it first), as `specwright` runs it.
    const registryModule = fileURLToPath(new URL("../../dist/workspace/projects.js", import.meta.url));
    const script = `
      const { ProjectRegistry } = await import(${JSON.stringify(registryModule)});
      const listed = await new ProjectRegistry(${JSON.stringify(projectsDir)}).list();
      console.log(listed.map((project) => project.name + " " + project.specState).join(","));
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once("close", resolve));
    expect(output.trim()).toBe("demo valid");
    expect(code).toBe(0);
  });
});
