import { describe, expect, it } from "vitest";
import { fault, reply } from "../support/fake-provider/index.js";
import { validSpecText } from "../support/spec-text.js";
import type { InPage } from "./support/in-page.js";
import { interviewOf, waitForText } from "./support/interview-page.js";
import {
  contentBlocks,
  fakeModelsForEachTest,
  PRICED_MODEL,
  TINY_PNG_BASE64,
} from "./support/model-studio.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("model");
const fakeModel = fakeModelsForEachTest();

const questions = {
  questions: [
    {
      question: "Where should the app run?",
      header: "Platform",
      multiSelect: false,
      options: [
        { label: "Web (Recommended)", description: "Works in any browser, on any device" },
        { label: "Phone", description: "An app for iOS and Android" },
      ],
    },
    {
      question: "Which extras should it have?",
      header: "Extras",
      multiSelect: true,
      options: [
        { label: "Reminders", description: "A nudge before a chore is due" },
        { label: "Points", description: "Kids earn points for done chores" },
        { label: "Photos", description: "Proof that the room is tidy" },
      ],
    },
  ],
};

/** A greeting with Markdown, and HTML that must never run or render. */
const GREETING =
  'Hello! **What would you like to build?**\n\n- who is it for\n- what does it do\n\n<img src="x" onerror="window.__injected = 1"><script>window.__injected = 2</script>';

async function createProject(url: string, name: string): Promise<void> {
  const response = await fetch(new URL("/api/projects", url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, spec_method: "chat" }),
  });
  expect(response.status).toBe(201);
}

