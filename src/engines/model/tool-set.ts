import { type FlexibleSchema, jsonSchema, type ToolSet, tool, zodSchema } from "ai";
import type { z } from "zod";
import { TOOL_DEFINITIONS } from "../../workspace/index.js";

/**
 * Each tool's input schema as JSON Schema, computed once per process, and handed to the
 * SDK without a `validate`: the SDK then parses a call's input as JSON and nothing more
 * (`safeValidateTypes` accepts any value when a schema has no validate function), rather
 * than running it through zod again. Specwright checks every input itself, with the
 * same zod schema, where it runs the call: `defineTool` for the file tools,
 * `parseAskUserQuestionInput` for the question. So a call keeps the input the model
 * wrote, defaults unfilled, in the transcript sent back to it.
 */
const computedSchemas = new WeakMap<z.ZodType, FlexibleSchema<unknown>>();

function computed(schema: z.ZodType): FlexibleSchema<unknown> {
  let found = computedSchemas.get(schema);
  if (!found) {
    // The SDK's own conversion (draft-07, input types, `additionalProperties: false`)...
    const converted = zodSchema(schema).jsonSchema as Record<string, unknown>;
    // ...less its `$schema` line, which no provider reads and every request would carry.
    const { $schema: _dialect, ...withoutDialect } = converted;
    found = jsonSchema(withoutSafeIntegerBounds(withoutDialect)) as FlexibleSchema<unknown>;
    computedSchemas.set(schema, found);
  }
  return found;
}

/**
 * The schema without the bounds zod gives every integer (`maximum: 9007199254740991`,
 * JavaScript's largest safe integer): they say nothing a model needs, and every request
 * would carry them.
 */
function withoutSafeIntegerBounds(schema: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "maximum" && value === Number.MAX_SAFE_INTEGER) continue;
    if (key === "minimum" && value === Number.MIN_SAFE_INTEGER) continue;
    copy[key] = Array.isArray(value)
      ? value.map((item) => (isObject(item) ? withoutSafeIntegerBounds(item) : item))
      : isObject(value)
        ? withoutSafeIntegerBounds(value)
        : value;
  }
  return copy;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The interview's tools as the SDK describes them to the model. None has an `execute`:
 * the turn loop runs every call itself, through the project's sandboxed tools, so the
 * results, their order and the transcript stay in our hands.
 */
export function interviewToolSet(): ToolSet {
  const tools: ToolSet = {};
  for (const definition of TOOL_DEFINITIONS) {
    tools[definition.name] = tool({
      description: definition.description,
      inputSchema: computed(definition.inputSchema),
    });
  }
  return tools;
}
