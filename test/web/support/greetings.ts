import type { Engine } from "../../../src/engines/engine.js";

/**
 * An engine that counts the greetings it was asked for: each one is a new interview
 * (`start`), so a page that only carries on its interview asks for one, ever.
 */
export function countingGreetings(engine: Engine): { engine: Engine; greetings: () => number } {
  let count = 0;
  const counting: Engine = {
    get name() {
      return engine.name;
    },
    get model() {
      return engine.model;
    },
    get description() {
      return engine.description;
    },
    turn(transcript, context) {
      const last = transcript.at(-1);
      if (last?.role === "user" && last.kind === "kickoff") count++;
      return engine.turn(transcript, context);
    },
  };
  return { engine: counting, greetings: () => count };
}
