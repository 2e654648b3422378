import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { capToolInputs } from "../../../src/engines/model/tool-input-cap.js";
import { SpecChatSession } from "../../../src/session/index.js";
import { SessionStore } from "../../../src/store/index.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { ProjectRegistry } from "../../../src/workspace/index.js";
import { reply, startFakeProvider } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";
import {
  harnessForEachTest,
  modelEngineFor,
  modelRequests,
  PROVIDERS,
  textOf,
  toolResultsIn,
  typesOf,
} from "./harness.js";

const start = harnessForEachTest();
const tempDir = tempDirsForEachTest();

const errorsIn = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "error" ? [frame] : []));

/** A model stuck repeating itself: far more text than any turn may keep, in 1,000-character deltas. */
const ENDLESS = "All work and no play makes a dull spec. ".repeat(25_000);

describe.each(PROVIDERS)("%s: a model that will not stop writing", (provider) => {
  it("is stopped at the reply limit, its text kept cut with a note, and the next request stays small", async () => {
    const { server, session } = await start(provider, {
      replies: [reply().text(ENDLESS).chunkSize({ text: 1_000 }), reply().text("Sorry, here it is briefly.")],
      engine: { maxReplyLength: 5_000 },
    });
    const frames = await collect(session.start());
    expect(typesOf(frames).slice(-2)).toEqual(["error", "response_done"]);
    const [error] = errorsIn(frames);
    expect(error).toMatchObject({ code: "model_output_too_long", retryable: true });
    expect(error?.content).toContain("passed 5000 characters in this turn");
    expect(error?.content).toContain("--max-reply-length");
    const shown = textOf(frames);
    expect(shown).toBe(
      `${ENDLESS.slice(0, 5_000)}\n\n[… cut off here: the answer passed 5000 characters, the most one turn may have]`,
    );
    // The stream was given up, not read to its end.
    const [first] = modelRequests(server);
    expect(await server.responseEnd(first!)).toBe("disconnected");

    // What was kept is what the person saw, so the next request carries 5,000 characters, not 1 MB.
    const next = await collect(session.sendMessage("Go on, briefly."));
    expect(textOf(next)).toBe("Sorry, here it is briefly.");
    const [, second] = modelRequests(server);
    expect(second!.rawBody.length - first!.rawBody.length).toBeLessThan(5_000 + 1_500);
    expect(second!.rawBody).toContain("cut off here");
    expect(session.history().messages.find((message) => message.role === "assistant")?.content).toBe(shown);
  });

  it("counts every step of the turn against one allowance", async () => {
    const { session } = await start(provider, {
      replies: [
        reply().text("a".repeat(3_000)).tool("Glob", { pattern: "prompts/*" }).chunkSize({ text: 500 }),
        reply().text("b".repeat(3_000)).chunkSize({ text: 500 }),
      ],
      engine: { maxReplyLength: 5_000 },
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)[0]?.code).toBe("model_output_too_long");
    expect(textOf(frames)).toMatch(/^a{3000}\n?\n?b{2000}\n\n\[… cut off here/);
  });
});

describe("a local model that thinks without end", () => {
  it("is stopped once its hidden thinking passes the limit in one step", async () => {
    const { server, session } = await start("openai-compatible", {
      replies: [
        // Open after the thinking, so only the engine's stop can end the reply early.
        reply()
          .reasoning("Hmm, let me think again. ".repeat(10_000))
          .pause(30_000)
          .text("Hi")
          .chunkSize({ text: 500 }),
      ],
      engine: { maxReplyLength: 5_000 },
    });
    const frames = await collect(session.start());
    expect(typesOf(frames)).toEqual(["usage", "error", "response_done"]);
    expect(errorsIn(frames)[0]).toMatchObject({ code: "model_output_too_long" });
    expect(errorsIn(frames)[0]?.content).toContain("thought for more than 5000 characters without answering");
    expect(await server.responseEnd(modelRequests(server)[0]!)).toBe("disconnected");
  });
});

describe.each(PROVIDERS)("%s: a tool call too large to carry", (provider) => {
  it("is refused unrun, its stream stopped, and kept as a stub naming the tool, the file and the size", async () => {
    const huge = "y".repeat(200_000);
    const server = await startFakeProvider({
      replies: [
        reply()
          .text("Writing everything at once.")
          .tool("Write", { file_path: "prompts/small.md", content: "A short note." })
          .tool("Write", { file_path: "prompts/notes.md", content: huge })
          // The reply stays open after the call, so only the engine's stop can end it early
          // (on loopback the whole call may fit the socket's buffers before the engine reads it).
          .pause(30_000)
          .chunkSize({ json: 2_000 }),
        reply().text("I will write it in parts."),
      ],
    });
    const projectsDir = await tempDir();
    const projectDir = join(projectsDir, "demo");
    // A session that keeps its interview on disk, as the server's and the terminal's do.
    const session = new SpecChatSession({
      projectName: "demo",
      projects: new ProjectRegistry(projectsDir),
      engine: modelEngineFor(provider, server, { maxToolInputLength: 10_000, retryBaseDelayMs: 1 }),
      store: new SessionStore(projectsDir),
    });
    onTestFinished(async () => {
      await session.close();
      await server.close();
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toContain("tried to write more in one go than a file may hold");
    await expect(stat(join(projectDir, "prompts", "notes.md"))).rejects.toThrow();
    // The call that came whole before it ran as usual.
    expect(await readFile(join(projectDir, "prompts", "small.md"), "utf8")).toBe("A short note.");
    const [first, second] = modelRequests(server);
    expect(await server.responseEnd(first!)).toBe("disconnected");

    // The next step gets the refusal in place of a result, and nothing of the 200,000 characters.
    const results = toolResultsIn(second!);
    expect(results).toHaveLength(2);
    expect(results[0]?.text).toMatch(/^Wrote prompts\/small\.md/);
    const result = results[1];
    expect(result?.text).toMatch(
      /^Refused: this Write input for prompts\/notes\.md, more than \d+ characters, is more than the 10000 characters one tool call may carry, so nothing was done\./,
    );
    expect(second!.rawBody).not.toContain("y".repeat(1_000));
    expect(second!.rawBody).toMatch(
      /\[Write input for prompts\/notes\.md, more than \d+ characters: refused as more than the 10000 characters a tool call may carry, and left out of the history\]/,
    );
    expect(second!.rawBody.length - first!.rawBody.length).toBeLessThan(3_000);

    // Nor is it kept with the interview.
    const kept = await readFile(join(projectDir, ".specwright", "session.jsonl"), "utf8");
    expect(kept).not.toContain("y".repeat(1_000));
    expect(kept.length).toBeLessThan(20_000);
  });
});

describe("capToolInputs, for calls that did not stream in pieces", () => {
  it("replaces an input over the limit with a stub and counts its whole size", () => {
    const calls = [
      {
        toolCallId: "a",
        toolName: "Write",
        input: { file_path: "prompts/a.md", content: "z".repeat(5_000) },
      },
      { toolCallId: "b", toolName: "Glob", input: { pattern: "prompts/*" } },
    ];
    const { calls: capped, oversize } = capToolInputs(calls, 1_000, new Map());
    expect(oversize).toEqual([
      { toolCallId: "a", toolName: "Write", size: 5_042, path: "prompts/a.md", partial: false, limit: 1_000 },
    ]);
    expect(capped[0]?.input).toEqual({
      file_path: "prompts/a.md",
      left_out:
        "[Write input for prompts/a.md, 5042 characters: refused as more than the 1000 characters a tool call may carry, and left out of the history]",
    });
    expect(capped[1]).toBe(calls[1]);
  });
});
