import type { ChunkSize, MessagePlan, StopReason } from "./script.js";

/**
 * A reply laid out the way both wire formats stream it: consecutive text parts form one
 * text block, each tool call its own block, and every piece is one delta on the wire.
 */
export type MessageBlock =
  | { readonly type: "text"; readonly pieces: readonly string[] }
  | {
      readonly type: "tool";
      readonly id: string;
      readonly name: string;
      readonly input: unknown;
      readonly argumentPieces: readonly string[];
    };

/** The stop reason in neither vocabulary; each format spells it its own way. */
export type StopKind = "end" | "tool" | "length";

export function layOutBlocks(
  plan: MessagePlan,
  chunkSize: ChunkSize,
  toolId: (ordinal: number) => string,
): MessageBlock[] {
  const blocks: MessageBlock[] = [];
  let toolOrdinal = 0;
  for (const part of plan.parts) {
    if (part.type === "text") {
      const pieces = splitIntoPieces(part.text, chunkSize.text);
      const last = blocks.at(-1);
      if (last?.type === "text")
        blocks[blocks.length - 1] = { type: "text", pieces: [...last.pieces, ...pieces] };
      else blocks.push({ type: "text", pieces });
      continue;
    }
    blocks.push({
      type: "tool",
      id: part.id ?? toolId(toolOrdinal),
      name: part.name,
      input: part.input,
      argumentPieces: splitIntoPieces(JSON.stringify(part.input ?? {}), chunkSize.json),
    });
    toolOrdinal += 1;
  }
  return blocks;
}

export function stopKindOf(plan: MessagePlan): StopKind {
  if (plan.stopReason !== undefined) return STOP_KINDS[plan.stopReason];
  return plan.parts.some((part) => part.type === "tool") ? "tool" : "end";
}

const STOP_KINDS: Record<StopReason, StopKind> = {
  end_turn: "end",
  stop: "end",
  tool_use: "tool",
  tool_calls: "tool",
  max_tokens: "length",
  length: "length",
};

export function blockText(block: MessageBlock): string {
  return block.type === "text" ? block.pieces.join("") : "";
}

/** Cuts by code point, so no piece ends inside a surrogate pair. */
export function splitIntoPieces(text: string, size: number): string[] {
  const characters = Array.from(text);
  const pieces: string[] = [];
  const step = Math.max(1, Math.floor(size));
  for (let start = 0; start < characters.length; start += step) {
    pieces.push(characters.slice(start, start + step).join(""));
  }
  return pieces;
}
