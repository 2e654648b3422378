import { counted } from "../../store/index.js";
import { DOCUMENT_KIND_LABELS, documentEnd, documentHeading } from "../../types/documents.js";
import type { ReadDocument } from "./document-reader.js";

/** Longest document name a heading carries. */
const MAX_HEADING_NAME = 120;

/**
 * A document's name as its heading shows it: on one line, without control or
 * direction characters, at most 120 characters, so no name can end its heading early
 * or pass for another line of the conversation.
 */
export function headingName(filename: string): string {
  const flat = filename
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is what it is for.
    .replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]+/gu, " ")
    .replace(/=+/g, "=")
    .trim();
  return flat.length > MAX_HEADING_NAME ? `${flat.slice(0, MAX_HEADING_NAME)}…` : flat;
}

/** What a heading says about a document besides its name: its kind, and a PDF's pages. */
function description(document: ReadDocument): string {
  const kind = DOCUMENT_KIND_LABELS[document.kind];
  return document.pages === undefined ? kind : `${kind}, ${counted(document.pages, "page")}`;
}

/**
 * The person's message as the interviewer reads it: their words, then each document's
 * text between a heading with its name and an end line, and a note where the text was
 * cut. Every engine reads this same text (the skills tell a model what the headings
 * mean); the conversation shows the words alone, with the documents as chips.
 */
export function textWithDocuments(typed: string, documents: readonly ReadDocument[]): string {
  const parts = typed.trim().length > 0 ? [typed.trimEnd()] : [];
  for (const document of documents) {
    const name = headingName(document.filename);
    const lines = [documentHeading(name, description(document))];
    if (document.text.length > 0) lines.push(document.text);
    else lines.push("[No text could be found in this document: it may hold only pictures or scans.]");
    if (document.cut) lines.push(`[${document.cut}]`);
    lines.push(documentEnd(name));
    parts.push(lines.join("\n"));
  }
  return parts.join("\n\n");
}
