import { describe, expect, it } from "vitest";
import type { ServerFrame } from "../../../src/types/wire.js";
import { activityLine } from "../../../web/src/logic/activity.js";
import { type ConversationEvent, reduceConversation } from "../../../web/src/logic/conversation.js";
import { type ConversationState, INITIAL_CONVERSATION } from "../../../web/src/logic/conversation-state.js";

/** An interview under way with a model interviewer, as its history says. */
const WITH_MODEL: ConversationState = { ...INITIAL_CONVERSATION, engine: { name: "anthropic", model: null } };
const play = (events: ConversationEvent[], from: ConversationState = WITH_MODEL) =>
  events.reduce(reduceConversation, from);
const received = (frame: ServerFrame): ConversationEvent => ({ type: "received", frame });
const sent: ConversationEvent = {
  type: "sent",
  request: { type: "message", content: "Go on" },
  attachments: [],
};
const retrying = received({
  type: "activity",
  kind: "retrying",
  attempt: 2,
  max_attempts: 3,
  wait_ms: 4_000,
  reason: "overloaded",
});
const writing = received({ type: "activity", kind: "tool", tool: "Write", path: "prompts/app_spec.txt" });

describe("what a running turn is doing, in the page", () => {
  it("waits from the request, keeps that clock for the server's own waiting, and clears on words and at the end", () => {
    const waiting = play([sent]);
    expect(waiting.activity?.frame.kind).toBe("waiting");
    const same = play([received({ type: "activity", kind: "waiting" })], waiting);
    expect(same.activity?.key).toBe(waiting.activity?.key);
    expect(play([received({ type: "text", content: "Hi" })], same).activity).toBeNull();
    // The guided interviewer has no model to wait for.
    expect(play([sent], { ...WITH_MODEL, engine: { name: "guided", model: null } }).activity).toBeNull();
    expect(play([writing, received({ type: "response_done" })], same).activity).toBeNull();
  });

  it("tells a screen reader each retry and tool once, and never the ticking wait", () => {
    const state = play([sent, retrying]);
    expect(state.announcement?.text).toBe("The provider is overloaded; trying again, 2 of 3 in 4 seconds.");
    expect(play([writing], state).announcement?.text).toBe("Writing prompts/app_spec.txt.");
    expect(play([sent]).announcement).toBeNull();
  });

  it("words the line: seconds waited, a countdown, the file", () => {
    expect(activityLine({ type: "activity", kind: "waiting" }, 8_400)).toBe("Waiting for the model… 8 s");
    const retry = play([sent, retrying]).activity!.frame;
    expect(activityLine(retry, 0)).toBe("The provider is overloaded; trying again (2 of 3) in 4 s");
    expect(activityLine(retry, 5_000)).toBe("The provider is overloaded; trying again (2 of 3)…");
    expect(activityLine(play([sent, writing]).activity!.frame, 0)).toBe("Writing prompts/app_spec.txt…");
  });

  it("says the spec is being checked after it was written, without a clock or a second announcement", () => {
    const checking = received({ type: "activity", kind: "checking", path: "prompts/app_spec.txt" });
    const state = play([sent, writing, checking]);
    expect(state.activity?.frame).toEqual({
      type: "activity",
      kind: "checking",
      path: "prompts/app_spec.txt",
    });
    expect(activityLine(state.activity!.frame, 12_000)).toBe("Checking prompts/app_spec.txt…");
    expect(state.announcement?.text).toBe("Writing prompts/app_spec.txt.");
  });

  it("shows a turn another window began, and what a mid-turn history says it is doing", () => {
    const foreign = play([writing]);
    expect(foreign.turn).toBe("waiting");
    expect(foreign.activity?.frame.kind).toBe("tool");
    const joined = play([
      received({
        type: "history",
        messages: [],
        pending_question: null,
        phase: null,
        usage: null,
        complete: false,
        engine: "anthropic",
        model: null,
        busy: true,
        activity: { type: "activity", kind: "waiting", elapsed_ms: 3_000 },
      }),
    ]);
    expect(joined.activity).toMatchObject({ frame: { kind: "waiting" }, elapsedMs: 3_000 });
    expect(joined.activity?.frame).not.toHaveProperty("elapsed_ms");
  });
});
