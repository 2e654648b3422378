import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH } from "../app-spec/paths.js";
import { PROJECT_STATE_FILE } from "./project-state.js";

/** What a scan found of one project: bits of `ScanResult.flags`. */
export const SCANNED = {
  /** Not listed: a link that leads to no folder. */
  NOT_FOLDER: 1,
  /** The state file is missing and so is the project folder: deleted meanwhile. */
  GONE: 2,
  /** The state file is the one `known` named: not read again. */
  STATE_SAME: 4,
  /** The state file changed: read, its text in `texts`. (Neither bit: missing or unreadable.) */
  STATE_READ: 8,
  /** The spec files were looked at: their sizes and times are in `numbers`. */
  SPECS: 16,
} as const;

/** How many numbers `ScanResult.numbers` holds per project, and where. */
export const NUMBERS_PER_PROJECT = 5;
export const NUMBER = {
  /** The state file's modification time (ms), when it was found. */
  STATE_MTIME: 0,
  /** Each spec file's size (-1: missing, or not a file) and modification time (ms). */
  APP_SPEC_SIZE: 1,
  APP_SPEC_MTIME: 2,
  INITIALIZER_SIZE: 3,
  INITIALIZER_MTIME: 4,
} as const;

/** The scanning thread's niceness on Linux (0 is the process's own, 19 the lowest). */
export const SCAN_NICENESS = 10;

/** A state file larger than this is no state file of ours: left unread, and worked out again. */
export const MAX_STATE_BYTES = 1024 * 1024;

/**
 * The scanning thread's code. It runs in a worker thread (project-scan.ts) so that the
 * thousands of `stat`s a listing needs are plain synchronous calls, three to four times
 * cheaper than through libuv's thread pool, and never hold up the event loop that relays
 * interviews. It only looks: every decision is the listing's, on the main thread.
 *
 * It is a string, started as a `data:` URL module (project-scan.ts), because the same code
 * must start from the built package (JavaScript) and from the TypeScript sources under
 * the test runner, which a worker started from a file cannot do without a loader. It
 * imports nothing but Node's own modules; the constants above are written into it.
 *
 * A request is `{id, dir, namePattern, checkSpecs, known}`: for each entry of `dir` whose
 * name matches `namePattern` and that is a folder or a link to one, the state file is
 * `stat`ed and, when its key is not the one `known` gives for the name, opened, `fstat`ed
 * (so the key and the text belong together) and read; the spec files are `stat`ed when
 * `checkSpecs` is set or the state file was not the known one. The answer is
 * `{id, result}` or `{id, error}`.
 *
 * What crosses between the threads is shaped to be copied cheaply, a thousand small
 * strings costing more than one long one: `known` is one text of `name<TAB>key` lines,
 * the names come back as one text of lines (in code-unit order), the flags and numbers
 * as typed arrays moved rather than copied, and only the state files read as
 * `index, key, text` triples in `reads`.
 */
