import type { ToolOutcome } from "./tools.js";

export function succeeded(output: string): ToolOutcome {
  return { output, isError: false };
}

export function failed(output: string): ToolOutcome {
  return { output, isError: true };
}
