import type { DocumentKind } from "../../types/documents.js";
import { looksLikeZip, type ZipEntry, ZipFormatError, zipEntries } from "./zip-entries.js";

/** What a file's bytes say it is: a document Specwright reads, or why it is none. */
export type Sniffed =
  | { kind: "pdf" }
  | { kind: "docx"; entries: ZipEntry[] }
  | { kind: Extract<DocumentKind, "markdown" | "text">; text: string }
  | { unsupported: string; hint?: string }
  | { damaged: string };

const MARKDOWN_NAME = /\.(md|markdown|mdown|mkd|mkdn)$/i;
const MARKDOWN_TYPES = new Set(["text/markdown", "text/x-markdown"]);
/** The part every Word document has (ECMA-376 Part 1, 11.3.10; Word always names it so). */
const WORD_BODY = "word/document.xml";

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** ISO 32000-1, 7.5.2: the header; readers accept it within the first 1024 bytes. */
function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString(
    "latin1",
  );
  return head.includes("%PDF-");
}

/** What bytes that are none of the documents read are, and what to do instead, so the refusal can say. */
function otherKind(bytes: Uint8Array): { unsupported: string; hint?: string } | null {
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return {
      unsupported: "an older Word or Office file (.doc, .xls, .ppt)",
      hint: "save it as .docx or PDF",
    };
  const image =
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46, 0x38) ||
    startsWith(bytes, 0x52, 0x49, 0x46, 0x46);
  if (image)
    return { unsupported: "an image", hint: "attach it as an image (PNG, JPEG, GIF or WebP) instead" };
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66))
    return { unsupported: "Rich Text (RTF)", hint: "save it as .docx, PDF or plain text" };
  return null;
}

/**
 * The text of bytes that are text: UTF-8 (a byte order mark is dropped), UTF-16 with its
 * byte order mark, or else Windows-1252, the encoding older Windows editors save in.
 * Null for binary data: a NUL byte, or more than one control character in a hundred.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (startsWith(bytes, 0xff, 0xfe)) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (startsWith(bytes, 0xfe, 0xff)) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) return null;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1252").decode(bytes);
    }
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: counting control characters is the test for binary data.
  const controls = text.match(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (text.includes("\u0000") || controls > text.length / 100) return null;
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Tells what a file is from its bytes, never from its name alone: a PDF by its header,
 * a Word document as a ZIP archive holding word/document.xml, and text as bytes that
 * decode as text; the name and the declared type only tell Markdown from plain text.
 */
export function sniffDocument(bytes: Uint8Array, filename: string, declaredType: string): Sniffed {
  if (isPdf(bytes)) return { kind: "pdf" };
  if (looksLikeZip(bytes)) {
    let entries: ZipEntry[];
    try {
      entries = zipEntries(bytes);
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      return /\.docx$/i.test(filename)
        ? { damaged: error.message }
        : { unsupported: `a ZIP archive Specwright cannot open (${error.message})` };
    }
    if (entries.some((entry) => entry.name === WORD_BODY)) return { kind: "docx", entries };
    return { unsupported: "a ZIP archive that is not a Word document (a spreadsheet, a presentation?)" };
  }
  const other = otherKind(bytes);
  if (other !== null) return other;
  const text = decodeText(bytes);
  if (text === null) return { unsupported: "binary data" };
  const markdown = MARKDOWN_NAME.test(filename) || MARKDOWN_TYPES.has(declaredType.toLowerCase());
  return { kind: markdown ? "markdown" : "text", text };
}
