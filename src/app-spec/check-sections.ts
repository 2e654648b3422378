import { type Finding, specError, specWarning } from "./finding.js";
import { KIND_SECTIONS, type SoftwareKind } from "./kinds.js";
import type { SpecNode } from "./parse.js";
import { ELEMENT_PURPOSE, REQUIRED_SECTIONS } from "./sections.js";

/** The first element of each name; a repeated one is reported, since only the first is read. */
export function indexElements(elements: SpecNode[], findings: Finding[]): Map<string, SpecNode> {
  const byName = new Map<string, SpecNode>();
  for (const element of elements) {
    const first = byName.get(element.name);
    if (first === undefined) {
      byName.set(element.name, element);
      continue;
    }
    findings.push(
      specWarning(
        `<${element.name}> appears again (first at line ${first.line}); only the first one is read. Merge them into one.`,
        element.line,
      ),
    );
  }
  return byName;
}

export function isEmptyElement(element: SpecNode): boolean {
  return element.allText === "";
}

/**
 * Reports `name` missing from `parentName` or empty, as an error or a warning. Returns
 * the element when it has content, so callers look inside only what is there.
 */
export function checkElementPresent(
  elements: Map<string, SpecNode>,
  name: string,
  parent: { name: string; line: number | null },
  severity: Finding["severity"],
  findings: Finding[],
): SpecNode | undefined {
  const make = severity === "error" ? specError : specWarning;
  const purpose = ELEMENT_PURPOSE[name] ?? "its content";
  const element = elements.get(name);
  if (element === undefined) {
    findings.push(make(`<${parent.name}> has no <${name}>. Add one with ${purpose}.`, parent.line));
    return undefined;
  }
  if (isEmptyElement(element)) {
    findings.push(make(`<${name}> is empty. Fill it with ${purpose}.`, element.line));
    return undefined;
  }
  return element;
}

/**
 * Presence of every required section (errors) and of the sections this kind of software
 * should have (warnings); a section the kind does not need is never asked for.
 */
export function checkSections(
  sections: Map<string, SpecNode>,
  parent: { name: string; line: number | null },
  kind: SoftwareKind,
  findings: Finding[],
): void {
  for (const name of REQUIRED_SECTIONS) checkElementPresent(sections, name, parent, "error", findings);
  for (const name of KIND_SECTIONS[kind]) checkElementPresent(sections, name, parent, "warning", findings);
}
