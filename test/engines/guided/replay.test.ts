import { describe, expect, it } from "vitest";
import { replay } from "../../../src/engines/guided/interview/replay.js";
import { applyReply } from "../../../src/engines/guided/interview/replies.js";
import { initialState } from "../../../src/engines/guided/interview/state.js";
import { isStepId, nextStep, STEP_IDS, STEP_PHASES } from "../../../src/engines/guided/interview/steps.js";
import type { AssistantEntry, JsonValue, TranscriptEntry, UserEntry } from "../../../src/types/transcript.js";

const at = "2025-01-01T00:00:00.000Z";

function asked(step: string, meta: { [key: string]: JsonValue } = {}): AssistantEntry {
  return {
    role: "assistant",
    text: `asking ${step}`,
    toolCalls: [],
    timestamp: at,
    meta: { guidedStep: step, ...meta },
  };
}

function said(text: string, extra: Partial<UserEntry> = {}): UserEntry {
  return { role: "user", text, timestamp: at, ...extra };
}

const OVERVIEW = "A recipe app for busy families to save recipes and plan weekly meals.";

describe("replay", () => {
  it("starts from nothing before the greeting, ignoring the kickoff", () => {
    const replayed = replay([said("Begin the spec creation process.", { kind: "kickoff" })]);
    expect(replayed.asked).toBeNull();
    expect(replayed.reply).toBeNull();
    expect(replayed.state).toEqual(initialState());
  });

  it("folds each step's reply in and leaves the newest reply to be handled", () => {
    const transcript: TranscriptEntry[] = [
      said("Begin", { kind: "kickoff" }),
      asked("overview"),
      said(OVERVIEW),
      asked("involvement"),
      said("2"),
    ];
    const replayed = replay(transcript);
    expect(replayed.state.overview).toEqual([OVERVIEW]);
    expect(replayed.state.mode).toBeNull();
    expect(replayed.asked?.step).toBe("involvement");
    expect(replayed.reply?.text).toBe("2");
  });

  it("reads back only step names it knows: a recorded step that is none is no step", () => {
    for (const step of STEP_IDS) expect(isStepId(step), step).toBe(true);
    for (const value of ["", "offline", "Overview", "features", 3, null]) expect(isStepId(value)).toBe(false);
    expect(Object.keys(STEP_PHASES).sort()).toEqual([...STEP_IDS].sort());
    const replayed = replay([
      said("Begin", { kind: "kickoff" }),
      asked("overview"),
      said(OVERVIEW),
      asked("features-everything"),
      said("1"),
    ]);
    expect(replayed.asked?.step).toBe("overview");
    expect(replayed.state.overview).toEqual([]);
  });

  it("reads numbers against the question as it was recorded", () => {
    const question = {
      question: "How involved?",
      header: "Involvement",
      multiSelect: false,
      options: [
        { label: "Detailed", description: "" },
        { label: "Quick (Recommended)", description: "" },
      ],
    };
    const entry: AssistantEntry = {
      ...asked("involvement"),
      toolCalls: [{ toolCallId: "guided-1", toolName: "AskUserQuestion", input: { questions: [question] } }],
    };
    const replayed = replay([asked("overview"), said(OVERVIEW), entry, said("1"), asked("tech-frontend")]);
    expect(replayed.state.mode).toBe("detailed");
  });

  it("skips entries it did not record and takes the last reply to a step", () => {
    const interrupted: AssistantEntry = {
      role: "assistant",
      text: "Thanks, that",
      toolCalls: [],
      timestamp: at,
      interrupted: true,
    };
    const replayed = replay([
      asked("overview"),
      said("a todo app"),
      interrupted,
      said(OVERVIEW),
      asked("kind"),
    ]);
    expect(replayed.state.overview).toEqual([OVERVIEW]);
    expect(nextStep(replayed.state)).toBe("kind");
  });

  it("collects every saved image, once", () => {
    const image = {
      filename: "home.png",
      mimeType: "image/png" as const,
      base64Data: "",
      savedAs: "prompts/mockups/home.png",
    };
    const replayed = replay([
      asked("overview"),
      said("", { attachments: [image] }),
      asked("overview"),
      said(OVERVIEW, { attachments: [image] }),
    ]);
    expect(replayed.state.mockups).toEqual(["prompts/mockups/home.png"]);
  });

  it("counts writes and takes back an approval whose write failed", () => {
    const approved = replay([asked("review"), said("approve"), asked("done", { guidedWrote: true })]);
    expect(approved.state.approved).toBe(true);
    expect(approved.state.writes).toBe(1);
    const failed = replay([asked("review"), said("approve"), asked("review", { guidedWriteFailed: true })]);
    expect(failed.state.approved).toBe(false);
    expect(failed.state.writes).toBe(0);
  });
});

describe("nextStep", () => {
  it("asks the first thing the interview does not know yet", () => {
    const state = initialState();
    expect(nextStep(state)).toBe("overview");
    expect(nextStep({ ...state, overview: ["a todo app"] })).toBe("overview-more");
    // An overview that does not say what kind of software it is: the kind comes first.
    expect(nextStep({ ...state, overview: [OVERVIEW] })).toBe("kind");
    expect(nextStep({ ...state, overview: [OVERVIEW], kindMore: true })).toBe("kind-more");
    const web = { ...state, overview: [OVERVIEW], kind: "web app" as const };
    expect(nextStep(web)).toBe("involvement");
    expect(nextStep({ ...web, mode: "quick" })).toBe("tech-quick");
    expect(nextStep({ ...web, mode: "detailed" })).toBe("tech-frontend");
    expect(nextStep({ ...web, mode: "quick", techApproach: "defaults" })).toBe("data");
    // A command-line tool is asked for its language, not a front end.
    const cli = { ...state, overview: [OVERVIEW], kind: "command-line tool" as const };
    expect(nextStep({ ...cli, mode: "detailed" })).toBe("tech-runtime");
  });
});

describe("'anything else?' in a recorded interview", () => {
  const reply = (text: string) => ({ text, answers: null, attachments: [] });
  const domain = { step: "features-domain" as const, question: null, subject: null };

  it("is asked again after an answer that added something, and not after 'no'", () => {
    const once = applyReply(domain, initialState(), reply("Export recipes as PDF.")).state;
    expect(once.domainExtrasOpen).toBe(true);
    expect(applyReply(domain, once, reply("no")).state.domainExtrasOpen).toBe(false);
  });

  it("is closed by an answer to a later step, as an interview recorded with one 'anything else?' went on", () => {
    const once = applyReply(domain, initialState(), reply("Export recipes as PDF.")).state;
    const later = { step: "features-clarify" as const, question: null, subject: "export" };
    expect(applyReply(later, once, reply("as a PDF of the recipe card")).state.domainExtrasOpen).toBe(false);
  });
});
