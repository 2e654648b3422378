import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { isCancel, text as promptText, select } from "@clack/prompts";
import { resolveSettings, type Settings, SettingsError } from "../config.js";
import { chooseEngine, createEngine, EngineUnavailableError } from "../engines/select.js";
import type { SessionRegistry } from "../session/index.js";
import { SessionStore } from "../store/index.js";
import { isValidProjectName } from "../workspace/index.js";
import { runJsonlChat } from "./chat-jsonl.js";
import { type Command, type CommandIo, EXIT_FAILURE, EXIT_USAGE } from "./command.js";
import { InteractiveReplies } from "./interactive-replies.js";
import { consoleToStderr, routeLibraryWarnings, warningLines } from "./library-warnings.js";
import { painter } from "./paint.js";
import { formatQuestion } from "./question-text.js";
import { ScriptedReplies } from "./scripted-replies.js";
import { createSessionRegistry } from "./session-setup.js";
import { type InterruptSource, resumedOpening, runTerminalChat } from "./terminal-chat.js";

const HELP = `Usage: specwright chat [project] [options]

Interviews you about your app, one question at a time, and writes
<projects-dir>/<project>/prompts/app_spec.txt and prompts/initializer_prompt.md.

Arguments:
  project               the project's name: 1 to 50 letters, digits, "-" or "_"
                        (asked for when omitted in a terminal)

Options:
  --engine <name>       auto (default), guided, anthropic, openai-compatible, claude-code
                        [env SPECWRIGHT_ENGINE]
  --model <id>          the model for a model engine [env SPECWRIGHT_MODEL]
  --max-output-tokens <n>
                        the most tokens a model may write in one answer (Claude:
                        32000 within the model's limit; other servers: their own)
                        [env SPECWRIGHT_MAX_OUTPUT_TOKENS]
  --projects-dir <dir>  where projects live (default ./generations) [env SPECWRIGHT_PROJECTS_DIR]
  --skill <file>        a replacement interview prompt (markdown) [env SPECWRIGHT_SKILL]
  --initializer-template <file>
                        your own template for prompts/initializer_prompt.md; it must
                        hold [FEATURE_COUNT], where the count goes
                        [env SPECWRIGHT_INITIALIZER_TEMPLATE]
  --answers <file>      answer from a file instead of the keyboard (always a new
                        interview; an unfinished one is kept aside): each non-empty line
                        answers the next question or prompt (a number picks that option,
                        labels separated by ", " answer a multi-select, anything else is
                        free text)
  --jsonl               no terminal UI: read client frames from stdin and write server
                        frames to stdout, one JSON object per line (see docs/protocol.md)
  -h, --help            show this help

Every reply is kept in <project>/.specwright/session.json: after a crash or Ctrl+C,
run the same command again and choose to carry on.

Keys: arrows pick an option, space toggles one in a multi-select, Enter sends.
Ctrl+C stops a running reply; pressed again, or at a prompt, it quits.

Exit codes: 0 the spec is complete and valid, 1 it is not (yet), 2 usage error.
`;

interface ChatFlags {
  engine?: string;
  model?: string;
  "projects-dir"?: string;
  skill?: string;
  "initializer-template"?: string;
  answers?: string;
  jsonl?: boolean;
}

function parseChatArgs(args: string[]): { flags: ChatFlags; project: string | undefined } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      engine: { type: "string" },
      model: { type: "string" },
      "max-output-tokens": { type: "string" },
      "projects-dir": { type: "string" },
      skill: { type: "string" },
      "initializer-template": { type: "string" },
      answers: { type: "string" },
      jsonl: { type: "boolean" },
    },
  });
  if (positionals.length > 1) throw new SettingsError(`Expected one project name, got ${positionals.length}`);
  return { flags: values, project: positionals[0] };
}

async function askProjectName(io: CommandIo): Promise<string | null> {
  const answer = await promptText({
    message: "Name your project",
    placeholder: "my-app",
    validate: (value) =>
      isValidProjectName(value ?? "") ? undefined : "Use 1 to 50 letters, digits, hyphens or underscores",
    input: io.stdin as NodeJS.ReadStream,
    output: io.stdout as NodeJS.WriteStream,
  });
  return isCancel(answer) ? null : answer;
}

/**
 * When the project has an unfinished interview on disk, asks whether to take it up.
 * Starting over keeps the old one in .specwright/sessions/.
 */
