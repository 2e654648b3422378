import { type Finding, specError } from "./finding.js";
import { scanTokens, type Token } from "./scan.js";
import { isExpectedElement } from "./sections.js";

/** An element of the spec. Lines are 1-based. */
export interface SpecNode {
  name: string;
  attributes: Record<string, string>;
  children: SpecNode[];
  /** The element's own text, trimmed, with its child elements left out. */
  text: string;
  /** The text of the element and all its descendants in document order, tags left out, trimmed. */
  allText: string;
  line: number;
  endLine: number;
}

/** Text outside every element, which a spec must not have. */
export interface StrayText {
  text: string;
  line: number;
}

export interface ParsedSpec {
  /** The elements at the top of the file, in order (a valid spec has exactly one). */
  elements: SpecNode[];
  strayText: StrayText[];
  /** Unbalanced or mismatched tags. */
  errors: Finding[];
}

interface OpenElement {
  node: SpecNode;
  ownText: string[];
  allText: string[];
  /** Set once a stray closing tag inside it showed that its own closing tag follows. */
  closeFollows?: boolean;
}

/**
 * Parses a spec, tolerant of prose and strict on structure. A well-formed tag whose
 * name the spec does not expect at that place is structure only when it stands alone
 * on its line (a category opened and never closed is an error, not prose) or its
 * closing tag follows inside the same parent; otherwise it is prose (`List<Item>`,
 * `Use <b> for bold`). Tag problems are reported, and parsing recovers so that later
 * sections still count.
 */
export function parseSpec(source: string): ParsedSpec {
  const tokens = scanTokens(source);
  // Most tag-like words in prose (`List<Item>`) are never closed anywhere; knowing that
  // up front keeps the search for a closing tag from rescanning the file for each one.
  const closedNames = new Set(tokens.flatMap((token) => (token.kind === "close" ? [token.name] : [])));
  const stack: OpenElement[] = [];
  const result: ParsedSpec = { elements: [], strayText: [], errors: [] };

  const appendText = (text: string, line: number) => {
    const top = stack.at(-1);
    if (top === undefined) {
      recordStrayText(result.strayText, text, line);
      return;
    }
    top.ownText.push(text);
    for (const open of stack) open.allText.push(text);
  };

  const closeTop = (endLine: number) => {
    const closed = stack.pop()!;
    closed.node.text = closed.ownText.join("").trim();
    closed.node.allText = closed.allText.join("").trim();
    closed.node.endLine = endLine;
    const parent = stack.at(-1);
    if (parent) parent.node.children.push(closed.node);
    else result.elements.push(closed.node);
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const ancestors = stack.map((open) => open.node.name);
    if (token.kind === "text") {
      appendText(token.text, token.line);
    } else if (token.kind === "open") {
      const parentName = ancestors.at(-1) ?? "";
      const structure =
        isExpectedElement(token.name, parentName) ||
        token.aloneOnLine ||
        (!token.selfClosing &&
          closedNames.has(token.name) &&
          closesLater(tokens, index, token.name, ancestors));
      if (!structure) {
        appendText(token.raw, token.line);
        continue;
      }
      stack.push({ node: newNode(token), ownText: [], allText: [] });
      if (token.selfClosing) closeTop(token.line);
    } else {
      handleClose(token, index);
    }
  }
  while (stack.length > 0) {
    const unclosed = stack.at(-1)!.node;
    result.errors.push(
      specError(
        `<${unclosed.name}> opened at line ${unclosed.line} is never closed: add </${unclosed.name}> where it ends.`,
        unclosed.line,
      ),
    );
    closeTop(lineCount(source));
  }
  return result;

  function handleClose(token: Extract<Token, { kind: "close" }>, index: number): void {
    const top = stack.at(-1);
    if (top === undefined) {
      result.errors.push(
        specError(
          `Found </${token.name}> at line ${token.line}, but no element is open there; remove it.`,
          token.line,
        ),
      );
      return;
    }
    if (token.name === top.node.name) {
      closeTop(token.line);
      return;
    }
    result.errors.push(
      specError(
        `Mismatched tag: expected </${top.node.name}> (for <${top.node.name}> at line ${top.node.line}) but found </${token.name}> at line ${token.line}.`,
        token.line,
      ),
    );
    const depth = stack.findLastIndex((open) => open.node.name === token.name);
    if (depth !== -1) {
      // An ancestor closes: everything opened inside it and still open ends here too.
      while (stack.length > depth + 1) {
        const inner = stack.at(-1)!.node;
        if (inner !== top.node) {
          result.errors.push(
            specError(
              `<${inner.name}> opened at line ${inner.line} is never closed before </${token.name}> at line ${token.line}.`,
              inner.line,
            ),
          );
        }
        closeTop(token.line);
      }
      closeTop(token.line);
      return;
    }
    const ancestors = stack.slice(0, -1).map((open) => open.node.name);
    // A misspelt closing tag (`</overveiw>`) ends the open element when nothing else would;
    // a stray one inside an element that closes properly later is left as text.
    top.closeFollows ||= closesLater(tokens, index, top.node.name, ancestors);
    if (top.closeFollows) appendText(token.raw, token.line);
    else closeTop(token.line);
  }
}

/**
 * Whether the element opened at `tokens[openIndex]` is closed before any of its
 * ancestors is: the test that tells a real element from a tag-like word in prose.
 */
function closesLater(tokens: Token[], openIndex: number, name: string, ancestors: string[]): boolean {
  let depth = 0;
  for (let index = openIndex + 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === "open" && token.name === name && !token.selfClosing) depth++;
    if (token.kind !== "close") continue;
    if (token.name === name) {
      if (depth === 0) return true;
      depth--;
    } else if (ancestors.includes(token.name)) {
      return false;
    }
  }
  return false;
}

function newNode(token: Extract<Token, { kind: "open" }>): SpecNode {
  return {
    name: token.name,
    attributes: token.attributes,
    children: [],
    text: "",
    allText: "",
    line: token.line,
    endLine: token.line,
  };
}

function recordStrayText(strayText: StrayText[], text: string, line: number): void {
  const leading = /^\s*/.exec(text)![0];
  if (leading.length === text.length) return;
  const firstLine = line + (leading.match(/\n/g)?.length ?? 0);
  strayText.push({ text: text.trim(), line: firstLine });
}

/** The last line with any content, where an element left open is taken to end. */
function lineCount(source: string): number {
  return (source.trimEnd().match(/\n/g)?.length ?? 0) + 1;
}
