/**
 * How well the guided interviewer understands people: each persona is interviewed
 * through the real `specwright chat --jsonl` in a child process, and the spec it writes
 * is scored against what the person said: their features present, their tables with
 * their fields, nothing they excluded anywhere, no table they did not describe or
 * accept, the kind of software, the technology and commands they named.
 *
 * The held-out personas (test/support/personas/held-out.ts) were written after the
 * interviewer was tuned on the others, and are reported apart. Earlier held-out rounds
 * were run once unseen and then tuned on; each is reported as a round of its own, and
 * all of them with the suite's own personas as "tuned".
 *
 *   npm run build && node --import tsx bench/personas.ts [--set all|tuned|held-out|own|round-N] [--only id,id]
 */

import { interviewThroughCli } from "../test/support/persona-cli.js";
import type { Persona } from "../test/support/persona-driver.js";
import { scoreSpec, totals } from "../test/support/persona-score.js";
import {
  EIGHTH_HELD_OUT,
  ELEVENTH_HELD_OUT,
  FIFTH_HELD_OUT,
  FIRST_HELD_OUT,
  FOURTH_HELD_OUT,
  HELD_OUT_PERSONAS,
  NINTH_HELD_OUT,
  SECOND_HELD_OUT,
  SEVENTH_HELD_OUT,
  SIXTH_HELD_OUT,
  TENTH_HELD_OUT,
  THIRD_HELD_OUT,
  THIRTEENTH_HELD_OUT,
  TWELFTH_HELD_OUT,
} from "../test/support/personas/held-out.js";
import { PERSONAS } from "../test/support/personas/index.js";
import { FOURTEENTH_ROUND } from "../test/support/personas/round-14.js";
import { FIFTEENTH_ROUND } from "../test/support/personas/round-15.js";
import { SIXTEENTH_ROUND } from "../test/support/personas/round-16.js";
import { SEVENTEENTH_ROUND } from "../test/support/personas/round-17.js";
import { EIGHTEENTH_ROUND } from "../test/support/personas/round-18.js";
import { NINETEENTH_ROUND } from "../test/support/personas/round-19.js";
import { TWENTIETH_ROUND } from "../test/support/personas/round-20.js";
import { TWENTY_FIRST_ROUND } from "../test/support/personas/round-21.js";
import { TWENTY_SECOND_ROUND } from "../test/support/personas/round-22.js";
import { TWENTY_THIRD_ROUND } from "../test/support/personas/round-23.js";
import { TWENTY_FOURTH_ROUND } from "../test/support/personas/round-24.js";
import { TWENTY_FIFTH_ROUND } from "../test/support/personas/round-25.js";
import { TWENTY_SIXTH_ROUND } from "../test/support/personas/round-26.js";
import { TWENTY_SEVENTH_ROUND } from "../test/support/personas/round-27.js";
import { TWENTY_EIGHTH_ROUND } from "../test/support/personas/round-28.js";
import { TWENTY_NINTH_ROUND } from "../test/support/personas/round-29.js";
import { THIRTIETH_ROUND } from "../test/support/personas/round-30.js";
import { THIRTY_FIRST_ROUND } from "../test/support/personas/round-31.js";
import { THIRTY_SECOND_ROUND } from "../test/support/personas/round-32.js";
import { THIRTY_THIRD_ROUND } from "../test/support/personas/round-33.js";
import { THIRTY_FOURTH_ROUND } from "../test/support/personas/round-34.js";
import { THIRTY_FIFTH_ROUND } from "../test/support/personas/round-35.js";
import { THIRTY_SIXTH_ROUND } from "../test/support/personas/round-36.js";
import { THIRTY_SEVENTH_ROUND } from "../test/support/personas/round-37.js";
import { THIRTY_EIGHTH_ROUND } from "../test/support/personas/round-38.js";
import { THIRTY_NINTH_ROUND } from "../test/support/personas/round-39.js";
import { FORTIETH_ROUND } from "../test/support/personas/round-40.js";
import { FORTY_FIRST_ROUND } from "../test/support/personas/round-41.js";
import { FORTY_SECOND_ROUND } from "../test/support/personas/round-42.js";
import { FORTY_THIRD_ROUND } from "../test/support/personas/round-43.js";
import { FORTY_FOURTH_ROUND } from "../test/support/personas/round-44.js";
import { FORTY_FIFTH_ROUND } from "../test/support/personas/round-45.js";
import { FORTY_SIXTH_ROUND } from "../test/support/personas/round-46.js";
import { FORTY_SEVENTH_ROUND } from "../test/support/personas/round-47.js";
import { FORTY_EIGHTH_ROUND } from "../test/support/personas/round-48.js";
import { FORTY_NINTH_ROUND } from "../test/support/personas/round-49.js";
import { FIFTIETH_ROUND } from "../test/support/personas/round-50.js";
import { FIFTY_FIRST_ROUND } from "../test/support/personas/round-51.js";
import { FIFTY_SECOND_ROUND } from "../test/support/personas/round-52.js";
import { FIFTY_THIRD_ROUND } from "../test/support/personas/round-53.js";
import { FIFTY_FOURTH_ROUND } from "../test/support/personas/round-54.js";
import { FIFTY_FIFTH_ROUND } from "../test/support/personas/round-55.js";
import { FIFTY_SIXTH_ROUND } from "../test/support/personas/round-56.js";
import { FIFTY_SEVENTH_ROUND } from "../test/support/personas/round-57.js";
import { FIFTY_EIGHTH_ROUND } from "../test/support/personas/round-58.js";
import { FIFTY_NINTH_ROUND } from "../test/support/personas/round-59.js";
import { SIXTIETH_ROUND } from "../test/support/personas/round-60.js";
import { SIXTY_FIRST_ROUND } from "../test/support/personas/round-61.js";
import { SIXTY_SECOND_ROUND } from "../test/support/personas/round-62.js";
import { SIXTY_THIRD_ROUND } from "../test/support/personas/round-63.js";
import { SIXTY_FOURTH_ROUND } from "../test/support/personas/round-64.js";
import { SIXTY_FIFTH_ROUND } from "../test/support/personas/round-65.js";
import { SIXTY_SIXTH_ROUND } from "../test/support/personas/round-66.js";
import { SIXTY_SEVENTH_ROUND } from "../test/support/personas/round-67.js";
import { SIXTY_EIGHTH_ROUND } from "../test/support/personas/round-68.js";
import { SIXTY_NINTH_ROUND } from "../test/support/personas/round-69.js";
import { builtCliProblem } from "./support/built-cli.js";
import { readFlags } from "./support/flags.js";
import { formatMs } from "./support/format.js";
import { note, report } from "./support/report.js";
import { withTempDir } from "./support/temp-dir.js";

