import { useCallback, useEffect, useRef, useState } from "react";
import type { Health } from "../api/health.js";
import { ApiError } from "../api/http.js";
import { deleteProject, listProjects, type ProjectListing } from "../api/projects.js";
import { ConfirmDialog } from "../components/ConfirmDialog.js";
import { CreateProjectForm } from "../components/CreateProjectForm.js";
import { EngineNote } from "../components/EngineNote.js";
import { ProjectList } from "../components/ProjectList.js";
import { SkipLink } from "../components/SkipLink.js";
import { ThemeToggle } from "../components/ThemeToggle.js";
import { Brand, TopBar } from "../components/TopBar.js";
import { forgetDraft } from "../hooks/useDraft.js";
import type { ThemeControl } from "../hooks/useTheme.js";
import "./ProjectsScreen.css";

interface ProjectsScreenProps {
  health: Health | null;
  theme: ThemeControl;
  onOpen: (name: string) => void;
}

type Loading =
  | { state: "loading" }
  | { state: "loaded"; projects: ProjectListing[] }
  | { state: "failed"; message: string };

/** The first screen: start a new project, or open, or delete, one of the existing ones. */
export function ProjectsScreen({ health, theme, onOpen }: ProjectsScreenProps) {
  const [loading, setLoading] = useState<Loading>({ state: "loading" });
  const [deleting, setDeleting] = useState<{ name: string; busy: boolean; error: string | null } | null>(
    null,
  );
  const headingRef = useRef<HTMLHeadingElement>(null);

  const refresh = useCallback(async () => {
    try {
      setLoading({ state: "loaded", projects: await listProjects() });
    } catch (error) {
      setLoading({ state: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    document.title = "Projects · Specwright";
    headingRef.current?.focus();
    void refresh();
  }, [refresh]);

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleting({ ...deleting, busy: true, error: null });
    try {
      await deleteProject(deleting.name);
      forgetDraft(deleting.name);
      setDeleting(null);
      await refresh();
    } catch (error) {
      const message = error instanceof ApiError ? error.detail : String(error);
      setDeleting({ ...deleting, busy: false, error: `It couldn't be deleted: ${message}` });
    }
  };

  return (
    <>
      <SkipLink targetId="main" />
      <TopBar
        start={<Brand />}
        end={
          <>
            <EngineNote health={health} compact />
            <ThemeToggle theme={theme.theme} onToggle={theme.toggle} />
          </>
        }
      />
      <main id="main" tabIndex={-1} className="projects-screen">
        <div className="projects-intro">
          <h1 ref={headingRef} tabIndex={-1} className="projects-title">
            Your app, written down properly
          </h1>
          <p className="projects-lede">
            Describe your app idea in a conversation. Specwright asks the questions a good engineer would,
            then writes a specification a coding agent can build from.
          </p>
        </div>

        <section className="projects-section" aria-labelledby="new-project-heading">
          <h2 id="new-project-heading" className="projects-section-title">
            Start a new project
          </h2>
          <CreateProjectForm onCreated={onOpen} onOpenExisting={onOpen} />
        </section>

        <section className="projects-section" aria-labelledby="projects-heading">
          <h2 id="projects-heading" className="projects-section-title">
            Projects
          </h2>
          <ProjectsBody
            loading={loading}
            onRetry={refresh}
            onDelete={(name) => setDeleting({ name, busy: false, error: null })}
          />
        </section>
      </main>
      {deleting ? (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          confirmLabel="Delete project"
          busyLabel="Deleting…"
          busy={deleting.busy}
          error={deleting.error}
          onConfirm={confirmDelete}
          onCancel={() => setDeleting(null)}
        >
          <p>
            This removes the project's folder with its spec and initializer prompt, and ends its interview.
          </p>
          <p>It can't be undone.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function ProjectsBody({
  loading,
  onRetry,
  onDelete,
}: {
  loading: Loading;
  onRetry: () => void;
  onDelete: (name: string) => void;
}) {
  if (loading.state === "loading") return <p className="projects-empty">Loading projects…</p>;
  if (loading.state === "failed") {
    return (
      <div className="projects-empty" role="alert">
        <p>The projects couldn't be loaded. {loading.message}</p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (loading.projects.length === 0) {
    return (
      <p className="projects-empty">No projects yet. Name your first one above to begin its interview.</p>
    );
  }
  return <ProjectList projects={loading.projects} onDelete={onDelete} />;
}
