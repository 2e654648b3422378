import type { Question, QuestionOption } from "../../../src/types/questions.js";
import type { TokenUsage } from "../../../src/types/usage.js";
import type { ServerFrame } from "../../../src/types/wire.js";

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function toOption(value: unknown): QuestionOption | null {
  if (!isObject(value) || !isString(value.label)) return null;
  return { label: value.label, description: isString(value.description) ? value.description : "" };
}

function toQuestion(value: unknown): Question | null {
  if (!isObject(value) || !isString(value.question) || !Array.isArray(value.options)) return null;
  const options = value.options.map(toOption);
  if (options.some((option) => option === null)) return null;
  return {
    question: value.question,
    header: isString(value.header) ? value.header : "",
    options: options as QuestionOption[],
    multiSelect: value.multiSelect === true,
  };
}

function toUsage(value: unknown): TokenUsage | null {
  if (!isObject(value)) return null;
  const fields = ["input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens"] as const;
  if (!fields.every((field) => value[field] === undefined || isNumber(value[field]))) return null;
  return {
    input_tokens: (value.input_tokens as number | undefined) ?? 0,
    output_tokens: (value.output_tokens as number | undefined) ?? 0,
    cache_read_tokens: (value.cache_read_tokens as number | undefined) ?? 0,
    cache_write_tokens: (value.cache_write_tokens as number | undefined) ?? 0,
  };
}

/**
 * A frame from the server, checked field by field, or null for anything the page
 * cannot use: text that is not JSON, a frame type it does not know (the protocol lets a
 * server add some), or a known type with fields missing.
 */
export function parseServerFrame(data: string): ServerFrame | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(value) || !isString(value.type)) return null;
  switch (value.type) {
    case "text":
    case "error":
      return isString(value.content) ? { type: value.type, content: value.content } : null;
    case "file_written":
    case "spec_complete":
    case "complete":
      return isString(value.path) ? { type: value.type, path: value.path } : null;
    case "response_done":
    case "pong":
      return { type: value.type };
    case "question": {
      if (!isString(value.tool_id) || !Array.isArray(value.questions)) return null;
      const questions = value.questions.map(toQuestion);
      if (questions.length === 0 || questions.some((question) => question === null)) return null;
      return { type: "question", tool_id: value.tool_id, questions: questions as Question[] };
    }
    case "phase":
      if (!isString(value.id) || !isString(value.title) || !isNumber(value.index) || !isNumber(value.total)) {
        return null;
      }
      return { type: "phase", id: value.id, title: value.title, index: value.index, total: value.total };
    case "usage": {
      const turn = toUsage(value.turn);
      const total = toUsage(value.total);
      if (turn === null || total === null) return null;
      const frame: ServerFrame = { type: "usage", turn, total };
      if (isNumber(value.cost_usd)) frame.cost_usd = value.cost_usd;
      return frame;
    }
    default:
      return null;
  }
}
