import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_HEADER_LENGTH, MAX_OPTIONS, MAX_QUESTIONS, MIN_OPTIONS } from "../../src/types/questions.js";
import {
  parseAskUserQuestionInput,
  QUESTION_RULES,
  questionPhase,
} from "../../src/workspace/ask-user-question.js";
import { TOOL_DEFINITIONS, TOOL_DESCRIPTIONS, TOOL_NAMES } from "../../src/workspace/index.js";
import { createProjectTools, type ProjectTools } from "../../src/workspace/project-tools.js";
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
    expect(parsed).toEqual({ ok: true, questions: [question()], phase: null });
  });

  it("takes 1 to 4 questions, each asked once", () => {
    const distinct = (count: number) =>
      Array.from({ length: count }, (_, index) => question({ question: `Question ${index}?` }));
    expect(parseAskUserQuestionInput({ questions: [] }).ok).toBe(false);
    expect(parseAskUserQuestionInput({ questions: distinct(MAX_QUESTIONS) }).ok).toBe(true);
    expect(parseAskUserQuestionInput({ questions: distinct(MAX_QUESTIONS + 1) }).ok).toBe(false);
    const twice = parseAskUserQuestionInput({ questions: [question(), question()] });
    expect(twice.ok === false && twice.message).toMatch(/"Which database\?" is asked twice/);
  });

  it("takes 2 to 4 options per question, with distinct labels", () => {
    const options = (count: number) => Array.from({ length: count }, (_, index) => option(`Choice ${index}`));
    expect([MIN_OPTIONS, MAX_OPTIONS]).toEqual([2, 4]);
    expect(parseAskUserQuestionInput({ questions: [question({ options: options(1) })] }).ok).toBe(false);
    expect(parseAskUserQuestionInput({ questions: [question({ options: options(2) })] }).ok).toBe(true);
    expect(parseAskUserQuestionInput({ questions: [question({ options: options(4) })] }).ok).toBe(true);
    const five = parseAskUserQuestionInput({ questions: [question({ options: options(5) })] });
    expect(five.ok).toBe(false);
    if (!five.ok) {
      expect(five.message).toContain("questions.0.options: 5 options is more than 4");
      expect(five.message).toContain("merge or drop the least useful ones");
    }
    const same = parseAskUserQuestionInput({
      questions: [question({ options: [option("SQLite"), option("SQLite")] })],
    });
    expect(same.ok === false && same.message).toMatch(/the label "SQLite" is used twice/);
  });

  it("limits the header to 12 characters and says so", () => {
    expect(MAX_HEADER_LENGTH).toBe(12);
    expect(parseAskUserQuestionInput({ questions: [question({ header: "h".repeat(12) })] }).ok).toBe(true);
    const parsed = parseAskUserQuestionInput({ questions: [question({ header: "Technology stack" })] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.message).toContain(
        'questions.0.header: the header "Technology stack" is longer than 12 characters; shorten it',
      );
  });

  it("tells a model that broke the rule what the rule is, so it can ask again", () => {
    const parsed = parseAskUserQuestionInput({ questions: [question({ header: "" })] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toMatch(/^Invalid input for AskUserQuestion: questions\.0\.header: /);
      expect(parsed.message).toContain(QUESTION_RULES);
      expect(parsed.message).toMatch(/ask again\.$/);
    }
    expect(QUESTION_RULES).toContain("1 to 4 questions");
    expect(QUESTION_RULES).toContain("at most 12 characters");
    expect(QUESTION_RULES).toContain("2 to 4 options");
    expect(QUESTION_RULES).toContain('"(Recommended)"');
  });

  it("takes the phase a question belongs to, apart from the questions the person sees", () => {
    const parsed = parseAskUserQuestionInput({
      questions: [question({ phase: "design" }), question({ question: "Which host?", phase: "design" })],
    });
    expect(parsed).toEqual({
      ok: true,
      questions: [question(), question({ question: "Which host?" })],
      phase: "design",
    });
    expect(questionPhase({ questions: [question(), question({ phase: "review" })] })).toBe("review");
    expect(questionPhase({ questions: [question({ phase: "nonsense" })] })).toBeNull();
    const unknown = parseAskUserQuestionInput({ questions: [question({ phase: "step-3" })] });
    expect(unknown.ok === false && unknown.message).toMatch(/phase must be one of overview, involvement/);
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

  it("tell a model where it may write, and that the initializer prompt is Specwright's", () => {
    expect(TOOL_DESCRIPTIONS.Write).toContain("prompts/");
    expect(TOOL_DESCRIPTIONS.Write).toContain("1 MiB");
    expect(TOOL_DESCRIPTIONS.Write).toContain(
      "prompts/initializer_prompt.md is written by Specwright itself",
    );
    expect(TOOL_DESCRIPTIONS.Edit).toContain("prompts/initializer_prompt.md is Specwright's to write");
    expect(TOOL_DESCRIPTIONS.Glob).toContain("200");
  });

  it("state the one question rule, with the phase a question belongs to", () => {
    expect(TOOL_DESCRIPTIONS.AskUserQuestion).toContain(QUESTION_RULES);
    const schema = JSON.stringify(
      z.toJSONSchema(TOOL_DEFINITIONS.find((tool) => tool.name === "AskUserQuestion")!.inputSchema, {
        io: "input",
      }),
    );
    expect(schema).toContain('"maxItems":4');
    expect(schema).toContain('"maxLength":12');
    expect(schema).toContain('"phase"');
    expect(schema).toContain('"feature-count"');
  });
});
