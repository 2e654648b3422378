import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateAppSpec } from "../../src/app-spec/index.js";
import { main } from "../../src/cli/program.js";
import { resolveSettings, SettingsError } from "../../src/config.js";
import { HABIT_SCRIPT } from "../engines/guided/scripts.js";
import { serversForEachTest } from "../server/support/harness.js";
import { BIN, offlineEnv, REPO_ROOT } from "../support/cli-process.js";
import { ScriptedEngine, says, usesTools } from "../support/scripted-engine.js";
import { validSpecText } from "../support/spec-text.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const startServer = serversForEachTest();

function specwright(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    env: offlineEnv(env),
    encoding: "utf8",
  });
}

const MY_TEMPLATE = "# Our first session\n\nPut all [FEATURE_COUNT] features in the tracker, then stop.\n";

async function templateFile(text: string): Promise<string> {
  const path = join(await tempDir(), "template.md");
  await writeFile(path, text);
  return path;
}

describe("--initializer-template", () => {
  it("is read once at start and checked: no [FEATURE_COUNT], or no file, is a usage error", async () => {
    const dir = await tempDir();
    const bad = await templateFile("Build the app. Make all the features.\n");
    expect(() => resolveSettings({ "initializer-template": bad }, {}, dir)).toThrow(SettingsError);
    expect(() => resolveSettings({ "initializer-template": bad }, {}, dir)).toThrow(
      /has no \[FEATURE_COUNT\]/,
    );
    expect(() => resolveSettings({}, { SPECWRIGHT_INITIALIZER_TEMPLATE: "/no/such.md" }, dir)).toThrow(
      /cannot read the initializer template \/no\/such\.md/,
    );
    const good = await templateFile(MY_TEMPLATE);
    expect(resolveSettings({ "initializer-template": good }, {}, dir).initializerTemplate).toEqual({
      text: MY_TEMPLATE,
      source: good,
    });
    expect(resolveSettings({}, {}, dir).initializerTemplate).toBeNull();
  });

  it("makes chat exit 2 with a reason for a template it cannot use, from the flag or the environment", async () => {
    const projectsDir = await tempDir();
    const bad = await templateFile("No placeholder here.\n");
    const byFlag = specwright([
      "chat",
      "demo",
      "--projects-dir",
      projectsDir,
      "--answers",
      "/dev/null",
      "--initializer-template",
      bad,
    ]);
    expect(byFlag.status).toBe(2);
    expect(byFlag.stderr).toContain(
      `specwright chat: The initializer template ${bad} has no [FEATURE_COUNT]`,
    );
    const byEnv = specwright(["chat", "demo", "--projects-dir", projectsDir, "--answers", "/dev/null"], {
      SPECWRIGHT_INITIALIZER_TEMPLATE: join(projectsDir, "missing.md"),
    });
    expect(byEnv.status).toBe(2);
    expect(byEnv.stderr).toMatch(/cannot read the initializer template/);
    expect(specwright(["chat", "--help"]).stdout).toContain("--initializer-template <file>");
  });

  it("makes serve exit 2 for a template it cannot use", async () => {
    const cwd = await tempDir();
    const bad = await templateFile("[FEATURE_COUNT][FEATURE_COUNT]\n");
    const err: string[] = [];
    const io = {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => err.push(chunk) > 0 },
      stdin: process.stdin,
      env: {},
      cwd,
    } as unknown as Parameters<typeof main>[1];
    expect(await main(["serve", "--port", "0", "--initializer-template", bad], io)).toBe(2);
    expect(err.join("")).toMatch(/^specwright serve: The initializer template .* could not be found again/);
  });

  it("is what chat writes the initializer prompt from, with the count filled in", async () => {
    const projectsDir = await tempDir();
    const template = await templateFile(MY_TEMPLATE);
    const answers = join(projectsDir, "answers.txt");
    await writeFile(answers, [...HABIT_SCRIPT, ...Array.from({ length: 8 }, () => "1")].join("\n"));
    const result = specwright([
      "chat",
      "habits",
      "--projects-dir",
      projectsDir,
      "--answers",
      answers,
      "--initializer-template",
      template,
    ]);
    expect(result.status, result.stderr).toBe(0);
    const spec = await readFile(join(projectsDir, "habits/prompts/app_spec.txt"), "utf8");
    const count = validateAppSpec(spec).featureCount;
    expect(await readFile(join(projectsDir, "habits/prompts/initializer_prompt.md"), "utf8")).toBe(
      MY_TEMPLATE.replace("[FEATURE_COUNT]", String(count)),
    );
  });

  it("reaches serve's sessions and projects: new projects, the written prompt and the spec status", async () => {
    const template = await templateFile(MY_TEMPLATE);
    const engine = new ScriptedEngine(
      says("Hi"),
      usesTools([
        { toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: validSpecText(6) } },
      ]),
    );
    const { server, connect, projectsDir } = await startServer({
      engine,
      flags: { "initializer-template": template },
    });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    const fresh = await server.app.inject({ method: "GET", url: "/api/projects/demo/prompts" });
    expect(fresh.json().initializer_prompt).toBe(MY_TEMPLATE);

    client.send({ type: "message", content: "Approved" });
    const frames = await client.turn();
    expect(frames.map((frame) => frame.type)).toContain("spec_complete");
    expect(await readFile(join(projectsDir, "demo/prompts/initializer_prompt.md"), "utf8")).toBe(
      MY_TEMPLATE.replace("[FEATURE_COUNT]", "6"),
    );
    const status = await server.app.inject({ method: "GET", url: "/api/spec/status/demo" });
    expect(status.json()).toMatchObject({ status: "complete", feature_count: 6 });
    const projects = await server.app.inject({ method: "GET", url: "/api/projects" });
    expect(projects.json()).toEqual([expect.objectContaining({ name: "demo", has_spec: true })]);
  });
});
