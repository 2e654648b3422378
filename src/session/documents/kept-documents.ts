import type { DocumentKind } from "../../types/documents.js";
import type { StoredDocument, UserEntry } from "../../types/transcript.js";
import { keepProjectDocument } from "../../workspace/index.js";
import type { ReadDocument } from "./document-reader.js";
import { textWithDocuments } from "./document-text.js";

/** The extension each kind is kept under, whatever the file was called. */
const EXTENSIONS: Record<DocumentKind, string> = {
  markdown: ".md",
  text: ".txt",
  pdf: ".pdf",
  docx: ".docx",
};

/**
 * The person's entry for a message with documents: each document kept in the project
 * (`.specwright/documents/`, the original and its text), `text` what the interviewer
 * reads, `typed` the words the conversation shows, `documents` the chips. A document
 * that cannot be kept (a full disk, a link in the way) is still read by the interviewer;
 * it only has no `savedAs`, as an image that could not be saved.
 */
export async function entryWithDocuments(
  projectDir: string,
  typed: string,
  documents: readonly ReadDocument[],
): Promise<{ text: string; extra: Partial<UserEntry> }> {
  if (documents.length === 0) return { text: typed, extra: {} };
  const stored: StoredDocument[] = [];
  for (const document of documents) {
    const kept = await keepProjectDocument(
      projectDir,
      document.filename,
      EXTENSIONS[document.kind],
      document.bytes,
      document.cut ? `${document.text}\n\n[${document.cut}]\n` : `${document.text}\n`,
    ).catch(() => null);
    stored.push({
      filename: document.filename,
      kind: document.kind,
      bytes: document.bytes.length,
      ...(kept ?? {}),
      characters: document.text.length,
      ...(document.cut ? { truncated: true } : {}),
      ...(document.pages !== undefined ? { pages: document.pages } : {}),
    });
  }
  return { text: textWithDocuments(typed, documents), extra: { typed, documents: stored } };
}
