import { mkdir, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import type { StoredAttachment } from "../types/attachments.js";
import type { TranscriptEntry } from "../types/transcript.js";
import { writeFileAtomic } from "../workspace/index.js";
import { type StoredSession, storedSessionSchema } from "./stored-session.js";

/** Specwright's own files inside a project folder, out of reach of the model's tools (they write prompts/ only). */
const STATE_DIR = ".specwright";
const CURRENT_FILE = "session.json";
const EARLIER_DIR = "sessions";

/**
 * Keeps each project's interview on disk, so that a restart, a crash or a closed
 * terminal loses nothing. One current session per project; starting a new interview
 * moves the previous one to `.specwright/sessions/` instead of overwriting it.
 */
export class SessionStore {
  constructor(private readonly projectsDir: string) {}

  private stateDir(projectName: string): string {
    return join(this.projectsDir, projectName, STATE_DIR);
  }

  async load(projectName: string): Promise<StoredSession | null> {
    let text: string;
    try {
      text = await readFile(join(this.stateDir(projectName), CURRENT_FILE), "utf8");
    } catch {
      return null;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return null;
    }
    const parsed = storedSessionSchema.safeParse(value);
    if (!parsed.success) return null;
    const stored = parsed.data;
    return { ...stored, transcript: await this.withImages(projectName, stored.transcript) };
  }

  async save(session: StoredSession): Promise<void> {
    const dir = this.stateDir(session.projectName);
    await mkdir(dir, { recursive: true });
    const slim = { ...session, transcript: session.transcript.map(withoutSavedImageData) };
    await writeFileAtomic(join(dir, CURRENT_FILE), `${JSON.stringify(slim)}\n`);
  }

  /** Moves the current session aside (when a new interview starts); it is never deleted. */
  async archive(projectName: string): Promise<void> {
    const dir = this.stateDir(projectName);
    const current = await this.load(projectName);
    if (!current) return;
    await mkdir(join(dir, EARLIER_DIR), { recursive: true });
    const stamp = current.createdAt.replaceAll(":", "-");
    await rename(join(dir, CURRENT_FILE), join(dir, EARLIER_DIR, `${stamp}.json`)).catch(() => {});
  }

  /** Images were stored as paths; the engines get their bytes back from prompts/mockups/. */
  private async withImages(projectName: string, transcript: TranscriptEntry[]): Promise<TranscriptEntry[]> {
    const projectDir = join(this.projectsDir, projectName);
    return Promise.all(
      transcript.map(async (entry) => {
        if (entry.role !== "user" || !entry.attachments) return entry;
        const attachments = await Promise.all(
          entry.attachments.map(async (attachment): Promise<StoredAttachment> => {
            if (attachment.base64Data || !attachment.savedAs) return attachment;
            const bytes = await readFile(join(projectDir, attachment.savedAs)).catch(() => null);
            return { ...attachment, base64Data: bytes ? bytes.toString("base64") : "" };
          }),
        );
        return { ...entry, attachments: attachments.filter((attachment) => attachment.base64Data) };
      }),
    );
  }
}

function withoutSavedImageData(entry: TranscriptEntry): TranscriptEntry {
  if (entry.role !== "user" || !entry.attachments) return entry;
  return {
    ...entry,
    attachments: entry.attachments.map((attachment) =>
      attachment.savedAs ? { ...attachment, base64Data: "" } : attachment,
    ),
  };
}
