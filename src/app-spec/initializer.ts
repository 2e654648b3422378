import { readFileSync } from "node:fs";
import { type Finding, specError } from "./finding.js";

/** Stands for the feature count in the template until Specwright fills it in. */
export const FEATURE_COUNT_PLACEHOLDER = "[FEATURE_COUNT]";

/** How much of the template on each side of a placeholder identifies where the number stands. */
const CONTEXT_LENGTH = 25;

// Resolved from the repository root, so the same path works from src/app-spec and dist/app-spec.
const TEMPLATE_URL = new URL("../../src/app-spec/initializer_prompt.template.md", import.meta.url);

/**
 * The template Specwright writes `prompts/initializer_prompt.md` from: the shipped one,
 * or a person's own (`--initializer-template`). Made only by `defaultInitializerTemplate`
 * and `makeInitializerTemplate`, so every template in use has been checked.
 */
export interface InitializerTemplate {
  /** The template's text, with its placeholders. */
  readonly text: string;
  /** Where it was read from, for messages; null for the shipped template. */
  readonly source: string | null;
}

/** A template that cannot be used, with the reason in words for the person who gave it. */
export class InitializerTemplateError extends Error {
  override readonly name = "InitializerTemplateError";
}

let cachedDefault: InitializerTemplate | undefined;
const sitesByTemplate = new WeakMap<InitializerTemplate, PlaceholderSite[]>();

/** The initializer prompt as shipped, with the placeholder still in it. */
export function initializerTemplate(): string {
  return defaultInitializerTemplate().text;
}

export function defaultInitializerTemplate(): InitializerTemplate {
  cachedDefault ??= { text: readFileSync(TEMPLATE_URL, "utf8"), source: null };
  return cachedDefault;
}

/**
 * Checks a person's template and makes it usable. It must hold the placeholder, and a
 * prompt filled from it must read back with the count it was given (a placeholder run
 * into another, or into digits, could not be told apart from the number).
 */
export function makeInitializerTemplate(text: string, source: string | null): InitializerTemplate {
  const where = source === null ? "The initializer template" : `The initializer template ${source}`;
  if (!text.includes(FEATURE_COUNT_PLACEHOLDER))
    throw new InitializerTemplateError(
      `${where} has no ${FEATURE_COUNT_PLACEHOLDER}: put it where the feature count belongs, e.g. "create exactly ${FEATURE_COUNT_PLACEHOLDER} features".`,
    );
  const template: InitializerTemplate = { text, source };
  for (const count of [7, 120]) {
    if (featureCountInInitializer(fillFeatureCount(text, count), template) !== count)
      throw new InitializerTemplateError(
        `${where}: the number that replaces ${FEATURE_COUNT_PLACEHOLDER} could not be found again in the filled-in prompt. Keep some words or spaces between each ${FEATURE_COUNT_PLACEHOLDER} and any digits or other placeholder next to it.`,
      );
  }
  return template;
}

export function fillFeatureCount(prompt: string, count: number): string {
  return prompt.replaceAll(FEATURE_COUNT_PLACEHOLDER, String(count));
}

/** The initializer prompt for a spec with `count` features: the template with the count filled in. */
export function renderInitializerPrompt(
  count: number,
  template: InitializerTemplate = defaultInitializerTemplate(),
): string {
  return fillFeatureCount(template.text, count);
}

/** A place in the template where the count belongs, recognised by the text around it. */
interface PlaceholderSite {
  pattern: RegExp;
  /** The template's sentence around the placeholder, for messages. */
  sentence: string;
}

interface CountAtSite {
  site: PlaceholderSite;
  found: { count: number; line: number } | null;
}

/**
 * The count a filled-in prompt states where the template has the placeholder; null
 * when it cannot be found everywhere or the places disagree.
 */
export function featureCountInInitializer(
  text: string,
  template: InitializerTemplate = defaultInitializerTemplate(),
): number | null {
  const counts = countsAtSites(text, template);
  const first = counts[0]?.found;
  if (!first) return null;
  return counts.every((entry) => entry.found?.count === first.count) ? first.count : null;
}

