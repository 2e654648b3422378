import type { Engine, TurnContext } from "../../src/engines/engine.js";
import type { EngineEvent } from "../../src/types/engine-events.js";
import type { ToolCall, Transcript } from "../../src/types/transcript.js";

export type ScriptedTurn = (transcript: Transcript, context: TurnContext) => AsyncGenerator<EngineEvent>;

/**
 * An engine whose turns are written by the test. It stands in for an interviewer in
 * session tests; the real engines have their own tests.
 */
export class ScriptedEngine implements Engine {
  readonly name = "guided" as const;
  readonly model = null;
  readonly seen: { transcript: Transcript; context: TurnContext }[] = [];
  private readonly turns: ScriptedTurn[];

  constructor(...turns: ScriptedTurn[]) {
    this.turns = turns;
  }

  push(...turns: ScriptedTurn[]): void {
    this.turns.push(...turns);
  }

  turn(transcript: Transcript, context: TurnContext): AsyncIterable<EngineEvent> {
    this.seen.push({ transcript, context });
    const next = this.turns.shift();
    if (!next) throw new Error("ScriptedEngine: no turn left");
    return next(transcript, context);
  }
}

/** A turn that says something and records it. */
export function says(text: string): ScriptedTurn {
  return async function* () {
    yield { type: "text-delta", text };
    yield {
      type: "record",
      entry: { role: "assistant", text, toolCalls: [], timestamp: new Date().toISOString() },
    };
  };
}

let callCounter = 0;

/** A turn that runs tools through the sandbox the way a model's tool loop does, then speaks. */
export function usesTools(calls: { toolName: string; input: unknown }[], after = "Done."): ScriptedTurn {
  return async function* (_transcript, context) {
    const toolCalls: ToolCall[] = calls.map((call) => ({ ...call, toolCallId: `call-${++callCounter}` }));
    yield {
      type: "record",
      entry: { role: "assistant", text: "", toolCalls, timestamp: new Date().toISOString() },
    };
    const results = [];
    for (const call of toolCalls) {
      // The transcript keeps what the model reads, as the model engine records it; the facts beside it are the session's.
      const { output, isError } = await context.tools.run(call.toolName, call.input);
      results.push({ toolCallId: call.toolCallId, toolName: call.toolName, output, isError });
    }
    yield { type: "record", entry: { role: "tool", results, timestamp: new Date().toISOString() } };
    yield { type: "text-delta", text: after };
    yield {
      type: "record",
      entry: { role: "assistant", text: after, toolCalls: [], timestamp: new Date().toISOString() },
    };
  };
}

/** A turn that streams a first chunk and then waits until it is aborted (or forever, if it ignores the signal). */
export function hangs(options: { honourSignal: boolean } = { honourSignal: true }): ScriptedTurn {
  return async function* (_transcript, context) {
    yield { type: "text-delta", text: "Thinking about" };
    await new Promise<void>((resolve) => {
      if (options.honourSignal) context.signal.addEventListener("abort", () => resolve(), { once: true });
    });
  };
}

/** A turn that waits for the test to release it. */
export function waitsFor(gate: Promise<void>, text = "Released."): ScriptedTurn {
  return async function* () {
    await gate;
    yield* says(text)([] as Transcript, undefined as unknown as TurnContext);
  };
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** A turn that asks a structured question through AskUserQuestion, as a model's tool loop records it. */
export function asks(
  toolCallId: string,
  questions: {
    question: string;
    header: string;
    options: { label: string; description: string }[];
    multiSelect: boolean;
  }[],
  text = "One question:",
): ScriptedTurn {
  return async function* () {
    yield { type: "text-delta", text };
    yield {
      type: "record",
      entry: {
        role: "assistant",
        text,
        toolCalls: [{ toolCallId, toolName: "AskUserQuestion", input: { questions } }],
        timestamp: new Date().toISOString(),
      },
    };
    yield { type: "question", toolCallId, questions };
  };
}
