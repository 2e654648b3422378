/**
 * Model calls in one turn before it is stopped, for every engine that calls a model (the
 * model engine's steps, Claude Code's turns): enough for a long turn (reading, writing
 * and fixing both spec files) without looping forever. SPECWRIGHT_MAX_STEPS sets it.
 */
export const DEFAULT_MAX_STEPS = 100;
