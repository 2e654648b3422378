import { answersToText, type SpecChatSession } from "../session/index.js";
import { historyParts } from "../types/history-parts.js";
import type { ServerFrame } from "../types/wire.js";
import type { AttachedFiles } from "./attach-files.js";
import { EXIT_FAILURE, EXIT_OK } from "./command.js";
import type { ReplySource } from "./reply-source.js";
import { statusLineFor } from "./status-line.js";
import { renderTurn } from "./turn-renderer.js";

/** Ctrl+C while a turn runs: the first cancels it, the second ends the program. */
export interface InterruptSource {
  onInterrupt(handler: () => void): () => void;
}

/** What a terminal chat may start with besides the session itself. */
export interface TerminalChatOptions {
  /** The first turn's frames when the caller already began one (a retry); else `session.start()`. */
  opening?: AsyncIterable<ServerFrame>;
  /** Where a line per retry goes when `out` is not a terminal (stderr). */
  notes?: NodeJS.WritableStream | null;
  /** `--attach` files, sent with the person's first reply. */
  attached?: Pick<AttachedFiles, "images" | "documents"> | null;
}

/**
 * An interview in the terminal: render each turn as it streams, then get the person's
 * reply, until they finish. Exit 0 when the spec is complete and valid.
 */
export async function runTerminalChat(
  session: SpecChatSession,
  replies: ReplySource,
  out: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv,
  interrupts: InterruptSource | null,
  options: TerminalChatOptions = {},
): Promise<number> {
  const status = statusLineFor(out, options.notes ?? null, env);
  let frames = options.opening ?? session.start();
  let pending = options.attached ?? null;
  while (true) {
    const outcome = await renderCancellable(session, () => renderTurn(frames, out, env, status), interrupts);
    if (!session.isStarted()) return EXIT_FAILURE;
    const reply = await replies.next(outcome, session.isComplete());
    if (reply.kind === "finish") break;
    if (pending) {
      // `--attach` files go with the first reply; an answer to a question then goes as its text.
      const text = reply.kind === "answer" ? answersToText(reply.answers) : reply.text;
      frames = session.sendMessage(text, pending.images, pending.documents);
      pending = null;
      continue;
    }
    frames =
      reply.kind === "answer" ? session.answer(reply.toolId, reply.answers) : session.sendMessage(reply.text);
  }
  const complete = session.isComplete();
  await session.close();
  return complete ? EXIT_OK : EXIT_FAILURE;
}

async function renderCancellable<T>(
  session: SpecChatSession,
  render: () => Promise<T>,
  interrupts: InterruptSource | null,
): Promise<T> {
  if (!interrupts) return render();
  let cancelled = false;
  const stop = interrupts.onInterrupt(() => {
    if (cancelled) process.exit(130);
    cancelled = session.cancel();
  });
  try {
    return await render();
  } finally {
    stop();
  }
}

/**
 * What a person sees when they take up a kept interview: the interviewer's last words
 * and the question still waiting for them, as if the turn had just ended.
 */
export async function* resumedOpening(session: SpecChatSession): AsyncGenerator<ServerFrame> {
  const history = session.history();
  const last = history.messages.at(-1);
  // Its words, and a notice of each call Specwright refused, where it came among them.
  if (last?.role === "assistant")
    for (const part of historyParts(last))
      yield part.kind === "text"
        ? { type: "text", content: part.text }
        : { type: "notice", kind: part.notice.kind, content: part.notice.content };
  const question = history.pending_question;
  if (question) yield { type: "question", ...question };
  yield { type: "response_done" };
}
