import { escapeRegExp } from "../language/regexp.js";

/**
 * What a person types about technology, kept as they wrote it: "Python + Django",
 * "TimescaleDB", "a PWA". Each part is filed under the part of the stack it decides;
 * the catalogue only says what else such a choice needs installed.
 */

export type StackPart =
  | "frontend"
  | "backend"
  | "database"
  | "apiStyle"
  | "deployment"
  | "runtime"
  | "mobile"
  | "libraries";

export interface SaidTechnology {
  part: StackPart;
  /** As the person wrote it, without a leading article: "Python + Django". */
  said: string;
}

/** Which part of the stack a phrase decides, by the words in it; the first match wins. */
const PART_WORDS: readonly [StackPart, RegExp][] = [
  ["mobile", /\b(?:react native|expo|flutter|swiftui|swift|kotlin|ionic|capacitor|xamarin|\.net maui)\b/i],
  [
    "database",
    /(?:db\b|sql\b|sqlite|postgres|postgresql|mysql|mariadb|mongo|redis|timescale|influx|dynamo|firestore|firebase|supabase|couch|cassandra|neo4j|clickhouse|database|duckdb|bigquery|snowflake|redshift|databricks|bases? de datos)/i,
  ],
  ["apiStyle", /\b(?:graphql|grpc|websockets?|rest api|json api|trpc|server-rendered|htmx)\b/i],
  [
    "deployment",
    /\b(?:docker|kubernetes|k8s|heroku|vercel|netlify|aws|azure|gcp|google cloud|fly\.io|render\.com|railway|vps|raspberry pi|on-prem|self-hosted|my (?:own )?server|locally|my laptop|my computer)\b/i,
  ],
  [
    "frontend",
    /\b(?:react|vue|svelte|sveltekit|angular|next\.?js|nuxt|pwa|progressive web app|html|css|tailwind|bootstrap|solid|astro|remix|jquery|vanilla js|plain javascript|frontend|front end)\b/i,
  ],
  [
    "backend",
    /\b(?:django|flask|fastapi|rails|ruby|laravel|php|express|nest\.?js|fastify|spring|java|\.net|asp\.net|c#|phoenix|elixir|golang|node(?:\.js)?|deno|bun|python|rust|kotlin|typescript|javascript|backend|back end)\b|\bGo\b(?! (?:with|for|to|ahead)\b)/i,
  ],
];

/** Technology names that are no everyday word, safe to read in any answer. */
const UNMISTAKABLE =
  /\b(?:python|django|flask|fastapi|postgres(?:ql)?|mysql|mariadb|sqlite|mongodb|timescaledb|influxdb|redis|vue(?:\.js)?|svelte(?:kit)?|angular|next\.js|nuxt|typescript|javascript|node\.js|nodejs|golang|kotlin|flutter|react native|react|firebase|supabase|pwa|tailwind|laravel|php|c#|\.net|graphql|docker|kubernetes|electron|tauri|swiftui|deno|bigquery|snowflake|redshift|databricks|duckdb|clickhouse)\b/i;

/** Words that name a language a command-line tool or a library runs on. */
const RUNTIME_WORDS =
  /\b(?:python|node(?:\.js)?|typescript|javascript|deno|bun|golang|go|rust|ruby|java|c#|\.net|kotlin|swift|bash|shell|perl|php|c\+\+|c)\b/i;

/** Between the parts of a stack: "Vue, FastAPI and Postgres", "React frontend; Django backend", "go + postgres" (never C++'s), "laravel w mysql", "react n node", "… on npm. The website …" (a stop, never Node.js's). */
const SEPARATOR =
  /\s*(?:[,;\n]|\.\s+|\band\b|\bwith\b|\bon\b|\busing\b|\bplus\b|(?<=\s)y(?=\s)|\bcon\b|(?<=\s)(?:\+|w\/?|n|&)(?=\s))\s*/i;

/** Words around a technology that are no part of its name. */
const FILLER =
  /^(?:(?:i'?d|we'?d|i|we|please|like|want|prefer|use|using|to use|build|built|it|in|with|a|an|the|for|should|be|would|love|maybe|ideally|definitely|must|needs?|to)\s+)+|\s+(?:please|if possible|ideally|for (?:the )?(?:front ?end|back ?end|database|data|server|ui|styling|hosting))$/i;

/**
 * The technologies in a text, each with the part of the stack it decides, in the
 * person's words. `serverless` software (a command-line tool, a library) has a runtime
 * where a web app has a back end.
 */
/** "Go" and "Rust" are everyday words too; capitalised before what is built, they name the language. */
const NAMED_LANGUAGE =
  /\b(?:Go|Rust)\b(?=\s+(?:command[- ]line|cli|program|tool|service|server|back ?end|app|library|module|script|binary))|(?<=\b(?:in|with|using|written in)\s)(?:Go|Rust)\b/;

export function readTechnology(
  text: string,
  options: { serverless: boolean; strict?: boolean },
): SaidTechnology[] {
  const found: SaidTechnology[] = [];
  for (const piece of text.split(SEPARATOR)) {
    let said = piece
      .replace(FILLER, "")
      .replace(/[.!]+$/, "")
      // "I use Rails in my job": where the person uses it is why, no part of its name.
      .replace(/\s+(?:(?:in|at|for)\s+(?:my|our)\s+(?:job|work|day\s+job|company|office)|at\s+work)$/i, "")
      .trim();
    if (said.length < 2 || (!options.strict && said.split(/\s+/).length > 6)) continue;
    // Outside a question about technology, only names that are nothing else count ("Python", not "express").
    if (options.strict && !UNMISTAKABLE.test(said) && !NAMED_LANGUAGE.test(said)) continue;
    if (options.strict) said = UNMISTAKABLE.test(said) ? namesOnly(said) : said.match(NAMED_LANGUAGE)![0];
    // "her app are both TypeScript anyway": a sentence about a technology names only it.
    else if (said.split(/\s+/).length > 3 && UNMISTAKABLE.test(said)) said = namesOnly(said);
    let part = PART_WORDS.find(([, words]) => words.test(said))?.[0] ?? null;
    if (part === null) continue;
    if (options.serverless && (part === "backend" || (part === "frontend" && RUNTIME_WORDS.test(said))))
      part = "runtime";
    if (found.some((existing) => existing.part === part)) {
      // "Python + Django, Celery": a second word for the same part joins the first, once.
      const existing = found.find((entry) => entry.part === part)!;
      // ("Rails in API mode, … I use Rails": a name said again, inside what was said before, is no more.)
      if (
        existing.said.toLowerCase().split(/,\s*/).includes(said.toLowerCase()) ||
        new RegExp(`(?<![\\p{L}])${escapeRegExp(said)}(?![\\p{L}])`, "iu").test(existing.said)
      )
        continue;
      existing.said = `${existing.said}, ${said}`;
      continue;
    }
    found.push({ part, said });
  }
  return found;
}

/** Words of a technology answer no part of the stack took: libraries and wishes, kept as written. */
export function unplacedTechnology(text: string): string[] {
  return text
    .split(SEPARATOR)
    .map((piece) =>
      piece
        .replace(FILLER, "")
        .replace(/[.!]+$/, "")
        // "cobra for the commands": what a library is for is no part of its name.
        .replace(
          /\s+for\s+(?:the\s+)?(?:commands?|cli|flags|arguments|args|parsing|tests?|testing|styling|forms?|charts?|dates?|logging|config)$/i,
          "",
        )
        .trim(),
    )
    .filter((piece) => piece.length >= 2 && !PART_WORDS.some(([, words]) => words.test(piece)))
    .filter(
      (piece) =>
        piece.split(/\s+/).length <= 3 &&
        !/^(?:it|that|this|them|defaults?|anything|whatever)$/i.test(piece) &&
        // "The website", "published": the person's own things, and what is done with the
        // software, are no technology.
        !/^(?:the|our|my|her|his|their)\s/i.test(piece) &&
        !/^(?:website|web\s*site|site|app|web\s+app|phone\s+app|mobile\s+app)$/i.test(piece) &&
        !/^(?:published|hosted|deployed|installed|released|shipped|run|runs|running)$/i.test(piece) &&
        // "one file on the laptop": where it runs and how it is kept are no libraries.
        !/^(?:(?:one|a|single)\s+(?:file|folder|database)|(?:laptop|computer|pc|desktop|tablet|phone|mac|macbook)s?)$/i.test(
          piece,
        ),
    );
}

/** "A Python command-line tool" → "Python"; "Python 3 + Django" stays whole. */
function namesOnly(said: string): string {
  const matches = [...said.matchAll(new RegExp(UNMISTAKABLE.source, "gi"))];
  if (matches.length === 0) return said;
  const start = matches[0]!.index ?? 0;
  const last = matches[matches.length - 1]!;
  let end = (last.index ?? 0) + last[0].length;
  const version = said.slice(end).match(/^\s*\d+(?:\.\d+)*/);
  if (version) end += version[0].length;
  return said.slice(start, end);
}
