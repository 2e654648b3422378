import { describe, expect, it } from "vitest";
import {
  type AppSpecModel,
  renderAppSpec,
  toElementName,
  uniqueElementNames,
  validateAppSpec,
} from "../../src/app-spec/index.js";

function model(overrides: Partial<AppSpecModel> = {}): AppSpecModel {
  return {
    projectName: "Pantry & Plate",
    overview: "Recipes for home cooks.\n\nPlans meals & builds shopping lists.",
    technologyStack: {
      frontend: ["React 18", "Tailwind CSS"],
      backend: ["Node.js 20 with Express"],
      database: "SQLite",
      communication: ["REST with JSON"],
    },
    prerequisites: ["Node.js 20"],
    featureCount: 3,
    securityAndAccessControl: ["Each person sees only their own recipes"],
    coreFeatures: [
      { name: "Recipe management", features: ["A person can add a recipe", "A person can delete a recipe"] },
      { name: "Search", features: ["Search finds recipes by title"] },
    ],
    databaseSchema: [{ name: "recipes", fields: ["id (primary key)", "title (text)"] }],
    apiEndpoints: [{ name: "Recipes", endpoints: ["GET /api/recipes - list recipes"] }],
    uiLayout: ["A grid of recipe cards"],
    designSystem: ["Warm colours"],
    implementationSteps: [{ title: "Set up", tasks: ["Create the project"] }],
    successCriteria: ["Every feature works end to end"],
    ...overrides,
  };
}

describe("renderAppSpec", () => {
  it("writes an indented spec with every section, which validates with no findings", () => {
    const text = renderAppSpec(model());
    expect(text).toContain("<project_specification>\n  <project_name>Pantry &amp; Plate</project_name>\n");
    expect(text).toContain(
      "  <core_features>\n    <recipe_management>\n      - A person can add a recipe\n      - A person can delete a recipe\n    </recipe_management>\n",
    );
    expect(text).toContain('    <step number="1">\n      <title>Set up</title>\n');
    expect(text).toContain(
      "    <backend>\n      - Node.js 20 with Express\n      <database>SQLite</database>\n    </backend>\n",
    );
    expect(text.endsWith("</project_specification>\n")).toBe(true);
    const result = validateAppSpec(text);
    expect([...result.errors, ...result.warnings]).toEqual([]);
    expect(result.featureCount).toBe(3);
  });

  it("writes the sections in the spec's order", () => {
    const text = renderAppSpec(model());
    const order = [...text.matchAll(/^ {2}<([a-z_]+)>/gm)].map((match) => match[1]);
    expect(order).toEqual([
      "project_name",
      "overview",
      "technology_stack",
      "prerequisites",
      "feature_count",
      "security_and_access_control",
      "core_features",
      "database_schema",
      "api_endpoints_summary",
      "ui_layout",
      "design_system",
      "implementation_steps",
      "success_criteria",
    ]);
  });

  const awkwardFeatures = [
    "Compare a <b and x < 5 && y > 3",
    "Show <script>alert(1)</script> as text",
    "Call /api/[path] returning Array<Item>",
    "R&D notes with &amp; written out",
    "Wrap lines\n  across two lines",
    "- starts with a dash",
    "]]> and <!-- and <?xml",
    "Ends with a backslash \\",
  ];
  const awkwardNames = [
    "Recipe management",
    "Café & Bar",
    "42 things",
    "!!!",
    "Recipe-Management",
    "",
    "naïve 日本語",
    "camelCaseName",
  ];

  it("keeps odd characters in features and category names through a render and validate round trip", () => {
    const coreFeatures = awkwardNames.map((name, index) => ({
      name,
      features: awkwardFeatures.slice(index % 3, (index % 3) + 4),
    }));
    const total = coreFeatures.reduce((sum, category) => sum + category.features.length, 0);
    const input = model({
      projectName: '<Tom> & "Jerry\'s"',
      overview: "x < 5 && y > 3\n<div>not markup</div>",
      featureCount: total,
      coreFeatures,
    });
    const result = validateAppSpec(renderAppSpec(input));
    expect(result.errors).toEqual([]);
    expect(result.featureLines).toBe(total);
    expect(result.categories.map((category) => category.features)).toEqual(
      coreFeatures.map((category) => category.features.map((feature) => feature.replace(/\s+/g, " ").trim())),
    );
    const names = result.categories.map((category) => category.name);
    expect(names).toEqual([
      "recipe_management",
      "cafe_bar",
      "category_42_things",
      "category",
      "recipe_management_2",
      "category_2",
      "naive_ri_ben_yu",
      "camel_case_name",
    ]);
  });

  it("validates with no errors for models of every size", () => {
    for (let categories = 1; categories <= 6; categories++) {
      for (let perCategory = 1; perCategory <= 5; perCategory++) {
        const coreFeatures = Array.from({ length: categories }, (_, category) => ({
          name: `Area ${category} <${category}>`,
          features: Array.from(
            { length: perCategory },
            (_, feature) => `${awkwardFeatures[(category + feature) % awkwardFeatures.length]} #${feature}`,
          ),
        }));
        const text = renderAppSpec(model({ coreFeatures, featureCount: categories * perCategory }));
        const result = validateAppSpec(text);
        expect(result.errors).toEqual([]);
        expect(result.featureLines).toBe(categories * perCategory);
      }
    }
  });

  it("keeps a minimal model valid: empty lists become empty sections, which are warnings", () => {
    const text = renderAppSpec(
      model({
        prerequisites: [],
        securityAndAccessControl: [],
        databaseSchema: [],
        apiEndpoints: [],
        uiLayout: [],
        designSystem: [],
        implementationSteps: [],
        technologyStack: { frontend: [], backend: [], database: "none", communication: [] },
      }),
    );
    expect(text).toContain("  <database_schema></database_schema>\n");
    const result = validateAppSpec(text);
    expect(result.errors).toEqual([]);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.warnings.every((finding) => finding.message.includes("empty"))).toBe(true);
  });

  it("leaves out blank list items", () => {
    const text = renderAppSpec(model({ successCriteria: ["Works", "  ", ""] }));
    expect(text).toContain("  <success_criteria>\n    - Works\n  </success_criteria>\n");
  });
});

describe("element names", () => {
  it("turns labels into snake_case names that start with a letter", () => {
    expect(toElementName("Recipe management", "category")).toBe("recipe_management");
    expect(toElementName("  User Accounts & Roles ", "category")).toBe("user_accounts_roles");
    expect(toElementName("Crème brûlée", "category")).toBe("creme_brulee");
    expect(toElementName("2FA", "category")).toBe("category_2fa");
    // Letters that no accent can be taken off are read as the plain letters they stand for.
    expect(toElementName("Regały", "table")).toBe("regaly");
    expect(toElementName("Sınıflar", "table")).toBe("siniflar");
    expect(toElementName("Straße", "table")).toBe("strasse");
    // Every script in Latin letters (kanji by their Chinese reading, as any-ascii spells them).
    expect(toElementName("日本語", "table")).toBe("ri_ben_yu");
    expect(toElementName("Κρατήσεις", "table")).toBe("kratiseis");
    expect(toElementName("Бронирования", "table")).toBe("bronirovaniya");
    expect(toElementName("!!!", "table")).toBe("table");
    expect(toElementName("APIEndpoints", "group")).toBe("apiendpoints");
  });

  it("numbers repeated names", () => {
    expect(uniqueElementNames(["Search", "search", "SEARCH", "search_2"], "category")).toEqual([
      "search",
      "search_2",
      "search_3",
      "search_2_2",
    ]);
  });
});
