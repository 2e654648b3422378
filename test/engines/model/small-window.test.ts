import { describe, expect, it } from "vitest";
import { DIGEST_OPENING } from "../../../src/engines/model/history-digest.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import {
  estimateTokens,
  type JsonObject,
  type RecordedRequest,
  reply,
} from "../../support/fake-provider/index.js";
import { audienceQuestion, platformQuestion } from "../../support/questions.js";
import { collect } from "../../support/scripted-engine.js";
import { validSpecText } from "../../support/spec-text.js";
import { asArray, asObject, harnessForEachTest, modelRequests, textOf } from "./harness.js";

const start = harnessForEachTest();

/** llama.cpp's server started with `--ctx-size 8192`: it refuses any prompt past that (local-server.ts). */
const WINDOW = 8192;

const errorsIn = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "error" ? [frame] : []));

/** The messages of an OpenAI chat completion as the fake recorded it. */
const messagesOf = (request: RecordedRequest): JsonObject[] => asArray(request.body.messages).map(asObject);

/** The text of a message, whether its content is a string or a list of parts. */
const textIn = (message: JsonObject | undefined): string =>
  typeof message?.content === "string"
    ? message.content
    : asArray(message?.content)
        .map((part) => String(asObject(part).text ?? ""))
        .join("");

/** The digest a request begins with (the message after the system prompt), or null. */
const digestOf = (request: RecordedRequest): string | null => {
  const text = textIn(messagesOf(request)[1]);
  return text.startsWith(DIGEST_OPENING) ? text : null;
};

/** The prompt tokens llama.cpp's fake counts: a quarter of the characters of the messages' and tools' JSON. */
const promptTokens = (request: RecordedRequest) =>
  estimateTokens(JSON.stringify(request.body.messages ?? [])) +
  estimateTokens(JSON.stringify(request.body.tools ?? []));

/** The person's words in the tail, one turn each: the model asks about detail n, they answer. */
const tailMessage = (n: number) =>
  `About detail ${n}: keep it simple, one screen is enough, and the whole family should see the change at once. The children should not be able to undo what a parent decided, and points for it count from the day it was done, not the day it was ticked off.`;
const tailReplyText = (n: number) =>
  `Noted for detail ${n}: one screen, visible to the whole family at once, only parents can undo it, and points count from the day it was done. I will keep that in mind for the next change to the spec. What about detail ${n + 1}: should it work the same way?`;
const tailReply = (n: number) => reply().text(tailReplyText(n));

const TAIL_TURNS = 45;

/**
 * Plays a long interview against an 8k llama.cpp server: greeting, two plain questions,
 * two structured ones, the spec written (about 5,000 tokens of file: with the skill and
 * the tools, more than the window), then a long tail of plain questions.
 */
let played: ReturnType<typeof playLongInterview> | null = null;

/** The long interview, played once for all the tests below: they only read what it sent. */
function longInterview() {
  played ??= playLongInterview();
  return played;
}

async function playLongInterview() {
  const spec = validSpecText(500, "chores");
  const harness = await start("openai-compatible", {
    local: { kind: "llama.cpp", models: ["small-model"], contextLength: WINDOW },
    engine: { model: "small-model" },
    // The spec streams in large pieces: how it streams is not what this test is about.
    chunkSize: { json: 8192 },
  });
  const { server, session } = harness;
  const frames: ServerFrame[][] = [];
  const turn = async (replies: ReturnType<typeof reply>[], move: () => AsyncIterable<ServerFrame>) => {
    server.enqueue(...replies);
    const played = await collect(move());
    frames.push(played);
    return played;
  };
  await turn([reply().text("Hi! I'll ask one question at a time. What would you like to build?")], () =>
    session.start(),
  );
  await turn([reply().text("A chore tracker, then. Who will use it?")], () =>
    session.sendMessage("A chore tracker for our family of five, with points and a weekly winner."),
  );
  await turn([reply().text("Thanks.").tool("AskUserQuestion", audienceQuestion)], () =>
    session.sendMessage("The two parents assign chores; the three children tick them off."),
  );
  const audience = frames.at(-1)?.find((frame) => frame.type === "question");
  await turn([reply().text("And where?").tool("AskUserQuestion", platformQuestion)], () =>
    session.answer(audience?.type === "question" ? audience.tool_id : "", { "0": "Families (Recommended)" }),
  );
  const platform = frames.at(-1)?.find((frame) => frame.type === "question");
  await turn(
    [
      reply()
        .text("Writing the spec now.")
        .tool("Write", { file_path: "prompts/app_spec.txt", content: spec }),
      reply().text("The spec is written. What about detail 1?"),
    ],
    () => session.answer(platform?.type === "question" ? platform.tool_id : "", { "0": "Web (Recommended)" }),
  );
  for (let n = 1; n <= TAIL_TURNS; n++) await turn([tailReply(n)], () => session.sendMessage(tailMessage(n)));
  return { requests: modelRequests(server), frames, spec };
}

