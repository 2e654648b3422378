import { stat } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { createModelEngine } from "../../src/engines/model/index.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { floodFiles, floodReply } from "../support/flood.js";
import { serversForEachTest, until } from "./support/harness.js";

const start = serversForEachTest();
const providers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
});

/**
 * Enough writes in one step to still be writing for seconds when the DELETE arrives
 * (each is an atomic write, flushed to the disk), without a long stream to wait for.
 */
const WRITES = 400;

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

async function floodingServer() {
  const provider = await startFakeProvider({ replies: [reply().text("Hello."), floodReply(WRITES)] });
  providers.push(provider);
  const engine = createModelEngine({
    provider: "anthropic",
    apiKey: "test-key",
    baseUrl: provider.url,
    retryBaseDelayMs: 1,
    retryMaxWaitMs: 20,
  });
  return start({ engine });
}

describe("deleting while a model floods the project with writes", () => {
  it("DELETE /api/projects/{name} stops the turn first: the folder stays gone and is not listed", async () => {
    const { connect, base, projectsDir } = await floodingServer();
    const projectDir = join(projectsDir, "flood");
    const client = await connect("/api/spec/ws/flood");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "message", content: "Go." });
    await until(async () => (await floodFiles(projectDir)) >= 10);

    const response = await fetch(`${base}/api/projects/flood`, { method: "DELETE" });
    expect(response.status).toBe(200);
    // The turn was over before the folder went: its end reached the window.
    const frames = await client.turn();
    expect(frames.at(-1)).toEqual({ type: "response_done" });
    expect(await exists(projectDir)).toBe(false);
    // Nothing brings it back: no late write, no lock, no interview file.
    await delay(400);
    expect(await exists(projectDir)).toBe(false);
    const listed = (await (await fetch(`${base}/api/projects`)).json()) as { name: string }[];
    expect(listed.map((project) => project.name)).not.toContain("flood");
    const sessions = (await (await fetch(`${base}/api/spec/sessions`)).json()) as string[];
    expect(sessions).not.toContain("flood");
  });

  it("DELETE /api/spec/sessions/{name} stops the turn first: no file is written after it answers", async () => {
    const { connect, base, projectsDir } = await floodingServer();
    const projectDir = join(projectsDir, "flood");
    const client = await connect("/api/spec/ws/flood");
    client.send({ type: "start" });
    await client.turn();
    client.send({ type: "message", content: "Go." });
    await until(async () => (await floodFiles(projectDir)) >= 10);

    const response = await fetch(`${base}/api/spec/sessions/flood`, { method: "DELETE" });
    expect(response.status).toBe(200);
    const written = await floodFiles(projectDir);
    expect(written).toBeLessThan(WRITES);
    await delay(400);
    expect(await floodFiles(projectDir)).toBe(written);
  });
});
