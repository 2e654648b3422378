import { requestJson } from "./http.js";
import { asObject, stringOr } from "./shapes.js";

export interface Health {
  version: string | null;
  /** The engine new sessions get: guided, anthropic, openai-compatible … */
  engine: string | null;
  model: string | null;
}

export async function getHealth(): Promise<Health> {
  const body = asObject(await requestJson("/api/health"));
  return {
    version: stringOr(body.version, null),
    engine: stringOr(body.engine, null),
    model: stringOr(body.model, null),
  };
}
