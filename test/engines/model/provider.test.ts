import { describe, expect, it } from "vitest";
import { anthropicSdkBaseUrl, providerBaseUrl } from "../../../src/engines/model/provider.js";

describe("anthropicSdkBaseUrl", () => {
  it("turns ANTHROPIC_BASE_URL's API root into the SDK's versioned prefix", () => {
    expect(anthropicSdkBaseUrl(null)).toBe("https://api.anthropic.com/v1");
    expect(anthropicSdkBaseUrl("https://api.anthropic.com")).toBe("https://api.anthropic.com/v1");
    expect(anthropicSdkBaseUrl("https://proxy.example/anthropic/")).toBe(
      "https://proxy.example/anthropic/v1",
    );
  });

  it("accepts a root that already ends in /v1", () => {
    expect(anthropicSdkBaseUrl("http://127.0.0.1:8080/v1")).toBe("http://127.0.0.1:8080/v1");
    expect(anthropicSdkBaseUrl("http://127.0.0.1:8080/v1/")).toBe("http://127.0.0.1:8080/v1");
  });
});

describe("providerBaseUrl", () => {
  it("keeps an OpenAI-compatible base URL as given, without a trailing slash", () => {
    expect(providerBaseUrl({ provider: "openai-compatible", baseUrl: "http://localhost:11434/v1/" })).toBe(
      "http://localhost:11434/v1",
    );
  });
});
