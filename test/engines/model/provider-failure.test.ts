import { APICallError, JSONParseError, NoOutputGeneratedError, UnsupportedFunctionalityError } from "ai";
import { describe, expect, it } from "vitest";
import {
  describeFailure,
  duration,
  type FailureContext,
} from "../../../src/engines/model/failure-message.js";
import {
  BAD_PORT,
  classifyFailure,
  isRetryable,
  type ProviderFailure,
  refusesImages,
} from "../../../src/engines/model/provider-failure.js";
import { ERROR_CODES } from "../../../src/types/error-codes.js";

const httpError = (statusCode: number, message = "nope", responseHeaders?: Record<string, string>) =>
  new APICallError({
    message,
    url: "http://x/v1/messages",
    requestBodyValues: {},
    statusCode,
    responseHeaders,
  });

const networkError = (code: string) =>
  new APICallError({
    message: "Cannot connect to API",
    url: "http://x/v1/messages",
    requestBodyValues: {},
    cause: Object.assign(new Error(`connect ${code}`), { code }),
  });

describe("classifyFailure", () => {
  it("reads HTTP errors with their headers", () => {
    expect(classifyFailure(httpError(429, "slow down", { "retry-after": "3" }))).toEqual({
      kind: "http",
      status: 429,
      message: "slow down",
      body: "",
      headers: { "retry-after": "3" },
    });
  });

  it("reads stream error events, network codes and streams that ended early", () => {
    expect(classifyFailure({ type: "overloaded_error", message: "Overloaded" })).toEqual({
      kind: "stream-error",
      errorType: "overloaded_error",
      message: "Overloaded",
    });
    expect(classifyFailure(networkError("ECONNREFUSED"))).toMatchObject({
      kind: "network",
      code: "ECONNREFUSED",
    });
    const dropped = new TypeError("terminated", {
      cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
    });
    expect(classifyFailure(dropped)).toEqual({
      kind: "network",
      code: "UND_ERR_SOCKET",
      message: "other side closed",
    });
    expect(classifyFailure(new NoOutputGeneratedError())).toMatchObject({ kind: "ended-early" });
    expect(classifyFailure(new Error("strange"))).toEqual({ kind: "other", message: "strange" });
  });
});

describe("isRetryable", () => {
  it("calls a stream that broke after a 200, or that is not the provider's format, a broken stream, and retries it", () => {
    const reset = classifyFailure(httpError(200, "terminated"));
    expect(reset.kind).toBe("broken-stream");
    expect(isRetryable(reset)).toBe(true);
    const garbled = classifyFailure(new JSONParseError({ text: "<html>", cause: new SyntaxError("bad") }));
    expect(garbled).toEqual({
      kind: "broken-stream",
      message: "the answer arrived in a form that could not be read",
    });
    expect(
      isRetryable({ kind: "stream-error", errorType: "api_error", message: "Internal server error" }),
    ).toBe(true);
  });

  it("retries what tends to pass and nothing else", () => {
    const retryable = [408, 409, 429, 500, 502, 503, 529].map((status) =>
      isRetryable(classifyFailure(httpError(status))),
    );
    expect(retryable.every(Boolean)).toBe(true);
    const final = [400, 401, 403, 404, 413, 422].map((status) =>
      isRetryable(classifyFailure(httpError(status))),
    );
    expect(final.some(Boolean)).toBe(false);
    expect(isRetryable({ kind: "stream-error", errorType: "overloaded_error", message: "" })).toBe(true);
    expect(isRetryable({ kind: "stream-error", errorType: "invalid_request_error", message: "" })).toBe(
      false,
    );
    expect(isRetryable({ kind: "network", code: "ECONNRESET", message: "" })).toBe(true);
    expect(isRetryable({ kind: "network", code: "ECONNREFUSED", message: "" })).toBe(false);
    expect(isRetryable({ kind: "stalled" })).toBe(false);
  });
});

describe("refusesImages", () => {
  it("recognises a refusal that is about images", () => {
    expect(
      refusesImages(classifyFailure(httpError(400, "Image input is not supported for this model"))),
    ).toBe(true);
    expect(refusesImages(classifyFailure(httpError(422, "model does not support vision")))).toBe(true);
    expect(refusesImages(classifyFailure(httpError(400, "max_tokens is too large")))).toBe(false);
    expect(refusesImages(classifyFailure(httpError(500, "image decoder crashed")))).toBe(false);
    // Anthropic's size refusal says nothing of whether the model sees images.
    expect(
      refusesImages(
        classifyFailure(
          httpError(
            400,
            "messages.0.content.1.image.source.base64: image exceeds 5 MB maximum: 7340032 bytes > 5242880 bytes",
          ),
        ),
      ),
    ).toBe(false);
    const unsupported = new UnsupportedFunctionalityError({ functionality: "image-part" });
    expect(refusesImages(classifyFailure(unsupported))).toBe(true);
  });
});

