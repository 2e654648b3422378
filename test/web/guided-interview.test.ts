import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateAppSpec } from "../../src/app-spec/index.js";
import { interviewOf, waitForText } from "./support/interview-page.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("guided");

/** What the person types when the interviewer asks in words rather than with options. */
const FREE_TEXT = [
  "A recipe app for home cooks. People save their recipes, plan weekly meals and generate shopping lists from the meal plan.",
  "I open the app, pick recipes for each day of the week, and then get one shopping list for the whole week.",
  "Recipes with ingredients and steps, weekly meal plans, and shopping lists.",
];

/**
 * The person's own notes, attached as a Markdown document where the last free answer
 * goes: the guided interviewer reads them as if typed, features and exclusions alike.
 */
const NOTES_MD = [
  "# More for the recipe app",
  "",
  "- Scale a recipe to a different number of servings.",
  "- Import a recipe from a web page.",
  "",
  "No social sharing.",
].join("\n");

describe("the studio with the guided interviewer", () => {
  it("takes a person from a new project to a complete spec by clicking and typing", async () => {
    const studio = await open();
    const { page } = studio;
    const interview = interviewOf(page);

    await page.goto(studio.url);
    await page.getByText("No projects yet").waitFor();
    await studio.screenshot("projects, empty");

    await page.getByLabel("Project name").fill("recipe-box");
    await page.getByRole("button", { name: "Create and start" }).click();
    await page.getByRole("heading", { level: 1, name: "recipe-box" }).waitFor();
    await waitForText(interview.assistantMessages, "Let's write the spec for recipe-box");
    await interview.settled();
    expect(await interview.connection.locator(".connection-label").textContent()).toBe("Connected");
    await studio.screenshot("interview, greeting");

    const freeText = [...FREE_TEXT];
    // The Spec tab appears once the spec is complete (`spec_complete` comes before the turn ends).
    const specTab = page.getByRole("tab", { name: "Spec" });
    let questionsAnswered = 0;
    let notesSent = false;
    for (let turn = 0; turn < 40 && (await specTab.count()) === 0; turn++) {
      if (await interview.openQuestion.isVisible()) {
        if (questionsAnswered === 0) {
          await studio.screenshot("question");
          // The first choice has the focus when a question arrives: a number picks, Enter sends.
          await interview.act(async () => {
            await page.keyboard.press("1");
            await page.keyboard.press("Enter");
          });
        } else if (questionsAnswered === 1) {
          // Arrows move between the choices and pick as they go; Enter sends the one picked.
          await interview.act(async () => {
            await page.keyboard.press("ArrowDown");
            await page.keyboard.press("ArrowUp");
            await page.keyboard.press("Enter");
          });
        } else {
          await interview.act(async () => {
            await interview.answerRecommended();
          });
        }
        questionsAnswered++;
      } else if (freeText.length > 0) {
        await interview.act(() => interview.say(freeText.shift()!));
      } else if (!notesSent) {
        await page
          .locator('input[type="file"]')
          .setInputFiles([{ name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from(NOTES_MD) }]);
        await page.getByRole("list", { name: "Files to send" }).getByText("notes.md").waitFor();
        await interview.act(() => interview.say("The rest is in my notes."));
        notesSent = true;
      } else {
        await interview.act(() => interview.say("Nothing more to add."));
      }
    }
    // The answers sent by keyboard were the first options, as the person's messages show.
    expect(questionsAnswered).toBeGreaterThan(2);
    // The first question asks what kind of software it is; then how involved the person wants to be.
    expect(await interview.userMessages.nth(1).textContent()).toBe("Web app");
    expect(await interview.userMessages.nth(2).textContent()).toBe("Quick");
    expect(await interview.userMessages.nth(3).textContent()).toBe("Use sensible defaults");

    // Completion: the page says so and shows the spec.
    await page.locator(".spec-view").waitFor();
    const spec = await readFile(join(studio.projectsDir, "recipe-box/prompts/app_spec.txt"), "utf8");
    const validation = validateAppSpec(spec);
    expect(validation.errors).toEqual([]);
    // What the notes said is in the spec: their features as features, their "no" out of scope.
    expect(notesSent).toBe(true);
    const features = validation.categories.flatMap((category) => category.features).join("\n");
    expect(features).toMatch(/scale a recipe/i);
    expect(features).toMatch(/import a recipe from a web page/i);
    expect(features).not.toMatch(/shar/i);
    expect(spec).toMatch(/<out_of_scope>[\s\S]*social sharing[\s\S]*<\/out_of_scope>/i);
    await page.getByText("Valid spec").waitFor();
    await page.getByText("Your spec is complete: both files are written and pass every check.").waitFor();
    expect(await page.locator(".spec-view-meta").textContent()).toContain(
      `${validation.featureCount} features`,
    );
    for (const category of validation.categories.slice(0, 2)) {
      expect(await page.locator(".spec-category").count()).toBeGreaterThan(0);
      await page.locator(".spec-category li", { hasText: category.features[0]! }).first().waitFor();
    }
    await studio.screenshot("completion, spec overview");

    await page.getByRole("tab", { name: "app_spec.txt" }).click();
    expect(await page.locator(".file-block-text pre").textContent()).toBe(spec);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download app_spec.txt" }).click();
    const saved = await (await download).path();
    expect(await readFile(saved, "utf8")).toBe(spec);
    await studio.screenshot("completion, raw spec");

    await page.getByRole("tab", { name: /Checks/ }).click();
    await page.locator(".findings-clean, .findings").first().waitFor();
    await page.getByRole("tab", { name: "Initializer prompt" }).click();
    const initializer = await readFile(
      join(studio.projectsDir, "recipe-box/prompts/initializer_prompt.md"),
      "utf8",
    );
    expect(await page.locator(".file-block-text pre").textContent()).toBe(initializer);
    await page.getByRole("link", { name: "Download initializer_prompt.md" }).waitFor();

    // The conversation carries on to change something, and the spec view follows.
    await page.getByRole("button", { name: "Back to the conversation" }).click();
    await page.locator(".complete-notice").getByText("Your spec is complete").waitFor();
    await interview.settled();
    await interview.act(() => interview.say("add a feature: export a recipe to PDF"));
    // The interviewer lists the change and asks for approval before it rewrites the files.
    await interview.act(async () => {
      await interview.answerRecommended();
    });
    await page.locator(".spec-view").waitFor();
    await page.getByRole("tab", { name: "Summary" }).click();
    await page
      .locator(".spec-category li", { hasText: /export a recipe to PDF/i })
      .first()
      .waitFor();
    const revised = validateAppSpec(
      await readFile(join(studio.projectsDir, "recipe-box/prompts/app_spec.txt"), "utf8"),
    );
    expect(revised.featureCount).toBe((validation.featureCount ?? 0) + 1);

    await page.getByRole("tab", { name: "Interview" }).click();
    const updated = page.locator(".complete-notice", { hasText: "Your spec is updated" });
    await updated.waitFor();
    // The notice says what the change did, in words, with the counts before and after.
    const said = await updated.locator(".complete-notice-changes").textContent();
    expect(said).toMatch(/^Added 1 feature: [^.]*export a recipe to PDF/i);
    expect(said).toContain(`${validation.featureCount} → ${revised.featureCount} features.`);
    expect(said).toContain("core_features");
    await studio.screenshot("conversation after a change");
    // "See the changes" opens the Versions view on the diff between the two versions.
    await updated.getByRole("button", { name: "See the changes" }).click();
    await page
      .locator(".spec-diff .spec-diff-added", { hasText: /export a recipe to PDF/i })
      .first()
      .waitFor();
    expect(await page.getByRole("tab", { name: "Versions" }).getAttribute("aria-selected")).toBe("true");
    await page.getByRole("tab", { name: "Interview" }).click();

    await page.setViewportSize({ width: 375, height: 812 });
    await studio.screenshot("phone, conversation");
    await page.getByRole("tab", { name: "Spec" }).click();
    await page.locator(".spec-view").waitFor();
    await studio.screenshot("phone, spec");

    await page.getByRole("button", { name: "Use the dark theme" }).click();
    await page.locator("html[data-theme=dark]").waitFor({ state: "attached" });
    await studio.screenshot("phone, spec, dark");
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByRole("tab", { name: "Interview" }).click();
    await studio.screenshot("conversation, dark");
    await page.getByRole("link", { name: "All projects" }).click();
    await page.locator(".project-row", { hasText: "recipe-box" }).getByText("Spec ready").waitFor();
    await studio.screenshot("projects, dark");

    expect(studio.pageErrors).toEqual([]);
  }, 120_000);
});
