import { describe, expect, it } from "vitest";
import { fault, reply } from "../../support/fake-provider/index.js";
import { collect } from "../../support/scripted-engine.js";
import { harnessForEachTest, modelRequests, PROVIDERS, textOf, typesOf } from "./harness.js";

const start = harnessForEachTest();

const PNG_1PX =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const mockup = { filename: "home.png", mimeType: "image/png", base64Data: PNG_1PX };

describe.each(PROVIDERS)("attached images over the %s format", (provider) => {
  it("sends an attached image to the model as an image", async () => {
    const { server, session } = await start(provider, {
      replies: [reply().text("Hi."), reply().text("Nice mockup.")],
    });
    await collect(session.start());
    const frames = await collect(session.sendMessage("Here is my mockup", [mockup]));
    expect(textOf(frames)).toBe("Nice mockup.");
    const body = modelRequests(server)[1]!.rawBody;
    if (provider === "anthropic") {
      expect(body).toContain(JSON.stringify({ type: "base64", media_type: "image/png", data: PNG_1PX }));
    } else {
      expect(body).toContain(`data:image/png;base64,${PNG_1PX}`);
    }
  });

  it("ends the turn with a clear error when the model refuses images, and leaves them out afterwards", async () => {
    const { server, session } = await start(provider, {
      replies: [
        reply().text("Hi."),
        fault.status(400, { message: "This model does not support image input." }),
        reply().text("Thanks for describing it."),
      ],
    });
    await collect(session.start());
    const refused = await collect(session.sendMessage("Here is my mockup", [mockup]));
    expect(typesOf(refused)).toEqual(["error", "response_done"]);
    expect(refused.find((frame) => frame.type === "error")).toMatchObject({
      content: expect.stringMatching(/^This model does not accept images; /),
    });
    expect(modelRequests(server)).toHaveLength(2);

    const next = await collect(session.sendMessage("It is a list of chores with a big add button"));
    expect(textOf(next)).toBe("Thanks for describing it.");
    const body = modelRequests(server)[2]!.rawBody;
    expect(body).not.toContain(PNG_1PX);
    expect(body).toMatch(
      /\[Image prompts\/mockups\/[^\]]*home[^\]]*\.png was attached, but this model cannot see images\.\]/,
    );
  });
});
