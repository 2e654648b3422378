import { afterEach, describe, expect, it } from "vitest";
import { fillStamp, STAMP_LENGTH, StampReader, stampPlaceholder } from "../../bench/support/chunk-stamp.js";
import { summarizeFleet } from "../../bench/support/fleet-results.js";
import { standardInterview } from "../../bench/support/model-script.js";
import { BENCH_REQUESTS_PATH, PacedProvider, type PacedRequest } from "../../bench/support/paced-provider.js";
import {
  cpuSeconds,
  processTree,
  rssBytes,
  schedulerSeconds,
  treeUsage,
} from "../../bench/support/proc-stat.js";
import { REFERENCE_BASELINE } from "../../bench/support/reference-baseline.js";
import type { ClientRecord } from "../../bench/support/stream-client.js";
import { compareWithClaudeCode, evaluateTargets } from "../../bench/support/targets.js";
import type { MessageReply } from "../support/fake-provider/index.js";

const PROFILE = { firstTokenMs: 0, chunkTokens: 20, chunkMs: 0, replyChunks: 3 };

/** The data of each SSE event in a streamed body. */
function eventsOf(body: string): { type: string; delta?: { type: string; text?: string } }[] {
  return body
    .split("\n\n")
    .flatMap((block) => block.split("\n").filter((line) => line.startsWith("data: ")))
    .map((line) => JSON.parse(line.slice("data: ".length)));
}

function interviewRequest(messages: unknown[] = []) {
  return {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: "claude-sonnet-5-5",
      stream: true,
      max_tokens: 1000,
      tools: [{ name: "AskUserQuestion", input_schema: { type: "object" } }],
      messages,
    }),
  };
}

describe("chunk stamps", () => {
  it("are filled in place and read back, even when the text arrives cut", () => {
    const event = `data: {"text":"${stampPlaceholder(1_234)}hello"}\n\n`;
    const filled = fillStamp(event, 5_678);
    expect(filled.length).toBe(event.length);
    expect(fillStamp(filled, 9_999)).toBe(filled);
    const text = `${filled.slice(filled.indexOf("~"), filled.indexOf("hello"))}hello`;
    expect(text.length).toBe(STAMP_LENGTH + "hello".length);
    const reader = new StampReader();
    const stamps = [
      ...reader.push(text.slice(0, 10)),
      ...reader.push(text.slice(10, 11)),
      ...reader.push(text.slice(11)),
    ];
    expect(stamps).toEqual([{ arrivalUs: 1_234, writeUs: 5_678 }]);
  });
});

describe("the paced provider", () => {
  let provider: PacedProvider | null = null;
  afterEach(async () => {
    await provider?.close();
    provider = null;
  });

  it("streams the stream conversation's reply as Anthropic events, every chunk stamped", async () => {
    provider = await PacedProvider.start("stream", PROFILE);
    const body = await (await fetch(`${provider.url}/v1/messages`, interviewRequest())).text();
    const events = eventsOf(body);
    expect(events[0]?.type).toBe("message_start");
    expect(events.at(-1)?.type).toBe("message_stop");
    const text = events.flatMap((event) =>
      event.delta?.type === "text_delta" ? [event.delta.text ?? ""] : [],
    );
    expect(text).toHaveLength(PROFILE.replyChunks);
    const stamps = new StampReader().push(text.join(""));
    expect(stamps).toHaveLength(PROFILE.replyChunks);
    for (const stamp of stamps) expect(stamp.writeUs).toBeGreaterThanOrEqual(stamp.arrivalUs);
    const seen = (await (await fetch(`${provider.url}${BENCH_REQUESTS_PATH}`)).json()) as PacedRequest[];
    expect(seen).toMatchObject([{ kind: "interview", replyIndex: 0 }]);
    expect(seen[0]?.firstDeltaUs).toBeGreaterThanOrEqual(seen[0]?.arrivalUs ?? Number.NaN);
  });

  it("answers the standard interview by the model calls already made, and anything else in a line", async () => {
    provider = await PacedProvider.start("standard", PROFILE);
    const script = standardInterview().flatMap((turn) => turn.replies) as MessageReply[];
    const secondReply = script[1]?.plan.parts.find((part) => part.type === "text");
    const messages = [
      { role: "user", content: "hello" },
      { role: "assistant", content: "hi" },
      { role: "user", content: "a recipe app" },
    ];
    const body = await (await fetch(`${provider.url}/v1/messages`, interviewRequest(messages))).text();
    const text = eventsOf(body)
      .flatMap((event) => (event.delta?.type === "text_delta" ? [event.delta.text ?? ""] : []))
      .join("");
    expect(secondReply?.type === "text" && text.startsWith(secondReply.text.slice(0, 40))).toBe(true);
    const side = await fetch(`${provider.url}/v1/messages`, {
      method: "POST",
      body: JSON.stringify({ model: "claude-haiku-4-5", max_tokens: 10, messages }),
    });
    expect(await side.json()).toMatchObject({ content: [{ type: "text", text: "OK." }] });
    expect(provider.requests.map((request) => request.kind)).toEqual(["interview", "side"]);
    expect(provider.requests[0]?.replyIndex).toBe(1);
  });
});

