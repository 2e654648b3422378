import { execFileSync } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type InterviewPart,
  PROJECT_STATE_FILE,
  type ProjectState,
  updateProjectState,
} from "../../src/workspace/project-state.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

const part = (id: string, turns: number): InterviewPart => ({
  id,
  complete: false,
  phase: null,
  turns,
  updatedAt: "2026-12-02T10:00:00.000Z",
});

async function project(): Promise<string> {
  const dir = join(await tempDir(), "demo");
  await mkdir(join(dir, ".specwright"), { recursive: true });
  return dir;
}

const onDisk = async (dir: string): Promise<ProjectState> =>
  JSON.parse(await readFile(join(dir, PROJECT_STATE_FILE), "utf8"));

/** Another program writes the state file, in a process of its own, in place. */
function writtenElsewhere(dir: string, state: ProjectState): void {
  const script = "require('node:fs').writeFileSync(process.argv[1], process.argv[2])";
  execFileSync(process.execPath, ["-e", script, join(dir, PROJECT_STATE_FILE), `${JSON.stringify(state)}\n`]);
}

describe("a project's state file, changed by this process and others", () => {
  it("makes each change on what the file holds, after this process's own writes", async () => {
    const dir = await project();
    await updateProjectState(dir, (state) => ({ ...state, interview: part("one", 1) }));
    await updateProjectState(dir, (state) => ({ ...state, interview: { ...state.interview!, turns: 2 } }));
    expect((await onDisk(dir)).interview).toEqual(part("one", 2));
  });

  it("makes a change on what another process wrote since this one wrote the file", async () => {
    const dir = await project();
    await updateProjectState(dir, (state) => ({ ...state, interview: part("one", 1) }));
    const theirs = await onDisk(dir);
    writtenElsewhere(dir, {
      ...theirs,
      spec: { state: "none", featureCount: null, appSpec: null, initializer: null, template: "t" },
    });
    const answered = await updateProjectState(dir, (state) => ({
      ...state,
      interview: { ...state.interview!, turns: 2 },
    }));
    const after = await onDisk(dir);
    expect(after.spec).toMatchObject({ state: "none" });
    expect(after.interview).toEqual(part("one", 2));
    expect(answered).toEqual(after);
  });

  it("leaves the file alone, or changes it, by what it holds, not by what this process wrote last", async () => {
    const dir = await project();
    const dropSpec = (state: ProjectState) => {
      if (state.spec === undefined) return null;
      const { spec: _dropped, ...rest } = state;
      return rest;
    };
    await updateProjectState(dir, (state) => ({ ...state, interview: part("one", 1) }));
    // Nothing to drop in what this process wrote, but another process has written a spec part since.
    writtenElsewhere(dir, {
      ...(await onDisk(dir)),
      spec: { state: "valid", featureCount: 3, appSpec: "1:2", initializer: null, template: "t" },
    });
    await updateProjectState(dir, dropSpec);
    expect(await onDisk(dir)).not.toHaveProperty("spec");
    expect((await onDisk(dir)).interview).toEqual(part("one", 1));

    // The same state written again by another process: nothing to change, and nothing is lost.
    writtenElsewhere(dir, { ...(await onDisk(dir)), interview: part("two", 5) });
    expect(await updateProjectState(dir, (state) => state)).toEqual(await onDisk(dir));
    expect((await onDisk(dir)).interview).toEqual(part("two", 5));
  });
});
