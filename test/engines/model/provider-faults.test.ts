import { describe, expect, it } from "vitest";
import { createModelEngine } from "../../../src/engines/model/index.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { fault, reply, startFakeProvider } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, modelRequests, PROVIDERS, textOf, typesOf, userTextsIn } from "./harness.js";

const start = harnessForEachTest();

const errorsIn = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "error" ? [frame.content] : []));

describe.each(PROVIDERS)("provider failures over the %s format", (provider) => {
  const keyVariable = provider === "anthropic" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY";

  it("waits as a 429 asks and then answers", async () => {
    // A backoff of a minute would outlast the test: only honouring retry-after: 0 passes.
    const { server, session } = await start(provider, {
      engine: { retryBaseDelayMs: 60_000, retryMaxWaitMs: 60_000 },
      replies: [fault.status(429, { retryAfter: 0 }), reply().text("Hello after the wait.")],
    });
    const frames = await collect(session.start());
    expect(textOf(frames)).toBe("Hello after the wait.");
    expect(errorsIn(frames)).toEqual([]);
    expect(modelRequests(server)).toHaveLength(2);
  });

  it("retries after a dropped connection and an overload before any text", async () => {
    const { server, session } = await start(provider, {
      replies: [
        fault.reset(),
        fault.streamError("overloaded_error", { afterEvents: 1 }),
        reply().text("Made it."),
      ],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toBe("Made it.");
    expect(modelRequests(server)).toHaveLength(3);
  });

  it("gives up on a persistent 500 with one error, and the next turn works", async () => {
    const { server, session } = await start(provider, {
      replies: [
        reply().text("Hi."),
        ...Array.from({ length: 4 }, () => fault.status(500, { message: "boom" })),
      ],
    });
    await collect(session.start());
    const failed = await collect(session.sendMessage("Tell me more"));
    expect(typesOf(failed)).toEqual(["error", "response_done"]);
    expect(errorsIn(failed)[0]).toBe(
      "The model provider had an internal error (HTTP 500: boom) and did not recover after 3 retries. Try again in a minute.",
    );
    expect(modelRequests(server)).toHaveLength(5);

    server.enqueue(reply().text("I am back."));
    const next = await collect(session.sendMessage("Are you there?"));
    expect(textOf(next)).toBe("I am back.");
    expect(userTextsIn(modelRequests(server).at(-1)!)).toEqual([
      "Begin the spec creation process.",
      "Tell me more",
      "Are you there?",
    ]);
  });

  it("says plainly when the provider stays overloaded", async () => {
    const { session } = await start(provider, {
      engine: { maxRetries: 2 },
      replies: Array.from({ length: 3 }, () => fault.status(529)),
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([
      "The model provider is overloaded (HTTP 529) and did not recover after 2 retries. Try again in a minute.",
    ]);
  });

  it("does not retry a refused API key", async () => {
    const { server, session } = await start(provider, { replies: [fault.status(401)] });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([`The API key was refused (HTTP 401). Check ${keyVariable}.`]);
    expect(modelRequests(server)).toHaveLength(1);
  });

  it("names the address it could not reach, without retrying", async () => {
    const gone = await startFakeProvider();
    await gone.close();
    const { session } = await start(provider, {
      // A retry would wait a minute and outlast the test.
      engineFor: () =>
        provider === "anthropic"
          ? createModelEngine({ provider, apiKey: "test-key", baseUrl: gone.url, retryBaseDelayMs: 60_000 })
          : createModelEngine({ provider, baseUrl: `${gone.url}/v1`, model: "m", retryBaseDelayMs: 60_000 }),
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([`Could not reach ${gone.url}/v1: connection refused.`]);
  });

  it("keeps text the person already saw and does not repeat it after a failure mid-answer", async () => {
    const { server, session } = await start(provider, {
      replies: [
        reply().text("Hi."),
        reply().text("Here is a long answer that").streamError("overloaded_error", { afterEvents: 5 }),
        reply().text("Sorry, where was I?"),
      ],
    });
    await collect(session.start());
    const failed = await collect(session.sendMessage("Go on"));
    expect(textOf(failed).length).toBeGreaterThan(0);
    expect(errorsIn(failed)).toEqual([
      "The model provider is overloaded (overloaded_error). Try again in a minute.",
    ]);
    expect(modelRequests(server)).toHaveLength(2);

    const next = await collect(session.sendMessage("Continue"));
    expect(textOf(next)).toBe("Sorry, where was I?");
    expect(JSON.stringify(modelRequests(server).at(-1)!.body.messages)).toContain(textOf(failed));
  });

  it("aborts a stalled stream with the stall message, and the next turn works", async () => {
    const { server, session } = await start(provider, {
      engine: { stallTimeoutMs: 200 },
      replies: [fault.hang(3)],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual(["The model stopped responding for 200 milliseconds."]);
    expect(typesOf(frames).at(-1)).toBe("response_done");
    expect(await server.responseEnd(modelRequests(server)[0]!)).toBe("disconnected");

    server.enqueue(reply().text("Awake again."));
    expect(textOf(await collect(session.sendMessage("Hello?")))).toBe("Awake again.");
  });

  it("stops quietly on cancel and closes the connection at once", async () => {
    // Without the cancel reaching the request, nothing would close it within the test.
    const { server, session } = await start(provider, {
      engine: { stallTimeoutMs: 600_000 },
      replies: [fault.hang(4)],
    });
    const frames: ServerFrame[] = [];
    for await (const frame of session.start()) {
      frames.push(frame);
      if (frame.type === "text") session.cancel();
    }
    expect(typesOf(frames).at(-1)).toBe("response_done");
    expect(errorsIn(frames)).toEqual([]);
    expect(await server.responseEnd(modelRequests(server)[0]!)).toBe("disconnected");
    expect(session.isBusy()).toBe(false);

    server.enqueue(reply().text("Ready."));
    expect(textOf(await collect(session.sendMessage("Let's start")))).toBe("Ready.");
  });

  it("stops a turn that reaches the step limit, leaving the transcript usable", async () => {
    const { server, session } = await start(provider, {
      engine: { maxSteps: 2 },
      replies: [reply().tool("Glob", { pattern: "*" }), reply().tool("Glob", { pattern: "prompts/*" })],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([
      "The interviewer made 2 model calls in this turn without finishing, so it was stopped. Send a message to let it go on.",
    ]);
    expect(typesOf(frames)).toContain("usage");
    server.enqueue(reply().text("Carrying on."));
    expect(textOf(await collect(session.sendMessage("Go on")))).toBe("Carrying on.");
  });
});
