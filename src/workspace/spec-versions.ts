import { createHash, randomBytes } from "node:crypto";
import { link, lstat, readdir, realpath, unlink } from "node:fs/promises";
import { join } from "node:path";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, SPEC_HISTORY_DIR } from "../app-spec/paths.js";
import { writeFileAtomic } from "./atomic-write.js";
import { folderIdentity, makeFolderInside, openInsideProject } from "./checked-open.js";
import { errorCode } from "./error-code.js";
import { readSpecStatusFile } from "./inspect-spec.js";
import { readProjectBytes } from "./read-inside.js";

/**
 * Every version of the spec files, kept in `.specwright/versions/`: outside `prompts/`,
 * so no interviewer can read, change or remove them (the file tools refuse
 * `.specwright/`), and outside the size limits of `prompts/`.
 *
 * One file per version, `<n>.version`: a first line of JSON saying which file it is,
 * when and how it was made, then the file's bytes exactly. A version is written whole
 * under a temporary name and then linked to its number, which fails if the number is
 * taken: two writers never share a number, and a reader never sees half a version.
 */
export const SPEC_VERSIONS_DIR = ".specwright/versions";

/** The files whose every version is kept. */
export const VERSIONED_FILES = [APP_SPEC_PATH, INITIALIZER_PROMPT_PATH] as const;
export type VersionedFile = (typeof VERSIONED_FILES)[number];

/**
 * How a version came to be: written during an `interview` (before the spec was first
 * complete) or as a `chat` change after it; a `page` edit; a `rest` write; a `restore` of
 * an earlier version; `found` on disk, changed outside Specwright (or before versions
 * were kept) and kept before it was overwritten; a `backup` that an earlier Specwright
 * made in `prompts/history/<n>/`.
 */
export const SPEC_VERSION_SOURCES = [
  "interview",
  "chat",
  "page",
  "rest",
  "restore",
  "found",
  "backup",
] as const;
export type SpecVersionSource = (typeof SPEC_VERSION_SOURCES)[number];

export interface SpecVersion {
  /** `12` for a kept version, `history-3-app_spec` for an old backup in `prompts/history/`. */
  id: string;
  file: VersionedFile;
  source: SpecVersionSource;
  /** When it was made (ISO 8601). */
  at: string;
  bytes: number;
  /** The version a `restore` brought back. */
  restoredFrom?: string;
}

interface Header {
  file: VersionedFile;
  source: SpecVersionSource;
  at: string;
  bytes: number;
  sha256: string;
  restored_from?: string;
}

/** A header line is short; this is plenty and bounds what a listing reads of each version. */
const HEADER_BYTES = 4096;
const VERSION_NAME = /^(\d{1,12})\.version$/;
const LEGACY_ID = /^history-(\d{1,12})-(app_spec|initializer_prompt)$/;
const LEGACY_NAMES: Record<string, VersionedFile> = {
  app_spec: APP_SPEC_PATH,
  initializer_prompt: INITIALIZER_PROMPT_PATH,
};

export function isVersionedFile(path: string): path is VersionedFile {
  return (VERSIONED_FILES as readonly string[]).includes(path);
}

