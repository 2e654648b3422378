import type { EngineEvent } from "../../types/engine-events.js";
import { phaseEvent } from "../../types/phases.js";
import type { ToolCall } from "../../types/transcript.js";
import { questionPhase } from "../../workspace/index.js";

export { openingPhase, withOpeningPhase } from "../opening-phase.js";

/**
 * The phase a question reports. Every `AskUserQuestion` names the interview phase it
 * belongs to (the skill asks for it, the tool's schema offers it), which survives a
 * model that answers in another language or thinks before it speaks, unlike words in
 * its text. Null when the call names none.
 */
export function questionPhaseEvent(calls: readonly ToolCall[], toolCallId: string): EngineEvent | null {
  const call = calls.find((candidate) => candidate.toolCallId === toolCallId);
  const phase = call ? questionPhase(call.input) : null;
  return phase ? phaseEvent(phase) : null;
}
