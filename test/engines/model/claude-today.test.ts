import { describe, expect, it } from "vitest";
import type { ServerFrame } from "../../../src/types/wire.js";
import { fault, type JsonObject, reply } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { validSpecText } from "../../support/spec-text.js";
import { harnessForEachTest, modelRequests, textOf, toolResultsIn, typesOf } from "./harness.js";

/**
 * The Anthropic path against the fake as Anthropic documents its API today: current
 * models, thinking with signatures, stop reasons, the model list, faults.
 */
const start = harnessForEachTest();

const errorsOf = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "error" ? [{ code: frame.code, content: frame.content }] : []));

function contentOf(message: JsonObject | undefined): JsonObject[] {
  return Array.isArray(message?.content) ? (message.content as JsonObject[]) : [];
}

describe("Claude as it is today", () => {
  it("asks Sonnet 5.5 for its notes between tools, shows them, and sends its thinking back signed", async () => {
    const { server, session } = await start("anthropic", {
      replies: [
        reply()
          .thinking("Let me note the idea before asking.", { update: true })
          .text("What would you like to build?"),
        reply()
          .thinking("They want a chore app; writing a first spec.", { update: true })
          .tool("Write", { file_path: "prompts/app_spec.txt", content: validSpecText(3) }),
        reply().text("Your spec is complete."),
      ],
    });
    const greeting = await collect(session.start());
    expect(textOf(greeting)).toBe("Let me note the idea before asking.\n\nWhat would you like to build?");
    const turn = await collect(session.sendMessage("A chore tracker"));
    expect(errorsOf(turn)).toEqual([]);
    expect(typesOf(turn)).toContain("spec_complete");
    expect(textOf(turn)).toContain("They want a chore app; writing a first spec.");

    const requests = modelRequests(server);
    expect(requests.every((request) => request.rejection === undefined)).toBe(true);
    expect(requests[0]!.body).toMatchObject({
      model: "claude-sonnet-5-5",
      max_tokens: 32_000,
      thinking: { type: "between_tools" },
    });
    // The tool loop's assistant message goes back with its signed thinking first.
    const afterWrite = requests[2]!.body.messages as JsonObject[];
    const writer = afterWrite.filter((message) => message.role === "assistant").at(-1);
    expect(contentOf(writer).map((block) => block.type)).toEqual(["thinking", "tool_use"]);
    expect(contentOf(writer)[0]).toMatchObject({
      thinking: "They want a chore app; writing a first spec.",
      signature: expect.any(String),
    });
    const kept = session.getMessages().filter((entry) => entry.role === "assistant");
    expect(kept[1]).toMatchObject({
      model: "claude-sonnet-5-5",
      thinking: [{ signature: expect.any(String) }],
    });
  });

  it("answers a Write cut off at the output limit with advice, and the model writes in parts", async () => {
    const spec = validSpecText(3);
    const { server, session } = await start("anthropic", {
      replies: [
        reply().text("Hello."),
        reply()
          .text("Writing it.")
          .tool("Write", { file_path: "prompts/app_spec.txt", content: spec }, { cutAt: 40 }),
        reply().tool("Write", { file_path: "prompts/app_spec.txt", content: spec }),
        reply().text("Done in parts."),
      ],
    });
    await collect(session.start());
    const turn = await collect(session.sendMessage("Write it"));
    expect(textOf(turn)).toContain("cut off at the output limit");
    expect(typesOf(turn)).toContain("spec_complete");
    const [cut] = toolResultsIn(modelRequests(server)[2]!);
    expect(cut).toMatchObject({
      isError: true,
      text: expect.stringMatching(/output limit \(32000 tokens\).*Edit/s),
    });
    const kept = session
      .getMessages()
      .find((entry) => entry.role === "assistant" && entry.toolCalls.length > 0);
    expect(kept?.role === "assistant" && kept.toolCalls[0]!.input).toEqual({});
  });

  it("says plainly when an answer was refused or cut, each with its code", async () => {
    const { session } = await start("anthropic", {
      replies: [
        reply().text("I can't help with").refusal(),
        reply().text("A long answer that").stop("max_tokens"),
      ],
    });
    expect(errorsOf(await collect(session.start()))).toEqual([
      { code: "model_refused", content: expect.stringMatching(/declined/) },
    ]);
    expect(errorsOf(await collect(session.sendMessage("Go on")))).toEqual([
      { code: "output_limit_reached", content: expect.stringMatching(/go on/) },
    ]);
  });

  it("names the models the key can use when the chosen one does not exist", async () => {
    const { session } = await start("anthropic", { engine: { model: "claude-sonnet-4-5" } });
    const [error] = errorsOf(await collect(session.start()));
    expect(error).toEqual({
      code: "model_not_found",
      content: expect.stringMatching(/"claude-sonnet-4-5".*This key can use: .*claude-sonnet-5-5/s),
    });
  });

  it("counts ping events as signs of life, so a long silent thought does not stall", async () => {
    const { session } = await start("anthropic", {
      engine: { stallTimeoutMs: 300 },
      replies: [reply().thinking("Thinking hard.").pause(900, { pingEveryMs: 100 }).text("Here I am.")],
    });
    const frames = await collect(session.start());
    expect(errorsOf(frames)).toEqual([]);
    expect(textOf(frames)).toContain("Here I am.");
  });

  it("retries a mid-stream api_error and a garbled stream before any words, and words a broken one plainly", async () => {
    const { server, session } = await start("anthropic", {
      engine: { maxRetries: 2 },
      replies: [
        fault.streamError("api_error", { afterEvents: 1 }),
        fault.garbageAfter(1),
        reply().text("Made it."),
        reply().text("Half of").breakAfter(4),
      ],
    });
    const first = await collect(session.start());
    expect(errorsOf(first)).toEqual([]);
    expect(modelRequests(server)).toHaveLength(3);
    const broken = errorsOf(await collect(session.sendMessage("More")));
    expect(broken).toEqual([{ code: "stream_broken", content: expect.stringMatching(/nothing was lost/) }]);
  });

  it("stops a turn that repeats the same failing call, before the step budget is spent", async () => {
    const same = () => reply().tool("Read", { file_path: "../outside.txt" });
    const { server, session } = await start("anthropic", {
      replies: [reply().text("Hello."), same(), same(), same(), same(), same()],
    });
    await collect(session.start());
    const errors = errorsOf(await collect(session.sendMessage("Read it")));
    expect(errors).toEqual([
      { code: "repeated_tool_failure", content: expect.stringMatching(/3 times in a row/) },
    ]);
    expect(modelRequests(server)).toHaveLength(4);
  });
});
