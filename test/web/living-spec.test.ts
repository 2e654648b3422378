import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { fillFeatureCount, initializerTemplate, makeSpecStatus } from "../../src/app-spec/index.js";
import { engineError } from "../../src/types/engine-events.js";
import type { UserEntry } from "../../src/types/transcript.js";
import { asks, ScriptedEngine, type ScriptedTurn, usesTools } from "../support/scripted-engine.js";
import { validSpecText } from "../support/spec-text.js";
import { seriousViolations } from "./support/axe.js";
import { interviewOf } from "./support/interview-page.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("living-spec");

/** What has the keyboard, as `tag#id.class text`, read inside the page. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = (globalThis as unknown as { document: { activeElement: Record<string, unknown> | null } })
      .document.activeElement;
    if (!element) return "";
    return `${String(element.tagName).toLowerCase()}#${String(element.id)} ${String(element.textContent ?? "").trim()}`;
  });
}

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), screen).toEqual([]);
}

/** A turn whose interviewer fails in the way a provider outage does. */
function fails(): ScriptedTurn {
  return async function* () {
    yield engineError("provider_unreachable", "The model's server did not answer.");
  };
}

const platform = {
  question: "Where should the app run?",
  header: "Platform",
  options: [
    { label: "Web (Recommended)", description: "Works in any browser" },
    { label: "Phone", description: "An app for iOS and Android" },
  ],
  multiSelect: false,
};

const settings = {
  question: "Which settings does it need? Pick any (or none).",
  header: "Settings",
  options: [
    { label: "Profile", description: "Name and photo" },
    { label: "Reminders", description: "Before something is due" },
  ],
  multiSelect: true,
};

/** A valid spec with one warning: its feature count says 9 where it lists 4. */
const WARNED_SPEC = validSpecText(4).replace("<feature_count>4", "<feature_count>9");

/** A project whose finished spec lies on disk, as an earlier interview (or a person) left it. */
async function finishedProject(projectsDir: string, name: string): Promise<string> {
  const dir = join(projectsDir, name);
  await mkdir(join(dir, "prompts"), { recursive: true });
  await writeFile(join(dir, "prompts/app_spec.txt"), validSpecText(3));
  await writeFile(join(dir, "prompts/initializer_prompt.md"), fillFeatureCount(initializerTemplate(), 3));
  await writeFile(
    join(dir, "prompts/.spec_status.json"),
    JSON.stringify(makeSpecStatus(["prompts/app_spec.txt", "prompts/initializer_prompt.md"], 3)),
  );
  return dir;
}