describe("a long interview with a model whose window is 8,192 tokens", () => {
  it("keeps every request inside the window and goes on to the end, leaving out old turns for a digest", async () => {
    const { requests, frames } = await longInterview();
    expect(frames.flatMap(errorsIn)).toEqual([]);
    expect(textOf(frames.at(-1) ?? [])).toContain(`detail ${TAIL_TURNS + 1}`);
    expect(requests.length).toBe(frames.length + 1);
    for (const request of requests) {
      expect(request.rejection).toBeUndefined();
      expect(promptTokens(request)).toBeLessThanOrEqual(WINDOW);
      // The whole body too, at a quarter of its characters, leaves the answer some room.
      expect(Math.ceil(request.rawBody.length / 4)).toBeLessThan(WINDOW);
    }
    // Old turns were left out: the last requests carry a digest and not the first words.
    const last = requests.at(-1) as RecordedRequest;
    expect(digestOf(last)).not.toBeNull();
    expect(JSON.stringify(messagesOf(last).slice(2))).not.toContain("A chore tracker for our family of five");
    // The spec the model wrote never went back whole: it would not have fitted beside the rest.
    expect(requests.filter((request) => request.rawBody.includes("task number 250")).length).toBe(0);
  });

  it("keeps what the person said and chose in the digest, whole at first and shorter as it grows", async () => {
    const { requests } = await longInterview();
    const digests = requests.map(digestOf).filter((digest) => digest !== null);
    // While it is short, each answer comes with its question.
    expect(
      digests.some((digest) => digest.includes('Audience: "Who will use the app?" → Families (Recommended)')),
    ).toBe(true);
    const last = digests.at(-1) ?? "";
    expect(last).toContain("Read them whenever you need");
    expect(last).toContain("A chore tracker for our family of five, with points and a weekly winner.");
    expect(last).toContain("The two parents assign chores; the three children tick them off.");
    expect(last).toContain("- Audience: Families (Recommended)");
    expect(last).toContain("- Platform: Web (Recommended)");
    expect(last).toContain("(Wrote prompts/app_spec.txt)");
    expect(last).toContain('They said: "About detail 1: keep it simple');
  });

  it("sends a stubbed message the same, byte for byte, in every later request", async () => {
    const { requests, spec } = await longInterview();
    const stub = `[${spec.length} characters of prompts/app_spec.txt, left out of the history; Read the file for its current text]`;
    const stubbedWrite = (request: RecordedRequest) =>
      messagesOf(request).find((message) =>
        JSON.stringify(message.tool_calls ?? []).includes("left out of the history"),
      );
    const carrying = requests.filter((request) => stubbedWrite(request) !== undefined);
    expect(carrying.length).toBeGreaterThan(3);
    expect(JSON.stringify(stubbedWrite(carrying[0] as RecordedRequest))).toContain(
      JSON.stringify(stub).slice(1, -1),
    );
    for (const request of carrying)
      expect(JSON.stringify(stubbedWrite(request))).toBe(
        JSON.stringify(stubbedWrite(carrying[0] as RecordedRequest)),
      );
  });

  it("stays as full as its ceiling allows once it leaves turns out, the kept messages unchanged as they move up", async () => {
    const { requests } = await longInterview();
    // The tail's turns from the first that had to leave turns out: one request each.
    const tail = requests.slice(requests.length - TAIL_TURNS).filter((request) => digestOf(request) !== null);
    expect(tail.length).toBeGreaterThan(TAIL_TURNS / 2);
    expect(
      requests.slice(requests.indexOf(tail[0] as RecordedRequest)).every((request) => digestOf(request)),
    ).toBe(true);
    const sizes = tail.map(promptTokens);
    // Flat: over all those turns, the largest and the smallest differ by less than two turns of
    // the tail (a cut leaves a message out whole, and the interview's earlier messages are
    // larger). Cutting at fixed places a third of the room apart, they would differ by a
    // third of the room the history has, some 1,200 tokens here.
    const turnTokens = estimateTokens(tailMessage(10) + tailReplyText(10)) + 40;
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(2 * turnTokens);
    /** The conversation a request keeps after its digest (and the interviewer's reply to it). */
    const kept = (request: RecordedRequest) =>
      messagesOf(request)
        .slice(2)
        .filter((message, index) => index > 0 || !textIn(message).startsWith("Understood. I will carry on"))
        .map((message) => JSON.stringify(message));
    for (let index = 1; index < tail.length; index++) {
      const before = messagesOf(tail[index - 1] as RecordedRequest);
      const after = messagesOf(tail[index] as RecordedRequest);
      // The system prompt is the same; the digest is what changes, with the messages left out.
      expect(JSON.stringify(after[0])).toBe(JSON.stringify(before[0]));
      // What the later request keeps of the earlier one's messages is the same bytes: the
      // earlier one's last messages, moved up, then the turn's reply and the person's new words.
      const earlier = kept(tail[index - 1] as RecordedRequest);
      const later = kept(tail[index] as RecordedRequest).slice(0, -2);
      // (The first may differ: an answer whose question was just left out is the person's words now.)
      expect(later.length).toBeGreaterThan(1);
      expect(later.slice(1)).toEqual(earlier.slice(earlier.length - later.length + 1));
    }
  });

  it("never separates a tool call from its result, and keeps the roles alternating after a digest", async () => {
    const { requests } = await longInterview();
    for (const request of requests) {
      const messages = messagesOf(request);
      for (const [index, message] of messages.entries()) {
        const calls = asArray(message.tool_calls).map((call) => String(asObject(call).id));
        // Every call is answered by the tool messages right after it, and only those calls are.
        const answered: string[] = [];
        for (const next of messages.slice(index + 1)) {
          if (next.role !== "tool") break;
          answered.push(String(next.tool_call_id));
        }
        if (message.role === "assistant") expect(answered.sort()).toEqual(calls.sort());
        if (message.role === "tool") {
          const owner = messages.slice(0, index).findLast((candidate) => candidate.role !== "tool");
          expect(asArray(owner?.tool_calls).map((call) => String(asObject(call).id))).toContain(
            String(message.tool_call_id),
          );
        }
      }
      if (digestOf(request))
        for (let index = 2; index < messages.length; index++)
          expect(`${messages[index - 1]?.role} ${messages[index]?.role}`).not.toBe("user user");
    }
  });
});