describe("the studio with a model interviewer (fake provider)", () => {
  it("runs a whole interview: Markdown without HTML, an image, a question answered by clicking, usage and cost", async () => {
    const { provider, engine } = await fakeModel({
      replies: [
        reply().text(GREETING).usage({ input: 1_200, output: 40 }),
        reply()
          .text("Thanks for the sketch. Two choices first.")
          .tool("AskUserQuestion", questions)
          .usage({ input: 0, output: 0 }),
        reply()
          .text("Web, with reminders and points. Writing the spec now.")
          .tool("Write", { file_path: "prompts/app_spec.txt", content: validSpecText(3, "chores") })
          .usage({ input: 0, output: 0 }),
        reply().text("Your spec is complete.").usage({ input: 3_000, output: 300 }),
      ],
    });
    const studio = await open({ engine });
    const { page } = studio;
    const interview = interviewOf(page);
    await createProject(studio.url, "chores");
    await page.goto(`${studio.url}#/projects/chores`);

    await waitForText(interview.assistantMessages, "What would you like to build?");
    await interview.settled();
    const greeting = interview.assistantMessages.first();
    expect(await greeting.locator("strong").textContent()).toBe("What would you like to build?");
    expect(await greeting.locator("li").count()).toBe(2);
    expect(await greeting.locator("img, script").count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as InPage).__injected)).toBeUndefined();
    const sidebar = page.locator(".project-sidebar");
    await waitForText(sidebar, "tokens");
    expect(await sidebar.textContent()).toContain(PRICED_MODEL);
    expect(await page.locator(".usage-meter-value").textContent()).toBe("1.2k tokens");
    expect(await page.locator(".usage-meter-cost").textContent()).toBe("about $0.003");

    // Images: an archive is refused in the page, a PNG goes with the message.
    const fileInput = page.locator('input[type="file"]');
    await fileInput.setInputFiles([
      { name: "brief.zip", mimeType: "application/zip", buffer: Buffer.from("PK\u0003\u0004") },
      { name: "sketch.png", mimeType: "image/png", buffer: Buffer.from(TINY_PNG_BASE64, "base64") },
    ]);
    await page.getByText("“brief.zip” isn't an image or a document the interviewer can take").waitFor();
    await page.getByRole("img", { name: "sketch.png" }).waitFor();
    await page.getByRole("button", { name: "Remove sketch.png" }).waitFor();
    await studio.screenshot("attachments in the tray");
    await interview.act(() =>
      interview.say("A chore tracker for families. Here is a sketch of the main screen."),
    );
    const imageBlocks = contentBlocks(provider.requests[1]!.body).filter((block) => block.type === "image");
    expect(imageBlocks).toHaveLength(1);
    expect(imageBlocks[0]!.source).toMatchObject({ media_type: "image/png", data: TINY_PNG_BASE64 });
    expect(await interview.userMessages.last().getByRole("img", { name: "sketch.png" }).count()).toBe(1);

    // The question: the recommended option is marked; answered by clicking.
    await interview.openQuestion.waitFor();
    expect(
      await interview.openQuestion
        .locator(".choice", { hasText: "Web" })
        .locator(".choice-recommended")
        .count(),
    ).toBe(1);
    await studio.screenshot("question with two parts");
    await interview.choice("Web").click();
    await interview.choice("Points").click();
    await interview.choice("Reminders").click();
    await interview.act(() => interview.openQuestion.getByRole("button", { name: "Send answer" }).click());

    await page.locator(".spec-view").waitFor();
    const toolResults = contentBlocks(provider.requests[2]!.body).filter(
      (block) => block.type === "tool_result",
    );
    expect(JSON.stringify(toolResults.at(-1))).toContain("Web (Recommended); Reminders, Points");
    expect(await page.locator(".spec-view-meta").textContent()).toContain("3 features");
    await page.getByText("Valid spec").waitFor();
    expect(await page.locator(".usage-meter-value").textContent()).toBe("4.5k tokens");
    expect(await page.locator(".usage-meter-cost").textContent()).toMatch(/^about \$0\.0\d+$/);
    await studio.screenshot("completion");
    await page.getByRole("tab", { name: "Interview" }).click();
    await page.getByText("Your spec is complete").first().waitFor();
    expect(await interview.userMessages.last().textContent()).toBe("Web; Reminders, Points");
    expect(provider.pendingReplies).toBe(0);
    expect(studio.pageErrors).toEqual([]);
  }, 60_000);

  it("stops a reply while it streams, and the conversation goes on", async () => {
    const { provider, engine } = await fakeModel({
      replies: [
        reply().text("Hello! What would you like to build?"),
        reply().text("Let me think about a chore tracker in some depth, starting with").hangAfter(6),
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
    await interview.stopButton.waitFor();
    await studio.screenshot("streaming");
    await interview.stopButton.click();
    await page.getByText("Stopped before the end.").waitFor();
    await interview.settled();
    expect(await provider.responseEnd(provider.requests[1]!)).toBe("disconnected");
    await studio.screenshot("stopped");

    await interview.act(() => interview.say("Just the short version, please."));
    expect(await interview.lastAssistantText()).toBe("Short version: a shared list of chores with points.");
    expect(studio.pageErrors).toEqual([]);
  });

  it("shows a tool call Specwright refused as a small muted line, in plain words", async () => {
    const { engine } = await fakeModel({
      replies: [
        reply().text("Hello! What would you like to build?"),
        reply()
          .text("Let me keep a copy elsewhere.")
          .tool("Write", { file_path: "../../etc/evil.txt", content: "x" }),
        reply().text("I will keep everything in prompts/."),
      ],
    });
    const studio = await open({ engine });
    const { page } = studio;
    const interview = interviewOf(page);
    await createProject(studio.url, "chores");
    await page.goto(`${studio.url}#/projects/chores`);
    await interview.settled();

    await interview.act(() => interview.say("Save it."));
    const note = page.locator(".message-list .tool-note");
    expect(await note.textContent()).toBe(
      'The interviewer tried to write "../../etc/evil.txt"; Specwright refused: "../../etc/evil.txt" is outside the project folder.',
    );
    // Quieter than the conversation around it.
    const style = await note.evaluate((element) => {
      const { getComputedStyle, document } = globalThis as unknown as InPage & {
        getComputedStyle: (node: unknown) => { fontSize: string; color: string };
      };
      const reply = document.querySelector(".message-assistant .markdown");
      return { note: getComputedStyle(element), reply: getComputedStyle(reply) };
    });
    expect(Number.parseFloat(style.note.fontSize)).toBeLessThan(Number.parseFloat(style.reply.fontSize));
    expect(style.note.color).not.toBe(style.reply.color);
    expect(await interview.lastAssistantText()).toBe("I will keep everything in prompts/.");
    await studio.screenshot("refused tool call");

    // After a reload the history brings the same line back, between the same words.
    const shown = async () =>
      page
        .locator(".message-list .tool-note, .message-list .message-assistant .markdown")
        .allTextContents()
        .then((texts) => texts.map((text) => text.trim()));
    const before = await shown();
    await page.reload();
    await interview.settled();
    await note.waitFor();
    expect(await shown()).toEqual(before);
    expect(before).toEqual([
      "Hello! What would you like to build?",
      "Let me keep a copy elsewhere.",
      'The interviewer tried to write "../../etc/evil.txt"; Specwright refused: "../../etc/evil.txt" is outside the project folder.',
      "I will keep everything in prompts/.",
    ]);
    await studio.screenshot("refused tool call after a reload");
    expect(studio.pageErrors).toEqual([]);
  });

  it("shows a failed reply in plain words and retries the message", async () => {
    const { provider, engine } = await fakeModel({
      replies: [
        reply().text("Hello! What would you like to build?"),
        fault.status(529, { errorType: "overloaded_error", message: "Overloaded" }),
        reply().text("Thanks, a chore tracker it is."),
      ],
    });
    const studio = await open({ engine });
    const { page } = studio;
    const interview = interviewOf(page);
    await createProject(studio.url, "chores");
    await page.goto(`${studio.url}#/projects/chores`);
    await interview.settled();

    // Shift+Enter starts a new line; Enter sends.
    await interview.act(async () => {
      await interview.composer.fill("A chore tracker");
      await interview.composer.press("Shift+Enter");
      await interview.composer.pressSequentially("for families.");
      await interview.composer.press("Enter");
    });
    expect(await interview.userMessages.last().textContent()).toBe("A chore tracker\nfor families.");
    const error = page.locator(".error-notice");
    await error.waitFor();
    await studio.screenshot("error with retry");
    await interview.act(() => error.getByRole("button", { name: "Retry" }).click());
    expect(await interview.lastAssistantText()).toBe("Thanks, a chore tracker it is.");
    expect(await error.getByRole("button", { name: "Retry" }).count()).toBe(0);
    expect(provider.requests.filter((request) => request.method === "POST")).toHaveLength(3);
    expect(JSON.stringify(provider.requests[2]!.body.messages)).toContain("A chore tracker\\nfor families.");
    expect(studio.pageErrors).toEqual([]);
  });
});
