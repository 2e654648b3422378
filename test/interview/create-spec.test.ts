import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  RECOMMENDED_SECTIONS,
  REQUIRED_SECTIONS,
  SECTION_ORDER,
  validateAppSpec,
} from "../../src/app-spec/index.js";
import { DEFAULT_SKILL_PATH } from "../../src/session/index.js";
import { INTERVIEW_PHASES } from "../../src/types/phases.js";
import {
  MAX_HEADER_LENGTH,
  MAX_OPTIONS,
  MIN_OPTIONS,
  RECOMMENDED_SUFFIX,
} from "../../src/types/questions.js";
import { parseAskUserQuestionInput } from "../../src/workspace/index.js";

const skill = await readFile(DEFAULT_SKILL_PATH, "utf8");

/** The fenced blocks of a language in the skill, in order. */
function blocks(language: string): string[] {
  return [...skill.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "g"))].map(
    (match) => match[1]!,
  );
}

describe("the interview skill", () => {
  it("states the one question rule with the limits every engine enforces", () => {
    expect(skill).toContain(`${MIN_OPTIONS} to ${MAX_OPTIONS} options`);
    expect(skill).toContain(`at most ${MAX_HEADER_LENGTH} characters`);
    expect(skill).toContain(`"${RECOMMENDED_SUFFIX}"`);
    expect(skill).toContain("it holds one question");
  });

  it("names every phase, in order, as the ids a question reports", () => {
    const listed = [...skill.matchAll(/^\d\. \*\*[^*]+\*\* \(`([a-z-]+)`\)/gm)].map((match) => match[1]);
    expect(listed).toEqual(INTERVIEW_PHASES.map((phase) => phase.id));
    // Phases come from the questions, not from words in the text.
    expect(skill).not.toMatch(/step \d of \d/i);
  });

  it("leaves the initializer prompt to Specwright", () => {
    expect(skill).not.toMatch(/initializer/i);
    expect(skill).not.toContain("[FEATURE_COUNT]");
  });

  it("calibrates the feature count and says what counts as one feature", () => {
    expect(skill).toContain("about 20 to 50 features");
    expect(skill).toContain("about\n  100");
    expect(skill).toContain("150 to 200");
    expect(skill).toMatch(/A feature is one behaviour a tester can check/);
    expect(skill).toContain("infrastructure");
  });

  it("asks about roles and permissions, data flow and what goes wrong", () => {
    for (const topic of ["Accounts and roles", "Data flow", "When things go wrong", "password rules"])
      expect(skill).toContain(topic);
  });

  it("teaches every section of the spec format, in the validator's order", () => {
    const format = blocks("xml")[0]!;
    const sections = [...format.matchAll(/^ {2}<([a-z_]+)>/gm)].map((match) => match[1]);
    expect(sections).toEqual([...SECTION_ORDER]);
    for (const name of [...REQUIRED_SECTIONS, ...RECOMMENDED_SECTIONS]) expect(sections).toContain(name);
  });

  it("shows an example question that passes the question rule", () => {
    const example = JSON.parse(blocks("json")[0]!);
    const parsed = parseAskUserQuestionInput(example);
    expect(parsed).toMatchObject({ ok: true, phase: "overview" });
  });

  it("advises writing a large spec in parts, a skeleton and then Edits", () => {
    expect(skill).toMatch(/A large spec, in parts/);
    expect(skill).toContain("`  </core_features>` as `old_string`");
  });
});

describe("the nested spec format the skill teaches", () => {
  it("passes the validator without errors or warnings", () => {
    const spec = `<project_specification>
  <project_name>Choir Hub</project_name>
  <overview>Members find the scores for their voice part; the director runs rehearsals &amp; attendance.</overview>
  <technology_stack>
    <frontend>
      <framework>React 18 with TypeScript</framework>
      <styling>Tailwind CSS</styling>
    </frontend>
    <backend>
      <runtime>Node.js 20 with Express</runtime>
      <database>SQLite</database>
    </backend>
    <communication>
      <api>REST</api>
    </communication>
  </technology_stack>
  <prerequisites>
    <environment_setup>
      - Node.js 20
    </environment_setup>
  </prerequisites>
  <feature_count>7</feature_count>
  <security_and_access_control>
    <user_roles>
      <role name="director">
        <permissions>
          - Can upload scores
        </permissions>
        <protected_routes>
          - /attendance (director only)
        </protected_routes>
      </role>
    </user_roles>
    <authentication>
      <method>Email and password</method>
      <session_timeout>30 days</session_timeout>
      <password_requirements>At least 10 characters</password_requirements>
    </authentication>
    <sensitive_operations>
      - Deleting a score asks for confirmation
    </sensitive_operations>
  </security_and_access_control>
  <core_features>
    <infrastructure>
      - The database connects when the server starts
      - The database tables match the data model
      - Data survives a server restart
      - No mock or in-memory data stands in for the database
      - The API reads and writes the real database
    </infrastructure>
    <sheet_music>
      - A director can upload a PDF score with a title and a voice part
      - Uploading a file that is not a PDF is refused with a message
    </sheet_music>
  </core_features>
  <database_schema>
    <tables>
      <scores>
        - id, title, voice_part, file_path
      </scores>
    </tables>
  </database_schema>
  <api_endpoints_summary>
    <scores>
      - GET /api/scores - list scores
    </scores>
  </api_endpoints_summary>
  <ui_layout>
    <main_structure>A top bar and the pages below it</main_structure>
    <screens>
      - Scores: a list filtered by voice part
    </screens>
  </ui_layout>
  <design_system>
    <color_palette>Deep blue, warm white</color_palette>
    <typography>Inter</typography>
    <components>Cards, buttons</components>
  </design_system>
  <implementation_steps>
    <step number="1">
      <title>Foundation</title>
      <tasks>
        - Set up the database
      </tasks>
    </step>
  </implementation_steps>
  <success_criteria>
    <functionality>- A member finds their score</functionality>
    <user_experience>- Works at phone width</user_experience>
    <technical_quality>- No console errors</technical_quality>
    <design_polish>- Consistent spacing</design_polish>
  </success_criteria>
</project_specification>
`;
    const validation = validateAppSpec(spec);
    expect(validation.errors).toEqual([]);
    expect(validation.warnings).toEqual([]);
    expect(validation.featureCount).toBe(7);
    expect(validation.categories.map((category) => category.name)).toEqual(["infrastructure", "sheet_music"]);
  });
});
