import { createAnthropic } from "@ai-sdk/anthropic";
import { type ModelMessage, streamText, tool } from "ai";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  estimateTokens,
  type FakeProvider,
  type FakeProviderOptions,
  fault,
  type Json,
  parseScriptFile,
  repliesOf,
  reply,
  startFakeProvider,
} from "./fake-provider/index.js";

/**
 * The fake's Anthropic route against the behaviours of the real Messages API: model
 * list, request checks, thinking blocks and their signatures, stop reasons, computed
 * usage and prompt caching, and the faults a stream can show. All over real HTTP on
 * 127.0.0.1; the last group drives @ai-sdk/anthropic itself.
 */

const servers: FakeProvider[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: FakeProviderOptions = {}): Promise<FakeProvider> {
  const server = await startFakeProvider(options);
  servers.push(server);
  return server;
}

type Fields = { [key: string]: Json };

const SONNET = "claude-sonnet-5-5";
const HAIKU = "claude-haiku-4-5";
const USER_HI = { role: "user", content: "Hi" };

function send(server: FakeProvider, body: Fields): Promise<Response> {
  return fetch(`${server.url}/v1/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": "test", "anthropic-version": "2023-06-01" },
    body: JSON.stringify(body),
  });
}

/** A valid request, with the fields given replacing the defaults. */
function request(fields: Fields = {}): Fields {
  return { model: SONNET, max_tokens: 1_000, messages: [USER_HI], ...fields };
}

async function json(response: Response | Promise<Response>): Promise<Fields> {
  return (await (await response).json()) as Fields;
}

interface SseEvent {
  name: string | undefined;
  data: string;
  at: number;
}

async function events(response: Response): Promise<SseEvent[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const found: SseEvent[] = [];
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return found;
    buffer += value;
    for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
      const raw = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const field = (name: string) =>
        raw
          .split("\n")
          .filter((line) => line.startsWith(`${name}: `))
          .map((line) => line.slice(name.length + 2));
      found.push({ name: field("event")[0], data: field("data").join("\n"), at: performance.now() });
    }
  }
}

function payloads(found: SseEvent[]): Fields[] {
  return found.map((event) => JSON.parse(event.data) as Fields);
}

function deltas(found: SseEvent[]): Fields[] {
  return payloads(found)
    .filter((payload) => payload.type === "content_block_delta")
    .map((payload) => payload.delta as Fields);
}

function messageDelta(found: SseEvent[]): Fields {
  return payloads(found).find((payload) => payload.type === "message_delta") as Fields;
}

async function expectRefused(response: Response, status: number, message: string | RegExp): Promise<void> {
  expect(response.status).toBe(status);
  const body = await json(response);
  expect(body.type).toBe("error");
  const error = body.error as Fields;
  expect(error.type).toBe(status === 404 ? "not_found_error" : "invalid_request_error");
  if (typeof message === "string") expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
  expect(body.request_id).toMatch(/^req_/);
}

// ---------------------------------------------------------------------------------------

describe("Anthropic fake: models", () => {
  it("lists the current models in the documented shape", async () => {
    const server = await start();

    const list = await json(fetch(`${server.url}/v1/models`));

    const data = list.data as Fields[];
    expect(data.map((model) => model.id)).toEqual(["claude-opus-5-5", SONNET, "claude-haiku-4-5-20251001"]);
    for (const model of data) {
      expect(model).toMatchObject({
        type: "model",
        display_name: expect.any(String),
        created_at: expect.any(String),
      });
    }
    expect(data.map((model) => model.max_tokens)).toEqual([128_000, 128_000, 64_000]);
    expect(list).toMatchObject({
      has_more: false,
      first_id: "claude-opus-5-5",
      last_id: "claude-haiku-4-5-20251001",
    });
  });

  it("answers an unknown or retired model with 404, records the refusal and keeps the reply", async () => {
    const server = await start({ replies: [reply().text("Hello")] });

    const retired = await send(server, request({ model: "claude-sonnet-4-5" }));
    const unknown = await send(server, request({ model: "claude-nonsense" }));

    expect(retired.status).toBe(404);
    expect(await retired.json()).toEqual({
      type: "error",
      error: { type: "not_found_error", message: "model: claude-sonnet-4-5" },
      request_id: "req_fake_1",
    });
    await expectRefused(unknown, 404, "model: claude-nonsense");
    expect(server.requests[0]?.rejection).toEqual({
      status: 404,
      errorType: "not_found_error",
      message: "model: claude-sonnet-4-5",
    });
    expect(server.pendingReplies).toBe(1);
    // A dated alias of a current model is served.
    expect((await send(server, request({ model: "claude-haiku-4-5-20251001" }))).status).toBe(200);
  });
});

describe("Anthropic fake: request checks", () => {
  it("requires max_tokens and refuses one above the model's ceiling", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });

    const { max_tokens: _dropped, ...withoutMax } = request();
    await expectRefused(await send(server, withoutMax), 400, "max_tokens: Field required");
    await expectRefused(
      await send(server, request({ max_tokens: 128_001 })),
      400,
      "max_tokens: 128001 > 128000, which is the maximum allowed number of output tokens for claude-sonnet-5-5",
    );
    await expectRefused(
      await send(server, request({ model: HAIKU, max_tokens: 64_001 })),
      400,
      "max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens for claude-haiku-4-5",
    );
    expect((await send(server, request({ max_tokens: 128_000 }))).status).toBe(200);
    expect(server.requests.map((recorded) => recorded.rejection?.status ?? 200)).toEqual([
      400, 400, 400, 200,
    ]);
  });

  it("refuses more than four cache_control breakpoints, counting system, tools, messages and the top level", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });
    const marked = (text: string) => ({ type: "text", text, cache_control: { type: "ephemeral" } });
    const four = request({
      tools: [{ name: "t", input_schema: { type: "object" }, cache_control: { type: "ephemeral" } }],
      system: [marked("rules")],
      messages: [{ role: "user", content: [marked("a"), marked("b")] }],
    });

    expect((await send(server, four)).status).toBe(200);
    await expectRefused(
      await send(server, { ...four, cache_control: { type: "ephemeral" } }),
      400,
      "A maximum of 4 blocks with cache_control may be provided. Found 5.",
    );
  });

  it("refuses a base64 image over 5 MB, in a message or in a tool result", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });
    const image = (bytes: number) => ({
      type: "image",
      source: { type: "base64", media_type: "image/png", data: "A".repeat(bytes) },
    });

    expect(
      (await send(server, request({ messages: [{ role: "user", content: [image(5_242_880)] }] }))).status,
    ).toBe(200);
    await expectRefused(
      await send(
        server,
        request({
          messages: [{ role: "user", content: [{ type: "text", text: "look" }, image(5_242_881)] }],
        }),
      ),
      400,
      "messages.0.content.1.image.source.base64: image exceeds 5 MB maximum: 5242881 bytes > 5242880 bytes",
    );
    const inToolResult = request({
      model: HAIKU,
      messages: [
        USER_HI,
        { role: "assistant", content: [{ type: "tool_use", id: "toolu_a", name: "Read", input: {} }] },
        {
          role: "user",
          content: [{ type: "tool_result", tool_use_id: "toolu_a", content: [image(5_300_000)] }],
        },
      ],
    });
    await expectRefused(
      await send(server, inToolResult),
      400,
      "messages.2.content.0.tool_result.content.0.image.source.base64: image exceeds 5 MB maximum: 5300000 bytes > 5242880 bytes",
    );
  });

  it("combines consecutive same-role messages and accepts a first assistant message", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });

    const twoUsers = await send(
      server,
      request({ messages: [USER_HI, { role: "user", content: "Still there?" }] }),
    );
    const assistantFirst = await send(
      server,
      request({ messages: [{ role: "assistant", content: "Welcome." }, USER_HI] }),
    );

    expect(twoUsers.status).toBe(200);
    expect(assistantFirst.status).toBe(200);
  });

  it("refuses a final assistant message (prefill) on the 5.5 models, not on Haiku 4.5", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });
    const prefill = { messages: [USER_HI, { role: "assistant", content: "Sure," }] };

    await expectRefused(
      await send(server, request(prefill)),
      400,
      "This model does not support assistant message prefill. The conversation must end with a user message.",
    );
    expect((await send(server, request({ ...prefill, model: HAIKU }))).status).toBe(200);
  });

  it("refuses tool calls without results, and results without calls", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });
    const call = {
      role: "assistant",
      content: [{ type: "tool_use", id: "toolu_x", name: "Glob", input: {} }],
    };

    await expectRefused(
      await send(
        server,
        request({ model: HAIKU, messages: [USER_HI, call, { role: "user", content: "and?" }] }),
      ),
      400,
      "messages.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_x. Each `tool_use` block must have a corresponding `tool_result` block in the next message.",
    );
    await expectRefused(
      await send(
        server,
        request({
          messages: [
            { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_y", content: "?" }] },
          ],
        }),
      ),
      400,
      /^messages\.0\.content\.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_y\./,
    );
  });

  it("refuses thinking settings and forced tool use the model does not take", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });

    await expectRefused(
      await send(server, request({ model: "claude-opus-5-5", thinking: { type: "disabled" } })),
      400,
      '"thinking.type.disabled" is not supported for this model. Use "thinking.type.adaptive" and "output_config.effort" to control thinking behavior.',
    );
    await expectRefused(
      await send(
        server,
        request({ tools: [{ name: "t", input_schema: { type: "object" } }], tool_choice: { type: "any" } }),
      ),
      400,
      /^"tool_choice\.type\.any" is not supported for this model\./,
    );
    expect((await send(server, request({ thinking: { type: "between_tools" } }))).status).toBe(200);
  });

  it("refuses nothing with strict off", async () => {
    const server = await start({ strict: false, replies: [reply().text("ok")] });

    const response = await send(server, { model: "claude-test", messages: [] });

    expect(response.status).toBe(200);
    expect((await json(response)).content).toEqual([{ type: "text", text: "ok" }]);
  });
});

describe("Anthropic fake: thinking", () => {
  const SHOWN = { type: "adaptive", display: "summarized" };

  it("streams a thinking block as thinking_delta events, then a signature_delta before content_block_stop", async () => {
    const server = await start({
      replies: [
        reply().thinking("First I weigh").thinking(" the options.").text("Answer").chunkSize({ text: 8 }),
      ],
    });

    const found = await events(await send(server, request({ stream: true, thinking: SHOWN })));

    expect(found.map((event) => event.name)).toEqual([
      "message_start",
      "ping",
      "content_block_start",
      "content_block_delta",
      "content_block_delta",
      "content_block_delta",
      "content_block_delta",
      "content_block_delta",
      "content_block_stop",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    expect(payloads(found)[2]).toEqual({
      type: "content_block_start",
      index: 0,
      content_block: { type: "thinking", thinking: "", signature: "" },
    });
    const thinking = deltas(found).filter((delta) => delta.type === "thinking_delta");
    expect(thinking.map((delta) => delta.thinking).join("")).toBe("First I weigh the options.");
    const signature = deltas(found).find((delta) => delta.type === "signature_delta");
    expect(signature?.signature).toEqual(expect.stringMatching(/^[A-Za-z0-9+/=]{40,}$/));
    expect(payloads(found)[7]?.delta).toEqual({ type: "signature_delta", signature: signature?.signature });
    expect(payloads(found)[9]).toMatchObject({ index: 1, content_block: { type: "text" } });
  });

  it("returns thinking and redacted thinking in a whole message", async () => {
    const server = await start({ replies: [reply().thinking("Plan.").redactedThinking().text("Done")] });

    const body = await json(send(server, request({ thinking: SHOWN })));

    const content = body.content as Fields[];
    expect(content[0]).toEqual({ type: "thinking", thinking: "Plan.", signature: expect.any(String) });
    expect(content[1]).toEqual({ type: "redacted_thinking", data: expect.any(String) });
    expect(content[2]).toEqual({ type: "text", text: "Done" });
  });

  it("streams a redacted thinking block whole, in its content_block_start", async () => {
    const server = await start({ replies: [reply().redactedThinking("opaque-data").text("Hi")] });

    const found = await events(await send(server, request({ stream: true })));

    expect(payloads(found).slice(2, 4)).toEqual([
      {
        type: "content_block_start",
        index: 0,
        content_block: { type: "redacted_thinking", data: "opaque-data" },
      },
      { type: "content_block_stop", index: 0 },
    ]);
  });

  it("omits the thinking text under the 5.5 models' default display, and leaves thinking out when it is off", async () => {
    const server = await start({
      loop: true,
      replies: [reply().thinking("Hidden reasoning.").thinking("A note.", { update: true }).text("Hi")],
    });

    const omitted = await events(await send(server, request({ stream: true })));
    const updates = await json(send(server, request({ thinking: { type: "adaptive", display: "updates" } })));
    const haiku = await json(send(server, request({ model: HAIKU })));

    expect(deltas(omitted).filter((delta) => delta.type === "thinking_delta")).toEqual([]);
    expect(deltas(omitted).filter((delta) => delta.type === "signature_delta")).toHaveLength(2);
    expect((updates.content as Fields[]).slice(0, 2)).toEqual([
      { type: "thinking", thinking: "", signature: expect.any(String) },
      { type: "thinking", thinking: "A note.", signature: expect.any(String) },
    ]);
    expect(haiku.content).toEqual([{ type: "text", text: "Hi" }]);
  });

  describe("in a tool-use loop", () => {
    const TOOLS = [{ name: "Glob", input_schema: { type: "object" } }];

    async function firstTurn(server: FakeProvider): Promise<Fields[]> {
      const body = await json(send(server, request({ tools: TOOLS, thinking: SHOWN })));
      return body.content as Fields[];
    }

    function secondTurn(assistant: Json[]): Fields {
      return request({
        tools: TOOLS,
        thinking: SHOWN,
        messages: [
          USER_HI,
          { role: "assistant", content: assistant },
          {
            role: "user",
            content: [{ type: "tool_result", tool_use_id: "toolu_fake_1_0", content: "a.md" }],
          },
        ],
      });
    }

    const loop = () =>
      start({
        replies: [reply().thinking("I should look.").redactedThinking().tool("Glob", { pattern: "*" })],
        respond: () => reply().text("Found it."),
      });

    it("accepts the assistant message sent back exactly as received", async () => {
      const server = await loop();
      const content = await firstTurn(server);

      const response = await send(server, secondTurn(content));

      expect(response.status).toBe(200);
      expect((await json(response)).content).toEqual([{ type: "text", text: "Found it." }]);
    });

    it("refuses it without its thinking blocks", async () => {
      const server = await loop();
      const content = await firstTurn(server);

      const response = await send(server, secondTurn(content.filter((block) => block.type === "tool_use")));

      await expectRefused(
        response,
        400,
        /^messages\.1\.content\.0\.type: Expected `thinking` or `redacted_thinking`, but found `tool_use`\. When `thinking` is enabled, a final `assistant` message must start with a thinking block/,
      );
      expect(server.lastRequest()?.rejection?.status).toBe(400);
    });

    it("refuses it with the thinking text changed, or a redacted block left out", async () => {
      const server = await loop();
      const content = await firstTurn(server);
      const [thinking, redacted, toolUse] = content as [Fields, Fields, Fields];

      const changed = await send(
        server,
        secondTurn([{ ...thinking, thinking: "I should not look." }, redacted, toolUse]),
      );
      const filtered = await send(server, secondTurn([thinking, toolUse]));

      const modified =
        "`thinking` or `redacted_thinking` blocks in the latest assistant message cannot be modified. These blocks must remain as they were in the original response.";
      await expectRefused(changed, 400, `messages.1.content.0: ${modified}`);
      await expectRefused(filtered, 400, `messages.1.content.1: ${modified}`);
    });

    it("refuses a signature the fake did not issue", async () => {
      const server = await loop();
      const content = await firstTurn(server);
      const [thinking, redacted, toolUse] = content as [Fields, Fields, Fields];

      const forged = await send(
        server,
        secondTurn([{ ...thinking, signature: "c2lnbmVk" }, redacted, toolUse]),
      );

      await expectRefused(forged, 400, "messages.1.content.0: Invalid `signature` in `thinking` block");
    });
  });
});

describe("Anthropic fake: stop reasons", () => {
  it("cuts a tool call at max_tokens: partial JSON, content_block_stop, stop_reason max_tokens", async () => {
    const input = { path: "app_spec.md", content: "A long specification ".repeat(5) };
    const server = await start({ replies: [reply().text("Writing.").tool("Write", input, { cutAt: 40 })] });

    const found = await events(await send(server, request({ stream: true, max_tokens: 64 })));

    const json = deltas(found)
      .filter((delta) => delta.type === "input_json_delta")
      .map((delta) => delta.partial_json)
      .join("");
    expect(json).toBe(JSON.stringify(input).slice(0, 40));
    expect(() => JSON.parse(json)).toThrow();
    const names = found.map((event) => event.name);
    expect(names.slice(-4)).toEqual([
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    expect(messageDelta(found)).toMatchObject({
      delta: { stop_reason: "max_tokens", stop_sequence: null },
      usage: { output_tokens: 64 },
    });
  });

  it("ends with stop_reason refusal and stop_details on message_delta", async () => {
    const server = await start({
      replies: [reply().text("I can").refusal({ category: "cyber", explanation: "Declined." })],
    });

    const found = await events(await send(server, request({ stream: true })));

    expect(messageDelta(found).delta).toEqual({
      stop_reason: "refusal",
      stop_details: { type: "refusal", category: "cyber", explanation: "Declined." },
      stop_sequence: null,
    });
  });

  it("can pause a turn (pause_turn)", async () => {
    const server = await start({ replies: [reply().text("Searching").stop("pause_turn")] });

    const body = await json(send(server, request()));

    expect(body.stop_reason).toBe("pause_turn");
  });
});

describe("Anthropic fake: computed usage and the prompt cache", () => {
  /** A system prompt of `tokens` estimated tokens, marked as a cache breakpoint. */
  const cachedSystem = (tokens: number) => [
    { type: "text", text: "x".repeat(tokens * 4), cache_control: { type: "ephemeral" } },
  ];
  const usageOf = async (response: Promise<Response>) => (await json(response)).usage as Fields;

  it("estimates input from the request and output from the reply", async () => {
    const server = await start({
      replies: [reply().text("1234567890").tool("Glob", { pattern: "**/*.md" })],
    });

    const usage = await usageOf(
      send(server, request({ system: "Be brief.", messages: [{ role: "user", content: "12345678" }] })),
    );

    expect(usage).toMatchObject({
      input_tokens: estimateTokens("Be brief.") + estimateTokens("12345678"),
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
      output_tokens: estimateTokens("1234567890") + estimateTokens('Glob{"pattern":"**/*.md"}'),
    });
  });

  it("writes a long enough prefix, reads it back, and counts only what follows the breakpoint as input", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });
    const body = request({ system: cachedSystem(600), messages: [{ role: "user", content: "12345678" }] });

    const first = await usageOf(send(server, body));
    const second = await usageOf(send(server, body));
    const otherModel = await usageOf(send(server, { ...body, model: "claude-opus-5-5" }));

    expect(first).toMatchObject({
      cache_creation_input_tokens: 600,
      cache_read_input_tokens: 0,
      input_tokens: 2,
    });
    expect(second).toMatchObject({
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 600,
      input_tokens: 2,
    });
    expect(otherModel).toMatchObject({ cache_creation_input_tokens: 600, cache_read_input_tokens: 0 });
  });

  it("caches nothing below the model's minimum (512 tokens on Sonnet 5.5, 4,096 on Haiku 4.5)", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });

    const short = await usageOf(send(server, request({ system: cachedSystem(511) })));
    const haiku = await usageOf(send(server, request({ model: HAIKU, system: cachedSystem(4_000) })));

    expect(short).toMatchObject({ cache_creation_input_tokens: 0, input_tokens: 511 + 1 });
    expect(haiku).toMatchObject({ cache_creation_input_tokens: 0, input_tokens: 4_000 + 1 });
  });

  it("grows the cached prefix turn by turn, reading the last turn's breakpoint and writing the new part", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });
    const marked = (text: string) => [{ type: "text", text, cache_control: { type: "ephemeral" } }];
    const history = [{ role: "user", content: "question one" }];

    const first = await usageOf(
      send(
        server,
        request({ system: cachedSystem(600), messages: [{ role: "user", content: marked("question one") }] }),
      ),
    );
    const second = await usageOf(
      send(
        server,
        request({
          system: cachedSystem(600),
          messages: [
            ...history,
            { role: "assistant", content: "answer one" },
            { role: "user", content: marked("question two") },
          ],
        }),
      ),
    );

    expect(first).toMatchObject({
      cache_creation_input_tokens: 600 + 3,
      cache_read_input_tokens: 0,
      input_tokens: 0,
    });
    expect(second).toMatchObject({
      cache_read_input_tokens: 603,
      cache_creation_input_tokens: 3 + 3,
      input_tokens: 0,
    });
  });

  it("finds no earlier entry more than 20 blocks before a breakpoint", async () => {
    const server = await start({ loop: true, replies: [reply().text("ok")] });
    const blocks = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ type: "text", text: `block ${index}` }));
    const marked = { type: "text", text: "end", cache_control: { type: "ephemeral" } };
    // The first request caches the system prompt; the later ones mark only their last block.
    const unmarked = { system: [{ type: "text", text: "x".repeat(600 * 4) }] };

    await usageOf(send(server, request({ system: cachedSystem(600) })));
    const near = await usageOf(
      send(server, request({ ...unmarked, messages: [{ role: "user", content: [...blocks(19), marked] }] })),
    );
    const far = await usageOf(
      send(server, request({ ...unmarked, messages: [{ role: "user", content: [...blocks(21), marked] }] })),
    );

    expect(near.cache_read_input_tokens).toBe(600);
    expect(far.cache_read_input_tokens).toBe(0);
  });

  it("lets an entry expire after its lifetime on the server's clock, unless a read refreshes it", async () => {
    let now = 0;
    const server = await start({
      loop: true,
      replies: [reply().text("ok")],
      clock: () => now,
      cacheTtlMs: 1_000,
    });
    const body = request({ system: cachedSystem(600) });

    await usageOf(send(server, body));
    now = 900;
    const refreshed = await usageOf(send(server, body));
    now = 1_800;
    const stillThere = await usageOf(send(server, body));
    now = 3_000;
    const expired = await usageOf(send(server, body));

    expect(refreshed.cache_read_input_tokens).toBe(600);
    expect(stillThere.cache_read_input_tokens).toBe(600);
    expect(expired).toMatchObject({ cache_read_input_tokens: 0, cache_creation_input_tokens: 600 });
  });

  it("keeps scripted usage as scripted", async () => {
    const server = await start({ replies: [reply().text("ok").usage({ input: 7 })] });

    const usage = await usageOf(send(server, request({ system: cachedSystem(600) })));

    expect(usage).toMatchObject({
      input_tokens: 7,
      output_tokens: 5,
      cache_read_input_tokens: 0,
      cache_creation_input_tokens: 0,
    });
  });
});

describe("Anthropic fake: faults mid-stream", () => {
  it("resets the connection midway", async () => {
    const server = await start({
      replies: [reply().text("Hello there, friend").chunkSize({ text: 4 }).breakAfter(5)],
    });

    const response = await send(server, request({ stream: true }));

    await expect(events(response)).rejects.toThrow();
    await expect(server.responseEnd(server.requests[0]!)).resolves.toBe("destroyed");
  });

  it("turns to bytes that are not SSE", async () => {
    const server = await start({ replies: [fault.garbageAfter(3)] });

    const text = await (await send(server, request({ stream: true }))).text();

    const [framed, rest] = [
      text.slice(0, text.lastIndexOf("\n\n") + 2),
      text.slice(text.lastIndexOf("\n\n") + 2),
    ];
    expect(framed.split("\n\n").filter(Boolean)).toHaveLength(3);
    expect(rest).toContain("502 Bad Gateway");
    expect(rest).not.toMatch(/^(event|data):/m);
  });

  it.each([
    ["api_error", "Internal server error"],
    ["overloaded_error", "Overloaded"],
  ])("sends an error event of type %s", async (errorType, message) => {
    const server = await start({
      replies: [reply().text("Partial answer").streamError(errorType, { afterEvents: 4, message })],
    });

    const found = await events(await send(server, request({ stream: true })));

    expect(found).toHaveLength(5);
    expect(found.at(-1)?.name).toBe("error");
    expect(JSON.parse(found.at(-1)!.data)).toEqual({ type: "error", error: { type: errorType, message } });
  });

  it("keeps a silent stretch alive with ping events only, inside a thinking block", async () => {
    const server = await start({
      replies: [
        reply().thinking("Still").pause(150, { pingEveryMs: 40 }).thinking(" thinking.").text("Done"),
      ],
    });

    const found = await events(
      await send(server, request({ stream: true, thinking: { type: "adaptive", display: "summarized" } })),
    );

    const names = found.map((event) => event.name);
    const first = names.indexOf("content_block_delta");
    const pings = names.slice(first + 1, names.indexOf("content_block_delta", first + 1));
    expect(pings).toEqual(["ping", "ping", "ping"]);
    const gap = found[first + pings.length + 1]!.at - found[first]!.at;
    expect(gap).toBeGreaterThanOrEqual(140);
  });

  it("can stay fully silent for a while", async () => {
    const server = await start({ replies: [reply().text("Before").pause(120).text("After")] });

    const found = await events(await send(server, request({ stream: true })));

    const textDeltas = found.filter((event) => event.name === "content_block_delta");
    expect(found.filter((event) => event.name === "ping")).toHaveLength(1);
    expect(textDeltas[1]!.at - textDeltas[0]!.at).toBeGreaterThanOrEqual(110);
  });
});

describe("Anthropic fake: script files", () => {
  it("reads thinking, parts, cut tool calls, refusals and garbage like the builder", () => {
    const script = parseScriptFile(
      JSON.stringify({
        replies: [
          {
            thinking: ["Plan", { text: "note", update: true }],
            text: "Hi",
            tools: [{ name: "Write", input: { a: 1 }, cutAt: 5 }],
          },
          {
            parts: [{ redactedThinking: true }, { pause: 50, pingEveryMs: 10 }, { text: "ok" }],
            refusal: { category: "cyber" },
          },
          { fault: "garbage", afterEvents: 2 },
        ],
      }),
    );

    expect(repliesOf(script)).toEqual([
      reply()
        .thinking("Plan")
        .thinking("note", { update: true })
        .text("Hi")
        .tool("Write", { a: 1 }, { cutAt: 5 }),
      reply().redactedThinking().pause(50, { pingEveryMs: 10 }).text("ok").refusal({ category: "cyber" }),
      fault.garbageAfter(2),
    ]);
  });
});

describe("Anthropic fake: read by @ai-sdk/anthropic", () => {
  const TOOLS = {
    Glob: tool({ description: "Find files", inputSchema: z.object({ pattern: z.string() }) }),
    Write: tool({
      description: "Write a file",
      inputSchema: z.object({ path: z.string(), content: z.string() }),
    }),
  };

  function model(server: FakeProvider) {
    return createAnthropic({ baseURL: `${server.url}/v1`, apiKey: "test" })(SONNET);
  }

  const SHOWN = { anthropic: { thinking: { type: "adaptive" as const, display: "summarized" as const } } };

  it("reads thinking as reasoning with its signature, and sends it back unmodified in the tool loop", async () => {
    const server = await start({
      replies: [
        reply().thinking("Look for the specs first.").tool("Glob", { pattern: "*.md" }),
        reply().text("There is one spec."),
      ],
    });
    const messages: ModelMessage[] = [{ role: "user", content: "What specs exist?" }];

    const first = streamText({
      model: model(server),
      messages,
      tools: TOOLS,
      providerOptions: SHOWN,
      maxRetries: 0,
    });
    const parts = [];
    for await (const part of first.fullStream) parts.push(part);

    const reasoning = parts.filter((part) => part.type === "reasoning-delta");
    expect(reasoning.map((part) => part.text).join("")).toBe("Look for the specs first.");
    const signed = reasoning.find((part) => part.providerMetadata?.anthropic?.signature !== undefined);
    const issued = signed?.providerMetadata?.anthropic?.signature;
    expect(issued).toEqual(expect.stringMatching(/^[A-Za-z0-9+/=]{40,}$/));
    expect(await first.finishReason).toBe("tool-calls");

    const call = parts.find((part) => part.type === "tool-call");
    const second = streamText({
      model: model(server),
      tools: TOOLS,
      providerOptions: SHOWN,
      maxRetries: 0,
      messages: [
        ...messages,
        ...(await first.response).messages,
        {
          role: "tool",
          content: [
            {
              type: "tool-result",
              toolCallId: call?.type === "tool-call" ? call.toolCallId : "",
              toolName: "Glob",
              output: { type: "text", value: "app_spec.md" },
            },
          ],
        },
      ],
    });

    expect(await second.text).toBe("There is one spec.");
    const sentMessages = server.lastRequest()?.body.messages as Fields[];
    const sent = sentMessages[1]?.content as Fields[];
    expect(sent[0]).toEqual({ type: "thinking", thinking: "Look for the specs first.", signature: issued });
    expect(server.lastRequest()?.rejection).toBeUndefined();
  });

  it("reads a tool call cut at max_tokens as an invalid call and a length finish", async () => {
    const server = await start({
      replies: [reply().tool("Write", { path: "app_spec.md", content: "Most of a spec" }, { cutAt: 30 })],
    });

    const result = streamText({
      model: model(server),
      prompt: "Write it",
      tools: TOOLS,
      maxOutputTokens: 100,
      maxRetries: 0,
    });
    const parts = [];
    for await (const part of result.fullStream) parts.push(part);

    expect(await result.finishReason).toBe("length");
    const call = parts.find((part) => part.type === "tool-call");
    expect(call).toMatchObject({ toolName: "Write", invalid: true });
    expect(parts.some((part) => part.type === "tool-error")).toBe(true);
  });

  it("reads a refusal as a content-filter finish", async () => {
    const server = await start({ replies: [reply().text("I can").refusal()] });

    const result = streamText({ model: model(server), prompt: "Hi", maxOutputTokens: 100, maxRetries: 0 });

    expect(await result.text).toBe("I can");
    expect(await result.finishReason).toBe("content-filter");
  });
});
