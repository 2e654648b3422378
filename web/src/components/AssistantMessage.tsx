import { Markdown } from "./Markdown.js";

const CUT_NOTES = {
  stopped: "Stopped before the end.",
  connection: "The connection dropped here; the rest of this reply may be missing.",
  interrupted: "This reply was cut off here.",
} as const;

/** The interviewer's words, typeset as prose rather than a bubble, so long answers read comfortably. */
export function AssistantMessage({
  text,
  cut,
  streaming,
}: {
  text: string;
  cut: keyof typeof CUT_NOTES | null;
  streaming: boolean;
}) {
  return (
    <div className="message message-assistant" data-streaming={streaming}>
      <h3 className="visually-hidden">Specwright</h3>
      <Markdown text={text} />
      {cut ? <p className="message-cut">{CUT_NOTES[cut]}</p> : null}
    </div>
  );
}
