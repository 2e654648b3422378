import { type EngineError, engineError } from "../../types/engine-events.js";
import { contextAdvice, type ServerKind } from "./context-advice.js";
import { BAD_PORT, type KnownRefusal, knownRefusal, type ProviderFailure } from "./provider-failure.js";

export interface FailureContext {
  /** Retries made before giving up. */
  retries: number;
  /** Where requests went, such as `https://api.anthropic.com/v1`. */
  baseUrl: string;
  /** The variable holding the key, such as `ANTHROPIC_API_KEY`. */
  apiKeyVariable: string;
  modelId: string;
  stallTimeoutMs: number;
  /** The kind of server, when the engine has learned it, so advice names its settings. */
  server?: ServerKind | null;
}

export const IMAGES_REFUSED_MESSAGE =
  "This model does not accept images; they will be left out from now on. Send your message again, and describe the mockup in words if it matters.";

/**
 * The error event for a failed model call: its code, and one or two plain sentences
 * for the person: what happened, and what to do about it.
 */
export function describeFailure(failure: ProviderFailure, context: FailureContext): EngineError {
  const gaveUp = afterRetries(context.retries);
  const refusal = knownRefusal(failure);
  if (refusal !== null && (failure.kind === "http" || failure.kind === "stream-error"))
    return describeRefusal(refusal, failure.message, context);
  switch (failure.kind) {
    case "http":
      return describeStatus(failure.status, failure.message, context, gaveUp);
    case "stream-error":
      if (failure.errorType === "overloaded_error")
        return engineError(
          "provider_overloaded",
          `The model provider is overloaded (${failure.errorType})${gaveUp}. Try again in a minute.`,
        );
      return engineError(
        "provider_stream_error",
        `The model provider reported an error while answering (${failure.errorType}: ${failure.message})${gaveUp}.`,
      );
    case "network":
      return describeNetwork(failure.code, failure.message, context.baseUrl, gaveUp);
    case "broken-stream":
      return engineError(
        "stream_broken",
        `The connection to the model broke while it was answering (${failure.message})${gaveUp}; nothing was lost. Send your message again.`,
      );
    case "ended-early":
      return engineError(
        "response_incomplete",
        `The model's answer ended before it was complete${gaveUp}. Try again.`,
      );
    case "stalled":
      return engineError(
        "model_stalled",
        `The model stopped responding for ${duration(context.stallTimeoutMs)}.`,
      );
    case "unsupported":
      return engineError("request_unsupported", `The model cannot handle this request: ${failure.message}`);
    case "other":
      return engineError("model_call_failed", `The model call failed: ${failure.message}`);
  }
}

function describeStatus(
  status: number,
  message: string,
  context: FailureContext,
  gaveUp: string,
): EngineError {
  if (status === 401 || status === 403)
    return engineError(
      "provider_auth_failed",
      `The API key was refused (HTTP ${status}). Check ${context.apiKeyVariable}.`,
    );
  if (status === 404)
    return engineError(
      "model_not_found",
      `The model provider at ${context.baseUrl} does not know the model "${context.modelId}" (HTTP 404: ${message}). Choose another with --model.`,
    );
  if (status === 529)
    return engineError(
      "provider_overloaded",
      `The model provider is overloaded (HTTP 529)${gaveUp}. Try again in a minute.`,
    );
  if (status === 429)
    return engineError(
      "provider_rate_limited",
      `The model provider is limiting requests (HTTP 429)${gaveUp}. Try again in a minute.`,
    );
  if (status === 408)
    return engineError(
      "provider_timeout",
      `The model provider timed out (HTTP 408)${gaveUp}. Try again in a minute.`,
    );
  if (status >= 500)
    return engineError(
      "provider_server_error",
      `The model provider had an internal error (HTTP ${status}: ${message})${gaveUp}. Try again in a minute.`,
    );
  return engineError(
    "provider_refused",
    `The model provider refused the request (HTTP ${status}: ${message})${gaveUp}.`,
  );
}

/**
 * A refusal whose cause the server named (provider-failure.ts), with the fix in the
 * terms of that server. The server's own words are quoted: they name the model the way
 * the person will look for it.
 */
function describeRefusal(refusal: KnownRefusal, said: string, context: FailureContext): EngineError {
  const quoted = `(the server said: "${said}")`;
  const model = context.modelId;
  switch (refusal.kind) {
    case "lacks-tools":
      switch (refusal.server) {
        // Ollama marks models that can use tools with the "tools" capability and tag
        // (https://docs.ollama.com/api/show, https://ollama.com/search?c=tools).
        case "ollama":
          return engineError(
            "model_lacks_tools",
            `The model ${model} cannot use tools, and the interview needs them ${quoted}. Choose a model with tool support: \`ollama list\` shows the models you have, and models tagged "tools" on ollama.com (https://ollama.com/search?c=tools) can use them; pull one and pass it with --model.`,
          );
        // https://github.com/ggml-org/llama.cpp/blob/master/docs/function-calling.md
        case "llama.cpp":
          return engineError(
            "model_lacks_tools",
            `llama.cpp's server takes tools only when it is started with --jinja, and the interview needs them ${quoted}. Restart llama-server with --jinja (and a chat template that supports tool calls), then send your message again.`,
          );
        // https://docs.vllm.ai/en/latest/features/tool_calling.html
        case "vllm":
          return engineError(
            "model_lacks_tools",
            `vLLM was started without tool calling, and the interview needs it ${quoted}. Restart it with --enable-auto-tool-choice and the --tool-call-parser for your model (such as hermes for Qwen, llama3_json for Llama 3), then send your message again.`,
          );
      }
      break;
    case "not-chat":
      return engineError(
        "model_not_chat",
        `The model ${model} is not a chat model ${quoted}; it is probably an embedding model. Choose a chat model with --model (\`specwright models\` lists the server's models).`,
      );
    case "context-too-long": {
      // The server the engine recognised, else the one whose words these are.
      const recognised = context.server === "openai-compatible" ? null : (context.server ?? null);
      const server = recognised ?? (refusal.words === "other" ? null : refusal.words);
      return engineError(
        "context_too_long",
        `The conversation no longer fits the context window of ${model} ${quoted}. ${contextAdvice(server, model)}`,
      );
    }
  }
  return engineError("provider_refused", `The model provider refused the request ${quoted}.`);
}

function describeNetwork(code: string | null, message: string, baseUrl: string, gaveUp: string): EngineError {
  if (code === "ECONNREFUSED" || code === "ConnectionRefused")
    return engineError("provider_unreachable", `Could not reach ${baseUrl}: connection refused.`);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN")
    return engineError("provider_unreachable", `Could not reach ${baseUrl}: the host name was not found.`);
  if (code === BAD_PORT)
    return engineError(
      "provider_unreachable",
      `Could not reach ${baseUrl}: Node.js does not connect to that port, which the fetch standard blocks as unsafe. Use another port.`,
    );
  return engineError(
    "stream_broken",
    `The connection to the model at ${baseUrl} broke (${message})${gaveUp}; nothing was lost. Send your message again.`,
  );
}

function afterRetries(retries: number): string {
  if (retries === 0) return "";
  return ` and did not recover after ${retries} ${retries === 1 ? "retry" : "retries"}`;
}

/** "60 seconds", "1 second", "1.5 seconds", "200 milliseconds". */
export function duration(ms: number): string {
  if (ms < 1000) return `${ms} ${ms === 1 ? "millisecond" : "milliseconds"}`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
}
