import type { EngineEvent } from "../../types/engine-events.js";
import type { Transcript } from "../../types/transcript.js";
import type { Engine, TurnContext } from "../engine.js";
import { DEFAULT_MAX_STEPS } from "../turn-limits.js";
import { runClaudeCodeTurn } from "./claude-code-turn.js";
import type { ClaudeCodeSettings } from "./query-options.js";
import { createSdkLoader, type SdkLoader } from "./sdk-loader.js";
import type { ClaudeAgentSdk } from "./sdk-types.js";

export interface ClaudeCodeEngineOptions {
  /** The model id (--model); null or absent uses Claude Code's default. */
  model?: string | null;
  /** Model calls per turn (default DEFAULT_MAX_STEPS, as for the model engine). */
  maxTurns?: number;
  /** The whole environment of the Claude Code process; absent, it inherits Specwright's. */
  env?: Record<string, string | undefined>;
  /** A Claude Code program to run instead of the one that comes with the SDK. */
  pathToClaudeCodeExecutable?: string;
  /** Loads the SDK; tests give their own. */
  loadSdk?: SdkLoader;
  now?: () => Date;
}

/** An interviewer that runs on the person's own Claude Code, with its login. */
export interface ClaudeCodeEngine extends Engine {
  readonly name: "claude-code";
  readonly description: string;
}

export function createClaudeCodeEngine(options: ClaudeCodeEngineOptions = {}): ClaudeCodeEngine {
  return new SdkClaudeCodeEngine(options);
}

class SdkClaudeCodeEngine implements ClaudeCodeEngine {
  readonly name = "claude-code";
  private readonly settings: ClaudeCodeSettings;
  private readonly loadSdk: SdkLoader;
  private loaded: ClaudeAgentSdk | null = null;
  /** The model Claude Code reported running on; only for display, never needed to resume. */
  private reportedModel: string | null = null;

  constructor(private readonly options: ClaudeCodeEngineOptions) {
    this.settings = {
      model: options.model || null,
      maxTurns: options.maxTurns ?? DEFAULT_MAX_STEPS,
    };
    if (options.env) this.settings.env = options.env;
    if (options.pathToClaudeCodeExecutable)
      this.settings.pathToClaudeCodeExecutable = options.pathToClaudeCodeExecutable;
    this.loadSdk = options.loadSdk ?? createSdkLoader();
  }

  get model(): string | null {
    return this.settings.model ?? this.reportedModel;
  }

  get description(): string {
    const where = "Claude Code with its own login";
    if (this.settings.model) return `${where}, model ${this.settings.model}`;
    if (this.reportedModel)
      return `${where}, model ${this.reportedModel} (its default; choose another with --model)`;
    return `${where}, on its default model (choose another with --model)`;
  }

  turn(transcript: Transcript, context: TurnContext): AsyncIterable<EngineEvent> {
    return runClaudeCodeTurn(transcript, context, {
      loadSdk: () => this.sdk(),
      settings: this.settings,
      now: this.options.now ?? (() => new Date()),
      onModel: (model) => {
        this.reportedModel = model;
      },
    });
  }

  /** Loads the SDK on first use and keeps it; a failed load is tried again next turn. */
  private async sdk(): Promise<ClaudeAgentSdk> {
    this.loaded ??= await this.loadSdk();
    return this.loaded;
  }
}
