/**
 * The server's rule for project names (docs/protocol.md), checked in the page as the person
 * types so that they learn it before anything is sent.
 */
export const PROJECT_NAME_MAX_LENGTH = 50;

const ALLOWED_CHARACTER = /^[A-Za-z0-9_-]$/;

export type ProjectNameCheck =
  | { ok: true }
  | {
      ok: false;
      /** What is wrong, in words a person reads beside the field. */
      message: string;
      /** A name that follows the rule, close to what was typed, or null when none is. */
      suggestion: string | null;
    };

export function checkProjectName(name: string): ProjectNameCheck {
  if (name.length === 0) {
    return { ok: false, message: "Give the project a name.", suggestion: null };
  }
  const unusable = unusableCharacters(name);
  if (unusable.length > 0) {
    return { ok: false, message: describeUnusable(unusable), suggestion: suggestProjectName(name) };
  }
  if (name.length > PROJECT_NAME_MAX_LENGTH) {
    return {
      ok: false,
      message: `That's ${name.length} characters; a name can have at most ${PROJECT_NAME_MAX_LENGTH}.`,
      suggestion: suggestProjectName(name),
    };
  }
  return { ok: true };
}

/** Each character the rule refuses, once, in the order typed. */
function unusableCharacters(name: string): string[] {
  const seen = new Set<string>();
  for (const character of name) {
    if (!ALLOWED_CHARACTER.test(character)) seen.add(character);
  }
  return [...seen];
}

function describeUnusable(characters: string[]): string {
  const spaces = characters.some((character) => /\s/.test(character));
  const others = characters.filter((character) => !/\s/.test(character));
  const quoted = others.map((character) => `“${character}”`);
  const list =
    quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
  const rule = "Use letters (a–z, A–Z), digits, hyphens and underscores.";
  if (spaces && others.length === 0) return `Spaces can't be part of a name. ${rule}`;
  if (spaces) return `Spaces and ${list} can't be part of a name. ${rule}`;
  return `${list} can't be part of a name. ${rule}`;
}

/**
 * A usable name made from what was typed: spaces and dots become hyphens, accents are
 * dropped from letters, other characters go, and the result is cut to the limit.
 */
export function suggestProjectName(name: string): string | null {
  const suggestion = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s./\\]+/g, "-")
    .replace(/[^A-Za-z0-9_-]/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, PROJECT_NAME_MAX_LENGTH)
    .replace(/-+$/g, "");
  return suggestion.length > 0 && suggestion !== name ? suggestion : null;
}
