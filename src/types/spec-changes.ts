import { z } from "zod";

/**
 * What a revision of a complete spec changed, sent on `spec_complete` when a turn
 * rewrote a spec that was already complete: the features added and removed (each by
 * its line's text), the top-level sections whose content changed, the feature counts
 * before and after, and the two kept versions of `prompts/app_spec.txt` (for a diff).
 */
export const specChangesSchema = z.object({
  features_added: z.array(z.string()),
  features_removed: z.array(z.string()),
  sections_changed: z.array(z.string()),
  feature_count: z.number().int().nonnegative(),
  previous_feature_count: z.number().int().nonnegative(),
  from_version: z.string(),
  to_version: z.string(),
});
export type SpecChanges = z.infer<typeof specChangesSchema>;

/** How many items of a list the one-line summary names before "and N more". */
export const SUMMARY_ITEMS = 3;

function listed(items: readonly string[]): string {
  const named = items.slice(0, SUMMARY_ITEMS).join("; ");
  const rest = items.length - SUMMARY_ITEMS;
  return rest > 0 ? `${named}; and ${rest} more` : named;
}

function features(count: number): string {
  return count === 1 ? "1 feature" : `${count} features`;
}

/**
 * The changes in plain words, one line, for the page and the terminal alike:
 * "Added 1 feature: Export a recipe to PDF. 42 → 43 features. Changed: core_features."
 * Long lists name a few items and count the rest.
 */
export function describeSpecChanges(changes: SpecChanges): string {
  const parts: string[] = [];
  if (changes.features_added.length > 0)
    parts.push(`Added ${features(changes.features_added.length)}: ${listed(changes.features_added)}.`);
  if (changes.features_removed.length > 0)
    parts.push(`Removed ${features(changes.features_removed.length)}: ${listed(changes.features_removed)}.`);
  parts.push(
    changes.previous_feature_count === changes.feature_count
      ? `${features(changes.feature_count)}.`
      : `${changes.previous_feature_count} → ${features(changes.feature_count)}.`,
  );
  parts.push(
    changes.sections_changed.length > 0
      ? `Changed: ${listed(changes.sections_changed)}.`
      : "No section changed.",
  );
  return parts.join(" ");
}
