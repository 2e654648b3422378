/**
 * The words of an HTTP error body, whatever shape the server wrote it in. The SDK reads
 * only OpenAI's (and Anthropic's) `{ error: { message } }`; for anything else it keeps
 * the status text ("Bad Request"), which tells the person nothing. Shapes read here:
 * - `{ "error": { "message": "…" } }`: OpenAI, Anthropic, Ollama's `/v1` routes,
 *   llama.cpp's server, vLLM since 0.10.1;
 * - `{ "object": "error", "message": "…", "type", "param", "code" }`: vLLM before
 *   0.10.1 (https://github.com/foundation-model-stack/fms-guardrails-orchestrator/issues/511);
 * - `{ "error": "…" }`: Ollama's native API (https://github.com/ollama/ollama/issues/14795),
 *   whose text may itself be a JSON error from its runner
 *   (https://github.com/ollama/ollama/issues/16800);
 * - `{ "detail": "…" }` or `{ "message": "…" }`: servers built on FastAPI and others;
 * - plain text, or an HTML page from a proxy in the way (its title, or its text).
 */

/** The longest message kept, in characters: enough for a sentence, not a page. */
const LONGEST = 300;

export function errorBodyMessage(body: string): string | null {
  const text = body.trim();
  if (text === "") return null;
  const parsed = parseJson(text);
  if (parsed !== undefined) return cut(messageOf(parsed, 0));
  if (/^<(!doctype|html)/i.test(text)) return cut(htmlText(text));
  return cut(text);
}

function messageOf(value: unknown, depth: number): string | null {
  if (typeof value === "string") {
    // Ollama passes its runner's JSON error on as a string.
    const inner = depth < 2 && value.trim().startsWith("{") ? parseJson(value.trim()) : undefined;
    return inner === undefined ? value : (messageOf(inner, depth + 1) ?? value);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  for (const key of ["error", "message", "detail"]) {
    const found = messageOf(record[key], depth + 1);
    if (found !== null && found.trim() !== "") return found;
  }
  return null;
}

function htmlText(html: string): string | null {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  if (title) return title;
  const words = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return words === "" ? null : words;
}

function cut(message: string | null): string | null {
  if (message === null) return null;
  const line = message.replace(/\s+/g, " ").trim();
  if (line === "") return null;
  return line.length > LONGEST ? `${line.slice(0, LONGEST - 1)}…` : line;
}

function parseJson(text: string): unknown {
  if (!text.startsWith("{") && !text.startsWith("[") && !text.startsWith('"')) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
