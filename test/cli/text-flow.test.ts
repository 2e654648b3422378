import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { TextFlow } from "../../src/cli/text-flow.js";

function flowed(chunks: string[], width = 20): string {
  const out = new PassThrough();
  let written = "";
  out.on("data", (data: Buffer) => {
    written += data.toString();
  });
  const flow = new TextFlow(out, width, "| ", 2, (text) => `<${text}>`);
  for (const chunk of chunks) flow.write(chunk);
  flow.end();
  out.end();
  return written;
}

describe("TextFlow", () => {
  it("wraps words at the width behind the prefix", () => {
    expect(flowed(["one two three four five six"])).toBe("| one two three four\n| five six\n");
  });

  it("keeps words whole when chunks split them", () => {
    expect(flowed(["one tw", "o thr", "ee"])).toBe("| one two three\n");
  });

  it("shows **bold** as emphasis, even when a marker is split across chunks", () => {
    expect(flowed(["a *", "*big", "** deal"])).toBe("| a <big> deal\n");
    expect(flowed(["**two words** here"])).toBe("| <two> <words> here\n");
  });

  it("strips a model's escape sequences, even split across chunks, before adding its emphasis", () => {
    const ESC = "\u001b";
    expect(flowed([`a ${ESC}]0;ti`, `tle\u0007**b${ESC}[`, "2Jig** ", `${ESC}[31mdeal\r`])).toBe(
      "| a <big> deal\n",
    );
    expect(flowed(["crème 菜谱 🍝"])).toBe("| crème 菜谱 🍝\n");
  });

  it("keeps the person's line breaks", () => {
    expect(flowed(["line one\n\nline two"])).toBe("| line one\n| \n| line two\n");
  });
});
