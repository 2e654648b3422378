/**
 * The kind of software a spec describes. It decides which sections the spec needs: a
 * command-line tool has commands and flags where a web app has screens and endpoints.
 * A spec that names no kind is a web app, as every spec was before kinds existed.
 */

export const SOFTWARE_KINDS = [
  "web app",
  "mobile app",
  "command-line tool",
  "api service",
  "desktop app",
  "library",
] as const;

export type SoftwareKind = (typeof SOFTWARE_KINDS)[number];

/** What a spec without `<software_kind>` is read as. */
export const DEFAULT_KIND: SoftwareKind = "web app";

/** Words people and models use for each kind, tried in order; the first match wins. */
const KIND_WORDS: readonly [SoftwareKind, RegExp][] = [
  ["command-line tool", /\b(?:command[- ]line|cli|terminal|console|shell)\b/i],
  ["mobile app", /\b(?:mobile|ios|android|iphone|phone app|smartphone)\b/i],
  ["desktop app", /\b(?:desktop|electron|tauri|native window)\b/i],
  ["library", /\b(?:library|package|sdk|module|crate|gem)\b/i],
  ["api service", /\b(?:api|service|backend|back end|server|microservice|daemon|bot)\b/i],
  ["web app", /\b(?:web|website|site|browser|webapp|pwa)\b/i],
];

/** Reads a `<software_kind>` value ("CLI", "Command-line tool", "mobile app"); null when it names none. */
export function readSoftwareKind(text: string): SoftwareKind | null {
  const value = text.trim().toLowerCase();
  const exact = SOFTWARE_KINDS.find((kind) => kind === value);
  if (exact) return exact;
  return KIND_WORDS.find(([, words]) => words.test(value))?.[0] ?? null;
}

/**
 * Sections a spec of each kind should have beyond the required ones: a missing or empty
 * one is a warning. A section not listed for a kind is never asked for.
 */
export const KIND_SECTIONS: Record<SoftwareKind, readonly string[]> = {
  "web app": [
    "prerequisites",
    "security_and_access_control",
    "database_schema",
    "api_endpoints_summary",
    "ui_layout",
    "design_system",
    "implementation_steps",
  ],
  "mobile app": [
    "prerequisites",
    "security_and_access_control",
    "database_schema",
    "ui_layout",
    "offline_support",
    "design_system",
    "implementation_steps",
  ],
  "command-line tool": ["prerequisites", "command_line_interface", "implementation_steps"],
  "api service": [
    "prerequisites",
    "security_and_access_control",
    "database_schema",
    "api_endpoints_summary",
    "implementation_steps",
  ],
  "desktop app": ["prerequisites", "ui_layout", "design_system", "implementation_steps"],
  library: ["prerequisites", "public_interface", "implementation_steps"],
};

/** The parts of `technology_stack` each kind should name; a missing one is a warning. */
export const KIND_STACK_PARTS: Record<SoftwareKind, readonly string[]> = {
  "web app": ["frontend", "backend", "communication"],
  "mobile app": ["frontend"],
  "command-line tool": ["runtime"],
  "api service": ["backend", "communication"],
  "desktop app": ["frontend"],
  library: ["runtime"],
};

/** Whether a spec of this kind keeps its database under `<backend>` (a server) or directly in the stack. */
export function hasServer(kind: SoftwareKind): boolean {
  return kind === "web app" || kind === "api service";
}
