import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { activityReportingFetch, whileReceiving } from "../../../src/engines/model/provider-activity.js";

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/** A server that sends `chunks` pieces of an event stream, one every few milliseconds. */
async function tricklingServer(chunks: number): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/event-stream" });
    let sent = 0;
    const timer = setInterval(() => {
      response.write('event: ping\ndata: {"type": "ping"}\n\n');
      if (++sent === chunks) {
        clearInterval(timer);
        response.end();
      }
    }, 5);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe("signs of life from the provider", () => {
  it("are reported for every chunk of the body, pings included, to the step that asked", async () => {
    const url = await tricklingServer(4);
    let seen = 0;
    const body = await whileReceiving(
      () => seen++,
      async () => (await activityReportingFetch(url)).text(),
    );
    expect(body.match(/ping/g)?.length).toBe(8);
    expect(seen).toBeGreaterThanOrEqual(5);
  });

  it("are not reported outside a step", async () => {
    const url = await tricklingServer(2);
    let seen = 0;
    await whileReceiving(
      () => seen++,
      async () => {},
    );
    await (await activityReportingFetch(url)).text();
    expect(seen).toBe(0);
  });
});
