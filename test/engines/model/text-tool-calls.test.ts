import { describe, expect, it } from "vitest";
import { findTextToolCalls, HeldText } from "../../../src/engines/model/text-tool-calls.js";
import type { ServerFrame } from "../../../src/types/wire.js";
import { reply } from "../../support/fake-provider/index.js";
import { audienceQuestion } from "../../support/questions.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, modelRequests, textOf, toolResultsIn, typesOf } from "./harness.js";

const start = harnessForEachTest();

const TOOLS = new Set(["Read", "Write", "Edit", "Glob", "AskUserQuestion"]);
let ids = 0;
const newId = () => `id${++ids}`;

const errorsIn = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "error" ? [frame] : []));

/** What the person was shown: every text frame, so a call's JSON flashing past is caught too. */
const shownPieces = (frames: readonly ServerFrame[]) =>
  frames.flatMap((frame) => (frame.type === "text" ? [frame.content] : []));

describe("tool calls a model writes as text", () => {
  it("runs a <tool_call> written after prose, and neither shows nor keeps its markup", async () => {
    const { server, session } = await start("openai-compatible", {
      replies: [
        reply()
          .text(
            'Let me look at what is there.\n<tool_call>\n{"name": "Glob", "arguments": {"pattern": "prompts/*"}}\n</tool_call>',
          )
          .chunkSize({ text: 3 }),
        reply().text("Nothing yet: let us begin."),
      ],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(textOf(frames)).toBe("Let me look at what is there.\nNothing yet: let us begin.");
    for (const piece of shownPieces(frames)) expect(piece).not.toMatch(/<|tool_call|"name"/);
    const second = modelRequests(server)[1]!;
    expect(toolResultsIn(second)).toHaveLength(1);
    const assistant = session.getMessages().filter((entry) => entry.role === "assistant");
    expect(assistant[0]).toMatchObject({
      text: "Let me look at what is there.",
      toolCalls: [{ toolName: "Glob", input: { pattern: "prompts/*" } }],
    });
    // The call goes back to the server as a real one, paired with its result.
    const messages = second.body.messages as { role: string; tool_calls?: unknown[] }[];
    expect(messages.find((message) => message.role === "assistant")?.tool_calls).toHaveLength(1);
  });

  it("asks the question a model wrote as a bare JSON object, showing none of it", async () => {
    const { session } = await start("openai-compatible", {
      replies: [reply().text(JSON.stringify({ name: "AskUserQuestion", arguments: audienceQuestion }))],
    });
    const frames = await collect(session.start());
    expect(typesOf(frames)).toEqual(["usage", "question", "response_done"]);
    const question = frames.find((frame) => frame.type === "question");
    expect(question).toMatchObject({ questions: audienceQuestion.questions });
  });

  it("reads Llama's `parameters` in a ```json fence", async () => {
    const call = { name: "Glob", parameters: { pattern: "**/*" } };
    const { server, session } = await start("openai-compatible", {
      replies: [reply().text(`\`\`\`json\n${JSON.stringify(call)}\n\`\`\``), reply().text("Empty.")],
    });
    const frames = await collect(session.start());
    expect(textOf(frames)).toBe("Empty.");
    expect(toolResultsIn(modelRequests(server)[1]!)).toHaveLength(1);
  });

  it("leaves a call of a tool the interview does not have as the text it is", async () => {
    const written = '<tool_call>{"name": "web_search", "arguments": {"q": "habits"}}</tool_call>';
    const { server, session } = await start("openai-compatible", { replies: [reply().text(written)] });
    const frames = await collect(session.start());
    expect(textOf(frames)).toBe(written);
    expect(modelRequests(server)).toHaveLength(1);
  });

  it("asks once for a call that could not be read, and stops the turn if it comes back unreadable", async () => {
    const broken =
      '<tool_call>{"name": "Write", "arguments": {"file_path": "prompts/app_spec.txt", "content": "<proj</tool_call>';
    const { server, session } = await start("openai-compatible", {
      replies: [
        reply().text(broken),
        reply().text("Sorry, here is the question.").tool("AskUserQuestion", audienceQuestion),
      ],
    });
    const frames = await collect(session.start());
    expect(errorsIn(frames)).toEqual([]);
    expect(typesOf(frames)).toContain("question");
    const [feedback] = toolResultsIn(modelRequests(server)[1]!);
    expect(feedback?.text).toContain(
      "Your Write call was written out in your answer as text, and its JSON is not valid",
    );
    expect(shownPieces(frames).join("")).not.toContain("tool_call");

    server.enqueue(reply().text(broken), reply().text(broken));
    const again = await collect(
      session.answer(frames.find((frame) => frame.type === "question")!.tool_id, { 0: "Teams" }),
    );
    expect(errorsIn(again)).toMatchObject([{ code: "repeated_tool_failure", retryable: false }]);
    expect(errorsIn(again)[0]?.content).toContain("wrote its Write call out as text again");
  });
});

describe("finding calls in a finished answer", () => {
  it("takes the arguments as a JSON string too, and a call whose closing tag never came", () => {
    expect(
      findTextToolCalls(
        '<tool_call>{"name": "Read", "arguments": "{\\"file_path\\": \\"a\\"}"}',
        TOOLS,
        newId,
      ),
    ).toMatchObject({ calls: [{ toolName: "Read", input: { file_path: "a" } }], unreadable: [], text: "" });
  });

  it("leaves prose alone, braces and angle brackets included", () => {
    expect(findTextToolCalls("A map {like this} and a < b.", TOOLS, newId)).toBeNull();
    expect(findTextToolCalls('{"name": "Pat", "age": 3}', TOOLS, newId)).toBeNull();
  });
});

describe("holding back text that may be a call", () => {
  const feed = (pieces: string[]) => {
    const held = new HeldText();
    return { shown: pieces.map((piece) => held.push(piece)), held };
  };

  it("shows prose at once, and holds a tag from its first character until the end", () => {
    const { shown, held } = feed(["Hello ", "there.<", "tool_", "call>{…}"]);
    expect(shown).toEqual(["Hello ", "there.", "", ""]);
    expect(held.rest("Hello there.")).toBe("");
  });

  it("lets a < that does not become the tag go on", () => {
    const { shown } = feed(["a <", "b and more"]);
    expect(shown.join("")).toBe("a <b and more");
  });

  it("holds an answer that starts like JSON or a fence, and gives it all back when it is not a call", () => {
    const { shown, held } = feed(["  ", "{", '"note": 1}']);
    expect(shown).toEqual(["", "", ""]);
    expect(held.rest('  {"note": 1}')).toBe('  {"note": 1}');
    expect(feed(["`", "``json"]).shown).toEqual(["", ""]);
    expect(feed(["`app_spec.txt` is"]).shown).toEqual(["`app_spec.txt` is"]);
  });
});
