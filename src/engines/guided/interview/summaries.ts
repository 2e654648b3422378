import { type Analysis, PROGRAM } from "../design/analysis.js";
import { resolveTech } from "../design/tech.js";
import { thingSuggestions } from "../design/things-design.js";
import { capitalize, pluralize, singularize } from "../language/inflection.js";
import type { InterviewState } from "./state.js";

const STANDARD_METHODS = /^(?:GET|POST|PUT|DELETE) \/api\/[a-z-]+(?:\/:id)?$/;

/** Columns every table has, left out when showing a person the design. */
const ROUTINE_COLUMNS = new Set(["id", "created_at", "updated_at", "user_id", "created_by", "password_hash"]);

/** The feature count per category and in total, as Markdown paragraphs. */
export function countSummary(analysis: Analysis): string[] {
  const total = analysis.features.length;
  const lines = analysis.categories.map((category) => `- **${category.name}**: ${category.features.length}`);
  return [`Here's how the features add up, by area:\n\n${lines.join("\n")}\n\n**Total: ${total} features.**`];
}

/** A readable version of a table: "**recipes**: title, ingredients, steps". */
export function tableLines(analysis: Analysis): string[] {
  return analysis.tables.map((table) => {
    const columns = table.fields
      .map((field) => field.split(" ")[0]!)
      .filter((column) => !ROUTINE_COLUMNS.has(column));
    return `- **${tableLabel(table.name)}**: ${columns.join(", ") || "links the two"}`;
  });
}

/** "meal_plans" → "meal plans", "check_ins" → "check-ins": a table as people say it. */
function tableLabel(name: string): string {
  return name.replace(/_((?:in|out|up|off|on|down|over)s?)\b/g, "-$1").replaceAll("_", " ");
}

/** Endpoints grouped by thing; the usual five are named by what they do, the rest in full. */
export function endpointLines(analysis: Analysis): string[] {
  return analysis.endpoints.map((group) => {
    const paths = group.endpoints.map((line) => line.split(" - ")[0]!);
    const standard = paths.filter((path) => STANDARD_METHODS.test(path));
    const special = paths.filter((path) => !STANDARD_METHODS.test(path));
    const usual = standard.length >= 5 && group.name !== "Accounts";
    const parts = usual
      ? ["list, add, open, edit, delete", ...special.map((path) => `\`${path}\``)]
      : paths.map((path) => `\`${path}\``);
    return `- **${group.name}**: ${parts.join(", ")}`;
  });
}

/** The derived design a Quick person confirms: what is stored, the API or the commands, the screens. */
export function designSummary(analysis: Analysis, programName = "tool"): string[] {
  const paragraphs = [
    "Here's how I'd build it. You don't need to check every detail; say if something looks off.",
  ];
  paragraphs.push(...designParts(analysis, programName));
  return paragraphs;
}

/** The parts of the design this kind of software has, each as a paragraph. */
function designParts(analysis: Analysis, programName: string): string[] {
  const parts: string[] = [];
  const endpointCount = analysis.endpoints.reduce((total, group) => total + group.endpoints.length, 0);
  if (analysis.tables.length > 0) parts.push(`**What it stores**\n\n${tableLines(analysis).join("\n")}`);
  if (analysis.endpoints.length > 0)
    parts.push(`**The API** (${endpointCount} endpoints)\n\n${endpointLines(analysis).join("\n")}`);
  if (analysis.commands.length > 0)
    parts.push(`**Commands**\n\n${commandLines(analysis, programName).join("\n")}`);
  if (analysis.publicInterface.length > 0)
    parts.push(`**Public interface**\n\n${analysis.publicInterface.map((line) => `- ${line}`).join("\n")}`);
  if (analysis.screens.length > 0)
    parts.push(`**Screens**\n\n${analysis.screens.map((screen) => `- ${screen}`).join("\n")}`);
  if (analysis.offline.length > 0)
    parts.push(`**Without a connection**\n\n${analysis.offline.map((line) => `- ${line}`).join("\n")}`);
  return parts;
}

/** "- `photo-renamer rename FOLDER`: --dry-run, --recursive". */
export function commandLines(analysis: Analysis, programName: string): string[] {
  const program =
    programName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "tool";
  return analysis.commands.map((command) => {
    const usage = (command.lines.find((line) => line.startsWith("Usage: ")) ?? `Usage: ${command.name}`)
      .slice("Usage: ".length)
      .replaceAll(PROGRAM, program);
    const flags = command.lines.filter((line) => line.startsWith("-")).map((line) => line.split(":")[0]);
    return `- \`${usage}\`${flags.length > 0 ? `: ${flags.join(", ")}` : ""}`;
  });
}

/** What the software keeps, as the person said it, for them to confirm or change. */
export function thingsSummary(state: InterviewState, analysis: Analysis): string[] {
  const suggestions = thingSuggestions(state).slice(0, 2);
  const offer =
    suggestions.length > 0
      ? `My own guess, only if you want it: ${suggestions.map((key) => `**${pluralize(key)}**`).join(", ")} (pick below to add).`
      : "";
  if (analysis.things.length === 0) {
    return [
      `I haven't got anything to keep track of yet. Tell me what it should keep, for example “Jobs (customer, address, problem)”.${offer ? ` ${offer}` : ""}`,
    ];
  }
  const keys = new Set(analysis.things.map((thing) => thing.key));
  const lines = analysis.things.map((thing) => {
    const fields = thing.fields.map((field) => {
      const target = field.refersTo ?? singularize(field.said);
      return keys.has(target) && target !== thing.key
        ? `${field.said} (→ ${capitalize(pluralize(target))})`
        : field.said;
    });
    return `- **${capitalize(thingLabel(thing.said))}**${fields.length > 0 ? `: ${fields.join(", ")}` : " (I'll give it a name and the usual dates)"}`;
  });
  const excluded =
    analysis.exclusions.length > 0
      ? `\n\nLeft out, as you said: ${analysis.exclusions.map((exclusion) => exclusion.said).join("; ")}.`
      : "";
  return [`I'll keep track of:\n\n${lines.join("\n")}${excluded}`, ...(offer ? [offer] : [])];
}

