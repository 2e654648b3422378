import type { Question } from "../types/questions.js";
import { describeSpecChanges } from "../types/spec-changes.js";
import type { ServerFrame } from "../types/wire.js";
import { painter } from "./paint.js";
import { type StatusLine, statusLineFor } from "./status-line.js";
import { terminalSafe } from "./terminal-safe.js";
import { TextFlow } from "./text-flow.js";

/** What the person must do after a turn. */
export interface TurnOutcome {
  question: { toolId: string; questions: Question[] } | null;
  /** The spec became complete in this turn. */
  completed: boolean;
}

/**
 * Prints one turn's frames for a person: the assistant's text as it streams, each
 * phase as "step 3 of 9: Features", written files and completion. Returns what the
 * turn asks of the person next. Every string a frame carries comes from a model, a
 * file or a peer, so it goes through `terminalSafe` (the text through `TextFlow`,
 * which strips as it streams) before Specwright's own colours are added.
 */
export async function renderTurn(
  frames: AsyncIterable<ServerFrame>,
  out: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv,
  status: StatusLine = statusLineFor(out, null, env),
): Promise<TurnOutcome> {
  const paint = painter(out, env);
  const BAR = paint("gray", "│");
  const outcome: TurnOutcome = { question: null, completed: false };
  const width = Math.max(40, Math.min((out as { columns?: number }).columns ?? 100, 100));
  let flow: TextFlow | null = null;
  const endText = () => {
    flow?.end();
    flow = null;
  };
  try {
    for await (const frame of frames) {
      if (frame.type === "activity") {
        // A line of text in progress is finished first: the status line takes a line of its own.
        endText();
        status.show(frame);
        continue;
      }
      // Whatever is printed next replaces the status line.
      status.clear();
      renderFrame(frame);
    }
  } finally {
    status.clear();
  }
  endText();
  return outcome;

  function renderFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case "text":
        if (!flow) {
          out.write(`${BAR}\n`);
          flow = new TextFlow(out, width, `${BAR}  `, 3, (text) => paint("bold", text));
        }
        flow.write(frame.content);
        break;
      case "phase":
        endText();
        out.write(
          `${BAR}\n${paint("cyan", "◆")}  ${paint("bold", `step ${frame.index} of ${frame.total}: ${terminalSafe(frame.title)}`)}\n`,
        );
        break;
      case "question":
        outcome.question = { toolId: frame.tool_id, questions: frame.questions };
        break;
      case "file_written":
        endText();
        out.write(`${paint("green", "✔")}  wrote ${terminalSafe(frame.path)}\n`);
        break;
      case "spec_complete":
        endText();
        outcome.completed = true;
        out.write(
          `${paint("green", "✔")}  ${paint("bold", "the spec is complete and valid")}: ${terminalSafe(frame.path)}\n`,
        );
        // A revision says what it changed, and which kept versions to compare for the whole diff.
        if (frame.changes) {
          const { from_version: from, to_version: to } = frame.changes;
          out.write(
            `   ${terminalSafe(describeSpecChanges(frame.changes))} ${paint("gray", terminalSafe(`(versions ${from} → ${to})`))}\n`,
          );
        }
        break;
      case "error":
        endText();
        out.write(`${paint("red", "✖")}  ${terminalSafe(frame.content)}\n`);
        break;
      case "usage": {
        endText();
        const cost = frame.cost_usd === undefined ? "" : `, about $${frame.cost_usd.toFixed(4)} so far`;
        const tokens = frame.total.input_tokens + frame.total.output_tokens + frame.total.cache_read_tokens;
        out.write(paint("gray", `   ${tokens.toLocaleString("en-US")} tokens${cost}\n`));
        break;
      }
      case "notice":
        // A refused tool call (what was tried, and why) or how far a stopped turn got: the
        // words quote what a model sent, so they are made safe like everything else.
        endText();
        out.write(paint("gray", `   ${terminalSafe(frame.content).replace(/\s*\n\s*/g, " ")}\n`));
        break;
      case "response_done":
        endText();
        break;
      default:
        break;
    }
  }
}
