import { describe, expect, it } from "vitest";
import {
  applyRecord,
  canRetry,
  type InterviewRecord,
  type InterviewState,
  type InterviewStore,
} from "../../src/store/index.js";

/** A store to test, over a fresh projects folder. */
export type StoreUnderTest = () => Promise<InterviewStore>;

const T0 = "2026-11-24T10:00:00.000Z";
const at = (second: number) => `2026-11-24T10:00:${String(second).padStart(2, "0")}.000Z`;

export const question = {
  question: "Who will use the app?",
  header: "Audience",
  options: [
    { label: "Families (Recommended)", description: "Parents and children" },
    { label: "Teams", description: "People at work" },
  ],
  multiSelect: false,
};

/** A greeting turn and a turn that ends on a question, as a session records them. */
export function twoTurns(): InterviewRecord[] {
  return [
    { type: "entry", entry: { role: "user", text: "Begin.", kind: "kickoff", timestamp: at(1) } },
    { type: "phase", id: "overview", title: "Overview", index: 1, total: 9, at: at(2) },
    {
      type: "entry",
      entry: { role: "assistant", text: "Hello! What are we building?", toolCalls: [], timestamp: at(2) },
    },
    { type: "turn-end", outcome: "done", at: at(3) },
    { type: "entry", entry: { role: "user", text: "A recipe app.", timestamp: at(4) } },
    {
      type: "entry",
      entry: {
        role: "assistant",
        text: "Nice.",
        toolCalls: [{ toolCallId: "q1", toolName: "AskUserQuestion", input: { questions: [question] } }],
        timestamp: at(5),
      },
    },
    { type: "question", toolCallId: "q1", questions: [question], at: at(5) },
    {
      type: "usage",
      total: { input_tokens: 10, output_tokens: 5, cache_read_tokens: 0, cache_write_tokens: 0 },
      costUsd: 0.25,
      at: at(5),
    },
    { type: "turn-end", outcome: "done", at: at(6) },
  ];
}

/** What a reader of the store should get for records written by `begin` and appends. */
function expected(base: InterviewState, records: InterviewRecord[]): InterviewState {
  const state = structuredClone(base);
  for (const record of records) applyRecord(state, record);
  return state;
}

const newInterview = { engine: "guided", model: null, createdAt: new Date(T0) };

/**
 * What every interview store does, whatever keeps it: the file store passes these, and
 * so must any other (a database, say). Locking across processes is tested per store.
 */
