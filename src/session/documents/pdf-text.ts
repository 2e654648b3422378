import type { ExtractJob, ExtractResult } from "./extract-job.js";

/** One piece of a page's text as PDF.js reports it (TextItem in pdfjs-dist's display/api). */
interface TextPiece {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

function isTextPiece(item: unknown): item is TextPiece {
  return typeof item === "object" && item !== null && typeof (item as TextPiece).str === "string";
}

/**
 * Lays a page's pieces out as lines: a piece lower or higher than the one before starts
 * a new line, a gap on the same line becomes a space. PDF.js marks most line ends
 * itself (`hasEOL`); the positions catch those it does not.
 */
class PageText {
  private text = "";
  private lastY: number | null = null;
  private lastEnd = 0;

  add(piece: TextPiece): void {
    const x = Number(piece.transform[4] ?? 0);
    const y = Number(piece.transform[5] ?? 0);
    const size = Math.abs(Number(piece.transform[3] ?? 0)) || piece.height || 10;
    if (this.lastY !== null && !this.text.endsWith("\n")) {
      if (Math.abs(y - this.lastY) > size * 0.5) this.text += "\n";
      else if (x - this.lastEnd > size * 0.15 && !/\s$/.test(this.text) && !/^\s/.test(piece.str))
        this.text += " ";
    }
    this.text += piece.str;
    if (piece.hasEOL) this.text += "\n";
    this.lastY = y;
    this.lastEnd = x + piece.width;
  }

  get length(): number {
    return this.text.length;
  }

  toString(): string {
    return this.text.replace(/[ \t]+\n/g, "\n").trim();
  }
}

/**
 * A PDF's text, page by page, with PDF.js (the legacy build, which runs in Node without
 * a browser; its own worker is replaced by one running in this thread, which is itself
 * the reading worker). Nothing is drawn, no font is loaded, nothing is evaluated as
 * code; reading stops at the page limit and once `maxCharacters` are in hand.
 */
export async function pdfText(job: ExtractJob): Promise<ExtractResult> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data: job.bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException")
      return { ok: false, reason: "password", message: "it is protected by a password" };
    return {
      ok: false,
      reason: "damaged",
      message: `it is not a PDF that can be read (${(error as Error).message})`,
    };
  }
  try {
    const pages: string[] = [];
    let characters = 0;
    const last = Math.min(document.numPages, job.maxPages);
    for (let number = 1; number <= last && characters <= job.maxCharacters; number++) {
      const page = await document.getPage(number);
      const text = new PageText();
      const reader = page.streamTextContent().getReader();
      while (characters + text.length <= job.maxCharacters) {
        const chunk = await reader.read();
        if (chunk.done) break;
        for (const item of (chunk.value as { items: unknown[] }).items) if (isTextPiece(item)) text.add(item);
      }
      await reader.cancel().catch(() => {});
      page.cleanup();
      const shown = text.toString();
      pages.push(shown);
      characters += shown.length + 2;
    }
    return { ok: true, text: pages.join("\n\n").trim(), pages: document.numPages, pagesRead: pages.length };
  } finally {
    await document.destroy().catch(() => {});
  }
}
