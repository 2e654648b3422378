import type { LanguageModel } from "ai";
import { compactSkillFor } from "../../interview/compact-skill.js";
import { type EngineEvent, engineError } from "../../types/engine-events.js";
import type { Transcript } from "../../types/transcript.js";
import type { Engine, TurnContext } from "../engine.js";
import { contextWindowOf, outputLimitFor, thinkingOptionsFor } from "./claude-models.js";
import type { ServerKind } from "./context-advice.js";
import type { ContextWindow } from "./context-budget.js";
import {
  DEFAULT_ANTHROPIC_MODEL,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_STEPS,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_MAX_WAIT_MS,
  DEFAULT_STALL_TIMEOUT_MS,
} from "./defaults.js";
import { ANTHROPIC_IMAGE_BASE64_LIMIT } from "./image-fit.js";
import { chooseChatModel } from "./model-discovery.js";
import { listAnthropicModels } from "./model-list.js";
import { runModelTurn, type TurnSetup } from "./model-turn.js";
import { type PriceTable, priceOf } from "./prices.js";
import {
  apiKeyVariable,
  createModelFactory,
  type ProviderName,
  type ProviderSettings,
  providerBaseUrl,
} from "./provider.js";
import { DEFAULT_MAX_REPLY_LENGTH } from "./reply-cap.js";
import {
  type CurrentContext,
  currentContextWindow,
  readServerFacts,
  type ServerFacts,
} from "./server-facts.js";
import { SMALL_CONTEXT_BELOW } from "./small-context.js";
import { DEFAULT_MAX_TOOL_INPUT_LENGTH } from "./tool-input-cap.js";
import { interviewToolSet } from "./tool-set.js";

/** What each server calls the setting that sets a model's context, for the person. */
const SETTING_NAMES: Readonly<Record<ServerKind, string>> = {
  anthropic: "its context window",
  ollama: "num_ctx",
  "llama.cpp": "--ctx-size",
  vllm: "--max-model-len",
  lmstudio: "its loaded context length",
  "openai-compatible": "as the server lists it",
};

/** What the number is for an LM Studio model not loaded yet. */
const UNLOADED_SETTING = "the most it can be loaded with; it is not loaded yet";

function positiveOrNull(tokens: number | null | undefined): CurrentContext | null {
  return tokens ? { tokens } : null;
}

/** Limits and prices; each has a default, and tests make the waits tiny. */
export interface ModelEngineTuning {
  /** Model calls per turn before the turn is stopped (default 100). */
  maxSteps?: number;
  /** Retries of a failed model call (default 3). */
  maxRetries?: number;
  /** The first retry's wait; later ones double (default 1000 ms). */
  retryBaseDelayMs?: number;
  /** The longest wait between retries, even when the provider asks for more (default 60 s). */
  retryMaxWaitMs?: number;
  /** Silence on a stream after which it is given up (default 60 s). */
  stallTimeoutMs?: number;
  /** Prices that replace or add to the known ones, USD per million tokens. */
  prices?: PriceTable;
  /**
   * `max_tokens` for every model call. Claude models get 32,000 (within the model's
   * ceiling) when it is not set; OpenAI-compatible servers get nothing unless it is set,
   * since a local server refuses a limit beyond its context window.
   */
  maxOutputTokens?: number | null;
  /**
   * The most characters the model may write for the person in one turn (default
   * 200,000); past it the turn is stopped and the answer cut there (reply-cap.ts).
   */
  maxReplyLength?: number;
  /** The most characters one tool call's input may hold (default 2 Mi); a larger call is refused and kept as a stub. */
  maxToolInputLength?: number;
  now?: () => Date;
}

export type ModelEngineOptions = ProviderSettings &
  ModelEngineTuning & {
    /** The model id; null or absent picks Anthropic's default or the server's first chat model with tools. */
    model?: string | null;
    /**
     * A model already found on the server (local-probe.ts), and how: used unless `model`
     * is set, so the first turn need not look again.
     */
    found?: { modelId: string; why: string } | null;
  };

/** An interviewer backed by a language model through the AI SDK. */
export interface ModelEngine extends Engine {
  readonly name: ProviderName;
  /** One sentence for the person: the provider, the model and how it was chosen. */
  readonly description: string;
}

/**
 * Below this window the shipped interview skill is sent in its short form
 * (src/interview/compact-skill.ts): the full one and the tools would take over a
 * third of the room the requests have, and the conversation would be cut short at
 * every turn.
 */
