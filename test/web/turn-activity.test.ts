import { describe, expect, it } from "vitest";
import type { TurnContext } from "../../src/engines/engine.js";
import type { Transcript } from "../../src/types/transcript.js";
import { ScriptedEngine, type ScriptedTurn, says } from "../support/scripted-engine.js";
import { seriousViolations } from "./support/axe.js";
import { interviewOf, waitForText } from "./support/interview-page.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("turn-activity");

/** A gate the test opens when it has looked at the page. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe("the studio while a turn runs", () => {
  it("says a retry with its countdown, then the file being written and checked, in every window, and clears it on words", async () => {
    const retried = gate();
    const wrote = gate();
    const checked = gate();
    // The engine's events as a model engine tells them (the fake-provider tests in
    // test/session/turn-activity.test.ts show it does): held open so the page can be read.
    const working: ScriptedTurn = async function* (transcript: Transcript, context: TurnContext) {
      yield {
        type: "activity",
        activity: { kind: "retrying", attempt: 2, maxAttempts: 3, waitMs: 600_000, reason: "overloaded" },
      };
      await retried.opened;
      yield { type: "activity", activity: { kind: "tool", tool: "Write", path: "prompts/app_spec.txt" } };
      await wrote.opened;
      // What the turn's tools gate sends while the validator reads the spec just written.
      yield { type: "activity", activity: { kind: "checking", path: "prompts/app_spec.txt" } };
      await checked.opened;
      yield* says("Written, have a look.")(transcript, context);
    };
    const engine = new ScriptedEngine(says("Hello! What shall we build?"), working);
    const studio = await open({ engine });
    const { page, context } = studio;
    const interview = interviewOf(page);
    try {
      await page.goto(studio.url);
      await page.getByLabel("Project name").fill("busy");
      await page.getByRole("button", { name: "Create and start" }).click();
      await interview.settled();

      await interview.say("A chore tracker.");
      const status = page.locator(".typing-status");
      await waitForText(status, /^The provider is overloaded; trying again \(2 of 3\) in \d+ s$/);
      // Told once, politely, to a screen reader; the ticking line itself is not live.
      await waitForText(page.locator('[aria-live="polite"]'), "trying again, 2 of 3");
      expect(await status.getAttribute("aria-live")).toBeNull();
      expect(await seriousViolations(page)).toEqual([]);

      // A second window opened mid-turn learns what the turn is doing.
      const other = await context.newPage();
      await other.goto(`${studio.url}#/projects/busy`);
      await waitForText(
        other.locator(".typing-status"),
        /^The provider is overloaded; trying again \(2 of 3\)/,
      );

      retried.open();
      await waitForText(status, "Writing prompts/app_spec.txt…");
      await waitForText(other.locator(".typing-status"), "Writing prompts/app_spec.txt…");
      await waitForText(page.locator('[aria-live="polite"]'), "Writing prompts/app_spec.txt.");

      wrote.open();
      await waitForText(status, "Checking prompts/app_spec.txt…");
      await waitForText(other.locator(".typing-status"), "Checking prompts/app_spec.txt…");

      checked.open();
      await waitForText(interview.assistantMessages, "Written, have a look.");
      await interview.settled();
      expect(await status.count()).toBe(0);
      expect(await other.locator(".typing-status").count()).toBe(0);
      expect(studio.pageErrors).toEqual([]);
      await other.close();
    } finally {
      retried.open();
      wrote.open();
      checked.open();
    }
  });
});
