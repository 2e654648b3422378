import { estimateTokens } from "./anthropic-request.js";
import type { Json, JsonObject, RecordedRequest } from "./recording.js";

/**
 * The fake as one of the servers people run models on at home, opt-in with
 * `startFakeProvider({ local: { kind, models } })`: the server's own model list on
 * `GET /v1/models`, its native routes (Ollama's `/api/tags`, `/api/show`, `/api/ps` and
 * `/api/generate`; llama.cpp's `/props`; LM Studio's `/api/v0/models`), and the ways
 * its chat completions route refuses a request, in the server's own words and error
 * shape. Each behaviour names the documentation or bug report it comes from. Without
 * `local` none of this exists and the fake is the OpenAI/Anthropic fake it always was.
 */
export type LocalServerKind = "ollama" | "llama.cpp" | "vllm" | "lmstudio";

export interface LocalModel {
  id: string;
  /**
   * Ollama's capabilities as `/api/show` reports them (https://docs.ollama.com/api/show):
   * `["completion", "tools"]` by default; `["embedding"]` for an embedding model,
   * `["completion"]` for a chat model without tool support.
   */
  capabilities?: readonly string[];
  /** The context the model was trained for: Ollama's `<arch>.context_length`, llama.cpp's `n_ctx_train`, LM Studio's `max_context_length`. */
  trainedContext?: number;
  /** Ollama: a Modelfile's `PARAMETER num_ctx`, reported in `/api/show`'s `parameters`. */
  numCtx?: number;
  /** Ollama's `general.architecture` (default `llama`). */
  architecture?: string;
  /** Loaded in memory from the start (Ollama `/api/ps`, LM Studio `state`). */
  loaded?: boolean;
}

export interface LocalServerOptions {
  kind: LocalServerKind;
  /** In the order the server lists them. */
  models: readonly (string | LocalModel)[];
  /**
   * The context window models are served with when nothing else sets it: Ollama's
   * default `num_ctx` (OLLAMA_CONTEXT_LENGTH, else 4096 below 24 GiB of VRAM,
   * https://docs.ollama.com/context-length), llama.cpp's `--ctx-size`, vLLM's
   * `--max-model-len` (default: the model's trained context), LM Studio's loaded
   * context length.
   */
  contextLength?: number;
  /**
   * Tool calling switched on (default true): llama.cpp started with `--jinja`, vLLM with
   * `--enable-auto-tool-choice --tool-call-parser …`.
   */
  tools?: boolean;
  /** vLLM before 0.10.1: errors as a top-level `{ object: "error", message, type, param, code }`. */
  legacyErrors?: boolean;
  /**
   * Ollama, a prompt longer than the context: `truncate` (the default) answers anyway,
   * having dropped part of the prompt (https://github.com/ollama/ollama/pull/17944);
   * `error` refuses it, as newer versions do for some models
   * (https://github.com/ollama/ollama/issues/16800).
   */
  overflow?: "truncate" | "error";
}

/** Ollama's default context below 24 GiB of VRAM (https://docs.ollama.com/context-length). */
export const OLLAMA_DEFAULT_CONTEXT = 4096;

const DEFAULT_TRAINED_CONTEXT = 131_072;

/** A refusal in the server's own shape. */
export interface LocalRefusal {
  status: number;
  body: Json;
  /** For `request.rejection` and the log. */
  errorType: string;
  message: string;
}

export class LocalServer {
  readonly #models: readonly LocalModel[];
  /** Ollama and LM Studio: models in memory, and the context each was loaded with. */
  readonly #loaded = new Map<string, number>();

