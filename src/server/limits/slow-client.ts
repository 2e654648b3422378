/**
 * The close code for a client that stopped reading: 1008, "Policy Violation" (RFC 6455
 * §7.4.1). It is no final refusal: the page reconnects, sends `resume`, and is shown
 * the interview as it stands, since the session went on without it.
 */
export const CLIENT_TOO_SLOW = 1008;

export function tooSlowReason(maxSendBufferBytes: number): string {
  return `Too far behind: more than ${maxSendBufferBytes} bytes were waiting to be sent; reconnect to carry on`;
}

/**
 * Whether a client is too far behind to send it more: what it has not taken yet (the
 * socket's `bufferedAmount`, queued in the process past what the kernel holds, and the
 * text held back to be joined into its next frame) is over the cap. Checked before each
 * frame, so one large frame (a long history) still goes out whole to a client that keeps
 * reading; only one that lets frames pile up is let go.
 */
export function isTooFarBehind(queuedBytes: number, maxSendBufferBytes: number): boolean {
  return queuedBytes > maxSendBufferBytes;
}
