/** What asking a server for its models gave: the first model, or why there is none. */
export type DiscoveredModel = { ok: true; modelId: string } | { ok: false; reason: string };

export interface DiscoveryRequest {
  /** Includes the version path, such as `http://localhost:11434/v1`. */
  baseUrl: string;
  apiKey?: string | null;
  signal: AbortSignal;
  timeoutMs: number;
}

/**
 * Asks an OpenAI-compatible server which models it serves (`GET {baseUrl}/models`) and
 * picks the first. Local servers such as Ollama list the models that are pulled, so this
 * finds a usable one when the person named none.
 */
export async function discoverFirstModel(request: DiscoveryRequest): Promise<DiscoveredModel> {
  const url = `${request.baseUrl}/models`;
  const headers: Record<string, string> = { accept: "application/json" };
  if (request.apiKey) headers.authorization = `Bearer ${request.apiKey}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      signal: AbortSignal.any([request.signal, AbortSignal.timeout(request.timeoutMs)]),
    });
  } catch (error) {
    return {
      ok: false,
      reason: `GET ${url} failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, reason: `GET ${url} answered HTTP ${response.status}` };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, reason: `GET ${url} did not answer with JSON` };
  }
  const modelId = firstModelId(body);
  return modelId ? { ok: true, modelId } : { ok: false, reason: `GET ${url} listed no models` };
}

/** The first `id` in an OpenAI-style `{ data: [{ id }] }` list. */
function firstModelId(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const data = (body as { data?: unknown }).data;
  if (!Array.isArray(data)) return null;
  for (const item of data) {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === "string" && id.length > 0) return id;
  }
  return null;
}
