import { useEffect, useId, useMemo, useRef, useState } from "react";
import { listVersions, readVersionText, restoreVersion, type SpecVersion } from "../api/versions.js";
import { type LineDiff, lineDiff } from "../logic/line-diff.js";
import type { VersionComparison } from "./CompleteNotice.js";
import { ConfirmDialog } from "./ConfirmDialog.js";
import "./SpecVersions.css";

interface SpecVersionsProps {
  project: string;
  /** Changes whenever a spec file was written, so the list reloads. */
  revision: number;
  /** Called after a restore, so the rest of the spec view reloads. */
  onRestored: () => void;
  /** Two versions of the app spec to compare (a revision's "See the changes"); a new `request` chooses them again. */
  comparison?: (VersionComparison & { request: number }) | null;
}

const FILES = [
  { path: "prompts/app_spec.txt", label: "app_spec.txt" },
  { path: "prompts/initializer_prompt.md", label: "initializer_prompt.md" },
] as const;

const SOURCE_TEXT: Record<SpecVersion["source"], string> = {
  interview: "Written in the interview",
  chat: "Changed in the conversation",
  page: "Edited in the studio",
  rest: "Written through the REST API",
  restore: "Restored",
  found: "Changed outside Specwright",
  backup: "Backup from an earlier Specwright",
};

export function versionName(version: SpecVersion): string {
  return version.source === "backup" ? `Backup ${version.id.split("-")[1] ?? ""}` : `Version ${version.id}`;
}

function describe(version: SpecVersion): string {
  if (version.source === "restore" && version.restoredFrom)
    return `Restored from ${version.restoredFrom.startsWith("history-") ? "a backup" : `version ${version.restoredFrom}`}`;
  return SOURCE_TEXT[version.source];
}

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString("en", { dateStyle: "medium", timeStyle: "short" });
}

type Listed =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; versions: SpecVersion[] };

/**
 * Every version of the spec files, newest first, with how and when each was made; the
 * differences between any two; and a restore, which makes the chosen text the file's
 * text again (what it replaces stays in the list).
 */
