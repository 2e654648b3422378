/** Longest piece of a model's input a notice quotes. */
const MAX_SHOWN = 120;

/**
 * Something a model gave (a path, a tool's name), quoted for a line the person reads:
 * in double quotes, control characters and the invisible characters that reverse how
 * text reads written as `\u` escapes, and a long one cut short.
 */
export function shownText(value: string): string {
  const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return JSON.stringify(cut).replace(
    /[\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
}
