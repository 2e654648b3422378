import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateAppSpec, validateInitializerPrompt } from "../../src/app-spec/index.js";
import { serversForEachTest } from "./support/harness.js";
import { interviewToCompletion, RECIPE_IDEA } from "./support/ws-client.js";

const start = serversForEachTest();
const CLIENTS = 50;

describe("many people at once", () => {
  // A load test: the time it takes depends on the machine, so it gets room.
  it(`interviews ${CLIENTS} clients at the same time, each to a valid spec of its own`, {
    timeout: 180_000,
  }, async () => {
    const { connect, projectsDir, server } = await start();
    const names = Array.from({ length: CLIENTS }, (_, index) => `project-${index + 1}`);
    const clients = await Promise.all(names.map((name) => connect(`/api/spec/ws/${name}`)));
    const transcripts = await Promise.all(
      clients.map((client) => interviewToCompletion(client, RECIPE_IDEA)),
    );

    for (const [index, frames] of transcripts.entries()) {
      expect(
        frames.filter((frame) => frame.type === "error"),
        names[index],
      ).toEqual([]);
      expect(frames.at(-1)).toEqual({ type: "complete", path: "prompts/app_spec.txt" });
    }
    expect(server.registry.list().sort()).toEqual([...names].sort());
    for (const name of names) {
      const spec = await readFile(join(projectsDir, name, "prompts/app_spec.txt"), "utf8");
      const validation = validateAppSpec(spec);
      expect(validation.errors, name).toEqual([]);
      const initializer = await readFile(join(projectsDir, name, "prompts/initializer_prompt.md"), "utf8");
      const findings = validateInitializerPrompt(initializer, validation.featureCount);
      expect(
        findings.filter((finding) => finding.severity === "error"),
        name,
      ).toEqual([]);
    }
  });
});
