import { readFile } from "node:fs/promises";
import { z } from "zod";
import { fault, type MessageReply, type Reply, reply } from "./script.js";
import type { FakeProviderOptions } from "./server.js";

const count = z.number().int().nonnegative();
const chunkSizeSchema = z
  .strictObject({ text: z.number().int().positive(), json: z.number().int().positive() })
  .partial();
const usageSchema = z
  .strictObject({ input: count, output: count, cacheRead: count, cacheWrite: count })
  .partial();

const toolSchema = z.strictObject({
  name: z.string().min(1),
  input: z.record(z.string(), z.unknown()).optional(),
  id: z.string().min(1).optional(),
  cutAt: count.optional(),
});

const thinkingSchema = z.union([
  z.string(),
  z.strictObject({ text: z.string(), update: z.boolean().optional() }),
]);

/** One part of a reply, for scripts that need an order other than thinking, text, tools. */
const partSchema = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({ thinking: thinkingSchema }),
  z.strictObject({ redactedThinking: z.union([z.literal(true), z.string().min(1)]) }),
  z.strictObject({ tool: toolSchema }),
  z.strictObject({
    pause: count,
    pingEveryMs: z.number().int().positive().optional(),
    comment: z.string().startsWith(":").optional(),
  }),
  z.strictObject({ reasoning: z.string(), field: z.enum(["reasoning_content", "reasoning"]).optional() }),
]);

const stopSchema = z.enum([
  "end_turn",
  "tool_use",
  "max_tokens",
  "stop",
  "tool_calls",
  "length",
  "refusal",
  "pause_turn",
]);

const messageSchema = z
  .strictObject({
    fault: z.undefined(),
    thinking: z.union([thinkingSchema, z.array(thinkingSchema)]),
    text: z.union([z.string(), z.array(z.string())]),
    tools: z.array(toolSchema),
    parts: z.array(partSchema),
    stop: stopSchema,
    refusal: z.union([
      z.literal(true),
      z.strictObject({ category: z.string().nullable(), explanation: z.string().nullable() }).partial(),
    ]),
    usage: usageSchema,
    chunkSize: chunkSizeSchema,
    breakAfter: count,
    hangAfter: count,
    garbageAfter: count,
    streamError: z.string().min(1),
    streamErrorAfter: count,
    withoutFinishReason: z.literal(true),
  })
  .partial()
  .refine(
    (message) =>
      [message.breakAfter, message.hangAfter, message.garbageAfter, message.streamError].filter(isSet)
        .length <= 1,
    {
      message: "use at most one of breakAfter, hangAfter, garbageAfter and streamError",
    },
  )
  .refine((message) => message.streamErrorAfter === undefined || message.streamError !== undefined, {
    message: "streamErrorAfter needs streamError",
  })
  .refine(
    (message) =>
      message.parts === undefined ||
      [message.thinking, message.text, message.tools].filter(isSet).length === 0,
    { message: "use either parts or thinking/text/tools" },
  );

const faultSchemas = [
  z.strictObject({
    fault: z.literal("status"),
    status: z.number().int().min(400).max(599),
    retryAfter: z.number().nonnegative().optional(),
    errorType: z.string().min(1).optional(),
    message: z.string().optional(),
    body: z.union([z.json(), z.string()]).optional(),
  }),
  z.strictObject({ fault: z.literal("reset") }),
  z.strictObject({ fault: z.literal("hang"), afterEvents: count.optional() }),
  z.strictObject({ fault: z.literal("breakAfter"), events: count }),
  z.strictObject({ fault: z.literal("garbage"), afterEvents: count, bytes: z.string().optional() }),
  z.strictObject({
    fault: z.literal("streamError"),
    errorType: z.string().min(1).optional(),
    afterEvents: count.optional(),
    message: z.string().optional(),
  }),
] as const;

const localModelSchema = z.union([
  z.string().min(1),
  z.strictObject({
    id: z.string().min(1),
    capabilities: z.array(z.string()).optional(),
    trainedContext: z.number().int().positive().optional(),
    numCtx: z.number().int().positive().optional(),
    architecture: z.string().min(1).optional(),
    loaded: z.boolean().optional(),
  }),
]);

/** `local` in a script: the fake as Ollama, llama.cpp, vLLM or LM Studio (local-server.ts). */
const localSchema = z.strictObject({
  kind: z.enum(["ollama", "llama.cpp", "vllm", "lmstudio"]),
  models: z.array(localModelSchema),
  contextLength: z.number().int().positive().optional(),
  tools: z.boolean().optional(),
  legacyErrors: z.boolean().optional(),
  overflow: z.enum(["truncate", "error"]).optional(),
});

const scriptFileSchema = z.strictObject({
  replies: z.array(z.discriminatedUnion("fault", [messageSchema, ...faultSchemas])),
  loop: z.boolean().optional(),
  models: z.array(z.string().min(1)).optional(),
  strict: z.boolean().optional(),
  cacheTtlMs: z.number().positive().optional(),
  chunkSize: chunkSizeSchema.optional(),
  eventDelayMs: z.number().nonnegative().optional(),
  local: localSchema.optional(),
});

