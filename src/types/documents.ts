/**
 * A person's own documents (an existing PRD, notes, a spec) attached to a message: the
 * kinds Specwright reads, how they are named to a person, and the limits on reading
 * them. Shared by the server (which tells the kind from the bytes) and the page (which
 * offers them in its file picker and shows each one as a chip).
 */
export const DOCUMENT_KINDS = ["markdown", "text", "pdf", "docx"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** How a person knows each kind: on a chip, in an error, in the interviewer's heading. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  markdown: "Markdown",
  text: "Plain text",
  pdf: "PDF",
  docx: "Word",
};

/** The media type each kind is, once its bytes have said which it is. */
export const DOCUMENT_MIME_TYPES: Record<DocumentKind, string> = {
  markdown: "text/markdown",
  text: "text/plain",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The names a file picker offers (the server goes by the bytes, not by these). */
export const DOCUMENT_FILE_EXTENSIONS = [".md", ".markdown", ".txt", ".text", ".pdf", ".docx"] as const;

/** What reading one document may cost; each is a setting (SPECWRIGHT_MAX_DOCUMENT_…). */
export interface DocumentLimits {
  /** The largest document, as attached, in bytes. */
  maxBytes: number;
  /** The most text the interviewer is given of one document; longer text is cut with a note. */
  maxCharacters: number;
  /** The most pages of a PDF that are read; later pages are left out with a note. */
  maxPages: number;
  /** The most a document's compressed parts may expand to (a zip bomb, a PDF bomb), in bytes. */
  maxExpandedBytes: number;
  /** How long reading one document may take before it is given up. */
  readTimeoutMs: number;
}

export const DEFAULT_DOCUMENT_LIMITS: Readonly<DocumentLimits> = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxCharacters: 200_000,
  maxPages: 500,
  maxExpandedBytes: 64 * 1024 * 1024,
  readTimeoutMs: 20_000,
});

/** The line that opens a document's text in what the interviewer reads (the skills describe it). */
export function documentHeading(name: string, description: string): string {
  return `=== Attached document: ${name} (${description}) ===`;
}

/** The line that closes it. */
export function documentEnd(name: string): string {
  return `=== End of ${name} ===`;
}

const HEADING_LINES = /^=== (?:Attached document: .* \(.*\)|End of .*) ===$\n?/gm;

/**
 * The person's words with their documents' texts, without the lines that open and close
 * each document: for an interviewer that reads what a person wrote as they wrote it
 * (the guided one), so a pasted PRD reads as if it had been typed.
 */
export function withoutDocumentHeadings(text: string): string {
  return text.replace(HEADING_LINES, "");
}
