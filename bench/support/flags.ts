import { parseArgs } from "node:util";

/** The flags a benchmark accepts, each with its default and a line of help. */
export type FlagSpec = Record<string, { default: string; help: string }>;

/**
 * Reads `--name value` flags (and `--help`). Every flag is a string with a default; the
 * typed readers below turn them into numbers or lists and reject nonsense loudly, since
 * a benchmark run with a misread parameter measures the wrong thing.
 */
export function readFlags<Spec extends FlagSpec>(
  usage: string,
  spec: Spec,
  args: string[] = process.argv.slice(2),
): Record<keyof Spec, string> {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, flag]) => [name, { type: "string" as const, default: flag.default }]),
  );
  const { values } = parseArgs({
    args,
    options: { ...options, help: { type: "boolean", short: "h" } },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    const lines = Object.entries(spec).map(
      ([name, flag]) => `  --${name.padEnd(16)} ${flag.help} (default ${flag.default})`,
    );
    process.stdout.write(`${usage}\n\nOptions:\n${lines.join("\n")}\n`);
    process.exit(0);
  }
  return values as Record<keyof Spec, string>;
}

export function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number of at least 1, not "${text}"`);
  return value;
}

export function nonNegativeInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number of at least 0, not "${text}"`);
  return value;
}

/** A comma-separated list of positive whole numbers, such as "50,200". */
export function integerList(name: string, text: string): number[] {
  return text.split(",").map((part) => positiveInteger(name, part.trim()));
}

/** A comma-separated list of words, each one of `allowed`. */
export function choiceList<Choice extends string>(
  name: string,
  text: string,
  allowed: readonly Choice[],
): Choice[] {
  return text.split(",").map((part) => {
    const word = part.trim();
    if (!(allowed as readonly string[]).includes(word))
      throw new Error(`--${name} takes ${allowed.join(", ")}, not "${word}"`);
    return word as Choice;
  });
}
