import { readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeSpecStatus } from "../../src/app-spec/index.js";
import {
  inspectSpec,
  readSpecStatusFile,
  removeSpecStatusFile,
  writeSpecStatusFile,
} from "../../src/workspace/inspect-spec.js";
import { exists, filledInitializer, makePlayground, type Playground, validAppSpec } from "./fixtures.js";

let playground: Playground;

beforeEach(async () => {
  playground = await makePlayground();
});

afterEach(async () => {
  await playground.remove();
});

async function put(name: string, content: string): Promise<void> {
  await writeFile(join(playground.project, "prompts", name), content);
}

describe("inspectSpec", () => {
  it("finds nothing in an empty project", async () => {
    expect(await inspectSpec(playground.project)).toEqual({
      appSpec: { exists: false, validation: null },
      initializer: { exists: false, findings: [] },
      complete: false,
      featureCount: null,
    });
  });

  it("is complete with a valid spec and a matching initializer", async () => {
    await put("app_spec.txt", validAppSpec(4));
    await put("initializer_prompt.md", filledInitializer(4));
    const inspection = await inspectSpec(playground.project);
    expect(inspection.complete).toBe(true);
    expect(inspection.featureCount).toBe(4);
    expect(inspection.appSpec.validation?.valid).toBe(true);
  });

  it("is not complete without the initializer", async () => {
    await put("app_spec.txt", validAppSpec(4));
    const inspection = await inspectSpec(playground.project);
    expect(inspection.complete).toBe(false);
    expect(inspection.initializer.exists).toBe(false);
    expect(inspection.featureCount).toBe(4);
  });

  it("is not complete when the initializer's count disagrees with the spec", async () => {
    await put("app_spec.txt", validAppSpec(4));
    await put("initializer_prompt.md", filledInitializer(5));
    const inspection = await inspectSpec(playground.project);
    expect(inspection.complete).toBe(false);
    expect(inspection.initializer.findings.some((finding) => finding.severity === "error")).toBe(true);
  });

  it("is not complete with an invalid spec", async () => {
    await put("app_spec.txt", "<project_specification></project_specification>");
    await put("initializer_prompt.md", filledInitializer(4));
    const inspection = await inspectSpec(playground.project);
    expect(inspection.appSpec.exists).toBe(true);
    expect(inspection.appSpec.validation?.valid).toBe(false);
    expect(inspection.complete).toBe(false);
  });

  it("treats spec files that link out of the project as missing", async () => {
    await writeFile(join(playground.outside, "app_spec.txt"), validAppSpec(4));
    await writeFile(join(playground.outside, "initializer_prompt.md"), filledInitializer(4));
    await symlink(
      join(playground.outside, "app_spec.txt"),
      join(playground.project, "prompts", "app_spec.txt"),
    );
    await symlink(
      join(playground.outside, "initializer_prompt.md"),
      join(playground.project, "prompts", "initializer_prompt.md"),
    );
    const inspection = await inspectSpec(playground.project);
    expect(inspection.appSpec.exists).toBe(false);
    expect(inspection.complete).toBe(false);
  });
});

describe("the status file", () => {
  it("is written atomically and read back", async () => {
    const status = makeSpecStatus(["prompts/app_spec.txt"], 4, new Date("2025-01-02T03:04:05Z"));
    await writeSpecStatusFile(playground.project, status);
    expect(await readSpecStatusFile(playground.project)).toEqual(status);
    expect(
      JSON.parse(await readFile(join(playground.project, "prompts", ".spec_status.json"), "utf8")),
    ).toEqual(status);
    expect(await readdir(join(playground.project, "prompts"))).toEqual([".spec_status.json"]);
  });

  it("reads as null when missing or broken", async () => {
    expect(await readSpecStatusFile(playground.project)).toBeNull();
    await put(".spec_status.json", "{not json");
    expect(await readSpecStatusFile(playground.project)).toBeNull();
  });

  it("can be removed", async () => {
    await writeSpecStatusFile(playground.project, makeSpecStatus([], 1));
    expect(await removeSpecStatusFile(playground.project)).toBe(true);
    expect(await exists(join(playground.project, "prompts", ".spec_status.json"))).toBe(false);
    expect(await removeSpecStatusFile(playground.project)).toBe(false);
  });
});
