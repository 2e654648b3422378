/**
 * The close code for a connection over the server's caps: 1013, "Try Again Later"
 * (RFC 6455 §7.4.2, IANA's registry). A page reconnects after it, with its back-off.
 */
export const TRY_AGAIN_LATER = 1013;

/** What a connection cap needs to know of each open connection. */
export interface CountedConnection {
  readonly remoteAddress: string;
}

/**
 * Why one more WebSocket connection from `address` cannot be had, or null when it can:
 * every open one holds a socket, a frame handler and its buffers, so their number is
 * capped, in all and from one address (all of a person's tabs share 127.0.0.1).
 */
export function connectionRefusal(
  open: Iterable<CountedConnection>,
  address: string,
  limits: { maxConnections: number; maxConnectionsPerAddress: number },
): string | null {
  let total = 0;
  let fromAddress = 0;
  for (const connection of open) {
    total += 1;
    if (connection.remoteAddress === address) fromAddress += 1;
  }
  if (total >= limits.maxConnections)
    return `Too many connections: the server takes at most ${limits.maxConnections} at once; try again later`;
  if (fromAddress >= limits.maxConnectionsPerAddress)
    return `Too many connections from your address: at most ${limits.maxConnectionsPerAddress} at once; close another tab or try again later`;
  return null;
}