export const COMPACT_SKILL_BELOW_TOKENS = SMALL_CONTEXT_BELOW;

/** How many available models a "model not found" error names. */
const MODELS_NAMED = 8;

export function createModelEngine(options: ModelEngineOptions): ModelEngine {
  return new SdkModelEngine(options);
}

class SdkModelEngine implements ModelEngine {
  readonly name: ProviderName;
  private modelId: string | null;
  /** How the model was found on the server, when it was not chosen. */
  private modelWhy: string | null = null;
  private readonly modelChosen: boolean;
  /** What the server said of its models (server-facts.ts); asked until it answers. */
  private facts: ServerFacts | null = null;
  /** The kind of server, once known, for advice that names its settings. */
  private server: ServerKind | null;
  private readonly baseUrl: string;
  private readonly languageModel: (modelId: string) => LanguageModel;
  private readonly tools = interviewToolSet();
  /** Set once the model refuses images; the transcript cannot tell, so the engine remembers. */
  private imagesAccepted = true;

  constructor(private readonly options: ModelEngineOptions) {
    this.name = options.provider;
    this.modelChosen = Boolean(options.model);
    this.modelId = options.model || (options.provider === "anthropic" ? DEFAULT_ANTHROPIC_MODEL : null);
    if (!this.modelId && options.found) {
      this.modelId = options.found.modelId;
      this.modelWhy = options.found.why;
    }
    this.server = options.provider === "anthropic" ? "anthropic" : null;
    this.baseUrl = providerBaseUrl(options);
    this.languageModel = createModelFactory(options);
  }

  get model(): string | null {
    return this.modelId;
  }

  get description(): string {
    const where = `${this.name} at ${this.baseUrl}`;
    if (this.modelChosen) return `${where}, model ${this.modelId}`;
    if (this.name === "anthropic")
      return `${where}, model ${this.modelId} (the default; choose another with --model)`;
    if (this.modelId)
      return `${where}, model ${this.modelId} (${this.modelWhy ?? "the first one the server lists"}; choose another with --model)`;
    return `${where}, using the first chat model the server lists that can use tools (choose one with --model)`;
  }

  turn(transcript: Transcript, context: TurnContext): AsyncIterable<EngineEvent> {
    return this.runTurn(transcript, context);
  }

  private async *runTurn(transcript: Transcript, context: TurnContext): AsyncGenerator<EngineEvent> {
    const facts = this.name === "openai-compatible" ? await this.serverFacts(context.signal) : null;
    if (context.signal.aborted) return;
    const modelId = this.modelId ?? (yield* this.discoverModel(facts));
    if (modelId === null) return;
    const window = await this.contextWindow(modelId, facts, context.signal);
    if (context.signal.aborted) return;
    const compact = window !== null && window.tokens < COMPACT_SKILL_BELOW_TOKENS;
    const shortSkill = compact ? compactSkillFor(context.systemPrompt, context.projectDir) : null;
    const setup = this.setupFor(modelId, window);
    if (window?.untilLoaded && facts !== null)
      setup.refreshContextWindow = () => this.contextWindow(modelId, facts, context.signal);
    yield* runModelTurn(
      transcript,
      shortSkill === null ? context : { ...context, systemPrompt: shortSkill },
      setup,
    );
  }

  /**
   * What the server says of its models, asked once it has answered: its kind and its
   * models. (A failed answer is asked again at the next turn.)
   */
  private async serverFacts(signal: AbortSignal): Promise<ServerFacts> {
    if (this.facts) return this.facts;
    const facts = await readServerFacts({
      baseUrl: this.baseUrl,
      apiKey: this.options.apiKey ?? null,
      signal,
      timeoutMs: this.options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS,
    });
    if (facts.ok) {
      this.server = facts.server;
      this.facts = facts;
    }
    return facts;
  }

  /** Picks the model from what the server listed; a later turn asks again only if this one failed. */
  private *discoverModel(facts: ServerFacts | null): Generator<EngineEvent, string | null> {
    const found = facts === null ? null : chooseChatModel(facts, `${this.baseUrl}/models`);
    if (found === null || !found.ok) {
      const reason = found?.reason ?? "no answer";
      if (found?.noneWithTools)
        yield engineError(
          "model_lacks_tools",
          `No model was chosen, and ${this.baseUrl} has no model that can use tools, which the interview needs (${reason}). ${found.server === "ollama" ? 'Pull one that can (models tagged "tools" on ollama.com, https://ollama.com/search?c=tools) and pass it with --model.' : "Serve one that can, and pass it with --model."}`,
        );
      else
        yield engineError(
          "model_not_chosen",
          `No model was chosen, and ${this.baseUrl} could not say which models it serves (${reason}). Pass --model (or set SPECWRIGHT_MODEL) to choose one.`,
        );
      return null;
    }
    this.modelId = found.modelId;
    this.modelWhy = found.why;
    return found.modelId;
  }

