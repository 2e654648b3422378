import { describe, expect, it } from "vitest";
import { errorFrame } from "../../../src/types/wire.js";
import { type DraftStorage, draftKey, readDraft, writeDraft } from "../../../web/src/logic/draft.js";
import {
  formatCost,
  formatRelativeTime,
  formatTokenCount,
  totalTokens,
} from "../../../web/src/logic/format.js";
import { phaseSteps } from "../../../web/src/logic/phase-steps.js";
import { parseRoute, routeHash } from "../../../web/src/logic/route.js";
import { readServerError, STALE_QUESTION_TEXT } from "../../../web/src/logic/server-errors.js";
import { socketUrl } from "../../../web/src/logic/socket-url.js";
import { readToken } from "../../../web/src/logic/token.js";

describe("formatting", () => {
  it("shortens token counts", () => {
    expect([0, 950, 1_000, 1_234, 12_345, 999_499, 1_250_000].map(formatTokenCount)).toEqual([
      "0",
      "950",
      "1k",
      "1.2k",
      "12k",
      "999k",
      "1.3M",
    ]);
    expect(
      totalTokens({ input_tokens: 1, output_tokens: 2, cache_read_tokens: 3, cache_write_tokens: 4 }),
    ).toBe(10);
  });

  it("writes costs", () => {
    expect([0, 0.0004, 0.0042, 0.0123, 1.5, 42.4].map(formatCost)).toEqual([
      "$0.00",
      "< $0.001",
      "$0.004",
      "$0.01",
      "$1.50",
      "$42",
    ]);
  });

  it("says how long ago something changed", () => {
    const now = new Date("2025-06-15T12:00:00Z");
    const ago = (seconds: number) =>
      formatRelativeTime(new Date(now.getTime() - seconds * 1000).toISOString(), now);
    expect(ago(5)).toBe("just now");
    expect(ago(60)).toBe("1 minute ago");
    expect(ago(5 * 60)).toBe("5 minutes ago");
    expect(ago(3 * 3600)).toBe("3 hours ago");
    expect(ago(30 * 3600)).toBe("yesterday");
    expect(ago(3 * 86_400)).toBe("3 days ago");
    expect(ago(40 * 86_400)).toBe("6 May");
    expect(formatRelativeTime("2023-01-02T00:00:00Z", now)).toBe("2 Jan 2023");
    expect(formatRelativeTime("not a date", now)).toBe("");
  });
});

describe("routes", () => {
  it("reads and writes the two screens", () => {
    expect(parseRoute("")).toEqual({ screen: "projects" });
    expect(parseRoute("#/")).toEqual({ screen: "projects" });
    expect(parseRoute("#/projects/recipe-box")).toEqual({ screen: "project", name: "recipe-box" });
    expect(parseRoute("#/projects/")).toEqual({ screen: "projects" });
    expect(parseRoute("#/projects/%E0%A4%A")).toEqual({ screen: "projects" });
    expect(routeHash({ screen: "project", name: "a b" })).toBe("#/projects/a%20b");
    expect(parseRoute(routeHash({ screen: "project", name: "a b" }))).toEqual({
      screen: "project",
      name: "a b",
    });
  });
});

describe("the socket address", () => {
  it("uses the page's origin, ws or wss, with the token when there is one", () => {
    expect(socketUrl({ protocol: "http:", host: "127.0.0.1:8888" }, "my-app", null)).toBe(
      "ws://127.0.0.1:8888/api/spec/ws/my-app",
    );
    expect(socketUrl({ protocol: "https:", host: "spec.example" }, "my-app", "s3cret/+")).toBe(
      "wss://spec.example/api/spec/ws/my-app?token=s3cret%2F%2B",
    );
  });
});

describe("the access token", () => {
  it("takes the token out of the address and keeps the rest", () => {
    expect(readToken({ search: "?token=abc&lang=en", stored: null })).toEqual({
      token: "abc",
      cleanedSearch: "?lang=en",
      store: true,
    });
    expect(readToken({ search: "?token=abc", stored: "old" })).toEqual({
      token: "abc",
      cleanedSearch: "",
      store: true,
    });
  });

  it("uses the stored token when the address has none", () => {
    expect(readToken({ search: "", stored: "kept" })).toEqual({
      token: "kept",
      cleanedSearch: null,
      store: false,
    });
    expect(readToken({ search: "?token=", stored: "kept" })).toEqual({
      token: "kept",
      cleanedSearch: "",
      store: false,
    });
  });
});

