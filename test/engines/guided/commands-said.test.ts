import { describe, expect, it } from "vitest";
import { deriveCommands } from "../../../src/engines/guided/design/commands.js";

/** The commands as a person typed them, each as its usage and its flags. */
function read(said: string): Record<string, string[]> {
  return Object.fromEntries(
    deriveCommands("PROGRAM", said, []).map((command) => [
      command.name,
      command.lines.filter((line) => !/in the person's words/i.test(line)),
    ]),
  );
}

describe("commands as the person typed them", () => {
  it("takes the program's own short name, said before every command, for the program", () => {
    const commands = read(
      "Our lass's nephew says: tt event add --date 2024-05-09 --course A60. tt start <file> --event 12 for the start sheet. tt finish <file> --event 12 reads the finish times off the app. tt results --event 12, and tt results --event 12 --html for the website. tt points --season 2024.",
    );
    expect(Object.keys(commands)).toEqual(["event add", "start", "finish", "results", "points"]);
    expect(commands["event add"]).toEqual([
      "Usage: tt event add",
      "--date DATE (for example 2024-05-09)",
      "--course A60",
    ]);
    expect(commands.start).toEqual(["Usage: tt start <file>", "--event N (for example 12): the start sheet"]);
    // What the command does, said after a flag's value, is the command's, in the person's words.
    expect(commands.finish).toEqual(["Usage: tt finish <file>", "--event N (for example 12)"]);
    // A command said twice is one command with the flags of both.
    expect(commands.results).toEqual([
      "Usage: tt results",
      "--event N (for example 12)",
      "--html: the website",
    ]);
  });

  it("parts commands listed in one sentence, and keeps a command of two words", () => {
    const commands = read(
      "start PROJECT starts the timer, stop stops it, add PROJECT DURATION with --date and --note, status shows the running timer, report with --month or --from and --to, plus --client to show just one client, and projects lists the projects. Clients get added with client add NAME --rate 85.",
    );
    expect(Object.keys(commands)).toEqual([
      "start",
      "stop",
      "add",
      "status",
      "report",
      "projects",
      "client add",
    ]);
    expect(commands.report).toContain("--client: show just one client");
    expect(commands["client add"]).toEqual(["Usage: PROGRAM client add NAME", "--rate N (for example 85)"]);
  });

  it("reads flags inside brackets as the command's, and a word after a comma in them as no command", () => {
    const commands = read(
      "check (--days N, default 30, --json), add DOMAIN, remove DOMAIN, list. --file for another list",
    );
    expect(Object.keys(commands)).toEqual(["check", "add", "remove", "list"]);
    expect(commands.check).toEqual(["Usage: PROGRAM check", "--days N: default 30", "--json"]);
    expect(commands.list).toEqual(["Usage: PROGRAM list", "--file: another list"]);
  });

  it("names no command after a word that joins, in English as spoken or in another language", () => {
    expect(
      Object.keys(
        read(
          "import MAPPA les allar nýjar skrár úr möppu, og --dry-run sýnir bara hvað myndi gerast; gaps sýnir göt, með --station til að skoða bara eina stöð",
        ),
      ),
    ).toEqual(["import", "gaps"]);
    expect(
      Object.keys(
        read("score finishes.csv --crews crews.csv --out results.html fo' da places, da points and da page."),
      ),
    ).toEqual(["score"]);
  });

  it("makes no command of a closing or of a wish said in prose", () => {
    expect(
      Object.keys(read("check FILE --rules netflix.toml. shift FILE --by 2.5s. That's it. Say less.")),
    ).toEqual(["check", "shift"]);
    // Nothing typed as a command: the commands come from what the tool does.
    expect(
      deriveCommands("PROGRAM", "Honestly, you decide. A dry run that only sends the email would be handy.", [
        "The tool sends the price list",
      ]).map((command) => command.name),
    ).toEqual(["send"]);
  });
});
