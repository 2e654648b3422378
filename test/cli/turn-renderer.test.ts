import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { painter } from "../../src/cli/paint.js";
import { formatQuestion } from "../../src/cli/question-text.js";
import { renderTurn } from "../../src/cli/turn-renderer.js";
import type { Question } from "../../src/types/questions.js";
import type { ServerFrame } from "../../src/types/wire.js";

const ESC = "\u001b";
const BEL = "\u0007";
/** Colour codes as Specwright adds them: ESC [ <numbers> m, and nothing else. */
const COLOUR = new RegExp(`${ESC}\\[[0-9;]*m`, "g");

/** A stream that says it is a terminal (so colour is on) and keeps what is written. */
function terminal(isTTY: boolean): {
  out: PassThrough & { isTTY?: boolean; columns?: number };
  text(): string;
} {
  const out: PassThrough & { isTTY?: boolean; columns?: number } = new PassThrough();
  out.isTTY = isTTY;
  out.columns = 80;
  let written = "";
  out.on("data", (data: Buffer) => {
    written += data.toString();
  });
  return { out, text: () => written };
}

async function* framesOf(frames: ServerFrame[]): AsyncGenerator<ServerFrame> {
  yield* frames;
}

const HOSTILE: ServerFrame[] = [
  { type: "phase", id: "features", title: `Features${ESC}]0;pwned${BEL}`, index: 3, total: 9 },
  { type: "text", content: `Hello ${ESC}]52;c;ZXZpbA==` },
  {
    type: "text",
    content: `${BEL}there ${ESC}[2J**bold${ESC}]8;;https://evil.example/${ESC}\\** café 菜谱 🍝\n`,
  },
  { type: "file_written", path: `prompts/app_spec.txt${ESC}[1A${ESC}[2K` },
  {
    type: "error",
    content: `Something failed ${ESC}P1$q${ESC}\\badly\u009b2J`,
    code: "internal_error",
    retryable: true,
  },
  { type: "spec_complete", path: `prompts/app_spec.txt${ESC}_apc${ESC}\\` },
  {
    type: "notice",
    kind: "tool_refused",
    content: `The interviewer tried to write "../x${ESC}]0;pwned${BEL}"; Specwright refused:\n it is outside${ESC}[2J the project folder.`,
  },
  { type: "response_done" },
];

describe("renderTurn", () => {
  it("shows a model's text and every frame's words without their control sequences", async () => {
    const { out, text } = terminal(false);
    await renderTurn(framesOf(HOSTILE), out, {});
    const shown = text();
    expect(shown).not.toContain(ESC);
    expect(shown).not.toContain(BEL);
    expect(shown).not.toContain("\u009b");
    expect(shown).toContain("step 3 of 9: Features\n");
    expect(shown).toContain("Hello there bold café 菜谱 🍝");
    expect(shown).toContain("wrote prompts/app_spec.txt\n");
    expect(shown).toContain("Something failed badly\n");
    expect(shown).toContain("the spec is complete and valid: prompts/app_spec.txt\n");
    // A refused call is one quiet line, whatever the words held.
    expect(shown).toContain(
      '   The interviewer tried to write "../x"; Specwright refused: it is outside the project folder.\n',
    );
  });

  it("adds its own colours after stripping, when colour is on", async () => {
    const { out, text } = terminal(true);
    await renderTurn(framesOf(HOSTILE), out, {});
    const shown = text();
    expect(shown.match(COLOUR)?.length ?? 0).toBeGreaterThan(0);
    // With Specwright's colour codes taken out, no escape is left: the model's are gone.
    expect(shown.replace(COLOUR, "")).not.toContain(ESC);
    expect(shown.replace(COLOUR, "")).toContain("Hello there bold café 菜谱 🍝");
    expect(shown).toMatch(new RegExp(`${ESC}\\[1mbold${ESC}\\[22m`));
  });

  it("adds no colour when NO_COLOR is set", async () => {
    const { out, text } = terminal(true);
    await renderTurn(framesOf(HOSTILE), out, { NO_COLOR: "1" });
    expect(text()).not.toContain(ESC);
  });
});

describe("renderTurn of a revision", () => {
  it("prints what the revision changed in one line, with the two versions, its words made safe", async () => {
    const { out, text } = terminal(false);
    const added = [
      "Export a recipe to PDF",
      `Print a ${ESC}]0;x${BEL}list`,
      "Share by link",
      "Tag recipes",
      "Rate",
    ];
    await renderTurn(
      framesOf([
        {
          type: "spec_complete",
          path: "prompts/app_spec.txt",
          changes: {
            features_added: added,
            features_removed: [],
            sections_changed: ["core_features"],
            feature_count: 47,
            previous_feature_count: 42,
            from_version: "3",
            to_version: "5",
          },
        },
        { type: "response_done" },
      ]),
      out,
      {},
    );
    expect(text()).toContain(
      "the spec is complete and valid: prompts/app_spec.txt\n   Added 5 features: Export a recipe to PDF; Print a list; Share by link; and 2 more. 42 → 47 features. Changed: core_features. (versions 3 → 5)\n",
    );
  });
});

describe("formatQuestion", () => {
  const question: Question = {
    header: `Stack${ESC}]0;x${BEL}`,
    question: `Which one?${ESC}[2J`,
    multiSelect: false,
    options: [
      { label: `React${ESC}]8;;https://evil.example/${ESC}\\ (Recommended)`, description: `Fast ${ESC}[5m✓` },
      { label: "Vue 🖖", description: `Crème${ESC}_x${ESC}\\ brûlée` },
    ],
  };

  it("shows header, question, labels and descriptions without control sequences", () => {
    const shown = formatQuestion(question, painter(new PassThrough(), {}));
    expect(shown).not.toContain(ESC);
    expect(shown).toContain("Stack: Which one?");
    expect(shown).toContain("1. React (Recommended) - Fast ✓");
    expect(shown).toContain("2. Vue 🖖 - Crème brûlée");
  });

  it("keeps its own colours when colour is on", () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true });
    const shown = formatQuestion(question, painter(tty, {}));
    expect(shown.match(COLOUR)?.length ?? 0).toBeGreaterThan(0);
    expect(shown.replace(COLOUR, "")).not.toContain(ESC);
    expect(shown.replace(COLOUR, "")).toContain("Stack: Which one?");
  });
});
