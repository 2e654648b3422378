import { readFileSync } from "node:fs";
import type { Command, CommandIo } from "./command.js";
import { EXIT_OK, EXIT_USAGE } from "./command.js";

/** A command as the program knows it before loading it. */
interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

/**
 * Every command, in the order `--help` lists them. Each is loaded only when it runs:
 * the server and the model SDKs are heavy, and `validate` or `--help` need neither.
 */
const COMMANDS: CommandEntry[] = [
  {
    name: "chat",
    summary: "be interviewed about your app until its spec is written",
    load: async () => (await import("./chat-command.js")).chatCommand,
  },
  {
    name: "serve",
    summary: "serve interviews to the web page and the API, on 127.0.0.1 by default",
    load: async () => (await import("./serve-command.js")).serveCommand,
  },
  {
    name: "models",
    summary: "list the models the configured provider offers, and the one an interview uses",
    load: async () => (await import("./models-command.js")).modelsCommand,
  },
  {
    name: "history",
    summary: "print a project's interview as Markdown, or list its interviews",
    load: async () => (await import("./history-command.js")).historyCommand,
  },
  {
    name: "validate",
    summary: "check a project's spec files and say what to fix",
    load: async () => (await import("./validate-command.js")).validateCommand,
  },
];

function packageVersion(): string {
  const packageJson = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return packageJson.version;
}

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    "Specwright interviews you about your app idea and writes a validated specification",
    "that autonomous coding agents can build from.",
    "",
    "Usage: specwright <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `specwright <command> --help` for a command's options.",
    "",
  ].join("\n");
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(generalHelp());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const entry = COMMANDS.find((candidate) => candidate.name === name);
  if (!entry) {
    io.stderr.write(`specwright: unknown command "${name}"\n\n${generalHelp()}`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(command.help);
    return EXIT_OK;
  }
  return command.run(rest, io);
}
