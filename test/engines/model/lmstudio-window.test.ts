import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readServerFacts } from "../../../src/engines/model/server-facts.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { reply } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, modelRequests, textOf } from "./harness.js";

const start = harnessForEachTest();

const errorsIn = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "error" ? [frame] : []));

/**
 * LM Studio lists models it has not loaded; `/v1/models` says nothing of their window,
 * and `/api/v0/models` gives one not loaded only the `max_context_length` it can be
 * loaded with (https://lmstudio.ai/docs/app/api/endpoints/rest). The first request
 * loads it with that model's default settings, often far less.
 */
describe("an LM Studio model that is not loaded yet", () => {
  it("is planned for with the most it can be loaded with, and learns its real context once the first request has loaded it", async () => {
    const { server, session, projectDir } = await start("openai-compatible", {
      // Loaded on demand with 8,192 tokens; it could take 32,768.
      local: { kind: "lmstudio", models: [{ id: "qwen3-8b", trainedContext: 32_768 }], contextLength: 8192 },
      engine: { model: "qwen3-8b" },
      chunkSize: { json: 8192 },
      replies: [
        reply().tool("Read", { file_path: "prompts/notes.md" }),
        reply().text("I have read your notes. What would you like to build?"),
      ],
    });
    // Notes of about 8,000 tokens: they fit the 32,768 the model could have, not the 8,192 it got.
    await mkdir(join(projectDir, "prompts"), { recursive: true });
    await writeFile(
      join(projectDir, "prompts", "notes.md"),
      "A note the person kept for the interview.\n".repeat(760),
    );

    const facts = await readServerFacts({ baseUrl: `${server.url}/v1` });
    expect(facts).toMatchObject({
      ok: true,
      server: "lmstudio",
      models: [{ id: "qwen3-8b", contextWindow: null, trainedContext: 32_768 }],
    });

    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toContain("What would you like to build?");
    const [first, second] = modelRequests(server);
    expect(first?.rejection).toBeUndefined();
    // The window was asked for again after the request that loaded the model, and the long
    // result made to fit the 8,192 tokens it was loaded with.
    expect(second?.rejection).toBeUndefined();
    expect(second?.rawBody).toContain("Read a file a part at a time, with offset and limit");
    expect(Math.ceil((second?.rawBody.length ?? 0) / 4)).toBeLessThan(8192);
    const routes = server.requests.map((request) => `${request.method} ${request.path}`);
    const chats = routes.flatMap((route, index) => (route === "POST /v1/chat/completions" ? [index] : []));
    expect(routes.slice(chats[0], chats[1])).toContain("GET /api/v0/models");
  });

  it("turns LM Studio's refusal of a prompt past its context into advice, and plans the next turn in the context it learned", async () => {
    const { server, session } = await start("openai-compatible", {
      local: { kind: "lmstudio", models: [{ id: "qwen3-8b", trainedContext: 131_072 }], contextLength: 2048 },
      engine: { model: "qwen3-8b", maxRetries: 0 },
      replies: [reply().text("never sent")],
    });
    const [refused] = errorsIn(await collect(session.start()));
    expect(modelRequests(server)[0]?.rejection?.message).toMatch(
      /^The number of tokens to keep from the initial prompt is greater than the context length \(n_keep: \d+>= n_ctx: 2048\)/,
    );
    expect(refused).toMatchObject({ code: "context_too_long" });
    expect(refused?.content).toContain("lms load qwen3-8b --context-length 32768");
    // Loaded now: the next turn knows its 2,048 tokens and says so before sending anything.
    const [tooSmall] = errorsIn(await collect(session.sendMessage("Hello?")));
    expect(tooSmall).toMatchObject({ code: "context_too_small" });
    expect(tooSmall?.content).toContain(
      "2,048-token context window qwen3-8b has on LM Studio (its loaded context length)",
    );
    expect(modelRequests(server)).toHaveLength(1);
  });
});