/** The JSON script the standalone server runs (README.md describes it). */
export type ScriptFile = z.infer<typeof scriptFileSchema>;
type ScriptedReply = ScriptFile["replies"][number];
type ScriptedMessage = z.infer<typeof messageSchema>;

/** A script file that could not be read or does not match the format. */
export class ScriptFileError extends Error {
  override readonly name = "ScriptFileError";
}

export async function loadScriptFile(path: string): Promise<FakeProviderOptions> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ScriptFileError(
      `cannot read script ${path}: ${error instanceof Error ? error.message : error}`,
    );
  }
  const script = parseScriptFile(text, path);
  return {
    replies: repliesOf(script),
    loop: script.loop ?? false,
    ...(script.models ? { models: script.models } : {}),
    ...(script.chunkSize ? { chunkSize: script.chunkSize } : {}),
    ...(script.eventDelayMs === undefined ? {} : { eventDelayMs: script.eventDelayMs }),
    ...(script.strict === undefined ? {} : { strict: script.strict }),
    ...(script.cacheTtlMs === undefined ? {} : { cacheTtlMs: script.cacheTtlMs }),
    ...(script.local ? { local: script.local } : {}),
  };
}

export function parseScriptFile(text: string, source = "script"): ScriptFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ScriptFileError(`${source} is not JSON: ${error instanceof Error ? error.message : error}`);
  }
  const result = scriptFileSchema.safeParse(value);
  if (!result.success)
    throw new ScriptFileError(`${source} is not a valid script:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export function repliesOf(script: ScriptFile): Reply[] {
  return script.replies.map(replyOf);
}

function replyOf(scripted: ScriptedReply): Reply {
  switch (scripted.fault) {
    case undefined:
      return messageOf(scripted);
    case "status":
      return fault.status(scripted.status, {
        retryAfter: scripted.retryAfter,
        errorType: scripted.errorType,
        message: scripted.message,
        ...(scripted.body === undefined ? {} : { body: scripted.body }),
      });
    case "reset":
      return fault.reset();
    case "hang":
      return fault.hang(scripted.afterEvents);
    case "breakAfter":
      return fault.breakAfter(scripted.events);
    case "garbage":
      return fault.garbageAfter(scripted.afterEvents, scripted.bytes);
    case "streamError":
      return fault.streamError(scripted.errorType, {
        afterEvents: scripted.afterEvents,
        message: scripted.message,
      });
  }
}

function messageOf(scripted: ScriptedMessage): MessageReply {
  let built = reply();
  const thoughts = scripted.thinking === undefined ? [] : [scripted.thinking].flat();
  for (const thought of thoughts) built = withThinking(built, thought);
  const texts = typeof scripted.text === "string" ? [scripted.text] : (scripted.text ?? []);
  for (const text of texts) built = built.text(text);
  for (const tool of scripted.tools ?? []) built = withTool(built, tool);
  for (const part of scripted.parts ?? []) built = withPart(built, part);
  if (scripted.stop) built = built.stop(scripted.stop);
  if (scripted.refusal !== undefined)
    built = built.refusal(scripted.refusal === true ? {} : scripted.refusal);
  if (scripted.usage) built = built.usage(scripted.usage);
  if (scripted.chunkSize) built = built.chunkSize(scripted.chunkSize);
  if (scripted.breakAfter !== undefined) built = built.breakAfter(scripted.breakAfter);
  if (scripted.hangAfter !== undefined) built = built.hangAfter(scripted.hangAfter);
  if (scripted.garbageAfter !== undefined) built = built.garbageAfter(scripted.garbageAfter);
  if (scripted.withoutFinishReason) built = built.withoutFinishReason();
  if (scripted.streamError !== undefined) {
    built = built.streamError(scripted.streamError, { afterEvents: scripted.streamErrorAfter });
  }
  return built;
}

type ScriptedThinking = z.infer<typeof thinkingSchema>;
type ScriptedTool = z.infer<typeof toolSchema>;
type ScriptedPart = z.infer<typeof partSchema>;

function withThinking(built: MessageReply, thought: ScriptedThinking): MessageReply {
  return typeof thought === "string"
    ? built.thinking(thought)
    : built.thinking(thought.text, thought.update === undefined ? {} : { update: thought.update });
}

function withTool(built: MessageReply, tool: ScriptedTool): MessageReply {
  return built.tool(tool.name, tool.input ?? {}, {
    ...(tool.id === undefined ? {} : { id: tool.id }),
    ...(tool.cutAt === undefined ? {} : { cutAt: tool.cutAt }),
  });
}

function withPart(built: MessageReply, part: ScriptedPart): MessageReply {
  if ("text" in part) return built.text(part.text);
  if ("thinking" in part) return withThinking(built, part.thinking);
  if ("redactedThinking" in part)
    return built.redactedThinking(part.redactedThinking === true ? undefined : part.redactedThinking);
  if ("tool" in part) return withTool(built, part.tool);
  if ("reasoning" in part)
    return built.reasoning(part.reasoning, part.field === undefined ? {} : { field: part.field });
  return built.pause(part.pause, {
    ...(part.pingEveryMs === undefined ? {} : { pingEveryMs: part.pingEveryMs }),
    ...(part.comment === undefined ? {} : { comment: part.comment }),
  });
}

function isSet(value: unknown): boolean {
  return value !== undefined;
}