async function offerResume(
  registry: SessionRegistry,
  settings: Settings,
  project: string,
  io: CommandIo,
): Promise<"resume" | "start-over" | "quit"> {
  const stored = await new SessionStore(settings.projectsDir).load(project);
  const replies =
    stored?.transcript.filter((entry) => entry.role === "user" && entry.kind !== "kickoff").length ?? 0;
  if (!stored || stored.complete || replies === 0) return "start-over";
  const when = new Date(stored.updatedAt).toLocaleString("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const choice = await select({
    message: `You have an unfinished interview for ${project} (${replies} ${replies === 1 ? "reply" : "replies"}, last on ${when}).`,
    options: [
      { value: "resume", label: "Carry on where I left off (Recommended)" },
      {
        value: "start-over",
        label: "Start over",
        hint: "the earlier interview is kept in .specwright/sessions/",
      },
    ],
    input: io.stdin as NodeJS.ReadStream,
    output: io.stdout as NodeJS.WriteStream,
  });
  if (isCancel(choice)) return "quit";
  if (choice === "resume" && !(await registry.getOrRestore(project))) return "start-over";
  return choice;
}

function processInterrupts(): InterruptSource {
  return {
    onInterrupt(handler) {
      process.on("SIGINT", handler);
      return () => process.off("SIGINT", handler);
    },
  };
}

export const chatCommand: Command = {
  name: "chat",
  help: HELP,
  async run(args, io) {
    let parsed: ReturnType<typeof parseChatArgs>;
    let settings: Settings;
    try {
      parsed = parseChatArgs(args);
      settings = resolveSettings(parsed.flags, io.env, io.cwd);
    } catch (error) {
      io.stderr.write(
        `specwright chat: ${(error as Error).message}\nRun \`specwright chat --help\` for usage.\n`,
      );
      return EXIT_USAGE;
    }
    if (parsed.flags.jsonl && parsed.flags.answers) {
      io.stderr.write("specwright chat: --jsonl and --answers cannot be combined\n");
      return EXIT_USAGE;
    }
    // The libraries' warnings are for people, on stderr: in JSONL mode stdout carries
    // frames and nothing else, and in the terminal it carries the conversation.
    const restoreWarnings = routeLibraryWarnings(warningLines(io.stderr));
    const restoreConsole = parsed.flags.jsonl ? consoleToStderr(io.stderr) : () => {};
    try {
      return await runChat(parsed, settings, io);
    } finally {
      restoreConsole();
      restoreWarnings();
    }
  },
};

async function runChat(
  parsed: ReturnType<typeof parseChatArgs>,
  settings: Settings,
  io: CommandIo,
): Promise<number> {
  const { flags } = parsed;
  const interactive = !flags.jsonl && !flags.answers;
  let project = parsed.project;
  if (project === undefined) {
    const isTerminal = (io.stdin as { isTTY?: boolean }).isTTY === true;
    if (!interactive || !isTerminal) {
      io.stderr.write("specwright chat: name the project, e.g. `specwright chat my-app`\n");
      return EXIT_USAGE;
    }
    const asked = await askProjectName(io);
    if (asked === null) return EXIT_USAGE;
    project = asked;
  }
  if (!isValidProjectName(project)) {
    io.stderr.write(
      `specwright chat: invalid project name "${project}": use 1 to 50 letters, digits, hyphens or underscores\n`,
    );
    return EXIT_USAGE;
  }
  let answersText: string | null = null;
  if (flags.answers) {
    try {
      answersText = await readFile(flags.answers, "utf8");
    } catch (error) {
      io.stderr.write(`specwright chat: cannot read --answers file: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
  }
  const selection = chooseEngine(settings);
  let engine: ReturnType<typeof createEngine>;
  try {
    engine = createEngine(selection, settings);
  } catch (error) {
    if (!(error instanceof EngineUnavailableError)) throw error;
    io.stderr.write(`specwright chat: ${error.message}\n`);
    return EXIT_FAILURE;
  }
  const registry = createSessionRegistry(settings, engine);
  // In JSONL mode stdout carries frames only; everything for people goes to stderr.
  const notes = flags.jsonl ? io.stderr : io.stdout;
  const paint = painter(notes, io.env);
  const modelNote = engine.description
    ? ` (${engine.description})`
    : engine.model
      ? ` (${engine.model})`
      : "";
  notes.write(`${paint("bold", "Specwright")}  engine: ${selection.name}${modelNote}, ${selection.reason}\n`);
  if (flags.jsonl) return runJsonlChat(registry, project, io);
  notes.write(`${paint("gray", `project: ${settings.projectsDir}/${project}`)}\n`);
  const resume = interactive ? await offerResume(registry, settings, project, io) : "start-over";
  if (resume === "quit") return EXIT_FAILURE;
  const session = resume === "resume" ? await registry.getOrRestore(project) : undefined;
  const replies =
    answersText === null
      ? new InteractiveReplies(io.stdin, io.stdout)
      : new ScriptedReplies(
          answersText,
          (line) => io.stdout.write(`${paint("cyan", "›")} ${line}\n`),
          (question) => io.stdout.write(formatQuestion(question, paint)),
        );
  const interrupts = interactive ? processInterrupts() : null;
  if (session)
    return runTerminalChat(session, replies, io.stdout, io.env, interrupts, resumedOpening(session));
  return runTerminalChat(await registry.create(project), replies, io.stdout, io.env, interrupts);
}
