import { createInterface } from "node:readline";
import { answerTooLong } from "../server/limits/answer-size.js";
import {
  DEFAULT_ATTACHMENT_LIMITS,
  DEFAULT_MAX_MESSAGE_LENGTH,
  DocumentReader,
  FrameHandler,
  parseClientFrame,
  type SessionRegistry,
} from "../session/index.js";
import type { DocumentLimits } from "../types/documents.js";
import { errorFrame, type ServerFrame } from "../types/wire.js";
import type { CommandIo } from "./command.js";
import { EXIT_FAILURE, EXIT_OK } from "./command.js";

/**
 * `chat --jsonl`: a pure frame pipe. Each stdin line is a client frame, each stdout line
 * a server frame, and nothing else reaches stdout. Nothing happens until a `start` (a
 * new interview) or a `resume` (the project's interview so far) arrives; when stdin
 * closes, the running turn finishes and the command exits.
 */
export async function runJsonlChat(
  registry: SessionRegistry,
  projectName: string,
  io: CommandIo,
  engine: { name: string; model: string | null },
  documentLimits: Partial<DocumentLimits> = {},
): Promise<number> {
  const send = (frame: ServerFrame) => {
    io.stdout.write(`${JSON.stringify(frame)}\n`);
  };
  const documents = {
    reader: new DocumentReader(documentLimits),
    maxAttachments: DEFAULT_ATTACHMENT_LIMITS.maxCount,
  };
  const handler = new FrameHandler({ registry, projectName, send, engine, documents });
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  // `handle` returns once a frame is dispatched; turns stream in the background, so a
  // `cancel` on the next line reaches a running turn.
  for await (const line of lines) {
    if (line.trim().length > 0) await handleLine(handler, line, send);
  }
  await handler.idle();
  handler.dispose();
  const complete = registry.get(projectName)?.isComplete() ?? false;
  await registry.cleanupAll();
  return complete ? EXIT_OK : EXIT_FAILURE;
}

/** One frame from stdin: an answer longer than a message may be is refused as the server refuses it. */
async function handleLine(
  handler: FrameHandler,
  line: string,
  send: (frame: ServerFrame) => void,
): Promise<void> {
  const parsed = parseClientFrame(line);
  if (!parsed.ok) return handler.handle(line);
  if (parsed.frame.type === "answer") {
    const tooLong = answerTooLong(parsed.frame, DEFAULT_MAX_MESSAGE_LENGTH);
    if (tooLong) return send(errorFrame("message_too_long", tooLong));
  }
  return handler.handleFrame(parsed.frame);
}
