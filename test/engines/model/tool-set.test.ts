import { asSchema } from "ai";
import { describe, expect, it } from "vitest";
import { interviewToolSet } from "../../../src/engines/model/tool-set.js";
import { TOOL_DEFINITIONS } from "../../../src/workspace/index.js";

/** Each tool's input schema as the model is sent it. */
async function sentSchemas(): Promise<Record<string, Record<string, unknown>>> {
  const schemas: Record<string, Record<string, unknown>> = {};
  for (const [name, tool] of Object.entries(interviewToolSet()))
    schemas[name] = (await asSchema(tool.inputSchema).jsonSchema) as Record<string, unknown>;
  return schemas;
}

describe("the tool schemas a model is sent", () => {
  it("name every tool, without the dialect line or zod's safe-integer bounds", async () => {
    const schemas = await sentSchemas();
    expect(Object.keys(schemas)).toEqual(TOOL_DEFINITIONS.map((definition) => definition.name));
    const text = JSON.stringify(schemas);
    expect(text).not.toContain("$schema");
    expect(text).not.toContain(String(Number.MAX_SAFE_INTEGER));
    expect(text).not.toContain(String(Number.MIN_SAFE_INTEGER));
  });

  it("keep every bound that means something", async () => {
    const read = (await sentSchemas()).Read as { properties: Record<string, Record<string, unknown>> };
    expect(read.properties.offset).toMatchObject({ type: "integer", minimum: 0 });
    expect(read.properties.limit).toMatchObject({ type: "integer", minimum: 1 });
    const question = JSON.stringify((await sentSchemas()).AskUserQuestion);
    expect(question).toContain('"maxItems":4');
    expect(question).toContain('"maxLength":12');
    expect(question).toContain('"feature-count"');
  });
});
