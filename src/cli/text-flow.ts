import { TerminalSafeText } from "./terminal-safe.js";

/**
 * Streams the assistant's Markdown into a terminal: words wrap at the terminal's width
 * behind the guide bar, and `**bold**` shows as bold instead of asterisks. Chunks may
 * split a word or a marker anywhere, so a word is written only once it is whole. The
 * text is stripped of escape sequences and control characters first (even one split
 * across chunks), so only the emphasis added here reaches the terminal as a sequence.
 */
export class TextFlow {
  private readonly safe = new TerminalSafeText();
  private word = "";
  private column = 0;
  private bold = false;
  private started = false;
  /** A space is written only before the next word on the same line, never at a line's end. */
  private spaceOwed = false;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly width: number,
    private readonly prefix: string,
    private readonly prefixWidth: number,
    private readonly emphasise: (text: string) => string,
  ) {}

  write(chunk: string): void {
    for (const character of this.safe.push(chunk)) {
      if (character === "\n") {
        this.flushWord();
        this.newLine();
      } else if (character === " " || character === "\t") {
        this.flushWord();
        if (this.column > 0) this.spaceOwed = true;
      } else {
        this.word += character;
      }
    }
  }

  /** Writes what is left and ends the line. */
  end(): void {
    this.safe.end();
    this.flushWord();
    if (this.started) this.out.write("\n");
    this.started = false;
    this.column = 0;
    this.bold = false;
    this.spaceOwed = false;
  }

  private flushWord(): void {
    if (this.word.length === 0) return;
    const parts = this.word.split("**");
    this.word = "";
    const visible = parts.join("").length;
    const room = this.width - this.prefixWidth;
    if (this.column > 0 && this.column + 1 + visible > room) this.newLine();
    else if (this.spaceOwed) this.emit(" ", 1);
    this.spaceOwed = false;
    let text = "";
    for (const [index, part] of parts.entries()) {
      if (index > 0) this.bold = !this.bold;
      text += this.bold && part.length > 0 ? this.emphasise(part) : part;
    }
    this.emit(text, visible);
  }

  private emit(text: string, visibleLength: number): void {
    if (!this.started) {
      this.out.write(this.prefix);
      this.started = true;
    }
    this.out.write(text);
    this.column += visibleLength;
  }

  private newLine(): void {
    if (!this.started) this.out.write(this.prefix);
    this.out.write(`\n${this.prefix}`);
    this.started = true;
    this.column = 0;
    this.spaceOwed = false;
  }
}
