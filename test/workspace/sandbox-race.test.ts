import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProjectTools, type ProjectTools } from "../../src/workspace/project-tools.js";
import { readProjectText } from "../../src/workspace/read-inside.js";
import type { ToolOutcome } from "../../src/workspace/tool-outcome.js";
import { startLinkSwapper } from "../support/link-swapper.js";
import { makePlayground, type Playground, snapshot } from "./fixtures.js";

/**
 * A local process that can make links in the project folder swaps a file or a folder
 * for a symbolic link to outside, over and over, while the tools work. Whatever the
 * timing, nothing outside may be read and nothing may be written outside: each call
 * either works on the real file inside or is refused.
 */
const ROUNDS = 250;
const SECRET = "top secret";

let playground: Playground;
let tools: ProjectTools;

beforeEach(async () => {
  playground = await makePlayground();
  const prompts = join(playground.project, "prompts");
  await mkdir(join(prompts, "sub"));
  await writeFile(join(prompts, "note.txt"), "inside\n");
  await writeFile(join(prompts, "sub", "note.txt"), "inside\n");
  await writeFile(join(playground.outside, "secret.txt"), `${SECRET}\n`);
  await writeFile(join(playground.outside, "note.txt"), `${SECRET}\n`);
  tools = await createProjectTools(playground.project);
});

afterEach(async () => {
  await playground.remove();
});

interface Tally {
  succeeded: number;
  refused: number;
}

function count(tally: Tally, outcome: ToolOutcome): void {
  if (outcome.isError) tally.refused++;
  else tally.succeeded++;
}

describe("the sandbox under a symbolic link race", () => {
  it("never reads outside while a file and a folder are swapped for links to outside", async () => {
    const prompts = join(playground.project, "prompts");
    const swapper = await startLinkSwapper(
      [
        {
          path: join(prompts, "note.txt"),
          aside: join(prompts, "note.aside"),
          target: join(playground.outside, "secret.txt"),
        },
        { path: join(prompts, "sub"), aside: join(prompts, "sub.aside"), target: playground.outside },
      ],
      join(playground.root, "stop"),
    );
    const tally: Tally = { succeeded: 0, refused: 0 };
    const leaks: string[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        for (const file_path of ["prompts/note.txt", "prompts/sub/note.txt"]) {
          const outcome = await tools.run("Read", { file_path });
          count(tally, outcome);
          if (outcome.output.includes(SECRET)) leaks.push(`Read ${file_path}`);
          else if (!outcome.isError && outcome.output !== "     1\tinside")
            leaks.push(`Read ${file_path}: ${outcome.output}`);
        }
        const text = await readProjectText(playground.project, "prompts/sub/note.txt");
        if (text?.includes(SECRET)) leaks.push("readProjectText");
      }
    } finally {
      expect(await swapper.stop()).toBeGreaterThan(0);
    }
    expect(leaks).toEqual([]);
    expect(tally.succeeded + tally.refused).toBe(ROUNDS * 2);
  });

  it("never writes outside while the folder written to is swapped for a link to outside", async () => {
    const prompts = join(playground.project, "prompts");
    const outsideBefore = await snapshot(playground.outside);
    const swapper = await startLinkSwapper(
      [{ path: join(prompts, "sub"), aside: join(prompts, "sub.aside"), target: playground.outside }],
      join(playground.root, "stop"),
    );
    const tally: Tally = { succeeded: 0, refused: 0 };
    try {
      for (let round = 0; round < ROUNDS; round++) {
        count(
          tally,
          await tools.run("Write", { file_path: `prompts/sub/new-${round}.txt`, content: "written\n" }),
        );
        // Edit reads, then writes: through the link it would find an "e" in the secret and write it back.
        const other =
          round % 2 === 0
            ? await tools.run("Edit", { file_path: "prompts/sub/note.txt", old_string: "e", new_string: "E" })
            : await tools.saveFile(`prompts/sub/image-${round}.png`, new Uint8Array([1, 2, 3]));
        count(tally, other);
      }
    } finally {
      await swapper.stop();
    }
    expect(await snapshot(playground.outside)).toEqual(outsideBefore);
    expect(await readFile(join(playground.outside, "note.txt"), "utf8")).toBe(`${SECRET}\n`);
    expect(tally.succeeded + tally.refused).toBe(ROUNDS * 2);
  });
});
