import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { isCancel, text as promptText } from "@clack/prompts";
import { DEFAULT_PROJECTS_DIR, resolveSettings, type Settings, SettingsError } from "../config.js";
import { DEFAULT_MAX_OUTPUT_TOKENS } from "../engines/model/claude-models.js";
import { DEFAULT_MAX_REPLY_LENGTH } from "../engines/model/index.js";
import { createEngine, EngineUnavailableError, selectEngine } from "../engines/select.js";
import { DEFAULT_ATTACHMENT_LIMITS } from "../session/index.js";
import { describeDiskTrouble, describeLockHolder, diskTrouble, ProjectLockedError } from "../store/index.js";
import type { ServerFrame } from "../types/wire.js";
import { isValidProjectName } from "../workspace/index.js";
import { type AttachedFiles, readAttachFiles } from "./attach-files.js";
import { runJsonlChat } from "./chat-jsonl.js";
import { type Command, type CommandIo, EXIT_FAILURE, EXIT_USAGE } from "./command.js";
import { conversationSoFar } from "./conversation-so-far.js";
import { InteractiveReplies } from "./interactive-replies.js";
import { consoleToStderr, routeLibraryWarnings, warningLines } from "./library-warnings.js";
import { LOCAL_PROBE_HELP } from "./local-probe-help.js";
import { painter } from "./paint.js";
import { formatQuestion } from "./question-text.js";
import { ScriptedReplies } from "./scripted-replies.js";
import { createSessionRegistry, createStore } from "./session-setup.js";
import { type InterruptSource, resumedOpening, runTerminalChat } from "./terminal-chat.js";
import { terminalSafe } from "./terminal-safe.js";

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
                        ${DEFAULT_MAX_OUTPUT_TOKENS} within the model's limit; other servers: their own)
                        [env SPECWRIGHT_MAX_OUTPUT_TOKENS]
  --max-reply-length <n>
                        the most characters a model may write for you in one turn;
                        past it the reply is stopped and cut (default ${DEFAULT_MAX_REPLY_LENGTH})
                        [env SPECWRIGHT_MAX_REPLY_LENGTH]
  --projects-dir <dir>  where projects live (default ./${DEFAULT_PROJECTS_DIR}) [env SPECWRIGHT_PROJECTS_DIR]
  --skill <file>        a replacement interview prompt (markdown) [env SPECWRIGHT_SKILL]
  --initializer-template <file>
                        your own template for prompts/initializer_prompt.md; it must
                        hold [FEATURE_COUNT], where the count goes
                        [env SPECWRIGHT_INITIALIZER_TEMPLATE]
  --new                 start a new interview; the one there was is kept aside
                        (see \`specwright history\`)
  --answers <file>      answer from a file instead of the keyboard (a new interview
                        unless --resume is given): each non-empty line answers the next
                        question or prompt (a number picks that option, labels
                        separated by ", " answer a multi-select, anything else is free
                        text)
  --resume              with --answers: carry on the project's interview instead
  --attach <file>       attach a file to your first reply (repeat for more, up to 5):
                        your own document (Markdown, plain text, PDF or Word .docx,
                        up to 10 MB; the interviewer reads its text and asks about
                        what it leaves open) or an image (PNG, JPEG, GIF, WebP).
                        Documents are kept in <project>/.specwright/documents/
                        [env SPECWRIGHT_MAX_DOCUMENT_BYTES and the other
                        SPECWRIGHT_MAX_DOCUMENT_* limits]
  --jsonl               no terminal UI: read client frames from stdin and write server
                        frames to stdout, one JSON object per line (see docs/protocol.md);
                        a message frame's attachments may hold documents too
  -h, --help            show this help

${LOCAL_PROBE_HELP}
Every reply is kept in <project>/.specwright/session.jsonl as it happens. Run the
same command again (after a crash, Ctrl+C or a closed terminal) and the interview
carries on where it stopped; a reply a crash cut off is asked for again. Only one
Specwright at a time may write a project: a chat on a project a server (or another
chat) has open says which one holds it, and exits 1.

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
  new?: boolean;
  resume?: boolean;
  attach?: string[];
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
      "max-reply-length": { type: "string" },
      "projects-dir": { type: "string" },
      skill: { type: "string" },
      "initializer-template": { type: "string" },
      answers: { type: "string" },
      jsonl: { type: "boolean" },
      new: { type: "boolean" },
      resume: { type: "boolean" },
      attach: { type: "string", multiple: true },
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
    const clash = flagClash(parsed.flags);
    if (clash) {
      io.stderr.write(`specwright chat: ${clash}\n`);
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
  let attached: AttachedFiles | null = null;
  if (flags.attach?.length) {
    const read = await readAttachFiles(
      flags.attach,
      io.cwd,
      settings.documentLimits,
      DEFAULT_ATTACHMENT_LIMITS.maxCount,
    );
    if ("error" in read) {
      io.stderr.write(`specwright chat: ${terminalSafe(read.error)}\n`);
      return EXIT_USAGE;
    }
    attached = read;
  }
  const selection = await selectEngine(settings.engine);
  let engine: ReturnType<typeof createEngine>;
  try {
    engine = createEngine(selection);
  } catch (error) {
    if (!(error instanceof EngineUnavailableError)) throw error;
    io.stderr.write(`specwright chat: ${error.message}\n`);
    return EXIT_FAILURE;
  }
  // In JSONL mode stdout carries frames only; everything for people goes to stderr.
  const notes = flags.jsonl ? io.stderr : io.stdout;
  const store = createStore(settings, io.stderr);
  const registry = createSessionRegistry(settings, engine, store);
  const paint = painter(notes, io.env);
  const modelNote = engine.description
    ? ` (${engine.description})`
    : engine.model
      ? ` (${engine.model})`
      : "";
  // A model's id and a local server's answers come from outside: they reach the terminal as text.
  notes.write(
    `${paint("bold", "Specwright")}  engine: ${selection.name}${terminalSafe(modelNote)}, ${terminalSafe(selection.reason)}\n`,
  );
  if (flags.jsonl) return runJsonlChat(registry, project, io, engine, settings.documentLimits);
  notes.write(`${paint("gray", `project: ${terminalSafe(`${settings.projectsDir}/${project}`)}`)}\n`);
  const holder = await store.holder(project);
  if (holder) {
    // The lock file is read from disk: whatever it says is shown as text.
    io.stderr.write(`specwright chat: ${terminalSafe(describeLockHolder(project, holder))}\n`);
    return EXIT_FAILURE;
  }
  const carryOn = !flags.new && (flags.answers === undefined || flags.resume === true);
  const replies =
    answersText === null
      ? new InteractiveReplies(io.stdin, io.stdout)
      : new ScriptedReplies(
          answersText,
          // The file's lines are shown as the answers they are, never acted on by the terminal.
          (line) => io.stdout.write(`${paint("cyan", "›")} ${terminalSafe(line)}\n`),
          (question) => io.stdout.write(formatQuestion(question, paint)),
        );
  const interrupts = interactive ? processInterrupts() : null;
  // A file's name is the person's, but it reaches the terminal as text all the same.
  for (const line of attached?.lines ?? [])
    io.stdout.write(`${paint("cyan", "+")}  attached to your first reply: ${terminalSafe(line)}\n`);
  try {
    const kept = carryOn ? await registry.getOrRestore(project) : undefined;
    if (kept) {
      const width = Math.max(40, Math.min((io.stdout as { columns?: number }).columns ?? 100, 100));
      io.stdout.write(conversationSoFar(kept.history(), paint, width));
      let opening: AsyncIterable<ServerFrame> = resumedOpening(kept);
      if (kept.canRetry()) {
        io.stdout.write(`${paint("yellow", "!")}  The interviewer's last reply was cut off; asking again.\n`);
        opening = kept.retry();
      }
      return await runTerminalChat(kept, replies, io.stdout, io.env, interrupts, {
        opening,
        notes: io.stderr,
        attached,
      });
    }
    const session = await registry.create(project);
    return await runTerminalChat(session, replies, io.stdout, io.env, interrupts, {
      notes: io.stderr,
      attached,
    });
  } catch (error) {
    const message = cannotOpen(error, project, settings.projectsDir);
    if (message === null) throw error;
    io.stderr.write(`specwright chat: ${terminalSafe(message)}\n`);
    return EXIT_FAILURE;
  }
}

/** Flags that cannot go together, said plainly; null when they can. */
function flagClash(flags: ChatFlags): string | null {
  if (flags.jsonl && flags.answers) return "--jsonl and --answers cannot be combined";
  if (flags.new && flags.resume) return "--new and --resume cannot be combined";
  if (flags.jsonl && flags.attach?.length)
    return "--attach does not apply to --jsonl: put the files in a message frame's attachments";
  if (flags.jsonl && (flags.new || flags.resume))
    return "--new and --resume do not apply to --jsonl: send a `start` or `resume` frame";
  return null;
}

/** Why the project cannot be opened, in plain words: another process holds it, or its disk refuses. */
function cannotOpen(error: unknown, project: string, projectsDir: string): string | null {
  if (error instanceof ProjectLockedError) return error.message;
  const trouble = diskTrouble(error, `${projectsDir}/${project}`);
  return trouble ? describeDiskTrouble(trouble, "the interview could not be opened") : null;
}
