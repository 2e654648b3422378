import { afterEach, describe, expect, it } from "vitest";
import { FrameHandler, restoreFromStore, SessionRegistry, SpecChatSession } from "../../src/session/index.js";
import { type LogFile, SessionStore } from "../../src/store/index.js";
import { openLogFile } from "../../src/store/log-file.js";
import { engineError } from "../../src/types/engine-events.js";
import { INTERVIEW_PHASES, phaseEvent } from "../../src/types/phases.js";
import type { HistoryFrame, ServerFrame } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { audienceQuestion } from "../support/questions.js";
import { asks, hangs, ScriptedEngine, type ScriptedTurn, says } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const QUESTIONS = [...audienceQuestion.questions];

const registries: SessionRegistry[] = [];
// Each test's sessions are closed, so their interview logs and locks are let go.
afterEach(async () => {
  await Promise.all(registries.splice(0).map((registry) => registry.cleanupAll()));
});

/** A registry as a server builds it, over a store in `projectsDir`; its engine plays `turns`. */
function registryOver(
  projectsDir: string,
  engine: ScriptedEngine,
  store = new SessionStore(projectsDir, { warn: () => {} }),
  projects = new ProjectRegistry(projectsDir),
) {
  const create = (projectName: string) => new SpecChatSession({ projectName, projects, engine, store });
  const registry = new SessionRegistry(create, restoreFromStore(store, create), { store });
  registries.push(registry);
  return registry;
}

/** A window on project "demo": what it was sent, and a way to send a frame and wait for its turn. */
function windowOn(registry: SessionRegistry) {
  const frames: ServerFrame[] = [];
  const handler = new FrameHandler({ registry, projectName: "demo", send: (frame) => frames.push(frame) });
  return {
    frames,
    handler,
    async send(frame: object): Promise<ServerFrame[]> {
      const from = frames.length;
      await handler.handle(JSON.stringify(frame));
      await handler.idle();
      return frames.slice(from);
    },
  };
}

const historyIn = (frames: ServerFrame[]) =>
  frames.find((frame): frame is HistoryFrame => frame.type === "history");

/**
 * A greeting whose interview could not be begun: its words may have shown already (they
 * do not wait for the disk), then the full disk is told and the turn ends.
 */
function expectGreetingStoppedByFullDisk(frames: readonly { type: string }[]): void {
  expect(frames.filter((frame) => frame.type !== "text" && frame.type !== "phase")).toEqual([
    expect.objectContaining({ type: "error", code: "disk_full" }),
    { type: "response_done" },
  ]);
  expect(frames.at(-2)).toEqual(expect.objectContaining({ type: "error" }));
}

