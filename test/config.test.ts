import { describe, expect, it } from "vitest";
import {
  DEFAULT_SERVER_LIMITS,
  resolveServerSettings,
  resolveSettings,
  SettingsError,
} from "../src/config.js";
import type { ModelTuning } from "../src/engines/engine-settings.js";
import {
  DEFAULT_MAX_REPLY_LENGTH,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_STEPS,
  DEFAULT_MAX_TOOL_INPUT_LENGTH,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_MAX_WAIT_MS,
  DEFAULT_STALL_TIMEOUT_MS,
} from "../src/engines/model/index.js";
import { selectEngine } from "../src/engines/select.js";
import { DEFAULT_ATTACHMENT_LIMITS as SESSION_ATTACHMENT_LIMITS } from "../src/session/image-check.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "../src/types/attachments.js";
import { ATTACHMENT_LIMITS as PAGE_ATTACHMENT_LIMITS } from "../web/src/logic/attachments.js";

const engineFrom = (env: Record<string, string>, flags: { engine?: string; model?: string } = {}) =>
  resolveSettings(flags, env, "/work").engine;

/** The model engine's tuning when nothing is set: every value its engine's own default. */
const DEFAULT_TUNING: ModelTuning = {
  stallTimeoutMs: DEFAULT_STALL_TIMEOUT_MS,
  maxRetries: DEFAULT_MAX_RETRIES,
  retryBaseDelayMs: DEFAULT_RETRY_BASE_DELAY_MS,
  retryMaxWaitMs: DEFAULT_RETRY_MAX_WAIT_MS,
  maxSteps: DEFAULT_MAX_STEPS,
  prices: {},
  maxOutputTokens: null,
  maxReplyLength: DEFAULT_MAX_REPLY_LENGTH,
  maxToolInputLength: DEFAULT_MAX_TOOL_INPUT_LENGTH,
};

/** The paths of every value in `value` that is undefined: settings say "unset" with null only. */
function undefinedPaths(value: unknown, path = "settings"): string[] {
  if (value === undefined) return [path];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => undefinedPaths(inner, `${path}.${key}`));
}