export function interviewStoreContract(name: string, makeStore: StoreUnderTest): void {
  describe(`${name}: the interview store contract`, () => {
    it("has nothing for a project that never had an interview", async () => {
      const store = await makeStore();
      expect(await store.read("demo")).toBeNull();
      expect(await store.list("demo")).toEqual([]);
      expect(await store.inProgress()).toEqual([]);
      expect(await store.resume("demo")).toBeNull();
      expect(await store.archive("demo")).toBe(false);
      expect(await store.holder("demo")).toBeNull();
      expect(await store.currentForListing("demo")).toBeNull();
    });

    it("begins an interview, appends its records and reads them back the same", async () => {
      const store = await makeStore();
      const { state, log } = await store.begin("demo", newInterview);
      expect(state).toMatchObject({ projectName: "demo", engine: "guided", model: null, createdAt: T0 });
      expect(state.transcript).toEqual([]);
      const records = twoTurns();
      for (const record of records) await log.append(record, { sync: record.type === "turn-end" });
      await log.close();
      const read = await store.read("demo");
      expect(read).toEqual(expected(state, records));
      expect(read?.question).toEqual({ toolCallId: "q1", questions: [question] });
      expect(read?.phase).toEqual({ id: "overview", title: "Overview", index: 1, total: 9 });
      expect(read?.usage?.input_tokens).toBe(10);
      expect(read?.costUsd).toBe(0.25);
      expect(await store.readById("demo", state.id)).toEqual(read);
      expect(await store.inProgress()).toEqual(["demo"]);
      expect(await store.currentForListing("demo")).toEqual({
        id: state.id,
        complete: false,
        phase: { id: "overview", title: "Overview", index: 1, total: 9 },
        turns: 2,
        updatedAt: at(6),
      });
    });

    it("carries the current interview on, appending after what was there", async () => {
      const store = await makeStore();
      const begun = await store.begin("demo", newInterview);
      for (const record of twoTurns()) await begun.log.append(record);
      await begun.log.close();
      const resumed = await store.resume("demo");
      expect(resumed?.state.id).toBe(begun.state.id);
      expect(resumed?.state.transcript).toHaveLength(4);
      const answer: InterviewRecord = {
        type: "entry",
        entry: {
          role: "user",
          text: "Families",
          timestamp: at(7),
          answer: { toolCallId: "q1", answers: { "0": "Families" } },
        },
      };
      await resumed!.log.append(answer, { sync: true });
      await resumed!.log.close();
      const read = await store.read("demo");
      expect(read?.transcript.at(-1)).toEqual(answer.type === "entry" ? answer.entry : null);
      expect(read?.question).toBeNull();
    });

    it("marks a turn that began and never ended as interrupted when the interview is next opened", async () => {
      const store = await makeStore();
      const begun = await store.begin("demo", newInterview);
      for (const record of twoTurns().slice(0, 5)) await begun.log.append(record);
      await begun.log.close();
      expect((await store.read("demo"))?.turns.at(-1)?.outcome).toBe("running");
      const resumed = await store.resume("demo");
      expect(resumed?.state.turns.at(-1)?.outcome).toBe("interrupted");
      expect(canRetry(resumed!.state)).toBe(true);
      await resumed!.log.close();
      // The mark is kept: read again, the turn is still interrupted, and it is marked once.
      expect((await store.read("demo"))?.turns.at(-1)?.outcome).toBe("interrupted");
    });

    it("keeps the interview before when a new one begins, and lists both, the current first", async () => {
      const store = await makeStore();
      const first = await store.begin("demo", newInterview);
      for (const record of twoTurns()) await first.log.append(record);
      await first.log.close();
      const second = await store.begin("demo", {
        ...newInterview,
        createdAt: new Date("2026-11-25T09:00:00.000Z"),
      });
      await second.log.append(twoTurns()[0]!);
      await second.log.close();
      const list = await store.list("demo");
      expect(list.map((summary) => [summary.id, summary.current])).toEqual([
        [second.state.id, true],
        [first.state.id, false],
      ]);
      expect(list[1]).toMatchObject({
        createdAt: T0,
        updatedAt: at(6),
        messageCount: 3,
        complete: false,
        engine: "guided",
      });
      expect((await store.readById("demo", first.state.id))?.transcript).toHaveLength(4);
      expect((await store.read("demo"))?.id).toBe(second.state.id);
      expect(await store.readById("demo", "no-such-interview")).toBeNull();
    });

    it("moves the current interview aside on archive, so nothing carries it on", async () => {
      const store = await makeStore();
      const begun = await store.begin("demo", newInterview);
      for (const record of twoTurns()) await begun.log.append(record);
      await begun.log.close();
      expect(await store.archive("demo")).toBe(true);
      expect(await store.read("demo")).toBeNull();
      expect(await store.resume("demo")).toBeNull();
      expect(await store.inProgress()).toEqual([]);
      expect(await store.currentForListing("demo")).toBeNull();
      expect(await store.list("demo")).toEqual([
        expect.objectContaining({ id: begun.state.id, current: false }),
      ]);
    });

    it("counts only unfinished interviews that began as in progress", async () => {
      const store = await makeStore();
      const done = await store.begin("done", newInterview);
      await done.log.append(twoTurns()[0]!);
      await done.log.append({ type: "complete", complete: true, at: at(9) });
      await done.log.close();
      const open = await store.begin("open", newInterview);
      await open.log.append(twoTurns()[0]!);
      await open.log.close();
      const empty = await store.begin("empty", newInterview);
      await empty.log.close();
      expect(await store.inProgress()).toEqual(["open"]);
    });

    it("drops what a retried turn produced, keeping the person's message", async () => {
      const store = await makeStore();
      const begun = await store.begin("demo", newInterview);
      for (const record of twoTurns()) await begun.log.append(record);
      await begun.log.append({ type: "retry", at: at(8) });
      await begun.log.close();
      const read = await store.read("demo");
      expect(read?.transcript.at(-1)).toMatchObject({ role: "user", text: "A recipe app." });
      expect(read?.turns.at(-1)?.outcome).toBe("running");
      expect(read?.question).toBeNull();
    });
  });
}