describe("resume", () => {
  it("answers an empty history when the project has no interview, and nothing else", async () => {
    const registry = registryOver(await tempDir(), new ScriptedEngine());
    expect(await windowOn(registry).send({ type: "resume" })).toEqual([
      {
        type: "history",
        messages: [],
        pending_question: null,
        phase: null,
        usage: null,
        complete: false,
        engine: "guided",
        model: null,
      },
    ]);
    expect(registry.size).toBe(0);
  });

  it("shows a new window everything so far and asks the pending question again", async () => {
    const engine = new ScriptedEngine(
      says("Hello! What are we building?"),
      asks("q1", QUESTIONS, "Nice idea."),
    );
    const registry = registryOver(await tempDir(), engine);
    const first = windowOn(registry);
    await first.send({ type: "start" });
    await first.send({ type: "message", content: "A recipe app." });

    const reloaded = windowOn(registry);
    const frames = await reloaded.send({ type: "resume" });
    expect(frames).toEqual([
      {
        type: "history",
        messages: [
          { role: "assistant", content: "Hello! What are we building?", timestamp: expect.any(String) },
          { role: "user", content: "A recipe app.", timestamp: expect.any(String) },
          {
            role: "assistant",
            content: "Nice idea.",
            timestamp: expect.any(String),
            question: { questions: QUESTIONS, tool_id: "q1" },
          },
        ],
        pending_question: { questions: QUESTIONS, tool_id: "q1" },
        phase: null,
        usage: null,
        complete: false,
        engine: "guided",
        model: null,
      },
      { type: "question", questions: QUESTIONS, tool_id: "q1" },
    ]);
  });

  it("brings the interview back from disk after a restart, and carries on", async () => {
    const projectsDir = await tempDir();
    const before = registryOver(projectsDir, new ScriptedEngine(says("Hello!"), asks("q1", QUESTIONS)));
    const window = windowOn(before);
    await window.send({ type: "start" });
    await window.send({ type: "message", content: "A recipe app." });
    const seen = historyIn(await windowOn(before).send({ type: "resume" }));
    await before.cleanupAll();

    const after = registryOver(projectsDir, new ScriptedEngine(says("Families it is.")));
    const reconnected = windowOn(after);
    expect(historyIn(await reconnected.send({ type: "resume" }))).toEqual(seen);
    const answered = await reconnected.send({ type: "answer", tool_id: "q1", answers: { "0": "Families" } });
    expect(answered).toEqual([{ type: "text", content: "Families it is." }, { type: "response_done" }]);
    expect(historyIn(await windowOn(after).send({ type: "resume" }))?.messages.slice(-2)).toEqual([
      { role: "user", content: "Families", timestamp: expect.any(String), answers: { "0": "Families" } },
      { role: "assistant", content: "Families it is.", timestamp: expect.any(String) },
    ]);
  });

  it("refuses an answer to a question that is no longer waiting", async () => {
    const engine = new ScriptedEngine(asks("q1", QUESTIONS), asks("q2", QUESTIONS), says("Thanks."));
    const registry = registryOver(await tempDir(), engine);
    const window = windowOn(registry);
    await window.send({ type: "start" });
    await window.send({ type: "answer", tool_id: "q1", answers: { "0": "Teams" } });
    const stale = await window.send({ type: "answer", tool_id: "q1", answers: { "0": "Families" } });
    expect(stale).toEqual([
      {
        type: "error",
        content: expect.stringMatching(/no longer waiting/),
        code: "question_not_pending",
        retryable: false,
      },
    ]);
    expect(engine.seen).toHaveLength(2);
  });
});

describe("retry", () => {
  it("runs a failed turn again from the person's message, and then has nothing to retry", async () => {
    const failing: ScriptedTurn = async function* () {
      yield { type: "text-delta", text: "Let me th" };
      yield engineError("provider_overloaded", "The model is overloaded.");
    };
    const engine = new ScriptedEngine(says("Hello!"), failing, says("Here is my answer."));
    const registry = registryOver(await tempDir(), engine);
    const window = windowOn(registry);
    await window.send({ type: "start" });
    await window.send({ type: "message", content: "A recipe app." });
    const history = historyIn(await windowOn(registry).send({ type: "resume" }));
    expect(history?.can_retry).toBe(true);
    expect(history?.messages.at(-1)).toMatchObject({
      role: "assistant",
      content: "Let me th",
      interrupted: true,
    });

    expect(await window.send({ type: "retry" })).toEqual([
      { type: "text", content: "Here is my answer." },
      { type: "response_done" },
    ]);
    expect(engine.seen[2]!.transcript.at(-1)).toMatchObject({ role: "user", text: "A recipe app." });
    const session = registry.get("demo")!;
    expect(session.getMessages().map((entry) => entry.role)).toEqual([
      "user",
      "assistant",
      "user",
      "assistant",
    ]);
    expect(await window.send({ type: "retry" })).toEqual([
      { type: "error", content: expect.any(String), code: "nothing_to_retry", retryable: false },
    ]);
  });

  it("marks a turn a crash cut off as interrupted, and retry runs it", async () => {
    const projectsDir = await tempDir();
    const store = new SessionStore(projectsDir, { warn: () => {} });
    const { log } = await store.begin("demo", { engine: "guided", model: null, createdAt: new Date() });
    const at = new Date().toISOString();
    await log.append({
      type: "entry",
      entry: { role: "user", text: "Begin.", kind: "kickoff", timestamp: at },
    });
    await log.append({
      type: "entry",
      entry: { role: "assistant", text: "Hello!", toolCalls: [], timestamp: at },
    });
    await log.append({ type: "turn-end", outcome: "done", at });
    // The person's message reached the disk; then the process died.
    await log.append(
      { type: "entry", entry: { role: "user", text: "A recipe app.", timestamp: at } },
      { sync: true },
    );
    await log.close();

    const registry = registryOver(projectsDir, new ScriptedEngine(says("A recipe app, then.")), store);
    const window = windowOn(registry);
    const history = historyIn(await window.send({ type: "resume" }));
    expect(history?.can_retry).toBe(true);
    expect(history?.messages.slice(-2)).toEqual([
      { role: "user", content: "A recipe app.", timestamp: at },
      { role: "assistant", content: "", timestamp: at, interrupted: true },
    ]);
    expect(await window.send({ type: "retry" })).toEqual([
      { type: "text", content: "A recipe app, then." },
      { type: "response_done" },
    ]);
  });
});

