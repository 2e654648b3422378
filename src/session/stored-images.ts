import { MOCKUPS_DIR } from "../app-spec/paths.js";
import { shownText } from "../store/index.js";
import type { StoredAttachment } from "../types/attachments.js";
import type { TranscriptEntry } from "../types/transcript.js";
import { openInsideProject, readOpened, resolveInsideProject, SandboxError } from "../workspace/index.js";
import { type AttachmentLimits, imageBytesProblem } from "./image-check.js";

/** A name `saveMockups` could have given: letters, digits, dots, hyphens, underscores; no leading dot. */
const MOCKUP_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}$/;

/** Whether a stored path names a file directly in prompts/mockups/, as the session saves them. */
export function isMockupPath(path: string): boolean {
  if (!path.startsWith(`${MOCKUPS_DIR}/`)) return false;
  const name = path.slice(MOCKUPS_DIR.length + 1);
  return MOCKUP_NAME.test(name) && name !== "." && name !== "..";
}

/**
 * The images of a kept interview, read again before an engine sees them. A kept
 * interview is a file anyone who can write the project can change, so each stored
 * image is treated as untrusted: its path must name a file in prompts/mockups/ (checked
 * as text first, then where the sandbox says it really is, links resolved, before a
 * byte is read), it is read through the sandbox's checked open, at most the attachment
 * limit, and its bytes must be the image its type says. Whatever fails is left out and
 * `note` says why; it is never read. Bytes the store already put in are not trusted:
 * every image with a stored path is read here.
 */
export async function reloadStoredImages(
  transcript: readonly TranscriptEntry[],
  projectDir: string,
  limits: AttachmentLimits,
  note: (message: string) => void,
): Promise<TranscriptEntry[]> {
  const reloaded: TranscriptEntry[] = [];
  for (const entry of transcript) {
    if (entry.role !== "user" || !entry.attachments || entry.attachments.length === 0) {
      reloaded.push(entry);
      continue;
    }
    const attachments: StoredAttachment[] = [];
    for (const attachment of entry.attachments) {
      const checked = await reloadOne(attachment, projectDir, limits);
      if ("skipped" in checked)
        note(`an image attached to an earlier message was left out: ${checked.skipped}`);
      else attachments.push(checked.attachment);
    }
    reloaded.push({ ...entry, attachments });
  }
  return reloaded;
}

async function reloadOne(
  attachment: StoredAttachment,
  projectDir: string,
  limits: AttachmentLimits,
): Promise<{ attachment: StoredAttachment } | { skipped: string }> {
  const named = `${shownText(attachment.filename)}`;
  if (attachment.savedAs === undefined) {
    // Kept in the interview itself (it could not be saved): its bytes are checked all the same.
    const bytes = Buffer.from(attachment.base64Data, "base64");
    const problem =
      bytes.length > limits.maxBytes
        ? "is larger than allowed"
        : imageBytesProblem(bytes, attachment.mimeType);
    return problem === null ? { attachment } : { skipped: `${named} ${problem}.` };
  }
  const path = attachment.savedAs;
  const where = `${named}, stored as ${shownText(path)},`;
  if (!isMockupPath(path))
    return { skipped: `${where} is not a file in ${MOCKUPS_DIR}/, so it was not read.` };
  try {
    // Where the path really leads, before anything is opened: a link in mockups/ may point elsewhere.
    const resolved = await resolveInsideProject(projectDir, path);
    if (!isMockupPath(resolved.relative))
      return { skipped: `${where} leads out of ${MOCKUPS_DIR}/ (a link), so it was not read.` };
    const { resolved: opened, file } = await openInsideProject(projectDir, path);
    if (file === null) return { skipped: `${where} is no longer there.` };
    try {
      if (!isMockupPath(opened.relative) || !file.stats.isFile())
        return { skipped: `${where} is not a file in ${MOCKUPS_DIR}/, so it was not read.` };
      if (file.stats.size > limits.maxBytes) return { skipped: `${where} is larger than allowed.` };
      const bytes = await readOpened(file, limits.maxBytes);
      if (bytes === null) return { skipped: `${where} is larger than allowed.` };
      const problem = imageBytesProblem(bytes, attachment.mimeType);
      if (problem !== null) return { skipped: `${where} ${problem}.` };
      return { attachment: { ...attachment, base64Data: bytes.toString("base64") } };
    } finally {
      await file.handle.close();
    }
  } catch (error) {
    if (error instanceof SandboxError)
      return { skipped: `${where} was refused by the sandbox, so it was not read.` };
    const reason = error instanceof Error ? error.message : String(error);
    return { skipped: `${where} could not be read (${reason}).` };
  }
}
