import { afterEach } from "vitest";
import { createModelEngine, type ModelEngine } from "../../../src/engines/model/index.js";
import {
  type FakeProvider,
  type FakeProviderOptions,
  type Json,
  startFakeProvider,
} from "../../support/fake-provider/index.js";

/** The model whose price Specwright knows, so the page can show a cost. */
export const PRICED_MODEL = "claude-sonnet-5-5";

/**
 * A fake Anthropic provider per test, and a model engine that talks to it with short
 * retry waits. The providers are closed after each test.
 */
export function fakeModelsForEachTest(): (
  options: FakeProviderOptions,
) => Promise<{ provider: FakeProvider; engine: ModelEngine }> {
  const providers: FakeProvider[] = [];
  afterEach(async () => {
    await Promise.all(providers.splice(0).map((provider) => provider.close()));
  });
  return async (options) => {
    const provider = await startFakeProvider(options);
    providers.push(provider);
    const engine = createModelEngine({
      provider: "anthropic",
      apiKey: "test-key",
      baseUrl: provider.url,
      model: PRICED_MODEL,
      retryBaseDelayMs: 1,
      retryMaxWaitMs: 20,
      maxRetries: 0,
    });
    return { provider, engine };
  };
}

/** Every content block of every message in a recorded Anthropic request. */
export function contentBlocks(body: { [key: string]: Json }): { [key: string]: Json }[] {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  return messages.flatMap((message) => {
    const content =
      typeof message === "object" && message !== null && !Array.isArray(message) ? message.content : null;
    return Array.isArray(content)
      ? content.filter(
          (block): block is { [key: string]: Json } =>
            typeof block === "object" && block !== null && !Array.isArray(block),
        )
      : [];
  });
}

/** A valid 1×1 PNG: the server checks an image's bytes, not only its declared type. */
export const TINY_PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
