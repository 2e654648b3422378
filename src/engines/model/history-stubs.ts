import type { AssistantEntry, ToolEntry, Transcript, TranscriptEntry } from "../../types/transcript.js";
import { EDIT_TOOL, WRITE_TOOL } from "../../workspace/index.js";

/**
 * Keeps a long interview's requests from growing without end. Every step sends the whole
 * history again, and the biggest parts of it are files: each spec `Write` carries the
 * whole file, each `Read` result another copy. Once a turn is over, those copies say
 * nothing the files on disk do not, so from the person's next message on:
 * - a `Write` or `Edit` call's file text becomes a short stub naming the file;
 * - a long tool result keeps its beginning and says how much was left out.
 * A stub depends only on the entry itself, so a stubbed message is the same, byte for
 * byte, in every later request, and a provider's prompt cache keeps working past it.
 * Only what came after the person's last message (or answer) is sent whole: the model
 * is still working with it. An answer counts as a message here, so a long run of
 * questions does not keep every file the model read in full.
 */

/** Tool results longer than this are cut to it once their turn is over. */
export const KEPT_RESULT_CHARACTERS = 1_500;

/** Inputs of these tools hold file text. */
const FILE_TEXT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  [WRITE_TOOL]: ["content"],
  [EDIT_TOOL]: ["old_string", "new_string"],
};

/** Text fields shorter than this are left as they are: a stub would save nothing. */
const STUB_THRESHOLD = 400;

export function withStubbedHistory(transcript: Transcript): TranscriptEntry[] {
  const runningFrom = transcript.findLastIndex((entry) => entry.role === "user");
  return stubbedBefore(transcript, runningFrom);
}

/**
 * The history made smaller still, for a request that would not fit the model's context
 * window otherwise: everything before the latest step (the assistant entry whose calls
 * are being answered, and their results) is stubbed, the running turn's earlier steps
 * too. The model can Read any file it needs again. A prompt cache does not survive
 * this; it is only for requests that could not be sent at all.
 */
export function withTightHistory(transcript: Transcript): TranscriptEntry[] {
  return stubbedBefore(
    transcript,
    transcript.findLastIndex((entry) => entry.role === "assistant"),
  );
}

/**
 * The least of the history a request can carry without losing a turn: every file text
 * stubbed and every long result cut, the running turn's latest step too (its `Write`
 * is on disk by now, and a long `Read` can be made again a part at a time). Only for a
 * request that fits no other way (history-fit.ts).
 */
export function withEverythingStubbed(transcript: Transcript): TranscriptEntry[] {
  const latest = transcript.findLastIndex((entry) => entry.role === "assistant");
  return transcript.map((entry, index) => {
    if (entry.role === "assistant") return stubbedCalls(entry);
    if (entry.role === "tool")
      return trimmedResults(entry, index > latest ? LATEST_RESULT_NOTE : OLD_RESULT_NOTE);
    return entry;
  });
}

/** What a cut result says about the rest: of a finished step, and of the step the model is working on. */
const OLD_RESULT_NOTE = (left: number) =>
  `[… ${left} more characters left out of the history; run the tool again if you need them]`;
const LATEST_RESULT_NOTE = (left: number) =>
  `[… ${left} more characters left out: the whole result does not fit the model's context window. Read a file a part at a time, with offset and limit]`;

function stubbedBefore(transcript: Transcript, runningFrom: number): TranscriptEntry[] {
  return transcript.map((entry, index) => {
    if (index >= runningFrom) return entry;
    if (entry.role === "assistant") return stubbedCalls(entry);
    if (entry.role === "tool") return trimmedResults(entry);
    return entry;
  });
}

function stubbedCalls(entry: AssistantEntry): AssistantEntry {
  if (!entry.toolCalls.some((call) => FILE_TEXT_FIELDS[call.toolName])) return entry;
  return {
    ...entry,
    toolCalls: entry.toolCalls.map((call) => {
      const fields = FILE_TEXT_FIELDS[call.toolName];
      if (!fields || typeof call.input !== "object" || call.input === null) return call;
      const input = { ...(call.input as Record<string, unknown>) };
      const path = typeof input.file_path === "string" ? input.file_path : "the file";
      for (const field of fields) {
        const text = input[field];
        if (typeof text === "string" && text.length >= STUB_THRESHOLD)
          input[field] =
            `[${text.length} characters of ${path}, left out of the history; Read the file for its current text]`;
      }
      return { ...call, input };
    }),
  };
}

function trimmedResults(entry: ToolEntry, note = OLD_RESULT_NOTE): ToolEntry {
  if (!entry.results.some((result) => result.output.length > KEPT_RESULT_CHARACTERS)) return entry;
  return {
    ...entry,
    results: entry.results.map((result) => {
      if (result.output.length <= KEPT_RESULT_CHARACTERS) return result;
      const left = result.output.length - KEPT_RESULT_CHARACTERS;
      return {
        ...result,
        output: `${result.output.slice(0, KEPT_RESULT_CHARACTERS)}\n${note(left)}`,
      };
    }),
  };
}
