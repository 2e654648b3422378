import { styleText } from "node:util";

type Style = Parameters<typeof styleText>[0];

/**
 * Colours text for a terminal, and leaves it plain for pipes, files and NO_COLOR. The
 * decision is made here, for the stream the text goes to (Node's own check would look
 * at stdout whatever the stream). Colour only Specwright's own words, or text already
 * made safe with `terminalSafe` (terminal-safe.ts): a model's escape sequences must not
 * reach the terminal inside a colour.
 */
export function painter(
  stream: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv,
): (style: Style, text: string) => string {
  const colour = (stream as { isTTY?: boolean }).isTTY === true && !env.NO_COLOR;
  return (style, text) => (colour ? styleText(style, text, { validateStream: false }) : text);
}
