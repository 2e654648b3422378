import type { ProjectListing } from "../api/projects.js";
import { useNow } from "../hooks/useNow.js";
import { formatRelativeTime } from "../logic/format.js";
import { projectStatus } from "../logic/project-status.js";
import { routeHash } from "../logic/route.js";
import { TrashIcon } from "./icons.js";
import "./ProjectList.css";

interface ProjectListProps {
  projects: ProjectListing[];
  onDelete: (name: string) => void;
}

/** The projects, newest change first when the server says when each changed; each opens its interview. */
export function ProjectList({ projects, onDelete }: ProjectListProps) {
  const now = useNow(30_000);
  const sorted = [...projects].sort(
    (a, b) => (b.updatedAt ?? "").localeCompare(a.updatedAt ?? "") || a.name.localeCompare(b.name),
  );
  return (
    <ul className="project-list">
      {sorted.map((project) => {
        const status = projectStatus(project);
        return (
          <li key={project.name} className="project-row">
            <a className="project-link" href={routeHash({ screen: "project", name: project.name })}>
              <span className="project-name">{project.name}</span>
              <span className="project-meta">
                <span className={`status status-${status.tone}`}>{status.label}</span>
                {project.updatedAt ? (
                  <span className="project-updated">
                    Changed{" "}
                    <time dateTime={project.updatedAt}>{formatRelativeTime(project.updatedAt, now)}</time>
                  </span>
                ) : null}
              </span>
            </a>
            <button
              type="button"
              className="icon-button project-delete"
              aria-label={`Delete ${project.name}`}
              title={`Delete ${project.name}`}
              onClick={() => onDelete(project.name)}
            >
              <TrashIcon />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
