import type { WebSocketRoute } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createGuidedEngine } from "../../src/engines/guided/index.js";
import { reply } from "../support/fake-provider/index.js";
import { validSpecText } from "../support/spec-text.js";
import { countingGreetings } from "./support/greetings.js";
import { interviewOf, SETTLED, waitForText } from "./support/interview-page.js";
import { fakeModelsForEachTest } from "./support/model-studio.js";
import { saveScreenshot } from "./support/screenshots.js";
import { type Studio, studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("resume");
const fakeModel = fakeModelsForEachTest();

/** Says it is a web app, so the first question is how involved the person wants to be. */
const OVERVIEW =
  "A recipe web app for home cooks. People save their recipes, plan weekly meals and generate shopping lists from the meal plan.";
const DRAFT = "Also: the shopping list should group items by aisle";

/** A new project through the page, its first question answered in words, so an interview is under way with a question open. */
async function interviewUnderWay(studio: Studio, name = "recipes") {
  const { page } = studio;
  const interview = interviewOf(page);
  await page.goto(studio.url);
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("button", { name: "Create and start" }).click();
  await interview.settled();
  await interview.act(() => interview.say(OVERVIEW));
  await interview.openQuestion.waitFor();
  return interview;
}

async function createProject(url: string, name: string): Promise<void> {
  const response = await fetch(new URL("/api/projects", url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, spec_method: "chat" }),
  });
  expect(response.status).toBe(201);
}

