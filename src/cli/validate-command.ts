import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  APP_SPEC_PATH,
  type Finding,
  INITIALIZER_PROMPT_PATH,
  type SpecValidation,
  validateAppSpec,
  validateInitializerPrompt,
} from "../app-spec/index.js";
import { type Command, type CommandIo, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./command.js";
import { terminalSafe } from "./terminal-safe.js";

const USAGE = "Usage: specwright validate <project folder | app_spec.txt> [--json]";

const HELP = `${USAGE}

Checks a spec the way Specwright does before it calls a spec complete, and says what
to fix.

Arguments:
  project folder   checks <folder>/${APP_SPEC_PATH} and <folder>/${INITIALIZER_PROMPT_PATH}
                   (whose feature count must match the spec's <feature_count>)
  app_spec.txt     checks only that file, as an app spec

Options:
  --json           print one JSON object instead of the report:
                   { valid, files: [{ path, errors, warnings }], featureCount }
  -h, --help       show this help

Warnings are advice; only errors make a spec invalid.

Exit codes: 0 valid (warnings allowed), 1 not valid or a file is missing, 2 usage error.
`;

/** The findings for one file, as the report and --json show them. */
interface FileReport {
  path: string;
  errors: Finding[];
  warnings: Finding[];
}

interface Outcome {
  files: FileReport[];
  /** The app spec's validation, when there was one to read. */
  spec: SpecValidation | null;
}

export const validateCommand: Command = {
  name: "validate",
  help: HELP,
  async run(args: string[], io: CommandIo): Promise<number> {
    const parsed = readArguments(args);
    if ("problem" in parsed) {
      io.stderr.write(`specwright validate: ${terminalSafe(parsed.problem)}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const { target, json } = parsed;
    const outcome = await check(target, resolve(io.cwd, target));
    const valid = outcome.files.every((file) => file.errors.length === 0);
    if (json) {
      const report = { valid, files: outcome.files, featureCount: outcome.spec?.featureCount ?? null };
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      // Findings quote the files' text: the report reaches the terminal as text (--json escapes it).
      io.stdout.write(terminalSafe(formatReport(outcome, valid)));
    }
    return valid ? EXIT_OK : EXIT_FAILURE;
  },
};

function readArguments(args: string[]): { target: string; json: boolean } | { problem: string } {
  let parsed: ReturnType<typeof parseValidateArgs>;
  try {
    parsed = parseValidateArgs(args);
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    return { problem: error.message };
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return { problem: "name a project folder or an app_spec.txt file." };
  if (positionals.length > 1) return { problem: `expected one path, got ${positionals.length}.` };
  return { target: positionals[0]!, json: values.json === true };
}

function parseValidateArgs(args: string[]) {
  return parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: "boolean" } } });
}

/** parseArgs reports unknown options and similar mistakes as TypeErrors with an ERR_PARSE_ARGS code. */
function isParseArgsError(error: unknown): error is TypeError {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

/** `shown` is the path as the person wrote it, so the report names files the way they know them. */
async function check(shown: string, absolute: string): Promise<Outcome> {
  const kind = await stat(absolute).then(
    (stats) => (stats.isDirectory() ? "folder" : "file"),
    () => "missing",
  );
  if (kind === "missing") return { files: [missingFile(shown, "No such file or folder.")], spec: null };
  if (kind === "file") {
    const text = await readOptional(absolute);
    if (text === null) return { files: [missingFile(shown, "The file could not be read.")], spec: null };
    const spec = validateAppSpec(text);
    return { files: [{ path: shown, errors: spec.errors, warnings: spec.warnings }], spec };
  }

  const files: FileReport[] = [];
  const specPath = join(shown, APP_SPEC_PATH);
  const specText = await readOptional(join(absolute, APP_SPEC_PATH));
  const spec = specText === null ? null : validateAppSpec(specText);
  files.push(
    spec === null
      ? missingFile(specPath, "The app spec does not exist.")
      : { path: specPath, errors: spec.errors, warnings: spec.warnings },
  );
  const promptPath = join(shown, INITIALIZER_PROMPT_PATH);
  const promptText = await readOptional(join(absolute, INITIALIZER_PROMPT_PATH));
  if (promptText === null) {
    files.push(
      missingFile(promptPath, "The initializer prompt does not exist; a coding agent needs it to start."),
    );
  } else {
    const findings = validateInitializerPrompt(promptText, spec?.featureCount ?? null);
    files.push({
      path: promptPath,
      errors: findings.filter((finding) => finding.severity === "error"),
      warnings: findings.filter((finding) => finding.severity === "warning"),
    });
  }
  return { files, spec };
}

async function readOptional(path: string): Promise<string | null> {
  return readFile(path, "utf8").catch(() => null);
}

function missingFile(path: string, message: string): FileReport {
  return { path, errors: [{ severity: "error", message, line: null }], warnings: [] };
}

function formatReport(outcome: Outcome, valid: boolean): string {
  const blocks = outcome.files.map((file) => {
    const findings = [...file.errors, ...file.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const lines = findings.length === 0 ? ["  ok"] : findings.map(formatFinding);
    return [file.path, ...lines].join("\n");
  });
  return `${blocks.join("\n\n")}\n\n${verdict(outcome, valid)}\n`;
}

function formatFinding(finding: Finding): string {
  const where = finding.line === null ? "" : `line ${finding.line}  `;
  return `  ${finding.severity.padEnd(7)} ${where}${finding.message}`;
}

function verdict(outcome: Outcome, valid: boolean): string {
  const errors = outcome.files.reduce((total, file) => total + file.errors.length, 0);
  const warnings = outcome.files.reduce((total, file) => total + file.warnings.length, 0);
  if (!valid) return `Not valid: ${counted(errors, "error")}, ${counted(warnings, "warning")}.`;
  const features = outcome.spec?.featureCount ?? outcome.spec?.featureLines ?? 0;
  const categories = outcome.spec?.categories.length ?? 0;
  const advice = warnings === 0 ? "" : ` (${counted(warnings, "warning")})`;
  return `Valid: ${counted(features, "feature")} in ${counted(categories, "category", "categories")}${advice}.`;
}

function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
