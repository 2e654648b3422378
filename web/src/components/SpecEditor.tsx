import { xml } from "@codemirror/lang-xml";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, linter, lintGutter } from "@codemirror/lint";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { basicSetup } from "codemirror";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { ApiError, ChangedMeanwhileError } from "../api/http.js";
import { checkSpecText, readEditableSpec, type SpecCheck, saveSpecText } from "../api/spec-edit.js";
import "./SpecEditor.css";

const SPEC_PATH = "prompts/app_spec.txt";
/** How long typing pauses before the server is asked what it thinks of the text. */
const CHECK_DELAY_MS = 400;

interface SpecEditorProps {
  project: string;
  /** Changes when the interview wrote a spec file: an editor without unsaved changes shows the new text. */
  revision: number;
  /** Called after a save, so the rest of the spec view reloads. */
  onSaved: () => void;
}

type Status =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  | { kind: "ready" }
  | { kind: "saving" }
  | { kind: "saved"; featureCount: number | null }
  | { kind: "save-failed"; message: string }
  | { kind: "conflict"; etag: string | null };

/** Colours from the page's own tokens, so the editor follows the light and dark themes and keeps their contrast. */
const highlight = HighlightStyle.define([
  { tag: [tags.tagName, tags.angleBracket], color: "var(--color-accent)" },
  { tag: tags.attributeName, color: "var(--color-success)" },
  { tag: tags.attributeValue, color: "var(--color-warning)" },
  { tag: tags.comment, color: "var(--color-text-muted)", fontStyle: "italic" },
  { tag: tags.invalid, color: "var(--color-danger)" },
]);

const theme = EditorView.theme({
  "&": { color: "var(--color-text)", backgroundColor: "var(--color-surface)" },
  ".cm-content": { fontFamily: "var(--font-mono)", caretColor: "var(--color-text)" },
  ".cm-gutters": {
    backgroundColor: "var(--color-surface-sunken)",
    color: "var(--color-text-muted)",
    borderRight: "1px solid var(--color-border)",
  },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "var(--color-accent-soft)" },
  "&.cm-focused": { outline: "2px solid var(--color-focus)", outlineOffset: "2px" },
  ".cm-tooltip": {
    backgroundColor: "var(--color-surface)",
    color: "var(--color-text)",
    border: "1px solid var(--color-border-strong)",
  },
});

function toDiagnostics(view: EditorView, check: SpecCheck): Diagnostic[] {
  const { doc } = view.state;
  return check.findings.map((finding) => {
    const line = doc.line(Math.min(Math.max(finding.line ?? 1, 1), doc.lines));
    return { from: line.from, to: line.to, severity: finding.severity, message: finding.message };
  });
}

/**
 * The app spec in an editor that highlights its XML and marks what the validator finds
 * as the person types (the server checks the text; nothing is saved until they say so).
 * Saving goes through the same sandbox as every write, keeps the previous text as a
 * version, and is refused if the file changed on disk since it was opened: the person
 * then chooses between the file on disk and their own text.
 */
