import type { Json, JsonObject, RecordedRequest } from "../../support/fake-provider/index.js";

/** Reading what Claude Code sent to the fake provider, in the Anthropic Messages format. */

export function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

export function asObject(value: Json | undefined): JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

function blocksOf(request: RecordedRequest, role: string): JsonObject[] {
  return asArray(request.body.messages)
    .map(asObject)
    .filter((message) => message.role === role)
    .flatMap((message) =>
      typeof message.content === "string"
        ? [{ type: "text", text: message.content }]
        : asArray(message.content).map(asObject),
    );
}

function textOf(content: Json | undefined): string {
  if (typeof content === "string") return content;
  return asArray(content)
    .map((block) => String(asObject(block).text ?? ""))
    .join("");
}

/** The tool results the request carried back to the model, in order. */
export function toolResultsIn(
  request: RecordedRequest,
): { toolCallId: string; text: string; isError: boolean }[] {
  return blocksOf(request, "user")
    .filter((block) => block.type === "tool_result")
    .map((block) => ({
      toolCallId: String(block.tool_use_id),
      text: textOf(block.content),
      isError: block.is_error === true,
    }));
}

/** The texts of the user turns in the request (the person's messages, and Claude Code's notes). */
export function userTextsIn(request: RecordedRequest): string[] {
  return blocksOf(request, "user")
    .filter((block) => block.type === "text")
    .map((block) => String(block.text));
}
