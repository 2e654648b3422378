import { useEffect, useRef, useState } from "react";
import type { Health } from "../api/health.js";
import { ConnectionBadge } from "../components/ConnectionBadge.js";
import { EngineNote } from "../components/EngineNote.js";
import { InterviewPanel } from "../components/InterviewPanel.js";
import { ArrowLeftIcon } from "../components/icons.js";
import { LiveAnnouncer } from "../components/LiveAnnouncer.js";
import { PhaseRail } from "../components/PhaseRail.js";
import { SkipLink } from "../components/SkipLink.js";
import { SpecView } from "../components/SpecView.js";
import { panelId, Tabs, tabId } from "../components/Tabs.js";
import { ThemeToggle } from "../components/ThemeToggle.js";
import { TopBar } from "../components/TopBar.js";
import { UsageMeter } from "../components/UsageMeter.js";
import { useInterview } from "../hooks/useInterview.js";
import { useProjectInfo } from "../hooks/useProjectInfo.js";
import type { ThemeControl } from "../hooks/useTheme.js";
import { routeHash } from "../logic/route.js";
import "./ProjectScreen.css";

interface ProjectScreenProps {
  name: string;
  health: Health | null;
  theme: ThemeControl;
  onLeave: () => void;
}

type View = "interview" | "spec";

/**
 * One project: its interview (the conversation with the interviewer) and, once written,
 * its spec. A project without a spec starts its interview at once; one with a spec
 * opens on the spec, and a new interview starts when the person asks for it.
 */
export function ProjectScreen({ name, health, theme, onLeave }: ProjectScreenProps) {
  const project = useProjectInfo(name);
  const [interviewing, setInterviewing] = useState(false);
  const [view, setView] = useState<View>("interview");
  const [focusRequest, setFocusRequest] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const interview = useInterview(name, interviewing, (frame) => {
    if (frame.type === "complete") setView("spec");
  });
  const { conversation } = interview;

  useEffect(() => {
    document.title = `${name} · Specwright`;
    headingRef.current?.focus();
  }, [name]);

  useEffect(() => {
    if (project.state !== "ready") return;
    setView(project.hadSpec ? "spec" : "interview");
    setInterviewing(!project.hadSpec);
  }, [project]);

  const showInterview = () => {
    setView("interview");
    setInterviewing(true);
    setFocusRequest((count) => count + 1);
  };

  const hasSpec = conversation.complete || (project.state === "ready" && project.hadSpec);
  const prefix = `project-${name}`;

  return (
    <div className="project-screen">
      <SkipLink targetId="main" />
      <TopBar
        start={
          <>
            <a
              className="icon-button back-link"
              href={routeHash({ screen: "projects" })}
              aria-label="All projects"
              title="All projects"
            >
              <ArrowLeftIcon />
            </a>
            <h1 ref={headingRef} tabIndex={-1} className="project-title">
              {name}
            </h1>
          </>
        }
        end={
          <>
            <ConnectionBadge
              link={interview.link}
              secondsLeft={interview.secondsLeft}
              onRetryNow={interview.retryNow}
            />
            <ThemeToggle theme={theme.theme} onToggle={theme.toggle} />
          </>
        }
      />
      <div className="project-body">
        <aside className="project-sidebar" aria-label="About this interview">
          <PhaseRail progress={conversation.phase} complete={conversation.complete} />
          <div className="project-facts">
            <EngineNote health={health} />
            <UsageMeter usage={conversation.usage} />
          </div>
        </aside>
        <main id="main" tabIndex={-1} className="project-main">
          {project.state === "missing" ? (
            <ProjectProblem text={`There's no project called “${name}”.`} onLeave={onLeave} />
          ) : project.state === "failed" ? (
            <ProjectProblem text={`The project couldn't be opened: ${project.message}`} onLeave={onLeave} />
          ) : (
            <>
              {hasSpec ? (
                <div className="project-tabs" data-view={view}>
                  <Tabs<View>
                    label="Project"
                    idPrefix={prefix}
                    selected={view}
                    onSelect={(next) => (next === "interview" ? showInterview() : setView("spec"))}
                    tabs={[
                      { id: "interview", label: "Interview" },
                      { id: "spec", label: "Spec" },
                    ]}
                  />
                </div>
              ) : null}
              <InterviewPanel
                interview={interview}
                started={interviewing}
                loading={project.state === "loading"}
                hidden={view !== "interview"}
                tabPanel={
                  hasSpec
                    ? { id: panelId(prefix, "interview"), labelledBy: tabId(prefix, "interview") }
                    : null
                }
                onStart={showInterview}
                onViewSpec={() => setView("spec")}
                focusRequest={focusRequest}
              />
              {hasSpec ? (
                <div
                  className="spec-scroll"
                  hidden={view !== "spec"}
                  role="tabpanel"
                  id={panelId(prefix, "spec")}
                  aria-labelledby={tabId(prefix, "spec")}
                >
                  <div className="spec-column">
                    <SpecView
                      project={name}
                      revision={conversation.specRevision}
                      completedHere={conversation.complete}
                      continueLabel={
                        interviewing ? "Back to the conversation" : "Change it in a new interview"
                      }
                      onContinue={showInterview}
                    />
                  </div>
                </div>
              ) : null}
            </>
          )}
        </main>
      </div>
      <LiveAnnouncer announcement={conversation.announcement} />
    </div>
  );
}

function ProjectProblem({ text, onLeave }: { text: string; onLeave: () => void }) {
  return (
    <div className="project-problem" role="alert">
      <p>{text}</p>
      <button type="button" className="button button-secondary" onClick={onLeave}>
        Back to the projects
      </button>
    </div>
  );
}
