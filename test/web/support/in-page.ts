/**
 * The few browser globals that code run inside the page (`page.evaluate`) touches. The
 * tests compile without the DOM library, so such code reads them from `globalThis`
 * through this type; the cast leaves nothing behind when the function is sent to the page.
 */
export interface InPage {
  document: {
    querySelector(selector: string): { dataset: Record<string, string | undefined> } | null;
    querySelectorAll(selector: string): { length: number };
    activeElement: { id: string; dispatchEvent(event: unknown): boolean } | null;
  };
  requestAnimationFrame(callback: () => void): number;
  atob(base64: string): string;
  DataTransfer: new () => { items: { add(file: unknown): unknown } };
  File: new (parts: unknown[], name: string, options: { type: string }) => unknown;
  ClipboardEvent: new (
    type: string,
    init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean },
  ) => unknown;
  /** Set only if text from the model ever ran as script. */
  __injected?: number;
}
