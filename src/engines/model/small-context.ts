import type { ServerKind } from "./context-advice.js";

/**
 * A context window below this is small for an interview: the shipped skill is sent in
 * its short form (model-engine.ts), and a long interview keeps only its latest
 * messages word for word. 16,384 tokens leave the short skill and the tools a third of
 * the window and the conversation the rest.
 */
export const SMALL_CONTEXT_BELOW = 16_384;

/** What is known of the model an interview would use, for `smallDefaultContextAdvice`. */
export interface LoadedContext {
  id: string;
  /** The context it runs with, as the server says; null when unknown. */
  contextWindow: number | null;
  /** The most it can take (Ollama's `<architecture>.context_length`); null when unknown. */
  trainedContext: number | null;
  /** Ollama: a Modelfile's `num_ctx`, when it sets one. */
  numCtx?: number | null;
  /** Whether the server has it loaded; null when it does not say. */
  loaded?: boolean | null;
}

/**
 * Advice for a model Ollama has loaded with its default context, when that is small:
 * Ollama gives a model 4,096 tokens on a machine with less than 24 GiB of VRAM unless
 * told otherwise (https://docs.ollama.com/context-length), which leaves the interview a
 * few hundred tokens of conversation beside its instructions and tools. A client can
 * set the context per request only on Ollama's own API (`options.num_ctx`,
 * https://docs.ollama.com/faq#how-can-i-specify-the-context-window-size); the
 * OpenAI-compatible API Specwright speaks "does not have a way of setting the context
 * size" (https://docs.ollama.com/api/openai-compatibility), and a model loaded with
 * another context is loaded again at the next request that does not ask for it
 * (`needsReload` in https://github.com/ollama/ollama/blob/main/server/sched.go). So the
 * fix is the server's: `OLLAMA_CONTEXT_LENGTH` when it starts (or the context length in
 * the Ollama app's settings), within what the model can take. Null when the model is
 * not loaded (its context is not known until it is), when its Modelfile sets `num_ctx`
 * (the person chose it), or when its context is not small.
 */
export function smallDefaultContextAdvice(server: ServerKind | null, model: LoadedContext): string | null {
  if (server !== "ollama" || model.loaded !== true || model.numCtx) return null;
  const window = model.contextWindow;
  if (window === null || window >= SMALL_CONTEXT_BELOW) return null;
  const most = model.trainedContext;
  const size = Math.min(SMALL_CONTEXT_BELOW, most ?? SMALL_CONTEXT_BELOW);
  const tokens = (count: number) => count.toLocaleString("en-GB");
  const small = `${model.id} is loaded with Ollama's default context, ${tokens(window)} tokens (its Modelfile sets no num_ctx): too small for a long interview, which would keep only its latest messages word for word.`;
  if (size <= window)
    return `${small} It can take no more: choose a model with a larger context with --model.`;
  const within = most !== null && most > size ? `, within the ${tokens(most)} it can take` : "";
  return `${small} Start Ollama with \`OLLAMA_CONTEXT_LENGTH=${size} ollama serve\` (or set the context length in the Ollama app's settings)${within}; its OpenAI-compatible API cannot set the context per request.`;
}
