import { isBackground } from "../understanding/background.js";
import type { InterviewState } from "./state.js";

/**
 * What the person said of the software itself in the overview, without how things are done
 * today ("right now whoever opens up checks the EA website" names no kind of software).
 */
export function overviewWords(state: InterviewState): string {
  return state.overview
    .join(" ")
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((sentence) => !isBackground(sentence))
    .join(" ");
}
