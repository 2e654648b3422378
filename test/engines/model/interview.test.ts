import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateInitializerPrompt } from "../../../src/app-spec/index.js";
import { reply } from "../../support/fake-provider/index.js";
import { platformQuestion } from "../../support/questions.js";
import { collect } from "../../support/scripted-engine.js";
import { validSpecText } from "../../support/spec-text.js";
import {
  harnessForEachTest,
  modelRequests,
  PROVIDERS,
  textOf,
  toolResultsIn,
  typesOf,
  userTextsIn,
} from "./harness.js";

const start = harnessForEachTest();

describe.each(PROVIDERS)("a model interview over the %s format", (provider) => {
  it("goes from greeting to a complete, valid spec, writing only the app spec itself", async () => {
    const { server, session, projectDir } = await start(provider, {
      replies: [
        reply().text("Hello! What would you like to build?"),
        reply().text("Thanks. One choice first.").tool("AskUserQuestion", platformQuestion),
        reply().text("Web it is. Shall I write the spec now?"),
        reply()
          .text("Writing it now.")
          .tool("Write", { file_path: "prompts/app_spec.txt", content: validSpecText(3) }),
        reply().text("Your spec is complete."),
      ],
    });

    const greeting = await collect(session.start());
    expect(textOf(greeting)).toBe("Hello! What would you like to build?");
    expect(typesOf(greeting).at(-1)).toBe("response_done");

    const asked = await collect(session.sendMessage("A chore tracker for families"));
    const question = asked.find((frame) => frame.type === "question");
    expect(question).toMatchObject({ questions: platformQuestion.questions });
    expect(typesOf(asked).slice(-2)).toEqual(["question", "response_done"]);
    const toolId = (question as { tool_id: string }).tool_id;

    const answered = await collect(session.answer(toolId, { "0": "Web (Recommended)" }));
    expect(textOf(answered)).toBe("Web it is. Shall I write the spec now?");
    const answerRequest = modelRequests(server)[2]!;
    expect(toolResultsIn(answerRequest)).toContainEqual(
      expect.objectContaining({ toolCallId: toolId, text: "Web (Recommended)" }),
    );
    expect(userTextsIn(answerRequest)).not.toContain("Web (Recommended)");

    const written = await collect(session.sendMessage("Yes, please write it"));
    expect(typesOf(written)).toEqual(
      expect.arrayContaining(["file_written", "spec_complete", "response_done", "complete"]),
    );
    expect(typesOf(written).slice(-2)).toEqual(["response_done", "complete"]);
    expect(written.filter((frame) => frame.type === "file_written")).toEqual([
      { type: "file_written", path: "prompts/app_spec.txt" },
      { type: "file_written", path: "prompts/initializer_prompt.md" },
    ]);
    expect(written.filter((frame) => frame.type === "error")).toEqual([]);
    expect(await readFile(join(projectDir, "prompts/app_spec.txt"), "utf8")).toBe(validSpecText(3));
    const initializer = await readFile(join(projectDir, "prompts/initializer_prompt.md"), "utf8");
    expect(validateInitializerPrompt(initializer, 3)).toEqual([]);
    expect(session.isComplete()).toBe(true);

    // The model heard that Specwright writes the initializer prompt from the spec.
    const afterWrite = modelRequests(server)[4]!;
    expect(toolResultsIn(afterWrite).at(-1)?.text).toContain(
      "Specwright writes prompts/initializer_prompt.md for the coding agent",
    );
    expect(modelRequests(server)).toHaveLength(5);
    expect(server.pendingReplies).toBe(0);
  });

  it("refuses the model's attempt to write the initializer prompt, telling it why", async () => {
    const { server, session, projectDir } = await start(provider, {
      replies: [
        reply().text("Hi."),
        reply()
          .tool("Write", { file_path: "prompts/app_spec.txt", content: validSpecText(4) })
          .tool("Write", { file_path: "prompts/initializer_prompt.md", content: "Create 4 features." }),
        reply().text("Done."),
      ],
    });
    await collect(session.start());
    const frames = await collect(session.sendMessage("Write it"));
    expect(typesOf(frames)).toContain("spec_complete");
    const refusal = toolResultsIn(modelRequests(server)[2]!).at(-1);
    expect(refusal?.text).toMatch(/^Refused: Specwright writes prompts\/initializer_prompt\.md itself/);
    if (provider === "anthropic") expect(refusal?.isError).toBe(true);
    const initializer = await readFile(join(projectDir, "prompts/initializer_prompt.md"), "utf8");
    expect(initializer).not.toBe("Create 4 features.");
    expect(validateInitializerPrompt(initializer, 4)).toEqual([]);
  });

  it("streams text in order across steps and records each step before its tools", async () => {
    const { session } = await start(provider, {
      replies: [
        reply().text("Hi."),
        reply()
          .text("Let me look at the project first. ")
          .tool("Glob", { pattern: "prompts/*" })
          .chunkSize({ text: 3 }),
        reply().text("I see the initializer prompt. What is the app called?").chunkSize({ text: 5 }),
      ],
    });
    await collect(session.start());
    const frames = await collect(session.sendMessage("Hello"));
    expect(textOf(frames)).toBe(
      "Let me look at the project first. I see the initializer prompt. What is the app called?",
    );
    expect(frames.filter((frame) => frame.type === "text").length).toBeGreaterThan(10);

    const turn = session.getMessages().slice(2);
    expect(turn.map((entry) => entry.role)).toEqual(["user", "assistant", "tool", "assistant"]);
    expect(turn[1]).toMatchObject({
      text: "Let me look at the project first. ",
      toolCalls: [{ toolName: "Glob" }],
    });
    expect(turn[2]).toMatchObject({ results: [{ toolName: "Glob", isError: false }] });
    expect((turn[2] as { results: { output: string }[] }).results[0]!.output).toContain(
      "prompts/initializer_prompt.md",
    );
    expect(turn[3]).toMatchObject({
      text: "I see the initializer prompt. What is the app called?",
      toolCalls: [],
    });
  });

  it("refuses a Write outside prompts/ and tells the model why", async () => {
    const { server, session, projectDir } = await start(provider, {
      replies: [
        reply().text("Hi."),
        reply().tool("Write", { file_path: "src/app.ts", content: "console.log('hi')" }),
        reply().text("I can only write the spec files, sorry."),
      ],
    });
    await collect(session.start());
    const frames = await collect(session.sendMessage("Write some code"));
    expect(textOf(frames)).toBe("I can only write the spec files, sorry.");

    const call = session
      .getMessages()
      .find((entry) => entry.role === "assistant" && entry.toolCalls.length > 0);
    const callId = (call as { toolCalls: { toolCallId: string }[] }).toolCalls[0]!.toolCallId;
    const result = toolResultsIn(modelRequests(server)[2]!).find((sent) => sent.toolCallId === callId);
    expect(result?.text).toMatch(/^Refused: .*not inside the prompts\/ folder/);
    if (provider === "anthropic") expect(result?.isError).toBe(true);
    await expect(stat(join(projectDir, "src/app.ts"))).rejects.toThrow();
  });

  it("feeds an invalid spec back to the model, which fixes it", async () => {
    const { server, session, projectDir } = await start(provider, {
      replies: [
        reply().text("Hi."),
        reply().tool("Write", {
          file_path: "prompts/app_spec.txt",
          content: "<project_specification><project_name>x</project_name></project_specification>",
        }),
        reply().tool("Write", { file_path: "prompts/app_spec.txt", content: validSpecText(2) }),
        reply().text("Fixed it."),
      ],
    });
    await collect(session.start());
    const frames = await collect(session.sendMessage("Write the spec"));

    const [, , firstFeedback, secondFeedback] = modelRequests(server);
    expect(toolResultsIn(firstFeedback!).at(-1)?.text).toContain("prompts/app_spec.txt is NOT valid yet");
    expect(toolResultsIn(secondFeedback!).at(-1)?.text).toContain("prompts/app_spec.txt is valid.");
    expect(frames.some((frame) => frame.type === "error" && frame.content.includes("not valid yet"))).toBe(
      true,
    );
    expect(textOf(frames)).toBe("Fixed it.");
    expect(await readFile(join(projectDir, "prompts/app_spec.txt"), "utf8")).toBe(validSpecText(2));
  });

  it("reports each turn's tokens and the running total", async () => {
    const { session } = await start(provider, {
      replies: [
        reply().text("Hi.").usage({ input: 100, output: 10 }),
        reply().tool("Glob", { pattern: "*" }).usage({ input: 200, output: 20, cacheRead: 50 }),
        reply().text("Done.").usage({ input: 300, output: 30, cacheRead: 70 }),
      ],
    });
    const first = await collect(session.start());
    const second = await collect(session.sendMessage("Go on"));
    const usageFrames = [...first, ...second].filter((frame) => frame.type === "usage");
    expect(usageFrames).toHaveLength(2);
    expect(usageFrames[0]).toMatchObject({
      turn: { input_tokens: 100, output_tokens: 10, cache_read_tokens: 0 },
      total: { input_tokens: 100, output_tokens: 10 },
    });
    expect(usageFrames[1]).toMatchObject({
      turn: { input_tokens: 500, output_tokens: 50, cache_read_tokens: 120, cache_write_tokens: 0 },
      total: { input_tokens: 600, output_tokens: 60, cache_read_tokens: 120 },
    });
    // The usage frame comes before the turn ends.
    expect(typesOf(second).slice(-2)).toEqual(["usage", "response_done"]);
    if (provider === "anthropic") {
      // Sonnet 5.5 by default: $2 in, $10 out, $0.20 cache reads per million tokens.
      expect((usageFrames[1] as { cost_usd?: number }).cost_usd).toBeCloseTo(
        (600 * 2 + 60 * 10 + 120 * 0.2) / 1e6,
        12,
      );
    } else {
      expect(usageFrames[1]).not.toHaveProperty("cost_usd");
    }
  });
});
