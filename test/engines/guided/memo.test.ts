import { afterEach, describe, expect, it } from "vitest";
import { analyze } from "../../../src/engines/guided/design/analysis.js";
import { replay, toReply } from "../../../src/engines/guided/interview/replay.js";
import { applyReply } from "../../../src/engines/guided/interview/replies.js";
import { clearMemos, createMemo } from "../../../src/engines/guided/language/memo.js";
import { tagWords } from "../../../src/engines/guided/language/tagger.js";
import type { TranscriptEntry } from "../../../src/types/transcript.js";
import {
  BAKERY_SCRIPT,
  BAND_SCRIPT,
  DETAILED_SCRIPT,
  HABIT_SCRIPT,
  QUICK_REVIEW,
  QUICK_SCRIPT,
} from "./scripts.js";
import { InterviewDriver, makeProjectDir, type ScriptedReply } from "./support.js";

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function finishedTranscript(script: readonly ScriptedReply[]): Promise<TranscriptEntry[]> {
  const project = await makeProjectDir();
  cleanups.push(project.cleanup);
  const driver = await InterviewDriver.start(project.dir);
  await driver.replyAll(script);
  return driver.transcript;
}

/** What a turn rebuilds from a transcript: the replayed state, the newest reply folded in, and its analysis. */
function rebuild(transcript: TranscriptEntry[]): string {
  const replayed = replay(transcript);
  const applied =
    replayed.asked && replayed.reply
      ? applyReply(replayed.asked, replayed.state, toReply(replayed.reply))
      : { state: replayed.state, notes: [], write: false };
  return JSON.stringify({ replayed, applied, analysis: analyze(applied.state) });
}

/** Every moment a turn starts at: the transcript up to each of the person's entries. */
function turnStarts(transcript: TranscriptEntry[]): TranscriptEntry[][] {
  return transcript.flatMap((entry, index) =>
    entry.role === "user" ? [transcript.slice(0, index + 1)] : [],
  );
}

describe("memos", () => {
  it("never change what a replay rebuilds, even when full of other interviews", async () => {
    const transcripts = [
      await finishedTranscript([...QUICK_SCRIPT, ...QUICK_REVIEW]),
      await finishedTranscript(DETAILED_SCRIPT),
      await finishedTranscript(HABIT_SCRIPT),
      await finishedTranscript(BAKERY_SCRIPT),
      await finishedTranscript(BAND_SCRIPT),
    ];
    const moments = transcripts.flatMap(turnStarts);
    const fresh = moments.map((moment) => {
      clearMemos();
      return rebuild(moment);
    });
    clearMemos();
    for (const moment of moments) rebuild(moment);
    // The memos now hold every interview's sentences and states; each answer must still be its own.
    const remembered = moments.map(rebuild);
    expect(moments.length).toBeGreaterThan(80);
    expect(remembered).toEqual(fresh);
  });

  it("hands out frozen answers, so a reader cannot spoil them for the next", () => {
    clearMemos();
    const words = tagWords("Volunteers sign up for shifts");
    expect(Object.isFrozen(words)).toBe(true);
    expect(Object.isFrozen(words[0])).toBe(true);
    expect(tagWords("Volunteers sign up for shifts")).toBe(words);
  });

  it("keys the tagger on how the words are read as well as on the words", () => {
    clearMemos();
    const asText = tagWords("plan meals");
    const asList = tagWords("plan meals", { nounList: true });
    expect(asText[0]?.tag).toBe("verb");
    expect(asList[0]?.tag).toBe("noun");
  });
});

describe("createMemo", () => {
  it("computes once per key and forgets the least recently used beyond its capacity", () => {
    const memo = createMemo<{ key: string }>(2);
    const computed: string[] = [];
    const get = (key: string) =>
      memo.get(key, () => {
        computed.push(key);
        return { key };
      });
    get("a");
    get("b");
    get("a");
    get("c");
    expect(memo.size).toBe(2);
    get("a");
    get("b");
    expect(computed).toEqual(["a", "b", "c", "b"]);
  });

  it("forgets everything when cleared", () => {
    const memo = createMemo<number>(4);
    memo.get("one", () => 1);
    clearMemos();
    expect(memo.size).toBe(0);
    expect(memo.get("one", () => 2)).toBe(2);
  });
});
