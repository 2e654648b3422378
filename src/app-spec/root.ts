import { type Finding, specError } from "./finding.js";
import type { ParsedSpec, SpecNode } from "./parse.js";
import { ROOT_ELEMENT } from "./sections.js";

/** Where a spec's sections were found, and what is wrong around them. */
export interface SpecRoot {
  /** The `project_specification` element, when the file has one. */
  root: SpecNode | null;
  /** The elements read as sections: the root's children, or the best guess without a root. */
  sections: SpecNode[];
  /** The line that missing sections are reported at. */
  line: number | null;
  errors: Finding[];
}

const PREVIEW_LENGTH = 40;

/**
 * Finds the root and reports everything outside it. Without a proper root, sections
 * are still read from where they are, so one mistake does not hide all the others.
 */
export function locateRoot(parsed: ParsedSpec): SpecRoot {
  const errors: Finding[] = [];
  for (const stray of parsed.strayText) {
    errors.push(
      specError(
        `Text outside <${ROOT_ELEMENT}>: "${preview(stray.text)}". Remove it or move it into a section; the file must hold only the spec.`,
        stray.line,
      ),
    );
  }
  const root = parsed.elements.find((element) => element.name === ROOT_ELEMENT) ?? null;
  if (root === null) return withoutRoot(parsed.elements, errors);

  for (const element of parsed.elements) {
    if (element === root) continue;
    const where = element.line < root.line ? `before <${ROOT_ELEMENT}>` : `after </${ROOT_ELEMENT}>`;
    errors.push(
      specError(
        `Found <${element.name}> ${where}; everything must be inside <${ROOT_ELEMENT}>, and nothing may follow it.`,
        element.line,
      ),
    );
  }
  return { root, sections: root.children, line: root.line, errors };
}

function withoutRoot(elements: SpecNode[], errors: Finding[]): SpecRoot {
  const first = elements[0];
  if (first === undefined) {
    errors.push(
      specError(
        `The file has no <${ROOT_ELEMENT}> element. A spec is one XML element, <${ROOT_ELEMENT}>, holding all its sections.`,
        null,
      ),
    );
    return { root: null, sections: [], line: null, errors };
  }
  if (elements.length === 1) {
    errors.push(
      specError(`The root element must be <${ROOT_ELEMENT}>, found <${first.name}>. Rename it.`, first.line),
    );
    return { root: null, sections: first.children, line: first.line, errors };
  }
  errors.push(
    specError(
      `The sections are not wrapped in one <${ROOT_ELEMENT}> element (the file starts with <${first.name}>). Put <${ROOT_ELEMENT}> around the whole spec.`,
      first.line,
    ),
  );
  return { root: null, sections: elements, line: first.line, errors };
}

function preview(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > PREVIEW_LENGTH ? `${oneLine.slice(0, PREVIEW_LENGTH)}…` : oneLine;
}