export function SpecEditor({ project, revision, onSaved }: SpecEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const savedRef = useRef<{ text: string; etag: string | null }>({ text: "", etag: null });
  const saveRef = useRef<() => void>(() => {});
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const [dirty, setDirty] = useState(false);
  const [check, setCheck] = useState<SpecCheck | null>(null);
  const summaryId = useId();
  const conflictTitleId = useId();
  const conflictRef = useRef<HTMLDivElement>(null);

  const replaceText = useCallback((text: string) => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  }, []);

  useEffect(() => {
    let current = true;
    readEditableSpec(project).then(
      (spec) => {
        if (!current || !hostRef.current) return;
        savedRef.current = spec;
        const view = new EditorView({
          parent: hostRef.current,
          state: EditorState.create({
            doc: spec.text,
            extensions: [
              basicSetup,
              xml(),
              syntaxHighlighting(highlight),
              theme,
              EditorView.lineWrapping,
              lintGutter(),
              linter(
                async (editor) => {
                  const text = editor.state.doc.toString();
                  try {
                    const found = await checkSpecText(project, text);
                    if (viewRef.current?.state.doc.toString() === text) setCheck(found);
                    return toDiagnostics(editor, found);
                  } catch {
                    return [];
                  }
                },
                { delay: CHECK_DELAY_MS },
              ),
              EditorView.contentAttributes.of({
                "aria-label": `Edit ${SPEC_PATH}`,
                "aria-describedby": summaryId,
              }),
              Prec.high(
                keymap.of([
                  {
                    key: "Mod-s",
                    run: () => {
                      saveRef.current();
                      return true;
                    },
                  },
                ]),
              ),
              EditorView.updateListener.of((update) => {
                if (update.docChanged) setDirty(update.state.doc.toString() !== savedRef.current.text);
              }),
            ],
          }),
        });
        viewRef.current = view;
        setStatus({ kind: "ready" });
      },
      (error: unknown) => {
        if (current)
          setStatus({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
      viewRef.current?.destroy();
      viewRef.current = null;
    };
  }, [project, summaryId]);

  // The interview rewrote the file: with nothing unsaved here, the editor follows the disk.
  const dirtyRef = useRef(false);
  dirtyRef.current = dirty;
  useEffect(() => {
    if (revision === 0) return;
    let current = true;
    readEditableSpec(project).then(
      (spec) => {
        if (!current || dirtyRef.current || !viewRef.current) return;
        savedRef.current = spec;
        replaceText(spec.text);
        setDirty(false);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [project, revision, replaceText]);

  // The choice after a conflict is the next thing to do: the keyboard goes there.
  useEffect(() => {
    if (status.kind === "conflict") conflictRef.current?.focus();
  }, [status.kind]);

  const save = async (ifMatch: string | null) => {
    const view = viewRef.current;
    if (!view) return;
    const text = view.state.doc.toString();
    setStatus({ kind: "saving" });
    try {
      const saved = await saveSpecText(project, text, ifMatch);
      savedRef.current = saved;
      setDirty(view.state.doc.toString() !== saved.text);
      setStatus({ kind: "saved", featureCount: check?.valid ? check.featureCount : null });
      onSaved();
    } catch (error) {
      if (error instanceof ChangedMeanwhileError) setStatus({ kind: "conflict", etag: error.etag });
      else
        setStatus({
          kind: "save-failed",
          message: error instanceof ApiError || error instanceof Error ? error.message : String(error),
        });
    }
  };
  saveRef.current = () => {
    if (status.kind !== "saving" && status.kind !== "conflict") void save(savedRef.current.etag);
  };

  const loadFromDisk = async () => {
    try {
      const spec = await readEditableSpec(project);
      savedRef.current = spec;
      replaceText(spec.text);
      setDirty(false);
      setStatus({ kind: "ready" });
      viewRef.current?.focus();
    } catch (error) {
      setStatus({ kind: "save-failed", message: error instanceof Error ? error.message : String(error) });
    }
  };

  const errors = check?.findings.filter((finding) => finding.severity === "error") ?? [];
  const warnings = check?.findings.filter((finding) => finding.severity === "warning") ?? [];
  return (
    <div className="spec-editor">
      <div className="spec-editor-bar">
        <p className="spec-editor-path">
          <code>{SPEC_PATH}</code>
          {dirty ? <span className="spec-editor-dirty">Unsaved changes</span> : null}
        </p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => saveRef.current()}
          disabled={status.kind === "loading" || status.kind === "failed" || status.kind === "saving"}
        >
          {status.kind === "saving" ? "Saving…" : "Save"}
        </button>
      </div>
      {status.kind === "loading" ? <p className="spec-editor-note">Loading the spec…</p> : null}
      {status.kind === "failed" ? (
        <p className="spec-editor-note" role="alert">
          The spec couldn't be loaded: {status.message}
        </p>
      ) : null}
      {status.kind === "conflict" ? (
        <div
          ref={conflictRef}
          className="spec-editor-conflict"
          role="alert"
          aria-labelledby={conflictTitleId}
          tabIndex={-1}
        >
          <p id={conflictTitleId} className="spec-editor-conflict-title">
            The file changed on disk since you opened it
          </p>
          <p>
            The interview or another window wrote {SPEC_PATH} meanwhile. Your text is not saved yet. Either
            way, the text that is replaced is kept in Versions.
          </p>
          <div className="spec-editor-conflict-actions">
            <button type="button" className="button button-secondary" onClick={() => void loadFromDisk()}>
              Load the file from disk
            </button>
            <button type="button" className="button button-primary" onClick={() => void save(status.etag)}>
              Save mine over it
            </button>
          </div>
        </div>
      ) : null}
      <div
        ref={hostRef}
        className="spec-editor-host"
        hidden={status.kind === "loading" || status.kind === "failed"}
      />
      <div className="spec-editor-findings">
        <p id={summaryId} className="spec-editor-summary" aria-live="polite">
          {checkSummary(check)}
        </p>
        {check && check.findings.length > 0 ? (
          <ul className="spec-editor-finding-list">
            {[...errors, ...warnings].map((finding, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole after each check
              <li key={index} className={`spec-editor-finding finding-${finding.severity}`}>
                <span className="finding-kind">{finding.severity === "error" ? "Error" : "Warning"}</span>
                {finding.line !== null ? <span className="finding-line">Line {finding.line}</span> : null}
                {finding.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p className="spec-editor-note" aria-live="polite">
        {statusText(status)}
      </p>
    </div>
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function checkSummary(check: SpecCheck | null): string {
  if (check === null) return "Checking the spec…";
  const errors = check.findings.filter((finding) => finding.severity === "error").length;
  const warnings = check.findings.length - errors;
  if (errors === 0 && warnings === 0) return "No problems found: the spec passes every check.";
  const parts = [
    errors > 0 ? plural(errors, "error") : null,
    warnings > 0 ? plural(warnings, "warning") : null,
  ];
  return `${parts.filter((part) => part !== null).join(" and ")}${errors > 0 ? ": the spec is not valid until they are fixed." : "."}`;
}

function statusText(status: Status): string {
  switch (status.kind) {
    case "saved":
      return status.featureCount !== null
        ? `Saved. The initializer prompt follows: ${plural(status.featureCount, "feature")}.`
        : "Saved. The spec has errors, so it is not complete until they are fixed.";
    case "save-failed":
      return `Not saved: ${status.message}`;
    default:
      return "";
  }
}