const flags = readFlags("node --import tsx bench/personas.ts [options]", {
  set: {
    default: "all",
    help: "which personas: all, tuned, held-out, own, or round-1 to round-69 (round 70 is held out)",
  },
  only: { default: "", help: "persona ids to run, comma-separated (default: every one in the set)" },
});
const only = flags.only.split(",").filter((id) => id.length > 0);

/**
 * Each set of people, in the order they were written; all but the held-out round are tuned on
 * now. Round 37 was written to tune on while round 36 stayed held out; round 38 was written to
 * hold out once round 36 was tuned on, round 39 once round 38 was, round 40 while round 39
 * was run once unseen and waited to be tuned on, round 41 once round 40 was, round 42
 * while round 41 waited to be tuned on, round 43 while round 42 did, round 44 while round 43
 * did, round 45 to tune on while round 44 stayed held out, round 46 to hold out once
 * round 44 was tuned on, round 47 while round 46 waited to be tuned on, round 48 while
 * round 47 was tuned on, round 49 while round 48 was, round 50 while round 49 was, round 51
 * while round 50 was, round 52 while round 51 was, round 53 while round 52 was, round 54
 * while round 53 was, round 55 while round 54 was, round 56 while round 55 was, round 57
 * while round 56 was, round 58 while round 57 was, round 59 while round 58 was, round 60
 * while round 59 was, round 61 while round 60 was, round 62 while round 61 was, round 63
 * while round 62 was, round 64 while round 63 was, round 65 while round 64 was, round 66
 * while round 65 was, round 67 while round 66 was, round 68 while round 67 was, round 69
 * while round 68 was, and round 70 while round 69 was.
 */
