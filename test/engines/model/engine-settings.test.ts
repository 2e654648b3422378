import { describe, expect, it } from "vitest";
import { resolveSettings, SettingsError } from "../../../src/config.js";
import {
  DEFAULT_ANTHROPIC_MODEL,
  DEFAULT_MAX_REPLY_LENGTH,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_STEPS,
  DEFAULT_MAX_TOOL_INPUT_LENGTH,
  DEFAULT_STALL_TIMEOUT_MS,
} from "../../../src/engines/model/index.js";
import { createEngine, EngineUnavailableError } from "../../../src/engines/select.js";
import { DEFAULT_MAX_PROMPT_BYTES, DEFAULT_MAX_PROMPT_FILES } from "../../../src/workspace/index.js";

const settingsFrom = (
  env: Record<string, string>,
  flags: { engine?: string; model?: string; "max-reply-length"?: string } = {},
) => resolveSettings(flags, env, "/work");

/** The model engine's tuning, as the configuration built it for the Anthropic engine. */
const tuningFrom = (env: Record<string, string>, flags: { "max-reply-length"?: string } = {}) => {
  const { engine } = settingsFrom(env, { engine: "anthropic", ...flags });
  if (engine.name !== "anthropic") throw new Error(`expected the anthropic engine, got ${engine.name}`);
  return engine.tuning;
};

describe("model engine settings", () => {
  it("reads the model engine's variables", () => {
    const env = {
      ANTHROPIC_BASE_URL: "https://proxy.example",
      OPENAI_API_KEY: "sk-1",
      SPECWRIGHT_STALL_TIMEOUT_MS: "5000",
      SPECWRIGHT_MAX_RETRIES: "0",
      SPECWRIGHT_RETRY_BASE_DELAY_MS: "10",
      SPECWRIGHT_RETRY_MAX_WAIT_MS: "100",
      SPECWRIGHT_MAX_STEPS: "7",
      SPECWRIGHT_PRICES: '{"llama3.2": {"input": 0, "output": 0}}',
    };
    const tuning = {
      stallTimeoutMs: 5000,
      maxRetries: 0,
      retryBaseDelayMs: 10,
      retryMaxWaitMs: 100,
      maxSteps: 7,
      prices: { "llama3.2": { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 } },
    };
    expect(settingsFrom(env, { engine: "anthropic" }).engine).toMatchObject({
      baseUrl: "https://proxy.example",
      tuning,
    });
    expect(settingsFrom(env, { engine: "openai-compatible" }).engine).toMatchObject({
      apiKey: "sk-1",
      tuning,
    });
  });

  it("leaves unset values to the engine's defaults", () => {
    expect(settingsFrom({}, { engine: "anthropic" }).engine).toMatchObject({
      baseUrl: null,
      tuning: {
        stallTimeoutMs: DEFAULT_STALL_TIMEOUT_MS,
        maxRetries: DEFAULT_MAX_RETRIES,
        maxSteps: DEFAULT_MAX_STEPS,
        prices: {},
      },
    });
    expect(settingsFrom({}, { engine: "openai-compatible" }).engine).toMatchObject({ apiKey: null });
  });

  it("reads the limits on what a model writes, --max-reply-length winning over its variable", () => {
    expect(
      tuningFrom({
        SPECWRIGHT_MAX_REPLY_LENGTH: "5000",
        SPECWRIGHT_MAX_TOOL_INPUT_LENGTH: "9000",
      }),
    ).toMatchObject({ maxReplyLength: 5000, maxToolInputLength: 9000 });
    expect(
      settingsFrom({ SPECWRIGHT_MAX_PROMPT_FILES: "12", SPECWRIGHT_MAX_PROMPT_BYTES: "1048576" }).toolLimits,
    ).toEqual({ maxPromptFiles: 12, maxPromptBytes: 1_048_576 });
    expect(tuningFrom({ SPECWRIGHT_MAX_REPLY_LENGTH: "5000" }, { "max-reply-length": "700" })).toMatchObject({
      maxReplyLength: 700,
    });
    expect(tuningFrom({})).toMatchObject({
      maxReplyLength: DEFAULT_MAX_REPLY_LENGTH,
      maxToolInputLength: DEFAULT_MAX_TOOL_INPUT_LENGTH,
    });
    expect(settingsFrom({}).toolLimits).toEqual({
      maxPromptFiles: DEFAULT_MAX_PROMPT_FILES,
      maxPromptBytes: DEFAULT_MAX_PROMPT_BYTES,
    });
    expect(() => settingsFrom({ SPECWRIGHT_MAX_PROMPT_FILES: "0" })).toThrow(/SPECWRIGHT_MAX_PROMPT_FILES/);
    expect(() => resolveSettings({ "max-reply-length": "lots" }, {}, "/work")).toThrow(
      /--max-reply-length \(SPECWRIGHT_MAX_REPLY_LENGTH\)/,
    );
  });

  it("refuses values that make no sense, naming the variable", () => {
    expect(() => settingsFrom({ SPECWRIGHT_MAX_STEPS: "0" })).toThrow(SettingsError);
    expect(() => settingsFrom({ SPECWRIGHT_MAX_STEPS: "0" })).toThrow(/SPECWRIGHT_MAX_STEPS/);
    expect(() => settingsFrom({ SPECWRIGHT_STALL_TIMEOUT_MS: "soon" })).toThrow(
      /SPECWRIGHT_STALL_TIMEOUT_MS/,
    );
    expect(() => settingsFrom({ SPECWRIGHT_MAX_RETRIES: "-1" })).toThrow(/SPECWRIGHT_MAX_RETRIES/);
    expect(() => settingsFrom({ SPECWRIGHT_RETRY_BASE_DELAY_MS: "1.5" })).toThrow(
      /SPECWRIGHT_RETRY_BASE_DELAY_MS/,
    );
    expect(() => settingsFrom({ SPECWRIGHT_PRICES: "{" })).toThrow(/SPECWRIGHT_PRICES is not valid JSON/);
  });
});

describe("building a model engine", () => {
  it("builds the Anthropic engine when a key is set", () => {
    const settings = settingsFrom({ ANTHROPIC_API_KEY: "sk-ant" });
    const engine = createEngine(settings.engine);
    expect(engine.name).toBe("anthropic");
    expect(engine.model).toBe(DEFAULT_ANTHROPIC_MODEL);
  });

  it("builds the OpenAI-compatible engine with the chosen model", () => {
    const settings = settingsFrom({ OPENAI_BASE_URL: "http://localhost:11434/v1" }, { model: "llama3.2" });
    const engine = createEngine(settings.engine);
    expect(engine.name).toBe("openai-compatible");
    expect(engine.model).toBe("llama3.2");
  });

  it("says which variable is missing", () => {
    const anthropic = settingsFrom({}, { engine: "anthropic" });
    expect(() => createEngine(anthropic.engine)).toThrow(EngineUnavailableError);
    expect(() => createEngine(anthropic.engine)).toThrow(/ANTHROPIC_API_KEY/);
    const compatible = settingsFrom({}, { engine: "openai-compatible" });
    expect(() => createEngine(compatible.engine)).toThrow(/OPENAI_BASE_URL/);
  });
});
