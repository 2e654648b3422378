import { realpath } from "node:fs/promises";
import {
  byteLength,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_WRITE_BYTES,
  writeFileInside,
} from "./atomic-write.js";
import { runEdit } from "./edit-tool.js";
import { runGlob } from "./glob-tool.js";
import { runRead } from "./read-tool.js";
import { resolveInsideProject, SandboxError } from "./sandbox.js";
import type { ToolContext } from "./tool-context.js";
import { TOOL_NAMES } from "./tool-definitions.js";
import { parseToolInput } from "./tool-input.js";
import { DEFAULT_MAX_PROMPT_BYTES, DEFAULT_MAX_PROMPT_FILES, DEFAULT_MAX_READ_BYTES } from "./tool-limits.js";
import { failed, succeeded } from "./tool-outcome.js";
import { editInputSchema, globInputSchema, readInputSchema, writeInputSchema } from "./tool-schemas.js";
import type { ProjectTools, ToolOutcome } from "./tools.js";
import { runWrite } from "./write-tool.js";

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

async function dispatch(context: ToolContext, toolName: string, input: unknown): Promise<ToolOutcome> {
  switch (toolName) {
    case "Read": {
      const parsed = parseToolInput(toolName, readInputSchema, input);
      return parsed.ok ? runRead(context, parsed.value) : parsed.outcome;
    }
    case "Write": {
      const parsed = parseToolInput(toolName, writeInputSchema, input);
      return parsed.ok ? runWrite(context, parsed.value) : parsed.outcome;
    }
    case "Edit": {
      const parsed = parseToolInput(toolName, editInputSchema, input);
      return parsed.ok ? runEdit(context, parsed.value) : parsed.outcome;
    }
    case "Glob": {
      const parsed = parseToolInput(toolName, globInputSchema, input);
      return parsed.ok ? runGlob(context, parsed.value) : parsed.outcome;
    }
    case "AskUserQuestion":
      return failed("AskUserQuestion is handled by the interview, not by the file tools.");
    default:
      return failed(`Unknown tool "${toolName}". The tools are: ${TOOL_NAMES.join(", ")}.`);
  }
}

/** Runs a tool call and turns anything that goes wrong into an outcome the model can read. */
async function runSafely(toolName: string, action: () => Promise<ToolOutcome>): Promise<ToolOutcome> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof SandboxError) return failed(error.message);
    const reason = error instanceof Error ? error.message : String(error);
    return failed(`${toolName} failed: ${reason}`);
  }
}

async function saveFile(
  context: ToolContext,
  maxFileBytes: number,
  path: string,
  bytes: Uint8Array,
): Promise<ToolOutcome> {
  const size = byteLength(bytes);
  if (size > maxFileBytes)
    return failed(
      `Refused: the file is ${size} bytes, more than the ${maxFileBytes} bytes allowed. Nothing was written.`,
    );
  const { absolute, relative } = await resolveInsideProject(context.projectDir, path, { forWrite: true });
  await writeFileInside(context.projectDir, absolute, bytes);
  return succeeded(`Saved ${relative} (${size} bytes)`);
}

/**
 * The sandboxed tools for one project. The folder's real path is resolved once here,
 * so every later check compares against where the project really is.
 */
export async function createProjectTools(
  projectDir: string,
  options: ProjectToolsOptions = {},
): Promise<ProjectTools> {
  const context: ToolContext = {
    projectDir: await realpath(projectDir),
    maxWriteBytes: options.maxWriteBytes ?? DEFAULT_MAX_WRITE_BYTES,
    maxReadBytes: options.maxReadBytes ?? DEFAULT_MAX_READ_BYTES,
    promptQuota: {
      maxFiles: options.maxPromptFiles ?? DEFAULT_MAX_PROMPT_FILES,
      maxBytes: options.maxPromptBytes ?? DEFAULT_MAX_PROMPT_BYTES,
    },
  };
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  return {
    projectDir: context.projectDir,
    run: (toolName, input) => runSafely(toolName, () => dispatch(context, toolName, input)),
    saveFile: (relativePath, bytes) =>
      runSafely("saveFile", () => saveFile(context, maxFileBytes, relativePath, bytes)),
  };
}
