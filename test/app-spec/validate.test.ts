import { describe, expect, it } from "vitest";
import { type Finding, validateAppSpec } from "../../src/app-spec/index.js";
import { lineOf, MINIMAL_SPEC, RECIPE_SPEC, withContent, withoutElement } from "./spec-samples.js";

function messages(findings: Finding[]): string[] {
  return findings.map((finding) => finding.message);
}

describe("validateAppSpec: valid specs", () => {
  it("accepts the realistic spec with no findings and reads its features", () => {
    const result = validateAppSpec(RECIPE_SPEC);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.featureCount).toBe(30);
    expect(result.featureLines).toBe(30);
    expect(result.categories.map((category) => [category.name, category.features.length])).toEqual([
      ["accounts", 5],
      ["recipe_management", 8],
      ["search_and_tags", 6],
      ["meal_planning", 6],
      ["shopping_list", 5],
    ]);
    const searchAndTags = result.categories[2]!.features;
    expect(searchAndTags[0]).toBe('A person can tag recipes, e.g. "vegetarian" or "R&D", and filter by tag');
    expect(searchAndTags[3]).toBe("Searching for a term with < 2 characters shows all recipes");
  });

  it("accepts the minimal spec with no findings", () => {
    const result = validateAppSpec(MINIMAL_SPEC);
    expect([...result.errors, ...result.warnings]).toEqual([]);
    expect(result).toMatchObject({ valid: true, featureCount: 3, featureLines: 3 });
  });

  it("accepts prose that looks like markup inside sections", () => {
    const prose = [
      "      - Compare a <b and x < 5 && y > 3 in filters",
      "      - Fetch /api/[path] and return Array<Item>",
      "      - Use <b> for bold in the R&D notes",
      "      - Render <em>emphasis</em> in previews",
    ].join("\n");
    const spec = withContent(
      MINIMAL_SPEC,
      "core_features",
      `\n    <notes>\n${prose}\n    </notes>\n  `,
    ).replace("<feature_count>3</feature_count>", "<feature_count>4</feature_count>");
    const result = validateAppSpec(spec);
    expect(result.errors).toEqual([]);
    expect(result.categories).toEqual([
      {
        name: "notes",
        features: [
          "Compare a <b and x < 5 && y > 3 in filters",
          "Fetch /api/[path] and return Array<Item>",
          "Use <b> for bold in the R&D notes",
          "Render emphasis in previews",
        ],
      },
    ]);
  });

  it("accepts feature_count with whitespace around the number", () => {
    const result = validateAppSpec(withContent(MINIMAL_SPEC, "feature_count", "\n    3\n  "));
    expect(result.valid).toBe(true);
    expect(result.featureCount).toBe(3);
  });
});

describe("validateAppSpec: the root", () => {
  it("reports an empty file with no line", () => {
    const result = validateAppSpec("");
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toEqual({
      severity: "error",
      message:
        "The file has no <project_specification> element. A spec is one XML element, <project_specification>, holding all its sections.",
      line: null,
    });
  });

  it("reports a root with another name at its line, and still reads its sections", () => {
    const spec = `\n\n${MINIMAL_SPEC.replaceAll("project_specification", "app_spec")}`;
    const result = validateAppSpec(spec);
    expect(result.errors).toEqual([
      {
        severity: "error",
        message: "The root element must be <project_specification>, found <app_spec>. Rename it.",
        line: 3,
      },
    ]);
    expect(result.featureCount).toBe(3);
  });

  it("reports sections without a root element", () => {
    const inner = MINIMAL_SPEC.replace("<project_specification>\n", "").replace(
      "</project_specification>\n",
      "",
    );
    const result = validateAppSpec(inner);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.message).toContain("not wrapped in one <project_specification>");
    expect(result.errors[0]!.line).toBe(1);
    expect(result.featureLines).toBe(3);
  });

  it("reports text before and after the root, and elements after it, at their lines", () => {
    const spec = `Here is your spec:\n${MINIMAL_SPEC}\nI hope this helps!\n<notes>x</notes>\n`;
    const result = validateAppSpec(spec);
    expect(result.errors.map((finding) => finding.line)).toEqual([
      1,
      lineOf(spec, "I hope"),
      lineOf(spec, "<notes>x"),
    ]);
    expect(result.errors[0]!.message).toBe(
      'Text outside <project_specification>: "Here is your spec:". Remove it or move it into a section; the file must hold only the spec.',
    );
    expect(result.errors[2]!.message).toBe(
      "Found <notes> after </project_specification>; everything must be inside <project_specification>, and nothing may follow it.",
    );
  });
});

