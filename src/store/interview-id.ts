import { randomBytes } from "node:crypto";

/** An interview id is its file name in `.specwright/sessions/`, so only these characters. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function isInterviewId(value: string): boolean {
  return ID.test(value) && !value.includes("..");
}

/** When it began (so names sort by date) and a few random characters (so two in one millisecond differ). */
export function newInterviewId(createdAt: Date): string {
  return `${stampOf(createdAt.toISOString())}-${randomBytes(2).toString("hex")}`;
}

/** The name the old store gave an archived interview: its start, with no colons. */
export function stampOf(iso: string): string {
  return iso.replaceAll(":", "-");
}