describe("phase steps", () => {
  it("marks the phases before the current one done", () => {
    const steps = phaseSteps({ id: "technology", title: "Technology", index: 3, total: 9 }, false);
    expect(steps.map((step) => step.state)).toEqual([
      "done",
      "done",
      "current",
      "upcoming",
      "upcoming",
      "upcoming",
      "upcoming",
      "upcoming",
      "upcoming",
    ]);
    expect(steps[2]).toEqual({ id: "technology", title: "Technology", state: "current" });
  });

  it("marks every phase done once the spec is complete", () => {
    expect(phaseSteps(null, true).every((step) => step.state === "done")).toBe(true);
  });

  it("makes a list of its own for an engine with other phases", () => {
    const steps = phaseSteps({ id: "sketch", title: "Sketching", index: 2, total: 3 }, false);
    expect(steps).toEqual([
      { id: "phase-1", title: "Phase 1", state: "done" },
      { id: "sketch", title: "Sketching", state: "current" },
      { id: "phase-3", title: "Phase 3", state: "upcoming" },
    ]);
  });
});

describe("server errors in plain words", () => {
  it("explains a busy session and offers a retry", () => {
    expect(readServerError(errorFrame("busy", "a response is already in progress"))).toMatchObject({
      retryable: true,
      needsRestart: false,
    });
  });

  it("asks for a restart when the session is gone, whatever the words", () => {
    for (const frame of [
      errorFrame("session_not_started", "No active session. Send 'start' first."),
      errorFrame("session_not_started", "Anything at all"),
      errorFrame("session_closed", "This session has been closed. Send 'start' to begin again."),
    ]) {
      expect(readServerError(frame)).toMatchObject({ retryable: false, needsRestart: true });
    }
  });

  it("keeps the words of a code it has none of its own for, as a sentence", () => {
    expect(readServerError(errorFrame("model_call_failed", "the model is tired"))).toEqual({
      text: "The model is tired.",
      retryable: true,
      needsRestart: false,
      refusedBeforeTurn: false,
      staleQuestion: false,
    });
  });

  it("decides on the code and its retryability, never on the words", () => {
    const reworded = { ...errorFrame("busy", "No active session"), retryable: true };
    expect(readServerError(reworded)).toMatchObject({ retryable: true, needsRestart: false });
    expect(readServerError(errorFrame("provider_auth_failed", "Internal error: key refused")).retryable).toBe(
      false,
    );
  });

  it("does not offer a retry for a message the server will refuse again", () => {
    expect(
      readServerError(errorFrame("message_too_long", "Message too long: at most 10 characters (got 12)"))
        .retryable,
    ).toBe(false);
    expect(readServerError(errorFrame("empty_message", "Empty message"))).toEqual({
      text: "There was nothing to send.",
      retryable: false,
      needsRestart: false,
      refusedBeforeTurn: false,
      staleQuestion: false,
    });
  });

  it("tells a frame refused before its turn from a turn that failed", () => {
    for (const code of ["busy", "rate_limited", "too_many_sessions", "shutting_down"] as const)
      expect(readServerError(errorFrame(code, "x")).refusedBeforeTurn).toBe(true);
    for (const code of ["provider_overloaded", "internal_error", "stream_broken"] as const)
      expect(readServerError(errorFrame(code, "x")).refusedBeforeTurn).toBe(false);
  });

  it("reads an answer to a question no longer pending in its own words, whatever the server's", () => {
    expect(readServerError(errorFrame("question_not_pending", "That question is not pending"))).toMatchObject(
      {
        text: STALE_QUESTION_TEXT,
        retryable: false,
        staleQuestion: true,
      },
    );
  });
});

describe("the kept draft", () => {
  function memoryStorage(): DraftStorage & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    };
  }

  it("keeps a draft per project, and removes a blank one", () => {
    const storage = memoryStorage();
    writeDraft(storage, "recipes", "Half a thought");
    writeDraft(storage, "chores", "Another");
    expect(readDraft(storage, "recipes")).toBe("Half a thought");
    expect(storage.items.get(draftKey("chores"))).toBe("Another");
    writeDraft(storage, "recipes", "   ");
    expect(storage.items.has(draftKey("recipes"))).toBe(false);
    expect(readDraft(storage, "recipes")).toBe("");
  });

  it("does without storage that is missing, switched off or full", () => {
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(readDraft(broken, "recipes")).toBe("");
    expect(() => writeDraft(broken, "recipes", "text")).not.toThrow();
    expect(readDraft(null, "recipes")).toBe("");
  });
});