describe("validateAppSpec: required sections", () => {
  const required = [
    "project_name",
    "overview",
    "technology_stack",
    "feature_count",
    "core_features",
    "success_criteria",
  ];

  for (const name of required) {
    it(`reports a missing <${name}> at the root's line`, () => {
      const spec = `\n${withoutElement(MINIMAL_SPEC, name)}`;
      const result = validateAppSpec(spec);
      expect(result.valid).toBe(false);
      const finding = result.errors.find((candidate) => candidate.message.includes(`has no <${name}>`));
      expect(finding).toMatchObject({ severity: "error", line: 2 });
      expect(finding!.message).toMatch(
        new RegExp(`^<project_specification> has no <${name}>\\. Add one with .+\\.$`),
      );
    });

    it(`reports an empty <${name}> at its line`, () => {
      const spec = withContent(MINIMAL_SPEC, name, "\n  ");
      const result = validateAppSpec(spec);
      expect(result.valid).toBe(false);
      expect(result.errors).toContainEqual(
        expect.objectContaining({
          line: lineOf(spec, `<${name}>`),
          message: expect.stringMatching(`^<${name}> is empty\\.`),
        }),
      );
    });
  }

  it("reports a broken tag inside a section together with the line numbers", () => {
    const spec = MINIMAL_SPEC.replace("</ui_layout>", "</ui_layuot>");
    const result = validateAppSpec(spec);
    expect(result.errors).toEqual([
      {
        severity: "error",
        message: `Mismatched tag: expected </ui_layout> (for <ui_layout> at line ${lineOf(spec, "<ui_layout>")}) but found </ui_layuot> at line ${lineOf(spec, "</ui_layuot>")}.`,
        line: lineOf(spec, "</ui_layuot>"),
      },
    ]);
  });

  it("reports an unclosed category and still counts the features", () => {
    const spec = MINIMAL_SPEC.replace("    </notes>\n", "");
    const result = validateAppSpec(spec);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.line).toBe(lineOf(spec, "</core_features>"));
    expect(result.errors[0]!.message).toContain("expected </notes>");
  });
});

describe("validateAppSpec: feature_count", () => {
  const cases: [string, string][] = [
    ["about 40", "Write only the number, e.g. <feature_count>40</feature_count>"],
    ["42 features", "Write only the number, e.g. <feature_count>42</feature_count>"],
    ["0", "Write only the number, e.g. <feature_count>3</feature_count>"],
    ["-3", "Write only the number"],
    ["3.5", "Write only the number"],
    ["three", "Write only the number, e.g. <feature_count>3</feature_count>"],
  ];

  for (const [written, advice] of cases) {
    it(`rejects "${written}" at its line and says to write only the number`, () => {
      const spec = withContent(MINIMAL_SPEC, "feature_count", written);
      const result = validateAppSpec(spec);
      expect(result.valid).toBe(false);
      expect(result.featureCount).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.line).toBe(lineOf(spec, "<feature_count>"));
      expect(result.errors[0]!.message).toContain(
        `<feature_count> must be a positive whole number, found "${written}".`,
      );
      expect(result.errors[0]!.message).toContain(advice);
    });
  }

  it("warns when the count is far from the number of feature lines", () => {
    const spec = withContent(MINIMAL_SPEC, "feature_count", "10");
    const result = validateAppSpec(spec);
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([
      {
        severity: "warning",
        message:
          '<feature_count> says 10, but <core_features> lists 3 feature lines. Make them agree: one "- " line per feature, and the total in <feature_count>.',
        line: lineOf(spec, "<feature_count>"),
      },
    ]);
  });

  it("tolerates a small difference: at most 3 features, or at most 20% of the count", () => {
    expect(validateAppSpec(withContent(MINIMAL_SPEC, "feature_count", "6")).warnings).toEqual([]);
    expect(validateAppSpec(withContent(MINIMAL_SPEC, "feature_count", "7")).warnings).toHaveLength(1);
    const thirtyFive = validateAppSpec(withContent(RECIPE_SPEC, "feature_count", "36"));
    expect(thirtyFive.warnings).toEqual([]);
    const forty = validateAppSpec(withContent(RECIPE_SPEC, "feature_count", "38"));
    expect(messages(forty.warnings)).toEqual([expect.stringContaining("<feature_count> says 38")]);
  });
});

