import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { activityReportingFetch, reportActivity } from "../../../src/engines/model/provider-activity.js";

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

/**
 * A server that sends `chunks` pieces of an event stream, one every few milliseconds;
 * `?tag=x` puts `x` in every piece, so each caller can tell its own bytes.
 */
async function tricklingServer(chunks: number): Promise<string> {
  const server = createServer((request, response) => {
    const tag = new URL(request.url ?? "/", "http://127.0.0.1").searchParams.get("tag") ?? "ping";
    response.writeHead(200, { "content-type": "text/event-stream" });
    let sent = 0;
    const timer = setInterval(() => {
      response.write(`event: ping\ndata: {"type": "${tag}"}\n\n`);
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

/** Reads a body chunk by chunk, noting how many times `seen()` moved during each of its reads. */
async function readCounting(
  response: Response,
  seen: () => number,
): Promise<{ text: string; chunks: number }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text, chunks };
    text += decoder.decode(value, { stream: true });
    chunks++;
    expect(seen()).toBeGreaterThanOrEqual(chunks);
  }
}

describe("signs of life from the provider", () => {
  it("are reported for every chunk of the body, pings included, to the step that asked", async () => {
    const url = await tricklingServer(4);
    const signal = new AbortController().signal;
    let seen = 0;
    const stop = reportActivity(signal, () => seen++);
    const body = await (await activityReportingFetch(url, { signal })).text();
    stop();
    expect(body.match(/ping/g)?.length).toBe(8);
    expect(seen).toBeGreaterThanOrEqual(5);
  });

  it("are not reported for a request without the step's signal, nor after the step stopped listening", async () => {
    const url = await tricklingServer(2);
    const signal = new AbortController().signal;
    let seen = 0;
    const stop = reportActivity(signal, () => seen++);
    await (await activityReportingFetch(url)).text();
    await (await activityReportingFetch(url, { signal: new AbortController().signal })).text();
    stop();
    await (await activityReportingFetch(url, { signal })).text();
    expect(seen).toBe(0);
  });

  it("go only to the step whose request received them, with two streaming at once", async () => {
    const url = await tricklingServer(6);
    const first = new AbortController().signal;
    const second = new AbortController().signal;
    let firstSeen = 0;
    let secondSeen = 0;
    const stops = [reportActivity(first, () => firstSeen++), reportActivity(second, () => secondSeen++)];
    const [a, b] = await Promise.all([
      activityReportingFetch(`${url}?tag=first`, { signal: first }).then((r) =>
        readCounting(r, () => firstSeen),
      ),
      activityReportingFetch(`${url}?tag=second`, { signal: second }).then((r) =>
        readCounting(r, () => secondSeen),
      ),
    ]);
    for (const stop of stops) stop();
    expect(a.text).not.toContain("second");
    expect(b.text).not.toContain("first");
    // One report when the headers come, then one per chunk read: nothing from the other stream.
    expect(firstSeen).toBe(a.chunks + 1);
    expect(secondSeen).toBe(b.chunks + 1);
  });
});
