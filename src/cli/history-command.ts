import { parseArgs } from "node:util";
import { DEFAULT_PROJECTS_DIR, resolveSettings, type Settings, SettingsError } from "../config.js";
import { isInterviewId } from "../store/index.js";
import { isValidProjectName } from "../workspace/index.js";
import { type Command, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from "./command.js";
import { interviewListMarkdown, interviewMarkdown } from "./history-markdown.js";
import { createStore } from "./session-setup.js";

const USAGE = "Usage: specwright history <project> [--interview <id> | --list] [--projects-dir <dir>]";

const HELP = `${USAGE}

Prints a project's interview as Markdown: its id, what the interviewer said, the
questions with their options, and your answers. It only reads: it works while a server
or a chat has the project open.

Options:
  --interview <id>      an earlier interview (ids from --list) instead of the current
                        one; --id <id> is the same
  --list                list the project's interviews: the current one and those kept
                        aside (archived) when a new one began
  --projects-dir <dir>  where projects live (default ./${DEFAULT_PROJECTS_DIR}) [env SPECWRIGHT_PROJECTS_DIR]
  -h, --help            show this help

Exit codes: 0 printed, 1 no such interview, 2 usage error.
`;

export const historyCommand: Command = {
  name: "history",
  help: HELP,
  async run(args, io) {
    let values: { id?: string; interview?: string; list?: boolean; "projects-dir"?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: {
          id: { type: "string" },
          interview: { type: "string" },
          list: { type: "boolean" },
          "projects-dir": { type: "string" },
        },
      }));
    } catch (error) {
      io.stderr.write(`specwright history: ${(error as Error).message}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    const [project, ...extra] = positionals;
    const id = values.interview ?? values.id;
    const problem =
      project === undefined
        ? "name the project"
        : extra.length > 0
          ? "name one project"
          : !isValidProjectName(project)
            ? `invalid project name "${project}"`
            : values.interview !== undefined && values.id !== undefined && values.interview !== values.id
              ? "give one interview id (--interview and --id are the same option)"
              : id !== undefined && !isInterviewId(id)
                ? `"${id}" is not an interview id`
                : id !== undefined && values.list
                  ? "--interview and --list cannot be combined"
                  : null;
    if (problem || project === undefined) {
      io.stderr.write(`specwright history: ${problem}\n${USAGE}\n`);
      return EXIT_USAGE;
    }
    let settings: Settings;
    try {
      settings = resolveSettings({ "projects-dir": values["projects-dir"] }, io.env, io.cwd);
    } catch (error) {
      if (!(error instanceof SettingsError)) throw error;
      io.stderr.write(`specwright history: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const store = createStore(settings, io.stderr);
    const interviews = await store.list(project);
    if (values.list) {
      if (interviews.length === 0) return nothing(io.stderr, project);
      io.stdout.write(interviewListMarkdown(project, interviews));
      return EXIT_OK;
    }
    const interview = id === undefined ? await store.read(project) : await store.readById(project, id);
    if (!interview) return nothing(io.stderr, project, id);
    io.stdout.write(interviewMarkdown(project, interview, interviews));
    return EXIT_OK;
  },
};

function nothing(stderr: NodeJS.WritableStream, project: string, id?: string): number {
  stderr.write(
    id === undefined
      ? `specwright history: project "${project}" has no interview\n`
      : `specwright history: project "${project}" has no interview "${id}" (see --list)\n`,
  );
  return EXIT_FAILURE;
}
