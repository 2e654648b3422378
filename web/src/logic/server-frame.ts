import { type ServerFrame, serverFrameSchema } from "../../../src/types/wire.js";

/**
 * A frame from the server, read with the wire contract (src/types/wire.ts), or null for
 * anything the page cannot use: text that is not JSON, a frame type it does not know
 * (the protocol lets a server add some), or a known type with fields missing.
 */
export function parseServerFrame(data: string): ServerFrame | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = serverFrameSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