  constructor(private readonly options: LocalServerOptions) {
    this.#models = options.models.map((model) => (typeof model === "string" ? { id: model } : model));
    for (const model of this.#models)
      if (model.loaded) this.#loaded.set(model.id, this.#servedContext(model));
  }

  get kind(): LocalServerKind {
    return this.options.kind;
  }

  /** The answer to a route that is not a chat completion, or null when this server has no such route. */
  answer(request: RecordedRequest): { status: number; body: Json } | null {
    const route = `${request.method} ${request.path.replace(/\/+$/, "")}`;
    const kind = this.options.kind;
    if (route === "GET /v1/models" || route === "GET /models") return ok(this.#openAiList());
    if (kind === "ollama") {
      if (route === "GET /api/tags") return ok(this.#ollamaTags());
      if (route === "POST /api/show") return this.#ollamaShow(request.body);
      if (route === "GET /api/ps") return ok(this.#ollamaPs());
      if (route === "POST /api/generate") return this.#ollamaGenerate(request.body);
    }
    if (kind === "llama.cpp" && route === "GET /props") return ok(this.#llamaProps());
    if (kind === "lmstudio" && route === "GET /api/v0/models") return ok(this.#lmStudioModels());
    return null;
  }

  /**
   * Why the server would refuse this chat completion, checked in the order the server
   * checks: the model, what it can do, then the prompt's length. Null when it is accepted.
   */
  refusal(request: RecordedRequest): LocalRefusal | null {
    const body = request.body;
    const name = typeof body.model === "string" ? body.model : "";
    const hasTools = Array.isArray(body.tools) && body.tools.length > 0;
    const promptTokens =
      estimateTokens(JSON.stringify(body.messages ?? [])) + estimateTokens(JSON.stringify(body.tools ?? []));
    switch (this.options.kind) {
      case "ollama":
        return this.#ollamaRefusal(name, hasTools, promptTokens);
      case "llama.cpp":
        return this.#llamaRefusal(hasTools, promptTokens);
      case "vllm": {
        const maxTokens = typeof body.max_tokens === "number" ? body.max_tokens : 0;
        return this.#vllmRefusal(name, hasTools, promptTokens, maxTokens);
      }
      case "lmstudio":
        return this.#lmStudioRefusal(name, promptTokens);
    }
  }

  /** Records that a chat completion ran on `model`: Ollama and LM Studio load it first. */
  served(request: RecordedRequest): void {
    const model = this.#find(typeof request.body.model === "string" ? request.body.model : "");
    if (model && !this.#loaded.has(model.id)) this.#loaded.set(model.id, this.#servedContext(model));
  }

  #find(name: string): LocalModel | undefined {
    return this.#models.find((model) => model.id === name || `${model.id}:latest` === name);
  }

  /** The context a model runs with: its Modelfile's num_ctx, else the server's setting or default. */
  #servedContext(model: LocalModel): number {
    const trained = model.trainedContext ?? DEFAULT_TRAINED_CONTEXT;
    switch (this.options.kind) {
      case "ollama":
        return model.numCtx ?? this.options.contextLength ?? OLLAMA_DEFAULT_CONTEXT;
      case "vllm":
        return this.options.contextLength ?? trained;
      default:
        return this.options.contextLength ?? 4096;
    }
  }

  /** `GET /v1/models` as each server lists its models. */
  #openAiList(): JsonObject {
    const created = 1_780_000_000;
    const data = this.#models.map((model): Json => {
      switch (this.options.kind) {
        // Ollama: https://docs.ollama.com/api/openai-compatibility (`/v1/models`).
        case "ollama":
          return { id: model.id, object: "model", created, owned_by: "library" };
        // llama.cpp lists the loaded model with `owned_by: "llamacpp"` and its metadata
        // (https://github.com/tontinton/maki/pull/242).
        case "llama.cpp":
          return {
            id: model.id,
            object: "model",
            created,
            owned_by: "llamacpp",
            meta: { n_ctx_train: model.trainedContext ?? DEFAULT_TRAINED_CONTEXT },
          };
        // vLLM adds `max_model_len` to each entry
        // (https://github.com/modal-labs/modal-examples/issues/843).
        case "vllm":
          return {
            id: model.id,
            object: "model",
            created,
            owned_by: "vllm",
            root: model.id,
            parent: null,
            max_model_len: this.#servedContext(model),
            permission: [],
          };
        // LM Studio: https://lmstudio.ai/docs/app/api/endpoints/openai
        default:
          return { id: model.id, object: "model", owned_by: "organization_owner" };
      }
    });
    return { object: "list", data };
  }

  /** https://docs.ollama.com/api/tags */
  #ollamaTags(): JsonObject {
    return {
      models: this.#models.map((model) => ({
        name: model.id,
        model: model.id,
        modified_at: "2026-11-01T10:00:00.000000000Z",
        size: 2_019_393_189,
        digest: "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72",
        details: this.#ollamaDetails(model),
      })),
    };
  }

  #ollamaDetails(model: LocalModel): JsonObject {
    const family = model.architecture ?? "llama";
    return {
      parent_model: "",
      format: "gguf",
      family,
      families: [family],
      parameter_size: "3.2B",
      quantization_level: "Q4_K_M",
    };
  }

  /**
   * https://docs.ollama.com/api/show: `capabilities`, `model_info` with
   * `<architecture>.context_length`, and a Modelfile's parameters as text
   * (`num_ctx 8192`). The body names the model as `model` (older clients: `name`); an
   * unknown one is a 404 in the native error shape, `{"error": "model 'x' not found"}`
   * (https://github.com/otwld/ollama-helm/issues/61).
   */
  #ollamaShow(body: JsonObject): { status: number; body: Json } {
    const name = typeof body.model === "string" ? body.model : typeof body.name === "string" ? body.name : "";
    const model = this.#find(name);
    if (!model) return { status: 404, body: { error: `model '${name}' not found` } };
    const architecture = model.architecture ?? "llama";
    return ok({
      modelfile: `# Modelfile generated by "ollama show"\nFROM ${model.id}\n`,
      parameters:
        model.numCtx === undefined ? 'stop "<|eot_id|>"' : `num_ctx ${model.numCtx}\nstop "<|eot_id|>"`,
      template: "{{ .Prompt }}",
      details: this.#ollamaDetails(model),
      model_info: {
        "general.architecture": architecture,
        "general.parameter_count": 3_212_749_888,
        [`${architecture}.context_length`]: model.trainedContext ?? DEFAULT_TRAINED_CONTEXT,
        [`${architecture}.embedding_length`]: 3072,
      },
      capabilities: [...(model.capabilities ?? ["completion", "tools"])],
      modified_at: "2026-11-01T10:00:00.000000000Z",
    });
  }

  /** https://docs.ollama.com/api/ps: the loaded models, each with the `context_length` it was given. */
  #ollamaPs(): JsonObject {
    return {
      models: [...this.#loaded.entries()].map(([id, contextLength]) => {
        const model = this.#find(id) as LocalModel;
        return {
          name: id,
          model: id,
          size: 3_500_000_000,
          digest: "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72",
          details: this.#ollamaDetails(model),
          expires_at: "2026-11-01T10:05:00.000000000Z",
          size_vram: 3_500_000_000,
          context_length: contextLength,
        };
      }),
    };
  }

  /**
   * `POST /api/generate` with a model and no prompt loads it: "If an empty prompt is
   * provided, the model will be loaded into memory"
   * (https://github.com/ollama/ollama/blob/main/docs/api.md#load-a-model). Generating
   * text this way is not part of the fake.
   */
  #ollamaGenerate(body: JsonObject): { status: number; body: Json } {
    const name = typeof body.model === "string" ? body.model : "";
    const model = this.#find(name);
    if (!model) return { status: 404, body: { error: `model '${name}' not found` } };
    if (typeof body.prompt === "string" && body.prompt !== "")
      return { status: 501, body: { error: "the fake provider's /api/generate only loads models" } };
    if (!(model.capabilities ?? ["completion"]).includes("completion"))
      return { status: 400, body: { error: `"${model.id}" does not support generate` } };
    if (!this.#loaded.has(model.id)) this.#loaded.set(model.id, this.#servedContext(model));
    return ok({
      model: model.id,
      created_at: "2026-11-01T10:00:00.000000000Z",
      response: "",
      done: true,
      done_reason: "load",
    });
  }

  /**
   * llama.cpp's `GET /props`: the settings every slot starts with, among them the
   * context size it was started with (`--ctx-size`), as `default_generation_settings.n_ctx`
   * (https://mvysny.github.io/llama-server-endpoints/).
   */
  #llamaProps(): JsonObject {
    const model = this.#models[0];
    return {
      default_generation_settings: { n_ctx: this.options.contextLength ?? 4096, temperature: 0.8 },
      total_slots: 1,
      model_path: `/models/${model?.id ?? "model"}.gguf`,
      model_alias: model?.id ?? "model",
      chat_template: "{{ messages }}",
      modalities: { vision: false, audio: false },
      build_info: "b7000-fake",
    };
  }

  /**
   * LM Studio's own list (`GET /api/v0/models`,
   * https://lmstudio.ai/docs/app/api/endpoints/rest): a `type` (`llm`, `vlm`,
   * `embeddings`), a `state` (`loaded`, `not-loaded`) and the `max_context_length` the
   * model can be loaded with; only a loaded model has the `loaded_context_length` it
   * runs with (the documented example lists models not loaded, without it).
   */
  #lmStudioModels(): JsonObject {
    return {
      object: "list",
      data: this.#models.map((model) => {
        const loaded = this.#loaded.get(model.id);
        return {
          id: model.id,
          object: "model",
          type: (model.capabilities ?? ["completion"]).includes("embedding") ? "embeddings" : "llm",
          publisher: "lmstudio-community",
          arch: model.architecture ?? "llama",
          compatibility_type: "gguf",
          quantization: "Q4_K_M",
          state: loaded === undefined ? "not-loaded" : "loaded",
          max_context_length: model.trainedContext ?? DEFAULT_TRAINED_CONTEXT,
          ...(loaded === undefined ? {} : { loaded_context_length: loaded }),
        };
      }),
    };
  }

  /**
   * Ollama's `/v1/chat/completions` answers errors in OpenAI's shape with `type:
   * "api_error"` (https://github.com/ollama/ollama/issues/6027):
   * - an unknown model: 404 `model "x" not found, try pulling it first`
   *   (https://github.com/netease-youdao/QAnything/issues/555);
   * - an embedding model: 400 `"nomic-embed-text" does not support chat`
   *   (https://github.com/karakeep-app/karakeep/issues/2060);
   * - tools for a model without the `tools` capability: 400
   *   `registry.ollama.ai/library/llama3:8b does not support tools`
   *   (https://github.com/ollama/ollama/issues/5793, https://github.com/pydantic/pydantic-ai/issues/703);
   * - a prompt longer than the context: answered anyway (truncated), or with `overflow:
   *   "error"` a 400 in llama.cpp's words (https://github.com/ollama/ollama/issues/16800).
   */
  #ollamaRefusal(name: string, hasTools: boolean, promptTokens: number): LocalRefusal | null {
    const refuse = (status: number, message: string): LocalRefusal => ({
      status,
      errorType: "api_error",
      message,
      body: { error: { message, type: "api_error", param: null, code: null } },
    });
    const model = this.#find(name);
    if (!model) return refuse(404, `model "${name}" not found, try pulling it first`);
    const capabilities = model.capabilities ?? ["completion", "tools"];
    if (!capabilities.includes("completion")) return refuse(400, `"${model.id}" does not support chat`);
    if (hasTools && !capabilities.includes("tools")) {
      const tagged = model.id.includes(":") ? model.id : `${model.id}:latest`;
      return refuse(400, `registry.ollama.ai/library/${tagged} does not support tools`);
    }
    const window = this.#loaded.get(model.id) ?? this.#servedContext(model);
    if (this.options.overflow === "error" && promptTokens > window)
      return refuse(
        400,
        `request (${promptTokens} tokens) exceeds the available context size (${window} tokens), try increasing it`,
      );
    return null;
  }

  /**
   * LM Studio loads a model that is not loaded when a request names it ("JIT loading",
   * https://lmstudio.ai/docs/app/api/ttl-and-auto-evict), with that model's default
   * load settings (here `contextLength`, else 4,096), so the model is loaded even when
   * the request is then refused. A prompt longer than the loaded context is a 400 with a
   * bare string `error`: "The number of tokens to keep from the initial prompt is greater
   * than the context length (n_keep: N>= n_ctx: M). …"
   * (https://github.com/Gitlawb/openclaude/issues/353).
   */
  #lmStudioRefusal(name: string, promptTokens: number): LocalRefusal | null {
    const model = this.#find(name);
    if (!model) return null;
    if (!this.#loaded.has(model.id)) this.#loaded.set(model.id, this.#servedContext(model));
    const window = this.#loaded.get(model.id) as number;
    if (promptTokens < window) return null;
    const message = `The number of tokens to keep from the initial prompt is greater than the context length (n_keep: ${promptTokens}>= n_ctx: ${window}). Try to load the model with a larger context length, or provide a shorter input.`;
    return { status: 400, errorType: "lmstudio_context", message, body: { error: message } };
  }

  /**
   * llama.cpp's server:
   * - tools without `--jinja`: 500 `{"error":{"code":500,"message":"tools param requires
   *   --jinja flag","type":"server_error"}}` (https://github.com/AstrBotDevs/AstrBot/issues/758);
   * - a prompt longer than `--ctx-size`: 400 with type `exceed_context_size_error` and
   *   both counts (https://github.com/oobabooga/textgen/issues/7257).
   */
  #llamaRefusal(hasTools: boolean, promptTokens: number): LocalRefusal | null {
    if (hasTools && this.options.tools === false) {
      const message = "tools param requires --jinja flag";
      return {
        status: 500,
        errorType: "server_error",
        message,
        body: { error: { code: 500, message, type: "server_error" } },
      };
    }
    const nCtx = this.options.contextLength ?? 4096;
    if (promptTokens > nCtx) {
      const message =
        "the request exceeds the available context size. try increasing the context size or enable context shift";
      return {
        status: 400,
        errorType: "exceed_context_size_error",
        message,
        body: {
          error: {
            code: 400,
            message,
            type: "exceed_context_size_error",
            n_prompt_tokens: promptTokens,
            n_ctx: nCtx,
          },
        },
      };
    }
    return null;
  }

  /**
   * vLLM's OpenAI server, errors as `{"error": {message, type, param, code}}` since
   * 0.10.1 and as a top-level `{"object": "error", message, type, param, code}` before
   * (https://github.com/foundation-model-stack/fms-guardrails-orchestrator/issues/511):
   * - an unknown model: 404 ``The model `x` does not exist.`` (https://github.com/vllm-project/vllm/issues/3485);
   * - tools without `--enable-auto-tool-choice`: 400 `"auto" tool choice requires
   *   --enable-auto-tool-choice and --tool-call-parser to be set`
   *   (https://github.com/vllm-project/vllm/issues/9986);
   * - prompt and completion beyond `--max-model-len`: 400 `This model's maximum context
   *   length is N tokens. …` (https://github.com/vllm-project/vllm/issues/12886).
   */
  #vllmRefusal(
    name: string,
    hasTools: boolean,
    promptTokens: number,
    maxTokens: number,
  ): LocalRefusal | null {
    const refuse = (status: number, type: string, message: string): LocalRefusal => {
      const fields = { message, type, param: null, code: status };
      return {
        status,
        errorType: type,
        message,
        body: this.options.legacyErrors ? { object: "error", ...fields } : { error: fields },
      };
    };
    const model = this.#find(name);
    if (!model) return refuse(404, "NotFoundError", `The model \`${name}\` does not exist.`);
    if (hasTools && this.options.tools === false)
      return refuse(
        400,
        "BadRequestError",
        '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
      );
    const limit = this.#servedContext(model);
    if (promptTokens + maxTokens > limit)
      return refuse(
        400,
        "BadRequestError",
        `This model's maximum context length is ${limit} tokens. However, you requested ${promptTokens + maxTokens} tokens (${promptTokens} in the messages, ${maxTokens} in the completion). Please reduce the length of the messages or completion.`,
      );
    return null;
  }
}

function ok(body: Json): { status: number; body: Json } {
  return { status: 200, body };
}