describe("many windows on one project", () => {
  it("streams a turn begun in one window to every window, and tells the others when one starts over", async () => {
    const engine = new ScriptedEngine(says("Hello!"), says("Noted."), says("Hello again!"));
    const registry = registryOver(await tempDir(), engine);
    const left = windowOn(registry);
    const right = windowOn(registry);
    await left.send({ type: "start" });
    await right.send({ type: "resume" });
    const said = await left.send({ type: "message", content: "A recipe app." });
    expect(said).toEqual([{ type: "text", content: "Noted." }, { type: "response_done" }]);
    expect(right.frames.slice(-2)).toEqual(said);

    const before = right.frames.length;
    await left.send({ type: "start" });
    expect(right.frames.slice(before)).toEqual([
      expect.objectContaining({ type: "history", messages: [] }),
      { type: "text", content: "Hello again!" },
      { type: "response_done" },
    ]);
    expect(left.frames.filter((frame) => frame.type === "history")).toEqual([]);
  });

  it("shows a window that joins mid-turn the reply so far, then the rest of the turn", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const streams: ScriptedTurn = async function* () {
      yield { type: "text-delta", text: "Part one. " };
      await gate;
      yield { type: "text-delta", text: "Part two." };
      yield {
        type: "record",
        entry: {
          role: "assistant",
          text: "Part one. Part two.",
          toolCalls: [],
          timestamp: new Date().toISOString(),
        },
      };
    };
    const registry = registryOver(await tempDir(), new ScriptedEngine(says("Hello!"), streams));
    const left = windowOn(registry);
    await left.send({ type: "start" });
    await left.handler.handle(JSON.stringify({ type: "message", content: "Go" }));
    while (!left.frames.some((frame) => frame.type === "text" && frame.content === "Part one. "))
      await new Promise((resolve) => setTimeout(resolve, 1));
    const late = windowOn(registry);
    const [history] = await late.send({ type: "resume" });
    expect(history).toMatchObject({ type: "history", busy: true });
    expect((history as HistoryFrame).messages.at(-1)).toMatchObject({
      role: "assistant",
      content: "Part one.",
    });
    release();
    await left.handler.idle();
    expect(late.frames.slice(1)).toEqual([{ type: "text", content: "Part two." }, { type: "response_done" }]);
  });

  it("sends a refusal only to the window that asked", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const waits: ScriptedTurn = async function* () {
      await gate;
      yield* says("Done.")([], undefined as never);
    };
    const registry = registryOver(await tempDir(), new ScriptedEngine(says("Hello!"), waits));
    const left = windowOn(registry);
    const right = windowOn(registry);
    await left.send({ type: "start" });
    await right.send({ type: "resume" });
    await left.handler.handle(JSON.stringify({ type: "message", content: "Go" }));
    const busy = await right.send({ type: "message", content: "Me too" });
    expect(busy).toEqual([expect.objectContaining({ code: "busy" })]);
    expect(left.frames.some((frame) => frame.type === "error")).toBe(false);
    release();
    await left.handler.idle();
    expect(right.frames.slice(-2)).toEqual([{ type: "text", content: "Done." }, { type: "response_done" }]);
  });
});

