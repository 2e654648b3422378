/**
 * A project name becomes a folder name and a URL segment, so it is limited to
 * characters that are safe in both. `$` without the `m` flag does not match before a
 * trailing newline in JavaScript, so "name\n" is refused too.
 */
export const PROJECT_NAME_PATTERN = /^[A-Za-z0-9_-]{1,50}$/;

export const INVALID_PROJECT_NAME_MESSAGE =
  "Invalid project name: use 1 to 50 letters, digits, hyphens or underscores";

export class InvalidProjectNameError extends Error {
  override readonly name = "InvalidProjectNameError";

  constructor() {
    super(INVALID_PROJECT_NAME_MESSAGE);
  }
}

export function isValidProjectName(name: unknown): name is string {
  return typeof name === "string" && PROJECT_NAME_PATTERN.test(name);
}

/** Throws before anything touches the disk, so a bad name never becomes a path. */
export function assertProjectName(name: unknown): asserts name is string {
  if (!isValidProjectName(name)) throw new InvalidProjectNameError();
}
