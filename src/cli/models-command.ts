import { parseArgs } from "node:util";
import { resolveSettings, type Settings, SettingsError } from "../config.js";
import type { EngineName } from "../engines/engine.js";
import type { EngineSettings } from "../engines/engine-settings.js";
import { contextWindowOf } from "../engines/model/claude-models.js";
import { DEFAULT_ANTHROPIC_MODEL } from "../engines/model/defaults.js";
import { chooseChatModel } from "../engines/model/model-discovery.js";
import { type ListedModel, listAnthropicModels, type ModelList } from "../engines/model/model-list.js";
import { anthropicSdkBaseUrl } from "../engines/model/provider.js";
import { readServerFacts, type ServerModel } from "../engines/model/server-facts.js";
import { smallDefaultContextAdvice } from "../engines/model/small-context.js";
import { selectEngine } from "../engines/select.js";
import { type Command, type CommandIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./command.js";
import { terminalSafe } from "./terminal-safe.js";

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
                     models: [{ id, displayName, selected, contextWindow, trainedContext,
                                loaded, kind, tools }], truncated, note, contextAdvice,
                     error }
  -h, --help       show this help

Where the list comes from:
  anthropic          GET {ANTHROPIC_BASE_URL or https://api.anthropic.com}/v1/models,
                     with ANTHROPIC_API_KEY; the default model is ${DEFAULT_ANTHROPIC_MODEL}
  openai-compatible  GET {OPENAI_BASE_URL}/models (OPENAI_API_KEY if set), and what a
                     local server says of each model (Ollama, llama.cpp, vLLM, LM
                     Studio): its context window, whether it can chat and use tools;
                     without --model an interview uses the first chat model that can
                     use tools
  guided             no model: the guided interviewer works offline
  claude-code        Claude Code's own models: run \`claude\` and type /model

Each model's context window is shown where it is known: the one it is loaded or
served with ("context 8,192"), and the model's maximum beside it when that is more
("context 4,096 (model's maximum 131,072)"); for a model not loaded yet (Ollama, LM
Studio), only its maximum ("not loaded; model's maximum context 32,768"): the server
chooses its context when it loads it. When Ollama runs the chosen model in its small
default context, a line on stderr says how to raise it. With nothing configured, a
running Ollama or LM Studio is looked for as \`chat\` does.

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
  by: "--model" | "SPECWRIGHT_MODEL" | "default" | "first usable";
  /** Whether the provider lists it. */
  listed: boolean;
}

/** A model as the report lists it; what the server did not say is null. */
interface ReportedModel extends ListedModel {
  selected: boolean;
  /** The context window it runs with, in tokens. */
  contextWindow: number | null;
  /** The most it can take: what it was trained for, or LM Studio's `max_context_length`. */
  trainedContext: number | null;
  /** Whether the server has it loaded, where the server says (Ollama, LM Studio). */
  loaded: boolean | null;
  /** `chat`, `embedding` or `rerank`, where the server says or the name suggests; null for Anthropic's. */
  kind: ServerModel["kind"] | null;
  /** Whether it can use tools, where the server says. */
  tools: boolean | null;
}

/** What the command found, as `--json` prints it. */
interface Report {
  engine: EngineName;
  reason: string;
  /** Where the list was asked for; null when there is no provider to ask. */
  url: string | null;
  selected: Selected | null;
  models: ReportedModel[];
  truncated: boolean;
  /** For an engine without a list: what to do instead. */
  note: string | null;
  /** How to give the chosen model a larger context, when the server runs it in a small default one. */
  contextAdvice: string | null;
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
    const selection = await selectEngine(settings.engine);
    const report = await collect(selection, chosenBy(flags, io.env));
    if (flags.json) {
      // JSON escapes every control character; the error line is for a person.
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      if (report.error !== null) io.stderr.write(`specwright models: ${terminalSafe(report.error)}\n`);
    } else {
      writeReport(shownSafely(report), io);
    }
    return report.error === null ? EXIT_OK : EXIT_FAILURE;
  },
};

/** What chose the model, when something did. */
function chosenBy(flags: ModelsFlags, env: NodeJS.ProcessEnv): Selected["by"] {
  if (flags.model?.trim()) return "--model";
  return env.SPECWRIGHT_MODEL?.trim() ? "SPECWRIGHT_MODEL" : "default";
}

async function collect(selection: EngineSettings, by: Selected["by"]): Promise<Report> {
  const report: Report = {
    engine: selection.name,
    reason: selection.reason,
    url: null,
    selected: null,
    models: [],
    truncated: false,
    note: null,
    contextAdvice: null,
    error: null,
  };
  switch (selection.name) {
    case "guided":
      return { ...report, note: "The guided engine uses no model: it interviews offline." };
    case "claude-code":
      return {
        ...report,
        selected: selection.model ? { id: selection.model, by, listed: false } : null,
        note: "The claude-code engine runs on Claude Code's own models, with your Claude Code login: run `claude` and type /model to see them. --model (or SPECWRIGHT_MODEL) picks one.",
      };
    case "anthropic": {
      const url = `${anthropicSdkBaseUrl(selection.baseUrl)}/models`;
      if (!selection.apiKey)
        return { ...report, url, error: "The anthropic engine needs an API key: set ANTHROPIC_API_KEY." };
      const list = await listAnthropicModels({
        baseUrl: selection.baseUrl,
        apiKey: selection.apiKey,
        timeoutMs: LIST_TIMEOUT_MS,
      });
      const wanted = selection.model
        ? { id: selection.model, by }
        : { id: DEFAULT_ANTHROPIC_MODEL, by: "default" as const };
      return withList(report, url, list, wanted, "ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", (id) => ({
        contextWindow: contextWindowOf(id),
        trainedContext: null,
        loaded: null,
        kind: null,
        tools: null,
      }));
    }
    case "openai-compatible": {
      const baseUrl = selection.baseUrl;
      if (!baseUrl)
        return {
          ...report,
          error:
            "The openai-compatible engine needs the server's address: set OPENAI_BASE_URL (for Ollama, http://localhost:11434/v1).",
        };
      const url = `${baseUrl.trim().replace(/\/+$/, "")}/models`;
      const facts = await readServerFacts({
        baseUrl,
        apiKey: selection.apiKey,
        timeoutMs: LIST_TIMEOUT_MS,
      });
      if (!facts.ok)
        return { ...report, url, error: failureText(facts, "OPENAI_API_KEY", "OPENAI_BASE_URL") };
      // Without --model the engine takes the model chooseChatModel finds: mark that one.
      const first = chooseChatModel(facts, url);
      const wanted = selection.model
        ? { id: selection.model, by }
        : first.ok
          ? { id: first.modelId, by: "first usable" as const }
          : null;
      const list: ModelList = {
        ok: true,
        models: facts.models.map((model) => ({ id: model.id, displayName: model.id })),
      };
      const byId = new Map(facts.models.map((model) => [model.id, model]));
      const chosen = wanted ? byId.get(wanted.id) : undefined;
      const listed = withList(report, url, list, wanted, "OPENAI_API_KEY", "OPENAI_BASE_URL", (id) => {
        const model = byId.get(id);
        return {
          contextWindow: model?.contextWindow ?? null,
          trainedContext: model?.trainedContext ?? null,
          loaded: model?.loaded ?? null,
          kind: model?.kind ?? null,
          tools: model?.tools ?? null,
        };
      });
      return { ...listed, contextAdvice: chosen ? smallDefaultContextAdvice(facts.server, chosen) : null };
    }
  }
}

function withList(
  report: Report,
  url: string,
  list: ModelList,
  wanted: Omit<Selected, "listed"> | null,
  keyVariable: string,
  urlVariable: string,
  factsOf: (id: string) => Omit<ReportedModel, keyof ListedModel | "selected">,
): Report {
  if (!list.ok) return { ...report, url, error: failureText(list, keyVariable, urlVariable) };
  const index = wanted === null ? -1 : listedIndex(list.models, wanted.id);
  return {
    ...report,
    url,
    selected: wanted === null ? null : { ...wanted, listed: index >= 0 },
    models: list.models.map((model, at) => ({ ...model, selected: at === index, ...factsOf(model.id) })),
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
  failure: { reason: string; status?: number },
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

/**
 * The context a model is loaded or served with and the model's maximum, told apart:
 * "context 4,096 (model's maximum 131,072)", "context 8,192", and for a model not
 * loaded yet, whose context the server chooses when it loads it, "not loaded; model's
 * maximum context 32,768".
 */
function contextWords(model: ReportedModel): string {
  const tokens = (count: number) => count.toLocaleString("en-GB");
  const most = model.trainedContext;
  if (model.contextWindow !== null)
    return most !== null && most > model.contextWindow
      ? `context ${tokens(model.contextWindow)} (model's maximum ${tokens(most)})`
      : `context ${tokens(model.contextWindow)}`;
  if (most === null) return model.loaded === false ? "not loaded" : "";
  return `${model.loaded === false ? "not loaded; " : ""}model's maximum context ${tokens(most)}`;
}

function kindWords(model: ReportedModel): string {
  if (model.kind === "embedding") return "embedding model";
  if (model.kind === "rerank") return "reranking model";
  return model.tools === false ? "no tools" : "";
}

/**
 * The report with every string a provider (or a server's error) gave made safe for a
 * terminal: model ids and names are the provider's words, and a server chosen by an
 * address may say anything.
 */
function shownSafely(report: Report): Report {
  const safe = (text: string | null) => (text === null ? null : terminalSafe(text));
  return {
    ...report,
    reason: terminalSafe(report.reason),
    url: safe(report.url),
    selected: report.selected ? { ...report.selected, id: terminalSafe(report.selected.id) } : null,
    models: report.models.map((model) => ({
      ...model,
      id: terminalSafe(model.id),
      displayName: terminalSafe(model.displayName),
    })),
    note: safe(report.note),
    contextAdvice: safe(report.contextAdvice),
    error: safe(report.error),
  };
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
    report.selected?.by === "default" || report.selected?.by === "first usable" ? "(default)" : "(chosen)";
  const names = report.models.map((model) => (model.displayName !== model.id ? model.displayName : ""));
  const nameWidth = Math.max(0, ...names.map((name) => name.length));
  for (const [at, model] of report.models.entries()) {
    const notes = [contextWords(model), kindWords(model)].filter((part) => part !== "").join(", ");
    const line = [
      model.id.padEnd(width),
      (names[at] ?? "").padEnd(nameWidth),
      notes,
      model.selected ? mark : "",
    ].filter((part) => part.trim() !== "");
    io.stdout.write(`${line.join("  ").trimEnd()}\n`);
  }
  // Found by the probe, the advice is in the reason already.
  if (report.contextAdvice !== null && !report.reason.includes(report.contextAdvice))
    io.stderr.write(`specwright models: ${report.contextAdvice}\n`);
  if (report.truncated)
    io.stderr.write(
      "specwright models: the provider has more models than Specwright reads; the list stops here\n",
    );
  if (report.selected && !report.selected.listed)
    io.stderr.write(
      `specwright models: ${report.selected.id} (${report.selected.by === "default" ? "the default" : `chosen with ${report.selected.by}`}) is not among the models this provider lists\n`,
    );
}
