import { readFileSync } from "node:fs";

/** A realistic spec with 30 features in 5 categories, no errors and no warnings. */
export const RECIPE_SPEC = readFileSync(new URL("./fixtures/recipe_app_spec.txt", import.meta.url), "utf8");

/** The smallest spec that has every section, with no errors and no warnings. */
export const MINIMAL_SPEC = `<project_specification>
  <project_name>Tiny Notes</project_name>
  <overview>A notebook for quick notes.</overview>
  <technology_stack>
    <frontend>Plain HTML and TypeScript</frontend>
    <backend>
      Node.js with Express
      <database>SQLite</database>
    </backend>
    <communication>REST with JSON</communication>
  </technology_stack>
  <prerequisites>- Node.js 20</prerequisites>
  <feature_count>3</feature_count>
  <security_and_access_control>- One person, no accounts</security_and_access_control>
  <core_features>
    <notes>
      - A person can write a note and it is saved
      - A person can edit a note
      - A person can delete a note
    </notes>
  </core_features>
  <database_schema>- notes: id, body, created_at</database_schema>
  <api_endpoints_summary>- GET /api/notes - list notes</api_endpoints_summary>
  <ui_layout>- One page with the list on the left</ui_layout>
  <design_system>- System font, one accent colour</design_system>
  <implementation_steps>
    <step number="1">
      <title>Everything</title>
      <tasks>- Build it</tasks>
    </step>
  </implementation_steps>
  <success_criteria>- Notes survive a restart</success_criteria>
</project_specification>
`;

function sectionPattern(name: string): RegExp {
  return new RegExp(`( *)<${name}(\\s[^>]*)?>[\\s\\S]*?</${name}>\\n`);
}

/** The spec with the element `name` (its first occurrence, with its line) taken out. */
export function withoutElement(spec: string, name: string): string {
  const pattern = sectionPattern(name);
  if (!pattern.test(spec)) throw new Error(`no <${name}> in the spec`);
  return spec.replace(pattern, "");
}

/** The spec with the content of the element `name` replaced by `content`. */
export function withContent(spec: string, name: string, content: string): string {
  const pattern = sectionPattern(name);
  if (!pattern.test(spec)) throw new Error(`no <${name}> in the spec`);
  return spec.replace(pattern, (_whole, indent: string, attributes = "") => {
    return `${indent}<${name}${attributes}>${content}</${name}>\n`;
  });
}

/** The 1-based line of the first occurrence of `needle` (after `after`, when given). */
export function lineOf(text: string, needle: string, after = 0): number {
  const index = text.indexOf(needle, after);
  if (index === -1) throw new Error(`"${needle}" is not in the text`);
  return text.slice(0, index).split("\n").length;
}
