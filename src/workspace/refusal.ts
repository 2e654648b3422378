/**
 * The first sentence of `text` (up to the first full stop followed by a space, outside
 * double quotes, where a quoted path may hold one), at most `max` characters.
 */
export function firstSentence(text: string, max = 300): string {
  let quoted = false;
  let end = text.length;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === "\\" && quoted) {
      index++;
      continue;
    }
    if (character === '"') quoted = !quoted;
    else if (!quoted && character === "." && /\s/.test(text[index + 1] ?? " ")) {
      end = index + 1;
      break;
    }
  }
  const sentence = text.slice(0, end).trim();
  return sentence.length > max ? `${sentence.slice(0, max)}…` : sentence;
}

/**
 * Why a call was refused, in the person's words, from what the model is told: its first
 * sentence without the "Refused:" the model reads first ("…/x is outside the project
 * folder."). Made where the refusal happens, so nothing later reads it out of the words.
 */
export function refusalReasonOf(message: string): string {
  return firstSentence(message.trim().replace(/^Refused:?\s*/, ""));
}

/** The person's words for input a tool does not take: "bad input for Write: content: …". */
export function badInputReason(message: string): string {
  return firstSentence(message.trim().replace(/^Invalid input for /, "bad input for "));
}

/** The person's words for a tool an interview does not have. */
export const NO_SUCH_TOOL_REASON = "an interview has no such tool.";
