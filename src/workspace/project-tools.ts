import { lstat, realpath } from "node:fs/promises";
import { defaultInitializerTemplate, type InitializerTemplate } from "../app-spec/index.js";
import { APP_SPEC_PATH } from "../app-spec/paths.js";
import {
  byteLength,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_WRITE_BYTES,
  writeFileInside,
} from "./atomic-write.js";
import { NO_SUCH_TOOL_REASON } from "./refusal.js";
import { resolveInsideProject, SandboxError } from "./sandbox.js";
import { backupRefusal, finishedSpecBackup } from "./spec-backup.js";
import { writtenOutcome } from "./spec-feedback.js";
import { writeTargetOf } from "./spec-target.js";
import {
  interviewerWriteSource,
  isVersionedFile,
  keepCurrentVersion,
  recordFileOnDisk,
} from "./spec-versions.js";
import type { ToolContext } from "./tool-context.js";
import { DEFAULT_MAX_PROMPT_BYTES, DEFAULT_MAX_PROMPT_FILES, DEFAULT_MAX_READ_BYTES } from "./tool-limits.js";
import { QUESTION_TOOL, TOOL_NAMES } from "./tool-names.js";
import {
  failed,
  type ProgressListener,
  refusedOutcome,
  succeeded,
  type ToolOutcome,
} from "./tool-outcome.js";
import { fileToolNamed } from "./tool-registry.js";

/**
 * A project's sandboxed file tools. Every file an engine touches goes through here:
 * paths are resolved (symlinks too) and must stay inside the project folder, and
 * writes land only in its `prompts/` folder. Each outcome says what happened as facts
 * beside the words the model reads: the file written, the app spec's verdict.
 */
export interface ProjectTools {
  /** Absolute, real path of the project folder. */
  readonly projectDir: string;
  /**
   * Runs `Read`, `Write`, `Edit` or `Glob` with the tool's input as the model sent it
   * (the name is the model's too, so any text is taken). Bad input, unknown tools and
   * refusals come back as `isError` outcomes, never as exceptions. `progress` hears
   * what the call is doing part way (the app spec being checked after a write).
   */
  run(toolName: string, input: unknown, progress?: ProgressListener): Promise<ToolOutcome>;
  /** Writes bytes (an attached image, say) to a path under `prompts/`, atomically. */
  saveFile(relativePath: string, bytes: Uint8Array): Promise<ToolOutcome>;
  /**
   * For an engine that writes with tools of its own (Claude Code), once its Write or
   * Edit passed the sandbox and before it runs: what Specwright's Write and Edit do
   * before they write (a finished spec kept before its first rewrite, what a spec file
   * holds now kept as a version). Answers why the write must not happen, or null.
   */
  beforeOwnWrite(toolName: string, input: unknown): Promise<string | null>;
  /**
   * After such a Write or Edit succeeded: the text it left kept as a version, and the
   * outcome Specwright's own tool would have had, with the same facts (the file
   * written, the app spec's verdict) and, as `output`, only what Specwright adds for the
   * model (the verdict in words, or nothing). Never fails: when the file cannot be
   * found, the outcome has no `wrote`. `progress` hears when the app spec is checked.
   */
  afterOwnWrite(toolName: string, input: unknown, progress?: ProgressListener): Promise<ToolOutcome>;
}

export interface ProjectToolsOptions {
  /** Most UTF-8 bytes a Write or Edit may leave in a file (default 1 MiB). */
  maxWriteBytes?: number;
  /** Most bytes `saveFile` may write (default 5 MiB). */
  maxFileBytes?: number;
  /** Most bytes `Read` loads (default 10 MiB). */
  maxReadBytes?: number;
  /** Files `prompts/` may hold before a Write of a new one is refused (default 200). */
  maxPromptFiles?: number;
  /** Bytes all of `prompts/` may hold before a write that adds to them is refused (default 64 MiB). */
  maxPromptBytes?: number;
}

/** What the interview the tools serve says about its spec. */
export interface SpecWriteOptions {
  /** The template the initializer prompt is written from and checked against (default the shipped one). */
  initializerTemplate?: InitializerTemplate;
  /**
   * The interview started on a finished spec: its first write to the app spec keeps
   * that spec first (spec-backup.ts).
   */
  finishedSpec?: boolean;
}

/** Runs a tool call and turns anything that goes wrong into an outcome the model can read. */
async function runSafely(toolName: string, action: () => Promise<ToolOutcome>): Promise<ToolOutcome> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof SandboxError) return refusedOutcome(error.message, error.reason);
    const reason = error instanceof Error ? error.message : String(error);
    return failed(`${toolName} failed: ${reason}`);
  }
}

