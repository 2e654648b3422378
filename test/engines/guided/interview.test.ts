import { access } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { APP_SPEC_PATH, INITIALIZER_PROMPT_PATH, validateAppSpec } from "../../../src/app-spec/index.js";
import { INTERVIEW_PHASES } from "../../../src/types/phases.js";
import {
  DETAILED_NAMED_FEATURES,
  DETAILED_SCRIPT,
  QUICK_NAMED_FEATURES,
  QUICK_REVIEW,
  QUICK_SCRIPT,
} from "./scripts.js";
import { InterviewDriver, makeProjectDir, section } from "./support.js";

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function newInterview(options: { projectName?: string } = {}): Promise<InterviewDriver> {
  const project = await makeProjectDir();
  cleanups.push(project.cleanup);
  return InterviewDriver.start(project.dir, options);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function featureLines(spec: string): string[] {
  return section(spec, "core_features")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2));
}

function tableNames(spec: string): string[] {
  return [...section(spec, "database_schema").matchAll(/^\s*<([a-z_]+)>\s*$/gm)]
    .map((match) => match[1]!)
    .filter((name) => name !== "tables");
}

function categoryNames(spec: string): string[] {
  return validateAppSpec(spec).categories.map((category) => category.name);
}

describe("a quick interview about a recipe planner", () => {
  it("walks every phase in order and writes a valid spec only after approval", async () => {
    const interview = await newInterview({ projectName: "meal-planner" });
    await interview.replyAll(QUICK_SCRIPT);
    expect(interview.step).toBe("review");
    expect(await exists(join(interview.context.projectDir, APP_SPEC_PATH))).toBe(false);
    await interview.replyAll(QUICK_REVIEW);
    expect(interview.step).toBe("done");

    const phases = interview.turns.flatMap((turn) => turn.phases);
    expect(phases).toEqual(INTERVIEW_PHASES.map((phase) => phase.id));
    expect(interview.turns.flatMap((turn) => turn.errors)).toEqual([]);

    const spec = await interview.readSpec();
    const validation = validateAppSpec(spec);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(validation.featureCount).toBe(validation.featureLines);
    expect(validation.featureCount).toBe(featureLines(spec).length);
    // The initializer prompt is the session's to write, from this spec (test/engines/guided/session.test.ts).
    expect(await exists(join(interview.context.projectDir, INITIALIZER_PROMPT_PATH))).toBe(false);
    expect(interview.last.text).toContain(`${validation.featureCount} features`);
    expect(interview.last.text).toContain("prompts/app_spec.txt");
  });

  it("carries every feature the person named into core_features, and their things into the schema", async () => {
    const interview = await newInterview();
    await interview.replyAll([...QUICK_SCRIPT, ...QUICK_REVIEW]);
    const spec = await interview.readSpec();
    const features = section(spec, "core_features");
    for (const named of QUICK_NAMED_FEATURES) expect(features).toContain(named);
    expect(tableNames(spec)).toEqual(
      expect.arrayContaining(["users", "recipes", "meal_plans", "shopping_lists"]),
    );
    expect(section(spec, "database_schema")).not.toMatch(/\bitems?\b/i);
    expect(categoryNames(spec)).toEqual(
      expect.arrayContaining(["recipes", "meal_plans", "shopping_lists", "accounts"]),
    );
    expect(section(spec, "api_endpoints_summary")).toContain("POST /api/shopping-lists/generate");
    expect(section(spec, "overview")).toContain("busy families");
  });

  it("shows everything it added before approval, apart from what the person said", async () => {
    const interview = await newInterview();
    await interview.replyAll([...QUICK_SCRIPT, ...QUICK_REVIEW.slice(0, 2)]);
    const review = interview.last.text;
    expect(interview.step).toBe("review");
    expect(review).toContain("Added to **Recipes**: Users can export recipes as PDF");
    const [said, added] = review.split("**I added**");
    expect(said).toContain("**You said**");
    for (const named of QUICK_NAMED_FEATURES) expect(said).toContain(named);
    await interview.reply("approve");
    const spec = await interview.readSpec();
    for (const line of featureLines(spec)) expect(review).toContain(line);
    expect(added).toContain("React 18 with TypeScript");
    expect(added).not.toContain("Users can save recipes");
  });

  it("asks what exactly a vague statement means, quoting it", async () => {
    const interview = await newInterview();
    await interview.replyAll(QUICK_SCRIPT.slice(0, 15));
    expect(interview.step).toBe("features-clarify");
    expect(interview.last.text).toContain("“manage stuff etc”");
  });

  it("adds a feature after completion and rewrites the app spec with the count one higher", async () => {
    const interview = await newInterview();
    await interview.replyAll([...QUICK_SCRIPT, ...QUICK_REVIEW]);
    const before = validateAppSpec(await interview.readSpec()).featureCount!;

    const change = await interview.reply("add a feature: print the shopping list");
    expect(change.text).toContain("print the shopping list");
    expect(change.text).toContain(`**${before + 1} features** (was ${before})`);
    expect(change.question?.questions[0]?.options[0]?.label).toBe("Approve and write the spec (Recommended)");
    expect(validateAppSpec(await interview.readSpec()).featureCount).toBe(before);

    await interview.reply({ widget: "Approve and write the spec (Recommended)" });
    const spec = await interview.readSpec();
    const validation = validateAppSpec(spec);
    expect(validation.valid).toBe(true);
    expect(validation.featureCount).toBe(before + 1);
    expect(validation.featureLines).toBe(before + 1);
    expect(section(spec, "shopping_lists")).toContain("print the shopping list");
  });
});