/** A thing as the person named it, in the plural they are likely to have used. */
function thingLabel(said: string): string {
  const last = said.split(" ").pop()!;
  return singularize(last) === last ? pluralize(said) : said;
}

/**
 * The review before writing: what the person said, in their words, kept apart from
 * everything the interviewer added, so nothing made up slips in unseen.
 */
export function reviewSummary(state: InterviewState, analysis: Analysis, programName = "tool"): string[] {
  const tech = resolveTech(state);
  const own = analysis.features.filter((feature) => feature.origin === "person");
  const derived = analysis.features.filter((feature) => feature.origin === "derived");
  const saidLines = own.map((feature) => `- ${feature.text} *(${feature.category})*`);
  const techSaid = personTechLines(state);
  const byCategory = new Map<string, string[]>();
  for (const feature of derived)
    byCategory.set(feature.category, [...(byCategory.get(feature.category) ?? []), feature.text]);
  const addedFeatureLines = [...byCategory.entries()].map(
    ([category, features]) => `- **${category}**: ${features.join("; ")}`,
  );
  const said = [...saidLines, ...techSaid];
  const stack = stackLines(tech);
  const paragraphs = [
    `Here's everything before I write the spec: ${kindPhrase(analysis.kind)}.`,
    `**You said** (${own.length} features, in your words)\n\n${said.length > 0 ? said.join("\n") : "- (nothing yet)"}`,
    `**I added** (${derived.length} features)\n\n${addedFeatureLines.length > 0 ? addedFeatureLines.join("\n") : "- (nothing)"}`,
    ...(analysis.tables.length === 0 ? ["**What it stores**: nothing between runs"] : []),
    ...designParts(analysis, programName),
    `**Technology**\n\n${stack.join("\n")}${tech.chosenForThem.length > 0 ? `\n\nMy picks where you left it open: ${tech.chosenForThem.join("; ")}.` : ""}`,
  ];
  if (analysis.exclusions.length > 0)
    paragraphs.push(
      `**Out of scope** (as you said)\n\n${analysis.exclusions.map((exclusion) => `- ${exclusion.said}`).join("\n")}`,
    );
  paragraphs.push(
    `**Total: ${analysis.features.length} features.**${mockupLine(state)} To change anything, just say so: “remove the web screens”, “add a jobs table with customer and address”, “rename vans to trucks”.`,
  );
  return paragraphs;
}

function kindPhrase(kind: string): string {
  return `${/^[aeiou]/i.test(kind) ? "an" : "a"} **${kind}**`;
}

/** Every part of the stack, one line each. */
function stackLines(tech: ReturnType<typeof resolveTech>): string[] {
  const lines: string[] = [];
  if (tech.frontend.length > 0) lines.push(`- Front end: ${tech.frontend.join(", ")}`);
  if (tech.runtime.length > 0) lines.push(`- Language: ${tech.runtime.join(", ")}`);
  if (tech.libraries.length > 0) lines.push(`- Libraries: ${tech.libraries.join(", ")}`);
  if (tech.backend.length > 0) lines.push(`- Back end: ${tech.backend.join(", ")}`);
  lines.push(`- Data: ${tech.database || "none"}`);
  if (tech.communication.length > 0) lines.push(`- Talking to the server: ${tech.communication.join(", ")}`);
  return lines;
}

function mockupLine(state: InterviewState): string {
  if (state.mockups.length === 0) return "";
  return ` Your ${state.mockups.length === 1 ? "image is" : "images are"} named in the spec for the coding agent: ${state.mockups.map((path) => `\`${path}\``).join(", ")}.`;
}

function personTechLines(state: InterviewState): string[] {
  const lines: string[] = [];
  const tech = resolveTech(state);
  const said = state.tech.said;
  if (said.frontend ?? said.mobile ?? state.tech.frontend ?? state.tech.mobile)
    lines.push(`- Front end: ${said.frontend ?? said.mobile ?? tech.frontend[0]}`);
  if (said.runtime ?? state.tech.runtime) lines.push(`- Language: ${said.runtime ?? tech.runtime[0]}`);
  if (said.backend ?? state.tech.backend) lines.push(`- Back end: ${said.backend ?? tech.backend[0]}`);
  if ((said.database ?? state.tech.database) && state.storesData !== false)
    lines.push(`- Database: ${said.database ?? tech.database}`);
  if (said.apiStyle ?? state.tech.apiStyle) lines.push(`- API: ${said.apiStyle ?? tech.communication[0]}`);
  if (said.deployment ?? state.tech.deployment)
    lines.push(
      `- Deployment: ${said.deployment ?? tech.backend.find((line) => /deploy|docker|runs locally|platform/i.test(line)) ?? state.tech.deployment}`,
    );
  for (const note of state.tech.notes) lines.push(`- Technology wishes: ${note}`);
  return lines;
}

export function pluralThings(analysis: Analysis): string {
  return analysis.entities.map((entity) => `**${pluralize(entity)}**`).join(", ");
}
