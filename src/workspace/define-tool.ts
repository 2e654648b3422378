import type { z } from "zod";
import type { ToolContext } from "./tool-context.js";
import { parseToolInput } from "./tool-input.js";
import type { FileToolName, ToolName } from "./tool-names.js";
import type { ToolOutcome } from "./tool-outcome.js";

/** What a model is told about a tool: its name, when and how to call it, and the input it takes. */
export interface ToolDefinition<Name extends ToolName = ToolName> {
  readonly name: Name;
  /** What a model reads to decide when and how to call the tool. */
  readonly description: string;
  readonly inputSchema: z.ZodType;
}

/** A tool Specwright runs itself, inside the project's sandbox. */
export interface FileTool<Name extends FileToolName = FileToolName> extends ToolDefinition<Name> {
  /**
   * Checks the input as the model sent it against the tool's schema, then runs the tool.
   * Bad input and refusals come back as error outcomes the model can act on.
   */
  run(context: ToolContext, input: unknown): Promise<ToolOutcome>;
}

interface FileToolSpec<Name extends FileToolName, Schema extends z.ZodType> {
  name: Name;
  description: string;
  inputSchema: Schema;
  /** Runs the tool on input that passed the schema. */
  run: (context: ToolContext, input: z.infer<Schema>) => Promise<ToolOutcome>;
}

/**
 * One tool, whole: its name, its description for the model, its input schema and what
 * it does. A tool without `run` is one the interview answers itself (the question).
 */
export function defineTool<const Name extends FileToolName, Schema extends z.ZodType>(
  spec: FileToolSpec<Name, Schema>,
): FileTool<Name>;
export function defineTool<const Name extends ToolName>(spec: ToolDefinition<Name>): ToolDefinition<Name>;
export function defineTool(
  spec: ToolDefinition | FileToolSpec<FileToolName, z.ZodType>,
): ToolDefinition | FileTool {
  if (!("run" in spec)) return spec;
  const { name, description, inputSchema, run } = spec;
  return {
    name,
    description,
    inputSchema,
    async run(context, input) {
      const parsed = parseToolInput(name, inputSchema, input);
      return parsed.ok ? run(context, parsed.value) : parsed.outcome;
    },
  };
}
