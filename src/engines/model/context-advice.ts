/** The kinds of server a model engine can tell apart, for advice that names the right setting. */
export type ServerKind = "anthropic" | "ollama" | "llama.cpp" | "vllm" | "lmstudio" | "openai-compatible";

/** How each server is named to the person. */
export const SERVER_NAMES: Readonly<Record<ServerKind, string>> = {
  anthropic: "Anthropic",
  ollama: "Ollama",
  "llama.cpp": "llama.cpp's server",
  vllm: "vLLM",
  lmstudio: "LM Studio",
  "openai-compatible": "the server",
};

/** A context that leaves room for a long interview and its spec, when the person asks what to set. */
const ROOMY_CONTEXT = 32_768;

/** A context size worth suggesting for a request of `needed` tokens: room to grow, a round number. */
export function suggestedContext(needed: number | null): number {
  let size = ROOMY_CONTEXT;
  while (needed !== null && size < needed * 2) size *= 2;
  return size;
}

/**
 * What to do when a conversation outgrows the model's context window, in the words of
 * the server that sets it:
 * - Ollama: the OpenAI-compatible API "does not have a way of setting the context size
 *   for a model"; a Modelfile with `PARAMETER num_ctx` makes a model with a larger one
 *   (https://docs.ollama.com/api/openai-compatibility), and `OLLAMA_CONTEXT_LENGTH`
 *   sets the server's default (https://docs.ollama.com/context-length,
 *   https://docs.ollama.com/faq#how-can-i-specify-the-context-window-size);
 * - llama.cpp's server: `--ctx-size` (`-c`), the prompt context it was started with
 *   (https://github.com/ggml-org/llama.cpp/tree/master/tools/server);
 * - vLLM: `--max-model-len` (https://github.com/vllm-project/vllm/issues/12886);
 * - LM Studio: the context length a model is loaded with (`lms load --context-length`,
 *   https://lmstudio.ai/docs/developer/api-changelog).
 */
export function contextAdvice(
  server: ServerKind | null,
  modelId: string,
  needed: number | null = null,
): string {
  const size = suggestedContext(needed);
  const other = "or choose a model with a larger context window with --model";
  switch (server) {
    case "ollama":
      return `Give ${modelId} a larger context: start Ollama with OLLAMA_CONTEXT_LENGTH=${size} in its environment, or make a copy of the model whose Modelfile says \`PARAMETER num_ctx ${size}\` (\`ollama create\`) and choose that one, ${other}. (Ollama's OpenAI-compatible API cannot set the context per request.)`;
    case "llama.cpp":
      return `Restart llama-server with a larger context, such as \`--ctx-size ${size}\`, ${other}.`;
    case "vllm":
      return `Restart vLLM with a larger \`--max-model-len\` (such as ${size}, within the model's own limit), ${other}.`;
    case "lmstudio":
      return `Load ${modelId} in LM Studio with a larger context length (such as \`lms load ${modelId} --context-length ${size}\`), ${other}.`;
    default:
      return `Start a new interview, ${other}.`;
  }
}
