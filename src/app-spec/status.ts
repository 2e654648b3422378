import { z } from "zod";

/** The contents of prompts/.spec_status.json: written last, once both spec files are valid. */
export interface SpecStatus {
  status: "complete";
  version: 1;
  timestamp: string;
  files_written: string[];
  feature_count: number;
}

const specStatusSchema = z.object({
  status: z.literal("complete"),
  version: z.literal(1),
  timestamp: z.iso.datetime({ offset: true }),
  files_written: z.array(z.string()),
  feature_count: z.int().positive(),
});

export function makeSpecStatus(
  filesWritten: string[],
  featureCount: number,
  now: Date = new Date(),
): SpecStatus {
  return {
    status: "complete",
    version: 1,
    timestamp: now.toISOString(),
    files_written: [...filesWritten],
    feature_count: featureCount,
  };
}

/** The status in a file's text, or null for anything that is not a complete, well-formed status. */
export function parseSpecStatus(text: string): SpecStatus | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = specStatusSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
