/**
 * The longest message or answer text, in characters, unless a server is told otherwise
 * (`--max-message-length`): a server's default and what a terminal chat allows.
 */
export const DEFAULT_MAX_MESSAGE_LENGTH = 100_000;