  /**
   * The context window the model runs with, where it can be known (context-budget.ts):
   * a Claude model's from Anthropic's figures; a local server's as it says it now, at
   * the start of each turn (server-facts.ts).
   */
  private async contextWindow(
    modelId: string,
    facts: ServerFacts | null,
    signal: AbortSignal,
  ): Promise<ContextWindow | null> {
    if (this.name === "anthropic") {
      const tokens = contextWindowOf(modelId);
      return tokens === null ? null : { tokens, server: "anthropic", modelId, setting: "its context window" };
    }
    if (facts === null || !facts.ok) return null;
    const server = facts.server;
    const current =
      server === "openai-compatible"
        ? positiveOrNull(facts.models.find((model) => model.id === modelId)?.contextWindow)
        : await currentContextWindow(
            server,
            {
              baseUrl: this.baseUrl,
              apiKey: this.options.apiKey ?? null,
              signal,
              timeoutMs: this.options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS,
            },
            modelId,
          );
    if (current === null) return null;
    return current.untilLoaded
      ? { tokens: current.tokens, server, modelId, setting: UNLOADED_SETTING, untilLoaded: true }
      : { tokens: current.tokens, server, modelId, setting: SETTING_NAMES[server] };
  }

  /** The models the key can use, for the person told their model does not exist. */
  private async availableModels(): Promise<string | null> {
    if (this.options.provider !== "anthropic") return null;
    const listed = await listAnthropicModels({
      baseUrl: this.options.baseUrl ?? null,
      apiKey: this.options.apiKey,
      timeoutMs: this.options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS,
    });
    if (!listed.ok || listed.models.length === 0) return null;
    const shown = listed.models.slice(0, MODELS_NAMED).map((model) => model.id);
    const more =
      listed.models.length > shown.length ? `, and ${listed.models.length - shown.length} more` : "";
    return `This key can use: ${shown.join(", ")}${more} (\`specwright models\` lists them all).`;
  }

  private setupFor(modelId: string, contextWindow: ContextWindow | null): TurnSetup {
    const options = this.options;
    const stallTimeoutMs = options.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
    const claude = this.name === "anthropic";
    const thinking = claude ? thinkingOptionsFor(modelId) : {};
    return {
      model: this.languageModel(modelId),
      modelId,
      imageBase64Limit: claude ? ANTHROPIC_IMAGE_BASE64_LIMIT : null,
      maxOutputTokens: claude
        ? outputLimitFor(modelId, options.maxOutputTokens ?? null)
        : (options.maxOutputTokens ?? null),
      ...(Object.keys(thinking).length > 0 ? { providerOptions: { anthropic: thinking } } : {}),
      tools: this.tools,
      // A Claude model's reasoning is its notes between tool calls; a local model's is its hidden thinking.
      reasoning: claude ? "notes" : "hidden",
      // A local server without a tool parser for its model hands on calls written as text.
      textToolCalls: !claude,
      contextWindow,
      cachePrompts: this.name === "anthropic",
      maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
      maxReplyLength: options.maxReplyLength ?? DEFAULT_MAX_REPLY_LENGTH,
      maxToolInputLength: options.maxToolInputLength ?? DEFAULT_MAX_TOOL_INPUT_LENGTH,
      retry: {
        maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
        baseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS,
        maxWaitMs: options.retryMaxWaitMs ?? DEFAULT_RETRY_MAX_WAIT_MS,
      },
      stallTimeoutMs,
      price: priceOf(modelId, options.prices),
      failureContext: {
        baseUrl: this.baseUrl,
        apiKeyVariable: apiKeyVariable(this.name),
        modelId,
        stallTimeoutMs,
        server: this.server,
      },
      ...(claude ? { availableModels: () => this.availableModels() } : {}),
      imagesAccepted: () => this.imagesAccepted,
      onImagesRefused: () => {
        this.imagesAccepted = false;
      },
      now: options.now ?? (() => new Date()),
    };
  }
}
