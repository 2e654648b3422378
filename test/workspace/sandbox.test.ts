import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveInsideProject, SandboxError } from "../../src/workspace/sandbox.js";
import { makePlayground, type Playground } from "./fixtures.js";

let playground: Playground;

beforeEach(async () => {
  playground = await makePlayground();
});

afterEach(async () => {
  await playground.remove();
});

async function refusal(filePath: string, forWrite = false): Promise<SandboxError> {
  const error = await resolveInsideProject(playground.project, filePath, { forWrite }).catch(
    (caught) => caught,
  );
  expect(error).toBeInstanceOf(SandboxError);
  return error as SandboxError;
}

describe("resolveInsideProject", () => {
  it("resolves a relative path inside the project", async () => {
    const resolved = await resolveInsideProject(playground.project, "prompts/app_spec.txt");
    expect(resolved).toEqual({
      absolute: join(playground.project, "prompts", "app_spec.txt"),
      relative: "prompts/app_spec.txt",
    });
  });

  it("accepts an absolute path inside the project", async () => {
    const absolute = join(playground.project, "prompts", "x.md");
    const resolved = await resolveInsideProject(playground.project, absolute, { forWrite: true });
    expect(resolved.relative).toBe("prompts/x.md");
  });

  it("normalises a path that wanders but stays inside", async () => {
    const resolved = await resolveInsideProject(playground.project, "prompts/../prompts/./a.txt");
    expect(resolved.relative).toBe("prompts/a.txt");
  });

  it.each(["../x", "../../etc/passwd", "prompts/../../x", "prompts/../../proj-evil/x"])(
    "refuses the escape %j with a message naming the project folder",
    async (filePath) => {
      const error = await refusal(filePath);
      expect(error.message).toContain("outside the project folder");
      expect(error.message).toContain(playground.project);
      expect(error.message).toContain(JSON.stringify(filePath));
    },
  );

  it("refuses an absolute path outside", async () => {
    expect((await refusal("/etc/passwd")).message).toContain("outside the project folder");
    expect((await refusal(join(playground.outside, "x"))).message).toContain("outside the project folder");
  });

  it("refuses a sibling folder whose name starts with the project's name", async () => {
    const evil = `${playground.project}-evil`;
    await mkdir(join(evil, "prompts"), { recursive: true });
    await refusal(join(evil, "prompts", "app_spec.txt"));
    await refusal(join(evil, "prompts", "app_spec.txt"), true);
  });

  it("refuses empty paths and NUL bytes", async () => {
    expect((await refusal("")).message).toContain("empty");
    expect((await refusal("   ")).message).toContain("empty");
    expect((await refusal("prompts/a\0.txt")).message).toContain("NUL");
  });

  it("follows a symlinked file to where it really is, and refuses it when that is outside", async () => {
    await writeFile(join(playground.outside, "secret.txt"), "secret");
    await symlink(join(playground.outside, "secret.txt"), join(playground.project, "prompts", "link.txt"));
    await refusal("prompts/link.txt");
    await refusal("prompts/link.txt", true);
  });

  it("refuses a path below a symlinked folder that points outside, even for a file that does not exist", async () => {
    await symlink(playground.outside, join(playground.project, "prompts", "out"));
    await refusal("prompts/out/new.txt");
    await refusal("prompts/out/new.txt", true);
    await refusal("prompts/out/deeper/new.txt", true);
  });

  it("refuses a dangling symlink, which a write would follow to wherever it points", async () => {
    await symlink(
      join(playground.outside, "not-yet.txt"),
      join(playground.project, "prompts", "dangling.txt"),
    );
    await refusal("prompts/dangling.txt", true);
    await refusal("prompts/dangling.txt");
  });

  it("refuses a symbolic link loop", async () => {
    await symlink(join(playground.project, "prompts", "loop"), join(playground.project, "prompts", "loop"));
    expect((await refusal("prompts/loop")).message).toContain("loop");
    expect((await refusal("prompts/loop/x.txt", true)).message).toContain("loop");
  });

  it("allows a symlink inside that points inside, and reports its real target", async () => {
    await writeFile(join(playground.project, "notes.txt"), "notes");
    await symlink(
      join(playground.project, "notes.txt"),
      join(playground.project, "prompts", "notes-link.txt"),
    );
    const resolved = await resolveInsideProject(playground.project, "prompts/notes-link.txt");
    expect(resolved.relative).toBe("notes.txt");
  });

  it("resolves a project folder given through a symlink to its real path", async () => {
    const linked = join(playground.root, "linked-proj");
    await symlink(playground.project, linked);
    const resolved = await resolveInsideProject(linked, join(linked, "prompts", "a.txt"), { forWrite: true });
    expect(resolved.absolute).toBe(join(playground.project, "prompts", "a.txt"));
  });

  describe("for writes", () => {
    it.each(["notes.txt", "src/app.ts", ".", "prompts-x/a.txt"])(
      "refuses %j outside prompts/",
      async (filePath) => {
        expect((await refusal(filePath, true)).message).toContain("prompts/");
      },
    );

    it("refuses the prompts folder itself, with or without a trailing slash", async () => {
      expect((await refusal("prompts", true)).message).toContain("folder itself");
      expect((await refusal("prompts/", true)).message).toContain("folder itself");
    });

    it("refuses a folder inside prompts/", async () => {
      await mkdir(join(playground.project, "prompts", "mockups"));
      expect((await refusal("prompts/mockups", true)).message).toContain("is a folder");
    });

    it("refuses the prompts folder of another project", async () => {
      await mkdir(join(playground.root, "other", "prompts"), { recursive: true });
      await refusal("../other/prompts/app_spec.txt", true);
    });

    it("refuses writes when prompts/ itself is a symlink leading out", async () => {
      const project = join(playground.root, "linked-prompts");
      await mkdir(project);
      await symlink(playground.outside, join(project, "prompts"));
      const error = await resolveInsideProject(project, "prompts/app_spec.txt", { forWrite: true }).catch(
        (caught) => caught,
      );
      expect(error).toBeInstanceOf(SandboxError);
    });

    it("accepts a nested file in a folder that does not exist yet", async () => {
      const resolved = await resolveInsideProject(playground.project, "prompts/mockups/home.png", {
        forWrite: true,
      });
      expect(resolved.relative).toBe("prompts/mockups/home.png");
    });
  });
});

