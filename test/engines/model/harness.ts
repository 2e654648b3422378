import { join } from "node:path";
import { afterEach } from "vitest";
import {
  createModelEngine,
  type ModelEngine,
  type ModelEngineTuning,
} from "../../../src/engines/model/index.js";
import { SpecChatSession } from "../../../src/session/index.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { ProjectRegistry } from "../../../src/workspace/index.js";
import {
  type FakeProvider,
  type FakeProviderOptions,
  type Json,
  type JsonObject,
  type RecordedRequest,
  startFakeProvider,
} from "../../support/fake-provider/index.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";

export const PROVIDERS = ["anthropic", "openai-compatible"] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface HarnessOptions extends FakeProviderOptions {
  engine?: ModelEngineTuning & { model?: string | null };
  /** Builds the engine instead, for tests that point it somewhere unusual. */
  engineFor?: (server: FakeProvider) => ModelEngine;
}

export interface Harness {
  server: FakeProvider;
  engine: ModelEngine;
  session: SpecChatSession;
  projectDir: string;
}

/** Waits small enough that retry tests finish at once; a stall needs real silence to show. */
const FAST: ModelEngineTuning = { retryBaseDelayMs: 1, retryMaxWaitMs: 20, stallTimeoutMs: 10_000 };

/**
 * A real session on a model engine that talks to a fake provider on 127.0.0.1, in a fresh
 * projects folder. Sessions and servers are closed after each test.
 */
export function harnessForEachTest(): (provider: Provider, options?: HarnessOptions) => Promise<Harness> {
  const tempDir = tempDirsForEachTest();
  const open: { server: FakeProvider; session: SpecChatSession }[] = [];
  afterEach(async () => {
    for (const { server, session } of open.splice(0)) {
      await session.close();
      await server.close();
    }
  });
  return async (provider, options = {}) => {
    const { engine: tuning, engineFor, ...serverOptions } = options;
    const server = await startFakeProvider(serverOptions);
    const engine = engineFor ? engineFor(server) : modelEngineFor(provider, server, { ...FAST, ...tuning });
    const projectsDir = await tempDir();
    const session = new SpecChatSession({
      projectName: "demo",
      projects: new ProjectRegistry(projectsDir),
      engine,
    });
    open.push({ server, session });
    return { server, engine, session, projectDir: join(projectsDir, "demo") };
  };
}

export function modelEngineFor(
  provider: Provider,
  server: FakeProvider,
  options: ModelEngineTuning & { model?: string | null } = {},
): ModelEngine {
  // Anthropic's base URL is the API root, as ANTHROPIC_BASE_URL gives it; OpenAI's includes /v1.
  return provider === "anthropic"
    ? createModelEngine({ provider, apiKey: "test-key", baseUrl: server.url, ...options })
    : createModelEngine({ provider, baseUrl: `${server.url}/v1`, model: "fake-model", ...options });
}

/** Requests to the model routes, leaving out model listings and a local server's own routes. */
export function modelRequests(server: FakeProvider): RecordedRequest[] {
  return server.requests.filter(
    (request) =>
      request.method === "POST" && /\/(chat\/completions|messages)$/.test(request.path.replace(/\/+$/, "")),
  );
}

export function textOf(frames: readonly ServerFrame[]): string {
  return frames.map((frame) => (frame.type === "text" ? frame.content : "")).join("");
}

/** The frame types in order, leaving out `activity` (what the turn was doing while it ran), which its own tests check. */
export function typesOf(frames: readonly ServerFrame[]): string[] {
  return frames.filter((frame) => frame.type !== "activity").map((frame) => frame.type);
}

export interface SentToolResult {
  toolCallId: string;
  text: string;
  /** Anthropic flags errors; OpenAI's format has no such field, so it is undefined there. */
  isError: boolean | undefined;
}

/** The tool results a request carried, read from either wire format. */
export function toolResultsIn(request: RecordedRequest): SentToolResult[] {
  const messages = asArray(request.body.messages);
  if (request.path.endsWith("/messages")) {
    return messages.flatMap((message) =>
      asArray(asObject(message).content)
        .map(asObject)
        .filter((block) => block.type === "tool_result")
        .map((block) => ({
          toolCallId: String(block.tool_use_id),
          text: contentText(block.content),
          isError: block.is_error === true,
        })),
    );
  }
  return messages
    .map(asObject)
    .filter((message) => message.role === "tool")
    .map((message) => ({
      toolCallId: String(message.tool_call_id),
      text: contentText(message.content),
      isError: undefined,
    }));
}

/** The texts of the person's plain messages in a request, in order. */
export function userTextsIn(request: RecordedRequest): string[] {
  return asArray(request.body.messages)
    .map(asObject)
    .filter((message) => message.role === "user")
    .flatMap((message) => {
      if (typeof message.content === "string") return [message.content];
      return asArray(message.content)
        .map(asObject)
        .filter((block) => block.type === "text")
        .map((block) => String(block.text));
    });
}

function contentText(content: Json | undefined): string {
  if (typeof content === "string") return content;
  return asArray(content)
    .map((block) => String(asObject(block).text ?? ""))
    .join("");
}

export function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

export function asObject(value: Json | undefined): JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
