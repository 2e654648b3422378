/*
 * Text a model or a file sends must reach a terminal as text. A terminal acts on
 * escape sequences: OSC 0 and 2 set the window title, OSC 52 writes the clipboard,
 * OSC 8 makes a link that shows one address and opens another, CSI sequences clear the
 * screen or move the cursor over what was written, DCS, APC, PM and SOS carry commands
 * for the terminal itself. So every such sequence is removed whole (its introducer, its
 * parameters or string, its terminator), and every C0 and C1 control character too,
 * except newline and tab. Specwright's own colours are added after this, to text that
 * is already safe.
 *
 * Whatever the parsing decides about where a sequence ends, the output holds no ESC and
 * no control character but newline and tab, so the terminal can never start one.
 */

const ESC = 0x1b;
const BEL = 0x07;
/** C1 introducers, as single code points (U+0080–U+009F). */
const C1_CSI = 0x9b;
const C1_ST = 0x9c;
const C1_OSC = 0x9d;
const C1_DCS = 0x90;
const C1_SOS = 0x98;
const C1_PM = 0x9e;
const C1_APC = 0x9f;

type State =
  /** Plain text. */
  | "text"
  /** After ESC. */
  | "escape"
  /** After ESC and one or more intermediate bytes (ESC ( B, ESC # 8…). */
  | "escape-intermediate"
  /** Inside a control sequence (CSI), up to its final byte. */
  | "csi"
  /** Inside a control string (OSC, DCS, SOS, PM, APC), up to ST (or BEL). */
  | "string"
  /** An ESC inside a control string: ST if a backslash follows. */
  | "string-escape";

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Strips escape sequences and control characters from text that arrives in pieces (a
 * model's reply as it streams): a sequence split across two pieces is still removed
 * whole. One stripper per run of text; `end()` forgets a sequence left unfinished.
 */
export class TerminalSafeText {
  private state: State = "text";

  /** The safe part of `chunk`: what a terminal may be given as it is. */
  push(chunk: string): string {
    let out = "";
    for (const character of chunk) {
      const code = character.codePointAt(0) ?? 0;
      if (this.step(code)) out += character;
    }
    return out;
  }

  /** Forgets an unfinished sequence: the next piece starts as plain text. */
  end(): void {
    this.state = "text";
  }

  /** Moves the state on by one code point; true when the code point is shown. */
  private step(code: number): boolean {
    switch (this.state) {
      case "text":
        return this.inText(code);
      case "escape":
        // ESC [ is CSI; ESC ] P X ^ _ open control strings; intermediates come before a final.
        if (code === 0x5b) this.state = "csi";
        else if (code === 0x5d || code === 0x50 || code === 0x58 || code === 0x5e || code === 0x5f)
          this.state = "string";
        else if (code >= 0x20 && code <= 0x2f) this.state = "escape-intermediate";
        else if (code >= 0x30 && code <= 0x7e) this.state = "text";
        else {
          // A lone ESC: dropped, and what follows is read as it is.
          this.state = "text";
          return this.inText(code);
        }
        return false;
      case "escape-intermediate":
        if (code >= 0x20 && code <= 0x2f) return false;
        this.state = "text";
        if (code >= 0x30 && code <= 0x7e) return false;
        return this.inText(code);
      case "csi":
        // Parameters and intermediates (0x20–0x3F) until a final byte (0x40–0x7E).
        if (code >= 0x20 && code <= 0x3f) return false;
        this.state = "text";
        if (code >= 0x40 && code <= 0x7e) return false;
        return this.inText(code);
      case "string":
        if (code === BEL || code === C1_ST) this.state = "text";
        else if (code === ESC) this.state = "string-escape";
        return false;
      case "string-escape":
        if (code === 0x5c) {
          this.state = "text";
          return false;
        }
        // ESC ends the string in any case; it starts a new sequence of its own.
        this.state = "escape";
        return this.step(code);
    }
  }

  private inText(code: number): boolean {
    if (code === ESC) this.state = "escape";
    else if (code === C1_CSI) this.state = "csi";
    else if (code === C1_OSC || code === C1_DCS || code === C1_SOS || code === C1_PM || code === C1_APC)
      this.state = "string";
    else if (code === 0x0a || code === 0x09) return true;
    else if (isControl(code)) return false;
    else return true;
    return false;
  }
}

/**
 * `text` as a terminal may show it: no escape sequence (CSI, OSC, DCS, APC, PM, SOS, or
 * a lone ESC) and no C0 or C1 control character but newline and tab. Everything else,
 * accents, CJK and emoji included, is kept as it is.
 */
export function terminalSafe(text: string): string {
  return new TerminalSafeText().push(text);
}