describe("the studio never loses an interview", () => {
  it("brings back the conversation, the open question and the draft after a reload, and starts nothing new", async () => {
    const { engine, greetings } = countingGreetings(createGuidedEngine());
    const studio = await open({ engine });
    const { page } = studio;
    const interview = await interviewUnderWay(studio);
    const question = await interview.openQuestion.locator(".question-text").first().textContent();
    await interview.composer.fill(DRAFT);
    await studio.screenshot("before the reload");

    await page.reload();
    await interview.settled();
    await interview.openQuestion.waitFor();
    expect(await interview.openQuestion.locator(".question-text").first().textContent()).toBe(question);
    expect(await interview.userMessages.first().textContent()).toBe(OVERVIEW);
    expect(await page.locator(".message-assistant", { hasText: "Let's write the spec for" }).count()).toBe(1);
    expect(await interview.composer.inputValue()).toBe(DRAFT);
    expect(greetings()).toBe(1);
    await studio.screenshot("after the reload");

    // The question still answers, the interview carries on, and a sent draft is gone for good.
    await interview.act(async () => {
      await interview.answerRecommended();
    });
    await waitForText(interview.assistantMessages, "Now the technology");
    await interview.act(() => interview.say("Sounds good."));
    expect(await interview.composer.inputValue()).toBe("");
    await page.reload();
    await interview.settled();
    expect(await interview.composer.inputValue()).toBe("");
    expect(await interview.userMessages.last().textContent()).toBe("Sounds good.");
    expect(greetings()).toBe(1);
    expect(studio.pageErrors).toEqual([]);
  });

  it("goes Back to the projects and Forward to the interview, which is as it was", async () => {
    const { engine, greetings } = countingGreetings(createGuidedEngine());
    const studio = await open({ engine });
    const { page } = studio;
    const interview = await interviewUnderWay(studio);
    await interview.composer.fill(DRAFT);

    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Your app, written down properly" }).waitFor();
    await page.goForward();
    await page.getByRole("heading", { level: 1, name: "recipes" }).waitFor();
    await interview.settled();
    await interview.openQuestion.waitFor();
    expect(await interview.userMessages.first().textContent()).toBe(OVERVIEW);
    expect(await interview.composer.inputValue()).toBe(DRAFT);

    // The same by the page's own link and the browser's Back.
    await page.getByRole("link", { name: "All projects" }).click();
    await page.locator(".project-row", { hasText: "recipes" }).waitFor();
    await page.goBack();
    await interview.settled();
    await interview.openQuestion.waitFor();
    expect(await interview.userMessages.count()).toBe(1);
    expect(greetings()).toBe(1);
    expect(studio.pageErrors).toEqual([]);
  });

  it("shows in one tab what was said in another on the same project", async () => {
    const { engine, greetings } = countingGreetings(createGuidedEngine());
    const studio = await open({ engine });
    const { page, context } = studio;
    const first = interviewOf(page);
    await page.goto(studio.url);
    await page.getByLabel("Project name").fill("shared");
    await page.getByRole("button", { name: "Create and start" }).click();
    await first.settled();

    const otherPage = await context.newPage();
    const second = interviewOf(otherPage);
    await otherPage.goto(`${studio.url}#/projects/shared`);
    await second.settled();
    await waitForText(second.assistantMessages, "Let's write the spec for shared");

    await first.act(() => first.say(OVERVIEW));
    await waitForText(second.userMessages, OVERVIEW);
    await second.openQuestion.waitFor();
    await otherPage.locator(SETTLED).waitFor();
    await otherPage.bringToFront();
    await saveScreenshot(otherPage, "resume", "the other tab, up to date");

    // And back: an answer in the second tab shows in the first, where that question is closed.
    const asked = await second.openQuestion.locator(".question-text").first().textContent();
    const label = await second.answerRecommended();
    await waitForText(first.assistantMessages, "Now the technology");
    await waitForText(first.userMessages, label);
    await page.locator(SETTLED).waitFor();
    for (const text of await first.openQuestion.locator(".question-text").allTextContents())
      expect(text).not.toBe(asked);
    expect(greetings()).toBe(1);
    expect(studio.pageErrors).toEqual([]);
    await otherPage.close();
  });

  it("reopens a finished project on its spec, with its conversation one click away, and carries it on", async () => {
    const { provider, engine } = await fakeModel({
      replies: [
        reply().text("Hello! What would you like to build?").usage({ input: 1_000, output: 20 }),
        reply()
          .text("A chore tracker. Writing the spec now.")
          .tool("Write", { file_path: "prompts/app_spec.txt", content: validSpecText(3, "chores") }),
        reply().text("Your spec is complete.").usage({ input: 2_000, output: 200 }),
        reply().text("Noted: reminders by email too."),
      ],
    });
    const studio = await open({ engine });
    const { page } = studio;
    const interview = interviewOf(page);
    await createProject(studio.url, "chores");
    await page.goto(`${studio.url}#/projects/chores`);
    await interview.settled();
    await interview.act(() => interview.say("A chore tracker for families."));
    await page.locator(".spec-view").waitFor();
    const tokens = await page.locator(".usage-meter-value").textContent();

    await page.reload();
    await page.locator(".spec-view").waitFor();
    expect(await page.getByRole("tab", { name: "Spec", exact: true }).getAttribute("aria-selected")).toBe(
      "true",
    );
    expect(await page.locator(".usage-meter-value").textContent()).toBe(tokens);
    await studio.screenshot("finished project reopened");

    await page.getByRole("tab", { name: "Interview" }).click();
    await waitForText(interview.assistantMessages, "What would you like to build?");
    expect(await interview.userMessages.first().textContent()).toBe("A chore tracker for families.");
    await page.getByText("Your spec is complete").first().waitFor();
    await studio.screenshot("finished project, its conversation");

    await interview.act(() => interview.say("Add reminders by email."));
    expect(await interview.lastAssistantText()).toBe("Noted: reminders by email too.");
    // One greeting only: the fourth request carries on the same conversation.
    const posts = provider.requests.filter((request) => request.method === "POST");
    expect(posts).toHaveLength(4);
    const sent = JSON.stringify(posts[3]!.body.messages);
    expect(sent).toContain("A chore tracker for families.");
    expect(sent).toContain("Add reminders by email.");
    expect(provider.pendingReplies).toBe(0);
    expect(studio.pageErrors).toEqual([]);
  });

  it("starts a new interview only when asked and confirmed, keeping the one before", async () => {
    const { engine, greetings } = countingGreetings(createGuidedEngine());
    const studio = await open({ engine });
    const { page } = studio;
    const interview = await interviewUnderWay(studio);

    const startOver = page.getByRole("button", { name: "Start a new interview" });
    await startOver.click();
    const dialog = page.getByRole("dialog", { name: "Start a new interview?" });
    await dialog.waitFor();
    expect(
      await dialog
        .getByRole("button", { name: "Cancel" })
        .evaluate((button) => button === button.ownerDocument.activeElement),
    ).toBe(true);
    await studio.screenshot("start over, confirmation");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(greetings()).toBe(1);

    await startOver.click();
    await interview.act(() => dialog.getByRole("button", { name: "Start a new interview" }).click());
    await page.getByText("A new interview started.").waitFor();
    await waitForText(interview.assistantMessages.last(), "Let's write the spec for");
    // The interview before stays above the line until the page is reloaded.
    expect(await interview.userMessages.first().textContent()).toBe(OVERVIEW);
    expect(greetings()).toBe(2);

    await page.reload();
    await interview.settled();
    expect(await interview.userMessages.count()).toBe(0);
    expect(greetings()).toBe(2);

    // Earlier interviews, where the server lists them.
    const listed = await fetch(new URL("/api/projects/recipes/interviews", studio.url));
    const earlier = page.getByRole("region", { name: "Earlier interviews" });
    if (listed.status === 404) {
      expect(await earlier.count()).toBe(0);
    } else {
      await earlier
        .getByRole("button", { name: /^Started/ })
        .first()
        .click();
      const archived = page.getByRole("region", { name: "Earlier interview" });
      await waitForText(archived.locator(".message-user-bubble"), OVERVIEW);
      expect(await archived.getByRole("textbox").count()).toBe(0);
      await studio.screenshot("an earlier interview");
      await archived.getByRole("button", { name: "Back to the current interview" }).click();
      await interview.composer.waitFor();
    }
    await page.setViewportSize({ width: 375, height: 812 });
    await studio.screenshot("phone, a new interview");
    expect(studio.pageErrors).toEqual([]);
  });

  it("marks a reply that was cut off, and runs its turn again on Retry", async () => {
    const { provider, engine } = await fakeModel({
      replies: [
        reply().text("Hello! What would you like to build?"),
        reply().text("Let me think about chore trackers in some depth, starting with").hangAfter(6),
        reply().text("Short version: a shared list of chores with points."),
      ],
    });
    const studio = await open({ engine });
    const { page } = studio;
    const interview = interviewOf(page);
    await createProject(studio.url, "chores");
    await page.goto(`${studio.url}#/projects/chores`);
    await interview.settled();
    await interview.say("Tell me everything about chore trackers.");
    await waitForText(interview.assistantMessages, "Let me think");
    await interview.stopButton.click();
    await interview.settled();

    await page.reload();
    await interview.settled();
    const cut = page.locator(".message-assistant", { hasText: "Let me think" });
    await waitForText(cut.locator(".message-cut"), "This reply was cut off here.");
    const offer = page.locator(".error-notice", { hasText: "The interviewer's last reply didn't finish" });
    await studio.screenshot("a reply cut off, after a reload");
    await interview.act(() => offer.getByRole("button", { name: "Retry" }).click());
    expect(await interview.lastAssistantText()).toBe("Short version: a shared list of chores with points.");
    expect(await offer.getByRole("button", { name: "Retry" }).count()).toBe(0);
    // The turn ran again from the person's message, which the server did not record twice.
    const posts = provider.requests.filter((request) => request.method === "POST");
    expect(posts).toHaveLength(3);
    const asked = JSON.stringify(posts[2]!.body.messages).split("Tell me everything about chore trackers.");
    expect(asked).toHaveLength(2);
    expect(studio.pageErrors).toEqual([]);
  });

  it("says plainly when an answer comes too late, and shows the interview as it now is", async () => {
    const studio = await open();
    const { context } = studio;
    const first = await interviewUnderWay(studio, "shared");

    // The second tab's connection can be held up, as a slow network would: what the
    // server sends it waits until it is let through.
    const otherPage = await context.newPage();
    let held: (string | Buffer)[] | null = null;
    let toPage: WebSocketRoute | null = null;
    await otherPage.routeWebSocket(/\/api\/spec\/ws\//, (socket) => {
      toPage = socket;
      socket.connectToServer().onMessage((message) => {
        if (held) held.push(message);
        else socket.send(message);
      });
    });
    const second = interviewOf(otherPage);
    await otherPage.goto(`${studio.url}#/projects/shared`);
    await second.settled();
    await second.openQuestion.waitFor();

    held = [];
    const label = await first.answerRecommended();
    await first.settled();
    await waitForText(first.assistantMessages, "Now the technology");
    // The second tab has heard nothing of that yet, and answers the same question.
    await second.openQuestion.locator("label.choice").nth(1).click();
    await second.openQuestion.getByRole("button", { name: "Send answer" }).click();
    await expect
      .poll(() => held?.some((message) => String(message).includes("question_not_pending")))
      .toBe(true);
    const waiting = held;
    held = null;
    for (const message of waiting) (toPage as WebSocketRoute | null)?.send(message);

    await waitForText(
      otherPage.locator(".error-notice"),
      "Your answer wasn't used: that question had already been answered",
    );
    await waitForText(second.assistantMessages, "Now the technology");
    await otherPage.locator(SETTLED).waitFor();
    // The interview as the server has it: the first tab's answer, not the second's.
    expect(await second.userMessages.allTextContents()).toEqual([OVERVIEW, label]);
    expect(await second.userMessages.allTextContents()).toEqual(await first.userMessages.allTextContents());
    await otherPage.bringToFront();
    await saveScreenshot(otherPage, "resume", "an answer that came too late");
    expect(studio.pageErrors).toEqual([]);
    await otherPage.close();
  });
});