async function runTool(context: ToolContext, toolName: string, input: unknown): Promise<ToolOutcome> {
  const tool = fileToolNamed(toolName);
  if (tool) return tool.run(context, input);
  if (toolName === QUESTION_TOOL)
    return failed(`${QUESTION_TOOL} is handled by the interview, not by the file tools.`);
  return refusedOutcome(
    `Unknown tool "${toolName}". The tools are: ${TOOL_NAMES.join(", ")}.`,
    NO_SUCH_TOOL_REASON,
  );
}

async function saveFile(
  context: ToolContext,
  maxFileBytes: number,
  path: string,
  bytes: Uint8Array,
): Promise<ToolOutcome> {
  const size = byteLength(bytes);
  if (size > maxFileBytes)
    return refusedOutcome(
      `Refused: the file is ${size} bytes, more than the ${maxFileBytes} bytes allowed. Nothing was written.`,
    );
  const { absolute, relative } = await resolveInsideProject(context.projectDir, path, { forWrite: true });
  await writeFileInside(context.projectDir, absolute, bytes);
  return { ...succeeded(`Saved ${relative} (${size} bytes)`), wrote: { path: relative, bytes: size } };
}

async function beforeOwnWrite(
  context: ToolContext,
  toolName: string,
  input: unknown,
): Promise<string | null> {
  try {
    const target = await writeTargetOf(context.projectDir, toolName, input);
    if (target === null || !isVersionedFile(target.relative)) return null;
    if (target.relative === APP_SPEC_PATH) {
      const refusal = await context.beforeAppSpecWrite();
      if (refusal) return refusal;
    }
    // What the file holds now is kept before the engine replaces it, as Write and Edit do.
    await keepCurrentVersion(context.projectDir, target.relative);
    return null;
  } catch (error) {
    if (error instanceof SandboxError) return error.message;
    return backupRefusal(error);
  }
}

async function afterOwnWrite(
  context: ToolContext,
  toolName: string,
  input: unknown,
  progress?: ProgressListener,
): Promise<ToolOutcome> {
  let wrote: { path: string; bytes: number };
  try {
    const target = await writeTargetOf(context.projectDir, toolName, input);
    if (target === null) return succeeded("");
    const stats = await lstat(target.absolute);
    if (!stats.isFile()) return succeeded("");
    wrote = { path: target.relative, bytes: stats.size };
  } catch {
    return succeeded("");
  }
  if (isVersionedFile(wrote.path)) {
    const source = await interviewerWriteSource(context.projectDir).catch(() => "interview" as const);
    // The write itself succeeded; a version not kept now is kept as `found` before the next write.
    await recordFileOnDisk(context.projectDir, wrote.path, source).catch(() => null);
  }
  try {
    return await writtenOutcome(context.projectDir, context.initializerTemplate, wrote, "", progress);
  } catch {
    // A verdict that could not be made is left out; the session checks the files itself.
    return { ...succeeded(""), wrote };
  }
}

/**
 * The sandboxed tools for one project. The folder's real path is resolved once here,
 * so every later check compares against where the project really is.
 */
export async function createProjectTools(
  projectDir: string,
  options: ProjectToolsOptions = {},
  spec: SpecWriteOptions = {},
): Promise<ProjectTools> {
  return projectToolsAt(await realpath(projectDir), options, spec);
}

/** `createProjectTools` for a folder whose real path the caller has already resolved (ProjectRegistry.open's). */
export function projectToolsAt(
  realDir: string,
  options: ProjectToolsOptions = {},
  spec: SpecWriteOptions = {},
): ProjectTools {
  const backup = finishedSpecBackup(realDir, spec.finishedSpec ?? false);
  const context: ToolContext = {
    projectDir: realDir,
    maxWriteBytes: options.maxWriteBytes ?? DEFAULT_MAX_WRITE_BYTES,
    maxReadBytes: options.maxReadBytes ?? DEFAULT_MAX_READ_BYTES,
    promptQuota: {
      maxFiles: options.maxPromptFiles ?? DEFAULT_MAX_PROMPT_FILES,
      maxBytes: options.maxPromptBytes ?? DEFAULT_MAX_PROMPT_BYTES,
    },
    initializerTemplate: spec.initializerTemplate ?? defaultInitializerTemplate(),
    beforeAppSpecWrite: () =>
      backup().then(
        () => null,
        (error: unknown) => backupRefusal(error),
      ),
  };
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  return {
    projectDir: context.projectDir,
    // Each call gets the context with its own listener: nothing of one call's reaches another.
    run: (toolName, input, progress) =>
      runSafely(toolName, () => runTool(progress ? { ...context, progress } : context, toolName, input)),
    saveFile: (relativePath, bytes) =>
      runSafely("saveFile", () => saveFile(context, maxFileBytes, relativePath, bytes)),
    beforeOwnWrite: (toolName, input) => beforeOwnWrite(context, toolName, input),
    afterOwnWrite: (toolName, input, progress) => afterOwnWrite(context, toolName, input, progress),
  };
}
