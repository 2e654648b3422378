import { type LanguageModel, type ModelMessage, streamText, type ToolSet, tool } from "ai";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { DEFAULT_ANTHROPIC_MODEL } from "../../../src/engines/model/defaults.js";
import { type ModelCall, modelParts } from "../../../src/engines/model/model-parts.js";
import { createModelFactory } from "../../../src/engines/model/provider.js";
import { interviewToolSet } from "../../../src/engines/model/tool-set.js";
import {
  type FakeProvider,
  type FakeProviderOptions,
  fault,
  reply,
  startFakeProvider,
} from "../../support/fake-provider/index.js";

/**
 * The parts a step reads (step-stream.ts), read from the provider directly
 * (model-parts.ts), against the same parts as the AI SDK's `streamText` hands them on:
 * the same request on the wire, and the same parts, for every kind of reply and fault
 * either format can bring. Should an SDK upgrade change what `streamText` does, this
 * says where.
 */

let server: FakeProvider | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const SYSTEM = { role: "system" as const, content: "You interview people about their app." };
const MESSAGES: ModelMessage[] = [{ role: "user", content: "I want an app for our book club." }];
const CHECKED: ToolSet = {
  ...interviewToolSet(),
  // A tool whose schema checks its input, as the SDK's own tools may.
  Checked: tool({ description: "A checked tool", inputSchema: z.object({ pattern: z.string() }) }),
};
const SHOWN_THINKING = { anthropic: { thinking: { type: "adaptive", display: "summarized" } } };

/** The parts step-stream.ts reads, and the fields it reads of each. */
function readable(part: { type: string } & Record<string, unknown>): Record<string, unknown> | null {
  switch (part.type) {
    case "text-delta":
      return { type: part.type, text: part.text };
    case "reasoning-start":
    case "reasoning-end":
      return { type: part.type, id: part.id, providerMetadata: unsigned(part.providerMetadata) };
    case "reasoning-delta":
      return {
        type: part.type,
        id: part.id,
        text: part.text,
        providerMetadata: unsigned(part.providerMetadata),
      };
    case "tool-input-start":
      return { type: part.type, id: part.id, toolName: part.toolName };
    case "tool-input-delta":
      return { type: part.type, id: part.id, delta: part.delta };
    case "tool-call":
      return { type: part.type, toolCallId: part.toolCallId, toolName: part.toolName, input: part.input };
    case "finish-step":
      return {
        type: part.type,
        finishReason: part.finishReason,
        usage: part.usage,
        providerMetadata: part.providerMetadata,
      };
    case "error":
      return { type: part.type, error: described(part.error) };
    default:
      return null;
  }
}

/** The fake provider signs each request's thinking anew: whether it is signed is what compares. */
function unsigned(metadata: unknown): unknown {
  const anthropic = (metadata as { anthropic?: Record<string, unknown> } | undefined)?.anthropic;
  if (!anthropic) return metadata;
  const marked = { ...anthropic };
  for (const key of ["signature", "redactedData"]) if (key in marked) marked[key] = `(${key})`;
  return { ...(metadata as object), anthropic: marked };
}

function described(error: unknown): unknown {
  return error instanceof Error ? { name: error.name, message: error.message } : error;
}

async function collect(parts: AsyncIterable<{ type: string }>): Promise<unknown[]> {
  const seen: unknown[] = [];
  try {
    for await (const part of parts) {
      const kept = readable(part as { type: string } & Record<string, unknown>);
      if (kept) seen.push(kept);
    }
  } catch (error) {
    seen.push({ thrown: described(error) });
  }
  return seen;
}

/**
 * Ids as the order they first came in: the SDK makes repeated reasoning ids unique in its
 * own way, and the fake provider numbers its tool calls' ids by request.
 */
