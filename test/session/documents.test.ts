import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createClaudeCodeEngine } from "../../src/engines/claude-code/index.js";
import { createGuidedEngine } from "../../src/engines/guided/index.js";
import { sniffDocument } from "../../src/session/documents/sniff-document.js";
import {
  DEFAULT_SKILL_PATH,
  DocumentReader,
  FrameHandler,
  SessionRegistry,
  SpecChatSession,
  sendMessageWithDocuments,
} from "../../src/session/index.js";
import { documentEnd, documentHeading } from "../../src/types/documents.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { askPermission, type QueryScript, scriptedSdk } from "../engines/claude-code/scripted-sdk.js";
import {
  assistantText,
  assistantToolUse,
  init,
  messageStart,
  result,
  status,
  textDelta,
} from "../engines/claude-code/sdk-messages.js";
import { makeDocx, makePdf, makePdfBomb, makeZip, makeZipBomb } from "../support/documents.js";
import { collect } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const MiB = 1024 * 1024;

const file = (filename: string, bytes: Uint8Array | string, declaredType = "") => ({
  filename,
  declaredType,
  bytes: typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes,
});

const attachment = (filename: string, bytes: Uint8Array | string, mimeType = "") => ({
  filename,
  mimeType,
  base64Data: Buffer.from(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes).toString("base64"),
});

