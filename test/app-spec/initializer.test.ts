import { describe, expect, it } from "vitest";
import {
  defaultInitializerTemplate,
  FEATURE_COUNT_PLACEHOLDER,
  featureCountInInitializer,
  fillFeatureCount,
  InitializerTemplateError,
  initializerTemplate,
  makeInitializerTemplate,
  renderInitializerPrompt,
  validateInitializerPrompt,
} from "../../src/app-spec/index.js";
import { lineOf } from "./spec-samples.js";

const template = initializerTemplate();
const filled = fillFeatureCount(template, 42);

describe("the initializer template", () => {
  it("asks for exactly [FEATURE_COUNT] features in a sentence", () => {
    expect(template).toContain(`record exactly **${FEATURE_COUNT_PLACEHOLDER}** features`);
  });

  it("fits the coding agent that reads it: its feature tools, notes, init script and git", () => {
    for (const topic of [
      "prompts/app_spec.txt",
      "feature_create_bulk",
      "depends_on_indices",
      "feature_get_stats",
      "claude-progress.txt",
      "init.sh",
      "git commit -m",
      "core_features",
    ]) {
      expect(template).toContain(topic);
    }
    expect(template).toMatch(/never deleted, reworded, merged or reordered/);
    expect(template).toMatch(/build no features yourself/);
    // The agent keeps features in its tracker, not in a file of its own making.
    expect(template).not.toContain("feature_list.json");
  });

  it("is read once and kept", () => {
    expect(initializerTemplate()).toBe(template);
    expect(defaultInitializerTemplate()).toBe(defaultInitializerTemplate());
    expect(defaultInitializerTemplate()).toEqual({ text: template, source: null });
  });
});

describe("a person's own template", () => {
  it("is taken when it holds the placeholder, and prompts are written and checked against it", () => {
    const own = makeInitializerTemplate(
      "Create [FEATURE_COUNT] tests.\nThen check there are [FEATURE_COUNT].\n",
      "own.md",
    );
    const prompt = renderInitializerPrompt(17, own);
    expect(prompt).toBe("Create 17 tests.\nThen check there are 17.\n");
    expect(validateInitializerPrompt(prompt, 17, own)).toEqual([]);
    expect(featureCountInInitializer(prompt, own)).toBe(17);
    expect(validateInitializerPrompt(prompt, 18, own)).toEqual([
      expect.objectContaining({ message: expect.stringContaining("asks for 17 features"), line: 1 }),
      expect.objectContaining({ line: 2 }),
    ]);
    // The shipped template's sentences are nowhere in it.
    expect(validateInitializerPrompt(prompt, 17)).not.toEqual([]);
  });

  it("is refused, saying why, without the placeholder or where the count could not be read back", () => {
    expect(() => makeInitializerTemplate("Build the whole app.", "/tmp/mine.md")).toThrow(
      InitializerTemplateError,
    );
    expect(() => makeInitializerTemplate("Build the whole app.", "/tmp/mine.md")).toThrow(
      /^The initializer template \/tmp\/mine\.md has no \[FEATURE_COUNT\]/,
    );
    expect(() => makeInitializerTemplate("Make [FEATURE_COUNT][FEATURE_COUNT] features.", null)).toThrow(
      /could not be found again/,
    );
  });
});

describe("fillFeatureCount", () => {
  it("replaces every placeholder", () => {
    expect(filled).not.toContain(FEATURE_COUNT_PLACEHOLDER);
    expect(filled).toContain("record exactly **42** features");
    const occurrences = template.split(FEATURE_COUNT_PLACEHOLDER).length - 1;
    expect(occurrences).toBeGreaterThan(1);
    expect(filled.split("42").length - 1).toBe(occurrences);
  });
});

describe("validateInitializerPrompt", () => {
  it("accepts the template filled with the spec's count", () => {
    expect(validateInitializerPrompt(filled, 42)).toEqual([]);
    expect(featureCountInInitializer(filled)).toBe(42);
  });

  it("rejects a count that differs from the spec's, at the line where it stands", () => {
    const findings = validateInitializerPrompt(filled, 41);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toContainEqual({
      severity: "error",
      message: "The prompt asks for 42 features, but the spec's <feature_count> is 41. Write 41 here.",
      line: lineOf(filled, "record exactly **42**"),
    });
  });

  it("rejects a prompt whose places disagree with each other", () => {
    const mixed = filled.replace("record exactly **42**", "record exactly **40**");
    expect(featureCountInInitializer(mixed)).toBeNull();
    expect(validateInitializerPrompt(mixed, 42)).toEqual([
      expect.objectContaining({
        line: lineOf(mixed, "**40**"),
        message: expect.stringContaining("asks for 40 features"),
      }),
    ]);
  });

  it("rejects a placeholder left in, at its line", () => {
    const findings = validateInitializerPrompt(template, 42);
    expect(findings).toEqual([
      {
        severity: "error",
        message: expect.stringMatching(
          /^The placeholder \[FEATURE_COUNT\] is still in the prompt \(\d times\)\. Replace every one with 42\.$/,
        ),
        line: lineOf(template, FEATURE_COUNT_PLACEHOLDER),
      },
    ]);
    const partly = filled.replace("record exactly **42**", `record exactly **${FEATURE_COUNT_PLACEHOLDER}**`);
    expect(validateInitializerPrompt(partly, 42)[0]!.message).toBe(
      "The placeholder [FEATURE_COUNT] is still in the prompt. Replace every one with 42.",
    );
    expect(featureCountInInitializer(template)).toBeNull();
  });

  it("says which sentence it expected when the text around the count was edited", () => {
    const edited = filled.replace("record exactly **42** features", "make precisely 42 features");
    expect(validateInitializerPrompt(edited, 42)).toEqual([
      {
        severity: "error",
        message:
          'Could not find the feature count: the prompt should still say "You must record exactly **42** features, the number the specification\'s `feature_count` gives, no more and no fewer.", with only the number filled in.',
        line: null,
      },
    ]);
    expect(featureCountInInitializer(edited)).toBeNull();
  });

  it("tolerates changed whitespace around the count", () => {
    const rewrapped = filled.replace(
      "record exactly **42** features",
      "record\n  exactly ** 42 **   features",
    );
    expect(validateInitializerPrompt(rewrapped, 42)).toEqual([]);
  });

  it("checks only the placeholders and the context when the spec has no count", () => {
    expect(validateInitializerPrompt(filled, null)).toEqual([]);
    expect(validateInitializerPrompt(template, null)[0]!.message).toContain(
      "Replace every one with the spec's feature_count.",
    );
    const edited = filled.replace("record exactly", "record");
    expect(validateInitializerPrompt(edited, null)[0]!.message).toContain(
      '"You must record exactly **N** features',
    );
  });

  it("rejects an empty prompt", () => {
    expect(validateInitializerPrompt("", 42).length).toBeGreaterThan(0);
  });
});