describe("a detailed interview about a volunteer-shift scheduler", () => {
  it("asks about the technical design and writes a valid spec in the person's terms", async () => {
    const interview = await newInterview({ projectName: "shift-helper" });
    await interview.replyAll(DETAILED_SCRIPT);
    expect(interview.step).toBe("done");
    const steps = interview.transcript.flatMap((entry) =>
      entry.role === "assistant" ? [String(entry.meta?.guidedStep)] : [],
    );
    expect(steps).toEqual(
      expect.arrayContaining([
        "overview-more",
        "tech-frontend",
        "tech-backend",
        "design-database",
        "design-api",
        "design-deployment",
      ]),
    );
    expect(steps).not.toContain("design-quick");

    const spec = await interview.readSpec();
    const validation = validateAppSpec(spec);
    expect(validation.errors).toEqual([]);
    expect(validation.featureCount).toBe(60);
    expect(validation.featureLines).toBe(60);
    const features = section(spec, "core_features").toLowerCase();
    for (const named of DETAILED_NAMED_FEATURES) expect(features).toContain(named.toLowerCase());
    expect(tableNames(spec)).toEqual(
      expect.arrayContaining(["users", "shifts", "locations", "volunteer_hours", "shift_signups"]),
    );
    expect(section(spec, "database_schema")).not.toMatch(/\bitems?\b/i);
    expect(section(spec, "database_schema")).toContain("role (text: coordinator, volunteer, admin)");
    expect(section(spec, "technology_stack")).toContain("Vue 3 with TypeScript");
    expect(section(spec, "technology_stack")).toContain("FastAPI");
    expect(section(spec, "technology_stack")).toContain("PostgreSQL");
    expect(section(spec, "technology_stack")).toContain("Docker");
    expect(section(spec, "success_criteria")).toContain("Volunteers never double-book a shift");
    expect(section(spec, "api_endpoints_summary")).toContain("POST /api/shifts/:id/signups");
  });

  it("gives a different idea visibly different categories and tables", async () => {
    const quick = await newInterview();
    await quick.replyAll([...QUICK_SCRIPT, ...QUICK_REVIEW]);
    const detailed = await newInterview();
    await detailed.replyAll(DETAILED_SCRIPT);
    const recipeSpec = await quick.readSpec();
    const shiftSpec = await detailed.readSpec();
    const sharedCategories = categoryNames(recipeSpec).filter((name) =>
      categoryNames(shiftSpec).includes(name),
    );
    const sharedTables = tableNames(recipeSpec).filter((name) => tableNames(shiftSpec).includes(name));
    expect(categoryNames(shiftSpec)).toEqual(
      expect.arrayContaining(["shifts", "locations", "volunteer_hours"]),
    );
    expect(categoryNames(recipeSpec)).not.toContain("shifts");
    // Only the standard areas both chose may repeat.
    expect(
      sharedCategories.every((name) =>
        ["accounts", "settings_and_notifications", "search_and_filtering", "dashboards_and_reports"].includes(
          name,
        ),
      ),
    ).toBe(true);
    expect(sharedTables.every((name) => ["users", "notifications"].includes(name))).toBe(true);
  });
});
