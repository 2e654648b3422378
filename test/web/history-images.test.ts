import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { interviewOf, waitForText } from "./support/interview-page.js";
import { TINY_PNG_BASE64 } from "./support/model-studio.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("history-images");
const TOKEN = "studio-token-for-tests";

/** Whether an image on the page has loaded real pixels from an address of the page's own (not a broken image). */
async function loaded(image: Locator): Promise<boolean> {
  return image.evaluate((element) => {
    const picture = element as unknown as { complete: boolean; naturalWidth: number; src: string };
    return picture.complete && picture.naturalWidth > 0 && picture.src.startsWith("blob:");
  });
}

describe("images in an interview's history", () => {
  it("shows the images sent earlier as thumbnails when the interview is resumed or read later", async () => {
    // With a token: the image is fetched the way every request is, and never by a bare address.
    const studio = await open({ token: TOKEN });
    const { page } = studio;
    const interview = interviewOf(page);
    await page.goto(`${studio.url}?token=${TOKEN}`);
    await page.getByLabel("Project name").fill("sketches");
    await page.getByRole("button", { name: "Create and start" }).click();
    await interview.settled();
    await page.locator('input[type="file"]').setInputFiles({
      name: "home-screen.png",
      mimeType: "image/png",
      buffer: Buffer.from(TINY_PNG_BASE64, "base64"),
    });
    await page.getByRole("img", { name: "home-screen.png" }).waitFor();
    await interview.act(() =>
      interview.say(
        "A sketchbook app for artists: they keep drawings, tag them and share albums with friends.",
      ),
    );
    await waitForText(interview.assistantMessages, "prompts/mockups/home-screen.png");

    await page.reload();
    await interview.settled();
    const resumed = interview.userMessages.first().getByRole("img", { name: "home-screen.png" });
    await resumed.waitFor();
    expect(await loaded(resumed)).toBe(true);
    await studio.screenshot("a resumed conversation with its image");

    // Set aside by a new interview, it is read with its image too.
    await page.getByRole("button", { name: "Start a new interview" }).click();
    const dialog = page.getByRole("dialog", { name: "Start a new interview?" });
    await interview.act(() => dialog.getByRole("button", { name: "Start a new interview" }).click());
    await page.reload();
    await interview.settled();
    await page
      .getByRole("region", { name: "Earlier interviews" })
      .getByRole("button", { name: /^Started/ })
      .first()
      .click();
    const archived = page.getByRole("region", { name: "Earlier interview" });
    const kept = archived.getByRole("img", { name: "home-screen.png" });
    await kept.waitFor();
    expect(await loaded(kept)).toBe(true);
    expect(studio.pageErrors).toEqual([]);
  });
});
