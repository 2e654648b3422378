import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ServerFrame } from "../../src/types/wire.js";
import { CliProcess } from "./cli-process.js";
import { type Persona, PersonaPlayer } from "./persona-driver.js";

/** What one interview through the real command line left behind. */
export interface CliInterview {
  spec: string | null;
  turns: number;
  exitCode: number;
  stderr: string;
}

/** The most turns an interview may take before it is called stuck. */
const MAX_TURNS = 80;

/**
 * Interviews a persona through `specwright chat --jsonl` in a child process, as a
 * person at the other end of the pipe would: reading each turn's frames, answering
 * its question or its open prompt, until the spec is complete.
 */
export async function interviewThroughCli(persona: Persona, projectsDir: string): Promise<CliInterview> {
  const cli = new CliProcess(["chat", persona.id, "--jsonl", "--projects-dir", projectsDir]);
  const player = new PersonaPlayer(persona);
  cli.write(JSON.stringify({ type: "start" }));
  let turns = 0;
  for (; turns < MAX_TURNS; turns++) {
    const frames = await readTurn(cli);
    if (frames.some((frame) => frame.type === "complete")) break;
    const text = frames.flatMap((frame) => (frame.type === "text" ? [frame.content] : [])).join("");
    const question = frames.find((frame) => frame.type === "question");
    const reply = player.reply(text, question?.type === "question" ? (question.questions[0] ?? null) : null);
    if ("widget" in reply && question?.type === "question") {
      cli.write(
        JSON.stringify({ type: "answer", tool_id: question.tool_id, answers: { "0": reply.widget } }),
      );
    } else {
      cli.write(
        JSON.stringify({ type: "message", content: "text" in reply ? reply.text : String(reply.widget) }),
      );
    }
  }
  cli.endInput();
  const exitCode = await cli.exited;
  const spec = await readFile(join(projectsDir, persona.id, "prompts/app_spec.txt"), "utf8").catch(
    () => null,
  );
  return { spec, turns, exitCode, stderr: cli.stderr.join("") };
}

/** Reads frames until the turn ends; every line on stdout must be a JSON frame. */
async function readTurn(cli: CliProcess): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  while (true) {
    const line = await cli.nextLine();
    if (line === null) throw new Error(`process ended mid-turn; stderr: ${cli.stderr.join("")}`);
    const frame = JSON.parse(line) as ServerFrame;
    frames.push(frame);
    if (frame.type === "response_done") {
      // `complete` follows response_done in a turn that completed the spec.
      if (frames.some((candidate) => candidate.type === "spec_complete")) {
        const next = await cli.nextLine();
        if (next !== null) frames.push(JSON.parse(next) as ServerFrame);
      }
      return frames;
    }
  }
}
