import { readFileSync } from "node:fs";

/** The package's version, read once; src/server/ and dist/server/ both sit two levels below the root. */
export function packageVersion(): string {
  const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}
