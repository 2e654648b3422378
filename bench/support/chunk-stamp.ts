/**
 * Times written into the streamed text itself, so they cross every process boundary
 * untouched: the fake provider puts a stamp at the head of each text chunk, holding when
 * it read the request and when it wrote that chunk (both on the shared clock), and the
 * client that receives the chunk, relayed by `specwright serve`, reads it back. No
 * bookkeeping joins the two sides: the text carries it.
 *
 * A stamp is `~a<16 digits>w<16 digits>~`. The provider renders every chunk with the
 * placeholder `~a…w0000000000000000~` and fills in the write time as it writes the
 * event, digits for digits, so the event's length and JSON stay as they were.
 */

const DIGITS = 16;
const ZEROS = "0".repeat(DIGITS);

/** The length of a stamp in characters. */
export const STAMP_LENGTH = `~a${ZEROS}w${ZEROS}~`.length;

const STAMP_PATTERN = /~a(\d{16})w(\d{16})~/g;

function digits(value: number): string {
  const text = String(Math.max(0, Math.round(value)));
  if (text.length > DIGITS) throw new Error(`a time of ${text} µs does not fit a stamp`);
  return text.padStart(DIGITS, "0");
}

/** The stamp a chunk starts with before it is written: the request's arrival, and a write time still to fill in. */
export function stampPlaceholder(arrivalUs: number): string {
  return `~a${digits(arrivalUs)}w${ZEROS}~`;
}

/**
 * Fills in the write time of the first unfilled stamp in `event` (a framed SSE event).
 * Events without one come back as they were.
 */
export function fillStamp(event: string, writeUs: number): string {
  const at = event.indexOf(`w${ZEROS}~`);
  if (at < 0) return event;
  return `${event.slice(0, at + 1)}${digits(writeUs)}${event.slice(at + 1 + DIGITS)}`;
}

/** One chunk's times, as the provider stamped them. */
export interface Stamp {
  /** When the provider had read the request this chunk answers. */
  arrivalUs: number;
  /** When the provider wrote the chunk to its socket. */
  writeUs: number;
}

/**
 * Reads the stamps in streamed text, which may arrive cut anywhere: feed it the text as
 * it comes; it returns the stamps completed so far and keeps a possible partial one.
 */
export class StampReader {
  private tail = "";

  push(text: string): Stamp[] {
    const buffer = this.tail + text;
    const found: Stamp[] = [];
    let end = 0;
    for (const match of buffer.matchAll(STAMP_PATTERN)) {
      found.push({ arrivalUs: Number(match[1]), writeUs: Number(match[2]) });
      end = (match.index ?? 0) + match[0].length;
    }
    // Keep what could still be the start of a stamp cut off by the end of this piece.
    const rest = buffer.slice(end);
    const open = rest.lastIndexOf("~");
    this.tail = open >= 0 && rest.length - open < STAMP_LENGTH ? rest.slice(open) : "";
    return found;
  }
}
