import { describe, expect, it } from "vitest";
import {
  type AppSpecModel,
  readSoftwareKind,
  renderAppSpec,
  summarizeAppSpec,
  validateAppSpec,
} from "../../src/app-spec/index.js";
import { MINIMAL_SPEC, withContent, withoutElement } from "./spec-samples.js";

/** A photo renamer as a command-line tool: commands and flags, no screens, no HTTP API, no database. */
function cliModel(overrides: Partial<AppSpecModel> = {}): AppSpecModel {
  return {
    projectName: "photo-renamer",
    kind: "command-line tool",
    overview: "Renames holiday photos by the date they were taken.",
    technologyStack: {
      frontend: [],
      backend: [],
      database: "none - the tool keeps nothing between runs",
      communication: [],
      runtime: ["Python 3.12"],
      libraries: ["Pillow to read EXIF dates"],
    },
    prerequisites: ["Python 3.12 or newer"],
    featureCount: 2,
    securityAndAccessControl: [],
    coreFeatures: [
      {
        name: "Renaming",
        features: ["Rename every photo in a folder by its date", "Show the new names without renaming"],
      },
    ],
    outOfScope: ["a web server", "a database"],
    databaseSchema: [],
    apiEndpoints: [],
    commandLineInterface: [
      {
        name: "rename",
        lines: ["Usage: photo-renamer rename FOLDER", "--dry-run: show the new names without renaming"],
      },
    ],
    uiLayout: [],
    designSystem: [],
    implementationSteps: [{ title: "Everything", tasks: ["Build the rename command"] }],
    successCriteria: ["A folder of photos is renamed by date"],
    ...overrides,
  };
}

describe("software kinds in the spec", () => {
  it("writes a command-line tool with commands and flags, and no screens, API or database sections", () => {
    const text = renderAppSpec(cliModel());
    expect(text).toContain("<software_kind>command-line tool</software_kind>");
    expect(text).toContain("<command_line_interface>");
    expect(text).toContain("- --dry-run: show the new names without renaming");
    expect(text).toContain("<runtime>");
    expect(text).toContain("<out_of_scope>\n    - a web server\n    - a database\n  </out_of_scope>");
    for (const absent of [
      "<ui_layout>",
      "<api_endpoints_summary>",
      "<database_schema>",
      "<frontend>",
      "<backend>",
    ])
      expect(text).not.toContain(absent);
    const validation = validateAppSpec(text);
    expect(validation.kind).toBe("command-line tool");
    expect([...validation.errors, ...validation.warnings]).toEqual([]);
  });

  it("asks a command-line tool for its commands, and never for screens or endpoints", () => {
    const validation = validateAppSpec(renderAppSpec(cliModel({ commandLineInterface: [] })));
    const messages = validation.warnings.map((finding) => finding.message);
    expect(messages).toEqual([expect.stringContaining("<command_line_interface>")]);
  });

  it("reads a spec without a kind as a web app, as before", () => {
    const validation = validateAppSpec(MINIMAL_SPEC);
    expect(validation.kind).toBe("web app");
    expect(validation.warnings).toEqual([]);
    const missing = validateAppSpec(withoutElement(MINIMAL_SPEC, "ui_layout"));
    expect(missing.warnings.map((finding) => finding.message)).toEqual([
      expect.stringContaining("<ui_layout>"),
    ]);
  });

  it("asks a mobile app for its screens and offline behaviour, not for an HTTP API", () => {
    const mobile = withContent(
      withoutElement(MINIMAL_SPEC, "api_endpoints_summary"),
      "project_name",
      "Tiny Notes",
    ).replace("</project_name>", "</project_name>\n  <software_kind>mobile app</software_kind>");
    const validation = validateAppSpec(mobile);
    expect(validation.kind).toBe("mobile app");
    expect(validation.warnings.map((finding) => finding.message)).toEqual([
      expect.stringContaining("<offline_support>"),
    ]);
  });

  it("warns about a kind it cannot read and takes it as a web app", () => {
    const odd = MINIMAL_SPEC.replace(
      "</project_name>",
      "</project_name>\n  <software_kind>spaceship</software_kind>",
    );
    const validation = validateAppSpec(odd);
    expect(validation.kind).toBe("web app");
    expect(validation.warnings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('"spaceship"'),
    ]);
  });

  it("reads the words people and models use for a kind", () => {
    expect(readSoftwareKind("CLI")).toBe("command-line tool");
    expect(readSoftwareKind("Command line tool")).toBe("command-line tool");
    expect(readSoftwareKind("iOS and Android app")).toBe("mobile app");
    expect(readSoftwareKind("REST API service")).toBe("api service");
    expect(readSoftwareKind("Python library")).toBe("library");
    expect(readSoftwareKind("a website")).toBe("web app");
    expect(readSoftwareKind("spaceship")).toBeNull();
  });

  it("summarizes the kind and what is out of scope for the page", () => {
    const summary = summarizeAppSpec(renderAppSpec(cliModel()));
    expect(summary.kind).toBe("command-line tool");
    expect(summary.outOfScope).toEqual(["a web server", "a database"]);
  });
});