export function SpecVersions({ project, revision, onRestored, comparison = null }: SpecVersionsProps) {
  const [listed, setListed] = useState<Listed>({ state: "loading" });
  const [file, setFile] = useState<string>(FILES[0].path);
  const [from, setFrom] = useState<string | null>(comparison?.from ?? null);
  const [to, setTo] = useState<string | null>(comparison?.to ?? null);
  const [restoring, setRestoring] = useState<SpecVersion | null>(null);
  const [restoreBusy, setRestoreBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const fileId = useId();
  const fromId = useId();
  const toId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let current = true;
    void revision;
    void reloads;
    listVersions(project).then(
      (versions) => {
        if (current) setListed({ state: "ready", versions });
      },
      (error: unknown) => {
        if (current)
          setListed({ state: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [project, revision, reloads]);

  const versions = useMemo(
    () => (listed.state === "ready" ? listed.versions.filter((version) => version.file === file) : []),
    [listed, file],
  );

  // Asked for two versions (of the app spec): compare those.
  const request = comparison?.request ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request chooses again; the person's own choice stands until then.
  useEffect(() => {
    if (!comparison) return;
    setFile(FILES[0].path);
    setFrom(comparison.from);
    setTo(comparison.to);
  }, [request]);

  // Compare the two newest by default, and again whenever the chosen ones are gone (once the list is in).
  useEffect(() => {
    if (listed.state !== "ready") return;
    const ids = versions.map((version) => version.id);
    if (to === null || !ids.includes(to)) setTo(ids[0] ?? null);
    if (from === null || !ids.includes(from)) setFrom(ids[1] ?? ids[0] ?? null);
  }, [listed.state, versions, from, to]);

  const restore = async () => {
    if (!restoring) return;
    setRestoreBusy(true);
    setRestoreError(null);
    try {
      await restoreVersion(project, restoring.id);
      setNotice(`${versionName(restoring)} is the text of ${restoring.file.split("/").at(-1)} again.`);
      setRestoring(null);
      setReloads((count) => count + 1);
      onRestored();
      headingRef.current?.focus();
    } catch (error) {
      setRestoreError(error instanceof Error ? error.message : String(error));
    } finally {
      setRestoreBusy(false);
    }
  };

  if (listed.state === "loading") return <p className="spec-view-status">Loading the versions…</p>;
  if (listed.state === "failed")
    return (
      <p className="spec-view-status" role="alert">
        The versions couldn't be loaded: {listed.message}
      </p>
    );
  const fromVersion = versions.find((version) => version.id === from);
  const toVersion = versions.find((version) => version.id === to);
  const hasInitializerVersions = listed.versions.some((version) => version.file === FILES[1].path);
  return (
    <div className="spec-versions">
      <div className="spec-versions-bar">
        <h3 ref={headingRef} tabIndex={-1} className="spec-versions-title">
          Versions
        </h3>
        {hasInitializerVersions ? (
          <div className="spec-versions-field">
            <label htmlFor={fileId}>File</label>
            <select
              id={fileId}
              className="select-input"
              value={file}
              onChange={(event) => setFile(event.target.value)}
            >
              {FILES.map((option) => (
                <option key={option.path} value={option.path}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <p className="spec-versions-notice" aria-live="polite">
        {notice}
      </p>
      {versions.length === 0 ? (
        <p className="spec-versions-empty">No versions of this file are kept yet.</p>
      ) : (
        <ol className="spec-versions-list" aria-label={`Versions of ${file}`}>
          {versions.map((version, index) => (
            <li key={version.id} className="spec-version">
              <div className="spec-version-text">
                <span className="spec-version-name">
                  {versionName(version)}
                  {index === 0 ? <span className="spec-version-current"> (newest)</span> : null}
                </span>
                <span className="spec-version-meta">
                  {describe(version)} · {when(version.at)} · {version.bytes.toLocaleString("en")} bytes
                </span>
              </div>
              {index > 0 ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    setRestoreError(null);
                    setRestoring(version);
                  }}
                  aria-label={`Restore ${versionName(version)}`}
                >
                  Restore
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {versions.length > 1 && fromVersion && toVersion ? (
        <section className="spec-compare" aria-label="Compare two versions">
          <div className="spec-compare-fields">
            <div className="spec-versions-field">
              <label htmlFor={fromId}>Compare</label>
              <select
                id={fromId}
                className="select-input"
                value={fromVersion.id}
                onChange={(event) => setFrom(event.target.value)}
              >
                {versions.map((version) => (
                  <option key={version.id} value={version.id}>
                    {versionName(version)}
                  </option>
                ))}
              </select>
            </div>
            <div className="spec-versions-field">
              <label htmlFor={toId}>with</label>
              <select
                id={toId}
                className="select-input"
                value={toVersion.id}
                onChange={(event) => setTo(event.target.value)}
              >
                {versions.map((version) => (
                  <option key={version.id} value={version.id}>
                    {versionName(version)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <VersionDiff project={project} from={fromVersion} to={toVersion} />
        </section>
      ) : null}
      {restoring ? (
        <ConfirmDialog
          title={`Restore ${versionName(restoring)}?`}
          confirmLabel="Restore"
          busyLabel="Restoring…"
          busy={restoreBusy}
          error={restoreError}
          confirmTone="primary"
          onConfirm={() => void restore()}
          onCancel={() => setRestoring(null)}
        >
          <p>
            {restoring.file} gets the text of {versionName(restoring).toLowerCase()} ({when(restoring.at)}).
            The text it has now stays in this list, so you can come back to it.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

type Compared =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; diff: LineDiff };

/** The lines one version has and the other has not, with a few unchanged lines around each change. */
function VersionDiff({ project, from, to }: { project: string; from: SpecVersion; to: SpecVersion }) {
  const [compared, setCompared] = useState<Compared>({ state: "loading" });
  useEffect(() => {
    let current = true;
    setCompared({ state: "loading" });
    Promise.all([readVersionText(project, from.id), readVersionText(project, to.id)]).then(
      ([before, after]) => {
        if (current) setCompared({ state: "ready", diff: lineDiff(before, after) });
      },
      (error: unknown) => {
        if (current)
          setCompared({ state: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [project, from.id, to.id]);

  if (compared.state === "loading") return <p className="spec-versions-empty">Comparing…</p>;
  if (compared.state === "failed")
    return (
      <p className="spec-versions-empty" role="alert">
        The versions couldn't be compared: {compared.message}
      </p>
    );
  const { diff } = compared;
  const label = `Differences from ${versionName(from).toLowerCase()} to ${versionName(to).toLowerCase()}`;
  return (
    <div className="spec-diff-block">
      <p className="spec-diff-summary">
        {diff.added === 0 && diff.removed === 0
          ? "The two versions are the same."
          : `${diff.added} ${diff.added === 1 ? "line" : "lines"} added, ${diff.removed} ${diff.removed === 1 ? "line" : "lines"} removed.`}
      </p>
      {diff.added + diff.removed > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable so keyboard users can scroll it
        <section className="spec-diff" tabIndex={0} aria-label={label}>
          {diff.rows.map((row, index) =>
            row.kind === "skipped" ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
              <div key={index} className="spec-diff-row spec-diff-skipped">
                {row.count} unchanged {row.count === 1 ? "line" : "lines"}
              </div>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their place
              <div key={index} className={`spec-diff-row spec-diff-${row.kind}`}>
                <span className="spec-diff-mark" aria-hidden="true">
                  {row.kind === "added" ? "+" : row.kind === "removed" ? "−" : " "}
                </span>
                {row.kind !== "same" ? (
                  <span className="visually-hidden">{row.kind === "added" ? "Added: " : "Removed: "}</span>
                ) : null}
                <span className="spec-diff-text">{row.text.length > 0 ? row.text : " "}</span>
              </div>
            ),
          )}
        </section>
      ) : null}
    </div>
  );
}
