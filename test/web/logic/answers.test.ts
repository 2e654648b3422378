import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/types/questions.js";
import {
  answersSummary,
  buildAnswers,
  choiceForDigit,
  chooseOption,
  chooseOther,
  displayLabel,
  EMPTY_SELECTION,
  focusTarget,
  isRecommended,
} from "../../../web/src/logic/answers.js";

const platform: Question = {
  question: "Where should it run?",
  header: "Platform",
  multiSelect: false,
  options: [
    { label: "Web (Recommended)", description: "Any browser" },
    { label: "Phone", description: "iOS and Android" },
  ],
};

const extras: Question = {
  question: "Which extras?",
  header: "Extras",
  multiSelect: true,
  options: [
    { label: "Search", description: "" },
    { label: "Sharing", description: "" },
    { label: "Export", description: "" },
  ],
};

describe("building the answers of an answer frame", () => {
  it("sends the chosen label exactly as offered, marker included", () => {
    const selection = chooseOption(EMPTY_SELECTION, "Web (Recommended)", false);
    expect(buildAnswers([platform], [selection])).toEqual({
      ok: true,
      answers: { "0": "Web (Recommended)" },
    });
  });

  it("replaces the choice in a single-select", () => {
    const first = chooseOption(EMPTY_SELECTION, "Web (Recommended)", false);
    const second = chooseOption(first, "Phone", false);
    expect(buildAnswers([platform], [second])).toEqual({ ok: true, answers: { "0": "Phone" } });
  });

  it("lists a multi-select's labels in the options' order, whatever order they were ticked in", () => {
    let selection = chooseOption(EMPTY_SELECTION, "Export", true);
    selection = chooseOption(selection, "Search", true);
    expect(buildAnswers([extras], [selection])).toEqual({ ok: true, answers: { "0": ["Search", "Export"] } });
  });

  it("unticks a ticked option in a multi-select", () => {
    let selection = chooseOption(EMPTY_SELECTION, "Search", true);
    selection = chooseOption(selection, "Sharing", true);
    selection = chooseOption(selection, "Search", true);
    expect(buildAnswers([extras], [selection])).toEqual({ ok: true, answers: { "0": ["Sharing"] } });
  });

  it("sends the trimmed free text for Other in a single-select", () => {
    const selection = {
      ...chooseOther(chooseOption(EMPTY_SELECTION, "Phone", false), false),
      otherText: "  A watch app ",
    };
    expect(buildAnswers([platform], [selection])).toEqual({ ok: true, answers: { "0": "A watch app" } });
  });

  it("adds the Other text after the ticked labels in a multi-select", () => {
    const selection = {
      ...chooseOther(chooseOption(EMPTY_SELECTION, "Sharing", true), true),
      otherText: "Printing",
    };
    expect(buildAnswers([extras], [selection])).toEqual({
      ok: true,
      answers: { "0": ["Sharing", "Printing"] },
    });
  });

  it("refuses an unanswered single choice, and Other without text", () => {
    const otherEmpty = chooseOther(EMPTY_SELECTION, false);
    expect(buildAnswers([platform, extras], [otherEmpty, EMPTY_SELECTION])).toEqual({
      ok: false,
      unanswered: [0],
    });
    expect(buildAnswers([extras], [chooseOther(EMPTY_SELECTION, true)])).toEqual({
      ok: false,
      unanswered: [0],
    });
  });

  it("takes a multi-select with nothing ticked as an answer of none, shown as (none)", () => {
    const answers = buildAnswers(
      [platform, extras],
      [chooseOption(EMPTY_SELECTION, "Phone", false), EMPTY_SELECTION],
    );
    expect(answers).toEqual({ ok: true, answers: { "0": "Phone", "1": [] } });
    expect(answersSummary({ "0": "Phone", "1": [] })).toBe("Phone; (none)");
  });

  it("keys answers by each question's index", () => {
    const answers = buildAnswers(
      [platform, extras],
      [chooseOption(EMPTY_SELECTION, "Phone", false), chooseOption(EMPTY_SELECTION, "Export", true)],
    );
    expect(answers).toEqual({ ok: true, answers: { "0": "Phone", "1": ["Export"] } });
  });
});

describe("showing answers and labels", () => {
  it("joins answers the way the server does, without the recommendation marker", () => {
    expect(answersSummary({ "1": ["Search", "Export"], "0": "Web (Recommended)" })).toBe(
      "Web; Search, Export",
    );
    expect(answersSummary({})).toBe("OK");
  });

  it("recognises and strips the recommendation marker", () => {
    expect(isRecommended("Web (Recommended)")).toBe(true);
    expect(isRecommended("Phone")).toBe(false);
    expect(displayLabel("Web (Recommended)")).toBe("Web");
    expect(displayLabel("Phone")).toBe("Phone");
  });
});

describe("keyboard choices", () => {
  it("moves with arrows, wrapping around, and jumps with Home and End", () => {
    expect(focusTarget("ArrowDown", 0, 3)).toBe(1);
    expect(focusTarget("ArrowDown", 2, 3)).toBe(0);
    expect(focusTarget("ArrowUp", 0, 3)).toBe(2);
    expect(focusTarget("ArrowRight", 1, 3)).toBe(2);
    expect(focusTarget("Home", 2, 3)).toBe(0);
    expect(focusTarget("End", 0, 3)).toBe(2);
    expect(focusTarget("a", 0, 3)).toBeNull();
  });

  it("maps number keys to choices that exist", () => {
    expect(choiceForDigit("1", 3)).toBe(0);
    expect(choiceForDigit("3", 3)).toBe(2);
    expect(choiceForDigit("4", 3)).toBeNull();
    expect(choiceForDigit("0", 3)).toBeNull();
    expect(choiceForDigit("x", 3)).toBeNull();
  });
});
