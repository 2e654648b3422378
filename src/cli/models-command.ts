import { parseArgs } from "node:util";
import { resolveSettings, type Settings, SettingsError } from "../config.js";
import type { EngineName } from "../engines/engine.js";
import { DEFAULT_ANTHROPIC_MODEL } from "../engines/model/defaults.js";
import { discoverFirstModel } from "../engines/model/model-discovery.js";
import {
  type ListedModel,
  listAnthropicModels,
  listOpenAiCompatibleModels,
  type ModelList,
} from "../engines/model/model-list.js";
import { anthropicSdkBaseUrl } from "../engines/model/provider.js";
import { chooseEngine, type EngineSelection } from "../engines/select.js";
import { type Command, type CommandIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./command.js";

const HELP = `Usage: specwright models [options]

Lists the models the configured provider offers, one a line, and marks the one an
interview would use: the default, or the one chosen with --model. The engine is picked
as \`chat\` and \`serve\` pick it.

Options:
  --engine <name>  auto (default), guided, anthropic, openai-compatible, claude-code
                   [env SPECWRIGHT_ENGINE]
  --model <id>     mark this model instead of the default [env SPECWRIGHT_MODEL]
  --json           print one JSON object instead:
                   { engine, reason, url, selected: { id, by, listed } | null,
                     models: [{ id, displayName, selected }], truncated, note, error }
  -h, --help       show this help

Where the list comes from:
  anthropic          GET {ANTHROPIC_BASE_URL or https://api.anthropic.com}/v1/models,
                     with ANTHROPIC_API_KEY; the default model is ${DEFAULT_ANTHROPIC_MODEL}
  openai-compatible  GET {OPENAI_BASE_URL}/models (OPENAI_API_KEY if set); without
                     --model an interview uses the first model listed
  guided             no model: the guided interviewer works offline
  claude-code        Claude Code's own models: run \`claude\` and type /model

Exit codes: 0 listed (or there is no list to show), 1 the provider could not be asked
or refused, 2 usage error.
`;

/** How long the provider has to answer, every page included. */
const LIST_TIMEOUT_MS = 15_000;

interface ModelsFlags {
  engine?: string;
  model?: string;
  json?: boolean;
}

/** Which model an interview would use, and what decided it. */
interface Selected {
  id: string;
  by: "--model" | "SPECWRIGHT_MODEL" | "default" | "first listed";
  /** Whether the provider lists it. */
  listed: boolean;
}

/** What the command found, as `--json` prints it. */
interface Report {
  engine: EngineName;
  reason: string;
  /** Where the list was asked for; null when there is no provider to ask. */
  url: string | null;
  selected: Selected | null;
  models: (ListedModel & { selected: boolean })[];
  truncated: boolean;
  /** For an engine without a list: what to do instead. */
  note: string | null;
  /** Why there is no list, when asking failed. */
  error: string | null;
}

function parseModelsArgs(args: string[]): ModelsFlags {
  const { values, positionals } = parseArgs({
    args,
    strict: true,
    allowPositionals: true,
    options: { engine: { type: "string" }, model: { type: "string" }, json: { type: "boolean" } },
  });
  if (positionals.length > 0) throw new SettingsError(`unexpected argument "${positionals[0]}"`);
  return values;
}

export const modelsCommand: Command = {
  name: "models",
  help: HELP,
  async run(args, io) {
    let flags: ModelsFlags;
    let settings: Settings;
    try {
      flags = parseModelsArgs(args);
      settings = resolveSettings({ engine: flags.engine, model: flags.model }, io.env, io.cwd);
    } catch (error) {
      io.stderr.write(
        `specwright models: ${(error as Error).message}\nRun \`specwright models --help\` for usage.\n`,
      );
      return EXIT_USAGE;
    }
    const selection = chooseEngine(settings);
    const report = await collect(selection, settings, chosenBy(flags, io.env));
    if (flags.json) {
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      if (report.error !== null) io.stderr.write(`specwright models: ${report.error}\n`);
    } else {
      writeReport(report, io);
    }
    return report.error === null ? EXIT_OK : EXIT_FAILURE;
  },
};

/** What chose the model, when something did. */
function chosenBy(flags: ModelsFlags, env: NodeJS.ProcessEnv): Selected["by"] {
  if (flags.model?.trim()) return "--model";
  return env.SPECWRIGHT_MODEL?.trim() ? "SPECWRIGHT_MODEL" : "default";
}

async function collect(selection: EngineSelection, settings: Settings, by: Selected["by"]): Promise<Report> {
  const report: Report = {
    engine: selection.name,
    reason: selection.reason,
    url: null,
    selected: null,
    models: [],
    truncated: false,
    note: null,
    error: null,
  };
  switch (selection.name) {
    case "guided":
      return { ...report, note: "The guided engine uses no model: it interviews offline." };
    case "claude-code":
      return {
        ...report,
        selected: settings.model ? { id: settings.model, by, listed: false } : null,
        note: "The claude-code engine runs on Claude Code's own models, with your Claude Code login: run `claude` and type /model to see them. --model (or SPECWRIGHT_MODEL) picks one.",
      };
    case "anthropic": {
      const url = `${anthropicSdkBaseUrl(settings.anthropicBaseUrl)}/models`;
      if (!settings.anthropicApiKey)
        return { ...report, url, error: "The anthropic engine needs an API key: set ANTHROPIC_API_KEY." };
      const list = await listAnthropicModels({
        baseUrl: settings.anthropicBaseUrl ?? null,
        apiKey: settings.anthropicApiKey,
        timeoutMs: LIST_TIMEOUT_MS,
      });
      const wanted = settings.model
        ? { id: settings.model, by }
        : { id: DEFAULT_ANTHROPIC_MODEL, by: "default" as const };
      return withList(report, url, list, wanted, "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL");
    }
    case "openai-compatible": {
      const baseUrl = settings.openaiBaseUrl;
      if (!baseUrl)
        return {
          ...report,
          error:
            "The openai-compatible engine needs the server's address: set OPENAI_BASE_URL (for Ollama, http://localhost:11434/v1).",
        };
      const request = { baseUrl, apiKey: settings.openaiApiKey ?? null, timeoutMs: LIST_TIMEOUT_MS };
      const url = `${baseUrl.trim().replace(/\/+$/, "")}/models`;
      if (settings.model) {
        const list = await listOpenAiCompatibleModels(request);
        return withList(report, url, list, { id: settings.model, by }, "OPENAI_API_KEY", "OPENAI_BASE_URL");
      }
      // Without --model the engine takes the model discoverFirstModel finds: mark that one.
      const [list, first] = await Promise.all([
        listOpenAiCompatibleModels(request),
        discoverFirstModel({ ...request, signal: AbortSignal.timeout(LIST_TIMEOUT_MS) }),
      ]);
      const wanted = first.ok ? { id: first.modelId, by: "first listed" as const } : null;
      return withList(report, url, list, wanted, "OPENAI_API_KEY", "OPENAI_BASE_URL");
    }
    default:
      return { ...report, error: `The ${selection.name} engine has no list of models.` };
  }
}

function withList(
  report: Report,
  url: string,
  list: ModelList,
  wanted: Omit<Selected, "listed"> | null,
  keyVariable: string,
  urlVariable: string,
): Report {
  if (!list.ok) return { ...report, url, error: failureText(list, keyVariable, urlVariable) };
  const index = wanted === null ? -1 : listedIndex(list.models, wanted.id);
  return {
    ...report,
    url,
    selected: wanted === null ? null : { ...wanted, listed: index >= 0 },
    models: list.models.map((model, at) => ({ ...model, selected: at === index })),
    truncated: list.truncated === true,
  };
}

/**
 * Where the model an interview would use is in the list: under its own id, or else as
 * a dated snapshot of that alias (`claude-sonnet-5-5-20261015` for `claude-sonnet-5-5`),
 * which is how a provider may list the model the alias points to; -1 when it is not listed.
 */
function listedIndex(models: readonly ListedModel[], id: string): number {
  const exact = models.findIndex((model) => model.id === id);
  if (exact >= 0) return exact;
  return models.findIndex(
    (model) => model.id.startsWith(`${id}-`) && /^\d{8}$/.test(model.id.slice(id.length + 1)),
  );
}

/** The provider's refusal in plain words, with what to check. */
function failureText(
  failure: Extract<ModelList, { ok: false }>,
  keyVariable: string,
  urlVariable: string,
): string {
  const hint =
    failure.status === 401 || failure.status === 403
      ? ` The key was refused: check ${keyVariable}.`
      : failure.status === undefined
        ? ` Check ${urlVariable} and that the server is running.`
        : "";
  return `Could not list the models: ${failure.reason}.${hint}`;
}

/** One model a line on stdout, the selected one marked; what was asked and any trouble on stderr. */
function writeReport(report: Report, io: CommandIo): void {
  const where = report.url ? ` at ${report.url}` : "";
  io.stderr.write(`specwright models: engine ${report.engine}${where}, ${report.reason}\n`);
  if (report.error !== null) {
    io.stderr.write(`specwright models: ${report.error}\n`);
    return;
  }
  if (report.note !== null) {
    io.stdout.write(`${report.note}\n`);
    if (report.selected)
      io.stdout.write(`The model chosen with ${report.selected.by}: ${report.selected.id}\n`);
    return;
  }
  if (report.models.length === 0) io.stderr.write("specwright models: the provider lists no models\n");
  const width = Math.max(0, ...report.models.map((model) => model.id.length));
  const mark =
    report.selected?.by === "default" || report.selected?.by === "first listed" ? "(default)" : "(chosen)";
  for (const model of report.models) {
    const name = model.displayName !== model.id ? model.displayName : "";
    const line = [model.id.padEnd(width), name, model.selected ? mark : ""].filter((part) => part !== "");
    io.stdout.write(`${line.join("  ").trimEnd()}\n`);
  }
  if (report.truncated)
    io.stderr.write(
      "specwright models: the provider has more models than Specwright reads; the list stops here\n",
    );
  if (report.selected && !report.selected.listed)
    io.stderr.write(
      `specwright models: ${report.selected.id} (${report.selected.by === "default" ? "the default" : `chosen with ${report.selected.by}`}) is not among the models this provider lists\n`,
    );
}
