import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ClaudeAgentSdk } from "./sdk-types.js";

export const SDK_PACKAGE = "@anthropic-ai/claude-agent-sdk";

/**
 * The one command that makes the SDK available. A global install is the one that works
 * for every way Specwright runs: a global Specwright finds it next to itself, and a
 * checkout finds it through `npm root -g`. A local install in a checkout does not work:
 * npm does not install a package it lists as an optional peer dependency when asked to,
 * and one put there by other means is removed by the next `npm install`.
 */
export const SDK_INSTALL_COMMAND = `npm install -g ${SDK_PACKAGE}`;

export const SDK_MISSING_MESSAGE = `The claude-code engine needs the Claude Agent SDK, which is not installed. Install it with \`${SDK_INSTALL_COMMAND}\` (it brings the Claude Code program, about 400 MB), then try again.`;

/** The SDK is not installed anywhere Specwright can load it from. */
export class ClaudeAgentSdkMissingError extends Error {
  override readonly name = "ClaudeAgentSdkMissingError";
  constructor() {
    super(SDK_MISSING_MESSAGE);
  }
}

/** The SDK is there but could not be loaded (a broken install, an incompatible version). */
export class ClaudeAgentSdkLoadError extends Error {
  override readonly name = "ClaudeAgentSdkLoadError";
}

export type SdkLoader = () => Promise<ClaudeAgentSdk>;

export interface SdkLoaderOptions {
  /** Imports a module by name, from Specwright's own package. */
  importPackage?: (specifier: string) => Promise<unknown>;
  /** The folder of globally installed npm packages, or null when it cannot be found. */
  globalPackagesFolder?: () => Promise<string | null>;
}

/**
 * Loads the SDK when the engine is first used: from Specwright's own dependencies
 * first, then from the global npm packages. Failures are not remembered, so installing
 * the SDK while Specwright runs works on the next turn.
 */
export function createSdkLoader(options: SdkLoaderOptions = {}): SdkLoader {
  const importPackage = options.importPackage ?? ((specifier: string) => import(specifier));
  const globalPackagesFolder = options.globalPackagesFolder ?? npmGlobalRoot;
  return async () => {
    let localFailure: unknown = null;
    try {
      return asSdk(await importPackage(SDK_PACKAGE));
    } catch (error) {
      if (!isModuleNotFound(error)) localFailure = error;
    }
    // Tried even after a local failure that is not a plain "not found": a global install may be whole.
    const folder = await globalPackagesFolder();
    const entry = folder === null ? null : resolveFrom(folder);
    if (entry === null)
      throw localFailure === null ? new ClaudeAgentSdkMissingError() : loadFailure(localFailure);
    try {
      return asSdk(await import(pathToFileURL(entry).href));
    } catch (error) {
      throw loadFailure(error);
    }
  };
}

/** The SDK's entry file inside a `node_modules` folder, or null when it is not there. */
function resolveFrom(packagesFolder: string): string | null {
  try {
    // A require rooted inside the folder resolves the package's `exports` like Node would.
    return createRequire(join(packagesFolder, "noop.js")).resolve(SDK_PACKAGE);
  } catch {
    return null;
  }
}

function asSdk(module: unknown): ClaudeAgentSdk {
  const query = (module as { query?: unknown } | null)?.query;
  if (typeof query !== "function")
    throw new ClaudeAgentSdkLoadError(
      `${SDK_PACKAGE} was found but has no query() function; install a current version with \`${SDK_INSTALL_COMMAND}\`.`,
    );
  return module as ClaudeAgentSdk;
}

function loadFailure(error: unknown): Error {
  if (error instanceof ClaudeAgentSdkLoadError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ClaudeAgentSdkLoadError(
    `${SDK_PACKAGE} is installed but could not be loaded (${reason}). Reinstall it with \`${SDK_INSTALL_COMMAND}\`.`,
  );
}

/** Only the SDK itself being absent counts as missing; a missing file inside it is a broken install. */
function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") return false;
  return error instanceof Error && error.message.includes(`'${SDK_PACKAGE}'`);
}

/** Asks npm where global packages live; it honours the person's own npm prefix. */
function npmGlobalRoot(): Promise<string | null> {
  const windows = process.platform === "win32";
  return new Promise((resolve) => {
    execFile(
      windows ? "npm.cmd" : "npm",
      ["root", "--global"],
      { timeout: 15_000, shell: windows, windowsHide: true },
      (error, stdout) => {
        const folder = stdout.trim();
        resolve(error || folder === "" ? null : folder);
      },
    );
  });
}
