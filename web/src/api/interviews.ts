import { type HistoryMessage, historyMessageSchema } from "../../../src/types/wire.js";
import { ApiError, requestJson } from "./http.js";
import { asArray, asObject, type JsonObject, numberOr, stringOr } from "./shapes.js";

/** One of a project's earlier interviews, set aside when a new one started. */
export interface InterviewSummary {
  id: string;
  startedAt: string | null;
  updatedAt: string | null;
  messageCount: number | null;
  /** The spec was complete when the interview was set aside. */
  complete: boolean;
  engine: string | null;
  model: string | null;
}

export interface ArchivedInterview {
  summary: InterviewSummary;
  /** In the shape `history` sends; messages the page cannot read are left out. */
  messages: HistoryMessage[];
}

function toSummary(value: unknown): InterviewSummary | null {
  const object = asObject(value);
  const id = typeof object.id === "number" ? String(object.id) : stringOr(object.id, null);
  if (id === null || id.length === 0) return null;
  return {
    id,
    startedAt: firstString(object, ["started_at", "created_at", "startedAt", "createdAt"]),
    updatedAt: firstString(object, ["updated_at", "archived_at", "updatedAt", "archivedAt"]),
    messageCount: numberOr(object.message_count ?? object.messageCount, null),
    complete: object.complete === true,
    engine: stringOr(object.engine, null),
    model: stringOr(object.model, null),
  };
}

function firstString(object: JsonObject, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = stringOr(object[key], null);
    if (value !== null) return value;
  }
  return null;
}

function interviewsPath(project: string): string {
  return `/api/projects/${encodeURIComponent(project)}/interviews`;
}

/**
 * The project's earlier interviews, newest first; null when the server offers no such
 * list (it answers 404), so the page leaves the list out.
 */
export async function listInterviews(project: string): Promise<InterviewSummary[] | null> {
  let body: unknown;
  try {
    body = await requestJson(interviewsPath(project));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
  const items = Array.isArray(body) ? body : asArray(asObject(body).interviews);
  return items
    .filter((item) => asObject(item).current !== true)
    .map(toSummary)
    .filter((summary): summary is InterviewSummary => summary !== null)
    .sort((a, b) => (b.startedAt ?? "").localeCompare(a.startedAt ?? ""));
}

export async function getInterview(project: string, id: string): Promise<ArchivedInterview> {
  const body = asObject(await requestJson(`${interviewsPath(project)}/${encodeURIComponent(id)}`));
  const messages = asArray(body.messages).flatMap((message) => {
    const parsed = historyMessageSchema.safeParse(message);
    return parsed.success ? [parsed.data] : [];
  });
  const summary = toSummary({ id, ...body }) ?? {
    id,
    startedAt: null,
    updatedAt: null,
    messageCount: null,
    complete: false,
    engine: null,
    model: null,
  };
  return { summary: { ...summary, messageCount: summary.messageCount ?? messages.length }, messages };
}
