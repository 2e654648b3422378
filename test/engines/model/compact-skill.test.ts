import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { RECOMMENDED_SECTIONS, REQUIRED_SECTIONS, SECTION_ORDER } from "../../../src/app-spec/index.js";
import { compactSkillFor } from "../../../src/interview/compact-skill.js";
import { DEFAULT_SKILL_PATH, SpecChatSession } from "../../../src/session/index.js";
import { INTERVIEW_PHASES } from "../../../src/types/phases.js";
import {
  MAX_HEADER_LENGTH,
  MAX_OPTIONS,
  MIN_OPTIONS,
  RECOMMENDED_SUFFIX,
} from "../../../src/types/questions.js";
import { ProjectRegistry } from "../../../src/workspace/index.js";
import { type FakeProvider, reply, startFakeProvider } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";
import { modelEngineFor, modelRequests } from "./harness.js";

const COMPACT_PATH = fileURLToPath(new URL("../../../src/interview/create-spec-compact.md", import.meta.url));
const compact = await readFile(COMPACT_PATH, "utf8");
const full = await readFile(DEFAULT_SKILL_PATH, "utf8");

describe("the short form of the interview skill", () => {
  it("is a third of the full one or less", () => {
    expect(compact.length).toBeLessThan(full.length / 2.5);
  });

  it("names every phase, in order, as the ids a question reports", () => {
    const listed = [...compact.matchAll(/^\d\. \*\*[^*]+\*\* \(`([a-z-]+)`\)/gm)].map((match) => match[1]);
    expect(listed).toEqual(INTERVIEW_PHASES.map((phase) => phase.id));
  });

  it("states the question rules every engine enforces", () => {
    expect(compact).toContain(`${MIN_OPTIONS} to ${MAX_OPTIONS} options`);
    expect(compact).toContain(`at most ${MAX_HEADER_LENGTH} characters`);
    expect(compact).toContain(`"${RECOMMENDED_SUFFIX}"`);
    expect(compact).toContain("it holds one question");
    expect(compact).toContain("`phase`");
  });

  it("teaches every section of the spec format in the validator's order, and the feature count rule", () => {
    const format = /```xml\n([\s\S]*?)```/.exec(compact)?.[1] ?? "";
    const sections = [...format.matchAll(/^ {2}<([a-z_]+)>/gm)].map((match) => match[1]);
    expect(sections).toEqual([...SECTION_ORDER]);
    for (const name of [...REQUIRED_SECTIONS, ...RECOMMENDED_SECTIONS]) expect(sections).toContain(name);
    expect(compact).toContain('equal to the "- " lines in `core_features`');
    expect(compact).toContain("`  </core_features>` as `old_string`");
    expect(compact).toContain("infrastructure");
    expect(compact).not.toMatch(/initializer/i);
  });

  it("stands in only for the shipped skill, filled in for the project", () => {
    const dir = "/home/someone/projects/demo";
    expect(compactSkillFor(full.replaceAll("$ARGUMENTS", dir), dir)).toBe(
      compact.replaceAll("$ARGUMENTS", dir),
    );
    expect(compactSkillFor(full.replaceAll("$ARGUMENTS", dir), "/elsewhere")).toBeNull();
    expect(compactSkillFor("My own interview rules.", dir)).toBeNull();
  });
});

describe("which skill a model is sent", () => {
  const tempDir = tempDirsForEachTest();
  const open: { server: FakeProvider; session: SpecChatSession }[] = [];
  afterEach(async () => {
    for (const { server, session } of open.splice(0)) {
      await session.close();
      await server.close();
    }
  });

  async function systemPromptSent(contextLength: number, skillPath?: string): Promise<string> {
    const server = await startFakeProvider({
      local: { kind: "llama.cpp", models: ["m"], contextLength },
      replies: [reply().text("Hi.")],
    });
    const session = new SpecChatSession({
      projectName: "demo",
      projects: new ProjectRegistry(await tempDir()),
      engine: modelEngineFor("openai-compatible", server, { model: "m" }),
      ...(skillPath ? { skillPath } : {}),
    });
    open.push({ server, session });
    await collect(session.start());
    const [request] = modelRequests(server);
    const system = (request?.body.messages as { role: string; content: string }[] | undefined)?.[0];
    expect(system?.role).toBe("system");
    return String(system?.content);
  }

  it("sends the short form to a model with a small window, and the whole skill to one with room", async () => {
    expect(await systemPromptSent(8192)).toMatch(/^# Specwright interview, short form/);
    expect(await systemPromptSent(32_768)).toMatch(
      /^# Specwright interview: from an idea to an app specification/,
    );
  });

  it("sends a skill the person chose as it is, whatever the window", async () => {
    const own = join(await tempDir(), "my-skill.md");
    await writeFile(own, "Interview the person about $ARGUMENTS, briefly.");
    expect(await systemPromptSent(8192, own)).toMatch(/^Interview the person about \/.*demo, briefly\.$/);
  });
});
