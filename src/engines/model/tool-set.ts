import { type FlexibleSchema, type ToolSet, tool, zodSchema } from "ai";
import type { z } from "zod";
import { TOOL_DEFINITIONS } from "../../workspace/index.js";

/**
 * Each tool's input schema wrapped once per process. The SDK turns a bare zod schema
 * into JSON Schema again on every call that needs it (each request, each token
 * estimate); a wrapped one converts once and keeps the result, which measured as the
 * largest single cost of a long interview's turns outside the provider (bench/README.md).
 */
const wrappedSchemas = new WeakMap<z.ZodType, FlexibleSchema<unknown>>();

function wrapped(schema: z.ZodType): FlexibleSchema<unknown> {
  let found = wrappedSchemas.get(schema);
  if (!found) {
    found = zodSchema(schema) as FlexibleSchema<unknown>;
    wrappedSchemas.set(schema, found);
  }
  return found;
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
      inputSchema: wrapped(definition.inputSchema),
    });
  }
  return tools;
}