describe("describeFailure", () => {
  const context: FailureContext = {
    retries: 3,
    baseUrl: "http://127.0.0.1:9/v1",
    apiKeyVariable: "ANTHROPIC_API_KEY",
    modelId: "claude-sonnet-5-5",
    stallTimeoutMs: 60_000,
  };
  /** The error event as one line: its code, then its words. */
  const say = (failure: ProviderFailure, extra: Partial<FailureContext> = {}) => {
    const error = describeFailure(failure, { ...context, ...extra });
    expect(error.retryable).toBe(ERROR_CODES[error.code].retryable);
    return `${error.code}: ${error.message}`;
  };

  it("words each failure plainly, with a code that says what happened", () => {
    expect(say(classifyFailure(httpError(529)))).toBe(
      "provider_overloaded: The model provider is overloaded (HTTP 529) and did not recover after 3 retries. Try again in a minute.",
    );
    expect(say(classifyFailure(httpError(401)), { retries: 0 })).toBe(
      "provider_auth_failed: The API key was refused (HTTP 401). Check ANTHROPIC_API_KEY.",
    );
    expect(say({ kind: "network", code: "ECONNREFUSED", message: "" })).toBe(
      "provider_unreachable: Could not reach http://127.0.0.1:9/v1: connection refused.",
    );
    expect(say({ kind: "network", code: BAD_PORT, message: "bad port" })).toMatch(
      /^provider_unreachable: Could not reach http:\/\/127\.0\.0\.1:9\/v1: .*port/,
    );
    expect(say({ kind: "network", code: "UND_ERR_SOCKET", message: "other side closed" })).toMatch(
      /^stream_broken: .*nothing was lost/,
    );
    expect(say({ kind: "broken-stream", message: "reset" })).toMatch(/^stream_broken: /);
    expect(say({ kind: "stalled" })).toBe("model_stalled: The model stopped responding for 60 seconds.");
    expect(say(classifyFailure(httpError(429)), { retries: 1 })).toBe(
      "provider_rate_limited: The model provider is limiting requests (HTTP 429) and did not recover after 1 retry. Try again in a minute.",
    );
    expect(say(classifyFailure(httpError(404, "model: claude-x")), { retries: 0 })).toMatch(
      /^model_not_found: .*--model/,
    );
    expect(say(classifyFailure(httpError(400, "bad field")), { retries: 0 })).toBe(
      "provider_refused: The model provider refused the request (HTTP 400: bad field).",
    );
    expect(say(classifyFailure(httpError(503)))).toMatch(/^provider_server_error: /);
    expect(say({ kind: "ended-early", message: "" })).toMatch(/^response_incomplete: /);
    expect(say({ kind: "stream-error", errorType: "api_error", message: "boom" })).toMatch(
      /^provider_stream_error: /,
    );
  });

  it("words durations for people", () => {
    expect([60_000, 1000, 1500, 200, 1].map(duration)).toEqual([
      "60 seconds",
      "1 second",
      "1.5 seconds",
      "200 milliseconds",
      "1 millisecond",
    ]);
  });
});

describe("error bodies of every shape, and refusals that name their cause", () => {
  const withBody = (statusCode: number, responseBody: string) =>
    new APICallError({
      message: "Bad Request",
      url: "http://x/v1/chat/completions",
      requestBodyValues: {},
      statusCode,
      responseBody,
    });

  it("reads the message out of any body, and a proxy's HTML page by its title", () => {
    const read = (body: string) => (classifyFailure(withBody(400, body)) as { message: string }).message;
    expect(read('{"object":"error","message":"top-level words","type":"BadRequestError","code":400}')).toBe(
      "top-level words",
    );
    expect(read('{"error":"plain words"}')).toBe("plain words");
    expect(read('{"detail":"fastapi words"}')).toBe("fastapi words");
    expect(read("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")).toBe(
      "502 Bad Gateway",
    );
    expect(read("")).toBe("Bad Request");
  });

  it("does not retry a refusal that names its cause, even a 500", () => {
    const jinja = classifyFailure(
      withBody(
        500,
        '{"error":{"code":500,"message":"tools param requires --jinja flag","type":"server_error"}}',
      ),
    );
    expect(isRetryable(jinja)).toBe(false);
    expect(isRetryable(classifyFailure(withBody(500, '{"error":{"message":"boom"}}')))).toBe(true);
    const context = {
      retries: 0,
      baseUrl: "http://x/v1",
      apiKeyVariable: "OPENAI_API_KEY",
      modelId: "m",
      stallTimeoutMs: 1,
    };
    expect(describeFailure(jinja, context).code).toBe("model_lacks_tools");
    expect(
      describeFailure(
        classifyFailure(withBody(400, '{"error":"prompt is too long: 210000 tokens > 200000 maximum"}')),
        {
          ...context,
          server: "anthropic",
        },
      ),
    ).toMatchObject({ code: "context_too_long", message: expect.stringContaining("Start a new interview") });
  });
});
