import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import { activityReportingFetch } from "./provider-activity.js";

/** Where the model lives and how to authenticate, for each provider Specwright speaks to. */
export type ProviderSettings =
  | {
      provider: "anthropic";
      apiKey: string;
      /** The API root as the Anthropic tools read `ANTHROPIC_BASE_URL`, such as `https://api.anthropic.com`. */
      baseUrl?: string | null;
    }
  | {
      provider: "openai-compatible";
      /** Includes the version path, such as Ollama's `http://localhost:11434/v1`. */
      baseUrl: string;
      apiKey?: string | null;
    };

export type ProviderName = ProviderSettings["provider"];

const ANTHROPIC_DEFAULT_BASE_URL = "https://api.anthropic.com/v1";

/**
 * The Anthropic tools take the API root (`https://api.anthropic.com`) while the SDK wants
 * the versioned prefix it appends `/messages` to. A root that already ends in `/v1` is
 * accepted as it is.
 */
export function anthropicSdkBaseUrl(root: string | null | undefined): string {
  if (!root) return ANTHROPIC_DEFAULT_BASE_URL;
  const trimmed = root.trim().replace(/\/+$/, "");
  return /\/v1$/.test(trimmed) ? trimmed : `${trimmed}/v1`;
}

/** The URL requests go to, as the person should see it in messages. */
export function providerBaseUrl(settings: ProviderSettings): string {
  return settings.provider === "anthropic"
    ? anthropicSdkBaseUrl(settings.baseUrl)
    : settings.baseUrl.trim().replace(/\/+$/, "");
}

/** The variable that holds the key a provider refused, for the error message. */
export function apiKeyVariable(provider: ProviderName): string {
  return provider === "anthropic" ? "ANTHROPIC_API_KEY" : "OPENAI_API_KEY";
}

/** Builds a function from model id to SDK model for one provider. */
export function createModelFactory(settings: ProviderSettings): (modelId: string) => LanguageModel {
  const baseURL = providerBaseUrl(settings);
  if (settings.provider === "anthropic") {
    const anthropic = createAnthropic({ apiKey: settings.apiKey, baseURL, fetch: activityReportingFetch });
    return (modelId) => anthropic(modelId);
  }
  const compatible = createOpenAICompatible({
    name: "openai-compatible",
    baseURL,
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
    includeUsage: true,
    fetch: activityReportingFetch,
  });
  return (modelId) => compatible(modelId);
}
