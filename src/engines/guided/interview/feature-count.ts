import { derivedInOrder, type PlannedFeature, selectFeatures } from "../design/feature-plan.js";

/** What the person wants the feature count to be. */
export type CountWish = "right" | "more" | "fewer" | number;

/** "about 60", "more detail", "fewer please": a wish about the count, or null for anything else. */
export function parseTarget(text: string): CountWish | null {
  const number = text.match(/\b(\d{1,3})\b/);
  if (number) return Number(number[1]);
  if (/\b(?:more|detail\w*|bigger|longer|expand)\b/i.test(text)) return "more";
  if (/\b(?:fewer|less|minimal|minimum|smaller|shorter|trim|simpler)\b/i.test(text)) return "fewer";
  return null;
}

export interface CountAdjustment {
  /** How many derived features to carry. */
  limit: number;
  /** True when the person agreed with the count. */
  confirm: boolean;
  notes: string[];
}

/**
 * The number of derived features after the person's wish. Their own features always
 * stay; more detail adds testable features (validation, empty states, error handling)
 * spread across the categories; fewer keeps only the essentials.
 */
export function adjustedLimit(
  candidates: readonly PlannedFeature[],
  currentLimit: number | null,
  wish: CountWish | string | null,
): CountAdjustment {
  const selected = selectFeatures(candidates, currentLimit);
  const personCount = selected.filter((feature) => feature.origin === "person").length;
  const derivedNow = selected.length - personCount;
  const available = derivedInOrder(candidates).length;
  if (wish === "right" || wish === null) return { limit: derivedNow, confirm: true, notes: [] };
  if (wish === "more") {
    const limit = Math.min(available, derivedNow + Math.max(6, Math.round(selected.length * 0.4)));
    const notes =
      limit === derivedNow
        ? ["That's already every detail I can add without making things up."]
        : [`I spelled out ${limit - derivedNow} more testable details.`];
    return { limit, confirm: false, notes };
  }
  if (wish === "fewer") {
    const essentials = candidates.filter(
      (feature) => feature.origin === "derived" && feature.tier === 1,
    ).length;
    return {
      limit: Math.min(essentials, derivedNow),
      confirm: false,
      notes: ["I kept everything you said and only the essentials I added."],
    };
  }
  if (typeof wish === "number") {
    const limit = Math.max(0, Math.min(available, wish - personCount));
    const notes: string[] = [];
    if (wish < personCount)
      notes.push(`You named ${personCount} features yourself, so that's the smallest this spec can be.`);
    else if (wish - personCount > available)
      notes.push(`I can get to ${personCount + available} without making things up.`);
    else notes.push(`Adjusted to ${personCount + limit} features.`);
    return { limit, confirm: false, notes };
  }
  return { limit: derivedNow, confirm: true, notes: [] };
}
