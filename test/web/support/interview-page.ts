import type { Locator, Page } from "playwright-core";
import type { InPage } from "./in-page.js";

/** The conversation when the person can act: no reply running, the interview as the server has it. */
export const SETTLED = 'section.interview[data-turn="idle"][data-history="loaded"]';

/** The interview as a person sees it, in the words and roles the page gives its parts. */
export function interviewOf(page: Page) {
  const section = page.locator("section.interview");
  return {
    section,
    composer: page.getByLabel("Your message"),
    sendButton: page.getByRole("button", { name: "Send", exact: true }),
    stopButton: page.getByRole("button", { name: "Stop" }),
    openQuestion: page.getByRole("form", { name: "Question from the interviewer" }),
    connection: page.locator(".connection-badge"),
    assistantMessages: page.locator(".message-assistant .markdown"),
    userMessages: page.locator(".message-user-bubble"),

    /**
     * Does something that sends a turn, then waits for the reply to end: the conversation
     * has grown and no reply is running, or the page has moved on to show the spec.
     */
    async act(action: () => Promise<void>): Promise<void> {
      const before = await page.locator(".message-list > *").count();
      await action();
      await page.waitForFunction((count) => {
        const { document } = globalThis as unknown as InPage;
        if (document.querySelector(".spec-scroll:not([hidden]) .spec-view")) return true;
        const interview = document.querySelector("section.interview");
        const grown = document.querySelectorAll(".message-list > *").length > count;
        return grown && interview?.dataset.turn === "idle" && interview.dataset.history === "loaded";
      }, before);
    },

    /**
     * Waits until the interview is under way and nothing is running: connected, the
     * interviewer has said something, no reply is awaited, and the page is not waiting
     * for the interview from the server (after another window's turn, say).
     */
    async settled(): Promise<void> {
      await page.locator(".connection-label", { hasText: /^Connected$/ }).waitFor();
      await page.locator(".message-list > .message").first().waitFor();
      await page.locator(SETTLED).waitFor();
    },

    async say(text: string): Promise<void> {
      await this.composer.fill(text);
      await this.composer.press("Enter");
    },

    /** One choice of the open question, by its label as shown (without the "Recommended" badge). */
    choice(label: string): Locator {
      return this.openQuestion.locator("label.choice").filter({
        has: page.locator(".choice-label", { hasText: new RegExp(`^${label}(Recommended)?$`) }),
      });
    },

    /** Clicks the option marked "Recommended" of the open question and sends the answer. */
    async answerRecommended(): Promise<string> {
      const choice = this.openQuestion
        .locator(".choice", { has: page.locator(".choice-recommended") })
        .first();
      const label =
        (await choice.locator(".choice-label").textContent())?.replace(/Recommended$/, "").trim() ?? "";
      await choice.click();
      await this.openQuestion.getByRole("button", { name: "Send answer" }).click();
      return label;
    },

    async lastAssistantText(): Promise<string> {
      return (await this.assistantMessages.last().textContent())?.trim() ?? "";
    },
  };
}

/** Waits until a locator holds the text (the page streams, so the text may arrive in parts). */
export async function waitForText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}
