import { createHmac, randomBytes } from "node:crypto";

/**
 * The thinking blocks a server has issued, so it can tell a block sent back unmodified
 * from one that was changed or made up. A signature is an HMAC, under a secret of this
 * server instance, of the block's wire text and where it was issued; it is
 * deterministic, so rendering a reply twice (stream and record) signs it the same way.
 *
 * The real signature "verifies the thinking block": modifying the block, or sending one
 * the API did not issue, fails the request
 * (https://platform.claude.com/docs/en/build-with-claude/thinking-tool-workflows:
 * "Pass thinking blocks back complete and unmodified").
 */
export type IssuedBlock =
  | {
      readonly type: "thinking";
      readonly thinking: string;
      readonly signature: string;
      readonly model: string;
      readonly sequence: number;
    }
  | {
      readonly type: "redacted_thinking";
      readonly data: string;
      readonly model: string;
      readonly sequence: number;
    };

export class ThinkingLedger {
  readonly #secret = randomBytes(32);
  readonly #bySignature = new Map<string, IssuedBlock>();
  readonly #byData = new Map<string, IssuedBlock>();
  readonly #byToolUse = new Map<string, readonly IssuedBlock[]>();

  sign(model: string, sequence: number, index: number, thinking: string): string {
    return this.#mac(["thinking", model, String(sequence), String(index), thinking]);
  }

  redactedData(model: string, sequence: number, index: number): string {
    return `fake-redacted:${this.#mac(["redacted", model, String(sequence), String(index)])}`;
  }

  /** Records the thinking of one response, and the tool calls it made. */
  record(blocks: readonly IssuedBlock[], toolUseIds: readonly string[]): void {
    for (const block of blocks) {
      if (block.type === "thinking") this.#bySignature.set(block.signature, block);
      else this.#byData.set(block.data, block);
    }
    for (const id of toolUseIds) this.#byToolUse.set(id, blocks);
  }

  bySignature(signature: string): IssuedBlock | undefined {
    return this.#bySignature.get(signature);
  }

  byData(data: string): IssuedBlock | undefined {
    return this.#byData.get(data);
  }

  /** The thinking issued in the response that made this tool call; undefined for a call the fake did not make. */
  issuedWith(toolUseId: string): readonly IssuedBlock[] | undefined {
    return this.#byToolUse.get(toolUseId);
  }

  #mac(fields: readonly string[]): string {
    // Real signatures are long base64 strings; so is this one.
    const mac = createHmac("sha256", this.#secret).update(fields.join("\u0000")).digest();
    return Buffer.concat([Buffer.from("fake-thinking-signature:"), mac]).toString("base64");
  }
}
