import { readFile, realpath, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, sep } from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot !== ".." && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
}

async function fileAt(root: string, segments: string[]): Promise<StaticFile | null> {
  try {
    const real = await realpath(join(root, ...segments));
    // A symlink in the page's folder must not lead anywhere else on the machine.
    if (!isInside(root, real) || !(await stat(real)).isFile()) return null;
    return {
      body: await readFile(real),
      contentType: CONTENT_TYPES[extname(real).toLowerCase()] ?? "application/octet-stream",
    };
  } catch {
    return null;
  }
}

/**
 * A file of the built web page for a URL path, or null. Dot-segments, hidden files and
 * anything resolving outside the folder are refused. A path without a file extension
 * that names no file gets index.html, so the page's own routes survive a reload.
 */
export async function staticFileFor(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  let root: string;
  try {
    root = await realpath(rootDir);
  } catch {
    return null;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const segments = decoded.split("/").filter((segment) => segment.length > 0);
  const unsafe = segments.some(
    (segment) => segment.startsWith(".") || segment.includes("\\") || segment.includes("\0"),
  );
  if (unsafe) return null;
  if (segments.length > 0) {
    const file = await fileAt(root, segments);
    if (file) return file;
    if (extname(segments.at(-1)!) !== "") return null;
  }
  return fileAt(root, ["index.html"]);
}

/** Whether the folder holds a built page at all. */
export async function hasBuiltPage(rootDir: string): Promise<boolean> {
  return stat(join(rootDir, "index.html")).then(
    (stats) => stats.isFile(),
    () => false,
  );
}
