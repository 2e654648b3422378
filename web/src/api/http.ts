import { accessToken } from "./access-token.js";

/** A request the server answered with an error status; `detail` is its explanation. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
  }
}

/** A server started with `--token` prints the address to open, token included; that is the fix. */
const NEEDS_TOKEN =
  "This server needs its access token: open the full address that `specwright serve` printed, the one ending in ?token=….";

/** The server's JSON answer; a network failure or an error status becomes an `ApiError` (status 0 for the network). */
export async function requestJson(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<unknown> {
  return (await requestTagged(path, init)).body;
}

/** An answer with its entity tag, for a read followed by a write that must not cross another one. */
export interface TaggedAnswer {
  body: unknown;
  etag: string | null;
}

/** A write refused because what it was based on changed meanwhile (412): the tag of what is there now. */
export class ChangedMeanwhileError extends ApiError {
  constructor(
    detail: string,
    readonly etag: string | null,
  ) {
    super(412, detail);
  }
}

/**
 * `requestJson`, also answering the `ETag` header; with `ifMatch`, the write is refused
 * with `ChangedMeanwhileError` when the server's tag differs.
 */
export async function requestTagged(
  path: string,
  init: { method?: string; body?: unknown; ifMatch?: string } = {},
): Promise<TaggedAnswer> {
  const headers: Record<string, string> = { accept: "application/json" };
  const token = accessToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.ifMatch !== undefined) headers["if-match"] = init.ifMatch;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    throw new ApiError(0, "The server can't be reached. Is `specwright serve` still running?");
  }
  const body: unknown = await response.json().catch(() => null);
  const etag = response.headers.get("etag");
  if (response.status === 401) throw new ApiError(401, NEEDS_TOKEN);
  if (response.status === 412)
    throw new ChangedMeanwhileError(detailOf(body) ?? "The file changed meanwhile.", etag);
  if (!response.ok)
    throw new ApiError(response.status, detailOf(body) ?? `The server answered ${response.status}.`);
  return { body, etag };
}

function detailOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const detail = (body as { detail?: unknown }).detail;
  return typeof detail === "string" ? detail : null;
}
