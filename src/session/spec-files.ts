import { access } from "node:fs/promises";
import { join } from "node:path";
import { SPEC_FILE_PATHS } from "../app-spec/paths.js";
import type { AssistantEntry, ToolCall, ToolEntry, Transcript } from "../types/transcript.js";
import { toProjectRelative } from "../workspace/index.js";

const WRITING_TOOLS = new Set(["Write", "Edit"]);

export type SpecFilePath = (typeof SPEC_FILE_PATHS)[number];

function isSpecFilePath(path: string | null): path is SpecFilePath {
  return path !== null && (SPEC_FILE_PATHS as readonly string[]).includes(path);
}

/** The spec file a Write or Edit call targets, relative to the project folder, or null. */
export async function specFileTargetOf(call: ToolCall, projectDir: string): Promise<SpecFilePath | null> {
  if (!WRITING_TOOLS.has(call.toolName)) return null;
  const filePath = (call.input as { file_path?: unknown } | null)?.file_path;
  if (typeof filePath !== "string") return null;
  const relative = await toProjectRelative(projectDir, filePath);
  return isSpecFilePath(relative) ? relative : null;
}

/** The call a result answers, looked up in the assistant entries before the tool entry. */
export function callFor(transcript: Transcript, toolCallId: string): ToolCall | undefined {
  for (let index = transcript.length - 1; index >= 0; index--) {
    const entry = transcript[index];
    if (entry?.role !== "assistant") continue;
    const call = (entry as AssistantEntry).toolCalls.find((candidate) => candidate.toolCallId === toolCallId);
    if (call) return call;
  }
  return undefined;
}

export async function existsOnDisk(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The spec files that a tool entry reports as written and that really are on disk, in
 * the order they were written. A failed call, or a file that is not there after a call
 * that claims success, does not count.
 */
export async function specFilesWritten(
  entry: ToolEntry,
  transcript: Transcript,
  projectDir: string,
): Promise<SpecFilePath[]> {
  const written: SpecFilePath[] = [];
  for (const result of entry.results) {
    if (result.isError) continue;
    const call = callFor(transcript, result.toolCallId);
    if (!call) continue;
    const target = await specFileTargetOf(call, projectDir);
    if (target && (await existsOnDisk(join(projectDir, target)))) written.push(target);
  }
  return written;
}

/**
 * The spec file a call that just returned wrote, when it succeeded and the file really
 * is on disk; null otherwise. The same test as `specFilesWritten`, made the moment the
 * call returns.
 */
export async function specFileWrittenBy(
  call: Pick<ToolCall, "toolName" | "input">,
  failed: boolean,
  projectDir: string,
): Promise<SpecFilePath | null> {
  if (failed) return null;
  const target = await specFileTargetOf({ toolCallId: "", ...call }, projectDir);
  return target && (await existsOnDisk(join(projectDir, target))) ? target : null;
}
