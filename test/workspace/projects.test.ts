import { mkdir, readFile, symlink, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { initializerTemplate } from "../../src/app-spec/index.js";
import { InvalidProjectNameError } from "../../src/workspace/project-name.js";
import { ProjectExistsError, ProjectRegistry } from "../../src/workspace/projects.js";
import { exists, filledInitializer, makePlayground, type Playground, validAppSpec } from "./fixtures.js";

let playground: Playground;
let projectsDir: string;
let registry: ProjectRegistry;

beforeEach(async () => {
  playground = await makePlayground();
  projectsDir = join(playground.root, "projects");
  registry = new ProjectRegistry(projectsDir);
});

afterEach(async () => {
  await playground.remove();
});

const INVALID_NAMES = ["..", ".", "a/b", "a\\b", "x".repeat(51), "", "name\n", "café", "../outside"];

describe("ProjectRegistry", () => {
  it("lists nothing, and creates nothing, when the projects folder does not exist", async () => {
    expect(await registry.list()).toEqual([]);
    expect(await exists(projectsDir)).toBe(false);
  });

  it("creates a project with prompts/ and the initializer template", async () => {
    const info = await registry.create("recipes");
    expect(info).toMatchObject({ name: "recipes", hasSpec: false, dir: join(projectsDir, "recipes") });
    expect(info.promptsDir).toBe(join(projectsDir, "recipes", "prompts"));
    expect(await readFile(join(info.promptsDir, "initializer_prompt.md"), "utf8")).toBe(
      initializerTemplate(),
    );
    expect(Number.isNaN(Date.parse(info.updatedAt))).toBe(false);
  });

  it("refuses to create a project that exists", async () => {
    await registry.create("recipes");
    await expect(registry.create("recipes")).rejects.toBeInstanceOf(ProjectExistsError);
  });

  it("ensure creates a missing project and keeps an existing one as it is", async () => {
    const created = await registry.ensure("recipes");
    expect(created.name).toBe("recipes");
    await writeFile(join(created.promptsDir, "initializer_prompt.md"), "my own words");
    await writeFile(join(created.promptsDir, "app_spec.txt"), "draft");
    const again = await registry.ensure("recipes");
    expect(again.dir).toBe(created.dir);
    expect(await readFile(join(created.promptsDir, "initializer_prompt.md"), "utf8")).toBe("my own words");
    expect(await readFile(join(created.promptsDir, "app_spec.txt"), "utf8")).toBe("draft");
  });

  it("ensure gives an existing folder without prompts/ its prompts/ and template", async () => {
    await mkdir(join(projectsDir, "old"), { recursive: true });
    const info = await registry.ensure("old");
    expect(await readFile(join(info.promptsDir, "initializer_prompt.md"), "utf8")).toBe(
      initializerTemplate(),
    );
  });

  it("gets a project or null", async () => {
    expect(await registry.get("recipes")).toBeNull();
    await registry.create("recipes");
    expect((await registry.get("recipes"))?.name).toBe("recipes");
  });

  it("deletes a project and answers whether there was one", async () => {
    await registry.create("recipes");
    expect(await registry.delete("recipes")).toBe(true);
    expect(await exists(join(projectsDir, "recipes"))).toBe(false);
    expect(await registry.delete("recipes")).toBe(false);
  });

  it("deletes only the link of a symlinked project, never what it points to", async () => {
    await mkdir(projectsDir);
    await writeFile(join(playground.outside, "keep.txt"), "keep");
    await symlink(playground.outside, join(projectsDir, "linked"));
    expect(await registry.delete("linked")).toBe(true);
    expect(await readFile(join(playground.outside, "keep.txt"), "utf8")).toBe("keep");
  });

  it("lists projects sorted by name, skipping files and folders with invalid names", async () => {
    await registry.create("zeta");
    await registry.create("Alpha");
    await registry.create("beta");
    await mkdir(join(projectsDir, "not valid"));
    await mkdir(join(projectsDir, ".hidden"));
    await writeFile(join(projectsDir, "file-not-folder"), "x");
    const names = (await registry.list()).map((summary) => summary.name);
    expect(names).toEqual(["Alpha", "beta", "zeta"]);
  });

  it("reports hasSpec only for a complete, valid spec", async () => {
    const info = await registry.create("recipes");
    await writeFile(join(info.promptsDir, "app_spec.txt"), validAppSpec(3));
    expect((await registry.get("recipes"))?.hasSpec).toBe(false);
    await writeFile(join(info.promptsDir, "initializer_prompt.md"), filledInitializer(3));
    expect((await registry.get("recipes"))?.hasSpec).toBe(true);
    expect((await registry.list())[0]).toMatchObject({ name: "recipes", hasSpec: true });
    await writeFile(join(info.promptsDir, "app_spec.txt"), "<project_specification></project_specification>");
    expect((await registry.get("recipes"))?.hasSpec).toBe(false);
  });

  it("dates a project by its newest file in prompts/", async () => {
    const info = await registry.create("recipes");
    const old = new Date("2001-01-01T00:00:00Z");
    const newer = new Date("2002-02-02T00:00:00Z");
    await writeFile(join(info.promptsDir, "app_spec.txt"), "draft");
    await utimes(join(info.promptsDir, "app_spec.txt"), newer, newer);
    await utimes(join(info.promptsDir, "initializer_prompt.md"), old, old);
    await utimes(info.dir, old, old);
    expect((await registry.get("recipes"))?.updatedAt).toBe(newer.toISOString());
  });

  it.each(INVALID_NAMES)("refuses the name %j before touching the disk", async (name) => {
    await expect(registry.create(name)).rejects.toBeInstanceOf(InvalidProjectNameError);
    await expect(registry.ensure(name)).rejects.toBeInstanceOf(InvalidProjectNameError);
    await expect(registry.get(name)).rejects.toBeInstanceOf(InvalidProjectNameError);
    await expect(registry.delete(name)).rejects.toBeInstanceOf(InvalidProjectNameError);
    expect(await exists(projectsDir)).toBe(false);
  });

  it("never deletes anything for a name that climbs out", async () => {
    await writeFile(join(playground.outside, "keep.txt"), "keep");
    await expect(registry.delete("../outside")).rejects.toBeInstanceOf(InvalidProjectNameError);
    expect(await exists(join(playground.outside, "keep.txt"))).toBe(true);
  });
});
