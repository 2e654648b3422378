import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const WEB_SRC = resolve(import.meta.dirname, "../../../web/src");
const SRC = resolve(import.meta.dirname, "../../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function imports(source: string): { specifier: string; typeOnly: boolean }[] {
  return [...source.matchAll(/import\s+(type\s+)?[^"';]*?from\s*["']([^"']+)["']/g)].map((match) => ({
    specifier: match[2]!,
    typeOnly: match[1] !== undefined,
  }));
}

/**
 * The page runs in a browser, so from Specwright's own code it may take only what is
 * free of Node: the shared types, and the interview's list of phases.
 */
describe("what the page takes from the rest of Specwright", () => {
  it("imports from src/ only src/types and the interview's phases", () => {
    const outside: string[] = [];
    for (const file of sourceFiles(WEB_SRC)) {
      for (const { specifier, typeOnly } of imports(readFileSync(file, "utf8"))) {
        if (!specifier.startsWith(".")) continue;
        const target = resolve(file, "..", specifier);
        if (!target.startsWith(`${SRC}/`)) continue;
        const path = relative(SRC, target);
        const allowed = path.startsWith("types/") || path === "interview/phases.js";
        if (!allowed) outside.push(`${relative(WEB_SRC, file)} imports ${path}${typeOnly ? " (types)" : ""}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it("finds the imports it checks", () => {
    const all = sourceFiles(WEB_SRC).flatMap((file) => imports(readFileSync(file, "utf8")));
    expect(all.some(({ specifier }) => specifier.endsWith("src/types/wire.js"))).toBe(true);
    expect(all.some(({ specifier }) => specifier.endsWith("src/interview/phases.js"))).toBe(true);
  });
});
