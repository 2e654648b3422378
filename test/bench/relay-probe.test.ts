import { once } from "node:events";
import { writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fillStamp, stampPlaceholder } from "../../bench/support/chunk-stamp.js";
import { LongProcess } from "../../bench/support/long-process.js";
import { prepareRelayProbe, RelayProbe, summarizeRelay } from "../../bench/support/relay-probe-control.js";
import { sharedClockUs } from "../../bench/support/shared-clock.js";
import { withTempDir } from "../../bench/support/temp-dir.js";

/**
 * A relay in the small, as the server is one in the large: it serves a socket, and for
 * each client fetches the provider's stream and writes every whole SSE event to that
 * client, twice (as a later request to the provider would carry the text again).
 */
const RELAY = `
import { createServer } from "node:net";
const server = createServer(async (client) => {
  const response = await fetch(process.env.PROVIDER_URL);
  let buffered = "";
  for await (const bytes of response.body) {
    buffered += Buffer.from(bytes).toString("utf8");
    let end = buffered.indexOf("\\n\\n");
    while (end >= 0) {
      const event = buffered.slice(0, end + 2);
      buffered = buffered.slice(end + 2);
      client.write(event);
      client.write(Buffer.from(event));
      end = buffered.indexOf("\\n\\n");
    }
  }
  client.end();
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

let provider: Server | null = null;
afterEach(async () => {
  provider?.close();
  provider = null;
});

describe("the relay probe", () => {
  it("times each stamped chunk from the server's read to the client's socket, once, even when a read cuts the stamp", async () => {
    provider = createServer(async (_request, response) => {
      const arrival = sharedClockUs();
      const events = [0, 1, 2].map(
        (chunk) => `data: {"text":"${stampPlaceholder(arrival)}words ${chunk}"}\n\n`,
      );
      // A length rather than chunked encoding, so a write cut in two reaches the relay as two plain reads.
      response.writeHead(200, {
        "content-type": "text/event-stream",
        "content-length": Buffer.byteLength(events.join("")),
      });
      for (const [chunk, placeholder] of events.entries()) {
        const event = fillStamp(placeholder, sharedClockUs());
        if (chunk === 1) {
          // The stamp cut in two reads: its first half, then the rest a moment later.
          const cut = event.indexOf("~") + 10;
          response.write(event.slice(0, cut));
          await new Promise((resolve) => setTimeout(resolve, 50));
          response.write(event.slice(cut));
        } else response.write(event);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      response.end();
    });
    provider.listen(0, "127.0.0.1");
    await once(provider, "listening");
    const address = provider.address();
    if (address === null || typeof address === "string") throw new Error("no port");

    await withTempDir(async (dir) => {
      const setup = await prepareRelayProbe(dir);
      const script = join(dir, "relay.mjs");
      await writeFile(script, RELAY);
      const { process: relay, firstLine } = await LongProcess.start(
        "relay",
        process.execPath,
        [...setup.nodeOptions, script],
        { env: { ...process.env, ...setup.env, PROVIDER_URL: `http://127.0.0.1:${address.port}/` } },
      );
      try {
        const probe = new RelayProbe(setup, relay.pid);
        await probe.mark();
        const client = connect(Number(firstLine), "127.0.0.1");
        let received = "";
        client.on("data", (bytes: Buffer) => {
          received += bytes.toString("utf8");
        });
        await once(client, "end");
        expect(received.match(/words/g)).toHaveLength(6);
        const dump = await probe.mark();
        const arrival = dump.arrivalUs[0]!;
        expect(dump.arrivalUs).toEqual([arrival, arrival, arrival]);
        const relayed = summarizeRelay(dump, new Set([arrival]));
        expect(relayed.chunks).toBe(3);
        expect(relayed.unsent).toBe(0);
        expect(relayed.inServerMs.count).toBe(3);
        expect(relayed.beforeReadMs.count).toBe(3);
        expect(relayed.firstReplyInServerMs?.count).toBe(3);
        expect(relayed.laterRepliesInServerMs?.count).toBe(0);
        expect(relayed.loopUtilization).toBeGreaterThanOrEqual(0);
      } finally {
        await relay.stop();
      }
    });
  });
});
