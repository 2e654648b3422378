import { describe, expect, it } from "vitest";
import { type ProjectStatusFacts, projectStatus } from "../../../web/src/logic/project-status.js";

const facts = (over: Partial<ProjectStatusFacts>): ProjectStatusFacts => ({
  hasSpec: false,
  specState: "none",
  featureCount: null,
  interview: null,
  ...over,
});

describe("a project's status line", () => {
  it("says a finished spec is ready, with its feature count", () => {
    expect(projectStatus(facts({ hasSpec: true, specState: "complete", featureCount: 42 }))).toEqual({
      label: "Spec ready · 42 features",
      tone: "ready",
    });
    expect(projectStatus(facts({ specState: "complete", featureCount: 1 })).label).toBe(
      "Spec ready · 1 feature",
    );
  });

  it("shows an interview under way with its phase, never 'No spec yet'", () => {
    const interview = { complete: false, phaseIndex: 5, phaseTotal: 9 };
    expect(projectStatus(facts({ interview }))).toEqual({
      label: "Interview in progress · phase 5 of 9",
      tone: "draft",
    });
    expect(projectStatus(facts({ interview: { ...interview, phaseIndex: null } })).label).toBe(
      "Interview in progress",
    );
  });

  it("puts a spec with problems before the interview that wrote it", () => {
    const status = projectStatus(
      facts({ specState: "invalid", interview: { complete: false, phaseIndex: 9, phaseTotal: 9 } }),
    );
    expect(status).toEqual({ label: "Spec has problems", tone: "problem" });
  });

  it("says when there is nothing yet, and reads an older server's has_spec alone", () => {
    expect(projectStatus(facts({}))).toEqual({ label: "No spec yet", tone: "draft" });
    expect(projectStatus(facts({ specState: "valid" })).label).toBe("Spec written, not finished");
    expect(projectStatus(facts({ specState: null, hasSpec: true })).label).toBe("Spec ready");
  });
});
