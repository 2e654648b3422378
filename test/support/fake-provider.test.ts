import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FakeProvider,
  type FakeProviderOptions,
  fault,
  type Json,
  parseScriptFile,
  type RecordedRequest,
  repliesOf,
  reply,
  ScriptFileError,
  startFakeProvider,
} from "./fake-provider/index.js";

// ---------------------------------------------------------------------------------------
// Plumbing: servers and processes that clean up after each test, and a small SSE reader.

const servers: FakeProvider[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  await Promise.all(servers.splice(0).map((server) => server.close()));
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function start(options: FakeProviderOptions = {}): Promise<FakeProvider> {
  const server = await startFakeProvider(options);
  servers.push(server);
  return server;
}

function post(
  url: string,
  body: Json,
  init: { headers?: Record<string, string>; signal?: AbortSignal } = {},
) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...init.headers },
    body: JSON.stringify(body),
    ...(init.signal ? { signal: init.signal } : {}),
  });
}

/** A current model: the fake refuses unknown and retired ones, as the API does. */
const MODEL = "claude-sonnet-5-5";

const anthropic = (baseUrl: string, body: Json = {}, init = {}) =>
  post(
    `${baseUrl}/v1/messages`,
    { model: MODEL, max_tokens: 100, messages: [{ role: "user", content: "Hi" }], ...asObject(body) },
    init,
  );

const openai = (baseUrl: string, body: Json = {}, init = {}) =>
  post(`${baseUrl}/v1/chat/completions`, { model: "gpt-test", messages: [], ...asObject(body) }, init);

interface SseEvent {
  name: string | undefined;
  data: string;
}

/** Yields events as they arrive, so a test can stop reading a stream that never ends. */
async function* sseEvents(response: Response): AsyncGenerator<SseEvent> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    for (let boundary = buffer.indexOf("\n\n"); boundary >= 0; boundary = buffer.indexOf("\n\n")) {
      yield parseSseEvent(buffer.slice(0, boundary));
      buffer = buffer.slice(boundary + 2);
    }
  }
}

function parseSseEvent(raw: string): SseEvent {
  const field = (name: string) =>
    raw
      .split("\n")
      .filter((line) => line.startsWith(`${name}: `))
      .map((line) => line.slice(name.length + 2));
  return { name: field("event")[0], data: field("data").join("\n") };
}

async function allEvents(response: Response): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const event of sseEvents(response)) events.push(event);
  return events;
}

/** Reads until the stream fails, returning what arrived and the failure. */
async function eventsUntilFailure(response: Response): Promise<{ events: SseEvent[]; failure: unknown }> {
  const events: SseEvent[] = [];
  try {
    for await (const event of sseEvents(response)) events.push(event);
  } catch (failure) {
    return { events, failure };
  }
  return { events, failure: undefined };
}

type Fields = { [key: string]: Json };

async function bodyOf(response: Response | Promise<Response>): Promise<Fields> {
  return asObject((await (await response).json()) as Json);
}

function asArray(value: Json | undefined): Json[] {
  if (!Array.isArray(value)) throw new Error("expected an array");
  return value;
}

function firstChoice(chunk: Fields): Fields {
  return asObject(asArray(chunk.choices)[0]);
}

function asObject(value: Json | undefined): Fields {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error("expected an object");
  return value;
}

function payloads(events: SseEvent[]): Fields[] {
  return events.filter((event) => event.data !== "[DONE]").map((event) => asObject(JSON.parse(event.data)));
}

function deltasOf(events: SseEvent[]): Fields[] {
  return payloads(events)
    .filter((payload) => payload.type === "content_block_delta")
    .map((payload) => asObject(payload.delta));
}

/** The `choices[0].delta` of every OpenAI chunk that has one. */
function choiceDeltas(events: SseEvent[]): Fields[] {
  return payloads(events).flatMap((chunk) => {
    const choices = chunk.choices;
    if (!Array.isArray(choices) || choices.length === 0) return [];
    return [asObject(asObject(choices[0]).delta)];
  });
}

const QUESTIONS = {
  questions: [
    { question: "Who will use the app?", options: ["Just me", "My team", "The public"] },
    { question: "Where does it run?", options: ["Browser", "Phone"] },
  ],
};

// ---------------------------------------------------------------------------------------

