import { describe, expect, it } from "vitest";
import { documentEnd, documentHeading } from "../../src/types/documents.js";
import { makeDocx, makePdf } from "../support/documents.js";
import { reply } from "../support/fake-provider/index.js";
import { interviewOf, waitForText } from "./support/interview-page.js";
import { contentBlocks, fakeModelsForEachTest } from "./support/model-studio.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("documents");
const fakeModel = fakeModelsForEachTest();

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
