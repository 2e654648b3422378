import type { ImageAttachment } from "./attachments.js";
import type { Answers, Question } from "./questions.js";
import type { TokenUsage } from "./usage.js";

/** Frames a client sends (PROTOCOL.md). */
export type ClientFrame =
  | { type: "start" }
  | { type: "cancel" }
  | { type: "message"; content: string; attachments?: ImageAttachment[] }
  | { type: "answer"; answers: Answers; tool_id: string }
  | { type: "ping" };

/** Frames the server (or `chat --jsonl`) sends (PROTOCOL.md, with Specwright's additions). */
export type ServerFrame =
  | { type: "text"; content: string }
  | { type: "question"; questions: Question[]; tool_id: string }
  | { type: "file_written"; path: string }
  | { type: "spec_complete"; path: string }
  | { type: "response_done" }
  | { type: "complete"; path: string }
  | { type: "error"; content: string }
  | { type: "pong" }
  | { type: "phase"; id: string; title: string; index: number; total: number }
  | { type: "usage"; turn: TokenUsage; total: TokenUsage; cost_usd?: number };

export type ServerFrameType = ServerFrame["type"];
