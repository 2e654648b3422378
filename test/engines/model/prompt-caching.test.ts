import { describe, expect, it } from "vitest";
import { reply } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { asArray, asObject, harnessForEachTest, modelRequests } from "./harness.js";

const start = harnessForEachTest();

const EPHEMERAL = { type: "ephemeral" };

describe("Anthropic prompt caching", () => {
  it("marks the system prompt and the newest message of every request, and only those", async () => {
    const { server, session } = await start("anthropic", {
      replies: [
        reply().text("Hi."),
        reply().text("Looking.").tool("Glob", { pattern: "*" }),
        reply().text("Found it."),
        reply().text("Third turn."),
      ],
    });
    await collect(session.start());
    await collect(session.sendMessage("Second turn"));
    await collect(session.sendMessage("Third turn"));

    const requests = modelRequests(server);
    expect(requests).toHaveLength(4);
    for (const request of requests.slice(1)) {
      const system = asArray(request.body.system).map(asObject);
      expect(system.at(-1)?.cache_control).toEqual(EPHEMERAL);

      const messages = asArray(request.body.messages).map(asObject);
      const lastBlock = asObject(asArray(messages.at(-1)?.content).at(-1));
      expect(lastBlock.cache_control).toEqual(EPHEMERAL);
      const marked = messages.flatMap((message) =>
        asArray(message.content)
          .map(asObject)
          .filter((block) => block.cache_control !== undefined),
      );
      expect(marked).toEqual([lastBlock]);
    }
    // Within a turn the second step's breakpoint sits on the tool result it adds.
    const stepTwo = asArray(requests[2]!.body.messages).map(asObject);
    expect(asObject(asArray(stepTwo.at(-1)?.content).at(-1)).type).toBe("tool_result");
  });

  it("leaves OpenAI-compatible requests without cache markers", async () => {
    const { server, session } = await start("openai-compatible", {
      replies: [reply().text("Hi."), reply().text("Again.")],
    });
    await collect(session.start());
    await collect(session.sendMessage("Second turn"));
    expect(modelRequests(server).at(-1)!.rawBody).not.toContain("cache_control");
  });
});
