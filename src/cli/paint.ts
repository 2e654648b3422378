import { styleText } from "node:util";

type Style = Parameters<typeof styleText>[0];

/** Colours text for a terminal, and leaves it plain for pipes, files and NO_COLOR. */
export function painter(
  stream: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv,
): (style: Style, text: string) => string {
  const colour = (stream as { isTTY?: boolean }).isTTY === true && !env.NO_COLOR;
  return (style, text) => (colour ? styleText(style, text) : text);
}