describe("the engine settings, one shape per engine, built once by the configuration", () => {
  it("with nothing configured: the guided interviewer, after a look for a model server on this machine", () => {
    expect(engineFrom({})).toEqual({
      name: "guided",
      reason: "no model is configured (set ANTHROPIC_API_KEY or OPENAI_BASE_URL to interview with a model)",
      localSearch: { probe: {}, model: null, tuning: DEFAULT_TUNING },
    });
    expect(
      engineFrom({ SPECWRIGHT_PROBE_TIMEOUT_MS: "50", OLLAMA_HOST: "0.0.0.0:11500" }, { model: "qwen3" }),
    ).toMatchObject({
      localSearch: { probe: { timeoutMs: 50, ollamaHost: "0.0.0.0:11500" }, model: "qwen3" },
    });
    expect(engineFrom({ SPECWRIGHT_PROBE_LOCAL: "0" })).toMatchObject({ name: "guided", localSearch: null });
  });

  it("with ANTHROPIC_API_KEY: the Anthropic engine, which wins over OPENAI_BASE_URL", () => {
    expect(engineFrom({ ANTHROPIC_API_KEY: "sk-ant", ANTHROPIC_BASE_URL: "https://proxy.example" })).toEqual({
      name: "anthropic",
      reason: "ANTHROPIC_API_KEY is set",
      apiKey: "sk-ant",
      baseUrl: "https://proxy.example",
      model: null,
      tuning: DEFAULT_TUNING,
    });
    expect(
      engineFrom({ ANTHROPIC_API_KEY: "sk-ant", OPENAI_BASE_URL: "http://localhost:1234/v1" }),
    ).toMatchObject({ name: "anthropic" });
  });

  it("with OPENAI_BASE_URL: the OpenAI-compatible engine on that server", () => {
    expect(
      engineFrom(
        { OPENAI_BASE_URL: "http://localhost:11434/v1", OPENAI_API_KEY: "sk-1" },
        { model: "llama3.2" },
      ),
    ).toEqual({
      name: "openai-compatible",
      reason: "OPENAI_BASE_URL is set (http://localhost:11434/v1)",
      baseUrl: "http://localhost:11434/v1",
      apiKey: "sk-1",
      model: "llama3.2",
      found: null,
      tuning: DEFAULT_TUNING,
    });
  });

  it("with --engine: that engine whatever else is set, the flag before SPECWRIGHT_ENGINE", () => {
    expect(engineFrom({ ANTHROPIC_API_KEY: "sk-ant" }, { engine: "guided" })).toEqual({
      name: "guided",
      reason: "chosen with --engine guided",
      localSearch: null,
    });
    expect(engineFrom({ SPECWRIGHT_ENGINE: "guided" }, { engine: "anthropic" })).toMatchObject({
      name: "anthropic",
      reason: "chosen with --engine anthropic",
      // Not set: the engine cannot be built, and says so when it is asked to be (createEngine).
      apiKey: null,
    });
    expect(engineFrom({ ANTHROPIC_API_KEY: "sk-ant" }, { engine: "openai-compatible" })).toMatchObject({
      name: "openai-compatible",
      baseUrl: null,
    });
  });

  it("with --engine claude-code: the model and the steps per turn, the same setting a model engine takes", () => {
    expect(
      engineFrom({ SPECWRIGHT_ENGINE: "claude-code", SPECWRIGHT_MAX_STEPS: "7" }, { model: "opus" }),
    ).toEqual({
      name: "claude-code",
      reason: "chosen with --engine claude-code",
      model: "opus",
      maxTurns: 7,
    });
    expect(engineFrom({}, { engine: "claude-code" })).toMatchObject({
      model: null,
      maxTurns: DEFAULT_MAX_STEPS,
    });
  });

  it("says unset with null only: no setting is ever missing or undefined", () => {
    const ways: [Record<string, string>, { engine?: string }][] = [
      [{}, {}],
      [{ SPECWRIGHT_PROBE_LOCAL: "0" }, {}],
      [{ ANTHROPIC_API_KEY: "sk-ant" }, {}],
      [{ OPENAI_BASE_URL: "http://localhost:11434/v1" }, {}],
      [{}, { engine: "anthropic" }],
      [{}, { engine: "openai-compatible" }],
      [{}, { engine: "claude-code" }],
      [{}, { engine: "guided" }],
    ];
    for (const [env, flags] of ways) {
      const settings = resolveServerSettings(flags, env, "/work");
      // The probe's own options leave out what the probe finds itself (local-probe.ts).
      const { localSearch: _probeOptions, ...engine } = settings.engine as { localSearch?: unknown };
      expect(undefinedPaths({ ...settings, engine }), JSON.stringify(env)).toEqual([]);
    }
  });

  it("refuses a bad value whichever engine is chosen, and the first of several the same way every time", () => {
    expect(() => engineFrom({ SPECWRIGHT_MAX_STEPS: "0" }, { engine: "guided" })).toThrow(SettingsError);
    expect(() => engineFrom({ SPECWRIGHT_PROBE_TIMEOUT_MS: "soon" }, { engine: "anthropic" })).toThrow(
      /SPECWRIGHT_PROBE_TIMEOUT_MS/,
    );
    expect(() =>
      engineFrom({
        SPECWRIGHT_MAX_STEPS: "0",
        SPECWRIGHT_STALL_TIMEOUT_MS: "soon",
        SPECWRIGHT_PROBE_LOCAL: "maybe",
      }),
    ).toThrow(/^SPECWRIGHT_STALL_TIMEOUT_MS must be a whole number of at least 1, not "soon"$/);
  });

  it("hands settings that need no look on as they are", async () => {
    const anthropic = engineFrom({ ANTHROPIC_API_KEY: "sk-ant" });
    expect(await selectEngine(anthropic)).toBe(anthropic);
    const guided = engineFrom({}, { engine: "guided" });
    expect(await selectEngine(guided)).toBe(guided);
  });
});

describe("defaults defined once", () => {
  it("the attachment limits: the server's, a terminal chat's and the page's are one constant", () => {
    expect(SESSION_ATTACHMENT_LIMITS).toBe(DEFAULT_ATTACHMENT_LIMITS);
    expect(DEFAULT_SERVER_LIMITS).toMatchObject({
      maxAttachments: DEFAULT_ATTACHMENT_LIMITS.maxCount,
      maxAttachmentBytes: DEFAULT_ATTACHMENT_LIMITS.maxBytes,
    });
    expect(PAGE_ATTACHMENT_LIMITS).toMatchObject(DEFAULT_ATTACHMENT_LIMITS);
  });
});
