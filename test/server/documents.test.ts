import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createModelEngine } from "../../src/engines/model/index.js";
import { documentEnd, documentHeading } from "../../src/types/documents.js";
import { modelRequests, userTextsIn } from "../engines/model/harness.js";
import { makePdf, makePdfBomb, makeZipBomb } from "../support/documents.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { serversForEachTest } from "./support/harness.js";
import { typesOf } from "./support/ws-client.js";

const start = serversForEachTest();
const providers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
});

const attachment = (filename: string, bytes: Uint8Array, mimeType: string) => ({
  filename,
  mimeType,
  base64Data: Buffer.from(bytes).toString("base64"),
});
const PDF_TYPE = "application/pdf";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function modelServer(replies: ReturnType<typeof reply>[], settings = {}) {
  const provider = await startFakeProvider({ replies });
  providers.push(provider);
  const engine = createModelEngine({
    provider: "anthropic",
    apiKey: "test-key",
    baseUrl: provider.url,
    retryBaseDelayMs: 1,
    retryMaxWaitMs: 20,
  });
  const server = await start({ engine, settings });
  return { provider, ...server };
}

describe("documents over the WebSocket", () => {
  it("sends a PDF's and a Markdown file's text to the model with the person's words, keeps them, and shows them as chips", async () => {
    const { provider, connect, projectsDir } = await modelServer([
      reply().text("Hello! What would you like to build?"),
      reply().text("I read your PRD and your notes. Who lends the money?"),
    ]);
    const client = await connect("/api/spec/ws/loans");
    client.send({ type: "start" });
    await client.turn();
    const pdf = makePdf(["Loan tracker PRD", "Members record loans with a due date."]);
    // Word documents take the same way (the studio's and the terminal's tests send one).
    const notes = Buffer.from("# Notes\n\nAdmins export the loan history to CSV.\n");
    client.send({
      type: "message",
      content: "Here is what I have.",
      attachments: [attachment("PRD.pdf", pdf, PDF_TYPE), attachment("notes.md", notes, "")],
    });
    expect(typesOf(await client.turn()).at(-1)).toBe("response_done");

    const sent = userTextsIn(modelRequests(provider).at(-1)!).at(-1);
    expect(sent).toBe(
      [
        "Here is what I have.",
        "",
        documentHeading("PRD.pdf", "PDF, 2 pages"),
        "Loan tracker PRD",
        "",
        "Members record loans with a due date.",
        documentEnd("PRD.pdf"),
        "",
        documentHeading("notes.md", "Markdown"),
        "# Notes",
        "",
        "Admins export the loan history to CSV.",
        documentEnd("notes.md"),
      ].join("\n"),
    );
    expect((await readdir(join(projectsDir, "loans/.specwright/documents"))).sort()).toEqual([
      "PRD.pdf",
      "PRD.pdf.txt",
      "notes.md",
      "notes.md.txt",
    ]);
    // Not in prompts/: the coding agent's folder holds only the spec.
    expect(await readdir(join(projectsDir, "loans/prompts"))).not.toContain("PRD.pdf");

    // Another window (a reload) sees the person's words with a chip per document.
    const other = await connect("/api/spec/ws/loans");
    other.send({ type: "resume" });
    const history = await other.nextFrame();
    expect(history.type === "history" && history.messages[1]).toEqual({
      role: "user",
      content: "Here is what I have.",
      timestamp: expect.any(String),
      documents: [
        {
          filename: "PRD.pdf",
          kind: "pdf",
          size: pdf.length,
          saved_as: ".specwright/documents/PRD.pdf",
          characters: 55,
          pages: 2,
        },
        {
          filename: "notes.md",
          kind: "markdown",
          size: notes.length,
          saved_as: ".specwright/documents/notes.md",
          characters: 47,
        },
      ],
    });
  });

  it("refuses a file that is no document, one too large and a zip bomb with their codes, and carries on", async () => {
    const { provider, connect } = await modelServer([reply().text("Hello!"), reply().text("Got it.")], {
      documentLimits: { maxBytes: 2 * 1024 * 1024 },
    });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const refusalOf = async (attached: ReturnType<typeof attachment>) => {
      client.send({ type: "message", content: "Here it is.", attachments: [attached] });
      return client.nextFrame();
    };
    expect(await refusalOf(attachment("prd.pdf", png, PDF_TYPE))).toEqual({
      type: "error",
      content: expect.stringMatching(
        /^"prd\.pdf" is an image, not a document Specwright reads .*: attach it as an image/,
      ),
      code: "document_unsupported",
      retryable: false,
    });
    expect(await refusalOf(attachment("big.pdf", Buffer.alloc(3 * 1024 * 1024, 0x20), PDF_TYPE))).toEqual({
      type: "error",
      content: expect.stringContaining("larger than the 2 MiB a document may be"),
      code: "document_too_large",
      retryable: false,
    });
    // A GiB of spaces in 1 MiB: refused from what it expands to, without expanding it all.
    expect(await refusalOf(attachment("bomb.docx", makeZipBomb(1024), DOCX_TYPE))).toEqual({
      type: "error",
      content: expect.stringContaining("expand to more than 64 MiB"),
      code: "document_unreadable",
      retryable: false,
    });
    expect(await client.framesBeforePong()).toEqual([]);
    client.send({ type: "message", content: "A recipe app." });
    expect(typesOf(await client.turn()).at(-1)).toBe("response_done");
    expect(modelRequests(provider)).toHaveLength(2);
  });

  it("keeps serving while a hostile PDF is read, and gives up on it at the time limit", async () => {
    const { connect, server } = await modelServer([reply().text("Hello!")], {
      documentLimits: { readTimeoutMs: 1_000, maxExpandedBytes: 1024 * 1024 * 1024 },
    });
    const client = await connect("/api/spec/ws/demo");
    client.send({ type: "start" });
    await client.turn();
    // Within the expansion limit set here, but PDF.js would spend far longer than 1 s on its 512 MiB page.
    client.send({
      type: "message",
      content: "",
      attachments: [attachment("slow.pdf", makePdfBomb(512), PDF_TYPE)],
    });
    // Meanwhile the same socket and the rest of the server answer: the reading is in a worker.
    expect(await client.framesBeforePong()).toEqual([]);
    const health = await server.app.inject({ method: "GET", url: "/api/health" });
    expect(health.statusCode).toBe(200);
    client.send({ type: "message", content: "second" });
    expect(await client.nextFrame()).toMatchObject({ type: "error", code: "busy" });
    expect(await client.nextFrame()).toMatchObject({
      type: "error",
      code: "document_unreadable",
      content: expect.stringContaining("took longer than 1 s"),
    });
  });
});
