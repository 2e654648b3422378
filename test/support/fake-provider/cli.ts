/**
 * The fake provider as its own process, for benchmarks and browser tests:
 *
 *   node --import tsx test/support/fake-provider/cli.ts --port 0 --script replies.json
 *
 * The first line on stdout is the server's URL; requests are logged to stderr. The process
 * exits on SIGTERM, SIGINT, or when its stdin closes, so it cannot outlive whoever started it.
 */
import { parseArgs } from "node:util";
import { loadScriptFile, ScriptFileError } from "./script-file.js";
import { type FakeProviderOptions, startFakeProvider } from "./server.js";

const USAGE = "usage: cli.ts [--port N] [--script FILE.json] [--ignore-stdin]";

/** Bad arguments or a bad script: the caller has something to fix. */
const EXIT_USAGE = 2;

interface Invocation {
  readonly provider: FakeProviderOptions;
  /** Off with --ignore-stdin, for callers that start the process with stdin closed. */
  readonly watchStdin: boolean;
}

async function main(): Promise<void> {
  const invocation = await invocationOf(process.argv.slice(2));
  const provider = await startFakeProvider({
    ...invocation.provider,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${provider.url}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await provider.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  if (invocation.watchStdin) {
    process.stdin.once("end", stop);
    process.stdin.once("close", stop);
    process.stdin.resume();
  }
}

async function invocationOf(args: string[]): Promise<Invocation> {
  let parsed: ReturnType<typeof parseArguments>;
  try {
    parsed = parseArguments(args);
  } catch (error) {
    return failWith(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
  const { port: portText, script, "ignore-stdin": ignoreStdin } = parsed.values;
  const watchStdin = ignoreStdin !== true;
  const port = Number(portText ?? "0");
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    return failWith(`invalid --port ${portText}\n${USAGE}`);
  if (script === undefined) return { provider: { port }, watchStdin };
  try {
    return { provider: { ...(await loadScriptFile(script)), port }, watchStdin };
  } catch (error) {
    if (error instanceof ScriptFileError) return failWith(error.message);
    throw error;
  }
}

function parseArguments(args: string[]) {
  return parseArgs({
    args,
    options: {
      port: { type: "string" },
      script: { type: "string" },
      "ignore-stdin": { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  });
}

function failWith(message: string): never {
  process.stderr.write(`fake-provider: ${message}\n`);
  process.exit(EXIT_USAGE);
}

main().catch((error: unknown) => {
  process.stderr.write(`fake-provider: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
