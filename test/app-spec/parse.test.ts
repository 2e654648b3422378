import { describe, expect, it } from "vitest";
import { parseSpec, type SpecNode } from "../../src/app-spec/index.js";

function only(source: string): SpecNode {
  const parsed = parseSpec(source);
  expect(parsed.errors).toEqual([]);
  expect(parsed.elements).toHaveLength(1);
  return parsed.elements[0]!;
}

function child(node: SpecNode, name: string): SpecNode {
  const found = node.children.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

describe("parseSpec: the tree", () => {
  it("builds elements with attributes, own text, children and 1-based start and end lines", () => {
    const root = only(
      [
        '<?xml version="1.0"?>',
        "<plan>",
        "  Intro text",
        "  <step number=\"1\" kind='first'>",
        "    <title>Set up</title>",
        "  </step>",
        "  Closing text",
        "</plan>",
      ].join("\n"),
    );
    expect(root).toMatchObject({ name: "plan", line: 2, endLine: 8, text: "Intro text\n  \n  Closing text" });
    const step = child(root, "step");
    expect(step).toMatchObject({ attributes: { number: "1", kind: "first" }, line: 4, endLine: 6, text: "" });
    expect(child(step, "title")).toMatchObject({ text: "Set up", line: 5, endLine: 5, children: [] });
    expect(step.allText).toBe("Set up");
  });

  it("keeps the text of descendants, in order, in allText", () => {
    const root = only("<a>one <b>two</b> three<c>four</c></a>");
    expect(root.text).toBe("one  three");
    expect(root.allText).toBe("one two threefour");
  });

  it("decodes the five XML entities and numeric references, and leaves a bare & alone", () => {
    const root = only(
      '<a note="&quot;x&quot; &amp; y">R&D: &lt;b&gt; &amp; &apos;q&apos; &#65;&#x42; &nbsp; AT&T</a>',
    );
    expect(root.text).toBe("R&D: <b> & 'q' AB &nbsp; AT&T");
    expect(root.attributes.note).toBe('"x" & y');
  });

  it("reads CDATA as literal text and skips comments and processing instructions", () => {
    const root = only("<a><!-- not text <b> -->before <![CDATA[x < y && <z>]]> after<?pi stuff?></a>");
    expect(root.text).toBe("before x < y && <z> after");
    expect(root.children).toEqual([]);
  });

  it("treats a self-closing tag the parent expects as an empty element", () => {
    const root = only("<project_specification><design_system/></project_specification>");
    expect(child(root, "design_system")).toMatchObject({ text: "", allText: "", children: [] });
  });
});

describe("parseSpec: prose that looks like markup", () => {
  const prose = [
    "a <b",
    "x < 5 && y > 3",
    "/api/[path]",
    "a <= b -> c",
    "Array<Item>",
    "Map<string, number>",
    "Promise<Array<Item>>",
    "Use <b> for bold",
    'wrap it in a <div class="card"> block',
    "R&D",
    "use <br/> between lines",
    "an unterminated <!-- comment",
  ];

  for (const text of prose) {
    it(`keeps ${JSON.stringify(text)} as text`, () => {
      const root = only(`<overview>${text}</overview>`);
      expect(root.children).toEqual([]);
      expect(root.text).toBe(text);
    });
  }

  it("makes a tag structure when its closing tag follows inside the same parent", () => {
    const root = only("<ui_layout>Use <b>bold</b> for titles</ui_layout>");
    expect(root.children.map((node) => node.name)).toEqual(["b"]);
    expect(root.allText).toBe("Use bold for titles");
  });

  it("does not let a prose tag borrow a closing tag from outside its parent", () => {
    const parsed = parseSpec("<root><one>List<Item> here</one><two><Item>x</Item></two></root>");
    expect(parsed.errors).toEqual([]);
    const root = parsed.elements[0]!;
    expect(child(root, "one")).toMatchObject({ text: "List<Item> here", children: [] });
    expect(child(child(root, "two"), "Item").text).toBe("x");
  });

  it("keeps a section name that is not expected where it stands as prose", () => {
    const root = only(
      "<project_specification><ui_layout>the <overview> screen</ui_layout></project_specification>",
    );
    expect(child(root, "ui_layout")).toMatchObject({ text: "the <overview> screen", children: [] });
  });
});

describe("parseSpec: broken structure", () => {
  it("reports a misspelt closing tag as mismatched, with its line, and recovers", () => {
    const source = [
      "<project_specification>",
      "  <overview>",
      "    A notebook.",
      "  </overveiw>",
      "  <project_name>Notes</project_name>",
      "</project_specification>",
    ].join("\n");
    const parsed = parseSpec(source);
    expect(parsed.errors).toEqual([
      {
        severity: "error",
        message:
          "Mismatched tag: expected </overview> (for <overview> at line 2) but found </overveiw> at line 4.",
        line: 4,
      },
    ]);
    const root = parsed.elements[0]!;
    expect(root.children.map((node) => node.name)).toEqual(["overview", "project_name"]);
    expect(child(root, "overview").endLine).toBe(4);
  });

  it("reports a section never closed before its parent closes", () => {
    const source = [
      "<project_specification>",
      "  <project_name>Notes</project_name>",
      "  <technology_stack>",
      "    <frontend>React</frontend>",
      "</project_specification>",
    ].join("\n");
    const parsed = parseSpec(source);
    expect(parsed.errors.map((finding) => finding.line)).toEqual([5]);
    expect(parsed.errors[0]!.message).toContain(
      "expected </technology_stack> (for <technology_stack> at line 3)",
    );
    expect(parsed.errors[0]!.message).toContain("found </project_specification> at line 5");
    expect(parsed.elements[0]!.endLine).toBe(5);
  });

  it("takes an unknown tag alone on its line for an element, so an unclosed category is an error", () => {
    const source = ["<core_features>", "  <notes>", "    - Write a note", "</core_features>"].join("\n");
    const parsed = parseSpec(source);
    expect(parsed.errors.map((finding) => [finding.line, finding.message])).toEqual([
      [4, "Mismatched tag: expected </notes> (for <notes> at line 2) but found </core_features> at line 4."],
    ]);
    const notes = child(parsed.elements[0]!, "notes");
    expect(notes).toMatchObject({ text: "- Write a note", line: 2, endLine: 4 });
  });

  it("reports every element still open at the end of the file at the line it was opened", () => {
    const source = ["<project_specification>", "  <overview>", "    Notes", ""].join("\n");
    const parsed = parseSpec(source);
    expect(parsed.errors.map((finding) => [finding.line, finding.message])).toEqual([
      [2, "<overview> opened at line 2 is never closed: add </overview> where it ends."],
      [
        1,
        "<project_specification> opened at line 1 is never closed: add </project_specification> where it ends.",
      ],
    ]);
  });

  it("reports a stray closing tag inside an element that closes later, and keeps it as text", () => {
    const parsed = parseSpec("<overview>\nclose with </div> here\n</overview>");
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ line: 2 });
    expect(parsed.errors[0]!.message).toContain("found </div> at line 2");
    expect(parsed.elements[0]!.text).toBe("close with </div> here");
  });

  it("reports a closing tag with nothing open", () => {
    const parsed = parseSpec("<a></a>\n</b>");
    expect(parsed.errors).toEqual([
      {
        severity: "error",
        message: "Found </b> at line 2, but no element is open there; remove it.",
        line: 2,
      },
    ]);
  });

  it("collects text outside every element with the line it starts on", () => {
    const parsed = parseSpec("Here is the spec:\n<a>x</a>\n\n  trailing words\n");
    expect(parsed.strayText).toEqual([
      { text: "Here is the spec:", line: 1 },
      { text: "trailing words", line: 4 },
    ]);
  });
});

describe("parseSpec: any input", () => {
  const fragments = [
    "<a>",
    "</a>",
    "<b x='1'>",
    "</b>",
    "<c/>",
    "<",
    ">",
    "&",
    "&amp;",
    "\n",
    " text ",
    "<!--",
    "-->",
    "</",
    "<project_specification>",
    "</project_specification>",
  ];

  it("never throws, and gives every element a start line no later than its end line", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 500; round++) {
      const length = Math.floor(random() * 40);
      const source = Array.from({ length }, () => fragments[Math.floor(random() * fragments.length)]).join(
        "",
      );
      const parsed = parseSpec(source);
      const lines = source.split("\n").length;
      const visit = (node: SpecNode): void => {
        expect(node.line).toBeGreaterThanOrEqual(1);
        expect(node.endLine).toBeGreaterThanOrEqual(node.line);
        expect(node.endLine).toBeLessThanOrEqual(lines);
        node.children.forEach(visit);
      };
      parsed.elements.forEach(visit);
      for (const finding of parsed.errors) expect(finding.line).toBeLessThanOrEqual(lines);
    }
  });
});
