/** Where a project's unsent message is kept in the browser, so a reload or Back does not lose it. */
export function draftKey(projectName: string): string {
  return `specwright.draft.${projectName}`;
}

/** The small part of the Web Storage interface the draft needs. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The kept draft, or "" when there is none or storage is unavailable (switched off, say). */
export function readDraft(storage: DraftStorage | null, projectName: string): string {
  try {
    return storage?.getItem(draftKey(projectName)) ?? "";
  } catch {
    return "";
  }
}

/** Keeps the draft; a blank one is removed rather than stored. A full or disabled storage keeps nothing. */
export function writeDraft(storage: DraftStorage | null, projectName: string, text: string): void {
  try {
    if (text.trim().length === 0) storage?.removeItem(draftKey(projectName));
    else storage?.setItem(draftKey(projectName), text);
  } catch {
    // The draft lasts as long as the page.
  }
}
