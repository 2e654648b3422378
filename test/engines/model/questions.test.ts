import { describe, expect, it } from "vitest";
import { CANCELLED_TOOL_RESULT } from "../../../src/engines/model/transcript-messages.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { fault, reply } from "../../support/fake-provider/index.js";
import { audienceQuestion as oneQuestion } from "../../support/questions.js";
import { collect } from "../../support/scripted-engine.js";
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

const questionOf = (frames: readonly ServerFrame[]) =>
  frames.find((frame) => frame.type === "question") as Extract<ServerFrame, { type: "question" }> | undefined;

describe.each(PROVIDERS)("structured questions over the %s format", (provider) => {
  it("sends an invalid question back as an error and asks the fixed one", async () => {
    const { server, session } = await start(provider, {
      replies: [
        reply().tool("AskUserQuestion", { questions: [] }),
        reply().text("Let me ask properly.").tool("AskUserQuestion", oneQuestion),
      ],
    });
    const frames = await collect(session.start());
    expect(questionOf(frames)?.questions).toEqual(oneQuestion.questions);
    const feedback = toolResultsIn(modelRequests(server)[1]!);
    expect(feedback).toHaveLength(1);
    expect(feedback[0]!.text).toMatch(/^Invalid input for AskUserQuestion: /);
    if (provider === "anthropic") expect(feedback[0]!.isError).toBe(true);
  });

  it("sends a question that breaks the one rule back with its limits, and asks the fixed one", async () => {
    const tooWide = {
      questions: [
        {
          ...oneQuestion.questions[0]!,
          header: "Who is this app for",
          options: ["A", "B", "C", "D", "E"].map((label) => ({ label, description: label })),
        },
      ],
    };
    const { server, session } = await start(provider, {
      replies: [
        reply().tool("AskUserQuestion", tooWide),
        reply().text("Let me ask properly.").tool("AskUserQuestion", oneQuestion),
      ],
    });
    const frames = await collect(session.start());
    expect(questionOf(frames)?.questions).toEqual(oneQuestion.questions);
    const feedback = toolResultsIn(modelRequests(server)[1]!)[0]!.text;
    expect(feedback).toContain('the header "Who is this app for" is longer than 12 characters');
    expect(feedback).toContain("5 options is more than 4");
    expect(feedback).toContain("2 to 4 options");
  });

  it("takes a typed message as the answer, and runs the step's other tools before asking", async () => {
    const { server, session } = await start(provider, {
      replies: [
        reply()
          .text("Checking, then asking.")
          .tool("Glob", { pattern: "prompts/*" })
          .tool("AskUserQuestion", oneQuestion),
        reply().text("Got it."),
      ],
    });
    const frames = await collect(session.start());
    expect(typesOf(frames).slice(-2)).toEqual(["question", "response_done"]);
    const toolId = questionOf(frames)!.tool_id;
    const recorded = session.getMessages();
    expect(recorded.at(-1)).toMatchObject({ role: "tool", results: [{ toolName: "Glob", isError: false }] });

    await collect(session.sendMessage("Mostly grandparents, actually"));
    const results = toolResultsIn(modelRequests(server)[1]!);
    expect(results.map((result) => result.toolCallId)).toContain(toolId);
    expect(results.find((result) => result.toolCallId === toolId)?.text).toBe(
      "Mostly grandparents, actually",
    );
    expect(userTextsIn(modelRequests(server)[1]!)).toEqual(["Begin the spec creation process."]);
  });

  it("answers the first question and refuses a second one in the same step", async () => {
    const { server, session } = await start(provider, {
      replies: [
        reply().tool("AskUserQuestion", oneQuestion).tool("AskUserQuestion", oneQuestion),
        reply().text("Ok."),
      ],
    });
    const frames = await collect(session.start());
    const asked = frames.filter((frame) => frame.type === "question");
    expect(asked).toHaveLength(1);
    await collect(session.answer(asked[0]!.type === "question" ? asked[0]!.tool_id : "", { "0": "Teams" }));
    const results = toolResultsIn(modelRequests(server)[1]!);
    expect(results).toHaveLength(2);
    expect(results.find((result) => result.toolCallId === questionOf(frames)!.tool_id)?.text).toBe("Teams");
    expect(results.find((result) => result.toolCallId !== questionOf(frames)!.tool_id)?.text).toMatch(
      /^Only one AskUserQuestion call/,
    );
  });

  it("gives a tool call cut off by a failed turn a result, so the next request is valid", async () => {
    const { server, session } = await start(provider, {
      engine: { maxRetries: 0 },
      replies: [
        reply().text("Hi."),
        reply().tool("Glob", { pattern: "*" }),
        fault.status(500, { message: "down" }),
      ],
    });
    await collect(session.start());
    const failed = await collect(session.sendMessage("Look around"));
    // The step that reached the provider is still paid for.
    expect(typesOf(failed).slice(-3)).toEqual(["usage", "error", "response_done"]);
    // The failed step recorded nothing; the Glob step before it has its result.
    server.enqueue(reply().text("Recovered."));
    expect(textOf(await collect(session.sendMessage("Again")))).toBe("Recovered.");
    const results = toolResultsIn(modelRequests(server).at(-1)!);
    expect(results).toHaveLength(1);
    expect(results[0]!.text).not.toBe(CANCELLED_TOOL_RESULT);
  });
});
