import { uniqueElementNames } from "./element-name.js";
import { escapeText } from "./entities.js";
import type { AppSpecModel } from "./model.js";
import { ROOT_ELEMENT } from "./sections.js";

const INDENT = "  ";

/** A named group of "- " lines, rendered as one element holding them. */
interface NamedList {
  name: string;
  items: string[];
}

/**
 * Writes the model as app_spec.txt. List items become "- " lines, so each is kept on
 * one line; text is escaped, so nothing a person typed can be read as markup.
 */
export function renderAppSpec(model: AppSpecModel): string {
  const stack = model.technologyStack;
  const sections: string[][] = [
    inline("project_name", model.projectName),
    paragraphs("overview", model.overview),
    element("technology_stack", [
      ...list("frontend", stack.frontend),
      ...element("backend", [...listLines(stack.backend), ...inline("database", stack.database)]),
      ...list("communication", stack.communication),
    ]),
    list("prerequisites", model.prerequisites),
    inline("feature_count", String(model.featureCount)),
    list("security_and_access_control", model.securityAndAccessControl),
    namedLists("core_features", model.coreFeatures, "category", (category) => ({
      name: category.name,
      items: category.features,
    })),
    element(
      "database_schema",
      model.databaseSchema.length === 0
        ? []
        : namedLists("tables", model.databaseSchema, "table", (table) => ({
            name: table.name,
            items: table.fields,
          })),
    ),
    namedLists("api_endpoints_summary", model.apiEndpoints, "endpoints", (group) => ({
      name: group.name,
      items: group.endpoints,
    })),
    list("ui_layout", model.uiLayout),
    list("design_system", model.designSystem),
    element(
      "implementation_steps",
      model.implementationSteps.flatMap((step, index) =>
        element(
          "step",
          [...inline("title", step.title), ...list("tasks", step.tasks)],
          `number="${index + 1}"`,
        ),
      ),
    ),
    list("success_criteria", model.successCriteria),
  ];
  const body = sections.map((lines) => indent(lines).join("\n")).join("\n\n");
  return `<${ROOT_ELEMENT}>\n${body}\n</${ROOT_ELEMENT}>\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function indent(lines: string[]): string[] {
  return lines.map((line) => (line === "" ? line : `${INDENT}${line}`));
}

function element(name: string, content: string[], attributes = ""): string[] {
  const open = attributes === "" ? `<${name}>` : `<${name} ${attributes}>`;
  if (content.length === 0) return [`${open}</${name}>`];
  return [open, ...indent(content), `</${name}>`];
}

function inline(name: string, text: string): string[] {
  return [`<${name}>${escapeText(oneLine(text))}</${name}>`];
}

function paragraphs(name: string, text: string): string[] {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((line) => escapeText(line.trim()));
  return element(name, lines.length === 1 && lines[0] === "" ? [] : lines);
}

function listLines(items: string[]): string[] {
  return items.map(oneLine).flatMap((item) => (item === "" ? [] : [`- ${escapeText(item)}`]));
}

function list(name: string, items: string[]): string[] {
  return element(name, listLines(items));
}

function namedLists<T>(name: string, groups: T[], fallback: string, read: (group: T) => NamedList): string[] {
  const lists = groups.map(read);
  const names = uniqueElementNames(
    lists.map((group) => group.name),
    fallback,
  );
  return element(
    name,
    lists.flatMap((group, index) => list(names[index]!, group.items)),
  );
}
