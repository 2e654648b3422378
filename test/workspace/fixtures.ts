import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FEATURE_COUNT_PLACEHOLDER, initializerTemplate } from "../../src/app-spec/index.js";

/**
 * A temporary folder holding a project folder (`proj`, with an empty `prompts/`) and
 * an `outside` folder next to it that nothing may reach through the project.
 */
export interface Playground {
  root: string;
  project: string;
  outside: string;
  remove(): Promise<void>;
}

export async function makePlayground(): Promise<Playground> {
  const root = await realpath(await mkdtemp(join(tmpdir(), "specwright-workspace-")));
  const project = join(root, "proj");
  const outside = join(root, "outside");
  await mkdir(join(project, "prompts"), { recursive: true });
  await mkdir(outside);
  return { root, project, outside, remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * Everything under `dir` as "path: content" lines (links as "path -> target"), so a
 * test can assert that a refused call left the disk exactly as it was.
 */
export async function snapshot(dir: string, prefix = ""): Promise<string[]> {
  const lines: string[] = [];
  const names = (await readdir(dir)).sort();
  for (const name of names) {
    const path = join(dir, name);
    const shown = `${prefix}${name}`;
    const stats = await lstat(path);
    if (stats.isSymbolicLink()) lines.push(`${shown} -> ${await readlink(path)}`);
    else if (stats.isDirectory()) lines.push(`${shown}/`, ...(await snapshot(path, `${shown}/`)));
    else lines.push(`${shown}: ${await readFile(path, "utf8")}`);
  }
  return lines;
}

export async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** An app spec in the shape the interview writes, with `featureCount` features. */
export function validAppSpec(featureCount = 3): string {
  const features = Array.from(
    { length: featureCount },
    (_, index) => `      - Feature number ${index + 1} works`,
  );
  return `<project_specification>
  <project_name>Recipe Box</project_name>
  <overview>A small app for keeping family recipes, for home cooks who want them in one place.</overview>
  <technology_stack>
    <frontend>React with Vite</frontend>
    <backend>
      Node.js with Express
      <database>SQLite</database>
    </backend>
    <communication>REST over HTTP</communication>
  </technology_stack>
  <prerequisites>- Node.js 20</prerequisites>
  <feature_count>${featureCount}</feature_count>
  <security_and_access_control>- One local user, no accounts</security_and_access_control>
  <core_features>
    <recipes>
${features.join("\n")}
    </recipes>
  </core_features>
  <database_schema>recipes: id, title, body</database_schema>
  <api_endpoints_summary>GET /api/recipes - list recipes</api_endpoints_summary>
  <ui_layout>One list screen and one detail screen</ui_layout>
  <design_system>Warm colours, large type</design_system>
  <implementation_steps>
    <step number="1">
      <title>Set up</title>
      <tasks>- Create the project</tasks>
    </step>
  </implementation_steps>
  <success_criteria>- Every feature works</success_criteria>
</project_specification>
`;
}

/** The initializer template with its count filled in. */
export function filledInitializer(featureCount: number): string {
  return initializerTemplate().replaceAll(FEATURE_COUNT_PLACEHOLDER, String(featureCount));
}
