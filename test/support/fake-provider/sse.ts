/** Server-sent event framing, byte for byte as the model APIs send it. */

export const SSE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache",
  connection: "keep-alive",
});

/** A named event, as Anthropic sends them: the name repeats the payload's `type`. */
export function namedEvent(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** An unnamed event, as OpenAI sends them. */
export function dataEvent(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

/** OpenAI's end-of-stream marker, which is not JSON. */
export const DONE_EVENT = "data: [DONE]\n\n";
