import type { ChunkSize, MessagePlan, ReasoningField, ReplyPart, StopReason } from "./script.js";

/** A silence in a stream: nothing, or only `ping` events every `pingEveryMs`. */
export interface PauseMark {
  readonly pause: number;
  readonly pingEveryMs?: number;
  /** The keep-alive is this SSE comment line rather than the format's ping event. */
  readonly comment?: string;
}

/** One delta on the wire, or a silence between two deltas. */
export type Piece = string | PauseMark;

/**
 * A reply laid out the way both wire formats stream it: consecutive text parts form one
 * text block, consecutive thinking parts one thinking block (a progress note, scripted
 * with `update`, starts a block of its own), each tool call its own block, and every
 * string piece is one delta on the wire.
 */
export type MessageBlock =
  | { readonly type: "text"; readonly pieces: readonly Piece[] }
  | {
      readonly type: "tool";
      readonly id: string;
      readonly name: string;
      readonly input: unknown;
      readonly argumentPieces: readonly Piece[];
      /** The reply hit `max_tokens` inside this call: the pieces stop partway through the JSON. */
      readonly cut: boolean;
    }
  | {
      readonly type: "thinking";
      /** The text on the wire: the scripted text, or "" where the display omits it. */
      readonly thinking: string;
      /** The scripted text, which the signature stands for and output tokens count. */
      readonly scripted: string;
      readonly pieces: readonly Piece[];
      readonly signature: string;
    }
  | { readonly type: "redacted_thinking"; readonly data: string }
  /** A local model's reasoning, streamed in `field` (OpenAI route only). */
  | { readonly type: "reasoning"; readonly field: ReasoningField; readonly pieces: readonly Piece[] }
  | { readonly type: "pause"; readonly mark: PauseMark };

export interface ThinkingRender {
  /** Whether the thinking block made of these parts (all notes, or all reasoning) carries its text on the wire. */
  visible(parts: readonly Extract<ReplyPart, { type: "thinking" }>[]): boolean;
  /** The signature of a thinking block at `index` with this wire text. */
  sign(index: number, thinking: string): string;
  /** The `data` of a redacted thinking block at `index` that scripts none. */
  redactedData(index: number): string;
}

/** The stop reason in neither vocabulary; each format spells it its own way. */
export type StopKind = "end" | "tool" | "length" | "refusal" | "pause";

/**
 * Lays a reply out in blocks. Without `thinking` (the OpenAI format, or an Anthropic
 * request whose thinking is off) thinking parts are left out, as the API would not
 * produce them; without `reasoning` (the Anthropic format) a local model's reasoning is.
 */
export function layOutBlocks(
  plan: MessagePlan,
  chunkSize: ChunkSize,
  toolId: (ordinal: number) => string,
  thinking?: ThinkingRender,
  reasoning = false,
): MessageBlock[] {
  const parts = plan.parts.filter(
    (part) =>
      (thinking !== undefined || (part.type !== "thinking" && part.type !== "redacted_thinking")) &&
      (reasoning || part.type !== "reasoning"),
  );
  const blocks: MessageBlock[] = [];
  let toolOrdinal = 0;
  for (let position = 0; position < parts.length; position++) {
    const part = parts[position] as ReplyPart;
    switch (part.type) {
      case "text":
      case "thinking": {
        const run = runOf(parts, position, part.type);
        position = run.end - 1;
        blocks.push(
          part.type === "text"
            ? { type: "text", pieces: piecesOf(run.items, chunkSize.text) }
            : thinkingBlock(run.items, blocks.length, chunkSize.text, thinking as ThinkingRender),
        );
        continue;
      }
      case "redacted_thinking":
        blocks.push({
          type: "redacted_thinking",
          data: part.data ?? (thinking as ThinkingRender).redactedData(blocks.length),
        });
        continue;
      case "pause":
        blocks.push({ type: "pause", mark: markOf(part) });
        continue;
      case "reasoning": {
        // Consecutive reasoning parts in the same field are one run of deltas.
        let end = position;
        while (end + 1 < parts.length) {
          const next = parts[end + 1] as ReplyPart;
          if (next.type !== "reasoning" || next.field !== part.field) break;
          end += 1;
        }
        const text = parts
          .slice(position, end + 1)
          .map((item) => (item.type === "reasoning" ? item.text : ""))
          .join("");
        blocks.push({ type: "reasoning", field: part.field, pieces: splitIntoPieces(text, chunkSize.text) });
        position = end;
        continue;
      }
      case "tool": {
        const json = JSON.stringify(part.input ?? {});
        const cut = part.cutAt !== undefined;
        const streamed = cut ? json.slice(0, Math.max(0, Math.min(part.cutAt ?? 0, json.length - 1))) : json;
        blocks.push({
          type: "tool",
          id: part.id ?? toolId(toolOrdinal),
          name: part.name,
          input: part.input,
          argumentPieces: splitIntoPieces(streamed, chunkSize.json),
          cut,
        });
        toolOrdinal += 1;
      }
    }
  }
  return blocks;
}

