import { lazy, Suspense, useEffect, useState } from "react";
import { getPromptFiles, getSpecReport, type PromptFiles, type SpecReport } from "../api/spec.js";
import type { VersionComparison } from "./CompleteNotice.js";
import { FileBlock } from "./FileBlock.js";
import { FindingsList } from "./FindingsList.js";
import { CheckIcon } from "./icons.js";
import { SpecOutlineView } from "./SpecOutlineView.js";
import { panelId, Tabs, tabId } from "./Tabs.js";
import "./SpecView.css";

// The editor (CodeMirror) is most of the page's weight and only the Edit tab needs it:
// it loads when that tab is first opened, so the conversation opens without it.
const SpecEditor = lazy(() => import("./SpecEditor.js").then((module) => ({ default: module.SpecEditor })));
// Likewise the versions, with the line differ.
const SpecVersions = lazy(() =>
  import("./SpecVersions.js").then((module) => ({ default: module.SpecVersions })),
);

type SpecTab = "outline" | "raw" | "checks" | "initializer" | "edit" | "versions";

interface SpecViewProps {
  project: string;
  /** Changes whenever a spec file was written, so the view reloads. */
  revision: number;
  /** Two versions to show the differences of, in the Versions tab; a new `request` opens it again. */
  comparison?: (VersionComparison & { request: number }) | null;
  /** The interview on this page finished the spec: say so above it. */
  completedHere: boolean;
  /** The way back to the conversation, named for what it does now. */
  continueLabel: string;
  onContinue: () => void;
}

type Loaded =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "loaded"; report: SpecReport; prompts: PromptFiles };

/** The finished spec: a readable outline, the raw file, the validator's findings and the initializer prompt. */
export function SpecView({
  project,
  revision,
  comparison = null,
  completedHere,
  continueLabel,
  onContinue,
}: SpecViewProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [tab, setTab] = useState<SpecTab>("outline");

  // Asked to compare two versions: the Versions tab opens on them.
  useEffect(() => {
    if (comparison) setTab("versions");
  }, [comparison]);
  // Bumped by a save or a restore made here, which the interview's frames do not report.
  const [ownRevision, setOwnRevision] = useState(0);
  const reload = () => setOwnRevision((count) => count + 1);

  useEffect(() => {
    let current = true;
    // The revisions are read only to reload when they change.
    void revision;
    void ownRevision;
    Promise.all([getSpecReport(project), getPromptFiles(project)]).then(
      ([report, prompts]) => {
        if (current) setLoaded({ state: "loaded", report, prompts });
      },
      (error: unknown) => {
        if (current)
          setLoaded({ state: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [project, revision, ownRevision]);

  if (loaded.state === "loading") return <p className="spec-view-status">Loading the spec…</p>;
  if (loaded.state === "failed") {
    return (
      <p className="spec-view-status" role="alert">
        The spec couldn't be loaded: {loaded.message}
      </p>
    );
  }
  const { report, prompts } = loaded;
  if (report.appSpec === null) {
    return (
      <div className="spec-view-status">
        <p>There is no app spec in this project yet. It is written at the end of the interview.</p>
        <button type="button" className="button button-primary" onClick={onContinue}>
          {continueLabel}
        </button>
      </div>
    );
  }
  const findingCount = report.errors.length + report.warnings.length;
  const prefix = `spec-${project}`;
  return (
    <section className="spec-view" aria-labelledby="spec-view-title">
      {completedHere && report.valid ? (
        <p className="spec-view-done">
          <CheckIcon className="spec-view-done-icon" />
          {report.warnings.length === 0
            ? "Your spec is complete: both files are written and pass every check."
            : `Your spec is complete: both files are written and valid, with ${report.warnings.length} ${report.warnings.length === 1 ? "warning" : "warnings"} to look at in Checks.`}
        </p>
      ) : null}
      <header className="spec-view-header">
        <div className="spec-view-heading">
          <h2 id="spec-view-title" className="spec-view-title">
            {report.outline?.projectName ?? project}
          </h2>
          <p className="spec-view-meta">
            <span className={report.valid ? "status status-ready" : "status status-problem"}>
              {report.valid ? "Valid spec" : "Has problems"}
            </span>
            {report.featureCount !== null ? <span>{report.featureCount} features</span> : null}
          </p>
        </div>
        <button type="button" className="button button-secondary" onClick={onContinue}>
          {continueLabel}
        </button>
      </header>
      <Tabs<SpecTab>
        label="Spec files"
        idPrefix={prefix}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: "outline", label: "Summary" },
          { id: "raw", label: "app_spec.txt", shortLabel: "Spec file" },
          { id: "checks", label: "Checks", ...(findingCount > 0 ? { badge: String(findingCount) } : {}) },
          { id: "initializer", label: "Initializer prompt", shortLabel: "Initializer" },
          { id: "edit", label: "Edit" },
          { id: "versions", label: "Versions" },
        ]}
      />
      <div
        className="spec-view-panel"
        role="tabpanel"
        id={panelId(prefix, tab)}
        aria-labelledby={tabId(prefix, tab)}
      >
        {tab === "outline" ? (
          report.outline ? (
            <SpecOutlineView outline={report.outline} featureCount={report.featureCount} />
          ) : (
            <p>This spec could not be summarised; see the raw file.</p>
          )
        ) : null}
        {tab === "raw" ? (
          <FileBlock path="prompts/app_spec.txt" text={report.appSpec} mimeType="text/plain" />
        ) : null}
        {tab === "checks" ? <FindingsList errors={report.errors} warnings={report.warnings} /> : null}
        {tab === "initializer" ? (
          <FileBlock
            path="prompts/initializer_prompt.md"
            text={prompts.initializerPrompt}
            mimeType="text/markdown"
          />
        ) : null}
        {tab === "edit" ? (
          <Suspense fallback={<p className="spec-view-loading">Loading the editor…</p>}>
            <SpecEditor project={project} revision={revision} onSaved={reload} />
          </Suspense>
        ) : null}
        {tab === "versions" ? (
          <Suspense fallback={<p className="spec-view-loading">Loading the versions…</p>}>
            <SpecVersions
              project={project}
              revision={revision + ownRevision}
              onRestored={reload}
              comparison={comparison}
            />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