describe("validateAppSpec: core_features", () => {
  it("counts only lines that start with '- ', nested or indented", () => {
    const categories = [
      "",
      "    <notes>",
      "      Some words about notes.",
      "      - One",
      "      -Two is not a feature line",
      "      * Three is not either",
      "      -",
      "      <group>- Four</group>",
      "    </notes>",
      "    <search>",
      "- Five",
      "    </search>",
      "  ",
    ].join("\n");
    const spec = withContent(MINIMAL_SPEC, "core_features", categories);
    const result = validateAppSpec(spec);
    expect(result.categories).toEqual([
      { name: "notes", features: ["One", "Four"] },
      { name: "search", features: ["Five"] },
    ]);
    expect(result.featureLines).toBe(3);
    expect(result.valid).toBe(true);
  });

  it("reports features written directly in core_features, without categories", () => {
    const spec = withContent(MINIMAL_SPEC, "core_features", "\n    - One\n    - Two\n    - Three\n  ");
    const result = validateAppSpec(spec);
    expect(result.errors).toEqual([
      {
        severity: "error",
        message:
          '<core_features> lists features directly. Group them into category elements named after their domain, such as <recipe_management>, one "- " line per feature.',
        line: lineOf(spec, "<core_features>"),
      },
    ]);
    expect(result.featureLines).toBe(0);
  });

  it("reports categories that hold no feature line", () => {
    const spec = withContent(
      MINIMAL_SPEC,
      "core_features",
      "\n    <notes>Write notes. Edit notes.</notes>\n  ",
    );
    const result = validateAppSpec(spec);
    expect(messages(result.errors)).toEqual([
      'No category in <core_features> holds a feature. Write each feature on its own line starting with "- " inside its category.',
    ]);
    expect(result.errors[0]!.line).toBe(lineOf(spec, "<core_features>"));
  });

  it("reports core_features with text but no category and no feature line", () => {
    const spec = withContent(MINIMAL_SPEC, "core_features", "Notes, search and sharing.");
    expect(messages(validateAppSpec(spec).errors)).toEqual([
      expect.stringContaining("<core_features> needs at least one category element"),
    ]);
  });

  it("warns about an empty category and about lines outside every category", () => {
    const content = [
      "",
      "    - A loose feature",
      "    <notes>",
      "      - One",
      "      - Two",
      "      - Three",
      "    </notes>",
      "    <sharing></sharing>",
      "  ",
    ].join("\n");
    const spec = withContent(MINIMAL_SPEC, "core_features", content);
    const result = validateAppSpec(spec);
    expect(result.valid).toBe(true);
    expect(result.featureLines).toBe(3);
    expect(result.warnings).toEqual([
      {
        severity: "warning",
        message:
          "1 feature line sits directly in <core_features>, outside any category, and is not counted. Move it into a category.",
        line: lineOf(spec, "<core_features>"),
      },
      {
        severity: "warning",
        message: 'Category <sharing> has no features. Add lines starting with "- ", or remove the category.',
        line: lineOf(spec, "<sharing>"),
      },
    ]);
  });
});