type RunItem = Extract<ReplyPart, { type: "text" | "thinking" }> | Extract<ReplyPart, { type: "pause" }>;

/**
 * The parts from `start` that form one block of `type`: parts of that type, and the
 * pauses between them (a pause after the last one stays outside the block).
 */
function runOf(parts: readonly ReplyPart[], start: number, type: "text" | "thinking") {
  const items: RunItem[] = [];
  let end = start;
  let lastOfType = start;
  const first = parts[start] as ReplyPart;
  const update = first.type === "thinking" && first.update === true;
  for (let position = start; position < parts.length; position++) {
    const part = parts[position] as ReplyPart;
    // A progress note and reasoning are separate thinking blocks.
    if (part.type === "thinking" && (part.update === true) !== update) break;
    if (part.type === type) {
      items.push(part as RunItem);
      lastOfType = position;
      continue;
    }
    if (part.type === "pause") {
      items.push(part);
      continue;
    }
    break;
  }
  end = lastOfType + 1;
  return { items: items.slice(0, itemsUpTo(items)), end };
}

function itemsUpTo(items: readonly RunItem[]): number {
  let last = items.length;
  while (last > 0 && items[last - 1]?.type === "pause") last--;
  return last;
}

function piecesOf(items: readonly RunItem[], size: number): Piece[] {
  return items.flatMap((item): Piece[] =>
    item.type === "pause"
      ? [markOf(item)]
      : splitIntoPieces(item.type === "text" ? item.text : item.thinking, size),
  );
}

function thinkingBlock(
  items: readonly RunItem[],
  index: number,
  size: number,
  render: ThinkingRender,
): MessageBlock {
  const thinkingParts = items.filter(
    (item): item is Extract<ReplyPart, { type: "thinking" }> => item.type === "thinking",
  );
  const scripted = thinkingParts.map((part) => part.thinking).join("");
  const visible = render.visible(thinkingParts);
  const thinking = visible ? scripted : "";
  // An omitted block sends no thinking deltas, but a pause inside it still stays silent.
  const pieces = visible ? piecesOf(items, size) : items.filter((item) => item.type === "pause").map(markOf);
  return { type: "thinking", thinking, scripted, pieces, signature: render.sign(index, thinking) };
}

function markOf(part: Extract<ReplyPart, { type: "pause" }>): PauseMark {
  return {
    pause: part.ms,
    ...(part.pingEveryMs === undefined ? {} : { pingEveryMs: part.pingEveryMs }),
    ...(part.comment === undefined ? {} : { comment: part.comment }),
  };
}

export function stopKindOf(plan: MessagePlan): StopKind {
  if (plan.stopReason !== undefined) return STOP_KINDS[plan.stopReason];
  if (plan.parts.some((part) => part.type === "tool" && part.cutAt !== undefined)) return "length";
  return plan.parts.some((part) => part.type === "tool") ? "tool" : "end";
}

const STOP_KINDS: Record<StopReason, StopKind> = {
  end_turn: "end",
  stop: "end",
  tool_use: "tool",
  tool_calls: "tool",
  max_tokens: "length",
  length: "length",
  refusal: "refusal",
  pause_turn: "pause",
};

export function blockText(block: MessageBlock): string {
  return block.type === "text" ? textOf(block.pieces) : "";
}

/** The strings of some pieces, joined, leaving out the pauses. */
export function textOf(pieces: readonly Piece[]): string {
  return pieces.filter((piece): piece is string => typeof piece === "string").join("");
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