export const SCAN_WORKER_SOURCE = `import { parentPort } from "node:worker_threads";
import * as fs from "node:fs";
import * as os from "node:os";

// On a busy machine the scan must not take the CPU from the event loop that relays
// interviews (measured: a streamed reply's chunks waited a second, median, behind a scan
// at the same priority, and 17 ms behind one at this). On Linux a thread's priority is
// its own, so this lowers the scan's alone; elsewhere it would lower the whole process.
if (process.platform === "linux") {
  try {
    os.setPriority(${SCAN_NICENESS});
  } catch {
    // Not allowed here: the scan runs at the process's priority.
  }
}

const STATE_FILE = ${JSON.stringify(PROJECT_STATE_FILE)};
const SPEC_FILES = [${JSON.stringify(APP_SPEC_PATH)}, ${JSON.stringify(INITIALIZER_PROMPT_PATH)}];
const PER = ${NUMBERS_PER_PROJECT};

const isMissing = (error) => error.code === "ENOENT" || error.code === "ENOTDIR";
const keyOf = (stats) => stats.ino + ":" + stats.size + ":" + stats.mtimeMs + ":" + stats.ctimeMs;

/** stat that answers undefined for a path that is not there. */
function statIfThere(path) {
  try {
    return fs.statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function leadsToFolder(path) {
  try {
    return fs.statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

function lstatIfThere(path) {
  try {
    return fs.lstatSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/** The state file's key and text, read through one descriptor; null when it cannot be read. */
function readState(path) {
  let fd;
  try {
    // Not blocking: a named pipe put in its place would otherwise hold the thread until written to.
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const stats = fs.fstatSync(fd);
    if (!stats.isFile() || stats.size > ${MAX_STATE_BYTES}) return null;
    const buffer = Buffer.allocUnsafe(stats.size + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) break;
      length += read;
      // Grown since the fstat: it is being replaced; unread this time.
      if (length === buffer.length) return null;
    }
    return { key: keyOf(stats), mtimeMs: stats.mtimeMs, text: buffer.toString("utf8", 0, length) };
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

const patterns = new Map();
/** The last \`known\` text and the map it was read into: the same text comes back while nothing changes. */
let lastKnown = { text: "", map: new Map() };

function knownMap(text) {
  if (text !== lastKnown.text) {
    const map = new Map();
    for (const line of text.split("\\n")) {
      const tab = line.indexOf("\\t");
      if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1));
    }
    lastKnown = { text, map };
  }
  return lastKnown.map;
}

function scan({ dir, namePattern, checkSpecs, known: knownText }) {
  let pattern = patterns.get(namePattern);
  if (pattern === undefined) patterns.set(namePattern, (pattern = new RegExp(namePattern)));
  const known = knownMap(knownText);
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === "ENOENT") return { found: false, names: "", flags: new Uint8Array(0), reads: [], numbers: new Float64Array(0) };
    throw error;
  }
  const names = entries
    .filter((entry) => pattern.test(entry.name) && (entry.isDirectory() || entry.isSymbolicLink()))
    .map((entry) => ({ name: entry.name, link: entry.isSymbolicLink() }))
    // By code units, the same on every machine whatever its locale: the list's order.
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const prefix = dir.endsWith("/") ? dir : dir + "/";
  const flags = new Uint8Array(names.length);
  const reads = [];
  const numbers = new Float64Array(names.length * PER);
  names.forEach(({ name, link }, index) => {
    // Joined by hand: the parts need no normalising, which path.join would do again for every path.
    const project = prefix + name;
    // A link is listed when it leads to a folder, as the project registry opens it.
    if (link && !leadsToFolder(project)) {
      flags[index] = ${SCANNED.NOT_FOLDER};
      return;
    }
    let flag = 0;
    const statePath = project + "/" + STATE_FILE;
    const stats = statIfThere(statePath);
    if (stats === undefined) {
      if (lstatIfThere(project) === undefined) {
        flags[index] = ${SCANNED.GONE};
        return;
      }
    } else if (known.has(name) && known.get(name) === keyOf(stats)) {
      flag |= ${SCANNED.STATE_SAME};
      numbers[index * PER + ${NUMBER.STATE_MTIME}] = stats.mtimeMs;
    } else {
      const state = readState(statePath);
      if (state !== null) {
        flag |= ${SCANNED.STATE_READ};
        reads.push(index, state.key, state.text);
        numbers[index * PER + ${NUMBER.STATE_MTIME}] = state.mtimeMs;
      }
    }
    if (checkSpecs || (flag & ${SCANNED.STATE_SAME}) === 0) {
      flag |= ${SCANNED.SPECS};
      SPEC_FILES.forEach((file, at) => {
        let spec;
        try {
          spec = statIfThere(project + "/" + file);
        } catch {
          spec = undefined;
        }
        const base = index * PER + ${NUMBER.APP_SPEC_SIZE} + at * 2;
        numbers[base] = spec !== undefined && spec.isFile() ? spec.size : -1;
        numbers[base + 1] = spec !== undefined && spec.isFile() ? spec.mtimeMs : 0;
      });
    }
    flags[index] = flag;
  });
  return { found: true, names: names.map(({ name }) => name).join("\\n"), flags, reads, numbers };
}

parentPort.on("message", (request) => {
  try {
    const result = scan(request);
    parentPort.postMessage({ id: request.id, result }, [result.flags.buffer, result.numbers.buffer]);
  } catch (error) {
    parentPort.postMessage({ id: request.id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;