describe("reading a person's documents", () => {
  it("tells a document's kind from its bytes rather than its name, and reads text in the encodings editors save", async () => {
    // PDF and Word are read in a worker (the WebSocket, terminal and page tests read them); the kind is the bytes'.
    expect(sniffDocument(makePdf(["x"]), "notes.txt", "text/plain")).toEqual({ kind: "pdf" });
    expect(sniffDocument(makeDocx(["x"]), "prd.bin", "")).toMatchObject({ kind: "docx" });
    const reader = new DocumentReader();
    expect(await reader.read(file("notes.md", "# Notes\r\n\r\n- export to CSV\r\n"))).toMatchObject({
      ok: true,
      document: { kind: "markdown", text: "# Notes\n\n- export to CSV", cut: null },
    });
    // A browser may declare a Markdown file as text/markdown whatever it is called.
    expect(await reader.read(file("notes", "# Notes", "text/markdown"))).toMatchObject({
      document: { kind: "markdown" },
    });
    // Windows-1252 from an older editor, and UTF-16 with its byte order mark.
    expect(await reader.read(file("old.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9])))).toMatchObject({
      document: { kind: "text", text: "café" },
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Über", "utf16le")]);
    expect(await reader.read(file("wide.txt", utf16))).toMatchObject({ document: { text: "Über" } });
  });

  it("refuses what is no document with its code, whatever its name says", async () => {
    const reader = new DocumentReader({ maxBytes: 64 * 1024 });
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    expect(await reader.read(file("prd.pdf", png))).toMatchObject({
      ok: false,
      code: "document_unsupported",
      reason: expect.stringContaining("an image"),
    });
    const spreadsheet = makeZip([{ name: "xl/workbook.xml", data: "<workbook/>" }]);
    expect(await reader.read(file("budget.docx", spreadsheet))).toMatchObject({
      ok: false,
      code: "document_unsupported",
      reason: expect.stringContaining("not a Word document"),
    });
    expect(await reader.read(file("tool.txt", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2])))).toMatchObject(
      {
        code: "document_unsupported",
      },
    );
    expect(await reader.read(file("big.md", "x".repeat(64 * 1024 + 1)))).toMatchObject({
      code: "document_too_large",
      reason: expect.stringContaining("more than the 64 KiB a document may be"),
    });
  });

  it("refuses a zip bomb and a PDF bomb by what they expand to, before any reader sees them", async () => {
    const reader = new DocumentReader({ maxExpandedBytes: 8 * MiB });
    // A GiB of spaces inside a 1 MiB Word document that claims its part is 1 KiB.
    const zipBomb = makeZipBomb(1024);
    expect(zipBomb.length).toBeLessThan(1.1 * MiB);
    expect(await reader.read(file("bomb.docx", zipBomb))).toMatchObject({
      ok: false,
      code: "document_unreadable",
      reason: expect.stringContaining("expand to more than 8 MiB"),
    });
    const pdfBomb = makePdfBomb(1024);
    expect(await reader.read(file("bomb.pdf", pdfBomb))).toMatchObject({
      ok: false,
      code: "document_unreadable",
      reason: expect.stringContaining("expand to more than 8 MiB"),
    });
  });

  it("cuts long text at the limit and a PDF's pages past the page limit, saying so", async () => {
    const reader = new DocumentReader({ maxCharacters: 60, maxPages: 2 });
    const long = await reader.read(file("long.md", `${"word ".repeat(30)}END`));
    expect(long).toMatchObject({
      ok: true,
      document: { cut: expect.stringContaining("at most 60 characters") },
    });
    if (long.ok) expect(long.document.text.length).toBeLessThanOrEqual(60);
    const pages = await reader.read(file("three.pdf", makePdf(["one", "two", "three"])));
    expect(pages).toMatchObject({
      ok: true,
      document: { pages: 3, text: "one\n\ntwo", cut: "Only the first 2 pages of 3 pages were read." },
    });
  });
});

describe("documents in an interview", () => {
  it("keeps each document and its text in .specwright/documents/, the guided interviewer reads it as typed, and history shows chips", async () => {
    const projectsDir = await tempDir();
    const session = new SpecChatSession({
      projectName: "loans",
      projects: new ProjectRegistry(projectsDir),
      engine: createGuidedEngine(),
    });
    await collect(session.start());
    const prd = Buffer.from("A lending club tracks loans between members.\n\nThere is no mobile app.\n");
    const intake = { reader: new DocumentReader(), maxAttachments: 5 };
    const frames = await collect(
      await sendMessageWithDocuments(session, "Here is my PRD.", [attachment("Loan PRD.md", prd)], intake),
    );
    expect(frames.at(-1)).toEqual({ type: "response_done" });
    const folder = join(projectsDir, "loans/.specwright/documents");
    expect((await readdir(folder)).sort()).toEqual(["Loan-PRD.md", "Loan-PRD.md.txt"]);
    expect(await readFile(join(folder, "Loan-PRD.md"))).toEqual(prd);
    expect(await readFile(join(folder, "Loan-PRD.md.txt"), "utf8")).toBe(
      "A lending club tracks loans between members.\n\nThere is no mobile app.\n",
    );
    const entry = session.getMessages()[2];
    expect(entry).toMatchObject({
      role: "user",
      typed: "Here is my PRD.",
      text: [
        "Here is my PRD.",
        "",
        documentHeading("Loan PRD.md", "Markdown"),
        "A lending club tracks loans between members.",
        "",
        "There is no mobile app.",
        documentEnd("Loan PRD.md"),
      ].join("\n"),
    });
    const said = session.history().messages[1];
    expect(said).toEqual({
      role: "user",
      content: "Here is my PRD.",
      timestamp: expect.any(String),
      documents: [
        {
          filename: "Loan PRD.md",
          kind: "markdown",
          size: prd.length,
          saved_as: ".specwright/documents/Loan-PRD.md",
          characters: 69,
        },
      ],
    });
    // The guided interviewer took the document as the person's overview.
    const next = frames
      .filter((frame) => frame.type === "text")
      .map((frame) => frame.content)
      .join("");
    expect(next).not.toContain("what is your app");
    await session.close();
  });

  it("sends a document's text to Claude Code in its prompt, headed by its name", async () => {
    const answers: QueryScript = async function* () {
      yield init();
      yield status();
      yield messageStart("msg_1");
      yield textDelta("Hello! What are we building?");
      yield assistantText("msg_1", "Hello! What are we building?");
      yield result();
    };
    const reads: QueryScript = async function* (call) {
      yield init();
      yield messageStart("msg_2");
      yield textDelta("I read your notes.");
      yield assistantText("msg_2", "I read your notes.");
      yield assistantToolUse("msg_2", "toolu_r", "Read", { file_path: ".specwright/documents/notes.md" });
      // Claude Code's own tools are held to the sandbox: the documents folder is Specwright's.
      const permission = await askPermission(
        call,
        "Read",
        { file_path: ".specwright/documents/notes.md" },
        "toolu_r",
      );
      expect(permission.allowed).toBe(false);
      yield result();
    };
    const sdk = scriptedSdk(answers, reads);
    const session = new SpecChatSession({
      projectName: "demo",
      projects: new ProjectRegistry(await tempDir()),
      engine: createClaudeCodeEngine({ loadSdk: async () => sdk }),
    });
    await collect(session.start());
    const intake = { reader: new DocumentReader(), maxAttachments: 5 };
    await collect(
      await sendMessageWithDocuments(session, "", [attachment("notes.md", "Exports go to CSV.")], intake),
    );
    expect(sdk.calls[1]!.prompt).toBe(
      [documentHeading("notes.md", "Markdown"), "Exports go to CSV.", documentEnd("notes.md")].join("\n"),
    );
    await session.close();
  });

  it("refuses a message whose document cannot be used before any turn, and takes the next one", async () => {
    const session = new SpecChatSession({
      projectName: "demo",
      projects: new ProjectRegistry(await tempDir()),
      engine: createGuidedEngine(),
    });
    await collect(session.start());
    const intake = { reader: new DocumentReader({ maxBytes: 1024 }), maxAttachments: 2 };
    const refusals = [
      await sendMessageWithDocuments(
        session,
        "x",
        [attachment("a.docx", makeDocx(["x"]).subarray(0, 60))],
        intake,
      ),
      await sendMessageWithDocuments(session, "x", [attachment("b.md", "y".repeat(2000))], intake),
      await sendMessageWithDocuments(
        session,
        "x",
        [attachment("a.md", "a"), attachment("b.md", "b"), attachment("c.md", "c")],
        intake,
      ),
    ];
    expect(refusals.map((frames) => frames.began)).toEqual([false, false, false]);
    const codes = [];
    for (const frames of refusals) for (const frame of await collect(frames)) codes.push(frame);
    expect(codes).toMatchObject([
      {
        type: "error",
        code: "document_unreadable",
        content: expect.stringMatching(/^"a\.docx" could not be read/),
      },
      { type: "error", code: "document_too_large" },
      {
        type: "error",
        code: "invalid_attachment",
        content: expect.stringContaining("at most 2 attachments"),
      },
    ]);
    expect(session.getMessages()).toHaveLength(2);
    const taken = await sendMessageWithDocuments(session, "", [attachment("ok.md", "A recipe app.")], intake);
    expect(taken.began).toBe(true);
    await collect(taken);
    await session.close();
  });
});

describe("documents through the frame handler", () => {
  it("reads them while the same client's ping is answered, and a cancel meanwhile stops the turn before it is recorded", async () => {
    const projects = new ProjectRegistry(await tempDir());
    const registry = new SessionRegistry(
      (name) => new SpecChatSession({ projectName: name, projects, engine: createGuidedEngine() }),
      async () => null,
    );
    const frames: ServerFrame[] = [];
    const handler = new FrameHandler({ registry, projectName: "demo", send: (frame) => frames.push(frame) });
    await handler.handle(JSON.stringify({ type: "start" }));
    await handler.idle();
    frames.length = 0;
    const pdf = attachment("brief.pdf", makePdf(["A recipe app."]), "application/pdf");
    await handler.handle(JSON.stringify({ type: "message", content: "Here.", attachments: [pdf] }));
    await handler.handle(JSON.stringify({ type: "message", content: "And more." }));
    await handler.handle(JSON.stringify({ type: "cancel" }));
    await handler.handle(JSON.stringify({ type: "ping" }));
    await handler.idle();
    expect(frames).toEqual([
      { type: "error", content: expect.any(String), code: "busy", retryable: true },
      { type: "pong" },
      { type: "response_done" },
    ]);
    expect(registry.get("demo")!.getMessages()).toHaveLength(2);
    handler.dispose();
    await registry.cleanupAll();
  });
});

describe("the skills and the headings Specwright writes", () => {
  it("both describe the lines that open and close a document", async () => {
    const compact = fileURLToPath(new URL("../../src/interview/create-spec-compact.md", import.meta.url));
    for (const path of [DEFAULT_SKILL_PATH, compact]) {
      const skill = await readFile(path, "utf8");
      expect(skill).toContain(`\`${documentHeading("<name>", "<kind>")}\``);
      expect(skill).toContain(`\`${documentEnd("<name>")}\``);
      expect(skill).toMatch(/never re-ask|Never ask again/i);
    }
  });
});
