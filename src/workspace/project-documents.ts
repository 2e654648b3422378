import { readdir } from "node:fs/promises";
import { extname, join } from "node:path";
import { writeFileInside } from "./atomic-write.js";
import { resolveInsideProject, SandboxError, STATE_DIR } from "./sandbox.js";

/**
 * Where the documents a person attached are kept: beside the interview, out of
 * `prompts/` (which is the coding agent's) and out of the interviewer's tools' reach.
 */
export const DOCUMENTS_DIR = `${STATE_DIR}/documents`;

/** What a kept document's text file is called: the original's name and this. */
export const DOCUMENT_TEXT_SUFFIX = ".txt";

/** A name safe on every file system, keeping the person's own where it can. */
function safeStem(filename: string): string {
  const stem = filename.slice(0, filename.length - extname(filename).length);
  const cleaned = stem
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 60);
  return cleaned.length > 0 ? cleaned : "document";
}

async function namesTaken(projectDir: string): Promise<Set<string>> {
  try {
    return new Set(await readdir(join(projectDir, DOCUMENTS_DIR)));
  } catch {
    return new Set();
  }
}

/** Where one document and its text were kept, relative to the project folder. */
export interface KeptDocument {
  savedAs: string;
  textAs: string;
}

/**
 * Keeps a document the person attached, and the text read from it beside it
 * (`<name>.pdf` and `<name>.pdf.txt`), in `.specwright/documents/`: a name of its own
 * that no earlier document has, each file written through the sandbox's checked,
 * atomic write (a link put in the way is refused, a reader never sees half a file).
 * `extension` is the kind's own (".pdf"), whatever the file was called.
 */
export async function keepProjectDocument(
  projectDir: string,
  filename: string,
  extension: string,
  bytes: Uint8Array,
  text: string,
): Promise<KeptDocument> {
  const taken = await namesTaken(projectDir);
  const stem = safeStem(filename);
  let name = `${stem}${extension}`;
  for (let counter = 2; taken.has(name) || taken.has(`${name}${DOCUMENT_TEXT_SUFFIX}`); counter++)
    name = `${stem}-${counter}${extension}`;
  const savedAs = `${DOCUMENTS_DIR}/${name}`;
  const textAs = `${savedAs}${DOCUMENT_TEXT_SUFFIX}`;
  await writeFileInside(projectDir, await documentPath(projectDir, savedAs), bytes);
  await writeFileInside(projectDir, await documentPath(projectDir, textAs), text);
  return { savedAs, textAs };
}

/** Where a document's file really is, refused unless that is in the documents folder (no link leads elsewhere). */
async function documentPath(projectDir: string, path: string): Promise<string> {
  const resolved = await resolveInsideProject(projectDir, path);
  if (resolved.relative !== path)
    throw new SandboxError(
      `Refused: ${DOCUMENTS_DIR}/ leads elsewhere (a symbolic link); the document was not kept.`,
    );
  return resolved.absolute;
}
