import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layer map (ARCHITECTURE.md): a layer may import itself, `types`, and the layers
 * listed for it, never a layer above it.
 */
const ALLOWED: Record<string, readonly string[]> = {
  types: [],
  "app-spec": [],
  workspace: ["app-spec"],
  interview: ["app-spec"],
  engines: ["workspace", "app-spec", "interview"],
  store: ["workspace", "app-spec"],
  session: ["store", "engines", "workspace", "app-spec", "interview"],
  server: ["session", "store", "engines", "workspace", "app-spec", "interview", "config"],
  cli: ["server", "session", "store", "engines", "workspace", "app-spec", "interview", "config"],
  config: ["engines", "workspace", "app-spec", "interview"],
};

const SRC = resolve(import.meta.dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function layerOf(path: string): string {
  const first = relative(SRC, path).split(/[\\/]/)[0]!;
  return first.replace(/\.(tsx?|js)$/, "");
}

function relativeImports(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:import|export)[^"'`;]*?from\s*["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );
  const dynamic = [...source.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
  return [...specifiers, ...dynamic].filter((specifier) => specifier.startsWith("."));
}

describe("layer map", () => {
  const files = sourceFiles(SRC);

  it("knows every top-level folder under src/", () => {
    const unknown = [...new Set(files.map(layerOf))].filter((layer) => !(layer in ALLOWED));
    expect(unknown).toEqual([]);
  });

  it("has no import that points up a layer", () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const specifier of relativeImports(readFileSync(file, "utf8"))) {
        const to = layerOf(resolve(file, "..", specifier));
        if (to === from || to === "types") continue;
        if (!ALLOWED[from]?.includes(to))
          violations.push(`${relative(SRC, file)} imports ${specifier} (${from} → ${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("keeps types free of any other layer", () => {
    const typeFiles = files.filter((file) => layerOf(file) === "types");
    for (const file of typeFiles) {
      for (const specifier of relativeImports(readFileSync(file, "utf8"))) {
        expect(layerOf(resolve(file, "..", specifier))).toBe("types");
      }
    }
  });
});
