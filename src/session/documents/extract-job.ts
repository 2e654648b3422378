/** What the main thread asks a reading worker to do, and what it answers (document-worker.ts). */
export interface ExtractJob {
  kind: "pdf" | "docx";
  bytes: Uint8Array;
  /** PDF pages beyond this are not read. */
  maxPages: number;
  /** Reading stops once this much text is in hand (the caller cuts it and says so). */
  maxCharacters: number;
}

export type ExtractResult =
  | {
      ok: true;
      text: string;
      /** A PDF's number of pages. */
      pages?: number;
      /** How many of them were read (fewer when the page or text limit was reached). */
      pagesRead?: number;
    }
  | { ok: false; reason: "password" | "damaged"; message: string };
