import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { InPage } from "./support/in-page.js";
import { interviewOf, waitForText } from "./support/interview-page.js";
import { TINY_PNG_BASE64 } from "./support/model-studio.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("attachments");

describe("attaching images", () => {
  it("takes images dropped on the conversation and pasted into the box, and sends what is left in the tray", async () => {
    const studio = await open();
    const { page } = studio;
    const interview = interviewOf(page);
    await page.goto(studio.url);
    await page.getByLabel("Project name").fill("sketches");
    await page.getByRole("button", { name: "Create and start" }).click();
    await interview.settled();

    // A file dropped anywhere on the conversation.
    const dropped = await page.evaluateHandle((base64) => {
      const browser = globalThis as unknown as InPage;
      const bytes = Uint8Array.from(browser.atob(base64), (character) => character.charCodeAt(0));
      const transfer = new browser.DataTransfer();
      transfer.items.add(new browser.File([bytes], "home-screen.png", { type: "image/png" }));
      return transfer;
    }, TINY_PNG_BASE64);
    await page.dispatchEvent("section.interview", "dragover", { dataTransfer: dropped });
    await page.getByText("Drop images or documents to attach them").waitFor();
    await studio.screenshot("dragging an image");
    await page.dispatchEvent("section.interview", "drop", { dataTransfer: dropped });
    await page.getByRole("img", { name: "home-screen.png" }).waitFor();
    await page.getByText("Drop images or documents to attach them").waitFor({ state: "detached" });

    // An image pasted into the message box; pasted images have no name of their own.
    await interview.composer.focus();
    await page.evaluate((base64) => {
      const browser = globalThis as unknown as InPage;
      const bytes = Uint8Array.from(browser.atob(base64), (character) => character.charCodeAt(0));
      const clipboard = new browser.DataTransfer();
      clipboard.items.add(new browser.File([bytes], "", { type: "image/png" }));
      const paste = new browser.ClipboardEvent("paste", {
        clipboardData: clipboard,
        bubbles: true,
        cancelable: true,
      });
      browser.document.activeElement?.dispatchEvent(paste);
    }, TINY_PNG_BASE64);
    await page.getByRole("img", { name: "pasted-image-2.png" }).waitFor();
    await studio.screenshot("two images in the tray");

    await page.getByRole("button", { name: "Remove pasted-image-2.png" }).click();
    await page.getByRole("img", { name: "pasted-image-2.png" }).waitFor({ state: "detached" });
    await interview.act(() =>
      interview.say(
        "A sketchbook app for artists: they keep drawings, tag them and share albums with friends.",
      ),
    );
    await waitForText(interview.assistantMessages, "prompts/mockups/home-screen.png");
    const mockups = await readdir(join(studio.projectsDir, "sketches/prompts/mockups"));
    expect(mockups).toEqual(["home-screen.png"]);
    const saved = await readFile(join(studio.projectsDir, "sketches/prompts/mockups/home-screen.png"));
    expect(saved.toString("base64")).toBe(TINY_PNG_BASE64);
    expect(await interview.userMessages.last().getByRole("img").count()).toBe(1);
    expect(studio.pageErrors).toEqual([]);
  });
});
