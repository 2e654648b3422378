import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import {
  ClaudeAgentSdkLoadError,
  ClaudeAgentSdkMissingError,
  createSdkLoader,
  SDK_INSTALL_COMMAND,
  SDK_PACKAGE,
} from "../../../src/engines/claude-code/sdk-loader.js";
import { tempDirsForEachTest } from "../../support/temp-dir.js";

const tempDir = tempDirsForEachTest();

/**
 * Imports the SDK by name from a module in an empty folder, so the failure is Node's own
 * whether or not this checkout has the SDK installed.
 */
async function importFromEmptyFolder(): Promise<(specifier: string) => Promise<unknown>> {
  const folder = await tempDir();
  const probe = join(folder, "probe.mjs");
  await writeFile(probe, "export default (specifier) => import(specifier);\n");
  const module = (await import(pathToFileURL(probe).href)) as {
    default: (specifier: string) => Promise<unknown>;
  };
  return module.default;
}

/** A global packages folder (`npm root -g`) holding a stand-in for the SDK, laid out as npm does. */
async function globalFolderWith(entrySource: string): Promise<string> {
  const folder = join(await tempDir(), "lib", "node_modules");
  const packageDir = join(folder, SDK_PACKAGE);
  await mkdir(packageDir, { recursive: true });
  await writeFile(
    join(packageDir, "package.json"),
    JSON.stringify({ name: SDK_PACKAGE, type: "module", exports: { ".": { default: "./sdk.mjs" } } }),
  );
  await writeFile(join(packageDir, "sdk.mjs"), entrySource);
  return folder;
}

describe("loading the Claude Agent SDK", () => {
  it("fails with the one command that installs it when it is nowhere to be found", async () => {
    const load = createSdkLoader({
      importPackage: await importFromEmptyFolder(),
      globalPackagesFolder: async () => tempDir(),
    });
    const failure = await load().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ClaudeAgentSdkMissingError);
    expect((failure as Error).message).toBe(
      "The claude-code engine needs the Claude Agent SDK, which is not installed. Install it with `npm install -g @anthropic-ai/claude-agent-sdk` (it brings the Claude Code program, about 400 MB), then try again.",
    );
    expect(SDK_INSTALL_COMMAND).toBe("npm install -g @anthropic-ai/claude-agent-sdk");
  });

  it("fails the same way when npm cannot say where global packages live", async () => {
    const load = createSdkLoader({
      importPackage: await importFromEmptyFolder(),
      globalPackagesFolder: async () => null,
    });
    await expect(load()).rejects.toBeInstanceOf(ClaudeAgentSdkMissingError);
  });

  it("finds a globally installed SDK when Specwright's own dependencies lack it", async () => {
    const folder = await globalFolderWith('export function query() { return "the global SDK"; }\n');
    const load = createSdkLoader({
      importPackage: await importFromEmptyFolder(),
      globalPackagesFolder: async () => folder,
    });
    const sdk = await load();
    expect((sdk.query as unknown as () => string)()).toBe("the global SDK");
  });

  it("prefers the SDK next to Specwright", async () => {
    const local = { query: () => "the local SDK" };
    const load = createSdkLoader({
      importPackage: async () => local,
      globalPackagesFolder: async () => {
        throw new Error("the global folder is not needed");
      },
    });
    expect(await load()).toBe(local);
  });

  it("calls a broken install broken, not missing", async () => {
    const brokenInside = Object.assign(
      new Error(`Cannot find package 'zod' imported from /somewhere/node_modules/${SDK_PACKAGE}/sdk.mjs`),
      { code: "ERR_MODULE_NOT_FOUND" },
    );
    const load = createSdkLoader({
      importPackage: async () => {
        throw brokenInside;
      },
      globalPackagesFolder: async () => null,
    });
    const failure = await load().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ClaudeAgentSdkLoadError);
    expect((failure as Error).message).toContain(
      "is installed but could not be loaded (Cannot find package 'zod'",
    );
    expect((failure as Error).message).toContain(SDK_INSTALL_COMMAND);
  });

  it("falls back to a whole global install when the local one is broken", async () => {
    const folder = await globalFolderWith('export function query() { return "the global SDK"; }\n');
    const load = createSdkLoader({
      importPackage: async () => {
        throw new SyntaxError("Unexpected token in sdk.mjs");
      },
      globalPackagesFolder: async () => folder,
    });
    expect((await load()).query).toBeTypeOf("function");
  });

  it("refuses a package that has no query()", async () => {
    const folder = await globalFolderWith("export const version = '0.0.1';\n");
    const load = createSdkLoader({
      importPackage: await importFromEmptyFolder(),
      globalPackagesFolder: async () => folder,
    });
    await expect(load()).rejects.toThrow(/has no query\(\) function/);
  });
});
