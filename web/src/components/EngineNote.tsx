import type { Health } from "../api/health.js";
import "./EngineNote.css";

const ENGINE_NAMES: Record<string, string> = {
  guided: "Guided interviewer",
  anthropic: "Anthropic",
  "openai-compatible": "OpenAI-compatible",
  "claude-code": "Claude Code",
};

/** Which interviewer new sessions get, from /api/health: the engine and its model, if it has one. */
export function engineDescription(health: Health): { engine: string; model: string | null } {
  const engine = health.engine ? (ENGINE_NAMES[health.engine] ?? health.engine) : "Unknown interviewer";
  return { engine, model: health.model };
}

export function EngineNote({ health, compact = false }: { health: Health | null; compact?: boolean }) {
  if (!health) return null;
  const { engine, model } = engineDescription(health);
  if (compact) {
    return (
      <span
        className="engine-note engine-note-compact"
        title={model ? `${engine}, model ${model}` : `${engine}, no model`}
      >
        <span className="visually-hidden">Interviewer: </span>
        {engine}
        {model ? <span className="engine-note-model"> · {model}</span> : null}
      </span>
    );
  }
  return (
    <div className="engine-note">
      <span className="sidebar-label">Interviewer</span>
      <span className="engine-note-name">{engine}</span>
      <span className="engine-note-model">{model ?? "No AI model: a fixed set of questions"}</span>
    </div>
  );
}
