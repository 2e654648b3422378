import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillFeatureCount, initializerTemplate } from "../../src/app-spec/index.js";
import { SessionStore } from "../../src/store/index.js";
import type { EngineEvent } from "../../src/types/engine-events.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { ScriptedEngine, type ScriptedTurn, says, usesTools } from "../support/scripted-engine.js";
import { validSpecText } from "../support/spec-text.js";
import { serversForEachTest } from "./support/harness.js";

const start = serversForEachTest();

/** A turn that enters a phase of the interview, then speaks. */
function entersPhase(index: number, title: string): ScriptedTurn {
  return async function* () {
    const phase: EngineEvent = { type: "phase", id: `phase-${index}`, title, index, total: 7 };
    yield phase;
    yield* says(`On to ${title}.`)([], undefined as never);
  };
}

type Listed = {
  name: string;
  has_spec: boolean;
  spec_state: string;
  feature_count: number | null;
  updated_at: string;
  interview: {
    id: string;
    complete: boolean;
    phase: { index: number; title: string } | null;
    turns: number;
  } | null;
};

describe("GET /api/projects from the projects' state files", () => {
  it("follows an interview and its spec as they are written, by whoever writes them", async () => {
    const engine = new ScriptedEngine(
      says("Hello! What shall we build?"),
      entersPhase(2, "Features"),
      usesTools([
        { toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: validSpecText(4) } },
      ]),
    );
    // Spec files edited by hand are seen on the next listing, not within the usual second.
    const { server, connect, projectsDir } = await start({
      engine,
      projects: (dir) => new ProjectRegistry(dir, { specRecheckMs: 0 }),
    });
    const listed = async () =>
      (await server.app.inject({ method: "GET", url: "/api/projects" })).json() as Listed[];

    const page = await connect("/api/spec/ws/demo");
    page.send({ type: "start" });
    await page.turn();
    const [greeted] = await listed();
    expect(greeted).toMatchObject({ name: "demo", has_spec: false, spec_state: "none", feature_count: null });
    expect(greeted!.interview).toMatchObject({ complete: false, phase: null, turns: 1 });

    page.send({ type: "message", content: "A tracker for tasks." });
    await page.turn();
    expect((await listed())[0]!.interview).toMatchObject({
      id: greeted!.interview!.id,
      phase: { index: 2, title: "Features" },
      turns: 2,
    });

    page.send({ type: "message", content: "Write it down." });
    await page.turn();
    const written = (await listed())[0]!;
    expect(written).toMatchObject({ has_spec: true, spec_state: "complete", feature_count: 4 });
    expect(written.interview).toMatchObject({ complete: true, turns: 3 });

    // A hand edit that breaks the spec is seen at once.
    await writeFile(
      join(projectsDir, "demo/prompts/app_spec.txt"),
      "<project_specification></project_specification>",
    );
    expect((await listed())[0]).toMatchObject({ has_spec: false, spec_state: "invalid" });
    // So is a spec made valid again by hand, whose initializer prompt no longer matches it.
    await writeFile(join(projectsDir, "demo/prompts/app_spec.txt"), validSpecText(6));
    expect((await listed())[0]).toMatchObject({ has_spec: false, spec_state: "valid", feature_count: 6 });

    // A new interview replaces the old one in the list.
    engine.push(says("Hello again."));
    page.send({ type: "start" });
    await page.turn();
    const restarted = (await listed())[0]!.interview!;
    expect(restarted.id).not.toBe(greeted!.interview!.id);
    expect(restarted).toMatchObject({ complete: false, phase: null, turns: 1 });
  });

  it("lists a project made before state files existed, and gives it one", async () => {
    const { server, projectsDir } = await start({ listen: false });
    // An interview and a finished spec, as an older Specwright left them: no state file.
    const store = new SessionStore(projectsDir, { warn: () => {} });
    const { log, state } = await store.begin("older", {
      engine: "guided",
      model: null,
      createdAt: new Date(),
    });
    const at = new Date().toISOString();
    await log.append({ type: "entry", entry: { role: "user", text: "Recipes.", timestamp: at } });
    await log.append({ type: "phase", id: "phase-3", title: "Data", index: 3, total: 7, at });
    await log.append({ type: "turn-end", outcome: "done", at });
    await log.close();
    await mkdir(join(projectsDir, "older/prompts"));
    await writeFile(join(projectsDir, "older/prompts/app_spec.txt"), validSpecText(5));
    await writeFile(
      join(projectsDir, "older/prompts/initializer_prompt.md"),
      fillFeatureCount(initializerTemplate(), 5),
    );
    const statePath = join(projectsDir, "older/.specwright/state.json");
    await rm(statePath);

    const [listed] = (await server.app.inject({ method: "GET", url: "/api/projects" })).json() as Listed[];
    expect(listed).toMatchObject({ name: "older", has_spec: true, spec_state: "complete", feature_count: 5 });
    expect(listed!.interview).toMatchObject({ id: state.id, complete: false, phase: { index: 3 }, turns: 1 });
    const kept = JSON.parse(await readFile(statePath, "utf8"));
    expect(kept).toMatchObject({ spec: { state: "complete", featureCount: 5 }, interview: { id: state.id } });
  });

  it("works a damaged or untrue state file out again from the files", async () => {
    const { server, projectsDir } = await start({ listen: false });
    await server.app.inject({ method: "POST", url: "/api/projects", payload: { name: "demo" } });
    const listed = async () =>
      ((await server.app.inject({ method: "GET", url: "/api/projects" })).json() as Listed[])[0];
    expect(await listed()).toMatchObject({ spec_state: "none", interview: null });
    const statePath = join(projectsDir, "demo/.specwright/state.json");

    await writeFile(statePath, '{"version": 1, "spec": {"state": "compl');
    expect(await listed()).toMatchObject({ spec_state: "none", has_spec: false, interview: null });
    expect(JSON.parse(await readFile(statePath, "utf8"))).toMatchObject({ spec: { state: "none" } });

    // A state file that claims a finished spec the files do not hold (their size and time differ).
    const claim = JSON.parse(await readFile(statePath, "utf8"));
    claim.spec = { ...claim.spec, state: "complete", featureCount: 9, appSpec: "1:1" };
    await writeFile(statePath, JSON.stringify(claim));
    expect(await listed()).toMatchObject({ spec_state: "none", has_spec: false, feature_count: null });
  });

  it("sees a spec written through Specwright at once, however soon it lists again", async () => {
    const { server } = await start({ listen: false });
    await server.app.inject({ method: "POST", url: "/api/projects", payload: { name: "demo" } });
    const listed = async () =>
      ((await server.app.inject({ method: "GET", url: "/api/projects" })).json() as Listed[])[0];
    expect(await listed()).toMatchObject({ spec_state: "none" });
    // Listed again at once: the state file is known, and the spec files not looked at.
    expect(await listed()).toMatchObject({ spec_state: "none" });
    const put = await server.app.inject({
      method: "PUT",
      url: "/api/projects/demo/prompts",
      payload: { app_spec: validSpecText(4) },
    });
    expect(put.statusCode).toBe(200);
    expect(await listed()).toMatchObject({ spec_state: "valid", feature_count: 4, has_spec: false });
  });
});
