import { useCallback, useState } from "react";
import { type DraftStorage, readDraft, writeDraft } from "../logic/draft.js";

function localStorageOrNull(): DraftStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The message box's text, kept in the browser's localStorage per project: it comes back
 * after a reload, Back, or closing the tab, and goes once the message is sent (the
 * caller sets it to "").
 */
export function useDraft(projectName: string): [string, (text: string) => void] {
  const [draft, setDraftState] = useState(() => readDraft(localStorageOrNull(), projectName));
  const setDraft = useCallback(
    (text: string) => {
      setDraftState(text);
      writeDraft(localStorageOrNull(), projectName, text);
    },
    [projectName],
  );
  return [draft, setDraft];
}

/** Removes a project's kept draft (the project was deleted). */
export function forgetDraft(projectName: string): void {
  writeDraft(localStorageOrNull(), projectName, "");
}
