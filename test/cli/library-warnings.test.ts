import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { CommandIo } from "../../src/cli/command.js";
import {
  consoleToStderr,
  type LibraryWarning,
  routeLibraryWarnings,
  warningLines,
  warningText,
} from "../../src/cli/library-warnings.js";
import { createServeCommand, type ProcessControl } from "../../src/cli/serve-command.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

const before = globalThis.AI_SDK_LOG_WARNINGS;
afterEach(() => {
  globalThis.AI_SDK_LOG_WARNINGS = before;
});

function collected() {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
  return { stream, text: () => chunks.join("") };
}

/** Calls the AI SDK's warning logger the way the SDK does. */
function sdkWarns(warnings: LibraryWarning["warning"][], model = "mystery-model") {
  const logger = globalThis.AI_SDK_LOG_WARNINGS;
  if (typeof logger !== "function") throw new Error("no warning logger is set");
  logger({ warnings, provider: "anthropic.messages", model });
}

describe("the AI SDK's warnings", () => {
  it("reach the reporter, one at a time, in the SDK's own words", () => {
    const reported: LibraryWarning[] = [];
    const restore = routeLibraryWarnings((warning) => reported.push(warning));
    sdkWarns([
      { type: "compatibility", feature: "maxOutputTokens", details: "The model is unknown." },
      { type: "unsupported", feature: "seed" },
      { type: "other", message: "Something else." },
    ]);
    expect(reported.map((warning) => warning.text)).toEqual([
      'AI SDK warning (anthropic.messages / mystery-model): the feature "maxOutputTokens" is used in a compatibility mode. The model is unknown.',
      'AI SDK warning (anthropic.messages / mystery-model): the feature "seed" is not supported.',
      "AI SDK warning (anthropic.messages / mystery-model): Something else.",
    ]);
    expect(reported[0]).toMatchObject({ provider: "anthropic.messages", model: "mystery-model" });
    restore();
    expect(globalThis.AI_SDK_LOG_WARNINGS).toBe(before);
  });

  it("become plain lines on the stream they are given", () => {
    const err = collected();
    routeLibraryWarnings(warningLines(err.stream));
    sdkWarns([{ type: "other", message: "Two\nlines." }]);
    expect(err.text()).toBe("specwright: AI SDK warning (anthropic.messages / mystery-model): Two lines.\n");
  });

  it("put back a logger that was set before, but not over a newer one", () => {
    globalThis.AI_SDK_LOG_WARNINGS = false;
    const restore = routeLibraryWarnings(() => {});
    restore();
    expect(globalThis.AI_SDK_LOG_WARNINGS).toBe(false);
    const first = routeLibraryWarnings(() => {});
    const second = routeLibraryWarnings(() => {});
    const newest = globalThis.AI_SDK_LOG_WARNINGS;
    first();
    expect(globalThis.AI_SDK_LOG_WARNINGS).toBe(newest);
    second();
  });

  it("words an unknown kind of warning as its JSON", () => {
    const odd = { type: "future", note: 1 } as unknown as LibraryWarning["warning"];
    expect(warningText("p", "m", odd)).toBe('AI SDK warning (p / m): {"type":"future","note":1}');
  });
});

describe("the console in a command whose stdout is a protocol", () => {
  it("writes console.log and console.info to the given stream until it is put back", () => {
    const err = collected();
    const original = globalThis.console;
    const restore = consoleToStderr(err.stream);
    try {
      console.log("from a library");
      console.info("and another");
    } finally {
      restore();
    }
    expect(globalThis.console).toBe(original);
    expect(err.text()).toBe("from a library\nand another\n");
  });
});

describe("specwright serve and the AI SDK's warnings", () => {
  it("logs them as warnings in the server's log on stderr, and stdout keeps only the address", async () => {
    const out = collected();
    const err = collected();
    const projectsDir = await tempDir();
    const io: CommandIo = {
      stdout: out.stream,
      stderr: err.stream,
      stdin: new PassThrough(),
      env: {},
      cwd: projectsDir,
    };
    let stop: (signal: NodeJS.Signals) => void = () => {};
    const control: ProcessControl = {
      stopSignal: () =>
        new Promise((resolve) => {
          stop = resolve;
        }),
      exit: () => {},
    };
    const running = createServeCommand(control).run(
      ["--port", "0", "--projects-dir", projectsDir, "--engine", "guided"],
      io,
    );
    while (!out.text().includes("\n")) await new Promise((resolve) => setTimeout(resolve, 5));
    sdkWarns([{ type: "unsupported", feature: "temperature", details: "It is ignored." }], "claude-x");
    stop("SIGTERM");
    expect(await running).toBe(0);
    expect(out.text().trim().split("\n")).toHaveLength(1);
    const logged = err
      .text()
      .split("\n")
      .filter((line) => line.includes("library_warning"))
      .map((line) => JSON.parse(line));
    expect(logged).toEqual([
      expect.objectContaining({
        level: 40,
        event: "library_warning",
        provider: "anthropic.messages",
        model: "claude-x",
        warning: { type: "unsupported", feature: "temperature", details: "It is ignored." },
        msg: 'AI SDK warning (anthropic.messages / claude-x): the feature "temperature" is not supported. It is ignored.',
      }),
    ]);
    // Once the server has stopped, the SDK's logger is what it was before.
    expect(globalThis.AI_SDK_LOG_WARNINGS).toBe(before);
  });
});
