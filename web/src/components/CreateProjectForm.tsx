import { type FormEvent, useId, useRef, useState } from "react";
import { ApiError } from "../api/http.js";
import { createProject } from "../api/projects.js";
import { checkProjectName, PROJECT_NAME_MAX_LENGTH } from "../logic/project-name.js";
import "./CreateProjectForm.css";

interface CreateProjectFormProps {
  /** Called with the new project's name once the server has made it. */
  onCreated: (name: string) => void;
  onOpenExisting: (name: string) => void;
}

type Problem =
  | { kind: "rule"; message: string; suggestion: string | null }
  | { kind: "exists"; name: string }
  | { kind: "server"; message: string };

/**
 * Names a new project. The name rule is checked as the person types and explained
 * beside the field, so the server's refusal is rarely the first they hear of it.
 */
export function CreateProjectForm({ onCreated, onOpenExisting }: CreateProjectFormProps) {
  const [name, setName] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverProblem, setServerProblem] = useState<Problem | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // The suggestion's button goes away once it is used: the keyboard goes back to the name.
  const takeSuggestion = (suggestion: string) => {
    setName(suggestion);
    inputRef.current?.focus();
  };

  const check = checkProjectName(name);
  // An empty field is only a problem once the person tries to go on.
  const ruleProblem: Problem | null =
    !check.ok && (name.length > 0 || submitted)
      ? { kind: "rule", message: check.message, suggestion: check.suggestion }
      : null;
  const problem = ruleProblem ?? serverProblem;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!check.ok || busy) return;
    setBusy(true);
    setServerProblem(null);
    try {
      await createProject(name);
      onCreated(name);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setServerProblem({ kind: "exists", name });
      else if (error instanceof ApiError && error.status === 422)
        setServerProblem({ kind: "rule", message: error.detail, suggestion: null });
      else
        setServerProblem({ kind: "server", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const nearLimit = name.length >= PROJECT_NAME_MAX_LENGTH - 10;
  return (
    <form className="create-project" onSubmit={submit} noValidate>
      <label className="field-label" htmlFor={inputId}>
        Project name
      </label>
      <div className="create-project-row">
        <input
          ref={inputRef}
          id={inputId}
          className="text-input create-project-input"
          name="project-name"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setServerProblem(null);
          }}
          placeholder="recipe-box"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${errorId} ${hintId}` : hintId}
        />
        <button className="button button-primary create-project-submit" type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create and start"}
        </button>
      </div>
      <div className="create-project-messages">
        <p id={errorId} className="field-error" aria-live="polite">
          {problem ? <ProblemText problem={problem} onUse={takeSuggestion} onOpen={onOpenExisting} /> : null}
        </p>
        <p id={hintId} className="field-hint">
          Letters, digits, hyphens and underscores, up to {PROJECT_NAME_MAX_LENGTH} characters. It becomes the
          project's folder name.
          {nearLimit ? (
            <span className="create-project-count">
              {" "}
              {name.length}/{PROJECT_NAME_MAX_LENGTH}
            </span>
          ) : null}
        </p>
      </div>
    </form>
  );
}

function ProblemText({
  problem,
  onUse,
  onOpen,
}: {
  problem: Problem;
  onUse: (name: string) => void;
  onOpen: (name: string) => void;
}) {
  switch (problem.kind) {
    case "rule":
      return (
        <>
          {problem.message}
          {problem.suggestion ? (
            <>
              {" "}
              <button type="button" className="link-button" onClick={() => onUse(problem.suggestion!)}>
                Use “{problem.suggestion}”
              </button>
            </>
          ) : null}
        </>
      );
    case "exists":
      return (
        <>
          There's already a project called “{problem.name}”.{" "}
          <button type="button" className="link-button" onClick={() => onOpen(problem.name)}>
            Open it
          </button>
        </>
      );
    case "server":
      return <>{problem.message}</>;
  }
}
