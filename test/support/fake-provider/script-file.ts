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

const messageSchema = z
  .strictObject({
    fault: z.undefined(),
    text: z.union([z.string(), z.array(z.string())]),
    tools: z.array(
      z.strictObject({
        name: z.string().min(1),
        input: z.record(z.string(), z.unknown()).optional(),
        id: z.string().min(1).optional(),
      }),
    ),
    stop: z.enum(["end_turn", "tool_use", "max_tokens", "stop", "tool_calls", "length"]),
    usage: usageSchema,
    chunkSize: chunkSizeSchema,
    breakAfter: count,
    hangAfter: count,
    streamError: z.string().min(1),
    streamErrorAfter: count,
  })
  .partial()
  .refine(
    (message) => [message.breakAfter, message.hangAfter, message.streamError].filter(isSet).length <= 1,
    {
      message: "use at most one of breakAfter, hangAfter and streamError",
    },
  )
  .refine((message) => message.streamErrorAfter === undefined || message.streamError !== undefined, {
    message: "streamErrorAfter needs streamError",
  });

const faultSchemas = [
  z.strictObject({
    fault: z.literal("status"),
    status: z.number().int().min(400).max(599),
    retryAfter: z.number().nonnegative().optional(),
    errorType: z.string().min(1).optional(),
    message: z.string().optional(),
  }),
  z.strictObject({ fault: z.literal("reset") }),
  z.strictObject({ fault: z.literal("hang"), afterEvents: count.optional() }),
  z.strictObject({ fault: z.literal("breakAfter"), events: count }),
  z.strictObject({
    fault: z.literal("streamError"),
    errorType: z.string().min(1).optional(),
    afterEvents: count.optional(),
    message: z.string().optional(),
  }),
] as const;

const scriptFileSchema = z.strictObject({
  replies: z.array(z.discriminatedUnion("fault", [messageSchema, ...faultSchemas])),
  loop: z.boolean().optional(),
  models: z.array(z.string().min(1)).optional(),
  chunkSize: chunkSizeSchema.optional(),
  eventDelayMs: z.number().nonnegative().optional(),
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
      });
    case "reset":
      return fault.reset();
    case "hang":
      return fault.hang(scripted.afterEvents);
    case "breakAfter":
      return fault.breakAfter(scripted.events);
    case "streamError":
      return fault.streamError(scripted.errorType, {
        afterEvents: scripted.afterEvents,
        message: scripted.message,
      });
  }
}

function messageOf(scripted: ScriptedMessage): MessageReply {
  let built = reply();
  const texts = typeof scripted.text === "string" ? [scripted.text] : (scripted.text ?? []);
  for (const text of texts) built = built.text(text);
  for (const tool of scripted.tools ?? []) built = built.tool(tool.name, tool.input ?? {}, { id: tool.id });
  if (scripted.stop) built = built.stop(scripted.stop);
  if (scripted.usage) built = built.usage(scripted.usage);
  if (scripted.chunkSize) built = built.chunkSize(scripted.chunkSize);
  if (scripted.breakAfter !== undefined) built = built.breakAfter(scripted.breakAfter);
  if (scripted.hangAfter !== undefined) built = built.hangAfter(scripted.hangAfter);
  if (scripted.streamError !== undefined) {
    built = built.streamError(scripted.streamError, { afterEvents: scripted.streamErrorAfter });
  }
  return built;
}

function isSet(value: unknown): boolean {
  return value !== undefined;
}