describe("the studio for keyboards, screen readers and small windows", () => {
  it("sends a focused option with one Enter, an empty multi-select, and says what it completed", async () => {
    const engine = new ScriptedEngine(
      asks("q-platform", [platform], "First:"),
      asks("q-settings", [settings], "Next:"),
      fails(),
      usesTools([{ toolName: "Write", input: { file_path: "prompts/app_spec.txt", content: WARNED_SPEC } }]),
    );
    const studio = await open({ engine });
    const { page } = studio;
    const interview = interviewOf(page);

    await page.goto(studio.url);
    await page.getByText("No projects yet").waitFor();
    await expectNoSeriousViolations(page, "projects");
    // A suggested name, once used, hands the keyboard back to the name.
    const field = page.getByLabel("Project name");
    await field.fill("my demo");
    await page.getByRole("button", { name: "Use “my-demo”" }).click();
    expect(await focused(page)).toMatch(/^input#/);
    await field.fill("demo");
    await page.getByRole("button", { name: "Create and start" }).click();

    await interview.openQuestion.waitFor();
    await expectNoSeriousViolations(page, "question");
    // At 200% zoom a 1280×900 window is 640×450 CSS pixels: the question and its button
    // fit side to side, and can be seen together below the top bar.
    await page.setViewportSize({ width: 640, height: 450 });
    const send = interview.openQuestion.getByRole("button", { name: "Send answer" });
    await interview.openQuestion.evaluate((card) =>
      (card as unknown as { scrollIntoView(options: unknown): void }).scrollIntoView({ block: "start" }),
    );
    await studio.screenshot("question at 200% zoom");
    const sendBox = await send.boundingBox();
    const questionText = await interview.openQuestion.locator("legend").boundingBox();
    const topBar = await page.locator(".topbar").boundingBox();
    expect(
      sendBox && sendBox.x >= 0 && sendBox.x + sendBox.width <= 640 && sendBox.y + sendBox.height <= 450,
    ).toBe(true);
    expect(questionText && topBar && questionText.y >= topBar.y + topBar.height).toBe(true);
    const pageWidth = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
          .documentElement.scrollWidth,
    );
    expect(pageWidth).toBeLessThanOrEqual(640);
    await page.setViewportSize({ width: 1280, height: 860 });

    // The recommended option comes first and has the keyboard: one Enter sends it.
    await interview.choice("Web").locator("input").focus();
    await interview.act(() => page.keyboard.press("Enter"));
    expect(await interview.userMessages.last().textContent()).toBe("Web");

    // A multi-select with nothing ticked is an answer too: none of them.
    await interview.openQuestion.getByRole("button", { name: "Send answer" }).waitFor();
    await interview.act(() => interview.openQuestion.getByRole("button", { name: "Send answer" }).click());
    expect(await interview.userMessages.last().textContent()).toBe("(none)");
    const answered = engine.seen[2]!.transcript.findLast((entry) => entry.role === "user") as UserEntry;
    expect(answered.answer).toEqual({ toolCallId: "q-settings", answers: { "0": [] } });

    // The turn that fails shows its error and the way to run it again.
    await page.getByRole("button", { name: "Retry" }).waitFor();
    await expectNoSeriousViolations(page, "error");
    await interview.act(() => page.getByRole("button", { name: "Retry" }).click());

    // The page moves to the spec by itself, and so does the keyboard.
    await page.locator(".spec-view").waitFor();
    await page.waitForFunction(() => {
      const active = (
        globalThis as unknown as {
          document: { activeElement: { getAttribute(name: string): string | null } | null };
        }
      ).document.activeElement;
      return active?.getAttribute("role") === "tab";
    });
    expect(await focused(page)).toMatch(/Spec$/);
    await studio.screenshot("completion");
    // The spec has a warning (its feature count disagrees with its lines): the banner says so, as Checks does.
    await page
      .getByText(
        /Your spec is complete: both files are written and valid, with 1 warning to look at in Checks\./,
      )
      .waitFor();
    await expectNoSeriousViolations(page, "completion");
    await page.getByRole("tab", { name: /Checks/ }).click();
    await page.locator(".finding-warning").waitFor();
    await page.getByRole("tab", { name: "Interview" }).click();
    await page.locator(".complete-notice").waitFor();
    expect(studio.pageErrors).toEqual([]);
  });
});

