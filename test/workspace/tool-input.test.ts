import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { parseAskUserQuestionInput } from "../../src/workspace/ask-user-question.js";
import { createProjectTools } from "../../src/workspace/project-tools.js";
import { TOOL_DEFINITIONS, TOOL_DESCRIPTIONS, TOOL_NAMES } from "../../src/workspace/tool-definitions.js";
import type { ProjectTools } from "../../src/workspace/tools.js";
import { makePlayground, type Playground, snapshot } from "./fixtures.js";

let playground: Playground;
let tools: ProjectTools;

beforeEach(async () => {
  playground = await makePlayground();
  tools = await createProjectTools(playground.project);
});

afterEach(async () => {
  await playground.remove();
});

async function expectInvalid(toolName: string, input: unknown, field: string): Promise<void> {
  const before = await snapshot(playground.root);
  const outcome = await tools.run(toolName, input);
  expect(outcome.isError).toBe(true);
  expect(outcome.output).toContain(`Invalid input for ${toolName}`);
  expect(outcome.output).toContain(field);
  expect(await snapshot(playground.root)).toEqual(before);
}

describe("tool input", () => {
  it("names a missing field", async () => {
    await expectInvalid("Write", { file_path: "prompts/a.md" }, "content");
    await expectInvalid("Read", {}, "file_path");
    await expectInvalid("Edit", { file_path: "prompts/a.md", old_string: "a" }, "new_string");
    await expectInvalid("Glob", { path: "prompts" }, "pattern");
  });

  it("names a field of the wrong type", async () => {
    await expectInvalid("Write", { file_path: "prompts/a.md", content: 42 }, "content");
    await expectInvalid("Read", { file_path: "prompts/a.md", offset: "2" }, "offset");
    await expectInvalid("Read", { file_path: "prompts/a.md", limit: 0 }, "limit");
    await expectInvalid(
      "Edit",
      { file_path: "x", old_string: "a", new_string: "b", replace_all: "yes" },
      "replace_all",
    );
  });

  it("refuses input that is not an object", async () => {
    await expectInvalid("Write", null, "Write");
    await expectInvalid("Read", "prompts/a.md", "Read");
  });

  it("lists the known tools for an unknown one", async () => {
    const outcome = await tools.run("Bash", { command: "rm -rf /" });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toContain('Unknown tool "Bash"');
    for (const name of ["Read", "Write", "Edit", "Glob"]) expect(outcome.output).toContain(name);
  });

  it("leaves AskUserQuestion to the interview", async () => {
    const outcome = await tools.run("AskUserQuestion", { questions: [] });
    expect(outcome.isError).toBe(true);
    expect(outcome.output).toContain("handled by the interview");
  });
});

describe("AskUserQuestion input", () => {
  const option = (label: string) => ({ label, description: `About ${label}` });
  const question = (overrides: Record<string, unknown> = {}) => ({
    question: "Which database?",
    header: "Database",
    options: [option("SQLite (Recommended)"), option("PostgreSQL")],
    multiSelect: false,
    ...overrides,
  });

  it("accepts a well-formed call and defaults multiSelect to false", () => {
    const { multiSelect: _, ...withoutMultiSelect } = question();
    const parsed = parseAskUserQuestionInput({ questions: [withoutMultiSelect] });
    expect(parsed).toEqual({ ok: true, questions: [question()] });
  });

  it("takes 1 to 4 questions", () => {
    expect(parseAskUserQuestionInput({ questions: [] }).ok).toBe(false);
    expect(parseAskUserQuestionInput({ questions: Array(4).fill(question()) }).ok).toBe(true);
    expect(parseAskUserQuestionInput({ questions: Array(5).fill(question()) }).ok).toBe(false);
  });

  it("takes 2 to 6 options per question", () => {
    const options = (count: number) => Array.from({ length: count }, (_, index) => option(`Choice ${index}`));
    expect(parseAskUserQuestionInput({ questions: [question({ options: options(1) })] }).ok).toBe(false);
    expect(parseAskUserQuestionInput({ questions: [question({ options: options(6) })] }).ok).toBe(true);
    expect(parseAskUserQuestionInput({ questions: [question({ options: options(7) })] }).ok).toBe(false);
  });

  it("limits the header to 30 characters and names the field", () => {
    expect(parseAskUserQuestionInput({ questions: [question({ header: "h".repeat(30) })] }).ok).toBe(true);
    const parsed = parseAskUserQuestionInput({ questions: [question({ header: "h".repeat(31) })] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain("questions.0.header");
  });
});

describe("tool definitions", () => {
  it("describe every tool and give each a JSON schema a model provider can take", () => {
    expect(TOOL_DEFINITIONS.map((definition) => definition.name)).toEqual([...TOOL_NAMES]);
    for (const definition of TOOL_DEFINITIONS) {
      expect(TOOL_DESCRIPTIONS[definition.name].length).toBeGreaterThan(80);
      const schema = z.toJSONSchema(definition.inputSchema, { io: "input" });
      expect(schema.type).toBe("object");
    }
  });

  it("tell a model where it may write", () => {
    expect(TOOL_DESCRIPTIONS.Write).toContain("prompts/");
    expect(TOOL_DESCRIPTIONS.Write).toContain("1 MiB");
    expect(TOOL_DESCRIPTIONS.Glob).toContain("200");
  });
});