const groups: { name: string; tuned: boolean; personas: readonly Persona[] }[] = [
  { name: "own", tuned: true, personas: PERSONAS },
  { name: "round-1", tuned: true, personas: FIRST_HELD_OUT },
  { name: "round-2", tuned: true, personas: SECOND_HELD_OUT },
  { name: "round-3", tuned: true, personas: THIRD_HELD_OUT },
  { name: "round-4", tuned: true, personas: FOURTH_HELD_OUT },
  { name: "round-5", tuned: true, personas: FIFTH_HELD_OUT },
  { name: "round-6", tuned: true, personas: SIXTH_HELD_OUT },
  { name: "round-7", tuned: true, personas: SEVENTH_HELD_OUT },
  { name: "round-8", tuned: true, personas: EIGHTH_HELD_OUT },
  { name: "round-9", tuned: true, personas: NINTH_HELD_OUT },
  { name: "round-10", tuned: true, personas: TENTH_HELD_OUT },
  { name: "round-11", tuned: true, personas: ELEVENTH_HELD_OUT },
  { name: "round-12", tuned: true, personas: TWELFTH_HELD_OUT },
  { name: "round-13", tuned: true, personas: THIRTEENTH_HELD_OUT },
  { name: "round-14", tuned: true, personas: FOURTEENTH_ROUND },
  { name: "round-15", tuned: true, personas: FIFTEENTH_ROUND },
  { name: "round-16", tuned: true, personas: SIXTEENTH_ROUND },
  { name: "round-17", tuned: true, personas: SEVENTEENTH_ROUND },
  { name: "round-18", tuned: true, personas: EIGHTEENTH_ROUND },
  { name: "round-19", tuned: true, personas: NINETEENTH_ROUND },
  { name: "round-20", tuned: true, personas: TWENTIETH_ROUND },
  { name: "round-21", tuned: true, personas: TWENTY_FIRST_ROUND },
  { name: "round-22", tuned: true, personas: TWENTY_SECOND_ROUND },
  { name: "round-23", tuned: true, personas: TWENTY_THIRD_ROUND },
  { name: "round-24", tuned: true, personas: TWENTY_FOURTH_ROUND },
  { name: "round-25", tuned: true, personas: TWENTY_FIFTH_ROUND },
  { name: "round-26", tuned: true, personas: TWENTY_SIXTH_ROUND },
  { name: "round-27", tuned: true, personas: TWENTY_SEVENTH_ROUND },
  { name: "round-28", tuned: true, personas: TWENTY_EIGHTH_ROUND },
  { name: "round-29", tuned: true, personas: TWENTY_NINTH_ROUND },
  { name: "round-30", tuned: true, personas: THIRTIETH_ROUND },
  { name: "round-31", tuned: true, personas: THIRTY_FIRST_ROUND },
  { name: "round-32", tuned: true, personas: THIRTY_SECOND_ROUND },
  { name: "round-33", tuned: true, personas: THIRTY_THIRD_ROUND },
  { name: "round-34", tuned: true, personas: THIRTY_FOURTH_ROUND },
  { name: "round-35", tuned: true, personas: THIRTY_FIFTH_ROUND },
  { name: "round-36", tuned: true, personas: THIRTY_SIXTH_ROUND },
  { name: "round-37", tuned: true, personas: THIRTY_SEVENTH_ROUND },
  { name: "round-38", tuned: true, personas: THIRTY_EIGHTH_ROUND },
  { name: "round-39", tuned: true, personas: THIRTY_NINTH_ROUND },
  { name: "round-40", tuned: true, personas: FORTIETH_ROUND },
  { name: "round-41", tuned: true, personas: FORTY_FIRST_ROUND },
  { name: "round-42", tuned: true, personas: FORTY_SECOND_ROUND },
  { name: "round-43", tuned: true, personas: FORTY_THIRD_ROUND },
  { name: "round-44", tuned: true, personas: FORTY_FOURTH_ROUND },
  { name: "round-45", tuned: true, personas: FORTY_FIFTH_ROUND },
  { name: "round-46", tuned: true, personas: FORTY_SIXTH_ROUND },
  { name: "round-47", tuned: true, personas: FORTY_SEVENTH_ROUND },
  { name: "round-48", tuned: true, personas: FORTY_EIGHTH_ROUND },
  { name: "round-49", tuned: true, personas: FORTY_NINTH_ROUND },
  { name: "round-50", tuned: true, personas: FIFTIETH_ROUND },
  { name: "round-51", tuned: true, personas: FIFTY_FIRST_ROUND },
  { name: "round-52", tuned: true, personas: FIFTY_SECOND_ROUND },
  { name: "round-53", tuned: true, personas: FIFTY_THIRD_ROUND },
  { name: "round-54", tuned: true, personas: FIFTY_FOURTH_ROUND },
  { name: "round-55", tuned: true, personas: FIFTY_FIFTH_ROUND },
  { name: "round-56", tuned: true, personas: FIFTY_SIXTH_ROUND },
  { name: "round-57", tuned: true, personas: FIFTY_SEVENTH_ROUND },
  { name: "round-58", tuned: true, personas: FIFTY_EIGHTH_ROUND },
  { name: "round-59", tuned: true, personas: FIFTY_NINTH_ROUND },
  { name: "round-60", tuned: true, personas: SIXTIETH_ROUND },
  { name: "round-61", tuned: true, personas: SIXTY_FIRST_ROUND },
  { name: "round-62", tuned: true, personas: SIXTY_SECOND_ROUND },
  { name: "round-63", tuned: true, personas: SIXTY_THIRD_ROUND },
  { name: "round-64", tuned: true, personas: SIXTY_FOURTH_ROUND },
  { name: "round-65", tuned: true, personas: SIXTY_FIFTH_ROUND },
  { name: "round-66", tuned: true, personas: SIXTY_SIXTH_ROUND },
  { name: "round-67", tuned: true, personas: SIXTY_SEVENTH_ROUND },
  { name: "round-68", tuned: true, personas: SIXTY_EIGHTH_ROUND },
  { name: "round-69", tuned: true, personas: SIXTY_NINTH_ROUND },
  { name: "held-out", tuned: false, personas: HELD_OUT_PERSONAS },
];
const wanted = (group: (typeof groups)[number]) =>
  flags.set === "all" ||
  flags.set === group.name ||
  (flags.set === "tuned" && group.tuned) ||
  (flags.set === "held-out" && !group.tuned);
