import { z } from "zod";
import { ACTIVITY_KINDS, RETRY_REASONS } from "./activity.js";
import { DOCUMENT_KINDS } from "./documents.js";
import { ERROR_CODE_LIST, ERROR_CODES, type ErrorCode } from "./error-codes.js";
import { answersSchema, questionSchema } from "./questions.js";
import { specChangesSchema } from "./spec-changes.js";
import { tokenUsageSchema } from "./usage.js";

/**
 * The wire contract (docs/protocol.md): every frame a client sends and every frame the
 * server (or `chat --jsonl`) sends, as one zod schema each side, a union on `type`.
 * The server parses client frames with it once per frame, the page reads server frames
 * with it, and the TypeScript types are inferred from it, so a frame is declared once.
 */

// Client → server.

/**
 * `message.attachments` is only a list here: each image is checked in depth (count,
 * size, type against its bytes) by the session, which names what is wrong with it
 * (error code `invalid_attachment`). An attachment whose `mimeType` is not an image
 * type is a document (Markdown, plain text, PDF, Word), told by its bytes and refused
 * with its own codes (`document_unsupported`, `document_too_large`, `document_unreadable`).
 */
export const clientFrameSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("start") }),
  z.object({ type: z.literal("cancel") }),
  z.object({ type: z.literal("ping") }),
  z.object({
    type: z.literal("message"),
    content: z.string().default(""),
    attachments: z.array(z.unknown()).optional(),
  }),
  z.object({
    type: z.literal("answer"),
    answers: answersSchema.default({}),
    tool_id: z.string().default(""),
  }),
  /** Carry on the project's interview: the server answers `history`, then asks a pending question again. */
  z.object({ type: z.literal("resume") }),
  /** Run again the turn a crash or an error cut off, from the person's last message. */
  z.object({ type: z.literal("retry") }),
]);

export type ClientFrame = z.output<typeof clientFrameSchema>;
export type ClientFrameType = ClientFrame["type"];
export const CLIENT_FRAME_TYPES: readonly ClientFrameType[] = clientFrameSchema.options.map(
  (option) => option.shape.type.value,
);

// Server → client.

/** What a `notice` frame is about: a refused tool call, or a stopped turn's account of itself. */
export const NOTICE_KINDS = ["tool_refused", "turn_stopped"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** A document attached to a message, as `history` shows it (see storedDocumentSchema). */
export const historyDocumentSchema = z.object({
  filename: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  /** Its size as attached, in bytes. */
  size: z.number().int().nonnegative(),
  /** Where the original was kept in the project, such as `.specwright/documents/prd.pdf`. */
  saved_as: z.string().optional(),
  /** Characters of its text the interviewer was given. */
  characters: z.number().int().nonnegative(),
  /** Its text was cut at the limit, or a PDF's later pages were left out. */
  truncated: z.boolean().optional(),
  /** A PDF's number of pages. */
  pages: z.number().int().nonnegative().optional(),
});

/** One message of an interview as `history` replays it: what the person saw, not the engine's record. */
export const historyMessageSchema = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string(),
  timestamp: z.string(),
  /** Images the person attached, by where they were saved in the project. */
  attachments: z.array(z.object({ filename: z.string(), saved_as: z.string() })).optional(),
  /** Documents the person attached, as chips: name, kind, size; their text went to the interviewer, not here. */
  documents: z.array(historyDocumentSchema).optional(),
  /** The structured question this assistant message asked. */
  question: z.object({ questions: z.array(questionSchema), tool_id: z.string() }).optional(),
  /** The person's answers, when this user message answered a question. */
  answers: answersSchema.optional(),
  /** Set on an assistant message a crash or a Stop cut short. */
  interrupted: z.boolean().optional(),
  /**
   * Specwright's own: the `notice` lines the turn showed with this assistant message
   * (each tool call Specwright refused), in the order they came. `at` is where: how many
   * characters of `content` came before it. Derived from the kept interview.
   */
  notices: z
    .array(z.object({ kind: z.enum(NOTICE_KINDS), content: z.string(), at: z.number().int().nonnegative() }))
    .optional(),
});

export const phaseSchema = z.object({
  id: z.string(),
  title: z.string(),
  index: z.number().int(),
  total: z.number().int(),
});