function withIdsInOrder(parts: unknown[]): unknown[] {
  const order = new Map<unknown, number>();
  const inOrder = (id: unknown) => {
    if (!order.has(id)) order.set(id, order.size);
    return order.get(id);
  };
  return parts.map((part) => {
    const { id, toolCallId, ...rest } = part as { id?: unknown; toolCallId?: unknown };
    return {
      ...rest,
      ...(id === undefined ? {} : { id: inOrder(id) }),
      ...(toolCallId === undefined ? {} : { toolCallId: inOrder(toolCallId) }),
    };
  });
}

function lastKind(parts: unknown[]): string | undefined {
  const last = parts.at(-1) as { type?: string; thrown?: unknown } | undefined;
  return last && "thrown" in last ? "thrown" : last?.type;
}

async function bothWays(
  format: "anthropic" | "openai-compatible",
  replies: FakeProviderOptions["replies"],
  providerOptions?: ModelCall["providerOptions"],
  modelId = format === "anthropic" ? DEFAULT_ANTHROPIC_MODEL : "fake-model",
  outputLimit = 1000,
) {
  server = await startFakeProvider({
    replies: [...(replies ?? []), ...(replies ?? [])],
    ...(format === "anthropic" ? { models: [modelId] } : {}),
  });
  const factory = createModelFactory(
    format === "anthropic"
      ? { provider: "anthropic", apiKey: "test", baseUrl: server.url }
      : { provider: "openai-compatible", baseUrl: `${server.url}/v1` },
  );
  const model: LanguageModel = factory(modelId);
  const abort = new AbortController();
  const warned: unknown[][] = [[], []];
  const previous = globalThis.AI_SDK_LOG_WARNINGS;
  let round = 0;
  globalThis.AI_SDK_LOG_WARNINGS = (options) => warned[round]?.push(options);
  try {
    return { ...(await readBoth(model, abort.signal, providerOptions, outputLimit, () => round++)), warned };
  } finally {
    globalThis.AI_SDK_LOG_WARNINGS = previous;
  }
}

async function readBoth(
  model: LanguageModel,
  abortSignal: AbortSignal,
  providerOptions: ModelCall["providerOptions"] | undefined,
  outputLimit: number,
  nextRound: () => void,
) {
  const abort = { signal: abortSignal };
  const bySdk = await collect(
    streamText({
      model,
      system: SYSTEM,
      messages: MESSAGES,
      tools: CHECKED,
      maxOutputTokens: outputLimit,
      ...(providerOptions ? { providerOptions } : {}),
      maxRetries: 0,
      abortSignal: abort.signal,
      onError: () => {},
    }).fullStream,
  );
  nextRound();
  const direct = await collect(
    modelParts({
      model,
      system: SYSTEM,
      messages: MESSAGES,
      tools: CHECKED,
      maxOutputTokens: outputLimit,
      ...(providerOptions ? { providerOptions } : {}),
      abortSignal: abort.signal,
    }),
  );
  const [first, second] = (server?.requests ?? []).filter((request) => request.method === "POST");
  return { bySdk: withIdsInOrder(bySdk), direct: withIdsInOrder(direct), requests: [first, second] };
}

/** A reply or fault, and what the parts end with: the step finished, an error part, or an error thrown while reading. */
type Case = [string, FakeProviderOptions["replies"], "finish-step" | "error" | "thrown"];

const ask = {
  questions: [
    {
      question: "Who signs in?",
      header: "Accounts",
      options: [
        { label: "Members", description: "Each member" },
        { label: "Nobody", description: "Open" },
      ],
      multiSelect: false,
    },
  ],
};

