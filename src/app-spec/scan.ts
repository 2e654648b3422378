import { decodeEntities } from "./entities.js";

/** A piece of the file: text (entities decoded), or a tag that is well-formed as written. */
export type Token =
  | { kind: "text"; text: string; line: number }
  | {
      kind: "open";
      name: string;
      attributes: Record<string, string>;
      selfClosing: boolean;
      /** Nothing but whitespace shares its line: how an element is laid out, not how prose mentions a tag. */
      aloneOnLine: boolean;
      raw: string;
      line: number;
    }
  | { kind: "close"; name: string; raw: string; line: number };

const NAME = "[A-Za-z_][\\w.:-]*";
const OPEN_TAG = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, "y");
const CLOSE_TAG = new RegExp(`</(${NAME})\\s*>`, "y");
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "g");

/** Markup that carries no structure; `literal` marks a CDATA section, whose content is text as written. */
const SKIPPED: { start: string; end: string; literal: boolean }[] = [
  { start: "<!--", end: "-->", literal: false },
  { start: "<![CDATA[", end: "]]>", literal: true },
  { start: "<?", end: "?>", literal: false },
  { start: "<!DOCTYPE", end: ">", literal: false },
];

/**
 * Splits a spec into tokens. A `<` only starts a tag when a well-formed tag follows it,
 * so prose such as `x < 5`, `a <b` or `<=` stays text; whether a well-formed tag is
 * structure or prose is the parser's decision, since it depends on what closes later.
 */
export function scanTokens(source: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let offset = 0;
  let textStart = 0;
  let textLine = 1;

  const flushText = (end: number) => {
    if (end > textStart)
      tokens.push({ kind: "text", text: decodeEntities(source.slice(textStart, end)), line: textLine });
  };
  const advanceTo = (end: number) => {
    for (let index = offset; index < end; index++) if (source.charCodeAt(index) === 10) line++;
    offset = end;
  };
  const startText = () => {
    textStart = offset;
    textLine = line;
  };

  while (offset < source.length) {
    const next = source.indexOf("<", offset);
    if (next === -1) {
      advanceTo(source.length);
      break;
    }
    advanceTo(next);
    const markup = readMarkup(source, offset, line);
    if (markup === null) {
      advanceTo(offset + 1);
      continue;
    }
    flushText(offset);
    if (markup.token) tokens.push(markup.token);
    advanceTo(markup.end);
    startText();
  }
  flushText(source.length);
  return tokens;
}

function readMarkup(
  source: string,
  offset: number,
  line: number,
): { token: Token | null; end: number } | null {
  for (const skipped of SKIPPED) {
    if (!source.startsWith(skipped.start, offset)) continue;
    const close = source.indexOf(skipped.end, offset + skipped.start.length);
    // An unterminated comment or section is most likely prose that happens to look like one.
    if (close === -1) return null;
    const end = close + skipped.end.length;
    const token: Token | null = skipped.literal
      ? { kind: "text", text: source.slice(offset + skipped.start.length, close), line }
      : null;
    return { token, end };
  }
  CLOSE_TAG.lastIndex = offset;
  const close = CLOSE_TAG.exec(source);
  if (close) {
    return { token: { kind: "close", name: close[1]!, raw: close[0], line }, end: offset + close[0].length };
  }
  OPEN_TAG.lastIndex = offset;
  const open = OPEN_TAG.exec(source);
  if (open) {
    const token: Token = {
      kind: "open",
      name: open[1]!,
      attributes: parseAttributes(open[2] ?? ""),
      selfClosing: open[3] === "/",
      aloneOnLine: isAloneOnLine(source, offset, offset + open[0].length),
      raw: open[0],
      line,
    };
    return { token, end: offset + open[0].length };
  }
  return null;
}

function isAloneOnLine(source: string, start: number, end: number): boolean {
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  const newline = source.indexOf("\n", end);
  const lineEnd = newline === -1 ? source.length : newline;
  return source.slice(lineStart, start).trim() === "" && source.slice(end, lineEnd).trim() === "";
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) {
    attributes[match[1]!] = decodeEntities(match[2] ?? match[3] ?? "");
  }
  return attributes;
}