/**
 * Checks a filled-in initializer prompt against the template in use: no placeholder
 * left, and the number standing where each placeholder stood equals the spec's
 * feature_count (when it has one).
 */
export function validateInitializerPrompt(
  text: string,
  specFeatureCount: number | null,
  template: InitializerTemplate = defaultInitializerTemplate(),
): Finding[] {
  const wanted = specFeatureCount === null ? "the spec's feature_count" : String(specFeatureCount);
  const left = text.split(FEATURE_COUNT_PLACEHOLDER).length - 1;
  if (left > 0) {
    const times = left === 1 ? "" : ` (${left} times)`;
    return [
      specError(
        `The placeholder ${FEATURE_COUNT_PLACEHOLDER} is still in the prompt${times}. Replace every one with ${wanted}.`,
        lineAt(text, text.indexOf(FEATURE_COUNT_PLACEHOLDER)),
      ),
    ];
  }
  const findings: Finding[] = [];
  for (const { site, found } of countsAtSites(text, template)) {
    if (found === null) {
      const expected = site.sentence.replace(
        FEATURE_COUNT_PLACEHOLDER,
        specFeatureCount === null ? "N" : wanted,
      );
      findings.push(
        specError(
          `Could not find the feature count: the prompt should still say "${expected}", with only the number filled in.`,
          null,
        ),
      );
    } else if (specFeatureCount !== null && found.count !== specFeatureCount) {
      findings.push(
        specError(
          `The prompt asks for ${found.count} features, but the spec's <feature_count> is ${specFeatureCount}. Write ${specFeatureCount} here.`,
          found.line,
        ),
      );
    }
  }
  return findings;
}

/** Looks for each site in order, each after the one before it. */
function countsAtSites(text: string, template: InitializerTemplate): CountAtSite[] {
  let searchFrom = 0;
  return placeholderSites(template).map((site) => {
    site.pattern.lastIndex = searchFrom;
    const match = site.pattern.exec(text);
    if (match === null) return { site, found: null };
    const numberOffset = match.indices?.[1]?.[0] ?? match.index;
    // The next site may begin inside this one's trailing context, when two placeholders are close.
    searchFrom = match.indices?.[1]?.[1] ?? match.index + match[0].length;
    return { site, found: { count: Number(match[1]), line: lineAt(text, numberOffset) } };
  });
}

function placeholderSites(template: InitializerTemplate): PlaceholderSite[] {
  let sites = sitesByTemplate.get(template);
  if (sites === undefined) {
    sites = buildSites(template.text);
    sitesByTemplate.set(template, sites);
  }
  return sites;
}

function buildSites(template: string): PlaceholderSite[] {
  const parts = template.split(FEATURE_COUNT_PLACEHOLDER);
  return parts.slice(0, -1).map((before, index) => {
    const after = parts[index + 1]!;
    const pattern = new RegExp(
      `${flexible(before.slice(-CONTEXT_LENGTH))}\\s*(\\d+)\\s*${flexible(after.slice(0, CONTEXT_LENGTH))}`,
      "dg",
    );
    return { pattern, sentence: sentenceAround(before, after) };
  });
}

/** The sentence (or list item) of the template that holds a placeholder, on one line. */
function sentenceAround(before: string, after: string): string {
  const starts = ["\n\n", "\n- ", ". "].map((mark) => {
    const index = before.lastIndexOf(mark);
    return index === -1 ? 0 : index + mark.length;
  });
  const ends = ["\n\n", "\n- ", ". ", ".\n"].map((mark) => {
    const index = after.indexOf(mark);
    // A full stop belongs to the sentence it ends.
    return index === -1 ? after.length : index + (mark.startsWith(".") ? 1 : 0);
  });
  const sentence = `${before.slice(Math.max(...starts))}${FEATURE_COUNT_PLACEHOLDER}${after.slice(0, Math.min(...ends))}`;
  return sentence.replace(/\s+/g, " ").trim();
}

/** The text as a pattern in which any run of whitespace matches any other. */
function flexible(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split("\n").length;
}
