/**
 * The access token a server started with `--token` wants. A person opens the page with
 * `?token=…`; the page keeps it for the tab (sessionStorage) and takes it out of the
 * address, so it does not linger in history or get shared with a copied link.
 */
export interface TokenPlace {
  search: string;
  stored: string | null;
}

export interface TokenReading {
  token: string | null;
  /** The query string to put in the address instead, or null when it need not change. */
  cleanedSearch: string | null;
  /** Whether the token is new and should be stored. */
  store: boolean;
}

export function readToken(place: TokenPlace): TokenReading {
  const params = new URLSearchParams(place.search);
  const fromAddress = params.get("token");
  if (fromAddress === null) return { token: place.stored, cleanedSearch: null, store: false };
  params.delete("token");
  const rest = params.toString();
  const token = fromAddress.length > 0 ? fromAddress : place.stored;
  return { token, cleanedSearch: rest.length > 0 ? `?${rest}` : "", store: fromAddress.length > 0 };
}
