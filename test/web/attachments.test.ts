import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentEnd, documentHeading } from "../../src/types/documents.js";
import { makeDocx, makePdf } from "../support/documents.js";
import { reply } from "../support/fake-provider/index.js";
import type { InPage } from "./support/in-page.js";
import { interviewOf, waitForText } from "./support/interview-page.js";
import { contentBlocks, fakeModelsForEachTest, TINY_PNG_BASE64 } from "./support/model-studio.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("attachments");
const fakeModel = fakeModelsForEachTest();

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

describe("a person's own documents in the studio (fake provider)", () => {
  it("attaches a PDF and a Word document, sends their text to the model, shows chips that a reload keeps, and says plainly what it refuses", async () => {
    const { provider, engine } = await fakeModel({
      replies: [
        reply().text("Hello! What would you like to build?"),
        reply().text("I read your PRD and your notes. Who lends the money?"),
      ],
    });
    const studio = await open({ engine });
    const { page } = studio;
    const interview = interviewOf(page);
    await page.goto(studio.url);
    await page.getByLabel("Project name").fill("loans");
    await page.getByRole("button", { name: "Create and start" }).click();
    await interview.settled();

    const pdf = makePdf(["Loan tracker PRD", "Members record loans with a due date."]);
    const docx = makeDocx(["Admins export the loan history to CSV."]);
    // Browsers often declare no type for a Word file they do not know; the server goes by the bytes.
    await page.locator('input[type="file"]').setInputFiles([
      { name: "PRD.pdf", mimeType: "application/pdf", buffer: pdf },
      { name: "notes.docx", mimeType: "", buffer: docx },
      { name: "budget.xlsx", mimeType: "application/vnd.ms-excel", buffer: Buffer.from("PK") },
    ]);
    const tray = page.getByRole("list", { name: "Files to send" });
    await tray.getByText("PRD.pdf").waitFor();
    await tray.getByText("notes.docx").waitFor();
    expect(await tray.locator(".document-chip-details").allTextContents()).toEqual([
      `PDF · ${pdf.length} bytes`,
      `Word · ${docx.length} bytes`,
    ]);
    await page.getByText("“budget.xlsx” isn't an image or a document the interviewer can take").waitFor();
    await page.getByRole("button", { name: "Remove notes.docx" }).waitFor();
    await studio.screenshot("documents in the tray");
    await interview.act(() => interview.say("Here is what I have."));

    const sent = contentBlocks(provider.requests.at(-1)!.body)
      .filter((block) => block.type === "text")
      .map((block) => block.text)
      .at(-1);
    expect(sent).toBe(
      [
        "Here is what I have.",
        "",
        documentHeading("PRD.pdf", "PDF, 2 pages"),
        "Loan tracker PRD",
        "",
        "Members record loans with a due date.",
        documentEnd("PRD.pdf"),
        "",
        documentHeading("notes.docx", "Word"),
        "Admins export the loan history to CSV.",
        documentEnd("notes.docx"),
      ].join("\n"),
    );
    const said = interview.userMessages.last();
    expect(await said.locator(".message-user-text").textContent()).toBe("Here is what I have.");
    expect(await said.getByRole("list", { name: "Attached documents" }).locator("li").count()).toBe(2);

    // A file that says it is a PDF but is not one: the server refuses it, and the page says so.
    await page
      .locator('input[type="file"]')
      .setInputFiles([
        { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("GIF89a, not a PDF at all") },
      ]);
    await tray.getByText("scan.pdf").waitFor();
    await interview.say("And a scan.");
    await waitForText(
      page.locator(".message-list"),
      '"scan.pdf" is an image, not a document Specwright reads',
    );
    await studio.screenshot("a document refused");

    // After a reload the chips are there, with what the server found: a PDF's pages.
    await page.reload();
    await interview.settled();
    const kept = interview.userMessages.filter({ hasText: "Here is what I have." });
    await kept.getByText("PRD.pdf").waitFor();
    expect(await kept.locator(".document-chip-details").allTextContents()).toEqual([
      `PDF · 2 pages · ${pdf.length} bytes`,
      `Word · ${docx.length} bytes`,
    ]);
    expect(await page.getByText("Members record loans with a due date.").count()).toBe(0);
    await studio.screenshot("documents after a reload");
    expect(studio.pageErrors).toEqual([]);
  }, 90_000);
});
