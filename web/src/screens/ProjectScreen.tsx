import { useEffect, useRef, useState } from "react";
import type { Health } from "../api/health.js";
import type { InterviewSummary } from "../api/interviews.js";
import { ArchivedInterviewView } from "../components/ArchivedInterviewView.js";
import type { VersionComparison } from "../components/CompleteNotice.js";
import { ConnectionBadge } from "../components/ConnectionBadge.js";
import { EarlierInterviews } from "../components/EarlierInterviews.js";
import { EngineNote } from "../components/EngineNote.js";
import { InterviewPanel, type InterviewPanelMode } from "../components/InterviewPanel.js";
import { ArrowLeftIcon } from "../components/icons.js";
import { LiveAnnouncer } from "../components/LiveAnnouncer.js";
import { PhaseRail } from "../components/PhaseRail.js";
import { SkipLink } from "../components/SkipLink.js";
import { SpecView } from "../components/SpecView.js";
import { StartNewInterview } from "../components/StartNewInterview.js";
import { panelId, Tabs, tabId } from "../components/Tabs.js";
import { ThemeToggle } from "../components/ThemeToggle.js";
import { TopBar } from "../components/TopBar.js";
import { UsageMeter } from "../components/UsageMeter.js";
import { useEarlierInterviews } from "../hooks/useEarlierInterviews.js";
import { useInterview } from "../hooks/useInterview.js";
import { useProjectInfo } from "../hooks/useProjectInfo.js";
import type { ThemeControl } from "../hooks/useTheme.js";
import type { ConversationState } from "../logic/conversation-state.js";
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
 * its spec. Opening a project carries on its interview as the server has it (a project
 * without one starts one); a project with a spec opens on the spec, its conversation one
 * click away. Starting over is the person's decision, and the interview so far is kept.
 */
export function ProjectScreen({ name, health, theme, onLeave }: ProjectScreenProps) {
  const project = useProjectInfo(name);
  const ready = project.state === "ready";
  const hadSpec = ready && project.hadSpec;
  const [view, setView] = useState<View>("interview");
  const [reading, setReading] = useState<InterviewSummary | null>(null);
  const [specSeen, setSpecSeen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [specFocusRequest, setSpecFocusRequest] = useState(0);
  // Two versions a notice asked to compare; `request` changes each time, so asking again reopens them.
  const [comparison, setComparison] = useState<(VersionComparison & { request: number }) | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const interview = useInterview(
    name,
    { active: ready, startWhenEmpty: ready && !project.hadSpec },
    (frame) => {
      if (frame.type === "complete") showSpec();
    },
  );
  const { conversation } = interview;
  const earlier = useEarlierInterviews(
    name,
    ready && conversation.historyLoaded && conversation.turn === "idle",
    conversation.interviewNumber,
  );

  useEffect(() => {
    document.title = `${name} · Specwright`;
    headingRef.current?.focus();
  }, [name]);

  useEffect(() => {
    if (project.state !== "ready") return;
    setView(project.hadSpec ? "spec" : "interview");
  }, [project]);

  // The spec files stay on disk when a new interview begins, so the Spec tab does too.
  useEffect(() => {
    if (conversation.complete) setSpecSeen(true);
  }, [conversation.complete]);

  // Back from an earlier interview: the keyboard returns to where it was.
  useEffect(() => {
    if (reading !== null) return;
    returnFocus.current?.focus();
    returnFocus.current = null;
  }, [reading]);

  // The page switching to the spec by itself leaves the keyboard on what was just hidden: it
  // goes to the Spec tab, which says where the person is and leads on to the spec.
  useEffect(() => {
    if (specFocusRequest === 0) return;
    document.getElementById(tabId(`project-${name}`, "spec"))?.focus();
  }, [specFocusRequest, name]);

  const showInterview = () => {
    // The keyboard goes to the message box, not back to the list of earlier interviews.
    returnFocus.current = null;
    setReading(null);
    setView("interview");
    setFocusRequest((count) => count + 1);
  };
  function showSpec(compare?: VersionComparison) {
    if (compare) setComparison((before) => ({ ...compare, request: (before?.request ?? 0) + 1 }));
    setView("spec");
    setSpecFocusRequest((count) => count + 1);
  }
  const startInterview = () => {
    if (interview.restart()) showInterview();
  };

  const hasSpec = specSeen || conversation.complete || hadSpec;
  const hasConversation = conversation.entries.length > 0 || conversation.turn !== "idle";
  const mode = panelMode(project.state === "loading", conversation);
  const prefix = `project-${name}`;
  const engineHealth = interviewEngine(health, conversation);

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
            <EngineNote health={engineHealth} />
            <UsageMeter usage={conversation.usage} />
          </div>
          {ready ? (
            <div className="project-interviews">
              {conversation.entries.length > conversation.currentFrom ? (
                <StartNewInterview
                  blockedReason={interview.blockedReason}
                  earlierListed={earlier.state === "ready"}
                  hasSpec={hasSpec}
                  onStart={interview.restart}
                  onStarted={showInterview}
                />
              ) : null}
              <EarlierInterviews
                list={earlier}
                openId={reading?.id ?? null}
                onOpen={(summary) => {
                  if (reading === null && document.activeElement instanceof HTMLElement)
                    returnFocus.current = document.activeElement;
                  setReading(summary);
                }}
              />
            </div>
          ) : null}
        </aside>
        <main id="main" tabIndex={-1} className="project-main">
          {project.state === "missing" ? (
            <ProjectProblem text={`There's no project called “${name}”.`} onLeave={onLeave} />
          ) : project.state === "failed" ? (
            <ProjectProblem text={`The project couldn't be opened: ${project.message}`} onLeave={onLeave} />
          ) : (
            <>
              {reading ? (
                <ArchivedInterviewView
                  key={reading.id}
                  project={name}
                  summary={reading}
                  onClose={() => setReading(null)}
                />
              ) : null}
              {hasSpec && !reading ? (
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
                projectName={name}
                interview={interview}
                mode={mode}
                hasSpec={hasSpec}
                hidden={reading !== null || view !== "interview"}
                tabPanel={
                  hasSpec
                    ? { id: panelId(prefix, "interview"), labelledBy: tabId(prefix, "interview") }
                    : null
                }
                onStart={startInterview}
                onViewSpec={showSpec}
                focusRequest={focusRequest}
              />
              {hasSpec ? (
                <div
                  className="spec-scroll"
                  hidden={reading !== null || view !== "spec"}
                  role="tabpanel"
                  id={panelId(prefix, "spec")}
                  aria-labelledby={tabId(prefix, "spec")}
                >
                  <div className="spec-column">
                    <SpecView
                      project={name}
                      revision={conversation.specRevision}
                      comparison={comparison}
                      completedHere={conversation.complete && conversation.specRevision > 0}
                      continueLabel={
                        hasConversation ? "Back to the conversation" : "Change it in a new interview"
                      }
                      onContinue={
                        hasConversation || !conversation.historyLoaded ? showInterview : startInterview
                      }
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

function panelMode(opening: boolean, conversation: ConversationState): InterviewPanelMode {
  if (opening) return "opening";
  if (conversation.entries.length > 0 || conversation.turn !== "idle") return "conversation";
  return conversation.historyLoaded ? "empty" : "loading";
}

/** The interviewer of the interview shown, once its history says; until then the server's default. */
function interviewEngine(health: Health | null, conversation: ConversationState): Health | null {
  const engine = conversation.engine;
  if (!engine) return health;
  return { version: health?.version ?? null, engine: engine.name, model: engine.model };
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
