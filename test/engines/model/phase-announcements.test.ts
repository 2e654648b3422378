import { describe, expect, it } from "vitest";
import { announcedPhase } from "../../../src/engines/model/phase-announcements.js";
import { reply } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, PROVIDERS } from "./harness.js";

const start = harnessForEachTest();

describe("announcedPhase", () => {
  it("finds the step a model announces, in any case", () => {
    expect(announcedPhase("**Step 3 of 9: Technology**\nLet's pick")).toMatchObject({
      type: "phase",
      id: "technology",
      index: 3,
      total: 9,
    });
    expect(announcedPhase("step 9 of 9 - review")).toMatchObject({ id: "review" });
  });

  it("ignores text that announces nothing, or a step that does not exist", () => {
    expect(announcedPhase("Let's talk about your app.")).toBeNull();
    expect(announcedPhase("Step 12 of 9")).toBeNull();
    expect(announcedPhase("Step 0 of 9")).toBeNull();
  });
});

describe.each(PROVIDERS)("phases over the %s format", (provider) => {
  it("sends a phase frame right after the text that announces it", async () => {
    const { session } = await start(provider, {
      replies: [
        reply().text("Step 1 of 9: Overview. ").text("What are we building?"),
        reply().text("Thanks! Step 2 of 9: Involvement. How involved do you want to be?"),
      ],
    });
    const greeting = await collect(session.start());
    const phaseAt = greeting.findIndex((frame) => frame.type === "phase");
    expect(greeting[phaseAt]).toMatchObject({ id: "overview", index: 1 });
    const before = greeting.slice(0, phaseAt).map((frame) => (frame.type === "text" ? frame.content : ""));
    expect(before.join("")).toContain("Step 1 of 9");
    expect(before.join("")).not.toContain("What are we building?");
    expect(greeting.filter((frame) => frame.type === "phase")).toHaveLength(1);
    const next = await collect(session.sendMessage("A recipe app"));
    expect(next.find((frame) => frame.type === "phase")).toMatchObject({ id: "involvement", index: 2 });
  });
});
