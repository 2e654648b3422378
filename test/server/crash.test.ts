import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CliProcess, offlineEnv } from "../support/cli-process.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";
import { TestClient } from "./support/ws-client.js";

const tempDir = tempDirsForEachTest();
const running: { processes: CliProcess[]; clients: TestClient[]; providers: FakeProvider[] } = {
  processes: [],
  clients: [],
  providers: [],
};
afterEach(async () => {
  for (const client of running.clients.splice(0)) client.terminate();
  for (const process of running.processes.splice(0)) process.child.kill("SIGKILL");
  await Promise.all(running.providers.splice(0).map((provider) => provider.close()));
});

/** `specwright serve` as a process of its own, on a model engine that talks to `provider`. */
async function serve(projectsDir: string, provider: FakeProvider) {
  const server = new CliProcess(
    ["serve", "--port", "0", "--projects-dir", projectsDir, "--engine", "anthropic"],
    offlineEnv({ ANTHROPIC_API_KEY: "test-key", ANTHROPIC_BASE_URL: provider.url }),
  );
  running.processes.push(server);
  const url = await server.nextLine();
  if (!url?.startsWith("http://")) throw new Error(`serve did not start: ${server.stderr.join("")}`);
  const connect = async () => {
    const client = await TestClient.open(`${url.replace(/^http/, "ws")}api/spec/ws/demo`);
    running.clients.push(client);
    return client;
  };
  return { server, connect };
}

describe("a server killed in the middle of a turn", () => {
  it("keeps the person's message, marks the turn interrupted, and runs it again on retry", async () => {
    const provider = await startFakeProvider({
      replies: [
        reply().text("Hello! What would you like to build?"),
        reply().text("Let me think").pause(60_000).text(" about that."),
        reply().text("A recipe app it is."),
      ],
    });
    running.providers.push(provider);
    const projectsDir = await tempDir();

    const first = await serve(projectsDir, provider);
    const page = await first.connect();
    page.send({ type: "start" });
    await page.turn();
    page.send({ type: "message", content: "A recipe app for families." });
    // The request to the model is told first (`activity`), then its words stream.
    expect(await page.nextFrame()).toMatchObject({ type: "activity", kind: "waiting" });
    expect(await page.nextFrame()).toMatchObject({ type: "text" });
    first.server.child.kill("SIGKILL");
    await first.server.exited;
    const log = await readFile(join(projectsDir, "demo/.specwright/session.jsonl"), "utf8");
    expect(log).toContain("A recipe app for families.");

    const second = await serve(projectsDir, provider);
    const reloaded = await second.connect();
    reloaded.send({ type: "resume" });
    expect(await reloaded.nextFrame()).toMatchObject({
      type: "history",
      can_retry: true,
      messages: [
        { role: "assistant", content: "Hello! What would you like to build?" },
        { role: "user", content: "A recipe app for families." },
        { role: "assistant", content: "", interrupted: true },
      ],
    });
    reloaded.send({ type: "retry" });
    const retried = await reloaded.turn();
    expect(
      retried
        .filter((frame) => frame.type === "text")
        .map((frame) => (frame as { content: string }).content)
        .join(""),
    ).toBe("A recipe app it is.");
    expect(retried.at(-1)).toEqual({ type: "response_done" });
    expect(provider.lastRequest()?.body.messages).toMatchObject([
      {},
      {},
      { role: "user", content: [expect.objectContaining({ text: "A recipe app for families." })] },
    ]);
    reloaded.send({ type: "resume" });
    expect(await reloaded.nextFrame()).not.toHaveProperty("can_retry");
  });
});
