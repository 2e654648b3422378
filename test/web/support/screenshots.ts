import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import type { InPage } from "./in-page.js";

export const SCREENSHOT_DIR = resolve(import.meta.dirname, "../../../test-results/screenshots");

/** Saves what the page shows now as test-results/screenshots/<test>--<step>.png, for people to look at. */
export async function saveScreenshot(page: Page, test: string, step: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${slug(test)}--${slug(step)}.png`);
  // Two animation frames, so scroll positions set in the last one are painted.
  await page.evaluate(() => {
    const browser = globalThis as unknown as InPage;
    return new Promise<void>((resolve) =>
      browser.requestAnimationFrame(() => browser.requestAnimationFrame(resolve)),
    );
  });
  // Caret blinking and animations would make two runs' pictures differ for no reason.
  await page.screenshot({ path, fullPage: false, animations: "disabled", caret: "hide" });
  return path;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
