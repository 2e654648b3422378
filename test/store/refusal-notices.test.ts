import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { refusalNotices, refusalReason } from "../../src/store/refusal-notices.js";
import { type ToolEntry, type ToolResult, toolEntrySchema } from "../../src/types/transcript.js";
import { createProjectTools, type ToolOutcome } from "../../src/workspace/index.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

/** A transcript result made from an outcome, as every engine makes it. */
function resultOf(toolName: string, outcome: ToolOutcome, toolCallId = "call-1"): ToolResult {
  return {
    toolCallId,
    toolName,
    output: outcome.output,
    isError: outcome.isError,
    ...(outcome.refused === undefined ? {} : { refused: outcome.refused }),
  };
}

const entryOf = (...results: ToolResult[]): ToolEntry => ({
  role: "tool",
  results,
  timestamp: "2026-01-01T00:00:00.000Z",
});

describe("a refusal is a fact the result carries", () => {
  it('shows a refusal whose words do not begin with "Refused", because the fact says so', () => {
    const result: ToolResult = {
      toolCallId: "call-1",
      toolName: "Write",
      output: "That path leads out of the project folder, so nothing was written.",
      isError: true,
      refused: "the path leads out of the project folder.",
    };
    const notices = refusalNotices(entryOf(result), () => ({
      toolCallId: "call-1",
      toolName: "Write",
      input: { file_path: "../x.txt", content: "x" },
    }));
    expect(notices).toEqual([
      {
        type: "notice",
        kind: "tool_refused",
        content:
          'The interviewer tried to write "../x.txt"; Specwright refused: the path leads out of the project folder.',
      },
    ]);
  });

  it("is set where the sandbox refuses, and absent for an Edit whose text is not found", async () => {
    const projectDir = await tempDir();
    await mkdir(join(projectDir, "prompts"));
    await writeFile(join(projectDir, "prompts", "notes.md"), "hello\n");
    const tools = await createProjectTools(projectDir);

    const outside = await tools.run("Write", { file_path: "../outside.txt", content: "x" });
    expect(outside.refused).toBe('"../outside.txt" is outside the project folder.');
    expect(refusalReason(resultOf("Write", outside))).toBe(outside.refused);

    const notFound = await tools.run("Edit", {
      file_path: "prompts/notes.md",
      old_string: "absent",
      new_string: "present",
    });
    expect(notFound.isError).toBe(true);
    expect(notFound.refused).toBeUndefined();
    expect(refusalReason(resultOf("Edit", notFound))).toBeNull();
    expect(refusalNotices(entryOf(resultOf("Edit", notFound)), () => undefined)).toEqual([]);

    const unknown = await tools.run("Bash", { command: "ls" });
    expect(unknown.refused).toBe("an interview has no such tool.");
    const badInput = await tools.run("Write", { file_path: 42 });
    expect(badInput.refused).toMatch(/^bad input for Write: /);
    const reserved = await tools.run("Write", { file_path: "prompts/initializer_prompt.md", content: "x" });
    expect(reserved.refused).toMatch(/^Specwright writes prompts\/initializer_prompt\.md itself/);
  });

  it("still reads a result kept before the fact was recorded by its words", () => {
    // As an older Specwright stored it in session.json: no `refused` field.
    const stored = toolEntrySchema.parse({
      role: "tool",
      timestamp: "2025-06-01T00:00:00.000Z",
      results: [
        {
          toolCallId: "old-1",
          toolName: "Write",
          output: 'Refused: "../x" is outside the project folder. Use a path inside it.',
          isError: true,
        },
      ],
    });
    const [old] = stored.results;
    expect(old?.refused).toBeUndefined();
    expect(refusalReason(old!)).toBe('"../x" is outside the project folder.');
  });
});
