import { describe, expect, it } from "vitest";
import {
  describeReportedError,
  describeResultError,
  describeThrown,
  NOT_LOGGED_IN_MESSAGE,
} from "../../../src/engines/claude-code/failure-message.js";
import {
  ClaudeAgentSdkMissingError,
  SDK_MISSING_MESSAGE,
} from "../../../src/engines/claude-code/sdk-loader.js";
import type { SdkResultMessage } from "../../../src/engines/claude-code/sdk-types.js";
import type { EngineError } from "../../../src/types/engine-events.js";
import { ERROR_CODES } from "../../../src/types/error-codes.js";

function errorResult(fields: Partial<SdkResultMessage>): SdkResultMessage {
  return { type: "result", subtype: "success", is_error: true, ...fields };
}

/** An error event as one line: its code, then its words. */
function said(error: EngineError): string {
  expect(error.retryable).toBe(ERROR_CODES[error.code].retryable);
  return `${error.code}: ${error.message}`;
}

describe("Claude Code's failures in plain words, each with its code", () => {
  it("tells a person without a login how to log in", () => {
    expect(NOT_LOGGED_IN_MESSAGE).toBe(
      "Claude Code is not logged in: run `claude` once and log in, then try again.",
    );
    const notLoggedIn = `claude_code_not_logged_in: ${NOT_LOGGED_IN_MESSAGE}`;
    expect(
      said(describeReportedError("authentication_failed", "Not logged in · Please run /login", null)),
    ).toBe(notLoggedIn);
    expect(said(describeResultError(errorResult({ result: "Not logged in · Please run /login" }), 100))).toBe(
      notLoggedIn,
    );
    expect(
      said(
        describeThrown(new Error("Claude Code returned an error result: Not logged in · Please run /login")),
      ),
    ).toBe(notLoggedIn);
  });

  it("points at the API key when that is what was refused", () => {
    expect(
      said(describeReportedError("authentication_failed", "Invalid API key · Please run /login", null)),
    ).toBe(
      "provider_auth_failed: Claude Code's API key was refused (Invalid API key · Please run /login). Check ANTHROPIC_API_KEY, or unset it to use your Claude login.",
    );
  });

  it("says what to do about limits, overload and unknown models", () => {
    expect(said(describeReportedError("rate_limit", "Claude usage limit reached", null))).toBe(
      "usage_limit_reached: You have reached a Claude usage limit (Claude usage limit reached). Try again later.",
    );
    expect(said(describeReportedError("overloaded", "API Error: 529", null))).toMatch(
      /^provider_overloaded: .*Try again in a minute\.$/,
    );
    expect(said(describeReportedError("model_not_found", "model: claude-nope", "claude-nope"))).toBe(
      'model_not_found: Claude Code does not know the model "claude-nope" (model: claude-nope). Choose another with --model.',
    );
    expect(said(describeReportedError("max_output_tokens", "cut", null))).toMatch(/^output_limit_reached: /);
  });

  it("names a missing Claude Code program and the command that brings it back", () => {
    const message = said(
      describeThrown(
        new Error(
          "Native CLI binary for linux-x64 not found. Reinstall @anthropic-ai/claude-agent-sdk without --omit=optional, or set options.pathToClaudeCodeExecutable.",
        ),
      ),
    );
    expect(message).toMatch(
      /^claude_code_missing: The Claude Code program that comes with the Claude Agent SDK is missing/,
    );
    expect(message).toContain("`npm install -g @anthropic-ai/claude-agent-sdk`");
    expect(said(describeThrown(new Error("Claude Code executable not found at /nowhere/claude.")))).toMatch(
      /^claude_code_missing: .*program .* is missing/,
    );
    expect(said(describeThrown(new Error("Claude Code process exited with code 137")))).toMatch(
      /^claude_code_crashed: .*exit code 137/,
    );
  });

  it("passes the missing-SDK message on as it is", () => {
    expect(said(describeThrown(new ClaudeAgentSdkMissingError()))).toBe(
      `claude_code_missing: ${SDK_MISSING_MESSAGE}`,
    );
  });

  it("shows only the first line of a long error", () => {
    expect(said(describeThrown(new Error("Something broke\n    at stack (file.js:1:1)")))).toBe(
      "claude_code_error: Claude Code reported an error: Something broke",
    );
    expect(
      said(describeResultError(errorResult({ subtype: "error_during_execution", errors: ["a", "b"] }), 100)),
    ).toBe("claude_code_error: Claude Code reported an error: a; b");
  });
});
