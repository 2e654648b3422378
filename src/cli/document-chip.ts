import { DOCUMENT_KIND_LABELS } from "../types/documents.js";
import type { HistoryDocument } from "../types/wire.js";
import { formatSize } from "./attach-files.js";

/**
 * An attached document as the terminal names it, as the studio's chip does: its name,
 * kind and size ("prd.pdf, PDF, 3 pages, 120 KB"), and whether its text was cut. Its
 * name is the person's file's: the caller makes it safe for the terminal.
 */
export function documentChip(document: HistoryDocument): string {
  const pages =
    document.pages === undefined ? "" : `, ${document.pages} ${document.pages === 1 ? "page" : "pages"}`;
  const cut = document.truncated ? ", cut" : "";
  return `${document.filename}, ${DOCUMENT_KIND_LABELS[document.kind]}${pages}, ${formatSize(document.size)}${cut}`;
}
