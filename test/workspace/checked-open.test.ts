import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic, writeFileInside } from "../../src/workspace/atomic-write.js";
import {
  folderIdentity,
  makeFolderInside,
  openedPath,
  openInsideProject,
  readOpened,
} from "../../src/workspace/checked-open.js";
import { readProjectText } from "../../src/workspace/read-inside.js";
import { SandboxError } from "../../src/workspace/sandbox.js";
import { exists, makePlayground, type Playground, snapshot } from "./fixtures.js";

let playground: Playground;

beforeEach(async () => {
  playground = await makePlayground();
  await writeFile(join(playground.outside, "secret.txt"), "top secret\n");
});

afterEach(async () => {
  await playground.remove();
});

describe("openInsideProject", () => {
  it("opens a file inside and reads it through the handle", async () => {
    await writeFile(join(playground.project, "prompts", "a.txt"), "inside\n");
    const { resolved, file } = await openInsideProject(playground.project, "prompts/a.txt");
    expect(resolved.relative).toBe("prompts/a.txt");
    expect(file).not.toBeNull();
    try {
      expect(file!.stats.isFile()).toBe(true);
      expect((await readOpened(file!))?.toString("utf8")).toBe("inside\n");
    } finally {
      await file!.handle.close();
    }
  });

  it("answers no file for a missing one, and refuses a link that leads out", async () => {
    expect((await openInsideProject(playground.project, "prompts/missing.txt")).file).toBeNull();
    await symlink(join(playground.outside, "secret.txt"), join(playground.project, "prompts", "out.txt"));
    await expect(openInsideProject(playground.project, "prompts/out.txt")).rejects.toThrow(SandboxError);
    expect(await readProjectText(playground.project, "prompts/out.txt")).toBeNull();
  });

  it("reads no more than the limit it is given", async () => {
    await writeFile(join(playground.project, "prompts", "big.txt"), "x".repeat(200_000));
    const { file } = await openInsideProject(playground.project, "prompts/big.txt");
    try {
      expect(await readOpened(file!, 100_000)).toBeNull();
    } finally {
      await file!.handle.close();
    }
  });

  it("knows where an open file really is, on a system with /proc", async () => {
    await writeFile(join(playground.project, "prompts", "a.txt"), "inside\n");
    const { file } = await openInsideProject(playground.project, "prompts/a.txt");
    try {
      const where = await openedPath(file!.handle.fd);
      if (where !== null) expect(where).toBe(join(playground.project, "prompts", "a.txt"));
    } finally {
      await file!.handle.close();
    }
  });
});

describe("folders", () => {
  it("makes missing folders inside, one at a time", async () => {
    const deep = join(playground.project, "prompts", "mockups", "home");
    await makeFolderInside(playground.project, deep);
    expect(await exists(deep)).toBe(true);
    expect((await folderIdentity(deep, playground.project)).real).toBe(deep);
  });

  it("refuses a link in place of a folder on the way, and makes nothing outside", async () => {
    await symlink(playground.outside, join(playground.project, "prompts", "sub"));
    const before = await snapshot(playground.outside);
    const error = await makeFolderInside(
      playground.project,
      join(playground.project, "prompts", "sub", "deeper"),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SandboxError);
    expect((error as SandboxError).message).toMatch(/^Refused: "prompts\/sub" is not a folder/);
    expect(await snapshot(playground.outside)).toEqual(before);
  });

  it("refuses a folder that is a link, or that lies outside the folder it must be in", async () => {
    await symlink(playground.outside, join(playground.project, "prompts", "sub"));
    await expect(folderIdentity(join(playground.project, "prompts", "sub"))).rejects.toThrow(SandboxError);
    await expect(folderIdentity(playground.outside, playground.project)).rejects.toThrow(
      /leads outside the project folder/,
    );
  });
});

describe("writes that check where they land", () => {
  it("writeFileInside makes the folder and writes the file", async () => {
    const target = join(playground.project, "prompts", "mockups", "a.txt");
    await writeFileInside(playground.project, target, "hello");
    expect(await readFile(target, "utf8")).toBe("hello");
    expect(await snapshot(join(playground.project, "prompts"))).toEqual(["mockups/", "mockups/a.txt: hello"]);
  });

  it("writeFileInside refuses a folder swapped for a link to outside, and writes nothing there", async () => {
    await symlink(playground.outside, join(playground.project, "prompts", "sub"));
    const before = await snapshot(playground.outside);
    await expect(
      writeFileInside(playground.project, join(playground.project, "prompts", "sub", "new.txt"), "x"),
    ).rejects.toThrow(SandboxError);
    expect(await snapshot(playground.outside)).toEqual(before);
  });

  it("writeFileAtomic refuses a folder outside `inside`, and one that is a link", async () => {
    const before = await snapshot(playground.outside);
    await expect(
      writeFileAtomic(join(playground.outside, "new.txt"), "x", { inside: playground.project }),
    ).rejects.toThrow(/outside the project folder/);
    await symlink(playground.outside, join(playground.project, "prompts", "out"));
    await expect(writeFileAtomic(join(playground.project, "prompts", "out", "new.txt"), "x")).rejects.toThrow(
      SandboxError,
    );
    expect(await snapshot(playground.outside)).toEqual(before);
  });

  it("replaces a link at the target with the file, never writing through it", async () => {
    const target = join(playground.project, "prompts", "a.txt");
    await symlink(join(playground.outside, "secret.txt"), target);
    await writeFileAtomic(target, "mine", { inside: playground.project });
    expect(await readFile(target, "utf8")).toBe("mine");
    expect(await readFile(join(playground.outside, "secret.txt"), "utf8")).toBe("top secret\n");
  });

  it("answers a missing folder with an error and leaves nothing", async () => {
    await expect(
      writeFileInside(playground.outside, join(playground.project, "prompts", "x.txt"), "x"),
    ).rejects.toThrow();
    await mkdir(join(playground.root, "empty"));
    await expect(writeFileAtomic(join(playground.root, "empty", "missing", "x.txt"), "x")).rejects.toThrow();
    expect(await snapshot(join(playground.root, "empty"))).toEqual([]);
  });
});