const anthropicCases: Case[] = [
  ["text", [reply().text("Hello there, what would you like to build?")], "finish-step"],
  [
    "thinking, text and a question",
    [reply().thinking("Ask about accounts.").text("One question first.").tool("AskUserQuestion", ask)],
    "finish-step",
  ],
  ["redacted thinking and text", [reply().redactedThinking().text("Noted.")], "finish-step"],
  [
    "a note between tool calls",
    [reply().thinking("note", { update: true }).text("Then this.")],
    "finish-step",
  ],
  ["a tool it does not know", [reply().text("Trying.").tool("Nonexistent", { any: 1 })], "finish-step"],
  [
    "a checked tool, input as it should be",
    [reply().tool("Checked", { pattern: "*.md", extra: true })],
    "finish-step",
  ],
  ["a checked tool, input that fails its check", [reply().tool("Checked", { pattern: 5 })], "finish-step"],
  [
    "a call cut at the output limit",
    [reply().tool("Write", { file_path: "a.txt", content: "x".repeat(400) }, { cutAt: 40 })],
    "finish-step",
  ],
  ["a refusal", [reply().text("I can").refusal({ category: "cyber", explanation: "No." })], "finish-step"],
  ["a stream that stops without its end", [reply().text("Half an answer").garbageAfter(4)], "finish-step"],
  ["garbage before any output", [fault.garbageAfter(1)], "error"],
  [
    "the connection dropped mid-stream",
    [reply().text("Half an answer, then nothing").breakAfter(5)],
    "thrown",
  ],
  ["the connection reset before an answer", [fault.reset()], "error"],
  ["an error event mid-stream", [fault.streamError("overloaded_error", { afterEvents: 4 })], "finish-step"],
  ["an error event first", [fault.streamError("overloaded_error", { afterEvents: 1 })], "finish-step"],
  ["overloaded", [fault.status(529)], "error"],
  ["a bad request", [fault.status(400, { message: "messages: bad" })], "error"],
];

describe("a model call's parts read from the provider, against the SDK's streamText", () => {
  for (const [name, replies, end] of anthropicCases)
    it(`Anthropic: ${name}`, async () => {
      const { bySdk, direct, requests } = await bothWays("anthropic", replies, SHOWN_THINKING);
      expect(lastKind(bySdk)).toBe(end);
      expect(direct).toEqual(bySdk);
      expect(requests[1]?.rawBody).toBe(requests[0]?.rawBody);
      expect(requests[1]?.headers).toEqual(requests[0]?.headers);
    });

  it("logs the provider's warnings about a call as the SDK does, once the step finishes", async () => {
    const { bySdk, direct, warned } = await bothWays(
      "anthropic",
      [reply().text("Hello.")],
      undefined,
      // An old model whose output limit is below the one asked for: the provider lowers it, and says so.
      "claude-3-haiku-20240307",
      32_000,
    );
    expect(direct).toEqual(bySdk);
    expect(warned[0]?.length, "the provider gave no warning to compare").toBeGreaterThan(0);
    expect(warned[1]).toEqual(warned[0]);
  });

  const compatibleCases: Case[] = [
    [
      "text and a question",
      [reply().text("One question first.").tool("AskUserQuestion", ask)],
      "finish-step",
    ],
    ["reasoning and text", [reply().reasoning("Let me think.").text("Hi")], "finish-step"],
    ["two tool calls", [reply().tool("Checked", { pattern: "a" }).tool("Nonexistent", {})], "finish-step"],
    ["no finish reason", [reply().text("An answer").withoutFinishReason()], "finish-step"],
    ["no finish reason and nothing else", [reply().withoutFinishReason()], "finish-step"],
    ["an error chunk", [fault.streamError("overloaded_error", { afterEvents: 2 })], "finish-step"],
    ["overloaded", [fault.status(503)], "error"],
  ];
  for (const [name, replies, end] of compatibleCases)
    it(`OpenAI-compatible: ${name}`, async () => {
      const { bySdk, direct, requests } = await bothWays("openai-compatible", replies);
      expect(lastKind(bySdk)).toBe(end);
      expect(direct).toEqual(bySdk);
      expect(requests[1]?.rawBody).toBe(requests[0]?.rawBody);
      expect(requests[1]?.headers).toEqual(requests[0]?.headers);
    });
});
