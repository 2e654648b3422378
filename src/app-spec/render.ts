import { uniqueElementNames } from "./element-name.js";
import { escapeText } from "./entities.js";
import { DEFAULT_KIND, hasServer, KIND_SECTIONS } from "./kinds.js";
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
  const kind = model.kind ?? DEFAULT_KIND;
  const wanted = new Set(KIND_SECTIONS[kind]);
  // A section the kind does not need is written only when it has something to say.
  const when = (name: string, filled: boolean, lines: string[]): string[] =>
    wanted.has(name) || filled ? lines : [];
  const outOfScope = model.outOfScope ?? [];
  const commands = model.commandLineInterface ?? [];
  const publicInterface = model.publicInterface ?? [];
  const offline = model.offlineSupport ?? [];
  const sections: string[][] = [
    inline("project_name", model.projectName),
    model.kind ? inline("software_kind", model.kind) : [],
    paragraphs("overview", model.overview),
    technologyStack(model),
    list("prerequisites", model.prerequisites),
    inline("feature_count", String(model.featureCount)),
    when(
      "security_and_access_control",
      model.securityAndAccessControl.length > 0,
      list("security_and_access_control", model.securityAndAccessControl),
    ),
    namedLists("core_features", model.coreFeatures, "category", (category) => ({
      name: category.name,
      items: category.features,
    })),
    outOfScope.length > 0 ? list("out_of_scope", outOfScope) : [],
    when(
      "database_schema",
      model.databaseSchema.length > 0,
      element(
        "database_schema",
        model.databaseSchema.length === 0
          ? []
          : namedLists("tables", model.databaseSchema, "table", (table) => ({
              name: table.name,
              items: table.fields,
            })),
      ),
    ),
    when(
      "api_endpoints_summary",
      model.apiEndpoints.length > 0,
      namedLists("api_endpoints_summary", model.apiEndpoints, "endpoints", (group) => ({
        name: group.name,
        items: group.endpoints,
      })),
    ),
    when(
      "command_line_interface",
      commands.length > 0,
      namedLists("command_line_interface", commands, "command", (command) => ({
        name: command.name,
        items: command.lines,
      })),
    ),
    when("public_interface", publicInterface.length > 0, list("public_interface", publicInterface)),
    when("ui_layout", model.uiLayout.length > 0, list("ui_layout", model.uiLayout)),
    when("offline_support", offline.length > 0, list("offline_support", offline)),
    when("design_system", model.designSystem.length > 0, list("design_system", model.designSystem)),
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
  const body = sections
    .filter((lines) => lines.length > 0)
    .map((lines) => indent(lines).join("\n"))
    .join("\n\n");
  return `<${ROOT_ELEMENT}>\n${body}\n</${ROOT_ELEMENT}>\n`;
}

/**
 * A web app or service keeps its database under `<backend>`; software without a server
 * names its runtime and libraries, and its database (if any) directly in the stack.
 */
function technologyStack(model: AppSpecModel): string[] {
  const stack = model.technologyStack;
  const kind = model.kind ?? DEFAULT_KIND;
  if (hasServer(kind) && model.kind === undefined) {
    return element("technology_stack", [
      ...list("frontend", stack.frontend),
      ...element("backend", [...listLines(stack.backend), ...inline("database", stack.database)]),
      ...list("communication", stack.communication),
    ]);
  }
  const parts: string[] = [];
  if (stack.frontend.length > 0) parts.push(...list("frontend", stack.frontend));
  if ((stack.runtime ?? []).length > 0) parts.push(...list("runtime", stack.runtime ?? []));
  if ((stack.libraries ?? []).length > 0) parts.push(...list("libraries", stack.libraries ?? []));
  if (hasServer(kind) || stack.backend.length > 0) {
    parts.push(...element("backend", [...listLines(stack.backend), ...inline("database", stack.database)]));
  } else {
    parts.push(...inline("database", stack.database));
  }
  if (stack.communication.length > 0) parts.push(...list("communication", stack.communication));
  return element("technology_stack", parts);
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
