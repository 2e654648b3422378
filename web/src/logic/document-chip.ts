import { DOCUMENT_KIND_LABELS } from "../../../src/types/documents.js";
import { formatBytes } from "./attachments.js";
import type { DocumentChip } from "./conversation-state.js";

/**
 * What a document's chip says besides its name: its kind, a PDF's pages, its size, and
 * whether the interviewer got only part of its text ("PDF · 3 pages · 120 KB").
 */
export function documentChipDetails(chip: DocumentChip): string {
  const parts = [chip.kind === null ? "Document" : DOCUMENT_KIND_LABELS[chip.kind]];
  if (chip.pages !== undefined) parts.push(`${chip.pages} ${chip.pages === 1 ? "page" : "pages"}`);
  parts.push(formatBytes(chip.size));
  if (chip.truncated) parts.push("text cut at the limit");
  return parts.join(" · ");
}
