import { describe, expect, it } from "vitest";
import { reply } from "../support/fake-provider/index.js";
import { interviewOf, SETTLED, waitForText } from "./support/interview-page.js";
import { fakeModelsForEachTest } from "./support/model-studio.js";
import { studioForEachTest } from "./support/studio.js";

const open = studioForEachTest("connection");
const fakeModel = fakeModelsForEachTest();

/** Says it is a web app, so the first question is how involved the person wants to be. */
const OVERVIEW =
  "A recipe web app for home cooks. People save their recipes, plan weekly meals and generate shopping lists from the meal plan.";

/** Opens a new project in the page and answers the first question, so an interview is under way. */
async function interviewUnderWay(studio: Awaited<ReturnType<typeof open>>) {
  const { page } = studio;
  const interview = interviewOf(page);
  await page.goto(studio.url);
  await page.getByLabel("Project name").fill("recipes");
  await page.getByRole("button", { name: "Create and start" }).click();
  await interview.settled();
  await interview.act(() => interview.say(OVERVIEW));
  await interview.openQuestion.waitFor();
  return interview;
}

describe("the studio's connection", () => {
  it("reconnects by itself after the server drops the socket, and the interview carries on", async () => {
    const studio = await open();
    const { page } = studio;
    const interview = await interviewUnderWay(studio);
    const greetings = page.locator(".message-assistant", { hasText: "Let's write the spec for" });
    expect(await greetings.count()).toBe(1);

    studio.dropConnections();
    await waitForText(interview.connection, "Reconnecting");
    await studio.screenshot("reconnecting");
    await interview.connection.locator(".connection-label", { hasText: /^Connected$/ }).waitFor();

    // The transcript stayed; no second greeting (no `start` after a reconnect); the open question still answers.
    expect(await interview.userMessages.first().textContent()).toBe(OVERVIEW);
    await interview.act(async () => {
      await interview.answerRecommended();
    });
    await waitForText(interview.assistantMessages, "Now the technology");
    expect(await greetings.count()).toBe(1);
    expect(await page.locator(".error-notice").count()).toBe(0);
    await studio.screenshot("carried on after reconnecting");
    expect(studio.pageErrors).toEqual([]);
  });

  it("carries on after the server restarts on the same port and projects folder", async () => {
    const studio = await open();
    const { page } = studio;
    const interview = await interviewUnderWay(studio);

    await studio.restartServer();
    // The page must first notice the drop; until it does, its badge still says Connected
    // and an answer would meet a closing socket.
    await interview.connection.locator(".connection-label", { hasText: /^Reconnecting/ }).waitFor();
    await interview.connection.locator(".connection-label", { hasText: /^Connected$/ }).waitFor();
    await interview.act(async () => {
      await interview.answerRecommended();
    });
    await waitForText(interview.assistantMessages, "Now the technology");
    expect(await page.locator(".error-notice").count()).toBe(0);
    expect(await interview.userMessages.first().textContent()).toBe(OVERVIEW);
    expect(studio.pageErrors).toEqual([]);
  });

  it("offers to start again when the server no longer has the interview", async () => {
    const studio = await open();
    const { page } = studio;
    const interview = await interviewUnderWay(studio);

    const removed = await fetch(new URL("/api/spec/sessions/recipes", studio.url), { method: "DELETE" });
    expect(removed.status).toBe(200);
    await interview.act(() => interview.say("Keep going, please."));
    const error = page.locator(".error-notice");
    await waitForText(error, "This interview has ended on the server");
    await studio.screenshot("interview gone from the server");

    await interview.act(() => error.getByRole("button", { name: "Start the interview again" }).click());
    await page.getByText("A new interview started.").waitFor();
    await waitForText(interview.assistantMessages.last(), "Let's write the spec for");
    expect(await interview.userMessages.first().textContent()).toBe(OVERVIEW);
    expect(await error.getByRole("button").count()).toBe(0);
    expect(studio.pageErrors).toEqual([]);
  });

  it("waits while the browser is offline and reconnects when the network is back", async () => {
    const studio = await open();
    const { page, context } = studio;
    const interview = await interviewUnderWay(studio);

    await context.setOffline(true);
    studio.dropConnections();
    await interview.connection.locator(".connection-label", { hasText: /^Offline$/ }).waitFor();
    await page.getByText("You're offline. Your message can go once the connection is back.").waitFor();
    await studio.screenshot("offline");

    await context.setOffline(false);
    await interview.connection.locator(".connection-label", { hasText: /^Connected$/ }).waitFor();
    await interview.act(async () => {
      await interview.answerRecommended();
    });
    await waitForText(interview.assistantMessages, "Now the technology");
    expect(studio.pageErrors).toEqual([]);
  });

  it("shows in full a reply that went on streaming while the page was away", async () => {
    const { provider, engine } = await fakeModel({
      replies: [
        reply().text("Hello! What would you like to build?"),
        reply()
          .text("Part one of the answer,")
          .pause(800)
          .text(" and part two, written while you were away."),
      ],
    });
    const studio = await open({ engine });
    const { page, context } = studio;
    const interview = interviewOf(page);
    const created = await fetch(new URL("/api/projects", studio.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "chores", spec_method: "chat" }),
    });
    expect(created.status).toBe(201);
    await page.goto(`${studio.url}#/projects/chores`);
    await interview.settled();

    await interview.say("A chore tracker for families.");
    await waitForText(interview.assistantMessages, "Part one of the answer,");
    await context.setOffline(true);
    studio.dropConnections();
    await interview.connection.locator(".connection-label", { hasText: /^Offline$/ }).waitFor();
    expect(await provider.responseEnd(provider.requests[1]!)).toBe("completed");

    await context.setOffline(false);
    await interview.connection.locator(".connection-label", { hasText: /^Connected$/ }).waitFor();
    await waitForText(interview.assistantMessages, "and part two, written while you were away.");
    expect(await interview.lastAssistantText()).toBe(
      "Part one of the answer, and part two, written while you were away.",
    );
    expect(await interview.assistantMessages.count()).toBe(2);
    expect(await interview.userMessages.count()).toBe(1);
    await page.locator(SETTLED).waitFor();
    expect(studio.pageErrors).toEqual([]);
  });
});
