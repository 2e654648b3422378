import { counted } from "../../store/index.js";
import { DEFAULT_DOCUMENT_LIMITS, type DocumentKind, type DocumentLimits } from "../../types/documents.js";
import type { ErrorCode } from "../../types/error-codes.js";
import { DamagedPartError, ExpansionLimitError, pdfExpansion, zipExpansion } from "./expansion-bound.js";
import { readInWorker, type WorkerOutcome } from "./read-in-worker.js";
import { type Sniffed, sniffDocument } from "./sniff-document.js";

/** A file as it was attached: its name, the type its sender declared, its bytes. */
export interface AttachedFile {
  filename: string;
  declaredType: string;
  bytes: Uint8Array;
}

/** A document read: what it is, and the text the interviewer is given of it. */
export interface ReadDocument {
  filename: string;
  kind: DocumentKind;
  bytes: Uint8Array;
  /** Its text, cut at the character limit; `cut` says so when it was. */
  text: string;
  /** Why the text is not the whole document (the character or page limit), in a sentence; null when it is. */
  cut: string | null;
  /** A PDF's number of pages. */
  pages?: number;
}

export type DocumentRefusalCode = Extract<
  ErrorCode,
  "document_unsupported" | "document_too_large" | "document_unreadable"
>;

export type ReadOutcome =
  | { ok: true; document: ReadDocument }
  | { ok: false; code: DocumentRefusalCode; reason: string };

/** What the JavaScript heap of a reading worker may hold besides what its document expands to. */
const BASE_MEMORY_BYTES = 256 * 1024 * 1024;

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
}

/** Cuts `text` at `max` characters, at the last line or word break near the end when there is one. */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const at = Math.max(head.lastIndexOf("\n"), head.lastIndexOf(" "));
  return (at > max * 0.9 ? head.slice(0, at) : head).trimEnd();
}

/**
 * Reads the documents people attach: Markdown and plain text, PDF (PDF.js) and Word
 * .docx (mammoth). The kind comes from the bytes; the work is bounded at every step:
 * the file's size, what its compressed parts expand to (measured before a reader sees
 * them), the pages read, the text kept, and a worker thread with a time limit and a
 * memory cap for the readers themselves. Documents are read one at a time per process,
 * so those bounds hold for the process, not per document at once.
 */
/** Documents are read one at a time in a process, whoever reads them: see DocumentReader. */
let queue: Promise<unknown> = Promise.resolve();

export class DocumentReader {
  readonly limits: DocumentLimits;

  constructor(limits: Partial<DocumentLimits> = {}) {
    this.limits = { ...DEFAULT_DOCUMENT_LIMITS, ...limits };
  }

  /** Reads one file, after those attached before it (by anyone) are read. */
  read(file: AttachedFile): Promise<ReadOutcome> {
    const next = queue.then(() => this.readNow(file));
    queue = next.catch(() => {});
    return next;
  }

  private async readNow(file: AttachedFile): Promise<ReadOutcome> {
    const { limits } = this;
    if (file.bytes.length > limits.maxBytes)
      return refuse(
        "document_too_large",
        `is ${formatBytes(file.bytes.length)}, more than the ${formatBytes(limits.maxBytes)} a document may be`,
      );
    if (file.bytes.length === 0) return refuse("document_unsupported", "is empty");
    const sniffed = sniffDocument(file.bytes, file.filename, file.declaredType);
    if ("unsupported" in sniffed)
      return refuse(
        "document_unsupported",
        `is ${sniffed.unsupported}, not a document Specwright reads (Markdown, plain text, PDF or Word .docx)${sniffed.hint ? `: ${sniffed.hint}` : ""}`,
      );
    if ("damaged" in sniffed) return refuse("document_unreadable", `could not be read: ${sniffed.damaged}`);
    if (sniffed.kind === "markdown" || sniffed.kind === "text")
      return this.finish(file, sniffed.kind, sniffed.text.trim(), null);
    const bound = await this.expansionProblem(file.bytes, sniffed);
    if (bound !== null) return bound;
    const outcome: WorkerOutcome = await readInWorker(
      {
        kind: sniffed.kind,
        bytes: file.bytes,
        maxPages: limits.maxPages,
        maxCharacters: limits.maxCharacters + 1,
      },
      { timeoutMs: limits.readTimeoutMs, memoryBytes: BASE_MEMORY_BYTES + 4 * limits.maxExpandedBytes },
    );
    if (!outcome.ok) return refuse("document_unreadable", `could not be read: ${outcome.message}`);
    const pagesLeft =
      outcome.pages !== undefined && outcome.pagesRead !== undefined && outcome.pages > limits.maxPages;
    const pagesNote = pagesLeft
      ? `Only the first ${counted(limits.maxPages, "page")} of ${counted(outcome.pages ?? 0, "page")} were read.`
      : null;
    return this.finish(file, sniffed.kind, outcome.text, pagesNote, outcome.pages);
  }

  /** The refusal for a document whose compressed parts expand past the limit, or null. */
  private async expansionProblem(bytes: Uint8Array, sniffed: Sniffed): Promise<ReadOutcome | null> {
    const limit = this.limits.maxExpandedBytes;
    try {
      if ("kind" in sniffed && sniffed.kind === "docx") await zipExpansion(bytes, sniffed.entries, limit);
      else await pdfExpansion(bytes, limit);
      return null;
    } catch (error) {
      if (error instanceof ExpansionLimitError)
        return refuse(
          "document_unreadable",
          `could not be read: its compressed parts expand to more than ${formatBytes(limit)} (a zip bomb, or a file made to look like one)`,
        );
      if (error instanceof DamagedPartError)
        return refuse("document_unreadable", `could not be read: ${error.message}`);
      throw error;
    }
  }

  private finish(
    file: AttachedFile,
    kind: DocumentKind,
    text: string,
    pagesNote: string | null,
    pages?: number,
  ): ReadOutcome {
    const max = this.limits.maxCharacters;
    const kept = cutText(text, max);
    const textNote =
      kept.length < text.length
        ? `The text was cut here: Specwright gives the interviewer at most ${counted(max, "character")} of a document.`
        : null;
    const cut = [textNote, pagesNote].filter((note) => note !== null).join(" ") || null;
    return {
      ok: true,
      document: {
        filename: file.filename,
        kind,
        bytes: file.bytes,
        text: kept,
        cut,
        ...(pages !== undefined ? { pages } : {}),
      },
    };
  }
}

function refuse(code: DocumentRefusalCode, reason: string): ReadOutcome {
  return { ok: false, code, reason };
}
