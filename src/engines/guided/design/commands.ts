import type { CommandSpec } from "../../../app-spec/model.js";
import { snakeCase } from "../language/inflection.js";
import { isPerson } from "../language/noun-kinds.js";
import { tagWords } from "../language/tagger.js";
import { commandsSaid } from "./commands-said.js";

/**
 * A command-line tool's commands: the person's own when they gave them ("rename
 * FOLDER, with --dry-run to only show the new names"), else one per thing they said it
 * does, named after its verb.
 */
export function deriveCommands(
  programName: string,
  said: string | null,
  statements: readonly string[],
  options: { scheduled?: boolean } = {},
): CommandSpec[] {
  const program = programName;
  const own = said && said.trim().length > 0 ? commandsSaid(program, said) : [];
  if (own.length > 0) return own;
  const steps = toolActions(statements);
  // A job that runs on a schedule ("every night it pulls, cleans and loads") is one run of its steps.
  if (options.scheduled && steps.length > 1) return [runCommand(program, steps)];
  return commandsFromFeatures(program, steps);
}

/**
 * What the software itself does, for its commands or functions: "Users can paste it
 * into Slack" and "A developer installs it with pip" say what people do around it.
 * When every statement is about people, they are all there is to go on.
 */
function toolActions(statements: readonly string[]): string[] {
  const own = statements.filter((statement) => !peopleAct(statement));
  return own.length > 0 ? own : [...statements];
}

function peopleAct(statement: string): boolean {
  if (/^Users can\b/.test(statement)) return true;
  const words = tagWords(statement);
  const verb = words.findIndex((word) => word.tag === "verb");
  return words.slice(0, Math.max(0, verb)).some((word) => word.tag === "noun" && isPerson(word.base));
}

function runCommand(program: string, steps: readonly string[]): CommandSpec {
  return {
    name: "run",
    lines: [
      `Usage: ${program} run [options]`,
      `What it does, in order: ${steps.map((step) => step.replace(/[.]$/, "")).join("; ")}`,
      "--help: show this command's usage and flags",
    ],
  };
}

/** "Users can rename photos by the date taken" → command "rename". */
function commandsFromFeatures(program: string, statements: readonly string[]): CommandSpec[] {
  const commands: CommandSpec[] = [];
  for (const statement of statements) {
    const verb = tagWords(statement.replace(/^(?:Users can|The app|The tool)\s+/i, "")).find(
      (word) => word.tag === "verb",
    );
    if (!verb) continue;
    const name = snakeCase(verb.base).replaceAll("_", "-");
    const existing = commands.find((command) => command.name === name);
    if (existing) {
      existing.lines.push(`Also: ${statement}`);
      continue;
    }
    commands.push({ name, lines: [`Usage: ${program} ${name} [options]`, `What it does: ${statement}`] });
    if (commands.length >= 8) break;
  }
  if (commands.length === 0)
    commands.push({
      name: program,
      lines: [`Usage: ${program} [options]`, "What it does: as described in the overview"],
    });
  for (const command of commands) command.lines.push("--help: show this command's usage and flags");
  return commands;
}

/** A library's public interface: one function per thing the person said it does. */
export function derivePublicInterface(statements: readonly string[]): string[] {
  return toolActions(statements)
    .slice(0, 12)
    .map((statement) => {
      const words = tagWords(statement.replace(/^(?:Users can|The app|The library)\s+/i, ""));
      const verb = words.find((word) => word.tag === "verb");
      const noun = words.find((word, index) => word.tag === "noun" && index > words.indexOf(verb!));
      const name = verb
        ? [verb.base, ...(noun ? [noun.base] : [])]
            .map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
            .join("")
        : "run";
      return `${snakeCase(name) === name ? name : name}(…): ${statement}`;
    });
}