describe("fake provider: Anthropic Messages streaming", () => {
  it("sends the real event sequence, with text deltas in order", async () => {
    const server = await start({ replies: [reply().text("Hello").text(" there")] });

    const response = await anthropic(server.url, { stream: true });
    const events = await allEvents(response);

    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(events.map((event) => event.name)).toEqual([
      "message_start",
      "ping",
      "content_block_start",
      "content_block_delta",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    for (const [index, payload] of payloads(events).entries()) expect(payload.type).toBe(events[index]?.name);
    expect(deltasOf(events)).toEqual([
      { type: "text_delta", text: "Hello" },
      { type: "text_delta", text: " there" },
    ]);
    const messageStart = payloads(events)[0]!;
    expect(messageStart.message).toMatchObject({
      type: "message",
      role: "assistant",
      model: MODEL,
      content: [],
    });
    expect(payloads(events)[2]).toEqual({
      type: "content_block_start",
      index: 0,
      content_block: { type: "text", text: "" },
    });
    expect(payloads(events)[6]?.delta).toEqual({ stop_reason: "end_turn", stop_sequence: null });
  });

  it("streams a tool call whose partial_json pieces reassemble to the input", async () => {
    const server = await start({
      replies: [reply().text("Two questions.").tool("AskUserQuestion", QUESTIONS, { id: "toolu_given" })],
    });

    const events = await allEvents(await anthropic(server.url, { stream: true }));

    const toolStart = payloads(events).find(
      (payload) => payload.type === "content_block_start" && payload.index === 1,
    );
    expect(toolStart?.content_block).toEqual({
      type: "tool_use",
      id: "toolu_given",
      name: "AskUserQuestion",
      input: {},
    });
    const fragments = deltasOf(events)
      .filter((delta) => delta.type === "input_json_delta")
      .map((delta) => delta.partial_json as string);
    expect(fragments.length).toBeGreaterThan(3);
    expect(JSON.parse(fragments.join(""))).toEqual(QUESTIONS);
    const messageDelta = payloads(events).find((payload) => payload.type === "message_delta");
    expect(messageDelta?.delta).toEqual({ stop_reason: "tool_use", stop_sequence: null });
    expect(events.at(-1)?.name).toBe("message_stop");
  });

  it("reports the scripted usage in message_start and message_delta", async () => {
    const server = await start({
      replies: [reply().text("Hi").usage({ input: 100, output: 20, cacheRead: 7, cacheWrite: 50 })],
    });

    const events = payloads(await allEvents(await anthropic(server.url, { stream: true })));

    expect(asObject(events[0]?.message).usage).toMatchObject({
      input_tokens: 100,
      cache_creation_input_tokens: 50,
      cache_read_input_tokens: 7,
    });
    expect(events.find((payload) => payload.type === "message_delta")?.usage).toEqual({
      input_tokens: 100,
      cache_creation_input_tokens: 50,
      cache_read_input_tokens: 7,
      output_tokens: 20,
    });
  });

  it("uses the scripted stop reason and chunk size", async () => {
    const server = await start({
      replies: [reply().text("abcdefghij").chunkSize({ text: 3 }).stop("max_tokens")],
    });

    const events = await allEvents(await anthropic(server.url, { stream: true }));

    expect(deltasOf(events).map((delta) => delta.text)).toEqual(["abc", "def", "ghi", "j"]);
    const messageDelta = payloads(events).find((payload) => payload.type === "message_delta");
    expect(asObject(messageDelta?.delta).stop_reason).toBe("max_tokens");
  });

  it("answers a request without stream: true with the whole message as JSON", async () => {
    const server = await start({
      replies: [reply().text("Hello").text(" there").tool("Finish", { done: true })],
    });

    const response = await anthropic(server.url);
    const body = await bodyOf(response);

    expect(response.headers.get("content-type")).toBe("application/json");
    expect(body).toMatchObject({
      type: "message",
      role: "assistant",
      model: MODEL,
      stop_reason: "tool_use",
      stop_sequence: null,
      usage: { cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    });
    expect(body.content).toEqual([
      { type: "text", text: "Hello there" },
      { type: "tool_use", id: "toolu_fake_1_0", name: "Finish", input: { done: true } },
    ]);
  });

  it("also answers at /messages, where a base URL ending in /v1 sends requests", async () => {
    const server = await start({ replies: [reply().text("Hi")] });

    const response = await post(`${server.url}/messages`, {
      model: MODEL,
      max_tokens: 10,
      messages: [{ role: "user", content: "Hello" }],
    });

    expect((await bodyOf(response)).content).toEqual([{ type: "text", text: "Hi" }]);
  });
});

describe("fake provider: OpenAI chat completions streaming", () => {
  it("sends a role delta, content deltas, a finish_reason chunk and [DONE]", async () => {
    const server = await start({ replies: [reply().text("Hello").text(" there")] });

    const events = await allEvents(await openai(server.url, { stream: true }));

    expect(events.every((event) => event.name === undefined)).toBe(true);
    expect(events.at(-1)?.data).toBe("[DONE]");
    const chunks = payloads(events);
    expect(
      chunks.every((chunk) => chunk.object === "chat.completion.chunk" && chunk.model === "gpt-test"),
    ).toBe(true);
    expect(choiceDeltas(events)).toEqual([
      { role: "assistant", content: "" },
      { content: "Hello" },
      { content: " there" },
      {},
    ]);
    expect(chunks.map((chunk) => firstChoice(chunk).finish_reason)).toEqual([null, null, null, "stop"]);
    expect(chunks.some((chunk) => "usage" in chunk)).toBe(false);
  });

  it("streams tool_calls deltas whose arguments reassemble to each input", async () => {
    const server = await start({
      replies: [reply().tool("AskUserQuestion", QUESTIONS).tool("Finish", { done: true })],
    });

    const events = await allEvents(await openai(server.url, { stream: true }));

    const toolDeltas = choiceDeltas(events).flatMap((delta) =>
      Array.isArray(delta.tool_calls) ? delta.tool_calls.map(asObject) : [],
    );
    const firstOfEach = toolDeltas.filter((call) => "id" in call);
    expect(firstOfEach).toEqual([
      {
        index: 0,
        id: "call_fake_1_0",
        type: "function",
        function: { name: "AskUserQuestion", arguments: "" },
      },
      { index: 1, id: "call_fake_1_1", type: "function", function: { name: "Finish", arguments: "" } },
    ]);
    const later = toolDeltas.filter((call) => !("id" in call));
    expect(later.every((call) => Object.keys(call).sort().join() === "function,index")).toBe(true);
    const argumentsOf = (index: number) =>
      toolDeltas
        .filter((call) => call.index === index)
        .map((call) => asObject(call.function).arguments)
        .join("");
    expect(later.filter((call) => call.index === 0).length).toBeGreaterThan(2);
    expect(JSON.parse(argumentsOf(0))).toEqual(QUESTIONS);
    expect(JSON.parse(argumentsOf(1))).toEqual({ done: true });
    const finish = payloads(events).map((chunk) => firstChoice(chunk).finish_reason);
    expect(finish.filter((reason) => reason !== null)).toEqual(["tool_calls"]);
  });

  it("adds a usage chunk with empty choices when stream_options.include_usage is set", async () => {
    const server = await start({
      replies: [reply().text("Hi").usage({ input: 100, output: 20, cacheRead: 30 }).stop("length")],
    });

    const events = await allEvents(
      await openai(server.url, { stream: true, stream_options: { include_usage: true } }),
    );

    const chunks = payloads(events);
    expect(chunks.at(-1)).toMatchObject({
      choices: [],
      usage: {
        prompt_tokens: 130,
        completion_tokens: 20,
        total_tokens: 150,
        prompt_tokens_details: { cached_tokens: 30 },
      },
    });
    expect(firstChoice(chunks.at(-2)!).finish_reason).toBe("length");
    expect(events.at(-1)?.data).toBe("[DONE]");
  });

  it("answers a request without stream: true with a chat.completion", async () => {
    const server = await start({ replies: [reply().tool("Finish", { done: true }), reply().text("Done.")] });

    const toolTurn = await bodyOf(openai(server.url));
    const textTurn = await bodyOf(openai(server.url));

    expect(toolTurn).toMatchObject({ object: "chat.completion", model: "gpt-test" });
    expect(firstChoice(toolTurn)).toEqual({
      index: 0,
      message: {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_fake_1_0", type: "function", function: { name: "Finish", arguments: '{"done":true}' } },
        ],
        refusal: null,
      },
      logprobs: null,
      finish_reason: "tool_calls",
    });
    expect(firstChoice(textTurn)).toMatchObject({
      message: { role: "assistant", content: "Done." },
      finish_reason: "stop",
    });
    expect(textTurn.usage).toMatchObject({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 });
  });
});

describe("fake provider: faults", () => {
  it("answers 429 with retry-after in each route's error shape", async () => {
    const server = await start({
      replies: [fault.status(429, { retryAfter: 3 }), fault.status(429, { retryAfter: 1 })],
    });

    const first = await anthropic(server.url, { stream: true });
    const second = await openai(server.url, { stream: true });

    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("3");
    expect(await first.json()).toMatchObject({ type: "error", error: { type: "rate_limit_error" } });
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("1");
    expect(await second.json()).toMatchObject({ error: { type: "requests", code: "rate_limit_exceeded" } });
  });

  it.each([
    [529, "overloaded_error"],
    [500, "api_error"],
    [401, "authentication_error"],
  ])("answers %i with the Anthropic error type %s", async (status, errorType) => {
    const server = await start({ replies: [fault.status(status)] });

    const response = await anthropic(server.url, { stream: true });

    expect(response.status).toBe(status);
    expect(response.headers.get("retry-after")).toBeNull();
    const body = await bodyOf(response);
    expect(body.type).toBe("error");
    expect(asObject(body.error).type).toBe(errorType);
    expect(typeof asObject(body.error).message).toBe("string");
  });

  it("answers 500 in OpenAI's error shape", async () => {
    const server = await start({ replies: [fault.status(500, { message: "boom" })] });

    const response = await openai(server.url);

    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      error: { message: "boom", type: "server_error", param: null, code: null },
    });
  });

  it("hangs after the headers until the client aborts", async () => {
    const server = await start({ replies: [fault.hang()] });
    const abort = new AbortController();

    const response = await anthropic(server.url, { stream: true }, { signal: abort.signal });
    expect(response.status).toBe(200);
    abort.abort();

    await expect(server.responseEnd(server.requests[0]!)).resolves.toBe("disconnected");
  });

  it("hangs after the given number of events", async () => {
    const server = await start({ replies: [reply().text("Hello").hangAfter(3)] });
    const abort = new AbortController();

    const response = await anthropic(server.url, { stream: true }, { signal: abort.signal });
    const received: SseEvent[] = [];
    for await (const event of sseEvents(response)) {
      received.push(event);
      if (received.length === 3) break;
    }
    abort.abort();

    expect(received.map((event) => event.name)).toEqual(["message_start", "ping", "content_block_start"]);
    await expect(server.responseEnd(server.requests[0]!)).resolves.toBe("disconnected");
  });

  it("resets the connection without a response, after recording the request", async () => {
    const server = await start({ replies: [fault.reset(), reply().text("after the reset")] });

    await expect(anthropic(server.url, { stream: true })).rejects.toThrow();
    const next = await bodyOf(anthropic(server.url));

    await expect(server.responseEnd(server.requests[0]!)).resolves.toBe("destroyed");
    expect(server.requests).toHaveLength(2);
    expect(next.content).toEqual([{ type: "text", text: "after the reset" }]);
  });

  it("breaks the stream after n events", async () => {
    const server = await start({ replies: [fault.breakAfter(4), reply().text("Hi").breakAfter(2)] });

    const anthropicRead = await eventsUntilFailure(await anthropic(server.url, { stream: true }));
    const openaiRead = await eventsUntilFailure(await openai(server.url, { stream: true }));

    expect(anthropicRead.events).toHaveLength(4);
    expect(anthropicRead.failure).toBeInstanceOf(Error);
    expect(openaiRead.events).toHaveLength(2);
    expect(openaiRead.failure).toBeInstanceOf(Error);
    await expect(server.responseEnd(server.requests[0]!)).resolves.toBe("destroyed");
  });

  it("sends an error event midway through an Anthropic stream", async () => {
    const server = await start({ replies: [fault.streamError("overloaded_error")] });

    const events = await allEvents(await anthropic(server.url, { stream: true }));

    expect(events.at(-1)).toEqual({
      name: "error",
      data: JSON.stringify({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } }),
    });
    expect(deltasOf(events).length).toBeGreaterThan(0);
    expect(events.some((event) => event.name === "message_stop")).toBe(false);
  });

  it("sends an error chunk midway through an OpenAI stream, without [DONE]", async () => {
    const server = await start({
      replies: [reply().text("Hello there").streamError("api_error", { afterEvents: 2 })],
    });

    const events = await allEvents(await openai(server.url, { stream: true }));

    expect(events).toHaveLength(3);
    expect(asObject(payloads(events)[2]?.error)).toMatchObject({ type: "api_error" });
    expect(events.some((event) => event.data === "[DONE]")).toBe(false);
  });

  it("turns a stream error into the matching HTTP error when the request does not stream", async () => {
    const server = await start({ replies: [fault.streamError("overloaded_error")] });

    const response = await anthropic(server.url);

    expect(response.status).toBe(529);
    expect(await response.json()).toMatchObject({
      error: { type: "overloaded_error", message: "Overloaded" },
    });
  });

  it("fails loudly, in the route's shape, once the script runs out", async () => {
    const server = await start({ replies: [reply().text("only one")] });

    await (await anthropic(server.url)).json();
    const anthropicResponse = await anthropic(server.url, { stream: true });
    const openaiResponse = await openai(server.url, { stream: true });

    expect(anthropicResponse.status).toBe(500);
    expect(await anthropicResponse.json()).toMatchObject({
      type: "error",
      error: { type: "api_error", message: expect.stringContaining("ran out of replies") },
    });
    expect(openaiResponse.status).toBe(500);
    expect(await openaiResponse.json()).toMatchObject({
      error: { type: "server_error", message: expect.stringContaining("ran out of replies") },
    });
  });

  it("ends a hanging request when the server closes", async () => {
    const server = await startFakeProvider({ replies: [fault.hang(1)] });

    const response = await anthropic(server.url, { stream: true });
    const reading = eventsUntilFailure(response);
    await server.close();

    expect((await reading).failure).toBeInstanceOf(Error);
    await expect(server.responseEnd(server.requests[0]!)).resolves.toBe("disconnected");
  });
});

