import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { restoreFromStore, SpecChatSession } from "../../src/session/index.js";
import { SessionStore } from "../../src/store/index.js";
import type { StoredAttachment } from "../../src/types/transcript.js";
import { ProjectRegistry } from "../../src/workspace/index.js";
import { modelEngineFor } from "../engines/model/harness.js";
import { type FakeProvider, reply, startFakeProvider } from "../support/fake-provider/index.js";
import { collect } from "../support/scripted-engine.js";
import { tempDirsForEachTest } from "../support/temp-dir.js";

const tempDir = tempDirsForEachTest();
const providers: FakeProvider[] = [];
const sessions: SpecChatSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  await Promise.all(providers.splice(0).map((provider) => provider.close()));
});

const PNG_1PX =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
/** A PNG of its own outside the project: if its bytes reach the provider, the path check failed. */
const OUTSIDE_PNG = Buffer.concat([Buffer.from(PNG_1PX, "base64"), Buffer.from("OUTSIDE THE PROJECT")]);

const image = (filename: string, savedAs: string): StoredAttachment => ({
  filename,
  mimeType: "image/png",
  base64Data: "",
  savedAs,
});

describe("images of a kept interview, sent again to the model", () => {
  it("reads them only from prompts/mockups/ through the sandbox, checked as images, and leaves the rest out with a note", async () => {
    const projectsDir = await tempDir();
    const projects = new ProjectRegistry(projectsDir);
    const project = await projects.ensure("demo");
    const mockups = join(project.dir, "prompts/mockups");
    await mkdir(mockups);
    await writeFile(join(mockups, "good.png"), Buffer.from(PNG_1PX, "base64"));
    await writeFile(join(mockups, "notes.png"), "these are notes, not an image");
    await writeFile(join(projectsDir, "outside.png"), OUTSIDE_PNG);
    await symlink(join(projectsDir, "outside.png"), join(mockups, "link.png"));
    await symlink(join(project.dir, "prompts/initializer_prompt.md"), join(mockups, "inside-link.png"));

    // A kept interview whose stored paths were edited to point elsewhere.
    const store = new SessionStore(projectsDir, { warn: () => {} });
    const opened = await store.begin("demo", { engine: "anthropic", model: null, createdAt: new Date() });
    const at = new Date().toISOString();
    await opened.log.append({
      type: "entry",
      entry: {
        role: "user",
        text: "Here are my mockups.",
        timestamp: at,
        attachments: [
          image("home.png", "prompts/mockups/good.png"),
          image("passwd.png", "../../../../etc/passwd"),
          image("outside.png", "../outside.png"),
          image("link.png", "prompts/mockups/link.png"),
          image("inside.png", "prompts/mockups/inside-link.png"),
          image("notes.png", "prompts/mockups/notes.png"),
        ],
      },
    });
    await opened.log.append({
      type: "entry",
      entry: { role: "assistant", text: "Thanks.", toolCalls: [], timestamp: at },
    });
    await opened.log.append({ type: "turn-end", outcome: "done", at });
    await opened.log.close();

    const provider = await startFakeProvider({ replies: [reply().text("I see one mockup.")] });
    providers.push(provider);
    const notes: string[] = [];
    const create = (projectName: string) => {
      const session = new SpecChatSession({
        projectName,
        projects,
        engine: modelEngineFor("anthropic", provider),
        store,
        warn: (note) => notes.push(note),
      });
      sessions.push(session);
      return session;
    };
    const session = await restoreFromStore(store, create)("demo");
    expect(session).not.toBeNull();
    const frames = await collect(session!.sendMessage("What do you think of them?"));
    expect(frames.filter((frame) => frame.type === "error")).toEqual([]);

    const body = provider.lastRequest()!.rawBody;
    const images = [...body.matchAll(/"type":"image"/g)];
    expect(images).toHaveLength(1);
    expect(body).toContain(JSON.stringify({ type: "base64", media_type: "image/png", data: PNG_1PX }));
    expect(body).not.toContain(OUTSIDE_PNG.toString("base64"));
    expect(body).not.toContain(Buffer.from("root:").toString("base64").slice(0, 6));
    expect(notes).toEqual([
      'demo: an image attached to an earlier message was left out: "passwd.png", stored as "../../../../etc/passwd", is not a file in prompts/mockups/, so it was not read.',
      'demo: an image attached to an earlier message was left out: "outside.png", stored as "../outside.png", is not a file in prompts/mockups/, so it was not read.',
      'demo: an image attached to an earlier message was left out: "link.png", stored as "prompts/mockups/link.png", was refused by the sandbox, so it was not read.',
      'demo: an image attached to an earlier message was left out: "inside.png", stored as "prompts/mockups/inside-link.png", leads out of prompts/mockups/ (a link), so it was not read.',
      'demo: an image attached to an earlier message was left out: "notes.png", stored as "prompts/mockups/notes.png", is not a PNG, JPEG, GIF or WebP image.',
    ]);
    // What was left out is left out of the interview as this session goes on with it (as a missing image always was).
    expect(session!.history().messages[0]?.attachments).toEqual([
      { filename: "home.png", saved_as: "prompts/mockups/good.png" },
    ]);
  });
});
