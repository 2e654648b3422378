import { readToken } from "../logic/token.js";

const STORAGE_KEY = "specwright.token";

let token: string | null = null;

/**
 * Reads `?token=` once, when the page loads: keeps it in sessionStorage for this tab and
 * takes it out of the address bar. (The server also trades it for a cookie on a page
 * load; keeping it here lets the page present it even where that cookie is not sent.)
 */
export function initAccessToken(): void {
  const stored = safeStorageGet();
  const reading = readToken({ search: window.location.search, stored });
  token = reading.token;
  if (reading.store && reading.token !== null) safeStorageSet(reading.token);
  if (reading.cleanedSearch !== null) {
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${reading.cleanedSearch}${hash}`);
  }
}

export function accessToken(): string | null {
  return token;
}

// Storage can be switched off or full; the token then lasts as long as the page.
function safeStorageGet(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function safeStorageSet(value: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Kept in memory only.
  }
}