describe("a new interview's greeting", () => {
  it("streams while the interview is still being begun on disk, and is recorded after it", async () => {
    const projectsDir = await tempDir();
    // The disk is slow to open the new interview's log, as it is when a hundred begin at once.
    let openTheLog = () => {};
    const logMayOpen = new Promise<void>((resolve) => {
      openTheLog = resolve;
    });
    const store = new SessionStore(projectsDir, {
      warn: () => {},
      openLogFile: async (path) => {
        await logMayOpen;
        return openLogFile(path);
      },
    });
    const greeting: ScriptedTurn = async function* () {
      yield phaseEvent(INTERVIEW_PHASES[0].id);
      yield { type: "text-delta", text: "Hello!" };
      yield {
        type: "record",
        entry: { role: "assistant", text: "Hello!", toolCalls: [], timestamp: new Date().toISOString() },
      };
    };
    const window = windowOn(registryOver(projectsDir, new ScriptedEngine(greeting), store));
    const shown = new Promise<void>((resolve) => {
      void window.handler.handle(JSON.stringify({ type: "start" }));
      const poll = setInterval(() => {
        if (window.frames.some((frame) => frame.type === "text")) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    await shown;
    // The words and the phase are out; the turn cannot end before the interview is on disk.
    expect(window.frames).toEqual([
      expect.objectContaining({ type: "phase", id: INTERVIEW_PHASES[0].id }),
      { type: "text", content: "Hello!" },
    ]);
    openTheLog();
    await window.handler.idle();
    expect(window.frames.slice(2)).toEqual([{ type: "response_done" }]);
    const kept = await store.read("demo");
    expect(kept?.phase?.id).toBe(INTERVIEW_PHASES[0].id);
    expect(kept?.transcript.map((entry) => entry.role)).toEqual(["user", "assistant"]);
    expect(kept?.transcript[1]).toEqual(expect.objectContaining({ text: "Hello!" }));
  });
});

describe("a greeting that ends before its interview is on disk", () => {
  it("lets the project go once the interview is begun, when the session closed meanwhile", async () => {
    const projectsDir = await tempDir();
    let openTheLog = () => {};
    const logMayOpen = new Promise<void>((resolve) => {
      openTheLog = resolve;
    });
    let opened = 0;
    const store = new SessionStore(projectsDir, {
      warn: () => {},
      openLogFile: async (path) => {
        await logMayOpen;
        opened += 1;
        return openLogFile(path);
      },
    });
    // The provider fails after the first words, while the disk is still opening the log.
    const failing: ScriptedTurn = async function* () {
      yield { type: "text-delta", text: "Hello" };
      throw new Error("the provider went away");
    };
    const registry = registryOver(projectsDir, new ScriptedEngine(failing), store);
    const window = windowOn(registry);
    await window.handler.handle(JSON.stringify({ type: "start" }));
    const closing = registry.get("demo")!.close();
    openTheLog();
    await closing;
    await registry.get("demo")?.close();
    expect(opened).toBe(1);
    // Whatever order the turn, the close and the disk finished in, nothing holds the project.
    await expect.poll(() => store.holder("demo")).toBeNull();
    const again = new SessionStore(projectsDir, { warn: () => {} });
    const begun = await again.begin("demo", { engine: "scripted", model: null, createdAt: new Date() });
    await begun.log.close();
  });
});

describe("a full disk", () => {
  /** A store whose log refuses, as a full disk does, every append `isFull` says no to. */
  function storeOnFullDisk(projectsDir: string, isFull: (text: string) => boolean): SessionStore {
    return new SessionStore(projectsDir, {
      warn: () => {},
      openLogFile: async (path) => {
        const real = await openLogFile(path);
        const file: LogFile = {
          ...real,
          append: async (text) => {
            if (isFull(text))
              throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
            return real.append(text);
          },
        };
        return file;
      },
    });
  }

  it("stops a new interview's greeting and says why when its kickoff cannot be recorded, though its request went out early", async () => {
    const projectsDir = await tempDir();
    const store = storeOnFullDisk(projectsDir, (text) => text.includes('"kind":"kickoff"'));
    const engine = new ScriptedEngine(says("Hello!"));
    const registry = registryOver(projectsDir, engine, store);
    const window = windowOn(registry);
    const frames = await window.send({ type: "start" });
    // The engine was asked while the kickoff was being written.
    expect(engine.seen).toHaveLength(1);
    expectGreetingStoppedByFullDisk(frames);
    expect((await store.read("demo"))?.transcript ?? []).toEqual([]);
  });

  it("stops a new interview's greeting and says why when the interview cannot be begun, though its request went out early", async () => {
    const projectsDir = await tempDir();
    const store = storeOnFullDisk(projectsDir, (text) => text.includes('"type":"interview"'));
    // A greeting that goes on until it is stopped: the failure stops it at once.
    const engine = new ScriptedEngine(hangs());
    const frames = await windowOn(registryOver(projectsDir, engine, store)).send({ type: "start" });
    expect(engine.seen).toHaveLength(1);
    expectGreetingStoppedByFullDisk(frames);
    expect(await store.read("demo")).toBeNull();
  });

  it("stops a new project's greeting and says why when its template cannot be written, though its request went out early", async () => {
    const projectsDir = await tempDir();
    const store = new SessionStore(projectsDir, { warn: () => {} });
    // The template is written beside the first request; here the disk refuses it, as a full one does.
    const projects = new (class extends ProjectRegistry {
      override async open(...args: Parameters<ProjectRegistry["open"]>) {
        const project = await super.open(...args);
        const furnish = async () => {
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        };
        return project.furnish ? { ...project, furnish } : project;
      }
    })(projectsDir);
    const engine = new ScriptedEngine(says("Hello!"));
    const window = windowOn(registryOver(projectsDir, engine, store, projects));
    const frames = await window.send({ type: "start" });
    expect(engine.seen).toHaveLength(1);
    expectGreetingStoppedByFullDisk(frames);
    expect((await store.read("demo"))?.transcript ?? []).toEqual([]);
  });

  it("tells the person, and does not take the turn, when their message cannot be recorded", async () => {
    const projectsDir = await tempDir();
    let full = false;
    const store = storeOnFullDisk(projectsDir, () => full);
    const engine = new ScriptedEngine(says("Hello!"), says("Got it."));
    const registry = registryOver(projectsDir, engine, store);
    const window = windowOn(registry);
    await window.send({ type: "start" });
    full = true;
    expect(await window.send({ type: "message", content: "A recipe app." })).toEqual([
      {
        type: "error",
        content: expect.stringMatching(
          /^The disk is full, so your message could not be saved and was not sent to the interviewer\. Free some space/,
        ),
        code: "disk_full",
        retryable: false,
      },
      { type: "response_done" },
    ]);
    expect(engine.seen).toHaveLength(1);
    expect(registry.get("demo")!.getMessages()).toHaveLength(2);
    full = false;
    expect(await window.send({ type: "message", content: "A recipe app." })).toEqual([
      { type: "text", content: "Got it." },
      { type: "response_done" },
    ]);
    expect((await store.read("demo"))?.transcript).toHaveLength(4);
  });
});
