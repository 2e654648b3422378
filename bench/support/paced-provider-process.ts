/**
 * The paced provider (paced-provider.ts) as a process of its own, so its work does not
 * count against the server's or the clients':
 *
 *   node --import tsx bench/support/paced-provider-process.ts --mode stream \
 *     --first-token-ms 50 --chunk-tokens 20 --chunk-ms 50 --reply-chunks 40
 *
 * The first line on stdout is its URL. It exits when its stdin closes or on SIGTERM, so
 * it cannot outlive the benchmark that started it.
 */
import { choiceList, nonNegativeInteger, positiveInteger, readFlags } from "./flags.js";
import { type PacedMode, PacedProvider } from "./paced-provider.js";

const MODES: readonly PacedMode[] = ["stream", "standard"];

const flags = readFlags("node --import tsx bench/support/paced-provider-process.ts [options]", {
  mode: { default: "stream", help: `what it answers: ${MODES.join(", ")}` },
  "first-token-ms": { default: "50", help: "from reading a request to its first content delta" },
  "chunk-tokens": { default: "20", help: "tokens per content delta" },
  "chunk-ms": { default: "50", help: "between content deltas; 0 for as fast as the socket takes them" },
  "reply-chunks": { default: "40", help: "text chunks per reply (stream mode)" },
});

const provider = await PacedProvider.start(choiceList("mode", flags.mode, MODES)[0]!, {
  firstTokenMs: nonNegativeInteger("first-token-ms", flags["first-token-ms"]),
  chunkTokens: positiveInteger("chunk-tokens", flags["chunk-tokens"]),
  chunkMs: nonNegativeInteger("chunk-ms", flags["chunk-ms"]),
  replyChunks: positiveInteger("reply-chunks", flags["reply-chunks"]),
});
process.stdout.write(`${provider.url}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await provider.close();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
process.stdin.once("end", stop);
process.stdin.once("close", stop);
process.stdin.resume();
