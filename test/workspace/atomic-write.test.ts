import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { byteLength, writeFileAtomic } from "../../src/workspace/atomic-write.js";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "specwright-atomic-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes text and bytes, replacing what was there, and leaves only the target", async () => {
    const target = join(dir, "spec.txt");
    await writeFileAtomic(target, "first");
    await writeFileAtomic(target, "second ✓");
    expect(await readFile(target, "utf8")).toBe("second ✓");
    await writeFileAtomic(join(dir, "image.png"), new Uint8Array([0, 1, 2]));
    expect([...(await readFile(join(dir, "image.png")))]).toEqual([0, 1, 2]);
    expect((await readdir(dir)).sort()).toEqual(["image.png", "spec.txt"]);
  });

  it("removes its temporary file when the rename fails", async () => {
    await mkdir(join(dir, "taken"));
    await expect(writeFileAtomic(join(dir, "taken"), "x")).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["taken"]);
  });

  it("fails without leaving anything when the folder does not exist", async () => {
    await expect(writeFileAtomic(join(dir, "missing", "a.txt"), "x")).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("byteLength", () => {
  it("counts UTF-8 bytes of text and the length of bytes", () => {
    expect(byteLength("aé✓")).toBe(1 + 2 + 3);
    expect(byteLength(new Uint8Array(7))).toBe(7);
  });
});

describe("writeFileAtomic, many at once", () => {
  it("lets concurrent writes of one file all succeed, the last rename winning", async () => {
    const target = join(dir, "state.json");
    const contents = Array.from({ length: 20 }, (_, index) => `version ${index}`);
    await Promise.all(contents.map((content) => writeFileAtomic(target, content)));
    expect(contents).toContain(await readFile(target, "utf8"));
    expect(await readdir(dir)).toEqual(["state.json"]);
  });
});
