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

function errorResult(fields: Partial<SdkResultMessage>): SdkResultMessage {
  return { type: "result", subtype: "success", is_error: true, ...fields };
}

describe("Claude Code's failures in plain words", () => {
  it("tells a person without a login how to log in", () => {
    expect(NOT_LOGGED_IN_MESSAGE).toBe(
      "Claude Code is not logged in: run `claude` once and log in, then try again.",
    );
    expect(describeReportedError("authentication_failed", "Not logged in · Please run /login", null)).toBe(
      NOT_LOGGED_IN_MESSAGE,
    );
    expect(describeResultError(errorResult({ result: "Not logged in · Please run /login" }), 100)).toBe(
      NOT_LOGGED_IN_MESSAGE,
    );
    expect(
      describeThrown(new Error("Claude Code returned an error result: Not logged in · Please run /login")),
    ).toBe(NOT_LOGGED_IN_MESSAGE);
  });

  it("points at the API key when that is what was refused", () => {
    expect(describeReportedError("authentication_failed", "Invalid API key · Please run /login", null)).toBe(
      "Claude Code's API key was refused (Invalid API key · Please run /login). Check ANTHROPIC_API_KEY, or unset it to use your Claude login.",
    );
  });

  it("says what to do about limits, overload and unknown models", () => {
    expect(describeReportedError("rate_limit", "Claude usage limit reached", null)).toBe(
      "You have reached a Claude usage limit (Claude usage limit reached). Try again later.",
    );
    expect(describeReportedError("overloaded", "API Error: 529", null)).toMatch(/Try again in a minute\.$/);
    expect(describeReportedError("model_not_found", "model: claude-nope", "claude-nope")).toBe(
      'Claude Code does not know the model "claude-nope" (model: claude-nope). Choose another with --model.',
    );
  });

  it("names a missing Claude Code program and the command that brings it back", () => {
    const message = describeThrown(
      new Error(
        "Native CLI binary for linux-x64 not found. Reinstall @anthropic-ai/claude-agent-sdk without --omit=optional, or set options.pathToClaudeCodeExecutable.",
      ),
    );
    expect(message).toMatch(/^The Claude Code program that comes with the Claude Agent SDK is missing/);
    expect(message).toContain("`npm install -g @anthropic-ai/claude-agent-sdk`");
    expect(describeThrown(new Error("Claude Code executable not found at /nowhere/claude."))).toMatch(
      /program .* is missing/,
    );
  });

  it("passes the missing-SDK message on as it is", () => {
    expect(describeThrown(new ClaudeAgentSdkMissingError())).toBe(SDK_MISSING_MESSAGE);
  });

  it("shows only the first line of a long error", () => {
    expect(describeThrown(new Error("Something broke\n    at stack (file.js:1:1)"))).toBe(
      "Claude Code reported an error: Something broke",
    );
    expect(
      describeResultError(errorResult({ subtype: "error_during_execution", errors: ["a", "b"] }), 100),
    ).toBe("Claude Code reported an error: a; b");
  });
});
