import {
  asSchema,
  type FinishReason,
  type LanguageModel,
  type LanguageModelUsage,
  type ModelMessage,
  NoOutputGeneratedError,
  type ProviderMetadata,
  parsePartialJson,
  type SystemModelMessage,
  type ToolSet,
} from "ai";
import {
  asLanguageModelUsage,
  convertToLanguageModelPrompt,
  prepareCallSettings,
  prepareToolsAndToolChoice,
  standardizePrompt,
} from "ai/internal";
import { logModelWarnings } from "./model-warnings.js";

/**
 * One model call's parts, read from the provider's stream (`doStream`) as the AI SDK's
 * `streamText` hands them on for the parts a step reads (step-stream.ts), without
 * `streamText` itself.
 *
 * Why: `streamText` passes every streamed chunk through about ten more web streams
 * before its `fullStream` (tool calls, steps, stitching, output, events, a tee) and sets
 * them up for every request, for a single step that runs no tool and uses none of its
 * results but the parts. Those stages cost more CPU than the rest of the relay: at 100
 * interviews streaming at once they were about a fifth of the server's CPU, and each
 * chunk's relay inside the server took several times longer (bench/README.md).
 *
 * What `streamText` does for such a step (ai 6.0, `maxRetries: 0`, no tool with
 * `execute`, the default tool choice, text output), done here the same way and with its
 * own functions from `ai/internal` where it has one:
 * - the request: the prompt standardized and converted, the tools prepared, the call
 *   settings checked, the text response format; no header added;
 * - text deltas handed on unless empty (and without provider metadata); reasoning parts
 *   with ids made unique within the step; tool input parts as they come;
 * - a tool call's input parsed as JSON (`parsePartialJson` succeeds exactly where the
 *   SDK's own parse does), and checked against its tool's schema when that can check: an
 *   empty input is `{}` for a known tool; an input that does not parse, or fails its
 *   check, or names no known tool, is kept parsed if it parses and as its text if not;
 * - the provider's `finish` held and handed on as `finish-step` once the stream ends,
 *   with its usage as the SDK counts it; a stream that ended with output but without it
 *   finishes the step all the same (reason `other`, no usage); one with neither output
 *   nor an error is the SDK's `NoOutputGeneratedError`; the provider's warnings about the
 *   call (a setting it ignored, a model it did not know) are logged as the step finishes,
 *   where the SDK logs them (model-warnings.ts);
 * - a failure to make the request (the provider's HTTP error, say) becomes an `error`
 *   part; a failure while reading is thrown from `next`, as `fullStream` throws it.
 * An aborted call ends its reader (step-stream.ts) rather than with an `abort` part.
 */
export type StepPart =
  | { type: "text-delta"; id: string; text: string; providerMetadata?: ProviderMetadata }
  | { type: "reasoning-start" | "reasoning-end"; id: string; providerMetadata?: ProviderMetadata }
  | { type: "reasoning-delta"; id: string; text: string; providerMetadata?: ProviderMetadata }
  | { type: "tool-input-start"; id: string; toolName: string }
  | { type: "tool-input-delta"; id: string; delta: string }
  | { type: "tool-call"; toolCallId: string; toolName: string; input: unknown }
  | {
      type: "finish-step";
      finishReason: FinishReason;
      usage: LanguageModelUsage;
      providerMetadata: ProviderMetadata | undefined;
    }
  | { type: "error"; error: unknown };

type ModelV3 = Extract<LanguageModel, { specificationVersion: "v3" }>;
type CallOptions = Parameters<ModelV3["doStream"]>[0];

export interface ModelCall {
  model: LanguageModel;
  system: SystemModelMessage;
  messages: ModelMessage[];
  tools: ToolSet;
  maxOutputTokens: number | null;
  providerOptions?: CallOptions["providerOptions"];
  abortSignal: AbortSignal;
}
type ProviderPart =
  Awaited<ReturnType<ModelV3["doStream"]>>["stream"] extends ReadableStream<infer Part> ? Part : never;

/** The parts `streamText` counts as output: a stream with none of them and no finish produced nothing. */
const OUTPUT_PARTS: ReadonlySet<string> = new Set([
  "file",
  "source",
  "text-start",
  "text-end",
  "text-delta",
  "reasoning-start",
  "reasoning-end",
  "reasoning-delta",
  "tool-input-start",
  "tool-input-end",
  "tool-input-delta",
  "tool-approval-request",
  "tool-call",
  "tool-result",
  "tool-error",
]);

/**
 * The call's parts. The call settings are checked at once, as `streamText` checks them
 * when it is called; the request is made when the first part is asked for.
 */
export function modelParts(call: ModelCall): AsyncGenerator<StepPart> {
  const settings = prepareCallSettings(
    call.maxOutputTokens !== null ? { maxOutputTokens: call.maxOutputTokens } : {},
  );
  return readParts(call, settings);
}

