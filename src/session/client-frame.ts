import { CLIENT_FRAME_TYPES, type ClientFrame, clientFrameSchema } from "../types/wire.js";

export type FrameParse = { ok: true; frame: ClientFrame } | { ok: false; error: string };

/**
 * Reads one client frame with the wire contract. The error texts are the protocol's
 * own ("Invalid JSON", "Unknown message type: X"), plus plain ones for what the
 * reference would have crashed on: binary data, a JSON value that is not an object, a
 * field of the wrong type. Every refusal here is error code `invalid_frame`.
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
  if (typeof type !== "string" || !(CLIENT_FRAME_TYPES as readonly string[]).includes(type)) {
    return { ok: false, error: `Unknown message type: ${typeof type === "string" ? type : String(type)}` };
  }
  const parsed = clientFrameSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "frame";
    return { ok: false, error: `Invalid '${type}' frame: ${field} ${issue?.message ?? "is invalid"}` };
  }
  return { ok: true, frame: parsed.data };
}