export const errorFrameSchema = z.object({
  type: z.literal("error"),
  /** Words for the person. */
  content: z.string(),
  /** What went wrong, for programs (src/types/error-codes.ts). */
  code: z.enum(ERROR_CODE_LIST),
  /** Whether sending the same thing again could work. */
  retryable: z.boolean(),
});

/**
 * What a running turn is doing now: `waiting` for the model; `retrying` (retry `attempt`
 * of at most `max_attempts`, after `wait_ms`, because of `reason`); a `tool` starting
 * (its name, and the project-relative `path` it names); `checking` the spec file at `path`
 * just written, before its outcome is told. Transient, never in `history`'s
 * messages. `elapsed_ms` is set only in `history`: how long ago it began.
 */
export const activityFrameSchema = z.object({
  type: z.literal("activity"),
  kind: z.enum(ACTIVITY_KINDS),
  attempt: z.number().int().positive().optional(),
  max_attempts: z.number().int().positive().optional(),
  wait_ms: z.number().int().nonnegative().optional(),
  reason: z.enum(RETRY_REASONS).optional(),
  tool: z.string().optional(),
  path: z.string().optional(),
  elapsed_ms: z.number().int().nonnegative().optional(),
});

export const serverFrameSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), content: z.string() }),
  z.object({ type: z.literal("question"), questions: z.array(questionSchema).min(1), tool_id: z.string() }),
  z.object({ type: z.literal("file_written"), path: z.string() }),
  z.object({ type: z.literal("spec_complete"), path: z.string(), changes: specChangesSchema.optional() }),
  z.object({ type: z.literal("response_done") }),
  z.object({ type: z.literal("complete"), path: z.string() }),
  errorFrameSchema,
  z.object({ type: z.literal("pong") }),
  z.object({
    type: z.literal("phase"),
    id: z.string(),
    title: z.string(),
    index: z.number().int(),
    total: z.number().int(),
  }),
  z.object({
    type: z.literal("usage"),
    turn: tokenUsageSchema,
    total: tokenUsageSchema,
    cost_usd: z.number().nonnegative().optional(),
  }),
  /** The interview so far: the answer to `resume`, and what other windows get when a `start` replaces it. */
  z.object({
    type: z.literal("history"),
    messages: z.array(historyMessageSchema),
    pending_question: z.object({ questions: z.array(questionSchema).min(1), tool_id: z.string() }).nullable(),
    phase: phaseSchema.nullable(),
    usage: z.object({ total: tokenUsageSchema, cost_usd: z.number().nonnegative().optional() }).nullable(),
    complete: z.boolean(),
    engine: z.string(),
    model: z.string().nullable(),
    /** A turn is running (begun in another window, say): its remaining frames follow, and the last message is its reply so far. */
    busy: z.boolean().optional(),
    /** The last turn was cut off (a crash, a Stop, an error): a `retry` runs it again. */
    can_retry: z.boolean().optional(),
    /** With `busy`: what the running turn is doing now, as its last `activity` frame said. */
    activity: activityFrameSchema.optional(),
  }),
  /**
   * A line for the person about what happened in the turn that is neither party's words:
   * a tool call Specwright refused (what the interviewer tried and why), or how far a
   * stopped turn got. Words for the person; `kind` is for programs.
   */
  z.object({
    type: z.literal("notice"),
    kind: z.enum(NOTICE_KINDS),
    content: z.string(),
  }),
  activityFrameSchema,
]);

export type HistoryMessage = z.output<typeof historyMessageSchema>;
export type HistoryDocument = z.output<typeof historyDocumentSchema>;
export type HistoryFrame = Extract<z.output<typeof serverFrameSchema>, { type: "history" }>;

export type ErrorFrame = z.output<typeof errorFrameSchema>;
export type ActivityFrame = z.output<typeof activityFrameSchema>;
export type ServerFrame = z.output<typeof serverFrameSchema>;
export type ServerFrameType = ServerFrame["type"];

/** An `error` frame: the person's words, with the code and retryability from the registry. */
export function errorFrame(code: ErrorCode, content: string): ErrorFrame {
  return { type: "error", content, code, retryable: ERROR_CODES[code].retryable };
}
