import type { LanguageModel, LogWarningsFunction } from "ai";

type Warnings = Parameters<LogWarningsFunction>[0]["warnings"];

/** Whether the first warning's notice was printed, as the SDK notes it once per process. */
let noticePrinted = false;

/**
 * A model call's warnings, logged as the AI SDK's `streamText` logs them when its step
 * finishes (its `logWarnings`, which the package does not export): to the logger in
 * `globalThis.AI_SDK_LOG_WARNINGS` when one is set (Specwright's commands set one,
 * src/cli/library-warnings.ts), nowhere when it is `false`, and otherwise on the console
 * in the SDK's own words, after its one-time notice.
 */
export function logModelWarnings(warnings: Warnings, model: LanguageModel): void {
  if (warnings.length === 0) return;
  const provider = typeof model === "string" ? "gateway" : model.provider;
  const modelId = typeof model === "string" ? model : model.modelId;
  const logger = globalThis.AI_SDK_LOG_WARNINGS;
  if (logger === false) return;
  if (typeof logger === "function") {
    logger({ warnings, provider, model: modelId });
    return;
  }
  if (!noticePrinted) {
    noticePrinted = true;
    console.info(
      "AI SDK Warning System: To turn off warning logging, set the AI_SDK_LOG_WARNINGS global to false.",
    );
  }
  for (const warning of warnings) console.warn(sdkWarningText(warning, provider, modelId));
}

function sdkWarningText(warning: Warnings[number], provider: string, model: string): string {
  const prefix = `AI SDK Warning (${provider} / ${model}):`;
  const details = "details" in warning && warning.details ? ` ${warning.details}` : "";
  switch (warning.type) {
    case "unsupported":
      return `${prefix} The feature "${warning.feature}" is not supported.${details}`;
    case "compatibility":
      return `${prefix} The feature "${warning.feature}" is used in a compatibility mode.${details}`;
    case "other":
      return `${prefix} ${warning.message}`;
    default:
      return `${prefix} ${JSON.stringify(warning, null, 2)}`;
  }
}
