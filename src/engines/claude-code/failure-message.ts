import { type EngineError, engineError } from "../../types/engine-events.js";
import { ClaudeAgentSdkLoadError, ClaudeAgentSdkMissingError, SDK_INSTALL_COMMAND } from "./sdk-loader.js";
import type { SdkResultMessage } from "./sdk-types.js";

export const NOT_LOGGED_IN_MESSAGE =
  "Claude Code is not logged in: run `claude` once and log in, then try again.";

/** How Claude Code words a missing or expired login. */
const LOGIN_TROUBLE = /not logged in|please run \/login|oauth token has expired|login has expired/i;
const API_KEY_REFUSED = /invalid api key/i;

/**
 * A failure Claude Code reported in a synthetic assistant message; `kind` is the SDK's
 * error code (`authentication_failed`, `rate_limit`, …) and `text` its own words.
 */
export function describeReportedError(kind: string, text: string, model: string | null): EngineError {
  const said = oneLine(text);
  switch (kind) {
    case "authentication_failed":
      if (API_KEY_REFUSED.test(said)) return apiKeyRefused(said);
      return engineError("claude_code_not_logged_in", NOT_LOGGED_IN_MESSAGE);
    case "oauth_org_not_allowed":
    case "account_on_hold":
    case "verification_required":
    case "billing_error":
    case "cloud_credential_error":
      return engineError(
        "claude_code_account_unavailable",
        `Claude Code cannot use your account right now (${said}). Run \`claude\` in a terminal to see what it needs.`,
      );
    case "rate_limit":
      return engineError(
        "usage_limit_reached",
        `You have reached a Claude usage limit (${said}). Try again later.`,
      );
    case "overloaded":
    case "server_error":
      return engineError(
        "provider_overloaded",
        `Claude is overloaded or had a server error (${said}). Try again in a minute.`,
      );
    case "model_not_found":
      return engineError(
        "model_not_found",
        `Claude Code does not know the model${model ? ` "${model}"` : ""} (${said}). Choose another with --model.`,
      );
    case "max_output_tokens":
      return engineError(
        "output_limit_reached",
        `The answer was cut off at the model's output limit (${said}). Send a message to let it go on.`,
      );
    default:
      return describeErrorText(said);
  }
}

/** A result that ended the turn with an error, with nothing reported before it. */
export function describeResultError(result: SdkResultMessage, maxTurns: number): EngineError {
  if (result.subtype === "error_max_turns")
    return engineError(
      "step_limit_reached",
      `The interviewer made ${maxTurns} model calls in this turn without finishing, so it was stopped. Send a message to let it go on.`,
    );
  const text = oneLine(
    [...(result.errors ?? []), result.result ?? ""].filter((part) => part !== "").join("; "),
  );
  if (text === "")
    return engineError("claude_code_error", `Claude Code stopped with an error (${result.subtype}).`);
  return describeErrorText(text);
}

/** Something the SDK threw: it could not start Claude Code, or Claude Code died. */
export function describeThrown(error: unknown): EngineError {
  if (error instanceof ClaudeAgentSdkMissingError || error instanceof ClaudeAgentSdkLoadError)
    return engineError("claude_code_missing", error.message);
  const message = oneLine(error instanceof Error ? error.message : String(error));
  if (
    /executable not found|native binary not found|native cli binary .* not found|spawn .*ENOENT/i.test(
      message,
    )
  )
    return engineError(
      "claude_code_missing",
      `The Claude Code program that comes with the Claude Agent SDK is missing (${message}). Reinstall the SDK with \`${SDK_INSTALL_COMMAND}\`, without --omit=optional.`,
    );
  const exit = /process exited with code (\S+)/i.exec(message);
  if (exit)
    return engineError(
      "claude_code_crashed",
      `Claude Code stopped unexpectedly (exit code ${exit[1]}). Try again; if it keeps happening, run \`claude\` in a terminal to see what is wrong.`,
    );
  return describeErrorText(message);
}

function apiKeyRefused(said: string): EngineError {
  return engineError(
    "provider_auth_failed",
    `Claude Code's API key was refused (${said}). Check ANTHROPIC_API_KEY, or unset it to use your Claude login.`,
  );
}

function describeErrorText(text: string): EngineError {
  if (LOGIN_TROUBLE.test(text)) return engineError("claude_code_not_logged_in", NOT_LOGGED_IN_MESSAGE);
  if (API_KEY_REFUSED.test(text)) return apiKeyRefused(text);
  return engineError("claude_code_error", `Claude Code reported an error: ${text}`);
}

/** Error texts can carry a stderr tail; the person gets the first line, trimmed. */
function oneLine(text: string): string {
  const first = text.trim().split("\n", 1)[0] ?? "";
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}