describe("the spec as a living document", () => {
  it("flags a mistake as it is typed, saves the fix, lists the versions, shows the diff and restores one", async () => {
    const studio = await open();
    const { page } = studio;
    const dir = await finishedProject(studio.projectsDir, "tasks");
    const onDisk = () => readFile(join(dir, "prompts/app_spec.txt"), "utf8");

    await page.goto(`${studio.url}#/projects/tasks`);
    await page.locator(".spec-view").waitFor();
    for (const tab of ["Summary", "app_spec.txt", "Checks", "Initializer prompt"]) {
      await page.getByRole("tab", { name: new RegExp(`^${tab}`) }).click();
      await expectNoSeriousViolations(page, `spec tab ${tab}`);
    }

    await page.getByRole("tab", { name: "Edit" }).click();
    const editor = page.getByRole("textbox", { name: "Edit prompts/app_spec.txt" });
    await editor.waitFor();
    await page.getByText(/^(No problems found|\d+ warnings?)/).waitFor();
    await expectNoSeriousViolations(page, "editor");

    // A mistake: an element after the spec's end (the editor closes the tag as it is typed).
    // The validator's finding shows on its line.
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("<notes>");
    await page.getByText(/^\d+ errors?.*not valid until they are fixed/).waitFor();
    await page.locator(".cm-lint-marker-error").first().waitFor();
    await page.locator(".spec-editor-finding.finding-error").first().waitFor();
    await studio.screenshot("editor with a mistake");
    await expectNoSeriousViolations(page, "editor with a mistake");

    // The fix, and a real change: a sentence more in the overview (line 3).
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+End");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("End");
    for (let count = 0; count < "</overview>".length; count++) await page.keyboard.press("ArrowLeft");
    await page.keyboard.insertText(" Shared by the whole family.");
    await page.getByText(/^(No problems found|\d+ warnings?\.)/).waitFor();
    await page.keyboard.press("Control+s");
    await page.getByText("Saved. The initializer prompt follows: 3 features.").waitFor();
    const edited = validSpecText(3).replace("& their kids.", "& their kids. Shared by the whole family.");
    expect(await onDisk()).toBe(edited);

    // Versions: the text found on disk before the edit, then the edit.
    await page.getByRole("tab", { name: "Versions" }).click();
    const list = page.getByRole("list", { name: "Versions of prompts/app_spec.txt" });
    await list.waitFor();
    const rows = list.locator(".spec-version");
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain("Edited in the studio");
    expect(await rows.nth(1).textContent()).toContain("Changed outside Specwright");
    await page.getByText("1 line added, 1 line removed.").waitFor();
    const diff = page.getByRole("region", { name: /^Differences from version 1 to version 2/ });
    expect(await diff.locator(".spec-diff-added").textContent()).toContain("Shared by the whole family.");
    expect(await diff.locator(".spec-diff-removed").textContent()).not.toContain("Shared");
    await studio.screenshot("versions and diff");
    await expectNoSeriousViolations(page, "versions and diff");

    await rows.nth(1).getByRole("button", { name: "Restore Version 1" }).click();
    const dialog = page.getByRole("dialog", { name: "Restore Version 1?" });
    await dialog.getByRole("button", { name: "Restore", exact: true }).click();
    await page.getByText("Version 1 is the text of app_spec.txt again.").waitFor();
    expect(await onDisk()).toBe(validSpecText(3));
    await rows.filter({ hasText: "Restored from version 1" }).waitFor();
    expect(studio.pageErrors).toEqual([]);
  });

  it("does not overwrite a file changed on disk meanwhile: the person reloads or overwrites", async () => {
    const studio = await open();
    const { page } = studio;
    const dir = await finishedProject(studio.projectsDir, "tasks");
    const specPath = join(dir, "prompts/app_spec.txt");

    await page.goto(`${studio.url}#/projects/tasks`);
    await page.getByRole("tab", { name: "Edit" }).click();
    const editor = page.getByRole("textbox", { name: "Edit prompts/app_spec.txt" });
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("<!-- mine -->");
    await writeFile(specPath, validSpecText(5));
    await page.getByRole("button", { name: "Save" }).click();
    const conflict = page
      .getByRole("alert")
      .filter({ hasText: "The file changed on disk since you opened it" });
    await conflict.waitFor();
    expect(await focused(page)).toMatch(/The file changed on disk/);
    await expectNoSeriousViolations(page, "conflict");
    expect(await readFile(specPath, "utf8")).toBe(validSpecText(5));

    await conflict.getByRole("button", { name: "Load the file from disk" }).click();
    await page.locator(".cm-content", { hasText: "<feature_count>5</feature_count>" }).waitFor();
    expect(await page.locator(".cm-content").textContent()).not.toContain("mine");

    await page.keyboard.press("Control+End");
    await page.keyboard.type("<!-- mine again -->");
    await writeFile(specPath, validSpecText(6));
    await page.getByRole("button", { name: "Save" }).click();
    await conflict.getByRole("button", { name: "Save mine over it" }).click();
    await page.getByText(/^Saved\./).waitFor();
    expect(await readFile(specPath, "utf8")).toBe(`${validSpecText(5)}<!-- mine again -->`);
    // What was overwritten is kept among the versions, under the text that replaced it.
    await page.getByRole("tab", { name: "Versions" }).click();
    const rows = page.locator(".spec-version");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain("Edited in the studio");
    expect(await rows.nth(1).textContent()).toContain("Changed outside Specwright");
    await page.locator(".spec-diff-added", { hasText: "<!-- mine again -->" }).waitFor();
    expect(studio.pageErrors).toEqual([]);
  });
});