describe("process readings", () => {
  it("reads this process's CPU, memory, tree and scheduler times from /proc", () => {
    expect(cpuSeconds(process.pid)).toBeGreaterThan(0);
    expect(rssBytes(process.pid)).toBeGreaterThan(0);
    expect(processTree(process.pid)).toContain(process.pid);
    expect(treeUsage(process.pid).processes).toBeGreaterThanOrEqual(1);
    expect(schedulerSeconds(process.pid)?.running).toBeGreaterThan(0);
    expect(cpuSeconds(2 ** 22 + 1)).toBeNull();
  });
});

describe("a run's summary", () => {
  it("splits session start into the provider's part and Specwright's", () => {
    const record: ClientRecord = {
      connectUs: 2_000,
      turns: [
        {
          sentUs: 1_000_000,
          firstTextUs: 1_080_000,
          firstStamp: { arrivalUs: 1_010_000, writeUs: 1_060_000 },
          firstStampUs: 1_080_000,
          doneUs: 1_500_000,
          textFrames: 3,
          frames: 5,
        },
      ],
      chunkLatenciesUs: [20_000, 4_000, 6_000],
      errors: [],
      complete: false,
    };
    const summary = summarizeFleet([record]);
    expect(summary.sessionStart.toFirstTextMs.p50).toBe(80);
    expect(summary.sessionStart.providerFirstTokenMs.p50).toBe(50);
    expect(summary.sessionStart.overheadMs.p50).toBe(30);
    expect(summary.chunkLatencyMs).toMatchObject({ count: 3, p50: 6, max: 20 });
  });

  it("judges the targets it has figures for, and compares with the stated baseline without the SDK", () => {
    const rows = evaluateTargets({
      "interview-cost": { cacheShareAfterTurn1: 0.9, byRequest: [{ bytes: 20_000 }, { bytes: 40_000 }] },
      "vs-agent-sdk": { skipped: true },
    });
    const byTarget = Object.fromEntries(rows.map((row) => [row.target, row]));
    expect(byTarget["input tokens read from the cache after turn 1"]?.met).toBe(true);
    expect(byTarget["request bytes per turn against the Claude Code way"]?.value).toBeCloseTo(
      30_000 / REFERENCE_BASELINE.requestBytes,
    );
    expect(byTarget["relay p99 at 100 streaming interviews"]?.met).toBeNull();
    const comparison = compareWithClaudeCode({ "vs-agent-sdk": { skipped: true } });
    expect(comparison.source).toContain("stated baseline");
  });

  it("judges the relay by its time inside the server, with the end-to-end time beside it", () => {
    const tail = (p99: number) => ({ count: 10, p50: p99 / 2, p90: p99, p99, max: p99, mean: p99 / 2 });
    const level = (atOnce: number, inServerP99: number | null) => ({
      level: atOnce,
      clients: atOnce,
      sessionStartMs: { overheadMs: tail(1), toFirstTextMs: tail(1), providerFirstTokenMs: tail(1) },
      relayMs: tail(900),
      inServerRelay:
        inServerP99 === null
          ? null
          : { chunks: 10, inServerMs: tail(inServerP99), beforeReadMs: tail(30), loopDelayMs: { p99: 20 } },
      perSession: { streamingBytes: 1, idleBytes: 1 },
      clientLoopDelayMs: { p99: 10 },
    });
    const rows = evaluateTargets({ "server-path": { levels: [level(100, 4), level(1000, null)] } });
    const byTarget = Object.fromEntries(rows.map((row) => [row.target, row]));
    const hundred = byTarget["relay p99 at 100 streaming interviews"];
    expect(hundred).toMatchObject({ value: 4, met: true, beside: { endToEndP99Ms: 900 } });
    expect(hundred?.measured).toContain("end to end 900 ms");
    const thousand = byTarget["relay p99 at 1,000 streaming interviews"];
    expect(thousand).toMatchObject({ value: null, met: null, beside: { endToEndP99Ms: 900 } });
    expect(thousand?.measured).toContain("not measured in the server");
  });
});