describe("validateAppSpec: warnings", () => {
  const recommended = [
    "prerequisites",
    "security_and_access_control",
    "database_schema",
    "api_endpoints_summary",
    "ui_layout",
    "design_system",
    "implementation_steps",
  ];

  for (const name of recommended) {
    it(`warns about a missing or empty <${name}>, and stays valid`, () => {
      const missing = validateAppSpec(withoutElement(MINIMAL_SPEC, name));
      expect(missing.valid).toBe(true);
      expect(missing.warnings).toContainEqual(
        expect.objectContaining({ line: 1, message: expect.stringContaining(`has no <${name}>`) }),
      );
      const emptySpec = withContent(MINIMAL_SPEC, name, "");
      const empty = validateAppSpec(emptySpec);
      expect(empty.valid).toBe(true);
      expect(empty.warnings).toContainEqual(
        expect.objectContaining({
          line: lineOf(emptySpec, `<${name}>`),
          message: expect.stringContaining("is empty"),
        }),
      );
    });
  }

  for (const [name, parent] of [
    ["frontend", "technology_stack"],
    ["backend", "technology_stack"],
    ["communication", "technology_stack"],
    ["database", "backend"],
  ]) {
    it(`warns about a missing or empty <${name}> at the line of <${parent}>`, () => {
      const withoutIt = withoutElement(MINIMAL_SPEC, name!);
      const missing = validateAppSpec(withoutIt);
      expect(missing.valid).toBe(true);
      expect(missing.warnings).toContainEqual({
        severity: "warning",
        message: expect.stringMatching(`^<${parent}> has no <${name}>\\. Add one with `),
        line: lineOf(withoutIt, `<${parent}>`),
      });
      const emptySpec = withContent(MINIMAL_SPEC, name!, " ");
      expect(validateAppSpec(emptySpec).warnings).toContainEqual(
        expect.objectContaining({
          line: lineOf(emptySpec, `<${name}>`),
          message: expect.stringContaining("is empty"),
        }),
      );
    });
  }

  it("accepts <database> placed directly in technology_stack", () => {
    const spec = withoutElement(MINIMAL_SPEC, "database").replace(
      "    <communication>",
      "    <database>SQLite</database>\n    <communication>",
    );
    expect(validateAppSpec(spec).warnings).toEqual([]);
  });

  const statelessFeatures =
    "\n    <notes>\n      - A person can write a note\n      - A person can edit a note\n      - A person can delete a note\n    </notes>\n  ";

  it("warns when a stateful app's features store nothing and its schema is empty", () => {
    const spec = withContent(
      withContent(MINIMAL_SPEC, "core_features", statelessFeatures),
      "database_schema",
      "",
    );
    const result = validateAppSpec(spec);
    const stateful = result.warnings.filter((finding) =>
      finding.message.startsWith("The app has a database"),
    );
    expect(stateful).toEqual([
      {
        severity: "warning",
        message:
          'The app has a database ("SQLite"), but no feature stores, saves or persists anything and <database_schema> is empty. Describe the stored data in <database_schema>, or write "none" in <database> if the app keeps nothing.',
        line: lineOf(spec, "<database>"),
      },
    ]);
  });

  it("does not warn about state when a feature saves data, the schema has content, or the database is none", () => {
    const noSchema = withContent(MINIMAL_SPEC, "database_schema", "");
    const stateful = (spec: string) =>
      validateAppSpec(spec).warnings.filter((finding) =>
        finding.message.startsWith("The app has a database"),
      );
    expect(stateful(noSchema)).toEqual([]);
    expect(stateful(withContent(MINIMAL_SPEC, "core_features", statelessFeatures))).toEqual([]);
    const statelessNoSchema = withContent(noSchema, "core_features", statelessFeatures);
    expect(stateful(withContent(statelessNoSchema, "database", "None: everything stays in memory"))).toEqual(
      [],
    );
    expect(stateful(withContent(statelessNoSchema, "database", "NONE"))).toEqual([]);
  });

  it("warns about steps without a number, a title or tasks", () => {
    const steps =
      '\n    <step>\n      <title>One</title>\n    </step>\n    <step number="2"><tasks>- Do</tasks></step>\n  ';
    const spec = withContent(MINIMAL_SPEC, "implementation_steps", steps);
    const result = validateAppSpec(spec);
    expect(result.warnings).toEqual([
      {
        severity: "warning",
        message: '<step> needs a number attribute (number="1") and <tasks>.',
        line: lineOf(spec, "<step>"),
      },
      { severity: "warning", message: "<step> needs <title>.", line: lineOf(spec, '<step number="2">') },
    ]);
  });

  it("warns about a repeated section, and reads the first one", () => {
    const spec = MINIMAL_SPEC.replace(
      "  <success_criteria>",
      "  <feature_count>99</feature_count>\n  <success_criteria>",
    );
    const result = validateAppSpec(spec);
    expect(result.featureCount).toBe(3);
    expect(result.warnings).toEqual([
      {
        severity: "warning",
        message: `<feature_count> appears again (first at line ${lineOf(spec, "<feature_count>")}); only the first one is read. Merge them into one.`,
        line: lineOf(spec, "<feature_count>99"),
      },
    ]);
  });

  it("lists findings in the order of the file", () => {
    const spec = withContent(withContent(MINIMAL_SPEC, "design_system", ""), "prerequisites", "");
    const lines = validateAppSpec(spec).warnings.map((finding) => finding.line);
    expect(lines).toEqual([lineOf(spec, "<prerequisites>"), lineOf(spec, "<design_system>")]);
  });
});
