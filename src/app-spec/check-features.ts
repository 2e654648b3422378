import { featureLinesIn, readCategories, type SpecCategory } from "./features.js";
import { type Finding, specError, specWarning } from "./finding.js";
import type { SpecNode } from "./parse.js";

export interface FeatureFacts {
  /** The declared feature_count, when it is a positive whole number. */
  featureCount: number | null;
  /** How many "- " lines the categories of core_features hold. */
  featureLines: number;
  categories: SpecCategory[];
}

/**
 * A declared count and the listed lines may drift apart a little (a feature written over
 * two lines, a sub-list) without misleading anyone; they are "far" apart when they differ
 * by more than this many features and by more than this share of the declared count.
 */
const TOLERATED_DIFFERENCE = 3;
const TOLERATED_SHARE = 0.2;

export function countsAreFarApart(declared: number, listed: number): boolean {
  const difference = Math.abs(declared - listed);
  return difference > TOLERATED_DIFFERENCE && difference > declared * TOLERATED_SHARE;
}

/** Reads and checks `feature_count` and `core_features`; their absence is reported elsewhere. */
export function checkFeatures(sections: Map<string, SpecNode>, findings: Finding[]): FeatureFacts {
  const coreFeatures = sections.get("core_features");
  const categories = coreFeatures ? readCategories(coreFeatures) : [];
  const featureLines = categories.reduce((total, category) => total + category.features.length, 0);
  if (coreFeatures && coreFeatures.allText !== "")
    checkCategories(coreFeatures, categories, featureLines, findings);

  const countElement = sections.get("feature_count");
  const featureCount = countElement ? readFeatureCount(countElement, featureLines, findings) : null;
  if (
    countElement &&
    featureCount !== null &&
    featureLines > 0 &&
    countsAreFarApart(featureCount, featureLines)
  ) {
    findings.push(
      specWarning(
        `<feature_count> says ${featureCount}, but <core_features> lists ${featureLines} feature lines. Make them agree: one "- " line per feature, and the total in <feature_count>.`,
        countElement.line,
      ),
    );
  }
  return { featureCount, featureLines, categories };
}

function readFeatureCount(element: SpecNode, featureLines: number, findings: Finding[]): number | null {
  const written = element.allText;
  if (written === "") return null;
  const count = /^\d+$/.test(written) ? Number(written) : Number.NaN;
  if (Number.isSafeInteger(count) && count > 0) return count;
  const numberInText = /\d+/.exec(written)?.[0];
  const example =
    numberInText !== undefined && Number(numberInText) > 0 ? numberInText : String(featureLines || 1);
  const matching = featureLines > 0 ? `, matching the ${featureLines} feature lines in <core_features>` : "";
  findings.push(
    specError(
      `<feature_count> must be a positive whole number, found "${written}". Write only the number, e.g. <feature_count>${example}</feature_count>${matching}.`,
      element.line,
    ),
  );
  return null;
}

function checkCategories(
  coreFeatures: SpecNode,
  categories: SpecCategory[],
  featureLines: number,
  findings: Finding[],
): void {
  const looseLines = featureLinesIn(coreFeatures.text).length;
  if (featureLines === 0) {
    const message =
      looseLines > 0
        ? `<core_features> lists features directly. Group them into category elements named after their domain, such as <recipe_management>, one "- " line per feature.`
        : categories.length > 0
          ? `No category in <core_features> holds a feature. Write each feature on its own line starting with "- " inside its category.`
          : `<core_features> needs at least one category element, such as <recipe_management>, holding the features as lines starting with "- ".`;
    findings.push(specError(message, coreFeatures.line));
    return;
  }
  for (const category of categories) {
    if (category.features.length > 0) continue;
    findings.push(
      specWarning(
        `Category <${category.name}> has no features. Add lines starting with "- ", or remove the category.`,
        category.line,
      ),
    );
  }
  if (looseLines > 0) {
    findings.push(
      specWarning(
        looseLines === 1
          ? "1 feature line sits directly in <core_features>, outside any category, and is not counted. Move it into a category."
          : `${looseLines} feature lines sit directly in <core_features>, outside any category, and are not counted. Move them into a category.`,
        coreFeatures.line,
      ),
    );
  }
}
