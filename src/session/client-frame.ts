import { z } from "zod";
import type { ClientFrame } from "../types/wire.js";

const answersSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

/** Attachments are checked in depth (size, bytes) by checkAttachments; here only their container. */
const FRAME_SCHEMAS = {
  start: z.object({ type: z.literal("start") }),
  cancel: z.object({ type: z.literal("cancel") }),
  ping: z.object({ type: z.literal("ping") }),
  message: z.object({
    type: z.literal("message"),
    content: z.string().optional().default(""),
    attachments: z.array(z.unknown()).optional(),
  }),
  answer: z.object({
    type: z.literal("answer"),
    answers: answersSchema.optional().default({}),
    tool_id: z.string().optional().default(""),
  }),
} as const;

export type ClientFrameType = keyof typeof FRAME_SCHEMAS;

/** A frame as parsed: attachments still unchecked. */
export type ParsedClientFrame =
  | Exclude<ClientFrame, { type: "message" }>
  | { type: "message"; content: string; attachments?: unknown[] };

export type FrameParse = { ok: true; frame: ParsedClientFrame } | { ok: false; error: string };

function isFrameType(type: string): type is ClientFrameType {
  return Object.hasOwn(FRAME_SCHEMAS, type);
}

/**
 * Reads one client frame. The error texts are the protocol's own ("Invalid JSON",
 * "Unknown message type: X"), plus plain ones for what the reference would have
 * crashed on: binary data, a JSON value that is not an object, a field of the wrong type.
 */
export function parseClientFrame(raw: string | Uint8Array, isBinary = false): FrameParse {
  if (isBinary || typeof raw !== "string") {
    return { ok: false, error: "Binary frames are not supported: send JSON text" };
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: "Invalid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, error: "A frame must be a JSON object with a string field 'type'" };
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== "string" || !isFrameType(type)) {
    return { ok: false, error: `Unknown message type: ${typeof type === "string" ? type : String(type)}` };
  }
  const parsed = FRAME_SCHEMAS[type].safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "frame";
    return { ok: false, error: `Invalid '${type}' frame: ${field} ${issue?.message ?? "is invalid"}` };
  }
  return { ok: true, frame: parsed.data as ParsedClientFrame };
}