export function isSpecVersionId(id: string): boolean {
  return /^\d{1,12}$/.test(id) || LEGACY_ID.test(id);
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function parseHeader(line: string): Header | null {
  try {
    const value = JSON.parse(line) as Partial<Header>;
    if (typeof value !== "object" || value === null) return null;
    if (!isVersionedFile(String(value.file))) return null;
    if (!(SPEC_VERSION_SOURCES as readonly string[]).includes(String(value.source))) return null;
    if (typeof value.at !== "string" || typeof value.bytes !== "number" || typeof value.sha256 !== "string")
      return null;
    return value as Header;
  } catch {
    return null;
  }
}

function toVersion(id: string, header: Header): SpecVersion {
  return {
    id,
    file: header.file,
    source: header.source,
    at: header.at,
    bytes: header.bytes,
    ...(header.restored_from ? { restoredFrom: header.restored_from } : {}),
  };
}

/** The header of one kept version, read through a checked handle (at most its first few KiB). */
async function readHeader(projectDir: string, name: string): Promise<Header | null> {
  const { file } = await openInsideProject(projectDir, `${SPEC_VERSIONS_DIR}/${name}`).catch(() => ({
    file: null,
  }));
  if (file === null) return null;
  try {
    if (!file.stats.isFile()) return null;
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await file.handle.read(buffer, 0, HEADER_BYTES, 0);
    const end = buffer.subarray(0, bytesRead).indexOf(10);
    return end < 0 ? null : parseHeader(buffer.subarray(0, end).toString("utf8"));
  } finally {
    await file.handle.close();
  }
}

async function keptNumbers(projectDir: string): Promise<number[]> {
  const names = await readdir(join(await realpath(projectDir), SPEC_VERSIONS_DIR)).catch((error: unknown) => {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") return [] as string[];
    throw error;
  });
  return names.flatMap((name) => {
    const match = VERSION_NAME.exec(name);
    return match ? [Number(match[1])] : [];
  });
}

async function keptVersions(projectDir: string): Promise<(SpecVersion & { sha256: string })[]> {
  const numbers = (await keptNumbers(projectDir)).sort((a, b) => b - a);
  const versions = await Promise.all(
    numbers.map(async (number) => {
      const header = await readHeader(projectDir, `${number}.version`);
      return header ? { ...toVersion(String(number), header), sha256: header.sha256 } : null;
    }),
  );
  return versions.filter((version) => version !== null);
}

/** The name a spec file had in a `prompts/history/<n>/` backup. */
function baseName(file: VersionedFile): string {
  return file.slice(file.lastIndexOf("/") + 1);
}

/** Backups an earlier Specwright kept in `prompts/history/<n>/`, read as versions (never written any more). */
async function legacyVersions(projectDir: string): Promise<SpecVersion[]> {
  const historyDir = join(await realpath(projectDir), SPEC_HISTORY_DIR);
  const names = await readdir(historyDir).catch(() => [] as string[]);
  const found: SpecVersion[] = [];
  for (const name of names.filter((candidate) => /^\d{1,12}$/.test(candidate))) {
    for (const [key, file] of Object.entries(LEGACY_NAMES)) {
      // lstat: a link is not a backup, and its target is never looked at.
      const stats = await lstat(join(historyDir, name, baseName(file))).catch(() => null);
      if (!stats?.isFile()) continue;
      found.push({
        id: `history-${name}-${key}`,
        file,
        source: "backup",
        at: stats.mtime.toISOString(),
        bytes: stats.size,
      });
    }
  }
  return found.sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * Every version of the spec files, newest first: those kept in `.specwright/versions/`,
 * then the backups in `prompts/history/` that an earlier Specwright made.
 */
export async function listSpecVersions(projectDir: string): Promise<SpecVersion[]> {
  const [kept, legacy] = await Promise.all([keptVersions(projectDir), legacyVersions(projectDir)]);
  return [...kept.map(({ sha256: _hash, ...version }) => version), ...legacy];
}

/** One version and its text, or null when there is no such version. */
export async function readSpecVersion(
  projectDir: string,
  id: string,
): Promise<{ version: SpecVersion; text: string } | null> {
  const legacy = LEGACY_ID.exec(id);
  if (legacy) {
    const file = LEGACY_NAMES[legacy[2]!]!;
    const path = `${SPEC_HISTORY_DIR}/${legacy[1]}/${baseName(file)}`;
    const bytes = await readProjectBytes(projectDir, path);
    if (bytes === null) return null;
    const stats = await lstat(join(await realpath(projectDir), path)).catch(() => null);
    return {
      version: {
        id,
        file,
        source: "backup",
        at: (stats?.mtime ?? new Date(0)).toISOString(),
        bytes: bytes.length,
      },
      text: bytes.toString("utf8"),
    };
  }
  if (!/^\d{1,12}$/.test(id)) return null;
  const bytes = await readProjectBytes(projectDir, `${SPEC_VERSIONS_DIR}/${Number(id)}.version`);
  if (bytes === null) return null;
  const end = bytes.indexOf(10);
  const header = end < 0 ? null : parseHeader(bytes.subarray(0, end).toString("utf8"));
  if (header === null) return null;
  return { version: toVersion(String(Number(id)), header), text: bytes.subarray(end + 1).toString("utf8") };
}

/** The newest kept version of a file, with its hash, or null when none was kept. */
async function latestKept(projectDir: string, file: VersionedFile): Promise<{ sha256: string } | null> {
  return (await keptVersions(projectDir)).find((version) => version.file === file) ?? null;
}

export interface RecordOptions {
  /** The version a restore brings back. */
  restoredFrom?: string;
  now?: () => Date;
}

/**
 * Keeps `text` as the newest version of `file`, unless it is already the newest (a
 * save that changed nothing, say). Answers the version kept, or null.
 */
export async function recordSpecVersion(
  projectDir: string,
  file: VersionedFile,
  text: string | Uint8Array,
  source: SpecVersionSource,
  options: RecordOptions = {},
): Promise<SpecVersion | null> {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
  const hash = sha256(bytes);
  if ((await latestKept(projectDir, file))?.sha256 === hash) return null;
  const header: Header = {
    file,
    source,
    at: (options.now?.() ?? new Date()).toISOString(),
    bytes: bytes.length,
    sha256: hash,
    ...(options.restoredFrom ? { restored_from: options.restoredFrom } : {}),
  };
  const number = await storeVersion(
    projectDir,
    Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bytes]),
  );
  return toVersion(String(number), header);
}

