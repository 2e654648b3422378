import { execFile } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { documentEnd, documentHeading } from "../../src/types/documents.js";
import type { ServerFrame } from "../../src/types/wire.js";
import { modelRequests, userTextsIn } from "../engines/model/harness.js";
import { BIN, CliProcess, offlineEnv, REPO_ROOT } from "../support/cli-process.js";
import { makeDocx, makePdf, makeZipBomb } from "../support/documents.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const providers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
});

/** `specwright …` as its own process, so the fake provider in this one can answer it. */
async function specwright(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd: REPO_ROOT,
      env: offlineEnv(env),
      encoding: "utf8",
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

async function anthropic(replies: ReturnType<typeof reply>[]) {
  const provider = await startFakeProvider({ replies });
  providers.push(provider);
  return { provider, env: { ANTHROPIC_BASE_URL: provider.url, ANTHROPIC_API_KEY: "test-key" } };
}

describe("documents in the terminal", () => {
  it("chat --attach sends a PDF and a Word document with the first reply, and history shows them", async () => {
    const { provider, env } = await anthropic([
      reply().text("Hello! What would you like to build?"),
      reply().text("Thanks, I read both. Who lends the money?"),
    ]);
    const dir = await tempDir();
    await writeFile(join(dir, "prd.pdf"), makePdf(["Loan tracker PRD", "Members record loans."]));
    await writeFile(join(dir, "notes.docx"), makeDocx(["Admins export the history to CSV."]));
    await writeFile(join(dir, "answers.txt"), "A loan tracker; the details are attached.\n");
    const projects = join(dir, "projects");
    const chat = await specwright(
      [
        "chat",
        "loans",
        "--engine",
        "anthropic",
        "--projects-dir",
        projects,
        "--attach",
        join(dir, "prd.pdf"),
        "--attach",
        join(dir, "notes.docx"),
        "--answers",
        join(dir, "answers.txt"),
      ],
      env,
    );
    expect(chat.stderr).toBe("");
    expect(chat.stdout).toMatch(/attached to your first reply: prd\.pdf \(PDF, 2 pages, \d+ bytes\)/);
    expect(chat.stdout).toMatch(/attached to your first reply: notes\.docx \(Word, \d+ bytes\)/);
    expect(chat.stdout).toContain("Thanks, I read both.");
    expect(userTextsIn(modelRequests(provider).at(-1)!).at(-1)).toBe(
      [
        "A loan tracker; the details are attached.",
        "",
        documentHeading("prd.pdf", "PDF, 2 pages"),
        "Loan tracker PRD",
        "",
        "Members record loans.",
        documentEnd("prd.pdf"),
        "",
        documentHeading("notes.docx", "Word"),
        "Admins export the history to CSV.",
        documentEnd("notes.docx"),
      ].join("\n"),
    );
    expect((await readdir(join(projects, "loans/.specwright/documents"))).sort()).toEqual([
      "notes.docx",
      "notes.docx.txt",
      "prd.pdf",
      "prd.pdf.txt",
    ]);

    const history = await specwright(["history", "loans", "--projects-dir", projects]);
    expect(history.stdout).toContain("A loan tracker; the details are attached.");
    expect(history.stdout).toMatch(
      /Attached document: prd\.pdf, PDF, 2 pages, \d+ bytes \(`\.specwright\/documents\/prd\.pdf`\)/,
    );
    // The person's words, not the documents' text: that went to the interviewer.
    expect(history.stdout).not.toContain("Members record loans.");
  });

  it("chat --attach refuses a file that cannot be used before the interview begins, with its code", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "bomb.docx"), makeZipBomb(512));
    const refused = await specwright([
      "chat",
      "loans",
      "--engine",
      "guided",
      "--projects-dir",
      join(dir, "projects"),
      "--attach",
      join(dir, "bomb.docx"),
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /bomb\.docx could not be read: .*expand to more than 64 MiB.*\(document_unreadable\)/,
    );
  });

  it("chat --jsonl reads documents from a message frame's attachments, and refuses a bad one with its code", async () => {
    const { provider, env } = await anthropic([reply().text("Hello!"), reply().text("Read it.")]);
    const dir = await tempDir();
    const cli = new CliProcess(
      ["chat", "loans", "--jsonl", "--engine", "anthropic", "--projects-dir", dir],
      offlineEnv(env),
    );
    const frames = async () => {
      const seen: ServerFrame[] = [];
      while (true) {
        const frame = JSON.parse((await cli.nextLine()) ?? "null") as ServerFrame;
        seen.push(frame);
        if (frame.type === "response_done" || frame.type === "error") return seen;
      }
    };
    cli.write(JSON.stringify({ type: "start" }));
    await frames();
    const document = (filename: string, bytes: Buffer) => ({
      type: "message",
      content: "My notes.",
      attachments: [{ filename, mimeType: "", base64Data: bytes.toString("base64") }],
    });
    cli.write(JSON.stringify(document("photo.md", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"))));
    expect(await frames()).toMatchObject([{ type: "error", code: "document_unsupported" }]);
    // Markdown here: PDF and Word go through the same reader, as the terminal test above shows.
    cli.write(JSON.stringify(document("notes.md", Buffer.from("Borrowers see what they owe.\n"))));
    expect((await frames()).at(-1)).toEqual({ type: "response_done" });
    cli.endInput();
    await cli.exited;
    expect(userTextsIn(modelRequests(provider).at(-1)!).at(-1)).toContain(
      [documentHeading("notes.md", "Markdown"), "Borrowers see what they owe.", documentEnd("notes.md")].join(
        "\n",
      ),
    );
  });
});
