import { mkdir, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { InPage } from "./support/in-page.js";
import { interviewOf } from "./support/interview-page.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("projects");

describe("the projects screen", () => {
  it("refuses an invalid project name beside the field, before anything is sent", async () => {
    const studio = await open();
    const { page } = studio;
    await page.goto(studio.url);
    const field = page.getByLabel("Project name");
    await field.fill("my recipe box");
    const error = page.locator(".field-error");
    await error.getByText("Spaces can't be part of a name.").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await field.getAttribute("aria-describedby")).toContain(await error.getAttribute("id"));
    await studio.screenshot("invalid name");

    await field.press("Enter");
    await page.getByRole("button", { name: "Create and start" }).click();
    expect(await readdir(studio.projectsDir)).toEqual([]);
    expect(page.url()).toBe(studio.url);

    await error.getByRole("button", { name: "Use “my-recipe-box”" }).click();
    expect(await field.inputValue()).toBe("my-recipe-box");
    expect(await field.getAttribute("aria-invalid")).toBe("false");
    expect(await error.textContent()).toBe("");

    await field.fill("a".repeat(51));
    await error.getByText("That's 51 characters; a name can have at most 50.").waitFor();
    await field.fill("café");
    await error.getByText("“é” can't be part of a name.").waitFor();
    expect(studio.pageErrors).toEqual([]);
  });

  it("says when a name is taken and opens that project instead", async () => {
    const studio = await open();
    const { page } = studio;
    await mkdir(join(studio.projectsDir, "demo"));
    await page.goto(studio.url);
    await page.getByLabel("Project name").fill("demo");
    await page.getByRole("button", { name: "Create and start" }).click();
    const error = page.locator(".field-error");
    await error.getByText("There's already a project called “demo”.").waitFor();
    await error.getByRole("button", { name: "Open it" }).click();
    await page.getByRole("heading", { level: 1, name: "demo" }).waitFor();
    await interviewOf(page).settled();
    expect(page.url()).toBe(`${studio.url}#/projects/demo`);
  });

  it("lists projects, and deletes one only after confirmation", async () => {
    const studio = await open();
    const { page } = studio;
    for (const name of ["old-idea", "recipe-box"]) await mkdir(join(studio.projectsDir, name));
    await page.goto(studio.url);
    const rows = page.locator(".project-row");
    await rows.filter({ hasText: "recipe-box" }).getByText("No spec yet").waitFor();
    expect(await rows.count()).toBe(2);

    await page.getByRole("button", { name: "Delete old-idea" }).click();
    const dialog = page.getByRole("dialog", { name: "Delete “old-idea”?" });
    await dialog.waitFor();
    await studio.screenshot("delete confirmation");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await stat(join(studio.projectsDir, "old-idea")).then((stats) => stats.isDirectory())).toBe(true);

    await page.getByRole("button", { name: "Delete old-idea" }).click();
    await dialog.getByRole("button", { name: "Delete project" }).click();
    await rows.filter({ hasText: "old-idea" }).waitFor({ state: "detached" });
    expect(await readdir(studio.projectsDir)).toEqual(["recipe-box"]);

    await page.setViewportSize({ width: 375, height: 812 });
    await studio.screenshot("phone");
    expect(studio.pageErrors).toEqual([]);
  });

  it("works with a server that needs a token, and keeps the token out of the address", async () => {
    const studio = await open({ token: "s3cret-token" });
    const { page } = studio;
    // Without the token not even the page loads.
    expect((await page.goto(studio.url))?.status()).toBe(401);

    await page.goto(`${studio.url}?token=s3cret-token`);
    await page.getByText("No projects yet").waitFor();
    expect(page.url()).not.toContain("token");
    await page.getByLabel("Project name").fill("private");
    await page.getByRole("button", { name: "Create and start" }).click();
    await interviewOf(page).settled();
    expect(page.url()).toBe(`${studio.url}#/projects/private`);
  });

  it("skips to the content without leaving the screen", async () => {
    const studio = await open();
    const { page } = studio;
    await mkdir(join(studio.projectsDir, "notes"));
    await page.goto(`${studio.url}#/projects/notes`);
    await interviewOf(page).settled();
    await page.locator(".skip-link").focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (globalThis as unknown as InPage).document.activeElement?.id)).toBe(
      "main",
    );
    expect(page.url()).toBe(`${studio.url}#/projects/notes`);
  });
});
