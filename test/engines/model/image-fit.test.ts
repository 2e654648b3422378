import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { fitImages } from "../../../src/engines/model/image-fit.js";
import type { TranscriptEntry } from "../../../src/types/transcript.js";

/** A photo-like PNG of noise: it does not compress, so it is as large as its pixels. */
async function noisePng(side: number): Promise<string> {
  const pixels = randomBytes(side * side * 3);
  const png = await sharp(pixels, { raw: { width: side, height: side, channels: 3 } })
    .png()
    .toBuffer();
  return png.toString("base64");
}

function withImage(base64Data: string): TranscriptEntry[] {
  return [
    {
      role: "user",
      text: "Here is the mockup",
      timestamp: "2026-12-01T10:00:00.000Z",
      attachments: [
        { filename: "shot.png", mimeType: "image/png", base64Data, savedAs: "prompts/mockups/shot.png" },
      ],
    },
  ];
}

describe("images over the provider's size limit", () => {
  it("are scaled down to a JPEG that fits, and images within the limit are left alone", async () => {
    const big = await noisePng(900);
    const limit = Math.floor(big.length / 3);
    const small = await noisePng(40);
    const replacements = await fitImages([...withImage(big), ...withImage(small)], limit);
    expect([...replacements.keys()]).toEqual([big]);
    const fitted = replacements.get(big)!;
    if ("leftOut" in fitted) throw new Error(fitted.leftOut);
    expect(fitted.mimeType).toBe("image/jpeg");
    expect(fitted.base64Data.length).toBeLessThanOrEqual(limit);
    const meta = await sharp(Buffer.from(fitted.base64Data, "base64")).metadata();
    expect(meta.format).toBe("jpeg");
  });

  it("are left out with a reason when they cannot be read", async () => {
    const garbage = Buffer.from("not an image at all, just words".repeat(20)).toString("base64");
    const replacements = await fitImages(withImage(garbage), 16);
    expect(replacements.get(garbage)).toEqual({
      leftOut: expect.stringMatching(/shot\.png could not be read/),
    });
  });
});
