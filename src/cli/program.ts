import { readFileSync } from "node:fs";
import { chatCommand } from "./chat-command.js";
import type { Command, CommandIo } from "./command.js";
import { EXIT_OK, EXIT_USAGE } from "./command.js";
import { serveCommand } from "./serve-command.js";
import { validateCommand } from "./validate-command.js";

/** Every command, in the order `--help` lists them. */
const COMMANDS: Command[] = [chatCommand, serveCommand, validateCommand];

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
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`specwright: unknown command "${name}"\n\n${generalHelp()}`);
    return EXIT_USAGE;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(command.help);
    return EXIT_OK;
  }
  return command.run(rest, io);
}
