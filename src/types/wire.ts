import { z } from "zod";
import { ERROR_CODE_LIST, ERROR_CODES, type ErrorCode } from "./error-codes.js";
import { answersSchema, questionSchema } from "./questions.js";
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
 * (error code `invalid_attachment`).
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
]);

export type ClientFrame = z.output<typeof clientFrameSchema>;
export type ClientFrameType = ClientFrame["type"];
export const CLIENT_FRAME_TYPES: readonly ClientFrameType[] = clientFrameSchema.options.map(
  (option) => option.shape.type.value,
);

// Server → client.

export const errorFrameSchema = z.object({
  type: z.literal("error"),
  /** Words for the person. */
  content: z.string(),
  /** What went wrong, for programs (src/types/error-codes.ts). */
  code: z.enum(ERROR_CODE_LIST),
  /** Whether sending the same thing again could work. */
  retryable: z.boolean(),
});

export const serverFrameSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), content: z.string() }),
  z.object({ type: z.literal("question"), questions: z.array(questionSchema).min(1), tool_id: z.string() }),
  z.object({ type: z.literal("file_written"), path: z.string() }),
  z.object({ type: z.literal("spec_complete"), path: z.string() }),
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
]);

export type ErrorFrame = z.output<typeof errorFrameSchema>;
export type ServerFrame = z.output<typeof serverFrameSchema>;
export type ServerFrameType = ServerFrame["type"];

/** An `error` frame: the person's words, with the code and retryability from the registry. */
export function errorFrame(code: ErrorCode, content: string): ErrorFrame {
  return { type: "error", content, code, retryable: ERROR_CODES[code].retryable };
}