if (!groups.some(wanted))
  throw new Error(`--set must be all, tuned, ${groups.map((group) => group.name).join(", ")}`);

// An id run nowhere would leave a results file with nothing in it in place of the last run's.
const unknown = only.filter(
  (id) => !groups.some((group) => wanted(group) && group.personas.some((persona) => persona.id === id)),
);
if (unknown.length > 0) throw new Error(`--only names no persona of the set: ${unknown.join(", ")}`);

const notBuilt = builtCliProblem();
if (notBuilt) {
  process.stderr.write(`bench/personas: ${notBuilt}.\n`);
  process.exit(2);
}

const results: Record<string, unknown> = {};
const summary: string[] = [];
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const tunedScores: ReturnType<typeof scoreSpec>[] = [];

for (const group of groups.filter(wanted)) {
  const personas = group.personas.filter((persona) => only.length === 0 || only.includes(persona.id));
  if (personas.length === 0) continue;
  const scored = [];
  for (const persona of personas) {
    const started = performance.now();
    const outcome = await withTempDir((dir) => interviewThroughCli(persona, dir));
    const elapsed = performance.now() - started;
    const score = scoreSpec(outcome.spec ?? "", persona.expect);
    note(
      `${persona.id}: ${outcome.turns} turns in ${formatMs(elapsed)}${outcome.spec ? "" : " (no spec written)"}`,
    );
    scored.push({
      id: persona.id,
      who: persona.who,
      turns: outcome.turns,
      exitCode: outcome.exitCode,
      ...score,
    });
  }
  if (group.tuned) tunedScores.push(...scored);
  const total = totals(scored);
  results[group.name] = { totals: total, personas: scored };
  summary.push(`${group.name}: ${line(total)}`);
  for (const persona of scored) {
    const problems = [
      ...persona.features.missing.map((feature) => `missing feature “${feature}”`),
      ...persona.tables.missing.map((table) => `missing table ${table}`),
      ...persona.fields.missing.map((field) => `missing field ${field}`),
      ...persona.excludedFound.map((found) => `excluded ${found}`),
      ...persona.invented.map((table) => `invented table ${table}`),
      ...persona.backgroundFound.map((word) => `background “${word}” as a feature`),
      ...persona.stackMissing.map((said) => `stack lacks “${said}”`),
      ...persona.commandsMissing.map((said) => `commands lack “${said}”`),
      ...(persona.kind.expected === persona.kind.got
        ? []
        : [`kind ${persona.kind.got}, not ${persona.kind.expected}`]),
    ];
    if (problems.length > 0) summary.push(`  ${persona.id}: ${problems.join("; ")}`);
  }
}
if (tunedScores.length > 0) {
  const total = totals(tunedScores);
  results.tuned = { totals: total };
  summary.push(`tuned (own and rounds 1 to 69 together): ${line(total)}`);
}

function line(total: ReturnType<typeof totals>): string {
  return `${total.personas} personas; features ${percent(total.features)}, tables ${percent(total.tables)}, fields ${percent(total.fields)}; excluded found ${total.excludedFound}, invented tables ${total.invented}, background as features ${total.backgroundFound}; kinds right ${total.kindsRight}/${total.personas}, valid ${total.valid}/${total.personas}`;
}

report("personas", results, summary);
