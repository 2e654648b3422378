import { describe, expect, it } from "vitest";
import { serverFrameSchema } from "../../src/types/wire.js";
import { CliProcess, offlineEnv } from "../support/cli-process.js";
import { reply, startFakeProvider } from "../support/fake-provider/index.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

/**
 * Model ids that make the AI SDK's Anthropic provider warn: one it does not know (it
 * warns when it has to guess the output limit) and an old one whose output limit is
 * below what Specwright asks for (it warns when it lowers the limit). Which of the two
 * warns depends on whether Specwright sets the limit itself; the test needs one warning.
 */
const WARNING_MODELS = ["specwright-unknown-model", "claude-3-haiku-20240307"];

/** One greeting turn of `chat --jsonl` against the fake provider; stdout as lines, and stderr. */
async function greetingTurn(model: string, providerUrl: string) {
  const projectsDir = await tempDir();
  const cli = new CliProcess(
    ["chat", "demo", "--jsonl", "--projects-dir", projectsDir, "--model", model],
    offlineEnv({ ANTHROPIC_API_KEY: "sk-test", ANTHROPIC_BASE_URL: providerUrl }),
  );
  cli.write(JSON.stringify({ type: "start" }));
  cli.endInput();
  const lines: string[] = [];
  for (let line = await cli.nextLine(); line !== null; line = await cli.nextLine()) lines.push(line);
  return { lines, stderr: cli.stderr.join(""), exitCode: await cli.exited };
}

function jsonOrNull(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

describe("specwright chat --jsonl and the libraries' warnings", () => {
  it("keeps stdout to frames and puts the AI SDK's warnings on stderr", async () => {
    const server = await startFakeProvider({
      replies: [reply().text("Hello! What would you like to build?")],
      loop: true,
      models: WARNING_MODELS,
    });
    try {
      const warnings: string[] = [];
      for (const model of WARNING_MODELS) {
        const turn = await greetingTurn(model, server.url);
        expect(turn.exitCode, turn.stderr).toBe(1);
        // Every stdout line is a frame of the wire protocol, and nothing else is there.
        expect(turn.lines.length).toBeGreaterThan(0);
        for (const line of turn.lines)
          expect(
            serverFrameSchema.safeParse(jsonOrNull(line)).success,
            `not a frame on stdout: ${line}`,
          ).toBe(true);
        const types = turn.lines.map((line) => (JSON.parse(line) as { type: string }).type);
        expect(types).toContain("text");
        expect(types).not.toContain("error");
        expect(types.at(-1)).toBe("response_done");
        const sdkLines = turn.stderr.split("\n").filter((line) => /AI SDK/i.test(line));
        for (const line of sdkLines)
          expect(line).toMatch(/^specwright: AI SDK warning \(anthropic\.messages \/ /);
        warnings.push(...sdkLines);
      }
      expect(warnings.length, "neither model made the AI SDK warn").toBeGreaterThan(0);
      expect(warnings.join("\n")).not.toContain("AI SDK Warning System");
    } finally {
      await server.close();
    }
  });
});
