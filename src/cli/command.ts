/** Where a command writes; injected so tests and the JSONL pipe control every byte. */
export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** One `specwright <command>`. `run` resolves to the process exit code. */
export interface Command {
  name: string;
  /** Full help text shown by `specwright <command> --help`. */
  help: string;
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the command was called: printed with a hint, exit code 2. */
export class UsageError extends Error {}