async function* readParts(
  call: ModelCall,
  settings: ReturnType<typeof prepareCallSettings>,
): AsyncGenerator<StepPart> {
  let stream: ReadableStream<ProviderPart>;
  try {
    const model = call.model;
    if (typeof model === "string" || model.specificationVersion !== "v3")
      throw new Error("The model must be a language model of the AI SDK's version 3 interface");
    const standardized = await standardizePrompt({ system: call.system, messages: call.messages });
    const prompt = await convertToLanguageModelPrompt({
      prompt: standardized,
      supportedUrls: await model.supportedUrls,
      download: undefined,
      abortSignal: call.abortSignal,
    });
    const { tools, toolChoice } = await prepareToolsAndToolChoice({
      tools: call.tools,
      toolChoice: undefined,
      activeTools: undefined,
    });
    const options: CallOptions = {
      ...settings,
      tools,
      toolChoice,
      responseFormat: { type: "text" },
      prompt,
      ...(call.providerOptions ? { providerOptions: call.providerOptions } : {}),
      abortSignal: call.abortSignal,
      includeRawChunks: false,
    };
    ({ stream } = await model.doStream(options));
  } catch (error) {
    yield { type: "error", error };
    return;
  }
  const reader = stream.getReader();
  const reasoningIds = new PartIds();
  let warnings: Extract<ProviderPart, { type: "stream-start" }>["warnings"] = [];
  let finish: Extract<StepPart, { type: "finish-step" }> | null = null;
  let failed = false;
  let output = false;
  let ended = false;
  try {
    while (true) {
      const { done, value: part } = await reader.read();
      if (done) {
        ended = true;
        break;
      }
      if (OUTPUT_PARTS.has(part.type)) output = true;
      switch (part.type) {
        case "text-delta":
          if (part.delta.length > 0 || part.providerMetadata != null)
            yield withMetadata({ type: "text-delta", id: part.id, text: part.delta }, part.providerMetadata);
          break;
        case "reasoning-start":
          yield withMetadata(
            { type: "reasoning-start", id: reasoningIds.begin(part.id) },
            part.providerMetadata,
          );
          break;
        case "reasoning-delta":
          yield withMetadata(
            { type: "reasoning-delta", id: reasoningIds.of(part.id), text: part.delta },
            part.providerMetadata,
          );
          break;
        case "reasoning-end":
          yield withMetadata({ type: "reasoning-end", id: reasoningIds.end(part.id) }, part.providerMetadata);
          break;
        case "tool-input-start":
          yield { type: "tool-input-start", id: part.id, toolName: part.toolName };
          break;
        case "tool-input-delta":
          yield { type: "tool-input-delta", id: part.id, delta: part.delta };
          break;
        case "tool-call":
          yield {
            type: "tool-call",
            toolCallId: part.toolCallId,
            toolName: part.toolName,
            input: await callInput(part, call.tools),
          };
          break;
        case "finish":
          finish = {
            type: "finish-step",
            finishReason: part.finishReason.unified,
            usage: asLanguageModelUsage(part.usage),
            providerMetadata: part.providerMetadata,
          };
          break;
        case "stream-start":
          warnings = part.warnings;
          break;
        case "error":
          failed = true;
          yield { type: "error", error: part.error };
          break;
        default:
          // Parts no step reads (response metadata, text's start and end, sources, files,
          // provider-run tools' results, raw chunks).
          break;
      }
    }
  } finally {
    // A consumer that stops early stops the provider's stream too, as `fullStream` does.
    if (ended) reader.releaseLock();
    else reader.cancel().catch(() => {});
  }
  if (finish === null && !failed && !output) {
    yield {
      type: "error",
      error: new NoOutputGeneratedError({
        message: "No output generated. The model stream ended without a finish chunk.",
      }),
    };
    return;
  }
  logModelWarnings(warnings, call.model);
  yield finish ?? {
    type: "finish-step",
    finishReason: failed ? "error" : "other",
    usage: NO_USAGE(),
    providerMetadata: undefined,
  };
}

function withMetadata<Part extends StepPart>(
  part: Part,
  providerMetadata: ProviderMetadata | undefined,
): Part {
  return providerMetadata === undefined ? part : { ...part, providerMetadata };
}

/** The SDK's usage of a step whose provider never said (`createNullLanguageModelUsage`). */
const NO_USAGE = (): LanguageModelUsage => ({
  inputTokens: undefined,
  inputTokenDetails: { noCacheTokens: undefined, cacheReadTokens: undefined, cacheWriteTokens: undefined },
  outputTokens: undefined,
  outputTokenDetails: { textTokens: undefined, reasoningTokens: undefined },
  totalTokens: undefined,
  raw: undefined,
});

/**
 * A tool call's input as `streamText` hands it on (its `parseToolCall`, with no repair):
 * parsed and checked for a tool it knows (or one the provider ran itself); otherwise, or
 * when that fails, parsed if it parses and left as its text if not.
 */
async function callInput(
  call: Extract<ProviderPart, { type: "tool-call" }>,
  tools: ToolSet,
): Promise<unknown> {
  const tool = tools[call.toolName];
  const known = tool != null || (call.providerExecuted === true && call.dynamic === true);
  const parsed = call.input.trim() === "" ? null : await parsePartialJson(call.input);
  const value = parsed === null ? {} : parsed.state === "successful-parse" ? parsed.value : undefined;
  if (known && (parsed === null || parsed.state === "successful-parse")) {
    if (tool == null) return value;
    const checked = await asSchema(tool.inputSchema).validate?.(value);
    if (checked === undefined || checked.success) return checked === undefined ? value : checked.value;
  }
  // Not a call it could take: kept as the model wrote it, parsed when it parses.
  return parsed?.state === "successful-parse" ? parsed.value : call.input;
}

/**
 * Reasoning ids made unique within a step, as `streamText` makes them: a provider that
 * gives two blocks the same id gets the second a new one, and that block's deltas and
 * end follow it.
 */
class PartIds {
  private readonly used = new Set<string>();
  private readonly current = new Map<string, string>();
  private made = 0;

  begin(id: string): string {
    let unique = id;
    while (this.used.has(unique)) unique = `${id}-step-part-${++this.made}`;
    this.used.add(unique);
    this.current.set(id, unique);
    return unique;
  }

  of(id: string): string {
    return this.current.get(id) ?? id;
  }

  end(id: string): string {
    const unique = this.of(id);
    this.current.delete(id);
    return unique;
  }
}
