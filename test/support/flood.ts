import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { reply } from "./fake-provider/index.js";

/** Where the flood's file number `index` goes. */
export const floodPath = (index: number) => `prompts/flood/f-${index}.txt`;

/**
 * A hostile model's step: `count` Write calls at once, each a small file in
 * prompts/flood/. Each call's JSON arrives whole in one delta, so the stream is quick
 * and the time goes into the writes.
 */
export function floodReply(count: number) {
  let step = reply().chunkSize({ text: 1_000, json: 100_000 });
  for (let index = 0; index < count; index++)
    step = step.tool("Write", { file_path: floodPath(index), content: `file ${index}\n` });
  return step;
}

/** The flood's files on disk (an atomic write's temporary file is not one). */
export async function floodFiles(projectDir: string): Promise<number> {
  const names = await readdir(join(projectDir, "prompts/flood")).catch(() => [] as string[]);
  return names.filter((name) => /^f-\d+\.txt$/.test(name)).length;
}
