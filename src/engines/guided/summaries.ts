import type { Analysis } from "./analysis.js";
import { pluralize } from "./inflection.js";
import type { InterviewState } from "./state.js";
import { resolveTech } from "./tech.js";

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

/** The derived design a Quick person confirms: what is stored, the API, the screens. */
export function designSummary(analysis: Analysis): string[] {
  const endpointCount = analysis.endpoints.reduce((total, group) => total + group.endpoints.length, 0);
  const paragraphs = [
    "Here's how I'd build it. You don't need to check every detail; say if something looks off.",
  ];
  if (analysis.tables.length > 0)
    paragraphs.push(`**What the app stores**\n\n${tableLines(analysis).join("\n")}`);
  paragraphs.push(
    `**How the pages talk to the server** (${endpointCount} endpoints)\n\n${endpointLines(analysis).join("\n")}`,
  );
  paragraphs.push(`**Screens**\n\n${analysis.screens.map((screen) => `- ${screen}`).join("\n")}`);
  return paragraphs;
}

/**
 * The review before writing: what the person said, in their words, kept apart from
 * everything the interviewer added, so nothing made up slips in unseen.
 */
export function reviewSummary(state: InterviewState, analysis: Analysis): string[] {
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
  const endpointCount = analysis.endpoints.reduce((total, group) => total + group.endpoints.length, 0);
  const things = analysis.tables.map((table) => tableLabel(table.name));
  const nested = (lines: string[]) => lines.map((line) => `  ${line}`).join("\n");
  const added = [
    ...addedFeatureLines,
    things.length > 0
      ? `- **Data** (${things.length} tables):\n${nested(tableLines(analysis))}`
      : "- **Data**: nothing stored between visits",
    `- **API** (${endpointCount} endpoints):\n${nested(endpointLines(analysis))}`,
    `- **Screens**: ${analysis.screens.filter((screen) => !screen.startsWith("Mockup")).length} screens, from ${analysis.screens[0]?.split(":")[0] ?? "Home"} to ${lastScreenName(analysis)}`,
    ...(tech.chosenForThem.length > 0
      ? [`- **Technology** (my picks): ${tech.chosenForThem.join("; ")}`]
      : []),
  ];
  const said = [...saidLines, ...techSaid];
  return [
    "Here's everything before I write the spec.",
    `**You said** (${own.length} features, in your words)\n\n${said.length > 0 ? said.join("\n") : "- (nothing yet)"}`,
    `**I added** (${derived.length} features, plus the technical design)\n\n${added.join("\n")}`,
    `**Total: ${analysis.features.length} features.**${mockupLine(state)}`,
  ];
}

function lastScreenName(analysis: Analysis): string {
  const screens = analysis.screens.filter(
    (screen) => !screen.startsWith("Mockup") && !screen.startsWith("Navigation"),
  );
  return screens[screens.length - 1]?.split(":")[0] ?? "Settings";
}

function mockupLine(state: InterviewState): string {
  if (state.mockups.length === 0) return "";
  return ` Your ${state.mockups.length === 1 ? "image is" : "images are"} named in the spec for the coding agent: ${state.mockups.map((path) => `\`${path}\``).join(", ")}.`;
}

function personTechLines(state: InterviewState): string[] {
  const lines: string[] = [];
  const tech = resolveTech(state);
  if (state.tech.frontend) lines.push(`- Front end: ${tech.frontend[0]}`);
  if (state.tech.backend) lines.push(`- Back end: ${tech.backend[0]}`);
  if (state.tech.database && state.storesData !== false) lines.push(`- Database: ${tech.database}`);
  if (state.tech.apiStyle) lines.push(`- API: ${tech.communication[0]}`);
  if (state.tech.deployment)
    lines.push(
      `- Deployment: ${tech.backend.find((line) => /deploy|docker|runs locally|platform/i.test(line)) ?? state.tech.deployment}`,
    );
  for (const note of state.tech.notes) lines.push(`- Technology wishes: ${note}`);
  return lines;
}

export function pluralThings(analysis: Analysis): string {
  return analysis.entities.map((entity) => `**${pluralize(entity)}**`).join(", ");
}
