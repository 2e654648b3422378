import type { Engine } from "../engine.js";
import { guidedTurn } from "./interview/turn.js";

/**
 * The interviewer that needs no model: it asks the interview's questions one at a
 * time, reads the answers with plain text rules, and writes the spec once approved.
 * It keeps nothing between turns; every turn rebuilds the interview from the transcript.
 */
export function createGuidedEngine(): Engine {
  return {
    name: "guided",
    model: null,
    turn: (transcript, context) => guidedTurn(transcript, context),
  };
}
