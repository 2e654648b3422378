/** How the page treats an `error` frame: the words it shows and what the person can do next. */
export interface ErrorReading {
  text: string;
  /** Sending the same message again could work (the failure was not about the message itself). */
  retryable: boolean;
  /** The session is gone on the server; only a fresh `start` carries on. */
  needsRestart: boolean;
}

const RULES: { pattern: RegExp; read: (match: RegExpExecArray) => ErrorReading }[] = [
  {
    pattern: /^a response is already in progress/i,
    read: () => ({
      text: "The interviewer is still answering the previous message. Try again once it has finished.",
      retryable: true,
      needsRestart: false,
    }),
  },
  {
    pattern: /no active session|session not started|session has been closed/i,
    read: () => ({
      text: "This interview has ended on the server, so it can't carry on from here. Start it again to continue; spec files already written are kept.",
      retryable: false,
      needsRestart: true,
    }),
  },
  {
    pattern: /^Invalid attachment: (.*)$/is,
    read: (match) => ({
      text: `An image couldn't be sent: ${sentence(match[1] ?? "")}`,
      retryable: false,
      needsRestart: false,
    }),
  },
  {
    pattern: /^Empty message$/i,
    read: () => ({ text: "There was nothing to send.", retryable: false, needsRestart: false }),
  },
  {
    pattern: /^Invalid project name/i,
    read: () => ({
      text: "This project name can't be used: a name has 1 to 50 letters, digits, hyphens or underscores.",
      retryable: false,
      needsRestart: false,
    }),
  },
  {
    pattern: /^(?:Message too long|Invalid JSON|Unknown message type)/i,
    read: (match) => ({ text: sentence(match.input), retryable: false, needsRestart: false }),
  },
  {
    pattern: /^(?:Internal )?Error: (.*)$/is,
    read: (match) => ({
      text: `Something went wrong: ${sentence(match[1] ?? "")}`,
      retryable: true,
      needsRestart: false,
    }),
  },
];

export function readServerError(content: string): ErrorReading {
  const trimmed = content.trim();
  for (const rule of RULES) {
    const match = rule.pattern.exec(trimmed);
    if (match) return rule.read(match);
  }
  return {
    text: sentence(trimmed.length > 0 ? trimmed : "Something went wrong."),
    retryable: true,
    needsRestart: false,
  };
}

/** Capitalised and ending in a full stop, so messages read as sentences. */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return trimmed;
  const capitalised = trimmed[0]!.toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
