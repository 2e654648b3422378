import type { IncomingMessage } from "node:http";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type JsonObject = { [key: string]: Json };

/** One request as the server received it, kept so tests can assert what was sent. */
export interface RecordedRequest {
  /** 1 for the first request the server received, then 2, 3, … */
  readonly sequence: number;
  readonly method: string;
  /** The path without its query string. */
  readonly path: string;
  /** Header names in lower case; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body (`system`, `messages`, `tools`, …), or `{}` when it was not a JSON object. */
  readonly body: JsonObject;
  readonly rawBody: string;
  readonly time: Date;
  /**
   * Set when the fake refused the request as the real API would (a 400 or 404 with the
   * API's message), instead of answering it from the script.
   */
  rejection?: Rejection;
}

/** A request the API would refuse: the status, the error `type` and the API's message. */
export interface Rejection {
  readonly status: number;
  readonly errorType: string;
  readonly message: string;
}

export async function recordRequest(request: IncomingMessage, sequence: number): Promise<RecordedRequest> {
  const time = new Date();
  const rawBody = await readBody(request);
  return {
    sequence,
    method: request.method ?? "GET",
    path: new URL(request.url ?? "/", "http://127.0.0.1").pathname,
    headers: flattenHeaders(request.headersDistinct),
    body: parseJsonObject(rawBody),
    rawBody,
    time,
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function flattenHeaders(headers: Record<string, string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, values] of Object.entries(headers)) {
    if (values !== undefined) flat[name] = values.join(", ");
  }
  return flat;
}

function parseJsonObject(text: string): JsonObject {
  try {
    const value: Json = JSON.parse(text);
    return isJsonObject(value) ? value : {};
  } catch {
    return {};
  }
}

export function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
