import { isEmptyElement } from "./check-sections.js";
import { type Finding, specWarning } from "./finding.js";
import type { SpecNode } from "./parse.js";

/** Checks that `implementation_steps` is made of numbered steps, each with a title and tasks. */
export function checkImplementationSteps(sections: Map<string, SpecNode>, findings: Finding[]): void {
  const steps = sections.get("implementation_steps");
  if (steps === undefined || isEmptyElement(steps)) return;
  const stepElements = steps.children.filter((child) => child.name === "step");
  if (stepElements.length === 0) {
    findings.push(
      specWarning(
        `<implementation_steps> has no <step> elements. Write each step as <step number="1"> with a <title> and <tasks>.`,
        steps.line,
      ),
    );
    return;
  }
  for (const step of stepElements) {
    const missing = ["title", "tasks"].filter((name) => {
      const part = step.children.find((child) => child.name === name);
      return part === undefined || isEmptyElement(part);
    });
    if (step.attributes.number === undefined) missing.unshift('a number attribute (number="1")');
    if (missing.length === 0) continue;
    const named = missing.map((name) => (name.startsWith("a ") ? name : `<${name}>`));
    findings.push(specWarning(`<step> needs ${named.join(" and ")}.`, step.line));
  }
}
