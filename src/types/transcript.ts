import { z } from "zod";
import { IMAGE_MIME_TYPES } from "./attachments.js";
import { DOCUMENT_KINDS } from "./documents.js";
import { answersSchema } from "./questions.js";

/**
 * The provider-neutral transcript the session owns, engines read and the store keeps.
 * Declared as zod schemas, so a stored transcript is read with the same shapes the
 * code is typed with, never trusted by a cast.
 */

/** A JSON value, for the parts of the transcript that engines define for themselves. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const jsonValueSchema: z.ZodType<JsonValue> = z.json();

/** An attachment kept in the transcript: the image, and where it was saved in the project. */
export const storedAttachmentSchema = z.object({
  filename: z.string(),
  mimeType: z.enum(IMAGE_MIME_TYPES),
  /** Empty on disk once the image is saved under `savedAs`; the store reads the bytes back. */
  base64Data: z.string(),
  /** Path relative to the project folder, such as `prompts/mockups/home.png`. */
  savedAs: z.string().optional(),
});

/**
 * A document the person attached (their PRD, notes, a spec), as the conversation shows
 * it: its name, kind and size, and where it was kept. Its text is not here: it is part
 * of the user entry's `text`, which is what the interviewer reads.
 */
export const storedDocumentSchema = z.object({
  filename: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  /** The document's size as attached, in bytes. */
  bytes: z.number().int().nonnegative(),
  /** The original, relative to the project folder, such as `.specwright/documents/prd.pdf`. */
  savedAs: z.string().optional(),
  /** The text read from it, kept beside the original. */
  textAs: z.string().optional(),
  /** Characters of text the interviewer was given. */
  characters: z.number().int().nonnegative(),
  /** Set when the text was cut at the limit (or a PDF's later pages were left out). */
  truncated: z.boolean().optional(),
  /** A PDF's number of pages. */
  pages: z.number().int().nonnegative().optional(),
});

/** A tool call the assistant made. */
export const toolCallSchema = z.object({
  toolCallId: z.string(),
  toolName: z.string(),
  input: z.unknown(),
});

/** The outcome of one tool call, as the model will see it. */
export const toolResultSchema = z.object({
  toolCallId: z.string(),
  toolName: z.string(),
  output: z.string(),
  isError: z.boolean(),
  /**
   * Set when Specwright refused the call (the sandbox, a size cap, its own initializer
   * prompt, bad input, a tool the interview does not have, a Claude Code permission
   * check): why, in a short sentence the person reads. Absent for a call that ran or
   * failed for an ordinary reason, and in results kept before Specwright recorded it.
   */
  refused: z.string().optional(),
});

/**
 * A block of the model's thinking, kept so it can be sent back exactly as the provider
 * requires (Anthropic wants a tool-use turn's thinking returned, signature and all).
 */
export const thinkingBlockSchema = z.object({
  /** The thinking text as the provider returned it; empty when it returns none. */
  text: z.string(),
  /** The provider's signature over the block, sent back unchanged. */
  signature: z.string().optional(),
  /** A redacted block's opaque data, sent back unchanged. */
  redactedData: z.string().optional(),
});

/** What the person said. */
export const userEntrySchema = z.object({
  role: z.literal("user"),
  text: z.string(),
  timestamp: z.string(),
  attachments: z.array(storedAttachmentSchema).optional(),
  /**
   * Documents the person attached. When there are any, `text` is what the interviewer
   * reads (the person's words, then each document's text under a heading with its name)
   * and `typed` holds the person's words alone, as the conversation shows them.
   */
  documents: z.array(storedDocumentSchema).optional(),
  typed: z.string().optional(),
  /**
   * Set when this turn answers a structured question: the question's tool call id and
   * the raw answers. `text` holds the same answers joined as docs/protocol.md says.
   */
  answer: z.object({ toolCallId: z.string(), answers: answersSchema }).optional(),
  /**
   * "kickoff" marks the message the session sends on the person's behalf to start an
   * interview; engines that need a user message to begin (models) send it, others ignore it.
   */
  kind: z.literal("kickoff").optional(),
});

/**
 * One step of the assistant: its text, then the tools it called. A model turn with
 * several steps records several assistant entries, each followed by its tool entry.
 */
export const assistantEntrySchema = z.object({
  role: z.literal("assistant"),
  text: z.string(),
  toolCalls: z.array(toolCallSchema),
  timestamp: z.string(),
  /** Engine-specific facts needed to resume, e.g. the guided step or an SDK session id. */
  meta: z.record(z.string(), jsonValueSchema).optional(),
  /** The model's thinking in this step, in order; it comes before the text and tool calls. */
  thinking: z.array(thinkingBlockSchema).optional(),
  /** The model that wrote this step: its thinking is sent back to that model only. */
  model: z.string().optional(),
  /** Set when the turn was cancelled or failed before the engine recorded this step itself. */
  interrupted: z.boolean().optional(),
});

/** Results of the tool calls of the assistant entry just before. */
export const toolEntrySchema = z.object({
  role: z.literal("tool"),
  results: z.array(toolResultSchema),
  timestamp: z.string(),
});

export const transcriptEntrySchema = z.discriminatedUnion("role", [
  userEntrySchema,
  assistantEntrySchema,
  toolEntrySchema,
]);

export type StoredAttachment = z.output<typeof storedAttachmentSchema>;
export type StoredDocument = z.output<typeof storedDocumentSchema>;
export type ThinkingBlock = z.output<typeof thinkingBlockSchema>;
export type ToolCall = z.output<typeof toolCallSchema>;
export type ToolResult = z.output<typeof toolResultSchema>;
export type UserEntry = z.output<typeof userEntrySchema>;
export type AssistantEntry = z.output<typeof assistantEntrySchema>;
export type ToolEntry = z.output<typeof toolEntrySchema>;
export type TranscriptEntry = z.output<typeof transcriptEntrySchema>;
export type Transcript = readonly TranscriptEntry[];
