import { describe, expect, it } from "vitest";
import {
  FEATURE_COUNT_PLACEHOLDER,
  featureCountInInitializer,
  fillFeatureCount,
  initializerTemplate,
  validateInitializerPrompt,
} from "../../src/app-spec/index.js";
import { lineOf } from "./spec-samples.js";

const template = initializerTemplate();
const filled = fillFeatureCount(template, 42);

describe("the initializer template", () => {
  it("asks for exactly [FEATURE_COUNT] features in a sentence", () => {
    expect(template).toContain(`create exactly **${FEATURE_COUNT_PLACEHOLDER}** features`);
  });

  it("covers what the first coding agent must do", () => {
    for (const topic of [
      "prompts/app_spec.txt",
      "feature_list.json",
      '"passes": false',
      "init.sh",
      "git",
      "commit",
    ]) {
      expect(template).toContain(topic);
    }
    expect(template).toMatch(/never be removed/);
  });

  it("is read once and kept", () => {
    expect(initializerTemplate()).toBe(template);
  });
});

describe("fillFeatureCount", () => {
  it("replaces every placeholder", () => {
    expect(filled).not.toContain(FEATURE_COUNT_PLACEHOLDER);
    expect(filled).toContain("create exactly **42** features");
    const occurrences = template.split(FEATURE_COUNT_PLACEHOLDER).length - 1;
    expect(occurrences).toBeGreaterThan(1);
    expect(filled.split("**42**").length - 1).toBe(occurrences);
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
    expect(findings[0]).toEqual({
      severity: "error",
      message: "The prompt asks for 42 features, but the spec's <feature_count> is 41. Write 41 here.",
      line: lineOf(filled, "create exactly **42**"),
    });
  });

  it("rejects a prompt whose places disagree with each other", () => {
    const mixed = filled.replace("create exactly **42**", "create exactly **40**");
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
    const partly = filled.replace("create exactly **42**", `create exactly **${FEATURE_COUNT_PLACEHOLDER}**`);
    expect(validateInitializerPrompt(partly, 42)[0]!.message).toBe(
      "The placeholder [FEATURE_COUNT] is still in the prompt. Replace every one with 42.",
    );
    expect(featureCountInInitializer(template)).toBeNull();
  });

  it("says which sentence it expected when the text around the count was edited", () => {
    const edited = filled.replace("create exactly **42** features", "make precisely 42 features");
    expect(validateInitializerPrompt(edited, 42)).toEqual([
      {
        severity: "error",
        message:
          'Could not find the feature count: the prompt should still say "Based on the spec, create exactly **42** features in `feature_list.json`, no more and no fewer.", with only the number filled in.',
        line: null,
      },
    ]);
    expect(featureCountInInitializer(edited)).toBeNull();
  });

  it("tolerates changed whitespace around the count", () => {
    const rewrapped = filled.replace(
      "create exactly **42** features",
      "create\n  exactly ** 42 **   features",
    );
    expect(validateInitializerPrompt(rewrapped, 42)).toEqual([]);
  });

  it("checks only the placeholders and the context when the spec has no count", () => {
    expect(validateInitializerPrompt(filled, null)).toEqual([]);
    expect(validateInitializerPrompt(template, null)[0]!.message).toContain(
      "Replace every one with the spec's feature_count.",
    );
    const edited = filled.replace("create exactly", "create");
    expect(validateInitializerPrompt(edited, null)[0]!.message).toContain(
      '"Based on the spec, create exactly **N** features',
    );
  });

  it("rejects an empty prompt", () => {
    expect(validateInitializerPrompt("", 42).length).toBeGreaterThan(0);
  });
});
