import mammoth from "mammoth";
import type { ExtractJob, ExtractResult } from "./extract-job.js";

/**
 * A Word document's text, with mammoth: paragraphs (headings, list items and table
 * cells each one) separated by blank lines. Only the document's own parts are read;
 * mammoth follows no link to a file or an address outside it.
 */
export async function docxText(job: ExtractJob): Promise<ExtractResult> {
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(job.bytes) });
    const text = result.value.replace(/\n{3,}/g, "\n\n").trim();
    return { ok: true, text };
  } catch (error) {
    return {
      ok: false,
      reason: "damaged",
      message: `it is not a Word document that can be read (${(error as Error).message})`,
    };
  }
}