describe("names that read as something else", () => {
  it.each(["prompts\\app_spec.txt", "prompts/a\\b.txt", "..\\outside\\x"])(
    "refuses the backslash in %j",
    async (filePath) => {
      const error = await refusal(filePath, true);
      expect(error.message).toContain("backslash");
      expect(error.message).toContain("forward slash");
    },
  );

  it.each([
    ["escape", "\u001b"],
    ["bell", "\u0007"],
    ["newline", "\n"],
    ["tab", "\t"],
    ["delete", "\u007f"],
    ["C1 CSI", "\u009b"],
    ["next line", "\u0085"],
  ])("refuses a %s (control character)", async (_name, character) => {
    const error = await refusal(`prompts/a${character}b.txt`, true);
    expect(error.message).toContain("control character");
    const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    expect(error.message).toContain(code);
    // The message quotes the path with the character escaped, never raw.
    expect(error.message).not.toContain(character);
  });

  it.each([
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
  ])("refuses the direction character %j, which makes a name read backwards", async (character) => {
    const error = await refusal(`prompts/report${character}txt.exe`);
    expect(error.message).toContain("text-direction character");
    expect(error.message).not.toContain(character);
  });

  it.each([
    "prompts/CON",
    "prompts/con.txt",
    "prompts/Nul.tar.gz",
    "prompts/aux.md",
    "prompts/PRN",
    "prompts/com1.txt",
    "prompts/COM9",
    "prompts/lpt1",
    "prompts/LpT9.log",
    "prompts/con /x.txt",
    "prompts/nul/app_spec.txt",
  ])("refuses the Windows device name in %j", async (filePath) => {
    const error = await refusal(filePath, true);
    expect(error.message).toContain("device name on Windows");
    await refusal(filePath, false);
  });

  it.each([
    "prompts/console.txt",
    "prompts/com10.txt",
    "prompts/lpt0.md",
    "prompts/com.txt",
    "prompts/nullable.md",
    "prompts/icon.png",
    "prompts/CONTRIBUTING.md",
    "prompts/café-menü.txt",
    "prompts/菜单.txt",
    "prompts/🍝.md",
  ])("accepts the ordinary name %j", async (filePath) => {
    const resolved = await resolveInsideProject(playground.project, filePath, { forWrite: true });
    expect(resolved.relative).toBe(filePath);
  });

  it("checks only what the model chose, not where the project folder lies", async () => {
    const project = join(playground.root, "con");
    await mkdir(join(project, "prompts"), { recursive: true });
    const resolved = await resolveInsideProject(project, join(project, "prompts", "app_spec.txt"), {
      forWrite: true,
    });
    expect(resolved.relative).toBe("prompts/app_spec.txt");
    await expect(resolveInsideProject(project, join(project, "prompts", "nul.txt"))).rejects.toThrow(
      SandboxError,
    );
  });
});