describe("fake provider: scripting and recording", () => {
  it("records method, path, headers, parsed body and time of every request", async () => {
    const server = await start({ replies: [reply().text("Hi")] });
    const system = [{ type: "text", text: "You interview.", cache_control: { type: "ephemeral" } }];
    const messages = [
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "Just me" }] },
    ];
    const tools = [{ name: "AskUserQuestion", input_schema: { type: "object" } }];

    await anthropic(
      server.url,
      { system, messages, tools },
      { headers: { "x-api-key": "test-key", "anthropic-version": "2023-06-01" } },
    );
    await fetch(`${server.url}/v1/models?limit=5`);

    const [first, second] = server.requests as [RecordedRequest, RecordedRequest];
    expect(first).toMatchObject({ sequence: 1, method: "POST", path: "/v1/messages" });
    expect(first.headers["x-api-key"]).toBe("test-key");
    expect(first.headers["anthropic-version"]).toBe("2023-06-01");
    expect(first.body.system).toEqual(system);
    expect(first.body.messages).toEqual(messages);
    expect(first.body.tools).toEqual(tools);
    expect(first.time).toBeInstanceOf(Date);
    expect(server.lastRequest()).toBe(second);
    expect(second).toMatchObject({ sequence: 2, method: "GET", path: "/v1/models", body: {} });
  });

  it("lets a function decide the reply from the request", async () => {
    const echo = (request: RecordedRequest) => reply().text(`You said ${asObject(request.body).note}`);
    const server = await start({ replies: [echo, reply().text("fixed")], respond: echo });

    const answers = [];
    for (const note of ["one", "two", "three"]) {
      const body = await bodyOf(anthropic(server.url, { note }));
      answers.push(asObject(asArray(body.content)[0]).text);
    }

    expect(answers).toEqual(["You said one", "fixed", "You said three"]);
  });

  it("takes replies enqueued later, in order, and cycles them when looping", async () => {
    const server = await start();
    server.enqueue(reply().text("a"), reply().text("b"));
    const looping = await start({ replies: [reply().text("x"), reply().text("y")], loop: true });

    const textOf = async (response: Promise<Response>) =>
      asObject(asArray((await bodyOf(response)).content)[0]).text;

    expect([await textOf(anthropic(server.url)), await textOf(anthropic(server.url))]).toEqual(["a", "b"]);
    expect(server.pendingReplies).toBe(0);
    const cycled = [];
    for (let turn = 0; turn < 5; turn++) cycled.push(await textOf(anthropic(looping.url)));
    expect(cycled).toEqual(["x", "y", "x", "y", "x"]);
  });

  it("lists the scripted models and answers unknown routes with 404 JSON", async () => {
    const server = await start({ models: ["model-a", "model-b"] });

    const models = await bodyOf(fetch(`${server.url}/v1/models`));
    const missing = await fetch(`${server.url}/v1/unknown`);

    expect(asObject(models).object).toBe("list");
    expect((models.data as Fields[]).map((model) => model.id)).toEqual(["model-a", "model-b"]);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { type: "not_found_error" } });
  });

  it("keeps replies immutable, so building on one leaves it unchanged", () => {
    const base = reply().text("Hi");
    const extended = base.tool("Finish", {}).stop("end_turn");

    expect(base.plan.parts).toHaveLength(1);
    expect(base.plan.stopReason).toBeUndefined();
    expect(extended.plan.parts).toHaveLength(2);
  });

  it("turns a JSON script into the same replies the builder makes", () => {
    const script = parseScriptFile(
      JSON.stringify({
        replies: [
          { text: ["Hello", " world"], tools: [{ name: "Finish", input: { done: true } }], stop: "tool_use" },
          { fault: "status", status: 429, retryAfter: 1 },
          { fault: "breakAfter", events: 3 },
        ],
      }),
    );

    const [message, status, broken] = repliesOf(script);

    expect(message).toEqual(
      reply().text("Hello").text(" world").tool("Finish", { done: true }).stop("tool_use"),
    );
    expect(status).toMatchObject({ kind: "status", status: 429, retryAfter: 1 });
    expect(broken).toEqual(fault.breakAfter(3));
  });

  it("rejects a script that asks for two interruptions at once", () => {
    const text = JSON.stringify({ replies: [{ text: "Hi", breakAfter: 1, hangAfter: 2 }] });

    expect(() => parseScriptFile(text)).toThrow(ScriptFileError);
    expect(() => parseScriptFile(text)).toThrow(/at most one/);
  });
});

