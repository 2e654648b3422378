import { describe, expect, it } from "vitest";
import { DEFAULT_SERVER_LIMITS } from "../../../src/config.js";
import {
  ATTACHMENT_LIMITS,
  attachmentFilename,
  base64FromDataUrl,
  formatBytes,
  sortAttachments,
} from "../../../web/src/logic/attachments.js";

const image = (name: string, size = 1_000, type = "image/png") => ({ name, size, type });

describe("checking images before they are sent", () => {
  it("accepts PNG, JPEG, GIF and WebP", () => {
    const files = [
      image("a.png"),
      image("b.jpg", 10, "image/jpeg"),
      image("c.gif", 10, "image/gif"),
      image("d.webp", 10, "image/webp"),
    ];
    const sorting = sortAttachments(files, 0);
    expect(sorting.refused).toEqual([]);
    expect(sorting.accepted.map((accepted) => accepted.mimeType)).toEqual([
      "image/png",
      "image/jpeg",
      "image/gif",
      "image/webp",
    ]);
  });

  it("refuses other types with a reason that names the file and the types that work", () => {
    const sorting = sortAttachments(
      [image("archive.zip", 10, "application/zip"), image("pic.svg", 10, "image/svg+xml")],
      0,
    );
    expect(sorting.accepted).toEqual([]);
    expect(sorting.refused.map((refusal) => refusal.name)).toEqual(["archive.zip", "pic.svg"]);
    expect(sorting.refused[0]!.reason).toContain("“archive.zip”");
    expect(sorting.refused[0]!.reason).toContain("PNG, JPEG, GIF or WebP");
    expect(sorting.refused[0]!.reason).toContain("Markdown, text, PDF or Word (.docx)");
  });

  it("takes documents by their type or, when the browser declares none, by their name", () => {
    const sorting = sortAttachments(
      [
        image("prd.pdf", 10, "application/pdf"),
        image("notes.md", 10, ""),
        image("spec.docx", 10, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        image("todo.txt", 10, "text/plain"),
      ],
      0,
    );
    expect(sorting.refused).toEqual([]);
    expect(sorting.accepted.map(({ mimeType, document }) => [mimeType, document])).toEqual([
      ["application/pdf", "pdf"],
      ["text/markdown", "markdown"],
      ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
      ["text/plain", "text"],
    ]);
  });

  it("lets a document be 10 MiB, twice an image", () => {
    const sorting = sortAttachments(
      [
        image("fits.pdf", ATTACHMENT_LIMITS.maxDocumentBytes, "application/pdf"),
        image("big.pdf", ATTACHMENT_LIMITS.maxDocumentBytes + 1, "application/pdf"),
      ],
      0,
    );
    expect(sorting.accepted.map((accepted) => accepted.filename)).toEqual(["fits.pdf"]);
    expect(sorting.refused[0]!.reason).toBe("“big.pdf” is 10.0 MB; each document can be at most 10 MB.");
  });

  it("refuses an image over 5 MiB and keeps one of exactly 5 MiB", () => {
    const sorting = sortAttachments(
      [image("exact.png", ATTACHMENT_LIMITS.maxBytes), image("big.png", ATTACHMENT_LIMITS.maxBytes + 1)],
      0,
    );
    expect(sorting.accepted.map((accepted) => accepted.filename)).toEqual(["exact.png"]);
    expect(sorting.refused[0]!.reason).toBe("“big.png” is 5.0 MB; each image can be at most 5 MB.");
  });

  it("refuses an empty file", () => {
    expect(sortAttachments([image("blank.png", 0)], 0).refused[0]!.reason).toBe("“blank.png” is empty.");
  });

  it("keeps at most five per message, counting those already waiting", () => {
    const files = [image("1.png"), image("2.png"), image("3.png")];
    const sorting = sortAttachments(files, 3);
    expect(sorting.accepted.map((accepted) => accepted.filename)).toEqual(["1.png", "2.png"]);
    expect(sorting.refused).toEqual([
      { name: "3.png", reason: "“3.png” was left out: at most 5 files go with one message." },
    ]);
  });

  it("keeps the files of one message within what one frame carries, counting those already waiting", () => {
    const tenMiB = 10 * 1024 * 1024;
    const pdf = (name: string) => image(name, tenMiB, "application/pdf");
    // Five documents of 10 MiB are each allowed, but 50 MiB in base64 is over a 40 MiB frame.
    const sorting = sortAttachments([pdf("a.pdf"), pdf("b.pdf"), pdf("c.pdf"), image("small.png")], 0);
    expect(sorting.accepted.map((accepted) => accepted.filename)).toEqual(["a.pdf", "b.pdf", "small.png"]);
    expect(sorting.refused).toEqual([
      {
        name: "c.pdf",
        reason:
          "“c.pdf” was left out: the files of one message can add up to at most 28 MB. Send it with your next message.",
      },
    ]);
    // What already waits in the tray counts too.
    expect(
      sortAttachments([pdf("d.pdf")], 2, 20 * 1024 * 1024).refused.map((refusal) => refusal.name),
    ).toEqual(["d.pdf"]);
    // Base64 of the largest message allowed, with a long text, still fits the default frame.
    expect(Math.ceil(ATTACHMENT_LIMITS.maxTotalBytes / 3) * 4 + 1024 * 1024).toBeLessThan(
      DEFAULT_SERVER_LIMITS.maxFrameBytes,
    );
  });

  it("names pasted images that come without a name", () => {
    expect(attachmentFilename(image("", 10, "image/png"), 0)).toBe("pasted-image-1.png");
    expect(attachmentFilename(image("  ", 10, "image/jpeg"), 2)).toBe("pasted-image-3.jpg");
  });

  it("shortens a name over 255 characters but keeps its extension", () => {
    const name = `${"x".repeat(300)}.webp`;
    const shortened = attachmentFilename(image(name, 10, "image/webp"), 0);
    expect(shortened).toHaveLength(255);
    expect(shortened.endsWith(".webp")).toBe(true);
  });

  it("takes the raw base64 out of a data URL", () => {
    expect(base64FromDataUrl("data:image/png;base64,iVBORw0KGgo=")).toBe("iVBORw0KGgo=");
    expect(base64FromDataUrl("iVBORw0KGgo=")).toBe("iVBORw0KGgo=");
  });

  it("writes sizes for people", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(2_048)).toBe("2 KB");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5 MB");
    expect(formatBytes(7.25 * 1024 * 1024)).toBe("7.3 MB");
  });
});