const PENDING_PREFIX = ".pending-";
/** A version still pending after this long was left by a process that died mid-write. */
const STALE_PENDING_MS = 60 * 60 * 1000;

/** Removes what a crash left between writing a version and linking it to its number. */
async function removeStalePending(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names.filter((candidate) => candidate.startsWith(PENDING_PREFIX))) {
    const stats = await lstat(join(folder, name)).catch(() => null);
    if (stats?.isFile() && Date.now() - stats.mtimeMs > STALE_PENDING_MS)
      await unlink(join(folder, name)).catch(() => {});
  }
}

/** Writes a whole version under a temporary name, then links it to the next free number. */
async function storeVersion(projectDir: string, content: Buffer): Promise<number> {
  const project = await realpath(projectDir);
  const folder = join(project, SPEC_VERSIONS_DIR);
  await makeFolderInside(project, folder);
  await folderIdentity(folder, project);
  await removeStalePending(folder);
  const pending = join(folder, `${PENDING_PREFIX}${randomBytes(6).toString("hex")}.tmp`);
  await writeFileAtomic(pending, content, { inside: project });
  try {
    for (let number = Math.max(0, ...(await keptNumbers(projectDir))) + 1; ; number++) {
      try {
        await link(pending, join(folder, `${number}.version`));
        return number;
      } catch (error) {
        if (errorCode(error) !== "EEXIST") throw error;
      }
    }
  } finally {
    await unlink(pending).catch(() => {});
  }
}

/**
 * Before `file` is overwritten: keeps what is on disk now if it is not already the
 * newest version (it was changed outside Specwright, or written before versions were
 * kept), so no write ever loses the text it replaces. Answers the version kept, or null.
 */
export async function keepCurrentVersion(
  projectDir: string,
  file: VersionedFile,
): Promise<SpecVersion | null> {
  const bytes = await readProjectBytes(projectDir, file);
  if (bytes === null) return null;
  return recordSpecVersion(projectDir, file, bytes, "found");
}

/** After `file` was written by someone else (Claude Code's own Write, say): keeps it as it is on disk now. */
export async function recordFileOnDisk(
  projectDir: string,
  file: VersionedFile,
  source: SpecVersionSource,
): Promise<SpecVersion | null> {
  const bytes = await readProjectBytes(projectDir, file);
  if (bytes === null) return null;
  return recordSpecVersion(projectDir, file, bytes, source);
}

/** Keeps both spec files as they are on disk before something rewrites them; answers whether there was an app spec. */
export async function keepCurrentSpecFiles(projectDir: string): Promise<boolean> {
  const kept = await keepCurrentVersion(projectDir, APP_SPEC_PATH);
  await keepCurrentVersion(projectDir, INITIALIZER_PROMPT_PATH);
  return kept !== null || (await readProjectBytes(projectDir, APP_SPEC_PATH)) !== null;
}

/**
 * How an interviewer's write is labelled: a `chat` change once the spec was complete
 * (its status file is there), part of the `interview` before that. A new interview on a
 * finished spec removes the status file before its first write, so its writes count as
 * the interview's until the spec is complete again.
 */
export async function interviewerWriteSource(projectDir: string): Promise<SpecVersionSource> {
  return (await readSpecStatusFile(projectDir)) === null ? "interview" : "chat";
}

/**
 * Around an interviewer's write of a project file: keeps what it replaces first (a
 * failure here refuses the write, so nothing is lost), then the text written, labelled
 * `interview` or `chat` unless `source` says otherwise. The second step may fail without failing the write, which has
 * happened: the next write keeps that text as `found` before replacing it.
 */
export async function withVersionsKept(
  projectDir: string,
  relative: string,
  text: string,
  write: () => Promise<void>,
  label: { source?: SpecVersionSource } & RecordOptions = {},
): Promise<void> {
  if (!isVersionedFile(relative)) return write();
  await keepCurrentVersion(projectDir, relative);
  await write();
  const { source, ...options } = label;
  const chosen = source ?? (await interviewerWriteSource(projectDir));
  await recordSpecVersion(projectDir, relative, text, chosen, options).catch(() => null);
}