describe("fake provider: standalone process", () => {
  const CLI = resolve(import.meta.dirname, "fake-provider/cli.ts");
  const REPO = resolve(import.meta.dirname, "../..");

  async function scriptFile(content: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "fake-provider-test-"));
    tempDirs.push(dir);
    const path = join(dir, "script.json");
    await writeFile(path, content);
    return path;
  }

  function launch(args: string[]): ChildProcessWithoutNullStreams {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: REPO });
    children.push(child);
    return child;
  }

  async function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
    const lines = createInterface({ input: child.stdout });
    const [line] = (await once(lines, "line")) as [string];
    lines.close();
    return line;
  }

  function collected(stream: NodeJS.ReadableStream): () => string {
    let text = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      text += chunk;
    });
    return () => text;
  }

  it("prints its URL first, serves the script, logs to stderr and exits on SIGTERM", async () => {
    const path = await scriptFile(
      JSON.stringify({
        replies: [{ text: ["Hello", " world"] }, { fault: "status", status: 429, retryAfter: 1 }],
      }),
    );
    const child = launch(["--port", "0", "--script", path]);
    const stderr = collected(child.stderr);

    const url = await firstLine(child);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const first = await bodyOf(anthropic(url));
    const second = await openai(url);
    const exited = once(child, "close");
    child.kill("SIGTERM");

    expect(first.content).toEqual([{ type: "text", text: "Hello world" }]);
    expect(second.status).toBe(429);
    expect(await exited).toEqual([0, null]);
    expect(stderr()).toContain("#1 POST /v1/messages");
  });

  it("exits when its stdin closes", async () => {
    const child = launch(["--port", "0"]);
    await firstLine(child);

    const exited = once(child, "close");
    child.stdin.end();

    expect(await exited).toEqual([0, null]);
  });

  it("exits with status 2 and says what is wrong with a malformed script", async () => {
    const path = await scriptFile(JSON.stringify({ replies: [{ fault: "status", status: "soon" }] }));
    const child = launch(["--port", "0", "--script", path]);
    const stderr = collected(child.stderr);

    const [code] = await once(child, "close");

    expect(code).toBe(2);
    expect(stderr()).toContain(path);
    expect(stderr()).toContain("replies[0].status");
  });
});
